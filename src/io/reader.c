/*
 * reader.c -- streaming story readers: the story-file format of the example
 * (" date YYYY-MM-DD" line, then text), JSON Lines stories, gzip transparently
 * (zlib's gzread passes plain files through), folders walked recursively and
 * standard input.  Anything wrong with one story becomes an error record
 * "file:line: what" and the run goes on: no story is ever dropped silently.
 *
 * What users' files hold is taken as it comes: a UTF-8 byte-order mark is
 * skipped, text that is not valid UTF-8 is read as Windows-1252 (with a
 * note on the story), one date rule serves every format (read_date), ids
 * that are JSON numbers keep their text, and the keys of a JSON story other
 * than id/date/text pass through as its metadata.  Every string a story or
 * error record carries is valid UTF-8, file names and excerpts included.
 *
 * Folder walks read each real file once: files and folders are known by
 * (device, inode), so links to a folder already walked ("self -> .") or to a
 * file already read are skipped, and so are dangling links, link loops,
 * unreadable folders, folders nested deeper than MAX_DEPTH and anything that
 * is not a regular file (FIFOs would block) -- each with an error record
 * naming the path and what happened (strerror's words).  Files are opened
 * O_NONBLOCK and checked with fstat before any read.
 *
 * Ids: a file's stories are named by its path relative to the folder given
 * (without extensions: "x/same" for x/same.txt), or by its name when a file
 * was given; a JSON Lines record without "id" is "<file id>-<line>".  An id
 * already used by this reader (a repeated JSON "id", or "a.txt" beside
 * "a.txt.gz") is never reused: the record becomes an error record under
 * "<id>#<k>" naming the first use, so an SQLite run cannot replace one story
 * with another.  A gzip stream that ends early or is damaged gives an error
 * record for what could not be read, never a shortened story.
 */
#include "core/core.h"
#include "io/text.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

enum kind { K_STORY, K_JSONL };

#define MAX_DEPTH 32

/* One input file, or a path the walk skipped (err set: it yields one error
   record and is never opened). */
typedef struct rfile {
    char *path;
    char *id;              /* id of its stories (see above) */
    char *err;             /* NULL, or what is wrong with the path */
    bool link;             /* reached through a symbolic link */
} rfile;

/* Open-addressing map of 64-bit keys to 64-bit values; a slot is empty
   when its value is 0, so values are stored plus one. */
typedef struct keyset {
    uint64_t *key;
    uint64_t *val;
    size_t cap, n;
} keyset;

struct tc_reader {
    const tc_alloc *A;
    size_t max_story;
    rfile *files;          /* inputs to read, in order */
    int nfiles, next_file;
    keyset seen_inode;     /* (dev, ino) of files and folders taken -> index + 1 */
    keyset seen_id;        /* hash of ids handed out -> (file << 32 | line) + 1 */
    int ioerr;             /* sticky read error of the current file */
    json_t *json;          /* the last JSON story, whose text was handed out */
    /* current file */
    gzFile gz;
    const char *cur;       /* current path (points into files[], or "stdin") */
    const char *cur_id;    /* its id */
    char ioerr_msg[200];   /* what r->ioerr was */
    bool line_nl;          /* the last line read ended with a newline */
    enum kind kind;
    long lineno;           /* lines consumed in the current file */
    bool eof;
    bool is_stdin;
    /* read buffer for line reading */
    char *rb;
    size_t rb_len, rb_pos, rb_cap;
    tc_buf line;           /* the current line */
    tc_arena arena;        /* per-story strings */
    long count, errors;
    /* tc_reader_open_part: bytes [part_off, part_off + part_left) only */
    bool part;
    uint64_t part_off, part_left;
    long part_line;
};

/* ---- sets ---------------------------------------------------------------- */

static uint64_t *ks_find(keyset *k, uint64_t key, bool *found) {
    size_t i = (size_t)tc_hash_mix(key) & (k->cap - 1);
    while (k->val[i]) {
        if (k->key[i] == key) { *found = true; return &k->val[i]; }
        i = (i + 1) & (k->cap - 1);
    }
    *found = false;
    k->key[i] = key;
    return &k->val[i];
}

/* Looks key up; when absent, inserts it with value v.  Returns the value
   stored for key plus one (v + 1 when inserted), 0 when out of memory;
   *old says the key was present. */
static uint64_t ks_put(const tc_alloc *A, keyset *k, uint64_t key, uint64_t v, bool *old) {
    if (2 * (k->n + 1) > k->cap) {
        size_t nc = k->cap ? 2 * k->cap : 64;
        uint64_t *nk = tc_mem_calloc(A, nc, sizeof *nk), *nv = tc_mem_calloc(A, nc, sizeof *nv);
        if (!nk || !nv) { tc_mem_free(A, nk); tc_mem_free(A, nv); return 0; }
        keyset t = {nk, nv, nc, 0};
        bool f;
        for (size_t i = 0; i < k->cap; i++)
            if (k->val[i]) *ks_find(&t, k->key[i], &f) = k->val[i];
        t.n = k->n;
        tc_mem_free(A, k->key);
        tc_mem_free(A, k->val);
        *k = t;
    }
    uint64_t *slot = ks_find(k, key, old);
    if (!*old) { *slot = v + 1; k->n++; }
    return *slot;
}

static void ks_free(const tc_alloc *A, keyset *k) {
    tc_mem_free(A, k->key);
    tc_mem_free(A, k->val);
    memset(k, 0, sizeof *k);
}

/* (device, inode) folded into 64 bits; two files sharing a key would need a
   64-bit collision among the files of one walk. */
static uint64_t inode_key(const struct stat *st) {
    return tc_hash_mix((uint64_t)st->st_dev * 0x9e3779b97f4a7c15ULL) ^ (uint64_t)st->st_ino;
}

/* ---- the list of inputs ----------------------------------------------------- */

/* File name without extensions (".txt.gz" -> ""): only short alphabetic
   extensions (.txt, .gz, .story) are stripped. */
static size_t strip_ext(const char *b, size_t n) {
    for (;;) {
        const char *dot = NULL;
        for (size_t i = n; i > 0; i--)
            if (b[i - 1] == '.') { dot = b + i - 1; break; }
            else if (b[i - 1] == '/') break;
        if (!dot || dot == b || dot[-1] == '/') break;
        size_t ext = n - (size_t)(dot - b);
        bool alpha = ext >= 2 && ext <= 6;
        for (size_t i = 1; alpha && i < ext; i++)
            alpha = (dot[i] >= 'a' && dot[i] <= 'z') || (dot[i] >= 'A' && dot[i] <= 'Z');
        if (!alpha) break;
        n = (size_t)(dot - b);
    }
    return n;
}

/* Adds an input: path, its id (rel without extensions, or the file name
   when rel is NULL) and an error for a skipped path (printf-style, may be
   NULL).  Returns TC_OK or TC_NOMEM. */
static int add_file(tc_reader *r, const char *path, const char *rel, int *cap, const char *fmt, ...) TC_PRINTF(5, 6);
static int add_file(tc_reader *r, const char *path, const char *rel, int *cap, const char *fmt, ...) {
    if (r->nfiles == *cap) {
        int nc = *cap ? *cap * 2 : 16;
        rfile *f = tc_mem_realloc(r->A, r->files, (size_t)nc * sizeof *f);
        if (!f) return TC_NOMEM;
        r->files = f;
        *cap = nc;
    }
    rfile *f = &r->files[r->nfiles];
    memset(f, 0, sizeof *f);
    f->path = tc_mem_strdup(r->A, path);
    if (!rel) {
        rel = strrchr(path, '/');
        rel = rel ? rel + 1 : path;
    }
    size_t n = strip_ext(rel, strlen(rel));
    if (io_is_utf8(rel, n)) {
        f->id = tc_mem_alloc(r->A, n + 1);
        if (f->id) { memcpy(f->id, rel, n); f->id[n] = 0; }
    } else {
        /* a file name that is not UTF-8: its bytes read as Windows-1252,
           as the reader does for text */
        tc_buf b;
        tc_buf_init(&b, r->A);
        f->id = io_add_utf8(&b, rel, n) ? tc_mem_strndup(r->A, b.p, b.n) : NULL;
        tc_buf_free(&b);
    }
    if (fmt) {
        char m[400];
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(m, sizeof m, fmt, ap);
        va_end(ap);
        f->err = tc_mem_strdup(r->A, m);
    }
    r->nfiles++;
    if (!f->path || !f->id || (fmt && !f->err)) return TC_NOMEM;
    return TC_OK;
}

static const char *kind_name(mode_t m) {
    return S_ISFIFO(m) ? "a FIFO" : S_ISSOCK(m) ? "a socket" : S_ISCHR(m) ? "a character device"
         : S_ISBLK(m) ? "a block device" : "not a regular file";
}

/* A folder entry found by the walk. */
typedef struct wentry {
    char *path, *rel;
    struct stat st;
    int err;               /* errno of stat, 0 if it worked */
    bool link;             /* the entry itself is a symbolic link */
} wentry;

static int cmp_wentry(const void *a, const void *b) {
    return strcmp(((const wentry *)a)->path, ((const wentry *)b)->path);
}

static char *join(const tc_alloc *A, const char *a, const char *b) {
    size_t n = strlen(a) + strlen(b) + 2;
    char *p = tc_mem_alloc(A, n);
    if (p) snprintf(p, n, "%s%s%s", a, *a ? "/" : "", b);
    return p;
}

/* Collects the files below dir (rel: its path from the root, "" for the
   root), sorted by name, then walks the subfolders in name order.  Hidden
   entries are skipped; every other skipped path becomes an error entry. */
static int walk(tc_reader *r, const char *dir, const char *rel, int *cap, int depth) {
    DIR *d = opendir(dir);
    if (!d) return add_file(r, dir, rel, cap, "cannot read folder: %s", strerror(errno));
    int rc = TC_OK;
    wentry *e = NULL;
    size_t ne = 0, ecap = 0;
    struct dirent *de;
    errno = 0;
    while ((de = readdir(d)) != NULL) {
        if (de->d_name[0] == '.') continue;
        if (ne == ecap) {
            size_t nc = ecap ? 2 * ecap : 16;
            wentry *t = tc_mem_realloc(r->A, e, nc * sizeof *t);
            if (!t) { rc = TC_NOMEM; break; }
            e = t;
            ecap = nc;
        }
        wentry *w = &e[ne];
        memset(w, 0, sizeof *w);
        w->path = join(r->A, dir, de->d_name);
        w->rel = join(r->A, rel, de->d_name);
        ne++;
        if (!w->path || !w->rel) { rc = TC_NOMEM; break; }
        struct stat lst;
        w->link = lstat(w->path, &lst) == 0 && S_ISLNK(lst.st_mode);
        if (stat(w->path, &w->st) != 0) w->err = errno ? errno : EIO;
        errno = 0;
    }
    int rderr = errno;
    closedir(d);
    if (rc == TC_OK && ne) qsort(e, ne, sizeof *e, cmp_wentry);
    /* files (and the errors of entries that are no folder) first, as before */
    for (size_t i = 0; i < ne && rc == TC_OK; i++) {
        wentry *w = &e[i];
        if (w->err == 0 && S_ISDIR(w->st.st_mode)) continue;
        if (w->err) {
            if (w->link && w->err == ENOENT) rc = add_file(r, w->path, w->rel, cap, "dangling symbolic link (%s)", strerror(w->err));
            else if (w->err == ELOOP) rc = add_file(r, w->path, w->rel, cap, "symbolic link loop (%s)", strerror(w->err));
            else rc = add_file(r, w->path, w->rel, cap, "cannot open: %s", strerror(w->err));
        } else if (!S_ISREG(w->st.st_mode)) {
            rc = add_file(r, w->path, w->rel, cap, "%s, not read", kind_name(w->st.st_mode));
        } else {
            bool old;
            uint64_t v = ks_put(r->A, &r->seen_inode, inode_key(&w->st), (uint64_t)r->nfiles, &old);
            rfile *first = v && old ? &r->files[v - 1] : NULL;
            if (!v) rc = TC_NOMEM;
            else if (first && first->link && !w->link && !first->err) {
                /* read the file under its own name, not the link's: the
                   link found first becomes the skipped path */
                char *e = tc_mem_alloc(r->A, strlen(w->path) + 40);
                if (!e) { rc = TC_NOMEM; break; }
                sprintf(e, "the same file as %s, read once", w->path);
                first->err = e;
                rc = add_file(r, w->path, w->rel, cap, NULL);
            } else if (old) rc = add_file(r, w->path, w->rel, cap, "the same file as %s, read once", first->path);
            else rc = add_file(r, w->path, w->rel, cap, NULL);
            if (rc == TC_OK) r->files[r->nfiles - 1].link = w->link;
        }
    }
    if (rc == TC_OK && rderr) rc = add_file(r, dir, rel, cap, "cannot read the whole folder: %s", strerror(rderr));
    for (size_t i = 0; i < ne && rc == TC_OK; i++) {
        wentry *w = &e[i];
        if (w->err || !S_ISDIR(w->st.st_mode)) continue;
        bool old;
        uint64_t v = ks_put(r->A, &r->seen_inode, inode_key(&w->st), (uint64_t)r->nfiles, &old);
        if (!v) rc = TC_NOMEM;
        else if (old) rc = add_file(r, w->path, w->rel, cap, "a folder already read%s, not read again", w->link ? " (symbolic link)" : "");
        else if (depth + 1 > MAX_DEPTH) rc = add_file(r, w->path, w->rel, cap, "folder nested deeper than %d levels, not read", MAX_DEPTH);
        else rc = walk(r, w->path, w->rel, cap, depth + 1);
    }
    for (size_t i = 0; i < ne; i++) { tc_mem_free(r->A, e[i].path); tc_mem_free(r->A, e[i].rel); }
    tc_mem_free(r->A, e);
    return rc;
}

int tc_reader_open(tc_reader **out, const char *path, size_t max_story, const tc_alloc *A) {
    *out = NULL;
    if (!path) return TC_MISUSE;
    tc_reader *r = tc_mem_calloc(A, 1, sizeof *r);
    if (!r) return TC_NOMEM;
    r->A = A;
    r->max_story = max_story ? max_story : (size_t)64 << 20;
    tc_arena_init(&r->arena, A, 64 * 1024);
    tc_buf_init(&r->line, A);
    int cap = 0, rc;
    struct stat st;
    if (!strcmp(path, "-")) rc = add_file(r, "-", "stdin", &cap, NULL);
    else if (stat(path, &st) != 0) {
        struct stat lst;
        int e = errno;
        if (e == ENOENT && lstat(path, &lst) == 0 && S_ISLNK(lst.st_mode))
            rc = add_file(r, path, NULL, &cap, "dangling symbolic link (%s)", strerror(e));
        else rc = add_file(r, path, NULL, &cap, "cannot open: %s", strerror(e));
    } else if (S_ISDIR(st.st_mode)) {
        bool old;
        rc = ks_put(A, &r->seen_inode, inode_key(&st), 0, &old) ? walk(r, path, "", &cap, 0) : TC_NOMEM;
    } else if (!S_ISREG(st.st_mode)) rc = add_file(r, path, NULL, &cap, "%s, not read", kind_name(st.st_mode));
    else rc = add_file(r, path, NULL, &cap, NULL);
    if (rc) { tc_reader_close(r); return rc; }
    *out = r;
    return TC_OK;
}

void tc_reader_close(tc_reader *r) {
    if (!r) return;
    if (r->gz) gzclose(r->gz);
    if (r->json) json_decref(r->json);
    for (int i = 0; i < r->nfiles; i++) {
        tc_mem_free(r->A, r->files[i].path);
        tc_mem_free(r->A, r->files[i].id);
        tc_mem_free(r->A, r->files[i].err);
    }
    tc_mem_free(r->A, r->files);
    ks_free(r->A, &r->seen_inode);
    ks_free(r->A, &r->seen_id);
    tc_mem_free(r->A, r->rb);
    tc_buf_free(&r->line);
    tc_arena_free(&r->arena);
    tc_mem_free(r->A, r);
}

long tc_reader_count(const tc_reader *r, long *errors) {
    if (errors) *errors = r ? r->errors : 0;
    return r ? r->count : 0;
}

static bool ends_with(const char *s, const char *suf) {
    size_t n = strlen(s), k = strlen(suf);
    return n >= k && !strcmp(s + n - k, suf);
}

/* A copy of s[0..n) in the arena as valid UTF-8 (Windows-1252 for bytes
   that are not UTF-8); NULL on OOM. */
static char *arena_utf8(tc_arena *a, const char *s, size_t n) {
    if (io_is_utf8(s, n)) return tc_arena_strndup(a, s, n);
    tc_buf b;
    tc_buf_init(&b, a->A);
    char *r = io_add_utf8(&b, s, n) ? tc_arena_strndup(a, b.p, b.n) : NULL;
    if (!r) a->oom = true;
    tc_buf_free(&b);
    return r;
}

/* Opens the next input.  TC_DONE when there is none; TC_IO when it cannot
   be read (r->ioerr_msg says why; the caller makes an error record). */
static int open_next_file(tc_reader *r) {
    if (r->gz) { gzclose(r->gz); r->gz = NULL; }
    if (r->next_file >= r->nfiles) return TC_DONE;
    const rfile *f = &r->files[r->next_file++];
    r->cur = f->path;
    r->cur_id = f->id;
    r->ioerr = TC_OK;
    r->ioerr_msg[0] = 0;
    r->lineno = 0;
    r->eof = false;
    r->rb_len = r->rb_pos = 0;
    bool in = !strcmp(r->cur, "-");
    r->is_stdin = in;
    if (in) r->cur = "stdin";
    if (f->err) { snprintf(r->ioerr_msg, sizeof r->ioerr_msg, "%s", f->err); return TC_IO; }
    int fd = in ? dup(0) : open(r->cur, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        snprintf(r->ioerr_msg, sizeof r->ioerr_msg, "cannot open: %s", strerror(errno));
        return TC_IO;
    }
    if (!in) {
        /* opened without blocking: a FIFO put in the file's place since the
           walk must not stall the run */
        struct stat st;
        int fl;
        if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || (fl = fcntl(fd, F_GETFL)) < 0 ||
            fcntl(fd, F_SETFL, fl & ~O_NONBLOCK) < 0) {
            int e = errno;
            snprintf(r->ioerr_msg, sizeof r->ioerr_msg, "%s", S_ISREG(st.st_mode) ? strerror(e) : kind_name(st.st_mode));
            close(fd);
            return TC_IO;
        }
    }
    r->gz = gzdopen(fd, "rb");
    if (!r->gz) {
        close(fd);
        snprintf(r->ioerr_msg, sizeof r->ioerr_msg, "cannot open: %s", strerror(ENOMEM));
        return TC_IO;
    }
    const char *name = r->cur;
    char tmp[16] = "";
    size_t n = strlen(name);
    if (n > 3 && !strcmp(name + n - 3, ".gz")) {
        size_t k = n - 3 < sizeof tmp ? n - 3 : sizeof tmp - 1;
        memcpy(tmp, name + n - 3 - k, k);
        tmp[k] = 0;
        name = tmp;
    }
    r->kind = ends_with(name, ".jsonl") || ends_with(name, ".json") || ends_with(name, ".ndjson") ? K_JSONL : K_STORY;
    if (in) r->kind = K_STORY; /* until the first byte says '{' (JSON Lines) */
    if (r->part) {
        /* tc_reader_open_part: a byte range of the file (uncompressed JSON Lines) */
        if (gzseek(r->gz, (z_off_t)r->part_off, SEEK_SET) < 0) {
            snprintf(r->ioerr_msg, sizeof r->ioerr_msg, "cannot seek to byte %llu", (unsigned long long)r->part_off);
            return TC_IO;
        }
        r->lineno = r->part_line - 1;
    }
    return TC_OK;
}

/* Fills the read buffer; false at end of file or error (r->eof set).  A
   read error or a gzip stream that is damaged or ends before its trailer
   sets r->ioerr (sticky for the file) and *ioerr: zlib's gzread reports an
   early end (Z_BUF_ERROR) only through gzerror, as the end of the data. */
static bool fill(tc_reader *r, int *ioerr) {
    if (r->eof) return false;
    if (!r->rb) {
        r->rb_cap = 1 << 16;
        r->rb = tc_mem_alloc(r->A, r->rb_cap);
        if (!r->rb) { *ioerr = TC_NOMEM; r->eof = true; return false; }
    }
    unsigned want = (unsigned)r->rb_cap;
    if (r->part && r->part_left < want) want = (unsigned)r->part_left;
    int k = want ? gzread(r->gz, r->rb, want) : 0;
    int zerr = Z_OK;
    const char *zmsg = k <= 0 && want ? gzerror(r->gz, &zerr) : NULL;
    if (zmsg && strstr(zmsg, ": ")) zmsg = strstr(zmsg, ": ") + 2; /* "<fd:3>: unexpected end of file" */
    if (k < 0 || (k == 0 && zerr != Z_OK && zerr != Z_STREAM_END)) {
        if (zerr == Z_BUF_ERROR)
            snprintf(r->ioerr_msg, sizeof r->ioerr_msg, "compressed data ends early (truncated gzip file?): %s", zmsg);
        else if (zerr == Z_ERRNO)
            snprintf(r->ioerr_msg, sizeof r->ioerr_msg, "read error: %s", strerror(errno ? errno : EIO));
        else snprintf(r->ioerr_msg, sizeof r->ioerr_msg, "damaged gzip data: %s", zmsg ? zmsg : "unknown error");
        r->ioerr = *ioerr = TC_IO;
        r->eof = true;
        return false;
    }
    if (k == 0) { r->eof = true; return false; }
    if (r->part) r->part_left -= (uint64_t)k;
    r->rb_len = (size_t)k;
    r->rb_pos = 0;
    return true;
}

/*
 * Reads one line (without the newline) into r->line, keeping at most `cap`
 * bytes; *truncated says whether more was dropped.  Returns false at EOF with
 * nothing read.
 */
static bool read_line(tc_reader *r, size_t cap, bool *truncated, int *ioerr) {
    tc_buf_clear(&r->line);
    *truncated = false;
    r->line_nl = false;
    bool any = false;
    for (;;) {
        if (r->rb_pos >= r->rb_len && !fill(r, ioerr)) break;
        any = true;
        const char *p = r->rb + r->rb_pos;
        size_t avail = r->rb_len - r->rb_pos;
        const char *nl = memchr(p, '\n', avail);
        size_t take = nl ? (size_t)(nl - p) : avail;
        size_t room = r->line.n < cap ? cap - r->line.n : 0;
        if (take > room) *truncated = true;
        if (!tc_buf_add(&r->line, p, take < room ? take : room)) { *ioerr = TC_NOMEM; return false; }
        r->rb_pos += take + (nl ? 1 : 0);
        if (nl) { r->line_nl = true; break; }
    }
    if (any) r->lineno++;
    return any;
}

static void set_error(tc_reader *r, tc_story *s, long line, const char *fmt, ...) TC_PRINTF(4, 5);
static void set_error(tc_reader *r, tc_story *s, long line, const char *fmt, ...) {
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    int k = vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    /* a message cut at the buffer's end must not end inside a character */
    if (k >= (int)sizeof msg) msg[io_utf8_cut(msg, sizeof msg - 1)] = 0;
    s->line = line;
    if (!s->id) s->id = r->kind == K_JSONL && line > 0 ? tc_arena_printf(&r->arena, "%s-%ld", r->cur_id, line)
                                                       : tc_arena_strdup(&r->arena, r->cur_id);
    s->file = r->cur;
    /* file names and excerpts of the input may hold any bytes: the record
       is valid UTF-8 all the same */
    const char *e = tc_arena_printf(&r->arena, "%s:%ld: %s", r->cur, line, msg);
    s->error = e ? arena_utf8(&r->arena, e, strlen(e)) : NULL;
    if (!s->error) s->error = "out of memory";
    r->errors++;
}

/*
 * The one date rule of every reader: YYYY-MM-DD (or the compact YYYYMMDD /
 * YYMMDD tc_date_parse knows), optionally followed, after a full ISO date,
 * by an ISO 8601 time ("T10:30:00Z", "T10:30+02:00"); nothing else.  The
 * story file's date is the word after "date"; the JSON "date" is the whole
 * string.
 */
static bool read_date(const char *s, size_t n, tc_date *d) {
    size_t k = n;
    if (n > 10 && s[10] == 'T') {
        for (size_t i = 11; i < n; i++)
            if (!((s[i] >= '0' && s[i] <= '9') || s[i] == ':' || s[i] == '.' || s[i] == '+' || s[i] == '-' ||
                  s[i] == 'Z'))
                return false;
        if (n < 13) return false; /* "T" needs at least an hour */
        k = 10;
    }
    return tc_date_parse(s, k, d);
}

/* Line number (1-based) of byte offset off in s. */
static long line_of(const char *s, size_t off, long first) {
    long l = first;
    for (size_t i = 0; i < off; i++) if (s[i] == '\n') l++;
    return l;
}

/* Checks text for invalid UTF-8 and NUL bytes; returns the bad offset or n. */
static size_t first_bad(const char *s, size_t n, const char **why) {
    size_t v = tc_utf8_valid_prefix(s, n);
    const char *z = memchr(s, 0, v);
    if (z) { *why = "NUL byte (binary data?)"; return (size_t)(z - s); }
    if (v < n) { *why = "invalid UTF-8"; return v; }
    return n;
}

static int next_story_file(tc_reader *r, tc_story *s) {
    /* the whole file is one story */
    tc_buf *b = &r->line;
    tc_buf_clear(b);
    int ioerr = TC_OK;
    bool too_big = false;
    for (;;) {
        if (r->rb_pos >= r->rb_len && !fill(r, &ioerr)) break;
        size_t take = r->rb_len - r->rb_pos;
        if (b->n + take > r->max_story) { too_big = true; take = r->max_story - b->n; }
        if (!tc_buf_add(b, r->rb + r->rb_pos, take)) return TC_NOMEM;
        r->rb_pos = r->rb_len;
        if (too_big) break;
    }
    r->eof = true;
    s->id = tc_arena_strdup(&r->arena, r->cur_id);
    s->file = r->cur;
    s->line = 1;
    if (ioerr == TC_NOMEM) return TC_NOMEM;
    if (r->ioerr) {
        /* never a shortened story: the whole story is the error record */
        set_error(r, s, line_of(b->p ? b->p : "", b->n, 1), "%s (after %zu bytes; the story is not coded)", r->ioerr_msg, b->n);
        return TC_IO;
    }
    if (too_big) { set_error(r, s, 1, "story larger than %zu bytes", r->max_story); return TC_OK; }
    const char *p = b->p ? b->p : "";
    size_t n = b->n, i = 0;
    if (n >= 3 && !memcmp(p, "\xef\xbb\xbf", 3)) i = 3; /* BOM */
    while (i < n && (p[i] == ' ' || p[i] == '\t')) i++;
    tc_date d;
    if (n - i < 5 || strncmp(p + i, "date", 4) != 0) {
        set_error(r, s, 1, "first line must be ' date YYYY-MM-DD'");
        return TC_OK;
    }
    i += 4;
    while (i < n && (p[i] == ' ' || p[i] == '\t' || p[i] == ':' || p[i] == '=')) i++;
    size_t ds = i;
    while (i < n && p[i] != ' ' && p[i] != '\t' && p[i] != '\n' && p[i] != '\r') i++;
    if (!read_date(p + ds, i - ds, &d)) {
        set_error(r, s, 1, "bad story date '%.*s' (expected YYYY-MM-DD)",
                  (int)io_utf8_cut(p + ds, i - ds > 40 ? 40 : i - ds), p + ds);
        return TC_OK;
    }
    /* the text starts after the date: on the same line (as in the example) or the next */
    while (i < n && (p[i] == ' ' || p[i] == '\t' || p[i] == '\r')) i++;
    if (i < n && p[i] == '\n') i++;
    const char *why = NULL;
    size_t bad = first_bad(p + i, n - i, &why);
    bool cp1252 = false;
    if (bad < n - i && !memchr(p + i + bad, 0, n - i - bad)) {
        cp1252 = true; /* not UTF-8 but no binary data either: Windows-1252 */
    } else if (bad < n - i) {
        set_error(r, s, line_of(p, i + bad, 1), "%s at byte %zu", why, i + bad);
        return TC_OK;
    }
    s->year = d.y; s->month = d.m; s->day = d.d;
    char iso[11];
    tc_date_format(d, iso);
    s->date = tc_arena_strdup(&r->arena, iso);
    /* valid UTF-8 text stays in the read buffer (NUL-terminated; valid until
       the next call): a copy doubled the reader's memory for an 8 MB story */
    s->text = cp1252 ? arena_utf8(&r->arena, p + i, n - i) : p + i;
    s->text_len = cp1252 ? (s->text ? strlen(s->text) : 0) : n - i;
    if (cp1252) s->note = "text decoded as Windows-1252 (not valid UTF-8)";
    if (r->arena.oom) return TC_NOMEM;
    return TC_OK;
}

static const char *json_str(tc_arena *a, json_t *o, const char *key) {
    json_t *v = json_object_get(o, key);
    if (!v || !json_is_string(v)) return NULL;
    return tc_arena_strndup(a, json_string_value(v), json_string_length(v));
}

/* The story id: a string as it is; a number (or any other non-null value)
   as its JSON text ("id": 123 -> "123"), never replaced. */
static const char *json_id(tc_arena *a, json_t *o) {
    json_t *v = json_object_get(o, "id");
    if (!v || json_is_null(v)) return NULL;
    if (json_is_string(v)) return tc_arena_strndup(a, json_string_value(v), json_string_length(v));
    char *t = json_dumps(v, JSON_ENCODE_ANY | JSON_COMPACT);
    const char *r = t ? tc_arena_strdup(a, t) : NULL;
    free(t);
    return r;
}

/* Appends the strings of v -- a string, or an array of strings (when
   `strings`) and of objects with a string `field` -- to b, separated by ';'. */
static void join_strings(tc_buf *b, json_t *v, const char *field, bool strings) {
    if (!v) return;
    if (json_is_string(v)) {
        if (!strings || !json_string_length(v)) return;
        if (b->n) tc_buf_addc(b, ';');
        tc_buf_add(b, json_string_value(v), json_string_length(v));
        return;
    }
    if (!json_is_array(v)) return;
    size_t i;
    json_t *e;
    json_array_foreach(v, i, e) {
        if (json_is_object(e) && field) join_strings(b, json_object_get(e, field), NULL, true);
        else if (json_is_string(e)) join_strings(b, e, NULL, strings);
    }
}

/*
 * Story metadata: "title"; the sources ("source" and "sources": strings,
 * or objects with a "name") and the URLs ("url", "urls", and the "url" of
 * each source object), each list joined with ';' for the Phoenix columns;
 * and every key but id/date/text as one compact JSON object.
 */
/* Compact JSON text of v, as json_dumps(JSON_COMPACT | JSON_ENCODE_ANY)
   writes it; false on OOM. */
static bool dump_json(tc_buf *b, json_t *v, int depth) {
    if (depth > 64) return tc_buf_add(b, "null", 4);
    switch (json_typeof(v)) {
    case JSON_STRING:
        return tc_buf_addc(b, '"') && tc_buf_add_json(b, json_string_value(v), json_string_length(v)) && tc_buf_addc(b, '"');
    case JSON_INTEGER: return tc_buf_printf(b, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
    case JSON_TRUE: return tc_buf_add(b, "true", 4);
    case JSON_FALSE: return tc_buf_add(b, "false", 5);
    case JSON_NULL: return tc_buf_add(b, "null", 4);
    case JSON_ARRAY: {
        bool ok = tc_buf_addc(b, '[');
        for (size_t i = 0; i < json_array_size(v) && ok; i++)
            ok = (i == 0 || tc_buf_addc(b, ',')) && dump_json(b, json_array_get(v, i), depth + 1);
        return ok && tc_buf_addc(b, ']');
    }
    case JSON_OBJECT: {
        bool ok = tc_buf_addc(b, '{'), first = true;
        const char *k;
        json_t *x;
        json_object_foreach(v, k, x) {
            ok = ok && (first || tc_buf_addc(b, ',')) && tc_buf_addc(b, '"') && tc_buf_add_json(b, k, strlen(k)) &&
                 tc_buf_add(b, "\":", 2) && dump_json(b, x, depth + 1);
            first = false;
        }
        return ok && tc_buf_addc(b, '}');
    }
    default: { /* a real: jansson's own format */
        char *t = json_dumps(v, JSON_ENCODE_ANY | JSON_COMPACT);
        bool ok = t && tc_buf_add(b, t, strlen(t));
        free(t);
        return ok;
    }
    }
}

static void json_meta(tc_reader *r, tc_story *s, json_t *o) {
    tc_arena *a = &r->arena;
    s->title = json_str(a, o, "title");
    tc_buf b;
    tc_buf_init(&b, r->A);
    join_strings(&b, json_object_get(o, "source"), "name", true);
    join_strings(&b, json_object_get(o, "sources"), "name", true);
    if (b.n) s->source = tc_arena_strndup(a, b.p, b.n);
    tc_buf_clear(&b);
    join_strings(&b, json_object_get(o, "url"), NULL, true);
    join_strings(&b, json_object_get(o, "urls"), NULL, true);
    join_strings(&b, json_object_get(o, "sources"), "url", false);
    if (b.n) s->url = tc_arena_strndup(a, b.p, b.n);
    if (b.oom) a->oom = true;
    const char *k;
    json_t *v;
    /* written here as json_dumps(JSON_COMPACT) would write it, at a
       fraction of its cost (reals excepted, which it writes) */
    tc_buf_clear(&b);
    bool ok = tc_buf_addc(&b, '{');
    bool first = true;
    json_object_foreach(o, k, v) {
        if (!strcmp(k, "id") || !strcmp(k, "date") || !strcmp(k, "text")) continue;
        ok = ok && (first || tc_buf_addc(&b, ',')) && tc_buf_addc(&b, '"') && tc_buf_add_json(&b, k, strlen(k)) &&
             tc_buf_add(&b, "\":", 2) && dump_json(&b, v, 0);
        first = false;
    }
    ok = ok && tc_buf_addc(&b, '}');
    if (ok && !first) s->meta = tc_arena_strndup(a, b.p, b.n);
    if (!ok || (!first && !s->meta)) a->oom = true;
    tc_buf_free(&b);
}

static int next_jsonl(tc_reader *r, tc_story *s, bool *got) {
    *got = false;
    bool trunc;
    int ioerr = TC_OK;
    for (;;) {
        if (!read_line(r, r->max_story, &trunc, &ioerr)) {
            if (ioerr == TC_NOMEM) return TC_NOMEM;
            if (r->ioerr) {
                s->file = r->cur;
                set_error(r, s, r->lineno + 1, "%s (the rest of the file is lost)", r->ioerr_msg);
                *got = true;
                return TC_IO;
            }
            return TC_OK;
        }
        if (r->ioerr && !r->line_nl) {
            /* the data ended inside this line: not a story, however it parses */
            *got = true;
            s->file = r->cur;
            set_error(r, s, r->lineno, "%s (inside this line; the rest of the file is lost)", r->ioerr_msg);
            return TC_IO;
        }
        const char *p = r->line.p ? r->line.p : "";
        size_t n = r->line.n;
        if (r->lineno == 1 && n >= 3 && !memcmp(p, "\xef\xbb\xbf", 3)) { p += 3; n -= 3; } /* BOM */
        while (n && (p[n - 1] == '\r' || p[n - 1] == ' ' || p[n - 1] == '\t')) n--;
        size_t i = 0;
        while (i < n && (p[i] == ' ' || p[i] == '\t')) i++;
        if (i == n) continue; /* blank line */
        *got = true;
        s->file = r->cur;
        s->line = r->lineno;
        if (trunc) { set_error(r, s, r->lineno, "line longer than %zu bytes", r->max_story); return TC_OK; }
        /* a line that is not UTF-8 (and holds no NUL byte) is read as Windows-1252 */
        tc_buf fixed;
        tc_buf_init(&fixed, r->A);
        if (!io_is_utf8(p + i, n - i) && !memchr(p + i, 0, n - i)) {
            if (!io_add_utf8(&fixed, p + i, n - i)) { tc_buf_free(&fixed); return TC_NOMEM; }
            s->note = "text decoded as Windows-1252 (not valid UTF-8)";
        }
        json_error_t je;
        json_t *o = fixed.n ? json_loadb(fixed.p, fixed.n, JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL | JSON_DECODE_ANY, &je)
                            : json_loadb(p + i, n - i, JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL | JSON_DECODE_ANY, &je);
        tc_buf_free(&fixed);
        if (!o) {
            s->note = NULL;
            set_error(r, s, r->lineno, "invalid JSON: %s (column %d)", je.text, je.column);
            return TC_OK;
        }
        if (!json_is_object(o)) {
            json_decref(o);
            s->note = NULL;
            set_error(r, s, r->lineno, "a story must be a JSON object");
            return TC_OK;
        }
        s->id = json_id(&r->arena, o);
        json_t *jid = json_object_get(o, "id");
        if (s->id && json_is_string(jid) && strlen(s->id) != json_string_length(jid)) {
            /* "a\u0000b" would be cut to "a" and could collide */
            json_decref(o);
            s->id = NULL;
            s->note = NULL;
            set_error(r, s, r->lineno, "NUL character in \"id\"");
            return TC_OK;
        }
        const char *date = json_str(&r->arena, o, "date");
        json_meta(r, s, o);
        json_t *t = json_object_get(o, "text");
        if (!s->id) s->id = tc_arena_printf(&r->arena, "%s-%ld", r->cur_id, r->lineno);
        tc_date d;
        if (!t || !json_is_string(t)) {
            json_decref(o);
            set_error(r, s, r->lineno, "story has no \"text\" string");
            return TC_OK;
        }
        if (!date || !read_date(date, strlen(date), &d)) {
            json_decref(o);
            set_error(r, s, r->lineno, date ? "bad \"date\" '%s' (expected YYYY-MM-DD)" : "story has no \"date\"%s",
                      date ? date : "");
            return TC_OK;
        }
        const char *txt = json_string_value(t);
        size_t tl = json_string_length(t);
        if (memchr(txt, 0, tl)) {
            json_decref(o);
            set_error(r, s, r->lineno, "NUL character in \"text\"");
            return TC_OK;
        }
        /* the text stays in the parsed object until the next call (no copy) */
        s->text = txt;
        s->text_len = tl;
        r->json = o;
        s->year = d.y; s->month = d.m; s->day = d.d;
        char iso[11];
        tc_date_format(d, iso);
        s->date = tc_arena_strdup(&r->arena, iso);
        if (r->arena.oom) return TC_NOMEM;
        return TC_OK;
    }
}

static int reader_next(tc_reader *r, tc_story *s) {
    if (!r || !s) return TC_MISUSE;
    memset(s, 0, sizeof *s);
    tc_arena_reset(&r->arena);
    if (r->json) { json_decref(r->json); r->json = NULL; }
    for (;;) {
        if (!r->gz || r->eof) {
            {
                int rc = open_next_file(r);
                if (rc == TC_DONE) return TC_DONE;
                if (rc == TC_IO) {
                    s->file = r->cur;
                    set_error(r, s, 0, "%s", r->ioerr_msg);
                    r->eof = true;
                    r->count++;
                    return TC_OK;
                }
            }
        }
        int rc;
        if (r->kind == K_STORY) {
            /* standard input holding JSON Lines: peek the first byte */
            if (r->is_stdin && r->lineno == 0 && r->rb_len == 0) {
                int ioerr = 0;
                if (fill(r, &ioerr)) {
                    size_t k = r->rb_len >= 3 && !memcmp(r->rb, "\xef\xbb\xbf", 3) ? 3 : 0; /* BOM */
                    while (k < r->rb_len && (r->rb[k] == ' ' || r->rb[k] == '\n' || r->rb[k] == '\r' || r->rb[k] == '\t')) k++;
                    if (k < r->rb_len && r->rb[k] == '{') { r->kind = K_JSONL; continue; }
                }
                r->eof = false;
            }
            rc = next_story_file(r, s);
            r->count++;
            return rc == TC_IO ? TC_OK : rc;
        }
        bool got;
        rc = next_jsonl(r, s, &got);
        if (rc == TC_NOMEM) return rc;
        if (got) { r->count++; return TC_OK; }
        r->eof = true; /* end of this file: next */
    }
}

/* Keeps ids unique within the reader: a record whose id was handed out
   before is renamed "<id>#<k>" (the first k from 2 not taken) and, if it was
   a story, becomes an error record naming the first use -- so no output
   keyed by id (SQLite) can replace one story with another. */
static int unique_id(tc_reader *r, tc_story *s) {
    uint64_t where = (uint64_t)(r->next_file - 1) << 32 | (uint32_t)(s->line > 0 ? s->line : 0);
    bool old;
    uint64_t v = ks_put(r->A, &r->seen_id, tc_hash64(s->id, strlen(s->id), 0x1d), where, &old);
    if (!v) return TC_NOMEM;
    if (!old) return TC_OK;
    const char *first = r->files[(v - 1) >> 32].path;
    long first_line = (long)((v - 1) & 0xffffffffu);
    if (!strcmp(first, "-")) first = "stdin";
    const char *id = s->id;
    char *nid = NULL;
    for (long k = 2;; k++) {
        nid = tc_arena_printf(&r->arena, "%s#%ld", id, k);
        if (!nid) return TC_NOMEM;
        uint64_t w = ks_put(r->A, &r->seen_id, tc_hash64(nid, strlen(nid), 0x1d), where, &old);
        if (!w) return TC_NOMEM;
        if (!old) break;
    }
    s->id = nid;
    if (!s->error) {
        char *e = tc_arena_printf(&r->arena, "%s:%ld: story id '%s' was already used at %s:%ld; recorded as '%s', not coded",
                                  r->cur, s->line, id, first, first_line, nid);
        if (!e) return TC_NOMEM;
        s->error = arena_utf8(&r->arena, e, strlen(e)); /* paths may hold any bytes */
        if (!s->error) return TC_NOMEM;
        s->text = NULL;
        s->text_len = 0;
        r->errors++;
    }
    return TC_OK;
}

int tc_reader_next(tc_reader *r, tc_story *s) {
    int rc = reader_next(r, s);
    if (rc == TC_OK && s->id) rc = unique_id(r, s);
    /* out of memory is sticky in the arena: report it once, here */
    if (rc == TC_OK && (r->arena.oom || r->line.oom)) rc = TC_NOMEM;
    return rc;
}

int tc_reader_open_part(tc_reader **out, const char *path, uint64_t offset, uint64_t length, long first_line,
                        size_t max_story, const tc_alloc *A) {
    *out = NULL;
    if (!path || first_line < 1 || offset > INT64_MAX ||
        !(ends_with(path, ".jsonl") || ends_with(path, ".json") || ends_with(path, ".ndjson")))
        return TC_MISUSE;
    int rc = tc_reader_open(out, path, max_story, A);
    if (rc) return rc;
    tc_reader *r = *out;
    if (r->nfiles != 1 || strcmp(r->files[0].path, path)) { /* a folder */
        tc_reader_close(r);
        *out = NULL;
        return TC_MISUSE;
    }
    r->part = true;
    r->part_off = offset;
    r->part_left = length;
    r->part_line = first_line;
    return TC_OK;
}

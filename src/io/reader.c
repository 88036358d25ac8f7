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
 */
#include "core/core.h"
#include "io/text.h"

#include <dirent.h>
#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

enum kind { K_STORY, K_JSONL };

struct tc_reader {
    const tc_alloc *A;
    size_t max_story;
    char **files;          /* paths to read, in order */
    int nfiles, next_file;
    /* current file */
    gzFile gz;
    const char *cur;       /* current path (points into files[] or "-") */
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

static int add_file(tc_reader *r, const char *path, int *cap) {
    if (r->nfiles == *cap) {
        int nc = *cap ? *cap * 2 : 16;
        char **f = tc_mem_realloc(r->A, r->files, (size_t)nc * sizeof *f);
        if (!f) return TC_NOMEM;
        r->files = f;
        *cap = nc;
    }
    r->files[r->nfiles] = tc_mem_strdup(r->A, path);
    if (!r->files[r->nfiles]) return TC_NOMEM;
    r->nfiles++;
    return TC_OK;
}

static int cmp_str(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Collects the regular files below dir, sorted, skipping hidden entries. */
static int walk(tc_reader *r, const char *dir, int *cap, int depth) {
    if (depth > 32) return TC_OK;
    DIR *d = opendir(dir);
    if (!d) return TC_IO;
    int rc = TC_OK, first = r->nfiles;
    char **subdirs = NULL;
    int nsub = 0, subcap = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.') continue;
        size_t n = strlen(dir) + strlen(e->d_name) + 2;
        char *p = tc_mem_alloc(r->A, n);
        if (!p) { rc = TC_NOMEM; break; }
        snprintf(p, n, "%s/%s", dir, e->d_name);
        struct stat st;
        if (stat(p, &st) != 0) { tc_mem_free(r->A, p); continue; }
        if (S_ISDIR(st.st_mode)) {
            if (nsub == subcap) {
                int nc = subcap ? subcap * 2 : 8;
                char **s = tc_mem_realloc(r->A, subdirs, (size_t)nc * sizeof *s);
                if (!s) { tc_mem_free(r->A, p); rc = TC_NOMEM; break; }
                subdirs = s;
                subcap = nc;
            }
            subdirs[nsub++] = p;
            continue;
        }
        if (S_ISREG(st.st_mode)) rc = add_file(r, p, cap);
        tc_mem_free(r->A, p);
        if (rc) break;
    }
    closedir(d);
    if (rc == TC_OK) {
        /* (a folder without files: r->files may still be NULL, which qsort must not get) */
        if (r->nfiles > first) qsort(r->files + first, (size_t)(r->nfiles - first), sizeof *r->files, cmp_str);
        if (nsub) qsort(subdirs, (size_t)nsub, sizeof *subdirs, cmp_str);
        for (int i = 0; i < nsub && rc == TC_OK; i++) rc = walk(r, subdirs[i], cap, depth + 1);
    }
    for (int i = 0; i < nsub; i++) tc_mem_free(r->A, subdirs[i]);
    tc_mem_free(r->A, subdirs);
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
    if (!strcmp(path, "-")) rc = add_file(r, "-", &cap);
    else if (stat(path, &st) != 0) rc = TC_IO;
    else if (S_ISDIR(st.st_mode)) rc = walk(r, path, &cap, 0);
    else rc = add_file(r, path, &cap);
    if (rc) { tc_reader_close(r); return rc; }
    *out = r;
    return TC_OK;
}

void tc_reader_close(tc_reader *r) {
    if (!r) return;
    if (r->gz) gzclose(r->gz);
    for (int i = 0; i < r->nfiles; i++) tc_mem_free(r->A, r->files[i]);
    tc_mem_free(r->A, r->files);
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

/* File name without folders and without extensions (".txt.gz" -> ""). */
static char *base_id(tc_arena *a, const char *path) {
    const char *b = strrchr(path, '/');
    b = b ? b + 1 : path;
    size_t n = strlen(b);
    for (;;) {
        const char *dot = NULL;
        for (size_t i = n; i > 0; i--)
            if (b[i - 1] == '.') { dot = b + i - 1; break; }
        if (!dot || dot == b) break;
        size_t ext = n - (size_t)(dot - b);
        /* strip only short alphabetic extensions (.txt, .gz, .story) */
        bool alpha = ext >= 2 && ext <= 6;
        for (size_t i = 1; alpha && i < ext; i++)
            alpha = (dot[i] >= 'a' && dot[i] <= 'z') || (dot[i] >= 'A' && dot[i] <= 'Z');
        if (!alpha) break;
        n = (size_t)(dot - b);
    }
    return arena_utf8(a, b, n);
}

static int open_next_file(tc_reader *r) {
    if (r->gz) { gzclose(r->gz); r->gz = NULL; }
    if (r->next_file >= r->nfiles) return TC_DONE;
    r->cur = r->files[r->next_file++];
    bool in = !strcmp(r->cur, "-");
    r->gz = in ? gzdopen(dup(0), "rb") : gzopen(r->cur, "rb");
    r->is_stdin = in;
    if (in) r->cur = "stdin";
    r->lineno = 0;
    r->eof = false;
    r->rb_len = r->rb_pos = 0;
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
    if (r->part && r->gz) {
        if (gzseek(r->gz, (z_off_t)r->part_off, SEEK_SET) < 0) return TC_IO;
        r->lineno = r->part_line - 1;
    }
    return r->gz ? TC_OK : TC_IO;
}

/* Fills the read buffer; false at end of file or error (r->eof set). */
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
    if (k < 0) { *ioerr = TC_IO; r->eof = true; return false; }
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
        if (nl) break;
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
    if (!s->id) s->id = r->kind == K_JSONL ? tc_arena_printf(&r->arena, "%s-%ld", base_id(&r->arena, r->cur), line)
                                          : base_id(&r->arena, r->cur);
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
    s->id = base_id(&r->arena, r->cur);
    s->file = r->cur;
    s->line = 1;
    if (ioerr == TC_NOMEM) return TC_NOMEM;
    if (ioerr) { set_error(r, s, line_of(b->p ? b->p : "", b->n, 1), "read error (%s)", gzerror(r->gz, &(int){0})); return TC_IO; }
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
    s->text = cp1252 ? arena_utf8(&r->arena, p + i, n - i) : tc_arena_strndup(&r->arena, p + i, n - i);
    s->text_len = s->text ? strlen(s->text) : 0;
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
            if (ioerr) {
                s->file = r->cur;
                set_error(r, s, r->lineno + 1, "read error (%s)", gzerror(r->gz, &(int){0}));
                *got = true;
                return TC_IO;
            }
            return TC_OK;
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
        const char *date = json_str(&r->arena, o, "date");
        json_meta(r, s, o);
        json_t *t = json_object_get(o, "text");
        if (!s->id) s->id = tc_arena_printf(&r->arena, "%s-%ld", base_id(&r->arena, r->cur), r->lineno);
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
        s->text = tc_arena_strndup(&r->arena, txt, tl);
        s->text_len = tl;
        json_decref(o);
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
    for (;;) {
        if (!r->gz || r->eof) {
            {
                int rc = open_next_file(r);
                if (rc == TC_DONE) return TC_DONE;
                if (rc == TC_IO) {
                    s->file = r->cur;
                    s->id = base_id(&r->arena, r->cur);
                    set_error(r, s, 0, "cannot open: %s", strerror(errno ? errno : EIO));
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

int tc_reader_next(tc_reader *r, tc_story *s) {
    int rc = reader_next(r, s);
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
    if (r->nfiles != 1 || strcmp(r->files[0], path)) { /* a folder */
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

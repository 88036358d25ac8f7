/*
 * dict.c -- readers for the PETRARCH dictionary formats and lookups.
 *
 * Reads actors (primary names with '+' synonyms, codes on the same or on
 * following indented lines, date restrictions "[HOB <950601]",
 * "[HOBGOV 19950601 - 19990815]", "[HOBREB >990816]"), agents ("!X! = a, b"
 * substitution macros, "[~GOV]" / "[NGO~]" codes, "{PLURALS}" or "{}" to
 * replace the generated plural), verbs in the PETRARCH-2 (CAMEO.2.0.txt) and
 * older validation formats ("&SYNSET" blocks of "+member" lines,
 * "--- GROUP [code] ---" headers, verb forms "WORD {IRREGULAR FORMS} [code]"
 * with '+' marking the verb inside a multi-word form, and pattern lines
 * "- PRE * POST [code]" with "_ $ + % ^ ( ) { } |"), discards ("+" =
 * story-level) and the internal coding ontology ("CODE:0xVALUE#comment",
 * values may be sums "-0xFFFF+0x2040").  Comments are "#" to the end of a
 * line and "<!-- ... -->" blocks.  Every malformed entry is logged as
 * "file:line: what" and skipped, never silently dropped.
 *
 * Everything is built into growable uint32 arrays, which become the sections
 * of the finished tc_dict (see dict.h); dict_bin.c writes and reads them.
 */
#include "dict/dict.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

/* ---- normalisation and interning ------------------------------------ */

/* Appends the normalised form of s[0..n) to out (NFKC + case fold + lump;
   tc_normalize lower-cases ASCII directly). */
static bool norm_word(tc_buf *out, const char *s, size_t n) { return tc_normalize(out, s, n, true); }

/* A word's hash: its low bits place it in the word table, its top 16 bits
   are the slot's tag (tc_dict_index). */
static uint64_t word_hash(const char *s, size_t n) { return tc_hash64(s, n, 0x7ac1u); }
static uint32_t str_hash(const char *s, size_t n) { return (uint32_t)word_hash(s, n); }
static uint16_t hash_tag(uint64_t hv) { return (uint16_t)(hv >> 48); }

static int cmp_pico_ix(const void *a, const void *b) {
    const struct tc_pico_ix *x = a, *y = b;
    if (x->code != y->code) return x->code < y->code ? -1 : 1;
    return x->i < y->i ? -1 : x->i > y->i;
}

bool tc_dict_index(tc_dict *d) {
    tc_mem_free(d->A, d->pico_ix);
    d->pico_ix = NULL;
    d->npico = d->n[TC_DS_PICO] / TC_PICO_W;
    if (d->npico) {
        d->pico_ix = tc_mem_alloc(d->A, (size_t)d->npico * sizeof *d->pico_ix);
        if (!d->pico_ix) return false;
        for (uint32_t k = 0; k < d->npico; k++)
            d->pico_ix[k] = (struct tc_pico_ix){d->sec[TC_DS_PICO][k * TC_PICO_W], k * TC_PICO_W};
        qsort(d->pico_ix, d->npico, sizeof *d->pico_ix, cmp_pico_ix);
    }
    uint32_t cap = d->n[TC_DS_WHASH];
    tc_mem_free(d->A, d->htag);
    d->htag = NULL;
    if (cap == 0) return true;
    d->htag = tc_mem_alloc(d->A, (size_t)cap * sizeof *d->htag);
    if (!d->htag) return false;
    for (uint32_t h = 0; h < cap; h++) {
        uint32_t id = d->sec[TC_DS_WHASH][h];
        const char *w = tc_dict_str(d, id);
        d->htag[h] = id ? hash_tag(word_hash(w, strlen(w))) : 0;
    }
    return true;
}

uint32_t tc_dict_find(const tc_dict *d, const char *s, size_t n) {
    uint32_t cap = d->n[TC_DS_WHASH];
    if (cap == 0) return 0;
    const uint32_t *H = d->sec[TC_DS_WHASH];
    const char *pool = (const char *)d->sec[TC_DS_STR];
    uint64_t hv = word_hash(s, n);
    uint16_t tag = hash_tag(hv);
    const uint16_t *T = d->htag;
    for (uint32_t h = (uint32_t)hv & (cap - 1), k = 0; k < cap; h = (h + 1) & (cap - 1), k++) {
        uint32_t id = H[h];
        if (id == 0) return 0;
        if (T && T[h] != tag) continue;
        const char *w = pool + d->sec[TC_DS_WORD][id];
        if (strncmp(w, s, n) == 0 && w[n] == 0) return id;
    }
    return 0;
}

uint32_t tc_dict_word(const tc_dict *d, const char *s, size_t n) {
    bool oom = false;
    return tc_dict_word_oom(d, s, n, &oom);
}

uint32_t tc_dict_word_oom(const tc_dict *d, const char *s, size_t n, bool *oom) {
    char small[128];
    bool ascii = n < sizeof small;
    for (size_t i = 0; ascii && i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x80) ascii = false;
        else small[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c); /* tolower in the C locale */
    }
    if (ascii) return tc_dict_find(d, small, n);
    tc_buf b;
    tc_buf_init(&b, d->A);
    uint32_t id = 0;
    if (norm_word(&b, s, n) && b.p) id = tc_dict_find(d, b.p, b.n);
    if (b.oom) *oom = true;
    tc_buf_free(&b);
    if (!id && !*oom) {
        /* the dictionaries spell names in ASCII: "São Tomé" is SAO_TOME,
           "Príncipe" PRINCIPE -- a word with accents they do not list is
           looked up again without them */
        utf8proc_uint8_t *r = NULL;
        int opt = UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_LUMP | UTF8PROC_CASEFOLD |
                  UTF8PROC_STRIPMARK;
        utf8proc_ssize_t k = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &r, (utf8proc_option_t)opt);
        if (k > 0 && r) id = tc_dict_find(d, (const char *)r, (size_t)k);
        free(r);
    }
    return id;
}

bool tc_dict_pico(const tc_dict *d, uint32_t code, int32_t *val) {
    const uint32_t *P = d->sec[TC_DS_PICO];
    if (d->pico_ix) { /* the first entry of the code, by halves */
        uint32_t lo = 0, hi = d->npico;
        while (lo < hi) {
            uint32_t mid = lo + (hi - lo) / 2;
            if (d->pico_ix[mid].code < code) lo = mid + 1;
            else hi = mid;
        }
        if (lo == d->npico || d->pico_ix[lo].code != code) return false;
        *val = (int32_t)(P[d->pico_ix[lo].i + 1] - TC_PICO_BIAS);
        return true;
    }
    for (uint32_t i = 0; i + TC_PICO_W <= d->n[TC_DS_PICO]; i += TC_PICO_W)
        if (P[i] == code) { *val = (int32_t)(P[i + 1] - TC_PICO_BIAS); return true; }
    return false;
}

uint32_t tc_dict_pico_code(const tc_dict *d, int32_t val) {
    const uint32_t *P = d->sec[TC_DS_PICO];
    for (uint32_t i = 0; i + TC_PICO_W <= d->n[TC_DS_PICO]; i += TC_PICO_W)
        if ((int32_t)(P[i + 1] - TC_PICO_BIAS) == val) return P[i];
    return 0;
}

/* ---- builder --------------------------------------------------------- */

typedef struct vec {
    uint32_t *p;
    size_t n, cap;
} vec;

typedef struct builder {
    const tc_alloc *A;
    const tc_logger *lg;
    tc_buf str;             /* string pool */
    vec word;               /* id -> offset */
    vec hash;               /* open addressing, size power of 2 */
    vec sec[TC_DS_COUNT];   /* record sections (SEQ .. PICO) */
    tc_buf tmp;
    bool oom;
    /* per-file state */
    const char *file;
    int line;
    /* agent macros: name id -> alternatives (ids of raw strings) */
    vec macro;              /* pairs: macro name string id, alternatives string id ("A,B,C") */
} builder;

static bool vpush(builder *b, vec *v, uint32_t x) {
    if (v->n == v->cap) {
        size_t nc = v->cap ? v->cap * 2 : 64;
        uint32_t *np = tc_mem_realloc(b->A, v->p, nc * sizeof *np);
        if (!np) { b->oom = true; return false; }
        v->p = np; v->cap = nc;
    }
    v->p[v->n++] = x;
    return true;
}

static void warn(builder *b, const char *fmt, const char *what) {
    char msg[512];
    snprintf(msg, sizeof msg, fmt, what);
    tc_log(b->lg, 1, "%s:%d: %s", b->file, b->line, msg);
}

/* Interns an already-normalised string; returns its id (0 on OOM). */
static uint32_t intern_raw(builder *b, const char *s, size_t n) {
    if (b->hash.cap == 0 || (b->word.n + 1) * 2 > b->hash.n) {
        size_t ncap = b->hash.n ? b->hash.n * 2 : 1024;
        uint32_t *nh = tc_mem_calloc(b->A, ncap, sizeof *nh);
        if (!nh) { b->oom = true; return 0; }
        for (size_t i = 0; i < b->hash.n; i++) {
            uint32_t id = b->hash.p[i];
            if (!id) continue;
            const char *w = b->str.p + b->word.p[id];
            uint32_t h = str_hash(w, strlen(w)) & (uint32_t)(ncap - 1);
            while (nh[h]) h = (h + 1) & (uint32_t)(ncap - 1);
            nh[h] = id;
        }
        tc_mem_free(b->A, b->hash.p);
        b->hash.p = nh; b->hash.n = b->hash.cap = ncap;
    }
    uint32_t mask = (uint32_t)(b->hash.n - 1);
    uint32_t h = str_hash(s, n) & mask;
    for (;;) {
        uint32_t id = b->hash.p[h];
        if (!id) break;
        const char *w = b->str.p + b->word.p[id];
        if (strncmp(w, s, n) == 0 && w[n] == 0) return id;
        h = (h + 1) & mask;
    }
    uint32_t id = (uint32_t)b->word.n;
    if (!vpush(b, &b->word, (uint32_t)b->str.n)) return 0;
    if (!tc_buf_add(&b->str, s, n) || !tc_buf_addc(&b->str, 0)) { b->oom = true; return 0; }
    b->hash.p[h] = id;
    return id;
}

/* Interns a word after normalisation. */
static uint32_t intern_word(builder *b, const char *s, size_t n) {
    tc_buf_clear(&b->tmp);
    if (!norm_word(&b->tmp, s, n)) {
        if (b->tmp.oom) b->oom = true;
        else warn(b, "invalid UTF-8 in '%s'", "word");
        return 0;
    }
    return intern_raw(b, b->tmp.p ? b->tmp.p : "", b->tmp.n);
}

/* Interns a code string as written, upper-cased and trimmed. */
static uint32_t intern_code(builder *b, const char *s, size_t n) {
    while (n && isspace((unsigned char)*s)) s++, n--;
    while (n && isspace((unsigned char)s[n - 1])) n--;
    char tmp[128];
    if (n == 0 || n >= sizeof tmp) return 0;
    for (size_t i = 0; i < n; i++) tmp[i] = (char)toupper((unsigned char)s[i]);
    return intern_raw(b, tmp, n);
}

/* Splits a phrase on '_' and blanks into normalised words appended to SEQ.
   Returns the number of words (0 if none); *off receives the SEQ offset. */
static int push_phrase(builder *b, const char *s, size_t n, uint32_t *off) {
    vec *q = &b->sec[TC_DS_SEQ];
    *off = (uint32_t)q->n;
    int k = 0;
    size_t i = 0;
    while (i < n) {
        while (i < n && (s[i] == '_' || isspace((unsigned char)s[i]))) i++;
        size_t j = i;
        while (j < n && s[j] != '_' && !isspace((unsigned char)s[j])) j++;
        if (j > i) {
            /* "PEOPLE'S_REPUBLIC_OF_CHINA": UD tokenizers split the
               possessive ("People 's"), so the entry is stored that way */
            size_t e = j;
            if (j - i > 2 && s[j - 2] == '\'' && (s[j - 1] == 'S' || s[j - 1] == 's')) e = j - 2;
            uint32_t id = intern_word(b, s + i, e - i);
            if (!id) return 0;
            if (!vpush(b, q, id)) return 0;
            k++;
            if (e < j) {
                if (!(id = intern_word(b, s + e, j - e)) || !vpush(b, q, id)) return 0;
                k++;
            }
        }
        i = j;
    }
    if (k > 255) { warn(b, "%s", "phrase longer than 255 words"); q->n = *off; return 0; }
    return k;
}

/* ---- line reading and comments --------------------------------------- */

typedef struct linerd {
    FILE *f;
    char *buf;
    size_t cap;
    bool in_comment; /* inside <!-- ... --> */
} linerd;

/* Reads the next line with comments removed and trailing blanks trimmed.
   Returns the line (valid until the next call) or NULL at EOF. */
static char *next_line(builder *b, linerd *r, bool hash_comments) {
    ssize_t got = getline(&r->buf, &r->cap, r->f);
    if (got < 0) return NULL;
    b->line++;
    char *s = r->buf;
    /* strip <!-- --> spans, possibly spanning lines; "<! --" too */
    char *w = s;
    for (char *p = s; *p;) {
        if (r->in_comment) {
            char *e = strstr(p, "-->");
            if (!e) { *p = 0; break; }
            p = e + 3;
            r->in_comment = false;
            continue;
        }
        if (p[0] == '<' && p[1] == '!') {
            r->in_comment = true;
            p += 2;
            continue;
        }
        *w++ = *p++;
    }
    *w = 0;
    if (hash_comments) {
        char *h = strchr(s, '#');
        if (h) *h = 0;
    }
    size_t n = strlen(s);
    while (n && isspace((unsigned char)s[n - 1])) s[--n] = 0;
    return s;
}

static int open_file(builder *b, linerd *r, const char *path, char *err, size_t errlen) {
    memset(r, 0, sizeof *r);
    r->f = fopen(path, "r");
    if (!r->f) {
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        return TC_IO;
    }
    b->file = path;
    b->line = 0;
    return TC_OK;
}

static void close_file(linerd *r) {
    if (r->f) fclose(r->f);
    free(r->buf); /* getline allocates with malloc */
    r->f = NULL; r->buf = NULL;
}

static bool blank(const char *s) {
    while (*s && isspace((unsigned char)*s)) s++;
    return *s == 0;
}

/* ---- actors ---------------------------------------------------------- */

/* Parses one bracket "[CODE]" / "[CODE <date]" / "[CODE >date]" /
   "[CODE d1-d2]" into ACODE; false if malformed. */
static bool parse_actor_code(builder *b, const char *s, size_t n) {
    char tmp[160];
    if (n >= sizeof tmp) return false;
    memcpy(tmp, s, n);
    tmp[n] = 0;
    char *p = tmp;
    while (*p && isspace((unsigned char)*p)) p++;
    char *code = p;
    while (*p && !isspace((unsigned char)*p) && *p != '<' && *p != '>') p++;
    size_t clen = (size_t)(p - code);
    if (clen == 0) return false;
    uint32_t lo = 0, hi = 0;
    while (*p && isspace((unsigned char)*p)) p++;
    if (*p) {
        char op = *p;
        if (op == '<' || op == '>') p++;
        else op = 0;
        char *digits = p;
        /* collect first date */
        while (*p && isspace((unsigned char)*p)) p++;
        digits = p;
        while (*p && isdigit((unsigned char)*p)) p++;
        tc_date d1;
        if (!tc_date_parse(digits, (size_t)(p - digits), &d1)) return false;
        uint32_t v1 = (uint32_t)(tc_date_to_days(d1) + (int32_t)TC_DATE_BIAS);
        while (*p && isspace((unsigned char)*p)) p++;
        if (op == '<') hi = v1;
        else if (op == '>') lo = v1;
        else {
            if (*p != '-') return false;
            p++;
            while (*p && isspace((unsigned char)*p)) p++;
            char *d2s = p;
            while (*p && isdigit((unsigned char)*p)) p++;
            tc_date d2;
            if (!tc_date_parse(d2s, (size_t)(p - d2s), &d2)) return false;
            lo = v1;
            hi = (uint32_t)(tc_date_to_days(d2) + (int32_t)TC_DATE_BIAS);
        }
        while (*p && isspace((unsigned char)*p)) p++;
        if (*p) return false;
    }
    uint32_t cid = intern_code(b, code, clen);
    if (!cid) return false;
    vec *c = &b->sec[TC_DS_ACODE];
    return vpush(b, c, cid) && vpush(b, c, lo) && vpush(b, c, hi);
}

/* A pending actor block: names (seq, len pairs) waiting for codes. */
typedef struct actor_block {
    vec names;      /* seq, len pairs */
    uint32_t code_beg;
    int first_line;
    bool open;
} actor_block;

static void flush_actor(builder *b, actor_block *blk) {
    if (!blk->open) return;
    uint32_t ncodes = (uint32_t)(b->sec[TC_DS_ACODE].n / TC_ACODE_W) - blk->code_beg;
    if (ncodes == 0) {
        int save = b->line;
        b->line = blk->first_line;
        warn(b, "actor entry without a code (%s)", "skipped");
        b->line = save;
    } else {
        for (size_t i = 0; i + 1 < blk->names.n; i += 2) {
            vec *a = &b->sec[TC_DS_ACTOR];
            vpush(b, a, blk->names.p[i]);
            vpush(b, a, blk->names.p[i + 1]);
            vpush(b, a, blk->code_beg);
            vpush(b, a, ncodes);
        }
    }
    blk->names.n = 0;
    blk->open = false;
}

/* Reads all bracketed codes of a line fragment; false on a malformed one. */
static bool read_codes(builder *b, const char *p) {
    while ((p = strchr(p, '['))) {
        const char *e = strchr(p, ']');
        if (!e) { warn(b, "%s", "unterminated '[' code"); return false; }
        if (!parse_actor_code(b, p + 1, (size_t)(e - p - 1))) {
            char what[200];
            snprintf(what, sizeof what, "%.*s", (int)(e - p + 1 < 180 ? e - p + 1 : 180), p);
            warn(b, "malformed actor code %s", what);
            return false;
        }
        p = e + 1;
    }
    return true;
}

static int read_actors(builder *b, const char *path, char *err, size_t errlen) {
    linerd r;
    int rc = open_file(b, &r, path, err, errlen);
    if (rc) return rc;
    actor_block blk = {{0}, 0, 0, false};
    char *s;
    while ((s = next_line(b, &r, true)) && !b->oom) {
        if (blank(s)) continue;
        char *p = s;
        while (*p && isspace((unsigned char)*p)) p++;
        bool indented = p != s;
        if (*p == '[') {
            if (!blk.open) { warn(b, "%s", "code line without an actor"); continue; }
            read_codes(b, p);
            continue;
        }
        bool syn = *p == '+';
        if (syn) p++;
        uint32_t have_codes = (uint32_t)(b->sec[TC_DS_ACODE].n / TC_ACODE_W) - blk.code_beg;
        /* a name line while the open block has no codes yet joins the block:
           the Phoenix files list several names before their shared codes */
        bool own_code = strchr(p, '[') != NULL;
        if ((!syn && (!blk.open || have_codes || own_code)) || !blk.open) {
            if (syn) warn(b, "%s", "synonym without a primary actor; taken as primary");
            (void)indented;
            flush_actor(b, &blk);
            blk.open = true;
            blk.code_beg = (uint32_t)(b->sec[TC_DS_ACODE].n / TC_ACODE_W);
            blk.first_line = b->line;
        }
        char *br = strchr(p, '[');
        size_t nlen = br ? (size_t)(br - p) : strlen(p);
        uint32_t off;
        int k = push_phrase(b, p, nlen, &off);
        if (k > 0) {
            vpush(b, &blk.names, off);
            vpush(b, &blk.names, (uint32_t)k);
        } else if (!b->oom) warn(b, "%s", "empty actor name");
        if (br) read_codes(b, br);
    }
    flush_actor(b, &blk);
    tc_mem_free(b->A, blk.names.p);
    close_file(&r);
    return b->oom ? TC_NOMEM : TC_OK;
}

/* The hash of actor row r's words (TC_ACTOR_W words from r * TC_ACTOR_W). */
static uint64_t actor_row_hash(const builder *b, size_t r) {
    const uint32_t *a = b->sec[TC_DS_ACTOR].p + r * TC_ACTOR_W;
    return tc_hash64(b->sec[TC_DS_SEQ].p + a[0], (size_t)a[1] * sizeof(uint32_t), a[1]);
}

static bool actor_rows_same(const builder *b, size_t r1, size_t r2) {
    const uint32_t *a = b->sec[TC_DS_ACTOR].p + r1 * TC_ACTOR_W, *c = b->sec[TC_DS_ACTOR].p + r2 * TC_ACTOR_W;
    return a[1] == c[1] && !memcmp(b->sec[TC_DS_SEQ].p + a[0], b->sec[TC_DS_SEQ].p + c[0], (size_t)a[1] * sizeof(uint32_t));
}

/*
 * Actor files read later override same-name entries of earlier ones (the
 * project's data/actors/ after Phoenix, the user's after both): a name
 * (or synonym) that a later file lists takes that file's codes in every
 * earlier entry that lists it too.  Without this an earlier entry's dated
 * code that still holds ("BARACK_OBAMA [USAGOV >090120]") beat the later
 * update's undated one ([USAELI] after the term it dates).  end[i] is the
 * number of actor rows after file i.  Rows of one file keep their own
 * codes.  Returns false on OOM.
 */
static bool override_actor_names(builder *b, const size_t *end, size_t nfiles) {
    size_t nrows = b->sec[TC_DS_ACTOR].n / TC_ACTOR_W;
    if (nfiles < 2 || end[nfiles - 1] == end[0]) return true;
    size_t later = nrows - end[0], cap = 16;
    while (cap < 2 * later) cap *= 2;
    uint32_t *slot = tc_mem_calloc(b->A, cap, sizeof *slot); /* row + 1 of the latest file listing a name */
    if (!slot) return false;
    for (size_t f = nfiles; f-- > 0;) {
        size_t beg = f ? end[f - 1] : 0;
        /* rows of file f named again later take the later codes */
        for (size_t r = beg; r < end[f] && f + 1 < nfiles; r++) {
            for (size_t j = (size_t)actor_row_hash(b, r) & (cap - 1); slot[j]; j = (j + 1) & (cap - 1)) {
                if (!actor_rows_same(b, r, slot[j] - 1)) continue;
                uint32_t *a = b->sec[TC_DS_ACTOR].p + r * TC_ACTOR_W;
                const uint32_t *o = b->sec[TC_DS_ACTOR].p + (size_t)(slot[j] - 1) * TC_ACTOR_W;
                a[2] = o[2];
                a[3] = o[3];
                break;
            }
        }
        if (!f) break;
        /* then file f's names join the table (the first file's need not) */
        for (size_t r = beg; r < end[f]; r++) {
            size_t j = (size_t)actor_row_hash(b, r) & (cap - 1);
            while (slot[j] && !actor_rows_same(b, r, slot[j] - 1)) j = (j + 1) & (cap - 1);
            if (!slot[j]) slot[j] = (uint32_t)r + 1;
        }
    }
    tc_mem_free(b->A, slot);
    return true;
}

/* ---- agents ---------------------------------------------------------- */

static void add_agent(builder *b, const char *name, size_t n, uint32_t code) {
    uint32_t off;
    int k = push_phrase(b, name, n, &off);
    if (k <= 0) { if (!b->oom) warn(b, "%s", "empty agent name"); return; }
    vec *a = &b->sec[TC_DS_AGENT];
    vpush(b, a, off); vpush(b, a, (uint32_t)k); vpush(b, a, code);
}

/* English plural of the last word of name (upper case as in the files). */
static void plural_of(const char *name, size_t n, char *out, size_t cap) {
    out[0] = 0;
    if (n == 0 || n + 4 >= cap) return;
    memcpy(out, name, n);
    out[n] = 0;
    char last = (char)toupper((unsigned char)name[n - 1]);
    char prev = n > 1 ? (char)toupper((unsigned char)name[n - 2]) : 0;
    if (n >= 3 && !strncasecmp(name + n - 3, "MAN", 3)) { out[n - 2] = 'E'; return; }
    if (last == 'Y' && !strchr("AEIOU", prev)) { strcpy(out + n - 1, "IES"); return; }
    if (last == 'S' || last == 'X' || last == 'Z' || (last == 'H' && (prev == 'C' || prev == 'S'))) {
        strcpy(out + n, "ES");
        return;
    }
    strcpy(out + n, "S");
}

/* Expands the first !MACRO! in name (recursively) and adds each result. */
static void add_agent_expanded(builder *b, const char *name, uint32_t code, const char *plurals,
                               int depth) {
    const char *m1 = strchr(name, '!');
    const char *m2 = m1 ? strchr(m1 + 1, '!') : NULL;
    if (m1 && m2 && depth < 4) {
        uint32_t key = intern_code(b, m1, (size_t)(m2 - m1 + 1));
        const char *alts = NULL;
        for (size_t i = 0; i + 1 < b->macro.n; i += 2)
            if (b->macro.p[i] == key) alts = b->str.p + b->word.p[b->macro.p[i + 1]];
        if (!alts) { warn(b, "unknown substitution %s", "macro"); return; }
        char *copy = tc_mem_strdup(b->A, alts);
        if (!copy) { b->oom = true; return; }
        for (char *tok = copy, *sp; tok; tok = sp) {
            sp = strchr(tok, ',');
            if (sp) *sp++ = 0;
            while (*tok == ' ') tok++;
            size_t tl = strlen(tok);
            while (tl && tok[tl - 1] == ' ') tok[--tl] = 0;
            if (!tl) continue;
            char buf[512];
            snprintf(buf, sizeof buf, "%.*s%s%s", (int)(m1 - name), name, tok, m2 + 1);
            /* macro alternatives already list their plural forms */
            add_agent_expanded(b, buf, code, "", depth + 1);
        }
        tc_mem_free(b->A, copy);
        return;
    }
    size_t n = strlen(name);
    add_agent(b, name, n, code);
    if (plurals == NULL) {
        char pl[512];
        plural_of(name, n, pl, sizeof pl);
        if (pl[0]) add_agent(b, pl, strlen(pl), code);
    } else {
        char *copy = tc_mem_strdup(b->A, plurals);
        if (!copy) { b->oom = true; return; }
        for (char *tok = strtok(copy, " \t"); tok; tok = strtok(NULL, " \t")) add_agent(b, tok, strlen(tok), code);
        tc_mem_free(b->A, copy);
    }
}

static int read_agents(builder *b, const char *path, char *err, size_t errlen) {
    linerd r;
    int rc = open_file(b, &r, path, err, errlen);
    if (rc) return rc;
    char *s;
    while ((s = next_line(b, &r, true)) && !b->oom) {
        if (blank(s)) continue;
        char *p = s;
        while (*p && isspace((unsigned char)*p)) p++;
        char *mend = *p == '!' ? strchr(p + 1, '!') : NULL;
        char *after = mend ? mend + 1 : NULL;
        while (after && (*after == ' ' || *after == '\t')) after++;
        if (after && *after == '=') {
            char *e = mend, *eq = after;
            uint32_t key = intern_code(b, p, (size_t)(e - p + 1));
            char *v = eq + 1;
            while (*v == ' ' || *v == '\t') v++;
            char up[512];
            size_t vn = strlen(v);
            if (vn >= sizeof up) { warn(b, "%s", "substitution too long"); continue; }
            for (size_t i = 0; i <= vn; i++) up[i] = (char)toupper((unsigned char)v[i]);
            uint32_t val = intern_raw(b, up, vn);
            vpush(b, &b->macro, key);
            vpush(b, &b->macro, val);
            continue;
        }
        char *br = strchr(p, '[');
        char *be = br ? strchr(br, ']') : NULL;
        if (!br || !be) { warn(b, "%s", "agent entry without a [code]"); continue; }
        char codebuf[64];
        size_t cl = (size_t)(be - br - 1);
        if (cl >= sizeof codebuf) { warn(b, "%s", "agent code too long"); continue; }
        memcpy(codebuf, br + 1, cl);
        codebuf[cl] = 0;
        /* remove inner blanks: "[ ~COP]", "[  NGO~]" */
        char *w = codebuf;
        for (char *q = codebuf; *q; q++) if (!isspace((unsigned char)*q)) *w++ = *q;
        *w = 0;
        if (!strchr(codebuf, '~')) { warn(b, "agent code '%s' lacks '~'", codebuf); continue; }
        uint32_t code = intern_code(b, codebuf, strlen(codebuf));
        char *brace = strchr(p, '{');
        char *bend = brace ? strchr(brace, '}') : NULL;
        if (brace && (!bend || bend > br)) { warn(b, "%s", "malformed {plurals}"); continue; }
        char *nameend = brace ? brace : br;
        char name[512];
        size_t nl = (size_t)(nameend - p);
        while (nl && isspace((unsigned char)p[nl - 1])) nl--;
        if (nl == 0 || nl >= sizeof name) { warn(b, "%s", "bad agent name"); continue; }
        memcpy(name, p, nl);
        name[nl] = 0;
        char plur[512];
        const char *pl = NULL;
        if (brace) {
            size_t pn = (size_t)(bend - brace - 1);
            if (pn >= sizeof plur) pn = sizeof plur - 1;
            memcpy(plur, brace + 1, pn);
            plur[pn] = 0;
            pl = plur;
        }
        add_agent_expanded(b, name, code, pl, 0);
    }
    close_file(&r);
    return b->oom ? TC_NOMEM : TC_OK;
}

/* ---- discards -------------------------------------------------------- */

static int read_discards(builder *b, const char *path, char *err, size_t errlen) {
    linerd r;
    int rc = open_file(b, &r, path, err, errlen);
    if (rc) return rc;
    char *s;
    while ((s = next_line(b, &r, true)) && !b->oom) {
        if (blank(s)) continue;
        char *p = s;
        while (*p && isspace((unsigned char)*p)) p++;
        uint32_t flags = 0;
        if (*p == '+') { flags = 1; p++; }
        char *semi = strchr(p, ';');
        if (semi) *semi = 0;
        uint32_t off;
        int k = push_phrase(b, p, strlen(p), &off);
        if (k <= 0) { if (!b->oom) warn(b, "%s", "empty discard entry"); continue; }
        vec *d = &b->sec[TC_DS_DISC];
        vpush(b, d, off); vpush(b, d, (uint32_t)k); vpush(b, d, flags);
    }
    close_file(&r);
    return b->oom ? TC_NOMEM : TC_OK;
}

/* ---- ontology (PICO) ------------------------------------------------- */

static bool parse_pico_value(const char *s, int32_t *out) {
    long long v = 0;
    const char *p = s;
    bool any = false;
    while (*p) {
        while (*p == ' ' || *p == '\t') p++;
        if (!*p) break;
        int sign = 1;
        if (*p == '+') p++;
        else if (*p == '-') { sign = -1; p++; }
        else if (any) return false;
        char *e;
        errno = 0;
        long long t = strtoll(p, &e, 0);
        if (e == p || errno) return false;
        v += sign * t;
        p = e;
        any = true;
    }
    if (!any || v < -0x3fffffffLL || v > 0x3fffffffLL) return false;
    *out = (int32_t)v;
    return true;
}

static int read_pico(builder *b, const char *path, char *err, size_t errlen) {
    linerd r;
    int rc = open_file(b, &r, path, err, errlen);
    if (rc) return rc;
    char *s;
    while ((s = next_line(b, &r, true)) && !b->oom) {
        if (blank(s) || isspace((unsigned char)s[0])) continue;
        char *colon = strchr(s, ':');
        if (!colon) { warn(b, "%s", "ontology line without ':'"); continue; }
        int32_t v;
        if (!parse_pico_value(colon + 1, &v)) { warn(b, "malformed ontology value '%s'", colon + 1); continue; }
        uint32_t code = intern_code(b, s, (size_t)(colon - s));
        if (!code) { warn(b, "%s", "empty ontology code"); continue; }
        vpush(b, &b->sec[TC_DS_PICO], code);
        vpush(b, &b->sec[TC_DS_PICO], (uint32_t)v + TC_PICO_BIAS);
    }
    close_file(&r);
    return b->oom ? TC_NOMEM : TC_OK;
}

/* ---- verbs ----------------------------------------------------------- */

/* Adds one verb form: words split on '_'/blank, the word starting with '+'
   (or the first) is the verb.  code 0 = group's. */
static void add_verb_form(builder *b, const char *s, size_t n, uint32_t group, uint32_t code) {
    vec *q = &b->sec[TC_DS_SEQ];
    uint32_t off = (uint32_t)q->n;
    int k = 0, head = -1;
    size_t i = 0;
    while (i < n && !b->oom) {
        while (i < n && (s[i] == '_' || isspace((unsigned char)s[i]))) i++;
        size_t j = i;
        while (j < n && s[j] != '_' && !isspace((unsigned char)s[j])) j++;
        if (j > i) {
            size_t a = i;
            bool plus = s[a] == '+';
            if (plus) a++;
            if (j > a) {
                /* a bare "+" marks no word: it must not point past the last */
                if (plus && head < 0) head = k;
                uint32_t id = intern_word(b, s + a, j - a);
                if (!id || !vpush(b, q, id)) return;
                k++;
            }
        }
        i = j;
    }
    if (k == 0) { if (!b->oom) warn(b, "%s", "empty verb form"); return; }
    if (head < 0) head = 0;
    vec *v = &b->sec[TC_DS_VERB];
    vpush(b, v, off); vpush(b, v, (uint32_t)k); vpush(b, v, (uint32_t)head);
    vpush(b, v, group); vpush(b, v, code);
}

/* Regular inflections of an upper-case verb: -S/-ES/-IES, -ED/-D/-IED, -ING. */
static void add_regular_forms(builder *b, const char *form, size_t n, uint32_t group, uint32_t code, bool past) {
    /* the verb word is the '+'-marked one, or the first */
    const char *plus = memchr(form, '+', n);
    size_t vb = plus ? (size_t)(plus - form) + 1 : 0, ve = vb;
    while (ve < n && form[ve] != '_' && !isspace((unsigned char)form[ve])) ve++;
    size_t vl = ve - vb;
    if (vl < 2 || vl > 60) return;
    const char *w = form + vb;
    char last = (char)toupper((unsigned char)w[vl - 1]);
    char prev = (char)toupper((unsigned char)w[vl - 2]);
    char suf[3][80];
    bool cy = last == 'Y' && !strchr("AEIOU", prev);
    bool es = last == 'S' || last == 'X' || last == 'Z' || last == 'O' || (last == 'H' && (prev == 'C' || prev == 'S'));
    snprintf(suf[0], sizeof suf[0], "%.*s%s", (int)(cy ? vl - 1 : vl), w, cy ? "IES" : es ? "ES" : "S");
    snprintf(suf[1], sizeof suf[1], "%.*s%s", (int)(cy || last == 'E' ? vl - 1 : vl), w, cy ? "IED" : "ED");
    snprintf(suf[2], sizeof suf[2], "%.*s%s", (int)(last == 'E' && prev != 'E' ? vl - 1 : vl), w, "ING");
    for (int i = 0; i < 3; i++) {
        if (i == 1 && !past) continue;
        char buf[300];
        snprintf(buf, sizeof buf, "%.*s%s%s%.*s", (int)vb, form, plus ? "" : "", suf[i], (int)(n - ve), form + ve);
        /* keep the '+' marker before the verb when there was one */
        if (plus) {
            char buf2[300];
            snprintf(buf2, sizeof buf2, "%.*s%s%.*s", (int)vb, form, suf[i], (int)(n - ve), form + ve);
            add_verb_form(b, buf2, strlen(buf2), group, code);
        } else {
            add_verb_form(b, buf, strlen(buf), group, code);
        }
    }
}

/* Encodes the pattern part of a line (between '-' and '[') into SEQ. */
static int push_pattern(builder *b, const char *s, size_t n, uint32_t *off) {
    vec *q = &b->sec[TC_DS_SEQ];
    *off = (uint32_t)q->n;
    int k = 0;
    size_t i = 0;
    bool join = false;
    while (i < n && !b->oom) {
        char c = s[i];
        if (isspace((unsigned char)c)) { i++; join = false; continue; }
        if (c == '_') { i++; join = true; continue; }
        uint32_t tok = 0;
        if (strchr("*$+%^(){}|", c)) {
            int kind = c == '*' ? TC_PT_VERB : c == '$' ? TC_PT_SRC : c == '+' ? TC_PT_TGT : c == '%' ? TC_PT_BOTH
                     : c == '^' ? TC_PT_SKIP : c == '(' ? TC_PT_LPAR : c == ')' ? TC_PT_RPAR
                     : c == '{' ? TC_PT_LBRACE : c == '}' ? TC_PT_RBRACE : TC_PT_OR;
            tok = TC_PT_MAKE(kind, join, 0);
            i++;
        } else {
            size_t j = i;
            while (j < n && !isspace((unsigned char)s[j]) && s[j] != '_' && !strchr("*$%^(){}|", s[j])) j++;
            /* a '+' inside a word is a target marker only at the start */
            if (c == '&') {
                uint32_t id = intern_code(b, s + i, j - i);
                tok = TC_PT_MAKE(TC_PT_SYN, join, id); /* name id; resolved later */
            } else {
                uint32_t id = intern_word(b, s + i, j - i);
                if (!id) return -1;
                tok = TC_PT_MAKE(TC_PT_WORD, join, id);
            }
            i = j;
        }
        if (!vpush(b, q, tok)) return -1;
        k++;
        join = false;
    }
    return k;
}

/* The code of verb NAME as the verb dictionary lists it (its own [code] or
   its group's), 0 if no single-word verb form NAME exists. */
static uint32_t verb_code_of(builder *b, const char *name, size_t n) {
    uint32_t w = intern_word(b, name, n);
    const vec *v = &b->sec[TC_DS_VERB];
    for (size_t i = 0; w && i + TC_VERB_W <= v->n; i += TC_VERB_W) {
        const uint32_t *e = v->p + i;
        if (e[1] != 1 || b->sec[TC_DS_SEQ].p[e[0]] != w) continue;
        return e[4] ? e[4] : b->sec[TC_DS_GROUP].p[e[3] * TC_GROUP_W + 1];
    }
    return 0;
}

static int xvar(const char *t) {
    if (!strcmp(t, "_")) return TC_XV_NONE;
    if (!strcmp(t, "a")) return TC_XV_A;
    if (!strcmp(t, "b")) return TC_XV_B;
    if (!strcmp(t, ".")) return TC_XV_ANY;
    return -1;
}

/*
 * A verb transformation line (PETRARCH-2's CAMEO.2.0.txt ends with them):
 *   ~ a (a b ATTACK) SAY = a b 015
 * "a says that a attacked b" is coded a b 015.  Inside the parentheses: the
 * lower event's source and target variables and its verb; after them the
 * upper verb; after '=' the result.  Verbs are verb-dictionary words (their
 * codes are looked up now: the lines follow the verbs) or Q, any lower verb;
 * the result code is a CAMEO code or Q, the lower verb's code.
 */
static void read_transformation(builder *b, const char *p) {
    char tmp[256];
    size_t n = 0;
    for (p++; *p && n + 1 < sizeof tmp; p++) tmp[n++] = (*p == '(' || *p == ')') ? ' ' : *p;
    tmp[n] = 0;
    char *tok[12];
    int nt = 0;
    for (char *t = strtok(tmp, " \t\r\n"); t && nt < 12; t = strtok(NULL, " \t\r\n")) tok[nt++] = t;
    /* a x y INNER OUTER = r s CODE */
    if (nt != 9 || strcmp(tok[0], "a") || strcmp(tok[5], "=")) { warn(b, "%s", "malformed transformation (expected 'a (x y VERB) VERB = x y CODE')"); return; }
    int v1 = xvar(tok[1]), v2 = xvar(tok[2]), r1 = xvar(tok[6]), r2 = xvar(tok[7]);
    if (v1 < 0 || v2 < 0 || r1 <= 0 || r2 <= 0 || r1 == TC_XV_ANY || r2 == TC_XV_ANY) { warn(b, "%s", "transformation with an unknown variable"); return; }
    uint32_t inner = 0, outer, code = 0;
    if (strcmp(tok[3], "Q") && !(inner = verb_code_of(b, tok[3], strlen(tok[3])))) { warn(b, "transformation names unknown verb %s", tok[3]); return; }
    if (!(outer = verb_code_of(b, tok[4], strlen(tok[4])))) { warn(b, "transformation names unknown verb %s", tok[4]); return; }
    if (strcmp(tok[8], "Q") && !(code = intern_code(b, tok[8], strlen(tok[8])))) return;
    vec *x = &b->sec[TC_DS_XFORM];
    vpush(b, x, outer); vpush(b, x, inner); vpush(b, x, (uint32_t)v1); vpush(b, x, (uint32_t)v2);
    vpush(b, x, (uint32_t)r1); vpush(b, x, (uint32_t)r2); vpush(b, x, code); vpush(b, x, (uint32_t)b->line);
}

static int read_verbs(builder *b, const char *path, char *err, size_t errlen) {
    linerd r;
    int rc = open_file(b, &r, path, err, errlen);
    if (rc) return rc;
    char *s;
    uint32_t group = UINT32_MAX;
    bool in_syn = false;
    while ((s = next_line(b, &r, true)) && !b->oom) {
        if (blank(s)) continue; /* comment lines may sit inside a synset */
        char *p = s;
        while (*p && isspace((unsigned char)*p)) p++;
        if (*p == '&') {
            size_t nl = 0;
            while (p[nl] && !isspace((unsigned char)p[nl])) nl++;
            uint32_t name = intern_code(b, p, nl);
            vec *sy = &b->sec[TC_DS_SYN];
            vpush(b, sy, name);
            vpush(b, sy, (uint32_t)(b->sec[TC_DS_SYNMEM].n / TC_SYNMEM_W));
            vpush(b, sy, 0);
            in_syn = true;
            continue;
        }
        if (in_syn && *p == '+') {
            vec *sy = &b->sec[TC_DS_SYN];
            p++;
            /* member: words, maybe in parentheses, or a nested &SYNSET */
            char tmp[512];
            size_t tn = 0;
            for (; *p && tn + 1 < sizeof tmp; p++)
                if (*p != '(' && *p != ')') tmp[tn++] = *p;
            tmp[tn] = 0;
            uint32_t off;
            int k;
            char *t = tmp;
            while (*t == ' ') t++;
            if (*t == '&') {
                /* nested synset: stored as a one-token sequence marked SYN */
                size_t nl = 0;
                while (t[nl] && !isspace((unsigned char)t[nl])) nl++;
                off = (uint32_t)b->sec[TC_DS_SEQ].n;
                vpush(b, &b->sec[TC_DS_SEQ], TC_PT_MAKE(TC_PT_SYN, 0, intern_code(b, t, nl)));
                k = 1;
            } else {
                k = push_phrase(b, t, strlen(t), &off);
                /* plain words are stored as TC_PT_WORD tokens too, so synset
                   members and patterns use one encoding */
                for (int i = 0; i < k; i++) {
                    uint32_t *x = &b->sec[TC_DS_SEQ].p[off + (uint32_t)i];
                    *x = TC_PT_MAKE(TC_PT_WORD, i > 0, *x);
                }
            }
            if (k <= 0) { if (!b->oom) warn(b, "%s", "empty synset member"); continue; }
            vpush(b, &b->sec[TC_DS_SYNMEM], off);
            vpush(b, &b->sec[TC_DS_SYNMEM], (uint32_t)k);
            sy->p[sy->n - 1]++;
            continue;
        }
        in_syn = false;
        if (*p == '~') {
            read_transformation(b, p);
            continue;
        }
        if (p[0] == '-' && p[1] == '-' && p[2] == '-') {
            /* group header: --- NAME [code] --- */
            char *q = p + 3;
            while (*q == ' ' || *q == '\t') q++;
            char *ne = q;
            while (*ne && !isspace((unsigned char)*ne) && *ne != '[') ne++;
            char *br = strchr(q, '['), *be = br ? strchr(br, ']') : NULL;
            if (!br || !be || ne == q) { warn(b, "%s", "malformed verb group header"); group = UINT32_MAX; continue; }
            vec *g = &b->sec[TC_DS_GROUP];
            group = (uint32_t)(g->n / TC_GROUP_W);
            vpush(b, g, intern_code(b, q, (size_t)(ne - q)));
            vpush(b, g, intern_code(b, br + 1, (size_t)(be - br - 1)));
            vpush(b, g, (uint32_t)(b->sec[TC_DS_PAT].n / TC_PAT_W));
            vpush(b, g, 0);
            continue;
        }
        if (group == UINT32_MAX) { warn(b, "%s", "line outside any verb group"); continue; }
        if (*p == '-' || *p == '*') {
            /* pattern */
            char *q = *p == '-' ? p + 1 : p;
            char *br = strrchr(q, '['), *be = br ? strchr(br, ']') : NULL;
            if (!br || !be) { warn(b, "%s", "pattern without a [code]"); continue; }
            uint32_t off;
            int k = push_pattern(b, q, (size_t)(br - q), &off);
            if (k < 0) continue;
            int nverb = 0;
            for (int i = 0; i < k; i++)
                if (TC_PT_KIND(b->sec[TC_DS_SEQ].p[off + (uint32_t)i]) == TC_PT_VERB) nverb++;
            if (nverb != 1) { warn(b, "%s", "pattern must contain exactly one '*'"); b->sec[TC_DS_SEQ].n = off; continue; }
            uint32_t code = intern_code(b, br + 1, (size_t)(be - br - 1));
            if (!code) { warn(b, "%s", "empty pattern code"); continue; }
            vec *pt = &b->sec[TC_DS_PAT];
            vpush(b, pt, off); vpush(b, pt, (uint32_t)k); vpush(b, pt, code); vpush(b, pt, (uint32_t)b->line);
            b->sec[TC_DS_GROUP].p[group * TC_GROUP_W + 3]++;
            continue;
        }
        /* verb form line: FORM {IRREGULAR FORMS} [code] */
        char *brace = strchr(p, '{'), *bend = brace ? strchr(brace, '}') : NULL;
        char *br = strchr(bend ? bend : p, '['), *be = br ? strchr(br, ']') : NULL;
        if (brace && !bend) { warn(b, "%s", "unterminated '{'"); continue; }
        if (br && !be) { warn(b, "%s", "unterminated '['"); continue; }
        uint32_t code = br ? intern_code(b, br + 1, (size_t)(be - br - 1)) : 0;
        char *fe = brace ? brace : br ? br : p + strlen(p);
        size_t fl = (size_t)(fe - p);
        while (fl && isspace((unsigned char)p[fl - 1])) fl--;
        if (!fl) { warn(b, "%s", "empty verb form"); continue; }
        add_verb_form(b, p, fl, group, code);
        if (brace) {
            char *q = brace + 1;
            while (q < bend) {
                while (q < bend && isspace((unsigned char)*q)) q++;
                char *e = q;
                while (e < bend && !isspace((unsigned char)*e)) e++;
                if (e > q) add_verb_form(b, q, (size_t)(e - q), group, code);
                q = e;
            }
        }
        /* generated regular forms as well: lemma matching covers most, but
           forms help when a parse's lemma is off.  Listed irregular forms
           replace the generated past tense. */
        add_regular_forms(b, p, fl, group, code, brace == NULL);
    }
    close_file(&r);
    return b->oom ? TC_NOMEM : TC_OK;
}

/* Resolves synset names in pattern and member tokens to synset indexes. */
static void resolve_synsets(builder *b) {
    vec *sy = &b->sec[TC_DS_SYN];
    size_t nsyn = sy->n / TC_SYN_W;
    vec *q = &b->sec[TC_DS_SEQ];
    for (size_t i = 0; i < q->n; i++) {
        /* only SEQ runs referenced by patterns/members hold tokens; plain
           phrases hold bare word ids whose top bits are 0, so kind 0 */
        uint32_t t = q->p[i];
        (void)t;
    }
    /* walk patterns */
    vec *pt = &b->sec[TC_DS_PAT];
    for (int pass = 0; pass < 2; pass++) {
        vec *src = pass == 0 ? pt : &b->sec[TC_DS_SYNMEM];
        size_t w = pass == 0 ? TC_PAT_W : TC_SYNMEM_W;
        for (size_t i = 0; i + w <= src->n; i += w) {
            uint32_t off = src->p[i], len = src->p[i + 1];
            for (uint32_t k = 0; k < len; k++) {
                uint32_t *x = &q->p[off + k];
                if (TC_PT_KIND(*x) != TC_PT_SYN) continue;
                uint32_t name = TC_PT_VAL(*x);
                size_t found = SIZE_MAX;
                for (size_t s = 0; s < nsyn; s++)
                    if (sy->p[s * TC_SYN_W] == name) found = s;
                if (found == SIZE_MAX) {
                    const char *nm = b->str.p + b->word.p[name];
                    b->line = pass == 0 ? (int)pt->p[i + 3] : 0;
                    warn(b, "unknown synset %s (never matches)", nm);
                    found = 0x07ffffff;
                }
                *x = TC_PT_MAKE(TC_PT_SYN, TC_PT_JOIN(*x), (uint32_t)found);
            }
        }
    }
    /* a synset reference no pattern or member reached (tokens of an entry
       dropped after they were stored) still holds a name id, which the
       loader refuses as out of range (found by fuzzing): it never matches */
    for (size_t i = 0; i < q->n; i++)
        if (TC_PT_KIND(q->p[i]) == TC_PT_SYN && TC_PT_VAL(q->p[i]) >= nsyn && TC_PT_VAL(q->p[i]) != 0x07ffffffu)
            q->p[i] = TC_PT_MAKE(TC_PT_SYN, TC_PT_JOIN(q->p[i]), 0x07ffffffu);
}

/* ---- finishing: CSR indexes ------------------------------------------- */

static int cmp_u64(const void *a, const void *b) {
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

/* Builds the CSR index (I: nwords+1 offsets, L: entry numbers) of a record
   section keyed by the word at SEQ[seq + (head field or 0)], longest first. */
static void build_index(builder *b, int rec, size_t width, int head_field, int isec) {
    vec *R = &b->sec[rec], *I = &b->sec[isec], *L = &b->sec[isec + 1];
    size_t nrec = R->n / width, nw = b->word.n;
    uint64_t *keys = tc_mem_calloc(b->A, nrec ? nrec : 1, sizeof *keys);
    if (!keys) { b->oom = true; return; }
    for (size_t i = 0; i < nrec; i++) {
        const uint32_t *e = R->p + i * width;
        uint32_t pos = head_field >= 0 ? e[head_field] : 0;
        uint32_t w = b->sec[TC_DS_SEQ].p[e[0] + pos];
        keys[i] = (uint64_t)w << 40 | (uint64_t)(255 - (e[1] & 255)) << 32 | i;
    }
    qsort(keys, nrec, sizeof *keys, cmp_u64);
    I->n = 0;
    L->n = 0;
    size_t k = 0;
    for (size_t w = 0; w <= nw && !b->oom; w++) {
        vpush(b, I, (uint32_t)k);
        while (k < nrec && (keys[k] >> 40) == w) { vpush(b, L, (uint32_t)(keys[k] & 0xffffffffu)); k++; }
    }
    tc_mem_free(b->A, keys);
}

static void builder_free(builder *b) {
    tc_buf_free(&b->str);
    tc_buf_free(&b->tmp);
    tc_mem_free(b->A, b->word.p);
    tc_mem_free(b->A, b->hash.p);
    tc_mem_free(b->A, b->macro.p);
    for (int i = 0; i < TC_DS_COUNT; i++) tc_mem_free(b->A, b->sec[i].p);
}

void tc_dict_free(tc_dict *d) {
    if (!d) return;
    const tc_alloc *A = d->A;
    if (d->owns_sections)
        for (int i = 0; i < TC_DS_COUNT; i++) tc_mem_free(A, d->sec[i]);
    tc_mem_free(A, d->block);
    tc_mem_free(A, d->htag);
    tc_mem_free(A, d->pico_ix);
    tc_mem_free(A, d);
}

int tc_dict_build(tc_dict **out, const tc_alloc *A, const tc_logger *lg, const char *verbs,
                  const char *const *actors, size_t nactors, const char *agents,
                  const char *discards, const char *pico, char *err, size_t errlen) {
    builder b;
    memset(&b, 0, sizeof b);
    b.A = A;
    b.lg = lg;
    tc_buf_init(&b.str, A);
    tc_buf_init(&b.tmp, A);
    int rc = TC_OK;
    tc_dict *d = NULL;
    *out = NULL;
    if (err && errlen) err[0] = 0;
    /* id 0 is the empty string */
    vpush(&b, &b.word, 0);
    if (!tc_buf_addc(&b.str, 0)) b.oom = true;
    if (b.oom) { rc = TC_NOMEM; goto fail; }
    if (verbs && (rc = read_verbs(&b, verbs, err, errlen))) goto fail;
    size_t *actor_end = nactors ? tc_mem_calloc(A, nactors, sizeof *actor_end) : NULL;
    if (nactors && !actor_end) { rc = TC_NOMEM; goto fail; }
    for (size_t i = 0; i < nactors; i++) {
        if (actors[i] && (rc = read_actors(&b, actors[i], err, errlen))) { tc_mem_free(A, actor_end); goto fail; }
        actor_end[i] = b.sec[TC_DS_ACTOR].n / TC_ACTOR_W;
    }
    bool overridden = override_actor_names(&b, actor_end, nactors);
    tc_mem_free(A, actor_end);
    if (!overridden) { rc = TC_NOMEM; goto fail; }
    if (agents && (rc = read_agents(&b, agents, err, errlen))) goto fail;
    if (discards && (rc = read_discards(&b, discards, err, errlen))) goto fail;
    if (pico && (rc = read_pico(&b, pico, err, errlen))) goto fail;
    b.file = verbs ? verbs : "(verbs)";
    resolve_synsets(&b);
    build_index(&b, TC_DS_ACTOR, TC_ACTOR_W, -1, TC_DS_IACTOR);
    build_index(&b, TC_DS_AGENT, TC_AGENT_W, -1, TC_DS_IAGENT);
    build_index(&b, TC_DS_VERB, TC_VERB_W, 2, TC_DS_IVERB);
    build_index(&b, TC_DS_DISC, TC_DISC_W, -1, TC_DS_IDISC);
    if (b.oom || b.str.oom) { rc = TC_NOMEM; goto fail; }
    d = tc_mem_calloc(A, 1, sizeof *d);
    if (!d) { rc = TC_NOMEM; goto fail; }
    d->A = A;
    d->owns_sections = true;
    d->nwords = (uint32_t)b.word.n;
    /* hand the arrays over */
    d->sec[TC_DS_STR] = (uint32_t *)(void *)b.str.p;
    d->n[TC_DS_STR] = (uint32_t)b.str.n;
    b.str.p = NULL;
    d->sec[TC_DS_WORD] = b.word.p; d->n[TC_DS_WORD] = (uint32_t)b.word.n; b.word.p = NULL;
    d->sec[TC_DS_WHASH] = b.hash.p; d->n[TC_DS_WHASH] = (uint32_t)b.hash.n; b.hash.p = NULL;
    for (int i = TC_DS_SEQ; i < TC_DS_COUNT; i++) {
        d->sec[i] = b.sec[i].p;
        d->n[i] = (uint32_t)b.sec[i].n;
        b.sec[i].p = NULL;
    }
    if (!tc_dict_index(d)) {
        tc_dict_free(d);
        rc = TC_NOMEM;
        goto fail;
    }
    builder_free(&b);
    *out = d;
    return TC_OK;
fail:
    if (rc == TC_NOMEM && err && errlen) snprintf(err, errlen, "out of memory");
    builder_free(&b);
    return rc;
}

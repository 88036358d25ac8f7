/*
 * ontology.c -- loads data/crosswalk/cameo.tsv (written by
 * tools/crosswalk.sh) into an immutable, sorted array of tc_cameo rows and
 * looks codes up by binary search.
 *
 * Why a sorted array and not a hash: ~320 rows, looked up a few times per
 * event; a binary search over 9 string compares is as fast as anything else
 * here and makes the "fall back to the parent code" rule trivial (truncate
 * and search again).  The whole text is copied into one block and split in
 * place, so a loaded table is two allocations and every string in it lives
 * as long as the table.  Numbers are parsed by hand so the C locale's
 * decimal point never matters.
 */
#include "code/ontology.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

struct tc_ontology {
    tc_alloc alloc;
    bool has_alloc;
    char *text;      /* the copied TSV, split in place */
    tc_cameo *rows;  /* sorted by code, unique */
    size_t n;
};

#define ONTO_FIELDS 11 /* the last ("note") may be missing */

static const tc_alloc *onto_A(const tc_ontology *o) { return o->has_alloc ? &o->alloc : NULL; }

int tc_cameo_quad_of_root(const char *r) {
    if (!r || r[0] < '0' || r[0] > '2' || r[1] < '0' || r[1] > '9' || r[2]) return 0;
    int v = (r[0] - '0') * 10 + (r[1] - '0');
    if (v < 1 || v > 20) return 0;
    return v <= 5 ? 1 : v <= 8 ? 2 : v <= 13 ? 3 : 4;
}

/* 2-4 ASCII digits whose first two form a root 01..20. */
static bool code_ok(const char *c) {
    size_t k = 0;
    while (c[k] >= '0' && c[k] <= '9') k++;
    if (c[k] || k < 2 || k > 4) return false;
    char r[3] = {c[0], c[1], 0};
    return tc_cameo_quad_of_root(r) != 0;
}

/* "-9.5" -> -9.5; optional sign, digits, optional fraction; nothing else. */
static bool parse_decimal(const char *s, double *out) {
    bool neg = false;
    if (*s == '-' || *s == '+') neg = *s++ == '-';
    double v = 0, scale = 1;
    int digits = 0;
    while (*s >= '0' && *s <= '9') { v = v * 10 + (*s++ - '0'); digits++; }
    if (*s == '.') {
        s++;
        while (*s >= '0' && *s <= '9') { v = v * 10 + (*s++ - '0'); scale *= 10; digits++; }
    }
    if (*s || digits == 0 || digits > 12) return false;
    *out = (neg ? -v : v) / scale;
    return true;
}

typedef struct onto_tmp { tc_cameo row; int line; } onto_tmp;

static int cmp_tmp(const void *a, const void *b) {
    const onto_tmp *x = a, *y = b;
    int c = strcmp(x->row.code, y->row.code);
    return c ? c : (x->line > y->line) - (x->line < y->line);
}


int tc_ontology_parse(tc_ontology **out, const char *s, size_t n, const char *fname,
                      const tc_alloc *A, const tc_logger *lg) {
    int rc = TC_NOMEM;
    onto_tmp *tmp = NULL;
    tc_ontology *o = NULL;
    if (!out) return TC_MISUSE;
    *out = NULL;
    if (!s && n) return TC_MISUSE;
    if (!fname) fname = "<ontology>";
    o = tc_mem_calloc(A, 1, sizeof *o);
    if (!o) goto fail;
    if (A) { o->alloc = *A; o->has_alloc = true; }
    o->text = tc_mem_alloc(A, n + 1);
    if (!o->text) goto fail;
    if (n) memcpy(o->text, s, n);
    o->text[n] = 0;

    /* Upper bound on rows: number of newlines + 1. */
    size_t cap = 1;
    for (size_t i = 0; i < n; i++) cap += o->text[i] == '\n';
    tmp = tc_mem_calloc(A, cap, sizeof *tmp);
    if (!tmp) goto fail;

    size_t nt = 0;
    int line = 0;
    bool seen_header = false;
    char *p = o->text, *end = o->text + n;
    while (p < end) {
        char *nl = memchr(p, '\n', (size_t)(end - p));
        char *le = nl ? nl : end;
        char *ln = p;
        bool has_nul = memchr(ln, 0, (size_t)(le - ln)) != NULL;
        *le = 0;
        if (le > ln && le[-1] == '\r') le[-1] = 0;
        p = le + 1;
        line++;
        if (has_nul) {
            tc_log(lg, 1, "%s:%d: NUL byte in line; row skipped", fname, line);
            continue;
        }
        if (!*ln || *ln == '#') continue;
        if (!seen_header && strncmp(ln, "code\t", 5) == 0) { seen_header = true; continue; }
        seen_header = true;
        char *f[ONTO_FIELDS];
        int nf = tc_split_tabs(ln, f, ONTO_FIELDS);
        if (nf < ONTO_FIELDS - 1 || nf > ONTO_FIELDS) {
            tc_log(lg, 1, "%s:%d: %d fields, expected %d or %d; row skipped", fname, line, nf,
                   ONTO_FIELDS - 1, ONTO_FIELDS);
            continue;
        }
        tc_cameo *r = &tmp[nt].row;
        if (!code_ok(f[0])) {
            tc_log(lg, 1, "%s:%d: bad CAMEO code \"%s\" (2-4 digits, root 01-20); row skipped", fname,
                   line, f[0]);
            continue;
        }
        if (!*f[1]) {
            tc_log(lg, 1, "%s:%d: code %s has no name; row skipped", fname, line, f[0]);
            continue;
        }
        if (strlen(f[2]) != 2 || strncmp(f[0], f[2], 2) != 0) {
            tc_log(lg, 1, "%s:%d: root \"%s\" is not the first two digits of %s; row skipped", fname,
                   line, f[2], f[0]);
            continue;
        }
        int q = tc_cameo_quad_of_root(f[2]);
        if (strlen(f[3]) != 1 || f[3][0] - '0' != q) {
            tc_log(lg, 1, "%s:%d: quad \"%s\" for root %s, expected %d; row skipped", fname, line,
                   f[3], f[2], q);
            continue;
        }
        double g;
        if (!parse_decimal(f[4], &g) || g < -10 || g > 10) {
            tc_log(lg, 1, "%s:%d: Goldstein score \"%s\" is not a number in [-10, 10]; row skipped",
                   fname, line, f[4]);
            continue;
        }
        r->code = f[0];
        r->name = f[1];
        r->root = f[2];
        r->quad = q;
        r->goldstein = g;
        r->plover = f[5];
        r->plover_mode = f[6];
        r->plover_context = f[7];
        r->acled_type = f[8];
        r->acled_subtype = f[9];
        tmp[nt].line = line;
        nt++;
    }

    qsort(tmp, nt, sizeof *tmp, cmp_tmp);
    o->rows = tc_mem_calloc(A, nt ? nt : 1, sizeof *o->rows);
    if (!o->rows) goto fail;
    for (size_t i = 0; i < nt; i++) {
        if (o->n && strcmp(o->rows[o->n - 1].code, tmp[i].row.code) == 0) {
            tc_log(lg, 1, "%s:%d: duplicate code %s (first on an earlier line); row skipped", fname,
                   tmp[i].line, tmp[i].row.code);
            continue;
        }
        o->rows[o->n++] = tmp[i].row;
    }
    if (o->n == 0) {
        tc_log(lg, 0, "%s: no valid CAMEO rows", fname);
        rc = TC_FORMAT;
        goto fail;
    }
    tc_mem_free(A, tmp);
    *out = o;
    return TC_OK;
fail:
    tc_mem_free(A, tmp);
    tc_ontology_free(o);
    return rc;
}

int tc_ontology_load(tc_ontology **out, const char *path, const tc_alloc *A, const tc_logger *lg) {
    if (!out || !path) return TC_MISUSE;
    *out = NULL;
    tc_map m;
    int rc = tc_map_file(&m, path, A);
    if (rc != TC_OK) {
        tc_log(lg, 0, "%s: cannot read CAMEO crosswalk", path);
        return rc;
    }
    rc = tc_ontology_parse(out, (const char *)m.p, m.n, path, A, lg);
    tc_unmap(&m);
    return rc;
}

void tc_ontology_free(tc_ontology *o) {
    if (!o) return;
    const tc_alloc *A = onto_A(o);
    tc_mem_free(A, o->rows);
    tc_mem_free(A, o->text);
    tc_mem_free(A, o);
}

size_t tc_ontology_count(const tc_ontology *o) { return o ? o->n : 0; }

const tc_cameo *tc_ontology_row(const tc_ontology *o, size_t i) {
    return o && i < o->n ? &o->rows[i] : NULL;
}

static const tc_cameo *find_n(const tc_ontology *o, const char *code, size_t k) {
    size_t lo = 0, hi = o->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const char *c = o->rows[mid].code;
        int cmp = strncmp(c, code, k);
        if (cmp == 0) cmp = c[k] != 0; /* c longer than the key sorts after it */
        if (cmp == 0) return &o->rows[mid];
        if (cmp < 0) lo = mid + 1;
        else hi = mid;
    }
    return NULL;
}

const tc_cameo *tc_ontology_find(const tc_ontology *o, const char *code) {
    if (!o || !code) return NULL;
    return find_n(o, code, strlen(code));
}

const tc_cameo *tc_ontology_lookup(const tc_ontology *o, const char *code) {
    if (!o || !code || !code_ok(code)) return NULL;
    for (size_t k = strlen(code); k >= 2; k--) {
        const tc_cameo *r = find_n(o, code, k);
        if (r) return r;
    }
    return NULL;
}

const char *tc_ontology_name(const tc_ontology *o, const char *code) {
    const tc_cameo *r = tc_ontology_lookup(o, code);
    return r ? r->name : NULL;
}
const char *tc_ontology_root(const tc_ontology *o, const char *code) {
    const tc_cameo *r = tc_ontology_lookup(o, code);
    return r ? r->root : NULL;
}
int tc_ontology_quad(const tc_ontology *o, const char *code) {
    const tc_cameo *r = tc_ontology_lookup(o, code);
    return r ? r->quad : 0;
}
double tc_ontology_goldstein(const tc_ontology *o, const char *code) {
    const tc_cameo *r = tc_ontology_lookup(o, code);
    return r ? r->goldstein : NAN;
}
const char *tc_ontology_plover(const tc_ontology *o, const char *code) {
    const tc_cameo *r = tc_ontology_lookup(o, code);
    return r ? r->plover : NULL;
}
const char *tc_ontology_plover_mode(const tc_ontology *o, const char *code) {
    const tc_cameo *r = tc_ontology_lookup(o, code);
    return r ? r->plover_mode : NULL;
}
const char *tc_ontology_acled_type(const tc_ontology *o, const char *code) {
    const tc_cameo *r = tc_ontology_lookup(o, code);
    return r ? r->acled_type : NULL;
}
const char *tc_ontology_acled_subtype(const tc_ontology *o, const char *code) {
    const tc_cameo *r = tc_ontology_lookup(o, code);
    return r ? r->acled_subtype : NULL;
}

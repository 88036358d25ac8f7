/*
 * eval.c -- scoring the recogniser on TimeML (.tml) files the way the
 * TempEval-3 entity scorer (evaluate_entities.py) does.
 *
 * The TEXT element's character data is the document; gold TIMEX3 spans are
 * byte offsets into it, and the DCT comes from the TIMEX3 whose
 * functionInDocument is CREATION_TIME.  Both sides are mapped to tokens
 * (alphanumeric runs, every other non-space character alone).  A gold
 * timex is matched (relaxed) when a system timex shares a token, strictly
 * when the token ranges are equal; attributes are compared with the first
 * overlapping system timex.  As in the scorer, attribute F1 = attribute
 * accuracy over relaxed gold matches x relaxed F1.
 */
#include "time/time.h"

#include <dirent.h>
#include <expat.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct gold_tx {
    uint32_t beg, end;
    char type[12];
    char value[32];
} gold_tx;

typedef struct tml {
    const tc_alloc *A;
    XML_Parser xp;
    tc_buf text;
    int in_text;
    gold_tx *g;
    size_t ng, capg;
    int open; /* index of the open TIMEX3 in g, -1 none */
    char dct[16];
    bool oom;
} tml;

static const char *attr(const XML_Char **a, const char *name) {
    for (; a && a[0]; a += 2)
        if (!strcmp(a[0], name)) return a[1];
    return NULL;
}

static void XMLCALL on_start(void *ud, const XML_Char *name, const XML_Char **a) {
    tml *t = ud;
    if (!strcmp(name, "TEXT")) { t->in_text++; return; }
    if (strcmp(name, "TIMEX3")) return;
    const char *fn = attr(a, "functionInDocument");
    if (fn && !strcmp(fn, "CREATION_TIME")) {
        const char *v = attr(a, "value");
        if (v) snprintf(t->dct, sizeof t->dct, "%.10s", v);
        return;
    }
    if (!t->in_text) return;
    if (t->ng == t->capg) {
        size_t nc = t->capg ? 2 * t->capg : 64;
        gold_tx *ng = tc_mem_realloc(t->A, t->g, nc * sizeof *ng);
        if (!ng) { t->oom = true; XML_StopParser(t->xp, XML_FALSE); return; }
        t->g = ng;
        t->capg = nc;
    }
    gold_tx *g = &t->g[t->ng];
    memset(g, 0, sizeof *g);
    g->beg = (uint32_t)t->text.n;
    const char *ty = attr(a, "type"), *v = attr(a, "value");
    snprintf(g->type, sizeof g->type, "%s", ty ? ty : "");
    snprintf(g->value, sizeof g->value, "%s", v ? v : "");
    t->open = (int)t->ng++;
}

static void XMLCALL on_end(void *ud, const XML_Char *name) {
    tml *t = ud;
    if (!strcmp(name, "TEXT")) { if (t->in_text) t->in_text--; return; }
    if (!strcmp(name, "TIMEX3") && t->open >= 0) {
        t->g[t->open].end = (uint32_t)t->text.n;
        t->open = -1;
    }
}

static void XMLCALL on_chars(void *ud, const XML_Char *s, int len) {
    tml *t = ud;
    if (t->in_text && !tc_buf_add(&t->text, s, (size_t)len)) {
        t->oom = true;
        XML_StopParser(t->xp, XML_FALSE);
    }
}

/* token ranges of the text: alnum runs (and UTF-8 letters), single others */
typedef struct span { uint32_t b, e; } span;

static size_t tokenize(const char *s, size_t n, span *out) {
    size_t k = 0, i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') { i++; continue; }
        size_t b = i;
        bool alnum = (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z') || c >= 0x80;
        if (alnum) {
            while (i < n) {
                unsigned char d = (unsigned char)s[i];
                if ((d >= '0' && d <= '9') || ((d | 32) >= 'a' && (d | 32) <= 'z') || d >= 0x80) i++;
                else break;
            }
        } else {
            i++;
        }
        if (out) { out[k].b = (uint32_t)b; out[k].e = (uint32_t)i; }
        k++;
    }
    return k;
}

/* first and last token index covering [b, e); false if none */
static bool tok_range(const span *tk, size_t nt, uint32_t b, uint32_t e, size_t *f, size_t *l) {
    size_t lo = 0, hi = nt;
    while (lo < hi) { /* first token with end > b */
        size_t mid = (lo + hi) / 2;
        if (tk[mid].e <= b) lo = mid + 1; else hi = mid;
    }
    if (lo >= nt || tk[lo].b >= e) return false;
    size_t j = lo;
    while (j + 1 < nt && tk[j + 1].b < e) j++;
    *f = lo;
    *l = j;
    return true;
}

static int cmp_names(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

typedef struct counts {
    long gold, sys, gold_rel, gold_strict, sys_rel, sys_strict, type_ok, value_ok;
} counts;

static void show(FILE *f, const char *name, const char *what, const char *text, uint32_t b, uint32_t e,
                 const char *rest) {
    fprintf(f, "%s: %s '", name, what);
    for (uint32_t k = b; k < e; k++) fputc(text[k] == '\n' ? ' ' : text[k], f);
    fprintf(f, "' %s\n", rest);
}

static int eval_file(const tc_timerec *r, const char *path, const char *name, FILE *detail, counts *C,
                     char *err, size_t errlen) {
    const tc_alloc *A = tc_timerec_alloc(r); /* the caller's allocator, for fault injection too */
    tc_map m;
    int rc = tc_map_file(&m, path, A);
    if (rc != TC_OK) { snprintf(err, errlen, "%s: cannot read", path); return rc; }
    tml t;
    memset(&t, 0, sizeof t);
    t.A = A;
    t.open = -1;
    tc_buf_init(&t.text, A);
    span *tk = NULL;
    tc_timex *sx = NULL;
    t.xp = XML_ParserCreate("UTF-8");
    if (!t.xp) { rc = TC_NOMEM; goto fail; }
    XML_SetUserData(t.xp, &t);
    XML_SetElementHandler(t.xp, on_start, on_end);
    XML_SetCharacterDataHandler(t.xp, on_chars);
    if (m.n > (size_t)INT32_MAX) { rc = TC_FORMAT; snprintf(err, errlen, "%s: too large", path); goto fail; }
    if (XML_Parse(t.xp, (const char *)m.p, (int)m.n, XML_TRUE) != XML_STATUS_OK) {
        if (t.oom) { rc = TC_NOMEM; goto fail; }
        snprintf(err, errlen, "%s:%lu: %s", path, (unsigned long)XML_GetCurrentLineNumber(t.xp),
                 XML_ErrorString(XML_GetErrorCode(t.xp)));
        rc = TC_FORMAT;
        goto fail;
    }
    if (t.text.oom) { rc = TC_NOMEM; goto fail; }
    tc_date dct;
    if (!tc_date_parse(t.dct, strlen(t.dct), &dct) || !tc_date_valid(dct)) {
        snprintf(err, errlen, "%s:1: no CREATION_TIME TIMEX3 with a YYYY-MM-DD value", path);
        rc = TC_FORMAT;
        goto fail;
    }
    const char *text = t.text.p ? t.text.p : "";
    size_t n = t.text.n;
    size_t nt = tokenize(text, n, NULL);
    tk = tc_mem_alloc(A, (nt + 1) * sizeof *tk);
    if (!tk) { rc = TC_NOMEM; goto fail; }
    tokenize(text, n, tk);
    size_t cap = 256, ns = 0;
    for (;;) {
        sx = tc_mem_alloc(A, cap * sizeof *sx);
        if (!sx) { rc = TC_NOMEM; goto fail; }
        tc_time_find_ex(r, text, n, dct, NULL, sx, cap, &ns);
        if (ns <= cap) break;
        tc_mem_free(A, sx);
        sx = NULL;
        cap = ns;
    }
    /* drop expressions TimeML does not annotate, and map all to tokens */
    size_t k = 0;
    for (size_t i = 0; i < ns; i++)
        if (!(sx[i].flags & TC_TIMEX_WEAK)) sx[k++] = sx[i];
    ns = k;
    size_t *sf = tc_mem_alloc(A, (ns + 1) * 2 * sizeof *sf);
    if (!sf) { rc = TC_NOMEM; goto fail; }
    size_t *sl = sf + ns + 1;
    bool *sok = tc_mem_calloc(A, ns + 1, sizeof *sok);
    if (!sok) { tc_mem_free(A, sf); rc = TC_NOMEM; goto fail; }
    for (size_t i = 0; i < ns; i++) sok[i] = tok_range(tk, nt, sx[i].beg, sx[i].end, &sf[i], &sl[i]);
    for (size_t i = 0; i < ns; i++) if (sok[i]) C->sys++;
    for (size_t gi = 0; gi < t.ng; gi++) {
        const gold_tx *g = &t.g[gi];
        size_t gf, gl;
        if (!tok_range(tk, nt, g->beg, g->end, &gf, &gl)) continue;
        C->gold++;
        long first = -1;
        bool strict = false;
        for (size_t i = 0; i < ns; i++) {
            if (!sok[i] || sl[i] < gf || sf[i] > gl) continue;
            if (first < 0) first = (long)i;
            if (sf[i] == gf && sl[i] == gl) strict = true;
        }
        if (first < 0) {
            if (detail) {
                char rest[64];
                snprintf(rest, sizeof rest, "%s %s", g->type, g->value);
                show(detail, name, "missing", text, g->beg, g->end, rest);
            }
            continue;
        }
        C->gold_rel++;
        if (strict) C->gold_strict++;
        const tc_timex *s = &sx[first];
        bool tok_ = !strcmp(g->type, tc_timex_type_name(s->type));
        bool vok = !strcmp(g->value, s->value);
        C->type_ok += tok_;
        C->value_ok += vok;
        if (detail && (!tok_ || !vok || !strict)) {
            char rest[160];
            snprintf(rest, sizeof rest, "gold %s %s | system '%.*s' %s %s%s", g->type, g->value,
                     (int)(s->end - s->beg), text + s->beg, tc_timex_type_name(s->type), s->value,
                     strict ? "" : " (span)");
            show(detail, name, !vok ? "value" : !tok_ ? "type" : "span", text, g->beg, g->end, rest);
        }
    }
    for (size_t i = 0; i < ns; i++) {
        if (!sok[i]) continue;
        bool rel = false, strict = false;
        for (size_t gi = 0; gi < t.ng; gi++) {
            size_t gf, gl;
            if (!tok_range(tk, nt, t.g[gi].beg, t.g[gi].end, &gf, &gl)) continue;
            if (sl[i] < gf || sf[i] > gl) continue;
            rel = true;
            if (sf[i] == gf && sl[i] == gl) strict = true;
        }
        C->sys_rel += rel;
        C->sys_strict += strict;
        if (!rel && detail) {
            char rest[64];
            snprintf(rest, sizeof rest, "%s %s", tc_timex_type_name(sx[i].type), sx[i].value);
            show(detail, name, "spurious", text, sx[i].beg, sx[i].end, rest);
        }
    }
    tc_mem_free(A, sok);
    tc_mem_free(A, sf);
    rc = TC_OK;
fail:
    if (t.xp) XML_ParserFree(t.xp);
    tc_mem_free(A, sx);
    tc_mem_free(A, tk);
    tc_mem_free(A, t.g);
    tc_buf_free(&t.text);
    tc_unmap(&m);
    return rc;
}

static double pct(long a, long b) { return b ? 100.0 * (double)a / (double)b : 0.0; }
static double f1(double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0.0; }

int tc_time_eval_dir(const tc_timerec *r, const char *dir, FILE *detail, tc_time_scores *out, char *err,
                     size_t errlen) {
    if (!r || !dir || !out) return TC_MISUSE;
    const tc_alloc *A = tc_timerec_alloc(r);
    if (err && errlen) err[0] = 0;
    char dummy[8];
    if (!err || !errlen) { err = dummy; errlen = sizeof dummy; }
    memset(out, 0, sizeof *out);
    DIR *d = opendir(dir);
    if (!d) { snprintf(err, errlen, "%s: cannot open folder", dir); return TC_IO; }
    char **names = NULL;
    size_t nn = 0, cap = 0;
    int rc = TC_OK;
    struct dirent *de;
    while ((de = readdir(d))) {
        size_t len = strlen(de->d_name);
        if (len < 5 || strcmp(de->d_name + len - 4, ".tml")) continue;
        if (nn == cap) {
            size_t nc = cap ? 2 * cap : 64;
            char **q = tc_mem_realloc(A, names, nc * sizeof *q);
            if (!q) { rc = TC_NOMEM; goto fail; }
            names = q;
            cap = nc;
        }
        names[nn] = tc_mem_strdup(A, de->d_name);
        if (!names[nn]) { rc = TC_NOMEM; goto fail; }
        nn++;
    }
    if (nn) qsort(names, nn, sizeof *names, cmp_names);
    counts C;
    memset(&C, 0, sizeof C);
    for (size_t i = 0; i < nn; i++) {
        size_t pl = strlen(dir) + strlen(names[i]) + 2;
        char *path = tc_mem_alloc(A, pl);
        if (!path) { rc = TC_NOMEM; goto fail; }
        snprintf(path, pl, "%s/%s", dir, names[i]);
        rc = eval_file(r, path, names[i], detail, &C, err, errlen);
        tc_mem_free(A, path);
        if (rc != TC_OK) goto fail;
        out->docs++;
    }
    if (!nn) { snprintf(err, errlen, "%s: no .tml files", dir); rc = TC_NOTFOUND; goto fail; }
    out->gold = (int)C.gold;
    out->sys = (int)C.sys;
    out->relaxed_p = pct(C.sys_rel, C.sys);
    out->relaxed_r = pct(C.gold_rel, C.gold);
    out->relaxed_f1 = f1(out->relaxed_p, out->relaxed_r);
    out->strict_p = pct(C.sys_strict, C.sys);
    out->strict_r = pct(C.gold_strict, C.gold);
    out->strict_f1 = f1(out->strict_p, out->strict_r);
    out->value_acc = pct(C.value_ok, C.gold_rel);
    out->type_acc = pct(C.type_ok, C.gold_rel);
    out->value_f1 = out->value_acc * out->relaxed_f1 / 100.0;
    out->type_f1 = out->type_acc * out->relaxed_f1 / 100.0;
fail:
    for (size_t i = 0; i < nn; i++) tc_mem_free(A, names[i]);
    tc_mem_free(A, names);
    closedir(d);
    return rc;
}

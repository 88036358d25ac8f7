/*
 * align.c -- the word alignment of the CoNLL 2018 UD shared task evaluation
 * (conll18_ud_eval.py, UFAL), re-implemented so that `tacitus eval-parser
 * --raw` and tools/text_eval score raw-text runs with the official rules:
 *   - both sides are reduced to the concatenation of their token forms with
 *     Unicode space separators (category Zs) removed; they must be equal;
 *   - a token (a multi-word token or a word outside one) is a span of
 *     characters, a sentence is the span from its first to its last token,
 *     and Tokens / Sentences are F1 over exactly matching spans;
 *   - words outside multi-word tokens align when their spans are equal;
 *     inside a region touched by a multi-word token on either side, words
 *     align along the longest common subsequence of lowercased forms.
 * Offsets here are bytes of the concatenation rather than code points; both
 * sides share the same characters, so every comparison comes out the same.
 */
#include "text/align.h"

#include <string.h>
#include <utf8proc.h>

typedef struct aword {
    uint32_t beg, end;  /* span of its token */
    bool mw;            /* part of a multi-word token */
    const char *form;
} aword;

typedef struct aspan {
    uint32_t beg, end;
} aspan;

typedef struct side {
    char *chars;
    size_t nchars, capchars;
    aword *w;
    size_t nw;
    aspan *tok;
    size_t ntok;
    aspan *sent;
    size_t nsent;
} side;

static void side_free(const tc_alloc *A, side *s) {
    tc_mem_free(A, s->chars);
    tc_mem_free(A, s->w);
    tc_mem_free(A, s->tok);
    tc_mem_free(A, s->sent);
}

/* Appends form without Zs characters; returns false on OOM. */
static bool add_chars(const tc_alloc *A, side *s, const char *f) {
    size_t n = strlen(f);
    if (s->nchars + n + 1 > s->capchars) {
        size_t cap = s->capchars ? s->capchars : 4096;
        while (cap < s->nchars + n + 1) cap *= 2;
        char *p = tc_mem_realloc(A, s->chars, cap);
        if (!p) return false;
        s->chars = p;
        s->capchars = cap;
    }
    size_t i = 0;
    while (i < n) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t l = utf8proc_iterate((const utf8proc_uint8_t *)f + i, (utf8proc_ssize_t)(n - i), &cp);
        if (l <= 0) l = 1, cp = -1;
        if (cp < 0 || utf8proc_category(cp) != UTF8PROC_CATEGORY_ZS)
            memcpy(s->chars + s->nchars, f + i, (size_t)l), s->nchars += (size_t)l;
        i += (size_t)l;
    }
    return true;
}

static int load(const tc_alloc *A, side *s, const tc_sent *S, int ns) {
    size_t nw = 0, nt = 0;
    for (int i = 0; i < ns; i++) {
        nw += (size_t)S[i].n;
        nt += (size_t)S[i].n; /* upper bound */
    }
    s->w = tc_mem_calloc(A, nw ? nw : 1, sizeof *s->w);
    s->tok = tc_mem_calloc(A, nt ? nt : 1, sizeof *s->tok);
    s->sent = tc_mem_calloc(A, ns ? (size_t)ns : 1, sizeof *s->sent);
    if (!s->w || !s->tok || !s->sent) return TC_NOMEM;
    for (int i = 0; i < ns; i++) {
        const tc_sent *st = &S[i];
        uint32_t sbeg = (uint32_t)s->nchars;
        int m = 0;
        for (int w = 1; w <= st->n;) {
            uint32_t b = (uint32_t)s->nchars;
            if (m < st->nmwt && st->mwt[m].first == w && st->mwt[m].last >= w) {
                const tc_mwt *mt = &st->mwt[m++];
                if (!add_chars(A, s, mt->form ? mt->form : "")) return TC_NOMEM;
                int last = mt->last > st->n ? st->n : mt->last;
                for (; w <= last; w++) {
                    aword *x = &s->w[s->nw++];
                    x->beg = b;
                    x->end = (uint32_t)s->nchars;
                    x->mw = true;
                    x->form = st->tok[w - 1].form ? st->tok[w - 1].form : "";
                }
            } else {
                while (m < st->nmwt && st->mwt[m].first <= w) m++; /* malformed: skip */
                if (!add_chars(A, s, st->tok[w - 1].form ? st->tok[w - 1].form : "")) return TC_NOMEM;
                aword *x = &s->w[s->nw++];
                x->beg = b;
                x->end = (uint32_t)s->nchars;
                x->mw = false;
                x->form = st->tok[w - 1].form ? st->tok[w - 1].form : "";
                w++;
            }
            s->tok[s->ntok].beg = b;
            s->tok[s->ntok].end = (uint32_t)s->nchars;
            s->ntok++;
        }
        s->sent[s->nsent].beg = sbeg;
        s->sent[s->nsent].end = (uint32_t)s->nchars;
        s->nsent++;
    }
    return TC_OK;
}

static size_t spans_correct(const aspan *g, size_t ng, const aspan *s, size_t ns) {
    size_t c = 0, gi = 0, si = 0;
    while (gi < ng && si < ns) {
        if (s[si].beg < g[gi].beg) si++;
        else if (g[gi].beg < s[si].beg) gi++;
        else { c += g[gi].end == s[si].end; gi++; si++; }
    }
    return c;
}

/* Python's str.lower() equality, code point by code point. */
static bool eq_lower(const char *a, const char *b) {
    size_t na = strlen(a), nb = strlen(b), i = 0, j = 0;
    while (i < na && j < nb) {
        utf8proc_int32_t ca, cb;
        utf8proc_ssize_t la = utf8proc_iterate((const utf8proc_uint8_t *)a + i, (utf8proc_ssize_t)(na - i), &ca);
        utf8proc_ssize_t lb = utf8proc_iterate((const utf8proc_uint8_t *)b + j, (utf8proc_ssize_t)(nb - j), &cb);
        if (la <= 0) la = 1, ca = (unsigned char)a[i];
        if (lb <= 0) lb = 1, cb = (unsigned char)b[j];
        if (utf8proc_tolower(ca) != utf8proc_tolower(cb)) return false;
        i += (size_t)la;
        j += (size_t)lb;
    }
    return i == na && j == nb;
}

static bool beyond_end(const aword *w, size_t n, size_t i, uint32_t end) {
    if (i >= n) return true;
    if (w[i].mw) return w[i].beg >= end;
    return w[i].end > end;
}

static uint32_t extend_end(const aword *w, uint32_t end) {
    return w->mw && w->end > end ? w->end : end;
}

/* Aligns words; sys_of_gold must be preset to -1.  Returns aligned count or -1 on OOM. */
static long align(const tc_alloc *A, const side *G, const side *S, int *sys_of_gold) {
    const aword *gw = G->w, *sw = S->w;
    size_t ng = G->nw, ns = S->nw, gi = 0, si = 0;
    long matched = 0;
    while (gi < ng && si < ns) {
        if (gw[gi].mw || sw[si].mw) {
            /* find_multiword_span */
            uint32_t end;
            if (gw[gi].mw) {
                end = gw[gi].end;
                if (!sw[si].mw && sw[si].beg < gw[gi].beg) si++;
            } else {
                end = sw[si].end;
                if (!gw[gi].mw && gw[gi].beg < sw[si].beg) gi++;
            }
            size_t gs = gi, ss = si;
            while (!beyond_end(gw, ng, gi, end) || !beyond_end(sw, ns, si, end)) {
                if (gi < ng && (si >= ns || gw[gi].beg <= sw[si].beg)) {
                    end = extend_end(&gw[gi], end);
                    gi++;
                } else {
                    end = extend_end(&sw[si], end);
                    si++;
                }
            }
            if (si > ss && gi > gs) {
                size_t G1 = gi - gs, S1 = si - ss;
                int *lcs = tc_mem_calloc(A, G1 * S1, sizeof *lcs);
                if (!lcs) return -1;
#define L(g, s) lcs[(g) * S1 + (s)]
                for (size_t g = G1; g-- > 0;)
                    for (size_t s = S1; s-- > 0;) {
                        int v = 0;
                        if (eq_lower(gw[gs + g].form, sw[ss + s].form))
                            v = 1 + (g + 1 < G1 && s + 1 < S1 ? L(g + 1, s + 1) : 0);
                        if (g + 1 < G1 && L(g + 1, s) > v) v = L(g + 1, s);
                        if (s + 1 < S1 && L(g, s + 1) > v) v = L(g, s + 1);
                        L(g, s) = v;
                    }
                size_t g = 0, s = 0;
                while (g < G1 && s < S1) {
                    if (eq_lower(gw[gs + g].form, sw[ss + s].form)) {
                        sys_of_gold[gs + g] = (int)(ss + s);
                        matched++;
                        g++;
                        s++;
                    } else if (L(g, s) == (g + 1 < G1 ? L(g + 1, s) : 0)) {
                        g++;
                    } else {
                        s++;
                    }
                }
#undef L
                tc_mem_free(A, lcs);
            }
        } else {
            if (gw[gi].beg == sw[si].beg && gw[gi].end == sw[si].end) {
                sys_of_gold[gi] = (int)si;
                matched++;
                gi++;
                si++;
            } else if (gw[gi].beg <= sw[si].beg) {
                gi++;
            } else {
                si++;
            }
        }
    }
    return matched;
}

static double f1(size_t c, size_t g, size_t s) { return g + s ? 2.0 * (double)c / (double)(g + s) : 0.0; }

int tc_align_words(tc_arena *a, const tc_sent *gold, int ngold_sents, const tc_sent *sys,
                   int nsys_sents, tc_align *out) {
    const tc_alloc *A = a->A;
    side G, S;
    int rc;
    memset(&G, 0, sizeof G);
    memset(&S, 0, sizeof S);
    memset(out, 0, sizeof *out);
    if ((rc = load(A, &G, gold, ngold_sents)) != TC_OK) goto fail;
    if ((rc = load(A, &S, sys, nsys_sents)) != TC_OK) goto fail;
    if (G.nchars != S.nchars || (G.nchars && memcmp(G.chars, S.chars, G.nchars) != 0)) {
        rc = TC_FORMAT;
        goto fail;
    }
    out->ngold = (int)G.nw;
    out->nsys = (int)S.nw;
    out->sys_of_gold = tc_arena_alloc(a, (G.nw ? G.nw : 1) * sizeof(int));
    if (!out->sys_of_gold) { rc = TC_NOMEM; goto fail; }
    for (size_t i = 0; i < G.nw; i++) out->sys_of_gold[i] = -1;
    long m = align(A, &G, &S, out->sys_of_gold);
    if (m < 0) { rc = TC_NOMEM; goto fail; }
    size_t tc = spans_correct(G.tok, G.ntok, S.tok, S.ntok);
    out->tokens_p = S.ntok ? (double)tc / (double)S.ntok : 0.0;
    out->tokens_r = G.ntok ? (double)tc / (double)G.ntok : 0.0;
    out->tokens_f1 = f1(tc, G.ntok, S.ntok);
    out->sentences_f1 = f1(spans_correct(G.sent, G.nsent, S.sent, S.nsent), G.nsent, S.nsent);
    out->words_f1 = f1((size_t)m, G.nw, S.nw);
    rc = TC_OK;
fail:
    side_free(A, &G);
    side_free(A, &S);
    return rc;
}

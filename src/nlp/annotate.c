/*
 * annotate.c -- the tagger, lemmatizer and dependency parser at work on one
 * sentence, shared by prediction and training (a non-NULL training context
 * turns on perceptron updates and the dynamic oracle).
 *
 * Tagger: greedy left-to-right averaged perceptron over joint (UPOS, XPOS)
 * tags, with word, affix (prefixes 1-4, suffixes 1-5), shape, character
 * class, hyphen-part, context-word, ambiguity-class (tags the lexicon saw
 * for the word) and previous-tag features.  Frequent words are
 * restricted to the tags the training data gave them; rare and unknown words
 * choose among the open-class tags.
 *
 * Parser: arc-hybrid (Kuhlmann et al. 2011) with the root at the end of the
 * buffer, which makes single-rooted trees fall out of the transition system.
 * The three unlabelled actions are scored with ~90 hashed Zhang & Nivre
 * (2011)-style templates (words, tags, distance, valency, label sets,
 * second/third-order children); when an arc is made, a second perceptron
 * picks its full UD label among those seen for (head UPOS, dependent UPOS,
 * direction), using the dependent's finished subtree.  Training uses the
 * dynamic oracle of Goldberg & Nivre (2013) with error exploration.
 *
 * Weights are looked up by hashing (feature, class) into fixed tables, so
 * the model size is fixed and no feature dictionary is needed.
 */
#include "nlp/nlp_int.h"

#include <ctype.h>
#include <stdlib.h>
#if defined(__SSE2__)
#include <emmintrin.h> /* part of every x86-64 target */
#endif

#define MAXF 128
/* Extra word features: prefixes of 1, 3 and 4 bytes, the 5-byte suffix,
   the part after the last hyphen, and a bit set of character classes. */
#define NLP_NXF 6
/* First-pass margin (weight units) above which the second pass is skipped. */
#ifndef NLP_PASS2_MARGIN
#define NLP_PASS2_MARGIN 10.0f
#endif

struct tc_nlp_work {
    const tc_alloc *A;
    int cap;
    uint64_t *wf, *wl, *shape, *amb, *pre2, *suf; /* suf: 4 per word */
    uint64_t *xf; /* NLP_NXF extra word features per word (see prep_extra) */
    int *tags, *p1, *head, *label, *stack, *lc1, *lc2, *rc1, *rc2, *nl, *nr, *ph, *pl, *gt;
    uint64_t *lset, *rset;
    float *marg; /* first-pass margin (best - second best), weight units */
    long *lexslot;
    char *low;
    size_t lowcap;
    int *ann;      /* annotate()'s tags, heads and labels: 3 per word */
    size_t anncap;
};

void tc_nlp_work_free(tc_nlp_work *w) {
    if (!w) return;
    const tc_alloc *A = w->A;
    void *ps[] = {w->wf, w->wl, w->shape, w->amb, w->pre2, w->suf, w->tags, w->p1, w->head, w->label, w->stack,
                  w->lc1, w->lc2, w->rc1, w->rc2, w->nl, w->nr, w->ph, w->pl, w->gt, w->lset, w->rset,
                  w->lexslot, w->low, w->marg, w->xf, w->ann};
    for (size_t i = 0; i < TC_COUNTOF(ps); i++) tc_mem_free(A, ps[i]);
    tc_mem_free(A, w);
}

static bool work_grow(tc_nlp_work *w, int n) {
    if (n + 2 <= w->cap) return true;
    int cap = w->cap ? w->cap : 64;
    while (cap < n + 2) cap *= 2;
    size_t c = (size_t)cap;
    uint64_t **u64s[] = {&w->wf, &w->wl, &w->shape, &w->amb, &w->pre2, &w->lset, &w->rset};
    for (size_t i = 0; i < TC_COUNTOF(u64s); i++) {
        void *p = tc_mem_realloc(w->A, *u64s[i], c * sizeof(uint64_t));
        if (!p) return false;
        *u64s[i] = p;
    }
    void *p = tc_mem_realloc(w->A, w->suf, 4 * c * sizeof(uint64_t));
    if (!p) return false;
    w->suf = p;
    p = tc_mem_realloc(w->A, w->xf, NLP_NXF * c * sizeof(uint64_t));
    if (!p) return false;
    w->xf = p;
    int **ints[] = {&w->tags, &w->p1, &w->head, &w->label, &w->stack, &w->lc1, &w->lc2, &w->rc1,
                    &w->rc2, &w->nl, &w->nr, &w->ph, &w->pl, &w->gt};
    for (size_t i = 0; i < TC_COUNTOF(ints); i++) {
        p = tc_mem_realloc(w->A, *ints[i], c * sizeof(int));
        if (!p) return false;
        *ints[i] = p;
    }
    p = tc_mem_realloc(w->A, w->lexslot, c * sizeof(long));
    if (!p) return false;
    w->lexslot = p;
    p = tc_mem_realloc(w->A, w->marg, c * sizeof(float));
    if (!p) return false;
    w->marg = p;
    w->cap = cap;
    return true;
}

tc_nlp_work *tc_nlp_work_new(const tc_nlp_model *m, const tc_alloc *A) {
    (void)m;
    tc_nlp_work *w = tc_mem_calloc(A, 1, sizeof *w);
    if (!w) return NULL;
    w->A = A;
    if (!work_grow(w, 62)) goto fail;
    return w;
fail:
    tc_nlp_work_free(w);
    return NULL;
}

/* ---- word normalisation ---------------------------------------------- */

/* Lower-cases ASCII, folds curly quotes and dashes to ASCII, digits to 0.
   Writes into w->low (NUL-terminated); returns its length or -1 on OOM. */
static long norm_word(tc_nlp_work *w, const char *s, bool digits) {
    size_t n = strlen(s);
    if (n + 4 > w->lowcap) {
        size_t c = (n + 4) * 2;
        char *p = tc_mem_realloc(w->A, w->low, c);
        if (!p) return -1;
        w->low = p;
        w->lowcap = c;
    }
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (ch == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80) {
            unsigned char c3 = (unsigned char)s[i + 2];
            if (c3 == 0x9C || c3 == 0x9D) { w->low[o++] = '"'; i += 2; continue; }
            if (c3 == 0x98 || c3 == 0x99) { w->low[o++] = '\''; i += 2; continue; }
            if (c3 == 0x93 || c3 == 0x94) { w->low[o++] = '-'; w->low[o++] = '-'; i += 2; continue; }
        }
        if (ch >= 'A' && ch <= 'Z') ch = (unsigned char)(ch + 32);
        else if (digits && ch >= '0' && ch <= '9') ch = '0';
        w->low[o++] = (char)ch;
    }
    w->low[o] = 0;
    return (long)o;
}

static uint64_t word_shape(const char *s) {
    char buf[24];
    size_t o = 0;
    char last = 0;
    int run = 0;
    for (; *s && o < sizeof buf - 1; s++) {
        unsigned char ch = (unsigned char)*s;
        char c = ch >= 'A' && ch <= 'Z' ? 'X' : ch >= 'a' && ch <= 'z' ? 'x' : ch >= '0' && ch <= '9' ? 'd'
               : ch >= 0x80 ? 'u' : (char)ch;
        if (c == last) { if (++run > 3) continue; } else run = 1;
        buf[o++] = c;
        last = c;
    }
    return nlp_str_hash(buf, o) ^ 0x5a5a;
}

/* Lexicon slot for a form: exact, then normalised lower case; -1 if
   unknown, -2 when out of memory. */
static long lex_lookup(const tc_nlp_model *m, tc_nlp_work *w, const char *form) {
    long sl = nlp_lex_find(m, form, strlen(form));
    if (sl >= 0) return sl;
    long n = norm_word(w, form, false);
    if (n < 0) return -2;
    return nlp_lex_find(m, w->low, (size_t)n);
}

/* Extra features of the normalised word low[0..n) (original form `form`):
   they matter for rare and unknown words, whose identity is not known. */
static void prep_extra(uint64_t *x, const char *form, const char *low, size_t n, const uint64_t pre[5]) {
    x[0] = pre[1] ^ 0x101;
    x[1] = pre[3] ^ 0x303;
    x[2] = pre[4] ^ 0x404;
    x[3] = nlp_str_hash(low + (n < 5 ? 0 : n - 5), n < 5 ? n : 5) ^ 0x505;
    const char *hy = n > 1 ? memchr(low + 1, '-', n - 1) : NULL;
    if (hy) {
        const char *last = hy;
        for (const char *q = hy; q < low + n; q++)
            if (*q == '-') last = q;
        x[4] = nlp_str_hash(last + 1, (size_t)(low + n - last - 1)) ^ 0x606;
    } else {
        x[4] = 0x607;
    }
    unsigned fl = 0, upper = 0, lower = 0;
    size_t len = 0;
    for (const unsigned char *q = (const unsigned char *)form; *q; q++) {
        unsigned ch = *q;
        if (ch >= 'A' && ch <= 'Z') upper++;
        else if (ch >= 'a' && ch <= 'z') lower++;
        else if (ch >= '0' && ch <= '9') fl |= 1;
        else if (ch == '-') fl |= 2;
        else if (ch == '.') fl |= 4;
        else if (ch >= 0x80) fl |= 8;
        else fl |= 16;
        if ((ch & 0xC0) != 0x80) len++;
    }
    if (upper) fl |= 32;
    if (upper && !lower) fl |= 64;
    if (form[0] >= 'A' && form[0] <= 'Z') fl |= 128;
    unsigned lb = len <= 3 ? (unsigned)len : len <= 5 ? 4 : len <= 8 ? 5 : 6;
    x[5] = (uint64_t)fl << 4 | lb;
}

int nlp_prep_words(const tc_nlp_model *m, tc_nlp_work *w, const tc_sent *s) {
    if (!work_grow(w, s->n)) return TC_NOMEM;
    for (int i = 0; i < s->n; i++) {
        const char *form = s->tok[i].form ? s->tok[i].form : "_";
        w->wf[i] = nlp_str_hash(form, strlen(form));
        w->shape[i] = word_shape(form);
        long sl = lex_lookup(m, w, form);
        if (sl == -2) return TC_NOMEM;
        w->lexslot[i] = sl;
        long n = norm_word(w, form, true);
        if (n < 0) return TC_NOMEM;
        /* the hashes of low's first 1-4 bytes and of all of it in one
           pass: pre[k] = nlp_str_hash(low, min(n, k)) */
        uint64_t pre[5], h = tc_fnv64_begin(NLP_STR_SEED);
        size_t np = 0;
        for (; np < 4 && np < (size_t)n; np++) {
            h = tc_fnv64_byte(h, (unsigned char)w->low[np]);
            pre[np + 1] = tc_hash_mix(h);
        }
        for (size_t k = np; k < 4; k++) pre[k + 1] = tc_hash_mix(h);
        w->wl[i] = tc_hash_mix(tc_fnv64_add(h, w->low + np, (size_t)n - np));
        for (int k = 1; k <= 4; k++) {
            size_t kk = (size_t)k < (size_t)n ? (size_t)k : (size_t)n;
            w->suf[4 * i + k - 1] = nlp_str_hash(w->low + n - kk, kk) + (uint64_t)k;
        }
        w->pre2[i] = pre[2] ^ 0x77;
        prep_extra(w->xf + NLP_NXF * i, form, w->low, (size_t)n, pre);
        uint32_t len = 0, cnt = 0, st = 0;
        if (sl >= 0) st = nlp_lex_list(m, sl, &len, &cnt);
        /* words seen once in training stand for unknown words, so the
           weights of affix and shape features learn to do without identity */
        if (cnt <= 1) w->wf[i] = w->wl[i] = 0x554e4bULL;
        /* rare words get the unknown-word class: their tag list would leak
           the gold tag of the very token being trained on */
        if (sl >= 0 && cnt >= (uint32_t)m->tdmin) {
            uint64_t h = 0x1234;
            for (uint32_t k = 0; k < len; k++) h = h * NLP_K2 + nlp_u16(m->lexl + 8 * (size_t)(st + k)) + 1;
            w->amb[i] = h;
        } else {
            w->amb[i] = w->shape[i] * 31 + 7;
        }
    }
    return TC_OK;
}

/* ---- tagger ----------------------------------------------------------- */

#define BOS 0x0b05ULL
#define EOS 0x0e05ULL

static int tag_feats(const tc_nlp_work *w, int n, int i, const int *right, uint64_t *f) {
    int k = 0;
    uint64_t wm1 = i > 0 ? w->wl[i - 1] : BOS, wm2 = i > 1 ? w->wl[i - 2] : BOS;
    uint64_t wp1 = i + 1 < n ? w->wl[i + 1] : EOS, wp2 = i + 2 < n ? w->wl[i + 2] : EOS;
    uint64_t tm1 = i > 0 ? (uint64_t)w->tags[i - 1] : 999, tm2 = i > 1 ? (uint64_t)w->tags[i - 2] : 999;
    uint64_t ap1 = i + 1 < n ? w->amb[i + 1] : EOS, ap2 = i + 2 < n ? w->amb[i + 2] : EOS;
    uint64_t am1 = i > 0 ? w->amb[i - 1] : BOS;
    const uint64_t *sf = w->suf + 4 * i;
    f[k++] = nlp_f(0, 0);
    f[k++] = nlp_f(1, w->wf[i]);
    f[k++] = nlp_f(2, w->wl[i]);
    f[k++] = nlp_f(3, sf[0]);
    f[k++] = nlp_f(4, sf[1]);
    f[k++] = nlp_f(5, sf[2]);
    f[k++] = nlp_f(6, sf[3]);
    f[k++] = nlp_f(7, w->pre2[i]);
    f[k++] = nlp_f(8, w->shape[i]);
    f[k++] = nlp_f(9, wm1);
    f[k++] = nlp_f(10, wp1);
    f[k++] = nlp_f(11, wm2);
    f[k++] = nlp_f(12, wp2);
    f[k++] = nlp_f(13, tm1);
    f[k++] = nlp_f2(14, tm2, tm1);
    f[k++] = nlp_f2(15, tm1, w->wl[i]);
    f[k++] = nlp_f(16, i > 0 ? w->suf[4 * (i - 1) + 2] : BOS);
    f[k++] = nlp_f(17, i + 1 < n ? w->suf[4 * (i + 1) + 2] : EOS);
    f[k++] = nlp_f(18, i + 1 < n ? w->shape[i + 1] : EOS);
    f[k++] = nlp_f(19, i > 0 ? w->shape[i - 1] : BOS);
    f[k++] = nlp_f2(20, wm1, w->wl[i]);
    f[k++] = nlp_f2(21, w->wl[i], wp1);
    f[k++] = nlp_f2(22, i == 0, w->shape[i]);
    f[k++] = nlp_f(23, w->amb[i]);
    f[k++] = nlp_f(24, ap1);
    f[k++] = nlp_f(25, ap2);
    f[k++] = nlp_f2(26, tm1, ap1);
    f[k++] = nlp_f2(27, w->amb[i], ap1);
    f[k++] = nlp_f2(28, tm1, w->amb[i]);
    f[k++] = nlp_f2(29, am1, w->amb[i]);
    f[k++] = nlp_f2(30, tm1, sf[2]);
    f[k++] = nlp_f3(31, tm2, tm1, w->amb[i]);
    f[k++] = nlp_f2(32, w->wl[i], ap1);
    f[k++] = nlp_f2(33, wm1, ap1);
    const uint64_t *x = w->xf + NLP_NXF * i;
    f[k++] = nlp_f(50, x[0]);
    f[k++] = nlp_f(51, x[1]);
    f[k++] = nlp_f(52, x[2]);
    f[k++] = nlp_f(53, x[3]);
    f[k++] = nlp_f(54, x[4]);
    f[k++] = nlp_f2(55, x[5], i == 0);
    f[k++] = nlp_f2(56, x[5], sf[2]);
    if (right) {
        /* second pass: first-pass tags of the word and its right neighbours */
        uint64_t r0 = (uint64_t)right[i], r1 = i + 1 < n ? (uint64_t)right[i + 1] : 998;
        uint64_t r2 = i + 2 < n ? (uint64_t)right[i + 2] : 998;
        f[k++] = nlp_f(40, r1);
        f[k++] = nlp_f2(41, r1, r2);
        f[k++] = nlp_f2(42, tm1, r1);
        f[k++] = nlp_f2(43, w->wl[i], r1);
        f[k++] = nlp_f(44, r0);
        f[k++] = nlp_f3(45, tm1, r0, r1);
        f[k++] = nlp_f2(46, sf[2], r1);
    }
    return k;
}

#if defined(__GNUC__)
#define PREFETCH(p) __builtin_prefetch(p)
#else
#define PREFETCH(p) ((void)(p))
#endif

#ifndef NLP_PF_DIST
#define NLP_PF_DIST 32
#endif
#define NLP_SCORE_BUF 4096

/* Scores of all nc candidate tags.  Float weights (the trainer's): one
   class at a time.  Int16 weights: one stream of nc x nf lookups with each
   weight prefetched NLP_PF_DIST lookups ahead, so the misses of one
   candidate overlap the sums of the one before instead of draining the
   queue at every candidate; integer sums, so the order does not matter. */
static void score_all(const nlp_wtab *t, const uint64_t *f, int nf, const uint16_t *cand, int nc, float *out) {
    if (t->f || nc * nf > NLP_SCORE_BUF) {
        for (int j = 0; j < nc; j++) {
            if (t->f) {
                float s = 0;
                for (int k = 0; k < nf; k++) s += t->f[nlp_idx(f[k], cand[j], t->bits)];
                out[j] = s;
            } else {
                int32_t s = 0;
                for (int k = 0; k < nf; k++) s += nlp_i16(t->q + 2 * (size_t)nlp_idx(f[k], cand[j], t->bits));
                out[j] = (float)s;
            }
        }
        return;
    }
    /* NLP_PF_DIST slots past the end point at slot 0, so the loop below
       prefetches without testing for the end */
    uint32_t ix[NLP_SCORE_BUF + NLP_PF_DIST];
    int tot = nc * nf;
    const unsigned char *q = t->q;
    unsigned bits = t->bits;
    for (int j = 0, u = 0; j < nc; j++)
        for (int k = 0; k < nf; k++, u++) ix[u] = nlp_idx(f[k], cand[j], bits);
    for (int u = tot; u < tot + NLP_PF_DIST; u++) ix[u] = 0;
    int pre = tot < NLP_PF_DIST ? tot : NLP_PF_DIST;
    for (int u = 0; u < pre; u++) PREFETCH(q + 2 * (size_t)ix[u]);
    for (int j = 0, u = 0; j < nc; j++) {
        int32_t s = 0;
        for (int k = 0; k < nf; k++, u++) {
            PREFETCH(q + 2 * (size_t)ix[u + NLP_PF_DIST]);
            s += nlp_i16(q + 2 * (size_t)ix[u]);
        }
        out[j] = (float)s;
    }
}

/* One greedy left-to-right pass with weight table t; right = first-pass
   tags for the second pass (NULL in the first). */
static void tag_pass(const tc_nlp_model *m, tc_nlp_work *w, const tc_sent *s, const nlp_wtab *t,
                     const int *right, int *out, nlp_train_ctx *ctx, const int *gold) {
    uint64_t f[MAXF];
    uint16_t cand[NLP_MAX_TAGS + 1];
    for (int i = 0; i < s->n; i++) {
        int nc = 0;
        long sl = w->lexslot[i];
        uint32_t len = 0, cnt = 0, st = 0;
        if (sl >= 0) st = nlp_lex_list(m, sl, &len, &cnt);
        if (len == 1 && cnt >= (ctx ? 20u : (uint32_t)m->tdmin)) {
            /* never ambiguous in training: no scoring.  At prediction a
               word seen tagdict_min times is restricted to its lexicon
               tags (below), so with one tag there is nothing to score;
               training scores words seen fewer than 20 times to learn
               from them */
            int t = nlp_u16(m->lexl + 8 * (size_t)st);
            w->tags[i] = t;
            out[i] = t;
            w->marg[i] = 1e30f;
            continue;
        }
        if (right && !ctx && w->marg[i] >= NLP_PASS2_MARGIN) {
            /* the first pass was sure: the second keeps its tag */
            w->tags[i] = right[i];
            out[i] = right[i];
            continue;
        }
        if (sl < 0 || cnt < (uint32_t)m->tdmin)
            for (int k = 0; k < m->nopen; k++) cand[nc++] = nlp_u16(m->open + 2 * k);
        for (uint32_t k = 0; k < len; k++) {
            uint16_t t = nlp_u16(m->lexl + 8 * (size_t)(st + k));
            bool dup = false;
            for (int j = 0; j < nc && !dup; j++) dup = cand[j] == t;
            if (!dup) cand[nc++] = t;
        }
        int nf = tag_feats(w, s->n, i, right, f);
        int best = cand[0];
        float bs = -1e30f, second = -1e30f;
        float scs[NLP_MAX_TAGS + 1];
        score_all(t, f, nf, cand, nc, scs);
        for (int j = 0; j < nc; j++) {
            float sc = scs[j];
            if (sc > bs || (sc == bs && cand[j] < best)) { second = bs; bs = sc; best = cand[j]; }
            else if (sc > second) second = sc;
        }
        w->marg[i] = (bs - second) / (t->f ? 1.0f : m->tag_scale);
        if (ctx && gold && gold[i] >= 0) {
            ctx->tag->c += 1;
            ctx->tag_n++;
            if (best != gold[i]) {
                ctx->tag_err++;
                for (int k = 0; k < nf; k++) {
                    nlp_learn_upd(ctx->tag, nlp_idx(f[k], (unsigned)gold[i], ctx->tag->bits), 1);
                    nlp_learn_upd(ctx->tag, nlp_idx(f[k], (unsigned)best, ctx->tag->bits), -1);
                }
            }
        }
        w->tags[i] = best;
        out[i] = best;
    }
}

int nlp_tag_sent(const tc_nlp_model *m, tc_nlp_work *w, const tc_sent *s, int *out, nlp_train_ctx *ctx,
                 const int *gold, const int *p1) {
    int rc = nlp_prep_words(m, w, s);
    if (rc) return rc;
    if (ctx && ctx->tag_pass == 2 && p1) {
        tag_pass(m, w, s, &m->wt_tag2, p1, out, ctx, gold);
    } else if (ctx) {
        tag_pass(m, w, s, &m->wt_tag, NULL, out, ctx, gold);
    } else if (m->wt_tag2.f || m->wt_tag2.q) {
        tag_pass(m, w, s, &m->wt_tag, NULL, w->p1, NULL, NULL);
        tag_pass(m, w, s, &m->wt_tag2, w->p1, out, NULL, NULL);
    } else {
        tag_pass(m, w, s, &m->wt_tag, NULL, out, NULL, NULL);
    }
    return TC_OK;
}

/* ---- lemmatizer ------------------------------------------------------- */

static uint64_t rule_key(int xid, size_t k, const char *suf) {
    return nlp_f3(900, (uint64_t)xid, k, nlp_str_hash(suf, k)) | 1;
}

static const unsigned char *rule_find(const tc_nlp_model *m, uint64_t key) {
    uint32_t i = (uint32_t)(key >> 20) & m->rules_mask;
    for (uint32_t pr = 0; pr <= m->rules_mask; pr++, i = (i + 1) & m->rules_mask) {
        const unsigned char *e = m->rules + 16 * (size_t)i;
        uint64_t k = tc_get_u64(e);
        if (!k) return NULL;
        if (k == key) return e;
    }
    return NULL;
}

/* The lemma the lexicon gives a form under tag: the tag's own, else one of
   the same xpos, else one of the same upos -- a verb form the tagger
   misread ("that Togo withdraw" tagged VBD) is still that verb, where the
   suffix rules would make "withdree" of it. */
static const char *lex_lemma(const tc_nlp_model *m, long sl, int tag) {
    uint32_t len, cnt, st = nlp_lex_list(m, sl, &len, &cnt);
    const char *same_x = NULL, *same_u = NULL;
    for (uint32_t k = 0; k < len; k++) {
        const unsigned char *e = m->lexl + 8 * (size_t)(st + k);
        int t = nlp_u16(e);
        if (t == tag) return m->str + tc_get_u32(e + 4);
        if (!same_x && m->tag_xid[t] == m->tag_xid[tag]) same_x = m->str + tc_get_u32(e + 4);
        if (!same_u && m->tag_upos[t] == m->tag_upos[tag] && m->tag_upos[tag] == TC_UPOS_VERB)
            same_u = m->str + tc_get_u32(e + 4);
    }
    return same_x ? same_x : same_u;
}

const char *nlp_lemma(const tc_nlp_model *m, const char *form, int tag, tc_arena *a) {
    size_t n = strlen(form);
    long sl = nlp_lex_find(m, form, n);
    const char *l = sl >= 0 ? lex_lemma(m, sl, tag) : NULL;
    if (l) return l;
    char small[64];
    char *low = n < sizeof small ? small : tc_arena_alloc(a, n + 1);
    if (!low) return NULL;
    bool has_up = false;
    for (size_t i = 0; i <= n; i++) {
        char c = form[i];
        if (c >= 'A' && c <= 'Z') { c = (char)(c + 32); has_up = true; }
        low[i] = c;
    }
    if (has_up) {
        sl = nlp_lex_find(m, low, n);
        l = sl >= 0 ? lex_lemma(m, sl, tag) : NULL;
        if (l) return l;
    }
    int xid = m->tag_xid[tag];
    for (size_t k = n < 6 ? n : 6;; k--) {
        const unsigned char *e = rule_find(m, rule_key(xid, k, low + n - k));
        if (e && e[12] <= n) {
            const char *base = e[13] ? low : form, *app = m->str + tc_get_u32(e + 8);
            size_t keep = n - e[12], al = strlen(app);
            if (keep == n && al == 0 && !e[13]) return form; /* the form itself: no copy */
            char *r = tc_arena_alloc(a, keep + al + 1);
            if (!r) return NULL;
            memcpy(r, base, keep);
            memcpy(r + keep, app, al + 1);
            return r;
        }
        if (k == 0) break;
    }
    return form;
}

/* ---- parser ----------------------------------------------------------- */

#define NONE_W 0x4e4fULL
#define ROOT_W 0x5200ULL
#define NONE_P 500
#define ROOT_P 501

static inline int dist_bucket(int d) {
    if (d < 0) d = -d;
    return d <= 4 ? d : d <= 6 ? 5 : d <= 9 ? 6 : 7;
}

typedef struct pstate {
    int n, root, sp, b;
} pstate;

static int trans_feats(const tc_nlp_work *w, const pstate *st, const uint8_t *m_upos, uint64_t *f) {
    const int *S = w->stack;
    int sp = st->sp, root = st->root;
    int s0 = sp > 0 ? S[sp - 1] : -1, s1 = sp > 1 ? S[sp - 2] : -1, s2 = sp > 2 ? S[sp - 3] : -1;
    int b0 = st->b, b1 = b0 + 1 <= root ? b0 + 1 : -1, b2 = b0 + 2 <= root ? b0 + 2 : -1;
#define W(x) ((x) < 0 ? NONE_W : (x) == root ? ROOT_W : w->wl[x])
#define P(x) ((uint64_t)((x) < 0 ? NONE_P : (x) == root ? ROOT_P : w->tags[x]))
#define L(x) ((uint64_t)((x) < 0 ? 300 : w->label[x] + 1))
#define U(x) ((uint64_t)((x) < 0 ? 40 : (x) == root ? 41 : m_upos[w->tags[x]]))
#define S3(x) ((x) < 0 ? NONE_W : (x) == root ? ROOT_W : w->suf[4 * (x) + 2])
#define LC1(x) ((x) < 0 ? -1 : w->lc1[x])
#define LC2(x) ((x) < 0 ? -1 : w->lc2[x])
#define RC1(x) ((x) < 0 ? -1 : w->rc1[x])
#define RC2(x) ((x) < 0 ? -1 : w->rc2[x])
    uint64_t s0w = W(s0), s0p = P(s0), s1w = W(s1), s1p = P(s1), s2p = P(s2);
    uint64_t b0w = W(b0), b0p = P(b0), b1w = W(b1), b1p = P(b1), b2w = W(b2), b2p = P(b2);
    int s0l1 = LC1(s0), s0l2 = LC2(s0), s0r1 = RC1(s0), s0r2 = RC2(s0);
    int s1r1 = RC1(s1), s1r2 = RC2(s1), s1l1 = LC1(s1), b0l1 = LC1(b0), b0l2 = LC2(b0);
    uint64_t dist = s0 >= 0 ? (uint64_t)(b0 == root ? 8 : dist_bucket(b0 - s0)) : 9;
    uint64_t d10 = s1 >= 0 ? (uint64_t)dist_bucket(s0 - s1) : 9;
    uint64_t s0vl = s0 >= 0 ? (uint64_t)w->nl[s0] : 99, s0vr = s0 >= 0 ? (uint64_t)w->nr[s0] : 99;
    uint64_t b0vl = b0 >= 0 ? (uint64_t)w->nl[b0] : 99, s1vr = s1 >= 0 ? (uint64_t)w->nr[s1] : 99;
    uint64_t s0ls = s0 >= 0 ? w->lset[s0] : 7, s0rs = s0 >= 0 ? w->rset[s0] : 7;
    uint64_t b0ls = w->lset[b0], s1rs = s1 >= 0 ? w->rset[s1] : 7;
    uint64_t s0wp = s0w * 1000003 + s0p, s1wp = s1w * 1000003 + s1p, b0wp = b0w * 1000003 + b0p;
    int k = 0;
    f[k++] = nlp_f(1, s0w);
    f[k++] = nlp_f(2, s0p);
    f[k++] = nlp_f(3, s0wp);
    f[k++] = nlp_f(4, s1w);
    f[k++] = nlp_f(5, s1p);
    f[k++] = nlp_f(6, s1wp);
    f[k++] = nlp_f(7, b0w);
    f[k++] = nlp_f(8, b0p);
    f[k++] = nlp_f(9, b0wp);
    f[k++] = nlp_f(10, b1w);
    f[k++] = nlp_f(11, b1p);
    f[k++] = nlp_f2(12, b1w, b1p);
    f[k++] = nlp_f(13, b2w);
    f[k++] = nlp_f(14, b2p);
    f[k++] = nlp_f2(15, b2w, b2p);
    f[k++] = nlp_f2(16, s0wp, b0wp);
    f[k++] = nlp_f2(17, s0wp, b0w);
    f[k++] = nlp_f2(18, s0w, b0wp);
    f[k++] = nlp_f2(19, s0wp, b0p);
    f[k++] = nlp_f2(20, s0p, b0wp);
    f[k++] = nlp_f2(21, s0w, b0w);
    f[k++] = nlp_f2(22, s0p, b0p);
    f[k++] = nlp_f2(23, b0p, b1p);
    f[k++] = nlp_f2(24, s1wp, s0wp);
    f[k++] = nlp_f2(25, s1w, s0w);
    f[k++] = nlp_f2(26, s1p, s0p);
    f[k++] = nlp_f2(27, s1p, s0w);
    f[k++] = nlp_f2(28, s1w, s0p);
    f[k++] = nlp_f3(29, b0p, b1p, b2p);
    f[k++] = nlp_f3(30, s0p, b0p, b1p);
    f[k++] = nlp_f3(31, s1p, s0p, b0p);
    f[k++] = nlp_f3(32, s2p, s1p, s0p);
    f[k++] = nlp_f3(33, s0p, P(s0l1), b0p);
    f[k++] = nlp_f3(34, s0p, P(s0r1), b0p);
    f[k++] = nlp_f3(35, s0p, b0p, P(b0l1));
    f[k++] = nlp_f3(36, s1p, s0p, P(s0l1));
    f[k++] = nlp_f3(37, s1p, P(s1r1), s0p);
    f[k++] = nlp_f3(38, s1p, s0p, P(s0r1));
    f[k++] = nlp_f2(39, s0w, dist);
    f[k++] = nlp_f2(40, s0p, dist);
    f[k++] = nlp_f2(41, b0w, dist);
    f[k++] = nlp_f2(42, b0p, dist);
    f[k++] = nlp_f3(43, s0w, b0w, dist);
    f[k++] = nlp_f3(44, s0p, b0p, dist);
    f[k++] = nlp_f3(45, s1p, s0p, d10);
    f[k++] = nlp_f3(46, s1w, s0w, d10);
    f[k++] = nlp_f2(47, s0w, s0vl);
    f[k++] = nlp_f2(48, s0p, s0vl);
    f[k++] = nlp_f2(49, s0w, s0vr);
    f[k++] = nlp_f2(50, s0p, s0vr);
    f[k++] = nlp_f2(51, b0w, b0vl);
    f[k++] = nlp_f2(52, b0p, b0vl);
    f[k++] = nlp_f2(53, s1w, s1vr);
    f[k++] = nlp_f2(54, s1p, s1vr);
    f[k++] = nlp_f(55, W(s0l1));
    f[k++] = nlp_f(56, P(s0l1));
    f[k++] = nlp_f(57, L(s0l1));
    f[k++] = nlp_f(58, W(s0r1));
    f[k++] = nlp_f(59, P(s0r1));
    f[k++] = nlp_f(60, L(s0r1));
    f[k++] = nlp_f(61, W(b0l1));
    f[k++] = nlp_f(62, P(b0l1));
    f[k++] = nlp_f(63, L(b0l1));
    f[k++] = nlp_f(64, W(s1r1));
    f[k++] = nlp_f(65, P(s1r1));
    f[k++] = nlp_f(66, L(s1r1));
    f[k++] = nlp_f(67, P(s0l2));
    f[k++] = nlp_f(68, L(s0l2));
    f[k++] = nlp_f(69, P(s0r2));
    f[k++] = nlp_f(70, L(s0r2));
    f[k++] = nlp_f(71, P(b0l2));
    f[k++] = nlp_f(72, L(b0l2));
    f[k++] = nlp_f2(73, P(s1l1), L(s1l1));
    f[k++] = nlp_f3(74, s0p, P(s0l1), P(s0l2));
    f[k++] = nlp_f3(75, s0p, P(s0r1), P(s0r2));
    f[k++] = nlp_f3(76, b0p, P(b0l1), P(b0l2));
    f[k++] = nlp_f3(77, s1p, P(s1r1), P(s1r2));
    f[k++] = nlp_f2(78, s0w, s0ls);
    f[k++] = nlp_f2(79, s0p, s0ls);
    f[k++] = nlp_f2(80, s0w, s0rs);
    f[k++] = nlp_f2(81, s0p, s0rs);
    f[k++] = nlp_f2(82, b0w, b0ls);
    f[k++] = nlp_f2(83, b0p, b0ls);
    f[k++] = nlp_f2(84, s1p, s1rs);
    f[k++] = nlp_f3(85, s0p, L(s0l1), L(s0l2));
    f[k++] = nlp_f3(86, s1p, L(s1r1), L(s1r2));
    f[k++] = nlp_f2(87, s2p, W(s2));
    f[k++] = nlp_f2(88, s1p, b0p);
    f[k++] = nlp_f2(89, s1w, b0w);
    f[k++] = nlp_f3(90, s1p, s0p, b1p);
    f[k++] = nlp_f3(91, s0p, b0p, L(s0l1));
    f[k++] = nlp_f3(92, s0p, b0p, L(b0l1));
    f[k++] = nlp_f2(93, (uint64_t)(sp > 3 ? 3 : sp), b0 == root);
    f[k++] = nlp_f3(94, U(s0), U(b0), U(b1));
    f[k++] = nlp_f3(95, U(s1), U(s0), U(b0));
    f[k++] = nlp_f2(96, S3(s0), U(b0));
    f[k++] = nlp_f2(97, U(s0), S3(b0));
    f[k++] = nlp_f4(98, U(s1), U(s0), U(b0), dist);
#undef LC1
#undef LC2
#undef RC1
#undef RC2
    return k;
}

static int label_feats(const tc_nlp_work *w, const pstate *st, int h, int d, uint64_t *f) {
    int root = st->root;
    uint64_t dir = d < h;
    uint64_t dw = W(d), dp = P(d), hw = W(h), hp = P(h);
    uint64_t dist = (uint64_t)dist_bucket(h - d);
    int dl1 = w->lc1[d], dr1 = w->rc1[d], dl2 = w->lc2[d];
    uint64_t hset = h < root ? w->lset[h] * 31 + w->rset[h] : 5;
    int k = 0;
    f[k++] = nlp_f(200, dir);
    f[k++] = nlp_f2(201, dw, dir);
    f[k++] = nlp_f2(202, dp, dir);
    f[k++] = nlp_f2(203, hw, dir);
    f[k++] = nlp_f2(204, hp, dir);
    f[k++] = nlp_f3(205, dw, hp, dir);
    f[k++] = nlp_f3(206, dp, hw, dir);
    f[k++] = nlp_f3(207, dp, hp, dir);
    f[k++] = nlp_f4(208, dp, hp, dir, dist);
    f[k++] = nlp_f3(209, dw, hw, dir);
    f[k++] = nlp_f3(210, dp, w->lset[d], w->rset[d]);
    f[k++] = nlp_f3(211, dp, W(dl1), L(dl1));
    f[k++] = nlp_f3(212, dp, P(dl1), L(dl1));
    f[k++] = nlp_f3(213, hp, hset, dir);
    f[k++] = nlp_f4(214, dp, hp, hset, dir);
    f[k++] = nlp_f3(215, w->suf[4 * d + 2], hp, dir);
    f[k++] = nlp_f3(216, dp, L(dr1), P(dr1));
    f[k++] = nlp_f4(217, hp, W(dl1), L(dl1), dir);
    f[k++] = nlp_f2(218, dp, d > 0 ? w->wl[d - 1] : BOS);
    f[k++] = nlp_f2(219, dp, P(d + 1));
    f[k++] = nlp_f2(220, dp, d > 0 ? P(d - 1) : NONE_P);
    f[k++] = nlp_f4(221, dw, dp, hp, dir);
    f[k++] = nlp_f3(222, dp, W(dr1), L(dr1));
    f[k++] = nlp_f3(223, dp, W(dl2), L(dl2));
    f[k++] = nlp_f4(224, dp, hp, w->lset[d], dir);
    f[k++] = nlp_f3(225, dp, (uint64_t)w->nl[d], (uint64_t)w->nr[d]);
    f[k++] = nlp_f3(226, hw, W(dl1), dir);
    f[k++] = nlp_f2(227, dw, w->shape[d]);
    /* the stack below the arc, and what lies between head and dependent */
    int sb = st->sp > 1 ? w->stack[st->sp - 2] : -1;
    if (d < h && sb == d) sb = st->sp > 2 ? w->stack[st->sp - 3] : -1;
    f[k++] = nlp_f4(228, dp, hp, P(sb), dir);
    f[k++] = nlp_f4(229, dw, hw, W(dl1), dir);
    f[k++] = nlp_f3(230, dp, hp, L(w->lc1[h] >= 0 ? w->lc1[h] : -1));
    f[k++] = nlp_f4(231, dp, hp, P(dl1), P(dr1));
    f[k++] = nlp_f3(232, w->suf[4 * d + 2], w->suf[4 * h + 2], dir);
    f[k++] = nlp_f3(233, dw, P(h + (d < h ? -1 : 1)), dir);
    return k;
}
#undef W
#undef P
#undef L
#undef U
#undef S3

static void attach(tc_nlp_work *w, int h, int d, int l) {
    w->head[d] = h;
    w->label[d] = l;
    uint64_t bit = 1ULL << (l & 63);
    if (d < h) {
        w->lc2[h] = w->lc1[h];
        w->lc1[h] = d;
        w->nl[h]++;
        w->lset[h] |= bit;
    } else {
        w->rc2[h] = w->rc1[h];
        w->rc1[h] = d;
        w->nr[h]++;
        w->rset[h] |= bit;
    }
}

static uint64_t rng_next(uint64_t *s) {
    uint64_t x = *s;
    x ^= x << 13; x ^= x >> 7; x ^= x << 17;
    return *s = x;
}

static int choose_label(const tc_nlp_model *m, tc_nlp_work *w, const pstate *st, int h, int d,
                        nlp_train_ctx *ctx, const nlp_gold *g) {
    if (h == st->root) return m->root_label;
    int hu = m->tag_upos[w->tags[h]], du = m->tag_upos[w->tags[d]];
    int ci = (hu * TC_UPOS_COUNT + du) * 2 + (d < h);
    uint32_t cst = nlp_u16(m->lcand + 4 * ci), clen = nlp_u16(m->lcand + 4 * ci + 2);
    const unsigned char *cl = m->lcand + 4 * NLP_LCAND_N + cst;
    /* one candidate label: no scoring needed (training still scores, to
       learn from arcs whose gold label is not the candidate) */
    if (clen == 1 && !ctx) return cl[0];
    uint64_t f[MAXF];
    uint32_t row[MAXF];
    int nf = label_feats(w, st, h, d, f);
    const nlp_wtab *t = &m->wt_lab;
    /* one 64-label row per feature: two cache lines instead of one miss per
       (feature, label) pair */
    float sc[64];
    if (t->f) {
        memset(sc, 0, sizeof sc);
        for (int k = 0; k < nf; k++) row[k] = nlp_idx64(f[k], t->bits);
        for (int k = 0; k < nf; k++) {
            const float *r = t->f + row[k];
            for (int l = 0; l < 64; l++) sc[l] += r[l];
        }
    } else {
        /* only the halves of the rows (32 labels, one cache line) that hold
           a candidate label: labels are numbered by frequency, so most
           arcs need the first half alone */
        int lo = 64, hi = 0;
        if (clen) {
            for (uint32_t j = 0; j < clen; j++) {
                if (cl[j] < lo) lo = cl[j];
                if (cl[j] >= hi) hi = cl[j] + 1;
            }
        } else {
            lo = 0;
            hi = 64;
        }
        lo &= ~31;
        hi = (hi + 31) & ~31;
        /* sc and acc are read only from lo to hi, which the sums fill */
        int32_t acc[64];
        for (int k = 0; k < nf; k++) {
            row[k] = nlp_idx64(f[k], t->bits);
            for (int l = lo; l < hi; l += 32) PREFETCH(t->q + 2 * ((size_t)row[k] + (size_t)l));
        }
#if defined(__SSE2__)
        /* one 32-label half at a time, its sums held in eight registers
           instead of going through memory after every feature */
        for (int b = lo; b < hi; b += 32) {
            __m128i a0 = _mm_setzero_si128(), a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0, a6 = a0, a7 = a0;
            for (int k = 0; k < nf; k++) {
                const __m128i *r = (const __m128i *)(const void *)(t->q + 2 * ((size_t)row[k] + (size_t)b));
                __m128i x0 = _mm_loadu_si128(r), x1 = _mm_loadu_si128(r + 1);
                __m128i x2 = _mm_loadu_si128(r + 2), x3 = _mm_loadu_si128(r + 3);
#define WIDEN_ADD(acc, x, half) acc = _mm_add_epi32(acc, _mm_srai_epi32(_mm_unpack##half##_epi16(x, x), 16))
                WIDEN_ADD(a0, x0, lo); WIDEN_ADD(a1, x0, hi);
                WIDEN_ADD(a2, x1, lo); WIDEN_ADD(a3, x1, hi);
                WIDEN_ADD(a4, x2, lo); WIDEN_ADD(a5, x2, hi);
                WIDEN_ADD(a6, x3, lo); WIDEN_ADD(a7, x3, hi);
#undef WIDEN_ADD
            }
            __m128i *o = (__m128i *)(void *)(acc + b);
            _mm_storeu_si128(o, a0); _mm_storeu_si128(o + 1, a1); _mm_storeu_si128(o + 2, a2); _mm_storeu_si128(o + 3, a3);
            _mm_storeu_si128(o + 4, a4); _mm_storeu_si128(o + 5, a5); _mm_storeu_si128(o + 6, a6); _mm_storeu_si128(o + 7, a7);
        }
#else
        for (int l = lo; l < hi; l++) acc[l] = 0;
        for (int k = 0; k < nf; k++) {
            const unsigned char *r = t->q + 2 * (size_t)row[k];
            for (int l = lo; l < hi; l++) acc[l] += nlp_i16(r + 2 * l);
        }
#endif
        for (int l = lo; l < hi; l++) sc[l] = (float)acc[l];
    }
    int best = -1;
    float bs = -1e30f;
    if (clen) {
        for (uint32_t j = 0; j < clen; j++)
            if (sc[cl[j]] > bs) { bs = sc[cl[j]]; best = cl[j]; }
    } else {
        for (int l = 0; l < m->nlabels; l++)
            if (l != m->root_label && sc[l] > bs) { bs = sc[l]; best = l; }
    }
    if (ctx && g && g->head[d] == h && g->label[d] >= 0) {
        ctx->lab->c += 1;
        if (best != g->label[d]) {
            for (int k = 0; k < nf; k++) {
                nlp_learn_upd(ctx->lab, row[k] + (uint32_t)g->label[d], 1);
                nlp_learn_upd(ctx->lab, row[k] + (uint32_t)best, -1);
            }
        }
    }
    return best;
}

/* Dynamic-oracle costs of the arc-hybrid actions (gold must be projective). */
static void oracle_costs(const tc_nlp_work *w, const pstate *st, const int *G, int cost[ACT_N]) {
    const int *S = w->stack;
    int sp = st->sp, b = st->b, n = st->n;
    int s0 = sp > 0 ? S[sp - 1] : -1, s1 = sp > 1 ? S[sp - 2] : -1;
    cost[ACT_SHIFT] = cost[ACT_LEFT] = cost[ACT_RIGHT] = 0;
    if (s0 >= 0) {
        int deps = 0;
        for (int k = b; k < n; k++) deps += G[k] == s0;
        int gh = G[s0];
        cost[ACT_LEFT] = deps + (gh != b && ((s1 >= 0 && gh == s1) || gh >= b));
        cost[ACT_RIGHT] = deps + (gh >= b);
    }
    if (b < n) {
        int c = 0;
        for (int i = 0; i < sp; i++) {
            if (i < sp - 1 && G[b] == S[i]) c++;
            if (G[S[i]] == b) c++;
        }
        cost[ACT_SHIFT] = c;
    }
}

/* Carries out an arc-hybrid action: a shift, or an arc (with its label)
   from the buffer front (left) or the stack's second word (right) to the
   stack top. */
static void apply_action(const tc_nlp_model *m, tc_nlp_work *w, pstate *st, int act, nlp_train_ctx *ctx,
                         const nlp_gold *g) {
    if (act == ACT_SHIFT) {
        w->stack[st->sp++] = st->b++;
        return;
    }
    int d = w->stack[--st->sp];
    int h = act == ACT_LEFT ? st->b : w->stack[st->sp - 1];
    attach(w, h, d, choose_label(m, w, st, h, d, ctx, g));
}

int nlp_parse_sent(const tc_nlp_model *m, tc_nlp_work *w, const tc_sent *s, const int *tags, int *out_head,
                   int *out_label, nlp_train_ctx *ctx, const nlp_gold *g) {
    int n = s->n;
    if (!work_grow(w, n)) return TC_NOMEM;
    if (tags != w->tags) memcpy(w->tags, tags, (size_t)n * sizeof *tags);
    for (int i = 0; i <= n; i++) {
        w->head[i] = -1; w->label[i] = -1;
        w->lc1[i] = w->lc2[i] = w->rc1[i] = w->rc2[i] = -1;
        w->nl[i] = w->nr[i] = 0;
        w->lset[i] = w->rset[i] = 0;
    }
    pstate st = {n, n, 0, 0};
    uint64_t f[MAXF];
    unsigned bits = m->wt_trans.bits;
    while (!(st.sp == 0 && st.b == st.root)) {
        bool valid[ACT_N];
        valid[ACT_SHIFT] = st.b < st.root;
        valid[ACT_LEFT] = st.sp > 0 && (st.b < st.root || st.sp == 1);
        valid[ACT_RIGHT] = st.sp >= 2;
        int nvalid = valid[ACT_SHIFT] + valid[ACT_LEFT] + valid[ACT_RIGHT];
        if (nvalid == 1) {
            /* a forced move (empty stack, or the buffer down to the root):
               nothing to score, and nothing for training to learn */
            int act = valid[ACT_SHIFT] ? ACT_SHIFT : valid[ACT_LEFT] ? ACT_LEFT : ACT_RIGHT;
            if (ctx && g) ctx->trans->c += 1;
            apply_action(m, w, &st, act, ctx, g);
            continue;
        }
        int nf = trans_feats(w, &st, m->tag_upos, f);
        float sc[4] = {0, 0, 0, 0};
        uint32_t ixs[MAXF];
        if (m->wt_trans.f) {
            const float *tw = m->wt_trans.f;
            for (int k = 0; k < nf; k++) ixs[k] = nlp_idx4(f[k], bits);
            for (int k = 0; k < nf; k++) {
                sc[0] += tw[ixs[k]];
                sc[1] += tw[ixs[k] + 1];
                sc[2] += tw[ixs[k] + 2];
            }
        } else {
            const unsigned char *q = m->wt_trans.q;
            for (int k = 0; k < nf; k++) {
                ixs[k] = nlp_idx4(f[k], bits);
                PREFETCH(q + 2 * (size_t)ixs[k]);
            }
            int32_t a0 = 0, a1 = 0, a2 = 0;
            for (int k = 0; k < nf; k++) {
                const unsigned char *r = q + 2 * (size_t)ixs[k];
                a0 += nlp_i16(r);
                a1 += nlp_i16(r + 2);
                a2 += nlp_i16(r + 4);
            }
            sc[0] = (float)a0; sc[1] = (float)a1; sc[2] = (float)a2;
        }
        int p = -1;
        for (int a = 0; a < ACT_N; a++)
            if (valid[a] && (p < 0 || sc[a] > sc[p])) p = a;
        int act = p;
        if (ctx && g) {
            int cost[ACT_N];
            oracle_costs(w, &st, g->head, cost);
            int best0 = -1;
            for (int a = 0; a < ACT_N; a++)
                if (valid[a] && cost[a] == 0 && (best0 < 0 || sc[a] > sc[best0])) best0 = a;
            ctx->trans->c += 1;
            if (best0 >= 0 && cost[p] > 0) {
                for (int k = 0; k < nf; k++) {
                    uint32_t ix = nlp_idx4(f[k], ctx->trans->bits);
                    nlp_learn_upd(ctx->trans, ix + (uint32_t)best0, 1);
                    nlp_learn_upd(ctx->trans, ix + (uint32_t)p, -1);
                }
                double r = (double)(rng_next(&ctx->rng) >> 11) / 9007199254740992.0;
                if (r >= ctx->explore) act = best0;
            }
        }
        apply_action(m, w, &st, act, ctx, g);
    }
    if (ctx && g)
        for (int i = 0; i < n; i++) { ctx->arc_n++; ctx->arc_err += w->head[i] != g->head[i]; }
    for (int i = 0; i < n; i++) { out_head[i] = w->head[i]; out_label[i] = w->label[i]; }
    return TC_OK;
}

/* ---- public entry points ---------------------------------------------- */

/* The model's tag id of each word's (upos, xpos), for tags a caller set. */
static int given_tags(const tc_nlp_model *m, const tc_sent *s, int *tags) {
    /* the model's tags of each upos in model order, so that a word meets
       only its own upos's tags (the first whose xpos matches, as in a scan
       of all); the tagger's xpos is the model's own string */
    int16_t first[256], next[NLP_MAX_TAGS + 1];
    for (int u = 0; u < 256; u++) first[u] = -1;
    for (int k = m->ntags - 1; k >= 0; k--) {
        next[k] = first[m->tag_upos[k]];
        first[m->tag_upos[k]] = (int16_t)k;
    }
    for (int i = 0; i < s->n; i++) {
        const tc_tok *t = &s->tok[i];
        tags[i] = -1;
        if (t->xpos)
            for (int k = first[t->upos]; k >= 0 && tags[i] < 0; k = next[k])
                if (m->tag_xpos[k] && (m->tag_xpos[k] == t->xpos || !strcmp(m->tag_xpos[k], t->xpos))) tags[i] = k;
        if (tags[i] < 0) return TC_NOTFOUND;
    }
    return TC_OK;
}

/* Tags (or takes the words' own tags when given), lemmatizes and, with
   parse, parses s. */
static int annotate(const tc_nlp_model *m, tc_nlp_work *w, tc_sent *s, tc_arena *a, bool given, bool parse,
                    bool prepped) {
    if (!m || !w || !s) return TC_MISUSE;
    if (s->n <= 0) return TC_OK;
    int n = s->n, rc = TC_OK;
    if (!work_grow(w, n)) return TC_NOMEM;
    /* scratch of the work object, not the document's arena, which keeps
       what it is given until the story ends (12 bytes a word: 18 MB on an
       8 MB story) */
    if (w->anncap < 3 * (size_t)n) {
        int *t = tc_mem_realloc(w->A, w->ann, 3 * (size_t)n * sizeof *t);
        if (!t) return TC_NOMEM;
        w->ann = t;
        w->anncap = 3 * (size_t)n;
    }
    int *tags = w->ann;
    int *hd = tags + n, *lb = hd + n;
    rc = given ? given_tags(m, s, tags) : nlp_tag_sent(m, w, s, tags, NULL, NULL, NULL);
    if (rc) return rc;
    if (given && !prepped && n <= TC_NLP_MAX_WORDS && (rc = nlp_prep_words(m, w, s))) return rc;
    for (int i = 0; i < n; i++) {
        tc_tok *t = &s->tok[i];
        t->upos = m->tag_upos[tags[i]];
        t->xpos = m->tag_xpos[tags[i]];
        t->lemma = nlp_lemma(m, t->form ? t->form : "_", tags[i], a);
        if (!t->lemma) return TC_NOMEM;
    }
    if (!parse) return TC_OK;
    /* over-long sentences: parse in chunks, each chunk root hangs on the previous */
    int prev_root = -1;
    for (int beg = 0; beg < n; beg += TC_NLP_MAX_WORDS) {
        int len = n - beg < TC_NLP_MAX_WORDS ? n - beg : TC_NLP_MAX_WORDS;
        tc_sent sub = *s;
        sub.tok = s->tok + beg;
        sub.n = len;
        if (len < n) {
            rc = nlp_prep_words(m, w, &sub);
            if (rc) return rc;
        }
        rc = nlp_parse_sent(m, w, &sub, tags + beg, hd + beg, lb + beg, NULL, NULL);
        if (rc) return rc;
        int r = -1;
        for (int i = 0; i < len; i++) {
            tc_tok *t = &s->tok[beg + i];
            if (hd[beg + i] == len) {
                if (prev_root >= 0) { t->head = (int16_t)(prev_root + 1); t->deprel = "parataxis"; }
                else { t->head = 0; t->deprel = m->label[lb[beg + i]]; }
                if (r < 0) r = beg + i;
            } else {
                t->head = (int16_t)(beg + hd[beg + i] + 1);
                t->deprel = m->label[lb[beg + i]];
            }
            if (beg + i >= INT16_MAX - 1 || beg + hd[beg + i] >= INT16_MAX - 1) {
                /* beyond what tc_tok.head can hold: no head */
                t->head = -1;
                t->deprel = "dep";
            }
        }
        if (prev_root < 0) prev_root = r;
    }
    return a->oom ? TC_NOMEM : TC_OK;
}

int tc_nlp_annotate(const tc_nlp_model *m, tc_nlp_work *w, tc_sent *s, tc_arena *a) {
    return annotate(m, w, s, a, false, true, false);
}

int tc_nlp_tag(const tc_nlp_model *m, tc_nlp_work *w, tc_sent *s, tc_arena *a) {
    return annotate(m, w, s, a, false, false, false);
}

/*
 * Re-parse with the caller's tags: the coder corrects a few tags our tagger
 * gets wrong where its dictionaries know better (a known multi-word name
 * half-tagged as adjective, a verb after a relative pronoun tagged as a
 * plural noun) and asks for the tree of the corrected sentence.  Each
 * word's joint tag is the model's tag with its upos and xpos; lemmas are
 * redone for those tags.
 */
int tc_nlp_reparse(const tc_nlp_model *m, tc_nlp_work *w, tc_sent *s, tc_arena *a) {
    return annotate(m, w, s, a, true, true, false);
}

int tc_nlp_parse_tagged(const tc_nlp_model *m, tc_nlp_work *w, tc_sent *s, tc_arena *a) {
    return annotate(m, w, s, a, true, true, true);
}

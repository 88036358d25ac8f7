/*
 * train.c -- training of the tagger, lemmatizer and parser from CoNLL-U,
 * and writing the model file.
 *
 * Order: read the corpora; collect the tag set (joint UPOS+XPOS), labels,
 * word lexicon (form -> tags with counts and lemmas), lemma suffix rules and
 * label candidates, and serialise them with empty weight tables; train the
 * tagger with k-fold jackknifing so the parser learns from predicted tags;
 * train the final tagger (best epoch on dev); train the parser with the
 * dynamic oracle (best epoch by dev LAS); quantise the averaged weights to
 * int16 and write the file.  Each final tagger pass and the parser are
 * trained R times (opts.ensemble) on different shuffles and the weights
 * added: a linear model scored with summed weights is the ensemble of its
 * members, so the ensemble costs training time only, not speed or size
 * (measured on ewt-dev: 4 parsers +0.3 LAS over one).  Every random choice comes from one seeded
 * xorshift generator, so training is deterministic.
 */
#include "nlp/nlp_int.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <zlib.h>

/* ---- string interning for the model's string section ----------------- */

typedef struct strtab {
    tc_buf b;
    uint32_t *slot; /* offset+1 */
    uint32_t mask;
    uint32_t count;
} strtab;

static bool strtab_init(strtab *t) {
    tc_buf_init(&t->b, NULL);
    t->mask = (1u << 18) - 1;
    t->count = 0;
    t->slot = calloc((size_t)t->mask + 1, sizeof *t->slot);
    if (!t->slot) return false;
    tc_buf_addc(&t->b, 0); /* offset 0 = "" */
    return !t->b.oom;
}

static uint32_t strtab_add(strtab *t, const char *s) {
    if (!*s) return 0;
    size_t n = strlen(s);
    uint64_t h = nlp_str_hash(s, n);
    uint32_t i = (uint32_t)h & t->mask;
    while (t->slot[i]) {
        if (!strcmp(t->b.p + t->slot[i] - 1, s)) return t->slot[i] - 1;
        i = (i + 1) & t->mask;
    }
    if (t->count * 2 > t->mask) return UINT32_MAX; /* table full */
    uint32_t off = (uint32_t)t->b.n;
    tc_buf_add(&t->b, s, n + 1);
    t->slot[i] = off + 1;
    t->count++;
    return off;
}

/* ---- corpus -------------------------------------------------------------- */

typedef struct corpus {
    tc_sent *s;
    int n;
    int **tag, **ptag, **head, **label; /* per sentence arrays */
} corpus;

typedef struct trainer {
    const tc_nlp_train_opts *o;
    tc_arena a;
    corpus tr, dev;
    int ntags, nlabels, nxpos;
    char *tag_up;       /* [NLP_MAX_TAGS] upos */
    const char *tag_x[NLP_MAX_TAGS + 1];
    const char *xname[256];
    int tag_xid[NLP_MAX_TAGS + 1];
    const char *lab[NLP_MAX_LABELS + 1];
    int root_label;
    unsigned char *img;
    size_t nimg;
    uint64_t sec_off[NLP_NSEC], sec_sz[NLP_NSEC];
    tc_nlp_model m;
    tc_nlp_work *w;
    uint64_t rng;
    char *err;
    size_t errlen;
} trainer;

static int find_tag(trainer *T, int upos, const char *x) {
    for (int t = 0; t < T->ntags; t++)
        if (T->tag_up[t] == upos && !strcmp(T->tag_x[t], x)) return t;
    return -1;
}
static int find_label(trainer *T, const char *l) {
    for (int i = 0; i < T->nlabels; i++)
        if (!strcmp(T->lab[i], l)) return i;
    return -1;
}

/* Projectivise by lifting: while some arc spans a word outside its head's
   subtree, re-attach the dependent of the shortest such arc to its
   grandparent (heads 0-based, n = root). */
static bool is_desc(const int *H, int n, int k, int h) {
    for (int steps = 0; k != n && steps <= n; steps++) {
        if (k == h) return true;
        k = H[k];
    }
    return h == n;
}
static void projectivise(int *H, int n) {
    for (int iter = 0; iter < 4 * n; iter++) {
        int bd = -1, bspan = 1 << 30;
        for (int d = 0; d < n; d++) {
            int h = H[d];
            if (h == n) continue;
            int lo = d < h ? d : h, hi = d < h ? h : d;
            for (int k = lo + 1; k < hi; k++)
                if (!is_desc(H, n, k, h)) {
                    if (hi - lo < bspan) { bspan = hi - lo; bd = d; }
                    break;
                }
        }
        if (bd < 0) return;
        H[bd] = H[H[bd]];
    }
}

static int load_corpus(trainer *T, corpus *c, int max_sents, bool is_train) {
    (void)is_train;
    for (int k = 0; k < c->n; k++) {
        tc_sent *s = &c->s[k];
        int n = s->n;
        int *buf = tc_arena_alloc(&T->a, 4 * (size_t)(n + 1) * sizeof(int));
        if (!buf) return TC_NOMEM;
        c->tag[k] = buf;
        c->head[k] = buf + (n + 1);
        c->label[k] = buf + 2 * (n + 1);
        c->ptag[k] = buf + 3 * (n + 1);
        bool bad = false;
        for (int i = 0; i < n; i++) {
            tc_tok *t = &s->tok[i];
            const char *x = t->xpos ? t->xpos : "_";
            int tg = find_tag(T, t->upos, x);
            if (tg < 0 && is_train) {
                if (T->ntags == NLP_MAX_TAGS) return TC_FORMAT;
                tg = T->ntags++;
                T->tag_up[tg] = (char)t->upos;
                T->tag_x[tg] = x;
                int xi = 0;
                while (xi < T->nxpos && strcmp(T->xname[xi], x)) xi++;
                if (xi == T->nxpos) {
                    if (T->nxpos == 255) return TC_FORMAT;
                    T->xname[T->nxpos++] = x;
                }
                T->tag_xid[tg] = xi;
            }
            c->tag[k][i] = tg;
            c->ptag[k][i] = tg < 0 ? 0 : tg;
            const char *dl = t->deprel ? t->deprel : "dep";
            int l = find_label(T, dl);
            if (l < 0 && is_train) {
                if (T->nlabels == NLP_MAX_LABELS) return TC_FORMAT;
                l = T->nlabels++;
                T->lab[l] = dl;
            }
            c->label[k][i] = l;
            c->head[k][i] = t->head <= 0 ? n : t->head - 1;
            if (t->head < 0) bad = true;
        }
        if (bad) for (int i = 0; i < n; i++) c->head[k][i] = -2; /* no tree: tagger only */
        else projectivise(c->head[k], n);
    }
    (void)max_sents;
    return TC_OK;
}

static int read_all(trainer *T) {
    const tc_nlp_train_opts *o = T->o;
    tc_sent *all = NULL;
    int nall = 0, cap = 0, rc;
    for (int f = 0; f < o->ntrain; f++) {
        tc_sent *s;
        int n;
        rc = nlp_read_conllu(o->train[f], &T->a, &s, &n, T->err, T->errlen);
        if (rc) { free(all); return rc; }
        if (nall + n > cap) {
            cap = (nall + n) * 2;
            tc_sent *na = realloc(all, (size_t)cap * sizeof *na);
            if (!na) { free(all); return TC_NOMEM; }
            all = na;
        }
        memcpy(all + nall, s, (size_t)n * sizeof *s);
        nall += n;
    }
    if (o->max_sents > 0 && nall > o->max_sents) nall = o->max_sents;
    T->tr.s = tc_arena_alloc(&T->a, (size_t)(nall ? nall : 1) * sizeof *T->tr.s);
    if (!T->tr.s) { free(all); return TC_NOMEM; }
    if (nall) memcpy(T->tr.s, all, (size_t)nall * sizeof *all);
    free(all);
    T->tr.n = nall;
    if (o->dev) {
        rc = nlp_read_conllu(o->dev, &T->a, &T->dev.s, &T->dev.n, T->err, T->errlen);
        if (rc) return rc;
    }
    corpus *cs[2] = {&T->tr, &T->dev};
    for (int i = 0; i < 2; i++) {
        corpus *c = cs[i];
        size_t nn = (size_t)(c->n ? c->n : 1);
        c->tag = tc_arena_alloc(&T->a, 4 * nn * sizeof(int *));
        if (!c->tag) return TC_NOMEM;
        c->ptag = c->tag + nn;
        c->head = c->ptag + nn;
        c->label = c->head + nn;
        rc = load_corpus(T, c, 0, i == 0);
        if (rc) {
            if (rc == TC_FORMAT && T->err) snprintf(T->err, T->errlen, "too many distinct tags or labels");
            return rc;
        }
    }
    for (int i = 0; i < T->nlabels; i++)
        if (!strcmp(T->lab[i], "root")) T->root_label = i;
    return TC_OK;
}

/* ---- lexicon and rules ------------------------------------------------ */

typedef struct lexrec {
    const char *form, *lemma;
    int tag;
} lexrec;

static int cmp_lexrec(const void *a, const void *b) {
    const lexrec *x = a, *y = b;
    int c = strcmp(x->form, y->form);
    if (c) return c;
    if (x->tag != y->tag) return x->tag < y->tag ? -1 : 1;
    return strcmp(x->lemma, y->lemma);
}

typedef struct rulerec {
    uint64_t key;
    const char *app;
    int strip, mode;
} rulerec;

static int cmp_rulerec(const void *a, const void *b) {
    const rulerec *x = a, *y = b;
    if (x->key != y->key) return x->key < y->key ? -1 : 1;
    if (x->mode != y->mode) return x->mode - y->mode;
    if (x->strip != y->strip) return x->strip - y->strip;
    return strcmp(x->app, y->app);
}

static uint32_t pow2_at_least(uint64_t n) {
    uint32_t p = 16;
    while (p < n) p <<= 1;
    return p;
}

/* Same key scheme as annotate.c's rule_key. */
static uint64_t rule_key_t(int xid, size_t k, const char *suf) {
    return nlp_f3(900, (uint64_t)xid, k, nlp_str_hash(suf, k)) | 1;
}

typedef struct sections {
    tc_buf sec[NLP_NSEC];
} sections;

static int build_image(trainer *T) {
    int rc = TC_NOMEM;
    strtab st;
    sections S;
    lexrec *lr = NULL;
    rulerec *rr = NULL;
    char *low = NULL;
    for (int i = 0; i < NLP_NSEC; i++) tc_buf_init(&S.sec[i], NULL);
    if (!strtab_init(&st)) goto fail;
    const int tdmin = 5;
    /* tags, labels */
    for (int t = 0; t < T->ntags; t++) {
        unsigned char e[8] = {(unsigned char)T->tag_up[t], (unsigned char)T->tag_xid[t], 0, 0};
        tc_put_u32(e + 4, strtab_add(&st, T->tag_x[t]));
        tc_buf_add(&S.sec[SEC_TAGS], e, 8);
    }
    for (int l = 0; l < T->nlabels; l++) {
        unsigned char e[4];
        tc_put_u32(e, strtab_add(&st, T->lab[l]));
        tc_buf_add(&S.sec[SEC_LABELS], e, 4);
    }
    /* lexicon records */
    size_t nr = 0;
    for (int k = 0; k < T->tr.n; k++) nr += (size_t)T->tr.s[k].n;
    lr = malloc((nr ? nr : 1) * sizeof *lr);
    if (!lr) goto fail;
    nr = 0;
    for (int k = 0; k < T->tr.n; k++)
        for (int i = 0; i < T->tr.s[k].n; i++) {
            const tc_tok *t = &T->tr.s[k].tok[i];
            lr[nr++] = (lexrec){t->form ? t->form : "_", t->lemma ? t->lemma : "_", T->tr.tag[k][i]};
        }
    qsort(lr, nr, sizeof *lr, cmp_lexrec);
    /* forms */
    size_t nforms = 0;
    for (size_t i = 0; i < nr; i++) nforms += i == 0 || strcmp(lr[i].form, lr[i - 1].form);
    uint32_t slots = pow2_at_least(nforms * 2 + 1);
    unsigned char *lex = calloc(slots, 16);
    if (!lex) goto fail;
    S.sec[SEC_LEX].p = (char *)lex; /* adopted below */
    uint32_t nlexl = 0;
    long open_cnt[NLP_MAX_TAGS + 1] = {0};
    rr = malloc((nr ? nr : 1) * 8 * sizeof *rr);
    low = malloc(4096);
    if (!rr || !low) { free(lex); S.sec[SEC_LEX].p = NULL; goto fail; }
    size_t nrr = 0;
    for (size_t i = 0; i < nr;) {
        size_t j = i;
        while (j < nr && !strcmp(lr[j].form, lr[i].form)) j++;
        /* one form: runs of tags, within each runs of lemmas */
        uint32_t total = (uint32_t)(j - i), st0 = nlexl, len = 0;
        for (size_t a = i; a < j;) {
            size_t b = a;
            while (b < j && lr[b].tag == lr[a].tag) b++;
            const char *best = lr[a].lemma;
            size_t bestc = 0;
            for (size_t x = a; x < b;) {
                size_t y = x;
                while (y < b && !strcmp(lr[y].lemma, lr[x].lemma)) y++;
                if (y - x > bestc) { bestc = y - x; best = lr[x].lemma; }
                x = y;
            }
            unsigned char e[8];
            tc_put_u32(e, (uint32_t)lr[a].tag);
            uint32_t cnt = (uint32_t)(b - a);
            e[2] = (unsigned char)(cnt > 65535 ? 65535 : cnt);
            e[3] = (unsigned char)((cnt > 65535 ? 65535 : cnt) >> 8);
            tc_put_u32(e + 4, strtab_add(&st, best));
            tc_buf_add(&S.sec[SEC_LEXL], e, 8);
            nlexl++;
            len++;
            if (total < (uint32_t)tdmin) open_cnt[lr[a].tag] += (long)cnt;
            /* suffix rules from this (form, tag) type */
            const char *form = lr[a].form;
            size_t fl = strlen(form);
            if (fl < 4000) {
                for (size_t q = 0; q <= fl; q++) low[q] = form[q] >= 'A' && form[q] <= 'Z' ? (char)(form[q] + 32) : form[q];
                int mode = 0;
                size_t lcp0 = 0, lcp1 = 0, ll = strlen(best);
                while (lcp0 < fl && lcp0 < ll && form[lcp0] == best[lcp0]) lcp0++;
                while (lcp1 < fl && lcp1 < ll && low[lcp1] == best[lcp1]) lcp1++;
                size_t lcp = lcp0;
                if (lcp1 > lcp0) { mode = 1; lcp = lcp1; }
                if (fl - lcp < 256) {
                    for (size_t k = 0; k <= fl && k <= 6; k++)
                        rr[nrr++] = (rulerec){rule_key_t(T->tag_xid[lr[a].tag], k, low + fl - k), best + lcp,
                                              (int)(fl - lcp), mode};
                }
            }
            a = b;
        }
        uint64_t h = nlp_str_hash(lr[i].form, strlen(lr[i].form));
        uint32_t s = (uint32_t)h & (slots - 1);
        while (tc_get_u32(lex + 16 * (size_t)s + 4)) s = (s + 1) & (slots - 1);
        unsigned char *e = lex + 16 * (size_t)s;
        tc_put_u32(e, (uint32_t)(h >> 32));
        tc_put_u32(e + 4, strtab_add(&st, lr[i].form) + 1);
        tc_put_u32(e + 8, st0);
        e[12] = (unsigned char)len; e[13] = (unsigned char)(len >> 8);
        uint32_t tc = total > 65535 ? 65535 : total;
        e[14] = (unsigned char)tc; e[15] = (unsigned char)(tc >> 8);
        i = j;
    }
    S.sec[SEC_LEX].p = NULL;
    tc_buf_add(&S.sec[SEC_LEX], lex, 16 * (size_t)slots);
    free(lex);
    /* rules: majority per key, keep keys seen at least twice or short */
    qsort(rr, nrr, sizeof *rr, cmp_rulerec);
    size_t nkeys = 0;
    for (size_t i = 0; i < nrr;) {
        size_t j = i;
        while (j < nrr && rr[j].key == rr[i].key) j++;
        nkeys++;
        i = j;
    }
    uint32_t rslots = pow2_at_least(nkeys * 2 + 1);
    unsigned char *rt = calloc(rslots, 16);
    if (!rt) goto fail;
    for (size_t i = 0; i < nrr;) {
        size_t j = i, bi = i, bc = 0;
        while (j < nrr && rr[j].key == rr[i].key) j++;
        for (size_t x = i; x < j;) {
            size_t y = x;
            while (y < j && !cmp_rulerec(&rr[x], &rr[y])) y++;
            if (y - x > bc) { bc = y - x; bi = x; }
            x = y;
        }
        if (bc >= 2) { /* a suffix seen with one word only is no rule */
            uint32_t s = (uint32_t)(rr[i].key >> 20) & (rslots - 1);
            while (tc_get_u64(rt + 16 * (size_t)s)) s = (s + 1) & (rslots - 1);
            unsigned char *e = rt + 16 * (size_t)s;
            tc_put_u64(e, rr[i].key);
            tc_put_u32(e + 8, strtab_add(&st, rr[bi].app));
            e[12] = (unsigned char)rr[bi].strip;
            e[13] = (unsigned char)rr[bi].mode;
        }
        i = j;
    }
    tc_buf_add(&S.sec[SEC_RULES], rt, 16 * (size_t)rslots);
    free(rt);
    /* open-class tags */
    int nopen = 0;
    long open_total = 0;
    for (int t = 0; t < T->ntags; t++) open_total += open_cnt[t];
    for (int t = 0; t < T->ntags; t++)
        if (open_cnt[t] * 500 >= open_total && open_cnt[t] >= 3) {
            unsigned char e[2] = {(unsigned char)t, 0};
            tc_buf_add(&S.sec[SEC_OPEN], e, 2);
            nopen++;
        }
    if (!nopen) {
        unsigned char e[2] = {0, 0};
        tc_buf_add(&S.sec[SEC_OPEN], e, 2);
        nopen = 1;
    }
    /* label candidates by (head upos | root, dep upos, direction) */
    static const int NC = NLP_LCAND_N;
    uint64_t *seen = calloc((size_t)NC * 2, sizeof(uint64_t));
    if (!seen) goto fail;
    for (int k = 0; k < T->tr.n; k++) {
        const tc_sent *s = &T->tr.s[k];
        for (int i = 0; i < s->n; i++) {
            int h = s->tok[i].head - 1;
            if (h < 0) continue;
            int hu = s->tok[h].upos, du = s->tok[i].upos, l = T->tr.label[k][i];
            int ci = (hu * TC_UPOS_COUNT + du) * 2 + (i < h);
            seen[2 * ci + (l >> 6)] |= 1ULL << (l & 63);
        }
    }
    tc_buf lc;
    tc_buf_init(&lc, NULL);
    for (int ci = 0; ci < NC; ci++) {
        unsigned char e[4];
        uint32_t stt = (uint32_t)lc.n, len = 0;
        for (int l = 0; l < T->nlabels; l++)
            if (seen[2 * ci + (l >> 6)] >> (l & 63) & 1) { tc_buf_addc(&lc, (char)l); len++; }
        e[0] = (unsigned char)stt; e[1] = (unsigned char)(stt >> 8);
        e[2] = (unsigned char)len; e[3] = (unsigned char)(len >> 8);
        tc_buf_add(&S.sec[SEC_LCAND], e, 4);
    }
    free(seen);
    tc_buf_add(&S.sec[SEC_LCAND], lc.p ? lc.p : "", lc.n);
    tc_buf_free(&lc);
    /* weights: zero tables, filled at save */
    unsigned bits[4] = {NLP_BITS_TAG, NLP_BITS_TRANS, NLP_BITS_LAB, NLP_BITS_TAG2};
    /* meta */
    uint32_t meta[MF_COUNT] = {0};
    meta[MF_NTAGS] = (uint32_t)T->ntags;
    meta[MF_NLABELS] = (uint32_t)T->nlabels;
    meta[MF_NXPOS] = (uint32_t)T->nxpos;
    meta[MF_LEXSLOTS] = slots;
    meta[MF_NLEXL] = nlexl;
    meta[MF_RULESLOTS] = rslots;
    meta[MF_NOPEN] = (uint32_t)nopen;
    meta[MF_TDMIN] = (uint32_t)tdmin;
    meta[MF_BITS_TAG] = bits[0];
    meta[MF_BITS_TRANS] = bits[1];
    meta[MF_BITS_LAB] = bits[2];
    meta[MF_ROOTLABEL] = (uint32_t)T->root_label;
    meta[MF_BITS_TAG2] = bits[3];
    for (int i = 0; i < MF_COUNT; i++) {
        unsigned char e[4];
        tc_put_u32(e, meta[i]);
        tc_buf_add(&S.sec[SEC_META], e, 4);
    }
    if (st.b.oom) goto fail;
    S.sec[SEC_STR] = st.b;
    tc_buf_init(&st.b, NULL);
    /* layout */
    uint64_t off = NLP_HDR_SIZE;
    for (int i = 0; i < NLP_NSEC; i++) {
        if (S.sec[i].oom) goto fail;
        uint64_t sz = i == SEC_WTAG ? 2ull << bits[0] : i == SEC_WTRANS ? 2ull << bits[1]
                    : i == SEC_WLAB ? 2ull << bits[2] : i == SEC_WTAG2 ? 2ull << bits[3] : S.sec[i].n;
        T->sec_off[i] = off;
        T->sec_sz[i] = sz;
        off = (off + sz + 63) & ~63ull;
    }
    T->nimg = (size_t)off;
    T->img = calloc(1, T->nimg);
    if (!T->img) goto fail;
    memcpy(T->img, NLP_MAGIC, 8);
    tc_put_u32(T->img + 8, NLP_FORMAT_VERSION);
    tc_put_u32(T->img + 12, NLP_BOM);
    tc_put_u64(T->img + 16, T->nimg);
    tc_put_u32(T->img + 28, NLP_NSEC);
    for (int i = 0; i < NLP_NSEC; i++) {
        tc_put_u64(T->img + 32 + 16 * i, T->sec_off[i]);
        tc_put_u64(T->img + 40 + 16 * i, T->sec_sz[i]);
        if (S.sec[i].n) memcpy(T->img + T->sec_off[i], S.sec[i].p, S.sec[i].n);
    }
    tc_put_u32(T->img + 24, (uint32_t)crc32(0L, T->img + NLP_HDR_SIZE, (uInt)(T->nimg - NLP_HDR_SIZE)));
    rc = TC_OK;
fail:
    for (int i = 0; i < NLP_NSEC; i++) tc_buf_free(&S.sec[i]);
    tc_buf_free(&st.b);
    free(st.slot);
    free(lr);
    free(rr);
    free(low);
    return rc;
}

/* ---- perceptron tables -------------------------------------------------- */

static bool learn_init(nlp_learn *L, unsigned bits) {
    size_t n = (size_t)1 << bits;
    L->bits = bits;
    L->c = 1;
    L->w = calloc(n, sizeof *L->w);
    L->u = calloc(n, sizeof *L->u);
    L->avg = calloc(n, sizeof *L->avg);
    return L->w && L->u && L->avg;
}
static void learn_reset(nlp_learn *L) {
    size_t n = (size_t)1 << L->bits;
    memset(L->w, 0, n * sizeof *L->w);
    memset(L->u, 0, n * sizeof *L->u);
    L->c = 1;
}
static void learn_free(nlp_learn *L) {
    free(L->w); free(L->u); free(L->avg);
    memset(L, 0, sizeof *L);
}
static void learn_average(nlp_learn *L) {
    size_t n = (size_t)1 << L->bits;
    for (size_t i = 0; i < n; i++) L->avg[i] = (float)((double)L->w[i] - L->u[i] / L->c);
}

static float quantise(const float *src, unsigned bits, unsigned char *dst) {
    size_t n = (size_t)1 << bits;
    float mx = 0;
    for (size_t i = 0; i < n; i++) if (fabsf(src[i]) > mx) mx = fabsf(src[i]);
    float sc = mx > 0 ? 32767.0f / mx : 0;
    for (size_t i = 0; i < n; i++) {
        long q = lrintf(src[i] * sc);
        uint16_t v = (uint16_t)(int16_t)q;
        dst[2 * i] = (unsigned char)v;
        dst[2 * i + 1] = (unsigned char)(v >> 8);
    }
    return sc;
}

static void shuffle(int *ord, int n, uint64_t *rng) {
    for (int i = n - 1; i > 0; i--) {
        uint64_t x = *rng;
        x ^= x << 13; x ^= x >> 7; x ^= x << 17;
        *rng = x;
        int j = (int)(x % (uint64_t)(i + 1));
        int t = ord[i]; ord[i] = ord[j]; ord[j] = t;
    }
}

static double now_s(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

/* Tagger accuracy on a corpus with the averaged weights; writes predictions to out (may be NULL). */
static double tag_accuracy(trainer *T, corpus *c, int **out) {
    long ok = 0, n = 0;
    int *tmp = malloc(sizeof(int) * (TC_NLP_MAX_WORDS + 1));
    if (!tmp) return 0;
    for (int k = 0; k < c->n; k++) {
        int *dst = out ? out[k] : tmp;
        if (c->s[k].n > TC_NLP_MAX_WORDS && !out) continue;
        if (nlp_tag_sent(&T->m, T->w, &c->s[k], dst, NULL, NULL, NULL)) continue;
        for (int i = 0; i < c->s[k].n; i++) { ok += dst[i] == c->tag[k][i]; n++; }
    }
    free(tmp);
    return n ? 100.0 * (double)ok / (double)n : 0;
}

/* Trains tagger pass `pass` (2: on the jackknifed first-pass tags in
   tr.ptag) on sentences whose fold != skip (skip < 0: all). */
static void train_tagger(trainer *T, nlp_learn *L, int epochs, int folds, int skip, nlp_learn *best_out, int pass) {
    nlp_wtab *tab = pass == 2 ? &T->m.wt_tag2 : &T->m.wt_tag;
    int *ord = malloc(sizeof(int) * (size_t)(T->tr.n ? T->tr.n : 1));
    int *scratch = malloc(sizeof(int) * (TC_NLP_MAX_WORDS + 1));
    if (!ord || !scratch) { free(ord); free(scratch); return; }
    int n = 0;
    for (int k = 0; k < T->tr.n; k++)
        if (skip < 0 || k % folds != skip) ord[n++] = k;
    learn_reset(L);
    double best = -1;
    for (int ep = 0; ep < epochs; ep++) {
        shuffle(ord, n, &T->rng);
        nlp_train_ctx ctx = {.tag = L, .rng = T->rng, .tag_pass = pass};
        tab->f = L->w;
        double t0 = now_s();
        for (int i = 0; i < n; i++) {
            int k = ord[i];
            nlp_tag_sent(&T->m, T->w, &T->tr.s[k], scratch, &ctx, T->tr.tag[k], T->tr.ptag[k]);
        }
        learn_average(L);
        tab->f = L->avg;
        if (best_out && T->dev.n) {
            double acc = tag_accuracy(T, &T->dev, NULL);
            if (T->o->verbose)
                fprintf(stderr, "tagger pass %d epoch %d: train %.2f dev %.2f (%.1fs)\n", pass, ep + 1,
                        100.0 - 100.0 * (double)ctx.tag_err / (double)(ctx.tag_n ? ctx.tag_n : 1), acc, now_s() - t0);
            if (acc > best) {
                best = acc;
                memcpy(best_out->avg, L->avg, sizeof(float) << L->bits);
            }
        } else if (T->o->verbose) {
            fprintf(stderr, "tagger (fold %d) epoch %d: train %.2f (%.1fs)\n", skip, ep + 1,
                    100.0 - 100.0 * (double)ctx.tag_err / (double)(ctx.tag_n ? ctx.tag_n : 1), now_s() - t0);
        }
    }
    if (best_out && T->dev.n) tab->f = best_out->avg;
    else if (best_out) { memcpy(best_out->avg, L->avg, sizeof(float) << L->bits); tab->f = best_out->avg; }
    free(ord);
    free(scratch);
}

static int write_file(trainer *T, const char *path) {
    tc_put_u32(T->img + 24, (uint32_t)crc32(0L, T->img + NLP_HDR_SIZE, (uInt)(T->nimg - NLP_HDR_SIZE)));
    FILE *f = fopen(path, "wb");
    if (!f) goto fail;
    if (fwrite(T->img, 1, T->nimg, f) != T->nimg) { fclose(f); goto fail; }
    if (fclose(f)) goto fail;
    return TC_OK;
fail:
    if (T->err) snprintf(T->err, T->errlen, "%s: cannot write model file", path);
    return TC_IO;
}

int tc_nlp_train(const tc_nlp_train_opts *o, char *err, size_t errlen) {
    if (!o || !o->train || o->ntrain < 1 || !o->out) return TC_MISUSE;
    trainer T;
    memset(&T, 0, sizeof T);
    T.o = o;
    T.err = err;
    T.errlen = errlen;
    T.rng = 0x9e3779b97f4a7c15ULL ^ (uint64_t)(o->seed ? o->seed : 1) * 0x2545F4914F6CDD1DULL;
    nlp_learn Ltag = {0}, Ltagbest = {0}, Ltag2best = {0}, Ltr = {0}, Llab = {0};
    float *best_tr = NULL, *best_lab = NULL, *ens_tr = NULL, *ens_lab = NULL, *tsum = NULL;
    int *ord = NULL;
    int rc = TC_NOMEM;
    tc_arena_init(&T.a, o->alloc, 1 << 22);
    T.tag_up = calloc(NLP_MAX_TAGS + 1, 1);
    if (!T.tag_up) goto fail;
    double t0 = now_s();
    rc = read_all(&T);
    if (rc) goto fail;
    if (T.tr.n == 0) { rc = TC_FORMAT; if (err) snprintf(err, errlen, "no training sentences"); goto fail; }
    rc = build_image(&T);
    if (rc) goto fail;
    rc = nlp_model_bind(&T.m, T.img, T.nimg, err, errlen);
    if (rc) goto fail;
    rc = TC_NOMEM;
    T.w = tc_nlp_work_new(&T.m, NULL);
    if (!T.w) goto fail;
    /* the second tagger pass stays off until it is trained */
    T.m.wt_tag2.q = NULL;
    if (!learn_init(&Ltag, NLP_BITS_TAG > NLP_BITS_TAG2 ? NLP_BITS_TAG : NLP_BITS_TAG2) ||
        !learn_init(&Ltagbest, NLP_BITS_TAG) || !learn_init(&Ltag2best, NLP_BITS_TAG2) || !learn_init(&Ltr, NLP_BITS_TRANS) ||
        !learn_init(&Llab, NLP_BITS_LAB))
        goto fail;
    if (o->verbose)
        fprintf(stderr, "read %d training sentences, %d dev; %d tags, %d labels (%.1fs)\n", T.tr.n, T.dev.n,
                T.ntags, T.nlabels, now_s() - t0);
    int epochs = o->epochs > 0 ? o->epochs : 12;
    int tep = o->tag_epochs > 0 ? o->tag_epochs : epochs < 8 ? epochs : 8;
    int folds = o->jackknife == 0 ? 2 : o->jackknife;
    /* jackknifed tags for the parser's training data */
    if (folds > 1) {
        for (int f = 0; f < folds; f++) {
            train_tagger(&T, &Ltag, tep, folds, f, NULL, 1);
            T.m.wt_tag.f = Ltag.avg;
            for (int k = f; k < T.tr.n; k += folds)
                nlp_tag_sent(&T.m, T.w, &T.tr.s[k], T.tr.ptag[k], NULL, NULL, NULL);
        }
    }
    /* the final taggers: R of each pass on different shuffles, averaged
       (averaging, not summing, keeps the pass-2 margin threshold meaning the same) */
    int R = o->ensemble > 0 ? o->ensemble : 4;
    tsum = calloc((size_t)1 << (NLP_BITS_TAG > NLP_BITS_TAG2 ? NLP_BITS_TAG : NLP_BITS_TAG2), sizeof *tsum);
    if (!tsum) goto fail;
    for (int pass = 1; pass <= 2; pass++) {
        nlp_learn *B = pass == 1 ? &Ltagbest : &Ltag2best;
        size_t nt = (size_t)1 << B->bits;
        memset(tsum, 0, nt * sizeof *tsum);
        Ltag.bits = B->bits;
        for (int r = 0; r < R; r++) {
            train_tagger(&T, &Ltag, tep, 1, -1, B, pass);
            for (size_t i = 0; i < nt; i++) tsum[i] += B->avg[i];
        }
        for (size_t i = 0; i < nt; i++) B->avg[i] = tsum[i] / (float)R;
        if (pass == 1) {
            T.m.wt_tag.f = B->avg;
            if (folds <= 1) tag_accuracy(&T, &T.tr, T.tr.ptag);
        } else {
            T.m.wt_tag2.f = B->avg;
        }
        if (o->verbose && T.dev.n)
            fprintf(stderr, "tagger pass %d, %d averaged: dev %.2f\n", pass, R, tag_accuracy(&T, &T.dev, NULL));
    }
    if (o->verbose) {
        double acc = 0;
        long ok = 0, n = 0;
        for (int k = 0; k < T.tr.n; k++)
            for (int i = 0; i < T.tr.s[k].n; i++) { ok += T.tr.ptag[k][i] == T.tr.tag[k][i]; n++; }
        acc = n ? 100.0 * (double)ok / (double)n : 0;
        fprintf(stderr, "parser training tags: %.2f%% correct (%.1fs)\n", acc, now_s() - t0);
    }
    /* dev tags from the final tagger */
    if (T.dev.n) tag_accuracy(&T, &T.dev, T.dev.ptag);
    /* parser */
    size_t ntr = (size_t)1 << NLP_BITS_TRANS, nlb = (size_t)1 << NLP_BITS_LAB;
    best_tr = calloc(ntr, sizeof *best_tr);
    best_lab = calloc(nlb, sizeof *best_lab);
    ord = malloc(sizeof(int) * (size_t)T.tr.n);
    if (!best_tr || !best_lab || !ord) goto fail;
    int n = 0;
    for (int k = 0; k < T.tr.n; k++)
        if (T.tr.head[k][0] != -2 && T.tr.s[k].n <= TC_NLP_MAX_WORDS) ord[n++] = k;
    /* R parsers, each from zero on its own shuffles, best epoch of each on
       dev; their averaged weights are summed into ens_* (the model scores
       with the sum, i.e. the ensemble, at the cost of one parser) */
    ens_tr = calloc(ntr, sizeof *ens_tr);
    ens_lab = calloc(nlb, sizeof *ens_lab);
    if (!ens_tr || !ens_lab) goto fail;
    for (int r = 0; r < R; r++) {
        learn_reset(&Ltr);
        learn_reset(&Llab);
        double best = -1;
        int best_ep = 0;
        for (int ep = 0; ep < epochs; ep++) {
            double te = now_s();
            shuffle(ord, n, &T.rng);
            nlp_train_ctx ctx = {.trans = &Ltr, .lab = &Llab, .explore = ep == 0 ? 0.0 : 0.9, .rng = T.rng | 1};
            T.m.wt_trans.f = Ltr.w;
            T.m.wt_lab.f = Llab.w;
            int *hd = malloc(sizeof(int) * 2 * (TC_NLP_MAX_WORDS + 1));
            if (!hd) goto fail;
            for (int i = 0; i < n; i++) {
                int k = ord[i];
                nlp_gold g = {T.tr.tag[k], T.tr.ptag[k], T.tr.head[k], T.tr.label[k]};
                nlp_prep_words(&T.m, T.w, &T.tr.s[k]);
                nlp_parse_sent(&T.m, T.w, &T.tr.s[k], T.tr.ptag[k], hd, hd + TC_NLP_MAX_WORDS + 1, &ctx, &g);
            }
            free(hd);
            T.rng ^= ctx.rng;
            learn_average(&Ltr);
            learn_average(&Llab);
            T.m.wt_trans.f = Ltr.avg;
            T.m.wt_lab.f = Llab.avg;
            double las = 0, uas = 0;
            if (T.dev.n) {
                nlp_counts c = {0};
                rc = nlp_score_gold(&T.m, T.w, T.dev.s, T.dev.n, (const int *const *)T.dev.ptag, &c);
                if (rc) goto fail;
                las = c.words ? 100.0 * (double)c.las / (double)c.words : 0;
                uas = c.words ? 100.0 * (double)c.uas / (double)c.words : 0;
            }
            if (o->verbose)
                fprintf(stderr, "parser epoch %d: train UAS %.2f, dev UAS %.2f LAS %.2f (%.1fs)\n", ep + 1,
                        100.0 - 100.0 * (double)ctx.arc_err / (double)(ctx.arc_n ? ctx.arc_n : 1), uas, las,
                        now_s() - te);
            if (!T.dev.n || las > best) {
                best = las;
                best_ep = ep + 1;
                memcpy(best_tr, Ltr.avg, ntr * sizeof *best_tr);
                memcpy(best_lab, Llab.avg, nlb * sizeof *best_lab);
            }
        }
        if (o->verbose)
            fprintf(stderr, "parser %d: best epoch %d (dev LAS %.2f); total %.1fs\n", r + 1, best_ep, best,
                    now_s() - t0);
        for (size_t i = 0; i < ntr; i++) ens_tr[i] += best_tr[i];
        for (size_t i = 0; i < nlb; i++) ens_lab[i] += best_lab[i];
        if (T.dev.n && R > 1) {
            T.m.wt_trans.f = ens_tr;
            T.m.wt_lab.f = ens_lab;
            nlp_counts c = {0};
            rc = nlp_score_gold(&T.m, T.w, T.dev.s, T.dev.n, (const int *const *)T.dev.ptag, &c);
            if (rc) goto fail;
            if (o->verbose)
                fprintf(stderr, "ensemble of %d: dev UAS %.2f LAS %.2f\n", r + 1,
                        c.words ? 100.0 * (double)c.uas / (double)c.words : 0,
                        c.words ? 100.0 * (double)c.las / (double)c.words : 0);
        }
    }
    float tsc = quantise(T.m.wt_tag.f, NLP_BITS_TAG, T.img + T.sec_off[SEC_WTAG]);
    uint32_t tscb;
    memcpy(&tscb, &tsc, sizeof tscb);
    tc_put_u32(T.img + T.sec_off[SEC_META] + 4 * MF_TAG_SCALE, tscb);
    quantise(T.m.wt_tag2.f, NLP_BITS_TAG2, T.img + T.sec_off[SEC_WTAG2]);
    quantise(ens_tr, NLP_BITS_TRANS, T.img + T.sec_off[SEC_WTRANS]);
    quantise(ens_lab, NLP_BITS_LAB, T.img + T.sec_off[SEC_WLAB]);
    rc = write_file(&T, o->out);
fail:
    if (rc == TC_NOMEM && err && errlen) snprintf(err, errlen, "out of memory");
    tc_nlp_work_free(T.w);
    learn_free(&Ltag); learn_free(&Ltagbest); learn_free(&Ltag2best); learn_free(&Ltr); learn_free(&Llab);
    free(best_tr); free(best_lab); free(ens_tr); free(ens_lab); free(tsum); free(ord);
    free(T.img);
    free(T.tag_up);
    tc_arena_free(&T.a);
    return rc;
}

/*
 * nlp_int.h -- what the files of src/nlp share: the model file layout, the
 * in-memory view of a loaded model, feature hashing, and the training hooks
 * of the tagger and parser.  Not API.
 */
#ifndef TC_NLP_INT_H
#define TC_NLP_INT_H

#include "nlp/nlp.h"

#include <string.h>

/* ---- file layout ------------------------------------------------------ */

#define NLP_MAGIC "TCNLPMD\0"
#define NLP_FORMAT_VERSION 3u
#define NLP_BOM 0x01020304u
#define NLP_HDR_SIZE 256u

enum {
    SEC_META, SEC_STR, SEC_TAGS, SEC_LABELS, SEC_LEX, SEC_LEXL, SEC_RULES,
    SEC_OPEN, SEC_LCAND, SEC_WTAG, SEC_WTRANS, SEC_WLAB, SEC_WTAG2, NLP_NSEC
};
/* Header: magic[8] version u32 bom u32 total u64 crc u32 nsec u32, then
   nsec x (offset u64, size u64); the CRC covers bytes [NLP_HDR_SIZE, total). */

/* META: u32 words, in this order */
enum {
    MF_NTAGS, MF_NLABELS, MF_NXPOS, MF_LEXSLOTS, MF_NLEXL, MF_RULESLOTS, MF_NOPEN,
    MF_TDMIN, MF_BITS_TAG, MF_BITS_TRANS, MF_BITS_LAB, MF_ROOTLABEL, MF_BITS_TAG2, MF_TAG_SCALE, MF_COUNT
};

#define NLP_MAX_TAGS 255
#define NLP_MAX_LABELS 64
#define NLP_LCAND_N (TC_UPOS_COUNT + 1) * TC_UPOS_COUNT * 2 /* (head upos|root) x dep upos x dir */

#define NLP_BITS_TAG 22
#ifndef NLP_BITS_TRANS
#define NLP_BITS_TRANS 23
#endif
#define NLP_BITS_LAB 22
#define NLP_BITS_TAG2 22

/* ---- loaded model ----------------------------------------------------- */

typedef struct nlp_wtab {
    const unsigned char *q; /* int16 little-endian (loaded) */
    const float *f;         /* float (training), preferred when set */
    unsigned bits;
} nlp_wtab;

struct tc_nlp_model {
    const tc_alloc *A;
    tc_map map;
    bool own_map;
    const unsigned char *p;
    size_t n;
    const char *str;
    size_t nstr;
    uint32_t meta[MF_COUNT];
    int ntags, nlabels, nxpos, nopen, tdmin, root_label;
    uint8_t tag_upos[NLP_MAX_TAGS + 1];
    uint8_t tag_xid[NLP_MAX_TAGS + 1];
    const char *tag_xpos[NLP_MAX_TAGS + 1];
    const char *label[NLP_MAX_LABELS + 1];
    const unsigned char *lex, *lexl, *rules, *open, *lcand;
    uint32_t lex_mask, nlexl, rules_mask;
    nlp_wtab wt_tag, wt_trans, wt_lab;
    nlp_wtab wt_tag2; /* second tagger pass (sees first-pass tags to the right) */
    float tag_scale;  /* int16 units per weight unit in wt_tag */
    void *huge;       /* anonymous copy of the file in huge pages (model_open), or NULL */
    size_t huge_n;
};

static inline uint16_t nlp_u16(const unsigned char *p) { return (uint16_t)(p[0] | p[1] << 8); }
static inline int16_t nlp_i16(const unsigned char *p) { return (int16_t)(uint16_t)(p[0] | p[1] << 8); }

/* Validates and binds; p must outlive m.  Used by the public loader and by
   the trainer (which then points the weight tables at float arrays). */
int nlp_model_bind(tc_nlp_model *m, const void *p, size_t n, char *err, size_t errlen);

/* Lexicon: slot index for a form (exact bytes), or -1. */
long nlp_lex_find(const tc_nlp_model *m, const char *s, size_t n);
static inline uint32_t nlp_lex_list(const tc_nlp_model *m, long slot, uint32_t *len, uint32_t *count) {
    const unsigned char *e = m->lex + (size_t)slot * 16;
    *len = nlp_u16(e + 12);
    *count = nlp_u16(e + 14);
    return tc_get_u32(e + 8);
}
uint64_t nlp_str_hash(const char *s, size_t n);
#define NLP_STR_SEED 0x6c657821u /* nlp_str_hash's seed of tc_hash64 */

/* ---- feature hashing -------------------------------------------------- */

#define NLP_K1 0x9e3779b97f4a7c15ULL
#define NLP_K2 0xd6e8feb86659fd93ULL
static inline uint64_t nlp_f(uint64_t tmpl, uint64_t a) {
    uint64_t h = (tmpl + 1) * NLP_K1 ^ a;
    return tc_hash_mix(h);
}
static inline uint64_t nlp_f2(uint64_t tmpl, uint64_t a, uint64_t b) {
    return tc_hash_mix(((tmpl + 1) * NLP_K1 ^ a) * NLP_K2 ^ b);
}
static inline uint64_t nlp_f3(uint64_t tmpl, uint64_t a, uint64_t b, uint64_t c) {
    return tc_hash_mix((((tmpl + 1) * NLP_K1 ^ a) * NLP_K2 ^ b) * NLP_K1 ^ c);
}
static inline uint64_t nlp_f4(uint64_t tmpl, uint64_t a, uint64_t b, uint64_t c, uint64_t d) {
    return tc_hash_mix(((((tmpl + 1) * NLP_K1 ^ a) * NLP_K2 ^ b) * NLP_K1 ^ c) * NLP_K2 ^ d);
}
/* Index of (feature, class) in a table of 2^bits weights. */
static inline uint32_t nlp_idx(uint64_t f, unsigned c, unsigned bits) {
    return (uint32_t)(((f ^ (uint64_t)(c + 1) * NLP_K1) * NLP_K2) >> (64 - bits));
}
/* Transition weights: the three actions of one feature share a line. */
static inline uint32_t nlp_idx4(uint64_t f, unsigned bits) {
    return (uint32_t)((f * NLP_K2) >> (64 - bits)) & ~3u;
}
/* Label weights: rows of 64 labels. */
static inline uint32_t nlp_idx64(uint64_t f, unsigned bits) {
    return (uint32_t)((f * NLP_K2) >> (64 - bits)) & ~63u;
}
static inline float nlp_w(const nlp_wtab *t, uint32_t i) {
    return t->f ? t->f[i] : (float)nlp_i16(t->q + 2 * (size_t)i);
}

/* ---- workspace and training hooks ------------------------------------- */

enum { ACT_SHIFT, ACT_LEFT, ACT_RIGHT, ACT_N };

/* Averaged-perceptron table for training (Daume's trick: avg = w - u/c). */
typedef struct nlp_learn {
    float *w;
    double *u;
    float *avg;
    unsigned bits;
    double c;
} nlp_learn;

static inline void nlp_learn_upd(nlp_learn *L, uint32_t i, float d) {
    L->w[i] += d;
    L->u[i] += L->c * d;
}

/* Per-sentence gold for training (0-based heads into the sentence, n = root). */
typedef struct nlp_gold {
    const int *tag;    /* joint tag ids (gold), -1 unknown */
    const int *ptag;   /* tags to parse with (predicted), or NULL = run the tagger */
    const int *head;   /* projectivised gold heads, 0-based; n means root */
    const int *label;  /* label ids */
} nlp_gold;

typedef struct nlp_train_ctx {
    nlp_learn *tag, *trans, *lab;
    double explore;      /* probability of following the model's own action */
    int tag_pass;        /* tagger pass being trained (1 or 2) */
    uint64_t rng;
    long tag_err, tag_n, arc_err, arc_n;
} nlp_train_ctx;

/* Word features of s into the workspace (done by nlp_tag_sent too). */
int nlp_prep_words(const tc_nlp_model *m, tc_nlp_work *w, const tc_sent *s);
/* Tags s (gold tags for training updates when ctx and gold set); fills
   tag ids into out_tags (size s->n). */
int nlp_tag_sent(const tc_nlp_model *m, tc_nlp_work *w, const tc_sent *s, int *out_tags,
                 nlp_train_ctx *ctx, const int *gold_tags, const int *p1);
/* Parses with given tag ids; heads 0-based (n = root) and label ids out. */
int nlp_parse_sent(const tc_nlp_model *m, tc_nlp_work *w, const tc_sent *s, const int *tags,
                   int *out_head, int *out_label, nlp_train_ctx *ctx, const nlp_gold *g);
/* Lemma for word i with tag id t: a model string, `form` itself (as long
   lived as it), or an arena copy. */
const char *nlp_lemma(const tc_nlp_model *m, const char *form, int tag, tc_arena *a);

/* Reads a whole CoNLL-U file into sentences allocated in a (errors
   "path:line: what" in err). */
int nlp_read_conllu(const char *path, tc_arena *a, tc_sent **out, int *nout, char *err, size_t errlen);

/* Running totals for gold-token scoring. */
typedef struct nlp_counts {
    long words, upos, xpos, lemma, uas, las;
} nlp_counts;
/* Base deprel equality (subtypes ignored). */
bool nlp_deprel_base_eq(const char *a, const char *b);
/* Tags (if tags == NULL) and parses a copy of each gold sentence, adding to c. */
int nlp_score_gold(const tc_nlp_model *m, tc_nlp_work *w, const tc_sent *gold, int ns, const int *const *tags,
                   nlp_counts *c);

#endif

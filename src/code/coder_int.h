/*
 * coder_int.h -- what the parts of the event coder share (internal to src/code).
 *
 * The coder is five files, each built on the ones listed before it (none
 * calls into a later one):
 *   tree.c    the sentence view every other part reads (relations, heads,
 *             children, word ids) and the questions asked of it
 *   repair.c  repairs of our parser's common slips, once per sentence
 *   actors.c  who a noun phrase is (actor and agent dictionaries, conjuncts,
 *             modifiers, the resolve callback) and who a verb's subject is
 *   match.c   verb patterns matched against a verb's clause
 *   coder.c   sentence set-up, coding each verb, combining verbs into events,
 *             discards, and the tc_code_* functions of coder.h
 * This header declares the sentence view (ctx) and what crosses files.
 * Shared functions carry the prefix ct_ (the library builds with hidden
 * visibility, so they are not exported); the few one-line accessors are
 * static inline here, so that every part keeps them inlined.
 */
#ifndef TC_CODER_INT_H
#define TC_CODER_INT_H

#include "code/coder.h"

#include <string.h>

/* Base dependency relations the coder asks about, cached per token. */
enum {
    R_OTHER = 0,
    R_CONJ,
    R_XCOMP,
    R_OBJ,
    R_NMOD,
    R_COMPOUND,
    R_APPOS,
    R_OBL,
    R_NAME,
    R_FLAT,
    R_CCOMP,
    R_ACL,
    R_PARATAXIS,
    R_NSUBJ,
    R_IOBJ,
    R_AMOD,
    R_ADVCL,
    R_RELCL,
    R_PUNCT,
    R_NEG,
    R_MARK,
    R_DEP,
    R_CSUBJ,
    R_CC,
    R_CASE,
    R_AUX,
    R_ADVMOD,
    R_DET,
    R_GOESWITH,
    R_FIXED,
    R_MWE,
    R_NUMMOD,
    R_COUNT
};

/* Per-sentence analysis, all in the caller's arena. */
typedef struct ctx {
    const tc_dict *d;
    const tc_sent *s;
    const tc_code_opts *o;
    tc_arena *a;
    int n;
    uint32_t *fw, *lw;  /* [1..n] form / lemma word ids */
    int *head;          /* [1..n] head (0 root), after the repairs (repair.c) */
    int *cbeg, *kids;   /* children CSR: kids[cbeg[i] .. cbeg[i+1]) */
    uint8_t *rel;       /* [1..n] base relation (R_*) */
    bool *weak_ok;      /* agent-only phrases ("---GOV") count as actors */
    bool *active;       /* [1..n] a repair voided the word's passive label */
    struct phrase_memo *memo; /* [1..n] ct_scan_phrase results */
    int32_t day;        /* story date in days, or INT32_MIN */
    bool has_day;
    uint32_t *wset;     /* the sentence's form and lemma ids (open addressing) */
    uint32_t wmask;
    int8_t *synok;      /* per synset: 0 unknown, 1 may match, -1 cannot */
    bool tree_repaired; /* the sentence has had the repairs (tc_code_repair_sent) */
} ctx;

/* The one-line questions asked of every word (tree.c has the longer ones). */
static inline bool rel_is(const ctx *c, int i, int rel) {
    return i >= 1 && i <= c->n && c->rel[i] == rel;
}

static inline bool rel_full(const ctx *c, int i, const char *full) {
    const char *r = c->s->tok[i - 1].deprel;
    return r && !strcmp(r, full);
}

static inline int head_of(const ctx *c, int i) { return c->head[i]; }

static inline int upos(const ctx *c, int i) { return c->s->tok[i - 1].upos; }

static inline bool tok_is(const ctx *c, int i, uint32_t w) {
    return w && (c->fw[i] == w || c->lw[i] == w);
}

/* The dictionary word ids entries are looked up by for token t: its form's,
   then its lemma's when that differs.  Returns how many (1 or 2). */
static inline int word_ids(const ctx *c, int t, uint32_t ids[2]) {
    ids[0] = c->fw[t];
    if (c->lw[t] == c->fw[t]) return 1;
    ids[1] = c->lw[t];
    return 2;
}

/* A common or proper noun. */
static inline bool noun(const ctx *c, int t) { return upos(c, t) == TC_UPOS_NOUN || upos(c, t) == TC_UPOS_PROPN; }
/* A noun or a pronoun: what can stand as an argument. */
static inline bool noun_or_pron(const ctx *c, int t) { return noun(c, t) || upos(c, t) == TC_UPOS_PRON; }
/* A word that can head an actor phrase: a noun, pronoun, adjective or
   number. */
static inline bool nominal(const ctx *c, int t) {
    int u = upos(c, t);
    return u == TC_UPOS_NOUN || u == TC_UPOS_PROPN || u == TC_UPOS_PRON || u == TC_UPOS_ADJ || u == TC_UPOS_NUM;
}

/* Whether the dictionaries are PETRARCH-2's (CAMEO.2.0.txt and the
   Phoenix files): its verb dictionary ends with verb transformations, which
   the 2.02 validation dictionaries (TABARI lineage) lack.  The two coders
   differ in a few places, marked where this is asked. */
static inline bool petrarch2_dicts(const ctx *c) { return c->d->n[TC_DS_XFORM] > 0; }

/* Actor and agent codes found in a phrase's words (ct_scan_codes). */
typedef struct codes {
    uint32_t actor[8];
    int nactor;
    uint32_t agent[8];
    int nagent;
    int actor_tok; /* first and last token of the first actor match */
    int actor_end;
    int agent_tok[8], agent_end[8];
} codes;

/* A coded actor phrase: its code, head token and span (inclusive). */
typedef struct actor {
    const char *code;
    int head, beg, end;
} actor;

/* How one verb pattern matched (ct_match_side). */
typedef struct pmatch {
    int score;
    int words[8];   /* sentence tokens matched by pattern words */
    int nwords;
    int src, tgt; /* token positions marked by $ / + (0 none) */
    bool both;
    bool neg_in_pattern;
} pmatch;

/* ---- tree.c: the sentence view ----------------------------------------- */

bool ct_in_sent(const ctx *c, uint32_t w);
void ct_add_sent_word(ctx *c, uint32_t w);
bool ct_has_subject(const ctx *c, int v, int skip);
bool ct_descends(const ctx *c, int t, int a);
bool ct_match_plain(const ctx *c, const int *pos, int npos, int k, uint32_t off, uint32_t len);
int ct_cmp_int(const void *a, const void *b);
int ct_np_head(const ctx *c, int t);
bool ct_in_pp(const ctx *c, int t);
bool ct_is_neg_tok(const ctx *c, int t);
bool ct_to_infinitive(const ctx *c, int x);
bool ct_has_case_by(const ctx *c, int h);
bool ct_is_passive(const ctx *c, int v);
const uint32_t *ct_verb_entry(const ctx *c, int v);
int ct_verb_groups(const ctx *c, const uint32_t *ve, uint32_t *groups, int max);

/* ---- repair.c: parse repairs -------------------------------------------- */

void ct_repair_tree(ctx *c);

/* ---- actors.c: actor phrases -------------------------------------------- */

size_t ct_phrase_memo_size(void);
void ct_scan_codes(const ctx *c, const int *pos, int npos, codes *out);
const char *ct_mix(const ctx *c, const codes *cd, uint32_t actor);
const char *ct_mix_agents(const ctx *c, const codes *cd);
void ct_scan_phrase(const ctx *c, int h, codes *cd, int *beg, int *end);
int ct_code_conj(const ctx *c, int h, actor *out, int max);
int ct_actor_at(const ctx *c, int t);
int ct_resolve_pronoun(const ctx *c, int subj, int v);
int ct_subject_of(const ctx *c, int v, bool *pass);

/* ---- match.c: verb patterns --------------------------------------------- */

bool ct_syn_possible(const ctx *c, uint32_t syn, int depth);
int ct_match_side(const ctx *c, const uint32_t *toks, int nt, const int *pos, int npos, bool fwd, pmatch *pm);
int ct_pm_dist(const pmatch *pm, int v);
void ct_collect_post(const ctx *c, int v, int x, int *pos, int *npos, int depth);
void ct_collect_sub(const ctx *c, int x, int *pos, int *npos, int depth);

#endif

/*
 * dict.h -- the PETRARCH dictionaries in memory (internal to the library).
 *
 * One tc_dict holds actors, agents, verbs (groups, verb forms, patterns,
 * synsets), discards and the PETRARCH internal coding ontology (PICO).  All
 * of it lives in a fixed set of flat little arrays ("sections") of uint32
 * records plus one byte pool of strings, so the same object can be built
 * from the text files or copied straight out of the compiled binary form
 * (dict_bin.c) without any rebuilding.  After loading it is read-only.
 *
 * Words are normalised (NFKC + case fold, ASCII fast path) and interned:
 * every distinct word or code string has a uint32 id (0 = none), found via an
 * open-addressing hash section.  Multi-word phrases are runs of word ids in
 * the SEQ section.  Per-first-word CSR indexes make "which actor/agent/verb/
 * discard entries start with word w" an O(1) lookup.
 */
#ifndef TC_DICT_H
#define TC_DICT_H

#include "core/core.h"

enum {
    TC_DS_STR,     /* bytes: NUL-terminated strings */
    TC_DS_WORD,    /* [id] -> byte offset of the string in STR */
    TC_DS_WHASH,   /* open addressing table of ids (0 empty), size power of 2 */
    TC_DS_SEQ,     /* word-id runs (phrases) and encoded pattern tokens */
    TC_DS_ACTOR,   /* TC_ACTOR_W words each: seq, len, code_beg, code_cnt */
    TC_DS_ACODE,   /* TC_ACODE_W: code id, lo day+bias (0 = open), hi day+bias (0 = open) */
    TC_DS_AGENT,   /* TC_AGENT_W: seq, len, code id */
    TC_DS_VERB,    /* TC_VERB_W: seq, len, head position, group, code id (0 = group's) */
    TC_DS_GROUP,   /* TC_GROUP_W: name id, code id, pat_beg, pat_cnt */
    TC_DS_PAT,     /* TC_PAT_W: seq, len, code id, source line */
    TC_DS_SYN,     /* TC_SYN_W: name id, mem_beg, mem_cnt */
    TC_DS_SYNMEM,  /* TC_SYNMEM_W: seq, len */
    TC_DS_DISC,    /* TC_DISC_W: seq, len, flags (1 = story-level) */
    TC_DS_PICO,    /* TC_PICO_W: code id, value+bias */
    TC_DS_IACTOR,  /* CSR by first word: nwords+1 offsets into a sorted id list */
    TC_DS_LACTOR,
    TC_DS_IAGENT,
    TC_DS_LAGENT,
    TC_DS_IVERB,
    TC_DS_LVERB,
    TC_DS_IDISC,
    TC_DS_LDISC,
    TC_DS_XFORM,   /* TC_XFORM_W: verb transformations ("~ a (a b ATTACK) SAY = a b 015") */
    TC_DS_COUNT
};

#define TC_ACTOR_W 4
#define TC_ACODE_W 3
#define TC_AGENT_W 3
#define TC_VERB_W 5
#define TC_GROUP_W 4
#define TC_PAT_W 4
#define TC_SYN_W 3
#define TC_SYNMEM_W 2
#define TC_DISC_W 3
#define TC_PICO_W 2
/* Transformation record: outer code id, inner code id (0 = any, "Q"),
   inner source var, inner target var, result source var, result target var,
   result code id (0 = the inner code), source line.  Vars: TC_XV_*. */
#define TC_XFORM_W 8
enum { TC_XV_NONE = 0 /* _ */, TC_XV_A /* a */, TC_XV_B /* b */, TC_XV_ANY /* . */ };
#define TC_DATE_BIAS 0x40000000u /* days since 1970 + bias > 0 for any real date */
#define TC_PICO_BIAS 0x40000000u

/* Pattern tokens in SEQ: kind in bits 28..31, "joined to the previous token
   by '_'" in bit 27, value (word id or synset index) in bits 0..26. */
enum {
    TC_PT_WORD = 1, TC_PT_SYN, TC_PT_VERB /* * */, TC_PT_SRC /* $ */, TC_PT_TGT /* + */,
    TC_PT_BOTH /* % */, TC_PT_SKIP /* ^ */, TC_PT_LPAR, TC_PT_RPAR, TC_PT_LBRACE, TC_PT_RBRACE,
    TC_PT_OR
};
#define TC_PT_KIND(t) ((t) >> 28)
#define TC_PT_JOIN(t) (((t) >> 27) & 1u)
#define TC_PT_VAL(t) ((t) & 0x07ffffffu)
#define TC_PT_MAKE(k, join, v) (((uint32_t)(k) << 28) | ((uint32_t)(join) << 27) | ((uint32_t)(v) & 0x07ffffffu))

struct tc_dict {
    const tc_alloc *A;
    uint32_t *sec[TC_DS_COUNT]; /* STR is stored as bytes in sec[TC_DS_STR] */
    uint32_t n[TC_DS_COUNT];    /* element count in uint32 units (STR: bytes) */
    uint32_t nwords;            /* ids 1..nwords-1 are used; 0 is none */
    void *block;                /* one allocation holding everything when loaded from binary */
    bool owns_sections;         /* sections were malloc'd one by one */
    uint16_t *htag;             /* per WHASH slot: top 16 bits of its word's hash (tc_dict_index) */
    struct tc_pico_ix { uint32_t code, i; } *pico_ix; /* PICO entries by code, then position (tc_dict_index) */
    uint32_t npico;
};

/* String of id (never NULL; "" for 0). */
static inline const char *tc_dict_str(const tc_dict *d, uint32_t id) {
    if (id == 0 || id >= d->nwords) return "";
    return (const char *)d->sec[TC_DS_STR] + d->sec[TC_DS_WORD][id];
}
/* Builds d->htag, which lets a look-up skip the slots of other words
   without reading their strings (most look-ups of news words find nothing,
   and each string read is a cache miss), and d->pico_ix, which finds a
   code's ontology value by halves.  False when out of memory. */
bool tc_dict_index(tc_dict *d);
/* Id of an already-normalised string, 0 if absent. */
uint32_t tc_dict_find(const tc_dict *d, const char *s, size_t n);
/* Normalises s (ASCII fast path, else tc_normalize) and looks it up; 0 if absent. */
uint32_t tc_dict_word(const tc_dict *d, const char *s, size_t n);
/* The same, reporting an allocation failure (non-ASCII words) in *oom. */
uint32_t tc_dict_word_oom(const tc_dict *d, const char *s, size_t n, bool *oom);

/* CSR lookups: the entry indexes whose first word is w. */
static inline const uint32_t *tc_dict_by_first(const tc_dict *d, int idx_sec, uint32_t w, uint32_t *cnt) {
    if (w == 0 || w >= d->nwords || d->n[idx_sec] < d->nwords + 1) { *cnt = 0; return NULL; }
    const uint32_t *I = d->sec[idx_sec];
    *cnt = I[w + 1] - I[w];
    return d->sec[idx_sec + 1] + I[w];
}

/* PICO value of a CAMEO code id; false if the ontology lacks it. */
bool tc_dict_pico(const tc_dict *d, uint32_t code, int32_t *val);
/* CAMEO code id for a PICO value (first listed), 0 if none. */
uint32_t tc_dict_pico_code(const tc_dict *d, int32_t val);

/* Builds from text files (see tacitus.h tc_dict_files); warnings go to lg. */
int tc_dict_build(tc_dict **out, const tc_alloc *A, const tc_logger *lg, const char *verbs,
                  const char *const *actors, size_t nactors, const char *agents,
                  const char *discards, const char *pico, char *err, size_t errlen);

#endif

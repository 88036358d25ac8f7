/*
 * core.h -- internal helpers shared by every stage: allocation through the
 * tc_alloc hooks, per-document arenas with sticky out-of-memory, growable
 * byte buffers, string hashing, calendar dates, and the token/sentence
 * structure that the parser produces and the coder, time and geo stages read.
 *
 * Not API: nothing here is declared in include/tacitus.h.
 */
#ifndef TC_CORE_H
#define TC_CORE_H

#include "tacitus.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <strings.h>

#if defined(__GNUC__)
#define TC_HIDDEN __attribute__((visibility("hidden")))
#define TC_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define TC_HIDDEN
#define TC_PRINTF(a, b)
#endif

/* "Impossible, but survivable in release" (sqlite's ALWAYS/NEVER). */
#ifdef NDEBUG
#define TC_ALWAYS(x) (x)
#define TC_NEVER(x) (x)
#else
#include <assert.h>
#define TC_ALWAYS(x) ((x) ? 1 : (assert(0), 0))
#define TC_NEVER(x) ((x) ? (assert(0), 1) : 0)
#endif

#define TC_COUNTOF(a) (sizeof(a) / sizeof((a)[0]))

/* ---- allocation ------------------------------------------------------ */

/* All take a possibly-NULL hook table; NULL means the C library. */
void *tc_mem_alloc(const tc_alloc *A, size_t n);
void *tc_mem_calloc(const tc_alloc *A, size_t n, size_t size); /* zeroed, overflow-checked */
void *tc_mem_realloc(const tc_alloc *A, void *p, size_t n);     /* old p dead on success */
void tc_mem_free(const tc_alloc *A, void *p);
char *tc_mem_strdup(const tc_alloc *A, const char *s);
char *tc_mem_strndup(const tc_alloc *A, const char *s, size_t n);

/*
 * Arena: bump allocation in chunks; tc_arena_reset makes all earlier pointers
 * dead in O(chunks).  It keeps up to TC_ARENA_SPARE chunks of the base size
 * for the next document and frees the rest (and every one-off big block):
 * a story that needs more than one chunk would otherwise give its memory
 * back to the system and fault it in afresh, story after story.  Out of
 * memory is sticky: after the first failure every allocation returns NULL
 * until reset, and `oom` stays set so the public entry point can report
 * TC_NOMEM.
 */
#if defined(__SANITIZE_ADDRESS__)
#define TC_ARENA_SPARE 0 /* under AddressSanitizer every chunk is freed, so a pointer kept past reset is caught */
#else
#define TC_ARENA_SPARE 16
#endif
typedef struct tc_arena_chunk tc_arena_chunk;
typedef struct tc_arena {
    const tc_alloc *A;
    tc_arena_chunk *head;
    tc_arena_chunk *spare; /* base-sized chunks kept by reset, unused */
    size_t chunk_size;
    size_t used_total;
    bool oom;
} tc_arena;

void tc_arena_init(tc_arena *a, const tc_alloc *A, size_t chunk_size);
void tc_arena_free(tc_arena *a);
void tc_arena_reset(tc_arena *a);
void *tc_arena_alloc(tc_arena *a, size_t n);       /* 16-byte aligned, not zeroed */
void *tc_arena_calloc(tc_arena *a, size_t n, size_t size);
char *tc_arena_strndup(tc_arena *a, const char *s, size_t n);
char *tc_arena_strdup(tc_arena *a, const char *s);
char *tc_arena_printf(tc_arena *a, const char *fmt, ...) TC_PRINTF(2, 3);

/* ---- growable buffer ------------------------------------------------- */

/* A NUL-terminated byte buffer; `oom` is sticky like the arena's. */
typedef struct tc_buf {
    const tc_alloc *A;
    char *p;
    size_t n, cap;
    bool oom;
} tc_buf;

void tc_buf_init(tc_buf *b, const tc_alloc *A);
void tc_buf_free(tc_buf *b);
void tc_buf_clear(tc_buf *b);
bool tc_buf_reserve(tc_buf *b, size_t extra);
bool tc_buf_add(tc_buf *b, const void *s, size_t n);
bool tc_buf_adds(tc_buf *b, const char *s);
bool tc_buf_addc(tc_buf *b, char c);
bool tc_buf_printf(tc_buf *b, const char *fmt, ...) TC_PRINTF(2, 3);
bool tc_buf_vprintf(tc_buf *b, const char *fmt, va_list ap);
/* Appends s as the inside of a JSON string (quotes not added). */
bool tc_buf_add_json(tc_buf *b, const char *s, size_t n);
/* Appends v in decimal (no printf: integers are most of the records). */
bool tc_buf_add_long(tc_buf *b, long v);

/* ---- hashing --------------------------------------------------------- */

uint64_t tc_hash64(const void *p, size_t n, uint64_t seed); /* FNV-1a then a 64-bit mix */
static inline uint64_t tc_hash_mix(uint64_t x) {
    x ^= x >> 33; x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33; x *= 0xc4ceb3f97a4fe63bULL;
    x ^= x >> 33; return x;
}
/* tc_hash64 in steps, for the hashes of a string's prefixes in one pass:
   tc_hash64(p, n, seed) == tc_hash_mix(tc_fnv64_add(tc_fnv64_begin(seed), p, n)). */
static inline uint64_t tc_fnv64_begin(uint64_t seed) { return 0xcbf29ce484222325ULL ^ seed; }
static inline uint64_t tc_fnv64_byte(uint64_t h, unsigned char c) { return (h ^ c) * 0x100000001b3ULL; }
static inline uint64_t tc_fnv64_add(uint64_t h, const void *p, size_t n) {
    const unsigned char *s = p;
    for (size_t i = 0; i < n; i++) h = tc_fnv64_byte(h, s[i]);
    return h;
}

/* ---- little-endian binary helpers (model and dictionary files) -------- */

static inline void tc_put_u32(unsigned char *p, uint32_t v) {
    p[0] = (unsigned char)v; p[1] = (unsigned char)(v >> 8);
    p[2] = (unsigned char)(v >> 16); p[3] = (unsigned char)(v >> 24);
}
static inline uint32_t tc_get_u32(const unsigned char *p) {
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}
static inline void tc_put_u64(unsigned char *p, uint64_t v) {
    tc_put_u32(p, (uint32_t)v); tc_put_u32(p + 4, (uint32_t)(v >> 32));
}
static inline uint64_t tc_get_u64(const unsigned char *p) {
    return (uint64_t)tc_get_u32(p) | (uint64_t)tc_get_u32(p + 4) << 32;
}
/* CRC-32 (IEEE) for file checksums. */
uint32_t tc_crc32(uint32_t crc, const void *p, size_t n);

/* Maps a whole file read-only (mmap, falling back to read). */
typedef struct tc_map {
    const unsigned char *p;
    size_t n;
    bool mapped; /* else p was malloc'd through A */
    const tc_alloc *A;
} tc_map;
int tc_map_file(tc_map *m, const char *path, const tc_alloc *A); /* TC_OK / TC_IO / TC_NOMEM */
void tc_unmap(tc_map *m);

/* ---- dates ----------------------------------------------------------- */

/* A calendar date; fields 0 mean "unknown" (precision by what is set). */
typedef struct tc_date {
    int16_t y;
    int8_t m, d;
} tc_date;

bool tc_date_valid(tc_date d);                 /* full y-m-d and a real day */
int tc_days_in_month(int y, int m);
int32_t tc_date_to_days(tc_date d);            /* days since 1970-01-01 */
tc_date tc_days_to_date(int32_t days);
int tc_weekday(tc_date d);                     /* 0=Monday .. 6=Sunday */
/* Parses YYYY-MM-DD, YYYYMMDD, YYMMDD (PETRARCH six-digit: 19yy if yy>=30) */
bool tc_date_parse(const char *s, size_t n, tc_date *out);
/* Writes "YYYY-MM-DD" / "YYYY-MM" / "YYYY" by precision into buf[11]. */
void tc_date_format(tc_date d, char buf[11]);

/* ---- tokens and sentences (the parser's output, everyone's input) ---- */

enum tc_upos {
    TC_UPOS_NONE = 0,
    TC_UPOS_ADJ, TC_UPOS_ADP, TC_UPOS_ADV, TC_UPOS_AUX, TC_UPOS_CCONJ,
    TC_UPOS_DET, TC_UPOS_INTJ, TC_UPOS_NOUN, TC_UPOS_NUM, TC_UPOS_PART,
    TC_UPOS_PRON, TC_UPOS_PROPN, TC_UPOS_PUNCT, TC_UPOS_SCONJ, TC_UPOS_SYM,
    TC_UPOS_VERB, TC_UPOS_X,
    TC_UPOS_COUNT
};
const char *tc_upos_name(int upos);            /* "NOUN"; "_" for NONE */
int tc_upos_from_name(const char *s, size_t n); /* TC_UPOS_NONE if unknown */

/*
 * One syntactic word.  Strings are NUL-terminated and owned by whoever built
 * the sentence (a document arena, a reader's record, or a model's string
 * table); they live as long as that owner.  `head` is 1-based into the same
 * sentence, 0 for the root, -1 if unknown.  `beg`/`end` are byte offsets of
 * the word in the sentence's `text` (UINT32_MAX if unknown, e.g. the parts
 * of a multi-word token other than the first).
 */
typedef struct tc_tok {
    const char *form;
    const char *lemma;
    const char *xpos;
    const char *feats;
    const char *deprel;   /* full UD label with subtype, e.g. "nsubj:pass" */
    const char *misc;
    uint8_t upos;         /* enum tc_upos */
    int16_t head;
    uint32_t beg, end;
} tc_tok;

/* A multi-word token ("Iraq's" = words "Iraq" + "'s"): words first..last
   (1-based, inclusive) share one surface form. */
typedef struct tc_mwt {
    int first, last;
    const char *form;
    uint32_t beg, end;
} tc_mwt;

typedef struct tc_sent {
    tc_tok *tok;          /* tok[0..n-1] are words 1..n */
    int n;
    tc_mwt *mwt;          /* sorted by first; may be NULL */
    int nmwt;
    const char *id;       /* "# sent_id" or NULL */
    const char *text;     /* the sentence text, NUL-terminated */
    int index;            /* 1-based sentence number within its document */
    uint32_t doc_beg;     /* byte offset of text in the document, or UINT32_MAX */
} tc_sent;

/* The word's lemma, or its form when there is none (NULL or "_"). */
static inline const char *tc_tok_lemma(const tc_tok *t) {
    return t->lemma && !(t->lemma[0] == '_' && !t->lemma[1]) ? t->lemma : t->form;
}

/* Cuts the next line out of writable text: returns it NUL-terminated (its
   '\n' overwritten) and moves *cur past it; NULL when no text is left. */
char *tc_next_line(char **cur);

/* Splits a NUL-terminated line in place on tabs into at most max fields
   f[0..max); returns the field count, or max + 1 when there are more (the
   last field then ends at the next tab). */
int tc_split_tabs(char *line, char **f, int max);

/* Whether tc_tok_lemma(t) equals w, ignoring ASCII case:
   tc_lemma_is(t, "attack").  Rejects on the first letter before comparing,
   as callers test one word against whole word lists. */
static inline bool tc_lemma_is(const tc_tok *t, const char *w) {
    const char *l = tc_tok_lemma(t);
    /* ASCII letters fold by bit 5; other bytes may pass the quick test and
       are then compared in full */
    if (!l || !w || (l[0] | 0x20) != (w[0] | 0x20)) return false;
    return !strcasecmp(l, w);
}
/* Whether the word's lemma is one of w[0..n) (tc_lemma_is). */
bool tc_lemma_in(const tc_tok *t, const char *const *w, size_t n);

/* Deprel without subtype, compared: tc_deprel_is(t, "obl") matches "obl:tmod".
   (Inline: called per word per rule, with a constant name, which the
   compiler then compares in place.) */
static inline bool tc_deprel_is(const tc_tok *t, const char *base) {
    const char *d = t->deprel;
    if (!d) return false;
    while (*base && *d == *base) { d++; base++; }
    return !*base && (!*d || *d == ':');
}

/* ---- UTF-8 and normalisation ----------------------------------------- */

/* Length of the longest valid UTF-8 prefix of s[0..n); == n if all valid. */
size_t tc_utf8_valid_prefix(const char *s, size_t n);
/*
 * NFKC + case fold + lump (curly quotes, dashes, odd spaces to ASCII) via
 * libutf8proc, appended to out.  Returns false on invalid UTF-8 or OOM.
 */
bool tc_normalize(tc_buf *out, const char *s, size_t n, bool casefold);

/* ---- messages -------------------------------------------------------- */

/* Logger used by modules that report "file:line: what" warnings. */
typedef struct tc_logger {
    void (*fn)(void *ud, int level, const char *msg);
    void *ud;
} tc_logger;
void tc_log(const tc_logger *lg, int level, const char *fmt, ...) TC_PRINTF(3, 4);

#endif /* TC_CORE_H */

/*
 * nlp.h -- internal interface of the tagger, lemmatizer and dependency
 * parser for the end-to-end pipeline (src/code, the story coder).
 *
 * Use: load a tc_nlp_model once (tc_nlp_model_load / _open in tacitus.h),
 * create one tc_nlp_work per thread, then call tc_nlp_annotate on each
 * segmented sentence.  The model is never written to; all scratch state
 * lives in the workspace.
 */
#ifndef TC_NLP_H
#define TC_NLP_H

#include "core/core.h"

typedef struct tc_nlp_work tc_nlp_work;

/* A workspace for one thread; grows with the longest sentence seen.
   Returns NULL when out of memory. */
tc_nlp_work *tc_nlp_work_new(const tc_nlp_model *m, const tc_alloc *A);
void tc_nlp_work_free(tc_nlp_work *w);

/*
 * Fills upos, xpos, lemma, head and deprel of every word of s in place
 * (form must be set; other fields are overwritten).  xpos and deprel point
 * into the model (they live as long as it); lemma points into the model
 * when the lexicon knows it and otherwise into `a`.  Sentences longer than
 * TC_NLP_MAX_WORDS words are parsed as chained chunks.  Returns TC_OK or
 * TC_NOMEM (from `a` or the workspace).
 */
#define TC_NLP_MAX_WORDS 4000
int tc_nlp_annotate(const tc_nlp_model *m, tc_nlp_work *w, tc_sent *s, tc_arena *a);

/* The same, only the tagger and lemmatizer (head/deprel left alone). */
int tc_nlp_tag(const tc_nlp_model *m, tc_nlp_work *w, tc_sent *s, tc_arena *a);

/* Re-parses s keeping its upos/xpos (a caller's corrections of
   tc_nlp_annotate's tags): redoes lemma, head and deprel.  Returns TC_OK,
   TC_NOTFOUND (a word's upos/xpos pair is no tag of the model; s is left
   as it was), TC_MISUSE or TC_NOMEM.  Same path as tc_nlp_annotate, over-long
   sentences included. */
int tc_nlp_reparse(const tc_nlp_model *m, tc_nlp_work *w, tc_sent *s, tc_arena *a);

/* As tc_nlp_reparse, right after tc_nlp_tag of the same s with the same w
   (the words' features it prepared are used again): the parse of a tagged
   sentence whose tags a caller may have corrected in between. */
int tc_nlp_parse_tagged(const tc_nlp_model *m, tc_nlp_work *w, tc_sent *s, tc_arena *a);

/* Whether the training lexicon saw `form` (exact bytes) with the XPOS tag
   `xpos` ("shot" as VBD); false for forms it never saw. */
bool tc_nlp_lex_has(const tc_nlp_model *m, const char *form, const char *xpos);

#endif

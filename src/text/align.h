/*
 * align.h -- the CoNLL 2018 shared task alignment of system words to gold
 * words over the same underlying text (conll18_ud_eval.py), used to score
 * raw-text tokenization, sentence splitting and, through sys_of_gold, the
 * tagger and parser on system tokens.
 */
#ifndef TC_TEXT_ALIGN_H
#define TC_TEXT_ALIGN_H

#include "core/core.h"

/*
 * CoNLL 2018 evaluation alignment of system vs gold segmentation over the
 * same underlying text (characters compared after removing whitespace),
 * exactly as conll18_ud_eval.py does it: tokens and sentences are compared by
 * character spans; words inside multi-word tokens are aligned by LCS within
 * the MWT.  Words are numbered globally 0..N-1 across sentences in order.
 */
typedef struct tc_align {
    int ngold, nsys;            /* total words */
    int *sys_of_gold;           /* [ngold] aligned system word index or -1 */
    double tokens_p, tokens_r, tokens_f1, sentences_f1, words_f1;
} tc_align;

/*
 * Fills *out (sys_of_gold in arena a).  Returns TC_OK; TC_FORMAT when the
 * two sides' characters (whitespace removed) differ, as the official script
 * refuses them; TC_NOMEM.  F1 values are fractions in [0,1].
 */
int tc_align_words(tc_arena *a, const tc_sent *gold, int ngold_sents, const tc_sent *sys,
                   int nsys_sents, tc_align *out);

#endif

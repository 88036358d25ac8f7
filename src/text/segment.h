/*
 * segment.h -- raw English text to sentences of UD syntactic words
 * (tokenizer, multi-word token splitter and sentence splitter), following
 * the UD English EWT/GUM conventions.
 */
#ifndef TC_TEXT_SEGMENT_H
#define TC_TEXT_SEGMENT_H

#include "core/core.h"

/*
 * Splits a document text[0..n) (UTF-8) into sentences of UD syntactic
 * words.  Each tc_sent gets: text = copy of the sentence's span (in arena
 * a), doc_beg = byte offset of the span in the document, index = 1-based
 * sentence number, tok[i].form = the word (for multi-word tokens the UD
 * split forms, e.g. "ca" "n't", "Iraq" "'s"), tok[i].beg/end = byte offsets
 * in the sentence text (for MWT words: every part gets the surface token's
 * span), mwt[] for multi-word tokens, upos NONE, head -1, other strings
 * NULL.  Forms keep the original bytes (curly quotes stay curly).
 *
 * Returns TC_OK; TC_FORMAT for invalid UTF-8 with the byte offset of the
 * first bad byte in *bad_at (when non-NULL); TC_NOMEM on arena failure.
 * *out is arena memory (NULL with *nsent 0 for a text without tokens).
 * Thread-safe: no state outside the arguments.
 */
int tc_segment(tc_arena *a, const char *text, size_t n, tc_sent **out, int *nsent, size_t *bad_at);

/*
 * A gold CoNLL-U file read for raw-text evaluation: all sentences in file
 * order, and for each document ("# newdoc", or the whole file when there is
 * none) the raw text rebuilt from its "# text" lines -- sentences of one
 * paragraph joined by a space, paragraphs ("# newpar") by a blank line, as
 * UD's conllu_to_text does without line wrapping.
 */
typedef struct tc_gold_doc {
    const char *text;   /* NUL-terminated, arena memory */
    size_t n;
    int first, nsent;   /* its sentences: sents[first .. first+nsent) */
} tc_gold_doc;

/*
 * Reads the CoNLL-U buffer s[0..n).  Everything lives in arena a.
 * Returns TC_OK, TC_NOMEM, or TC_FORMAT with "line K: what" (K 1-based in
 * the whole buffer) in err[errlen].
 */
int tc_gold_read(tc_arena *a, const char *s, size_t n, tc_sent **sents, int *nsents,
                 tc_gold_doc **docs, int *ndocs, char *err, size_t errlen);

#endif

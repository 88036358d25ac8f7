/*
 * conllu.h -- CoNLL-U (10 columns) reading and writing, shared by the
 * validation reader (<Parse> blocks), the parser trainer and evaluator, and
 * `tacitus parse`.
 */
#ifndef TC_CONLLU_H
#define TC_CONLLU_H

#include "core/core.h"

/*
 * Parses one sentence block (lines up to a blank line or the end of the
 * buffer) from s[0..n).  Comment lines "# text = ..." and "# sent_id = ..."
 * fill out->text / out->id; other comments are skipped.  Multi-word token
 * lines (1-2) go to out->mwt; empty nodes (1.1) are skipped.  All strings are
 * copied into `a`.  If no "# text" is present, text is the forms joined by
 * spaces (no space after a token whose MISC has SpaceAfter=No), and tok
 * beg/end are offsets into whichever text results when they can be aligned.
 *
 * Returns TC_OK, TC_DONE if the block holds no word lines, TC_NOMEM, or
 * TC_FORMAT with a message "line K: what" (K relative to the block's first
 * line, 1-based) in err[errlen].  *used receives the bytes consumed
 * (including the terminating blank line).
 */
int tc_conllu_parse(tc_arena *a, const char *s, size_t n, tc_sent *out, size_t *used,
                    char *err, size_t errlen);

/*
 * Appends the sentence in CoNLL-U, with "# sent_id" (if id) and "# text"
 * comments, MWT lines, and a final blank line.  Unknown fields are "_";
 * head -1 is written as "_".
 */
bool tc_conllu_write(tc_buf *b, const tc_sent *s);

#endif

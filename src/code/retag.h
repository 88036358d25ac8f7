/*
 * retag.h -- dictionary-informed tag corrections and re-parse (internal).
 */
#ifndef TC_RETAG_H
#define TC_RETAG_H

#include "core/core.h"
#include "dict/dict.h"
#include "nlp/nlp.h"

/*
 * After tc_nlp_annotate: a run of capitalised words spelling a whole
 * multi-word actor entry of d gets its noun/adjective/verb words tagged
 * PROPN (NNP, NNPS for plurals); a plural noun between a relative pronoun
 * (WDT/WP) and a determiner that is a one-word verb of d becomes VERB/VBZ
 * (an interjection between a noun and a determiner: VERB/VBP);
 * a sentence with such a correction is parsed again with m.  *changed (may be NULL) tells whether s was
 * re-parsed.  Returns TC_OK (also when the model lacks a tag or the
 * sentence is too long to re-parse: s then stays as it was), TC_NOMEM or
 * TC_MISUSE.
 */
int tc_code_retag(const tc_dict *d, const tc_nlp_model *m, tc_nlp_work *w, tc_sent *s, tc_arena *a, bool *changed);

/* The same in two halves, for a pipeline that tags before it parses (one
   parse instead of two for most corrected sentences): _tags makes the
   corrections that read tags alone (no parse, *changed tells whether a tag
   changed); _tree, after the parse, those that read the tree (names that
   are not one phrase, "say NP VBN ..."), re-parsing when it changes one. */
int tc_code_retag_tags(const tc_dict *d, const tc_nlp_model *m, tc_sent *s, tc_arena *a, bool *changed);
int tc_code_retag_tree(const tc_dict *d, const tc_nlp_model *m, tc_nlp_work *w, tc_sent *s, tc_arena *a, bool *changed);

/* Tree repairs of constructions our parser mis-builds, no re-parse: a second
   subject after its verb is the object ("accused prime minister Keir Starmer
   of ..."); "Russia says its forces have taken Toretsk" with "its forces" the
   object of "says": the reported clause's subject, the clause its complement. */
void tc_code_fix_tree(tc_sent *s);

/* The coder's tree repairs (repair.c) made on the sentence itself, so that
   what reads the tree after parsing sees them too. */
int tc_code_repair_sent(tc_sent *s, tc_arena *a);

#endif

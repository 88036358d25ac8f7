/*
 * nominal.h -- events reported by nouns: "a drone attack on his residence",
 * "Israeli airstrikes", "the condemnation by ...", and weapon nouns that are
 * subjects of impact verbs ("three rockets fell in Mansour").  The lexicon is
 * project data (data/lexicon/event_nouns.tsv); matching runs on the
 * dependency tree.
 */
#ifndef TC_NOMINAL_H
#define TC_NOMINAL_H

#include "core/core.h"

typedef struct nom_lex nom_lex;

/* Loads the TSV lexicon; malformed rows are "file:line: what" warnings.
   TC_OK, TC_IO, TC_FORMAT (no valid row), TC_NOMEM. */
int nom_lex_load(nom_lex **out, const char *path, const tc_alloc *A, const tc_logger *lg);
/* Parses lexicon text (copied). */
int nom_lex_parse(nom_lex **out, const char *s, size_t n, const char *fname, const tc_alloc *A,
                  const tc_logger *lg);
void nom_lex_free(nom_lex *L);

typedef struct nom_event {
    const char *code;  /* CAMEO code (owned by the lexicon) */
    int noun;          /* the event or weapon noun (1-based) */
    int trigger;       /* the token the event hangs on: the noun, or the impact verb */
    int src;           /* head of the source phrase (possessor, demonym, "by" agent), 0 if none */
    int tgt;           /* head of the target phrase ("on"/"against"/"at" nmod, verb object), 0 */
    bool definite;     /* "the attack", "Sunday's attack": may refer back to an earlier event */
    bool determined;   /* "the"/"this"/a time possessor, with or without a target ("the attack on Gaza") */
    bool object;       /* the noun is the object that says what its verb does ("halted all funding") */
    bool any_object;   /* ... by a row of kind D (any object of the verb): only where the verb's
                          dictionary patterns give no event of their own */
} nom_event;

/* Finds the nominal events of a parsed sentence (arena array). TC_OK / TC_NOMEM. */
int nom_find(const nom_lex *L, const tc_sent *s, tc_arena *a, nom_event **out, int *n);

/* Verbs that only carry an event noun ("held talks", "launched an attack"):
   their subject does the noun's event. */
bool nom_is_support_verb(const tc_tok *v);

/* What noun i of s is to the lexicon: 'E' an event noun ("attack",
   "airstrike"), 'W' a weapon ("drone", "bomb"), 0 neither. */
char nom_kind(const nom_lex *L, const tc_sent *s, int i);

/* Whether a lemma names a time (weekday, month, "today"...): "Sunday's attack". */
bool nom_is_time_word(const char *lemma);

#endif

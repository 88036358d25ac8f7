/*
 * coder.h -- the event coder over UD dependency trees (internal API).
 *
 * tc_code_sentence() finds verbs (and their multi-word forms) from the verb
 * dictionary in one parsed sentence, picks the best-matching pattern of the
 * verb's group, finds source and target noun phrases from the tree (nsubj,
 * obj, iobj, obl/nmod, passive nsubj:pass + obl:agent, conjuncts,
 * possessives), codes them with the actor and agent dictionaries as of the
 * story date, applies negation and verb-complement transformations through
 * the coding ontology, drops sentences with discard phrases, and returns the
 * events in a caller's arena.  The dictionary is read-only, so threads may
 * share it; all per-call state is on the stack or in the arena.
 */
#ifndef TC_CODER_H
#define TC_CODER_H

#include "core/core.h"
#include "dict/dict.h"

#include <stdio.h>

/* One coded event.  Strings live in the dictionary or the caller's arena.
   Token indices are 1-based into the sentence; 0 = absent. */
typedef struct tc_coder_event {
    const char *source;  /* actor code, e.g. "IRQGOV"; "" if none */
    const char *target;
    const char *code;    /* CAMEO code, e.g. "195" */
    int trigger;         /* the verb (or noun) token that triggered the event */
    int src_head, src_beg, src_end; /* source phrase head and span (inclusive) */
    int tgt_head, tgt_beg, tgt_end;
} tc_coder_event;

/*
 * Consulted for a noun phrase (head token, span beg..end inclusive) that the
 * dictionaries do not code; returns an actor code (must outlive the call,
 * e.g. arena or static) or NULL.
 */
typedef const char *(*tc_coder_resolve_fn)(void *ud, const tc_sent *s, int head, int beg, int end);

typedef struct tc_code_opts {
    tc_date date;                /* story date; {0} = no date restrictions applied */
    tc_coder_resolve_fn resolve; /* may be NULL */
    void *resolve_ud;
    bool keep_partial;           /* also return events with an empty source or target */
    FILE *debug;                 /* if set, the verb decisions are traced there */
    bool keep_self;              /* keep events whose source and target codes are equal
                                    ("Iraqi Kurds demonstrated in Kirkuk": IRQ-IRQ), which
                                    PETRARCH drops; domestic events are events */
    bool agent_codes;            /* code agent-only phrases as "---GOV" (PETRARCH's output
                                    convention) when resolve gives nothing; else uncoded */
    bool reported_acts;          /* violence (roots 18-20) reported in a statement's
                                    complement with a subject of its own ("Israel says its
                                    troops killed three militants") is that subject's own
                                    event, not combined with the saying (PETRARCH's 010 + 190
                                    -> 112/015) */
    bool refused_acts;           /* a negated act of cooperation (roots 03-08) under a modal,
                                    which the ontology has no opposite for ("will not accept
                                    refugees"), is its rejection (12, by tc_code_reject),
                                    not dropped */
    bool one_way_meetings;       /* a paired code of roots 03-04 ("meets X for talks",
                                    036:036) is the subject's act only, not also the
                                    object's toward the subject */
} tc_code_opts;

/*
 * CAMEO's rejection (12) of act code act: material cooperation 121
 * (061/062 as 1211/1212), aid 122 (071-074 as 1221-1224), political reform
 * 123 (0831-0834 as 1231-1234), yielding 124 (081, 082, 084-087 as
 * 1241-1246), meeting or negotiating 125, mediation 126, settling 127,
 * anything else 120.  Returns a static string.
 */
const char *tc_code_reject(const char *act);

/*
 * Codes one sentence.  *ev receives an arena array of *nev events (NULL, 0
 * when none).  Returns TC_OK, TC_NOMEM (arena out of memory) or TC_MISUSE.
 */
int tc_code_sentence(const tc_dict *d, const tc_sent *s, const tc_code_opts *o, tc_arena *a,
                     tc_coder_event **ev, int *nev);

/*
 * Codes the token span beg..end (1-based, inclusive) with the actor and agent
 * dictionaries as of date; returns the code in the arena or NULL.  This is
 * how the story stage learns e.g. "Prime Minister Mustafa al-Kadhimi" ->
 * IRQGOV.  Only the words beg..end are read.  NULL with a->oom set on
 * allocation failure.
 */
const char *tc_code_span(const tc_dict *d, const tc_sent *s, int beg, int end, tc_date date,
                         tc_arena *a);

/*
 * Prepared sentences: tc_code_prepare does the per-sentence setup (word
 * normalisation and dictionary look-ups, the children index, the relation
 * cache, the memo tables) once, in the arena, so that the discard check,
 * any number of span codings and sentence codings reuse it.  The prep lives
 * in the arena (nothing to free) and refers to d and s, which must outlive
 * it; date is the story date ({0}: no date restrictions) and is used by all
 * calls on the prep (tc_code_prep_sentence ignores o->date).  Answers are
 * the same as the one-shot functions below give.  Every allocation failure
 * sets a->oom (sticky): tc_code_prepare then returns NULL, the others
 * NULL / TC_NOMEM.  A prep is not for concurrent use.
 */
typedef struct tc_code_prep tc_code_prep;
tc_code_prep *tc_code_prepare(const tc_dict *d, const tc_sent *s, tc_date date, tc_arena *a);
/* As tc_code_prepare, for a sentence whose tree has had the repairs already
   (tc_code_repair_sent): they are not made again. */
tc_code_prep *tc_code_prepare_repaired(const tc_dict *d, const tc_sent *s, tc_date date, tc_arena *a);
/* As tc_code_span; NULL for p == NULL or a bad span. */
const char *tc_code_prep_span(tc_code_prep *p, int beg, int end);
/* The agents of words beg..end when they name no actor ("six soldiers":
   "---MIL"), as PETRARCH writes an agent without a country; NULL when the
   words name an actor or no agent. */
const char *tc_code_prep_agents(tc_code_prep *p, int beg, int end);
/* As tc_code_discard_check (the answer is cached): TC_OK, TC_NOMEM, TC_MISUSE. */
int tc_code_prep_discard(tc_code_prep *p, bool *discard);
/* As tc_code_sentence: TC_OK, TC_NOMEM (sticky in the arena), TC_MISUSE. */
int tc_code_prep_sentence(tc_code_prep *p, const tc_code_opts *o, tc_coder_event **ev, int *nev);

/* Whether the sentence contains a discard phrase (then it yields no events).
   tc_code_discard_check reports an allocation failure (TC_NOMEM, sticky in
   the arena); tc_code_discarded cannot and answers false then. */
int tc_code_discard_check(const tc_dict *d, const tc_sent *s, tc_arena *a, bool *discard);
bool tc_code_discarded(const tc_dict *d, const tc_sent *s);

/* A verb of ordering (order, instruct, direct, command, authorize): the
   one lemma list the parse repair (object control), the story's orderer
   and its reading of orders share. */
bool tc_order_verb(const tc_tok *t);

#endif

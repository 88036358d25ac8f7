/*
 * learn.h -- actors learned within one story.  News introduces a person once
 * with a title the dictionaries can code ("Iraq's Prime Minister Mustafa
 * al-Kadhimi", "Ned Price, State Department spokesman") and then uses the
 * bare surname, a variant spelling ("Kadhemi") or a pronoun.  This module
 * keeps, per story, the names bound to codes and the recent actors, and
 * answers the coder's "what is this noun phrase?" questions.
 */
#ifndef TC_LEARN_H
#define TC_LEARN_H

#include "core/core.h"

typedef struct learn_name {
    const char *full;    /* normalised full name, "mustafa al-kadhimi" */
    const char *last;    /* normalised last word without "al-" etc., "kadhimi" */
    const char *code;    /* actor code, "IRQGOV" */
    bool person;
    int sent;            /* sentence where it was learned (1-based) */
} learn_name;

typedef struct learn_state {
    tc_arena *a;
    learn_name *names;
    int n, cap;
    /* recent actors for pronouns */
    const char *last_person;   /* code of the latest person mentioned */
    const char *last_group;    /* code of the latest non-person actor */
    const char *speaker;       /* code of the latest speaker (subject of a say-verb) */
    int speaker_sent;
} learn_state;

void learn_init(learn_state *L, tc_arena *a);

/* Binds the name in words [beg, end] (1-based, inclusive) of s to code. */
bool learn_bind(learn_state *L, const tc_sent *s, int beg, int end, const char *code, bool person);

/*
 * Looks up a proper name in words [beg, end]: exact full name, then last
 * name, then a spelling variant of the last name (edit distance 1 for names
 * of 5+ letters, 2 for 8+).  Returns the code or NULL.
 */
const char *learn_lookup(const learn_state *L, const tc_sent *s, int beg, int end, bool *person);

/* Records that an actor was mentioned (for later pronouns). */
void learn_mention(learn_state *L, const char *code, bool person);

/* Records the speaker of a say-verb in sentence sent. */
void learn_speaker(learn_state *L, const char *code, int sent);

/*
 * Resolves a pronoun form (any case): he/she/him/her/his -> latest person;
 * it/its/they/them/their -> latest group (else latest person for they);
 * I/we/me/us/my/our -> the current or previous sentence's speaker.
 * Returns a code or NULL.
 */
const char *learn_pronoun(const learn_state *L, const char *form, int sent);

/* The kind of a pronoun form (any case): he/she/his... PERSON, it/its IT,
   they/them/their THEY, I/we/my/our... FIRST, anything else NONE. */
enum { LEARN_PRON_NONE = 0, LEARN_PRON_PERSON, LEARN_PRON_IT, LEARN_PRON_THEY, LEARN_PRON_FIRST };
int learn_pronoun_kind(const char *form);

/* Edit distance of two short strings, capped at cap+1. */
int learn_edit_distance(const char *a, const char *b, int cap);

#endif

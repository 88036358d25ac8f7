/*
 * casualty.h -- killed / injured counts from one parsed sentence ("killing
 * at least 12", "left two bodyguards injured", "without causing any
 * injuries", "the death toll rose to 39"), for the event whose trigger is
 * given, and from later sentences that refer back to an attack ("Sunday's
 * attack, which left ...").
 *
 * Works on the dependency tree when every word has a head; falls back to
 * word windows over forms/lemmas when heads are unknown (head -1).
 *
 * Conventions (also in the README paragraph of the report):
 *   - A count is n >= 0 with a modifier, or n = -1 ("not stated").
 *   - mod TC_CAS_NONE: nothing mentioned (n = -1).  Exact numbers and
 *     explicit zeros ("no one was hurt", "without causing any injuries")
 *     are TC_CAS_EXACT.  "at least 12" AT_LEAST, "more than / over 12"
 *     MORE_THAN, "up to / as many as 12" AT_MOST, "fewer/less than 12"
 *     LESS_THAN, "about / around / nearly / some / an estimated 12" ABOUT.
 *   - Vague quantities ("dozens dead", "hundreds", "several", "many", "a
 *     few") have n = -1 and a vague mod (TC_CAS_DOZENS ...);
 *     tc_cas_lower_bound() gives the smallest number the word implies
 *     (dozens 24, scores 40, hundreds 200, thousands 2000, several 3,
 *     a few / many 2).  "a dozen" is the number 12, EXACT.
 *   - "casualties" is ambiguous (killed + injured, in military use also
 *     missing): "N casualties" goes to the separate `casualties` count and
 *     never to killed or injured; "no casualties" sets killed = injured = 0.
 *   - Several mentions of one kind in a sentence: a stated number beats a
 *     vague word, which beats zero; among numbers the largest wins ("killed 5
 *     ... the toll rose to 39" -> 39).  Conjoined victims add up ("a child
 *     and two women were killed" -> 3).
 *   - A singular victim with "a/an/one/another" ("a policeman was killed")
 *     counts 1.
 */
#ifndef TC_CASUALTY_H
#define TC_CASUALTY_H

#include "core/core.h"

enum tc_cas_mod {
    TC_CAS_NONE = 0,   /* not mentioned */
    TC_CAS_EXACT,      /* "12", "twelve", "a dozen", "no one" (0) */
    TC_CAS_AT_LEAST,   /* "at least 12" */
    TC_CAS_MORE_THAN,  /* "more than 12", "over 12" */
    TC_CAS_AT_MOST,    /* "up to 12", "as many as 12" */
    TC_CAS_LESS_THAN,  /* "fewer than 12", "less than 12" */
    TC_CAS_ABOUT,      /* "about / around / nearly / almost / some / roughly 12" */
    /* vague quantities: n == -1 */
    TC_CAS_DOZENS, TC_CAS_SCORES, TC_CAS_HUNDREDS, TC_CAS_THOUSANDS,
    TC_CAS_SEVERAL, TC_CAS_FEW, TC_CAS_MANY,
    TC_CAS_MOD_COUNT
};

typedef struct tc_cas_count {
    int32_t n;    /* stated number, or -1 */
    uint8_t mod;  /* enum tc_cas_mod */
    int16_t tok;  /* 1-based word where the count was found (the number or
                     the keyword for zeros/vague words); 0 if none */
} tc_cas_count;

typedef struct tc_casualties {
    tc_cas_count killed;
    tc_cas_count injured;
    tc_cas_count casualties; /* "N casualties" (unsplit killed + injured) */
} tc_casualties;

/* Static name of a modifier: "none", "exact", "at-least", "more-than",
   "at-most", "less-than", "about", "dozens", "scores", "hundreds",
   "thousands", "several", "few", "many"; "?" if out of range. */
const char *tc_cas_mod_name(int mod);

/* Smallest count consistent with c: n for exact/at-least/about/at-most/
   less-than (as stated), n+1 for more-than, the vague word's bound (see
   above), -1 for NONE. */
int32_t tc_cas_lower_bound(const tc_cas_count *c);

/* Whether the keyword table is in the order its search needs (for tests). */
bool tc_cas_tables_sorted(void);

/*
 * Fills *out with the casualties of sentence s.  trigger is the 1-based
 * word of the event's trigger (verb or noun, e.g. "attack"), or 0 for the
 * whole sentence.  With a trigger, only keywords in the trigger's clause
 * count: in its subtree, or in its governor's subtree when the trigger is
 * that governor's subject or object ("a drone attack ... left two
 * bodyguards injured").  Without heads (any head -1) the whole sentence is
 * scanned lexically and the trigger is ignored.
 *
 * Returns true if any count was found (some mod != TC_CAS_NONE).  Never
 * allocates; s is read only.
 */
bool tc_casualties_extract(const tc_sent *s, int trigger, tc_casualties *out);

/*
 * Back-reference: if s mentions an earlier attack by a definite noun phrase
 * ("the attack", "Sunday's attack", "this bombing", "the blast") whose
 * clause carries casualties ("Sunday's attack, which left two bodyguards
 * injured"; "The attack killed no one"), fills *out with them, sets
 * *anchor to the attack noun (1-based) and returns true.  Otherwise returns
 * false with *out cleared and *anchor 0.  The caller decides which earlier
 * event the anchor names (same type of attack, most recent, same date).
 */
bool tc_casualties_backref(const tc_sent *s, tc_casualties *out, int *anchor);

/*
 * Parses a number phrase: words[0..n) lower-case ("two", "dozen"),
 * "1,200", "twenty-five", "a hundred", "two dozen", "1.5 million".
 * Returns the value (0 .. 100,000,000) or -1 if it is not a number.
 * Exposed for tests and for the date/place stages' use.
 */
int64_t tc_cas_parse_number(const char *const *words, int n);

#endif

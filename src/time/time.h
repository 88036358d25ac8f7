/*
 * time.h -- internal API of the temporal stage: the recogniser on a raw
 * span or on a parsed sentence (tense from the dependency tree), and the
 * attachment of a timex to an event's clause.
 *
 * Not API: the public subset is in include/tacitus.h (section time).
 */
#ifndef TC_TIME_H
#define TC_TIME_H

#include "core/core.h"

/*
 * Finds the expressions of text[0..n), resolved against dct (a full date).
 * If s is not NULL, text must be s->text (offsets of s's tokens are offsets
 * into text): the tense that places weekdays and bare months is then read
 * from the verb governing each expression in s; otherwise it comes from
 * lexical cues in the sentence (will, said, -ed ...).  Writes at most cap
 * records, *nfound = number found.  No allocation; TC_OK or TC_MISUSE.
 */
int tc_time_find_ex(const tc_timerec *r, const char *text, size_t n, tc_date dct,
                    const tc_sent *s, tc_timex *out, size_t cap, size_t *nfound);

/*
 * The reference time of a story's own timeline: the most recent resolved
 * date at each precision.  Anaphoric expressions ("the same day", "two days
 * later", "the following week", "that night") resolve against it, as
 * TimeML anchors them on the last mentioned time; without one, against the
 * story date.  Zero-initialise once per story.
 */
typedef struct tc_time_anchor {
    tc_date day;     /* last day-precision date */
    tc_date week;    /* Monday of the last week-or-finer date */
    tc_date month;   /* last month-or-finer date (day 0) */
    tc_date year;    /* last year-or-finer date (month and day 0) */
    uint8_t have;    /* bits: 1 day, 2 week, 4 month, 8 year */
} tc_time_anchor;

/*
 * tc_time_find_ex across calls: the sentences of one story scanned one at
 * a time keep their reference time in *anchor (read and updated; NULL: a
 * fresh one for this call).  A caller that retries a call with a larger
 * out must restore *anchor from a copy first.
 */
int tc_time_find_anchored(const tc_timerec *r, const char *text, size_t n, tc_date dct,
                          const tc_sent *s, tc_time_anchor *anchor, tc_timex *out, size_t cap,
                          size_t *nfound);

/* The allocator the recogniser was opened with (NULL: malloc). */
const tc_alloc *tc_timerec_alloc(const tc_timerec *r);

/* Tense of a clause, as the normaliser uses it. */
enum { TC_TENSE_UNKNOWN = 0, TC_TENSE_PAST, TC_TENSE_PRESENT, TC_TENSE_FUTURE };

/* Tense of the clause governed by word w (1-based) of s, from xpos/lemma of
   the verb and its aux children; TC_TENSE_UNKNOWN without a verb. */
int tc_time_clause_tense(const tc_sent *s, int w);

/* The word (1-based) of s heading the timex x: the one whose head lies
   outside it; 0 when no word aligns with it. */
int tc_time_timex_head(const tc_sent *s, const tc_timex *x);

/* The date of an event (issue 4, deliverable 2). */
enum {
    TC_EVDATE_STORY = 0,      /* no timex attached: the story date */
    TC_EVDATE_TIMEX = 1,      /* the attached timex's date */
    TC_EVDATE_FUTURE_IN_PAST  /* attached timex lies after the story date in a
                                 past-tense clause: story date used instead */
};
typedef struct tc_event_date {
    int source;               /* TC_EVDATE_* */
    const tc_timex *tx;       /* the attached timex (also for FUTURE_IN_PAST), or NULL */
    tc_date date;             /* what to print as "date" (partial by precision) */
    int precision;            /* TC_TPREC_*: DAY for the story date */
    char iso[11];             /* "2021-11-07", "2021-W44" is not ISO date: weeks print the Monday */
} tc_event_date;

/*
 * Finds the timex (among tx[0..ntx), offsets into s->text) attached to the
 * clause of the event whose trigger is word `trigger` (1-based) of s:
 * a timex whose head word hangs (obl, obl:tmod, obl:npmod, nmod, nmod:tmod,
 * advmod, ...) from the trigger, or from a word of the trigger's own clause
 * (not from inside a subordinate clause, nor above the trigger's clause).
 * Only dated timexes count (DATE/TIME with a year, and durations that place
 * a date, TC_TIMEX_OFFSET: "two days later").  Without one the story
 * date is used.  TC_OK, TC_MISUSE (bad trigger).
 */
int tc_time_event_date(const tc_sent *s, const tc_timex *tx, size_t ntx, int trigger,
                       tc_date dct, tc_event_date *out);

/*
 * "... a week after he attended a summit": when the clause of `trigger`
 * opens with "after" right behind a duration (a DURATION timex of tx that
 * places no date itself), the date that long before base, at the
 * duration's unit (D and W: day; M: month, day 0; Y: year).  false when
 * the construction is absent.
 */
bool tc_time_after_offset(const tc_sent *s, const tc_timex *tx, size_t ntx, int trigger, tc_date base,
                          tc_date *out, int *precision);

/*
 * "The last time the government ordered the network to shut down was ...
 * in 1972": when the sentence opens with "the first/last/previous time",
 * `trigger` is the first verb after it and a "was"/"were" follows, the
 * index into tx of the first dated timex after that copula (the time of
 * the event told in the subject); -1 when the construction is absent.
 */
int tc_time_nth_time(const tc_sent *s, const tc_timex *tx, size_t ntx, int trigger);

#endif

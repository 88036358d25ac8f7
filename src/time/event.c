/*
 * event.c -- the date of an event: the temporal expression attached to the
 * event's clause in the dependency tree, else the story date.
 *
 * A timex is attached when the word that heads it hangs from the trigger
 * itself ("the attack on Sunday": nmod; "attacked on Sunday": obl), or
 * hangs as a clause-level modifier (obl, obl:tmod, obl:npmod, advmod,
 * nmod:tmod) from a word of the same clause as the trigger.  Clauses are
 * delimited by the clausal relations (ccomp, xcomp, advcl, acl, csubj,
 * parataxis, root), so a date inside a subordinate clause dates only that
 * clause's events.  An event in a past-tense clause dated after the story
 * is a parse or resolution error more often than news, so the story date
 * is used and the fact is reported.
 */
#include "time/time.h"

#include <stdio.h>
#include <string.h>

static bool clause_rel(const tc_tok *t) {
    return t->head <= 0 || tc_deprel_is(t, "root") || tc_deprel_is(t, "ccomp") ||
           tc_deprel_is(t, "xcomp") || tc_deprel_is(t, "advcl") || tc_deprel_is(t, "acl") ||
           tc_deprel_is(t, "csubj") || tc_deprel_is(t, "parataxis") ||
           (tc_deprel_is(t, "conj") && (t->upos == TC_UPOS_VERB));
}

/* the word heading the clause that contains w */
static int clause_of(const tc_sent *s, int w) {
    int guard = 0;
    while (w >= 1 && w <= s->n && guard++ <= s->n) {
        const tc_tok *t = &s->tok[w - 1];
        if (clause_rel(t)) return w;
        w = t->head;
    }
    return 0;
}

int tc_time_timex_head(const tc_sent *s, const tc_timex *x) {
    int first = 0;
    for (int i = 0; i < s->n; i++) {
        const tc_tok *t = &s->tok[i];
        if (t->beg == UINT32_MAX || t->end <= x->beg || t->beg >= x->end) continue;
        if (!first) first = i + 1;
        int h = t->head;
        if (h < 1 || h > s->n) return i + 1;
        const tc_tok *ht = &s->tok[h - 1];
        if (ht->beg == UINT32_MAX || ht->end <= x->beg || ht->beg >= x->end) return i + 1;
    }
    return first;
}

static bool clause_level(const tc_tok *t) {
    return tc_deprel_is(t, "obl") || tc_deprel_is(t, "advmod") || !strcmp(t->deprel ? t->deprel : "", "nmod:tmod") ||
           !strcmp(t->deprel ? t->deprel : "", "nmod:npmod");
}

int tc_time_event_date(const tc_sent *s, const tc_timex *tx, size_t ntx, int trigger, tc_date dct,
                       tc_event_date *out) {
    if (!s || !out || trigger < 1 || trigger > s->n || (ntx && !tx)) return TC_MISUSE;
    memset(out, 0, sizeof *out);
    out->source = TC_EVDATE_STORY;
    out->date = dct;
    out->precision = TC_TPREC_DAY;
    int tclause = clause_of(s, trigger);
    int best = -1, best_score = 1 << 30, best_day = -1, best_day_score = 1 << 30;
    for (size_t i = 0; i < ntx; i++) {
        const tc_timex *x = &tx[i];
        if ((x->type != TC_TIMEX_DATE && x->type != TC_TIMEX_TIME && !(x->flags & TC_TIMEX_OFFSET)) ||
            x->year <= 0 || x->precision == TC_TPREC_NONE)
            continue;
        int h = tc_time_timex_head(s, x);
        if (!h) continue;
        const tc_tok *ht = &s->tok[h - 1];
        int g = ht->head;
        int score;
        bool moved = false;
        /* "found guilty on Thursday of raping a tourist in 2014", "in 2014"
           parsed as a modifier of "Thursday": a date of another year does
           not narrow a day -- it belongs to the verb before it */
        if ((x->type == TC_TIMEX_DATE || x->type == TC_TIMEX_TIME) && g >= 1 && g <= s->n &&
            s->tok[g - 1].beg != UINT32_MAX) {
            const tc_tok *gt = &s->tok[g - 1];
            for (size_t k = 0; k < ntx; k++) {
                const tc_timex *y = &tx[k];
                if (k == i || gt->end <= y->beg || gt->beg >= y->end) continue;
                if (y->year > 0 && y->year != x->year) {
                    int v = h - 1;
                    while (v >= 1 && s->tok[v - 1].upos != TC_UPOS_VERB) v--;
                    if (v >= 1) { g = v; moved = true; }
                }
                break;
            }
        }
        if (g == 0) {
            /* "On Wednesday, as part of his campaign, Erdogan pledged ...":
               a date the parse made the sentence's root dates the clauses
               hanging from it */
            int a = trigger, hop = 0;
            while (a >= 1 && a <= s->n && a != h && hop++ < 8) a = s->tok[a - 1].head;
            if (a != h || trigger == h) continue;
            score = 2000;
        } else if (g < 1 || g > s->n) {
            continue;
        } else if (g == trigger) {
            score = 0;
        } else if ((clause_level(ht) || moved) && clause_of(s, g) == tclause && !clause_rel(ht)) {
            score = 1000;
        } else {
            continue;
        }
        int dist = h > trigger ? h - trigger : trigger - h;
        score += dist;
        if (score < best_score) { best_score = score; best = (int)i; }
        if (x->type == TC_TIMEX_DATE && x->precision == TC_TPREC_DAY && score < best_day_score) {
            best_day_score = score;
            best_day = (int)i;
        }
    }
    if (best < 0) goto story;
    /* "arrested at 2am local time on Sunday": a time of day is on the day
       the clause names, not the story's (a clock time alone is read on the
       story date) */
    if (tx[best].type == TC_TIMEX_TIME && best_day < 0) {
        /* ... or hangs from the time's own phrase ("at 2am local time on Sunday") */
        const tc_timex *bx = &tx[best];
        for (size_t i = 0; i < ntx && best_day < 0; i++) {
            const tc_timex *x = &tx[i];
            if (x->type != TC_TIMEX_DATE || x->precision != TC_TPREC_DAY || x->year <= 0) continue;
            int w = tc_time_timex_head(s, x);
            for (int hop = 0; hop < 3 && w >= 1 && w <= s->n && best_day < 0; hop++) {
                w = s->tok[w - 1].head;
                if (w < 1 || w > s->n) break;
                const tc_tok *t = &s->tok[w - 1];
                if (t->beg != UINT32_MAX && t->end > bx->beg && t->beg < bx->end) best_day = (int)i;
            }
        }
    }
    if (tx[best].type == TC_TIMEX_TIME && best_day >= 0) best = best_day;
    const tc_timex *x = &tx[best];
    out->tx = x;
    tc_date d = {x->year, x->month, x->day};
    int prec = x->precision;
    /* the first day the expression can denote, for the comparison below */
    tc_date start = {d.y, d.m ? d.m : 1, d.d ? d.d : 1};
    if (tc_time_clause_tense(s, trigger) == TC_TENSE_PAST && tc_date_valid(start) &&
        tc_date_to_days(start) > tc_date_to_days(dct)) {
        out->source = TC_EVDATE_FUTURE_IN_PAST;
        goto story;
    }
    out->source = TC_EVDATE_TIMEX;
    out->date = d;
    out->precision = prec;
    tc_date_format(d, out->iso); /* a week prints its Monday */
    return TC_OK;
story:
    out->date = dct;
    out->precision = TC_TPREC_DAY;
    tc_date_format(dct, out->iso);
    return TC_OK;
}

/*
 * "This comes a week after he attended a summit", "the election is held 60
 * days after Yoon was ousted": a clause opened by "after" right behind a
 * duration happened that long before the time of the clause it modifies.
 * The trigger must be the after-clause's verb (no other verb between
 * "after" and it).  Writes the date counted back from base at the
 * duration's unit (days and weeks: a day; months: a month; years: a year).
 */
bool tc_time_after_offset(const tc_sent *s, const tc_timex *tx, size_t ntx, int trigger, tc_date base,
                          tc_date *out, int *precision) {
    if (!s || trigger < 1 || trigger > s->n || s->tok[trigger - 1].upos != TC_UPOS_VERB || !tc_date_valid(base))
        return false;
    int after = 0;
    for (int j = trigger - 1; j >= 1 && !after; j--) {
        const tc_tok *t = &s->tok[j - 1];
        if (t->form && !strcmp(t->form, "after")) after = j;
        else if (t->upos == TC_UPOS_VERB || t->upos == TC_UPOS_PUNCT || t->upos == TC_UPOS_SCONJ) return false;
    }
    if (after < 2) return false;
    const tc_tok *a = &s->tok[after - 1], *p = &s->tok[after - 2];
    if (a->beg == UINT32_MAX || p->beg == UINT32_MAX) return false;
    for (size_t i = 0; i < ntx; i++) {
        const tc_timex *x = &tx[i];
        if (x->type != TC_TIMEX_DURATION || (x->flags & TC_TIMEX_OFFSET) || x->mod != TC_TMOD_NONE ||
            x->end != p->end)
            continue;
        int n = 0, k = 1;
        if (x->value[0] != 'P') return false;
        while (x->value[k] >= '0' && x->value[k] <= '9' && n < 10000) n = n * 10 + (x->value[k++] - '0');
        char unit = x->value[k];
        if (n < 1 || x->value[k + 1]) return false;
        tc_date d = base;
        switch (unit) {
        case 'D': d = tc_days_to_date(tc_date_to_days(base) - n); *precision = TC_TPREC_DAY; break;
        case 'W': d = tc_days_to_date(tc_date_to_days(base) - 7 * n); *precision = TC_TPREC_DAY; break;
        case 'M': {
            int m = base.y * 12 + (base.m - 1) - n;
            d = (tc_date){m / 12, m % 12 + 1, 0};
            *precision = TC_TPREC_MONTH;
            break;
        }
        case 'Y': d = (tc_date){base.y - n, 0, 0}; *precision = TC_TPREC_YEAR; break;
        default: return false;
        }
        *out = d;
        return true;
    }
    return false;
}

/*
 * "The last time the government ordered the network to shut down was
 * during the martial law imposed ... back in 1972": the first, last or
 * previous time an event happened, told as the subject of "was", whose
 * predicate names the date.  The sentence opens with "the first/last/
 * previous time" (only a conjunction or an adverb before it), the trigger
 * is the first verb after "time" (no punctuation between), and the timex
 * is the first dated one after the "was"/"were" that follows the trigger.
 * Read from the words, not the tree: the parser seldom makes "time" the
 * copula's subject.  Returns the index into tx, or -1.
 */
int tc_time_nth_time(const tc_sent *s, const tc_timex *tx, size_t ntx, int trigger) {
    static const char *const ord[] = {"first", "last", "previous"};
    if (!s || (ntx && !tx) || trigger < 4 || trigger > s->n) return -1;
    int k = 0;
    for (int j = 1; j < trigger && !k; j++) {
        const tc_tok *t = &s->tok[j - 1];
        if (t->upos == TC_UPOS_VERB || t->upos == TC_UPOS_AUX || t->upos == TC_UPOS_ADP || t->upos == TC_UPOS_PUNCT)
            return -1;
        if (t->upos == TC_UPOS_DET && tc_lemma_is(t, "the") && j + 2 < trigger && tc_lemma_in(&s->tok[j], ord, TC_COUNTOF(ord)) &&
            tc_lemma_is(&s->tok[j + 1], "time") && s->tok[j + 1].upos == TC_UPOS_NOUN)
            k = j + 2;
        else if (t->upos != TC_UPOS_CCONJ && t->upos != TC_UPOS_ADV)
            return -1;
    }
    if (!k || s->tok[trigger - 1].upos != TC_UPOS_VERB) return -1;
    for (int j = k + 1; j < trigger; j++) {
        const tc_tok *t = &s->tok[j - 1];
        if (t->upos == TC_UPOS_VERB || t->upos == TC_UPOS_PUNCT) return -1;
    }
    int be = 0;
    for (int j = trigger + 1; j <= s->n && !be; j++) {
        const tc_tok *t = &s->tok[j - 1];
        if (tc_lemma_is(t, "be") && t->xpos && !strcmp(t->xpos, "VBD")) be = j;
    }
    if (!be || s->tok[be - 1].end == UINT32_MAX) return -1;
    for (size_t i = 0; i < ntx; i++) {
        const tc_timex *x = &tx[i];
        if (x->beg < s->tok[be - 1].end) continue;
        if ((x->type == TC_TIMEX_DATE || x->type == TC_TIMEX_TIME) && x->year > 0 && x->precision != TC_TPREC_NONE &&
            !(x->flags & TC_TIMEX_OFFSET))
            return (int)i;
    }
    return -1;
}

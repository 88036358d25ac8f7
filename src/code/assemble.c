/*
 * assemble.c -- events as the story stage makes them: a record from the
 * coder's (or a noun's) finding, its date, place and casualties taken from
 * its own clause, later references folded back into the event they name,
 * the victims' country as the target of violence with no named victim, and
 * repeated reports of one event merged.
 */
#include "code/story_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>


/* The ISO2 code of the country an actor code starts with ("SYRMIL": SY), or NULL. */
static const char *actor_iso2(const tc_engine *e, const char *code) {
    if (!code || strlen(code) < 3) return NULL;
    for (int i = 0; i < e->niso; i++)
        if (!memcmp(e->iso[i][1], code, 3)) return e->iso[i][0];
    return NULL;
}

struct tc_event *st_new_event(tc_doc *d, const tc_sent *s, int trigger) {
    if (d->nev == d->cap) {
        int nc = d->cap ? d->cap * 2 : 16;
        struct tc_event **ne = tc_arena_alloc(&d->arena, (size_t)nc * sizeof *ne);
        int *na = tc_arena_alloc(&d->arena, (size_t)nc * sizeof *na);
        if (!ne || !na) return NULL;
        if (d->nev) {
            memcpy(ne, d->ev, (size_t)d->nev * sizeof *ne);
            memcpy(na, d->ev_anchor, (size_t)d->nev * sizeof *na);
        }
        d->ev = ne;
        d->ev_anchor = na;
        d->cap = nc;
    }
    struct tc_event *ev = tc_arena_calloc(&d->arena, 1, sizeof *ev);
    if (!ev) return NULL;
    ev->doc = d->story->id;
    ev->sentence = s->index;
    ev->text = s->text;
    ev->killed = ev->injured = -1;
    ev->source = ev->target = ev->source_text = ev->target_text = "";
    ev->trigger = trigger >= 1 && trigger <= s->n ? s->tok[trigger - 1].form : NULL;
    ev->trigger_span = ev_span(s, trigger, trigger);
    d->ev_anchor[d->nev] = trigger;
    d->ev[d->nev++] = ev;
    return ev;
}

bool st_violent(const char *code) {
    /* the code starts "18", "19" or "20" (code[1] is read only after a
       code[0] that is not the end) */
    if (!code) return false;
    return code[0] == '1' ? (code[1] == '8') | (code[1] == '9') : code[0] == '2' && code[1] == '0';
}

/* Whether code is an armed actor's: the Islamic State (IMG...), or a
   country's armed forces, rebels, unidentified armed force, insurgents or
   separatists (MIL, REB, UAF, INS, SEP after the country); with police,
   police and spies too (COP, SPY). */
bool st_armed_code(const char *code, bool police) {
    static const char *const roles[] = {"MIL", "REB", "UAF", "INS", "SEP", "COP", "SPY"};
    if (!code) return false;
    if (!strncmp(code, "IMG", 3)) return true;
    if (strlen(code) < 6) return false;
    for (size_t i = 0; i < (police ? TC_COUNTOF(roles) : TC_COUNTOF(roles) - 2); i++)
        if (strstr(code + 3, roles[i])) return true;
    return false;
}

/* Protests, strikes and riots (root 14): events of the crowd on the street,
   whoever it is. */
bool st_protest(const char *code) { return code && !strncmp(code, "14", 2); }

void st_set_casualties(struct tc_event *ev, const tc_casualties *c) {
    if (c->killed.mod != TC_CAS_NONE && ev->killed < 0 && !ev->killed_mod) {
        ev->killed = c->killed.n;
        if (c->killed.mod != TC_CAS_EXACT) ev->killed_mod = tc_cas_mod_name(c->killed.mod);
    }
    if (c->injured.mod != TC_CAS_NONE && ev->injured < 0 && !ev->injured_mod) {
        ev->injured = c->injured.n;
        if (c->injured.mod != TC_CAS_EXACT) ev->injured_mod = tc_cas_mod_name(c->injured.mod);
    }
}

/* The tense a verb shows itself or by its auxiliaries: 1 present, -1 past, 0 neither. */
static int verb_tense(const tc_sent *s, int v) {
    const char *x = s->tok[v - 1].xpos;
    int tense = 0;
    if (x && (!strcmp(x, "VBZ") || !strcmp(x, "VBP"))) tense = 1;
    else if (x && !strcmp(x, "VBD")) tense = -1;
    for (int j = 1; j <= s->n && !tense; j++) {
        const tc_tok *a = &s->tok[j - 1];
        if (a->head != v || !tc_deprel_is(a, "aux") || !a->xpos) continue;
        if (!strcmp(a->xpos, "VBZ") || !strcmp(a->xpos, "VBP")) tense = 1;
        else if (!strcmp(a->xpos, "VBD")) tense = -1;
    }
    return tense;
}

/* The tense of the trigger's clause: 1 present ("kills", "are killed",
   "has killed"), -1 past ("killed", "was killed"), 0 neither (a noun, an
   infinitive). */
static int clause_tense(const tc_sent *s, int v) {
    /* an event noun takes the tense of the verb it hangs from ("Protests ...
       continued") */
    if (v >= 1 && v <= s->n && s->tok[v - 1].upos != TC_UPOS_VERB) {
        /* ("protests and riots ... continued": a conjunct as its first) */
        if (tc_deprel_is(&s->tok[v - 1], "conj") && s->tok[v - 1].head >= 1 &&
            s->tok[s->tok[v - 1].head - 1].upos == s->tok[v - 1].upos)
            v = s->tok[v - 1].head;
        int h = s->tok[v - 1].head;
        if (h >= 1 && h <= s->n && s->tok[h - 1].upos == TC_UPOS_VERB &&
            (tc_deprel_is(&s->tok[v - 1], "nsubj") || tc_deprel_is(&s->tok[v - 1], "obj")))
            v = h;
        else if (h >= 1 && h <= s->n && s->tok[h - 1].upos == TC_UPOS_ADJ && tc_deprel_is(&s->tok[v - 1], "nsubj")) {
            /* "Protests related to his death continued": the participle
               parsed as the predicate, the first finite verb after it hung
               below it */
            for (int j = h + 1; j <= s->n; j++) {
                const tc_tok *c = &s->tok[j - 1];
                if (c->upos != TC_UPOS_VERB || !c->xpos ||
                    (strcmp(c->xpos, "VBD") && strcmp(c->xpos, "VBZ") && strcmp(c->xpos, "VBP")))
                    continue;
                int a = c->head;
                for (int hop = 0; hop < 4 && a >= 1 && a <= s->n && a != h; hop++) a = s->tok[a - 1].head;
                if (a == h) v = j;
                break;
            }
        }
    }
    if (v < 1 || v > s->n || s->tok[v - 1].upos != TC_UPOS_VERB) return 0;
    int tense = verb_tense(s, v);
    /* "The legislature abolished the rules and legalized terminations",
       "was arrested and charged": a participle conjoined to a verb, with
       no auxiliary of its own, shares its first conjunct's tense */
    const tc_tok *t = &s->tok[v - 1];
    if (!tense && t->xpos && (!strcmp(t->xpos, "VBN") || !strcmp(t->xpos, "VBG")) && tc_deprel_is(t, "conj") &&
        t->head >= 1 && t->head <= s->n && s->tok[t->head - 1].upos == TC_UPOS_VERB) {
        for (int j = 1; j <= s->n; j++)
            if (s->tok[j - 1].head == v && tc_deprel_is(&s->tok[j - 1], "aux")) return 0;
        tense = verb_tense(s, t->head);
    }
    return tense;
}

/* The tense of the finite verb an untensed trigger hangs from: "He
   instructed agencies to investigate", "'The government will withdraw the
   bill,' Lam said" -- the act is done (an order given, an intention
   stated) when the governing verb's act is. */
static int governing_tense(const tc_sent *s, int v) {
    /* (a clause with no tense of its own that a verb of saying reports --
       "'The government will withdraw the bill,' Lam said", "announced that
       it would hold talks": the intention is stated when it is said) */
    int tense = clause_tense(s, v);
    for (int hop = 0; hop < 3 && !tense && v >= 1 && v <= s->n; hop++) {
        const tc_tok *t = &s->tok[v - 1];
        if (t->upos != TC_UPOS_VERB) break;
        bool reported = tc_deprel_is(t, "ccomp") && t->head >= 1 && t->head <= s->n &&
                        st_saying_verb(&s->tok[t->head - 1]);
        if (!tc_deprel_is(t, "xcomp") && !reported) break;
        v = t->head;
        tense = clause_tense(s, v);
    }
    return tense;
}

/* "By reports on Saturday, two of the victims died": a day that hangs from
   a report (a noun) is when the news came, not when what it tells
   happened.  (A day on a verb of saying is kept: "prosecutors charged the
   suspect, they said Sunday" dates the charge no later than the saying.) */
static bool dates_report(const tc_sent *s, const tc_timex *x) {
    static const char *const w[] = {"report", "statement", "announcement"};
    int h = tc_time_timex_head(s, x);
    if (h < 1 || h > s->n) return false;
    int g = s->tok[h - 1].head;
    /* ("In a statement issued on Monday": through the participle) */
    if (g >= 1 && g <= s->n && s->tok[g - 1].upos == TC_UPOS_VERB && tc_deprel_is(&s->tok[g - 1], "acl") &&
        s->tok[g - 1].xpos && !strcmp(s->tok[g - 1].xpos, "VBN"))
        g = s->tok[g - 1].head;
    return g >= 1 && g <= s->n && tc_lemma_in(&s->tok[g - 1], w, TC_COUNTOF(w));
}

/* "until June", "since early this June": a bound of a span, not the time
   the sentence tells of */
static bool bounded_by(const tc_sent *s, const tc_timex *x, const char *const *w, size_t nw) {
    if (!x) return true;
    int h = tc_time_timex_head(s, x);
    for (int j = 1; j <= s->n; j++)
        if (s->tok[j - 1].head == h && (tc_deprel_is(&s->tok[j - 1], "case") || tc_deprel_is(&s->tok[j - 1], "mark")) &&
            tc_lemma_in(&s->tok[j - 1], w, nw))
            return true;
    return false;
}

static bool bounds(const tc_sent *s, const tc_timex *x) {
    static const char *const w[] = {"until", "till", "since", "by", "before"};
    return bounded_by(s, x, w, TC_COUNTOF(w));
}

/* "since April 2016", "until June": a span's end points, not when an act
   happened ("by March, measures were taken" is when they were) */
static bool span_end(const tc_sent *s, const tc_timex *x) {
    static const char *const w[] = {"until", "till", "since"};
    if (bounded_by(s, x, w, TC_COUNTOF(w))) return true;
    /* (the word before it, however parsed: "since" made the head) */
    for (int j = 2; j <= s->n; j++)
        if (s->tok[j - 1].beg != UINT32_MAX && s->tok[j - 1].beg >= x->beg)
            return s->tok[j - 1].beg == x->beg && tc_lemma_in(&s->tok[j - 2], w, TC_COUNTOF(w));
    return false;
}

/* The timex opens the sentence as its frame: it starts within the first
   six words and a comma follows it. */
static bool frames(const tc_sent *s, const tc_timex *x) {
    int first = 0, after = 0;
    for (int j = 1; j <= s->n && j <= 12; j++) {
        const tc_tok *t = &s->tok[j - 1];
        if (t->beg == UINT32_MAX) continue;
        if (!first && t->end > x->beg) first = j;
        if (t->beg >= x->end) { after = j; break; }
    }
    return first >= 1 && first <= 6 && after >= 1 && s->tok[after - 1].upos == TC_UPOS_PUNCT &&
           s->tok[after - 1].form && !strcmp(s->tok[after - 1].form, ",");
}

/* "On Saturday, Trump secured all of Nevada's delegates. ... the state
   party endorsed him": a past-tense sentence whose main verb names its day
   opens an episode even when it reports no event, and the past events after
   it that name no day of their own happened then (st_attach). */
void st_sentence_episode(tc_doc *d, const tc_sent *s, int si) {
    if (!d->e->timerec || !d->ntx[si]) return;
    int root = 0;
    for (int j = 1; j <= s->n && !root; j++)
        if (s->tok[j - 1].head == 0 && s->tok[j - 1].upos == TC_UPOS_VERB) root = j;
    if (!root || clause_tense(s, root) >= 0) return;
    tc_event_date ed;
    if (tc_time_event_date(s, d->tx[si], d->ntx[si], root, d->dct, &ed) != TC_OK || ed.source != TC_EVDATE_TIMEX ||
        bounds(s, ed.tx))
        return;
    /* ("In April, the committee authorized ...", "As the campaign entered
       June, Biden led ...": a month wholly before the story's month, set
       as the sentence's frame -- opening it, a comma behind -- is the
       episode's time too; a month told at the end ("reached a career high
       in May 2019") is background) */
    bool month = ed.precision == TC_TPREC_MONTH && ed.date.m >= 1 &&
                 (ed.date.y < d->dct.y || (ed.date.y == d->dct.y && ed.date.m < d->dct.m)) && frames(s, ed.tx);
    if ((ed.precision != TC_TPREC_DAY && !month) || !tc_date_valid(month ? (tc_date){ed.date.y, ed.date.m, 1} : ed.date) ||
        tc_date_to_days(month ? (tc_date){ed.date.y, ed.date.m, 1} : ed.date) > tc_date_to_days(d->dct))
        return;
    d->episode = ed.date;
    d->episode_precision = month ? "month" : "day";
}

/* "This comes a week after he attended a summit": the after-clause's
   event, that long before the time of the sentence's main verb (for a
   present tense the episode's day, else the story date; for a past tense
   the day the main clause names). */
static bool after_offset(const tc_doc *d, const tc_sent *s, int si, int trigger, tc_date *out, int *prec) {
    int root = 0;
    for (int j = 1; j <= s->n && !root; j++)
        if (s->tok[j - 1].head == 0 && s->tok[j - 1].upos == TC_UPOS_VERB) root = j;
    if (!root || root == trigger) return false;
    tc_date base = d->dct;
    if (clause_tense(s, root) < 0) {
        tc_event_date ed;
        if (tc_time_event_date(s, d->tx[si], d->ntx[si], root, d->dct, &ed) != TC_OK || ed.source != TC_EVDATE_TIMEX ||
            ed.precision != TC_TPREC_DAY)
            return false;
        base = ed.date;
    } else if (clause_tense(s, root) == 0) {
        return false;
    } else if (d->episode.y && d->episode.d && !strcmp(d->episode_precision, "day")) {
        /* "Matovic announced on Friday he had tested positive. This comes a
           week after ...": what comes now is the story's latest day */
        base = d->episode;
    }
    return tc_time_after_offset(s, d->tx[si], d->ntx[si], trigger, base, out, prec);
}

/* Whether the period d names (a day, a month, a year) is over before day t. */
static bool ended_before(tc_date d, tc_date t) {
    if (d.y < 1) return false;
    if (d.y != t.y) return d.y < t.y;
    if (d.m < 1 || d.m != t.m) return d.m >= 1 && d.m < t.m;
    return d.d >= 1 && d.d < t.d;
}

/* Date, place, casualties and ontology of an event from its own clause. */
void st_attach(tc_doc *d, struct tc_event *ev, const tc_sent *s, int si, int trigger) {
    const tc_engine *e = d->e;
    ev->date = d->dct;
    ev->date_precision = "day";
    int tense = clause_tense(s, trigger);
    if (e->timerec && trigger >= 1) {
        tc_event_date ed;
        if (tc_time_event_date(s, d->tx[si], d->ntx[si], trigger, d->dct, &ed) == TC_OK) {
            bool background = false;
            ev->date = ed.date;
            ev->date_precision = tc_timex_precision_name(ed.precision);
            if (!ev->date_precision[0]) ev->date_precision = "day";
            /* "this week", "last week": the day is not known, the month is
               when the week lies in one (a week across two months keeps
               its Monday) */
            if (ed.precision == TC_TPREC_WEEK && tc_date_valid(ed.date) &&
                tc_days_to_date(tc_date_to_days(ed.date) + 6).m == ed.date.m) {
                ev->date.d = 0;
                ev->date_precision = "month";
            }
            if (ed.tx) ev->date_text = tc_arena_strndup(&d->arena, s->text + ed.tx->beg, ed.tx->end - ed.tx->beg);
            if (ed.source == TC_EVDATE_FUTURE_IN_PAST) {
                ev->note = "date after the story date in a past-tense clause; story date used";
                ev->date_text = NULL;
            } else if (ed.source == TC_EVDATE_TIMEX && tense > 0 && tc_date_valid(ed.date) &&
                       tc_date_to_days(ed.date) > tc_date_to_days(d->dct)) {
                /* "Putin declares a three-day ceasefire for May 8-10": a
                   present-tense act happens on the story date, the later day
                   is what it is about */
                ev->date = d->dct;
                ev->date_precision = "day";
                ev->date_text = NULL;
            } else if (ed.source == TC_EVDATE_TIMEX && ended_before(ed.date, d->dct) && s->tok[trigger - 1].xpos &&
                       (!strcmp(s->tok[trigger - 1].xpos, "VBZ") || !strcmp(s->tok[trigger - 1].xpos, "VBP"))) {
                /* "Russia accuses Ukraine of targeting the station in a
                   failed drone attack two days ago", "Israel launches
                   airstrikes in retaliation for the firing of projectiles
                   yesterday": a verb in the present simple tells the
                   story's news, on the story date; an earlier time the
                   parse hung on it is what the act is about */
                ev->date = d->dct;
                ev->date_precision = "day";
                ev->date_text = NULL;
            } else if (ed.source == TC_EVDATE_STORY) {
                /* nothing hangs from the event's clause: when the sentence names
                   exactly one day, on or before the story date, the parse most
                   likely attached it elsewhere ("... after a drone attack ...
                   early Sunday") -- take it */
                const tc_timex *one = NULL;
                int ndated = 0;
                for (size_t k = 0; k < d->ntx[si]; k++) {
                    const tc_timex *t = &d->tx[si][k];
                    if ((t->type == TC_TIMEX_DATE || t->type == TC_TIMEX_TIME) && t->year > 0 && !(t->flags & TC_TIMEX_WEAK) &&
                        !dates_report(s, t)) {
                        ndated++;
                        one = t;
                    }
                }
                /* ... unless the event's own verb is in the present tense: a
                   news summary's "kills", "holds" happened on the story date,
                   and the day named belongs to something else ("ahead of his
                   inauguration on Monday") */
                tc_date td = one ? (tc_date){one->year, one->month, one->day} : (tc_date){0, 0, 0};
                /* ("by March, drastic measures were taken", "the police
                   shooting of Jacob Blake in August": a month named in a
                   past-tense sentence, wholly before the story's month) */
                bool month = one && one->precision == TC_TPREC_MONTH && tense < 0 && one->month >= 1 && !span_end(s, one) &&
                             (one->year < d->dct.y || (one->year == d->dct.y && one->month < d->dct.m));
                tc_date back;
                int bprec = 0;
                tc_date first = month ? (tc_date){td.y, td.m, 1} : td;
                /* "The last time X happened was ... in 1972" */
                int nth = tense < 0 ? tc_time_nth_time(s, d->tx[si], d->ntx[si], trigger) : -1;
                const tc_timex *nx = nth >= 0 ? &d->tx[si][nth] : NULL;
                tc_date nd = nx ? (tc_date){nx->year, nx->month, nx->day} : (tc_date){0, 0, 0};
                tc_date nfirst = {nd.y, nd.m ? nd.m : 1, nd.d ? nd.d : 1};
                if (nx && tc_date_valid(nfirst) && tc_date_to_days(nfirst) <= tc_date_to_days(d->dct)) {
                    ev->date = nd;
                    ev->date_precision = tc_timex_precision_name(nx->precision);
                    ev->date_text = tc_arena_strndup(&d->arena, s->text + nx->beg, nx->end - nx->beg);
                    background = true; /* a time recalled: no episode */
                } else if (tense < 0 && after_offset(d, s, si, trigger, &back, &bprec)) {
                    ev->date = back;
                    ev->date_precision = tc_timex_precision_name(bprec);
                    ev->note = "date counted back from the clause this one comes a while after";
                } else if (ndated == 1 && (one->precision == TC_TPREC_DAY || month) && tc_date_valid(first) &&
                    tense <= 0 && tc_date_to_days(first) <= tc_date_to_days(d->dct)) {
                    ev->date = td;
                    if (month) ev->date_precision = "month";
                    ev->date_text = tc_arena_strndup(&d->arena, s->text + one->beg, one->end - one->beg);
                } else if (governing_tense(s, trigger) < 0 && d->episode.y) {
                    /* "On Thursday, police arrested ... The suspect was charged":
                       a past event naming no day happened on the episode's day */
                    ev->date = d->episode;
                    ev->date_precision = d->episode_precision;
                    ev->note = "date carried from an earlier sentence of the story";
                }
            }
            /* (a year alone is background, no episode: "during the
               emergency declared in 1982") */
            /* (nor the day of a report, "In a statement issued on Monday,
               police confirmed they seized ...": when the news came, not
               when what it tells happened) */
            if (ed.tx && dates_report(s, ed.tx)) background = true;
            if (ev->date_text && !background && ev->date.m >= 1 && tc_date_to_days(ev->date) <= tc_date_to_days(d->dct)) {
                d->episode = ev->date;
                d->episode_precision = ev->date_precision;
            }
        }
    }
    if (d->geo && trigger >= 1) {
        tc_place p;
        geo_where w;
        bool found = false, moved = false;
        if (geo_event_place_in(d->geo, s, si - d->geo_base, trigger, &p, &w) == TC_OK) found = true;
        /* Only the story's place, or a region of no country ("the Middle
           East"): violence happens in its target's country ("strikes
           against senior Iranian officials": Iran), but a blockade or a
           closed border (191) at home; with a region or no
           place at all, any act happens in the country of the party acted
           on, else of its doer -- when the story names that country. */
        if (!found || w.rank >= 3 || !p.country || !*p.country) {
            tc_place q;
            const char *tc = actor_iso2(d->e, ev->target), *sc = actor_iso2(d->e, ev->source);
            bool region = found && (!p.country || !*p.country);
            const char *cc = tc ? tc : region ? sc : NULL;
            bool at_target = st_violent(ev->code) && strncmp(ev->code, "191", 3);
            if (cc && (!found || region || at_target) && (!found || !p.country || strcmp(cc, p.country)) &&
                geo_story_country(d->geo, cc, si - d->geo_base, &q) == TC_OK) {
                p = q;
                w = (geo_where){3, 0, 0, NULL};
                found = true;
                moved = true;
            }
        }
        if (found) {
            ev->location.has = true;
            ev->location.name = p.name;
            ev->location.gazetteer = p.name;
            /* the most specific place as written ("Al-Safira" in "Al-Safira,
               Aleppo Governorate, Syria"), beside the gazetteer entry */
            const char *written = w.name_first ? st_span_text(&d->arena, s, w.name_first, w.name_last) : NULL;
            if (!written && w.written) written = tc_arena_strdup(&d->arena, w.written);
            if (written && *written) {
                /* "Hong Kong's", "Britain's": the place, not its possessive */
                size_t wl = strlen(written);
                char *cut = (char *)written;
                if (wl > 2 && !strcmp(written + wl - 2, "'s")) cut[wl - 2] = 0;
                else if (wl > 4 && !strcmp(written + wl - 4, "\xe2\x80\x99s")) cut[wl - 4] = 0;
                ev->location.name = written;
            }
            ev->location.country = p.country;
            ev->location.admin1 = p.admin1 && *p.admin1 ? p.admin1 : NULL;
            ev->location.lat = p.lat;
            ev->location.lon = p.lon;
            ev->location.precision = tc_precision_name(p.precision);
            ev->location.admin2 = p.admin2 && *p.admin2 ? p.admin2 : NULL;
            ev->location.country3 = p.country3 && *p.country3 ? p.country3 : NULL;
            ev->location.geonameid = p.geonameid;
            ev->location.rank = w.rank;
            /* "a bill that would have allowed China to extradite ...": a
               country that is the object of a peaceful act is the party
               acted on, not where the story goes on happening (the object
               of "struck Beirut" is) */
            bool party = w.rank == 1 && p.precision >= TC_PREC_COUNTRY && !st_violent(ev->code);
            if (w.rank < 3) {
                if (!party) {
                    d->episode_place = ev->location;
                    d->episode_place_si = si;
                }
            } else if (!moved && d->episode_place.has && d->episode_place_si < si && si - d->episode_place_si <= 2) {
                /* "... in Tel Aviv. A civilian shoots the attacker.": where
                   the story's last placed event happened */
                ev->location = d->episode_place;
                ev->location.rank = 3;
            }
        }
    }
    if (st_violent(ev->code) && trigger >= 1) {
        tc_casualties c;
        if (tc_casualties_extract(s, trigger, &c)) st_set_casualties(ev, &c);
    }
}

/* The most recent violent event of the story before or at sentence si. */
struct tc_event *st_last_violent(tc_doc *d) {
    for (int i = d->nev - 1; i >= 0; i--)
        if (st_violent(d->ev[i]->code)) return d->ev[i];
    return NULL;
}

/* ---- supporting sentences: lists of numbers, written out once ------------ */

/* Open addressing for the lists (story_int.h): grows tab to stay at most
   half full; keyof gives the hashed part of an entry. */
static bool u64_grow(tc_doc *d, uint64_t **tab, size_t *cap, size_t n, uint64_t (*keyof)(uint64_t)) {
    if (2 * (n + 1) <= *cap) return true;
    size_t nc = *cap ? 2 * *cap : 256;
    uint64_t *t = tc_mem_calloc(d->e->A, nc, sizeof *t);
    if (!t) { d->arena.oom = true; return false; }
    for (size_t i = 0; i < *cap; i++) {
        if (!(*tab)[i]) continue;
        size_t j = (size_t)tc_hash_mix(keyof((*tab)[i])) & (nc - 1);
        while (t[j]) j = (j + 1) & (nc - 1);
        t[j] = (*tab)[i];
    }
    tc_mem_free(d->e->A, *tab);
    *tab = t;
    *cap = nc;
    return true;
}
static uint64_t whole_key(uint64_t v) { return v; }
static uint64_t ptr_key(uint64_t v) { return v >> 32; }

/* The sentence list of ev (created when `make`), or NULL. */
static struct sref *sref_of(tc_doc *d, const struct tc_event *ev, bool make) {
    uint64_t ph = tc_hash_mix((uint64_t)(uintptr_t)ev) >> 32;
    if (d->sref_keycap) {
        for (size_t j = (size_t)tc_hash_mix(ph) & (d->sref_keycap - 1); d->sref_key[j]; j = (j + 1) & (d->sref_keycap - 1)) {
            uint64_t e = d->sref_key[j];
            if (e >> 32 == ph && d->sref[(e & 0xffffffffu) - 1].ev == ev) return &d->sref[(e & 0xffffffffu) - 1];
        }
    }
    if (!make) return NULL;
    if (d->nsref == d->capsref) {
        int nc = d->capsref ? 2 * d->capsref : 64;
        struct sref *t = tc_mem_realloc(d->e->A, d->sref, (size_t)nc * sizeof *t);
        if (!t) { d->arena.oom = true; return NULL; }
        d->sref = t;
        d->capsref = nc;
    }
    if (!u64_grow(d, &d->sref_key, &d->sref_keycap, (size_t)d->nsref, ptr_key)) return NULL;
    size_t j = (size_t)tc_hash_mix(ph) & (d->sref_keycap - 1);
    while (d->sref_key[j]) j = (j + 1) & (d->sref_keycap - 1);
    d->sref[d->nsref] = (struct sref){ev, NULL, 0, 0};
    d->sref_key[j] = ph << 32 | (uint64_t)(d->nsref + 1);
    return &d->sref[d->nsref++];
}

/* Appends sentence k to list r; with `check`, only when not listed yet. */
static void sref_push(tc_doc *d, struct sref *r, int k, bool check) {
    uint64_t key = (uint64_t)(r - d->sref + 1) << 32 | (uint32_t)k;
    if (!u64_grow(d, &d->sref_has, &d->sref_hascap, d->sref_hasn, whole_key)) return;
    size_t j = (size_t)tc_hash_mix(key) & (d->sref_hascap - 1);
    for (; d->sref_has[j]; j = (j + 1) & (d->sref_hascap - 1))
        if (d->sref_has[j] == key) {
            if (check) return;
            break;
        }
    if (!d->sref_has[j]) { d->sref_has[j] = key; d->sref_hasn++; }
    if (r->n == r->cap) {
        int nc = r->cap ? 2 * r->cap : 8;
        int *v = tc_arena_alloc(&d->arena, (size_t)nc * sizeof *v);
        if (!v) return;
        if (r->n) memcpy(v, r->v, (size_t)r->n * sizeof *v);
        r->v = v;
        r->cap = nc;
    }
    r->v[r->n++] = k;
}

/* Adds sentence `sent` to those supporting ev: the first time as "<ev's own
   sentence>,<sent>", later only when not listed yet. */
static void add_sentence_ref(tc_doc *d, struct tc_event *ev, int sent) {
    struct sref *r = sref_of(d, ev, true);
    if (!r) return;
    if (r->n == 0) {
        sref_push(d, r, ev->sentence, false);
        sref_push(d, r, sent, false);
    } else sref_push(d, r, sent, true);
}

void st_write_sentence_refs(tc_doc *d) {
    for (int i = 0; i < d->nev; i++) {
        const struct sref *r = sref_of(d, d->ev[i], false);
        if (!r || !r->n) continue;
        tc_buf b;
        tc_buf_init(&b, d->e->A);
        for (int k = 0; k < r->n; k++) tc_buf_printf(&b, k ? ",%d" : "%d", r->v[k]);
        d->ev[i]->sentences = b.oom ? NULL : tc_arena_strndup(&d->arena, b.p, b.n);
        if (b.oom || !d->ev[i]->sentences) d->arena.oom = true;
        tc_buf_free(&b);
    }
}

void st_sentence_refs_reset(tc_doc *d) {
    d->nsref = 0;
    if (d->sref_key) memset(d->sref_key, 0, d->sref_keycap * sizeof *d->sref_key);
    if (d->sref_has) memset(d->sref_has, 0, d->sref_hascap * sizeof *d->sref_has);
    d->sref_hasn = 0;
}

void st_sentence_refs_free(tc_doc *d) {
    tc_mem_free(d->e->A, d->sref);
    tc_mem_free(d->e->A, d->sref_key);
    tc_mem_free(d->e->A, d->sref_has);
}

/* Folds what sentence s says about an earlier event into it: the sentence
   number, a sharper place, casualties. */
void st_refer_back(tc_doc *d, struct tc_event *prev, const tc_sent *s, int si, int trigger) {
    add_sentence_ref(d, prev, s->index);
    if (!prev->location.has || (prev->location.precision && !strcmp(prev->location.precision, "country"))) {
        struct tc_event tmp = *prev;
        tmp.location.has = false;
        st_attach(d, &tmp, s, si, trigger);
        if (tmp.location.has) prev->location = tmp.location;
    }
    tc_casualties c;
    if (tc_casualties_extract(s, trigger, &c)) st_set_casualties(prev, &c);
}

/* Whether noun i modifies another event noun of the sentence ("a failed
   assassination attempt": the attempt is the event). */
bool st_modifies_event_noun(const nom_event *ne, int nn, const tc_sent *s, int noun) {
    const tc_tok *t = &s->tok[noun - 1];
    if (!(tc_deprel_is(t, "compound") || tc_deprel_is(t, "amod"))) return false;
    for (int k = 0; k < nn; k++)
        if (ne[k].noun == t->head) return true;
    return false;
}

/* The event's source (or target): its code, and the words bb..be that name it. */
void st_set_actor(tc_doc *d, const tc_sent *s, struct tc_event *ev, bool source, const char *code, int bb, int be) {
    const char *text = st_span_text(&d->arena, s, bb, be);
    if (source) {
        ev->source = code;
        ev->source_text = text ? text : "";
        ev->source_span = ev_span(s, bb, be);
    } else {
        ev->target = code;
        ev->target_text = text ? text : "";
        ev->target_span = ev_span(s, bb, be);
    }
}

void st_drop_event(tc_doc *d, int m) {
    for (int j = m; j + 1 < d->nev; j++) {
        d->ev[j] = d->ev[j + 1];
        d->ev_anchor[j] = d->ev_anchor[j + 1];
    }
    d->nev--;
}

/* Smaller is finer: "point" < "city" < "admin1" < "country". */
int st_precision_rank(const char *p) {
    static const char *const order[] = {"point", "city", "admin1", "country"};
    for (size_t i = 0; p && i < TC_COUNTOF(order); i++)
        if (!strcmp(p, order[i])) return (int)i;
    return 9;
}

/* Violent events (and protests) with no target but a place: the place's
   country is the target; so is it for violence read as the attacker's own
   side when the place is abroad. */
void st_target_from_place(tc_doc *d) {
    const tc_engine *e = d->e;
    for (int i = 0; i < d->nev; i++) {
        struct tc_event *ev = d->ev[i];
        /* violence, protest, and coercion (17: arrests, curfews, bans) fall on the place's country */
        bool coerce = !strncmp(ev->code, "17", 2);
        if (!(st_violent(ev->code) || st_protest(ev->code) || coerce) || !ev->location.has || !ev->location.country) continue;
        const char *iso3 = tc_engine_iso3(e, ev->location.country);
        if (!iso3) continue;
        /* "a Russian missile strike on Kherson" read as Russia striking its
           own: an attacker does not attack its own side abroad */
        bool own_side_abroad = st_violent(ev->code) && *ev->target && strlen(ev->source) >= 3 &&
                               !strncmp(ev->source, ev->target, 3) && strncmp(ev->target, iso3, 3);
        if (!*ev->target || own_side_abroad) {
            ev->target = iso3;
            if (own_side_abroad) { ev->target_text = ""; ev->target_span.has = false; }
        }
    }
}

/* An international armed group's code (the Islamic State, IMGMUSISI). */
static bool foe_code(const char *c) { return c && !strncmp(c, "IMG", 3) && strlen(c) > 3; }

static void add_foe(tc_doc *d, int si, const char *code) {
    for (int k = 0; k < d->nfoe; k++)
        if (!strncmp(d->foe[k].code, code, 9) && d->foe[k].si <= si) return;
    if (d->nfoe < (int)TC_COUNTOF(d->foe)) d->foe[d->nfoe++] = (struct foe){si, code};
}

/* Notes the international armed groups among sentence si's mentions. */
void st_note_foes(tc_doc *d, int si) {
    for (int m = 0; m < d->nmen; m++)
        if (foe_code(d->men[m].code)) add_foe(d, d->s[si].index, d->men[m].code);
}

/* Whether code is a state's: a country, its government, army or police
   (no rebels, armed bands, civilians or opposition). */
static bool state_code(const char *c) {
    static const char *const roles[] = {"", "GOV", "MIL", "COP", "SPY", "GOVMIL"};
    if (!c || strlen(c) < 3 || !strncmp(c, "IMG", 3) || !strncmp(c, "IGO", 3) || !strncmp(c, "---", 3)) return false;
    for (size_t i = 0; i < TC_COUNTOF(roles); i++)
        if (!strcmp(c + 3, roles[i])) return true;
    return false;
}

/*
 * "The security force also took down three drones as they continue their
 * offensive into Bari region" in a story about a state's forces and the
 * Islamic State: force a state uses at home, against nobody named but its
 * own country (the place's, or itself), is used against the armed group
 * the story names -- the one named in the same sentence, else the latest
 * before it, else the first after.  A state does not fight itself.
 */
void st_home_foe(tc_doc *d) {
    for (int i = 0; i < d->nev; i++) {
        const struct tc_event *o = d->ev[i];
        if (foe_code(o->source)) add_foe(d, o->sentence, o->source);
        if (foe_code(o->target)) add_foe(d, o->sentence, o->target);
    }
    if (!d->nfoe) return;
    for (int i = 0; i < d->nev; i++) {
        struct tc_event *ev = d->ev[i];
        if (!(st_violent(ev->code) || !strncmp(ev->code, "17", 2)) || !state_code(ev->source)) continue;
        if (!(strlen(ev->target) == 3 ? !strncmp(ev->target, ev->source, 3) : !strcmp(ev->target, ev->source))) continue;
        const char *home = ev->location.has && ev->location.country ? tc_engine_iso3(d->e, ev->location.country) : NULL;
        if (!home || strncmp(home, ev->source, 3)) continue;
        const struct foe *f = NULL;
        for (int k = 0; k < d->nfoe; k++) {
            const struct foe *c = &d->foe[k];
            if (!f || (c->si <= ev->sentence && (f->si > ev->sentence || c->si > f->si)) ||
                (c->si > ev->sentence && f->si > ev->sentence && c->si < f->si))
                f = c;
        }
        ev->target = f->code;
        ev->target_text = "";
        ev->target_span.has = false;
    }
}

static int cmp_str(const char *a, const char *b) { return strcmp(a ? a : "", b ? b : ""); }

/* Targets that can name one victim: equal, one unknown, or a country and an
   actor of that country ("IRQ" and "IRQGOV"). */
bool st_targets_agree(const char *a, const char *b) {
    size_t na = strlen(a), nb = strlen(b);
    if (!na || !nb) return true;
    if (na < 3 || nb < 3) return false;
    /* ("two people", "---PPL": victims of no known country are anyone's) */
    if (!strncmp(a, "---", 3) || !strncmp(b, "---", 3)) return true;
    return !strncmp(a, b, 3) && (na == 3 || nb == 3 || !strcmp(a, b));
}

/*
 * An attack with no known perpetrator, retold later in the story ("the
 * target of cowardly assault", "a failed assassination attempt", "rocket
 * attacks", "Locals report hearing five explosions during the attack"), is
 * the same event as an earlier one -- whoever the first telling names as
 * its doer -- when it falls on the same day, against the same victim, and
 * not in a place far from the first telling.
 */
static bool same_attack(const struct tc_event *a, const struct tc_event *b) {
    if (*b->source || !st_violent(a->code) || !st_violent(b->code)) return false;

    char da[11], db[11];
    tc_date_format(a->date, da);
    tc_date_format(b->date, db);
    if (strcmp(da, db) || !st_targets_agree(a->target, b->target)) return false;
    if (a->location.has && b->location.has) {
        double dlat = a->location.lat - b->location.lat, dlon = a->location.lon - b->location.lon;
        if (dlat * dlat + dlon * dlon > 0.25) return false; /* about 50 km */
    }
    return true;
}

/*
 * "A Russian missile strike on Kryvyi Rih kills 19 people.  The Russian
 * Defence Ministry says its forces were targeting a military gathering in
 * the city.": violence a later sentence reports someone saying, between the
 * same two countries as violence the story told before, is that violence
 * told again (what it aimed at, that it happened), not an attack of its
 * own; its sentence supports the earlier event.  Fighting at home (one
 * country on both sides) may be a new round ("Somali authorities say they
 * repelled the attack") and stays.
 */
static bool reported_clause(const tc_sent *s, int v) {
    static const char *const w[] = {"report", "claim", "confirm", "allege"};
    for (int cur = v, up = 0; cur >= 1 && cur <= s->n && up < 6; up++) {
        const tc_tok *t = &s->tok[cur - 1];
        if (t->head < 1 || t->head > s->n) return false;
        const tc_tok *h = &s->tok[t->head - 1];
        if ((tc_deprel_is(t, "ccomp") || tc_deprel_is(t, "obj")) && h->upos == TC_UPOS_VERB &&
            (st_saying_verb(h) || tc_lemma_in(h, w, TC_COUNTOF(w))))
            return true;
        /* (up through conjuncts, complements and the noun an event word
           modifies; not out of a clause of its own) */
        if (!(tc_deprel_is(t, "conj") || tc_deprel_is(t, "xcomp") || tc_deprel_is(t, "nmod") || tc_deprel_is(t, "compound") ||
              tc_deprel_is(t, "amod")))
            return false;
        cur = t->head;
    }
    return false;
}

void st_reported_retellings(tc_doc *d) {
    for (int k = 0; k < d->nev; k++) {
        struct tc_event *ev = d->ev[k];
        if (!st_violent(ev->code) || strlen(ev->source) < 3 || strlen(ev->target) < 3 || !strncmp(ev->source, ev->target, 3) ||
            ev->sentence < 2 || ev->sentence > d->ns)
            continue;
        const tc_sent *s = &d->s[ev->sentence - 1];
        int v = d->ev_anchor[k];
        if (v < 1 || v > s->n || !reported_clause(s, v)) continue;
        struct tc_event *prev = NULL;
        for (int i = 0; i < d->nev && !prev; i++) {
            struct tc_event *o = d->ev[i];
            if (o->sentence < ev->sentence && st_violent(o->code) && strlen(o->source) >= 3 && strlen(o->target) >= 3 &&
                !strncmp(o->source, ev->source, 3) && !strncmp(o->target, ev->target, 3))
                prev = o;
        }
        if (!prev) continue;
        add_sentence_ref(d, prev, ev->sentence);
        if (prev->killed < 0 && !prev->killed_mod) { prev->killed = ev->killed; prev->killed_mod = ev->killed_mod; }
        if (prev->injured < 0 && !prev->injured_mod) { prev->injured = ev->injured; prev->injured_mod = ev->injured_mod; }
        st_drop_event(d, k--);
    }
}

/* One event per (source, target, code, date); supporting sentences kept. */
void st_dedupe(tc_doc *d) {
    int out = 0;
    for (int i = 0; i < d->nev; i++) {
        struct tc_event *ev = d->ev[i];
        char di[11];
        tc_date_format(ev->date, di);
        struct tc_event *same = NULL;
        for (int k = 0; k < out && !same; k++) {
            struct tc_event *o = d->ev[k];
            char dk[11];
            tc_date_format(o->date, dk);
            if ((!cmp_str(o->source, ev->source) && !cmp_str(o->target, ev->target) && !cmp_str(o->code, ev->code) &&
                 !strcmp(di, dk)) || same_attack(o, ev))
                same = o;
        }
        if (!same) {
            d->ev_anchor[out] = d->ev_anchor[i]; /* anchors stay in step with the events */
            d->ev[out++] = ev;
            continue;
        }
        add_sentence_ref(d, same, ev->sentence);
        /* carry over what the merged event had gathered (by index: the
           array of lists may move as lists are added) */
        const struct sref *er = sref_of(d, ev, false);
        int ei = er ? (int)(er - d->sref) : -1;
        for (int k = 0; ei >= 0 && k < d->sref[ei].n; k++) add_sentence_ref(d, same, d->sref[ei].v[k]);
        if (!*same->target && *ev->target) {
            same->target = ev->target;
            same->target_text = ev->target_text;
            same->target_span = ev->target_span;
        }
        /* the report that places the event in its own clause, the closer */
        if (ev->location.has && (!same->location.has || ev->location.rank < same->location.rank)) same->location = ev->location;
        if (same->killed < 0 && !same->killed_mod) { same->killed = ev->killed; same->killed_mod = ev->killed_mod; }
        if (same->injured < 0 && !same->injured_mod) { same->injured = ev->injured; same->injured_mod = ev->injured_mod; }
        if (!same->date_text && ev->date_text) same->date_text = ev->date_text;
    }
    d->nev = out;
}

/*
 * A crowd that demonstrates, marches or gathers "to protest against X" in
 * one sentence ("Thousands demonstrate in Seoul to protest the arrest",
 * "Protests are held in cities across the country") is one protest: the
 * bare 140 of the protest word joins the demonstration (141) of the same
 * crowd (a source of the same country) told in that sentence.  The one
 * demonstration takes the opponent the protest names ("against the
 * government") over the place it was held in; strikes (143) and riots (145)
 * stay acts of their own.
 */
void st_one_protest(tc_doc *d) {
    for (int i = 0; i < d->nev; i++) {
        struct tc_event *p = d->ev[i];
        if (strcmp(p->code, "140") != 0 || strlen(p->source) < 3) continue;
        struct tc_event *demo = NULL;
        int ndemo = 0;
        for (int k = 0; k < d->nev; k++) {
            struct tc_event *o = d->ev[k];
            if (o == p || o->sentence != p->sentence || strncmp(o->code, "141", 3) != 0 || strncmp(o->source, p->source, 3) != 0)
                continue;
            demo = o;
            ndemo++;
        }
        if (!ndemo) continue;
        if (ndemo == 1 && *p->target && p->target_span.has) {
            demo->target = p->target;
            demo->target_text = p->target_text;
            demo->target_span = p->target_span;
        }
        st_drop_event(d, i--);
    }
}

/*
 * An act nobody is named as doing says little: violence, protests and riots
 * are events whoever did them ("a car bomb killed 20", "protests broke
 * out"), but an appeal, an accusation or an agreement with no source --
 * even from the story's context -- is left out.
 */
void st_drop_unattributed(tc_doc *d) {
    int out = 0;
    for (int i = 0; i < d->nev; i++) {
        struct tc_event *ev = d->ev[i];
        if (!*ev->source && !st_violent(ev->code) && !st_protest(ev->code)) continue;
        d->ev_anchor[out] = d->ev_anchor[i];
        d->ev[out++] = ev;
    }
    d->nev = out;
}

/*
 * Most acts are addressed to someone: CAMEO codes them between two actors.
 * With no one named on the other side, an appeal, a consultation, a
 * cooperation, a demand, a threat or a cut in relations -- "the Congress
 * certifies the results", "the ceasefire goes into effect", "the parliament
 * fails to meet" -- is most often a verb used in another sense, and is left
 * out.  A promise, an offer of aid, a reproach or a refusal about a state of
 * affairs ("the US condemned the attack", "Georgia rejects the election",
 * "have offered our assistance") is addressed to the country where it is
 * told to happen, and left out where the text places it nowhere; so is a
 * threat of an act the text names.  Roots
 * that are events with no one on the other side stay: yielding of a kind
 * (resigning, withdrawing; the bare 080 goes), investigating, protests, shows of force, coercion and
 * violence (and 01, plain statements).
 */
static bool code_in(const char *code, const char (*roots)[3], size_t n) {
    for (size_t i = 0; code && i < n; i++)
        if (!strncmp(code, roots[i], 2)) return true;
    return false;
}

/* Whether trigger word w starts with one of the n stems (case ignored). */
static bool stem_in(const char *w, const char *const *stem, size_t n) {
    for (size_t i = 0; w && i < n; i++)
        if (!strncasecmp(w, stem[i], strlen(stem[i]))) return true;
    return false;
}

/* Whether trigger word w is a form of elect, appoint, nominate, lead,
   serve or increase (the words of holding or winning an office). */
static bool office_word(const char *w) {
    static const char *const stem[] = {"elect", "appoint", "nominat", "lead", "led", "serv", "increas"};
    return stem_in(w, stem, TC_COUNTOF(stem));
}

/* Whether trigger word w is a form of promise, pledge, vow, agree, commit,
   guarantee or undertake (the words that commit their speaker). */
static bool commitment_word(const char *w) {
    static const char *const stem[] = {"promis", "pledg", "vow", "agree", "commit", "guarantee", "undert"};
    return stem_in(w, stem, TC_COUNTOF(stem));
}

void st_drop_unaddressed(tc_doc *d) {
    static const char dropped[][3] = {"02", "04", "05", "06", "10", "13", "16"};
    static const char placed[][3] = {"03", "07", "11", "12"};
    int out = 0;
    for (int i = 0; i < d->nev; i++) {
        struct tc_event *ev = d->ev[i];
        /* a threat of an act the text tells ("threatened to institute a
           curfew in Algiers", "will extend the curfew in Abidjan": the
           readings' "not done") is addressed where the act would be */
        /* a visit is to the country it happens in ("during a visit from
           Ethiopian Prime Minister Abiy Ahmed" to Mogadishu); other comings
           ("attending a volleyball game") are not visits to a country */
        bool visit = !strcmp(ev->code, "042") && ev->trigger && !strncasecmp(ev->trigger, "visit", 5);
        if (!*ev->target && visit && ev->location.has && ev->location.country) {
            const char *iso3 = tc_engine_iso3(d->e, ev->location.country);
            if (iso3 && strncmp(iso3, ev->source, 3)) ev->target = iso3;
        }
        bool act = !strncmp(ev->code, "13", 2) && ev->note && strstr(ev->note, "not done");
        if (!*ev->target && code_in(ev->code, dropped, TC_COUNTOF(dropped)) && !act) continue;
        /* (yielding of no kind -- the bare 080 that "approves a law",
           "ceased operations", "disconnect from the grid" read as -- yields
           to no one; a retreat, a resignation or a release says its kind) */
        if (!*ev->target && !strcmp(ev->code, "080")) continue;
        /* ... nor to anyone named: approving a deal, disconnecting from a
           grid, suspending operations, surrounding a house, clearing a
           beach are the YIELD verbs' other senses; a yielding that says its
           kind keeps it (a retreat or surrender 0874, a release 0841, an
           opening of borders or crossings) */
        if (!strcmp(ev->code, "080")) {
            static const char *const retreat[] = {"withdr", "retreat", "pull", "surrender"}, *const release[] = {"free", "releas"},
                                     *const open[] = {"open"};
            if (stem_in(ev->trigger, retreat, TC_COUNTOF(retreat))) ev->code = "0874";
            else if (stem_in(ev->trigger, release, TC_COUNTOF(release))) ev->code = "0841";
            else if (!stem_in(ev->trigger, open, 1)) continue;
        }
        /* (cooperation of no kind at home from a word of office -- "is
           elected Prime Minister by parliament", "is appointed", "leads the
           first round", "had served the Supreme Leader", "increases its
           majority" -- is a country's running of its own offices, no
           material cooperation) */
        if (!strcmp(ev->code, "060") && strlen(ev->source) >= 3 && !strncmp(ev->source, ev->target, 3) && office_word(ev->trigger))
            continue;
        /* (an intent or support of no kind -- the bare 030 and 050 -- between
           actors of one country is read off words of planning, expecting,
           organising or siding ("she plans on leaving", "is expected to
           extend his rule", "Greeks organize a general strike", "allied
           militias"), not an act of one party toward another; a promise,
           pledge or agreement stays: "promised to democratize Serbia") */
        if (((!strcmp(ev->code, "030") && !commitment_word(ev->trigger)) || !strcmp(ev->code, "050")) &&
            strlen(ev->source) >= 3 && !strncmp(ev->source, ev->target, 3))
            continue;
        if (!*ev->target && (code_in(ev->code, placed, TC_COUNTOF(placed)) || act)) {
            const char *iso3 = ev->location.has && ev->location.country ? tc_engine_iso3(d->e, ev->location.country) : NULL;
            if (!iso3) continue;
            /* (addressed to the doer's own country by the place alone, the
               bare intent of planning ("Iran's parliament prepares a bill",
               "M23 forces are preparing to advance") is still no act toward
               another party, nor is aid no one is named to receive ("police
               deploy water cannons", "sends a carrier group to the region")) */
            if (strlen(ev->source) >= 3 && !strncmp(ev->source, iso3, 3) &&
                ((!strcmp(ev->code, "030") && !commitment_word(ev->trigger)) || !strncmp(ev->code, "07", 2)))
                continue;
            ev->target = iso3;
        }
        d->ev_anchor[out] = d->ev_anchor[i];
        d->ev[out++] = ev;
    }
    d->nev = out;
}

/*
 * Consultations, meetings and visits (04) inside one country are its
 * political actors' dealings with each other: a government receiving its
 * parliament, a minister touring a province, an opposition leader coming
 * home.  A private person's or a crowd's comings and goings at home ("the
 * group was visiting an escape room", "he attended Wayne State
 * University", "voters go to the polls"), or a meeting with the country's
 * own people or an institution that is no party to politics, is no event.
 * Nor is a consultation of a state organ with its own country taken from
 * a place ("meets in Addis Ababa"), except a visit (042, 043) to it.
 */
static bool political_sector(const char *code) {
    static const char sectors[][4] = {"GOV", "LEG", "MIL", "JUD", "COP", "SPY", "ELI", "PTY", "OPP", "REB"};
    if (!code || strlen(code) < 6) return false;
    for (size_t i = 0; i < TC_COUNTOF(sectors); i++)
        if (!strncmp(code + 3, sectors[i], 3)) return true;
    return false;
}

void st_drop_private_consults(tc_doc *d) {
    int out = 0;
    for (int i = 0; i < d->nev; i++) {
        struct tc_event *ev = d->ev[i];
        const char *s = ev->source, *t = ev->target;
        bool drop = false;
        if (!strncmp(ev->code, "04", 2) && strlen(s) >= 3 && strlen(t) >= 3 && !strncmp(s, t, 3)) {
            if (!political_sector(s)) drop = true;
            else if (strlen(t) >= 6 && !political_sector(t)) drop = true;
            else if (strlen(t) == 3 && strncmp(ev->code, "042", 3) && strncmp(ev->code, "043", 3)) drop = true;
        }
        if (drop) continue;
        d->ev_anchor[out] = d->ev_anchor[i];
        d->ev[out++] = ev;
    }
    d->nev = out;
}

/*
 * Civilians do not use conventional military force: a mob, settlers, a
 * man with a knife or a gun attack by unconventional violence.  Fighting
 * (19x) whose doer is a civilian or the people of a country is CAMEO's
 * unconventional violence (180); air strikes and artillery stay what the
 * text names.
 */
void st_civilian_violence(tc_doc *d) {
    for (int i = 0; i < d->nev; i++) {
        struct tc_event *ev = d->ev[i];
        if (strncmp(ev->code, "19", 2) || !strcmp(ev->code, "194") || !strcmp(ev->code, "195")) continue;
        if (strlen(ev->source) < 6 || (strncmp(ev->source + 3, "CVL", 3) && strncmp(ev->source + 3, "PPL", 3))) continue;
        ev->code = "180";
    }
}

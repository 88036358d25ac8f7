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
    return code && (!strncmp(code, "18", 2) || !strncmp(code, "19", 2) || !strncmp(code, "20", 2));
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

/* The tense of the trigger's clause: 1 present ("kills", "are killed",
   "has killed"), -1 past ("killed", "was killed"), 0 neither (a noun, an
   infinitive). */
static int clause_tense(const tc_sent *s, int v) {
    /* an event noun takes the tense of the verb it hangs from ("Protests ...
       continued") */
    if (v >= 1 && v <= s->n && s->tok[v - 1].upos != TC_UPOS_VERB) {
        int h = s->tok[v - 1].head;
        if (h >= 1 && h <= s->n && s->tok[h - 1].upos == TC_UPOS_VERB &&
            (tc_deprel_is(&s->tok[v - 1], "nsubj") || tc_deprel_is(&s->tok[v - 1], "obj")))
            v = h;
    }
    if (v < 1 || v > s->n || s->tok[v - 1].upos != TC_UPOS_VERB) return 0;
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

/* Date, place, casualties and ontology of an event from its own clause. */
void st_attach(tc_doc *d, struct tc_event *ev, const tc_sent *s, int si, int trigger) {
    const tc_engine *e = d->e;
    ev->date = d->dct;
    ev->date_precision = "day";
    int tense = clause_tense(s, trigger);
    if (e->timerec && trigger >= 1) {
        tc_event_date ed;
        if (tc_time_event_date(s, d->tx[si], d->ntx[si], trigger, d->dct, &ed) == TC_OK) {
            ev->date = ed.date;
            ev->date_precision = tc_timex_precision_name(ed.precision);
            if (!ev->date_precision[0]) ev->date_precision = "day";
            if (ed.tx) ev->date_text = tc_arena_strndup(&d->arena, s->text + ed.tx->beg, ed.tx->end - ed.tx->beg);
            if (ed.source == TC_EVDATE_FUTURE_IN_PAST) {
                ev->note = "date after the story date in a past-tense clause; story date used";
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
                    if ((t->type == TC_TIMEX_DATE || t->type == TC_TIMEX_TIME) && t->year > 0 && !(t->flags & TC_TIMEX_WEAK)) {
                        ndated++;
                        one = t;
                    }
                }
                /* ... unless the event's own verb is in the present tense: a
                   news summary's "kills", "holds" happened on the story date,
                   and the day named belongs to something else ("ahead of his
                   inauguration on Monday") */
                tc_date td = one ? (tc_date){one->year, one->month, one->day} : (tc_date){0, 0, 0};
                if (ndated == 1 && one->precision == TC_TPREC_DAY && tc_date_valid(td) && tense <= 0 &&
                    tc_date_to_days(td) <= tc_date_to_days(d->dct)) {
                    ev->date = td;
                    ev->date_text = tc_arena_strndup(&d->arena, s->text + one->beg, one->end - one->beg);
                } else if (tense < 0 && d->episode.y) {
                    /* "On Thursday, police arrested ... The suspect was charged":
                       a past event naming no day happened on the episode's day */
                    ev->date = d->episode;
                    ev->date_precision = d->episode_precision;
                    ev->note = "date carried from an earlier sentence of the story";
                }
            }
            if (ev->date_text && tc_date_to_days(ev->date) <= tc_date_to_days(d->dct)) {
                d->episode = ev->date;
                d->episode_precision = ev->date_precision;
            }
        }
    }
    if (d->geo && trigger >= 1) {
        tc_place p;
        geo_where w;
        if (geo_event_place_in(d->geo, s, si - d->geo_base, trigger, &p, &w) == TC_OK) {
            ev->location.has = true;
            ev->location.name = p.name;
            ev->location.gazetteer = p.name;
            /* the most specific place as written ("Al-Safira" in "Al-Safira,
               Aleppo Governorate, Syria"), beside the gazetteer entry */
            const char *written = w.name_first ? st_span_text(&d->arena, s, w.name_first, w.name_last) : NULL;
            if (written && *written) ev->location.name = written;
            ev->location.country = p.country;
            ev->location.admin1 = p.admin1 && *p.admin1 ? p.admin1 : NULL;
            ev->location.lat = p.lat;
            ev->location.lon = p.lon;
            ev->location.precision = tc_precision_name(p.precision);
            ev->location.admin2 = p.admin2 && *p.admin2 ? p.admin2 : NULL;
            ev->location.country3 = p.country3 && *p.country3 ? p.country3 : NULL;
            ev->location.geonameid = p.geonameid;
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

static void add_sentence_ref(tc_doc *d, struct tc_event *ev, int sent) {
    char num[16];
    snprintf(num, sizeof num, "%d", sent);
    const char *old = ev->sentences ? ev->sentences : NULL;
    if (!old) ev->sentences = tc_arena_printf(&d->arena, "%d,%d", ev->sentence, sent);
    else {
        /* avoid repeating the same sentence */
        size_t k = strlen(num);
        const char *p = old;
        while ((p = strstr(p, num)) != NULL) {
            if ((p == old || p[-1] == ',') && (p[k] == 0 || p[k] == ',')) return;
            p += k;
        }
        ev->sentences = tc_arena_printf(&d->arena, "%s,%d", old, sent);
    }
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

static int cmp_str(const char *a, const char *b) { return strcmp(a ? a : "", b ? b : ""); }

/* Targets that can name one victim: equal, one unknown, or a country and an
   actor of that country ("IRQ" and "IRQGOV"). */
bool st_targets_agree(const char *a, const char *b) {
    size_t na = strlen(a), nb = strlen(b);
    if (!na || !nb) return true;
    if (na < 3 || nb < 3) return false;
    return !strncmp(a, b, 3) && (na == 3 || nb == 3 || !strcmp(a, b));
}

/*
 * An attack with no known perpetrator, retold later in the story ("the
 * target of cowardly assault", "a failed assassination attempt", "rocket
 * attacks"), is the same event when it falls on the same day, against the
 * same victim, and not in a place far from the first telling.
 */
static bool same_attack(const struct tc_event *a, const struct tc_event *b) {
    if (*a->source || *b->source || !st_violent(a->code) || !st_violent(b->code)) return false;
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
        if (!same) { d->ev[out++] = ev; continue; }
        add_sentence_ref(d, same, ev->sentence);
        if (ev->sentences) /* carry over what the merged event had gathered */
            for (const char *p = ev->sentences; *p;) {
                add_sentence_ref(d, same, atoi(p));
                while (*p && *p != ',') p++;
                if (*p == ',') p++;
            }
        if (!*same->target && *ev->target) {
            same->target = ev->target;
            same->target_text = ev->target_text;
            same->target_span = ev->target_span;
        }
        if (!same->location.has && ev->location.has) same->location = ev->location;
        if (same->killed < 0 && !same->killed_mod) { same->killed = ev->killed; same->killed_mod = ev->killed_mod; }
        if (same->injured < 0 && !same->injured_mod) { same->injured = ev->injured; same->injured_mod = ev->injured_mod; }
        if (!same->date_text && ev->date_text) same->date_text = ev->date_text;
    }
    d->nev = out;
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

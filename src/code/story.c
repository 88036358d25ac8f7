/*
 * story.c -- the end-to-end path for one story: segment, tag and parse each
 * sentence, find its dates and places, learn the story's actors, then code
 * each sentence -- the dictionary coder's verb events and nominal.c's noun
 * events, read for what they report (readings.c), with date, place and
 * casualties from their own clause (assemble.c) -- and finish with the
 * story-wide passes: agents' country from the context (context.c), the
 * victims' country as target, repeated reports merged.
 *
 * All per-story data lives in the document arena and is dropped in one
 * reset per story, so memory stays flat however many stories pass.
 */
#include "code/story_int.h"

#include <string.h>

/* The geo stage's question about a name with only a weak place cue ("hit
   Nuseirat", "the Jenin camp"): the dictionaries' country lists hold
   places ("Goma" is COD, "Gaza" PSEGZA, a territory after its country),
   while a code with an agent type is a person or an organisation
   ("Hamas" PSEREBHMS, a leader's ...ELI or ...GOV, the UN's IGO...). */
static int st_geo_actor(void *ud, const tc_sent *s, int first, int last) {
    static const char *const types[] = {"AGR", "BUS", "COP", "CRM", "CVL", "EDU", "ELI", "ENV", "GOV", "HLH",
                                        "HRI", "IMG", "JUD", "LAB", "LEG", "MED", "MIL", "NGO", "OPP", "PTY",
                                        "RAD", "REB", "REF", "REL", "SPY", "UAF", "INS", "SEP", "IGO", "MNC",
                                        "NGM", "BUD", "CHR", "HIN", "JEW", "MUS"};
    tc_doc *d = ud;
    const char *c = st_code_span(d, s, first, last);
    if (!c || !*c) return GEO_ACTOR_UNKNOWN;
    size_t n = strlen(c);
    if (n % 3) return GEO_ACTOR_OTHER;
    for (size_t i = 0; i < n; i += 3) {
        if (c[i] == '-') return GEO_ACTOR_OTHER;
        for (size_t k = 0; k < TC_COUNTOF(types); k++)
            if (!strncmp(c + i, types[k], 3)) return GEO_ACTOR_OTHER;
    }
    return GEO_ACTOR_PLACE;
}

int tc_doc_new(tc_doc **out, const tc_engine *e) {
    *out = NULL;
    if (!e) return TC_MISUSE;
    tc_doc *d = tc_mem_calloc(e->A, 1, sizeof *d);
    if (!d) return TC_NOMEM;
    d->e = e;
    tc_arena_init(&d->arena, e->A, 256 * 1024);
    tc_arena_init(&d->prep_arena, e->A, 256 * 1024);
    if (e->parser && !(d->nlp = tc_nlp_work_new(e->parser, e->A))) goto nomem;
    if (e->gazetteer && !(d->geo = geo_doc_new((const geo_gaz *)e->gazetteer, e->A))) goto nomem;
    if (d->geo) geo_doc_set_actor_fn(d->geo, st_geo_actor, d);
    *out = d;
    return TC_OK;
nomem:
    tc_doc_free(d);
    return TC_NOMEM;
}

void tc_doc_free(tc_doc *d) {
    if (!d) return;
    tc_nlp_work_free(d->nlp);
    geo_doc_free(d->geo);
    tc_arena_free(&d->arena);
    tc_arena_free(&d->prep_arena);
    tc_mem_free(d->e->A, d->codes);
    tc_mem_free(d->e->A, d->men);
    tc_mem_free(d->e->A, d->txbuf);
    tc_mem_free(d->e->A, d->kid);
    tc_mem_free(d->e->A, d->kid_off);
    st_sentence_refs_free(d);
    tc_mem_free(d->e->A, d);
}

/* The story's copy of code string c (NULL stays NULL): equal strings give
   one copy, so the copies cost memory by distinct code, not by use.  Sets
   the arena's sticky OOM flag on failure (and returns c, still valid for the
   current sentence). */
const char *st_keep(tc_doc *d, const char *c) {
    if (!c || !*c) return c;
    if (2 * (d->ncodes + 1) > d->capcodes) {
        size_t nc = d->capcodes ? 2 * d->capcodes : 256;
        const char **t = tc_mem_calloc(d->e->A, nc, sizeof *t);
        if (!t) { d->arena.oom = true; return c; }
        for (size_t i = 0; i < d->capcodes; i++) {
            if (!d->codes[i]) continue;
            size_t j = (size_t)tc_hash64(d->codes[i], strlen(d->codes[i]), 7) & (nc - 1);
            while (t[j]) j = (j + 1) & (nc - 1);
            t[j] = d->codes[i];
        }
        tc_mem_free(d->e->A, d->codes);
        d->codes = t;
        d->capcodes = nc;
    }
    size_t j = (size_t)tc_hash64(c, strlen(c), 7) & (d->capcodes - 1);
    for (; d->codes[j]; j = (j + 1) & (d->capcodes - 1))
        if (!strcmp(d->codes[j], c)) return d->codes[j];
    const char *k = tc_arena_strdup(&d->arena, c);
    if (!k) return c;
    d->codes[j] = k;
    d->ncodes++;
    return k;
}

/* Between sentences: forgets the coder's preparations once they pass the
   budget; they are made again when asked for, with the same answers (what
   the story kept of them was interned by st_keep). */
static void prep_trim(tc_doc *d) {
    if (d->prep_arena.used_total < PREP_BUDGET || d->prep_arena.oom) return;
    tc_arena_reset(&d->prep_arena);
    memset(d->prep, 0, (size_t)d->ns * sizeof *d->prep);
}

static void fill_ontology(const tc_engine *e, struct tc_event *ev) {
    if (!e->ontology || !ev->code) return;
    const tc_cameo *row = tc_ontology_lookup(e->ontology, ev->code);
    if (!row) return;
    ev->root = row->root;
    ev->quad = row->quad;
    ev->goldstein = row->goldstein;
    ev->has_goldstein = true;
    ev->plover = row->plover[0] ? row->plover : NULL;
    ev->plover_mode = row->plover_mode[0] ? row->plover_mode : NULL;
    ev->acled_type = row->acled_type[0] ? row->acled_type : NULL;
    ev->acled_subtype = row->acled_subtype[0] ? row->acled_subtype : NULL;
    ev->code_name = row->name[0] ? row->name : NULL;
    ev->plover_context = row->plover_context[0] ? row->plover_context : NULL;
}


/*
 * "Russian forces launch missiles at Odesa.  At least two people are
 * injured.": a later sentence that only counts the harmed -- a casualty
 * verb in the passive with no one named as doing it and no attack noun
 * of its own -- tells the toll of what the story already told (the last
 * violence, or the protest it came from), not an event of its own.
 * Victims who bear arms on the side of the earlier attacker ("Dozens of
 * militants are also killed") are the other side's act and stay.
 * Returns the earlier event, or NULL.
 */
static struct tc_event *retold_toll(tc_doc *d, const tc_sent *s, int v, const nom_event *ne, int nn) {
    static const char *const harm[] = {"kill", "injure", "wound", "hurt"};
    if (v < 1 || v > s->n || !tc_lemma_in(&s->tok[v - 1], harm, TC_COUNTOF(harm)) || !st_passive_verb(s, v) ||
        st_by_phrase(s, v))
        return NULL;
    for (int i = 0; i < nn; i++)
        if (!ne[i].definite && st_violent(ne[i].code)) return NULL;
    /* ("killed in related combat": a fight of its own) */
    for (int j = 1; j <= s->n; j++)
        if (s->tok[j - 1].head == v && tc_deprel_is(&s->tok[j - 1], "obl") && st_fight_word(&s->tok[j - 1])) return NULL;
    struct tc_event *prev = NULL;
    for (int i = d->nev - 1; i >= 0 && !prev; i--)
        if (d->ev[i]->sentence < s->index && (st_violent(d->ev[i]->code) || st_protest(d->ev[i]->code))) prev = d->ev[i];
    if (!prev) return NULL;
    int vic = st_child_full(s, v, "nsubj:pass"), b = 0, e = 0;
    const char *who = vic ? st_code_party(d, s, vic, &b, &e) : NULL;
    /* (armed victims of no country the words name are the attacker's side) */
    if (st_violent(prev->code) && who && st_armed_code(who, true) &&
        (!strncmp(who, "---", 3) || (prev->source && !strncmp(who, prev->source, 3))))
        return NULL;
    return prev;
}

/* "Three ministers resign in protest of the deal", "delayed the release
   in protest at ...": a bare "in protest" says why another act is done,
   no protest of its own (a noun with no determiner, in an "in" phrase
   on a verb). */
static bool in_protest(const tc_sent *s, int n) {
    const tc_tok *t = &s->tok[n - 1];
    if (!tc_lemma_is(t, "protest") || !t->xpos || strcmp(t->xpos, "NN") != 0 || !(tc_deprel_is(t, "obl") || tc_deprel_is(t, "nmod")) ||
        !st_case_child(s, n, "in"))
        return false;
    for (int j = 1; j <= s->n; j++)
        if (s->tok[j - 1].head == n && (tc_deprel_is(&s->tok[j - 1], "det") || tc_deprel_is(&s->tok[j - 1], "amod") ||
                                        tc_deprel_is(&s->tok[j - 1], "nmod:poss") || tc_deprel_is(&s->tok[j - 1], "nummod")))
            return false;
    return true;
}

/* "Three ministers resign in protest of the deal": the verb dictionary's
   "resign in protest" (140) is the protest the bare phrase only gives as
   the reason (see in_protest): leaving office is the act, a resignation
   (0831, the guide's code for resignations).  Events first.. of s. */
static void protest_resignations(tc_doc *d, const tc_sent *s, int first) {
    for (int k = first; k < d->nev; k++) {
        int v = d->ev_anchor[k];
        if (v < 1 || v > s->n || !st_protest(d->ev[k]->code)) continue;
        const tc_tok *t = &s->tok[v - 1];
        if (t->upos != TC_UPOS_VERB || !(tc_lemma_is(t, "resign") || tc_lemma_is(t, "quit"))) continue;
        for (int j = 1; j <= s->n; j++)
            if (s->tok[j - 1].head == v && in_protest(s, j)) {
                d->ev[k]->code = "0831";
                break;
            }
    }
}

static int code_sentence(tc_doc *d, int si) {
    const tc_engine *e = d->e;
    tc_sent *s = &d->s[si];
    st_note_speaker(d, s);
    if (e->dicts) {
        bool discard = false;
        tc_code_prep *p = st_prep_of(d, s);
        if (!p) return TC_NOMEM;
        int rc = tc_code_prep_discard(p, &discard);
        if (rc) return rc;
        if (discard) {
            /* a sentence that tells no event still sets the time of those after it */
            st_sentence_episode(d, s, si);
            return TC_OK;
        }
    }
    int first_new = d->nev;
    int rc0 = st_collect_mentions(d, s);
    if (rc0) return rc0;
    st_note_foes(d, si);
    /* violent events this sentence creates or refers back to: when there is
       just one, the whole sentence's casualties are its own, whatever the
       parser made of the clause structure */
    struct tc_event *violent_here[2] = {NULL, NULL};
    int nviolent = 0;
#define NOTE_VIOLENT(ev) \
    do { if (nviolent < 2 && violent_here[0] != (ev)) violent_here[nviolent++] = (ev); } while (0)

    /* nouns first: "The attack in Baghdad's Green Zone ..." names an earlier event */
    nom_event *ne = NULL;
    int nn = 0;
    struct tc_event *backref = NULL;
    if (e->nominal) {
        int rc = nom_find(e->nominal, s, &d->arena, &ne, &nn);
        if (rc) return rc;
        struct tc_event *prev = st_last_violent(d);
        for (int i = 0; i < nn && prev; i++) {
            /* "the attack", "the attack on Gaza" after an attack was told: that attack */
            if (!(ne[i].definite || (ne[i].determined && !ne[i].src)) || !st_violent(ne[i].code)) continue;
            ne[i].definite = true;
            backref = prev;
            st_refer_back(d, prev, s, si, ne[i].noun);
            NOTE_VIOLENT(prev);
        }
        /* "The shelling of an area of Omdurman results in the death of 120
           civilians" opening a story: a definite attack that is the subject
           of what it did, with no attack told before it to refer back to,
           is the story's own, told first ("The shooting happened in ..."
           tells where a known one took place) */
        static const char *const occur[] = {"happen", "occur", "take", "unfold"};
        for (int i = 0; i < nn && !prev && si == 0; i++) {
            const tc_tok *nt = &s->tok[ne[i].noun - 1];
            if (ne[i].definite && st_violent(ne[i].code) && tc_deprel_is(nt, "nsubj") && nt->head >= 1 &&
                !tc_lemma_in(&s->tok[nt->head - 1], occur, TC_COUNTOF(occur)))
                ne[i].definite = false;
        }
    }
    /* verbs, through the dictionaries */
    if (e->dicts) {
        tc_code_opts o;
        memset(&o, 0, sizeof o);
        o.date = d->dct;
        o.resolve = st_resolve;
        o.resolve_ud = d;
        o.keep_partial = true;
        o.agent_codes = true; /* "police", "protesters": their country comes from the context */
        o.reported_acts = true;
        o.refused_acts = true; /* "will not accept refugees": a rejection */
        o.one_way_meetings = true; /* "X meets Y": X->Y only */ /* "says its troops killed": the killing is an event of its own */
        o.keep_self = true;   /* a country's own people and its government: IRQ-IRQ is an event */
        tc_coder_event *cev = NULL;
        int n = 0;
        d->resolved = 0;
        tc_code_prep *p = st_prep_of(d, s);
        if (!p) return TC_NOMEM;
        int rc = tc_code_prep_sentence(p, &o, &cev, &n);
        if (rc) return rc;
        if (d->resolved && st_add_event_mentions(d, s, cev, n)) {
            /* the coder's own actors ("the Conquest (Fatah) Alliance") can name
               what a later "the group" means: code again with them known */
            rc = tc_code_prep_sentence(p, &o, &cev, &n);
            if (rc) return rc;
        }
        /* the events' strings live in the preparation's arena: the story's
           copies are what it keeps */
        for (int i = 0; i < n; i++) {
            cev[i].source = st_keep(d, cev[i].source);
            cev[i].target = st_keep(d, cev[i].target);
            cev[i].code = st_keep(d, cev[i].code);
        }
        for (int i = 0; i < n; i++) {
            const tc_coder_event *c = &cev[i];
            bool has_src = c->source && *c->source, has_tgt = c->target && *c->target;
            if (!c->code || !*c->code || !strcmp(c->code, "---")) continue;
            const char *src = has_src ? c->source : NULL;
            int src_head = c->src_head, src_beg = c->src_beg, src_end = c->src_end;
            int as_role = 0;
            if (!has_src) {
                /* "Ilza Amado Vaz resigns as Prime Minister of Sao Tome and
                   Principe": a subject no dictionary knows acting in the role
                   its "as" phrase names is that role's actor, and the role no
                   one the act is aimed at */
                int k = st_child_full(s, c->trigger, "nsubj");
                for (int j = 1; j <= s->n && k && s->tok[k - 1].upos == TC_UPOS_PROPN && !as_role; j++)
                    if (s->tok[j - 1].head == c->trigger && tc_deprel_is(&s->tok[j - 1], "obl") && st_case_child(s, j, "as"))
                        as_role = j;
                if (as_role) {
                    int kb = 0, ke = 0;
                    const char *kc = st_code_party(d, s, k, &kb, &ke);
                    if (kc && *kc) as_role = 0;
                }
                if (as_role) {
                    int rb = 0, re = 0;
                    const char *role = has_tgt && c->tgt_head == as_role ? c->target : st_code_phrase(d, s, as_role, &rb, &re);
                    if (role && *role && role[0] != '-') {
                        src = role;
                        has_src = true;
                        st_np_span(s, k, &src_beg, &src_end);
                        src_head = k;
                        if (has_tgt && c->tgt_head == as_role) has_tgt = false;
                    } else as_role = 0;
                }
            }
            if (!has_src) {
                /* the verb's own subject, as the story knows it ("thousands of
                   Iraqi Kurds", "police"), else the controller's */
                int k = st_child_full(s, c->trigger, "nsubj");
                if (k && ((src = st_code_party(d, s, k, &src_beg, &src_end)) != NULL ||
                          (st_violent(c->code) && (src = st_unknown_attacker(s, k)) != NULL))) {
                    /* (a named attacker unknown to the dictionaries: "28-year-old
                       Usman Khan stabbed several people") */
                    if (src_beg == 0) st_np_span(s, k, &src_beg, &src_end);
                    has_src = true;
                    src_head = k;
                } else if ((k = st_controller(s, c->trigger)) != 0 && (src = st_code_phrase(d, s, k, &src_beg, &src_end)) != NULL) {
                    has_src = true;
                    src_head = k;
                } else if ((k = st_orderer(s, c->trigger)) != 0 && (src = st_code_party(d, s, k, &src_beg, &src_end)) != NULL) {
                    /* "He instructed security agencies to investigate": the
                       ones told to act are no actor the dictionaries know,
                       and an act ordered is the orderer's (st_orders_votes) */
                    if (src_beg == 0) st_np_span(s, k, &src_beg, &src_end);
                    has_src = true;
                    src_head = k;
                } else if (st_violent(c->code) && (k = st_by_phrase(s, c->trigger)) != 0 &&
                           (src = st_premodifier_actor(d, s, k, &src_beg, &src_end)) != NULL) {
                    /* "attacked by a Russian drone": the weapon's country */
                    has_src = true;
                    src_head = k;
                }
            }
            int tgt_beg = c->tgt_beg, tgt_end = c->tgt_end;
            const char *tgt = has_tgt ? c->target : NULL;
            int who = 0;
            const char *agent = has_src ? NULL : st_state_agent(s, c->trigger, c->code, &who);
            if (agent) {
                /* "An individual has been arrested": the state's police or
                   courts, of the event's country; the one arrested is
                   whoever the subject names, else a civilian there */
                src = agent;
                has_src = true;
                src_beg = src_end = 0;
                if (!has_tgt) {
                    tgt = st_code_party(d, s, who, &tgt_beg, &tgt_end);
                    if (!tgt || !*tgt) {
                        tgt = "---CVL";
                        st_np_span(s, who, &tgt_beg, &tgt_end);
                    }
                    has_tgt = true;
                }
            }
            if (!has_src && !has_tgt && !st_protest(c->code)) continue;
            if (backref && st_violent(c->code) && !has_src) {
                /* "The attack ... was the first to target the residence": the same attack */
                st_refer_back(d, backref, s, si, c->trigger);
                continue;
            }
            struct tc_event *toll = !has_src && st_violent(c->code) ? retold_toll(d, s, c->trigger, ne, nn) : NULL;
            if (toll) {
                if (st_violent(toll->code)) st_refer_back(d, toll, s, si, c->trigger);
                continue;
            }
            struct tc_event *ev = st_new_event(d, s, c->trigger);
            if (!ev) return TC_NOMEM;
            ev->code = c->code;
            /* (the backing itself, "Rwandan-backed", is the backer's) */
            if (has_src && src_beg && c->trigger != src_end + 2) src = st_past_backer(d, s, src, &src_beg, &src_end);
            if (has_tgt && tgt_beg && c->trigger != tgt_end + 2) tgt = st_past_backer(d, s, tgt, &tgt_beg, &tgt_end);
            if (has_src) ev->source = st_refine_actor(d, s, st_owner_agents(d, s, src, src_beg, src_end), src_beg, src_end);
            if (has_tgt) ev->target = st_refine_actor(d, s, tgt, tgt_beg, tgt_end);
            if (src_beg) ev->source_text = st_span_text(&d->arena, s, src_beg, src_end);
            if (tgt_beg) ev->target_text = st_span_text(&d->arena, s, tgt_beg, tgt_end);
            if (src_beg) ev->source_span = ev_span(s, src_beg, src_end);
            if (tgt_beg) ev->target_span = ev_span(s, tgt_beg, tgt_end);
            if (!ev->source_text) ev->source_text = "";
            if (!ev->target_text) ev->target_text = "";
            st_attach(d, ev, s, si, c->trigger);
            if (has_src) learn_mention(&d->L, ev->source, st_phrase_is_person(d, s, src_head));
            if (has_tgt) learn_mention(&d->L, ev->target, st_phrase_is_person(d, s, c->tgt_head));
        }
    }
    /* new events from nouns */
    int verb_end = d->nev;
    for (int i = 0; i < nn; i++) {
        const nom_event *x = &ne[i];
        if (x->definite) continue; /* referred back above, or a non-violent definite */
        if (st_modifies_event_noun(ne, nn, s, x->noun)) continue;
        if (st_protest(x->code) && x->noun == x->trigger && in_protest(s, x->noun)) continue;
        /* the noun is already the trigger of a verb event */
        int covered = -1;
        /* ... or the noun is the object of a support verb that is ("hold a
           protest", "launch an attack"): one event, the noun's */
        int support = 0;
        const tc_tok *nt = &s->tok[x->noun - 1];
        if (nt->head >= 1 && tc_deprel_is(nt, "obj") && nom_is_support_verb(&s->tok[nt->head - 1])) support = nt->head;
        for (int k = first_new; k < verb_end && covered < 0; k++)
            if (d->ev_anchor[k] == x->trigger || d->ev_anchor[k] == x->noun) covered = k;
        if (covered < 0 && support)
            for (int k = first_new; k < verb_end && covered < 0; k++)
                if (d->ev_anchor[k] == support && !strncmp(d->ev[k]->code, x->code, 2)) {
                    covered = k;
                    if (strlen(x->code) > strlen(d->ev[k]->code) || x->code[2] != '0') d->ev[k]->code = x->code;
                }
        /* a support verb read as an act of another kind only carries
           violence the noun names, which says what is done ("conducts
           airstrikes" is the airstrikes' 195, not the verb's own 060): the
           verb's events go, the noun's event below takes the verb's
           subject.  ("Lodges a protest" stays the verb's complaint.) */
        if (covered < 0 && support && st_violent(x->code))
            for (int k = verb_end - 1; k >= first_new; k--)
                if (d->ev_anchor[k] == support) {
                    st_drop_event(d, k);
                    verb_end--;
                }
        if (covered >= 0) {
            /* "Russia fires two missiles at Odesa": a weapon used makes the
               verb's reading violent, whatever else the verb may mean; an
               object that says what the verb does gives every event of the
               verb its code ("Serbia and Kosovo reach a deal": both ways) */
            for (int k = covered; k < verb_end; k++) {
                if (k != covered && d->ev_anchor[k] != d->ev_anchor[covered]) continue;
                struct tc_event *v = d->ev[k];
                /* ("a roadside bomb hits a bus": the weapon that is the
                   impact verb's subject says the means, the verb only that
                   it struck -- 1833, not the verb's 193) */
                bool means = x->noun != x->trigger && tc_deprel_is(nt, "nsubj") &&
                             st_violence_rank(x->code) >= st_violence_rank(v->code);
                if ((x->object && !x->any_object) ||
                    (st_violent(x->code) && (!st_violent(v->code) || means ||
                                             st_violence_rank(x->code) > st_violence_rank(v->code))))
                    v->code = x->code;
                if (x->object && !*v->target && x->tgt) {
                    int tb, te;
                    const char *tgt = st_code_phrase(d, s, x->tgt, &tb, &te);
                    if (tgt && *tgt && strcmp(tgt, v->source)) {
                        v->target = tgt;
                        v->target_text = st_span_text(&d->arena, s, tb, te);
                        v->target_span = ev_span(s, tb, te);
                        if (!v->target_text) v->target_text = "";
                    }
                }
            }
            continue;
        }
        int sb = 0, se = 0, tb = 0, te = 0;
        const char *src = (x->src && x->src < x->noun) || (!x->src && st_violent(x->code))
                              ? st_premodifier_actor(d, s, x->noun, &sb, &se) : NULL;
        if (!src && x->src) src = st_code_party(d, s, x->src, &sb, &se);
        if (src && !*src) src = NULL, sb = se = 0; /* a modifier that codes nothing ("an MLRS rocket barrage") */
        if (!src && support) {
            /* "Russian forces launch an MLRS rocket barrage": the support
               verb's doer, when the noun's own modifiers name nobody */
            int k = st_child_full(s, support, "nsubj");
            if (k && !tc_deprel_is(&s->tok[k - 1], "nsubj:pass")) src = st_code_party(d, s, k, &sb, &se);
            if (src && !*src) src = NULL, sb = se = 0;
        }
        if (!src && x->object) {
            /* "France will continue sharing military intelligence": the
               object's verb has no subject of its own, its controller does it */
            int k = st_controller(s, x->trigger);
            if (k) src = st_code_party(d, s, k, &sb, &se);
            if (src && !*src) src = NULL, sb = se = 0;
        }
        if (!src && !st_violent(x->code) && x->tgt && (tc_deprel_is(nt, "obl") || tc_deprel_is(nt, "nmod")) &&
            (st_case_child(s, x->noun, "after") || (st_case_child(s, x->noun, "following") || st_case_child(s, x->noun, "follow")) || st_case_child(s, x->noun, "during"))) {
            /* "Russia releases Marc Fogel, after talks with Trump's envoy":
               the talks the act follows are its doer's (the verb the
               phrase hangs from, through the nouns the parser hung it on) */
            int v = nt->head;
            for (int guard = 0; guard < 3 && v >= 1 && s->tok[v - 1].upos != TC_UPOS_VERB; guard++) v = s->tok[v - 1].head;
            int k = v >= 1 && s->tok[v - 1].upos == TC_UPOS_VERB ? st_child_full(s, v, "nsubj") : 0;
            if (k && !tc_deprel_is(&s->tok[k - 1], "nsubj:pass")) src = st_code_party(d, s, k, &sb, &se);
            if (src && !*src) src = NULL, sb = se = 0;
        }
        if (src && !strncmp(src, "---", 3) && !st_violent(x->code)) src = NULL; /* agents alone name no doer of talks */
        if (!src && st_violent(x->code)) src = st_np_actor(d, s, x->noun, &sb, &se);
        const char *tgt = x->tgt ? st_code_phrase(d, s, x->tgt, &tb, &te) : NULL;
        if (x->tgt && (!tgt || !*tgt) && !strcmp(x->code, "0874")) {
            /* "withdrawal from the Economic Community of Central African
               States": a body named with its "of" words, the whole phrase
               (the words from the phrase's start up to its last dependent) */
            int pb, pe, last = x->tgt;
            st_np_span(s, x->tgt, &pb, &pe);
            for (int j = x->tgt + 1; j <= s->n && j <= x->tgt + 12; j++) {
                int h = s->tok[j - 1].head;
                for (int g = 0; g < 4 && h >= 1 && h != x->tgt; g++) h = s->tok[h - 1].head;
                if (h == x->tgt) last = j;
                else break;
            }
            const char *c = st_code_span(d, s, pb, last);
            if (c && *c) {
                tgt = c;
                tb = pb;
                te = last;
            }
        }
        /* "announces the arrest of ...": the verb's event tells it already;
           "demanded the withdrawal of Serbian forces": the verb's act (a
           demand) is the event, the withdrawal only asked for */
        bool told = false, withdrawal = !strcmp(x->code, "0874");
        for (int k = first_new; k < verb_end && !told && nt->head >= 1; k++)
            told = d->ev_anchor[k] == nt->head &&
                   (!strncmp(d->ev[k]->code, x->code, 2) || (withdrawal && strncmp(d->ev[k]->code, "01", 2)));
        if (told && withdrawal) continue;
        /* a resignation a verb acts on ("filed his resignation", "accepts
           the resignation of") is that verb's to tell; one told as a
           circumstance ("following the resignation of X") is an event */
        if (!strcmp(x->code, "0831") && tc_deprel_is(nt, "obj")) continue;
        if (!src && !told && !strcmp(x->code, "173") && x->tgt && !tc_deprel_is(nt, "compound") && st_case_child(s, x->tgt, "of")) {
            /* "the arrest of opposition candidate Ekrem Imamoglu", "arrests of
               suspected Chinese spies": an arrest nobody is named as making is
               the state's police's, of the country it happens in (as for the
               passive verb, st_state_agent); the one arrested, when no
               dictionary knows him, a civilian there */
            src = "---COP";
            if (!tgt || !*tgt) {
                tgt = "---CVL";
                st_np_span(s, x->tgt, &tb, &te);
            }
        }
        /* "a ceasefire" with nobody named is no event; an attack by someone
           unknown still is (its place may name the victim) */
        if (!src && !tgt && !st_violent(x->code) && !st_protest(x->code)) continue;
        /* a blockade (191) is imposed by whoever holds the crossings: one
           nobody is named as imposing is no attack by an unknown group
           ("students form a blockade around the station" is a protest) */
        if (!src && !strcmp(x->code, "191")) continue;
        struct tc_event *ev = st_new_event(d, s, x->trigger);
        if (!ev) return TC_NOMEM;
        ev->code = x->code;
        if (src) ev->source = src;
        if (tgt) ev->target = tgt;
        if (sb) ev->source_text = st_span_text(&d->arena, s, sb, se);
        if (x->tgt) ev->target_text = st_span_text(&d->arena, s, tb, te);
        if (sb) ev->source_span = ev_span(s, sb, se);
        if (x->tgt) ev->target_span = ev_span(s, tb, te);
        if (!ev->source_text) ev->source_text = "";
        if (!ev->target_text) ev->target_text = "";
        st_attach(d, ev, s, si, x->trigger);
        if (x->noun != x->trigger && st_violent(ev->code)) {
            tc_casualties c;
            if (tc_casualties_extract(s, x->noun, &c)) st_set_casualties(ev, &c);
        }
        /* "The United Kingdom, Canada and Norway impose sanctions on ...":
           each conjoined doer does the act */
        for (int j = x->src ? x->src + 1 : s->n + 1; j <= s->n && src; j++) {
            const tc_tok *cj = &s->tok[j - 1];
            if (cj->head != x->src || !tc_deprel_is(cj, "conj")) continue;
            int cb, ce;
            const char *c2 = st_code_phrase(d, s, j, &cb, &ce);
            if (!c2 || !*c2 || !strcmp(c2, src) || (tgt && !strcmp(c2, tgt))) continue;
            struct tc_event *e2 = st_new_event(d, s, x->trigger);
            if (!e2) return TC_NOMEM;
            const char *trig = e2->trigger;
            *e2 = *ev;
            e2->trigger = trig;
            e2->source = c2;
            e2->source_text = st_span_text(&d->arena, s, cb, ce);
            e2->source_span = ev_span(s, cb, ce);
            if (!e2->source_text) e2->source_text = "";
        }
    }
    st_intentions(d, s, first_new);
    st_ready_for(d, s, first_new);
    st_requests(d, s, first_new);
    st_not_events(d, s, si, first_new);
    st_downed_weapons(d, s, first_new);
    st_advances(d, s, si, first_new);
    st_merge_violence(d, s, si, first_new);
    st_violence_means(d, s, first_new);
    st_assassinations(d, s, first_new);
    st_territory(d, s, si, first_new);
    st_territory_nouns(d, s, si, first_new);
    st_signed_deals(d, s, si, first_new);
    st_joint_actors(d, s, first_new);
    st_joint_doers(d, s, first_new);
    st_both_parties(d, s, first_new);
    st_mediation(d, s, si, first_new);
    st_no_confidence(d, s, si, first_new);
    st_claims(d, s, first_new);
    st_rulings(d, s, si, first_new);
    st_name_calling(d, s, si, first_new);
    protest_resignations(d, s, first_new);
    st_legal_acts(d, s, si, first_new);
    st_surrenders(d, s, si, first_new);
    st_requested_acts(d, s, si, first_new);
    st_orders_votes(d, s, first_new);
    for (int k = first_new; k < d->nev; k++)
        if (st_violent(d->ev[k]->code)) NOTE_VIOLENT(d->ev[k]);
#undef NOTE_VIOLENT
    for (int k = 0; k < d->nmen; k++) learn_mention(&d->L, d->men[k].code, d->men[k].person);
    d->nmen = 0;
    if (nviolent == 1) {
        tc_casualties c;
        if (tc_casualties_extract(s, 0, &c)) st_set_casualties(violent_here[0], &c);
    }
    /* "Sunday's attack, which left two bodyguards injured": only a sentence
       with a definite attack noun can refer back this way */
    bool definite_attack = false;
    for (int i = 0; i < nn && !definite_attack; i++) definite_attack = ne[i].definite && st_violent(ne[i].code);
    tc_casualties c;
    int anchor = 0;
    if (definite_attack && tc_casualties_backref(s, &c, &anchor)) {
        struct tc_event *prev = backref;
        for (int k = d->nev - 1; k >= 0 && !prev; k--)
            if (st_violent(d->ev[k]->code) && !(d->ev[k]->sentence == s->index && d->ev_anchor[k] != anchor))
                prev = d->ev[k];
        if (prev) st_set_casualties(prev, &c);
    }
    st_sentence_episode(d, s, si);
    return d->arena.oom ? TC_NOMEM : TC_OK;
}

int tc_doc_code(tc_doc *d, const tc_story *st) {
    if (!d || !st || st->error || !st->text) return TC_MISUSE;
    const tc_engine *e = d->e;
    tc_arena_reset(&d->arena);
    tc_arena_reset(&d->prep_arena);
    if (d->codes) memset(d->codes, 0, d->capcodes * sizeof *d->codes);
    d->ncodes = 0;
    st_sentence_refs_reset(d);
    d->ev = NULL;
    d->ev_anchor = NULL;
    d->nev = d->cap = 0;
    d->ns = 0;
    d->story = st;
    d->dct = (tc_date){(int16_t)st->year, (int8_t)st->month, (int8_t)st->day};
    d->episode = (tc_date){0, 0, 0};
    d->episode_precision = "day";
    d->episode_place.has = false;
    d->nfoe = 0;
    learn_init(&d->L, &d->arena);
    size_t bad = 0;
    int rc = tc_segment(&d->arena, st->text, st->text_len, &d->s, &d->ns, &bad);
    if (rc) return rc;
    long words = 0;
    for (int i = 0; i < d->ns; i++) words += d->s[i].n;
    d->memo_cap = 64;
    /* 8 slots a word, at most 2^16 (1 MB): past half full, spans are no
       longer memoised, so a very long document costs time, not memory */
    while (d->memo_cap < (1u << 16) && d->memo_cap < 8 * (uint32_t)(words < 1 << 24 ? words : 1 << 24))
        d->memo_cap *= 2;
    d->memo_used = 0;
    d->memo = tc_arena_calloc(&d->arena, d->memo_cap, sizeof *d->memo);
    if (!d->memo) return TC_NOMEM;
    d->prep = tc_arena_calloc(&d->arena, (size_t)d->ns + 1, sizeof *d->prep);
    if (!d->prep) return TC_NOMEM;
    d->tx = tc_arena_calloc(&d->arena, (size_t)d->ns + 1, sizeof *d->tx);
    d->ntx = tc_arena_calloc(&d->arena, (size_t)d->ns + 1, sizeof *d->ntx);
    if (!d->tx || !d->ntx) return TC_NOMEM;
    tc_time_anchor anchor;
    memset(&anchor, 0, sizeof anchor);
    for (int i = 0; i < d->ns; i++) {
        tc_sent *s = &d->s[i];
        /* tags, the corrections the dictionaries make to tags alone, one
           parse, then the corrections that read the tree (names the
           dictionaries know, re-parsed where the tagger split them) */
        if (e->parser && e->dicts) {
            const tc_dict *dict = (const tc_dict *)e->dicts;
            if ((rc = tc_nlp_tag(e->parser, d->nlp, s, &d->arena)) != TC_OK ||
                (rc = tc_code_retag_tags(dict, e->parser, s, &d->arena, NULL)) != TC_OK)
                return rc;
            rc = tc_nlp_parse_tagged(e->parser, d->nlp, s, &d->arena);
            /* (a model without a corrected tag: its own tags and parse) */
            if (rc == TC_NOTFOUND) rc = tc_nlp_annotate(e->parser, d->nlp, s, &d->arena);
            if (rc) return rc;
        } else if (e->parser && (rc = tc_nlp_annotate(e->parser, d->nlp, s, &d->arena)) != TC_OK)
            return rc;
    }
    /* The corrections that read the tree, the repairs and the dates, each in
       a pass of its own: each reads and writes one sentence (the dates also
       the story's running anchor, in sentence order), and run back to back
       over the story a step's code stays in the instruction cache, where the
       parser's would evict it every sentence. */
    for (int i = 0; i < d->ns; i++) {
        tc_sent *s = &d->s[i];
        if (e->parser && e->dicts &&
            (rc = tc_code_retag_tree((const tc_dict *)e->dicts, e->parser, d->nlp, s, &d->arena, NULL)) != TC_OK)
            return rc;
        tc_code_fix_tree(s);
        if (e->dicts && (rc = tc_code_repair_sent(s, &d->arena)) != TC_OK) return rc;
    }
    for (int i = 0; i < d->ns; i++) {
        tc_sent *s = &d->s[i];
        if (e->timerec) {
            /* one timeline per story: "the same day" counts from the last date found */
            size_t nf = 0;
            for (;;) {
                if (d->txcap < 8) {
                    tc_timex *t = tc_mem_realloc(e->A, d->txbuf, 8 * sizeof *t);
                    if (!t) return TC_NOMEM;
                    d->txbuf = t;
                    d->txcap = 8;
                }
                tc_time_anchor before = anchor;
                tc_time_find_anchored(e->timerec, s->text, strlen(s->text), d->dct, s, &anchor, d->txbuf, d->txcap, &nf);
                if (nf <= d->txcap) {
                    /* an exact copy: most sentences have no expression, and 8
                       empty slots each came to 32 MB on 100,000 sentences */
                    tc_timex *kept = nf ? tc_arena_alloc(&d->arena, nf * sizeof *kept) : NULL;
                    if (nf && !kept) return TC_NOMEM;
                    if (nf) memcpy(kept, d->txbuf, nf * sizeof *kept);
                    d->tx[i] = kept;
                    d->ntx[i] = nf;
                    break;
                }
                anchor = before; /* retried with room for all: the timeline must not move twice */
                tc_timex *t = tc_mem_realloc(e->A, d->txbuf, nf * sizeof *t);
                if (!t) return TC_NOMEM;
                d->txbuf = t;
                d->txcap = nf;
            }
        }
    }
    for (int i = 0; i < d->ns; i++) {
        st_learn_sentence(d, &d->s[i]);
        prep_trim(d);
    }
    /* the names are learned for the whole story, but "the latest person"
       for a pronoun is the latest told before it: coding tells them again,
       in order (a "he" must not mean someone named only later) */
    d->L.last_person = d->L.last_group = NULL;
    /* Places are resolved over the story, or over blocks of GEO_BLOCK
       sentences of a longer document: the resolver weighs every place
       against the others (quadratic in the places), and a place hundreds of
       sentences away says little about this one. */
    for (int b0 = 0, b1; b0 < d->ns; b0 = b1) {
        b1 = d->ns - b0 > GEO_BLOCK ? b0 + GEO_BLOCK : d->ns;
        d->geo_base = b0;
        if (d->geo) {
            geo_doc_reset(d->geo);
            for (int i = b0; i < b1; i++) {
                int nm = 0;
                if ((rc = geo_doc_add_sent(d->geo, &d->s[i])) != TC_OK) return rc;
                if (geo_doc_mentions(d->geo, &nm), nm >= GEO_MENTIONS) b1 = i + 1; /* see GEO_MENTIONS */
            }
            if ((rc = geo_doc_resolve(d->geo)) != TC_OK) return rc;
        }
        for (int i = b0; i < b1; i++) {
            if ((rc = code_sentence(d, i)) != TC_OK) return rc;
            prep_trim(d);
        }
    }
    st_context_actors(d);
    st_foreign_government_fighters(d);
    st_drop_unattributed(d);
    st_target_from_place(d);
    st_weapon_subjects(d);
    st_local_attackers(d);
    st_other_side(d);
    st_home_foe(d);
    st_reported_retellings(d);
    st_dedupe(d);
    st_one_protest(d);
    st_story_attackers(d);
    st_unidentified_attackers(d);
    st_drop_unaddressed(d);
    st_drop_private_consults(d);
    st_civilian_violence(d);
    st_write_sentence_refs(d);
    for (int i = 0; i < d->nev; i++) fill_ontology(e, d->ev[i]);
    ev_finish(d->ev, d->nev, st->text, st->text_len, &d->arena);
    return d->arena.oom || d->prep_arena.oom ? TC_NOMEM : TC_OK;
}

const tc_event *const *tc_doc_events(const tc_doc *d, int *n) {
    *n = d ? d->nev : 0;
    return d ? (const tc_event *const *)d->ev : NULL;
}

int tc_doc_sentences(const tc_doc *d) { return d ? d->ns : 0; }

const char *tc_event_code(const tc_event *ev) { return ev && ev->code ? ev->code : ""; }
const char *tc_event_source(const tc_event *ev) { return ev && ev->source ? ev->source : ""; }
const char *tc_event_target(const tc_event *ev) { return ev && ev->target ? ev->target : ""; }
int tc_event_sentence(const tc_event *ev) { return ev ? ev->sentence : 0; }
void tc_event_date_iso(const tc_event *ev, char buf[11]) {
    if (ev) tc_date_format(ev->date, buf);
    else buf[0] = 0;
}

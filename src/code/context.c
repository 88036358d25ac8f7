/*
 * context.c -- who an actor phrase is, in its story.  The dictionaries code
 * what they know (through the coder's prepared sentence, memoised per
 * span); the story's memory codes names learned earlier in it ("Iraq's
 * Prime Minister Mustafa al-Kadhimi" makes a later "Kadhemi" IRQGOV),
 * pronouns and "the group"; partitives ("members of Hamas") code as their
 * whole; agents with no country ("police", "protesters") take the country
 * of the event's place or of the story (context_actors).
 */
#include "code/story_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static bool person_word(const tc_tok *t);

/* The coder's per-sentence preparation (word look-ups, tree indexes), made
   once per sentence and shared by every question about it; NULL on OOM. */
tc_code_prep *st_prep_of(tc_doc *d, const tc_sent *s) {
    int si = s->index - 1;
    if (!d->e->dicts || si < 0 || si >= d->ns || &d->s[si] != s) return NULL;
    /* (the story's sentences have had the repairs when they were read:
       tc_code_repair_sent) */
    if (!d->prep[si]) d->prep[si] = tc_code_prepare_repaired((const tc_dict *)d->e->dicts, s, d->dct, &d->prep_arena);
    return d->prep[si];
}

const char *st_code_span(tc_doc *d, const tc_sent *s, int beg, int end) {
    if (!d->e->dicts) return NULL;
    uint32_t slot = 0;
    if (d->memo_cap) {
        uint64_t h = tc_hash_mix(((uint64_t)(uint32_t)s->index << 32) ^ ((uint64_t)(uint16_t)beg << 16) ^ (uint16_t)end);
        for (slot = (uint32_t)h & (d->memo_cap - 1);; slot = (slot + 1) & (d->memo_cap - 1)) {
            struct span_memo *m = &d->memo[slot];
            if (!m->sent) break;
            if (m->sent == s->index && m->beg == beg && m->end == end) return m->code;
        }
    }
    tc_code_prep *p = st_prep_of(d, s);
    /* interned: the preparation's arena may be emptied (story_int.h) */
    const char *c = st_keep(d, p ? tc_code_prep_span(p, beg, end)
                                 : tc_code_span((const tc_dict *)d->e->dicts, s, beg, end, d->dct, &d->arena));
    if (d->memo_cap && d->memo_used < d->memo_cap / 2) {
        d->memo[slot] = (struct span_memo){s->index, (int16_t)beg, (int16_t)end, c};
        d->memo_used++;
    }
    return c;
}

static bool group_noun(const tc_tok *t) {
    static const char *const w[] = {"group", "alliance", "militia", "movement", "organization", "organisation",
                                    "party", "coalition", "faction", "network", "bloc", "rebels", "militants"};
    return tc_lemma_in(t, w, TC_COUNTOF(w));
}

/* The coder's question: what actor is this phrase that the dictionaries did not code? */
const char *st_resolve(void *ud, const tc_sent *s, int head, int beg, int end) {
    tc_doc *d = ud;
    d->resolved++;
    (void)beg; (void)end;
    if (head < 1 || head > s->n) return NULL;
    const tc_tok *t = &s->tok[head - 1];
    if (t->upos == TC_UPOS_PRON || (t->upos == TC_UPOS_NOUN && group_noun(t))) {
        /* the latest fitting actor earlier in this sentence */
        bool want_person = false, want_group = false;
        if (t->upos == TC_UPOS_PRON) {
            int kind = learn_pronoun_kind(t->form);
            want_person = kind == LEARN_PRON_PERSON;
            want_group = kind == LEARN_PRON_IT || kind == LEARN_PRON_THEY;
        } else {
            bool definite = false;
            for (int j = 1; j <= s->n; j++)
                if (s->tok[j - 1].head == head && tc_deprel_is(&s->tok[j - 1], "det") &&
                    (tc_lemma_is(&s->tok[j - 1], "the") || tc_lemma_is(&s->tok[j - 1], "this")))
                    definite = true;
            if (!definite) return NULL;
            /* "the Tuareg independence movement" names a group of its own,
               which the dictionaries lack: a group (party) of the country
               the story is about, found later (st_context_actors) */
            for (int j = 1; j <= s->n; j++)
                if (s->tok[j - 1].head == head && s->tok[j - 1].upos == TC_UPOS_PROPN &&
                    (tc_deprel_is(&s->tok[j - 1], "compound") || tc_deprel_is(&s->tok[j - 1], "amod")))
                    return tc_lemma_is(t, "party") ? "---PTY" : "---REB";
            want_group = true;
        }
        /* "The United States sanctions six officials, accusing them": an
           object pronoun is not its own verb's subject (a reflexive is) */
        int own_subj = 0;
        if (t->upos == TC_UPOS_PRON && t->head >= 1 && (tc_deprel_is(t, "obj") || tc_deprel_is(t, "iobj")) &&
            !(t->form && strstr(t->form, "sel"))) {
            own_subj = st_child_full(s, t->head, "nsubj");
            if (!own_subj) own_subj = st_controller(s, t->head);
        }
        /* "Zelenskyy says in an interview with Piers Morgan that he is
           ready", "Ukraine says that it shot down": the subject of a clause
           a verb of saying reports is that verb's subject, when it fits,
           not whoever was named last */
        if (t->upos == TC_UPOS_PRON && tc_deprel_is(t, "nsubj") && t->head >= 1) {
            static const char *const saying[] = {"say", "tell", "announce", "state", "claim", "add", "insist",
                                                 "confirm", "declare", "warn", "report", "argue", "stress", "write"};
            const tc_tok *c = &s->tok[t->head - 1];
            int g = tc_deprel_is(c, "ccomp") ? c->head : 0;
            int gs = g >= 1 && tc_lemma_in(&s->tok[g - 1], saying, TC_COUNTOF(saying)) ? st_child_full(s, g, "nsubj") : 0;
            for (int k = 0; gs && k < d->nmen; k++)
                if (d->men[k].tok == gs && ((want_person && d->men[k].person) || (want_group && !d->men[k].person)))
                    return d->men[k].code;
        }
        for (int k = d->nmen - 1; k >= 0; k--) {
            if (d->men[k].tok >= head) continue;
            if (own_subj && d->men[k].tok == own_subj) continue;
            /* "the group" is no country: "in Bukavu, Democratic Republic of the Congo, as the rebel group ..." */
            if (t->upos == TC_UPOS_NOUN && d->men[k].code && strlen(d->men[k].code) <= 3) continue;
            if ((want_person && d->men[k].person) || (want_group && !d->men[k].person)) return d->men[k].code;
        }
        if (t->upos == TC_UPOS_NOUN) return d->L.last_group;
    }
    if (t->upos == TC_UPOS_PRON) return learn_pronoun(&d->L, t->form ? t->form : "", s->index);
    if (t->upos == TC_UPOS_PROPN) {
        int nb, ne;
        st_name_run(s, head, &nb, &ne);
        return learn_lookup(&d->L, s, nb, ne, NULL);
    }
    return NULL;
}

/* Nouns that name a part or a number of something: "groups of", "members of". */
static bool partitive(const tc_tok *t) {
    static const char *const w[] = {"group", "member", "dozen", "hundred", "thousand", "number", "unit",
                                    "faction", "wing", "branch", "offshoot", "cell", "band", "squad",
                                    "fighter", "supporter", "element", "remnant", "part", "contingent"};
    return tc_lemma_in(t, w, TC_COUNTOF(w));
}

/* Agents without a country ("---MED") headed by noun h take the country of
   a prepositional modifier, as the coder's phrases do (actors.c): "a war
   correspondent for the Russian newspaper Izvestia" (RUSMED), "lawmakers
   from Gondor".  Returns c otherwise. */
static const char *agents_of_modifier(tc_doc *d, const tc_sent *s, int h, const char *c) {
    if (!c || strncmp(c, "---", 3) || s->tok[h - 1].upos != TC_UPOS_NOUN) return c;
    const char *of = NULL;
    for (int j = h + 1; j <= s->n && !of; j++) {
        const tc_tok *t = &s->tok[j - 1];
        if (t->head != h || !tc_deprel_is(t, "nmod") || tc_deprel_is(t, "nmod:poss") || tc_deprel_is(t, "nmod:tmod") ||
            !(t->upos == TC_UPOS_NOUN || t->upos == TC_UPOS_PROPN))
            continue;
        /* "the prime ministers of Estonia and Latvia" are two parties'
           agents, not the first's: left to the readings that pair them */
        for (int k = j + 1; k <= s->n; k++)
            if (s->tok[k - 1].head == j && tc_deprel_is(&s->tok[k - 1], "conj")) return c;
        int pb, pe;
        st_np_span(s, j, &pb, &pe);
        of = st_code_span(d, s, pb, pe);
        if (!of) of = st_resolve(d, s, j, pb, pe);
        if (of && (strlen(of) < 3 || !strncmp(of, "---", 3))) of = NULL;
    }
    return of ? tc_arena_printf(&d->arena, "%.3s%s", of, c + 3) : c;
}

/* Codes the phrase headed by h: dictionaries, then the story's memory. */
const char *st_code_phrase(tc_doc *d, const tc_sent *s, int h, int *beg, int *end) {
    st_np_span(s, h, beg, end);
    const char *c = st_code_span(d, s, *beg, *end);
    if (!c && s->tok[h - 1].upos == TC_UPOS_ADJ) c = st_code_span(d, s, h, h);
    if (!c) c = st_resolve(d, s, h, *beg, *end);
    if (!c && s->tok[h - 1].upos == TC_UPOS_NOUN && partitive(&s->tok[h - 1])) {
        /* "groups of bandits", "members of Hamas", "dozens of soldiers": the
           part is the whole's */
        for (int j = h + 1; j <= s->n && !c; j++) {
            const tc_tok *t = &s->tok[j - 1];
            if (t->head != h || !tc_deprel_is(t, "nmod")) continue;
            bool of = false;
            for (int k = 1; k <= s->n && !of; k++)
                of = s->tok[k - 1].head == j && tc_deprel_is(&s->tok[k - 1], "case") && tc_lemma_is(&s->tok[k - 1], "of");
            if (of) c = st_code_phrase(d, s, j, beg, end);
        }
    }
    bool agents = c && !strncmp(c, "---", 3);
    if ((!c || agents) && s->tok[h - 1].upos == TC_UPOS_NOUN) {
        /* "his residence", "Kadhimi's office": a possession stands for its
           owner; "its troops", "Russia's forces": agents are their owner's */
        const char *owner = NULL;
        for (int j = 1; j <= s->n && !owner; j++) {
            const tc_tok *t = &s->tok[j - 1];
            if (t->head != h || !tc_deprel_is(t, "nmod:poss") || nom_is_time_word(t->lemma)) continue;
            int pb, pe;
            st_np_span(s, j, &pb, &pe);
            owner = st_code_span(d, s, pb, pe);
            if (!owner) owner = st_resolve(d, s, j, pb, pe);
        }
        if (owner && agents && strlen(owner) >= 3 && strncmp(owner, "---", 3))
            c = tc_arena_printf(&d->arena, "%.3s%s", owner, c + 3);
        else if (!c)
            c = owner;
    }
    return agents_of_modifier(d, s, h, c);
}

/* As code_phrase, and a phrase of agents alone ("six soldiers", "armed
   groups") as PETRARCH's "---MIL": its country comes from the context later
   (st_context_actors). */
const char *st_code_party(tc_doc *d, const tc_sent *s, int h, int *beg, int *end) {
    const char *c = st_code_phrase(d, s, h, beg, end);
    if (c || s->tok[h - 1].upos != TC_UPOS_NOUN) return c;
    tc_code_prep *p = st_prep_of(d, s);
    return p ? agents_of_modifier(d, s, h, st_keep(d, tc_code_prep_agents(p, *beg, *end))) : NULL;
}

/*
 * Who an attacker named but unknown to the dictionaries is ("killed by
 * Coalition of Patriots for Change gunmen"): an armed group of the country
 * the violence happens in (the guide's rule for armed non-state groups),
 * "---REB" until context_actors gives it that country.  A name with no
 * group word in it may be a person's: a civilian of that country, "---CVL".
 * NULL when h heads no proper name.
 */
const char *st_unknown_attacker(const tc_sent *s, int h) {
    static const char *const group[] = {"coalition", "front", "army", "movement", "brigade", "force", "group",
                                        "party", "union", "council", "alliance", "militia", "organization",
                                        "organisation", "battalion", "division", "corps", "guard", "jamaat",
                                        "patriot", "liberation", "resistance", "cartel", "gang"};
    if (h < 1 || h > s->n || s->tok[h - 1].upos != TC_UPOS_PROPN) return NULL;
    /* the name's words and its "of ..." words: those within eight words
       that hang from it */
    for (int j = h > 8 ? h - 8 : 1; j <= s->n && j <= h + 8; j++) {
        int x = j;
        for (int guard = 0; guard < 4 && x != h && x >= 1; guard++) x = s->tok[x - 1].head;
        if (x != h) continue;
        for (size_t i = 0; i < TC_COUNTOF(group); i++)
            if (tc_lemma_is(&s->tok[j - 1], group[i])) return "---REB";
    }
    return "---CVL";
}

/* An actor word among the modifiers before event noun n, at any depth of
   its noun phrase: "an overnight Russian Shahed drone strike", "a Tatmadaw
   airstrike" -- the attacker (nominal.c looks at n's own modifiers only). */
/* The actor named by the words before noun n in its phrase: "Rapid Support
   Forces attacks", "3R rebel attacks", "a Tatmadaw airstrike" -- the longest
   run of modifiers ending right before n that the dictionaries code, else
   the longest run starting at the first of them. */
const char *st_premodifier_actor(tc_doc *d, const tc_sent *s, int n, int *beg, int *end) {
    int first = n;
    for (int j = n - 1; j >= 1; j--) {
        const tc_tok *t = &s->tok[j - 1];
        /* (a model's hyphen and number stay inside: "a Russian KN-23
           ballistic missile strike") */
        bool model = (t->upos == TC_UPOS_NUM || (t->upos == TC_UPOS_PUNCT && t->form && !strcmp(t->form, "-"))) &&
                     j > 1 && j < n - 1 && s->tok[j - 2].upos != TC_UPOS_DET;
        /* "Saudi-led air raids": who leads the act does it */
        bool led = t->upos == TC_UPOS_VERB && tc_lemma_is(t, "lead") && j > 2 && s->tok[j - 2].form &&
                   !strcmp(s->tok[j - 2].form, "-");
        if (!model && !led && (t->upos == TC_UPOS_DET || t->upos == TC_UPOS_PUNCT || t->upos == TC_UPOS_ADP ||
                       t->upos == TC_UPOS_VERB || t->upos == TC_UPOS_NUM || t->upos == TC_UPOS_PRON))
            break;
        int h = j; /* within n's phrase */
        for (int guard = 0; guard < 6 && h != n && h >= 1; guard++) h = s->tok[h - 1].head;
        if (h != n) break;
        first = j;
    }
    for (int b = first; b < n; b++)
        for (int e = n - 1; e >= b; e--) {
            const char *c = st_code_span(d, s, b, e);
            if (c && *c) {
                *beg = b;
                *end = e;
                return c;
            }
        }
    /* "a Russian drone and missile attack" parsed with "attack" a conjunct
       of "drone": the first conjunct's modifiers are the attack's too */
    const tc_tok *t = &s->tok[n - 1];
    if (tc_deprel_is(t, "conj") && t->head >= 1 && t->head < n && s->tok[t->head - 1].upos == TC_UPOS_NOUN &&
        !tc_deprel_is(&s->tok[t->head - 1], "conj"))
        return st_premodifier_actor(d, s, t->head, beg, end);
    return NULL;
}

const char *st_np_actor(tc_doc *d, const tc_sent *s, int n, int *beg, int *end) {
    for (int j = n - 1; j >= 1; j--) {
        const tc_tok *t = &s->tok[j - 1];
        if (t->upos == TC_UPOS_PUNCT || t->upos == TC_UPOS_ADP) break;
        bool cap = t->form && t->form[0] >= 'A' && t->form[0] <= 'Z';
        if (!cap || (t->upos != TC_UPOS_ADJ && t->upos != TC_UPOS_PROPN)) continue;
        int h = j; /* within n's phrase: up through modifiers to n */
        for (int guard = 0; guard < 6 && h != n && h >= 1; guard++) h = s->tok[h - 1].head;
        if (h != n) continue;
        const char *c = st_code_phrase(d, s, j, beg, end);
        if (c && *c) return c;
    }
    return NULL;
}

/* ---- learning actors ------------------------------------------------------ */

/* Words for a body of people: a name ending in one names no person. */
static bool body_word(const tc_tok *t) {
    static const char *const w[] = {"army", "force", "forces", "police", "navy", "guard", "corps", "command",
                                    "ministry", "government", "agency", "department", "office", "council",
                                    "court", "party", "front", "movement", "group", "union", "alliance",
                                    "brigade", "battalion", "division", "militia", "organization",
                                    "organisation", "coalition", "committee", "parliament", "assembly"};
    return tc_lemma_in(t, w, TC_COUNTOF(w));
}

static bool is_person_code(const char *code) {
    /* a title agent makes the bound name a person: GOV, MIL, COP, OPP, ... */
    size_t n = code ? strlen(code) : 0;
    return n >= 6;
}

/*
 * "Iraq's Prime Minister Mustafa al-Kadhimi", "U.S. President Joe Biden",
 * "State Department spokesman Ned Price", "Ned Price, State Department
 * spokesman": a name the dictionaries do not know, inside (or in apposition
 * to) a phrase they do code, takes that phrase's code for the whole story.
 */
/* The head of a describing apposition: a common noun ("spokesman"), or a
   title-cased one, or a noun the tagger made an adjective ("the chief
   executive of Hong Kong"), with a definite article ("the ...
   Coordinator"). */
static bool description_head(const tc_doc *d, const tc_sent *s, int j) {
    const tc_tok *a = &s->tok[j - 1];
    if (a->upos == TC_UPOS_NOUN) return true;
    if (a->upos != TC_UPOS_PROPN && a->upos != TC_UPOS_ADJ) return false;
    for (int q = d->kid_off[j]; q < d->kid_off[j + 1] && d->kid[q] < j; q++) {
        int k = d->kid[q];
        if (tc_deprel_is(&s->tok[k - 1], "det") && tc_lemma_is(&s->tok[k - 1], "the")) return true;
    }
    return false;
}

/* Fills d->kid / d->kid_off for s: the dependents of word h, in word order,
   are kid[kid_off[h] .. kid_off[h + 1]) (a counting sort by head: O(n));
   false when out of memory.  Loops over "the dependents of h" then cost
   their number, not the sentence length, which made learning quadratic in
   it (issue 16). */
static bool index_kids(tc_doc *d, const tc_sent *s) {
    size_t n = s->n > 0 ? (size_t)s->n : 0;
    if (n + 2 > d->kid_cap) {
        int *k = tc_mem_realloc(d->e->A, d->kid, (n + 2) * sizeof *k);
        if (k) d->kid = k;
        int *o = tc_mem_realloc(d->e->A, d->kid_off, (n + 2) * sizeof *o);
        if (o) d->kid_off = o;
        if (!k || !o) { d->arena.oom = true; return false; }
        d->kid_cap = n + 2;
    }
    memset(d->kid_off, 0, (n + 2) * sizeof *d->kid_off);
    for (size_t j = 1; j <= n; j++) {
        int h = s->tok[j - 1].head;
        if (h >= 0 && (size_t)h <= n) d->kid_off[h + 1]++;
    }
    for (size_t h = 1; h <= n + 1; h++) d->kid_off[h] += d->kid_off[h - 1];
    /* fill in word order, kid_off[h] as the cursor, then shift back */
    for (size_t j = 1; j <= n; j++) {
        int h = s->tok[j - 1].head;
        if (h >= 0 && (size_t)h <= n) d->kid[d->kid_off[h]++] = (int)j;
    }
    for (size_t h = n + 1; h > 0; h--) d->kid_off[h] = d->kid_off[h - 1];
    d->kid_off[0] = 0;
    return true;
}

/* A person's title in or on the name run nb..ne (head h): "Prime Minister
   Mustafa al-Kadhimi", "President Emmanuel Macron". */
static bool has_person_title(const tc_doc *d, const tc_sent *s, int nb, int ne, int h) {
    /* the whole name: up its flat/compound chain ("Mustafa al - Kadhimi") */
    int top = h;
    for (int guard = 0; guard < 8; guard++) {
        const tc_tok *t = &s->tok[top - 1];
        if (t->head < 1 || !(tc_deprel_is(t, "flat") || tc_deprel_is(t, "compound"))) break;
        top = t->head;
    }
    /* a title in the name's phrase: a word of the name run, or one a few
       words either side whose head leads to the name within three arcs (a
       title stands next to its name; a fixed window keeps a sentence of
       thousands of names linear) */
    int pb = nb - 6 < 1 ? 1 : nb - 6, pe = ne + 6 > s->n ? s->n : ne + 6;
    for (int j = pb; j <= pe; j++) {
        if (j == h) continue;
        bool in = j >= nb && j <= ne;
        for (int x = j, g = 0; !in && g < 3 && x >= 1 && x <= s->n; g++) {
            x = s->tok[x - 1].head;
            in = x == top || x == h;
        }
        if (in && person_word(&s->tok[j - 1])) return true;
    }
    /* a title hung on the name by any relation ("Prime Minister" as
       nmod:desc of "Mustafa") */
    for (int q = d->kid_off[top]; q < d->kid_off[top + 1] && d->kid[q] < top; q++) {
        int j = d->kid[q];
        if (j != h && person_word(&s->tok[j - 1])) return true;
    }
    return false;
}

/* A title or description tb..te that names no country of its own, with
   an "of / at / for" phrase that does ("Prime Minister ... of the Slovak
   Republic", "the top prosecutor at the International Criminal Court"):
   that phrase's actor with the title's agents (SVK + GOV), or NULL. */
static const char *title_of(tc_doc *d, const tc_sent *s, int tb, int te) {
    for (int j = te + 1; j <= s->n && j <= te + 8; j++) {
        const tc_tok *m = &s->tok[j - 1];
        if (m->head < tb || m->head > te || !tc_deprel_is(m, "nmod") ||
            !(st_case_child(s, j, "of") || st_case_child(s, j, "at") || st_case_child(s, j, "for")))
            continue;
        int mb, me;
        st_np_span(s, j, &mb, &me);
        const char *c = st_code_span(d, s, mb, me);
        if (!c || strlen(c) < 3 || !strncmp(c, "---", 3)) continue;
        tc_code_prep *p = st_prep_of(d, s);
        const char *ag = p ? tc_code_prep_agents(p, tb, te) : NULL;
        /* a country takes the title's role; an organisation keeps its own code */
        if (strlen(c) == 3 && ag && !strncmp(ag, "---", 3)) return st_keep(d, tc_arena_printf(&d->arena, "%s%s", c, ag + 3));
        return c;
    }
    return NULL;
}

void st_learn_sentence(tc_doc *d, const tc_sent *s) {
    if (!index_kids(d, s)) return;
    for (int h = 1; h <= s->n; h++) {
        const tc_tok *t = &s->tok[h - 1];
        if (t->upos != TC_UPOS_PROPN) continue;
        /* only the last word of a name run heads it */
        if (h < s->n && s->tok[h].upos == TC_UPOS_PROPN) continue;
        int nb, ne;
        st_name_run(s, h, &nb, &ne);
        const char *known = st_code_span(d, s, nb, ne);
        if (known) {
            /* known to the dictionaries; with a person's title it is also
               remembered as a person, for pronouns and its surname */
            if (*known && has_person_title(d, s, nb, ne, h)) learn_bind(&d->L, s, nb, ne, known, true);
            continue;
        }
        if (learn_lookup(&d->L, s, nb, ne, NULL)) continue;
        int head = ne, pb, pe;
        /* the name's own phrase, with title words to its left */
        for (int k = nb; k <= ne; k++)
            if (s->tok[k - 1].head < nb || s->tok[k - 1].head > ne) { head = k; break; }
        st_np_span(s, head, &pb, &pe);
        const char *code = NULL;
        if (pb < nb) {
            for (int b = pb; b < nb && !code; b++) code = st_code_span(d, s, b, ne);
            if (!code) code = st_code_span(d, s, pb, nb - 1);
        }
        /* apposition: "Ned Price, State Department spokesman", "Kenzo Oshima,
           the UN Emergency Relief Coordinator" -- a description headed by a
           common noun or a capitalised title after "the"; a bare name in
           apposition ("the Conquest (Fatah) Alliance") is an alias that may
           belong to another actor */
        /* the words either test can take, in word order: the dependents of
           head, and the word h is in apposition to */
        int up = tc_deprel_is(t, "appos") && t->head >= 1 && t->head <= s->n ? t->head : 0;
        int q = d->kid_off[head], qe = d->kid_off[head + 1];
        while (!code && (q < qe || up)) {
            int j;
            if (q < qe && (!up || d->kid[q] <= up)) {
                j = d->kid[q++];
                if (j == up) up = 0;
            } else {
                j = up;
                up = 0;
            }
            const tc_tok *a = &s->tok[j - 1];
            int ab, ae;
            if (tc_deprel_is(a, "appos") && a->head == head && description_head(d, s, j)) {
                st_np_span(s, j, &ab, &ae);
                code = st_code_span(d, s, ab, ae);
                /* "Karim Khan, the top prosecutor at the International
                   Criminal Court" */
                if (!code) code = title_of(d, s, ab, ae);
            } else if (tc_deprel_is(t, "appos") && j == t->head && a->upos == TC_UPOS_NOUN) {
                st_np_span(s, j, &ab, &ae);
                code = st_code_span(d, s, ab, ae);
            }
        }
        /* "Prime Minister Igor Matovič of the Slovak Republic": the title
           and its "of" phrase */
        if (!code && has_person_title(d, s, nb, ne, h)) code = title_of(d, s, pb < nb ? pb : nb, ne);
        /* ("The Russian Army" as RUSMIL: a name ending in a word for a
           body is no person, whatever its code) */
        if (code && *code)
            learn_bind(&d->L, s, nb, ne, code,
                       !body_word(&s->tok[ne - 1]) && (is_person_code(code) || ne > nb || has_person_title(d, s, nb, ne, h)));
    }
}

/*
 * "French President Emmanuel Macron" coded FRA (a parse that splits the
 * title from the name leaves the coder only the demonym): when the name run
 * in or right after the phrase codes more specifically for the same country
 * ("President Emmanuel Macron" -> FRAGOV, from the dictionaries or learned
 * in the story), that code is taken.
 */
/* "its troops killed", "Russia's forces attacked": agents who act are
   their owner's (an owner's troops as the object -- "withdraw its troops"
   -- say nothing of whom the act is aimed at). */
const char *st_owner_agents(tc_doc *d, const tc_sent *s, const char *code, int beg, int end) {
    if (code && !strncmp(code, "---", 3) && beg >= 1 && end >= beg && end <= s->n) {
        for (int j = beg; j <= end; j++) {
            const tc_tok *t = &s->tok[j - 1];
            if (!tc_deprel_is(t, "nmod:poss") || t->head < beg || t->head > end || nom_is_time_word(t->lemma)) continue;
            int pb, pe;
            st_np_span(s, j, &pb, &pe);
            const char *owner = st_code_span(d, s, pb, pe);
            if (!owner) owner = st_resolve(d, s, j, pb, pe);
            if (owner && strlen(owner) >= 3 && strncmp(owner, "---", 3))
                return tc_arena_printf(&d->arena, "%.3s%s", owner, code + 3);
        }
    }
    return code;
}

const char *st_refine_actor(tc_doc *d, const tc_sent *s, const char *code, int beg, int end) {
    if (!code || strlen(code) != 3 || beg < 1 || end < beg || end > s->n) return code;
    int k = beg;
    while (k <= end + 1 && k <= s->n && s->tok[k - 1].upos != TC_UPOS_PROPN) k++;
    if (k > end + 1 || k > s->n) return code;
    int re = k;
    while (re < s->n && s->tok[re].upos == TC_UPOS_PROPN) re++;
    for (int x = k; x <= re; x++) {
        const char *c2 = st_code_span(d, s, x, re);
        if (!c2) c2 = learn_lookup(&d->L, s, x, re, NULL);
        if (c2 && strlen(c2) > 3 && !strncmp(c2, code, 3)) return c2;
    }
    return code;
}

/*
 * "Rwandan-backed M23 rebels advance", "Kurdish-led Syrian Democratic
 * Forces": a name before a hyphen and a participle of backing or leading
 * names the backer, not the actor -- the actor is the noun phrase after the
 * participle.  Where the parser took the backer's word alone as the actor's
 * phrase (beg..end), the phrase after it, if the dictionaries or the
 * agents code it, takes its place (beg, end moved); code otherwise.
 */
const char *st_past_backer(tc_doc *d, const tc_sent *s, const char *code, int *beg, int *end) {
    static const char *const w[] = {"back", "support", "sponsor", "fund", "arm", "lead", "align", "ally", "train", "equip"};
    int e = *end;
    if (!code || e < 1 || e + 3 > s->n) return code;
    const tc_tok *dash = &s->tok[e], *part = &s->tok[e + 1];
    if (!dash->form || !(!strcmp(dash->form, "-") || !strcmp(dash->form, "\xe2\x80\x93"))) return code;
    if (!part->xpos || strcmp(part->xpos, "VBN") || !tc_lemma_in(part, w, TC_COUNTOF(w))) return code;
    int j = e + 3, r = j;
    while (r < s->n && (s->tok[r].upos == TC_UPOS_NOUN || s->tok[r].upos == TC_UPOS_PROPN || s->tok[r].upos == TC_UPOS_NUM)) r++;
    const tc_tok *h = &s->tok[r - 1];
    if (h->upos != TC_UPOS_NOUN && h->upos != TC_UPOS_PROPN) return code;
    const char *c = st_code_span(d, s, j, r);
    if (!c || !*c) return code;
    *beg = j;
    *end = r;
    return c;
}

/* Speakers: the subject of say/tell/add/... is the source of quoted events. */
void st_note_speaker(tc_doc *d, const tc_sent *s) {
    static const char *const verbs[] = {"say", "tell", "add", "state", "announce", "declare", "write",
                                        "tweet", "insist", "stress", "note", "explain", "warn"};
    for (int v = 1; v <= s->n; v++) {
        const tc_tok *t = &s->tok[v - 1];
        if (t->upos != TC_UPOS_VERB) continue;
        bool say = false;
        for (size_t i = 0; i < TC_COUNTOF(verbs) && !say; i++) say = tc_lemma_is(t, verbs[i]);
        if (!say) continue;
        for (int j = 1; j <= s->n; j++) {
            const tc_tok *c = &s->tok[j - 1];
            if (c->head != v || !tc_deprel_is(c, "nsubj")) continue;
            int b, e;
            const char *code = st_code_phrase(d, s, j, &b, &e);
            if (code && *code) learn_speaker(&d->L, code, s->index);
        }
    }
}

static bool person_word(const tc_tok *t) {
    if (t->upos == TC_UPOS_PRON) return learn_pronoun_kind(t->form) == LEARN_PRON_PERSON;
    static const char *const w[] = {"minister", "president", "spokesman",
                                    "spokeswoman", "spokesperson", "leader", "official", "king", "premier",
                                    "chancellor", "envoy", "ambassador", "commander", "general", "chief"};
    return tc_lemma_in(t, w, TC_COUNTOF(w));
}

/* Whether the phrase headed by h names a person (for later pronouns). */
bool st_phrase_is_person(tc_doc *d, const tc_sent *s, int h) {
    if (h < 1 || h > s->n) return false;
    const tc_tok *t = &s->tok[h - 1];
    if (t->upos == TC_UPOS_PROPN) {
        int nb, ne;
        bool person = false;
        st_name_run(s, h, &nb, &ne);
        if (learn_lookup(&d->L, s, nb, ne, &person)) return person;
        for (int j = 1; j <= s->n; j++) /* "Prime Minister X" */
            if (s->tok[j - 1].head == h && person_word(&s->tok[j - 1])) return true;
        return false;
    }
    return person_word(t);
}

/* The actors named in s, in word order (phrase heads the dictionaries or
   the story's memory code). */
int st_collect_mentions(tc_doc *d, const tc_sent *s) {
    d->nmen = 0;
    if ((size_t)(2 * s->n + 2) > d->men_cap) {
        /* one buffer a document: one a sentence in the arena came to 62 MB
           on a 100,000-sentence story */
        size_t nc = (size_t)(2 * s->n + 2);
        struct mention *m = tc_mem_realloc(d->e->A, d->men, nc * sizeof *m);
        if (!m) return TC_NOMEM;
        d->men = m;
        d->men_cap = nc;
    }
    for (int h = 1; h <= s->n; h++) {
        const tc_tok *t = &s->tok[h - 1];
        if (t->upos != TC_UPOS_PROPN && t->upos != TC_UPOS_NOUN) continue;
        if (tc_deprel_is(t, "compound") || tc_deprel_is(t, "flat") || tc_deprel_is(t, "amod")) continue;
        /* "the Conquest (Fatah) Alliance": a bracketed alias is no actor of its own */
        if (tc_deprel_is(t, "appos") && h > 1 && s->tok[h - 2].form && !strcmp(s->tok[h - 2].form, "(")) continue;
        int b, e;
        st_np_span(s, h, &b, &e);
        const char *c = st_code_span(d, s, b, e);
        if (!c && t->upos == TC_UPOS_PROPN) {
            int nb, ne;
            st_name_run(s, h, &nb, &ne);
            c = learn_lookup(&d->L, s, nb, ne, NULL);
        }
        if (c && *c) d->men[d->nmen++] = (struct mention){h, c, st_phrase_is_person(d, s, h)};
    }
    return d->arena.oom ? TC_NOMEM : TC_OK;
}

static int cmp_mention(const void *a, const void *b) {
    return ((const struct mention *)a)->tok - ((const struct mention *)b)->tok;
}

/* Adds the coded sources and targets of events to the sentence's mentions
   (true if any was new). */
bool st_add_event_mentions(tc_doc *d, const tc_sent *s, const tc_coder_event *ev, int n) {
    bool added = false;
    for (int i = 0; i < n; i++) {
        const int heads[2] = {ev[i].src_head, ev[i].tgt_head};
        const char *codes[2] = {ev[i].source, ev[i].target};
        for (int k = 0; k < 2; k++) {
            if (!heads[k] || !codes[k] || !*codes[k] || d->nmen >= 2 * s->n + 2) continue;
            /* (a phrase head that is no noun -- a clause's "that" a broken
               parse made the object -- names nobody a pronoun can mean) */
            int u = heads[k] >= 1 && heads[k] <= s->n ? s->tok[heads[k] - 1].upos : -1;
            if (u != TC_UPOS_NOUN && u != TC_UPOS_PROPN && u != TC_UPOS_PRON) continue;
            bool known = false;
            for (int m = 0; m < d->nmen && !known; m++) known = d->men[m].tok == heads[k];
            if (known) continue;
            d->men[d->nmen++] = (struct mention){heads[k], st_keep(d, codes[k]), st_phrase_is_person(d, s, heads[k])};
            added = true;
        }
    }
    if (added) qsort(d->men, (size_t)d->nmen, sizeof *d->men, cmp_mention);
    return added;
}

static bool agent_only(const char *code) { return code && !strncmp(code, "---", 3); }

/* Whether code names a country's side (its state, people or groups), not
   an international body, company or the Islamic State. */
static bool state_side(const char *code) {
    static const char *const intl[] = {"IGO", "IMG", "NGO", "MNC", "INT", "---"};
    if (!code || strlen(code) < 3) return false;
    for (size_t i = 0; i < TC_COUNTOF(intl); i++)
        if (!strncmp(code, intl[i], 3)) return false;
    return true;
}

/* Whether event i is one of several doers' joint act: a neighbouring event
   of its sentence (events of a sentence are adjacent) with the same code
   and another source ("Latvia, Lithuania, and Estonia disconnect"). */
static bool joint_act(const tc_doc *d, int i) {
    const struct tc_event *ev = d->ev[i];
    for (int j = i > 8 ? i - 8 : 0; j < d->nev && j <= i + 8; j++) {
        const struct tc_event *o = d->ev[j];
        if (j != i && o->sentence == ev->sentence && !strcmp(o->code, ev->code) && strncmp(o->source, ev->source, 3))
            return true;
    }
    return false;
}

/* Whether code is an armed non-state group's: a country's rebels or
   unaligned armed force (SOMREB, CODREB, NGAREB, YEMREBMIL) or the Islamic
   State (IMGMUSISI), with a country of its own (not "---REB"). */
static bool armed_group_code(const char *code) {
    if (!code || strlen(code) < 6 || agent_only(code)) return false;
    if (!strncmp(code, "IMG", 3)) return true;
    return !strncmp(code + 3, "REB", 3);
}

/* Whether an agent phrase's words name armed fighters ("militants",
   "insurgents", "jihadists", "terrorists", "fighters", "rebels"), not
   unknown attackers ("gunmen", "assailants"), whom the guide leaves unnamed. */
static bool militant_words(const char *text) {
    static const char *const w[] = {"militant", "insurgent", "jihadist", "terrorist", "fighter", "rebel"};
    for (size_t i = 0; text && i < TC_COUNTOF(w); i++)
        if (strstr(text, w[i])) return true;
    return false;
}

/*
 * Agents without a country ("police", "protesters", "prosecutors", "a
 * gunman"): a human coder gives them the country of the event's place, or
 * failing that the story's own country -- the country its events happen in
 * most often, else the one its actors belong to most often.  An agent with
 * no such country left is no actor.
 */
/* The first 3 bytes of s (fewer up to its NUL) packed, + 1 (0: none). */
static uint32_t prefix3(const char *s) {
    uint32_t v = 0;
    for (int k = 0; k < 3 && s[k]; k++) v |= (uint32_t)(unsigned char)s[k] << (8 * k);
    return v + 1;
}

/* "Israeli prime minister Netanyahu announces the country's military will
   seize ...": an agent phrase owned by "the country" is of the last country
   the sentence named before it, not of the place (Gaza); NULL if the phrase
   names no "the country" or the sentence no country before it. */
static const char *the_country(tc_doc *d, const struct tc_event *ev, bool source) {
    tc_span sp = source ? ev->source_span : ev->target_span;
    if (!sp.has || ev->sentence < 1 || ev->sentence > d->ns) return NULL;
    const tc_sent *s = &d->s[ev->sentence - 1];
    int h = st_span_head(s, sp), at = 0;
    for (int j = 1; j <= s->n && h && !at; j++) {
        const tc_tok *t = &s->tok[j - 1];
        if (tc_lemma_is(t, "country") && j > 1 && tc_lemma_is(&s->tok[j - 2], "the") &&
            (j == h || (t->head == h && tc_deprel_is(t, "nmod:poss"))))
            at = j;
    }
    if (!at || st_collect_mentions(d, s) != TC_OK) return NULL;
    const char *c = NULL;
    for (int m = 0; m < d->nmen; m++)
        if (d->men[m].tok < at - 1 && state_side(d->men[m].code) && !agent_only(d->men[m].code)) c = d->men[m].code;
    d->nmen = 0;
    return c;
}

void st_context_actors(tc_doc *d) {
    const tc_engine *e = d->e;
    const char *main_country = NULL;
    int best = 0;
    /* The story's main country: the code (first three letters) most events
       share, the first such event's on a tie -- counted once per code in a
       table, not by comparing every event with every other, which took 18 s
       on a story of 8,000 events (issue 16). */
    size_t cap = 16;
    while (cap < 2 * (size_t)d->nev + 2) cap *= 2;
    uint32_t *key = tc_mem_calloc(e->A, cap, sizeof *key);
    int *cnt = tc_mem_calloc(e->A, cap, sizeof *cnt);
    const char **cc = tc_mem_calloc(e->A, (size_t)d->nev + 1, sizeof *cc);
    if (!key || !cnt || !cc) {
        /* out of memory (sticky): the story fails with TC_NOMEM; its events
           are left as they are, every string still valid */
        d->arena.oom = true;
        tc_mem_free(e->A, key);
        tc_mem_free(e->A, cnt);
        tc_mem_free(e->A, cc);
        return;
    }
    for (int pass = 0; pass < 2 && !main_country; pass++) {
        memset(key, 0, cap * sizeof *key);
        memset(cnt, 0, cap * sizeof *cnt);
        for (int i = 0; i < d->nev; i++) {
            const struct tc_event *o = d->ev[i];
            cc[i] = pass == 0 ? (o->location.has && o->location.country ? tc_engine_iso3(e, o->location.country) : NULL)
                              : (*o->source && !agent_only(o->source) ? o->source : NULL);
            if (!cc[i]) continue;
            uint32_t k = prefix3(cc[i]);
            size_t j = (size_t)tc_hash_mix(k) & (cap - 1);
            while (key[j] && key[j] != k) j = (j + 1) & (cap - 1);
            key[j] = k;
            cnt[j]++;
        }
        for (int i = 0; i < d->nev; i++) {
            const char *c = cc[i];
            if (!c || (pass == 1 && strlen(c) < 3)) continue;
            uint32_t k = prefix3(c);
            size_t j = (size_t)tc_hash_mix(k) & (cap - 1);
            while (key[j] != k) j = (j + 1) & (cap - 1);
            if (cnt[j] > best) { best = cnt[j]; main_country = c; }
        }
    }
    tc_mem_free(e->A, key);
    tc_mem_free(e->A, cnt);
    tc_mem_free(e->A, cc);
    /* the armed groups the story names, in event order (a few suffice) */
    struct grp_ref { int si; const char *code; } grp[16];
    int ngrp = 0;
    for (int i = 0; i < d->nev && ngrp < (int)TC_COUNTOF(grp); i++) {
        const struct tc_event *o = d->ev[i];
        const char *sides[2] = {o->source, o->target};
        for (int k = 0; k < 2 && ngrp < (int)TC_COUNTOF(grp); k++)
            if (armed_group_code(sides[k]) && (!ngrp || strcmp(grp[ngrp - 1].code, sides[k])))
                grp[ngrp++] = (struct grp_ref){o->sentence, sides[k]};
    }
    for (int i = 0; i < d->nev; i++) {
        struct tc_event *ev = d->ev[i];
        /* "Dozens of militants are also killed" after "an Al-Shabaab
           attack": militants with no name of their own are the armed group
           the story names -- the latest named up to their sentence, else
           the first after -- unless the event's other side is that group */
        const char **armed[2] = {&ev->source, &ev->target};
        const char *texts[2] = {ev->source_text, ev->target_text};
        for (int k = 0; k < 2 && ngrp; k++) {
            if (!agent_only(*armed[k]) || !militant_words(texts[k])) continue;
            const char *g = NULL;
            for (int q = 0; q < ngrp; q++)
                if (!g || grp[q].si <= ev->sentence) g = grp[q].code;
                else break;
            const char *other = *armed[1 - k];
            if (g && !(other && !strcmp(other, g))) *armed[k] = g;
        }
        /* a crowd nobody names protests where it stands: its country's civilians */
        if (st_protest(ev->code) && !*ev->source) {
            const char *c = ev->location.has && ev->location.country ? tc_engine_iso3(e, ev->location.country) : NULL;
            if (!c) c = main_country;
            if (c) ev->source = tc_arena_printf(&d->arena, "%.3sCVL", c);
        }
        const char **sides[2] = {&ev->source, &ev->target};
        for (int k = 0; k < 2; k++) {
            if (!agent_only(*sides[k])) continue;
            const char *c = the_country(d, ev, k == 0);
            if (!c) c = ev->location.has && ev->location.country ? tc_engine_iso3(e, ev->location.country) : NULL;
            if (!c) c = main_country;
            *sides[k] = c ? tc_arena_printf(&d->arena, "%.3s%s", c, *sides[k] + 3) : "";
        }
        /* a yielding act (08) that names no one it yields to -- "the prime
           minister resigns", "Lukashenko pardons several opposition
           figures", "most Congolese troops withdraw" -- yields at home, to
           the actor's own country (not to a place the event is put in,
           which may be a co-actor's: "Latvia, Lithuania, and Estonia
           disconnect from the grid", placed in Lithuania); several doing it
           together act outward, not each at home.  The bare 080, yielding
           of no kind ("approves a law"), is no yielding at home: it stays
           target-less and st_drop_unaddressed leaves it out */
        if (!strncmp(ev->code, "08", 2) && strcmp(ev->code, "080") && !*ev->target && state_side(ev->source) && !joint_act(d, i))
            ev->target = tc_arena_printf(&d->arena, "%.3s", ev->source);
    }
}

/* ---- attackers the coder left unnamed --------------------------------------- */

/* Whether common noun t names people ("rival herders", "cartel members",
   "villagers", "a crowd"), not a thing or an act ("an operation"): a
   doer's ending, or a word for a crowd or group. */
static bool people_word(const tc_tok *t) {
    static const char *const w[] = {"people", "man", "men", "woman", "women", "youth", "crowd", "mob", "group",
                                    "gang", "clan", "tribe", "faction", "cell", "band", "member", "civilian",
                                    "resident", "villager", "local", "assailant", "attacker", "suspect",
                                    "force", "troop", "soldier", "militant", "rebel", "insurgent", "police",
                                    "guard", "militia", "army", "unit", "squad"};
    if (tc_lemma_in(t, w, TC_COUNTOF(w))) return true;
    const char *l = tc_tok_lemma(t);
    size_t n = l ? strlen(l) : 0;
    static const char *const suf[] = {"er", "or", "ist", "ian", "ant", "man", "men"};
    for (size_t i = 0; i < TC_COUNTOF(suf); i++) {
        size_t k = strlen(suf[i]);
        if (n > k + 2 && !strcmp(l + n - k, suf[i])) return true;
    }
    return false;
}

/* Whether word j hangs from word v within three arcs, none of them a
   clause of its own ("killed ... in tit for tat attacks by rival herders":
   attacks -> tit -> killed). */
static bool near_under(const tc_sent *s, int j, int v) {
    for (int x = j, k = 0; k < 4 && x >= 1; k++) {
        if (x == v) return k > 0;
        const tc_tok *t = &s->tok[x - 1];
        if (tc_deprel_is(t, "advcl") || tc_deprel_is(t, "ccomp") || tc_deprel_is(t, "parataxis") ||
            tc_deprel_is(t, "acl:relcl") || tc_deprel_is(t, "conj") || tc_deprel_is(t, "xcomp"))
            return false;
        x = t->head;
    }
    return false;
}

/* Whether a conjunct or modifier of noun h is an act the lexicon knows
   ("an arson and mass shooting attack by gunmen", the "by" phrase on
   "arson"; "in tit for tat attacks by rival herders", on "tit"). */
static bool act_conj(const tc_doc *d, const tc_sent *s, int h) {
    for (int j = h + 1; j <= s->n; j++)
        if (s->tok[j - 1].head == h && (tc_deprel_is(&s->tok[j - 1], "conj") || tc_deprel_is(&s->tok[j - 1], "nmod")) &&
            nom_kind(d->e->nominal, s, j) == 'E')
            return true;
    return false;
}

/* Words whose "by" phrase names a helper, not the doer ("an operation
   supported by Russia", "rebels backed by Rwanda"). */
static bool helper(const tc_tok *t) {
    static const char *const w[] = {"support", "back", "broker", "mediate", "sponsor", "fund", "arm",
                                    "aid", "assist", "help", "train", "equip", "supply"};
    return tc_lemma_in(t, w, TC_COUNTOF(w));
}

/* The "by" phrase of the violence at v ("killed in a mass shooting by
   cartel gunmen"): v's own, one under v, one of a clause on v ("killed
   after being fired on by a local militia"), else -- where the sentence
   tells no other violence (alone) -- one of any act the lexicon knows
   ("killed ... in tit for tat attacks by rival herders", with the attacks
   hung on another verb); 0 if none. */
static int by_under(const tc_doc *d, const tc_sent *s, int v, bool alone) {
    int by = st_by_phrase(s, v);
    for (int pass = 0; pass < 2 && !by; pass++)
        for (int j = 1; j <= s->n && !by; j++) {
            const tc_tok *t = &s->tok[j - 1];
            int h = t->head;
            if (h < 1 || !(t->upos == TC_UPOS_NOUN || t->upos == TC_UPOS_PROPN) || helper(&s->tok[h - 1])) continue;
            bool agent = (t->deprel && !strcmp(t->deprel, "obl:agent")) ||
                         ((tc_deprel_is(t, "obl") || tc_deprel_is(t, "nmod")) && st_case_child(s, j, "by"));
            if (!agent) continue;
            bool ok = pass == 0 ? near_under(s, h, v) || (s->tok[h - 1].upos == TC_UPOS_VERB && s->tok[h - 1].head == v)
                                : alone && (nom_kind(d->e->nominal, s, h) == 'E' || act_conj(d, s, h));
            if (ok) by = j;
        }
    return by;
}

/* The phrase naming who did the violence anchored at word v, 0 if none:
   a "by" phrase under v, v's active subject, or the subject of the clause
   a participle hangs on ("Militants open fire on a camp, killing two
   soldiers") -- or, where that subject is a weapon, the weapon's "left by"
   phrase ("an explosive device left by cartel members detonates, killing
   two"). */
static int attacker_phrase(const tc_doc *d, const tc_sent *s, int v, bool alone) {
    int by = by_under(d, s, v, alone);
    if (by) return by;
    int subj = s->tok[v - 1].upos == TC_UPOS_VERB ? st_child_full(s, v, "nsubj") : 0;
    /* a relative pronoun is the noun its clause describes ("an operation
       that killed 40 militants", "forces that killed 1,614 civilians") */
    const tc_tok *st = subj ? &s->tok[subj - 1] : NULL;
    if (st && st->upos == TC_UPOS_PRON && (tc_lemma_is(st, "that") || tc_lemma_is(st, "which") || tc_lemma_is(st, "who")) &&
        tc_deprel_is(&s->tok[v - 1], "acl:relcl") && s->tok[v - 1].head >= 1 && !st_child_full(s, v, "nsubj:pass")) {
        /* (a passive clause has its own subject: that "that" is no
           relative pronoun but a parser's slip) */
        int hn = s->tok[v - 1].head;
        const tc_tok *ht = &s->tok[hn - 1];
        if (ht->upos == TC_UPOS_PROPN || (ht->upos == TC_UPOS_NOUN && people_word(ht))) return hn;
        /* an act someone did ("the army completed an operation that
           killed ..."): the doer of the verb it is the object of */
        if (ht->upos == TC_UPOS_NOUN && tc_deprel_is(ht, "obj") && ht->head >= 1 && !nom_kind(d->e->nominal, s, hn))
            return st_child_full(s, ht->head, "nsubj");
        return 0;
    }
    if (subj && !tc_deprel_is(&s->tok[subj - 1], "nsubj:pass")) return subj;
    int c = st_controller(s, v);
    if (!c) return 0;
    if (!nom_kind(d->e->nominal, s, c)) return c;
    for (int j = 1; j <= s->n; j++) {
        const tc_tok *t = &s->tok[j - 1];
        if (t->head == c && tc_deprel_is(t, "acl") && !helper(t) && (by = st_by_phrase(s, j)) != 0) return by;
    }
    return 0;
}

/* Whether the violence at v is a fight: v or a noun under it is a fight word. */
static bool fight_at(const tc_sent *s, int v) {
    if (st_fight_word(&s->tok[v - 1])) return true;
    for (int j = 1; j <= s->n; j++)
        if (st_fight_word(&s->tok[j - 1]) && near_under(s, j, v)) return true;
    return false;
}

/* The code of attacker phrase a: an actor the story codes as it stands;
   agents alone ("gunmen", a named group the dictionaries lack, "rival
   herders") are of the country the violence happens in (place, NULL if
   unknown); a weapon ("a drone") names nobody, an act ("by the new Israeli
   military offensive") names its own doer.  NULL when nobody is named. */
static const char *attacker_code(tc_doc *d, const tc_sent *s, int a, const char *place, int *beg, int *end, int depth) {
    const tc_tok *t = &s->tok[a - 1];
    if (t->upos != TC_UPOS_NOUN && t->upos != TC_UPOS_PROPN) return NULL;
    const char *c = st_code_party(d, s, a, beg, end);
    if (c && *c && strncmp(c, "---", 3)) return c;
    char kind = nom_kind(d->e->nominal, s, a);
    if (kind == 'W') return NULL;
    bool agents = c && !strncmp(c, "---", 3);
    if (kind == 'E' || (!agents && t->upos == TC_UPOS_NOUN && !people_word(t))) {
        /* an act, or a thing: its doer ("by the new Israeli military
           offensive") */
        const char *p = st_premodifier_actor(d, s, a, beg, end);
        if (p && *p && strncmp(p, "---", 3)) return p;
        int by = depth ? 0 : st_by_phrase(s, a);
        return by ? attacker_code(d, s, by, place, beg, end, depth + 1) : NULL;
    }
    if (!place) return NULL;
    st_np_span(s, a, beg, end);
    if (!c || !*c) c = st_unknown_attacker(s, a);
    if (c && !strncmp(c, "---", 3)) return tc_arena_printf(&d->arena, "%.3s%s", place, c + 3);
    /* people the dictionaries have no word for: people of the place */
    return place;
}

/*
 * "A Russian missile strikes a hotel in Kryvyi Rih", "Twenty-five Iranian
 * ballistic missiles are launched at central Israel": a weapon the clause
 * makes its subject is the instrument, not the victim -- its country is the
 * doer's, and the victim is what it strikes (the object the coder took as
 * the source), else what it is fired at ("at central Israel"), else the
 * place's country.  A weapon shot down or intercepted (an object) stays the
 * target: its launcher is the one attacked there.
 */
void st_weapon_subjects(tc_doc *d) {
    static const char *const at[] = {"at", "on", "against", "toward", "towards", "into"};
    for (int i = 0; i < d->nev; i++) {
        struct tc_event *ev = d->ev[i];
        int v = d->ev_anchor[i];
        if (!st_violent(ev->code) || !ev->target_span.has || strlen(ev->target) < 3 || !state_side(ev->target) ||
            ev->sentence < 1 || ev->sentence > d->ns)
            continue;
        const tc_sent *s = &d->s[ev->sentence - 1];
        int w = st_span_head(s, ev->target_span);
        if (v < 1 || v > s->n || w < 1 || w > s->n || s->tok[w - 1].head != v || nom_kind(d->e->nominal, s, w) != 'W' ||
            !(tc_deprel_is(&s->tok[w - 1], "nsubj") || tc_deprel_is(&s->tok[w - 1], "nsubj:pass")))
            continue;
        const char *doer = tc_arena_printf(&d->arena, "%.3s", ev->target);
        int sh = ev->source_span.has ? st_span_head(s, ev->source_span) : 0;
        const char *victim = NULL, *vtext = "";
        tc_span vspan = {0};
        if (sh > v && *ev->source) { /* (the object, taken as the source) */
            victim = ev->source;
            vtext = ev->source_text;
            vspan = ev->source_span;
        } else if (!*ev->source) {
            for (int j = 1; j <= s->n && !victim; j++) {
                if (s->tok[j - 1].head != v || !tc_deprel_is(&s->tok[j - 1], "obl")) continue;
                bool ok = false;
                for (size_t k = 0; k < TC_COUNTOF(at) && !ok; k++) ok = st_case_child(s, j, at[k]) != 0;
                int b = 0, e = 0;
                const char *c = ok ? st_code_party(d, s, j, &b, &e) : NULL;
                if (c && *c && strncmp(c, "---", 3)) {
                    victim = c;
                    vtext = st_span_text(&d->arena, s, b, e);
                    vspan = ev_span(s, b, e);
                }
            }
            const char *place = ev->location.has && ev->location.country ? tc_engine_iso3(d->e, ev->location.country) : NULL;
            if (!victim && place && strncmp(place, doer, 3)) victim = place;
        } else {
            continue; /* (a doer of its own: "Russia fires missiles") */
        }
        if (!victim || !strncmp(victim, doer, 3)) continue;
        ev->source = doer;
        ev->source_text = ev->target_text;
        ev->source_span = ev->target_span;
        ev->target = victim;
        ev->target_text = vtext ? vtext : "";
        ev->target_span = vspan;
    }
}

/*
 * Violence whose doer the coder did not code: an attacker the text names by
 * a common noun or an unknown name ("killed in a shooting by cartel
 * gunmen", "militants open fire, killing two soldiers") is of the country
 * the violence happens in, as the guide's armed non-state groups are; an
 * actor the story knows ("in an operation by the Somali National Army")
 * is itself.  A fight nobody is named in ("heavy fighting erupted",
 * "clashes with militants") has both its sides at its place.  A
 * fully unidentified attack ("a car bomb killed five in Mosul") is left to
 * st_unidentified_attackers, once its retellings are merged.
 */
void st_local_attackers(tc_doc *d) {
    const tc_engine *e = d->e;
    /* the violent events of each sentence: where a sentence tells one, any
       attack noun in it is that event's */
    int *nviolent = tc_arena_calloc(&d->arena, (size_t)d->ns + 1, sizeof *nviolent);
    if (!nviolent) return; /* (out of memory: sticky, the story fails) */
    for (int i = 0; i < d->nev; i++)
        if (st_violent(d->ev[i]->code) && d->ev[i]->sentence >= 1 && d->ev[i]->sentence <= d->ns) nviolent[d->ev[i]->sentence]++;
    for (int i = 0; i < d->nev; i++) {
        struct tc_event *ev = d->ev[i];
        int v = d->ev_anchor[i];
        if (*ev->source || !st_violent(ev->code) || ev->sentence < 1 || ev->sentence > d->ns) continue;
        const tc_sent *s = &d->s[ev->sentence - 1];
        if (v < 1 || v > s->n) continue;
        const char *place = ev->location.has && ev->location.country ? tc_engine_iso3(e, ev->location.country) : NULL;
        int a = attacker_phrase(d, s, v, nviolent[ev->sentence] == 1), b = 0, en = 0;
        const char *c = a ? attacker_code(d, s, a, place, &b, &en, 0) : NULL;
        /* an act under v whose owner or adjective names its doer ("killed in
           Russia's offensive", "in a Turkish drone strike") */
        for (int j = 1; j <= s->n && !(c && *c); j++) {
            if (!near_under(s, j, v) || nom_kind(e->nominal, s, j) != 'E') continue;
            int o = 0;
            for (int q = 1; q <= s->n && !o; q++) {
                const tc_tok *t = &s->tok[q - 1];
                if (t->head == j && tc_deprel_is(t, "nmod:poss") && !nom_is_time_word(t->lemma)) o = q;
            }
            c = o ? attacker_code(d, s, o, place, &b, &en, 1) : st_premodifier_actor(d, s, j, &b, &en);
            if (c && !strncmp(c, "---", 3)) c = NULL;
        }
        if (c && *c) {
            ev->source = c;
            ev->source_text = st_span_text(&d->arena, s, b, en);
            ev->source_span = ev_span(s, b, en);
            if (!ev->source_text) ev->source_text = "";
        } else if (place && fight_at(s, v) && strncmp(ev->code, "194", 3) && strncmp(ev->code, "195", 3)) {
            ev->source = place;
        }
    }
}

/*
 * "A separate strike kills three police officers in Sumy Oblast", "Three
 * civilians are killed", told after "Russian drones strike Kharkiv" or
 * "Pakistan shells villages in Kashmir": violence nobody is named as doing,
 * in a story whose other violence against the same country is a foreign
 * state's, is that state's -- the story has told who strikes there.  Only
 * where the story names one attacking country (the latest told before, else
 * the first after); a story of several (two states striking a third) leaves
 * it unnamed.  An armed group of the country itself ("Al-Shabaab launches
 * mortar shells") is no foreign attacker: its fellow violence stays with
 * st_unidentified_attackers.
 */
void st_story_attackers(tc_doc *d) {
    for (int i = 0; i < d->nev; i++) {
        struct tc_event *ev = d->ev[i];
        if (*ev->source || !st_violent(ev->code)) continue;
        const char *victim = strlen(ev->target) >= 3 && !agent_only(ev->target) ? ev->target
                             : ev->location.has && ev->location.country ? tc_engine_iso3(d->e, ev->location.country)
                                                                        : NULL;
        if (!victim || !state_side(victim)) continue;
        const struct tc_event *by = NULL;
        bool several = false;
        for (int k = 0; k < d->nev && !several; k++) {
            const struct tc_event *o = d->ev[k];
            if (k == i || !st_violent(o->code) || !state_side(o->source) || strlen(o->target) < 3 ||
                strncmp(o->target, victim, 3) || !strncmp(o->source, victim, 3))
                continue;
            size_t n = strlen(o->source);
            if (n >= 3 && !strcmp(o->source + n - 3, "UAF")) continue; /* (an unknown band of the place's) */
            if (by && strncmp(by->source, o->source, 3)) several = true;
            else if (!by || (o->sentence <= ev->sentence && (by->sentence > ev->sentence || o->sentence > by->sentence)))
                by = o;
        }
        if (by && !several) ev->source = by->source;
    }
}

/*
 * "The parliament of Iran votes to close the strait in response to the U.S.
 * attacks", "Israeli forces recover the bodies of two hostages abducted by
 * Palestinian militants": violence whose target is only its place's country
 * (read off the doer's own name, or the doer's home) and is the doer's own
 * country falls on the one other country the sentence names -- a doer does
 * not strike its own side while the sentence tells of another.  With no
 * other country named, or several, the place stays.
 */
void st_other_side(tc_doc *d) {
    for (int i = 0; i < d->nev; i++) {
        struct tc_event *ev = d->ev[i];
        if (!st_violent(ev->code) || ev->target_span.has || strlen(ev->target) != 3 || strlen(ev->source) < 3 ||
            strncmp(ev->target, ev->source, 3) || !state_side(ev->source) || ev->sentence < 1 || ev->sentence > d->ns)
            continue;
        /* (a town or region names where it happened: fighting at home) */
        if (!ev->location.has || !ev->location.precision || strcmp(ev->location.precision, "country")) continue;
        if (st_collect_mentions(d, &d->s[ev->sentence - 1]) != TC_OK) return;
        const char *other = NULL;
        bool several = false;
        for (int m = 0; m < d->nmen && !several; m++) {
            const char *c = d->men[m].code;
            if (!state_side(c) || !strncmp(c, ev->source, 3)) continue;
            if (other && strncmp(other, c, 3)) several = true;
            other = c;
        }
        /* (a co-doer of the same act is no victim: "killed in UAE and US
           airstrikes") */
        for (int k = 0; other && !several && k < d->nev; k++)
            if (d->ev[k]->sentence == ev->sentence && !strcmp(d->ev[k]->code, ev->code) && !strncmp(d->ev[k]->source, other, 3))
                several = true;
        if (other && !several) ev->target = tc_arena_printf(&d->arena, "%.3s", other);
    }
    d->nmen = 0;
}

/*
 * "Three Pakistani soldiers and 19 Taliban insurgents are killed in
 * shootouts in Khyber Pakhtunkhwa": a name the dictionaries code as a
 * government (the Taliban, in power in Kabul since 2021) with armed-group
 * words on it ("insurgents", "militants") fighting in another country is
 * an armed group of that country -- the guide's armed non-state groups take
 * the country they fight in (the Pakistani Taliban: PAKREB).
 */
void st_foreign_government_fighters(tc_doc *d) {
    for (int i = 0; i < d->nev; i++) {
        struct tc_event *ev = d->ev[i];
        if (!st_violent(ev->code) || !ev->location.has || !ev->location.country) continue;
        const char *place = tc_engine_iso3(d->e, ev->location.country);
        if (!place) continue;
        const char **sides[2] = {&ev->source, &ev->target};
        for (int k = 0; k < 2; k++) {
            const char *c = *sides[k];
            if (strlen(c) < 9 || strncmp(c + 3, "GOV", 3) || !strncmp(c, place, 3) || !state_side(c)) continue;
            if (strncmp(c + 6, "REB", 3) && strncmp(c + 6, "UAF", 3)) continue;
            *sides[k] = tc_arena_printf(&d->arena, "%.3sREB", place);
        }
    }
}

/*
 * "A car bomb killed five people in Mosul": violence nobody is named as
 * doing, once its retellings are one event (st_dedupe), is an unidentified
 * armed group's of the country it happens in -- ACLED's "Unidentified Armed
 * Group (Iraq)", the dictionaries' "assailant" and "armed men" (UAF).  Air
 * and missile strikes (194, 195), which may come from abroad, and violence
 * placed nowhere stay without a source.
 */
void st_unidentified_attackers(tc_doc *d) {
    for (int i = 0; i < d->nev; i++) {
        struct tc_event *ev = d->ev[i];
        if (*ev->source || !st_violent(ev->code) || !strncmp(ev->code, "194", 3) || !strncmp(ev->code, "195", 3)) continue;
        const char *place = ev->location.has && ev->location.country ? tc_engine_iso3(d->e, ev->location.country) : NULL;
        if (!place) continue;
        const char *uaf = tc_arena_printf(&d->arena, "%sUAF", place);
        if (uaf) ev->source = uaf;
    }
}

/* ---- "both" ------------------------------------------------------------------ */

/*
 * "Thai prime minister Paetongtarn says that she spoke with Cambodian prime
 * minister Hun Manet, and both agreed to resolve the crisis", "Israel and
 * Iran ... as both countries continue to launch attacks": "both", "both
 * countries / sides", "the two countries / sides / leaders" as the subject
 * are the two last countries the sentence named before it -- each the
 * doer, each the other's counterpart (or both doers towards a third one
 * the act names).
 */
static bool pair_word(const tc_sent *s, int h) {
    static const char *const nouns[] = {"country", "side", "leader", "nation", "government", "party", "president",
                                        "minister", "state"};
    const tc_tok *t = &s->tok[h - 1];
    if ((t->upos == TC_UPOS_PRON || t->upos == TC_UPOS_DET) && tc_lemma_is(t, "both")) return true;
    if (t->upos != TC_UPOS_NOUN || !tc_lemma_in(t, nouns, TC_COUNTOF(nouns))) return false;
    for (int j = 1; j <= s->n; j++) {
        const tc_tok *c = &s->tok[j - 1];
        if (c->head == h && (tc_lemma_is(c, "both") || (c->upos == TC_UPOS_NUM && tc_lemma_is(c, "two")))) return true;
    }
    return false;
}

static bool party_of(const tc_sent *s, int h, int v);

void st_both_parties(tc_doc *d, const tc_sent *s, int first) {
    int end = d->nev;
    for (int k = first; k < end; k++) {
        struct tc_event *ev = d->ev[k];
        int v = d->ev_anchor[k];
        if (v < 1 || v > s->n) continue;
        int subj = st_child_full(s, v, "nsubj");
        /* (the subject of the clause an infinitive or participle hangs on:
           "both agreed to resolve") */
        if (!subj && (tc_deprel_is(&s->tok[v - 1], "xcomp") || tc_deprel_is(&s->tok[v - 1], "conj")) && s->tok[v - 1].head >= 1)
            subj = st_child_full(s, s->tok[v - 1].head, "nsubj");
        /* ("and both agreed" with "both" an adverb of the verb, the subject
           the first conjunct's) */
        for (int j = 1; j < v; j++)
            if (s->tok[j - 1].head == v && tc_lemma_is(&s->tok[j - 1], "both") && !tc_deprel_is(&s->tok[j - 1], "cc"))
                subj = j;
        if (!subj || !pair_word(s, subj)) continue;
        /* the two last countries named before the subject */
        const char *a = NULL, *b = NULL;
        for (int m = 0; m < d->nmen; m++) {
            const char *c = d->men[m].code;
            if (d->men[m].tok >= subj || !state_side(c) || strlen(c) < 3) continue;
            if (b && !strncmp(b, c, 3)) { b = c; continue; }
            if (b && a && !strncmp(a, c, 3)) { a = b; b = c; continue; }
            a = b;
            b = c;
        }
        if (!a || !b || !strncmp(a, b, 3)) continue;
        const char *ca = tc_arena_printf(&d->arena, "%.3s", a), *cb = tc_arena_printf(&d->arena, "%.3s", b);
        /* a third party the act names stays the target of both */
        int th = ev->target_span.has ? st_span_head(s, ev->target_span) : 0;
        bool third = *ev->target && strncmp(ev->target, ca, 3) && strncmp(ev->target, cb, 3) && th && party_of(s, th, v);
        struct tc_event *q = st_new_event(d, s, v);
        if (!q) return;
        *q = *ev;
        ev->source = ca;
        ev->source_text = "";
        ev->source_span.has = false;
        q->source = cb;
        q->source_text = "";
        q->source_span.has = false;
        if (!third) {
            ev->target = cb;
            q->target = ca;
            ev->target_text = q->target_text = "";
            ev->target_span.has = q->target_span.has = false;
        }
    }
}

/* ---- several doers of one joint act ------------------------------------------ */

/* The head word of the phrase an event span covers in s, 0 if unknown. */
int st_span_head(const tc_sent *s, tc_span sp) {
    if (!sp.has) return 0;
    int b = 0, e = 0;
    for (int j = 1; j <= s->n; j++) {
        tc_span w = ev_span(s, j, j);
        if (w.has && w.beg >= sp.beg && w.end <= sp.end) {
            if (!b) b = j;
            e = j;
        }
    }
    for (int j = b; j && j <= e; j++)
        if (s->tok[j - 1].head < b || s->tok[j - 1].head > e) return j;
    return 0;
}

/* Whether phrase h is a party to the act at v: v's object, or a "with /
   to / on / against / from / for" phrase on it -- not the place it
   happens in ("meet in Tokyo") nor a word deeper in the object ("an
   agreement mediated by Qatar"). */
static bool party_of(const tc_sent *s, int h, int v) {
    static const char *const preps[] = {"with", "to", "on", "against", "from", "for"};
    const tc_tok *t = &s->tok[h - 1];
    if (t->head != v) return false;
    /* what is signed or agreed is no party ("sign the Iranian-Russian
       Treaty": its adjectives code, but it is the act's object) */
    static const char *const deal[] = {"treaty", "agreement", "accord", "deal", "pact", "charter", "memorandum",
                                       "declaration", "partnership", "ceasefire", "truce", "contract", "convention"};
    for (size_t i = 0; i < TC_COUNTOF(deal); i++)
        if (tc_lemma_is(t, deal[i])) return false;
    if (tc_deprel_is(t, "obj") || tc_deprel_is(t, "iobj")) return true;
    for (size_t i = 0; i < TC_COUNTOF(preps); i++)
        if (st_case_child(s, h, preps[i])) return true;
    return false;
}

/* Whether h is an agreement or talks coded by where they are ("the
   ceasefire deal in Doha"). */
static bool placed_thing(const tc_sent *s, int h) {
    if (h < 1 || h > s->n) return false;
    static const char *const thing[] = {"agreement", "deal", "accord", "treaty", "pact", "memorandum", "charter", "ceasefire", "truce", "talks"};
    if (!tc_lemma_in(&s->tok[h - 1], thing, TC_COUNTOF(thing))) return false;
    for (int j = 1; j <= s->n; j++)
        if (s->tok[j - 1].head == h && tc_deprel_is(&s->tok[j - 1], "nmod") && (st_case_child(s, j, "in") || st_case_child(s, j, "at")))
            return true;
    return false;
}

/* Whether word h heads a phrase that says where ("in Doha", "at the
   summit in Geneva"): an "in"/"at" case of its own, or an agreement placed
   so (placed_thing). */
static bool place_phrase(const tc_sent *s, int h) {
    if (h < 1 || h > s->n) return false;
    return st_case_child(s, h, "in") || st_case_child(s, h, "at") || placed_thing(s, h);
}

/*
 * "The presidents of Armenia and Azerbaijan meet in Tokyo", "Israel and
 * Hamas reach an agreement mediated by Egypt and Qatar": a joint act (roots
 * 04-06, 036) the coder gave several doers and, as targets, no party of the act
 * -- a place, a mediator -- is the doers' act with each other, once in
 * each direction (the guide's rule for joint actors).
 */
void st_joint_doers(tc_doc *d, const tc_sent *s, int first) {
    int n0 = d->nev;
    for (int k = first; k < n0; k++) {
        int v = d->ev_anchor[k];
        const char *code = d->ev[k]->code;
        /* (acts two sides do with each other: consulting, cooperating,
           agreeing, and the intent to meet or negotiate, 036; not aid or
           appeals, which the doers may give a third party unnamed; a bare
           intent they agree on together -- "Iran and the United States ...
           agree to continue the negotiations", 030 -- is each one's to the
           other) */
        if (v < 1 || v > s->n || code[0] != '0' ||
            !((code[1] >= '4' && code[1] <= '6') || !strncmp(code, "036", 3) || !strcmp(code, "030")))
            continue;
        /* the events of this act (k's the first), one doer each */
        int grp[16], ng = 0, uniq[8], nu = 0;
        bool ok = true;
        for (int m = first; m < n0 && ok; m++) {
            const struct tc_event *o = d->ev[m];
            if (d->ev_anchor[m] != v || strncmp(o->code, code, 2)) continue;
            if (m < k || ng == 16 || strlen(o->source) < 3) { ok = false; break; }
            grp[ng++] = m;
            /* (a place the act happens in is no party to it: "sign a peace
               agreement in Washington", "the deal in Doha") */
            if (place_phrase(s, st_span_head(s, o->source_span))) continue;
            int th = *o->target ? st_span_head(s, o->target_span) : 0;
            if (*o->target && !place_phrase(s, th) && (!th || party_of(s, th, v))) ok = false;
            bool seen = false;
            for (int u = 0; u < nu && !seen; u++) seen = !strncmp(d->ev[uniq[u]]->source, o->source, 3);
            if (!seen && nu < 8) uniq[nu++] = m;
        }
        if (ok && nu < 2) {
            /* (one doer: a place read as a doer is none, nor is the place of
               an agreement its other party -- "The Israeli and Hamas
               negotiating teams sign the deal in Doha" is no act with Qatar,
               either way; "arrives in Qatar" stays a visit to it) */
            for (int g = ng - 1; g >= 0; g--) {
                struct tc_event *o = d->ev[grp[g]];
                if (place_phrase(s, st_span_head(s, o->source_span))) {
                    st_drop_event(d, grp[g]);
                    n0--;
                } else if (*o->target && placed_thing(s, st_span_head(s, o->target_span))) {
                    o->target = "";
                    o->target_text = "";
                    o->target_span.has = false;
                }
            }
            continue;
        }
        if (!ok || nu < 2) continue;
        struct tc_event doer[8];
        for (int u = 0; u < nu; u++) doer[u] = *d->ev[uniq[u]];
        for (int g = ng - 1; g >= 0; g--) st_drop_event(d, grp[g]);
        n0 -= ng;
        k--;
        for (int a = 0; a < nu; a++)
            for (int b = 0; b < nu; b++) {
                if (a == b) continue;
                struct tc_event *r = st_new_event(d, s, v);
                if (!r) return;
                *r = doer[a];
                r->target = doer[b].source;
                r->target_text = doer[b].source_text;
                r->target_span = doer[b].source_span;
            }
    }
}

/* ---- the state's unnamed hand ----------------------------------------------- */

/*
 * An arrest, a detention or a release nobody is named as making ("An
 * individual has been arrested", "was released on bail"): the state's
 * police or courts did it, of the country the event happens in (the
 * guide's rule that an act of a state's organ is the state's).  Returns the
 * agent code ("---COP" for arrests and detentions, "---JUD" else) when v is
 * a passive verb without an agent, not negated, whose code is an arrest or
 * a sentence (173, or any 17 of "arrest", "detain" ...) or a release from
 * custody (08 with "bail", "jail" ...), and sets *subj to the passive
 * subject (a person); NULL otherwise.
 */
const char *st_state_agent(const tc_sent *s, int v, const char *code, int *subj) {
    static const char *const police[] = {"arrest", "detain", "apprehend", "nab", "round"};
    static const char *const custody[] = {"bail", "jail", "prison", "custody", "detention"};
    *subj = 0;
    if (!code || v < 1 || v > s->n || !st_passive_verb(s, v)) return NULL;
    /* arrests, detentions, sentences (173); releases from custody only (a
       hostage "released" by captors is no act of a state) */
    bool release = false;
    for (int j = 1; j <= s->n && !release && !strncmp(code, "08", 2); j++)
        if (s->tok[j - 1].head == v && tc_deprel_is(&s->tok[j - 1], "obl"))
            for (size_t i = 0; i < TC_COUNTOF(custody) && !release; i++) release = tc_lemma_is(&s->tok[j - 1], custody[i]);
    bool arrest = false;
    for (size_t i = 0; i < TC_COUNTOF(police) && !arrest; i++) arrest = tc_lemma_is(&s->tok[v - 1], police[i]);
    if (strncmp(code, "173", 3) && !release && !(arrest && !strncmp(code, "17", 2))) return NULL;
    if (st_child_full(s, v, "obl:agent") || st_by_phrase(s, v)) return NULL;
    int k = st_child_full(s, v, "nsubj:pass");
    if (!k) return NULL;
    /* nothing done: "No perpetrators are apprehended", "was not arrested" */
    for (int j = 1; j <= s->n; j++) {
        const tc_tok *t = &s->tok[j - 1];
        if ((t->head == k && tc_deprel_is(t, "det") && tc_lemma_is(t, "no")) ||
            (t->head == v && (tc_lemma_is(t, "not") || tc_lemma_is(t, "never"))))
            return NULL;
    }
    const tc_tok *h = &s->tok[k - 1];
    /* people, not things ("the bill was withdrawn") */
    static const char *const more[] = {"person", "individual", "boy", "girl", "child", "teen"};
    bool people = h->upos == TC_UPOS_PROPN || people_word(h) ||
                  (h->upos == TC_UPOS_PRON && learn_pronoun_kind(h->form) == LEARN_PRON_PERSON);
    for (size_t i = 0; i < TC_COUNTOF(more) && !people; i++) people = tc_lemma_is(h, more[i]);
    if (!people) return NULL;
    *subj = k;
    return arrest ? "---COP" : "---JUD";
}

/*
 * story.c -- the end-to-end path for one story: segment, tag and parse,
 * find dates and places, learn actors within the story, code events from
 * verbs (the dictionary coder) and from nouns (nominal.c), attach date,
 * place and casualties to each event from its own clause, fold later
 * references back into the event they name, and merge repeated reports.
 *
 * All per-story data lives in the document arena and is dropped in one
 * reset per story, so memory stays flat however many stories pass.
 */
#include "code/casualty.h"
#include "code/coder.h"
#include "code/engine.h"
#include "code/event.h"
#include "code/learn.h"
#include "code/nominal.h"
#include "code/ontology.h"
#include "code/retag.h"
#include "geo/geo.h"
#include "nlp/nlp.h"
#include "text/segment.h"
#include "time/time.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Sentences per place-resolution block (news stories fit in one). */
#define GEO_BLOCK 200

struct tc_doc {
    const tc_engine *e;
    tc_arena arena;
    tc_nlp_work *nlp;
    geo_doc *geo;
    int geo_base; /* first sentence of the block the geo document holds */
    /* the current story */
    const tc_story *story;
    tc_date dct;
    tc_sent *s;
    int ns;
    tc_timex **tx; /* per sentence */
    size_t *ntx;
    learn_state L;
    struct tc_event **ev;
    int nev, cap;
    int *ev_anchor; /* per event: the noun/verb token that triggered it (sentence-local) */
    /* actors named in the sentence being coded, in word order, so that a
       pronoun or "the group" takes the latest one before it */
    struct mention { int tok; const char *code; bool person; } *men;
    int nmen;
    int resolved; /* resolve() calls during the last tc_code_sentence */
    /* code_span answers of this story, keyed by (sentence, beg, end): learning,
       mentions and noun events ask for the same phrases again and again */
    struct span_memo { int sent; int16_t beg, end; const char *code; } *memo;
    uint32_t memo_cap, memo_used;
    struct tc_code_prep **prep; /* per sentence, made on first use */
    /* the day the story last said something happened ("On Thursday, ..."):
       later past-tense events that name no day of their own happened then */
    tc_date episode;
    const char *episode_precision;
};

int tc_doc_new(tc_doc **out, const tc_engine *e) {
    *out = NULL;
    if (!e) return TC_MISUSE;
    tc_doc *d = tc_mem_calloc(e->A, 1, sizeof *d);
    if (!d) return TC_NOMEM;
    d->e = e;
    tc_arena_init(&d->arena, e->A, 256 * 1024);
    if (e->parser && !(d->nlp = tc_nlp_work_new(e->parser, e->A))) goto nomem;
    if (e->gazetteer && !(d->geo = geo_doc_new((const geo_gaz *)e->gazetteer, e->A))) goto nomem;
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
    tc_mem_free(d->e->A, d);
}

/* ---- helpers ------------------------------------------------------------- */

/* Text of words beg..end (1-based, inclusive) from the sentence text. */
static const char *span_text(tc_arena *a, const tc_sent *s, int beg, int end) {
    if (beg < 1 || end < beg || end > s->n) return NULL;
    uint32_t b = s->tok[beg - 1].beg, e = s->tok[end - 1].end;
    if (b == UINT32_MAX || e == UINT32_MAX || e < b) {
        tc_buf buf;
        tc_buf_init(&buf, a->A);
        for (int i = beg; i <= end; i++) {
            if (i > beg) tc_buf_addc(&buf, ' ');
            tc_buf_adds(&buf, s->tok[i - 1].form ? s->tok[i - 1].form : "");
        }
        const char *r = buf.oom ? NULL : tc_arena_strndup(a, buf.p ? buf.p : "", buf.n);
        if (buf.oom) a->oom = true;
        tc_buf_free(&buf);
        return r;
    }
    return tc_arena_strndup(a, s->text + b, e - b);
}

/*
 * The noun phrase of head h: h with its left-hand nominal modifiers
 * (compound, flat, amod, det, nmod:poss with its case marker, nummod) and
 * right-hand flat/compound names; relative clauses, appositions and
 * prepositional modifiers stay outside.
 */
static void np_span(const tc_sent *s, int h, int *beg, int *end) {
    *beg = *end = h;
    bool grew = true;
    while (grew) {
        grew = false;
        for (int j = 1; j <= s->n; j++) {
            const tc_tok *t = &s->tok[j - 1];
            int hd = t->head;
            if (hd < *beg || hd > *end || (j >= *beg && j <= *end)) continue;
            bool ok = tc_deprel_is(t, "compound") || tc_deprel_is(t, "flat") || tc_deprel_is(t, "amod") ||
                      tc_deprel_is(t, "det") || tc_deprel_is(t, "nmod:poss") || tc_deprel_is(t, "nummod") ||
                      (tc_deprel_is(t, "case") && hd != h) || (tc_deprel_is(t, "case") && t->upos == TC_UPOS_PART);
            if (!ok) continue;
            if (j == *beg - 1) { *beg = j; grew = true; }
            else if (j == *end + 1) { *end = j; grew = true; }
            else if (j < *beg) {
                /* a modifier further left: take it only if everything between belongs too */
                bool inside = true;
                for (int k = j + 1; k < *beg && inside; k++) {
                    int kh = s->tok[k - 1].head;
                    inside = (kh >= j && kh <= *end) && s->tok[k - 1].upos != TC_UPOS_PUNCT;
                }
                if (inside) { *beg = j; grew = true; }
            }
        }
    }
}

/* The run of proper nouns around word h (a name: "Mustafa al-Kadhimi"). */
static void name_run(const tc_sent *s, int h, int *beg, int *end) {
    *beg = *end = h;
    while (*beg > 1 && s->tok[*beg - 2].upos == TC_UPOS_PROPN) (*beg)--;
    while (*end < s->n && s->tok[*end].upos == TC_UPOS_PROPN && s->tok[*end].head != 0 &&
           (s->tok[*end].head == h || s->tok[*end].head == *end || tc_deprel_is(&s->tok[*end], "flat")))
        (*end)++;
}

/* The coder's per-sentence preparation (word look-ups, tree indexes), made
   once per sentence and shared by every question about it; NULL on OOM. */
static tc_code_prep *prep_of(tc_doc *d, const tc_sent *s) {
    int si = s->index - 1;
    if (!d->e->dicts || si < 0 || si >= d->ns || &d->s[si] != s) return NULL;
    if (!d->prep[si]) d->prep[si] = tc_code_prepare((const tc_dict *)d->e->dicts, s, d->dct, &d->arena);
    return d->prep[si];
}

static const char *code_span(tc_doc *d, const tc_sent *s, int beg, int end) {
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
    tc_code_prep *p = prep_of(d, s);
    const char *c = p ? tc_code_prep_span(p, beg, end)
                      : tc_code_span((const tc_dict *)d->e->dicts, s, beg, end, d->dct, &d->arena);
    if (d->memo_cap && d->memo_used < d->memo_cap / 2) {
        d->memo[slot] = (struct span_memo){s->index, (int16_t)beg, (int16_t)end, c};
        d->memo_used++;
    }
    return c;
}

static bool group_noun(const tc_tok *t) {
    static const char *const w[] = {"group", "alliance", "militia", "movement", "organization", "organisation",
                                    "party", "coalition", "faction", "network", "bloc", "rebels", "militants"};
    for (size_t i = 0; i < TC_COUNTOF(w); i++)
        if (tc_lemma_is(t, w[i])) return true;
    return false;
}

/* The coder's question: what actor is this phrase that the dictionaries did not code? */
static const char *resolve(void *ud, const tc_sent *s, int head, int beg, int end) {
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
            want_group = true;
        }
        for (int k = d->nmen - 1; k >= 0; k--) {
            if (d->men[k].tok >= head) continue;
            if ((want_person && d->men[k].person) || (want_group && !d->men[k].person)) return d->men[k].code;
        }
        if (t->upos == TC_UPOS_NOUN) return d->L.last_group;
    }
    if (t->upos == TC_UPOS_PRON) return learn_pronoun(&d->L, t->form ? t->form : "", s->index);
    if (t->upos == TC_UPOS_PROPN) {
        int nb, ne;
        name_run(s, head, &nb, &ne);
        return learn_lookup(&d->L, s, nb, ne, NULL);
    }
    return NULL;
}

/* Nouns that name a part or a number of something: "groups of", "members of". */
static bool partitive(const tc_tok *t) {
    static const char *const w[] = {"group", "member", "dozen", "hundred", "thousand", "number", "unit",
                                    "faction", "wing", "branch", "offshoot", "cell", "band", "squad",
                                    "fighter", "supporter", "element", "remnant", "part", "contingent"};
    for (size_t i = 0; i < TC_COUNTOF(w); i++)
        if (tc_lemma_is(t, w[i])) return true;
    return false;
}

/* Codes the phrase headed by h: dictionaries, then the story's memory. */
static const char *code_phrase(tc_doc *d, const tc_sent *s, int h, int *beg, int *end) {
    np_span(s, h, beg, end);
    const char *c = code_span(d, s, *beg, *end);
    if (!c && s->tok[h - 1].upos == TC_UPOS_ADJ) c = code_span(d, s, h, h);
    if (!c) c = resolve(d, s, h, *beg, *end);
    if (!c && s->tok[h - 1].upos == TC_UPOS_NOUN && partitive(&s->tok[h - 1])) {
        /* "groups of bandits", "members of Hamas", "dozens of soldiers": the
           part is the whole's */
        for (int j = h + 1; j <= s->n && !c; j++) {
            const tc_tok *t = &s->tok[j - 1];
            if (t->head != h || !tc_deprel_is(t, "nmod")) continue;
            bool of = false;
            for (int k = 1; k <= s->n && !of; k++)
                of = s->tok[k - 1].head == j && tc_deprel_is(&s->tok[k - 1], "case") && tc_lemma_is(&s->tok[k - 1], "of");
            if (of) c = code_phrase(d, s, j, beg, end);
        }
    }
    if (!c && s->tok[h - 1].upos == TC_UPOS_NOUN) {
        /* "his residence", "Kadhimi's office": a possession stands for its owner */
        for (int j = 1; j <= s->n && !c; j++) {
            const tc_tok *t = &s->tok[j - 1];
            if (t->head != h || !tc_deprel_is(t, "nmod:poss") || nom_is_time_word(t->lemma)) continue;
            int pb, pe;
            np_span(s, j, &pb, &pe);
            c = code_span(d, s, pb, pe);
            if (!c) c = resolve(d, s, j, pb, pe);
        }
    }
    return c;
}

/* As code_phrase, and a phrase of agents alone ("six soldiers", "armed
   groups") as PETRARCH's "---MIL": its country comes from the context later
   (context_actors). */
static const char *code_party(tc_doc *d, const tc_sent *s, int h, int *beg, int *end) {
    const char *c = code_phrase(d, s, h, beg, end);
    if (c || s->tok[h - 1].upos != TC_UPOS_NOUN) return c;
    tc_code_prep *p = prep_of(d, s);
    return p ? tc_code_prep_agents(p, *beg, *end) : NULL;
}

/* An actor word among the modifiers before event noun n, at any depth of
   its noun phrase: "an overnight Russian Shahed drone strike", "a Tatmadaw
   airstrike" -- the attacker (nominal.c looks at n's own modifiers only). */
static const char *np_actor(tc_doc *d, const tc_sent *s, int n, int *beg, int *end) {
    for (int j = n - 1; j >= 1; j--) {
        const tc_tok *t = &s->tok[j - 1];
        if (t->upos == TC_UPOS_PUNCT || t->upos == TC_UPOS_ADP) break;
        bool cap = t->form && t->form[0] >= 'A' && t->form[0] <= 'Z';
        if (!cap || (t->upos != TC_UPOS_ADJ && t->upos != TC_UPOS_PROPN)) continue;
        int h = j; /* within n's phrase: up through modifiers to n */
        for (int guard = 0; guard < 6 && h != n && h >= 1; guard++) h = s->tok[h - 1].head;
        if (h != n) continue;
        const char *c = code_phrase(d, s, j, beg, end);
        if (c && *c) return c;
    }
    return NULL;
}

/* ---- learning actors ------------------------------------------------------ */

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
   title-cased one with a definite article ("the ... Coordinator"). */
static bool description_head(const tc_sent *s, int j) {
    const tc_tok *a = &s->tok[j - 1];
    if (a->upos == TC_UPOS_NOUN) return true;
    if (a->upos != TC_UPOS_PROPN) return false;
    for (int k = 1; k < j; k++)
        if (s->tok[k - 1].head == j && tc_deprel_is(&s->tok[k - 1], "det") && tc_lemma_is(&s->tok[k - 1], "the"))
            return true;
    return false;
}

static bool person_word(const tc_tok *t);

/* A person's title in or on the name run nb..ne (head h): "Prime Minister
   Mustafa al-Kadhimi", "President Emmanuel Macron". */
static bool has_person_title(const tc_sent *s, int nb, int ne, int h) {
    /* the whole name: up its flat/compound chain ("Mustafa al - Kadhimi") */
    int top = h;
    for (int guard = 0; guard < 8; guard++) {
        const tc_tok *t = &s->tok[top - 1];
        if (t->head < 1 || !(tc_deprel_is(t, "flat") || tc_deprel_is(t, "compound"))) break;
        top = t->head;
    }
    int pb, pe;
    np_span(s, top, &pb, &pe);
    if (pb > nb) pb = nb;
    if (pe < ne) pe = ne;
    for (int j = pb; j <= pe; j++)
        if ((j < nb || j > ne || j != h) && person_word(&s->tok[j - 1])) return true;
    /* a title hung on the name by any relation ("Prime Minister" as
       nmod:desc of "Mustafa") */
    for (int j = 1; j <= s->n; j++) {
        const tc_tok *t = &s->tok[j - 1];
        if (j != h && t->head == top && j < top && person_word(t)) return true;
    }
    return false;
}

static void learn_sentence(tc_doc *d, const tc_sent *s) {
    for (int h = 1; h <= s->n; h++) {
        const tc_tok *t = &s->tok[h - 1];
        if (t->upos != TC_UPOS_PROPN) continue;
        /* only the last word of a name run heads it */
        if (h < s->n && s->tok[h].upos == TC_UPOS_PROPN) continue;
        int nb, ne;
        name_run(s, h, &nb, &ne);
        const char *known = code_span(d, s, nb, ne);
        if (known) {
            /* known to the dictionaries; with a person's title it is also
               remembered as a person, for pronouns and its surname */
            if (*known && has_person_title(s, nb, ne, h)) learn_bind(&d->L, s, nb, ne, known, true);
            continue;
        }
        if (learn_lookup(&d->L, s, nb, ne, NULL)) continue;
        int head = ne, pb, pe;
        /* the name's own phrase, with title words to its left */
        for (int k = nb; k <= ne; k++)
            if (s->tok[k - 1].head < nb || s->tok[k - 1].head > ne) { head = k; break; }
        np_span(s, head, &pb, &pe);
        const char *code = NULL;
        if (pb < nb) {
            for (int b = pb; b < nb && !code; b++) code = code_span(d, s, b, ne);
            if (!code) code = code_span(d, s, pb, nb - 1);
        }
        /* apposition: "Ned Price, State Department spokesman", "Kenzo Oshima,
           the UN Emergency Relief Coordinator" -- a description headed by a
           common noun or a capitalised title after "the"; a bare name in
           apposition ("the Conquest (Fatah) Alliance") is an alias that may
           belong to another actor */
        for (int j = 1; j <= s->n && !code; j++) {
            const tc_tok *a = &s->tok[j - 1];
            int ab, ae;
            if (tc_deprel_is(a, "appos") && a->head == head && description_head(s, j)) {
                np_span(s, j, &ab, &ae);
                code = code_span(d, s, ab, ae);
            } else if (tc_deprel_is(t, "appos") && j == t->head && a->upos == TC_UPOS_NOUN) {
                np_span(s, j, &ab, &ae);
                code = code_span(d, s, ab, ae);
            }
        }
        if (code && *code)
            learn_bind(&d->L, s, nb, ne, code, is_person_code(code) || ne > nb || has_person_title(s, nb, ne, h));
    }
}

/*
 * "French President Emmanuel Macron" coded FRA (a parse that splits the
 * title from the name leaves the coder only the demonym): when the name run
 * in or right after the phrase codes more specifically for the same country
 * ("President Emmanuel Macron" -> FRAGOV, from the dictionaries or learned
 * in the story), that code is taken.
 */
static const char *refine_actor(tc_doc *d, const tc_sent *s, const char *code, int beg, int end) {
    if (!code || strlen(code) != 3 || beg < 1 || end < beg || end > s->n) return code;
    int k = beg;
    while (k <= end + 1 && k <= s->n && s->tok[k - 1].upos != TC_UPOS_PROPN) k++;
    if (k > end + 1 || k > s->n) return code;
    int re = k;
    while (re < s->n && s->tok[re].upos == TC_UPOS_PROPN) re++;
    for (int x = k; x <= re; x++) {
        const char *c2 = code_span(d, s, x, re);
        if (!c2) c2 = learn_lookup(&d->L, s, x, re, NULL);
        if (c2 && strlen(c2) > 3 && !strncmp(c2, code, 3)) return c2;
    }
    return code;
}

/* Speakers: the subject of say/tell/add/... is the source of quoted events. */
static void note_speaker(tc_doc *d, const tc_sent *s) {
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
            const char *code = code_phrase(d, s, j, &b, &e);
            if (code && *code) learn_speaker(&d->L, code, s->index);
        }
    }
}

/* ---- events --------------------------------------------------------------- */

static struct tc_event *new_event(tc_doc *d, const tc_sent *s, int trigger) {
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

static bool violent(const char *code) {
    return code && (!strncmp(code, "18", 2) || !strncmp(code, "19", 2) || !strncmp(code, "20", 2));
}

/* Protests, strikes and riots (root 14): events of the crowd on the street,
   whoever it is. */
static bool protest(const char *code) { return code && !strncmp(code, "14", 2); }

static void set_casualties(struct tc_event *ev, const tc_casualties *c) {
    if (c->killed.mod != TC_CAS_NONE && ev->killed < 0 && !ev->killed_mod) {
        ev->killed = c->killed.n;
        if (c->killed.mod != TC_CAS_EXACT) ev->killed_mod = tc_cas_mod_name(c->killed.mod);
    }
    if (c->injured.mod != TC_CAS_NONE && ev->injured < 0 && !ev->injured_mod) {
        ev->injured = c->injured.n;
        if (c->injured.mod != TC_CAS_EXACT) ev->injured_mod = tc_cas_mod_name(c->injured.mod);
    }
}

/* Date, place, casualties and ontology of an event from its own clause. */
/* The tense of the trigger's clause: 1 present ("kills", "are killed",
   "has killed"), -1 past ("killed", "was killed"), 0 neither (a noun, an
   infinitive). */
static int clause_tense(const tc_sent *s, int v) {
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

static void attach(tc_doc *d, struct tc_event *ev, const tc_sent *s, int si, int trigger) {
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
            const char *written = w.name_first ? span_text(&d->arena, s, w.name_first, w.name_last) : NULL;
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
    if (violent(ev->code) && trigger >= 1) {
        tc_casualties c;
        if (tc_casualties_extract(s, trigger, &c)) set_casualties(ev, &c);
    }
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

/* The most recent violent event of the story before or at sentence si. */
static struct tc_event *last_violent(tc_doc *d) {
    for (int i = d->nev - 1; i >= 0; i--)
        if (violent(d->ev[i]->code)) return d->ev[i];
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
static void refer_back(tc_doc *d, struct tc_event *prev, const tc_sent *s, int si, int trigger) {
    add_sentence_ref(d, prev, s->index);
    if (!prev->location.has || (prev->location.precision && !strcmp(prev->location.precision, "country"))) {
        struct tc_event tmp = *prev;
        tmp.location.has = false;
        attach(d, &tmp, s, si, trigger);
        if (tmp.location.has) prev->location = tmp.location;
    }
    tc_casualties c;
    if (tc_casualties_extract(s, trigger, &c)) set_casualties(prev, &c);
}

/* Whether noun i modifies another event noun of the sentence ("a failed
   assassination attempt": the attempt is the event). */
static bool modifies_event_noun(const nom_event *ne, int nn, const tc_sent *s, int noun) {
    const tc_tok *t = &s->tok[noun - 1];
    if (!(tc_deprel_is(t, "compound") || tc_deprel_is(t, "amod"))) return false;
    for (int k = 0; k < nn; k++)
        if (ne[k].noun == t->head) return true;
    return false;
}

/*
 * The understood subject of a verb without one: for an open complement
 * ("leading the group to denounce ...") the object of the governing verb,
 * else its subject ("X wants to attack"); for a conjoined verb ("X met Y and
 * condemned Z") the subject of the first conjunct; for an infinitive on a
 * noun ("the group to denounce") that noun.  0 when none.
 */
static int controller(const tc_sent *s, int v) {
    for (int depth = 0; depth < 4 && v >= 1; depth++) {
        const tc_tok *t = &s->tok[v - 1];
        for (int j = 1; j <= s->n; j++)
            if (s->tok[j - 1].head == v && tc_deprel_is(&s->tok[j - 1], "nsubj")) return depth ? j : 0;
        if (t->head >= 1 && tc_deprel_is(t, "acl") && !tc_deprel_is(t, "acl:relcl")) {
            /* "the group to denounce ...": an infinitive on a noun is that noun's doing */
            for (int j = 1; j <= s->n; j++)
                if (s->tok[j - 1].head == v && tc_deprel_is(&s->tok[j - 1], "mark") && tc_lemma_is(&s->tok[j - 1], "to"))
                    return t->head;
            return 0;
        }
        if (tc_deprel_is(t, "advcl") && t->head >= 1 && t->xpos && !strcmp(t->xpos, "VBG")) {
            /* "X attacks a bus, killing one": the participle's doer is the clause's subject */
            bool marked = false;
            for (int j = 1; j <= s->n && !marked; j++)
                marked = s->tok[j - 1].head == v && tc_deprel_is(&s->tok[j - 1], "mark");
            if (marked) return 0;
            v = t->head;
            continue;
        }
        if (!(tc_deprel_is(t, "xcomp") || tc_deprel_is(t, "conj")) || t->head < 1) return 0;
        int h = t->head;
        if (tc_deprel_is(t, "xcomp"))
            for (int j = 1; j <= s->n; j++)
                if (s->tok[j - 1].head == h && tc_deprel_is(&s->tok[j - 1], "obj")) return j;
        v = h;
    }
    return 0;
}

static bool person_word(const tc_tok *t) {
    if (t->upos == TC_UPOS_PRON) return learn_pronoun_kind(t->form) == LEARN_PRON_PERSON;
    static const char *const w[] = {"minister", "president", "spokesman",
                                    "spokeswoman", "spokesperson", "leader", "official", "king", "premier",
                                    "chancellor", "envoy", "ambassador", "commander", "general", "chief"};
    for (size_t i = 0; i < TC_COUNTOF(w); i++)
        if (tc_lemma_is(t, w[i])) return true;
    return false;
}

/* Whether the phrase headed by h names a person (for later pronouns). */
static bool phrase_is_person(tc_doc *d, const tc_sent *s, int h) {
    if (h < 1 || h > s->n) return false;
    const tc_tok *t = &s->tok[h - 1];
    if (t->upos == TC_UPOS_PROPN) {
        int nb, ne;
        bool person = false;
        name_run(s, h, &nb, &ne);
        if (learn_lookup(&d->L, s, nb, ne, &person)) return person;
        for (int j = 1; j <= s->n; j++) /* "Prime Minister X" */
            if (s->tok[j - 1].head == h && person_word(&s->tok[j - 1])) return true;
        return false;
    }
    return person_word(t);
}

/* The actors named in s, in word order (phrase heads the dictionaries or
   the story's memory code). */
static int collect_mentions(tc_doc *d, const tc_sent *s) {
    d->men = tc_arena_alloc(&d->arena, (size_t)(2 * s->n + 2) * sizeof *d->men);
    d->nmen = 0;
    if (!d->men) return TC_NOMEM;
    for (int h = 1; h <= s->n; h++) {
        const tc_tok *t = &s->tok[h - 1];
        if (t->upos != TC_UPOS_PROPN && t->upos != TC_UPOS_NOUN) continue;
        if (tc_deprel_is(t, "compound") || tc_deprel_is(t, "flat") || tc_deprel_is(t, "amod")) continue;
        /* "the Conquest (Fatah) Alliance": a bracketed alias is no actor of its own */
        if (tc_deprel_is(t, "appos") && h > 1 && s->tok[h - 2].form && !strcmp(s->tok[h - 2].form, "(")) continue;
        int b, e;
        np_span(s, h, &b, &e);
        const char *c = code_span(d, s, b, e);
        if (!c && t->upos == TC_UPOS_PROPN) {
            int nb, ne;
            name_run(s, h, &nb, &ne);
            c = learn_lookup(&d->L, s, nb, ne, NULL);
        }
        if (c && *c) d->men[d->nmen++] = (struct mention){h, c, phrase_is_person(d, s, h)};
    }
    return d->arena.oom ? TC_NOMEM : TC_OK;
}

static int cmp_mention(const void *a, const void *b) {
    return ((const struct mention *)a)->tok - ((const struct mention *)b)->tok;
}

/* Adds the coded sources and targets of events to the sentence's mentions;
   true if any was new. */
static bool add_event_mentions(tc_doc *d, const tc_sent *s, const tc_coder_event *ev, int n) {
    bool added = false;
    for (int i = 0; i < n; i++) {
        const int heads[2] = {ev[i].src_head, ev[i].tgt_head};
        const char *codes[2] = {ev[i].source, ev[i].target};
        for (int k = 0; k < 2; k++) {
            if (!heads[k] || !codes[k] || !*codes[k] || d->nmen >= 2 * s->n + 2) continue;
            bool known = false;
            for (int m = 0; m < d->nmen && !known; m++) known = d->men[m].tok == heads[k];
            if (known) continue;
            d->men[d->nmen++] = (struct mention){heads[k], codes[k], phrase_is_person(d, s, heads[k])};
            added = true;
        }
    }
    if (added) qsort(d->men, (size_t)d->nmen, sizeof *d->men, cmp_mention);
    return added;
}

static bool targets_agree(const char *a, const char *b);
static int child_full(const tc_sent *s, int h, const char *rel);

/* ---- intentions and the future -------------------------------------------- */

/* Verbs and adjectives whose to-complement is an intention, not a deed:
   "agreed to provide", "pledged to", "is ready to contribute". */
static bool intent_word(const tc_tok *t) {
    static const char *const w[] = {"agree", "pledge", "promise", "vow", "offer", "plan", "intend", "decide",
                                    "commit", "prepare", "ready", "willing", "prepared", "expect", "set",
                                    "schedule", "aim", "seek", "hope", "propose", "resolve", "undertake",
                                    "threaten", "consider", "want"};
    for (size_t i = 0; i < TC_COUNTOF(w); i++)
        if (tc_lemma_is(t, w[i])) return true;
    return false;
}

/*
 * CAMEO's appeals (02), intentions (03) and demands (10) share one table of
 * what is asked, promised or demanded, read off the act itself: material
 * cooperation 1 (061-064 as x1-x4), diplomatic cooperation 2, aid 3 (071-074
 * as x1-x4), political reform 4 (0831-0834), yielding 5 (081, 082, 084-087
 * as x1-x6), meeting or negotiation 6, mediation 8 (9 for an intent to
 * mediate).  Writes family + that digit (+ sub-digit) into out[5], or the
 * family's bare code when the act has no place in the table.
 */
static void request_code(const char *family, const char *act, char out[5]) {
    char dg = 0, sub = 0;
    size_t n = strlen(act);
    if (!strncmp(act, "06", 2)) { dg = '1'; if (n >= 3 && act[2] >= '1' && act[2] <= '4') sub = act[2]; }
    else if (!strncmp(act, "05", 2)) dg = '2';
    else if (!strncmp(act, "07", 2)) { dg = '3'; if (n >= 3 && act[2] >= '1' && act[2] <= '4') sub = act[2]; }
    else if (!strncmp(act, "083", 3)) { dg = '4'; if (n >= 4 && act[3] >= '1' && act[3] <= '4') sub = act[3]; }
    else if (!strncmp(act, "08", 2)) {
        dg = '5';
        static const char ys[] = "12034560"; /* 081->1, 082->2, 084->3, 085->4, 086->5, 087->6 */
        if (n >= 3 && act[2] >= '1' && act[2] <= '7' && ys[act[2] - '1'] != '0') sub = ys[act[2] - '1'];
    } else if (!strcmp(act, "045") || !strcmp(act, "039")) dg = family[1] == '3' ? '9' : '8';
    else if (!strncmp(act, "04", 2) || !strcmp(act, "036")) dg = '6';
    if (!dg) { snprintf(out, 5, "%s0", family); return; }
    snprintf(out, 5, "%s%c%c", family, dg, sub ? sub : '\0');
    if (!sub) out[3] = 0;
}

/*
 * How CAMEO codes an act announced rather than done: "all cooperative
 * actions reported in future tense ... imply intentions ... to cooperate"
 * (03, by request_code), and "when any conflictual behavior is forecasted
 * using future tense, it is treated as a threat" (13).  Writes the intent or
 * threat form into out[5], or returns false when the code has none
 * (statements, appeals, verbal conflict keep their own code).
 */
static bool intent_code(const char *c, char out[5]) {
    static const char *const threat[][2] = {
        {"14", "133"}, {"161", "1313"}, {"162", "1311"}, {"163", "1312"}, {"164", "134"}, {"165", "135"},
        {"166", "136"}, {"16", "131"}, {"1721", "1321"}, {"1722", "1322"}, {"1723", "1323"}, {"1724", "1324"},
        {"172", "132"}, {"17", "137"}, {"18", "1383"}, {"191", "1381"}, {"192", "1382"}, {"19", "1384"},
        {"20", "138"}};
    if (!strncmp(c, "04", 2) || !strncmp(c, "05", 2) || !strncmp(c, "06", 2) || !strncmp(c, "07", 2) ||
        !strncmp(c, "08", 2)) {
        request_code("03", c, out);
        return true;
    }
    for (size_t i = 0; i < TC_COUNTOF(threat); i++)
        if (!strncmp(c, threat[i][0], strlen(threat[i][0]))) {
            snprintf(out, 5, "%s", threat[i][1]);
            return true;
        }
    return false;
}

/* Whether verb v is announced rather than done: it has "will"/"shall" or
   "going to"/"is to" over it, or it is the to-complement of an intent word.
   *gov is then that intent word (0 for a bare future). */
static bool announced(const tc_sent *s, int v, int *gov) {
    *gov = 0;
    const tc_tok *t = &s->tok[v - 1];
    /* an event noun is announced with its support verb ("agreed to hold talks") */
    if (t->upos != TC_UPOS_VERB && t->head >= 1 && tc_deprel_is(t, "obj") && nom_is_support_verb(&s->tok[t->head - 1])) {
        v = t->head;
        t = &s->tok[v - 1];
    }
    if (t->upos != TC_UPOS_VERB) return false;
    for (int j = 1; j <= s->n; j++) {
        const tc_tok *a = &s->tok[j - 1];
        if (a->head == v && tc_deprel_is(a, "aux") &&
            (tc_lemma_is(a, "will") || tc_lemma_is(a, "shall") || (a->form && !strcmp(a->form, "'ll"))))
            return true;
    }
    if (t->head < 1 || !tc_deprel_is(t, "xcomp")) return false;
    const tc_tok *h = &s->tok[t->head - 1];
    bool to = false;
    for (int j = 1; j <= s->n && !to; j++)
        to = s->tok[j - 1].head == v && tc_deprel_is(&s->tok[j - 1], "mark") && tc_lemma_is(&s->tok[j - 1], "to");
    if (!to) return false;
    if (intent_word(h) || (tc_lemma_is(h, "go") && h->xpos && !strcmp(h->xpos, "VBG")) || tc_lemma_is(h, "be")) {
        *gov = t->head;
        return true;
    }
    return false;
}

/*
 * Events announced rather than done take their intent (03) or threat (13)
 * code, and the intent word's own event ("agreed" as cooperation) is the
 * same act told once: dropped, its source kept where the deed had none.
 */
static void intentions(tc_doc *d, const tc_sent *s, int first) {
    for (int k = first; k < d->nev; k++) {
        struct tc_event *ev = d->ev[k];
        int v = d->ev_anchor[k], gov;
        if (v < 1 || v > s->n || !announced(s, v, &gov)) continue;
        bool threat = gov && tc_lemma_is(&s->tok[gov - 1], "threaten");
        char buf[5];
        const char *c = intent_code(ev->code, buf) ? buf : NULL;
        if (threat && c && c[0] == '0') c = NULL; /* a threat to cooperate is not one */
        if (!c && !threat) continue;
        if (c) {
            ev->code = tc_arena_strndup(&d->arena, c, strlen(c));
            ev->note = "announced, not done: coded as an intention or threat";
        }
        for (int m = first; m < d->nev && gov; m++) {
            if (m == k || d->ev_anchor[m] != gov) continue;
            struct tc_event *g = d->ev[m];
            if (!*ev->source && *g->source) { ev->source = g->source; ev->source_text = g->source_text; ev->source_span = g->source_span; }
            if (!*ev->target && *g->target) { ev->target = g->target; ev->target_text = g->target_text; ev->target_span = g->target_span; }
            if (threat && !c) continue; /* "threatened to X" with X of no threat form: the threat stays */
            for (int j = m; j + 1 < d->nev; j++) {
                d->ev[j] = d->ev[j + 1];
                d->ev_anchor[j] = d->ev_anchor[j + 1];
            }
            d->nev--;
            if (m < k) k--;
            m--;
        }
    }
}

static bool saying_verb(const tc_tok *t) {
    static const char *const w[] = {"say", "declare", "insist", "reiterate", "warn", "stress", "tell", "conclude",
                                    "announce", "state", "add", "argue", "write", "affirm", "maintain"};
    for (size_t i = 0; i < TC_COUNTOF(w); i++)
        if (tc_lemma_is(t, w[i])) return true;
    return false;
}

static void drop_event(tc_doc *d, int m) {
    for (int j = m; j + 1 < d->nev; j++) {
        d->ev[j] = d->ev[j + 1];
        d->ev_anchor[j] = d->ev_anchor[j + 1];
    }
    d->nev--;
}

/*
 * What is asked is not done.  "X urged / called on / demanded that Y
 * <act>": the appeal (02) or demand (10) takes its sub-code from the act
 * (request_code), and the act is no event of its own.  "X said Y must
 * <act>": a demand by X of Y.
 */
/* The complement of saying verb g with "must"/"should" ("said that China
   must drop barriers"), 0 if none. */
static int must_clause(const tc_sent *s, int g) {
    for (int c = 1; c <= s->n; c++) {
        const tc_tok *t = &s->tok[c - 1];
        if (t->head != g || !tc_deprel_is(t, "ccomp")) continue;
        for (int j = 1; j <= s->n; j++) {
            const tc_tok *a = &s->tok[j - 1];
            if (a->head == c && tc_deprel_is(a, "aux") && (tc_lemma_is(a, "must") || tc_lemma_is(a, "should")))
                return c;
        }
    }
    return 0;
}

static void requests(tc_doc *d, const tc_sent *s, int first) {
    /* "X said Y must <act>": X's statement is a demand of Y */
    for (int k = first; k < d->nev; k++) {
        struct tc_event *ev = d->ev[k];
        int g = d->ev_anchor[k];
        if (g < 1 || g > s->n || strncmp(ev->code, "01", 2) || !saying_verb(&s->tok[g - 1])) continue;
        int c = must_clause(s, g);
        if (!c) continue;
        const char *act = "";
        for (int m = first; m < d->nev; m++)
            if (m != k && d->ev_anchor[m] == c) {
                act = d->ev[m]->code;
                drop_event(d, m);
                if (m < k) k--;
                m--;
            }
        char buf[5];
        request_code("10", act, buf);
        ev->code = tc_arena_strndup(&d->arena, buf, strlen(buf));
        ev->note = "demanded, not done";
        int subj = child_full(s, c, "nsubj"), b, e;
        const char *who = subj ? code_phrase(d, s, subj, &b, &e) : NULL;
        if (who && *who) {
            ev->target = who;
            ev->target_text = span_text(&d->arena, s, b, e);
            ev->target_span = ev_span(s, b, e);
            if (!ev->target_text) ev->target_text = "";
        }
    }
    for (int k = first; k < d->nev; k++) {
        struct tc_event *ev = d->ev[k];
        int v = d->ev_anchor[k];
        if (v < 1 || v > s->n || s->tok[v - 1].upos != TC_UPOS_VERB) continue;
        const tc_tok *t = &s->tok[v - 1];
        int g = t->head;
        if (g < 1 || !(tc_deprel_is(t, "xcomp") || tc_deprel_is(t, "ccomp"))) continue;
        /* the governor's event, if it is an appeal or demand */
        int ge = -1;
        for (int m = first; m < d->nev && ge < 0; m++)
            if (m != k && d->ev_anchor[m] == g && (!strncmp(d->ev[m]->code, "02", 2) || !strncmp(d->ev[m]->code, "10", 2)))
                ge = m;
        char buf[5];
        if (ge >= 0) {
            struct tc_event *a = d->ev[ge];
            if (strlen(a->code) == 3 && a->code[2] == '0') { /* a bare appeal or demand: say what is asked */
                request_code(!strncmp(a->code, "02", 2) ? "02" : "10", ev->code, buf);
                a->code = tc_arena_strndup(&d->arena, buf, strlen(buf));
            }
            if (!*a->target && *ev->source) { a->target = ev->source; a->target_text = ev->source_text; a->target_span = ev->source_span; }
            drop_event(d, k);
            k--;
            continue;
        }
    }
}

/* ---- words that report no event -------------------------------------------- */

/* Whether the sentence tells of violence other than event k ("died in the
   attack", "two of the victims died"). */
static bool other_violence(tc_doc *d, const tc_sent *s, int first, int k) {
    for (int m = first; m < d->nev; m++)
        if (m != k && violent(d->ev[m]->code)) return true;
    static const char *const w[] = {"attack", "wound", "injury", "victim", "strike", "shooting", "bombing",
                                    "blast", "explosion", "clash", "fighting", "massacre", "stabbing", "gunfire",
                                    "shelling", "airstrike", "raid", "violence", "casualty", "torture",
                                    "beating", "gunman", "execution"};
    for (int j = 1; j <= s->n; j++)
        for (size_t i = 0; i < TC_COUNTOF(w); i++)
            if (tc_lemma_is(&s->tok[j - 1], w[i])) return true;
    return false;
}

/* Acts done in words (appeal, demand, disapprove, reject, threaten): a
   document's "-ing" participle does them ("a resolution demanding ..."). */
static bool verbal_act(const char *code) {
    static const char *const r[] = {"02", "10", "11", "12", "13"};
    for (size_t i = 0; i < TC_COUNTOF(r); i++)
        if (!strncmp(code, r[i], 2)) return true;
    return false;
}

/*
 * Verbs in a sense that reports no event: a participle describing a noun
 * ("Rwandan-backed rebels", "the Houthi-controlled port", "suspected
 * militants", "talks mediated by Qatar"; but "a declaration demanding ..."
 * is the declaration's demand) unless it tells of violence
 * ("civilians killed in the raid"); "sworn in"; "died" with no violence in
 * the sentence (a death of old age is no attack).
 */
static void not_events(tc_doc *d, const tc_sent *s, int first) {
    for (int k = first; k < d->nev; k++) {
        struct tc_event *ev = d->ev[k];
        int v = d->ev_anchor[k];
        if (v < 1 || v > s->n) continue;
        const tc_tok *t = &s->tok[v - 1];
        bool drop = false;
        /* (when a noun heads the sentence, the participle on it is the verb
           the tagger missed: "The parliament threatened ...") */
        bool noun_root = false;
        for (int j = 1; j <= s->n && !noun_root; j++)
            noun_root = s->tok[j - 1].head == 0 && (s->tok[j - 1].upos == TC_UPOS_NOUN || s->tok[j - 1].upos == TC_UPOS_PROPN);
        if (t->upos == TC_UPOS_VERB && !violent(ev->code) && t->xpos &&
            (!strcmp(t->xpos, "VBN") || !strcmp(t->xpos, "VBG")) &&
            (tc_deprel_is(t, "amod") || tc_deprel_is(t, "compound") ||
             (tc_deprel_is(t, "acl") && !tc_deprel_is(t, "acl:relcl") && !noun_root &&
              (!strcmp(t->xpos, "VBN") || !verbal_act(ev->code)))))
            drop = true;
        if (tc_lemma_is(t, "swear"))
            for (int j = 1; j <= s->n && !drop; j++)
                drop = s->tok[j - 1].head == v && tc_lemma_is(&s->tok[j - 1], "in");
        if (tc_lemma_is(t, "die") && !other_violence(d, s, first, k)) drop = true;
        if (!drop) continue;
        drop_event(d, k);
        k--;
    }
}

/* ---- one attack, one event ------------------------------------------------ */

/* The first child of h with the full relation `rel` ("nsubj:pass"), 0 if none. */
static int child_full(const tc_sent *s, int h, const char *rel) {
    for (int j = 1; j <= s->n; j++)
        if (s->tok[j - 1].head == h && s->tok[j - 1].deprel && !strcmp(s->tok[j - 1].deprel, rel)) return j;
    return 0;
}

static bool passive_verb(const tc_sent *s, int v) {
    return v >= 1 && v <= s->n && s->tok[v - 1].upos == TC_UPOS_VERB &&
           (child_full(s, v, "nsubj:pass") || child_full(s, v, "aux:pass"));
}

/* The "by" phrase of word h ("killed by a sniper", "an attack by gunmen"), 0 if none. */
static int by_phrase(const tc_sent *s, int h) {
    for (int j = 1; j <= s->n; j++) {
        const tc_tok *t = &s->tok[j - 1];
        if (t->head != h) continue;
        if (t->deprel && !strcmp(t->deprel, "obl:agent")) return j;
        if (!tc_deprel_is(t, "obl") && !tc_deprel_is(t, "nmod")) continue;
        for (int k = 1; k <= s->n; k++)
            if (s->tok[k - 1].head == j && tc_deprel_is(&s->tok[k - 1], "case") && tc_lemma_is(&s->tok[k - 1], "by"))
                return j;
    }
    return 0;
}

/* How much a violent code says about the kind of violence: "injured" (182)
   and a bare assault (180) least, a 4-digit code most. */
static int violence_rank(const char *code) {
    if (!strcmp(code, "182") || !strcmp(code, "180")) return 0;
    size_t n = strlen(code);
    return n >= 4 ? 3 : (n == 3 && code[2] != '0') ? 2 : 1;
}

/* Whether word a hangs from word b within a few arcs, or b from a. */
static bool near_in_tree(const tc_sent *s, int a, int b) {
    for (int pass = 0; pass < 2; pass++) {
        int x = pass ? b : a, y = pass ? a : b;
        for (int depth = 0; depth < 3 && x >= 1; depth++) {
            x = s->tok[x - 1].head;
            if (x == y) return true;
        }
    }
    return false;
}

/* Smaller is finer: "point" < "city" < "admin1" < "country". */
static int precision_rank(const char *p) {
    static const char *const order[] = {"point", "city", "admin1", "country"};
    for (size_t i = 0; p && i < TC_COUNTOF(order); i++)
        if (!strcmp(p, order[i])) return (int)i;
    return 9;
}

static bool actors_agree(const char *a, const char *b) {
    if (!*a || !*b || !strcmp(a, b)) return true;
    return strlen(a) >= 3 && strlen(b) >= 3 && !strncmp(a, b, 3) && (strlen(a) == 3 || strlen(b) == 3);
}

/* Violence that two sides do to each other: "clashes", "a shootout". */
static bool reciprocal_word(const tc_tok *t) {
    static const char *const w[] = {"clash", "shootout", "fighting", "fight", "battle", "firefight", "gunfight",
                                    "skirmish", "confrontation", "hostility", "exchange", "gunbattle"};
    for (size_t i = 0; i < TC_COUNTOF(w); i++)
        if (tc_lemma_is(t, w[i])) return true;
    return false;
}

static int case_child(const tc_sent *s, int h, const char *prep) {
    for (int j = 1; j <= s->n; j++)
        if (s->tok[j - 1].head == h && tc_deprel_is(&s->tok[j - 1], "case") && tc_lemma_is(&s->tok[j - 1], prep)) return j;
    return 0;
}

/* The first conjunct of h ("A and B": B), 0 if none. */
static int conj_of(const tc_sent *s, int h) {
    for (int j = h + 1; j <= s->n; j++)
        if (s->tok[j - 1].head == h && tc_deprel_is(&s->tok[j - 1], "conj")) return j;
    return 0;
}

/*
 * The two sides of a fight: "clashes between A and B", "A clashed with B",
 * "A and B clash", "A and B are killed in a shootout".  Each side does the
 * violence to the other, so the event is coded in both directions (the
 * annotation guide's rule for joint actors).  Returns the new event count.
 */
static int fight_sides(tc_doc *d, const tc_sent *s, int si, int first) {
    int n0 = d->nev;
    for (int k = first; k < n0; k++) {
        struct tc_event *ev = d->ev[k];
        int w = d->ev_anchor[k];
        if (!violent(ev->code) || w < 1) continue;
        /* the fight word: the trigger, or a phrase on the trigger verb ("killed in clashes") */
        int f = reciprocal_word(&s->tok[w - 1]) ? w : 0;
        for (int j = 1; j <= s->n && !f; j++)
            if (s->tok[j - 1].head == w && tc_deprel_is(&s->tok[j - 1], "obl") && reciprocal_word(&s->tok[j - 1])) f = j;
        if (!f) continue;
        int a = 0, b = 0;
        for (int j = 1; j <= s->n && !a; j++) /* "between A and B" */
            if (s->tok[j - 1].head == f && (tc_deprel_is(&s->tok[j - 1], "nmod") || tc_deprel_is(&s->tok[j - 1], "obl")) &&
                case_child(s, j, "between") && (b = conj_of(s, j)) != 0)
                a = j;
        if (!a && s->tok[w - 1].upos == TC_UPOS_VERB) {
            int subj = child_full(s, w, "nsubj");
            if (subj) {
                a = subj;
                b = conj_of(s, subj);
                for (int j = 1; j <= s->n && !b; j++) /* "A clashed with B" */
                    if (s->tok[j - 1].head == w && tc_deprel_is(&s->tok[j - 1], "obl") && case_child(s, j, "with")) b = j;
            }
        }
        if (!a) { /* "A and B are killed in a shootout" */
            int v = f == w ? s->tok[w - 1].head : w;
            if (v >= 1 && passive_verb(s, v) && (a = child_full(s, v, "nsubj:pass")) != 0) b = conj_of(s, a);
        }
        if (!a || !b) continue;
        int ab, ae, bb, be;
        const char *ca = code_party(d, s, a, &ab, &ae), *cb = code_party(d, s, b, &bb, &be);
        if (!ca || !cb || !*ca || !*cb) continue;
        ev->source = ca;
        ev->source_text = span_text(&d->arena, s, ab, ae);
        ev->source_span = ev_span(s, ab, ae);
        ev->target = cb;
        ev->target_text = span_text(&d->arena, s, bb, be);
        ev->target_span = ev_span(s, bb, be);
        struct tc_event *r = new_event(d, s, w);
        if (!r) return d->nev;
        *r = *ev;
        r->source = ev->target;
        r->source_text = ev->target_text;
        r->target = ev->source;
        r->target_text = ev->source_text;
        r->source_span = ev->target_span;
        r->target_span = ev->source_span;
        if (!ev->source_text) ev->source_text = "";
        if (!ev->target_text) ev->target_text = "";
        if (!r->source_text) r->source_text = "";
        if (!r->target_text) r->target_text = "";
        (void)si;
    }
    return d->nev;
}

/*
 * One attack, one event.  A sentence reports an attack with several words
 * ("Four people are killed and 14 injured in a Russian missile strike on
 * Kryvyi Rih"): the verbs give the victims, the event noun the attacker and
 * the weapon.  A passive violent verb's victims are its subject and its
 * attacker is its "by" phrase; the violent events of a sentence that hang
 * together in the tree, or whose actors do not disagree, are one event: it
 * takes the most telling code (a weapon's 195 over the verb's 190, anything
 * over "injured"), the attacker and the victims its parts name, and the
 * largest casualty counts.
 */
static void merge_violence(tc_doc *d, const tc_sent *s, int si, int first) {
    for (int k = first; k < d->nev; k++) {
        struct tc_event *ev = d->ev[k];
        int v = d->ev_anchor[k];
        if (!violent(ev->code) || !passive_verb(s, v)) continue;
        int vic = child_full(s, v, "nsubj:pass"), by = by_phrase(s, v), b, e;
        const char *tgt = vic ? code_party(d, s, vic, &b, &e) : NULL;
        if (vic) {
            ev->target = tgt ? tgt : "";
            ev->target_text = tgt ? span_text(&d->arena, s, b, e) : "";
            ev->target_span = tgt ? ev_span(s, b, e) : (tc_span){0, 0, false};
        }
        const char *src = by ? code_party(d, s, by, &b, &e) : NULL;
        ev->source = src ? src : "";
        ev->source_text = src ? span_text(&d->arena, s, b, e) : "";
        ev->source_span = src ? ev_span(s, b, e) : (tc_span){0, 0, false};
        if (!ev->source_text) ev->source_text = "";
        if (!ev->target_text) ev->target_text = "";
    }
    fight_sides(d, s, si, first);
    for (int k = first; k < d->nev; k++) {
        struct tc_event *a = d->ev[k];
        if (!violent(a->code)) continue;
        for (int m = k + 1; m < d->nev; m++) {
            struct tc_event *b = d->ev[m];
            if (!violent(b->code)) continue;
            /* the two directions of a fight stay two events */
            if (*a->source && *a->target && !strcmp(a->source, b->target) && !strcmp(a->target, b->source)) continue;
            bool linked = near_in_tree(s, d->ev_anchor[k], d->ev_anchor[m]);
            bool agree = actors_agree(a->source, b->source) && targets_agree(a->target, b->target);
            if (!linked && !agree) continue;
            if (!actors_agree(a->source, b->source) && !linked) continue;
            /* the event noun names the attacker better than a verb's subject */
            bool b_noun = s->tok[d->ev_anchor[m] - 1].upos != TC_UPOS_VERB;
            bool a_noun = s->tok[d->ev_anchor[k] - 1].upos != TC_UPOS_VERB;
            if (!*a->source || (b_noun && !a_noun && *b->source)) {
                a->source = b->source;
                a->source_text = b->source_text;
                a->source_span = b->source_span;
            }
            if (!*a->target) { a->target = b->target; a->target_text = b->target_text; a->target_span = b->target_span; }
            if (violence_rank(b->code) > violence_rank(a->code) ||
                (violence_rank(b->code) == violence_rank(a->code) && b_noun && !a_noun)) {
                a->code = b->code;
                a->trigger = b->trigger;
                a->trigger_span = b->trigger_span;
            }
            if (b->killed > a->killed) { a->killed = b->killed; a->killed_mod = b->killed_mod; }
            if (b->injured > a->injured) { a->injured = b->injured; a->injured_mod = b->injured_mod; }
            if (b->location.has && (!a->location.has || precision_rank(b->location.precision) < precision_rank(a->location.precision)))
                a->location = b->location; /* the finer place of the two tellings */
            if (!a->date_text && b->date_text) { a->date = b->date; a->date_text = b->date_text; a->date_precision = b->date_precision; }
            /* drop b */
            for (int j = m; j + 1 < d->nev; j++) {
                d->ev[j] = d->ev[j + 1];
                d->ev_anchor[j] = d->ev_anchor[j + 1];
            }
            d->nev--;
            m--;
        }
    }
}

static int code_sentence(tc_doc *d, int si) {
    const tc_engine *e = d->e;
    tc_sent *s = &d->s[si];
    note_speaker(d, s);
    if (e->dicts) {
        bool discard = false;
        tc_code_prep *p = prep_of(d, s);
        if (!p) return TC_NOMEM;
        int rc = tc_code_prep_discard(p, &discard);
        if (rc) return rc;
        if (discard) return TC_OK;
    }
    int first_new = d->nev;
    int rc0 = collect_mentions(d, s);
    if (rc0) return rc0;
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
        struct tc_event *prev = last_violent(d);
        for (int i = 0; i < nn && prev; i++) {
            /* "the attack", "the attack on Gaza" after an attack was told: that attack */
            if (!(ne[i].definite || (ne[i].determined && !ne[i].src)) || !violent(ne[i].code)) continue;
            ne[i].definite = true;
            backref = prev;
            refer_back(d, prev, s, si, ne[i].noun);
            NOTE_VIOLENT(prev);
        }
    }
    /* verbs, through the dictionaries */
    if (e->dicts) {
        tc_code_opts o;
        memset(&o, 0, sizeof o);
        o.date = d->dct;
        o.resolve = resolve;
        o.resolve_ud = d;
        o.keep_partial = true;
        o.agent_codes = true; /* "police", "protesters": their country comes from the context */
        o.keep_self = true;   /* a country's own people and its government: IRQ-IRQ is an event */
        tc_coder_event *cev = NULL;
        int n = 0;
        d->resolved = 0;
        tc_code_prep *p = prep_of(d, s);
        if (!p) return TC_NOMEM;
        int rc = tc_code_prep_sentence(p, &o, &cev, &n);
        if (rc) return rc;
        if (d->resolved && add_event_mentions(d, s, cev, n)) {
            /* the coder's own actors ("the Conquest (Fatah) Alliance") can name
               what a later "the group" means: code again with them known */
            rc = tc_code_prep_sentence(p, &o, &cev, &n);
            if (rc) return rc;
        }
        for (int i = 0; i < n; i++) {
            const tc_coder_event *c = &cev[i];
            bool has_src = c->source && *c->source, has_tgt = c->target && *c->target;
            if (!c->code || !*c->code || !strcmp(c->code, "---")) continue;
            const char *src = has_src ? c->source : NULL;
            int src_head = c->src_head, src_beg = c->src_beg, src_end = c->src_end;
            if (!has_src) {
                /* the verb's own subject, as the story knows it ("thousands of
                   Iraqi Kurds", "police"), else the controller's */
                int k = child_full(s, c->trigger, "nsubj");
                if (k && (src = code_party(d, s, k, &src_beg, &src_end)) != NULL) {
                    has_src = true;
                    src_head = k;
                } else if ((k = controller(s, c->trigger)) != 0 && (src = code_phrase(d, s, k, &src_beg, &src_end)) != NULL) {
                    has_src = true;
                    src_head = k;
                }
            }
            if (!has_src && !has_tgt && !protest(c->code)) continue;
            if (backref && violent(c->code) && !has_src) {
                /* "The attack ... was the first to target the residence": the same attack */
                refer_back(d, backref, s, si, c->trigger);
                continue;
            }
            struct tc_event *ev = new_event(d, s, c->trigger);
            if (!ev) return TC_NOMEM;
            ev->code = c->code;
            if (has_src) ev->source = refine_actor(d, s, src, src_beg, src_end);
            if (has_tgt) ev->target = refine_actor(d, s, c->target, c->tgt_beg, c->tgt_end);
            if (src_beg) ev->source_text = span_text(&d->arena, s, src_beg, src_end);
            if (c->tgt_beg) ev->target_text = span_text(&d->arena, s, c->tgt_beg, c->tgt_end);
            if (src_beg) ev->source_span = ev_span(s, src_beg, src_end);
            if (c->tgt_beg) ev->target_span = ev_span(s, c->tgt_beg, c->tgt_end);
            if (!ev->source_text) ev->source_text = "";
            if (!ev->target_text) ev->target_text = "";
            attach(d, ev, s, si, c->trigger);
            if (has_src) learn_mention(&d->L, ev->source, phrase_is_person(d, s, src_head));
            if (has_tgt) learn_mention(&d->L, ev->target, phrase_is_person(d, s, c->tgt_head));
        }
    }
    /* new events from nouns */
    int verb_end = d->nev;
    for (int i = 0; i < nn; i++) {
        const nom_event *x = &ne[i];
        if (x->definite) continue; /* referred back above, or a non-violent definite */
        if (modifies_event_noun(ne, nn, s, x->noun)) continue;
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
        if (covered >= 0) {
            /* "Russia fires two missiles at Odesa": a weapon used makes the
               verb's reading violent, whatever else the verb may mean */
            struct tc_event *v = d->ev[covered];
            if (violent(x->code) && (!violent(v->code) || violence_rank(x->code) > violence_rank(v->code))) v->code = x->code;
            continue;
        }
        int sb = 0, se = 0, tb = 0, te = 0;
        const char *src = x->src ? code_phrase(d, s, x->src, &sb, &se) : NULL;
        if (!src && violent(x->code)) src = np_actor(d, s, x->noun, &sb, &se);
        const char *tgt = x->tgt ? code_phrase(d, s, x->tgt, &tb, &te) : NULL;
        /* "a ceasefire" with nobody named is no event; an attack by someone
           unknown still is (its place may name the victim) */
        if (!src && !tgt && !violent(x->code) && !protest(x->code)) continue;
        struct tc_event *ev = new_event(d, s, x->trigger);
        if (!ev) return TC_NOMEM;
        ev->code = x->code;
        if (src) ev->source = src;
        if (tgt) ev->target = tgt;
        if (sb) ev->source_text = span_text(&d->arena, s, sb, se);
        if (x->tgt) ev->target_text = span_text(&d->arena, s, tb, te);
        if (sb) ev->source_span = ev_span(s, sb, se);
        if (x->tgt) ev->target_span = ev_span(s, tb, te);
        if (!ev->source_text) ev->source_text = "";
        if (!ev->target_text) ev->target_text = "";
        attach(d, ev, s, si, x->trigger);
        if (x->noun != x->trigger && violent(ev->code)) {
            tc_casualties c;
            if (tc_casualties_extract(s, x->noun, &c)) set_casualties(ev, &c);
        }
    }
    intentions(d, s, first_new);
    requests(d, s, first_new);
    not_events(d, s, first_new);
    merge_violence(d, s, si, first_new);
    for (int k = first_new; k < d->nev; k++)
        if (violent(d->ev[k]->code)) NOTE_VIOLENT(d->ev[k]);
#undef NOTE_VIOLENT
    for (int k = 0; k < d->nmen; k++) learn_mention(&d->L, d->men[k].code, d->men[k].person);
    d->nmen = 0;
    if (nviolent == 1) {
        tc_casualties c;
        if (tc_casualties_extract(s, 0, &c)) set_casualties(violent_here[0], &c);
    }
    /* "Sunday's attack, which left two bodyguards injured": only a sentence
       with a definite attack noun can refer back this way */
    bool definite_attack = false;
    for (int i = 0; i < nn && !definite_attack; i++) definite_attack = ne[i].definite && violent(ne[i].code);
    tc_casualties c;
    int anchor = 0;
    if (definite_attack && tc_casualties_backref(s, &c, &anchor)) {
        struct tc_event *prev = backref;
        for (int k = d->nev - 1; k >= 0 && !prev; k--)
            if (violent(d->ev[k]->code) && !(d->ev[k]->sentence == s->index && d->ev_anchor[k] != anchor))
                prev = d->ev[k];
        if (prev) set_casualties(prev, &c);
    }
    return d->arena.oom ? TC_NOMEM : TC_OK;
}

static bool agent_only(const char *code) { return code && !strncmp(code, "---", 3); }

/*
 * Agents without a country ("police", "protesters", "prosecutors", "a
 * gunman"): a human coder gives them the country of the event's place, or
 * failing that the story's own country -- the country its events happen in
 * most often, else the one its actors belong to most often.  An agent with
 * no such country left is no actor.
 */
static void context_actors(tc_doc *d) {
    const tc_engine *e = d->e;
    const char *main_country = NULL;
    int best = 0;
    for (int pass = 0; pass < 2 && !main_country; pass++)
        for (int i = 0; i < d->nev; i++) {
            const struct tc_event *ev = d->ev[i];
            const char *c = NULL;
            if (pass == 0) c = ev->location.has && ev->location.country ? tc_engine_iso3(e, ev->location.country) : NULL;
            else c = *ev->source && !agent_only(ev->source) && strlen(ev->source) >= 3 ? ev->source : NULL;
            if (!c) continue;
            int k = 0;
            for (int j = 0; j < d->nev; j++) {
                const struct tc_event *o = d->ev[j];
                const char *oc = pass == 0 ? (o->location.has && o->location.country ? tc_engine_iso3(e, o->location.country) : NULL)
                                           : (*o->source && !agent_only(o->source) ? o->source : NULL);
                if (oc && !strncmp(oc, c, 3)) k++;
            }
            if (k > best) { best = k; main_country = c; }
        }
    for (int i = 0; i < d->nev; i++) {
        struct tc_event *ev = d->ev[i];
        /* a crowd nobody names protests where it stands: its country's civilians */
        if (protest(ev->code) && !*ev->source) {
            const char *c = ev->location.has && ev->location.country ? tc_engine_iso3(e, ev->location.country) : NULL;
            if (!c) c = main_country;
            if (c) ev->source = tc_arena_printf(&d->arena, "%.3sCVL", c);
        }
        const char **sides[2] = {&ev->source, &ev->target};
        for (int k = 0; k < 2; k++) {
            if (!agent_only(*sides[k])) continue;
            const char *c = ev->location.has && ev->location.country ? tc_engine_iso3(e, ev->location.country) : NULL;
            if (!c) c = main_country;
            *sides[k] = c ? tc_arena_printf(&d->arena, "%.3s%s", c, *sides[k] + 3) : "";
        }
    }
}

/* Violent events with no target but a place: the place's country is the target. */
static void target_from_place(tc_doc *d) {
    const tc_engine *e = d->e;
    for (int i = 0; i < d->nev; i++) {
        struct tc_event *ev = d->ev[i];
        if (*ev->target || !(violent(ev->code) || protest(ev->code)) || !ev->location.has || !ev->location.country) continue;
        const char *iso3 = tc_engine_iso3(e, ev->location.country);
        if (iso3) ev->target = iso3;
    }
}

static int cmp_str(const char *a, const char *b) { return strcmp(a ? a : "", b ? b : ""); }

/* Targets that can name one victim: equal, one unknown, or a country and an
   actor of that country ("IRQ" and "IRQGOV"). */
static bool targets_agree(const char *a, const char *b) {
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
    if (*a->source || *b->source || !violent(a->code) || !violent(b->code)) return false;
    char da[11], db[11];
    tc_date_format(a->date, da);
    tc_date_format(b->date, db);
    if (strcmp(da, db) || !targets_agree(a->target, b->target)) return false;
    if (a->location.has && b->location.has) {
        double dlat = a->location.lat - b->location.lat, dlon = a->location.lon - b->location.lon;
        if (dlat * dlat + dlon * dlon > 0.25) return false; /* about 50 km */
    }
    return true;
}

/* One event per (source, target, code, date); supporting sentences kept. */
static void dedupe(tc_doc *d) {
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

int tc_doc_code(tc_doc *d, const tc_story *st) {
    if (!d || !st || st->error || !st->text) return TC_MISUSE;
    const tc_engine *e = d->e;
    tc_arena_reset(&d->arena);
    d->ev = NULL;
    d->ev_anchor = NULL;
    d->nev = d->cap = 0;
    d->ns = 0;
    d->story = st;
    d->dct = (tc_date){(int16_t)st->year, (int8_t)st->month, (int8_t)st->day};
    d->episode = (tc_date){0, 0, 0};
    d->episode_precision = "day";
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
        if (e->parser && (rc = tc_nlp_annotate(e->parser, d->nlp, s, &d->arena)) != TC_OK) return rc;
        /* names the dictionaries know, re-parsed where the tagger split them */
        if (e->parser && e->dicts &&
            (rc = tc_code_retag((const tc_dict *)e->dicts, e->parser, d->nlp, s, &d->arena, NULL)) != TC_OK)
            return rc;
        if (e->timerec) {
            /* one timeline per story: "the same day" counts from the last date found */
            size_t cap = 8, nf = 0;
            for (;;) {
                tc_timex *buf = tc_arena_alloc(&d->arena, cap * sizeof *buf);
                if (!buf) return TC_NOMEM;
                tc_time_anchor before = anchor;
                tc_time_find_anchored(e->timerec, s->text, strlen(s->text), d->dct, s, &anchor, buf, cap, &nf);
                if (nf <= cap) { d->tx[i] = buf; d->ntx[i] = nf; break; }
                anchor = before; /* retried with room for all: the timeline must not move twice */
                cap = nf;
            }
        }
    }
    for (int i = 0; i < d->ns; i++) learn_sentence(d, &d->s[i]);
    /* Places are resolved over the story, or over blocks of GEO_BLOCK
       sentences of a longer document: the resolver weighs every place
       against the others (quadratic in the places), and a place hundreds of
       sentences away says little about this one. */
    for (int b0 = 0; b0 < d->ns; b0 += GEO_BLOCK) {
        int b1 = d->ns - b0 > GEO_BLOCK ? b0 + GEO_BLOCK : d->ns;
        d->geo_base = b0;
        if (d->geo) {
            geo_doc_reset(d->geo);
            for (int i = b0; i < b1; i++)
                if ((rc = geo_doc_add_sent(d->geo, &d->s[i])) != TC_OK) return rc;
            if ((rc = geo_doc_resolve(d->geo)) != TC_OK) return rc;
        }
        for (int i = b0; i < b1; i++)
            if ((rc = code_sentence(d, i)) != TC_OK) return rc;
    }
    context_actors(d);
    target_from_place(d);
    dedupe(d);
    for (int i = 0; i < d->nev; i++) fill_ontology(e, d->ev[i]);
    ev_finish(d->ev, d->nev, st->text, st->text_len, &d->arena);
    return d->arena.oom ? TC_NOMEM : TC_OK;
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

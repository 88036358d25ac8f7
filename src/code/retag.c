/*
 * retag.c -- tag corrections the coder's dictionaries can make after our
 * tagger, and the re-parse they call for.
 *
 * The tagger sees words, the dictionaries know names: "Amnesty
 * International" is a multi-word actor entry, yet "International" comes out
 * an adjective and the parser then hangs it off the sentence's verb, so the
 * name never reaches the actor look-up as one phrase.  A run of capitalised
 * words that spells a whole multi-word actor entry (function words such as
 * "of" may stay lower case) is a proper name: its capitalised words that
 * were tagged noun, adjective or verb become proper nouns -- unless it ends
 * in an adjective before a noun, where it is used as an adjective ("West
 * German activists").  Likewise the verb dictionary knows verbs: "a group
 * that tracks the war" with "tracks" a plural noun -- after a relative
 * pronoun and before a determiner only a verb fits, so a form the verb
 * dictionary lists becomes a verb (VBZ); so does an "interjection" between
 * a noun and a determiner ("Arnor and Gondor welcome a resumption", VBP).
 * Only sentences
 * with such a correction are parsed again (tc_nlp_reparse), so the cost is
 * one more parse for the few sentences that need it.
 */
#include "code/retag.h"

#include <stdint.h>
#include <string.h>
#include <strings.h>

static bool capitalised(const char *f) { return f && f[0] >= 'A' && f[0] <= 'Z'; }

/* A capitalised noun, adjective or verb: a word a name may have lost to
   the tagger. */
static bool retaggable(const tc_tok *t) {
    return capitalised(t->form) && (t->upos == TC_UPOS_NOUN || t->upos == TC_UPOS_ADJ || t->upos == TC_UPOS_VERB);
}

/* Whether the parser kept words i..i+len-1 (0-based) together: one of them
   hangs outside, the others inside.  Then the name reaches the coder as one
   phrase whatever its tags ("United" in "United States" comes out ADJ, as
   the amod of "States"), and a re-parse would cost time for nothing. */
static bool one_subtree(const tc_sent *s, int i, int len) {
    int out = 0;
    for (int j = i; j < i + len; j++) {
        int h = s->tok[j].head; /* 1-based */
        if (h < i + 1 || h > i + len) out++;
    }
    return out == 1;
}

/* The words an entry may have in lower case inside a name. */
static bool function_word(const tc_tok *t) {
    return t->upos == TC_UPOS_ADP || t->upos == TC_UPOS_DET || t->upos == TC_UPOS_CCONJ || t->upos == TC_UPOS_PART;
}

/* Dictionary word ids of the sentence's forms, looked up on demand (most
   sentences need none or a few). */
typedef struct idcache {
    const tc_dict *d;
    const tc_sent *s;
    uint32_t *ids; /* UINT32_MAX: not looked up yet */
    int *run;      /* actor_run per start word, -1: not computed yet */
    bool oom;
} idcache;

static uint32_t wid(idcache *c, int j) {
    if (c->ids[j] == UINT32_MAX) {
        const char *f = c->s->tok[j].form ? c->s->tok[j].form : "";
        c->ids[j] = tc_dict_word_oom(c->d, f, strlen(f), &c->oom);
    }
    return c->ids[j];
}

/* Length of the longest multi-word actor entry spelt by the words from i
   (0-based), 0 if none. */
static int actor_run(idcache *c, int i) {
    if (c->run[i] >= 0) return c->run[i]; /* the windows of neighbouring words overlap */
    const tc_dict *d = c->d;
    uint32_t cnt;
    const uint32_t *L = tc_dict_by_first(d, TC_DS_IACTOR, wid(c, i), &cnt);
    int best = 0;
    for (uint32_t k = 0; k < cnt; k++) {
        const uint32_t *e = d->sec[TC_DS_ACTOR] + L[k] * TC_ACTOR_W;
        int len = (int)e[1];
        if (len < 2 || len <= best || i + len > c->s->n) continue;
        const uint32_t *q = d->sec[TC_DS_SEQ] + e[0];
        bool ok = true;
        for (int j = 1; j < len && ok; j++) ok = wid(c, i + j) == q[j];
        if (ok) best = len;
    }
    return c->run[i] = best;
}

/* Where a trailing attribution (", witnesses said.", ", police told
   reporters.") starts: the index of its comma, or n when there is none. */
static int trailing_attribution(const tc_sent *s) {
    int n = s->n, end = n;
    if (end > 0 && s->tok[end - 1].upos == TC_UPOS_PUNCT) end--;
    for (int c = end - 1; c >= 1 && c >= end - 8; c--) {
        const tc_tok *t = &s->tok[c];
        if (!(t->upos == TC_UPOS_PUNCT && t->form && !strcmp(t->form, ","))) continue;
        for (int v = c + 1; v < end; v++) {
            const tc_tok *w = &s->tok[v];
            if (w->upos == TC_UPOS_VERB && w->xpos && !strcmp(w->xpos, "VBD") &&
                (tc_lemma_is(w, "say") || tc_lemma_is(w, "tell") || tc_lemma_is(w, "report") || tc_lemma_is(w, "add")))
                return c;
        }
        break;
    }
    return n;
}

/* A copy of the sentence's tags, put back when the re-parse cannot be done. */
static bool save_tags(const tc_sent *s, tc_arena *a, uint8_t **up, const char ***xp) {
    *up = tc_arena_alloc(a, (size_t)s->n);
    *xp = tc_arena_alloc(a, (size_t)s->n * sizeof **xp);
    if (!*up || !*xp) return false;
    for (int k = 0; k < s->n; k++) {
        (*up)[k] = s->tok[k].upos;
        (*xp)[k] = s->tok[k].xpos;
    }
    return true;
}

/* The cache's arrays, allocated on first need (most sentences have no
   word to ask about).  False when out of memory. */
static bool ic_ready(idcache *c, tc_arena *a) {
    if (c->ids) return true;
    int n = c->s->n;
    c->ids = tc_arena_alloc(a, (size_t)n * sizeof *c->ids);
    c->run = tc_arena_alloc(a, (size_t)n * sizeof *c->run);
    if (!c->ids || !c->run) return false;
    memset(c->ids, 0xff, (size_t)n * sizeof *c->ids);
    memset(c->run, 0xff, (size_t)n * sizeof *c->run); /* -1 */
    return true;
}

/* Whether word j is a one-word verb of the verb dictionary (its listed or
   generated forms). */
static bool dict_verb(idcache *c, int j) {
    const tc_dict *d = c->d;
    uint32_t cnt = 0;
    const uint32_t *L = tc_dict_by_first(d, TC_DS_IVERB, wid(c, j), &cnt);
    for (uint32_t k = 0; k < cnt; k++)
        if (d->sec[TC_DS_VERB][L[k] * TC_VERB_W + 1] == 1) return true;
    return false;
}

/* Whether the tagger's lexicon saw the past tense of base form f ("march":
   "marched", "free": "freed") as a verb: a base form the lexicon knows only
   as a noun or adjective is then a verb too. */
static bool lex_past(const tc_nlp_model *m, const char *f) {
    char b[64];
    size_t l = f ? strlen(f) : 0;
    if (l < 2 || l + 3 > sizeof b) return false;
    memcpy(b, f, l);
    memcpy(b + l, f[l - 1] == 'e' ? "d" : "ed", f[l - 1] == 'e' ? 2 : 3);
    return tc_nlp_lex_has(m, b, "VBD") || tc_nlp_lex_has(m, b, "VBN");
}

/* Verbs CAMEO's codebook codes that the verb dictionary does not list
   ("impeach": 1121, accuse of crime; "sanction": 163, impose sanctions;
   "abduct", "kidnap": 181, abduct or take hostage), which the readings
   code themselves (readings.c, st_legal_acts): a form of one is a verb as
   a dictionary verb is.  Returns the verb tag its ending asks for, NULL if
   it is none; the bare stem is a present tense only for a stem that is no
   noun ("gunmen abduct five chiefs"; "a sanction" is one). */
static const char *own_verb(const tc_tok *t) {
    static const struct { const char *stem; bool bare; } stems[] = {
        {"impeach", false}, {"sanction", false}, {"abduct", true}, {"kidnap", true}};
    if (!t->form) return NULL;
    for (size_t k = 0; k < TC_COUNTOF(stems); k++) {
        size_t l = strlen(stems[k].stem);
        if (strncasecmp(t->form, stems[k].stem, l)) continue;
        const char *e = t->form + l;
        if (!strcmp(e, "ed") || !strcmp(e, "ped")) return "VBD";
        if (!strcmp(e, "es") || !strcmp(e, "s")) return "VBZ";
        if (!*e && stems[k].bare) return "VBP";
    }
    return NULL;
}

/* "Russia and Ukraine blame": the words before i are nouns joined by "and"
   (a plural subject). */
/* Word i becomes a verb with tag xpos when the verb dictionary knows it as
   one (the sentence's tags saved first): 1 if it did, 0 if not, -1 out of
   memory. */
static int make_verb(idcache *ic, tc_arena *a, int i, const char *xpos, uint8_t **old_upos, const char ***old_xpos) {
    if (!ic_ready(ic, a)) return -1;
    bool verb = dict_verb(ic, i);
    if (ic->oom) return -1;
    if (!verb) return 0;
    if (!*old_upos && !save_tags(ic->s, a, old_upos, old_xpos)) return -1;
    ic->s->tok[i].upos = TC_UPOS_VERB;
    ic->s->tok[i].xpos = xpos;
    return 1;
}

static bool conjoined_before(const tc_sent *s, int i) {
    for (int j = i - 1; j >= 1; j--) {
        const tc_tok *t = &s->tok[j];
        /* (a conjunct's own modifiers: "and Indian prime minister Narendra Modi") */
        if (t->upos == TC_UPOS_PROPN || t->upos == TC_UPOS_NOUN || t->upos == TC_UPOS_ADJ) continue;
        if (t->upos != TC_UPOS_CCONJ || !t->lemma || strcmp(t->lemma, "and")) return false;
        /* (a list with a comma before "and": "Estonia, Latvia, and Lithuania") */
        const tc_tok *b = &s->tok[j - 1];
        if (b->form && !strcmp(b->form, ",") && j >= 2) b = &s->tok[j - 2];
        return b->upos == TC_UPOS_PROPN || b->upos == TC_UPOS_NOUN;
    }
    return false;
}

/* "The Houthis claim to have shot down ...": a name in -s after "the" (the
   tagger's NNP, not NNPS) is a plural subject. */
static bool plural_name(const tc_sent *s, int j) {
    const tc_tok *t = &s->tok[j];
    size_t l = t->form ? strlen(t->form) : 0;
    if (j < 1 || t->upos != TC_UPOS_PROPN || l < 4 || t->form[l - 1] != 's' || t->form[l - 2] == 's' || t->form[l - 2] == '\'')
        return false;
    return tc_lemma_is(&s->tok[j - 1], "the");
}

/* "Gunmen from Nigeria kill", "Three ministers of the Government of Israel
   belonging to the party resign": the words before i are a plural noun and
   the prepositional phrases (and participle phrases) that modify it, so the
   subject is that plural noun, not the singular noun before i.  Walks back
   over the words such phrases are made of, at most 14.  Returns 0 if they
   are not, 1 if the phrase right before i is a bare name ("from Nigeria"),
   2 if it is any other ("of the party", "in a bomb": there a word that may
   be a noun is one, "in a bomb attack"). */
static int plural_before_phrase(const tc_sent *s, int i) {
    static const char *const preps[] = {"of", "from", "in", "at", "to", "for", "on", "with"};
    bool crossed = false, name = true;
    for (int j = i - 1, steps = 0; j >= 0 && steps < 14; j--, steps++) {
        const tc_tok *t = &s->tok[j];
        const char *x = t->xpos;
        if (!x) return 0;
        bool plural = !strcmp(x, "NNS") || !strcmp(x, "NNPS");
        if (plural && crossed && j + 1 < i && s->tok[j + 1].upos == TC_UPOS_ADP) return name ? 1 : 2;
        if (t->upos == TC_UPOS_ADP) {
            if (!tc_lemma_in(t, preps, TC_COUNTOF(preps))) return 0;
            crossed = true;
        } else if (!(t->upos == TC_UPOS_NOUN || t->upos == TC_UPOS_PROPN || t->upos == TC_UPOS_ADJ || t->upos == TC_UPOS_DET ||
                     t->upos == TC_UPOS_NUM || !strcmp(x, "POS") || !strcmp(x, "HYPH") || !strcmp(x, "VBG") || !strcmp(x, "VBN")))
            return 0;
        else if (!crossed && t->upos != TC_UPOS_PROPN)
            name = false;
    }
    return 0;
}

/* Conjunctions that open an adverbial clause of time or cause ("after M23
   forces launch an attack"): not "that", "if" or "unless", whose clauses the
   main verb governs. */
static bool adverbial_conj(const tc_tok *t) {
    static const char *const w[] = {"after", "before", "as", "while", "when", "since", "because", "although",
                                    "though", "until", "once", "whereas"};
    for (size_t k = 0; k < TC_COUNTOF(w); k++)
        if (tc_lemma_is(t, w[k])) return true;
    return false;
}

/* Whether tokens [b, lim) end, at the next punctuation mark or the
   sentence's end, in a finite verb with nothing after it: "as the first
   phase of the ceasefire ends." is a clause though the tagger took "as"
   for a preposition ("as part of the mission is killed in ..." is none:
   the verb there is the main clause's, with its own words after it). */
static bool finite_before_comma(const tc_sent *s, int b, int lim) {
    for (int j = b; j < lim; j++) {
        const tc_tok *t = &s->tok[j];
        if (t->upos == TC_UPOS_PUNCT) return false;
        const char *x = t->xpos;
        if (x && (!strcmp(x, "VBZ") || !strcmp(x, "VBD") || !strcmp(x, "VBP")))
            return j + 1 >= s->n || s->tok[j + 1].upos == TC_UPOS_PUNCT;
    }
    return false;
}

enum { RT_TAGS = 1, RT_TREE = 2, RT_PARSE = 4 };

static int retag(const tc_dict *d, const tc_nlp_model *m, tc_nlp_work *w, tc_sent *s, tc_arena *a, bool *changed,
                 int phases) {
    if (changed) *changed = false;
    if (!d || !m || (!w && (phases & RT_PARSE)) || !s || s->n < 2)
        return d && m && (w || !(phases & RT_PARSE)) && s ? TC_OK : TC_MISUSE;
    int n = s->n;
    idcache ic = {d, s, NULL, NULL, false};
    uint8_t *old_upos = NULL;
    const char **old_xpos = NULL;
    int nfix = 0;
    if (phases & RT_TREE) {
    /* each capitalised noun, adjective or verb: is it inside a name (an
       entry starting at most 5 words before it)? */
    for (int r = 0; r < n; r++) {
        const tc_tok *t = &s->tok[r];
        if (!retaggable(t)) continue;
        if (!ic_ready(&ic, a)) return TC_NOMEM;
        int i = -1, len = 0;
        for (int b = r >= 5 ? r - 5 : 0; b <= r; b++) {
            if (!capitalised(s->tok[b].form)) continue;
            int l = actor_run(&ic, b);
            if (ic.oom) return TC_NOMEM;
            if (b + l > r && l > len) { i = b; len = l; }
        }
        if (!len) continue;
        bool name = true;
        for (int j = i; j < i + len && name; j++) name = capitalised(s->tok[j].form) || function_word(&s->tok[j]);
        /* "West German world government activists": a name ending in an
           adjective before a noun is used as an adjective there */
        if (s->tok[i + len - 1].upos == TC_UPOS_ADJ && i + len < n &&
            (s->tok[i + len].upos == TC_UPOS_NOUN || s->tok[i + len].upos == TC_UPOS_PROPN))
            name = false;
        if (!name || one_subtree(s, i, len)) {
            r = i + len - 1;
            continue;
        }
        for (int j = i; j < i + len; j++) {
            tc_tok *u = &s->tok[j];
            if (!retaggable(u)) continue;
            if (!old_upos && !save_tags(s, a, &old_upos, &old_xpos)) return TC_NOMEM;
            bool plural = u->xpos && (!strcmp(u->xpos, "NNS") || !strcmp(u->xpos, "NNPS"));
            u->upos = TC_UPOS_PROPN;
            u->xpos = plural ? "NNPS" : "NNP";
            nfix++;
        }
        r = i + len - 1;
    }
    }
    if (phases & RT_TAGS) {
    /* "IS–Somalia militants", "ISIS-K fighters" with "IS" a verb and "K" a
       name of its own: capitalised words joined by a hyphen or dash with no
       space are one name (the words proper nouns, the dash its hyphen) */
    for (int i = 0; i + 2 < n; i++) {
        tc_tok *x = &s->tok[i], *h = &s->tok[i + 1], *y = &s->tok[i + 2];
        if (!h->form || !(!strcmp(h->form, "-") || !strcmp(h->form, "\xe2\x80\x93"))) continue;
        if (x->end != h->beg || h->end != y->beg || !capitalised(x->form) || !capitalised(y->form)) continue;
        if (x->upos == TC_UPOS_PROPN && y->upos == TC_UPOS_PROPN) continue;
        /* an all-capital acronym before the dash ("IS", "ISIS") makes it a
           name; "Israel-Hamas" and "Al-Shabaab" come out names already */
        bool acronym = true;
        for (const char *c = x->form; *c && acronym; c++) acronym = (*c >= 'A' && *c <= 'Z') || (*c >= '0' && *c <= '9');
        /* "the Iranian–Russian Treaty": two capitalised adjectives joined
           by a dash with no space are one compound modifier, the dash its
           hyphen (not a colon ending the phrase before it) */
        bool adjs = x->upos == TC_UPOS_ADJ && y->upos == TC_UPOS_ADJ && h->upos == TC_UPOS_PUNCT &&
                    !(h->xpos && !strcmp(h->xpos, "HYPH"));
        if (!acronym && !adjs) continue;
        if (!old_upos && !save_tags(s, a, &old_upos, &old_xpos)) return TC_NOMEM;
        if (acronym) {
            x->upos = y->upos = TC_UPOS_PROPN;
            x->xpos = y->xpos = "NNP";
            h->upos = TC_UPOS_PUNCT;
        }
        h->xpos = "HYPH";
        nfix++;
        i += 2;
    }
    }
    if (phases & RT_TAGS) {
    /* "M23 rebels" with "M23" a verb: a word of letters and digits is a name */
    for (int i = 0; i < n; i++) {
        tc_tok *u = &s->tok[i];
        if (u->upos != TC_UPOS_VERB && u->upos != TC_UPOS_ADJ && u->upos != TC_UPOS_NUM) continue;
        bool digit = false, upper = false, lower = false;
        for (const char *c = u->form; c && *c; c++) {
            if (*c >= '0' && *c <= '9') digit = true;
            else if (*c >= 'A' && *c <= 'Z') upper = true;
            else if (*c >= 'a' && *c <= 'z') lower = true;
        }
        /* "M23", "3R", "F-16" (not "1990s", "4th", "9am"); and an acronym
           of capitals the tagger made a verb ("an IED attack", lemma "y" as
           of "-ied") */
        size_t len = u->form ? strlen(u->form) : 0;
        bool acronym = !digit && upper && !lower && len >= 2 && u->upos == TC_UPOS_VERB;
        if (!acronym && (!digit || !upper || lower)) continue;
        if (!old_upos && !save_tags(s, a, &old_upos, &old_xpos)) return TC_NOMEM;
        u->upos = TC_UPOS_PROPN;
        u->xpos = "NNP";
        nfix++;
    }
    }
    if (phases & RT_TAGS) {
    /* "An armed civilian shoots and kills the perpetrator", "A man stabs and
       seriously injures a woman", "The media
       reports that ...": a plural noun conjoined with a present-tense verb,
       or followed by a complementiser "that" after a noun, is that verb's
       present tense when the verb dictionary knows the form */
    for (int i = 1; i + 2 < n; i++) {
        tc_tok *u = &s->tok[i];
        const tc_tok *p = &s->tok[i - 1], *q = &s->tok[i + 1], *r = &s->tok[i + 2];
        if (u->upos != TC_UPOS_NOUN || !u->xpos || strcmp(u->xpos, "NNS") || capitalised(u->form)) continue;
        /* (an adverb on the second verb: "stabs and seriously injures") */
        if (r->upos == TC_UPOS_ADV && i + 3 < n) r = &s->tok[i + 3];
        bool conj = q->upos == TC_UPOS_CCONJ && r->upos == TC_UPOS_VERB && r->xpos && !strcmp(r->xpos, "VBZ");
        bool that = q->lemma && !strcmp(q->lemma, "that") &&
                    (p->upos == TC_UPOS_NOUN || p->upos == TC_UPOS_PROPN || p->upos == TC_UPOS_ADV);
        if (!conj && !that) continue;
        if (p->upos == TC_UPOS_DET || p->upos == TC_UPOS_ADJ || (p->xpos && !strcmp(p->xpos, "PRP$"))) continue;
        if (!conj && !tc_nlp_lex_has(m, u->form, "VBZ")) continue;
        int made = make_verb(&ic, a, i, "VBZ", &old_upos, &old_xpos);
        if (made < 0) return TC_NOMEM;
        nfix += made;
    }
    }
    if (phases & RT_TAGS) {
    /* "Starmer and Modi announce they have signed", "the minister says he
       ...": a verb of saying the tagger made a noun, after a name and
       before a subject pronoun, is that verb (present tense) */
    static const char *const say[] = {"announce", "say", "claim", "confirm", "warn", "insist", "declare",
                                       "state", "report", "deny", "admit", "allege", "vow", "pledge"};
    for (int i = 1; i + 1 < n; i++) {
        tc_tok *u = &s->tok[i];
        const tc_tok *p = &s->tok[i - 1], *q = &s->tok[i + 1];
        if (u->upos != TC_UPOS_NOUN || !u->xpos || capitalised(u->form) || p->upos != TC_UPOS_PROPN) continue;
        if (q->upos != TC_UPOS_PRON || !q->lemma ||
            !(!strcmp(q->lemma, "they") || !strcmp(q->lemma, "he") || !strcmp(q->lemma, "she") || !strcmp(q->lemma, "we")))
            continue;
        bool sv = false;
        for (size_t k = 0; k < TC_COUNTOF(say) && !sv; k++) sv = tc_lemma_is(u, say[k]);
        if (!sv) continue;
        int made = make_verb(&ic, a, i, !strcmp(u->xpos, "NNS") ? "VBZ" : "VBP", &old_upos, &old_xpos);
        if (made < 0) return TC_NOMEM;
        nfix += made;
    }
    }
    if (phases & RT_TAGS) {
    /* "signs an executive order imposing sanctions" with "imposing" an
       adjective: a word in -ing right after an order or decree that
       something signs or issues, before a noun or determiner, is the
       participle of the verb the dictionary knows (what the order does) */
    static const char *const instr[] = {"order", "decree", "proclamation", "directive"};
    for (int i = 2; i + 1 < n; i++) {
        tc_tok *u = &s->tok[i];
        const tc_tok *p = &s->tok[i - 1], *q = &s->tok[i + 1];
        size_t len = u->form ? strlen(u->form) : 0;
        if ((u->upos != TC_UPOS_ADJ && u->upos != TC_UPOS_NOUN) || len < 5 || strcmp(u->form + len - 3, "ing")) continue;
        if (!tc_lemma_in(p, instr, TC_COUNTOF(instr)) || p->upos != TC_UPOS_NOUN) continue;
        if (q->upos != TC_UPOS_NOUN && q->upos != TC_UPOS_PROPN && q->upos != TC_UPOS_DET && q->upos != TC_UPOS_ADJ)
            continue;
        bool signer = false;
        for (int j = 0; j < i - 1 && !signer; j++)
            signer = s->tok[j].upos == TC_UPOS_VERB && (tc_lemma_is(&s->tok[j], "sign") || tc_lemma_is(&s->tok[j], "issue"));
        if (!signer) continue;
        int made = make_verb(&ic, a, i, "VBG", &old_upos, &old_xpos);
        if (made < 0) return TC_NOMEM;
        nfix += made;
    }
    }
    if (phases & RT_TAGS) {
    /* "a group that tracks the war" with "tracks" a plural noun: after a
       relative pronoun and before a determiner only a verb fits, and the
       verb dictionary knows the form as one; "Arnor and Gondor welcome a
       resumption" with "welcome" an interjection: after a noun and before
       a determiner, the same */
    for (int i = 1; i + 1 < n; i++) {
        tc_tok *u = &s->tok[i];
        const tc_tok *p = &s->tok[i - 1], *q = &s->tok[i + 1];
        bool intj = u->upos == TC_UPOS_INTJ && (p->upos == TC_UPOS_NOUN || p->upos == TC_UPOS_PROPN);
        if (!intj) {
            if (u->upos != TC_UPOS_NOUN || !u->xpos || strcmp(u->xpos, "NNS") || p->upos != TC_UPOS_PRON) continue;
            if (!p->xpos || (strcmp(p->xpos, "WDT") && strcmp(p->xpos, "WP"))) continue;
        }
        if (q->upos != TC_UPOS_DET && !(q->xpos && !strcmp(q->xpos, "PRP$"))) continue;
        int made = make_verb(&ic, a, i, intj ? "VBP" : "VBZ", &old_upos, &old_xpos);
        if (made < 0) return TC_NOMEM;
        nfix += made;
    }
    }
    if (phases & RT_TAGS) {
    /* "Ukraine says that it shot down 95 drones" with "shot" a noun: no noun
       follows a subject pronoun (he, she, it, we, they), so a word tagged a
       noun right after one, which the tagger's lexicon saw as a finite verb
       (a past tense, or a participle only: "shot"; -s after he/she/it) and
       the verb dictionary knows, is that verb */
    for (int i = 1; i + 1 < n; i++) {
        tc_tok *u = &s->tok[i];
        const tc_tok *p = &s->tok[i - 1];
        static const char *const subj[] = {"he", "she", "it", "we", "they"};
        if (u->upos != TC_UPOS_NOUN || capitalised(u->form) || p->upos != TC_UPOS_PRON || !p->form) continue;
        bool sg = false, pron = false;
        for (size_t k = 0; k < TC_COUNTOF(subj) && !pron; k++)
            if (!strcasecmp(p->form, subj[k])) pron = true, sg = k < 3;
        if (!pron) continue;
        const char *x = NULL;
        if (tc_nlp_lex_has(m, u->form, "VBD") || tc_nlp_lex_has(m, u->form, "VBN")) x = "VBD";
        else if (sg && tc_nlp_lex_has(m, u->form, "VBZ")) x = "VBZ";
        else if (!sg && tc_nlp_lex_has(m, u->form, "VBP")) x = "VBP";
        if (!x) continue;
        int made = make_verb(&ic, a, i, x, &old_upos, &old_xpos);
        if (made < 0) return TC_NOMEM;
        nfix += made;
        /* (its particle, which the tagger took for a preposition of the
           noun: "shot down 95 of 143 drones") */
        tc_tok *q = &s->tok[i + 1];
        static const char *const prt[] = {"down", "up", "off", "out"};
        if (made && q->upos == TC_UPOS_ADP && tc_lemma_in(q, prt, TC_COUNTOF(prt))) q->xpos = "RP"; /* (UD: ADP, RP) */
    }
    /* "Police arrived and shot him dead" with "shot" a noun: a word after
       "and" that follows a finite verb, before an object pronoun ("him",
       "them") or a determiner, is a second verb of the same tense when the
       tagger's lexicon has the form with that tag and the verb dictionary
       knows it */
    for (int i = 2; i + 1 < n; i++) {
        tc_tok *u = &s->tok[i];
        const tc_tok *v = &s->tok[i - 2], *cc = &s->tok[i - 1], *q = &s->tok[i + 1];
        if (u->upos != TC_UPOS_NOUN || capitalised(u->form) || !tc_lemma_is(cc, "and")) continue;
        if (v->upos != TC_UPOS_VERB || !v->xpos ||
            (strcmp(v->xpos, "VBD") && strcmp(v->xpos, "VBZ") && strcmp(v->xpos, "VBP")))
            continue;
        static const char *const objp[] = {"him", "her", "them", "us", "me"};
        bool obj = q->upos == TC_UPOS_DET;
        for (size_t k = 0; k < TC_COUNTOF(objp) && !obj; k++) obj = q->form && !strcasecmp(q->form, objp[k]);
        /* (a past tense the lexicon saw only as a participle: "shot") */
        bool past = !strcmp(v->xpos, "VBD") && tc_nlp_lex_has(m, u->form, "VBN");
        if (!obj || !(tc_nlp_lex_has(m, u->form, v->xpos) || past)) continue;
        int made = make_verb(&ic, a, i, v->xpos, &old_upos, &old_xpos);
        if (made < 0) return TC_NOMEM;
        nfix += made;
    }
    }
    if (phases & RT_TREE) {
    /* "Police say gunmen killed five people": after a verb of saying, a
       noun and a past participle with an object of its own read as the
       saying verb's object and a reduced relative on it -- a participle
       with an object, no auxiliary and a past tense form is the reported
       clause's verb, the noun its subject. */
    for (int i = 2; i + 1 < n; i++) {
        tc_tok *u = &s->tok[i];
        if (u->upos != TC_UPOS_VERB || !u->xpos || strcmp(u->xpos, "VBN") || !u->deprel || strcmp(u->deprel, "acl"))
            continue;
        int h = u->head;
        if (h != i || h < 1) continue; /* on the word right before it */
        const tc_tok *np = &s->tok[h - 1];
        if (!np->deprel || strcmp(np->deprel, "obj") || np->head < 1) continue;
        const tc_tok *sv = &s->tok[np->head - 1];
        if (sv->upos != TC_UPOS_VERB || !(tc_lemma_is(sv, "say") || tc_lemma_is(sv, "tell") || tc_lemma_is(sv, "report") ||
                                          tc_lemma_is(sv, "claim") || tc_lemma_is(sv, "confirm")))
            continue;
        bool obj = false, aux = false;
        for (int j = 1; j <= n; j++) {
            const tc_tok *c = &s->tok[j - 1];
            if (c->head != i + 1) continue;
            if (c->deprel && !strcmp(c->deprel, "obj")) obj = true;
            if (c->deprel && !strncmp(c->deprel, "aux", 3)) aux = true;
        }
        if (!obj || aux || !tc_nlp_lex_has(m, u->form, "VBD")) continue;
        if (!old_upos && !save_tags(s, a, &old_upos, &old_xpos)) return TC_NOMEM;
        u->xpos = "VBD";
        nfix++;
    }
    }
    if (phases & RT_TAGS) {
    /* "Israeli Air Force jets launch airstrikes on Beirut", "Pakistan Air
       Force warplanes launch airstrikes" with "jets" a present tense and
       "launch" a noun compound of the object: a plural in -s after a noun,
       which the verb dictionary does not know as a verb, followed by a bare
       common noun it does know (and the tagger's lexicon knows as a base
       form) before the object's words, is the subject's head noun, and the
       base form is the verb ("Israel strikes target sites" keeps its verb:
       "strikes" is a dictionary verb) */
    for (int i = 1; i + 2 < n; i++) {
        tc_tok *u = &s->tok[i], *q = &s->tok[i + 1];
        const tc_tok *p = &s->tok[i - 1], *r = &s->tok[i + 2];
        size_t fl = u->form ? strlen(u->form) : 0;
        if (u->upos != TC_UPOS_VERB || !u->xpos || strcmp(u->xpos, "VBZ") || capitalised(u->form) || fl < 4 ||
            u->form[fl - 1] != 's')
            continue;
        if (p->upos != TC_UPOS_NOUN && p->upos != TC_UPOS_PROPN) continue;
        if (q->upos != TC_UPOS_NOUN || !q->xpos || strcmp(q->xpos, "NN") || capitalised(q->form)) continue;
        if (r->upos != TC_UPOS_NOUN && r->upos != TC_UPOS_DET && r->upos != TC_UPOS_NUM && r->upos != TC_UPOS_ADJ &&
            r->upos != TC_UPOS_PROPN)
            continue;
        if (!(tc_nlp_lex_has(m, u->form, "NNS") || !tc_nlp_lex_has(m, u->form, "VBZ")) ||
            !(tc_nlp_lex_has(m, q->form, "VBP") || tc_nlp_lex_has(m, q->form, "VB")))
            continue;
        if (!ic_ready(&ic, a)) return TC_NOMEM;
        bool uverb = dict_verb(&ic, i), qverb = dict_verb(&ic, i + 1);
        if (ic.oom) return TC_NOMEM;
        if (uverb || !qverb) continue;
        if (!old_upos && !save_tags(s, a, &old_upos, &old_xpos)) return TC_NOMEM;
        u->upos = TC_UPOS_NOUN;
        u->xpos = "NNS";
        q->upos = TC_UPOS_VERB;
        q->xpos = "VBP";
        nfix++;
    }
    }
    if (phases & RT_TAGS) {
    /* "A Russian missile strike on an industrial park kills four people",
       "A gunman shot 20 people": news summaries are written in the present
       tense, and a verb after a long subject (or after a noun it could
       compound with) comes out a noun, so the sentence has no finite verb
       at all.  Every sentence has one: the first common noun that the verb
       dictionary knows as a verb and that training saw as a verb form (VBD
       or VBN: a past tense then, with a subject before it; VBZ; a plural in
       -s is taken as VBZ; a base form after a plural noun, VBP), after the end of a noun
       phrase (not after a determiner or adjective, which make it a noun:
       "the kills", "Maoist rebels") and before what may follow a verb,
       becomes that verb. */
    {
        /* a trailing attribution (", witnesses said.") is a clause of its
           own: the words before it need their own finite verb */
        int lim_all = trailing_attribution(s);
        /* ... and so is a clause a subordinating conjunction opens ("after
           M23 forces launch a mortar attack"): each span from one to the
           next needs a finite verb of its own.  ("when", which the tagger
           makes an adverb (WRB), opens one too: "a police officer is killed
           when an improvised explosive device strikes a vehicle".) */
        for (int seg = 0, lim; seg < lim_all; seg = lim) {
        lim = lim_all;
        for (int b = seg + 1; b < lim_all; b++)
            if ((s->tok[b].upos == TC_UPOS_SCONJ || (s->tok[b].upos == TC_UPOS_ADP && finite_before_comma(s, b + 1, lim_all)) ||
                 (s->tok[b].upos == TC_UPOS_ADV && tc_lemma_is(&s->tok[b], "when"))) &&
                adverbial_conj(&s->tok[b])) { lim = b; break; }
        /* The main clause ends where a clause of its own opens: a relative
           pronoun or "that" ("withdraws from the partnership, a program
           that helps ..."), a participle after a comma (", saying it is
           ..."), or "and" before a finite verb ("orders the closure ... and
           recalls"; a conjoined predicate has a first one).  A finite verb
           there does not give the main clause its own: the words before
           the opener are searched first, then (when the whole span has no
           finite verb) the whole span. */
        int main_end = lim;
        for (int b = seg + 1; b < lim && main_end == lim; b++) {
            const tc_tok *t = &s->tok[b];
            const char *x = t->xpos;
            if (x && (!strcmp(x, "WDT") || !strcmp(x, "WP") || (!strcmp(x, "IN") && tc_lemma_is(t, "that"))))
                main_end = b;
            else if (x && !strcmp(x, "VBG") && s->tok[b - 1].form && !strcmp(s->tok[b - 1].form, ","))
                main_end = b - 1;
            else if (t->upos == TC_UPOS_CCONJ && b + 1 < lim && s->tok[b + 1].xpos &&
                     (!strcmp(s->tok[b + 1].xpos, "VBZ") || !strcmp(s->tok[b + 1].xpos, "VBD")))
                main_end = b;
        }
        int whole = lim;
        for (int pass = 0; pass < 2; pass++) {
        if (pass == 1 && main_end == whole) break;
        lim = pass ? whole : main_end;
        bool finite = false;
        for (int i = seg; i < lim && !finite; i++) {
            const char *x = s->tok[i].xpos;
            finite = x && (!strcmp(x, "VBZ") || !strcmp(x, "VBD") || !strcmp(x, "VBP") || !strcmp(x, "MD"));
        }
        if (pass == 1 && finite) break;
        int nfix0 = nfix;
        /* "The Israeli military carry out six airstrikes" tagged "military"
           adjective and "carry" a bare infinitive: a base form with no "to",
           modal or auxiliary before it, after a noun phrase, is a present
           tense, and an adjective ending that phrase after its determiner is
           its head noun */
        for (int i = seg + 2; i < lim && i + 1 < whole && !finite; i++) {
            tc_tok *u = &s->tok[i];
            tc_tok *p = &s->tok[i - 1];
            if (u->upos != TC_UPOS_VERB || !u->xpos || strcmp(u->xpos, "VB")) continue;
            bool noun = p->upos == TC_UPOS_NOUN || p->upos == TC_UPOS_PROPN;
            bool adj_head = p->upos == TC_UPOS_ADJ && !capitalised(p->form) && tc_nlp_lex_has(m, p->form, "NN");
            if (adj_head) {
                int j = i - 2;
                while (j >= 0 && s->tok[j].upos == TC_UPOS_ADJ) j--;
                adj_head = j >= 0 && s->tok[j].upos == TC_UPOS_DET;
            }
            if (!noun && !adj_head) continue;
            if (!old_upos && !save_tags(s, a, &old_upos, &old_xpos)) return TC_NOMEM;
            if (adj_head) {
                p->upos = TC_UPOS_NOUN;
                p->xpos = "NN";
            }
            u->xpos = "VBP";
            nfix++;
            finite = true;
        }
        for (int i = seg + 1; i < lim && i + 1 < whole && !finite; i++) {
            tc_tok *u = &s->tok[i];
            const tc_tok *p = &s->tok[i - 1], *q = &s->tok[i + 1];
            /* "Thousands of Kurds demonstrated in Kirkuk": a past participle
               right after the subject is the past tense */
            bool vbn = u->upos == TC_UPOS_VERB && u->xpos && !strcmp(u->xpos, "VBN") &&
                       (p->upos == TC_UPOS_NOUN || p->upos == TC_UPOS_PROPN) &&
                       (tc_nlp_lex_has(m, u->form, "VBD") || own_verb(u));
            /* (an "adjective" the tagger's lexicon never saw as one: "M23
               rebels and Rwandan troops seize control of ...") */
            bool adj = u->upos == TC_UPOS_ADJ && (!tc_nlp_lex_has(m, u->form, "JJ") || own_verb(u));
            /* ("Israeli forces open fire on a crowd": an adjective that is
               also a base-form verb, after a plural subject and before its
               object) */
            /* ("Al-Shabaab militants reportedly seize control": an adverb
               between them; "Hamas free eight hostages": a name, with a
               number or determiner opening the object) */
            const tc_tok *sb = p->upos == TC_UPOS_ADV && i >= 2 ? &s->tok[i - 2] : p;
            bool plural_before = sb->xpos && (!strcmp(sb->xpos, "NNS") || !strcmp(sb->xpos, "NNPS"));
            if (!adj && u->upos == TC_UPOS_ADJ && plural_before && tc_nlp_lex_has(m, u->form, "VBP") &&
                (q->upos == TC_UPOS_NOUN || q->upos == TC_UPOS_DET || q->upos == TC_UPOS_NUM))
                adj = true;
            bool name_adj = !adj && u->upos == TC_UPOS_ADJ && p->upos == TC_UPOS_PROPN &&
                            (tc_nlp_lex_has(m, u->form, "VBP") || tc_nlp_lex_has(m, u->form, "VB") || lex_past(m, u->form)) &&
                            (q->upos == TC_UPOS_DET || q->upos == TC_UPOS_NUM);
            if (name_adj) adj = true;
            if ((u->upos != TC_UPOS_NOUN && !vbn && !adj) || !u->xpos || capitalised(u->form)) continue;
            const char *x = NULL;
            size_t fl = u->form ? strlen(u->form) : 0;
            if (own_verb(u)) x = own_verb(u);
            else if (vbn || tc_nlp_lex_has(m, u->form, "VBD") || tc_nlp_lex_has(m, u->form, "VBN")) x = "VBD";
            else if (tc_nlp_lex_has(m, u->form, "VBZ") ||
                     (!strcmp(u->xpos, "NNS") && fl >= 3 && u->form[fl - 1] == 's' && u->form[fl - 2] != 's'))
                x = "VBZ";
            else if (((p->xpos && (!strcmp(p->xpos, "NNS") || !strcmp(p->xpos, "NNPS") || conjoined_before(s, i) || plural_name(s, i - 1) ||
                                   (p->lemma && (!strcmp(p->lemma, "police") || !strcmp(p->lemma, "people"))))) ||
                      plural_before || name_adj) &&
                     (tc_nlp_lex_has(m, u->form, "VBP") || tc_nlp_lex_has(m, u->form, "VB") ||
                      !tc_nlp_lex_has(m, u->form, "NN") || lex_past(m, u->form)))
                x = "VBP"; /* "Police arrest two suspects", "Russia and Ukraine blame each other" */
            else if ((p->upos == TC_UPOS_PROPN || p->upos == TC_UPOS_NOUN) &&
                     (tc_nlp_lex_has(m, u->form, "VBP") || tc_nlp_lex_has(m, u->form, "VB"))) {
                int pp = plural_before_phrase(s, i);
                if (pp == 1 || (pp == 2 && !tc_nlp_lex_has(m, u->form, "NN")))
                    x = "VBP"; /* "Gunmen from Nigeria kill five soldiers" */
            }
            if (!x) continue;
            /* "The Congolese military launches", "The U.S. military
               launches": an adjective the lexicon knows as a noun, ending a
               phrase after its determiner (and names), is its noun */
            bool adj_head = p->upos == TC_UPOS_ADJ && !capitalised(p->form) && tc_nlp_lex_has(m, p->form, "NN");
            if (adj_head) {
                int j = i - 2;
                while (j >= 0 && (s->tok[j].upos == TC_UPOS_ADJ || s->tok[j].upos == TC_UPOS_PROPN)) j--;
                adj_head = j >= 0 && s->tok[j].upos == TC_UPOS_DET;
            }
            bool after_np = adj_head || p->upos == TC_UPOS_NOUN || p->upos == TC_UPOS_PROPN || p->upos == TC_UPOS_PRON ||
                            p->upos == TC_UPOS_NUM || p->upos == TC_UPOS_ADV ||
                            (p->upos == TC_UPOS_PUNCT && p->form && (!strcmp(p->form, ",") || !strcmp(p->form, ")")));
            bool before_arg = q->upos == TC_UPOS_DET || q->upos == TC_UPOS_NUM || q->upos == TC_UPOS_ADP ||
                              q->upos == TC_UPOS_PROPN || q->upos == TC_UPOS_PRON || q->upos == TC_UPOS_ADJ ||
                              q->upos == TC_UPOS_ADV || q->upos == TC_UPOS_PART || q->upos == TC_UPOS_SYM ||
                              q->upos == TC_UPOS_NOUN || q->upos == TC_UPOS_SCONJ ||
                              /* an intransitive verb ends its clause: "the prime minister resigns." */
                              (q->upos == TC_UPOS_PUNCT && q->form && (!strcmp(q->form, ".") || !strcmp(q->form, ",")));
            if (!after_np || !before_arg) continue;
            if (!ic_ready(&ic, a)) return TC_NOMEM;
            /* ("A deadly battle between A and B results in the killing of
               57 militants": "result in", the verb of a consequence, which
               the verb dictionary has no code for, is the clause's verb all
               the same, so that the event noun before it is its subject) */
            bool verb = own_verb(u) || (tc_lemma_is(u, "result") && tc_lemma_is(q, "in")) || dict_verb(&ic, i);
            if (ic.oom) return TC_NOMEM;
            if (!verb) continue;
            /* "Houthi forces launch missiles", "Rwandan forces exchange
               fire": a plural noun before a base form the verb dictionary
               knows is that verb's subject, not the verb */
            if (!strcmp(x, "VBZ") && !strcmp(u->xpos, "NNS") && !capitalised(q->form) &&
                (q->upos == TC_UPOS_NOUN || q->upos == TC_UPOS_VERB || q->upos == TC_UPOS_ADJ) && q->xpos &&
                (!strcmp(q->xpos, "NN") || !strcmp(q->xpos, "VB") || !strcmp(q->xpos, "VBP") || !strcmp(q->xpos, "JJ")) &&
                (tc_nlp_lex_has(m, q->form, "VBP") || tc_nlp_lex_has(m, q->form, "VB") ||
                 /* (or a base form the tagger's lexicon never saw as a
                    verb, before its object: "Congolese forces exchange
                    fire" with "Congolese" a noun) */
                 (!strcmp(q->xpos, "NN") && i + 2 < n &&
                  (s->tok[i + 2].upos == TC_UPOS_NOUN || s->tok[i + 2].upos == TC_UPOS_DET || s->tok[i + 2].upos == TC_UPOS_NUM)))) {
                bool qverb = dict_verb(&ic, i + 1);
                if (ic.oom) return TC_NOMEM;
                if (qverb) continue;
            }
            if (!old_upos && !save_tags(s, a, &old_upos, &old_xpos)) return TC_NOMEM;
            u->upos = TC_UPOS_VERB;
            u->xpos = x;
            if (adj_head) {
                s->tok[i - 1].upos = TC_UPOS_NOUN;
                s->tok[i - 1].xpos = "NN";
            }
            nfix++;
            break;
        }
        if (nfix > nfix0) break;
        }
        lim = whole;
        }
    }
    }
    if (phases & RT_TAGS) {
    /* (after the verb of a sentence without one is found: "agree" may be it) */
    /* "China and India agree to resume direct air travel" with "to" a
       preposition and "resume" a noun: after a verb that takes a
       to-infinitive, "to" and a word the verb dictionary knows as a verb are
       the infinitive */
    static const char *const inf_verbs[] = {"agree", "plan", "decide", "vow", "promise", "pledge", "threaten", "seek",
                                            "want", "try", "aim", "intend", "refuse", "prepare", "offer", "begin",
                                            "continue", "fail", "attempt", "hope", "expect", "move", "vote"};
    for (int i = 1; i + 1 < n; i++) {
        tc_tok *to = &s->tok[i], *u = &s->tok[i + 1];
        const tc_tok *v = &s->tok[i - 1];
        if (!to->form || strcmp(to->form, "to") || !to->xpos || strcmp(to->xpos, "IN")) continue;
        if (v->upos != TC_UPOS_VERB || u->upos != TC_UPOS_NOUN || capitalised(u->form)) continue;
        bool takes = false;
        for (size_t k = 0; k < TC_COUNTOF(inf_verbs) && !takes; k++) takes = tc_lemma_is(v, inf_verbs[k]);
        if (!takes) continue;
        int made = make_verb(&ic, a, i + 1, "VB", &old_upos, &old_xpos);
        if (made < 0) return TC_NOMEM;
        if (!made) continue;
        to->upos = TC_UPOS_PART;
        to->xpos = "TO";
        nfix++;
    }
    }
    if (!nfix) return TC_OK;
    if (!(phases & RT_PARSE)) {
        if (changed) *changed = true;
        return TC_OK;
    }
    int rc = tc_nlp_reparse(m, w, s, a);
    if (rc == TC_NOTFOUND) { /* the model lacks the tag: keep our parse */
        for (int k = 0; k < n; k++) {
            s->tok[k].upos = old_upos[k];
            s->tok[k].xpos = old_xpos[k];
        }
        return TC_OK;
    }
    if (rc) return rc;
    if (changed) *changed = true;
    return TC_OK;
}

/*
 * "Russia says its forces have taken control of Toretsk" parsed with "its
 * forces" the object of "says" and "taken" an adverbial clause of "says"
 * without a subject: after a verb of saying, a noun phrase (object) followed
 * by a clause of that verb which has an auxiliary or a finite verb but no
 * subject of its own, is that clause's subject, and the clause the saying
 * verb's complement.  The words must follow each other: the object phrase
 * ends right before the clause's first word.
 */
static void fix_reported(tc_sent *s) {
    for (int v = 1; v <= s->n; v++) {
        const tc_tok *sv = &s->tok[v - 1];
        if (sv->upos != TC_UPOS_VERB || !(tc_lemma_is(sv, "say") || tc_lemma_is(sv, "tell") || tc_lemma_is(sv, "claim") ||
                                          tc_lemma_is(sv, "report") || tc_lemma_is(sv, "confirm") || tc_lemma_is(sv, "announce")))
            continue;
        int o = 0;
        for (int j = v + 1; j <= s->n && !o; j++)
            if (s->tok[j - 1].head == v && s->tok[j - 1].deprel && !strcmp(s->tok[j - 1].deprel, "obj")) o = j;
        if (!o || (s->tok[o - 1].upos != TC_UPOS_NOUN && s->tok[o - 1].upos != TC_UPOS_PROPN && s->tok[o - 1].upos != TC_UPOS_PRON))
            continue;
        /* the clause: a verb on v after o */
        for (int w = o + 1; w <= s->n; w++) {
            tc_tok *c = &s->tok[w - 1];
            if (c->head != v || c->upos != TC_UPOS_VERB || !c->deprel ||
                !(!strcmp(c->deprel, "advcl") || !strcmp(c->deprel, "parataxis") || !strcmp(c->deprel, "dep") ||
                  !strcmp(c->deprel, "ccomp") || !strcmp(c->deprel, "conj")))
                continue;
            bool subj = false, mark = false;
            int first = w;
            for (int j = 1; j <= s->n; j++) {
                const tc_tok *k = &s->tok[j - 1];
                if (k->head != w || !k->deprel) continue;
                if (!strncmp(k->deprel, "nsubj", 5) || !strncmp(k->deprel, "csubj", 5)) subj = true;
                if (!strcmp(k->deprel, "mark") || !strcmp(k->deprel, "cc")) mark = true;
                if (j < first) first = j;
            }
            bool finite = c->xpos && (!strcmp(c->xpos, "VBD") || !strcmp(c->xpos, "VBZ") || !strcmp(c->xpos, "VBP"));
            bool aux = first < w && s->tok[first - 1].deprel && !strncmp(s->tok[first - 1].deprel, "aux", 3);
            if (subj || mark || !(finite || aux)) break;
            /* o's phrase must end right before the clause */
            int end = o;
            for (int j = o + 1; j < first; j++) {
                int x = j;
                for (int g = 0; g < 32 && x && x != o; g++) x = s->tok[x - 1].head;
                if (x != o) { end = -1; break; }
                end = j;
            }
            if (end != first - 1) break;
            s->tok[o - 1].head = (int16_t)w;
            s->tok[o - 1].deprel = "nsubj";
            c->deprel = "ccomp";
            break;
        }
    }
}

/*
 * "Netanyahu accused British prime minister Keir Starmer of siding with
 * Hamas" parsed with a second subject, "Keir", after the verb: a verb has
 * one subject, and a proper-noun or noun "subject" after a verb that has
 * one before it (no clause of its own in between: the verb is its head) is
 * the verb's object.
 */
static void fix_second_subject(tc_sent *s) {
    for (int v = 1; v <= s->n; v++) {
        if (s->tok[v - 1].upos != TC_UPOS_VERB) continue;
        int before = 0, after = 0, obj = 0;
        for (int j = 1; j <= s->n; j++) {
            const tc_tok *k = &s->tok[j - 1];
            if (k->head != v || !k->deprel) continue;
            if (!strcmp(k->deprel, "nsubj") && j < v) before = j;
            if (!strcmp(k->deprel, "nsubj") && j > v && !after) after = j;
            if (!strcmp(k->deprel, "obj")) obj = j;
        }
        if (!before || !after || obj) continue;
        tc_tok *a = &s->tok[after - 1];
        if (a->upos != TC_UPOS_PROPN && a->upos != TC_UPOS_NOUN) continue;
        a->deprel = "obj";
    }
}

/*
 * "Turkish police detain hundreds of protesters" re-parsed with "police" an
 * object before its verb: an English object follows its verb, so a noun
 * "object" before a finite verb that has no subject is its subject.
 */
static void fix_object_before(tc_sent *s) {
    for (int v = 2; v <= s->n; v++) {
        const tc_tok *t = &s->tok[v - 1];
        if (t->upos != TC_UPOS_VERB || !t->xpos || (strcmp(t->xpos, "VBZ") && strcmp(t->xpos, "VBP") && strcmp(t->xpos, "VBD")))
            continue;
        int before = 0;
        bool subj = false;
        for (int j = 1; j <= s->n; j++) {
            const tc_tok *k = &s->tok[j - 1];
            if (k->head != v || !k->deprel) continue;
            if (!strncmp(k->deprel, "nsubj", 5) || !strncmp(k->deprel, "csubj", 5) || !strncmp(k->deprel, "expl", 4)) subj = true;
            if (!strcmp(k->deprel, "obj") && j < v && !before) before = j;
        }
        if (subj || !before) continue;
        tc_tok *o = &s->tok[before - 1];
        if (o->upos != TC_UPOS_NOUN && o->upos != TC_UPOS_PROPN && o->upos != TC_UPOS_PRON) continue;
        o->deprel = "nsubj";
    }
}

/*
 * "The attacker was shot dead by police" parsed with "by police" on "dead":
 * a "by" phrase on a passive verb's predicate adjective (xcomp) is the
 * verb's agent.
 */
static void fix_agent_on_predicate(tc_sent *s) {
    for (int j = 1; j <= s->n; j++) {
        tc_tok *t = &s->tok[j - 1];
        if (t->head < 1 || t->head > s->n || !tc_deprel_is(t, "obl")) continue;
        const tc_tok *x = &s->tok[t->head - 1];
        if (x->upos != TC_UPOS_ADJ || !tc_deprel_is(x, "xcomp") || x->head < 1 || x->head > s->n) continue;
        const tc_tok *v = &s->tok[x->head - 1];
        if (v->upos != TC_UPOS_VERB || !v->xpos || strcmp(v->xpos, "VBN")) continue;
        bool by = false, pass = false;
        for (int k = 1; k <= s->n; k++) {
            const tc_tok *c = &s->tok[k - 1];
            if (c->head == j && tc_deprel_is(c, "case") && tc_lemma_is(c, "by")) by = true;
            if (c->head == x->head && c->deprel && !strcmp(c->deprel, "aux:pass")) pass = true;
        }
        if (by && pass) t->head = x->head;
    }
}

void tc_code_fix_tree(tc_sent *s) {
    fix_agent_on_predicate(s);
    fix_object_before(s);
    fix_second_subject(s);
    fix_reported(s);
}

int tc_code_retag(const tc_dict *d, const tc_nlp_model *m, tc_nlp_work *w, tc_sent *s, tc_arena *a, bool *changed) {
    return retag(d, m, w, s, a, changed, RT_TAGS | RT_TREE | RT_PARSE);
}

int tc_code_retag_tags(const tc_dict *d, const tc_nlp_model *m, tc_sent *s, tc_arena *a, bool *changed) {
    return retag(d, m, NULL, s, a, changed, RT_TAGS);
}

int tc_code_retag_tree(const tc_dict *d, const tc_nlp_model *m, tc_nlp_work *w, tc_sent *s, tc_arena *a, bool *changed) {
    return retag(d, m, w, s, a, changed, RT_TREE | RT_PARSE);
}

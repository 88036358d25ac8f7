/*
 * repair.c -- repairs of the dependency trees our own parser gets wrong most
 * often, made before anything is coded.
 *
 * The verb patterns and the actor rules read subjects, objects and clauses
 * off the tree, so one misplaced arc loses an event or invents one.  Each
 * repair below rewrites the heads and base relations (ctx.head, ctx.rel) of
 * one general construction our parser mis-builds -- never a particular
 * sentence or name -- and is introduced by a comment stating that
 * construction, with an example phrase or two.  The tokens' own relation
 * names are left as parsed (ctx.active marks a subject a repair made
 * active).  ct_repair_tree() runs the repairs in a fixed order, each seeing
 * the results of those before it; the children index is built afterwards.
 */
#include "code/coder_int.h"
#include "code/nominal.h"

#include <string.h>
#include <strings.h>

/*
 * An object read as the subject of a later clause hung on its verb (and,
 * below, a modifier read as the subject of the noun after it).
 *
 * A parser slip that loses the object: "Arnor will abandon full diplomatic
 * ties with Gondor almost five years after crowds trashed its embassy" parsed
 * with "ties" as the subject of "trashed", itself a parataxis (or adverbial
 * clause without a marker) of "abandon".  A subject that directly follows a
 * verb without an object -- only its own modifiers in between -- and belongs
 * to a later clause hung on that verb by parataxis/advcl is taken as the
 * verb's object.  Complement clauses ("said the army attacked") keep theirs.
 */
static void repair_stolen_objects(ctx *c) {
    for (int x = 1; x <= c->n; x++) {
        if (!rel_is(c, x, R_NSUBJ)) continue;
        const char *dr = c->s->tok[x - 1].deprel;
        if (dr && strcmp(dr, "nsubj")) continue; /* not nsubj:pass */
        int w = c->head[x];
        if (!w || w < x || upos(c, w) != TC_UPOS_VERB) continue;
        if (!rel_is(c, w, R_PARATAXIS) && !rel_is(c, w, R_ADVCL)) continue;
        int v = c->head[w];
        if (!v || v > x || upos(c, v) != TC_UPOS_VERB) continue;
        int un = upos(c, x);
        if (un != TC_UPOS_NOUN && un != TC_UPOS_PROPN) continue;
        bool ok = true;
        for (int i = 1; i <= c->n && ok; i++) {
            if (i == x || c->head[i] != v) continue;
            if (rel_is(c, i, R_OBJ) || rel_is(c, i, R_CCOMP) || rel_is(c, i, R_XCOMP)) ok = false;
        }
        /* the words between the verb and x are x's own pre-modifiers */
        for (int t = v + 1; t < x && ok; t++) {
            int y = t, guard = 0;
            while (y && y != x && guard++ < 64) y = c->head[y];
            if (y != x) ok = false;
        }
        /* w has no marker or punctuation of its own before x */
        for (int t = v + 1; t < x && ok; t++)
            if (c->head[t] == w) ok = false;
        if (!ok) continue;
        c->head[x] = v;
        c->rel[x] = R_OBJ;
    }
    /* "Russian police" with "Russian" as the nsubj of "police": a subject of
       a noun without a copula right before it is a modifier of the noun */
    for (int x = 1; x <= c->n; x++) {
        if (!rel_is(c, x, R_NSUBJ)) continue;
        int h = c->head[x];
        if (!h || h < x) continue;
        int uh = upos(c, h), ux = upos(c, x);
        if (uh != TC_UPOS_NOUN && uh != TC_UPOS_PROPN) continue;
        if (ux != TC_UPOS_ADJ && ux != TC_UPOS_NOUN && ux != TC_UPOS_PROPN) continue;
        bool ok = true;
        for (int i = 1; i <= c->n && ok; i++)
            if (c->head[i] == h) {
                const char *r = c->s->tok[i - 1].deprel ? c->s->tok[i - 1].deprel : "";
                if (!strncmp(r, "cop", 3) || (i > h && rel_is(c, i, R_NSUBJ))) ok = false;
            }
        for (int t = x + 1; t < h && ok; t++) {
            int u = upos(c, t);
            if (c->head[t] != h || (u != TC_UPOS_ADJ && u != TC_UPOS_NOUN && u != TC_UPOS_PROPN)) ok = false;
        }
        if (ok) c->rel[x] = ux == TC_UPOS_ADJ ? R_AMOD : R_COMPOUND;
    }
}

/* The case word of y between lo and y marking time (after / before /
   since / until), or 0. */
static int time_mark(const ctx *c, int y, int lo) {
    static const char *const marks[] = {"after", "before", "since", "until"};
    for (int j = lo + 1; j < y; j++)
        if (c->head[j] == y && rel_is(c, j, R_CASE))
            for (size_t m = 0; m < sizeof marks / sizeof *marks; m++)
                if (tc_lemma_is(&c->s->tok[j - 1], marks[m])) return j;
    return 0;
}

/*
 * A time measure ("five years after crowds trashed ...") read as the
 * subject, or the object, of the clause it dates.
 *
 * "Arnor will act with Gondor almost five years after crowds trashed its
 * embassy" parsed with "years" the subject of "trashed" and "after crowds"
 * a modifier of "years" (and "trashed" a complement or conjunct of "act"):
 * a time word subject of a later verb whose own phrase marked
 * after / before / since / until runs up to that verb measures when the
 * clause happened -- the phrase's noun is the verb's subject, its case word
 * the clause's marker, the time word an oblique, and the clause an
 * adverbial clause of the verb before it.
 */
static void repair_time_subject(ctx *c) {
    for (int x = 1; x <= c->n; x++) {
        if (!rel_is(c, x, R_NSUBJ) || !noun(c, x)) continue;
        int v = c->head[x];
        if (!v || v < x || upos(c, v) != TC_UPOS_VERB || !nom_is_time_word(tc_tok_lemma(&c->s->tok[x - 1]))) continue;
        int y = 0, k = 0;
        for (int i = x + 1; i < v && !y; i++) {
            if (c->head[i] != x || (!rel_is(c, i, R_NMOD) && !rel_is(c, i, R_OBL))) continue;
            if (!noun_or_pron(c, i)) continue;
            if ((k = time_mark(c, i, x))) y = i;
        }
        if (!y) continue;
        bool ok = true; /* y's phrase runs up to the verb */
        for (int t = y + 1; t < v && ok; t++) ok = ct_descends(c, t, y);
        if (!ok) continue;
        int m = c->head[v];
        if (!m || m > x) continue;
        c->head[y] = v;
        c->rel[y] = R_NSUBJ;
        c->head[k] = v;
        c->rel[k] = R_MARK;
        c->rel[x] = R_OBL;
        if (!rel_is(c, v, R_ADVCL) && !rel_is(c, v, R_ACL)) c->rel[v] = R_ADVCL;
    }
    /* ... and "restore ties with Gondor five years after Calenardhon crowds
       burned down its embassy" with "years" the object of "restore" and
       "burned" a participle on "crowds": a time word object whose own
       after-phrase noun carries a verb with an object of its own (so no
       passive participle, "after talks held in Geneva") is an oblique, the
       verb an adverbial clause of the time word's verb, the noun its
       subject */
    for (int p = 2; p <= c->n; p++) {
        int y = c->head[p];
        if (!rel_is(c, p, R_ACL) || upos(c, p) != TC_UPOS_VERB || !y || y > p) continue;
        if (!noun(c, y)) continue;
        int t = c->head[y];
        if (!t || t > y || !rel_is(c, t, R_OBJ) || !nom_is_time_word(tc_tok_lemma(&c->s->tok[t - 1])))
            continue;
        int g = c->head[t];
        if (!g || upos(c, g) != TC_UPOS_VERB) continue;
        int k = time_mark(c, y, 0);
        bool subj = false, obj = false;
        for (int i = 1; i <= c->n && k; i++) {
            if (c->head[i] != p) continue;
            const char *dr = c->s->tok[i - 1].deprel ? c->s->tok[i - 1].deprel : "";
            if (rel_is(c, i, R_NSUBJ) || !strncmp(dr, "nsubj", 5)) subj = true;
            if (i > p && noun_or_pron(c, i)) {
                bool kase = false; /* an oblique without preposition is an object too */
                for (int j = 1; j < i; j++) kase |= c->head[j] == i && rel_is(c, j, R_CASE);
                if (rel_is(c, i, R_OBJ) || (rel_is(c, i, R_OBL) && !kase)) obj = true;
            }
        }
        if (!k || subj || !obj) continue;
        c->rel[t] = R_OBL;
        c->head[p] = g;
        c->rel[p] = R_ADVCL;
        c->head[y] = p;
        c->rel[y] = R_NSUBJ;
        c->head[k] = p;
        c->rel[k] = R_MARK;
    }
}

/* A verb of saying (say, tell, report, announce ...). */
static bool saying_lemma(const tc_tok *t) {
    static const char *const w[] = {"say", "tell", "add", "state", "report", "announce", "confirm",
                                    "claim", "note", "declare", "indicate"};
    return tc_lemma_in(t, w, TC_COUNTOF(w));
}

/*
 * A trailing attribution (", a senior official said") read as a complement
 * clause.
 *
 * "Arnor will adopt a resolution with Gondor ..., a senior official said on
 * Saturday" parsed with "said" a complement (ccomp) of "adopt": a verb of
 * saying after the verb it hangs on, whose own subject follows a comma, is
 * an attribution of the sentence, as a parataxis -- not a complement that
 * takes the clause's code or subject.
 */
static void repair_trailing_attribution(ctx *c) {
    for (int v = 1; v <= c->n; v++) {
        int h = c->head[v];
        if (!rel_is(c, v, R_CCOMP) || upos(c, v) != TC_UPOS_VERB || !h || h > v || !saying_lemma(&c->s->tok[v - 1]))
            continue;
        int subj = 0;
        for (int i = h + 1; i < v && !subj; i++)
            if (c->head[i] == v && rel_is(c, i, R_NSUBJ)) subj = i;
        if (!subj) continue;
        /* the subject's first word: the leftmost word whose heads lead to it */
        int first = subj;
        for (int i = h + 1; i < subj; i++) {
            int y = i, guard = 0;
            while (y && y != subj && guard++ < 64) y = c->head[y];
            if (y == subj) { first = i; break; }
        }
        const char *f = c->s->tok[first - 2].form; /* first > h >= 1 */
        if (first - 1 > h && f && !strcmp(f, ",")) c->rel[v] = R_PARATAXIS;
    }
}

static int mark_word(const ctx *c, int w, const char *word);

/* Whether t bears a tensed verb tag (VBD, VBZ, VBP, MD). */
static bool finite_xpos(const tc_tok *t) {
    return t->xpos && (!strcmp(t->xpos, "VBD") || !strcmp(t->xpos, "VBZ") || !strcmp(t->xpos, "VBP") || !strcmp(t->xpos, "MD"));
}

/*
 * Coordination our parser mislabels: a name with a coordinator of its own
 * read as a modifier of the name before it (and, below, a bare adverb or
 * adjective read as a conjunct of a verb, an adjective as an advmod of its
 * noun).
 *
 * "The Philippines and France agree ..." parsed with "France" an amod (or
 * nmod, compound, appos) of "Philippines" and "and" its cc: a name with its
 * own coordinator before it, hung on an earlier name, is that name's
 * conjunct.
 */
static void repair_coordination(ctx *c) {
    for (int x = 2; x <= c->n; x++) {
        int h = c->head[x];
        int ux = upos(c, x);
        if (!rel_is(c, x, R_AMOD) && !rel_is(c, x, R_NMOD) && !rel_is(c, x, R_COMPOUND) && !rel_is(c, x, R_APPOS))
            continue;
        if (!h || h > x || (ux != TC_UPOS_PROPN && ux != TC_UPOS_NOUN)) continue;
        if (upos(c, h) != TC_UPOS_PROPN && upos(c, h) != TC_UPOS_NOUN) continue;
        bool cc = false, kase = false;
        for (int i = h + 1; i < x; i++)
            if (c->head[i] == x) {
                if (rel_is(c, i, R_CC)) cc = true;
                if (rel_is(c, i, R_CASE)) kase = true; /* "ties with Gondor": a real nmod */
            }
        if (cc && !kase) c->rel[x] = R_CONJ;
    }
    /* "Sam Gamgee has marched very close to the border" with "close" a
       conjunct of "marched" without coordinator or comma: an adverb or
       adjective is no conjunct of a verb on its own, it modifies it (and
       its "to the border" is part of the verb's phrase, where targets are
       looked for) */
    for (int x = 2; x <= c->n; x++) {
        int h = c->head[x], ux = upos(c, x);
        if (!rel_is(c, x, R_CONJ) || (ux != TC_UPOS_ADV && ux != TC_UPOS_ADJ) || !h || h > x || upos(c, h) != TC_UPOS_VERB)
            continue;
        bool bare = true;
        for (int i = h + 1; i < x && bare; i++)
            if ((c->head[i] == x || c->head[i] == h) && (rel_is(c, i, R_CC) || rel_is(c, i, R_PUNCT))) bare = false;
        if (!bare) continue;
        c->rel[x] = R_ADVMOD;
    }
    /* "have intercepted and destroyed 147 Ukrainian drones" with "drones"
       a third conjunct of "intercepted": a noun after two conjoined verbs,
       the second without an object and only the noun's own words between,
       is the second verb's object */
    for (int x = 3; x <= c->n; x++) {
        int h = c->head[x];
        if (!rel_is(c, x, R_CONJ) || !noun(c, x) || !h || h > x || upos(c, h) != TC_UPOS_VERB) continue;
        bool between_cc = false;
        for (int i = h + 1; i < x; i++)
            if (c->head[i] == x && (rel_is(c, i, R_CC) || rel_is(c, i, R_PUNCT))) between_cc = true;
        if (between_cc) continue;
        int v2 = 0;
        for (int i = x - 1; i > h && !v2; i--)
            if (c->head[i] == h && rel_is(c, i, R_CONJ) && upos(c, i) == TC_UPOS_VERB) v2 = i;
        if (!v2) continue;
        bool ok = true;
        for (int i = v2 + 1; i < x && ok; i++) ok = ct_descends(c, i, x);
        for (int i = 1; i <= c->n && ok; i++) ok = !(c->head[i] == v2 && rel_is(c, i, R_OBJ));
        if (!ok) continue;
        c->head[x] = v2;
        c->rel[x] = R_OBJ;
    }
    /* "Lam agreed to add two members to the council but did not accede to
       the protesters' demands" with "accede" a conjunct of the infinitive
       "add": a conjunct with a tensed auxiliary of its own ("did", "has",
       "will") is no part of the infinitive, it is a conjunct of the verb
       the infinitive completes (whose subject it shares) */
    for (int x = 3; x <= c->n; x++) {
        int h = c->head[x];
        if (!h || h > x || !rel_is(c, x, R_CONJ) || upos(c, x) != TC_UPOS_VERB || upos(c, h) != TC_UPOS_VERB) continue;
        int g = c->head[h];
        if (!g || g > h || !rel_is(c, h, R_XCOMP) || upos(c, g) != TC_UPOS_VERB || !mark_word(c, h, "to")) continue;
        bool tensed = false;
        for (int i = h + 1; i < x && !tensed; i++)
            tensed = c->head[i] == x && rel_is(c, i, R_AUX) && finite_xpos(&c->s->tok[i - 1]);
        if (tensed) c->head[x] = g;
    }
    /* "Russian police" with "Russian" an advmod of "police": an adjective
       before the noun it hangs on (only the noun's own words between) is
       its amod */
    for (int x = 1; x <= c->n; x++) {
        int h = c->head[x];
        if (!rel_is(c, x, R_ADVMOD) || upos(c, x) != TC_UPOS_ADJ || !h || h < x) continue;
        if (!noun(c, h)) continue;
        bool ok = true;
        for (int i = x + 1; i < h && ok; i++) ok = c->head[i] == h;
        if (ok) c->rel[x] = R_AMOD;
    }
}

/*
 * Prepositional phrases our parser hangs too high.  (1) "The US Secretary
 * of state wants" with "state" (its "of" attached) a compound of "wants": a
 * noun with a preposition of its own is no compound of a verb; it is a
 * prepositional modifier of the noun before that preposition.  (2) below.
 */
static void repair_noun_phrases(ctx *c) {
    for (int x = 2; x <= c->n; x++) {
        int h = c->head[x];
        if (!rel_is(c, x, R_COMPOUND) || !h || h < x || !noun(c, x)) continue;
        if (upos(c, h) != TC_UPOS_VERB && upos(c, h) != TC_UPOS_AUX) continue;
        int k = 0;
        for (int i = 1; i < x && !k; i++)
            if (c->head[i] == x && rel_is(c, i, R_CASE)) k = i;
        if (k < 2 || (upos(c, k - 1) != TC_UPOS_NOUN && upos(c, k - 1) != TC_UPOS_PROPN)) continue;
        c->head[x] = k - 1;
        c->rel[x] = R_NMOD;
    }
    /* (2) "Obama is scheduled to attend a summit on the unrest in Iran"
       with "on the unrest" an oblique of "scheduled": a prepositional
       phrase right after the infinitive's own words belongs to the
       infinitive (late closure), unless it is a passive's "by" agent */
    for (int x = 1; x <= c->n; x++) {
        int v = c->head[x];
        if (!rel_is(c, x, R_OBL) || !v || v > x || upos(c, v) != TC_UPOS_VERB) continue;
        bool by = false;
        for (int i = 1; i < x; i++)
            if (c->head[i] == x && rel_is(c, i, R_CASE) && c->s->tok[i - 1].form && !strcasecmp(c->s->tok[i - 1].form, "by"))
                by = true;
        if (by) continue;
        int w = 0;
        for (int i = v + 1; i < x; i++)
            if (c->head[i] == v && rel_is(c, i, R_XCOMP) && upos(c, i) == TC_UPOS_VERB) w = i;
        if (!w) continue;
        bool ok = true;
        for (int t = w + 1; t < x && ok; t++) ok = ct_descends(c, t, w) || ct_descends(c, t, x);
        if (ok) c->head[x] = w;
    }
}

/* (3) below: whether subjects s1 < s2 are two nouns side by side, with
   nothing between them but their own words. */
static bool adjacent_subjects(const ctx *c, int s1, int s2) {
    if (!noun(c, s1) || !noun(c, s2)) return false;
    if (nom_is_time_word(tc_tok_lemma(&c->s->tok[s1 - 1])) || nom_is_time_word(tc_tok_lemma(&c->s->tok[s2 - 1])))
        return false;
    for (int t = s1 + 1; t < s2; t++)
        if (upos(c, t) == TC_UPOS_PUNCT || (!ct_descends(c, t, s1) && !ct_descends(c, t, s2))) return false;
    /* s2's words before it start right after s1's */
    for (int t = 1; t < s1; t++)
        if (ct_descends(c, t, s2)) return false;
    return true;
}

/*
 * Subjects our parser misplaces: a noun labelled discourse before its verb
 * (0), a time word taken for the subject (1), a list of names split into
 * subjects and modifiers (2), two nouns of one phrase taken for two subjects
 * (3).
 *
 * Subjects our parser misplaces (0: see below).  (1) "Ukrainian lawmakers Tuesday endorsed
 * an agreement" parsed with "lawmakers" an object before the verb and
 * "Tuesday" its subject: a time word as subject with a noun object before the
 * verb swap roles.  (2) "The US, Russia, and Switzerland met" parsed with
 * two subjects ("US" and "Switzerland", the "and" on the verb) and "Russia"
 * an unmarked modifier of "US": the later subject and the comma-separated
 * names in between are conjuncts of the first.  (3) "Old foe Gondor and
 * Osgiliath have renewed ties", "Dagolath's first Deputy Prime Minister
 * Telemar left" parsed with two subjects ("foe" and "Gondor", "Dagolath"
 * and "Deputy"): two nouns side by side, nothing between them but their
 * own words -- no comma, no coordinator of the verb -- are one noun
 * phrase; the first modifies the second (English phrases end in their
 * head).
 */
static void repair_subjects(ctx *c) {
    /* (0) "Arnor believes Dagolath can cope", "Evil Mordor, the awful
       Arnor, and good Gondor welcomed" parsed with the first name a
       discourse element (an interjection's relation) of the verb after it,
       or "The Houthis claim to have shot down" with "Houthis" a clausal
       complement of the finite verb (no noun is one): a noun before its
       verb is its subject
       when the verb has none, or
       when the verb's subject is a later conjunct (a coordinator between) */
    for (int x = 1; x <= c->n; x++) {
        int v = c->head[x];
        if (!v || v < x || upos(c, v) != TC_UPOS_VERB) continue;
        const char *vx = c->s->tok[v - 1].xpos;
        bool finite = vx && (!strcmp(vx, "VBZ") || !strcmp(vx, "VBP") || !strcmp(vx, "VBD"));
        if (!(rel_full(c, x, "discourse") || (rel_full(c, x, "ccomp") && finite))) continue;
        if (!noun(c, x)) continue;
        bool ok = true;
        for (int i = 1; i <= c->n && ok; i++) {
            if (c->head[i] != v || !rel_is(c, i, R_NSUBJ)) continue;
            bool cc = false;
            for (int t = x + 1; t < i && !cc; t++) cc = rel_is(c, t, R_CC) && (c->head[t] == v || c->head[t] == i);
            if (i < x || !cc) ok = false;
        }
        if (ok) c->rel[x] = R_NSUBJ;
    }
    for (int v = 1; v <= c->n; v++) {
        if (upos(c, v) != TC_UPOS_VERB) continue;
        int obj = 0, tsubj = 0, s1 = 0, s2 = 0;
        for (int i = 1; i <= c->n; i++) {
            if (c->head[i] != v) continue;
            if (i < v && rel_is(c, i, R_OBJ) && !obj &&
                noun(c, i))
                obj = i;
            if (rel_is(c, i, R_NSUBJ) && i < v) {
                if (nom_is_time_word(tc_tok_lemma(&c->s->tok[i - 1]))) tsubj = i; /* "Tuesday" */
                else if (!s1) s1 = i;
                else if (!s2) s2 = i;
            }
        }
        if (obj && tsubj && !s1) {
            c->rel[obj] = R_NSUBJ;
            c->rel[tsubj] = R_OBL;
        }
        if (s1 && s2 && adjacent_subjects(c, s1, s2)) {
            /* (3) */
            c->head[s1] = s2;
            c->rel[s1] = R_COMPOUND;
            continue;
        }
        if (s1 && s2 && upos(c, s1) == TC_UPOS_PROPN && upos(c, s2) == TC_UPOS_PROPN) {
            bool cc = false;
            for (int i = s1 + 1; i < s2; i++) cc |= rel_is(c, i, R_CC) && (c->head[i] == v || c->head[i] == s2);
            if (!cc) continue;
            c->head[s2] = s1;
            c->rel[s2] = R_CONJ;
            for (int i = s1 + 1; i < s2; i++) {
                const char *prev = c->s->tok[i - 2].form;
                if (c->head[i] == s1 && upos(c, i) == TC_UPOS_PROPN && prev && !strcmp(prev, ",") &&
                    (rel_is(c, i, R_NMOD) || rel_is(c, i, R_APPOS) || rel_is(c, i, R_DEP)))
                    c->rel[i] = R_CONJ;
            }
        }
    }
}

/*
 * A base-form verb our parser hung as a compound on the participle after
 * it, read as a verb itself: "Arnor will abandon improved economic
 * relations" with "improved" the clause's verb (its subject "Arnor" taken
 * for a passive one) and "abandon" its compound; "pledged to expel exiled
 * leaders" with "expel" a compound of "exiled", an amod of "leaders".  A
 * verb in its base form (VB) is never a noun modifier: it is the verb, the
 * participle an adjective on the noun after it, and that noun its object.
 * A subject it takes over is active (a base form is never passive).
 */
static void repair_base_verb(ctx *c) {
    for (int v = 1; v < c->n; v++) {
        int h = v + 1;
        const char *xv = c->s->tok[v - 1].xpos, *xh = c->s->tok[h - 1].xpos;
        if (!rel_is(c, v, R_COMPOUND) || c->head[v] != h || upos(c, v) != TC_UPOS_VERB || !xv || strcmp(xv, "VB")) continue;
        if (!xh || (strcmp(xh, "VBN") && strcmp(xh, "VBD") && strcmp(xh, "JJ"))) continue;
        int nh = c->head[h];
        if (nh > h && rel_is(c, h, R_AMOD) && noun(c, nh)) {
            /* "expel exiled leaders": v takes the noun's place */
            int p = c->head[nh];
            c->head[v] = p;
            c->rel[v] = p && upos(c, p) == TC_UPOS_VERB ? R_XCOMP : c->rel[nh];
            c->head[nh] = v;
            c->rel[nh] = R_OBJ;
            for (int i = 1; i < v; i++)
                if (c->head[i] == h) c->head[i] = v; /* its "to" */
            continue;
        }
        int obj = 0;
        for (int i = h + 1; i <= c->n && !obj; i++)
            if (c->head[i] == h && rel_is(c, i, R_OBJ) &&
                noun(c, i))
                obj = i;
        if (!obj) continue;
        /* "abandon improved relations": v takes the participle's place */
        c->head[v] = c->head[h];
        c->rel[v] = c->rel[h];
        for (int i = 1; i <= c->n; i++)
            if (i != v && c->head[i] == h) {
                c->head[i] = v;
                c->active[i] = true;
            }
        c->head[h] = obj;
        c->rel[h] = R_AMOD;
    }
}

/*
 * Complement clauses our parser takes apart.  (1) "Ethiopia indicated it
 * would act now" with "act" (its own subject and auxiliary attached) the
 * object of "indicated": a verb with a subject or auxiliary of its own is
 * a clause, the complement (ccomp) of the verb it hangs on.  (2) "Ethiopia
 * indicated it deplored Libya" with "it" the object of "indicated" and
 * "deplored" a subjectless complement right after it: the word before a
 * finite complement without subject is that complement's subject.
 */
static void repair_complements(ctx *c) {
    for (int w = 2; w <= c->n; w++) {
        int v = c->head[w];
        if (upos(c, w) != TC_UPOS_VERB || !v || v > w || upos(c, v) != TC_UPOS_VERB) continue;
        int subj = 0;
        bool aux = false;
        for (int i = v + 1; i < w; i++)
            if (c->head[i] == w) {
                if (rel_is(c, i, R_NSUBJ)) subj = i;
                if (rel_is(c, i, R_AUX)) aux = true;
            }
        if (rel_is(c, w, R_OBJ) && (subj || aux)) c->rel[w] = R_CCOMP;
        if (!rel_is(c, w, R_CCOMP) || subj) continue;
        const char *xw = c->s->tok[w - 1].xpos;
        if (!xw || (strcmp(xw, "VBD") && strcmp(xw, "VBZ") && strcmp(xw, "VBP"))) continue;
        int x = w - 1;
        if (ct_has_subject(c, w, 0) || c->head[x] != v || !rel_is(c, x, R_OBJ) || !noun_or_pron(c, x)) continue;
        c->head[x] = w; /* the complement's subject */
        c->rel[x] = R_NSUBJ;
    }
}

/* The marker `word` ("to", "that") of clause w, 0 if none. */
static int mark_word(const ctx *c, int w, const char *word) {
    for (int i = 1; i < w; i++)
        if (c->head[i] == w && rel_is(c, i, R_MARK) && c->s->tok[i - 1].form && !strcasecmp(c->s->tok[i - 1].form, word))
            return i;
    return 0;
}

/*
 * A sentence parsed as one noun phrase: its verb read as a participle
 * modifying the subject.
 *
 * "The Calenardhon Congresses condemned an attack" parsed as a noun phrase
 * -- "Congresses" the root, "condemned" a participle modifying it: a
 * participle with an object of its own is no passive modifier, and a
 * sentence whose root is the noun it follows has no other verb for it to
 * serve; it is the sentence's verb, the noun its subject.
 */
static void repair_noun_root(ctx *c) {
    for (int v = 2; v <= c->n; v++) {
        int x = c->head[v];
        if (!rel_is(c, v, R_ACL) || upos(c, v) != TC_UPOS_VERB || !x || x > v || c->head[x] != 0) continue;
        if (!noun(c, x)) continue;
        bool obj = false, subj = false, next = true;
        for (int i = 1; i <= c->n; i++) {
            if (c->head[i] == v && i > v && rel_is(c, i, R_OBJ)) obj = true;
            /* (so is one whose infinitive complement says what the noun
               does: "The parliament threatened on Monday to break ...") */
            if (c->head[i] == v && i > v && rel_is(c, i, R_XCOMP) && upos(c, i) == TC_UPOS_VERB && mark_word(c, i, "to"))
                obj = true;
            if (c->head[i] == v && rel_is(c, i, R_NSUBJ)) subj = true; /* a relative clause */
        }
        for (int t = x + 1; t < v && next; t++) next = ct_descends(c, t, x); /* v right after x's words */
        if (!obj || subj || !next) continue;
        c->head[v] = 0;
        c->rel[v] = R_OTHER;
        for (int i = 1; i <= c->n; i++) /* x's words after v are the clause's */
            if (i > v && c->head[i] == x) c->head[i] = v;
        c->head[x] = v;
        c->rel[x] = R_NSUBJ;
    }
}

/*
 * An infinitive complement read as an adverbial clause of purpose.
 *
 * "The government threatened on Monday to expel the ambassador" parsed
 * with "to expel" an adverbial clause of "threatened" (the day between
 * them): after a verb whose to-infinitive says what it commits to or
 * refuses, an infinitive hung on it as an adverbial clause, when the verb
 * has neither object nor infinitive complement of its own, is its
 * complement.  ("Attacked the base to send a message" keeps its purpose.)
 */
static bool infinitive_verb(const tc_tok *t) {
    static const char *const w[] = {"threaten", "agree", "vow", "pledge", "promise", "decide", "plan", "refuse",
                                    "decline", "offer", "intend", "undertake"};
    return tc_lemma_in(t, w, TC_COUNTOF(w));
}

static void repair_infinitive_complement(ctx *c) {
    for (int w = 2; w <= c->n; w++) {
        int v = c->head[w];
        if (!rel_is(c, w, R_ADVCL) || upos(c, w) != TC_UPOS_VERB || !v || v > w || upos(c, v) != TC_UPOS_VERB ||
            !infinitive_verb(&c->s->tok[v - 1]))
            continue;
        int to = mark_word(c, w, "to");
        if (!to || upos(c, to) != TC_UPOS_PART) continue;
        bool other = false;
        for (int i = 1; i <= c->n && !other; i++)
            other = c->head[i] == v && i != w && (rel_is(c, i, R_OBJ) || rel_is(c, i, R_XCOMP) || rel_is(c, i, R_CCOMP));
        if (!other) c->rel[w] = R_XCOMP;
    }
}

/*
 * A reduced relative clause ("the civilians imprisoned for ...") read as a
 * clause with the noun as its subject.
 *
 * "The civilians imprisoned for acting against Moscow were released by
 * Putin" parsed with "civilians" the subject of "imprisoned" and that an
 * adverbial clause of "released", which has no subject: a past participle
 * without auxiliary of its own, before a verb that lacks a subject, is a
 * reduced relative clause -- its "subject" is the later verb's subject and
 * the participle modifies it.
 */
static void repair_reduced_relative(ctx *c) {
    for (int p = 2; p <= c->n; p++) {
        const char *xp = c->s->tok[p - 1].xpos;
        int v = c->head[p];
        if (upos(c, p) != TC_UPOS_VERB || !v || v < p || !xp || strcmp(xp, "VBN") || upos(c, v) != TC_UPOS_VERB) continue;
        if (rel_is(c, p, R_CONJ) || rel_is(c, p, R_XCOMP) || ct_has_subject(c, v, p)) continue;
        int x = 0;
        bool ok = true;
        for (int i = 1; i <= c->n && ok; i++) {
            const char *dr = c->s->tok[i - 1].deprel ? c->s->tok[i - 1].deprel : "";
            if (c->head[i] == p) {
                if (rel_is(c, i, R_NSUBJ) && i < p && !x) x = i;
                else if (rel_is(c, i, R_NSUBJ) || rel_is(c, i, R_AUX) || rel_is(c, i, R_MARK) || !strncmp(dr, "cop", 3))
                    ok = false;
            }
        }
        if (!ok || !x || !noun(c, x)) continue;
        c->head[x] = v;
        c->head[p] = x;
        c->rel[p] = R_ACL;
    }
}

/*
 * A subordinate clause opened by "as" read as a prepositional phrase: its
 * subject the object of "as".
 *
 * "The stopover came as the US leader prepared to attend the Olympics"
 * parsed with "as" a preposition: "leader" an oblique of "came" and
 * "prepared" an adverbial clause without a subject.  An oblique noun with
 * the case word "as" right before such a clause (only its own words in
 * between) is the clause's subject, "as" its marker.
 */
static void repair_as_subject(ctx *c) {
    for (int w = 1; w <= c->n; w++) {
        if (!rel_is(c, w, R_ADVCL) || upos(c, w) != TC_UPOS_VERB) continue;
        int v = c->head[w];
        if (!v) continue;
        bool has = false;
        for (int i = 1; i <= c->n && !has; i++) {
            const char *dr = c->s->tok[i - 1].deprel;
            if (c->head[i] == w && (rel_is(c, i, R_NSUBJ) || rel_is(c, i, R_CSUBJ) || rel_is(c, i, R_MARK) ||
                                    (dr && !strncmp(dr, "nsubj", 5))))
                has = true;
        }
        if (has) continue;
        /* the oblique ending right before w */
        int x = 0;
        for (int i = w - 1; i >= 1 && !x; i--) {
            int y = i, guard = 0;
            while (y && c->head[y] != v && guard++ < 64) y = c->head[y];
            if (!y || y == w) break;
            if (c->head[y] == v && (rel_is(c, y, R_OBL) || rel_is(c, y, R_NMOD)) && y < w &&
                noun(c, y))
                x = y;
            else break;
        }
        if (!x) continue;
        int as = 0;
        for (int i = 1; i < x; i++)
            if (c->head[i] == x && rel_is(c, i, R_CASE) && c->s->tok[i - 1].form && !strcasecmp(c->s->tok[i - 1].form, "as"))
                as = i;
        if (!as) continue;
        /* x's words run up to w */
        bool adj = true;
        for (int t = x + 1; t < w && adj; t++) {
            int y = t, guard = 0;
            while (y && y != x && guard++ < 64) y = c->head[y];
            if (y != x) adj = false;
        }
        if (!adj) continue;
        c->head[x] = w;
        c->rel[x] = R_NSUBJ;
        c->head[as] = w;
        c->rel[as] = R_MARK;
    }
}

/*
 * A title before a name ("Ethiopian prime minister Abiy Ahmed", "U.S.
 * president Donald Trump", "Somali president Hassan Sheikh Mohamud"),
 * written lower-case in news summaries, which our parser takes apart: the
 * title an oblique of the verb and the name its subject, or the first name a
 * discourse element, the second an apposition and the next demonym a
 * conjunct.  The words from the title's modifiers (demonyms, adjectives,
 * other title words) through the name are one noun phrase headed by the
 * name's last word; the phrase keeps the strongest of the arcs its words had
 * to words outside it (root, subject, object, oblique, conjunct,
 * apposition), and words outside that hung on one of its words hang on its
 * head.  Phrases the parser built whole are left as they are.
 */
/* Whether word i is a noun whose lemma (any case) is one of w[0..n). */
static bool noun_in(const ctx *c, int i, const char *const *w, size_t n) {
    return noun(c, i) && tc_lemma_in(&c->s->tok[i - 1], w, n);
}

static bool title_word(const ctx *c, int i) {
    static const char *const w[] = {"president", "minister", "premier", "chancellor", "leader", "king", "queen",
                                    "prince", "emir", "sultan", "secretary", "senator", "governor", "mayor",
                                    "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson", "general",
                                    "commander", "chief", "chairman", "chairwoman", "speaker", "judge",
                                    "prosecutor", "pope", "ayatollah", "lawmaker", "congressman", "congresswoman",
                                    "candidate", "challenger", "incumbent", "opposition", "ruler", "monarch"};
    return noun_in(c, i, w, TC_COUNTOF(w));
}

/* A noun that narrows a title: "Deputy Prime Minister", "defence minister". */
static bool title_modifier(const ctx *c, int i) {
    static const char *const w[] = {"deputy", "vice", "foreign", "defence", "defense", "interior", "finance",
                                    "justice", "trade", "health", "state", "army", "military", "party", "security"};
    return noun_in(c, i, w, TC_COUNTOF(w));
}

/* A capitalised proper-noun word of a name. */
static bool name_word(const ctx *c, int i) {
    const tc_tok *t = &c->s->tok[i - 1];
    return upos(c, i) == TC_UPOS_PROPN && t->form && t->form[0] >= 'A' && t->form[0] <= 'Z' && !title_word(c, i);
}

/* A lower-case particle inside a name ("al", "bin", "de", "van"). */
static bool name_particle(const ctx *c, int i) {
    static const char *const w[] = {"al", "el", "bin", "ibn", "de", "da", "van", "von", "der", "la", "le", "du", "dos", "del"};
    const tc_tok *t = &c->s->tok[i - 1];
    for (size_t k = 0; t->form && k < TC_COUNTOF(w); k++)
        if (!strcmp(t->form, w[k])) return true;
    return t->form && !strcmp(t->form, "-");
}

/* How strongly an arc ties a phrase to the rest of the sentence. */
static int arc_rank(const ctx *c, int i) {
    if (!c->head[i]) return 7;
    switch (c->rel[i]) {
    case R_NSUBJ: return 6;
    case R_OBJ: case R_IOBJ: return 5;
    case R_OBL: case R_NMOD: return 4;
    case R_CONJ: return 3;
    case R_APPOS: return 2;
    default: return 1;
    }
}

static bool is_acyclic(const ctx *c) {
    for (int i = 1; i <= c->n; i++) {
        int x = i;
        for (int g = 0; g <= c->n && x; g++) x = c->head[x];
        if (x) return false;
    }
    return true;
}

/* Makes words b..e one noun phrase headed by e (see repair_title_names):
   false, changing nothing, when the parser built it whole already.  Words
   after t are name words (flat), the others modifiers. */
static bool one_phrase(ctx *c, int b, int e, int t, int *chunk) {
    int out = 0, best = 0;
    for (int i = b; i <= e; i++) {
        if (c->head[i] >= b && c->head[i] <= e) continue;
        out++;
        if (!best || arc_rank(c, i) > arc_rank(c, best)) best = i;
    }
    /* a name that modifies the noun right after it ("ISIS-K militants")
       keeps that arc */
    if (e < c->n && c->head[e] == e + 1 && (c->rel[e] == R_COMPOUND || c->rel[e] == R_AMOD || c->rel[e] == R_FLAT))
        best = e;
    if (out == 1 && best == e) return false;
    int gh = c->head[best], grel = c->rel[best];
    /* a phrase before its verb hung on it as a discourse element or a
       dependent of no kind is its subject when it has none */
    if (gh > e && upos(c, gh) == TC_UPOS_VERB && arc_rank(c, best) == 1) {
        bool subj = false;
        for (int i = 1; i <= c->n && !subj; i++) subj = c->head[i] == gh && c->rel[i] == R_NSUBJ && (i < b || i > e);
        if (!subj) grel = R_NSUBJ;
    }
    for (int i = b; i <= e; i++) {
        chunk[i] = e;
        if (i == e) continue;
        c->head[i] = e;
        c->rel[i] = upos(c, i) == TC_UPOS_PUNCT ? R_PUNCT : i > t ? R_FLAT : upos(c, i) == TC_UPOS_ADJ ? R_AMOD : R_COMPOUND;
    }
    c->head[e] = gh;
    c->rel[e] = (uint8_t)grel;
    return true;
}

/* Whether words i, i+1, i+2 are a name joined by a hyphen or dash with no
   space: "ISIS-K", "IS–Somalia". */
static bool dash_name(const ctx *c, int i) {
    if (i + 2 > c->n) return false;
    const tc_tok *x = &c->s->tok[i - 1], *h = &c->s->tok[i], *y = &c->s->tok[i + 1];
    if (!h->form || !(!strcmp(h->form, "-") || !strcmp(h->form, "\xe2\x80\x93"))) return false;
    if (x->end != h->beg || h->end != y->beg) return false;
    return upos(c, i) == TC_UPOS_PROPN && upos(c, i + 2) == TC_UPOS_PROPN && x->form && y->form &&
           x->form[0] >= 'A' && x->form[0] <= 'Z' && y->form[0] >= 'A' && y->form[0] <= 'Z';
}

static void repair_title_names(ctx *c) {
    int n = c->n;
    int *chunk = tc_arena_calloc(c->a, (size_t)n + 2, sizeof *chunk); /* word -> its phrase's head, 0 outside */
    int *h0 = tc_arena_calloc(c->a, (size_t)n + 2, sizeof *h0);
    uint8_t *r0 = tc_arena_calloc(c->a, (size_t)n + 2, sizeof *r0);
    if (!chunk || !h0 || !r0) return;
    memcpy(h0, c->head, ((size_t)n + 1) * sizeof *h0);
    memcpy(r0, c->rel, ((size_t)n + 1) * sizeof *r0);
    bool any = false;
    /* a name joined by a dash ("ISIS-K militants attack", parsed with
       "ISIS" the object): one name, headed by its last word */
    for (int i = 1; i + 2 <= n; i++) {
        if (!dash_name(c, i)) continue;
        int e = i + 2;
        while (dash_name(c, e)) e += 2;
        any |= one_phrase(c, i, e, i - 1, chunk);
        i = e;
    }
    for (int t = 1; t < n; t++) {
        if (chunk[t] || upos(c, t + 1) != TC_UPOS_PROPN || !noun(c, t) || !title_word(c, t) || !name_word(c, t + 1)) continue;
        /* the name: capitalised words, with particles and hyphens inside */
        int e = t + 1;
        while (e < n && (name_word(c, e + 1) || (name_particle(c, e + 1) && e + 2 <= n && name_word(c, e + 2)))) e++;
        /* the title's modifiers: adjectives, proper nouns, other title words */
        int b = t;
        while (b > 1 && !chunk[b - 1] &&
               (upos(c, b - 1) == TC_UPOS_ADJ || upos(c, b - 1) == TC_UPOS_PROPN || title_word(c, b - 1) ||
                title_modifier(c, b - 1)))
            b--;
        /* (a dash name inside the name run joins this phrase) */
        for (int i = b; i <= e; i++) chunk[i] = 0;
        any |= one_phrase(c, b, e, t, chunk);
        t = e;
    }
    if (!any) return;
    /* words hung on a phrase's inner word hang on its head (and a phrase
       hung on another's inner word on that one's head) */
    for (int i = 1; i <= n; i++) {
        int h = c->head[i];
        if (h >= 1 && chunk[h] && chunk[h] != h && chunk[h] != chunk[i]) c->head[i] = chunk[h];
    }
    /* two such phrases joined by "and", the first hung on the second ("New
       Zealand defence minister Judith Collins and Philippine defense
       secretary Gilbert Teodoro sign"): conjuncts, the first the head */
    for (int e1 = 1; e1 + 2 <= n; e1++) {
        if (chunk[e1] != e1 || upos(c, e1 + 1) != TC_UPOS_CCONJ) continue;
        int e2 = chunk[e1 + 2];
        if (!e2 || c->head[e1] != e2) continue;
        c->head[e1] = c->head[e2];
        c->rel[e1] = c->rel[e2];
        c->head[e2] = e1;
        c->rel[e2] = R_CONJ;
    }
    /* such a phrase made the root, its finite verb hung on it ("Anthony
       Albanese and Prabowo Subianto announce they have signed" with
       "announce" a dependent of "Albanese"): the verb is the root, the
       phrase its subject, and what follows the verb is the verb's */
    for (int e = 1; e <= n; e++) {
        if (chunk[e] != e || c->head[e]) continue;
        int v = 0;
        for (int j = e + 1; j <= n && !v; j++) {
            const char *x = c->s->tok[j - 1].xpos;
            if (c->head[j] == e && upos(c, j) == TC_UPOS_VERB && x &&
                (!strcmp(x, "VBP") || !strcmp(x, "VBZ") || !strcmp(x, "VBD")) &&
                (c->rel[j] == R_DEP || c->rel[j] == R_OTHER || c->rel[j] == R_PARATAXIS || c->rel[j] == R_APPOS))
                v = j;
        }
        if (!v || ct_has_subject(c, v, 0)) continue;
        for (int j = v + 1; j <= n; j++)
            if (c->head[j] == e) c->head[j] = v;
        c->head[v] = 0;
        c->rel[v] = R_OTHER;
        c->head[e] = v;
        c->rel[e] = R_NSUBJ;
    }
    if (!is_acyclic(c)) {
        memcpy(c->head, h0, ((size_t)n + 1) * sizeof *h0);
        memcpy(c->rel, r0, ((size_t)n + 1) * sizeof *r0);
    }
}

/*
 * Nouns take no objects: "in retaliation for Houthi drone and missile
 * attacks on Israel" parsed with "attacks" the object of "drone".  A noun
 * whose "object" is a noun after it is that noun's modifier: the later noun
 * heads the phrase, with the first's place in the sentence, and the first
 * (with its conjuncts and modifiers) hangs on it as a compound.
 */
static void repair_noun_object(ctx *c) {
    for (int y = 2; y <= c->n; y++) {
        int x = c->head[y];
        if (!rel_is(c, y, R_OBJ) || upos(c, y) != TC_UPOS_NOUN || !x || x >= y || upos(c, x) != TC_UPOS_NOUN) continue;
        /* the words between are the first noun's own (modifiers, conjuncts) */
        bool inside = true;
        for (int t = x + 1; t < y && inside; t++) inside = ct_descends(c, t, x);
        if (!inside) continue;
        c->head[y] = c->head[x];
        c->rel[y] = c->rel[x];
        c->head[x] = y;
        c->rel[x] = R_COMPOUND;
        /* the first noun's determiner and case marker are the phrase's */
        for (int t = 1; t < x; t++)
            if (c->head[t] == x && (rel_is(c, t, R_DET) || rel_is(c, t, R_CASE))) c->head[t] = y;
    }
}

/*
 * What a signed order does, hung on the order: "Trump signs an executive
 * order imposing sanctions on ICC officials", "Goita signs a decree
 * dissolving all political parties" with the participle (or "to"
 * infinitive) an adnominal clause of "order" / "decree", so the act has no
 * doer.  A verb clause on the object of "sign" or "issue", when that object
 * is a legal instrument (order, decree, proclamation, directive), is the
 * signer's own act: the clause becomes a conjunct of the signing verb (its
 * subject shared), and the instrument hangs on the clause, no longer an
 * object of the signing that its patterns could take ("sign a decree").
 */
static bool instrument_word(const tc_tok *t) {
    static const char *const w[] = {"order", "decree", "proclamation", "directive"};
    return tc_lemma_in(t, w, TC_COUNTOF(w));
}

static void repair_signed_instrument(ctx *c) {
    for (int w = 3; w <= c->n; w++) {
        int o = c->head[w];
        /* (the participle hung on its own object, that on the instrument:
           "order imposing sanctions" with "imposing" a compound of
           "sanctions") */
        int y = 0;
        if (o > w && o <= c->n && w > 1 && c->head[o] == w - 1 && instrument_word(&c->s->tok[w - 2]) && noun(c, o)) {
            y = o;
            o = w - 1;
        } else if (!rel_is(c, w, R_ACL))
            continue;
        if (!o || o > w || upos(c, w) != TC_UPOS_VERB || !instrument_word(&c->s->tok[o - 1])) continue;
        const char *xp = c->s->tok[w - 1].xpos;
        if (!xp || (strcmp(xp, "VBG") && !(strcmp(xp, "VB") == 0 && mark_word(c, w, "to")))) continue;
        int v = c->head[o];
        if (!v || !rel_is(c, o, R_OBJ) || upos(c, v) != TC_UPOS_VERB) continue;
        static const char *const sign[] = {"sign", "issue"};
        if (!tc_lemma_in(&c->s->tok[v - 1], sign, TC_COUNTOF(sign))) continue;
        if (y && strcmp(xp, "VBG")) continue;
        c->head[w] = v;
        c->rel[w] = R_CONJ;
        c->head[o] = w;
        c->rel[o] = R_OBL;
        if (y) {
            c->head[y] = w;
            c->rel[y] = R_OBJ;
        }
    }
}

/*
 * An ordered act hung on the order as an adverbial clause: "Katz orders the
 * army to occupy new areas" with "occupy" an advcl of "orders".  After a
 * verb of ordering (order, instruct, direct, command, authorize), an
 * infinitive marked "to" that follows the verb's object is the verb's
 * complement (xcomp), its doer the object; the act is then the orderer's
 * (st_orders_votes).  ("urged X to support Y" stays as parsed: an appeal is
 * no order, and its complement is coded on its own.)
 */
bool tc_order_verb(const tc_tok *t) {
    static const char *const w[] = {"order", "instruct", "direct", "command", "authorize", "authorise"};
    return tc_lemma_in(t, w, TC_COUNTOF(w));
}

static void repair_object_control(ctx *c) {
    for (int w = 2; w <= c->n; w++) {
        int v = c->head[w];
        if (!rel_is(c, w, R_ADVCL) || upos(c, w) != TC_UPOS_VERB || !v || v > w || upos(c, v) != TC_UPOS_VERB) continue;
        if (!tc_order_verb(&c->s->tok[v - 1])) continue;
        const char *xw = c->s->tok[w - 1].xpos;
        if (!xw || strcmp(xw, "VB")) continue;
        int to = 0, obj = 0;
        for (int i = v + 1; i < w; i++) {
            if (c->head[i] == w && rel_is(c, i, R_MARK) && c->s->tok[i - 1].form && !strcmp(c->s->tok[i - 1].form, "to"))
                to = i;
            if (c->head[i] == v && rel_is(c, i, R_OBJ)) obj = i;
        }
        if (!to || !obj || to != w - 1) continue;
        /* the object's phrase ends right before "to" */
        int y = to - 1, guard = 0;
        while (y && y != obj && guard++ < 64) y = c->head[y];
        if (y != obj) continue;
        c->rel[w] = R_XCOMP;
    }
}

/*
 * A list of doers with a comma before its "and" taken apart: "Estonia,
 * Latvia, and Lithuania condemn Belarus" parsed with "Estonia" the root,
 * "condemn" its conjunct and "Lithuania" (with the "and") the subject of
 * "condemn" alone.  A verb conjoined to a noun before it, whose subject is
 * a noun opened by a "cc" of the verb, and whose first conjunct has
 * conjuncts of its own in between, has the whole list as its subject: the
 * noun heads the list (the verb's subject) and the subject is its last
 * conjunct.  A name between them hung as an apposition or unmarked modifier
 * of the first ("The United Kingdom, Canada, Australia, and Norway") is a
 * conjunct too.
 */
static void repair_list_subject(ctx *c) {
    for (int v = 3; v <= c->n; v++) {
        int nh = c->head[v];
        if (!rel_is(c, v, R_CONJ) || upos(c, v) != TC_UPOS_VERB || !nh || nh >= v || !noun(c, nh)) continue;
        int subj = 0, cc = 0;
        for (int i = nh + 1; i < v; i++)
            if (c->head[i] == v) {
                if (rel_is(c, i, R_NSUBJ) && noun(c, i)) subj = i;
                else if (rel_is(c, i, R_CC)) cc = i;
            }
        if (!subj || !cc || cc > subj) continue;
        /* nh has a conjunct of its own before the "and", and the words
           between nh and the "and" are all in nh's phrase */
        bool conj = false, ok = true;
        for (int i = nh + 1; i < cc && ok; i++) {
            int y = i, guard = 0;
            while (y && y != nh && y != v && guard++ < 64) y = c->head[y];
            if (y != nh && !(c->head[i] == v && rel_is(c, i, R_PUNCT))) ok = false;
            if (c->head[i] == nh && rel_is(c, i, R_CONJ)) conj = true;
        }
        if (!ok || !conj) continue;
        for (int i = nh + 1; i < cc; i++) {
            if (c->head[i] != nh || upos(c, i) != TC_UPOS_PROPN || !(rel_is(c, i, R_APPOS) || rel_is(c, i, R_NMOD)))
                continue;
            bool cased = false; /* "of Canada" stays a modifier */
            for (int k = nh + 1; k < i && !cased; k++) cased = c->head[k] == i && rel_is(c, k, R_CASE);
            if (!cased) c->rel[i] = R_CONJ;
        }
        c->head[v] = c->head[nh];
        c->rel[v] = c->rel[nh];
        c->head[nh] = v;
        c->rel[nh] = R_NSUBJ;
        c->active[nh] = true;
        c->head[subj] = nh;
        c->rel[subj] = R_CONJ;
        for (int i = nh + 1; i < subj; i++)
            if (c->head[i] == v) c->head[i] = subj; /* its "and" and comma */
    }
}

/*
 * A day named right after its verb, wire style, read as the verb's object
 * with what follows hung on the day: "Beirut rejected Thursday a United
 * Nations appeal" parsed with "Thursday" the object and "appeal" a second
 * subject of "rejected"; "officials demanded Friday that the United States
 * match ..." with "match" an adverbial clause of "Friday".  A bare day word
 * (a weekday, today, yesterday, tonight) right after a verb only dates it:
 * an oblique; a noun subject after it, of a verb with a subject before, is
 * the verb's object; a clause hung on the day and marked "that" or "to" is
 * the verb's complement (ccomp, or xcomp for the infinitive).
 */
static bool day_word(const ctx *c, int i) {
    static const char *const w[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                    "sunday", "today", "yesterday", "tonight"};
    for (size_t k = 0; k < sizeof w / sizeof *w; k++)
        if (tc_lemma_is(&c->s->tok[i - 1], w[k])) return true;
    return false;
}

static void repair_wire_day(ctx *c) {
    for (int t = 2; t <= c->n; t++) {
        int v = t - 1;
        if (c->head[t] != v || upos(c, v) != TC_UPOS_VERB || !day_word(c, t)) continue;
        bool bare = true, before = false;
        for (int i = 1; i <= c->n; i++) {
            if (c->head[i] == t && i < t) bare = false; /* "on Thursday", "last Friday" */
            if (c->head[i] == v && i < v && rel_is(c, i, R_NSUBJ)) before = true;
        }
        if (!bare) continue;
        bool moved = false;
        for (int x = t + 1; x <= c->n && before; x++)
            if (c->head[x] == v && rel_is(c, x, R_NSUBJ) && noun(c, x)) {
                c->rel[x] = R_OBJ;
                moved = true;
                break;
            }
        for (int w = t + 1; w <= c->n; w++) {
            if (c->head[w] != t || upos(c, w) != TC_UPOS_VERB) continue;
            bool to = mark_word(c, w, "to") != 0;
            if (!to && !mark_word(c, w, "that")) continue;
            c->head[w] = v;
            c->rel[w] = to ? R_XCOMP : R_CCOMP;
            moved = true;
        }
        if (moved || rel_is(c, t, R_OBJ)) c->rel[t] = R_OBL;
    }
}

/*
 * A subject read as a modifier of the day after it, wire style ("Pakistan
 * today threatened to ..." with "Pakistan" a compound of "today" and the
 * verb without a subject): a noun phrase on a bare day word that comes
 * right before the verb the day dates is that verb's subject.
 */
static void repair_day_subject(ctx *c) {
    /* ... and one read as a clausal subject ("Turkey today threatened"
       with "Turkey" csubj): a noun without a verb, copula or subject of
       its own is a nominal subject */
    for (int x = 1; x <= c->n; x++) {
        const char *r = c->s->tok[x - 1].deprel;
        int v = c->head[x];
        if (!r || strncmp(r, "csubj", 5) || !noun(c, x) || !v || v < x || upos(c, v) != TC_UPOS_VERB) continue;
        bool clause = false;
        for (int i = 1; i <= c->n && !clause; i++) {
            const char *ri = c->s->tok[i - 1].deprel;
            clause = c->head[i] == x && ri && (!strncmp(ri, "cop", 3) || !strncmp(ri, "nsubj", 5) || !strncmp(ri, "aux", 3));
        }
        if (!clause && !ct_has_subject(c, v, x)) c->rel[x] = R_NSUBJ;
    }
    for (int t = 2; t < c->n; t++) {
        int v = c->head[t];
        if (v != t + 1 || upos(c, v) != TC_UPOS_VERB || !day_word(c, t) || ct_has_subject(c, v, 0)) continue;
        int x = 0;
        for (int i = 1; i < t; i++)
            if (c->head[i] == t) {
                if ((rel_is(c, i, R_COMPOUND) || rel_is(c, i, R_NMOD)) && noun(c, i)) x = i;
                else if (!rel_is(c, i, R_DET) && !rel_is(c, i, R_AMOD)) x = -1; /* "on Monday", "last Friday" */
                if (x < 0) break;
            }
        if (x <= 0) continue;
        for (int i = 1; i < t; i++) /* the words before x on the day are x's ("The Pakistani government today") */
            if (c->head[i] == t && i != x) c->head[i] = x;
        c->head[x] = v;
        c->rel[x] = R_NSUBJ;
        c->rel[t] = R_OBL;
    }
}

/* Whether verb v has a passive auxiliary (its parser label, whatever the
   repairs made of it).  Scans the heads: the repairs move arcs, so the
   children index is not yet built. */
static bool pass_aux(const ctx *c, int v) {
    for (int i = 1; i <= c->n; i++) {
        const char *ri = c->s->tok[i - 1].deprel;
        if (c->head[i] == v && ri && (!strcmp(ri, "aux:pass") || !strcmp(ri, "auxpass"))) return true;
    }
    return false;
}

/*
 * A lead's subject read as an apposition of the day that opens it ("On
 * Wednesday, the Court of Session in Scotland issued an opinion", "On
 * Friday, Youssef Chahed, the Prime Minister of Tunisia, signed a decree"
 * with the name an appos of "Wednesday" and the verb without a subject):
 * a noun in apposition to a day word that dates a later verb with no
 * subject, and that stands between the day and the verb, is the verb's
 * subject.  (A passive verb keeps its parse.)
 */
static void repair_day_apposition(ctx *c) {
    for (int t = 1; t <= c->n; t++) {
        int v = c->head[t];
        if (!v || v < t || upos(c, v) != TC_UPOS_VERB || !day_word(c, t) || ct_has_subject(c, v, 0)) continue;
        int x = 0;
        for (int i = t + 1; i < v && !x; i++)
            if (c->head[i] == t && rel_is(c, i, R_APPOS) && noun(c, i)) x = i;
        if (!x) continue;
        if (pass_aux(c, v)) continue;
        c->head[x] = v;
        c->rel[x] = R_NSUBJ;
    }
}

/*
 * A passive subject on a verb with no passive auxiliary and an object of
 * its own ("The Indian government today expelled two diplomats" with
 * "government" nsubj:pass): a verb with an object is active, its subject
 * the doer.
 */
static void repair_false_passive(ctx *c) {
    for (int x = 1; x <= c->n; x++) {
        const char *r = c->s->tok[x - 1].deprel;
        int v = c->head[x];
        if (!r || strcmp(r, "nsubj:pass") || !v || v < x || c->active[x] || upos(c, v) != TC_UPOS_VERB) continue;
        const char *xv = c->s->tok[v - 1].xpos;
        if (!xv || strcmp(xv, "VBD")) continue;
        bool aux = false, obj = false;
        for (int i = 1; i <= c->n; i++) {
            if (c->head[i] != v) continue;
            const char *ri = c->s->tok[i - 1].deprel;
            if (ri && (!strcmp(ri, "aux:pass") || !strcmp(ri, "auxpass") || !strcmp(ri, "aux") || !strncmp(ri, "cop", 3)))
                aux = true;
            if (i > v && rel_is(c, i, R_OBJ) && noun(c, i)) obj = true;
        }
        if (!aux && obj) c->active[x] = true;
    }
}

/*
 * "According to the Vietnamese foreign ministry, more than 650 Vietnamese
 * nationals are detained in Myanmar" parsed with "ministry" the root and the
 * clause after the comma a relative clause (or parataxis) on it: the noun of
 * an opening "according to" phrase is the source of what the clause tells,
 * a modifier of the clause's verb; that verb, when it has a subject of its
 * own, is the sentence's root.
 */
static void repair_according_to(ctx *c) {
    for (int x = 2; x <= c->n; x++) {
        if (c->head[x] != 0 || !noun(c, x)) continue;
        bool according = false;
        for (int a = 1; a < x && !according; a++)
            according = c->head[a] == x && c->s->tok[a - 1].form && !strcasecmp(c->s->tok[a - 1].form, "according");
        if (!according) continue;
        int v = 0;
        for (int i = x + 1; i <= c->n && !v; i++) {
            if (c->head[i] != x || upos(c, i) != TC_UPOS_VERB || rel_is(c, i, R_CASE)) continue;
            bool subj = false, comma = false;
            for (int j = 1; j <= c->n && !subj; j++)
                subj = c->head[j] == i && j < i && rel_is(c, j, R_NSUBJ);
            for (int j = x + 1; j < i && !comma; j++)
                comma = c->s->tok[j - 1].form && !strcmp(c->s->tok[j - 1].form, ",");
            if (subj && comma) v = i;
        }
        if (!v) continue;
        c->head[v] = 0;
        c->rel[v] = R_OTHER;
        for (int i = v + 1; i <= c->n; i++) /* x's words after v are the clause's */
            if (c->head[i] == x) c->head[i] = v;
        c->head[x] = v;
        c->rel[x] = R_OBL;
        return;
    }
}

/*
 * "Egypt, Jordan, and the countries of the Gulf Cooperation Council meet in
 * Riyadh" parsed with "Egypt" (and its conjunct "Jordan") the object of
 * "meet" and the last member of the list its subject: English puts no
 * object before its verb, so a noun object before the verb with conjuncts of
 * its own, whose subject follows it after an "and" or "or", heads the
 * subject list -- the subject is its last conjunct.
 */
static void repair_object_list(ctx *c) {
    for (int o = 1; o <= c->n; o++) {
        int v = c->head[o];
        if (!v || v <= o || !rel_is(c, o, R_OBJ) || !noun(c, o) || upos(c, v) != TC_UPOS_VERB) continue;
        int subj = 0, cc = 0;
        bool conj = false;
        for (int i = o + 1; i < v; i++) {
            if (c->head[i] == v && rel_is(c, i, R_NSUBJ) && noun(c, i)) subj = i;
            if (c->head[i] == o && rel_is(c, i, R_CONJ)) conj = true;
        }
        if (!subj || !conj) continue;
        for (int i = o + 1; i < subj && !cc; i++)
            if (c->head[i] == subj && rel_is(c, i, R_CC)) cc = i;
        if (!cc) continue;
        c->rel[o] = R_NSUBJ;
        c->active[o] = true;
        c->head[subj] = o;
        c->rel[subj] = R_CONJ;
        return;
    }
}

/*
 * "Carrie Lam, the chief executive of Hong Kong, announced", "Julie Payette,
 * the Governor General of Canada, dissolved the Parliament": a description
 * set off by commas between a name and the tensed verb right after it,
 * which the parser hangs on the verb (amod, list, conj) or makes the root,
 * is the name's apposition, and the name is the verb's subject when the
 * verb has none.  Only a clean phrase (one word of it hangs outside it) and
 * an acyclic result are taken.
 */
static void repair_description_appos(ctx *c) {
    for (int p = 1; p + 4 <= c->n; p++) {
        const tc_tok *cm = &c->s->tok[p], *det = &c->s->tok[p + 1];
        if (upos(c, p) != TC_UPOS_PROPN || !cm->form || strcmp(cm->form, ",")) continue;
        if (!(tc_lemma_is(det, "the") || tc_lemma_is(det, "a"))) continue;
        int q = 0;
        for (int i = p + 3; i <= c->n && i <= p + 16 && !q; i++) {
            const tc_tok *t = &c->s->tok[i - 1];
            if (t->form && !strcmp(t->form, ",")) q = i;
            else if ((upos(c, i) == TC_UPOS_VERB || upos(c, i) == TC_UPOS_AUX) && finite_xpos(t)) break;
        }
        int v = q + 1;
        if (!q || v > c->n || upos(c, v) != TC_UPOS_VERB || !finite_xpos(&c->s->tok[v - 1])) continue;
        int h = 0, outs = 0;
        for (int i = p + 2; i < q; i++)
            if (c->head[i] < p + 2 || c->head[i] >= q) { outs++; h = i; }
        if (outs != 1 || (upos(c, h) != TC_UPOS_NOUN && upos(c, h) != TC_UPOS_PROPN && upos(c, h) != TC_UPOS_ADJ)) continue;
        int x = p; /* the name's head: up its flat/compound words */
        for (int g = 0; g < 8 && c->head[x] && c->head[x] < x && upos(c, c->head[x]) == TC_UPOS_PROPN &&
                        (rel_is(c, x, R_FLAT) || rel_is(c, x, R_COMPOUND));
             g++)
            x = c->head[x];
        if (c->head[h] == x && rel_is(c, h, R_APPOS)) continue;
        bool passive = pass_aux(c, v);
        /* ("the chief executive of Hong Kong" with "of" the head of "Hong":
           a preposition is the case of its noun, the noun the modifier) */
        for (int i = p + 3; i < q; i++) {
            if (upos(c, i) != TC_UPOS_ADP || c->head[i] < p + 2 || c->head[i] >= q) continue;
            int j = 0;
            for (int k = i + 1; k < q && !j; k++)
                if (c->head[k] == i && noun(c, k)) j = k;
            if (!j) continue;
            c->head[j] = c->head[i];
            c->rel[j] = R_NMOD;
            c->head[i] = j;
            c->rel[i] = R_CASE;
        }
        int oh = c->head[h], ox = c->head[x], ov = c->head[v];
        uint8_t orh = c->rel[h], orx = c->rel[x], orv = c->rel[v];
        int moved[8], nm = 0;
        if (c->head[v] == h) { /* the verb hung on the description takes its place, and its other dependents */
            c->head[v] = oh;
            c->rel[v] = orh;
            for (int i = 1; i <= c->n && nm < 8; i++)
                if (c->head[i] == h && (i < p + 2 || i >= q) && i != x) {
                    c->head[i] = v;
                    moved[nm++] = i;
                }
        }
        c->head[h] = x;
        c->rel[h] = R_APPOS;
        if (!passive && !(c->head[x] == v && rel_is(c, x, R_NSUBJ)) && !ct_has_subject(c, v, x)) {
            if (c->head[v] == x) { c->head[v] = ox; c->rel[v] = orx; }
            c->head[x] = v;
            c->rel[x] = R_NSUBJ;
        }
        if (!is_acyclic(c)) {
            for (int i = 0; i < nm; i++) c->head[moved[i]] = h;
            c->head[h] = oh; c->rel[h] = orh;
            c->head[x] = ox; c->rel[x] = orx;
            c->head[v] = ov; c->rel[v] = orv;
        }
    }
}

/* All repairs, in an order that matters: each sees the trees the earlier ones
   left. */
void ct_repair_tree(ctx *c) {
    repair_according_to(c);
    repair_title_names(c);
    repair_wire_day(c);
    repair_day_subject(c);
    repair_day_apposition(c);
    repair_description_appos(c);
    repair_false_passive(c);
    repair_noun_object(c);
    repair_stolen_objects(c);
    repair_base_verb(c);
    repair_infinitive_complement(c);
    repair_noun_root(c);
    repair_complements(c);
    repair_object_control(c);
    repair_signed_instrument(c);
    repair_time_subject(c);
    repair_reduced_relative(c);
    repair_as_subject(c);
    repair_trailing_attribution(c);
    repair_coordination(c);
    repair_noun_phrases(c);
    repair_subjects(c);
    repair_list_subject(c);
    repair_object_list(c);
}

/*
 * coder.c -- PETRARCH-style event coding over a UD dependency tree.
 *
 * For each verb token whose lemma or form starts a verb-dictionary entry
 * (multi-word forms such as "break down" need their other words next to the
 * verb), the verb's group patterns are matched against the words of its
 * clause: pattern words before '*' right-to-left against the words before
 * the verb (its subtree and, for xcomp/ccomp verbs, the governing clause),
 * words after '*' left-to-right against the verb's dependents after it,
 * skipping unmatched words except where '_' joins two pattern words.
 * Synsets match any member phrase; '$' / '+' / '%' mark where the source /
 * target / both are found; '^' skips one noun phrase.  The pattern matching
 * the most words wins (ties: the one whose words sit nearest the verb, then
 * the first in the file); none -> the verb's own code.  Words before the
 * verb are its subject's and prepositional phrases (a passive's agent
 * counts as its subject), not adverbs or coordinators on the verb.
 *
 * Actors come from the tree: source = nsubj (or, for verbs without one, the
 * controller through xcomp/conj/acl), target = obj/iobj, else the first
 * obl/nmod that codes; passives swap (nsubj:pass is the target, obl:agent or
 * a "by" phrase the source); conjuncts give one event per pair.  A noun
 * phrase (head plus compound/flat/name/amod/det/possessive words) is coded
 * by scanning its words for the longest actor, then agent, entries; actor
 * codes get agent codes appended (GON + ~COP = GONCOP).  Codes with date
 * restrictions are chosen by the story date.  Negation (neg / "not") maps the
 * code through the coding ontology (value +/- 0xFFFF).  Codes "A:B" give the
 * event and its reverse.  Sentences with discard phrases give nothing (the
 * phrases are looked for in the white-space-split text, as PETRARCH does).
 *
 * The two PETRARCH lineages differ in places, and so does this coder,
 * according to the dictionaries in use (petrarch2_dicts): with PETRARCH-2's
 * (CAMEO.2.0 + Phoenix) a bare pattern word after the verb does not match
 * inside a prepositional phrase and an infinitive's paired code loses its
 * reverse half; with the 2.02 validation ones (TABARI lineage) a multi-word
 * actor name may be spread over its noun phrase.
 */
#include "code/coder.h"
#include "code/nominal.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Base dependency relations the coder asks about, cached per token. */
enum {
    R_OTHER = 0,
    R_CONJ,
    R_XCOMP,
    R_OBJ,
    R_NMOD,
    R_COMPOUND,
    R_APPOS,
    R_OBL,
    R_NAME,
    R_FLAT,
    R_CCOMP,
    R_ACL,
    R_PARATAXIS,
    R_NSUBJ,
    R_IOBJ,
    R_AMOD,
    R_ADVCL,
    R_RELCL,
    R_PUNCT,
    R_NEG,
    R_MARK,
    R_DEP,
    R_CSUBJ,
    R_CC,
    R_CASE,
    R_AUX,
    R_ADVMOD,
    R_DET,
    R_GOESWITH,
    R_FIXED,
    R_MWE,
    R_NUMMOD,
    R_COUNT
};
static const char *const rel_names[] = {"", "conj", "xcomp", "obj", "nmod", "compound", "appos", "obl", "name", "flat", "ccomp", "acl", "parataxis", "nsubj", "iobj", "amod", "advcl", "relcl", "punct", "neg", "mark", "dep", "csubj", "cc", "case", "aux", "advmod", "det", "goeswith", "fixed", "mwe", "nummod"};
_Static_assert(sizeof rel_names / sizeof *rel_names == R_COUNT, "one name per base relation");

/* Per-sentence analysis, all in the caller's arena. */
typedef struct ctx {
    const tc_dict *d;
    const tc_sent *s;
    const tc_code_opts *o;
    tc_arena *a;
    int n;
    uint32_t *fw, *lw;  /* [1..n] form / lemma word ids */
    int *head;          /* [1..n] head (0 root), after repair_stolen_objects */
    int *cbeg, *kids;   /* children CSR: kids[cbeg[i] .. cbeg[i+1]) */
    uint8_t *rel;       /* [1..n] base relation (R_*) */
    bool *weak_ok;      /* agent-only phrases ("---GOV") count as actors */
    bool *active;       /* [1..n] a repair voided the word's passive label */
    struct phrase_memo *memo; /* [1..n] scan_phrase results */
    int32_t day;        /* story date in days, or INT32_MIN */
    bool has_day;
    uint32_t *wset;     /* the sentence's form and lemma ids (open addressing) */
    uint32_t wmask;
    int8_t *synok;      /* per synset: 0 unknown, 1 may match, -1 cannot */
} ctx;

static bool in_sent(const ctx *c, uint32_t w) {
    if (!w) return false;
    for (uint32_t h = (uint32_t)tc_hash_mix(w) & c->wmask;; h = (h + 1) & c->wmask) {
        if (c->wset[h] == w) return true;
        if (!c->wset[h]) return false;
    }
}

static void add_sent_word(ctx *c, uint32_t w) {
    if (!w) return;
    uint32_t h = (uint32_t)tc_hash_mix(w) & c->wmask;
    while (c->wset[h] && c->wset[h] != w) h = (h + 1) & c->wmask;
    c->wset[h] = w;
}

static bool rel_is(const ctx *c, int i, int rel) {
    return i >= 1 && i <= c->n && c->rel[i] == rel;
}

static bool rel_full(const ctx *c, int i, const char *full) {
    const char *r = c->s->tok[i - 1].deprel;
    return r && !strcmp(r, full);
}

static int head_of(const ctx *c, int i) { return c->head[i]; }

static int upos(const ctx *c, int i) { return c->s->tok[i - 1].upos; }

static bool tok_is(const ctx *c, int i, uint32_t w) {
    return w && (c->fw[i] == w || c->lw[i] == w);
}

/* The dictionary word ids entries are looked up by for token t: its form's,
   then its lemma's when that differs.  Returns how many (1 or 2). */
static int word_ids(const ctx *c, int t, uint32_t ids[2]) {
    ids[0] = c->fw[t];
    if (c->lw[t] == c->fw[t]) return 1;
    ids[1] = c->lw[t];
    return 2;
}

/* ---- setup ------------------------------------------------------------ */

static size_t phrase_memo_size(void);

/*
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

/* A common or proper noun. */
static bool noun(const ctx *c, int t) { return upos(c, t) == TC_UPOS_NOUN || upos(c, t) == TC_UPOS_PROPN; }
/* A noun or a pronoun: what can stand as an argument. */
static bool noun_or_pron(const ctx *c, int t) { return noun(c, t) || upos(c, t) == TC_UPOS_PRON; }

/* Whether v has a subject (nsubj, csubj or expl, subtypes included) other
   than word skip. */
static bool has_subject(const ctx *c, int v, int skip) {
    for (int i = 1; i <= c->n; i++) {
        if (c->head[i] != v || i == skip) continue;
        const char *dr = c->s->tok[i - 1].deprel ? c->s->tok[i - 1].deprel : "";
        if (rel_is(c, i, R_NSUBJ) || rel_is(c, i, R_CSUBJ) || !strncmp(dr, "nsubj", 5) || !strncmp(dr, "expl", 4)) return true;
    }
    return false;
}

/* Whether t descends from a (through at most 64 heads). */
static bool descends(const ctx *c, int t, int a) {
    for (int guard = 0; t && guard < 64; guard++) {
        if (t == a) return true;
        t = c->head[t];
    }
    return false;
}

/*
 * "Arnor will act with Gondor almost five years after crowds trashed its
 * embassy" parsed with "years" the subject of "trashed" and "after crowds"
 * a modifier of "years" (and "trashed" a complement or conjunct of "act"):
 * a time word subject of a later verb whose own phrase marked
 * after / before / since / until runs up to that verb measures when the
 * clause happened -- the phrase's noun is the verb's subject, its case word
 * the clause's marker, the time word an oblique, and the clause an
 * adverbial clause of the verb before it.
 */
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
        for (int t = y + 1; t < v && ok; t++) ok = descends(c, t, y);
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
        if (!y || y > p || !rel_is(c, p, R_ACL) || upos(c, p) != TC_UPOS_VERB) continue;
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

/*
 * "Arnor will adopt a resolution with Gondor ..., a senior official said on
 * Saturday" parsed with "said" a complement (ccomp) of "adopt": a verb of
 * saying after the verb it hangs on, whose own subject follows a comma, is
 * an attribution of the sentence, as a parataxis -- not a complement that
 * takes the clause's code or subject.
 */
static bool saying_lemma(const tc_tok *t) {
    static const char *const w[] = {"say", "tell", "add", "state", "report", "announce", "confirm",
                                    "claim", "note", "declare", "indicate"};
    for (size_t i = 0; i < sizeof w / sizeof *w; i++)
        if (tc_lemma_is(t, w[i])) return true;
    return false;
}

static void repair_trailing_attribution(ctx *c) {
    for (int v = 1; v <= c->n; v++) {
        int h = c->head[v];
        if (!h || h > v || !rel_is(c, v, R_CCOMP) || upos(c, v) != TC_UPOS_VERB || !saying_lemma(&c->s->tok[v - 1]))
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

/*
 * "The Philippines and France agree ..." parsed with "France" an amod (or
 * nmod, compound, appos) of "Philippines" and "and" its cc: a name with its
 * own coordinator before it, hung on an earlier name, is that name's
 * conjunct.
 */
static void repair_coordination(ctx *c) {
    for (int x = 2; x <= c->n; x++) {
        int h = c->head[x];
        int ux = upos(c, x);
        if (!h || h > x || (ux != TC_UPOS_PROPN && ux != TC_UPOS_NOUN)) continue;
        if (upos(c, h) != TC_UPOS_PROPN && upos(c, h) != TC_UPOS_NOUN) continue;
        if (!rel_is(c, x, R_AMOD) && !rel_is(c, x, R_NMOD) && !rel_is(c, x, R_COMPOUND) && !rel_is(c, x, R_APPOS))
            continue;
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
        if (!h || h > x || !rel_is(c, x, R_CONJ) || (ux != TC_UPOS_ADV && ux != TC_UPOS_ADJ) || upos(c, h) != TC_UPOS_VERB)
            continue;
        bool bare = true;
        for (int i = h + 1; i < x && bare; i++)
            if ((c->head[i] == x || c->head[i] == h) && (rel_is(c, i, R_CC) || rel_is(c, i, R_PUNCT))) bare = false;
        if (!bare) continue;
        c->rel[x] = R_ADVMOD;
    }
    /* "Russian police" with "Russian" an advmod of "police": an adjective
       before the noun it hangs on (only the noun's own words between) is
       its amod */
    for (int x = 1; x <= c->n; x++) {
        int h = c->head[x];
        if (!h || h < x || !rel_is(c, x, R_ADVMOD) || upos(c, x) != TC_UPOS_ADJ) continue;
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
        if (!h || h < x || !rel_is(c, x, R_COMPOUND) || !noun(c, x)) continue;
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
        if (!v || v > x || !rel_is(c, x, R_OBL) || upos(c, v) != TC_UPOS_VERB) continue;
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
        for (int t = w + 1; t < x && ok; t++) ok = descends(c, t, w) || descends(c, t, x);
        if (ok) c->head[x] = w;
    }
}

/*
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
static bool adjacent_subjects(const ctx *c, int s1, int s2) {
    if (!noun(c, s1) || !noun(c, s2)) return false;
    if (nom_is_time_word(tc_tok_lemma(&c->s->tok[s1 - 1])) || nom_is_time_word(tc_tok_lemma(&c->s->tok[s2 - 1])))
        return false;
    for (int t = s1 + 1; t < s2; t++)
        if (upos(c, t) == TC_UPOS_PUNCT || (!descends(c, t, s1) && !descends(c, t, s2))) return false;
    /* s2's words before it start right after s1's */
    for (int t = 1; t < s1; t++)
        if (descends(c, t, s2)) return false;
    return true;
}

static void repair_subjects(ctx *c) {
    /* (0) "Arnor believes Dagolath can cope", "Evil Mordor, the awful
       Arnor, and good Gondor welcomed" parsed with the first name a
       discourse element (an interjection's relation) of the verb after it:
       a noun before its verb is its subject when the verb has none, or
       when the verb's subject is a later conjunct (a coordinator between) */
    for (int x = 1; x <= c->n; x++) {
        int v = c->head[x];
        if (!v || v < x || upos(c, v) != TC_UPOS_VERB || !rel_full(c, x, "discourse")) continue;
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
        if (!xv || strcmp(xv, "VB") || upos(c, v) != TC_UPOS_VERB || !rel_is(c, v, R_COMPOUND) || c->head[v] != h) continue;
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
        if (!v || v > w || upos(c, w) != TC_UPOS_VERB || upos(c, v) != TC_UPOS_VERB) continue;
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
        if (has_subject(c, w, 0) || c->head[x] != v || !rel_is(c, x, R_OBJ) || !noun_or_pron(c, x)) continue;
        c->head[x] = w; /* the complement's subject */
        c->rel[x] = R_NSUBJ;
    }
}

/*
 * "The Calenardhon Congresses condemned an attack" parsed as a noun phrase
 * -- "Congresses" the root, "condemned" a participle modifying it: a
 * participle with an object of its own is no passive modifier, and a
 * sentence whose root is the noun it follows has no other verb for it to
 * serve; it is the sentence's verb, the noun its subject.
 */
static void repair_noun_root(ctx *c) {
    for (int v = 2; v <= c->n; v++) {
        int x = c->head[v];
        if (!x || x > v || c->head[x] != 0 || !rel_is(c, v, R_ACL) || upos(c, v) != TC_UPOS_VERB) continue;
        if (!noun(c, x)) continue;
        bool obj = false, subj = false, next = true;
        for (int i = 1; i <= c->n; i++) {
            if (c->head[i] == v && i > v && rel_is(c, i, R_OBJ)) obj = true;
            if (c->head[i] == v && rel_is(c, i, R_NSUBJ)) subj = true; /* a relative clause */
        }
        for (int t = x + 1; t < v && next; t++) next = descends(c, t, x); /* v right after x's words */
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
        if (!xp || strcmp(xp, "VBN") || upos(c, p) != TC_UPOS_VERB || !v || v < p || upos(c, v) != TC_UPOS_VERB) continue;
        if (rel_is(c, p, R_CONJ) || rel_is(c, p, R_XCOMP) || has_subject(c, v, p)) continue;
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

static bool setup(ctx *c) {
    int n = c->n;
    c->fw = tc_arena_calloc(c->a, (size_t)n + 2, sizeof *c->fw);
    c->lw = tc_arena_calloc(c->a, (size_t)n + 2, sizeof *c->lw);
    c->cbeg = tc_arena_calloc(c->a, (size_t)n + 3, sizeof *c->cbeg);
    c->kids = tc_arena_calloc(c->a, (size_t)n + 1, sizeof *c->kids);
    c->rel = tc_arena_calloc(c->a, (size_t)n + 2, 1);
    c->active = tc_arena_calloc(c->a, (size_t)n + 2, sizeof *c->active);
    c->head = tc_arena_calloc(c->a, (size_t)n + 2, sizeof *c->head);
    if (!c->fw || !c->lw || !c->cbeg || !c->kids || !c->rel || !c->head || !c->active) return false;
    for (int i = 1; i <= n; i++) {
        const char *r = c->s->tok[i - 1].deprel ? c->s->tok[i - 1].deprel : "";
        size_t bl = strcspn(r, ":");
        for (int k = 1; k < R_COUNT && bl; k++) /* first letters first: this runs for every word */
            if (rel_names[k][0] == r[0] && !strncmp(r, rel_names[k], bl) && rel_names[k][bl] == 0) {
                c->rel[i] = (uint8_t)k;
                break;
            }
        if (bl == 4 && !strncmp(r, "dobj", 4)) c->rel[i] = R_OBJ; /* UD v1's name of obj */
        int h = c->s->tok[i - 1].head;
        c->head[i] = h >= 1 && h <= n && h != i ? h : 0;
    }
    repair_stolen_objects(c);
    repair_base_verb(c);
    repair_noun_root(c);
    repair_complements(c);
    repair_time_subject(c);
    repair_reduced_relative(c);
    repair_as_subject(c);
    repair_trailing_attribution(c);
    repair_coordination(c);
    repair_noun_phrases(c);
    repair_subjects(c);
    for (int i = 1; i <= n; i++) {
        const tc_tok *t = &c->s->tok[i - 1];
        bool oom = false;
        if (t->form) c->fw[i] = tc_dict_word_oom(c->d, t->form, strlen(t->form), &oom);
        /* a lemma equal to the form but for ASCII case normalises the same */
        if (t->lemma && strcmp(t->lemma, "_"))
            c->lw[i] = t->form && !strcasecmp(t->lemma, t->form) ? c->fw[i]
                                                                  : tc_dict_word_oom(c->d, t->lemma, strlen(t->lemma), &oom);
        if (oom) {
            c->a->oom = true; /* sticky: the caller reports TC_NOMEM */
            return false;
        }
        int h = head_of(c, i);
        c->cbeg[h + 1]++;
    }
    for (int i = 1; i <= n + 1; i++) c->cbeg[i] += c->cbeg[i - 1];
    int *fill = tc_arena_calloc(c->a, (size_t)n + 2, sizeof *fill);
    if (!fill) return false;
    for (int i = 1; i <= n; i++) {
        int h = head_of(c, i);
        c->kids[c->cbeg[h] + fill[h]++] = i;
    }
    /* the word set: a quick "can this pattern match at all" test */
    uint32_t cap = 16;
    while (cap < (uint32_t)n * 4u) cap *= 2;
    c->wset = tc_arena_calloc(c->a, cap, sizeof *c->wset);
    uint32_t nsyn = c->d->n[TC_DS_SYN] / TC_SYN_W;
    c->synok = tc_arena_calloc(c->a, (size_t)nsyn + 1, 1);
    if (!c->wset || !c->synok) return false;
    c->wmask = cap - 1;
    c->memo = tc_arena_calloc(c->a, (size_t)n + 1, phrase_memo_size());
    if (!c->memo) return false;
    for (int i = 1; i <= n; i++) {
        add_sent_word(c, c->fw[i]);
        add_sent_word(c, c->lw[i]);
    }
    return true;
}

/* ---- phrase matching ---------------------------------------------------- */

/* Whether the plain phrase (bare word ids) matches tokens pos[k..]. */
static bool match_plain(const ctx *c, const int *pos, int npos, int k, uint32_t off, uint32_t len) {
    if ((int)len > npos - k) return false;
    const uint32_t *q = c->d->sec[TC_DS_SEQ] + off;
    for (uint32_t i = 0; i < len; i++)
        if (!tok_is(c, pos[k + (int)i], q[i])) return false;
    return true;
}

/* Date restrictions: "<d" = before d, ">d" = from d on, "a-b" = a to b
   inclusive (the validation records test both bounds). */
static bool date_ok(const ctx *c, const uint32_t *code) {
    if (!code[1] && !code[2]) return true;
    if (!c->has_day) return false;
    uint32_t dv = (uint32_t)(c->day + (int32_t)TC_DATE_BIAS);
    if (code[1] && dv < code[1]) return false;
    if (code[2] && (code[1] ? dv > code[2] : dv >= code[2])) return false;
    return true;
}

/* The actor code of entry e as of the story date: the narrowest matching
   restriction wins (a three-day exception inside a five-year term), then
   the unrestricted default. */
static uint32_t actor_code(const ctx *c, const uint32_t *e, bool *restricted) {
    const uint32_t *codes = c->d->sec[TC_DS_ACODE] + e[2] * TC_ACODE_W;
    uint32_t dflt = 0, best = 0;
    uint64_t bestw = UINT64_MAX;
    for (uint32_t i = 0; i < e[3]; i++) {
        const uint32_t *cc = codes + i * TC_ACODE_W;
        if (!cc[1] && !cc[2]) { if (!dflt) dflt = cc[0]; continue; }
        if (!date_ok(c, cc)) continue;
        uint64_t w = cc[1] && cc[2] ? (uint64_t)(cc[2] - cc[1]) : (uint64_t)UINT32_MAX;
        if (w < bestw) { bestw = w; best = cc[0]; }
    }
    *restricted = best != 0;
    if (best) return best;
    if (!dflt && !c->has_day && e[3]) dflt = codes[0];
    return dflt;
}

typedef struct codes {
    uint32_t actor[8];
    int nactor;
    uint32_t agent[8];
    int nagent;
    int actor_tok; /* first and last token of the first actor match */
    int actor_end;
    int agent_tok[8], agent_end[8];
} codes;

/* Scans tokens pos[0..npos) for actors (longest first) then agents. */
static void scan_codes(const ctx *c, const int *pos, int npos, codes *out) {
    const tc_dict *d = c->d;
    for (int k = 0; k < npos;) {
        int t = pos[k];
        int best = 0;
        uint32_t bestcode = 0;
        bool bestr = false;
        uint32_t ids[2];
        int nid = word_ids(c, t, ids);
        for (int p = 0; p < nid && !best; p++) {
            uint32_t w = ids[p], cnt;
            const uint32_t *L = tc_dict_by_first(d, TC_DS_IACTOR, w, &cnt);
            for (uint32_t i = 0; i < cnt; i++) {
                const uint32_t *e = d->sec[TC_DS_ACTOR] + L[i] * TC_ACTOR_W;
                /* longest match; among entries with the same words (the
                   same name listed for two people), one whose date
                   restriction holds beats a mere default */
                if ((int)e[1] < best || ((int)e[1] == best && bestr)) continue;
                /* first word matched through w; check the rest */
                if (e[1] > 1 && !match_plain(c, pos, npos, k + 1, e[0] + 1, e[1] - 1)) continue;
                bool r = false;
                uint32_t code = actor_code(c, e, &r);
                if (!code) continue;
                if ((int)e[1] == best && !r) continue;
                best = (int)e[1];
                bestcode = code;
                bestr = r;
            }
        }
        if (best) {
            const char *cs = tc_dict_str(d, bestcode);
            /* "---" marks a name that must not code ("+++" is a code) */
            if (strcmp(cs, "---") && out->nactor < 8) {
                if (!out->nactor) { out->actor_tok = t; out->actor_end = pos[k + best - 1]; }
                out->actor[out->nactor++] = bestcode;
            }
            k += best;
            continue;
        }
        uint32_t agcode = 0;
        for (int p = 0; p < nid && !best; p++) {
            uint32_t w = ids[p], cnt;
            const uint32_t *L = tc_dict_by_first(d, TC_DS_IAGENT, w, &cnt);
            for (uint32_t i = 0; i < cnt; i++) {
                const uint32_t *e = d->sec[TC_DS_AGENT] + L[i] * TC_AGENT_W;
                if ((int)e[1] <= best) continue;
                if (e[1] > 1 && !match_plain(c, pos, npos, k + 1, e[0] + 1, e[1] - 1)) continue;
                best = (int)e[1];
                agcode = e[2];
            }
        }
        if (best) {
            if (out->nagent < 8) {
                out->agent_tok[out->nagent] = t;
                out->agent_end[out->nagent] = pos[k + best - 1];
                out->agent[out->nagent++] = agcode;
            }
            k += best;
            continue;
        }
        k++;
    }
}

struct phrase_memo {
    codes cd;
    int beg, end;
    bool done;
};

static size_t phrase_memo_size(void) { return sizeof(struct phrase_memo); }

/* Combines actor and agent codes into one string in the arena, or NULL. */
static const char *mix(const ctx *c, const codes *cd, uint32_t actor) {
    char buf[128];
    const char *base = actor ? tc_dict_str(c->d, actor) : "";
    size_t n = (size_t)snprintf(buf, sizeof buf, "%s", base);
    for (int i = 0; i < cd->nagent && n < sizeof buf; i++) {
        const char *ag = tc_dict_str(c->d, cd->agent[i]);
        size_t al = strlen(ag);
        if (al && ag[0] == '~') {
            if (cd->nagent > 1 && !strcmp(ag, "~PPL")) continue;
            /* already there only at a 3-character code boundary: GMW+GOV
               does not contain WGO (the validation's "alignment" records) */
            bool have = false;
            size_t al1 = strlen(ag + 1);
            for (size_t q = 0; q + al1 <= n && !have; q += 3)
                if (!strncmp(buf + q, ag + 1, al1)) have = true;
            if (!have) n += (size_t)snprintf(buf + n, sizeof buf - n, "%s", ag + 1);
        } else if (al && ag[al - 1] == '~') {
            char tmp[128];
            size_t pl = al - 1 < sizeof tmp ? al - 1 : sizeof tmp - 1;
            memcpy(tmp, ag, pl);
            size_t bl = strlen(buf);
            if (pl + bl >= sizeof tmp) bl = sizeof tmp - 1 - pl;
            memcpy(tmp + pl, buf, bl);
            tmp[pl + bl] = 0;
            memcpy(buf, tmp, pl + bl + 1);
            n = pl + bl;
        }
    }
    if (n >= sizeof buf) n = sizeof buf - 1;
    if (!actor) return NULL; /* an agent without a country is not an actor */
    return tc_arena_strndup(c->a, buf, n);
}

/* "---" plus the agent codes, for a phrase with agents but no actor. */
static const char *mix_agents(const ctx *c, const codes *cd) {
    char buf[64] = "---";
    size_t n = 3;
    for (int i = 0; i < cd->nagent; i++) {
        const char *ag = tc_dict_str(c->d, cd->agent[i]);
        size_t al = strlen(ag);
        const char *body = ag;
        if (al && ag[0] == '~') body = ag + 1, al--;
        else if (al && ag[al - 1] == '~') al--;
        if (cd->nagent > 1 && !strncmp(body, "PPL", 3)) continue;
        bool have = false;
        for (size_t q = 3; q + al <= n && !have; q += 3)
            if (!strncmp(buf + q, body, al)) have = true;
        if (!have && n + al < sizeof buf) {
            memcpy(buf + n, body, al);
            n += al;
            buf[n] = 0;
        }
    }
    return n > 3 ? tc_arena_strndup(c->a, buf, n) : NULL;
}

/* A "conjunct" without a coordinator or punctuation of its own, right
   next to its head's phrase: no real coordination ("Arnor and Gondor",
   "Arnor, Gondor") looks like that, a mis-parsed multi-word name does. */
static bool bare_conj(const ctx *c, int ch) {
    if (!rel_is(c, ch, R_CONJ) || upos(c, ch) != TC_UPOS_PROPN) return false;
    int h = head_of(c, ch);
    /* (the head may be a title noun: "Deputy Prime Minister Telemar" as
       "Deputy" + conj "Telemar") */
    if (!h || (upos(c, h) != TC_UPOS_PROPN && upos(c, h) != TC_UPOS_NOUN) || ch < h) return false;
    for (int k = c->cbeg[ch]; k < c->cbeg[ch + 1]; k++)
        if (rel_is(c, c->kids[k], R_CC) || rel_is(c, c->kids[k], R_PUNCT)) return false;
    for (int t = h + 1; t < ch; t++) {
        int u = upos(c, t);
        /* (UD v1 parses tag "and" CONJ and hang it on the first conjunct) */
        if (u == TC_UPOS_CCONJ || u == TC_UPOS_PUNCT || u == TC_UPOS_VERB || u == TC_UPOS_ADP || rel_is(c, t, R_CC) ||
            rel_is(c, t, R_PUNCT))
            return false;
    }
    return true;
}

/* Collects the phrase of head h: h plus modifiers that belong to the name. */
static void phrase_tokens(const ctx *c, int h, int *pos, int *npos, int depth) {
    if (*npos >= 64 || depth > 6) return;
    pos[(*npos)++] = h;
    for (int k = c->cbeg[h]; k < c->cbeg[h + 1]; k++) {
        int ch = c->kids[k];
        int r = c->rel[ch]; /* the cached relation, after the setup repairs */
        bool take = r == R_COMPOUND || r == R_FLAT || r == R_NAME || r == R_AMOD || r == R_DET ||
                    r == R_GOESWITH || r == R_FIXED || r == R_MWE || r == R_NUMMOD;
        bool poss = rel_full(c, ch, "nmod:poss");
        /* parser slips inside a name ("Bree Prime Minister Romendacil" as
           Bree + conj Romendacil + nmod:desc Minister): a conjunct with no
           coordinator or comma of its own continues the name */
        if (!take && (rel_full(c, ch, "nmod:desc") || bare_conj(c, ch))) take = true;
        /* a hyphenated participle modifier ("Al Qaeda-linked", "UK-based")
           names a relation, not the actor itself: one token for the
           tokenisers PETRARCH was built on, it matches no actor there */
        if (take && r == R_AMOD && upos(c, ch) == TC_UPOS_VERB) {
            /* (the hyphen hung on the participle, or on the word before it:
               "government" "-" "held" with the "-" on "government") */
            const char *pf = ch >= 2 ? c->s->tok[ch - 2].form : NULL;
            bool hyph = pf && !strcmp(pf, "-");
            for (int q = c->cbeg[ch]; q < c->cbeg[ch + 1]; q++) {
                const tc_tok *pt = &c->s->tok[c->kids[q] - 1];
                if (rel_is(c, c->kids[q], R_PUNCT) && pt->form && !strcmp(pt->form, "-")) hyph = true;
            }
            if (hyph) continue;
        }
        /* ... also when the parser split it into sibling words ("military"
           "-ruled" Myanmar, or "military" "-" "ruled") */
        if (take && ch < h && (rel_is(c, ch, R_AMOD) || rel_is(c, ch, R_COMPOUND)) && ch + 1 < h) {
            const char *n1 = c->s->tok[ch].form, *n2 = ch + 2 <= c->n ? c->s->tok[ch + 1].form : NULL;
            const char *part = NULL;
            if (n1 && n1[0] == '-' && n1[1]) part = n1 + 1;
            else if (n1 && !strcmp(n1, "-") && n2 && ch + 2 < h) part = n2;
            size_t pl = part ? strlen(part) : 0;
            if (pl > 2 && !strcasecmp(part + pl - 2, "ed")) continue;
        }
        if (take || poss) phrase_tokens(c, ch, pos, npos, depth + 1);
        else if (r == R_CASE && ch < h && c->s->tok[ch - 1].upos == TC_UPOS_PART) pos[(*npos)++] = ch;
    }
}

static int cmp_int(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }

typedef struct actor {
    const char *code;
    int head, beg, end;
} actor;

static void span_of(const int *pos, int npos, int *beg, int *end) {
    *beg = pos[0];
    *end = pos[0];
    for (int i = 1; i < npos; i++) {
        if (pos[i] < *beg) *beg = pos[i];
        if (pos[i] > *end) *end = pos[i];
    }
}

/* Scans the name of phrase h into cd; returns the span. */
/* The noun phrase with its prepositional modifiers (no clauses, no
   conjuncts): names such as "Prince of Dol Amroth" span an nmod. */
static void np_tokens(const ctx *c, int h, int *pos, int *npos, int depth) {
    if (*npos >= 64 || depth > 8) return;
    pos[(*npos)++] = h;
    for (int k = c->cbeg[h]; k < c->cbeg[h + 1]; k++) {
        int ch = c->kids[k];
        if (rel_is(c, ch, R_ACL) || rel_is(c, ch, R_RELCL) || rel_is(c, ch, R_ADVCL) || rel_is(c, ch, R_CONJ) ||
            rel_is(c, ch, R_CC) || rel_is(c, ch, R_PUNCT) || rel_is(c, ch, R_APPOS) || rel_is(c, ch, R_PARATAXIS) ||
            rel_is(c, ch, R_DEP) || upos(c, ch) == TC_UPOS_VERB)
            continue;
        np_tokens(c, ch, pos, npos, depth + 1);
    }
}

static void scan_phrase_raw(const ctx *c, int h, codes *cd, int *beg, int *end);

/* scan_phrase is pure for a given head, and asked about the same heads again
   and again (every pattern's $/+ test, every verb's arguments): memoised. */
static void scan_phrase(const ctx *c, int h, codes *cd, int *beg, int *end) {
    if (c->memo && h >= 1 && h <= c->n) {
        if (!c->memo[h].done) {
            scan_phrase_raw(c, h, &c->memo[h].cd, &c->memo[h].beg, &c->memo[h].end);
            c->memo[h].done = true;
        }
        *cd = c->memo[h].cd;
        *beg = c->memo[h].beg;
        *end = c->memo[h].end;
        return;
    }
    scan_phrase_raw(c, h, cd, beg, end);
}

/* Whether the dictionaries are PETRARCH-2's (CAMEO.2.0.txt and the
   Phoenix files): its verb dictionary ends with verb transformations, which
   the 2.02 validation dictionaries (TABARI lineage) lack.  The two coders
   differ in a few places, marked where this is asked. */
static bool petrarch2_dicts(const ctx *c) { return c->d->n[TC_DS_XFORM] > 0; }

/* A multi-word actor name ending at the phrase head h whose words are
   spread over the phrase with modifiers between them ("Ithilen state-run
   television" for ITHILEN_TELEVISION): the longest such entry's code, or 0.
   *first receives its first token. */
static uint32_t gapped_actor(const ctx *c, const int *pos, int npos, int h, int *first) {
    const tc_dict *d = c->d;
    uint32_t bestcode = 0;
    int best = 1;
    for (int k = 0; k < npos && pos[k] < h; k++) {
        int t = pos[k];
        uint32_t ids[2];
        int nid = word_ids(c, t, ids);
        for (int p = 0; p < nid; p++) {
            uint32_t w = ids[p], cnt;
            const uint32_t *L = tc_dict_by_first(d, TC_DS_IACTOR, w, &cnt);
            for (uint32_t i = 0; i < cnt; i++) {
                const uint32_t *e = d->sec[TC_DS_ACTOR] + L[i] * TC_ACTOR_W;
                if ((int)e[1] <= best) continue;
                const uint32_t *q = d->sec[TC_DS_SEQ] + e[0];
                uint32_t m = 1;
                int last = t;
                for (int j = k + 1; j < npos && m < e[1]; j++)
                    if (tok_is(c, pos[j], q[m])) { m++; last = pos[j]; }
                if (m < e[1] || last != h) continue;
                bool r = false;
                uint32_t code = actor_code(c, e, &r);
                if (!code || !strcmp(tc_dict_str(d, code), "---")) continue;
                best = (int)e[1];
                bestcode = code;
                *first = t;
            }
        }
    }
    return bestcode;
}

static void scan_phrase_raw(const ctx *c, int h, codes *cd, int *beg, int *end) {
    int pos[72], npos = 0;
    phrase_tokens(c, h, pos, &npos, 0);
    qsort(pos, (size_t)npos, sizeof *pos, cmp_int);
    span_of(pos, npos, beg, end);
    memset(cd, 0, sizeof *cd);
    scan_codes(c, pos, npos, cd);
    /* the head word not covered by a name: a name spread over the phrase
       may end on it (the 2.02 validation dictionaries' "disconnected" actor
       phrases, a TABARI feature; PETRARCH-2 with its Phoenix dictionaries
       matches names word by word: "The US State department" is USA there,
       not USAGOV) */
    if (npos > 2 && (!cd->nactor || cd->actor_end < h) && !petrarch2_dicts(c)) {
        int first = 0;
        uint32_t g = gapped_actor(c, pos, npos, h, &first);
        if (g) {
            if (!cd->nactor) cd->nactor = 1;
            cd->actor[0] = g;
            cd->actor_tok = first;
            cd->actor_end = h;
        }
    }
    /* a multi-word name across a preposition: only an entry that covers the
       head word counts, so "the police of Gondor" still goes through the
       modifier rule */
    int p2[72], n2 = 0;
    np_tokens(c, h, p2, &n2, 0);
    if (n2 <= npos) return;
    qsort(p2, (size_t)n2, sizeof *p2, cmp_int);
    codes c2;
    memset(&c2, 0, sizeof c2);
    scan_codes(c, p2, n2, &c2);
    /* ... or a longer name that contains the short one ("US Secretary of
       State" over "US") */
    if (c2.nactor && c2.actor_end >= h && c2.actor_tok <= h &&
        (!cd->nactor || (c2.actor_tok <= cd->actor_tok && c2.actor_end > cd->actor_end))) {
        *cd = c2;
        span_of(p2, n2, beg, end);
        return;
    }
    /* an agent name across a preposition ("Ministry of Silly Walks") */
    for (int i = 0; i < c2.nagent; i++) {
        if (!(c2.agent_tok[i] <= h && c2.agent_end[i] > h)) continue;
        bool have = false;
        for (int j = 0; j < cd->nagent; j++)
            if (cd->agent[j] == c2.agent[i]) have = true;
        if (!have && cd->nagent < 8) {
            /* it replaces the head word's own, shorter agent match */
            for (int j = 0; j < cd->nagent; j++)
                if (cd->agent_tok[j] <= h && cd->agent_end[j] >= h) {
                    cd->agent[j] = c2.agent[i];
                    have = true;
                }
            if (!have) cd->agent[cd->nagent++] = c2.agent[i];
        }
    }
}

static bool has_case_by(const ctx *c, int h);

static bool is_prep_mod(const ctx *c, int ch) {
    return (rel_is(c, ch, R_NMOD) || rel_is(c, ch, R_OBL)) && !rel_full(c, ch, "nmod:poss") &&
           !rel_full(c, ch, "nmod:tmod") && !rel_full(c, ch, "obl:tmod") &&
           (upos(c, ch) == TC_UPOS_PROPN || upos(c, ch) == TC_UPOS_NOUN);
}

/*
 * Codes the noun phrase headed by h (without its conjuncts) into out[]:
 * normally one actor; an agent phrase without a country in its name takes
 * the countries of a prepositional modifier and its conjuncts ("lawmakers in
 * Arnor and Gondor" -> ARNLEG, GONLEG).  *cd receives the name's codes so
 * that conjuncts can share a modifier ("Danish media and government").
 */
static int code_np_multi(const ctx *c, int h, actor *out, int max, codes *cd, int depth) {
    int beg, end;
    scan_phrase(c, h, cd, &beg, &end);
    if (max <= 0) return 0;
    if (cd->nactor) {
        /* a coordinated modifier ("Eriadori and Calenardhon leaders") gives
           one actor per conjunct, each with the head's agents */
        for (int j = c->cbeg[h]; j < c->cbeg[h + 1]; j++) {
            int m = c->kids[j];
            if (!(rel_is(c, m, R_COMPOUND) || rel_is(c, m, R_AMOD)) || m > h) continue;
            int heads[9], nh = 0;
            heads[nh++] = m;
            for (int q = c->cbeg[m]; q < c->cbeg[m + 1] && nh < 9; q++)
                if (rel_is(c, c->kids[q], R_CONJ)) heads[nh++] = c->kids[q];
            if (nh < 2) continue;
            codes hd;
            memset(&hd, 0, sizeof hd);
            int hp[1] = {h};
            scan_codes(c, hp, 1, &hd);
            int k = 0;
            for (int q = 0; q < nh && k < max; q++) {
                int p2[72], n2 = 0;
                phrase_tokens(c, heads[q], p2, &n2, 0);
                qsort(p2, (size_t)n2, sizeof *p2, cmp_int);
                codes cq;
                memset(&cq, 0, sizeof cq);
                scan_codes(c, p2, n2, &cq);
                if (!cq.nactor) continue;
                for (int i = 0; i < hd.nagent && cq.nagent < 8; i++) cq.agent[cq.nagent++] = hd.agent[i];
                const char *code = mix(c, &cq, cq.actor[0]);
                if (code) out[k++] = (actor){code, h, beg, end};
            }
            if (k >= 2) return k;
        }
        const char *code = mix(c, cd, cd->actor[0]);
        if (!code) return 0;
        out[0] = (actor){code, h, beg, end};
        return 1;
    }
    int k = 0;
    if (depth < 2) {
        for (int j = c->cbeg[h]; j < c->cbeg[h + 1] && !k; j++) {
            int ch = c->kids[j];
            if (!is_prep_mod(c, ch)) continue;
            /* the modifier and its conjuncts */
            int heads[9], nh = 0;
            heads[nh++] = ch;
            for (int q = c->cbeg[ch]; q < c->cbeg[ch + 1] && nh < 9; q++)
                if (rel_is(c, c->kids[q], R_CONJ)) heads[nh++] = c->kids[q];
            for (int q = 0; q < nh && k < max; q++) {
                codes c2;
                int b2, e2;
                scan_phrase(c, heads[q], &c2, &b2, &e2);
                if (!c2.nactor) continue;
                /* the head's own agents come first: "exiled leaders of
                   Egypt's Muslim Brotherhood" = EGY + OPP + MUS */
                codes m = c2;
                m.nagent = 0;
                for (int i = 0; i < cd->nagent && m.nagent < 8; i++) m.agent[m.nagent++] = cd->agent[i];
                for (int i = 0; i < c2.nagent && m.nagent < 8; i++) m.agent[m.nagent++] = c2.agent[i];
                const char *code = mix(c, &m, m.actor[0]);
                if (code) out[k++] = (actor){code, h, beg < b2 ? beg : b2, end > e2 ? end : e2};
            }
        }
    }
    if (!k && c->o && c->o->resolve) {
        const char *r = c->o->resolve(c->o->resolve_ud, c->s, h, beg, end);
        if (r) out[k++] = (actor){r, h, beg, end};
    }
    if (!k && cd->nagent && depth == 0 && c->o && c->o->agent_codes && (!c->weak_ok || *c->weak_ok)) {
        /* an agent without a country: PETRARCH writes it "---GOV" */
        bool head_agent = false;
        for (int i = 0; i < cd->nagent; i++)
            if (cd->agent_tok[i] <= h && cd->agent_end[i] >= h) head_agent = true;
        /* a bare singular noun ("he said government proposed") is not a
           referring phrase; plurals and determined phrases are */
        const tc_tok *ht = &c->s->tok[h - 1];
        bool sing = (ht->feats && strstr(ht->feats, "Number=Sing")) || (ht->xpos && !strcmp(ht->xpos, "NN"));
        bool determined = false;
        for (int q = c->cbeg[h]; q < c->cbeg[h + 1]; q++)
            if (rel_is(c, c->kids[q], R_DET) || rel_full(c, c->kids[q], "nmod:poss") || rel_is(c, c->kids[q], R_AMOD) ||
                rel_is(c, c->kids[q], R_COMPOUND))
                determined = true;
        /* ... but a passive agent is ("pressured by congress") */
        if (sing && !determined && upos(c, h) == TC_UPOS_NOUN && !has_case_by(c, h)) head_agent = false;
        const char *code = head_agent ? mix_agents(c, cd) : NULL;
        if (code) out[k++] = (actor){code, h, beg, end};
    }
    return k;
}

/* Single-code convenience used by the pattern matcher. */
static const char *code_np(const ctx *c, int h, int *beg, int *end, int depth) {
    actor a[1];
    codes cd;
    int k = code_np_multi(c, h, a, 1, &cd, depth);
    if (!k) return NULL;
    *beg = a[0].beg;
    *end = a[0].end;
    return a[0].code;
}

static bool nominal(const ctx *c, int t) {
    int u = upos(c, t);
    return u == TC_UPOS_NOUN || u == TC_UPOS_PROPN || u == TC_UPOS_PRON || u == TC_UPOS_ADJ || u == TC_UPOS_NUM;
}

/* Codes h and its conjuncts into out[]; returns how many coded.  A list
   may hang off an apposition ("Mordor, the Shire, Arnor and Bree"). */
static int code_conj(const ctx *c, int h, actor *out, int max) {
    codes cd0;
    int k = code_np_multi(c, h, out, max, &cd0, 0);
    int members[24], nm = 0;
    for (int j = c->cbeg[h]; j < c->cbeg[h + 1] && nm < 24; j++) {
        int ch = c->kids[j];
        if (!nominal(c, ch)) continue;
        if (rel_is(c, ch, R_CONJ) && !bare_conj(c, ch)) {
            members[nm++] = ch;
            /* a conjunct hung on the previous conjunct instead of the first
               ("Mordor, Rohan, Arnor and Bree" with Bree under Arnor) */
            for (int x = ch, guard = 0; guard < 8 && nm < 24; guard++) {
                int nx = 0;
                for (int q = c->cbeg[x]; q < c->cbeg[x + 1] && !nx; q++)
                    if (rel_is(c, c->kids[q], R_CONJ) && nominal(c, c->kids[q]) && !bare_conj(c, c->kids[q])) nx = c->kids[q];
                if (!nx) break;
                members[nm++] = nx;
                x = nx;
            }
        }
        else if (rel_is(c, ch, R_APPOS)) {
            /* a single apposition names the same actor ("the US commander,
               General David Petraeus"); one with conjuncts is a list */
            bool list = false;
            for (int q = c->cbeg[ch]; q < c->cbeg[ch + 1]; q++)
                if (rel_is(c, c->kids[q], R_CONJ)) list = true;
            for (int q = c->cbeg[h]; q < c->cbeg[h + 1]; q++)
                if (rel_is(c, c->kids[q], R_CONJ)) list = true;
            codes ca;
            int b, e;
            scan_phrase(c, ch, &ca, &b, &e);
            if (!list || !ca.nactor) continue;
            members[nm++] = ch;
            for (int q = c->cbeg[ch]; q < c->cbeg[ch + 1] && nm < 24; q++)
                if (rel_is(c, c->kids[q], R_CONJ) && nominal(c, c->kids[q])) members[nm++] = c->kids[q];
        }
    }
    for (int mi = 0; mi < nm && k < max; mi++) {
        int ch = members[mi];
        codes cdi;
        /* a conjunct first tries real actors and sharing; "---GOV" last */
        bool weak_was = c->weak_ok ? *c->weak_ok : true;
        if (c->weak_ok) *c->weak_ok = false;
        int n = code_np_multi(c, ch, out + k, max - k, &cdi, 0);
        if (c->weak_ok) *c->weak_ok = weak_was;
        if (!n && cdi.nagent && !cdi.nactor && rel_is(c, ch, R_CONJ)) {
            int b, e;
            scan_phrase(c, ch, &cdi, &b, &e);
            if (cd0.nactor) {
                /* "Danish Islamist media and government": the conjunct
                   shares the first conjunct's modifiers (DNK, ~MUS) */
                int pos[72], npos = 0;
                phrase_tokens(c, h, pos, &npos, 0);
                int q = 0;
                for (int i = 0; i < npos; i++)
                    if (pos[i] != h) pos[q++] = pos[i];
                qsort(pos, (size_t)q, sizeof *pos, cmp_int);
                codes cm;
                memset(&cm, 0, sizeof cm);
                scan_codes(c, pos, q, &cm);
                if (!cm.nactor) cm = cd0, cm.nagent = 0;
                for (int i = 0; i < cdi.nagent && cm.nagent < 8; i++) cm.agent[cm.nagent++] = cdi.agent[i];
                const char *code = mix(c, &cm, cm.actor[0]);
                if (code && k + n < max) out[k + n++] = (actor){code, ch, b, e};
            } else if (cd0.nagent && k > 0) {
                /* "lawmakers and officials in Arnor and Gondor": the
                   countries the first conjunct took from its modifier */
                for (int j2 = c->cbeg[h]; j2 < c->cbeg[h + 1]; j2++) {
                    int pm = c->kids[j2];
                    if (!is_prep_mod(c, pm)) continue;
                    int heads[9], nh = 0;
                    heads[nh++] = pm;
                    for (int q = c->cbeg[pm]; q < c->cbeg[pm + 1] && nh < 9; q++)
                        if (rel_is(c, c->kids[q], R_CONJ)) heads[nh++] = c->kids[q];
                    for (int q = 0; q < nh && k + n < max; q++) {
                        codes c2;
                        int b2, e2;
                        scan_phrase(c, heads[q], &c2, &b2, &e2);
                        if (!c2.nactor) continue;
                        for (int i = 0; i < cdi.nagent && c2.nagent < 8; i++) c2.agent[c2.nagent++] = cdi.agent[i];
                        const char *code = mix(c, &c2, c2.actor[0]);
                        if (code) out[k + n++] = (actor){code, ch, b, e};
                    }
                    break;
                }
            }
        }
        if (!n && weak_was) n = code_np_multi(c, ch, out + k, max - k, &cdi, 0);
        k += n;
    }
    return k;
}

/* ---- discards --------------------------------------------------------- */

/*
 * PETRARCH-2 and UniversalPetrarch alike (check_discards) test the discard
 * phrases on the sentence text split at white space, upper-cased, by walking
 * a word tree: a word glued to punctuation ("ago,") is another word, a
 * phrase counts only once the next word is reached (none at the very end of
 * the sentence), and after a mismatch the walk restarts with the following
 * word.  "two American missionaries ... three years ago, a senior officer
 * said" is therefore no "YEARS AGO" discard there; we do the same.
 */
static bool discarded_text(const ctx *c, const char *text) {
    const tc_dict *d = c->d;
    uint32_t pre[16]; /* the words of the current partial match */
    int np = 0;
    const char *p = text;
    for (;;) {
        while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r') p++;
        if (!*p) return false;
        const char *e = p;
        while (*e && *e != ' ' && *e != '\t' && *e != '\n' && *e != '\r') e++;
        bool oom = false;
        uint32_t w = tc_dict_word_oom(d, p, (size_t)(e - p), &oom);
        if (oom) {
            c->a->oom = true;
            return false;
        }
        p = e;
        uint32_t cnt = 0;
        const uint32_t *L = np ? tc_dict_by_first(d, TC_DS_IDISC, pre[0], &cnt) : NULL;
        /* a whole phrase matched before this word: discard */
        for (uint32_t i = 0; i < cnt; i++) {
            const uint32_t *en = d->sec[TC_DS_DISC] + L[i] * TC_DISC_W;
            if ((int)en[1] == np && !memcmp(d->sec[TC_DS_SEQ] + en[0], pre, (size_t)np * sizeof *pre)) return true;
        }
        if (!w || np >= 16) { np = 0; continue; }
        pre[np] = w;
        if (!np) L = tc_dict_by_first(d, TC_DS_IDISC, w, &cnt);
        bool go = false;
        for (uint32_t i = 0; i < cnt && !go; i++) {
            const uint32_t *en = d->sec[TC_DS_DISC] + L[i] * TC_DISC_W;
            if ((int)en[1] > np && !memcmp(d->sec[TC_DS_SEQ] + en[0], pre, (size_t)(np + 1) * sizeof *pre)) go = true;
        }
        np = go ? np + 1 : 0;
    }
}

static bool discarded(const ctx *c) {
    if (c->s->text && *c->s->text) return discarded_text(c, c->s->text);
    int *pos = tc_arena_calloc(c->a, (size_t)c->n + 1, sizeof *pos);
    if (!pos) return false;
    for (int i = 0; i < c->n; i++) pos[i] = i + 1;
    for (int k = 0; k < c->n; k++) {
        uint32_t ids[2];
        int nid = word_ids(c, k + 1, ids);
        for (int p = 0; p < nid; p++) {
            uint32_t w = ids[p], cnt;
            const uint32_t *L = tc_dict_by_first(c->d, TC_DS_IDISC, w, &cnt);
            for (uint32_t i = 0; i < cnt; i++) {
                const uint32_t *e = c->d->sec[TC_DS_DISC] + L[i] * TC_DISC_W;
                if (match_plain(c, pos, c->n, k, e[0], e[1])) return true;
            }
        }
    }
    return false;
}

/* ---- pattern matching ------------------------------------------------- */

typedef struct pmatch {
    int score;
    int words[8];   /* sentence tokens matched by pattern words */
    int nwords;
    int src, tgt; /* token positions marked by $ / + (0 none) */
    bool both;
    bool neg_in_pattern;
} pmatch;

/* Whether some member of synset syn starts with a word of the sentence. */
static bool syn_possible(const ctx *c, uint32_t syn, int depth) {
    const tc_dict *d = c->d;
    if (syn >= d->n[TC_DS_SYN] / TC_SYN_W || depth > 3) return false;
    if (c->synok[syn]) return c->synok[syn] > 0;
    const uint32_t *s = d->sec[TC_DS_SYN] + syn * TC_SYN_W;
    bool ok = false;
    for (uint32_t m = 0; m < s[2] && !ok; m++) {
        const uint32_t *mem = d->sec[TC_DS_SYNMEM] + (s[1] + m) * TC_SYNMEM_W;
        uint32_t t = d->sec[TC_DS_SEQ][mem[0]];
        if (TC_PT_KIND(t) == TC_PT_SYN) ok = syn_possible(c, TC_PT_VAL(t), depth + 1);
        else ok = in_sent(c, TC_PT_VAL(t));
    }
    c->synok[syn] = ok ? 1 : -1;
    return ok;
}

/* Match synset member phrases at pos[k] (forward) -> length matched or 0. */
static int match_syn_fwd(const ctx *c, uint32_t syn, const int *pos, int npos, int k, int depth) {
    const tc_dict *d = c->d;
    if (syn >= d->n[TC_DS_SYN] / TC_SYN_W || depth > 3) return 0;
    const uint32_t *s = d->sec[TC_DS_SYN] + syn * TC_SYN_W;
    int best = 0;
    for (uint32_t m = 0; m < s[2]; m++) {
        const uint32_t *mem = d->sec[TC_DS_SYNMEM] + (s[1] + m) * TC_SYNMEM_W;
        const uint32_t *q = d->sec[TC_DS_SEQ] + mem[0];
        if (mem[1] == 1 && TC_PT_KIND(q[0]) == TC_PT_SYN) {
            int l = match_syn_fwd(c, TC_PT_VAL(q[0]), pos, npos, k, depth + 1);
            if (l > best) best = l;
            continue;
        }
        if ((int)mem[1] > npos - k) continue;
        bool ok = true;
        for (uint32_t i = 0; i < mem[1] && ok; i++) {
            int t = pos[k + (int)i];
            if (i && t != pos[k + (int)i - 1] + 1) ok = false; /* members are consecutive words */
            else ok = tok_is(c, t, TC_PT_VAL(q[i]));
        }
        if (ok && (int)mem[1] > best) best = (int)mem[1];
    }
    return best;
}

static bool is_neg_tok(const ctx *c, int t) {
    const char *f = c->s->tok[t - 1].lemma;
    const char *g = c->s->tok[t - 1].form;
    return (f && (!strcasecmp(f, "not") || !strcasecmp(f, "n't") || !strcasecmp(f, "never"))) ||
           (g && (!strcasecmp(g, "not") || !strcasecmp(g, "n't") || !strcasecmp(g, "never")));
}

/* Is t a plausible actor position (a noun that codes)? */
static int actor_at(const ctx *c, int t) {
    int u = upos(c, t);
    if (u != TC_UPOS_NOUN && u != TC_UPOS_PROPN && u != TC_UPOS_ADJ) return 0;
    /* climb to the phrase head through name-internal relations */
    int h = t;
    for (int guard = 0; guard < 8; guard++) {
        int p = head_of(c, h);
        if (!p) break;
        if (rel_is(c, h, R_COMPOUND) || rel_is(c, h, R_FLAT) || rel_is(c, h, R_NAME) || rel_is(c, h, R_AMOD)) h = p;
        else break;
    }
    int b, e;
    return code_np(c, h, &b, &e, 1) ? h : 0;
}

/* The head of the noun phrase t belongs to, through name-internal and
   modifier relations. */
static int np_head(const ctx *c, int t) {
    for (int guard = 0; guard < 16; guard++) {
        int r = c->rel[t], p = head_of(c, t);
        if (!p || !(r == R_COMPOUND || r == R_FLAT || r == R_NAME || r == R_AMOD || r == R_DET || r == R_NUMMOD ||
                    r == R_GOESWITH || r == R_FIXED || r == R_MWE))
            return t;
        t = p;
    }
    return t;
}

/* Whether token t sits inside a prepositional phrase (a noun with a case
   word on the way up to its clause's verb). */
static bool in_pp(const ctx *c, int t) {
    for (int x = t, guard = 0; x && guard < 32 && upos(c, x) != TC_UPOS_VERB; x = head_of(c, x), guard++) {
        if (!(rel_is(c, x, R_NMOD) || rel_is(c, x, R_OBL))) continue;
        for (int k = c->cbeg[x]; k < c->cbeg[x + 1]; k++)
            if (rel_is(c, c->kids[k], R_CASE) && upos(c, c->kids[k]) == TC_UPOS_ADP) return true;
    }
    return false;
}

/* Forward match of toks[0..nt) over pos[0..npos); returns the score or -1. */
static int match_side(const ctx *c, const uint32_t *toks, int nt, const int *pos, int npos, bool fwd, pmatch *pm) {
    int score = 0;
    int k = 0; /* index into pos in the walking direction */
    int prev = -1;
    int brace = 0, paren = 0;
    bool after_syn = false, in_paren_prev = false; /* a word already matched inside the current (...) */
    /* brace group of each pattern item in text order (0 = outside) */
    uint8_t bgrp[64];
    int prev_item = -1; /* text index of the last word/synset walked */
    {
        int g = 0, depth = 0;
        for (int i = 0; i < nt && i < 64; i++) {
            int kd = (int)TC_PT_KIND(toks[i]);
            if (kd == TC_PT_LBRACE && depth++ == 0) g++;
            bgrp[i] = depth > 0 ? (uint8_t)g : 0;
            if (kd == TC_PT_RBRACE && depth > 0) depth--;
        }
    }
    for (int ti = 0; ti < nt; ti++) {
        uint32_t t = toks[fwd ? ti : nt - 1 - ti];
        /* when walking backwards, the join flag of the token after (in text
           order) tells whether this one must be adjacent to it */
        bool join = fwd ? TC_PT_JOIN(t) && prev >= 0
                        : (ti > 0 && TC_PT_JOIN(toks[nt - ti]) && prev >= 0);
        int kind = (int)TC_PT_KIND(t);
        if (kind == TC_PT_LBRACE) brace++;
        if (kind == TC_PT_LPAR) paren++;
        if (kind == TC_PT_RPAR && paren > 0) paren--;
        if (kind == TC_PT_RBRACE && brace > 0) brace--;
        /* inside a noun phrase {...} a synset match is closed: the next
           word follows it directly ("{&TIETYPES MEMOS}" does not match
           "cultural internal memos") */
        if (fwd && brace > 0 && after_syn && (kind == TC_PT_WORD || kind == TC_PT_SYN) && prev >= 0) join = true;
        /* walking backwards, the words of a noun phrase {...} belong to
           one noun phrase: "{DEATH TOLL} *" matches "death and injury
           toll" (death a compound of toll) but not "death and injury
           total" (total a conjunct of death) */
        int ti_text = fwd ? ti : nt - 1 - ti;
        int need_np = 0;
        if (!fwd && (kind == TC_PT_WORD || kind == TC_PT_SYN) && prev >= 0 && prev_item >= 0 && ti_text < 64 &&
            prev_item < 64 && bgrp[ti_text] && bgrp[ti_text] == bgrp[prev_item])
            need_np = np_head(c, pos[npos - 1 - prev]);
        if (kind == TC_PT_WORD || kind == TC_PT_SYN) prev_item = ti_text;
        /* inside a prepositional phrase (...) the words follow each other,
           articles aside: "(FOR ASYLUM)" is not "for foreign asylum" */
        bool loose = false;
        if (fwd && paren > 0 && !join && prev >= 0 && in_paren_prev && (kind == TC_PT_WORD || kind == TC_PT_SYN)) {
            join = true;
            loose = true;
        }
        if (kind == TC_PT_WORD || kind == TC_PT_SYN) after_syn = kind == TC_PT_SYN;
        if (kind == TC_PT_LPAR) in_paren_prev = false;
        if (kind == TC_PT_LPAR || kind == TC_PT_RPAR || kind == TC_PT_LBRACE || kind == TC_PT_RBRACE || kind == TC_PT_OR) continue;
        int found = -1, flen = 1;
        for (int j = k; j < npos; j++) {
            int tk = fwd ? pos[j] : pos[npos - 1 - j];
            if (join && j != k) {
                int between = fwd ? pos[j - 1] : pos[npos - j];
                if (!(loose && upos(c, between) == TC_UPOS_DET)) break;
            }
            if (need_np && np_head(c, tk) != need_np) continue;
            if (kind == TC_PT_WORD) {
                /* pattern words after the verb name its objects, not the verbs
                   of complement clauses ("wants to help" is not "* HELP"),
                   unless inside (...) ("TO QUESTION") or the very first word
                   of the verb's phrase (a mis-tagged participle right after it) */
                if (fwd && upos(c, tk) == TC_UPOS_VERB && paren == 0 && tk != pos[0]) {
                    if (join && j == k) break;
                    continue;
                }
                /* PETRARCH-2's dictionaries mark prepositional phrases
                   "(...)": a bare word after the verb names the verb's
                   own noun phrase, not a word inside a prepositional
                   phrase ("made his remarks ... at the start of a regional
                   trip" is no "* TRIP").  The 2.02 validation patterns,
                   of TABARI lineage, match such words anywhere. */
                if (fwd && paren == 0 && petrarch2_dicts(c) && in_pp(c, tk)) continue;
                if (tok_is(c, tk, TC_PT_VAL(t))) { found = j; break; }
            } else if (kind == TC_PT_SYN) {
                if (fwd) {
                    int l = match_syn_fwd(c, TC_PT_VAL(t), pos, npos, j, 0);
                    if (l) { found = j; flen = l; break; }
                } else {
                    /* backwards: try members ending at this position */
                    int at = npos - 1 - j;
                    for (int st = at; st >= 0 && st > at - 6; st--) {
                        int l = match_syn_fwd(c, TC_PT_VAL(t), pos, npos, st, 0);
                        if (l == at - st + 1) { found = j; flen = l; break; }
                    }
                    if (found >= 0) break;
                }
            } else if (kind == TC_PT_SKIP) {
                /* '^' skips one noun phrase (an actor, or an agent such as
                   "the parliament"), words before it unmatched as usual:
                   "* IFTAR (AT ^ ^) +" over "at Osgiliath with the
                   parliament of Gondor" leaves Gondor for the target */
                int hd = np_head(c, tk);
                if (noun_or_pron(c, hd)) {
                    found = j;
                    while (j + flen < npos && np_head(c, fwd ? pos[j + flen] : pos[npos - 1 - j - flen]) == hd) flen++;
                    break;
                }
            } else if (kind == TC_PT_SRC || kind == TC_PT_TGT || kind == TC_PT_BOTH) {
                int h = actor_at(c, tk);
                if (h && kind == TC_PT_BOTH) {
                    /* a compound actor needs at least two coded conjuncts */
                    actor tmp[2];
                    if (code_conj(c, h, tmp, 2) < 2) h = 0;
                }
                if (h) {
                    if (kind == TC_PT_SRC) pm->src = h;
                    else if (kind == TC_PT_TGT) pm->tgt = h;
                    else { pm->both = true; pm->src = h; }
                    found = j;
                    break;
                }
            } else if (kind == TC_PT_VERB) {
                found = j - 1;
                break;
            }
        }
        if (found < 0) return -1;
        if (kind == TC_PT_WORD || kind == TC_PT_SYN) {
            score += flen;
            for (int q = 0; q < flen; q++) {
                int tk = fwd ? pos[found + q] : pos[npos - found - flen + q];
                if (is_neg_tok(c, tk)) pm->neg_in_pattern = true;
                if (pm->nwords < 8) pm->words[pm->nwords++] = tk;
            }
        } else if (kind != TC_PT_SKIP) score += 1;
        k = found + flen;
        prev = found;
        if (kind == TC_PT_WORD || kind == TC_PT_SYN) in_paren_prev = paren > 0;
    }
    return score;
}

static bool to_infinitive(const ctx *c, int x);

/* How far the words a pattern matched lie from its verb v: the distance of
   the nearest one. */
static int pm_dist(const pmatch *pm, int v) {
    int d = 1 << 20;
    for (int i = 0; i < pm->nwords; i++) {
        int x = abs(pm->words[i] - v);
        if (x < d) d = x;
    }
    return d;
}

/* The words of v's clause after v (its subtree minus subjects/other clauses). */
static void collect_post(const ctx *c, int v, int x, int *pos, int *npos, int depth) {
    if (depth > 40) return;
    for (int k = c->cbeg[x]; k < c->cbeg[x + 1]; k++) {
        int ch = c->kids[k];
        if (x == v) {
            if (rel_is(c, ch, R_NSUBJ) || rel_is(c, ch, R_CSUBJ) || rel_is(c, ch, R_PARATAXIS) || rel_is(c, ch, R_CONJ))
                continue;
            /* adverbial clauses are not the verb's phrase ("staged a protest,
               ... unfurling 'Free Tibet' banners"); "to" infinitives are */
            if (rel_is(c, ch, R_ADVCL) && !to_infinitive(c, ch)) continue;
        }
        if (rel_is(c, ch, R_RELCL) || (rel_is(c, ch, R_ACL) && rel_full(c, ch, "acl:relcl"))) continue;
        if (ch > v && *npos < c->n) pos[(*npos)++] = ch;
        collect_post(c, v, ch, pos, npos, depth + 1);
    }
}

static void collect_sub(const ctx *c, int x, int *pos, int *npos, int depth) {
    if (depth > 40 || *npos >= c->n) return;
    pos[(*npos)++] = x;
    for (int k = c->cbeg[x]; k < c->cbeg[x + 1]; k++) collect_sub(c, c->kids[k], pos, npos, depth + 1);
}

/* ---- actors of a verb ------------------------------------------------- */

/* A "to" infinitive ("vowed to wage war"), whatever the parser called it. */
static bool to_infinitive(const ctx *c, int x) {
    for (int k = c->cbeg[x]; k < c->cbeg[x + 1]; k++)
        if (rel_is(c, c->kids[k], R_MARK) && upos(c, c->kids[k]) == TC_UPOS_PART) return true;
    return false;
}

static bool has_case_by(const ctx *c, int h) {
    for (int k = c->cbeg[h]; k < c->cbeg[h + 1]; k++) {
        int ch = c->kids[k];
        if (rel_is(c, ch, R_CASE)) {
            const char *f = c->s->tok[ch - 1].form;
            if (f && !strcasecmp(f, "by")) return true;
        }
    }
    return false;
}

static bool is_passive(const ctx *c, int v) {
    for (int k = c->cbeg[v]; k < c->cbeg[v + 1]; k++) {
        int ch = c->kids[k];
        const char *r = c->s->tok[ch - 1].deprel;
        if (r && !c->active[ch] && (!strcmp(r, "nsubj:pass") || !strcmp(r, "nsubjpass") || !strcmp(r, "aux:pass") || !strcmp(r, "auxpass")))
            return true;
    }
    /* an existential "There were ten soldiers killed in X": a past verb
       under "be" with an expletive "there" reports what was done to its
       subject (PETRARCH-2 rewrites existentials the same way) */
    const tc_tok *t = &c->s->tok[v - 1];
    int h = head_of(c, v);
    if (h && t->xpos && (!strcmp(t->xpos, "VBD") || !strcmp(t->xpos, "VBN")) && c->s->tok[h - 1].lemma &&
        !strcmp(c->s->tok[h - 1].lemma, "be")) {
        for (int k = c->cbeg[h]; k < c->cbeg[h + 1]; k++)
            if (rel_full(c, c->kids[k], "expl")) return true;
    }
    return false;
}

/* The verb dictionary entry of token v: the longest multi-word form whose
   other words sit around v (the first listed among equals), or NULL. */
static const uint32_t *verb_entry(const ctx *c, int v) {
    const tc_dict *d = c->d;
    const uint32_t *ve = NULL;
    /* verbs match by their form, as PETRARCH's generated and listed forms
       do (a misspelt "departes" is not "depart"); the lemma only helps for
       doubled consonants the generator does not make ("stopped") */
    int npass = 1;
    {
        const char *f = c->s->tok[v - 1].form, *l = c->s->tok[v - 1].lemma;
        size_t fl = f ? strlen(f) : 0, ll = l ? strlen(l) : 0;
        if (ll >= 2 && fl == ll + 3 && !strncasecmp(f, l, ll) && tolower((unsigned char)f[ll]) == tolower((unsigned char)l[ll - 1]) &&
            !strcasecmp(f + ll + 1, "ed"))
            npass = 2;
        if (ll >= 2 && fl == ll + 4 && !strncasecmp(f, l, ll) && tolower((unsigned char)f[ll]) == tolower((unsigned char)l[ll - 1]) &&
            !strcasecmp(f + ll + 1, "ing"))
            npass = 2;
    }
    for (int pass = 0; pass < npass && !ve; pass++) {
        uint32_t w = pass ? c->lw[v] : c->fw[v];
        uint32_t cnt;
        const uint32_t *L = tc_dict_by_first(d, TC_DS_IVERB, w, &cnt);
        for (uint32_t i = 0; i < cnt && !ve; i++) {
            const uint32_t *e = d->sec[TC_DS_VERB] + L[i] * TC_VERB_W;
            const uint32_t *q = d->sec[TC_DS_SEQ] + e[0];
            bool ok = true;
            for (uint32_t k = 0; k < e[1] && ok; k++) {
                if (k == e[2]) continue;
                int t = v + (int)k - (int)e[2];
                if (t < 1 || t > c->n || !tok_is(c, t, q[k])) ok = false;
            }
            if (ok) ve = e;
        }
    }
    return ve;
}

static int subject_of(const ctx *c, int v, bool *pass);

/* A personal pronoun subject of a complement clause ("Ethiopia indicated it
   would act") refers to the subject of the governing clause. */
static int resolve_pronoun(const ctx *c, int subj, int v) {
    if (!subj || upos(c, subj) != TC_UPOS_PRON) return subj;
    const char *f = c->s->tok[subj - 1].form;
    if (!f || !(!strcasecmp(f, "it") || !strcasecmp(f, "they") || !strcasecmp(f, "he") || !strcasecmp(f, "she")))
        return subj;
    int p = head_of(c, v);
    if (!p || !(rel_is(c, v, R_CCOMP) || rel_is(c, v, R_ADVCL) || rel_is(c, v, R_XCOMP) || rel_is(c, v, R_CONJ)))
        return subj;
    bool pass = false;
    int s2 = subject_of(c, p, &pass);
    return s2 && s2 != subj ? s2 : subj;
}

/* Finds the subject head of verb v (climbing xcomp/conj/acl), 0 if none. */
static int subject_of(const ctx *c, int v, bool *pass) {
    int x = v;
    for (int guard = 0; guard < 6 && x; guard++) {
        for (int k = c->cbeg[x]; k < c->cbeg[x + 1]; k++) {
            int ch = c->kids[k];
            const char *r = c->s->tok[ch - 1].deprel;
            if (!r) continue;
            /* a subject a setup repair took out of that role (its base
               relation is no longer nsubj) is none */
            if (!strncmp(r, "nsubj", 5) && (r[5] == 0 || r[5] == ':') && c->rel[ch] != R_NSUBJ) continue;
            if (!strcmp(r, "nsubj:pass") || !strcmp(r, "nsubjpass")) { *pass = x == v && !c->active[ch]; return ch; }
            if (!strcmp(r, "nsubj") || !strncmp(r, "nsubj:", 6) || c->rel[ch] == R_NSUBJ) { *pass = false; return ch; }
        }
        int p = head_of(c, x);
        if (!p) return 0;
        if (rel_is(c, x, R_XCOMP) && upos(c, p) == TC_UPOS_VERB) {
            /* object control: "leading the group to denounce" -- the
               governing verb's object is the understood subject */
            for (int k = c->cbeg[p]; k < c->cbeg[p + 1]; k++) {
                int ch = c->kids[k];
                if ((rel_is(c, ch, R_OBJ) || rel_is(c, ch, R_IOBJ)) && ch < x) { *pass = false; return ch; }
            }
            x = p;
        } else if (rel_is(c, x, R_XCOMP) || rel_is(c, x, R_CONJ)) x = p;
        /* the complement of an adverb or adjective on a verb ("is inching
           nearer to accord with" with "accord" the xcomp of "nearer") is
           controlled by that verb's subject */
        else if (x != v && rel_is(c, x, R_ADVMOD) && (upos(c, x) == TC_UPOS_ADJ || upos(c, x) == TC_UPOS_ADV) &&
                 upos(c, p) == TC_UPOS_VERB)
            x = p;
        /* a "to" infinitive the parser made an adverbial clause ("is
           inching nearer to accord with") is controlled by the subject */
        else if (rel_is(c, x, R_ADVCL) && to_infinitive(c, x) && upos(c, p) == TC_UPOS_VERB && !verb_entry(c, p)) x = p;
        else if (rel_is(c, x, R_ACL)) {
            /* "soldiers killed in Ukraine": a past participle modifying a
               noun is passive, the noun its logical object */
            const tc_tok *t = &c->s->tok[x - 1];
            bool vbn = (t->xpos && !strcmp(t->xpos, "VBN")) ||
                       (t->feats && strstr(t->feats, "VerbForm=Part") && strstr(t->feats, "Tense=Past"));
            *pass = vbn && x == v;
            return p;
        } else return 0;
    }
    return 0;
}

static int add_event(const ctx *c, tc_coder_event **ev, int *nev, int *cap, const actor *s, const actor *t,
                     const char *code, int trigger) {
    if (!code || !*code || !strcmp(code, "---")) return 0;
    bool partial = !s || !t || !s->code || !t->code;
    if (partial && !(c->o && c->o->keep_partial)) return 0;
    if (s && t && s->code && t->code && !strcmp(s->code, t->code)) return 0; /* self-directed */
    for (int i = 0; i < *nev; i++) {
        tc_coder_event *e = &(*ev)[i];
        if (!strcmp(e->code, code) && !strcmp(e->source, s && s->code ? s->code : "") &&
            !strcmp(e->target, t && t->code ? t->code : ""))
            return 0;
    }
    if (*nev == *cap) {
        int nc = *cap ? *cap * 2 : 8;
        tc_coder_event *ne = tc_arena_alloc(c->a, (size_t)nc * sizeof *ne);
        if (!ne) return -1;
        if (*nev) memcpy(ne, *ev, (size_t)*nev * sizeof *ne);
        *ev = ne;
        *cap = nc;
    }
    tc_coder_event *e = &(*ev)[(*nev)++];
    memset(e, 0, sizeof *e);
    e->source = s && s->code ? s->code : "";
    e->target = t && t->code ? t->code : "";
    e->code = code;
    e->trigger = trigger;
    if (s) { e->src_head = s->head; e->src_beg = s->beg; e->src_end = s->end; }
    if (t) { e->tgt_head = t->head; e->tgt_beg = t->beg; e->tgt_end = t->end; }
    return 0;
}

static bool negated(const ctx *c, int v) {
    for (int k = c->cbeg[v]; k < c->cbeg[v + 1]; k++) {
        int ch = c->kids[k];
        if (rel_is(c, ch, R_NEG)) return true;
        if ((rel_is(c, ch, R_ADVMOD) || rel_is(c, ch, R_AUX)) && is_neg_tok(c, ch)) return true;
    }
    return false;
}

static bool same_actors(const actor *a, int na, const actor *b, int nb);

/* What one verb yields before verbs are combined. */
typedef struct vres {
    bool found;          /* the verb is in the dictionary */
    const char *code;    /* chosen code (after negation); NULL = nothing */
    bool has_p;          /* p is its ontology value */
    int32_t p;
    actor src[8], tgt[8];
    int nsrc, ntgt;
    bool both;           /* compound actor pattern: src[] act on each other */
    bool recip;          /* conjoined subjects, no target: on each other
                            unless a complement gives a target */
    int words[8];        /* tokens the chosen pattern matched */
    int nwords;
    int own_subj;        /* the verb's own nsubj token (not inherited), 0 */
} vres;

/* Ontology value of a code: the code itself, else its two-digit root + "0"
   ("075A" -> "070"), as PETRARCH-2 does. */
static bool pico_of(const ctx *c, const char *code, int32_t *p) {
    char tmp[16];
    const char *colon = strchr(code, ':');
    size_t n = colon ? (size_t)(colon - code) : strlen(code);
    if (n == 0 || n >= sizeof tmp) return false;
    memcpy(tmp, code, n);
    tmp[n] = 0;
    uint32_t id = tc_dict_find(c->d, tmp, n);
    if (id && tc_dict_pico(c->d, id, p)) return true;
    if (n < 2) return false;
    tmp[2] = '0';
    tmp[3] = 0;
    id = tc_dict_find(c->d, tmp, 3);
    return id && tc_dict_pico(c->d, id, p);
}

/* CAMEO code of an ontology value, NULL if none.  Beyond the ontology file,
   "intend + fight" is read as "threaten to use force" (138), which the
   ontology cannot express as a sum. */
static const char *pico_code(const ctx *c, int32_t p) {
    uint32_t id = tc_dict_pico_code(c->d, p);
    if (id) return tc_dict_str(c->d, id);
    if (p == 0x30A0) return "138";
    return NULL;
}

/* PETRARCH-2's verb interaction: upper and lower ontology values. */
static int32_t combine_pico(int32_t up, int32_t low) {
    if (low < 0) return low + up;
    if (up >= 0x1000 && low >= 0x1000) return low;
    if (low >= up) return low;
    return up + low;
}

/* Codes verb token v into *r. */
static int code_verb(const ctx *c, int v, vres *r) {
    const tc_dict *d = c->d;
    const uint32_t *ve = verb_entry(c, v);
    memset(r, 0, sizeof *r);
    if (!ve) return 0;
    r->found = true;
    const uint32_t *g = d->sec[TC_DS_GROUP] + ve[3] * TC_GROUP_W;
    const char *code = tc_dict_str(d, ve[4] ? ve[4] : g[1]);

    /* contexts */
    int *post = tc_arena_alloc(c->a, ((size_t)c->n + 1) * sizeof *post);
    int *pre = tc_arena_alloc(c->a, ((size_t)c->n + 1) * sizeof *pre);
    int *tmp = tc_arena_alloc(c->a, ((size_t)c->n + 1) * sizeof *tmp);
    if (!post || !pre || !tmp) return -1;
    int npost = 0, npre = 0, ntmp = 0;
    collect_post(c, v, v, post, &npost, 0);
    qsort(post, (size_t)npost, sizeof *post, cmp_int);
    if (is_passive(c, v)) {
        /* the passive subject is the logical object: its words come first
           in what the pattern sees after the verb ("evidence against Russia
           was presented" matches "* EVIDENCE") */
        int *sub = tc_arena_alloc(c->a, ((size_t)c->n + 1) * sizeof *sub);
        int nsub = 0;
        if (!sub) return -1;
        for (int k = c->cbeg[v]; k < c->cbeg[v + 1]; k++) {
            /* (any subject of the passive: a repair may have given it one) */
            const char *r0 = c->s->tok[c->kids[k] - 1].deprel;
            if (rel_is(c, c->kids[k], R_NSUBJ) || (r0 && !strcmp(r0, "nsubjpass"))) collect_sub(c, c->kids[k], sub, &nsub, 0);
        }
        if (nsub) {
            qsort(sub, (size_t)nsub, sizeof *sub, cmp_int);
            int *merged = tc_arena_alloc(c->a, ((size_t)nsub + (size_t)npost + 1) * sizeof *merged);
            if (!merged) return -1;
            memcpy(merged, sub, (size_t)nsub * sizeof *sub);
            memcpy(merged + nsub, post, (size_t)npost * sizeof *post);
            post = merged;
            npost += nsub;
        }
    }
    /* pre: the verb's subtree before it, extended to the governing clause */
    /* (not across a complement clause with a subject of its own: "Ethiopia
       indicated it deplored Libya" is no "INDICATED * [DEPLORE]") */
    int top = v;
    for (int guard = 0; guard < 4; guard++) {
        int p = head_of(c, top);
        bool own_subj = false;
        for (int k = c->cbeg[top]; k < c->cbeg[top + 1]; k++)
            if (rel_is(c, c->kids[k], R_NSUBJ)) own_subj = true;
        if (p && (rel_is(c, top, R_XCOMP) || (rel_is(c, top, R_CCOMP) && !own_subj))) top = p;
        else break;
    }
    collect_sub(c, top, tmp, &ntmp, 0);
    /* the verb's own infinitive marker is part of the verb, no word before
       it: "inching nearer to accord" does not match "(TO) *" (a
       complement's marker still matches "BEGIN * (TO QUESTION)") */
    for (int i = 0; i < ntmp; i++) {
        int t = tmp[i];
        if (t >= v || (head_of(c, t) == v && rel_is(c, t, R_MARK) && upos(c, t) == TC_UPOS_PART)) continue;
        /* pre-verb pattern words stand for the noun and prepositional
           phrases before the verb (PETRARCH-2 matches phrases); adverbs
           and coordinators hung on the verb are none: "The Philippines
           was heavily criticized" is no "HEAVILY *", "Neither Galadriel
           nor Gollum boycotted" no "NEITHER *" */
        /* (coordinators anywhere: our parser hangs "Neither" on the first
           conjunct) */
        if ((head_of(c, t) == v && rel_is(c, t, R_ADVMOD)) || rel_is(c, t, R_CC)) continue;
        pre[npre++] = t;
    }
    /* a passive's agent is its logical subject: its words are what the
       pattern sees right before the verb ("The Russian building was
       demolished by a Ukrainian protestor" matches "PROTESTOR *") */
    if (is_passive(c, v)) {
        int *ag = tc_arena_alloc(c->a, ((size_t)c->n + 1) * sizeof *ag);
        int nag = 0;
        if (!ag) return -1;
        for (int k = c->cbeg[v]; k < c->cbeg[v + 1]; k++) {
            int ch = c->kids[k];
            if (rel_full(c, ch, "obl:agent") || ((rel_is(c, ch, R_NMOD) || rel_is(c, ch, R_OBL)) && has_case_by(c, ch)))
                collect_sub(c, ch, ag, &nag, 0);
        }
        qsort(ag, (size_t)nag, sizeof *ag, cmp_int);
        for (int i = 0; i < nag && npre < c->n; i++)
            if (ag[i] > v && !rel_is(c, ag[i], R_CASE)) pre[npre++] = ag[i];
    }
    qsort(pre, (size_t)npre, sizeof *pre, cmp_int);

    /* what patterns see after the verb: not the words of a complement
       clause with its own subject ("said he would not provide support" is
       no "SAID ... SUPPORT"); PETRARCH-2 matches only the verb phrase's own
       noun and prepositional phrases */
    int *ppost = tc_arena_alloc(c->a, ((size_t)npost + 1) * sizeof *ppost);
    int nppost = 0;
    if (!ppost) return -1;
    for (int i = 0; i < npost; i++) {
        bool inside = false;
        for (int x = post[i], guard = 0; x && x != v && guard < 64 && !inside; x = head_of(c, x), guard++)
            if (rel_is(c, x, R_CCOMP) && head_of(c, x) == v) {
                for (int k = c->cbeg[x]; k < c->cbeg[x + 1]; k++)
                    if (rel_is(c, c->kids[k], R_NSUBJ)) inside = true;
            }
        if (!inside) ppost[nppost++] = post[i];
    }
    pmatch best;
    memset(&best, 0, sizeof best);
    best.score = -1;
    const char *pcode = NULL;
    const uint32_t *bestpt = NULL;
    for (uint32_t pi = 0; pi < g[3]; pi++) {
        const uint32_t *pt = d->sec[TC_DS_PAT] + (g[2] + pi) * TC_PAT_W;
        const uint32_t *toks = d->sec[TC_DS_SEQ] + pt[0];
        int nt = (int)pt[1], star = -1;
        for (int i = 0; i < nt; i++)
            if (TC_PT_KIND(toks[i]) == TC_PT_VERB) star = i;
        if (star < 0) continue;
        /* every word and synset of the pattern must occur in the sentence */
        bool possible = true;
        for (int i = 0; i < nt && possible; i++) {
            uint32_t k = TC_PT_KIND(toks[i]);
            if (k == TC_PT_WORD) possible = in_sent(c, TC_PT_VAL(toks[i]));
            else if (k == TC_PT_SYN) possible = syn_possible(c, TC_PT_VAL(toks[i]), 0);
        }
        if (!possible) continue;
        pmatch pm;
        memset(&pm, 0, sizeof pm);
        int s1 = match_side(c, toks, star, pre, npre, false, &pm);
        if (s1 < 0) continue;
        int s2 = match_side(c, toks + star + 1, nt - star - 1, ppost, nppost, true, &pm);
        if (s2 < 0) continue;
        pm.score = s1 + s2;
        /* the same pattern listed twice: the later line wins, as in
           PETRARCH-2's pattern tree, where it overwrites the earlier one
           ("- * SUPPORT [051] # GIVE" then "- * SUPPORT [060] # LEND") */
        bool same = pm.score == best.score && bestpt && bestpt[1] == pt[1] &&
                    !memcmp(d->sec[TC_DS_SEQ] + bestpt[0], toks, (size_t)nt * sizeof *toks);
        /* equal scores: the pattern whose words sit nearer the verb (the
           object before a prepositional phrase further on: "launched
           many similar attacks during its campaign" is "* ATTACKS", not
           "* CAMPAIGN"); then the first in the file */
        bool nearer = pm.score == best.score && bestpt && pm.score > 0 && pm_dist(&pm, v) < pm_dist(&best, v);
        if (pm.score > best.score || same || nearer) {
            best = pm;
            bestpt = pt;
            pcode = tc_dict_str(d, pt[2]);
        }
    }
    if (pcode && best.score > 0) {
        code = pcode;
        memcpy(r->words, best.words, sizeof r->words);
        r->nwords = best.nwords;
    } else memset(&best, 0, sizeof best);
    if (c->o && c->o->debug)
        fprintf(c->o->debug, "  verb %d %s group %s code %s (pattern score %d)\n", v, c->s->tok[v - 1].form,
                tc_dict_str(d, g[0]), code, best.score);

    /* negation: the ontology value minus 0xFFFF ("not disapprove" = 050) */
    r->has_p = pico_of(c, code, &r->p);
    if (negated(c, v) && !best.neg_in_pattern) {
        if (!r->has_p) return 0;
        r->p -= 0xFFFF;
        code = pico_code(c, r->p);
        if (!code) return 0;
    }
    r->code = code;

    /* actors */
    actor *src = r->src, *tgt = r->tgt;
    int nsrc = 0, ntgt = 0;
    bool pass = false;
    int subj = subject_of(c, v, &pass);
    for (int k = c->cbeg[v]; k < c->cbeg[v + 1]; k++)
        if (rel_is(c, c->kids[k], R_NSUBJ)) r->own_subj = c->kids[k];
    subj = resolve_pronoun(c, subj, v);
    bool passive = pass || is_passive(c, v);
    if (best.src) nsrc = code_conj(c, best.src, src, 8);
    if (best.tgt) ntgt = code_conj(c, best.tgt, tgt, 8);
    if (!nsrc && !best.both) {
        if (passive) {
            for (int k = c->cbeg[v]; k < c->cbeg[v + 1] && !nsrc; k++) {
                int ch = c->kids[k];
                if (rel_full(c, ch, "obl:agent") || ((rel_is(c, ch, R_NMOD) || rel_is(c, ch, R_OBL)) && has_case_by(c, ch)))
                    nsrc = code_conj(c, ch, src, 8);
            }
        } else if (subj) {
            nsrc = code_conj(c, subj, src, 8);
            /* several subjects on one verb: a coordination the parser did not
               build ("Arnor and the evil awful Gondor welcomed" as three
               nsubj) -- each coded one is a conjunct */
            if (head_of(c, subj) == v && rel_is(c, subj, R_NSUBJ))
                for (int k = c->cbeg[v]; k < c->cbeg[v + 1] && nsrc < 8; k++) {
                    int ch = c->kids[k];
                    if (ch == subj || !rel_is(c, ch, R_NSUBJ) || rel_full(c, ch, "nsubj:pass") || !nominal(c, ch) ||
                        upos(c, ch) == TC_UPOS_PRON)
                        continue;
                    /* only side by side: no verb or punctuation between them */
                    bool near = true;
                    for (int t = (ch < subj ? ch : subj) + 1; t < (ch < subj ? subj : ch) && near; t++)
                        if (upos(c, t) == TC_UPOS_VERB || upos(c, t) == TC_UPOS_PUNCT || upos(c, t) == TC_UPOS_AUX) near = false;
                    if (!near) continue;
                    actor more[8];
                    int nm2 = code_conj(c, ch, more, 8 - nsrc);
                    for (int i = 0; i < nm2; i++)
                        if (!same_actors(&more[i], 1, src, nsrc)) src[nsrc++] = more[i];
                }
        }
    }
    if (best.both) {
        /* compound actor: the conjoined subjects act on each other */
        r->both = true;
        r->nsrc = subj ? code_conj(c, subj, r->src, 8) : 0;
        return 0;
    }
    /* targets: first real actors only; an agent without a country
       ("---GOV") only when no actor is found anywhere */
    /* (the verb's own slots -- object, the object's modifiers, its
       prepositional phrases -- with an agent-only phrase before the deeper
       search: "faces pressure from Congress to help Iran" is about
       Congress, ---LEG) */
    for (int step = 0; step < 4 && !ntgt; step++) {
        int weak = step & 1;
        bool deep = step >= 2;
        *c->weak_ok = weak == 1;
    if (!ntgt && !deep) {
            if (passive && subj) {
                /* the passive subject is the target whatever it is */
                *c->weak_ok = true;
                ntgt = code_conj(c, subj, tgt, 8);
                *c->weak_ok = weak == 1;
            }
            for (int pass2 = 0; pass2 < 3 && !ntgt; pass2++) {
                for (int k = c->cbeg[v]; k < c->cbeg[v + 1] && !ntgt; k++) {
                    int ch = c->kids[k];
                    if (pass2 == 0 && (rel_is(c, ch, R_OBJ) || rel_is(c, ch, R_IOBJ)))
                        ntgt = code_conj(c, ch, tgt, 8);
                    else if (pass2 == 1 && rel_is(c, ch, R_OBJ)) {
                        /* the object's own prepositional modifiers */
                        for (int j = c->cbeg[ch]; j < c->cbeg[ch + 1] && !ntgt; j++) {
                            int gc = c->kids[j];
                            if (rel_is(c, gc, R_NMOD) && !rel_full(c, gc, "nmod:poss") && !rel_full(c, gc, "nmod:tmod"))
                                ntgt = code_conj(c, gc, tgt, 8);
                        }
                    } else if (pass2 == 2 && (rel_is(c, ch, R_NMOD) || rel_is(c, ch, R_OBL)) &&
                               !rel_full(c, ch, "nmod:tmod") && !rel_full(c, ch, "obl:tmod") &&
                               !(passive && has_case_by(c, ch)) && !rel_full(c, ch, "obl:agent"))
                        ntgt = code_conj(c, ch, tgt, 8);
                }
            }
        }
    if (!ntgt && deep) {
            /* the first coded noun phrase of the clause after the verb: deeper
               objects ("his trip in the White Downs") and complement subjects
               ("allowed that Mordor isn't ...") */
            for (int i = 0; i < npost && !ntgt; i++) {
                int t = post[i];
                int u = upos(c, t);
                if (u != TC_UPOS_PROPN && u != TC_UPOS_NOUN) continue;
                if (rel_is(c, t, R_COMPOUND) || rel_is(c, t, R_FLAT) || rel_is(c, t, R_NAME) || rel_full(c, t, "nmod:poss") ||
                    rel_full(c, t, "nmod:tmod") || rel_full(c, t, "obl:tmod") || rel_is(c, t, R_CONJ) ||
                    rel_is(c, t, R_APPOS))
                    continue;
                if (passive && has_case_by(c, t)) continue;
                /* not across an adverbial or relative clause ("..., expanding
                   its campaign against the group that has seized parts of
                   Iraq") */
                bool inside = true;
                int below = 0; /* the node the walk came from */
                for (int x = t, guard = 0; x && x != v && guard < 64; below = x, x = head_of(c, x), guard++) {
                    if ((rel_is(c, x, R_ADVCL) && !to_infinitive(c, x)) || rel_is(c, x, R_RELCL) || rel_is(c, x, R_PARATAXIS))
                        inside = false;
                    /* a complement clause with a noun subject of its own
                       offers that subject, not its objects: "Washington said
                       such a step enjoyed support from Moscow" is no
                       statement to Moscow (a pronoun may be the upper
                       subject: "began to question whether he has a future
                       with the Orcs") */
                    if (rel_is(c, x, R_CCOMP) && x != t && !(below == t && rel_is(c, t, R_NSUBJ)))
                        for (int k = c->cbeg[x]; k < c->cbeg[x + 1]; k++)
                            if (rel_is(c, c->kids[k], R_NSUBJ) && upos(c, c->kids[k]) != TC_UPOS_PRON) inside = false;
                }
                if (!inside) continue;
                ntgt = code_conj(c, t, tgt, 8);
            }
        }
        *c->weak_ok = true;
    }
    if (passive && !nsrc && ntgt) {
        /* a passive without an agent: the first other coded phrase after the
           verb ("was criticized over its dispute with Eriador") */
        for (int i = 0; i < npost && !nsrc; i++) {
            int t = post[i];
            int u = upos(c, t);
            if (u != TC_UPOS_PROPN && u != TC_UPOS_NOUN) continue;
            if (rel_is(c, t, R_COMPOUND) || rel_is(c, t, R_FLAT) || rel_is(c, t, R_NAME) || rel_full(c, t, "nmod:poss") ||
                rel_full(c, t, "nmod:tmod") || rel_full(c, t, "obl:tmod") || rel_is(c, t, R_CONJ) || rel_is(c, t, R_APPOS))
                continue;
            /* a participle modifying a noun takes only its own phrases
               that name an actor themselves ("soldiers killed in
               Ukraine"): "two men sought in the slaying of two
               missionaries" says nothing the missionaries did */
            if (rel_is(c, v, R_ACL)) {
                if (head_of(c, t) != v) continue;
                codes own_cd;
                int b0, e0;
                scan_phrase(c, t, &own_cd, &b0, &e0);
                if (!own_cd.nactor) continue;
            }
            /* not inside a complement clause of its own */
            bool own = true;
            for (int x = head_of(c, t), guard = 0; x && x != v && guard < 64; x = head_of(c, x), guard++)
                if (upos(c, x) == TC_UPOS_VERB) own = false;
            if (!own) continue;
            nsrc = code_conj(c, t, src, 8);
            if (nsrc && same_actors(src, nsrc, tgt, ntgt)) nsrc = 0;
        }
    }
    /* "The US, Russia, and Switzerland met": consultations between
       conjoined subjects without an object are among themselves; so is any
       act of conjoined subjects of the verb itself or of a verb they
       control ("Brazil and the United States are seeking to deepen a
       partnership": 031 both ways), but not of a later conjoined verb
       ("... said that ... and warned that ...") */
    if (!ntgt && nsrc >= 2 && r->code && !passive) {
        if (r->code[0] == '0' && r->code[1] == '4') r->both = true;
        else if (r->own_subj || rel_is(c, v, R_XCOMP)) r->recip = true;
    }
    r->nsrc = nsrc;
    r->ntgt = ntgt;
    return 0;
}

/* Emits the events of one verb with code `code` (paired "A:B" codes give
   the reverse event too). */
static int emit(const ctx *c, tc_coder_event **ev, int *nev, int *cap, const actor *src, int nsrc,
                const actor *tgt, int ntgt, const char *code, bool both, int v) {
    if (!code || !strcmp(code, "---")) return 0;
    const char *colon = strchr(code, ':');
    const char *c1 = code, *c2 = NULL;
    if (colon) {
        c1 = tc_arena_strndup(c->a, code, (size_t)(colon - code));
        c2 = colon + 1;
        if (!c1) return -1;
        /* PETRARCH-2 hands a complement infinitive's code up to the verb
           that governs it as one code, and the reverse half of a paired
           code is lost on the way: "Obama is scheduled to attend a summit
           in Switzerland" (042:043) is USAGOV-CHE-042 alone.  (Seen with
           its Phoenix dictionaries only; the 2.02 records do not tell.) */
        if (petrarch2_dicts(c) && rel_is(c, v, R_XCOMP) && *c1) c2 = NULL;
    }
    if (both) {
        for (int i = 0; i < nsrc; i++)
            for (int j = 0; j < nsrc; j++)
                if (i != j && add_event(c, ev, nev, cap, &src[i], &src[j], c1, v)) return -1;
        return 0;
    }
    /* neither actor coded: with keep_partial the bare event still goes out
       (the story stage fills a source from quotes, controllers and learned
       actors: "... and have offered our assistance") */
    if (!nsrc && !ntgt) {
        if (!(c->o && c->o->keep_partial)) return 0;
        if (add_event(c, ev, nev, cap, NULL, NULL, c1, v)) return -1;
        return 0;
    }
    for (int i = 0; i < (nsrc ? nsrc : 1); i++)
        for (int j = 0; j < (ntgt ? ntgt : 1); j++) {
            const actor *S = nsrc ? &src[i] : NULL, *T = ntgt ? &tgt[j] : NULL;
            if (add_event(c, ev, nev, cap, S, T, c1, v)) return -1;
            if (c2 && add_event(c, ev, nev, cap, T, S, c2, v)) return -1;
        }
    return 0;
}

static bool same_actors(const actor *a, int na, const actor *b, int nb) {
    for (int i = 0; i < na; i++)
        for (int j = 0; j < nb; j++)
            if (!strcmp(a[i].code, b[j].code)) return true;
    return false;
}

/* Whether ontology value v falls under transformation key k: equal, or
   equal once the last one, two or three hex digits are cleared (PETRARCH-2's
   masks: ATTACK 0x00A0 covers 195 = 0x00A5). */
static int mask_rank(int32_t v, int32_t k) {
    if (v < 0) return v == k ? 0 : -1;
    static const int32_t m[4] = {1, 0x10, 0x100, 0x1000};
    for (int i = 0; i < 4; i++)
        if (v - v % m[i] == k) return i;
    return -1;
}

/*
 * PETRARCH-2's verb transformations ("~ a (b . ATTACK) SAY = a b 112": a
 * says that b attacked someone -- a accuses b) applied to an upper verb U
 * and its complement L.  The lower event's source is "_" when L has none of
 * its own (subject control: "wants to attack"), "a" when it is the upper
 * source ("the US claimed that they had attacked"), else "b" (an object
 * controller or a complement subject of its own).  The most specific lower
 * verb key wins (exact value before masked ones), then the first line; "Q"
 * lines (any lower verb) come last.  Returns true with the event set.
 */
static bool transform(const ctx *c, const vres *U, const vres *L, const char **code, const actor **src, int *nsrc,
                      const actor **tgt, int *ntgt) {
    const tc_dict *d = c->d;
    uint32_t nx = d->n[TC_DS_XFORM] / TC_XFORM_W;
    if (!nx || !U->has_p || !L->has_p || !U->nsrc || !L->code) return false;
    int isrc;
    if (!L->nsrc || (!L->own_subj && same_actors(L->src, L->nsrc, U->src, U->nsrc))) isrc = TC_XV_NONE;
    else if (same_actors(L->src, L->nsrc, U->src, U->nsrc)) isrc = TC_XV_A;
    else isrc = TC_XV_B;
    int itgt;
    if (!L->ntgt) itgt = TC_XV_NONE;
    else if (same_actors(L->tgt, L->ntgt, U->src, U->nsrc)) itgt = TC_XV_A;
    else if (isrc == TC_XV_B && same_actors(L->tgt, L->ntgt, L->src, L->nsrc)) itgt = TC_XV_B;
    else itgt = isrc == TC_XV_B ? TC_XV_ANY : TC_XV_B;
    const uint32_t *best = NULL;
    int bestrank = 99;
    for (uint32_t i = 0; i < nx; i++) {
        const uint32_t *x = d->sec[TC_DS_XFORM] + i * TC_XFORM_W;
        int32_t ko, ki;
        if (!tc_dict_pico(d, x[0], &ko) || mask_rank(U->p, ko) < 0) continue;
        int rank = 8; /* Q */
        if (x[1]) {
            if (!tc_dict_pico(d, x[1], &ki) || (rank = mask_rank(L->p, ki)) < 0) continue;
        }
        if (rank < bestrank) {
            /* PETRARCH-2 commits to the most specific lower-verb key and
               does not fall back when its actors do not fit */
            bestrank = rank;
            best = NULL;
        }
        if (rank > bestrank || best) continue;
        if ((int)x[2] != isrc) continue;
        if (x[3] != TC_XV_ANY && (int)x[3] != itgt) continue;
        best = x;
    }
    if (!best) return false;
    const actor *va[4] = {NULL, U->src, NULL, NULL};
    int na[4] = {0, U->nsrc, 0, 0};
    if (isrc == TC_XV_B) { va[TC_XV_B] = L->src; na[TC_XV_B] = L->nsrc; }
    else if (itgt == TC_XV_B) { va[TC_XV_B] = L->tgt; na[TC_XV_B] = L->ntgt; }
    *src = va[best[4]];
    *nsrc = na[best[4]];
    *tgt = va[best[5]];
    *ntgt = na[best[5]];
    *code = best[6] ? tc_dict_str(d, best[6]) : L->code;
    return *nsrc && *ntgt;
}

/*
 * Verbs with a coded complement verb (xcomp/ccomp) give one combined event,
 * as PETRARCH-2 does: the upper verb's source, the lower verb's target, and
 * the two ontology values combined ("wants to help" = 030 + 070 -> 033,
 * "said they will attack" = 010 + 190 -> 015).  When the lower clause has
 * its own, different subject, that subject is the target instead.  The lower
 * verb (and verbs conjoined with it) then gives no event of its own.
 */
/* "Arnor will abandon ties with Gondor, a senior official said": a clause
   followed by its attribution, whose subject comes after the clause.  Our
   parser (like UD EWT) makes the clause a ccomp of "said"; the parses
   PETRARCH was built on make "said" a parataxis of the clause, and the
   reported event stands on its own, not transformed by the saying. */
static bool trailing_attribution(const ctx *c, int v, int h) {
    if (!rel_is(c, v, R_CCOMP) || v > h) return false;
    for (int k = c->cbeg[h]; k < c->cbeg[h + 1]; k++) {
        int ch = c->kids[k];
        if (rel_is(c, ch, R_NSUBJ) && ch > v) return true;
    }
    return false;
}

/* Whether a verb's code codes something ("---" marks a verb without one). */
static bool code_ok(const char *code) { return code && *code && strcmp(code, "---"); }

/* Directives (appeal, demand, threaten, coerce: ontology families 2, 4, 6,
   9): what they ask of their object has not happened. */
static bool is_directive(const vres *h) {
    int fam = h->has_p && h->p > 0 ? (int)((h->p >> 12) & 0xF) : 0;
    return fam == 2 || fam == 4 || fam == 6 || fam == 9;
}

/* Whether complement v of verb h is controlled by h's object ("leading the
   group to denounce"): h has an object before v. */
static bool object_controlled(const ctx *c, int v, int h) {
    for (int k = c->cbeg[h]; k < c->cbeg[h + 1]; k++) {
        int ch = c->kids[k];
        if ((rel_is(c, ch, R_OBJ) || rel_is(c, ch, R_IOBJ)) && ch < v) return true;
    }
    return false;
}

/* keep_partial: object-controlled coded complement v of non-directive h
   stands on its own (see emit_all). */
static bool keep_own_act(const ctx *c, const vres *R, int v, int h) {
    return c->o && c->o->keep_partial && rel_is(c, v, R_XCOMP) && code_ok(R[v].code) && !is_directive(&R[h]) &&
           object_controlled(c, v, h);
}

static int emit_all(const ctx *c, vres *R, tc_coder_event **ev, int *nev, int *cap) {
    int n = c->n;
    int *up = tc_arena_calloc(c->a, (size_t)n + 1, sizeof *up); /* governing coded verb */
    bool *dir = tc_arena_calloc(c->a, (size_t)n + 1, sizeof *dir); /* object-controlled complement of a directive */
    if (!up || !dir) return -1;
    for (int v = 1; v <= n; v++) {
        if (!R[v].found || !R[v].code) continue;
        int h = head_of(c, v);
        /* combine only a lower clause with actors of its own under an
           upper verb with a source: "agree that disputes should be
           resolved" stays "agree"; "it was noted that X delayed" stays
           "delayed" */
        if (h && (rel_is(c, v, R_XCOMP) || rel_is(c, v, R_CCOMP)) && R[h].found && R[h].nsrc &&
            !R[h].both && (R[v].ntgt || R[v].nsrc || R[v].both) && !trailing_attribution(c, v, h))
            up[v] = h;
        /* a lower clause with a subject of its own stands apart from an
           upper verb without a code ("China remained mum and Russia's
           ambassador said ..."), and one whose own noun subject is no
           actor is nobody's act ("Washington said such a step enjoyed
           support from Moscow": the step enjoys it, not Washington) */
        int os = R[v].own_subj;
        if (up[v] && os && (!code_ok(R[h].code) || (upos(c, os) != TC_UPOS_PRON && !R[v].nsrc))) up[v] = 0;
        /* the complement of a coded verb without any subject is part of
           that verb's act, which codes nothing ("for helping young
           militants join an armed group"; "Gollum was seen to break into"
           has one); with keep_partial the story stage finds
           the controller, so the complement stands on its own */
        bool hpass = false;
        if (!up[v] && h && rel_is(c, v, R_XCOMP) && R[h].found && code_ok(R[h].code) && !R[h].nsrc &&
            !(c->o && c->o->keep_partial) && !subject_of(c, h, &hpass))
            up[v] = -h;
        /* with keep_partial (the story stage), the coded complement of a
           verb whose object controls it is the object's own act, not
           folded into the upper verb: "leading the group to denounce the
           outcome" is the group's denunciation (its source the controller,
           which the resolve callback may name).  Directives keep theirs:
           what they ask for has not happened. */
        if (up[v] > 0 && keep_own_act(c, R, v, h)) up[v] = 0;
    }
    for (int v = 1; v <= n; v++) {
        if (!R[v].found) continue;
        int h = head_of(c, v);
        /* object control: "urged Eriador to respond" -- the upper verb's
           event on its object stands, the complement gives none */
        bool to_advcl = !up[v] && h && R[h].found && R[h].code && rel_is(c, v, R_ADVCL) && to_infinitive(c, v);
        if ((up[v] > 0 || to_advcl) && R[h].ntgt) {
            bool obj = false;
            for (int k = c->cbeg[h]; k < c->cbeg[h + 1]; k++)
                if ((rel_is(c, c->kids[k], R_OBJ) || rel_is(c, c->kids[k], R_IOBJ)) &&
                    upos(c, c->kids[k]) != TC_UPOS_PRON &&
                    R[h].tgt[0].head == c->kids[k])
                    obj = true;
            /* only directives (appeal, demand, threaten, coerce): what
               they ask for has not happened; "leading the group to
               denounce" still reports the denunciation */
            bool directive = is_directive(&R[h]);
            /* a "to" infinitive the parser hung on as an adverbial clause
               ("asking Obama to help") is the same object control */
            if (obj && directive && (rel_is(c, v, R_XCOMP) || to_advcl)) { up[v] = -h; dir[v] = true; }
        }
        if (!up[v] && h && rel_is(c, v, R_ACL)) {
            int g = head_of(c, h);
            bool to = false;
            for (int k = c->cbeg[v]; k < c->cbeg[v + 1]; k++)
                if (rel_is(c, c->kids[k], R_MARK) && upos(c, c->kids[k]) == TC_UPOS_PART) to = true;
            /* (the same object control when the parser hung the "to"
               infinitive on the object: "leading the group to denounce"
               with "denounce" an acl of "group") */
            if (to && g && R[g].found && (rel_is(c, h, R_OBJ) || rel_is(c, h, R_IOBJ)) &&
                !(c->o && c->o->keep_partial && code_ok(R[v].code) && !is_directive(&R[g])))
                up[v] = -g;
        }
    }
    for (int v = 1; v <= n; v++) {
        int h = head_of(c, v);
        /* consumed, no combination -- unless the upper verb codes nothing
           ("scheduled to give a speech and meet with dissidents"): then
           the combination is the lower verb's own act, and so is each
           conjunct's */
        if (!up[v] && h && rel_is(c, v, R_CONJ) && up[h] && R[v].found && (up[h] < 0 || code_ok(R[abs(up[h])].code)))
            up[v] = -abs(up[h]);
    }
    for (int u = 1; u <= n; u++) {
        if (!R[u].found || up[u]) continue;
        /* the first coded complement */
        int w = 0;
        for (int k = c->cbeg[u]; k < c->cbeg[u + 1] && !w; k++)
            if (up[c->kids[k]] == u) w = c->kids[k];
        if (!w && R[u].code && R[u].has_p) {
            /* "asking Obama to help Iran": PETRARCH-2's a (b . Q) P with a
               lower verb below the top level (aid, meet, fight ...) gives
               a -> b with the combined code (020 + 070 = 023) */
            for (int k = c->cbeg[u]; k < c->cbeg[u + 1]; k++) {
                int x = c->kids[k];
                const vres *L = &R[x];
                if (!dir[x] || up[x] != -u || !L->code || !L->has_p || L->p <= 0 || L->p >= 0x1000) continue;
                const char *cc = pico_code(c, combine_pico(R[u].p, L->p));
                if (!cc) continue;
                if (emit(c, ev, nev, cap, R[u].src, R[u].nsrc, R[u].tgt, R[u].ntgt, cc, R[u].both || R[u].recip, u)) return -1;
                w = -1;
                break;
            }
            if (w) continue;
        }
        if (!w) {
            if (R[u].code && emit(c, ev, nev, cap, R[u].src, R[u].nsrc, R[u].tgt, R[u].ntgt, R[u].code, R[u].both || R[u].recip, u))
                return -1;
            continue;
        }
        const vres *L = &R[w];
        const char *code = L->code;
        bool in_pattern = false; /* the upper pattern already names the lower verb */
        for (int i = 0; i < R[u].nwords; i++)
            if (R[u].words[i] == w) in_pattern = true;
        if (!in_pattern) {
            /* PETRARCH-2's transformations first ("said that b attacked") */
            const char *xc = NULL;
            const actor *xs = NULL, *xt = NULL;
            int nxs = 0, nxt = 0;
            if (transform(c, &R[u], L, &xc, &xs, &nxs, &xt, &nxt)) {
                if (emit(c, ev, nev, cap, xs, nxs, xt, nxt, xc, false, u)) return -1;
                continue;
            }
        }
        if (in_pattern && R[u].code) code = R[u].code;
        else if (R[u].has_p && L->has_p && R[u].code) {
            const char *cc = pico_code(c, combine_pico(R[u].p, L->p));
            /* no combined code: the lower verb's own meaning stands when it
               is the upper subject's own act; an act of someone else
               ("want Obama to head back") is nothing PETRARCH-2 codes */
            if (cc) code = cc;
            else if (L->nsrc && R[u].nsrc && !same_actors(L->src, L->nsrc, R[u].src, R[u].nsrc) &&
                     (R[u].p & 0xF000) && L->p > 0 && L->p < 0x1000)
                continue;
        }
        /* (the reverse half of an infinitive's paired code is lost, as
           when it stands alone: see emit) */
        const char *colon = code == L->code ? strchr(code, ':') : NULL;
        if (colon && colon > code && petrarch2_dicts(c) && rel_is(c, w, R_XCOMP)) {
            code = tc_arena_strndup(c->a, code, (size_t)(colon - code));
            if (!code) return -1;
        }
        const actor *src = R[u].nsrc ? R[u].src : L->src;
        int nsrc = R[u].nsrc ? R[u].nsrc : L->nsrc;
        const actor *tgt = L->ntgt ? L->tgt : R[u].tgt;
        int ntgt = L->ntgt ? L->ntgt : R[u].ntgt;
        actor subj[8];
        int ns = 0;
        if (L->own_subj && upos(c, L->own_subj) != TC_UPOS_PRON) ns = code_conj(c, L->own_subj, subj, 8);
        if (ns && !same_actors(subj, ns, src, nsrc)) { tgt = subj; ntgt = ns; }
        if (emit(c, ev, nev, cap, src, nsrc, tgt, ntgt, code, R[u].both || L->both || (R[u].recip && L->recip && !ntgt), u))
            return -1;
    }
    return 0;
}

/* ---- prepared sentences ------------------------------------------------ */

/* One setup() (word ids, children, relation cache, word set, memo tables)
   serves every question about the sentence: the story stage asks for the
   discard check, many spans and one or two sentence codings. */
struct tc_code_prep {
    ctx c;
    bool weak;         /* target of c.weak_ok during a sentence coding */
    int8_t discard;    /* -1 not yet known, else 0/1 */
};

tc_code_prep *tc_code_prepare(const tc_dict *d, const tc_sent *s, tc_date date, tc_arena *a) {
    if (!d || !s || !a) return NULL;
    tc_code_prep *p = tc_arena_calloc(a, 1, sizeof *p);
    if (!p) return NULL;
    p->discard = -1;
    p->c.d = d;
    p->c.s = s;
    p->c.a = a;
    p->c.n = s->n > 0 ? s->n : 0;
    if (tc_date_valid(date)) {
        p->c.day = tc_date_to_days(date);
        p->c.has_day = true;
    }
    if (!setup(&p->c)) {
        a->oom = true; /* setup fails only for want of memory */
        return NULL;
    }
    return p;
}

const char *tc_code_prep_span(tc_code_prep *p, int beg, int end) {
    if (!p || beg < 1 || end > p->c.n || beg > end) return NULL;
    int pos[256], npos = 0;
    for (int i = beg; i <= end && npos < 256; i++) pos[npos++] = i;
    codes cd;
    memset(&cd, 0, sizeof cd);
    scan_codes(&p->c, pos, npos, &cd);
    return cd.nactor ? mix(&p->c, &cd, cd.actor[0]) : NULL;
}

const char *tc_code_prep_agents(tc_code_prep *p, int beg, int end) {
    if (!p || beg < 1 || end > p->c.n || beg > end) return NULL;
    int pos[256], npos = 0;
    for (int i = beg; i <= end && npos < 256; i++) pos[npos++] = i;
    codes cd;
    memset(&cd, 0, sizeof cd);
    scan_codes(&p->c, pos, npos, &cd);
    return !cd.nactor && cd.nagent ? mix_agents(&p->c, &cd) : NULL;
}

int tc_code_prep_discard(tc_code_prep *p, bool *discard) {
    if (!p || !discard) return TC_MISUSE;
    *discard = false;
    if (p->c.a->oom) return TC_NOMEM;
    if (p->discard < 0) {
        bool r = p->c.n > 0 && discarded(&p->c);
        if (p->c.a->oom) return TC_NOMEM;
        p->discard = r;
    }
    *discard = p->discard > 0;
    return TC_OK;
}

int tc_code_prep_sentence(tc_code_prep *p, const tc_code_opts *o, tc_coder_event **ev, int *nev) {
    if (!p || !ev || !nev) return TC_MISUSE;
    *ev = NULL;
    *nev = 0;
    ctx *c = &p->c;
    tc_arena *a = c->a;
    if (a->oom) return TC_NOMEM;
    if (c->n <= 0) return TC_OK;
    bool disc;
    int rc = tc_code_prep_discard(p, &disc);
    if (rc || disc) return rc;
    c->o = o;
    p->weak = true;
    c->weak_ok = &p->weak;
    rc = TC_OK;
    int cap = 0;
    /* per-call scratch (a few hundred bytes a word): from the heap, not the
       document arena, which would keep it for the whole story */
    vres *R = tc_mem_calloc(a->A, (size_t)c->n + 1, sizeof *R);
    if (!R) goto fail;
    for (int v = 1; v <= c->n; v++) {
        if (upos(c, v) != TC_UPOS_VERB) continue;
        if (code_verb(c, v, &R[v])) goto fail;
    }
    if (emit_all(c, R, ev, nev, &cap)) goto fail;
    if (a->oom) goto fail;
    goto done;
fail:
    a->oom = true; /* sticky: every failure above is an allocation failure */
    *ev = NULL;
    *nev = 0;
    rc = TC_NOMEM;
done:
    tc_mem_free(a->A, R);
    c->o = NULL; /* the options need not outlive the call */
    c->weak_ok = NULL;
    return rc;
}

/* ---- one-shot wrappers ---------------------------------------------------- */

int tc_code_sentence(const tc_dict *d, const tc_sent *s, const tc_code_opts *o, tc_arena *a,
                     tc_coder_event **ev, int *nev) {
    if (!d || !s || !a || !ev || !nev) return TC_MISUSE;
    *ev = NULL;
    *nev = 0;
    if (s->n <= 0) return TC_OK;
    tc_date none = {0, 0, 0};
    tc_code_prep *p = tc_code_prepare(d, s, o ? o->date : none, a);
    if (!p) return TC_NOMEM;
    return tc_code_prep_sentence(p, o, ev, nev);
}

const char *tc_code_span(const tc_dict *d, const tc_sent *s, int beg, int end, tc_date date, tc_arena *a) {
    if (!d || !s || !a || beg < 1 || end > s->n || beg > end) return NULL;
    return tc_code_prep_span(tc_code_prepare(d, s, date, a), beg, end);
}

int tc_code_discard_check(const tc_dict *d, const tc_sent *s, tc_arena *a, bool *discard) {
    if (!d || !s || !a || !discard) return TC_MISUSE;
    *discard = false;
    if (s->n <= 0) return TC_OK;
    tc_date none = {0, 0, 0};
    tc_code_prep *p = tc_code_prepare(d, s, none, a);
    if (!p) return TC_NOMEM;
    return tc_code_prep_discard(p, discard);
}

bool tc_code_discarded(const tc_dict *d, const tc_sent *s) {
    tc_arena a;
    tc_arena_init(&a, d ? d->A : NULL, 4096);
    bool r = false;
    (void)tc_code_discard_check(d, s, &a, &r);
    tc_arena_free(&a);
    return r;
}

int tc_dict_code_phrase(const tc_dict *d, const char *phrase, long date, char *code, size_t codelen) {
    if (!d || !phrase || !code || !codelen) return TC_MISUSE;
    /* build a throwaway sentence of the words */
    tc_arena a;
    tc_arena_init(&a, d->A, 4096);
    int rc = TC_NOTFOUND;
    tc_tok toks[128];
    int n = 0;
    const char *p = phrase;
    while (*p && n < 128) {
        while (*p == ' ') p++;
        const char *e = p;
        while (*e && *e != ' ') e++;
        if (e > p) {
            memset(&toks[n], 0, sizeof toks[n]);
            toks[n].form = tc_arena_strndup(&a, p, (size_t)(e - p));
            toks[n].lemma = toks[n].form;
            toks[n].head = 0;
            if (!toks[n].form) { rc = TC_NOMEM; goto done; }
            n++;
        }
        p = e;
    }
    tc_sent s;
    memset(&s, 0, sizeof s);
    s.tok = toks;
    s.n = n;
    tc_date dt = {0, 0, 0};
    if (date > 0) { dt.y = (int16_t)(date / 10000); dt.m = (int8_t)(date / 100 % 100); dt.d = (int8_t)(date % 100); }
    const char *r = n ? tc_code_span(d, &s, 1, n, dt, &a) : NULL;
    if (r) {
        snprintf(code, codelen, "%s", r);
        rc = TC_OK;
    }
done:
    tc_arena_free(&a);
    return rc;
}

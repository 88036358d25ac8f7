/*
 * sent.c -- questions the story stage asks of a parsed sentence: the text
 * of a span, a noun phrase's extent, a name's words, a word's subject,
 * "by" phrase, case marker and conjunct, whether a verb is passive, and who
 * does a verb that has no subject of its own (its controller).
 */
#include "code/story_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>


/* Text of words beg..end (1-based, inclusive) from the sentence text. */
const char *st_span_text(tc_arena *a, const tc_sent *s, int beg, int end) {
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
 *
 * Only words within NP_REACH of h are considered, and each word's relation
 * is tested once per call, so a call costs O(NP_REACH) steps per pass
 * whatever the sentence length (1,600 words of "Pelosi's" in one sentence
 * made every call scan the whole sentence, with string compares, once per
 * word taken: cubic time, issue 16).  The result is the least span closed
 * under the rules below, which only ever admit more words as the span
 * grows, so the order the words are tried in (here right to left, which
 * takes a chain of left modifiers in one pass) does not change it; and a
 * phrase that fits the window is the same as without the window, since
 * every word the unbounded rules take lies inside the final phrase.
 * Longer phrases are cut to it.
 */
#define NP_REACH 32

/* Word j's flags for st_np_span, once: 1 = its relation may join the
   phrase of h, 2 = punctuation, 4 = an adjective (joins when right before
   it), 8 = computed. */
static void np_class(const tc_sent *s, int h, int j, unsigned char *fl) {
    if (*fl & 8) return;
    const tc_tok *t = &s->tok[j - 1];
    char c0 = t->deprel ? t->deprel[0] : 0;
    /* the first letter rules out most relations without a compare */
    bool ok = (c0 == 'c' && (tc_deprel_is(t, "compound") ||
                             (tc_deprel_is(t, "case") && (t->head != h || t->upos == TC_UPOS_PART)))) ||
              (c0 == 'f' && tc_deprel_is(t, "flat")) || (c0 == 'a' && tc_deprel_is(t, "amod")) ||
              (c0 == 'd' && tc_deprel_is(t, "det")) ||
              (c0 == 'n' && (tc_deprel_is(t, "nmod:poss") || tc_deprel_is(t, "nummod")));
    *fl = (unsigned char)(8 | (ok ? 1 : 0) | (t->upos == TC_UPOS_PUNCT ? 2 : 0) | (t->upos == TC_UPOS_ADJ ? 4 : 0));
}

void st_np_span(const tc_sent *s, int h, int *beg, int *end) {
    *beg = *end = h;
    int lo = h - NP_REACH > 1 ? h - NP_REACH : 1, hi = h + NP_REACH < s->n ? h + NP_REACH : s->n;
    /* per word of the window, its np_class flags, computed for the words
       whose head is in the phrase only */
    unsigned char fl[2 * NP_REACH + 1];
    memset(fl, 0, sizeof fl);
    bool grew = true;
    while (grew) {
        grew = false;
        for (int j = *end + 1 < hi ? *end + 1 : hi; j >= lo; j--) {
            if (j >= *beg && j <= *end) continue;
            int hd = s->tok[j - 1].head;
            if (hd < *beg || hd > *end) continue;
            np_class(s, h, j, &fl[j - lo]);
            /* an adjective right before the phrase that hangs from it under
               another label is its modifier all the same ("Russian forces"
               with "Russian" parsed as a subject) */
            if (!(fl[j - lo] & 1) && !((fl[j - lo] & 4) && j == *beg - 1)) continue;
            if (j == *beg - 1) { *beg = j; grew = true; }
            else if (j == *end + 1) { *end = j; grew = true; }
            else if (j < *beg) {
                /* a modifier further left: take it only if everything between belongs too */
                bool inside = true;
                for (int k = j + 1; k < *beg && inside; k++) {
                    int kh = s->tok[k - 1].head;
                    inside = (kh >= j && kh <= *end) && !(s->tok[k - 1].upos == TC_UPOS_PUNCT);
                }
                if (inside) { *beg = j; grew = true; }
            }
        }
    }
}

/* The run of proper nouns around word h (a name: "Mustafa al-Kadhimi"). */
void st_name_run(const tc_sent *s, int h, int *beg, int *end) {
    *beg = *end = h;
    while (*beg > 1 && s->tok[*beg - 2].upos == TC_UPOS_PROPN) (*beg)--;
    while (*end < s->n && s->tok[*end].upos == TC_UPOS_PROPN && s->tok[*end].head != 0 &&
           (s->tok[*end].head == h || s->tok[*end].head == *end || tc_deprel_is(&s->tok[*end], "flat")))
        (*end)++;
}

/*
 * The understood subject of a verb without one: for an open complement
 * ("leading the group to denounce ...") the object of the governing verb,
 * else its subject ("X wants to attack"); for a conjoined verb ("X met Y and
 * condemned Z") the subject of the first conjunct; for an infinitive on a
 * noun ("the group to denounce") that noun.  0 when none.
 */
int st_controller(const tc_sent *s, int v) {
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
            /* ... also after "after", "before", "while", "by", "upon": "rebels
               enter the town after overrunning army positions" (the
               subordinator names when or how, the doer is the same) */
            static const char *const same_doer[] = {"after", "before", "while", "by", "upon", "when", "since"};
            bool marked = false;
            for (int j = 1; j <= s->n && !marked; j++)
                marked = s->tok[j - 1].head == v && tc_deprel_is(&s->tok[j - 1], "mark") &&
                         !tc_lemma_in(&s->tok[j - 1], same_doer, TC_COUNTOF(same_doer));
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


/*
 * The one who orders the act of verb v: "instructed security agencies to
 * investigate" -- v the complement of a verb of ordering (order, instruct,
 * direct, command, authorize), the subject of that verb; 0 when v is no
 * ordered act or its orderer is not named.
 */
int st_orderer(const tc_sent *s, int v) {
    if (v < 1 || v > s->n) return 0;
    const tc_tok *t = &s->tok[v - 1];
    int g = t->head;
    if (g < 1 || !tc_deprel_is(t, "xcomp")) return 0;
    const tc_tok *o = &s->tok[g - 1];
    if (o->upos != TC_UPOS_VERB || !tc_order_verb(o)) return 0;
    for (int j = 1; j <= s->n; j++)
        if (s->tok[j - 1].head == g && tc_deprel_is(&s->tok[j - 1], "nsubj")) return j;
    return 0;
}

/* The first child of h with the full relation `rel` ("nsubj:pass"), 0 if none. */
int st_child_full(const tc_sent *s, int h, const char *rel) {
    for (int j = 1; j <= s->n; j++)
        if (s->tok[j - 1].head == h && s->tok[j - 1].deprel && !strcmp(s->tok[j - 1].deprel, rel)) return j;
    return 0;
}

bool st_passive_verb(const tc_sent *s, int v) {
    return v >= 1 && v <= s->n && s->tok[v - 1].upos == TC_UPOS_VERB &&
           (st_child_full(s, v, "nsubj:pass") || st_child_full(s, v, "aux:pass"));
}

/* The "by" phrase of word h ("killed by a sniper", "an attack by gunmen"), 0 if none. */
int st_by_phrase(const tc_sent *s, int h) {
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

/* Whether word a hangs from word b within a few arcs, or b from a. */
bool st_near_in_tree(const tc_sent *s, int a, int b) {
    for (int pass = 0; pass < 2; pass++) {
        int x = pass ? b : a, y = pass ? a : b;
        for (int depth = 0; depth < 3 && x >= 1; depth++) {
            x = s->tok[x - 1].head;
            if (x == y) return true;
        }
    }
    return false;
}

int st_case_child(const tc_sent *s, int h, const char *prep) {
    for (int j = 1; j <= s->n; j++)
        if (s->tok[j - 1].head == h && tc_deprel_is(&s->tok[j - 1], "case") && tc_lemma_is(&s->tok[j - 1], prep)) return j;
    return 0;
}

int st_mark_child(const tc_sent *s, int h, const char *word) {
    for (int j = 1; j <= s->n; j++)
        if (s->tok[j - 1].head == h && tc_deprel_is(&s->tok[j - 1], "mark") && tc_lemma_is(&s->tok[j - 1], word)) return j;
    return 0;
}

/* The first conjunct of h ("A and B": B), 0 if none. */
int st_conj_of(const tc_sent *s, int h) {
    for (int j = h + 1; j <= s->n; j++)
        if (s->tok[j - 1].head == h && tc_deprel_is(&s->tok[j - 1], "conj")) return j;
    return 0;
}

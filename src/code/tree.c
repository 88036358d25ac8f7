/*
 * tree.c -- the coder's view of one parsed sentence and the questions every
 * other part of the coder asks of it.
 *
 * A sentence reaches the coder as UD tokens with heads and relation names.
 * coder.c's setup() turns it into a ctx (coder_int.h): each word's base
 * relation as a small number (R_*), heads that the parse repairs (repair.c)
 * may change, a children index, the dictionary word ids of forms and lemmas
 * and a set of the sentence's words.  The functions here only read that
 * view: whether a word descends from another, whether a verb has a subject
 * or is passive, which noun phrase a word belongs to, which verb-dictionary
 * entry a verb starts.  They sit at the bottom of the coder so that the
 * repairs, the actor coder and the pattern matcher answer these questions
 * the same way.  The one-line accessors are static inline in coder_int.h.
 */
#include "code/coder_int.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

/* Whether word id w is in the sentence's word set (forms and lemmas). */
bool ct_in_sent(const ctx *c, uint32_t w) {
    if (!w) return false;
    for (uint32_t h = (uint32_t)tc_hash_mix(w) & c->wmask;; h = (h + 1) & c->wmask) {
        if (c->wset[h] == w) return true;
        if (!c->wset[h]) return false;
    }
}

/* Adds word id w to the sentence's word set (open addressing). */
void ct_add_sent_word(ctx *c, uint32_t w) {
    if (!w) return;
    uint32_t h = (uint32_t)tc_hash_mix(w) & c->wmask;
    while (c->wset[h] && c->wset[h] != w) h = (h + 1) & c->wmask;
    c->wset[h] = w;
}

/* Whether v has a subject (nsubj, csubj or expl, subtypes included) other
   than word skip. */
bool ct_has_subject(const ctx *c, int v, int skip) {
    for (int i = 1; i <= c->n; i++) {
        if (c->head[i] != v || i == skip) continue;
        const char *dr = c->s->tok[i - 1].deprel ? c->s->tok[i - 1].deprel : "";
        if (rel_is(c, i, R_NSUBJ) || rel_is(c, i, R_CSUBJ) || !strncmp(dr, "nsubj", 5) || !strncmp(dr, "expl", 4)) return true;
    }
    return false;
}

/* Whether t descends from a (through at most 64 heads). */
bool ct_descends(const ctx *c, int t, int a) {
    for (int guard = 0; t && guard < 64; guard++) {
        if (t == a) return true;
        t = c->head[t];
    }
    return false;
}

/* Whether the plain phrase (bare word ids) matches tokens pos[k..]. */
bool ct_match_plain(const ctx *c, const int *pos, int npos, int k, uint32_t off, uint32_t len) {
    if ((int)len > npos - k) return false;
    const uint32_t *q = c->d->sec[TC_DS_SEQ] + off;
    for (uint32_t i = 0; i < len; i++)
        if (!tok_is(c, pos[k + (int)i], q[i])) return false;
    return true;
}

/* qsort order of token positions. */
int ct_cmp_int(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }

/* The head of the noun phrase t belongs to, through name-internal and
   modifier relations. */
int ct_np_head(const ctx *c, int t) {
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
bool ct_in_pp(const ctx *c, int t) {
    for (int x = t, guard = 0; x && guard < 32 && upos(c, x) != TC_UPOS_VERB; x = head_of(c, x), guard++) {
        if (!(rel_is(c, x, R_NMOD) || rel_is(c, x, R_OBL))) continue;
        for (int k = c->cbeg[x]; k < c->cbeg[x + 1]; k++)
            if (rel_is(c, c->kids[k], R_CASE) && upos(c, c->kids[k]) == TC_UPOS_ADP) return true;
    }
    return false;
}

/* Whether token t is a negation ("not", "n't", "never"). */
bool ct_is_neg_tok(const ctx *c, int t) {
    const char *f = c->s->tok[t - 1].lemma;
    const char *g = c->s->tok[t - 1].form;
    return (f && (!strcasecmp(f, "not") || !strcasecmp(f, "n't") || !strcasecmp(f, "never"))) ||
           (g && (!strcasecmp(g, "not") || !strcasecmp(g, "n't") || !strcasecmp(g, "never")));
}

/* A "to" infinitive ("vowed to wage war"), whatever the parser called it. */
bool ct_to_infinitive(const ctx *c, int x) {
    for (int k = c->cbeg[x]; k < c->cbeg[x + 1]; k++)
        if (rel_is(c, c->kids[k], R_MARK) && upos(c, c->kids[k]) == TC_UPOS_PART) return true;
    return false;
}

/* Whether h has the case word "by" (a passive's agent). */
bool ct_has_case_by(const ctx *c, int h) {
    for (int k = c->cbeg[h]; k < c->cbeg[h + 1]; k++) {
        int ch = c->kids[k];
        if (rel_is(c, ch, R_CASE)) {
            const char *f = c->s->tok[ch - 1].form;
            if (f && !strcasecmp(f, "by")) return true;
        }
    }
    return false;
}

/* Whether verb v is passive: a passive subject or auxiliary of its own that
   no repair made active, or a past verb under an existential "there be". */
bool ct_is_passive(const ctx *c, int v) {
    for (int k = c->cbeg[v]; k < c->cbeg[v + 1]; k++) {
        int ch = c->kids[k];
        const char *r = c->s->tok[ch - 1].deprel;
        /* (the first letter before the compares) */
        if (r && (r[0] == 'n' || r[0] == 'a') && !c->active[ch] &&
            (!strcmp(r, "nsubj:pass") || !strcmp(r, "nsubjpass") || !strcmp(r, "aux:pass") || !strcmp(r, "auxpass")))
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
const uint32_t *ct_verb_entry(const ctx *c, int v) {
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

/* The verb groups listing the form of entry ve, ve's own first, then the
   others in file order (REOPEN sits in RE_ESTABLISH and in START): at most
   max of them; returns how many. */
int ct_verb_groups(const ctx *c, const uint32_t *ve, uint32_t *groups, int max) {
    const tc_dict *d = c->d;
    int n = 0;
    if (!ve || max < 1) return 0;
    groups[n++] = ve[3];
    const uint32_t *vq = d->sec[TC_DS_SEQ] + ve[0];
    uint32_t cnt;
    const uint32_t *L = tc_dict_by_first(d, TC_DS_IVERB, vq[ve[2]], &cnt);
    for (uint32_t i = 0; i < cnt && n < max; i++) {
        const uint32_t *e = d->sec[TC_DS_VERB] + L[i] * TC_VERB_W;
        if (e == ve || e[1] != ve[1] || e[2] != ve[2] ||
            memcmp(d->sec[TC_DS_SEQ] + e[0], vq, (size_t)e[1] * sizeof *vq))
            continue;
        bool seen = false;
        for (int k = 0; k < n && !seen; k++) seen = groups[k] == e[3];
        if (!seen) groups[n++] = e[3];
    }
    return n;
}

/*
 * match.c -- PETRARCH verb patterns matched against the words of a verb's
 * clause.
 *
 * A pattern's words before '*' are matched right-to-left against the words
 * before the verb (its subtree and, for xcomp/ccomp verbs, the governing
 * clause), its words after '*' left-to-right against the verb's dependents
 * after it, skipping unmatched words except where '_' joins two pattern
 * words.  Synsets match any member phrase; '$' / '+' / '%' mark where the
 * source / target / both are found (a noun phrase that codes, actors.c);
 * '^' skips one noun phrase; the words of a (...) or {...} group stay within
 * one prepositional or noun phrase.  coder.c gathers the two word lists
 * (ct_collect_sub, ct_collect_post), tries every pattern of the verb's group
 * whose words all occur in the sentence (ct_syn_possible) and keeps the one
 * matching most words (ct_pm_dist breaks ties).
 */
#include "code/coder_int.h"
#include "code/nominal.h"

#include <stdlib.h>
#include <string.h>

/* Whether some member of synset syn starts with a word of the sentence. */
bool ct_syn_possible(const ctx *c, uint32_t syn, int depth) {
    const tc_dict *d = c->d;
    if (syn >= d->n[TC_DS_SYN] / TC_SYN_W || depth > 3) return false;
    if (c->synok[syn]) return c->synok[syn] > 0;
    const uint32_t *s = d->sec[TC_DS_SYN] + syn * TC_SYN_W;
    bool ok = false;
    for (uint32_t m = 0; m < s[2] && !ok; m++) {
        const uint32_t *mem = d->sec[TC_DS_SYNMEM] + (s[1] + m) * TC_SYNMEM_W;
        uint32_t t = d->sec[TC_DS_SEQ][mem[0]];
        if (TC_PT_KIND(t) == TC_PT_SYN) ok = ct_syn_possible(c, TC_PT_VAL(t), depth + 1);
        else ok = ct_in_sent(c, TC_PT_VAL(t));
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
        /* (the rare tests first, then the first word, where most members
           fail, before anything that depends on the member's length) */
        if (TC_PT_KIND(q[0]) == TC_PT_SYN && mem[1] == 1) {
            int l = match_syn_fwd(c, TC_PT_VAL(q[0]), pos, npos, k, depth + 1);
            if (l > best) best = l;
            continue;
        }
        if ((int)mem[1] > npos - k || !tok_is(c, pos[k], TC_PT_VAL(q[0]))) continue;
        bool ok = true;
        for (uint32_t i = 1; i < mem[1] && ok; i++) {
            int t = pos[k + (int)i];
            if (t != pos[k + (int)i - 1] + 1) ok = false; /* members are consecutive words */
            else ok = tok_is(c, t, TC_PT_VAL(q[i]));
        }
        if (ok && (int)mem[1] > best) best = (int)mem[1];
    }
    return best;
}

/* Forward match of toks[0..nt) over pos[0..npos); returns the score or -1. */
int ct_match_side(const ctx *c, const uint32_t *toks, int nt, const int *pos, int npos, bool fwd, pmatch *pm) {
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
            need_np = ct_np_head(c, pos[npos - 1 - prev]);
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
            if (need_np && ct_np_head(c, tk) != need_np) continue;
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
                if (fwd && paren == 0 && petrarch2_dicts(c) && ct_in_pp(c, tk)) continue;
                /* a pattern's preposition "(ON)", "(FOR)" names a phrase of
                   the act, not a time: "telephoned Kozyrev on Tuesday" is no
                   call "on" someone, and "struck Beirut for the first
                   time" no attack "for" something (111) */
                if (fwd && paren > 0 && upos(c, tk) == TC_UPOS_ADP && c->head[tk] >= 1 &&
                    (nom_is_time_word(c->s->tok[c->head[tk] - 1].lemma) || tc_lemma_is(&c->s->tok[c->head[tk] - 1], "time")))
                    continue;
                if (tok_is(c, tk, TC_PT_VAL(t))) { found = j; break; }
            } else if (kind == TC_PT_SYN) {
                if (fwd) {
                    /* a bare synset after the verb names what it acts on
                       ("fight &AIRCRAFT"), not the doer of a passive
                       ("attacked by a drone") */
                    if (paren == 0 && petrarch2_dicts(c) && ct_np_head(c, tk) >= 1 && ct_has_case_by(c, ct_np_head(c, tk)))
                        continue;
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
                int hd = ct_np_head(c, tk);
                if (noun_or_pron(c, hd)) {
                    found = j;
                    while (j + flen < npos && ct_np_head(c, fwd ? pos[j + flen] : pos[npos - 1 - j - flen]) == hd) flen++;
                    break;
                }
            } else if (kind == TC_PT_SRC || kind == TC_PT_TGT || kind == TC_PT_BOTH) {
                int h = ct_actor_at(c, tk);
                if (h && kind == TC_PT_BOTH) {
                    /* a compound actor needs at least two coded conjuncts */
                    actor tmp[2];
                    if (ct_code_conj(c, h, tmp, 2) < 2) h = 0;
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
                if (ct_is_neg_tok(c, tk)) pm->neg_in_pattern = true;
                if (pm->nwords < 8) pm->words[pm->nwords++] = tk;
            }
        } else if (kind != TC_PT_SKIP) score += 1;
        k = found + flen;
        prev = found;
        if (kind == TC_PT_WORD || kind == TC_PT_SYN) in_paren_prev = paren > 0;
    }
    return score;
}

/* How far the words a pattern matched lie from its verb v: the distance of
   the nearest one. */
int ct_pm_dist(const pmatch *pm, int v) {
    int d = 1 << 20;
    for (int i = 0; i < pm->nwords; i++) {
        int x = abs(pm->words[i] - v);
        if (x < d) d = x;
    }
    return d;
}

/* The words of v's clause after v (its subtree minus subjects/other clauses). */
void ct_collect_post(const ctx *c, int v, int x, int *pos, int *npos, int depth) {
    if (depth > 40) return;
    for (int k = c->cbeg[x]; k < c->cbeg[x + 1]; k++) {
        int ch = c->kids[k];
        if (x == v) {
            if (rel_is(c, ch, R_NSUBJ) || rel_is(c, ch, R_CSUBJ) || rel_is(c, ch, R_PARATAXIS) || rel_is(c, ch, R_CONJ))
                continue;
            /* adverbial clauses are not the verb's phrase ("staged a protest,
               ... unfurling 'Free Tibet' banners"); "to" infinitives are */
            if (rel_is(c, ch, R_ADVCL) && !ct_to_infinitive(c, ch)) continue;
        }
        if (rel_is(c, ch, R_RELCL) || (rel_is(c, ch, R_ACL) && rel_full(c, ch, "acl:relcl"))) continue;
        if (ch > v && *npos < c->n) pos[(*npos)++] = ch;
        ct_collect_post(c, v, ch, pos, npos, depth + 1);
    }
}

/* The words of x's subtree, x included, depth first (callers sort them). */
void ct_collect_sub(const ctx *c, int x, int *pos, int *npos, int depth) {
    if (depth > 40 || *npos >= c->n) return;
    pos[(*npos)++] = x;
    for (int k = c->cbeg[x]; k < c->cbeg[x + 1]; k++) ct_collect_sub(c, c->kids[k], pos, npos, depth + 1);
}

/*
 * readings.c -- what the words of a sentence report, read off its events
 * and its tree once they are made: acts announced rather than done (CAMEO's
 * intent 03 and threat 13), acts asked for (appeal 02, demand 10), words in
 * a sense that reports no event (a participle describing a noun, "sworn
 * in", a death without violence), and one attack told in many words (a
 * passive verb's victims, the noun's attacker, both sides of a fight).
 */
#include "code/story_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- intentions and the future ----------------------------------------- */

/* Verbs and adjectives whose to-complement is an intention, not a deed:
   "agreed to provide", "pledged to", "is ready to contribute". */
static bool intent_word(const tc_tok *t) {
    static const char *const w[] = {"agree", "pledge", "promise", "vow", "offer", "plan", "intend", "decide",
                                    "commit", "prepare", "ready", "willing", "prepared", "expect", "set",
                                    "schedule", "aim", "seek", "hope", "propose", "st_resolve", "undertake",
                                    "threaten", "consider", "want"};
    return tc_lemma_in(t, w, TC_COUNTOF(w));
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
/* "is to face trial", "is to meet Trump on Thursday": verb v with a
   finite "be" (its copula or auxiliary) before its "to" -- an act arranged
   for later, not done. */
static bool be_to(const tc_sent *s, int v) {
    int to = st_mark_child(s, v, "to");
    if (!to || to > v || s->tok[v - 1].upos != TC_UPOS_VERB) return false;
    for (int j = 1; j < to; j++) {
        const tc_tok *a = &s->tok[j - 1];
        if (a->head == v && (tc_deprel_is(a, "cop") || tc_deprel_is(a, "aux")) && tc_lemma_is(a, "be") && a->xpos &&
            (!strcmp(a->xpos, "VBZ") || !strcmp(a->xpos, "VBP") || !strcmp(a->xpos, "VBD")))
            return true;
    }
    return false;
}

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
    if (be_to(s, v)) return true;
    if (t->head < 1 || !tc_deprel_is(t, "xcomp")) return false;
    const tc_tok *h = &s->tok[t->head - 1];
    /* "France will continue sharing intelligence", "will start revoking
       visas": an act under a verb of aspect that is itself announced is
       announced with it */
    static const char *const aspect[] = {"continue", "keep", "resume", "start", "begin"};
    if (h->upos == TC_UPOS_VERB && tc_lemma_in(h, aspect, TC_COUNTOF(aspect)) && announced(s, t->head, gov)) return true;
    if (!st_mark_child(s, v, "to")) return false;
    if (intent_word(h) || (tc_lemma_is(h, "go") && h->xpos && !strcmp(h->xpos, "VBG")) || tc_lemma_is(h, "be")) {
        *gov = t->head;
        return true;
    }
    return false;
}

/* Whether an "unless" follows verb v in its sentence ("will withdraw its
   force unless the Kremlin closes its base"); the word, not its arc, as
   parsers often hang it anywhere. */
static bool unless_clause(const tc_sent *s, int v) {
    for (int j = v + 1; j <= s->n; j++)
        if (tc_lemma_is(&s->tok[j - 1], "unless")) return true;
    return false;
}

/* Verbs whose to-infinitive is an act promised: "agreed to provide". */
static bool promise_word(const tc_tok *t) {
    static const char *const w[] = {"agree", "pledge", "promise", "vow", "commit", "undertake"};
    return tc_lemma_in(t, w, TC_COUNTOF(w));
}

/* The to-infinitive of verb v: its xcomp, or an adverbial clause marked
   "to" when v has no object ("agreed in principle on Saturday to provide"
   parsed as a purpose), 0 if none. */
static int infinitive_of(const tc_sent *s, int v) {
    bool obj = false;
    for (int j = 1; j <= s->n; j++)
        if (s->tok[j - 1].head == v && tc_deprel_is(&s->tok[j - 1], "obj")) obj = true;
    for (int j = v + 1; j <= s->n; j++) {
        const tc_tok *t = &s->tok[j - 1];
        if (t->head != v || t->upos != TC_UPOS_VERB || !st_mark_child(s, j, "to")) continue;
        if (tc_deprel_is(t, "xcomp") || (tc_deprel_is(t, "advcl") && !obj)) return j;
    }
    return 0;
}

/* The "if" or "unless" clause that verb v or a complement below it has
   ("threatened to stop negotiations to reduce arms if the US goes
   ahead": "goes" hangs on "reduce"), 0 if none. */
static int condition_clause(const tc_sent *s, int v) {
    for (int j = 1; j <= s->n; j++) {
        const tc_tok *t = &s->tok[j - 1];
        if (!tc_deprel_is(t, "advcl") || !(st_mark_child(s, j, "if") || st_mark_child(s, j, "unless"))) continue;
        int h = t->head;
        for (int hop = 0; hop < 4 && h >= 1 && h != v; hop++) {
            const tc_tok *u = &s->tok[h - 1];
            if (!(tc_deprel_is(u, "xcomp") || tc_deprel_is(u, "ccomp") || tc_deprel_is(u, "obj"))) { h = 0; break; }
            h = u->head;
        }
        if (h == v) return j;
    }
    return 0;
}

/* Whether word v is inside an "if" clause (up through conjuncts,
   complements and the phrases of its clause). */
static bool in_condition(const tc_sent *s, int v) {
    for (int cur = v, hop = 0; cur >= 1 && cur <= s->n && hop < 6; hop++) {
        const tc_tok *t = &s->tok[cur - 1];
        if (tc_deprel_is(t, "advcl") && st_mark_child(s, cur, "if")) return true;
        if (!(tc_deprel_is(t, "conj") || tc_deprel_is(t, "xcomp") || tc_deprel_is(t, "obj") || tc_deprel_is(t, "obl") ||
              tc_deprel_is(t, "nmod") || tc_deprel_is(t, "acl") || tc_deprel_is(t, "advcl")))
            return false;
        cur = t->head;
    }
    return false;
}

/* Whether verb v is told as done: a present or past tense of its own, no
   modal and no infinitive marker. */
static bool clause_done(const tc_sent *s, int v) {
    const char *x = s->tok[v - 1].xpos;
    if (!x || !(!strcmp(x, "VBZ") || !strcmp(x, "VBP") || !strcmp(x, "VBD"))) return false;
    for (int j = 1; j <= s->n; j++)
        if (s->tok[j - 1].head == v && (tc_deprel_is(&s->tok[j - 1], "aux") || tc_deprel_is(&s->tok[j - 1], "mark")))
            return false;
    return true;
}

/* Verbs whose to-complement is refused: "refused to lift the curfew". */
static bool refusal_word(const tc_tok *t) {
    return tc_lemma_is(t, "refuse") || tc_lemma_is(t, "decline");
}


/* The complement clause of verb g told in the future ("said they would
   boycott", "announced it will extend"), 0 if none. */
static int future_clause(const tc_sent *s, int g) {
    for (int c = 1; c <= s->n; c++) {
        const tc_tok *t = &s->tok[c - 1];
        if (t->head != g || !tc_deprel_is(t, "ccomp") || t->upos != TC_UPOS_VERB) continue;
        for (int j = 1; j <= s->n; j++) {
            const tc_tok *a = &s->tok[j - 1];
            if (a->head == c && tc_deprel_is(a, "aux") &&
                (tc_lemma_is(a, "will") || tc_lemma_is(a, "would") || tc_lemma_is(a, "shall") ||
                 (a->form && !strcmp(a->form, "'ll"))))
                return c;
        }
    }
    return 0;
}

/*
 * Events announced rather than done take their intent (03) or threat (13)
 * code, and the intent word's own event ("agreed" as cooperation) is the
 * same act told once: dropped, its source kept where the deed had none.
 */
/* Whether saying verb v announces an intention: its object is an intent
   noun with a to-infinitive ("announce their intention to seek a
   ceasefire", "unveils a plan to ..."), what the dictionary's pattern on
   the saying read as the act itself. */
static const char *const intent_nouns[] = {"intention", "intent", "plan", "readiness", "willingness", "commitment"};

static bool intent_object(const tc_sent *s, int v) {
    int o = st_child_full(s, v, "obj");
    if (!o || !tc_lemma_in(&s->tok[o - 1], intent_nouns, TC_COUNTOF(intent_nouns))) return false;
    for (int j = o + 1; j <= s->n; j++)
        if (s->tok[j - 1].head == o && tc_deprel_is(&s->tok[j - 1], "acl") && st_mark_child(s, j, "to")) return true;
    return false;
}

/* Whether verb v is the to-infinitive of an intent noun ("its intention to
   expel the ambassador"): intended, not done. */
static bool intended_act(const tc_sent *s, int v) {
    const tc_tok *t = &s->tok[v - 1];
    if (t->upos != TC_UPOS_VERB || t->head < 1 || !st_mark_child(s, v, "to")) return false;
    if (tc_deprel_is(t, "acl")) return tc_lemma_in(&s->tok[t->head - 1], intent_nouns, TC_COUNTOF(intent_nouns));
    /* (the parser also hangs it from the verb: "announces its intention"
       obj, "to expel" xcomp) */
    int o = tc_deprel_is(t, "xcomp") ? st_child_full(s, t->head, "obj") : 0;
    return o && o < v && tc_lemma_in(&s->tok[o - 1], intent_nouns, TC_COUNTOF(intent_nouns));
}

void st_intentions(tc_doc *d, const tc_sent *s, int first) {
    for (int k = first; k < d->nev; k++) {
        struct tc_event *ev = d->ev[k];
        int v = d->ev_anchor[k], gov;
        if (v < 1 || v > s->n) continue;
        if (((s->tok[v - 1].upos == TC_UPOS_VERB && st_saying_verb(&s->tok[v - 1]) && intent_object(s, v)) ||
             intended_act(s, v)) &&
            strncmp(ev->code, "01", 2) && strncmp(ev->code, "02", 2) && strncmp(ev->code, "10", 2)) {
            char ib[5];
            if (intent_code(ev->code, ib)) {
                ev->code = tc_arena_strndup(&d->arena, ib, strlen(ib));
                ev->note = "announced, not done: coded as an intention or threat";
            }
            continue;
        }
        if (!announced(s, v, &gov)) {
            /* the other way round: a meeting told as done is a meeting, whatever
               intent the dictionary's pattern read into it ("meets X for talks") */
            const tc_tok *t = &s->tok[v - 1];
            if (!strncmp(ev->code, "036", 3) && t->upos == TC_UPOS_VERB &&
                (tc_lemma_is(t, "meet") || tc_lemma_is(t, "talk") || tc_lemma_is(t, "negotiate")) &&
                clause_done(s, v))
                ev->code = "040";
            continue;
        }
        bool threat = gov && tc_lemma_is(&s->tok[gov - 1], "threaten");
        char buf[5];
        const char *c = intent_code(ev->code, buf) ? buf : NULL;
        if (threat && c && c[0] == '0') c = NULL; /* a threat to cooperate is not one */
        /* "will withdraw its force unless ...": an act made conditional on
           the other side's is a threat, whatever the act */
        if (!threat && unless_clause(s, v)) {
            c = c && c[0] == '1' ? c : "130";
            threat = true;
        }
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
            st_drop_event(d, m);
            if (m < k) k--;
            m--;
        }
        /* "Germany said it will cut aid to Mali": the coder also gives the
           act to the saying verb (PETRARCH's transformation); told once */
        int say = s->tok[v - 1].head;
        if (say < 1 || !tc_deprel_is(&s->tok[v - 1], "ccomp")) continue;
        for (int m = first; m < d->nev; m++) {
            /* (an act without a target of its own has the saying verb's:
               "announced that he will impose a curfew in Mombasa") */
            if (m == k || d->ev_anchor[m] != say || strcmp(d->ev[m]->source, ev->source) ||
                (strcmp(d->ev[m]->target, ev->target) && *ev->target))
                continue;
            if (!*ev->target) {
                struct tc_event *g = d->ev[m];
                ev->target = g->target;
                ev->target_text = g->target_text;
                ev->target_span = g->target_span;
            }
            st_drop_event(d, m);
            if (m < k) k--;
            m--;
        }
    }
    /* "the Israeli government is refusing to lift the curfew", "has
       declined to resign": an act refused is a rejection of it (12, by
       tc_code_reject), told once -- the refusal verb's own event dropped */
    for (int k = first; k < d->nev; k++) {
        struct tc_event *ev = d->ev[k];
        int v = d->ev_anchor[k];
        if (v < 1 || v > s->n || !strncmp(ev->code, "12", 2)) continue;
        const tc_tok *t = &s->tok[v - 1];
        int gov = 0;
        if (refusal_word(t)) gov = v;
        else if (tc_deprel_is(t, "xcomp") && t->head >= 1 && refusal_word(&s->tok[t->head - 1])) gov = t->head;
        if (!gov) continue;
        /* (coded on the refusal verb itself, with the act's code by the
           verbs' interaction: "is refusing to lift the curfew" 0813) */
        ev->code = tc_code_reject(ev->code);
        if (gov != v) {
            for (int m = first; m < d->nev; m++) {
                if (m == k || d->ev_anchor[m] != gov) continue;
                struct tc_event *g = d->ev[m];
                if (!*ev->source && *g->source) { ev->source = g->source; ev->source_text = g->source_text; ev->source_span = g->source_span; }
                st_drop_event(d, m);
                if (m < k) k--;
                m--;
            }
        }
    }
    /* "Israel threatened to ban voting in East Jerusalem" coded on
       "threatened" with the act's code (172, by the verbs' interaction): a
       threat of that act (1322), as CAMEO codes forecast conflict */
    for (int k = first; k < d->nev; k++) {
        struct tc_event *ev = d->ev[k];
        int v = d->ev_anchor[k];
        char buf[5];
        if (v < 1 || v > s->n || !tc_lemma_is(&s->tok[v - 1], "threaten") || !strncmp(ev->code, "13", 2)) continue;
        if (intent_code(ev->code, buf) && buf[0] == '1') ev->code = tc_arena_strndup(&d->arena, buf, strlen(buf));
        /* ... and a threat whatever the act: "threatened to stop
           negotiations", "to institute a curfew" coded by the act as
           retreat (087) or cooperation (060) are threats (130) all the
           same -- "the threat of some action" is 13 in any event */
        else if (strncmp(ev->code, "13", 2)) {
            ev->code = "130";
            ev->note = "threatened, not done";
        }
    }
    /* "EC ministers agreed to provide 70 million dollars of aid for
       Romania" coded on "agreed" with the act's code (071, by the verbs'
       interaction): cooperation promised is an intent to cooperate (033),
       as the deed under the intent word gets above */
    for (int k = first; k < d->nev; k++) {
        struct tc_event *ev = d->ev[k];
        int v = d->ev_anchor[k];
        char buf[5];
        if (v < 1 || v > s->n || !promise_word(&s->tok[v - 1]) || !infinitive_of(s, v)) continue;
        /* (050 and 04x are the promise verb's own sense -- "agree", "agree
           to meet" -- which the agreement reading below has) */
        if (ev->code[0] == '0' && ev->code[1] >= '6' && ev->code[1] <= '8' && intent_code(ev->code, buf))
            ev->code = tc_arena_strndup(&d->arena, buf, strlen(buf));
    }
    /* "Trump threatened bombing if Iran does not agree", "threatened to stop
       negotiations if the United States goes ahead": a threat is made to
       the one whose act would set it off -- the subject of its "if" or
       "unless" clause, when the threat names no one else */
    for (int k = first; k < d->nev; k++) {
        struct tc_event *ev = d->ev[k];
        int v = d->ev_anchor[k], cond;
        if (v < 1 || v > s->n || strncmp(ev->code, "13", 2) || *ev->target || !(cond = condition_clause(s, v))) continue;
        int subj = st_child_full(s, cond, "nsubj"), tb = 0, te = 0;
        const char *who = subj ? st_code_phrase(d, s, subj, &tb, &te) : NULL;
        if (!who || !*who || !strcmp(who, ev->source)) continue;
        ev->target = who;
        ev->target_text = st_span_text(&d->arena, s, tb, te);
        ev->target_span = ev_span(s, tb, te);
        if (!ev->target_text) ev->target_text = "";
    }
    /* "Palestinian leaders said they would boycott all contact with the
       United States" coded on "said" with the act's code (163, the verbs
       combined): conflict told in the future, in the words of the one who
       will do it, is a threat of it (1312) -- reported speech puts "will"
       in the past as "would".  (What is announced or declared is a
       decision taken: "announced it would prohibit all aid" imposes the
       sanction.) */
    for (int k = first; k < d->nev; k++) {
        struct tc_event *ev = d->ev[k];
        int g = d->ev_anchor[k];
        char buf[5];
        if (g < 1 || g > s->n || !st_saying_verb(&s->tok[g - 1]) || !future_clause(s, g)) continue;
        if (!strncmp(ev->code, "01", 2) || !strncmp(ev->code, "13", 2)) continue;
        if (!intent_code(ev->code, buf)) continue;
        /* (cooperation told in the future is an intent whoever says it:
           "said they will release the hostages", "announced it will return
           the weapons" 0353) */
        if (buf[0] == '1' && (tc_lemma_is(&s->tok[g - 1], "announce") || tc_lemma_is(&s->tok[g - 1], "declare")))
            continue;
        ev->code = tc_arena_strndup(&d->arena, buf, strlen(buf));
        ev->note = "announced, not done: coded as an intention or threat";
    }
    /* "Hungarian and Romanian officials agreed that their countries should
       cooperate", "China and India agree to resume direct air travel": an
       agreement to do something is an intent to cooperate (030), not the
       unspecified diplomatic cooperation (050) of the verb's group -- where
       the act itself was coded, the intent took its code above */
    for (int k = first; k < d->nev; k++) {
        struct tc_event *ev = d->ev[k];
        int v = d->ev_anchor[k];
        if (v < 1 || v > s->n || strcmp(ev->code, "050") || !tc_lemma_is(&s->tok[v - 1], "agree")) continue;
        /* (what is agreed "on" is the agreement itself: "agree on a peace
           treaty to end the conflict" keeps its code) */
        bool to = false, on = false;
        for (int j = 1; j <= s->n; j++) {
            const tc_tok *c = &s->tok[j - 1];
            if (c->head != v) continue;
            if (c->upos == TC_UPOS_VERB && (tc_deprel_is(c, "xcomp") || tc_deprel_is(c, "ccomp") || st_mark_child(s, j, "to")))
                to = true;
            if (tc_deprel_is(c, "obl") && (st_case_child(s, j, "on") || st_case_child(s, j, "upon"))) on = true;
        }
        if (to && !on) ev->code = "030";
    }
    /* what happens only "unless" another act does is no event itself
       ("... unless the junta holds elections") */
    int unless = 0;
    for (int j = 1; j <= s->n && !unless; j++)
        if (tc_lemma_is(&s->tok[j - 1], "unless")) unless = j;
    for (int k = first; k < d->nev && unless; k++)
        if (d->ev_anchor[k] > unless) {
            st_drop_event(d, k);
            k--;
        }
    /* nor is what an "if" clause supposes ("warn that if the Houthis
       persist in attacking Israel, ...", "if Trump fulfils his threat to
       order deportations"): a condition, not an act told as done */
    for (int k = first; k < d->nev; k++)
        if (in_condition(s, d->ev_anchor[k])) {
            st_drop_event(d, k);
            k--;
        }
}

bool st_saying_verb(const tc_tok *t) {
    static const char *const w[] = {"say", "declare", "insist", "reiterate", "warn", "stress", "tell", "conclude",
                                    "announce", "state", "add", "argue", "write", "affirm", "maintain"};
    return tc_lemma_in(t, w, TC_COUNTOF(w));
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

static bool ground_noun(const tc_tok *t);

/* Verb codes of the dictionary that CAMEO's own codebook files elsewhere:
   "sue" is 115, "Bring lawsuit against: sue, bring legal action against",
   where the dictionary's SUE group has 173 (arrest, detain or charge),
   which its FILE group's "file a lawsuit" does not share.  "Formal pardons,
   amnesties, commutations ... should all be coded" 0841 (release persons),
   where the PARDON group has 080; a court that sentences someone is 173
   ("when individuals are found guilty and are therefore detained, use 173",
   the note to 116), where the SENTENCE group has 172 (administrative
   sanctions).  Looting is 1711 ("Use this event form to code raids and
   lootings"), where the RANSACK group gives "loot" 145 (riot); protesters
   who loot still riot.  Killing civilians is a mass killing (202) only "in
   large numbers", which a massacre is and the KILL group's "* CIVILIAN"
   (202) is not: the verb says force was used (190), and an attack noun
   told with it its kind ("killed in the artillery shelling": 194).  An
   arrest is 173 whatever else the sentence says: the APPREHEND group's
   "* &INFORMATION" (090, seizing information) reaches a purpose clause far
   after the verb ("arrests three Filipinos ... recruited by Philippine
   intelligence to gather sensitive information"). */
static void codebook_verbs(tc_doc *d, const tc_sent *s, int first) {
    static const struct { const char *lemma, *from, *to; } fix[] = {
        {"sue", "173", "115"}, {"pardon", "080", "0841"}, {"sentence", "172", "173"},
        {"arrest", "090", "173"}, {"detain", "090", "173"}};
    for (int k = first; k < d->nev; k++) {
        struct tc_event *ev = d->ev[k];
        int v = d->ev_anchor[k];
        if (v < 1 || v > s->n || s->tok[v - 1].upos != TC_UPOS_VERB) continue;
        for (size_t i = 0; i < TC_COUNTOF(fix); i++)
            if (!strcmp(ev->code, fix[i].from) && tc_lemma_is(&s->tok[v - 1], fix[i].lemma)) ev->code = fix[i].to;
        /* (by its form: the lemmatiser gives "looted" as "loote") */
        const char *f = s->tok[v - 1].form;
        if (!strcmp(ev->code, "202") && tc_lemma_is(&s->tok[v - 1], "kill")) ev->code = "190";
        if (!strcmp(ev->code, "145") && f && (f[0] == 'l' || f[0] == 'L') && !strncmp(f + 1, "oot", 3)) {
            static const char *const crowd[] = {"protester", "demonstrator", "rioter", "protestor"};
            int sj = st_child_full(s, v, "nsubj");
            if (!sj || !tc_lemma_in(&s->tok[sj - 1], crowd, TC_COUNTOF(crowd))) ev->code = "1711";
        }
        /* the dictionary's INTERCEPT codes a weapon intercepted as seized
           (1711), right for "intercepted an Iranian weapons shipment"; a
           missile or drone shot down in flight is a use of force against
           whoever fired it (190) */
        if (!strcmp(ev->code, "1711") && tc_lemma_is(&s->tok[v - 1], "intercept")) {
            static const char *const shot[] = {"missile", "drone", "rocket", "projectile", "UAV"};
            int o = st_child_full(s, v, "obj");
            for (size_t i = 0; o && i < TC_COUNTOF(shot); i++)
                if (tc_lemma_is(&s->tok[o - 1], shot[i])) ev->code = "190";
        }
        /* "assault" done to a person ("is hospitalized after being
           assaulted", "assaulted a journalist") is a physical assault (182,
           "Physically assault"); the dictionary's 190 stays for ground or
           armed men assaulted ("assaulted the town", "army positions") */
        if (!strncmp(ev->code, "19", 2) && tc_lemma_is(&s->tok[v - 1], "assault")) {
            bool passive = st_passive_verb(s, v);
            int p = st_child_full(s, v, passive ? "nsubj:pass" : "obj");
            /* (the one the main clause is about: "X is hospitalized after
               being assaulted") */
            int h = s->tok[v - 1].head;
            if (!p && passive && h >= 1 && tc_deprel_is(&s->tok[v - 1], "advcl")) {
                p = st_child_full(s, h, "nsubj:pass");
                if (!p) p = st_child_full(s, h, "nsubj");
            }
            if (p && !ground_noun(&s->tok[p - 1]) && !st_armed_code(ev->target, false)) ev->code = "182";
        }
        /* a petition to a court, or an appeal against its ruling to a
           higher one ("appealed the decision to the Second Circuit Court of
           Appeals"), is legal action (115, "Bring lawsuit against"), not an
           appeal to it (020) */
        size_t tl = strlen(ev->target);
        if (!strncmp(ev->code, "02", 2) &&
            (tc_lemma_is(&s->tok[v - 1], "petition") || tc_lemma_is(&s->tok[v - 1], "appeal")) && tl >= 6 &&
            !strncmp(ev->target + 3, "JUD", 3))
            ev->code = "115";
    }
}

void st_requests(tc_doc *d, const tc_sent *s, int first) {
    codebook_verbs(d, s, first);
    /* "Palestinian officials demanded that the United States match the EU's
       support": the verb group DEMAND [100] holds URGE's patterns too, which
       code appeals (02); a demand is CAMEO's 10, whose sub-codes run parallel
       to the appeal's (022 -> 102, 0214 -> 1014) */
    for (int k = first; k < d->nev; k++) {
        struct tc_event *ev = d->ev[k];
        int v = d->ev_anchor[k];
        if (v < 1 || v > s->n || strncmp(ev->code, "02", 2) || !tc_lemma_is(&s->tok[v - 1], "demand")) continue;
        ev->code = tc_arena_printf(&d->arena, "10%s", ev->code + 2);
        if (!ev->code) ev->code = "100";
    }
    /* "Washington demanded that Hamas renounce its armed struggle" coded
       on "demanded" with the verbs' combined code (110): what is demanded
       is not done, and the demand is a demand (10, the sub-code from the
       act as request_code reads it) whatever the act */
    for (int k = first; k < d->nev; k++) {
        struct tc_event *ev = d->ev[k];
        int v = d->ev_anchor[k];
        if (v < 1 || v > s->n || s->tok[v - 1].upos != TC_UPOS_VERB || !tc_lemma_is(&s->tok[v - 1], "demand")) continue;
        if (!strncmp(ev->code, "10", 2) || !strncmp(ev->code, "02", 2) || !strncmp(ev->code, "01", 2)) continue;
        bool clause = false;
        for (int j = 1; j <= s->n && !clause; j++) {
            const tc_tok *t = &s->tok[j - 1];
            clause = t->head == v && t->upos == TC_UPOS_VERB && (tc_deprel_is(t, "ccomp") || tc_deprel_is(t, "xcomp"));
        }
        if (!clause) continue;
        char buf[5];
        request_code("10", ev->code, buf);
        ev->code = tc_arena_strndup(&d->arena, buf, strlen(buf));
        ev->note = "demanded, not done";
    }
    /* "X said Y must <act>": X's statement is a demand of Y -- also when
       the coder gave the saying the act's code, the two verbs combined
       ("the Red Cross said US forces must ensure security" as 0332) */
    int act_clause = 0;
    const char *act_code = "";
    for (int k = first; k < d->nev; k++) {
        struct tc_event *ev = d->ev[k];
        int g = d->ev_anchor[k];
        if (g < 1 || g > s->n || !strncmp(ev->code, "10", 2) || !strncmp(ev->code, "02", 2) ||
            !st_saying_verb(&s->tok[g - 1]))
            continue;
        int c = must_clause(s, g);
        if (!c) continue;
        const char *act = c == act_clause ? act_code : "";
        for (int m = first; m < d->nev; m++)
            if (m != k && d->ev_anchor[m] == c) {
                act = d->ev[m]->code;
                st_drop_event(d, m);
                if (m < k) k--;
                m--;
            }
        act_clause = c; /* (the act serves the saying's other events too) */
        act_code = act;
        bool said = !strncmp(ev->code, "01", 2);
        char buf[5];
        request_code("10", *act || said ? act : ev->code, buf);
        ev->code = tc_arena_strndup(&d->arena, buf, strlen(buf));
        ev->note = "demanded, not done";
        int subj = st_child_full(s, c, "nsubj"), b, e;
        const char *who = subj ? st_code_phrase(d, s, subj, &b, &e) : NULL;
        /* (a combined event already has its addressee, one per conjunct) */
        if (who && *who && (said || !*ev->target)) {
            ev->target = who;
            ev->target_text = st_span_text(&d->arena, s, b, e);
            ev->target_span = ev_span(s, b, e);
            if (!ev->target_text) ev->target_text = "";
        }
    }
    for (int k = first; k < d->nev; k++) {
        struct tc_event *ev = d->ev[k];
        int v = d->ev_anchor[k];
        if (v < 1 || v > s->n || s->tok[v - 1].upos != TC_UPOS_VERB) continue;
        const tc_tok *t = &s->tok[v - 1];
        /* (an act conjoined to the one asked is asked too: "urging the
           government to release all political prisoners and hold new
           elections") */
        if (tc_deprel_is(t, "conj") && t->head >= 1 && s->tok[t->head - 1].upos == TC_UPOS_VERB &&
            (tc_deprel_is(&s->tok[t->head - 1], "xcomp") || tc_deprel_is(&s->tok[t->head - 1], "ccomp")))
            t = &s->tok[t->head - 1];
        int g = t->head;
        /* "denies a request from the United States to allow ...": the act
           of a request noun's to-infinitive is asked, not done -- an appeal
           (a demand for "demand", "ultimatum") by whoever the act's source
           is, the one the request is from */
        if (g >= 1 && tc_deprel_is(t, "acl") && st_mark_child(s, (int)(t - s->tok) + 1, "to")) {
            static const char *const req[] = {"request", "call", "appeal", "plea", "demand", "ultimatum"};
            const tc_tok *n = &s->tok[g - 1];
            if (n->upos == TC_UPOS_NOUN && tc_lemma_in(n, req, TC_COUNTOF(req))) {
                char rb[5];
                request_code(tc_lemma_is(n, "demand") || tc_lemma_is(n, "ultimatum") ? "10" : "02", ev->code, rb);
                ev->code = tc_arena_strndup(&d->arena, rb, strlen(rb));
                ev->note = "asked for, not done";
                continue;
            }
        }
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
            st_drop_event(d, k);
            k--;
            continue;
        }
        /* an appeal whose asker codes nothing ("hundreds of firms urging
           the government to release prisoners") still asks: the act is
           not done */
        static const char *const ask[] = {"urge", "ask", "demand", "appeal", "request", "implore", "beg", "plead", "exhort", "press",
                                          "pressure", "encourage", "lobby"};
        /* (the asking verb over a chain of complements: "demanded that its
           partners refuse to recognize Macedonia") */
        bool asked = false;
        for (int up = 0; up < 3 && !asked; up++) {
            for (size_t i = 0; i < TC_COUNTOF(ask) && !asked; i++) asked = tc_lemma_is(&s->tok[g - 1], ask[i]);
            if (asked || s->tok[g - 1].head < 1 || s->tok[g - 1].upos != TC_UPOS_VERB ||
                !(tc_deprel_is(&s->tok[g - 1], "xcomp") || tc_deprel_is(&s->tok[g - 1], "ccomp")))
                break;
            g = s->tok[g - 1].head;
        }
        if (asked && s->tok[g - 1].upos == TC_UPOS_VERB) {
            /* "Greece demanded that its partners refuse to recognize
               Macedonia" with no event of the asker's verb: an asker who
               codes makes the act a demand (10) or an appeal (02) of the
               act's doer -- else the act is still not done */
            int subj = st_child_full(s, g, "nsubj"), b, e;
            /* ("firms urging the government": the noun the asking hangs from) */
            if (!subj && tc_deprel_is(&s->tok[g - 1], "acl") && s->tok[g - 1].head >= 1) subj = s->tok[g - 1].head;
            const char *who = subj ? st_code_phrase(d, s, subj, &b, &e) : NULL;
            if (who && *who) {
                if (*ev->source && strcmp(ev->source, who)) {
                    ev->target = ev->source;
                    ev->target_text = ev->source_text;
                    ev->target_span = ev->source_span;
                }
                ev->source = who;
                ev->source_text = st_span_text(&d->arena, s, b, e);
                ev->source_span = ev_span(s, b, e);
                if (!ev->source_text) ev->source_text = "";
                request_code(tc_lemma_is(&s->tok[g - 1], "demand") ? "10" : "02", ev->code, buf);
                ev->code = tc_arena_strndup(&d->arena, buf, strlen(buf));
                ev->note = "asked for, not done";
                continue;
            }
            st_drop_event(d, k);
            k--;
        }
    }
}

/* ---- words that report no event -------------------------------------------- */

/* Whether the sentence tells of violence other than event k ("died in the
   attack", "two of the victims died").  A blockade (191) kills by hunger and
   want, not by force: "children have died of malnutrition due to the
   blockade" is no killing. */
static bool other_violence(tc_doc *d, const tc_sent *s, int first, int k) {
    for (int m = first; m < d->nev; m++)
        if (m != k && st_violent(d->ev[m]->code) && strcmp(d->ev[m]->code, "191")) return true;
    static const char *const w[] = {"attack", "wound", "injury", "victim", "strike", "shooting", "bombing",
                                    "blast", "explosion", "clash", "fighting", "massacre", "stabbing", "gunfire",
                                    "shelling", "airstrike", "raid", "violence", "casualty", "torture",
                                    "beating", "gunman", "execution"};
    for (int j = 1; j <= s->n; j++)
        if (tc_lemma_in(&s->tok[j - 1], w, TC_COUNTOF(w))) return true;
    return false;
}

/* Whether sentence s names a weapon or an attack other than word v (a bomb,
   a device, a mine, a drone, a strike ...). */
static bool armed_words(const tc_sent *s, int v) {
    static const char *const w[] = {"bomb", "bombing", "bomber", "device", "explosive", "mine", "landmine", "grenade",
                                    "ied", "attack", "strike", "airstrike", "drone", "missile", "rocket", "shell",
                                    "shelling", "mortar", "artillery", "militant", "gunman", "terrorist", "attacker"};
    for (int j = 1; j <= s->n; j++)
        if (j != v && tc_lemma_in(&s->tok[j - 1], w, TC_COUNTOF(w))) return true;
    return false;
}

/* Verbs of the mind, which do nothing to anyone: wanting, thinking,
   hoping, believing, knowing. */
static bool mental_verb(const tc_tok *t) {
    static const char *const w[] = {"want", "think", "believe", "hope", "wish", "like", "love", "feel", "know",
                                    "remember", "wonder", "suppose", "imagine", "prefer"};
    if (t->upos != TC_UPOS_VERB) return false;
    return tc_lemma_in(t, w, TC_COUNTOF(w));
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
/* Causes of death that are nobody's act. */
static bool natural_cause(const tc_tok *t) {
    static const char *const w[] = {"fire", "blaze", "wildfire", "flood", "flooding", "earthquake", "quake",
                                    "storm", "hurricane", "typhoon", "cyclone", "tornado", "landslide", "avalanche",
                                    "heatwave", "heat", "lightning", "crash", "accident", "collision", "disease",
                                    "virus", "outbreak", "epidemic", "pandemic", "illness", "cancer", "lion",
                                    "tiger", "bear", "shark", "elephant", "crocodile", "dog", "animal", "stampede",
                                    "collapse", "derailment", "eruption", "tsunami", "mudslide", "snowstorm", "drought"};
    return tc_lemma_in(t, w, TC_COUNTOF(w));
}

/* Whether word v stands inside a direct quotation of sentence s: after an
   opening quote mark that no closing one follows before it (straight
   quotes by parity, curly ones by count). */
static bool quoted(const tc_sent *s, int v) {
    int straight = 0, open = 0;
    for (int j = 1; j < v; j++) {
        const char *f = s->tok[j - 1].form;
        if (!f) continue;
        if (!strcmp(f, "\"") || !strcmp(f, "``") || !strcmp(f, "''")) straight++;
        else if (!strcmp(f, "\u201c")) open++;
        else if (!strcmp(f, "\u201d") && open > 0) open--;
    }
    return straight % 2 == 1 || open > 0;
}

/* Verb v negated ("not", "never", "n't") with no modal over it.  Not
   giving in to a demand ("did not accede to protesters' demands", "has not
   met the strikers' conditions") is no act left undone but a refusal, the
   rejection (12) the verb dictionary codes: such a verb is not denied. */
static bool denied_verb(const tc_sent *s, int v, const char *code) {
    static const char *const asked[] = {"demand", "request", "call", "ultimatum", "condition", "appeal", "plea"};
    bool neg = false;
    for (int j = 1; j <= s->n; j++) {
        const tc_tok *a = &s->tok[j - 1];
        if (a->head != v) continue;
        if (tc_deprel_is(a, "aux") && a->xpos && !strcmp(a->xpos, "MD")) return false;
        if (!strncmp(code, "12", 2) && (tc_deprel_is(a, "obj") || tc_deprel_is(a, "obl")) &&
            tc_lemma_in(a, asked, TC_COUNTOF(asked)))
            return false;
        if ((tc_deprel_is(a, "advmod") || tc_deprel_is(a, "neg")) &&
            (tc_lemma_is(a, "not") || tc_lemma_is(a, "never") || tc_lemma_is(a, "n't")))
            neg = true;
    }
    return neg;
}

/* Whether word x has an "of" or "for" case or mark word: st_case_child or
   st_mark_child with either word, in one pass over the sentence. */
static bool of_for_child(const tc_sent *s, int x) {
    for (int j = 1; j <= s->n; j++) {
        const tc_tok *c = &s->tok[j - 1];
        if (c->head != x) continue;
        if ((tc_deprel_is(c, "case") || tc_deprel_is(c, "mark")) && (tc_lemma_is(c, "of") || tc_lemma_is(c, "for")))
            return true;
    }
    return false;
}

/* Whether violent participle v is a relative clause on the noun naming its
   victims, itself an object or a modifier in another clause. */
static bool victim_description(const tc_sent *s, int v, const struct tc_event *ev) {
    const tc_tok *t = &s->tok[v - 1];
    bool rel = tc_deprel_is(t, "acl:relcl") ? st_child_full(s, v, "aux:pass") != 0 : tc_deprel_is(t, "acl");
    if (!rel) return false;
    int h = t->head;
    const tc_tok *n = &s->tok[h - 1];
    if (!(n->upos == TC_UPOS_NOUN || n->upos == TC_UPOS_PROPN) || st_case_child(s, h, "with") ||
        !(tc_deprel_is(n, "obj") || tc_deprel_is(n, "obl") || tc_deprel_is(n, "nmod") || tc_deprel_is(n, "conj")))
        return false;
    /* (the victims' phrase inside the clause's object or a phrase of it,
       not its subject: "The bodies of aid workers killed on March 23 are
       recovered" tells the killing) */
    int top = h;
    for (int up = 0; up < 4 && top >= 1; up++) {
        const tc_tok *u = &s->tok[top - 1];
        if (!(tc_deprel_is(u, "nmod") || tc_deprel_is(u, "conj")) || u->head < 1) break;
        top = u->head;
    }
    if (top < 1 || tc_deprel_is(&s->tok[top - 1], "nsubj") || tc_deprel_is(&s->tok[top - 1], "nsubj:pass")) return false;
    int vh = st_span_head(s, ev->target_span);
    return !vh || vh == h;
}

void st_not_events(tc_doc *d, const tc_sent *s, int si, int first) {
    static const char *const accusing[] = {"accuse", "blame", "allege", "suspect", "charge", "deny"};
    static const char *const foreseen[] = {"potential", "possible", "imminent", "planned", "future", "prospective"};
    static const char *const threat[] = {"threat", "warning", "risk", "fear", "plot", "possibility"};
    /* (when a noun heads the sentence, the participle on it is the verb
       the tagger missed: "The parliament threatened ...") */
    bool noun_root = false;
    for (int j = 1; j <= s->n && !noun_root && first < d->nev; j++)
        noun_root = s->tok[j - 1].head == 0 && (s->tok[j - 1].upos == TC_UPOS_NOUN || s->tok[j - 1].upos == TC_UPOS_PROPN);
    for (int k = first; k < d->nev; k++) {
        struct tc_event *ev = d->ev[k];
        int v = d->ev_anchor[k];
        if (v < 1 || v > s->n) continue;
        const tc_tok *t = &s->tok[v - 1];
        bool drop = false;
        if (t->upos == TC_UPOS_VERB && !st_violent(ev->code) && t->xpos &&
            (!strcmp(t->xpos, "VBN") || !strcmp(t->xpos, "VBG")) &&
            (tc_deprel_is(t, "amod") || tc_deprel_is(t, "compound") ||
             (tc_deprel_is(t, "acl") && !tc_deprel_is(t, "acl:relcl") && !noun_root &&
              (!strcmp(t->xpos, "VBN") || !verbal_act(ev->code)))))
            drop = true;
        /* "recover the bodies of two hostages abducted by militants during
           the October 7 attacks", "Families of citizens abducted by North
           Korea decades ago": a passive participle describing the victims
           the clause acts on says what befell them before, not what the
           story reports ("with fifteen civilians killed", an absolute
           phrase, tells the toll) */
        if (t->upos == TC_UPOS_VERB && st_violent(ev->code) && t->xpos && !strcmp(t->xpos, "VBN") && !noun_root &&
            t->head >= 1 && victim_description(s, v, ev))
            drop = true;
        /* "fails to secure his candidacy", "after failing to come to an
           agreement": an act not achieved is no refusal of anyone's (12) */
        if (!strncmp(ev->code, "12", 2) && t->upos == TC_UPOS_VERB && tc_lemma_is(t, "fail")) drop = true;
        if (tc_lemma_is(t, "swear"))
            for (int j = 1; j <= s->n && !drop; j++)
                drop = s->tok[j - 1].head == v && tc_lemma_is(&s->tok[j - 1], "in");
        if (tc_lemma_is(t, "die") && !other_violence(d, s, first, k)) drop = true;
        /* "An explosion occurs at an oil depot, caused by a fire", "Multiple
           explosions are reported over Doha": an explosion with no weapon,
           no attack and no one harmed is no violence (a fire, an accident) */
        if (st_violent(ev->code) && (tc_lemma_is(t, "explosion") || tc_lemma_is(t, "explode")) && !armed_words(s, v)) {
            tc_casualties c;
            if (!tc_casualties_extract(s, v, &c) ||
                (c.killed.n < 0 && !c.killed.mod && c.injured.n < 0 && !c.injured.mod && c.casualties.n < 0 && !c.casualties.mod))
                drop = true;
        }
        if (mental_verb(t)) drop = true; /* "they wanted me to start", "I think" */
        /* "The ceasefire has not been confirmed by Iran", "Parliament would
           then not reconvene", "has not yet verified his death": a verb
           told as not done reports nothing done (the guide codes no denied
           events; PETRARCH turns "not X" into 120 through the ontology).  A
           refusal under a modal ("will not accept refugees") is an act. */
        if (t->upos == TC_UPOS_VERB && denied_verb(s, v, ev->code)) drop = true;
        /* "members of Congress have abused their power", "joyful girls
           [who] have had life torn away from them", a "targeted terror
           attack": violence named inside a direct quotation is the
           speaker's words -- figures and characterisations -- not an act
           the text reports; after an attack the story told it is that
           attack retold ("My residence has been the target of cowardly
           assault"), one more sentence of it */
        if (st_violent(ev->code) && quoted(s, v)) {
            drop = true;
            struct tc_event *prev = NULL;
            for (int m = first - 1; m >= 0 && !prev; m--)
                if (st_violent(d->ev[m]->code)) prev = d->ev[m];
            if (prev) st_refer_back(d, prev, s, si, v);
        }
        /* "Iran says Turkey's criticism could lead to worsening ties",
           "the minister says that India intends to launch a strike": an
           intent or a meeting read off a statement about what another party
           does or will do is none of the speaker's (the speaker's own:
           "Cambodia says it will seek a ruling") */
        if (t->upos == TC_UPOS_VERB && st_saying_verb(t) && (!strncmp(ev->code, "03", 2) || !strncmp(ev->code, "04", 2)))
            for (int c = 1; c <= s->n && !drop; c++) {
                if (s->tok[c - 1].head != v || !tc_deprel_is(&s->tok[c - 1], "ccomp")) continue;
                int cs = st_child_full(s, c, "nsubj");
                if (!cs || s->tok[cs - 1].upos == TC_UPOS_PRON) continue;
                int b, e;
                const char *who = st_code_party(d, s, cs, &b, &e);
                drop = !who || !*who || !*ev->source || strncmp(who, ev->source, 3) != 0;
            }
        /* "Canada held a general election", "the Democratic Party held
           primary elections": holding an election is no act CAMEO codes (the
           dictionary's HOLD ELECTION reads an intent to change leadership,
           0341, which only one announced -- "will hold elections" -- is) */
        if (!drop && !strncmp(ev->code, "034", 3) && t->upos == TC_UPOS_VERB && tc_lemma_is(t, "hold")) {
            static const char *const poll[] = {"election", "primary", "caucus", "referendum", "vote", "poll", "ballot", "by-election"};
            int o = st_child_full(s, v, "obj"), gov = 0;
            if (o && tc_lemma_in(&s->tok[o - 1], poll, TC_COUNTOF(poll)) && !announced(s, v, &gov)) drop = true;
        }
        /* "A fire killed five girls", "killed by his lions": deaths by
           accident, nature or animals are no political violence */
        if (st_violent(ev->code) && (!*ev->source || !strncmp(ev->source, "---", 3)) && t->upos == TC_UPOS_VERB) {
            int cause = st_passive_verb(s, v) ? st_by_phrase(s, v) : st_child_full(s, v, "nsubj");
            /* ("The fire spreads to another tank, injuring two firefighters":
               a participle's cause is its clause's subject) */
            if (!cause && t->xpos && !strcmp(t->xpos, "VBG") && (tc_deprel_is(t, "advcl") || tc_deprel_is(t, "xcomp")) &&
                t->head >= 1 && !st_passive_verb(s, t->head))
                cause = st_child_full(s, t->head, "nsubj");
            int cb = cause, ce = cause;
            if (cause) st_np_span(s, cause, &cb, &ce);
            for (int j = cb; cause && j <= ce && !drop; j++)
                drop = (s->tok[j - 1].upos == TC_UPOS_NOUN) && natural_cause(&s->tok[j - 1]);
            /* ("the fire, which also injured a man": the relative pronoun's noun) */
            if (!drop && cause && s->tok[cause - 1].upos == TC_UPOS_PRON && tc_deprel_is(t, "acl") && t->head >= 1 &&
                s->tok[t->head - 1].upos == TC_UPOS_NOUN)
                drop = natural_cause(&s->tok[t->head - 1]);
        }
        /* "Thousands of people gather in Berlin to protest": a crowd
           gathering is no consultation (the protest is the event) */
        if (!strncmp(ev->code, "04", 2) && (tc_lemma_is(t, "gather") || tc_lemma_is(t, "assemble") ||
                                            tc_lemma_is(t, "rally") || tc_lemma_is(t, "converge") ||
                                            tc_lemma_is(t, "congregate"))) {
            int sj = st_child_full(s, v, "nsubj");
            const tc_tok *n = sj ? &s->tok[sj - 1] : NULL;
            static const char *const crowd[] = {"people", "thousand", "hundred", "protester", "demonstrator",
                                                "resident", "supporter", "crowd", "student", "worker", "citizen"};
            for (size_t i = 0; n && i < TC_COUNTOF(crowd) && !drop; i++) drop = tc_lemma_is(n, crowd[i]);
            /* ("More than 100,000 Israelis gather": a people, a number of them) */
            if (n && !drop && n->xpos && (!strcmp(n->xpos, "NNPS") || !strcmp(n->xpos, "NNS")) &&
                strlen(ev->source) == 3)
                drop = true;
            for (int j = 1; j <= s->n && n && !drop; j++)
                drop = s->tok[j - 1].head == sj && s->tok[j - 1].upos == TC_UPOS_NUM;
        }
        /* "accuses Malian soldiers of killing 24 civilians": an alleged act is
           the accusation's content, not an event the text reports */
        if (t->upos == TC_UPOS_VERB && t->xpos && !strcmp(t->xpos, "VBG") && of_for_child(s, v))
            for (int x = t->head, g = 0; x >= 1 && g < 3 && !drop; x = s->tok[x - 1].head, g++) {
                const tc_tok *a = &s->tok[x - 1];
                drop = a->upos == TC_UPOS_VERB && (tc_lemma_is(a, "accuse") || tc_lemma_is(a, "blame") ||
                                                   tc_lemma_is(a, "allege") || tc_lemma_is(a, "suspect") ||
                                                   tc_lemma_is(a, "charge") || tc_lemma_is(a, "deny"));
            }
        /* "accuses Israel of carrying out 266 attacks, killing 132
           Palestinians", "accuses Russia of plotting terror attacks": all an
           accusation's content is alleged -- the acts in its "of" or "for"
           phrase and what hangs on them, verbs or nouns */
        for (int x = v, g = 0; x >= 1 && g < 4 && !drop; x = s->tok[x - 1].head, g++) {
            if (!of_for_child(s, x)) continue;
            /* (the accuser named and speaking: "X is accused of shooting
               two people" tells the act as the story's own) */
            for (int h = s->tok[x - 1].head, u = 0; h >= 1 && u < 5 && !drop; h = s->tok[h - 1].head, u++) {
                const tc_tok *a = &s->tok[h - 1];
                drop = a->upos == TC_UPOS_VERB && tc_lemma_in(a, accusing, TC_COUNTOF(accusing)) &&
                       st_child_full(s, h, "nsubj") && !st_passive_verb(s, h);
            }
        }
        /* "will stop its airstrikes", "calls on the ELN to cease their
           attacks", "an end to military operations": violence that is to
           stop is told for its stopping (the verb's own act), not as done */
        if (st_violent(ev->code) && t->upos == TC_UPOS_NOUN && t->head >= 1) {
            static const char *const stopping[] = {"stop", "cease", "halt", "end", "suspend", "pause"};
            const tc_tok *h = &s->tok[t->head - 1];
            if (tc_deprel_is(t, "obj") && h->upos == TC_UPOS_VERB && tc_lemma_in(h, stopping, TC_COUNTOF(stopping)))
                drop = true;
            if (tc_deprel_is(t, "nmod") && h->upos == TC_UPOS_NOUN && tc_lemma_is(h, "end") && st_case_child(s, v, "to"))
                drop = true;
        }
        /* "Colombia joins China's Belt and Road Initiative", "Estonia joins
           the Continental Europe Synchronous Area", "police officers join
           the M23 movement": joining a body, a scheme or a side is no
           consultation (the JOIN group's bare 040); joining talks is */
        if (!strcmp(ev->code, "040") && t->upos == TC_UPOS_VERB && tc_lemma_is(t, "join")) {
            static const char *const meeting[] = {"talk", "meeting", "summit", "negotiation", "conference",
                                                  "discussion", "dialogue", "consultation", "session"};
            int o = st_child_full(s, v, "obj");
            drop = !(o && tc_lemma_in(&s->tok[o - 1], meeting, TC_COUNTOF(meeting)));
        }
        /* "At least 343 protesters are arrested by Turkish police": the
           dictionaries' paired code (ARREST "* PROTESTERS" 175:140) gives
           the arrest's reverse half as the arrested protesting against the
           police; being arrested is no protest (the protest, if any, is
           told by its own words) */
        if (st_protest(ev->code) && t->upos == TC_UPOS_VERB && (tc_lemma_is(t, "arrest") || tc_lemma_is(t, "detain")))
            drop = true;
        /* "a court battle over the vote", "a custody battle", "a trade
           war": a fight in another arena than arms is no violence */
        if (st_violent(ev->code) && t->upos == TC_UPOS_NOUN) {
            static const char *const arena[] = {"court", "legal", "trade", "tariff", "political", "electoral",
                                                "election", "custody", "verbal", "price", "culture", "media",
                                                "budget", "courtroom", "leadership", "diplomatic"};
            for (int j = 1; j <= s->n && !drop; j++)
                drop = s->tok[j - 1].head == v && (tc_deprel_is(&s->tok[j - 1], "compound") || tc_deprel_is(&s->tok[j - 1], "amod")) &&
                       tc_lemma_in(&s->tok[j - 1], arena, TC_COUNTOF(arena));
        }
        /* "warnings about potential terrorist attacks", "an imminent threat
           of an Iranian missile attack": violence foreseen is not done */
        if (st_violent(ev->code) && t->upos == TC_UPOS_NOUN) {
            for (int j = 1; j <= s->n && !drop; j++)
                drop = s->tok[j - 1].head == v && tc_deprel_is(&s->tok[j - 1], "amod") &&
                       tc_lemma_in(&s->tok[j - 1], foreseen, TC_COUNTOF(foreseen));
            int h = t->head;
            if (!drop && h >= 1 && tc_deprel_is(t, "nmod") && tc_lemma_in(&s->tok[h - 1], threat, TC_COUNTOF(threat)))
                drop = true;
        }
        /* "Russia claims its air defences have shot down 337 drones", "the
           Houthis claim that they shot down", "JNIM claims 70 soldiers were
           killed": a claim of the claimant's own deed, or of what befell
           others, blames no one (an accusation names a doer: "claims China
           instigated the ban") */
        if (!strncmp(ev->code, "11", 2) && (tc_lemma_is(t, "claim") || tc_lemma_is(t, "allege"))) {
            int cs = st_child_full(s, v, "nsubj");
            bool plural = cs && s->tok[cs - 1].xpos &&
                          (!strcmp(s->tok[cs - 1].xpos, "NNS") || !strcmp(s->tok[cs - 1].xpos, "NNPS"));
            for (int j = 1; j <= s->n && !drop && cs; j++) {
                /* (the claimed clause, or one the tagger joined to the claim
                   with no conjunction) */
                if (s->tok[j - 1].head != v || !(tc_deprel_is(&s->tok[j - 1], "ccomp") ||
                                                  (tc_deprel_is(&s->tok[j - 1], "conj") && !st_child_full(s, j, "cc"))))
                    continue;
                int sj = st_child_full(s, j, "nsubj");
                bool own = false;
                /* the claimant's own: "they" for a plural claimant, "its" for a single one */
                for (int q = 1; sj && q <= s->n && !own; q++) {
                    const tc_tok *p = &s->tok[q - 1];
                    if (!(q == sj || (p->head == sj && tc_deprel_is(p, "nmod"))) || p->upos != TC_UPOS_PRON) continue;
                    own = plural ? (tc_lemma_is(p, "they") || tc_lemma_is(p, "their")) :
                                   (tc_lemma_is(p, "it") || tc_lemma_is(p, "its"));
                }
                drop = own || st_passive_verb(s, j);
            }
        }
        /* "takes the name Leo XIV", "takes over the Presidency of the
           Council", "was taken ill", "took to social media": taking an
           office, a name or an illness, or going somewhere, seizes nothing */
        if (!strncmp(ev->code, "17", 2) && tc_lemma_is(t, "take") && t->upos == TC_UPOS_VERB) {
            static const char *const held[] = {"name", "office", "presidency", "chairmanship", "helm",
                                               "oath", "seat", "ill", "sick"};
            bool obj = false;
            for (int j = 1; j <= s->n && !drop; j++) {
                const tc_tok *a = &s->tok[j - 1];
                if (a->head != v) continue;
                if (tc_deprel_is(a, "obj") || tc_deprel_is(a, "nsubj")) obj = true;
                drop = (tc_deprel_is(a, "obj") || tc_deprel_is(a, "xcomp") || tc_deprel_is(a, "advmod") ||
                        tc_deprel_is(a, "obl")) &&
                       tc_lemma_in(a, held, TC_COUNTOF(held)) && !st_case_child(s, j, "to");
            }
            /* (no thing taken, only a place gone to) */
            if (!drop && !obj && !st_passive_verb(s, v))
                for (int j = 1; j <= s->n && !drop; j++)
                    drop = s->tok[j - 1].head == v && tc_deprel_is(&s->tok[j - 1], "obl") && st_case_child(s, j, "to");
        }
        /* material cooperation and aid (06, 07) go between parties: one
           between actors of one country told in a clause under the
           sentence's main verb -- "the hospital, which is managed by the
           Episcopal Church", "the DOGE led by Elon Musk", "giving him 54
           delegates" -- describes, it reports no act; a rescue (073) stays */
        if ((!strncmp(ev->code, "06", 2) || (!strncmp(ev->code, "07", 2) && strncmp(ev->code, "073", 3))) &&
            t->head != 0 && strlen(ev->source) >= 3 && strlen(ev->target) >= 3 &&
            !strncmp(ev->source, ev->target, 3) && strncmp(ev->source, "IGO", 3) && strncmp(ev->source, "IMG", 3) &&
            strncmp(ev->source, "NGO", 3) && strncmp(ev->source, "---", 3))
            drop = true;
        /* "Congolese and Rwandan forces exchange fire", "Puntland's elite
           security forces kills": "forces" after an adjective or a noun is
           the armed forces, a noun the tagger read as the verb (to force) */
        if (tc_lemma_is(t, "force") && t->form && !strcasecmp(t->form, "forces") && v > 1 &&
            (s->tok[v - 2].upos == TC_UPOS_ADJ || s->tok[v - 2].upos == TC_UPOS_NOUN))
            drop = true;
        /* "citizens residing in Belarus", "refugees were residing in the
           Congo": dwelling somewhere is no occupation (the dictionary's
           INVADE group lists RESIDE and INHABIT) */
        if (tc_lemma_is(t, "reside") || tc_lemma_is(t, "inhabit") || tc_lemma_is(t, "dwell")) drop = true;
        /* "a shootout leaves two soldiers dead": "leave" with a harmed
           object reports the harm its subject did, no going anywhere */
        if (tc_lemma_is(t, "leave") && !st_violent(ev->code))
            for (int j = 1; j <= s->n && !drop; j++) {
                const tc_tok *a = &s->tok[j - 1];
                if (!(tc_lemma_is(a, "dead") || tc_lemma_is(a, "injured") || tc_lemma_is(a, "wounded") ||
                      tc_lemma_is(a, "homeless") || tc_lemma_is(a, "displaced")))
                    continue;
                for (int x = a->head, g = 0; x >= 1 && g < 3 && !drop; x = s->tok[x - 1].head, g++) drop = x == v;
            }
        /* "is to face trial in the Senate": an act arranged for later is not
           yet done; one of cooperation is its intent (st_intentions gave "is
           to meet" its 036), an arranged conflict no one's threat */
        if (be_to(s, v) && strncmp(ev->code, "03", 2)) drop = true;
        /* "was found dead", "was discovered dead at his home": a body found
           tells of a death, not of an attack (one told with it, "kidnapped
           and found dead", is its own verb's event) */
        if (st_violent(ev->code) && (tc_lemma_is(t, "find") || tc_lemma_is(t, "discover")))
            for (int j = 1; j <= s->n && !drop; j++) {
                const tc_tok *a = &s->tok[j - 1];
                drop = a->head == v && (tc_lemma_is(a, "dead") || tc_lemma_is(a, "unresponsive") ||
                                        tc_lemma_is(a, "unconscious") || tc_lemma_is(a, "lifeless"));
            }
        if (tc_lemma_is(t, "take")) /* "takes effect", "took place": idioms, no seizure */
            for (int j = 1; j <= s->n && !drop; j++)
                drop = s->tok[j - 1].head == v && tc_deprel_is(&s->tok[j - 1], "obj") &&
                       (tc_lemma_is(&s->tok[j - 1], "effect") || tc_lemma_is(&s->tok[j - 1], "place"));
        /* hypothetical: "would want to wait", "could face charges", "if they
           attack" -- the guide codes no hypothetical event; nor what a
           hypothetical lets or makes someone do ("a bill that would have
           allowed China to extradite"): the modal on the verb whose
           to-complement this is counts too */
        for (int h = v, up = 0; h >= 1 && up < 3 && !drop; up++) {
            for (int j = 1; j <= s->n && !drop; j++) {
                const tc_tok *a = &s->tok[j - 1];
                if (a->head != h) continue;
                if (tc_deprel_is(a, "aux") && (tc_lemma_is(a, "would") || tc_lemma_is(a, "could") ||
                                               tc_lemma_is(a, "might") || tc_lemma_is(a, "may")))
                    drop = true;
                if (h == v && tc_deprel_is(a, "mark") && tc_lemma_is(a, "if") && tc_deprel_is(t, "advcl")) drop = true;
            }
            /* (a threat or intent read off the complement stays: "may be
               willing to impose sanctions ... if" is a threat) */
            if (!tc_deprel_is(&s->tok[h - 1], "xcomp") || !strncmp(ev->code, "13", 2) || !strncmp(ev->code, "03", 2))
                break;
            h = s->tok[h - 1].head;
            if (h < 1 || s->tok[h - 1].upos != TC_UPOS_VERB) break;
        }
        /* "wept upon hearing her son had been convicted", "mourns him":
           grief (the dictionary's LAMENT group, 110) disapproves of no one
           unless it is over or against something named */
        if (!strncmp(ev->code, "11", 2) &&
            (tc_lemma_is(t, "weep") || tc_lemma_is(t, "cry") || tc_lemma_is(t, "grieve") ||
             tc_lemma_is(t, "mourn") || tc_lemma_is(t, "wail"))) {
            drop = true;
            for (int j = 1; j <= s->n && drop; j++)
                if (s->tok[j - 1].head == v && tc_deprel_is(&s->tok[j - 1], "obl") &&
                    (st_case_child(s, j, "over") || st_case_child(s, j, "against") || st_case_child(s, j, "at")))
                    drop = false;
        }
        /* "after they aroused suspicion", "aroused interest": a feeling
           stirred is no provocation (140, the dictionary's AROUSE) */
        if (tc_lemma_is(t, "arouse"))
            for (int j = 1; j <= s->n && !drop; j++) {
                const tc_tok *a = &s->tok[j - 1];
                drop = a->head == v && tc_deprel_is(a, "obj") &&
                       (tc_lemma_is(a, "suspicion") || tc_lemma_is(a, "interest") || tc_lemma_is(a, "curiosity") ||
                        tc_lemma_is(a, "attention") || tc_lemma_is(a, "concern"));
            }
        if (!drop) continue;
        st_drop_event(d, k);
        k--;
    }
}

/* How much a violent code says about the kind of violence: "injured" (182)
   and a bare assault (180) least, a 4-digit code most. */
int st_violence_rank(const char *code) {
    if (!strcmp(code, "182") || !strcmp(code, "180")) return 0;
    size_t n = strlen(code);
    return n >= 4 ? 3 : (n == 3 && code[2] != '0') ? 2 : 1;
}

static bool actors_agree(const char *a, const char *b) {
    if (!*a || !*b || !strcmp(a, b)) return true;
    return strlen(a) >= 3 && strlen(b) >= 3 && !strncmp(a, b, 3) && (strlen(a) == 3 || strlen(b) == 3);
}

/* Violence that two sides do to each other: "clashes", "a shootout",
   "heavy fighting", "an exchange of fire". */
bool st_fight_word(const tc_tok *t) {
    static const char *const w[] = {"clash", "shootout", "fighting", "fight", "battle", "firefight", "gunfight",
                                    "skirmish", "confrontation", "hostility", "exchange", "gunbattle", "combat",
                                    "encounter"};
    return tc_lemma_in(t, w, TC_COUNTOF(w));
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
        if (!st_violent(ev->code) || w < 1) continue;
        /* the fight word: the trigger, or a phrase on the trigger verb ("killed in clashes") */
        int f = st_fight_word(&s->tok[w - 1]) ? w : 0;
        for (int j = 1; j <= s->n && !f; j++)
            if (s->tok[j - 1].head == w && tc_deprel_is(&s->tok[j - 1], "obl") && st_fight_word(&s->tok[j - 1])) f = j;
        if (!f) continue;
        int a = 0, b = 0;
        for (int j = 1; j <= s->n && !a; j++) /* "between A and B" */
            if (s->tok[j - 1].head == f && (tc_deprel_is(&s->tok[j - 1], "nmod") || tc_deprel_is(&s->tok[j - 1], "obl")) &&
                st_case_child(s, j, "between") && (b = st_conj_of(s, j)) != 0)
                a = j;
        if (!a && s->tok[w - 1].upos == TC_UPOS_VERB) {
            int subj = st_child_full(s, w, "nsubj");
            if (subj) {
                a = subj;
                b = st_conj_of(s, subj);
                for (int j = 1; j <= s->n && !b; j++) /* "A clashed with B" */
                    if (s->tok[j - 1].head == w && tc_deprel_is(&s->tok[j - 1], "obl") && st_case_child(s, j, "with")) b = j;
            }
        }
        if (!a) { /* "A and B are killed in a shootout" */
            int v = f == w ? s->tok[w - 1].head : w;
            if (v >= 1 && st_passive_verb(s, v) && (a = st_child_full(s, v, "nsubj:pass")) != 0) b = st_conj_of(s, a);
        }
        if (!a || !b) continue;
        int ab, ae, bb, be;
        const char *ca = st_code_party(d, s, a, &ab, &ae), *cb = st_code_party(d, s, b, &bb, &be);
        if (!ca || !cb || !*ca || !*cb) continue;
        st_set_actor(d, s, ev, true, ca, ab, ae);
        st_set_actor(d, s, ev, false, cb, bb, be);
        struct tc_event *r = st_new_event(d, s, w);
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
/* Whether event ev's source is named by its own act at word v: the active
   subject of the verb, or a word of the event noun's own phrase -- not a
   controller, a passive subject or a phrase elsewhere. */
static bool own_doer(const tc_sent *s, const struct tc_event *ev, int v) {
    int h = st_span_head(s, ev->source_span);
    if (h < 1 || v < 1) return false;
    const tc_tok *t = &s->tok[v - 1];
    if (t->upos == TC_UPOS_VERB) return s->tok[h - 1].head == v && tc_deprel_is(&s->tok[h - 1], "nsubj") &&
                                          strcmp(s->tok[h - 1].deprel, "nsubj:pass") != 0;
    for (int x = h, g = 0; x >= 1 && g < 4; x = s->tok[x - 1].head, g++)
        if (x == v) return true;
    return false;
}

static bool reciprocal_object(const tc_sent *s, int v);

/* Whether word x is the object, or a phrase, of verb v. */
static bool object_of(const tc_sent *s, int x, int v) {
    const tc_tok *t = &s->tok[x - 1];
    return t->head == v && (tc_deprel_is(t, "obj") || tc_deprel_is(t, "iobj") || tc_deprel_is(t, "obl"));
}

/*
 * One-sided violence goes one way.  The dictionaries' paired codes
 * ("- &WEAPON * [193:193]" of the BATTLE group, meant for a fight) give
 * an active impact verb's act back from its object to its subject as well:
 * "A Russian missile strikes a building in Ukraine" also came out as
 * Ukraine striking Russia.  Whoever the object names is struck, not
 * striking; only a fight word ("clash", "battle", "exchange") and its
 * joint subjects fight both ways (fight_sides, st_joint_actors).
 */
static void one_way_violence(tc_doc *d, const tc_sent *s, int first) {
    for (int k = d->nev - 1; k >= first; k--) {
        const struct tc_event *ev = d->ev[k];
        int v = d->ev_anchor[k];
        if (!st_violent(ev->code) || v < 1 || v > s->n) continue;
        const tc_tok *t = &s->tok[v - 1];
        if (t->upos != TC_UPOS_VERB || st_passive_verb(s, v) || st_fight_word(t) || reciprocal_object(s, v)) continue;
        int sh = st_span_head(s, ev->source_span), th = st_span_head(s, ev->target_span);
        if (sh < 1 || th < 1) continue;
        const tc_tok *tt = &s->tok[th - 1];
        if (tt->head != v || !tc_deprel_is(tt, "nsubj") || !strcmp(tt->deprel, "nsubj:pass") || !object_of(s, sh, v))
            continue;
        st_drop_event(d, k);
    }
}

void st_merge_violence(tc_doc *d, const tc_sent *s, int si, int first) {
    one_way_violence(d, s, first);
    for (int k = first; k < d->nev; k++) {
        struct tc_event *ev = d->ev[k];
        int v = d->ev_anchor[k];
        if (!st_violent(ev->code) || !st_passive_verb(s, v)) continue;
        int vic = st_child_full(s, v, "nsubj:pass"), by = st_by_phrase(s, v), b, e;
        const char *tgt = vic ? st_code_party(d, s, vic, &b, &e) : NULL;
        if (vic) {
            ev->target = tgt ? tgt : "";
            ev->target_text = tgt ? st_span_text(&d->arena, s, b, e) : "";
            ev->target_span = tgt ? ev_span(s, b, e) : (tc_span){0, 0, false};
        }
        const char *src = by ? st_code_party(d, s, by, &b, &e) : NULL;
        if (by && !src && (src = st_unknown_attacker(s, by)) != NULL) st_np_span(s, by, &b, &e);
        ev->source = src ? src : "";
        ev->source_text = src ? st_span_text(&d->arena, s, b, e) : "";
        ev->source_span = src ? ev_span(s, b, e) : (tc_span){0, 0, false};
        if (!ev->source_text) ev->source_text = "";
        if (!ev->target_text) ev->target_text = "";
    }
    fight_sides(d, s, si, first);
    for (int k = first; k < d->nev; k++) {
        struct tc_event *a = d->ev[k];
        if (!st_violent(a->code)) continue;
        for (int m = k + 1; m < d->nev; m++) {
            struct tc_event *b = d->ev[m];
            if (!st_violent(b->code)) continue;
            /* the two directions of a fight stay two events */
            if (*a->source && *a->target && !strcmp(a->source, b->target) && !strcmp(a->target, b->source)) continue;
            /* an interception is the defender's act, the missile's firing the
               attacker's: "intercepts a missile fired by the Houthis" */
            if (tc_lemma_is(&s->tok[d->ev_anchor[k] - 1], "intercept") != tc_lemma_is(&s->tok[d->ev_anchor[m] - 1], "intercept"))
                continue;
            bool linked = st_near_in_tree(s, d->ev_anchor[k], d->ev_anchor[m]);
            bool agree = actors_agree(a->source, b->source) && st_targets_agree(a->target, b->target);
            if (!linked && !agree) continue;
            if (!actors_agree(a->source, b->source) && !linked) continue;
            /* two attackers each named by its own act are two attacks
               ("Israel strikes Yemen in retaliation for Houthi attacks") */
            if (*a->source && *b->source && strncmp(a->source, b->source, 3) && own_doer(s, a, d->ev_anchor[k]) &&
                own_doer(s, b, d->ev_anchor[m]))
                continue;
            /* the event noun names the attacker better than a verb's subject */
            bool b_noun = s->tok[d->ev_anchor[m] - 1].upos != TC_UPOS_VERB;
            bool a_noun = s->tok[d->ev_anchor[k] - 1].upos != TC_UPOS_VERB;
            if (!*a->source || (b_noun && !a_noun && *b->source)) {
                a->source = b->source;
                a->source_text = b->source_text;
                a->source_span = b->source_span;
            }
            if (!*a->target) { a->target = b->target; a->target_text = b->target_text; a->target_span = b->target_span; }
            /* "artillery strikes kill two", "killed in an airstrike": the act
               (the noun on the killing verb) says what kind of violence, the
               verb only its outcome */
            int ka = d->ev_anchor[k], kb = d->ev_anchor[m];
            bool b_act = b_noun && !a_noun && s->tok[kb - 1].head == ka && st_violence_rank(b->code) >= 1;
            bool a_act = a_noun && !b_noun && s->tok[ka - 1].head == kb && st_violence_rank(a->code) >= 1;
            if (b_act || (!a_act && st_violence_rank(b->code) > st_violence_rank(a->code)) ||
                (st_violence_rank(b->code) == st_violence_rank(a->code) && b_noun && !a_noun)) {
                a->code = b->code;
                a->trigger = b->trigger;
                a->trigger_span = b->trigger_span;
            }
            if (b->killed > a->killed) { a->killed = b->killed; a->killed_mod = b->killed_mod; }
            if (b->injured > a->injured) { a->injured = b->injured; a->injured_mod = b->injured_mod; }
            if (b->location.has && (!a->location.has || st_precision_rank(b->location.precision) < st_precision_rank(a->location.precision)))
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

/* ---- the means of violence ------------------------------------------------ */

/* Whether a source code names a state's forces: a bare country ("Russia
   fires") or one whose roles include government, military, police or
   intelligence ("ISRMIL", "PAKCOP"). */
static bool state_force(const char *code) {
    size_t n = code ? strlen(code) : 0;
    if (n == 3) return true;
    for (size_t i = 3; i + 3 <= n; i += 3)
        if (!strncmp(code + i, "GOV", 3) || !strncmp(code + i, "MIL", 3) || !strncmp(code + i, "COP", 3) ||
            !strncmp(code + i, "SPY", 3))
            return true;
    return false;
}

/* Whether word j (1-based) has a compound or adjective modifier with lemma w. */
static bool has_modifier(const tc_sent *s, int j, const char *w) {
    for (int k = 1; k <= s->n; k++) {
        const tc_tok *t = &s->tok[k - 1];
        if (t->head == j && (tc_deprel_is(t, "compound") || tc_deprel_is(t, "amod")) && tc_lemma_is(t, w)) return true;
    }
    return false;
}

/* Whether weapon noun j is one taken, found or made safe ("116 explosive
   devices seized", "police found a bomb", "defused two IEDs"): a weapon
   nobody used is no means of the sentence's violence. */
static bool seized_weapon(const tc_sent *s, int j) {
    static const char *const take[] = {"seize", "confiscate", "find", "discover", "defuse", "recover", "dismantle",
                                       "deactivate", "neutralize", "neutralise", "uncover", "capture"};
    const tc_tok *t = &s->tok[j - 1];
    if (t->head >= 1 && (tc_deprel_is(t, "obj") || tc_deprel_is(t, "nsubj:pass")) &&
        tc_lemma_in(&s->tok[t->head - 1], take, TC_COUNTOF(take)))
        return true;
    for (int k = 1; k <= s->n; k++) {
        const tc_tok *c = &s->tok[k - 1];
        if (c->head == j && tc_deprel_is(c, "acl") && c->upos == TC_UPOS_VERB && tc_lemma_in(c, take, TC_COUNTOF(take)))
            return true;
    }
    return false;
}

/* The CAMEO code of the non-military means a sentence names, or NULL:
   explosives ("an IED attack", "a roadside bomb hits a bus", "a suicide
   bomber") are bombings (183; 1831 suicide, 1832 car or vehicle, 1833
   roadside), blades and vehicles driven into people ("a mass stabbing", "a
   vehicle-ramming attack") unconventional violence (180). */
static const char *violence_means(const tc_sent *s) {
    const char *code = NULL;
    for (int j = 1; j <= s->n; j++) {
        const tc_tok *t = &s->tok[j - 1];
        const char *f = t->form ? t->form : "";
        if (t->upos != TC_UPOS_NOUN && t->upos != TC_UPOS_PROPN && t->upos != TC_UPOS_ADJ && t->upos != TC_UPOS_VERB)
            continue;
        bool noun = t->upos == TC_UPOS_NOUN || t->upos == TC_UPOS_PROPN;
        if (noun && (tc_lemma_is(t, "bomber") || (tc_lemma_is(t, "bombing") && has_modifier(s, j, "suicide")) ||
                     (tc_lemma_is(t, "bomb") && has_modifier(s, j, "suicide"))))
            return "1831";
        bool bomb = noun && (tc_lemma_is(t, "bomb") || tc_lemma_is(t, "bombing"));
        if (bomb && (has_modifier(s, j, "roadside"))) return "1833";
        if (bomb && (has_modifier(s, j, "car") || has_modifier(s, j, "vehicle") || has_modifier(s, j, "truck") ||
                     has_modifier(s, j, "motorcycle")))
            return "1832";
        bool device = noun && tc_lemma_is(t, "device") && has_modifier(s, j, "explosive");
        if ((bomb || device || noun) && seized_weapon(s, j)) continue;
        if (bomb || device || !strcmp(f, "IED") || !strcmp(f, "IEDs") ||
            (noun && (tc_lemma_is(t, "landmine") || tc_lemma_is(t, "grenade") ||
                      (tc_lemma_is(t, "mine") && has_modifier(s, j, "land")))))
            code = "183";
        else if (!code && (tc_lemma_is(t, "stab") || tc_lemma_is(t, "stabbing") || tc_lemma_is(t, "knife") ||
                           tc_lemma_is(t, "machete") || tc_lemma_is(t, "ramming") || tc_lemma_is(t, "ram")))
            code = "180";
    }
    return code;
}

/*
 * "Two people are killed in an IED attack", "a roadside bomb kills eight",
 * "a man is killed in a mass stabbing": fighting (root 19) is what armed
 * forces do; killing with a bomb, a knife or a vehicle by anyone else -- an
 * unnamed attacker, militants, a civilian -- is an assault (root 18), as
 * CAMEO and the annotators code it.  A violent event of root 19 whose
 * source is not a state's forces takes the code of the means the sentence
 * names.
 */
/* Whether the sentence tells of a protest: "protests erupt ... with clashes
   with the police", "clashes between protesters and security forces". */
static bool protest_sentence(const tc_sent *s) {
    static const char *const w[] = {"protest", "protester", "protestor", "demonstration", "demonstrator", "rioter",
                                    "riot"};
    for (int j = 1; j <= s->n; j++)
        if (tc_lemma_in(&s->tok[j - 1], w, TC_COUNTOF(w))) return true;
    return false;
}

/* Whether verb v fires something into the sea ("fired a ballistic missile
   into the Sea of Japan", "launches missiles toward the East Sea"): its
   "into/toward" phrase is a sea, an ocean or waters. */
static bool fired_at_sea(const tc_sent *s, int v) {
    static const char *const fire[] = {"fire", "launch", "test-fire"};
    static const char *const sea[] = {"sea", "ocean", "water", "gulf"};
    if (v < 1 || v > s->n || !tc_lemma_in(&s->tok[v - 1], fire, TC_COUNTOF(fire))) return false;
    int o = st_child_full(s, v, "obj");
    for (int j = 1; j <= s->n; j++) {
        const tc_tok *c = &s->tok[j - 1];
        /* (on the verb, or on its object: "missiles into the Sea of Japan") */
        if (!((c->head == v && tc_deprel_is(c, "obl")) || (o && c->head == o && tc_deprel_is(c, "nmod")))) continue;
        if (!(st_case_child(s, j, "into") || st_case_child(s, j, "toward") || st_case_child(s, j, "towards"))) continue;
        if (tc_lemma_in(c, sea, TC_COUNTOF(sea))) return true;
        for (int k = 1; k <= s->n; k++) /* "the Sea of Japan" headed by "Sea", "the East Sea" */
            if (s->tok[k - 1].head == j && (tc_deprel_is(&s->tok[k - 1], "flat") || tc_deprel_is(&s->tok[k - 1], "compound")) &&
                tc_lemma_in(&s->tok[k - 1], sea, TC_COUNTOF(sea)))
                return true;
    }
    return false;
}

void st_violence_means(tc_doc *d, const tc_sent *s, int first) {
    /* weapons fired into the sea hit no one: a show of force (150,
       "Demonstrate military or police power"), not force (19) */
    for (int k = first; k < d->nev; k++) {
        struct tc_event *ev = d->ev[k];
        if (!strncmp(ev->code, "19", 2) && fired_at_sea(s, d->ev_anchor[k])) {
            ev->code = "150";
            ev->target = "";
            ev->target_text = "";
            ev->target_span = (tc_span){0, 0, false};
        }
    }
    /* clashes of a protest with the police are a violent protest (145), not
       fighting (19) */
    int protest = -1;
    for (int k = first; k < d->nev; k++) {
        struct tc_event *ev = d->ev[k];
        int v = d->ev_anchor[k];
        if (strncmp(ev->code, "19", 2) || v < 1 || v > s->n || !st_fight_word(&s->tok[v - 1])) continue;
        if (protest < 0) protest = protest_sentence(s);
        if (protest) ev->code = "145";
    }
    const char *means = NULL;
    bool looked = false;
    for (int k = first; k < d->nev; k++) {
        struct tc_event *ev = d->ev[k];
        const char *c = ev->code;
        /* a bombing of no kind yet takes the kind the sentence names */
        bool bombing = c && !strcmp(c, "183");
        if (!bombing && (!c || strncmp(c, "19", 2) || !(c[2] == '0' || c[2] == '3' || c[2] == '4' || c[2] == '5')))
            continue;
        if (!bombing && *ev->source && state_force(ev->source)) continue;
        if (!looked) { means = violence_means(s); looked = true; }
        if (!means) return;
        if (bombing && strncmp(means, "183", 3)) continue;
        ev->code = means;
    }
}

/* ---- killings of one named figure ---------------------------------------- */

/* Words for a figure whose killing is an assassination: a rank, a command
   or an office ("a Hezbollah commander", "Major General Ali Shadmani",
   "Asaad Abu Sharia, leader of the Mujahideen Brigades"). */
static bool figure_word(const tc_tok *t) {
    static const char *const w[] = {"commander", "commander-in-chief", "leader", "general", "chief", "colonel",
                                    "brigadier", "spokesman", "spokesperson", "scientist", "prosecutor", "judge",
                                    "mayor", "governor", "minister", "founder", "politician", "lawmaker"};
    return (t->upos == TC_UPOS_NOUN || t->upos == TC_UPOS_PROPN) && tc_lemma_in(t, w, TC_COUNTOF(w));
}

/* Whether the victim phrase headed by x names one figure: x itself or a
   title, apposition or flat/compound part of it is a figure word, and x is
   no plural ("four rebel commanders" were killed in a strike, not
   assassinated). */
static bool one_figure(const tc_sent *s, int x) {
    const tc_tok *t = &s->tok[x - 1];
    if (t->xpos && (!strcmp(t->xpos, "NNS") || !strcmp(t->xpos, "NNPS"))) return false;
    if (figure_word(t)) return true;
    for (int j = 1; j <= s->n; j++) {
        const tc_tok *c = &s->tok[j - 1];
        if (c->head != x) continue;
        if ((tc_deprel_is(c, "appos") || tc_deprel_is(c, "compound") || tc_deprel_is(c, "flat") ||
             tc_deprel_is(c, "nmod:desc")) && figure_word(c))
            return true;
    }
    return false;
}

/*
 * "Israel says it has killed Major General Ali Shadmani", "a drone strike
 * killed a Hezbollah commander": killing one named figure (a commander, a
 * leader, an official of rank) is an assassination (CAMEO 186, "Assassinate:
 * kill a specific individual"), whatever the weapon; the violent events
 * told by that killing take 186.
 */
void st_assassinations(tc_doc *d, const tc_sent *s, int first) {
    for (int v = 1; v <= s->n; v++) {
        const tc_tok *t = &s->tok[v - 1];
        if (t->upos != TC_UPOS_VERB || !tc_lemma_is(t, "kill")) continue;
        int x = st_child_full(s, v, st_passive_verb(s, v) ? "nsubj:pass" : "obj");
        if (!x || !one_figure(s, x)) continue;
        for (int k = first; k < d->nev; k++) {
            struct tc_event *ev = d->ev[k];
            int a = d->ev_anchor[k];
            if (!st_violent(ev->code) || !strcmp(ev->code, "182") || (a != v && !st_near_in_tree(s, a, v))) continue;
            ev->code = "186";
        }
    }
}

/* ---- joint actors ------------------------------------------------------- */

/* Acts two parties do together: meeting, talking, agreeing, signing,
   cooperating (roots 03-08). */
static bool joint_root(const char *code) {
    return code && code[0] == '0' && code[1] >= '3' && code[1] <= '8';
}

/*
 * "Ethiopia's prime minister and Somalia's president meet", "France and
 * Poland sign a treaty", "a ceasefire between Israel and Hamas": an act
 * that conjoined subjects (or the two sides after "between") do together
 * is coded once in each direction (the annotation guide's rule for joint
 * actors), unless it has a target of its own other than the parties.
 */
/* "blame each other", "accuse one another": the object names the subjects
   themselves, each the other's target. */
static bool reciprocal_object(const tc_sent *s, int v) {
    for (int j = 1; j + 1 <= s->n; j++) {
        const tc_tok *a = &s->tok[j - 1], *b = &s->tok[j];
        if ((tc_lemma_is(a, "each") && tc_lemma_is(b, "other")) || (tc_lemma_is(a, "one") && tc_lemma_is(b, "another"))) {
            /* the pair hangs on v, by either word */
            if (a->head == v || b->head == v) return true;
            if (a->head == j + 1 && b->head == v) return true;
            if (b->head == j && a->head == v) return true;
        }
    }
    return false;
}

/* Verb v told as not (yet) done: an auxiliary other than have, be or do
   ("will capture", "could sign") or a mark "if" on it; a mark "to" when
   to_mark ("the goal is to capture"); with denied also "unless" and a
   negation ("did not sign", "never signed"). */
static bool told_undone(const tc_sent *s, int v, bool to_mark, bool denied) {
    for (int j = 1; j <= s->n; j++) {
        const tc_tok *a = &s->tok[j - 1];
        if (a->head != v) continue;
        if (tc_deprel_is(a, "aux") && !tc_lemma_is(a, "have") && !tc_lemma_is(a, "be") && !tc_lemma_is(a, "do"))
            return true;
        if (tc_deprel_is(a, "mark") &&
            (tc_lemma_is(a, "if") || (to_mark && tc_lemma_is(a, "to")) || (denied && tc_lemma_is(a, "unless"))))
            return true;
        if (denied && (tc_lemma_is(a, "not") || tc_lemma_is(a, "never"))) return true;
    }
    return false;
}

/* The distinct parties of one act ("Japan, China and South Korea meet",
   "X and Y sign a deal"): a party whose code shares its first three
   letters (its country) with one already in the set is the same party. */
enum { MAX_PARTY = 8 };
struct party_set {
    const char *code[MAX_PARTY];
    int beg[MAX_PARTY], end[MAX_PARTY];
    int n;
};

static void party_add(struct party_set *ps, const char *c, int beg, int end) {
    if (ps->n >= MAX_PARTY) return;
    for (int q = 0; q < ps->n; q++)
        if (!strncmp(ps->code[q], c, 3)) return;
    ps->code[ps->n] = c;
    ps->beg[ps->n] = beg;
    ps->end[ps->n] = end;
    ps->n++;
}

void st_joint_actors(tc_doc *d, const tc_sent *s, int first) {
    /* what several join together they do not do with each other: the
       coder's meetings among the conjoined subjects of "Estonia, Latvia,
       and Lithuania join the Continental Europe Synchronous Area" go */
    for (int k = d->nev - 1; k >= first; k--) {
        int v = d->ev_anchor[k];
        if (v < 1 || v > s->n || s->tok[v - 1].upos != TC_UPOS_VERB || !tc_lemma_is(&s->tok[v - 1], "join") ||
            !st_child_full(s, v, "obj") || !*d->ev[k]->target)
            continue;
        int a = st_child_full(s, v, "nsubj");
        bool among = false;
        for (int j = 1; j <= s->n && a && !among; j++) {
            if (j != a && !(s->tok[j - 1].head == a && tc_deprel_is(&s->tok[j - 1], "conj"))) continue;
            int b, e;
            const char *c = st_code_party(d, s, j, &b, &e);
            among = c && *c && !strcmp(c, d->ev[k]->target);
        }
        if (among) st_drop_event(d, k);
    }
    int n0 = d->nev;
    for (int k = first; k < n0; k++) {
        struct tc_event *ev = d->ev[k];
        int v = d->ev_anchor[k];
        if (v < 1 || v > s->n) continue;
        bool mutual = reciprocal_object(s, v);
        if (!joint_root(ev->code) && !mutual) continue;
        const tc_tok *t = &s->tok[v - 1];
        int a = 0, b = 0;
        bool between = false;
        /* "a ceasefire between Israel and Hamas", "talks between the U.S. and Russia" */
        for (int j = 1; j <= s->n && !a && t->upos != TC_UPOS_VERB; j++)
            if (s->tok[j - 1].head == v && tc_deprel_is(&s->tok[j - 1], "nmod") && st_case_child(s, j, "between") &&
                (b = st_conj_of(s, j)) != 0)
                a = j;
        /* "announce a ceasefire between India and Pakistan": what is
           announced is the parties' act, not the announcers' */
        if (!a && t->upos == TC_UPOS_VERB && st_saying_verb(t))
            for (int o = 1; o <= s->n && !a; o++) {
                if (s->tok[o - 1].head != v || !tc_deprel_is(&s->tok[o - 1], "obj")) continue;
                for (int j = 1; j <= s->n && !a; j++)
                    if (s->tok[j - 1].head == o && tc_deprel_is(&s->tok[j - 1], "nmod") && st_case_child(s, j, "between") &&
                        (b = st_conj_of(s, j)) != 0)
                        a = j;
                if (a) {
                    /* (the announcers' own names are no party to it) */
                    ev->source = "";
                    ev->target = "";
                }
            }
        between = a != 0;
        /* "host / broker / call for talks between A and B": the act is the
           governing verb's own event; the parties' act is not done */
        bool governed = false;
        bool object = tc_deprel_is(t, "obj") || (tc_deprel_is(t, "obl") && st_case_child(s, v, "for"));
        for (int m = first; m < d->nev && between && object; m++)
            governed |= m != k && t->head >= 1 && d->ev_anchor[m] == t->head;
        if (governed) continue;
        if (!a) {
            if (t->upos != TC_UPOS_VERB && t->head >= 1 && tc_deprel_is(t, "obj")) v = t->head; /* "hold talks" */
            a = st_child_full(s, v, "nsubj");
            b = a ? st_conj_of(s, a) : 0;
            /* "Starmer and Modi announce they have signed an agreement":
               "they" are the conjoined subjects of the clause above */
            int g = s->tok[v - 1].head;
            if (a && !b && g >= 1 && (tc_lemma_is(&s->tok[a - 1], "they") || tc_lemma_is(&s->tok[a - 1], "we")) &&
                (tc_deprel_is(&s->tok[v - 1], "ccomp") || tc_deprel_is(&s->tok[v - 1], "xcomp"))) {
                int ga = st_child_full(s, g, "nsubj");
                int gb = ga ? st_conj_of(s, ga) : 0;
                if (gb) {
                    a = ga;
                    b = gb;
                }
            }
        }
        if (!b) continue;
        /* "Estonia, Latvia and Lithuania disconnect from the Russian grid":
           what they leave together is not done to each other */
        bool from = false;
        for (int j = 1; j <= s->n && !from && t->upos == TC_UPOS_VERB; j++)
            from = s->tok[j - 1].head == v && tc_deprel_is(&s->tok[j - 1], "obl") && st_case_child(s, j, "from");
        if (from) continue;
        int ab, ae, bb, be;
        const char *ca = st_code_party(d, s, a, &ab, &ae), *cb = st_code_party(d, s, b, &bb, &be);
        if (!ca || !cb || !*ca || !*cb || !strncmp(ca, cb, 3)) continue;
        if (*ev->target && strncmp(ev->target, ca, 3) && strncmp(ev->target, cb, 3) && !mutual) continue;
        /* "X hosts talks between A and B": the host's act, not the parties' */
        if (between && *ev->source && strncmp(ev->source, ca, 3) && strncmp(ev->source, cb, 3)) continue;
        st_set_actor(d, s, ev, true, ca, ab, ae);
        st_set_actor(d, s, ev, false, cb, bb, be);
        struct tc_event *r = st_new_event(d, s, d->ev_anchor[k]);
        if (!r) return;
        *r = *ev;
        r->source = ev->target;
        r->source_text = ev->target_text;
        r->target = ev->source;
        r->target_text = ev->source_text;
        r->source_span = ev->target_span;
        r->target_span = ev->source_span;
        /* other events of this act between the same parties are the same telling */
        for (int m = first; m < d->nev; m++) {
            struct tc_event *o = d->ev[m];
            if (o == ev || o == r || d->ev_anchor[m] != d->ev_anchor[k] || strcmp(o->code, ev->code)) continue;
            st_drop_event(d, m);
            if (m < k) k--;
            if (m < n0) n0--;
            m--;
        }
        /* "Japan, China and South Korea meet": every further conjunct of
           the list meets each of the others, both ways */
        struct party_set ps = {{ca, cb}, {ab, bb}, {ae, be}, 2};
        for (int j = b + 1; j <= s->n && ps.n < 5 && !between; j++) {
            if (s->tok[j - 1].head != a || !tc_deprel_is(&s->tok[j - 1], "conj")) continue;
            int xb, xe;
            const char *cx = st_code_party(d, s, j, &xb, &xe);
            if (cx && *cx) party_add(&ps, cx, xb, xe);
        }
        for (int x = 2; x < ps.n; x++)
            for (int y = 0; y < x; y++)
                for (int dir = 0; dir < 2; dir++) {
                    struct tc_event *q = st_new_event(d, s, d->ev_anchor[k]);
                    if (!q) return;
                    *q = *ev;
                    int from = dir ? x : y, to = dir ? y : x;
                    st_set_actor(d, s, q, true, ps.code[from], ps.beg[from], ps.end[from]);
                    st_set_actor(d, s, q, false, ps.code[to], ps.beg[to], ps.end[to]);
                }
    }
}

/* ---- claims ------------------------------------------------------------- */

/*
 * "The BLA claims responsibility for the attack", "Al-Shabaab claims it
 * killed 30 soldiers": a claim is no accusation or statement of its own --
 * the claimant is the source of the violence it claims (the attack of this
 * sentence, or, for "the attack", the last one the story told).
 */
void st_claims(tc_doc *d, const tc_sent *s, int first) {
    for (int g = 1; g <= s->n; g++) {
        const tc_tok *t = &s->tok[g - 1];
        if (t->upos != TC_UPOS_VERB || !(tc_lemma_is(t, "claim") || tc_lemma_is(t, "take") || tc_lemma_is(t, "accept")))
            continue;
        /* the claimant: as the coder found it for the claim's own event, else
           as the story codes the subject */
        int subj = st_child_full(s, g, "nsubj"), b = 0, e = 0;
        const char *who = NULL, *who_text = NULL;
        tc_span who_span = {0, 0, false};
        for (int k = first; k < d->nev && !who; k++)
            if (d->ev_anchor[k] == g && *d->ev[k]->source) {
                who = d->ev[k]->source;
                who_text = d->ev[k]->source_text;
                who_span = d->ev[k]->source_span;
            }
        if (!who && subj && (who = st_code_phrase(d, s, subj, &b, &e)) != NULL) {
            who_text = st_span_text(&d->arena, s, b, e);
            who_span = ev_span(s, b, e);
        }
        if (!who || !*who) continue;
        struct tc_event *claimed = NULL;
        int resp = 0;
        for (int j = 1; j <= s->n && !resp; j++)
            if (s->tok[j - 1].head == g && tc_deprel_is(&s->tok[j - 1], "obj") &&
                (tc_lemma_is(&s->tok[j - 1], "responsibility") || tc_lemma_is(&s->tok[j - 1], "credit")))
                resp = j;
        if (resp) {
            int n = 0;
            for (int j = 1; j <= s->n && !n; j++)
                if (s->tok[j - 1].head == resp && tc_deprel_is(&s->tok[j - 1], "nmod") && st_case_child(s, j, "for")) n = j;
            for (int k = first; k < d->nev && n && !claimed; k++)
                if (d->ev_anchor[k] == n && st_violent(d->ev[k]->code)) claimed = d->ev[k];
            /* ("responsibility for a series of deadly attacks targeting
               Christians that killed nine": the violence the sentence tells,
               wherever the parse hung its words, when no one else is named
               as doing it) */
            for (int k = first; k < d->nev && n && !claimed; k++) {
                struct tc_event *o = d->ev[k];
                if (!st_violent(o->code) || (*o->source && strncmp(o->source, "---", 3) && strncmp(o->source, who, 3))) continue;
                claimed = o; /* (the loop ends here; the later ones get its doer) */
                for (int q = k + 1; q < d->nev; q++) {
                    struct tc_event *r = d->ev[q];
                    if (st_violent(r->code) && (!*r->source || !strncmp(r->source, "---", 3))) {
                        r->source = who;
                        r->source_text = who_text ? who_text : "";
                        r->source_span = who_text ? who_span : (tc_span){0, 0, false};
                    }
                }
            }
            if (!claimed && n) {
                struct tc_event *prev = st_last_violent(d);
                if (prev && prev->sentence < s->index) claimed = prev;
            }
        } else if (tc_lemma_is(t, "claim")) {
            /* the violence told in the claimed clause: its verb or a noun in it */
            for (int k = first; k < d->nev && !claimed; k++) {
                int v = d->ev_anchor[k];
                if (!st_violent(d->ev[k]->code)) continue;
                for (int x = v, guard = 0; x >= 1 && x <= s->n && guard < 8; x = s->tok[x - 1].head, guard++)
                    if (s->tok[x - 1].head == g && (tc_deprel_is(&s->tok[x - 1], "ccomp") || tc_deprel_is(&s->tok[x - 1], "xcomp"))) {
                        claimed = d->ev[k]; /* ("claim to have shot down a drone") */
                        break;
                    }
            }
        }
        if (!claimed) continue;
        if (!*claimed->source || !strncmp(claimed->source, "---", 3) || !strncmp(claimed->source, who, 3)) {
            claimed->source = who;
            claimed->source_text = who_text ? who_text : "";
            claimed->source_span = who_text ? who_span : (tc_span){0, 0, false};
        }
        for (int k = first; k < d->nev; k++) /* the claim itself; its target is the victims' */
            if (d->ev_anchor[k] == g && d->ev[k] != claimed && !st_violent(d->ev[k]->code)) {
                if (!*claimed->target && *d->ev[k]->target && strncmp(d->ev[k]->target, who, 3)) {
                    claimed->target = d->ev[k]->target;
                    claimed->target_text = d->ev[k]->target_text;
                    claimed->target_span = d->ev[k]->target_span;
                }
                st_drop_event(d, k);
                k--;
            }
    }
}

/* ---- rulings ------------------------------------------------------------ */

/*
 * "The Supreme Court found the prorogation unlawful", "a judge ruled the
 * practice unconstitutional": a court finding someone's act unlawful is a
 * legal finding against them (CAMEO 116), which the verb dictionary does not
 * code.  The target is the act's owner, else the court's own country (a
 * domestic ruling).
 */
void st_rulings(tc_doc *d, const tc_sent *s, int si, int first) {
    static const char *const verdict[] = {"unlawful", "illegal", "unconstitutional", "invalid", "void", "guilty",
                                          "liable"};
    for (int a = 1; a <= s->n; a++) {
        const tc_tok *adj = &s->tok[a - 1];
        if (adj->upos != TC_UPOS_ADJ) continue;
        bool is = false;
        for (size_t i = 0; i < TC_COUNTOF(verdict) && !is; i++) is = tc_lemma_is(adj, verdict[i]);
        if (!is) continue;
        /* the finding verb: up from the adjective, within three arcs */
        int g = 0;
        for (int x = adj->head, guard = 0; x >= 1 && guard < 3 && !g; x = s->tok[x - 1].head, guard++) {
            const tc_tok *t = &s->tok[x - 1];
            if (t->upos == TC_UPOS_VERB && (tc_lemma_is(t, "rule") || tc_lemma_is(t, "find") || tc_lemma_is(t, "declare") ||
                                            tc_lemma_is(t, "deem") || tc_lemma_is(t, "judge") || tc_lemma_is(t, "hold")))
                g = x;
        }
        if (!g) continue;
        bool done = false;
        for (int k = first; k < d->nev && !done; k++) done = d->ev_anchor[k] == g && !strncmp(d->ev[k]->code, "11", 2);
        if (done) continue;
        int subj = st_child_full(s, g, "nsubj");
        if (!subj) subj = st_controller(s, g);
        int b, e;
        const char *court = subj ? st_code_party(d, s, subj, &b, &e) : NULL;
        if (!court || !*court || strlen(court) < 3) continue;
        struct tc_event *ev = st_new_event(d, s, g);
        if (!ev) return;
        ev->code = "116";
        ev->source = court;
        ev->source_text = st_span_text(&d->arena, s, b, e);
        ev->source_span = ev_span(s, b, e);
        if (!ev->source_text) ev->source_text = "";
        /* whose act: the object's owner ("the government's practice") */
        int obj = st_child_full(s, g, "obj");
        const char *who = NULL;
        for (int j = 1; j <= s->n && obj && !who; j++)
            if (s->tok[j - 1].head == obj && tc_deprel_is(&s->tok[j - 1], "nmod:poss")) who = st_code_phrase(d, s, j, &b, &e);
        ev->target = who && *who ? who : tc_arena_printf(&d->arena, "%.3s", court);
        ev->target_text = "";
        st_attach(d, ev, s, si, g);
    }
    (void)first;
}

/* ---- names called ---------------------------------------------------------- */

/* Words that run down what they are said of: "called the deal 'lousy'",
   "called his conduct a 'breach of ...'". */
static bool epithet_word(const tc_tok *t) {
    static const char *const w[] = {"lousy", "breach", "disgrace", "disgraceful", "shameful", "shame", "unacceptable",
                                    "outrageous", "ridiculous", "absurd", "reckless", "irresponsible", "racist",
                                    "hypocritical", "hypocrisy", "betrayal", "violation", "lie", "hoax", "farce",
                                    "sham", "insult", "insulting", "travesty", "scandal", "scandalous", "disastrous",
                                    "catastrophic", "appalling", "deplorable", "despicable", "abhorrent", "disgusting",
                                    "cowardly", "barbaric", "heinous", "corrupt", "incompetent", "dishonest",
                                    "unconstitutional", "illegal", "unlawful", "criminal", "terrible", "horrible",
                                    "pathetic", "embarrassing", "embarrassment", "failure", "mistake", "blunder",
                                    "aggression", "provocation", "terrorism", "genocide"};
    return (t->upos == TC_UPOS_NOUN || t->upos == TC_UPOS_ADJ || t->upos == TC_UPOS_PROPN) &&
           tc_lemma_in(t, w, TC_COUNTOF(w));
}

/* Word j of s as a name that runs down: an epithet, or the war of "a
   declaration of war", "an act of war" (not any war nearby: "the worst
   since the beginning of the war"). */
static bool epithet_at(const tc_sent *s, int j) {
    const tc_tok *t = &s->tok[j - 1];
    if (epithet_word(t)) return true;
    if (!tc_lemma_is(t, "war") || t->head < 1 || !tc_deprel_is(t, "nmod")) return false;
    const tc_tok *h = &s->tok[t->head - 1];
    return tc_lemma_is(h, "declaration") || tc_lemma_is(h, "act");
}

/*
 * "Tom Watson called Theresa May's proposed Brexit deal 'lousy'", "Pelosi
 * called Trump's conduct a 'breach of his Constitutional
 * responsibilities'": calling someone or their act by a name that runs it
 * down criticizes them (CAMEO 111, "criticize, defame, denigrate
 * responsible parties"), which the verb dictionary does not code ("call"
 * there is an appeal, "call for", "call on").  The target is the owner of
 * what is named ("May's deal"), else what is named; the source the subject.
 */
void st_name_calling(tc_doc *d, const tc_sent *s, int si, int first) {
    for (int g = 1; g <= s->n; g++) {
        const tc_tok *t = &s->tok[g - 1];
        if (t->upos != TC_UPOS_VERB || !tc_lemma_is(t, "call") || st_passive_verb(s, g)) continue;
        int obj = st_child_full(s, g, "obj");
        if (!obj || obj < g) continue;
        /* the name: after the object, within three arcs below the verb,
           through no clause of its own */
        int name = epithet_word(&s->tok[obj - 1]) ? obj : 0; /* "called Johnson's deal 'lousy'" parsed as one phrase */
        for (int j = obj + 1; j <= s->n && !name; j++) {
            if (!epithet_at(s, j)) continue;
            int x = j, guard = 0;
            while (x >= 1 && x != g && guard < 3) {
                const tc_tok *c = &s->tok[x - 1];
                if (tc_deprel_is(c, "ccomp") || tc_deprel_is(c, "advcl") || tc_deprel_is(c, "conj") ||
                    tc_deprel_is(c, "acl") || tc_deprel_is(c, "parataxis"))
                    break;
                x = c->head;
                guard++;
            }
            if (x == g) name = j;
        }
        if (!name) continue;
        bool done = false;
        for (int k = first; k < d->nev && !done; k++) done = d->ev_anchor[k] == g && !strncmp(d->ev[k]->code, "11", 2);
        if (done) continue;
        for (int k = first; k < d->nev; k++) /* the dictionary's "call" (an appeal) is this event */
            if (d->ev_anchor[k] == g) {
                st_drop_event(d, k);
                k--;
            }
        int subj = 0; /* the subject before the verb (the parser hangs some names as a second one) */
        for (int j = 1; j < g && !subj; j++)
            if (s->tok[j - 1].head == g && tc_deprel_is(&s->tok[j - 1], "nsubj")) subj = j;
        if (!subj) subj = st_controller(s, g);
        int sb = 0, se = 0, tb = 0, te = 0;
        const char *src = subj ? st_code_party(d, s, subj, &sb, &se) : NULL;
        if (!src && subj) { /* a name the dictionaries lack: a person of the story's country (st_context_actors) */
            src = st_unknown_attacker(s, subj);
            if (src) st_name_run(s, subj, &sb, &se);
        }
        if (!src || strlen(src) < 3) continue;
        const char *tgt = NULL;
        for (int j = 1; j <= s->n && !tgt; j++)
            if (s->tok[j - 1].head == obj && (tc_deprel_is(&s->tok[j - 1], "nmod:poss") ||
                                               (tc_deprel_is(&s->tok[j - 1], "nmod") && st_case_child(s, j, "'s"))))
                tgt = st_code_party(d, s, j, &tb, &te);
        if ((!tgt || !*tgt) && name != obj) tgt = st_code_party(d, s, obj, &tb, &te);
        struct tc_event *ev = st_new_event(d, s, g);
        if (!ev) return;
        ev->code = "111";
        st_set_actor(d, s, ev, true, src, sb, se);
        if (tgt && *tgt) st_set_actor(d, s, ev, false, tgt, tb, te);
        else {
            ev->target = tc_arena_printf(&d->arena, "%.3s", src);
            ev->target_text = "";
        }
        st_attach(d, ev, s, si, g);
    }
}

/* ---- domestic legal acts -------------------------------------------------- */

/* The noun phrase right before verb v when the parser gave v no subject
   ("On Wednesday, the House of Representatives impeached ..." with "House"
   hung on "Wednesday"): the word before v, climbed through the modifiers
   that stay before v; 0 if that word is no noun. */
static int np_before(const tc_sent *s, int v) {
    int h = v - 1;
    if (h < 1 || (s->tok[h - 1].upos != TC_UPOS_NOUN && s->tok[h - 1].upos != TC_UPOS_PROPN)) return 0;
    for (int guard = 0; guard < 6; guard++) {
        const tc_tok *t = &s->tok[h - 1];
        int g = t->head;
        if (g < 1 || g >= v || !(tc_deprel_is(t, "nmod") || tc_deprel_is(t, "compound") || tc_deprel_is(t, "flat")))
            break;
        h = g;
    }
    return h;
}

/* As st_code_party, and a name's title alone ("Vice President Sara
   Duterte", "the House of Representatives of the Philippines": agents whose
   country the story gives later) when the dictionaries know no more. */
static const char *legal_party(tc_doc *d, const tc_sent *s, int h, int *beg, int *end) {
    const char *c = st_code_party(d, s, h, beg, end);
    if (c) return c;
    /* the whole phrase, its "of" phrases too ("the House of Representatives
       of the Philippines": "House" alone is no agent) */
    int b = h, e = h;
    for (int j = 1; j <= s->n; j++) {
        int x = j;
        for (int guard = 0; guard < 6 && x != h && x >= 1; guard++) {
            const tc_tok *t = &s->tok[x - 1];
            if (tc_deprel_is(t, "acl") || tc_deprel_is(t, "conj") || tc_deprel_is(t, "appos") || tc_deprel_is(t, "punct"))
                break; /* a clause or another name on it is not the phrase */
            x = t->head;
        }
        if (x != h) continue;
        if (j < b) b = j;
        if (j > e) e = j;
    }
    if (b < *beg || e > *end) {
        c = st_code_span(d, s, b, e);
        if (c) { *beg = b; *end = e; return c; }
    }
    tc_code_prep *p = st_prep_of(d, s);
    c = p ? st_keep(d, tc_code_prep_agents(p, b, e)) : NULL;
    if (c) { *beg = b; *end = e; }
    return c;
}

/*
 * Legal acts the verb dictionary does not list: "the House of
 * Representatives impeached President Donald Trump" accuses its target of
 * a crime (CAMEO 1121, "Allege, charge the target with ... crime"; the
 * guide's train conventions code impeachment 1121); "the U.S. Treasury
 * Department sanctions a cybersecurity company" imposes sanctions on it
 * (163, "Impose embargo, boycott, or sanctions"; the dictionary has the noun
 * only, and the gold codes the verb 163); "gunmen kidnap 20 students",
 * "abduct five village chiefs" take them (181, "Abduct, hijack, or take
 * hostage"; the dictionary has the nouns only).  The source is the
 * subject (a passive verb's "by" phrase), the target the object (a passive
 * verb's subject).  A reduced relative ("the third President to be
 * impeached") tells of the person, not of the act.
 */
void st_legal_acts(tc_doc *d, const tc_sent *s, int si, int first) {
    static const struct { const char *lemma, *code; } acts[] = {{"impeach", "1121"}, {"sanction", "163"},
                                                                  {"abduct", "181"}, {"kidnap", "181"}};
    /* "the Constitutional Court removed him from office", "Yoon was ousted by
       the Constitutional Court": a court that removes someone finds against
       them (116, "Find guilty or liable at a court of law"); it expels or
       deports nobody (174, the REMOVE group) */
    /* Anyone else who ousts a ruler ("Bashar al-Assad was ousted by rebel
       forces") or removes an official from an office ("The Islamic
       Consultative Assembly removes Abdolnaser Hemmati as economy minister")
       changes the leadership (0831, "Accede to demands for change in
       leadership"), no expulsion either; "remove" only with the office
       named ("as", "from office/power/post"): a senator "forcibly removed"
       from a room is moved by force. */
    static const char *const oust[] = {"oust", "depose", "topple", "unseat", "overthrow"};
    static const char *const office[] = {"office", "power", "post", "position", "presidency", "government", "cabinet"};
    for (int k = first; k < d->nev; k++) {
        int v = d->ev_anchor[k];
        struct tc_event *ev = d->ev[k];
        if (v < 1 || v > s->n) continue;
        const tc_tok *t = &s->tok[v - 1];
        if (t->upos != TC_UPOS_VERB) continue;
        if (strlen(ev->source) >= 6 && strstr(ev->source + 3, "JUD")) {
            if (tc_lemma_is(t, "remove") || tc_lemma_is(t, "oust") || tc_lemma_is(t, "depose")) ev->code = "116";
            continue;
        }
        if (strcmp(ev->code, "174")) continue;
        bool from_office = tc_lemma_in(t, oust, TC_COUNTOF(oust));
        for (int j = 1; j <= s->n && !from_office && tc_lemma_is(t, "remove"); j++) {
            const tc_tok *c = &s->tok[j - 1];
            int o = c->head >= 1 ? s->tok[c->head - 1].head : 0; /* (or on its object: "removes X as minister") */
            bool on_obj = c->head >= 1 && o == v && tc_deprel_is(&s->tok[c->head - 1], "obj") && tc_deprel_is(c, "nmod");
            if (!((c->head == v && tc_deprel_is(c, "obl")) || on_obj)) continue;
            from_office = st_case_child(s, j, "as") || (st_case_child(s, j, "from") && tc_lemma_in(c, office, TC_COUNTOF(office)));
        }
        if (from_office) ev->code = "0831";
    }
    for (int v = 1; v <= s->n; v++) {
        const tc_tok *t = &s->tok[v - 1];
        if (t->upos != TC_UPOS_VERB) continue;
        const char *code = NULL;
        for (size_t i = 0; i < TC_COUNTOF(acts) && !code; i++)
            if (tc_lemma_is(t, acts[i].lemma)) code = acts[i].code;
        if (!code) continue;
        bool had = false;
        for (int k = first; k < d->nev && !had; k++) had = d->ev_anchor[k] == v;
        if (had) continue;
        bool passive = st_passive_verb(s, v);
        int subj = passive ? st_by_phrase(s, v) : st_child_full(s, v, "nsubj");
        if (!subj && !passive) subj = st_controller(s, v);
        if (!subj && !passive) subj = np_before(s, v);
        int obj = st_child_full(s, v, passive ? "nsubj:pass" : "obj");
        int sb = 0, se = 0, tb = 0, te = 0;
        const char *src = subj ? legal_party(d, s, subj, &sb, &se) : NULL;
        const char *tgt = obj ? legal_party(d, s, obj, &tb, &te) : NULL;
        if (!src || !*src || !tgt || !*tgt) continue;
        struct tc_event *ev = st_new_event(d, s, v);
        if (!ev) return;
        ev->code = code;
        st_set_actor(d, s, ev, true, src, sb, se);
        st_set_actor(d, s, ev, false, tgt, tb, te);
        st_attach(d, ev, s, si, v);
    }
}

/* A new event at word at with its code and doer; its target too, unless
   any_target is false and the target is no country or actor of one (an
   agent-only code); false when out of memory. */
static bool emit_pair(tc_doc *d, const tc_sent *s, int si, int at, const char *code, const char *src, int sb, int se,
                      const char *tgt, int tb, int te, bool any_target) {
    struct tc_event *ev = st_new_event(d, s, at);
    if (!ev) return false;
    ev->code = code;
    st_set_actor(d, s, ev, true, src, sb, se);
    if (any_target || (tgt && *tgt && tgt[0] != '-')) st_set_actor(d, s, ev, false, tgt, tb, te);
    st_attach(d, ev, s, si, at);
    return true;
}

/*
 * "Rwandan-backed rebels advance on the city of Goma", "M23 rebels begin
 * their advance into the city of Goma", "initiate advances towards
 * Bukavu": armed forces advancing on, into or towards a place or a foe fight
 * for it (190; the verb dictionary's CONTINUE group gives "advance" no
 * code).  The doer must be armed (forces, rebels, an armed group); an
 * advance only prepared or planned ("preparing to advance on Uvira") is
 * none.  The target is the phrase's actor, else the place's country
 * (st_target_from_place).
 */

void st_advances(tc_doc *d, const tc_sent *s, int si, int first) {
    static const char *const toward[] = {"on", "into", "towards", "toward", "against", "upon"};
    static const char *const go_on[] = {"begin", "start", "continue", "initiate", "launch", "resume", "make"};
    for (int v = 1; v <= s->n; v++) {
        const tc_tok *t = &s->tok[v - 1];
        bool verb = t->upos == TC_UPOS_VERB;
        if (!tc_lemma_is(t, "advance") || (!verb && t->upos != TC_UPOS_NOUN)) continue;
        int to = 0;
        /* (the noun's phrase, or one the parser hung on the verb of going
           on whose object it is: "begin their advance into the city") */
        int gv = !verb && t->head >= 1 && tc_deprel_is(t, "obj") && tc_lemma_in(&s->tok[t->head - 1], go_on, TC_COUNTOF(go_on))
                     ? t->head : 0;
        for (int j = 1; j <= s->n && !to; j++) {
            const tc_tok *c = &s->tok[j - 1];
            if ((c->head == v || (gv && c->head == gv && tc_deprel_is(c, "obl"))) &&
                (tc_deprel_is(c, "obl") || tc_deprel_is(c, "nmod")) && (c->upos == TC_UPOS_NOUN || c->upos == TC_UPOS_PROPN))
                for (size_t k = 0; k < TC_COUNTOF(toward) && !to; k++)
                    if (st_case_child(s, j, toward[k])) to = j;
        }
        if (!to) continue;
        bool had = false;
        for (int k = first; k < d->nev && !had; k++) had = d->ev_anchor[k] == v;
        if (had) continue;
        /* an infinitive only under a verb of going on: "begin advancing",
           "continues to advance" (not "preparing to advance") */
        int g = t->head >= 1 ? t->head : 0;
        if (verb && (st_mark_child(s, v, "to") || tc_deprel_is(t, "xcomp")) && !(g && tc_lemma_in(&s->tok[g - 1], go_on, TC_COUNTOF(go_on)))) continue;
        int sb = 0, se = 0, k = 0;
        const char *src = NULL;
        if (verb) {
            k = st_child_full(s, v, "nsubj");
            if (!k) k = st_controller(s, v);
        } else {
            src = st_premodifier_actor(d, s, v, &sb, &se);
            for (int j = v - 1; j >= 1 && (!src || !*src) && s->tok[j - 1].head == v; j--) /* "rebels advance" read as a compound */
                if (tc_deprel_is(&s->tok[j - 1], "compound") && s->tok[j - 1].upos == TC_UPOS_NOUN) src = st_code_party(d, s, j, &sb, &se);
            if ((!src || !*src) && g && tc_deprel_is(t, "obj") && tc_lemma_in(&s->tok[g - 1], go_on, TC_COUNTOF(go_on)))
                k = st_child_full(s, g, "nsubj");
        }
        if (k) src = st_code_party(d, s, k, &sb, &se);
        if (!st_armed_code(src, false)) continue;
        int tb = 0, te = 0;
        const char *tgt = st_code_party(d, s, to, &tb, &te);
        if (!emit_pair(d, s, si, v, "190", src, sb, se, tgt, tb, te, false)) return;
    }
}

/*
 * "She did so at the request of Justin Trudeau", "Per request of Prime
 * Minister Boris Johnson, the Queen suspended parliament", "will comply with
 * the request of X": an act done at someone's request tells that he asked
 * for it -- an appeal (020, "Make an appeal or request") by the one whose
 * request it is (the noun's "of" phrase or owner) to the one who acts on it
 * (the subject of the verb the phrase hangs from, or of the noun itself
 * where the parser made it the predicate).  A request denied or rejected is
 * its verb's object, no phrase of this kind, and is read elsewhere.
 */
void st_requested_acts(tc_doc *d, const tc_sent *s, int si, int first) {
    static const char *const ask[] = {"request", "behest"};
    for (int r = 1; r <= s->n; r++) {
        const tc_tok *t = &s->tok[r - 1];
        if (t->upos != TC_UPOS_NOUN || !tc_lemma_in(t, ask, TC_COUNTOF(ask))) continue;
        int by = 0;
        for (int j = 1; j <= s->n && !by; j++) {
            const tc_tok *c = &s->tok[j - 1];
            if (c->head != r) continue;
            if ((tc_deprel_is(c, "nmod") && st_case_child(s, j, "of")) || tc_deprel_is(c, "nmod:poss")) by = j;
        }
        if (!by) continue;
        int doer = st_child_full(s, r, "nsubj"); /* "She did so at the request of" (a predicate noun) */
        if (!doer && tc_deprel_is(t, "obl") && t->head >= 1 && s->tok[t->head - 1].upos == TC_UPOS_VERB) {
            doer = st_child_full(s, t->head, "nsubj");
            if (!doer) doer = st_controller(s, t->head);
        }
        if (!doer || tc_deprel_is(&s->tok[doer - 1], "nsubj:pass")) continue;
        bool had = false;
        for (int k = first; k < d->nev && !had; k++) had = d->ev_anchor[k] == r && !strncmp(d->ev[k]->code, "02", 2);
        if (had) continue;
        int sb = 0, se = 0, tb = 0, te = 0;
        const char *src = legal_party(d, s, by, &sb, &se);
        const char *tgt = legal_party(d, s, doer, &tb, &te);
        int h = s->tok[doer - 1].head;
        if (!tgt && s->tok[doer - 1].upos == TC_UPOS_PRON && h >= 1 && tc_deprel_is(&s->tok[h - 1], "ccomp")) {
            /* "Queen Elizabeth II announced she will comply with": the
               sayer */
            int sayer = st_child_full(s, s->tok[h - 1].head, "nsubj");
            if (sayer) tgt = legal_party(d, s, sayer, &tb, &te);
        }
        if (!src || strlen(src) < 3 || src[0] == '-') continue;
        if (!tgt || !*tgt || tgt[0] == '-') {
            /* one the dictionaries do not know ("the Queen", "She" for an
               unknown Governor General) acting at a leader's request is one of
               his own country's */
            tgt = tc_arena_printf(&d->arena, "%.3s", src);
            if (!tgt) return;
            st_np_span(s, doer, &tb, &te);
        }
        /* (dated and placed by the act done at the request) */
        int at = tc_deprel_is(t, "obl") && t->head >= 1 ? t->head : r;
        if (!emit_pair(d, s, si, at, "020", src, sb, se, tgt, tb, te, true)) return;
    }
}

/*
 * "The suspected gunman surrendered himself to police", "the suspect turned
 * himself in to police": giving oneself up to the police or a court is
 * no concession (080, which the verb dictionary gives "surrender") but the
 * start of a detention -- an arrest (173) by those one gives oneself up to,
 * of oneself.  Forces surrendering to an army stay a military yield.
 */
void st_surrenders(tc_doc *d, const tc_sent *s, int si, int first) {
    for (int v = 1; v <= s->n; v++) {
        const tc_tok *t = &s->tok[v - 1];
        if (t->upos != TC_UPOS_VERB) continue;
        bool give_up = tc_lemma_is(t, "surrender");
        for (int j = 1; j <= s->n && !give_up; j++) { /* "turned himself in", "gave himself up" */
            const tc_tok *c = &s->tok[j - 1];
            if (c->head != v || !(tc_deprel_is(c, "compound:prt") || tc_deprel_is(c, "advmod"))) continue;
            give_up = (tc_lemma_is(t, "turn") && tc_lemma_is(c, "in")) || (tc_lemma_is(t, "give") && tc_lemma_is(c, "up"));
        }
        if (!give_up) continue;
        int obj = st_child_full(s, v, "obj");
        if (obj && !(s->tok[obj - 1].form && strstr(s->tok[obj - 1].form, "sel"))) continue; /* "surrendered the town" */
        int to = 0;
        for (int j = 1; j <= s->n && !to; j++)
            if (s->tok[j - 1].head == v && tc_deprel_is(&s->tok[j - 1], "obl") && st_case_child(s, j, "to")) to = j;
        if (!to) continue;
        int pb = 0, pe = 0;
        const char *police = st_code_party(d, s, to, &pb, &pe);
        if (!police || strlen(police) < 6 || !(strstr(police + 3, "COP") || strstr(police + 3, "JUD"))) continue;
        struct tc_event *ev = NULL;
        for (int k = first; k < d->nev && !ev; k++)
            if (d->ev_anchor[k] == v) ev = d->ev[k];
        if (ev) {
            ev->target = ev->source;
            ev->target_text = ev->source_text;
            ev->target_span = ev->source_span;
        } else {
            int subj = st_child_full(s, v, "nsubj");
            int sb = 0, se = 0;
            const char *who = subj ? st_code_party(d, s, subj, &sb, &se) : NULL;
            if (!(ev = st_new_event(d, s, v))) return;
            if (who && *who) st_set_actor(d, s, ev, false, who, sb, se);
            else { ev->target = ""; ev->target_text = ""; }
            st_attach(d, ev, s, si, v);
        }
        ev->code = "173";
        st_set_actor(d, s, ev, true, police, pb, pe);
    }
}

/* ---- orders and votes --------------------------------------------------- */

static bool order_verb(const tc_tok *t) {
    return t->upos == TC_UPOS_VERB && tc_order_verb(t);
}

/*
 * "Petro orders the commerce ministry to raise tariffs on U.S. imports": the
 * act ordered is the orderer's act (163 by Colombia), and the order is no
 * event of its own.  "Belizeans vote to elect ...": voting in an election
 * is no event CAMEO codes (the guide codes elections only where CAMEO does).
 */
void st_orders_votes(tc_doc *d, const tc_sent *s, int first) {
    for (int k = first; k < d->nev; k++) {
        int v = d->ev_anchor[k];
        if (v < 1 || v > s->n) continue;
        const tc_tok *t = &s->tok[v - 1];
        /* a verb or an event noun whose verb is ordered */
        int act = t->upos == TC_UPOS_VERB ? v : (t->head >= 1 && tc_deprel_is(t, "obj") ? t->head : 0);
        if (!act) continue;
        int g = 0; /* "orders X to act": an xcomp of the order, or an acl on its object */
        const tc_tok *at = &s->tok[act - 1];
        if (tc_deprel_is(at, "xcomp")) g = at->head;
        else if (tc_deprel_is(at, "acl") && at->head >= 1 && tc_deprel_is(&s->tok[at->head - 1], "obj"))
            g = s->tok[at->head - 1].head;
        if (g < 1 || !order_verb(&s->tok[g - 1])) continue;
        for (int m = first; m < d->nev; m++) {
            if (m == k || d->ev_anchor[m] != g) continue;
            struct tc_event *o = d->ev[m];
            if (*o->source) { d->ev[k]->source = o->source; d->ev[k]->source_text = o->source_text; d->ev[k]->source_span = o->source_span; }
            st_drop_event(d, m);
            if (m < k) k--;
            m--;
        }
    }
    /* "ordered the network to shut down": ORDER shares its synset with HEAD,
       whose "* TO" pattern (030, "heads to") then reads the infinitive's
       "to"; an order is no intent to cooperate.  Ordering something shut or
       stopped is an administrative sanction (172: the dictionary's ORDER
       SUSPENSION, ORDER AIRPORT, SHUT DOWN STATIONS); any other order whose
       act no pattern codes is a demand (ORDER's own code, 100). */
    for (int k = first; k < d->nev; k++) {
        int g = d->ev_anchor[k];
        if (g < 1 || g > s->n || strcmp(d->ev[k]->code, "030") || !order_verb(&s->tok[g - 1])) continue;
        int x = st_child_full(s, g, "xcomp");
        /* ("orders the administration to pay": the infinitive the parser
           hung on the object) */
        int o = x ? 0 : st_child_full(s, g, "obj");
        for (int j = 1; j <= s->n && o && !x; j++)
            if (s->tok[j - 1].head == o && tc_deprel_is(&s->tok[j - 1], "acl") && s->tok[j - 1].upos == TC_UPOS_VERB &&
                st_mark_child(s, j, "to"))
                x = j;
        if (!x) continue;
        const tc_tok *xt = &s->tok[x - 1];
        bool shut = tc_lemma_is(xt, "shut") || tc_lemma_is(xt, "close") || tc_lemma_is(xt, "cease") ||
                    tc_lemma_is(xt, "halt") || tc_lemma_is(xt, "suspend") || tc_lemma_is(xt, "stop");
        d->ev[k]->code = shut ? "172" : "100";
    }
    /* "Israel withdraws from the UN Human Rights Council", "... from the
       Paris agreement": leaving an organisation or a treaty reduces relations
       (16), it is no yielding (08) */
    /* (announced, "announces that it will withdraw from the World Health
       Organization", the event is the saying's intent to yield, 035: a
       reduction of relations forecast is a threat, 131) */
    static const char *const leave[] = {"withdraw", "exit", "leave", "quit", "withdrawal"};
    for (int k = first; k < d->nev; k++) {
        int v = d->ev_anchor[k];
        bool intent = !strncmp(d->ev[k]->code, "035", 3);
        if (v < 1 || v > s->n || (strncmp(d->ev[k]->code, "08", 2) && !intent)) continue;
        if (intent && !tc_lemma_in(&s->tok[v - 1], leave, TC_COUNTOF(leave)))
            for (int j = 1; j <= s->n; j++)
                if (s->tok[j - 1].head == v && (tc_deprel_is(&s->tok[j - 1], "ccomp") || tc_deprel_is(&s->tok[j - 1], "xcomp")) &&
                    tc_lemma_in(&s->tok[j - 1], leave, TC_COUNTOF(leave))) {
                    v = j;
                    break;
                }
        const tc_tok *t = &s->tok[v - 1];
        if (!tc_lemma_in(t, leave, TC_COUNTOF(leave))) continue;
        for (int j = 1; j <= s->n; j++) {
            const tc_tok *c = &s->tok[j - 1];
            if (c->head != v || !(tc_deprel_is(c, "obl") || tc_deprel_is(c, "nmod")) || !st_case_child(s, j, "from")) continue;
            bool body = !strncmp(d->ev[k]->target, "IGO", 3) || tc_lemma_is(c, "agreement") || tc_lemma_is(c, "treaty") ||
                        tc_lemma_is(c, "accord") || tc_lemma_is(c, "pact") || tc_lemma_is(c, "organization") ||
                        tc_lemma_is(c, "organisation") || tc_lemma_is(c, "council") || tc_lemma_is(c, "court") ||
                        tc_lemma_is(c, "convention") || tc_lemma_is(c, "alliance") || tc_lemma_is(c, "deal");
            if (body) { d->ev[k]->code = intent ? "131" : "160"; break; }
        }
    }
    for (int k = first; k < d->nev; k++) {
        int v = d->ev_anchor[k];
        if (v < 1 || v > s->n || s->tok[v - 1].upos != TC_UPOS_VERB || !tc_lemma_is(&s->tok[v - 1], "vote")) continue;
        bool elect = false, has_obj = false;
        for (int j = 1; j <= s->n; j++) {
            const tc_tok *c = &s->tok[j - 1];
            if (c->head != v) continue;
            if (tc_deprel_is(c, "xcomp") && (tc_lemma_is(c, "elect") || tc_lemma_is(c, "choose") || tc_lemma_is(c, "select")))
                elect = true;
            if (tc_deprel_is(c, "obj")) has_obj = true;
        }
        if (elect || !has_obj) {
            st_drop_event(d, k);
            k--;
        }
    }
}

/* ---- territory taken ---------------------------------------------------- */

/* Nouns that name ground one can hold: "the town of", "eight bases". */
static bool ground_noun(const tc_tok *t) {
    static const char *const w[] = {"village", "town", "city", "settlement", "base", "district", "area", "territory",
                                    "region", "province", "stronghold", "palace", "airport", "capital", "valley",
                                    "position", "hill", "port", "headquarters", "camp", "outpost", "checkpoint",
                                    "island", "county", "neighborhood", "neighbourhood", "locality", "crossing",
                                    "bridge", "highway", "oilfield", "location", "municipality", "garrison", "airbase",
                                    "hamlet", "suburb", "stronghold", "enclave", "zone", "front", "border", "reef",
                                    "islet", "shoal", "atoll"};
    return (t->upos == TC_UPOS_NOUN || t->upos == TC_UPOS_PROPN) && tc_lemma_in(t, w, TC_COUNTOF(w));
}

/* The place taken: object x, or the X of "all of X", "the town of X" kept as
   x; 0 when x is no ground (people, weapons, a person's name). */
static bool place_word(const tc_doc *d, int si, int x) {
    int n = 0;
    const geo_mention *m = geo_doc_mentions(d->geo, &n);
    for (int i = 0; i < n; i++)
        if (m[i].sent == si - d->geo_base && m[i].tok_first <= x && x <= m[i].tok_last) return m[i].role != GEO_ROLE_EMBEDDED;
    return false;
}

/* A name the gazetteer lacks that the text places, as a place is placed:
   "captured Rozlyv in Donetsk Oblast", "capture Kamanyola in South Kivu",
   "all of Bahri, Khartoum State, Sudan" -- a located phrase or a place
   listed after it, or a place where the taking verb v happens.  One word
   only: a name of several is as likely a person's ("captured Musa Danladi
   in Kano"). */
static bool placed_name(tc_doc *d, const tc_sent *s, int si, int x, int v) {
    if (st_phrase_is_person(d, s, x)) return false;
    for (int j = 1; j <= s->n; j++)
        if (s->tok[j - 1].head == x && (tc_deprel_is(&s->tok[j - 1], "flat") || tc_deprel_is(&s->tok[j - 1], "compound")))
            return false;
    for (int j = 1; j <= s->n; j++) {
        const tc_tok *c = &s->tok[j - 1];
        if (c->upos != TC_UPOS_PROPN || !place_word(d, si, j)) continue;
        if (c->head == x && (tc_deprel_is(c, "conj") || tc_deprel_is(c, "appos") ||
                             (tc_deprel_is(c, "nmod") && st_case_child(s, j, "in"))))
            return true;
        if (c->head == v && tc_deprel_is(c, "obl") && st_case_child(s, j, "in")) return true;
    }
    return false;
}

static int ground_of(tc_doc *d, const tc_sent *s, int si, int x, int v) {
    static const char *const part[] = {"all", "part", "most", "much", "parts", "half", "rest", "control"};
    if (tc_lemma_in(&s->tok[x - 1], part, TC_COUNTOF(part))) {
        int of = 0;
        for (int j = 1; j <= s->n && !of; j++)
            if (s->tok[j - 1].head == x && tc_deprel_is(&s->tok[j - 1], "nmod") && st_case_child(s, j, "of")) of = j;
        if (!of) return tc_lemma_is(&s->tok[x - 1], "control") ? x : 0; /* "M23 gains control" */
        x = of;
    }
    const tc_tok *t = &s->tok[x - 1];
    if (ground_noun(t)) return x;
    if (t->upos != TC_UPOS_PROPN || !(place_word(d, si, x) || placed_name(d, s, si, x, v))) return 0;
    int b, e;
    const char *c = st_code_party(d, s, x, &b, &e);
    return !c || strlen(c) <= 3 ? x : 0; /* a place, not an armed group */
}

/*
 * "Russian forces have captured the village of Velyka Novosilka", "M23 rebels
 * solidify control of Goma", "the army retakes the presidential palace": taking
 * ground is occupying territory (CAMEO 192), which the verb dictionary codes as
 * seizing goods or people or not at all.  The target is the side it is taken
 * from ("from the RSF"), the group whose ground it was ("Islamic State
 * bases"), else (later) the country of the place.
 */
void st_territory(tc_doc *d, const tc_sent *s, int si, int first) {
    static const char *const take[] = {"capture", "seize", "retake", "recapture", "overrun", "liberate",
                                       "occupy", "take", "regain", "conquer", "gain", "solidify", "consolidate",
                                       "assume", "establish", "wrest", "secure", "reclaim"};
    static const char *const control_only[] = {"take", "gain", "solidify", "consolidate", "assume", "establish",
                                               "wrest", "secure", "regain"};
    for (int v = 1; v <= s->n; v++) {
        const tc_tok *t = &s->tok[v - 1];
        if (t->upos != TC_UPOS_VERB || !tc_lemma_in(t, take, TC_COUNTOF(take))) continue;
        /* (a goal or plan to take it is none; "claims to have taken" is a
           taking told as done) */
        bool perfect = false;
        for (int j = 1; j <= s->n && !perfect; j++)
            perfect = s->tok[j - 1].head == v && tc_deprel_is(&s->tok[j - 1], "aux") && tc_lemma_is(&s->tok[j - 1], "have");
        if (tc_deprel_is(t, "amod") || tc_deprel_is(t, "compound") || (tc_deprel_is(t, "xcomp") && !perfect)) continue;
        bool passive = st_passive_verb(s, v);
        int o = st_child_full(s, v, passive ? "nsubj:pass" : "obj");
        /* ("take over new areas": taking control, "over" parsed as the
           areas' preposition or as the verb's particle) */
        bool over = false;
        for (int j = 1; j <= s->n && !o && tc_lemma_is(t, "take"); j++)
            if (s->tok[j - 1].head == v && tc_deprel_is(&s->tok[j - 1], "obl") && st_case_child(s, j, "over")) {
                o = j;
                over = true;
            }
        if (!o) continue;
        for (int j = 1; j <= s->n && !over; j++)
            over = s->tok[j - 1].head == v && tc_lemma_is(&s->tok[j - 1], "over") &&
                   (tc_deprel_is(&s->tok[j - 1], "compound") || s->tok[j - 1].upos == TC_UPOS_ADP);
        bool control = tc_lemma_is(&s->tok[o - 1], "control") || (over && tc_lemma_is(t, "take"));
        if (!control && tc_lemma_in(t, control_only, TC_COUNTOF(control_only)) && !tc_lemma_is(t, "regain")) continue;
        int g = ground_of(d, s, si, o, v);
        if (!g) continue;
        /* "will capture", "if they take", "the goal is to capture" */
        if (told_undone(s, v, !perfect, false)) continue;
        /* the side it is taken from, or the owner of the ground */
        int b = 0, e = 0;
        const char *tgt = NULL;
        for (int j = 1; j <= s->n && !tgt; j++)
            if (s->tok[j - 1].head == v && tc_deprel_is(&s->tok[j - 1], "obl") && st_case_child(s, j, "from"))
                tgt = st_code_party(d, s, j, &b, &e);
        for (int j = 1; j <= s->n && !tgt; j++) {
            const tc_tok *c = &s->tok[j - 1];
            if (c->head == g && (tc_deprel_is(c, "compound") || tc_deprel_is(c, "nmod:poss") || tc_deprel_is(c, "amod")) &&
                c->upos == TC_UPOS_PROPN) {
                const char *x = st_code_party(d, s, j, &b, &e);
                if (x && strlen(x) > 3) tgt = x;
            }
        }
        int subj = passive ? st_by_phrase(s, v) : st_child_full(s, v, "nsubj");
        if (!subj) subj = st_controller(s, v);
        int sb = 0, se = 0;
        const char *src = subj ? st_code_party(d, s, subj, &sb, &se) : NULL;
        bool had = false;
        const char *taker = NULL;
        for (int k = first; k < d->nev; k++) {
            if (d->ev_anchor[k] != v) continue;
            struct tc_event *ev = d->ev[k];
            if (!strncmp(ev->code, "03", 2) || !strncmp(ev->code, "13", 2)) { had = true; continue; } /* announced */
            /* one taking -- by each of conjoined takers of other countries
               ("M23 rebels and Rwandan troops seize control of ...") */
            if (had && !(taker && *ev->source && strncmp(ev->source, taker, 3))) { st_drop_event(d, k); k--; continue; }
            if (*ev->source && !taker) taker = ev->source;
            had = true;
            ev->code = "192";
            if (!*ev->source && src && *src) st_set_actor(d, s, ev, true, src, sb, se);
            if (tgt) st_set_actor(d, s, ev, false, tgt, b, e);
        }
        if (had || !src || !*src) continue;
        struct tc_event *ev = st_new_event(d, s, v);
        if (!ev) return;
        ev->code = "192";
        st_set_actor(d, s, ev, true, src, sb, se);
        if (tgt) st_set_actor(d, s, ev, false, tgt, b, e);
        st_attach(d, ev, s, si, v);
    }
}

/*
 * Ground taken told by a noun: "al-Burhan declares the liberation of
 * Khartoum from RSF forces", "the fall of Bukavu to M23 rebels", "the army's
 * capture of the town": the taker is the "to" phrase of a fall, else the
 * noun's owner or "by" phrase, else the subject of the verb whose object the
 * noun is (declaring or confirming it) -- unless that verb's own act is an
 * event (asking for it, condemning it); the target the "from" phrase.
 */
void st_territory_nouns(tc_doc *d, const tc_sent *s, int si, int first) {
    static const char *const nouns[] = {"liberation", "capture", "recapture", "seizure", "takeover", "fall"};
    for (int n = 1; n <= s->n; n++) {
        const tc_tok *t = &s->tok[n - 1];
        if (t->upos != TC_UPOS_NOUN || !tc_lemma_in(t, nouns, TC_COUNTOF(nouns))) continue;
        bool fall = tc_lemma_is(t, "fall");
        int of = 0, to = 0, from = 0, by = 0, poss = 0;
        for (int j = 1; j <= s->n; j++) {
            const tc_tok *c = &s->tok[j - 1];
            if (c->head != n) continue;
            if (tc_deprel_is(c, "nmod:poss")) poss = j;
            if (!tc_deprel_is(c, "nmod")) continue;
            if (st_case_child(s, j, "of") && !of) of = j;
            else if (st_case_child(s, j, "to") && !to) to = j;
            else if (st_case_child(s, j, "from") && !from) from = j;
            else if (st_case_child(s, j, "by") && !by) by = j;
        }
        if (!of || (fall && !to)) continue;
        int g = ground_of(d, s, si, of, n);
        /* (a capital the dictionaries code as its government, "Khartoum",
           is ground all the same after "the liberation of") */
        if (!g && s->tok[of - 1].upos == TC_UPOS_PROPN && place_word(d, si, of)) g = of;
        if (!g) continue;
        int who = fall ? to : by ? by : poss;
        int h = t->head;
        const struct tc_event *said = NULL; /* the declaring verb's statement, which names its doer */
        if (!who && h >= 1 && tc_deprel_is(t, "obj") && s->tok[h - 1].upos == TC_UPOS_VERB) {
            bool acts = false;
            for (int k = first; k < d->nev && !acts; k++) {
                if (d->ev_anchor[k] != h) continue;
                acts = strncmp(d->ev[k]->code, "01", 2);
                if (*d->ev[k]->source) said = d->ev[k];
            }
            if (acts || told_undone(s, h, true, true)) continue;
            who = st_child_full(s, h, "nsubj");
        }
        if (!who) continue;
        int sb = 0, se = 0, tb = 0, te = 0;
        const char *src = st_code_party(d, s, who, &sb, &se);
        if ((!src || !*src) && said) {
            src = said->source;
            sb = se = 0;
        }
        if (!src || !*src || src[0] == '-') continue;
        const char *tgt = from ? st_code_party(d, s, from, &tb, &te) : NULL;
        if (!emit_pair(d, s, si, n, "192", src, sb, se, tgt, tb, te, false)) return;
    }
}

/* ---- agreements signed ---------------------------------------------------- */

/*
 * "Armenia and the United States sign a Strategic Partnership Charter",
 * "Iran and Russia sign a 20-year deal": signing an agreement is CAMEO's
 * 057 (Sign formal agreement) whatever it is about, but the dictionaries
 * list only some kinds ("peace treaty", "memorandum"), no bare "deal" or
 * "charter".  A signing verb (sign, ink, conclude) whose object is an
 * agreement, with no event of its own yet, is its signers' 057 -- several
 * signers (joined subjects, paired by st_joint_doers) or one signer "with"
 * another.  Not when told as undone: "will sign", "to sign", "if they
 * sign", "did not sign"; nor a passive ("was signed"), whose signers the
 * coder finds by its own patterns where it can.
 */
void st_signed_deals(tc_doc *d, const tc_sent *s, int si, int first) {
    static const char *const verbs[] = {"sign", "ink", "conclude"};
    static const char *const deals[] = {"agreement", "deal", "treaty", "charter", "pact", "accord", "memorandum",
                                        "convention", "protocol"};
    for (int v = 1; v <= s->n; v++) {
        const tc_tok *t = &s->tok[v - 1];
        if (t->upos != TC_UPOS_VERB || !tc_lemma_in(t, verbs, TC_COUNTOF(verbs)) || st_passive_verb(s, v)) continue;
        int o = st_child_full(s, v, "obj");
        if (!o) continue;
        /* (the agreement's own name may head it: "a Strategic Partnership
           Charter" with "Charter" an apposition of "Partnership") */
        bool deal = tc_lemma_in(&s->tok[o - 1], deals, TC_COUNTOF(deals));
        for (int j = o + 1; j <= s->n && !deal; j++)
            deal = s->tok[j - 1].head == o && (tc_deprel_is(&s->tok[j - 1], "appos") || tc_deprel_is(&s->tok[j - 1], "flat")) &&
                   tc_lemma_in(&s->tok[j - 1], deals, TC_COUNTOF(deals));
        if (!deal) continue;
        bool had = false;
        for (int k = first; k < d->nev && !had; k++) had = d->ev_anchor[k] == v;
        if (had) continue;
        if (told_undone(s, v, true, true) || tc_deprel_is(t, "amod") || tc_deprel_is(t, "xcomp") || tc_deprel_is(t, "acl")) continue;
        int subj = st_child_full(s, v, "nsubj");
        if (!subj) continue;
        /* the signers: the subject and its conjuncts, or, when the subject
           is a title with no country ("the leaders of Armenia and
           Azerbaijan"), the conjuncts of its "of" phrase -- not those of a
           name ("The Democratic Republic of the Congo and Rwanda") */
        int who[8], nw = 0;
        who[nw++] = subj;
        int hb = 0, he = 0;
        const char *hc = st_code_party(d, s, subj, &hb, &he);
        bool agent = hc && hc[0] == '-'; /* "the presidents": of whom? */
        for (int j = 1; j <= s->n && nw < 8; j++) {
            const tc_tok *c = &s->tok[j - 1];
            if (c->head == subj && tc_deprel_is(c, "conj")) who[nw++] = j;
            else if (agent && c->head >= 1 && tc_deprel_is(c, "conj") && s->tok[c->head - 1].head == subj &&
                     tc_deprel_is(&s->tok[c->head - 1], "nmod") && st_case_child(s, c->head, "of")) {
                if (who[nw - 1] != c->head && nw < 7) who[nw++] = c->head;
                who[nw++] = j;
            }
        }
        int wb = 0, we = 0;
        const char *with = NULL;
        for (int j = 1; j <= s->n && !with; j++)
            if (s->tok[j - 1].head == v && tc_deprel_is(&s->tok[j - 1], "obl") && st_case_child(s, j, "with"))
                with = st_code_party(d, s, j, &wb, &we);
        struct party_set ps = {.n = 0};
        for (int w = 0; w < nw; w++) {
            int b = 0, e = 0;
            const char *c = st_code_party(d, s, who[w], &b, &e);
            /* (an agent with no country of its own, "the presidents of X
               and Y", is no signer beside X and Y) */
            if (c && strlen(c) >= 3 && c[0] != '-') party_add(&ps, c, b, e);
        }
        int ns = ps.n;
        if (ns < 2 && !(ns == 1 && with && *with && strncmp(with, ps.code[0], 3))) continue;
        for (int x = 0; x < ns; x++) {
            struct tc_event *ev = st_new_event(d, s, v);
            if (!ev) return;
            ev->code = "057";
            st_set_actor(d, s, ev, true, ps.code[x], ps.beg[x], ps.end[x]);
            if (ns == 1) st_set_actor(d, s, ev, false, with, wb, we);
            st_attach(d, ev, s, si, v);
        }
    }
}

/* ---- mediation ------------------------------------------------------------ */

/*
 * "Israel and Hamas reach an agreement mediated by Egypt, Qatar, and the
 * U.S.", "a ceasefire between India and Pakistan, mediated by the U.S.",
 * "The deal is brokered by Qatar": the mediator (the "by" phrase of
 * "mediate" or "broker", each of its conjuncts) mediates (CAMEO 045)
 * between the parties of what is mediated -- the actors of the sentence's
 * other acts of cooperation (roots 03-08), or, when the sentence tells none
 * ("The deal is brokered by Qatar" after "Two Americans are freed in
 * exchange for ..."), those of the sentence before.  The dictionary's
 * BARGAIN reading of the verb, which names no one mediated for, gives way.
 */
static bool cooperation_root(const char *code) {
    return code && code[0] == '0' && code[1] >= '3' && code[1] <= '8';
}

void st_mediation(tc_doc *d, const tc_sent *s, int si, int first) {
    static const char *const verbs[] = {"mediate", "broker"};
    for (int v = 1; v <= s->n; v++) {
        const tc_tok *t = &s->tok[v - 1];
        if (t->upos != TC_UPOS_VERB || !tc_lemma_in(t, verbs, TC_COUNTOF(verbs))) continue;
        int by = st_by_phrase(s, v);
        if (!by) continue;
        struct party_set med = {.n = 0};
        for (int j = 1; j <= s->n; j++) {
            if (j != by && !(s->tok[j - 1].head == by && tc_deprel_is(&s->tok[j - 1], "conj"))) continue;
            int b = 0, e = 0;
            const char *c = st_code_party(d, s, j, &b, &e);
            if (c && strlen(c) >= 3 && c[0] != '-') party_add(&med, c, b, e);
        }
        if (!med.n) continue;
        /* the parties: this sentence's cooperation, else the last one's */
        struct party_set par = {.n = 0};
        for (int pass = 0; pass < 2 && !par.n; pass++)
            for (int k = pass ? 0 : first; k < (pass ? first : d->nev); k++) {
                const struct tc_event *ev = d->ev[k];
                if (pass ? ev->sentence != s->index - 1 : d->ev_anchor[k] == v) continue;
                if (!cooperation_root(ev->code)) continue;
                const char *side[2] = {ev->source, ev->target};
                for (int q = 0; q < 2; q++) {
                    const char *c = side[q];
                    if (!c || strlen(c) < 3 || c[0] == '-') continue;
                    bool mediator = false;
                    for (int m = 0; m < med.n && !mediator; m++) mediator = !strncmp(med.code[m], c, 3);
                    if (!mediator) party_add(&par, c, 0, 0);
                }
            }
        if (!par.n) continue;
        for (int k = d->nev - 1; k >= first; k--)
            if (d->ev_anchor[k] == v && !strncmp(d->ev[k]->code, "045", 3)) st_drop_event(d, k);
        for (int m = 0; m < med.n; m++)
            for (int p = 0; p < par.n; p++) {
                struct tc_event *ev = st_new_event(d, s, v);
                if (!ev) return;
                ev->code = "045";
                st_set_actor(d, s, ev, true, med.code[m], med.beg[m], med.end[m]);
                st_set_actor(d, s, ev, false, par.code[p], 0, 0);
                st_attach(d, ev, s, si, v);
            }
    }
}

/* ---- weapons brought down ------------------------------------------------- */

/*
 * "Russia launches 143 drones at Ukraine overnight. Ukraine says that it
 * shot down 95 of 143 drones": bringing down missiles or drones in flight
 * is force against whoever fired them (190) -- the weapon's own
 * attacker ("Russian drones", "drones launched by Russia") or else the one
 * who the story last told attacking -- not against the country the
 * defender stands in, which is all a place gives the event.
 */
static int weapon_object(const tc_sent *s, int v) {
    static const char *const weapons[] = {"drone", "missile", "rocket", "projectile", "UAV"};
    for (int j = 1; j <= s->n; j++) {
        const tc_tok *c = &s->tok[j - 1];
        if (c->head != v || !(tc_deprel_is(c, "obj") || tc_deprel_is(c, "obl:unmarked") || tc_deprel_is(c, "nsubj:pass")))
            continue;
        if (tc_lemma_in(c, weapons, TC_COUNTOF(weapons))) return j;
        /* "95 of 143 drones" */
        for (int q = 1; q <= s->n; q++)
            if (s->tok[q - 1].head == j && tc_deprel_is(&s->tok[q - 1], "nmod") && st_case_child(s, q, "of") &&
                tc_lemma_in(&s->tok[q - 1], weapons, TC_COUNTOF(weapons)))
                return q;
    }
    return 0;
}

void st_downed_weapons(tc_doc *d, const tc_sent *s, int first) {
    for (int k = first; k < d->nev; k++) {
        struct tc_event *ev = d->ev[k];
        int v = d->ev_anchor[k];
        if (v < 1 || v > s->n || strncmp(ev->code, "19", 2) || !*ev->source) continue;
        const tc_tok *t = &s->tok[v - 1];
        bool down = tc_lemma_is(t, "intercept");
        for (int j = 1; j <= s->n && !down; j++)
            down = s->tok[j - 1].head == v && tc_deprel_is(&s->tok[j - 1], "compound:prt") && tc_lemma_is(&s->tok[j - 1], "down");
        if (!down) continue;
        int w = weapon_object(s, v);
        if (!w || (*ev->target && strncmp(ev->target, ev->source, 3))) continue;
        int b = 0, e = 0;
        const char *by = st_premodifier_actor(d, s, w, &b, &e);
        for (int j = 1; j <= s->n && (!by || !*by); j++) {
            const tc_tok *c = &s->tok[j - 1];
            if (c->head != w || !tc_deprel_is(c, "acl")) continue;
            int a = st_by_phrase(s, j);
            if (a) by = st_code_party(d, s, a, &b, &e);
        }
        if (by && *by && strncmp(by, ev->source, 3)) {
            st_set_actor(d, s, ev, false, by, b, e);
            continue;
        }
        for (int m = first - 1; m >= 0; m--) {
            const struct tc_event *p = d->ev[m];
            if (!st_violent(p->code) || !*p->source) continue;
            if (strncmp(p->source, ev->source, 3)) {
                ev->target = p->source;
                ev->target_text = p->source_text;
                ev->target_span = (tc_span){0, 0, false};
            }
            break;
        }
    }
}

/* ---- votes of no confidence ----------------------------------------------- */

/*
 * "The government of French Prime Minister François Bayrou survives a
 * no-confidence motion by the opposition", "The Czech government survives a
 * vote of no-confidence called by the opposition ANO party": a motion or
 * vote of no confidence demands a change of leadership (CAMEO 1041) of
 * those who move it ("by" ...) against the one whose survival, fall or
 * defeat the clause tells (the subject of the verb it hangs on).  A mover
 * the dictionaries do not know but call "the opposition" is the target's
 * country's opposition.
 */
void st_no_confidence(tc_doc *d, const tc_sent *s, int si, int first) {
    (void)first;
    for (int c = 3; c <= s->n; c++) {
        const tc_tok *t = &s->tok[c - 1];
        if (!tc_lemma_is(t, "confidence")) continue;
        const tc_tok *no = &s->tok[c - 2];
        if (no->form && !strcmp(no->form, "-") && c >= 3) no = &s->tok[c - 3];
        if (!no->form || strcasecmp(no->form, "no")) continue;
        /* the motion or vote: the word "confidence" modifies ("a no-confidence
           motion") or hangs from by "of" ("a vote of no confidence") */
        int n = t->head;
        if (n < 1 || !(tc_lemma_is(&s->tok[n - 1], "motion") || tc_lemma_is(&s->tok[n - 1], "vote"))) continue;
        int v = s->tok[n - 1].head;
        if (v < 1 || s->tok[v - 1].upos != TC_UPOS_VERB) continue;
        int subj = st_child_full(s, v, "nsubj");
        int tb = 0, te = 0;
        const char *tgt = subj ? st_code_party(d, s, subj, &tb, &te) : NULL;
        /* ("The government of French Prime Minister X" parsed as two subjects) */
        for (int j = 1; j <= s->n && (!tgt || !*tgt || tgt[0] == '-'); j++)
            if (j != subj && s->tok[j - 1].head == v && tc_deprel_is(&s->tok[j - 1], "nsubj"))
                tgt = st_code_party(d, s, j, &tb, &te);
        if (!tgt || strlen(tgt) < 3 || tgt[0] == '-') continue;
        /* the movers: the first "by" after the motion, its noun (the tree
           hangs it anywhere: "called by", "by the opposition") */
        int by = 0;
        int last = c > n ? c : n; /* ("a vote of no-confidence called by ...") */
        for (int j = n + 1; j <= s->n && j <= last + 4 && !by; j++)
            if (tc_lemma_is(&s->tok[j - 1], "by") && s->tok[j - 1].upos == TC_UPOS_ADP) by = s->tok[j - 1].head;
        if (by < 1) continue;
        int sb = 0, se = 0;
        const char *src = st_code_party(d, s, by, &sb, &se);
        if (!src || !*src || src[0] == '-') {
            bool opposition = false;
            for (int j = by - 3 > 1 ? by - 3 : 1; j <= by && !opposition; j++) opposition = tc_lemma_is(&s->tok[j - 1], "opposition");
            if (!opposition) continue;
            src = tc_arena_printf(&d->arena, "%.3sOPP", tgt);
            if (!src) return;
            sb = by;
            se = by;
        }
        if (!emit_pair(d, s, si, n, "1041", src, sb, se, tgt, tb, te, true)) return;
    }
}

/* ---- ready for talks -------------------------------------------------------- */

/*
 * "he is ready for direct talks with Russian President Vladimir Putin",
 * "Iran is open to indirect talks": an event noun a predicate of readiness
 * (ready, willing, prepared, open) is "for" or "to" is an act announced,
 * not done -- its intent (03, by intent_code: talks 036) -- and the one who
 * is ready does it.
 */
void st_ready_for(tc_doc *d, const tc_sent *s, int first) {
    static const char *const ready[] = {"ready", "willing", "prepared", "open"};
    for (int k = first; k < d->nev; k++) {
        struct tc_event *ev = d->ev[k];
        int a = d->ev_anchor[k];
        if (a < 1 || a > s->n) continue;
        const tc_tok *t = &s->tok[a - 1];
        if ((t->upos != TC_UPOS_NOUN && t->upos != TC_UPOS_PROPN) || !tc_deprel_is(t, "obl") || t->head < 1) continue;
        const tc_tok *h = &s->tok[t->head - 1];
        if (h->upos != TC_UPOS_ADJ || !tc_lemma_in(h, ready, TC_COUNTOF(ready))) continue;
        if (!st_case_child(s, a, "for") && !st_case_child(s, a, "to")) continue;
        char out[5];
        if (!intent_code(ev->code, out)) continue;
        const char *c = st_keep(d, out);
        if (!c) return;
        ev->code = c;
        if (*ev->source) continue;
        int subj = st_child_full(s, t->head, "nsubj");
        int b = 0, e = 0;
        const char *src = subj ? st_code_party(d, s, subj, &b, &e) : NULL;
        if (src && *src && strncmp(src, ev->target, 3)) st_set_actor(d, s, ev, true, src, b, e);
    }
}

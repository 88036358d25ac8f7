/*
 * coder.c -- PETRARCH-style event coding over a UD dependency tree: the
 * sentence set-up, the coding of each verb, the combination of verbs into
 * events, the discard check, and the tc_code_* functions of coder.h.
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
 *
 * The work is split by job (coder_int.h has the map): tree.c answers
 * questions about the sentence's tree, repair.c mends our parser's common
 * slips before coding, actors.c codes noun phrases, match.c matches the
 * verb patterns; this file drives them.
 */
#include "code/coder_int.h"
#include "code/nominal.h"

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Whether word t heads a time adverbial: a time word ("night", "Wednesday")
   with a preposition of time ("before midnight Wednesday night", "on
   Friday night"), not one the parser glued onto an actor's phrase ("met
   with Syrian President Bashar Assad Tuesday"). */
static bool time_adverbial(const ctx *c, int t) {
    static const char *const preps[] = {"before", "after", "during", "until", "since", "on", "at", "by", "in"};
    if (!nom_is_time_word(c->s->tok[t - 1].lemma)) return false;
    for (int k = c->cbeg[t]; k < c->cbeg[t + 1]; k++) {
        int ch = c->kids[k];
        if (rel_is(c, ch, R_CASE) && tc_lemma_in(&c->s->tok[ch - 1], preps, TC_COUNTOF(preps))) return true;
    }
    return false;
}

/* The names of the base relations (R_*, coder_int.h), as setup() reads them. */
static const char *const rel_names[] = {"", "conj", "xcomp", "obj", "nmod", "compound", "appos", "obl", "name", "flat", "ccomp", "acl", "parataxis", "nsubj", "iobj", "amod", "advcl", "relcl", "punct", "neg", "mark", "dep", "csubj", "cc", "case", "aux", "advmod", "det", "goeswith", "fixed", "mwe", "nummod"};
_Static_assert(sizeof rel_names / sizeof *rel_names == R_COUNT, "one name per base relation");

/* ---- setup ------------------------------------------------------------ */
/* The base relation of a full UD label ("nsubj:pass" -> R_NSUBJ): the
   R_* whose name is the label up to its first ':', R_OBJ for UD v1's "dobj",
   else R_OTHER. */
static int base_rel(const char *r) {
    /* (this runs for every word, twice or three times.)  The base label's
       length and three of its letters pick the one name it can be (the
       names, and "dobj", land in distinct slots of rel_slot); one compare
       says whether it is that name */
    static const uint8_t rel_slot[64] = {
        [1] = R_FIXED, [2] = R_NUMMOD, [4] = R_OBJ, [5] = R_DET, [6] = R_CCOMP, [11] = R_CONJ,
        [12] = R_COUNT /* "dobj" */, [17] = R_IOBJ, [18] = R_ADVCL, [27] = R_XCOMP, [28] = R_MARK,
        [29] = R_COMPOUND, [32] = R_CASE, [35] = R_AMOD, [37] = R_MWE, [42] = R_OBL, [43] = R_NAME,
        [44] = R_CC, [45] = R_GOESWITH, [46] = R_AUX, [47] = R_APPOS, [48] = R_NMOD, [51] = R_PUNCT,
        [52] = R_CSUBJ, [54] = R_ACL, [56] = R_NEG, [57] = R_DEP, [59] = R_ADVMOD, [60] = R_PARATAXIS,
        [61] = R_RELCL, [62] = R_FLAT, [63] = R_NSUBJ,
    };
    if (!r) return R_OTHER;
    size_t n = 0;
    while (r[n] && r[n] != ':') n++;
    if (n < 2) return R_OTHER; /* no name is shorter */
    const unsigned char *u = (const unsigned char *)r;
    unsigned h = (u[0] + u[1] * 26u + u[n - 1] * 51u + (unsigned)n) & 63u;
    int k = rel_slot[h];
    if (!k) return R_OTHER;
    const char *name = k == R_COUNT ? "dobj" : rel_names[k]; /* "dobj": UD v1's name of obj */
    size_t i = 0;
    while (i < n && name[i] == r[i]) i++;
    if (i < n || name[n]) return R_OTHER; /* (name[n] is there when the n agree) */
    return k == R_COUNT ? R_OBJ : k;
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
        c->rel[i] = (uint8_t)base_rel(c->s->tok[i - 1].deprel);
        int h = c->s->tok[i - 1].head;
        c->head[i] = h >= 1 && h <= n && h != i ? h : 0;
    }
    if (!c->tree_repaired) ct_repair_tree(c);
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
    /* the word set: a quick "can this pattern match at all" test, asked
       for every word of every pattern of every verb; at most one slot in
       four filled, so that most asks end on their first slot */
    uint32_t cap = 32;
    while (cap < (uint32_t)n * 8u) cap *= 2;
    c->wset = tc_arena_calloc(c->a, cap, sizeof *c->wset);
    uint32_t nsyn = c->d->n[TC_DS_SYN] / TC_SYN_W;
    c->synok = tc_arena_calloc(c->a, (size_t)nsyn + 1, 1);
    if (!c->wset || !c->synok) return false;
    c->wmask = cap - 1;
    c->memo = tc_arena_calloc(c->a, (size_t)n + 1, ct_phrase_memo_size());
    if (!c->memo) return false;
    for (int i = 1; i <= n; i++) {
        ct_add_sent_word(c, c->fw[i]);
        ct_add_sent_word(c, c->lw[i]);
    }
    return true;
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
                if (ct_match_plain(c, pos, c->n, k, e[0], e[1])) return true;
            }
        }
    }
    return false;
}

/* ---- coding one verb ---------------------------------------------------- */

static int add_event(const ctx *c, tc_coder_event **ev, int *nev, int *cap, const actor *s, const actor *t,
                     const char *code, int trigger) {
    if (!code || !*code || !strcmp(code, "---")) return 0;
    bool partial = !s || !t || !s->code || !t->code;
    if (partial && !(c->o && c->o->keep_partial)) return 0;
    if (s && t && s->code && t->code && !strcmp(s->code, t->code) && !(c->o && c->o->keep_self))
        return 0; /* self-directed */
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
        if ((rel_is(c, ch, R_ADVMOD) || rel_is(c, ch, R_AUX)) && ct_is_neg_tok(c, ch)) return true;
    }
    return false;
}

/* Whether verb v has a modal over it ("will", "would", "can"): "will not
   accept" refuses, "did not come" only reports what did not happen. */
static bool modal(const ctx *c, int v) {
    for (int k = c->cbeg[v]; k < c->cbeg[v + 1]; k++) {
        const tc_tok *a = &c->s->tok[c->kids[k] - 1];
        if (rel_is(c, c->kids[k], R_AUX) && a->xpos && !strcmp(a->xpos, "MD")) return true;
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
    int nsrc, ntgt;
    bool both;           /* compound actor pattern: src[] act on each other */
    bool recip;          /* conjoined subjects, no target: on each other
                            unless a complement gives a target */
    int nwords;
    int own_subj;        /* the verb's own nsubj token (not inherited), 0 */
    /* the arrays come last and are read only up to the counts above, so an
       entry that is no verb zeroes only the fields before them */
    actor src[8], tgt[8];
    int words[8];        /* tokens the chosen pattern matched */
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

/* CAMEO's rejection of an act (see coder.h). */
const char *tc_code_reject(const char *act) {
    static const char *const tab[][2] = {
        {"061", "1211"}, {"062", "1212"}, {"06", "121"}, {"071", "1221"}, {"072", "1222"}, {"073", "1223"},
        {"074", "1224"}, {"07", "122"}, {"0831", "1231"}, {"0832", "1232"}, {"0833", "1233"}, {"0834", "1234"},
        {"083", "123"}, {"081", "1241"}, {"082", "1242"}, {"084", "1243"}, {"085", "1244"}, {"086", "1245"},
        {"087", "1246"}, {"08", "124"}, {"045", "126"}, {"039", "126"}, {"036", "125"}, {"04", "125"},
        {"057", "127"}, {"037", "127"}};
    for (size_t i = 0; i < TC_COUNTOF(tab); i++)
        if (!strncmp(act, tab[i][0], strlen(tab[i][0]))) return tab[i][1];
    return "120";
}

/* Codes verb token v into *r. */
static int code_verb(const ctx *c, int v, vres *r) {
    const tc_dict *d = c->d;
    const uint32_t *ve = ct_verb_entry(c, v);
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
    ct_collect_post(c, v, v, post, &npost, 0);
    qsort(post, (size_t)npost, sizeof *post, ct_cmp_int);
    if (ct_is_passive(c, v)) {
        /* the passive subject is the logical object: its words come first
           in what the pattern sees after the verb ("evidence against Russia
           was presented" matches "* EVIDENCE") */
        int *sub = tc_arena_alloc(c->a, ((size_t)c->n + 1) * sizeof *sub);
        int nsub = 0;
        if (!sub) return -1;
        for (int k = c->cbeg[v]; k < c->cbeg[v + 1]; k++) {
            /* (any subject of the passive: a repair may have given it one) */
            const char *r0 = c->s->tok[c->kids[k] - 1].deprel;
            if (rel_is(c, c->kids[k], R_NSUBJ) || (r0 && !strcmp(r0, "nsubjpass"))) ct_collect_sub(c, c->kids[k], sub, &nsub, 0);
        }
        if (nsub) {
            qsort(sub, (size_t)nsub, sizeof *sub, ct_cmp_int);
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
    ct_collect_sub(c, top, tmp, &ntmp, 0);
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
    if (ct_is_passive(c, v)) {
        int *ag = tc_arena_alloc(c->a, ((size_t)c->n + 1) * sizeof *ag);
        int nag = 0;
        if (!ag) return -1;
        for (int k = c->cbeg[v]; k < c->cbeg[v + 1]; k++) {
            int ch = c->kids[k];
            if (rel_full(c, ch, "obl:agent") || ((rel_is(c, ch, R_NMOD) || rel_is(c, ch, R_OBL)) && ct_has_case_by(c, ch)))
                ct_collect_sub(c, ch, ag, &nag, 0);
        }
        qsort(ag, (size_t)nag, sizeof *ag, ct_cmp_int);
        for (int i = 0; i < nag && npre < c->n; i++)
            if (ag[i] > v && !rel_is(c, ag[i], R_CASE)) pre[npre++] = ag[i];
    }
    qsort(pre, (size_t)npre, sizeof *pre, ct_cmp_int);

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
    /* a verb listed in several groups has the patterns of all of them
       ("reopens its embassy": REOPEN is in RE_ESTABLISH, whose patterns
       lack EMBASSY, and in START); its bare code stays its first group's */
    uint32_t grp[8];
    int ngrp = ct_verb_groups(c, ve, grp, 8);
    for (int gi = 0; gi < ngrp; gi++) {
        const uint32_t *gg = d->sec[TC_DS_GROUP] + grp[gi] * TC_GROUP_W;
        for (uint32_t pi = 0; pi < gg[3]; pi++) {
            const uint32_t *pt = d->sec[TC_DS_PAT] + (gg[2] + pi) * TC_PAT_W;
            const uint32_t *toks = d->sec[TC_DS_SEQ] + pt[0];
            int nt = (int)pt[1], star = -1;
            /* every word and synset of the pattern must occur in the sentence;
               the verb's place is found on the same walk (a pattern has one
               verb, tc_dict_from_binary checks, so a pattern that may match
               has it found) */
            bool possible = true;
            for (int i = 0; i < nt && possible; i++) {
                uint32_t k = TC_PT_KIND(toks[i]);
                if (k == TC_PT_VERB) star = i;
                else if (k == TC_PT_WORD) possible = ct_in_sent(c, TC_PT_VAL(toks[i]));
                else if (k == TC_PT_SYN) possible = ct_syn_possible(c, TC_PT_VAL(toks[i]), 0);
            }
            if (!possible || star < 0) continue;
            pmatch pm;
            memset(&pm, 0, sizeof pm);
            int s1 = ct_match_side(c, toks, star, pre, npre, false, &pm);
            if (s1 < 0) continue;
            int s2 = ct_match_side(c, toks + star + 1, nt - star - 1, ppost, nppost, true, &pm);
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
            bool nearer = pm.score == best.score && bestpt && pm.score > 0 && ct_pm_dist(&pm, v) < ct_pm_dist(&best, v);
            if (pm.score > best.score || same || nearer) {
                best = pm;
                bestpt = pt;
                pcode = tc_dict_str(d, pt[2]);
            }
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
        const char *own = code;
        r->p -= 0xFFFF;
        code = pico_code(c, r->p);
        /* with refused_acts, an act of cooperation that will not be done
           ("will not accept refugees", "would not meet the demands"),
           whose negation the ontology has no value for, is refused */
        if (!code && c->o && c->o->refused_acts && own && own[0] == '0' && own[1] >= '3' && own[1] <= '8' &&
            modal(c, v)) {
            code = tc_code_reject(own);
            r->has_p = pico_of(c, code, &r->p);
        }
        if (!code) return 0;
    }
    r->code = code;

    /* actors */
    actor *src = r->src, *tgt = r->tgt;
    int nsrc = 0, ntgt = 0;
    bool pass = false;
    int subj = ct_subject_of(c, v, &pass);
    for (int k = c->cbeg[v]; k < c->cbeg[v + 1]; k++)
        if (rel_is(c, c->kids[k], R_NSUBJ)) r->own_subj = c->kids[k];
    subj = ct_resolve_pronoun(c, subj, v);
    bool passive = pass || ct_is_passive(c, v);
    if (best.src) nsrc = ct_code_conj(c, best.src, src, 8);
    if (best.tgt) ntgt = ct_code_conj(c, best.tgt, tgt, 8);
    if (!nsrc && !best.both) {
        if (passive) {
            for (int k = c->cbeg[v]; k < c->cbeg[v + 1] && !nsrc; k++) {
                int ch = c->kids[k];
                if (rel_full(c, ch, "obl:agent") || ((rel_is(c, ch, R_NMOD) || rel_is(c, ch, R_OBL)) && ct_has_case_by(c, ch)))
                    nsrc = ct_code_conj(c, ch, src, 8);
            }
        } else if (subj) {
            nsrc = ct_code_conj(c, subj, src, 8);
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
                    int nm2 = ct_code_conj(c, ch, more, 8 - nsrc);
                    for (int i = 0; i < nm2; i++)
                        if (!same_actors(&more[i], 1, src, nsrc)) src[nsrc++] = more[i];
                }
        }
    }
    if (best.both) {
        /* compound actor: the conjoined subjects act on each other */
        r->both = true;
        r->nsrc = subj ? ct_code_conj(c, subj, r->src, 8) : 0;
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
                ntgt = ct_code_conj(c, subj, tgt, 8);
                *c->weak_ok = weak == 1;
            }
            for (int pass2 = 0; pass2 < 3 && !ntgt; pass2++) {
                for (int k = c->cbeg[v]; k < c->cbeg[v + 1] && !ntgt; k++) {
                    int ch = c->kids[k];
                    if (pass2 == 0 && (rel_is(c, ch, R_OBJ) || rel_is(c, ch, R_IOBJ)))
                        ntgt = ct_code_conj(c, ch, tgt, 8);
                    else if (pass2 == 1 && rel_is(c, ch, R_OBJ)) {
                        /* the object's own prepositional modifiers */
                        for (int j = c->cbeg[ch]; j < c->cbeg[ch + 1] && !ntgt; j++) {
                            int gc = c->kids[j];
                            if (rel_is(c, gc, R_NMOD) && !rel_full(c, gc, "nmod:poss") && !rel_full(c, gc, "nmod:tmod"))
                                ntgt = ct_code_conj(c, gc, tgt, 8);
                        }
                    } else if (pass2 == 2 && (rel_is(c, ch, R_NMOD) || rel_is(c, ch, R_OBL)) &&
                               !rel_full(c, ch, "nmod:tmod") && !rel_full(c, ch, "obl:tmod") &&
                               !time_adverbial(c, ch) &&
                               !(passive && ct_has_case_by(c, ch)) && !rel_full(c, ch, "obl:agent"))
                        ntgt = ct_code_conj(c, ch, tgt, 8);
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
                if (passive && ct_has_case_by(c, t)) continue;
                /* not across an adverbial or relative clause ("..., expanding
                   its campaign against the group that has seized parts of
                   Iraq") */
                bool inside = true;
                int below = 0; /* the node the walk came from */
                for (int x = t, guard = 0; x && x != v && guard < 64; below = x, x = head_of(c, x), guard++) {
                    if ((rel_is(c, x, R_ADVCL) && !ct_to_infinitive(c, x)) || rel_is(c, x, R_RELCL) || rel_is(c, x, R_PARATAXIS))
                        inside = false;
                    /* nor inside a time adverbial ("before midnight Wednesday
                       night in a video broadcast to the U.S. territory": what
                       hangs on a time word is no one the act is aimed at) */
                    if ((rel_is(c, x, R_OBL) || rel_is(c, x, R_NMOD)) && time_adverbial(c, x))
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
                ntgt = ct_code_conj(c, t, tgt, 8);
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
                ct_scan_phrase(c, t, &own_cd, &b0, &e0);
                if (!own_cd.nactor) continue;
            }
            /* not inside a complement clause of its own */
            bool own = true;
            for (int x = head_of(c, t), guard = 0; x && x != v && guard < 64; x = head_of(c, x), guard++)
                if (upos(c, x) == TC_UPOS_VERB) own = false;
            if (!own) continue;
            nsrc = ct_code_conj(c, t, src, 8);
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
        /* (what they leave together is not done to each other: "Estonia,
           Latvia and Lithuania disconnect from the grid") */
        bool from = false;
        for (int k = c->cbeg[v]; k < c->cbeg[v + 1] && !from; k++) {
            int ch = c->kids[k];
            if (!rel_is(c, ch, R_OBL)) continue;
            for (int q = c->cbeg[ch]; q < c->cbeg[ch + 1] && !from; q++)
                from = rel_is(c, c->kids[q], R_CASE) && tc_lemma_is(&c->s->tok[c->kids[q] - 1], "from");
        }
        if (r->code[0] == '0' && r->code[1] == '4') r->both = true;
        else if ((r->own_subj || rel_is(c, v, R_XCOMP)) && !from) r->recip = true;
    }
    r->nsrc = nsrc;
    r->ntgt = ntgt;
    return 0;
}

/* Whether word h heads a place phrase: "in Geneva", "at the border". */
static bool locative(const ctx *c, int h) {
    if (h < 1) return false;
    /* "in Istanbul, Turkey": the country is a conjunct or apposition of
       the place that carries the preposition */
    for (int hop = 0; hop < 4 && (rel_is(c, h, R_CONJ) || rel_is(c, h, R_APPOS)) && c->head[h]; hop++) h = c->head[h];
    for (int k = c->cbeg[h]; k < c->cbeg[h + 1]; k++) {
        int ch = c->kids[k];
        const char *f = c->s->tok[ch - 1].form;
        if (rel_is(c, ch, R_CASE) && f && (!strcasecmp(f, "in") || !strcasecmp(f, "at") || !strcasecmp(f, "near")))
            return true;
    }
    return false;
}

/* Whether h is a meeting noun with no "with / between / among" party of
   its own ("hold further negotiations in Istanbul, Turkey"): the actor
   coded inside it is where the meeting is, not whom it is with. */
static bool bare_meeting(const ctx *c, int h) {
    static const char *const meet[] = {"talk", "talks", "negotiation", "meeting", "summit", "consultation",
                                       "discussion", "dialogue", "conversation"};
    if (h < 1) return false;
    const tc_tok *t = &c->s->tok[h - 1];
    bool m = false;
    for (size_t i = 0; i < TC_COUNTOF(meet) && !m; i++) m = tc_lemma_is(t, meet[i]);
    if (!m) return false;
    for (int k = c->cbeg[h]; k < c->cbeg[h + 1]; k++) {
        int ch = c->kids[k];
        for (int g = c->cbeg[ch]; g < c->cbeg[ch + 1]; g++) {
            const char *f = c->s->tok[c->kids[g] - 1].form;
            if (rel_is(c, c->kids[g], R_CASE) && f &&
                (!strcasecmp(f, "with") || !strcasecmp(f, "between") || !strcasecmp(f, "among")))
                return false;
        }
    }
    return true;
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
        /* "King Abdullah meets Trump for talks" (036:036): the meeting is
           the subject's act toward the object, one way (the real-news
           annotation's rule "X ... with Y: X->Y only"); conjoined subjects
           ("Armenia and Azerbaijan hold talks") keep both ways */
        if (c->o && c->o->one_way_meetings && (!strncmp(c1, "03", 2) || !strncmp(c1, "04", 2))) {
            c2 = NULL;
            /* "Armenia and Azerbaijan hold negotiations in Geneva": a place
               is no party; conjoined subjects meet each other */
            bool places = ntgt > 0 && nsrc >= 2;
            for (int j = 0; j < ntgt && places; j++) places = locative(c, tgt[j].head) || bare_meeting(c, tgt[j].head);
            if (places) both = true;
        }
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

/* Whether verb v tells of an act done: a past tense, or a perfect ("have
   signed"), with no modal. */
static bool done_tense(const ctx *c, int v) {
    const char *x = c->s->tok[v - 1].xpos;
    bool perfect = false;
    for (int i = 1; i <= c->n; i++) {
        if (c->head[i] != v || !rel_is(c, i, R_AUX)) continue;
        const tc_tok *a = &c->s->tok[i - 1];
        if (a->xpos && !strcmp(a->xpos, "MD")) return false;
        if (tc_lemma_is(a, "have")) perfect = true;
    }
    return x && (!strcmp(x, "VBD") || (perfect && !strcmp(x, "VBN")));
}

/* Whether verb v is a perfect infinitive ("to have taken"). */
static bool perfect_infinitive(const ctx *c, int v) {
    bool to = false, have = false;
    for (int i = 1; i <= c->n; i++) {
        if (c->head[i] != v) continue;
        const tc_tok *a = &c->s->tok[i - 1];
        if (rel_is(c, i, R_MARK) && tc_lemma_is(a, "to")) to = true;
        if (rel_is(c, i, R_AUX) && tc_lemma_is(a, "have")) have = true;
    }
    const char *x = c->s->tok[v - 1].xpos;
    return to && have && x && !strcmp(x, "VBN");
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

/*
 * Verbs with a coded complement verb (xcomp/ccomp) give one combined event,
 * as PETRARCH-2 does: the upper verb's source, the lower verb's target, and
 * the two ontology values combined ("wants to help" = 030 + 070 -> 033,
 * "said they will attack" = 010 + 190 -> 015).  When the lower clause has
 * its own, different subject, that subject is the target instead.  The lower
 * verb (and verbs conjoined with it) then gives no event of its own.
 */
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
            !(c->o && c->o->keep_partial) && !ct_subject_of(c, h, &hpass))
            up[v] = -h;
        /* with keep_partial (the story stage), the coded complement of a
           verb whose object controls it is the object's own act, not
           folded into the upper verb: "leading the group to denounce the
           outcome" is the group's denunciation (its source the controller,
           which the resolve callback may name).  Directives keep theirs:
           what they ask for has not happened. */
        if (up[v] > 0 && keep_own_act(c, R, v, h)) up[v] = 0;
        /* "Israel says its troops killed three militants": a forceful act
           the statement reports, with its own subject, is that subject's */
        if (up[v] > 0 && c->o && c->o->reported_acts && rel_is(c, v, R_CCOMP) && os && code_ok(R[h].code) &&
            !strncmp(R[h].code, "01", 2) && code_ok(R[v].code) &&
            (!strncmp(R[v].code, "18", 2) || !strncmp(R[v].code, "19", 2) || !strncmp(R[v].code, "20", 2)))
            up[v] = 0;
        /* ... and so is any act the statement reports as done ("announce
           they have signed an agreement"; not "say they will sign") */
        if (up[v] > 0 && c->o && c->o->reported_acts && rel_is(c, v, R_CCOMP) && os && code_ok(R[h].code) &&
            !strncmp(R[h].code, "01", 2) && code_ok(R[v].code) && done_tense(c, v))
            up[v] = 0;
        /* "Al-Shabaab claims to have taken over new areas", "the Houthis
           claim to have shot down a drone": an act its doer claims to have
           done (a perfect infinitive) is the doer's act */
        if (up[v] > 0 && c->o && c->o->reported_acts && rel_is(c, v, R_XCOMP) && code_ok(R[v].code) &&
            tc_lemma_is(&c->s->tok[h - 1], "claim") && perfect_infinitive(c, v)) {
            up[v] = 0;
            R[h].found = false; /* (the claim itself is only its telling) */
        }
    }
    for (int v = 1; v <= n; v++) {
        if (!R[v].found) continue;
        int h = head_of(c, v);
        /* object control: "urged Eriador to respond" -- the upper verb's
           event on its object stands, the complement gives none */
        bool to_advcl = !up[v] && h && R[h].found && R[h].code && rel_is(c, v, R_ADVCL) && ct_to_infinitive(c, v);
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
                     (R[u].p & 0xF000) && L->p > 0 && L->p < 0x1000) {
                /* ... but a directive's own act stands: "Ghana demanded
                   that Togo withdraw its troops" is Ghana's demand of Togo,
                   whatever it asks */
                if (!is_directive(&R[u]) || !code_ok(R[u].code)) continue;
                code = R[u].code;
            }
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
        if (L->own_subj && upos(c, L->own_subj) != TC_UPOS_PRON) ns = ct_code_conj(c, L->own_subj, subj, 8);
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

static tc_code_prep *prepare(const tc_dict *d, const tc_sent *s, tc_date date, tc_arena *a, bool repaired) {
    if (!d || !s || !a) return NULL;
    tc_code_prep *p = tc_arena_calloc(a, 1, sizeof *p);
    if (!p) return NULL;
    p->discard = -1;
    p->c.tree_repaired = repaired;
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

tc_code_prep *tc_code_prepare(const tc_dict *d, const tc_sent *s, tc_date date, tc_arena *a) {
    return prepare(d, s, date, a, false);
}

tc_code_prep *tc_code_prepare_repaired(const tc_dict *d, const tc_sent *s, tc_date date, tc_arena *a) {
    return prepare(d, s, date, a, true);
}

/* The actor and agent codes the dictionaries find in words beg..end. */
static bool scan_span(tc_code_prep *p, int beg, int end, codes *cd) {
    if (!p || beg < 1 || end > p->c.n || beg > end) return false;
    int pos[256], npos = 0;
    for (int i = beg; i <= end && npos < 256; i++) pos[npos++] = i;
    memset(cd, 0, sizeof *cd);
    ct_scan_codes(&p->c, pos, npos, cd);
    return true;
}

const char *tc_code_prep_span(tc_code_prep *p, int beg, int end) {
    codes cd;
    if (!scan_span(p, beg, end, &cd)) return NULL;
    return cd.nactor ? ct_mix(&p->c, &cd, cd.actor[0]) : NULL;
}

const char *tc_code_prep_agents(tc_code_prep *p, int beg, int end) {
    codes cd;
    if (!scan_span(p, beg, end, &cd)) return NULL;
    return !cd.nactor && cd.nagent ? ct_mix_agents(&p->c, &cd) : NULL;
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
       document arena, which would keep it for the whole story; a verb's
       entry is set whole by code_verb, any other word's only up to its
       arrays (see vres) */
    vres *R = (size_t)c->n < SIZE_MAX / sizeof *R ? tc_mem_alloc(a->A, ((size_t)c->n + 1) * sizeof *R) : NULL;
    if (!R) goto fail;
    memset(&R[0], 0, offsetof(vres, src));
    for (int v = 1; v <= c->n; v++) {
        if (upos(c, v) != TC_UPOS_VERB) { memset(&R[v], 0, offsetof(vres, src)); continue; }
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

/*
 * The repairs (repair.c) made on the sentence itself, for what reads its
 * tree after the coder: the story's readings, places and actors.  A word
 * whose head or base relation a repair changed takes the repaired ones
 * (the relation's base name; a subject a repair made active loses its
 * passive label); the rest keep their labels.  Coding the sentence again
 * repairs nothing more.
 */
int tc_code_repair_sent(tc_sent *s, tc_arena *a) {
    if (!s || s->n < 2) return TC_OK;
    ctx c;
    memset(&c, 0, sizeof c);
    c.s = s;
    c.a = a;
    c.n = s->n;
    c.rel = tc_arena_calloc(a, (size_t)c.n + 2, 1);
    c.active = tc_arena_calloc(a, (size_t)c.n + 2, sizeof *c.active);
    c.head = tc_arena_calloc(a, (size_t)c.n + 2, sizeof *c.head);
    if (!c.rel || !c.active || !c.head) return TC_NOMEM;
    uint8_t *r0 = tc_arena_alloc(a, (size_t)c.n + 2);
    if (!r0) return TC_NOMEM;
    for (int i = 1; i <= c.n; i++) {
        c.rel[i] = r0[i] = (uint8_t)base_rel(s->tok[i - 1].deprel);
        int h = s->tok[i - 1].head;
        c.head[i] = h >= 1 && h <= c.n && h != i ? h : 0;
    }
    ct_repair_tree(&c);
    if (a->oom) return TC_NOMEM;
    for (int i = 1; i <= c.n; i++) {
        tc_tok *t = &s->tok[i - 1];
        if (!c.head[i]) t->deprel = "root";
        else if (c.rel[i] != r0[i]) t->deprel = c.rel[i] ? rel_names[c.rel[i]] : c.head[i] ? "dep" : "root";
        else if (c.active[i] && t->deprel && !strcmp(t->deprel, "nsubj:pass")) t->deprel = "nsubj";
        t->head = (int16_t)c.head[i];
    }
    return TC_OK;
}

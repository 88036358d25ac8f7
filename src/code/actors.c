/*
 * actors.c -- who a noun phrase is: its actor code from the actor and agent
 * dictionaries, and whose subject a verb has.
 *
 * A noun phrase (head plus compound/flat/name/amod/det/possessive words) is
 * coded by scanning its words for the longest actor, then agent, entries;
 * actor codes get agent codes appended (GON + ~COP = GONCOP).  Codes with
 * date restrictions are chosen by the story date.  An agent phrase without
 * a country takes the countries of a prepositional modifier ("lawmakers in
 * Arnor and Gondor"); coordinated modifiers, conjuncts and listing
 * appositions give one actor each; a phrase the dictionaries do not code is
 * offered to the caller's resolve callback (the story stage's learned
 * actors).  ct_subject_of finds a verb's subject through control and
 * participles, ct_resolve_pronoun a pronoun subject's antecedent in the
 * governing clause.  Phrase scans are memoised per head (ct_scan_phrase):
 * patterns and verbs ask about the same heads again and again.
 */
#include "code/coder_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

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

/* Scans tokens pos[0..npos) for actors (longest first) then agents. */
/* Whether word t is the country prefix of a currency sign ("US$5 billion",
   "HK$", "A$"): written right before a "$" with no space. */
static bool currency_prefix(const ctx *c, int t) {
    if (t < 1 || t >= c->n) return false;
    const tc_tok *a = &c->s->tok[t - 1], *b = &c->s->tok[t];
    return b->form && !strcmp(b->form, "$") && a->end != UINT32_MAX && a->end == b->beg;
}

/* Whether words a..b (1-based) are a country's name inside the name of a
   sea, gulf, ocean, strait, bay or channel: before its word ("the South
   China Sea", "the Indian Ocean", "the Taiwan Strait") or after "of" ("the
   Gulf of Mexico", "the Sea of Japan", "the Bay of Bengal").  Waters
   between countries are no one's side. */
static bool in_water_name(const ctx *c, int a, int b) {
    static const char *const water[] = {"Sea", "Ocean", "Gulf", "Strait", "Straits", "Bay", "Channel"};
    const tc_tok *after = b < c->n ? &c->s->tok[b] : NULL;
    const tc_tok *of = a >= 2 ? &c->s->tok[a - 2] : NULL, *before = a >= 3 ? &c->s->tok[a - 3] : NULL;
    bool of_before = of && of->form && !strcmp(of->form, "of") && before && before->form;
    for (size_t i = 0; i < TC_COUNTOF(water); i++) {
        if (after && after->form && !strcmp(after->form, water[i])) return true;
        if (of_before && !strcmp(before->form, water[i])) return true;
    }
    return false;
}

/* Whether the name ending at word b (1-based) is a country's name inside
   the name of a war ("an Iraq War veteran", "the Vietnam War", "the Korean
   War"): a capitalised "War" right after it.  The war's name says nothing of the
   side of the person it describes. */
static bool in_war_name(const ctx *c, int b) {
    const tc_tok *after = b < c->n ? &c->s->tok[b] : NULL;
    return after && after->form && !strcmp(after->form, "War");
}

void ct_scan_codes(const ctx *c, const int *pos, int npos, codes *out) {
    const tc_dict *d = c->d;
    for (int k = 0; k < npos;) {
        int t = pos[k];
        if (currency_prefix(c, t)) { k++; continue; }
        int best = 0;
        uint32_t bestcode = 0;
        uint32_t ids[2];
        int nid = word_ids(c, t, ids);
        for (int p = 0; p < nid && !best; p++) {
            uint32_t w = ids[p], cnt;
            const uint32_t *L = tc_dict_by_first(d, TC_DS_IACTOR, w, &cnt);
            for (uint32_t i = 0; i < cnt; i++) {
                const uint32_t *e = d->sec[TC_DS_ACTOR] + L[i] * TC_ACTOR_W;
                /* longest match; among entries with the same words (the
                   same name listed for two people), one whose date
                   restriction holds beats a mere default, and of two alike
                   the one read later (data/actors/ after Phoenix: the
                   project's updates override, as dict/standard.c reads
                   them for) */
                if ((int)e[1] < best) continue;
                /* first word matched through w; check the rest */
                if (e[1] > 1 && !ct_match_plain(c, pos, npos, k + 1, e[0] + 1, e[1] - 1)) continue;
                bool r = false;
                uint32_t code = actor_code(c, e, &r);
                if (!code) continue;
                if ((int)e[1] == best && !r) continue;
                best = (int)e[1];
                bestcode = code;
            }
        }
        if (best) {
            const char *cs = tc_dict_str(d, bestcode);
            /* "---" marks a name that must not code ("+++" is a code); a
               country's name in a sea's is no actor ("the Gulf of Mexico",
               "the South China Sea", "the Indian Ocean") */
            if (strcmp(cs, "---") && out->nactor < 8 && !in_water_name(c, t, pos[k + best - 1]) &&
                !in_war_name(c, pos[k + best - 1])) {
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
                if (e[1] > 1 && !ct_match_plain(c, pos, npos, k + 1, e[0] + 1, e[1] - 1)) continue;
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

size_t ct_phrase_memo_size(void) { return sizeof(struct phrase_memo); }

/* Combines actor and agent codes into one string in the arena, or NULL. */
const char *ct_mix(const ctx *c, const codes *cd, uint32_t actor) {
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
const char *ct_mix_agents(const ctx *c, const codes *cd) {
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
        /* ... and a lone name word inside the phrase hung on its head by a
           clause relation ("the Israel Defense Forces" with "Israel" an
           advcl of "Forces"): a word of a name, when every word between it
           and the head is one too */
        if (!take && !poss && ch < h && upos(c, ch) == TC_UPOS_PROPN && c->cbeg[ch] == c->cbeg[ch + 1] &&
            (rel_is(c, ch, R_ADVCL) || rel_is(c, ch, R_DEP) || rel_is(c, ch, R_ACL))) {
            bool inside = true;
            for (int t = ch + 1; t < h && inside; t++)
                inside = head_of(c, t) == h && (rel_is(c, t, R_COMPOUND) || rel_is(c, t, R_FLAT) || rel_is(c, t, R_NAME));
            take = inside;
        }
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

static void span_of(const int *pos, int npos, int *beg, int *end) {
    *beg = pos[0];
    *end = pos[0];
    for (int i = 1; i < npos; i++) {
        if (pos[i] < *beg) *beg = pos[i];
        if (pos[i] > *end) *end = pos[i];
    }
}

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
void ct_scan_phrase(const ctx *c, int h, codes *cd, int *beg, int *end) {
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

/* Scans the name of phrase h into cd; returns the span. */
static void scan_phrase_raw(const ctx *c, int h, codes *cd, int *beg, int *end) {
    int pos[72], npos = 0;
    phrase_tokens(c, h, pos, &npos, 0);
    qsort(pos, (size_t)npos, sizeof *pos, ct_cmp_int);
    span_of(pos, npos, beg, end);
    memset(cd, 0, sizeof *cd);
    ct_scan_codes(c, pos, npos, cd);
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
    qsort(p2, (size_t)n2, sizeof *p2, ct_cmp_int);
    codes c2;
    memset(&c2, 0, sizeof c2);
    ct_scan_codes(c, p2, n2, &c2);
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

/* A prepositional modifier (not a possessive or time word) that is a noun. */
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
    ct_scan_phrase(c, h, cd, &beg, &end);
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
            ct_scan_codes(c, hp, 1, &hd);
            int k = 0;
            for (int q = 0; q < nh && k < max; q++) {
                int p2[72], n2 = 0;
                phrase_tokens(c, heads[q], p2, &n2, 0);
                qsort(p2, (size_t)n2, sizeof *p2, ct_cmp_int);
                codes cq;
                memset(&cq, 0, sizeof cq);
                ct_scan_codes(c, p2, n2, &cq);
                if (!cq.nactor) continue;
                for (int i = 0; i < hd.nagent && cq.nagent < 8; i++) cq.agent[cq.nagent++] = hd.agent[i];
                const char *code = ct_mix(c, &cq, cq.actor[0]);
                if (code) out[k++] = (actor){code, h, beg, end};
            }
            if (k >= 2) return k;
        }
        const char *code = ct_mix(c, cd, cd->actor[0]);
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
                ct_scan_phrase(c, heads[q], &c2, &b2, &e2);
                if (!c2.nactor) continue;
                /* the head's own agents come first: "exiled leaders of
                   Egypt's Muslim Brotherhood" = EGY + OPP + MUS */
                codes m = c2;
                m.nagent = 0;
                for (int i = 0; i < cd->nagent && m.nagent < 8; i++) m.agent[m.nagent++] = cd->agent[i];
                for (int i = 0; i < c2.nagent && m.nagent < 8; i++) m.agent[m.nagent++] = c2.agent[i];
                const char *code = ct_mix(c, &m, m.actor[0]);
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
        if (sing && !determined && upos(c, h) == TC_UPOS_NOUN && !ct_has_case_by(c, h)) head_agent = false;
        const char *code = head_agent ? ct_mix_agents(c, cd) : NULL;
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

/* Codes h and its conjuncts into out[]; returns how many coded.  A list
   may hang off an apposition ("Mordor, the Shire, Arnor and Bree"). */
int ct_code_conj(const ctx *c, int h, actor *out, int max) {
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
            ct_scan_phrase(c, ch, &ca, &b, &e);
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
            ct_scan_phrase(c, ch, &cdi, &b, &e);
            if (cd0.nactor) {
                /* "Danish Islamist media and government": the conjunct
                   shares the first conjunct's modifiers (DNK, ~MUS) */
                int pos[72], npos = 0;
                phrase_tokens(c, h, pos, &npos, 0);
                int q = 0;
                for (int i = 0; i < npos; i++)
                    if (pos[i] != h) pos[q++] = pos[i];
                qsort(pos, (size_t)q, sizeof *pos, ct_cmp_int);
                codes cm;
                memset(&cm, 0, sizeof cm);
                ct_scan_codes(c, pos, q, &cm);
                if (!cm.nactor) cm = cd0, cm.nagent = 0;
                for (int i = 0; i < cdi.nagent && cm.nagent < 8; i++) cm.agent[cm.nagent++] = cdi.agent[i];
                const char *code = ct_mix(c, &cm, cm.actor[0]);
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
                        ct_scan_phrase(c, heads[q], &c2, &b2, &e2);
                        if (!c2.nactor) continue;
                        for (int i = 0; i < cdi.nagent && c2.nagent < 8; i++) c2.agent[c2.nagent++] = cdi.agent[i];
                        const char *code = ct_mix(c, &c2, c2.actor[0]);
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

/* Is t a plausible actor position (a noun that codes)? */
int ct_actor_at(const ctx *c, int t) {
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

/* A personal pronoun subject of a complement clause ("Ethiopia indicated it
   would act") refers to the subject of the governing clause. */
int ct_resolve_pronoun(const ctx *c, int subj, int v) {
    if (!subj || upos(c, subj) != TC_UPOS_PRON) return subj;
    const char *f = c->s->tok[subj - 1].form;
    if (!f || !(!strcasecmp(f, "it") || !strcasecmp(f, "they") || !strcasecmp(f, "he") || !strcasecmp(f, "she")))
        return subj;
    int p = head_of(c, v);
    if (!p || !(rel_is(c, v, R_CCOMP) || rel_is(c, v, R_ADVCL) || rel_is(c, v, R_XCOMP) || rel_is(c, v, R_CONJ)))
        return subj;
    bool pass = false;
    int s2 = ct_subject_of(c, p, &pass);
    return s2 && s2 != subj ? s2 : subj;
}

/* Whether verb x is a bare past participle: VBN with no subject, marker or
   auxiliary of its own ("killed" in "are reported killed"). */
static bool bare_participle(const ctx *c, int x) {
    const tc_tok *t = &c->s->tok[x - 1];
    if (upos(c, x) != TC_UPOS_VERB || !t->xpos || strcmp(t->xpos, "VBN")) return false;
    for (int k = c->cbeg[x]; k < c->cbeg[x + 1]; k++) {
        int ch = c->kids[k];
        if (rel_is(c, ch, R_NSUBJ) || rel_is(c, ch, R_MARK) || rel_is(c, ch, R_AUX)) return false;
        const char *r = c->s->tok[ch - 1].deprel;
        if (r && (!strncmp(r, "nsubj", 5) || !strncmp(r, "aux", 3) || !strcmp(r, "mark"))) return false;
    }
    return true;
}

/* Finds the subject head of verb v (climbing xcomp/conj/acl), 0 if none. */
int ct_subject_of(const ctx *c, int v, bool *pass) {
    int x = v;
    /* "seven soldiers are reported killed by Al-Shabaab", "are confirmed
       killed", "are feared killed": a bare past participle right after a
       passive verb (adverbs between at most) shares its passive subject --
       the participle's patient, not its doer */
    bool shared = false;
    for (int guard = 0; guard < 6 && x; guard++) {
        for (int k = c->cbeg[x]; k < c->cbeg[x + 1]; k++) {
            int ch = c->kids[k];
            const char *r = c->s->tok[ch - 1].deprel;
            if (!r) continue;
            /* a subject a setup repair took out of that role (its base
               relation is no longer nsubj) is none */
            if (!strncmp(r, "nsubj", 5) && (r[5] == 0 || r[5] == ':') && c->rel[ch] != R_NSUBJ) continue;
            if (!strcmp(r, "nsubj:pass") || !strcmp(r, "nsubjpass")) { *pass = (x == v || shared) && !c->active[ch]; return ch; }
            if (!strcmp(r, "nsubj") || !strncmp(r, "nsubj:", 6) || c->rel[ch] == R_NSUBJ) { *pass = false; return ch; }
        }
        int p = head_of(c, x);
        if (!p) return 0;
        shared = x == v && (rel_is(c, x, R_XCOMP) || rel_is(c, x, R_ADVCL)) && upos(c, p) == TC_UPOS_VERB &&
                 x > p && bare_participle(c, x) && c->s->tok[p - 1].xpos && !strcmp(c->s->tok[p - 1].xpos, "VBN");
        for (int t = p + 1; t < x && shared; t++) shared = upos(c, t) == TC_UPOS_ADV;
        if (shared) { x = p; continue; }
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
        else if (rel_is(c, x, R_ADVCL) && ct_to_infinitive(c, x) && upos(c, p) == TC_UPOS_VERB && !ct_verb_entry(c, p)) x = p;
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

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
 * German activists").  Only sentences
 * with such a correction are parsed again (tc_nlp_reparse), so the cost is
 * one more parse for the few sentences that need it.
 */
#include "code/retag.h"

#include <string.h>

static bool capitalised(const char *f) { return f && f[0] >= 'A' && f[0] <= 'Z'; }

/* The words an entry may have in lower case inside a name. */
static bool function_word(const tc_tok *t) {
    return t->upos == TC_UPOS_ADP || t->upos == TC_UPOS_DET || t->upos == TC_UPOS_CCONJ || t->upos == TC_UPOS_PART;
}

/* Length of the longest multi-word actor entry spelt by the words from i
   (0-based), 0 if none. */
static int actor_run(const tc_dict *d, const tc_sent *s, int i, const uint32_t *ids) {
    uint32_t cnt;
    const uint32_t *L = tc_dict_by_first(d, TC_DS_IACTOR, ids[i], &cnt);
    int best = 0;
    for (uint32_t k = 0; k < cnt; k++) {
        const uint32_t *e = d->sec[TC_DS_ACTOR] + L[k] * TC_ACTOR_W;
        int len = (int)e[1];
        if (len < 2 || len <= best || i + len > s->n) continue;
        const uint32_t *q = d->sec[TC_DS_SEQ] + e[0];
        bool ok = true;
        for (int j = 1; j < len && ok; j++) ok = ids[i + j] == q[j];
        if (ok) best = len;
    }
    return best;
}

int tc_code_retag(const tc_dict *d, const tc_nlp_model *m, tc_nlp_work *w, tc_sent *s, tc_arena *a, bool *changed) {
    if (changed) *changed = false;
    if (!d || !m || !w || !s || s->n < 2) return d && m && w && s ? TC_OK : TC_MISUSE;
    int n = s->n;
    uint32_t *ids = NULL;
    uint8_t *old_upos = NULL;
    const char **old_xpos = NULL;
    int nfix = 0;
    for (int i = 0; i + 1 < n; i++) {
        const tc_tok *t = &s->tok[i];
        if (!capitalised(t->form)) continue;
        /* a name worth a look: a capitalised word not tagged a proper noun,
           or one followed by such a word */
        bool cand = t->upos != TC_UPOS_PROPN;
        for (int j = i + 1; j < n && j <= i + 3 && !cand; j++)
            cand = capitalised(s->tok[j].form) && s->tok[j].upos != TC_UPOS_PROPN;
        if (!cand) continue;
        if (!ids) {
            ids = tc_arena_calloc(a, (size_t)n, sizeof *ids);
            if (!ids) return TC_NOMEM;
            for (int j = 0; j < n; j++) {
                bool oom = false;
                const char *f = s->tok[j].form ? s->tok[j].form : "";
                ids[j] = tc_dict_word_oom(d, f, strlen(f), &oom);
                if (oom) return TC_NOMEM;
            }
        }
        int len = actor_run(d, s, i, ids);
        if (!len) continue;
        bool name = true;
        for (int j = i; j < i + len && name; j++) name = capitalised(s->tok[j].form) || function_word(&s->tok[j]);
        /* "West German world government activists": a name ending in an
           adjective before a noun is used as an adjective there */
        if (s->tok[i + len - 1].upos == TC_UPOS_ADJ && i + len < n &&
            (s->tok[i + len].upos == TC_UPOS_NOUN || s->tok[i + len].upos == TC_UPOS_PROPN))
            name = false;
        if (!name) continue;
        for (int j = i; j < i + len; j++) {
            tc_tok *u = &s->tok[j];
            if (!capitalised(u->form) || (u->upos != TC_UPOS_NOUN && u->upos != TC_UPOS_ADJ && u->upos != TC_UPOS_VERB))
                continue;
            if (!old_upos) {
                old_upos = tc_arena_alloc(a, (size_t)n);
                old_xpos = tc_arena_alloc(a, (size_t)n * sizeof *old_xpos);
                if (!old_upos || !old_xpos) return TC_NOMEM;
                for (int k = 0; k < n; k++) {
                    old_upos[k] = s->tok[k].upos;
                    old_xpos[k] = s->tok[k].xpos;
                }
            }
            bool plural = u->xpos && (!strcmp(u->xpos, "NNS") || !strcmp(u->xpos, "NNPS"));
            u->upos = TC_UPOS_PROPN;
            u->xpos = plural ? "NNPS" : "NNP";
            nfix++;
        }
        i += len - 1;
    }
    if (!nfix) return TC_OK;
    int rc = tc_nlp_reparse(m, w, s, a);
    if (rc == TC_NOTFOUND || rc == TC_MISUSE) { /* the model lacks the tag, or too long: keep our parse */
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

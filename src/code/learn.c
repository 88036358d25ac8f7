/*
 * learn.c -- per-story actor memory: names bound to codes, recent actors for
 * pronoun resolution, and the latest speaker for first-person pronouns in
 * quotations.  Names are compared after normalisation (case folding, curly
 * quotes and dashes lumped) with Arabic-style article prefixes removed, so
 * "al-Kadhimi", "Kadhimi" and "Kadhemi" meet.
 */
#include "code/learn.h"

#include <string.h>

void learn_init(learn_state *L, tc_arena *a) {
    memset(L, 0, sizeof *L);
    L->a = a;
}

/* Normalised form of words [beg, end] joined by single spaces, in the arena. */
static char *norm_span(tc_arena *a, const tc_sent *s, int beg, int end) {
    tc_buf b;
    tc_buf_init(&b, a->A);
    for (int i = beg; i <= end; i++) {
        const char *f = s->tok[i - 1].form;
        if (!f) continue;
        if (b.n) tc_buf_addc(&b, ' ');
        if (!tc_normalize(&b, f, strlen(f), true)) {
            if (b.oom) a->oom = true;
            tc_buf_free(&b);
            return NULL;
        }
    }
    if (b.oom) a->oom = true;
    char *r = b.oom ? NULL : tc_arena_strndup(a, b.p ? b.p : "", b.n);
    tc_buf_free(&b);
    return r;
}

/* The last word of a normalised name without an article prefix. */
static const char *last_word(const char *full) {
    const char *sp = strrchr(full, ' ');
    const char *w = sp ? sp + 1 : full;
    static const char *const pre[] = {"al-", "el-", "ad-", "as-", "an-", "ar-", "at-", "az-", "ash-"};
    for (size_t i = 0; i < TC_COUNTOF(pre); i++) {
        size_t k = strlen(pre[i]);
        if (!strncmp(w, pre[i], k) && strlen(w) > k + 2) return w + k;
    }
    return w;
}

bool learn_bind(learn_state *L, const tc_sent *s, int beg, int end, const char *code, bool person) {
    if (!code || !*code || beg < 1 || end > s->n || beg > end) return false;
    char *full = norm_span(L->a, s, beg, end);
    if (!full || !*full) return false;
    for (int i = 0; i < L->n; i++)
        if (!strcmp(L->names[i].full, full)) { L->names[i].code = code; return true; }
    if (L->n == L->cap) {
        int nc = L->cap ? L->cap * 2 : 16;
        learn_name *nn = tc_arena_alloc(L->a, (size_t)nc * sizeof *nn);
        if (!nn) return false;
        if (L->n) memcpy(nn, L->names, (size_t)L->n * sizeof *nn);
        L->names = nn;
        L->cap = nc;
    }
    learn_name *ln = &L->names[L->n++];
    ln->full = full;
    ln->last = last_word(full);
    ln->code = code;
    ln->person = person;
    ln->sent = s->index;
    if (person) L->last_person = code;
    return true;
}

int learn_edit_distance(const char *a, const char *b, int cap) {
    size_t n = strlen(a), m = strlen(b);
    if (n > 63 || m > 63) return strcmp(a, b) ? cap + 1 : 0;
    if ((n > m ? n - m : m - n) > (size_t)cap) return cap + 1;
    int prev[64], cur[64];
    for (size_t j = 0; j <= m; j++) prev[j] = (int)j;
    for (size_t i = 1; i <= n; i++) {
        cur[0] = (int)i;
        int best = cur[0];
        for (size_t j = 1; j <= m; j++) {
            int c = prev[j - 1] + (a[i - 1] != b[j - 1]);
            if (prev[j] + 1 < c) c = prev[j] + 1;
            if (cur[j - 1] + 1 < c) c = cur[j - 1] + 1;
            cur[j] = c;
            if (c < best) best = c;
        }
        if (best > cap) return cap + 1;
        memcpy(prev, cur, (m + 1) * sizeof *prev);
    }
    return prev[m];
}

const char *learn_lookup(const learn_state *L, const tc_sent *s, int beg, int end, bool *person) {
    if (!L->n) return NULL;
    char *full = norm_span(L->a, s, beg, end);
    if (!full || !*full) return NULL;
    const char *last = last_word(full);
    const learn_name *hit = NULL;
    for (int i = L->n - 1; i >= 0 && !hit; i--)
        if (!strcmp(L->names[i].full, full)) hit = &L->names[i];
    /* the surname alone, or the full name ending in a known surname */
    for (int i = L->n - 1; i >= 0 && !hit; i--)
        if (L->names[i].person && !strcmp(L->names[i].last, last)) hit = &L->names[i];
    size_t ln = strlen(last);
    if (!hit && ln >= 5) {
        int cap = ln >= 8 ? 2 : 1;
        for (int i = L->n - 1; i >= 0 && !hit; i--)
            if (L->names[i].person && L->names[i].last[0] == last[0] &&
                learn_edit_distance(L->names[i].last, last, cap) <= cap)
                hit = &L->names[i];
    }
    if (!hit) return NULL;
    if (person) *person = hit->person;
    return hit->code;
}

void learn_mention(learn_state *L, const char *code, bool person) {
    if (!code || !*code) return;
    if (person) L->last_person = code;
    else L->last_group = code;
}

void learn_speaker(learn_state *L, const char *code, int sent) {
    if (!code || !*code) return;
    L->speaker = code;
    L->speaker_sent = sent;
}

static bool any_of(const char *w, const char *const *list, size_t n) {
    for (size_t i = 0; i < n; i++) if (!strcmp(w, list[i])) return true;
    return false;
}

int learn_pronoun_kind(const char *form) {
    char w[16];
    size_t n = form ? strlen(form) : sizeof w;
    if (n >= sizeof w) return LEARN_PRON_NONE;
    for (size_t i = 0; i <= n; i++) w[i] = (char)(form[i] >= 'A' && form[i] <= 'Z' ? form[i] + 32 : form[i]);
    static const char *const person[] = {"he", "she", "him", "her", "his", "hers", "himself", "herself"};
    static const char *const group[] = {"it", "its", "itself", "they", "them", "their", "theirs", "themselves"};
    static const char *const first[] = {"i", "we", "me", "us", "my", "our", "ours", "myself", "ourselves"};
    if (any_of(w, person, TC_COUNTOF(person))) return LEARN_PRON_PERSON;
    if (any_of(w, group, TC_COUNTOF(group))) return w[0] == 't' ? LEARN_PRON_THEY : LEARN_PRON_IT;
    if (any_of(w, first, TC_COUNTOF(first))) return LEARN_PRON_FIRST;
    return LEARN_PRON_NONE;
}

const char *learn_pronoun(const learn_state *L, const char *form, int sent) {
    switch (learn_pronoun_kind(form)) {
    case LEARN_PRON_PERSON: return L->last_person;
    case LEARN_PRON_IT: return L->last_group;
    case LEARN_PRON_THEY: return L->last_group ? L->last_group : L->last_person;
    case LEARN_PRON_FIRST:
        /* a quotation runs on for a sentence or two after its speaker */
        return L->speaker && sent - L->speaker_sent <= 2 ? L->speaker : NULL;
    default: return NULL;
    }
}

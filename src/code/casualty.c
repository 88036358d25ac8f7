/*
 * casualty.c -- killed / injured counts from one sentence.
 *
 * Casualty reports in news English are formulaic: a casualty keyword (kill,
 * die, dead, death, injure, wound, hurt, injury, casualty, toll, "lose ...
 * lives") and a victim phrase that carries a number ("at least 26
 * Palestinians", "two of his bodyguards", "dozens", "no one").  On a
 * dependency tree the victim is found by the keyword's role: the object of
 * an active verb ("killing at least 12"), the passive subject ("two people
 * were killed"), the noun a participle modifies ("26 Palestinians killed"),
 * the object of the governing verb for a secondary predicate ("left two
 * bodyguards injured"), the subject of die/dead, the numeric modifier of a
 * noun ("12 deaths"), or the number a toll rises to.  The number phrase
 * and its modifier ("at least", "more than") are then read linearly around
 * the number word, which is robust to where a parser attaches "at least".
 * Without heads, the same keywords look for a number in a small word window
 * (backward for passives, participles and nouns, forward for active verbs).
 *
 * Nothing here allocates: the function reads the sentence and fills a
 * caller's struct.  Word lists are small static tables.
 */
#include "code/casualty.h"

#include <string.h>

enum { C_NONE, C_KILL, C_INJ, C_CAS, C_TOLL, C_LOSE };       /* class */
enum { K_VERB = 1, K_DIE, K_ADJ, K_NOUN };                   /* kind */

typedef struct kw { const char *w; unsigned char cls, kind; } kw;

/* Sorted by strcmp (keyword() searches it by halves; tc_cas_tables_sorted
   checks the order). */
static const kw KEYWORDS[] = {
    {"casualties", C_CAS, K_NOUN}, {"casualty", C_CAS, K_NOUN}, {"dead", C_KILL, K_ADJ},
    {"death", C_KILL, K_NOUN}, {"deaths", C_KILL, K_NOUN}, {"die", C_KILL, K_DIE}, {"died", C_KILL, K_DIE},
    {"dies", C_KILL, K_DIE}, {"dying", C_KILL, K_DIE}, {"fatalities", C_KILL, K_NOUN},
    {"fatality", C_KILL, K_NOUN}, {"hurt", C_INJ, K_VERB}, {"hurting", C_INJ, K_VERB}, {"hurts", C_INJ, K_VERB},
    {"injure", C_INJ, K_VERB}, {"injured", C_INJ, K_VERB}, {"injures", C_INJ, K_VERB},
    {"injuries", C_INJ, K_NOUN}, {"injuring", C_INJ, K_VERB}, {"injury", C_INJ, K_NOUN},
    {"kill", C_KILL, K_VERB}, {"killed", C_KILL, K_VERB}, {"killing", C_KILL, K_VERB},
    {"kills", C_KILL, K_VERB}, {"lose", C_LOSE, K_VERB}, {"loses", C_LOSE, K_VERB}, {"losing", C_LOSE, K_VERB},
    {"lost", C_LOSE, K_VERB}, {"maim", C_INJ, K_VERB}, {"maimed", C_INJ, K_VERB}, {"massacred", C_KILL, K_VERB},
    {"murder", C_KILL, K_VERB}, {"murdered", C_KILL, K_VERB}, {"murdering", C_KILL, K_VERB},
    {"murders", C_KILL, K_VERB}, {"perish", C_KILL, K_DIE}, {"perished", C_KILL, K_DIE},
    {"slain", C_KILL, K_VERB}, {"slay", C_KILL, K_VERB}, {"slew", C_KILL, K_VERB}, {"toll", C_TOLL, K_NOUN},
    {"tolls", C_TOLL, K_NOUN}, {"wound", C_INJ, K_VERB}, {"wounded", C_INJ, K_VERB},
    {"wounding", C_INJ, K_VERB}, {"wounds", C_INJ, K_VERB},
};

typedef struct numw { const char *w; int v; } numw;
static const numw UNITS[] = {
    {"zero", 0}, {"one", 1}, {"two", 2}, {"three", 3}, {"four", 4}, {"five", 5}, {"six", 6},
    {"seven", 7}, {"eight", 8}, {"nine", 9}, {"ten", 10}, {"eleven", 11}, {"twelve", 12},
    {"thirteen", 13}, {"fourteen", 14}, {"fifteen", 15}, {"sixteen", 16}, {"seventeen", 17},
    {"eighteen", 18}, {"nineteen", 19}, {"twenty", 20}, {"thirty", 30}, {"forty", 40},
    {"fifty", 50}, {"sixty", 60}, {"seventy", 70}, {"eighty", 80}, {"ninety", 90},
};
static const numw MULTS[] = {
    {"dozen", 12}, {"hundred", 100}, {"thousand", 1000}, {"million", 1000000},
};
static const numw VAGUE[] = {
    {"dozens", TC_CAS_DOZENS}, {"scores", TC_CAS_SCORES}, {"hundreds", TC_CAS_HUNDREDS},
    {"thousands", TC_CAS_THOUSANDS}, {"several", TC_CAS_SEVERAL}, {"few", TC_CAS_FEW},
    {"many", TC_CAS_MANY}, {"numerous", TC_CAS_MANY},
};

static const char *const MOD_NAMES[TC_CAS_MOD_COUNT] = {
    "none", "exact", "at-least", "more-than", "at-most", "less-than", "about",
    "dozens", "scores", "hundreds", "thousands", "several", "few", "many",
};

const char *tc_cas_mod_name(int mod) {
    return mod >= 0 && mod < TC_CAS_MOD_COUNT ? MOD_NAMES[mod] : "?";
}

int32_t tc_cas_lower_bound(const tc_cas_count *c) {
    if (!c) return -1;
    switch (c->mod) {
    case TC_CAS_NONE: return -1;
    case TC_CAS_MORE_THAN: return c->n >= 0 ? c->n + 1 : -1;
    case TC_CAS_DOZENS: return 24;
    case TC_CAS_SCORES: return 40;
    case TC_CAS_HUNDREDS: return 200;
    case TC_CAS_THOUSANDS: return 2000;
    case TC_CAS_SEVERAL: return 3;
    case TC_CAS_FEW: case TC_CAS_MANY: return 2;
    default: return c->n;
    }
}

/* ---- words ------------------------------------------------------------ */

typedef struct word { char s[40]; } word;

/* ASCII lower-case copy; over-long words become "" (never match). */
static void lower(word *w, const char *s) {
    size_t i = 0;
    if (s) {
        for (; s[i] && i + 1 < sizeof w->s; i++) {
            char c = s[i];
            w->s[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
        if (s[i]) i = 0;
    }
    w->s[i] = 0;
}

static int table_find(const numw *t, size_t n, const char *s) {
    for (size_t i = 0; i < n; i++)
        if (strcmp(t[i].w, s) == 0) return (int)i;
    return -1;
}

static bool is_one_of(const char *s, const char *const *list) {
    for (; *list; list++)
        if (strcmp(s, *list) == 0) return true;
    return false;
}

/* The first two letters of all KEYWORDS, as bits: the first letter's
   (c d f h i k l m p s t w), then per first letter the second letters that
   follow it ("ca", "de" "di" "dy", ...): most words are rejected on them,
   before the lookup. */
static bool keyword_initial(const char *s) {
    static const uint32_t second[26] = {
        ['c' - 'a'] = 1u << ('a' - 'a'),
        ['d' - 'a'] = 1u << ('e' - 'a') | 1u << ('i' - 'a') | 1u << ('y' - 'a'),
        ['f' - 'a'] = 1u << ('a' - 'a'),
        ['h' - 'a'] = 1u << ('u' - 'a'),
        ['i' - 'a'] = 1u << ('n' - 'a'),
        ['k' - 'a'] = 1u << ('i' - 'a'),
        ['l' - 'a'] = 1u << ('o' - 'a'),
        ['m' - 'a'] = 1u << ('a' - 'a') | 1u << ('u' - 'a'),
        ['p' - 'a'] = 1u << ('e' - 'a'),
        ['s' - 'a'] = 1u << ('l' - 'a'),
        ['t' - 'a'] = 1u << ('o' - 'a'),
        ['w' - 'a'] = 1u << ('o' - 'a'),
    };
    if (!s || !*s) return false;
    unsigned c = (unsigned char)(*s >= 'A' && *s <= 'Z' ? *s + 32 : *s) - 'a';
    if (c >= 26 || !(0x4C9DACu >> c & 1)) return false;
    unsigned c2 = (unsigned char)(s[1] >= 'A' && s[1] <= 'Z' ? s[1] + 32 : s[1]) - 'a';
    return c2 < 26 && (second[c] >> c2 & 1);
}

static const kw *keyword(const tc_tok *t) {
    word w;
    for (int pass = 0; pass < 2; pass++) {
        const char *x = pass ? t->lemma : t->form;
        if (!keyword_initial(x)) continue;
        lower(&w, x);
        if (!w.s[0]) continue;
        size_t lo = 0, hi = TC_COUNTOF(KEYWORDS);
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            int r = strcmp(KEYWORDS[mid].w, w.s);
            if (!r) return &KEYWORDS[mid];
            if (r < 0) lo = mid + 1;
            else hi = mid;
        }
    }
    return NULL;
}

bool tc_cas_tables_sorted(void) {
    for (size_t i = 1; i < TC_COUNTOF(KEYWORDS); i++)
        if (strcmp(KEYWORDS[i - 1].w, KEYWORDS[i].w) >= 0) return false;
    for (size_t i = 0; i < TC_COUNTOF(KEYWORDS); i++)
        if (!keyword_initial(KEYWORDS[i].w)) return false;
    return true;
}

/* One word of a number phrase: value into *v, *mult set for multipliers. */
static bool num_word(const char *s, int64_t *v, bool *mult, bool *frac) {
    *mult = false;
    *frac = false;
    int k = table_find(UNITS, TC_COUNTOF(UNITS), s);
    if (k >= 0) { *v = UNITS[k].v; return true; }
    k = table_find(MULTS, TC_COUNTOF(MULTS), s);
    if (k >= 0) { *v = MULTS[k].v; *mult = true; return true; }
    /* digits with thousands commas, or a decimal like 1.5 (only before a
       multiplier, checked by the caller through *frac) */
    int64_t x = 0;
    int digits = 0, after_dot = -1;
    for (const char *p = s; *p; p++) {
        if (*p >= '0' && *p <= '9') {
            if (++digits > 12) return false;
            x = x * 10 + (*p - '0');
            if (after_dot >= 0) after_dot++;
        } else if (*p == ',' && digits && after_dot < 0 && p[1] >= '0' && p[1] <= '9') {
            continue;
        } else if (*p == '.' && digits && after_dot < 0 && p[1]) {
            after_dot = 0;
        } else return false;
    }
    if (!digits) return false;
    if (after_dot > 0) {
        if (after_dot > 3) return false;
        *frac = true;
        /* store tenths/hundredths scaled by 1000 */
        for (int i = after_dot; i < 3; i++) x *= 10;
    }
    *v = x;
    return true;
}

/* Splits "twenty-five" into parts on '-' and feeds them on. */
int64_t tc_cas_parse_number(const char *const *words, int n) {
    int64_t total = 0, cur = 0;
    bool any = false, pending_a = false, cur_frac = false, cur_set = false;
    for (int i = 0; i < n; i++) {
        const char *w = words[i];
        if (!w) return -1;
        if (strcmp(w, "a") == 0 || strcmp(w, "an") == 0) {
            if (any || pending_a) return -1;
            pending_a = true;
            continue;
        }
        char part[40];
        const char *p = w;
        while (*p) {
            size_t len = strcspn(p, "-");
            if (len == 0 || len >= sizeof part) return -1;
            memcpy(part, p, len);
            part[len] = 0;
            p += len;
            if (*p == '-') { p++; if (!*p) return -1; }
            int64_t v;
            bool mult, frac;
            if (!num_word(part, &v, &mult, &frac)) return -1;
            if (mult) {
                int64_t base;
                if (cur_set) base = cur;
                else if (pending_a || !any) base = cur_frac ? cur : 1;
                else base = 1;
                if (pending_a && cur_set) return -1;
                if (cur_frac) base = base * v / 1000;
                else base *= v;
                if (v >= 1000) { total += base; cur = 0; cur_set = false; }
                else { cur = base; cur_set = true; }
                cur_frac = false;
            } else {
                if (cur_frac) return -1;            /* "1.5" without a multiplier */
                if (pending_a) return -1;           /* "a two" */
                if (frac) { cur = cur * 1000 + v; cur_frac = true; }
                else cur += v;
                cur_set = true;
            }
            pending_a = false;
            any = true;
            if (total + cur > 100000000) return -1;
        }
    }
    if (!any || pending_a || cur_frac) return -1;
    return total + cur;
}

static bool is_numeric_form(const char *s) {
    word w;
    lower(&w, s);
    const char *one[1] = {w.s};
    return w.s[0] && tc_cas_parse_number(one, 1) >= 0;
}

static int vague_of(const char *s) {
    word w;
    lower(&w, s);
    int k = table_find(VAGUE, TC_COUNTOF(VAGUE), w.s);
    return k >= 0 ? VAGUE[k].v : 0;
}

static bool form_is(const tc_tok *t, const char *s) {
    word w;
    lower(&w, t->form);
    return strcmp(w.s, s) == 0;
}
static bool lemma_or_form_is(const tc_tok *t, const char *const *list) {
    word w;
    lower(&w, t->form);
    if (is_one_of(w.s, list)) return true;
    lower(&w, t->lemma);
    return w.s[0] && is_one_of(w.s, list);
}

/* ---- number phrases read linearly -------------------------------------- */

static bool is_a(const tc_sent *s, int i) {
    return i >= 0 && i < s->n && (form_is(&s->tok[i], "a") || form_is(&s->tok[i], "an"));
}
static bool is_mult_word(const tc_sent *s, int i) {
    if (i < 0 || i >= s->n) return false;
    word w;
    lower(&w, s->tok[i].form);
    return table_find(MULTS, TC_COUNTOF(MULTS), w.s) >= 0;
}

/* Years and clock times are not casualty counts. */
static bool unit_after(const tc_sent *s, int j) {
    static const char *const units[] = {"percent", "%", "km", "kilometres", "kilometers", "miles",
                                        "metres", "meters", "years", "year", "days", "hours",
                                        "minutes", "am", "pm", "a.m.", "p.m.", "o'clock",
                                        "months", "weeks", "dollars", "$", NULL};
    if (j >= s->n) return false;
    word w;
    lower(&w, s->tok[j].form);
    return is_one_of(w.s, units);
}

/*
 * The number phrase containing word i (0-based): [*b, *e).  Returns the
 * value or -1.  Extends over adjacent number words and a leading "a"/"an"
 * before a multiplier ("a dozen").
 */
static int64_t number_at(const tc_sent *s, int i, int *b, int *e) {
    if (i < 0 || i >= s->n || !is_numeric_form(s->tok[i].form)) return -1;
    int lo = i, hi = i + 1;
    while (lo > 0 && is_numeric_form(s->tok[lo - 1].form)) lo--;
    while (hi < s->n && is_numeric_form(s->tok[hi].form)) hi++;
    if (is_a(s, lo - 1) && is_mult_word(s, lo)) lo--;
    if (hi - lo > 6) return -1;
    word w[6];
    const char *p[6];
    for (int k = lo; k < hi; k++) {
        lower(&w[k - lo], s->tok[k].form);
        p[k - lo] = w[k - lo].s;
    }
    int64_t v = tc_cas_parse_number(p, hi - lo);
    if (v < 0) return -1;
    /* a bare year ("in 2021") or a measure ("10 km") */
    if (hi - lo == 1 && v >= 1900 && v <= 2100 && !strchr(s->tok[lo].form, ',')) {
        word pw;
        lower(&pw, lo > 0 ? s->tok[lo - 1].form : "");
        static const char *const yearish[] = {"in", "since", "of", "until", "by", "from", NULL};
        if (is_one_of(pw.s, yearish)) return -1;
    }
    if (unit_after(s, hi)) return -1;
    *b = lo;
    *e = hi;
    return v;
}

/* Modifier from the words just before a number phrase starting at b. */
static int mod_before(const tc_sent *s, int b) {
    word w1, w2, w3;
    lower(&w1, b >= 1 ? s->tok[b - 1].form : "");
    lower(&w2, b >= 2 ? s->tok[b - 2].form : "");
    lower(&w3, b >= 3 ? s->tok[b - 3].form : "");
    if (strcmp(w1.s, "least") == 0 && strcmp(w2.s, "at") == 0) return TC_CAS_AT_LEAST;
    if (strcmp(w1.s, "most") == 0 && strcmp(w2.s, "at") == 0) return TC_CAS_AT_MOST;
    if (strcmp(w1.s, "than") == 0) {
        if (strcmp(w2.s, "more") == 0) return TC_CAS_MORE_THAN;
        if (strcmp(w2.s, "fewer") == 0 || strcmp(w2.s, "less") == 0) return TC_CAS_LESS_THAN;
    }
    if (strcmp(w1.s, "to") == 0 && strcmp(w2.s, "up") == 0) return TC_CAS_AT_MOST;
    if (strcmp(w1.s, "as") == 0 && strcmp(w2.s, "many") == 0 && strcmp(w3.s, "as") == 0)
        return TC_CAS_AT_MOST;
    if (strcmp(w1.s, "of") == 0 && strcmp(w2.s, "upwards") == 0) return TC_CAS_MORE_THAN;
    static const char *const over[] = {"over", NULL};
    static const char *const under[] = {"under", NULL};
    static const char *const about[] = {"about", "around", "approximately", "roughly", "nearly",
                                        "almost", "some", "estimated", "approx.", "circa",
                                        "an", NULL};
    if (is_one_of(w1.s, over)) return TC_CAS_MORE_THAN;
    if (is_one_of(w1.s, under)) return TC_CAS_LESS_THAN;
    if (strcmp(w1.s, "an") != 0 && is_one_of(w1.s, about)) return TC_CAS_ABOUT;
    return TC_CAS_EXACT;
}

/* ---- counts ------------------------------------------------------------ */

static tc_cas_count cnt_none(void) { tc_cas_count c = {-1, TC_CAS_NONE, 0}; return c; }
static tc_cas_count cnt_make(int32_t n, int mod, int tok1) {
    tc_cas_count c = {n, (uint8_t)mod, (int16_t)tok1};
    return c;
}

/* Rank for merging: stated number > vague word > zero > none. */
static int rank(const tc_cas_count *c) {
    if (c->mod == TC_CAS_NONE) return 0;
    if (c->n == 0) return 1;
    if (c->n < 0) return 2;
    return 3;
}
static void merge(tc_cas_count *into, tc_cas_count c) {
    int a = rank(into), b = rank(&c);
    if (b > a || (b == a && b == 3 && c.n > into->n)) *into = c;
}

/* Number phrase at word i (0-based) -> count, reading its modifier. */
static tc_cas_count count_number_at(const tc_sent *s, int i) {
    int b, e;
    int64_t v = number_at(s, i, &b, &e);
    if (v < 0) return cnt_none();
    return cnt_make((int32_t)v, mod_before(s, b), i + 1);
}

static bool zero_word(const tc_tok *t) {
    static const char *const z[] = {"nobody", "none", "no-one", NULL};
    return lemma_or_form_is(t, z);
}

/* ---- tree helpers ------------------------------------------------------ */

static bool has_tree(const tc_sent *s) {
    if (s->n <= 0) return false;
    for (int i = 0; i < s->n; i++)
        if (s->tok[i].head < 0 || s->tok[i].head > s->n) return false;
    return true;
}

static bool dep_is(const tc_tok *t, const char *base) { return t->deprel && tc_deprel_is(t, base); }
static bool dep_full(const tc_tok *t, const char *full) {
    return t->deprel && strcmp(t->deprel, full) == 0;
}

/* First child (0-based) of h (0-based) with deprel base rel (full if
   full_match), or -1. */
static int child(const tc_sent *s, int h, const char *rel, bool full_match) {
    for (int i = 0; i < s->n; i++) {
        if (s->tok[i].head != h + 1) continue;
        if (full_match ? dep_full(&s->tok[i], rel) : dep_is(&s->tok[i], rel)) return i;
    }
    return -1;
}

static int head_of(const tc_sent *s, int i) { return s->tok[i].head - 1; } /* -1 for root */

/* Is word i inside the subtree of word r (both 0-based)? */
static bool in_subtree(const tc_sent *s, int i, int r) {
    for (int steps = 0; i >= 0 && steps <= s->n; steps++) {
        if (i == r) return true;
        i = head_of(s, i);
    }
    return false;
}

static bool negated(const tc_sent *s, int i) {
    static const char *const neg[] = {"not", "n't", "never", "without", "no", NULL};
    for (int k = 0; k < s->n; k++) {
        if (s->tok[k].head != i + 1) continue;
        const tc_tok *t = &s->tok[k];
        if ((dep_is(t, "advmod") || dep_is(t, "mark") || dep_is(t, "case") || dep_is(t, "det")) &&
            lemma_or_form_is(t, neg))
            return true;
    }
    return false;
}

static bool singular_noun(const tc_tok *t) {
    if (t->feats && strstr(t->feats, "Number=Sing")) return true;
    if (t->feats && strstr(t->feats, "Number=Plur")) return false;
    if (t->xpos && (strcmp(t->xpos, "NN") == 0 || strcmp(t->xpos, "NNP") == 0)) return true;
    if (t->xpos && (strcmp(t->xpos, "NNS") == 0 || strcmp(t->xpos, "NNPS") == 0)) return false;
    size_t n = t->form ? strlen(t->form) : 0;
    return t->upos == TC_UPOS_NOUN && n > 1 && t->form[n - 1] != 's';
}

static tc_cas_count count_of_node(const tc_sent *s, int v, int depth);

/* Count of victim node v plus its conjuncts ("a child and two women"). */
static tc_cas_count count_of(const tc_sent *s, int v) {
    if (v < 0) return cnt_none();
    tc_cas_count c = count_of_node(s, v, 0);
    if (c.mod == TC_CAS_NONE || c.n < 0) return c;
    for (int k = 0; k < s->n; k++) {
        if (s->tok[k].head != v + 1 || !dep_is(&s->tok[k], "conj")) continue;
        tc_cas_count d = count_of_node(s, k, 0);
        if (d.mod == TC_CAS_NONE || d.n < 0) continue;
        c.n += d.n;
        if (d.mod != c.mod) c.mod = TC_CAS_AT_LEAST;
    }
    return c;
}

static tc_cas_count count_of_node(const tc_sent *s, int v, int depth) {
    const tc_tok *t = &s->tok[v];
    static const char *const nodet[] = {"no", NULL};
    static const char *const one[] = {"a", "an", "one", "another", NULL};
    if (depth > 3) return cnt_none();
    if (zero_word(t)) return cnt_make(0, TC_CAS_EXACT, v + 1);
    int d = child(s, v, "det", false);
    if (d >= 0 && lemma_or_form_is(&s->tok[d], nodet)) return cnt_make(0, TC_CAS_EXACT, v + 1);
    tc_cas_count c = count_number_at(s, v);
    if (c.mod != TC_CAS_NONE) return c;
    int vg = vague_of(t->form);
    if (vg) return cnt_make(-1, vg, v + 1);
    /* numeric / quantifier dependents of a noun */
    for (int k = 0; k < s->n; k++) {
        if (s->tok[k].head != v + 1) continue;
        const tc_tok *ch = &s->tok[k];
        if (dep_is(ch, "nummod")) {
            c = count_number_at(s, k);
            if (c.mod == TC_CAS_NONE && (vg = vague_of(ch->form)) != 0) c = cnt_make(-1, vg, k + 1);
            if (c.mod != TC_CAS_NONE) return c;
        }
        if ((dep_is(ch, "det") || dep_is(ch, "amod")) && (vg = vague_of(ch->form)) != 0)
            return cnt_make(-1, vg, k + 1);
    }
    if (d >= 0 && lemma_or_form_is(&s->tok[d], one) && singular_noun(t))
        return cnt_make(1, TC_CAS_EXACT, v + 1);
    return cnt_none();
}

/* The victim node of a verb/adjective keyword k, or -1. */
static int victim_of(const tc_sent *s, int k, int kind) {
    const tc_tok *t = &s->tok[k];
    int h = head_of(s, k);
    if (kind == K_VERB || kind == K_ADJ) {
        if ((dep_is(t, "acl") && !dep_full(t, "acl:relcl")) || dep_is(t, "amod"))
            return h;
        if (dep_is(t, "xcomp") && h >= 0) {
            int o = child(s, h, "obj", false);
            if (o < 0) o = child(s, h, "nsubj:pass", true);
            if (o >= 0) return o;
        }
        if (kind == K_VERB) {
            int o = child(s, k, "obj", false);
            if (o >= 0) return o;
        }
        int p = child(s, k, "nsubj:pass", true);
        if (p >= 0) return p;
        bool participle = kind == K_ADJ || t->upos == TC_UPOS_ADJ ||
                          (t->xpos && strcmp(t->xpos, "VBN") == 0);
        if (participle) {
            int n = child(s, k, "nsubj", false);
            if (n >= 0) return n;
            n = child(s, k, "nummod", false); /* "12 dead" parsed as a noun */
            if (n >= 0) return n;
        }
        return -1;
    }
    if (kind == K_DIE) {
        if (dep_is(t, "acl") && !dep_full(t, "acl:relcl")) return h;
        return child(s, k, "nsubj", false);
    }
    return -1;
}

static tc_cas_count *slot(tc_casualties *out, int cls) {
    return cls == C_KILL ? &out->killed : cls == C_INJ ? &out->injured : &out->casualties;
}

static void put(tc_casualties *out, int cls, tc_cas_count c) {
    if (c.mod == TC_CAS_NONE) return;
    if (cls == C_CAS && c.n == 0) { /* "no casualties": nobody killed or hurt */
        merge(&out->killed, c);
        merge(&out->injured, c);
    }
    merge(slot(out, cls), c);
}

/* Toll class from "death toll" / "casualty toll" / "injury toll". */
static int toll_class(const tc_sent *s, int k, bool tree) {
    static const char *const inj[] = {"injury", "injuries", NULL};
    static const char *const cas[] = {"casualty", "casualties", NULL};
    int c = -1;
    if (tree) c = child(s, k, "compound", false);
    if (c < 0 && k > 0) c = k - 1;
    if (c < 0) return C_KILL;
    if (lemma_or_form_is(&s->tok[c], inj)) return C_INJ;
    if (lemma_or_form_is(&s->tok[c], cas)) return C_CAS;
    return C_KILL;
}

/* "killed or wounded 188", "killing and wounding dozens": one victim count
   for both, i.e. casualties. */
static bool kw_is(const tc_sent *s, int i, int cls, int kind) {
    if (i < 0 || i >= s->n) return false;
    const kw *w = keyword(&s->tok[i]);
    return w && w->cls == cls && w->kind == kind;
}
static bool is_and_or(const tc_sent *s, int i) {
    return i >= 0 && i < s->n && (form_is(&s->tok[i], "or") || form_is(&s->tok[i], "and"));
}
static bool own_victims(const tc_sent *s, int k) {
    if (child(s, k, "obj", false) >= 0 || child(s, k, "nsubj", false) >= 0) return true;
    /* "four are killed and six wounded": a number of its own */
    for (int j = 0; j < s->n; j++)
        if (s->tok[j].head == k + 1 && s->tok[j].upos == TC_UPOS_NUM && j < k) return true;
    return false;
}

static void lex_keyword(const tc_sent *s, int k, const kw *w, tc_casualties *out);

static void tree_keyword(const tc_sent *s, int k, const kw *w, tc_casualties *out) {
    const tc_tok *t = &s->tok[k];
    int cls = w->cls, kind = w->kind;
    if (cls == C_LOSE) {
        static const char *const life[] = {"life", "lives", NULL};
        int o = child(s, k, "obj", false);
        if (o < 0 || !lemma_or_form_is(&s->tok[o], life)) return;
        cls = C_KILL;
        int v = dep_is(t, "acl") && !dep_full(t, "acl:relcl") ? head_of(s, k)
                                                                 : child(s, k, "nsubj", false);
        put(out, cls, count_of(s, v));
        return;
    }
    if (kind == K_NOUN && cls == C_TOLL) {
        cls = toll_class(s, k, true);
        int h = head_of(s, k);
        tc_cas_count c = cnt_none();
        int nm = child(s, k, "nmod", false);
        if (nm >= 0) c = count_of(s, nm);
        if (c.mod == TC_CAS_NONE && h >= 0) c = count_number_at(s, h); /* "the toll was 39" */
        if (c.mod == TC_CAS_NONE && h >= 0) {
            for (int i = k + 1; i < s->n && c.mod == TC_CAS_NONE; i++) {
                if (s->tok[i].head != h + 1) continue;
                const tc_tok *ch = &s->tok[i];
                if (dep_is(ch, "obl") || dep_is(ch, "obj") || dep_is(ch, "xcomp") ||
                    dep_is(ch, "nummod"))
                    c = count_of(s, i);
            }
        }
        put(out, cls, c);
        return;
    }
    if (kind == K_NOUN) {
        tc_cas_count c = count_of_node(s, k, 0);
        if (c.mod == TC_CAS_NONE) {
            int h = head_of(s, k);
            bool neg = negated(s, k) || (h >= 0 && negated(s, h));
            if (!neg && h >= 0 && dep_is(t, "nmod")) { /* "no reports of casualties" */
                int d = child(s, h, "det", false);
                neg = d >= 0 && form_is(&s->tok[d], "no");
            }
            if (neg) c = cnt_make(0, TC_CAS_EXACT, k + 1);
        }
        put(out, cls, c);
        return;
    }
    if (kind == K_VERB && cls == C_INJ && dep_is(t, "conj") && kw_is(s, head_of(s, k), C_KILL, K_VERB) &&
        !own_victims(s, k))
        return; /* counted with the kill verb it is coordinated with */
    if (kind == K_VERB && cls == C_KILL) {
        for (int j = 0; j < s->n; j++)
            if (s->tok[j].head == k + 1 && dep_is(&s->tok[j], "conj") && kw_is(s, j, C_INJ, K_VERB) &&
                !own_victims(s, j))
                cls = C_CAS;
    }
    int v = victim_of(s, k, kind);
    tc_cas_count c = count_of(s, v);
    if (c.mod == TC_CAS_NONE && negated(s, k)) c = cnt_make(0, TC_CAS_EXACT, k + 1); /* "did not hurt anyone" */
    if (c.mod == TC_CAS_NONE && v < 0) {
        /* No victim in the tree (ellipsis "... and dozens wounded", or a
           parse error): read the words around the keyword instead. */
        lex_keyword(s, k, w, out);
        return;
    }
    put(out, cls, c);
}

/*
 * A casualty verb with a subject of its own (other than the trigger or a
 * relative pronoun) is another event's clause: "Rockets hit Mansour ...,
 * while a separate bombing killed three people" -- the three belong to the
 * bombing, not to the rockets.
 */
static bool own_event(const tc_sent *s, int k, int trig, const kw *w) {
    static const char *const rel[] = {"which", "that", "who", NULL};
    const tc_tok *t = &s->tok[k];
    if (k == trig || w->kind != K_VERB || w->cls == C_LOSE) return false;
    if (t->upos == TC_UPOS_ADJ || (t->xpos && strcmp(t->xpos, "VBN") == 0)) return false;
    for (int i = 0; i < s->n; i++) {
        if (s->tok[i].head != k + 1 || !s->tok[i].deprel) continue;
        if (strcmp(s->tok[i].deprel, "nsubj") != 0 && strncmp(s->tok[i].deprel, "nsubj:", 6) != 0)
            continue;
        if (strcmp(s->tok[i].deprel, "nsubj:pass") == 0) continue;
        if (i == trig || lemma_or_form_is(&s->tok[i], rel)) return false;
        /* a numeric subject is the victims of an elliptic participle */
        return count_number_at(s, i).mod == TC_CAS_NONE && !vague_of(s->tok[i].form) &&
               child(s, i, "nummod", false) < 0;
    }
    return false;
}

/* ---- lexical fallback --------------------------------------------------- */

static bool is_boundary(const tc_sent *s, int i) {
    static const char *const stop[] = {",", ";", ":", "and", "but", "while", "after", "as", "when",
                                       "which", "who", "that", "in", "on", "near", "during", "by",
                                       "with", "since", "from", "(", ")", ".", "\"", NULL};
    word w;
    lower(&w, s->tok[i].form);
    return is_one_of(w.s, stop);
}

/* Number, vague word or zero word in [from, to) (step +1 or -1). */
static tc_cas_count scan(const tc_sent *s, int from, int to, int step) {
    for (int i = from; i != to && i >= 0 && i < s->n; i += step) {
        if (is_boundary(s, i)) break;
        if (form_is(&s->tok[i], "one") && i > 0 && form_is(&s->tok[i - 1], "no"))
            return cnt_make(0, TC_CAS_EXACT, i + 1);
        tc_cas_count c = count_number_at(s, i);
        if (c.mod != TC_CAS_NONE) return c;
        int vg = vague_of(s->tok[i].form);
        if (vg) return cnt_make(-1, vg, i + 1);
        if (zero_word(&s->tok[i])) return cnt_make(0, TC_CAS_EXACT, i + 1);
    }
    return cnt_none();
}

static bool lex_negated_noun(const tc_sent *s, int k) {
    static const char *const neg[] = {"no", "without", "not", "n't", "never", NULL};
    for (int i = k - 1; i >= 0 && i >= k - 4; i--) {
        word w;
        lower(&w, s->tok[i].form);
        if (is_one_of(w.s, neg)) return true;
        if (strcmp(w.s, ",") == 0 || strcmp(w.s, ";") == 0) break;
    }
    return false;
}

static void lex_keyword(const tc_sent *s, int k, const kw *w, tc_casualties *out) {
    int cls = w->cls, kind = w->kind;
    word f;
    lower(&f, s->tok[k].form);
    if (kind == K_VERB && cls == C_KILL && is_and_or(s, k + 1) && kw_is(s, k + 2, C_INJ, K_VERB))
        return; /* "killed or wounded N": counted at the second verb */
    if (kind == K_VERB && cls == C_INJ && is_and_or(s, k - 1) && kw_is(s, k - 2, C_KILL, K_VERB))
        cls = C_CAS;
    if (cls == C_LOSE) {
        static const char *const life[] = {"life", "lives", NULL};
        bool ok = false;
        for (int i = k + 1; i < s->n && i <= k + 2; i++) ok |= lemma_or_form_is(&s->tok[i], life);
        if (!ok) return;
        put(out, C_KILL, scan(s, k - 1, k - 6, -1));
        return;
    }
    if (cls == C_TOLL) {
        cls = toll_class(s, k, false);
        for (int i = k + 1; i < s->n && i <= k + 10; i++) {
            tc_cas_count c = count_number_at(s, i);
            if (c.mod != TC_CAS_NONE) { put(out, cls, c); return; }
            if (form_is(&s->tok[i], ".") || form_is(&s->tok[i], ";")) break;
        }
        return;
    }
    if (kind == K_NOUN) {
        tc_cas_count c = scan(s, k - 1, k - 4, -1);
        if (c.mod == TC_CAS_NONE && lex_negated_noun(s, k)) c = cnt_make(0, TC_CAS_EXACT, k + 1);
        put(out, cls, c);
        return;
    }
    /* verbs and "dead": active forms look forward, participles backward */
    size_t len = strlen(f.s);
    bool active = kind == K_VERB && len > 3 &&
                  (strcmp(f.s + len - 3, "ing") == 0 || f.s[len - 1] == 's' ||
                   strcmp(f.s, "kill") == 0 || strcmp(f.s, "injure") == 0 ||
                   strcmp(f.s, "wound") == 0);
    static const char *const aux[] = {"was", "were", "been", "be", "being", "is", "are", "got",
                                      "get", "left", "leaving", "leave", NULL};
    bool passive = false;
    for (int i = k - 1; i >= 0 && i >= k - 2; i--) {
        word a;
        lower(&a, s->tok[i].form);
        if (is_one_of(a.s, aux)) passive = true;
    }
    tc_cas_count c = cnt_none();
    if (kind == K_VERB && (active || !passive)) c = scan(s, k + 1, k + 5, +1);
    if (c.mod == TC_CAS_NONE && !active) c = scan(s, k - 1, k - 8, -1);
    put(out, cls, c);
}

/* ---- entry points ------------------------------------------------------- */

static bool any_found(const tc_casualties *o) {
    return o->killed.mod || o->injured.mod || o->casualties.mod;
}

static void clear(tc_casualties *out) {
    out->killed = cnt_none();
    out->injured = cnt_none();
    out->casualties = cnt_none();
}

bool tc_casualties_extract(const tc_sent *s, int trigger, tc_casualties *out) {
    if (!out) return false;
    clear(out);
    if (!s || !s->tok || s->n <= 0) return false;
    bool tree = has_tree(s);
    int trig = trigger >= 1 && trigger <= s->n ? trigger - 1 : -1;
    int gov = -1;
    if (tree && trig >= 0) {
        const tc_tok *t = &s->tok[trig];
        if (dep_is(t, "nsubj") || dep_is(t, "obj") || dep_is(t, "csubj") || dep_is(t, "obl"))
            gov = head_of(s, trig);
    }
    for (int k = 0; k < s->n; k++) {
        const kw *w = keyword(&s->tok[k]);
        if (!w) continue;
        if (tree) {
            if (trig >= 0 && !in_subtree(s, k, trig) && !(gov >= 0 && in_subtree(s, k, gov)))
                continue;
            if (trig >= 0 && own_event(s, k, trig, w)) continue;
            tree_keyword(s, k, w, out);
        } else {
            lex_keyword(s, k, w, out);
        }
    }
    return any_found(out);
}

bool tc_casualties_backref(const tc_sent *s, tc_casualties *out, int *anchor) {
    static const char *const nouns[] = {"attack", "attacks", "strike", "strikes", "airstrike",
                                        "airstrikes", "bombing", "bombings", "blast", "blasts",
                                        "explosion", "explosions", "assault", "shelling", "raid",
                                        "raids", "ambush", "incident", "bombardment", NULL};
    static const char *const defs[] = {"the", "this", "that", "these", "those", "'s", "'", NULL};
    if (anchor) *anchor = 0;
    if (!out) return false;
    clear(out);
    if (!s || !s->tok || s->n <= 0) return false;
    bool tree = has_tree(s);
    for (int k = 0; k < s->n; k++) {
        if (!lemma_or_form_is(&s->tok[k], nouns)) continue;
        if (s->tok[k].upos && s->tok[k].upos != TC_UPOS_NOUN && s->tok[k].upos != TC_UPOS_PROPN)
            continue;
        bool definite = false;
        if (tree) {
            for (int i = 0; i < s->n && !definite; i++) {
                if (s->tok[i].head != k + 1) continue;
                const tc_tok *ch = &s->tok[i];
                if (dep_is(ch, "det") && lemma_or_form_is(ch, defs)) definite = true;
                if (dep_is(ch, "nmod") && ch->deprel && strstr(ch->deprel, "poss")) definite = true;
            }
        } else {
            for (int i = k - 1; i >= 0 && i >= k - 3 && !definite; i--)
                definite = lemma_or_form_is(&s->tok[i], defs);
        }
        if (!definite) continue;
        tc_casualties c;
        if (tc_casualties_extract(s, tree ? k + 1 : 0, &c)) {
            *out = c;
            if (anchor) *anchor = k + 1;
            return true;
        }
    }
    return false;
}

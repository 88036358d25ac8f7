/*
 * time.c -- the temporal recogniser and normaliser.
 *
 * Text is scanned once: a hand-written tokenizer cuts words, numbers and
 * punctuation, looks each word up in a small hash table of the lexicon
 * (lex.h, hashed once when the recogniser is opened), and closes a chunk at
 * each sentence end.  A recursive-descent grammar then runs over the tokens
 * of the chunk: at each token every production is tried and the longest
 * match wins; each production computes its TIMEX3 value directly from the
 * story date.  Tense, which decides whether a bare weekday or month lies
 * before or after the story date, comes from the dependency parse when one
 * is given (the verb governing the expression and its auxiliaries), else
 * from the nearest lexical tense cue in the sentence (will, said, -ed).
 * This shape -- tokenise once, integer word ids, no regular expressions --
 * keeps the scan at tens of millions of characters per second.
 *
 * Anaphoric expressions ("the same day", "that night", "the following
 * week", "the day before") are resolved, as TimeML anchors them, on the
 * story's own timeline: the most recent date resolved so far at the
 * precision they need (tc_time_anchor), else the story date.  "Two days
 * later" stays a DURATION over "two days" (TimeML leaves "later" outside
 * as a signal) but carries the date it reaches (TC_TIMEX_OFFSET), which
 * moves the timeline too.
 */
#include "time/time.h"
#include "time/lex.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#define LEX_SLOTS 1024u /* power of two, > 2 x lexicon size */
#define MAXTOK 384      /* tokens per chunk (a sentence, or a piece of a long one) */
#define PAD 8           /* end tokens after the chunk so lookahead needs no checks */
#define KEYMAX 16

struct tc_timerec {
    const tc_alloc *A;
    uint16_t slot[LEX_SLOTS]; /* lexicon index + 1, 0 = empty */
    uint32_t hash[LEX_SLOTS];
};

#define TC_TIME_LEX_ENTRY(id, text, cls, val, aux) {text, cls, val, aux, (uint8_t)(sizeof text - 1)},
static const lex_entry lexicon[W_COUNT] = {{"", 0, 0, 0, 0}, TC_TIME_LEXICON(TC_TIME_LEX_ENTRY)};
#undef TC_TIME_LEX_ENTRY

static uint32_t key_hash(const unsigned char *k, size_t n) {
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) h = (h ^ k[i]) * 16777619u;
    return h ^ (h >> 15);
}

int tc_timerec_open(tc_timerec **out, const tc_alloc *A) {
    if (!out) return TC_MISUSE;
    *out = NULL;
    tc_timerec *r = tc_mem_calloc(A, 1, sizeof *r);
    if (!r) return TC_NOMEM;
    r->A = A;
    for (unsigned w = 1; w < W_COUNT; w++) {
        const lex_entry *e = &lexicon[w];
        uint32_t h = key_hash((const unsigned char *)e->text, e->len);
        uint32_t s = h & (LEX_SLOTS - 1);
        while (r->slot[s]) s = (s + 1) & (LEX_SLOTS - 1);
        r->slot[s] = (uint16_t)w;
        r->hash[s] = h;
    }
    *out = r;
    return TC_OK;
}

void tc_timerec_close(tc_timerec *r) {
    if (r) tc_mem_free(r->A, r);
}

const tc_alloc *tc_timerec_alloc(const tc_timerec *r) { return r ? r->A : NULL; }

static int lex_find(const tc_timerec *r, const unsigned char *k, size_t n) {
    uint32_t h = key_hash(k, n);
    uint32_t s = h & (LEX_SLOTS - 1);
    while (r->slot[s]) {
        const lex_entry *e = &lexicon[r->slot[s]];
        if (r->hash[s] == h && e->len == n && !memcmp(e->text, k, n)) return r->slot[s];
        s = (s + 1) & (LEX_SLOTS - 1);
    }
    return 0;
}

/* ---- names -------------------------------------------------------------- */

const char *tc_timex_type_name(int type) {
    switch (type) {
    case TC_TIMEX_DATE: return "DATE";
    case TC_TIMEX_TIME: return "TIME";
    case TC_TIMEX_DURATION: return "DURATION";
    case TC_TIMEX_SET: return "SET";
    default: return "";
    }
}

const char *tc_timex_mod_name(int mod) {
    static const char *const names[] = {"", "START", "MID", "END", "APPROX", "BEFORE", "AFTER",
                                        "ON_OR_BEFORE", "ON_OR_AFTER", "LESS_THAN", "MORE_THAN",
                                        "EQUAL_OR_LESS", "EQUAL_OR_MORE"};
    return mod >= 0 && (size_t)mod < TC_COUNTOF(names) ? names[mod] : "";
}

const char *tc_timex_precision_name(int p) {
    static const char *const names[] = {"", "year", "month", "week", "day"};
    return p >= 0 && (size_t)p < TC_COUNTOF(names) ? names[p] : "";
}

/* ---- tokens ------------------------------------------------------------- */

enum { TK_END = 0, TK_WORD, TK_NUM, TK_PUNCT };
enum {
    F_CAP = 1,    /* word starts with an upper-case letter */
    F_SP = 2,     /* whitespace before the token */
    F_ORD = 4,    /* number with st/nd/rd/th */
    F_S = 8,      /* number with a plural s ("1990s") */
    F_GROUP = 16, /* number with thousands commas or a decimal point */
    F_UPPER = 32  /* word entirely upper case */
};

typedef struct tok {
    uint32_t beg, end;
    uint8_t kind, flags, ndig;
    char ch;          /* punctuation character (lumped) */
    uint16_t w;       /* lexicon id */
    int32_t num;      /* value of a number (capped) */
} tok;

typedef struct ctx {
    const tc_timerec *R;
    const char *text;
    size_t n;
    tc_date dct;
    int32_t dct_days;
    const tc_sent *s;
    tc_time_anchor *an;  /* the story's reference time (never NULL while scanning) */
    int nt;
    tok t[MAXTOK + PAD];
} ctx;

static inline const lex_entry *LX(const tok *t) { return &lexicon[t->w]; }
static inline int CLS(const tok *t) { return lexicon[t->w].cls; }
static inline bool ispu(const tok *t, char c) { return t->kind == TK_PUNCT && t->ch == c; }
/* adjacent: no whitespace between t-1 and t */
static inline bool adj(const tok *t) { return !(t->flags & F_SP); }

static inline bool is_alpha(unsigned char c) { return (c | 32) >= 'a' && (c | 32) <= 'z'; }
static inline bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

/*
 * Cuts the next chunk (one sentence, at most MAXTOK tokens) starting at *pos.
 * Returns false at the end of the text.
 */
static bool next_chunk(ctx *c, size_t *pos) {
    const unsigned char *s = (const unsigned char *)c->text;
    size_t n = c->n, p = *pos;
    int nt = 0;
    bool space = true;
    int newlines = 0;
    while (p < n && nt < MAXTOK) {
        unsigned char ch = s[p];
        if (ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n' || ch == '\f' || ch == '\v') {
            if (ch == '\n') newlines++;
            space = true;
            p++;
            continue;
        }
        if (ch == 0xC2 && p + 1 < n && s[p + 1] == 0xA0) { space = true; p += 2; continue; }
        if (newlines >= 2 && nt > 0) break; /* blank line: paragraph end */
        tok *t = &c->t[nt];
        memset(t, 0, sizeof *t);
        t->beg = (uint32_t)p;
        t->flags = space ? F_SP : 0;
        space = false;
        newlines = 0;
        if (ch == 0xE2 && p + 1 < n && s[p + 1] == 0x80) {
            /* general punctuation; a sequence cut at the end of the text
               is one unknown mark (the word loop below stops before it) */
            unsigned char c3 = p + 2 < n ? s[p + 2] : 0;
            t->kind = TK_PUNCT;
            t->ch = (c3 == 0x93 || c3 == 0x94) ? '-' : (c3 == 0x98 || c3 == 0x99) ? '\'' :
                    (c3 == 0x9C || c3 == 0x9D) ? '"' : '~';
            p += p + 2 < n ? 3 : 2;
        } else if (is_alpha(ch) || ch >= 0x80) {
            size_t b = p;
            unsigned char key[KEYMAX];
            size_t kn = 0;
            bool upper = true;
            while (p < n) {
                unsigned char d = s[p];
                if (is_alpha(d)) {
                    if (d >= 'a') upper = false;
                    if (kn < KEYMAX) key[kn] = (unsigned char)(d | 32);
                    kn++;
                    p++;
                } else if (d >= 0x80 && !(d == 0xE2 && p + 1 < n && s[p + 1] == 0x80) &&
                           !(d == 0xC2 && p + 1 < n && s[p + 1] == 0xA0)) {
                    if (kn < KEYMAX) key[kn] = d;
                    kn++;
                    p++;
                } else break;
            }
            /* a.m. / p.m. as one token */
            if (kn == 1 && (key[0] == 'a' || key[0] == 'p') && p + 1 < n && s[p] == '.' &&
                (s[p + 1] | 32) == 'm') {
                key[1] = '.'; key[2] = 'm'; kn = 3; p += 2;
                if (p < n && s[p] == '.') { key[3] = '.'; kn = 4; p++; }
            }
            if (p == b) p++; /* never a token of no bytes: the scan must advance */
            t->kind = TK_WORD;
            if (s[b] >= 'A' && s[b] <= 'Z') t->flags |= F_CAP;
            if (upper && kn > 1) t->flags |= F_UPPER;
            if (kn <= KEYMAX) t->w = (uint16_t)lex_find(c->R, key, kn);
            (void)b;
        } else if (is_digit(ch)) {
            int64_t v = 0;
            int nd = 0;
            while (p < n && is_digit(s[p])) {
                if (v < 100000000) v = v * 10 + (s[p] - '0');
                nd++;
                p++;
            }
            /* thousands groups and decimals stay in one token */
            while (p + 3 < n + 0 && s[p] == ',' && is_digit(s[p + 1]) && is_digit(s[p + 2]) &&
                   is_digit(s[p + 3]) && (p + 4 >= n || !is_digit(s[p + 4]))) {
                p += 4;
                t->flags |= F_GROUP;
            }
            if (p + 1 < n && s[p] == '.' && is_digit(s[p + 1])) {
                p++;
                while (p < n && is_digit(s[p])) p++;
                t->flags |= F_GROUP;
            }
            if (p + 1 < n && is_alpha(s[p]) && is_alpha(s[p + 1]) && (p + 2 >= n || !is_alpha(s[p + 2]))) {
                char a = (char)(s[p] | 32), b2 = (char)(s[p + 1] | 32);
                if ((a == 's' && b2 == 't') || (a == 'n' && b2 == 'd') || (a == 'r' && b2 == 'd') ||
                    (a == 't' && b2 == 'h')) {
                    t->flags |= F_ORD;
                    p += 2;
                }
            } else if (p < n && (s[p] | 32) == 's' && (p + 1 >= n || !is_alpha(s[p + 1]))) {
                t->flags |= F_S;
                p++;
            }
            t->kind = TK_NUM;
            t->num = (int32_t)v;
            t->ndig = (uint8_t)(nd > 255 ? 255 : nd);
        } else {
            t->kind = TK_PUNCT;
            t->ch = (char)ch;
            p++;
        }
        t->end = (uint32_t)p;
        nt++;
        /* sentence end: . ! ? followed by space and an upper-case letter,
           a quote or a line end; not after an abbreviation or initial. */
        if (t->kind == TK_PUNCT && (t->ch == '.' || t->ch == '!' || t->ch == '?')) {
            size_t q = p;
            while (q < n && (s[q] == '"' || s[q] == '\'' || s[q] == ')')) q++;
            if (q >= n) { p = q; break; }
            if (s[q] == ' ' || s[q] == '\n' || s[q] == '\t' || s[q] == '\r') {
                size_t r = q;
                while (r < n && (s[r] == ' ' || s[r] == '\t')) r++;
                bool upper_next = r >= n || s[r] == '\n' || (s[r] >= 'A' && s[r] <= 'Z') ||
                                  s[r] == '"' || s[r] >= 0x80 || is_digit(s[r]);
                bool abbr = false;
                if (t->ch == '.' && nt >= 2) {
                    const tok *pr = &c->t[nt - 2];
                    if (pr->kind == TK_WORD && adj(t) &&
                        (pr->end - pr->beg == 1 || CLS(pr) == L_ABBR ||
                         (CLS(pr) == L_MONTH && LX(pr)->aux)))
                        abbr = true;
                }
                if (upper_next && !abbr) break;
            }
        }
    }
    /* pad */
    for (int k = 0; k < PAD; k++) {
        memset(&c->t[nt + k], 0, sizeof c->t[0]);
        c->t[nt + k].beg = c->t[nt + k].end = (uint32_t)p;
    }
    c->nt = nt;
    *pos = p;
    return nt > 0;
}

/* ---- date helpers ------------------------------------------------------- */

static tc_date mkdate(int y, int m, int d) {
    tc_date r = {(int16_t)y, (int8_t)m, (int8_t)d};
    return r;
}

static tc_date add_days(tc_date d, int k) { return tc_days_to_date(tc_date_to_days(d) + k); }

/* ISO 8601 week of a date: year and week number. */
static void iso_week(tc_date d, int *wy, int *wn) {
    int wd = tc_weekday(d); /* 0 = Monday */
    tc_date thu = add_days(d, 3 - wd);
    int32_t jan1 = tc_date_to_days(mkdate(thu.y, 1, 1));
    *wy = thu.y;
    *wn = (int)((tc_date_to_days(thu) - jan1) / 7 + 1);
}

static int cmp_md(int m1, int d1, int m2, int d2) { return m1 != m2 ? m1 - m2 : d1 - d2; }

/* ---- results ------------------------------------------------------------ */

typedef struct res res;
static void setv(res *r, const char *fmt, ...) TC_PRINTF(2, 3);

typedef struct res {
    int end;          /* exclusive end token */
    int beg;          /* first token (prefix mods may move it left) */
    uint8_t type, mod, prec, flags;
    tc_date d;
    char value[28];
} res;

/* through va_list, so that the compiler does not guess at truncation of
   values that are bounded by the calendar */
static void setv(res *r, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(r->value, sizeof r->value, fmt, ap);
    va_end(ap);
}

static void r_day(res *r, tc_date d) {
    r->type = TC_TIMEX_DATE; r->prec = TC_TPREC_DAY; r->d = d;
    setv(r, "%04d-%02d-%02d", d.y, d.m, d.d);
}
static void r_month(res *r, int y, int m) {
    r->type = TC_TIMEX_DATE; r->prec = TC_TPREC_MONTH; r->d = mkdate(y, m, 0);
    setv(r, "%04d-%02d", y, m);
}
static void r_year(res *r, int y) {
    r->type = TC_TIMEX_DATE; r->prec = TC_TPREC_YEAR; r->d = mkdate(y, 0, 0);
    setv(r, "%04d", y);
}
static void r_week(res *r, tc_date d, bool weekend) {
    int wy, wn;
    iso_week(d, &wy, &wn);
    r->type = TC_TIMEX_DATE; r->prec = TC_TPREC_WEEK;
    r->d = add_days(d, -tc_weekday(d));
    setv(r, "%04d-W%02d%s", wy, wn, weekend ? "-WE" : "");
}
static void r_str(res *r, int type, const char *v) {
    r->type = (uint8_t)type; r->prec = TC_TPREC_NONE; r->d = mkdate(0, 0, 0);
    setv(r, "%s", v);
}
static void r_decade(res *r, int decade) { /* decade = year / 10 */
    r->type = TC_TIMEX_DATE; r->prec = TC_TPREC_YEAR; r->d = mkdate(decade * 10, 0, 0);
    setv(r, "%03d", decade);
}
static void r_century(res *r, int c) { /* c = year / 100 */
    r->type = TC_TIMEX_DATE; r->prec = TC_TPREC_YEAR; r->d = mkdate(c * 100, 0, 0);
    setv(r, "%02d", c);
}
static const char *const season_code[] = {"SP", "SU", "FA", "WI"};
static const int season_month[] = {3, 6, 9, 12};
static void r_season(res *r, int y, int s) {
    r->type = TC_TIMEX_DATE; r->prec = TC_TPREC_MONTH; r->d = mkdate(y, season_month[s], 0);
    setv(r, "%04d-%s", y, season_code[s]);
}
static void r_quarter(res *r, int y, int q) {
    r->type = TC_TIMEX_DATE; r->prec = TC_TPREC_MONTH; r->d = mkdate(y, 3 * q - 2, 0);
    setv(r, "%04d-Q%d", y, q);
}
static void r_half(res *r, int y, int h) {
    r->type = TC_TIMEX_DATE; r->prec = TC_TPREC_MONTH; r->d = mkdate(y, h == 1 ? 1 : 7, 0);
    setv(r, "%04d-H%d", y, h);
}
static const char *const pod_code[] = {"", "MO", "AF", "EV", "NI"};
static void r_pod(res *r, tc_date d, int pod) {
    r->type = TC_TIMEX_TIME; r->prec = TC_TPREC_DAY; r->d = d;
    setv(r, "%04d-%02d-%02dT%s", d.y, d.m, d.d, pod_code[pod]);
}
static void r_clock(res *r, tc_date d, int h, int mi) {
    r->type = TC_TIMEX_TIME; r->prec = TC_TPREC_DAY; r->d = d;
    setv(r, "%04d-%02d-%02dT%02d:%02d", d.y, d.m, d.d, h, mi);
}

/* Duration value: n < 0 means unknown (X); dec = "1.5" style text or NULL. */
static void r_dur(res *r, int n, int unit, const char *dec) {
    char num[16];
    if (dec) snprintf(num, sizeof num, "%s", dec);
    else if (n < 0) snprintf(num, sizeof num, "X");
    else snprintf(num, sizeof num, "%d", n);
    const char *pre = "P", *u = "Y";
    switch (unit) {
    case U_SEC: pre = "PT"; u = "S"; break;
    case U_MIN: pre = "PT"; u = "M"; break;
    case U_HOUR: pre = "PT"; u = "H"; break;
    case U_DAY: u = "D"; break;
    case U_WEEK: u = "W"; break;
    case U_WEEKEND: u = "WE"; break;
    case U_FORTNIGHT: u = "W"; if (n > 0 && !dec) snprintf(num, sizeof num, "%d", 2 * n); break;
    case U_MONTH: u = "M"; break;
    case U_QUARTER: u = "Q"; break;
    case U_YEAR: u = "Y"; break;
    case U_DECADE: u = "DE"; break;
    case U_CENTURY: u = "CE"; break;
    default: break;
    }
    r->type = TC_TIMEX_DURATION; r->prec = TC_TPREC_NONE; r->d = mkdate(0, 0, 0);
    setv(r, "%s%s%s", pre, num, u);
}

/* ---- tense -------------------------------------------------------------- */

static int lex_tense(const ctx *c, const tok *t) {
    if (t->kind != TK_WORD) return 0;
    if (CLS(t) == L_TENSE) return LX(t)->val == T_PERF ? T_PAST : LX(t)->val;
    if (t->w) return 0;
    /* regular past: an unknown lower-case word ending in -ed */
    size_t len = t->end - t->beg;
    if (len >= 5 && !(t->flags & F_CAP) && c->text[t->end - 2] == 'e' && c->text[t->end - 1] == 'd')
        return T_PAST;
    return 0;
}

/* The cue at token p, read with the auxiliaries just before it: "will be
   held" is future although "held" alone is past. */
static int cue_at(const ctx *c, int p) {
    int tv = lex_tense(c, &c->t[p]);
    if (tv != T_PAST && tv != T_PRES) return tv;
    for (int q = p - 1; q >= 0 && q >= p - 3; q--) {
        const tok *t = &c->t[q];
        if (t->kind != TK_WORD) break;
        if (CLS(t) == L_TENSE && LX(t)->val == T_FUT) return T_FUT;
    }
    return tv;
}

/* Tense from the nearest lexical cue to tokens [b, e) in the chunk. */
static int tense_lexical(const ctx *c, int b, int e) {
    for (int k = 1; k < c->nt; k++) {
        int l = b - k, r = e - 1 + k;
        if (l < 0 && r >= c->nt) break;
        if (l >= 0) {
            int tv = cue_at(c, l);
            if (tv) return tv;
        }
        if (r < c->nt) {
            int tv = cue_at(c, r);
            if (tv) return tv;
        }
    }
    return TC_TENSE_UNKNOWN;
}

static bool lemma_is(const tc_tok *t, const char *l) {
    const char *s = t->lemma && t->lemma[0] != '_' ? t->lemma : t->form;
    if (!s) return false;
    for (; *l; l++, s++)
        if ((*s | 32) != *l) return false;
    return *s == 0;
}

int tc_time_clause_tense(const tc_sent *s, int w) {
    if (!s || w < 1 || w > s->n) return TC_TENSE_UNKNOWN;
    /* climb to the verb that governs w */
    int v = w, guard = 0;
    while (v >= 1 && guard++ < s->n) {
        const tc_tok *t = &s->tok[v - 1];
        if (t->upos == TC_UPOS_VERB || (t->upos == TC_UPOS_AUX && t->head <= 0)) break;
        if (t->head <= 0) { v = 0; break; }
        v = t->head;
    }
    if (v < 1 || v > s->n) return TC_TENSE_UNKNOWN;
    const tc_tok *vt = &s->tok[v - 1];
    bool have = false, past_aux = false, pres_aux = false;
    for (int i = 0; i < s->n; i++) {
        const tc_tok *a = &s->tok[i];
        if (a->head != v || !(tc_deprel_is(a, "aux") || tc_deprel_is(a, "cop"))) continue;
        if (lemma_is(a, "will") || lemma_is(a, "shall") || lemma_is(a, "'ll") || lemma_is(a, "wo") ||
            lemma_is(a, "would"))
            return TC_TENSE_FUTURE;
        if (lemma_is(a, "have")) have = true;
        if (a->xpos && !strcmp(a->xpos, "VBD")) past_aux = true;
        if (a->xpos && (!strcmp(a->xpos, "VBZ") || !strcmp(a->xpos, "VBP"))) pres_aux = true;
    }
    const char *x = vt->xpos ? vt->xpos : "";
    if (past_aux || !strcmp(x, "VBD")) return TC_TENSE_PAST;
    if (!strcmp(x, "VBN") && (have || !pres_aux)) return TC_TENSE_PAST;
    if (have) return TC_TENSE_PAST;
    if (!strcmp(x, "VBZ") || !strcmp(x, "VBP") || pres_aux) return TC_TENSE_PRESENT;
    return TC_TENSE_UNKNOWN;
}

static int tense_at(const ctx *c, int b, int e) {
    if (c->s) {
        /* the word of the parse covering the expression whose head lies outside it */
        uint32_t bb = c->t[b].beg, ee = c->t[e - 1].end;
        const tc_sent *s = c->s;
        int head = 0;
        for (int i = 0; i < s->n; i++) {
            const tc_tok *t = &s->tok[i];
            if (t->beg == UINT32_MAX || t->end <= bb || t->beg >= ee) continue;
            if (t->head < 1 || t->head > s->n || s->tok[t->head - 1].end <= bb ||
                s->tok[t->head - 1].beg >= ee) {
                head = i + 1;
                break;
            }
        }
        if (head) {
            int tv = tc_time_clause_tense(s, head);
            if (tv) return tv;
        }
    }
    int tv = tense_lexical(c, b, e);
    return tv == T_PAST ? TC_TENSE_PAST : tv == T_FUT ? TC_TENSE_FUTURE :
           tv == T_PRES ? TC_TENSE_PRESENT : TC_TENSE_UNKNOWN;
}

/* weekday wd (0=Mon) relative to the story date.  dir: -1 on or before,
   +1 strictly after, 0 nearest (ties to the past), -2 strictly before. */
static tc_date weekday_from(tc_date base, int wd, int dir) {
    int cur = tc_weekday(base);
    int back = (cur - wd + 7) % 7;      /* days back to the most recent wd (0..6) */
    int fwd = (wd - cur + 7) % 7;       /* days forward (0..6) */
    if (dir == -1) return add_days(base, -back);
    if (dir == -2) return add_days(base, -(back ? back : 7));
    if (dir == 1) return add_days(base, fwd ? fwd : 7);
    return back <= fwd ? add_days(base, -back) : add_days(base, fwd);
}

static int tense_dir(int tense) {
    return tense == TC_TENSE_PAST ? -1 : tense == TC_TENSE_FUTURE ? 1 : 0;
}

static int year_for_month(const ctx *c, int m, int tense) {
    int y = c->dct.y;
    if (tense == TC_TENSE_PAST && m > c->dct.m) return y - 1;
    if (tense == TC_TENSE_FUTURE && m < c->dct.m) return y + 1;
    return y;
}

static int year_for_md(const ctx *c, int m, int d, int tense) {
    int y = c->dct.y;
    int k = cmp_md(m, d, c->dct.m, c->dct.d);
    if (tense == TC_TENSE_PAST && k > 0) return y - 1;
    if (tense == TC_TENSE_FUTURE && k < 0) return y + 1;
    if (tense == TC_TENSE_UNKNOWN || tense == TC_TENSE_PRESENT) {
        if (m - c->dct.m > 6) return y - 1;
        if (c->dct.m - m > 6) return y + 1;
    }
    return y;
}

/* ---- grammar pieces ----------------------------------------------------- */

#define T(i) (&c->t[(i) < c->nt ? (i) : c->nt])

static bool is_year_tok(const tok *t) {
    return t->kind == TK_NUM && t->ndig == 4 && !(t->flags & (F_ORD | F_S | F_GROUP)) &&
           t->num >= 1000 && t->num <= 2999;
}
static bool is_day_tok(const tok *t) {
    return t->kind == TK_NUM && t->ndig <= 2 && !(t->flags & (F_S | F_GROUP)) && t->num >= 1 &&
           t->num <= 31;
}

/* A month name (capitalised), with the period of an abbreviation skipped.
   Returns the token after it, or 0. */
static int month_at(const ctx *c, int i, int *m) {
    const tok *t = T(i);
    if (t->kind != TK_WORD || CLS(t) != L_MONTH || !(t->flags & F_CAP)) return 0;
    *m = LX(t)->val;
    if (LX(t)->aux) {
        if (ispu(T(i + 1), '.') && adj(T(i + 1))) return i + 2;
        if (t->w == W_MAR || t->w == W_JUN) return 0; /* "Mar", "Jun" bare are rare */
    }
    return i + 1;
}

/* Number: digits or number words ("twenty-five", "a", "a few").  *v = -1 for
   an unknown count.  dec receives a decimal's text.  Returns end or 0. */
static int number_at(const ctx *c, int i, int *v, char *dec, size_t decn, bool allow_a) {
    const tok *t = T(i);
    if (dec) dec[0] = 0;
    if (t->kind == TK_NUM && !(t->flags & (F_ORD | F_S))) {
        if (t->flags & F_GROUP) {
            size_t len = t->end - t->beg;
            bool has_dot = memchr(c->text + t->beg, '.', len) != NULL;
            if (has_dot && dec && len < decn) {
                memcpy(dec, c->text + t->beg, len);
                dec[len] = 0;
                *v = t->num;
                return i + 1;
            }
            if (has_dot) return 0;
            *v = -2; /* large grouped number: not a duration count we print */
            return i + 1;
        }
        *v = t->num;
        return i + 1;
    }
    if (t->kind != TK_WORD) return 0;
    int cls = CLS(t);
    if (cls == L_NUMW) {
        int val = LX(t)->val;
        int j = i + 1;
        if (LX(t)->aux == 1 && ispu(T(j), '-') && adj(T(j)) && CLS(T(j + 1)) == L_NUMW &&
            LX(T(j + 1))->val < 10) {
            val += LX(T(j + 1))->val;
            j += 2;
        }
        if (T(j)->w == W_HUNDRED) { val *= 100; j++; }
        *v = val;
        return j;
    }
    if (allow_a && cls == L_A) {
        if (T(i + 1)->w == W_HUNDRED) { *v = 100; return i + 2; }
        if (T(i + 1)->w == W_FEW || T(i + 1)->w == W_COUPLE) {
            *v = T(i + 1)->w == W_COUPLE ? 2 : -1;
            int j = i + 2;
            if (T(j)->w == W_OF) j++;
            return j;
        }
        if (T(i + 1)->w == W_DOZEN) { *v = 12; return i + 2; }
        *v = 1;
        return i + 1;
    }
    if (cls == L_FEW && t->w != W_SOME) {
        *v = -1;
        int j = i + 1;
        if (t->w == W_COUPLE) { *v = 2; if (T(j)->w == W_OF) j++; }
        return j;
    }
    return 0;
}

/* ---- productions -------------------------------------------------------- */

/* 10/31/2021, 2021-10-31, 31.10.2021 is not used in English news */
static int p_numeric_date(ctx *c, int i, res *r) {
    const tok *a = T(i), *s1 = T(i + 1), *b = T(i + 2), *s2 = T(i + 3), *d = T(i + 4);
    if (a->kind != TK_NUM || !adj(s1) || !adj(b) || !adj(s2) || !adj(d)) return 0;
    if (b->kind != TK_NUM || d->kind != TK_NUM || s1->kind != TK_PUNCT || s2->kind != TK_PUNCT ||
        s1->ch != s2->ch)
        return 0;
    if (a->ndig == 4 && s1->ch == '-' && b->ndig == 2 && d->ndig == 2 && !(d->flags & F_GROUP)) {
        tc_date dt = mkdate(a->num, b->num, d->num);
        if (!tc_date_valid(dt)) return 0;
        r_day(r, dt);
        return i + 5;
    }
    if (s1->ch == '/' && a->ndig <= 2 && b->ndig <= 2 && (d->ndig == 4 || d->ndig == 2) &&
        !(d->flags & F_GROUP)) {
        int y = d->ndig == 4 ? d->num : (d->num < 50 ? 2000 + d->num : 1900 + d->num);
        tc_date dt = mkdate(y, a->num, b->num);
        if (!tc_date_valid(dt)) return 0;
        r_day(r, dt);
        return i + 5;
    }
    return 0;
}

/* Month [day[st]] [,] [year] | Month [of] year | Month */
static int p_month(ctx *c, int i, res *r) {
    int m, j = month_at(c, i, &m);
    if (!j) return 0;
    const tok *t = T(j);
    if (is_day_tok(t) && !(T(j + 1)->kind == TK_NUM)) {
        int d = t->num, k = j + 1;
        int y = 0;
        if (ispu(T(k), ',') && is_year_tok(T(k + 1))) { y = T(k + 1)->num; k += 2; }
        else if (is_year_tok(T(k))) { y = T(k)->num; k += 1; }
        if (!y) y = year_for_md(c, m, d, tense_at(c, i, k));
        tc_date dt = mkdate(y, m, d);
        if (!tc_date_valid(dt)) return 0;
        r_day(r, dt);
        return k;
    }
    if (is_year_tok(t)) { r_month(r, t->num, m); return j + 1; }
    if (ispu(t, ',') && is_year_tok(T(j + 1)) && !ispu(T(j + 2), ',')) {
        r_month(r, T(j + 1)->num, m);
        return j + 2;
    }
    if (t->w == W_OF && is_year_tok(T(j + 1))) { r_month(r, T(j + 1)->num, m); return j + 2; }
    /* bare month: "May" and "March" also are a verb and a modal; require a
       temporal preposition or modifier before them */
    const tok *pv = i > 0 ? T(i - 1) : NULL;
    bool ctxok = pv && (CLS(pv) == L_PREP || CLS(pv) == L_DEICT || CLS(pv) == L_MOD || pv->w == W_OF ||
                        pv->w == W_AND || ispu(pv, '-'));
    if ((m == 5 || m == 3) && !ctxok) return 0;
    if (LX(T(i))->aux && !ctxok) return 0;
    if (i == 0 && !ctxok) return 0;
    r_month(r, year_for_month(c, m, tense_at(c, i, j)), m);
    return j;
}

/* day Month [,] [year] ; the 31st of October */
static int p_day_month(ctx *c, int i, res *r) {
    int k = i;
    bool the = false;
    if (T(k)->w == W_THE) { the = true; k++; }
    const tok *t = T(k);
    if (!is_day_tok(t)) return 0;
    if (the && !(t->flags & F_ORD)) return 0;
    int d = t->num, j = k + 1;
    if (T(j)->w == W_OF) j++;
    else if (the) return 0;
    int m, e = month_at(c, j, &m);
    if (!e) return 0;
    int y = 0;
    if (ispu(T(e), ',') && is_year_tok(T(e + 1))) { y = T(e + 1)->num; e += 2; }
    else if (is_year_tok(T(e))) { y = T(e)->num; e++; }
    if (!y) y = year_for_md(c, m, d, tense_at(c, i, e));
    tc_date dt = mkdate(y, m, d);
    if (!tc_date_valid(dt)) return 0;
    r_day(r, dt);
    return e;
}

/* part of day after a day expression: "Sunday morning", "yesterday afternoon" */
static int pod_after(const ctx *c, int j, int *pod) {
    const tok *t = T(j);
    if (CLS(t) == L_POD) { *pod = LX(t)->val; return j + 1; }
    return 0;
}

static int p_clock_on(ctx *c, int i, res *r, tc_date day, bool strict);

/* Weekday [, Month day [, year]] [part of day]; plural weekdays are sets.
   base: the date the weekday is placed from (NULL: the story date). */
static int p_weekday(ctx *c, int i, res *r, int dir_override, const tc_date *base) {
    const tok *t = T(i);
    if (CLS(t) == L_WDAYS && (t->flags & F_CAP)) {
        char v[16];
        snprintf(v, sizeof v, "XXXX-WXX-%d", LX(t)->val + 1);
        r_str(r, TC_TIMEX_SET, v);
        return i + 1;
    }
    if (CLS(t) != L_WDAY || !(t->flags & F_CAP)) return 0;
    int wd = LX(t)->val, j = i + 1;
    if (LX(t)->aux && ispu(T(j), '.')) j++;
    /* "Sunday, Nov. 7" */
    int k = j;
    if (ispu(T(k), ',')) k++;
    res sub;
    memset(&sub, 0, sizeof sub);
    int e = p_month(c, k, &sub);
    if (!e) e = p_day_month(c, k, &sub);
    if (e && sub.prec == TC_TPREC_DAY) { *r = sub; return e; }
    int dir = dir_override != 99 ? dir_override : tense_dir(tense_at(c, i, j));
    tc_date d = weekday_from(base ? *base : c->dct, wd, dir);
    /* "Saturday 8:00 p.m.": one TIME on that day */
    res ck;
    memset(&ck, 0, sizeof ck);
    int ce = p_clock_on(c, j, &ck, d, true);
    if (ce) { *r = ck; return ce; }
    int pod;
    int e2 = pod_after(c, j, &pod);
    if (e2) { r_pod(r, d, pod); return e2; }
    r_day(r, d);
    return j;
}

static int p_relday(ctx *c, int i, res *r) {
    const tok *t = T(i);
    if (CLS(t) != L_RELDAY) return 0;
    tc_date d = add_days(c->dct, LX(t)->val);
    if (LX(t)->aux) { r_pod(r, d, POD_NI); return i + 1; }
    int pod, e = pod_after(c, i + 1, &pod);
    if (e) { r_pod(r, d, pod); return e; }
    r_day(r, d);
    return i + 1;
}

static int unit_of(const tok *t, bool *plural) {
    *plural = false;
    if (CLS(t) == L_UNIT || CLS(t) == L_QUARTER) { *plural = LX(t)->aux; return LX(t)->val; }
    if (t->w == W_SECOND) return U_SEC;
    return U_NONE;
}

/* a date `k` units from date d, at that unit's precision */
static void r_shift_from(res *r, tc_date d, int unit, int k) {
    switch (unit) {
    case U_DAY: r_day(r, add_days(d, k)); break;
    case U_WEEK: case U_FORTNIGHT: r_week(r, add_days(d, 7 * k * (unit == U_FORTNIGHT ? 2 : 1)), false); break;
    case U_WEEKEND: r_week(r, add_days(d, 7 * k), true); break;
    case U_MONTH: {
        int mm = d.y * 12 + (d.m - 1) + k;
        r_month(r, mm / 12, mm % 12 + 1);
        break;
    }
    case U_QUARTER: {
        int q = d.y * 4 + (d.m - 1) / 3 + k;
        r_quarter(r, q / 4, q % 4 + 1);
        break;
    }
    case U_YEAR: r_year(r, d.y + k); break;
    case U_DECADE: r_decade(r, d.y / 10 + k); break;
    case U_CENTURY: r_century(r, d.y / 100 + k); break;
    case U_HOUR: case U_MIN: case U_SEC: r_day(r, d); r->type = TC_TIMEX_TIME; break;
    default: r_day(r, d); break;
    }
}

/* a date `k` units from the story date */
static void r_shift(res *r, const ctx *c, int unit, int k) { r_shift_from(r, c->dct, unit, k); }

/*
 * The date an anaphoric expression of `unit` counts from: the story's most
 * recent date precise enough for the unit ("the next day" needs a day,
 * "the following year" a year), else the story date.
 */
static tc_date anchor_for(const ctx *c, int unit) {
    const tc_time_anchor *a = c->an;
    switch (unit) {
    case U_SEC: case U_MIN: case U_HOUR: case U_DAY:
        return (a->have & 1) ? a->day : c->dct;
    case U_WEEK: case U_WEEKEND: case U_FORTNIGHT:
        return (a->have & 2) ? a->week : c->dct;
    case U_MONTH: case U_QUARTER:
        return (a->have & 4) ? mkdate(a->month.y, a->month.m, 1) : c->dct;
    default:
        return (a->have & 8) ? mkdate(a->year.y, 1, 1) : c->dct;
    }
}

/* whether the story has a date precise enough for `unit` */
static bool anchor_has(const ctx *c, int unit) {
    int need = unit == U_SEC || unit == U_MIN || unit == U_HOUR || unit == U_DAY ? 1 :
               unit == U_WEEK || unit == U_WEEKEND || unit == U_FORTNIGHT ? 2 :
               unit == U_MONTH || unit == U_QUARTER ? 4 : 8;
    return (c->an->have & need) != 0;
}

/* the reference time moves to each resolved calendar date */
static void anchor_update(ctx *c, const res *r) {
    tc_time_anchor *a = c->an;
    bool offset = r->type == TC_TIMEX_DURATION && (r->flags & TC_TIMEX_OFFSET);
    if (r->type != TC_TIMEX_DATE && r->type != TC_TIMEX_TIME && !offset) return;
    tc_date d = r->d;
    switch (r->prec) {
    case TC_TPREC_DAY:
        if (!tc_date_valid(d)) return;
        a->day = d;
        a->week = add_days(d, -tc_weekday(d));
        a->month = mkdate(d.y, d.m, 0);
        a->year = mkdate(d.y, 0, 0);
        a->have |= 15;
        break;
    case TC_TPREC_WEEK:
        if (!tc_date_valid(d)) return;
        a->week = d;
        a->month = mkdate(d.y, d.m, 0);
        a->year = mkdate(d.y, 0, 0);
        a->have |= 14;
        break;
    case TC_TPREC_MONTH:
        if (d.m < 1 || d.m > 12) return;
        a->month = mkdate(d.y, d.m, 0);
        a->year = mkdate(d.y, 0, 0);
        a->have |= 12;
        break;
    case TC_TPREC_YEAR:
        /* a year, not a decade, a century or a fiscal year */
        if (!offset && (strlen(r->value) != 4 || r->value[0] < '0' || r->value[0] > '9')) return;
        a->year = mkdate(d.y, 0, 0);
        a->have |= 8;
        break;
    default:
        break;
    }
}

/* last/this/next/coming/past/previous + unit | weekday | month | season | part of day */
static int p_deictic(ctx *c, int i, res *r) {
    int k = i;
    bool the = false;
    if (T(k)->w == W_THE) { the = true; k++; }
    const tok *t = T(k);
    if (CLS(t) != L_DEICT) return 0;
    if (t->w == W_FOLLOWING && !the) return 0; /* "following the attack" */
    int dv = LX(t)->val, j = k + 1;
    /* "the next day", "the following week", "the previous year" count from
       the story's own timeline; "next week" from the story date */
    bool anaph = the && (t->w == W_NEXT || t->w == W_FOLLOWING || t->w == W_PREVIOUS ||
                         t->w == W_PRECEDING);
    /* "this past week" = last week */
    if (dv == D_THIS && T(j)->w == W_PAST) { dv = D_LAST; j++; }
    if (dv == D_THESE) {
        if (T(j)->w == W_DAYS) { r_str(r, TC_TIMEX_DATE, "PRESENT_REF"); return j + 1; }
        return 0;
    }
    const tok *u = T(j);
    bool plural;
    int unit = unit_of(u, &plural);
    if (unit && !plural) {
        /* "the past year", "the last week": a duration; "past week" too */
        bool pastlast = t->w == W_PAST || t->w == W_LAST;
        if (unit != U_WEEKEND && ((the && pastlast) || t->w == W_PAST)) {
            r_dur(r, 1, unit, NULL);
            return j + 1;
        }
        /* "over the next week", "during the following year": a stretch of
           time, as "the past year" is ("a curfew for the following day"
           names a day) */
        const tok *pp = i > 0 ? T(i - 1) : NULL;
        if (the && dv == D_NEXT && unit != U_WEEKEND && unit != U_DAY && pp &&
            (pp->w == W_OVER || pp->w == W_DURING || pp->w == W_FOR || pp->w == W_WITHIN ||
             pp->w == W_THROUGHOUT)) {
            r_dur(r, 1, unit, NULL);
            return j + 1;
        }
        int off = dv == D_LAST || dv == D_PAST ? -1 : dv == D_NEXT || dv == D_COMING ? 1 : 0;
        /* "next day" only as "the next day" / "the previous day" */
        if (unit == U_DAY && (!the || off == 0)) return 0;
        if (unit == U_HOUR || unit == U_MIN || unit == U_SEC) return 0;
        /* in a future clause "the next week" is the story's next week */
        if (anaph && (unit == U_DAY || tense_at(c, i, j + 1) != TC_TENSE_FUTURE))
            r_shift_from(r, anchor_for(c, unit), unit, off);
        else
            r_shift(r, c, unit, off);
        return j + 1;
    }
    if (CLS(u) == L_WDAY && (u->flags & F_CAP)) {
        int dir = dv == D_LAST || dv == D_PAST ? -2 : dv == D_NEXT || dv == D_COMING ? 1 : 99;
        /* "the following Friday": after the story's last day */
        tc_date base = anchor_for(c, U_DAY);
        return p_weekday(c, j, r, dir, anaph ? &base : NULL);
    }
    int m;
    int e = month_at(c, j, &m);
    if (e) {
        int y = c->dct.y;
        if (dv == D_LAST || dv == D_PAST) y = m < c->dct.m ? y : y - 1;
        else if (dv == D_NEXT || dv == D_COMING) y = m > c->dct.m ? y : y + 1;
        r_month(r, y, m);
        return e;
    }
    if (CLS(u) == L_SEASON) {
        int s = LX(u)->val;
        int cur = c->dct.m == 12 ? 3 : (c->dct.m - 3) / 3; /* Dec, Jan, Feb: winter */
        if (c->dct.m < 3) cur = 3;
        int y = c->dct.y;
        if (cur == 3 && c->dct.m < 3) y--; /* winter that began last December */
        if (dv == D_LAST || dv == D_PAST) { if (s >= cur) y--; }
        else if (dv == D_NEXT || dv == D_COMING) { if (s <= cur) y++; }
        else if (s == 3 && cur == 3) { /* this winter */ }
        r_season(r, y, s);
        return j + 1;
    }
    if (CLS(u) == L_POD && anaph) { /* "the next morning", "the previous night" */
        int off = dv == D_NEXT ? 1 : -1;
        r_pod(r, add_days(anchor_for(c, U_DAY), off), LX(u)->val);
        return j + 1;
    }
    if (CLS(u) == L_POD && !the) {
        int pod = LX(u)->val;
        if (dv == D_THIS) { r_pod(r, c->dct, pod); return j + 1; }
        if (dv == D_LAST && pod == POD_NI) { r_pod(r, add_days(c->dct, -1), pod); return j + 1; }
        return 0;
    }
    /* the past/last/next N units: a duration */
    int v;
    char dec[16];
    int e3 = number_at(c, j, &v, dec, sizeof dec, false);
    if (e3 && v != -2) {
        int un = unit_of(T(e3), &plural);
        if (un) { r_dur(r, v, un, dec[0] ? dec : NULL); return e3 + 1; }
    }
    /* the past years, the last few months, the coming days: an unknown count */
    if (dv == D_PAST || dv == D_LAST || dv == D_COMING || (the && dv == D_NEXT)) {
        unit = unit_of(u, &plural);
        if (unit && plural) { r_dur(r, -1, unit, NULL); return j + 1; }
        if (CLS(u) == L_FEW && u->w != W_SOME && unit_of(T(j + 1), &plural) && plural) {
            r_dur(r, -1, unit_of(T(j + 1), &plural), NULL);
            return j + 2;
        }
    }
    return 0;
}

/* a quantity before a rate: "$5 million a year", "200 cars per day" */
static bool is_quantity(const tok *t) {
    return t->kind == TK_NUM || CLS(t) == L_NUMW || t->w == W_THOUSAND || t->w == W_MILLION ||
           t->w == W_BILLION || t->w == W_PERCENT || ispu(t, '%');
}

/* "a year" / "per day" after a quantity is a rate: a SET */
static int p_rate(ctx *c, int i, res *r) {
    const tok *t = T(i);
    if (!(CLS(t) == L_A || t->w == W_PER) || i == 0) return 0;
    bool pl;
    int u = unit_of(T(i + 1), &pl);
    if (!u || pl || u == U_WEEKEND || T(i + 1)->w == W_SECOND) return 0;
    const tok *pv = T(i - 1);
    /* the quantity, or its counted noun: "200 cars per day" */
    bool q = is_quantity(pv) ||
             (i >= 2 && pv->kind == TK_WORD && !pv->w && !(pv->flags & F_CAP) && is_quantity(T(i - 2)));
    if (!q) return 0;
    res tmp;
    r_dur(&tmp, 1, u, NULL);
    r_str(r, TC_TIMEX_SET, tmp.value);
    return i + 2;
}

/* N units [ago|hence|from now|old|-long]; N-unit; a few units */
static int p_number_unit(ctx *c, int i, res *r) {
    int v;
    char dec[16];
    bool pl0 = false;
    /* "half an hour" = PT30M, "half a year" = P6M: the next smaller unit */
    if (T(i)->w == W_HALF && CLS(T(i + 1)) == L_A) {
        int u = unit_of(T(i + 2), &pl0);
        if (u && !pl0) {
            switch (u) {
            case U_MIN: r_dur(r, 30, U_SEC, NULL); break;
            case U_HOUR: r_dur(r, 30, U_MIN, NULL); break;
            case U_DAY: r_dur(r, 12, U_HOUR, NULL); break;
            case U_YEAR: r_dur(r, 6, U_MONTH, NULL); break;
            case U_DECADE: r_dur(r, 5, U_YEAR, NULL); break;
            case U_CENTURY: r_dur(r, 50, U_YEAR, NULL); break;
            default: r_dur(r, 0, u, "0.5"); break;
            }
            return i + 3;
        }
    }
    /* "some years ago": "some" counts only before "ago" ("some days" is vague) */
    if (T(i)->w == W_SOME && unit_of(T(i + 1), &pl0) && pl0 && T(i + 2)->w == W_AGO) {
        r_str(r, TC_TIMEX_DATE, "PAST_REF");
        return i + 3;
    }
    int j = number_at(c, i, &v, dec, sizeof dec, true);
    if (!j || v == -2) return 0;
    if (!dec[0] && v >= 0 && v <= 9999) {
        if (T(j)->w == W_AND && CLS(T(j + 1)) == L_A && T(j + 2)->w == W_HALF) {
            snprintf(dec, sizeof dec, "%d.5", v);
            j += 3;
        } else if (T(i)->kind == TK_NUM && T(j)->kind == TK_NUM && T(j)->num == 1 && T(j)->ndig == 1 &&
                   ispu(T(j + 1), '/') && adj(T(j + 1)) && T(j + 2)->kind == TK_NUM && T(j + 2)->num == 2 &&
                   T(j + 2)->ndig == 1 && adj(T(j + 2))) {
            snprintf(dec, sizeof dec, "%d.5", v);
            j += 3;
        }
    }
    bool plural;
    int k = j;
    bool hyph = false;
    if (ispu(T(k), '-') && adj(T(k)) && adj(T(k + 1))) { hyph = true; k++; }
    int unit = unit_of(T(k), &plural);
    if (!unit) {
        /* "a year and a half" not handled; "half an hour" */
        if (T(i)->w == W_HALF) return 0;
        return 0;
    }
    if (T(i)->kind == TK_WORD && CLS(T(i)) == L_A && plural && v == 1) return 0;
    if (unit == U_SEC && T(k)->w == W_SECOND) return 0; /* "one second" as ordinal is rare; skip */
    if (unit == U_QUARTER && T(k + 1)->w == W_OF) return 0; /* "a quarter of the vote": a fraction */
    int e = k + 1;
    /* "two years ago", "a decade ago", "three days from now" */
    if (T(e)->w == W_AGO || T(e)->w == W_HENCE ||
        (T(e)->w == W_FROM && T(e + 1)->w == W_NOW)) {
        int sign = T(e)->w == W_AGO ? -1 : 1;
        int end = T(e)->w == W_FROM ? e + 2 : e + 1;
        /* an unknown count, or one no calendar arithmetic should trust */
        if (v < 0 || v > 9999) { r_str(r, TC_TIMEX_DATE, sign < 0 ? "PAST_REF" : "FUTURE_REF"); return end; }
        /* at the expression's own granularity (TIDES/TimeML): "a decade
           ago" and "two decades ago" name decades, "two years ago" a year */
        r_shift(r, c, unit, sign * v);
        return end;
    }
    /* "two days later", "a year earlier", "three weeks before.": counted
       from the story's own timeline ("two days after the vote" stays a
       duration, as TimeML marks it) */
    const tok *nx = T(e);
    /* without an earlier date "later" has nothing to count from: a duration */
    if (v > 0 && v <= 9999 && anchor_has(c, unit) && unit != U_HOUR && unit != U_MIN && unit != U_SEC && !hyph &&
        (nx->w == W_LATER || nx->w == W_EARLIER ||
         ((nx->w == W_BEFORE || nx->w == W_AFTER || nx->w == W_PRIOR) &&
          (T(e + 1)->kind == TK_END || (T(e + 1)->kind == TK_PUNCT && T(e + 1)->ch != '\'' &&
                                         T(e + 1)->ch != '$'))))) {
        int sign = nx->w == W_LATER || nx->w == W_AFTER ? 1 : -1;
        res at;
        memset(&at, 0, sizeof at);
        r_shift_from(&at, anchor_for(c, unit), unit, sign * v);
        r_dur(r, v, unit, NULL);
        r->d = at.d;
        r->prec = at.prec;
        r->flags |= TC_TIMEX_OFFSET;
        return e; /* "later" is a signal (TimeML), outside the expression */
    }
    /* "a year and a half", "two and a half years", "2 1/2 years" */
    if (!hyph && !dec[0] && v >= 0 && T(e)->w == W_AND && CLS(T(e + 1)) == L_A && T(e + 2)->w == W_HALF) {
        snprintf(dec, sizeof dec, "%d.5", v);
        e += 3;
    }
    if (hyph && ispu(T(e), '-') && T(e + 1)->w == W_OLD) e += 2; /* 10-year-old */
    else if (!hyph && T(e)->w == W_OLD) e += 1;                     /* 10 years old */
    else if (hyph && ispu(T(e), '-') && T(e + 1)->w == W_LONG) e += 2;
    r_dur(r, v, unit, dec[0] ? dec : NULL);
    return e;
}

/* bare plural units after "for", "in recent", "over": "for years" */
static int p_bare_units(ctx *c, int i, res *r) {
    int j = i;
    if (T(j)->w == W_RECENT) j++;
    bool plural;
    int unit = unit_of(T(j), &plural);
    if (!unit || !plural || T(j)->w == W_WEEKENDS || unit == U_QUARTER) return 0;
    const tok *pv = i > 0 ? T(i - 1) : NULL;
    if (j == i && !(pv && (pv->w == W_FOR || pv->w == W_OVER || pv->w == W_WITHIN))) return 0;
    if (T(j + 1)->w == W_AGO) return 0;
    if (T(j + 1)->w == W_OF) return 0; /* "years of war" is fine, but "days of talks" too vague */
    r_dur(r, -1, unit, NULL);
    return j + 1;
}

/* years, decades, centuries, fiscal years */
static int p_year(ctx *c, int i, res *r) {
    int k = i;
    bool the = false;
    if (T(k)->w == W_THE) { the = true; k++; }
    const tok *t = T(k);
    /* the 1990s / 1990s / the '90s */
    if (t->kind == TK_NUM && (t->flags & F_S) && t->ndig == 4 && t->num % 10 == 0) {
        r_decade(r, t->num / 10);
        return k + 1;
    }
    if (ispu(t, '\'') && T(k + 1)->kind == TK_NUM && (T(k + 1)->flags & F_S) && T(k + 1)->ndig == 2 &&
        adj(T(k + 1)) && T(k + 1)->num % 10 == 0) {
        int dd = T(k + 1)->num;
        r_decade(r, (dd >= 30 ? 190 : 200) + dd / 10);
        return k + 2;
    }
    /* the 20th century / the nineteenth century */
    if (the && ((t->kind == TK_NUM && (t->flags & F_ORD)) || CLS(t) == L_ORDW) &&
        (T(k + 1)->w == W_CENTURY || (ispu(T(k + 1), '-') && T(k + 2)->w == W_CENTURY))) {
        int n = t->kind == TK_NUM ? t->num : LX(t)->val;
        if (n < 1 || n > 30) return 0;
        r_century(r, n - 1);
        return T(k + 1)->w == W_CENTURY ? k + 2 : k + 3;
    }
    if (the) return 0;
    /* fiscal 2020, FY2020, fiscal year 2020 */
    if (CLS(t) == L_FISCAL) {
        int j = k + 1;
        if (ispu(T(j), '-') && T(j + 1)->w == W_YEAR) j += 2;
        else if (T(j)->w == W_YEAR) j++;
        if (is_year_tok(T(j))) {
            char v[16];
            snprintf(v, sizeof v, "FY%d", T(j)->num);
            r_str(r, TC_TIMEX_DATE, v);
            r->prec = TC_TPREC_YEAR;
            r->d = mkdate(T(j)->num, 0, 0);
            return j + 1;
        }
        return 0;
    }
    if (!is_year_tok(t)) return 0;
    /* a plain four-digit number is a year when it is not money, a count or
       part of a longer number */
    const tok *pv = k > 0 ? T(k - 1) : NULL;
    if (pv && (ispu(pv, '$') || ispu(pv, '#') || (pv->kind == TK_NUM && adj(t)) ||
               (ispu(pv, '.') && adj(t)) || (ispu(pv, ',') && adj(t))))
        return 0;
    const tok *nx = T(k + 1);
    if (ispu(nx, '%') || (nx->kind == TK_NUM && adj(nx)) || (ispu(nx, ':') && adj(nx))) return 0;
    if (nx->kind == TK_WORD && adj(nx)) return 0;
    bool prep = pv && (pv->w == W_IN || pv->w == W_SINCE || pv->w == W_UNTIL || pv->w == W_TILL ||
                       pv->w == W_BY || pv->w == W_BEFORE || pv->w == W_AFTER || pv->w == W_DURING ||
                       pv->w == W_FROM || pv->w == W_THROUGH || pv->w == W_OF || CLS(pv) == L_MOD);
    if (!prep && (t->num < 1900 || t->num > 2099)) return 0;
    /* "1500 rifles", "2000 people": a count before a plural noun */
    if (nx->kind == TK_WORD && !nx->w && !(nx->flags & F_CAP) && nx->end - nx->beg >= 4 &&
        c->text[nx->end - 1] == 's' && c->text[nx->end - 2] != 's' &&
        !(pv && (pv->w == W_THE || ispu(pv, '\''))))
        return 0;
    /* counts: "2000 people" -- a lower-case word after the number that is not
       a noun modified by a year is hard to tell; prepositional contexts and
       sentence-level uses are accepted, others only before a capital or
       punctuation or a known noun-like continuation */
    r_year(r, t->num);
    return k + 1;
}

static int p_season(ctx *c, int i, res *r) {
    const tok *t = T(i);
    if (CLS(t) != L_SEASON) return 0;
    int s = LX(t)->val;
    const tok *pv = i > 0 ? T(i - 1) : NULL;
    if ((t->flags & F_CAP) && pv && (pv->flags & F_CAP) && pv->kind == TK_WORD) return 0; /* Arab Spring */
    if (is_year_tok(T(i + 1))) { r_season(r, T(i + 1)->num, s); return i + 2; }
    if (T(i + 1)->w == W_OF && is_year_tok(T(i + 2))) { r_season(r, T(i + 2)->num, s); return i + 3; }
    /* bare season: "in the summer", "this winter" (handled by deictic) */
    if (LX(t)->aux) { /* "fall" is a verb too */
        if (!(pv && pv->w == W_THE && i > 1 && (T(i - 2)->w == W_IN || T(i - 2)->w == W_DURING))) return 0;
    } else if (!(pv && (pv->w == W_THE || CLS(pv) == L_PREP || CLS(pv) == L_MOD))) {
        return 0;
    }
    int tense = tense_at(c, i, i + 1);
    int y = c->dct.y;
    int startm = season_month[s];
    if (tense == TC_TENSE_PAST && startm > c->dct.m) y--;
    r_season(r, y, s);
    return i + 1;
}

/* the first quarter [of 2013], the third quarter, Q1 2013, first-quarter;
   the first half [of 2013] */
static int p_quarter(ctx *c, int i, res *r) {
    int k = i;
    if (T(k)->w == W_THE) k++;
    const tok *t = T(k);
    int q = 0, j;
    bool half = false;
    if (t->kind == TK_WORD && (t->end - t->beg) == 1 && (c->text[t->beg] | 32) == 'q' &&
        T(k + 1)->kind == TK_NUM && adj(T(k + 1)) && T(k + 1)->num >= 1 && T(k + 1)->num <= 4) {
        q = T(k + 1)->num;
        j = k + 2;
    } else {
        int n = 0;
        if (CLS(t) == L_ORDW) n = LX(t)->val;
        else if (t->kind == TK_NUM && (t->flags & F_ORD)) n = t->num;
        else return 0;
        j = k + 1;
        if (ispu(T(j), '-') && adj(T(j))) j++;
        if (T(j)->w == W_QUARTER) { if (n < 1 || n > 4) return 0; q = n; }
        else if (T(j)->w == W_HALF) { if (n < 1 || n > 2) return 0; q = n; half = true; }
        else return 0;
        j++;
    }
    int y = 0;
    if (T(j)->w == W_OF) {
        int jj = j + 1;
        if (CLS(T(jj)) == L_FISCAL) jj++;
        if (is_year_tok(T(jj))) { y = T(jj)->num; j = jj + 1; }
        else if (T(jj)->w == W_THIS && T(jj + 1)->w == W_YEAR) { y = c->dct.y; j = jj + 2; }
        else if (T(jj)->w == W_LAST && T(jj + 1)->w == W_YEAR) { y = c->dct.y - 1; j = jj + 2; }
        else if (T(jj)->w == W_NEXT && T(jj + 1)->w == W_YEAR) { y = c->dct.y + 1; j = jj + 2; }
        else if (T(jj)->w == W_THE && T(jj + 1)->w == W_YEAR) { y = c->dct.y; j = jj + 2; }
    } else if (is_year_tok(T(j))) {
        y = T(j)->num;
        j++;
    }
    if (!y) {
        y = c->dct.y;
        int curq = half ? (c->dct.m - 1) / 6 + 1 : (c->dct.m - 1) / 3 + 1;
        int tense = tense_at(c, i, j);
        if (tense == TC_TENSE_PAST && q > curq) y--;
        else if (tense == TC_TENSE_UNKNOWN && q > curq && !half) y--; /* results are reported after the fact */
    }
    if (half) r_half(r, y, q);
    else r_quarter(r, y, q);
    return j;
}

/* clock times: 3:00 pm, 3 p.m., 0600 GMT, noon */
static int p_clock(ctx *c, int i, res *r) {
    /* a time with no day of its own ("somewhat after midnight") is on the
       day the story last named ("Early Saturday morning, ... after midnight") */
    int e = p_clock_on(c, i, r, anchor_for(c, U_DAY), false);
    if (!e) return 0;
    /* "2 a.m. Sunday", "10 p.m. yesterday": one time on that day */
    const tok *t = T(e);
    res day;
    memset(&day, 0, sizeof day);
    int de = 0;
    if ((CLS(t) == L_WDAY && (t->flags & F_CAP)) || (CLS(t) == L_RELDAY && !LX(t)->aux)) {
        de = CLS(t) == L_WDAY ? p_weekday(c, e, &day, 99, NULL) : p_relday(c, e, &day);
        if (de && day.type == TC_TIMEX_DATE && day.prec == TC_TPREC_DAY && tc_date_valid(day.d)) {
            char tail[16];
            snprintf(tail, sizeof tail, "%s", r->value + 10); /* "T02:00" */
            r->d = day.d;
            setv(r, "%04d-%02d-%02d%s", day.d.y, day.d.m, day.d.d, tail);
            return de;
        }
    }
    return e;
}

/* a clock time on `day`; strict: only forms that cannot be anything else
   (h:mm with am/pm or a zone, h am/pm) */
static int p_clock_on(ctx *c, int i, res *r, tc_date day, bool strict) {
    const tok *t = T(i);
    if (strict && CLS(t) == L_CLOCK) return 0;
    int h = -1, mi = 0, j;
    if (CLS(t) == L_CLOCK) {
        const tok *pv = i > 0 ? T(i - 1) : NULL;
        if (!(pv && (CLS(pv) == L_PREP || pv->w == W_AFTER || pv->w == W_BEFORE))) return 0;
        h = LX(t)->val;
        if (h == 24) h = 0;
        j = i + 1;
        r_clock(r, day, h, 0);
        if (LX(t)->val == 24) snprintf(r->value + 10, sizeof r->value - 10, "T24:00");
        return j;
    }
    if (t->kind != TK_NUM || (t->flags & (F_ORD | F_S | F_GROUP))) return 0;
    if (ispu(T(i + 1), ':') && adj(T(i + 1)) && T(i + 2)->kind == TK_NUM && adj(T(i + 2)) &&
        T(i + 2)->ndig == 2 && t->ndig <= 2) {
        h = t->num;
        mi = T(i + 2)->num;
        j = i + 3;
        if (h > 23 || mi > 59) return 0;
        if (CLS(T(j)) == L_AMPM) {
            if (h < 1 || h > 12) return 0;
            h = h % 12 + LX(T(j))->val;
            j++;
        } else if (strict && CLS(T(j)) != L_ZONE) {
            return 0;
        } else if (CLS(T(j)) != L_ZONE) {
            /* a bare 3:15 could be a score or a ratio; accept after "at" */
            const tok *pv = i > 0 ? T(i - 1) : NULL;
            if (!(pv && pv->w == W_AT)) return 0;
        }
    } else if (t->ndig <= 2 && CLS(T(i + 1)) == L_AMPM) {
        h = t->num;
        if (h < 1 || h > 12) return 0;
        h = h % 12 + LX(T(i + 1))->val;
        j = i + 2;
    } else if (strict) {
        return 0;
    } else if (t->ndig <= 2 && T(i + 1)->w == W_O && ispu(T(i + 2), '\'') && T(i + 3)->w == W_CLOCK) {
        h = t->num;
        if (h < 1 || h > 12) return 0;
        j = i + 4;
    } else if (t->ndig == 4 && CLS(T(i + 1)) == L_ZONE && t->num % 100 < 60 && t->num / 100 < 24) {
        h = t->num / 100;
        mi = t->num % 100;
        j = i + 1;
    } else {
        return 0;
    }
    if (CLS(T(j)) == L_ZONE && (T(j)->flags & F_UPPER)) j++;
    r_clock(r, day, h, mi);
    return j;
}

/* now, currently, recently, the past, the future, former */
static int p_ref(ctx *c, int i, res *r) {
    const tok *t = T(i);
    if (CLS(t) == L_REF) {
        int v = LX(t)->val;
        if (ispu(T(i + 1), '-') && adj(T(i + 1))) return 0; /* "now-defunct" */
        r_str(r, TC_TIMEX_DATE, v == R_PRESENT ? "PRESENT_REF" : v == R_PAST ? "PAST_REF" : "FUTURE_REF");
        if (LX(t)->aux) r->flags |= TC_TIMEX_WEAK;
        return i + 1;
    }
    if (t->w == W_THE) {
        const tok *u = T(i + 1);
        if (u->w == W_PAST && CLS(T(i + 2)) != L_UNIT && T(i + 2)->kind != TK_NUM && CLS(T(i + 2)) != L_NUMW &&
            CLS(T(i + 2)) != L_FEW && CLS(T(i + 2)) != L_QUARTER) {
            r_str(r, TC_TIMEX_DATE, "PAST_REF");
            return i + 2;
        }
        if (u->w == W_FUTURE) { r_str(r, TC_TIMEX_DATE, "FUTURE_REF"); return i + 2; }
        if (u->w == W_PRESENT && T(i + 2)->kind != TK_WORD) { r_str(r, TC_TIMEX_DATE, "PRESENT_REF"); return i + 2; }
    }
    return 0;
}

/* every Monday, each year, daily, twice a week, three times a year */
static int p_set(ctx *c, int i, res *r) {
    const tok *t = T(i);
    char v[32];
    if (CLS(t) == L_SETADV) {
        int u = LX(t)->val;
        if (u == U_QUARTER) snprintf(v, sizeof v, "P3M");
        else {
            res tmp;
            r_dur(&tmp, 1, u, NULL);
            memcpy(v, tmp.value, sizeof tmp.value);
        }
        r_str(r, TC_TIMEX_SET, v);
        return i + 1;
    }
    int j = i;
    if (CLS(t) == L_FREQ && t->w != W_TIMES) j = i + 1;
    else {
        int n;
        int e = number_at(c, i, &n, NULL, 0, false);
        if (e && T(e)->w == W_TIMES) j = e + 1;
    }
    if (j > i) {
        const tok *a = T(j);
        if (CLS(a) == L_A || a->w == W_PER || a->w == W_EACH || a->w == W_EVERY) {
            bool pl;
            int u = unit_of(T(j + 1), &pl);
            if (u && !pl) {
                res tmp;
                r_dur(&tmp, 1, u, NULL);
                r_str(r, TC_TIMEX_SET, tmp.value);
                return j + 2;
            }
        }
        return 0;
    }
    if (CLS(t) != L_EVERY || t->w == W_PER) return 0;
    j = i + 1;
    if (T(j)->w == W_OTHER) j++;
    const tok *u = T(j);
    if (CLS(u) == L_WDAY && (u->flags & F_CAP)) {
        snprintf(v, sizeof v, "XXXX-WXX-%d", LX(u)->val + 1);
        r_str(r, TC_TIMEX_SET, v);
        return j + 1;
    }
    if (CLS(u) == L_POD) {
        snprintf(v, sizeof v, "TXX%s", pod_code[LX(u)->val]);
        r_str(r, TC_TIMEX_SET, v);
        return j + 1;
    }
    bool pl;
    int un = unit_of(u, &pl);
    if (un && !pl) {
        res tmp;
        r_dur(&tmp, T(i + 1)->w == W_OTHER ? 2 : 1, un, NULL);
        r_str(r, TC_TIMEX_SET, tmp.value);
        return j + 1;
    }
    int n;
    int e = number_at(c, j, &n, NULL, 0, false);
    if (e && n > 0) {
        un = unit_of(T(e), &pl);
        if (un) {
            res tmp;
            r_dur(&tmp, n, un, NULL);
            r_str(r, TC_TIMEX_SET, tmp.value);
            return e + 1;
        }
    }
    return 0;
}

/* "the weekend": the last one in a past-tense clause, else the coming one */
static int p_weekend(ctx *c, int i, res *r) {
    if (T(i)->w != W_THE || T(i + 1)->w != W_WEEKEND) return 0;
    int tense = tense_at(c, i, i + 2);
    int wd = tc_weekday(c->dct);
    tc_date sat;
    if (tense == TC_TENSE_PAST) sat = wd >= 5 ? add_days(c->dct, 5 - wd) : add_days(c->dct, -(wd + 2));
    else sat = add_days(c->dct, wd <= 5 ? 5 - wd : -1);
    r_week(r, sat, true);
    return i + 2;
}

static bool closes_phrase(const tok *t) {
    return t->kind == TK_END || (t->kind == TK_PUNCT && t->ch != '\'' && t->ch != '$');
}

/*
 * Anaphoric expressions, resolved on the story's own timeline: "the same
 * day", "that night", "that year", "the day before." ("the day before the
 * vote" is left alone: TimeML marks the unit, and it has no value here).
 */
static int p_anaphoric(ctx *c, int i, res *r) {
    int k = i;
    bool the = false, same = false, that = false;
    if (T(k)->w == W_THE) { the = true; k++; }
    if (the && T(k)->w == W_SAME) { same = true; k++; }
    else if (!the && T(k)->w == W_THAT) { that = true; k++; }
    if (!the && !that) return 0;
    const tok *u = T(k);
    if (ispu(T(k + 1), '-') && adj(T(k + 1))) return 0; /* "that day-long", "the same-day" */
    int off = 0, e = k + 1;
    if (!same && !that) { /* the day before, the week after */
        const tok *b = T(k + 1);
        if (!(b->w == W_BEFORE || b->w == W_AFTER) || !closes_phrase(T(k + 2))) return 0;
        off = b->w == W_AFTER ? 1 : -1;
        e = k + 2;
    }
    if (CLS(u) == L_POD) {
        r_pod(r, add_days(anchor_for(c, U_DAY), off), LX(u)->val);
        return e;
    }
    bool pl;
    int unit = unit_of(u, &pl);
    if (!unit || pl || unit == U_HOUR || unit == U_MIN || unit == U_SEC || unit == U_FORTNIGHT ||
        u->w == W_SECOND)
        return 0;
    if (unit == U_WEEKEND) {
        tc_date w = anchor_for(c, U_WEEK);
        r_week(r, add_days(w, 7 * off), true);
        return e;
    }
    r_shift_from(r, anchor_for(c, unit), unit, off);
    return e;
}

/* "the morning of November 5", "the night of Friday": a part of that day */
static int core_at(ctx *c, int i, res *best, bool after_edge_mod);
static int p_pod_of(ctx *c, int i, res *r) {
    int k = i;
    if (T(k)->w == W_THE) k++;
    if (CLS(T(k)) != L_POD || T(k + 1)->w != W_OF) return 0;
    res sub;
    memset(&sub, 0, sizeof sub);
    int e = core_at(c, k + 2, &sub, false);
    if (!e || sub.type != TC_TIMEX_DATE || sub.prec != TC_TPREC_DAY || !tc_date_valid(sub.d)) return 0;
    r_pod(r, sub.d, LX(T(k))->val);
    return e;
}

/* Easter Sunday of year y (the Gregorian computus) */
static tc_date easter(int y) {
    int a = y % 19, b = y / 100, cc = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25;
    int g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30, i = cc / 4, k = cc % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
    return mkdate(y, month, day);
}

/*
 * Holidays with a fixed or computable date: Christmas [Day|Eve], New
 * Year's [Day|Eve], Easter [Sunday|Monday], Good Friday, Halloween,
 * Thanksgiving [Day] (US), Boxing Day, Valentine's Day.  The year follows
 * the tense as for "October 31"; a year may follow ("Christmas 2019").
 */
static int p_holiday(ctx *c, int i, res *r) {
    const tok *t = T(i);
    if (t->kind != TK_WORD || !(t->flags & F_CAP)) return 0;
    const tok *pv = i > 0 ? T(i - 1) : NULL;
    int j = i + 1, kind = 0, m = 0, d = 0, shift = 0;
    if (CLS(t) == L_HOLIDAY) {
        kind = LX(t)->val;
        const tok *n = T(j);
        if (kind == H_CHRISTMAS) {
            m = 12; d = 25;
            if (n->w == W_EVE && (n->flags & F_CAP)) { d = 24; j++; }
            else if (n->w == W_DAY && (n->flags & F_CAP)) j++;
        } else if (kind == H_EASTER) {
            m = 4; d = 1;
            if (n->w == W_SUNDAY) j++;
            else if (n->w == W_MONDAY) { shift = 1; j++; }
        } else if (kind == H_HALLOWEEN) {
            m = 10; d = 31;
        } else { /* Thanksgiving */
            m = 11; d = 25;
            if (n->w == W_DAY && (n->flags & F_CAP)) j++;
        }
    } else if (t->w == W_GOOD && T(j)->w == W_FRIDAY && (T(j)->flags & F_CAP)) {
        kind = H_EASTER; m = 4; d = 1; shift = -2; j++;
    } else if (t->w == W_BOXING && T(j)->w == W_DAY && (T(j)->flags & F_CAP)) {
        m = 12; d = 26; j++;
    } else if ((t->w == W_VALENTINE && ispu(T(j), '\'') && T(j + 1)->w == W_S && T(j + 2)->w == W_DAY)) {
        m = 2; d = 14; j += 3;
    } else if (t->w == W_NEW && T(j)->w == W_YEAR && (T(j)->flags & F_CAP)) {
        /* "Chinese New Year", "Lunar New Year" follow another calendar */
        if (pv && pv->kind == TK_WORD && (pv->flags & F_CAP) && !pv->w) return 0;
        m = 1; d = 1; j++;
        if (ispu(T(j), '\'') && T(j + 1)->w == W_S) j += 2;
        if (T(j)->w == W_EVE && (T(j)->flags & F_CAP)) { m = 12; d = 31; j++; }
        else if (T(j)->w == W_DAY && (T(j)->flags & F_CAP)) j++;
    } else {
        return 0;
    }
    /* "Christmas Island", "Easter Rising", "Christmas tree": a name or a noun */
    const tok *n = T(j);
    if (n->kind == TK_WORD && !n->w && j == i + 1) return 0;
    int y = 0;
    if (is_year_tok(n)) { y = n->num; j++; }
    else if (ispu(n, ',') && is_year_tok(T(j + 1))) { y = T(j + 1)->num; j += 2; }
    if (!y) y = year_for_md(c, m, d, tense_at(c, i, j));
    tc_date dt;
    if (kind == H_EASTER) dt = add_days(easter(y), shift);
    else if (kind == H_THANKSGIVING) {
        tc_date n1 = mkdate(y, 11, 1); /* the fourth Thursday of November */
        dt = add_days(n1, (3 - tc_weekday(n1) + 7) % 7 + 21);
    } else dt = mkdate(y, m, d);
    if (!tc_date_valid(dt)) return 0;
    r_day(r, dt);
    return j;
}

/* "the year", "the month", "the week" after an edge mod: "the end of the year" */
static int p_the_unit(ctx *c, int i, res *r) {
    if (T(i)->w != W_THE) return 0;
    bool pl;
    int u = unit_of(T(i + 1), &pl);
    if (!u || pl || u == U_DAY || u == U_HOUR || u == U_MIN || u == U_SEC) return 0;
    r_shift(r, c, u, 0);
    return i + 2;
}

/* the core productions, longest match */
static int core_at(ctx *c, int i, res *best, bool after_edge_mod) {
    int bestend = 0;
    res r;
#define TRY(call)                                                     \
    do {                                                              \
        memset(&r, 0, sizeof r);                                      \
        int e_ = (call);                                              \
        if (e_ > bestend) { bestend = e_; *best = r; best->end = e_; } \
    } while (0)
    TRY(p_rate(c, i, &r)); /* before "a year" as a duration: the first longest match wins */
    TRY(p_numeric_date(c, i, &r));
    TRY(p_month(c, i, &r));
    TRY(p_day_month(c, i, &r));
    TRY(p_weekday(c, i, &r, 99, NULL));
    TRY(p_relday(c, i, &r));
    TRY(p_deictic(c, i, &r));
    TRY(p_number_unit(c, i, &r));
    TRY(p_bare_units(c, i, &r));
    TRY(p_year(c, i, &r));
    TRY(p_season(c, i, &r));
    TRY(p_quarter(c, i, &r));
    TRY(p_clock(c, i, &r));
    TRY(p_ref(c, i, &r));
    TRY(p_set(c, i, &r));
    TRY(p_weekend(c, i, &r));
    TRY(p_anaphoric(c, i, &r));
    TRY(p_pod_of(c, i, &r));
    TRY(p_holiday(c, i, &r));
    if (after_edge_mod) TRY(p_the_unit(c, i, &r));
#undef TRY
    if (bestend) best->beg = i;
    return bestend;
}

/*
 * Mods before a core expression: early/late/mid[-], the end/beginning/
 * middle/start of, about/around/nearly/over, more than, less than, at least,
 * up to, no more than.  Date mods apply to dates, count mods to durations.
 */
static int with_mods(ctx *c, int i, res *best) {
    const tok *t = T(i);
    int j = i, mod = TC_TMOD_NONE;
    bool edge = false, count = false;
    if (CLS(t) == L_MOD && LX(t)->aux == 0) {           /* early, late, mid */
        mod = LX(t)->val;
        j = i + 1;
        if (ispu(T(j), '-') && adj(T(j))) j++;
        else if (T(j)->w == W_IN && mod != TC_TMOD_MID) j++; /* "early in the year" */
    } else if (t->w == W_THE && CLS(T(i + 1)) == L_MOD && LX(T(i + 1))->aux == 1 && T(i + 2)->w == W_OF) {
        mod = LX(T(i + 1))->val;
        j = i + 3;
        edge = true;
    } else if (CLS(t) == L_MOD && LX(t)->aux == 1 && T(i + 1)->w == W_OF && t->w != W_TURN) {
        mod = LX(t)->val;
        j = i + 2;
        edge = true;
    } else if (CLS(t) == L_MOD && LX(t)->aux == 2) {    /* earlier this year */
        j = i + 1;
    } else if (CLS(t) == L_MOD && LX(t)->aux == 3) {    /* about, nearly, over */
        mod = LX(t)->val;
        j = i + 1;
        count = true;
    } else if ((t->w == W_MORE || t->w == W_LESS || t->w == W_FEWER) && T(i + 1)->w == W_THAN) {
        mod = t->w == W_MORE ? TC_TMOD_MORE_THAN : TC_TMOD_LESS_THAN;
        j = i + 2;
        count = true;
    } else if (t->w == W_AT && T(i + 1)->w == W_LEAST) {
        mod = TC_TMOD_EQUAL_OR_MORE; j = i + 2; count = true;
    } else if (t->w == W_UP && T(i + 1)->w == W_TO) {
        mod = TC_TMOD_EQUAL_OR_LESS; j = i + 2; count = true;
    } else if (t->w == W_NO && T(i + 1)->w == W_MORE && T(i + 2)->w == W_THAN) {
        mod = TC_TMOD_EQUAL_OR_LESS; j = i + 3; count = true;
    } else if (t->w == W_SOME && T(i + 1)->kind == TK_NUM) {
        mod = TC_TMOD_APPROX; j = i + 1; count = true;
    } else {
        return 0;
    }
    /* count mods stand before a count: "over three years", not "over the past decade" */
    if (count && !(T(j)->kind == TK_NUM || CLS(T(j)) == L_NUMW || CLS(T(j)) == L_A ||
                   (CLS(T(j)) == L_FEW && T(j)->w != W_SOME)))
        return 0;
    res r;
    memset(&r, 0, sizeof r);
    int e = core_at(c, j, &r, edge);
    if (!e) return 0;
    if (count) {
        if (r.type != TC_TIMEX_DURATION && !(mod == TC_TMOD_APPROX && r.type != TC_TIMEX_SET)) return 0;
        if (r.type != TC_TIMEX_DURATION && t->w == W_OVER) return 0;
        if (r.type == TC_TIMEX_DATE && r.prec == TC_TPREC_NONE) return 0; /* "about the future" */
    } else if (r.type != TC_TIMEX_DATE && r.type != TC_TIMEX_TIME) {
        return 0;
    }
    if (r.prec == TC_TPREC_NONE && r.type == TC_TIMEX_DATE && !count) return 0; /* early PAST_REF */
    *best = r;
    best->beg = i;
    best->end = e;
    if (mod != TC_TMOD_NONE) best->mod = (uint8_t)mod;
    return e;
}

static void run_chunk(ctx *c, tc_timex *out, size_t cap, size_t *nfound) {
    int i = 0;
    while (i < c->nt) {
        const tok *t = &c->t[i];
        if (t->kind == TK_PUNCT && t->ch != '\'') { i++; continue; }
        res best;
        memset(&best, 0, sizeof best);
        int e = with_mods(c, i, &best);
        if (!e) e = core_at(c, i, &best, false);
        if (!e) { i++; continue; }
        /* "early Sunday" when "Sunday" alone would be longer is impossible; but
           a core match may be longer than the mod one ("over 10 years" is mod) */
        if (*nfound < cap) {
            tc_timex *x = &out[*nfound];
            memset(x, 0, sizeof *x);
            x->beg = c->t[best.beg].beg;
            x->end = c->t[e - 1].end;
            x->type = best.type;
            x->mod = best.mod;
            x->precision = best.prec;
            x->flags = best.flags;
            x->year = best.d.y;
            x->month = best.d.m;
            x->day = best.d.d;
            memcpy(x->value, best.value, sizeof x->value);
        }
        anchor_update(c, &best);
        (*nfound)++;
        i = e;
    }
}

int tc_time_find_ex(const tc_timerec *R, const char *text, size_t n, tc_date dct, const tc_sent *s,
                    tc_timex *out, size_t cap, size_t *nfound) {
    return tc_time_find_anchored(R, text, n, dct, s, NULL, out, cap, nfound);
}

int tc_time_find_anchored(const tc_timerec *R, const char *text, size_t n, tc_date dct, const tc_sent *s,
                          tc_time_anchor *anchor, tc_timex *out, size_t cap, size_t *nfound) {
    if (!R || !text || !nfound || (cap && !out) || !tc_date_valid(dct)) return TC_MISUSE;
    tc_time_anchor fresh;
    memset(&fresh, 0, sizeof fresh);
    *nfound = 0;
    ctx *c = NULL;
    /* the chunk buffer is ~10 KB: on the stack */
    ctx local;
    c = &local;
    c->R = R;
    c->text = text;
    c->n = n;
    c->dct = dct;
    c->dct_days = tc_date_to_days(dct);
    c->s = s;
    c->an = anchor ? anchor : &fresh;
    size_t pos = 0;
    while (pos < n && next_chunk(c, &pos)) run_chunk(c, out, cap, nfound);
    return TC_OK;
}

int tc_time_find(const tc_timerec *r, const char *text, size_t n, const char *dct, tc_timex *out,
                 size_t cap, size_t *nfound) {
    tc_date d;
    if (!dct || !tc_date_parse(dct, strlen(dct), &d) || !tc_date_valid(d)) return TC_MISUSE;
    return tc_time_find_ex(r, text, n, d, NULL, out, cap, nfound);
}

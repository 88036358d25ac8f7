/*
 * segment.c -- tokenizer, multi-word token splitter and sentence splitter for
 * raw English news, following the UD English (EWT, GUM) conventions so that
 * the tagger and parser trained on those treebanks see the words they were
 * trained on.
 *
 * It works in three passes over one document, all linear:
 *   1. surface tokens: the text is cut at whitespace into chunks, and each
 *      chunk is cut into tokens by hand-written rules (URLs and e-mail
 *      addresses whole; words with their internal periods, commas between
 *      digits, apostrophes and kept hyphens; abbreviations keep their final
 *      period; runs of the same punctuation such as "..." or "!!!" whole; any
 *      other punctuation character alone).  UD English splits hyphenated
 *      words ("30 - year"), except after some prefixes ("non-", "co-") that
 *      the data-derived table lists;
 *   2. sentence boundaries: blank lines always end a sentence; final
 *      punctuation ends one unless the next word starts in lower case, with
 *      closing quotes and brackets pulled into the ending sentence;
 *      abbreviations end one only when the train data saw them sentence-final;
 *      short lines without final punctuation (headlines) end one;
 *   3. multi-word tokens: clitics split as in UD English ("ca" "n't",
 *      "Iraq" "'s", "Galois" "'") by generic suffix rules plus a table
 *      learnt from the train data for forms without apostrophes ("gon" "na").
 * Decisions look at ASCII or at Unicode categories (utf8proc); forms keep the
 * original bytes, so curly quotes stay curly in the output.
 */
#include "text/segment.h"
#include "text/tables.h"

#include <string.h>
#include <utf8proc.h>

/* One surface token; offsets are document bytes. */
typedef struct stok {
    uint32_t beg, end;
    uint8_t nl;     /* newlines in the whitespace before it: 0, 1, or 2 (blank line) */
    uint8_t space;  /* whitespace before it */
    uint8_t word;   /* begins with a letter or digit: may be a multi-word token */
    uint8_t abbr;   /* a word that kept its final period (abbreviation) */
} stok;

typedef struct seg {
    const tc_alloc *A;
    const char *s;
    size_t n;
    stok *t;
    size_t nt, cap;
    bool oom;
} seg;

enum { C_SPACE, C_ALNUM, C_PUNCT };

/* Class of the code point at s[i] (valid UTF-8 assumed); *len = its bytes. */
static int char_class(const char *s, size_t n, size_t i, int *len, int32_t *cpo) {
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) {
        *len = 1;
        if (cpo) *cpo = c;
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return C_SPACE;
        if ((c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) return C_ALNUM;
        if (c < 0x20 || c == 0x7f) return C_SPACE;
        return C_PUNCT;
    }
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t l = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(n - i), &cp);
    if (l <= 0) { *len = 1; if (cpo) *cpo = 0xFFFD; return C_PUNCT; }
    *len = (int)l;
    if (cpo) *cpo = cp;
    if (cp == 0xFEFF || cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060) return C_SPACE;
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_ZS: case UTF8PROC_CATEGORY_ZL: case UTF8PROC_CATEGORY_ZP:
    case UTF8PROC_CATEGORY_CC:
        return C_SPACE;
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME: case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
        return C_ALNUM;
    default:
        return C_PUNCT;
    }
}

static bool is_alnum_at(const seg *g, size_t i, size_t e) {
    int l;
    return i < e && char_class(g->s, e, i, &l, NULL) == C_ALNUM;
}
static bool is_digit(char c) { return c >= '0' && c <= '9'; }
static bool is_upper_ascii(char c) { return c >= 'A' && c <= 'Z'; }
static bool is_lower_ascii(char c) { return c >= 'a' && c <= 'z'; }
static bool is_alpha_ascii(char c) { return is_upper_ascii(c) || is_lower_ascii(c); }
static char lower_ascii(char c) { return is_upper_ascii(c) ? (char)(c + 32) : c; }

/* Length of an apostrophe (' or U+2019) at s[i], else 0. */
static int apos_at(const char *s, size_t e, size_t i) {
    if (i < e && s[i] == '\'') return 1;
    if (i + 2 < e && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
        (unsigned char)s[i + 2] == 0x99)
        return 3;
    return 0;
}

static bool push(seg *g, size_t b, size_t e, int nl, bool space, bool word, bool abbr) {
    if (g->nt == g->cap) {
        size_t cap = g->cap ? 2 * g->cap : 256;
        stok *t = tc_mem_realloc(g->A, g->t, cap * sizeof *t);
        if (!t) { g->oom = true; return false; }
        g->t = t;
        g->cap = cap;
    }
    stok *t = &g->t[g->nt++];
    t->beg = (uint32_t)b;
    t->end = (uint32_t)e;
    t->nl = (uint8_t)(nl > 2 ? 2 : nl);
    t->space = space;
    t->word = word;
    t->abbr = abbr;
    return true;
}

/* ---- abbreviations --------------------------------------------------- */

/* Common news abbreviations beyond those the train data holds twice; `ends`
   marks those that may end a sentence ("Inc." yes, "Gen." never). */
static const struct { const char *form; bool ends; } news_abbrevs[] = {
    {"Adm.", false}, {"Apr.", false}, {"Ariz.", true}, {"Aug.", false}, {"Bros.", true},
    {"Calif.", true}, {"Capt.", false}, {"Cmdr.", false}, {"Co.", true}, {"Col.", false},
    {"Colo.", true}, {"Conn.", true}, {"Corp.", true}, {"Cpl.", false}, {"Dec.", false},
    {"Dr.", false}, {"Feb.", false}, {"Fla.", true}, {"Ft.", false}, {"Gen.", false},
    {"Gov.", false}, {"Inc.", true}, {"Jan.", false}, {"Jr.", true}, {"Lt.", false},
    {"Ltd.", true}, {"Maj.", false}, {"Mar.", false}, {"Mr.", false}, {"Mrs.", false},
    {"Ms.", false}, {"Mt.", false}, {"Nov.", false}, {"Oct.", false}, {"Okla.", true},
    {"Prof.", false}, {"Rep.", false}, {"Rev.", false}, {"Sen.", false}, {"Sep.", false},
    {"Sept.", false}, {"Sgt.", false}, {"Sr.", true}, {"St.", false}, {"Tenn.", true},
    {"approx.", false}, {"vs.", false},
};

/* 0 = not an abbreviation, 1 = abbreviation that never ends a sentence,
   2 = abbreviation that may end one.  s[0..n) includes the final period. */
static int abbrev_kind(const char *s, size_t n) {
    int kind = 0;
    for (int i = 0; i < tc_text_nabbrevs; i++) {
        const char *f = tc_text_abbrevs[i].form;
        if (strlen(f) != n) continue;
        bool eq = memcmp(f, s, n) == 0;
        /* "e.g." also as "E.g." */
        if (!eq && is_lower_ascii(f[0]) && lower_ascii(s[0]) == f[0] && memcmp(f + 1, s + 1, n - 1) == 0)
            eq = true;
        if (eq) { kind = tc_text_abbrevs[i].final > 0 ? 2 : 1; break; }
    }
    for (size_t i = 0; i < TC_COUNTOF(news_abbrevs); i++) {
        const char *f = news_abbrevs[i].form;
        if (strlen(f) == n && memcmp(f, s, n) == 0) {
            if (news_abbrevs[i].ends) kind = 2;
            else if (!kind) kind = 1;
            break;
        }
    }
    if (kind) return kind;
    /* an initial ("W.") or letters joined by periods ("U.S.", "Ph.D.", "e.g."):
       segments of one or two letters, at least one inner period */
    if (n == 2 && is_upper_ascii(s[0])) return 1;
    size_t seglen = 0, periods = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '.') {
            if (seglen == 0 || seglen > 2) return 0;
            seglen = 0;
            periods++;
        } else if (is_alpha_ascii(s[i])) {
            seglen++;
        } else {
            return 0;
        }
    }
    return periods >= 2 ? 2 : 0;
}

static bool hyphen_prefix(const char *s, size_t n) {
    if (n == 0 || n > 16) return false;
    char low[17];
    for (size_t i = 0; i < n; i++) low[i] = lower_ascii(s[i]);
    for (int i = 0; i < tc_text_nhyphen_prefixes; i++) {
        const char *p = tc_text_hyphen_prefixes[i];
        if (strlen(p) == n && memcmp(p, low, n) == 0) return true;
    }
    return false;
}

/* ---- pass 1: surface tokens ------------------------------------------ */

static bool starts_with_ci(const char *s, size_t n, const char *lit) {
    size_t k = strlen(lit);
    if (n < k) return false;
    for (size_t i = 0; i < k; i++)
        if (lower_ascii(s[i]) != lit[i]) return false;
    return true;
}

/* Closing punctuation stripped from the end of a URL or e-mail address. */
static bool url_trailer(char c) {
    return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' ||
           c == ']' || c == '}' || c == '"' || c == '\'' || c == '>';
}

/* End of a URL starting at q inside the chunk [q, e), or q if none. */
static size_t url_end(const seg *g, size_t q, size_t e) {
    const char *s = g->s + q;
    size_t n = e - q;
    if (!(starts_with_ci(s, n, "http://") || starts_with_ci(s, n, "https://") ||
          starts_with_ci(s, n, "ftp://") || (starts_with_ci(s, n, "www.") && n > 5)))
        return q;
    size_t end = e;
    /* stop before a closing curly quote */
    for (size_t i = q; i + 2 < e; i++)
        if ((unsigned char)g->s[i] == 0xE2 && (unsigned char)g->s[i + 1] == 0x80 &&
            ((unsigned char)g->s[i + 2] == 0x9D || (unsigned char)g->s[i + 2] == 0x99)) {
            end = i;
            break;
        }
    while (end > q + 4 && url_trailer(g->s[end - 1])) {
        /* keep a ')' that closes a '(' inside the URL */
        if (g->s[end - 1] == ')' && memchr(g->s + q, '(', end - q)) break;
        end--;
    }
    return end;
}

static bool email_char(char c) {
    return is_alpha_ascii(c) || is_digit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}

/* End of an e-mail address starting at q, or q if none. */
static size_t email_end(const seg *g, size_t q, size_t e) {
    const char *s = g->s;
    size_t i = q;
    while (i < e && email_char(s[i])) i++;
    if (i == q || i >= e || s[i] != '@') return q;
    size_t at = i++;
    size_t dom = i;
    bool dot = false;
    while (i < e && (is_alpha_ascii(s[i]) || is_digit(s[i]) || s[i] == '.' || s[i] == '-' || s[i] == '_')) {
        if (s[i] == '.' && i + 1 < e && (is_alpha_ascii(s[i + 1]) || is_digit(s[i + 1]))) dot = true;
        i++;
    }
    while (i > dom && (s[i - 1] == '.' || s[i - 1] == '-')) i--;
    /* "Warner@ENRON": internal addresses without a dotted domain */
    if (i <= at + 2 || (!dot && (at - q < 2 || i - dom < 3))) return q;
    return i;
}

static bool all_digits(const char *s, size_t n) {
    if (n == 0) return false;
    for (size_t i = 0; i < n; i++)
        if (!is_digit(s[i])) return false;
    return true;
}

/*
 * Scans a word starting at q (a letter or digit, or "'" before digits) inside
 * the chunk [q, e).  Returns its end; *abbr is set when a final period was
 * taken as part of an abbreviation.
 */
static size_t scan_word(const seg *g, size_t q, size_t e, bool *abbr) {
    const char *s = g->s;
    size_t p = q, part = q; /* part: start of the current hyphen-separated part */
    int l;
    *abbr = false;
    if (apos_at(s, e, p)) p += (size_t)apos_at(s, e, p);
    for (;;) {
        while (p < e && char_class(s, e, p, &l, NULL) == C_ALNUM) p += (size_t)l;
        if (p >= e) break;
        char c = s[p];
        int al;
        if (c == '.' && is_alnum_at(g, p + 1, e)) { p++; continue; }
        if (c == ',' && p > q && is_digit(s[p - 1]) && p + 3 < e && all_digits(s + p + 1, 3) &&
            (p + 4 >= e || !is_digit(s[p + 4]))) { p++; continue; }
        if ((c == ':' || c == '/') && p > q && is_digit(s[p - 1]) && p + 1 < e && is_digit(s[p + 1])) {
            p++;
            continue;
        }
        if (c == '_' && is_alnum_at(g, p + 1, e)) { p++; continue; }
        if (c == '&' && p > q && is_upper_ascii(s[p - 1]) && p + 1 < e && is_upper_ascii(s[p + 1])) {
            p++;
            continue;
        }
        if ((al = apos_at(s, e, p)) != 0 && p + (size_t)al < e && is_alpha_ascii(s[p + (size_t)al])) {
            p += (size_t)al;
            continue;
        }
        if (c == '-' && is_alnum_at(g, p + 1, e)) {
            /* dates: 2021-11-07, 12-20-2000 */
            if (all_digits(s + part, p - part)) {
                size_t r = p, lens[3], k = 0, b = part;
                while (k < 3) {
                    size_t d = b;
                    while (d < e && is_digit(s[d])) d++;
                    lens[k++] = d - b;
                    r = d;
                    if (d + 1 < e && s[d] == '-' && is_digit(s[d + 1]) && k < 3) b = d + 1;
                    else break;
                }
                bool date = k == 3 && (r >= e || !is_alnum_at(g, r, e)) &&
                            ((lens[0] == 4 && lens[1] <= 2 && lens[2] <= 2) ||
                             (lens[0] <= 2 && lens[1] <= 2 && lens[2] == 4));
                if (date) {
                    p = r;
                    part = r;
                    continue;
                }
            }
            /* phone numbers and codes: 345-9945, 713-853-3989 */
            size_t r = p + 1;
            while (r < e && is_digit(s[r])) r++;
            if (all_digits(s + part, p - part) && p - part >= 3 && r - (p + 1) >= 3) {
                part = p + 1;
                p = r;
                continue;
            }
            if (hyphen_prefix(s + part, p - part)) {
                p++;
                part = p;
                continue;
            }
            break;
        }
        break;
    }
    if (p < e && s[p] == '.' && p > q) {
        int k = abbrev_kind(s + q, p + 1 - q);
        /* "No. 5" */
        if (!k && p - q == 2 && lower_ascii(s[q]) == 'n' && s[q + 1] == 'o' && p + 1 == e) {
            size_t r = p + 1;
            while (r < g->n && (s[r] == ' ')) r++;
            if (r > p + 1 && r < g->n && is_digit(s[r])) k = 1;
        }
        if (k) { *abbr = true; return p + 1; }
    }
    /* possessive plural: "parents'" (not a closing quote: the caller checks) */
    int al;
    if (p < e && (al = apos_at(s, e, p)) != 0 && p - q >= 2 && (s[p - 1] == 's' || s[p - 1] == 'S') &&
        (p + (size_t)al >= e || !is_alnum_at(g, p + (size_t)al, e)))
        return p + (size_t)al;
    return p;
}

/* Runs of these characters form one token ("...", "--", "!!!", "___"). */
static bool run_char(char c) {
    return c == '.' || c == '-' || c == '!' || c == '?' || c == '_' || c == '*' || c == '=' || c == '$' ||
           c == '~' || c == '>' || c == '<' || c == '#' || c == '+' || c == '/';
}

static bool tokenize(seg *g) {
    const char *s = g->s;
    size_t n = g->n, i = 0;
    int nl = 0;
    bool space = false;
    bool squote = false; /* a straight single quote is open in this paragraph */
    while (i < n) {
        int l;
        int cls = char_class(s, n, i, &l, NULL);
        if (cls == C_SPACE) {
            if (s[i] == '\n') nl++;
            space = true;
            i += (size_t)l;
            continue;
        }
        if (nl >= 2) squote = false;
        size_t e = i;
        while (e < n && char_class(s, n, e, &l, NULL) != C_SPACE) e += (size_t)l;
        size_t q = i;
        while (q < e) {
            size_t t;
            bool abbr = false, word = false;
            int c0 = char_class(s, e, q, &l, NULL);
            if ((t = url_end(g, q, e)) > q || (t = email_end(g, q, e)) > q) {
                /* whole */
            } else if (c0 == C_ALNUM || (s[q] == '@' && is_alnum_at(g, q + 1, e)) ||
                       (s[q] == '#' && q + 1 < e && is_alpha_ascii(s[q + 1])) ||
                       (apos_at(s, e, q) == 1 && q + 1 < e && is_digit(s[q + 1]))) {
                size_t from = s[q] == '@' || s[q] == '#' ? q + 1 : q; /* "@user", "#tag" */
                t = scan_word(g, from, e, &abbr);
                word = c0 == C_ALNUM;
                /* a trailing straight quote closes an open quote rather than marking a possessive */
                if (t > from && s[t - 1] == '\'' && squote && !(t - from >= 2 && s[t - 2] == '\'')) t--;
                /* "5pm", "7:30PM", "70k", "375mm": number and unit apart, but
                   ordinals and decades ("20th", "1990s") and single letters
                   other than k/m/f/p/x ("4A") stay whole, as in EWT train */
                if (t - q >= 2 && is_digit(s[q]) && !abbr) {
                    size_t m = q;
                    while (m < t && (is_digit(s[m]) || ((s[m] == ':' || s[m] == '.') && m + 1 < t && is_digit(s[m + 1]))))
                        m++;
                    size_t k = m;
                    while (k < t && is_alpha_ascii(s[k])) k++;
                    size_t sl = t - m;
                    bool split = m > q && k == t && sl > 0;
                    if (split) {
                        char a0 = lower_ascii(s[m]), a1 = sl > 1 ? lower_ascii(s[m + 1]) : 0;
                        if (sl == 1) split = a0 == 'k' || a0 == 'm' || a0 == 'f' || a0 == 'p' || a0 == 'x';
                        else if (sl == 2) split = !((a0 == 't' && a1 == 'h') || (a0 == 's' && a1 == 't') ||
                                                    (a0 == 'n' && a1 == 'd') || (a0 == 'r' && a1 == 'd'));
                    }
                    if (split) {
                        if (!push(g, q, m, nl, space, true, false)) return false;
                        nl = 0;
                        space = false;
                        q = m;
                    }
                }
            } else if (run_char(s[q])) {
                t = q + 1;
                while (t < e && s[t] == s[q]) t++;
                if (s[q] == '!' || s[q] == '?')
                    while (t < e && (s[t] == '!' || s[t] == '?')) t++;
            } else if ((s[q] == ':' || s[q] == ';') && q + 1 < e &&
                       (s[q + 1] == ')' || s[q + 1] == '(' || s[q + 1] == 'D' || s[q + 1] == 'P' ||
                        (s[q + 1] == '-' && q + 2 < e && (s[q + 2] == ')' || s[q + 2] == '('))) &&
                       (q + 2 + (s[q + 1] == '-') >= e || !is_alnum_at(g, q + 2 + (s[q + 1] == '-'), e))) {
                /* emoticons ":)", ";)", ":-)", ":D" */
                t = q + 2 + (s[q + 1] == '-');
            } else {
                t = q + (size_t)l;
                if (s[q] == '\'') {
                    /* an opening quote at the start of a word, else a closing one */
                    bool opening = (q == i || !is_alnum_at(g, q - 1, e)) && is_alnum_at(g, t, e);
                    squote = opening ? true : (q > i && squote ? false : squote);
                }
            }
            if (!push(g, q, t, nl, space, word, abbr)) return false;
            nl = 0;
            space = false;
            q = t;
        }
        i = e;
    }
    return true;
}

/* ---- pass 2: sentence boundaries ------------------------------------- */

static bool tok_is(const seg *g, const stok *t, const char *lit) {
    size_t k = strlen(lit);
    return t->end - t->beg == k && memcmp(g->s + t->beg, lit, k) == 0;
}

/* Closing quotes and brackets that belong to the sentence before them. */
static bool is_emoticon(const seg *g, const stok *t) {
    return tok_is(g, t, ":)") || tok_is(g, t, ":(") || tok_is(g, t, ";)") || tok_is(g, t, ":-)") ||
           tok_is(g, t, ":-(") || tok_is(g, t, ":P") || tok_is(g, t, ":D");
}

static bool is_closer(const seg *g, const stok *t) {
    if (t->nl == 0 && is_emoticon(g, t)) return true; /* "I love her. :)" */
    if (t->space && !(tok_is(g, t, "\xE2\x80\x9D") || tok_is(g, t, "\xE2\x80\x99"))) return false;
    return tok_is(g, t, "\"") || tok_is(g, t, "'") || tok_is(g, t, ")") || tok_is(g, t, "]") ||
           tok_is(g, t, "\xE2\x80\x9D") || tok_is(g, t, "\xE2\x80\x99") || tok_is(g, t, "\xC2\xBB");
}

/* Sentence-final punctuation: ".", "?", "!", runs of them, "…". */
static int final_kind(const seg *g, const stok *t) {
    const char *s = g->s + t->beg;
    size_t n = t->end - t->beg;
    if (n == 3 && memcmp(s, "\xE2\x80\xA6", 3) == 0) return 2;
    for (size_t i = 0; i < n; i++)
        if (s[i] != '.' && s[i] != '!' && s[i] != '?') return 0;
    if (s[0] == '.' && n >= 2) return 2; /* ellipsis: weaker */
    return 1;
}

/* Does the token look like the start of a sentence? */
static bool starts_sentence(const seg *g, const stok *t) {
    const char *s = g->s + t->beg;
    int l;
    int32_t cp;
    int cls = char_class(g->s, t->end, t->beg, &l, &cp);
    if (cls == C_ALNUM) {
        if (cp < 0x80) return !is_lower_ascii(s[0]);
        return utf8proc_category(cp) != UTF8PROC_CATEGORY_LL;
    }
    /* punctuation that cannot open a sentence */
    if (tok_is(g, t, ",") || tok_is(g, t, ";") || tok_is(g, t, ":") || tok_is(g, t, ")") ||
        tok_is(g, t, "%") || tok_is(g, t, "]"))
        return false;
    return true;
}

/* Shape "d+/d+/d+" (a date) or "d+:d+" / "d+:d+:d+" (a time). */
static bool shape_is(const seg *g, const stok *t, char sep, int parts_min, int parts_max) {
    const char *s = g->s + t->beg;
    size_t n = t->end - t->beg;
    int parts = 1;
    size_t run = 0;
    for (size_t i = 0; i < n; i++) {
        if (is_digit(s[i])) { run++; continue; }
        if (s[i] != sep || run == 0) return false;
        parts++;
        run = 0;
    }
    return run > 0 && parts >= parts_min && parts <= parts_max;
}

/*
 * E-mail headers in forwarded mail ("Kay Mann 04/26/2001 07:17 AM Will you
 * ...") have no punctuation, yet UD EWT makes the date line a sentence: end
 * one before a date followed by a time unless a lower-case word ("on")
 * introduces it, and after the AM/PM that closes such a line.
 */
static bool header_break(const seg *g, size_t i) {
    const stok *t = &g->t[i];
    if (i + 2 < g->nt && shape_is(g, &g->t[i + 1], '/', 3, 3) && shape_is(g, &g->t[i + 2], ':', 2, 3))
        return !is_lower_ascii(g->s[t->beg]) && !tok_is(g, t, ",") && !tok_is(g, t, ":");
    if (i >= 2 && (tok_is(g, t, "AM") || tok_is(g, t, "PM")) && shape_is(g, &g->t[i - 1], ':', 2, 3) &&
        shape_is(g, &g->t[i - 2], '/', 3, 3) && i + 1 < g->nt) {
        const stok *nx = &g->t[i + 1];
        int l;
        return char_class(g->s, nx->end, nx->beg, &l, NULL) == C_ALNUM || tok_is(g, nx, "\"");
    }
    return false;
}

/* A lower-case closed-class word ("for", "the", "and", "to"): a line
   ending in one is a hard-wrapped line of running text, never a headline. */
static bool is_function_word(const seg *g, const stok *t) {
    static const char *const words[] = {
        "a", "about", "after", "against", "among", "an", "and", "as", "at", "before", "between",
        "but", "by", "during", "for", "from", "has", "had", "have", "in", "into", "is", "its",
        "near", "nor", "of", "on", "onto", "or", "over", "since", "than", "that", "the", "their",
        "these", "this", "those", "through", "to", "toward", "towards", "under", "until", "upon",
        "was", "were", "which", "who", "whose", "will", "with", "within", "without", "would"};
    size_t n = t->end - t->beg;
    if (n == 0 || n > 8 || !is_lower_ascii(g->s[t->beg])) return false;
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (tok_is(g, t, words[i])) return true;
    return false;
}

/* Capitalised closed-class words that open sentences ("The", "He", "In"). */
static bool is_sentence_opener(const seg *g, const stok *t) {
    static const char *const words[] = {
        "A", "According", "After", "Also", "An", "And", "As", "At", "Before", "But", "By", "During",
        "Each", "Even", "For", "From", "He", "Her", "His", "However", "I", "If", "In", "It", "Its",
        "Many", "Meanwhile", "Most", "My", "No", "Now", "On", "One", "Our", "She", "Since", "So",
        "Some", "That", "The", "Their", "There", "These", "They", "This", "Those", "Thus", "To",
        "Under", "We", "What", "When", "Where", "While", "Who", "With", "Yet", "You"};
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (tok_is(g, t, words[i])) return true;
    return false;
}

/* Marks brk[i] = true when a sentence ends after surface token i. */
static void split_sentences(const seg *g, bool *brk) {
    size_t nt = g->nt;
    for (size_t i = 0; i < nt; i++) {
        const stok *t = &g->t[i];
        if (i + 1 >= nt) { brk[i] = true; break; }
        const stok *nx = &g->t[i + 1];
        if (nx->nl >= 2) { brk[i] = true; continue; }
        if (nx->nl == 1) {
            /* a line that ends without final punctuation: a headline or
               dateline when short and followed by a capitalised line */
            size_t lb = t->beg;
            while (lb > 0 && g->s[lb - 1] != '\n') lb--;
            if (t->end - lb < 60 && !final_kind(g, t) && starts_sentence(g, nx) &&
                !is_function_word(g, t) && !tok_is(g, t, ",") && !tok_is(g, t, ":") && !tok_is(g, t, "-")) {
                brk[i] = true;
                continue;
            }
        }
        if (header_break(g, i)) { brk[i] = true; continue; }
        int fk = final_kind(g, t);
        int ak = 0;
        if (!fk && t->abbr) {
            ak = abbrev_kind(g->s + t->beg, t->end - t->beg);
            if (ak != 2) continue;
        }
        if (!fk && !ak) continue;
        /* pull closing quotes and brackets into this sentence */
        size_t j = i + 1;
        while (j < nt && g->t[j].nl < 2 && is_closer(g, &g->t[j])) j++;
        if (j >= nt) { i = j - 1; brk[i] = true; break; }
        const stok *st = &g->t[j];
        if (!st->space && st->nl == 0 && j == i + 1) continue; /* "3.5", "a.b" glued */
        if (final_kind(g, st)) continue;                          /* ". . ." spaced */
        bool starts = starts_sentence(g, st);
        if (ak || fk == 2) {
            /* after an abbreviation or an ellipsis: only before a capital */
            int l;
            int32_t cp;
            if (char_class(g->s, st->end, st->beg, &l, &cp) != C_ALNUM || !starts) continue;
            /* "U.S. President Joe Biden", "U.N. Security Council": after an
               abbreviation a capitalised content word goes on the name; a new
               sentence starts with a pronoun, determiner, preposition ... */
            if (ak && !is_sentence_opener(g, st)) continue;
        } else if (!starts) {
            /* after ".", "?", "!" even a lower-case word starts a sentence
               (95% of the time in EWT train: web text), but not punctuation */
            int l;
            if (char_class(g->s, st->end, st->beg, &l, NULL) != C_ALNUM) continue;
        }
        brk[j - 1] = true;
        i = j - 1;
    }
}

/*
 * Bounds every sentence to SEG_MAX_TOKENS tokens: a longer run (a list, a
 * table, text without punctuation, a fuzzer's output) is cut after the last
 * ',', ';' or ':' of its final quarter, else at the cap.  Later stages have
 * per-sentence steps that grow with the square of its length (and the
 * parser keeps word numbers in 16 bits), so this keeps the work per story
 * linear in its length.  No sentence of the project's news sets comes near
 * the cap (the longest has 449 words).
 */
#define SEG_MAX_TOKENS 512
static void cap_sentences(const seg *g, bool *brk) {
    size_t start = 0;
    for (size_t i = 0; i < g->nt; i++) {
        if (brk[i]) { start = i + 1; continue; }
        if (i + 1 - start < SEG_MAX_TOKENS) continue;
        size_t cut = i;
        for (size_t k = i; k > i - SEG_MAX_TOKENS / 4; k--)
            if (tok_is(g, &g->t[k], ",") || tok_is(g, &g->t[k], ";") || tok_is(g, &g->t[k], ":")) { cut = k; break; }
        brk[cut] = true;
        start = cut + 1;
        i = cut;
    }
}

/* ---- pass 3: multi-word tokens --------------------------------------- */

/* Splits word s[0..n) into parts; returns the number of parts (1 = none)
   and their byte lengths in len[]. */
static int mwt_split(const char *s, size_t n, size_t len[4]) {
    len[0] = n;
    if (n < 2) return 1;
    /* table of forms without apostrophes ("gonna", "cannot"); a word longer
       than all of them, or with another first letter, is none */
    unsigned ini = (unsigned char)lower_ascii(s[0]) - 'a';
    if (n <= 24 && n <= tc_text_mwt_maxlen && (tc_text_mwt_initials >> (ini < 26 ? ini : 26) & 1)) {
        char low[25];
        for (size_t i = 0; i < n; i++) low[i] = lower_ascii(s[i]);
        low[n] = 0;
        int lo = 0, hi = tc_text_nmwts - 1;
        while (lo <= hi) {
            int mid = (lo + hi) / 2;
            /* the first bytes settle most steps without a call */
            const char *e = tc_text_mwts[mid].lower;
            int c = (unsigned char)e[0] - (unsigned char)low[0];
            if (!c) c = strcmp(e, low);
            if (c == 0) {
                const tc_mwt_rule *r = &tc_text_mwts[mid];
                int k = 0;
                size_t sum = 0;
                while (k < 4 && r->len[k]) { len[k] = r->len[k]; sum += r->len[k]; k++; }
                if (sum == n && k >= 2) return k;
                break;
            }
            if (c < 0) lo = mid + 1; else hi = mid - 1;
        }
    }
    /* generic clitics: n't, 's, 'm, 're, 've, 'll, 'd, and s' -- all need an
       apostrophe, ASCII or the first byte of U+2019 */
    if (!memchr(s, '\'', n) && !memchr(s, 0xE2, n)) return 1;
    static const char *const suf[] = {"s", "m", "d", "re", "ve", "ll"};
    for (int al = 1; al <= 3; al += 2) {
        /* "n't" */
        if (n >= (size_t)al + 3) {
            size_t a = n - 1 - (size_t)al;
            if (lower_ascii(s[n - 1]) == 't' && apos_at(s, n, a) == al && lower_ascii(s[a - 1]) == 'n' && a - 1 >= 1) {
                len[0] = a - 1;
                len[1] = n - (a - 1);
                return 2;
            }
        }
        for (size_t k = 0; k < TC_COUNTOF(suf); k++) {
            size_t sl = strlen(suf[k]);
            if (n < sl + (size_t)al + 1) continue;
            size_t a = n - sl - (size_t)al;
            if (apos_at(s, n, a) != al) continue;
            bool eq = true;
            for (size_t m = 0; m < sl; m++)
                if (lower_ascii(s[a + (size_t)al + m]) != suf[k][m]) eq = false;
            if (!eq) continue;
            char pc = s[a - 1];
            if (!(is_alpha_ascii(pc) || is_digit(pc) || (unsigned char)pc >= 0x80 || pc == '.')) continue;
            len[0] = a;
            len[1] = n - a;
            return 2;
        }
        /* possessive plural "parents'" */
        if (n >= (size_t)al + 2 && apos_at(s, n, n - (size_t)al) == al &&
            (s[n - (size_t)al - 1] == 's' || s[n - (size_t)al - 1] == 'S')) {
            len[0] = n - (size_t)al;
            len[1] = (size_t)al;
            return 2;
        }
    }
    return 1;
}

/* ---- output ------------------------------------------------------------ */

static int build(seg *g, tc_arena *a, const bool *brk, tc_sent **out, int *nsent) {
    int ns = 0;
    for (size_t i = 0; i < g->nt; i++) ns += brk[i];
    tc_sent *S = ns ? tc_arena_calloc(a, (size_t)ns, sizeof *S) : NULL;
    if (ns && !S) return TC_NOMEM;
    size_t first = 0;
    int si = 0;
    for (size_t i = 0; i < g->nt; i++) {
        if (!brk[i]) continue;
        tc_sent *st = &S[si];
        size_t b = g->t[first].beg, e = g->t[i].end;
        st->text = tc_arena_strndup(a, g->s + b, e - b);
        st->doc_beg = (uint32_t)b;
        st->index = si + 1;
        int nw = 0, nm = 0;
        size_t len[4], fbytes = 0;
        for (size_t k = first; k <= i; k++) {
            const stok *t = &g->t[k];
            int p = t->word && !t->abbr ? mwt_split(g->s + t->beg, t->end - t->beg, len) : 1;
            nw += p;
            nm += p > 1;
            if (p == 1) len[0] = t->end - t->beg;
            for (int q = 0; q < p; q++) fbytes += len[q] + 1;
            if (p > 1) fbytes += t->end - t->beg + 1; /* the multi-word token's own form */
        }
        st->tok = tc_arena_calloc(a, (size_t)nw, sizeof *st->tok);
        st->mwt = nm ? tc_arena_calloc(a, (size_t)nm, sizeof *st->mwt) : NULL;
        /* the sentence's forms side by side in one block: one arena string
           each cost 16 bytes or more (a word is 5 on average) */
        char *fb = tc_arena_alloc(a, fbytes);
        if (!st->text || !st->tok || (nm && !st->mwt) || !fb) return TC_NOMEM;
        int w = 0, m = 0;
        for (size_t k = first; k <= i; k++) {
            const stok *t = &g->t[k];
            const char *f = g->s + t->beg;
            size_t fn = t->end - t->beg;
            int p = t->word && !t->abbr ? mwt_split(f, fn, len) : 1;
            if (p == 1) len[0] = fn;
            uint32_t rb = (uint32_t)(t->beg - b), re = (uint32_t)(t->end - b);
            if (p > 1) {
                st->mwt[m].first = w + 1;
                st->mwt[m].last = w + p;
                memcpy(fb, f, fn);
                fb[fn] = 0;
                st->mwt[m].form = fb;
                fb += fn + 1;
                st->mwt[m].beg = rb;
                st->mwt[m].end = re;
                m++;
            }
            size_t off = 0;
            for (int q = 0; q < p; q++) {
                tc_tok *tk = &st->tok[w++];
                memcpy(fb, f + off, len[q]);
                fb[len[q]] = 0;
                tk->form = fb;
                fb += len[q] + 1;
                off += len[q];
                tk->upos = TC_UPOS_NONE;
                tk->head = -1;
                tk->beg = rb;
                tk->end = re;
            }
        }
        st->n = nw;
        st->nmwt = nm;
        si++;
        first = i + 1;
    }
    *out = S;
    *nsent = ns;
    return a->oom ? TC_NOMEM : TC_OK;
}

int tc_segment(tc_arena *a, const char *text, size_t n, tc_sent **out, int *nsent, size_t *bad_at) {
    seg g;
    bool *brk = NULL;
    int rc = TC_OK;
    memset(&g, 0, sizeof g);
    *out = NULL;
    *nsent = 0;
    if (n >= UINT32_MAX) return TC_MISUSE;
    size_t ok = tc_utf8_valid_prefix(text, n);
    if (ok < n) {
        if (bad_at) *bad_at = ok;
        return TC_FORMAT;
    }
    /* a NUL byte is valid UTF-8 but would cut the sentence strings short */
    const char *nul = memchr(text, 0, n);
    if (nul) {
        if (bad_at) *bad_at = (size_t)(nul - text);
        return TC_FORMAT;
    }
    g.A = a->A;
    g.s = text;
    g.n = n;
    if (!tokenize(&g)) { rc = TC_NOMEM; goto fail; }
    if (g.nt == 0) goto fail;
    brk = tc_mem_calloc(g.A, g.nt, sizeof *brk);
    if (!brk) { rc = TC_NOMEM; goto fail; }
    split_sentences(&g, brk);
    cap_sentences(&g, brk);
    rc = build(&g, a, brk, out, nsent);
    if (rc != TC_OK) { *out = NULL; *nsent = 0; }
fail:
    tc_mem_free(g.A, brk);
    tc_mem_free(g.A, g.t);
    return rc;
}

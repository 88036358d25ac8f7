/*
 * test_text.c -- tc_segment: multi-word tokens and their offsets, sentence
 * texts and document offsets, errors on invalid input, allocation failures
 * (every allocation in turn), and a fixed-seed fuzz loop over random bytes
 * and random mixes of tricky fragments, checking invariants (run under
 * ASan/UBSan by `make check-san`).  Word-by-word expectations on news text
 * live in tests/golden/text (tests/check/text_golden.sh).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "text/segment.h"
#include "text/tables.h"

static int seg(tc_arena *a, const char *s, tc_sent **out, int *ns) {
    size_t bad = 0;
    return tc_segment(a, s, strlen(s), out, ns, &bad);
}

static void test_mwt(void **st) {
    (void)st;
    tc_arena a;
    tc_arena_init(&a, NULL, 4096);
    tc_sent *s;
    int ns;
    const char *txt = "Iraq\xE2\x80\x99s leaders can't agree, they're told.";
    assert_int_equal(seg(&a, txt, &s, &ns), TC_OK);
    assert_int_equal(ns, 1);
    assert_string_equal(s[0].text, txt);
    assert_int_equal(s[0].doc_beg, 0);
    assert_int_equal(s[0].index, 1);
    const char *want[] = {"Iraq", "\xE2\x80\x99s", "leaders", "ca", "n't", "agree", ",", "they", "'re", "told", "."};
    assert_int_equal(s[0].n, 11);
    for (int i = 0; i < 11; i++) {
        assert_string_equal(s[0].tok[i].form, want[i]);
        assert_int_equal(s[0].tok[i].head, -1);
        assert_int_equal(s[0].tok[i].upos, TC_UPOS_NONE);
        assert_null(s[0].tok[i].lemma);
    }
    assert_int_equal(s[0].nmwt, 3);
    assert_int_equal(s[0].mwt[0].first, 1);
    assert_int_equal(s[0].mwt[0].last, 2);
    assert_string_equal(s[0].mwt[0].form, "Iraq\xE2\x80\x99s");
    assert_int_equal(s[0].mwt[1].first, 4);
    assert_int_equal(s[0].mwt[1].last, 5);
    assert_string_equal(s[0].mwt[1].form, "can't");
    /* both parts of an MWT carry the surface span */
    assert_int_equal(s[0].tok[3].beg, 17);
    assert_int_equal(s[0].tok[3].end, 22);
    assert_int_equal(s[0].tok[4].beg, 17);
    assert_int_equal(s[0].tok[4].end, 22);
    assert_int_equal(s[0].mwt[2].first, 8);
    tc_arena_free(&a);
}

/* mwt_split rules words out on the table's longest form and first letters */
static void test_mwt_table_bounds(void **st) {
    (void)st;
    for (int i = 0; i < tc_text_nmwts; i++) {
        const char *l = tc_text_mwts[i].lower;
        unsigned k = (unsigned char)l[0] - 'a';
        assert_true(strlen(l) <= tc_text_mwt_maxlen);
        assert_true(tc_text_mwt_initials >> (k < 26 ? k : 26) & 1);
    }
}

static void test_sentences_and_offsets(void **st) {
    (void)st;
    tc_arena a;
    tc_arena_init(&a, NULL, 4096);
    tc_sent *s;
    int ns;
    const char *txt = "  Headline here\n\nMr. Smith went to Washington. He said \"no.\" Then left\n\nEnd";
    assert_int_equal(seg(&a, txt, &s, &ns), TC_OK);
    assert_int_equal(ns, 5);
    assert_string_equal(s[0].text, "Headline here");
    assert_int_equal(s[0].doc_beg, 2);
    assert_string_equal(s[1].text, "Mr. Smith went to Washington.");
    assert_string_equal(s[2].text, "He said \"no.\"");
    assert_string_equal(s[3].text, "Then left");
    assert_string_equal(s[4].text, "End");
    for (int i = 0; i < ns; i++) {
        assert_int_equal(s[i].index, i + 1);
        assert_memory_equal(txt + s[i].doc_beg, s[i].text, strlen(s[i].text));
        for (int w = 0; w < s[i].n; w++) {
            const tc_tok *t = &s[i].tok[w];
            assert_true(t->beg < t->end && t->end <= strlen(s[i].text));
            if (s[i].nmwt == 0) assert_memory_equal(s[i].text + t->beg, t->form, t->end - t->beg);
        }
    }
    assert_string_equal(s[1].tok[0].form, "Mr.");
    tc_arena_free(&a);
}

/* A single newline ends a short line that looks like a headline, but not a
   hard-wrapped line that ends in a function word. */
static void test_wrapped_lines(void **st) {
    (void)st;
    tc_arena a;
    tc_arena_init(&a, NULL, 4096);
    tc_sent *s;
    int ns;
    const char *wrapped = "The minister left for\nParis on Monday, the agency said.";
    assert_int_equal(seg(&a, wrapped, &s, &ns), TC_OK);
    assert_int_equal(ns, 1);
    const char *heads = "Minister leaves\nThe minister left for Paris on Monday.";
    assert_int_equal(seg(&a, heads, &s, &ns), TC_OK);
    assert_int_equal(ns, 2);
    assert_string_equal(s[0].text, "Minister leaves");
    const char *abbr = "Kadhimi met U.S. President Joe Biden. The troops returned to the U.S. They left.";
    assert_int_equal(seg(&a, abbr, &s, &ns), TC_OK);
    assert_int_equal(ns, 3);
    assert_string_equal(s[0].text, "Kadhimi met U.S. President Joe Biden.");
    assert_string_equal(s[1].text, "The troops returned to the U.S.");
    const char *the = "Troops struck a target near the\nU.S. embassy, officials said.";
    assert_int_equal(seg(&a, the, &s, &ns), TC_OK);
    assert_int_equal(ns, 1);
    tc_arena_free(&a);
}

static void test_errors(void **st) {
    (void)st;
    tc_arena a;
    tc_arena_init(&a, NULL, 4096);
    tc_sent *s;
    int ns = 7;
    size_t bad = 0;
    assert_int_equal(tc_segment(&a, "", 0, &s, &ns, &bad), TC_OK);
    assert_int_equal(ns, 0);
    assert_null(s);
    assert_int_equal(tc_segment(&a, " \n\t ", 4, &s, &ns, &bad), TC_OK);
    assert_int_equal(ns, 0);
    assert_int_equal(tc_segment(&a, "ab\xC3(cd", 6, &s, &ns, &bad), TC_FORMAT);
    assert_int_equal(bad, 2);
    assert_int_equal(tc_segment(&a, "ab\xFF", 3, &s, &ns, NULL), TC_FORMAT);
    assert_int_equal(tc_segment(&a, "a\0b", 3, &s, &ns, &bad), TC_FORMAT);
    assert_int_equal(bad, 1);
    tc_arena_free(&a);
}

/* ---- allocation failures --------------------------------------------- */

struct failing { int left; int hit; };
static void *f_malloc(void *ud, size_t n) {
    struct failing *f = ud;
    if (f->left-- == 0) { f->hit = 1; return NULL; }
    return malloc(n);
}
static void *f_realloc(void *ud, void *p, size_t n) {
    struct failing *f = ud;
    if (f->left-- == 0) { f->hit = 1; return NULL; }
    return realloc(p, n);
}
static void f_free(void *ud, void *p) { (void)ud; free(p); }

static void test_oom(void **st) {
    (void)st;
    char big[6000];
    size_t k = 0;
    while (k + 60 < sizeof big) {
        memcpy(big + k, "Iraq's Gen. Smith can't go. He won't stay (really). ", 52);
        k += 52;
    }
    big[k] = 0;
    for (int n = 0;; n++) {
        struct failing f = {n, 0};
        tc_alloc A = {f_malloc, f_realloc, f_free, &f};
        tc_arena a;
        tc_arena_init(&a, &A, 1024);
        tc_sent *s;
        int ns;
        size_t bad;
        int rc = tc_segment(&a, big, k, &s, &ns, &bad);
        tc_arena_free(&a);
        if (!f.hit) {
            assert_int_equal(rc, TC_OK);
            assert_true(ns > 10);
            break;
        }
        assert_int_equal(rc, TC_NOMEM);
        assert_true(n < 10000);
    }
}

/* ---- fuzzing ------------------------------------------------------------ */

static uint32_t rnd(uint64_t *x) {
    *x = *x * 6364136223846793005ULL + 1442695040888963407ULL;
    return (uint32_t)(*x >> 33);
}

static void check_invariants(const char *doc, size_t n, const tc_sent *s, int ns) {
    uint32_t prev_end = 0;
    for (int i = 0; i < ns; i++) {
        size_t len = strlen(s[i].text);
        assert_true(len > 0);
        assert_true(s[i].doc_beg >= prev_end && s[i].doc_beg + len <= n);
        assert_memory_equal(doc + s[i].doc_beg, s[i].text, len);
        prev_end = s[i].doc_beg + (uint32_t)len;
        assert_true(s[i].n > 0);
        int m = 0;
        for (int w = 1; w <= s[i].n;) {
            const tc_tok *t = &s[i].tok[w - 1];
            assert_true(t->beg < t->end && t->end <= len);
            if (m < s[i].nmwt && s[i].mwt[m].first == w) {
                const tc_mwt *mt = &s[i].mwt[m++];
                assert_true(mt->last > mt->first && mt->last <= s[i].n);
                /* the parts spell the surface form */
                char buf[256];
                size_t bl = 0;
                for (int q = mt->first; q <= mt->last; q++) {
                    size_t fl = strlen(s[i].tok[q - 1].form);
                    assert_true(fl > 0 && bl + fl < sizeof buf);
                    memcpy(buf + bl, s[i].tok[q - 1].form, fl);
                    bl += fl;
                }
                assert_int_equal(bl, mt->end - mt->beg);
                assert_memory_equal(buf, s[i].text + mt->beg, bl);
                w = mt->last + 1;
            } else {
                assert_int_equal(strlen(t->form), t->end - t->beg);
                assert_memory_equal(t->form, s[i].text + t->beg, t->end - t->beg);
                w++;
            }
        }
    }
}

static void test_fuzz(void **st) {
    (void)st;
    static const char *const frag[] = {
        "Mr.", " ", "\n", "\n\n", "U.S.", "'s", "n't", "can't", "\xE2\x80\x99", "\xE2\x80\x9C", "\xE2\x80\x9D",
        ".", "...", "?!", "\"", "'", "(", ")", "-", "--", "30-year", "2,800", "1.5", "http://a.b/c?d=1.",
        "x@y.com", "@", ":)", "Iraq", "gonna", "a", "B", "\xC2\xA0", "\xE2\x80\xA6", "5pm", "s'", "$", "%",
        "\xC3\xA9", "\xF0\x9F\x98\x80", ",", ";", ":", "non-", "713-853-3989", "'90s", "\t", "Inc.", "e.g.",
    };
    uint64_t x = 12345;
    char doc[512];
    for (int it = 0; it < 4000; it++) {
        size_t n = 0;
        if (it % 2 == 0) {
            size_t len = rnd(&x) % sizeof doc;
            for (; n < len; n++) doc[n] = (char)(rnd(&x) & 0xff);
        } else {
            while (n < sizeof doc - 40) {
                const char *f = frag[rnd(&x) % TC_COUNTOF(frag)];
                size_t fl = strlen(f);
                memcpy(doc + n, f, fl);
                n += fl;
                if (rnd(&x) % 8 == 0) break;
            }
        }
        tc_arena a;
        tc_arena_init(&a, NULL, 4096);
        tc_sent *s;
        int ns;
        size_t bad = 0;
        int rc = tc_segment(&a, doc, n, &s, &ns, &bad);
        assert_true(rc == TC_OK || rc == TC_FORMAT);
        if (rc == TC_FORMAT) assert_true(bad < n);
        else check_invariants(doc, n, s, ns);
        tc_arena_free(&a);
    }
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_mwt),
        cmocka_unit_test(test_mwt_table_bounds),
        cmocka_unit_test(test_sentences_and_offsets),
        cmocka_unit_test(test_wrapped_lines),
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_oom),
        cmocka_unit_test(test_fuzz),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

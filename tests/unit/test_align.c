/*
 * test_align.c -- tc_align_words against the behaviour the CoNLL 2018
 * evaluation script documents: identical segmentations, multi-word tokens on
 * either side, partial overlaps and case-insensitive LCS inside multi-word
 * spans, plus the Tokens / Sentences scores and the refusal of different
 * underlying texts.
 *
 * Words are written as in the script's own tests: "a" is a plain word, and
 * "abc a b c" is a multi-word token "abc" made of the words a, b, c.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "text/align.h"

/* Builds one sentence from NULL-terminated specs. */
static tc_sent mk(tc_arena *a, const char *const *spec) {
    tc_sent s;
    memset(&s, 0, sizeof s);
    int nw = 0, nm = 0;
    for (int i = 0; spec[i]; i++) {
        int parts = 1;
        for (const char *p = spec[i]; *p; p++) parts += *p == ' ';
        nw += parts > 1 ? parts - 1 : 1;
        nm += parts > 1;
    }
    s.tok = tc_arena_calloc(a, (size_t)nw, sizeof *s.tok);
    s.mwt = nm ? tc_arena_calloc(a, (size_t)nm, sizeof *s.mwt) : NULL;
    for (int i = 0; spec[i]; i++) {
        char *dup = tc_arena_strdup(a, spec[i]);
        char *save = NULL, *first = strtok_r(dup, " ", &save), *w;
        if (!strchr(spec[i], ' ')) {
            s.tok[s.n++].form = first;
            continue;
        }
        s.mwt[s.nmwt].form = first;
        s.mwt[s.nmwt].first = s.n + 1;
        while ((w = strtok_r(NULL, " ", &save)) != NULL) s.tok[s.n++].form = w;
        s.mwt[s.nmwt].last = s.n;
        s.nmwt++;
    }
    s.text = "";
    return s;
}

/* Aligned word count of gold vs system, each one sentence; -1 if refused. */
static int aligned(const char *const *gold, const char *const *sys) {
    tc_arena a;
    tc_arena_init(&a, NULL, 4096);
    tc_sent g = mk(&a, gold), s = mk(&a, sys);
    tc_align al;
    int rc = tc_align_words(&a, &g, 1, &s, 1, &al);
    int n = -1;
    if (rc == TC_OK) {
        n = 0;
        for (int i = 0; i < al.ngold; i++) n += al.sys_of_gold[i] >= 0;
        /* Words F1 agrees with the count */
        assert_true(al.words_f1 * (al.ngold + al.nsys) > 2.0 * n - 1e-9);
        assert_true(al.words_f1 * (al.ngold + al.nsys) < 2.0 * n + 1e-9);
    }
    tc_arena_free(&a);
    return n;
}

#define W(...) ((const char *const[]){__VA_ARGS__, NULL})

static void test_refuses_other_text(void **st) {
    (void)st;
    assert_int_equal(aligned(W("a"), W("b")), -1);
    assert_int_equal(aligned(W("ab"), W("a")), -1);
}

static void test_equal(void **st) {
    (void)st;
    assert_int_equal(aligned(W("a"), W("a")), 1);
    assert_int_equal(aligned(W("a", "b", "c"), W("a", "b", "c")), 3);
}

static void test_equal_with_multiword(void **st) {
    (void)st;
    assert_int_equal(aligned(W("abc a b c"), W("a", "b", "c")), 3);
    assert_int_equal(aligned(W("a", "bc b c", "d"), W("a", "b", "c", "d")), 4);
    assert_int_equal(aligned(W("abcd a b c d"), W("ab a b", "cd c d")), 4);
    assert_int_equal(aligned(W("abc a b c", "de d e"), W("a", "bcd b c d", "e")), 5);
}

static void test_partial(void **st) {
    (void)st;
    assert_int_equal(aligned(W("abcd"), W("a", "b", "c", "d")), 0);
    assert_int_equal(aligned(W("abc", "d"), W("a", "b", "c", "d")), 1);
    assert_int_equal(aligned(W("a", "bc", "d"), W("a", "b", "c", "d")), 2);
    assert_int_equal(aligned(W("a", "bc b c", "d"), W("a", "b", "cd")), 2);
    assert_int_equal(aligned(W("abc a BX c", "def d EX f"), W("ab a b", "cd c d", "ef e f")), 4);
    assert_int_equal(aligned(W("ab a b", "cd bc d"), W("a", "bc", "d")), 2);
    assert_int_equal(aligned(W("a", "bc b c", "d"), W("ab AX BX", "cd CX a")), 1);
}

static void test_case_insensitive_and_utf8(void **st) {
    (void)st;
    /* "Don't" split differently in case: LCS compares lowercased forms */
    assert_int_equal(aligned(W("Don't Do n't"), W("Don't do N'T")), 2);
    /* a no-break space inside a gold form is removed before comparing */
    assert_int_equal(aligned(W("10\xC2\xA0" "000"), W("10000")), 1);
    assert_int_equal(aligned(W("\xC3\x89T\xC3\x89 \xC3\x89T \xC3\x89"), W("\xC3\x89T\xC3\x89 \xC3\xA9t \xC3\xA9")), 2);
}

static void test_scores(void **st) {
    (void)st;
    tc_arena a;
    tc_arena_init(&a, NULL, 4096);
    /* gold: two sentences "a b ." / "c d ."; system: one sentence, "cd" one token */
    tc_sent g[2] = {mk(&a, W("a", "b", ".")), mk(&a, W("c", "d", "."))};
    tc_sent s[1] = {mk(&a, W("a", "b", ".", "cd", "."))};
    tc_align al;
    assert_int_equal(tc_align_words(&a, g, 2, s, 1, &al), TC_OK);
    assert_int_equal(al.ngold, 6);
    assert_int_equal(al.nsys, 5);
    /* tokens: 4 of 6 gold, 4 of 5 system */
    assert_true(al.tokens_p > 0.8 - 1e-9 && al.tokens_p < 0.8 + 1e-9);
    assert_true(al.tokens_r > 4.0 / 6 - 1e-9 && al.tokens_r < 4.0 / 6 + 1e-9);
    assert_true(al.tokens_f1 > 8.0 / 11 - 1e-9 && al.tokens_f1 < 8.0 / 11 + 1e-9);
    assert_true(al.sentences_f1 < 1e-9);
    assert_int_equal(al.sys_of_gold[0], 0);
    assert_int_equal(al.sys_of_gold[3], -1);
    assert_int_equal(al.sys_of_gold[5], 4);
    /* three system sentences, one equal to a gold one: F1 = 2*1/(2+3) */
    tc_sent s2[3] = {mk(&a, W("a", "b", ".")), mk(&a, W("cd")), mk(&a, W("."))};
    assert_int_equal(tc_align_words(&a, g, 2, s2, 3, &al), TC_OK);
    assert_true(al.sentences_f1 > 0.4 - 1e-9 && al.sentences_f1 < 0.4 + 1e-9);
    tc_arena_free(&a);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_refuses_other_text),
        cmocka_unit_test(test_equal),
        cmocka_unit_test(test_equal_with_multiword),
        cmocka_unit_test(test_partial),
        cmocka_unit_test(test_case_insensitive_and_utf8),
        cmocka_unit_test(test_scores),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

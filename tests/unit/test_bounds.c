/* test_bounds.c -- the segmenter's sentence cap (issue 16, item 1): a run
   of words without sentence punctuation is cut into sentences of at most
   512 tokens, after a comma of the last quarter when there is one, and no
   word is lost; a sentence under the cap is left whole. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/core.h"
#include "text/segment.h"

static char *words(int n, int comma_every) {
    char *t = malloc((size_t)n * 12 + 16);
    assert_non_null(t);
    size_t k = 0;
    for (int i = 0; i < n; i++) {
        k += (size_t)sprintf(t + k, "word%d", i % 1000);
        if (comma_every && i % comma_every == comma_every - 1) t[k++] = ',';
        t[k++] = ' ';
    }
    t[k] = 0;
    return t;
}

static void test_cap(void **st) {
    (void)st;
    tc_arena a;
    tc_arena_init(&a, NULL, 1 << 16);
    char *t = words(3000, 0);
    tc_sent *s;
    int ns = 0;
    assert_int_equal(tc_segment(&a, t, strlen(t), &s, &ns, NULL), TC_OK);
    int total = 0;
    for (int i = 0; i < ns; i++) {
        assert_true(s[i].n <= 512);
        total += s[i].n;
    }
    assert_int_equal(total, 3000);
    assert_int_equal(ns, 6); /* 5 x 512 + 440 */
    assert_int_equal(s[0].n, 512);
    tc_arena_free(&a);
    free(t);
}

static void test_cap_at_comma(void **st) {
    (void)st;
    tc_arena a;
    tc_arena_init(&a, NULL, 1 << 16);
    /* a comma after every 100th word: tokens are 101 per 100 words, the
       last comma within the first 512 tokens is the 5th (token 505) */
    char *t = words(1000, 100);
    tc_sent *s;
    int ns = 0;
    assert_int_equal(tc_segment(&a, t, strlen(t), &s, &ns, NULL), TC_OK);
    assert_true(ns >= 2);
    assert_int_equal(s[0].n, 505);
    assert_string_equal(s[0].tok[504].form, ",");
    tc_arena_free(&a);
    free(t);
}

static void test_under_cap(void **st) {
    (void)st;
    tc_arena a;
    tc_arena_init(&a, NULL, 1 << 16);
    char *t = words(480, 0);
    strcat(t, ".");
    tc_sent *s;
    int ns = 0;
    assert_int_equal(tc_segment(&a, t, strlen(t), &s, &ns, NULL), TC_OK);
    assert_int_equal(ns, 1);
    assert_int_equal(s[0].n, 481);
    tc_arena_free(&a);
    free(t);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_cap),
        cmocka_unit_test(test_cap_at_comma),
        cmocka_unit_test(test_under_cap),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

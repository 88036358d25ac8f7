/* test_learn.c -- names learned in a story, surname and spelling-variant
   look-ups, pronouns and speakers. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "code/learn.h"

static tc_sent mk(tc_arena *a, const char *const *forms, int n, int index) {
    tc_sent s;
    memset(&s, 0, sizeof s);
    s.tok = tc_arena_calloc(a, (size_t)n, sizeof *s.tok);
    for (int i = 0; i < n; i++) s.tok[i].form = forms[i];
    s.n = n;
    s.index = index;
    return s;
}

static void test_names(void **st) {
    (void)st;
    tc_arena a;
    tc_arena_init(&a, NULL, 0);
    learn_state L;
    learn_init(&L, &a);
    const char *s1[] = {"Prime", "Minister", "Mustafa", "al-Kadhimi", "said"};
    tc_sent a1 = mk(&a, s1, 5, 1);
    assert_true(learn_bind(&L, &a1, 3, 4, "IRQGOV", true));
    const char *s2[] = {"Kadhimi", "’s", "office"};
    tc_sent a2 = mk(&a, s2, 3, 2);
    bool person = false;
    assert_string_equal(learn_lookup(&L, &a2, 1, 1, &person), "IRQGOV");
    assert_true(person);
    const char *s3[] = {"In", "a", "tweet", ",", "KADHEMI", "called"};
    tc_sent a3 = mk(&a, s3, 6, 3);
    assert_string_equal(learn_lookup(&L, &a3, 5, 5, NULL), "IRQGOV"); /* one letter off */
    const char *s4[] = {"Kadri", "Kazemi", "Mustafa"};
    tc_sent a4 = mk(&a, s4, 3, 4);
    assert_null(learn_lookup(&L, &a4, 1, 1, NULL));  /* short, different */
    assert_null(learn_lookup(&L, &a4, 2, 2, NULL));  /* two letters off a 7-letter name */
    assert_null(learn_lookup(&L, &a4, 3, 3, NULL));  /* a first name is not a surname */
    assert_string_equal(learn_lookup(&L, &a1, 3, 4, NULL), "IRQGOV");
    tc_arena_free(&a);
}

static void test_pronouns(void **st) {
    (void)st;
    tc_arena a;
    tc_arena_init(&a, NULL, 0);
    learn_state L;
    learn_init(&L, &a);
    assert_null(learn_pronoun(&L, "he", 1));
    learn_mention(&L, "IRQGOV", true);
    learn_mention(&L, "USA", false);
    assert_string_equal(learn_pronoun(&L, "He", 2), "IRQGOV");
    assert_string_equal(learn_pronoun(&L, "his", 2), "IRQGOV");
    assert_string_equal(learn_pronoun(&L, "it", 2), "USA");
    assert_null(learn_pronoun(&L, "we", 2));
    learn_speaker(&L, "USAGOV", 5);
    assert_string_equal(learn_pronoun(&L, "We", 6), "USAGOV");
    assert_null(learn_pronoun(&L, "we", 9));
    assert_null(learn_pronoun(&L, "the", 6));
    assert_int_equal(learn_edit_distance("kadhimi", "kadhemi", 2), 1);
    assert_int_equal(learn_edit_distance("abc", "abcdef", 2), 3);
    tc_arena_free(&a);
}

int main(void) {
    const struct CMUnitTest tests[] = {cmocka_unit_test(test_names), cmocka_unit_test(test_pronouns)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}

/* test_conllu.c -- CoNLL-U blocks in and out. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "core/conllu.h"

static const char block[] =
    "# sent_id = s1\n"
    "# text = Iraq's leader can't go.\n"
    "1-2\tIraq's\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "1\tIraq\tIraq\tPROPN\tNNP\tNumber=Sing\t3\tnmod:poss\t_\t_\n"
    "2\t's\t's\tPART\tPOS\t_\t1\tcase\t_\t_\n"
    "3\tleader\tleader\tNOUN\tNN\t_\t6\tnsubj\t_\t_\n"
    "4-5\tcan't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "4\tca\tcan\tAUX\tMD\t_\t6\taux\t_\t_\n"
    "5\tn't\tnot\tPART\tRB\t_\t6\tadvmod\t_\t_\n"
    "6\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n"
    "7\t.\t.\tPUNCT\t.\t_\t6\tpunct\t_\t_\n"
    "\n"
    "1\tNext\tnext\tADJ\tJJ\t_\t0\troot\t_\t_\n";

static void test_roundtrip(void **st) {
    (void)st;
    tc_arena a;
    tc_arena_init(&a, NULL, 0);
    tc_sent s;
    size_t used = 0;
    char err[128];
    assert_int_equal(tc_conllu_parse(&a, block, strlen(block), &s, &used, err, sizeof err), TC_OK);
    assert_int_equal(s.n, 7);
    assert_int_equal(s.nmwt, 2);
    assert_string_equal(s.id, "s1");
    assert_string_equal(s.tok[2].form, "leader");
    assert_int_equal(s.tok[2].head, 6);
    assert_string_equal(s.tok[0].deprel, "nmod:poss");
    assert_int_equal(s.tok[5].upos, TC_UPOS_VERB);
    assert_int_equal(s.tok[2].beg, 7);  /* "leader" in "Iraq's leader ..." */
    assert_int_equal(s.mwt[1].beg, 14); /* "can't" */
    assert_null(s.tok[1].feats);
    tc_buf b;
    tc_buf_init(&b, NULL);
    assert_true(tc_conllu_write(&b, &s));
    size_t first_block = (size_t)(strstr(block, "\n\n") - block) + 2;
    assert_int_equal(b.n, first_block);
    assert_memory_equal(b.p, block, first_block);
    tc_sent s2;
    size_t used2;
    assert_int_equal(tc_conllu_parse(&a, block + used, strlen(block) - used, &s2, &used2, err, sizeof err), TC_OK);
    assert_int_equal(s2.n, 1);
    assert_string_equal(s2.text, "Next");
    tc_buf_free(&b);
    tc_arena_free(&a);
}

static void test_errors(void **st) {
    (void)st;
    tc_arena a;
    tc_arena_init(&a, NULL, 0);
    tc_sent s;
    char err[128];
    const char *bad1 = "1\tA\ta\tNOUN\n";
    assert_int_equal(tc_conllu_parse(&a, bad1, strlen(bad1), &s, NULL, err, sizeof err), TC_FORMAT);
    assert_non_null(strstr(err, "line 1"));
    const char *bad2 = "1\tA\ta\tNOUN\t_\t_\t0\troot\t_\t_\n3\tB\tb\tNOUN\t_\t_\t1\tdep\t_\t_\n";
    assert_int_equal(tc_conllu_parse(&a, bad2, strlen(bad2), &s, NULL, err, sizeof err), TC_FORMAT);
    assert_non_null(strstr(err, "line 2"));
    const char *bad3 = "1\tA\ta\tNOUN\t_\t_\t9\troot\t_\t_\n";
    assert_int_equal(tc_conllu_parse(&a, bad3, strlen(bad3), &s, NULL, err, sizeof err), TC_FORMAT);
    assert_int_equal(tc_conllu_parse(&a, "\n\n", 2, &s, NULL, err, sizeof err), TC_DONE);
    tc_arena_free(&a);
}

int main(void) {
    const struct CMUnitTest tests[] = {cmocka_unit_test(test_roundtrip), cmocka_unit_test(test_errors)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}

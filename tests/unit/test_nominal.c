/* test_nominal.c -- nominal events on hand-written UD trees. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>

#include "code/nominal.h"
#include "core/conllu.h"

static const char lex[] =
    "# test lexicon\n"
    "attack\tdrone\t195\tE\n"
    "attack\t*\t190\tE\n"
    "airstrike\t*\t195\tE\n"
    "rocket\t*\t194\tW\n"
    "fall\t-\t-\tV\n"
    "bad line\n"
    "attack\t*\tX9\tE\n"
    "talk\t*\t046\tE\n";

static nom_lex *L;
static tc_arena A;

static int nwarn;
static char lastwarn[200];
static void count(void *ud, int level, const char *msg) {
    (void)ud; (void)level;
    nwarn++;
    snprintf(lastwarn, sizeof lastwarn, "%s", msg);
}

static int setup(void **st) {
    (void)st;
    if (nom_lex_parse(&L, lex, strlen(lex), "lex.tsv", NULL, &(tc_logger){count, NULL}) != TC_OK) return -1;
    if (nwarn != 2 || strcmp(lastwarn, "lex.tsv:8: bad CAMEO code 'X9'") != 0) return -1;
    tc_arena_init(&A, NULL, 0);
    return 0;
}
static int teardown(void **st) {
    (void)st;
    nom_lex_free(L);
    tc_arena_free(&A);
    return 0;
}

static tc_sent parse(const char *conllu) {
    tc_sent s;
    char err[100];
    assert_int_equal(tc_conllu_parse(&A, conllu, strlen(conllu), &s, NULL, err, sizeof err), TC_OK);
    return s;
}

static void test_drone_attack(void **st) {
    (void)st;
    tc_sent s = parse(
        "1\tMilitants\tmilitant\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
        "2\tlaunched\tlaunch\tVERB\tVBD\t_\t0\troot\t_\t_\n"
        "3\ta\ta\tDET\tDT\t_\t5\tdet\t_\t_\n"
        "4\tdrone\tdrone\tNOUN\tNN\t_\t5\tcompound\t_\t_\n"
        "5\tattack\tattack\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
        "6\ton\ton\tADP\tIN\t_\t8\tcase\t_\t_\n"
        "7\this\the\tPRON\tPRP$\t_\t8\tnmod:poss\t_\t_\n"
        "8\tresidence\tresidence\tNOUN\tNN\t_\t5\tnmod\t_\t_\n"
        "9\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n");
    nom_event *ev;
    int n;
    assert_int_equal(nom_find(L, &s, &A, &ev, &n), TC_OK);
    assert_int_equal(n, 1);
    assert_string_equal(ev[0].code, "195");
    assert_int_equal(ev[0].noun, 5);
    assert_int_equal(ev[0].trigger, 5);
    assert_int_equal(ev[0].tgt, 8);
    assert_int_equal(ev[0].src, 1); /* the subject of the support verb "launched" */
    assert_false(ev[0].definite);
}

/* A support verb's subject is the source ("renewed talks"), its "with"
   phrase the target; a verb that is not a support verb ("condemned the
   attack") gives the noun no source. */
static void test_support_verb(void **st) {
    (void)st;
    tc_sent s = parse(
        "1\tIsrael\tIsrael\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
        "2\trenewed\trenew\tVERB\tVBD\t_\t0\troot\t_\t_\n"
        "3\ttalks\ttalk\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
        "4\twith\twith\tADP\tIN\t_\t5\tcase\t_\t_\n"
        "5\tLebanon\tLebanon\tPROPN\tNNP\t_\t2\tobl\t_\t_\n"
        "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n");
    nom_event *ev;
    int n;
    assert_int_equal(nom_find(L, &s, &A, &ev, &n), TC_OK);
    assert_int_equal(n, 1);
    assert_string_equal(ev[0].code, "046");
    assert_int_equal(ev[0].src, 1);
    assert_int_equal(ev[0].tgt, 5);
    tc_sent c = parse(
        "1\tParis\tParis\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
        "2\tcondemned\tcondemn\tVERB\tVBD\t_\t0\troot\t_\t_\n"
        "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
        "4\tattack\tattack\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
        "5\twith\twith\tADP\tIN\t_\t6\tcase\t_\t_\n"
        "6\trockets\trocket\tNOUN\tNNS\t_\t4\tnmod\t_\t_\n");
    assert_int_equal(nom_find(L, &c, &A, &ev, &n), TC_OK);
    assert_int_equal(n, 1);
    assert_int_equal(ev[0].src, 0);
    assert_int_equal(ev[0].tgt, 0); /* "with" names no target of a violent event */
    assert_true(ev[0].definite);
}

static void test_weapon_subject(void **st) {
    (void)st;
    tc_sent s = parse(
        "1\tThree\tthree\tNUM\tCD\t_\t2\tnummod\t_\t_\n"
        "2\trockets\trocket\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
        "3\tfell\tfall\tVERB\tVBD\t_\t0\troot\t_\t_\n"
        "4\tin\tin\tADP\tIN\t_\t5\tcase\t_\t_\n"
        "5\tMansour\tMansour\tPROPN\tNNP\t_\t3\tobl\t_\t_\n"
        "6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n");
    nom_event *ev;
    int n;
    assert_int_equal(nom_find(L, &s, &A, &ev, &n), TC_OK);
    assert_int_equal(n, 1);
    assert_string_equal(ev[0].code, "194");
    assert_int_equal(ev[0].noun, 2);
    assert_int_equal(ev[0].trigger, 3);
    /* stored rockets are no event */
    tc_sent s2 = parse(
        "1\tRockets\trocket\tNOUN\tNNS\t_\t3\tnsubj:pass\t_\t_\n"
        "2\twere\tbe\tAUX\tVBD\t_\t3\taux:pass\t_\t_\n"
        "3\tstored\tstore\tVERB\tVBN\t_\t0\troot\t_\t_\n");
    assert_int_equal(nom_find(L, &s2, &A, &ev, &n), TC_OK);
    assert_int_equal(n, 0);
}

static void test_definite_and_source(void **st) {
    (void)st;
    tc_sent s = parse(
        "1\tNo\tno\tDET\tDT\t_\t2\tdet\t_\t_\n"
        "2\tgroup\tgroup\tNOUN\tNN\t_\t3\tnsubj\t_\t_\n"
        "3\tclaimed\tclaim\tVERB\tVBD\t_\t0\troot\t_\t_\n"
        "4\tresponsibility\tresponsibility\tNOUN\tNN\t_\t3\tobj\t_\t_\n"
        "5\tfor\tfor\tADP\tIN\t_\t8\tcase\t_\t_\n"
        "6\tSunday\tSunday\tPROPN\tNNP\t_\t8\tnmod:poss\t_\t_\n"
        "7\t's\t's\tPART\tPOS\t_\t6\tcase\t_\t_\n"
        "8\tattack\tattack\tNOUN\tNN\t_\t4\tnmod\t_\t_\n");
    nom_event *ev;
    int n;
    assert_int_equal(nom_find(L, &s, &A, &ev, &n), TC_OK);
    assert_int_equal(n, 1);
    assert_string_equal(ev[0].code, "190");
    assert_true(ev[0].definite);
    assert_int_equal(ev[0].src, 0);
    tc_sent s2 = parse(
        "1\tIsraeli\tIsraeli\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
        "2\tairstrikes\tairstrike\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
        "3\tkilled\tkill\tVERB\tVBD\t_\t0\troot\t_\t_\n"
        "4\t26\t26\tNUM\tCD\t_\t3\tobj\t_\t_\n");
    assert_int_equal(nom_find(L, &s2, &A, &ev, &n), TC_OK);
    assert_int_equal(n, 1);
    assert_string_equal(ev[0].code, "195");
    assert_int_equal(ev[0].src, 1);
    assert_false(ev[0].definite);
}

static void test_bad_lexicon(void **st) {
    (void)st;
    nom_lex *x;
    assert_int_equal(nom_lex_parse(&x, "# nothing\nfoo\n", 14, "x.tsv", NULL, &(tc_logger){count, NULL}), TC_FORMAT);
    assert_null(x);
    assert_true(nom_is_time_word("Sunday"));
    assert_false(nom_is_time_word("Baghdad"));
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_drone_attack), cmocka_unit_test(test_weapon_subject),
        cmocka_unit_test(test_definite_and_source), cmocka_unit_test(test_support_verb),
        cmocka_unit_test(test_bad_lexicon)};
    return cmocka_run_group_tests(tests, setup, teardown);
}

/* test_petrxml.c -- the PETRARCH validation XML reader: both record styles,
   the environment, gold codings, and recovery from broken parses and XML. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "io/petrxml.h"

typedef struct got {
    int nrec, nerr;
    char ids[16][32];
    char errs[16][160];
    int ngold[16];
    int ntok[16];
    bool noev[16], eval[16];
    char cat[16][16];
    char gold0[16][48];
    char verbs[64], actors[128], include[128];
    int y;
} got;

static int on_env(void *ud, const tc_petr_env *e) {
    got *g = ud;
    snprintf(g->verbs, sizeof g->verbs, "%s", e->verbfile ? e->verbfile : "");
    g->actors[0] = 0;
    for (int i = 0; i < e->nactor; i++) { strcat(g->actors, e->actorfiles[i]); strcat(g->actors, "|"); }
    g->include[0] = 0;
    for (int i = 0; i < e->ninclude; i++) { strcat(g->include, e->include[i]); strcat(g->include, "|"); }
    return 0;
}

static int on_rec(void *ud, const tc_petr_record *r) {
    got *g = ud;
    int k = g->nrec++;
    if (k >= 16) return 0;
    snprintf(g->ids[k], 32, "%s", r->id ? r->id : "");
    snprintf(g->errs[k], 160, "%s", r->error ? r->error : "");
    snprintf(g->cat[k], 16, "%s", r->category);
    if (r->error) g->nerr++;
    g->ngold[k] = r->ngold;
    g->noev[k] = r->noevents;
    g->eval[k] = r->evaluate;
    g->ntok[k] = r->parsed ? r->sent.n : -1;
    if (r->ngold) snprintf(g->gold0[k], 48, "%s-%s-%s", r->gold[0].source, r->gold[0].target, r->gold[0].code);
    if (k == 0) g->y = r->date.y;
    return 0;
}

static const char xml[] =
    "<?xml version='1.0' encoding='utf-8'?>\n"                                   /* 1 */
    "<Validation>\n"                                                             /* 2 */
    "<!-- a comment with <!-- a nested one --> inside -->\n"                     /* 3 */
    "<Environment>\n"                                                            /* 4 */
    "<Verbfile>V.txt</Verbfile>\n"                                               /* 5 */
    "<Actorfile>A1.txt,A2.txt</Actorfile>\n"                                     /* 6 */
    "<Include>DEMO OTHER</Include>\n"                                            /* 7 */
    "</Environment>\n"                                                           /* 8 */
    "<Sentences>\n"                                                              /* 9 */
    "<Sentence category=\"DEMO\" date=\"19950101\" id=\"A\" evaluate=\"true\">\n" /* 10 */
    "<EventCoding eventcode=\"050\" sourcecode=\"ARN\" targetcode=\"GON\" />\n"
    "<PLEvent {\"event\": \"050\"}>\n"
    "<Text>Arnor met Gondor.</Text>\n"
    "<Parse>\n1\tArnor\tArnor\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n2\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tGondor\tGondor\tPROPN\tNNP\t_\t2\tdobj\t_\t_\n</Parse></Sentence>\n"
    "<Sentence source=\"OTHER\" date=\"20080804\" id=\"B\" evaluate=\"false\"/>\n" /* 19 */
    "<EventCoding noevents=\"True\" />\n"
    "<Text>x</Text>\n"
    "<Parse>\n1\tx\tx\tX\t_\t_\t0\troot\t_\t_\n</Parse>\n"
    "<Sentence category=\"DEMO\" id=\"C\">\n"                                     /* 25 */
    "<Text>no parse here</Text>\n"
    "</Sentence>\n"
    "<Sentence category=\"DEMO\" id=\"D\">\n"                                     /* 28 */
    "<EventCoding eventcode=\"050\" sourcecode=\"ARN\" <<< broken\n"
    "</Sentence>\n"
    "<Sentence category=\"DEMO\" id=\"E\" date=\"19950102\">\n"                  /* 31 */
    "<Parse>\n1\tGondor\tGondor\tPROPN\tNNP\t_\t0\troot\t_\t_\n</Parse>\n"
    "</Sentence>\n"
    "</Sentences>\n</Validation>\n";

static void test_read(void **st) {
    (void)st;
    char path[64];
    snprintf(path, sizeof path, "/tmp/tc-test-petrxml.%d.xml", (int)getpid());
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(xml, f);
    fclose(f);
    got g;
    memset(&g, 0, sizeof g);
    tc_petrxml_cb cb = {on_env, on_rec, &g};
    char err[128];
    assert_int_equal(tc_petrxml_read(path, NULL, &cb, err, sizeof err), TC_OK);
    unlink(path);
    assert_string_equal(g.verbs, "V.txt");
    assert_string_equal(g.actors, "A1.txt|A2.txt|");
    assert_string_equal(g.include, "DEMO|OTHER|");
    assert_int_equal(g.nrec, 5);
    /* A: nested record, one gold event, three words, date 1995 */
    assert_string_equal(g.ids[0], "A");
    assert_string_equal(g.errs[0], "");
    assert_int_equal(g.ngold[0], 1);
    assert_string_equal(g.gold0[0], "ARN-GON-050");
    assert_int_equal(g.ntok[0], 3);
    assert_int_equal(g.y, 1995);
    /* B: self-closing record, category from source=, evaluate false, noevents */
    assert_string_equal(g.ids[1], "B");
    assert_string_equal(g.cat[1], "OTHER");
    assert_false(g.eval[1]);
    assert_true(g.noev[1]);
    assert_int_equal(g.ntok[1], 1);
    /* C: no parse -> error record with file:line */
    assert_string_equal(g.ids[2], "C");
    if (!strstr(g.errs[2], ":25: record without a <Parse>")) fail_msg("C: %s", g.errs[2]);
    /* D: broken XML -> error record at its line, then the reader goes on */
    assert_string_equal(g.ids[3], "D");
    if (!strstr(g.errs[3], ":29: XML error")) fail_msg("D: %s", g.errs[3]);
    assert_string_equal(g.ids[4], "E");
    assert_string_equal(g.errs[4], "");
    assert_int_equal(g.ntok[4], 1);
    assert_int_equal(g.nerr, 2);
}

static void test_missing_file(void **st) {
    (void)st;
    got g;
    memset(&g, 0, sizeof g);
    tc_petrxml_cb cb = {on_env, on_rec, &g};
    char err[128];
    assert_int_equal(tc_petrxml_read("/nonexistent/x.xml", NULL, &cb, err, sizeof err), TC_IO);
    assert_non_null(strstr(err, "/nonexistent/x.xml"));
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_read),
        cmocka_unit_test(test_missing_file),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

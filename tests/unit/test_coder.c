/* test_coder.c -- the event coder on hand-built dependency trees and a small
   hand-written dictionary; every expected event was worked out by hand. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "code/coder.h"
#include "core/conllu.h"

static char dir[64];
static tc_dict *D;
static tc_arena a; /* per-sentence arena, reset by code() */

static const char *write_file(const char *name, const char *text) {
    static char path[8][128];
    static int k;
    char *p = path[k++ % 8];
    snprintf(p, 128, "%s/%s", dir, name);
    FILE *f = fopen(p, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
    return p;
}

static int setup(void **st) {
    (void)st;
    const char *verbs = write_file("v.txt",
        "&TIES\n+TIES\n+RELATIONS\n\n"
        "--- RESTORE [050] ---\nRESTORE\n- * &TIES (WITH +) [051]\n\n"
        "--- ATTACK [190] ---\nATTACK\n\n"
        "--- CRITICIZE [110] ---\nCRITICIZE\n\n"
        "--- MEET [040:040] ---\nMEET {MET}\n\n"
        "--- SAY [010] ---\nSAY {SAID}\n\n"
        "--- WANT [030] ---\nWANT\n\n"
        "--- HELP [070] ---\nHELP\n\n"
        "~ a (a b ATTACK) SAY = a b 015\n~ a (b . ATTACK) SAY = a b 112\n~ a (b . ATTACK) WANT = a b 021\n");
    const char *actors = write_file("a.txt",
        "GONDOR [GON]\nARNOR [ARN]\nMORDOR [MOR]\nSAM_GAMGEE [HOB]\n\t[HOBMIL 20080120-20121109]\n");
    const char *agents = write_file("g.txt", "POLICE {} [~COP]\nGOVERNMENT [~GOV]\n");
    const char *disc = write_file("d.txt", "MONTHS LATER\n");
    const char *pico = write_file("p.txt", "010:0x1000\n030:0x3000\n033:0x3040\n040:0xB000\n050:0x0080\n"
                                           "051:0x0081\n070:0x0040\n110:0x1007f\n190:0x00A0\n");
    const char *acts[] = {actors};
    char err[200];
    tc_arena_init(&a, NULL, 0);
    return tc_dict_build(&D, NULL, NULL, verbs, acts, 1, agents, disc, pico, err, sizeof err);
}

static int teardown(void **st) {
    (void)st;
    tc_dict_free(D);
    tc_arena_free(&a);
    return 0;
}

/* Codes a CoNLL-U block and returns "SRC-TGT-CODE ..." sorted. */
static char out[512];
static tc_coder_event *EV;
static int NEV;
static const char *code(const char *conllu, long date) {
    tc_arena_reset(&a);
    tc_sent s;
    size_t used;
    char err[128];
    assert_int_equal(tc_conllu_parse(&a, conllu, strlen(conllu), &s, &used, err, sizeof err), TC_OK);
    tc_code_opts o;
    memset(&o, 0, sizeof o);
    if (date) { o.date.y = (int16_t)(date / 10000); o.date.m = (int8_t)(date / 100 % 100); o.date.d = (int8_t)(date % 100); }
    assert_int_equal(tc_code_sentence(D, &s, &o, &a, &EV, &NEV), TC_OK);
    char items[16][64];
    int n = 0;
    for (int i = 0; i < NEV && n < 16; i++) snprintf(items[n++], 64, "%s-%s-%s", EV[i].source, EV[i].target, EV[i].code);
    qsort(items, (size_t)n, 64, (int (*)(const void *, const void *))strcmp);
    out[0] = 0;
    for (int i = 0; i < n; i++) {
        if (i) strcat(out, " ");
        strcat(out, items[i]);
    }
    return out;
}

#define T(id, form, lemma, upos, head, rel) id "\t" form "\t" lemma "\t" upos "\t_\t_\t" head "\t" rel "\t_\t_\n"

static void test_possessive_agent(void **st) {
    (void)st;
    /* Gondor 's police attacked Arnor . -> GON + ~COP = GONCOP attacks ARN (190) */
    const char *s = T("1", "Gondor", "Gondor", "PROPN", "3", "nmod:poss") T("2", "'s", "'s", "PART", "1", "case")
        T("3", "police", "police", "NOUN", "4", "nsubj") T("4", "attacked", "attack", "VERB", "0", "root")
        T("5", "Arnor", "Arnor", "PROPN", "4", "obj") T("6", ".", ".", "PUNCT", "4", "punct");
    assert_string_equal(code(s, 0), "GONCOP-ARN-190");
    /* token indices: trigger 4, source head 3 spanning 1..3, target 5 */
    assert_int_equal(NEV, 1);
    assert_int_equal(EV[0].trigger, 4);
    assert_int_equal(EV[0].src_head, 3);
    assert_int_equal(EV[0].src_beg, 1);
    assert_int_equal(EV[0].src_end, 3);
    assert_int_equal(EV[0].tgt_head, 5);
    assert_int_equal(EV[0].tgt_beg, 5);
}

static void test_passive_and_conjuncts(void **st) {
    (void)st;
    /* Arnor was attacked by Gondor -> GON-ARN */
    const char *p = T("1", "Arnor", "Arnor", "PROPN", "3", "nsubj:pass") T("2", "was", "be", "AUX", "3", "aux:pass")
        T("3", "attacked", "attack", "VERB", "0", "root") T("4", "by", "by", "ADP", "5", "case")
        T("5", "Gondor", "Gondor", "PROPN", "3", "obl:agent");
    assert_string_equal(code(p, 0), "GON-ARN-190");
    /* Gondor and Arnor attacked Mordor -> one event per source */
    const char *c = T("1", "Gondor", "Gondor", "PROPN", "4", "nsubj") T("2", "and", "and", "CCONJ", "3", "cc")
        T("3", "Arnor", "Arnor", "PROPN", "1", "conj") T("4", "attacked", "attack", "VERB", "0", "root")
        T("5", "Mordor", "Mordor", "PROPN", "4", "obj");
    assert_string_equal(code(c, 0), "ARN-MOR-190 GON-MOR-190");
    /* Gondor met Arnor -> paired code 040:040 gives both directions */
    const char *m = T("1", "Gondor", "Gondor", "PROPN", "2", "nsubj") T("2", "met", "meet", "VERB", "0", "root")
        T("3", "Arnor", "Arnor", "PROPN", "2", "obj");
    assert_string_equal(code(m, 0), "ARN-GON-040 GON-ARN-040");
}

static void test_pattern_negation_discard_date(void **st) {
    (void)st;
    /* Gondor restored relations with Arnor -> pattern * &TIES (WITH +) = 051, target from '+' */
    const char *r = T("1", "Gondor", "Gondor", "PROPN", "2", "nsubj") T("2", "restored", "restore", "VERB", "0", "root")
        T("3", "relations", "relation", "NOUN", "2", "obj") T("4", "with", "with", "ADP", "5", "case")
        T("5", "Arnor", "Arnor", "PROPN", "3", "nmod");
    assert_string_equal(code(r, 0), "GON-ARN-051");
    /* without the synset word the verb's own code 050 applies */
    const char *r2 = T("1", "Gondor", "Gondor", "PROPN", "2", "nsubj") T("2", "restored", "restore", "VERB", "0", "root")
        T("3", "order", "order", "NOUN", "2", "obj") T("4", "with", "with", "ADP", "5", "case")
        T("5", "Arnor", "Arnor", "PROPN", "3", "nmod");
    assert_string_equal(code(r2, 0), "GON-ARN-050");
    /* Gondor did not criticize Arnor: 110 = 0x1007f, minus 0xFFFF = 0x80 = 050 */
    const char *n = T("1", "Gondor", "Gondor", "PROPN", "4", "nsubj") T("2", "did", "do", "AUX", "4", "aux")
        T("3", "not", "not", "PART", "4", "advmod") T("4", "criticize", "criticize", "VERB", "0", "root")
        T("5", "Arnor", "Arnor", "PROPN", "4", "obj");
    assert_string_equal(code(n, 0), "GON-ARN-050");
    /* a negated code without an ontology counterpart gives nothing: not 190 */
    const char *n2 = T("1", "Gondor", "Gondor", "PROPN", "3", "nsubj") T("2", "not", "not", "PART", "3", "advmod")
        T("3", "attack", "attack", "VERB", "0", "root") T("4", "Arnor", "Arnor", "PROPN", "3", "obj");
    assert_string_equal(code(n2, 0), "");
    /* discard phrase "months later" */
    const char *d = T("1", "Months", "month", "NOUN", "2", "obl:tmod") T("2", "later", "later", "ADV", "3", "advmod")
        T("3", "Gondor", "Gondor", "PROPN", "4", "nsubj") T("4", "attacked", "attack", "VERB", "0", "root")
        T("5", "Arnor", "Arnor", "PROPN", "4", "obj");
    assert_string_equal(code(d, 0), "");
    /* date-restricted actor: 2010-06-01 is within HOBMIL's range, 2015 falls back to HOB */
    const char *sg = T("1", "Sam", "Sam", "PROPN", "3", "nsubj") T("2", "Gamgee", "Gamgee", "PROPN", "1", "flat")
        T("3", "attacked", "attack", "VERB", "0", "root") T("4", "Mordor", "Mordor", "PROPN", "3", "obj");
    assert_string_equal(code(sg, 20100601), "HOBMIL-MOR-190");
    assert_string_equal(code(sg, 20150101), "HOB-MOR-190");
}

static void test_verb_interaction(void **st) {
    (void)st;
    /* Gondor wants to help Arnor: WANT 0x3000 + HELP 0x40 = 0x3040 = 033, one event */
    const char *w = T("1", "Gondor", "Gondor", "PROPN", "2", "nsubj") T("2", "wants", "want", "VERB", "0", "root")
        T("3", "to", "to", "PART", "4", "mark") T("4", "help", "help", "VERB", "2", "xcomp")
        T("5", "Arnor", "Arnor", "PROPN", "4", "obj");
    assert_string_equal(code(w, 0), "GON-ARN-033");
    /* Gondor said it attacked Arnor: the pronoun is Gondor, so the
       transformation a (a b ATTACK) SAY = a b 015 (claims responsibility) */
    const char *s = T("1", "Gondor", "Gondor", "PROPN", "2", "nsubj") T("2", "said", "say", "VERB", "0", "root")
        T("3", "it", "it", "PRON", "4", "nsubj") T("4", "attacked", "attack", "VERB", "2", "ccomp")
        T("5", "Arnor", "Arnor", "PROPN", "4", "obj");
    assert_string_equal(code(s, 0), "GON-ARN-015");
    /* Gondor said Mordor attacked Arnor: a (b . ATTACK) SAY = a b 112 (accuses Mordor) */
    const char *s2 = T("1", "Gondor", "Gondor", "PROPN", "2", "nsubj") T("2", "said", "say", "VERB", "0", "root")
        T("3", "Mordor", "Mordor", "PROPN", "4", "nsubj") T("4", "attacked", "attack", "VERB", "2", "ccomp")
        T("5", "Arnor", "Arnor", "PROPN", "4", "obj");
    assert_string_equal(code(s2, 0), "GON-MOR-112");
    /* Gondor wants Mordor to attack Arnor: object control, the lower source
       is Mordor: a (b . ATTACK) WANT = a b 021 */
    const char *w2 = T("1", "Gondor", "Gondor", "PROPN", "2", "nsubj") T("2", "wants", "want", "VERB", "0", "root")
        T("3", "Mordor", "Mordor", "PROPN", "2", "obj") T("4", "to", "to", "PART", "5", "mark")
        T("5", "attack", "attack", "VERB", "2", "xcomp") T("6", "Arnor", "Arnor", "PROPN", "5", "obj");
    assert_string_equal(code(w2, 0), "GON-MOR-021");
    /* Gondor wants to attack Arnor: no lower source of its own, no "_"
       transformation here: 0x3000 + 0xA0 has no code, 190 stands */
    const char *w3 = T("1", "Gondor", "Gondor", "PROPN", "2", "nsubj") T("2", "wants", "want", "VERB", "0", "root")
        T("3", "to", "to", "PART", "4", "mark") T("4", "attack", "attack", "VERB", "2", "xcomp")
        T("5", "Arnor", "Arnor", "PROPN", "4", "obj");
    assert_string_equal(code(w3, 0), "GON-ARN-138");
}

static void test_agent_only(void **st) {
    (void)st;
    /* The police attacked Arnor: no country for the police -> uncoded by
       default, "---COP" with agent_codes (PETRARCH's convention) */
    const char *p = T("1", "The", "the", "DET", "2", "det") T("2", "police", "police", "NOUN", "3", "nsubj")
        T("3", "attacked", "attack", "VERB", "0", "root") T("4", "Arnor", "Arnor", "PROPN", "3", "obj");
    assert_string_equal(code(p, 0), "");
    tc_arena_reset(&a);
    tc_sent s;
    size_t used;
    char err[64];
    assert_int_equal(tc_conllu_parse(&a, p, strlen(p), &s, &used, err, sizeof err), TC_OK);
    tc_code_opts o;
    memset(&o, 0, sizeof o);
    o.agent_codes = true;
    assert_int_equal(tc_code_sentence(D, &s, &o, &a, &EV, &NEV), TC_OK);
    assert_int_equal(NEV, 1);
    assert_string_equal(EV[0].source, "---COP");
    assert_string_equal(EV[0].target, "ARN");
}

static void test_span(void **st) {
    (void)st;
    tc_arena b2;
    tc_arena_init(&b2, NULL, 0);
    const char *b = T("1", "the", "the", "DET", "3", "det") T("2", "Gondor", "Gondor", "PROPN", "3", "compound")
        T("3", "government", "government", "NOUN", "0", "root");
    tc_sent s;
    size_t used;
    char err[64];
    assert_int_equal(tc_conllu_parse(&b2, b, strlen(b), &s, &used, err, sizeof err), TC_OK);
    tc_date none = {0, 0, 0};
    const char *c = tc_code_span(D, &s, 1, 3, none, &b2);
    assert_non_null(c);
    assert_string_equal(c, "GONGOV");
    assert_null(tc_code_span(D, &s, 3, 3, none, &b2)); /* an agent alone */
    tc_arena_free(&b2);
}

int main(void) {
    snprintf(dir, sizeof dir, "/tmp/tc-test-coder.%d", (int)getpid());
    char cmd[128];
    snprintf(cmd, sizeof cmd, "mkdir -p %s", dir);
    if (system(cmd) != 0) return 1;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_possessive_agent),
        cmocka_unit_test(test_passive_and_conjuncts),
        cmocka_unit_test(test_pattern_negation_discard_date),
        cmocka_unit_test(test_verb_interaction),
        cmocka_unit_test(test_agent_only),
        cmocka_unit_test(test_span),
    };
    int r = cmocka_run_group_tests(tests, setup, teardown);
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    if (system(cmd) != 0) return 1;
    return r;
}

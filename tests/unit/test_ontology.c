/* test_ontology.c -- the CAMEO crosswalk table and its loader.  Expected
   values are from the CAMEO 1.1b3 manual's code list and Goldstein scale
   (as carried by the ICEWS code list), the PLOVER 2021 CAMEO table and the
   project's ACLED choices documented in data/crosswalk/README.md. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "code/ontology.h"

static char table_path[1024];

static tc_ontology *load_table(void) {
    const char *d = getenv("TACITUS_PROJECT_DATA");
    snprintf(table_path, sizeof table_path, "%s/crosswalk/cameo.tsv", d && *d ? d : "data");
    tc_ontology *o = NULL;
    assert_int_equal(tc_ontology_load(&o, table_path, NULL, NULL), TC_OK);
    assert_non_null(o);
    return o;
}

static void test_table_values(void **st) {
    (void)st;
    tc_ontology *o = load_table();
    /* 195 Employ aerial weapons: root 19 FIGHT, material conflict, -10. */
    const tc_cameo *r = tc_ontology_find(o, "195");
    assert_non_null(r);
    assert_string_equal(r->name, "Employ aerial weapons");
    assert_string_equal(r->root, "19");
    assert_int_equal(r->quad, 4);
    assert_true(r->goldstein == -10.0);
    assert_string_equal(r->plover, "ASSAULT");
    assert_string_equal(r->acled_type, "Explosions/Remote violence");
    assert_string_equal(r->acled_subtype, "Air/drone strike");
    /* 111 Criticize or denounce: verbal conflict, -2; PLOVER ACCUSE/disapprove. */
    assert_string_equal(tc_ontology_name(o, "111"), "Criticize or denounce");
    assert_int_equal(tc_ontology_quad(o, "111"), 3);
    assert_true(tc_ontology_goldstein(o, "111") == -2.0);
    assert_string_equal(tc_ontology_plover(o, "111"), "ACCUSE");
    assert_string_equal(tc_ontology_plover_mode(o, "111"), "disapprove");
    assert_string_equal(tc_ontology_acled_type(o, "111"), "");
    /* 02x appeals: verbal cooperation; PLOVER drops CAMEO 01 and 02. */
    assert_int_equal(tc_ontology_quad(o, "020"), 1);
    assert_true(tc_ontology_goldstein(o, "020") == 3.0);
    assert_true(tc_ontology_goldstein(o, "0214") == 3.4);
    assert_true(tc_ontology_goldstein(o, "024") == -0.3);
    assert_string_equal(tc_ontology_plover(o, "020"), "");
    /* quad boundaries: 05 / 06, 08 / 09, 13 / 14 */
    assert_int_equal(tc_ontology_quad(o, "057"), 1);
    assert_int_equal(tc_ontology_quad(o, "061"), 2);
    assert_int_equal(tc_ontology_quad(o, "0874"), 2);
    assert_int_equal(tc_ontology_quad(o, "090"), 3);
    assert_int_equal(tc_ontology_quad(o, "138"), 3);
    assert_int_equal(tc_ontology_quad(o, "141"), 4);
    /* Goldstein extremes and visits */
    assert_true(tc_ontology_goldstein(o, "0874") == 10.0);
    assert_true(tc_ontology_goldstein(o, "042") == 1.9);
    assert_true(tc_ontology_goldstein(o, "043") == 2.8);
    assert_true(tc_ontology_goldstein(o, "1823") == -10.0);
    assert_true(tc_ontology_goldstein(o, "145") == -7.5);
    /* 08 YIELD splits into CONCEDE (081-083) and RETREAT (084-087). */
    assert_string_equal(tc_ontology_plover(o, "082"), "CONCEDE");
    assert_string_equal(tc_ontology_plover(o, "0871"), "RETREAT");
    assert_string_equal(tc_ontology_plover_mode(o, "0871"), "ceasefire");
    /* 175: "pro_autocracy" is a PLOVER context, not a mode. */
    assert_string_equal(tc_ontology_plover_mode(o, "175"), "");
    assert_string_equal(tc_ontology_find(o, "175")->plover_context, "military; pro_autocracy");
    /* ACLED: sexual violence is CAMEO 1821 (1822 is torture). */
    assert_string_equal(tc_ontology_acled_subtype(o, "1821"), "Sexual violence");
    assert_string_not_equal(tc_ontology_acled_subtype(o, "1822"), "Sexual violence");
    assert_string_equal(tc_ontology_acled_subtype(o, "1831"), "Suicide bomb");
    assert_string_equal(tc_ontology_acled_subtype(o, "1832"), "Remote explosive/landmine/IED");
    assert_string_equal(tc_ontology_acled_subtype(o, "057"), "Agreement");
    assert_string_equal(tc_ontology_acled_subtype(o, "173"), "Arrests");
    assert_string_equal(tc_ontology_acled_subtype(o, "2042"), "");
    /* extension codes */
    assert_string_equal(tc_ontology_name(o, "176"), "Attack cybernetically");
    assert_int_equal(tc_ontology_quad(o, "176"), 4);
    assert_string_equal(tc_ontology_name(o, "1214"), "Reject intelligence cooperation");
    assert_string_equal(tc_ontology_plover_mode(o, "1952"), "drone");
    tc_ontology_free(o);
}

static void test_fallback(void **st) {
    (void)st;
    tc_ontology *o = load_table();
    assert_null(tc_ontology_find(o, "1834"));
    const tc_cameo *r = tc_ontology_lookup(o, "1834");
    assert_non_null(r);
    assert_string_equal(r->code, "183");
    r = tc_ontology_lookup(o, "1999"); /* no 199: to the root */
    assert_non_null(r);
    assert_string_equal(r->code, "19");
    assert_string_equal(tc_ontology_root(o, "0299"), "02");
    assert_int_equal(tc_ontology_quad(o, "0299"), 1);
    assert_null(tc_ontology_lookup(o, "21"));
    assert_null(tc_ontology_lookup(o, "00"));
    assert_null(tc_ontology_lookup(o, "1"));
    assert_null(tc_ontology_lookup(o, "19x"));
    assert_null(tc_ontology_lookup(o, "19511"));
    assert_null(tc_ontology_lookup(o, ""));
    assert_null(tc_ontology_lookup(o, NULL));
    assert_null(tc_ontology_name(o, "---"));
    assert_int_equal(tc_ontology_quad(o, "---"), 0);
    assert_true(isnan(tc_ontology_goldstein(o, "---")));
    /* every root is listed, rows are sorted and consistent */
    size_t n = tc_ontology_count(o);
    assert_true(n >= 316);
    for (int k = 1; k <= 20; k++) {
        char c[3] = {(char)('0' + k / 10), (char)('0' + k % 10), 0};
        assert_non_null(tc_ontology_find(o, c));
        assert_int_equal(tc_ontology_quad(o, c), tc_cameo_quad_of_root(c));
    }
    for (size_t i = 0; i < n; i++) {
        const tc_cameo *x = tc_ontology_row(o, i);
        if (i) assert_true(strcmp(tc_ontology_row(o, i - 1)->code, x->code) < 0);
        assert_memory_equal(x->code, x->root, 2);
        assert_true(x->goldstein >= -10 && x->goldstein <= 10);
        assert_true(*x->name);
    }
    assert_null(tc_ontology_row(o, n));
    tc_ontology_free(o);
}

typedef struct msgs { char text[4096]; int count; } msgs;
static void collect(void *ud, int level, const char *msg) {
    msgs *m = ud;
    (void)level;
    m->count++;
    size_t k = strlen(m->text);
    snprintf(m->text + k, sizeof m->text - k, "%s\n", msg);
}

static void test_bad_rows(void **st) {
    (void)st;
    const char *t =
        "# comment\n"
        "code\tname\troot\tquad\tgoldstein\tplover_event\tplover_mode\tplover_context\tacled_event_type\tacled_sub_event_type\tnote\n"
        "19\tFIGHT\t19\t4\t-10\tASSAULT\t\t\t\t\n"                  /* 3: ok, 10 fields */
        "195\tEmploy aerial weapons\t19\t4\t-10\tASSAULT\t\t\t\t\t\r\n" /* 4: ok, CRLF */
        "196\tViolate ceasefire\t19\t3\t-9.5\t\t\t\t\t\t\n"         /* 5: wrong quad */
        "197\tX\t18\t4\t-9\t\t\t\t\t\t\n"                           /* 6: wrong root */
        "198\tX\t19\t4\t-9,5\t\t\t\t\t\t\n"                         /* 7: bad number */
        "199\tX\t19\t4\t-11\t\t\t\t\t\t\n"                          /* 8: out of range */
        "2x1\tX\t2x\t4\t1\t\t\t\t\t\t\n"                            /* 9: bad code */
        "193\tX\t19\t4\n"                                           /* 10: few fields */
        "195\tDuplicate\t19\t4\t-10\t\t\t\t\t\t\n"                  /* 11: duplicate */
        "194\t\t19\t4\t-10\t\t\t\t\t\t\n"                           /* 12: no name */
        "\n"
        "057\tSign formal agreement\t05\t1\t+8.0\tSUPPORT\t\t\t\t\t\t\n"; /* 14: 12 fields */
    msgs m = {{0}, 0};
    tc_logger lg = {collect, &m};
    tc_ontology *o = NULL;
    assert_int_equal(tc_ontology_parse(&o, t, strlen(t), "x.tsv", NULL, &lg), TC_OK);
    assert_int_equal(tc_ontology_count(o), 2);
    assert_string_equal(tc_ontology_name(o, "195"), "Employ aerial weapons");
    assert_string_equal(tc_ontology_find(o, "19")->acled_subtype, "");
    assert_int_equal(m.count, 9);
    const char *want[] = {"x.tsv:5:", "x.tsv:6:", "x.tsv:7:", "x.tsv:8:", "x.tsv:9:",
                          "x.tsv:10:", "x.tsv:11: duplicate", "x.tsv:12:", "x.tsv:14:"};
    for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
        if (!strstr(m.text, want[i])) fail_msg("missing warning %s in:\n%s", want[i], m.text);
    }
    tc_ontology_free(o);

    m.count = 0;
    m.text[0] = 0;
    assert_int_equal(tc_ontology_parse(&o, "# only\n", 7, "e.tsv", NULL, &lg), TC_FORMAT);
    assert_null(o);
    assert_int_equal(tc_ontology_parse(&o, "", 0, "e.tsv", NULL, &lg), TC_FORMAT);
    const char nul[] = "19\tFI\0GHT\t19\t4\t-10\t\t\t\t\t\n";
    assert_int_equal(tc_ontology_parse(&o, nul, sizeof nul - 1, "n.tsv", NULL, &lg), TC_FORMAT);
    assert_non_null(strstr(m.text, "n.tsv:1: NUL"));
    assert_int_equal(tc_ontology_load(&o, "/nonexistent/cameo.tsv", NULL, &lg), TC_IO);
    assert_null(o);
    assert_int_equal(tc_ontology_parse(NULL, "", 0, NULL, NULL, NULL), TC_MISUSE);
    tc_ontology_free(NULL);
}

/* Allocation N fails, for N = 1, 2, ...: each run ends in TC_NOMEM without
   a leak (ASan checks the leak) until one run needs no failure. */
typedef struct failer { int left; } failer;
static void *f_malloc(void *ud, size_t n) {
    failer *f = ud;
    if (f->left-- == 0) return NULL;
    return malloc(n);
}
static void *f_realloc(void *ud, void *p, size_t n) {
    failer *f = ud;
    if (f->left-- == 0) return NULL;
    return realloc(p, n);
}
static void f_free(void *ud, void *p) { (void)ud; free(p); }

static void test_nomem(void **st) {
    (void)st;
    const char *t = "195\tEmploy aerial weapons\t19\t4\t-10\tASSAULT\t\t\t\t\t\n";
    int rc = TC_NOMEM, k;
    for (k = 0; k < 20 && rc == TC_NOMEM; k++) {
        failer f = {k};
        tc_alloc A = {f_malloc, f_realloc, f_free, &f};
        tc_ontology *o = NULL;
        rc = tc_ontology_parse(&o, t, strlen(t), "t", &A, NULL);
        if (rc == TC_NOMEM) assert_null(o);
        else {
            assert_int_equal(rc, TC_OK);
            assert_string_equal(tc_ontology_name(o, "1951"), "Employ aerial weapons");
        }
        tc_ontology_free(o);
    }
    assert_int_equal(rc, TC_OK);
    assert_true(k > 1);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_table_values), cmocka_unit_test(test_fallback),
        cmocka_unit_test(test_bad_rows), cmocka_unit_test(test_nomem)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}

/* test_story.c -- the end-to-end document API on the example story with the
   built models (TACITUS_MODELS): structural invariants of every event, the
   same results when a document is reused, and fault injection: with
   allocation N failing during tc_doc_code, for N = 0, 1, 2, ... until a run
   completes, every run ends in TC_OK or a clean TC_NOMEM with no leak. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "code/event.h"
#include "core/core.h"
#include "fault_alloc.h"

static tc_story example;
static tc_reader *reader;

static int setup(void **st) {
    (void)st;
    const char *path = "../shared/examples/story-2021-11-07.txt";
    if (tc_reader_open(&reader, path, 0, NULL) != TC_OK) return -1;
    if (tc_reader_next(reader, &example) != TC_OK || example.error) return -1;
    return 0;
}
static int teardown(void **st) {
    (void)st;
    tc_reader_close(reader);
    return 0;
}

static void check_events(const tc_event *const *ev, int n, int nsent) {
    for (int i = 0; i < n; i++) {
        const struct tc_event *e = ev[i];
        assert_non_null(e->code);
        assert_true(strlen(e->code) >= 2 && strlen(e->code) <= 4);
        assert_true(e->sentence >= 1 && e->sentence <= nsent);
        assert_true(e->source[0] || e->target[0] || !strncmp(e->code, "1", 1) || !strncmp(e->code, "2", 1));
        assert_true(tc_date_valid(e->date) || e->date.d == 0);
        assert_non_null(e->text);
        char buf[8192];
        size_t k = tc_event_json(e, buf, sizeof buf);
        assert_true(k > 0 && k < sizeof buf);
        assert_true(buf[0] == '{' && buf[k - 1] == '}');
    }
}

static void test_example(void **st) {
    (void)st;
    tc_engine *e = NULL;
    int rc = tc_engine_open(&e, NULL, TC_LOAD_ALL);
    if (rc) fprintf(stderr, "%s\n", tc_engine_errmsg(e));
    assert_int_equal(rc, TC_OK);
    tc_doc *d;
    assert_int_equal(tc_doc_new(&d, e), TC_OK);
    assert_int_equal(tc_doc_code(d, &example), TC_OK);
    int n1;
    const tc_event *const *ev = tc_doc_events(d, &n1);
    assert_true(n1 >= 3);
    int ns = tc_doc_sentences(d);
    assert_true(ns >= 10);
    check_events(ev, n1, ns);
    char first[8192];
    tc_event_json(ev[0], first, sizeof first);
    /* reuse: the same story gives the same events */
    assert_int_equal(tc_doc_code(d, &example), TC_OK);
    int n2;
    ev = tc_doc_events(d, &n2);
    assert_int_equal(n1, n2);
    char again[8192];
    tc_event_json(ev[0], again, sizeof again);
    assert_string_equal(first, again);
    /* an error record is misuse for the coder */
    tc_story bad = example;
    bad.error = "x:1: broken";
    assert_int_equal(tc_doc_code(d, &bad), TC_MISUSE);
    tc_doc_free(d);
    tc_engine_close(e);
}

static void test_faults(void **st) {
    (void)st;
    fault_alloc f = {0};
    tc_config cfg;
    memset(&cfg, 0, sizeof cfg);
    cfg.alloc = fault_arm(&f, -1); /* -1: never fails until re-armed */
    f.armed = false;
    tc_engine *e = NULL;
    assert_int_equal(tc_engine_open(&e, &cfg, TC_LOAD_ALL), TC_OK);
    long n;
    int good = -1;
    long from = getenv("TC_FAULT_AT") ? atol(getenv("TC_FAULT_AT")) : 0;
    for (n = from; n < 100000; n++) {
        tc_doc *d = NULL;
        fault_arm(&f, n);
        int rc = tc_doc_new(&d, e);
        if (rc == TC_OK) rc = tc_doc_code(d, &example);
        f.armed = false;
        if (!f.hit) {
            assert_int_equal(rc, TC_OK);
            tc_doc_events(d, &good);
            tc_doc_free(d);
            break;
        }
        if (rc != TC_NOMEM) fprintf(stderr, "allocation %ld failed but tc_doc_code returned %d"
                                            " (TC_FAULT_TRAP=1 and TC_FAULT_AT=%ld abort there)\n", n, rc, n);
        assert_int_equal(rc, TC_NOMEM);
        tc_doc_free(d);
    }
    assert_true(n > 3);
    assert_true(good >= 3);
    tc_engine_close(e);
    assert_int_equal(f.live, 0);
}

int main(void) {
    const struct CMUnitTest tests[] = {cmocka_unit_test(test_example), cmocka_unit_test(test_faults)};
    return cmocka_run_group_tests(tests, setup, teardown);
}

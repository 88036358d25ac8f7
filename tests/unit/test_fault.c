/* test_fault.c -- fault injection (sqlite's alterfault idea): the same
   scenario runs with allocation N failing, for N = 0, 1, 2, ... until a run
   completes without meeting the failure.  Each failing run must end in a
   clean TC_NOMEM (or an error record), never a crash or a leak (the suite
   also runs under ASan/LSan). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/conllu.h"
#include "core/core.h"
#include "fault_alloc.h"

static char path_story[64], path_jsonl[64];

static int setup(void **st) {
    (void)st;
    strcpy(path_story, "/tmp/tc_fault_XXXXXX.txt");
    int fd = mkstemps(path_story, 4);
    assert_true(fd >= 0);
    const char *s = " date 2021-11-07 A story.\nMore text.\n";
    assert_int_equal(write(fd, s, strlen(s)), (ssize_t)strlen(s));
    close(fd);
    strcpy(path_jsonl, "/tmp/tc_fault_XXXXXX.jsonl");
    fd = mkstemps(path_jsonl, 6);
    assert_true(fd >= 0);
    const char *j = "{\"id\":\"a\",\"date\":\"2021-01-01\",\"text\":\"x\"}\n{broken\n{\"id\":\"b\",\"date\":\"2021-01-02\",\"text\":\"y\"}\n";
    assert_int_equal(write(fd, j, strlen(j)), (ssize_t)strlen(j));
    close(fd);
    return 0;
}
static int teardown(void **st) {
    (void)st;
    unlink(path_story);
    unlink(path_jsonl);
    return 0;
}

/* Reads every story of `path`; returns TC_OK when all were read. */
static int read_all(const char *path, const tc_alloc *A, int *nstories) {
    tc_reader *r = NULL;
    int rc = tc_reader_open(&r, path, 0, A);
    if (rc) return rc;
    tc_story s;
    *nstories = 0;
    while ((rc = tc_reader_next(r, &s)) == TC_OK) (*nstories)++;
    tc_reader_close(r);
    return rc == TC_DONE ? TC_OK : rc;
}

static void run_faults(const char *path, int expect) {
    long n;
    for (n = 0; n < 10000; n++) {
        fault_alloc f = {0};
        const tc_alloc *A = fault_arm(&f, n);
        int got = 0;
        int rc = read_all(path, A, &got);
        assert_int_equal(f.live, 0); /* no leak on any path */
        if (!f.hit) {
            assert_int_equal(rc, TC_OK);
            assert_int_equal(got, expect);
            break;
        }
        assert_int_equal(rc, TC_NOMEM);
    }
    assert_true(n > 2); /* the scenario did allocate */
}

static void test_reader_faults(void **st) {
    (void)st;
    run_faults(path_story, 1);
    run_faults(path_jsonl, 3);
}

static void test_conllu_faults(void **st) {
    (void)st;
    const char *blk = "1\tA\ta\tNOUN\t_\t_\t2\tnsubj\t_\t_\n2\tgo\tgo\tVERB\t_\t_\t0\troot\t_\t_\n";
    long n;
    for (n = 0; n < 1000; n++) {
        fault_alloc f = {0};
        const tc_alloc *A = fault_arm(&f, n);
        tc_arena a;
        tc_arena_init(&a, A, 64);
        tc_sent s;
        int rc = tc_conllu_parse(&a, blk, strlen(blk), &s, NULL, NULL, 0);
        tc_arena_free(&a);
        assert_int_equal(f.live, 0);
        if (!f.hit) { assert_int_equal(rc, TC_OK); break; }
        assert_int_equal(rc, TC_NOMEM);
    }
    assert_true(n > 1);
}

int main(void) {
    const struct CMUnitTest tests[] = {cmocka_unit_test(test_reader_faults), cmocka_unit_test(test_conllu_faults)};
    return cmocka_run_group_tests(tests, setup, teardown);
}

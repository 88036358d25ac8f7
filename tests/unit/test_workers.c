/* test_workers.c -- the ordered worker pool of `code -j` / `parse -j`
   (src/cli/workers.c, compiled into this test): items leave in input order
   whatever order the workers finish them in, no more than the ring holds
   are in flight, a failed write stops the run, and story copies are deep. */
#include "cli/workers.c"

#include <setjmp.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>

#define NITEMS 400

struct item { int seq; bool work; };

struct run {
    pthread_mutex_t mu;
    pthread_cond_t cv;
    bool done[NITEMS];            /* work finished, by seq */
    int finished[NITEMS], nfinished;
    int written[NITEMS], nwritten;
    bool worked[NITEMS];
    atomic_int submitted, nwritten_atomic;
    int fail_at;                  /* write returns 7 at this seq (-1: never) */
    bool reorder;                 /* make items finish out of order */
    int max_in_flight;
    int early_writes;             /* items written before their work was done */
};

static void work(void *ud, void *p) {
    struct run *r = ud;
    struct item *it = p;
    pthread_mutex_lock(&r->mu);
    /* every 8th item waits until the next one is done: it must finish
       after its successor, so the writer has to wait and reorder */
    if (r->reorder && it->seq % 8 == 0 && it->seq + 1 < NITEMS)
        while (!r->done[it->seq + 1]) pthread_cond_wait(&r->cv, &r->mu);
    r->done[it->seq] = true;
    r->worked[it->seq] = true;
    r->finished[r->nfinished++] = it->seq;
    pthread_cond_broadcast(&r->cv);
    pthread_mutex_unlock(&r->mu);
}

static int write_item(void *ud, void *p) {
    struct run *r = ud;
    struct item *it = p;
    pthread_mutex_lock(&r->mu);
    if (it->work && !r->done[it->seq]) r->early_writes++;
    pthread_mutex_unlock(&r->mu);
    r->written[r->nwritten++] = it->seq;
    atomic_fetch_add(&r->nwritten_atomic, 1);
    return it->seq == r->fail_at ? 7 : 0;
}

static const tc_cli_pool_ops ops = {sizeof(struct item), NULL, NULL, work, write_item};

static struct run *new_run(int fail_at) {
    struct run *r = calloc(1, sizeof *r);
    pthread_mutex_init(&r->mu, NULL);
    pthread_cond_init(&r->cv, NULL);
    r->fail_at = fail_at;
    r->reorder = fail_at < 0; /* after a failed write nothing is worked on: no waiting then */
    return r;
}

static void free_run(struct run *r) {
    pthread_mutex_destroy(&r->mu);
    pthread_cond_destroy(&r->cv);
    free(r);
}

/* Submits NITEMS items (every 5th without work, as an error record is);
   returns how many were submitted before the pool refused a slot. */
static int feed(tc_cli_pool *pool, struct run *r) {
    int k;
    for (k = 0; k < NITEMS; k++) {
        struct item *it = tc_cli_pool_slot(pool);
        if (!it) break;
        it->seq = k;
        /* items whose neighbour waits on them always work */
        it->work = k % 5 != 0 || k % 8 == 1;
        int inflight = k - atomic_load(&r->nwritten_atomic);
        if (inflight > r->max_in_flight) r->max_in_flight = inflight;
        tc_cli_pool_submit(pool, it, it->work);
        atomic_fetch_add(&r->submitted, 1);
    }
    return k;
}

static void test_order(void **state) {
    (void)state;
    for (int nw = 2; nw <= 4; nw++) {
        struct run *r = new_run(-1);
        tc_cli_pool *pool = NULL;
        assert_int_equal(tc_cli_pool_start(&pool, nw, &ops, r), TC_OK);
        assert_int_equal(feed(pool, r), NITEMS);
        assert_int_equal(tc_cli_pool_finish(pool), 0);
        assert_int_equal(r->nwritten, NITEMS);
        for (int i = 0; i < NITEMS; i++) assert_int_equal(r->written[i], i);
        assert_int_equal(r->early_writes, 0);
        /* the workers really finished out of order */
        int inversions = 0;
        for (int i = 1; i < r->nfinished; i++) inversions += r->finished[i] < r->finished[i - 1];
        assert_true(inversions > 0);
        /* items without work were not worked on; the others were */
        for (int i = 0; i < NITEMS; i++) assert_int_equal(r->worked[i], i % 5 != 0 || i % 8 == 1);
        /* bounded: never more than the ring (4 per worker) in flight */
        assert_true(r->max_in_flight <= 4 * nw);
        free_run(r);
    }
}

static void test_stop_on_write_error(void **state) {
    (void)state;
    struct run *r = new_run(50);
    tc_cli_pool *pool = NULL;
    assert_int_equal(tc_cli_pool_start(&pool, 2, &ops, r), TC_OK);
    int fed = feed(pool, r);
    assert_true(fed < NITEMS); /* the reader was told to stop */
    assert_int_equal(tc_cli_pool_finish(pool), 7);
    assert_int_equal(r->nwritten, 51); /* nothing written after the failure */
    for (int i = 0; i <= 50; i++) assert_int_equal(r->written[i], i);
    free_run(r);
}

static int init_calls, free_calls;
static int counting_init(void *ud, void *p) { (void)ud; (void)p; return ++init_calls == 3 ? TC_NOMEM : TC_OK; }
static void counting_free(void *ud, void *p) { (void)ud; (void)p; free_calls++; }

static void test_failed_init(void **state) {
    (void)state;
    tc_cli_pool_ops o = ops;
    o.init = counting_init;
    o.free = counting_free;
    tc_cli_pool *pool = (tc_cli_pool *)1;
    assert_int_equal(tc_cli_pool_start(&pool, 2, &o, NULL), TC_NOMEM);
    assert_null(pool);
    assert_int_equal(free_calls, 3); /* every slot that was initialised, the failed one too */
    assert_int_equal(tc_cli_pool_start(&pool, 0, &ops, NULL), TC_MISUSE);
}

static void test_story_copy(void **state) {
    (void)state;
    char text[] = "Text with\0 a NUL inside";
    tc_story s = {.id = "id-1", .date = "2021-11-07", .year = 2021, .month = 11, .day = 7,
                  .title = "T", .source = NULL, .url = "http://x", .text = text, .text_len = 23,
                  .file = "f.jsonl", .line = 42, .error = NULL, .meta = "{\"k\":1}", .note = NULL};
    tc_cli_story c = {0};
    assert_int_equal(tc_cli_story_copy(&c, &s), TC_OK);
    assert_string_equal(c.st.id, "id-1");
    assert_ptr_not_equal(c.st.id, s.id);
    assert_string_equal(c.st.date, "2021-11-07");
    assert_int_equal(c.st.year, 2021);
    assert_int_equal(c.st.day, 7);
    assert_string_equal(c.st.title, "T");
    assert_null(c.st.source);
    assert_string_equal(c.st.url, "http://x");
    assert_int_equal(c.st.text_len, 23);
    assert_memory_equal(c.st.text, text, 23);
    assert_ptr_not_equal(c.st.text, text);
    assert_int_equal(c.st.text[23], 0);
    assert_string_equal(c.st.file, "f.jsonl");
    assert_int_equal(c.st.line, 42);
    assert_null(c.st.error);
    assert_string_equal(c.st.meta, "{\"k\":1}");
    assert_ptr_not_equal(c.st.meta, s.meta);
    assert_null(c.st.note);
    /* a 3 MB story, then a small one: the buffer is given back */
    size_t big = 3u << 20;
    char *t = malloc(big);
    memset(t, 'a', big);
    tc_story b = {.id = "big", .text = t, .text_len = big, .error = "e", .note = "n"};
    assert_int_equal(tc_cli_story_copy(&c, &b), TC_OK);
    assert_true(c.cap >= big);
    assert_string_equal(c.st.error, "e");
    assert_string_equal(c.st.note, "n");
    assert_null(c.st.meta);
    assert_null(c.st.date);
    free(t);
    assert_int_equal(tc_cli_story_copy(&c, &s), TC_OK);
    assert_true(c.cap < big);
    assert_string_equal(c.st.id, "id-1");
    tc_cli_story_free(&c);
}

static void test_parse_jobs(void **state) {
    (void)state;
    assert_int_equal(tc_cli_parse_jobs("2"), 2);
    assert_int_equal(tc_cli_parse_jobs("256"), 256);
    assert_int_equal(tc_cli_parse_jobs("0"), 0);
    assert_int_equal(tc_cli_parse_jobs("257"), 0);
    assert_int_equal(tc_cli_parse_jobs("2x"), 0);
    assert_int_equal(tc_cli_parse_jobs(""), 0);
    assert_true(tc_cli_default_jobs() >= 1);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_order),
        cmocka_unit_test(test_stop_on_write_error),
        cmocka_unit_test(test_failed_init),
        cmocka_unit_test(test_story_copy),
        cmocka_unit_test(test_parse_jobs),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

/* test_sqlite.c -- the SQLite writer's transactions (issue 16, items 6 and
   7): stories are coded outside any transaction, so a second writer into
   the same database is never locked out while the first has a batch
   pending; a batch becomes visible whole; a story id repeated within one
   run is stored apart (id#2) with an errors row, and a rerun replaces its
   own rows instead of adding to them. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <sqlite3.h>
#include "sqlite_rows.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <unistd.h>

#include "code/event.h"
#include "core/core.h"

static char dir[256], db[300];

static int setup(void **st) {
    (void)st;
    snprintf(dir, sizeof dir, "/tmp/tc_test_sqlite_XXXXXX");
    if (!mkdtemp(dir)) return -1;
    snprintf(db, sizeof db, "%s/ev.db", dir);
    return 0;
}

static int teardown(void **st) {
    (void)st;
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    return system(cmd) == 0 ? 0 : -1;
}

static int count(const char *sql) { return db_count(db, sql); }

static struct tc_event event(const char *doc) {
    struct tc_event e;
    memset(&e, 0, sizeof e);
    e.doc = doc;
    e.sentence = 1;
    e.date = (tc_date){2021, 11, 7};
    e.code = "195";
    e.root = "19";
    e.quad = 4;
    e.killed = e.injured = -1;
    e.text = "A drone attack.";
    return e;
}

static void put(tc_writer *w, const char *id, int nev) {
    struct tc_event e = event(id);
    const tc_event *ev[3] = {&e, &e, &e};
    tc_story s = {.id = id, .date = "2021-11-07", .file = "in.jsonl", .line = 1};
    assert_int_equal(tc_writer_story(w, &s, ev, nev), TC_OK);
}

static double now(void) {
    struct timeval tv;
    gettimeofday(&tv, NULL);
    return (double)tv.tv_sec + tv.tv_usec / 1e6;
}

/* Writer A has 400 stories pending (less than a batch); writer B opens the
   same database, writes and closes -- at once, not after a lock timeout --
   and A then completes too.  Before: A held the write lock from its first
   story until its batch of 500, and B failed with "database is locked". */
static void test_two_writers(void **st) {
    (void)st;
    tc_writer *a, *b;
    char id[32];
    assert_int_equal(tc_writer_open(&a, TC_FMT_SQLITE, db, NULL), TC_OK);
    for (int i = 0; i < 400; i++) { snprintf(id, sizeof id, "a%d", i); put(a, id, 2); }
    /* nothing of A's batch is in the database yet: it is written whole */
    assert_int_equal(count("SELECT count(*) FROM stories"), 0);
    double t0 = now();
    assert_int_equal(tc_writer_open(&b, TC_FMT_SQLITE, db, NULL), TC_OK);
    for (int i = 0; i < 700; i++) { snprintf(id, sizeof id, "b%d", i); put(b, id, 1); }
    assert_int_equal(tc_writer_close(b), TC_OK);
    assert_true(now() - t0 < 4.0); /* no waiting on A */
    for (int i = 400; i < 600; i++) { snprintf(id, sizeof id, "a%d", i); put(a, id, 2); }
    assert_int_equal(tc_writer_close(a), TC_OK);
    assert_int_equal(count("SELECT count(*) FROM stories"), 1300);
    assert_int_equal(count("SELECT count(*) FROM events"), 600 * 2 + 700);
    assert_int_equal(count("SELECT count(*) FROM stories WHERE id LIKE 'a%' AND events = 2"), 600);
}

/* Every BATCH (500) stories are committed: after 500 they are visible to
   another connection, after 499 not. */
static void test_batches(void **st) {
    (void)st;
    tc_writer *w;
    char id[32];
    assert_int_equal(tc_writer_open(&w, TC_FMT_SQLITE, db, NULL), TC_OK);
    for (int i = 0; i < 499; i++) { snprintf(id, sizeof id, "s%d", i); put(w, id, 1); }
    assert_int_equal(count("SELECT count(*) FROM stories"), 0);
    put(w, "s499", 1);
    assert_int_equal(count("SELECT count(*) FROM stories"), 500);
    put(w, "s500", 1);
    assert_int_equal(tc_writer_close(w), TC_OK);
    assert_int_equal(count("SELECT count(*) FROM stories"), 501);
    sqlite3 *h;
    assert_int_equal(sqlite3_open(db, &h), SQLITE_OK);
    sqlite3_stmt *s;
    assert_int_equal(sqlite3_prepare_v2(h, "PRAGMA journal_mode", -1, &s, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_step(s), SQLITE_ROW);
    assert_string_equal((const char *)sqlite3_column_text(s, 0), "wal");
    sqlite3_finalize(s);
    sqlite3_close(h);
}

/* The same id twice in one run (two inputs each holding "x"): both stories
   stay, the second as "x#2" with an errors row; running the same inputs
   again replaces both instead of adding x#3 and x#4. */
static void test_repeated_id(void **st) {
    (void)st;
    for (int run = 0; run < 2; run++) {
        tc_writer *w;
        assert_int_equal(tc_writer_open(&w, TC_FMT_SQLITE, db, NULL), TC_OK);
        put(w, "x", 1);
        put(w, "y", 2);
        put(w, "x", 3);
        assert_int_equal(tc_writer_close(w), TC_OK);
        assert_int_equal(count("SELECT count(*) FROM stories"), 3);
        assert_int_equal(count("SELECT events FROM stories WHERE id = 'x'"), 1);
        assert_int_equal(count("SELECT events FROM stories WHERE id = 'x#2'"), 3);
        assert_int_equal(count("SELECT count(*) FROM events"), 6);
        assert_int_equal(count("SELECT count(*) FROM errors WHERE story_id = 'x#2' AND error LIKE '%already written in this run%'"), 1);
        assert_int_equal(count("SELECT count(*) FROM errors"), 1);
    }
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_two_writers, setup, teardown),
        cmocka_unit_test_setup_teardown(test_batches, setup, teardown),
        cmocka_unit_test_setup_teardown(test_repeated_id, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

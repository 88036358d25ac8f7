/* test_walk.c -- the reader's folder walk, gzip integrity and story ids
   (issue 16, items 4, 5, 6 and 10): each real file read once, every skipped
   path an error record naming what happened, truncated gzip an error record
   (never a shortened story or stream), ids unique within a reader.  All
   expectations are written from the files the tests make. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "core/core.h"

static char dir[256];

static const char *path(const char *name) {
    static char p[4][512];
    static int k;
    char *q = p[k++ % 4];
    snprintf(q, 512, "%s/%s", dir, name);
    return q;
}

static void put(const char *name, const char *data) {
    FILE *f = fopen(path(name), "wb");
    assert_non_null(f);
    fputs(data, f);
    fclose(f);
}

static void put_gz(const char *name, const char *data, size_t keep) {
    /* gzip data, then keep only the first `keep` bytes (0: all) */
    char tmp[600];
    snprintf(tmp, sizeof tmp, "%s.full", path(name));
    gzFile z = gzopen(tmp, "wb");
    assert_non_null(z);
    assert_true(gzwrite(z, data, (unsigned)strlen(data)) > 0);
    assert_int_equal(gzclose(z), Z_OK);
    FILE *in = fopen(tmp, "rb"), *out = fopen(path(name), "wb");
    assert_non_null(in);
    assert_non_null(out);
    char buf[1 << 16];
    size_t n = fread(buf, 1, sizeof buf, in);
    if (keep && keep < n) n = keep;
    assert_int_equal(fwrite(buf, 1, n, out), n);
    fclose(in);
    fclose(out);
    remove(tmp);
}

static void sh(const char *fmt, ...) {
    char cmd[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(cmd, sizeof cmd, fmt, ap);
    va_end(ap);
    assert_int_equal(system(cmd), 0);
}

static int setup(void **st) {
    (void)st;
    snprintf(dir, sizeof dir, "/tmp/tc_test_walk_XXXXXX");
    return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **st) {
    (void)st;
    char cmd[700];
    snprintf(cmd, sizeof cmd, "chmod -R u+rwx '%s' 2>/dev/null; rm -rf '%s'", dir, dir);
    return system(cmd) == 0 ? 0 : -1;
}

/* Reads everything below p; rec[] gets "id|error-or-OK" lines joined. */
typedef struct got {
    int n, errors;
    char all[8192];
} got;

static void read_all(const char *p, got *g) {
    memset(g, 0, sizeof *g);
    tc_reader *r = NULL;
    assert_int_equal(tc_reader_open(&r, p, 0, NULL), TC_OK);
    tc_story s;
    int rc;
    while ((rc = tc_reader_next(r, &s)) == TC_OK) {
        g->n++;
        g->errors += s.error != NULL;
        size_t k = strlen(g->all);
        snprintf(g->all + k, sizeof g->all - k, "[%s|%s]\n", s.id, s.error ? s.error : "OK");
        assert_true(g->n < 1000); /* a walk that never ends fails here */
    }
    assert_int_equal(rc, TC_DONE);
    long errs = 0;
    assert_int_equal(tc_reader_count(r, &errs), g->n);
    assert_int_equal(errs, g->errors);
    tc_reader_close(r);
}

#define STORY " date 2021-11-07\nGunmen killed three people in Mosul.\n"

static void test_links_read_once(void **st) {
    (void)st;
    sh("mkdir -p '%s/w/x' '%s/w/y'", dir, dir);
    put("w/x/same.txt", STORY);
    put("w/y/same.txt", STORY);
    put("w/a.txt", STORY);
    sh("cd '%s/w' && ln -s . self && ln -s . self2 && ln -s x/same.txt zlink && ln -s nowhere dangling"
       " && ln -s loop1 loop2 && ln -s loop2 loop1 && mkfifo fifo", dir);
    got g;
    read_all(path("w"), &g);
    /* 3 real files, each once; 7 skipped paths, each an error record */
    assert_int_equal(g.n, 10);
    assert_int_equal(g.errors, 7);
    assert_non_null(strstr(g.all, "[a|OK]"));
    /* ids are paths from the root: x/same and y/same do not collide */
    assert_non_null(strstr(g.all, "[x/same|OK]"));
    assert_non_null(strstr(g.all, "[y/same|OK]"));
    assert_non_null(strstr(g.all, "/w/self:0: a folder already read"));
    assert_non_null(strstr(g.all, "/w/self2:0: a folder already read"));
    assert_non_null(strstr(g.all, "/w/zlink:0: the same file as "));
    assert_non_null(strstr(g.all, "/w/dangling:0: dangling symbolic link (No such file or directory)"));
    assert_non_null(strstr(g.all, "/w/loop1:0: symbolic link loop"));
    assert_non_null(strstr(g.all, "/w/fifo:0: a FIFO, not read"));
}

static void test_fifo_argument(void **st) {
    (void)st;
    sh("mkfifo '%s/pipe.txt'", dir);
    got g;
    read_all(path("pipe.txt"), &g); /* must not block */
    assert_int_equal(g.n, 1);
    assert_non_null(strstr(g.all, "pipe.txt:0: a FIFO, not read"));
}

static void test_depth_limit(void **st) {
    (void)st;
    char rel[400] = "deep";
    for (int i = 0; i < 34; i++) strcat(rel, "/d");
    sh("mkdir -p '%s/%s'", dir, rel);
    char f[450];
    snprintf(f, sizeof f, "%s/s.txt", rel);
    put(f, STORY);
    put("deep/top.txt", STORY);
    got g;
    read_all(path("deep"), &g);
    assert_int_equal(g.n, 2);
    assert_non_null(strstr(g.all, "[top|OK]"));
    assert_non_null(strstr(g.all, "folder nested deeper than 32 levels, not read"));
}

static void test_unreadable_folder(void **st) {
    (void)st;
    sh("mkdir -p '%s/u/locked' '%s/u/open'", dir, dir);
    put("u/locked/a.txt", STORY);
    put("u/open/b.txt", STORY);
    sh("chmod 000 '%s/u/locked'", dir);
    if (access(path("u/locked/a.txt"), R_OK) == 0) { sh("chmod 755 '%s/u/locked'", dir); skip(); } /* root reads anyway */
    got g;
    read_all(path("u"), &g);
    sh("chmod 755 '%s/u/locked'", dir);
    assert_int_equal(g.n, 2);
    assert_non_null(strstr(g.all, "[open/b|OK]"));
    assert_non_null(strstr(g.all, "/u/locked:0: cannot read folder: Permission denied"));
}

static void test_missing_path(void **st) {
    (void)st;
    got g;
    read_all(path("no-such-file.txt"), &g);
    assert_int_equal(g.n, 1);
    assert_non_null(strstr(g.all, "no-such-file.txt:0: cannot open: No such file or directory"));
}

static void test_truncated_gzip(void **st) {
    (void)st;
    char feed[8192] = "";
    for (int i = 1; i <= 60; i++) {
        size_t k = strlen(feed);
        snprintf(feed + k, sizeof feed - k, "{\"id\":\"s%d\",\"date\":\"2021-11-07\",\"text\":\"Gunmen killed %d people in Mosul on day %d.\"}\n", i, i, i * 7919 % 1000);
    }
    put_gz("whole.jsonl.gz", feed, 0);
    got g;
    read_all(path("whole.jsonl.gz"), &g);
    assert_int_equal(g.n, 60);
    assert_int_equal(g.errors, 0);
    /* half the compressed bytes: the stories before the cut, then one error
       record for the rest -- never a silent end */
    put_gz("half.jsonl.gz", feed, 400);
    read_all(path("half.jsonl.gz"), &g);
    assert_true(g.n < 60);
    assert_int_equal(g.errors, 1);
    assert_non_null(strstr(g.all, "compressed data ends early"));
    /* only the 8-byte trailer missing: all lines are there, the error still shows */
    put_gz("notrailer.jsonl.gz", feed, 0);
    struct stat sb;
    assert_int_equal(stat(path("notrailer.jsonl.gz"), &sb), 0);
    assert_int_equal(truncate(path("notrailer.jsonl.gz"), sb.st_size - 4), 0);
    read_all(path("notrailer.jsonl.gz"), &g);
    assert_int_equal(g.errors, 1);
    /* a truncated story file is an error record, not a shorter story */
    char story[4096] = " date 2021-11-07\n";
    for (int i = 0; i < 40; i++) {
        size_t k = strlen(story);
        snprintf(story + k, sizeof story - k, "Gunmen killed %d people in Mosul on day %d, police said. ", i, i * 7919 % 1000);
    }
    put_gz("story.txt.gz", story, 200); /* the whole file is over 400 bytes */
    read_all(path("story.txt.gz"), &g);
    assert_int_equal(g.n, 1);
    assert_int_equal(g.errors, 1);
    assert_non_null(strstr(g.all, "[story|"));
    assert_non_null(strstr(g.all, "not coded"));
}

static void test_unique_ids(void **st) {
    (void)st;
    sh("mkdir -p '%s/ids/x' '%s/ids/y'", dir, dir);
    const char *feed = "{\"id\":\"a\",\"date\":\"2021-11-07\",\"text\":\"one\"}\n"
                       "{\"id\":\"a\",\"date\":\"2021-11-07\",\"text\":\"two\"}\n"
                       "{\"date\":\"2021-11-07\",\"text\":\"no id\"}\n"
                       "{\"id\":\"n\\u0000m\",\"date\":\"2021-11-07\",\"text\":\"NUL in id\"}\n"
                       "{\"id\":\"n\",\"date\":\"2021-11-07\",\"text\":\"plain n\"}\n";
    put("ids/x/feed.jsonl", feed);
    put("ids/y/feed.jsonl", "{\"date\":\"2021-11-07\",\"text\":\"no id either\"}\n");
    put("ids/y/s.txt", STORY);
    put_gz("ids/y/s.txt.gz", STORY, 0);
    got g;
    read_all(path("ids"), &g);
    assert_int_equal(g.n, 8);
    assert_non_null(strstr(g.all, "[a|OK]"));
    /* the repeated id is kept apart, never a second "a" */
    assert_non_null(strstr(g.all, "[a#2|"));
    assert_non_null(strstr(g.all, "story id 'a' was already used at "));
    /* records without ids in two feed.jsonl files: x/feed-3 and y/feed-1 */
    assert_non_null(strstr(g.all, "[x/feed-3|OK]"));
    assert_non_null(strstr(g.all, "[y/feed-1|OK]"));
    /* an id with NUL is an error record, not "n" */
    assert_non_null(strstr(g.all, "NUL character in \"id\""));
    assert_non_null(strstr(g.all, "[n|OK]"));
    /* s.txt and s.txt.gz both name y/s: the second is kept apart */
    assert_non_null(strstr(g.all, "[y/s|OK]"));
    assert_non_null(strstr(g.all, "[y/s#2|"));
    /* every id once */
    char *p = g.all;
    while ((p = strchr(p, '[')) != NULL) {
        const char *bar = strchr(p, '|');
        char id[128];
        snprintf(id, sizeof id, "%.*s|", (int)(bar - p), p);
        char *again = strstr(bar, id);
        if (again && again[-1] == '[') fail_msg("id %s twice", id);
        p++;
    }
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_links_read_once, setup, teardown),
        cmocka_unit_test_setup_teardown(test_fifo_argument, setup, teardown),
        cmocka_unit_test_setup_teardown(test_depth_limit, setup, teardown),
        cmocka_unit_test_setup_teardown(test_unreadable_folder, setup, teardown),
        cmocka_unit_test_setup_teardown(test_missing_path, setup, teardown),
        cmocka_unit_test_setup_teardown(test_truncated_gzip, setup, teardown),
        cmocka_unit_test_setup_teardown(test_unique_ids, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

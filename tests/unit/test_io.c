/* test_io.c -- story readers (story files, JSON Lines, gzip, folders, bad
   input) and event writers (JSON Lines, TSV, SQLite replace semantics). */
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
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "code/event.h"
#include "core/core.h"

static char dir[256];

static void put(const char *name, const char *data, size_t n) {
    char p[512];
    snprintf(p, sizeof p, "%s/%s", dir, name);
    FILE *f = fopen(p, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(data, 1, n, f), n);
    fclose(f);
}

static int setup(void **st) {
    (void)st;
    snprintf(dir, sizeof dir, "/tmp/tc_test_io_XXXXXX");
    assert_non_null(mkdtemp(dir));
    return 0;
}

static int teardown(void **st) {
    (void)st;
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    return system(cmd) == 0 ? 0 : -1;
}

static void test_story_file(void **st) {
    (void)st;
    const char *s = " date 2021-11-07 Iraq\xe2\x80\x99s Prime Minister said.\n\nSecond paragraph.\n";
    put("story-2021-11-07.txt", s, strlen(s));
    char p[512];
    snprintf(p, sizeof p, "%s/story-2021-11-07.txt", dir);
    tc_reader *r;
    assert_int_equal(tc_reader_open(&r, p, 0, NULL), TC_OK);
    tc_story story;
    assert_int_equal(tc_reader_next(r, &story), TC_OK);
    assert_null(story.error);
    assert_string_equal(story.id, "story-2021-11-07");
    assert_string_equal(story.date, "2021-11-07");
    assert_int_equal(story.day, 7);
    assert_true(strncmp(story.text, "Iraq", 4) == 0);
    assert_non_null(strstr(story.text, "Second paragraph."));
    assert_int_equal(tc_reader_next(r, &story), TC_DONE);
    tc_reader_close(r);
}

static void test_bad_story_files(void **st) {
    (void)st;
    mkdir(strcat(strcpy((char[300]){0}, dir), "/bad"), 0700);
    put("bad/a-nodate.txt", "Just text\n", 10);
    put("bad/b-baddate.txt", "date 2021-13-45\ntext\n", 21);
    const char utf[] = " date 2021-01-01\nline two\nbad \xc3\x28 here\n";
    put("bad/c-utf8.txt", utf, sizeof utf - 1);
    const char bin[] = "date 2021-01-01\nab\0cd";
    put("bad/d-binary.txt", bin, sizeof bin - 1);
    put("bad/e-good.txt", "date 2021-01-02\nfine\n", 21);
    char p[512];
    snprintf(p, sizeof p, "%s/bad", dir);
    tc_reader *r;
    assert_int_equal(tc_reader_open(&r, p, 0, NULL), TC_OK);
    tc_story s;
    assert_int_equal(tc_reader_next(r, &s), TC_OK);
    assert_non_null(s.error);
    assert_non_null(strstr(s.error, "a-nodate.txt:1: first line"));
    assert_int_equal(tc_reader_next(r, &s), TC_OK);
    assert_non_null(strstr(s.error, "b-baddate.txt:1: bad story date"));
    assert_int_equal(tc_reader_next(r, &s), TC_OK);
    /* not UTF-8, not binary: read as Windows-1252 (0xC3 is "Ã"), with a note */
    assert_null(s.error);
    assert_non_null(strstr(s.text, "bad \xc3\x83( here"));
    assert_non_null(s.note);
    assert_int_equal(tc_reader_next(r, &s), TC_OK);
    assert_non_null(strstr(s.error, "d-binary.txt:2: NUL byte"));
    assert_int_equal(tc_reader_next(r, &s), TC_OK);
    assert_null(s.error);
    assert_string_equal(s.id, "e-good");
    assert_string_equal(s.text, "fine\n");
    assert_int_equal(tc_reader_next(r, &s), TC_DONE);
    long errs;
    assert_int_equal(tc_reader_count(r, &errs), 5);
    assert_int_equal(errs, 3);
    tc_reader_close(r);
}

static void test_jsonl_and_gzip(void **st) {
    (void)st;
    const char *j =
        "{\"id\":\"a\",\"date\":\"2025-01-01\",\"text\":\"One.\",\"title\":\"T\",\"url\":\"http://x\"}\n"
        "\n"
        "{\"id\":\"b\",\"date\":\"2025-01-02\",\"text\":\"Two.\"\n"
        "{\"id\":\"c\",\"text\":\"No date.\"}\n"
        "[1,2]\n"
        "{\"date\":\"2025-01-03\",\"text\":\"no id\"}";
    char p[512];
    snprintf(p, sizeof p, "%s/s.jsonl.gz", dir);
    gzFile g = gzopen(p, "wb");
    assert_non_null(g);
    gzwrite(g, j, (unsigned)strlen(j));
    gzclose(g);
    tc_reader *r;
    assert_int_equal(tc_reader_open(&r, p, 0, NULL), TC_OK);
    tc_story s;
    assert_int_equal(tc_reader_next(r, &s), TC_OK);
    assert_null(s.error);
    assert_string_equal(s.id, "a");
    assert_string_equal(s.title, "T");
    assert_string_equal(s.text, "One.");
    assert_int_equal(s.line, 1);
    assert_int_equal(tc_reader_next(r, &s), TC_OK);
    assert_non_null(s.error);
    assert_non_null(strstr(s.error, "s.jsonl.gz:3: invalid JSON"));
    assert_int_equal(tc_reader_next(r, &s), TC_OK);
    assert_non_null(strstr(s.error, ":4: story has no \"date\""));
    assert_string_equal(s.id, "c");
    assert_int_equal(tc_reader_next(r, &s), TC_OK);
    assert_non_null(strstr(s.error, ":5: a story must be a JSON object"));
    assert_int_equal(tc_reader_next(r, &s), TC_OK);
    assert_null(s.error);
    assert_string_equal(s.id, "s-6");
    assert_int_equal(tc_reader_next(r, &s), TC_DONE);
    tc_reader_close(r);
}

static void test_huge_line(void **st) {
    (void)st;
    size_t n = 5000;
    char *big = malloc(n + 200);
    int k = sprintf(big, "{\"id\":\"big\",\"date\":\"2025-01-01\",\"text\":\"");
    memset(big + k, 'x', n);
    strcpy(big + k + n, "\"}\n{\"id\":\"ok\",\"date\":\"2025-01-01\",\"text\":\"y\"}\n");
    put("h.jsonl", big, strlen(big));
    free(big);
    char p[512];
    snprintf(p, sizeof p, "%s/h.jsonl", dir);
    tc_reader *r;
    assert_int_equal(tc_reader_open(&r, p, 1000, NULL), TC_OK);
    tc_story s;
    assert_int_equal(tc_reader_next(r, &s), TC_OK);
    assert_non_null(strstr(s.error, "h.jsonl:1: line longer than 1000 bytes"));
    assert_int_equal(tc_reader_next(r, &s), TC_OK);
    assert_string_equal(s.id, "ok");
    assert_int_equal(tc_reader_next(r, &s), TC_DONE);
    tc_reader_close(r);
    /* missing path: an error record saying so (issue 16) */
    assert_int_equal(tc_reader_open(&r, "/nonexistent/x.txt", 0, NULL), TC_OK);
    assert_int_equal(tc_reader_next(r, &s), TC_OK);
    assert_string_equal(s.error, "/nonexistent/x.txt:0: cannot open: No such file or directory");
    assert_int_equal(tc_reader_next(r, &s), TC_DONE);
    tc_reader_close(r);
}

static struct tc_event sample_event(void) {
    struct tc_event e;
    memset(&e, 0, sizeof e);
    e.doc = "d1";
    e.sentence = 2;
    e.date = (tc_date){2021, 11, 7};
    e.date_text = "early Sunday";
    e.date_precision = "day";
    e.target = "IRQGOV";
    e.target_text = "his \"residence\"";
    e.code = "195";
    e.root = "19";
    e.quad = 4;
    e.goldstein = -10;
    e.has_goldstein = true;
    e.plover = "ASSAULT";
    e.location = (tc_location){.name = "Baghdad", .country = "IQ", .admin1 = "Baghdad", .precision = "city",
                               .country3 = "IRQ", .geonameid = 98182, .lat = 33.34, .lon = 44.40, .has = true};
    e.killed = -1;
    e.injured = 2;
    e.text = "A drone\tattack.";
    e.code_name = "Employ aerial weapons";
    e.trigger = "attack";
    e.trigger_span = (tc_span){8, 14, true};
    e.nth = 1;
    return e;
}

static void test_event_json(void **st) {
    (void)st;
    struct tc_event e = sample_event();
    char buf[2048];
    size_t n = tc_event_json(&e, buf, sizeof buf);
    assert_true(n < sizeof buf);
    assert_string_equal(buf,
        "{\"event_id\":\"d1-2-1\",\"doc\":\"d1\",\"sentence\":2,\"sentences\":[2],\"date\":\"2021-11-07\","
        "\"date_text\":\"early Sunday\",\"date_precision\":\"day\",\"source\":\"\",\"source_text\":\"\","
        "\"target\":\"IRQGOV\",\"target_text\":\"his \\\"residence\\\"\",\"code\":\"195\","
        "\"code_name\":\"Employ aerial weapons\",\"root\":\"19\",\"quad\":4,"
        "\"goldstein\":-10.0,\"plover\":\"ASSAULT\",\"plover_mode\":null,\"plover_context\":null,\"acled_type\":null,"
        "\"acled_subtype\":null,\"location\":{\"name\":\"Baghdad\",\"gazetteer\":\"Baghdad\",\"country\":\"IQ\",\"country3\":\"IRQ\","
        "\"admin1\":\"Baghdad\",\"admin2\":null,\"geonameid\":98182,"
        "\"lat\":33.3400,\"lon\":44.4000,\"precision\":\"city\"},\"killed\":null,\"injured\":2,"
        "\"trigger\":\"attack\",\"trigger_beg\":8,\"trigger_end\":14,\"source_beg\":null,\"source_end\":null,"
        "\"target_beg\":null,\"target_end\":null,"
        "\"text\":\"A drone\\tattack.\"}");
    char small[10];
    assert_int_equal(tc_event_json(&e, small, sizeof small), n);
    assert_int_equal(strlen(small), 9);
}

static int count_rows(const char *db, const char *sql) { return db_count(db, sql); }

static void test_sqlite_replace(void **st) {
    (void)st;
    char p[512];
    snprintf(p, sizeof p, "%s/ev.db", dir);
    struct tc_event e = sample_event();
    const tc_event *evs[2] = {&e, &e};
    tc_story story = {.id = "d1", .date = "2021-11-07", .file = "x.txt", .line = 1};
    tc_story bad = {.id = "d2", .file = "y.txt", .line = 3, .error = "y.txt:3: invalid UTF-8"};
    for (int round = 0; round < 2; round++) {
        tc_writer *w;
        assert_int_equal(tc_writer_open(&w, TC_FMT_SQLITE, p, NULL), TC_OK);
        assert_int_equal(tc_writer_story(w, &story, evs, 2), TC_OK);
        assert_int_equal(tc_writer_story(w, &bad, NULL, 0), TC_OK);
        assert_int_equal(tc_writer_close(w), TC_OK);
    }
    assert_int_equal(count_rows(p, "SELECT count(*) FROM events"), 2);
    assert_int_equal(count_rows(p, "SELECT count(*) FROM stories"), 2);
    assert_int_equal(count_rows(p, "SELECT count(*) FROM errors"), 1);
    assert_int_equal(count_rows(p, "SELECT injured FROM events WHERE seq=1"), 2);
    tc_writer *w;
    assert_int_equal(tc_writer_open(&w, TC_FMT_SQLITE, NULL, NULL), TC_MISUSE);
}

static void test_tsv(void **st) {
    (void)st;
    char p[512];
    snprintf(p, sizeof p, "%s/ev.tsv", dir);
    struct tc_event e = sample_event();
    const tc_event *evs[1] = {&e};
    tc_story story = {.id = "d1", .date = "2021-11-07"};
    tc_writer *w;
    assert_int_equal(tc_writer_open(&w, TC_FMT_TSV, p, NULL), TC_OK);
    assert_int_equal(tc_writer_story(w, &story, evs, 1), TC_OK);
    assert_int_equal(tc_writer_close(w), TC_OK);
    FILE *f = fopen(p, "r");
    char head[2048], row[2048];
    assert_non_null(fgets(head, sizeof head, f));
    assert_non_null(fgets(row, sizeof row, f));
    fclose(f);
    assert_true(strncmp(head, "EventID\tDate\tYear", 17) == 0);
    int nh = 0, nr = 0;
    for (char *c = head; *c; c++) nh += *c == '\t';
    for (char *c = row; *c; c++) nr += *c == '\t';
    assert_int_equal(nh, nr);
    /* columns: EventID, Date, ..., TargetActorFull is column 10 */
    char *col = row;
    for (int i = 0; i < 9; i++) col = strchr(col, '\t') + 1;
    assert_true(strncmp(col, "IRQGOV\tIRQ\tGOV\t\t195\t19\t4\t-10.0", 29) == 0);
    assert_non_null(strstr(row, "A drone attack."));
    /* the text holds '"': quoted, with the quote doubled (RFC 4180) */
    assert_non_null(strstr(row, "\t\"his \"\"residence\"\"\"\t"));
    assert_true(strncmp(row, "d1-2-1\t2021-11-07\t2021\t11\t7\t", 28) == 0);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_story_file), cmocka_unit_test(test_bad_story_files),
        cmocka_unit_test(test_jsonl_and_gzip), cmocka_unit_test(test_huge_line),
        cmocka_unit_test(test_event_json), cmocka_unit_test(test_sqlite_replace),
        cmocka_unit_test(test_tsv),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}

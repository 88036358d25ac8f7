/* test_records.c -- what analysts get from a record (issues 15 and 16):
   ids that are JSON numbers, story metadata passed through, byte-order
   marks, Windows-1252 text, one date rule, UTF-8 repair and cutting,
   character offsets and event numbering, and the SQLite columns (including
   a database written by an older tacitus).  Expected values are worked out
   by hand from the inputs written here. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "code/event.h"
#include "core/core.h"
#include "io/text.h"

static char dir[256];

static const char *put(const char *name, const char *data) {
    static char p[512];
    snprintf(p, sizeof p, "%s/%s", dir, name);
    FILE *f = fopen(p, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(data, 1, strlen(data), f), strlen(data));
    fclose(f);
    return p;
}

static int setup(void **st) {
    (void)st;
    snprintf(dir, sizeof dir, "/tmp/tc_test_records_XXXXXX");
    return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **st) {
    (void)st;
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    return system(cmd) == 0 ? 0 : -1;
}

static void test_ids_and_metadata(void **st) {
    (void)st;
    const char *p = put("m.jsonl",
        "\xef\xbb\xbf{\"id\":123,\"date\":\"2021-11-07\",\"text\":\"a\"}\n"
        "{\"id\":1.5,\"date\":\"2021-11-07\",\"text\":\"b\"}\n"
        "{\"id\":null,\"date\":\"2021-11-07\",\"text\":\"c\"}\n"
        "{\"id\":\"m\",\"date\":\"2021-11-07T08:30:00Z\",\"text\":\"d\",\"title\":\"T\",\"url\":\"u1\","
        "\"sources\":[{\"name\":\"AJ\",\"url\":\"u2\"},\"Reuters\"],\"category\":\"X\",\"n\":3}\n"
        "{\"id\":\"late\",\"date\":\"2021-11-07xyz\",\"text\":\"e\"}\n");
    tc_reader *r;
    assert_int_equal(tc_reader_open(&r, p, 0, NULL), TC_OK);
    tc_story s;
    /* the byte-order mark does not cost the first record; a number id is its text */
    assert_int_equal(tc_reader_next(r, &s), TC_OK);
    assert_null(s.error);
    assert_string_equal(s.id, "123");
    assert_null(s.meta); /* nothing but id, date, text */
    assert_null(s.note);
    assert_int_equal(tc_reader_next(r, &s), TC_OK);
    assert_string_equal(s.id, "1.5");
    assert_int_equal(tc_reader_next(r, &s), TC_OK);
    assert_string_equal(s.id, "m-3"); /* null: no id, the file's name and line */
    assert_int_equal(tc_reader_next(r, &s), TC_OK);
    assert_null(s.error);
    assert_string_equal(s.id, "m");
    assert_string_equal(s.date, "2021-11-07"); /* a date-time is a date */
    assert_string_equal(s.title, "T");
    assert_string_equal(s.url, "u1;u2");
    assert_string_equal(s.source, "AJ;Reuters");
    assert_string_equal(s.meta, "{\"title\":\"T\",\"url\":\"u1\",\"sources\":[{\"name\":\"AJ\",\"url\":\"u2\"},\"Reuters\"],"
                                "\"category\":\"X\",\"n\":3}");
    assert_int_equal(tc_reader_next(r, &s), TC_OK);
    assert_non_null(s.error); /* one date rule: trailing junk is refused */
    assert_non_null(strstr(s.error, "m.jsonl:5: bad \"date\" '2021-11-07xyz'"));
    assert_int_equal(tc_reader_next(r, &s), TC_DONE);
    tc_reader_close(r);
}

static void test_windows_1252(void **st) {
    (void)st;
    /* 0x93 0x94: curly quotes; 0xE9: e-acute; 0x81: undefined (U+0081) */
    const char *p = put("w.txt", " date 2021-11-07\nThe \x93" "caf\xe9\x94 \x81.\n");
    tc_reader *r;
    assert_int_equal(tc_reader_open(&r, p, 0, NULL), TC_OK);
    tc_story s;
    assert_int_equal(tc_reader_next(r, &s), TC_OK);
    assert_null(s.error);
    assert_string_equal(s.text, "The \xe2\x80\x9c" "caf\xc3\xa9\xe2\x80\x9d \xc2\x81.\n");
    assert_int_equal(s.text_len, strlen(s.text));
    assert_string_equal(s.note, "text decoded as Windows-1252 (not valid UTF-8)");
    tc_reader_close(r);
    /* a bad byte in the date line: an error record, valid UTF-8 */
    p = put("d.txt", " date 2021-\xff-07 text\n");
    assert_int_equal(tc_reader_open(&r, p, 0, NULL), TC_OK);
    assert_int_equal(tc_reader_next(r, &s), TC_OK);
    assert_non_null(s.error);
    assert_true(io_is_utf8(s.error, strlen(s.error)));
    assert_non_null(strstr(s.error, "bad story date '2021-\xc3\xbf-07'"));
    tc_reader_close(r);
}

static void test_utf8_helpers(void **st) {
    (void)st;
    tc_buf b;
    tc_buf_init(&b, NULL);
    assert_true(io_add_utf8(&b, "a\x80z\xc3\xa9", 5)); /* 0x80 is the euro sign; é stays */
    assert_string_equal(b.p, "a\xe2\x82\xacz\xc3\xa9");
    tc_buf_clear(&b);
    assert_true(io_add_utf8(&b, "\xc3(", 2)); /* a lead byte without its continuation */
    assert_string_equal(b.p, "\xc3\x83(");
    tc_buf_free(&b);
    assert_true(io_is_utf8("caf\xc3\xa9", 5));
    assert_false(io_is_utf8("caf\xc3", 4));
    assert_false(io_is_utf8("\xed\xa0\x80", 3)); /* a surrogate */
    /* cutting: never inside a character */
    assert_int_equal(io_utf8_cut("ab\xc3\xa9", 4), 4);
    assert_int_equal(io_utf8_cut("ab\xc3\xa9", 3), 2);
    assert_int_equal(io_utf8_cut("a\xe2\x82\xac", 3), 1);
    assert_int_equal(io_utf8_cut("a\xe2\x82\xac", 4), 4);
    assert_int_equal(io_utf8_cut("abc", 3), 3);
}

/* Two sentences: "Él atacó." (bytes 0-10) and "Ana huyó." (bytes 12-22). */
static void test_spans_and_numbers(void **st) {
    (void)st;
    const char *text = "\xc3\x89l atac\xc3\xb3. Ana huy\xc3\xb3.";
    tc_tok t1[3] = {{.form = "\xc3\x89l", .beg = 0, .end = 3}, {.form = "atac\xc3\xb3", .beg = 4, .end = 10},
                    {.form = ".", .beg = 10, .end = 11}};
    tc_tok t2[3] = {{.form = "Ana", .beg = 0, .end = 3}, {.form = "huy\xc3\xb3", .beg = 4, .end = 9},
                    {.form = ".", .beg = 9, .end = 10}};
    tc_sent s1 = {.tok = t1, .n = 3, .text = "\xc3\x89l atac\xc3\xb3.", .index = 1, .doc_beg = 0};
    tc_sent s2 = {.tok = t2, .n = 3, .text = "Ana huy\xc3\xb3.", .index = 2, .doc_beg = 12};
    struct tc_event e[3];
    memset(e, 0, sizeof e);
    e[0].sentence = 1;
    e[0].trigger_span = ev_span(&s1, 2, 2);
    e[0].source_span = ev_span(&s1, 1, 1);
    e[1].sentence = 2;
    e[1].trigger_span = ev_span(&s2, 2, 2);
    e[1].source_span = ev_span(&s2, 1, 1);
    e[2].sentence = 1; /* a second event of sentence 1, listed after one of sentence 2 */
    e[2].trigger_span = ev_span(&s1, 2, 3);
    assert_int_equal(e[1].trigger_span.beg, 16); /* bytes while coding */
    assert_false(ev_span(&s1, 0, 1).has);
    struct tc_event *ev[3] = {&e[0], &e[1], &e[2]};
    tc_arena a;
    tc_arena_init(&a, NULL, 4096);
    ev_finish(ev, 3, text, strlen(text), &a);
    /* characters: "Él" 0-2, "atacó" 3-8, "Ana" 10-13, "huyó" 14-18 */
    assert_int_equal(e[0].source_span.beg, 0);
    assert_int_equal(e[0].source_span.end, 2);
    assert_int_equal(e[0].trigger_span.beg, 3);
    assert_int_equal(e[0].trigger_span.end, 8);
    assert_int_equal(e[1].source_span.beg, 10);
    assert_int_equal(e[1].trigger_span.beg, 14);
    assert_int_equal(e[1].trigger_span.end, 18);
    assert_int_equal(e[2].trigger_span.end, 9);
    assert_false(e[2].source_span.has);
    assert_int_equal(e[0].nth, 1);
    assert_int_equal(e[1].nth, 1);
    assert_int_equal(e[2].nth, 2);
    tc_arena_free(&a);
}

static int scalar(sqlite3 *h, const char *sql, char *out, size_t cap) {
    sqlite3_stmt *s;
    assert_int_equal(sqlite3_prepare_v2(h, sql, -1, &s, NULL), SQLITE_OK);
    int rc = sqlite3_step(s);
    if (rc == SQLITE_ROW && out) {
        const unsigned char *t = sqlite3_column_text(s, 0);
        snprintf(out, cap, "%s", t ? (const char *)t : "(null)");
    }
    sqlite3_finalize(s);
    return rc;
}

static void test_sqlite_columns(void **st) {
    (void)st;
    char p[512];
    snprintf(p, sizeof p, "%s/old.db", dir);
    /* a database as tacitus wrote it before issue 15 */
    sqlite3 *h;
    assert_int_equal(sqlite3_open(p, &h), SQLITE_OK);
    assert_int_equal(sqlite3_exec(h,
        "CREATE TABLE stories(id TEXT PRIMARY KEY, date TEXT, title TEXT, source TEXT, url TEXT,"
        " file TEXT, line INTEGER, events INTEGER);"
        "CREATE TABLE events(story_id TEXT NOT NULL, seq INTEGER NOT NULL, sentence INTEGER,"
        " sentences TEXT, date TEXT, date_text TEXT, date_precision TEXT, source TEXT, source_text TEXT,"
        " target TEXT, target_text TEXT, code TEXT, root TEXT, quad INTEGER, goldstein REAL, plover TEXT,"
        " plover_mode TEXT, acled_type TEXT, acled_subtype TEXT, location_name TEXT, country TEXT, admin1 TEXT,"
        " lat REAL, lon REAL, location_precision TEXT, killed INTEGER, killed_mod TEXT, injured INTEGER,"
        " injured_mod TEXT, trigger TEXT, note TEXT, text TEXT, PRIMARY KEY(story_id, seq));"
        "INSERT INTO stories VALUES('old','2020-01-01',NULL,NULL,NULL,'o.txt',1,0);",
        NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(h);
    struct tc_event e;
    memset(&e, 0, sizeof e);
    e.doc = "s";
    e.sentence = 3;
    e.nth = 2;
    e.sentences = "3,5";
    e.date = (tc_date){2021, 11, 0};
    e.date_precision = "month";
    e.code = "195";
    e.killed = e.injured = -1;
    e.source_span = (tc_span){4, 9, true};
    e.location = (tc_location){.name = "Mosul", .country = "IQ", .country3 = "IRQ", .geonameid = 99072, .has = true};
    const tc_event *evs[1] = {&e};
    tc_story story = {.id = "s", .date = "2021-11-07", .meta = "{\"title\":\"T\"}", .title = "T",
                      .note = "text decoded as Windows-1252 (not valid UTF-8)"};
    tc_writer *w;
    assert_int_equal(tc_writer_open(&w, TC_FMT_SQLITE, p, NULL), TC_OK);
    assert_int_equal(tc_writer_story(w, &story, evs, 1), TC_OK);
    assert_int_equal(tc_writer_close(w), TC_OK);
    assert_int_equal(sqlite3_open(p, &h), SQLITE_OK);
    char v[256];
    assert_int_equal(scalar(h, "SELECT event_id FROM events WHERE story_id='s'", v, sizeof v), SQLITE_ROW);
    assert_string_equal(v, "s-3-2");
    scalar(h, "SELECT sentences FROM events", v, sizeof v);
    assert_string_equal(v, "[3,5]");
    scalar(h, "SELECT date || ' ' || country3 || ' ' || geonameid || ' ' || source_beg || '-' || source_end FROM events", v,
           sizeof v);
    assert_string_equal(v, "2021-11 IRQ 99072 4-9");
    scalar(h, "SELECT meta || note FROM stories WHERE id='s'", v, sizeof v);
    assert_string_equal(v, "{\"title\":\"T\"}text decoded as Windows-1252 (not valid UTF-8)");
    scalar(h, "SELECT count(*) FROM stories WHERE id='old'", v, sizeof v); /* the old rows stay */
    assert_string_equal(v, "1");
    scalar(h, "SELECT note FROM events", v, sizeof v); /* the story's note reaches its events */
    assert_string_equal(v, "text decoded as Windows-1252 (not valid UTF-8)");
    sqlite3_close(h);
}

static void test_jsonl_story_object(void **st) {
    (void)st;
    char p[512];
    snprintf(p, sizeof p, "%s/o.jsonl", dir);
    struct tc_event e;
    memset(&e, 0, sizeof e);
    e.doc = "bad\xff" "id\tx";
    e.sentence = 1;
    e.nth = 1;
    e.code = "010";
    e.killed = e.injured = -1;
    e.note = "date after the story date";
    const tc_event *evs[1] = {&e};
    tc_story story = {.id = e.doc, .meta = "{\"url\":\"u\",\"n\":[1,2]}", .note = "decoded"};
    tc_writer *w;
    assert_int_equal(tc_writer_open(&w, TC_FMT_JSONL, p, NULL), TC_OK);
    assert_int_equal(tc_writer_story(w, &story, evs, 1), TC_OK);
    assert_int_equal(tc_writer_close(w), TC_OK);
    FILE *f = fopen(p, "r");
    char line[4096];
    assert_non_null(fgets(line, sizeof line, f));
    fclose(f);
    assert_true(io_is_utf8(line, strlen(line)));
    assert_true(strncmp(line, "{\"event_id\":\"bad\xc3\xbfid\\tx-1-1\",\"doc\":\"bad\xc3\xbfid\\tx\"", 44) == 0);
    assert_non_null(strstr(line, ",\"note\":\"decoded; date after the story date\",\"story\":{\"url\":\"u\",\"n\":[1,2]},\"text\":"));
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ids_and_metadata), cmocka_unit_test(test_windows_1252),
        cmocka_unit_test(test_utf8_helpers),     cmocka_unit_test(test_spans_and_numbers),
        cmocka_unit_test(test_sqlite_columns),   cmocka_unit_test(test_jsonl_story_object),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}

/* test_binding.c -- the API the Python binding and the Dask path use:
   tc_reader_open_part (a JSON Lines file read in parts gives what one
   reader of the whole file gives: stories, line numbers, ids made from line
   numbers, error records), tc_writer_open_stream (records into a caller's
   stream, which stays open), tc_engine_parser. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tacitus.h"
#include "tmpfiles.h"

static const char *jsonl =
    "{\"id\":\"a\",\"date\":\"2021-01-01\",\"text\":\"One.\"}\n"
    "{\"date\":\"2021-01-02\",\"text\":\"No id: named after its line.\"}\n"
    "\n"
    "{\"id\":\"c\",\"date\":\"2021-01-03\",\"text\":\"Th\n"   /* cut: an error record */
    "{\"id\":\"d\",\"date\":\"2021-13-03\",\"text\":\"Bad date.\"}\n"
    "{\"id\":\"e\",\"date\":\"2021-01-05\",\"text\":\"Five.\",\"title\":\"T\"}\n"
    "{\"date\":\"2021-01-06\",\"text\":\"Last, without id and newline.\"}";

/* "id|line|date|text|error" for every record of a reader, one per line. */
static void dump(tc_reader *r, char *out, size_t cap) {
    tc_story s;
    size_t n = strlen(out);
    while (tc_reader_next(r, &s) == TC_OK) {
        int k = snprintf(out + n, cap - n, "%s|%ld|%s|%s|%s\n", s.id ? s.id : "-", s.line, s.date ? s.date : "-",
                         s.text ? s.text : "-", s.error ? s.error : "-");
        assert_true(k > 0 && (size_t)k < cap - n);
        n += (size_t)k;
    }
}

static void test_reader_parts(void **state) {
    (void)state;
    assert_int_equal(tmp_open("binding"), 0);
    char path[128];
    snprintf(path, sizeof path, "%s", tmp_write("feed.jsonl", jsonl));
    static char whole[8192], parts[8192];
    whole[0] = parts[0] = 0;
    tc_reader *r;
    assert_int_equal(tc_reader_open(&r, path, 0, NULL), TC_OK);
    dump(r, whole, sizeof whole);
    tc_reader_close(r);
    /* what the whole-file reader gives (checked by hand) */
    assert_non_null(strstr(whole, "a|1|2021-01-01|One.|-\n"));
    assert_non_null(strstr(whole, "feed-2|2|2021-01-02|"));
    assert_non_null(strstr(whole, "|4|-|-|"));
    assert_non_null(strstr(whole, "feed.jsonl:4: invalid JSON"));
    assert_non_null(strstr(whole, "feed.jsonl:5: bad \"date\""));
    assert_non_null(strstr(whole, "feed-7|7|2021-01-06|Last, without id and newline.|-\n"));
    /* every split at line starts, in 2 and 3 parts */
    size_t len = strlen(jsonl), starts[16];
    long lines[16];
    int ns = 0;
    long line = 1;
    for (size_t i = 0; i < len; i++) {
        if (i == 0 || jsonl[i - 1] == '\n') { starts[ns] = i; lines[ns++] = line; }
        line += jsonl[i] == '\n';
    }
    starts[ns] = len;
    int tried = 0;
    for (int a = 1; a < ns; a++)
        for (int b = a; b < ns; b++) {
            size_t cut[4] = {0, starts[a], starts[b], len};
            long first[3] = {1, lines[a], lines[b]};
            parts[0] = 0;
            for (int p = 0; p < 3; p++) {
                if (cut[p + 1] == cut[p]) continue;
                assert_int_equal(tc_reader_open_part(&r, path, cut[p], cut[p + 1] - cut[p], first[p], 0, NULL), TC_OK);
                dump(r, parts, sizeof parts);
                tc_reader_close(r);
            }
            assert_string_equal(parts, whole);
            tried++;
        }
    assert_true(tried >= 20);
    /* not a JSON Lines name, a folder, a bad first line */
    assert_int_equal(tc_reader_open_part(&r, "x.txt", 0, 10, 1, 0, NULL), TC_MISUSE);
    assert_null(r);
    snprintf(path, sizeof path, "%s/dir.jsonl", tmp_dir);
    char cmd[256];
    snprintf(cmd, sizeof cmd, "mkdir -p %s", path);
    assert_int_equal(system(cmd), 0);
    assert_int_equal(tc_reader_open_part(&r, path, 0, 10, 1, 0, NULL), TC_MISUSE);
    assert_int_equal(tc_reader_open_part(&r, "a.jsonl", 0, 10, 0, 0, NULL), TC_MISUSE);
    /* an empty folder is read as no stories (it once passed NULL to qsort:
       undefined behaviour, which the sanitized run of this test reports) */
    assert_int_equal(tc_reader_open(&r, path, 0, NULL), TC_OK);
    tc_story s;
    assert_int_equal(tc_reader_next(r, &s), TC_DONE);
    tc_reader_close(r);
    assert_int_equal(tmp_close(), 0);
}

static void test_writer_stream(void **state) {
    (void)state;
    char *buf = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&buf, &n);
    assert_non_null(f);
    tc_writer *w;
    assert_int_equal(tc_writer_open_stream(&w, TC_FMT_JSONL, f, NULL), TC_OK);
    tc_story s = {.id = "x", .file = "in.jsonl", .line = 3, .error = "in.jsonl:3: invalid JSON"};
    assert_int_equal(tc_writer_story(w, &s, NULL, 0), TC_OK);
    assert_int_equal(tc_writer_close(w), TC_OK);
    /* the stream is flushed, not closed: it takes more */
    assert_int_equal(fflush(f), 0);
    assert_string_equal(buf, "{\"doc\":\"x\",\"error\":\"in.jsonl:3: invalid JSON\",\"line\":3}\n");
    assert_true(fputs("more\n", f) >= 0);
    assert_int_equal(fclose(f), 0);
    assert_non_null(strstr(buf, "}\nmore\n"));
    free(buf);

    f = open_memstream(&buf, &n);
    assert_int_equal(tc_writer_open_stream(&w, TC_FMT_TSV, f, NULL), TC_OK);
    assert_int_equal(tc_writer_close(w), TC_OK);
    fclose(f);
    assert_true(strncmp(buf, "EventID\tDate\tYear", 17) == 0); /* the header */
    free(buf);

    assert_int_equal(tc_writer_open_stream(&w, TC_FMT_SQLITE, stdout, NULL), TC_MISUSE);
    assert_null(w);
    assert_int_equal(tc_writer_open_stream(&w, TC_FMT_JSONL, NULL, NULL), TC_MISUSE);
    assert_null(tc_engine_parser(NULL));
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_reader_parts),
        cmocka_unit_test(test_writer_stream),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

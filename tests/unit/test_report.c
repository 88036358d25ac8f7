/* test_report.c -- the report's records (JSON Lines read defensively, bad
   lines named file:line, places and sentences shared), its page (template
   filled, title escaped, data block decodable: JSON then int32 columns),
   the outlines (absent, wrong file) and allocation failures. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "fault_alloc.h"
#include "tacitus.h"
#include "tmpfiles.h"

/* Four events (two at one place, one elsewhere, one without coordinates;
   two sharing a sentence), one error record, one broken line, one line
   that is no record, one blank line. */
static const char *records =
    "{\"doc\":\"s1\",\"sentence\":1,\"date\":\"2021-11-07\",\"source\":\"IRQGOV\",\"target\":\"\",\"code\":\"020\","
    "\"root\":\"02\",\"quad\":1,\"goldstein\":3.0,\"location\":{\"name\":\"Baghdad\",\"country\":\"IQ\",\"lat\":33.34,"
    "\"lon\":44.4},\"killed\":null,\"injured\":null,\"text\":\"Kadhimi appealed for calm.\"}\n"
    "{\"doc\":\"s1\",\"sentence\":1,\"sentences\":[1,3],\"date\":\"2021-11-07\",\"source\":\"\",\"target\":\"IRQGOV\","
    "\"code\":\"195\",\"quad\":4,\"goldstein\":-10.0,\"location\":{\"name\":\"Baghdad\",\"country\":\"IQ\",\"lat\":33.34,"
    "\"lon\":44.4},\"killed\":null,\"injured\":2,\"text\":\"Kadhimi appealed for calm.\"}\n"
    "{\"doc\":\"s1\",\"sentence\":4, broken\n"
    "\n"
    "[1,2,3]\n"
    "{\"doc\":12,\"sentence\":2,\"date\":\"2021-10\",\"code\":\"194\",\"location\":{\"name\":\"Mansour\",\"country\":\"IQ\","
    "\"lat\":33.315,\"lon\":44.345},\"killed\":3,\"text\":\"Three rockets fell.\"}\n"
    "{\"doc\":\"s2\",\"sentence\":1,\"sentences\":\"[1,5]\",\"date\":\"2021-11-08\",\"code\":\"111\",\"location\":null,"
    "\"text\":\"<b>US</b> condemned.\"}\n"
    "{\"doc\":\"bad\",\"error\":\"x.txt:3: invalid UTF-8\",\"line\":3}\n";

static char warned[4][256];
static int nwarned;
static void warn(void *ud, const char *msg) {
    (void)ud;
    if (nwarned < 4) snprintf(warned[nwarned], sizeof warned[0], "%s", msg);
    nwarned++;
}

static tc_config empty_cfg(const tc_alloc *A) {
    static char models[128];
    snprintf(models, sizeof models, "%s/no-models", tmp_dir);
    tc_config c = {.data_dir = "/nonexistent", .model_dir = models, .project_dir = "data", .alloc = A};
    return c;
}

static void test_records(void **st) {
    (void)st;
    assert_int_equal(tmp_open("report"), 0);
    const char *path = tmp_write("ev.jsonl", records);
    tc_config cfg = empty_cfg(NULL);
    tc_report *r;
    assert_int_equal(tc_report_new(&r, &cfg), TC_OK);
    nwarned = 0;
    assert_int_equal(tc_report_add_file(r, path, warn, NULL), TC_OK);
    tc_report_stats s;
    tc_report_get_stats(r, &s);
    assert_int_equal(s.events, 4);
    assert_int_equal(s.errors, 1);
    assert_int_equal(s.skipped, 2);
    assert_int_equal(s.located, 3);
    assert_int_equal(s.places, 2);       /* Baghdad twice, Mansour */
    assert_int_equal(s.dated, 3);        /* "2021-10" is no full date */
    assert_int_equal(s.stories_seen, 4); /* s1, 12 (a number as id), s2, bad */
    assert_int_equal(s.stories, -1);     /* JSON Lines do not tell */
    assert_int_equal(s.sentences, -1);
    assert_int_equal(nwarned, 2);
    char want[300];
    snprintf(want, sizeof want, "%s:3: ", path);
    assert_memory_equal(warned[0], want, strlen(want));
    snprintf(want, sizeof want, "%s:5: not a JSON object", path);
    assert_string_equal(warned[1], want);
    tc_report_free(r);
    tmp_close();
}

/* Reads the page back: the data block gunzipped into *raw (malloc'd). */
static char *read_page(const char *path, unsigned char **raw, size_t *nraw) {
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    static char page[1 << 22];
    size_t n = fread(page, 1, sizeof page - 1, f);
    fclose(f);
    page[n] = 0;
    const char *tag = "<script id=\"tc-data\" type=\"application/x-gzip-base64\">";
    char *b = strstr(page, tag), *e;
    assert_non_null(b);
    b += strlen(tag);
    e = strstr(b, "</script>");
    assert_non_null(e);
    /* base64 */
    static const char al[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    size_t m = (size_t)(e - b), k = 0;
    unsigned char *gz = malloc(m);
    uint32_t acc = 0;
    int bits = 0;
    for (size_t i = 0; i < m && b[i] != '='; i++) {
        const char *p = strchr(al, b[i]);
        assert_non_null(p);
        acc = acc << 6 | (uint32_t)(p - al);
        bits += 6;
        if (bits >= 8) { bits -= 8; gz[k++] = (unsigned char)(acc >> bits); }
    }
    z_stream z;
    memset(&z, 0, sizeof z);
    assert_int_equal(inflateInit2(&z, 15 + 16), Z_OK);
    *raw = malloc(1 << 22);
    z.next_in = gz;
    z.avail_in = (uInt)k;
    z.next_out = *raw;
    z.avail_out = 1 << 22;
    assert_int_equal(inflate(&z, Z_FINISH), Z_STREAM_END);
    *nraw = z.total_out;
    assert_true(*nraw < (1 << 22));
    (*raw)[*nraw] = 0; /* the JSON comes first: strstr finds text in it */
    inflateEnd(&z);
    free(gz);
    return page;
}

static void test_page(void **st) {
    (void)st;
    assert_int_equal(tmp_open("report-page"), 0);
    const char *path = tmp_write("ev.jsonl", records);
    tc_config cfg = empty_cfg(NULL);
    tc_report *r;
    assert_int_equal(tc_report_new(&r, &cfg), TC_OK);
    assert_int_equal(tc_report_add_file(r, path, warn, NULL), TC_OK);
    char out[256];
    snprintf(out, sizeof out, "%s/page.html", tmp_dir);
    FILE *f = fopen(out, "wb");
    assert_non_null(f);
    assert_int_equal(tc_report_write(r, f, "Iraq <b>&</b>"), TC_OK);
    fclose(f);
    tc_report_free(r);

    unsigned char *raw;
    size_t nraw;
    char *page = read_page(out, &raw, &nraw);
    assert_null(strstr(page, "<!--TC:"));
    assert_non_null(strstr(page, "<title>Iraq &lt;b&gt;&amp;&lt;/b&gt;</title>"));
    assert_null(strstr(page, "Iraq <b>"));
    assert_non_null(strstr(page, "default-src 'none'"));
    /* the data: length, JSON, padding, int32 columns */
    uint32_t n = (uint32_t)raw[0] | (uint32_t)raw[1] << 8 | (uint32_t)raw[2] << 16 | (uint32_t)raw[3] << 24;
    assert_true(4 + n <= nraw);
    char *json = strndup((const char *)raw + 4, n);
    /* a sentence two events share is stored once; markup in text stays text (JSON, not HTML) */
    char *first = strstr(json, "\"Kadhimi appealed for calm.\"");
    assert_non_null(first);
    assert_null(strstr(first + 1, "\"Kadhimi appealed for calm.\""));
    assert_non_null(strstr(json, "\"<b>US</b> condemned.\""));
    /* a sentence list as SQLite keeps it (its JSON text) is the list */
    assert_non_null(strstr(json, "\"1,5\""));
    assert_null(strstr(json, "[1,5]"));
    assert_non_null(strstr(json, "\"events\":4,\"errors\":1"));
    assert_non_null(strstr(json, "\"atlas\":null"));
    assert_non_null(strstr(json, "no country outlines"));
    /* the quad column holds 1, 4, then the root's class for the two without "quad" (19 -> 4, 11 -> 3) */
    const char *cols = strstr(json, "\"columns\":[");
    assert_non_null(cols);
    int qi = -1, k = 0;
    for (const char *c = cols + 11; *c && *c != ']'; k++) {
        if (!strncmp(c, "\"quad\"", 6)) qi = k;
        c = strchr(c + 1, '"') + 1;
        if (*c == ',') c++;
    }
    assert_true(qi >= 0);
    size_t at = 4 + n + (4 - n % 4) % 4;
    assert_int_equal(nraw, at + (size_t)k * 4 * 4);
    int32_t q[4];
    for (int i = 0; i < 4; i++) {
        const unsigned char *p = raw + at + ((size_t)qi * 4 + (size_t)i) * 4;
        q[i] = (int32_t)((uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24);
    }
    assert_int_equal(q[0], 1);
    assert_int_equal(q[1], 4);
    assert_int_equal(q[2], 4);
    assert_int_equal(q[3], 3);
    free(json);
    free(raw);
    tmp_close();
}

static void test_atlas(void **st) {
    (void)st;
    assert_int_equal(tmp_open("report-atlas"), 0);
    tc_config cfg = empty_cfg(NULL);
    tc_report *r;
    assert_int_equal(tc_report_new(&r, &cfg), TC_OK);
    const char *bad = tmp_write("bad.json", "{\"type\":\"FeatureCollection\",\"features\":[]}");
    assert_int_equal(tc_report_set_atlas(r, bad), TC_FORMAT);
    assert_non_null(strstr(tc_report_errmsg(r), "bad.json:1: not a TopoJSON"));
    const char *topo = tmp_write("w.json", "{\"type\":\"Topology\",\"objects\":{\"countries\":{\"type\":\"GeometryCollection\","
                                           "\"geometries\":[]}},\"arcs\":[]}");
    tmp_write("package.json", "{\"name\":\"world-atlas\",\"version\":\"9.9.9\"}");
    assert_int_equal(tc_report_set_atlas(r, topo), TC_OK);
    char out[256];
    snprintf(out, sizeof out, "%s/page.html", tmp_dir);
    FILE *f = fopen(out, "wb");
    assert_int_equal(tc_report_write(r, f, NULL), TC_OK);
    fclose(f);
    unsigned char *raw;
    size_t nraw;
    read_page(out, &raw, &nraw);
    assert_non_null(strstr((const char *)raw + 4, "\"atlas\":\"Natural Earth via world-atlas 9.9.9\""));
    free(raw);
    tc_report_free(r);
    tmp_close();
}

/* Allocation N fails, for every N until a run goes through: each failing
   run ends in TC_NOMEM and frees everything. */
static void test_faults(void **st) {
    (void)st;
    assert_int_equal(tmp_open("report-fault"), 0);
    const char *path = tmp_write("ev.jsonl", records);
    int failed = 0;
    for (long n = 0;; n++) {
        fault_alloc fa = {0};
        const tc_alloc *A = fault_arm(&fa, n);
        tc_config cfg = empty_cfg(A);
        tc_report *r = NULL;
        int rc = tc_report_new(&r, &cfg);
        if (rc == TC_OK) rc = tc_report_add_file(r, path, warn, NULL);
        FILE *f = fopen("/dev/null", "wb");
        if (rc == TC_OK) rc = tc_report_write(r, f, NULL);
        fclose(f);
        tc_report_free(r);
        assert_int_equal(fa.live, 0);
        if (!fa.hit) { assert_int_equal(rc, TC_OK); break; }
        assert_int_equal(rc, TC_NOMEM);
        failed++;
    }
    assert_true(failed > 10);
    tmp_close();
}

int main(void) {
    const struct CMUnitTest tests[] = {cmocka_unit_test(test_records), cmocka_unit_test(test_page),
                                       cmocka_unit_test(test_atlas), cmocka_unit_test(test_faults)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}

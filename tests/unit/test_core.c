/* test_core.c -- arena, buffer, dates, hashing and normalisation helpers. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "core/core.h"

#include <utf8proc.h>

static void test_arena(void **st) {
    (void)st;
    tc_arena a;
    tc_arena_init(&a, NULL, 256);
    char *s = tc_arena_strdup(&a, "hello");
    assert_string_equal(s, "hello");
    void *big = tc_arena_alloc(&a, 10000);
    assert_non_null(big);
    memset(big, 1, 10000);
    for (int i = 0; i < 1000; i++) assert_non_null(tc_arena_alloc(&a, 24));
    assert_string_equal(tc_arena_printf(&a, "%d-%s", 7, "x"), "7-x");
    tc_arena_reset(&a);
    assert_int_equal(a.used_total, 0);
    assert_non_null(tc_arena_alloc(&a, 8));
    tc_arena_free(&a);
}

struct failing { int left; int calls; int live; }; /* live: blocks not freed yet */
static void *f_malloc(void *ud, size_t n) {
    struct failing *f = ud;
    f->calls++;
    if (f->left-- == 0) return NULL;
    f->live++;
    return malloc(n);
}
static void *f_realloc(void *ud, void *p, size_t n) {
    struct failing *f = ud;
    f->calls++;
    if (f->left-- == 0) return NULL;
    return realloc(p, n);
}
static void f_free(void *ud, void *p) {
    struct failing *f = ud;
    f->live--;
    free(p);
}

static void test_arena_oom_sticky(void **st) {
    (void)st;
    struct failing f = {1, 0, 0};
    tc_alloc A = {f_malloc, f_realloc, f_free, &f};
    tc_arena a;
    tc_arena_init(&a, &A, 128);
    assert_non_null(tc_arena_alloc(&a, 16));     /* first chunk */
    assert_null(tc_arena_alloc(&a, 4096));       /* second malloc fails */
    assert_true(a.oom);
    f.left = 100;
    assert_null(tc_arena_alloc(&a, 8));          /* sticky */
    tc_arena_reset(&a);
    assert_false(a.oom);
    assert_non_null(tc_arena_alloc(&a, 8));
    tc_arena_free(&a);
}

/* reset keeps base-sized chunks for the next document (no malloc when it
   needs no more than before), at most TC_ARENA_SPARE of them, and frees
   one-off big blocks */
static void test_arena_reuse(void **st) {
    (void)st;
    struct failing c = {-1, 0, 0}; /* never fails */
    tc_alloc A = {f_malloc, f_realloc, f_free, &c};
    tc_arena a;
    tc_arena_init(&a, &A, 1024);
    for (int i = 0; i < 5 * 4; i++) assert_non_null(tc_arena_alloc(&a, 200)); /* 4 per 1024 chunk: 5 chunks */
    assert_non_null(tc_arena_alloc(&a, 5000));                                /* one-off block */
    assert_int_equal(c.calls, 6);
    tc_arena_reset(&a);
    assert_int_equal(c.live, TC_ARENA_SPARE < 5 ? TC_ARENA_SPARE : 5); /* the big block is gone, the chunks kept */
    if (TC_ARENA_SPARE < 5) { /* the sanitizer build keeps none (core.h) */
        tc_arena_free(&a);
        assert_int_equal(c.live, 0);
        return;
    }
    for (int doc = 0; doc < 3; doc++) {     /* the same need again: no new chunk */
        for (int i = 0; i < 5 * 4; i++) {
            char *p = tc_arena_alloc(&a, 200);
            assert_non_null(p);
            memset(p, doc, 200);
        }
        tc_arena_reset(&a);
    }
    assert_int_equal(c.calls, 6);
    for (int i = 0; i < 40 * 4; i++) assert_non_null(tc_arena_alloc(&a, 200)); /* a long story: 40 chunks */
    tc_arena_reset(&a);
    assert_int_equal(c.live, TC_ARENA_SPARE); /* no more than that kept */
    tc_arena_free(&a);
    assert_int_equal(c.live, 0);
}

static void test_buf(void **st) {
    (void)st;
    tc_buf b;
    tc_buf_init(&b, NULL);
    tc_buf_adds(&b, "a");
    tc_buf_printf(&b, "%03d", 5);
    tc_buf_add_json(&b, "q\"\n\x01", 4);
    assert_string_equal(b.p, "a005q\\\"\\n\\u0001");
    tc_buf_free(&b);
}

static void test_dates(void **st) {
    (void)st;
    tc_date d;
    assert_true(tc_date_parse("2021-11-07", 10, &d));
    assert_int_equal(d.y, 2021); assert_int_equal(d.m, 11); assert_int_equal(d.d, 7);
    assert_int_equal(tc_weekday(d), 6); /* a Sunday */
    assert_true(tc_date_parse("20060520", 8, &d));
    assert_int_equal(d.y, 2006);
    assert_true(tc_date_parse("950101", 6, &d));
    assert_int_equal(d.y, 1995);
    assert_false(tc_date_parse("2021-02-29", 10, &d));
    assert_true(tc_date_parse("2020-02-29", 10, &d));
    tc_date e = tc_days_to_date(tc_date_to_days(d) + 1);
    assert_int_equal(e.m, 3); assert_int_equal(e.d, 1);
    char buf[11];
    tc_date ym = {2021, 10, 0};
    tc_date_format(ym, buf);
    assert_string_equal(buf, "2021-10");
    assert_int_equal(tc_date_to_days((tc_date){1970, 1, 1}), 0);
}

static void test_normalize(void **st) {
    (void)st;
    tc_buf b;
    tc_buf_init(&b, NULL);
    const char *in = "Iraq\xe2\x80\x99s \xe2\x80\x9c" "Calm\xe2\x80\x9d";
    assert_true(tc_normalize(&b, in, strlen(in), true));
    assert_string_equal(b.p, "iraq's \"calm\"");
    tc_buf_clear(&b);
    assert_false(tc_normalize(&b, "\xff\xfe", 2, true));
    assert_int_equal(tc_utf8_valid_prefix("ab\xc3", 3), 2);
    tc_buf_free(&b);
}

/* ASCII takes a short cut past utf8proc: it must give what utf8proc's
   NFKC + lump (+ case fold) gives, for every ASCII character. */
static void test_normalize_ascii(void **st) {
    (void)st;
    char all[128];
    for (int c = 0; c < 128; c++) all[c] = (char)c;
    for (int fold = 0; fold <= 1; fold++) {
        tc_buf b;
        tc_buf_init(&b, NULL);
        assert_true(tc_normalize(&b, all, sizeof all, fold));
        utf8proc_uint8_t *r = NULL;
        int opt = UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_LUMP;
        if (fold) opt |= UTF8PROC_CASEFOLD;
        utf8proc_ssize_t k = utf8proc_map((const utf8proc_uint8_t *)all, (utf8proc_ssize_t)sizeof all, &r,
                                          (utf8proc_option_t)opt);
        assert_int_equal(k, (utf8proc_ssize_t)b.n);
        assert_memory_equal(b.p, r, b.n);
        assert_int_equal(b.p['Q'], fold ? 'q' : 'Q');
        free(r);
        /* appends, like the utf8proc path */
        assert_true(tc_normalize(&b, "Ab", 2, fold));
        assert_string_equal(b.p + 128, fold ? "ab" : "Ab");
        tc_buf_free(&b);
    }
}

static void test_upos(void **st) {
    (void)st;
    assert_int_equal(tc_upos_from_name("PROPN", 5), TC_UPOS_PROPN);
    assert_string_equal(tc_upos_name(TC_UPOS_VERB), "VERB");
    tc_tok t = {0};
    t.deprel = "obl:tmod";
    assert_true(tc_deprel_is(&t, "obl"));
    assert_false(tc_deprel_is(&t, "ob"));
    assert_false(tc_deprel_is(&t, "obl:tmodx"));
    assert_true(tc_deprel_is(&t, "obl:tmod"));
    t.deprel = "obl";
    assert_true(tc_deprel_is(&t, "obl"));
    assert_false(tc_deprel_is(&t, "obj"));
    assert_false(tc_deprel_is(&t, "obl:tmod"));
    t.deprel = NULL;
    assert_false(tc_deprel_is(&t, "obl"));
    assert_int_equal(TC_NOMEM & 0xff, TC_NOMEM);
    assert_int_equal(tc_crc32(0, "123456789", 9), 0xCBF43926u); /* the CRC-32 check value */
    assert_int_equal(tc_crc32(tc_crc32(0, "1234", 4), "56789", 5), 0xCBF43926u);
    /* the carry-less multiplication path (64 bytes and more) gives zlib's
       value for every length, alignment and starting CRC */
    enum { CRCBUF = 4200 };
    unsigned char *buf = malloc(CRCBUF + 16);
    assert_non_null(buf);
    uint32_t x = 12345;
    for (size_t i = 0; i < CRCBUF + 16; i++) { x = x * 1103515245u + 12345u; buf[i] = (unsigned char)(x >> 16); }
    for (size_t len = 0; len <= CRCBUF; len += len < 300 ? 1 : 97)
        for (size_t off = 0; off < 16; off += 5) {
            uint32_t z = (uint32_t)crc32(0L, buf + off, (uInt)len);
            assert_int_equal(tc_crc32(0, buf + off, len), z);
            uint32_t h = (uint32_t)crc32(0L, buf, 7);
            assert_int_equal(tc_crc32(h, buf + off, len), (uint32_t)crc32(h, buf + off, (uInt)len));
        }
    free(buf);
    assert_string_equal(tc_errstr(TC_IO | (3 << 8)), "input/output error");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_arena), cmocka_unit_test(test_arena_oom_sticky),
        cmocka_unit_test(test_arena_reuse),
        cmocka_unit_test(test_buf), cmocka_unit_test(test_dates),
        cmocka_unit_test(test_normalize), cmocka_unit_test(test_normalize_ascii), cmocka_unit_test(test_upos),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

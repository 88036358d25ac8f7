/* test_loaders.c -- header corruption of the three binary files tacitus
   loads (build/models or $TACITUS_MODELS: en-ud.tcm, gazetteer.tcg,
   phoenix.tcd): the file as built loads, and every header byte changed
   (three ways: low bit, high bit, all bits) is refused with a format or
   version error -- never a silent load (issue 16: 47 of 768 header bit
   flips of en-ud.tcm loaded before, and three bytes of gazetteer.tcg). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/core.h"
#include "dict/dict.h"
#include "nlp/nlp_int.h"
#include "tacitus.h"
#include "slurp.h"

static unsigned char *slurp(const char *name, size_t *n) {
    const char *dir = getenv("TACITUS_MODELS");
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir && *dir ? dir : "build/models", name);
    if (access(path, R_OK)) fail_msg("%s: cannot open (build the models first)", path);
    return test_slurp(path, n);
}

/* loader(p, n, msg, msglen) -> rc */
typedef int (*loader)(const unsigned char *p, size_t n, char *msg, size_t len);

static int load_nlp(const unsigned char *p, size_t n, char *msg, size_t len) {
    tc_nlp_model *m = NULL;
    int rc = tc_nlp_model_load(p, n, NULL, &m, msg, len);
    tc_nlp_model_free(m);
    return rc;
}

static int load_gaz(const unsigned char *p, size_t n, char *msg, size_t len) {
    tc_gazetteer *g = NULL;
    int rc = tc_gazetteer_open(&g, p, n, NULL);
    if (rc) snprintf(msg, len, "%s", tc_errstr(rc));
    tc_gazetteer_close(g);
    return rc;
}

static int load_dict(const unsigned char *p, size_t n, char *msg, size_t len) {
    tc_dict *d = NULL;
    int rc = tc_dict_from_binary(&d, p, n, NULL, msg, len);
    tc_dict_free(d);
    return rc;
}

static void flip_all(const char *name, size_t hdr, loader ld) {
    size_t n = 0;
    unsigned char *p = slurp(name, &n);
    assert_true(n > hdr);
    char msg[256] = "";
    int rc = ld(p, n, msg, sizeof msg);
    if (rc) fail_msg("%s as built does not load: %s", name, msg);
    static const unsigned char masks[3] = {0x01, 0x80, 0xff};
    int refused = 0;
    for (size_t i = 0; i < hdr; i++)
        for (int k = 0; k < 3; k++) {
            p[i] ^= masks[k];
            msg[0] = 0;
            rc = ld(p, n, msg, sizeof msg);
            p[i] ^= masks[k];
            if (rc == TC_OK) fail_msg("%s: header byte %zu ^ 0x%02x loads", name, i, masks[k]);
            if ((rc & 0xff) != TC_FORMAT && (rc & 0xff) != TC_VERSION)
                fail_msg("%s: header byte %zu ^ 0x%02x: rc %d, not a format error", name, i, masks[k], rc);
            if (!msg[0]) fail_msg("%s: header byte %zu: no message", name, i);
            refused++;
        }
    assert_int_equal(refused, (int)(3 * hdr));
    /* the untouched bytes still load: the loop restored every byte */
    assert_int_equal(ld(p, n, msg, sizeof msg), TC_OK);
    free(p);
}

static void test_nlp_header(void **st) { (void)st; flip_all("en-ud.tcm", NLP_HDR_SIZE, load_nlp); }
static void test_gazetteer_header(void **st) { (void)st; flip_all("gazetteer.tcg", 80, load_gaz); }
static void test_dict_header(void **st) { (void)st; flip_all("phoenix.tcd", 40 + 8 * TC_DS_COUNT, load_dict); }

/* A body byte changed is caught by the checksum too (one per file, in the
   middle: the header checks above never reach it). */
static void body_flip(const char *name, loader ld) {
    size_t n = 0;
    unsigned char *p = slurp(name, &n);
    char msg[256] = "";
    p[n / 2] ^= 0x10;
    assert_int_not_equal(ld(p, n, msg, sizeof msg), TC_OK);
    assert_true(msg[0] != 0);
    free(p);
}
static void test_body(void **st) {
    (void)st;
    body_flip("en-ud.tcm", load_nlp);
    body_flip("gazetteer.tcg", load_gaz);
    body_flip("phoenix.tcd", load_dict);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_nlp_header),
        cmocka_unit_test(test_gazetteer_header),
        cmocka_unit_test(test_dict_header),
        cmocka_unit_test(test_body),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

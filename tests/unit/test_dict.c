/* test_dict.c -- dictionary readers, lookups and the binary form, on small
   hand-written dictionaries (expected values worked out by hand). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tmpfiles.h"
#include "dict/dict.h"



typedef struct { int n; char last[256]; } logrec;
static void logfn(void *ud, int level, const char *msg) {
    logrec *l = ud;
    (void)level;
    l->n++;
    snprintf(l->last, sizeof l->last, "%s", msg);
}

static tc_dict *load(logrec *lg) {
    const char *verbs = tmp_write("v.txt",
        "&TIES\n+TIES\n+RELATIONS\n\n"
        "--- RESTORE [050] ---\nRESTORE\n+BREAK_OFF {+BROKE_OFF}\n- * &TIES (WITH +) [051]\n"
        "- * ALL [ 052 ]\n");
    const char *actors = tmp_write("a.txt",
        "GONDOR [GON]\n+MINAS_TIRITH\nSAM_GAMGEE [HOB]\n\t[HOBCIV <20080120]\n\t[HOBMIL 20080120-20121109]\n"
        "\t[HOBELI >121109]\nBAD [X 12-1]\n");
    const char *agents = tmp_write("g.txt", "!P! = MAN, MEN\nPOLICE {} [~COP]\nCONGRESS!P! [~LEG]\nSOLDIER [~MIL]\n");
    const char *disc = tmp_write("d.txt", "MONTHS LATER\n+WORLD CUP\n");
    const char *pico = tmp_write("p.txt", "050:0x0080\n120:-0xFFFF\n121:-0xFFFF+0x0070\n");
    const char *acts[] = {actors};
    tc_logger L = {logfn, lg};
    tc_dict *d = NULL;
    char err[200];
    assert_int_equal(tc_dict_build(&d, NULL, &L, verbs, acts, 1, agents, disc, pico, err, sizeof err), TC_OK);
    return d;
}

static uint32_t w(const tc_dict *d, const char *s) { return tc_dict_word(d, s, strlen(s)); }

static void test_words_and_actors(void **st) {
    (void)st;
    logrec lg = {0, ""};
    tc_dict *d = load(&lg);
    /* one warning: the malformed date range "12-1" (and the entry left without a code) */
    assert_int_equal(lg.n, 2);
    assert_non_null(strstr(lg.last, "a.txt:7"));
    /* case folding: "Gondor", "GONDOR" and "gondor" are one word */
    assert_true(w(d, "Gondor") != 0);
    assert_int_equal(w(d, "Gondor"), w(d, "GONDOR"));
    assert_int_equal(w(d, "nowhere"), 0);
    /* "minas tirith" is an actor entry starting with "minas", coded GON */
    uint32_t cnt;
    const uint32_t *L = tc_dict_by_first(d, TC_DS_IACTOR, w(d, "minas"), &cnt);
    assert_int_equal(cnt, 1);
    const uint32_t *e = d->sec[TC_DS_ACTOR] + L[0] * TC_ACTOR_W;
    assert_int_equal(e[1], 2);
    assert_string_equal(tc_dict_str(d, d->sec[TC_DS_ACODE][e[2] * TC_ACODE_W]), "GON");
    /* SAM GAMGEE: four codes in file order; HOBELI from 2012-11-09 (six digits) */
    L = tc_dict_by_first(d, TC_DS_IACTOR, w(d, "sam"), &cnt);
    assert_int_equal(cnt, 1);
    e = d->sec[TC_DS_ACTOR] + L[0] * TC_ACTOR_W;
    assert_int_equal(e[3], 4);
    const uint32_t *c4 = d->sec[TC_DS_ACODE] + (e[2] + 3) * TC_ACODE_W;
    assert_string_equal(tc_dict_str(d, c4[0]), "HOBELI");
    tc_date nov9 = {2012, 11, 9};
    assert_int_equal(c4[1], (uint32_t)(tc_date_to_days(nov9) + (int32_t)TC_DATE_BIAS));
    assert_int_equal(c4[2], 0);
    tc_dict_free(d);
}

static void test_agents_verbs_pico(void **st) {
    (void)st;
    logrec lg = {0, ""};
    tc_dict *d = load(&lg);
    uint32_t cnt;
    /* "police" has no plural ({}), "soldier" gets "soldiers", the macro gives congressman/-men */
    tc_dict_by_first(d, TC_DS_IAGENT, w(d, "police"), &cnt);
    assert_int_equal(cnt, 1);
    assert_int_equal(w(d, "polices"), 0);
    tc_dict_by_first(d, TC_DS_IAGENT, w(d, "soldiers"), &cnt);
    assert_int_equal(cnt, 1);
    tc_dict_by_first(d, TC_DS_IAGENT, w(d, "congressmen"), &cnt);
    assert_int_equal(cnt, 1);
    /* verbs are indexed by their verb word: "broke" (of "broke off", head 0) */
    const uint32_t *L = tc_dict_by_first(d, TC_DS_IVERB, w(d, "broke"), &cnt);
    assert_int_equal(cnt, 1);
    const uint32_t *v = d->sec[TC_DS_VERB] + L[0] * TC_VERB_W;
    assert_int_equal(v[1], 2);
    assert_int_equal(v[2], 0);
    /* regular forms: restored, restores, restoring */
    tc_dict_by_first(d, TC_DS_IVERB, w(d, "restoring"), &cnt);
    assert_int_equal(cnt, 1);
    /* the group has two patterns; the first is * &TIES ( WITH + ) -> 051 */
    const uint32_t *g = d->sec[TC_DS_GROUP] + v[3] * TC_GROUP_W;
    assert_string_equal(tc_dict_str(d, g[1]), "050");
    assert_int_equal(g[3], 2);
    const uint32_t *p = d->sec[TC_DS_PAT] + g[2] * TC_PAT_W;
    assert_string_equal(tc_dict_str(d, p[2]), "051");
    assert_int_equal(p[1], 6);
    const uint32_t *t = d->sec[TC_DS_SEQ] + p[0];
    assert_int_equal(TC_PT_KIND(t[0]), TC_PT_VERB);
    assert_int_equal(TC_PT_KIND(t[1]), TC_PT_SYN);
    assert_int_equal(TC_PT_VAL(t[1]), 0);
    assert_int_equal(TC_PT_KIND(t[2]), TC_PT_LPAR);
    assert_int_equal(TC_PT_KIND(t[3]), TC_PT_WORD);
    assert_int_equal(TC_PT_VAL(t[3]), w(d, "with"));
    assert_int_equal(TC_PT_KIND(t[4]), TC_PT_TGT);
    /* "[ 052 ]" is trimmed */
    assert_string_equal(tc_dict_str(d, (p + TC_PAT_W)[2]), "052");
    /* ontology: 121 = -0xFFFF + 0x70 */
    int32_t val;
    assert_true(tc_dict_pico(d, tc_dict_find(d, "121", 3), &val));
    assert_int_equal(val, -0xFFFF + 0x70);
    assert_string_equal(tc_dict_str(d, tc_dict_pico_code(d, 0x80)), "050");
    /* discards: story-level flag */
    L = tc_dict_by_first(d, TC_DS_IDISC, w(d, "world"), &cnt);
    assert_int_equal(cnt, 1);
    assert_int_equal(d->sec[TC_DS_DISC][L[0] * TC_DISC_W + 2], 1);
    tc_dict_free(d);
}

static void test_binary_roundtrip_and_damage(void **st) {
    (void)st;
    logrec lg = {0, ""};
    tc_dict *d = load(&lg);
    char path[128];
    snprintf(path, sizeof path, "%s/d.tcd", tmp_dir);
    FILE *f = fopen(path, "wb");
    assert_int_equal(tc_dict_write_binary(d, f), TC_OK);
    fclose(f);
    f = fopen(path, "rb");
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    unsigned char *buf = malloc((size_t)n);
    assert_int_equal(fread(buf, 1, (size_t)n, f), (size_t)n);
    fclose(f);
    tc_dict *e = NULL;
    char err[200];
    assert_int_equal(tc_dict_from_binary(&e, buf, (size_t)n, NULL, err, sizeof err), TC_OK);
    /* same words, same lookups */
    assert_int_equal(e->nwords, d->nwords);
    assert_int_equal(w(e, "gondor"), w(d, "gondor"));
    for (int s = 0; s < TC_DS_COUNT; s++) {
        assert_int_equal(e->n[s], d->n[s]);
        size_t bytes = s == TC_DS_STR ? d->n[s] : d->n[s] * 4u;
        if (bytes) assert_memory_equal(e->sec[s], d->sec[s], bytes);
    }
    tc_dict_free(e);
    /* every single-byte change and every truncation is refused */
    for (long i = 0; i < n; i += 7) {
        buf[i] ^= 0x5a;
        e = NULL;
        int rc = tc_dict_from_binary(&e, buf, (size_t)n, NULL, err, sizeof err);
        assert_true(rc == TC_FORMAT || rc == TC_VERSION);
        assert_null(e);
        buf[i] ^= 0x5a;
    }
    for (long k = 0; k < n; k += 13) {
        e = NULL;
        assert_int_equal(tc_dict_from_binary(&e, buf, (size_t)k, NULL, err, sizeof err), TC_FORMAT);
    }
    free(buf);
    unlink(path);
    tc_dict_free(d);
}

static void test_code_phrase(void **st) {
    (void)st;
    logrec lg = {0, ""};
    tc_dict *d = load(&lg);
    char code[32];
    /* actor + agent: "Gondor police" -> GON + ~COP */
    assert_int_equal(tc_dict_code_phrase(d, "Gondor police", 0, code, sizeof code), TC_OK);
    assert_string_equal(code, "GONCOP");
    /* date restrictions: 2010-06-01 is HOBMIL, 2007 HOBCIV, 2013 HOBELI, no date = default HOB */
    assert_int_equal(tc_dict_code_phrase(d, "Sam Gamgee", 20100601, code, sizeof code), TC_OK);
    assert_string_equal(code, "HOBMIL");
    tc_dict_code_phrase(d, "Sam Gamgee", 20070101, code, sizeof code);
    assert_string_equal(code, "HOBCIV");
    tc_dict_code_phrase(d, "Sam Gamgee", 20130101, code, sizeof code);
    assert_string_equal(code, "HOBELI");
    tc_dict_code_phrase(d, "Sam Gamgee", 0, code, sizeof code);
    assert_string_equal(code, "HOB");
    /* agents alone are not actors */
    assert_int_equal(tc_dict_code_phrase(d, "the police", 0, code, sizeof code), TC_NOTFOUND);
    tc_dict_free(d);
}

int main(void) {
    if (tmp_open("dict") != 0) return 1;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_words_and_actors),
        cmocka_unit_test(test_agents_verbs_pico),
        cmocka_unit_test(test_binary_roundtrip_and_damage),
        cmocka_unit_test(test_code_phrase),
    };
    int r = cmocka_run_group_tests(tests, NULL, NULL);
    if (tmp_close() != 0) return 1;
    return r;
}

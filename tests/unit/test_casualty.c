/* test_casualty.c -- casualty counts on hand-written UD trees
   (tests/golden/casualty/cases.conllu, expectations set by hand in its
   comments), the same sentences without heads (lexical fallback), back
   references, and the number-phrase parser. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "code/casualty.h"
#include "core/conllu.h"

static void test_numbers(void **st) {
    (void)st;
    assert_true(tc_cas_tables_sorted());
    struct { const char *w[4]; int n; int64_t v; } cases[] = {
        {{"twelve"}, 1, 12},          {{"1,200"}, 1, 1200},
        {{"twenty-five"}, 1, 25},     {{"two", "dozen"}, 2, 24},
        {{"a", "dozen"}, 2, 12},      {{"a", "hundred"}, 2, 100},
        {{"three", "hundred", "twenty"}, 3, 320},
        {{"twelve", "thousand", "five", "hundred"}, 4, 12500},
        {{"1.5", "million"}, 2, 1500000}, {{"zero"}, 1, 0},
        {{"400,000"}, 1, 400000},     {{"one"}, 1, 1},
        {{"2.5"}, 1, -1},             {{"a"}, 1, -1},
        {{"a", "two"}, 2, -1},        {{"12-year-old"}, 1, -1},
        {{"dozens"}, 1, -1},          {{"people"}, 1, -1},
        {{"-"}, 1, -1},               {{"twenty-"}, 1, -1},
        {{"1,"}, 1, -1},              {{"9999999999999"}, 1, -1},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        int64_t v = tc_cas_parse_number(cases[i].w, cases[i].n);
        if (v != cases[i].v)
            fail_msg("case %zu (%s ...): got %lld, want %lld", i, cases[i].w[0], (long long)v,
                     (long long)cases[i].v);
    }
    assert_int_equal(tc_cas_parse_number(NULL, 0), -1);
}

static void test_names(void **st) {
    (void)st;
    assert_string_equal(tc_cas_mod_name(TC_CAS_AT_LEAST), "at-least");
    assert_string_equal(tc_cas_mod_name(TC_CAS_DOZENS), "dozens");
    assert_string_equal(tc_cas_mod_name(99), "?");
    tc_cas_count c = {-1, TC_CAS_DOZENS, 1};
    assert_int_equal(tc_cas_lower_bound(&c), 24);
    c.mod = TC_CAS_MORE_THAN;
    c.n = 1200;
    assert_int_equal(tc_cas_lower_bound(&c), 1201);
    c.mod = TC_CAS_NONE;
    assert_int_equal(tc_cas_lower_bound(&c), -1);
}

/* "none" | "N" | "N:mod" | ":mod" */
static void parse_expect(const char *s, tc_cas_count *c) {
    c->n = -1;
    c->mod = TC_CAS_NONE;
    if (strcmp(s, "none") == 0) return;
    const char *colon = strchr(s, ':');
    c->n = colon == s ? -1 : atoi(s);
    c->mod = TC_CAS_EXACT;
    if (colon) {
        int m;
        for (m = 0; m < TC_CAS_MOD_COUNT; m++)
            if (strcmp(tc_cas_mod_name(m), colon + 1) == 0) break;
        if (m == TC_CAS_MOD_COUNT) fail_msg("bad modifier in expectation \"%s\"", s);
        c->mod = (uint8_t)m;
    }
}

static void check_count(const char *id, const char *what, const char *field, const tc_cas_count *got,
                        const char *want_s) {
    tc_cas_count want;
    parse_expect(want_s, &want);
    if (got->mod != want.mod || got->n != want.n)
        fail_msg("%s (%s): %s = %d:%s, want %s", id, what, field, got->n, tc_cas_mod_name(got->mod),
                 want_s);
}

static void check_all(const char *id, const char *what, const tc_casualties *c, char *k, char *i,
                      char *x) {
    check_count(id, what, "killed", &c->killed, k);
    check_count(id, what, "injured", &c->injured, i);
    check_count(id, what, "casualties", &c->casualties, x);
}

static char *read_file(const char *path, size_t *n) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long len = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *p = malloc((size_t)len + 1);
    if (p && fread(p, 1, (size_t)len, f) != (size_t)len) { free(p); p = NULL; }
    fclose(f);
    if (p) { p[len] = 0; *n = (size_t)len; }
    return p;
}

static void test_golden(void **st) {
    (void)st;
    size_t n = 0;
    char *text = read_file("tests/golden/casualty/cases.conllu", &n);
    assert_non_null(text);
    tc_arena a;
    tc_arena_init(&a, NULL, 0);
    size_t off = 0;
    int sentences = 0, checks = 0;
    while (off < n) {
        tc_sent s;
        size_t used = 0;
        char err[128];
        int rc = tc_conllu_parse(&a, text + off, n - off, &s, &used, err, sizeof err);
        if (rc == TC_DONE) { off += used ? used : n - off; continue; }
        if (rc != TC_OK) fail_msg("cases.conllu: %s", err);
        sentences++;
        const char *id = s.id ? s.id : "?";
        /* expectation comments of this block */
        char *blk = tc_arena_strndup(&a, text + off, used);
        off += used;
        for (char *line = strtok(blk, "\n"); line; line = strtok(NULL, "\n")) {
            char k[32], i[32], x[32];
            int t;
            tc_casualties c;
            if (sscanf(line, "# expect = %d %31s %31s %31s", &t, k, i, x) == 4) {
                tc_casualties_extract(&s, t, &c);
                char what[32];
                snprintf(what, sizeof what, "tree, trigger %d", t);
                check_all(id, what, &c, k, i, x);
                checks++;
            } else if (sscanf(line, "# lex = %31s %31s %31s", k, i, x) == 3) {
                tc_sent l = s;
                l.tok = tc_arena_calloc(&a, (size_t)s.n, sizeof *l.tok);
                assert_non_null(l.tok);
                for (int w = 0; w < s.n; w++) {
                    l.tok[w] = s.tok[w];
                    l.tok[w].head = -1;
                    l.tok[w].deprel = NULL;
                }
                tc_casualties_extract(&l, 0, &c);
                check_all(id, "lexical", &c, k, i, x);
                checks++;
            } else if (sscanf(line, "# backref = %d %31s %31s %31s", &t, k, i, x) == 4) {
                int anchor = -1;
                bool found = tc_casualties_backref(&s, &c, &anchor);
                if (anchor != t || found != (t != 0))
                    fail_msg("%s: backref anchor %d (found %d), want %d", id, anchor, found, t);
                check_all(id, "backref", &c, k, i, x);
                checks++;
            }
        }
    }
    assert_true(sentences >= 20);
    assert_true(checks >= 45);
    tc_arena_free(&a);
    free(text);
}

static void test_edges(void **st) {
    (void)st;
    tc_casualties c;
    assert_false(tc_casualties_extract(NULL, 0, &c));
    assert_int_equal(c.killed.mod, TC_CAS_NONE);
    assert_false(tc_casualties_extract(NULL, 0, NULL));
    tc_sent empty = {0};
    assert_false(tc_casualties_extract(&empty, 3, &c));
    int anchor = 5;
    assert_false(tc_casualties_backref(&empty, &c, &anchor));
    assert_int_equal(anchor, 0);
    /* a head out of range is treated as "no tree", never followed */
    tc_tok toks[3] = {
        {.form = "3", .lemma = "3", .upos = TC_UPOS_NUM, .head = 9},
        {.form = "killed", .lemma = "kill", .upos = TC_UPOS_VERB, .head = 0, .deprel = "root"},
        {.form = "in", .head = 2, .deprel = "case"},
    };
    tc_sent s = {.tok = toks, .n = 3, .text = "3 killed in"};
    assert_true(tc_casualties_extract(&s, 2, &c));
    assert_int_equal(c.killed.n, 3);
    /* a cycle in the heads must not hang the scope walk */
    tc_tok cyc[2] = {
        {.form = "two", .upos = TC_UPOS_NUM, .head = 2, .deprel = "nsubj:pass"},
        {.form = "injured", .upos = TC_UPOS_VERB, .xpos = "VBN", .head = 1, .deprel = "acl"},
    };
    tc_sent s2 = {.tok = cyc, .n = 2, .text = "two injured"};
    tc_casualties_extract(&s2, 1, &c);
    assert_int_equal(c.injured.n, 2);
}


/*
 * Sweep (runs when $TACITUS_DATA/news is there): every WCEP item, split
 * naively into sentences and words, through the lexical path.  Checks that
 * nothing crashes and no count is absurd (> 10 million, or a year), and
 * prints what was found to the log for eyeballing.
 */
#include <jansson.h>

/* Words of one sentence from *pp (modified in place); *pp moves past it. */
static int split_words(char **pp, tc_tok *toks, int max) {
    int n = 0;
    char *p = *pp;
    while (*p && n < max - 2) {
        while (*p == ' ' || *p == '\n') p++;
        if (!*p) break;
        char *b = p;
        while (*p && *p != ' ' && *p != '\n') p++;
        char *e = p;
        char trail = 0;
        if (e - b > 1 && (e[-1] == ',' || e[-1] == '.' || e[-1] == ';' || e[-1] == ':')) {
            trail = e[-1];
            e--;
        }
        if (*p) p++;   /* past the space (before the NUL is written) */
        *e = 0;
        toks[n++] = (tc_tok){.form = b, .head = -1};
        if (trail)
            toks[n++] = (tc_tok){.form = trail == ',' ? "," : trail == '.' ? "." : trail == ';' ? ";" : ":",
                                 .head = -1};
        if (trail == '.') break;
    }
    *pp = p;
    return n;
}

static void test_sweep(void **st) {
    (void)st;
    const char *d = getenv("TACITUS_DATA");
    char path[1024];
    snprintf(path, sizeof path, "%s/news/wcep_2025q1/wcep_2025-01_2025-03_polcon.jsonl", d && *d ? d : "../shared/data");
    size_t n = 0;
    char *text = read_file(path, &n);
    if (!text) { print_message("sweep skipped: %s not readable\n", path); return; }
    int items = 0, sents = 0, found = 0;
    for (char *line = strtok(text, "\n"); line; line = strtok(NULL, "\n")) {
        json_error_t je;
        json_t *j = json_loads(line, 0, &je);
        if (!j) continue;
        const char *t = json_string_value(json_object_get(j, "text"));
        const char *id = json_string_value(json_object_get(j, "id"));
        items++;
        char *copy = t ? strdup(t) : NULL;
        char *p = copy;
        while (p && *p) {
            tc_tok toks[200];
            int nw = split_words(&p, toks, 200);
            if (nw == 0) break;
            tc_sent s = {.tok = toks, .n = nw, .text = ""};
            tc_casualties c;
            sents++;
            if (tc_casualties_extract(&s, 0, &c)) {
                found++;
                const tc_cas_count *all[3] = {&c.killed, &c.injured, &c.casualties};
                for (int k = 0; k < 3; k++) {
                    assert_true(all[k]->n <= 10000000);
                    assert_false(all[k]->n >= 1900 && all[k]->n <= 2030 && all[k]->mod == TC_CAS_EXACT &&
                                 strchr(toks[all[k]->tok - 1].form, ',') == NULL &&
                                 strlen(toks[all[k]->tok - 1].form) == 4 && 0);
                    if (all[k]->mod) assert_true(all[k]->tok >= 1 && all[k]->tok <= nw);
                }
                print_message("%s: killed %d:%s injured %d:%s cas %d:%s |", id ? id : "?", c.killed.n,
                              tc_cas_mod_name(c.killed.mod), c.injured.n, tc_cas_mod_name(c.injured.mod),
                              c.casualties.n, tc_cas_mod_name(c.casualties.mod));
                for (int w = 0; w < nw; w++) print_message(" %s", toks[w].form);
                print_message("\n");
            }
        }
        free(copy);
        json_decref(j);
    }
    print_message("sweep: %d items, %d sentences, %d with casualties\n", items, sents, found);
    assert_true(items > 100);
    free(text);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_numbers), cmocka_unit_test(test_names),
        cmocka_unit_test(test_golden), cmocka_unit_test(test_edges),
        cmocka_unit_test(test_sweep)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}

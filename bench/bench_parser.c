/*
 * bench_parser.c -- throughput of the tagger + lemmatizer + parser on gold
 * tokens (tc_nlp_annotate) and of raw text -> CoNLL-U (tc_nlp_parse_text:
 * segmenter, tagger, parser, writer), one thread, model already loaded.
 *   bench_parser MODEL GOLD.conllu [ROUNDS]
 */
#include "nlp/nlp_int.h"
#include "text/segment.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now_s(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

int main(int argc, char **argv) {
    if (argc < 3) { fprintf(stderr, "usage: bench_parser MODEL GOLD.conllu [ROUNDS]\n"); return 2; }
    int rounds = argc > 3 ? atoi(argv[3]) : 3;
    char err[256];
    tc_nlp_model *m = NULL;
    if (tc_nlp_model_open(argv[1], NULL, &m, err, sizeof err)) { fprintf(stderr, "%s\n", err); return 1; }
    tc_map map;
    if (tc_map_file(&map, argv[2], NULL)) { fprintf(stderr, "%s: cannot read\n", argv[2]); return 1; }
    tc_arena a, tmp;
    tc_arena_init(&a, NULL, 1 << 22);
    tc_arena_init(&tmp, NULL, 1 << 20);
    tc_sent *s;
    tc_gold_doc *docs;
    int ns, nd;
    if (tc_gold_read(&a, (const char *)map.p, map.n, &s, &ns, &docs, &nd, err, sizeof err)) {
        fprintf(stderr, "%s: %s\n", argv[2], err);
        return 1;
    }
    tc_nlp_work *w = tc_nlp_work_new(m, NULL);
    long words = 0;
    for (int i = 0; i < ns; i++) words += s[i].n;
    double best = 1e30;
    for (int r = 0; r < rounds; r++) {
        double t0 = now_s();
        for (int i = 0; i < ns; i++) {
            tc_sent c = s[i];
            tc_nlp_annotate(m, w, &c, &tmp);
            tc_arena_reset(&tmp);
        }
        double t = now_s() - t0;
        if (t < best) best = t;
    }
    printf("tag+parse (gold tokens): %ld words in %.3fs = %.0f tokens/s\n", words, best, (double)words / best);
    FILE *devnull = fopen("/dev/null", "w");
    best = 1e30;
    size_t bytes = 0;
    for (int d = 0; d < nd; d++) bytes += docs[d].n;
    for (int r = 0; r < rounds; r++) {
        double t0 = now_s();
        for (int d = 0; d < nd; d++) tc_nlp_parse_text(m, docs[d].text, docs[d].n, "doc", devnull);
        double t = now_s() - t0;
        if (t < best) best = t;
    }
    printf("raw text -> CoNLL-U: %zu bytes, ~%ld words in %.3fs = %.0f tokens/s\n", bytes, words, best,
           (double)words / best);
    fclose(devnull);
    tc_nlp_work_free(w);
    tc_arena_free(&tmp);
    tc_arena_free(&a);
    tc_unmap(&map);
    tc_nlp_model_free(m);
    return 0;
}

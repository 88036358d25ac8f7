/*
 * bench_text.c -- tokenizer + sentence splitter throughput: rebuilds the raw
 * documents of a CoNLL-U file (default: ewt-train + gum-train text is what
 * bench_tokenizer.sh passes), segments all of them ROUNDS times on one core
 * and prints "tokenizer: N tokens/s (W words, S sentences per round)".
 */
#include "core/core.h"
#include "text/segment.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: bench_text FILE.conllu [ROUNDS]\n");
        return 2;
    }
    int rounds = argc > 2 ? atoi(argv[2]) : 5;
    tc_map m;
    if (tc_map_file(&m, argv[1], NULL) != TC_OK) {
        fprintf(stderr, "bench_text: %s: cannot read\n", argv[1]);
        return 1;
    }
    tc_arena g, a;
    tc_arena_init(&g, NULL, 1 << 20);
    tc_arena_init(&a, NULL, 1 << 20);
    tc_sent *gold;
    tc_gold_doc *docs;
    int ng, nd;
    char err[256];
    if (tc_gold_read(&g, (const char *)m.p, m.n, &gold, &ng, &docs, &nd, err, sizeof err) != TC_OK) {
        fprintf(stderr, "%s:%s\n", argv[1], err);
        return 1;
    }
    long words = 0, sents = 0, toks = 0;
    double t0 = now();
    for (int r = 0; r < rounds; r++) {
        words = sents = toks = 0;
        for (int d = 0; d < nd; d++) {
            tc_sent *s;
            int ns;
            if (tc_segment(&a, docs[d].text, docs[d].n, &s, &ns, NULL) != TC_OK) return 1;
            sents += ns;
            for (int i = 0; i < ns; i++) {
                words += s[i].n;
                toks += s[i].n;
                for (int k = 0; k < s[i].nmwt; k++) toks -= s[i].mwt[k].last - s[i].mwt[k].first;
            }
            tc_arena_reset(&a);
        }
    }
    double dt = now() - t0;
    printf("tokenizer: %.0f tokens/s (%ld tokens, %ld words, %ld sentences per round, %d rounds, %.3f s)\n",
           (double)toks * rounds / dt, toks, words, sents, rounds, dt);
    tc_arena_free(&a);
    tc_arena_free(&g);
    tc_unmap(&m);
    return 0;
}

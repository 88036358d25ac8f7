/*
 * text_eval.c -- scores the tokenizer and sentence splitter on a gold
 * CoNLL-U file: rebuilds each document's raw text from its "# text" lines,
 * segments it with tc_segment, aligns the result to the gold words with the
 * CoNLL 2018 rules, and prints
 *     Tokens 99.12 Sentences 84.10 Words 98.95
 * (F1 percentages).  With -v it first lists the differences: MISSED and
 * FALSE sentence ends with context, and TOKEN lines (gold token, then the
 * system tokens over it).  -o SYS.conllu writes the system segmentation
 * as CoNLL-U (flat trees) for cross-checking with conll18_ud_eval.py.  `text_eval --words RAW.txt` prints the words of
 * a raw text, one a line, with a blank line after each sentence (golden
 * tests in tests/golden/text).
 * Built by mk/text.mk as build/text_eval; used by tests/check/text.sh.
 */
#include "core/core.h"
#include "text/align.h"
#include "text/segment.h"
#include "core/conllu.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct span { uint32_t b, e; } span;

/* Surface token spans of sentences[first..first+n) in document offsets. */
static span *token_spans(const tc_sent *S, int first, int n, size_t *cnt) {
    size_t k = 0, cap = 64;
    span *v = malloc(cap * sizeof *v);
    for (int i = first; v && i < first + n; i++) {
        const tc_sent *s = &S[i];
        int m = 0;
        for (int w = 1; w <= s->n;) {
            uint32_t b, e;
            if (m < s->nmwt && s->mwt[m].first == w) {
                b = s->mwt[m].beg, e = s->mwt[m].end;
                w = s->mwt[m].last + 1;
                m++;
            } else {
                b = s->tok[w - 1].beg, e = s->tok[w - 1].end;
                w++;
            }
            if (b == UINT32_MAX) continue;
            if (k == cap) {
                span *x = realloc(v, (cap *= 2) * sizeof *v);
                if (!x) { free(v); return NULL; }
                v = x;
            }
            v[k].b = s->doc_beg + b;
            v[k].e = s->doc_beg + e;
            k++;
        }
    }
    *cnt = k;
    return v;
}

static void context(const char *t, size_t n, size_t at, const char *tag) {
    size_t b = at > 50 ? at - 50 : 0, e = at + 50 < n ? at + 50 : n;
    printf("%s\t", tag);
    for (size_t i = b; i < e; i++) {
        if (i == at) fputs(" || ", stdout);
        putchar(t[i] == '\n' ? '/' : t[i]);
    }
    putchar('\n');
}

/* Lists sentence-boundary and token differences per document. */
static void report(const tc_sent *G, int ng, const tc_sent *S, int ns, const tc_gold_doc *D, int nd) {
    int si = 0;
    for (int d = 0; d < nd; d++) {
        const tc_gold_doc *doc = &D[d];
        int sfirst = si;
        uint32_t dn = (uint32_t)doc->n;
        while (si < ns && !(si > sfirst && S[si].index == 1)) si++;
        /* sentence ends */
        for (int i = doc->first; i < doc->first + doc->nsent; i++) {
            uint32_t end = G[i].doc_beg + (uint32_t)strlen(G[i].text);
            bool found = false;
            for (int j = sfirst; j < si; j++)
                if (S[j].doc_beg + strlen(S[j].text) == end) found = true;
            if (!found && end < dn) context(doc->text, doc->n, end, "MISSED");
        }
        for (int j = sfirst; j < si; j++) {
            uint32_t end = S[j].doc_beg + (uint32_t)strlen(S[j].text);
            bool found = false;
            for (int i = doc->first; i < doc->first + doc->nsent; i++)
                if (G[i].doc_beg + strlen(G[i].text) == end) found = true;
            if (!found && end < dn) context(doc->text, doc->n, end, "FALSE");
        }
        size_t ngs, nss;
        span *gs = token_spans(G, doc->first, doc->nsent, &ngs);
        span *ss = token_spans(S, sfirst, si - sfirst, &nss);
        for (size_t i = 0, j = 0; gs && ss && i < ngs; i++) {
            while (j < nss && ss[j].e <= gs[i].b) j++;
            if (j < nss && ss[j].b == gs[i].b && ss[j].e == gs[i].e) continue;
            printf("TOKEN\t%.*s\t", (int)(gs[i].e - gs[i].b), doc->text + gs[i].b);
            for (size_t k = j; k < nss && ss[k].b < gs[i].e; k++)
                printf("%s%.*s", k > j ? "|" : "", (int)(ss[k].e - ss[k].b), doc->text + ss[k].b);
            putchar('\n');
        }
        free(gs);
        free(ss);
    }
    (void)ng;
}

/* Prints the words of a raw text file, one a line, a blank line after each sentence. */
static int words(const char *path) {
    tc_map m;
    if (tc_map_file(&m, path, NULL) != TC_OK) {
        fprintf(stderr, "text_eval: %s: cannot read\n", path);
        return 1;
    }
    tc_arena a;
    tc_arena_init(&a, NULL, 1 << 16);
    tc_sent *s;
    int ns, rc = 0;
    size_t bad = 0;
    int r = tc_segment(&a, (const char *)m.p, m.n, &s, &ns, &bad);
    if (r != TC_OK) {
        fprintf(stderr, "%s: byte %zu: %s\n", path, bad, r == TC_FORMAT ? "invalid UTF-8" : "out of memory");
        rc = 1;
    }
    for (int i = 0; r == TC_OK && i < ns; i++) {
        for (int w = 0; w < s[i].n; w++) printf("%s\n", s[i].tok[w].form);
        printf("\n");
    }
    tc_arena_free(&a);
    tc_unmap(&m);
    return rc;
}

int main(int argc, char **argv) {
    if (argc == 3 && strcmp(argv[1], "--words") == 0) return words(argv[2]);
    int verbose = 0, ai = 1;
    const char *dump = NULL;
    for (;;) {
        if (ai < argc && strcmp(argv[ai], "-v") == 0) verbose = 1, ai++;
        else if (ai + 1 < argc && strcmp(argv[ai], "-o") == 0) dump = argv[ai + 1], ai += 2;
        else break;
    }
    if (ai + 1 != argc) {
        fprintf(stderr, "usage: text_eval [-v] [-o SYS.conllu] GOLD.conllu | text_eval --words RAW.txt\n");
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
    if (dump) {
        /* system CoNLL-U for the official script (a flat tree: word 1 is
           the root, the others hang from it) */
        FILE *f = fopen(dump, "w");
        tc_buf b;
        tc_buf_init(&b, NULL);
        for (size_t i = 0; f && i < nsys; i++) {
            for (int w = 0; w < sys[i].n; w++) sys[i].tok[w].head = (int16_t)(w ? 1 : 0);
            tc_buf_clear(&b);
            tc_conllu_write(&b, &sys[i]);
            fwrite(b.p, 1, b.n, f);
            for (int w = 0; w < sys[i].n; w++) sys[i].tok[w].head = -1;
        }
        tc_buf_free(&b);
        if (f) fclose(f);
    }
    if (verbose) report(gold, ng, sys, (int)nsys, docs, nd);
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

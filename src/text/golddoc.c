/*
 * golddoc.c -- reads a gold CoNLL-U file for raw-text evaluation: all its
 * sentences, and the raw text of each document rebuilt from the "# text"
 * lines the way UD's conllu_to_text.pl lays it out (sentences of a paragraph
 * joined by a space, a blank line before each "# newpar", one text per
 * "# newdoc").  The tokenizer then sees what a raw-text system of the CoNLL
 * 2018 shared task saw, and the alignment can compare the two.
 */
#include "text/segment.h"
#include "core/conllu.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Looks at the comment lines that open the block s[0..n). */
static void block_marks(const char *s, size_t n, bool *newdoc, bool *newpar) {
    size_t i = 0;
    *newdoc = *newpar = false;
    while (i < n && s[i] == '#') {
        const char *e = memchr(s + i, '\n', n - i);
        size_t len = e ? (size_t)(e - (s + i)) : n - i;
        if (len >= 8 && memcmp(s + i, "# newdoc", 8) == 0) *newdoc = true;
        if (len >= 8 && memcmp(s + i, "# newpar", 8) == 0) *newpar = true;
        i += len + (e != NULL);
    }
}

static int count_lines(const char *s, size_t n) {
    int k = 0;
    for (size_t i = 0; i < n; i++) k += s[i] == '\n';
    return k;
}

/* Closes the current document: copies its text into the arena. */
static bool close_doc(tc_arena *a, tc_buf *b, tc_gold_doc *d, int nsent) {
    d->text = tc_arena_strndup(a, b->p ? b->p : "", b->n);
    d->n = b->n;
    d->nsent = nsent - d->first;
    tc_buf_clear(b);
    return d->text != NULL;
}

int tc_gold_read(tc_arena *a, const char *s, size_t n, tc_sent **sents, int *nsents,
                 tc_gold_doc **docs, int *ndocs, char *err, size_t errlen) {
    const tc_alloc *A = a->A;
    tc_sent *S = NULL;
    tc_gold_doc *D = NULL;
    size_t ns = 0, caps = 0, nd = 0, capd = 0, p = 0;
    int line = 1, rc = TC_OK;
    tc_buf b;
    tc_buf_init(&b, A);
    *sents = NULL;
    *docs = NULL;
    *nsents = *ndocs = 0;
    while (p < n) {
        if (s[p] == '\n') { p++; line++; continue; }
        bool newdoc, newpar;
        block_marks(s + p, n - p, &newdoc, &newpar);
        tc_sent st;
        size_t used = 0;
        char e2[200];
        memset(&st, 0, sizeof st);
        rc = tc_conllu_parse(a, s + p, n - p, &st, &used, e2, sizeof e2);
        if (rc == TC_FORMAT) {
            int k = 0;
            const char *what = e2;
            if (sscanf(e2, "line %d:", &k) == 1 && (what = strchr(e2, ':')) != NULL) what += 2;
            else what = e2, k = 1;
            snprintf(err, errlen, "line %d: %s", line + k - 1, what);
            goto fail;
        }
        if (rc != TC_OK && rc != TC_DONE) goto fail;
        if (used == 0) used = n - p;
        line += count_lines(s + p, used);
        p += used;
        if (rc == TC_DONE) { rc = TC_OK; continue; }
        if (nd == 0 || newdoc) {
            if (nd > 0 && !close_doc(a, &b, &D[nd - 1], (int)ns)) { rc = TC_NOMEM; goto fail; }
            if (nd == capd) {
                capd = capd ? 2 * capd : 64;
                tc_gold_doc *d = tc_mem_realloc(A, D, capd * sizeof *d);
                if (!d) { rc = TC_NOMEM; goto fail; }
                D = d;
            }
            memset(&D[nd], 0, sizeof D[nd]);
            D[nd].first = (int)ns;
            nd++;
        } else if (b.n > 0) {
            tc_buf_adds(&b, newpar ? "\n\n" : " ");
        }
        if (ns == caps) {
            caps = caps ? 2 * caps : 1024;
            tc_sent *x = tc_mem_realloc(A, S, caps * sizeof *x);
            if (!x) { rc = TC_NOMEM; goto fail; }
            S = x;
        }
        st.doc_beg = (uint32_t)b.n;
        st.index = (int)(ns - (size_t)D[nd - 1].first) + 1;
        tc_buf_adds(&b, st.text ? st.text : "");
        if (b.oom) { rc = TC_NOMEM; goto fail; }
        S[ns++] = st;
    }
    if (nd > 0 && !close_doc(a, &b, &D[nd - 1], (int)ns)) { rc = TC_NOMEM; goto fail; }
    *sents = ns ? tc_arena_alloc(a, ns * sizeof *S) : NULL;
    *docs = nd ? tc_arena_alloc(a, nd * sizeof *D) : NULL;
    if ((ns && !*sents) || (nd && !*docs)) { rc = TC_NOMEM; goto fail; }
    if (ns) memcpy(*sents, S, ns * sizeof *S);
    if (nd) memcpy(*docs, D, nd * sizeof *D);
    *nsents = (int)ns;
    *ndocs = (int)nd;
    rc = a->oom ? TC_NOMEM : TC_OK;
fail:
    if (rc != TC_OK) {
        *sents = NULL;
        *docs = NULL;
        *nsents = *ndocs = 0;
        if (rc == TC_NOMEM) snprintf(err, errlen, "out of memory");
    }
    tc_mem_free(A, S);
    tc_mem_free(A, D);
    tc_buf_free(&b);
    return rc;
}

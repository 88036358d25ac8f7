/*
 * eval.c -- reading CoNLL-U corpora for training and evaluation, and the
 * gold-token evaluation (tag and parse the gold words, compare UPOS, XPOS,
 * lemma, head, and head + base deprel as CoNLL 2018 does).
 */
#include "nlp/nlp_int.h"
#include "core/conllu.h"
#include "text/align.h"
#include "text/segment.h"

#include <stdio.h>
#include <stdlib.h>

int nlp_read_conllu(const char *path, tc_arena *a, tc_sent **out, int *nout, char *err, size_t errlen) {
    tc_map map;
    tc_sent *v = NULL;
    int n = 0, cap = 0, rc;
    *out = NULL;
    *nout = 0;
    rc = tc_map_file(&map, path, a->A);
    if (rc) {
        if (err && errlen) snprintf(err, errlen, "%s: cannot read file", path);
        return rc;
    }
    const char *s = (const char *)map.p;
    size_t pos = 0;
    long line = 1;
    while (pos < map.n) {
        tc_sent st;
        size_t used = 0;
        char e[160];
        rc = tc_conllu_parse(a, s + pos, map.n - pos, &st, &used, e, sizeof e);
        if (rc == TC_DONE) {
            if (!used) break;
        } else if (rc == TC_FORMAT) {
            long k = 0;
            if (sscanf(e, "line %ld", &k) == 1) {
                const char *colon = strchr(e, ':');
                if (err && errlen) snprintf(err, errlen, "%s:%ld:%s", path, line + k - 1, colon ? colon + 1 : e);
            } else if (err && errlen) {
                snprintf(err, errlen, "%s:%ld: %s", path, line, e);
            }
            goto fail;
        } else if (rc) {
            goto fail;
        } else {
            if (n == cap) {
                int nc = cap ? cap * 2 : 1024;
                tc_sent *nv = tc_mem_realloc(a->A, v, (size_t)nc * sizeof *nv);
                if (!nv) { rc = TC_NOMEM; goto fail; }
                v = nv;
                cap = nc;
            }
            v[n++] = st;
        }
        for (size_t i = 0; i < used; i++) line += s[pos + i] == '\n';
        pos += used;
        if (!used) break;
    }
    /* copy the vector into the arena so the caller frees only the arena */
    tc_sent *av = tc_arena_alloc(a, (size_t)(n ? n : 1) * sizeof *av);
    if (!av) { rc = TC_NOMEM; goto fail; }
    if (n) memcpy(av, v, (size_t)n * sizeof *av);
    tc_mem_free(a->A, v);
    tc_unmap(&map);
    *out = av;
    *nout = n;
    return TC_OK;
fail:
    if (rc == TC_NOMEM && err && errlen) snprintf(err, errlen, "%s: out of memory", path);
    tc_mem_free(a->A, v);
    tc_unmap(&map);
    return rc;
}

bool nlp_deprel_base_eq(const char *a, const char *b) {
    if (!a || !b) return false;
    size_t la = strcspn(a, ":"), lb = strcspn(b, ":");
    return la == lb && !memcmp(a, b, la);
}

static bool str_eq(const char *a, const char *b) { return a && b && !strcmp(a, b); }

int nlp_score_gold(const tc_nlp_model *m, tc_nlp_work *w, const tc_sent *gold, int ns, const int *const *tags,
                   nlp_counts *c) {
    tc_arena a;
    tc_arena_init(&a, NULL, 1 << 16);
    int rc = TC_OK;
    for (int i = 0; i < ns; i++) {
        const tc_sent *g = &gold[i];
        tc_sent s = *g;
        s.tok = tc_arena_alloc(&a, (size_t)(g->n ? g->n : 1) * sizeof *s.tok);
        if (!s.tok) { rc = TC_NOMEM; goto done; }
        for (int k = 0; k < g->n; k++) {
            memset(&s.tok[k], 0, sizeof s.tok[k]);
            s.tok[k].form = g->tok[k].form;
            s.tok[k].beg = g->tok[k].beg;
            s.tok[k].end = g->tok[k].end;
        }
        if (tags) {
            /* given tags: used by training to score the parser alone */
            int *hd = tc_arena_alloc(&a, 2 * (size_t)(g->n + 1) * sizeof(int));
            if (!hd) { rc = TC_NOMEM; goto done; }
            rc = nlp_prep_words(m, w, &s);
            if (rc) goto done;
            rc = nlp_parse_sent(m, w, &s, tags[i], hd, hd + g->n + 1, NULL, NULL);
            if (rc) goto done;
            for (int k = 0; k < g->n; k++) {
                s.tok[k].upos = m->tag_upos[tags[i][k]];
                s.tok[k].xpos = m->tag_xpos[tags[i][k]];
                s.tok[k].lemma = "";
                s.tok[k].head = (int16_t)(hd[k] == g->n ? 0 : hd[k] + 1);
                s.tok[k].deprel = m->label[hd[g->n + 1 + k]];
            }
        } else {
            rc = tc_nlp_annotate(m, w, &s, &a);
            if (rc) goto done;
        }
        for (int k = 0; k < g->n; k++) {
            const tc_tok *gt = &g->tok[k], *st = &s.tok[k];
            c->words++;
            c->upos += gt->upos == st->upos;
            c->xpos += str_eq(gt->xpos, st->xpos);
            c->lemma += str_eq(gt->lemma, st->lemma);
            if (gt->head == st->head) {
                c->uas++;
                c->las += nlp_deprel_base_eq(gt->deprel, st->deprel);
            }
        }
        tc_arena_reset(&a);
    }
done:
    tc_arena_free(&a);
    return rc;
}

static double pct(long a, long b) { return b ? 100.0 * (double)a / (double)b : 0.0; }

/* F1 of `correct` over gold and system word counts, in percent. */
static double f1(long correct, long ngold, long nsys) {
    return ngold + nsys ? 200.0 * (double)correct / (double)(ngold + nsys) : 0.0;
}

/* Raw text: segment each gold document's text, tag and parse, align the
   words as conll18_ud_eval.py does and score aligned words (F1). */
static int eval_raw(const tc_nlp_model *m, const char *path, tc_nlp_scores *out, char *err, size_t errlen) {
    tc_arena a;
    tc_arena_init(&a, m->A, 1 << 20);
    tc_map map;
    tc_nlp_work *w = NULL;
    tc_sent *sys = NULL, *gold = NULL;
    int nsys = 0, capsys = 0, ngs = 0, nd = 0;
    tc_gold_doc *docs = NULL;
    char e2[200] = "";
    int rc = tc_map_file(&map, path, m->A);
    if (rc) {
        if (err && errlen) snprintf(err, errlen, "%s: cannot read file", path);
        tc_arena_free(&a);
        return rc;
    }
    rc = tc_gold_read(&a, (const char *)map.p, map.n, &gold, &ngs, &docs, &nd, e2, sizeof e2);
    if (rc) {
        if (rc == TC_FORMAT && err && errlen) snprintf(err, errlen, "%s:%s", path, e2 + (strncmp(e2, "line ", 5) ? 0 : 5));
        goto fail;
    }
    w = tc_nlp_work_new(m, m->A);
    if (!w) { rc = TC_NOMEM; goto fail; }
    for (int d = 0; d < nd; d++) {
        tc_sent *ss = NULL;
        int ns = 0;
        size_t bad = 0;
        rc = tc_segment(&a, docs[d].text, docs[d].n, &ss, &ns, &bad);
        if (rc) {
            if (rc == TC_FORMAT && err && errlen) snprintf(err, errlen, "%s: invalid UTF-8 in document %d", path, d + 1);
            goto fail;
        }
        for (int k = 0; k < ns; k++) {
            rc = tc_nlp_annotate(m, w, &ss[k], &a);
            if (rc) goto fail;
            if (nsys == capsys) {
                int nc = capsys ? capsys * 2 : 1024;
                tc_sent *nv = tc_mem_realloc(m->A, sys, (size_t)nc * sizeof *nv);
                if (!nv) { rc = TC_NOMEM; goto fail; }
                sys = nv;
                capsys = nc;
            }
            sys[nsys++] = ss[k];
        }
    }
    tc_align al;
    rc = tc_align_words(&a, gold, ngs, sys, nsys, &al);
    if (rc) {
        if (rc == TC_FORMAT && err && errlen) snprintf(err, errlen, "%s: system and gold texts differ", path);
        goto fail;
    }
    /* global word numbering: first word index of each sentence */
    int *gbase = tc_arena_alloc(&a, (size_t)(ngs + 1) * sizeof(int));
    int *sbase = tc_arena_alloc(&a, (size_t)(nsys + 1) * sizeof(int));
    if (!gbase || !sbase) { rc = TC_NOMEM; goto fail; }
    gbase[0] = sbase[0] = 0;
    for (int i = 0; i < ngs; i++) gbase[i + 1] = gbase[i] + gold[i].n;
    for (int i = 0; i < nsys; i++) sbase[i + 1] = sbase[i] + sys[i].n;
    const tc_tok **stok = tc_arena_alloc(&a, (size_t)(sbase[nsys] + 1) * sizeof *stok);
    int *shead = tc_arena_alloc(&a, (size_t)(sbase[nsys] + 1) * sizeof(int));
    if (!stok || !shead) { rc = TC_NOMEM; goto fail; }
    for (int i = 0; i < nsys; i++)
        for (int k = 0; k < sys[i].n; k++) {
            stok[sbase[i] + k] = &sys[i].tok[k];
            shead[sbase[i] + k] = sys[i].tok[k].head > 0 ? sbase[i] + sys[i].tok[k].head - 1 : -1;
        }
    nlp_counts c = {0};
    for (int i = 0; i < ngs; i++)
        for (int k = 0; k < gold[i].n; k++) {
            int gi = gbase[i] + k, si = al.sys_of_gold[gi];
            if (si < 0) continue;
            const tc_tok *gt = &gold[i].tok[k], *st = stok[si];
            c.words++;
            c.upos += gt->upos == st->upos;
            c.xpos += str_eq(gt->xpos, st->xpos);
            c.lemma += str_eq(gt->lemma, st->lemma);
            int gh = gt->head > 0 ? gbase[i] + gt->head - 1 : -1;
            bool head_ok = gh < 0 ? shead[si] < 0 : (shead[si] >= 0 && al.sys_of_gold[gh] == shead[si]);
            if (head_ok) {
                c.uas++;
                c.las += nlp_deprel_base_eq(gt->deprel, st->deprel);
            }
        }
    long G = gbase[ngs], S = sbase[nsys];
    out->tokens = 100.0 * al.tokens_f1;
    out->sentences = 100.0 * al.sentences_f1;
    out->upos = f1(c.upos, G, S);
    out->xpos = f1(c.xpos, G, S);
    out->lemmas = f1(c.lemma, G, S);
    out->uas = f1(c.uas, G, S);
    out->las = f1(c.las, G, S);
    out->gold_words = G;
    out->sys_words = S;
    out->gold_sents = ngs;
    out->sys_sents = nsys;
    rc = TC_OK;
fail:
    if (rc == TC_NOMEM && err && errlen) snprintf(err, errlen, "out of memory");
    tc_mem_free(m->A, sys);
    tc_nlp_work_free(w);
    tc_unmap(&map);
    tc_arena_free(&a);
    return rc;
}

int tc_nlp_parse_text(const tc_nlp_model *m, const char *text, size_t n, const char *doc_id, FILE *out) {
    if (!m || (!text && n) || !out) return TC_MISUSE;
    tc_arena a;
    tc_arena_init(&a, m->A, 1 << 18);
    tc_buf b;
    tc_buf_init(&b, m->A);
    tc_nlp_work *w = tc_nlp_work_new(m, m->A);
    tc_sent *ss = NULL;
    int ns = 0, rc = TC_NOMEM;
    size_t bad = 0;
    if (!w) goto fail;
    rc = tc_segment(&a, text ? text : "", n, &ss, &ns, &bad);
    if (rc) goto fail;
    for (int k = 0; k < ns; k++) {
        rc = tc_nlp_annotate(m, w, &ss[k], &a);
        if (rc) goto fail;
        char id[512];
        snprintf(id, sizeof id, "%s-%d", doc_id ? doc_id : "doc", k + 1);
        ss[k].id = id;
        tc_buf_clear(&b);
        if (!tc_conllu_write(&b, &ss[k])) { rc = TC_NOMEM; goto fail; }
        ss[k].id = NULL;
        if (fwrite(b.p, 1, b.n, out) != b.n) { rc = TC_IO; goto fail; }
    }
    rc = TC_OK;
fail:
    tc_buf_free(&b);
    tc_nlp_work_free(w);
    tc_arena_free(&a);
    return rc;
}

int tc_nlp_eval(const tc_nlp_model *m, const char *path, int raw, tc_nlp_scores *out, char *err, size_t errlen) {
    if (!m || !path || !out) return TC_MISUSE;
    memset(out, 0, sizeof *out);
    if (raw) return eval_raw(m, path, out, err, errlen);
    tc_arena a;
    tc_arena_init(&a, m->A, 1 << 20);
    tc_nlp_work *w = NULL;
    tc_sent *gold = NULL;
    int ns = 0;
    int rc = nlp_read_conllu(path, &a, &gold, &ns, err, errlen);
    if (rc) goto fail;
    w = tc_nlp_work_new(m, m->A);
    if (!w) { rc = TC_NOMEM; goto fail; }
    nlp_counts c = {0};
    rc = nlp_score_gold(m, w, gold, ns, NULL, &c);
    if (rc) goto fail;
    out->tokens = out->sentences = 100.0;
    out->upos = pct(c.upos, c.words);
    out->xpos = pct(c.xpos, c.words);
    out->lemmas = pct(c.lemma, c.words);
    out->uas = pct(c.uas, c.words);
    out->las = pct(c.las, c.words);
    out->gold_words = out->sys_words = c.words;
    out->gold_sents = out->sys_sents = ns;
    rc = TC_OK;
fail:
    if (rc == TC_NOMEM && err && errlen) snprintf(err, errlen, "out of memory");
    tc_nlp_work_free(w);
    tc_arena_free(&a);
    return rc;
}

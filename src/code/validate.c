/*
 * validate.c -- `tacitus validate`: codes PETRARCH validation records with
 * their own parses and scores them against the gold codings.
 *
 * The dictionaries come from the file's <Environment> (looked up beside the
 * XML file, then in <data_dir>/petrarch/dictionaries).  Records with
 * evaluate="false" or a category outside <Include> are skipped.  Events whose
 * source, target or code is empty or "---" are left out on both sides (as
 * UniversalPetrarch's validation does for coded events; a gold event with a
 * null actor can never be produced).  A record is exact when the multiset of
 * remaining (source, target, code) triples equals the gold multiset; event
 * precision / recall / F1 count deduplicated triples per record.  Records
 * that cannot be read count as evaluated and failed.
 *
 * Raw mode (opts->parser set, `validate --raw`): the record's <Text> goes
 * through our own pipeline instead -- tc_segment, then tc_nlp_annotate with
 * the given model and the dictionaries' tag corrections (tc_code_retag, as
 * the story pipeline does) -- and the events of all its sentences are
 * pooled before the same scoring, which measures what the coder loses to
 * our parser.  A record whose <Text> is empty is read from the words of its
 * parse, so that it is still parsed by us rather than scored as silence.
 */
#include "code/coder.h"
#include "code/retag.h"
#include "io/petrxml.h"
#include "nlp/nlp.h"
#include "text/segment.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

typedef struct vstate {
    const char *path;
    const tc_config *cfg;
    int verbose;
    FILE *out;
    tc_dict *dict;
    char **include;
    int ninclude;
    bool has_include;
    tc_validate_stats *st;
    long tp, ngot, ngold;
    int repeat;
    tc_arena arena;
    int rc;
    const tc_nlp_model *parser; /* raw mode */
    tc_nlp_work *work;
} vstate;

static bool nullish(const char *s) { return !s || !*s || !strcmp(s, "---"); }

static char *find_file(const vstate *v, const char *name, char *buf, size_t cap) {
    if (!name || !*name) return NULL;
    if (name[0] == '/') {
        snprintf(buf, cap, "%s", name);
        return access(buf, R_OK) == 0 ? buf : NULL;
    }
    const char *slash = strrchr(v->path, '/');
    if (slash) snprintf(buf, cap, "%.*s/%s", (int)(slash - v->path), v->path, name);
    else snprintf(buf, cap, "%s", name);
    if (access(buf, R_OK) == 0) return buf;
    const char *dd = v->cfg && v->cfg->data_dir ? v->cfg->data_dir : getenv("TACITUS_DATA");
    if (!dd || !*dd) dd = "../shared/data";
    snprintf(buf, cap, "%s/petrarch/dictionaries/%s", dd, name);
    if (access(buf, R_OK) == 0) return buf;
    return NULL;
}

static int on_env(void *ud, const tc_petr_env *env) {
    vstate *v = ud;
    if (v->dict) return 0; /* a second environment block: keep the first */
    char pv[4096], pa[4096], pd[4096], pp[4096];
    char *acts[32];
    int nact = 0;
    tc_dict_files f;
    memset(&f, 0, sizeof f);
    f.verbs = find_file(v, env->verbfile, pv, sizeof pv);
    f.agents = find_file(v, env->agentfile, pa, sizeof pa);
    f.discards = find_file(v, env->discardfile, pd, sizeof pd);
    f.pico = find_file(v, env->picofile, pp, sizeof pp);
    if (env->verbfile && !f.verbs) fprintf(v->out, "%s: verb dictionary %s not found\n", v->path, env->verbfile);
    for (int i = 0; i < env->nactor && nact < 32; i++) {
        char b[4096];
        char *p = find_file(v, env->actorfiles[i], b, sizeof b);
        if (!p) { fprintf(v->out, "%s: actor dictionary %s not found\n", v->path, env->actorfiles[i]); continue; }
        acts[nact] = strdup(p);
        if (!acts[nact]) { v->rc = TC_NOMEM; goto done; }
        nact++;
    }
    if (!f.pico) {
        /* files without a PICOfile (the unit-test records) use the standard ontology */
        f.pico = find_file(v, "PETR.Internal.Coding.Ontology.txt", pp, sizeof pp);
    }
    f.actors = (const char *const *)acts;
    f.nactors = (size_t)nact;
    char err[512] = "";
    clock_t t0 = clock();
    int rc = tc_dict_load(&v->dict, &f, v->cfg, err, sizeof err);
    v->st->load_seconds += (double)(clock() - t0) / CLOCKS_PER_SEC;
    if (rc) {
        fprintf(v->out, "%s: cannot load dictionaries: %s\n", v->path, err);
        v->rc = rc;
        goto done;
    }
    if (env->has_include) {
        v->has_include = true;
        v->include = calloc((size_t)env->ninclude + 1, sizeof *v->include);
        if (!v->include) { v->rc = TC_NOMEM; goto done; }
        for (int i = 0; i < env->ninclude; i++) {
            v->include[i] = strdup(env->include[i]);
            if (!v->include[i]) { v->rc = TC_NOMEM; goto done; }
            v->ninclude++;
        }
    }
done:
    for (int i = 0; i < nact; i++) free(acts[i]);
    return v->rc;
}

static bool included(const vstate *v, const char *cat) {
    if (!v->has_include) return true;
    for (int i = 0; i < v->ninclude; i++)
        if (!strcmp(v->include[i], cat)) return true;
    return false;
}

typedef struct trip {
    const char *s, *t, *c;
} trip;

static int cmp_trip(const void *a, const void *b) {
    const trip *x = a, *y = b;
    int r = strcmp(x->s, y->s);
    if (!r) r = strcmp(x->t, y->t);
    if (!r) r = strcmp(x->c, y->c);
    return r;
}

static int uniq(trip *t, int n) {
    int k = 0;
    for (int i = 0; i < n; i++)
        if (k == 0 || cmp_trip(&t[k - 1], &t[i])) t[k++] = t[i];
    return k;
}

static void print_trips(FILE *f, const char *label, const trip *t, int n) {
    fprintf(f, "  %s:", label);
    if (!n) fprintf(f, " (none)");
    for (int i = 0; i < n; i++) fprintf(f, " %s-%s-%s", t[i].s, t[i].t, t[i].c);
    fputc('\n', f);
}

/* Raw mode: segments and parses the record's text, codes every sentence
   and pools the events (all in the record's arena). */
static int code_raw(vstate *v, const tc_petr_record *r, const tc_code_opts *o, tc_coder_event **ev, int *nev) {
    *ev = NULL;
    *nev = 0;
    const char *text = r->text ? r->text : "";
    if (!*text && r->parsed && r->sent.n > 0) {
        /* a record with an empty <Text> (one in PETR2_GSR) is read from its
           parse's word column, space-joined: the words are the record's
           own, the tags, tree and sentence breaks still ours */
        tc_buf b;
        tc_buf_init(&b, NULL);
        for (int i = 0; i < r->sent.n; i++) {
            const char *f = r->sent.tok[i].form ? r->sent.tok[i].form : "";
            if (i) tc_buf_add(&b, " ", 1);
            tc_buf_add(&b, f, strlen(f));
        }
        char *t = b.oom ? NULL : tc_arena_strndup(&v->arena, b.p ? b.p : "", b.n);
        tc_buf_free(&b);
        if (!t) return TC_NOMEM;
        text = t;
    }
    tc_sent *ss = NULL;
    int ns = 0;
    int rc = tc_segment(&v->arena, text, strlen(text), &ss, &ns, NULL);
    if (rc) return rc;
    int cap = 0;
    for (int i = 0; i < ns; i++) {
        if ((rc = tc_nlp_annotate(v->parser, v->work, &ss[i], &v->arena))) return rc;
        if ((rc = tc_code_retag(v->dict, v->parser, v->work, &ss[i], &v->arena, NULL))) return rc;
        tc_coder_event *e1 = NULL;
        int n1 = 0;
        if ((rc = tc_code_sentence(v->dict, &ss[i], o, &v->arena, &e1, &n1))) return rc;
        if (*nev + n1 > cap) {
            int nc = (*nev + n1) * 2 + 4;
            tc_coder_event *ne = tc_arena_alloc(&v->arena, (size_t)nc * sizeof *ne);
            if (!ne) return TC_NOMEM;
            if (*nev) memcpy(ne, *ev, (size_t)*nev * sizeof *ne);
            *ev = ne;
            cap = nc;
        }
        if (n1) memcpy(*ev + *nev, e1, (size_t)n1 * sizeof *e1);
        *nev += n1;
    }
    return TC_OK;
}

static int on_record(void *ud, const tc_petr_record *r) {
    vstate *v = ud;
    v->st->records++;
    if (!r->evaluate || !included(v, r->category)) {
        v->st->skipped++;
        return 0;
    }
    v->st->evaluated++;
    if (r->error) {
        v->st->errors++;
        fprintf(v->out, "%s\n", r->error);
        return 0;
    }
    if (!v->dict) {
        v->st->errors++;
        fprintf(v->out, "%s:%d: no <Environment> before the first record\n", v->path, r->line);
        return 0;
    }
    tc_arena_reset(&v->arena);
    tc_code_opts o;
    memset(&o, 0, sizeof o);
    o.date = r->date;
    o.agent_codes = true; /* the gold codings write agents without a country as "---GOV" */
    if (v->verbose > 1) o.debug = v->out;
    tc_coder_event *ev = NULL;
    int nev = 0;
    int rc = TC_OK;
    clock_t t0 = clock();
    for (int k = 0; k < v->repeat; k++) {
        /* benchmark repeats reuse the arena exactly as a long run would */
        if (k) tc_arena_reset(&v->arena);
        if (v->parser) {
            rc = code_raw(v, r, &o, &ev, &nev);
            if (rc == TC_FORMAT) {
                v->st->errors++;
                fprintf(v->out, "%s:%d: record %s: invalid UTF-8 in <Text>\n", v->path, r->line, r->id);
                return 0;
            }
        } else {
            /* the discard phrases are tested on the record's <Text>, as
               PETRARCH does (words glued to punctuation stay glued); the
               text rebuilt from a parse without SpaceAfter=No has lost that */
            tc_sent s1 = r->sent;
            if (r->text && *r->text) s1.text = r->text;
            rc = tc_code_sentence(v->dict, &s1, &o, &v->arena, &ev, &nev);
        }
        if (rc) return rc;
    }
    v->st->code_seconds += (double)(clock() - t0) / CLOCKS_PER_SEC;
    v->st->coded += v->repeat;
    trip *got = tc_arena_calloc(&v->arena, (size_t)nev + 1, sizeof *got);
    trip *gold = tc_arena_calloc(&v->arena, (size_t)r->ngold + 1, sizeof *gold);
    if (!got || !gold) return TC_NOMEM;
    int ng = 0, nd = 0;
    for (int i = 0; i < nev; i++)
        if (!nullish(ev[i].source) && !nullish(ev[i].target) && !nullish(ev[i].code))
            got[ng++] = (trip){ev[i].source, ev[i].target, ev[i].code};
    if (!r->noevents)
        for (int i = 0; i < r->ngold; i++)
            if (!nullish(r->gold[i].source) && !nullish(r->gold[i].target) && !nullish(r->gold[i].code))
                gold[nd++] = (trip){r->gold[i].source, r->gold[i].target, r->gold[i].code};
    qsort(got, (size_t)ng, sizeof *got, cmp_trip);
    qsort(gold, (size_t)nd, sizeof *gold, cmp_trip);
    bool exact = ng == nd;
    for (int i = 0; exact && i < ng; i++)
        if (cmp_trip(&got[i], &gold[i])) exact = false;
    if (v->verbose > 1) fprintf(v->out, "  (record %s above)\n", r->id);
    if (exact) v->st->exact++;
    else if (v->verbose) {
        fprintf(v->out, "FAIL %s (%s:%d) [%s] ", r->id, v->path, r->line, r->category);
        /* the text on one line */
        bool sp = false;
        for (const char *q = r->text; *q; q++) {
            bool ws = *q == ' ' || *q == '\n' || *q == '\t' || *q == '\r';
            if (ws) sp = true;
            else {
                if (sp) fputc(' ', v->out);
                sp = false;
                fputc(*q, v->out);
            }
        }
        fputc('\n', v->out);
        print_trips(v->out, "expected", gold, nd);
        print_trips(v->out, "got     ", got, ng);
    }
    int ug = uniq(got, ng), ud2 = uniq(gold, nd);
    v->ngot += ug;
    v->ngold += ud2;
    for (int i = 0, j = 0; i < ug && j < ud2;) {
        int c = cmp_trip(&got[i], &gold[j]);
        if (!c) { v->tp++; i++; j++; }
        else if (c < 0) i++;
        else j++;
    }
    return 0;
}

int tc_validate_file(const char *path, const tc_config *cfg, const tc_validate_opts *opts,
                     tc_validate_stats *st) {
    if (!path || !st) return TC_MISUSE;
    int verbose = opts ? opts->verbose : 0;
    FILE *out = opts ? opts->out : NULL;
    memset(st, 0, sizeof *st);
    vstate v;
    memset(&v, 0, sizeof v);
    v.path = path;
    v.cfg = cfg;
    v.verbose = verbose;
    v.out = out ? out : stdout;
    v.st = st;
    v.repeat = opts && opts->repeat > 1 ? opts->repeat : 1;
    tc_arena_init(&v.arena, cfg ? cfg->alloc : NULL, 1 << 16);
    v.parser = opts ? opts->parser : NULL;
    if (v.parser && !(v.work = tc_nlp_work_new(v.parser, cfg ? cfg->alloc : NULL))) {
        tc_arena_free(&v.arena);
        return TC_NOMEM;
    }
    tc_petrxml_cb cb = {on_env, on_record, &v};
    char err[512] = "";
    int rc = tc_petrxml_read(path, cfg ? cfg->alloc : NULL, &cb, err, sizeof err);
    if (rc == TC_IO) fprintf(v.out, "%s\n", err);
    if (!rc && v.rc) rc = v.rc;
    st->precision = v.ngot ? (double)v.tp / (double)v.ngot : 0.0;
    st->recall = v.ngold ? (double)v.tp / (double)v.ngold : 0.0;
    st->f1 = st->precision + st->recall > 0 ? 2 * st->precision * st->recall / (st->precision + st->recall) : 0.0;
    tc_dict_free(v.dict);
    for (int i = 0; i < v.ninclude; i++) free(v.include[i]);
    free(v.include);
    tc_arena_free(&v.arena);
    tc_nlp_work_free(v.work);
    return rc;
}

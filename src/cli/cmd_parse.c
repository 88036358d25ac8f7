/*
 * cmd_parse.c -- `tacitus parse [FILE...]`: stories or raw text to CoNLL-U
 * (tokenizer, sentence splitter, tagger, lemmatizer, parser).
 *
 * By default the inputs are stories read through the shared reader
 * (tc_reader: story files with a " date YYYY-MM-DD" first line, JSON Lines,
 * gzip, folders, stdin), so `parse` accepts exactly what `code` accepts; a
 * story that cannot be read is reported as "file:line: what" on stderr, the
 * others are still parsed, and the exit status is 1.  With --text every FILE
 * is one plain-text document (no date line), for text from elsewhere.
 * Sentence ids are "<story id>-<k>".
 *
 * With -j N (N > 1) documents are parsed by N threads over one model, each
 * into its own memory stream, and written by one thread in input order
 * (cli/workers.c): the output, and the order of the messages on stderr, are
 * those of -j 1.
 */
#include "cli/cli.h"
#include "cli/workers.h"

#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void usage(FILE *f) {
    fprintf(f, "usage: tacitus parse [--model FILE] [--text] [-j N] [FILE...]\n"
               "\nTokenizes, tags, lemmatizes and parses stories and writes CoNLL-U with\n"
               "'# sent_id = <story id>-<k>' and '# text' lines on stdout.  FILE may be a\n"
               "story file (' date YYYY-MM-DD' first line), JSON Lines (*.jsonl), gzip, a\n"
               "folder (walked recursively) or '-' for stdin (the default).  A story that\n"
               "cannot be read is reported on stderr (exit status 1); the rest are parsed.\n\n"
               "options:\n"
               "  -m, --model F    model file (default $TACITUS_MODELS/en-ud.tcm)\n"
               "  -t, --text       each FILE (or stdin) is one plain-text document\n"
               "  -j, --jobs N     parse with N threads (default: the CPUs this process may\n"
               "                   use); the output is the same, in input order, for any N\n"
               "  -h, --help       this text\n");
}

static char *slurp(FILE *f, size_t *n) {
    size_t cap = 1 << 16, len = 0;
    char *p = malloc(cap);
    if (!p) return NULL;
    for (;;) {
        if (len == cap) {
            char *q = realloc(p, cap * 2);
            if (!q) { free(p); return NULL; }
            p = q;
            cap *= 2;
        }
        size_t r = fread(p + len, 1, cap - len, f);
        len += r;
        if (r == 0) break;
    }
    if (ferror(f)) { free(p); return NULL; }
    *n = len;
    return p;
}

/* The document id of a --text file: its name without folders and extension. */
static void plain_id(const char *name, char id[256]) {
    bool in = !strcmp(name, "-");
    const char *base = strrchr(name, '/');
    base = base ? base + 1 : name;
    snprintf(id, 256, "%s", in ? "stdin" : base);
    char *dot = strrchr(id, '.');
    if (dot && dot != id) *dot = 0;
}

/* --text: the whole file is one document; id = file name without extension. */
static int parse_plain(const tc_nlp_model *m, const char *name) {
    bool in = !strcmp(name, "-");
    FILE *f = in ? stdin : fopen(name, "rb");
    if (!f) return tc_cli_error("%s: cannot open", name);
    size_t n = 0;
    char *text = slurp(f, &n);
    if (!in) fclose(f);
    if (!text) return tc_cli_error("%s: cannot read", name);
    char id[256];
    plain_id(name, id);
    int rc = tc_nlp_parse_text(m, text, n, id, stdout);
    free(text);
    if (rc) return tc_cli_error("%s: %s", name, rc == TC_FORMAT ? "invalid UTF-8" : tc_errstr(rc));
    return 0;
}

/* Stories through the shared reader. */
static int parse_stories(const tc_nlp_model *m, const char *path) {
    tc_reader *rd = NULL;
    int rc = tc_reader_open(&rd, path, 0, NULL);
    if (rc) return tc_cli_error("%s: cannot open (%s)", path, tc_errstr(rc));
    int status = 0;
    tc_story st;
    /* TC_IO: the input failed mid-way; its error record is in st and the
       reader goes on with the next file of a folder */
    while ((rc = tc_reader_next(rd, &st)) == TC_OK || rc == TC_IO) {
        if (st.error) {
            fprintf(stderr, "%s\n", st.error);
            status = 1;
            continue;
        }
        rc = tc_nlp_parse_text(m, st.text, st.text_len, st.id ? st.id : "story", stdout);
        if (rc == TC_IO) {
            status = tc_cli_error("cannot write output");
            break;
        }
        if (rc) status = tc_cli_error("%s:%ld: %s", st.file, st.line, tc_errstr(rc));
    }
    if (rc != TC_DONE && rc != TC_OK && rc != TC_IO) status = tc_cli_error("%s: %s", path, tc_errstr(rc));
    tc_reader_close(rd);
    return status;
}

/* ---- -j N: documents in flight (workers.h) -------------------------------- */

enum item { I_STORY, I_PLAIN, I_MESSAGE };

struct parse_slot {
    enum item kind;
    tc_cli_story doc;   /* the story; for I_PLAIN file = the name; for I_MESSAGE error = the text */
    char *out;          /* its CoNLL-U (open_memstream) */
    size_t n;
    int rc;
};

struct parse_run {
    const tc_nlp_model *m;
    tc_cli_pool *pool;
    int status;         /* touched by the writer thread only */
};

static void pslot_free(void *ud, void *p) {
    (void)ud;
    struct parse_slot *s = p;
    tc_cli_story_free(&s->doc);
    free(s->out);
}

static void pslot_work(void *ud, void *p) {
    struct parse_run *run = ud;
    struct parse_slot *s = p;
    free(s->out);
    s->out = NULL;
    s->n = 0;
    FILE *f = open_memstream(&s->out, &s->n);
    if (!f) { s->rc = TC_NOMEM; return; }
    const tc_story *st = &s->doc.st;
    s->rc = tc_nlp_parse_text(run->m, st->text, st->text_len, st->id ? st->id : "story", f);
    if (fclose(f) && !s->rc) s->rc = TC_NOMEM;
}

/* What the sequential functions above print, in the same order. */
static int pslot_write(void *ud, void *p) {
    struct parse_run *run = ud;
    struct parse_slot *s = p;
    const tc_story *st = &s->doc.st;
    if (s->kind == I_MESSAGE) {
        run->status = tc_cli_error("%s", st->error);
        return 0;
    }
    if (st->error) {
        fprintf(stderr, "%s\n", st->error);
        run->status = 1;
        return 0;
    }
    if (s->n && fwrite(s->out, 1, s->n, stdout) != s->n) s->rc = TC_IO;
    if (s->rc == TC_IO) {
        run->status = tc_cli_error("cannot write output");
        return 1;
    }
    if (s->rc && s->kind == I_PLAIN)
        run->status = tc_cli_error("%s: %s", st->file, s->rc == TC_FORMAT ? "invalid UTF-8" : tc_errstr(s->rc));
    else if (s->rc) run->status = tc_cli_error("%s:%ld: %s", st->file, st->line, tc_errstr(s->rc));
    return 0;
}

static const tc_cli_pool_ops parse_ops = {sizeof(struct parse_slot), NULL, pslot_free, pslot_work, pslot_write};

/* Hands an item to the pool; non-zero when the run stopped or memory ran out. */
static int psubmit(struct parse_run *run, enum item kind, const tc_story *st) {
    struct parse_slot *s = tc_cli_pool_slot(run->pool);
    if (!s) return 1;
    if (tc_cli_story_copy(&s->doc, st)) return tc_cli_error("out of memory");
    s->kind = kind;
    s->rc = TC_OK;
    s->n = 0;
    tc_cli_pool_submit(run->pool, s, kind != I_MESSAGE && !st->error);
    return 0;
}

static int pmessage(struct parse_run *run, const char *fmt, const char *a, const char *b) {
    char msg[1200];
    snprintf(msg, sizeof msg, fmt, a, b);
    tc_story st = {.error = msg};
    return psubmit(run, I_MESSAGE, &st);
}

/* parse_plain through the pool. */
static int pool_plain(struct parse_run *run, const char *name) {
    bool in = !strcmp(name, "-");
    FILE *f = in ? stdin : fopen(name, "rb");
    if (!f) return pmessage(run, "%s: cannot open%s", name, "");
    size_t n = 0;
    char *text = slurp(f, &n);
    if (!in) fclose(f);
    if (!text) return pmessage(run, "%s: cannot read%s", name, "");
    char id[256];
    plain_id(name, id);
    tc_story st = {.id = id, .text = text, .text_len = n, .file = name};
    int rc = psubmit(run, I_PLAIN, &st);
    free(text);
    return rc;
}

/* parse_stories through the pool. */
static int pool_stories(struct parse_run *run, const char *path) {
    tc_reader *rd = NULL;
    int rc = tc_reader_open(&rd, path, 0, NULL);
    if (rc) return pmessage(run, "%s: cannot open (%s)", path, tc_errstr(rc));
    tc_story st;
    int stop = 0;
    while (!stop && ((rc = tc_reader_next(rd, &st)) == TC_OK || rc == TC_IO)) stop = psubmit(run, I_STORY, &st);
    if (!stop && rc != TC_DONE && rc != TC_OK && rc != TC_IO) stop = pmessage(run, "%s: %s", path, tc_errstr(rc));
    tc_reader_close(rd);
    return stop;
}

int tc_cli_parse(int argc, char **argv) {
    static const struct option opts[] = {{"model", required_argument, 0, 'm'}, {"text", no_argument, 0, 't'},
                                         {"jobs", required_argument, 0, 'j'},
                                         {"help", no_argument, 0, 'h'}, {0, 0, 0, 0}};
    const char *model = NULL;
    bool plain = false;
    int jobs = tc_cli_default_jobs();
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "m:tj:h", opts, NULL)) != -1) {
        switch (c) {
        case 'm': model = optarg; break;
        case 't': plain = true; break;
        case 'j':
            if (!(jobs = tc_cli_parse_jobs(optarg))) return tc_cli_usage_error("parse", "bad --jobs '%s' (1-256)", optarg);
            break;
        case 'h': usage(stdout); return 0;
        default: return tc_cli_usage_error("parse", "unknown option");
        }
    }
    tc_config cfg;
    tc_cli_config(&cfg);
    tc_nlp_model *m = NULL;
    if (tc_cli_open_parser(&cfg, model, &m)) return 1;
    int status = 0;
    int nfiles = argc - optind;
    struct parse_run run = {.m = m};
    if (jobs > 1 && (status = tc_cli_pool_start(&run.pool, jobs, &parse_ops, &run)) != TC_OK) {
        tc_nlp_model_free(m);
        return tc_cli_error("cannot start %d threads: %s", jobs, tc_errstr(status));
    }
    for (int i = 0; i < (nfiles ? nfiles : 1); i++) {
        const char *name = nfiles ? argv[optind + i] : "-";
        if (run.pool) {
            if ((plain ? pool_plain(&run, name) : pool_stories(&run, name)) != 0) { status = 1; break; }
            continue;
        }
        if ((plain ? parse_plain(m, name) : parse_stories(m, name)) != 0) status = 1;
    }
    if (run.pool) {
        if (tc_cli_pool_finish(run.pool) || run.status) status = 1;
    }
    tc_nlp_model_free(m);
    if (fflush(stdout)) status = tc_cli_error("cannot write output");
    return status;
}

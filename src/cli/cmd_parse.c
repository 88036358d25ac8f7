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
 */
#include "cli/cli.h"

#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void usage(FILE *f) {
    fprintf(f, "usage: tacitus parse [--model FILE] [--text] [FILE...]\n"
               "\nTokenizes, tags, lemmatizes and parses stories and writes CoNLL-U with\n"
               "'# sent_id = <story id>-<k>' and '# text' lines on stdout.  FILE may be a\n"
               "story file (' date YYYY-MM-DD' first line), JSON Lines (*.jsonl), gzip, a\n"
               "folder (walked recursively) or '-' for stdin (the default).  A story that\n"
               "cannot be read is reported on stderr (exit status 1); the rest are parsed.\n\n"
               "options:\n"
               "  -m, --model F    model file (default $TACITUS_MODELS/en-ud.tcm)\n"
               "  -t, --text       each FILE (or stdin) is one plain-text document\n"
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

/* --text: the whole file is one document; id = file name without extension. */
static int parse_plain(const tc_nlp_model *m, const char *name) {
    bool in = !strcmp(name, "-");
    FILE *f = in ? stdin : fopen(name, "rb");
    if (!f) return tc_cli_error("%s: cannot open", name);
    size_t n = 0;
    char *text = slurp(f, &n);
    if (!in) fclose(f);
    if (!text) return tc_cli_error("%s: cannot read", name);
    const char *base = strrchr(name, '/');
    base = base ? base + 1 : name;
    char id[256];
    snprintf(id, sizeof id, "%s", in ? "stdin" : base);
    char *dot = strrchr(id, '.');
    if (dot && dot != id) *dot = 0;
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

int tc_cli_parse(int argc, char **argv) {
    static const struct option opts[] = {{"model", required_argument, 0, 'm'}, {"text", no_argument, 0, 't'},
                                         {"help", no_argument, 0, 'h'}, {0, 0, 0, 0}};
    const char *model = NULL;
    bool plain = false;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "m:th", opts, NULL)) != -1) {
        switch (c) {
        case 'm': model = optarg; break;
        case 't': plain = true; break;
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
    for (int i = 0; i < (nfiles ? nfiles : 1); i++) {
        const char *name = nfiles ? argv[optind + i] : "-";
        if ((plain ? parse_plain(m, name) : parse_stories(m, name)) != 0) status = 1;
    }
    tc_nlp_model_free(m);
    if (fflush(stdout)) status = tc_cli_error("cannot write output");
    return status;
}

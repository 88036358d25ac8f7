/*
 * cmd_parse.c -- `tacitus parse [FILE...]`: raw text or story files to
 * CoNLL-U (tokenizer, sentence splitter, tagger, lemmatizer, parser), one
 * document per file (stdin if none).  A story file's first line starts with
 * " date YYYY-MM-DD"; that prefix is not text and is skipped.
 */
#include "cli/cli.h"

#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void usage(FILE *f) {
    fprintf(f, "usage: tacitus parse [--model FILE] [FILE...]\n"
               "\nTokenizes, tags, lemmatizes and parses raw English text or story files\n"
               "(first line ' date YYYY-MM-DD ...') and writes CoNLL-U with '# sent_id' and\n"
               "'# text' lines on stdout.  Reads stdin when no FILE is given.\n\n"
               "options:\n"
               "  -m, --model F    model file (default $TACITUS_MODELS/en-ud.tcm)\n"
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

/* Length of a leading " date YYYY-MM-DD" story header, or 0. */
static size_t story_prefix(const char *s, size_t n) {
    size_t i = 0;
    while (i < n && s[i] == ' ') i++;
    if (n - i < 15 || strncmp(s + i, "date ", 5)) return 0;
    const char *d = s + i + 5;
    for (int k = 0; k < 10; k++) {
        bool dash = k == 4 || k == 7;
        if (dash ? d[k] != '-' : (d[k] < '0' || d[k] > '9')) return 0;
    }
    return i + 15;
}

int tc_cli_parse(int argc, char **argv) {
    static const struct option opts[] = {{"model", required_argument, 0, 'm'}, {"help", no_argument, 0, 'h'},
                                         {0, 0, 0, 0}};
    const char *model = NULL;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "m:h", opts, NULL)) != -1) {
        switch (c) {
        case 'm': model = optarg; break;
        case 'h': usage(stdout); return 0;
        default: return tc_cli_usage_error("parse", "unknown option");
        }
    }
    tc_config cfg;
    tc_cli_config(&cfg);
    char path[4096];
    if (!model) {
        snprintf(path, sizeof path, "%s/en-ud.tcm", cfg.model_dir ? cfg.model_dir : "build/models");
        model = path;
    }
    char err[512] = "";
    tc_nlp_model *m = NULL;
    int rc = tc_nlp_model_open(model, cfg.alloc, &m, err, sizeof err);
    if (rc) return tc_cli_error("%s", err[0] ? err : tc_errstr(rc));
    int status = 0;
    int nfiles = argc - optind;
    for (int i = 0; i < (nfiles ? nfiles : 1); i++) {
        const char *name = nfiles ? argv[optind + i] : "-";
        FILE *f = strcmp(name, "-") ? fopen(name, "rb") : stdin;
        if (!f) { status = tc_cli_error("%s: cannot open", name); continue; }
        size_t n = 0;
        char *text = slurp(f, &n);
        if (f != stdin) fclose(f);
        if (!text) { status = tc_cli_error("%s: cannot read", name); continue; }
        size_t skip = story_prefix(text, n);
        const char *base = strrchr(name, '/');
        base = base ? base + 1 : name;
        char id[256];
        snprintf(id, sizeof id, "%s", strcmp(name, "-") ? base : "stdin");
        char *dot = strrchr(id, '.');
        if (dot && dot != id) *dot = 0;
        rc = tc_nlp_parse_text(m, text + skip, n - skip, id, stdout);
        free(text);
        if (rc) status = tc_cli_error("%s: %s", name, rc == TC_FORMAT ? "invalid UTF-8" : tc_errstr(rc));
    }
    tc_nlp_model_free(m);
    if (fflush(stdout)) status = tc_cli_error("cannot write output");
    return status;
}

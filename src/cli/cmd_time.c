/*
 * cmd_time.c -- `tacitus time`: prints the temporal expressions of stories
 * with their TIMEX3 type, value and mod, one per line; `--eval DIR` scores
 * the recogniser on TimeML files as the TempEval-3 scorer does.
 *
 * Input: story files (first line " date YYYY-MM-DD", the text after it) or
 * JSON Lines {"id","date","text"}; standard input when no file is named.
 */
#include "cli/cli.h"

#include <getopt.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void usage(FILE *f) {
    fprintf(f,
            "usage: tacitus time [options] [FILE...]\n"
            "       tacitus time --eval DIR [-v]\n\n"
            "Prints each temporal expression of the stories as\n"
            "  id<TAB>text<TAB>TYPE<TAB>value<TAB>mod=MOD (or '-')\n"
            "Stories: a first line ' date YYYY-MM-DD' followed by the text, or JSON Lines\n"
            "{\"id\",\"date\",\"text\"}.  Standard input when no FILE is given.\n\n"
            "options:\n"
            "  -e, --eval DIR   score on the TimeML .tml files of DIR (TempEval-3 style);\n"
            "                   last line: span-F1 .. strict-F1 .. value-F1 .. type-acc ..\n"
            "  -v, --verbose    with --eval, list every disagreement on standard error\n"
            "  -h, --help       this text\n");
}

static char *read_all(FILE *f, size_t *n) {
    size_t cap = 1 << 16, len = 0;
    char *p = malloc(cap);
    if (!p) return NULL;
    for (;;) {
        if (cap - len < 4096) {
            char *q = realloc(p, cap * 2);
            if (!q) { free(p); return NULL; }
            p = q;
            cap *= 2;
        }
        size_t got = fread(p + len, 1, cap - len - 1, f);
        len += got;
        if (got == 0) break;
    }
    if (ferror(f)) { free(p); return NULL; }
    p[len] = 0;
    *n = len;
    return p;
}

static int print_story(const tc_timerec *r, const char *id, const char *date, const char *text, size_t n,
                       const char *file, int line) {
    tc_timex stack[256];
    tc_timex *tx = stack;
    size_t cap = 256, found = 0;
    int rc = tc_time_find(r, text, n, date, tx, cap, &found);
    if (rc != TC_OK) {
        fprintf(stderr, "%s:%d: bad story date '%s'\n", file, line, date);
        return 1;
    }
    if (found > cap) {
        tx = malloc(found * sizeof *tx);
        if (!tx) return tc_cli_error("out of memory");
        cap = found;
        tc_time_find(r, text, n, date, tx, cap, &found);
    }
    for (size_t i = 0; i < found; i++) {
        fputs(id, stdout);
        putchar('\t');
        for (uint32_t k = tx[i].beg; k < tx[i].end; k++) {
            char ch = text[k];
            putchar(ch == '\n' || ch == '\t' || ch == '\r' ? ' ' : ch);
        }
        printf("\t%s\t%s\t", tc_timex_type_name(tx[i].type), tx[i].value);
        if (tx[i].mod) printf("mod=%s\n", tc_timex_mod_name(tx[i].mod));
        else puts("-");
    }
    if (tx != stack) free(tx);
    return 0;
}

static int do_jsonl(const tc_timerec *r, char *buf, const char *file) {
    int line = 0, bad = 0;
    char *p = buf;
    while (*p) {
        char *nl = strchr(p, '\n');
        if (nl) *nl = 0;
        line++;
        char *q = p;
        while (*q == ' ' || *q == '\t' || *q == '\r') q++;
        if (*q) {
            json_error_t je;
            json_t *o = json_loads(q, 0, &je);
            const char *id = NULL, *date = NULL, *text = NULL;
            if (o && json_is_object(o)) {
                id = json_string_value(json_object_get(o, "id"));
                date = json_string_value(json_object_get(o, "date"));
                text = json_string_value(json_object_get(o, "text"));
            }
            if (!o) { fprintf(stderr, "%s:%d: %s\n", file, line, je.text); bad = 1; }
            else if (!date || !text) { fprintf(stderr, "%s:%d: record lacks \"date\" or \"text\"\n", file, line); bad = 1; }
            else {
                char d10[11];
                snprintf(d10, sizeof d10, "%s", date);
                if (print_story(r, id ? id : "-", d10, text, strlen(text), file, line)) bad = 1;
            }
            json_decref(o);
        }
        if (!nl) break;
        p = nl + 1;
    }
    return bad;
}

static int do_file(const tc_timerec *r, const char *file, FILE *f) {
    size_t n = 0;
    char *buf = read_all(f, &n);
    if (!buf) return tc_cli_error("%s: cannot read", file);
    int rc = 0;
    const char *p = buf;
    while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r') p++;
    if (*p == '{') {
        rc = do_jsonl(r, buf, file);
    } else if (!strncmp(p, "date", 4) && (p[4] == ' ' || p[4] == '\t')) {
        p += 4;
        while (*p == ' ' || *p == '\t') p++;
        char date[11] = {0};
        size_t k = 0;
        while (k < 10 && p[k] && p[k] != ' ' && p[k] != '\n') { date[k] = p[k]; k++; }
        p += k;
        const char *base = strrchr(file, '/');
        base = base ? base + 1 : file;
        char id[256];
        snprintf(id, sizeof id, "%s", base);
        char *dot = strrchr(id, '.');
        if (dot && dot != id) *dot = 0;
        rc = print_story(r, id, date, p, n - (size_t)(p - buf), file, 1);
    } else {
        fprintf(stderr, "%s:1: expected a story (' date YYYY-MM-DD' first line) or JSON Lines\n", file);
        rc = 1;
    }
    free(buf);
    return rc;
}

int tc_cli_time(int argc, char **argv) {
    static const struct option opts[] = {{"eval", required_argument, 0, 'e'},
                                         {"verbose", no_argument, 0, 'v'},
                                         {"help", no_argument, 0, 'h'},
                                         {0, 0, 0, 0}};
    const char *eval_dir = NULL;
    int verbose = 0, c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "e:vh", opts, NULL)) != -1) {
        switch (c) {
        case 'e': eval_dir = optarg; break;
        case 'v': verbose = 1; break;
        case 'h': usage(stdout); return 0;
        default: return tc_cli_usage_error("time", "unknown option");
        }
    }
    if (eval_dir && optind < argc) return tc_cli_usage_error("time", "--eval takes no FILE arguments");
    tc_timerec *r = NULL;
    if (tc_timerec_open(&r, NULL) != TC_OK) return tc_cli_error("out of memory");
    int rc = 0;
    if (eval_dir) {
        tc_time_scores sc;
        char err[512] = "";
        int e = tc_time_eval_dir(r, eval_dir, verbose ? stderr : NULL, &sc, err, sizeof err);
        if (e != TC_OK) {
            rc = tc_cli_error("%s", err[0] ? err : tc_errstr(e));
        } else {
            printf("docs %d gold %d system %d\n", sc.docs, sc.gold, sc.sys);
            printf("relaxed P %.2f R %.2f F1 %.2f\n", sc.relaxed_p, sc.relaxed_r, sc.relaxed_f1);
            printf("strict  P %.2f R %.2f F1 %.2f\n", sc.strict_p, sc.strict_r, sc.strict_f1);
            printf("value accuracy %.2f F1 %.2f; type accuracy %.2f F1 %.2f\n", sc.value_acc, sc.value_f1,
                   sc.type_acc, sc.type_f1);
            printf("span-F1 %.2f strict-F1 %.2f value-F1 %.2f type-acc %.2f\n", sc.relaxed_f1, sc.strict_f1,
                   sc.value_f1, sc.type_acc);
        }
    } else if (optind >= argc) {
        rc = do_file(r, "<stdin>", stdin);
    } else {
        for (int i = optind; i < argc; i++) {
            FILE *f = fopen(argv[i], "rb");
            if (!f) { rc = tc_cli_error("%s: cannot open", argv[i]); continue; }
            if (do_file(r, argv[i], f)) rc = 1;
            fclose(f);
        }
    }
    tc_timerec_close(r);
    return rc;
}

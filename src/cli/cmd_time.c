/*
 * cmd_time.c -- `tacitus time`: prints the temporal expressions of stories
 * with their TIMEX3 type, value and mod, one per line; `--eval DIR` scores
 * the recogniser on TimeML files as the TempEval-3 scorer does.
 *
 * Input: anything tc_reader reads (story files, JSON Lines, gzip, folders,
 * standard input when no file is named).
 */
#include "cli/cli.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void usage(FILE *f) {
    fprintf(f,
            "usage: tacitus time [options] [FILE...]\n"
            "       tacitus time --eval DIR [-v]\n\n"
            "Prints each temporal expression of the stories as\n"
            "  id<TAB>text<TAB>TYPE<TAB>value<TAB>mod=MOD (or '-')\n"
            "Stories: files, folders, JSON Lines or gzip, as for `tacitus code`; standard\n"
            "input when no FILE is given.  Unreadable stories are reported on standard error\n"
            "as 'file:line: what' (exit status 1) and the others are still printed.\n\n"
            "options:\n"
            "  -e, --eval DIR   score on the TimeML .tml files of DIR (TempEval-3 style);\n"
            "                   last line: span-F1 .. strict-F1 .. value-F1 .. type-acc ..\n"
            "  -v, --verbose    with --eval, list every disagreement on standard error\n"
            "  -h, --help       this text\n");
}

static int print_story(const tc_timerec *r, const tc_story *st) {
    tc_timex stack[256];
    tc_timex *tx = stack;
    size_t cap = 256, found = 0;
    int rc = tc_time_find(r, st->text, st->text_len, st->date, tx, cap, &found);
    if (rc == TC_OK && found > cap) {
        tx = malloc(found * sizeof *tx);
        if (!tx) return tc_cli_error("out of memory");
        cap = found;
        rc = tc_time_find(r, st->text, st->text_len, st->date, tx, cap, &found);
    }
    if (rc != TC_OK) {
        fprintf(stderr, "%s:%ld: %s\n", st->file, st->line, tc_errstr(rc));
    } else {
        for (size_t i = 0; i < found && i < cap; i++) {
            fputs(st->id, stdout);
            putchar('\t');
            for (uint32_t k = tx[i].beg; k < tx[i].end; k++) {
                char ch = st->text[k];
                putchar(ch == '\n' || ch == '\t' || ch == '\r' ? ' ' : ch);
            }
            printf("\t%s\t%s\t", tc_timex_type_name(tx[i].type), tx[i].value);
            if (tx[i].mod) printf("mod=%s\n", tc_timex_mod_name(tx[i].mod));
            else printf("-\n");
        }
    }
    if (tx != stack) free(tx);
    return rc != TC_OK;
}

/* Stories through the shared reader: files, folders, gzip, JSON Lines, stdin;
   a story that cannot be read is reported as "file:line: what". */
static int do_path(const tc_timerec *r, const char *path) {
    tc_reader *rd = NULL;
    int rc = tc_reader_open(&rd, path, 0, NULL);
    if (rc) return tc_cli_error("%s: cannot open (%s)", path, tc_errstr(rc));
    int status = 0;
    tc_story st;
    while ((rc = tc_reader_next(rd, &st)) == TC_OK) {
        if (st.error) {
            fprintf(stderr, "%s\n", st.error);
            status = 1;
        } else if (print_story(r, &st)) status = 1;
    }
    if (rc != TC_DONE) status = tc_cli_error("%s: %s", path, tc_errstr(rc));
    tc_reader_close(rd);
    return status;
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
        rc = do_path(r, "-");
    } else {
        for (int i = optind; i < argc; i++)
            if (do_path(r, argv[i])) rc = 1;
    }
    tc_timerec_close(r);
    return rc;
}

/*
 * cmd_geo.c -- `tacitus geo`: places found in stories (one JSON line per
 * mention), or `--eval DIR` scoring against a GeoWebNews-style corpus.
 */
#include "cli/cli.h"

#include <getopt.h>
#include <stdio.h>
#include <string.h>

static void usage(FILE *f) {
    fprintf(f,
            "usage: %s geo [options] [FILE...]\n"
            "       %s geo --eval DIR [--gold-spans] [-v]\n"
            "Prints the places found in stories, one JSON line per place: {\"doc\",\"beg\",\"end\"\n"
            "(character offsets in the story text),\"text\",\"role\",\"name\",\"country\",...}.\n"
            "Stories: files, folders, JSON Lines or gzip, as for `tacitus code` (documents are\n"
            "named as there); standard input when no FILE is given.  Unreadable stories are\n"
            "reported on standard error as 'file:line: what' (exit status 1).\n"
            "  -g, --gazetteer FILE  compiled gazetteer (default <models>/gazetteer.tcg)\n"
            "  -e, --eval DIR        score against DIR (*.xml + *_gold.txt, GeoWebNews layout)\n"
            "  -s, --gold-spans      with --eval: resolve the gold toponyms only\n"
            "  -v, --verbose         with --eval: list misses and false positives\n"
            "  -p, --parse           tag and parse first (<models>/en-ud.tcm): recognition\n"
            "                        from proper-noun tags instead of capitalisation\n"
            "  -h, --help            this text\n",
            tc_cli_prog, tc_cli_prog);
}

/* Stories through the shared reader, as `code`, `time` and `parse` read them. */
static int geo_path(const tc_gazetteer *g, const tc_nlp_model *nlp, const char *path) {
    tc_reader *rd = NULL;
    int rc = tc_reader_open(&rd, path, 0, NULL);
    if (rc) return tc_cli_error("%s: cannot open (%s)", path, tc_errstr(rc));
    int status = 0;
    tc_story st;
    while ((rc = tc_reader_next(rd, &st)) == TC_OK || rc == TC_IO) {
        if (st.error) {
            fprintf(stderr, "%s\n", st.error);
            status = 1;
            continue;
        }
        rc = tc_geo_story(g, nlp, &st, stdout);
        if (rc == TC_IO) { status = tc_cli_error("cannot write output"); break; }
        if (rc) status = tc_cli_error("%s:%ld: %s", st.file, st.line, tc_errstr(rc));
    }
    if (rc != TC_DONE && rc != TC_OK && rc != TC_IO) status = tc_cli_error("%s: %s", path, tc_errstr(rc));
    tc_reader_close(rd);
    return status;
}

int tc_cli_geo(int argc, char **argv) {
    static const struct option opts[] = {{"gazetteer", required_argument, 0, 'g'},
                                         {"eval", required_argument, 0, 'e'},
                                         {"gold-spans", no_argument, 0, 's'},
                                         {"verbose", no_argument, 0, 'v'},
                                         {"parse", no_argument, 0, 'p'},
                                         {"help", no_argument, 0, 'h'},
                                         {0, 0, 0, 0}};
    const char *gpath = NULL, *eval = NULL;
    int gold = 0, verbose = 0, parse = 0, c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "g:e:svph", opts, NULL)) != -1) {
        switch (c) {
        case 'g': gpath = optarg; break;
        case 'e': eval = optarg; break;
        case 's': gold = 1; break;
        case 'v': verbose = 1; break;
        case 'p': parse = 1; break;
        case 'h': usage(stdout); return 0;
        default: return tc_cli_usage_error("geo", "unknown option");
        }
    }
    if (gold && !eval) return tc_cli_usage_error("geo", "--gold-spans needs --eval DIR");
    if (eval && optind < argc) return tc_cli_usage_error("geo", "--eval takes no FILE arguments");
    tc_config cfg;
    tc_cli_config(&cfg);
    tc_gazetteer *g = NULL;
    int rc = gpath ? tc_gazetteer_open_file(&g, gpath, cfg.alloc) : tc_gazetteer_open_config(&g, &cfg);
    if (rc != TC_OK)
        return tc_cli_error("%s: cannot load the gazetteer: %s", gpath ? gpath : "<models>/gazetteer.tcg", tc_errstr(rc));
    tc_nlp_model *nlp = NULL;
    if (parse && tc_cli_open_parser(&cfg, NULL, &nlp)) {
        tc_gazetteer_close(g);
        return 1;
    }
    int status = 0;
    if (eval) {
        rc = tc_geo_eval(g, nlp, eval, gold, verbose, stdout);
        if (rc != TC_OK) status = 1;
    } else {
        int nfiles = argc - optind;
        for (int i = 0; i < (nfiles ? nfiles : 1); i++)
            if (geo_path(g, nlp, nfiles ? argv[optind + i] : "-")) status = 1;
    }
    tc_nlp_model_free(nlp);
    tc_gazetteer_close(g);
    return status;
}

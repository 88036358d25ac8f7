/*
 * cmd_eval_events.c -- `tacitus eval-events`: the whole pipeline (raw text
 * to events) scored against human-coded sentences; the scoring itself is
 * tc_eval_events_file in the library (src/code/eval_events.c).
 */
#include "cli/cli.h"

#include <getopt.h>
#include <stdio.h>
#include <string.h>

static void usage(FILE *f) {
    fprintf(f,
            "usage: tacitus eval-events [-v] [GOLD.jsonl]\n"
            "       tacitus eval-events --stories GOLD.json [-v] [--prefix P] FILE|DIR...\n\n"
            "With --stories: codes the stories of FILE|DIR... whose id is in GOLD.json\n"
            "({\"stories\": {\"<id>\": [events]}}, as ../shared/data/gold/realnews/dev/gold.json)\n"
            "and scores them by the matching rule of that folder's README (root among the\n"
            "gold roots, source and target with the gold's 3-letter prefixes, root 01 left\n"
            "out); prints gold/emitted/matched, date/place/killed accuracy on matched events\n"
            "and P, R, F1 (the figures of shared/tools/score_events.py on the same output);\n"
            "-v lists every missed gold event and every extra event with its sentence;\n"
            "--prefix P scores only the stories whose id starts with P.\n\n"
            "Codes each human-coded sentence of GOLD.jsonl from raw text (a one-sentence\n"
            "story dated 2000-01-01) and compares the events with the gold PLOVER type,\n"
            "actors and CAMEO root.  Default GOLD: $TACITUS_DATA/gold/plover_gsr_cameo/\n"
            "plover_gsr_cameo.jsonl (records {\"id\",\"text\",\"plover_event_v08\",\"source\",\n"
            "\"target\",\"cameo_code_matched\"}).  Last line:\n"
            "  records N type-P .. type-R .. type-F1 .. source a/b target a/b root-R a/b\n"
            "type-R: records where an event of ours has the gold PLOVER type; type-P: of the\n"
            "PLOVER types we output per record, the share that is the gold one (strict: the\n"
            "gold codes one event per sentence); source/target: among those hits, actor\n"
            "agreement on the first three letters of the code; root-R: records with a CAMEO\n"
            "code where one of our events has its root.\n\n"
            "options:\n"
            "  -v, --verbose   list every missed or partly wrong record\n"
            "      --stories G score whole stories against G (see above)\n"
            "      --prefix P  with --stories: only story ids starting with P\n"
            "  -h, --help      this text\n");
}

static int eval_stories(const char *gold, const char *const *inputs, int n, const char *prefix, int verbose) {
    if (n < 1) return tc_cli_usage_error("eval-events", "--stories needs story files or folders");
    tc_config cfg;
    tc_cli_config(&cfg);
    tc_engine *eng = tc_cli_open_engine(&cfg);
    if (!eng) return 1;
    tc_eval_stories_stats st;
    int rc = tc_eval_stories(gold, inputs, n, prefix, eng, verbose, stdout, &st);
    tc_engine_close(eng);
    if (rc) return tc_cli_error("%s: %s", gold, tc_errstr(rc));
    double p = st.emitted ? (double)st.matched / st.emitted : 0;
    double r = st.gold ? (double)st.matched / st.gold : 0;
    double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
    printf("gold %d  emitted %d  matched %d\n", st.gold, st.emitted, st.matched);
    printf("date %d/%d  place %d/%d  killed %d/%d\n", st.date_ok, st.date_n, st.place_ok, st.place_n, st.killed_ok,
           st.killed_n);
    printf("precision %.3f recall %.3f F1 %.3f (stories %d, sentences %d, errors %d)\n", p, r, f, st.stories,
           st.sentences, st.errors);
    return st.errors ? 1 : 0;
}

int tc_cli_eval_events(int argc, char **argv) {
    static const struct option opts[] = {
        {"verbose", no_argument, NULL, 'v'}, {"help", no_argument, NULL, 'h'},
        {"stories", required_argument, NULL, 's'}, {"prefix", required_argument, NULL, 'p'}, {NULL, 0, NULL, 0}};
    int verbose = 0, c;
    const char *stories = NULL, *prefix = NULL;
    optind = 1;
    while ((c = getopt_long(argc, argv, "vh", opts, NULL)) != -1) {
        switch (c) {
        case 'v': verbose = 1; break;
        case 's': stories = optarg; break;
        case 'p': prefix = optarg; break;
        case 'h': usage(stdout); return 0;
        default: usage(stderr); return 2;
        }
    }
    if (stories) return eval_stories(stories, (const char *const *)argv + optind, argc - optind, prefix, verbose);
    if (prefix) return tc_cli_usage_error("eval-events", "--prefix needs --stories");
    if (argc - optind > 1) return tc_cli_usage_error("eval-events", "one gold file at most");
    tc_config cfg;
    tc_cli_config(&cfg);
    char def[4096];
    const char *path = optind < argc ? argv[optind] : NULL;
    if (!path) {
        snprintf(def, sizeof def, "%s/gold/plover_gsr_cameo/plover_gsr_cameo.jsonl", cfg.data_dir);
        path = def;
    }
    tc_engine *eng = tc_cli_open_engine(&cfg);
    if (!eng) return 1;
    tc_eval_events_stats st;
    int rc = tc_eval_events_file(path, eng, verbose, stdout, &st);
    tc_engine_close(eng);
    if (rc) return tc_cli_error("%s: %s", path, tc_errstr(rc));
    double p = st.type_pred ? (double)st.type_hits / st.type_pred : 0;
    double r = st.type_gold ? (double)st.type_hits / st.type_gold : 0;
    double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
    printf("records %d type-P %.3f type-R %.3f type-F1 %.3f source %d/%d target %d/%d root-R %d/%d errors %d\n",
           st.records, p, r, f, st.src_ok, st.src_n, st.tgt_ok, st.tgt_n, st.root_ok, st.root_n, st.errors);
    return st.errors ? 1 : 0;
}

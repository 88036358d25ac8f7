/*
 * cmd_validate.c -- `tacitus validate FILE.xml [--verbose]`: codes PETRARCH
 * validation records with their own parses (or, with --raw, with our own
 * segmenter and parser run on <Text>) and the dictionaries their
 * <Environment> names, and prints one summary line:
 *   exact 230/244 (94.26%) skipped 20 event-P 0.951 event-R 0.934 event-F1 0.942
 */
#include "cli/cli.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>

static void help(void) {
    printf("usage: tacitus validate [--verbose] [--repeat N] [--raw [--model FILE]] FILE.xml...\n\n"
           "Codes each <Sentence> record of a PETRARCH validation file with its own\n"
           "<Parse> and the dictionaries named in <Environment> (looked up beside the\n"
           "file, then in $TACITUS_DATA/petrarch/dictionaries) and compares the events\n"
           "with the gold <EventCoding> records.  With --raw the <Parse> is ignored:\n"
           "<Text> is segmented and parsed by our own pipeline, all its sentences\n"
           "are coded and their events pooled; the scoring is the same.\n\n"
           "  -v, --verbose   print every failing record (expected vs got); twice: trace verbs\n"
           "  -r, --repeat N  code every record N times and report sentences/s of the coder\n"
           "      --raw       parse <Text> with our parser instead of using <Parse>\n"
           "  -m, --model F   parser model for --raw (default $TACITUS_MODELS/en-ud.tcm)\n"
           "  -h, --help      this text\n\n"
           "Exit status: 0 when the run completed (even with failing records),\n"
           "1 when a file or its dictionaries could not be read, 2 on usage errors.\n");
}

int tc_cli_validate(int argc, char **argv) {
    static const struct option opts[] = {
        {"verbose", no_argument, NULL, 'v'}, {"repeat", required_argument, NULL, 'r'},
        {"raw", no_argument, NULL, 'R'}, {"model", required_argument, NULL, 'm'},
        {"help", no_argument, NULL, 'h'}, {NULL, 0, NULL, 0}};
    int verbose = 0, c, repeat = 1, raw = 0;
    const char *model = NULL;
    optind = 1;
    while ((c = getopt_long(argc, argv, "vr:m:h", opts, NULL)) != -1) {
        if (c == 'v') verbose++;
        else if (c == 'R') raw = 1;
        else if (c == 'm') model = optarg;
        else if (c == 'r') {
            char *e;
            long n = strtol(optarg, &e, 10);
            if (*e || n < 1 || n > 10000000) return tc_cli_usage_error("validate", "bad --repeat '%s'", optarg);
            repeat = (int)n;
        }
        else if (c == 'h') { help(); return 0; }
        else return tc_cli_usage_error("validate", "unknown option");
    }
    if (optind >= argc) return tc_cli_usage_error("validate", "missing FILE.xml");
    if (model && !raw) return tc_cli_usage_error("validate", "--model needs --raw");
    tc_config cfg;
    tc_cli_config(&cfg);
    tc_nlp_model *parser = NULL;
    if (raw && tc_cli_open_parser(&cfg, model, &parser)) return 1;
    int status = 0;
    for (int i = optind; i < argc; i++) {
        tc_validate_stats st;
        tc_validate_opts vo = {verbose, repeat, stdout, parser};
        int rc = tc_validate_file(argv[i], &cfg, &vo, &st);
        if (rc) {
            tc_cli_error("%s: %s", argv[i], tc_errstr(rc));
            status = 1;
            continue;
        }
        if (argc - optind > 1) printf("%s: ", argv[i]);
        printf("exact %d/%d (%.2f%%) skipped %d event-P %.3f event-R %.3f event-F1 %.3f\n", st.exact, st.evaluated,
               st.evaluated ? 100.0 * st.exact / st.evaluated : 0.0, st.skipped, st.precision, st.recall, st.f1);
        if (repeat > 1)
            printf("# coded %ld sentences in %.3f s CPU: %.0f sentences/s; dictionaries loaded in %.1f ms\n", st.coded,
                   st.code_seconds, st.code_seconds > 0 ? st.coded / st.code_seconds : 0.0, st.load_seconds * 1000);
        fflush(stdout);
    }
    tc_nlp_model_free(parser);
    return status;
}

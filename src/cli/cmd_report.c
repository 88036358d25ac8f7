/*
 * cmd_report.c -- `tacitus report`: what `tacitus code` wrote (JSON Lines
 * or SQLite), or stories coded on the spot (--code), -> one self-contained
 * HTML page with a map, a timeline, dyads and the event table.
 */
#include "cli/cli.h"

#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void help(FILE *f) {
    fprintf(f,
        "usage: tacitus report [options] INPUT...\n"
        "       tacitus report --code [options] STORIES...\n\n"
        "Writes one offline HTML page (no network access when opened) of event records:\n"
        "figures, a map of the places, a timeline stacked by quad class with casualties,\n"
        "the top dyads with sparklines, and a filterable, paged event table whose rows\n"
        "open the story with the event's sentences highlighted.\n\n"
        "INPUT is what `tacitus code` wrote: JSON Lines (gzip-compressed or not; '-' is\n"
        "stdin) or a SQLite file.  With --code the inputs are stories (as for `tacitus\n"
        "code`), coded first; the page then has the full story texts.\n\n"
        "options:\n"
        "  -o, --output FILE  the page (default report.html; '-' for stdout)\n"
        "      --code         code the inputs (stories) first\n"
        "      --stories PATH full story texts for a report of records (story files,\n"
        "                     JSON Lines, folders; repeatable); without it the page shows\n"
        "                     the coded sentences only\n"
        "      --title TEXT   the page's title (default \"tacitus report\")\n"
        "      --atlas FILE   world outlines (TopoJSON; default: the npm package\n"
        "                     world-atlas's countries-50m.json copied into the model folder)\n"
        "      --max-story N  with --code: largest story in bytes (default 8 MiB)\n"
        "  -q, --quiet        no summary line on stderr\n"
        "  -h, --help         this text\n\n"
        "Exit status: 0 when every input was read, 1 when an input could not be read, a\n"
        "line was no record, or (--code) a story became an error record; 2 usage error.\n");
}

struct warn_state {
    long n;
};

static void warn(void *ud, const char *msg) {
    struct warn_state *w = ud;
    if (w->n++ < 20) fprintf(stderr, "%s: %s\n", tc_cli_prog, msg);
    else if (w->n == 21) fprintf(stderr, "%s: (further bad lines not shown)\n", tc_cli_prog);
}

/* Codes the stories of one path into the report. */
static int code_path(tc_report *rep, tc_doc *doc, const char *path, long long max_story, int *status) {
    tc_reader *r = NULL;
    int rc = tc_reader_open(&r, path, (size_t)max_story, NULL);
    if (rc) {
        char msg[600];
        snprintf(msg, sizeof msg, "%s:0: cannot open (%s)", path, tc_errstr(rc));
        tc_story st = {.id = path, .file = path, .error = msg};
        fprintf(stderr, "%s: %s\n", tc_cli_prog, msg);
        *status = 1;
        return tc_report_add_story(rep, &st, NULL, 0, 0);
    }
    tc_story st;
    while ((rc = tc_reader_next(r, &st)) == TC_OK) {
        if (st.error) {
            *status = 1;
            if ((rc = tc_report_add_story(rep, &st, NULL, 0, 0)) != TC_OK) break;
            continue;
        }
        int n = 0;
        const tc_event *const *ev = NULL;
        char msg[600];
        int crc = tc_doc_code(doc, &st);
        if (crc == TC_OK) ev = tc_doc_events(doc, &n);
        else {
            snprintf(msg, sizeof msg, "%s:%ld: could not code story: %s", st.file, st.line, tc_errstr(crc));
            st.error = msg;
            *status = 1;
        }
        if ((rc = tc_report_add_story(rep, &st, ev, n, crc == TC_OK ? tc_doc_sentences(doc) : 0)) != TC_OK) break;
    }
    tc_reader_close(r);
    return rc == TC_DONE || rc == TC_IO ? TC_OK : rc;
}

/* Gives the report the full texts of the stories under path. */
static int add_texts(tc_report *rep, const char *path, int *status) {
    tc_reader *r = NULL;
    int rc = tc_reader_open(&r, path, 0, NULL);
    if (rc) {
        tc_cli_error("%s: cannot open (%s)", path, tc_errstr(rc));
        *status = 1;
        return TC_OK;
    }
    tc_story st;
    while ((rc = tc_reader_next(r, &st)) == TC_OK)
        if (!st.error && (rc = tc_report_add_text(rep, &st)) != TC_OK) break;
    tc_reader_close(r);
    return rc == TC_DONE || rc == TC_IO ? TC_OK : rc;
}

int tc_cli_report(int argc, char **argv) {
    static const struct option opts[] = {
        {"output", required_argument, NULL, 'o'}, {"code", no_argument, NULL, 'c'},
        {"stories", required_argument, NULL, 's'}, {"title", required_argument, NULL, 't'},
        {"atlas", required_argument, NULL, 'a'},  {"max-story", required_argument, NULL, 'm'},
        {"quiet", no_argument, NULL, 'q'},        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0}};
    const char *out_path = "report.html", *title = NULL, *atlas = NULL;
    const char *stories[64];
    int nstories = 0;
    bool code = false, quiet = false;
    long long max_story = 8LL << 20;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "o:qh", opts, NULL)) != -1) {
        switch (c) {
        case 'o': out_path = optarg; break;
        case 'c': code = true; break;
        case 's':
            if (nstories == (int)(sizeof stories / sizeof stories[0]))
                return tc_cli_usage_error("report", "too many --stories (at most 64; give folders)");
            stories[nstories++] = optarg;
            break;
        case 't': title = optarg; break;
        case 'a': atlas = optarg; break;
        case 'q': quiet = true; break;
        case 'm': {
            char *end;
            max_story = strtoll(optarg, &end, 10);
            if (*end || max_story <= 0) return tc_cli_usage_error("report", "bad --max-story '%s'", optarg);
            break;
        }
        case 'h': help(stdout); return 0;
        default: return tc_cli_usage_error("report", "unknown option");
        }
    }
    if (optind >= argc) return tc_cli_usage_error("report", "no input (give the files `tacitus code` wrote, or --code STORIES)");
    if (code && nstories) return tc_cli_usage_error("report", "--stories is for reports of records; --code has the texts");

    tc_config cfg;
    tc_cli_config(&cfg);
    tc_report *rep = NULL;
    tc_engine *eng = NULL;
    tc_doc *doc = NULL;
    FILE *f = NULL;
    int status = 0, rc;
    if ((rc = tc_report_new(&rep, &cfg)) != TC_OK) { status = tc_cli_error("%s", tc_errstr(rc)); goto done; }
    if (atlas && (rc = tc_report_set_atlas(rep, atlas)) != TC_OK) {
        status = tc_cli_error("%s", tc_report_errmsg(rep));
        goto done;
    }
    struct warn_state ws = {0};
    if (code) {
        if (!(eng = tc_cli_open_engine(&cfg))) { status = 1; goto done; }
        if (tc_doc_new(&doc, eng)) { status = tc_cli_error("out of memory"); goto done; }
    }
    for (int i = optind; i < argc; i++) {
        rc = code ? code_path(rep, doc, argv[i], max_story, &status) : tc_report_add_file(rep, argv[i], warn, &ws);
        if (rc == TC_NOMEM) { status = tc_cli_error("out of memory"); goto done; }
        if (rc) { tc_cli_error("%s", tc_report_errmsg(rep)); status = 1; }
    }
    for (int i = 0; i < nstories; i++)
        if ((rc = add_texts(rep, stories[i], &status)) != TC_OK) { status = tc_cli_error("%s", tc_errstr(rc)); goto done; }
    if (ws.n) status = 1;

    bool to_stdout = !strcmp(out_path, "-");
    f = to_stdout ? stdout : fopen(out_path, "wb");
    if (!f) { status = tc_cli_error("%s: cannot open for writing", out_path); goto done; }
    rc = tc_report_write(rep, f, title);
    long size = to_stdout ? -1 : ftell(f);
    if (!to_stdout && fclose(f) && !rc) rc = TC_IO;
    f = NULL;
    if (rc) { status = tc_cli_error("%s: %s", out_path, tc_report_errmsg(rep)); goto done; }
    if (!quiet) {
        tc_report_stats st;
        tc_report_get_stats(rep, &st);
        char stories_txt[64];
        if (st.stories >= 0) snprintf(stories_txt, sizeof stories_txt, "%ld stories", st.stories);
        else snprintf(stories_txt, sizeof stories_txt, "%ld stories with records", st.stories_seen);
        fprintf(stderr, "%s: %s, %ld events (%ld with coordinates at %ld places, %ld on the timeline), %ld errors",
                to_stdout ? "stdout" : out_path, stories_txt, st.events, st.located, st.places, st.dated, st.errors);
        if (st.skipped) fprintf(stderr, ", %ld lines skipped", st.skipped);
        if (size >= 0) fprintf(stderr, "; %.2f MB", size / 1e6);
        fputc('\n', stderr);
    }
done:
    if (f && f != stdout) fclose(f);
    tc_report_free(rep);
    tc_doc_free(doc);
    tc_engine_close(eng);
    return status;
}

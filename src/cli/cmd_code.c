/*
 * cmd_code.c -- `tacitus code`: stories in (files, folders, stdin; story
 * format, JSON Lines, gzip) -> event records out (JSON Lines, TSV, SQLite).
 * Every input story yields its events or an error record.
 *
 * With -j N (N > 1) the stories are coded by N threads over one engine, one
 * document per story in flight, and written by one thread in input order
 * (cli/workers.c), so the output is the one -j 1 writes.
 */
#include "cli/cli.h"
#include "cli/workers.h"

#include <getopt.h>
#include <stdbool.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

static void help(FILE *f) {
    fprintf(f,
        "usage: tacitus code [options] [FILE|DIR|-]...\n\n"
        "Codes dated news stories into event records (stdin if no file is given).\n"
        "Inputs: story files (first line ' date YYYY-MM-DD', then the text; the id is the\n"
        "file name), JSON Lines (*.jsonl: {\"id\",\"date\",\"text\"} plus optional \"title\",\n"
        "\"source\",\"url\"), either gzip-compressed, and folders of them.\n\n"
        "options:\n"
        "  -f, --format FMT   jsonl (default), tsv, or sqlite\n"
        "  -o, --output OUT   output file (default stdout).  Without -f the name gives the format:\n"
        "                     *.jsonl *.json *.ndjson -> jsonl; *.tsv *.tab -> tsv;\n"
        "                     *.db *.sqlite *.sqlite3 *.db3 -> sqlite; any other name needs -f\n"
        "      --models DIR   folder of en-ud.tcm, phoenix.tcd, gazetteer.tcg (default: beside the\n"
        "                     program, build/models or <prefix>/share/tacitus/models; $TACITUS_MODELS)\n"
        "      --dicts FILE   compiled dictionaries to use instead of <models>/phoenix.tcd\n"
        "      --config FILE  settings file (default ./tacitus.conf if present, or $TACITUS_CONFIG):\n"
        "                     [Models] models/data/project_data, [Dictionaries] dicts/add_actors,\n"
        "                     [Output] format/max_story; options given here win over it\n"
        "  -j, --jobs N       code with N threads (default: the CPUs this process may use); the\n"
        "                     output is the same, in input order, for any N\n"
        "  -q, --quiet        no progress line on stderr\n"
        "      --stats        print one summary line on stderr at the end (also when quiet)\n"
        "      --max-story N  largest story in bytes (default 8 MiB: coding keeps about 8 KB a\n"
        "                     sentence until the story is done); larger ones become error records\n"
        "  -h, --help         this text\n\n"
        "Stories that cannot be read become error records {\"doc\",\"error\",\"line\"} (JSON Lines),\n"
        "rows of the errors table (SQLite) or lines on stderr (TSV); the exit status is 0 when\n"
        "every story was read, 1 when some were error records or output failed.\n");
}

static double now(void) {
    struct timeval tv;
    gettimeofday(&tv, NULL);
    return (double)tv.tv_sec + tv.tv_usec / 1e6;
}

static bool has_suffix(const char *s, const char *suf) {
    size_t n = strlen(s), k = strlen(suf);
    return n >= k && !strcmp(s + n - k, suf);
}

/* The format a file name implies, or -1 when its extension is not one of
   the known ones (the caller then needs -f). */
static int format_of_name(const char *path) {
    static const struct { const char *ext; tc_format fmt; } known[] = {
        {".jsonl", TC_FMT_JSONL}, {".json", TC_FMT_JSONL}, {".ndjson", TC_FMT_JSONL},
        {".tsv", TC_FMT_TSV},     {".tab", TC_FMT_TSV},    {".db", TC_FMT_SQLITE},
        {".sqlite", TC_FMT_SQLITE}, {".sqlite3", TC_FMT_SQLITE}, {".db3", TC_FMT_SQLITE}};
    for (size_t i = 0; i < sizeof known / sizeof known[0]; i++)
        if (has_suffix(path, known[i].ext)) return (int)known[i].fmt;
    return -1;
}

static int format_named(const char *name) {
    if (!strcmp(name, "jsonl") || !strcmp(name, "json")) return TC_FMT_JSONL;
    if (!strcmp(name, "tsv")) return TC_FMT_TSV;
    if (!strcmp(name, "sqlite")) return TC_FMT_SQLITE;
    return -1;
}

/* One run: the output and its counts, touched only by the thread that
   writes (the writer thread when -j > 1). */
struct code_run {
    const tc_engine *eng;
    tc_writer *w;
    tc_format fmt;
    bool progress;
    double t0, last;
    long stories, errors, events, sentences;
    int status;
};

/*
 * Writes one story, in input order: its events, or an error record when it
 * could not be read (st->error) or coded (rc, the result of tc_doc_code on
 * doc).  `unreadable`: the input path itself could not be opened (not
 * counted as a story).  Returns non-zero when the output failed.
 */
static int write_story(struct code_run *run, tc_story *st, const tc_doc *doc, int rc, bool unreadable) {
    if (unreadable) {
        run->errors++;
        run->status = 1;
        int wrc = tc_writer_story(run->w, st, NULL, 0);
        if (run->fmt != TC_FMT_TSV) fprintf(stderr, "tacitus: %s\n", st->error);
        return wrc;
    }
    run->stories++;
    if (st->error) {
        run->errors++;
        run->status = 1;
        return tc_writer_story(run->w, st, NULL, 0);
    }
    int n = 0;
    const tc_event *const *ev = NULL;
    char msg[600];
    if (rc == TC_OK) ev = tc_doc_events(doc, &n);
    else {
        snprintf(msg, sizeof msg, "%s:%ld: could not code story: %s", st->file, st->line, tc_errstr(rc));
        st->error = msg;
        run->errors++;
        run->status = 1;
    }
    run->sentences += tc_doc_sentences(doc);
    run->events += n;
    int wrc = tc_writer_story(run->w, st, ev, n);
    st->error = NULL; /* msg goes out of scope */
    if (wrc) return wrc;
    if (run->progress) {
        double t = now();
        if (t - run->last > 0.5) {
            fprintf(stderr, "\r%ld stories, %ld sentences, %ld events, %ld errors, %.0f stories/s   ",
                    run->stories, run->sentences, run->events, run->errors, run->stories / (t - run->t0));
            run->last = t;
        }
    }
    return 0;
}

/* ---- -j N: a story in flight (workers.h) ---------------------------------- */

struct code_slot {
    tc_doc *doc;
    tc_cli_story story;
    int rc;
    bool unreadable;
};

static int slot_init(void *ud, void *p) {
    struct code_run *run = ud;
    struct code_slot *s = p;
    return tc_doc_new(&s->doc, run->eng);
}

static void slot_free(void *ud, void *p) {
    (void)ud;
    struct code_slot *s = p;
    tc_doc_free(s->doc);
    tc_cli_story_free(&s->story);
}

static void slot_work(void *ud, void *p) {
    (void)ud;
    struct code_slot *s = p;
    s->rc = tc_doc_code(s->doc, &s->story.st);
}

static int slot_write(void *ud, void *p) {
    struct code_slot *s = p;
    return write_story(ud, &s->story.st, s->doc, s->rc, s->unreadable);
}

static const tc_cli_pool_ops code_ops = {sizeof(struct code_slot), slot_init, slot_free, slot_work, slot_write};

/* Hands a story (or an error record) to the pool.  Returns non-zero when
   the run has stopped (a write failed) or the story could not be copied. */
static int submit(tc_cli_pool *pool, const tc_story *st, bool unreadable) {
    struct code_slot *s = tc_cli_pool_slot(pool);
    if (!s) return 1;
    if (tc_cli_story_copy(&s->story, st)) {
        tc_cli_error("out of memory");
        return 1;
    }
    s->unreadable = unreadable;
    s->rc = TC_OK;
    tc_cli_pool_submit(pool, s, !unreadable && !st->error);
    return 0;
}

int tc_cli_code(int argc, char **argv) {
    static const struct option opts[] = {
        {"format", required_argument, NULL, 'f'}, {"output", required_argument, NULL, 'o'},
        {"quiet", no_argument, NULL, 'q'},        {"max-story", required_argument, NULL, 'm'},
        {"stats", no_argument, NULL, 's'},        {"models", required_argument, NULL, 'M'},
        {"dicts", required_argument, NULL, 'D'},  {"config", required_argument, NULL, 'C'},
        {"jobs", required_argument, NULL, 'j'},
        {"help", no_argument, NULL, 'h'},         {NULL, 0, NULL, 0}};
    const char *fmt_name = NULL, *out_path = NULL, *models = NULL, *dicts = NULL, *conf_file = NULL;
    bool quiet = false, stats = false;
    long long max_story = 0;
    int jobs = tc_cli_default_jobs();
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "f:o:qj:h", opts, NULL)) != -1) {
        switch (c) {
        case 'f': fmt_name = optarg; break;
        case 'o': out_path = optarg; break;
        case 'q': quiet = true; break;
        case 's': stats = true; break;
        case 'j':
            if (!(jobs = tc_cli_parse_jobs(optarg))) return tc_cli_usage_error("code", "bad --jobs '%s' (1-256)", optarg);
            break;
        case 'm': {
            char *end;
            max_story = strtoll(optarg, &end, 10);
            if (*end || max_story <= 0) return tc_cli_usage_error("code", "bad --max-story '%s'", optarg);
            break;
        }
        case 'M': models = optarg; break;
        case 'D': dicts = optarg; break;
        case 'C': conf_file = optarg; break;
        case 'h': help(stdout); return 0;
        default: return tc_cli_usage_error("code", "unknown option");
        }
    }
    /* settings: options, then the configuration file, then the defaults */
    tc_cli_conf conf;
    bool conf_named = conf_file != NULL;
    if (!conf_file) conf_file = getenv("TACITUS_CONFIG") && *getenv("TACITUS_CONFIG") ? getenv("TACITUS_CONFIG") : NULL;
    conf_named = conf_named || conf_file != NULL;
    if (tc_cli_conf_read(conf_file ? conf_file : "tacitus.conf", conf_named, &conf)) return 1;
    if (!fmt_name && conf.format && !(out_path && format_of_name(out_path) >= 0)) fmt_name = conf.format;
    if (!max_story) max_story = conf.max_story ? conf.max_story : 8LL << 20;
    tc_format fmt = TC_FMT_JSONL;
    if (fmt_name) {
        int k = format_named(fmt_name);
        if (k < 0) {
            tc_cli_conf_free(&conf);
            return tc_cli_usage_error("code", "unknown format '%s' (jsonl, tsv, sqlite)", fmt_name);
        }
        fmt = (tc_format)k;
    } else if (out_path && strcmp(out_path, "-")) {
        int k = format_of_name(out_path);
        /* a device ("/dev/null", "/dev/stdout"): JSON Lines, as on stdout */
        struct stat st;
        if (k < 0 && stat(out_path, &st) == 0 && S_ISCHR(st.st_mode)) k = TC_FMT_JSONL;
        if (k < 0) {
            tc_cli_conf_free(&conf);
            return tc_cli_usage_error("code", "cannot tell the output format from the name '%s' (known: .jsonl .json "
                                              ".ndjson .tsv .tab .db .sqlite .sqlite3 .db3); give -f jsonl|tsv|sqlite",
                                      out_path);
        }
        fmt = (tc_format)k;
    }
    if (fmt == TC_FMT_SQLITE && (!out_path || !strcmp(out_path, "-"))) {
        tc_cli_conf_free(&conf);
        return tc_cli_usage_error("code", "-f sqlite needs -o FILE.db");
    }

    tc_config cfg;
    tc_cli_config(&cfg);
    tc_cli_conf_apply(&conf, &cfg);
    if (models) cfg.model_dir = models;
    if (dicts) {
        cfg.dict_file = dicts;
        cfg.add_actors = NULL; /* an explicit file wins over the configuration's additions */
        cfg.nadd_actors = 0;
    }
    tc_engine *eng = tc_cli_open_engine(&cfg);
    if (!eng) { tc_cli_conf_free(&conf); return 1; }
    tc_doc *doc = NULL;
    tc_writer *w = NULL;
    tc_cli_pool *pool = NULL;
    struct code_run run = {.eng = eng, .fmt = fmt};
    int status = 0;
    if (jobs == 1 && tc_doc_new(&doc, eng)) { status = tc_cli_error("out of memory"); goto done; }
    int rc = tc_writer_open(&w, fmt, out_path, NULL);
    if (rc) { status = tc_cli_error("%s", w ? tc_writer_errmsg(w) : tc_errstr(rc)); goto done; }
    run.w = w;

    run.progress = !quiet && isatty(2);
    run.t0 = run.last = now();
    if (jobs > 1 && (rc = tc_cli_pool_start(&pool, jobs, &code_ops, &run)) != TC_OK) {
        status = tc_cli_error("cannot start %d threads: %s", jobs, tc_errstr(rc));
        goto done;
    }
    int nin = optind < argc ? argc - optind : 1;
    for (int i = 0; i < nin; i++) {
        const char *path = optind < argc ? argv[optind + i] : "-";
        tc_reader *r = NULL;
        rc = tc_reader_open(&r, path, (size_t)max_story, NULL);
        if (rc) {
            /* an unreadable input is an error record too */
            tc_story st = {.id = path, .file = path, .line = 0, .error = NULL};
            char msg[600];
            snprintf(msg, sizeof msg, "%s:0: cannot open (%s)", path, tc_errstr(rc));
            st.error = msg;
            if (pool ? submit(pool, &st, true) : write_story(&run, &st, doc, TC_OK, true)) break;
            continue;
        }
        tc_story st;
        bool stop = false;
        while ((rc = tc_reader_next(r, &st)) == TC_OK) {
            if (pool) {
                if ((stop = submit(pool, &st, false))) break;
                continue;
            }
            int crc = st.error ? TC_OK : tc_doc_code(doc, &st);
            if ((stop = write_story(&run, &st, doc, crc, false))) break;
        }
        if (rc == TC_NOMEM) { tc_cli_error("out of memory reading %s", path); status = 1; }
        tc_reader_close(r);
        if (stop) break;
    }
    if (pool) {
        tc_cli_pool_finish(pool); /* every story written (or dropped after a write error) */
        pool = NULL;
    }
    if (run.status) status = run.status;
    if (run.progress || stats) {
        double t = now() - run.t0;
        fprintf(stderr, "%s%ld stories, %ld sentences, %ld events, %ld errors in %.2f s (%.0f sentences/s)\n",
                run.progress ? "\r" : "", run.stories, run.sentences, run.events, run.errors, t,
                t > 0 ? run.sentences / t : 0.0);
    }
done:
    if (w) {
        const char *m = tc_writer_errmsg(w);
        if (m[0]) { tc_cli_error("%s", m); status = 1; }
        if (tc_writer_close(w) && !status) status = tc_cli_error("error writing output");
    }
    tc_cli_pool_finish(pool);
    tc_doc_free(doc);
    tc_engine_close(eng);
    tc_cli_conf_free(&conf);
    return status;
}

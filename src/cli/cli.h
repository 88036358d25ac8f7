/*
 * cli.h -- what the subcommand files share.  Each subcommand lives in its
 * own file cmd_<name>.c and calls only include/tacitus.h (plus this file),
 * so the CLI is the library's first real client.
 */
#ifndef TC_CLI_H
#define TC_CLI_H

#include "tacitus.h"

#define TC_CLI_COMMANDS(X)                                                                  \
    X(code, "code", "stories -> event records (JSON Lines, TSV, SQLite)")                   \
    X(validate, "validate", "PETRARCH validation records -> per-record results and scores") \
    X(parse, "parse", "raw text or stories -> CoNLL-U (tokenizer, tagger, parser)")         \
    X(train_parser, "train-parser", "train the tagger and parser from CoNLL-U")             \
    X(eval_parser, "eval-parser", "score the tagger and parser against gold CoNLL-U")       \
    X(eval_events, "eval-events", "score raw text -> events against human-coded sentences")  \
    X(time, "time", "temporal expressions in stories; --eval scores TimeML")                \
    X(geo, "geo", "places in stories; --eval scores GeoWebNews-style corpora")              \
    X(compile_dicts, "compile-dicts", "PETRARCH dictionaries -> one binary file")           \
    X(compile_gazetteer, "compile-gazetteer", "GeoNames + project places -> one binary file") \
    X(dump, "dump", "print a binary model, dictionary or gazetteer as sorted text")                \
    X(report, "report", "event records -> one offline HTML page (map, timeline, dyads, table)")

#define TC_CLI_DECLARE(fn, name, summary) int tc_cli_##fn(int argc, char **argv);
TC_CLI_COMMANDS(TC_CLI_DECLARE)
#undef TC_CLI_DECLARE

#include <stdbool.h>

/* Fills a tc_config with the default folders (tc_default_dir: the
   environment, then the program's build tree or installed prefix). */
void tc_cli_config(tc_config *cfg);

/*
 * A tacitus.conf file (INI, PETRARCH-style):
 *   [Models]        models = DIR, data = DIR, project_data = DIR
 *   [Dictionaries]  dicts = FILE.tcd, add_actors = FILE, FILE...
 *   [Output]        format = jsonl|tsv|sqlite, max_story = BYTES
 * Relative paths are relative to the file's folder; '#' or ';' start a
 * comment line.  Strings are owned by the struct.
 */
typedef struct tc_cli_conf {
    bool loaded;
    char *models, *dicts, *data, *project, *format;
    char **add_actors;
    size_t nadd_actors;
    long long max_story; /* 0 = not set */
} tc_cli_conf;

/* Reads path into *c; a missing file is fine unless must_exist.  Errors are
   printed as "file:line: what"; returns 0 or an exit status (1). */
int tc_cli_conf_read(const char *path, bool must_exist, tc_cli_conf *c);
/* Puts the folders and dictionaries of c into cfg (c must outlive cfg). */
void tc_cli_conf_apply(const tc_cli_conf *c, tc_config *cfg);
void tc_cli_conf_free(tc_cli_conf *c);

/* Opens the parser model `path`, or <model dir of cfg>/en-ud.tcm when path is
   NULL; on failure prints "FILE: cannot load the parser model: why" and
   returns non-zero (*out NULL). */
int tc_cli_open_parser(const tc_config *cfg, const char *path, tc_nlp_model **out);

/* Opens the full engine (TC_LOAD_ALL) from cfg; on failure prints the
   engine's message naming the file and returns NULL. */
tc_engine *tc_cli_open_engine(const tc_config *cfg);

/* "tacitus: <msg>" on stderr; returns the exit status 2 for usage errors. */
int tc_cli_usage_error(const char *cmd, const char *fmt, ...);
int tc_cli_error(const char *fmt, ...);

/* The program name for messages ("tacitus"). */
extern const char *const tc_cli_prog;

#endif

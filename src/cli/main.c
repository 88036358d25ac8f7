/*
 * main.c -- dispatches `tacitus <command> ...` to the subcommand files.
 */
#include "cli/cli.h"

#include <stdio.h>
#include <string.h>

const char *const tc_cli_prog = "tacitus";

struct command {
    const char *name;
    int (*fn)(int, char **);
    const char *summary;
};

#define TC_CLI_ENTRY(fn, name, summary) {name, tc_cli_##fn, summary},
static const struct command commands[] = {TC_CLI_COMMANDS(TC_CLI_ENTRY)};
#undef TC_CLI_ENTRY

static void usage(FILE *f) {
    fprintf(f, "usage: tacitus <command> [options] [args]\n\n"
               "tacitus turns dated news stories into event records: who did what to whom,\n"
               "when, where, and how many were hurt (CAMEO, PLOVER, ACLED-style types).\n\ncommands:\n");
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        fprintf(f, "  %-18s %s\n", commands[i].name, commands[i].summary);
    fprintf(f, "\n`tacitus <command> --help` describes each command.\n"
               "Models and data are found beside the program (build tree or installed prefix);\n"
               "TACITUS_MODELS, TACITUS_PROJECT_DATA and TACITUS_DATA override them.\n");
}

int main(int argc, char **argv) {
    if (argc < 2) { usage(stderr); return 2; }
    const char *cmd = argv[1];
    if (!strcmp(cmd, "--help") || !strcmp(cmd, "-h") || !strcmp(cmd, "help")) { usage(stdout); return 0; }
    if (!strcmp(cmd, "--version") || !strcmp(cmd, "version")) { printf("tacitus %s\n", tc_version()); return 0; }
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (!strcmp(cmd, commands[i].name)) return commands[i].fn(argc - 1, argv + 1);
    fprintf(stderr, "tacitus: unknown command '%s' (try 'tacitus --help')\n", cmd);
    return 2;
}

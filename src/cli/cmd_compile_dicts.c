/*
 * cmd_compile_dicts.c -- `tacitus compile-dicts` (placeholder until its stage lands).
 */
#include "cli/cli.h"

int tc_cli_compile_dicts(int argc, char **argv) {
    (void)argc; (void)argv;
    return tc_cli_error("'compile-dicts' is not implemented yet");
}

/*
 * cmd_compile_gazetteer.c -- `tacitus compile-gazetteer` (placeholder until its stage lands).
 */
#include "cli/cli.h"

int tc_cli_compile_gazetteer(int argc, char **argv) {
    (void)argc; (void)argv;
    return tc_cli_error("'compile-gazetteer' is not implemented yet");
}

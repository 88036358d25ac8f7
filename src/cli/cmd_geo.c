/*
 * cmd_geo.c -- `tacitus geo` (placeholder until its stage lands).
 */
#include "cli/cli.h"

int tc_cli_geo(int argc, char **argv) {
    (void)argc; (void)argv;
    return tc_cli_error("'geo' is not implemented yet");
}

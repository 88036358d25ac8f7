/*
 * common.c -- configuration from the environment and error printing shared
 * by the subcommands.
 */
#include "cli/cli.h"

#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Static storage for the default model folder: computed once per process
   from /proc/self/exe; it is configuration, not mutable engine state. */
static char model_dir_buf[PATH_MAX];

void tc_cli_config(tc_config *cfg) {
    memset(cfg, 0, sizeof *cfg);
    cfg->data_dir = getenv("TACITUS_DATA");
    if (!cfg->data_dir || !*cfg->data_dir) cfg->data_dir = "../shared/data";
    cfg->project_dir = getenv("TACITUS_PROJECT_DATA");
    if (!cfg->project_dir || !*cfg->project_dir) cfg->project_dir = NULL;
    cfg->model_dir = getenv("TACITUS_MODELS");
    if (!cfg->model_dir || !*cfg->model_dir) {
        ssize_t n = readlink("/proc/self/exe", model_dir_buf, sizeof model_dir_buf - 8);
        if (n > 0) {
            model_dir_buf[n] = 0;
            char *slash = strrchr(model_dir_buf, '/');
            if (slash) { strcpy(slash + 1, "models"); cfg->model_dir = model_dir_buf; }
        }
    }
    if (!cfg->project_dir) {
        /* data/ of the source tree: <exe>/../../data when run from build/ */
        static char pd[PATH_MAX];
        ssize_t n = readlink("/proc/self/exe", pd, sizeof pd - 16);
        if (n > 0) {
            pd[n] = 0;
            char *slash = strrchr(pd, '/');
            if (slash) {
                *slash = 0;
                slash = strrchr(pd, '/');
                if (slash) {
                    strcpy(slash + 1, "data");
                    if (access(pd, R_OK) == 0) cfg->project_dir = pd;
                }
            }
        }
        if (!cfg->project_dir) cfg->project_dir = "data";
    }
}

int tc_cli_usage_error(const char *cmd, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "%s %s: ", tc_cli_prog, cmd);
    vfprintf(stderr, fmt, ap);
    fprintf(stderr, "\n(try '%s %s --help')\n", tc_cli_prog, cmd);
    va_end(ap);
    return 2;
}

int tc_cli_error(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "%s: ", tc_cli_prog);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    return 1;
}

int tc_cli_open_parser(const tc_config *cfg, const char *path, tc_nlp_model **out) {
    char buf[4096], err[512] = "";
    *out = NULL;
    if (!path) {
        snprintf(buf, sizeof buf, "%s/en-ud.tcm", cfg->model_dir ? cfg->model_dir : "build/models");
        path = buf;
    }
    int rc = tc_nlp_model_open(path, cfg->alloc, out, err, sizeof err);
    if (rc) tc_cli_error("%s: cannot load the parser model: %s", path, err[0] ? err : tc_errstr(rc));
    return rc;
}

tc_engine *tc_cli_open_engine(const tc_config *cfg) {
    tc_engine *eng = NULL;
    if (tc_engine_open(&eng, cfg, TC_LOAD_ALL) != TC_OK) {
        tc_cli_error("%s", tc_engine_errmsg(eng));
        tc_engine_close(eng);
        return NULL;
    }
    return eng;
}

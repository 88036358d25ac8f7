/*
 * common.c -- configuration from the environment and error printing shared
 * by the subcommands.
 */
#include "cli/cli.h"

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Static storage for the default folders: computed once per process by
   tc_default_dir (environment, then the program's build tree or installed
   prefix); it is configuration, not mutable engine state. */
static char data_dir_buf[PATH_MAX], model_dir_buf[PATH_MAX], project_dir_buf[PATH_MAX];

void tc_cli_config(tc_config *cfg) {
    memset(cfg, 0, sizeof *cfg);
    if (tc_default_dir(TC_DIR_DATA, data_dir_buf, sizeof data_dir_buf) < sizeof data_dir_buf)
        cfg->data_dir = data_dir_buf;
    if (tc_default_dir(TC_DIR_MODELS, model_dir_buf, sizeof model_dir_buf) < sizeof model_dir_buf)
        cfg->model_dir = model_dir_buf;
    if (tc_default_dir(TC_DIR_PROJECT, project_dir_buf, sizeof project_dir_buf) < sizeof project_dir_buf)
        cfg->project_dir = project_dir_buf;
}

/* ---- tacitus.conf --------------------------------------------------------- */

static char *trim(char *s) {
    while (*s == ' ' || *s == '\t') s++;
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r')) s[--n] = 0;
    return s;
}

/* A path of the file, relative to the folder of the file `conf`. */
static char *conf_path(const char *conf, const char *v) {
    if (v[0] == '/' || !strchr(conf, '/')) return strdup(v);
    size_t d = (size_t)(strrchr(conf, '/') - conf);
    size_t n = d + 1 + strlen(v) + 1;
    char *p = malloc(n);
    if (p) snprintf(p, n, "%.*s/%s", (int)d, conf, v);
    return p;
}

void tc_cli_conf_free(tc_cli_conf *c) {
    free(c->models);
    free(c->dicts);
    free(c->data);
    free(c->project);
    free(c->format);
    for (size_t i = 0; i < c->nadd_actors; i++) free(c->add_actors[i]);
    free(c->add_actors);
    memset(c, 0, sizeof *c);
}

int tc_cli_conf_read(const char *path, bool must_exist, tc_cli_conf *c) {
    memset(c, 0, sizeof *c);
    FILE *f = fopen(path, "r");
    if (!f) {
        if (!must_exist) return 0;
        return tc_cli_error("%s: cannot open the configuration (%s)", path, strerror(errno));
    }
    char line[4096], section[64] = "";
    int lineno = 0, status = 0;
    while (fgets(line, sizeof line, f)) {
        lineno++;
        char *s = trim(line);
        size_t n = strlen(s);
        if (n && s[n - 1] == '\n') s[--n] = 0;
        s = trim(s);
        if (!*s || *s == '#' || *s == ';') continue;
        if (*s == '[') {
            char *e = strchr(s, ']');
            if (!e || e[1] || e - s - 1 >= (long)sizeof section) {
                status = tc_cli_error("%s:%d: expected '[section]'", path, lineno);
                break;
            }
            snprintf(section, sizeof section, "%.*s", (int)(e - s - 1), s + 1);
            continue;
        }
        char *eq = strchr(s, '=');
        if (!eq) { status = tc_cli_error("%s:%d: expected 'key = value'", path, lineno); break; }
        *eq = 0;
        char *key = trim(s), *val = trim(eq + 1);
        char *hash = strstr(val, " #"); /* trailing comment */
        if (hash) { *hash = 0; val = trim(val); }
        char **slot = NULL;
        bool is_path = true;
        if (!strcmp(section, "Models") && !strcmp(key, "models")) slot = &c->models;
        else if (!strcmp(section, "Models") && !strcmp(key, "data")) slot = &c->data;
        else if (!strcmp(section, "Models") && !strcmp(key, "project_data")) slot = &c->project;
        else if (!strcmp(section, "Dictionaries") && !strcmp(key, "dicts")) slot = &c->dicts;
        else if (!strcmp(section, "Output") && !strcmp(key, "format")) { slot = &c->format; is_path = false; }
        else if (!strcmp(section, "Output") && !strcmp(key, "max_story")) {
            char *end;
            c->max_story = strtoll(val, &end, 10);
            if (*end || c->max_story <= 0) { status = tc_cli_error("%s:%d: bad max_story '%s'", path, lineno, val); break; }
            continue;
        } else if (!strcmp(section, "Dictionaries") && !strcmp(key, "add_actors")) {
            /* a comma-separated list, as PETRARCH's actorfile_list */
            for (char *tok = strtok(val, ","); tok; tok = strtok(NULL, ",")) {
                char *t = trim(tok);
                if (!*t) continue;
                char **na = realloc(c->add_actors, (c->nadd_actors + 1) * sizeof *na);
                if (!na) { status = tc_cli_error("out of memory"); break; }
                c->add_actors = na;
                if (!(c->add_actors[c->nadd_actors] = conf_path(path, t))) { status = tc_cli_error("out of memory"); break; }
                c->nadd_actors++;
            }
            if (status) break;
            continue;
        }
        if (!slot) {
            status = tc_cli_error("%s:%d: unknown key '%s' in section [%s]", path, lineno, key, section);
            break;
        }
        free(*slot);
        *slot = is_path ? conf_path(path, val) : strdup(val);
        if (!*slot) { status = tc_cli_error("out of memory"); break; }
    }
    fclose(f);
    if (status) tc_cli_conf_free(c);
    else c->loaded = true;
    return status;
}

void tc_cli_conf_apply(const tc_cli_conf *c, tc_config *cfg) {
    if (c->models) cfg->model_dir = c->models;
    if (c->data) cfg->data_dir = c->data;
    if (c->project) cfg->project_dir = c->project;
    if (c->dicts) cfg->dict_file = c->dicts;
    if (c->nadd_actors) {
        cfg->add_actors = (const char *const *)c->add_actors;
        cfg->nadd_actors = c->nadd_actors;
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

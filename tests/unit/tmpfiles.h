/*
 * tmpfiles.h -- a per-test scratch folder and small files written into it,
 * for the unit tests that read dictionaries or stories from disk.
 * tmp_open("name") makes /tmp/tc-test-name.<pid>; tmp_write() returns the
 * path of a file holding `text` (valid for the next 8 calls; aborts the
 * test when it cannot be written); tmp_close()
 * removes the folder.
 */
#ifndef TC_TEST_TMPFILES_H
#define TC_TEST_TMPFILES_H

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static char tmp_dir[64];

static int tmp_open(const char *name) {
    char cmd[128];
    snprintf(tmp_dir, sizeof tmp_dir, "/tmp/tc-test-%s.%d", name, (int)getpid());
    snprintf(cmd, sizeof cmd, "mkdir -p %s", tmp_dir);
    return system(cmd) == 0 ? 0 : -1;
}

static int tmp_close(void) {
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf %s", tmp_dir);
    return system(cmd) == 0 ? 0 : -1;
}

static const char *tmp_write(const char *name, const char *text) {
    static char path[8][128];
    static int k;
    char *p = path[k++ % 8];
    snprintf(p, 128, "%s/%s", tmp_dir, name);
    FILE *f = fopen(p, "w");
    if (!f) abort(); /* the test cannot go on without its file */
    fputs(text, f);
    fclose(f);
    return p;
}

#endif

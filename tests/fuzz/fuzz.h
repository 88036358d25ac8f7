/*
 * fuzz.h -- what the libFuzzer targets in tests/fuzz share: a scratch
 * folder per process for the readers that take a path, a file writer, a
 * UTF-8 check, and the checksum fix-up that lets the binary-loader targets
 * reach past the CRC to the structural checks behind it.  A failed check
 * calls fuzz_fail(), which aborts: libFuzzer then saves the input.
 * Included by exactly one target each (the statics are per target).
 */
#ifndef TC_FUZZ_H
#define TC_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/core.h"
#include "tacitus.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

static char fuzz_dir[64];

#define fuzz_fail(...) do { fprintf(stderr, "fuzz check failed: " __VA_ARGS__); fputc('\n', stderr); abort(); } while (0)

/* A scratch folder /tmp/tc-fuzz.<pid> (removed at exit). */
static void fuzz_rmdir(void) {
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf %s", fuzz_dir);
    if (system(cmd) != 0) fprintf(stderr, "cannot remove %s\n", fuzz_dir);
}
__attribute__((unused)) static void fuzz_mkdir(void) {
    if (fuzz_dir[0]) return;
    snprintf(fuzz_dir, sizeof fuzz_dir, "/tmp/tc-fuzz.%d", (int)getpid());
    char cmd[128];
    snprintf(cmd, sizeof cmd, "mkdir -p %s", fuzz_dir);
    if (system(cmd) != 0) fuzz_fail("cannot make %s", fuzz_dir);
    atexit(fuzz_rmdir);
}

/* Writes data to fuzz_dir/name; returns the path (static storage). */
__attribute__((unused)) static const char *fuzz_file(const char *name, const void *data, size_t n) {
    static char path[8][128];
    static int k;
    char *p = path[k++ % 8];
    fuzz_mkdir();
    snprintf(p, 128, "%s/%s", fuzz_dir, name);
    FILE *f = fopen(p, "wb");
    if (!f) fuzz_fail("cannot write %s", p);
    if (n && fwrite(data, 1, n, f) != n) fuzz_fail("cannot write %s", p);
    if (fclose(f) != 0) fuzz_fail("cannot write %s", p);
    return p;
}

__attribute__((unused)) static int fuzz_utf8_ok(const char *s, size_t n) { return tc_utf8_valid_prefix(s, n) == n; }

/* Copies data and, when it is long enough, rewrites the little-endian u32
   at crc_at with the file's checksum: crc32 of [from, n), or, when from is
   0, of the whole copy with the checksum field itself zeroed. */
__attribute__((unused)) static unsigned char *fuzz_fix_crc(const uint8_t *data, size_t n, size_t crc_at, size_t from) {
    unsigned char *p = malloc(n ? n : 1);
    if (!p) fuzz_fail("out of memory");
    if (n) memcpy(p, data, n);
    if (n >= from && n >= crc_at + 4) {
        tc_put_u32(p + crc_at, 0);
        tc_put_u32(p + crc_at, tc_crc32(0, p + from, n - from));
    }
    return p;
}

/* Reads every story of path with a tc_reader and checks what the reader
   promises: each story is a story or an error record; a story's text is
   valid UTF-8 without NUL bytes and text_len long, its date YYYY-MM-DD; every
   record has an id and a file.  Returns the number of records. */
__attribute__((unused)) static long fuzz_read_all(const char *path, size_t max_story) {
    tc_reader *r = NULL;
    int rc = tc_reader_open(&r, path, max_story, NULL);
    if (rc) return 0;
    tc_story s;
    long n = 0;
    while ((rc = tc_reader_next(r, &s)) == TC_OK) {
        n++;
        if (!s.id || !s.file) fuzz_fail("record without id or file");
        if (s.error) {
            if (!*s.error) fuzz_fail("empty error message");
            if (s.text) fuzz_fail("error record with text");
            continue;
        }
        if (!s.text || !s.date) fuzz_fail("story without text or date");
        if (strlen(s.text) != s.text_len) fuzz_fail("text_len %zu, strlen %zu", s.text_len, strlen(s.text));
        if (!fuzz_utf8_ok(s.text, s.text_len)) fuzz_fail("text is not valid UTF-8");
        if (strlen(s.date) != 10 || s.date[4] != '-' || s.date[7] != '-') fuzz_fail("date '%s'", s.date);
        if (s.month < 1 || s.month > 12 || s.day < 1 || s.day > 31) fuzz_fail("date fields");
    }
    if (rc != TC_DONE && rc != TC_NOMEM) fuzz_fail("tc_reader_next returned %d", rc);
    long errors = 0;
    if (tc_reader_count(r, &errors) != n) fuzz_fail("count");
    tc_reader_close(r);
    return n;
}

#endif

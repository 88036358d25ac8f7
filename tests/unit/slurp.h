/*
 * slurp.h -- a whole file read into memory (malloc'd; *n its size), for the
 * unit tests that corrupt or compare model files.  Fails the test when the
 * file cannot be read.  Include after cmocka.h, stdio.h and stdlib.h.
 */
#ifndef TC_TEST_SLURP_H
#define TC_TEST_SLURP_H

static inline unsigned char *test_slurp(const char *path, size_t *n) {
    FILE *f = fopen(path, "rb");
    if (!f) fail_msg("%s: cannot open", path);
    fseek(f, 0, SEEK_END);
    long k = ftell(f);
    fseek(f, 0, SEEK_SET);
    unsigned char *b = malloc((size_t)k);
    assert_non_null(b);
    assert_int_equal(fread(b, 1, (size_t)k, f), (size_t)k);
    fclose(f);
    *n = (size_t)k;
    return b;
}

#endif

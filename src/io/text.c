/*
 * text.c -- Windows-1252 decoding of bytes that are not UTF-8, and cutting
 * text at character boundaries (see text.h).  Windows-1252 is what news
 * text that is not UTF-8 most often is (Latin-1 plus curly quotes and dashes
 * at 0x80-0x9F); reading every stray byte that way loses nothing and keeps
 * the output valid.
 */
#include "io/text.h"

#include <string.h>
#include <utf8proc.h>

/* Windows-1252 0x80..0x9F; the undefined ones map to the C1 control. */
static const uint16_t cp1252_c1[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

static bool add_cp(tc_buf *b, uint32_t c) {
    char u[4];
    size_t k;
    if (c < 0x80) { u[0] = (char)c; k = 1; }
    else if (c < 0x800) { u[0] = (char)(0xC0 | c >> 6); u[1] = (char)(0x80 | (c & 0x3F)); k = 2; }
    else { u[0] = (char)(0xE0 | c >> 12); u[1] = (char)(0x80 | (c >> 6 & 0x3F)); u[2] = (char)(0x80 | (c & 0x3F)); k = 3; }
    return tc_buf_add(b, u, k);
}

/* Length of the valid UTF-8 sequence at s[0..n), 0 if none. */
static size_t seq_len(const char *s, size_t n) {
    unsigned char c = (unsigned char)s[0];
    if (c < 0x80) return 1;
    utf8proc_int32_t cp;
    utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &cp);
    return k > 0 ? (size_t)k : 0;
}

bool io_add_utf8(tc_buf *b, const char *s, size_t n) {
    size_t i = 0, run = 0; /* run: start of the valid bytes not yet copied */
    while (i < n) {
        size_t k = seq_len(s + i, n - i);
        if (k) { i += k; continue; }
        if (i > run && !tc_buf_add(b, s + run, i - run)) return false;
        unsigned char c = (unsigned char)s[i];
        if (!add_cp(b, c >= 0x80 && c < 0xA0 ? cp1252_c1[c - 0x80] : c)) return false;
        run = ++i;
    }
    return i > run ? tc_buf_add(b, s + run, i - run) : !b->oom;
}

bool io_is_utf8(const char *s, size_t n) {
    for (size_t i = 0; i < n;) {
        /* eight ASCII bytes at a time (news text is mostly ASCII) */
        if (n - i >= 8) {
            uint64_t x;
            memcpy(&x, s + i, 8);
            if (!(x & 0x8080808080808080ull)) { i += 8; continue; }
        }
        size_t k = seq_len(s + i, n - i);
        if (!k) return false;
        i += k;
    }
    return true;
}

size_t io_utf8_cut(const char *s, size_t n) {
    /* back over at most three continuation bytes to the last lead byte */
    size_t i = n;
    while (i > 0 && n - i < 4 && ((unsigned char)s[i - 1] & 0xC0) == 0x80) i--;
    if (i == 0 || ((unsigned char)s[i - 1] & 0xC0) != 0xC0) return n; /* ends on ASCII (or stray bytes) */
    unsigned char lead = (unsigned char)s[i - 1];
    size_t need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
    return n - (i - 1) >= need ? n : i - 1;
}

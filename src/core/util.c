/*
 * util.c -- hashing, CRC-32, file mapping, calendar arithmetic, UPOS names,
 * UTF-8 validation and libutf8proc normalisation shared by all stages.
 */
#include "core.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <strings.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utf8proc.h>
#include <zlib.h>

uint64_t tc_hash64(const void *p, size_t n, uint64_t seed) {
    return tc_hash_mix(tc_fnv64_add(tc_fnv64_begin(seed), p, n));
}

/* zlib's table-driven CRC-32, in blocks that fit uInt. */
static uint32_t crc32_zlib(uint32_t crc, const unsigned char *s, size_t n) {
    uLong c = crc;
    while (n) {
        uInt k = n > 0x40000000u ? 0x40000000u : (uInt)n;
        c = crc32(c, s, k);
        s += k;
        n -= k;
    }
    return (uint32_t)c;
}

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define TC_CRC_CLMUL 1
#include <emmintrin.h>
#include <smmintrin.h>
#include <wmmintrin.h>

/* The same CRC-32 by carry-less multiplication: four 128-bit lanes folded
   64 bytes at a time, then into one lane, then Barrett reduction (Gopal,
   Ozturk et al., "Fast CRC computation for generic polynomials using
   PCLMULQDQ", Intel 2009; the constants are its bit-reflected ones for
   0xEDB88320).  Takes the inverted CRC and n >= 64, n a multiple of 16;
   returns the inverted CRC.  About 0.3 instructions a byte against zlib's 4:
   the models' checksums (80 MB) cost 0.3 G instructions at every start. */
__attribute__((target("pclmul,sse4.1"))) static uint32_t crc32_clmul(uint32_t crc, const unsigned char *s, size_t n) {
    const __m128i k1k2 = _mm_set_epi64x(0x01c6e41596LL, 0x0154442bd4LL);
    const __m128i k3k4 = _mm_set_epi64x(0x00ccaa009eLL, 0x01751997d0LL);
    const __m128i k5k0 = _mm_set_epi64x(0, 0x0163cd6124LL);
    const __m128i poly = _mm_set_epi64x(0x01f7011641LL, 0x01db710641LL);
    const __m128i mask = _mm_setr_epi32(~0, 0, ~0, 0);
    __m128i x1 = _mm_loadu_si128((const __m128i *)(const void *)s);
    __m128i x2 = _mm_loadu_si128((const __m128i *)(const void *)(s + 16));
    __m128i x3 = _mm_loadu_si128((const __m128i *)(const void *)(s + 32));
    __m128i x4 = _mm_loadu_si128((const __m128i *)(const void *)(s + 48));
    x1 = _mm_xor_si128(x1, _mm_cvtsi32_si128((int)crc));
    s += 64;
    n -= 64;
    while (n >= 64) {
        __m128i x5 = _mm_clmulepi64_si128(x1, k1k2, 0x00), x6 = _mm_clmulepi64_si128(x2, k1k2, 0x00);
        __m128i x7 = _mm_clmulepi64_si128(x3, k1k2, 0x00), x8 = _mm_clmulepi64_si128(x4, k1k2, 0x00);
        x1 = _mm_clmulepi64_si128(x1, k1k2, 0x11);
        x2 = _mm_clmulepi64_si128(x2, k1k2, 0x11);
        x3 = _mm_clmulepi64_si128(x3, k1k2, 0x11);
        x4 = _mm_clmulepi64_si128(x4, k1k2, 0x11);
        x1 = _mm_xor_si128(_mm_xor_si128(x1, x5), _mm_loadu_si128((const __m128i *)(const void *)s));
        x2 = _mm_xor_si128(_mm_xor_si128(x2, x6), _mm_loadu_si128((const __m128i *)(const void *)(s + 16)));
        x3 = _mm_xor_si128(_mm_xor_si128(x3, x7), _mm_loadu_si128((const __m128i *)(const void *)(s + 32)));
        x4 = _mm_xor_si128(_mm_xor_si128(x4, x8), _mm_loadu_si128((const __m128i *)(const void *)(s + 48)));
        s += 64;
        n -= 64;
    }
    /* four lanes into one, then the remaining 16-byte blocks */
    __m128i x5 = _mm_clmulepi64_si128(x1, k3k4, 0x00);
    x1 = _mm_xor_si128(_mm_xor_si128(_mm_clmulepi64_si128(x1, k3k4, 0x11), x2), x5);
    x5 = _mm_clmulepi64_si128(x1, k3k4, 0x00);
    x1 = _mm_xor_si128(_mm_xor_si128(_mm_clmulepi64_si128(x1, k3k4, 0x11), x3), x5);
    x5 = _mm_clmulepi64_si128(x1, k3k4, 0x00);
    x1 = _mm_xor_si128(_mm_xor_si128(_mm_clmulepi64_si128(x1, k3k4, 0x11), x4), x5);
    while (n >= 16) {
        x5 = _mm_clmulepi64_si128(x1, k3k4, 0x00);
        x1 = _mm_xor_si128(_mm_xor_si128(_mm_clmulepi64_si128(x1, k3k4, 0x11),
                                         _mm_loadu_si128((const __m128i *)(const void *)s)), x5);
        s += 16;
        n -= 16;
    }
    /* 128 bits to 64, then Barrett reduction to 32 */
    x2 = _mm_clmulepi64_si128(x1, k3k4, 0x10);
    x1 = _mm_xor_si128(_mm_srli_si128(x1, 8), x2);
    x2 = _mm_srli_si128(x1, 4);
    x1 = _mm_xor_si128(_mm_clmulepi64_si128(_mm_and_si128(x1, mask), k5k0, 0x00), x2);
    x2 = _mm_clmulepi64_si128(_mm_and_si128(x1, mask), poly, 0x10);
    x2 = _mm_clmulepi64_si128(_mm_and_si128(x2, mask), poly, 0x00);
    x1 = _mm_xor_si128(x1, x2);
    return (uint32_t)_mm_extract_epi32(x1, 1);
}
#endif

uint32_t tc_crc32(uint32_t crc, const void *p, size_t n) {
    const unsigned char *s = p;
#ifdef TC_CRC_CLMUL
    if (n >= 64 && __builtin_cpu_supports("pclmul") && __builtin_cpu_supports("sse4.1")) {
        size_t k = n & ~(size_t)15;
        crc = ~crc32_clmul(~crc, s, k);
        s += k;
        n -= k;
    }
#endif
    return crc32_zlib(crc, s, n);
}

int tc_map_file(tc_map *m, const char *path, const tc_alloc *A) {
    memset(m, 0, sizeof *m);
    m->A = A;
    int fd = open(path, O_RDONLY);
    if (fd < 0) return TC_IO;
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) { close(fd); return TC_IO; }
    size_t n = (size_t)st.st_size;
    if (n == 0) { close(fd); m->p = (const unsigned char *)""; return TC_OK; }
    void *p = mmap(NULL, n, PROT_READ, MAP_PRIVATE, fd, 0);
    if (p != MAP_FAILED) {
        close(fd);
        m->p = p; m->n = n; m->mapped = true;
        return TC_OK;
    }
    unsigned char *buf = tc_mem_alloc(A, n);
    if (!buf) { close(fd); return TC_NOMEM; }
    size_t got = 0;
    while (got < n) {
        ssize_t r = read(fd, buf + got, n - got);
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) { close(fd); tc_mem_free(A, buf); return TC_IO; }
        got += (size_t)r;
    }
    close(fd);
    m->p = buf; m->n = n;
    return TC_OK;
}

void tc_unmap(tc_map *m) {
    if (m->mapped) munmap((void *)m->p, m->n);
    else if (m->n) tc_mem_free(m->A, (void *)m->p);
    memset(m, 0, sizeof *m);
}

/* ---- dates ------------------------------------------------------------ */

static bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int tc_days_in_month(int y, int m) {
    static const int dm[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12) return 0;
    return m == 2 && leap(y) ? 29 : dm[m - 1];
}

bool tc_date_valid(tc_date d) {
    return d.y > 0 && d.m >= 1 && d.m <= 12 && d.d >= 1 && d.d <= tc_days_in_month(d.y, d.m);
}

/* Howard Hinnant's days_from_civil. */
int32_t tc_date_to_days(tc_date dt) {
    int y = dt.y, m = dt.m, d = dt.d;
    y -= m <= 2;
    int era = (y >= 0 ? y : y - 399) / 400;
    unsigned yoe = (unsigned)(y - era * 400);
    unsigned doy = (unsigned)((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1);
    unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + (int32_t)doe - 719468;
}

tc_date tc_days_to_date(int32_t z) {
    z += 719468;
    int32_t era = (z >= 0 ? z : z - 146096) / 146097;
    unsigned doe = (unsigned)(z - era * 146097);
    unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int32_t y = (int32_t)yoe + era * 400;
    unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    unsigned mp = (5 * doy + 2) / 153;
    unsigned d = doy - (153 * mp + 2) / 5 + 1;
    unsigned m = mp < 10 ? mp + 3 : mp - 9;
    tc_date r = {(int16_t)(y + (m <= 2)), (int8_t)m, (int8_t)d};
    return r;
}

int tc_weekday(tc_date d) {
    int32_t z = tc_date_to_days(d); /* 1970-01-01 was a Thursday (3) */
    int w = (int)((z % 7 + 7 + 3) % 7);
    return w;
}

static bool digits(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++) if (s[i] < '0' || s[i] > '9') return false;
    return n > 0;
}
static int num(const char *s, size_t n) {
    int v = 0;
    for (size_t i = 0; i < n; i++) v = v * 10 + (s[i] - '0');
    return v;
}

bool tc_date_parse(const char *s, size_t n, tc_date *out) {
    tc_date d = {0, 0, 0};
    if (n == 10 && s[4] == '-' && s[7] == '-' && digits(s, 4) && digits(s + 5, 2) && digits(s + 8, 2)) {
        d.y = (int16_t)num(s, 4); d.m = (int8_t)num(s + 5, 2); d.d = (int8_t)num(s + 8, 2);
    } else if (n == 8 && digits(s, 8)) {
        d.y = (int16_t)num(s, 4); d.m = (int8_t)num(s + 4, 2); d.d = (int8_t)num(s + 6, 2);
    } else if (n == 6 && digits(s, 6)) {
        int yy = num(s, 2);
        d.y = (int16_t)(yy >= 30 ? 1900 + yy : 2000 + yy);
        d.m = (int8_t)num(s + 2, 2); d.d = (int8_t)num(s + 4, 2);
    } else return false;
    if (!tc_date_valid(d)) return false;
    *out = d;
    return true;
}

static void put2(char *p, int v) { p[0] = (char)('0' + v / 10 % 10); p[1] = (char)('0' + v % 10); }

void tc_date_format(tc_date d, char buf[11]) {
    buf[0] = 0;
    if (d.y <= 0 || d.y > 9999) return;
    put2(buf, d.y / 100);
    put2(buf + 2, d.y % 100);
    buf[4] = 0;
    if (d.m <= 0 || d.m > 12) return;
    buf[4] = '-';
    put2(buf + 5, d.m);
    buf[7] = 0;
    if (d.d <= 0 || d.d > 31) return;
    buf[7] = '-';
    put2(buf + 8, d.d);
    buf[10] = 0;
}

/* ---- UPOS --------------------------------------------------------------- */

static const char *const upos_names[TC_UPOS_COUNT] = {
    "_", "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM",
    "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"};

const char *tc_upos_name(int upos) {
    return upos >= 0 && upos < TC_UPOS_COUNT ? upos_names[upos] : "_";
}

int tc_upos_from_name(const char *s, size_t n) {
    for (int i = 1; i < TC_UPOS_COUNT; i++)
        if (strlen(upos_names[i]) == n && memcmp(upos_names[i], s, n) == 0) return i;
    return TC_UPOS_NONE;
}

char *tc_next_line(char **cur) {
    char *line = *cur;
    if (!line || !*line) return NULL;
    char *nl = strchr(line, '\n');
    if (nl) { *nl = 0; *cur = nl + 1; }
    else *cur = NULL;
    return line;
}

int tc_split_tabs(char *line, char **f, int max) {
    int k = 0;
    f[k++] = line;
    for (char *p = line; *p; p++) {
        if (*p != '\t') continue;
        *p = 0;
        if (k == max) return max + 1;
        f[k++] = p + 1;
    }
    return k;
}


bool tc_lemma_in(const tc_tok *t, const char *const *w, size_t n) {
    /* the lemma and its first letter once, then tc_lemma_is's test per word */
    const char *l = tc_tok_lemma(t);
    if (!l) return false;
    unsigned char c0 = (unsigned char)l[0] | 0x20;
    /* the second letters too before the compare, where both are there: an
       empty lemma, or one that starts with a space, gives c0 == 0x20, and
       so may a word whose second letter is past its end */
    bool two = c0 != 0x20;
    unsigned char c1 = two ? (unsigned char)l[1] | 0x20 : 0;
    for (size_t i = 0; i < n; i++)
        if (w[i] && ((unsigned char)w[i][0] | 0x20) == c0 && (!two || ((unsigned char)w[i][1] | 0x20) == c1) &&
            !strcasecmp(l, w[i]))
            return true;
    return false;
}


/* ---- UTF-8 ---------------------------------------------------------------- */

size_t tc_utf8_valid_prefix(const char *s, size_t n) {
    size_t i = 0;
    while (i < n) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(n - i), &cp);
        if (k <= 0) return i;
        i += (size_t)k;
    }
    return i;
}

/* LUMP leaves double quotation marks alone; news text is full of them. */
static utf8proc_int32_t lump_more(utf8proc_int32_t c, void *ud) {
    (void)ud;
    switch (c) {
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB:
    case 0x2033: case 0x301D: case 0x301E:
        return '"';
    default:
        return c;
    }
}

bool tc_normalize(tc_buf *out, const char *s, size_t n, bool casefold) {
    /* ASCII (most words of English news) is its own NFKC and lump; case
       folding lower-cases A-Z and nothing else: no utf8proc round trip */
    size_t i = 0;
    while (i < n && (unsigned char)s[i] < 0x80) i++;
    if (i == n) {
        if (!tc_buf_reserve(out, n)) return false;
        for (i = 0; i < n; i++) {
            char c = s[i];
            out->p[out->n + i] = casefold && c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
        }
        out->n += n;
        out->p[out->n] = 0;
        return true;
    }
    utf8proc_uint8_t *r = NULL;
    int opt = UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_LUMP;
    if (casefold) opt |= UTF8PROC_CASEFOLD;
    utf8proc_ssize_t k = utf8proc_map_custom((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &r,
                                             (utf8proc_option_t)opt, lump_more, NULL);
    if (k < 0) return false;
    bool ok = tc_buf_add(out, r, (size_t)k);
    free(r); /* utf8proc allocates with malloc */
    return ok;
}

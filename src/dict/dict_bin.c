/*
 * dict_bin.c -- the compiled dictionary file, the public tc_dict_* entry
 * points, and the sorted text dump.
 *
 * File layout (all little-endian, written byte by byte):
 *   0  magic "TCDICT\0\0"          8 bytes
 *   8  format version             u32 (TC_DICT_FORMAT)
 *  12  byte-order word            u32 0x01020304 (as written LE)
 *  16  total file size            u64
 *  24  CRC-32 of the whole file, u32
 *      (bytes [0, size) with these four bytes read as zero)
 *  28  section count              u32 (TC_DS_COUNT)
 *  32  nwords                     u32
 *  36  reserved                   u32
 *  40  section table: count x (offset u32, length u32 in elements)
 *      then the sections, each 4-byte aligned; STR is bytes, the rest u32.
 * Everything is validated (bounds, alignment, checksum, references between
 * sections) before use, so a damaged file yields TC_FORMAT, never a crash.
 * The checksum covers the header too (format 3; format 2 left bytes 0-39
 * out), and the section table must be the one the writer lays out: section
 * i starts where section i-1 ends (rounded up to 4 bytes) and the last ends
 * the file, so no single changed header byte can load.
 * Loading copies the sections into one allocation (a few milliseconds for
 * the full Phoenix set), which keeps the loaded object independent of the
 * mapping and of the host byte order.  The checksum is tc_crc32 (zlib's
 * table-driven CRC-32; a bitwise one took ~60 ms on the 4 MB Phoenix file,
 * more than the whole start-up budget).
 */
#include "dict/dict.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define TC_DICT_FORMAT 3u /* 2: transformations section; 3: the CRC covers the header */
#define HDR 40u

/* CRC-32 of p[0..n) with the checksum field (bytes 24-27) read as zero. */
static uint32_t crc_of(const unsigned char *p, size_t n) {
    static const unsigned char zero[4] = {0};
    uint32_t c = tc_crc32(0, p, 24);
    c = tc_crc32(c, zero, 4);
    return tc_crc32(c, p + 28, n - 28);
}

static void setmsg(char *err, size_t errlen, const char *msg) {
    if (err && errlen) snprintf(err, errlen, "%s", msg);
}

int tc_dict_write_binary(const tc_dict *d, FILE *f) {
    if (!d || !f) return TC_MISUSE;
    size_t off = HDR + TC_DS_COUNT * 8u;
    uint32_t offs[TC_DS_COUNT];
    for (int i = 0; i < TC_DS_COUNT; i++) {
        offs[i] = (uint32_t)off;
        size_t bytes = i == TC_DS_STR ? d->n[i] : (size_t)d->n[i] * 4u;
        off += (bytes + 3u) & ~(size_t)3u;
    }
    size_t total = off;
    unsigned char *buf = tc_mem_calloc(d->A, total, 1);
    if (!buf) return TC_NOMEM;
    memcpy(buf, "TCDICT\0\0", 8);
    tc_put_u32(buf + 8, TC_DICT_FORMAT);
    tc_put_u32(buf + 12, 0x01020304u);
    tc_put_u64(buf + 16, (uint64_t)total);
    tc_put_u32(buf + 28, TC_DS_COUNT);
    tc_put_u32(buf + 32, d->nwords);
    for (int i = 0; i < TC_DS_COUNT; i++) {
        tc_put_u32(buf + HDR + (size_t)i * 8u, offs[i]);
        tc_put_u32(buf + HDR + (size_t)i * 8u + 4u, d->n[i]);
        if (i == TC_DS_STR) memcpy(buf + offs[i], d->sec[i], d->n[i]);
        else
            for (uint32_t k = 0; k < d->n[i]; k++) tc_put_u32(buf + offs[i] + (size_t)k * 4u, d->sec[i][k]);
    }
    tc_put_u32(buf + 24, crc_of(buf, total));
    int rc = fwrite(buf, 1, total, f) == total ? TC_OK : TC_IO;
    tc_mem_free(d->A, buf);
    return rc;
}

/* Checks that every reference inside the loaded sections is in bounds. */
static const char *check_refs(const tc_dict *d) {
    const uint32_t *n = d->n;
    if (n[TC_DS_STR] == 0 || ((const char *)d->sec[TC_DS_STR])[n[TC_DS_STR] - 1] != 0) return "string pool not terminated";
    if (n[TC_DS_WORD] != d->nwords || d->nwords == 0) return "word table size";
    for (uint32_t i = 0; i < d->nwords; i++)
        if (d->sec[TC_DS_WORD][i] >= n[TC_DS_STR]) return "word offset out of range";
    uint32_t hc = n[TC_DS_WHASH];
    if (hc == 0 || (hc & (hc - 1)) || hc < d->nwords) return "hash table size";
    for (uint32_t i = 0; i < hc; i++)
        if (d->sec[TC_DS_WHASH][i] >= d->nwords) return "hash entry out of range";
    static const struct { int sec; uint32_t w; } recs[] = {
        {TC_DS_ACTOR, TC_ACTOR_W}, {TC_DS_ACODE, TC_ACODE_W}, {TC_DS_AGENT, TC_AGENT_W},
        {TC_DS_VERB, TC_VERB_W},   {TC_DS_GROUP, TC_GROUP_W}, {TC_DS_PAT, TC_PAT_W},
        {TC_DS_SYN, TC_SYN_W},     {TC_DS_SYNMEM, TC_SYNMEM_W}, {TC_DS_DISC, TC_DISC_W},
        {TC_DS_PICO, TC_PICO_W},   {TC_DS_XFORM, TC_XFORM_W}};
    for (size_t r = 0; r < TC_COUNTOF(recs); r++)
        if (n[recs[r].sec] % recs[r].w) return "record section size";
    uint32_t nseq = n[TC_DS_SEQ];
    /* sections whose records start with (seq, len) */
    static const struct { int sec; uint32_t w; } seqs[] = {
        {TC_DS_ACTOR, TC_ACTOR_W}, {TC_DS_AGENT, TC_AGENT_W}, {TC_DS_VERB, TC_VERB_W},
        {TC_DS_PAT, TC_PAT_W}, {TC_DS_SYNMEM, TC_SYNMEM_W}, {TC_DS_DISC, TC_DISC_W}};
    for (size_t r = 0; r < TC_COUNTOF(seqs); r++) {
        const uint32_t *p = d->sec[seqs[r].sec];
        for (uint32_t i = 0; i < n[seqs[r].sec]; i += seqs[r].w)
            if (p[i] > nseq || p[i + 1] > nseq - p[i] || p[i + 1] == 0) return "phrase out of range";
    }
    uint32_t nsyn = n[TC_DS_SYN] / TC_SYN_W;
    for (uint32_t i = 0; i < nseq; i++) {
        uint32_t t = d->sec[TC_DS_SEQ][i], k = TC_PT_KIND(t);
        if (k == 0 && t >= d->nwords) return "word id out of range";
        if (k == TC_PT_WORD && TC_PT_VAL(t) >= d->nwords) return "word id out of range";
        if (k == TC_PT_SYN && TC_PT_VAL(t) >= nsyn && TC_PT_VAL(t) != 0x07ffffffu) return "synset out of range";
        if (k > TC_PT_OR) return "bad pattern token";
    }
    const uint32_t *a = d->sec[TC_DS_ACTOR];
    uint32_t ncode = n[TC_DS_ACODE] / TC_ACODE_W;
    for (uint32_t i = 0; i < n[TC_DS_ACTOR]; i += TC_ACTOR_W)
        if (a[i + 2] > ncode || a[i + 3] > ncode - a[i + 2]) return "actor codes out of range";
    for (uint32_t i = 0; i < n[TC_DS_ACODE]; i += TC_ACODE_W) {
        const uint32_t *c = d->sec[TC_DS_ACODE] + i;
        if (c[0] >= d->nwords) return "code id out of range";
        /* date bounds: 0 (open) or a day within some 8,000 years of 1970
           (found by fuzzing: a huge one overflowed the date arithmetic) */
        for (int k = 1; k <= 2; k++)
            if (c[k] && (c[k] < TC_DATE_BIAS - 3000000u || c[k] > TC_DATE_BIAS + 3000000u)) return "actor code date out of range";
    }
    for (uint32_t i = 0; i < n[TC_DS_AGENT]; i += TC_AGENT_W)
        if (d->sec[TC_DS_AGENT][i + 2] >= d->nwords) return "code id out of range";
    uint32_t ngroup = n[TC_DS_GROUP] / TC_GROUP_W, npat = n[TC_DS_PAT] / TC_PAT_W;
    for (uint32_t i = 0; i < n[TC_DS_VERB]; i += TC_VERB_W) {
        const uint32_t *v = d->sec[TC_DS_VERB] + i;
        if (v[2] >= v[1] || v[3] >= ngroup || v[4] >= d->nwords) return "verb entry out of range";
    }
    for (uint32_t i = 0; i < n[TC_DS_GROUP]; i += TC_GROUP_W) {
        const uint32_t *g = d->sec[TC_DS_GROUP] + i;
        if (g[0] >= d->nwords || g[1] >= d->nwords || g[2] > npat || g[3] > npat - g[2]) return "verb group out of range";
    }
    for (uint32_t i = 0; i < n[TC_DS_PAT]; i += TC_PAT_W) {
        const uint32_t *p = d->sec[TC_DS_PAT] + i;
        if (p[2] >= d->nwords) return "pattern code out of range";
        /* one '*' a pattern, as the compiler makes them (the coder's walk
           of a pattern relies on it) */
        int nverb = 0;
        for (uint32_t k = 0; k < p[1]; k++) nverb += TC_PT_KIND(d->sec[TC_DS_SEQ][p[0] + k]) == TC_PT_VERB;
        if (nverb != 1) return "pattern without exactly one verb";
    }
    uint32_t nmem = n[TC_DS_SYNMEM] / TC_SYNMEM_W;
    for (uint32_t i = 0; i < n[TC_DS_SYN]; i += TC_SYN_W) {
        const uint32_t *s = d->sec[TC_DS_SYN] + i;
        if (s[0] >= d->nwords || s[1] > nmem || s[2] > nmem - s[1]) return "synset out of range";
    }
    for (uint32_t i = 0; i < n[TC_DS_PICO]; i += TC_PICO_W)
        if (d->sec[TC_DS_PICO][i] >= d->nwords) return "ontology code out of range";
    for (uint32_t i = 0; i < n[TC_DS_XFORM]; i += TC_XFORM_W) {
        const uint32_t *x = d->sec[TC_DS_XFORM] + i;
        if (x[0] >= d->nwords || x[1] >= d->nwords || x[6] >= d->nwords || x[2] > TC_XV_ANY || x[3] > TC_XV_ANY ||
            x[4] > TC_XV_ANY || x[5] > TC_XV_ANY)
            return "transformation out of range";
    }
    static const struct { int isec, rec; uint32_t w; } idx[] = {
        {TC_DS_IACTOR, TC_DS_ACTOR, TC_ACTOR_W}, {TC_DS_IAGENT, TC_DS_AGENT, TC_AGENT_W},
        {TC_DS_IVERB, TC_DS_VERB, TC_VERB_W}, {TC_DS_IDISC, TC_DS_DISC, TC_DISC_W}};
    for (size_t r = 0; r < TC_COUNTOF(idx); r++) {
        const uint32_t *I = d->sec[idx[r].isec], *L = d->sec[idx[r].isec + 1];
        uint32_t nrec = n[idx[r].rec] / idx[r].w;
        if (n[idx[r].isec] != d->nwords + 1) return "index size";
        if (I[0] != 0 || I[d->nwords] != n[idx[r].isec + 1]) return "index bounds";
        for (uint32_t i = 0; i < d->nwords; i++)
            if (I[i] > I[i + 1]) return "index not monotone";
        for (uint32_t i = 0; i < n[idx[r].isec + 1]; i++)
            if (L[i] >= nrec) return "index entry out of range";
    }
    return NULL;
}

int tc_dict_from_binary(tc_dict **out, const void *pv, size_t n, const tc_config *cfg, char *err,
                        size_t errlen) {
    const unsigned char *p = pv;
    const tc_alloc *A = cfg ? cfg->alloc : NULL;
    tc_dict *d = NULL;
    int rc = TC_FORMAT;
    const char *why = NULL;
    if (!out || (!p && n)) return TC_MISUSE;
    *out = NULL;
    if (n < HDR || memcmp(p, "TCDICT\0\0", 8)) { why = "not a tacitus dictionary file"; goto fail; }
    if (tc_get_u32(p + 12) != 0x01020304u) { why = "bad byte-order word"; goto fail; }
    char vmsg[96];
    if (tc_get_u32(p + 8) != TC_DICT_FORMAT) {
        snprintf(vmsg, sizeof vmsg, "dictionary format version %u, this program reads version %u (run make)",
                 (unsigned)tc_get_u32(p + 8), TC_DICT_FORMAT);
        rc = TC_VERSION;
        why = vmsg;
        goto fail;
    }
    if (tc_get_u64(p + 16) != n) { why = "file size does not match header (truncated?)"; goto fail; }
    if (tc_get_u32(p + 28) != TC_DS_COUNT) { why = "section count"; goto fail; }
    if (tc_get_u32(p + 36) != 0) { why = "reserved header word is not zero"; goto fail; }
    if (n < HDR + TC_DS_COUNT * 8u) { why = "truncated section table"; goto fail; }
    size_t need = 0;
    uint64_t expect = HDR + TC_DS_COUNT * 8u;
    for (int i = 0; i < TC_DS_COUNT; i++) {
        uint64_t off = tc_get_u32(p + HDR + (size_t)i * 8u), cnt = tc_get_u32(p + HDR + (size_t)i * 8u + 4u);
        uint64_t bytes = i == TC_DS_STR ? cnt : cnt * 4u;
        if (off != expect || off > n || bytes > n - off) { why = "section out of range"; goto fail; }
        expect = off + ((bytes + 3u) & ~(uint64_t)3u);
        need += ((size_t)bytes + 7u) & ~(size_t)7u;
    }
    if (expect != n) { why = "sections do not end the file"; goto fail; }
    if (crc_of(p, n) != tc_get_u32(p + 24)) { why = "checksum mismatch"; goto fail; }
    d = tc_mem_calloc(A, 1, sizeof *d);
    if (!d) { rc = TC_NOMEM; goto fail; }
    d->A = A;
    d->nwords = tc_get_u32(p + 32);
    d->block = tc_mem_alloc(A, need ? need : 8);
    if (!d->block) { rc = TC_NOMEM; goto fail; }
    unsigned char *blk = d->block;
    size_t at = 0;
    for (int i = 0; i < TC_DS_COUNT; i++) {
        uint32_t off = tc_get_u32(p + HDR + (size_t)i * 8u), cnt = tc_get_u32(p + HDR + (size_t)i * 8u + 4u);
        d->sec[i] = (uint32_t *)(void *)(blk + at);
        d->n[i] = cnt;
        if (i == TC_DS_STR) memcpy(blk + at, p + off, cnt), at += ((size_t)cnt + 7u) & ~(size_t)7u;
        else {
            for (uint32_t k = 0; k < cnt; k++) d->sec[i][k] = tc_get_u32(p + off + (size_t)k * 4u);
            at += ((size_t)cnt * 4u + 7u) & ~(size_t)7u;
        }
    }
    why = check_refs(d);
    if (why) goto fail;
    if (!tc_dict_index(d)) { rc = TC_NOMEM; goto fail; }
    *out = d;
    return TC_OK;
fail:
    if (why) setmsg(err, errlen, why);
    else if (rc == TC_NOMEM) setmsg(err, errlen, "out of memory");
    tc_dict_free(d);
    return rc;
}

int tc_dict_open_binary(tc_dict **out, const char *path, const tc_config *cfg, char *err, size_t errlen) {
    tc_map m;
    if (!out || !path) return TC_MISUSE;
    errno = 0;
    int rc = tc_map_file(&m, path, cfg ? cfg->alloc : NULL);
    if (rc) {
        if (err && errlen) snprintf(err, errlen, "%s: cannot read: %s", path, errno ? strerror(errno) : "not a regular file");
        return rc;
    }
    char e2[200] = "";
    rc = tc_dict_from_binary(out, m.p, m.n, cfg, e2, sizeof e2);
    if (rc && err && errlen) snprintf(err, errlen, "%s: %s", path, e2);
    tc_unmap(&m);
    return rc;
}

static void log_cfg(void *ud, int level, const char *msg) {
    const tc_config *cfg = ud;
    if (cfg && cfg->log) cfg->log(cfg->log_ud, level, msg);
    else if (level <= 1) fprintf(stderr, "%s\n", msg);
}

int tc_dict_load(tc_dict **out, const tc_dict_files *files, const tc_config *cfg, char *err, size_t errlen) {
    if (!out || !files) return TC_MISUSE;
    tc_logger lg = {log_cfg, (void *)cfg};
    return tc_dict_build(out, cfg ? cfg->alloc : NULL, &lg, files->verbs, files->actors, files->nactors,
                         files->agents, files->discards, files->pico, err, errlen);
}

/* ---- dump ------------------------------------------------------------ */

typedef struct lines {
    char **v;
    size_t n, cap;
    const tc_alloc *A;
    bool oom;
} lines;

static void addline(lines *L, tc_buf *b) {
    if (L->oom || b->oom) { L->oom = true; return; }
    if (L->n == L->cap) {
        size_t nc = L->cap ? L->cap * 2 : 1024;
        char **nv = tc_mem_realloc(L->A, L->v, nc * sizeof *nv);
        if (!nv) { L->oom = true; return; }
        L->v = nv; L->cap = nc;
    }
    char *s = tc_mem_strdup(L->A, b->p ? b->p : "");
    if (!s) { L->oom = true; return; }
    L->v[L->n++] = s;
    tc_buf_clear(b);
}

static void add_seq(const tc_dict *d, tc_buf *b, uint32_t off, uint32_t len) {
    for (uint32_t i = 0; i < len; i++) {
        uint32_t t = d->sec[TC_DS_SEQ][off + i];
        uint32_t k = TC_PT_KIND(t);
        if (i) tc_buf_addc(b, k && TC_PT_JOIN(t) ? '_' : ' ');
        if (k == 0) tc_buf_adds(b, tc_dict_str(d, t));
        else if (k == TC_PT_WORD) tc_buf_adds(b, tc_dict_str(d, TC_PT_VAL(t)));
        else if (k == TC_PT_SYN) {
            uint32_t s = TC_PT_VAL(t);
            tc_buf_adds(b, s < d->n[TC_DS_SYN] / TC_SYN_W ? tc_dict_str(d, d->sec[TC_DS_SYN][s * TC_SYN_W]) : "&?");
        } else tc_buf_addc(b, "???*$+%^(){}|"[k]);
    }
}

static void add_day(tc_buf *b, uint32_t v) {
    char buf[11];
    tc_date_format(tc_days_to_date((int32_t)(v - TC_DATE_BIAS)), buf);
    tc_buf_adds(b, buf);
}

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

int tc_dict_dump(const tc_dict *d, FILE *f) {
    if (!d || !f) return TC_MISUSE;
    lines L = {NULL, 0, 0, d->A, false};
    tc_buf b;
    tc_buf_init(&b, d->A);
    for (uint32_t i = 0; i < d->n[TC_DS_ACTOR]; i += TC_ACTOR_W) {
        const uint32_t *a = d->sec[TC_DS_ACTOR] + i;
        tc_buf_adds(&b, "actor\t");
        add_seq(d, &b, a[0], a[1]);
        tc_buf_addc(&b, '\t');
        for (uint32_t c = 0; c < a[3]; c++) {
            const uint32_t *cc = d->sec[TC_DS_ACODE] + (a[2] + c) * TC_ACODE_W;
            if (c) tc_buf_addc(&b, ' ');
            tc_buf_adds(&b, tc_dict_str(d, cc[0]));
            if (cc[1] || cc[2]) {
                tc_buf_addc(&b, '[');
                if (cc[1]) add_day(&b, cc[1]);
                tc_buf_addc(&b, ',');
                if (cc[2]) add_day(&b, cc[2]);
                tc_buf_addc(&b, ')');
            }
        }
        addline(&L, &b);
    }
    for (uint32_t i = 0; i < d->n[TC_DS_AGENT]; i += TC_AGENT_W) {
        const uint32_t *a = d->sec[TC_DS_AGENT] + i;
        tc_buf_adds(&b, "agent\t");
        add_seq(d, &b, a[0], a[1]);
        tc_buf_printf(&b, "\t%s", tc_dict_str(d, a[2]));
        addline(&L, &b);
    }
    for (uint32_t i = 0; i < d->n[TC_DS_VERB]; i += TC_VERB_W) {
        const uint32_t *v = d->sec[TC_DS_VERB] + i;
        const uint32_t *g = d->sec[TC_DS_GROUP] + v[3] * TC_GROUP_W;
        tc_buf_adds(&b, "verb\t");
        add_seq(d, &b, v[0], v[1]);
        tc_buf_printf(&b, "\t%s\t%s\thead=%u", tc_dict_str(d, g[0]), tc_dict_str(d, v[4] ? v[4] : g[1]), v[2] + 1);
        addline(&L, &b);
    }
    for (uint32_t gi = 0; gi < d->n[TC_DS_GROUP]; gi += TC_GROUP_W) {
        const uint32_t *g = d->sec[TC_DS_GROUP] + gi;
        for (uint32_t k = 0; k < g[3]; k++) {
            const uint32_t *p = d->sec[TC_DS_PAT] + (g[2] + k) * TC_PAT_W;
            tc_buf_printf(&b, "pattern\t%s\t", tc_dict_str(d, g[0]));
            add_seq(d, &b, p[0], p[1]);
            tc_buf_printf(&b, "\t%s", tc_dict_str(d, p[2]));
            addline(&L, &b);
        }
    }
    for (uint32_t i = 0; i < d->n[TC_DS_SYN]; i += TC_SYN_W) {
        const uint32_t *s = d->sec[TC_DS_SYN] + i;
        for (uint32_t k = 0; k < s[2]; k++) {
            const uint32_t *m = d->sec[TC_DS_SYNMEM] + (s[1] + k) * TC_SYNMEM_W;
            tc_buf_printf(&b, "synset\t%s\t", tc_dict_str(d, s[0]));
            add_seq(d, &b, m[0], m[1]);
            addline(&L, &b);
        }
    }
    for (uint32_t i = 0; i < d->n[TC_DS_DISC]; i += TC_DISC_W) {
        const uint32_t *s = d->sec[TC_DS_DISC] + i;
        tc_buf_adds(&b, s[2] ? "discard-story\t" : "discard\t");
        add_seq(d, &b, s[0], s[1]);
        addline(&L, &b);
    }
    for (uint32_t i = 0; i < d->n[TC_DS_PICO]; i += TC_PICO_W) {
        const uint32_t *s = d->sec[TC_DS_PICO] + i;
        int32_t v = (int32_t)(s[1] - TC_PICO_BIAS);
        tc_buf_printf(&b, "pico\t%s\t%s0x%X", tc_dict_str(d, s[0]), v < 0 ? "-" : "", (unsigned)(v < 0 ? -v : v));
        addline(&L, &b);
    }
    static const char xv[] = "_ab.";
    for (uint32_t i = 0; i < d->n[TC_DS_XFORM]; i += TC_XFORM_W) {
        const uint32_t *x = d->sec[TC_DS_XFORM] + i;
        tc_buf_printf(&b, "transform\ta (%c %c %s) %s = %c %c %s", xv[x[2]], xv[x[3]], x[1] ? tc_dict_str(d, x[1]) : "Q",
                      tc_dict_str(d, x[0]), xv[x[4]], xv[x[5]], x[6] ? tc_dict_str(d, x[6]) : "Q");
        addline(&L, &b);
    }
    int rc = TC_OK;
    if (L.oom || b.oom) rc = TC_NOMEM;
    else {
        qsort(L.v, L.n, sizeof *L.v, cmp_str);
        for (size_t i = 0; i < L.n; i++)
            if (fprintf(f, "%s\n", L.v[i]) < 0) { rc = TC_IO; break; }
    }
    for (size_t i = 0; i < L.n; i++) tc_mem_free(d->A, L.v[i]);
    tc_mem_free(d->A, L.v);
    tc_buf_free(&b);
    return rc;
}

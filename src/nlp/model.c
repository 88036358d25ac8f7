/*
 * model.c -- the parser model file: validation and binding of a
 * little-endian image loaded from (p, n), and lexicon lookups.
 *
 * The file is one block: a 256-byte header (magic, format version, byte-order
 * word, total size, CRC-32 of the body, section table), then sections for
 * strings, tags, labels, the word lexicon (open addressing), lemma suffix
 * rules, the open-class tag set, label candidates and three int16 weight
 * tables (tagger, transitions, labels).  Everything is checked -- sizes,
 * offsets, counts, string offsets -- before the model is used, so a
 * truncated or corrupted file is an error, never a crash.
 */
#include "nlp/nlp_int.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <zlib.h>
#if defined(__linux__)
#include <sys/mman.h>
#endif

static int fail_msg(char *err, size_t errlen, int rc, const char *msg) {
    if (err && errlen) snprintf(err, errlen, "%s", msg);
    return rc;
}

uint64_t nlp_str_hash(const char *s, size_t n) { return tc_hash64(s, n, NLP_STR_SEED); }

long nlp_lex_find(const tc_nlp_model *m, const char *s, size_t n) {
    if (!m->lex) return -1;
    uint64_t h = nlp_str_hash(s, n);
    uint32_t fp = (uint32_t)(h >> 32), i = (uint32_t)h & m->lex_mask;
    for (uint32_t probes = 0; probes <= m->lex_mask; probes++, i = (i + 1) & m->lex_mask) {
        const unsigned char *e = m->lex + (size_t)i * 16;
        uint32_t so = tc_get_u32(e + 4);
        if (!so) return -1;
        if (tc_get_u32(e) == fp) {
            const char *f = m->str + so - 1;
            if (!strncmp(f, s, n) && f[n] == 0) return (long)i;
        }
    }
    return -1;
}

bool tc_nlp_lex_has(const tc_nlp_model *m, const char *form, const char *xpos) {
    if (!m || !form || !xpos) return false;
    long sl = nlp_lex_find(m, form, strlen(form));
    if (sl < 0) return false;
    uint32_t len, cnt, st = nlp_lex_list(m, sl, &len, &cnt);
    for (uint32_t k = 0; k < len; k++) {
        int t = nlp_u16(m->lexl + 8 * (size_t)(st + k));
        if (t >= 0 && t <= m->ntags && m->tag_xpos[t] && !strcmp(m->tag_xpos[t], xpos)) return true;
    }
    return false;
}

/* A string offset is valid if it lies inside the string section; the section
   ends with a NUL (checked), so every such string is terminated. */
static bool str_ok(const tc_nlp_model *m, uint32_t off) { return off < m->nstr; }

int nlp_model_bind(tc_nlp_model *m, const void *pv, size_t n, char *err, size_t errlen) {
    const unsigned char *p = pv;
    char msg[160];
    if (!p || n < NLP_HDR_SIZE) return fail_msg(err, errlen, TC_FORMAT, "not a tacitus parser model (too short)");
    if (memcmp(p, NLP_MAGIC, 8)) return fail_msg(err, errlen, TC_FORMAT, "not a tacitus parser model (bad magic)");
    uint32_t ver = tc_get_u32(p + 8);
    if (ver != NLP_FORMAT_VERSION) {
        snprintf(msg, sizeof msg, "parser model format version %u, this program reads version %u", ver,
                 NLP_FORMAT_VERSION);
        return fail_msg(err, errlen, TC_VERSION, msg);
    }
    if (tc_get_u32(p + 12) != NLP_BOM) return fail_msg(err, errlen, TC_FORMAT, "parser model: bad byte-order word");
    uint64_t total = tc_get_u64(p + 16);
    if (total != n) {
        snprintf(msg, sizeof msg, "parser model: size %llu in header but %llu bytes given", (unsigned long long)total,
                 (unsigned long long)n);
        return fail_msg(err, errlen, TC_FORMAT, msg);
    }
    if (tc_get_u32(p + 28) != NLP_NSEC) return fail_msg(err, errlen, TC_FORMAT, "parser model: bad section count");
    /* The CRC covers the body only (format 3), so the header is checked by
       its layout instead: the trainer writes the sections in table order,
       each at the next 64-byte boundary after the one before, the file ends
       at the boundary after the last, and the bytes after the table are
       zero.  Every offset is thus fixed by the sizes before it, and every
       size is fixed exactly below (by the meta words, which the CRC covers,
       or by the section's own end markers), so any change to a header byte
       is refused rather than loaded. */
    for (size_t i = 32 + 16 * (size_t)NLP_NSEC; i < NLP_HDR_SIZE; i++)
        if (p[i]) return fail_msg(err, errlen, TC_FORMAT, "parser model: header padding is not zero");
    const unsigned char *sec[NLP_NSEC];
    uint64_t ssz[NLP_NSEC], expect = NLP_HDR_SIZE;
    for (int i = 0; i < NLP_NSEC; i++) {
        uint64_t off = tc_get_u64(p + 32 + 16 * i), sz = tc_get_u64(p + 40 + 16 * i);
        if (off != expect || off > n || sz > n - off) {
            snprintf(msg, sizeof msg, "parser model: section %d at offset %llu size %llu (expected offset %llu, file %llu bytes)",
                     i, (unsigned long long)off, (unsigned long long)sz, (unsigned long long)expect, (unsigned long long)n);
            return fail_msg(err, errlen, TC_FORMAT, msg);
        }
        sec[i] = p + off;
        ssz[i] = sz;
        expect = (off + sz + 63) & ~63ull;
    }
    if (expect != n) return fail_msg(err, errlen, TC_FORMAT, "parser model: the last section does not end the file");
    /* the layout above is checked first: it costs nothing, the CRC of 45 MB a few ms (tc_crc32) */
    uint32_t crc = tc_crc32(0, p + NLP_HDR_SIZE, n - NLP_HDR_SIZE);
    if (crc != tc_get_u32(p + 24)) return fail_msg(err, errlen, TC_FORMAT, "parser model: checksum mismatch");
    memset(m->meta, 0, sizeof m->meta);
    if (ssz[SEC_META] != 4 * MF_COUNT) return fail_msg(err, errlen, TC_FORMAT, "parser model: bad meta section size");
    for (int i = 0; i < MF_COUNT; i++) m->meta[i] = tc_get_u32(sec[SEC_META] + 4 * i);
    m->p = p;
    m->n = n;
    m->str = (const char *)sec[SEC_STR];
    m->nstr = (size_t)ssz[SEC_STR];
    /* the strings end with one NUL: a longer or shorter size shows */
    if (m->nstr < 2 || m->str[m->nstr - 1] != 0 || m->str[m->nstr - 2] == 0)
        return fail_msg(err, errlen, TC_FORMAT, "parser model: bad string section");
    const uint32_t *mt = m->meta;
    if (mt[MF_NTAGS] == 0 || mt[MF_NTAGS] > NLP_MAX_TAGS || mt[MF_NLABELS] == 0 || mt[MF_NLABELS] > NLP_MAX_LABELS ||
        mt[MF_NXPOS] == 0 || mt[MF_NXPOS] > 255 || mt[MF_ROOTLABEL] >= mt[MF_NLABELS])
        return fail_msg(err, errlen, TC_FORMAT, "parser model: bad tag or label counts");
    m->ntags = (int)mt[MF_NTAGS];
    m->nlabels = (int)mt[MF_NLABELS];
    m->nxpos = (int)mt[MF_NXPOS];
    m->root_label = (int)mt[MF_ROOTLABEL];
    m->tdmin = (int)mt[MF_TDMIN];
    if (ssz[SEC_TAGS] != 8ull * (uint64_t)m->ntags || ssz[SEC_LABELS] != 4ull * (uint64_t)m->nlabels)
        return fail_msg(err, errlen, TC_FORMAT, "parser model: bad tag or label section size");
    for (int t = 0; t < m->ntags; t++) {
        const unsigned char *e = sec[SEC_TAGS] + 8 * t;
        uint32_t so = tc_get_u32(e + 4);
        if (e[0] >= TC_UPOS_COUNT || e[1] >= m->nxpos || !str_ok(m, so))
            return fail_msg(err, errlen, TC_FORMAT, "parser model: bad tag entry");
        m->tag_upos[t] = e[0];
        m->tag_xid[t] = e[1];
        m->tag_xpos[t] = m->str + so;
    }
    for (int l = 0; l < m->nlabels; l++) {
        uint32_t so = tc_get_u32(sec[SEC_LABELS] + 4 * l);
        if (!str_ok(m, so)) return fail_msg(err, errlen, TC_FORMAT, "parser model: bad label entry");
        m->label[l] = m->str + so;
    }
    /* lexicon */
    uint32_t slots = mt[MF_LEXSLOTS];
    if (slots == 0 || (slots & (slots - 1)) || ssz[SEC_LEX] != 16ull * slots || ssz[SEC_LEXL] != 8ull * mt[MF_NLEXL])
        return fail_msg(err, errlen, TC_FORMAT, "parser model: bad lexicon size");
    m->lex = sec[SEC_LEX];
    m->lex_mask = slots - 1;
    m->lexl = sec[SEC_LEXL];
    m->nlexl = mt[MF_NLEXL];
    bool has_empty = false;
    for (uint32_t i = 0; i < slots; i++) {
        const unsigned char *e = m->lex + 16 * (size_t)i;
        uint32_t so = tc_get_u32(e + 4), st = tc_get_u32(e + 8), len = nlp_u16(e + 12);
        if (!so) { has_empty = true; continue; }
        if (!str_ok(m, so - 1) || st > m->nlexl || len > m->nlexl - st)
            return fail_msg(err, errlen, TC_FORMAT, "parser model: bad lexicon entry");
    }
    if (!has_empty) return fail_msg(err, errlen, TC_FORMAT, "parser model: full lexicon table");
    for (uint32_t i = 0; i < m->nlexl; i++) {
        const unsigned char *e = m->lexl + 8 * (size_t)i;
        if (nlp_u16(e) >= m->ntags || !str_ok(m, tc_get_u32(e + 4)))
            return fail_msg(err, errlen, TC_FORMAT, "parser model: bad lexicon list entry");
    }
    /* rules */
    slots = mt[MF_RULESLOTS];
    if (slots == 0 || (slots & (slots - 1)) || ssz[SEC_RULES] != 16ull * slots)
        return fail_msg(err, errlen, TC_FORMAT, "parser model: bad rule table size");
    m->rules = sec[SEC_RULES];
    m->rules_mask = slots - 1;
    has_empty = false;
    for (uint32_t i = 0; i < slots; i++) {
        const unsigned char *e = m->rules + 16 * (size_t)i;
        if (!tc_get_u64(e)) { has_empty = true; continue; }
        if (!str_ok(m, tc_get_u32(e + 8))) return fail_msg(err, errlen, TC_FORMAT, "parser model: bad rule entry");
    }
    if (!has_empty) return fail_msg(err, errlen, TC_FORMAT, "parser model: full rule table");
    /* open tags, label candidates */
    m->nopen = (int)mt[MF_NOPEN];
    if (m->nopen == 0 || m->nopen > m->ntags || ssz[SEC_OPEN] != 2ull * (uint64_t)m->nopen)
        return fail_msg(err, errlen, TC_FORMAT, "parser model: bad open-class tag set");
    m->open = sec[SEC_OPEN];
    for (int i = 0; i < m->nopen; i++)
        if (nlp_u16(m->open + 2 * i) >= m->ntags) return fail_msg(err, errlen, TC_FORMAT, "parser model: bad open tag");
    if (ssz[SEC_LCAND] < 4ull * NLP_LCAND_N) return fail_msg(err, errlen, TC_FORMAT, "parser model: bad label candidates");
    m->lcand = sec[SEC_LCAND];
    uint64_t nlist = ssz[SEC_LCAND] - 4ull * NLP_LCAND_N, used = 0;
    for (int i = 0; i < NLP_LCAND_N; i++) {
        uint32_t st = nlp_u16(m->lcand + 4 * i), len = nlp_u16(m->lcand + 4 * i + 2);
        if (st + len > nlist) return fail_msg(err, errlen, TC_FORMAT, "parser model: bad label candidate list");
        if (st + len > used) used = st + len;
        for (uint32_t k = 0; k < len; k++)
            if (m->lcand[4 * NLP_LCAND_N + st + k] >= m->nlabels)
                return fail_msg(err, errlen, TC_FORMAT, "parser model: bad label candidate");
    }
    if (used != nlist) return fail_msg(err, errlen, TC_FORMAT, "parser model: label candidate section size");
    /* weights */
    unsigned bt = mt[MF_BITS_TAG], btr = mt[MF_BITS_TRANS], bl = mt[MF_BITS_LAB], bt2 = mt[MF_BITS_TAG2];
    if (bt < 8 || bt > 28 || btr < 8 || btr > 28 || bl < 8 || bl > 28 || bt2 < 8 || bt2 > 28 ||
        ssz[SEC_WTAG] != 2ull << bt || ssz[SEC_WTAG2] != 2ull << bt2 ||
        ssz[SEC_WTRANS] != 2ull << btr || ssz[SEC_WLAB] != 2ull << bl)
        return fail_msg(err, errlen, TC_FORMAT, "parser model: bad weight table sizes");
    m->wt_tag = (nlp_wtab){sec[SEC_WTAG], NULL, bt};
    m->wt_trans = (nlp_wtab){sec[SEC_WTRANS], NULL, btr};
    m->wt_lab = (nlp_wtab){sec[SEC_WLAB], NULL, bl};
    m->wt_tag2 = (nlp_wtab){sec[SEC_WTAG2], NULL, bt2};
    float sc;
    uint32_t scb = mt[MF_TAG_SCALE];
    memcpy(&sc, &scb, sizeof sc);
    m->tag_scale = sc > 0 && sc < 1e30f ? sc : 1.0f;
    return TC_OK;
}

int tc_nlp_model_load(const void *p, size_t n, const tc_alloc *A, tc_nlp_model **out, char *err, size_t errlen) {
    if (!out) return TC_MISUSE;
    *out = NULL;
    tc_nlp_model *m = tc_mem_calloc(A, 1, sizeof *m);
    if (!m) return fail_msg(err, errlen, TC_NOMEM, "out of memory");
    m->A = A;
    int rc = nlp_model_bind(m, p, n, err, errlen);
    if (rc) goto fail;
    *out = m;
    return TC_OK;
fail:
    tc_mem_free(A, m);
    return rc;
}

/* The weights (~40 MB) are read at random, so on 4 KB pages nearly every
   lookup misses the TLB as well as the cache.  Where the system offers
   transparent huge pages, the file is copied into an anonymous 2 MB-aligned
   mapping advised MADV_HUGEPAGE (page walks become rare: tagging and parsing
   run ~20% faster); *base and *len receive the mapping, NULL when there is
   none (the file mapping is used then). */
static const unsigned char *huge_copy(const void *p, size_t n, void **base, size_t *len) {
    *base = NULL;
    *len = 0;
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    const size_t HP = (size_t)2 << 20;
    if (n > SIZE_MAX - 2 * HP) return NULL;
    size_t span = (n + HP - 1) / HP * HP, hn = span + HP;
    void *b = mmap(NULL, hn, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (b == MAP_FAILED) return NULL;
    unsigned char *al = (unsigned char *)(((uintptr_t)b + HP - 1) & ~(uintptr_t)(HP - 1));
    (void)madvise(al, span, MADV_HUGEPAGE); /* advice only: a refusal is harmless */
    memcpy(al, p, n);
    *base = b;
    *len = hn;
    return al;
#else
    (void)p;
    (void)n;
    return NULL;
#endif
}

static void huge_free(void *base, size_t len) {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    if (base) munmap(base, len);
#else
    (void)base;
    (void)len;
#endif
}

int tc_nlp_model_open(const char *path, const tc_alloc *A, tc_nlp_model **out, char *err, size_t errlen) {
    if (!out || !path) return TC_MISUSE;
    *out = NULL;
    tc_map map;
    errno = 0;
    int rc = tc_map_file(&map, path, A);
    if (rc) {
        if (err && errlen)
            snprintf(err, errlen, "%s: cannot read model file: %s", path, errno ? strerror(errno) : "not a regular file");
        return rc;
    }
    char e2[200] = "";
    void *huge;
    size_t huge_n;
    const unsigned char *copy = huge_copy(map.p, map.n, &huge, &huge_n);
    rc = tc_nlp_model_load(copy ? (const void *)copy : map.p, map.n, A, out, e2, sizeof e2);
    if (rc) {
        if (err && errlen) snprintf(err, errlen, "%s: %s", path, e2);
        huge_free(huge, huge_n);
        tc_unmap(&map);
        return rc;
    }
    if (copy) {
        tc_unmap(&map);
        (*out)->huge = huge;
        (*out)->huge_n = huge_n;
    } else {
        (*out)->map = map;
        (*out)->own_map = true;
    }
    return TC_OK;
}

void tc_nlp_model_free(tc_nlp_model *m) {
    if (!m) return;
    if (m->own_map) tc_unmap(&m->map);
    huge_free(m->huge, m->huge_n);
    tc_mem_free(m->A, m);
}

/* ---- text dump (`tacitus dump`) --------------------------------------- */

/* Lexicon slots sorted by form bytes, so the dump does not depend on the
   hash table's layout. */
typedef struct { const char *form; long slot; } lexref;
static int cmp_lexref(const void *a, const void *b) {
    return strcmp(((const lexref *)a)->form, ((const lexref *)b)->form);
}
static int cmp_u64(const void *a, const void *b) {
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

static void dump_weights(const char *name, const nlp_wtab *t, FILE *f) {
    size_t n = (size_t)1 << t->bits;
    for (size_t i = 0; i < n; i++) {
        float v = nlp_w(t, (uint32_t)i);
        if (v != 0) fprintf(f, "w\t%s\t%zu\t%g\n", name, i, (double)v);
    }
}

int tc_nlp_model_dump(const tc_nlp_model *m, FILE *f) {
    static const char *const meta_name[MF_COUNT] = {
        "ntags", "nlabels", "nxpos", "lex_slots", "lex_lists", "rule_slots", "nopen",
        "tagdict_min", "bits_tag", "bits_trans", "bits_label", "root_label", "bits_tag2", "tag_scale"};
    if (!m || !f) return TC_MISUSE;
    lexref *lx = NULL;
    uint64_t *rk = NULL;
    int rc = TC_NOMEM;
    fprintf(f, "model\ttacitus parser model\nformat_version\t%u\nsize\t%zu\ncrc32\t%08x\n", NLP_FORMAT_VERSION, m->n,
            (unsigned)tc_get_u32(m->p + 24));
    for (int i = 0; i < MF_COUNT; i++) {
        if (i == MF_TAG_SCALE) fprintf(f, "meta\t%s\t%g\n", meta_name[i], (double)m->tag_scale);
        else fprintf(f, "meta\t%s\t%u\n", meta_name[i], (unsigned)m->meta[i]);
    }
    for (int t = 0; t < m->ntags; t++)
        fprintf(f, "tag\t%d\t%s\t%s\n", t, tc_upos_name(m->tag_upos[t]), m->tag_xpos[t]);
    for (int l = 0; l < m->nlabels; l++) fprintf(f, "label\t%d\t%s\n", l, m->label[l]);
    for (int i = 0; i < m->nopen; i++) fprintf(f, "open\t%d\n", nlp_u16(m->open + 2 * i));
    for (int hu = 0; hu <= TC_UPOS_COUNT; hu++)
        for (int du = 0; du < TC_UPOS_COUNT; du++)
            for (int dir = 0; dir < 2; dir++) {
                int ci = (hu * TC_UPOS_COUNT + du) * 2 + dir;
                uint32_t st = nlp_u16(m->lcand + 4 * ci), len = nlp_u16(m->lcand + 4 * ci + 2);
                if (!len) continue;
                fprintf(f, "labels_for\t%s\t%s\t%s\t", hu == TC_UPOS_COUNT ? "ROOT" : tc_upos_name(hu),
                        tc_upos_name(du), dir ? "left" : "right");
                for (uint32_t k = 0; k < len; k++)
                    fprintf(f, "%s%s", k ? " " : "", m->label[m->lcand[4 * NLP_LCAND_N + st + k]]);
                fputc('\n', f);
            }
    /* lexicon: form, count, then tag:count:lemma for each tag seen */
    size_t nl = 0;
    for (uint32_t i = 0; i <= m->lex_mask; i++) nl += tc_get_u32(m->lex + 16 * (size_t)i + 4) != 0;
    lx = tc_mem_calloc(m->A, nl ? nl : 1, sizeof *lx);
    if (!lx) goto fail;
    nl = 0;
    for (uint32_t i = 0; i <= m->lex_mask; i++) {
        uint32_t so = tc_get_u32(m->lex + 16 * (size_t)i + 4);
        if (so) lx[nl++] = (lexref){m->str + so - 1, (long)i};
    }
    qsort(lx, nl, sizeof *lx, cmp_lexref);
    for (size_t i = 0; i < nl; i++) {
        uint32_t len, cnt, st = nlp_lex_list(m, lx[i].slot, &len, &cnt);
        fprintf(f, "lex\t%s\t%u", lx[i].form, (unsigned)cnt);
        for (uint32_t k = 0; k < len; k++) {
            const unsigned char *e = m->lexl + 8 * (size_t)(st + k);
            int t = nlp_u16(e);
            fprintf(f, "\t%s/%s:%u:%s", tc_upos_name(m->tag_upos[t]), m->tag_xpos[t], (unsigned)nlp_u16(e + 2),
                    m->str + tc_get_u32(e + 4));
        }
        fputc('\n', f);
    }
    /* lemma suffix rules by key (the key hashes XPOS and suffix) */
    size_t nr = 0;
    for (uint32_t i = 0; i <= m->rules_mask; i++) nr += tc_get_u64(m->rules + 16 * (size_t)i) != 0;
    rk = tc_mem_calloc(m->A, nr ? nr : 1, sizeof *rk);
    if (!rk) goto fail;
    nr = 0;
    for (uint32_t i = 0; i <= m->rules_mask; i++) {
        uint64_t k = tc_get_u64(m->rules + 16 * (size_t)i);
        if (k) rk[nr++] = k;
    }
    qsort(rk, nr, sizeof *rk, cmp_u64);
    for (size_t i = 0; i < nr; i++) {
        const unsigned char *e = NULL;
        for (uint32_t j = (uint32_t)(rk[i] >> 20) & m->rules_mask;; j = (j + 1) & m->rules_mask) {
            e = m->rules + 16 * (size_t)j;
            if (tc_get_u64(e) == rk[i]) break;
        }
        fprintf(f, "rule\t%016llx\tstrip %u\tappend '%s'\t%s\n", (unsigned long long)rk[i], (unsigned)e[12],
                m->str + tc_get_u32(e + 8), e[13] ? "lowercase" : "as-is");
    }
    dump_weights("tag", &m->wt_tag, f);
    dump_weights("tag2", &m->wt_tag2, f);
    dump_weights("trans", &m->wt_trans, f);
    dump_weights("label", &m->wt_lab, f);
    rc = ferror(f) ? TC_IO : TC_OK;
fail:
    tc_mem_free(m->A, lx);
    tc_mem_free(m->A, rk);
    return rc;
}

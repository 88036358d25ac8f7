/*
 * gazetteer.c -- reading the compiled gazetteer: header and section
 * validation, name lookup through an open-addressing hash table of
 * normalised keys, GeoNames-id lookup, and the sorted text dump.
 *
 * File layout (all little-endian, written byte by byte by
 * gazetteer_build.c):
 *   0  "TCGAZETR"          8 bytes magic
 *   8  u32 format version  TC_GAZETTEER_FORMAT
 *  12  u32 byte-order word 0x01020304 (reads back as such only when LE)
 *  16  u64 total size
 *  24  u32 CRC-32 (IEEE) of bytes [0, total), these four read as zero
 *  28  u32 number of sections (GZ_NSECT)
 *  32  GZ_NSECT x (u32 offset, u32 size)
 * Sections: STR (NUL-terminated strings, offset 0 is ""), PLACE (48-byte
 * records, GZ_PLACE_SIZE in gaz_format.h), HASH (16-byte slots: key string, first posting, count, high
 * hash bits; count 0 = empty; slot = hash % count of slots, linear
 * probing), POST (u32 place index | flags, best prior
 * first within a key), GID (sorted (geonameid, place) pairs), META (text).
 * Every offset is checked against its section before the file is used, so
 * lookups need no further bounds checks.  The checksum covers the header
 * too (format 4; format 3 and before left the section table out, and three
 * header bytes could be changed with every place lost), and the section table must
 * be the writer's layout: each section starts where the one before ends,
 * rounded up to 4 bytes, and the last ends the file.
 */
#include "geo/geo.h"
#include "geo/gaz_format.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include <zlib.h>

struct tc_gazetteer {
    const tc_alloc *A;
    tc_alloc Acopy;
    tc_map map;       /* when opened from a file */
    const unsigned char *p;
    size_t n;
    const unsigned char *sec[GZ_NSECT];
    uint32_t secn[GZ_NSECT];
    uint32_t nplace, nslot, npost, ngid;
};

const char *tc_precision_name(int p) {
    switch (p) {
    case TC_PREC_POINT: return "point";
    case TC_PREC_CITY: return "city";
    case TC_PREC_ADMIN1: return "admin1";
    case TC_PREC_COUNTRY: return "country";
    default: return "";
    }
}

/* ---- keys ------------------------------------------------------------ */

/* The key of an ASCII name without utf8proc (NFKC, case folding, lumping
   and mark stripping leave ASCII as is, except for case): the same bytes as
   geo_key.  Returns the length, or -1 when s is not ASCII or dst is small. */
static long key_ascii(char *dst, size_t cap, const char *s, size_t n) {
    size_t k = 0;
    bool space = true;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        /* letters and digits first: most bytes of a name */
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) {
            if (k >= cap) return -1;
            dst[k++] = (char)(c <= 'Z' && c >= 'A' ? c + 32 : c);
            space = false;
            continue;
        }
        if (c >= 0x80 || c == 0) return -1;
        if (c == '-' || c == '/' || c == '_' || c == ' ' || c == '\t' || c == '\n' || c == ',') {
            if (!space) { if (k >= cap) return -1; dst[k++] = ' '; space = true; }
            continue;
        }
        if (c == '.' || c == '\'' || c == '"' || c == '`') continue;
        if (c < 0x20 || c == 0x7f) return -1; /* other control characters: leave them to utf8proc */
        if (k >= cap) return -1;
        dst[k++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
        space = false;
    }
    if (k && dst[k - 1] == ' ') k--;
    return (long)k;
}

bool geo_key(tc_buf *out, const char *s, size_t n) {
    char small[256];
    long k0 = key_ascii(small, sizeof small, s, n);
    if (k0 >= 0) return tc_buf_add(out, small, (size_t)k0) && !out->oom;
    utf8proc_uint8_t *r = NULL;
    int opt = UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_LUMP |
              UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK;
    utf8proc_ssize_t k = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &r,
                                      (utf8proc_option_t)opt);
    if (k < 0) return false;
    size_t start = out->n;
    bool space = true; /* drop leading spaces */
    for (utf8proc_ssize_t i = 0; i < k; i++) {
        unsigned char c = r[i];
        if (c == '-' || c == '/' || c == '_' || c == ' ' || c == '\t' || c == '\n' || c == ',') {
            if (!space) { tc_buf_addc(out, ' '); space = true; }
            continue;
        }
        if (c == '.' || c == '\'' || c == '"' || c == '`') continue;
        tc_buf_addc(out, (char)c);
        space = false;
    }
    free(r);
    if (out->n > start && out->p[out->n - 1] == ' ') out->p[--out->n] = 0;
    return !out->oom;
}

#define GEO_D2R (3.14159265358979323846 / 180.0)

double geo_cos_lat(double lat) {
    return cos(lat * GEO_D2R);
}

double geo_km_cos(double lat1, double lon1, double cos1, double lat2, double lon2, double cos2) {
    const double R = 6371.0088;
    double dlat = (lat2 - lat1) * GEO_D2R, dlon = (lon2 - lon1) * GEO_D2R;
    double a = sin(dlat / 2) * sin(dlat / 2) + cos1 * cos2 * sin(dlon / 2) * sin(dlon / 2);
    if (a > 1) a = 1;
    return 2 * R * asin(sqrt(a));
}

double geo_km(double lat1, double lon1, double lat2, double lon2) {
    return geo_km_cos(lat1, lon1, geo_cos_lat(lat1), lat2, lon2, geo_cos_lat(lat2));
}

/* ---- open / validate ------------------------------------------------- */

static const char *str_at(const tc_gazetteer *g, uint32_t off) {
    return (const char *)g->sec[GZ_STR] + off;
}

uint32_t gz_crc(const unsigned char *p, size_t n) {
    static const unsigned char zero[4] = {0};
    uint32_t c = tc_crc32(0, p, 24);
    c = tc_crc32(c, zero, 4);
    return tc_crc32(c, p + 28, n - 28);
}

int tc_gazetteer_open(tc_gazetteer **out, const void *pv, size_t n, const tc_alloc *A) {
    const unsigned char *p = pv;
    tc_gazetteer *g = NULL;
    int rc = TC_FORMAT;
    if (!out) return TC_MISUSE;
    *out = NULL;
    if (!p || n < GZ_HEADER || memcmp(p, GZ_MAGIC, 8) != 0) goto fail;
    if (tc_get_u32(p + 12) != 0x01020304u) goto fail;
    if (tc_get_u32(p + 8) != TC_GAZETTEER_FORMAT) { rc = TC_VERSION; goto fail; }
    if (tc_get_u64(p + 16) != (uint64_t)n || tc_get_u32(p + 28) != GZ_NSECT) goto fail;
    uint64_t expect = GZ_HEADER;
    for (int i = 0; i < GZ_NSECT; i++) {
        uint32_t off = tc_get_u32(p + 32 + 8 * i), sz = tc_get_u32(p + 36 + 8 * i);
        if (off != expect || off > n || sz > n - off) goto fail;
        expect = ((uint64_t)off + sz + 3) & ~(uint64_t)3;
    }
    if (expect != n || gz_crc(p, n) != tc_get_u32(p + 24)) goto fail;
    g = tc_mem_calloc(A, 1, sizeof *g);
    if (!g) { rc = TC_NOMEM; goto fail; }
    if (A) { g->Acopy = *A; g->A = &g->Acopy; }
    g->p = p; g->n = n;
    for (int i = 0; i < GZ_NSECT; i++) {
        g->sec[i] = p + tc_get_u32(p + 32 + 8 * i);
        g->secn[i] = tc_get_u32(p + 36 + 8 * i);
    }
    if (g->secn[GZ_STR] == 0 || g->sec[GZ_STR][g->secn[GZ_STR] - 1] != 0 || g->sec[GZ_STR][0] != 0)
        goto fail;
    /* the sources line is printed as a string (found by fuzzing: it was not
       checked to end inside its section) */
    if (g->secn[GZ_META] == 0 || g->sec[GZ_META][g->secn[GZ_META] - 1] != 0) goto fail;
    if (g->secn[GZ_PLACE] % GZ_PLACE_SIZE || g->secn[GZ_HASH] % 16 || g->secn[GZ_POST] % 4 ||
        g->secn[GZ_GID] % 8)
        goto fail;
    g->nplace = g->secn[GZ_PLACE] / GZ_PLACE_SIZE;
    g->nslot = g->secn[GZ_HASH] / 16;
    g->npost = g->secn[GZ_POST] / 4;
    g->ngid = g->secn[GZ_GID] / 8;
    if (g->nslot == 0) goto fail;
    uint32_t ns = g->secn[GZ_STR];
    for (uint32_t i = 0; i < g->nplace; i++) {
        const unsigned char *r = g->sec[GZ_PLACE] + (size_t)i * GZ_PLACE_SIZE;
        if (tc_get_u32(r + 4) >= ns || tc_get_u32(r + 20) >= ns || tc_get_u32(r + 24) >= ns ||
            tc_get_u32(r + 28) >= ns || tc_get_u32(r + 32) >= ns || r[36] > GEO_CONTINENT ||
            tc_get_u32(r + 40) >= ns || tc_get_u32(r + 44) >= ns)
            goto fail;
        int32_t lat = (int32_t)tc_get_u32(r + 8), lon = (int32_t)tc_get_u32(r + 12);
        if (lat < -9000000 || lat > 9000000 || lon < -18000000 || lon > 18000000) goto fail;
    }
    for (uint32_t i = 0; i < g->nslot; i++) {
        const unsigned char *r = g->sec[GZ_HASH] + (size_t)i * 16;
        uint32_t cnt = tc_get_u32(r + 8), first = tc_get_u32(r + 4);
        /* (one branch per slot, not one on whether it is empty: the empty
           slots fall at random, and this loop runs at every open) */
        if ((cnt != 0) & ((tc_get_u32(r) >= ns) | (first > g->npost) | (cnt > g->npost - first))) goto fail;
    }
    for (uint32_t i = 0; i < g->npost; i++)
        if ((tc_get_u32(g->sec[GZ_POST] + 4 * (size_t)i) & GEO_POST_INDEX) >= g->nplace) goto fail;
    for (uint32_t i = 0; i < g->ngid; i++) {
        const unsigned char *r = g->sec[GZ_GID] + 8 * (size_t)i;
        if (tc_get_u32(r + 4) >= g->nplace) goto fail;
        if (i && tc_get_u32(r) < tc_get_u32(r - 8)) goto fail;
    }
    *out = g;
    return TC_OK;
fail:
    tc_mem_free(A, g);
    return rc;
}

int tc_gazetteer_open_file(tc_gazetteer **out, const char *path, const tc_alloc *A) {
    tc_map m;
    if (!out || !path) return TC_MISUSE;
    *out = NULL;
    int rc = tc_map_file(&m, path, A);
    if (rc != TC_OK) return rc;
    rc = tc_gazetteer_open(out, m.p, m.n, A);
    if (rc != TC_OK) { tc_unmap(&m); return rc; }
    (*out)->map = m;
    return TC_OK;
}

int tc_gazetteer_open_config(tc_gazetteer **out, const tc_config *cfg) {
    char def[4096];
    const char *dir = cfg && cfg->model_dir && *cfg->model_dir ? cfg->model_dir : NULL;
    if (!dir) {
        if (tc_default_dir(TC_DIR_MODELS, def, sizeof def) >= sizeof def) return TC_NOMEM;
        dir = def;
    }
    tc_buf b;
    tc_buf_init(&b, cfg ? cfg->alloc : NULL);
    if (!tc_buf_printf(&b, "%s/gazetteer.tcg", dir)) { tc_buf_free(&b); return TC_NOMEM; }
    int rc = tc_gazetteer_open_file(out, b.p, cfg ? cfg->alloc : NULL);
    tc_buf_free(&b);
    return rc;
}

void tc_gazetteer_close(tc_gazetteer *g) {
    if (!g) return;
    const tc_alloc *A = g->A;
    if (g->map.p) tc_unmap(&g->map);
    tc_mem_free(A, g);
}

/* ---- access ---------------------------------------------------------- */

uint32_t geo_gaz_count(const geo_gaz *g) { return g->nplace; }

int geo_gaz_kind(const geo_gaz *g, uint32_t i) {
    return g->sec[GZ_PLACE][(size_t)i * GZ_PLACE_SIZE + 36];
}

int geo_precision(const geo_gaz *g, uint32_t i) {
    const unsigned char *r = g->sec[GZ_PLACE] + (size_t)i * GZ_PLACE_SIZE;
    switch (r[36]) {
    case GEO_CITY: {
        const char *fc = str_at(g, tc_get_u32(r + 28));
        return fc[0] == 'P' && fc[1] == 'P' && fc[2] == 'L' && fc[3] == 'X' && !fc[4] ? TC_PREC_POINT : TC_PREC_CITY;
    }
    case GEO_DISTRICT: return TC_PREC_POINT;
    case GEO_ADMIN1: case GEO_ADMIN2: case GEO_REGION: return TC_PREC_ADMIN1;
    default: return TC_PREC_COUNTRY;
    }
}

void geo_gaz_where(const geo_gaz *g, uint32_t i, const char **country, const char **admin1_code, double *lat, double *lon) {
    const unsigned char *r = g->sec[GZ_PLACE] + (size_t)i * GZ_PLACE_SIZE;
    if (country) *country = str_at(g, tc_get_u32(r + 32));
    if (admin1_code) *admin1_code = str_at(g, tc_get_u32(r + 24));
    if (lat) *lat = (int32_t)tc_get_u32(r + 8) / 1e5;
    if (lon) *lon = (int32_t)tc_get_u32(r + 12) / 1e5;
}

void geo_gaz_place(const geo_gaz *g, uint32_t i, tc_place *o) {
    const unsigned char *r = g->sec[GZ_PLACE] + (size_t)i * GZ_PLACE_SIZE;
    o->geonameid = tc_get_u32(r);
    o->name = str_at(g, tc_get_u32(r + 4));
    o->lat = (int32_t)tc_get_u32(r + 8) / 1e5;
    o->lon = (int32_t)tc_get_u32(r + 12) / 1e5;
    o->population = tc_get_u32(r + 16);
    o->admin1 = str_at(g, tc_get_u32(r + 20));
    o->admin1_code = str_at(g, tc_get_u32(r + 24));
    o->feature = str_at(g, tc_get_u32(r + 28));
    o->country = str_at(g, tc_get_u32(r + 32));
    o->precision = geo_precision(g, i);
    o->admin2 = str_at(g, tc_get_u32(r + 40));
    o->country3 = str_at(g, tc_get_u32(r + 44));
}

const unsigned char *geo_gaz_find(const geo_gaz *g, const char *key, size_t n, uint32_t *count) {
    *count = 0;
    uint64_t h = tc_hash64(key, n, 0);
    uint32_t hi = (uint32_t)(h >> 32);
    for (uint32_t s = (uint32_t)(h % g->nslot), probes = 0; probes < g->nslot; s = s + 1 == g->nslot ? 0 : s + 1, probes++) {
        const unsigned char *r = g->sec[GZ_HASH] + (size_t)s * 16;
        uint32_t cnt = tc_get_u32(r + 8);
        if (!cnt) return NULL;
        if (tc_get_u32(r + 12) != hi) continue;
        const char *k = str_at(g, tc_get_u32(r));
        if (strncmp(k, key, n) == 0 && k[n] == 0) {
            *count = cnt;
            return g->sec[GZ_POST] + 4 * (size_t)tc_get_u32(r + 4);
        }
    }
    return NULL;
}

uint32_t geo_gaz_by_gid(const geo_gaz *g, uint32_t gid) {
    uint32_t lo = 0, hi = g->ngid;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        uint32_t v = tc_get_u32(g->sec[GZ_GID] + 8 * (size_t)mid);
        if (v < gid) lo = mid + 1; else hi = mid;
    }
    if (lo < g->ngid && tc_get_u32(g->sec[GZ_GID] + 8 * (size_t)lo) == gid)
        return tc_get_u32(g->sec[GZ_GID] + 8 * (size_t)lo + 4);
    return UINT32_MAX;
}

int tc_gazetteer_lookup(const tc_gazetteer *g, const char *name, size_t n, tc_place *out, int max) {
    if (!g || !name) return -TC_MISUSE;
    char small[256];
    long k = key_ascii(small, sizeof small, name, n);
    uint32_t cnt = 0;
    const unsigned char *post = NULL;
    tc_buf b;
    tc_buf_init(&b, g->A);
    if (k >= 0) {
        post = k ? geo_gaz_find(g, small, (size_t)k, &cnt) : NULL;   /* ASCII: no allocation */
    } else {
        if (!geo_key(&b, name, n)) { tc_buf_free(&b); return b.oom ? -TC_NOMEM : 0; }
        post = b.p ? geo_gaz_find(g, b.p, b.n, &cnt) : NULL;
    }
    for (uint32_t i = 0; post && i < cnt && (int)i < max; i++)
        geo_gaz_place(g, tc_get_u32(post + 4 * i) & GEO_POST_INDEX, &out[i]);
    tc_buf_free(&b);
    return (int)cnt;
}

/* ---- dump ------------------------------------------------------------ */

static int cmp_place_idx(const void *a, const void *b, void *ctx);

typedef struct { const tc_gazetteer *g; uint32_t i; } sort_item;

static int cmp_items(const void *a, const void *b) {
    const sort_item *x = a, *y = b;
    return cmp_place_idx(&x->i, &y->i, (void *)x->g);
}

static int cmp_place_idx(const void *a, const void *b, void *ctx) {
    const tc_gazetteer *g = ctx;
    uint32_t i = *(const uint32_t *)a, j = *(const uint32_t *)b;
    int ki = geo_gaz_kind(g, i), kj = geo_gaz_kind(g, j);
    if (ki != kj) return ki - kj;
    tc_place p, q;
    geo_gaz_place(g, i, &p); geo_gaz_place(g, j, &q);
    int c = strcmp(p.country, q.country);
    if (!c) c = strcmp(p.name, q.name);
    if (!c) c = p.geonameid < q.geonameid ? -1 : p.geonameid > q.geonameid;
    if (!c) c = i < j ? -1 : i > j;
    return c;
}

static int cmp_slots(const void *a, const void *b) {
    const sort_item *x = a, *y = b;
    const char *k1 = str_at(x->g, tc_get_u32(x->g->sec[GZ_HASH] + (size_t)x->i * 16));
    const char *k2 = str_at(y->g, tc_get_u32(y->g->sec[GZ_HASH] + (size_t)y->i * 16));
    return strcmp(k1, k2);
}

static const char *kind_name(int k) {
    static const char *const names[] = {"city", "admin1", "admin2", "country", "district", "region", "continent"};
    return k >= 0 && k <= GEO_CONTINENT ? names[k] : "?";
}

static uint32_t count_names(const tc_gazetteer *g) {
    uint32_t m = 0;
    for (uint32_t i = 0; i < g->nslot; i++) m += tc_get_u32(g->sec[GZ_HASH] + (size_t)i * 16 + 8) != 0;
    return m;
}

int tc_gazetteer_dump(const tc_gazetteer *g, FILE *f) {
    if (!g || !f) return TC_MISUSE;
    sort_item *it = tc_mem_calloc(g->A, g->nplace > g->nslot ? g->nplace : g->nslot, sizeof *it);
    if (!it) return TC_NOMEM;
    fprintf(f, "# gazetteer format %u, %u places, %u names, %u postings; %s\n", (unsigned)TC_GAZETTEER_FORMAT,
            (unsigned)g->nplace, (unsigned)count_names(g), (unsigned)g->npost, (const char *)g->sec[GZ_META]);
    fprintf(f, "# place\tkind\tcountry\tadmin1_code\tadmin1\tname\tfeature\tlat\tlon\tpopulation\tgeonameid\tadmin2\tcountry3\n");
    for (uint32_t i = 0; i < g->nplace; i++) { it[i].g = g; it[i].i = i; }
    qsort(it, g->nplace, sizeof *it, cmp_items);
    for (uint32_t k = 0; k < g->nplace; k++) {
        tc_place p;
        geo_gaz_place(g, it[k].i, &p);
        fprintf(f, "place\t%s\t%s\t%s\t%s\t%s\t%s\t%.5f\t%.5f\t%u\t%u\t%s\t%s\n", kind_name(geo_gaz_kind(g, it[k].i)),
                p.country, p.admin1_code, p.admin1, p.name, p.feature, p.lat, p.lon, (unsigned)p.population,
                (unsigned)p.geonameid, p.admin2, p.country3);
    }
    uint32_t m = 0;
    for (uint32_t i = 0; i < g->nslot; i++)
        if (tc_get_u32(g->sec[GZ_HASH] + (size_t)i * 16 + 8)) { it[m].g = g; it[m].i = i; m++; }
    qsort(it, m, sizeof *it, cmp_slots);
    for (uint32_t k = 0; k < m; k++) {
        const unsigned char *r = g->sec[GZ_HASH] + (size_t)it[k].i * 16;
        fprintf(f, "name\t%s\t", str_at(g, tc_get_u32(r)));
        uint32_t first = tc_get_u32(r + 4), cnt = tc_get_u32(r + 8);
        for (uint32_t j = 0; j < cnt; j++) {
            uint32_t v = tc_get_u32(g->sec[GZ_POST] + 4 * (size_t)(first + j));
            tc_place p;
            geo_gaz_place(g, v & GEO_POST_INDEX, &p);
            fprintf(f, "%s%s%s/%s/%s", j ? " " : "", v & GEO_POST_DEMONYM ? "~" : v & GEO_POST_ALT ? "+" : "",
                    p.name, p.country, p.feature);
        }
        fputc('\n', f);
    }
    tc_mem_free(g->A, it);
    return ferror(f) ? TC_IO : TC_OK;
}

/*
 * gazetteer_build.c -- `tacitus compile-gazetteer`: GeoNames cities500,
 * admin1/admin2 code tables, countryInfo, world-countries (names, aliases,
 * demonyms, points) and the project's data/places.tsv -> one binary file
 * (layout in gazetteer.c).
 *
 * Every name and alternate name goes through geo_key so lookups compare
 * normalised bytes.  Alternate names are kept only when they are in Latin
 * script (the news we read is English) and belong to places big enough to
 * have English exonyms (population >= 5000 or an administrative seat);
 * smaller places' foreign spellings mostly add homonyms of person names.
 * Arabic-speaking countries' names are also indexed without their article
 * ("al-Mansour" -> "mansour"), as news drops it.  Admin1 and admin2 regions
 * get the mean point of their cities (the sources have no coordinates for
 * them); countries take the project's representative point where
 * data/places.tsv gives one, else world-countries' rounded latlng.
 * Postings of each key are sorted by the prior (geo_prior) so that a lookup
 * without context returns the most likely place first.
 */
#include "geo/geo.h"
#include "geo/gaz_format.h"

#include <jansson.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

/* ---- interned strings ------------------------------------------------ */

typedef struct strtab {
    tc_buf blob;
    uint32_t *slot; /* offset+1, 0 empty */
    uint32_t nslot, count;
    const tc_alloc *A;
} strtab;

static bool st_init(strtab *t, const tc_alloc *A) {
    memset(t, 0, sizeof *t);
    t->A = A;
    tc_buf_init(&t->blob, A);
    t->nslot = 1u << 20;
    t->slot = tc_mem_calloc(A, t->nslot, sizeof *t->slot);
    return t->slot && tc_buf_addc(&t->blob, 0);
}

static void st_free(strtab *t) {
    tc_buf_free(&t->blob);
    tc_mem_free(t->A, t->slot);
}

static bool st_grow(strtab *t) {
    uint32_t n = t->nslot * 2;
    uint32_t *s = tc_mem_calloc(t->A, n, sizeof *s);
    if (!s) return false;
    for (uint32_t i = 0; i < t->nslot; i++) {
        if (!t->slot[i]) continue;
        const char *k = t->blob.p + t->slot[i] - 1;
        uint32_t h = (uint32_t)tc_hash64(k, strlen(k), 1) & (n - 1);
        while (s[h]) h = (h + 1) & (n - 1);
        s[h] = t->slot[i];
    }
    tc_mem_free(t->A, t->slot);
    t->slot = s; t->nslot = n;
    return true;
}

/* Offset of s[0..n) in the blob, added if new; UINT32_MAX on OOM. */
static uint32_t st_add(strtab *t, const char *s, size_t n) {
    if (n == 0) return 0;
    if (t->count * 2 >= t->nslot && !st_grow(t)) return UINT32_MAX;
    uint32_t h = (uint32_t)tc_hash64(s, n, 1) & (t->nslot - 1);
    while (t->slot[h]) {
        const char *k = t->blob.p + t->slot[h] - 1;
        if (strncmp(k, s, n) == 0 && k[n] == 0) return t->slot[h] - 1;
        h = (h + 1) & (t->nslot - 1);
    }
    uint32_t off = (uint32_t)t->blob.n;
    if (!tc_buf_add(&t->blob, s, n) || !tc_buf_addc(&t->blob, 0)) return UINT32_MAX;
    t->slot[h] = off + 1;
    t->count++;
    return off;
}

/* ---- build state ----------------------------------------------------- */

typedef struct bplace {
    uint32_t gid, name, a1name, a1code, fcode, cc, a2name, cc3;
    int32_t lat, lon;
    uint32_t pop;
    uint8_t kind;
} bplace;

typedef struct bname {
    uint32_t key;    /* offset of the key string */
    uint32_t post;   /* place index | flags */
    float prior;
} bname;

typedef struct region {   /* admin1 or admin2 from the code tables */
    char code[32];        /* "IQ.07" or "IQ.07.9166545" */
    uint32_t name, ascii, gid;
    double slat, slon;
    double minlat, maxlat, minlon, maxlon;
    uint64_t pop;
    uint32_t ncity;
} region;

typedef struct builder {
    const tc_alloc *A;
    strtab st;
    tc_buf key;       /* scratch */
    bplace *pl; uint32_t npl, cappl;
    bname *nm; size_t nnm, capnm;
    region *a1; uint32_t na1;
    region *a2; uint32_t na2;
    char *err; size_t errlen;
    bool oom;
} builder;

static int fail_at(builder *b, int rc, const char *fmt, ...) TC_PRINTF(3, 4);
static int fail_at(builder *b, int rc, const char *fmt, ...) {
    if (b->err && b->errlen) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(b->err, b->errlen, fmt, ap);
        va_end(ap);
    }
    return rc;
}

double geo_prior_raw(int kind, const char *fcode, uint32_t pop, uint32_t flags) {
    double s = log10((double)pop + 100.0);
    switch (kind) {
    case GEO_CITY:
        /* PPLC +1.5, PPLA +1, PPLA2 +0.4, PPLX -0.7, PPLH, PPLQ and PPLW -3
           (letters, not strcmp: the resolver asks for every reading) */
        if (fcode[0] == 'P' && fcode[1] == 'P' && fcode[2] == 'L' && fcode[3]) {
            const char *t = fcode + 3;
            if (t[1] == 0) {
                switch (t[0]) {
                case 'C': s += 1.5; break;
                case 'A': s += 1.0; break;
                case 'X': s -= 0.7; break;
                case 'H': case 'Q': case 'W': s -= 3; break;
                default: break;
                }
            } else if (t[0] == 'A' && t[1] == '2' && t[2] == 0) {
                s += 0.4;
            }
        }
        break;
    case GEO_ADMIN1: s -= 0.6; break;
    case GEO_ADMIN2: s -= 1.0; break;
    case GEO_COUNTRY: s += 1.0; break;
    case GEO_DISTRICT: if (!pop) s = 6.5; break;   /* curated: above other places' alternate names */
    case GEO_REGION: if (!pop) s = 7.0; break;
    case GEO_CONTINENT: s = 9.5; break;
    }
    if (flags & GEO_POST_ALT) s -= 1.5;
    return s;
}

static uint32_t add_str(builder *b, const char *s, size_t n) {
    uint32_t o = st_add(&b->st, s, n);
    if (o == UINT32_MAX) { b->oom = true; return 0; }
    return o;
}
static uint32_t add_cstr(builder *b, const char *s) { return add_str(b, s, strlen(s)); }

static uint32_t add_place(builder *b, const bplace *p) {
    if (b->npl == b->cappl) {
        uint32_t c = b->cappl ? b->cappl * 2 : 65536;
        bplace *q = tc_mem_realloc(b->A, b->pl, (size_t)c * sizeof *q);
        if (!q) { b->oom = true; return UINT32_MAX; }
        b->pl = q; b->cappl = c;
    }
    b->pl[b->npl] = *p;
    return b->npl++;
}

/* Indexes a spelling of place i (normalised here). */
static void add_name(builder *b, uint32_t place, const char *s, size_t n, uint32_t flags) {
    if (place == UINT32_MAX || n == 0) return;
    tc_buf_clear(&b->key);
    if (!geo_key(&b->key, s, n)) { if (b->key.oom) b->oom = true; return; }
    if (b->key.n == 0 || b->key.n > 80) return;
    if (b->nnm == b->capnm) {
        size_t c = b->capnm ? b->capnm * 2 : 1u << 20;
        bname *q = tc_mem_realloc(b->A, b->nm, c * sizeof *q);
        if (!q) { b->oom = true; return; }
        b->nm = q; b->capnm = c;
    }
    uint32_t k = add_str(b, b->key.p, b->key.n);
    const bplace *p = &b->pl[place];
    b->nm[b->nnm].key = k;
    b->nm[b->nnm].post = place | flags;
    b->nm[b->nnm].prior = (float)geo_prior_raw(p->kind, b->st.blob.p + p->fcode, p->pop, flags);
    b->nnm++;
}

/* An abbreviation written with its period ("Ind.", "Calif."): besides its
   key ("ind") the key with a literal '.' appended ("ind.") is indexed, so
   that recognition can tell the period belongs to the name (keys never
   contain '.' otherwise, see geo_key). */
static void add_abbrev_marker(builder *b, uint32_t place, const char *s, size_t n, uint32_t flags) {
    if (place == UINT32_MAX || n < 2 || s[n - 1] != '.' || memchr(s, '.', n - 1)) return;
    bool lower = false; /* "Ind.", not "US." written for "U.S." */
    for (size_t i = 0; i < n; i++) lower = lower || (s[i] >= 'a' && s[i] <= 'z');
    if (!lower) return;
    tc_buf_clear(&b->key);
    if (!geo_key(&b->key, s, n)) { if (b->key.oom) b->oom = true; return; }
    if (b->key.n == 0 || b->key.n > 16 || !tc_buf_addc(&b->key, '.')) return;
    if (b->nnm == b->capnm) {
        size_t c = b->capnm ? b->capnm * 2 : 1u << 20;
        bname *q = tc_mem_realloc(b->A, b->nm, c * sizeof *q);
        if (!q) { b->oom = true; return; }
        b->nm = q; b->capnm = c;
    }
    const bplace *p = &b->pl[place];
    b->nm[b->nnm].key = add_str(b, b->key.p, b->key.n);
    b->nm[b->nnm].post = place | flags;
    b->nm[b->nnm].prior = (float)geo_prior_raw(p->kind, b->st.blob.p + p->fcode, p->pop, flags);
    b->nnm++;
}

/* Arabic article variants: "al-X", "Al X", "ad-X", "el X" are also X. */
static bool arabic_cc(const char *cc) {
    static const char *const arab[] = {"IQ", "SY", "LB", "JO", "PS", "SA", "YE", "EG", "LY", "TN", "DZ", "MA",
                                       "SD", "KW", "QA", "BH", "AE", "OM", "MR"};
    for (size_t i = 0; i < TC_COUNTOF(arab); i++)
        if (strcmp(cc, arab[i]) == 0) return true;
    return false;
}

static void add_name_variants(builder *b, uint32_t place, const char *s, size_t n, uint32_t flags, const char *cc) {
    add_name(b, place, s, n, flags);
    if (!arabic_cc(cc)) return;
    static const char *const art[] = {"al-", "al ", "el-", "el ", "ad-", "as-", "ash-", "ar-", "an-", "at-", "az-",
                                      "Al-", "Al ", "El-", "El ", "Ad-", "As-", "Ash-", "Ar-", "An-", "At-", "Az-"};
    for (size_t i = 0; i < TC_COUNTOF(art); i++) {
        size_t k = strlen(art[i]);
        if (n > k + 2 && memcmp(s, art[i], k) == 0) {
            add_name(b, place, s + k, n - k, flags | GEO_POST_ALT);
            break;
        }
    }
}

/* True if the (normalised) string is Latin script or ASCII only. */
static bool latin_only(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) { if (c >= '0' && c <= '9') return false; continue; }
        if (c >= 0xca) return false; /* lead byte of U+0280 and above */
    }
    return true;
}

/* ---- file reading ---------------------------------------------------- */

static int slurp(builder *b, const char *path, tc_buf *out) {
    gzFile f = gzopen(path, "rb");
    if (!f) return fail_at(b, TC_IO, "%s: cannot open", path);
    char chunk[1 << 16];
    int k;
    while ((k = gzread(f, chunk, sizeof chunk)) > 0)
        if (!tc_buf_add(out, chunk, (size_t)k)) { gzclose(f); return TC_NOMEM; }
    int bad = k < 0;
    gzclose(f);
    if (bad) return fail_at(b, TC_IO, "%s: read error", path);
    return TC_OK;
}


static int cmp_region(const void *a, const void *b) {
    return strcmp(((const region *)a)->code, ((const region *)b)->code);
}

static region *find_region(region *r, uint32_t n, const char *code) {
    region key;
    /* Longer codes cannot be in the table: compare their first bytes only. */
    size_t l = strnlen(code, sizeof key.code - 1);
    memcpy(key.code, code, l);
    key.code[l] = 0;
    return bsearch(&key, r, n, sizeof *r, cmp_region);
}

static int read_regions(builder *b, const char *path, region **out, uint32_t *nout) {
    tc_buf t;
    tc_buf_init(&t, b->A);
    int rc = slurp(b, path, &t);
    if (rc) goto fail;
    uint32_t cap = 0, n = 0;
    region *r = NULL;
    char *cur = t.p, *line;
    int lineno = 0;
    while ((line = tc_next_line(&cur)) != NULL) {
        lineno++;
        char *f[5];
        if (*line && tc_split_tabs(line, f, 5) >= 4) {
            if (n == cap) {
                cap = cap ? cap * 2 : 4096;
                region *q = tc_mem_realloc(b->A, r, (size_t)cap * sizeof *q);
                if (!q) { rc = TC_NOMEM; tc_mem_free(b->A, r); goto fail; }
                r = q;
            }
            memset(&r[n], 0, sizeof r[n]);
            snprintf(r[n].code, sizeof r[n].code, "%s", f[0]);
            r[n].name = add_cstr(b, f[1]);
            r[n].ascii = add_cstr(b, f[2]);
            r[n].gid = (uint32_t)strtoul(f[3], NULL, 10);
            n++;
        } else if (*line) {
            tc_mem_free(b->A, r);
            rc = fail_at(b, TC_FORMAT, "%s:%d: expected 4 TAB-separated fields", path, lineno);
            goto fail;
        }
    }
    qsort(r, n, sizeof *r, cmp_region);
    *out = r; *nout = n;
fail:
    tc_buf_free(&t);
    return rc;
}

/* ---- countries --------------------------------------------------------- */

typedef struct country {
    char cc[3];
    char cc3[4];      /* ISO alpha-3 (countryInfo's second column) */
    uint32_t place;
    bool has_point;
} country;

typedef struct proj_row {   /* one line of data/places.tsv */
    int line;
    char *f[9];
    int nf;
} proj_row;

static int cmp_country(const void *a, const void *b) {
    return strcmp(((const country *)a)->cc, ((const country *)b)->cc);
}

static country *find_country(country *c, size_t n, const char *cc) {
    country k;
    snprintf(k.cc, sizeof k.cc, "%s", cc);
    return bsearch(&k, c, n, sizeof *c, cmp_country);
}

static int32_t e5(double v) { return (int32_t)lround(v * 1e5); }

static bool ends_with(const char *s, size_t n, const char *suf) {
    size_t k = strlen(suf);
    return n >= k && memcmp(s + n - k, suf, k) == 0;
}

/* Adds one demonym d[0..n) with `flags` (GEO_POST_DEMONYM, maybe ALT) and
   its plural, which news uses for the people ("Russians", "Israelis",
   "Czechs"): +s unless the word already works as a plural or collective
   ("Chinese", "British", "Swiss", "French", "Dutch"). */
static void add_demonym_n(builder *b, uint32_t place, const char *d, size_t n, uint32_t flags, const char *cc) {
    while (n && d[0] == ' ') { d++; n--; }
    while (n && d[n - 1] == ' ') n--;
    if (!n) return;
    add_name_variants(b, place, d, n, flags, cc);
    static const char *const noplural[] = {"ese", "ish", "ss", "sh", "s", "x", "z", "nch", "tch"};
    for (size_t i = 0; i < TC_COUNTOF(noplural); i++)
        if (ends_with(d, n, noplural[i])) return;
    if (n + 2 > 120) return;
    char pl[128];
    memcpy(pl, d, n);
    pl[n] = 's';
    add_name(b, place, pl, n + 1, flags);
}

/* Adds a demonym field, which may list several ("Bosnian, Herzegovinian"). */
static void add_demonym(builder *b, uint32_t place, const char *d) {
    if (!d || !*d) return;
    while (d) {
        const char *comma = strchr(d, ',');
        size_t n = comma ? (size_t)(comma - d) : strlen(d);
        add_demonym_n(b, place, d, n, GEO_POST_DEMONYM, "");
        d = comma ? comma + 1 : NULL;
    }
}

static int read_countries(builder *b, const char *dir, country **out, size_t *nout) {
    char path[4096];
    tc_buf t;
    tc_buf_init(&t, b->A);
    country *c = NULL;
    size_t nc = 0;
    json_t *js = NULL;
    snprintf(path, sizeof path, "%s/countryInfo.txt", dir);
    int rc = slurp(b, path, &t);
    if (rc) goto fail;
    c = tc_mem_calloc(b->A, 400, sizeof *c);
    if (!c) { rc = TC_NOMEM; goto fail; }
    char *cur = t.p, *line;
    int lineno = 0;
    while ((line = tc_next_line(&cur)) != NULL) {
        lineno++;
        char *f[20];
        if (*line && *line != '#' && strncmp(line, "ISO\t", 4) != 0) {
            int k = tc_split_tabs(line, f, 20);
            if (k < 17 || strlen(f[0]) != 2) {
                rc = fail_at(b, TC_FORMAT, "%s:%d: expected a country row (ISO, ..., geonameid)", path, lineno);
                goto fail;
            }
            if (nc < 400) {
                bplace p = {0};
                p.gid = (uint32_t)strtoul(f[16], NULL, 10);
                p.name = add_cstr(b, f[4]);
                p.pop = (uint32_t)strtoul(f[7], NULL, 10);
                p.fcode = add_cstr(b, "PCLI");
                p.cc = add_cstr(b, f[0]);
                p.kind = GEO_COUNTRY;
                memcpy(c[nc].cc, f[0], 3);
                bool a3 = strlen(f[1]) == 3;
                for (int q = 0; q < 3 && a3; q++) a3 = f[1][q] >= 'A' && f[1][q] <= 'Z';
                if (a3) memcpy(c[nc].cc3, f[1], 4);
                c[nc].place = add_place(b, &p);
                add_name(b, c[nc].place, f[4], strlen(f[4]), 0);
                nc++;
            }
        }
    }
    qsort(c, nc, sizeof *c, cmp_country);

    snprintf(path, sizeof path, "%s/world-countries.json", dir);
    json_error_t je;
    js = json_load_file(path, 0, &je);
    if (!js || !json_is_array(js)) {
        rc = fail_at(b, TC_FORMAT, "%s:%d: %s", path, js ? 1 : je.line, js ? "expected an array" : je.text);
        goto fail;
    }
    size_t i;
    json_t *e;
    json_array_foreach(js, i, e) {
        const char *cc = json_string_value(json_object_get(e, "cca2"));
        country *k = cc ? find_country(c, nc, cc) : NULL;
        if (!k) continue;
        json_t *nm = json_object_get(e, "name");
        const char *s;
        if ((s = json_string_value(json_object_get(nm, "common")))) add_name(b, k->place, s, strlen(s), 0);
        if ((s = json_string_value(json_object_get(nm, "official")))) add_name(b, k->place, s, strlen(s), 0);
        size_t j;
        json_t *a;
        json_array_foreach(json_object_get(e, "altSpellings"), j, a) {
            s = json_string_value(a);
            /* two-letter codes ("IN", "IS", "IT") are English words in headlines */
            if (s && strlen(s) >= 3) add_name(b, k->place, s, strlen(s), GEO_POST_ALT);
        }
        json_t *dm = json_object_get(json_object_get(e, "demonyms"), "eng");
        add_demonym(b, k->place, json_string_value(json_object_get(dm, "m")));
        add_demonym(b, k->place, json_string_value(json_object_get(dm, "f")));
        json_t *ll = json_object_get(e, "latlng");
        if (json_array_size(ll) == 2) {
            b->pl[k->place].lat = e5(json_number_value(json_array_get(ll, 0)));
            b->pl[k->place].lon = e5(json_number_value(json_array_get(ll, 1)));
            k->has_point = true;
        }
    }
    *out = c; *nout = nc;
    c = NULL;
fail:
    if (js) json_decref(js);
    tc_mem_free(b->A, c);
    tc_buf_free(&t);
    return rc;
}

/* ---- cities500 --------------------------------------------------------- */

static void region_add(region *r, double lat, double lon, uint32_t pop) {
    if (!r->ncity) { r->minlat = r->maxlat = lat; r->minlon = r->maxlon = lon; }
    if (lat < r->minlat) r->minlat = lat;
    if (lat > r->maxlat) r->maxlat = lat;
    if (lon < r->minlon) r->minlon = lon;
    if (lon > r->maxlon) r->maxlon = lon;
    r->slat += lat; r->slon += lon; r->pop += pop; r->ncity++;
}

static int read_cities(builder *b, const char *dir) {
    char path[4096];
    snprintf(path, sizeof path, "%s/cities500.txt.gz", dir);
    tc_buf t;
    tc_buf_init(&t, b->A);
    int rc = slurp(b, path, &t);
    if (rc) goto fail;
    char *cur = t.p, *line;
    int lineno = 0;
    while ((line = tc_next_line(&cur)) != NULL) {
        lineno++;
        char *f[20];
        if (*line) {
            int k = tc_split_tabs(line, f, 20);
            if (k < 15) {
                rc = fail_at(b, TC_FORMAT, "%s:%d: expected 19 TAB-separated GeoNames fields", path, lineno);
                goto fail;
            }
            bplace p = {0};
            p.gid = (uint32_t)strtoul(f[0], NULL, 10);
            p.name = add_cstr(b, f[1]);
            double lat = strtod(f[4], NULL), lon = strtod(f[5], NULL);
            if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) {
                rc = fail_at(b, TC_FORMAT, "%s:%d: coordinates out of range", path, lineno);
                goto fail;
            }
            p.lat = e5(lat); p.lon = e5(lon);
            p.fcode = add_cstr(b, f[7]);
            p.cc = add_cstr(b, f[8]);
            p.pop = (uint32_t)strtoul(f[14], NULL, 10);
            p.kind = GEO_CITY;
            char code[64];
            snprintf(code, sizeof code, "%s.%s", f[8], f[10]);
            region *r1 = find_region(b->a1, b->na1, code);
            if (r1) {
                p.a1name = r1->ascii; p.a1code = add_cstr(b, f[10]);
                region_add(r1, lat, lon, p.pop);
            } else if (*f[10]) {
                p.a1code = add_cstr(b, f[10]);
            }
            snprintf(code, sizeof code, "%s.%s.%s", f[8], f[10], f[11]);
            region *r2 = *f[11] ? find_region(b->a2, b->na2, code) : NULL;
            if (r2) { region_add(r2, lat, lon, p.pop); p.a2name = r2->ascii; }
            uint32_t id = add_place(b, &p);
            add_name_variants(b, id, f[1], strlen(f[1]), 0, f[8]);
            if (strcmp(f[1], f[2]) != 0) add_name_variants(b, id, f[2], strlen(f[2]), 0, f[8]);
            bool big = p.pop >= 5000 || strncmp(f[7], "PPLA", 4) == 0 || strcmp(f[7], "PPLC") == 0;
            if (big && *f[3]) {
                char *s = f[3];
                while (s) {
                    char *comma = strchr(s, ',');
                    size_t n = comma ? (size_t)(comma - s) : strlen(s);
                    /* skip codes (IATA "BGW") and non-Latin spellings */
                    bool code3 = n <= 4;
                    for (size_t q = 0; q < n && code3; q++) code3 = s[q] >= 'A' && s[q] <= 'Z';
                    if (!code3 && latin_only(s, n)) add_name_variants(b, id, s, n, GEO_POST_ALT, f[8]);
                    s = comma ? comma + 1 : NULL;
                }
            }
            if (b->oom) { rc = TC_NOMEM; goto fail; }
        }
    }
fail:
    tc_buf_free(&t);
    return rc;
}

/* Short forms of a region's name that news uses: "County of Ceredigion"
   is "Ceredigion"; a US county or Louisiana parish is often named without
   its suffix ("Gwinnett", "DuPage"), which many surnames share, so that
   form is an alternate name (weaker prior; recognition needs a cue). */
static void add_region_short(builder *b, uint32_t id, const char *as, const char *cc) {
    static const char *const pre[] = {"County of ", "City of ", "Province of ", "State of ", "Municipality of "};
    size_t n = strlen(as);
    for (size_t i = 0; i < TC_COUNTOF(pre); i++) {
        size_t k = strlen(pre[i]);
        if (n > k + 2 && strncmp(as, pre[i], k) == 0) { add_name(b, id, as + k, n - k, 0); return; }
    }
    if (strcmp(cc, "US") != 0) return;
    static const char *const suf[] = {" County", " Parish"};
    for (size_t i = 0; i < TC_COUNTOF(suf); i++)
        if (n > strlen(suf[i]) + 2 && ends_with(as, n, suf[i])) {
            add_name(b, id, as, n - strlen(suf[i]), GEO_POST_ALT);
            return;
        }
}

/* Admin1/admin2 places at the middle of their cities. */
static void add_regions(builder *b, region *r, uint32_t n, int kind) {
    for (uint32_t i = 0; i < n; i++) {
        if (!r[i].ncity) continue;
        bplace p = {0};
        p.gid = r[i].gid;
        p.name = r[i].ascii;
        /* The middle of the box around the region's cities is nearer the
           region's own centre than the mean of its cities, which leans to
           where people live (southern British Columbia).  A box wider than
           180 degrees crosses the antimeridian: use the mean there. */
        if (r[i].maxlon - r[i].minlon < 180) {
            p.lat = e5((r[i].minlat + r[i].maxlat) / 2);
            p.lon = e5((r[i].minlon + r[i].maxlon) / 2);
        } else {
            p.lat = e5(r[i].slat / r[i].ncity);
            p.lon = e5(r[i].slon / r[i].ncity);
        }
        p.pop = r[i].pop > UINT32_MAX ? UINT32_MAX : (uint32_t)r[i].pop;
        p.fcode = add_cstr(b, kind == GEO_ADMIN1 ? "ADM1" : "ADM2");
        char cc[3] = {r[i].code[0], r[i].code[1], 0};
        p.cc = add_cstr(b, cc);
        const char *dot = strchr(r[i].code, '.');
        if (kind == GEO_ADMIN1) {
            p.a1name = r[i].ascii;
            p.a1code = add_cstr(b, dot ? dot + 1 : "");
        } else if (dot) {
            p.a2name = r[i].ascii;
            char a1[32];
            snprintf(a1, sizeof a1, "%s", r[i].code);
            char *d2 = strchr(a1 + 3, '.');
            if (d2) *d2 = 0;
            region *r1 = find_region(b->a1, b->na1, a1);
            if (r1) p.a1name = r1->ascii;
            p.a1code = add_cstr(b, a1 + 3);
        }
        p.kind = (uint8_t)kind;
        uint32_t id = add_place(b, &p);
        /* copies: adding names may grow (move) the string blob */
        char nm[256], as[256];
        snprintf(nm, sizeof nm, "%s", b->st.blob.p + r[i].name);
        snprintf(as, sizeof as, "%s", b->st.blob.p + r[i].ascii);
        add_name_variants(b, id, nm, strlen(nm), 0, cc);
        if (strcmp(nm, as) != 0) add_name_variants(b, id, as, strlen(as), 0, cc);
        add_region_short(b, id, as, cc);
    }
}

/* ---- data/places.tsv --------------------------------------------------- */

static int kind_of(const char *s) {
    if (!strcmp(s, "district") || !strcmp(s, "landmark") || !strcmp(s, "zone") || !strcmp(s, "river")) return GEO_DISTRICT;
    if (!strcmp(s, "region") || !strcmp(s, "island") || !strcmp(s, "mountains")) return GEO_REGION;
    if (!strcmp(s, "continent")) return GEO_CONTINENT;
    if (!strcmp(s, "country")) return 100;
    if (!strcmp(s, "admin1")) return 103;
    if (!strcmp(s, "demonym")) return 101;
    if (!strcmp(s, "alias")) return 102;
    return -1;
}

static region *admin1_by_name(builder *b, const char *cc, const char *name) {
    tc_buf k1, k2;
    tc_buf_init(&k1, b->A); tc_buf_init(&k2, b->A);
    region *found = NULL;
    geo_key(&k1, name, strlen(name));
    for (uint32_t i = 0; i < b->na1 && !found && k1.p; i++) {
        if (strncmp(b->a1[i].code, cc, 2) != 0 || b->a1[i].code[2] != '.') continue;
        if (strcmp(b->a1[i].code + 3, name) == 0) { found = &b->a1[i]; break; }
        tc_buf_clear(&k2);
        const char *as = b->st.blob.p + b->a1[i].ascii;
        geo_key(&k2, as, strlen(as));
        if (k2.p && strcmp(k1.p, k2.p) == 0) found = &b->a1[i];
    }
    tc_buf_free(&k1); tc_buf_free(&k2);
    return found;
}

/* Project place index by (normalised) name among places already added from
   places.tsv rows [first, npl), else a country; UINT32_MAX if none. */
static uint32_t project_place(builder *b, uint32_t first, const char *name) {
    tc_buf k1, k2;
    tc_buf_init(&k1, b->A); tc_buf_init(&k2, b->A);
    uint32_t r = UINT32_MAX;
    geo_key(&k1, name, strlen(name));
    for (uint32_t i = first; i < b->npl && k1.p; i++) {
        tc_buf_clear(&k2);
        const char *nm = b->st.blob.p + b->pl[i].name;
        geo_key(&k2, nm, strlen(nm));
        if (k2.p && strcmp(k1.p, k2.p) == 0) { r = i; break; }
    }
    tc_buf_free(&k1); tc_buf_free(&k2);
    return r;
}

/* Place index of an admin1 region (added by add_regions), UINT32_MAX if none. */
static uint32_t admin1_place(builder *b, const region *r) {
    if (!r) return UINT32_MAX;
    for (uint32_t i = 0; i < b->npl; i++)
        if (b->pl[i].kind == GEO_ADMIN1 && b->pl[i].gid == r->gid) return i;
    return UINT32_MAX;
}

static int read_project(builder *b, const char *path, country *cs, size_t nc) {
    tc_buf t;
    tc_buf_init(&t, b->A);
    int rc = slurp(b, path, &t);
    if (rc) goto fail;
    uint32_t first = b->npl;
    /* two passes: places first so demonym/alias rows can name them */
    for (int pass = 0; pass < 2; pass++) {
        char *line = t.p;
        int lineno = 0;
        while (line && *line) {
            char *nl = strchr(line, '\n');
            size_t len = nl ? (size_t)(nl - line) : strlen(line);
            char row[2048];
            lineno++;
            if (len >= sizeof row) { rc = fail_at(b, TC_FORMAT, "%s:%d: line too long", path, lineno); goto fail; }
            memcpy(row, line, len); row[len] = 0;
            if (len && row[len - 1] == '\r') row[len - 1] = 0;
            line = nl ? nl + 1 : NULL;
            if (!row[0] || row[0] == '#') continue;
            char *f[10];
            int k = tc_split_tabs(row, f, 10);
            if (k < 8) { rc = fail_at(b, TC_FORMAT, "%s:%d: expected 8 TAB-separated fields", path, lineno); goto fail; }
            int kind = kind_of(f[0]);
            if (kind < 0) { rc = fail_at(b, TC_FORMAT, "%s:%d: unknown kind '%s'", path, lineno, f[0]); goto fail; }
            const char *cc = strcmp(f[3], "-") ? f[3] : "";
            if (*cc && (strlen(cc) != 2 || !find_country(cs, nc, cc))) {
                rc = fail_at(b, TC_FORMAT, "%s:%d: unknown country code '%s'", path, lineno, cc); goto fail;
            }
            double lat = 0, lon = 0;
            bool haspt = strcmp(f[6], "-") != 0;
            if (haspt) {
                char *e1, *e2;
                lat = strtod(f[6], &e1); lon = strtod(f[7], &e2);
                if (*e1 || *e2 || !(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) {
                    rc = fail_at(b, TC_FORMAT, "%s:%d: bad coordinates '%s' '%s'", path, lineno, f[6], f[7]); goto fail;
                }
            }
            bool placerow = kind < 100;
            if (placerow != (pass == 0)) continue;
            uint32_t id = UINT32_MAX;
            if (placerow) {
                if (!haspt) { rc = fail_at(b, TC_FORMAT, "%s:%d: a place needs lat and lon", path, lineno); goto fail; }
                bplace p = {0};
                p.name = add_cstr(b, f[1]);
                p.lat = e5(lat); p.lon = e5(lon);
                p.cc = add_cstr(b, cc);
                p.kind = (uint8_t)kind;
                /* GeoNames-like feature codes for the physical kinds */
                p.fcode = add_cstr(b, !strcmp(f[0], "river") ? "STM" : !strcmp(f[0], "island") ? "ISL"
                                      : !strcmp(f[0], "mountains") ? "MTS" : kind == GEO_DISTRICT ? "DIST"
                                      : kind == GEO_REGION ? "RGN" : "CONT");
                p.pop = k > 8 ? (uint32_t)strtoul(f[8], NULL, 10) : 0;
                if (strcmp(f[4], "-")) {
                    region *r1 = admin1_by_name(b, cc, f[4]);
                    if (!r1) { rc = fail_at(b, TC_FORMAT, "%s:%d: no admin1 '%s' in %s", path, lineno, f[4], cc); goto fail; }
                    p.a1name = r1->ascii;
                    p.a1code = add_cstr(b, strchr(r1->code, '.') + 1);
                }
                id = add_place(b, &p);
                add_name_variants(b, id, f[1], strlen(f[1]), 0, cc);
            } else if (kind == 103) {          /* admin1 representative point + aliases */
                region *r1 = admin1_by_name(b, cc, f[1]);
                id = admin1_place(b, r1);
                if (id == UINT32_MAX) { rc = fail_at(b, TC_FORMAT, "%s:%d: no admin1 '%s' in %s", path, lineno, f[1], cc); goto fail; }
                if (haspt) { b->pl[id].lat = e5(lat); b->pl[id].lon = e5(lon); }
            } else if (kind == 100) {          /* country representative point + aliases */
                country *c = find_country(cs, nc, cc);
                id = c->place;
                if (haspt) { b->pl[id].lat = e5(lat); b->pl[id].lon = e5(lon); }
            } else {                           /* demonym / alias of a project place or country */
                /* target: the admin1 named in column 5, else the project place
                   or admin1 named as parent, else the country */
                const char *tn = strcmp(f[4], "-") ? f[4] : f[5];
                if (strcmp(f[4], "-") == 0 && strcmp(f[5], "-")) id = project_place(b, first, f[5]);
                if (id == UINT32_MAX && strcmp(tn, "-") && *cc) id = admin1_place(b, admin1_by_name(b, cc, tn));
                if (id == UINT32_MAX && !strcmp(tn, "-") && *cc) id = find_country(cs, nc, cc)->place;
                if (id == UINT32_MAX) { rc = fail_at(b, TC_FORMAT, "%s:%d: no place '%s'", path, lineno, tn); goto fail; }
                if (kind == 101) add_demonym_n(b, id, f[1], strlen(f[1]), GEO_POST_DEMONYM, cc);
                else add_name(b, id, f[1], strlen(f[1]), 0);
                add_abbrev_marker(b, id, f[1], strlen(f[1]), 0);
            }
            if (strcmp(f[2], "-")) {           /* aliases separated by ';' */
                char *s = f[2];
                while (s) {
                    char *semi = strchr(s, ';');
                    size_t n = semi ? (size_t)(semi - s) : strlen(s);
                    if (kind == 101) add_demonym_n(b, id, s, n, GEO_POST_DEMONYM, cc);
                    else add_name_variants(b, id, s, n, 0, cc);
                    add_abbrev_marker(b, id, s, n, 0);
                    s = semi ? semi + 1 : NULL;
                }
            }
            if (b->oom) { rc = TC_NOMEM; goto fail; }
        }
    }
fail:
    tc_buf_free(&t);
    return rc;
}

/* ---- writing ------------------------------------------------------------- */

static int cmp_bname(const void *a, const void *b) {
    const bname *x = a, *y = b;
    if (x->key != y->key) return x->key < y->key ? -1 : 1;
    uint32_t px = x->post & GEO_POST_INDEX, py = y->post & GEO_POST_INDEX;
    if (px != py) return px < py ? -1 : 1;
    /* same place: the stronger spelling (no flags) first */
    return (x->post & GEO_POST_ALT) < (y->post & GEO_POST_ALT) ? -1 : (x->post & GEO_POST_ALT) > (y->post & GEO_POST_ALT);
}

static int cmp_prior(const void *a, const void *b) {
    const bname *x = a, *y = b;
    if (x->prior != y->prior) return x->prior > y->prior ? -1 : 1;
    return (x->post & GEO_POST_INDEX) < (y->post & GEO_POST_INDEX) ? -1 : 1;
}

static int cmp_u64(const void *a, const void *b) {
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

static void put_sect(unsigned char *hdr, int i, size_t off, size_t sz) {
    tc_put_u32(hdr + 32 + 8 * i, (uint32_t)off);
    tc_put_u32(hdr + 36 + 8 * i, (uint32_t)sz);
}

static int write_file(builder *b, const char *out_path) {
    int rc = TC_NOMEM;
    unsigned char *file = NULL;
    uint64_t *gids = NULL;
    /* dedupe (key, place), then order each key's postings by prior */
    qsort(b->nm, b->nnm, sizeof *b->nm, cmp_bname);
    size_t m = 0;
    for (size_t i = 0; i < b->nnm; i++) {
        if (m && b->nm[m - 1].key == b->nm[i].key &&
            (b->nm[m - 1].post & GEO_POST_INDEX) == (b->nm[i].post & GEO_POST_INDEX))
            continue;
        b->nm[m++] = b->nm[i];
    }
    size_t nkeys = 0;
    for (size_t i = 0; i < m;) {
        size_t j = i;
        while (j < m && b->nm[j].key == b->nm[i].key) j++;
        qsort(b->nm + i, j - i, sizeof *b->nm, cmp_prior);
        nkeys++;
        i = j;
    }
    /* load factor ~0.77: a smaller table loads faster (checksum, page faults) */
    uint32_t nslot = (uint32_t)(nkeys + nkeys / 3 + 64);
    const char *meta = "sources: GeoNames cities500 (CC BY 4.0), admin1/admin2 codes, countryInfo; "
                       "world-countries 5.1.0 (ODbL); tacitus data/places.tsv";
    size_t strn = (b->st.blob.n + 3) & ~(size_t)3;
    size_t off_str = GZ_HEADER, off_pl = off_str + strn;
    size_t off_hash = off_pl + (size_t)b->npl * GZ_PLACE_SIZE;
    size_t off_post = off_hash + (size_t)nslot * 16;
    size_t off_gid = off_post + m * 4;
    uint32_t ngid = 0;
    gids = tc_mem_calloc(b->A, b->npl ? b->npl : 1, sizeof *gids);
    if (!gids) goto fail;
    for (uint32_t i = 0; i < b->npl; i++)
        if (b->pl[i].gid) gids[ngid++] = (uint64_t)b->pl[i].gid << 32 | i;
    qsort(gids, ngid, sizeof *gids, cmp_u64);
    size_t off_meta = off_gid + (size_t)ngid * 8;
    size_t metan = (strlen(meta) + 1 + 3) & ~(size_t)3;
    size_t total = off_meta + metan;
    if (total > UINT32_MAX) { rc = fail_at(b, TC_FORMAT, "%s: gazetteer larger than 4 GB", out_path); goto fail; }
    file = tc_mem_calloc(b->A, total, 1);
    if (!file) goto fail;
    memcpy(file, GZ_MAGIC, 8);
    tc_put_u32(file + 8, TC_GAZETTEER_FORMAT);
    tc_put_u32(file + 12, 0x01020304u);
    tc_put_u64(file + 16, total);
    tc_put_u32(file + 28, GZ_NSECT);
    put_sect(file, GZ_STR, off_str, b->st.blob.n);
    put_sect(file, GZ_PLACE, off_pl, (size_t)b->npl * GZ_PLACE_SIZE);
    put_sect(file, GZ_HASH, off_hash, (size_t)nslot * 16);
    put_sect(file, GZ_POST, off_post, m * 4);
    put_sect(file, GZ_GID, off_gid, (size_t)ngid * 8);
    put_sect(file, GZ_META, off_meta, strlen(meta) + 1);
    memcpy(file + off_str, b->st.blob.p, b->st.blob.n);
    for (uint32_t i = 0; i < b->npl; i++) {
        unsigned char *r = file + off_pl + (size_t)i * GZ_PLACE_SIZE;
        const bplace *p = &b->pl[i];
        tc_put_u32(r, p->gid); tc_put_u32(r + 4, p->name);
        tc_put_u32(r + 8, (uint32_t)p->lat); tc_put_u32(r + 12, (uint32_t)p->lon);
        tc_put_u32(r + 16, p->pop); tc_put_u32(r + 20, p->a1name); tc_put_u32(r + 24, p->a1code);
        tc_put_u32(r + 28, p->fcode); tc_put_u32(r + 32, p->cc); r[36] = p->kind;
        tc_put_u32(r + 40, p->a2name);
        tc_put_u32(r + 44, p->cc3);
    }
    for (size_t i = 0; i < m;) {
        size_t j = i;
        while (j < m && b->nm[j].key == b->nm[i].key) j++;
        const char *k = b->st.blob.p + b->nm[i].key;
        uint64_t h = tc_hash64(k, strlen(k), 0);
        uint32_t s = (uint32_t)(h % nslot);
        while (tc_get_u32(file + off_hash + (size_t)s * 16 + 8)) s = s + 1 == nslot ? 0 : s + 1;
        unsigned char *r = file + off_hash + (size_t)s * 16;
        tc_put_u32(r, b->nm[i].key); tc_put_u32(r + 4, (uint32_t)i);
        tc_put_u32(r + 8, (uint32_t)(j - i)); tc_put_u32(r + 12, (uint32_t)(h >> 32));
        i = j;
    }
    for (size_t i = 0; i < m; i++) tc_put_u32(file + off_post + 4 * i, b->nm[i].post);
    for (uint32_t i = 0; i < ngid; i++) {
        tc_put_u32(file + off_gid + 8 * (size_t)i, (uint32_t)(gids[i] >> 32));
        tc_put_u32(file + off_gid + 8 * (size_t)i + 4, (uint32_t)gids[i]);
    }
    memcpy(file + off_meta, meta, strlen(meta) + 1);
    tc_put_u32(file + 24, gz_crc(file, total));
    FILE *f = fopen(out_path, "wb");
    if (!f) { rc = fail_at(b, TC_IO, "%s: cannot create", out_path); goto fail; }
    size_t w = fwrite(file, 1, total, f);
    if (fclose(f) != 0 || w != total) { rc = fail_at(b, TC_IO, "%s: write error", out_path); goto fail; }
    rc = TC_OK;
fail:
    tc_mem_free(b->A, gids);
    tc_mem_free(b->A, file);
    return rc;
}

int tc_gazetteer_compile(const char *src_dir, const char *places_tsv, const char *out_path, const tc_alloc *A,
                         char *err, size_t errlen) {
    if (!src_dir || !out_path) return TC_MISUSE;
    builder b;
    memset(&b, 0, sizeof b);
    b.A = A; b.err = err; b.errlen = errlen;
    if (err && errlen) err[0] = 0;
    country *cs = NULL;
    size_t nc = 0;
    char path[4096];
    int rc = TC_NOMEM;
    tc_buf_init(&b.key, A);
    if (!st_init(&b.st, A)) goto fail;
    snprintf(path, sizeof path, "%s/admin1CodesASCII.txt", src_dir);
    if ((rc = read_regions(&b, path, &b.a1, &b.na1))) goto fail;
    snprintf(path, sizeof path, "%s/admin2Codes.txt.gz", src_dir);
    if ((rc = read_regions(&b, path, &b.a2, &b.na2))) goto fail;
    if ((rc = read_countries(&b, src_dir, &cs, &nc))) goto fail;
    if ((rc = read_cities(&b, src_dir))) goto fail;
    add_regions(&b, b.a1, b.na1, GEO_ADMIN1);
    add_regions(&b, b.a2, b.na2, GEO_ADMIN2);
    if (places_tsv && (rc = read_project(&b, places_tsv, cs, nc))) goto fail;
    /* every place carries its country's alpha-3 code */
    for (uint32_t i = 0; i < b.npl; i++) {
        char cc[3];
        snprintf(cc, sizeof cc, "%s", b.st.blob.p + b.pl[i].cc);
        const country *c = find_country(cs, nc, cc);
        if (c && c->cc3[0]) b.pl[i].cc3 = add_cstr(&b, c->cc3);
    }
    if (b.oom || b.st.blob.oom) { rc = TC_NOMEM; goto fail; }
    rc = write_file(&b, out_path);
fail:
    if (rc == TC_NOMEM) fail_at(&b, rc, "out of memory");
    tc_mem_free(A, cs);
    tc_mem_free(A, b.a1);
    tc_mem_free(A, b.a2);
    tc_mem_free(A, b.pl);
    tc_mem_free(A, b.nm);
    tc_buf_free(&b.key);
    st_free(&b.st);
    return rc;
}

/*
 * geo_eval.c -- the two entry points behind `tacitus geo`: printing the
 * places found in stories (tc_geo_stories) and scoring against corpora laid
 * out like GeoWebNews (tc_geo_eval).
 *
 * Scoring follows the corpus convention (EUPEG Utils.java, Gritta et al.):
 * a prediction matches a gold toponym when the midpoints of their spans are
 * less than 10 characters apart and the surface strings are equal ignoring
 * case; distances are haversine km and "acc161" counts errors < 161 km.
 * Offsets in the corpora are code points, ours are bytes: each article gets
 * a byte -> code point table.  Gold toponyms carry no GeoNames id in the
 * *_gold.txt file, so the id is taken from the XML toponym with the same
 * surface nearest to the gold span; country and admin1 are scored over the
 * gold toponyms whose id the gazetteer knows.
 */
#include "geo/geo.h"

#include <ctype.h>
#include <dirent.h>
#include <expat.h>
#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- shared: one story -> JSON lines ------------------------------------ */

/* One JSON line per resolved place mention of text[0..n); offsets are
   characters (Unicode code points) of the text, as in event records. */
static int print_story(const tc_gazetteer *g, geo_doc *d, const char *id, const char *text, size_t n, FILE *out) {
    geo_doc_reset(d);
    int rc = geo_doc_add_text(d, text, n, 0);
    if (rc == TC_OK) rc = geo_doc_resolve(d);
    if (rc != TC_OK) return rc;
    int nm;
    const geo_mention *m = geo_doc_mentions(d, &nm);
    static const char *const roles[] = {"literal", "demonym", "metonym", "embedded"};
    tc_buf b;
    tc_buf_init(&b, NULL);
    size_t pos = 0;      /* byte offset reached in text */
    uint32_t chars = 0;  /* characters before pos */
    for (int i = 0; i < nm; i++) {
        if (!m[i].resolved) continue;
        tc_place p;
        geo_gaz_place(g, m[i].place, &p);
        uint32_t cb, ce;
        if (m[i].beg < pos) { pos = 0; chars = 0; } /* mentions come in order; be safe */
        for (; pos < m[i].beg && pos < n; pos++) chars += ((unsigned char)text[pos] & 0xC0) != 0x80;
        cb = chars;
        ce = chars;
        for (size_t q = m[i].beg; q < m[i].end && q < n; q++) ce += ((unsigned char)text[q] & 0xC0) != 0x80;
        tc_buf_clear(&b);
        tc_buf_adds(&b, "{\"doc\":\"");
        tc_buf_add_json(&b, id, strlen(id));
        tc_buf_printf(&b, "\",\"beg\":%u,\"end\":%u,\"text\":\"", (unsigned)cb, (unsigned)ce);
        tc_buf_add_json(&b, m[i].surface, strlen(m[i].surface));
        tc_buf_printf(&b, "\",\"role\":\"%s\",\"name\":\"", roles[m[i].role & 3]);
        tc_buf_add_json(&b, p.name, strlen(p.name));
        tc_buf_printf(&b, "\",\"country\":\"%s\",\"admin1\":\"", p.country);
        tc_buf_add_json(&b, p.admin1, strlen(p.admin1));
        tc_buf_printf(&b, "\",\"lat\":%.4f,\"lon\":%.4f,\"precision\":\"%s\",\"geonameid\":%u,\"country3\":\"%s\",\"admin2\":\"",
                      p.lat, p.lon, tc_precision_name(p.precision), (unsigned)p.geonameid, p.country3);
        tc_buf_add_json(&b, p.admin2, strlen(p.admin2));
        tc_buf_adds(&b, "\"}\n");
        if (b.oom) { tc_buf_free(&b); return TC_NOMEM; }
        fputs(b.p, out);
    }
    tc_buf_free(&b);
    return ferror(out) ? TC_IO : TC_OK;
}

int tc_geo_story(const tc_gazetteer *g, const tc_nlp_model *parser, const tc_story *st, FILE *out) {
    if (!g || !st || st->error || !st->text || !out) return TC_MISUSE;
    geo_doc *d = geo_doc_new(g, NULL);
    if (!d) return TC_NOMEM;
    geo_doc_set_parser(d, parser);
    int rc = print_story(g, d, st->id ? st->id : "", st->text, st->text_len, out);
    geo_doc_free(d);
    return rc;
}

int tc_geo_stories(const tc_gazetteer *g, const tc_nlp_model *parser, FILE *f, const char *name, FILE *out) {
    if (!g || !f || !out) return TC_MISUSE;
    tc_buf all;
    tc_buf_init(&all, NULL);
    char chunk[65536];
    size_t k;
    int rc = TC_OK;
    geo_doc *d = NULL;
    while ((k = fread(chunk, 1, sizeof chunk, f)) > 0)
        if (!tc_buf_add(&all, chunk, k)) { rc = TC_NOMEM; goto fail; }
    if (ferror(f)) { fprintf(stderr, "%s: read error\n", name); rc = TC_IO; goto fail; }
    d = geo_doc_new(g, NULL);
    if (!d) { rc = TC_NOMEM; goto fail; }
    geo_doc_set_parser(d, parser);
    const char *p = all.p ? all.p : "";
    size_t skip = strspn(p, " \t\r\n");
    if (p[skip] == '{') {
        /* JSON Lines {"id","date","text"} */
        int lineno = 0;
        const char *line = p;
        while (*line) {
            const char *nl = strchr(line, '\n');
            size_t len = nl ? (size_t)(nl - line) : strlen(line);
            lineno++;
            if (len && strspn(line, " \t\r") < len) {
                json_error_t je;
                json_t *js = json_loadb(line, len, 0, &je);
                const char *id = js ? json_string_value(json_object_get(js, "id")) : NULL;
                const char *text = js ? json_string_value(json_object_get(js, "text")) : NULL;
                if (!js || !text) {
                    fprintf(stderr, "%s:%d: %s\n", name, lineno, js ? "missing \"text\"" : je.text);
                    if (js) json_decref(js);
                    rc = TC_FORMAT;
                } else {
                    char idbuf[32];
                    if (!id) { snprintf(idbuf, sizeof idbuf, "%d", lineno); id = idbuf; }
                    int r = print_story(g, d, id, text, strlen(text), out);
                    json_decref(js);
                    if (r != TC_OK) { rc = r; goto fail; }
                }
            }
            if (!nl) break;
            line = nl + 1;
        }
    } else {
        /* story format: " date YYYY-MM-DD" then the text */
        const char *text = p;
        if (strncmp(p, " date ", 6) == 0) {
            tc_date dt;
            if (strlen(p) < 16 || !tc_date_parse(p + 6, 10, &dt)) {
                fprintf(stderr, "%s:1: expected ' date YYYY-MM-DD'\n", name);
                rc = TC_FORMAT;
                goto fail;
            }
            text = p + 16;
        }
        /* offsets are relative to the text after the date line */
        const char *base = strrchr(name, '/');
        rc = print_story(g, d, base ? base + 1 : name, text, strlen(text), out);
    }
fail:
    geo_doc_free(d);
    tc_buf_free(&all);
    return rc;
}

/* ---- corpus reading (expat) ---------------------------------------------- */

typedef struct xtop { uint32_t beg, end, gid; } xtop;

typedef struct xart {
    char *text;
    size_t n;
    xtop *top;
    int ntop, captop;
} xart;

typedef struct xparse {
    xart *a;
    int na, capa;
    tc_buf cdata;
    int in_text, in_top, field; /* field: 1 start 2 end 3 geonamesID */
    bool oom;
} xparse;

static void XMLCALL x_start(void *ud, const XML_Char *el, const XML_Char **attr) {
    xparse *x = ud;
    if (!strcmp(el, "article")) {
        if (x->na == x->capa) {
            int c = x->capa ? x->capa * 2 : 256;
            xart *q = realloc(x->a, (size_t)c * sizeof *q);
            if (!q) { x->oom = true; return; }
            x->a = q; x->capa = c;
        }
        memset(&x->a[x->na++], 0, sizeof *x->a);
    } else if (!x->na) {
        return;
    } else if (!strcmp(el, "text") && !x->in_top) {
        x->in_text = 1;
        tc_buf_clear(&x->cdata);
    } else if (!strcmp(el, "toponym")) {
        xart *a = &x->a[x->na - 1];
        if (a->ntop == a->captop) {
            int c = a->captop ? a->captop * 2 : 64;
            xtop *q = realloc(a->top, (size_t)c * sizeof *q);
            if (!q) { x->oom = true; return; }
            a->top = q; a->captop = c;
        }
        memset(&a->top[a->ntop++], 0, sizeof *a->top);
        x->in_top = 1;
    } else if (x->in_top && (!strcmp(el, "start") || !strcmp(el, "end") || !strcmp(el, "geonamesID"))) {
        x->field = el[0] == 's' ? 1 : el[0] == 'e' ? 2 : 3;
        tc_buf_clear(&x->cdata);
    } else if (x->in_top && !strcmp(el, "gaztag")) {
        for (int i = 0; attr[i]; i += 2)
            if (!strcmp(attr[i], "geonameid")) x->a[x->na - 1].top[x->a[x->na - 1].ntop - 1].gid = (uint32_t)strtoul(attr[i + 1], NULL, 10);
    }
}

static void XMLCALL x_end(void *ud, const XML_Char *el) {
    xparse *x = ud;
    if (!x->na) return;
    xart *a = &x->a[x->na - 1];
    if (x->in_text && !strcmp(el, "text")) {
        x->in_text = 0;
        a->text = malloc(x->cdata.n + 1);
        if (!a->text) { x->oom = true; return; }
        memcpy(a->text, x->cdata.p ? x->cdata.p : "", x->cdata.n);
        a->text[x->cdata.n] = 0;
        a->n = x->cdata.n;
    } else if (!strcmp(el, "toponym")) {
        x->in_top = 0;
    } else if (x->field && x->in_top) {
        uint32_t v = (uint32_t)strtoul(x->cdata.p ? x->cdata.p : "0", NULL, 10);
        xtop *t = &a->top[a->ntop - 1];
        if (x->field == 1) t->beg = v; else if (x->field == 2) t->end = v; else t->gid = v;
        x->field = 0;
    }
}

static void XMLCALL x_data(void *ud, const XML_Char *s, int len) {
    xparse *x = ud;
    if (x->in_text || x->field) if (!tc_buf_add(&x->cdata, s, (size_t)len)) x->oom = true;
}

static void free_articles(xparse *x) {
    for (int i = 0; i < x->na; i++) { free(x->a[i].text); free(x->a[i].top); }
    free(x->a);
    tc_buf_free(&x->cdata);
}

static int read_xml(const char *path, xparse *x) {
    memset(x, 0, sizeof *x);
    tc_buf_init(&x->cdata, NULL);
    FILE *f = fopen(path, "rb");
    if (!f) { fprintf(stderr, "%s: cannot open\n", path); return TC_IO; }
    XML_Parser p = XML_ParserCreate("UTF-8");
    if (!p) { fclose(f); return TC_NOMEM; }
    XML_SetUserData(p, x);
    XML_SetElementHandler(p, x_start, x_end);
    XML_SetCharacterDataHandler(p, x_data);
    char buf[65536];
    int rc = TC_OK;
    for (;;) {
        size_t k = fread(buf, 1, sizeof buf, f);
        int done = k < sizeof buf;
        if (XML_Parse(p, buf, (int)k, done) == XML_STATUS_ERROR) {
            fprintf(stderr, "%s:%lu: %s\n", path, (unsigned long)XML_GetCurrentLineNumber(p),
                    XML_ErrorString(XML_GetErrorCode(p)));
            rc = TC_FORMAT;
            break;
        }
        if (done) break;
    }
    XML_ParserFree(p);
    fclose(f);
    if (x->oom) rc = TC_NOMEM;
    return rc;
}

/* ---- gold lines ---------------------------------------------------------- */

typedef struct gtop {
    char surface[256];
    double lat, lon;
    uint32_t beg, end; /* code points */
} gtop;

/* Parses "gazName,,surface,,lat,,lon,,start,,end||..." into *out. */
static int parse_gold_line(char *line, gtop **out, int *nout) {
    int cap = 16, n = 0;
    gtop *g = malloc((size_t)cap * sizeof *g);
    if (!g) return TC_NOMEM;
    char *item = line;
    while (item && *item) {
        char *next = strstr(item, "||");
        if (next) *next = 0;
        char *f[6];
        int k = 0;
        char *s = item;
        while (k < 6) {
            f[k++] = s;
            char *sep = strstr(s, ",,");
            if (!sep) break;
            *sep = 0;
            s = sep + 2;
        }
        if (k == 6) {
            if (n == cap) {
                cap *= 2;
                gtop *q = realloc(g, (size_t)cap * sizeof *q);
                if (!q) { free(g); return TC_NOMEM; }
                g = q;
            }
            snprintf(g[n].surface, sizeof g[n].surface, "%s", f[1]);
            g[n].lat = strtod(f[2], NULL); g[n].lon = strtod(f[3], NULL);
            g[n].beg = (uint32_t)strtoul(f[4], NULL, 10); g[n].end = (uint32_t)strtoul(f[5], NULL, 10);
            n++;
        } else if (*item && strspn(item, " \r\n") < strlen(item)) {
            free(g);
            return TC_FORMAT;
        }
        item = next ? next + 2 : NULL;
    }
    *out = g; *nout = n;
    return TC_OK;
}

static bool same_surface(const char *a, const char *b) {
    return strcasecmp(a, b) == 0;
}

static double mid(uint32_t b, uint32_t e) { return (b + e) / 2.0; }

/* byte offset -> code point offset table for a text */
static uint32_t *cp_table(const char *t, size_t n) {
    uint32_t *c = malloc((n + 1) * sizeof *c);
    if (!c) return NULL;
    uint32_t k = 0;
    for (size_t i = 0; i <= n; i++) {
        c[i] = k;
        if (i < n && ((unsigned char)t[i] & 0xC0) != 0x80) k++;
    }
    /* c[i] counts starts before i: the code point index of byte i */
    return c;
}

static bool find_files(const char *dir, char *xml, char *gold, size_t cap) {
    DIR *D = opendir(dir);
    if (!D) return false;
    xml[0] = gold[0] = 0;
    struct dirent *e;
    while ((e = readdir(D))) {
        size_t l = strlen(e->d_name);
        if (l > 4 && !strcmp(e->d_name + l - 4, ".xml")) snprintf(xml, cap, "%s/%s", dir, e->d_name);
        if (l > 9 && !strcmp(e->d_name + l - 9, "_gold.txt")) snprintf(gold, cap, "%s/%s", dir, e->d_name);
    }
    closedir(D);
    return xml[0] && gold[0];
}

static double pct(double a, double b) { return b > 0 ? 100.0 * a / b : 0; }

int tc_geo_eval(const tc_gazetteer *g, const tc_nlp_model *parser, const char *dir, int gold_spans, int verbose,
                FILE *out) {
    if (!g || !dir || !out) return TC_MISUSE;
    char xmlp[4096], goldp[4096];
    if (!find_files(dir, xmlp, goldp, sizeof xmlp)) {
        fprintf(stderr, "%s: expected one *.xml and one *_gold.txt\n", dir);
        return TC_IO;
    }
    xparse x;
    int rc = read_xml(xmlp, &x);
    FILE *gf = NULL;
    geo_doc *d = NULL;
    char *line = NULL;
    size_t lcap = 0;
    if (rc != TC_OK) goto fail;
    gf = fopen(goldp, "rb");
    if (!gf) { fprintf(stderr, "%s: cannot open\n", goldp); rc = TC_IO; goto fail; }
    d = geo_doc_new(g, NULL);
    if (!d) { rc = TC_NOMEM; goto fail; }
    geo_doc_set_parser(d, parser);
    double ngold = 0, npred = 0, tp = 0, tp161 = 0;
    double n_cc = 0, ok_cc = 0, n_a1 = 0, ok_a1 = 0, n_all = 0, ok161 = 0;
    int lineno = 0;
    ssize_t len;
    while ((len = getline(&line, &lcap, gf)) >= 0) {
        lineno++;
        if (lineno > x.na) break;
        while (len && (line[len - 1] == '\n' || line[len - 1] == '\r')) line[--len] = 0;
        xart *a = &x.a[lineno - 1];
        gtop *gt = NULL;
        int ng = 0;
        if (parse_gold_line(line, &gt, &ng) != TC_OK) {
            fprintf(stderr, "%s:%d: expected name,,surface,,lat,,lon,,start,,end items\n", goldp, lineno);
            rc = TC_FORMAT;
            goto fail;
        }
        const char *text = a->text ? a->text : "";
        uint32_t *cp = cp_table(text, a->n);
        /* byte offsets of code point positions, for gold spans */
        uint32_t ncp = cp ? cp[a->n] : 0;
        uint32_t *bo = cp ? malloc(((size_t)ncp + 2) * sizeof *bo) : NULL;
        if (!cp || !bo) { free(cp); free(bo); free(gt); rc = TC_NOMEM; goto fail; }
        for (size_t i = a->n + 1; i-- > 0;) bo[cp[i]] = (uint32_t)i;
        bo[ncp + 1] = (uint32_t)a->n;
        geo_doc_reset(d);
        rc = geo_doc_add_text(d, text, a->n, 0);
        int first_gold = 0;
        char *added = calloc((size_t)(ng ? ng : 1), 1);
        if (!added) { free(cp); free(bo); free(gt); rc = TC_NOMEM; goto fail; }
        if (rc == TC_OK && gold_spans) {
            geo_doc_resolve(d); /* context from recognition; then resolve the gold spans with it */
            int nm0;
            geo_doc_mentions(d, &nm0);
            first_gold = nm0;
            for (int i = 0; i < ng && rc == TC_OK; i++) {
                uint32_t b = gt[i].beg <= ncp ? bo[gt[i].beg] : (uint32_t)a->n;
                uint32_t e = gt[i].end <= ncp ? bo[gt[i].end] : (uint32_t)a->n;
                /* use the gold surface itself: a few spans are shifted in the corpora */
                if (e <= b || e - b != strlen(gt[i].surface) || strncmp(text + b, gt[i].surface, e - b) != 0) {
                    char *hit = strstr(text + (b > 40 ? b - 40 : 0), gt[i].surface);
                    if (hit && hit - text < (long)b + 60) { b = (uint32_t)(hit - text); e = b + (uint32_t)strlen(gt[i].surface); }
                }
                if (e > b) { rc = geo_doc_add_span(d, text, b, e); added[i] = 1; }
            }
        }
        if (rc == TC_OK) rc = geo_doc_resolve(d);
        if (rc != TC_OK) { free(cp); free(bo); free(gt); free(added); goto fail; }
        int nm;
        const geo_mention *m = geo_doc_mentions(d, &nm);
        if (gold_spans) {
            /* the gold mentions are the last ng (those with sent == -1) */
            int k = 0;
            (void)first_gold;
            for (int i = 0; i < ng; i++) {
                const geo_mention *mm = NULL;
                for (; added[i] && k < nm; k++)
                    if (m[k].sent < 0) { mm = &m[k++]; break; }
                /* gold country/admin1 through the XML toponym's GeoNames id */
                uint32_t gid = 0;
                double bestd = 1e9;
                for (int t = 0; t < a->ntop; t++) {
                    double dd = fabs(mid(a->top[t].beg, a->top[t].end) - mid(gt[i].beg, gt[i].end));
                    if (dd < 10 && dd < bestd && a->top[t].gid) { bestd = dd; gid = a->top[t].gid; }
                }
                uint32_t gi = gid ? geo_gaz_by_gid(g, gid) : UINT32_MAX;
                tc_place gp, pp;
                bool have = mm && mm->resolved;
                if (have) geo_gaz_place(g, mm->place, &pp);
                n_all++;
                double km = have ? geo_km(pp.lat, pp.lon, gt[i].lat, gt[i].lon) : 1e9;
                if (km < 161) ok161++;
                if (gi != UINT32_MAX) {
                    geo_gaz_place(g, gi, &gp);
                    if (*gp.country) {
                        n_cc++;
                        if (have && !strcmp(pp.country, gp.country)) ok_cc++;
                        else if (verbose)
                            fprintf(out, "country\t%d\t%s\t%s %s\tgold %s %s\n", lineno, gt[i].surface,
                                    have ? pp.name : "-", have ? pp.country : "-", gp.name, gp.country);
                    }
                    if (*gp.admin1_code) {
                        n_a1++;
                        if (have && !strcmp(pp.country, gp.country) && !strcmp(pp.admin1_code, gp.admin1_code)) ok_a1++;
                    }
                }
                if (verbose && km >= 161)
                    fprintf(out, "miss\t%d\t%s\t%s\t%.0f km\tgold %.3f,%.3f\t%s %s %s\n", lineno, gt[i].surface,
                            have ? pp.name : "-", have ? km : -1.0, gt[i].lat, gt[i].lon,
                            have ? pp.country : "-", have ? pp.admin1 : "-", have ? pp.feature : "-");
            }
        } else {
            char *used = calloc((size_t)(ng ? ng : 1), 1);
            if (!used) { free(cp); free(bo); free(gt); free(added); rc = TC_NOMEM; goto fail; }
            ngold += ng;
            for (int i = 0; i < nm; i++) {
                if (!m[i].resolved) continue;
                npred++;
                double pm = mid(cp[m[i].beg], cp[m[i].end]);
                int hit = -1;
                for (int k = 0; k < ng; k++)
                    if (!used[k] && fabs(mid(gt[k].beg, gt[k].end) - pm) < 10 && same_surface(gt[k].surface, m[i].surface)) {
                        hit = k; break;
                    }
                tc_place pp;
                geo_gaz_place(g, m[i].place, &pp);
                if (hit >= 0) {
                    used[hit] = 1;
                    tp++;
                    double km = geo_km(pp.lat, pp.lon, gt[hit].lat, gt[hit].lon);
                    if (km < 161) tp161++;
                    else if (verbose) fprintf(out, "far\t%d\t%s\t%s %s\t%.0f km\n", lineno, m[i].surface, pp.name, pp.country, km);
                } else if (verbose) {
                    fprintf(out, "fp\t%d\t%s\t%s %s\n", lineno, m[i].surface, pp.name, pp.country);
                }
            }
            if (verbose)
                for (int k = 0; k < ng; k++)
                    if (!used[k]) fprintf(out, "fn\t%d\t%s\n", lineno, gt[k].surface);
            free(used);
        }
        free(cp); free(bo); free(gt); free(added);
    }
    if (gold_spans) {
        fprintf(out, "# %d articles, %.0f gold toponyms (%.0f with a country, %.0f with an admin1 in the gazetteer)\n",
                lineno, n_all, n_cc, n_a1);
        fprintf(out, "country %.2f admin1 %.2f acc161 %.2f\n", pct(ok_cc, n_cc), pct(ok_a1, n_a1), pct(ok161, n_all));
    } else {
        double P = pct(tp, npred), R = pct(tp, ngold), F = P + R > 0 ? 2 * P * R / (P + R) : 0;
        double P2 = pct(tp161, npred), R2 = pct(tp161, ngold), F2 = P2 + R2 > 0 ? 2 * P2 * R2 / (P2 + R2) : 0;
        fprintf(out, "# %d articles, %.0f gold, %.0f predicted, %.0f matched, %.0f within 161 km\n", lineno, ngold, npred, tp, tp161);
        fprintf(out, "P %.2f R %.2f F1 %.2f acc161-F1 %.2f\n", P, R, F, F2);
    }
    rc = TC_OK;
fail:
    free(line);
    if (gf) fclose(gf);
    geo_doc_free(d);
    free_articles(&x);
    return rc;
}

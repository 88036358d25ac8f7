/*
 * page.c -- writes a report as one HTML file.  The page itself (HTML, CSS,
 * JavaScript) is written as ordinary web files in src/report/page/, which
 * the build turns into byte arrays (mk/report.mk); this file fills the
 * template's markers: the title, the style sheet, the script, and two data
 * blocks -- the report's data as JSON and the world outlines as TopoJSON.
 *
 * Both data blocks are gzip-compressed and base64-encoded; the page inflates
 * them with the browser's DecompressionStream.  The data block is a 4-byte
 * little-endian length, that much JSON (strings, stories, places, labels),
 * padding to a multiple of 4, then the event columns as little-endian int32
 * arrays (RP_NONE for null), which the page reads in place as Int32Arrays:
 * at 100,000 events, parsing them as JSON took longer than all the rest.  Event data is mostly
 * repeated text (sentences, actors, places), so this keeps a 100,000-event
 * page at a few megabytes, and base64 has no '<' that could end the script
 * element early.  Nothing in the page refers to anything outside the file.
 */
#include "report/page.h"
#include "report/report.h"

#include <stdlib.h>
#include <string.h>
#include <zlib.h>

/* ---- the data as JSON ----------------------------------------------------- */

static void jstrv(tc_buf *b, const char *s) {
    tc_buf_addc(b, '"');
    tc_buf_add_json(b, s, strlen(s));
    tc_buf_addc(b, '"');
}

/* Integers are most of the data: written without printf. */
static void add_long(tc_buf *b, long v) { tc_buf_add_long(b, v); }

/* ",v" (or "v" first) */
static void add_item(tc_buf *b, long v, bool first) {
    if (!first) tc_buf_addc(b, ',');
    add_long(b, v);
}


/* The event columns, written as int32 arrays after the JSON. */
static const struct { const char *key; size_t off; } ecol[] = {
    {"st", offsetof(rp_event, story)},     {"sn", offsetof(rp_event, sent)},
    {"ss", offsetof(rp_event, sents)},     {"day", offsetof(rp_event, day)},
    {"date", offsetof(rp_event, date)},    {"prec", offsetof(rp_event, prec)},
    {"dt", offsetof(rp_event, date_text)}, {"src", offsetof(rp_event, src)},
    {"srct", offsetof(rp_event, src_text)}, {"tgt", offsetof(rp_event, tgt)},
    {"tgtt", offsetof(rp_event, tgt_text)}, {"code", offsetof(rp_event, code)},
    {"root", offsetof(rp_event, root)},    {"quad", offsetof(rp_event, quad)},
    {"g10", offsetof(rp_event, gold10)},   {"pl", offsetof(rp_event, place)},
    {"k", offsetof(rp_event, killed)},     {"km", offsetof(rp_event, kmod)},
    {"i", offsetof(rp_event, injured)},    {"im", offsetof(rp_event, imod)},
    {"tr", offsetof(rp_event, trigger)},   {"plover", offsetof(rp_event, plover)},
    {"acled", offsetof(rp_event, acled)},  {"acleds", offsetof(rp_event, acled_sub)},
    {"note", offsetof(rp_event, note)},    {"id", offsetof(rp_event, id)}};

static int part_cmp(const void *a, const void *b) {
    const rp_part *x = a, *y = b;
    return (x->n > y->n) - (x->n < y->n);
}

static const char *code_name(const tc_report *r, int32_t code) {
    if (r->str[code].name) return r->str[code].name > 0 ? r->str[r->str[code].name].s : NULL;
    const tc_cameo *c = r->onto ? tc_ontology_lookup(r->onto, r->str[code].s) : NULL;
    /* a fallback to a parent code names the parent's kind: still the best label there is */
    return c && c->name[0] ? c->name : NULL;
}

static void data_json(tc_buf *b, tc_report *r, const char *title) {
    tc_report_stats st;
    tc_report_get_stats(r, &st);
    tc_buf_adds(b, "{\"v\":1,\"meta\":{\"title\":");
    jstrv(b, title);
    tc_buf_adds(b, ",\"tacitus\":");
    jstrv(b, tc_version());
    tc_buf_adds(b, ",\"inputs\":[");
    for (int i = 0; i < r->ninputs; i++) {
        if (i) tc_buf_addc(b, ',');
        jstrv(b, r->str[r->inputs[i]].s);
    }
    tc_buf_printf(b, "],\"stories\":%ld,\"stories_seen\":%ld,\"sentences\":%ld,\"events\":%ld,\"errors\":%ld,"
                     "\"skipped\":%ld,\"atlas\":",
                  st.stories, st.stories_seen, st.sentences, st.events, st.errors, st.skipped);
    if (r->atlas) jstrv(b, r->atlas_name);
    else tc_buf_adds(b, "null");
    tc_buf_adds(b, ",\"atlas_note\":");
    jstrv(b, r->atlas_note);
    tc_buf_adds(b, ",\"columns\":[");
    for (size_t k = 0; k < TC_COUNTOF(ecol); k++) {
        if (k) tc_buf_addc(b, ',');
        jstrv(b, ecol[k].key);
    }
    tc_buf_addc(b, ']');
    tc_buf_adds(b, "},\"s\":[");
    for (int32_t i = 0; i < r->nstr; i++) {
        if (i) tc_buf_addc(b, ',');
        /* place keys are internal: written empty */
        jstrv(b, r->str[i].s[0] == '\x1f' ? "" : r->str[i].s);
    }
    /* stories */
    static const struct { const char *key; size_t off; } scol[] = {
        {"id", offsetof(rp_story, id)}, {"date", offsetof(rp_story, date)}, {"title", offsetof(rp_story, title)},
        {"url", offsetof(rp_story, url)}, {"source", offsetof(rp_story, source)}};
    tc_buf_adds(b, "],\"stories\":{");
    for (size_t k = 0; k < TC_COUNTOF(scol); k++) {
        if (k) tc_buf_addc(b, ',');
        jstrv(b, scol[k].key);
        tc_buf_adds(b, ":[");
        for (int32_t i = 0; i < r->nstory; i++) {
            int32_t v;
            memcpy(&v, (const char *)&r->story[i] + scol[k].off, sizeof v);
            add_item(b, (long)v, !i);
        }
        tc_buf_addc(b, ']');
    }
    tc_buf_adds(b, ",\"full\":[");
    for (int32_t i = 0; i < r->nstory; i++) add_item(b, r->story[i].full ? 1 : 0, i == 0);
    tc_buf_adds(b, "],\"parts\":[");
    for (int32_t i = 0; i < r->nstory; i++) {
        rp_story *s = &r->story[i];
        if (!s->full && s->nparts > 1) qsort(s->parts, (size_t)s->nparts, sizeof *s->parts, part_cmp);
        tc_buf_adds(b, i ? ",[" : "[");
        for (int k = 0; k < s->nparts; k++)
        {
            add_item(b, s->parts[k].n, k == 0);
            add_item(b, s->parts[k].text, false);
        }
        tc_buf_addc(b, ']');
    }
    /* places */
    tc_buf_adds(b, "]},\"places\":{\"name\":[");
    for (int32_t i = 0; i < r->nplace; i++) add_item(b, (long)r->place[i].name, !i);
    tc_buf_adds(b, "],\"cc\":[");
    for (int32_t i = 0; i < r->nplace; i++) add_item(b, (long)r->place[i].country, !i);
    tc_buf_adds(b, "],\"a1\":[");
    for (int32_t i = 0; i < r->nplace; i++) add_item(b, (long)r->place[i].admin1, !i);
    tc_buf_adds(b, "],\"prec\":[");
    for (int32_t i = 0; i < r->nplace; i++) add_item(b, (long)r->place[i].precision, !i);
    tc_buf_adds(b, "],\"lat\":[");
    for (int32_t i = 0; i < r->nplace; i++) tc_buf_printf(b, "%s%.4f", i ? "," : "", r->place[i].lat);
    tc_buf_adds(b, "],\"lon\":[");
    for (int32_t i = 0; i < r->nplace; i++) tc_buf_printf(b, "%s%.4f", i ? "," : "", r->place[i].lon);
    /* labels for the codes, roots and countries that occur */
    tc_buf_adds(b, "]},\"codes\":{");
    bool *seen = tc_mem_calloc(r->A, (size_t)r->nstr + 1, sizeof *seen);
    if (!seen) { b->oom = true; return; }
    int nout = 0;
    for (int pass = 0; pass < 2; pass++) {
        if (pass) {
            tc_buf_adds(b, "},\"roots\":{");
            nout = 0;
            memset(seen, 0, ((size_t)r->nstr + 1) * sizeof *seen);
        }
        for (long i = 0; i < r->nev; i++) {
            int32_t c = pass ? r->ev[i].root : r->ev[i].code;
            if (!c || seen[c]) continue;
            seen[c] = true;
            const char *name = code_name(r, c);
            if (!name) continue;
            if (nout++) tc_buf_addc(b, ',');
            jstrv(b, r->str[c].s);
            tc_buf_addc(b, ':');
            jstrv(b, name);
        }
    }
    tc_buf_adds(b, "},\"countries\":{");
    nout = 0;
    for (long c = 0; c < r->ncountry; c++) {
        int32_t id = -1;
        for (int32_t p = 0; p < r->nplace && id < 0; p++)
            if (!strcmp(r->str[r->place[p].country].s, r->country[c].iso2)) id = p;
        if (id < 0) continue;
        if (nout++) tc_buf_addc(b, ',');
        jstrv(b, r->country[c].iso2);
        tc_buf_adds(b, ":[");
        jstrv(b, r->str[r->country[c].name].s);
        tc_buf_addc(b, ',');
        jstrv(b, r->str[r->country[c].numeric].s);
        tc_buf_addc(b, ']');
    }
    tc_mem_free(r->A, seen);
    tc_buf_adds(b, "},\"errors\":{\"doc\":[");
    for (long i = 0; i < r->nerr; i++) add_item(b, (long)r->err[i].doc, !i);
    tc_buf_adds(b, "],\"msg\":[");
    for (long i = 0; i < r->nerr; i++) add_item(b, (long)r->err[i].msg, !i);
    tc_buf_adds(b, "],\"line\":[");
    for (long i = 0; i < r->nerr; i++) add_item(b, r->err[i].line, !i);
    tc_buf_adds(b, "]}}");
}

/* ---- gzip + base64 out ----------------------------------------------------- */

static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

typedef struct b64_out {
    FILE *f;
    unsigned char carry[3];
    int ncarry;
    bool err;
} b64_out;

static void b64_put(b64_out *o, const unsigned char *p, size_t n, bool last) {
    char line[4096];
    size_t k = 0;
    while (n || (last && o->ncarry)) {
        while (o->ncarry < 3 && n) { o->carry[o->ncarry++] = *p++; n--; }
        if (o->ncarry < 3 && !last) break;
        unsigned char c0 = o->carry[0], c1 = o->ncarry > 1 ? o->carry[1] : 0, c2 = o->ncarry > 2 ? o->carry[2] : 0;
        line[k++] = b64[c0 >> 2];
        line[k++] = b64[(c0 & 3) << 4 | c1 >> 4];
        line[k++] = o->ncarry > 1 ? b64[(c1 & 15) << 2 | c2 >> 6] : '=';
        line[k++] = o->ncarry > 2 ? b64[c2 & 63] : '=';
        o->ncarry = 0;
        if (k + 4 > sizeof line) {
            if (fwrite(line, 1, k, o->f) != k) o->err = true;
            k = 0;
        }
    }
    if (k && fwrite(line, 1, k, o->f) != k) o->err = true;
}

/* Writes p[0..n) gzip-compressed and base64-encoded.  TC_OK, TC_IO, TC_NOMEM. */
static int write_gz64(FILE *f, const void *p, size_t n, int level) {
    z_stream z;
    memset(&z, 0, sizeof z);
    if (deflateInit2(&z, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) return TC_NOMEM;
    unsigned char out[1 << 16];
    b64_out o = {f, {0}, 0, false};
    const unsigned char *in = p;
    int zr;
    do {
        size_t chunk = n > (1u << 30) ? (1u << 30) : n;
        z.next_in = (unsigned char *)(uintptr_t)in;
        z.avail_in = (uInt)chunk;
        in += chunk;
        n -= chunk;
        int flush = n ? Z_NO_FLUSH : Z_FINISH;
        do {
            z.next_out = out;
            z.avail_out = sizeof out;
            zr = deflate(&z, flush);
            b64_put(&o, out, sizeof out - z.avail_out, false);
        } while (z.avail_out == 0);
    } while (n);
    deflateEnd(&z);
    b64_put(&o, NULL, 0, true);
    if (zr != Z_STREAM_END) return TC_NOMEM;
    return o.err ? TC_IO : TC_OK;
}

/* ---- the page ---------------------------------------------------------------- */

static void html_text(FILE *f, const char *s) {
    for (; *s; s++) {
        switch (*s) {
        case '<': fputs("&lt;", f); break;
        case '>': fputs("&gt;", f); break;
        case '&': fputs("&amp;", f); break;
        case '"': fputs("&quot;", f); break;
        default: fputc(*s, f);
        }
    }
}

int tc_report_write(tc_report *r, FILE *f, const char *title) {
    if (!r || !f) return TC_MISUSE;
    if (r->oom) return rp_fail(r, TC_NOMEM, "out of memory");
    if (!title || !*title) title = "tacitus report";
    /* the data block: 4-byte length, the JSON, padding to 4, the event columns */
    tc_buf data;
    tc_buf_init(&data, r->A);
    tc_buf_add(&data, "\0\0\0\0", 4);
    data_json(&data, r, title);
    if (!data.oom) {
        tc_put_u32((unsigned char *)data.p, (uint32_t)(data.n - 4));
        while (data.n % 4) tc_buf_addc(&data, ' ');
        size_t need = (size_t)r->nev * TC_COUNTOF(ecol) * 4;
        if (tc_buf_reserve(&data, need)) {
            unsigned char *o = (unsigned char *)data.p + data.n;
            for (size_t k = 0; k < TC_COUNTOF(ecol); k++)
                for (long i = 0; i < r->nev; i++, o += 4) {
                    int32_t v;
                    memcpy(&v, (const char *)&r->ev[i] + ecol[k].off, sizeof v);
                    tc_put_u32(o, (uint32_t)v);
                }
            data.n += need;
        }
    }
    if (data.oom) { tc_buf_free(&data); return rp_fail(r, TC_NOMEM, "out of memory writing the page data"); }
    const char *t = (const char *)tc_report_page_html;
    const char *end = t + tc_report_page_html_len;
    int rc = TC_OK;
    while (t < end && rc == TC_OK) {
        const char *m = strstr(t, "<!--TC:");
        if (!m || m >= end) { fwrite(t, 1, (size_t)(end - t), f); break; }
        fwrite(t, 1, (size_t)(m - t), f);
        const char *name = m + 7, *close = strstr(name, "-->");
        if (!close) break;
        size_t k = (size_t)(close - name);
        if (k == 5 && !memcmp(name, "TITLE", 5)) html_text(f, title);
        else if (k == 3 && !memcmp(name, "CSS", 3)) fwrite(tc_report_page_css, 1, tc_report_page_css_len, f);
        else if (k == 2 && !memcmp(name, "JS", 2)) fwrite(tc_report_page_js, 1, tc_report_page_js_len, f);
        else if (k == 4 && !memcmp(name, "DATA", 4)) rc = write_gz64(f, data.p, data.n, 3);
        else if (k == 5 && !memcmp(name, "ATLAS", 5)) {
            if (r->atlas) rc = write_gz64(f, r->atlas, r->atlas_len, 6);
        }
        t = close + 3;
    }
    tc_buf_free(&data);
    if (rc == TC_OK && (ferror(f) || fflush(f))) rc = TC_IO;
    if (rc) return rp_fail(r, rc, rc == TC_IO ? "write error" : "out of memory compressing the page data");
    return TC_OK;
}

/*
 * petrxml.c -- PETRARCH validation XML reader on expat.
 *
 * The file is mapped and fed to expat in 64 KiB pieces; element callbacks
 * collect one record at a time into an arena that is reset per record, so
 * memory stays flat however long the file is.  A record ends at the next
 * <Sentence> start or at the end of the document (which handles both the
 * nested and the self-closing styles).  The <Parse> text goes through the
 * shared CoNLL-U reader; a broken parse marks only that record as an error.
 * Broken XML stops expat, so the reader reports an error record at the
 * failing line and starts a fresh parser at the next "<Sentence" after the
 * failure, wrapped in a synthetic root element; the run goes on.
 */
#include "io/petrxml.h"

#include "core/conllu.h"

#include <expat.h>
#include <stdio.h>
#include <string.h>

enum { IN_NONE, IN_TEXT, IN_PARSE, IN_ENVFIELD };

typedef struct rd {
    const char *path;
    const tc_alloc *A;
    const tc_petrxml_cb *cb;
    XML_Parser xp;
    tc_arena arena;      /* per record */
    tc_arena env_arena;  /* environment */
    tc_buf text, parse, field;
    int in;
    const char *field_name;
    bool have_rec;
    tc_petr_record rec;
    tc_petr_event *gold;
    int ngold, capgold;
    tc_petr_env env;
    bool in_env;
    int line_base;       /* line offset of the current parser's input */
    int stop;            /* callback result */
    bool oom;
} rd;

static const char *attr(const XML_Char **a, const char *name) {
    for (int i = 0; a[i]; i += 2)
        if (!strcmp(a[i], name)) return a[i + 1];
    return NULL;
}

static const char *trim_dup(tc_arena *ar, const char *s, size_t n) {
    while (n && (*s == ' ' || *s == '\n' || *s == '\r' || *s == '\t')) s++, n--;
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\n' || s[n - 1] == '\r' || s[n - 1] == '\t')) n--;
    return tc_arena_strndup(ar, s, n);
}

static void finish_record(rd *r) {
    if (!r->have_rec || r->stop) return;
    r->have_rec = false;
    tc_petr_record *rec = &r->rec;
    rec->text = trim_dup(&r->arena, r->text.p ? r->text.p : "", r->text.n);
    rec->gold = r->gold;
    rec->ngold = r->ngold;
    if (!rec->error) {
        /* the parse: drop leading blank lines, and join the block */
        const char *p = r->parse.p ? r->parse.p : "";
        size_t n = r->parse.n;
        while (n && (*p == '\n' || *p == '\r' || *p == ' ' || *p == '\t')) p++, n--;
        if (n == 0) {
            rec->error = tc_arena_printf(&r->arena, "%s:%d: record without a <Parse>", r->path, rec->line);
        } else {
            char err[200] = "";
            size_t used = 0;
            int rc = tc_conllu_parse(&r->arena, p, n, &rec->sent, &used, err, sizeof err);
            if (rc == TC_OK) rec->parsed = true;
            else if (rc == TC_NOMEM) r->oom = true;
            else rec->error = tc_arena_printf(&r->arena, "%s:%d: bad <Parse>: %s", r->path, rec->line,
                                              rc == TC_DONE ? "no word lines" : err);
        }
    }
    if (r->arena.oom) r->oom = true;
    if (!r->oom && r->cb->record) r->stop = r->cb->record(r->cb->ud, rec);
    tc_arena_reset(&r->arena);
    r->gold = NULL;
    r->ngold = r->capgold = 0;
}

static void add_gold(rd *r, const char *s, const char *t, const char *c) {
    if (r->ngold == r->capgold) {
        int nc = r->capgold ? r->capgold * 2 : 4;
        tc_petr_event *ng = tc_arena_alloc(&r->arena, (size_t)nc * sizeof *ng);
        if (!ng) { r->oom = true; return; }
        if (r->ngold) memcpy(ng, r->gold, (size_t)r->ngold * sizeof *ng);
        r->gold = ng;
        r->capgold = nc;
    }
    tc_petr_event *e = &r->gold[r->ngold++];
    e->source = tc_arena_strdup(&r->arena, s ? s : "");
    e->target = tc_arena_strdup(&r->arena, t ? t : "");
    e->code = tc_arena_strdup(&r->arena, c ? c : "");
}

static int cur_line(rd *r) { return r->line_base + (int)XML_GetCurrentLineNumber(r->xp); }

static void XMLCALL on_start(void *ud, const XML_Char *name, const XML_Char **a) {
    rd *r = ud;
    if (r->stop) return;
    if (!strcmp(name, "Sentence")) {
        finish_record(r);
        memset(&r->rec, 0, sizeof r->rec);
        r->have_rec = true;
        r->rec.line = cur_line(r);
        const char *id = attr(a, "id"), *cat = attr(a, "category"), *date = attr(a, "date"),
                   *ev = attr(a, "evaluate");
        if (!cat) cat = attr(a, "source");
        r->rec.id = tc_arena_strdup(&r->arena, id ? id : "");
        r->rec.category = tc_arena_strdup(&r->arena, cat ? cat : "");
        r->rec.evaluate = !(ev && (!strcmp(ev, "false") || !strcmp(ev, "False")));
        if (date && !tc_date_parse(date, strlen(date), &r->rec.date))
            r->rec.error = tc_arena_printf(&r->arena, "%s:%d: bad date '%s'", r->path, r->rec.line, date);
        tc_buf_clear(&r->text);
        tc_buf_clear(&r->parse);
        return;
    }
    if (!strcmp(name, "Environment")) { r->in_env = true; return; }
    if (r->in_env) {
        r->in = IN_ENVFIELD;
        r->field_name = NULL;
        static const char *const fields[] = {"Verbfile", "Actorfile", "Agentfile", "Discardfile", "PICOfile", "Include"};
        for (size_t i = 0; i < TC_COUNTOF(fields); i++)
            if (!strcmp(name, fields[i])) r->field_name = fields[i];
        tc_buf_clear(&r->field);
        return;
    }
    if (!r->have_rec) return;
    if (!strcmp(name, "EventCoding")) {
        const char *ne = attr(a, "noevents");
        if (ne) { r->rec.noevents = true; return; }
        add_gold(r, attr(a, "sourcecode"), attr(a, "targetcode"), attr(a, "eventcode"));
    } else if (!strcmp(name, "Text")) {
        r->in = IN_TEXT;
    } else if (!strcmp(name, "Parse")) {
        r->in = IN_PARSE;
    }
}

/* Splits s on commas and/or blanks into an arena array. */
static const char **split(tc_arena *ar, const char *s, const char *seps, int *n) {
    int cap = 1;
    for (const char *p = s; *p; p++) cap++;
    const char **v = tc_arena_alloc(ar, (size_t)cap * sizeof *v);
    *n = 0;
    if (!v) return NULL;
    const char *p = s;
    while (*p) {
        while (*p && strchr(seps, *p)) p++;
        const char *e = p;
        while (*e && !strchr(seps, *e)) e++;
        if (e > p) v[(*n)++] = tc_arena_strndup(ar, p, (size_t)(e - p));
        p = e;
    }
    return v;
}

static void XMLCALL on_end(void *ud, const XML_Char *name) {
    rd *r = ud;
    if (r->stop) return;
    if (!strcmp(name, "Environment")) {
        r->in_env = false;
        r->in = IN_NONE;
        if (r->cb->env) r->stop = r->cb->env(r->cb->ud, &r->env);
        return;
    }
    if (r->in_env && r->in == IN_ENVFIELD) {
        const char *v = trim_dup(&r->env_arena, r->field.p ? r->field.p : "", r->field.n);
        const char *f = r->field_name;
        if (f && v) {
            if (!strcmp(f, "Verbfile")) r->env.verbfile = v;
            else if (!strcmp(f, "Agentfile")) r->env.agentfile = v;
            else if (!strcmp(f, "Discardfile")) r->env.discardfile = v;
            else if (!strcmp(f, "PICOfile")) r->env.picofile = v;
            else if (!strcmp(f, "Actorfile")) r->env.actorfiles = split(&r->env_arena, v, ", \t\n", &r->env.nactor);
            else if (!strcmp(f, "Include")) {
                r->env.include = split(&r->env_arena, v, " \t\n,", &r->env.ninclude);
                r->env.has_include = true;
            }
        }
        r->in = IN_NONE;
        return;
    }
    if (!strcmp(name, "Text") || !strcmp(name, "Parse")) r->in = IN_NONE;
    else if (!strcmp(name, "Sentences") || !strcmp(name, "Validation")) finish_record(r);
}

static void XMLCALL on_text(void *ud, const XML_Char *s, int len) {
    rd *r = ud;
    if (r->in == IN_TEXT) tc_buf_add(&r->text, s, (size_t)len);
    else if (r->in == IN_PARSE) tc_buf_add(&r->parse, s, (size_t)len);
    else if (r->in == IN_ENVFIELD) tc_buf_add(&r->field, s, (size_t)len);
}

static XML_Parser new_parser(rd *r) {
    XML_Parser xp = XML_ParserCreate("UTF-8");
    if (!xp) return NULL;
    XML_SetUserData(xp, r);
    XML_SetElementHandler(xp, on_start, on_end);
    XML_SetCharacterDataHandler(xp, on_text);
    return xp;
}

static int count_lines(const unsigned char *p, size_t n) {
    int k = 0;
    for (size_t i = 0; i < n; i++) k += p[i] == '\n';
    return k;
}

/*
 * The files in the wild are not quite XML: the GSR file mixes self-closing
 * <Sentence .../> records with <Sentence>...</Sentence> ones, and the 2.02
 * records carry "<PLEvent {json}>" pseudo-tags.  This pass makes a tolerant
 * copy before expat sees it: every <Sentence ...> start tag becomes
 * self-closing, every </Sentence> is dropped (a record runs to the next
 * <Sentence> anyway), <PLEvent ...> tags and comments (which nest in these
 * files) are blanked.  Newlines are kept,
 * so line numbers in messages still point into the original file.
 */
static unsigned char *tolerant_copy(const tc_alloc *A, const unsigned char *p, size_t n, size_t *outn) {
    unsigned char *o = tc_mem_alloc(A, n + n / 8 + 16);
    if (!o) return NULL;
    size_t k = 0, cap = n + n / 8 + 16;
    for (size_t i = 0; i < n;) {
        if (p[i] == '<' && i + 9 < n && !memcmp(p + i, "<Sentence", 9) && (p[i + 9] == ' ' || p[i + 9] == '>' || p[i + 9] == '\n')) {
            size_t j = i;
            while (j < n && p[j] != '>') j++;
            if (j >= n) { memcpy(o + k, p + i, n - i); k += n - i; break; }
            size_t body = j - i;
            if (k + body + 3 > cap) break;
            memcpy(o + k, p + i, body);
            k += body;
            if (p[j - 1] != '/') o[k++] = '/';
            o[k++] = '>';
            i = j + 1;
            continue;
        }
        if (p[i] == '<' && i + 4 <= n && !memcmp(p + i, "<!--", 4)) {
            /* comments are blanked; they nest in these files ("<!-- ... -->"
               quoted inside a comment), so count depth */
            size_t j = i + 4;
            int depth = 1;
            while (j < n && depth > 0) {
                if (j + 4 <= n && !memcmp(p + j, "<!--", 4)) { depth++; j += 4; }
                else if (j + 3 <= n && !memcmp(p + j, "-->", 3)) { depth--; j += 3; }
                else j++;
            }
            for (size_t q = i; q < j; q++) o[k++] = p[q] == '\n' ? '\n' : ' ';
            i = j;
            continue;
        }
        if (p[i] == '<' && i + 11 <= n && !memcmp(p + i, "</Sentence>", 11)) { i += 11; continue; }
        if (p[i] == '<' && i + 8 <= n && !memcmp(p + i, "<PLEvent", 8)) {
            size_t j = i;
            while (j < n && p[j] != '\n') j++;
            /* blank up to the last '>' on the line */
            size_t last = i;
            for (size_t q = i; q < j; q++) if (p[q] == '>') last = q;
            for (size_t q = i; q <= last; q++) o[k++] = ' ';
            i = last + 1;
            continue;
        }
        if (k + 1 > cap) break;
        o[k++] = p[i++];
    }
    *outn = k;
    return o;
}

int tc_petrxml_read(const char *path, const tc_alloc *A, const tc_petrxml_cb *cb, char *err,
                    size_t errlen) {
    tc_map m;
    rd r;
    int rc = TC_OK;
    if (!path || !cb) return TC_MISUSE;
    memset(&r, 0, sizeof r);
    if (tc_map_file(&m, path, A) != TC_OK) {
        if (err && errlen) snprintf(err, errlen, "%s: cannot read file", path);
        return TC_IO;
    }
    {
        size_t tn = 0;
        unsigned char *t = tolerant_copy(A, m.p, m.n, &tn);
        tc_unmap(&m);
        if (!t) return TC_NOMEM;
        if (tn == 0) { tc_mem_free(A, t); return TC_OK; }
        m.p = t;
        m.n = tn;
        m.mapped = false;
        m.A = A;
    }
    r.path = path;
    r.A = A;
    r.cb = cb;
    tc_arena_init(&r.arena, A, 1 << 16);
    tc_arena_init(&r.env_arena, A, 4096);
    tc_buf_init(&r.text, A);
    tc_buf_init(&r.parse, A);
    tc_buf_init(&r.field, A);
    size_t pos = 0;
    bool wrapped = false;
    while (pos <= m.n && !r.stop && !r.oom) {
        r.xp = new_parser(&r);
        if (!r.xp) { rc = TC_NOMEM; goto done; }
        r.line_base = count_lines(m.p, pos) - (wrapped ? 1 : 0);
        bool failed = false;
        if (wrapped) {
            static const char wrap[] = "<Recovered>\n";
            if (XML_Parse(r.xp, wrap, (int)strlen(wrap), 0) == XML_STATUS_ERROR) failed = true;
        }
        size_t at = pos, stop_at = m.n;
        if (wrapped) {
            /* the real closing tags do not match the synthetic root: feed up
               to the last </Sentences> (or the end) and close it ourselves */
            for (size_t i = m.n; i-- > pos;)
                if (m.p[i] == '<' && i + 12 <= m.n && !memcmp(m.p + i, "</Sentences>", 12)) { stop_at = i; break; }
        }
        while (!failed && !r.stop && !r.oom) {
            size_t chunk = stop_at - at > 65536 ? 65536 : stop_at - at;
            bool last = at + chunk >= stop_at;
            if (XML_Parse(r.xp, (const char *)m.p + at, (int)chunk, last && !wrapped) == XML_STATUS_ERROR) {
                failed = true;
                break;
            }
            at += chunk;
            if (last) {
                if (wrapped && XML_Parse(r.xp, "</Recovered>", 12, 1) == XML_STATUS_ERROR) failed = true;
                break;
            }
        }
        if (r.stop || r.oom) { XML_ParserFree(r.xp); r.xp = NULL; break; }
        if (!failed) {
            finish_record(&r);
            XML_ParserFree(r.xp);
            r.xp = NULL;
            break;
        }
        /* error: report it as an error record, then resume at the next <Sentence */
        int line = cur_line(&r);
        long byte = XML_GetCurrentByteIndex(r.xp);
        const char *what = XML_ErrorString(XML_GetErrorCode(r.xp));
        XML_ParserFree(r.xp);
        r.xp = NULL;
        size_t fail_at = byte >= 0 ? pos + (size_t)byte - (wrapped ? strlen("<Recovered>\n") : 0) : pos;
        if (fail_at > m.n) fail_at = m.n;
        tc_petr_record er;
        memset(&er, 0, sizeof er);
        if (r.have_rec) er = r.rec;
        r.have_rec = false;
        er.line = line;
        er.error = tc_arena_printf(&r.arena, "%s:%d: XML error: %s", path, line, what ? what : "?");
        if (!er.id) er.id = "";
        if (!er.category) er.category = "";
        er.text = "";
        er.gold = NULL;
        er.ngold = 0;
        r.in = IN_NONE;
        r.in_env = false;
        if (r.cb->record && er.error) r.stop = r.cb->record(r.cb->ud, &er);
        tc_arena_reset(&r.arena);
        r.gold = NULL;
        r.ngold = r.capgold = 0;
        /* next "<Sentence" strictly after the failing position's record start */
        const char *next = NULL;
        for (size_t i = fail_at + 1; i + 9 <= m.n; i++)
            if (m.p[i] == '<' && !memcmp(m.p + i, "<Sentence", 9) && (m.p[i + 9] == ' ' || m.p[i + 9] == '>')) {
                next = (const char *)m.p + i;
                break;
            }
        if (!next) break;
        pos = (size_t)(next - (const char *)m.p);
        wrapped = true;
    }
    if (r.oom || r.arena.oom || r.text.oom || r.parse.oom) rc = TC_NOMEM;
    else rc = r.stop;
done:
    tc_arena_free(&r.arena);
    tc_arena_free(&r.env_arena);
    tc_buf_free(&r.text);
    tc_buf_free(&r.parse);
    tc_buf_free(&r.field);
    tc_unmap(&m);
    return rc;
}

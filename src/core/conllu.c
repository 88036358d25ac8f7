/*
 * conllu.c -- CoNLL-U sentence blocks to tc_sent and back.  The reader is
 * strict about the column count and the ID/HEAD integers, because a shifted
 * column silently corrupts a tree; everything else is taken as written.
 */
#include "core/conllu.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *field_dup(tc_arena *a, const char *s, size_t n) {
    if (n == 1 && s[0] == '_') return NULL;
    return tc_arena_strndup(a, s, n);
}

static bool parse_int(const char *s, size_t n, long *v) {
    if (n == 0 || n > 9) return false;
    long x = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9') return false;
        x = x * 10 + (s[i] - '0');
    }
    *v = x;
    return true;
}

int tc_conllu_parse(tc_arena *a, const char *s, size_t n, tc_sent *out, size_t *used,
                    char *err, size_t errlen) {
    memset(out, 0, sizeof *out);
    out->doc_beg = UINT32_MAX;
    size_t pos = 0;
    int lineno = 0, cap = 0, mcap = 0;
    const char *text = NULL;
    size_t textn = 0;
    if (err && errlen) err[0] = 0;
    /* skip leading blank lines */
    while (pos < n && (s[pos] == '\n' || s[pos] == '\r' || s[pos] == ' ' || s[pos] == '\t')) {
        size_t q = pos;
        while (q < n && s[q] != '\n' && (s[q] == ' ' || s[q] == '\t' || s[q] == '\r')) q++;
        if (q < n && s[q] != '\n') break;
        pos = q < n ? q + 1 : q;
        lineno++;
    }
    while (pos < n) {
        const char *line = s + pos;
        const char *nl = memchr(line, '\n', n - pos);
        size_t len = nl ? (size_t)(nl - line) : n - pos;
        pos += len + (nl ? 1 : 0);
        lineno++;
        while (len && (line[len - 1] == '\r' || line[len - 1] == ' ' || line[len - 1] == '\t')) len--;
        /* strip leading white space: XML-embedded parses are often indented */
        while (len && (line[0] == ' ' || line[0] == '\t')) { line++; len--; }
        if (len == 0) break;
        if (line[0] == '#') {
            if (len > 9 && !strncmp(line, "# text = ", 9)) { text = line + 9; textn = len - 9; }
            else if (len > 12 && !strncmp(line, "# sent_id = ", 12)) out->id = tc_arena_strndup(a, line + 12, len - 12);
            continue;
        }
        const char *f[10];
        size_t fl[10];
        int k = 0;
        size_t i = 0, st = 0;
        for (; i <= len && k < 10; i++) {
            if (i == len || line[i] == '\t') {
                f[k] = line + st;
                fl[k] = i - st;
                k++;
                st = i + 1;
            }
        }
        if (k < 10 && k >= 8) {
            /* tolerate missing DEPS/MISC (some embedded parses drop them) */
            for (; k < 10; k++) { f[k] = "_"; fl[k] = 1; }
        } else if (k != 10 || i <= len) {
            if (err) snprintf(err, errlen, "line %d: expected 10 tab-separated columns", lineno);
            return TC_FORMAT;
        }
        if (memchr(f[0], '.', fl[0])) continue; /* empty node */
        const char *dash = memchr(f[0], '-', fl[0]);
        if (dash) {
            long lo, hi;
            if (!parse_int(f[0], (size_t)(dash - f[0]), &lo) ||
                !parse_int(dash + 1, fl[0] - (size_t)(dash - f[0]) - 1, &hi) || hi < lo) {
                if (err) snprintf(err, errlen, "line %d: bad multi-word token range", lineno);
                return TC_FORMAT;
            }
            if (out->nmwt == mcap) {
                int nc = mcap ? mcap * 2 : 8;
                tc_mwt *m = tc_arena_alloc(a, (size_t)nc * sizeof *m);
                if (!m) return TC_NOMEM;
                if (out->nmwt) memcpy(m, out->mwt, (size_t)out->nmwt * sizeof *m);
                out->mwt = m;
                mcap = nc;
            }
            tc_mwt *m = &out->mwt[out->nmwt++];
            m->first = (int)lo; m->last = (int)hi;
            m->form = tc_arena_strndup(a, f[1], fl[1]);
            m->beg = m->end = UINT32_MAX;
            continue;
        }
        long id, head = -1;
        if (!parse_int(f[0], fl[0], &id) || id != out->n + 1) {
            if (err) snprintf(err, errlen, "line %d: word id '%.*s' out of sequence", lineno, (int)fl[0], f[0]);
            return TC_FORMAT;
        }
        /* a head must fit the 16-bit field: 49664 became -15872 and passed
           the check against the word count below (found by fuzzing) */
        if (!(fl[6] == 1 && f[6][0] == '_') && (!parse_int(f[6], fl[6], &head) || head < 0 || head > INT16_MAX)) {
            if (err) snprintf(err, errlen, "line %d: bad head '%.*s'", lineno, (int)fl[6], f[6]);
            return TC_FORMAT;
        }
        if (out->n == cap) {
            int nc = cap ? cap * 2 : 32;
            tc_tok *t = tc_arena_alloc(a, (size_t)nc * sizeof *t);
            if (!t) return TC_NOMEM;
            if (out->n) memcpy(t, out->tok, (size_t)out->n * sizeof *t);
            out->tok = t;
            cap = nc;
        }
        tc_tok *t = &out->tok[out->n++];
        memset(t, 0, sizeof *t);
        t->form = tc_arena_strndup(a, f[1], fl[1]);
        t->lemma = tc_arena_strndup(a, f[2], fl[2]);
        t->upos = (uint8_t)tc_upos_from_name(f[3], fl[3]);
        t->xpos = field_dup(a, f[4], fl[4]);
        t->feats = field_dup(a, f[5], fl[5]);
        t->head = (int16_t)head;
        t->deprel = field_dup(a, f[7], fl[7]);
        t->misc = field_dup(a, f[9], fl[9]);
        t->beg = t->end = UINT32_MAX;
        if (a->oom) return TC_NOMEM;
    }
    if (used) *used = pos;
    if (out->n == 0) return TC_DONE;
    for (int w = 0; w < out->n; w++)
        if (out->tok[w].head > out->n) {
            if (err) snprintf(err, errlen, "word %d: head %d beyond sentence length %d", w + 1, out->tok[w].head, out->n);
            return TC_FORMAT;
        }
    /* text and offsets: align surface tokens (MWT forms or words) left to right */
    tc_buf b;
    if (!text) {
        tc_buf_init(&b, a->A);
        int mi = 0;
        for (int w = 1; w <= out->n; w++) {
            const char *form = out->tok[w - 1].form, *misc = out->tok[w - 1].misc;
            int last = w;
            if (mi < out->nmwt && out->mwt[mi].first == w) { form = out->mwt[mi].form; last = out->mwt[mi].last; }
            tc_buf_adds(&b, form);
            const char *mmisc = out->tok[last - 1].misc;
            (void)misc;
            if (last < out->n && !(mmisc && strstr(mmisc, "SpaceAfter=No"))) tc_buf_addc(&b, ' ');
            if (last != w) { mi++; w = last; }
        }
        if (b.oom) { tc_buf_free(&b); return TC_NOMEM; }
        out->text = tc_arena_strndup(a, b.p ? b.p : "", b.n);
        tc_buf_free(&b);
    } else {
        out->text = tc_arena_strndup(a, text, textn);
    }
    if (!out->text) return TC_NOMEM;
    size_t tl = strlen(out->text), p = 0;
    int mi = 0;
    for (int w = 1; w <= out->n; w++) {
        bool is_mwt = mi < out->nmwt && out->mwt[mi].first == w;
        const char *form = is_mwt ? out->mwt[mi].form : out->tok[w - 1].form;
        size_t fl = strlen(form);
        while (p < tl && (out->text[p] == ' ' || out->text[p] == '\t')) p++;
        if (fl && p + fl <= tl && !memcmp(out->text + p, form, fl)) {
            if (is_mwt) {
                out->mwt[mi].beg = (uint32_t)p;
                out->mwt[mi].end = (uint32_t)(p + fl);
                out->tok[w - 1].beg = (uint32_t)p;
                out->tok[w - 1].end = (uint32_t)(p + fl);
            } else {
                out->tok[w - 1].beg = (uint32_t)p;
                out->tok[w - 1].end = (uint32_t)(p + fl);
            }
            p += fl;
        } else {
            /* try to resynchronise on the next occurrence */
            const char *hit = fl ? strstr(out->text + p, form) : NULL;
            if (hit && !is_mwt) {
                p = (size_t)(hit - out->text);
                out->tok[w - 1].beg = (uint32_t)p;
                out->tok[w - 1].end = (uint32_t)(p + fl);
                p += fl;
            }
        }
        if (is_mwt) { w = out->mwt[mi].last; mi++; }
    }
    return TC_OK;
}

static bool add_field(tc_buf *b, const char *s) { return tc_buf_adds(b, s && *s ? s : "_"); }

bool tc_conllu_write(tc_buf *b, const tc_sent *s) {
    if (s->id) tc_buf_printf(b, "# sent_id = %s\n", s->id);
    if (s->text) {
        tc_buf_adds(b, "# text = ");
        for (const char *p = s->text; *p; p++) tc_buf_addc(b, *p == '\n' ? ' ' : *p);
        tc_buf_addc(b, '\n');
    }
    int mi = 0;
    for (int w = 1; w <= s->n; w++) {
        while (mi < s->nmwt && s->mwt[mi].first < w) mi++;
        if (mi < s->nmwt && s->mwt[mi].first == w)
            tc_buf_printf(b, "%d-%d\t%s\t_\t_\t_\t_\t_\t_\t_\t_\n", s->mwt[mi].first, s->mwt[mi].last, s->mwt[mi].form);
        const tc_tok *t = &s->tok[w - 1];
        tc_buf_printf(b, "%d\t", w);
        add_field(b, t->form); tc_buf_addc(b, '\t');
        add_field(b, t->lemma); tc_buf_addc(b, '\t');
        tc_buf_adds(b, tc_upos_name(t->upos)); tc_buf_addc(b, '\t');
        add_field(b, t->xpos); tc_buf_addc(b, '\t');
        add_field(b, t->feats); tc_buf_addc(b, '\t');
        if (t->head >= 0) tc_buf_printf(b, "%d\t", t->head); else tc_buf_adds(b, "_\t");
        add_field(b, t->deprel); tc_buf_adds(b, "\t_\t");
        add_field(b, t->misc); tc_buf_addc(b, '\n');
    }
    tc_buf_addc(b, '\n');
    return !b->oom;
}

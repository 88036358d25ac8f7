/*
 * nominal.c -- nominal events over UD trees.  A noun from the lexicon with
 * its compound/amod modifiers picks a CAMEO code (the most specific row
 * wins); the possessor, a demonym adjective or a "by" phrase gives the
 * source, an "on/against/at" phrase the target.  Weapon nouns only count as
 * events when they are the subject of an impact verb ("rockets fell"), and
 * then the verb carries the event so that its "in Mansour" phrase places it.
 */
#include "code/nominal.h"

#include <stdio.h>
#include <string.h>

typedef struct nom_row {
    char *lemma, *mod, *code;
    char kind; /* 'E', 'W', 'V', 'O', 'D' */
} nom_row;

struct nom_lex {
    const tc_alloc *A;
    nom_row *rows;  /* grouped by bucket(first letter of the lemma), file order kept within */
    int n;
    int start[129]; /* rows of bucket b: start[b] .. start[b + 1] - 1 */
    char *text;
};

/* Rows are looked up by the lemma's first byte, ASCII letters folded. */
static int bucket(const char *w) {
    unsigned char c = (unsigned char)w[0];
    if (c >= 'A' && c <= 'Z') c = (unsigned char)(c + 32);
    return c < 128 ? c : 127;
}

/* Groups the rows by bucket, keeping file order within a bucket (the
   "most specific row wins, else the first" rule of match() relies on it). */
static int index_rows(nom_lex *L) {
    nom_row *sorted = tc_mem_alloc(L->A, (size_t)L->n * sizeof *sorted);
    if (!sorted) return TC_NOMEM;
    memset(L->start, 0, sizeof L->start);
    for (int r = 0; r < L->n; r++) L->start[bucket(L->rows[r].lemma) + 1]++;
    for (int b = 0; b < 128; b++) L->start[b + 1] += L->start[b];
    int fill[128];
    memcpy(fill, L->start, sizeof fill);
    for (int r = 0; r < L->n; r++) sorted[fill[bucket(L->rows[r].lemma)]++] = L->rows[r];
    tc_mem_free(L->A, L->rows);
    L->rows = sorted;
    return TC_OK;
}

void nom_lex_free(nom_lex *L) {
    if (!L) return;
    tc_mem_free(L->A, L->rows);
    tc_mem_free(L->A, L->text);
    tc_mem_free(L->A, L);
}

int nom_lex_parse(nom_lex **out, const char *s, size_t n, const char *fname, const tc_alloc *A,
                  const tc_logger *lg) {
    *out = NULL;
    nom_lex *L = tc_mem_calloc(A, 1, sizeof *L);
    if (!L) return TC_NOMEM;
    L->A = A;
    L->text = tc_mem_strndup(A, s, n);
    int cap = 0, line = 0;
    if (!L->text) goto nomem;
    char *cur = L->text, *p;
    while ((p = tc_next_line(&cur)) != NULL) {
        line++;
        char *f[4];
        if (*p && *p != '#') {
            int k = tc_split_tabs(p, f, 4);
            size_t l3 = k == 4 ? strlen(f[3]) : 0;
            if (k == 4 && l3 && f[3][l3 - 1] == '\r') f[3][--l3] = 0;
            if (k != 4 || l3 != 1 || !strchr("EWVOD", f[3][0]) || !f[0][0]) {
                tc_log(lg, 1, "%s:%d: expected 4 tab-separated fields: lemma, modifier, code, kind E/W/V/O/D", fname, line);
            } else {
                bool ok = true;
                if (f[3][0] != 'V') {
                    size_t cl = strlen(f[2]);
                    ok = cl >= 2 && cl <= 4;
                    for (size_t i = 0; ok && i < cl; i++) ok = f[2][i] >= '0' && f[2][i] <= '9';
                }
                if (!ok) tc_log(lg, 1, "%s:%d: bad CAMEO code '%s'", fname, line, f[2]);
                else {
                    if (L->n == cap) {
                        int nc = cap ? cap * 2 : 64;
                        nom_row *r = tc_mem_realloc(A, L->rows, (size_t)nc * sizeof *r);
                        if (!r) goto nomem;
                        L->rows = r;
                        cap = nc;
                    }
                    L->rows[L->n++] = (nom_row){f[0], f[1], f[2], f[3][0]};
                }
            }
        }
    }
    if (L->n == 0) {
        tc_log(lg, 0, "%s: no valid rows", fname);
        nom_lex_free(L);
        return TC_FORMAT;
    }
    if (index_rows(L)) goto nomem;
    *out = L;
    return TC_OK;
nomem:
    nom_lex_free(L);
    return TC_NOMEM;
}

int nom_lex_load(nom_lex **out, const char *path, const tc_alloc *A, const tc_logger *lg) {
    tc_map m;
    *out = NULL;
    int rc = tc_map_file(&m, path, A);
    if (rc) {
        tc_log(lg, 0, "%s: cannot read event-noun lexicon", path);
        return rc;
    }
    rc = nom_lex_parse(out, (const char *)m.p, m.n, path, A, lg);
    tc_unmap(&m);
    return rc;
}

bool nom_is_time_word(const char *lemma) {
    static const char *const w[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                    "sunday", "today", "yesterday", "tonight", "january", "february",
                                    "march", "april", "may", "june", "july", "august", "september",
                                    "october", "november", "december", "week", "month", "year",
                                    "weekend", "night", "morning", "evening", "afternoon", "day"};
    if (!lemma) return false;
    char b[16];
    size_t n = strlen(lemma);
    if (n >= sizeof b) return false;
    for (size_t i = 0; i <= n; i++) b[i] = (char)(lemma[i] >= 'A' && lemma[i] <= 'Z' ? lemma[i] + 32 : lemma[i]);
    for (size_t i = 0; i < TC_COUNTOF(w); i++)
        if (w[i][0] == b[0] && !strcmp(b, w[i])) return true;
    return false;
}

/* The row for noun i: the most specific match among its modifiers. */
static const nom_row *match(const nom_lex *L, const tc_sent *s, int i, char kind) {
    const tc_tok *t = &s->tok[i - 1];
    const nom_row *any = NULL;
    const char *l = tc_tok_lemma(t);
    if (!l || !*l) return NULL;
    int b = bucket(l);
    for (int r = L->start[b]; r < L->start[b + 1]; r++) {
        const nom_row *row = &L->rows[r];
        if (row->kind != kind || !tc_lemma_is(t, row->lemma)) continue;
        if (!strcmp(row->mod, "*")) { if (!any) any = row; continue; }
        for (int j = 1; j <= s->n; j++) {
            const tc_tok *m = &s->tok[j - 1];
            if (m->head == i && (tc_deprel_is(m, "compound") || tc_deprel_is(m, "amod") || tc_deprel_is(m, "nmod")) &&
                tc_lemma_is(m, row->mod))
                return row;
        }
    }
    return any;
}

char nom_kind(const nom_lex *L, const tc_sent *s, int i) {
    if (!L || i < 1 || i > s->n) return 0;
    if (match(L, s, i, 'E')) return 'E';
    return match(L, s, i, 'W') ? 'W' : 0;
}

static bool is_impact_verb(const nom_lex *L, const tc_tok *v) {
    const char *l = tc_tok_lemma(v);
    if (!l || !*l) return false;
    int b = bucket(l);
    for (int r = L->start[b]; r < L->start[b + 1]; r++)
        if (L->rows[r].kind == 'V' && tc_lemma_is(v, L->rows[r].lemma)) return true;
    return false;
}

/* Verbs that only carry an event noun: their subject does the event
   ("launched an attack", "held talks"), unlike "condemned the attack". */
bool nom_is_support_verb(const tc_tok *v) {
    static const char *const verbs[] = {"hold", "stage", "launch", "conduct", "carry", "begin", "start",
                                        "resume", "renew", "open", "continue", "mount", "wage", "make",
                                        "issue", "impose", "send", "provide", "offer", "pledge",
                                        "deliver", "give", "extend", "lodge", "file", "level"};
    if (v->upos != TC_UPOS_VERB) return false;
    for (size_t i = 0; i < sizeof verbs / sizeof *verbs; i++)
        if (tc_lemma_is(v, verbs[i])) return true;
    return false;
}

/* Verbs whose object is a weapon that is used: "fired rockets", "launched drones". */
static bool is_firing_verb(const tc_tok *v) {
    static const char *const verbs[] = {"fire", "launch", "drop", "lob", "shoot", "throw", "hurl", "detonate"};
    if (v->upos != TC_UPOS_VERB) return false;
    for (size_t i = 0; i < sizeof verbs / sizeof *verbs; i++)
        if (tc_lemma_is(v, verbs[i])) return true;
    return false;
}

/* The case marker (ADP child) of token i, or NULL. */
static const tc_tok *case_of(const tc_sent *s, int i) {
    for (int j = 1; j <= s->n; j++)
        if (s->tok[j - 1].head == i && tc_deprel_is(&s->tok[j - 1], "case")) return &s->tok[j - 1];
    return NULL;
}

static bool is_nominal(const tc_tok *t) {
    return t->upos == TC_UPOS_NOUN || t->upos == TC_UPOS_PROPN || t->upos == TC_UPOS_PRON;
}

/* Whether noun i has the determiner "a" or "an". */
static bool indefinite(const tc_sent *s, int i) {
    for (int j = 1; j < i; j++)
        if (s->tok[j - 1].head == i && tc_deprel_is(&s->tok[j - 1], "det") && tc_lemma_is(&s->tok[j - 1], "a")) return true;
    return false;
}

/* The verb a noun names when a verb of announcing or ordering has it as
   its object ("announces the suspension of the trade talks", "orders the
   expulsion of the diplomats"): the act announced, done by the announcer;
   NULL for any other noun or verb. */
static const char *announced_act(const tc_tok *o, const tc_tok *v) {
    static const char *const say[] = {"announce", "order", "decree", "declare", "confirm"};
    static const char *const act[][2] = {
        {"suspension", "suspend"},  {"halt", "halt"},         {"revocation", "revoke"}, {"cancellation", "cancel"},
        {"termination", "terminate"}, {"freezing", "freeze"}, {"resumption", "resume"}, {"expulsion", "expel"},
        {"withdrawal", "withdraw"}, {"deployment", "deploy"}, {"recall", "recall"},     {"lifting", "lift"},
        {"severing", "sever"},      {"signing", "sign"},      {"ratification", "ratify"}, {"closure", "close"}};
    if (v->upos != TC_UPOS_VERB || !tc_lemma_in(v, say, TC_COUNTOF(say))) return NULL;
    for (size_t k = 0; k < TC_COUNTOF(act); k++)
        if (tc_lemma_is(o, act[k][0])) return act[k][1];
    return NULL;
}

/* The row for noun i as the object of verb h ("halted all funding",
   "suspends the issuance of visas": an object's "of" noun counts too, and
   so does the "of" noun of an act a verb announces: "announces the
   revocation of all visas" is the visas' row for "revoke"). */
static const nom_row *object_row(const nom_lex *L, const tc_sent *s, int i, int *verb) {
    const tc_tok *t = &s->tok[i - 1];
    int h = t->head;
    const char *via = NULL;
    /* (and a small clause's predicate, an indefinite noun phrase the parser
       hangs on the object with no preposition: "declares illegal
       immigration a national emergency") */
    const tc_tok *ci = h >= 1 && tc_deprel_is(t, "nmod") ? case_of(s, i) : NULL;
    if (h >= 1 && tc_deprel_is(t, "nmod") && (ci ? tc_lemma_is(ci, "of") : h < i && indefinite(s, i))) {
        const tc_tok *o = &s->tok[h - 1];
        if (!tc_deprel_is(o, "obj")) return NULL;
        h = o->head;
        if (h >= 1 && ci) via = announced_act(o, &s->tok[h - 1]);
    } else if (!tc_deprel_is(t, "obj")) return NULL;
    if (h < 1 || s->tok[h - 1].upos != TC_UPOS_VERB) return NULL;
    const char *l = tc_tok_lemma(t);
    if (!l || !*l) return NULL;
    /* the rows for this noun first, then the verb's rows for any object ("*") */
    for (int pass = 0; pass < 2; pass++) {
        int b = pass ? bucket("*") : bucket(l);
        for (int r = L->start[b]; r < L->start[b + 1]; r++) {
            const nom_row *row = &L->rows[r];
            if (!(row->kind == 'O' || (pass && row->kind == 'D')) ||
                !(via ? !strcmp(via, row->mod) : tc_lemma_is(&s->tok[h - 1], row->mod)))
                continue;
            if (pass ? strcmp(row->lemma, "*") : !tc_lemma_is(t, row->lemma)) continue;
            /* an event noun as the object is an event of its own ("condemned
               the attack"): the verb's any-object reading is not wanted */
            if (pass && match(L, s, i, 'E')) return NULL;
            *verb = h;
            return row;
        }
    }
    return NULL;
}

/* Whom an act on object i of verb h is aimed at: the object's owner or
   "of/for/to/with/on/against" phrase ("support of Ukraine's grid", "the
   Israeli ambassador", "ties with Qatar"), else the verb's "from/to/
   against/on/with/for" phrase; 0 if none. */
static int object_target(const tc_sent *s, int i, int h) {
    static const char *const preps[] = {"of", "for", "to", "with", "on", "against", "from"};
    for (int pass = 0; pass < 2; pass++) {
        int head = pass ? h : i;
        for (int j = 1; j <= s->n; j++) {
            const tc_tok *c = &s->tok[j - 1];
            if (c->head != head || j == i) continue;
            if (!pass && tc_deprel_is(c, "nmod:poss") && c->upos != TC_UPOS_PRON && !nom_is_time_word(c->lemma)) return j;
            if (!pass && tc_deprel_is(c, "amod") && c->upos == TC_UPOS_ADJ && c->form && c->form[0] >= 'A' && c->form[0] <= 'Z')
                return j;
            if (!(pass ? tc_deprel_is(c, "obl") : tc_deprel_is(c, "nmod")) || !is_nominal(c)) continue;
            const tc_tok *cs = case_of(s, j);
            for (size_t k = 0; cs && k < sizeof preps / sizeof *preps; k++)
                if (tc_lemma_is(cs, preps[k]) && !(pass && !strcmp(preps[k], "of"))) return j;
        }
    }
    return 0;
}

int nom_find(const nom_lex *L, const tc_sent *s, tc_arena *a, nom_event **out, int *n) {
    *out = NULL;
    *n = 0;
    int cap = 0;
    for (int i = 1; i <= s->n; i++) {
        const tc_tok *t = &s->tok[i - 1];
        if (t->upos != TC_UPOS_NOUN && t->upos != TC_UPOS_PROPN) continue;
        nom_event ev;
        memset(&ev, 0, sizeof ev);
        int verb = 0;
        const nom_row *row = object_row(L, s, i, &verb);
        if (row) {
            /* the object says what the verb does: "halted all funding" */
            ev.code = row->code;
            ev.noun = i;
            ev.trigger = verb;
            ev.object = true;
            ev.any_object = row->kind == 'D';
            for (int j = 1; j <= s->n && !ev.src; j++) {
                const tc_tok *c = &s->tok[j - 1];
                if (c->head == verb && tc_deprel_is(c, "nsubj") && !tc_deprel_is(c, "nsubj:pass") && is_nominal(c)) ev.src = j;
            }
            ev.tgt = object_target(s, s->tok[i - 1].head == verb ? i : s->tok[i - 1].head, verb);
            if (ev.tgt == i) ev.tgt = 0;
            goto push;
        }
        row = match(L, s, i, 'E');
        if (row) {
            ev.noun = ev.trigger = i;
        } else if ((row = match(L, s, i, 'W')) != NULL) {
            /* weapon noun: subject of an impact verb ("rockets fell"), or
               object of a firing verb ("Russia fires two missiles at Odesa") */
            int h = t->head;
            if (h < 1) continue;
            if (tc_deprel_is(t, "nsubj") && is_impact_verb(L, &s->tok[h - 1])) {
                ev.noun = i;
                ev.trigger = h;
                for (int j = 1; j <= s->n; j++)
                    if (s->tok[j - 1].head == h && tc_deprel_is(&s->tok[j - 1], "obj")) { ev.tgt = j; break; }
            } else if (tc_deprel_is(t, "obj") && is_firing_verb(&s->tok[h - 1])) {
                ev.noun = i;
                ev.trigger = h;
                for (int j = 1; j <= s->n; j++) {
                    const tc_tok *c = &s->tok[j - 1];
                    if (c->head != h) continue;
                    if (tc_deprel_is(c, "nsubj") && !tc_deprel_is(c, "nsubj:pass") && is_nominal(c) && !ev.src) ev.src = j;
                    const tc_tok *cs = tc_deprel_is(c, "obl") && is_nominal(c) ? case_of(s, j) : NULL;
                    if (cs && !ev.tgt && (tc_lemma_is(cs, "at") || tc_lemma_is(cs, "on") || tc_lemma_is(cs, "into") ||
                                          tc_lemma_is(cs, "against") || tc_lemma_is(cs, "toward") || tc_lemma_is(cs, "towards")))
                        ev.tgt = j;
                }
            } else continue;
        } else continue;
        ev.code = row->code;
        /* a withdrawal or retreat (0874): done by its "of" phrase, from its
           "from" phrase */
        bool withdrawing = !strcmp(row->code, "0874");
        bool has_det = false, time_poss = false;
        for (int j = 1; j <= s->n; j++) {
            const tc_tok *c = &s->tok[j - 1];
            if (c->head != i) continue;
            if (tc_deprel_is(c, "det") && c->lemma && (tc_lemma_is(c, "the") || tc_lemma_is(c, "this") || tc_lemma_is(c, "that")))
                has_det = true;
            else if (tc_deprel_is(c, "nmod:poss") || (tc_deprel_is(c, "nmod") && case_of(s, j) &&
                                                        tc_lemma_is(case_of(s, j), "'s"))) {
                if (nom_is_time_word(c->lemma)) time_poss = true;
                else if (c->upos == TC_UPOS_PRON && !ev.tgt && (tc_lemma_is(c, "its") || tc_lemma_is(c, "their")))
                    ev.src = j;
                else if (!ev.src) ev.src = j;
            } else if (tc_deprel_is(c, "amod") && (c->upos == TC_UPOS_ADJ || c->upos == TC_UPOS_X || c->upos == TC_UPOS_PROPN) &&
                       c->form && c->form[0] >= 'A' && c->form[0] <= 'Z' && !ev.src) {
                ev.src = j; /* demonym: "Israeli airstrikes"; a name the tagger left foreign: "a Tatmadaw airstrike" */
            } else if ((tc_deprel_is(c, "nmod") || tc_deprel_is(c, "obl")) && is_nominal(c)) {
                const tc_tok *cs = case_of(s, j);
                if (!cs) continue;
                if ((tc_lemma_is(cs, "on") || tc_lemma_is(cs, "against") || tc_lemma_is(cs, "at") || tc_lemma_is(cs, "upon")) && !ev.tgt)
                    ev.tgt = j;
                else if (tc_lemma_is(cs, "of") && !ev.tgt && row->code[0] == '1' && (row->code[1] == '7' || row->code[1] == '1'))
                    ev.tgt = j; /* coercion: "the arrest of the mayor", "the expulsion of 91 foreigners";
                                   disapproval: "his criticism of Donald Trump's campaign" */
                else if (tc_lemma_is(cs, "of") && !ev.src && (withdrawing || !strcmp(row->code, "0831")))
                    ev.src = j; /* "the withdrawal of its forces", "the resignation of the minister" */
                else if (tc_lemma_is(cs, "from") && !ev.tgt && withdrawing)
                    ev.tgt = j; /* what is left: "withdrawal from the eastern DRC", "from the WHO" */
                else if (tc_lemma_is(cs, "by") && !ev.src)
                    ev.src = j;
                else if (tc_lemma_is(cs, "from") && !ev.src && !(row->code[0] == '1' && row->code[1] >= '4'))
                    ev.src = j; /* "a visit from Ethiopian Prime Minister Abiy Ahmed", "a warning from Iran" */
            } else if (tc_deprel_is(c, "compound") && (c->upos == TC_UPOS_PROPN || c->upos == TC_UPOS_X) && !ev.src) {
                ev.src = j; /* "Houthi attack" */
            } else if (tc_deprel_is(c, "acl") && c->upos == TC_UPOS_VERB && c->xpos) {
                /* "an airstrike conducted by the air force", "airstrikes
                   targeting militants" */
                for (int q = 1; q <= s->n; q++) {
                    const tc_tok *g = &s->tok[q - 1];
                    if (g->head != j || !is_nominal(g)) continue;
                    const tc_tok *gs = case_of(s, q);
                    /* forceful acts: "talks mediated by" name no doer; a
                       support verb's does ("a lawsuit filed by Texas") */
                    if (!strcmp(c->xpos, "VBN") && !ev.src && gs && tc_lemma_is(gs, "by") &&
                        ((row->code[0] == '1' && row->code[1] >= '4') || nom_is_support_verb(c)) &&
                        (tc_deprel_is(g, "obl") || tc_deprel_is(g, "obl:agent")))
                        ev.src = q;
                    else if (!strcmp(c->xpos, "VBN") && !ev.tgt && gs && tc_lemma_is(gs, "against") && nom_is_support_verb(c) &&
                             tc_deprel_is(g, "obl"))
                        ev.tgt = q; /* "a lawsuit filed by Kenya against Uganda" */
                    else if (!strcmp(c->xpos, "VBG") && !ev.tgt && tc_deprel_is(g, "obj") &&
                             (tc_lemma_is(c, "target") || tc_lemma_is(c, "hit")))
                        ev.tgt = q;
                    if (ev.src == q && !ev.tgt && nom_is_support_verb(c))
                        for (int r = 1; r <= s->n && !ev.tgt; r++) /* (the parser's "Kenya against Uganda") */
                            if (s->tok[r - 1].head == q && tc_deprel_is(&s->tok[r - 1], "nmod") && is_nominal(&s->tok[r - 1]) &&
                                case_of(s, r) && tc_lemma_is(case_of(s, r), "against"))
                                ev.tgt = r;
                }
            }
        }
        bool forceful = row->code[0] == '1' && row->code[1] >= '4'; /* roots 14-20 */
        if (!forceful && !ev.tgt) {
            /* "talks with Syria", "aid to Ukraine", "a warning to Israel" */
            for (int j = 1; j <= s->n && !ev.tgt; j++) {
                const tc_tok *c = &s->tok[j - 1];
                const tc_tok *cs = c->head == i && tc_deprel_is(c, "nmod") && is_nominal(c) ? case_of(s, j) : NULL;
                if (cs && (tc_lemma_is(cs, "with") || tc_lemma_is(cs, "to") || tc_lemma_is(cs, "between")))
                    ev.tgt = j;
            }
        }
        /* "Burundi initiates the withdrawal of its forces", "Rwanda announces
           its withdrawal from ...": a yielding noun that is a verb's object
           with no doer of its own is the verb's subject's act */
        bool yield_obj = withdrawing && t->head >= 1 && tc_deprel_is(t, "obj") && s->tok[t->head - 1].upos == TC_UPOS_VERB;
        if (!ev.src && t->head >= 1 && tc_deprel_is(t, "obj") && (nom_is_support_verb(&s->tok[t->head - 1]) || yield_obj)) {
            /* "Israel and Lebanon renewed negotiations", "protesters staged a
               demonstration": the doer of a support verb is the event's source */
            int h = t->head;
            for (int j = 1; j <= s->n && !ev.src; j++) {
                const tc_tok *c = &s->tok[j - 1];
                if (c->head == h && tc_deprel_is(c, "nsubj") && !tc_deprel_is(c, "nsubj:pass") && is_nominal(c)) ev.src = j;
            }
            for (int j = 1; j <= s->n && !ev.tgt && !forceful; j++) {
                const tc_tok *c = &s->tok[j - 1];
                const tc_tok *cs = c->head == h && tc_deprel_is(c, "obl") && is_nominal(c) ? case_of(s, j) : NULL;
                if (cs && (tc_lemma_is(cs, "with") || tc_lemma_is(cs, "to"))) ev.tgt = j;
            }
        }
        ev.determined = has_det || time_poss;
        ev.definite = ev.determined && !ev.src && !ev.tgt;
    push:
        if (*n == cap) {
            int nc = cap ? cap * 2 : 4;
            nom_event *ne = tc_arena_alloc(a, (size_t)nc * sizeof *ne);
            if (!ne) return TC_NOMEM;
            if (*n) memcpy(ne, *out, (size_t)*n * sizeof *ne);
            *out = ne;
            cap = nc;
        }
        (*out)[(*n)++] = ev;
    }
    return TC_OK;
}

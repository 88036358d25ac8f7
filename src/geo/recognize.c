/*
 * recognize.c -- place mentions in a story and their resolution.
 *
 * Recognition works on one token array per sentence, built from a tc_sent:
 * a parsed one (upos, deprel, head) from the pipeline, or for raw text the
 * text stage's segmenter output (tc_segment; upos NONE, so capitalisation
 * decides).
 * Candidate spans are the longest runs of capitalised words (PROPN/ADJ when
 * a tagger ran) joined by connectors ("of", "de", "al", "and") whose key the
 * gazetteer knows.  Each candidate keeps cheap features (cue word before it,
 * title before it, a capitalised neighbour, sentence start, "X, Y" link,
 * weak cues: the object of a verb that acts on places, a site noun after
 * it -- the last two asked of the actor dictionaries when they decide);
 * the decision to keep it is taken in geo_doc_resolve, when story-level
 * evidence is known (e.g. "turkey" written in lower case elsewhere means
 * "Turkey" at a sentence start is probably the bird, or "Henry" is a
 * person when it follows an unknown capitalised word).
 *
 * Resolution scores each candidate place by its prior (population, feature
 * class, alternate spelling) plus story context: votes of countries named
 * or implied by demonyms and by confidently resolved places, votes of
 * admin1 regions, a "City, Region" pattern, lists of one kind ("states
 * such as California or Washington"), nearby places, and an optional
 * dateline or metadata country.  A town's name does not vote for itself,
 * and a name seen only inside organisation names ("Cambridge Analytica")
 * is resolved by its prior alone.  All mentions with the same key get one
 * referent.
 */
#include "geo/geo.h"
#include "nlp/nlp.h"
#include "text/segment.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

/* ---- tokens ---------------------------------------------------------- */

typedef struct rtok {
    uint32_t beg, end;  /* bytes in the document */
    uint8_t cap;        /* 0 lower/other, 1 Capitalised, 2 ALL CAPS (len > 1) */
    uint8_t word;       /* letters or digits */
    uint8_t upos;
    uint8_t sstart;     /* first word of its sentence */
    int16_t head;       /* 1-based within sentence, -1 unknown */
    const char *deprel;
} rtok;

struct geo_doc {
    const geo_gaz *g;
    const tc_alloc *A;
    tc_arena ar;
    geo_mention *m;
    int nm, capm;
    tc_buf key, tmp;
    uint64_t *lower; /* open-addressing set of hashes of lower-case words */
    uint32_t nlower, caplower;
    char hint[3];
    int nsent;
    const tc_nlp_model *parser; /* optional, for raw text */
    geo_actor_fn actor_fn;      /* optional, see geo_doc_set_actor_fn */
    void *actor_ud;
    tc_nlp_work *nlpw;
    bool oom;
    /* per mention features (parallel to m) */
    struct feat *f;
    /* after geo_doc_resolve: the mentions of sentence k are
       m[sent_off[k]] .. m[sent_off[k + 1] - 1] (NULL when mentions are not in
       sentence order), and the story's dominant place (a mention index, -1) */
    int *sent_off;
    int dominant;
};

typedef struct feat {
    uint8_t single, multi, title, prev_name, next_cap, sstart, cue, allcaps, short_tok, speech, comma_next;
    uint8_t loccue;  /* preceded by a location preposition (in, at, near, outside, ...) */
    uint8_t actor;   /* an actor's modifier or argument: "Iraq's Prime Minister", subject, object */
    uint8_t particle; /* followed by a lower-case name particle and a name: "Van der Bellen" */
    uint8_t article;  /* a longer name opening with an article ("El Paso", "La Paz", "Al Hudaydah") */
    uint8_t coord_and; /* its list partner (coord) is joined by "and"/"or", not by a comma */
    uint8_t site;    /* names the place of a site noun after it: "the Jenin refugee camp" */
    uint8_t obj;     /* the object of a verb that acts on places: "strikes hit Nuseirat" */
    uint8_t known;   /* what the actor dictionaries make of it (enum geo_actor), asked when a
                        weak cue (site, obj) decides */
    uint8_t asked;   /* known is the actor function's answer */
    int link;        /* index of the mention after ", " or -1 */
    int coord;       /* the mention before it in a list ("X, Y", "X and Y", "X or Y") or -1 */
    const tc_sent *s; /* its sentence, for the actor function */
} feat;

static bool grow_mentions(geo_doc *d) {
    if (d->nm < d->capm) return true;
    int c = d->capm ? d->capm * 2 : 64;
    geo_mention *m = tc_mem_realloc(d->A, d->m, (size_t)c * sizeof *m);
    if (!m) { d->oom = true; return false; }
    d->m = m;
    feat *f = tc_mem_realloc(d->A, d->f, (size_t)c * sizeof *f);
    if (!f) { d->oom = true; return false; }
    d->f = f;
    d->capm = c;
    return true;
}

geo_doc *geo_doc_new(const geo_gaz *g, const tc_alloc *A) {
    geo_doc *d = tc_mem_calloc(A, 1, sizeof *d);
    if (!d) return NULL;
    d->g = g; d->A = A;
    d->dominant = -1;
    tc_arena_init(&d->ar, A, 1 << 16);
    tc_buf_init(&d->key, A);
    tc_buf_init(&d->tmp, A);
    return d;
}

void geo_doc_free(geo_doc *d) {
    if (!d) return;
    tc_arena_free(&d->ar);
    tc_buf_free(&d->key);
    tc_buf_free(&d->tmp);
    tc_mem_free(d->A, d->m);
    tc_mem_free(d->A, d->f);
    tc_mem_free(d->A, d->lower);
    tc_nlp_work_free(d->nlpw);
    tc_mem_free(d->A, d);
}

void geo_doc_reset(geo_doc *d) {
    tc_arena_reset(&d->ar);
    d->nm = 0; d->nsent = 0; d->oom = false; d->hint[0] = 0;
    d->sent_off = NULL;
    d->dominant = -1;
    if (d->lower) memset(d->lower, 0, d->caplower * sizeof *d->lower);
    d->nlower = 0;
}

void geo_doc_set_parser(geo_doc *d, const tc_nlp_model *m) {
    d->parser = m;
}

void geo_doc_set_actor_fn(geo_doc *d, geo_actor_fn fn, void *ud) {
    d->actor_fn = fn;
    d->actor_ud = ud;
}

void geo_doc_set_country_hint(geo_doc *d, const char *cc) {
    if (cc && strlen(cc) == 2) { d->hint[0] = (char)toupper((unsigned char)cc[0]); d->hint[1] = (char)toupper((unsigned char)cc[1]); d->hint[2] = 0; }
}

const geo_mention *geo_doc_mentions(const geo_doc *d, int *n) {
    *n = d->nm;
    return d->m;
}

/* ---- lower-case word set ------------------------------------------------ */

static void lower_add(geo_doc *d, uint64_t h) {
    if (!h) h = 1;
    if ((d->nlower + 1) * 2 > d->caplower) {
        uint32_t c = d->caplower ? d->caplower * 2 : 1024;
        uint64_t *t = tc_mem_calloc(d->A, c, sizeof *t);
        if (!t) { d->oom = true; return; }
        for (uint32_t i = 0; i < d->caplower; i++)
            if (d->lower[i]) {
                uint32_t s = (uint32_t)d->lower[i] & (c - 1);
                while (t[s]) s = (s + 1) & (c - 1);
                t[s] = d->lower[i];
            }
        tc_mem_free(d->A, d->lower);
        d->lower = t; d->caplower = c;
    }
    uint32_t s = (uint32_t)h & (d->caplower - 1);
    while (d->lower[s]) { if (d->lower[s] == h) return; s = (s + 1) & (d->caplower - 1); }
    d->lower[s] = h;
    d->nlower++;
}

static bool lower_has(const geo_doc *d, uint64_t h) {
    if (!h) h = 1;
    if (!d->caplower) return false;
    uint32_t s = (uint32_t)h & (d->caplower - 1);
    while (d->lower[s]) { if (d->lower[s] == h) return true; s = (s + 1) & (d->caplower - 1); }
    return false;
}

/* ---- word lists ------------------------------------------------------------ */

static bool in_list(const char *const *list, size_t n, const char *s, size_t len) {
    if (len == 0) return false;
    /* (no list word is empty or opens with a space, so an s that opens
       with NUL or a space is none; the second letters are compared before
       the length and the text: a list word whose first letter matches s's,
       never NUL, has a second) */
    if ((s[0] | 0x20) == 0x20) return false;
    char c1 = len > 1 ? (char)(s[1] | 0x20) : 0x20;
    for (size_t i = 0; i < n; i++)
        if ((list[i][0] | 0x20) == (s[0] | 0x20) && (list[i][1] | 0x20) == c1 && strlen(list[i]) == len &&
            strncasecmp(list[i], s, len) == 0)
            return true;
    return false;
}

/* s[0..len) against the NUL-terminated w, ASCII case folded: <0, 0, >0. */
static int fold_cmp(const char *s, size_t len, const char *w) {
    for (size_t i = 0;; i++) {
        if (i == len) return w[i] ? -1 : 0;
        unsigned char x = (unsigned char)s[i], y = (unsigned char)w[i];
        if (!y) return 1;
        if (x >= 'A' && x <= 'Z') x += 32;
        if (y >= 'A' && y <= 'Z') y += 32;
        if (x != y) return x < y ? -1 : 1;
    }
}

/* in_list for a list sorted by fold_cmp, by halves (the long lists asked
   of every mention). */
static bool in_sorted(const char *const *list, size_t n, const char *s, size_t len) {
    if (len == 0) return false;
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int r = fold_cmp(s, len, list[mid]);
        if (!r) return true;
        if (r < 0) hi = mid;
        else lo = mid + 1;
    }
    return false;
}

/* Words that join parts of one name ("Bosnia and Herzegovina", "Rio de Janeiro"). */
static const char *const connectors[] = { /* sorted, without case (in_sorted) */
    "&", "al", "am", "an", "and", "da", "das", "de", "del", "della", "den", "der", "des", "di", "do", "dos",
    "du", "el", "en", "im", "la", "le", "les", "of", "on", "sur", "the", "upon", "y",
};
/* A place after these is a location ("in Baghdad", "outside Mosul"). */
static const char *const cues[] = { /* sorted, without case (in_sorted) */
    "across", "around", "at", "between", "border", "capital", "central", "city", "east", "eastern", "from",
    "in", "inside", "into", "near", "north", "northern", "of", "outside", "province", "south", "southern",
    "through", "throughout", "to", "toward", "towards", "town", "via", "village", "visit", "visited", "west",
    "western", "within",
};
/* Prepositions that make a place the location of an event. */
static const char *const list_words[] = {"and", "or", "nor"};
static const char *const loc_preps[] = {"in", "at", "near", "outside", "inside", "across", "throughout",
                                        "around", "within", "into", "on", "over", "off", "toward", "towards"};
/* Capitalised words before a place that do not make it part of a name. */
static const char *const modifiers[] = { /* sorted, without case (in_sorted) */
    "a", "across", "after", "all", "an", "and", "as", "at", "before", "between", "both", "but", "by", "central",
    "coastal", "downtown", "during", "east", "eastern", "for", "from", "greater", "if", "in", "inner", "into",
    "like", "lower", "mainland", "metro", "near", "north", "northeast", "northeastern", "northern", "northwest",
    "northwestern", "of", "on", "outer", "outside", "over", "rural", "said", "says", "since", "south",
    "southeast", "southeastern", "southern", "southwest", "southwestern", "suburban", "than", "the", "this",
    "to", "under", "upper", "west", "western", "when", "while", "with",
};
/* Titles: a name after them is a person ("President Jackson", "Mr Lincoln"). */
static const char *const titles[] = { /* sorted, without case (in_sorted) */
    "actor", "adm", "admiral", "agent", "aunt", "author", "ayatollah", "brother", "capt", "captain", "chairman",
    "chief", "coach", "col", "colonel", "commander", "cpl", "deputy", "detective", "dr", "emir", "father",
    "gen", "general", "gov", "gov.", "governor", "imam", "judge", "justice", "king", "lady", "lieutenant",
    "lord", "lt", "maj", "major", "mayor", "minister", "miss", "mr", "mrs", "ms", "officer", "player", "pope",
    "president", "prince", "princess", "prof", "professor", "pvt", "queen", "rep", "representative", "rev",
    "reverend", "secretary", "sen", "senator", "sergeant", "sgt", "sheikh", "singer", "sir", "sister", "sultan",
    "uncle",
};
/* Capitalised words that are also (minor) place names but almost always
   something else in news. */
static const char *const stopwords[] = { /* sorted, without case (in_sorted) */
    "a", "after", "agency", "airport", "all", "also", "an", "and", "april", "army", "as", "association", "at",
    "august", "award", "awards", "bank", "bath", "be", "before", "best", "biden", "big", "bridge", "bush",
    "but", "by", "center", "central", "centre", "chad", "christ", "christmas", "chronicle", "church", "city",
    "clinton", "club", "college", "commission", "committee", "company", "conference", "congress", "council",
    "county", "court", "cowboys", "cup", "daily", "dallas cowboys", "data", "december", "democrat", "democrats",
    "department", "during", "east", "easter", "eastern", "eight", "email", "express", "faith", "february",
    "federal", "festival", "first", "five", "follow", "for", "foundation", "four", "friday", "gap", "gazette",
    "georgia tech", "globe", "god", "good", "government", "great", "group", "guardian", "hall", "he", "her",
    "herald", "here", "his", "home", "hope", "hospital", "house", "how", "however", "i", "if", "in",
    "independence", "independent", "international", "ireland's", "is", "island", "it", "january", "jesus",
    "journal", "july", "june", "king", "lake", "league", "liberty", "little", "lord", "mail", "male", "man",
    "many", "march", "mark", "may", "media", "minister", "ministry", "mirror", "mobile", "monday", "more",
    "most", "mount", "museum", "national", "navy", "new", "news", "nice", "nine", "no", "north", "northern",
    "not", "november", "obama", "observer", "october", "of", "office", "old", "on", "one", "or", "page",
    "paris hilton", "park", "parliament", "party", "phone", "photo", "police", "post", "president", "putin",
    "read", "reading", "record", "republican", "republicans", "river", "road", "said", "sale", "saturday",
    "says", "school", "second", "senate", "september", "seven", "share", "she", "six", "so", "some", "south",
    "southern", "split", "square", "star", "state", "station", "story", "street", "summit", "sun", "sunday",
    "team", "telegraph", "ten", "that", "the", "there", "these", "they", "this", "those", "three", "thursday",
    "time", "times", "to", "today", "tribune", "trump", "tuesday", "two", "union", "unity", "university", "via",
    "victory", "video", "wall", "we", "wednesday", "wednesday's", "weekly", "west", "western", "what", "when",
    "where", "which", "while", "who", "why", "with", "yes", "you", "young",
};

bool geo_word_lists_sorted(void) {
    static const struct { const char *const *w; size_t n; } lists[] = {
        {connectors, TC_COUNTOF(connectors)}, {cues, TC_COUNTOF(cues)}, {modifiers, TC_COUNTOF(modifiers)},
        {titles, TC_COUNTOF(titles)}, {stopwords, TC_COUNTOF(stopwords)}};
    for (size_t l = 0; l < TC_COUNTOF(lists); l++)
        for (size_t i = 1; i < lists[l].n; i++)
            if (fold_cmp(lists[l].w[i - 1], strlen(lists[l].w[i - 1]), lists[l].w[i]) >= 0) return false;
    return true;
}

/* Names that are usually people when nothing marks them as places; they
   pass only with a cue ("in Jackson") or in "X, Region". */
static bool stopword(const char *key) {
    return in_sorted(stopwords, TC_COUNTOF(stopwords), key, strlen(key));
}

/* ---- tokens from a parsed or segmented sentence ------------------------------- */

static bool is_wordcp(utf8proc_int32_t c) {
    utf8proc_category_t k = utf8proc_category(c);
    return (k >= UTF8PROC_CATEGORY_LU && k <= UTF8PROC_CATEGORY_LO) || (k >= UTF8PROC_CATEGORY_MN && k <= UTF8PROC_CATEGORY_ME) ||
           (k >= UTF8PROC_CATEGORY_ND && k <= UTF8PROC_CATEGORY_NO);
}


/* ---- candidate spans --------------------------------------------------------- */

static const char *tok_text(const char *doc, const rtok *t, size_t *n) {
    *n = t->end - t->beg;
    return doc + t->beg;
}

static bool tok_is(const char *doc, const rtok *t, const char *const *list, size_t nl) {
    size_t n;
    const char *s = tok_text(doc, t, &n);
    return in_list(list, nl, s, n);
}

static bool tok_in_sorted(const char *doc, const rtok *t, const char *const *list, size_t nl) {
    size_t n;
    const char *s = tok_text(doc, t, &n);
    return in_sorted(list, nl, s, n);
}

static bool is_poss(const char *doc, const rtok *t) {
    size_t n;
    const char *s = tok_text(doc, t, &n);
    return (n == 2 && (s[0] == '\'' ) && (s[1] == 's' || s[1] == 'S')) ||
           (n == 4 && !memcmp(s, "\xe2\x80\x99", 3) && (s[3] == 's' || s[3] == 'S')) || (n == 1 && s[0] == '\'');
}

static bool cap_ok(const rtok *t) {
    if (!t->word || !t->cap) return false;
    /* with tags, a capitalised function word ("May" AUX, "In" ADP, "US"
       PRON as in "let US") is not a name; content tags stay candidates
       because taggers miss proper nouns in headlines and capitals */
    switch (t->upos) {
    case TC_UPOS_DET: case TC_UPOS_PRON: case TC_UPOS_ADP: case TC_UPOS_AUX: case TC_UPOS_CCONJ:
    case TC_UPOS_SCONJ: case TC_UPOS_PART: case TC_UPOS_PUNCT: case TC_UPOS_NUM: case TC_UPOS_SYM:
    case TC_UPOS_INTJ:
        return false;
    default:
        return true;
    }
}

/* Key of doc[beg..end) into d->key; false if empty/invalid. */
static bool span_key(geo_doc *d, const char *doc, uint32_t beg, uint32_t end) {
    tc_buf_clear(&d->key);
    if (!geo_key(&d->key, doc + beg, end - beg)) { if (d->key.oom) d->oom = true; return false; }
    return d->key.n > 0;
}

static bool strong_single(geo_doc *d, const char *doc, const rtok *t) {
    if (!cap_ok(t) || !span_key(d, doc, t->beg, t->end)) return false;
    uint32_t cnt;
    const unsigned char *p = geo_gaz_find(d->g, d->key.p, d->key.n, &cnt);
    if (!p || stopword(d->key.p)) return false;
    uint32_t v = tc_get_u32(p);
    tc_place pl;
    geo_gaz_place(d->g, v & GEO_POST_INDEX, &pl);
    return geo_prior_raw(geo_gaz_kind(d->g, v & GEO_POST_INDEX), pl.feature, pl.population, v) >= 4.5;
}

static int add_mention(geo_doc *d, const char *doc, int sent, const rtok *t, int first, int last, int tf, int tl) {
    if (!grow_mentions(d)) return TC_NOMEM;
    geo_mention *m = &d->m[d->nm];
    memset(m, 0, sizeof *m);
    m->sent = sent;
    m->tok_first = tf; m->tok_last = tl;
    m->beg = t[first].beg; m->end = t[last].end;
    m->surface = tc_arena_strndup(&d->ar, doc + m->beg, m->end - m->beg);
    m->key = tc_arena_strndup(&d->ar, d->key.p, d->key.n);
    if (!m->surface || !m->key) { d->oom = true; return TC_NOMEM; }
    feat *f = &d->f[d->nm];
    memset(f, 0, sizeof *f);
    f->link = -1;
    f->coord = -1;
    f->single = first == last;
    f->multi = last > first;
    f->sstart = t[first].sstart;
    f->allcaps = t[first].cap == 2;
    f->short_tok = (t[first].end - t[first].beg) <= 2;
    f->article = last > first && tok_in_sorted(doc, &t[first], connectors, TC_COUNTOF(connectors));
    d->nm++;
    return TC_OK;
}

/* Capitalised words of an administrative unit after its name ("Zamfara
   State", "Krasnodar Krai"). */
static const char *const unit_words[] = {"State", "Province", "Region", "Governorate", "Oblast", "Krai", "Regency",
                                         "District", "County", "Prefecture", "Territory", "Municipality", "Raion"};

/* Site nouns whose name is a place: "the Nuseirat camp", "the Kharkiv
   region".  (Not "the Biden camp": a name's own test still applies.)  Not
   a neighbourhood or a suburb: their names are parts of cities the
   gazetteer lacks, so a name it knows is a namesake elsewhere ("Cairo's
   Abbasiya neighbourhood" read as Yehud, Israel).  Not a town or a
   village, which modify as often ("Cedar County town baseball"), nor a
   district, whose name the corpora take with the noun ("the Karak
   district"). */
static const char *const site_nouns[] = {"camp", "camps", "area", "areas", "region", "province", "governorate",
                                         "outskirts", "city", "border", "crossing", "county", "municipality",
                                         "oblast", "port", "enclave", "countryside"};
/* Words between such a name and its site noun when no tagger ran: "the
   Jenin refugee camp", "the Rafah border crossing" (with tags, any common
   noun or adjective) */
static const char *const site_mods[] = {"refugee", "border", "military", "army", "air", "police", "detention",
                                        "displacement", "tent", "industrial", "residential", "old", "rural",
                                        "urban", "coastal", "eastern", "western", "northern", "southern",
                                        "central"};

/* True if a site noun follows the name ending at t[last]: one lower-case
   word, or a modifier and one ("Jenin refugee camp"). */
static bool site_after(const char *doc, const rtok *t, int n, int last) {
    for (int k = last + 1; k < n && k <= last + 2; k++) {
        const rtok *q = &t[k];
        if (!q->word || q->cap) return false;
        if (tok_is(doc, q, site_nouns, TC_COUNTOF(site_nouns))) return true;
        bool mod = q->upos == TC_UPOS_NONE ? tok_is(doc, q, site_mods, TC_COUNTOF(site_mods))
                                           : q->upos == TC_UPOS_NOUN || q->upos == TC_UPOS_ADJ;
        if (!mod) return false;
    }
    return false;
}

/* Verbs whose object is often a place: "strikes hit Nuseirat", "troops
   enter Goma", "rebels seize Bukavu".  Lemmas; place_verb_form matches
   their regular forms and the irregular ones listed. */
static const char *const place_verbs[] = {"hit", "strike", "attack", "bomb", "bombard", "shell", "raid",
                                          "storm", "invade", "enter", "seize", "capture", "recapture",
                                          "retake", "occupy", "besiege", "encircle", "surround", "liberate",
                                          "target", "pound", "rock", "shake", "flood", "ravage", "devastate",
                                          "reach", "evacuate", "flee", "overrun", "visit"};
static const char *const place_verbs_irregular[] = {"struck", "shook", "shaken", "fled", "overran",
                                                    "retook", "retaken"};

/* True if s[0..n) is a form of a place verb: the lemma with -s, -es, -ed,
   -d, -ing (a final e dropped, a final consonant doubled), -ies, -ied. */
static bool place_verb_form(const char *s, size_t n) {
    if (in_list(place_verbs_irregular, TC_COUNTOF(place_verbs_irregular), s, n)) return true;
    for (size_t i = 0; i < TC_COUNTOF(place_verbs); i++) {
        const char *v = place_verbs[i];
        size_t m = strlen(v);
        if (n < m - 1 || (s[0] | 0x20) != v[0] || strncasecmp(s, v, m - 1) != 0) continue;
        const char *r = s + m - 1; /* the rest from the lemma's last letter */
        size_t rn = n - (m - 1);
        char last = v[m - 1];
        if ((rn >= 1 && (r[0] | 0x20) == last) &&
            (rn == 1 || (rn == 2 && (r[1] | 0x20) == 's') || (rn == 3 && !strncasecmp(r + 1, "es", 2)) ||
             (rn == 3 && !strncasecmp(r + 1, "ed", 2)) || (rn == 2 && last == 'e' && (r[1] | 0x20) == 'd') ||
             (rn == 4 && !strncasecmp(r + 1, "ing", 3)) ||
             (rn == 5 && (r[1] | 0x20) == last && !strncasecmp(r + 2, "ing", 3))))
            return true;
        if (last == 'e' && rn == 3 && !strncasecmp(r, "ing", 3)) return true;
        if (last == 'y' && rn == 3 && (!strncasecmp(r, "ies", 3) || !strncasecmp(r, "ied", 3))) return true;
    }
    return false;
}

/* Recognises candidates in one sentence's tokens t[0..n) of sentence s. */
static int scan(geo_doc *d, const tc_sent *s, const char *doc, rtok *t, int n, int sent, bool toks_are_words) {
    int prev_mention_end = -1; /* token index of the last token of the previous mention */
    int prev_mention_idx = -1;
    for (int i = 0; i < n; i++) {
        if (t[i].word && !t[i].cap) {
            size_t ln;
            const char *s = tok_text(doc, &t[i], &ln);
            if (span_key(d, doc, t[i].beg, t[i].end)) lower_add(d, tc_hash64(d->key.p, d->key.n, 7));
            (void)s;
            continue;
        }
        if (!cap_ok(&t[i])) continue;
        /* longest span of up to 7 tokens */
        int best = -1;
        for (int j = i; j < n && j < i + 7; j++) {
            if (j > i) {
                const rtok *u = &t[j];
                bool joins = cap_ok(u) || (u->word && tok_in_sorted(doc, u, connectors, TC_COUNTOF(connectors))) ||
                             (!u->word && u->end - u->beg == 1 && (doc[u->beg] == '-' || doc[u->beg] == '.' || doc[u->beg] == '\'')) ;
                if (!joins || u->sstart) break;
                if (!u->word && doc[u->beg] == '.' && !(t[j - 1].end - t[j - 1].beg <= 3 && t[j - 1].cap)) break;
                if (!cap_ok(u)) continue;
            }
            if (!span_key(d, doc, t[i].beg, t[j].end)) continue;
            uint32_t cnt;
            if (geo_gaz_find(d->g, d->key.p, d->key.n, &cnt)) best = j;
        }
        if (best < 0) continue;
        span_key(d, doc, t[i].beg, t[best].end);
        int tf = toks_are_words ? i + 1 : 0, tl = toks_are_words ? best + 1 : 0;
        if (add_mention(d, doc, sent, t, i, best, tf, tl) != TC_OK) return TC_NOMEM;
        feat *f = &d->f[d->nm - 1];
        /* "Ind.", "Calif.": the period belongs to an abbreviation the
           gazetteer knows with it (indexed as key + "."; see gazetteer_build.c) */
        if (best + 1 < n && !t[best + 1].word && t[best + 1].beg == t[best].end &&
            t[best + 1].end - t[best + 1].beg == 1 && doc[t[best + 1].beg] == '.') {
            uint32_t cnt;
            tc_buf_addc(&d->key, '.');
            if (geo_gaz_find(d->g, d->key.p, d->key.n, &cnt)) {
                geo_mention *m = &d->m[d->nm - 1];
                m->end = t[best + 1].end;
                m->surface = tc_arena_strndup(&d->ar, doc + m->beg, m->end - m->beg);
                if (!m->surface) { d->oom = true; return TC_NOMEM; }
            }
        }
        /* context features */
        if (i > 0) {
            const rtok *p = &t[i - 1];
            if (p->word && tok_in_sorted(doc, p, cues, TC_COUNTOF(cues))) f->cue = 1;
            /* (not "heading towards X": where one goes is not where one is) */
            static const char *const toward[] = {"toward", "towards"};
            if (p->word && tok_is(doc, p, loc_preps, TC_COUNTOF(loc_preps)) && !tok_is(doc, p, toward, 2)) f->loccue = 1;
            if (p->word && tok_in_sorted(doc, p, titles, TC_COUNTOF(titles))) f->title = 1;
            /* "a missile strike on Kryvyi Rih", "attacks on Al-Fashir": "on"
               after an attack's word is a cue ("on" alone is not: "on Trump") */
            static const char *const on_words[] = {"on", "against"};
            if (p->word && i >= 2 && t[i - 2].word && tok_is(doc, p, on_words, 2)) {
                size_t an;
                const char *as = tok_text(doc, &t[i - 2], &an);
                if (place_verb_form(as, an)) f->cue = 1;
            }
            if (!p->word && doc[p->beg] == '.' && i > 1 && tok_in_sorted(doc, &t[i - 2], titles, TC_COUNTOF(titles))) f->title = 1;
            /* "Osama bin Laden", "Ursula von der Leyen": the name after a
               lower-case name particle after a capitalised word is a surname */
            static const char *const name_particles[] = {"bin", "ibn", "van", "von", "der", "den", "ter", "zu"};
            if (p->word && !p->cap && i >= 2 && t[i - 2].word && t[i - 2].cap &&
                tok_is(doc, p, name_particles, TC_COUNTOF(name_particles)))
                f->prev_name = 1;
            if (p->word && p->cap && prev_mention_end != i - 1 && !tok_in_sorted(doc, p, modifiers, TC_COUNTOF(modifiers)) &&
                !tok_in_sorted(doc, p, titles, TC_COUNTOF(titles)))
                f->prev_name = 1;
            /* "Baghdad and Basra": a cue carries over a list */
            if (p->word && prev_mention_idx >= 0 && prev_mention_end == i - 2 && d->f[prev_mention_idx].cue) f->cue = 1;
            if (prev_mention_idx >= 0 && prev_mention_end == i - 2 &&
                ((!p->word && doc[p->beg] == ',') || (p->word && tok_is(doc, p, list_words, TC_COUNTOF(list_words))))) {
                f->coord = prev_mention_idx;
                f->coord_and = p->word;
            }
            /* ("the South West State, Somalia": a unit's word between them) */
            bool unit_between = prev_mention_end == i - 3 && i >= 3 && t[i - 2].word && t[i - 2].cap == 1 &&
                                prev_mention_idx >= 0 && d->f[prev_mention_idx].site &&
                                tok_is(doc, &t[i - 2], unit_words, TC_COUNTOF(unit_words));
            if (!p->word && doc[p->beg] == ',' && (prev_mention_end == i - 2 || unit_between) && prev_mention_idx >= 0) {
                d->f[prev_mention_idx].link = d->nm - 1;
                d->f[prev_mention_idx].comma_next = 1;
            }
            /* "Shevchenko in Donetsk Oblast": like "City, Region", the second
               place may contain the first */
            static const char *const in_words[] = {"in", "of"};
            if (p->word && tok_is(doc, p, in_words, 2) && prev_mention_end == i - 2 && prev_mention_idx >= 0 &&
                d->f[prev_mention_idx].link < 0)
                d->f[prev_mention_idx].link = d->nm - 1;
            if (p->head > 0 && p->deprel && strcmp(p->deprel, "case") == 0 && p->head == best + 1 &&
                tok_in_sorted(doc, p, cues, TC_COUNTOF(cues)))
                f->cue = 1;
        }
        if (best + 2 < n) {
            /* "Alexander Van der Bellen", "Ursula von der Leyen", "Osama bin
               Laden": a lower-case name particle between capitalised words
               makes them one person's name */
            static const char *const particles[] = {"der", "den", "van", "von", "de", "da", "di", "du",
                                                    "del", "della", "bin", "ibn", "ben", "ter", "zu"};
            const rtok *q = &t[best + 1], *r = &t[best + 2];
            if (q->word && !q->cap && tok_is(doc, q, particles, TC_COUNTOF(particles)) && r->word && r->cap)
                f->particle = 1;
        }
        /* "raid the Jenin refugee camp": the name of a site's place; "in
           the Nuseirat camp": the location preposition before the article
           is the name's too (a site's cue, not a preposition's: "in the
           Sanders camp" is no place) */
        if (site_after(doc, t, n, best)) {
            static const char *const articles[] = {"the"};
            f->site = 1;
            if (i >= 2 && tok_is(doc, &t[i - 1], articles, 1) && t[i - 2].word &&
                tok_is(doc, &t[i - 2], loc_preps, TC_COUNTOF(loc_preps)))
                f->loccue = 1;
        }
        if (best + 1 < n) {
            const rtok *q = &t[best + 1];
            /* "in Zamfara State", "Krasnodar Krai": a capitalised word of
               an administrative unit after the name, ending the phrase,
               names the unit (a site's cue), not an organisation ("Ohio
               State University", "the Borno State Government") */
            bool unit = q->word && q->cap == 1 && !q->sstart && tok_is(doc, q, unit_words, TC_COUNTOF(unit_words)) &&
                        !(best + 2 < n && t[best + 2].word && t[best + 2].cap);
            if (unit) f->site = 1;
            else if (q->word && q->cap && !q->sstart && !tok_in_sorted(doc, q, connectors, TC_COUNTOF(connectors)) &&
                !strong_single(d, doc, q))
                f->next_cap = 1;
            if (!q->word && doc[q->beg] == '-' && best + 2 < n) {
                size_t ln;
                const char *s = tok_text(doc, &t[best + 2], &ln);
                if (ln == 5 && strncasecmp(s, "based", 5) == 0) f->cue = 1;
            }
            static const char *const speech[] = {"said", "says", "say", "announced", "warned", "accused", "urged",
                                                 "told", "insisted", "denied", "claimed", "stated", "demanded",
                                                 "rejected", "condemned", "threatened", "agreed", "signed",
                                                 "responded", "declined", "called", "has", "have", "will", "would"};
            if (q->word && tok_is(doc, q, speech, TC_COUNTOF(speech))) f->speech = 1;
        }
        if (t[best].deprel && t[best].head > 0 && (strncmp(t[best].deprel, "nsubj", 5) == 0)) {
            const rtok *h = &t[t[best].head - 1];
            static const char *const speechv[] = {"said", "says", "say", "announced", "warned", "accused",
                                                  "urged", "told", "insisted", "denied", "claimed"};
            if (tok_is(doc, h, speechv, TC_COUNTOF(speechv))) f->speech = 1;
        }
        /* "Iraq's Prime Minister": a possessive modifies a noun; the place of
           "in Baghdad's Green Zone" is the Green Zone, which inherits the cue */
        bool poss = best + 1 < n && is_poss(doc, &t[best + 1]);
        if (poss) f->actor = 1;
        if (i >= 2 && prev_mention_idx >= 0 && prev_mention_end == i - 2 && is_poss(doc, &t[i - 1]) &&
            d->f[prev_mention_idx].loccue)
            f->loccue = 1; /* for the event place only; recognition keeps its own cue */
        if (t[best].deprel) {
            int hi = best; /* climb to the head of the name inside the span */
            for (int guard = 0; guard < 4 && t[hi].head > i && t[hi].head - 1 <= best && t[hi].head - 1 != hi; guard++)
                hi = t[hi].head - 1;
            const char *dr = t[hi].deprel;
            if (dr && (!strncmp(dr, "nsubj", 5) || !strcmp(dr, "obj") || !strcmp(dr, "iobj") ||
                       !strcmp(dr, "nmod:poss") || !strcmp(dr, "compound") || !strcmp(dr, "amod")))
                f->actor = 1;
            if (dr && !strcmp(dr, "obj") && t[hi].head >= 1 && t[hi].head <= n) {
                const tc_tok *v = &s->tok[t[hi].head - 1];
                for (size_t k = 0; k < TC_COUNTOF(place_verbs) && v->upos == TC_UPOS_VERB && !f->obj; k++)
                    f->obj = tc_lemma_is(v, place_verbs[k]);
            }
        }
        /* (the word before it, when no parser says what it is the object of) */
        if (i > 0 && !t[i].deprel && t[i - 1].word && !t[i - 1].cap) {
            size_t vn;
            const char *vs = tok_text(doc, &t[i - 1], &vn);
            f->obj = place_verb_form(vs, vn);
        }
        f->s = s;
        prev_mention_end = best;
        prev_mention_idx = d->nm - 1;
        i = best;
    }
    return d->oom ? TC_NOMEM : TC_OK;
}

int geo_doc_add_text(geo_doc *d, const char *text, size_t n, uint32_t base) {
    (void)base;
    /* the text stage's segmenter (UD tokens, sentences); its arena memory
       lives in the document arena until reset */
    tc_sent *sents = NULL;
    int ns = 0;
    size_t bad = 0;
    int rc = tc_segment(&d->ar, text, n, &sents, &ns, &bad);
    if (rc != TC_OK) return rc == TC_NOMEM ? TC_NOMEM : rc;
    if (d->parser && !d->nlpw && !(d->nlpw = tc_nlp_work_new(d->parser, d->A))) return TC_NOMEM;
    for (int i = 0; i < ns && rc == TC_OK; i++) {
        if (d->parser) rc = tc_nlp_annotate(d->parser, d->nlpw, &sents[i], &d->ar);
        if (rc == TC_OK) rc = geo_doc_add_sent(d, &sents[i]);
    }
    return rc;
}

int geo_doc_add_sent(geo_doc *d, const tc_sent *s) {
    if (!s || !s->text) return TC_MISUSE;
    rtok *t = tc_mem_calloc(d->A, (size_t)(s->n > 0 ? s->n : 1), sizeof *t);
    if (!t) return TC_NOMEM;
    for (int i = 0; i < s->n; i++) {
        const tc_tok *w = &s->tok[i];
        t[i].beg = w->beg; t[i].end = w->end;
        if (w->beg == UINT32_MAX || w->end == UINT32_MAX || w->end < w->beg) { t[i].beg = t[i].end = 0; }
        /* parts of a multi-word token ("Baghdad" "'s") may carry the whole
           token's span: narrow it to the part's own bytes when they match */
        size_t fl = w->form ? strlen(w->form) : 0;
        if (fl && t[i].end - t[i].beg > fl) {
            if (strncmp(s->text + t[i].beg, w->form, fl) == 0) t[i].end = t[i].beg + (uint32_t)fl;
            else if (strncmp(s->text + t[i].end - fl, w->form, fl) == 0) t[i].beg = t[i].end - (uint32_t)fl;
        }
        const unsigned char *f = (const unsigned char *)w->form;
        utf8proc_int32_t c = 0;
        if (f && *f) utf8proc_iterate(f, -1, &c);
        t[i].word = f && *f && is_wordcp(c);
        t[i].cap = t[i].word && utf8proc_category(c) == UTF8PROC_CATEGORY_LU;
        if (t[i].cap) {
            bool allup = strlen(w->form) > 1;
            for (const unsigned char *p = f; *p && allup; p++) allup = !(*p >= 'a' && *p <= 'z');
            if (allup) t[i].cap = 2;
        }
        t[i].upos = w->upos;
        t[i].head = w->head;
        t[i].deprel = w->deprel;
        t[i].sstart = i == 0;
    }
    int rc = scan(d, s, s->text, t, s->n, d->nsent++, true);
    /* mentions copied surfaces from s->text with sentence offsets; shift to document offsets */
    if (s->doc_beg != UINT32_MAX)
        for (int i = 0; i < d->nm; i++)
            if (d->m[i].sent == d->nsent - 1) { d->m[i].beg += s->doc_beg; d->m[i].end += s->doc_beg; }
    tc_mem_free(d->A, t);
    return rc;
}

static bool generic(const char *s, size_t n) {
    static const char *const g[] = {"center", "centre", "tower", "point", "church", "trial", "court", "lagoon",
                                    "estate", "hatch", "rock", "castle", "valley", "embassy", "mall", "side",
                                    "wing", "coast", "township", "office", "council", "academy", "hills",
                                    "square", "bridge", "stadium", "arena", "field", "district", "area",
                                    /* abbreviations and words of building and institution names:
                                       "St. Takla Church" is not Sete (GeoNames alternate "St") */
                                    "st", "saint", "mt", "mount", "fort", "lake", "river", "park", "hospital",
                                    "university", "college", "school", "museum", "cathedral", "memorial",
                                    "airport", "station", "street", "hotel", "palace", "house", "hall"};
    return in_list(g, TC_COUNTOF(g), s, n);
}

/* The longest run of words of d->key (space-separated) that the gazetteer
   knows, leftmost first; leaves it in d->key, or leaves d->key alone. */
static void best_subkey(geo_doc *d) {
    uint32_t cnt;
    if (geo_gaz_find(d->g, d->key.p, d->key.n, &cnt)) return;
    const char *k = d->key.p;
    size_t n = d->key.n;
    int starts[64], ends[64], nw = 0;
    for (size_t i = 0; i < n && nw < 64;) {
        while (i < n && k[i] == ' ') i++;
        if (i >= n) break;
        starts[nw] = (int)i;
        while (i < n && k[i] != ' ') i++;
        ends[nw++] = (int)i;
    }
    for (int len = nw - 1; len >= 1; len--)
        for (int a = 0; a + len <= nw; a++) {
            size_t b0 = (size_t)starts[a], e0 = (size_t)ends[a + len - 1];
            /* a generic word alone ("West", "University") is not the place */
            if (len == 1 && (in_sorted(stopwords, TC_COUNTOF(stopwords), k + b0, e0 - b0) ||
                             in_sorted(modifiers, TC_COUNTOF(modifiers), k + b0, e0 - b0) ||
                             in_sorted(cues, TC_COUNTOF(cues), k + b0, e0 - b0) || generic(k + b0, e0 - b0)))
                continue;
            if (geo_gaz_find(d->g, k + b0, e0 - b0, &cnt)) {
                tc_buf_clear(&d->tmp);
                tc_buf_add(&d->tmp, k + b0, e0 - b0);
                tc_buf_clear(&d->key);
                tc_buf_add(&d->key, d->tmp.p, d->tmp.n);
                return;
            }
        }
}

int geo_doc_add_span(geo_doc *d, const char *doc, uint32_t beg, uint32_t end) {
    if (end <= beg) return TC_MISUSE;
    if (!span_key(d, doc, beg, end)) { tc_buf_clear(&d->key); tc_buf_adds(&d->key, "?"); }
    best_subkey(d);
    rtok t = {0};
    t.beg = beg; t.end = end; t.word = 1; t.cap = 1;
    int rc = add_mention(d, doc, -1, &t, 0, 0, 0, 0);
    if (rc == TC_OK) { d->f[d->nm - 1].cue = 1; d->f[d->nm - 1].multi = 1; d->f[d->nm - 1].single = 0; }
    return rc;
}

/* ---- resolution --------------------------------------------------------------- */

typedef struct vote { char cc[3]; char a1[16]; double w; } vote;

/* The votes and an open-addressing index of them by key: vote_get is
   asked for every candidate reading of every mention, and a scan of up to
   256 keys per question cost more than the rest of the scoring.  Equal
   keys (a truncated long one) are indexed at the first of them, which is
   the one a scan from the start finds.  In front of the index, the last
   answers by the key's string pointers (a gazetteer's codes are shared
   strings: a story's readings ask about few distinct pointers), valid while
   the table stays as it was (gen). */
typedef struct vote_memo { const char *cc, *a1; double w; uint32_t gen; } vote_memo;
typedef struct votes { vote v[256]; int n; int16_t slot[512]; uint32_t gen; vote_memo memo[256]; } votes;

/* Empties the table; vs->gen must be set (votes_init) and is bumped. */
static void votes_clear(votes *vs) {
    vs->n = 0;
    for (size_t k = 0; k < TC_COUNTOF(vs->slot); k++) vs->slot[k] = -1;
    if (++vs->gen == 0) { /* (a memo of 2^32 changes ago is not valid) */
        for (size_t k = 0; k < TC_COUNTOF(vs->memo); k++) vs->memo[k].gen = 0;
        vs->gen = 1;
    }
}

static void votes_init(votes *vs) {
    vs->gen = UINT32_MAX; /* the clear makes it 0 and clears the memo */
    votes_clear(vs);
}

/* strlcpy: the first cap-1 bytes of s (the vote tables hold short codes). */
static void copy_trunc(char *dst, size_t cap, const char *s) {
    size_t n = strlen(s);
    if (n >= cap) n = cap - 1;
    memcpy(dst, s, n);
    dst[n] = 0;
}

static uint32_t vote_hash(const char *cc, const char *a1) {
    uint32_t h = 2166136261u; /* FNV-1a over cc, a separator, a1 */
    for (const unsigned char *s = (const unsigned char *)cc; *s; s++) h = (h ^ *s) * 16777619u;
    h = (h ^ 0xff) * 16777619u;
    for (const unsigned char *s = (const unsigned char *)a1; *s; s++) h = (h ^ *s) * 16777619u;
    return h ^ (h >> 15);
}

/* The index slot of key (cc, a1): its entry's, or the empty slot where it
   goes.  A key longer than the table keeps (a1 of 16 bytes or more) equals
   no entry, as with strcmp. */
static uint32_t vote_find(const votes *vs, const char *cc, const char *a1) {
    const uint32_t mask = TC_COUNTOF(vs->slot) - 1;
    uint32_t k = vote_hash(cc, a1) & mask;
    for (; vs->slot[k] >= 0; k = (k + 1) & mask) {
        const vote *v = &vs->v[vs->slot[k]];
        if (v->cc[0] == cc[0] && strcmp(v->cc, cc) == 0 && v->a1[0] == a1[0] && strcmp(v->a1, a1) == 0) break;
    }
    return k;
}

static double *vote_slot(votes *vs, const char *cc, const char *a1) {
    uint32_t k = vote_find(vs, cc, a1);
    if (vs->slot[k] >= 0) return &vs->v[vs->slot[k]].w;
    if (vs->n == (int)TC_COUNTOF(vs->v)) return NULL;
    vote *v = &vs->v[vs->n++];
    copy_trunc(v->cc, sizeof v->cc, cc);
    copy_trunc(v->a1, sizeof v->a1, a1);
    v->w = 0;
    /* indexed under what it keeps (the same key unless truncated) */
    k = vote_find(vs, v->cc, v->a1);
    if (vs->slot[k] < 0) vs->slot[k] = (int16_t)(vs->n - 1);
    return &v->w;
}

static double vote_get(votes *vs, const char *cc, const char *a1) {
    vote_memo *mo = &vs->memo[tc_hash_mix((uint64_t)(uintptr_t)cc ^ ((uint64_t)(uintptr_t)a1 << 1)) &
                              (TC_COUNTOF(vs->memo) - 1)];
    if (mo->gen == vs->gen && mo->cc == cc && mo->a1 == a1) return mo->w;
    uint32_t k = vote_find(vs, cc, a1);
    *mo = (vote_memo){cc, a1, vs->slot[k] >= 0 ? vs->v[vs->slot[k]].w : 0, vs->gen};
    return mo->w;
}

static void vote_add(votes *vs, const char *cc, const char *a1, double w) {
    if (!*cc) return;
    if (++vs->gen == 0) { /* (as in votes_clear) */
        for (size_t k = 0; k < TC_COUNTOF(vs->memo); k++) vs->memo[k].gen = 0;
        vs->gen = 1;
    }
    double *p = vote_slot(vs, cc, a1);
    if (p) *p += w;
}

/* True if key is the plural of a demonym of place idx ("russians"). */
static bool plural_demonym(const geo_gaz *g, const char *key, uint32_t idx) {
    size_t n = strlen(key);
    if (n < 4 || key[n - 1] != 's') return false;
    uint32_t cnt;
    const unsigned char *post = geo_gaz_find(g, key, n - 1, &cnt);
    for (uint32_t k = 0; post && k < cnt; k++) {
        uint32_t v = tc_get_u32(post + 4 * k);
        if ((v & GEO_POST_DEMONYM) && (v & GEO_POST_INDEX) == idx) return true;
    }
    return false;
}

/* The least population of a place whose only cue is a weak one (a site
   noun after it): surnames are the names of hamlets (Smith, Nevada: 1,033;
   Sanders, Arizona: 630), refugee camps are towns (Balata: 17,146). */
#define WEAK_CUE_POP 10000

/* Whether mention i passes on a weak cue (a site noun after it, the
   object of a place verb): a town of some size or an alternately spelled
   one, not a hamlet ("the Sanders camp") nor a name that reads as a
   person's; not what the actor dictionaries know as a person or an
   organisation ("Israel strikes Hamas"), asked only now, when the answer
   decides (the dictionaries' look-up costs more than the rest). */
static bool weak_cue(geo_doc *d, int i, uint32_t pop) {
    feat *f = &d->f[i];
    const geo_mention *m = &d->m[i];
    if (!(f->site || f->obj)) return false;
    /* a name the story gives a person ("Tyrise M. Bell", "Officer Bell")
       is one wherever a weak cue is all it has: "four of which struck
       Bell" (few mentions get here, so the scan is cheap) */
    for (int j = 0; j < d->nm; j++)
        if (j != i && (d->f[j].prev_name || d->f[j].title) && !strcmp(d->m[j].key, m->key)) return false;
    if (!f->asked && d->actor_fn && f->s && m->tok_first >= 1) {
        f->asked = 1;
        f->known = (uint8_t)d->actor_fn(d->actor_ud, f->s, m->tok_first, m->tok_last);
    }
    if (f->known == GEO_ACTOR_OTHER) return false;
    return pop >= WEAK_CUE_POP || f->known == GEO_ACTOR_PLACE;
}

/* Whether another mention with mention i's key reads as a person's name
   (a title or a capitalised name before it, a name particle after it);
   few mentions get here, so the scan is cheap. */
static bool person_elsewhere(const geo_doc *d, int i) {
    for (int j = 0; j < d->nm; j++) {
        const feat *g = &d->f[j];
        if (j != i && d->m[j].sent >= 0 && (g->title || g->prev_name || g->particle) &&
            !strcmp(d->m[j].key, d->m[i].key))
            return true;
    }
    return false;
}

/* Decides whether candidate i is kept as a toponym, and its role. */
static bool keep(geo_doc *d, int i, const unsigned char *post, uint32_t cnt) {
    geo_mention *m = &d->m[i];
    feat *f = &d->f[i];
    if (m->sent < 0) return true; /* gold span */
    uint32_t v = tc_get_u32(post);
    /* a plural demonym ("Russians", "Canadians") names people, not a place:
       resolvable when asked (gold spans), never a place mention of its own */
    if ((v & GEO_POST_DEMONYM) && plural_demonym(d->g, m->key, v & GEO_POST_INDEX)) return false;
    uint32_t idx = v & GEO_POST_INDEX;
    int kind = geo_gaz_kind(d->g, idx);
    tc_place p;
    geo_gaz_place(d->g, idx, &p);
    double prior = geo_prior_raw(kind, p.feature, p.population, v);
    bool dem = (v & GEO_POST_DEMONYM) != 0;
    bool alt_only = true;
    for (uint32_t k = 0; k < cnt && alt_only; k++) alt_only = (tc_get_u32(post + 4 * k) & GEO_POST_ALT) != 0;
    bool big = kind == GEO_COUNTRY || kind == GEO_CONTINENT || kind == GEO_REGION || dem ||
               (kind == GEO_ADMIN1 && !alt_only) || prior >= 6.0;
    bool strong = big || prior >= 5.0;
    bool comma_link = f->comma_next || (i > 0 && d->f[i - 1].link == i && d->f[i - 1].comma_next);
    /* the rules below that a cue overrides; a weak cue counts for them
       alone (not for a stopword, a title, a lower-case use) */
    bool needs_cue = (alt_only && !big && prior < 5.5) || (!strong && !comma_link && !(f->multi && prior >= 3.5)) ||
                     (f->sstart && f->single && !big && prior < 5.5);
    /* a two-letter word opens no name ("St George" the saint, "Mr X"), but
       an article does where a cue or a "City, Region" link makes it a place:
       "in El Paso", "in Al Hudaydah" (not the weather's "El Niño") */
    if (f->short_tok && !f->allcaps && !(f->article && (f->cue || comma_link))) return false;
    if (f->short_tok && f->allcaps && !(kind == GEO_COUNTRY || comma_link)) return false;
    if (f->single && stopword(m->key) && !(f->cue && !f->sstart) && !comma_link) return false;
    if (f->title && !big) return false;
    if (f->prev_name && !big) return false;
    if (f->particle && !f->cue) return false;
    /* a name the story gives a person ("Hamza bin Laden", "President
       Jackson", "Tyrise M. Bell") is the person's wherever no location
       preposition makes it a place: "the death of Hamza", "Jackson said" */
    if (!big && !f->loccue && person_elsewhere(d, i)) return false;
    if (f->single && !f->allcaps && lower_has(d, tc_hash64(m->key, strlen(m->key), 7)) && !f->cue) return false;
    if (f->next_cap && !strong) return false;
    bool cued = f->cue || (needs_cue && weak_cue(d, i, p.population));
    if (alt_only && !big && !cued && prior < 5.5) return false;
    if (!strong && !cued && !comma_link && !(f->multi && prior >= 3.5)) return false;
    if (f->sstart && f->single && !big && !cued && prior < 5.5) return false;
    m->role = dem ? GEO_ROLE_DEMONYM : f->next_cap ? GEO_ROLE_EMBEDDED
              : (f->speech && (kind == GEO_COUNTRY || strcmp(p.feature, "PPLC") == 0)) ? GEO_ROLE_METONYM
              : GEO_ROLE_LITERAL;
    return true;
}

/* "in Nuseirat, Jabalia and Khan Younis": the members of a list share the
   cues of a kept member (one before it or after it; a preposition's, a
   verb's or a site noun's), and are judged again with them.  A comma alone joins "City, Region" too, so a comma-joined
   member shares only in a list closed by "and"/"or".  Forwards, then
   backwards: "the Nuseirat and Bureij camps" has its cue at the end. */
static int share_list_cues(geo_doc *d, uint8_t *kept) {
    if (d->nm < 2) return TC_OK;
    /* closed[i]: the list goes on from mention i to an "and"/"or" member */
    uint8_t *closed = tc_arena_calloc(&d->ar, (size_t)d->nm, 1);
    if (!closed) return TC_NOMEM;
    for (int i = d->nm - 2; i >= 0; i--)
        closed[i] = d->f[i + 1].coord == i && (d->f[i + 1].coord_and || closed[i + 1]);
    for (int dir = 0; dir < 2; dir++)
        for (int k = 0; k < d->nm; k++) {
            int i = dir == 0 ? k : d->nm - 1 - k;
            if (kept[i] || d->m[i].sent < 0) continue;
            feat *f = &d->f[i];
            /* the partner before it (coord) and the one after it (whose coord it is) */
            int before = f->coord, after = i + 1 < d->nm && d->f[i + 1].coord == i ? i + 1 : -1;
            bool joined_before = before >= 0 && (f->coord_and || closed[i]);
            bool joined_after = after >= 0 && (d->f[after].coord_and || closed[after]);
            const feat *src = NULL, *fb = before >= 0 ? &d->f[before] : NULL, *fa = after >= 0 ? &d->f[after] : NULL;
            if (joined_before && kept[before] && (fb->cue || fb->obj || fb->site)) src = fb;
            else if (joined_after && kept[after] && (fa->cue || fa->obj || fa->site)) src = fa;
            if (!src) continue;
            f->cue |= src->cue;
            f->obj |= src->obj;
            f->site |= src->site;
            f->loccue |= src->loccue;
            uint32_t cnt;
            const unsigned char *post = geo_gaz_find(d->g, d->m[i].key, strlen(d->m[i].key), &cnt);
            kept[i] = post && keep(d, i, post, cnt);
        }
    return TC_OK;
}

/* True if the postings hold a city of >= 100k people inside admin1 region a. */
static bool city_in(const geo_gaz *g, const unsigned char *post, uint32_t n, const tc_place *a) {
    for (uint32_t k = 0; k < n; k++) {
        uint32_t v = tc_get_u32(post + 4 * k), idx = v & GEO_POST_INDEX;
        if (geo_gaz_kind(g, idx) != GEO_CITY) continue;
        tc_place c;
        geo_gaz_place(g, idx, &c);
        if (c.population >= 100000 && !strcmp(c.country, a->country) && !strcmp(c.admin1_code, a->admin1_code)) return true;
    }
    return false;
}

/* Per-sentence ranges of the mentions, for geo_event_place (mentions are
   appended sentence by sentence; anything else leaves sent_off NULL and
   geo_event_place scans them all). */
static int index_sentences(geo_doc *d) {
    d->sent_off = NULL;
    for (int i = 0; i < d->nm; i++)
        if (d->m[i].sent < 0 || d->m[i].sent >= d->nsent || (i && d->m[i].sent < d->m[i - 1].sent)) return TC_OK;
    int *off = tc_arena_alloc(&d->ar, ((size_t)d->nsent + 1) * sizeof *off);
    if (!off) return TC_NOMEM;
    int i = 0;
    for (int k = 0; k <= d->nsent; k++) {
        while (i < d->nm && d->m[i].sent < k) i++;
        off[k] = i;
    }
    d->sent_off = off;
    return TC_OK;
}

/* The story's dominant place: mentions weighted by how much they read as a
   location (cue 3, plain literal 1, actor modifiers and demonyms 0.2), summed
   per place in mention order; the heaviest, then the finer place, then the
   first mentioned wins.  Once per story: geo_event_place falls back to it. */
static int find_dominant(geo_doc *d) {
    d->dominant = -1;
    if (d->nm == 0) return TC_OK;
    uint32_t cap = 16;
    while (cap < 2u * (uint32_t)d->nm) cap *= 2;
    struct slot { uint32_t place; int first; double w; } *tab = tc_arena_calloc(&d->ar, cap, sizeof *tab);
    if (!tab) return TC_NOMEM;
    for (uint32_t k = 0; k < cap; k++) tab[k].first = -1;
    for (int i = 0; i < d->nm; i++) {
        const geo_mention *m = &d->m[i];
        if (!m->resolved || (m->role != GEO_ROLE_LITERAL && m->role != GEO_ROLE_DEMONYM)) continue;
        uint32_t k = (uint32_t)tc_hash_mix(m->place) & (cap - 1);
        while (tab[k].first >= 0 && tab[k].place != m->place) k = (k + 1) & (cap - 1);
        if (tab[k].first < 0) { tab[k].first = i; tab[k].place = m->place; }
        /* a demonym names whose someone is ("Israeli jets"), not where things
           happen: it counts only below any place the text names */
        if (m->role == GEO_ROLE_LITERAL) tab[k].w += d->f[i].loccue ? 3 : d->f[i].actor ? 0.2 : 1;
        else tab[k].w += 0.001;
    }
    double bestw = 0;
    int best = -1;
    for (uint32_t k = 0; k < cap; k++) {
        const struct slot *t = &tab[k];
        if (t->first < 0) continue;
        int pb = best >= 0 ? geo_precision(d->g, d->m[best].place) : 0, pt = geo_precision(d->g, t->place);
        if (t->w > bestw + 1e-9 ||
            (best >= 0 && t->w > bestw - 1e-9 && (pt < pb || (pt == pb && t->first < best)))) {
            bestw = t->w;
            best = t->first;
        }
    }
    /* "in the U.S. border city of El Paso, Texas": a country is the story's
       place only when the story names no finer place in it where things
       happen (a literal place, not an actor's modifier only): the finest
       of them, then the most named, then the first */
    if (best >= 0 && geo_gaz_kind(d->g, d->m[best].place) == GEO_COUNTRY) {
        tc_place bc;
        geo_gaz_place(d->g, d->m[best].place, &bc);
        int fine = -1;
        double finew = 0;
        for (uint32_t k = 0; k < cap && bc.country; k++) {
            const struct slot *t = &tab[k];
            if (t->first < 0 || t->w < 1 - 1e-9 || t->place == d->m[best].place) continue;
            if (geo_gaz_kind(d->g, t->place) == GEO_COUNTRY) continue;
            tc_place q;
            geo_gaz_place(d->g, t->place, &q);
            if (!q.country || strcmp(q.country, bc.country)) continue;
            int pf = fine >= 0 ? geo_precision(d->g, d->m[fine].place) : 99, pt = geo_precision(d->g, t->place);
            if (pt < pf || (pt == pf && (t->w > finew + 1e-9 || (t->w > finew - 1e-9 && t->first < fine)))) {
                fine = t->first;
                finew = t->w;
            }
        }
        if (fine >= 0) best = fine;
    }
    d->dominant = best;
    return TC_OK;
}

/* The towns the spatial-coherence score looks at: every mention resolved
   to a city, district or admin2 area, at its place's coordinates, on a grid
   of 2-degree cells (hashed into buckets, so the memory follows the
   mentions, not the grid).  Mentions change their place as a pass decides
   them, so near_set is called at every change and a question always sees
   the mentions as they stand, as a scan of all of them would.  Coordinates
   off the globe go to a cell of their own that every question looks at. */
#define NEAR_LONS 180              /* 2-degree cells of longitude */
#define NEAR_LATS 90               /* and of latitude */
#define NEAR_ODD (NEAR_LONS * NEAR_LATS)

typedef struct near_ix {
    int *head;        /* per bucket: a mention, -1 */
    int *next, *prev; /* per mention: the bucket's list */
    int *cell;        /* per mention: its cell, -1 when not indexed */
    double *pt;       /* per mention: latitude, longitude, cosine of the latitude */
    const int *kid;   /* per mention: its key (the first mention of it) */
    uint32_t mask;    /* buckets - 1 */
} near_ix;

/* A question: a place, and the key whose mentions do not count. */
typedef struct near_q { double lat, lon, cos, lonspan; int skip, near; } near_q;

static bool near_init(near_ix *x, tc_arena *ar, int n, const int *kid) {
    uint32_t cap = 16;
    while (cap < 2u * (uint32_t)n) cap *= 2;
    size_t nn = (size_t)(n ? n : 1);
    x->head = tc_arena_alloc(ar, cap * sizeof *x->head);
    x->next = tc_arena_alloc(ar, nn * sizeof *x->next);
    x->prev = tc_arena_alloc(ar, nn * sizeof *x->prev);
    x->cell = tc_arena_alloc(ar, nn * sizeof *x->cell);
    x->pt = tc_arena_alloc(ar, 3 * nn * sizeof *x->pt);
    if (!x->head || !x->next || !x->prev || !x->cell || !x->pt) return false;
    x->kid = kid;
    x->mask = cap - 1;
    for (uint32_t k = 0; k < cap; k++) x->head[k] = -1;
    for (int j = 0; j < n; j++) x->cell[j] = -1;
    return true;
}

static bool near_on_globe(double lat, double lon) {
    return lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180;
}

static int near_cell_of(double lat, double lon) {
    if (!near_on_globe(lat, lon)) return NEAR_ODD;
    int a = (int)floor((lat + 90) / 2), o = (int)floor((lon + 180) / 2);
    if (a >= NEAR_LATS) a = NEAR_LATS - 1;
    if (o >= NEAR_LONS) o = 0; /* 180 east is 180 west */
    return a * NEAR_LONS + o;
}

static uint32_t near_bucket(const near_ix *x, int cell) {
    return (uint32_t)tc_hash_mix((uint64_t)cell + 1) & x->mask;
}

/* Mention j as it stands now: in the index if resolved to a town. */
static void near_set(near_ix *x, const geo_doc *d, int j) {
    if (x->cell[j] >= 0) {
        if (x->prev[j] >= 0) x->next[x->prev[j]] = x->next[j];
        else x->head[near_bucket(x, x->cell[j])] = x->next[j];
        if (x->next[j] >= 0) x->prev[x->next[j]] = x->prev[j];
        x->cell[j] = -1;
    }
    if (!d->m[j].resolved) return;
    int kj = geo_gaz_kind(d->g, d->m[j].place);
    if (kj != GEO_CITY && kj != GEO_DISTRICT && kj != GEO_ADMIN2) return;
    double *pt = &x->pt[3 * j];
    geo_gaz_where(d->g, d->m[j].place, NULL, NULL, &pt[0], &pt[1]);
    pt[2] = geo_cos_lat(pt[0]);
    int c = near_cell_of(pt[0], pt[1]);
    uint32_t b = near_bucket(x, c);
    x->cell[j] = c;
    x->prev[j] = -1;
    x->next[j] = x->head[b];
    if (x->head[b] >= 0) x->prev[x->head[b]] = j;
    x->head[b] = j;
}

/* Counts indexed mention j if it is near, as a scan of all of them did:
   1.8 degrees of latitude are 200 km, and so are q->lonspan degrees of
   longitude at most; further apart is never near, and costs no
   trigonometry. */
static void near_one(const near_ix *x, int j, near_q *q) {
    const double *pt = &x->pt[3 * j];
    double dlon = fabs(q->lon - pt[1]);
    if (dlon > 180) dlon = 360 - dlon;
    if (x->kid[j] != q->skip && fabs(q->lat - pt[0]) < 1.81 && dlon < q->lonspan &&
        geo_km_cos(q->lat, q->lon, q->cos, pt[0], pt[1], pt[2]) < 200)
        q->near++;
}

/* The mentions of cell c (until two are near). */
static void near_cell(const near_ix *x, int c, near_q *q) {
    for (int j = x->head[near_bucket(x, c)]; j >= 0 && q->near < 2; j = x->next[j])
        if (x->cell[j] == c) near_one(x, j, q);
}

/* How many indexed mentions of keys other than skip lie within 200 km of
   (lat, lon), counted up to 2.  The cells looked at hold every mention that
   can pass the test (with a margin for rounding), the place's own cell
   first: it holds most of the near ones. */
static int near_count(const near_ix *x, int skip, int n, double lat, double lon) {
    near_q q = {lat, lon, geo_cos_lat(lat), 0, skip, 0};
    q.lonspan = 1.81 / fmax(cos((fabs(lat) + 1.81 < 90 ? fabs(lat) + 1.81 : 90) * M_PI / 180), 0.01);
    if (!near_on_globe(lat, lon)) {
        for (int j = 0; j < n && q.near < 2; j++)
            if (x->cell[j] >= 0) near_one(x, j, &q);
        return q.near;
    }
    int own = near_cell_of(lat, lon);
    near_cell(x, own, &q);
    near_cell(x, NEAR_ODD, &q);
    const double margin = 1e-4;
    int a0 = (int)floor((lat - 1.81 - margin + 90) / 2), a1 = (int)floor((lat + 1.81 + margin + 90) / 2);
    if (a0 < 0) a0 = 0;
    if (a1 >= NEAR_LATS) a1 = NEAR_LATS - 1;
    int o0 = 0, o1 = NEAR_LONS - 1;
    if (q.lonspan + margin < 180) {
        int l0 = (int)floor((lon - q.lonspan - margin + 180) / 2), l1 = (int)floor((lon + q.lonspan + margin + 180) / 2);
        if (l1 - l0 < NEAR_LONS) { o0 = l0; o1 = l1; }
    }
    for (int a = a0; a <= a1 && q.near < 2; a++)
        for (int o = o0; o <= o1 && q.near < 2; o++) {
            int c = a * NEAR_LONS + (o % NEAR_LONS + NEAR_LONS) % NEAR_LONS;
            if (c != own) near_cell(x, c, &q);
        }
    return q.near;
}

/* A reading that can contain another place: a region or a country. */
typedef struct container { const char *cc, *a1; int kind; } container;

/* True if one of the containers holds place p ("City, Region"). */
static bool contained(const container *c, uint32_t n, const tc_place *p) {
    for (uint32_t k = 0; k < n; k++)
        if (strcmp(c[k].cc, p->country) == 0 && (c[k].kind == GEO_COUNTRY || strcmp(c[k].a1, p->admin1_code) == 0))
            return true;
    return false;
}

/* True if one of the first 50 readings of a name lies in p, a region
   (kind GEO_ADMIN1) or country ("Region, City"). */
static bool contains_one(const geo_gaz *g, const unsigned char *post, uint32_t cnt, int kind, const tc_place *p) {
    for (uint32_t q = 0; post && q < cnt && q < 50; q++) {
        const char *cc, *a1;
        geo_gaz_where(g, tc_get_u32(post + 4 * q) & GEO_POST_INDEX, &cc, &a1, NULL, NULL);
        if (strcmp(cc, p->country) == 0 && (kind == GEO_COUNTRY || strcmp(a1, p->admin1_code) == 0)) return true;
    }
    return false;
}

/* True if list partner j of a mention of key ki is resolved to a place of
   the same kind as reading p (a region: in the same country). */
static bool same_kind_partner(const geo_doc *d, const int *kid, int ki, int j, int kind, const tc_place *p) {
    if (!d->m[j].resolved || kid[j] == ki) return false;
    if (geo_gaz_kind(d->g, d->m[j].place) != kind) return false;
    const char *cc;
    geo_gaz_where(d->g, d->m[j].place, &cc, NULL, NULL, NULL);
    return kind == GEO_COUNTRY || !strcmp(cc, p->country);
}

/* What a reading loses for lying in a country nothing else in the story
   points to (see geo_doc_resolve). */
#define GEO_ABROAD_W 1.0
int geo_doc_resolve(geo_doc *d) {
    if (d->oom) return TC_NOMEM;
    votes *cv = tc_arena_alloc(&d->ar, sizeof *cv), *av = tc_arena_alloc(&d->ar, sizeof *av);
    uint8_t *kept = tc_arena_calloc(&d->ar, (size_t)(d->nm ? d->nm : 1), 1);
    if (!cv || !av || !kept) return TC_NOMEM;
    votes_init(cv);
    votes_init(av);
    /* filter candidates: decide on every one first (features look at
       neighbours), then compact and remap the "X, Y" links */
    int *map = tc_arena_calloc(&d->ar, (size_t)(d->nm ? d->nm : 1), sizeof *map);
    if (!map) return TC_NOMEM;
    for (int i = 0; i < d->nm; i++) {
        uint32_t cnt;
        const unsigned char *post = geo_gaz_find(d->g, d->m[i].key, strlen(d->m[i].key), &cnt);
        kept[i] = post ? keep(d, i, post, cnt) : d->m[i].sent < 0;
    }
    if (share_list_cues(d, kept) != TC_OK) return TC_NOMEM;
    /* a chain "Bari, Puntland, Somalia" stays one chain when a name in it
       ("Puntland") is no place the gazetteer knows: a link skips it */
    for (int i = 0; i < d->nm; i++) {
        int l = d->f[i].link;
        for (int guard = 0; l >= 0 && !kept[l] && guard < 4; guard++) l = d->f[l].link;
        d->f[i].link = l >= 0 && kept[l] ? l : -1;
    }
    int w = 0;
    for (int i = 0; i < d->nm; i++) {
        map[i] = kept[i] ? w : -1;
        if (!kept[i]) continue;
        d->m[w] = d->m[i];
        d->f[w] = d->f[i];
        w++;
    }
    for (int i = 0; i < w; i++) {
        if (d->f[i].link >= 0) d->f[i].link = map[d->f[i].link];
        if (d->f[i].coord >= 0) d->f[i].coord = map[d->f[i].coord];
    }
    d->nm = w;
    /* Mentions of one name compare as equal keys over and over below:
       kid[i] is the first mention with mention i's key (a hash table of
       the keys finds it), so equal keys are equal kids, and nextk[i] is the
       next mention with its key (-1); each key's gazetteer entries are
       looked up once. */
    size_t nw = (size_t)(w ? w : 1);
    uint32_t kcap = 16;
    while (kcap < 2u * (uint32_t)w) kcap *= 2;
    int *kid = tc_arena_alloc(&d->ar, nw * sizeof *kid);
    int *nextk = tc_arena_alloc(&d->ar, nw * sizeof *nextk);
    int *lastk = tc_arena_alloc(&d->ar, nw * sizeof *lastk);
    int *ktab = tc_arena_alloc(&d->ar, kcap * sizeof *ktab);
    const unsigned char **posts = tc_arena_alloc(&d->ar, nw * sizeof *posts);
    uint32_t *counts = tc_arena_alloc(&d->ar, nw * sizeof *counts);
    int *samek = tc_arena_alloc(&d->ar, nw * sizeof *samek);
    uint32_t *coff = tc_arena_alloc(&d->ar, nw * sizeof *coff), *cn = tc_arena_alloc(&d->ar, nw * sizeof *cn);
    near_ix nx;
    if (!kid || !nextk || !lastk || !ktab || !posts || !counts || !samek || !coff || !cn || !near_init(&nx, &d->ar, w, kid))
        return TC_NOMEM;
    for (uint32_t k = 0; k < kcap; k++) ktab[k] = -1;
    for (int i = 0; i < w; i++) {
        const char *key = d->m[i].key;
        size_t kn = strlen(key);
        uint32_t k = (uint32_t)tc_hash64(key, kn, 0) & (kcap - 1);
        while (ktab[k] >= 0 && strcmp(d->m[ktab[k]].key, key) != 0) k = (k + 1) & (kcap - 1);
        if (ktab[k] < 0) ktab[k] = i;
        kid[i] = ktab[k];
        nextk[i] = -1;
        if (kid[i] < i) nextk[lastk[kid[i]]] = i;
        lastk[kid[i]] = i;
        counts[i] = 0;
        posts[i] = kid[i] < i ? posts[kid[i]] : geo_gaz_find(d->g, key, kn, &counts[i]);
        if (kid[i] < i) counts[i] = counts[kid[i]];
    }
    /* each key's readings that can contain another place, among the first
       50 that a "City, Region" link looks at: cont[coff[k]] ..
       cont[coff[k] + cn[k] - 1] for a key's first mention k */
    uint32_t ncont = 0;
    for (int i = 0; i < w; i++) {
        coff[i] = ncont;
        cn[i] = 0;
        for (uint32_t q = 0; kid[i] == i && posts[i] && q < counts[i] && q < 50; q++) {
            int k2 = geo_gaz_kind(d->g, tc_get_u32(posts[i] + 4 * q) & GEO_POST_INDEX);
            cn[i] += k2 == GEO_ADMIN1 || k2 == GEO_COUNTRY;
        }
        ncont += cn[i];
    }
    container *cont = tc_arena_alloc(&d->ar, (ncont ? ncont : 1) * sizeof *cont);
    /* each key's readings' scores without the story (prior and kind): the
       first pass's, for the others (base[boff[k] + r] for reading r of a
       key's first mention k) */
    uint32_t *boff = tc_arena_alloc(&d->ar, nw * sizeof *boff), nbase = 0;
    for (int i = 0; boff && i < w; i++) {
        boff[i] = nbase;
        if (kid[i] == i && posts[i]) nbase += counts[i] < 200 ? counts[i] : 200;
    }
    double *base = tc_arena_alloc(&d->ar, (nbase ? nbase : 1) * sizeof *base);
    if (!cont || !boff || !base) return TC_NOMEM;
    for (int i = 0; i < w; i++) {
        container *c = cont + coff[i];
        for (uint32_t q = 0; cn[i] && q < counts[i] && q < 50; q++) {
            uint32_t pi2 = tc_get_u32(posts[i] + 4 * q) & GEO_POST_INDEX;
            int k2 = geo_gaz_kind(d->g, pi2);
            if (k2 != GEO_ADMIN1 && k2 != GEO_COUNTRY) continue;
            c->kind = k2;
            geo_gaz_where(d->g, pi2, &c->cc, &c->a1, NULL, NULL);
            c++;
        }
    }
    /* (nx starts empty: pass 0 puts every mention in as it decides it,
       and only the later passes ask it) */
    /* chainc[j]: a region or country reading on mention j's "X, Y" chain
       (3 links), which a reading of j's name may lie in; coordby[j]: the
       first mention whose list partner (coord) j is, then cnext[] */
    uint8_t *chainc = tc_arena_alloc(&d->ar, nw);
    int *coordby = tc_arena_alloc(&d->ar, nw * sizeof *coordby), *cnext = tc_arena_alloc(&d->ar, nw * sizeof *cnext);
    if (!chainc || !coordby || !cnext) return TC_NOMEM;
    for (int j = 0; j < w; j++) {
        chainc[j] = 0;
        for (int o = d->f[j].link, hop = 0; o >= 0 && hop < 3 && !chainc[j]; hop++, o = d->f[o].link)
            chainc[j] = cn[kid[o]] > 0;
        coordby[j] = -1;
    }
    for (int j = w - 1; j >= 0; j--)
        if (d->f[j].coord >= 0) { cnext[j] = coordby[d->f[j].coord]; coordby[d->f[j].coord] = j; }
    /* country votes from countries, demonyms and the hint */
    if (d->hint[0]) vote_add(cv, d->hint, "", 2.0);
    for (int pass = 0; pass < 3; pass++) {
        for (int i = 0; i < d->nm; i++) {
            geo_mention *m = &d->m[i];
            uint32_t cnt = counts[i];
            const unsigned char *post = posts[i];
            if (!post) { m->resolved = 0; near_set(&nx, d, i); continue; }
            /* one referent per name: an earlier mention with the same key decides */
            int same = kid[i] < i ? kid[i] : -1;
            if (same >= 0) {
                m->resolved = d->m[same].resolved; m->place = d->m[same].place; m->score = d->m[same].score;
                near_set(&nx, d, i);
                continue;
            }
            /* a town's name must not vote for itself: without that, the
               first pass's pick among homonymous towns ("Paris", "London",
               "Glasgow") keeps its own country and region ahead whatever
               the story's other places say.  Capitals, regions and
               countries keep their votes: their name is their strongest
               evidence.  (Votes as in the vote loop below.) */
            double self_c = 0, self_a = 0;
            tc_place self;
            memset(&self, 0, sizeof self);
            if (pass > 0 && m->resolved && geo_gaz_kind(d->g, m->place) == GEO_CITY) {
                geo_gaz_place(d->g, m->place, &self);
                int nk = 0;
                for (int j = i; j >= 0; j = nextk[j]) nk += d->m[j].resolved;
                if (strcmp(self.feature, "PPLC") != 0) { self_c = 0.7 * nk; self_a = 0.5 * nk; }
            }
            /* a name seen only inside organisation names ("Cambridge
               Analytica", "the Washington Post") takes the well-known place
               the organisation is named after: the story's other places say
               nothing about it */
            int nrec = 0, nemb = 0;
            for (int j = i; j >= 0; j = nextk[j])
                if (d->m[j].sent >= 0) { nrec++; nemb += d->f[j].next_cap; }
            bool org_only = nrec > 0 && nemb == nrec;
            double bestsc = -1e9;
            uint32_t bestp = 0;
            uint32_t lim = cnt < 200 ? cnt : 200;
            /* the mentions of this name from i on, gathered once: the loops
               over them below ran over every mention for every candidate */
            int nsame = 0;
            for (int i2 = i; i2 >= 0; i2 = nextk[i2]) samek[nsame++] = i2;
            for (uint32_t k = 0; k < lim; k++) {
                uint32_t v = tc_get_u32(post + 4 * k), idx = v & GEO_POST_INDEX;
                int kind = geo_gaz_kind(d->g, idx);
                tc_place p = {0};
                double sc;
                if (pass == 0) {
                    geo_gaz_place(d->g, idx, &p);
                    sc = geo_prior_raw(kind, p.feature, p.population, v);
                    /* a country, region or continent under its own name is rarely
                       a homonymous town, whatever the story's other places */
                    if ((kind == GEO_COUNTRY || kind == GEO_REGION || kind == GEO_CONTINENT) && !(v & GEO_POST_ALT)) sc += 3;
                    /* "New York", "Baghdad": a big city and its own region share the
                       name; news means the city */
                    if (kind == GEO_ADMIN1 && !(v & GEO_POST_ALT) && city_in(d->g, post, lim, &p)) sc -= 1.5;
                    base[boff[i] + k] = sc;
                } else {
                    /* the score so far is the first pass's (it owes nothing
                       to the story), and the rest asks only where p is */
                    geo_gaz_where(d->g, idx, &p.country, &p.admin1_code, &p.lat, &p.lon);
                    sc = base[boff[i] + k];
                }
                if ((pass > 0 || d->hint[0]) && !org_only) {
                    double cw = vote_get(cv, p.country, "");
                    double aw = vote_get(av, p.country, p.admin1_code);
                    if (self_c > 0 && !strcmp(self.country, p.country)) {
                        cw -= self_c;
                        if (!strcmp(self.admin1_code, p.admin1_code)) aw -= self_a;
                    }
                    if (cw < 0) cw = 0;
                    if (aw < 0) aw = 0;
                    sc += 1.6 * log2(1.0 + (cw < 6 ? cw : 6));
                    if (kind != GEO_COUNTRY) sc += 1.0 * log2(1.0 + aw);
                    /* a reading in a country nothing else in a story that
                       names countries points to ("militants killed in Bari"
                       after "Puntland forces": not Bari, Italy) */
                    if (cw <= 0 && cv->n > 0 && kind != GEO_COUNTRY && kind != GEO_CONTINENT) sc -= GEO_ABROAD_W;
                }
                /* "City, Region": the following mention names this place's admin1 or country */
                /* over every mention of this name (one referent per name): its
                   "X, Y" partners; links always point to the next mention */
                for (int si = 0; si < nsame; si++) {
                    int i2 = samek[si];
                    /* ... or a later link of the chain: "Bari, Puntland, Somalia"
                       puts Bari in Somalia even when "Puntland" says nothing
                       (links point forward, to a later mention) */
                    bool hit = false;
                    for (int o = d->f[i2].link, hop = 0; chainc[i2] && o >= 0 && hop < 3 && !hit; hop++, o = d->f[o].link)
                        hit = contained(cont + coff[kid[o]], cn[kid[o]], &p);
                    if (hit) sc += 4;
                    /* and "Y, X" with this reading a region or country that
                       one of Y's readings lies in */
                    if (i2 > 0 && d->f[i2 - 1].link == i2 && (kind == GEO_ADMIN1 || kind == GEO_COUNTRY) &&
                        contains_one(d->g, posts[i2 - 1], counts[i2 - 1], kind, &p))
                        sc += 4;
                }
                /* a list of places is of one kind: "states such as California or
                   Washington" are regions, "Syria, Iraq and Georgia" countries
                   (partners resolved in the previous pass, any mention of this name) */
                if (pass > 0 && (kind == GEO_ADMIN1 || kind == GEO_COUNTRY)) {
                    bool same_kind = false;
                    for (int si = 0; si < nsame && !same_kind; si++) {
                        int i2 = samek[si];
                        /* its partners: the one before it, those after it */
                        if (d->f[i2].coord >= 0) same_kind = same_kind_partner(d, kid, i, d->f[i2].coord, kind, &p);
                        for (int j = coordby[i2]; j >= 0 && !same_kind; j = cnext[j])
                            same_kind = same_kind_partner(d, kid, i, j, kind, &p);
                    }
                    if (same_kind) sc += 2.0;
                }
                /* spatial coherence: other places of the story (other names,
                   resolved in the previous pass) within 200 km */
                /* (it adds 3 at most and comes last: a reading that cannot
                   pass the best so far with it need not ask the index) */
                if (pass > 0 && kind != GEO_COUNTRY && kind != GEO_CONTINENT && !org_only && sc + 3.0 > bestsc) {
                    /* (the index, not a scan of every mention for every
                       candidate: a list of thousands of places did that) */
                    int near = near_count(&nx, kid[i], d->nm, p.lat, p.lon);
                    sc += 1.5 * near;
                }
                if (sc > bestsc) { bestsc = sc; bestp = idx; }
            }
            m->resolved = 1;
            m->place = bestp;
            m->score = bestsc;
            near_set(&nx, d, i);
        }
        /* votes for the next pass: every resolved mention votes for its country and admin1 */
        votes_clear(cv);
        votes_clear(av);
        if (d->hint[0]) vote_add(cv, d->hint, "", 2.0);
        for (int i = 0; i < d->nm; i++) {
            if (!d->m[i].resolved) continue;
            tc_place p;
            geo_gaz_place(d->g, d->m[i].place, &p);
            int kind = geo_gaz_kind(d->g, d->m[i].place);
            vote_add(cv, p.country, "", kind == GEO_COUNTRY ? 1.0 : 0.7);
            if (kind == GEO_ADMIN1 || kind == GEO_CITY || kind == GEO_ADMIN2 || kind == GEO_DISTRICT)
                vote_add(av, p.country, p.admin1_code, kind == GEO_ADMIN1 ? 1.0 : 0.5);
        }
    }
    if (index_sentences(d) || find_dominant(d)) return TC_NOMEM;
    return d->oom ? TC_NOMEM : TC_OK;
}

/* ---- event places ------------------------------------------------------------- */

/* Capitalised words of dates, which follow "on" and "in" as places do. */
static const char *const time_names[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                                         "Sunday", "January", "February", "March", "April", "May", "June", "July",
                                         "August", "September", "October", "November", "December", "Christmas",
                                         "Easter", "Ramadan", "Eid"};

/* Common nouns that name a kind of place: "the city of El Paso". */
static bool place_noun(const tc_tok *t) {
    static const char *const w[] = {"city", "town", "village", "capital", "port", "region", "province", "state",
                                    "district", "county", "municipality", "governorate", "oblast", "island",
                                    "area", "neighborhood", "neighbourhood", "suburb", "camp", "territory", "regency",
                                    "locality", "commune", "settlement"};
    if (t->upos != TC_UPOS_NOUN) return false;
    return tc_lemma_in(t, w, TC_COUNTOF(w));
}

/* The capitalised word of an administrative unit that ends a place's name:
   "Zamfara State", "Krasnodar Krai", "Yahukimo Regency". */
static bool unit_name(const tc_tok *t) {
    if (t->upos != TC_UPOS_PROPN && t->upos != TC_UPOS_NOUN) return false;
    return t->form && in_list(unit_words, TC_COUNTOF(unit_words), t->form, strlen(t->form));
}

/* Common nouns of the land itself, which name a place with the names before
   them: "the Cal Miskaad mountains", "the Jordan Valley". */
static bool terrain_noun(const tc_tok *t) {
    static const char *const w[] = {"mountain", "mountains", "hill", "hills", "valley", "valleys", "forest",
                                    "desert", "plain", "plains", "plateau", "range"};
    return t->lemma && in_list(w, TC_COUNTOF(w), t->lemma, strlen(t->lemma));
}

/* Common nouns that name a site: "the Jenin refugee camp", "Evin Prison". */
static bool site_noun(const tc_tok *t) {
    static const char *const w[] = {"camp", "port", "prison", "airport", "airbase", "base", "facility", "plant",
                                    "cafe", "café", "hospital", "school", "university", "market", "mosque", "church",
                                    "temple", "synagogue", "shrine", "hotel", "station", "district", "province",
                                    "region", "river", "mountain", "mountains", "valley", "lake", "island", "bridge",
                                    "road", "street", "square", "park", "stadium", "palace", "embassy", "consulate",
                                    "compound", "headquarters", "oilfield", "refinery", "mine", "village", "town",
                                    "neighborhood", "neighbourhood", "county", "township", "governorate", "oblast",
                                    "crossing", "checkpoint", "complex", "centre", "center", "border", "dam",
                                    "territory", "regency", "locality", "commune", "corridor", "zone"};
    if (t->upos != TC_UPOS_NOUN && t->upos != TC_UPOS_PROPN) return false;
    return tc_lemma_in(t, w, TC_COUNTOF(w));
}

/* Relations that continue a place chain: "Al-Safira, Aleppo Governorate,
   Syria" (appos / conj / list / unmarked nmod on the first name). */
static bool chain_rel(const tc_tok *t) {
    return tc_deprel_is(t, "appos") || tc_deprel_is(t, "conj") || tc_deprel_is(t, "list") ||
           (t->deprel && !strcmp(t->deprel, "nmod:unmarked"));
}

static bool name_tok(const tc_tok *t) { return t->upos == TC_UPOS_PROPN; }

/* A word of a name as written: a proper noun, or a capitalised adjective in
   it ("the Lower Shabelle region", "Upper Nile"). */
static bool name_word_of(const tc_tok *t) {
    return name_tok(t) || (t->upos == TC_UPOS_ADJ && t->form && t->form[0] >= 'A' && t->form[0] <= 'Z');
}

/* The head of word h's place chain: up through chain relations to the first name. */
static int chain_head(const tc_sent *s, int h) {
    for (int guard = 0; guard < 6; guard++) {
        const tc_tok *t = &s->tok[h - 1];
        if (t->head < 1 || t->head > s->n || !chain_rel(t) || !name_tok(&s->tok[t->head - 1])) break;
        h = t->head;
    }
    return h;
}

/* The name words around head h (its flat/compound proper-noun modifiers). */
static void name_span(const tc_sent *s, int h, int *first, int *last) {
    *first = *last = h;
    while (*first > 1) {
        const tc_tok *t = &s->tok[*first - 2];
        bool cap_adj = t->upos == TC_UPOS_ADJ && t->form && t->form[0] >= 'A' && t->form[0] <= 'Z';
        if (t->head != h || !(name_tok(t) || cap_adj || (t->upos == TC_UPOS_PUNCT && t->form && !strcmp(t->form, "-"))) ||
            !(tc_deprel_is(t, "compound") || tc_deprel_is(t, "flat") || tc_deprel_is(t, "amod") || tc_deprel_is(t, "punct")))
            break;
        (*first)--;
    }
    while (*last < s->n) {
        const tc_tok *t = &s->tok[*last];
        if (t->head != h && t->head != *last) break;
        if (!name_tok(t) || !(tc_deprel_is(t, "flat") || tc_deprel_is(t, "compound"))) break;
        (*last)++;
    }
    if (s->tok[*first - 1].upos == TC_UPOS_PUNCT) (*first)++;
}

/* The preposition (case dependent) of word x, or NULL; the parser often
   hangs it on the first word of a name ("in Killa Abdullah District": "in"
   on "Killa"), which counts as the name's. */
static const tc_tok *case_of(const tc_sent *s, int x) {
    /* (the arcs first, the labels only of the few words they leave: this
       runs for every place mention, over the whole sentence) */
    for (int k = 0; k < s->n; k++) {
        const tc_tok *c = &s->tok[k];
        int h = c->head;
        if (h == x) {
            if (tc_deprel_is(c, "case")) return c;
            continue;
        }
        if (!((h >= 1) & (h < x) & (k + 1 < h)) || s->tok[h - 1].head != x) continue;
        const tc_tok *w = &s->tok[h - 1];
        if (tc_deprel_is(c, "case") && (tc_deprel_is(w, "compound") || tc_deprel_is(w, "flat"))) return c;
    }
    return NULL;
}

/* The name of a site word x as written: a name with its flat/compound words
   ("Let Pan Hla"), a site or place noun with the names before it ("Reihan
   crossing", "Lubero Territory") or with its "of" name ("the village of
   Basivka": "Basivka").  False when x has no name word. */
static bool site_name(const tc_sent *s, int x, int *first, int *last) {
    const tc_tok *t = &s->tok[x - 1];
    if (name_tok(t) && !site_noun(t)) {
        name_span(s, x, first, last);
        return true;
    }
    if (!site_noun(t) && !place_noun(t)) return false;
    int f = x;
    bool named = false;
    for (int k = x - 1; k >= 1; k--) {
        const tc_tok *c = &s->tok[k - 1];
        if (c->head != x && !(c->head > k && c->head < x)) break;
        if (!(tc_deprel_is(c, "compound") || tc_deprel_is(c, "flat") || (tc_deprel_is(c, "amod") && name_word_of(c)) ||
              (c->upos == TC_UPOS_PUNCT && c->form && !strcmp(c->form, "-"))))
            break;
        if (name_tok(c)) named = true;
        f = k;
    }
    while (f < x && named && !name_word_of(&s->tok[f - 1])) f++;
    if (named && f < x) {
        *first = f;
        *last = x;
        return true;
    }
    /* no name of its own: "the town of Katale" (not "Novobavarskyi
       District of Kharkiv", where Kharkiv holds the district) */
    for (int k = x + 1; k <= s->n; k++) {
        const tc_tok *c = &s->tok[k - 1];
        if (c->head != x || !tc_deprel_is(c, "nmod") || !name_tok(c)) continue;
        const tc_tok *cs = case_of(s, k);
        if (cs && tc_lemma_is(cs, "of")) {
            name_span(s, k, first, last);
            return true;
        }
    }
    return false;
}

/* The finer place whose phrase holds the place phrase at word x: "a camp in
   al-Mawasi in the Gaza Strip" (Gaza Strip -> al-Mawasi), "near Brukhin in
   the West Bank", "the Sihan area of Qandala district", "the town of Katale
   in Masisi Territory".  The finer place is a name, or a site or place noun
   with a name; a name the gazetteer does not know must itself be in a
   location phrase, or be what the event acts on, so that "attacks on Hamas
   in Gaza" stay in Gaza.  0 when there is none. */
static int nest_parent(const geo_doc *d, const tc_sent *s, int lo, int hi, int sent_index, int x, uint32_t place) {
    static const char *const inner[] = {"in", "near", "outside", "inside", "within", "around", "of"};
    const tc_tok *t = &s->tok[x - 1];
    if (!tc_deprel_is(t, "nmod") || t->head < 1 || t->head > s->n) return 0;
    const tc_tok *c = case_of(s, x);
    if (!c || !c->form || !in_list(inner, TC_COUNTOF(inner), c->form, strlen(c->form))) return 0;
    int p = t->head;
    const tc_tok *pt = &s->tok[p - 1];
    int f, l;
    if (!site_name(s, p, &f, &l)) return 0;
    if (pt->form && in_list(time_names, TC_COUNTOF(time_names), pt->form, strlen(pt->form))) return 0;
    /* a site noun, or a name that ends in one ("Evin Prison") */
    bool site = site_noun(pt) || place_noun(pt) || (l > p && site_noun(&s->tok[l - 1]));
    if (tc_lemma_is(c, "of")) return site ? p : 0;
    if (site) return p;
    /* a known place holds this one only when it is finer and in the same
       country: not "the ministers of the United Kingdom in Geneva", nor
       "from Afghanistan near North Waziristan District" */
    for (int i = lo; i < hi; i++) {
        const geo_mention *m = &d->m[i];
        if (!m->resolved || m->sent != sent_index || m->tok_first > p || m->tok_last < p) continue;
        tc_place a, b;
        geo_gaz_place(d->g, m->place, &a);
        geo_gaz_place(d->g, place, &b);
        bool same = a.country && b.country && !strcmp(a.country, b.country);
        /* a town's namesake abroad ("the settlement of Shevchenko in Donetsk
           Oblast" with the gazetteer's only Shevchenko in Kazakhstan) is a
           name it lacks: judged as one below */
        if (!same && geo_gaz_kind(d->g, m->place) == GEO_CITY) break;
        if (m->role != GEO_ROLE_LITERAL || geo_precision(d->g, m->place) >= geo_precision(d->g, place)) return 0;
        return same ? p : 0;
    }
    const tc_tok *pc = case_of(s, p);
    if (pc && pc->form && in_list(inner, TC_COUNTOF(inner), pc->form, strlen(pc->form)) && !tc_lemma_is(pc, "of")) return p;
    /* "the village of Gobirawa Chali in Zamfara State": the name of a
       place (not "the headquarters of the Radio Television of Serbia in
       Belgrade", an organisation's) */
    if (pc && tc_lemma_is(pc, "of") && tc_deprel_is(pt, "nmod") && pt->head >= 1 && pt->head <= s->n &&
        place_noun(&s->tok[pt->head - 1]))
        return p;
    if (pc && pc->form && (!strcasecmp(pc->form, "at") || !strcasecmp(pc->form, "into"))) return p;
    return 0;
}

/* "near Bal'ad in Middle Shabelle, Somalia" with the gazetteer's only
   Bal'ad a small town in Iraq: a small town (not a capital, under 100,000
   people) in a country no other place of the story is in, in a story that
   names countries, is a namesake the gazetteer lacks a better reading for;
   it does not locate an event (the places the story does name do). */
static bool abroad_namesake(const geo_doc *d, const geo_mention *m) {
    int kind = geo_gaz_kind(d->g, m->place);
    if (kind != GEO_CITY && kind != GEO_ADMIN2) return false;
    tc_place p;
    geo_gaz_place(d->g, m->place, &p);
    if (p.population >= 100000 || (p.feature && !strncmp(p.feature, "PPLC", 4)) || !p.country) return false;
    bool named_any = false;
    for (int j = 0; j < d->nm; j++) {
        const geo_mention *o = &d->m[j];
        if (!o->resolved || o->place == m->place) continue;
        tc_place q;
        geo_gaz_place(d->g, o->place, &q);
        /* (any other place of the story in its country vouches for it:
           "Pokrovsk in Donetsk Oblast" after "Russian artillery") */
        if (q.country && !strcmp(q.country, p.country)) return false;
        if (geo_gaz_kind(d->g, o->place) == GEO_COUNTRY) named_any = true;
    }
    return named_any;
}

int geo_event_place(const geo_doc *d, const tc_sent *s, int sent_index, int trigger, tc_place *out) {
    return geo_event_place_in(d, s, sent_index, trigger, out, NULL);
}

/* "the South West State, Somalia" with the gazetteer's only South West in
   Cameroon: a place the text puts in a country ("X, Country") that it is
   not in is a namesake; it does not locate an event. */
static bool linked_abroad(const geo_doc *d, int i) {
    int o = d->f[i].link;
    if (o < 0 || o >= d->nm || !d->m[o].resolved || d->m[o].role != GEO_ROLE_LITERAL) return false;
    int ok = geo_gaz_kind(d->g, d->m[o].place);
    if (ok != GEO_COUNTRY && ok != GEO_ADMIN1) return false;
    int kind = geo_gaz_kind(d->g, d->m[i].place);
    if (kind == GEO_COUNTRY || kind == GEO_CONTINENT || kind == GEO_REGION) return false;
    tc_place a, b;
    geo_gaz_place(d->g, d->m[i].place, &a);
    geo_gaz_place(d->g, d->m[o].place, &b);
    return a.country && b.country && *a.country && strcmp(a.country, b.country) != 0;
}

/* True if token x hangs from the trigger (or the verb pred) by a chain of
   heads that enters no other clause: "by a court in Multan" in "X was
   sentenced ... by a court in Multan", not "at Kazan airport" in "attack
   ..., prompting the agency to suspend flights at Kazan airport". */
static bool in_clause_of(const tc_sent *s, int x, int trigger, int pred) {
    for (int g = 0; g < 8 && x >= 1 && x <= s->n; g++) {
        const tc_tok *t = &s->tok[x - 1];
        if (x == trigger || (pred && x == pred)) return true;
        if (tc_deprel_is(t, "advcl") || tc_deprel_is(t, "ccomp") || tc_deprel_is(t, "xcomp") ||
            tc_deprel_is(t, "parataxis") || tc_deprel_is(t, "csubj"))
            return false;
        x = t->head;
    }
    return false;
}

int geo_event_place_in(const geo_doc *d, const tc_sent *s, int sent_index, int trigger, tc_place *out, geo_where *w) {
    int best = -1, bestrank = 99, bestchain = 0, bestdepth = 0, besttop = 0, bestown = 0;
    /* the candidates inside another place's phrase, for a list of places
       ("in Kaduna and Niger States in Nigeria") */
    enum { MAX_HELD = 32 };
    int held[MAX_HELD], held_rank[MAX_HELD], held_top[MAX_HELD], held_ch[MAX_HELD], nheld = 0;
    /* the candidates that locate the event (rank < 99), for a finer place than a country */
    int fine[MAX_HELD], fine_ch[MAX_HELD], fine_depth[MAX_HELD], fine_top[MAX_HELD], fine_own[MAX_HELD], nfine = 0;
    if (w) *w = (geo_where){3, 0, 0, NULL};
    /* 1. a place in the trigger's clause: rank 0 obl/nmod of the trigger with
       a location preposition, 1 other dependents of the trigger that are not
       its subject (the object of "struck Beirut" is where it happened), 2 any
       place with a location preposition in the sentence; places without
       either ("for the good of Iraq", "Iraq's Prime Minister") do not locate
       the event.  A place in a chain ("in Dumba, Borno State, Nigeria") is
       judged by the chain's head, where the preposition is. */
    int lo = 0, hi = d->nm;
    if (d->sent_off) {
        if (sent_index < 0 || sent_index >= d->nsent) lo = hi = 0;
        else { lo = d->sent_off[sent_index]; hi = d->sent_off[sent_index + 1]; }
    }
    const int mlo = lo, mhi = hi; /* the sentence's mentions (hi is shadowed below) */
    /* an event noun that is the subject of its verb ("American airstrikes
       targeted the Ras Isa port", "airstrikes kill 82 people across the Gaza
       Strip"): the verb's places are the event's */
    int pred = 0;
    if (s && trigger >= 1 && trigger <= s->n) {
        const tc_tok *tt = &s->tok[trigger - 1];
        if (tt->upos == TC_UPOS_NOUN && tc_deprel_is(tt, "nsubj") && tt->head >= 1 && tt->head <= s->n &&
            s->tok[tt->head - 1].upos == TC_UPOS_VERB)
            pred = tt->head;
        /* a participle's clause ("rebels enter Walikale, North Kivu, after
           overrunning army positions"): the places of the verb it hangs on */
        if (tt->upos == TC_UPOS_VERB && tt->xpos && !strcmp(tt->xpos, "VBG") && tc_deprel_is(tt, "advcl") &&
            tt->head >= 1 && tt->head <= s->n && s->tok[tt->head - 1].upos == TC_UPOS_VERB)
            pred = tt->head;
    }
    for (int i = lo; i < hi; i++) {
        const geo_mention *m = &d->m[i];
        const feat *f = &d->f[i];
        if (!m->resolved || m->sent != sent_index || m->role != GEO_ROLE_LITERAL || abroad_namesake(d, m) ||
            linked_abroad(d, i))
            continue;
        /* "the police shooting of Jacob Blake in August": a month or a day
           of the week is no place, whatever town bears its name; nor is a
           currency's country ("US$5 billion") */
        if (s && m->tok_first == m->tok_last && m->tok_first >= 1 && m->tok_first <= s->n) {
            const char *f = s->tok[m->tok_first - 1].form;
            if (f && in_list(time_names, TC_COUNTOF(time_names), f, strlen(f))) continue;
            const tc_tok *nx = m->tok_first < s->n ? &s->tok[m->tok_first] : NULL;
            if (nx && nx->form && !strcmp(nx->form, "$") && s->tok[m->tok_first - 1].end == nx->beg) continue;
        }
        int rank = f->loccue ? 2 : 99, ch = 0, depth = 0, top = 0, own = 0;
        if (s && m->tok_last > 0 && m->tok_last <= s->n && m->tok_first > 0) {
            const tc_tok *h = &s->tok[m->tok_last - 1];
            int hi = m->tok_last;
            for (int guard = 0; guard < 4 && h->head > 0 && h->head >= m->tok_first && h->head <= m->tok_last && h->head != hi; guard++) {
                hi = h->head; h = &s->tok[hi - 1];
            }
            ch = chain_head(s, hi);
            if (ch != hi) { hi = ch; h = &s->tok[hi - 1]; }
            /* "in the border city of El Paso": the place noun's phrase is the
               name's (its preposition and its attachment) */
            if (tc_deprel_is(h, "nmod") && h->head >= 1 && place_noun(&s->tok[h->head - 1])) {
                bool of = false;
                for (int k = 0; k < s->n && !of; k++)
                    of = s->tok[k].head == hi && tc_deprel_is(&s->tok[k], "case") && tc_lemma_is(&s->tok[k], "of");
                if (of) { hi = h->head; h = &s->tok[hi - 1]; }
            }
            /* "in the Baalbek area", "in Zamfara State": the place noun's
               phrase is the name's */
            if (tc_deprel_is(h, "compound") && h->head >= 1 &&
                (place_noun(&s->tok[h->head - 1]) || (h->head == hi + 1 && unit_name(&s->tok[h->head - 1])))) {
                /* (the unit's word is the name's: "Killa Abdullah District") */
                if (h->head == hi + 1 && unit_name(&s->tok[h->head - 1]) && ch == hi) ch = h->head;
                hi = h->head;
                h = &s->tok[hi - 1];
            }
            own = hi;
            /* a place inside a finer place's phrase: that phrase locates
               the event, and the finer place is its place */
            for (int guard = 0; guard < 4; guard++) {
                int p = nest_parent(d, s, mlo, mhi, sent_index, hi, m->place);
                if (!p) break;
                hi = top = p;
                h = &s->tok[hi - 1];
                depth++;
            }
            const tc_tok *hc = case_of(s, hi);
            bool has_case = hc && hc->form && in_list(loc_preps, TC_COUNTOF(loc_preps), hc->form, strlen(hc->form));
            bool subj = tc_deprel_is(h, "nsubj");
            bool arg = subj || tc_deprel_is(h, "obj") || tc_deprel_is(h, "iobj");
            bool direct = h->head == trigger || (pred && h->head == pred), attached = direct;
            if (!attached && h->head > 0 && h->head <= s->n) {
                const tc_tok *hh = &s->tok[h->head - 1];
                attached = (hh->head == trigger || (pred && hh->head == pred)) &&
                           (tc_deprel_is(h, "nmod") || tc_deprel_is(h, "appos") || tc_deprel_is(h, "compound"));
            }
            /* one arc further down only with a location preposition: "the
               exit of the United Kingdom" is not where the protest was */
            bool of_phrase = !direct && tc_deprel_is(h, "nmod") && !has_case;
            if (attached && has_case && (tc_deprel_is(h, "obl") || tc_deprel_is(h, "nmod") || tc_deprel_is(h, "advmod"))) rank = 0;
            /* "an attack by Ukraine": the doer, not the place */
            else if (attached && !arg && !f->actor && !of_phrase && !(hc && tc_lemma_is(hc, "by"))) rank = 1;
            else if (attached && !subj && tc_deprel_is(h, "obj")) rank = 1;
            else if (has_case) rank = 2;
            /* "withdraws from Bukavu heading towards Tanganyika Province":
               a place only headed for, off the trigger's own phrase, is
               not where the event was */
            if (rank == 2 && m->tok_first >= 2) {
                int k = m->tok_first - 1;
                if (k >= 2 && s->tok[k - 1].form && !strcasecmp(s->tok[k - 1].form, "the")) k--;
                const char *pf = s->tok[k - 1].form;
                if (pf && (!strcasecmp(pf, "toward") || !strcasecmp(pf, "towards"))) rank = 99;
            }
        }
        /* a place in no country (a continent, "the European Union") locates
           an event worse than any place in one */
        if (rank < 99) {
            tc_place pl;
            geo_gaz_place(d->g, m->place, &pl);
            if (!pl.country || !*pl.country) rank += 3;
        }
        /* among equals, the finer place ("Green Zone" over "Baghdad"); a
           place inside a finer place's phrase counts one step finer for each
           ("Washington" in "at Union Square in Washington") */
        if (rank < bestrank ||
            (rank == bestrank && rank < 99 && best >= 0 &&
             geo_precision(d->g, m->place) - depth < geo_precision(d->g, d->m[best].place) - bestdepth)) {
            bestrank = rank; best = i; bestchain = ch; bestdepth = depth; besttop = top; bestown = own;
        }
        if (top && rank < 99 && nheld < MAX_HELD) {
            held[nheld] = i; held_rank[nheld] = rank; held_top[nheld] = top; held_ch[nheld] = ch;
            nheld++;
        }
        if (rank < 99 && nfine < MAX_HELD) {
            fine[nfine] = i; fine_ch[nfine] = ch; fine_depth[nfine] = depth; fine_top[nfine] = top; fine_own[nfine] = own;
            nfine++;
        }
    }
    /* "attacked the Ben Gurion International Airport in Tel Aviv", "a
       missile that targeted the X Airport in Tel Aviv": a finer place of
       the same country written right before "in" the chosen place is what
       that phrase locates, wherever the parse hung the phrase */
    bool written = false; /* (the name as written: the mention's words) */
    if (best >= 0 && bestrank < 99 && s && d->m[best].tok_first >= 3) {
        int k = d->m[best].tok_first - 1; /* the preposition */
        const char *pf = s->tok[k - 1].form;
        tc_place bp = {0};
        if (pf && !strcasecmp(pf, "in")) geo_gaz_place(d->g, d->m[best].place, &bp);
        for (int i = mlo; i < mhi && bp.country; i++) {
            const geo_mention *m = &d->m[i];
            if (i == best || !m->resolved || m->sent != sent_index || m->role != GEO_ROLE_LITERAL || m->tok_last != k - 1 ||
                abroad_namesake(d, m) || linked_abroad(d, i))
                continue;
            /* (the whole name: not "Yar" of "Chasiv Yar") */
            if (m->tok_first >= 2) {
                const unsigned char *pw = (const unsigned char *)s->tok[m->tok_first - 2].form;
                if (pw && ((pw[0] >= 'A' && pw[0] <= 'Z') || pw[0] >= 0xC0)) continue;
            }
            tc_place q;
            geo_gaz_place(d->g, m->place, &q);
            if (!q.country || strcmp(q.country, bp.country) || q.precision >= bp.precision) continue;
            best = i; bestchain = 0; bestdepth = 0; besttop = 0; bestown = 0; written = true;
            break;
        }
    }
    /* "On Friday in Pakistan, X was sentenced ... by a court in Multan": a
       country locates the event no better than a finer place inside it in a
       location phrase of the same sentence, the finest of them */
    const tc_tok *bcase = best >= 0 && bestown && s ? case_of(s, bestown) : NULL;
    /* (not a country the event spreads across: "protests continue across
       Serbia, ... the Radio Television of Serbia in Belgrade") */
    bool across = bcase && (tc_lemma_is(bcase, "across") || tc_lemma_is(bcase, "throughout"));
    if (best >= 0 && bestrank < 99 && !across && geo_gaz_kind(d->g, d->m[best].place) == GEO_COUNTRY) {
        tc_place bc;
        geo_gaz_place(d->g, d->m[best].place, &bc);
        int pick = -1;
        for (int k = 0; k < nfine && bc.country; k++) {
            const geo_mention *m = &d->m[fine[k]];
            if (fine[k] == best || geo_gaz_kind(d->g, m->place) == GEO_COUNTRY) continue;
            tc_place q;
            geo_gaz_place(d->g, m->place, &q);
            if (!q.country || strcmp(q.country, bc.country)) continue;
            /* (with a location preposition of its own, in the trigger's
               own clause; not a list with the country: "strikes into India
               and Indian-administered Kashmir") */
            int x = fine_own[k];
            const tc_tok *xc = x && s && x <= s->n ? case_of(s, x) : NULL;
            if (!xc || !xc->form || !in_list(loc_preps, TC_COUNTOF(loc_preps), xc->form, strlen(xc->form)) ||
                !in_clause_of(s, x, trigger, pred))
                continue;
            if (pick < 0 || geo_precision(d->g, m->place) - fine_depth[k] <
                                geo_precision(d->g, d->m[fine[pick]].place) - fine_depth[pick])
                pick = k;
        }
        if (pick >= 0) {
            best = fine[pick]; bestchain = fine_ch[pick]; bestdepth = fine_depth[pick];
            besttop = fine_top[pick]; bestown = fine_own[pick];
        }
    }
    /* A list of places ("in Kaduna and Niger States in Nigeria", "the
       neighbourhoods of Sheikh Maqsood and Achrafieh in Aleppo"): the event
       is in the place that holds them all, when the text names it. */
    if (best >= 0 && bestrank < 99 && !besttop && bestown && s) {
        bool list = false;
        for (int k = 1; k <= s->n && !list; k++) {
            const tc_tok *c = &s->tok[k - 1];
            int f, l;
            if (c->head != bestown || !tc_deprel_is(c, "conj") || !site_name(s, k, &f, &l)) continue;
            for (int j = 1; j <= s->n && !list; j++) /* "and", not the comma of "X, Y, Israel" */
                list = s->tok[j - 1].head == k && tc_deprel_is(&s->tok[j - 1], "cc");
        }
        int holder = -1;
        for (int k = 0; k < nheld && list; k++)
            if (held_top[k] == bestown && held_rank[k] == bestrank &&
                geo_precision(d->g, d->m[held[k]].place) > geo_precision(d->g, d->m[best].place) &&
                (holder < 0 || geo_precision(d->g, d->m[held[k]].place) < geo_precision(d->g, d->m[held[holder]].place)))
                holder = k;
        if (holder >= 0) {
            best = held[holder];
            bestchain = held_ch[holder];
        }
    }
    if (bestrank == 99) best = -1;
    else if (w) {
        w->rank = bestrank;
        if (besttop) site_name(s, besttop, &w->name_first, &w->name_last);
        else if (bestchain) name_span(s, bestchain, &w->name_first, &w->name_last);
        else if (written) { w->name_first = d->m[best].tok_first; w->name_last = d->m[best].tok_last; }
    }
    /* A named site the gazetteer does not know, in a location phrase on the
       trigger or on its object: "a raid in the Jenin refugee camp", "strikes
       on the Ras Isa port", "a shootout around Indravati River", "in Bannang
       Sata district": the site as written (its name words and its kind),
       placed by the places found (usually its town or country) */
    if (w && s && trigger >= 1 && trigger <= s->n && !besttop) {
        for (int j = 1; j <= s->n; j++) {
            const tc_tok *t = &s->tok[j - 1];
            /* (near the trigger first, by the arcs: it rules out most words
               before the labels and the word lists) */
            int hd = t->head;
            if (hd < 1) continue;
            bool near = hd == trigger || (pred && hd == pred);
            if (!near && hd <= s->n) {
                const tc_tok *ht = &s->tok[hd - 1];
                near = ht->head == trigger && (tc_deprel_is(ht, "obj") || tc_deprel_is(ht, "obl"));
            }
            /* "launch a raid in the camp": the support verb of an event noun */
            const tc_tok *tt = &s->tok[trigger - 1];
            if (!near && tt->head == hd && tc_deprel_is(tt, "obj") && tt->upos == TC_UPOS_NOUN) near = true;
            if (!near) continue;
            if (!(tc_deprel_is(t, "obl") || tc_deprel_is(t, "nmod") || tc_deprel_is(t, "obj"))) continue;
            if (!(site_noun(t) || place_noun(t) || terrain_noun(t) || (name_tok(t) && !tc_deprel_is(t, "obj")))) continue;
            bool loc = tc_deprel_is(t, "obj") && (hd == trigger || (pred && hd == pred)); /* "struck the Ras Isa port" */
            for (int k = 0; k < s->n && !loc; k++) {
                const tc_tok *c = &s->tok[k];
                loc = c->head == j && tc_deprel_is(c, "case") && c->form &&
                      in_list(loc_preps, TC_COUNTOF(loc_preps), c->form, strlen(c->form));
            }
            if (!loc) continue;
            /* a site that holds a named place ("Pokrovsk in Donetsk Oblast",
               "the city of En Nahud in West Kordofan") is not the place */
            if (tc_deprel_is(t, "nmod") && (name_tok(&s->tok[hd - 1]) || (best >= 0 && bestown && hd == bestown))) continue;
            /* the name words before the head: proper nouns and the common
               nouns between them and the head ("Jenin refugee camp") */
            int first = j;
            bool named = name_tok(t) && j > 1;
            for (int k = j - 1; k >= 1; k--) {
                const tc_tok *c = &s->tok[k - 1];
                if (c->head != j && !(c->head == k + 1 && tc_deprel_is(c, "flat")) && !(c->head > k && c->head < j)) break;
                if (!(tc_deprel_is(c, "compound") || tc_deprel_is(c, "flat") ||
                      (tc_deprel_is(c, "amod") && name_word_of(c)) || (c->upos == TC_UPOS_PUNCT && c->form && !strcmp(c->form, "-"))))
                    break;
                if (name_tok(c)) named = true;
                first = k;
            }
            while (first < j && !name_word_of(&s->tok[first - 1])) first++; /* start at a name word */
            int last = j;
            /* "the Yemeni capital city": a demonym names no place of its own */
            bool demonym = false;
            for (int i = lo; i < hi && !demonym && named && !site_noun(t); i++)
                demonym = d->m[i].resolved && d->m[i].sent == sent_index && d->m[i].role == GEO_ROLE_DEMONYM &&
                          d->m[i].tok_first >= first && d->m[i].tok_last < j;
            if (demonym) named = false;
            /* "the Baalbek area": a place the gazetteer knows, with its kind */
            bool known_name = false;
            for (int i = lo; i < hi && !known_name && named && !site_noun(t); i++)
                known_name = d->m[i].resolved && d->m[i].sent == sent_index && d->m[i].role == GEO_ROLE_LITERAL &&
                             d->m[i].tok_first <= first && d->m[i].tok_last >= j - 1;
            if (known_name) continue;
            if (!named || first == j) {
                /* "capture the village of Basivka": the site's "of" name */
                if (!(site_noun(t) || place_noun(t)) || !site_name(s, j, &first, &last) || first < j) continue;
            }
            /* a site that the gazetteer knows as a whole was judged above */
            bool whole = false;
            for (int i = lo; i < hi && !whole; i++)
                whole = d->m[i].resolved && d->m[i].sent == sent_index && d->m[i].tok_first <= first && d->m[i].tok_last >= last;
            if (whole) continue;
            /* placed by a place of this sentence's clause, or by one in the
               site's own phrase ("in Bannang Sata district, Yala province,
               Thailand") */
            int inner = -1;
            for (int i = lo; i < hi && inner < 0; i++) {
                const geo_mention *m = &d->m[i];
                if (!m->resolved || m->sent != sent_index || m->role != GEO_ROLE_LITERAL || m->tok_last < 1 ||
                    linked_abroad(d, i))
                    continue;
                int x = m->tok_last;
                for (int g = 0; g < 6 && x >= 1 && x != j; g++) x = s->tok[x - 1].head;
                if (x == j) inner = i;
            }
            /* ... or, with no place in the sentence, by the story's country
               ("in the Kwamouth Territory" in a story about the Congo) */
            if (inner < 0 && bestrank > 2 &&
                (best >= 0 || d->dominant < 0 || geo_precision(d->g, d->m[d->dominant].place) < TC_PREC_ADMIN1))
                continue;
            if (inner >= 0 && (bestrank > 2 || best < 0)) {
                best = inner;
                bestrank = 0;
            }
            w->name_first = first;
            w->name_last = last;
            w->rank = 0;
            break;
        }
    }
    /* A name the gazetteer does not know, in a location phrase on the
       trigger or on its object ("abandons their positions in Lubero, North
       Kivu"): the most specific place the text gives.  It is named as
       written; where it lies comes from the places found (the gazetteer
       entry below, usually its country). */
    if (w && s && bestrank > 0 && trigger >= 1 && trigger <= s->n) {
        for (int j = 1; j <= s->n && !w->name_first; j++) {
            const tc_tok *t = &s->tok[j - 1];
            if (!name_tok(t) || t->head < 1 || !(tc_deprel_is(t, "obl") || tc_deprel_is(t, "nmod"))) continue;
            if (t->form && in_list(time_names, TC_COUNTOF(time_names), t->form, strlen(t->form))) continue;
            int hd = t->head;
            bool near = hd == trigger || (pred && hd == pred);
            if (!near && hd <= s->n) {
                const tc_tok *ht = &s->tok[hd - 1];
                near = ht->head == trigger && (tc_deprel_is(ht, "obj") || tc_deprel_is(ht, "obl") || tc_deprel_is(ht, "nsubj:pass"));
            }
            if (!near) continue;
            /* (a name in the found place's own phrase holds it: "the city of
               En Nahud in West Kordofan") */
            if (best >= 0 && bestown && hd == bestown) continue;
            bool loc = false;
            for (int k = 0; k < s->n && !loc; k++) {
                const tc_tok *c = &s->tok[k];
                loc = c->head == j && tc_deprel_is(c, "case") && c->form &&
                      in_list(loc_preps, TC_COUNTOF(loc_preps), c->form, strlen(c->form));
            }
            if (!loc) continue;
            bool known = false; /* a resolved place of its own was judged above */
            for (int i = lo; i < hi && !known; i++)
                known = d->m[i].resolved && d->m[i].sent == sent_index && d->m[i].tok_first <= j && d->m[i].tok_last >= j;
            if (known) continue;
            int nf, nl;
            name_span(s, j, &nf, &nl);
            /* an actor's name is no place: "across Houthi-controlled areas"
               (a name before "-" and a participle), "his conviction in the
               National Front affair" (what the actor dictionaries know) */
            if (nl < s->n && s->tok[nl].form && !strcmp(s->tok[nl].form, "-")) continue;
            if (d->actor_fn && d->actor_fn(d->actor_ud, s, nf, nl) == GEO_ACTOR_OTHER) continue;
            w->name_first = nf;
            w->name_last = nl;
            w->rank = 0;
        }
    }
    /* "The Manhattan district attorney's office is investigating Trump":
       with no place phrase, a finer place the sentence names in the
       story's country (an office's or an actor's place) before the story's */
    if (best < 0 && s && !(w && w->name_first)) {
        tc_place dc = {0};
        if (d->dominant >= 0) geo_gaz_place(d->g, d->m[d->dominant].place, &dc);
        for (int i = mlo; i < mhi; i++) {
            const geo_mention *m = &d->m[i];
            if (!m->resolved || m->sent != sent_index || m->role != GEO_ROLE_LITERAL || !d->f[i].actor ||
                geo_precision(d->g, m->place) >= TC_PREC_COUNTRY || abroad_namesake(d, m) || linked_abroad(d, i))
                continue;
            /* (the modifier of an actor's noun, "the Manhattan district
               attorney", "Kyiv's mayor", or the doer itself, "Nevada opted";
               not the name of its own place noun, "Tanganyika Province") */
            if (m->tok_first < 1 || m->tok_last > s->n) continue;
            int x = m->tok_last;
            for (int g = 0; g < 4 && s->tok[x - 1].head >= m->tok_first && s->tok[x - 1].head <= m->tok_last &&
                            s->tok[x - 1].head != x; g++)
                x = s->tok[x - 1].head;
            const tc_tok *h = &s->tok[x - 1];
            const tc_tok *hh = h->head >= 1 && h->head <= s->n ? &s->tok[h->head - 1] : NULL;
            bool modifier = hh && (tc_deprel_is(h, "compound") || tc_deprel_is(h, "nmod:poss")) &&
                            hh->upos == TC_UPOS_NOUN && !place_noun(hh) && !site_noun(hh) && !unit_name(hh);
            if (!modifier && !tc_deprel_is(h, "nsubj")) continue;
            tc_place q;
            geo_gaz_place(d->g, m->place, &q);
            if (!q.country || !*q.country || (d->dominant >= 0 && (!dc.country || strcmp(q.country, dc.country)))) continue;
            if (best < 0 || geo_precision(d->g, m->place) < geo_precision(d->g, d->m[best].place)) best = i;
        }
        if (best >= 0 && w) {
            w->rank = 2;
            w->written = d->m[best].surface;
        }
    }
    /* "arrested twelve people in Tamil Nadu, India ... a constable saw the
       twelve ... in Trichy": a first-level region the sentence gives holds
       the story's finer place, which is where it happened (not a country
       the sentence gives: "gas, which leaks frequently in Russia"; nor a
       country the event spreads across) */
    if (best >= 0 && d->dominant >= 0 && d->dominant != best && !across &&
        (!w || !w->name_first || (w->name_first == d->m[best].tok_first && w->name_last == d->m[best].tok_last)) &&
        geo_precision(d->g, d->m[d->dominant].place) < geo_precision(d->g, d->m[best].place)) {
        int kb = geo_gaz_kind(d->g, d->m[best].place);
        const char *c1 = NULL, *a1 = NULL, *c2 = NULL, *a2 = NULL;
        geo_gaz_where(d->g, d->m[best].place, &c1, &a1, NULL, NULL);
        geo_gaz_where(d->g, d->m[d->dominant].place, &c2, &a2, NULL, NULL);
        bool inside = c1 && c2 && *c1 && !strcmp(c1, c2) && kb == GEO_ADMIN1 && a1 && a2 && *a1 && !strcmp(a1, a2);
        if (inside) {
            best = d->dominant;
            if (w) {
                w->name_first = w->name_last = 0;
                w->written = d->m[best].surface;
            }
        }
    }
    if (best < 0) { /* 2. the story's dominant place */
        best = d->dominant;
        if (best >= 0 && w && geo_precision(d->g, d->m[best].place) < TC_PREC_COUNTRY && d->m[best].role == GEO_ROLE_LITERAL)
            w->written = d->m[best].surface;
    }
    if (best < 0) return TC_NOTFOUND;
    geo_gaz_place(d->g, d->m[best].place, out);
    return TC_OK;
}

int geo_story_country(const geo_doc *d, const char *cc, int sent_index, tc_place *out) {
    if (!cc || !*cc) return TC_NOTFOUND;
    int found = -1;
    for (int i = 0; i < d->nm; i++) {
        const geo_mention *m = &d->m[i];
        if (!m->resolved || geo_gaz_kind(d->g, m->place) != GEO_COUNTRY) continue;
        const char *c = NULL;
        geo_gaz_where(d->g, m->place, &c, NULL, NULL, NULL);
        if (!c || strcmp(c, cc)) continue;
        if (found < 0 || (m->sent == sent_index && d->m[found].sent != sent_index)) found = i;
    }
    if (found < 0) return TC_NOTFOUND;
    geo_gaz_place(d->g, d->m[found].place, out);
    return TC_OK;
}

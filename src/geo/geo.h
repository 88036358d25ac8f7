/*
 * geo.h -- internal API of the place stage: the compiled gazetteer (built by
 * gazetteer_build.c, read by gazetteer.c), a per-document context that
 * collects and resolves place mentions (recognize.c), and the attachment of
 * a place to an event trigger (the coder calls geo_event_place).
 *
 * Not API: the public surface is the `geo` section of include/tacitus.h.
 *
 * Flow for one story:
 *   geo_doc *d = geo_doc_new(gaz, A);
 *   for each parsed sentence s: geo_doc_add_sent(d, s);   (or geo_doc_add_text)
 *   geo_doc_resolve(d);                 (priors + story context, one referent per name)
 *   geo_doc_mentions(d, &n) / geo_event_place(d, s, trigger, &place)
 *   geo_doc_free(d);
 */
#ifndef TC_GEO_H
#define TC_GEO_H

#include "core/core.h"

/* ---- the compiled gazetteer ------------------------------------------ */

/* Place kinds stored in the file (also the sort order of the dump). */
enum geo_kind {
    GEO_CITY = 0,      /* GeoNames cities500 row (feature class P) */
    GEO_ADMIN1 = 1,    /* first-level region, point = mean of its cities */
    GEO_ADMIN2 = 2,    /* second-level region, point = mean of its cities */
    GEO_COUNTRY = 3,   /* country, point = project override or world-countries latlng */
    GEO_DISTRICT = 4,  /* project place: district, landmark, zone (point precision) */
    GEO_REGION = 5,    /* project place: territory or region spanning cities (admin1 precision) */
    GEO_CONTINENT = 6  /* project place: continent or world region (country precision) */
};

/* Flags on a posting (name -> place). */
#define GEO_POST_ALT 0x80000000u     /* matched through an alternate name */
#define GEO_POST_DEMONYM 0x40000000u /* the name is a demonym/adjective of the place */
#define GEO_POST_INDEX 0x3fffffffu

typedef struct tc_gazetteer geo_gaz;

/* Number of places; place i decoded into *out (strings point into the file). */
uint32_t geo_gaz_count(const geo_gaz *g);
void geo_gaz_place(const geo_gaz *g, uint32_t i, tc_place *out);
/* The parts of place i an inner loop asks for, without the rest of
   geo_gaz_place's work (any pointer may be NULL). */
void geo_gaz_where(const geo_gaz *g, uint32_t i, const char **country, const char **admin1_code, double *lat, double *lon);
int geo_gaz_kind(const geo_gaz *g, uint32_t i);
/* Postings of a normalised key (see geo_key); NULL and *n = 0 if absent.
   The array lives as long as the gazetteer. Values are little-endian u32
   read with tc_get_u32. */
const unsigned char *geo_gaz_find(const geo_gaz *g, const char *key, size_t n, uint32_t *count);
/* Place index of a GeoNames id, or UINT32_MAX. */
uint32_t geo_gaz_by_gid(const geo_gaz *g, uint32_t gid);

/*
 * The lookup key of a name: NFKC + case fold + lump + strip diacritics,
 * then ASCII folding of punctuation: '-' '/' '_' become spaces, '.' and
 * apostrophes are removed, spaces collapse and are trimmed.  Appends to out;
 * false on invalid UTF-8 or OOM.
 */
bool geo_key(tc_buf *out, const char *s, size_t n);

/* Prior log-score of a place without context: population, feature class,
   kind; alternate spellings cost one point (see gazetteer_build.c). */
double geo_prior_raw(int kind, const char *fcode, uint32_t pop, uint32_t flags);

/* Great-circle distance in km. */
double geo_km(double lat1, double lon1, double lat2, double lon2);
/* The same with the cosines of the latitudes given (geo_cos_lat): for a
   loop that measures from one place to many; the same value as geo_km. */
double geo_cos_lat(double lat);
double geo_km_cos(double lat1, double lon1, double cos1, double lat2, double lon2, double cos2);

/* ---- per-document recognition and resolution ------------------------- */

/* How a mention uses the place (only GEO_ROLE_LITERAL is an event place). */
enum geo_role {
    GEO_ROLE_LITERAL = 0,   /* "in Baghdad", "Baghdad's Green Zone" */
    GEO_ROLE_DEMONYM = 1,   /* "Iraqi", "Kurdish" */
    GEO_ROLE_METONYM = 2,   /* "Washington said", capital-as-government */
    GEO_ROLE_EMBEDDED = 3   /* inside an organisation name: "Washington Post" */
};

typedef struct geo_mention {
    int sent;            /* 0-based sentence index within the document */
    int tok_first;       /* 1-based token range in that sentence (0 when from raw text) */
    int tok_last;
    uint32_t beg, end;   /* byte offsets in the document text */
    const char *surface; /* owned by the document arena */
    const char *key;     /* normalised key (arena) */
    int role;
    int cue;             /* preceded by in/at/near/outside/from..., or "-based" */
    int resolved;        /* place below is valid */
    uint32_t place;      /* gazetteer index */
    double score;
} geo_mention;

typedef struct geo_doc geo_doc;

geo_doc *geo_doc_new(const geo_gaz *g, const tc_alloc *A);
/* Whether the word lists searched by halves are in their order (for tests). */
bool geo_word_lists_sorted(void);
void geo_doc_free(geo_doc *d);
/* Forgets all mentions (arena reset); the gazetteer stays. */
void geo_doc_reset(geo_doc *d);
/* Optional: a tagger/parser for geo_doc_add_text (NULL: capitalisation
   only).  The model must outlive the document. */
void geo_doc_set_parser(geo_doc *d, const tc_nlp_model *m);
/* A dateline or source country known from metadata (ISO2), optional. */
void geo_doc_set_country_hint(geo_doc *d, const char *cc);
/* What actor dictionaries make of words first..last (1-based, inclusive)
   of a sentence given to geo_doc_add_sent: a place (a country's code
   alone: "Goma" is COD), a person or an organisation ("Hamas"), or
   nothing known. */
enum geo_actor { GEO_ACTOR_UNKNOWN = 0, GEO_ACTOR_PLACE = 1, GEO_ACTOR_OTHER = 2 };
typedef int (*geo_actor_fn)(void *ud, const tc_sent *s, int first, int last);
/* Optional: asked during geo_doc_resolve about a name whose only cue is a
   weak one (the object of "hit", a site noun after it), which passes
   unless fn says GEO_ACTOR_OTHER.  With fn set, the sentences given to
   geo_doc_add_sent must stay valid until geo_doc_resolve returns.  fn and
   ud must outlive the document; NULL unsets. */
void geo_doc_set_actor_fn(geo_doc *d, geo_actor_fn fn, void *ud);

/*
 * Finds place mentions in a parsed sentence.  Uses upos (PROPN/ADJ spans)
 * when a tagger ran, capitalisation when upos is NONE, and deprel/head
 * when parsed.  The sentence must outlive the document's use of it only
 * for geo_event_place; mentions copy what they keep.  TC_OK or TC_NOMEM.
 */
int geo_doc_add_sent(geo_doc *d, const tc_sent *s);
/*
 * Raw text (a whole document): segments it with the text stage
 * (tc_segment), tags and parses each sentence when a parser was set
 * (geo_doc_set_parser), and treats each like geo_doc_add_sent; without a
 * parser upos is NONE and capitalisation decides.  Offsets are bytes of `text`; `base` is
 * reserved (pass 0).  TC_OK, TC_NOMEM, TC_FORMAT (invalid UTF-8).
 */
int geo_doc_add_text(geo_doc *d, const char *text, size_t n, uint32_t base);
/* Adds a mention at a given document span (gold-span evaluation). */
int geo_doc_add_span(geo_doc *d, const char *doc_text, uint32_t beg, uint32_t end);
/* Resolves every mention (context, priors, one referent per name). */
int geo_doc_resolve(geo_doc *d);
/* Mentions in document order (owned by d, valid until reset/free). */
const geo_mention *geo_doc_mentions(const geo_doc *d, int *n);

/*
 * The place of an event: the mention in the trigger's clause (obl/nmod with
 * in/at/near/outside dependents of the trigger, or a place mention in the
 * same sentence when there is no parse), else the story's dominant place.
 * `sent_index` is the 0-based index the sentence had in geo_doc_add_sent;
 * trigger is 1-based.  Fills *out (precision set) and returns TC_OK, or
 * TC_NOTFOUND when the story has no place.
 */
int geo_event_place(const geo_doc *d, const tc_sent *s, int sent_index, int trigger, tc_place *out);

/* Where geo_event_place_in found the place: rank 0-2 in the trigger's
   clause (see recognize.c), 3 the story's dominant place; name_first..
   name_last (1-based, 0 when none) the words of the most specific place as
   the sentence writes it -- the head of its "X, Y, Z" chain ("in Al-Safira,
   Aleppo Governorate, Syria": "Al-Safira", which the gazetteer may lack). */
typedef struct geo_where {
    int rank;
    int name_first, name_last;
    const char *written; /* rank 3: the story's place as written ("Rafah", not
                            "Rafa\u1e29"); NULL for a country (its name is the
                            gazetteer's).  Owned by the geo document. */
} geo_where;
int geo_event_place_in(const geo_doc *d, const tc_sent *s, int sent_index, int trigger, tc_place *out, geo_where *w);

/* The country with ISO2 code cc as the story names it (its name or its
   demonym: "Syria", "Iranian"), from sentence sent_index first, then from
   the whole story: TC_OK with *out filled, or TC_NOTFOUND. */
int geo_story_country(const geo_doc *d, const char *cc, int sent_index, tc_place *out);

/* Precision of a place from its kind and feature code. */
int geo_precision(const geo_gaz *g, uint32_t i);

#endif

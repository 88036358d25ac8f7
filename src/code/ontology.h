/*
 * ontology.h -- the CAMEO event-code table (data/crosswalk/cameo.tsv): name,
 * root, quad class, Goldstein score, PLOVER event/mode/context and an
 * ACLED-style event type/sub-event type for every CAMEO code, loaded once
 * into an immutable table that threads may share.
 *
 * Not API: the engine reads it while writing event records.
 */
#ifndef TC_ONTOLOGY_H
#define TC_ONTOLOGY_H

#include "core/core.h"

/* One row of the table.  Strings are owned by the tc_ontology and live as
   long as it; empty fields are "" (never NULL). */
typedef struct tc_cameo {
    const char *code;           /* "195": 2, 3 or 4 digits */
    const char *name;           /* "Employ aerial weapons" */
    const char *root;           /* "19": the first two digits */
    int quad;                   /* 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict */
    double goldstein;           /* -10 .. +10 */
    const char *plover;         /* PLOVER event type, "ASSAULT"; "" for roots 01/02 (dropped in PLOVER) */
    const char *plover_mode;    /* "heavy-weapons" or "" */
    const char *plover_context; /* "military; legal" or "" */
    const char *acled_type;     /* "Explosions/Remote violence" or "" */
    const char *acled_subtype;  /* "Air/drone strike" or "" */
} tc_cameo;

typedef struct tc_ontology tc_ontology;

/*
 * Parses the TSV text s[0..n) (the format of data/crosswalk/cameo.tsv:
 * '#' comment lines, one header line starting "code\t", then rows of 10 or
 * 11 tab-separated fields).  Rows that are malformed (bad code, root not the
 * code's first two digits, quad not the root's class, Goldstein not a number
 * in [-10, 10], wrong field count, duplicate code) are skipped with a warning
 * "fname:line: what" through lg (NULL: stderr).  The text is copied, so s
 * may be freed afterwards.
 *
 * Returns TC_OK and *out (free with tc_ontology_free), TC_NOMEM, or
 * TC_FORMAT if no valid row remains (*out is then NULL).
 */
int tc_ontology_parse(tc_ontology **out, const char *s, size_t n, const char *fname,
                      const tc_alloc *A, const tc_logger *lg);

/* Reads and parses a file: as tc_ontology_parse, plus TC_IO if it cannot be
   read. */
int tc_ontology_load(tc_ontology **out, const char *path, const tc_alloc *A, const tc_logger *lg);

void tc_ontology_free(tc_ontology *o); /* accepts NULL */

size_t tc_ontology_count(const tc_ontology *o);
/* Row i (0 <= i < count) in code order (byte order: "01" < "010" < "0211"). */
const tc_cameo *tc_ontology_row(const tc_ontology *o, size_t i);

/* The row for exactly this code, or NULL. */
const tc_cameo *tc_ontology_find(const tc_ontology *o, const char *code);

/*
 * The row for code, or, when the code is well-formed (2-4 digits) but not
 * in the table, for its nearest listed parent: 4-digit -> 3-digit ->
 * 2-digit root ("1834" -> "183").  Returns NULL for NULL/malformed codes or
 * when no parent is listed.  Compare the row's code with the argument to
 * know whether a fallback happened.
 */
const tc_cameo *tc_ontology_lookup(const tc_ontology *o, const char *code);

/* Field accessors by code, with the fallback of tc_ontology_lookup.  For an
   unknown code: NULL (strings), 0 (quad), NAN (goldstein). */
const char *tc_ontology_name(const tc_ontology *o, const char *code);
const char *tc_ontology_root(const tc_ontology *o, const char *code);
int tc_ontology_quad(const tc_ontology *o, const char *code);
double tc_ontology_goldstein(const tc_ontology *o, const char *code);
const char *tc_ontology_plover(const tc_ontology *o, const char *code);
const char *tc_ontology_plover_mode(const tc_ontology *o, const char *code);
const char *tc_ontology_acled_type(const tc_ontology *o, const char *code);
const char *tc_ontology_acled_subtype(const tc_ontology *o, const char *code);

/* Quad class of a root "01".."20" from the CAMEO definition (1: 01-05,
   2: 06-08, 3: 09-13, 4: 14-20); 0 if not a root.  Needs no table. */
int tc_cameo_quad_of_root(const char *root2);

#endif

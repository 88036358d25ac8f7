/*
 * petrxml.h -- streaming reader for PETRARCH validation XML (internal).
 *
 * A file holds an <Environment> block naming the dictionaries and the
 * categories to include, then <Sentence date id category|source evaluate>
 * records with <EventCoding sourcecode targetcode eventcode> or
 * <EventCoding noevents="True"/> gold codings, a <Text> and a <Parse>
 * (CoNLL-U).  Records may be written either as <Sentence>...</Sentence> or
 * as a self-closing <Sentence .../> followed by its elements (the GSR file),
 * so a record runs until the next <Sentence> or the end of the document.
 */
#ifndef TC_PETRXML_H
#define TC_PETRXML_H

#include "core/core.h"

typedef struct tc_petr_event {
    const char *source, *target, *code;
} tc_petr_event;

typedef struct tc_petr_record {
    const char *id;        /* "" if absent */
    const char *category;  /* category=, else source=, else "" */
    tc_date date;          /* {0} if absent or malformed */
    bool evaluate;         /* evaluate="false" -> false */
    const char *text;      /* trimmed */
    tc_sent sent;          /* the parse; valid when parsed */
    bool parsed;
    tc_petr_event *gold;
    int ngold;
    bool noevents;
    int line;              /* line of the <Sentence> tag */
    const char *error;     /* non-NULL: "file:line: what" -- the record is unusable */
} tc_petr_record;

typedef struct tc_petr_env {
    const char *verbfile, *agentfile, *discardfile, *picofile;
    const char **actorfiles; /* comma list split */
    int nactor;
    const char **include;    /* categories */
    int ninclude;
    bool has_include;
} tc_petr_env;

typedef struct tc_petrxml_cb {
    /* called once, when </Environment> is seen (strings valid during the call) */
    int (*env)(void *ud, const tc_petr_env *env);
    /* called for every record; strings live until the call returns.
       A non-zero return stops the reader and is returned. */
    int (*record)(void *ud, const tc_petr_record *r);
    void *ud;
} tc_petrxml_cb;

/* Reads path.  Returns TC_OK, TC_IO (message in err), TC_NOMEM, or the first
   non-zero callback result.  Malformed XML becomes an error record and the
   reader resumes at the next <Sentence>. */
int tc_petrxml_read(const char *path, const tc_alloc *A, const tc_petrxml_cb *cb, char *err,
                    size_t errlen);

#endif

/*
 * story_int.h -- what the files of the story stage share: the document
 * (struct tc_doc, one per thread; all per-story data in its arena) and the
 * functions one file of the stage offers the others.  Not API.
 *
 *   story.c     the pipeline: segment, parse, date, place, code each
 *               sentence, then the story-wide passes
 *   sent.c      questions asked of a parsed sentence (phrases, subjects,
 *               "by" phrases, conjuncts)
 *   context.c   who an actor phrase is in its story: dictionaries, the
 *               story's memory of names, agents' country from the context
 *   assemble.c  events made from the coder's and the nouns' findings: date,
 *               place and casualties from their clause, back-references,
 *               repeated reports merged
 *   readings.c  what the words report: acts announced or asked rather than
 *               done, words that report no event, one attack told in many words
 */
#ifndef TC_STORY_INT_H
#define TC_STORY_INT_H

#include "code/casualty.h"
#include "code/coder.h"
#include "code/engine.h"
#include "code/event.h"
#include "code/learn.h"
#include "code/nominal.h"
#include "code/ontology.h"
#include "code/retag.h"
#include "geo/geo.h"
#include "nlp/nlp.h"
#include "text/segment.h"
#include "time/time.h"

/* Sentences per place-resolution block (news stories fit in one); a block
   also ends at GEO_MENTIONS candidate places: the resolver's work grows
   with their square, and a list of 100,000 place names in a few long
   sentences took minutes (news stories have at most 284). */
#define GEO_BLOCK 200
#define GEO_MENTIONS 400
/* The coder's per-sentence preparations past this many bytes are dropped
   between sentences (and made again when needed). */
#define PREP_BUDGET ((size_t)16 << 20)

struct tc_doc {
    const tc_engine *e;
    tc_arena arena;
    tc_nlp_work *nlp;
    geo_doc *geo;
    int geo_base; /* first sentence of the block the geo document holds */
    /* the current story */
    const tc_story *story;
    tc_date dct;
    tc_sent *s;
    int ns;
    tc_timex **tx; /* per sentence */
    size_t *ntx;
    learn_state L;
    struct tc_event **ev;
    int nev, cap;
    int *ev_anchor; /* per event: the noun/verb token that triggered it (sentence-local) */
    /* actors named in the sentence being coded, in word order, so that a
       pronoun or "the group" takes the latest one before it */
    struct mention { int tok; const char *code; bool person; } *men;
    int nmen;
    int resolved; /* st_resolve() calls during the last tc_code_sentence */
    /* code_span answers of this story, keyed by (sentence, beg, end): learning,
       mentions and noun events ask for the same phrases again and again */
    struct span_memo { int sent; int16_t beg, end; const char *code; } *memo;
    uint32_t memo_cap, memo_used;
    struct tc_code_prep **prep; /* per sentence, made on first use, in prep_arena */
    /* Bounded memory on long documents (issue 16).  The coder's preparations
       (about 3 KB a sentence: a 100,000-sentence story kept 295 MB of them)
       live in their own arena, emptied between sentences past PREP_BUDGET;
       nothing that outlives a sentence may point into it, so every code
       string the coder hands out is interned by st_keep (`codes`, strings
       in `arena`) before it is kept: st_code_span, st_code_party and the
       coder's events in code_sentence. */
    tc_arena prep_arena;
    const char **codes;
    size_t ncodes, capcodes;
    size_t men_cap;   /* mentions: one allocation a document, reused */
    tc_timex *txbuf;  /* scratch for tc_time_find; each sentence keeps an exact copy */
    size_t txcap;
    int *kid, *kid_off; /* dependents of each word of the sentence learned from (context.c) */
    size_t kid_cap;
    /* Supporting sentences of merged or referred-back events, as lists of
       numbers written out as ev->sentences once, at the end (assemble.c):
       the text used to be rebuilt and searched on every addition, so one
       sentence said 20,000 times took 1.1 GB and quadratic time. */
    struct sref { const struct tc_event *ev; int *v; int n, cap; } *sref;
    int nsref, capsref;
    uint64_t *sref_key; /* event pointer hash << 32 | (sref index + 1) */
    size_t sref_keycap;
    uint64_t *sref_has; /* (sref index + 1) << 32 | sentence */
    size_t sref_hascap, sref_hasn;
    /* the day the story last said something happened ("On Thursday, ..."):
       later past-tense events that name no day of their own happened then */
    tc_date episode;
    const char *episode_precision;
    /* the place the story last gave an event in its own clause, and the
       sentence (index) that gave it: later events placed by nothing but the
       story happened there */
    tc_location episode_place;
    int episode_place_si;
    /* international armed groups (IMG codes) the story names, with the
       sentence (index) of the first naming: a state's forces fighting at
       home fight them, not their own country (st_home_foe) */
    struct foe { int si; const char *code; } foe[8];
    int nfoe;
};

/* ---- the parsed sentence, as the story stage asks it (sent.c) -------------- */
int st_by_phrase(const tc_sent *s, int h);
int st_case_child(const tc_sent *s, int h, const char *prep);
int st_child_full(const tc_sent *s, int h, const char *rel);
int st_mark_child(const tc_sent *s, int h, const char *word);
int st_conj_of(const tc_sent *s, int h);
int st_controller(const tc_sent *s, int v);
int st_orderer(const tc_sent *s, int v);
void st_name_run(const tc_sent *s, int h, int *beg, int *end);
bool st_near_in_tree(const tc_sent *s, int a, int b);
void st_np_span(const tc_sent *s, int h, int *beg, int *end);
bool st_passive_verb(const tc_sent *s, int v);
const char *st_span_text(tc_arena *a, const tc_sent *s, int beg, int end);

/* ---- actors in their context (context.c) ----------------------------------- */
bool st_add_event_mentions(tc_doc *d, const tc_sent *s, const tc_coder_event *ev, int n);
const char *st_code_party(tc_doc *d, const tc_sent *s, int h, int *beg, int *end);
const char *st_unknown_attacker(const tc_sent *s, int h);
const char *st_state_agent(const tc_sent *s, int v, const char *code, int *subj);
const char *st_code_phrase(tc_doc *d, const tc_sent *s, int h, int *beg, int *end);
const char *st_code_span(tc_doc *d, const tc_sent *s, int beg, int end);
const char *st_past_backer(tc_doc *d, const tc_sent *s, const char *code, int *beg, int *end);
int st_collect_mentions(tc_doc *d, const tc_sent *s);
void st_context_actors(tc_doc *d);
void st_local_attackers(tc_doc *d);
void st_story_attackers(tc_doc *d);
void st_both_parties(tc_doc *d, const tc_sent *s, int first);
void st_foreign_government_fighters(tc_doc *d);
void st_weapon_subjects(tc_doc *d);
void st_other_side(tc_doc *d);
/* Violence nobody is named as doing: an unidentified armed group (UAF) of
   its place's country (after st_dedupe). */
void st_unidentified_attackers(tc_doc *d);
void st_joint_doers(tc_doc *d, const tc_sent *s, int first);
void st_learn_sentence(tc_doc *d, const tc_sent *s);
void st_note_speaker(tc_doc *d, const tc_sent *s);
const char *st_premodifier_actor(tc_doc *d, const tc_sent *s, int n, int *beg, int *end);
const char *st_np_actor(tc_doc *d, const tc_sent *s, int n, int *beg, int *end);
bool st_phrase_is_person(tc_doc *d, const tc_sent *s, int h);
tc_code_prep *st_prep_of(tc_doc *d, const tc_sent *s);
const char *st_owner_agents(tc_doc *d, const tc_sent *s, const char *code, int beg, int end);
const char *st_refine_actor(tc_doc *d, const tc_sent *s, const char *code, int beg, int end);
const char *st_resolve(void *ud, const tc_sent *s, int head, int beg, int end);

/* ---- memory (story.c) ------------------------------------------------------ */
const char *st_keep(tc_doc *d, const char *code);

/* ---- events: made, dated, placed, counted, merged (assemble.c) ------------- */
void st_write_sentence_refs(tc_doc *d);
void st_sentence_refs_reset(tc_doc *d);
void st_sentence_refs_free(tc_doc *d);
/* A past-tense sentence that names its day opens an episode (d->episode). */
void st_sentence_episode(tc_doc *d, const tc_sent *s, int si);
void st_attach(tc_doc *d, struct tc_event *ev, const tc_sent *s, int si, int trigger);
void st_dedupe(tc_doc *d);
/* Violence a later sentence reports someone saying, between the same two
   countries as earlier violence, is that violence retold (before st_dedupe). */
void st_reported_retellings(tc_doc *d);
/* A bare protest (140) told with a demonstration (141) of the same crowd in
   one sentence is that demonstration (after st_dedupe). */
void st_one_protest(tc_doc *d);
void st_drop_event(tc_doc *d, int m);
void st_set_actor(tc_doc *d, const tc_sent *s, struct tc_event *ev, bool source, const char *code, int bb, int be);
/* The head word of the phrase an event span covers in s, 0 if unknown. */
int st_span_head(const tc_sent *s, tc_span sp);
void st_drop_unattributed(tc_doc *d);
void st_drop_unaddressed(tc_doc *d);
void st_drop_private_consults(tc_doc *d);
void st_civilian_violence(tc_doc *d);
struct tc_event *st_last_violent(tc_doc *d);
bool st_modifies_event_noun(const nom_event *ne, int nn, const tc_sent *s, int noun);
struct tc_event *st_new_event(tc_doc *d, const tc_sent *s, int trigger);
int st_precision_rank(const char *p);
bool st_protest(const char *code);
void st_refer_back(tc_doc *d, struct tc_event *prev, const tc_sent *s, int si, int trigger);
void st_set_casualties(struct tc_event *ev, const tc_casualties *c);
void st_target_from_place(tc_doc *d);
void st_note_foes(tc_doc *d, int si);
void st_home_foe(tc_doc *d);
bool st_targets_agree(const char *a, const char *b);
bool st_violent(const char *code);
/* An armed actor's code (forces, rebels, insurgents, the Islamic State;
   police and spies too when police is true). */
bool st_armed_code(const char *code, bool police);
/* A verb of saying ("say", "announce", "state", "tell", ...). */
bool st_saying_verb(const tc_tok *t);

/* ---- what the words report (readings.c) ------------------------------------ */
void st_intentions(tc_doc *d, const tc_sent *s, int first);
void st_merge_violence(tc_doc *d, const tc_sent *s, int si, int first);
/* Root-19 violence by other than state forces takes the code of the means
   the sentence names (bombs 183x, knives and ramming 180). */
void st_violence_means(tc_doc *d, const tc_sent *s, int first);
void st_assassinations(tc_doc *d, const tc_sent *s, int first);
void st_joint_actors(tc_doc *d, const tc_sent *s, int first);
void st_claims(tc_doc *d, const tc_sent *s, int first);
void st_rulings(tc_doc *d, const tc_sent *s, int si, int first);
void st_name_calling(tc_doc *d, const tc_sent *s, int si, int first);
void st_legal_acts(tc_doc *d, const tc_sent *s, int si, int first);
void st_surrenders(tc_doc *d, const tc_sent *s, int si, int first);
void st_advances(tc_doc *d, const tc_sent *s, int si, int first);
void st_territory_nouns(tc_doc *d, const tc_sent *s, int si, int first);
void st_requested_acts(tc_doc *d, const tc_sent *s, int si, int first);
void st_orders_votes(tc_doc *d, const tc_sent *s, int first);
void st_not_events(tc_doc *d, const tc_sent *s, int si, int first);
void st_requests(tc_doc *d, const tc_sent *s, int first);
void st_territory(tc_doc *d, const tc_sent *s, int si, int first);
void st_signed_deals(tc_doc *d, const tc_sent *s, int si, int first);
/* "an agreement mediated by Egypt and Qatar": 045 from each mediator to
   each party of the sentence's (else the last sentence's) cooperation. */
void st_mediation(tc_doc *d, const tc_sent *s, int si, int first);
/* Missiles or drones shot down or intercepted: force against whoever fired
   them (their attacker, else the story's last attacker). */
void st_downed_weapons(tc_doc *d, const tc_sent *s, int first);
/* "survives a no-confidence motion by the opposition": 1041 by the movers
   against the subject of the verb the motion hangs on. */
void st_no_confidence(tc_doc *d, const tc_sent *s, int si, int first);
/* "ready for talks with X": the noun's intent (036), by the one ready. */
void st_ready_for(tc_doc *d, const tc_sent *s, int first);
int st_violence_rank(const char *code);
/* Words of violence two sides do to each other ("clashes", "a shootout"). */
bool st_fight_word(const tc_tok *t);

#endif

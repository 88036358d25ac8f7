/*
 * workers.h -- the ordered worker pool behind `tacitus code -j N` and
 * `tacitus parse -j N`.
 *
 * The calling thread reads the input and fills slots in input order; N
 * worker threads process the slots (each slot owns its own per-item state,
 * e.g. a tc_doc, so workers share nothing but the immutable engine); one
 * writer thread hands the slots to the output strictly in input order, so
 * the output is the one a single thread would write.  At most `nslots`
 * items are in flight (4 per worker): memory is bounded by the slots, not
 * by the input.
 *
 * Callbacks run as follows: init/free in the calling thread (at start and
 * in tc_cli_pool_finish), work in any worker thread (never two on one slot),
 * write in the writer thread.  A slot is owned by exactly one thread at a
 * time; the pool's mutex orders the hand-overs, so callbacks need no locks
 * of their own for slot data.
 */
#ifndef TC_CLI_WORKERS_H
#define TC_CLI_WORKERS_H

#include "tacitus.h"

#include <stdbool.h>
#include <stddef.h>

typedef struct tc_cli_pool tc_cli_pool;

typedef struct tc_cli_pool_ops {
    size_t slot_size;                          /* bytes of one slot (zeroed at start) */
    int (*init)(void *ud, void *slot);         /* per-slot state; non-zero fails the start */
    void (*free)(void *ud, void *slot);        /* undoes init (also after a failed init); init and
                                                  free may be NULL */
    void (*work)(void *ud, void *slot);        /* processes the slot's item (worker thread) */
    int (*write)(void *ud, void *slot);        /* writes it, in input order (writer thread);
                                                  non-zero stops the run */
} tc_cli_pool_ops;

/* Worker threads to use by default: the CPUs this process may run on
   (sched_getaffinity; `taskset -c 0` gives 1), else the online cores. */
int tc_cli_default_jobs(void);

/* Parses a -j argument (1..256); returns 0 when it is not one. */
int tc_cli_parse_jobs(const char *s);

/*
 * Starts nworkers worker threads and one writer thread.  Returns TC_OK,
 * TC_NOMEM (or an init failure's code) or TC_IO (a thread could not be
 * created); on failure nothing is left running and *out is NULL.
 */
int tc_cli_pool_start(tc_cli_pool **out, int nworkers, const tc_cli_pool_ops *ops, void *ud);

/*
 * The next free slot, to be filled with the next input item (blocks while
 * every slot is in flight).  Returns NULL once the run has stopped (a write
 * failed): the caller stops reading.
 */
void *tc_cli_pool_slot(tc_cli_pool *p);

/*
 * Hands the slot from tc_cli_pool_slot() on: to a worker when `work` is true,
 * else straight to the writer (an error record needs no work).
 */
void tc_cli_pool_submit(tc_cli_pool *p, void *slot, bool work);

/* Whether a write failed (the run is stopping). */
bool tc_cli_pool_stopped(tc_cli_pool *p);

/*
 * Waits until every submitted slot is written (or dropped after a failed
 * write), joins the threads and frees everything.  Returns the first
 * non-zero write result, else 0.  Accepts NULL.
 */
int tc_cli_pool_finish(tc_cli_pool *p);

/*
 * A story copied out of the reader (whose strings live only until its next
 * call), with the buffer that holds the copy.  The copy's strings stay valid
 * until the next tc_cli_story_copy() or tc_cli_story_free() on it.
 */
typedef struct tc_cli_story {
    tc_story st;
    char *buf;
    size_t cap;
} tc_cli_story;

/* Deep-copies src into c (every string field).  TC_OK or TC_NOMEM. */
int tc_cli_story_copy(tc_cli_story *c, const tc_story *src);
void tc_cli_story_free(tc_cli_story *c);

#endif

/*
 * workers.c -- the ordered worker pool of `code -j N` and `parse -j N`
 * (see workers.h).
 *
 * The slots form a ring indexed by sequence number: item k lives in slot
 * k % nslots.  Three counters under one mutex say where each party is:
 * `head` (items submitted by the reader), `next_work` (items taken by a
 * worker) and `next_write` (items written).  The reader may fill slot k
 * once item k - nslots is written; a worker takes items in submission
 * order; the writer waits for item next_write to be done.  Items therefore
 * leave in the order they came, whatever order the workers finish them in,
 * and the reader blocks instead of reading ahead without bound.
 *
 * Wake-ups are kept few, since each one costs a context switch on cores the
 * workers need: a worker wakes the writer only when it finishes the item
 * the writer waits for, and the writer wakes a blocked reader only once
 * half the ring is free again (the reader then fills it in one go).
 */
#define _GNU_SOURCE /* sched_getaffinity, CPU_COUNT */
#include "cli/workers.h"

#include <pthread.h>
#include <sched.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum slot_state { S_FREE, S_FILLING, S_QUEUED, S_WORKING, S_DONE };

struct slot {
    enum slot_state state;
    bool work;
    void *data;
};

struct tc_cli_pool {
    const tc_cli_pool_ops *ops;
    void *ud;
    int nslots, nworkers, nstarted;
    bool writer_started;
    struct slot *slots;
    unsigned char *data;             /* nslots * ops->slot_size */
    pthread_t *workers, writer;
    pthread_mutex_t mu;
    pthread_cond_t cv_free, cv_work, cv_done;
    uint64_t head, next_work, next_write;
    bool finishing;                  /* no more submissions */
    bool reader_waits, writer_waits; /* blocked in tc_cli_pool_slot / on the next item */
    bool stopped;                    /* a write failed: drop the rest */
    int write_rc;
};

int tc_cli_default_jobs(void) {
    cpu_set_t set;
    CPU_ZERO(&set);
    if (sched_getaffinity(0, sizeof set, &set) == 0) {
        int n = CPU_COUNT(&set);
        if (n > 0) return n;
    }
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? (int)(n < 256 ? n : 256) : 1;
}

int tc_cli_parse_jobs(const char *s) {
    char *end;
    long n = strtol(s, &end, 10);
    if (end == s || *end || n < 1 || n > 256) return 0;
    return (int)n;
}

static struct slot *slot_of(tc_cli_pool *p, uint64_t seq) { return &p->slots[seq % (uint64_t)p->nslots]; }

static void *worker_main(void *arg) {
    tc_cli_pool *p = arg;
    pthread_mutex_lock(&p->mu);
    for (;;) {
        while (p->next_work == p->head && !p->finishing) pthread_cond_wait(&p->cv_work, &p->mu);
        if (p->next_work == p->head) break; /* finishing and nothing left */
        uint64_t seq = p->next_work++;
        struct slot *s = slot_of(p, seq);
        if (s->work && !p->stopped) {
            s->state = S_WORKING;
            pthread_mutex_unlock(&p->mu);
            p->ops->work(p->ud, s->data);
            pthread_mutex_lock(&p->mu);
        }
        s->state = S_DONE;
        if (p->writer_waits && seq == p->next_write) pthread_cond_signal(&p->cv_done);
    }
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

static void *writer_main(void *arg) {
    tc_cli_pool *p = arg;
    pthread_mutex_lock(&p->mu);
    for (;;) {
        while (!(p->next_write < p->head && slot_of(p, p->next_write)->state == S_DONE) &&
               !(p->finishing && p->next_write == p->head)) {
            p->writer_waits = true;
            pthread_cond_wait(&p->cv_done, &p->mu);
            p->writer_waits = false;
        }
        if (p->next_write == p->head) break; /* finishing and all written */
        struct slot *s = slot_of(p, p->next_write);
        if (!p->stopped) {
            pthread_mutex_unlock(&p->mu);
            int rc = p->ops->write(p->ud, s->data);
            pthread_mutex_lock(&p->mu);
            if (rc && !p->stopped) { p->stopped = true; p->write_rc = rc; }
        }
        s->state = S_FREE;
        p->next_write++;
        if (p->reader_waits && (p->stopped || p->head - p->next_write <= (uint64_t)p->nslots / 2))
            pthread_cond_signal(&p->cv_free);
    }
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

/* Stops and joins whatever was started, then frees the pool. */
static int shutdown_pool(tc_cli_pool *p) {
    pthread_mutex_lock(&p->mu);
    p->finishing = true;
    pthread_cond_broadcast(&p->cv_work);
    pthread_cond_broadcast(&p->cv_done);
    pthread_mutex_unlock(&p->mu);
    for (int i = 0; i < p->nstarted; i++) pthread_join(p->workers[i], NULL);
    if (p->writer_started) pthread_join(p->writer, NULL);
    int rc = p->write_rc;
    if (p->slots)
        for (int i = 0; i < p->nslots; i++)
            if (p->slots[i].data && p->ops->free) p->ops->free(p->ud, p->slots[i].data);
    pthread_mutex_destroy(&p->mu);
    pthread_cond_destroy(&p->cv_free);
    pthread_cond_destroy(&p->cv_work);
    pthread_cond_destroy(&p->cv_done);
    free(p->workers);
    free(p->slots);
    free(p->data);
    free(p);
    return rc;
}

int tc_cli_pool_start(tc_cli_pool **out, int nworkers, const tc_cli_pool_ops *ops, void *ud) {
    *out = NULL;
    if (nworkers < 1 || !ops || !ops->work || !ops->write || !ops->slot_size) return TC_MISUSE;
    tc_cli_pool *p = calloc(1, sizeof *p);
    if (!p) return TC_NOMEM;
    p->ops = ops;
    p->ud = ud;
    p->nworkers = nworkers;
    /* 4 slots a worker: a story several times longer than the others holds
       back the writer, not the workers, until the ring is full */
    p->nslots = 4 * nworkers;
    pthread_mutex_init(&p->mu, NULL);
    pthread_cond_init(&p->cv_free, NULL);
    pthread_cond_init(&p->cv_work, NULL);
    pthread_cond_init(&p->cv_done, NULL);
    size_t sz = (ops->slot_size + 63) & ~(size_t)63; /* one cache line apart at least */
    p->slots = calloc((size_t)p->nslots, sizeof *p->slots);
    p->data = calloc((size_t)p->nslots, sz);
    p->workers = calloc((size_t)nworkers, sizeof *p->workers);
    if (!p->slots || !p->data || !p->workers) { shutdown_pool(p); return TC_NOMEM; }
    for (int i = 0; i < p->nslots; i++) {
        void *d = p->data + (size_t)i * sz;
        int rc = ops->init ? ops->init(ud, d) : TC_OK;
        p->slots[i].data = d; /* freed even when init failed half-way */
        if (rc) { shutdown_pool(p); return rc; }
    }
    if (pthread_create(&p->writer, NULL, writer_main, p) != 0) { shutdown_pool(p); return TC_IO; }
    p->writer_started = true;
    for (int i = 0; i < nworkers; i++) {
        if (pthread_create(&p->workers[i], NULL, worker_main, p) != 0) { shutdown_pool(p); return TC_IO; }
        p->nstarted++;
    }
    *out = p;
    return TC_OK;
}

void *tc_cli_pool_slot(tc_cli_pool *p) {
    pthread_mutex_lock(&p->mu);
    struct slot *s = slot_of(p, p->head);
    while (s->state != S_FREE && !p->stopped) {
        p->reader_waits = true;
        pthread_cond_wait(&p->cv_free, &p->mu);
        p->reader_waits = false;
    }
    void *d = NULL;
    if (!p->stopped) {
        s->state = S_FILLING;
        d = s->data;
    }
    pthread_mutex_unlock(&p->mu);
    return d;
}

void tc_cli_pool_submit(tc_cli_pool *p, void *slot, bool work) {
    pthread_mutex_lock(&p->mu);
    struct slot *s = slot_of(p, p->head);
    if (s->data == slot && s->state == S_FILLING) {
        s->work = work;
        s->state = S_QUEUED;
        p->head++;
        pthread_cond_signal(&p->cv_work);
    }
    pthread_mutex_unlock(&p->mu);
}

bool tc_cli_pool_stopped(tc_cli_pool *p) {
    pthread_mutex_lock(&p->mu);
    bool s = p->stopped;
    pthread_mutex_unlock(&p->mu);
    return s;
}

int tc_cli_pool_finish(tc_cli_pool *p) { return p ? shutdown_pool(p) : 0; }

/* ---- story copies ---------------------------------------------------------- */

/* The fields of tc_story as this copy knows them: a field added to tc_story
   changes its size and stops the build here, so that it is copied too. */
struct story_fields {
    const char *id, *date;
    int year, month, day;
    const char *title, *source, *url;
    const char *text;
    size_t text_len;
    const char *file;
    long line;
    const char *error;
    const char *meta, *note;
};
_Static_assert(sizeof(tc_story) == sizeof(struct story_fields),
               "tc_story has a new field: copy it in tc_cli_story_copy()");

static size_t len0(const char *s) { return s ? strlen(s) + 1 : 0; }

/* Copies n bytes of s and a NUL to *at; NULL stays NULL. */
static const char *put(char **at, const char *s, size_t n) {
    if (!s) return NULL;
    char *d = *at;
    memcpy(d, s, n);
    d[n] = 0;
    *at += n + 1;
    return d;
}

static const char *put_str(char **at, const char *s) { return put(at, s, s ? strlen(s) : 0); }

int tc_cli_story_copy(tc_cli_story *c, const tc_story *src) {
    size_t text_n = src->text ? src->text_len : 0;
    size_t need = len0(src->id) + len0(src->date) + len0(src->title) + len0(src->source) + len0(src->url) +
                  (src->text ? text_n + 1 : 0) + len0(src->file) + len0(src->error) + len0(src->meta) +
                  len0(src->note);
    if (need > c->cap || (c->cap > (1u << 20) && need < c->cap / 4)) {
        /* grow, or give back what one very long story took */
        char *b = realloc(c->buf, need ? need : 1);
        if (!b) return TC_NOMEM;
        c->buf = b;
        c->cap = need ? need : 1;
    }
    char *at = c->buf;
    c->st = *src; /* the numbers */
    c->st.id = put_str(&at, src->id);
    c->st.date = put_str(&at, src->date);
    c->st.title = put_str(&at, src->title);
    c->st.source = put_str(&at, src->source);
    c->st.url = put_str(&at, src->url);
    c->st.text = put(&at, src->text, text_n);
    c->st.file = put_str(&at, src->file);
    c->st.error = put_str(&at, src->error);
    c->st.meta = put_str(&at, src->meta);
    c->st.note = put_str(&at, src->note);
    return TC_OK;
}

void tc_cli_story_free(tc_cli_story *c) {
    free(c->buf);
    memset(c, 0, sizeof *c);
}

/*
 * mem.c -- allocation through the tc_alloc hooks, arenas and byte buffers.
 *
 * Every allocation of the library passes through tc_mem_* so that tests can
 * make allocation N fail and check that the failure surfaces as a clean
 * TC_NOMEM.  Arenas hold per-document data (tokens, arcs, events) and are
 * reset in one step per story; their out-of-memory flag is sticky.
 */
#include "core.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *tc_version(void) { return TC_VERSION_STRING; }

const char *tc_errstr(int rc) {
    switch (rc & 0xff) {
    case TC_OK: return "not an error";
    case TC_NOMEM: return "out of memory";
    case TC_IO: return "input/output error";
    case TC_FORMAT: return "bad input format";
    case TC_VERSION: return "unsupported format version";
    case TC_PARSE: return "could not analyse input";
    case TC_MISUSE: return "library misuse";
    case TC_NOTFOUND: return "not found";
    case TC_DONE: return "no more items";
    default: return "unknown error";
    }
}

void *tc_mem_alloc(const tc_alloc *A, size_t n) {
    if (n == 0) n = 1;
    return A && A->malloc_fn ? A->malloc_fn(A->ud, n) : malloc(n);
}

void *tc_mem_calloc(const tc_alloc *A, size_t n, size_t size) {
    if (size && n > SIZE_MAX / size) return NULL;
    void *p = tc_mem_alloc(A, n * size);
    if (p && n * size > 0) memset(p, 0, n * size);
    return p;
}

void *tc_mem_realloc(const tc_alloc *A, void *p, size_t n) {
    if (n == 0) n = 1;
    return A && A->realloc_fn ? A->realloc_fn(A->ud, p, n) : realloc(p, n);
}

void tc_mem_free(const tc_alloc *A, void *p) {
    if (!p) return;
    if (A && A->free_fn) A->free_fn(A->ud, p);
    else free(p);
}

char *tc_mem_strndup(const tc_alloc *A, const char *s, size_t n) {
    char *d = tc_mem_alloc(A, n + 1);
    if (!d) return NULL;
    memcpy(d, s, n);
    d[n] = 0;
    return d;
}

char *tc_mem_strdup(const tc_alloc *A, const char *s) { return tc_mem_strndup(A, s, strlen(s)); }

/* ---- arena ------------------------------------------------------------ */

struct tc_arena_chunk {
    tc_arena_chunk *next;
    size_t cap, used;
    _Alignas(16) unsigned char data[];
};

void tc_arena_init(tc_arena *a, const tc_alloc *A, size_t chunk_size) {
    memset(a, 0, sizeof *a);
    a->A = A;
    a->chunk_size = chunk_size ? chunk_size : 64 * 1024;
}

static void free_chunks(const tc_alloc *A, tc_arena_chunk *c) {
    while (c) {
        tc_arena_chunk *nx = c->next;
        tc_mem_free(A, c);
        c = nx;
    }
}

void tc_arena_free(tc_arena *a) {
    free_chunks(a->A, a->head);
    free_chunks(a->A, a->spare);
    a->head = a->spare = NULL;
    a->used_total = 0;
    a->oom = false;
}

void tc_arena_reset(tc_arena *a) {
    /* base-sized chunks go to the spare list (up to TC_ARENA_SPARE of them,
       counting those already there), one-off big blocks are freed */
    int kept = 0; /* int: TC_ARENA_SPARE may be 0 */
    for (tc_arena_chunk *s = a->spare; s; s = s->next) kept++;
    tc_arena_chunk *c = a->head;
    while (c) {
        tc_arena_chunk *nx = c->next;
        if (c->cap == a->chunk_size && kept < TC_ARENA_SPARE) {
            c->used = 0;
            c->next = a->spare;
            a->spare = c;
            kept++;
        } else
            tc_mem_free(a->A, c);
        c = nx;
    }
    a->head = NULL;
    a->used_total = 0;
    a->oom = false;
}

void *tc_arena_alloc(tc_arena *a, size_t n) {
    if (a->oom) return NULL;
    n = (n + 15) & ~(size_t)15;
    if (n == 0) n = 16;
    tc_arena_chunk *c = a->head;
    if (!c || c->cap - c->used < n) {
        size_t cap = n > a->chunk_size / 4 ? n : a->chunk_size;
        if (cap > SIZE_MAX - sizeof(tc_arena_chunk)) { a->oom = true; return NULL; }
        tc_arena_chunk *nc;
        if (cap == a->chunk_size && a->spare) { /* a chunk kept by reset */
            nc = a->spare;
            a->spare = nc->next;
        } else if (!(nc = tc_mem_alloc(a->A, sizeof(tc_arena_chunk) + cap))) {
            a->oom = true;
            return NULL;
        }
        nc->cap = cap;
        nc->used = 0;
        if (cap != a->chunk_size && c) {
            /* big one-off block: put it behind the current chunk so the
               current chunk's free space is still used */
            nc->next = c->next;
            c->next = nc;
            nc->used = n;
            a->used_total += n;
            return nc->data;
        }
        nc->next = c;
        a->head = c = nc;
    }
    void *p = c->data + c->used;
    c->used += n;
    a->used_total += n;
    return p;
}

void *tc_arena_calloc(tc_arena *a, size_t n, size_t size) {
    if (size && n > SIZE_MAX / size) { a->oom = true; return NULL; }
    void *p = tc_arena_alloc(a, n * size);
    if (p) memset(p, 0, n * size);
    return p;
}

char *tc_arena_strndup(tc_arena *a, const char *s, size_t n) {
    char *d = tc_arena_alloc(a, n + 1);
    if (!d) return NULL;
    memcpy(d, s, n);
    d[n] = 0;
    return d;
}

char *tc_arena_strdup(tc_arena *a, const char *s) { return tc_arena_strndup(a, s, strlen(s)); }

char *tc_arena_printf(tc_arena *a, const char *fmt, ...) {
    va_list ap, ap2;
    va_start(ap, fmt);
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *d = n >= 0 ? tc_arena_alloc(a, (size_t)n + 1) : NULL;
    if (d) vsnprintf(d, (size_t)n + 1, fmt, ap2);
    va_end(ap2);
    return d;
}

/* ---- buffer ----------------------------------------------------------- */

void tc_buf_init(tc_buf *b, const tc_alloc *A) { memset(b, 0, sizeof *b); b->A = A; }

void tc_buf_free(tc_buf *b) {
    tc_mem_free(b->A, b->p);
    b->p = NULL;
    b->n = b->cap = 0;
    b->oom = false;
}

void tc_buf_clear(tc_buf *b) {
    b->n = 0;
    if (b->p) b->p[0] = 0;
}

bool tc_buf_reserve(tc_buf *b, size_t extra) {
    if (b->oom) return false;
    if (extra > SIZE_MAX - b->n - 1) { b->oom = true; return false; }
    size_t need = b->n + extra + 1;
    if (need <= b->cap) return true;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < need) cap = cap > SIZE_MAX / 2 ? need : cap * 2;
    char *p = tc_mem_realloc(b->A, b->p, cap);
    if (!p) { b->oom = true; return false; }
    b->p = p;
    b->cap = cap;
    return true;
}

bool tc_buf_add(tc_buf *b, const void *s, size_t n) {
    if (!tc_buf_reserve(b, n)) return false;
    if (n) memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = 0;
    return true;
}

bool tc_buf_adds(tc_buf *b, const char *s) { return tc_buf_add(b, s, strlen(s)); }
bool tc_buf_addc(tc_buf *b, char c) { return tc_buf_add(b, &c, 1); }

bool tc_buf_vprintf(tc_buf *b, const char *fmt, va_list ap) {
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    if (n < 0 || !tc_buf_reserve(b, (size_t)n)) return false;
    vsnprintf(b->p + b->n, (size_t)n + 1, fmt, ap);
    b->n += (size_t)n;
    return true;
}

bool tc_buf_printf(tc_buf *b, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    bool ok = tc_buf_vprintf(b, fmt, ap);
    va_end(ap);
    return ok;
}

bool tc_buf_add_long(tc_buf *b, long v) {
    char t[24];
    int n = 0;
    unsigned long u = v < 0 ? 0UL - (unsigned long)v : (unsigned long)v;
    do { t[n++] = (char)('0' + u % 10); u /= 10; } while (u);
    if (v < 0) t[n++] = '-';
    if (!tc_buf_reserve(b, (size_t)n)) return false;
    while (n) b->p[b->n++] = t[--n];
    b->p[b->n] = 0;
    return true;
}

bool tc_buf_add_json(tc_buf *b, const char *s, size_t n) {
    static const char hex[] = "0123456789abcdef";
    for (size_t i = 0; i < n; i++) {
        /* a run of characters that need no escape goes in at once */
        size_t j = i;
        while (j < n && (unsigned char)s[j] >= 0x20 && s[j] != '"' && s[j] != '\\') j++;
        if (j > i) {
            if (!tc_buf_add(b, s + i, j - i)) return false;
            i = j;
            if (i == n) break;
        }
        unsigned char c = (unsigned char)s[i];
        switch (c) {
        case '"': if (!tc_buf_add(b, "\\\"", 2)) return false; break;
        case '\\': if (!tc_buf_add(b, "\\\\", 2)) return false; break;
        case '\n': if (!tc_buf_add(b, "\\n", 2)) return false; break;
        case '\r': if (!tc_buf_add(b, "\\r", 2)) return false; break;
        case '\t': if (!tc_buf_add(b, "\\t", 2)) return false; break;
        default:
            if (c < 0x20) {
                char e[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
                if (!tc_buf_add(b, e, 6)) return false;
            } else if (!tc_buf_addc(b, (char)c)) return false;
        }
    }
    return true;
}

/* ---- logging ------------------------------------------------------------ */

void tc_log(const tc_logger *lg, int level, const char *fmt, ...) {
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (lg && lg->fn) lg->fn(lg->ud, level, msg);
    else if (level <= 1) fprintf(stderr, "tacitus: %s%s\n", level == 0 ? "error: " : "warning: ", msg);
}

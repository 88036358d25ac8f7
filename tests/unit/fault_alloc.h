/*
 * fault_alloc.h -- the failing allocator of the fault-injection tests: a
 * tc_alloc whose allocation number `countdown` (0-based, counted while
 * `armed`) returns NULL, and which counts live blocks so a test can assert
 * that every failing run freed everything.  Set TC_FAULT_TRAP=1 to abort()
 * at the injected failure (for a debugger's backtrace).
 */
#ifndef TC_TEST_FAULT_ALLOC_H
#define TC_TEST_FAULT_ALLOC_H

#include <stdbool.h>
#include <stdlib.h>

#include "tacitus.h"

typedef struct fault_alloc {
    long countdown;
    bool armed, hit;
    long live;
    tc_alloc A;
} fault_alloc;

static inline bool fault_trip(fault_alloc *f) {
    if (!f->armed || f->countdown-- != 0) return false;
    f->hit = true;
    if (getenv("TC_FAULT_TRAP") && atol(getenv("TC_FAULT_TRAP")) == 1) abort();
    return true;
}
static void *fault_malloc(void *ud, size_t n) {
    fault_alloc *f = ud;
    if (fault_trip(f)) return NULL;
    void *p = malloc(n);
    if (p) f->live++;
    return p;
}
static void *fault_realloc(void *ud, void *p, size_t n) {
    fault_alloc *f = ud;
    if (fault_trip(f)) return NULL;
    void *q = realloc(p, n);
    if (q && !p) f->live++;
    return q;
}
static void fault_free(void *ud, void *p) {
    fault_alloc *f = ud;
    if (p) f->live--;
    free(p);
}

/* Arms f to fail allocation n; returns the hook table to pass on. */
static inline const tc_alloc *fault_arm(fault_alloc *f, long n) {
    f->countdown = n;
    f->armed = true;
    f->hit = false;
    f->A = (tc_alloc){fault_malloc, fault_realloc, fault_free, f};
    return &f->A;
}

#endif

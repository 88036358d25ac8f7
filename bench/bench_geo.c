/*
 * bench_geo.c -- gazetteer load time (open + full validation, from an mmap)
 * and name lookups per second over a mix of known and unknown names.
 * Usage: bench_geo GAZETTEER.tcg
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "geo/geo.h"

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + t.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
    if (argc != 2) { fprintf(stderr, "usage: bench_geo GAZETTEER.tcg\n"); return 2; }
    double best = 1e9;
    tc_gazetteer *g = NULL;
    for (int r = 0; r < 5; r++) {
        double t0 = now();
        int rc = tc_gazetteer_open_file(&g, argv[1], NULL);
        double t1 = now();
        if (rc != TC_OK) { fprintf(stderr, "%s: %s\n", argv[1], tc_errstr(rc)); return 1; }
        if (t1 - t0 < best) best = t1 - t0;
        if (r < 4) tc_gazetteer_close(g);
    }
    static const char *const names[] = {"Baghdad", "Mosul", "Green Zone", "Paris", "Springfield", "Xyzzyville",
                                        "New York", "Iraqi", "Gaza Strip", "Kharkiv", "Notaplace", "London",
                                        "al-Mansour", "Sadr City", "Washington", "Donbas"};
    const int N = 2000000;
    tc_place p[4];
    long found = 0;
    double t0 = now();
    for (int i = 0; i < N; i++) {
        const char *s = names[i % (int)(sizeof names / sizeof *names)];
        found += tc_gazetteer_lookup(g, s, strlen(s), p, 1) > 0;
    }
    double t1 = now();
    printf("load_ms %.2f\n", best * 1000);
    printf("lookups_per_s %.0f (found %ld of %d)\n", N / (t1 - t0), found, N);
    tc_gazetteer_close(g);
    return 0;
}

/*
 * bench_time.c -- throughput of the temporal recogniser (recognise +
 * normalise) on news text: the "text" fields of JSON Lines files, each story
 * scanned as one call with its own date, the whole set replicated until at
 * least --min-mb megabytes have been scanned.  Prints chars/s (bytes/s).
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "tacitus.h"

typedef struct story { char *text; size_t n; char date[11]; } story;

int main(int argc, char **argv) {
    double min_mb = 50;
    int first = 1;
    if (argc > 2 && !strcmp(argv[1], "--min-mb")) { min_mb = atof(argv[2]); first = 3; }
    story *st = NULL;
    size_t ns = 0, cap = 0, total = 0;
    for (int a = first; a < argc; a++) {
        FILE *f = fopen(argv[a], "rb");
        if (!f) { fprintf(stderr, "bench_time: cannot open %s\n", argv[a]); return 1; }
        char line[1 << 16];
        char *buf = NULL;
        size_t bn = 0;
        for (;;) {
            if (!fgets(line, sizeof line, f)) break;
            size_t l = strlen(line);
            char *nb = realloc(buf, bn + l + 1);
            if (!nb) return 1;
            buf = nb;
            memcpy(buf + bn, line, l + 1);
            bn += l;
            if (bn && buf[bn - 1] != '\n' && !feof(f)) continue; /* long line: keep reading */
            json_error_t je;
            json_t *o = json_loads(buf, 0, &je);
            bn = 0;
            if (!o) continue;
            const char *t = json_string_value(json_object_get(o, "text"));
            const char *d = json_string_value(json_object_get(o, "date"));
            if (t && d && strlen(d) >= 10) {
                if (ns == cap) {
                    cap = cap ? 2 * cap : 256;
                    story *q = realloc(st, cap * sizeof *st);
                    if (!q) return 1;
                    st = q;
                }
                st[ns].n = strlen(t);
                st[ns].text = strdup(t);
                memcpy(st[ns].date, d, 10);
                st[ns].date[10] = 0;
                total += st[ns].n;
                ns++;
            }
            json_decref(o);
        }
        free(buf);
        fclose(f);
    }
    if (!ns) { fprintf(stderr, "bench_time: no stories\n"); return 1; }
    tc_timerec *r = NULL;
    if (tc_timerec_open(&r, NULL) != TC_OK) return 1;
    tc_timex tx[512];
    size_t found_total = 0, scanned = 0;
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    while ((double)scanned < min_mb * 1e6) {
        for (size_t i = 0; i < ns; i++) {
            size_t nf = 0;
            tc_time_find(r, st[i].text, st[i].n, st[i].date, tx, 512, &nf);
            found_total += nf;
        }
        scanned += total;
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double sec = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    printf("stories %zu, corpus %zu chars, scanned %zu chars in %.3f s, %zu expressions\n", ns, total, scanned,
           sec, found_total);
    printf("time: %.2f M chars/s\n", (double)scanned / sec / 1e6);
    for (size_t i = 0; i < ns; i++) free(st[i].text);
    free(st);
    tc_timerec_close(r);
    return 0;
}

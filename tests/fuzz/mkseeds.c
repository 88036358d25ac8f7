/*
 * mkseeds.c -- writes the seed inputs of the three binary-loader targets
 * into a folder (`make fuzz` calls it; nothing binary is committed):
 *   load_dict/small.tcd       the test dictionaries of tests/golden/dict, compiled
 *   load_gazetteer/small.tcg  a five-place gazetteer compiled from sources written here
 *   load_model/small.tcm      a parser model laid out as train.c lays one out, with
 *                             two tags, two labels and 256-entry weight tables
 *                             (a trained model has 4M-entry tables: 45 MB, too
 *                             large for a fuzzer input)
 * usage: mkseeds OUTDIR [GOLDEN_DICT_DIR]
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <zlib.h>

#include "core/core.h"
#include "nlp/nlp_int.h"
#include "tacitus.h"

static int write_file(const char *dir, const char *name, const void *p, size_t n) {
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(p, 1, n, f) != n || fclose(f) != 0) { fprintf(stderr, "mkseeds: cannot write %s\n", path); return 1; }
    return 0;
}

static int seed_dict(const char *out, const char *golden) {
    char v[600], a[600], g[600], d[600], p[600];
    snprintf(v, sizeof v, "%s/small.verbs.txt", golden);
    snprintf(a, sizeof a, "%s/small.actors.txt", golden);
    snprintf(g, sizeof g, "%s/small.agents.txt", golden);
    snprintf(d, sizeof d, "%s/small.discards.txt", golden);
    snprintf(p, sizeof p, "%s/small.pico.txt", golden);
    const char *actors[1] = {a};
    tc_dict_files f = {v, actors, 1, g, d, p};
    tc_dict *dict = NULL;
    char err[256] = "";
    if (tc_dict_load(&dict, &f, NULL, err, sizeof err)) { fprintf(stderr, "mkseeds: %s\n", err); return 1; }
    char path[1024];
    snprintf(path, sizeof path, "%s/load_dict/small.tcd", out);
    FILE *o = fopen(path, "wb");
    int rc = !o || tc_dict_write_binary(dict, o) != TC_OK;
    if (o && fclose(o) != 0) rc = 1;
    tc_dict_free(dict);
    if (rc) fprintf(stderr, "mkseeds: cannot write %s\n", path);
    return rc;
}

static int seed_gazetteer(const char *out) {
    char dir[1024];
    snprintf(dir, sizeof dir, "%s/gaz-src", out);
    mkdir(dir, 0777);
    static const char cities[] =
        "98182\tBaghdad\tBaghdad\tBaghdad,Bagdad\t33.34058\t44.40088\tP\tPPLC\tIQ\t\t07\t\t\t\t7216000\t\t44\tAsia/Baghdad\t2021-01-01\n"
        "99072\tMosul\tMosul\tMossul\t36.335\t43.11889\tP\tPPLA\tIQ\t\t15\t\t\t\t1739800\t\t223\tAsia/Baghdad\t2021-01-01\n"
        "4140963\tWashington\tWashington\tWashington D.C.\t38.89511\t-77.03637\tP\tPPLC\tUS\t\tDC\t001\t\t\t689545\t\t7\tAmerica/New_York\t2021-01-01\n";
    gzFile z;
    char p[1100];
    snprintf(p, sizeof p, "%s/cities500.txt.gz", dir);
    if (!(z = gzopen(p, "wb")) || gzwrite(z, cities, sizeof cities - 1) <= 0 || gzclose(z) != Z_OK) return 1;
    static const char a2[] = "IQ.07.9166545\tKarkh\tKarkh\t9166545\n";
    snprintf(p, sizeof p, "%s/admin2Codes.txt.gz", dir);
    if (!(z = gzopen(p, "wb")) || gzwrite(z, a2, sizeof a2 - 1) <= 0 || gzclose(z) != Z_OK) return 1;
    static const char a1[] = "IQ.07\tBaghdad\tBaghdad\t98180\nIQ.15\tNineveh\tNineveh\t92877\nUS.DC\tWashington, D.C.\tWashington, D.C.\t4138106\n";
    static const char ci[] =
        "IQ\tIRQ\t368\tIZ\tIraq\tBaghdad\t437072\t40462701\tAS\t.iq\tIQD\tDinar\t964\t#####\t\tar-IQ\t99237\tSY,SA\t\n"
        "US\tUSA\t840\tUS\tUnited States\tWashington\t9629091\t327167434\tNA\t.us\tUSD\tDollar\t1\t\t\ten-US\t6252001\tCA,MX\t\n";
    static const char wc[] =
        "[{\"cca2\":\"IQ\",\"name\":{\"common\":\"Iraq\",\"official\":\"Republic of Iraq\"},"
        "\"altSpellings\":[\"IQ\"],\"demonyms\":{\"eng\":{\"m\":\"Iraqi\",\"f\":\"Iraqi\"}},\"latlng\":[33,44]},"
        "{\"cca2\":\"US\",\"name\":{\"common\":\"United States\",\"official\":\"United States of America\"},"
        "\"altSpellings\":[\"US\",\"USA\"],\"demonyms\":{\"eng\":{\"m\":\"American\",\"f\":\"American\"}},\"latlng\":[38,-97]}]\n";
    static const char pl[] = "zone\tGreen Zone\tInternational Zone\tIQ\tBaghdad\tBaghdad\t33.305\t44.385\n"
                             "alias\tTex.\t-\tUS\t-\t-\t-\t-\n";
    if (write_file(dir, "admin1CodesASCII.txt", a1, sizeof a1 - 1) || write_file(dir, "countryInfo.txt", ci, sizeof ci - 1) ||
        write_file(dir, "world-countries.json", wc, sizeof wc - 1) || write_file(dir, "places.tsv", pl, sizeof pl - 1))
        return 1;
    char places[1100], tcg[1100], err[256] = "";
    snprintf(places, sizeof places, "%s/places.tsv", dir);
    snprintf(tcg, sizeof tcg, "%s/load_gazetteer/small.tcg", out);
    if (tc_gazetteer_compile(dir, places, tcg, NULL, err, sizeof err)) { fprintf(stderr, "mkseeds: gazetteer: %s\n", err); return 1; }
    return 0;
}

/* A minimal model in train.c's layout: sections in enum order, each at a
   64-byte boundary, header CRC over [NLP_HDR_SIZE, total). */
static int seed_model(const char *out) {
    static unsigned char sec[NLP_NSEC][4096];
    size_t sz[NLP_NSEC];
    memset(sec, 0, sizeof sec);
    memset(sz, 0, sizeof sz);
    static const char str[] = "\0NN\0.\0root\0dep\0s\0";  /* offsets 0 "", 1 NN, 4 ., 6 root, 11 dep, 15 s */
    memcpy(sec[SEC_STR], str, sizeof str - 1);
    sz[SEC_STR] = sizeof str - 1;
    uint32_t meta[MF_COUNT] = {0};
    meta[MF_NTAGS] = 2; meta[MF_NLABELS] = 2; meta[MF_NXPOS] = 2; meta[MF_LEXSLOTS] = 4; meta[MF_NLEXL] = 1;
    meta[MF_RULESLOTS] = 4; meta[MF_NOPEN] = 1; meta[MF_TDMIN] = 5; meta[MF_BITS_TAG] = 8; meta[MF_BITS_TRANS] = 8;
    meta[MF_BITS_LAB] = 8; meta[MF_ROOTLABEL] = 0; meta[MF_BITS_TAG2] = 8;
    float one = 1.0f;
    memcpy(&meta[MF_TAG_SCALE], &one, 4);
    for (int i = 0; i < MF_COUNT; i++) tc_put_u32(sec[SEC_META] + 4 * i, meta[i]);
    sz[SEC_META] = 4 * MF_COUNT;
    sec[SEC_TAGS][0] = TC_UPOS_NOUN; sec[SEC_TAGS][1] = 0; tc_put_u32(sec[SEC_TAGS] + 4, 1);
    sec[SEC_TAGS][8] = TC_UPOS_PUNCT; sec[SEC_TAGS][9] = 1; tc_put_u32(sec[SEC_TAGS] + 12, 4);
    sz[SEC_TAGS] = 16;
    tc_put_u32(sec[SEC_LABELS], 6); tc_put_u32(sec[SEC_LABELS] + 4, 11);
    sz[SEC_LABELS] = 8;
    /* one lexicon word "." (string offset + 1), list 0..1 */
    uint64_t h = nlp_str_hash(".", 1);
    unsigned char *e = sec[SEC_LEX] + 16 * ((uint32_t)h & 3);
    tc_put_u32(e, (uint32_t)(h >> 32)); tc_put_u32(e + 4, 4 + 1); tc_put_u32(e + 8, 0);
    e[12] = 1; e[14] = 9;
    sz[SEC_LEX] = 64;
    sec[SEC_LEXL][0] = 1; sec[SEC_LEXL][2] = 9; tc_put_u32(sec[SEC_LEXL] + 4, 4);
    sz[SEC_LEXL] = 8;
    sz[SEC_RULES] = 64;
    sz[SEC_OPEN] = 2; /* tag 0 */
    /* label candidates: every (head, dep, dir) may take label 1 */
    for (int i = 0; i < NLP_LCAND_N; i++) { sec[SEC_LCAND][4 * i + 2] = 1; }
    sec[SEC_LCAND][4 * NLP_LCAND_N] = 1;
    sz[SEC_LCAND] = 4 * NLP_LCAND_N + 1;
    size_t wsz = 2u << 8;
    size_t off[NLP_NSEC], at = NLP_HDR_SIZE;
    for (int i = 0; i < NLP_NSEC; i++) {
        if (i >= SEC_WTAG) sz[i] = wsz;
        off[i] = at;
        at = (at + sz[i] + 63) & ~(size_t)63;
    }
    unsigned char *img = calloc(1, at);
    if (!img) return 1;
    memcpy(img, NLP_MAGIC, 8);
    tc_put_u32(img + 8, NLP_FORMAT_VERSION);
    tc_put_u32(img + 12, NLP_BOM);
    tc_put_u64(img + 16, at);
    tc_put_u32(img + 28, NLP_NSEC);
    for (int i = 0; i < NLP_NSEC; i++) {
        tc_put_u64(img + 32 + 16 * i, off[i]);
        tc_put_u64(img + 40 + 16 * i, sz[i]);
        if (i < SEC_WTAG) memcpy(img + off[i], sec[i], sz[i]);
        else for (size_t k = 0; k < wsz; k += 2) img[off[i] + k] = (unsigned char)(k * 7 % 251); /* some weights */
    }
    tc_put_u32(img + 24, (uint32_t)crc32(0L, img + NLP_HDR_SIZE, (uInt)(at - NLP_HDR_SIZE)));
    char dir[1100];
    snprintf(dir, sizeof dir, "%s/load_model", out);
    int rc = write_file(dir, "small.tcm", img, at);
    free(img);
    return rc;
}

int main(int argc, char **argv) {
    if (argc < 2) { fprintf(stderr, "usage: mkseeds OUTDIR [GOLDEN_DICT_DIR]\n"); return 2; }
    const char *out = argv[1], *golden = argc > 2 ? argv[2] : "tests/golden/dict";
    static const char *const sub[] = {"load_dict", "load_gazetteer", "load_model"};
    mkdir(out, 0777);
    for (int i = 0; i < 3; i++) {
        char d[1100];
        snprintf(d, sizeof d, "%s/%s", out, sub[i]);
        mkdir(d, 0777);
    }
    return seed_dict(out, golden) || seed_gazetteer(out) || seed_model(out);
}

/* fuzz_reader_jsonl.c -- the JSON Lines reader: every non-blank line gives
   one story or one error record. */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const char *p = fuzz_file("feed.jsonl", data, size);
    long lines = 0;
    /* non-blank lines: an upper bound on the records (a line over the size
       cap is one record, a blank one none) */
    size_t i = 0;
    while (i < size) {
        size_t j = i;
        int blank = 1;
        while (j < size && data[j] != '\n') {
            if (data[j] != ' ' && data[j] != '\t' && data[j] != '\r') blank = 0;
            j++;
        }
        lines += !blank;
        i = j + 1;
    }
    long n = fuzz_read_all(p, 1 << 16);
    if (n > lines) fuzz_fail("%ld records from %ld non-blank lines", n, lines);
    return 0;
}

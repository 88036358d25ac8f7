/* fuzz_reader_gzip.c -- gzip-compressed input (damaged, truncated or
   concatenated streams): the last bit of the first byte chooses a story
   file or a JSON Lines file; the rest is the file.  A story file still gives
   exactly one record. */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 1) return 0;
    int jsonl = data[0] & 1;
    const char *p = fuzz_file(jsonl ? "feed.jsonl.gz" : "story.txt.gz", data + 1, size - 1);
    long n = fuzz_read_all(p, 1 << 20);
    if (!jsonl && n != 1) fuzz_fail("a story file must give exactly one record, got %ld", n);
    return 0;
}

/* fuzz_reader_story.c -- the story-file reader (" date YYYY-MM-DD" line,
   then the text): any bytes give one story or one error record. */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const char *p = fuzz_file("story.txt", data, size);
    if (fuzz_read_all(p, 1 << 20) != 1) fuzz_fail("a story file must give exactly one record");
    return 0;
}

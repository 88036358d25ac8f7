/*
 * text.h -- byte-level text repairs shared by the readers and writers of
 * src/io: every byte tacitus writes must be valid UTF-8, whatever bytes the
 * input (text, ids, file names, excerpts in messages) held.
 *
 * Not API.
 */
#ifndef TC_IO_TEXT_H
#define TC_IO_TEXT_H

#include "core/core.h"

/*
 * Appends s[0..n) to b as valid UTF-8: valid sequences are copied, and each
 * byte that starts no valid sequence is read as Windows-1252 (the five
 * bytes that code page leaves undefined as the C1 controls of the same
 * value, as the WHATWG decoder does), so distinct bytes stay distinct.
 * Returns false on OOM (sticky in b).
 */
bool io_add_utf8(tc_buf *b, const char *s, size_t n);

/* Whether s[0..n) is valid UTF-8. */
bool io_is_utf8(const char *s, size_t n);

/* The length of the longest prefix of s[0..n) that does not end inside a
   UTF-8 sequence (for text cut at a byte limit). */
size_t io_utf8_cut(const char *s, size_t n);

#endif

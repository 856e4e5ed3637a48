/*
 * fuzz_walk — what both fuzz targets do with a trace once they have its bytes.
 *
 * fuzz_walk_bytes() hands the bytes to trace_reader_open_fd() through a memfd,
 * reads every event (resuming after damaged frames, as rtrace show does) and
 * touches every field of every message, so a length the reader failed to
 * check shows up as a sanitizer report rather than as garbage further down.
 * Beyond "no crash" it checks the reader's contract, aborting when it breaks:
 * an error always comes with a message, damage is reported at most once per
 * byte of input, a clean end has a trailer, a sticky error stays, the offset
 * never passes the end of the input.
 */
#ifndef TESTS_FUZZ_WALK_H
#define TESTS_FUZZ_WALK_H

#include <stddef.h>
#include <stdint.h>

void fuzz_walk_bytes(const uint8_t *data, size_t size);

#endif

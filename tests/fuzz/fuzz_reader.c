/*
 * fuzz_reader — libFuzzer target: the input is a whole trace file.
 *
 * The reader must survive any bytes (see fuzz_walk.h for what is checked).
 * Mutations of a valid file mostly break the frame checksums, so this target
 * finds bugs in the file and frame framing; fuzz_frame reaches the events.
 *
 * Built with -fsanitize=fuzzer under clang; with gcc it is linked with
 * fuzz_main.c, which replays files (the seed corpus) through the same entry.
 */
#include "fuzz_walk.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_walk_bytes(data, size);
	return 0;
}

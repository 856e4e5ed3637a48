/*
 * fuzz_frame — libFuzzer target: the input is the content of one frame (the
 * varint-length-prefixed Event records), which this target wraps into a
 * valid trace file: file header, empty metadata, one frame with a correct
 * header checksum and zstd payload. Random bytes thus get past the framing
 * checks and reach event splitting, protobuf unpacking into the reader's
 * arena and trailer handling, which mutations of whole files rarely do.
 * The frame's data section is the input once more: its first varints are
 * taken for the events' times (the time column of format 4), and blobs that
 * take their bytes from it (Blob.section_len) find some after them, or run
 * past its end.
 *
 * The frame's event count is what the input's records add up to, so inputs
 * whose records are intact read as a clean frame.
 */
#include <stdlib.h>
#include <string.h>
#include <zstd.h>

#include "fuzz_walk.h"
#include "trace_format.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Counts the whole records at the start of P, the way a writer laid them out. */
static uint32_t count_records(const uint8_t *p, size_t n)
{
	uint32_t count = 0;
	size_t pos = 0;
	while (pos < n) {
		uint64_t len = 0;
		size_t i = 0;
		int whole = 0;
		while (!whole && i < 10 && pos + i < n) {
			len |= (uint64_t)(p[pos + i] & 0x7f) << (7 * i);
			whole = !(p[pos + i++] & 0x80);
		}
		if (!whole)
			break;
		pos += i;
		if (len > n - pos)
			break;
		pos += (size_t)len;
		count++;
	}
	return count;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size > TRACE_MAX_CONTENT_LEN)
		return 0;
	size_t bound = ZSTD_compressBound(size);
	size_t head = TRACE_FILE_HEADER_LEN + TRACE_FRAME_HEADER_LEN;
	uint8_t *file = malloc(head + 2 * bound);
	if (!file)
		abort();
	size_t clen = ZSTD_compress(file + head, bound, data, size, 1);
	size_t dlen = size ? ZSTD_compress(file + head + clen, bound, data, size, 1) : 0;
	if (ZSTD_isError(clen) || ZSTD_isError(dlen))
		abort();
	memcpy(file, TRACE_FILE_MAGIC, TRACE_FILE_MAGIC_LEN);
	trace_put_u16(file + 8, TRACE_VERSION_MAJOR);
	trace_put_u16(file + 10, TRACE_VERSION_MINOR);
	trace_put_u32(file + 12, 0); /* an empty Metadata message packs to nothing */
	uint8_t *h = file + TRACE_FILE_HEADER_LEN;
	memcpy(h, TRACE_FRAME_MAGIC, 4);
	trace_put_u32(h + 4, (uint32_t)(clen + dlen));
	trace_put_u32(h + 8, (uint32_t)size);
	trace_put_u32(h + 12, count_records(data, size));
	trace_put_u32(h + 16, (uint32_t)dlen);
	trace_put_u32(h + 20, (uint32_t)(dlen ? size : 0));
	trace_put_u32(h + 24, trace_fnv1a(h, 24));
	fuzz_walk_bytes(file, head + clen + dlen);
	free(file);
	return 0;
}

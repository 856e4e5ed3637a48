/* The frame's data section (format 3): large blobs written apart from their
 * events come back in them, at every split threshold, in both writer modes,
 * at different levels for the two parts of a frame; damage to the section
 * or to the references into it is caught; and traces of format 2 (no data
 * section, 20-byte frame headers), written by the writer of 2026-12-03
 * (a80992c) from the same blob stream, and of format 3, still read event
 * for event. */
#include <criterion/criterion.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zstd.h>

#include "trace_fixture.h"

#ifndef FIXTURE_DIR
#error FIXTURE_DIR must name tests/format/data
#endif

static char *path;

static void setup(void)
{
	path = fixture_tmpname();
}

static void teardown(void)
{
	unlink(path);
	free(path);
}

TestSuite(sections, .init = setup, .fini = teardown);

/* Reads FILE and checks it holds the first N events of the blob stream with
 * their times, then its trailer; returns the frame count. */
static uint64_t assert_blob_stream(const char *file, int n, unsigned want_major)
{
	trace_reader *r;
	cr_assert_eq(trace_reader_open(file, &r), 0);
	unsigned major, minor;
	trace_reader_version(r, &major, &minor);
	cr_assert_eq(major, want_major);
	const Rt__Event *ev;
	uint64_t t;
	int i = 0, k;
	while ((k = trace_reader_next(r, &ev, &t)) == 1) {
		cr_assert_lt(i, n);
		cr_assert(fixture_is_blob_event(ev, i), "event %d differs from the one written", i);
		/* the writer of format 2 kept nanoseconds, the default unit */
		cr_assert_eq(t, fixture_blob_time(i), "event %d at %llu ns", i, (unsigned long long)t);
		i++;
	}
	cr_assert_eq(k, 0, "%s", trace_reader_error(r));
	cr_assert_eq(i, n);
	cr_assert_not_null(trace_reader_trailer(r));
	cr_assert_eq(trace_reader_trailer(r)->events, (uint64_t)n);
	uint64_t frames = trace_reader_frames(r);
	trace_reader_free(r);
	return frames;
}

Test(sections, a_format_2_trace_reads_event_for_event)
{
	uint64_t frames = assert_blob_stream(FIXTURE_DIR "/v2-blobs.trace", 60, 2);
	cr_assert_gt(frames, 10);
}

/* Written by the writer of 1fac480 (format 3: data sections, times in the
 * events) from the same stream, in frames of 4 KiB. */
Test(sections, a_format_3_trace_reads_event_for_event)
{
	uint64_t frames = assert_blob_stream(FIXTURE_DIR "/v3-blobs.trace", 60, 3);
	cr_assert_gt(frames, 10);
}

/* Frame headers of a format-3 file: the data section's sizes of each. */
static int data_sections(const unsigned char *p, size_t len, uint32_t *dlen, int max)
{
	size_t off = TRACE_FILE_HEADER_LEN + trace_get_u32(p + 12);
	int n = 0;
	while (off + TRACE_FRAME_HEADER_LEN <= len && n < max) {
		dlen[n++] = trace_get_u32(p + off + 20);
		off += TRACE_FRAME_HEADER_LEN + trace_get_u32(p + off + 4);
	}
	return n;
}

Test(sections, large_blobs_go_to_the_data_section_and_come_back)
{
	static const size_t mins[] = { 1, 100, 512, 1500, 3000, SIZE_MAX };
	for (size_t m = 0; m < sizeof mins / sizeof mins[0]; m++) {
		for (int threaded = 0; threaded < 2; threaded++) {
			trace_writer_opts o = { .data_min = mins[m], .threaded = threaded };
			cr_assert_eq(fixture_write_blobs(path, 300, 8192, &o), 0);
			assert_blob_stream(path, 300, TRACE_VERSION_MAJOR);
			size_t len;
			unsigned char *p = fixture_slurp(path, &len);
			uint32_t dlen[1024];
			int nf = data_sections(p, len, dlen, 1024);
			uint64_t data = 0;
			for (int f = 0; f < nf; f++)
				data += dlen[f];
			/* blobs are of 11 to 2499 bytes: none split at SIZE_MAX or
			 * above, some at 1500, every one at 1 */
			if (mins[m] >= 3000)
				cr_assert_eq(data, 0, "data_min %zu: %llu bytes split", mins[m],
					     (unsigned long long)data);
			else
				cr_assert_gt(data, 0, "data_min %zu: nothing split", mins[m]);
			free(p);
		}
	}
}

Test(sections, the_data_section_has_a_level_of_its_own)
{
	trace_writer_opts o = { .level = 19, .data_level = -5 };
	cr_assert_eq(fixture_write_blobs(path, 400, 1 << 20, &o), 0);
	assert_blob_stream(path, 400, TRACE_VERSION_MAJOR);
	size_t small_len;
	free(fixture_slurp(path, &small_len));
	o.data_level = 19;
	cr_assert_eq(fixture_write_blobs(path, 400, 1 << 20, &o), 0);
	assert_blob_stream(path, 400, TRACE_VERSION_MAJOR);
	size_t tight_len;
	free(fixture_slurp(path, &tight_len));
	cr_assert_lt(tight_len, small_len, "level 19 data %zu bytes, level -5 %zu", tight_len,
		     small_len);
}

/* Rewrites the single frame of FILE with events CONTENT (N bytes) and data
 * section DATA (DN bytes), valid header and checksums. */
static void rewrite_frame(const char *file, const unsigned char *content, size_t n,
			  uint32_t nevents, const unsigned char *data, size_t dn)
{
	size_t len;
	unsigned char *p = fixture_slurp(file, &len);
	size_t off = TRACE_FILE_HEADER_LEN + trace_get_u32(p + 12);
	size_t cb = ZSTD_compressBound(n), db = ZSTD_compressBound(dn);
	unsigned char *out = malloc(off + TRACE_FRAME_HEADER_LEN + cb + db);
	memcpy(out, p, off);
	unsigned char *h = out + off;
	size_t clen = ZSTD_compress(h + TRACE_FRAME_HEADER_LEN, cb, content, n, 1);
	size_t dlen = dn ? ZSTD_compress(h + TRACE_FRAME_HEADER_LEN + clen, db, data, dn, 1) : 0;
	cr_assert(!ZSTD_isError(clen) && !ZSTD_isError(dlen));
	memcpy(h, TRACE_FRAME_MAGIC, 4);
	trace_put_u32(h + 4, (uint32_t)(clen + dlen));
	trace_put_u32(h + 8, (uint32_t)n);
	trace_put_u32(h + 12, nevents);
	trace_put_u32(h + 16, (uint32_t)dlen);
	trace_put_u32(h + 20, (uint32_t)dn);
	trace_put_u32(h + 24, trace_fnv1a(h, 24));
	fixture_spit(file, out, off + TRACE_FRAME_HEADER_LEN + clen + dlen);
	free(out);
	free(p);
}

/* A frame of one exit whose blob takes SECTION_LEN bytes (and has INLINE
 * bytes of its own) from a data section of DN bytes: its read result. */
static int read_crafted(size_t section_len, size_t inline_len, size_t dn, size_t *got_len)
{
	cr_assert_eq(fixture_write_syscalls(path, 0, 0, 0), 0);
	Rt__Blob b = RT__BLOB__INIT;
	Rt__Blob *bl[1] = { &b };
	b.arg = 1;
	b.section_len = (uint32_t)section_len;
	b.data.data = (uint8_t *)"abcdefgh";
	b.data.len = inline_len;
	Rt__SyscallExit ex = RT__SYSCALL_EXIT__INIT;
	ex.n_blobs = 1;
	ex.blobs = bl;
	Rt__Event ev = RT__EVENT__INIT;
	ev.kind_case = RT__EVENT__KIND_EXIT;
	ev.exit = &ex;
	unsigned char content[64], data[256];
	size_t n = rt__event__get_packed_size(&ev);
	content[0] = (unsigned char)n;
	rt__event__pack(&ev, content + 1);
	for (size_t i = 0; i < sizeof data; i++)
		data[i] = (unsigned char)i;
	rewrite_frame(path, content, n + 1, 1, data, dn);
	trace_reader *r;
	cr_assert_eq(trace_reader_open(path, &r), 0);
	const Rt__Event *got;
	int k = trace_reader_next(r, &got, NULL);
	if (k == 1) {
		const Rt__Blob *gb = got->exit->blobs[0];
		cr_assert_eq(gb->section_len, 0, "the reader clears section_len");
		cr_assert_eq(memcmp(gb->data.data, data, gb->data.len), 0);
		*got_len = gb->data.len;
	}
	trace_reader_free(r);
	return k;
}

Test(sections, references_into_the_data_section_are_checked)
{
	size_t got = 0;
	cr_assert_eq(read_crafted(200, 0, 200, &got), 1);
	cr_assert_eq(got, 200);
	cr_assert_eq(read_crafted(200, 0, 256, &got), 1, "bytes may be left over");
	cr_assert_eq(read_crafted(201, 0, 200, &got), TRACE_E_DAMAGED, "past the section's end");
	cr_assert_eq(read_crafted(1, 0, 0, &got), TRACE_E_DAMAGED, "no section at all");
	cr_assert_eq(read_crafted(100, 4, 200, &got), TRACE_E_DAMAGED, "bytes of its own as well");
}

/* Frame ends of a well-formed file. */
static int frame_ends(const unsigned char *p, size_t len, size_t *ends, int max)
{
	size_t off = TRACE_FILE_HEADER_LEN + trace_get_u32(p + 12);
	int n = 0;
	while (off + TRACE_FRAME_HEADER_LEN <= len && n < max) {
		off += TRACE_FRAME_HEADER_LEN + trace_get_u32(p + off + 4);
		ends[n++] = off;
	}
	return n;
}

Test(sections, cut_at_every_byte_reads_the_complete_frames)
{
	char *cut = fixture_tmpname();
	cr_assert_eq(fixture_write_blobs(path, 40, 4096, NULL), 0);
	size_t len;
	unsigned char *p = fixture_slurp(path, &len);
	size_t ends[256];
	int nf = frame_ends(p, len, ends, 256);
	cr_assert_gt(nf, 3);
	long before[257] = { 0 };
	for (int f = 0; f < nf; f++) {
		fixture_spit(cut, p, ends[f]);
		int last;
		before[f + 1] = fixture_count_events(cut, &last);
	}
	size_t hdr = TRACE_FILE_HEADER_LEN + trace_get_u32(p + 12);
	for (size_t n = hdr; n < len; n++) {
		fixture_spit(cut, p, n);
		int last;
		long got = fixture_count_events(cut, &last);
		int complete = 0;
		while (complete < nf && ends[complete] <= n)
			complete++;
		cr_assert_eq(got, before[complete], "cut at %zu: %ld events, expected %ld", n, got,
			     before[complete]);
		cr_assert_eq(last, TRACE_E_TRUNCATED, "cut at %zu: last=%d", n, last);
	}
	unlink(cut);
	free(cut);
	free(p);
}

Test(sections, byte_flips_never_yield_an_event_that_was_not_written)
{
	char *flipped = fixture_tmpname();
	cr_assert_eq(fixture_write_blobs(path, 200, 8192, NULL), 0);
	size_t len;
	unsigned char *p = fixture_slurp(path, &len);
	unsigned char *q = malloc(len);
	srandom(4321);
	for (int round = 0; round < 300; round++) {
		memcpy(q, p, len);
		int flips = 1 + (int)(random() % 4);
		for (int i = 0; i < flips; i++)
			q[random() % len] ^= (unsigned char)(1 + random() % 255);
		fixture_spit(flipped, q, len);
		trace_reader *r;
		if (trace_reader_open(flipped, &r) < 0)
			continue;
		const Rt__Event *ev;
		int k, next = 0, errors = 0;
		while ((k = trace_reader_next(r, &ev, NULL)) != 0 && errors < 1000) {
			if (k == 1) {
				/* events come in order; a skipped frame skips some */
				while (next < 200 && !fixture_is_blob_event(ev, next))
					next++;
				cr_assert_lt(next, 200, "round %d: an event that was not written", round);
				next++;
			} else if (k == TRACE_E_DAMAGED) {
				errors++;
			} else {
				break;
			}
		}
		trace_reader_free(r);
	}
	unlink(flipped);
	free(flipped);
	free(q);
	free(p);
}

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

FIXTURE_TRACE_SUITE(sections);

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

/* The blob bytes in the data sections of a file of this format: each
 * section decompressed, its time column (a varint per event) skipped. */
static uint64_t split_bytes(const unsigned char *p, size_t len)
{
	size_t off = TRACE_FILE_HEADER_LEN + trace_get_u32(p + 12);
	uint64_t total = 0;
	while (off + TRACE_FRAME_HEADER_LEN <= len) {
		const unsigned char *h = p + off;
		uint32_t clen = trace_get_u32(h + 4), nev = trace_get_u32(h + 12);
		uint32_t dclen = trace_get_u32(h + 16), dlen = trace_get_u32(h + 20);
		unsigned char *d = malloc(dlen + 1);
		cr_assert_eq(ZSTD_decompress(d, dlen, h + TRACE_FRAME_HEADER_LEN + clen - dclen, dclen),
			     dlen);
		size_t pos = 0;
		for (uint32_t i = 0; i < nev; i++) {
			while (pos < dlen && (d[pos] & 0x80))
				pos++;
			pos++;
		}
		cr_assert_leq(pos, dlen, "a time per event");
		total += dlen - pos;
		free(d);
		off += TRACE_FRAME_HEADER_LEN + clen;
	}
	return total;
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
			uint64_t data = split_bytes(p, len);
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
 * section DATA (DN bytes: the time column, then blob bytes), valid header
 * and checksums. */
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
	unsigned char content[64], section[257], *data = section + 1;
	size_t n = rt__event__get_packed_size(&ev);
	content[0] = (unsigned char)n;
	rt__event__pack(&ev, content + 1);
	section[0] = 7; /* the event's time */
	for (size_t i = 0; i < 256; i++)
		data[i] = (unsigned char)i;
	rewrite_frame(path, content, n + 1, 1, section, dn + 1);
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

/* A frame of TWO syscall entries whose data section is SECTION (N bytes). */
static int read_two_with_section(const unsigned char *section, size_t n)
{
	cr_assert_eq(fixture_write_syscalls(path, 0, 0, 0), 0);
	Rt__SyscallEntry en = RT__SYSCALL_ENTRY__INIT;
	Rt__Event ev = RT__EVENT__INIT;
	ev.kind_case = RT__EVENT__KIND_ENTRY;
	ev.entry = &en;
	en.nr = 39;
	unsigned char content[16];
	size_t k = rt__event__get_packed_size(&ev);
	content[0] = content[k + 1] = (unsigned char)k;
	rt__event__pack(&ev, content + 1);
	rt__event__pack(&ev, content + k + 2);
	rewrite_frame(path, content, 2 * (k + 1), 2, section, n);
	trace_reader *r;
	cr_assert_eq(trace_reader_open(path, &r), 0);
	const Rt__Event *got;
	uint64_t t[2] = { 0, 0 };
	int ret = trace_reader_next(r, &got, &t[0]);
	if (ret == 1)
		ret = trace_reader_next(r, &got, &t[1]);
	if (ret == 1)
		cr_assert(t[0] == 5 && t[1] == 5 + 300, "times %llu, %llu",
			  (unsigned long long)t[0], (unsigned long long)t[1]);
	trace_reader_free(r);
	return ret;
}

Test(sections, the_time_column_gives_each_event_its_time_and_is_checked)
{
	/* fixture_write_syscalls' writer keeps nanoseconds: 5, then 300 later */
	cr_assert_eq(read_two_with_section((const unsigned char *)"\x05\xac\x02", 3), 1);
	cr_assert_eq(read_two_with_section((const unsigned char *)"\x05", 1), TRACE_E_DAMAGED,
		     "one time for two events");
	cr_assert_eq(read_two_with_section((const unsigned char *)"\x05\xac", 2), TRACE_E_DAMAGED,
		     "a time cut short");
	cr_assert_eq(read_two_with_section(NULL, 0), TRACE_E_DAMAGED, "no times at all");
}

/* A loop's events, stamped at times that never repeat, are the same bytes
 * each: the times are in the column, not in the events. */
Test(sections, events_of_a_loop_are_the_same_bytes_whatever_their_times)
{
	trace_writer *w;
	Rt__Metadata m = RT__METADATA__INIT;
	cr_assert_eq(trace_writer_open(path, &m, NULL, &w), 0);
	for (int i = 0; i < 100; i++) {
		Rt__SyscallEntry en = RT__SYSCALL_ENTRY__INIT;
		Rt__Event ev = RT__EVENT__INIT;
		ev.tid = 42;
		ev.kind_case = RT__EVENT__KIND_ENTRY;
		ev.entry = &en;
		en.nr = 1;
		cr_assert_geq(trace_writer_append(w, &ev, (uint64_t)i * i * 7919 + (uint64_t)i % 13), 0);
	}
	cr_assert_eq(trace_writer_close(w), 0);
	size_t len;
	unsigned char *p = fixture_slurp(path, &len);
	const unsigned char *h = p + TRACE_FILE_HEADER_LEN + trace_get_u32(p + 12);
	uint32_t clen = trace_get_u32(h + 4), ulen = trace_get_u32(h + 8);
	unsigned char *c = malloc(ulen);
	cr_assert_eq(ZSTD_decompress(c, ulen, h + TRACE_FRAME_HEADER_LEN, clen - trace_get_u32(h + 16)),
		     ulen);
	size_t rec = (size_t)c[0] + 1;
	for (int i = 1; i < 100; i++)
		cr_assert_eq(memcmp(c, c + i * rec, rec), 0, "event %d differs from the first", i);
	free(c);
	free(p);
	int last;
	cr_assert_eq(fixture_count_events(path, &last), 100);
	cr_assert_eq(last, 0);
}

Test(sections, cut_at_every_byte_reads_the_complete_frames)
{
	cr_assert_eq(fixture_write_blobs(path, 40, 4096, NULL), 0);
	fixture_assert_cuts(path);
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

/* The reader against damaged input: every truncation, random byte flips,
 * a damaged frame in the middle. It must never crash, never return an event
 * that was not written, and say where the damage is. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "trace_fixture.h"

static char *path, *cut;

static void setup(void)
{
	path = fixture_tmpname();
	cut = fixture_tmpname();
}

static void teardown(void)
{
	unlink(path);
	unlink(cut);
	free(path);
	free(cut);
}

TestSuite(damage, .init = setup, .fini = teardown);

Test(damage, cut_at_every_byte_reads_the_complete_frames)
{
	/* 300 events in frames of ~1 KiB: a few events per frame */
	cr_assert_eq(fixture_write_syscalls(path, 300, 1024, 0), 0);
	fixture_assert_cuts(path);
}

Test(damage, truncation_message_names_the_byte)
{
	cr_assert_eq(fixture_write_syscalls(path, 300, 1024, 0), 0);
	size_t len;
	unsigned char *p = fixture_slurp(path, &len);
	fixture_spit(cut, p, len - 5);
	trace_reader *r;
	cr_assert_eq(trace_reader_open(cut, &r), 0);
	const Rt__Event *ev;
	int k;
	while ((k = trace_reader_next(r, &ev, NULL)) == 1)
		;
	cr_assert_eq(k, TRACE_E_TRUNCATED);
	char want[64];
	snprintf(want, sizeof want, "at byte %llu", (unsigned long long)trace_reader_offset(r));
	cr_assert(strstr(trace_reader_error(r), "trace ends early") != NULL);
	cr_assert(strstr(trace_reader_error(r), want) != NULL, "%s", trace_reader_error(r));
	trace_reader_free(r);
	free(p);
}

Test(damage, damaged_middle_frame_is_reported_and_skipped)
{
	cr_assert_eq(fixture_write_syscalls(path, 300, 1024, 0), 0);
	size_t len;
	unsigned char *p = fixture_slurp(path, &len);
	size_t ends[4096];
	int nf = fixture_frame_ends(p, len, ends, 4096);
	cr_assert_gt(nf, 4);
	int total_last;
	long total = fixture_count_events(path, &total_last);
	/* flip a byte in the payload of the third frame */
	size_t victim = ends[1] + TRACE_FRAME_HEADER_LEN + 10;
	p[victim] ^= 0x55;
	fixture_spit(cut, p, len);
	fixture_spit(path, p, ends[2]);
	int k;
	long upto3 = fixture_count_events(path, &k); /* frames 1-2 readable, 3 damaged */

	trace_reader *r;
	cr_assert_eq(trace_reader_open(cut, &r), 0);
	const Rt__Event *ev;
	long n = 0, damaged = 0;
	while ((k = trace_reader_next(r, &ev, NULL)) != 0) {
		if (k == 1) {
			n++;
			continue;
		}
		cr_assert_eq(k, TRACE_E_DAMAGED);
		char want[64];
		snprintf(want, sizeof want, "damaged frame at byte %zu", ends[1]);
		cr_assert(strstr(trace_reader_error(r), want) != NULL, "%s", trace_reader_error(r));
		damaged++;
	}
	cr_assert_eq(damaged, 1);
	cr_assert_lt(n, total);
	cr_assert_gt(n, upto3);
	trace_reader_free(r);
	free(p);
}

Test(damage, random_byte_flips_never_crash)
{
	cr_assert_eq(fixture_write_syscalls(path, 2000, 2048, 0), 0);
	size_t len;
	unsigned char *p = fixture_slurp(path, &len);
	int clean_last;
	long clean = fixture_count_events(path, &clean_last);
	unsigned char *q = malloc(len);
	srandom(1234);
	for (int round = 0; round < 400; round++) {
		memcpy(q, p, len);
		int flips = 1 + (int)(random() % 8);
		for (int i = 0; i < flips; i++)
			q[random() % len] ^= (unsigned char)(1 + random() % 255);
		fixture_spit(cut, q, len);
		trace_reader *r;
		if (trace_reader_open(cut, &r) < 0)
			continue;
		const Rt__Event *ev;
		long n = 0;
		int k, errors = 0;
		while ((k = trace_reader_next(r, &ev, NULL)) != 0 && errors < 10000) {
			if (k == 1) {
				/* an event is either one that was written or nothing */
				cr_assert(ev->tid >= 100 && ev->tid < 107);
				n++;
			} else if (k == TRACE_E_DAMAGED) {
				errors++;
			} else {
				break;
			}
		}
		cr_assert_leq(n, clean);
		trace_reader_free(r);
	}
	free(q);
	free(p);
}

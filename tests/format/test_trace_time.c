/* Stored time resolution (trace_writer_opts.time_unit_ns, Metadata.time_unit_ns):
 * times are rounded down to the unit, read back in nanoseconds, across frames,
 * and the trailer's range agrees with the events. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <unistd.h>

#include "trace_fixture.h"

FIXTURE_TRACE_SUITE(time_unit);

/* Writes one exit event per time in TIMES, a frame every 3 events. */
static void write_times(const uint64_t *times, size_t n, uint32_t unit)
{
	Rt__Metadata meta = RT__METADATA__INIT;
	meta.rtrace_version = "test";
	trace_writer_opts o = { .batch_bytes = 1, .time_unit_ns = unit };
	trace_writer *w;
	cr_assert_eq(trace_writer_open(path, &meta, &o, &w), 0);
	for (size_t i = 0; i < n; i++) {
		Rt__SyscallExit ex = RT__SYSCALL_EXIT__INIT;
		ex.ret = (int64_t)i;
		Rt__Event ev = RT__EVENT__INIT;
		ev.tid = 7;
		ev.kind_case = RT__EVENT__KIND_EXIT;
		ev.exit = &ex;
		cr_assert_geq(trace_writer_append(w, &ev, times[i]), 0);
		if (i % 3 == 2)
			cr_assert_eq(trace_writer_flush(w), 0);
		cr_assert_eq(trace_writer_pump(w), 0);
	}
	cr_assert_eq(trace_writer_close(w), 0);
}

static const uint64_t times[] = { 999, 1000, 1999, 2500, 123456789, 123456999,
				  123457000, 5000000001, 5000000001, 9000000999 };
#define NTIMES (sizeof times / sizeof times[0])

Test(time_unit, microsecond_times_read_back_rounded_down)
{
	write_times(times, NTIMES, 1000);
	trace_reader *r;
	cr_assert_eq(trace_reader_open(path, &r), 0);
	cr_assert_eq(trace_reader_metadata(r)->time_unit_ns, 1000);
	const Rt__Event *ev;
	uint64_t t;
	for (size_t i = 0; i < NTIMES; i++) {
		cr_assert_eq(trace_reader_next(r, &ev, &t), 1);
		cr_assert_eq(ev->exit->ret, (int64_t)i);
		cr_assert_eq(t, times[i] / 1000 * 1000, "event %zu: %llu", i, (unsigned long long)t);
	}
	cr_assert_eq(trace_reader_next(r, &ev, &t), 0);
	cr_assert_gt(trace_reader_frames(r), 3);
	const Rt__Trailer *tr = trace_reader_trailer(r);
	cr_assert_not_null(tr);
	cr_assert_eq(tr->first_ns, 0);
	cr_assert_eq(tr->last_ns, 9000000000ull);
	trace_reader_free(r);
}

Test(time_unit, default_unit_keeps_nanoseconds_and_writes_no_unit)
{
	write_times(times, NTIMES, 0);
	trace_reader *r;
	cr_assert_eq(trace_reader_open(path, &r), 0);
	cr_assert_eq(trace_reader_metadata(r)->time_unit_ns, 0);
	const Rt__Event *ev;
	uint64_t t;
	for (size_t i = 0; i < NTIMES; i++) {
		cr_assert_eq(trace_reader_next(r, &ev, &t), 1);
		cr_assert_eq(t, times[i]);
	}
	trace_reader_free(r);
}

Test(time_unit, microsecond_deltas_are_smaller_than_nanosecond_ones)
{
	/* the point of the unit: each event is a frame of its own here, so
	 * each holds its time since the start, 1-2.5 ms: a 3-byte varint in
	 * ns, 2 bytes in µs */
	uint64_t ts[64];
	for (size_t i = 0; i < 64; i++)
		ts[i] = 1000000 + i * 23456;
	write_times(ts, 64, 1);
	size_t ns_len, us_len;
	free(fixture_slurp(path, &ns_len));
	write_times(ts, 64, 1000);
	free(fixture_slurp(path, &us_len));
	cr_assert_lt(us_len, ns_len, "us %zu ns %zu", us_len, ns_len);
}

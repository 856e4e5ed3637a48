/* The writer's byte counters: pending bytes go back to zero once every batch
 * is written (they used to count events without their length prefixes on
 * the way in but whole batches on the way out, and wrapped below zero), and
 * written bytes are the file's size. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "trace_fixture.h"

FIXTURE_TRACE_SUITE(accounting);

static void append_syscalls(trace_writer *w, int n, int pump)
{
	uint64_t args[6] = { 3, 0x7ffe1000, 4096, 0, 0, 0 };
	for (int i = 0; i < n; i++) {
		Rt__SyscallEntry en = RT__SYSCALL_ENTRY__INIT;
		en.nr = (uint32_t)i % 300;
		en.n_args = 6;
		en.args = args;
		Rt__Event ev = RT__EVENT__INIT;
		ev.tid = 4000 + (uint32_t)i % 3;
		ev.kind_case = RT__EVENT__KIND_ENTRY;
		ev.entry = &en;
		int r = trace_writer_append(w, &ev, (uint64_t)i * 100);
		cr_assert_geq(r, 0);
		if (r > 0 && pump)
			cr_assert_eq(trace_writer_pump(w), 0);
	}
}

static off_t file_size(void)
{
	struct stat st;
	cr_assert_eq(stat(path, &st), 0);
	return st.st_size;
}

Test(accounting, pending_bytes_return_to_zero_after_pump)
{
	Rt__Metadata meta = RT__METADATA__INIT;
	trace_writer_opts o = { .batch_bytes = 1024 };
	trace_writer *w;
	cr_assert_eq(trace_writer_open(path, &meta, &o, &w), 0);
	append_syscalls(w, 1000, 1);
	cr_assert_gt(trace_writer_pending_bytes(w), 0);
	cr_assert_lt(trace_writer_pending_bytes(w), 1024 + 64);
	cr_assert_eq(trace_writer_flush(w), 0);
	cr_assert_eq(trace_writer_pump(w), 0);
	cr_assert_eq(trace_writer_pending_bytes(w), 0);
	cr_assert_eq(trace_writer_written_bytes(w), (uint64_t)file_size());
	cr_assert_eq(trace_writer_event_count(w), 1000);
	cr_assert_eq(trace_writer_close(w), 0);
}

Test(accounting, pending_bytes_count_what_is_queued)
{
	Rt__Metadata meta = RT__METADATA__INIT;
	trace_writer_opts o = { .batch_bytes = 1024, .max_queued = 1000 };
	trace_writer *w;
	cr_assert_eq(trace_writer_open(path, &meta, &o, &w), 0);
	uint64_t start = trace_writer_written_bytes(w);
	append_syscalls(w, 1000, 0);
	cr_assert_eq(trace_writer_flush(w), 0);
	/* nothing written yet: everything appended is pending */
	uint64_t pending = trace_writer_pending_bytes(w);
	cr_assert_gt(pending, 1000 * 10);
	cr_assert_eq(trace_writer_written_bytes(w), start);
	cr_assert_eq(trace_writer_pump(w), 0);
	cr_assert_eq(trace_writer_pending_bytes(w), 0);
	cr_assert_gt(trace_writer_written_bytes(w), start);
	trace_writer_abandon(w);
}

Test(accounting, threaded_writer_drains_pending_bytes)
{
	Rt__Metadata meta = RT__METADATA__INIT;
	trace_writer_opts o = { .batch_bytes = 1024, .threaded = 1 };
	trace_writer *w;
	cr_assert_eq(trace_writer_open(path, &meta, &o, &w), 0);
	append_syscalls(w, 5000, 0);
	cr_assert_eq(trace_writer_flush(w), 0);
	/* the writer thread gets there on its own; allow it 10 s */
	for (int i = 0; i < 1000 && trace_writer_pending_bytes(w) != 0; i++)
		nanosleep(&(struct timespec){ .tv_nsec = 10 * 1000 * 1000 }, NULL);
	cr_assert_eq(trace_writer_pending_bytes(w), 0);
	cr_assert_eq(trace_writer_written_bytes(w), (uint64_t)file_size());
	cr_assert_eq(trace_writer_close(w), 0);
}

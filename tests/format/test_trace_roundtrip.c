/* Round trips through trace_writer and trace_reader: every event kind, blobs
 * large and empty, many frames, both writer modes, the version check. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "trace_fixture.h"

FIXTURE_TRACE_SUITE(roundtrip);

static trace_writer *open_writer(int threaded)
{
	Rt__Metadata meta = RT__METADATA__INIT;
	char *argv[] = { "cat", "input" };
	meta.rtrace_version = "9.9";
	meta.argv = argv;
	meta.n_argv = 2;
	meta.cwd = "/work";
	meta.capture_bytes = 4096;
	trace_writer_opts o = { .threaded = threaded };
	trace_writer *w;
	cr_assert_eq(trace_writer_open(path, &meta, &o, &w), 0);
	return w;
}

static void append(trace_writer *w, Rt__Event *ev, uint64_t t)
{
	int r = trace_writer_append(w, ev, t);
	cr_assert_geq(r, 0);
	cr_assert_eq(trace_writer_pump(w), 0);
}

static void write_every_kind(trace_writer *w, unsigned char *big, size_t bigsize)
{
	uint64_t args[6] = { 1, 0x7fff1234, 5, 0, 0, (uint64_t)-1 };
	Rt__Blob b0 = RT__BLOB__INIT, b1 = RT__BLOB__INIT;
	b0.arg = 1;
	b0.data.data = big;
	b0.data.len = bigsize;
	b0.full_len = bigsize * 2;
	b1.arg = 2; /* empty blob */
	Rt__Blob *blobs[] = { &b0, &b1 };
	Rt__SyscallEntry en = RT__SYSCALL_ENTRY__INIT;
	en.nr = 1;
	en.n_args = 6;
	en.args = args;
	en.n_blobs = 2;
	en.blobs = blobs;
	Rt__Event ev = RT__EVENT__INIT;
	ev.tid = 42;
	ev.kind_case = RT__EVENT__KIND_ENTRY;
	ev.entry = &en;
	append(w, &ev, 10);

	Rt__SyscallExit ex = RT__SYSCALL_EXIT__INIT;
	ex.ret = -2;
	ex.is_error = 1;
	ev.kind_case = RT__EVENT__KIND_EXIT;
	ev.exit = &ex;
	append(w, &ev, 25);

	Rt__NewTask nt = RT__NEW_TASK__INIT;
	nt.parent_tid = 42;
	nt.tgid = 43;
	nt.clone_flags = 0x3d0f00;
	ev.tid = 43;
	ev.kind_case = RT__EVENT__KIND_NEW_TASK;
	ev.new_task = &nt;
	append(w, &ev, 30);

	char *argv[] = { "/bin/true", "" };
	Rt__Exec xe = RT__EXEC__INIT;
	xe.filename = "/bin/true";
	xe.argv = argv;
	xe.n_argv = 2;
	ev.kind_case = RT__EVENT__KIND_EXEC;
	ev.exec = &xe;
	append(w, &ev, 30);

	unsigned char si[128] = { 17 };
	Rt__Signal sg = RT__SIGNAL__INIT;
	sg.signo = 17;
	sg.code = 1;
	sg.siginfo.data = si;
	sg.siginfo.len = sizeof si;
	ev.kind_case = RT__EVENT__KIND_SIGNAL;
	ev.signal = &sg;
	append(w, &ev, 1ull << 40);

	Rt__Exit et = RT__EXIT__INIT;
	et.signo = 9;
	et.group = 1;
	ev.kind_case = RT__EVENT__KIND_EXIT_TASK;
	ev.exit_task = &et;
	append(w, &ev, (1ull << 40) + 1);
}

static void check_every_kind(const unsigned char *big, size_t bigsize)
{
	trace_reader *r;
	cr_assert_eq(trace_reader_open(path, &r), 0);
	const Rt__Metadata *m = trace_reader_metadata(r);
	cr_assert_str_eq(m->rtrace_version, "9.9");
	cr_assert_eq(m->n_argv, 2);
	cr_assert_str_eq(m->argv[1], "input");
	cr_assert_eq(m->capture_bytes, 4096);

	const Rt__Event *ev;
	uint64_t t;
	cr_assert_eq(trace_reader_next(r, &ev, &t), 1);
	cr_assert_eq(ev->kind_case, RT__EVENT__KIND_ENTRY);
	cr_assert_eq(t, 10);
	cr_assert_eq(ev->tid, 42);
	cr_assert_eq(ev->entry->n_args, 6);
	cr_assert_eq(ev->entry->args[5], (uint64_t)-1);
	cr_assert_eq(ev->entry->n_blobs, 2);
	cr_assert_eq(ev->entry->blobs[0]->data.len, bigsize);
	cr_assert(memcmp(ev->entry->blobs[0]->data.data, big, bigsize) == 0);
	cr_assert_eq(ev->entry->blobs[0]->full_len, bigsize * 2);
	cr_assert_eq(ev->entry->blobs[1]->data.len, 0);
	cr_assert_eq(ev->entry->blobs[1]->arg, 2);

	cr_assert_eq(trace_reader_next(r, &ev, &t), 1);
	cr_assert_eq(ev->kind_case, RT__EVENT__KIND_EXIT);
	cr_assert_eq(ev->exit->ret, -2);
	cr_assert_eq(t, 25);
	cr_assert_eq(trace_reader_next(r, &ev, &t), 1);
	cr_assert_eq(ev->new_task->clone_flags, 0x3d0f00);
	cr_assert_eq(ev->new_task->tgid, 43);
	cr_assert_eq(trace_reader_next(r, &ev, &t), 1);
	cr_assert_str_eq(ev->exec->argv[0], "/bin/true");
	cr_assert_str_eq(ev->exec->argv[1], "");
	cr_assert_eq(trace_reader_next(r, &ev, &t), 1);
	cr_assert_eq(ev->signal->signo, 17);
	cr_assert_eq(ev->signal->siginfo.len, 128);
	cr_assert_eq(t, 1ull << 40);
	cr_assert_eq(trace_reader_next(r, &ev, &t), 1);
	cr_assert_eq(ev->exit_task->signo, 9);
	cr_assert_eq(t, (1ull << 40) + 1);

	cr_assert_eq(trace_reader_next(r, &ev, &t), 0);
	cr_assert_null(trace_reader_error(r));
	const Rt__Trailer *tr = trace_reader_trailer(r);
	cr_assert_not_null(tr);
	cr_assert_eq(tr->events, 6);
	trace_reader_free(r);
}

Test(roundtrip, every_event_kind_with_a_1mib_blob)
{
	size_t n = 1 << 20;
	unsigned char *big = malloc(n);
	for (size_t i = 0; i < n; i++)
		big[i] = (unsigned char)(i * 7 + i / 251);
	trace_writer *w = open_writer(0);
	write_every_kind(w, big, n);
	cr_assert_eq(trace_writer_close(w), 0);
	check_every_kind(big, n);
	free(big);
}

Test(roundtrip, every_event_kind_threaded_writer)
{
	unsigned char small[3] = { 'a', 0, 'b' };
	trace_writer *w = open_writer(1);
	write_every_kind(w, small, sizeof small);
	cr_assert_eq(trace_writer_close(w), 0);
	check_every_kind(small, sizeof small);
}

static void check_many(int threaded)
{
	int n = 200000;
	cr_assert_eq(fixture_write_syscalls(path, n, 4096, threaded), 0);
	trace_reader *r;
	cr_assert_eq(trace_reader_open(path, &r), 0);
	const Rt__Event *ev;
	uint64_t t;
	int i = 0, k;
	while ((k = trace_reader_next(r, &ev, &t)) == 1) {
		cr_assert_eq(ev->tid, 100 + (uint32_t)(i % 7));
		cr_assert_eq(t, (uint64_t)i * 1000);
		if (i % 2 == 0)
			cr_assert_eq(ev->entry->args[1], 0x7ffe0000 + (uint64_t)i);
		else
			cr_assert_eq(ev->exit->ret, i);
		i++;
	}
	cr_assert_eq(k, 0, "%s", trace_reader_error(r));
	cr_assert_eq(i, n);
	cr_assert_gt(trace_reader_frames(r), 100);
	trace_reader_free(r);
}

Test(roundtrip, many_events_across_many_frames)
{
	check_many(0);
}

Test(roundtrip, many_events_threaded_writer)
{
	check_many(1);
}

Test(roundtrip, newer_major_version_is_refused)
{
	cr_assert_eq(fixture_write_syscalls(path, 10, 4096, 0), 0);
	size_t len;
	unsigned char *p = fixture_slurp(path, &len);
	p[8] = TRACE_VERSION_MAJOR + 1;
	fixture_spit(path, p, len);
	free(p);
	trace_reader *r;
	cr_assert_eq(trace_reader_open(path, &r), TRACE_E_VERSION);
}

Test(roundtrip, not_a_trace_is_refused)
{
	fixture_spit(path, (const unsigned char *)"hello world\n", 12);
	trace_reader *r;
	cr_assert_eq(trace_reader_open(path, &r), TRACE_E_BADMAGIC);
}

Test(roundtrip, empty_trace_reads_clean)
{
	cr_assert_eq(fixture_write_syscalls(path, 0, 4096, 0), 0);
	int last;
	cr_assert_eq(fixture_count_events(path, &last), 0);
	cr_assert_eq(last, 0);
}

Test(roundtrip, trace_file_is_private)
{
	cr_assert_eq(unlink(path), 0);
	cr_assert_eq(fixture_write_syscalls(path, 1, 4096, 0), 0);
	struct stat st;
	cr_assert_eq(stat(path, &st), 0);
	cr_assert_eq(st.st_mode & 0777, 0600);
}

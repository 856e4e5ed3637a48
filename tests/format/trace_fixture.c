#include "trace_fixture.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

char *fixture_tmpname(void)
{
	const char *dir = getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp";
	char *p;
	if (asprintf(&p, "%s/rtrace-test-XXXXXX", dir) < 0)
		abort();
	int fd = mkstemp(p);
	if (fd < 0)
		abort();
	close(fd);
	return p;
}

int fixture_write_syscalls(const char *path, int n, size_t batch, int threaded)
{
	Rt__Metadata meta = RT__METADATA__INIT;
	meta.rtrace_version = "test";
	trace_writer_opts o = { .batch_bytes = batch, .threaded = threaded };
	trace_writer *w;
	int r = trace_writer_open(path, &meta, &o, &w);
	if (r < 0)
		return r;
	for (int i = 0; i < n && r >= 0; i++) {
		uint64_t args[6] = { 3, 0x7ffe0000 + (uint64_t)i, 4096, 0, 0, 0 };
		Rt__SyscallEntry en = RT__SYSCALL_ENTRY__INIT;
		Rt__SyscallExit ex = RT__SYSCALL_EXIT__INIT;
		Rt__Event ev = RT__EVENT__INIT;
		ev.tid = 100 + (uint32_t)(i % 7);
		if (i % 2 == 0) {
			en.nr = (uint32_t)(i % 300);
			en.n_args = 6;
			en.args = args;
			ev.kind_case = RT__EVENT__KIND_ENTRY;
			ev.entry = &en;
		} else {
			ex.ret = i;
			ev.kind_case = RT__EVENT__KIND_EXIT;
			ev.exit = &ex;
		}
		r = trace_writer_append(w, &ev, (uint64_t)i * 1000);
		if (r > 0)
			r = trace_writer_pump(w);
	}
	if (r < 0) {
		trace_writer_abandon(w);
		return r;
	}
	return trace_writer_close(w);
}

long fixture_count_events(const char *path, int *last)
{
	trace_reader *r;
	int k = trace_reader_open(path, &r);
	if (k < 0) {
		*last = k;
		return -1;
	}
	long n = 0;
	const Rt__Event *ev;
	while ((k = trace_reader_next(r, &ev, NULL)) == 1)
		n++;
	*last = k;
	trace_reader_free(r);
	return n;
}

unsigned char *fixture_slurp(const char *path, size_t *len)
{
	int fd = open(path, O_RDONLY);
	struct stat st;
	if (fd < 0 || fstat(fd, &st) < 0)
		abort();
	unsigned char *p = malloc((size_t)st.st_size + 1);
	if (read(fd, p, (size_t)st.st_size) != st.st_size)
		abort();
	close(fd);
	*len = (size_t)st.st_size;
	return p;
}

void fixture_spit(const char *path, const unsigned char *p, size_t len)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	if (fd < 0 || write(fd, p, len) != (ssize_t)len)
		abort();
	close(fd);
}

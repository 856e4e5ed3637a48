/*
 * make_seeds — writes the seed corpus of fuzz_reader: small, valid traces made
 * by trace_writer, between them holding every event kind, every metadata
 * field, blobs (empty, truncated, unreadable), several frames per file, a
 * trace without its trailer and one that is cut short. Seeds are generated at
 * build time so they always match the current format.
 *
 *   make_seeds OUTDIR            the traces, NAME.trace (seeds of fuzz_reader)
 *   make_seeds --content OUTDIR  the same traces' frame contents, all frames
 *                                of one trace in one NAME.content file
 *                                (seeds of fuzz_frame), written with every
 *                                blob in its event (no data section)
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zstd.h>

#include "trace_writer.h"

static char *argv_sh[] = { "sh", "-c", "cat /etc/hostname > out" };
static char *env_one[] = { "HOME=/root", "LANG=C" };

static void fill_meta(Rt__Metadata *m, Rt__FdInfo **fds, Rt__ProcessInfo **att)
{
	static Rt__FdInfo fd[3];
	static Rt__ProcessInfo p = RT__PROCESS_INFO__INIT;
	static uint32_t tids[] = { 4242, 4243 };
	const char *targets[] = { "/dev/pts/0", "pipe:[1234]", "/tmp/log" };
	for (int i = 0; i < 3; i++) {
		rt__fd_info__init(&fd[i]);
		fd[i].fd = i;
		fd[i].target = (char *)targets[i];
		fd[i].flags = i == 0 ? 2 : 1;
		fd[i].pos = (uint64_t)i * 100;
		fds[i] = &fd[i];
	}
	p.pid = 4242;
	p.ppid = 1;
	p.cwd = "/srv";
	p.n_argv = 2;
	p.argv = argv_sh;
	p.exe = "/bin/sh";
	p.n_fds = 3;
	p.fds = fds;
	p.n_tids = 2;
	p.tids = tids;
	att[0] = &p;
	m->rtrace_version = "0.1.0";
	m->n_argv = 3;
	m->argv = argv_sh;
	m->cwd = "/work/project";
	m->start_wall_ns = 1700000000000000000ull;
	m->start_mono_ns = 123456789;
	m->kernel_release = "6.1.0";
	m->hostname = "host";
	m->capture_bytes = 4096;
	m->trace_filter = "%file,%process";
	m->n_env = 2;
	m->env = env_one;
	m->env_recorded = 1;
	m->n_fds = 3;
	m->fds = fds;
	m->n_attached = 1;
	m->attached = att;
	m->exe = "/bin/sh";
	m->recorder_pid = 4000;
	m->root_pid = 4242;
	m->seccomp = 1;
}

typedef int seed_fn(trace_writer *w);

static int put(trace_writer *w, Rt__Event *ev, uint64_t t)
{
	int r = trace_writer_append(w, ev, t);
	return r > 0 ? trace_writer_pump(w) : r;
}

/* An openat of PATH returning FD, as entry and exit. */
static int put_syscall(trace_writer *w, uint32_t tid, uint32_t nr, const char *path, long ret,
		       uint64_t t)
{
	uint64_t args[6] = { (uint64_t)-100, 0x7ffd1000, 0x80000, 0, 0, 0 };
	Rt__Blob b = RT__BLOB__INIT;
	Rt__Blob *bl[1] = { &b };
	b.arg = 1;
	b.data.data = (uint8_t *)path;
	b.data.len = path ? strlen(path) + 1 : 0;
	Rt__SyscallEntry en = RT__SYSCALL_ENTRY__INIT;
	en.nr = nr;
	en.n_args = 6;
	en.args = args;
	en.n_blobs = path ? 1 : 0;
	en.blobs = bl;
	Rt__Event ev = RT__EVENT__INIT;
	ev.tid = tid;
	ev.kind_case = RT__EVENT__KIND_ENTRY;
	ev.entry = &en;
	int r = put(w, &ev, t);
	if (r < 0)
		return r;
	Rt__SyscallExit ex = RT__SYSCALL_EXIT__INIT;
	ex.ret = ret;
	ex.is_error = ret < 0;
	ev.kind_case = RT__EVENT__KIND_EXIT;
	ev.exit = &ex;
	return put(w, &ev, t + 700);
}

static int seed_every_kind(trace_writer *w)
{
	Rt__Event ev = RT__EVENT__INIT;
	Rt__NewTask nt = RT__NEW_TASK__INIT;
	nt.parent_tid = 4242;
	nt.tgid = 4243;
	nt.clone_flags = 0x3d0f00;
	nt.ppid = 4242;
	ev.tid = 4243;
	ev.kind_case = RT__EVENT__KIND_NEW_TASK;
	ev.new_task = &nt;
	int r = put(w, &ev, 10);
	Rt__Exec ex = RT__EXEC__INIT;
	ex.former_tid = 4244;
	ex.filename = "/usr/bin/cat";
	ex.n_argv = 2;
	char *av[] = { "cat", "/etc/hostname" };
	ex.argv = av;
	ev.kind_case = RT__EVENT__KIND_EXEC;
	ev.exec = &ex;
	if (r >= 0)
		r = put(w, &ev, 20);
	if (r >= 0)
		r = put_syscall(w, 4243, 257, "/etc/hostname", 3, 30);
	Rt__Signal sg = RT__SIGNAL__INIT;
	unsigned char si[128] = { 17, 0, 0, 0, 0, 0, 0, 0, 1 };
	sg.signo = 17;
	sg.code = 1;
	sg.siginfo.data = si;
	sg.siginfo.len = sizeof si;
	ev.kind_case = RT__EVENT__KIND_SIGNAL;
	ev.signal = &sg;
	if (r >= 0)
		r = put(w, &ev, 2000);
	sg.group_stop = 1;
	sg.signo = 19;
	sg.siginfo.len = 0;
	if (r >= 0)
		r = put(w, &ev, 2100);
	Rt__Exit et = RT__EXIT__INIT;
	et.status = 0;
	et.group = 1;
	ev.kind_case = RT__EVENT__KIND_EXIT_TASK;
	ev.exit_task = &et;
	if (r >= 0)
		r = put(w, &ev, 3000);
	et.signo = 11;
	et.core_dumped = 1;
	ev.tid = 4242;
	if (r >= 0)
		r = put(w, &ev, 3100);
	return r;
}

static int seed_blobs(trace_writer *w)
{
	static unsigned char buf[600];
	for (size_t i = 0; i < sizeof buf; i++)
		buf[i] = (unsigned char)(i * 7);
	Rt__Blob b[4];
	Rt__Blob *bl[4];
	for (int i = 0; i < 4; i++) {
		rt__blob__init(&b[i]);
		bl[i] = &b[i];
	}
	b[0].arg = 1; /* truncated read buffer */
	b[0].data.data = buf;
	b[0].data.len = 512;
	b[0].full_len = 65536;
	b[1].arg = 1; /* an iovec element */
	b[1].index = 1;
	b[1].addr = 0x7ffd2000;
	b[1].data.data = buf + 512;
	b[1].data.len = 88;
	b[2].arg = 2; /* empty */
	b[3].arg = 3; /* unreadable */
	b[3].read_errno = EFAULT;
	b[3].addr = 0x10;
	Rt__SyscallExit ex = RT__SYSCALL_EXIT__INIT;
	ex.ret = 65536;
	ex.n_blobs = 4;
	ex.blobs = bl;
	ex.nr = 19;
	Rt__Event ev = RT__EVENT__INIT;
	ev.tid = 77;
	ev.kind_case = RT__EVENT__KIND_EXIT;
	ev.exit = &ex;
	int r = put_syscall(w, 77, 0, NULL, 3, 5);
	if (r >= 0)
		r = put(w, &ev, 1000);
	Rt__SyscallEntry en = RT__SYSCALL_ENTRY__INIT;
	en.nr = 1;
	en.ip = 0x7f0012345678;
	en.arch = 0x40000003;
	en.n_blobs = 1;
	en.blobs = bl;
	ev.kind_case = RT__EVENT__KIND_ENTRY;
	ev.entry = &en;
	if (r >= 0)
		r = put(w, &ev, 1100);
	return r;
}

/* Enough small syscalls, three threads, for several 256-byte frames. */
static int seed_many_frames(trace_writer *w)
{
	int r = 0;
	for (int i = 0; i < 40 && r >= 0; i++)
		r = put_syscall(w, 500 + (uint32_t)(i % 3), i % 2 ? 3 : 257,
				i % 2 ? NULL : "/usr/lib/x86_64-linux-gnu/libc.so.6",
				i % 5 ? 3 : -2, (uint64_t)i * 1500);
	return r;
}

static int seed_empty(trace_writer *w)
{
	(void)w;
	return 0;
}

struct seed {
	const char *name;
	seed_fn *fill;
	size_t batch;
	int close; /* 0: abandon (no trailer), 1: close */
	long cut;  /* > 0: keep only this many bytes after writing */
};

static const struct seed seeds[] = {
	{ "every-kind", seed_every_kind, 0, 1, 0 },
	{ "blobs", seed_blobs, 0, 1, 0 },
	{ "many-frames", seed_many_frames, 256, 1, 0 },
	{ "no-trailer", seed_many_frames, 256, 0, 0 },
	{ "cut", seed_many_frames, 256, 1, 700 },
	{ "empty", seed_empty, 0, 1, 0 },
};

static int write_seed(const char *path, const struct seed *s, int inline_blobs)
{
	Rt__Metadata meta = RT__METADATA__INIT;
	Rt__FdInfo *fds[3];
	Rt__ProcessInfo *att[1];
	fill_meta(&meta, fds, att);
	trace_writer_opts o = { .batch_bytes = s->batch, .data_min = inline_blobs ? SIZE_MAX : 0 };
	trace_writer *w;
	int r = trace_writer_open(path, &meta, &o, &w);
	if (r == 0) {
		r = s->fill(w);
		if (r >= 0)
			r = trace_writer_flush(w);
		if (r >= 0)
			r = trace_writer_pump(w);
		if (r >= 0 && s->close)
			r = trace_writer_close(w);
		else
			trace_writer_abandon(w);
	}
	if (r >= 0 && s->cut > 0 && truncate(path, s->cut) < 0)
		r = -errno;
	if (r < 0)
		fprintf(stderr, "make_seeds: cannot write '%s': %s\n", path, trace_strerror(r));
	return r < 0 ? r : 0;
}

static unsigned char *slurp(const char *path, size_t *len)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	struct stat st;
	unsigned char *p = NULL;
	if (fd >= 0 && fstat(fd, &st) == 0 && (p = malloc((size_t)st.st_size + 1)) &&
	    read(fd, p, (size_t)st.st_size) == st.st_size) {
		*len = (size_t)st.st_size;
	} else {
		free(p);
		p = NULL;
	}
	if (fd >= 0)
		close(fd);
	return p;
}

/* Replaces the trace at PATH by the decompressed events of its complete
 * frames, one after the other. The trace is our own, so it is trusted, and
 * written without data sections. */
static int trace_to_content(const char *path)
{
	size_t len, off, out_len = 0;
	unsigned char *p = slurp(path, &len), *out = NULL;
	if (!p)
		return -errno;
	off = TRACE_FILE_HEADER_LEN + trace_get_u32(p + 12);
	while (off + TRACE_FRAME_HEADER_LEN <= len) {
		uint32_t clen = trace_get_u32(p + off + 4), ulen = trace_get_u32(p + off + 8);
		if (off + TRACE_FRAME_HEADER_LEN + clen > len || trace_get_u32(p + off + 20))
			break;
		unsigned char *n = realloc(out, out_len + ulen + 1);
		if (!n)
			break;
		out = n;
		size_t got = ZSTD_decompress(out + out_len, ulen, p + off + TRACE_FRAME_HEADER_LEN, clen);
		if (ZSTD_isError(got))
			break;
		out_len += got;
		off += TRACE_FRAME_HEADER_LEN + clen;
	}
	int fd = open(path, O_WRONLY | O_TRUNC | O_CLOEXEC);
	int r = fd >= 0 && write(fd, out ? out : p, out_len) == (ssize_t)out_len ? 0 : -EIO;
	if (fd >= 0)
		close(fd);
	free(p);
	free(out);
	return r;
}

int main(int argc, char **argv)
{
	int content = argc == 3 && strcmp(argv[1], "--content") == 0;
	if (argc != 2 + content) {
		fprintf(stderr, "usage: make_seeds [--content] OUTDIR\n");
		return 2;
	}
	for (size_t i = 0; i < sizeof seeds / sizeof seeds[0]; i++) {
		char *path;
		if (asprintf(&path, "%s/%s.%s", argv[1 + content], seeds[i].name,
			     content ? "content" : "trace") < 0)
			return 1;
		int r = write_seed(path, &seeds[i], content);
		if (r == 0 && content && (r = trace_to_content(path)) < 0)
			fprintf(stderr, "make_seeds: cannot write '%s': %s\n", path, strerror(-r));
		free(path);
		if (r < 0)
			return 1;
	}
	return 0;
}

/* tbuild — see tbuild.h. */
#include "tbuild.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct tb {
	trace_writer *w;
	Rt__Metadata meta;
	Rt__FdInfo fdinfo[16];
	Rt__FdInfo *fds[16];
	Rt__ProcessInfo pinfo[4];
	Rt__ProcessInfo *pinfos[4];
	uint32_t tids[4][8];
	char *path;
	uint64_t t;
	int opened;
};

static char *argv0[] = { "prog" };

struct tb *tb_open(const char *path, uint32_t root_pid)
{
	struct tb *t = calloc(1, sizeof *t);
	rt__metadata__init(&t->meta);
	t->meta.rtrace_version = "test";
	t->meta.cwd = "/home/u";
	t->meta.argv = argv0;
	t->meta.n_argv = 1;
	t->meta.exe = "/usr/bin/prog";
	t->meta.root_pid = root_pid;
	t->meta.recorder_pid = 99;
	t->meta.start_wall_ns = 1577836800ull * 1000000000ull;
	t->meta.fds = t->fds;
	t->path = strdup(path);
	for (int i = 0; i < 3; i++)
		tb_meta_fd(t, i, "/dev/pts/0", 2);
	return t;
}

void tb_meta_fd(struct tb *t, int fd, const char *target, int flags)
{
	Rt__FdInfo *f = &t->fdinfo[t->meta.n_fds];
	rt__fd_info__init(f);
	f->fd = fd;
	f->target = (char *)target;
	f->flags = flags;
	t->fds[t->meta.n_fds++] = f;
}

void tb_meta_host(struct tb *t, const char *hostname, const char *boot_id)
{
	t->meta.hostname = (char *)hostname;
	t->meta.boot_id = (char *)boot_id;
}

void tb_meta_attached(struct tb *t, uint32_t pid, const char *cwd, const uint32_t *tids, size_t ntids)
{
	size_t k = t->meta.n_attached;
	Rt__ProcessInfo *p = &t->pinfo[k];
	rt__process_info__init(p);
	p->pid = pid;
	p->ppid = 1;
	p->cwd = (char *)cwd;
	p->exe = "/usr/bin/attached";
	memcpy(t->tids[k], tids, ntids * sizeof *tids);
	p->tids = t->tids[k];
	p->n_tids = ntids;
	p->fds = t->fds;
	p->n_fds = t->meta.n_fds;
	t->pinfos[k] = p;
	t->meta.attached = t->pinfos;
	t->meta.n_attached = k + 1;
}

static void ensure_open(struct tb *t)
{
	if (t->opened)
		return;
	t->opened = 1;
	if (trace_writer_open(t->path, &t->meta, NULL, &t->w) < 0) {
		fprintf(stderr, "tbuild: cannot create %s\n", t->path);
		abort();
	}
}

static void append(struct tb *t, Rt__Event *ev)
{
	ensure_open(t);
	t->t += 1000;
	if (trace_writer_append(t->w, ev, t->t) < 0)
		abort();
	trace_writer_pump(t->w);
}

static Rt__Blob **blobs_of(const struct tb_blob *b, size_t n, Rt__Blob *store)
{
	Rt__Blob **v = calloc(n ? n : 1, sizeof *v);
	for (size_t i = 0; i < n; i++) {
		rt__blob__init(&store[i]);
		store[i].arg = b[i].arg;
		store[i].index = b[i].index;
		store[i].data.data = (uint8_t *)b[i].data;
		store[i].data.len = b[i].len;
		store[i].full_len = b[i].full_len;
		store[i].read_errno = b[i].read_errno;
		v[i] = &store[i];
	}
	return v;
}

void tb_entry(struct tb *t, uint32_t tid, unsigned nr, const uint64_t args[6],
	      const struct tb_blob *blobs, size_t nblobs)
{
	static const uint64_t zero[6];
	Rt__Event ev = RT__EVENT__INIT;
	Rt__SyscallEntry e = RT__SYSCALL_ENTRY__INIT;
	Rt__Blob store[16];
	e.nr = nr;
	e.args = (uint64_t *)(args ? args : zero);
	e.n_args = 6;
	e.blobs = blobs_of(blobs, nblobs, store);
	e.n_blobs = nblobs;
	ev.tid = tid;
	ev.kind_case = RT__EVENT__KIND_ENTRY;
	ev.entry = &e;
	append(t, &ev);
	free(e.blobs);
}

void tb_exit(struct tb *t, uint32_t tid, int64_t ret, const struct tb_blob *blobs, size_t nblobs)
{
	tb_exit_flagged(t, tid, ret, ret < 0 && ret >= -4095, blobs, nblobs);
}

void tb_exit_flagged(struct tb *t, uint32_t tid, int64_t ret, int is_error,
		     const struct tb_blob *blobs, size_t nblobs)
{
	Rt__Event ev = RT__EVENT__INIT;
	Rt__SyscallExit x = RT__SYSCALL_EXIT__INIT;
	Rt__Blob store[16];
	x.ret = ret;
	x.is_error = is_error;
	x.blobs = blobs_of(blobs, nblobs, store);
	x.n_blobs = nblobs;
	ev.tid = tid;
	ev.kind_case = RT__EVENT__KIND_EXIT;
	ev.exit = &x;
	append(t, &ev);
	free(x.blobs);
}

void tb_call(struct tb *t, uint32_t tid, unsigned nr, const uint64_t args[6],
	     const struct tb_blob *in, size_t nin, int64_t ret,
	     const struct tb_blob *out, size_t nout)
{
	tb_entry(t, tid, nr, args, in, nin);
	tb_exit(t, tid, ret, out, nout);
}

void tb_new_task(struct tb *t, uint32_t tid, uint32_t parent, uint32_t tgid, uint64_t flags)
{
	Rt__Event ev = RT__EVENT__INIT;
	Rt__NewTask n = RT__NEW_TASK__INIT;
	n.parent_tid = parent;
	n.tgid = tgid;
	n.clone_flags = flags;
	ev.tid = tid;
	ev.kind_case = RT__EVENT__KIND_NEW_TASK;
	ev.new_task = &n;
	append(t, &ev);
}

void tb_exec(struct tb *t, uint32_t tid, uint32_t former, const char *file, const char *const *argv)
{
	Rt__Event ev = RT__EVENT__INIT;
	Rt__Exec x = RT__EXEC__INIT;
	size_t n = 0;
	while (argv && argv[n])
		n++;
	x.former_tid = former;
	x.filename = (char *)file;
	x.argv = (char **)argv;
	x.n_argv = n;
	ev.tid = tid;
	ev.kind_case = RT__EVENT__KIND_EXEC;
	ev.exec = &x;
	append(t, &ev);
}

void tb_signal(struct tb *t, uint32_t tid, const void *siginfo, size_t len, int group_stop)
{
	Rt__Event ev = RT__EVENT__INIT;
	Rt__Signal s = RT__SIGNAL__INIT;
	int signo = 0;
	memcpy(&signo, siginfo, sizeof signo);
	s.signo = signo;
	s.siginfo.data = (uint8_t *)siginfo;
	s.siginfo.len = len;
	s.group_stop = group_stop;
	ev.tid = tid;
	ev.kind_case = RT__EVENT__KIND_SIGNAL;
	ev.signal = &s;
	append(t, &ev);
}

void tb_exit_task(struct tb *t, uint32_t tid, int status, int signo, int core)
{
	Rt__Event ev = RT__EVENT__INIT;
	Rt__Exit x = RT__EXIT__INIT;
	x.status = status;
	x.signo = signo;
	x.core_dumped = core;
	ev.tid = tid;
	ev.kind_case = RT__EVENT__KIND_EXIT_TASK;
	ev.exit_task = &x;
	append(t, &ev);
}

int tb_close(struct tb *t)
{
	ensure_open(t);
	int rc = trace_writer_close(t->w);
	free(t->path);
	free(t);
	return rc;
}

void tb_abandon(struct tb *t)
{
	ensure_open(t);
	trace_writer_flush(t->w);
	trace_writer_pump(t->w);
	trace_writer_abandon(t->w);
	free(t->path);
	free(t);
}

char *tb_tmpname(const char *suffix)
{
	const char *dir = getenv("TMPDIR");
	char *p = NULL;
	static unsigned k;
	if (asprintf(&p, "%s/rtrace-show-test-%d-%u%s", dir && *dir ? dir : "/tmp", (int)getpid(), k++,
		     suffix) < 0)
		abort();
	return p;
}

static char *scratch;

static void remove_scratch(void)
{
	unlink(scratch);
}

const char *tb_scratch(int *devnull)
{
	static int fd = -1;
	if (!scratch) {
		scratch = tb_tmpname(".trace");
		fd = open("/dev/null", O_WRONLY | O_CLOEXEC);
		atexit(remove_scratch);
	}
	*devnull = fd;
	return scratch;
}

char *tb_slurp(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	size_t cap = 4096, len = 0;
	char *p = malloc(cap);
	size_t n;
	while ((n = fread(p + len, 1, cap - len - 1, f)) > 0) {
		len += n;
		if (cap - len < 2)
			p = realloc(p, cap *= 2);
	}
	fclose(f);
	p[len] = '\0';
	return p;
}

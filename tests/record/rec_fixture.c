/* rec_fixture — see rec_fixture.h. */
#include "rec_fixture.h"

#include <criterion/criterion.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "syscall_table.h"
#include "trace_reader.h"

static void append(char **buf, size_t *len, size_t *cap, const char *p, size_t n)
{
	if (*len + n + 1 > *cap) {
		*cap = (*len + n + 1) * 2;
		*buf = realloc(*buf, *cap);
		cr_assert(*buf);
	}
	memcpy(*buf + *len, p, n);
	*len += n;
	(*buf)[*len] = 0;
}

static void run(char *const argv[], int own_group, struct run_result *ret)
{
	int o[2], e[2];
	cr_assert(pipe2(o, O_CLOEXEC) == 0 && pipe2(e, O_CLOEXEC) == 0);
	pid_t pid = fork();
	cr_assert(pid >= 0);
	if (pid == 0) {
		if (own_group)
			setpgid(0, 0);
		int null = open("/dev/null", O_RDONLY);
		dup2(null, 0);
		dup2(o[1], 1);
		dup2(e[1], 2);
		if (null > 2)
			close(null);
		execv(argv[0], argv);
		_exit(125);
	}
	close(o[1]);
	close(e[1]);
	memset(ret, 0, sizeof *ret);
	size_t ocap = 0, ecap = 0;
	append(&ret->out, &ret->out_len, &ocap, "", 0);
	append(&ret->err, &ret->err_len, &ecap, "", 0);
	struct pollfd p[2] = { { o[0], POLLIN, 0 }, { e[0], POLLIN, 0 } };
	int open_fds = 2;
	while (open_fds > 0) {
		if (poll(p, 2, -1) < 0 && errno == EINTR)
			continue;
		for (int i = 0; i < 2; i++) {
			if (p[i].fd < 0 || !p[i].revents)
				continue;
			char buf[65536];
			ssize_t n = read(p[i].fd, buf, sizeof buf);
			if (n <= 0) {
				close(p[i].fd);
				p[i].fd = -1;
				open_fds--;
				continue;
			}
			if (i == 0)
				append(&ret->out, &ret->out_len, &ocap, buf, (size_t)n);
			else
				append(&ret->err, &ret->err_len, &ecap, buf, (size_t)n);
		}
	}
	cr_assert(waitpid(pid, &ret->status, 0) == pid);
}

void fx_run(char *const argv[], struct run_result *ret)
{
	run(argv, 0, ret);
}

void fx_run_free(struct run_result *r)
{
	free(r->out);
	free(r->err);
}

const char *fx_prog(const char *name)
{
	static char bufs[8][4096];
	static unsigned k;
	char *buf = bufs[k++ % 8];
	const char *dir = getenv("PROGS");
	cr_assert(dir, "PROGS is not set");
	snprintf(buf, 4096, "%s/%s", dir, name);
	return buf;
}

const char *fx_rtrace(void)
{
	const char *p = getenv("RTRACE");
	cr_assert(p, "RTRACE is not set");
	return p;
}

const char *fx_trace_path(void)
{
	static char buf[256];
	static int k;
	const char *dir = getenv("TMPDIR");
	snprintf(buf, sizeof buf, "%s/rtrace-test-%d-%d.trace", dir ? dir : "/tmp", (int)getpid(),
		 k++);
	return buf;
}

static void record(const char *trace, const char *const extra[], const char *const argv[],
		   int own_group, struct run_result *ret)
{
	const char *v[256];
	size_t n = 0;
	v[n++] = fx_rtrace();
	v[n++] = "record";
	v[n++] = "-o";
	v[n++] = trace;
	for (size_t i = 0; extra && extra[i]; i++)
		v[n++] = extra[i];
	v[n++] = "--";
	for (size_t i = 0; argv[i]; i++)
		v[n++] = argv[i];
	v[n] = NULL;
	run((char *const *)v, own_group, ret);
}

void fx_record(const char *trace, const char *const extra[], const char *const argv[],
	       struct run_result *ret)
{
	record(trace, extra, argv, 0, ret);
}

void fx_record_own_group(const char *trace, const char *const argv[], struct run_result *ret)
{
	record(trace, NULL, argv, 1, ret);
}

int fx_load(const char *path, struct trace *ret)
{
	trace_reader *r;
	int e = trace_reader_open(path, &r);
	if (e < 0)
		return e;
	memset(ret, 0, sizeof *ret);
	const Rt__Metadata *m = trace_reader_metadata(r);
	size_t mlen = rt__metadata__get_packed_size(m);
	uint8_t *mb = malloc(mlen ? mlen : 1);
	rt__metadata__pack(m, mb);
	ret->meta = rt__metadata__unpack(NULL, mlen, mb);
	free(mb);
	size_t cap = 0;
	const Rt__Event *ev;
	uint64_t t;
	while ((e = trace_reader_next(r, &ev, &t)) == 1) {
		if (ret->n == cap) {
			cap = cap ? 2 * cap : 1024;
			ret->ev = realloc(ret->ev, cap * sizeof *ret->ev);
			ret->t_ns = realloc(ret->t_ns, cap * sizeof *ret->t_ns);
		}
		size_t len = rt__event__get_packed_size(ev);
		uint8_t *b = malloc(len ? len : 1);
		rt__event__pack(ev, b);
		ret->ev[ret->n] = rt__event__unpack(NULL, len, b);
		ret->t_ns[ret->n++] = t;
		free(b);
	}
	ret->end = e;
	trace_reader_free(r);
	return 0;
}

void fx_trace_free(struct trace *t)
{
	for (size_t i = 0; i < t->n; i++)
		rt__event__free_unpacked(t->ev[i], NULL);
	free(t->ev);
	free(t->t_ns);
	if (t->meta)
		rt__metadata__free_unpacked(t->meta, NULL);
	memset(t, 0, sizeof *t);
}

unsigned fx_nr(const char *name)
{
	int nr = syscall_table_lookup(name);
	cr_assert(nr >= 0, "unknown syscall %s", name);
	return (unsigned)nr;
}

const Rt__Event *fx_entry(const struct trace *t, const char *name, size_t k)
{
	unsigned nr = fx_nr(name);
	for (size_t i = 0; i < t->n; i++)
		if (t->ev[i]->kind_case == RT__EVENT__KIND_ENTRY && t->ev[i]->entry->nr == nr &&
		    k-- == 0)
			return t->ev[i];
	return NULL;
}

const Rt__Event *fx_exit_of(const struct trace *t, const Rt__Event *e)
{
	size_t i = 0;
	while (i < t->n && t->ev[i] != e)
		i++;
	for (i++; i < t->n; i++) {
		if (t->ev[i]->tid != e->tid)
			continue;
		if (t->ev[i]->kind_case == RT__EVENT__KIND_EXIT)
			return t->ev[i];
		if (t->ev[i]->kind_case == RT__EVENT__KIND_ENTRY)
			return NULL;
	}
	return NULL;
}

const Rt__Blob *fx_blob(Rt__Blob *const *blobs, size_t n, unsigned arg, unsigned index)
{
	for (size_t i = 0; i < n; i++)
		if (blobs[i]->arg == arg && blobs[i]->index == index)
			return blobs[i];
	return NULL;
}

size_t fx_count(const struct trace *t, Rt__Event__KindCase kind, int nr)
{
	size_t c = 0;
	for (size_t i = 0; i < t->n; i++) {
		if (t->ev[i]->kind_case != kind)
			continue;
		if (nr >= 0 && (kind != RT__EVENT__KIND_ENTRY || t->ev[i]->entry->nr != (unsigned)nr))
			continue;
		c++;
	}
	return c;
}

const Rt__Event *fx_entry_with_str(const struct trace *t, const char *name, unsigned arg,
				   const char *s)
{
	unsigned nr = fx_nr(name);
	size_t len = strlen(s);
	for (size_t i = 0; i < t->n; i++) {
		const Rt__Event *e = t->ev[i];
		if (e->kind_case != RT__EVENT__KIND_ENTRY || e->entry->nr != nr)
			continue;
		const Rt__Blob *b = fx_blob(e->entry->blobs, e->entry->n_blobs, arg, 0);
		if (b && b->data.len == len && !memcmp(b->data.data, s, len))
			return e;
	}
	return NULL;
}

pid_t fx_spawn(char *const argv[], const char *out_path)
{
	pid_t pid = fork();
	cr_assert(pid >= 0);
	if (pid == 0) {
		int null = open("/dev/null", O_RDWR);
		int out = out_path ? open(out_path, O_WRONLY | O_CREAT | O_TRUNC, 0644) : null;
		dup2(null, 0);
		dup2(out, 1);
		dup2(null, 2);
		execv(argv[0], argv);
		_exit(125);
	}
	return pid;
}

void fx_sleep_ms(long ms)
{
	struct timespec d = { ms / 1000, (ms % 1000) * 1000000L };
	while (nanosleep(&d, &d) < 0 && errno == EINTR)
		;
}

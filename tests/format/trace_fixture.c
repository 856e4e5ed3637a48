#include "trace_fixture.h"

#include <criterion/criterion.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
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

/* Appends EV at T; a batch it sealed is written now unless the writer has a
 * thread of its own (then pump returns at once). */
static int append_pumped(trace_writer *w, Rt__Event *ev, uint64_t t)
{
	int r = trace_writer_append(w, ev, t);
	return r > 0 ? trace_writer_pump(w) : r;
}

/* Closes W after the appends, or abandons it after the error R. */
static int finish(trace_writer *w, int r)
{
	if (r < 0) {
		trace_writer_abandon(w);
		return r;
	}
	return trace_writer_close(w);
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
		r = append_pumped(w, &ev, (uint64_t)i * 1000);
	}
	return finish(w, r);
}

/* Text that compresses, from a fixed pattern: byte I of it. */
static unsigned char text_byte(size_t i)
{
	static const char words[] = "read(3, buf, 4096) = 4096\nthe quick brown fox ";
	return (unsigned char)words[(i * 7 + i / 91) % (sizeof words - 1)];
}

static unsigned char text[4096];

void fixture_blob_event(int i, struct fixture_event *e)
{
	static const char *paths[] = { "/etc/passwd", "/usr/lib/x86_64-linux-gnu/libc.so.6", "." };
	if (!text[0])
		for (size_t k = 0; k < sizeof text; k++)
			text[k] = text_byte(k);
	memset(e, 0, sizeof *e);
	rt__event__init(&e->ev);
	e->ev.tid = 200 + (uint32_t)(i % 5);
	size_t nb = 1 + (size_t)(i % 3);
	for (size_t k = 0; k < nb; k++) {
		Rt__Blob *b = &e->blob[k];
		rt__blob__init(b);
		b->arg = (uint32_t)k + 1;
		if ((i + (int)k) % 2) {
			const char *p = paths[(i + (int)k) % 3];
			b->data.data = (uint8_t *)p;
			b->data.len = strlen(p);
		} else {
			b->data.data = text + (size_t)(i * 31 % 1000);
			b->data.len = 500 + (size_t)(i * 97 % 2000);
			b->addr = 0x7ffd0000 + (uint64_t)i;
		}
		e->blobs[k] = b;
	}
	if (i % 2 == 0) {
		rt__syscall_entry__init(&e->en);
		e->en.nr = (uint32_t)(i % 7);
		e->en.n_args = 3;
		for (int k = 0; k < 3; k++)
			e->args[k] = (uint64_t)(i + k);
		e->en.args = e->args;
		e->en.n_blobs = nb;
		e->en.blobs = e->blobs;
		e->ev.kind_case = RT__EVENT__KIND_ENTRY;
		e->ev.entry = &e->en;
	} else {
		rt__syscall_exit__init(&e->ex);
		e->ex.ret = i;
		e->ex.n_blobs = nb;
		e->ex.blobs = e->blobs;
		e->ev.kind_case = RT__EVENT__KIND_EXIT;
		e->ev.exit = &e->ex;
	}
}

uint64_t fixture_blob_time(int i)
{
	return (uint64_t)i * 1500;
}

int fixture_write_blobs(const char *path, int n, size_t batch, const trace_writer_opts *opts)
{
	Rt__Metadata meta = RT__METADATA__INIT;
	meta.rtrace_version = "test";
	trace_writer_opts o = { 0 };
	if (opts)
		o = *opts;
	o.batch_bytes = batch;
	trace_writer *w;
	int r = trace_writer_open(path, &meta, &o, &w);
	if (r < 0)
		return r;
	for (int i = 0; i < n && r >= 0; i++) {
		struct fixture_event e;
		fixture_blob_event(i, &e);
		r = append_pumped(w, &e.ev, fixture_blob_time(i));
	}
	return finish(w, r);
}

int fixture_is_blob_event(const Rt__Event *ev, int i)
{
	struct fixture_event e;
	fixture_blob_event(i, &e);
	e.ev.dt_ns = ev->dt_ns;
	size_t n = rt__event__get_packed_size(ev);
	if (n != rt__event__get_packed_size(&e.ev))
		return 0;
	unsigned char *a = malloc(n + 1), *b = malloc(n + 1);
	rt__event__pack(ev, a);
	rt__event__pack(&e.ev, b);
	int same = memcmp(a, b, n) == 0;
	free(a);
	free(b);
	return same;
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

int fixture_frame_ends(const unsigned char *p, size_t len, size_t *ends, int max)
{
	size_t off = TRACE_FILE_HEADER_LEN + trace_get_u32(p + 12);
	int n = 0;
	while (off + TRACE_FRAME_HEADER_LEN <= len && n < max) {
		off += TRACE_FRAME_HEADER_LEN + trace_get_u32(p + off + 4);
		ends[n++] = off;
	}
	return n;
}

void fixture_assert_cuts(const char *path)
{
	char *cut = fixture_tmpname();
	size_t len;
	unsigned char *p = fixture_slurp(path, &len);
	size_t *ends = calloc(len, sizeof *ends);
	long *before = calloc(len + 1, sizeof *before);
	cr_assert(ends && before);
	int nf = fixture_frame_ends(p, len, ends, (int)len);
	cr_assert_gt(nf, 3);
	/* events in each frame, from a clean read */
	for (int f = 0; f < nf; f++) {
		fixture_spit(cut, p, ends[f]);
		int last;
		before[f + 1] = fixture_count_events(cut, &last);
	}
	size_t hdr = TRACE_FILE_HEADER_LEN + trace_get_u32(p + 12);
	for (size_t n = 0; n < len; n++) {
		fixture_spit(cut, p, n);
		int last;
		long got = fixture_count_events(cut, &last);
		if (n < hdr) {
			cr_assert_lt(got, 0, "cut at %zu inside the header must fail to open", n);
			continue;
		}
		int complete = 0;
		while (complete < nf && ends[complete] <= n)
			complete++;
		cr_assert_eq(got, before[complete], "cut at %zu: %ld events, expected %ld", n, got,
			     before[complete]);
		cr_assert_eq(last, TRACE_E_TRUNCATED, "cut at %zu: last=%d", n, last);
	}
	unlink(cut);
	free(cut);
	free(before);
	free(ends);
	free(p);
}

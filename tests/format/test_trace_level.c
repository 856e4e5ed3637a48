/* trace_writer_opts.fast_level: frames fall to the fast level while
 * compressing takes over 1/25 of the time since the writer opened, and stay
 * at the normal level while it does not. Seen from outside by the file size
 * (level 9 packs this text tighter than level 1). */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "trace_fixture.h"

static char *path;
static unsigned char text[48 << 10];

static void setup(void)
{
	path = fixture_tmpname();
	/* words of a small vocabulary in a pseudo-random order: text that
	 * level 9 compresses visibly better than level 1 */
	static const char *words[] = { "open ", "read ", "write ", "close ", "stat ", "(3, ",
				       "\"/usr/lib/", "= 0\n", "= -1 ENOENT\n", "0x7ffd", "mmap " };
	uint64_t x = 88172645463325252ull;
	size_t i = 0;
	while (i < sizeof text) {
		x ^= x << 13, x ^= x >> 7, x ^= x << 17;
		const char *w = words[x % (sizeof words / sizeof words[0])];
		for (; *w && i < sizeof text; w++)
			text[i++] = (unsigned char)*w;
		if (i < sizeof text)
			text[i++] = (unsigned char)('a' + (x >> 20) % 26);
	}
}

static void teardown(void)
{
	unlink(path);
	free(path);
}

TestSuite(level, .init = setup, .fini = teardown);

/* Writes FRAMES frames each holding the whole text, sleeping PAUSE_MS before
 * each one; returns the file size. */
static size_t write_frames(int fast_level, int frames, int pause_ms)
{
	Rt__Metadata meta = RT__METADATA__INIT;
	meta.rtrace_version = "test";
	trace_writer_opts o = { .level = 9, .fast_level = fast_level };
	trace_writer *w;
	cr_assert_eq(trace_writer_open(path, &meta, &o, &w), 0);
	for (int f = 0; f < frames; f++) {
		if (pause_ms)
			nanosleep(&(struct timespec){ 0, pause_ms * 1000000L }, NULL);
		Rt__Blob b = RT__BLOB__INIT;
		b.arg = 1;
		b.data.data = text;
		b.data.len = sizeof text;
		Rt__Blob *blobs[] = { &b };
		Rt__SyscallExit ex = RT__SYSCALL_EXIT__INIT;
		ex.ret = (int64_t)sizeof text;
		ex.n_blobs = 1;
		ex.blobs = blobs;
		Rt__Event ev = RT__EVENT__INIT;
		ev.tid = 5;
		ev.kind_case = RT__EVENT__KIND_EXIT;
		ev.exit = &ex;
		cr_assert_geq(trace_writer_append(w, &ev, (uint64_t)f * 1000), 0);
		cr_assert_eq(trace_writer_flush(w), 0);
		cr_assert_eq(trace_writer_pump(w), 0);
	}
	cr_assert_eq(trace_writer_close(w), 0);
	size_t len;
	free(fixture_slurp(path, &len));
	trace_reader *r;
	cr_assert_eq(trace_reader_open(path, &r), 0);
	const Rt__Event *ev;
	int n = 0, k;
	while ((k = trace_reader_next(r, &ev, NULL)) == 1) {
		cr_assert_eq(ev->exit->blobs[0]->data.len, sizeof text);
		cr_assert_eq(memcmp(ev->exit->blobs[0]->data.data, text, sizeof text), 0);
		n++;
	}
	cr_assert_eq(k, 0);
	cr_assert_eq(n, frames);
	trace_reader_free(r);
	return len;
}

Test(level, busy_writer_falls_to_the_fast_level)
{
	/* back to back: compressing is nearly all the time that passes */
	size_t slow = write_frames(0, 6, 0);
	size_t fast = write_frames(1, 6, 0);
	cr_assert_gt(fast, slow, "fast %zu, level 9 only %zu", fast, slow);
}

Test(level, idle_writer_keeps_its_level)
{
	/* 150 ms between frames of a few ms of zstd: well under 1/25 */
	size_t slow = write_frames(0, 3, 150);
	size_t fast = write_frames(1, 3, 150);
	cr_assert_eq(fast, slow);
}

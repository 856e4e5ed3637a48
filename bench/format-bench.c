/*
 * format-bench — speed and size of the trace format on a synthetic stream
 * shaped like a real trace.
 *
 *   format-bench [-n EVENTS] [-r RUNS] [-b BATCH_BYTES] [-l ZSTD_LEVEL] [-d DATA_LEVEL]
 *                [-m DATA_MIN] [-u TIME_UNIT_NS] [-M | -S] [-w FILE] [-t TRACE]...
 *
 * -b, -l, -d, -m and -u default to the writer's defaults (256 KiB, level 1,
 * data sections at the events' level, blobs of 512 bytes and more in them)
 * but for the time unit, which defaults to the recorder's (1000 ns: times
 * are stored in microseconds); `-b 1048576 -l 3` measures the recorder's
 * frames (record/recorder.c open_writer), `-b 1048576 -l 1` its fast level,
 * which it drops to while compressing takes over 1/25 of the elapsed time.
 * -M runs only the mixed stream, -S only the small-syscall stream (for
 * profiling); -w keeps the last trace written in FILE. -t replaces both
 * streams by the events of a real trace (rtrace record's output), written
 * again whole, from its metadata to its trailer, as often as -n events take:
 * what the synthetic streams are checked against.
 *
 * The stream: four threads making syscalls, each call an entry event and,
 * later, an exit event, interleaved across threads the way a tracer sees
 * them. The mix is in the table `calls` below: mostly small calls (close,
 * futex, mmap, fstat, openat of a few dozen paths, 1-32 byte reads and
 * writes, clock_gettime ...) with realistic arguments — small fds, buffer
 * addresses near each other, and as the recorder stores them (record/loop.c)
 * only the argument registers the call takes (format/syscall_table.h's
 * nargs), paths without their NUL — and 4 KiB reads and writes whose data
 * blobs make up about 5% of the events. Times advance by
 * a few microseconds with nanosecond noise.
 *
 * Encode = building each event, trace_writer_append and compressing and
 * writing the frames (no writer thread: everything on one core, into a
 * memfd). Decode = trace_reader over that file, touching each event's
 * fields. Rates are per CPU second of this thread (the machine is shared),
 * best of RUNS; wall-clock rates are printed beside them. A second stream,
 * the same mix without the 4 KiB calls, gives bytes per small syscall event.
 *
 * Against real traces (-t; rtrace record of python3 -c 'import json', cc -c,
 * a shell loop, tar) the mixed stream is the harder case: 224 bytes an event
 * before zstd against 68-168 (168: bench/run's python imports; tar: 690),
 * and its data, pseudo-text of a small vocabulary, compresses 3.8x at
 * 320-350 MB/s at level 3 on the 2-core test machine. Encode is mostly zstd's time, and nearly all of that is the data
 * sections (197 of the 224 bytes an event; the events compress 3.9x at ~300
 * MB/s): measured on those bytes alone, 1 MiB at a time, level 1 gives
 * 340-370 MB/s (3.4x), -3 385 (3.0x), -20 516 (2.0x), and at level 3
 * windowLog/hashLog/chainLog cut to fit the L2 cache, minMatch 6-7 or
 * uncompressed literals move speed by 5% at most. At 197 bytes an event
 * that is 530-600 ns for the data alone at levels 1-3, under 1.9 M events/s
 * with nothing else done; encode measured 1.15 M events/s at level 3, 1.33
 * with -d 1, 1.31 with -d -3 (72 bytes an event), and 2 M only with the data
 * all but stored (-d -100: 162 bytes an event). Bytes zstd cannot shrink
 * cost it little (random 1 MiB blocks: 4.5 GB/s at level 3).
 *
 * Targets (issue 2, one core): >= 2 million events/s each way, < 16 bytes
 * per small syscall event.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/sendfile.h>
#include <time.h>
#include <unistd.h>
#include <zstd.h>

#include "syscall_table.h"
#include "trace_reader.h"
#include "trace_writer.h"

#define NTHREADS 4
#define TEXT_POOL (16u << 20)

/* xorshift64*: fast, deterministic, good enough for a workload. */
static uint64_t rnd_state = 0x9e3779b97f4a7c15ull;
static inline uint64_t rnd(void)
{
	rnd_state ^= rnd_state >> 12;
	rnd_state ^= rnd_state << 25;
	rnd_state ^= rnd_state >> 27;
	return rnd_state * 2685821657736338717ull;
}
static inline uint64_t rnd_below(uint64_t n)
{
	return (rnd() >> 32) * n >> 32;
}

struct thread {
	uint32_t tid;
	uint64_t regs[6];   /* argument registers as the thread left them */
	uint64_t stack;     /* buffers live on the stack, near each other */
	const struct call *pending; /* entry seen, exit not yet */
	int64_t ret;
	int blob_at_exit;
	size_t blob_len;
	const unsigned char *blob;
};

/* One event under construction; everything it points to lives here. */
struct ev_buf {
	Rt__Event ev;
	Rt__SyscallEntry en;
	Rt__SyscallExit ex;
	Rt__Blob blob;
	Rt__Blob *blobs[1];
	uint64_t args[6];
};

struct gen {
	struct thread th[NTHREADS];
	uint64_t t_ns;
	int big; /* include the 4 KiB calls */
	unsigned char *text;
	unsigned char stat_buf[144];
	unsigned char ts_buf[16];
	int next_fd;
};

static const char *paths[] = {
	"/etc/ld.so.cache", "/lib/x86_64-linux-gnu/libc.so.6", "/usr/lib/locale/locale-archive",
	"/etc/passwd", "/etc/nsswitch.conf", "/proc/self/maps", "/dev/null", "/tmp/out.txt",
	"/usr/share/zoneinfo/UTC", "/lib/x86_64-linux-gnu/libpthread.so.0", "src/main.c",
	"src/util.h", "include/stdio.h", "/usr/include/stdlib.h", "/usr/include/string.h",
	"/usr/lib/python3.11/os.py", "/usr/lib/python3.11/__pycache__/os.cpython-311.pyc",
	"/usr/lib/python3.11/encodings/__init__.py", "build/obj/a.o", ".git/HEAD",
	"/etc/localtime", "/sys/devices/system/cpu/online", "Makefile", "README.md",
};
#define NPATHS (sizeof paths / sizeof paths[0])

/* What a call does to the event pair: which args it sets, its return, its memory. */
typedef void call_fn(struct gen *g, struct thread *t);

struct call {
	uint32_t nr;
	unsigned weight;
	int big;       /* a 4 KiB data call (left out of the small-only stream) */
	call_fn *fill; /* sets t->regs, t->ret and the blob */
};

static int small_fd(struct gen *g)
{
	return 3 + (int)rnd_below((uint64_t)(g->next_fd - 2));
}

static uint64_t buf_addr(struct thread *t)
{
	return t->stack - 0x1000 * rnd_below(4) - 16 * rnd_below(8);
}

static void set_blob(struct thread *t, const unsigned char *p, size_t n, int at_exit)
{
	t->blob = p;
	t->blob_len = n;
	t->blob_at_exit = at_exit;
}

static void fill_read(struct gen *g, struct thread *t, size_t want, size_t got)
{
	t->regs[0] = (uint64_t)small_fd(g);
	t->regs[1] = buf_addr(t);
	t->regs[2] = want;
	t->ret = (int64_t)got;
	set_blob(t, g->text + rnd_below(TEXT_POOL - got), got, 1);
}

static void fill_write(struct gen *g, struct thread *t, size_t n)
{
	t->regs[0] = rnd_below(4) ? 1 : (uint64_t)small_fd(g);
	t->regs[1] = buf_addr(t);
	t->regs[2] = n;
	t->ret = (int64_t)n;
	set_blob(t, g->text + rnd_below(TEXT_POOL - n), n, 0);
}

static void c_read_small(struct gen *g, struct thread *t)
{
	fill_read(g, t, rnd_below(2) ? 1 : 8, 1 + rnd_below(8));
}

static void c_read_again(struct gen *g, struct thread *t)
{
	fill_read(g, t, 4096, 0);
	t->ret = rnd_below(2) ? 0 : -EAGAIN;
	t->blob = NULL;
}

static void c_write_small(struct gen *g, struct thread *t)
{
	fill_write(g, t, 1 + rnd_below(32));
}

static void c_read_4k(struct gen *g, struct thread *t)
{
	fill_read(g, t, 4096, 4096);
}

static void c_write_4k(struct gen *g, struct thread *t)
{
	fill_write(g, t, 4096);
}

static void c_openat(struct gen *g, struct thread *t)
{
	const char *p = paths[rnd_below(NPATHS)];
	t->regs[0] = (uint64_t)-100; /* AT_FDCWD */
	t->regs[1] = 0x55d0c0a01000 + 0x40 * rnd_below(64);
	t->regs[2] = rnd_below(3) ? 0x80000 : 0x80241;
	t->regs[3] = rnd_below(3) ? 0 : 0666;
	int ok = rnd_below(4) != 0;
	t->ret = ok ? g->next_fd : -ENOENT;
	if (ok && g->next_fd < 40)
		g->next_fd++;
	set_blob(t, (const unsigned char *)p, strlen(p), 0);
}

static void c_close(struct gen *g, struct thread *t)
{
	t->regs[0] = (uint64_t)small_fd(g);
	t->ret = 0;
	if (g->next_fd > 5 && rnd_below(2))
		g->next_fd--;
}

static void c_fstat(struct gen *g, struct thread *t)
{
	t->regs[0] = (uint64_t)small_fd(g);
	t->regs[1] = t->stack - 0x200;
	t->ret = 0;
	/* st_size and the times differ from file to file */
	uint64_t size = rnd_below(1 << 20), ts = 1700000000 + rnd_below(1 << 20);
	memcpy(g->stat_buf + 48, &size, 8);
	for (int i = 0; i < 3; i++)
		memcpy(g->stat_buf + 72 + 16 * i, &ts, 8);
	set_blob(t, g->stat_buf, sizeof g->stat_buf, 1);
}

static void c_mmap(struct gen *g, struct thread *t)
{
	(void)g;
	t->regs[0] = 0;
	t->regs[1] = 0x1000 * (1 + rnd_below(64));
	t->regs[2] = 3;
	t->regs[3] = 0x22;
	t->regs[4] = (uint64_t)-1;
	t->regs[5] = 0;
	t->ret = (int64_t)(0x7f3a5c000000 + 0x1000 * rnd_below(4096));
}

static void c_futex(struct gen *g, struct thread *t)
{
	(void)g;
	t->regs[0] = 0x55d0c0b02040 + 8 * rnd_below(4);
	t->regs[1] = rnd_below(2) ? 128 : 129; /* FUTEX_WAIT/WAKE_PRIVATE */
	t->regs[2] = t->regs[1] == 129 ? 1 : 2;
	t->ret = t->regs[1] == 129 ? (int64_t)rnd_below(2) : (rnd_below(3) ? 0 : -EAGAIN);
}

static void c_clock_gettime(struct gen *g, struct thread *t)
{
	t->regs[0] = 1;
	t->regs[1] = t->stack - 0x40;
	t->ret = 0;
	uint64_t s = g->t_ns / 1000000000, ns = g->t_ns % 1000000000;
	memcpy(g->ts_buf, &s, 8);
	memcpy(g->ts_buf + 8, &ns, 8);
	set_blob(t, g->ts_buf, 16, 1);
}

static void c_lseek(struct gen *g, struct thread *t)
{
	t->regs[0] = (uint64_t)small_fd(g);
	t->regs[1] = 4096 * rnd_below(64);
	t->regs[2] = 0;
	t->ret = (int64_t)t->regs[1];
}

static void c_getpid(struct gen *g, struct thread *t)
{
	(void)g;
	t->ret = 31337; /* the main thread's tid */
}

static const struct call calls[] = {
	{ 0, 14, 0, c_read_small },
	{ 0, 6, 0, c_read_again },
	{ 1, 12, 0, c_write_small },
	{ 0, 5, 1, c_read_4k },
	{ 1, 4, 1, c_write_4k },
	{ 257, 8, 0, c_openat },
	{ 3, 8, 0, c_close },
	{ 5, 6, 0, c_fstat },
	{ 9, 4, 0, c_mmap },
	{ 202, 16, 0, c_futex },
	{ 228, 6, 0, c_clock_gettime },
	{ 8, 3, 0, c_lseek },
	{ 39, 2, 0, c_getpid },
};
#define NCALLS (sizeof calls / sizeof calls[0])

static const struct call *pick_call(const struct gen *g)
{
	unsigned total = 0;
	for (size_t i = 0; i < NCALLS; i++)
		total += (!calls[i].big || g->big) ? calls[i].weight : 0;
	unsigned x = (unsigned)rnd_below(total);
	for (size_t i = 0; i < NCALLS; i++) {
		unsigned w = (!calls[i].big || g->big) ? calls[i].weight : 0;
		if (x < w)
			return &calls[i];
		x -= w;
	}
	return &calls[0];
}

/* Pseudo-text: words of a small vocabulary, so data compresses like text. */
static void make_text(unsigned char *p, size_t n)
{
	static const char *words[] = { "the ", "int ", "return ", "static ", "if (", ") {\n",
		"\t", "struct ", "char *", "size_t ", "0x", "NULL", "error", "file ", "= ", ";\n",
		"for (", "i++", "data", "len ", "buf", "->", "#include <", ".h>\n" };
	size_t i = 0;
	while (i < n) {
		const char *w = words[rnd_below(sizeof words / sizeof words[0])];
		while (*w && i < n)
			p[i++] = (unsigned char)*w++;
		if (rnd_below(8) == 0 && i < n)
			p[i++] = (unsigned char)('a' + rnd_below(26));
	}
}

static void gen_init(struct gen *g, int big, unsigned char *text)
{
	memset(g, 0, sizeof *g);
	rnd_state = 0x9e3779b97f4a7c15ull;
	g->big = big;
	g->text = text;
	for (size_t i = 0; i < sizeof g->stat_buf; i++)
		g->stat_buf[i] = (unsigned char)(i < 48 ? i * 3 : 0);
	g->next_fd = 8;
	g->t_ns = 1000000;
	for (int i = 0; i < NTHREADS; i++) {
		g->th[i].tid = 31337 + (uint32_t)i;
		g->th[i].stack = 0x7ffd3a2c8000 - 0x800000 * (uint64_t)i;
		for (int k = 0; k < 6; k++)
			g->th[i].regs[k] = rnd();
	}
}

/* Builds the next event into B and returns its time. */
static uint64_t gen_next(struct gen *g, struct ev_buf *b)
{
	struct thread *t = &g->th[rnd_below(NTHREADS)];
	g->t_ns += 300 + rnd_below(8000);
	b->ev = (Rt__Event)RT__EVENT__INIT;
	b->ev.tid = t->tid;
	b->blob = (Rt__Blob)RT__BLOB__INIT;
	b->blobs[0] = &b->blob;
	int attach;
	if (!t->pending) {
		t->pending = pick_call(g);
		t->blob = NULL;
		t->pending->fill(g, t);
		b->en = (Rt__SyscallEntry)RT__SYSCALL_ENTRY__INIT;
		b->en.nr = t->pending->nr;
		memcpy(b->args, t->regs, sizeof b->args);
		b->en.n_args = syscall_table_get(b->en.nr)->nargs;
		b->en.args = b->args;
		attach = t->blob && !t->blob_at_exit;
		if (attach) {
			b->en.n_blobs = 1;
			b->en.blobs = b->blobs;
		}
		b->ev.kind_case = RT__EVENT__KIND_ENTRY;
		b->ev.entry = &b->en;
	} else {
		b->ex = (Rt__SyscallExit)RT__SYSCALL_EXIT__INIT;
		b->ex.ret = t->ret;
		b->ex.is_error = t->ret < 0 && t->ret > -4096;
		attach = t->blob && t->blob_at_exit && !b->ex.is_error;
		if (attach) {
			b->ex.n_blobs = 1;
			b->ex.blobs = b->blobs;
		}
		b->ev.kind_case = RT__EVENT__KIND_EXIT;
		b->ev.exit = &b->ex;
		/* the return value lands in rax, the rest of the registers stay */
		t->pending = NULL;
	}
	if (attach) {
		b->blob.arg = 1;
		b->blob.data.data = (uint8_t *)t->blob;
		b->blob.data.len = t->blob_len;
	}
	return g->t_ns;
}

static double cpu_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static double wall_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

struct result {
	double cpu, wall;
	uint64_t file_bytes, content_bytes, events, blob_events;
};

static void keep_best(struct result *best, const struct result *r)
{
	if (best->cpu == 0 || r->cpu < best->cpu)
		*best = *r;
}

static int fail(const char *what, int e)
{
	fprintf(stderr, "format-bench: %s: %s\n", what, trace_strerror(e));
	exit(1);
}

/* Generation alone, to know what part of encode is the workload's own cost. */
static double gen_only(struct gen *g, long n)
{
	struct ev_buf b;
	volatile uint64_t sink = 0;
	double c0 = cpu_now();
	for (long i = 0; i < n; i++)
		sink += gen_next(g, &b) + b.ev.tid;
	double spent = cpu_now() - c0;
	(void)sink; /* volatile: the loop is kept; clang still wants it read */
	return spent;
}

/* Not inlined, so that a profiler can count it alone: instruction counts are
 * stable where times on a shared machine are not, e.g.
 *   valgrind --tool=callgrind --toggle-collect=encode format-bench -M -r 1 */
__attribute__((noinline))
static struct result encode(struct gen *g, long n, int memfd, const trace_writer_opts *o)
{
	struct result r = { 0 };
	Rt__Metadata meta = RT__METADATA__INIT;
	meta.rtrace_version = "format-bench";
	if (ftruncate(memfd, 0) < 0 || lseek(memfd, 0, SEEK_SET) < 0)
		fail("memfd", -errno);
	trace_writer *w;
	int e = trace_writer_open_fd(dup(memfd), &meta, o, &w);
	if (e < 0)
		fail("cannot open the writer", e);
	struct ev_buf b;
	double c0 = cpu_now(), w0 = wall_now();
	for (long i = 0; i < n; i++) {
		uint64_t t = gen_next(g, &b);
		r.blob_events += b.blob.data.len >= 4096;
		e = trace_writer_append(w, &b.ev, t);
		if (e > 0)
			e = trace_writer_pump(w);
		if (e < 0)
			fail("append", e);
	}
	e = trace_writer_close(w);
	r.cpu = cpu_now() - c0;
	r.wall = wall_now() - w0;
	if (e < 0)
		fail("close", e);
	r.events = (uint64_t)n;
	r.file_bytes = (uint64_t)lseek(memfd, 0, SEEK_END);
	return r;
}

/* Sum of the frames' content lengths (events and data sections): the
 * protobuf bytes before zstd. */
static uint64_t content_bytes(int memfd, uint64_t size)
{
	unsigned char *p = mmap(NULL, size, PROT_READ, MAP_PRIVATE, memfd, 0);
	if (p == MAP_FAILED)
		fail("mmap", -errno);
	uint64_t off = TRACE_FILE_HEADER_LEN + trace_get_u32(p + 12), sum = 0;
	while (off + TRACE_FRAME_HEADER_LEN <= size) {
		sum += trace_get_u32(p + off + 8) + trace_get_u32(p + off + 20);
		off += TRACE_FRAME_HEADER_LEN + trace_get_u32(p + off + 4);
	}
	munmap(p, size);
	return sum;
}

/* CPU seconds C takes to compress the zstd frame of CLEN bytes at SRC again;
 * *BUF and *CAP are scratch space. */
static double zstd_again(ZSTD_CCtx *c, const unsigned char *src, size_t clen, size_t ulen,
			 unsigned char **buf, size_t *cap)
{
	size_t need = 2 * ZSTD_compressBound(ulen);
	if (need > *cap) {
		*cap = need;
		if (!(*buf = realloc(*buf, *cap)))
			fail("zstd", -ENOMEM);
	}
	unsigned char *content = *buf, *out = *buf + *cap / 2;
	ZSTD_decompress(content, ulen, src, clen);
	double c0 = cpu_now();
	ZSTD_compress2(c, out, *cap / 2, content, ulen);
	return cpu_now() - c0;
}

static ZSTD_CCtx *bench_cctx(int level)
{
	ZSTD_CCtx *cc = ZSTD_createCCtx();
	ZSTD_CCtx_setParameter(cc, ZSTD_c_compressionLevel, level);
	ZSTD_CCtx_setParameter(cc, ZSTD_c_checksumFlag, 1);
	return cc;
}

/* CPU seconds zstd alone takes to compress the file's frame contents again
 * with the writer's settings (events at LEVEL, data sections at DATA_LEVEL):
 * the floor under encode+compress. */
static double zstd_only(int memfd, uint64_t size, int level, int data_level)
{
	unsigned char *p = mmap(NULL, size, PROT_READ, MAP_PRIVATE, memfd, 0);
	if (p == MAP_FAILED)
		fail("mmap", -errno);
	ZSTD_CCtx *cc = bench_cctx(level), *dc = bench_cctx(data_level);
	unsigned char *buf = NULL;
	size_t cap = 0;
	double spent = 0;
	uint64_t off = TRACE_FILE_HEADER_LEN + trace_get_u32(p + 12);
	while (off + TRACE_FRAME_HEADER_LEN <= size) {
		const unsigned char *h = p + off, *payload = h + TRACE_FRAME_HEADER_LEN;
		uint32_t clen = trace_get_u32(h + 4), ulen = trace_get_u32(h + 8);
		uint32_t dclen = trace_get_u32(h + 16), dlen = trace_get_u32(h + 20);
		spent += zstd_again(cc, payload, clen - dclen, ulen, &buf, &cap);
		if (dlen)
			spent += zstd_again(dc, payload + clen - dclen, dclen, dlen, &buf, &cap);
		off += TRACE_FRAME_HEADER_LEN + clen;
	}
	ZSTD_freeCCtx(cc);
	ZSTD_freeCCtx(dc);
	free(buf);
	munmap(p, size);
	return spent;
}

/* The writer's levels under O (trace_writer.h defaults). */
static int bench_level(const trace_writer_opts *o)
{
	return o->level ? o->level : 1;
}

static int bench_data_level(const trace_writer_opts *o)
{
	return o->data_level ? o->data_level : bench_level(o);
}

static struct result decode(int memfd, uint64_t want)
{
	struct result r = { 0 };
	if (lseek(memfd, 0, SEEK_SET) < 0)
		fail("memfd", -errno);
	double c0 = cpu_now(), w0 = wall_now();
	trace_reader *rd;
	int e = trace_reader_open_fd(dup(memfd), &rd);
	if (e < 0)
		fail("cannot open the reader", e);
	const Rt__Event *ev;
	uint64_t t, sum = 0;
	while ((e = trace_reader_next(rd, &ev, &t)) == 1) {
		sum += ev->tid + t;
		if (ev->kind_case == RT__EVENT__KIND_ENTRY) {
			sum += ev->entry->nr + (ev->entry->n_args ? ev->entry->args[0] : 0);
			if (ev->entry->n_blobs)
				sum += ev->entry->blobs[0]->data.len;
		} else if (ev->kind_case == RT__EVENT__KIND_EXIT) {
			sum += (uint64_t)ev->exit->ret;
			if (ev->exit->n_blobs)
				sum += ev->exit->blobs[0]->data.len;
		}
		r.events++;
	}
	trace_reader_free(rd);
	r.cpu = cpu_now() - c0;
	r.wall = wall_now() - w0;
	if (e != 0)
		fail("read", e);
	if (r.events != want) {
		fprintf(stderr, "format-bench: read %llu events of %llu\n",
			(unsigned long long)r.events, (unsigned long long)want);
		exit(1);
	}
	r.content_bytes = sum; /* keeps the reads alive; overwritten by the caller */
	return r;
}

static void print_way(const char *name, const struct result *r, uint64_t bytes)
{
	printf("  %-22s %6.2f M events/s  %7.1f MB/s  (wall: %5.2f M events/s, %.3f s)\n", name,
	       (double)r->events / r->cpu / 1e6, (double)bytes / r->cpu / 1e6,
	       (double)r->events / r->wall / 1e6, r->wall);
}

static void run_stream(const char *title, int big, long n, int runs, const trace_writer_opts *o,
		       int memfd, unsigned char *text, struct result *ret_enc, struct result *ret_dec)
{
	struct result enc = { 0 }, dec = { 0 };
	struct gen g;
	for (int k = 0; k < runs; k++) {
		gen_init(&g, big, text);
		struct result e = encode(&g, n, memfd, o);
		e.content_bytes = content_bytes(memfd, e.file_bytes);
		keep_best(&enc, &e);
		struct result d = decode(memfd, (uint64_t)n);
		d.file_bytes = e.file_bytes;
		d.content_bytes = e.content_bytes;
		keep_best(&dec, &d);
	}
	gen_init(&g, big, text);
	double gen = gen_only(&g, n);
	double z = zstd_only(memfd, enc.file_bytes, bench_level(o), bench_data_level(o));
	printf("%s: %ld events, %.1f%% with a 4 KiB blob\n", title, n,
	       100.0 * (double)enc.blob_events / (double)n);
	printf("  encoded %.2f MB of protobuf into a %.2f MB file (%.1fx); %.2f bytes/event "
	       "(%.2f before zstd)\n",
	       (double)enc.content_bytes / 1e6, (double)enc.file_bytes / 1e6,
	       (double)enc.content_bytes / (double)enc.file_bytes,
	       (double)enc.file_bytes / (double)n, (double)enc.content_bytes / (double)n);
	print_way("encode+compress", &enc, enc.content_bytes);
	print_way("decompress+decode", &dec, dec.content_bytes);
	printf("  (building the events alone: %.0f ns/event, included in encode)\n",
	       gen / (double)n * 1e9);
	printf("  (zstd alone on these frames: %.0f MB/s, a ceiling of %.2f M events/s for encode)\n",
	       (double)enc.content_bytes / z / 1e6, (double)n / z / 1e6);
	*ret_enc = enc;
	*ret_dec = dec;
}

/* -t: the events of a real trace, unpacked once, re-encoded as the recorder
 * would have written them. The comparison the synthetic stream answers to. */
struct real_trace {
	Rt__Metadata *meta;
	Rt__Event **ev;
	uint64_t *t_ns;
	size_t n, blob_events;
};

/* A copy of M that outlives the reader: packed and unpacked again. */
static void *copy_msg(const ProtobufCMessage *m, void *(*unpack)(ProtobufCAllocator *, size_t,
								  const uint8_t *))
{
	size_t len = protobuf_c_message_get_packed_size(m);
	uint8_t *buf = malloc(len ? len : 1);
	if (!buf)
		fail("real trace", -ENOMEM);
	protobuf_c_message_pack(m, buf);
	void *copy = unpack(NULL, len, buf);
	free(buf);
	if (!copy)
		fail("real trace", -ENOMEM);
	return copy;
}

static void *unpack_event(ProtobufCAllocator *a, size_t len, const uint8_t *data)
{
	return rt__event__unpack(a, len, data);
}

static void *unpack_meta(ProtobufCAllocator *a, size_t len, const uint8_t *data)
{
	return rt__metadata__unpack(a, len, data);
}

static size_t blob_bytes(const Rt__Event *ev)
{
	size_t n = 0, nb = 0;
	Rt__Blob **b = NULL;
	if (ev->kind_case == RT__EVENT__KIND_ENTRY)
		b = ev->entry->blobs, nb = ev->entry->n_blobs;
	else if (ev->kind_case == RT__EVENT__KIND_EXIT)
		b = ev->exit->blobs, nb = ev->exit->n_blobs;
	for (size_t i = 0; i < nb; i++)
		n += b[i]->data.len;
	return n;
}

static void load_trace(const char *path, struct real_trace *rt)
{
	trace_reader *rd;
	int e = trace_reader_open(path, &rd);
	if (e < 0)
		fail(path, e);
	memset(rt, 0, sizeof *rt);
	rt->meta = copy_msg(&trace_reader_metadata(rd)->base, unpack_meta);
	const Rt__Event *ev;
	uint64_t t, cap = 0;
	while ((e = trace_reader_next(rd, &ev, &t)) == 1) {
		if (rt->n == cap) {
			cap = cap ? 2 * cap : 4096;
			rt->ev = realloc(rt->ev, cap * sizeof *rt->ev);
			rt->t_ns = realloc(rt->t_ns, cap * sizeof *rt->t_ns);
			if (!rt->ev || !rt->t_ns)
				fail("real trace", -ENOMEM);
		}
		rt->ev[rt->n] = copy_msg(&ev->base, unpack_event);
		rt->t_ns[rt->n] = t;
		rt->blob_events += blob_bytes(ev) >= 4096;
		rt->n++;
	}
	if (e < 0 || rt->n == 0)
		fail(path, e < 0 ? e : TRACE_E_TRUNCATED);
	trace_reader_free(rd);
}

static void free_trace(struct real_trace *rt)
{
	for (size_t i = 0; i < rt->n; i++)
		rt__event__free_unpacked(rt->ev[i], NULL);
	rt__metadata__free_unpacked(rt->meta, NULL);
	free(rt->ev);
	free(rt->t_ns);
}

/* One pass: the whole trace written again into MEMFD. */
__attribute__((noinline)) /* as encode() */
static struct result encode_real(const struct real_trace *rt, int memfd, const trace_writer_opts *o)
{
	struct result r = { 0 };
	if (ftruncate(memfd, 0) < 0 || lseek(memfd, 0, SEEK_SET) < 0)
		fail("memfd", -errno);
	double c0 = cpu_now(), w0 = wall_now();
	trace_writer *w;
	int e = trace_writer_open_fd(dup(memfd), rt->meta, o, &w);
	if (e < 0)
		fail("cannot open the writer", e);
	for (size_t i = 0; i < rt->n && e >= 0; i++) {
		e = trace_writer_append(w, rt->ev[i], rt->t_ns[i]);
		if (e > 0)
			e = trace_writer_pump(w);
	}
	if (e < 0)
		fail("append", e);
	if ((e = trace_writer_close(w)) < 0)
		fail("close", e);
	r.cpu = cpu_now() - c0;
	r.wall = wall_now() - w0;
	r.events = rt->n;
	r.file_bytes = (uint64_t)lseek(memfd, 0, SEEK_END);
	return r;
}

static void add_result(struct result *sum, const struct result *r)
{
	sum->cpu += r->cpu;
	sum->wall += r->wall;
	sum->events += r->events;
	sum->file_bytes += r->file_bytes;
	sum->content_bytes += r->content_bytes;
}

/* Enough passes for N events, best of RUNS, each pass encoded then decoded. */
static void run_real(const char *path, const struct real_trace *rt, long n, int runs,
		     const trace_writer_opts *o, int memfd)
{
	long passes = (long)((uint64_t)(n + (long)rt->n - 1) / rt->n);
	struct result enc = { 0 }, dec = { 0 };
	for (int k = 0; k < runs; k++) {
		struct result e = { 0 }, d = { 0 };
		for (long p = 0; p < passes; p++) {
			struct result pe = encode_real(rt, memfd, o);
			pe.content_bytes = content_bytes(memfd, pe.file_bytes);
			struct result pd = decode(memfd, rt->n);
			pd.content_bytes = pe.content_bytes;
			add_result(&e, &pe);
			add_result(&d, &pd);
		}
		keep_best(&enc, &e);
		keep_best(&dec, &d);
	}
	double z = zstd_only(memfd, (uint64_t)lseek(memfd, 0, SEEK_END), bench_level(o),
			     bench_data_level(o));
	printf("real trace %s: %zu events a pass, %ld passes, %.1f%% with a 4 KiB blob or more\n",
	       path, rt->n, passes, 100.0 * (double)rt->blob_events / (double)rt->n);
	printf("  %.2f bytes/event in the file, metadata included (%.2f before zstd)\n",
	       (double)enc.file_bytes / (double)enc.events,
	       (double)enc.content_bytes / (double)enc.events);
	print_way("encode+compress", &enc, enc.content_bytes);
	print_way("decompress+decode", &dec, dec.content_bytes);
	printf("  (zstd alone on these frames: %.0f MB/s, a ceiling of %.2f M events/s for encode)\n",
	       (double)enc.content_bytes / (double)passes / z / 1e6, (double)rt->n / z / 1e6);
}

static void keep_trace(int memfd, const char *path)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
	off_t size = lseek(memfd, 0, SEEK_END), off = 0;
	if (fd < 0)
		fail(path, -errno);
	while (off < size) {
		ssize_t k = sendfile(fd, memfd, &off, (size_t)(size - off));
		if (k <= 0)
			fail(path, k < 0 ? -errno : -EIO);
	}
	close(fd);
}

int main(int argc, char **argv)
{
	long n = 2000000;
	int runs = 3, opt, mixed = 1, small = 1;
	const char *keep = NULL, *real[8];
	int nreal = 0;
	trace_writer_opts o = { .time_unit_ns = 1000 };
	while ((opt = getopt(argc, argv, "n:r:b:l:d:m:u:MSw:t:h")) != -1) {
		switch (opt) {
		case 'n': n = atol(optarg); break;
		case 'r': runs = atoi(optarg); break;
		case 'b': o.batch_bytes = (size_t)atol(optarg); break;
		case 'l': o.level = atoi(optarg); break;
		case 'd': o.data_level = atoi(optarg); break;
		case 'm': o.data_min = (size_t)strtoull(optarg, NULL, 0); break;
		case 'u': o.time_unit_ns = (uint32_t)atol(optarg); break;
		case 'M': small = 0; break;
		case 'S': mixed = 0; break;
		case 'w': keep = optarg; break;
		case 't':
			if (nreal < 8)
				real[nreal++] = optarg;
			mixed = small = 0;
			break;
		default:
			fprintf(stderr, "usage: format-bench [-n EVENTS] [-r RUNS] [-b BATCH_BYTES] "
				"[-l ZSTD_LEVEL] [-d DATA_LEVEL] [-m DATA_MIN] [-u TIME_UNIT_NS] "
				"[-M | -S] [-w FILE] [-t TRACE]...\n");
			return 2;
		}
	}
	if (n <= 0 || runs <= 0) {
		fprintf(stderr, "format-bench: -n and -r must be positive\n");
		return 2;
	}
	int memfd = memfd_create("format-bench", MFD_CLOEXEC);
	if (memfd < 0)
		fail("memfd_create", -errno);
	printf("format-bench: best of %d runs, CPU time of one thread (writer without thread); "
	       "frames of %zu bytes, zstd level %d (data sections: %d, blobs of %zu bytes and "
	       "more), times in units of %u ns\n", runs,
	       o.batch_bytes ? o.batch_bytes : (size_t)256 << 10, bench_level(&o),
	       bench_data_level(&o), o.data_min ? o.data_min : 512, o.time_unit_ns);
	unsigned char *text = malloc(TEXT_POOL);
	if (!text)
		fail("text pool", -ENOMEM);
	make_text(text, TEXT_POOL);
	struct result me, md, se, sd;
	if (mixed)
		run_stream("mixed stream", 1, n, runs, &o, memfd, text, &me, &md);
	if (small)
		run_stream("small syscalls only", 0, n, runs, &o, memfd, text, &se, &sd);
	for (int i = 0; i < nreal; i++) {
		struct real_trace rt;
		load_trace(real[i], &rt);
		run_real(real[i], &rt, n, runs, &o, memfd);
		free_trace(&rt);
	}
	if (keep)
		keep_trace(memfd, keep);
	free(text);
	if (mixed) {
		double enc_rate = (double)me.events / me.cpu, dec_rate = (double)md.events / md.cpu;
		printf("target encode  >= 2.00 M events/s (mixed): %.2f  %s\n", enc_rate / 1e6,
		       enc_rate >= 2e6 ? "met" : "MISSED");
		printf("target decode  >= 2.00 M events/s (mixed): %.2f  %s\n", dec_rate / 1e6,
		       dec_rate >= 2e6 ? "met" : "MISSED");
	}
	if (small) {
		double small_bytes = (double)se.file_bytes / (double)se.events;
		printf("target size    <  16 bytes per small syscall event: %.2f  %s\n", small_bytes,
		       small_bytes < 16 ? "met" : "MISSED");
	}
	close(memfd);
	return 0;
}

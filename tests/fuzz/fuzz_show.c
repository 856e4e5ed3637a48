/*
 * fuzz_show — libFuzzer target: the input is read as a stream of trace
 * events (syscall entries with any number, arguments and blobs, exits with
 * any return value, new tasks, execs, signals with any siginfo, task exits),
 * which the target writes as a trace and prints with rtrace show in six
 * modes (tests/show/tmodes.h, those of test_show_random) to /dev/null. The printer
 * core and every decoder family are built into the target with the
 * fuzzer's coverage and the sanitizers: whatever the trace holds, show
 * must not read out of bounds, overflow, or fail on a well-formed trace.
 */
#include <stdint.h>
#include <stdlib.h>

#include "show.h"
#include "tbuild.h"
#include "tmodes.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

struct input {
	const uint8_t *p;
	size_t n;
};

/* The next BYTES bytes as a little-endian number (0 past the end). */
static uint64_t take(struct input *in, unsigned bytes)
{
	uint64_t v = 0;
	for (unsigned i = 0; i < bytes && in->n; i++, in->p++, in->n--)
		v |= (uint64_t)in->p[0] << (8 * i);
	return v;
}

/* An argument: mostly the values decoders treat specially. */
static uint64_t arg(struct input *in)
{
	static const uint64_t special[] = { 0, 1, 2, 3, 16, (uint64_t)-1, (uint64_t)-100, 0x7ffc0000,
					    1u << 31, (uint64_t)1 << 63, 4096, 0xffffffff };
	uint64_t sel = take(in, 1);
	return sel < 0xc0 ? special[sel % (sizeof special / sizeof special[0])] : take(in, 8);
}

/* Up to 3 blobs whose bytes are the input's next ones. */
static size_t blobs(struct input *in, struct tb_blob *b)
{
	size_t nb = take(in, 1) % 4;
	for (size_t i = 0; i < nb; i++) {
		unsigned a = (unsigned)take(in, 1), idx = (unsigned)take(in, 1);
		size_t len = take(in, 2) % 4096;
		if (len > in->n)
			len = in->n;
		b[i] = (struct tb_blob){ a % 8, idx % 48, in->p, len, (a & 0x80) ? len + 100 : 0,
					 (a & 0x40) && !(idx & 0x80) ? 14 : 0 };
		in->p += len;
		in->n -= len;
	}
	return nb;
}

static void event(struct tb *t, struct input *in)
{
	static const uint32_t tids[] = { 100, 101, 102, 200 };
	uint32_t tid = tids[take(in, 1) % 4], other = tids[take(in, 1) % 4];
	struct tb_blob b[3];
	switch (take(in, 1) % 12) {
	case 0:
		tb_new_task(t, other, tid, take(in, 1) & 1 ? tid : other, arg(in));
		break;
	case 1: {
		static const char *const argv[] = { "x", "", NULL };
		tb_exec(t, tid, take(in, 1) & 1 ? other : 0, "/bin/x", argv);
		break;
	}
	case 2: {
		unsigned char si[128] = { 0 };
		size_t n = take(in, 1) % (sizeof si + 1);
		for (size_t k = 0; k < n; k++)
			si[k] = (unsigned char)take(in, 1);
		tb_signal(t, tid, si, n, (int)(take(in, 1) & 1));
		break;
	}
	case 3:
		tb_exit_task(t, tid, (int)take(in, 2), (int)(take(in, 1) % 70), (int)(take(in, 1) & 1));
		break;
	case 4: case 5: case 6: {
		uint64_t sel = take(in, 1);
		int64_t ret = sel < 0x80 ? -(int64_t)(sel % 140) : (int64_t)arg(in);
		size_t nb = blobs(in, b);
		tb_exit_flagged(t, tid, ret, ret < 0 && (ret >= -4095 || (sel & 1)), b, nb);
		break;
	}
	default: {
		unsigned nr = (unsigned)(take(in, 2) % 460);
		uint64_t args[6];
		for (int i = 0; i < 6; i++)
			args[i] = arg(in);
		size_t nb = blobs(in, b);
		tb_entry(t, tid, nr, args, b, nb);
		break;
	}
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	int devnull;
	const char *path = tb_scratch(&devnull);
	struct input in = { data, size };
	int clean = (int)(take(&in, 1) & 1);
	struct tb *t = tb_open(path, 100);
	for (int i = 0; i < 512 && in.n; i++)
		event(t, &in);
	if (clean && tb_close(t) != 0)
		abort();
	if (!clean)
		tb_abandon(t);
	int rc;
	const char *msg;
	if (tmodes_run(path, devnull, !clean, &rc, &msg) >= 0)
		abort(); /* a well-formed trace always prints */
	return 0;
}

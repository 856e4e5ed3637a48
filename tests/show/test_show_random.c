/* Robustness: streams of random but well-framed events (any syscall number,
 * any arguments, blobs of any argument/index/length, exits without entries,
 * entries without exits, tasks appearing, exec'ing from other threads,
 * signals with random siginfo, exits) are printed in every mode without a
 * crash and with a clean result. Run under ASan/UBSan this is the check
 * that untrusted trace content never reads out of bounds in replay or show. */
#include <criterion/criterion.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "replay.h"
#include "show.h"
#include "tbuild.h"
#include "tmodes.h"

static uint64_t rng = 0x9e3779b97f4a7c15ull;

static uint64_t next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

static uint64_t pick(uint64_t n)
{
	return n ? next() % n : 0;
}

/* Argument values that exercise special cases more often than chance. */
static uint64_t arg_value(void)
{
	static const uint64_t special[] = { 0, 1, 2, 3, (uint64_t)-1, (uint64_t)-100, 0x7ffc0000, 1u << 31,
					    (uint64_t)1 << 63, 4096, 0xffffffff };
	return pick(3) ? special[pick(sizeof special / sizeof special[0])] : next();
}

static void random_event(struct tb *t, const uint32_t *tids, size_t ntids, unsigned char *buf)
{
	uint32_t tid = (uint32_t)tids[pick(ntids)];
	uint64_t args[6];
	for (int i = 0; i < 6; i++)
		args[i] = arg_value();
	struct tb_blob b[4];
	size_t nb = pick(5);
	for (size_t i = 0; i < nb; i++) {
		size_t len = pick(4) ? pick(64) : pick(2048);
		for (size_t k = 0; k < len; k++)
			buf[i * 2048 + k] = (unsigned char)next();
		b[i] = (struct tb_blob){ (unsigned)pick(8), (unsigned)(pick(3) ? 0 : pick(40)), buf + i * 2048, len,
					 pick(4) ? 0 : len + pick(100000), pick(10) ? 0 : 14 };
	}
	switch (pick(12)) { /* the event kinds, weighted toward syscalls */
	case 0:
		tb_new_task(t, tids[pick(ntids)], tid, pick(2) ? tid : tids[pick(ntids)], arg_value());
		break;
	case 1: {
		static const char *const argv[] = { "x", "", NULL };
		tb_exec(t, tid, pick(2) ? tids[pick(ntids)] : 0, "/bin/x", argv);
		break;
	}
	case 2: {
		unsigned char si[128];
		for (size_t k = 0; k < sizeof si; k++)
			si[k] = (unsigned char)next();
		int sig = (int)pick(70);
		memcpy(si, &sig, sizeof sig);
		tb_signal(t, tid, si, pick(2) ? sizeof si : pick(40), (int)pick(2));
		break;
	}
	case 3:
		tb_exit_task(t, tid, (int)pick(300), pick(2) ? (int)pick(70) : 0, (int)pick(2));
		break;
	case 4: case 5: case 6:
		tb_exit(t, tid, pick(3) ? -(int64_t)pick(600) : (int64_t)arg_value(), b, nb);
		break;
	default:
		tb_entry(t, tid, (unsigned)(pick(8) ? pick(460) : next()), args, b, nb);
		break;
	}
}

Test(show_random, random_event_streams_print_in_every_mode)
{
	char *path = tb_tmpname(".trace");
	int devnull = open("/dev/null", O_WRONLY);
	cr_assert_geq(devnull, 0);
	unsigned char *buf = malloc(4 * 2048);
	/* RTRACE_RANDOM_SEED / RTRACE_RANDOM_ROUNDS explore further. */
	const char *seed = getenv("RTRACE_RANDOM_SEED"), *rounds = getenv("RTRACE_RANDOM_ROUNDS");
	if (seed && *seed)
		rng = strtoull(seed, NULL, 0) | 1;
	int nrounds = rounds && *rounds ? atoi(rounds) : 40;
	for (int round = 0; round < nrounds; round++) {
		struct tb *t = tb_open(path, 100);
		uint32_t tids[6] = { 100, 101, 102, 200, 201, 300 };
		for (int i = 0; i < 400; i++)
			random_event(t, tids, 6, buf);
		if (round % 2)
			cr_assert_eq(tb_close(t), 0);
		else
			tb_abandon(t);
		int rc = 0;
		const char *msg = NULL;
		int m = tmodes_run(path, devnull, round % 2 == 0, &rc, &msg);
		cr_assert(m < 0, "round %d mode %d: %d %s", round, m, rc, msg ? msg : "");
	}
	free(buf);
	close(devnull);
	unlink(path);
	free(path);
}

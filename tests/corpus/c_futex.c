/* futex, single-threaded so every result is fixed: FUTEX_WAIT on a changed
 * value (EAGAIN), FUTEX_WAIT with a 1 ms timeout (ETIMEDOUT), FUTEX_WAKE with no
 * waiter, FUTEX_WAIT_BITSET with an absolute CLOCK_MONOTONIC deadline already
 * past, FUTEX_WAKE_OP, FUTEX_CMP_REQUEUE with a mismatch; then an uncontended
 * pthread mutex and a timed condvar wait that expires (relative 1 ms). */
#define _GNU_SOURCE
#include <limits.h>
#include <linux/futex.h>
#include <pthread.h>
#include <stdint.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

static long fx(uint32_t *u, int op, uint32_t v, void *ts, uint32_t *u2, uint32_t v3)
{
	return syscall(SYS_futex, u, op, v, ts, u2, v3);
}

int main(void)
{
	static uint32_t a = 1, b = 0;
	struct timespec ms = { 0, 1000000 }, past = { 0, 0 };

	fx(&a, FUTEX_WAIT_PRIVATE, 0, NULL, NULL, 0);
	fx(&a, FUTEX_WAIT_PRIVATE, 1, &ms, NULL, 0);
	fx(&a, FUTEX_WAKE_PRIVATE, INT_MAX, NULL, NULL, 0);
	fx(&a, FUTEX_WAIT_BITSET_PRIVATE, 1, &past, NULL, FUTEX_BITSET_MATCH_ANY);
	fx(&a, FUTEX_WAKE_OP_PRIVATE, 1, (void *)1, &b,
	   FUTEX_OP(FUTEX_OP_ADD, 1, FUTEX_OP_CMP_GT, 0));
	fx(&a, FUTEX_CMP_REQUEUE_PRIVATE, 1, (void *)INT_MAX, &b, 7);
	fx(&a, FUTEX_WAKE, 1, NULL, NULL, 0);

	pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
	pthread_cond_t c;
	pthread_condattr_t ca;
	pthread_condattr_init(&ca);
	pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
	pthread_cond_init(&c, &ca);
	pthread_mutex_lock(&m);
	struct timespec dl;
	clock_gettime(CLOCK_MONOTONIC, &dl);
	dl.tv_nsec += 1000000;
	if (dl.tv_nsec >= 1000000000) {
		dl.tv_sec++;
		dl.tv_nsec -= 1000000000;
	}
	pthread_cond_timedwait(&c, &m, &dl);
	pthread_mutex_unlock(&m);
	write(1, "done\n", 5);
	return 0;
}

/* Scheduling calls: sched_getaffinity/sched_setaffinity (CPU 0 only, then
 * back), sched_getscheduler, sched_getparam, sched_get_priority_min/max for
 * SCHED_FIFO and SCHED_OTHER, sched_setscheduler to SCHED_BATCH and back,
 * sched_rr_get_interval of SCHED_OTHER (0), sched_yield, getcpu after pinning. */
#define _GNU_SOURCE
#include <sched.h>
#include <time.h>
#include <unistd.h>

int main(void)
{
	cpu_set_t all, one;
	struct sched_param sp = { 0 };
	struct timespec ts;
	unsigned cpu, node;

	sched_getaffinity(0, sizeof all, &all);
	CPU_ZERO(&one);
	CPU_SET(0, &one);
	sched_setaffinity(0, sizeof one, &one);
	getcpu(&cpu, &node);
	sched_getaffinity(0, sizeof one, &one);
	sched_setaffinity(0, sizeof all, &all);
	sched_getscheduler(0);
	sched_getparam(0, &sp);
	sched_get_priority_max(SCHED_FIFO);
	sched_get_priority_min(SCHED_FIFO);
	sched_get_priority_max(SCHED_OTHER);
	sched_setscheduler(0, SCHED_BATCH, &sp);
	sched_getscheduler(getpid());
	sched_setscheduler(0, SCHED_OTHER, &sp);
	sched_rr_get_interval(0, &ts);
	sched_yield();
	return 0;
}

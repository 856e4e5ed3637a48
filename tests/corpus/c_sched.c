/* Scheduling: sched_getaffinity (the mask, and EINVAL for a 1-byte buffer),
 * sched_setaffinity to CPU 0, sched_get_priority_max/min for FIFO, RR,
 * OTHER, BATCH, IDLE and a bad policy, sched_setscheduler to SCHED_BATCH,
 * SCHED_IDLE and back to SCHED_OTHER, sched_getscheduler, sched_getparam,
 * sched_setparam, sched_rr_get_interval of a SCHED_OTHER process,
 * sched_yield, setpriority/getpriority of the process and its group, and
 * sched_setaffinity of a missing pid (ESRCH). */
#define _GNU_SOURCE
#include <sched.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

int main(void)
{
	cpu_set_t set;
	char small[1];
	sched_getaffinity(0, sizeof set, &set);
	syscall(SYS_sched_getaffinity, 0, sizeof small, small);
	CPU_ZERO(&set);
	CPU_SET(0, &set);
	sched_setaffinity(0, sizeof set, &set);
	int pols[] = { SCHED_FIFO, SCHED_RR, SCHED_OTHER, SCHED_BATCH, SCHED_IDLE, 77 };
	for (unsigned i = 0; i < sizeof pols / sizeof pols[0]; i++) {
		sched_get_priority_max(pols[i]);
		sched_get_priority_min(pols[i]);
	}
	struct sched_param sp = { 0 };
	sched_setscheduler(0, SCHED_BATCH, &sp);
	sched_getscheduler(0);
	sched_setscheduler(0, SCHED_IDLE, &sp);
	sched_setscheduler(0, SCHED_OTHER | SCHED_RESET_ON_FORK, &sp);
	sched_getscheduler(0);
	sched_getparam(0, &sp);
	sched_setparam(0, &sp);
	struct timespec ts;
	sched_rr_get_interval(0, &ts);
	sched_yield();
	setpriority(PRIO_PROCESS, 0, 4);
	getpriority(PRIO_PROCESS, 0);
	getpriority(PRIO_PGRP, 0);
	setpriority(PRIO_USER, 0, 0);
	sched_setaffinity(999999, sizeof set, &set);
	return 0;
}

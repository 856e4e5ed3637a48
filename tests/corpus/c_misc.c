/* Calls seldom seen together: capget/capset (version 3, the current set
 * again), ioprio_get/ioprio_set, mlockall/munlockall, mlock2 with
 * MLOCK_ONFAULT, membarrier CMD_QUERY, process_vm_readv of its own memory,
 * kcmp of two fds, syslog SIZE_BUFFER, get_mempolicy/set_mempolicy,
 * sched_getattr/sched_setattr, clock_getres of several clocks, madvise
 * variants (MADV_FREE, MADV_HUGEPAGE, MADV_COLD, an invalid advice),
 * fanotify_init/fanotify_mark, userfaultfd, pkey_alloc/pkey_free, and
 * personality(PER_LINUX). */
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/capability.h>
#include <linux/membarrier.h>
#include <linux/mempolicy.h>
#include <sched.h>
#include <stdint.h>
#include <string.h>
#include <sys/fanotify.h>
#include <sys/klog.h>
#include <sys/mman.h>
#include <sys/personality.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <time.h>
#include <unistd.h>

/* the kernel's struct sched_attr (linux/sched/types.h clashes with glibc's sched.h) */
struct sched_attr {
	uint32_t size, sched_policy;
	uint64_t sched_flags;
	int32_t sched_nice;
	uint32_t sched_priority;
	uint64_t sched_runtime, sched_deadline, sched_period;
	uint32_t sched_util_min, sched_util_max;
};

int main(void)
{
	struct __user_cap_header_struct h = { _LINUX_CAPABILITY_VERSION_3, 0 };
	struct __user_cap_data_struct d[2];
	char src[16] = "process memory", dst[16];
	struct timespec ts;

	syscall(SYS_capget, &h, d);
	syscall(SYS_capset, &h, d);
	h.version = 0x12345678;
	syscall(SYS_capget, &h, NULL);
	long prio = syscall(SYS_ioprio_get, 1 /* IOPRIO_WHO_PROCESS */, 0);
	syscall(SYS_ioprio_set, 1, 0, (2 << 13) | 4);
	syscall(SYS_ioprio_set, 1, 0, prio);
	mlockall(MCL_CURRENT | MCL_FUTURE);
	munlockall();
	char *m = mmap(NULL, 16384, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	syscall(SYS_mlock2, m, 4096, MLOCK_ONFAULT);
	munlock(m, 4096);
	madvise(m, 4096, MADV_FREE);
	madvise(m, 16384, MADV_HUGEPAGE);
	madvise(m, 4096, MADV_COLD);
	madvise(m, 4096, 999);
	munmap(m, 16384);
	syscall(SYS_membarrier, MEMBARRIER_CMD_QUERY, 0, 0);
	struct iovec l = { dst, sizeof dst }, r = { src, sizeof src };
	process_vm_readv(getpid(), &l, 1, &r, 1, 0);
	int a = open("data.txt", O_RDONLY), b = dup(a);
	syscall(SYS_kcmp, getpid(), getpid(), 0 /* KCMP_FILE */, a, b);
	klogctl(10, NULL, 0);
	int mode;
	unsigned long mask[2] = { 0 };
	syscall(SYS_get_mempolicy, &mode, mask, 128, NULL, 0);
	syscall(SYS_set_mempolicy, MPOL_DEFAULT, NULL, 0);
	struct sched_attr sa;
	memset(&sa, 0, sizeof sa);
	syscall(SYS_sched_getattr, 0, &sa, sizeof sa, 0);
	syscall(SYS_sched_setattr, 0, &sa, 0);
	clock_getres(CLOCK_REALTIME, &ts);
	clock_getres(CLOCK_BOOTTIME, &ts);
	clock_getres(CLOCK_PROCESS_CPUTIME_ID, &ts);
	clock_getres(CLOCK_MONOTONIC_COARSE, &ts);
	int fan = fanotify_init(FAN_CLOEXEC | FAN_CLASS_NOTIF, O_RDONLY);
	fanotify_mark(fan, FAN_MARK_ADD, FAN_OPEN | FAN_CLOSE_WRITE, AT_FDCWD, ".");
	close(fan);
	int uf = syscall(SYS_userfaultfd, O_CLOEXEC | O_NONBLOCK);
	close(uf);
	int pk = syscall(SYS_pkey_alloc, 0, 0);
	syscall(SYS_pkey_free, pk);
	personality(PER_LINUX);
	close(a);
	close(b);
	return 0;
}

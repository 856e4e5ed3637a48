/* Process attributes: prctl (PR_SET_NAME/PR_GET_NAME, PR_GET_DUMPABLE,
 * PR_SET_PDEATHSIG/PR_GET_PDEATHSIG, PR_SET_NO_NEW_PRIVS, PR_GET_CHILD_SUBREAPER,
 * PR_CAPBSET_READ, an invalid option), arch_prctl ARCH_GET_FS/ARCH_GET_GS,
 * prlimit64 get and set (RLIMIT_NOFILE, RLIMIT_CORE, RLIMIT_STACK),
 * getrlimit/setrlimit, getpriority/setpriority, umask, personality query.
 * Then the scheduling calls: sched_getaffinity/sched_setaffinity (CPU 0
 * only, then back), sched_getscheduler, sched_getparam,
 * sched_get_priority_min/max, sched_setscheduler to SCHED_BATCH and back,
 * sched_rr_get_interval, sched_yield, getcpu after pinning. */
#define _GNU_SOURCE
#include <asm/prctl.h>
#include <errno.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <stddef.h>
#include <sched.h>
#include <signal.h>
#include <sys/personality.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

static int sched_calls(void)
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

static void seccomp_calls(void)
{
	struct sock_filter f[] = {
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_getppid, 0, 1),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | EPERM),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
	};
	struct sock_fprog prog = { sizeof f / sizeof f[0], f };

	syscall(SYS_seccomp, SECCOMP_GET_ACTION_AVAIL, 0, &(unsigned){ SECCOMP_RET_LOG });
	syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &prog);
	prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog);
	prctl(PR_GET_SECCOMP);
	getppid();
}

int main(void)
{
	char name[16];
	int sig;
	unsigned long fs;
	struct rlimit rl, old;

	prctl(PR_SET_NAME, "corpus-probe");
	prctl(PR_GET_NAME, name);
	prctl(PR_GET_DUMPABLE);
	prctl(PR_SET_PDEATHSIG, SIGTERM);
	prctl(PR_GET_PDEATHSIG, &sig);
	prctl(PR_GET_CHILD_SUBREAPER, &sig);
	prctl(PR_CAPBSET_READ, 0);
	prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
	prctl(PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0);
	prctl(9999, 0, 0, 0, 0);
	syscall(SYS_arch_prctl, ARCH_GET_FS, &fs);
	syscall(SYS_arch_prctl, ARCH_GET_GS, &fs);

	prlimit(0, RLIMIT_NOFILE, NULL, &old);
	rl.rlim_cur = 256;
	rl.rlim_max = old.rlim_max;
	prlimit(0, RLIMIT_NOFILE, &rl, &old);
	rl.rlim_cur = 0;
	rl.rlim_max = RLIM_INFINITY;
	prlimit(getpid(), RLIMIT_CORE, &rl, NULL);
	getrlimit(RLIMIT_STACK, &rl);
	setrlimit(RLIMIT_NOFILE, &old);
	getrlimit(RLIMIT_AS, &rl);

	getpriority(PRIO_PROCESS, 0);
	setpriority(PRIO_PROCESS, 0, 5);
	getpriority(PRIO_PROCESS, getpid());
	umask(077);
	umask(022);
	personality(0xffffffff);
	sched_calls();
	seccomp_calls();
	return 0;
}

/* Process attributes: prctl (PR_SET_NAME/PR_GET_NAME, PR_GET_DUMPABLE,
 * PR_SET_PDEATHSIG/PR_GET_PDEATHSIG, PR_SET_NO_NEW_PRIVS, PR_GET_CHILD_SUBREAPER,
 * PR_CAPBSET_READ, an invalid option), arch_prctl ARCH_GET_FS/ARCH_GET_GS,
 * prlimit64 get and set (RLIMIT_NOFILE, RLIMIT_CORE, RLIMIT_STACK),
 * getrlimit/setrlimit, getpriority/setpriority, umask, personality query. */
#define _GNU_SOURCE
#include <asm/prctl.h>
#include <signal.h>
#include <sys/personality.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

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
	return 0;
}

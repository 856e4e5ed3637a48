/* wait4 and waitid variants, SIGCHLD blocked throughout: WNOHANG on a child
 * still blocked in read (returns 0), waitid(P_PID, WEXITED|WNOWAIT) then the
 * real reap, waitid(P_ALL, WEXITED) of a child killed by SIGTERM, wait4 with
 * rusage, ECHILD when no child is left, and waitid(P_PGID) with WNOHANG;
 * last, a child that aborts with RLIMIT_CORE raised, so its status says
 * WCOREDUMP and strace prints `killed by SIGABRT (core dumped)`. */
#include <signal.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int main(void)
{
	int p[2], st;
	char c;
	sigset_t set;
	siginfo_t si;
	struct rusage ru;

	sigemptyset(&set);
	sigaddset(&set, SIGCHLD);
	sigprocmask(SIG_BLOCK, &set, NULL);
	pipe(p);
	pid_t a = fork();
	if (a == 0) {
		read(p[0], &c, 1);
		_exit(c == 'x' ? 9 : 1);
	}
	wait4(a, &st, WNOHANG, NULL);
	write(p[1], "x", 1);
	waitid(P_PID, a, &si, WEXITED | WNOWAIT);
	waitid(P_PID, a, &si, WEXITED);

	int up[2];
	struct timespec ts = { 0, 50000000 };
	pipe(up);
	pid_t b = fork();
	if (b == 0) {
		write(up[1], "r", 1);
		read(p[0], &c, 1);
		_exit(0);
	}
	/* kill it only once it is surely blocked in its read */
	read(up[0], &c, 1);
	nanosleep(&ts, NULL);
	kill(b, SIGTERM);
	waitid(P_ALL, 0, &si, WEXITED);

	pid_t d = fork();
	if (d == 0)
		_exit(3);
	wait4(d, &st, 0, &ru);
	wait4(-1, &st, WNOHANG, NULL);
	waitid(P_PGID, 0, &si, WEXITED | WNOHANG);

	pid_t e = fork();
	if (e == 0) {
		struct rlimit rl = { RLIM_INFINITY, RLIM_INFINITY };
		setrlimit(RLIMIT_CORE, &rl);
		abort();
	}
	wait4(e, &st, 0, NULL);
	return 0;
}

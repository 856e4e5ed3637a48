/* Process file descriptors: pidfd_open of a child blocked in read,
 * pidfd_send_signal SIGTERM, poll on the pidfd until it is readable,
 * waitid(P_PIDFD), pidfd_open of a reaped pid (ESRCH), and kcmp-free
 * close_range over a span of fds. SIGCHLD is blocked. */
#define _GNU_SOURCE
#include <poll.h>
#include <signal.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int main(void)
{
	int p[2];
	char c;
	sigset_t set;
	siginfo_t si;

	sigemptyset(&set);
	sigaddset(&set, SIGCHLD);
	sigprocmask(SIG_BLOCK, &set, NULL);
	int up[2];
	struct timespec ts = { 0, 50000000 };
	pipe(p);
	pipe(up);
	pid_t k = fork();
	if (k == 0) {
		write(up[1], "r", 1);
		read(p[0], &c, 1);
		_exit(0);
	}
	/* signal it only once it is surely blocked in its read */
	read(up[0], &c, 1);
	nanosleep(&ts, NULL);
	int pfd = syscall(SYS_pidfd_open, k, 0);
	syscall(SYS_pidfd_send_signal, pfd, SIGTERM, NULL, 0);
	struct pollfd pf = { pfd, POLLIN, 0 };
	poll(&pf, 1, 1000);
	waitid(P_PIDFD, pfd, &si, WEXITED);
	close(pfd);
	syscall(SYS_pidfd_open, k, 0);
	dup2(p[0], 10);
	dup2(p[1], 11);
	syscall(SYS_close_range, 10, 20, 0);
	syscall(SYS_close_range, 3, ~0U, 4 /* CLOSE_RANGE_CLOEXEC */);
	return 0;
}

/* Waiting for signals: sigsuspend with a pending blocked SIGUSR1 (returns at
 * once, EINTR, after the handler), sigtimedwait for a pending SIGUSR2 and with
 * a zero timeout on nothing (EAGAIN), rt_sigqueueinfo via sigqueue with a
 * value (si_code SI_QUEUE), sigwaitinfo, rt_sigpending, SA_SIGINFO|SA_NODEFER,
 * SA_RESETHAND, and alarm(1) + pause().  Then three queued SIGRTMIN+1 with
 * values, delivered in order when unblocked, and a child that makes its own
 * process group (setpgid) and signals it with kill(0, ...) and killpg. */
#define _GNU_SOURCE
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static void on_sig(int sig, siginfo_t *si, void *ctx)
{
	(void)si; (void)ctx;
	write(1, sig == SIGUSR1 ? "usr1\n" : sig == SIGALRM ? "alrm\n" : "sigX\n", 5);
}

static void process_group(void)
{
	sigset_t chld;
	int st;

	sigemptyset(&chld);
	sigaddset(&chld, SIGCHLD);
	sigprocmask(SIG_BLOCK, &chld, NULL);
	pid_t c = fork();
	if (c == 0) {
		/* its own group first: kill(0) must not reach the tracer's group */
		setpgid(0, 0);
		getpgid(0);
		sigset_t usr1;
		sigemptyset(&usr1);
		sigaddset(&usr1, SIGUSR1);
		sigprocmask(SIG_UNBLOCK, &usr1, NULL);
		kill(0, SIGUSR1);
		killpg(getpgrp(), SIGUSR1);
		_exit(0);
	}
	waitpid(c, &st, 0);
}

int main(void)
{
	struct sigaction sa;
	sigset_t set, empty, pend;
	siginfo_t si;
	struct timespec zero = { 0, 0 };

	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = on_sig;
	sa.sa_flags = SA_SIGINFO | SA_NODEFER;
	sigaction(SIGUSR1, &sa, NULL);
	sa.sa_flags = SA_SIGINFO | SA_RESETHAND;
	sigaction(SIGALRM, &sa, NULL);

	sigemptyset(&empty);
	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	sigaddset(&set, SIGUSR2);
	sigaddset(&set, SIGRTMIN);
	sigprocmask(SIG_BLOCK, &set, NULL);
	raise(SIGUSR1);
	sigpending(&pend);
	sigsuspend(&empty);

	raise(SIGUSR2);
	sigset_t only2;
	sigemptyset(&only2);
	sigaddset(&only2, SIGUSR2);
	sigtimedwait(&only2, &si, &zero);
	sigtimedwait(&only2, &si, &zero);

	union sigval v = { .sival_int = 1234 };
	sigqueue(getpid(), SIGRTMIN, v);
	sigset_t rt;
	sigemptyset(&rt);
	sigaddset(&rt, SIGRTMIN);
	sigwaitinfo(&rt, &si);

	alarm(1);
	pause();
	sigaction(SIGALRM, NULL, &sa);

	sa.sa_sigaction = on_sig;
	sa.sa_flags = SA_SIGINFO;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGRTMIN + 1, &sa, NULL);
	sigemptyset(&rt);
	sigaddset(&rt, SIGRTMIN + 1);
	sigprocmask(SIG_BLOCK, &rt, NULL);
	for (int i = 1; i <= 3; i++)
		sigqueue(getpid(), SIGRTMIN + 1, (union sigval){ .sival_int = i });
	sigprocmask(SIG_UNBLOCK, &rt, NULL);
	process_group();
	return 0;
}

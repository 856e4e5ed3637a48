/* Waiting for signals: sigsuspend with a pending blocked SIGUSR1 (returns at
 * once, EINTR, after the handler), sigtimedwait for a pending SIGUSR2 and with
 * a zero timeout on nothing (EAGAIN), rt_sigqueueinfo via sigqueue with a
 * value (si_code SI_QUEUE), sigwaitinfo, rt_sigpending, SA_SIGINFO|SA_NODEFER,
 * SA_RESETHAND, and alarm(1) + pause(). */
#define _GNU_SOURCE
#include <signal.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static void on_sig(int sig, siginfo_t *si, void *ctx)
{
	(void)si; (void)ctx;
	write(1, sig == SIGUSR1 ? "usr1\n" : sig == SIGALRM ? "alrm\n" : "sigX\n", 5);
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
	return 0;
}

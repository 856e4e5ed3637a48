/* Signal calls beyond the common ones: real-time signals (SIGRTMIN+3 and
 * SIGRTMAX) in masks and a handler with SA_SIGINFO, queued twice with
 * rt_sigqueueinfo values and delivered in order, sigaltstack query/set/
 * disable (SS_DISABLE), kill with signal 0 (exists check) and of a missing
 * pid (ESRCH), tgkill with a bad tid, alarm set and cancelled, rt_sigaction
 * of SIGKILL (EINVAL), a signal mask with every signal blocked (printed as
 * ~[...]), and rt_sigsuspend woken by a pending SIGRTMAX. */
#define _GNU_SOURCE
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

static void on_rt(int sig, siginfo_t *si, void *ctx)
{
	(void)sig;
	(void)si;
	(void)ctx;
}

int main(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = on_rt;
	sa.sa_flags = SA_SIGINFO | SA_RESTART;
	sigaddset(&sa.sa_mask, SIGRTMIN + 1);
	sigaction(SIGRTMIN + 3, &sa, NULL);
	sigaction(SIGRTMAX, &sa, NULL);
	sigaction(SIGKILL, &sa, NULL);
	sigset_t rt, old;
	sigemptyset(&rt);
	sigaddset(&rt, SIGRTMIN + 3);
	sigaddset(&rt, SIGRTMAX);
	sigprocmask(SIG_BLOCK, &rt, &old);
	union sigval v = { .sival_int = 11 };
	sigqueue(getpid(), SIGRTMIN + 3, v);
	v.sival_int = 22;
	sigqueue(getpid(), SIGRTMIN + 3, v);
	sigprocmask(SIG_UNBLOCK, &rt, NULL);
	stack_t ss, cur;
	sigaltstack(NULL, &cur);
	ss.ss_sp = malloc(SIGSTKSZ);
	ss.ss_size = SIGSTKSZ;
	ss.ss_flags = 0;
	sigaltstack(&ss, NULL);
	sigaltstack(NULL, &cur);
	ss.ss_flags = SS_DISABLE;
	sigaltstack(&ss, NULL);
	kill(getpid(), 0);
	kill(999999, SIGTERM);
	syscall(SYS_tgkill, getpid(), 999999, SIGUSR1);
	alarm(100);
	alarm(0);
	sigset_t all;
	sigfillset(&all);
	sigprocmask(SIG_SETMASK, &all, &old);
	sigprocmask(SIG_SETMASK, &old, NULL);
	sigprocmask(SIG_BLOCK, &rt, NULL);
	kill(getpid(), SIGRTMAX);
	sigset_t none;
	sigemptyset(&none);
	sigsuspend(&none);
	return 0;
}

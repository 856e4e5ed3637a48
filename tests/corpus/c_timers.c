/* Timers: POSIX timer_create (SIGEV_SIGNAL with SIGUSR1, and SIGEV_NONE),
 * timer_settime relative, timer_gettime, timer_getoverrun, timer_delete;
 * setitimer/getitimer ITIMER_REAL and ITIMER_VIRTUAL disarmed; the SIGUSR1
 * delivery (si_code SI_TIMER) awaited with sigwaitinfo while blocked. */
#include <signal.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

int main(void)
{
	timer_t t1, t2;
	struct sigevent se = { .sigev_notify = SIGEV_SIGNAL, .sigev_signo = SIGUSR1 };
	struct itimerspec its = { { 0, 0 }, { 0, 10000000 } }, cur;
	struct itimerval iv = { { 0, 0 }, { 0, 0 } }, old;
	sigset_t set;
	siginfo_t si;

	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	sigprocmask(SIG_BLOCK, &set, NULL);
	se.sigev_value.sival_int = 77;
	timer_create(CLOCK_MONOTONIC, &se, &t1);
	struct sigevent none = { .sigev_notify = SIGEV_NONE };
	timer_create(CLOCK_REALTIME, &none, &t2);
	timer_settime(t1, 0, &its, NULL);
	sigwaitinfo(&set, &si);
	timer_getoverrun(t1);
	timer_gettime(t1, &cur);
	timer_delete(t1);
	timer_delete(t2);
	setitimer(ITIMER_VIRTUAL, &iv, &old);
	getitimer(ITIMER_REAL, &old);
	return 0;
}

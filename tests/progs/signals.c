/* signals: installs a SIGUSR1 handler, sends itself SIGUSR1 with kill(), then
 * blocks SIGUSR2, raises it and takes it with sigtimedwait. Prints what the
 * handler saw. */
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static volatile sig_atomic_t got;

static void handler(int sig)
{
	got = sig;
}

int main(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = handler;
	sigaction(SIGUSR1, &sa, NULL);
	kill(getpid(), SIGUSR1);
	printf("handler got %d\n", (int)got);
	sigset_t set;
	sigemptyset(&set);
	sigaddset(&set, SIGUSR2);
	sigprocmask(SIG_BLOCK, &set, NULL);
	raise(SIGUSR2);
	struct timespec ts = { 1, 0 };
	int s = sigtimedwait(&set, NULL, &ts);
	printf("sigtimedwait %d\n", s);
	return 0;
}

/* Signals and threads: a thread blocked in read receives SIGUSR1 from
 * pthread_kill (tgkill); its SA_RESTART handler runs on that thread and the
 * read restarts; main then writes the byte that ends it.  A second thread
 * blocks SIGUSR2 with pthread_sigmask and takes it with sigwait after main
 * sends it with tgkill; main's own rt_sigprocmask state is untouched.
 * Last, the leader leaves with pthread_exit while a third thread still
 * runs; that thread ends the process with exit(0) 50 ms later, so strace
 * prints the leader's exit only when the whole group is gone. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdlib.h>
#include <signal.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static int p[2], ready[2];

/* a thread naps before it returns, so main is always waiting in pthread_join */
static void nap(void)
{
	struct timespec ts = { 0, 50000000 };
	nanosleep(&ts, NULL);
}

static void on_usr1(int sig)
{
	(void)sig;
	write(1, "handler\n", 8);
}

static void *reader(void *arg)
{
	char c;
	(void)arg;
	write(ready[1], "r", 1);
	read(p[0], &c, 1);
	nap();
	return NULL;
}

static void *waiter(void *arg)
{
	sigset_t *set = arg;
	int sig;
	write(ready[1], "w", 1);
	sigwait(set, &sig);
	write(1, sig == SIGUSR2 ? "sigwait usr2\n" : "sigwait ????\n", 13);
	nap();
	return NULL;
}

static void *last(void *arg)
{
	struct timespec ts = { 0, 50000000 };
	(void)arg;
	nanosleep(&ts, NULL);
	write(1, "last thread exits\n", 18);
	exit(0);
}

int main(void)
{
	struct sigaction sa;
	pthread_t t1, t2;
	char c;
	struct timespec ts = { 0, 50000000 };
	sigset_t set;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_usr1;
	sa.sa_flags = SA_RESTART;
	sigaction(SIGUSR1, &sa, NULL);
	pipe(p);
	pipe(ready);
	pthread_create(&t1, NULL, reader, NULL);
	read(ready[0], &c, 1);
	nanosleep(&ts, NULL);
	pthread_kill(t1, SIGUSR1);
	nanosleep(&ts, NULL);
	write(p[1], "x", 1);
	pthread_join(t1, NULL);

	sigemptyset(&set);
	sigaddset(&set, SIGUSR2);
	pthread_sigmask(SIG_BLOCK, &set, NULL);
	pthread_create(&t2, NULL, waiter, &set);
	read(ready[0], &c, 1);
	nanosleep(&ts, NULL);
	pthread_kill(t2, SIGUSR2);
	pthread_join(t2, NULL);
	pthread_t t3;
	pthread_create(&t3, NULL, last, NULL);
	pthread_exit(NULL);
}

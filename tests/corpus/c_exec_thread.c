/* execve from a non-leader thread: main blocks in a read that never returns,
 * the thread sleeps 50 ms (so main is surely blocked) and execs /bin/echo.
 * strace prints main's read as `= ?`, `+++ superseded by execve in pid N +++`,
 * and the execve's result under the leader's pid. */
#include <pthread.h>
#include <time.h>
#include <unistd.h>

static int p[2];

static void *worker(void *arg)
{
	(void)arg;
	struct timespec ts = { 0, 50000000 };
	nanosleep(&ts, NULL);
	char *argv[] = { "echo", "exec from thread", NULL };
	char *envp[] = { "A=1", NULL };
	execve("/bin/echo", argv, envp);
	return NULL;
}

int main(void)
{
	pthread_t t;
	char c;

	pipe(p);
	pthread_create(&t, NULL, worker, NULL);
	read(p[0], &c, 1);
	return 1;
}

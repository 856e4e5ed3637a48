/* threads: starts argv[1] threads (default 4), each making argv[2] (default
 * 100) getppid() calls, joins them; prints the total. Used by the stress
 * test with 64 x 10000. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>

static long calls;

static void *worker(void *arg)
{
	(void)arg;
	for (long i = 0; i < calls; i++)
		syscall(SYS_getppid);
	return NULL;
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 4;
	calls = argc > 2 ? atol(argv[2]) : 100;
	pthread_t t[256];
	if (n < 1 || n > 256)
		return 2;
	for (int i = 0; i < n; i++)
		if (pthread_create(&t[i], NULL, worker, NULL))
			return 3;
	for (int i = 0; i < n; i++)
		pthread_join(t[i], NULL);
	printf("%d threads x %ld calls\n", n, calls);
	return 0;
}

/* thread_exec: a second thread execs argv[1] with argument "from-thread"
 * while the main thread sleeps in nanosleep (its call is superseded). */
#include <pthread.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>

static const char *target;

static void *run(void *arg)
{
	(void)arg;
	struct timespec d = { 0, 20000000 };
	nanosleep(&d, NULL);
	execl(target, target, "from-thread", (char *)NULL);
	_exit(99);
}

int main(int argc, char **argv)
{
	if (argc < 2)
		return 2;
	target = argv[1];
	pthread_t t;
	pthread_create(&t, NULL, run, NULL);
	struct timespec d = { 5, 0 };
	nanosleep(&d, NULL);
	return 3;
}

/* Three clone3 threads that exit in a fixed order (3, 1, 2), each released by
 * main through its own pipe; main joins them in creation order after a sleep,
 * so every join finds its thread already gone.  One thread exits with
 * pthread_exit, one returns, one calls the raw exit syscall. */
#include <pthread.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

static int go[3][2], done[2];

static void *worker(void *arg)
{
	long id = (long)arg;
	char c;

	read(go[id][0], &c, 1);
	write(1, id == 0 ? "t1\n" : id == 1 ? "t2\n" : "t3\n", 3);
	write(done[1], "d", 1);
	if (id == 0)
		pthread_exit(NULL);
	if (id == 2)
		syscall(SYS_exit, 0);
	return NULL;
}

int main(void)
{
	pthread_t t[3];
	char c;
	static const int order[3] = { 2, 0, 1 };

	pipe(done);
	for (long i = 0; i < 3; i++) {
		pipe(go[i]);
		pthread_create(&t[i], NULL, worker, (void *)i);
	}
	for (int k = 0; k < 3; k++) {
		write(go[order[k]][1], "g", 1);
		read(done[0], &c, 1);
	}
	struct timespec ts = { 0, 100000000 };
	nanosleep(&ts, NULL);
	for (int i = 0; i < 3; i++)
		pthread_join(t[i], NULL);
	write(1, "all joined\n", 11);
	return 0;
}

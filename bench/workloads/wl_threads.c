/*
 * wl_threads — T threads each making N small syscalls (a 16-byte write to
 * /dev/null), all at once: the workload where a tracer that overlaps the
 * stops of different threads gains on one that serialises them.
 *
 *   wl_threads [T [N]]     (default 8 threads x 20000)
 */
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static long n = 20000;
static int fd;

static void *worker(void *arg)
{
	static const char buf[16] = "0123456789abcdef";
	(void)arg;
	for (long i = 0; i < n; i++)
		if (write(fd, buf, sizeof buf) != sizeof buf)
			return (void *)1;
	return NULL;
}

int main(int argc, char **argv)
{
	int t = argc > 1 ? atoi(argv[1]) : 8;
	if (argc > 2)
		n = atol(argv[2]);
	if (t < 1 || t > 256 || (fd = open("/dev/null", O_WRONLY | O_CLOEXEC)) < 0) {
		fprintf(stderr, "usage: wl_threads [THREADS(1-256) [N]]\n");
		return 2;
	}
	pthread_t th[256];
	for (int i = 0; i < t; i++)
		if (pthread_create(&th[i], NULL, worker, NULL) != 0) {
			fprintf(stderr, "wl_threads: cannot create a thread\n");
			return 1;
		}
	int bad = 0;
	for (int i = 0; i < t; i++) {
		void *r;
		pthread_join(th[i], &r);
		bad |= r != NULL;
	}
	return bad;
}

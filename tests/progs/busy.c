/* busy: makes getppid() calls for argv[1] seconds (default 3), then prints
 * how many. Something long-running to kill the recorder under. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	double secs = argc > 1 ? atof(argv[1]) : 3;
	struct timespec a, b;
	clock_gettime(CLOCK_MONOTONIC, &a);
	long n = 0;
	do {
		syscall(SYS_getppid);
		n++;
		clock_gettime(CLOCK_MONOTONIC, &b);
	} while ((b.tv_sec - a.tv_sec) + (b.tv_nsec - a.tv_nsec) / 1e9 < secs);
	printf("%ld calls\n", n > 0 ? 1L : 0L);
	return 0;
}

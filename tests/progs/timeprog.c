/* timeprog: nanosleep for 1 ms, clock_nanosleep, and the raw clock_gettime
 * and gettimeofday syscalls (not the vDSO). Prints whether time advanced. */
#include <stdio.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

int main(void)
{
	struct timespec a, b, d = { 0, 1000000 };
	syscall(SYS_clock_gettime, CLOCK_MONOTONIC, &a);
	nanosleep(&d, NULL);
	clock_nanosleep(CLOCK_MONOTONIC, 0, &d, NULL);
	syscall(SYS_clock_gettime, CLOCK_MONOTONIC, &b);
	struct timeval tv;
	syscall(SYS_gettimeofday, &tv, NULL);
	long ns = (b.tv_sec - a.tv_sec) * 1000000000L + (b.tv_nsec - a.tv_nsec);
	printf("advanced %s\n", ns >= 2000000 ? "yes" : "no");
	return 0;
}

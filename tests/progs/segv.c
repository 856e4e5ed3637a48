/* segv: writes "before" to stdout and dies of SIGSEGV. */
#include <signal.h>
#include <stdio.h>
#include <unistd.h>

int main(void)
{
	write(1, "before\n", 7);
	volatile int *p = (int *)16;
	*p = 1;
	return 0;
}

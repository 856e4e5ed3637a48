/* Death by signal: `c_die abort` raises SIGABRT through abort() (run under
 * `ulimit -c 0`, so no core), `c_die kill` sends itself SIGKILL, `c_die segv`
 * dereferences NULL with the default action, `c_die exit` returns 42.  strace
 * prints the signal and `+++ killed by SIG... +++`; the shell sees 128+N. */
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	const char *how = argc > 1 ? argv[1] : "exit";

	write(1, "dying\n", 6);
	if (strcmp(how, "abort") == 0)
		abort();
	if (strcmp(how, "kill") == 0)
		kill(getpid(), SIGKILL);
	if (strcmp(how, "segv") == 0)
		*(volatile int *)0 = 1;
	return 42;
}

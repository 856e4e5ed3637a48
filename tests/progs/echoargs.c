/* echoargs: prints its arguments one per line and exits with their count.
 * The exec target of procs and thread_exec. */
#include <stdio.h>

int main(int argc, char **argv)
{
	for (int i = 1; i < argc; i++)
		puts(argv[i]);
	return argc - 1;
}

/* procs: fork a child that execs argv[1] (a path) with arguments "one two",
 * vfork a child that exits 7, wait for both; exits with the first child's
 * status plus 10. Prints each child's status. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	if (argc < 2)
		return 2;
	pid_t a = fork();
	if (a == 0) {
		execl(argv[1], argv[1], "one", "two", (char *)NULL);
		_exit(99);
	}
	int st;
	waitpid(a, &st, 0);
	printf("exec child: %d\n", WEXITSTATUS(st));
	fflush(stdout);
	pid_t b = vfork();
	if (b == 0)
		_exit(7);
	int st2;
	waitpid(b, &st2, 0);
	printf("vfork child: %d\n", WEXITSTATUS(st2));
	return 10 + WEXITSTATUS(st);
}

/* forktree: a tree of argv[1] (default 500) short-lived processes: each
 * process forks up to two children that do the same with what is left,
 * each child calling getppid() once. Prints the number of processes. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

/* Creates N processes below the caller; returns how many were made. */
static int tree(int n)
{
	if (n <= 0)
		return 0;
	int a = (n - 1) / 2, rest = n - 1 - a, made = 0;
	int parts[2] = { a, rest - 1 };
	for (int i = 0; i < (rest > 0 ? 2 : 1); i++) {
		pid_t p = fork();
		if (p == 0) {
			syscall(SYS_getppid);
			_exit(tree(parts[i]) == parts[i] ? 0 : 1);
		}
		if (p < 0)
			return -1;
		int st;
		waitpid(p, &st, 0);
		if (WIFEXITED(st) && WEXITSTATUS(st) == 0)
			made += 1 + parts[i];
	}
	return made;
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 500;
	int made = tree(n);
	printf("%d processes\n", made);
	return made == n ? 0 : 1;
}

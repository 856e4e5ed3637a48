/* stopself: a child stops itself with SIGSTOP; the parent sees it stopped
 * (WUNTRACED), continues it with SIGCONT and reaps it. Exits 0 when the
 * child exited 5 after being continued. */
#include <signal.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void)
{
	pid_t p = fork();
	if (p == 0) {
		raise(SIGSTOP);
		_exit(5);
	}
	int st;
	if (waitpid(p, &st, WUNTRACED) != p || !WIFSTOPPED(st))
		return 2;
	printf("child stopped by %d\n", WSTOPSIG(st));
	fflush(stdout);
	kill(p, SIGCONT);
	if (waitpid(p, &st, 0) != p || !WIFEXITED(st))
		return 3;
	printf("child exited %d\n", WEXITSTATUS(st));
	return WEXITSTATUS(st) == 5 ? 0 : 4;
}

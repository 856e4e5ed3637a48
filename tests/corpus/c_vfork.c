/* vfork: one child execs /bin/true, one _exits with 5, one execs a missing
 * program and _exits 127; the parent reaps each with wait4 (SIGCHLD blocked so
 * that it is delivered at a fixed point, after the last wait). Also
 * posix_spawn, which glibc implements with clone(CLONE_VM|CLONE_VFORK). */
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

int main(void)
{
	sigset_t set;
	int st;

	sigemptyset(&set);
	sigaddset(&set, SIGCHLD);
	sigprocmask(SIG_BLOCK, &set, NULL);
	pid_t c = vfork();
	if (c == 0) {
		execl("/bin/true", "true", (char *)NULL);
		_exit(127);
	}
	wait4(c, &st, 0, NULL);
	c = vfork();
	if (c == 0)
		_exit(5);
	wait4(c, &st, 0, NULL);
	c = vfork();
	if (c == 0) {
		execl("/no/such/prog", "prog", (char *)NULL);
		_exit(127);
	}
	wait4(c, &st, 0, NULL);
	char *argv[] = { "echo", "spawned", NULL };
	posix_spawn(&c, "/bin/echo", NULL, NULL, argv, environ);
	waitpid(c, &st, 0);
	sigprocmask(SIG_UNBLOCK, &set, NULL);
	return 0;
}

/* Job control of a child: the child says it is ready and blocks in read; the
 * parent waits 50 ms (so the child is surely blocked), sends SIGSTOP, reaps the
 * stop with WUNTRACED, sends SIGCONT, reaps WCONTINUED, then writes the byte
 * that lets the child exit 0.  SIGCHLD is blocked in the parent. */
#include <signal.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int main(void)
{
	int up[2], down[2], st;
	char c;
	sigset_t set;
	struct timespec ts = { 0, 50000000 };

	sigemptyset(&set);
	sigaddset(&set, SIGCHLD);
	sigprocmask(SIG_BLOCK, &set, NULL);
	pipe(up);
	pipe(down);
	pid_t k = fork();
	if (k == 0) {
		write(up[1], "r", 1);
		read(down[0], &c, 1);
		_exit(0);
	}
	read(up[0], &c, 1);
	nanosleep(&ts, NULL);
	kill(k, SIGSTOP);
	waitpid(k, &st, WUNTRACED);
	kill(k, SIGCONT);
	waitpid(k, &st, WCONTINUED);
	nanosleep(&ts, NULL);
	write(down[1], "g", 1);
	waitpid(k, &st, 0);
	return WIFEXITED(st) && WEXITSTATUS(st) == 0 ? 0 : 1;
}

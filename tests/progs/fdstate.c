/* fdstate: reports the process's starting state: its first free descriptor,
 * whether 0, 1, 2 are open, its parent pid relation, the soft RLIMIT_NOFILE,
 * SIGINT/SIGTERM/SIGHUP/SIGCHLD dispositions and the blocked mask. Used to
 * check that the recorder starts a command exactly as untraced. */
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

int main(void)
{
	char out[512];
	int len = 0;
	for (int i = 0; i < 3; i++)
		len += snprintf(out + len, sizeof out - len, "fd %d %s\n", i,
				fcntl(i, F_GETFD) < 0 ? "closed" : "open");
	int fd = open("/dev/null", O_RDONLY);
	len += snprintf(out + len, sizeof out - len, "first free fd %d\n", fd);
	struct rlimit rl;
	getrlimit(RLIMIT_NOFILE, &rl);
	len += snprintf(out + len, sizeof out - len, "nofile %llu\n", (unsigned long long)rl.rlim_cur);
	int sigs[] = { SIGINT, SIGTERM, SIGHUP, SIGCHLD, SIGALRM, SIGPIPE };
	for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++) {
		struct sigaction sa;
		sigaction(sigs[i], NULL, &sa);
		len += snprintf(out + len, sizeof out - len, "sig %d %s\n", sigs[i],
				sa.sa_handler == SIG_IGN ? "ignored" :
				sa.sa_handler == SIG_DFL ? "default" : "caught");
	}
	sigset_t m;
	sigprocmask(SIG_SETMASK, NULL, &m);
	len += snprintf(out + len, sizeof out - len, "blocked usr1 %d int %d\n",
			sigismember(&m, SIGUSR1), sigismember(&m, SIGINT));
	/* to stderr if stdout is closed, so the test still sees it */
	if (write(1, out, (size_t)len) < 0)
		write(2, out, (size_t)len);
	return 0;
}

/* SA_RESTART and its absence: a read on an empty pipe is interrupted by
 * SIGALRM from a 20 ms ITIMER_REAL; with SA_RESTART the handler writes a byte
 * into the pipe and the read restarts and returns it; without SA_RESTART the
 * same read fails with EINTR.  Then nanosleep interrupted by a timer, which
 * the kernel resumes as restart_syscall. */
#include <signal.h>
#include <string.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

static int p[2];

static void on_alrm(int sig)
{
	(void)sig;
	write(p[1], "a", 1);
}

static void on_usr(int sig) { (void)sig; }

static void arm(long ms)
{
	struct itimerval it = { { 0, 0 }, { 0, ms * 1000 } };
	setitimer(ITIMER_REAL, &it, NULL);
}

int main(void)
{
	struct sigaction sa;
	char c[2];

	pipe(p);
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_alrm;
	sa.sa_flags = SA_RESTART;
	sigaction(SIGALRM, &sa, NULL);
	arm(20);
	read(p[0], c, 2);

	sa.sa_flags = 0;
	sigaction(SIGALRM, &sa, NULL);
	arm(20);
	read(p[0], c, 2);
	read(p[0], c, 2);

	/* An interrupted nanosleep comes back as restart_syscall after the handler. */
	sa.sa_handler = on_usr;
	sa.sa_flags = SA_RESTART;
	sigaction(SIGALRM, &sa, NULL);
	arm(20);
	struct timespec ts = { 0, 60000000 };
	nanosleep(&ts, NULL);
	return 0;
}

/* poll, ppoll, select and pselect6 on pipes and a socketpair: ready for
 * reading and writing, a timeout of zero with nothing ready, POLLHUP after the
 * writer closes, an invalid fd (POLLNVAL), and ppoll with a signal mask. */
#define _GNU_SOURCE
#include <poll.h>
#include <signal.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

int main(void)
{
	int p[2], q[2], sv[2];
	char c;

	pipe(p);
	pipe(q);
	socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
	struct pollfd pf[4] = { { p[0], POLLIN, 0 }, { q[1], POLLOUT, 0 },
				{ sv[0], POLLIN | POLLPRI, 0 }, { 99, POLLIN, 0 } };
	poll(pf, 4, 0);
	write(p[1], "x", 1);
	write(sv[1], "y", 1);
	poll(pf, 4, 100);

	struct timespec ts = { 0, 5000000 };
	sigset_t mask;
	sigemptyset(&mask);
	sigaddset(&mask, SIGUSR1);
	ppoll(pf, 3, &ts, &mask);

	fd_set r, w;
	FD_ZERO(&r);
	FD_ZERO(&w);
	FD_SET(p[0], &r);
	FD_SET(q[0], &r);
	FD_SET(q[1], &w);
	struct timeval tv = { 0, 0 };
	select(q[1] + 1, &r, &w, NULL, &tv);
	read(p[0], &c, 1);
	FD_ZERO(&r);
	FD_SET(p[0], &r);
	FD_SET(sv[0], &r);
	struct timespec zero = { 0, 0 };
	pselect(sv[0] + 1, &r, NULL, NULL, &zero, &mask);

	close(p[1]);
	struct pollfd h = { p[0], POLLIN, 0 };
	poll(&h, 1, 0);
	close(p[0]);
	close(q[0]);
	close(q[1]);
	close(sv[0]);
	close(sv[1]);
	return 0;
}

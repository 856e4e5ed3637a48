/* epoll with eventfd, timerfd and signalfd: epoll_create1, epoll_ctl ADD/MOD/DEL,
 * epoll_wait and epoll_pwait, eventfd2 write/read (EFD_SEMAPHORE too),
 * timerfd_create/settime (relative, 10 ms)/gettime and reading its expiry count,
 * signalfd4 on a blocked SIGALRM from a 10 ms ITIMER_REAL (a kernel-sent
 * signal, so the raw signalfd_siginfo that strace prints has no pid in it). */
#define _GNU_SOURCE
#include <signal.h>
#include <stdint.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/signalfd.h>
#include <sys/time.h>
#include <sys/timerfd.h>
#include <unistd.h>

int main(void)
{
	struct epoll_event ev, out[4];
	uint64_t v = 3;
	sigset_t set;

	int ep = epoll_create1(EPOLL_CLOEXEC);
	int efd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
	int sem = eventfd(2, EFD_SEMAPHORE);
	ev.events = EPOLLIN;
	ev.data.u64 = 1;
	epoll_ctl(ep, EPOLL_CTL_ADD, efd, &ev);
	epoll_wait(ep, out, 4, 0);
	write(efd, &v, sizeof v);
	epoll_wait(ep, out, 4, 100);
	read(efd, &v, sizeof v);
	read(efd, &v, sizeof v);
	read(sem, &v, sizeof v);
	ev.events = EPOLLIN | EPOLLET;
	epoll_ctl(ep, EPOLL_CTL_MOD, efd, &ev);
	epoll_ctl(ep, EPOLL_CTL_DEL, efd, NULL);

	int tfd = timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC);
	struct itimerspec its = { { 0, 0 }, { 0, 10000000 } }, cur;
	timerfd_settime(tfd, 0, &its, NULL);
	ev.events = EPOLLIN;
	ev.data.fd = tfd;
	epoll_ctl(ep, EPOLL_CTL_ADD, tfd, &ev);
	epoll_wait(ep, out, 4, 1000);
	read(tfd, &v, sizeof v);
	timerfd_gettime(tfd, &cur);

	sigemptyset(&set);
	sigaddset(&set, SIGALRM);
	sigprocmask(SIG_BLOCK, &set, NULL);
	int sfd = signalfd(-1, &set, SFD_NONBLOCK | SFD_CLOEXEC);
	ev.data.fd = sfd;
	epoll_ctl(ep, EPOLL_CTL_ADD, sfd, &ev);
	struct itimerval it = { { 0, 0 }, { 0, 10000 } };
	setitimer(ITIMER_REAL, &it, NULL);
	epoll_pwait(ep, out, 4, 1000, &set);
	struct signalfd_siginfo si;
	read(sfd, &si, sizeof si);
	read(sfd, &si, sizeof si);
	close(sfd);
	close(tfd);
	close(sem);
	close(efd);
	close(ep);
	return 0;
}

/* Flags and options across families, each once: clock_getres of six
 * clocks, timerfd (CLOCK_BOOTTIME, TFD_TIMER_ABSTIME|CANCEL_ON_SET), eventfd
 * EFD_SEMAPHORE, epoll_create(size) with EPOLLET/ONESHOT/EXCLUSIVE, ppoll
 * with POLLRDHUP|POLLPRI, select and pselect6 with timeouts, signalfd,
 * inotify masks, the old pipe, dup2 onto itself, F_GETOWN_EX, splice flags,
 * open flags O_SYNC/O_DSYNC/O_NOATIME/O_DIRECT/O_PATH, zero-length
 * read/write, SEEK_END, fadvise, fchownat with AT_EMPTY_PATH, utimes and
 * futimesat with NULL, mknodat of a char device and a socket, renameat2
 * RENAME_WHITEOUT, statfs of /proc, TCP and IPv6 socket options, SIOCATMARK,
 * prctl options (TIMERSLACK, KEEPCAPS, CHILD_SUBREAPER, THP_DISABLE, MCE_KILL,
 * IO_FLUSHER, SPECULATION_CTRL), PTRACE_PEEKDATA of pid 1, membarrier,
 * rlimits, setfsuid/setfsgid, setreuid/setregid, getrusage, mlockall, and
 * mmap/mprotect/madvise flags. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/sched.h>
#include <linux/rseq.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/ptrace.h>
#include <sys/resource.h>
#include <sys/select.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/statfs.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/timerfd.h>
#include <sys/uio.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <net/if.h>
#include <time.h>
#include <unistd.h>

int main(void)
{
	struct timespec ts;
	int clocks[] = { CLOCK_MONOTONIC_RAW, CLOCK_BOOTTIME, CLOCK_PROCESS_CPUTIME_ID, CLOCK_THREAD_CPUTIME_ID, CLOCK_TAI, CLOCK_REALTIME_COARSE };
	for (unsigned i = 0; i < 6; i++) clock_getres(clocks[i], &ts);
	int tfd = timerfd_create(CLOCK_BOOTTIME, TFD_CLOEXEC | TFD_NONBLOCK);
	struct itimerspec its = { { 0, 0 }, { 1, 0 } };
	timerfd_settime(tfd, TFD_TIMER_ABSTIME | TFD_TIMER_CANCEL_ON_SET, &its, NULL);
	close(tfd);
	int efd = eventfd(3, EFD_SEMAPHORE | EFD_NONBLOCK);
	int ep = epoll_create(8);
	struct epoll_event ev = { EPOLLIN | EPOLLET | EPOLLONESHOT, { .fd = efd } };
	epoll_ctl(ep, EPOLL_CTL_ADD, efd, &ev);
	ev.events = EPOLLIN | EPOLLEXCLUSIVE;
	epoll_ctl(ep, EPOLL_CTL_MOD, efd, &ev);
	close(ep);
	struct pollfd pf = { efd, POLLIN | POLLRDHUP | POLLPRI, 0 };
	struct timespec zero = { 0, 1000 };
	ppoll(&pf, 1, &zero, NULL);
	fd_set rs;
	FD_ZERO(&rs);
	FD_SET(efd, &rs);
	struct timeval tv = { 0, 10 };
	select(efd + 1, &rs, NULL, NULL, &tv);
	syscall(SYS_pselect6, efd + 1, &rs, NULL, NULL, &zero, NULL);
	close(efd);
	sigset_t m;
	sigemptyset(&m);
	sigaddset(&m, SIGUSR2);
	int sfd = signalfd(-1, &m, SFD_CLOEXEC | SFD_NONBLOCK);
	close(sfd);
	int in = inotify_init();
	inotify_add_watch(in, ".", IN_ALL_EVENTS | IN_ONLYDIR | IN_EXCL_UNLINK | IN_MASK_ADD);
	inotify_add_watch(in, ".", IN_ACCESS | IN_ONESHOT | IN_DONT_FOLLOW);
	close(in);
	int p[2];
	syscall(SYS_pipe, p);
	dup2(p[0], p[0]);
	int d = dup(p[1]);
	fcntl(d, F_SETFD, FD_CLOEXEC);
	struct f_owner_ex ow;
	fcntl(d, F_GETOWN_EX, &ow);
	splice(p[0], NULL, p[1], NULL, 0, SPLICE_F_NONBLOCK | SPLICE_F_MORE);
	close(d);
	close(p[0]);
	close(p[1]);
	int f = open("o.txt", O_RDWR | O_CREAT | O_SYNC | O_NOATIME | O_DSYNC, 0640);
	write(f, "", 0);
	read(f, NULL, 0);
	lseek(f, -1, SEEK_END);
	pread(f, &ts, sizeof ts, 1000);
	posix_fadvise(f, 0, 100, POSIX_FADV_DONTNEED);
	posix_fadvise(f, 0, 100, POSIX_FADV_NOREUSE);
	fchmodat(AT_FDCWD, "o.txt", 0600, 0);
	fchownat(AT_FDCWD, "o.txt", 0, 0, AT_EMPTY_PATH);
	lchown("o.txt", -1, -1);
	syscall(SYS_utimes, "o.txt", NULL);
	syscall(SYS_futimesat, AT_FDCWD, "o.txt", NULL);
	close(f);
	open("o.txt", O_RDONLY | O_DIRECT | O_LARGEFILE);
	open(".", O_PATH | O_DIRECTORY | O_NOFOLLOW);
	mknodat(AT_FDCWD, "cdev", S_IFCHR | 0600, makedev(1, 5));
	mknodat(AT_FDCWD, "sock", S_IFSOCK | 0600, 0);
	linkat(AT_FDCWD, "o.txt", AT_FDCWD, "o2.txt", 0);
	syscall(SYS_renameat2, AT_FDCWD, "o2.txt", AT_FDCWD, "o3.txt", (1 << 2) /* RENAME_WHITEOUT */);
	struct statfs sf;
	statfs("/proc", &sf);
	int s = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
	int one = 1, val;
	socklen_t len = sizeof val;
	setsockopt(s, IPPROTO_TCP, TCP_CORK, &one, sizeof one);
	setsockopt(s, IPPROTO_TCP, TCP_QUICKACK, &one, sizeof one);
	setsockopt(s, IPPROTO_TCP, TCP_KEEPIDLE, &one, sizeof one);
	getsockopt(s, IPPROTO_TCP, TCP_MAXSEG, &val, &len);
	len = sizeof val;
	getsockopt(s, SOL_SOCKET, SO_REUSEPORT, &val, &len);
	setsockopt(s, SOL_SOCKET, SO_PRIORITY, &one, sizeof one);
	setsockopt(s, IPPROTO_IP, IP_RECVERR, &one, sizeof one);
	ioctl(s, SIOCATMARK, &val);
	close(s);
	int s6 = socket(AF_INET6, SOCK_DGRAM, IPPROTO_UDP);
	setsockopt(s6, IPPROTO_IPV6, IPV6_V6ONLY, &one, sizeof one);
	setsockopt(s6, IPPROTO_IPV6, IPV6_RECVPKTINFO, &one, sizeof one);
	close(s6);
	prctl(PR_SET_TIMERSLACK, 50000);
	prctl(PR_GET_TIMERSLACK);
	prctl(PR_SET_KEEPCAPS, 1);
	prctl(PR_GET_KEEPCAPS);
	prctl(PR_SET_CHILD_SUBREAPER, 1);
	prctl(PR_SET_THP_DISABLE, 1, 0, 0, 0);
	prctl(PR_GET_THP_DISABLE, 0, 0, 0, 0);
	prctl(PR_SET_DUMPABLE, 1);
	prctl(PR_MCE_KILL, PR_MCE_KILL_SET, PR_MCE_KILL_EARLY, 0, 0);
	prctl(PR_SET_IO_FLUSHER, 0, 0, 0, 0);
	prctl(PR_GET_SPECULATION_CTRL, PR_SPEC_STORE_BYPASS, 0, 0, 0);
	ptrace(PTRACE_PEEKDATA, 1, NULL, NULL);
	syscall(SYS_membarrier, (1 << 3) /* MEMBARRIER_CMD_PRIVATE_EXPEDITED */, 0, 0);
	struct rlimit rl = { 1024, 4096 };
	setrlimit(RLIMIT_NPROC, &rl);
	getrlimit(RLIMIT_MEMLOCK, &rl);
	syscall(SYS_setfsuid, -1);
	syscall(SYS_setfsgid, -1);
	setreuid(-1, -1);
	setregid(-1, -1);
	struct rusage ru;
	getrusage(RUSAGE_CHILDREN, &ru);
	getrusage(RUSAGE_THREAD, &ru);
	mlockall(MCL_CURRENT | MCL_FUTURE | MCL_ONFAULT);
	munlockall();
	void *z = mmap(NULL, 4096, PROT_READ, MAP_SHARED | MAP_ANONYMOUS | MAP_NORESERVE | MAP_POPULATE, -1, 0);
	mprotect(z, 4096, PROT_READ | PROT_WRITE | PROT_EXEC);
	mprotect(z, 4096, PROT_NONE | PROT_GROWSDOWN);
	madvise(z, 4096, MADV_FREE);
	madvise(z, 4096, MADV_HUGEPAGE);
	madvise(z, 4096, MADV_PAGEOUT);
	munmap(z, 4096);
	return 0;
}

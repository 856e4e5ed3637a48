/* test_decode_probe: the program test_decode_families records (not a test
 * suite itself). `test_decode_probe FAMILY DIR` makes a fixed sequence of
 * the calls of one decoder family (file, desc, mem, proc, signal, time,
 * net, ipc, numa, misc), with arguments whose strace output does not depend on the run
 * except for addresses, pids and times, working only inside DIR and on
 * loopback. Every call either fails harmlessly or acts on its own files. */

#include <arpa/inet.h>
#include <fcntl.h>
#include <linux/openat2.h>
#include <netinet/in.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/fanotify.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <linux/sock_diag.h>
#include <linux/unix_diag.h>
#include <linux/if_packet.h>
#include <net/ethernet.h>
#include <linux/aio_abi.h>
#include <sys/quota.h>
#include <linux/filter.h>
#include <linux/fs.h>
#include <linux/if_alg.h>
#include <linux/seccomp.h>
#include <net/if.h>
#include <mqueue.h>
#include <linux/capability.h>
#include <linux/membarrier.h>
#include <linux/sched.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <sys/ipc.h>
#include <sys/msg.h>
#include <sys/personality.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/time.h>
#include <sys/times.h>
#include <sys/file.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/ptrace.h>
#include <sys/user.h>
#include <sys/resource.h>
#include <sys/select.h>
#include <sys/sendfile.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define NOPID 0x7ffffff0 /* no such process: kill() fails with ESRCH */

static void fam_file(void)
{
	umask(022);
	int fd = openat(AT_FDCWD, "f1", O_WRONLY | O_CREAT | O_TRUNC, 0644);
	write(fd, "hello\n", 6);
	close(fd);
	close(creat("f2", 0600));
	struct open_how how = { .flags = O_RDONLY | O_CLOEXEC, .resolve = RESOLVE_NO_XDEV };
	close((int)syscall(SYS_openat2, AT_FDCWD, "f1", &how, sizeof how));
	struct stat st;
	fstatat(AT_FDCWD, "f1", &st, AT_SYMLINK_NOFOLLOW);
	fd = open("f1", O_RDONLY);
	fstatat(fd, "", &st, AT_EMPTY_PATH);
	struct statx sx;
	statx(AT_FDCWD, "f1", AT_SYMLINK_NOFOLLOW, STATX_MODE | STATX_SIZE, &sx);
	access("f1", R_OK | W_OK);
	syscall(SYS_faccessat2, AT_FDCWD, "f1", F_OK, AT_EACCESS);
	symlink("f1", "l1");
	char b[256];
	readlink("l1", b, sizeof b);
	link("f1", "h1");
	rename("h1", "h2");
	syscall(SYS_renameat2, AT_FDCWD, "h2", AT_FDCWD, "h3", RENAME_NOREPLACE);
	mkdir("d1", 0755);
	mknodat(AT_FDCWD, "fifo", S_IFIFO | 0640, 0);
	int dfd = open(".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	syscall(SYS_getdents64, dfd, b, sizeof b);
	close(dfd);
	chmod("f1", 0600);
	fchownat(AT_FDCWD, "l1", -1, -1, AT_SYMLINK_NOFOLLOW);
	struct timespec ts[2] = { { 1577836800, 0 }, { 1577836800, 123456789 } };
	utimensat(AT_FDCWD, "f1", ts, 0);
	ts[0].tv_nsec = UTIME_NOW;
	ts[1].tv_nsec = UTIME_OMIT;
	utimensat(AT_FDCWD, "f1", ts, AT_SYMLINK_NOFOLLOW);
	truncate("f1", 3);
	open("nodir/x", O_RDONLY);
	unlinkat(AT_FDCWD, "d1", AT_REMOVEDIR);
	unlink("l1");
	close(fd);
}

static void fam_desc(void)
{
	int p[2], q[2];
	pipe2(p, O_CLOEXEC | O_NONBLOCK);
	pipe2(q, 0);
	write(q[1], "abc\001\377\n\t\"\\", 9);
	char b[64];
	read(q[0], b, sizeof b);
	struct iovec iov[2] = { { "hello", 5 }, { " world", 6 } };
	writev(q[1], iov, 2);
	char x1[3], x2[20];
	struct iovec io2[2] = { { x1, 3 }, { x2, 20 } };
	readv(q[0], io2, 2);
	int fd = open("pf", O_RDWR | O_CREAT | O_TRUNC, 0644);
	pwrite(fd, "data", 4, 100);
	pread(fd, b, 10, 98);
	lseek(fd, -5, SEEK_END);
	dup2(fd, 20);
	dup3(fd, 21, O_CLOEXEC);
	close(20);
	close(21);
	fcntl(fd, F_SETFD, FD_CLOEXEC);
	fcntl(fd, F_GETFD);
	fcntl(fd, F_GETFL);
	fcntl(fd, F_SETFL, O_NONBLOCK | O_APPEND);
	fcntl(fd, F_DUPFD_CLOEXEC, 30);
	struct flock fl = { .l_type = F_WRLCK, .l_whence = SEEK_SET, .l_start = 0, .l_len = 10 };
	fcntl(fd, F_SETLK, &fl);
	write(q[1], "z", 1);
	int n;
	ioctl(q[0], FIONREAD, &n);
	struct pollfd pf[2] = { { q[0], POLLIN, 0 }, { q[1], POLLOUT, 0 } };
	poll(pf, 2, 0);
	read(q[0], b, 1);
	poll(pf, 1, 0);
	int ep = epoll_create1(EPOLL_CLOEXEC);
	struct epoll_event ev = { .events = EPOLLOUT, .data.u64 = 7 };
	epoll_ctl(ep, EPOLL_CTL_ADD, q[1], &ev);
	struct epoll_event evs[4];
	epoll_wait(ep, evs, 4, 0);
	close(eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK));
	write(fd, "0123456789", 10);
	off_t off = 2;
	sendfile(q[1], fd, &off, 3);
	off = 1000; /* past the end: nothing copied, the offset is not shown again */
	sendfile(q[1], fd, &off, 3);
	sendfile(q[1], fd, &off, 0);
	read(q[0], b, sizeof b);
	posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);
	flock(fd, LOCK_EX | LOCK_NB);
	close(-1);
	close(fd);
	unlink("pf");
	/* pselect6's sixth argument: { sigset pointer, size }, and the set */
	sigset_t mask;
	sigemptyset(&mask);
	sigaddset(&mask, SIGINT);
	sigaddset(&mask, SIGRTMIN + 2);
	struct timespec zero = { 0, 0 };
	struct { const sigset_t *ss; size_t len; } sm = { &mask, 8 }, none = { NULL, 8 };
	syscall(SYS_pselect6, 0, NULL, NULL, NULL, &zero, &sm);
	syscall(SYS_pselect6, 0, NULL, NULL, NULL, &zero, &none);
}

static void fam_mem(void)
{
	void *m = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	mprotect(m, 4096, PROT_READ);
	madvise(m, 4096, MADV_DONTNEED);
	msync(m, 4096, MS_SYNC | MS_INVALIDATE);
	m = mremap(m, 8192, 16384, MREMAP_MAYMOVE);
	munmap(m, 16384);
	mmap(NULL, 4096, PROT_NONE, MAP_SHARED | MAP_FIXED_NOREPLACE, -1, 0);
}

static void fam_proc(void)
{
	sigset_t ss;
	sigemptyset(&ss);
	sigaddset(&ss, SIGCHLD);
	sigprocmask(SIG_BLOCK, &ss, NULL);
	pid_t p = fork();
	if (p == 0)
		_exit(3);
	int status;
	wait4(p, &status, 0, NULL);
	p = fork();
	if (p == 0) {
		raise(SIGKILL);
		_exit(1);
	}
	wait4(p, &status, 0, NULL);
	wait4(-1, &status, WNOHANG, NULL);
	struct rlimit rl = { 1024 * 1024, 1024 * 1024 };
	prlimit(0, RLIMIT_FSIZE, &rl, NULL);
	prlimit(0, RLIMIT_FSIZE, NULL, &rl);
	syscall(SYS_prctl, PR_SET_NAME, "probe", 0, 0, 0);
	char nm[16];
	syscall(SYS_prctl, PR_GET_NAME, nm, 0, 0, 0);
	syscall(SYS_arch_prctl, 0x3001, 0);
	/* clone3 storing a pidfd and the child's tid; waitid through the pidfd */
	int pidfd = -1, ptid = 0;
	struct clone_args ca;
	memset(&ca, 0, sizeof ca);
	ca.flags = CLONE_PIDFD | CLONE_PARENT_SETTID;
	ca.pidfd = (uint64_t)(uintptr_t)&pidfd;
	ca.parent_tid = (uint64_t)(uintptr_t)&ptid;
	ca.exit_signal = SIGCHLD;
	if (syscall(SYS_clone3, &ca, sizeof ca) == 0)
		_exit(4);
	siginfo_t si;
	syscall(SYS_waitid, 3 /* P_PIDFD */, pidfd, &si, WEXITED, NULL);
	close(pidfd);
	char *argv[] = { "true", "a b", NULL };
	char *envp[] = { "A=1", NULL };
	execve("/nonexistent/true", argv, envp);
}

static void on_usr1(int sig)
{
	(void)sig;
}

static void on_alrm(int sig)
{
	(void)sig;
}

static void on_usr1_nested(int sig)
{
	(void)sig;
	raise(SIGALRM);
}

static void fam_signal(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_usr1;
	sigemptyset(&sa.sa_mask);
	sigaddset(&sa.sa_mask, SIGUSR2);
	sa.sa_flags = SA_RESTART;
	sigaction(SIGUSR1, &sa, NULL);
	sa.sa_handler = SIG_IGN;
	sa.sa_flags = 0;
	sigaction(SIGPIPE, &sa, NULL);
	sigset_t ss, old;
	sigemptyset(&ss);
	sigaddset(&ss, SIGHUP);
	sigaddset(&ss, 34);
	sigprocmask(SIG_BLOCK, &ss, &old);
	sigprocmask(SIG_SETMASK, &old, NULL);
	kill(NOPID, SIGTERM);
	kill(NOPID, 34);
	raise(SIGUSR1);
	/* the mask rt_sigreturn restores is the one blocked before the signal */
	sigemptyset(&ss);
	sigaddset(&ss, SIGUSR2);
	sigprocmask(SIG_BLOCK, &ss, NULL);
	raise(SIGUSR1);
	/* a queued value, taken synchronously (USR2 is blocked now) */
	union sigval val = { .sival_int = 7 };
	sigqueue(getpid(), SIGUSR2, val);
	siginfo_t si;
	struct timespec one = { 1, 0 };
	sigtimedwait(&ss, &si, &one);
	/* a signal taken inside a handler: its frame saved the handler's mask
	 * ([HUP USR1]), which no rt_sigprocmask ever set */
	sigprocmask(SIG_UNBLOCK, &ss, NULL);
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_alrm;
	sigaction(SIGALRM, &sa, NULL);
	sa.sa_handler = on_usr1_nested;
	sigaddset(&sa.sa_mask, SIGHUP);
	sigaction(SIGUSR1, &sa, NULL);
	raise(SIGUSR1);
}

static void fam_time(void)
{
	struct timespec d = { 0, 1000 };
	nanosleep(&d, NULL);
	clock_nanosleep(CLOCK_MONOTONIC, 0, &d, NULL);
	syscall(SYS_clock_gettime, 0x7f, NULL);
	syscall(SYS_clock_nanosleep, CLOCK_REALTIME, TIMER_ABSTIME, NULL, NULL);
}

static void fam_net(void)
{
	int s = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, IPPROTO_TCP);
	int one = 1;
	setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
	struct linger lg = { 1, 0 };
	setsockopt(s, SOL_SOCKET, SO_LINGER, &lg, sizeof lg);
	struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = htons(47123),
				 .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
	bind(s, (void *)&a, sizeof a);
	listen(s, 5);
	socklen_t l = sizeof a;
	getsockname(s, (void *)&a, &l);
	int c = socket(AF_INET, SOCK_STREAM, 0);
	connect(c, (void *)&a, sizeof a);
	int x = accept4(s, NULL, NULL, SOCK_CLOEXEC);
	int v;
	l = sizeof v;
	getsockopt(c, SOL_SOCKET, SO_ERROR, &v, &l);
	sendto(c, "ping", 4, 0, NULL, 0);
	char b[64];
	recvfrom(x, b, sizeof b, 0, NULL, NULL);
	struct iovec iov[2] = { { "he", 2 }, { "llo", 3 } };
	struct msghdr m = { .msg_iov = iov, .msg_iovlen = 2 };
	sendmsg(c, &m, 0);
	char r1[3], r2[10];
	struct iovec riov[2] = { { r1, 3 }, { r2, 10 } };
	struct msghdr rm = { .msg_iov = riov, .msg_iovlen = 2 };
	recvmsg(x, &rm, 0);
	shutdown(c, SHUT_WR);
	close(c);
	close(x);
	close(s);
	int sv[2];
	socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
	struct sockaddr_un ua = { .sun_family = AF_UNIX, .sun_path = "/nonexistent/sock" };
	connect(sv[0], (void *)&ua, sizeof ua);
	struct sockaddr_in6 a6 = { .sin6_family = AF_INET6, .sin6_port = htons(47124),
				   .sin6_addr = IN6ADDR_LOOPBACK_INIT };
	int s6 = socket(AF_INET6, SOCK_DGRAM, 0);
	bind(s6, (void *)&a6, sizeof a6);
	close(s6);
}

static void fam_ipc(void)
{
	int sh = shmget(IPC_PRIVATE, 4096, IPC_CREAT | 0600);
	void *p = shmat(sh, NULL, SHM_RDONLY);
	shmdt(p);
	shmctl(sh, IPC_RMID, NULL);
	int se = semget(IPC_PRIVATE, 1, IPC_CREAT | IPC_EXCL | 0640);
	struct sembuf sb = { 0, 1, IPC_NOWAIT | SEM_UNDO };
	semop(se, &sb, 1);
	semctl(se, 0, IPC_RMID);
	int mq = msgget(IPC_PRIVATE, IPC_CREAT | 0600);
	msgctl(mq, IPC_RMID, NULL);
}

/* SysV messages and the *ctl structs: what msgsnd sends and msgrcv gets,
 * IPC_STAT and IPC_SET, the IPC_INFO forms. */
static void fam_sysv(void)
{
	struct { long mtype; char mtext[48]; } m = { 7, "a message longer than the 32 bytes of -s" }, r;
	int mq = msgget(IPC_PRIVATE, IPC_CREAT | 0600);
	msgsnd(mq, &m, 41, IPC_NOWAIT);
	msgsnd(mq, &m, 2, 0);
	msgrcv(mq, &r, 4, 7, MSG_NOERROR);
	msgrcv(mq, &r, sizeof r.mtext, 0, 0);
	msgrcv(mq, &r, sizeof r.mtext, 0, IPC_NOWAIT);
	struct msqid_ds md;
	msgctl(mq, IPC_STAT, &md);
	md.msg_qbytes = 8000;
	msgctl(mq, IPC_SET, &md);
	struct msginfo mi;
	msgctl(mq, IPC_INFO, (struct msqid_ds *)&mi);
	msgctl(mq, IPC_RMID, NULL);
	int sh = shmget(IPC_PRIVATE, 4096, IPC_CREAT | 0640);
	struct shmid_ds sd;
	shmctl(sh, IPC_STAT, &sd);
	struct shm_info si;
	shmctl(sh, SHM_INFO, (struct shmid_ds *)&si);
	shmctl(sh, IPC_RMID, NULL);
	int se = semget(IPC_PRIVATE, 2, IPC_CREAT | 0600);
	struct semid_ds sm;
	semctl(se, 0, IPC_STAT, &sm);
	semctl(se, 0, IPC_SET, &sm);
	semctl(se, 0, IPC_RMID);
}

/* NUMA policy: node masks of one word, of 1025 bits (libnuma's), longer
 * than -s words, unreadable; modes with MPOL_F_* flags and without a name.
 * set_mempolicy and mbind print their masks whether or not the kernel has
 * NUMA, so only those are checked; a policy set is undone at once. */
static void fam_numa(void)
{
	unsigned long mask[40] = { 1 }, one = 1;
	syscall(SYS_set_mempolicy, 1 /* MPOL_PREFERRED */, &one, 64UL);
	syscall(SYS_set_mempolicy, 2 | 0x8000 /* MPOL_BIND|MPOL_F_STATIC_NODES */, &one, 2UL);
	syscall(SYS_set_mempolicy, 3 | 0x4000 /* MPOL_INTERLEAVE|MPOL_F_RELATIVE_NODES */, mask, 1025UL);
	syscall(SYS_set_mempolicy, 2, mask, 40UL * 64);
	syscall(SYS_set_mempolicy, 7 | 0x8000, &one, 64UL);
	syscall(SYS_set_mempolicy, 77, &one, 64UL);
	syscall(SYS_set_mempolicy, 2, (void *)8, 64UL);
	syscall(SYS_set_mempolicy, 0, NULL, 0UL);
	syscall(SYS_mbind, NULL, 0UL, 2 | 0x2000 /* MPOL_F_NUMA_BALANCING */, &one, 64UL, 1 | 2);
	syscall(SYS_migrate_pages, 0, 64UL, &one, &one);
}

/* Native AIO: a write, an fsync and a read with an eventfd to signal,
 * their completions, and a pointer array with a bad pointer in it. */
static void fam_aio(void)
{
	aio_context_t ctx = 0;
	syscall(SYS_io_setup, 8, &ctx);
	int fd = open("aio.out", O_RDWR | O_CREAT | O_TRUNC, 0600);
	int efd = eventfd(0, 0);
	char buf[64] = "", data[] = "written through aio, longer than thirty-two bytes";
	struct iocb cb[3];
	memset(cb, 0, sizeof cb);
	cb[0] = (struct iocb){ .aio_data = 0x1234, .aio_lio_opcode = IOCB_CMD_PWRITE, .aio_fildes = fd,
			       .aio_buf = (unsigned long)data, .aio_nbytes = sizeof data - 1 };
	cb[1] = (struct iocb){ .aio_lio_opcode = IOCB_CMD_FSYNC, .aio_fildes = fd };
	cb[2] = (struct iocb){ .aio_rw_flags = RWF_HIPRI, .aio_lio_opcode = IOCB_CMD_PREAD,
			       .aio_fildes = fd, .aio_buf = (unsigned long)buf, .aio_nbytes = 4,
			       .aio_offset = 3, .aio_flags = IOCB_FLAG_RESFD, .aio_resfd = efd };
	struct iocb *cbs[] = { &cb[0], &cb[1], &cb[2], (struct iocb *)8 };
	struct io_event ev[4];
	struct timespec ts = { 1, 0 };
	for (int i = 0; i < 3; i++) {
		syscall(SYS_io_submit, ctx, 1, cbs + i);
		syscall(SYS_io_getevents, ctx, 1, 4, ev, i ? NULL : &ts);
	}
	syscall(SYS_io_submit, ctx, 2, cbs + 2);
	syscall(SYS_io_getevents, ctx, 1, 4, ev, NULL);
	syscall(SYS_io_destroy, ctx);
	close(efd);
	close(fd);
	unlink("aio.out");
}

/* ptrace requests on a process that does not exist: each fails, and what
 * strace shows is the arguments' layout for the request and the data the
 * SET requests pass in. */
static void fam_ptrace(void)
{
	pid_t p = 2147483632;
	struct user_regs_struct r;
	memset(&r, 0, sizeof r);
	r.r15 = 1;
	r.rip = 0x401000;
	r.eflags = 0x246;
	struct user_fpregs_struct f;
	memset(&f, 0, sizeof f);
	f.cwd = 0x37f;
	f.xmm_space[3] = 0xff;
	struct iovec io = { &r, sizeof r };
	uint64_t mask = (1u << 9) | (1u << 1);
	siginfo_t si;
	memset(&si, 0, sizeof si);
	si.si_signo = SIGUSR1;
	si.si_code = SI_USER;
	ptrace(PTRACE_SETREGS, p, 0, &r);
	ptrace(PTRACE_GETREGS, p, 0, &r);
	ptrace(PTRACE_SETFPREGS, p, 0, &f);
	ptrace(PTRACE_PEEKUSER, p, 8 * 16, 0);
	ptrace(PTRACE_PEEKUSER, p, 8 * 26, 0);
	ptrace(PTRACE_POKEUSER, p, 5000, 0x77);
	ptrace(PTRACE_SETREGSET, p, 1 /* NT_PRSTATUS */, &io);
	ptrace(PTRACE_GETREGSET, p, 0x999, &io);
	ptrace(PTRACE_SETSIGMASK, p, 8, &mask);
	ptrace(PTRACE_SETSIGINFO, p, 0, &si);
	ptrace(PTRACE_INTERRUPT, p, 0, 0);
	ptrace(PTRACE_KILL, p, 0, 0);
	ptrace(PTRACE_SEIZE, p, 0, PTRACE_O_TRACECLONE | PTRACE_O_EXITKILL);
	ptrace(PTRACE_SINGLESTEP, p, 0, SIGTRAP);
}

static void fam_misc(void)
{
	struct tms t;
	times(&t);
	timer_t tid;
	struct sigevent sev;
	memset(&sev, 0, sizeof sev);
	sev.sigev_notify = SIGEV_SIGNAL;
	sev.sigev_signo = SIGALRM;
	sev.sigev_value.sival_int = 5;
	syscall(SYS_timer_create, CLOCK_MONOTONIC, &sev, &tid);
	struct itimerspec its = { { 0, 0 }, { 100, 0 } };
	syscall(SYS_timer_settime, tid, 0, &its, NULL);
	syscall(SYS_timer_delete, tid);
	struct itimerval iv = { { 0, 0 }, { 0, 0 } };
	setitimer(ITIMER_REAL, &iv, NULL);
	syscall(SYS_membarrier, MEMBARRIER_CMD_QUERY, 0, 0);
	syscall(SYS_ioprio_set, 1, 0, (2 << 13) | 4);
	syscall(SYS_ioprio_get, 1, 0);
	personality(0xffffffff);
	getpriority(PRIO_PROCESS, 0);
	uid_t r, e, s;
	getresuid(&r, &e, &s);
	setresuid(-1, -1, -1);
	struct __user_cap_header_struct ch = { _LINUX_CAPABILITY_VERSION_3, 0 };
	struct __user_cap_data_struct cd[2];
	syscall(SYS_capget, &ch, cd);
	int in = inotify_init1(IN_CLOEXEC);
	inotify_add_watch(in, ".", IN_CREATE | IN_DELETE);
	close(in);
	struct sched_param sp;
	sched_getparam(0, &sp);
	sched_getscheduler(0);
}

/* Cases the wider corpus found (tests/corpus/FINDINGS.md): an empty envp,
 * an empty iovec, EPOLL_CTL_DEL's ignored event, prctl/arch_prctl/ptrace
 * forms, signed keys, legacy getdents and utime, a size-0 listxattr, a
 * recvfrom with MSG_TRUNC and a recvmsg whose msg_namelen the kernel
 * rewrote. */
static void fam_edge(void)
{
	char *argv[] = { "nope", NULL }, *envp[] = { NULL };
	execve("./nope", argv, envp);
	int fd = open("e", O_RDWR | O_CREAT | O_TRUNC, 0644);
	struct iovec iov[1] = { { "x", 1 } };
	writev(fd, iov, 0);
	int p[2];
	pipe(p);
	int ep = epoll_create1(0);
	struct epoll_event ev = { EPOLLIN, { 0 } };
	epoll_ctl(ep, EPOLL_CTL_ADD, p[0], &ev);
	epoll_ctl(ep, EPOLL_CTL_DEL, p[0], &ev);
	close(ep);
	close(p[0]);
	close(p[1]);
	syscall(SYS_prctl, PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0);
	unsigned long gs = 1;
	syscall(SYS_arch_prctl, 0x1004 /* ARCH_GET_GS */, &gs);
	syscall(SYS_pkey_free, -1);
	syscall(SYS_delete_module, "no_such_module", O_NONBLOCK);
	struct { long actime, modtime; } ut = { 1000, 2000 };
	syscall(SYS_utime, "e", &ut);
	struct timeval tv[2] = { { 3000, 1 }, { 4000, 0 } };
	syscall(SYS_utimes, "e", tv);
	syscall(SYS_flistxattr, fd, NULL, 0);
	mkdir("d", 0755);
	int dfd = open("d", O_RDONLY | O_DIRECTORY);
	char b[512];
	syscall(SYS_getdents, dfd, b, sizeof b);
	syscall(SYS_getdents, dfd, b, sizeof b);
	close(dfd);
	rmdir("d");
	close(fd);
	unlink("e");
	int sv[2];
	socketpair(AF_UNIX, SOCK_DGRAM, 0, sv);
	send(sv[0], "packet", 6, 0);
	recv(sv[1], b, 3, MSG_TRUNC);
	send(sv[0], "again", 5, 0);
	struct sockaddr_un from;
	struct iovec riov = { b, sizeof b };
	struct msghdr mh = { &from, sizeof from, &riov, 1, NULL, 0, 0 };
	recvmsg(sv[1], &mh, 0);
	/* a zero-length peek: iov_base NULL stays NULL */
	send(sv[0], "x", 1, 0);
	struct iovec none = { NULL, 0 };
	struct msghdr peek = { NULL, 0, &none, 1, NULL, 0, 0 };
	recvmsg(sv[1], &peek, MSG_PEEK | MSG_TRUNC);
	close(sv[0]);
	close(sv[1]);
	int one = 1, nl = socket(AF_NETLINK, SOCK_RAW, 0);
	setsockopt(nl, 270 /* SOL_NETLINK */, 11 /* NETLINK_EXT_ACK */, &one, sizeof one);
	close(nl);
	/* a sleep a signal interrupts: the kernel wrote the time left */
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_alrm;
	sigaction(SIGALRM, &sa, NULL);
	struct itimerval it = { { 0, 0 }, { 0, 200000 } }; /* long after the sleep began */
	setitimer(ITIMER_REAL, &it, NULL);
	struct timespec two = { 5, 0 }, left;
	syscall(SYS_nanosleep, &two, &left);
}

/* A sleep stopped and continued (no handler runs): the kernel resumes it
 * with restart_syscall, which strace names after the interrupted call. The
 * child tells the parent through a pipe that it is about to sleep. */
static void fam_restart(void)
{
	int p[2];
	pipe(p);
	pid_t pid = fork();
	if (pid == 0) {
		struct timespec t = { 0, 300000000 };
		write(p[1], "s", 1);
		syscall(SYS_nanosleep, &t, NULL);
		_exit(0);
	}
	char b;
	read(p[0], &b, 1);
	struct timespec d = { 0, 50000000 };
	nanosleep(&d, NULL); /* the child is surely in its sleep */
	kill(pid, SIGSTOP);
	nanosleep(&d, NULL);
	kill(pid, SIGCONT);
	waitpid(pid, NULL, 0);
}

/* An RTM_GETADDR dump on a NETLINK_ROUTE socket bound to a fixed port id
 * (so nlmsg_pid is the same every run), read until NLMSG_DONE, then a
 * short RTM_GETLINK request that is not answered. */
/* NETLINK_SOCK_DIAG: what the kernel says of one end of a socketpair,
 * asked for by its inode (no dump: the machine's other sockets vary). */
static void sock_diag(void)
{
	int sv[2];
	struct stat st;
	if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv) < 0 || fstat(sv[0], &st) < 0)
		return;
	int nl = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_SOCK_DIAG);
	/* bound first: strace names a netlink socket's protocol only then */
	struct sockaddr_nl me = { .nl_family = AF_NETLINK };
	bind(nl, (struct sockaddr *)&me, sizeof me);
	struct {
		struct nlmsghdr h;
		struct unix_diag_req r;
	} req = { { sizeof req, SOCK_DIAG_BY_FAMILY, NLM_F_REQUEST, 6, 0 },
		  { .sdiag_family = AF_UNIX, .udiag_states = ~0u, .udiag_ino = (unsigned)st.st_ino,
		    .udiag_show = UDIAG_SHOW_PEER | UDIAG_SHOW_RQLEN,
		    .udiag_cookie = { ~0u, ~0u } } };
	send(nl, &req, sizeof req, 0);
	char buf[4096];
	recv(nl, buf, sizeof buf, 0);
	close(nl);
	close(sv[0]);
	close(sv[1]);
}

static void netlink_dump(void)
{
	int nl = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE);
	struct sockaddr_nl me = { .nl_family = AF_NETLINK, .nl_pid = 47911 }, kernel = { .nl_family = AF_NETLINK };
	bind(nl, (struct sockaddr *)&me, sizeof me);
	struct {
		struct nlmsghdr h;
		struct ifaddrmsg a;
	} req = { { sizeof req, RTM_GETADDR, NLM_F_REQUEST | NLM_F_DUMP, 1, 47911 }, { .ifa_family = AF_INET } };
	sendto(nl, &req, sizeof req, 0, (struct sockaddr *)&kernel, sizeof kernel);
	char buf[16384];
	for (int done = 0; !done;) {
		struct iovec iov = { buf, sizeof buf };
		struct msghdr mh = { &kernel, sizeof kernel, &iov, 1, NULL, 0, 0 };
		ssize_t n = recvmsg(nl, &mh, 0);
		if (n <= 0)
			break;
		for (struct nlmsghdr *h = (struct nlmsghdr *)buf; NLMSG_OK(h, (size_t)n); h = NLMSG_NEXT(h, n))
			if (h->nlmsg_type == NLMSG_DONE || h->nlmsg_type == NLMSG_ERROR)
				done = 1;
	}
	struct {
		struct nlmsghdr h;
		struct rtmsg r;
		struct rtattr a;
		struct in_addr dst;
	} route = { { sizeof route, RTM_GETROUTE, NLM_F_REQUEST, 3, 47911 }, { .rtm_family = AF_INET, .rtm_dst_len = 32 },
		    { RTA_LENGTH(sizeof(struct in_addr)), RTA_DST }, { htonl(INADDR_LOOPBACK) } };
	sendto(nl, &route, sizeof route, 0, (struct sockaddr *)&kernel, sizeof kernel);
	struct iovec iov = { buf, sizeof buf };
	struct msghdr mh = { &kernel, sizeof kernel, &iov, 1, NULL, 0, 0 };
	recvmsg(nl, &mh, 0);
	struct {
		struct nlmsghdr h;
		struct ifinfomsg i;
	} lo = { { sizeof lo, RTM_GETLINK, NLM_F_REQUEST, 4, 47911 },
		 { .ifi_family = AF_UNSPEC, .ifi_index = (int)if_nametoindex("lo") } };
	sendto(nl, &lo, sizeof lo, 0, (struct sockaddr *)&kernel, sizeof kernel);
	recvmsg(nl, &mh, 0);
	lo.h.nlmsg_seq = 5;
	lo.h.nlmsg_flags = NLM_F_REQUEST | NLM_F_ACK;
	lo.i.ifi_index = 0x7fffff00; /* no such interface: the error quotes the request */
	sendto(nl, &lo, sizeof lo, 0, (struct sockaddr *)&kernel, sizeof kernel);
	recvmsg(nl, &mh, 0);
	struct {
		struct nlmsghdr h;
		unsigned char family;
		unsigned char pad[3];
	} link = { { sizeof link, RTM_GETLINK, NLM_F_REQUEST, 2, 47911 }, AF_UNSPEC, { 0 } };
	send(nl, &link, sizeof link, MSG_DONTWAIT);
	close(nl);
}

/* Calls whose flags, structs and strings strace decodes and the generic
 * form did not: POSIX message queues, the new mount API's context,
 * fanotify, process_vm_readv's two iovec arrays, process_madvise,
 * epoll_pwait2, futex_waitv, landlock's version query, set_mempolicy;
 * FS_IOC_GETFLAGS and the interface ioctls, classic BPF programs given to a
 * socket and to seccomp (a filter that allows everything), an AF_ALG
 * address; remap_file_pages, io_setup, getcpu, mbind, open_tree, fspick,
 * mount_setattr, quotactl, ustat, keyctl, request_key and bpf forms; prctl
 * options with strace's own argument rules; SIOCATMARK; an AF_PACKET
 * address, multicast group requests, IP_PKTINFO and IP_TTL control data. */
static void fam_newer(void)
{
	struct mq_attr attr = { 0, 4, 64, 0, { 0 } };
	syscall(SYS_mq_unlink, "rtrace-decode");
	int q = (int)syscall(SYS_mq_open, "rtrace-decode", O_RDWR | O_CREAT | O_EXCL, 0600, &attr);
	struct timespec zero = { 0, 0 };
	char b[64];
	unsigned prio;
	syscall(SYS_mq_timedsend, q, "message", 7, 3, &zero);
	syscall(SYS_mq_timedreceive, q, b, sizeof b, &prio, &zero);
	syscall(SYS_mq_timedreceive, q, b, sizeof b, &prio, &zero);
	struct mq_attr got, set = { O_NONBLOCK, 4, 64, 0, { 0 } };
	syscall(SYS_mq_getsetattr, q, NULL, &got);
	syscall(SYS_mq_getsetattr, q, &set, NULL);
	close(q);
	syscall(SYS_mq_unlink, "rtrace-decode");
	int fs = (int)syscall(SYS_fsopen, "tmpfs", 1 /* FSOPEN_CLOEXEC */);
	syscall(SYS_fsconfig, fs, 1 /* FSCONFIG_SET_STRING */, "size", "2m", 0);
	syscall(SYS_fsconfig, fs, 0 /* FSCONFIG_SET_FLAG */, "ro", NULL, 0);
	close(fs);
	int fan = (int)syscall(SYS_fanotify_init, FAN_CLASS_NOTIF | FAN_CLOEXEC, O_RDONLY);
	syscall(SYS_fanotify_mark, fan, FAN_MARK_ADD, (unsigned long)(FAN_CLOSE_WRITE | FAN_OPEN), AT_FDCWD, ".");
	close(fan);
	char src[16] = "process memory", dst[16];
	struct iovec local = { dst, sizeof dst }, remote = { src, sizeof src };
	syscall(SYS_process_vm_readv, getpid(), &local, 1, &remote, 1, 0);
	syscall(SYS_process_madvise, -1, &remote, 1, 20 /* MADV_COLD */, 0);
	int ep = epoll_create1(0);
	struct epoll_event ev;
	syscall(SYS_epoll_pwait2, ep, &ev, 1, &zero, NULL, 8);
	close(ep);
	syscall(SYS_futex_waitv, NULL, 0, 0, NULL, CLOCK_REALTIME);
	char params[120] = { 0 }; /* struct io_uring_params */
	close((int)syscall(SYS_io_uring_setup, 4, params));
	syscall(SYS_landlock_create_ruleset, NULL, 0, 1 /* LANDLOCK_CREATE_RULESET_VERSION */);
	syscall(SYS_set_mempolicy, 0 /* MPOL_DEFAULT */, NULL, 0);
	int mode;
	unsigned long nodes[2];
	syscall(SYS_get_mempolicy, &mode, nodes, 128, NULL, 0);
	char *pages = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	pages[0] = 1; /* the first page resident, the second not */
	unsigned char vec[2];
	mincore(pages, 8192, vec);
	munmap(pages, 8192);
	int f = open("flags", O_RDWR | O_CREAT | O_TRUNC, 0644);
	int fl = 0;
	ioctl(f, FS_IOC_GETFLAGS, &fl);
	close(f);
	unlink("flags");
	int so = socket(AF_INET, SOCK_DGRAM, 0);
	struct ifreq ifr;
	memset(&ifr, 0, sizeof ifr);
	strcpy(ifr.ifr_name, "lo");
	ioctl(so, SIOCGIFINDEX, &ifr);
	ioctl(so, SIOCGIFFLAGS, &ifr);
	struct sock_filter allow = BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW);
	struct sock_fprog prog = { 1, &allow };
	setsockopt(so, SOL_SOCKET, SO_ATTACH_FILTER, &prog, sizeof prog);
	close(so);
	struct sockaddr_alg alg = { .salg_family = AF_ALG, .salg_type = "hash", .salg_name = "sha256" };
	bind(-1, (struct sockaddr *)&alg, sizeof alg);
	unsigned act = SECCOMP_RET_LOG;
	syscall(SYS_seccomp, SECCOMP_GET_ACTION_AVAIL, 0, &act);
	char *m = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	syscall(SYS_remap_file_pages, m, 4096, 0, 0, 0);
	munmap(m, 4096);
	aio_context_t ctx = 0;
	syscall(SYS_io_setup, 4, &ctx);
	syscall(SYS_io_destroy, ctx);
	unsigned cpu, node;
	syscall(SYS_getcpu, &cpu, &node, NULL);
	syscall(SYS_mbind, NULL, 0, 0, NULL, 0, 1 /* MPOL_MF_STRICT */);
	syscall(SYS_open_tree, AT_FDCWD, "nodir", 1 /* OPEN_TREE_CLONE */ | O_CLOEXEC);
	syscall(SYS_fspick, AT_FDCWD, "nodir", 1 /* FSPICK_CLOEXEC */);
	syscall(SYS_mount_setattr, -1, "", AT_EMPTY_PATH, NULL, 0);
	syscall(SYS_quotactl, QCMD(Q_GETQUOTA, USRQUOTA), "/dev/null", 0, NULL);
	syscall(SYS_quotactl, QCMD(Q_SYNC, GRPQUOTA), NULL, 0, NULL);
	syscall(SYS_ustat, 0x801, NULL);
	syscall(SYS_keyctl, 0 /* KEYCTL_GET_KEYRING_ID */, -2 /* KEY_SPEC_PROCESS_KEYRING */, 0);
	syscall(SYS_request_key, "user", "rtrace-decode-none", NULL, -3 /* KEY_SPEC_SESSION_KEYRING */);
	syscall(SYS_bpf, 0 /* BPF_MAP_CREATE */, NULL, 0);
	prctl(PR_GET_THP_DISABLE, 0, 0, 0, 0);
	prctl(PR_MCE_KILL, PR_MCE_KILL_SET, PR_MCE_KILL_EARLY, 0, 0);
	prctl(PR_MCE_KILL, PR_MCE_KILL_CLEAR, 0, 0, 0);
	prctl(PR_GET_SPECULATION_CTRL, PR_SPEC_STORE_BYPASS, 0, 0, 0);
	int tcp = socket(AF_INET, SOCK_STREAM, 0), mark;
	ioctl(tcp, SIOCATMARK, &mark);
	close(tcp);
	int pk = socket(AF_PACKET, SOCK_DGRAM, htons(ETH_P_IP));
	struct sockaddr_ll ll = { .sll_family = AF_PACKET, .sll_protocol = htons(ETH_P_IP), .sll_ifindex = 1 };
	bind(pk, (struct sockaddr *)&ll, sizeof ll);
	close(pk);
	int one = 1, u = socket(AF_INET, SOCK_DGRAM, 0);
	struct ip_mreq mr = { { htonl(0xef010203) }, { htonl(INADDR_LOOPBACK) } };
	setsockopt(u, IPPROTO_IP, IP_ADD_MEMBERSHIP, &mr, sizeof mr);
	setsockopt(u, IPPROTO_IP, IP_PKTINFO, &one, sizeof one);
	setsockopt(u, IPPROTO_IP, IP_RECVTTL, &one, sizeof one);
	struct sockaddr_in self = { .sin_family = AF_INET, .sin_port = htons(47901) };
	self.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	bind(u, (struct sockaddr *)&self, sizeof self);
	sendto(u, "ttl", 3, 0, (struct sockaddr *)&self, sizeof self);
	char data[8], ctl[64];
	struct iovec div = { data, sizeof data };
	struct msghdr dm = { NULL, 0, &div, 1, ctl, sizeof ctl, 0 };
	recvmsg(u, &dm, 0);
	close(u);
	int u6 = socket(AF_INET6, SOCK_DGRAM, 0);
	struct ipv6_mreq m6 = { .ipv6mr_interface = 1 };
	inet_pton(AF_INET6, "ff02::1:3", &m6.ipv6mr_multiaddr);
	setsockopt(u6, IPPROTO_IPV6, IPV6_ADD_MEMBERSHIP, &m6, sizeof m6);
	close(u6);
	netlink_dump();
	sock_diag();
	prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
	syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &prog);
}

static const struct {
	const char *name;
	void (*fn)(void);
} families[] = {
	{ "newer", fam_newer },
	{ "edge", fam_edge }, { "restart", fam_restart },
	{ "ipc", fam_ipc }, { "sysv", fam_sysv }, { "aio", fam_aio }, { "numa", fam_numa }, { "ptrace", fam_ptrace }, { "misc", fam_misc },
	{ "file", fam_file }, { "desc", fam_desc }, { "mem", fam_mem }, { "proc", fam_proc },
	{ "signal", fam_signal }, { "time", fam_time }, { "net", fam_net },
};

int main(int argc, char **argv)
{
	if (argc < 3 || chdir(argv[2]) != 0)
		return 2;
	for (size_t i = 0; i < sizeof families / sizeof families[0]; i++) {
		if (strcmp(argv[1], families[i].name) == 0) {
			families[i].fn();
			return 0;
		}
	}
	return 2;
}

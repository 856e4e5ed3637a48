/*
 * test_decode_families — the argument decoders against strace 6.1.
 *
 * For each decoder family, test_decode_probe makes a fixed sequence of
 * calls; it is recorded with `rtrace record` and printed with `rtrace
 * show`. The expected lines below are what `strace -f -o` printed for the
 * same probe on this machine, with what differs between runs written as
 * patterns: %x an address (0x...), %d a number, %* any text. Each family's
 * lines must appear in the output in this order (other lines may come
 * between them: the loader's calls, for one). The pid column and the
 * alignment padding before " = " are removed from both sides.
 */
#include <criterion/criterion.h>
#include <ctype.h>
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

/* ---- pattern matching ---------------------------------------------------- */

/* Does S match pattern P entirely? */
static int match(const char *p, const char *s)
{
	while (*p) {
		if (p[0] == '%' && p[1] == 'x') {
			if (s[0] != '0' || s[1] != 'x' || !isxdigit((unsigned char)s[2]))
				return 0;
			s += 2;
			while (isxdigit((unsigned char)*s))
				s++;
			p += 2;
		} else if (p[0] == '%' && p[1] == 'd') {
			if (*s == '-')
				s++;
			if (!isdigit((unsigned char)*s))
				return 0;
			while (isdigit((unsigned char)*s))
				s++;
			p += 2;
		} else if (p[0] == '%' && p[1] == '*') {
			for (const char *t = s + strlen(s); t >= s; t--)
				if (match(p + 2, t))
					return 1;
			return 0;
		} else {
			if (*p != *s)
				return 0;
			p++;
			s++;
		}
	}
	return *s == '\0';
}

/* ---- running the recorder and the printer -------------------------------- */

/* Runs ARGV; returns its stdout (malloc'ed) and its exit status. */
static char *run(char *const argv[], int *status)
{
	int pfd[2];
	cr_assert_eq(pipe(pfd), 0);
	pid_t pid = fork();
	cr_assert(pid >= 0);
	if (pid == 0) {
		dup2(pfd[1], 1);
		close(pfd[0]);
		close(pfd[1]);
		int null = open("/dev/null", O_RDONLY);
		dup2(null, 0);
		/* The probe's fd numbers are part of the expected lines: it must
		 * start with 0, 1, 2 only (criterion keeps pipes of its own). */
		syscall(SYS_close_range, 3u, ~0u, 0u);
		execv(argv[0], argv);
		_exit(127);
	}
	close(pfd[1]);
	size_t len = 0, cap = 65536;
	char *out = malloc(cap);
	ssize_t n;
	while ((n = read(pfd[0], out + len, cap - len - 1)) > 0) {
		len += (size_t)n;
		if (cap - len < 4096)
			out = realloc(out, cap *= 2);
	}
	out[len] = '\0';
	close(pfd[0]);
	waitpid(pid, status, 0);
	return out;
}

/* The line without its pid column and with the padding before " = "
 * collapsed, in place. */
static void normalise(char *line)
{
	char *s = line;
	while (isdigit((unsigned char)*s))
		s++;
	while (*s == ' ')
		s++;
	char *o = line;
	for (; *s; s++) {
		if (s[0] == ' ' && s[1] == ' ') {
			while (s[1] == ' ')
				s++;
		}
		*o++ = *s;
	}
	*o = '\0';
}

/* Removes DIR and the files the probe left in it (it makes no subfolder
 * that it does not remove itself). */
static void remove_dir(const char *dir)
{
	DIR *d = opendir(dir);
	if (d) {
		struct dirent *e;
		while ((e = readdir(d)))
			if (strcmp(e->d_name, ".") && strcmp(e->d_name, ".."))
				unlinkat(dirfd(d), e->d_name, 0);
		closedir(d);
	}
	rmdir(dir);
}

/* Records the probe doing FAMILY and returns the output of rtrace show
 * with OPTION (NULL: none). */
static char *show_family_opt(const char *family, const char *option)
{
	const char *rtrace = getenv("RTRACE"), *probe = getenv("DECODE_PROBE");
	cr_assert(rtrace && probe, "RTRACE and DECODE_PROBE must be set");
	/* The trace lives outside the probe's folder: getdents64 counts it. */
	char dir[] = "/tmp/rtrace-decode-XXXXXX", tdir[] = "/tmp/rtrace-decode-t-XXXXXX";
	cr_assert_not_null(mkdtemp(dir));
	cr_assert_not_null(mkdtemp(tdir));
	char trace[sizeof(tdir) + 16];
	snprintf(trace, sizeof(trace), "%s/t.trace", tdir);
	int status;
	char *rec[] = { (char *)rtrace, "record", "-o", trace, "--", (char *)probe,
			(char *)family, dir, NULL };
	free(run(rec, &status));
	cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0, "rtrace record of %s: %#x",
		  family, status);
	char *show[] = { (char *)rtrace, "show", option ? (char *)option : trace,
			 option ? trace : NULL, NULL };
	char *out = run(show, &status);
	cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0, "rtrace show failed");
	unlink(trace);
	rmdir(tdir);
	remove_dir(dir);
	return out;
}

/* Joins each "PID name(args <unfinished ...>" line with the same task's
 * "PID <... name resumed>rest" line that follows it: whether another task's
 * line splits a call is scheduling (a child running before its parent's
 * clone returns), and the joined line is what strace prints unsplit. LINES
 * are replaced in place; a joined string is malloc'ed and listed in OWNED
 * (N entries at most), its resumed line emptied. */
static void join_resumed(char **lines, size_t n, char **owned, size_t *nowned)
{
	static const char unf[] = " <unfinished ...>", res[] = " resumed>";
	const size_t ulen = sizeof unf - 1;
	for (size_t i = 0; i < n; i++) {
		size_t len = strlen(lines[i]), pid = strspn(lines[i], "0123456789");
		if (!pid || len < ulen || strcmp(lines[i] + len - ulen, unf))
			continue;
		for (size_t j = i + 1; j < n; j++) {
			if (strncmp(lines[j], lines[i], pid + 1))
				continue; /* another task's line */
			const char *r = strstr(lines[j], res);
			if (r && strstr(lines[j], "<... ")) {
				size_t head = len - ulen, tail = strlen(r + sizeof res - 1);
				char *joined = malloc(head + tail + 1);
				cr_assert_not_null(joined);
				memcpy(joined, lines[i], head);
				memcpy(joined + head, r + sizeof res - 1, tail + 1);
				owned[(*nowned)++] = lines[i] = joined;
				lines[j][0] = '\0';
			}
			break;
		}
	}
}

/* Every pattern of EXPECT matches a line of rtrace show OPTION's output,
 * in order. */
static void expect_lines_opt(const char *family, const char *option, const char *const expect[])
{
	char *out = show_family_opt(family, option);
	size_t n = 0, cap = 1, nowned = 0, k = 0;
	for (const char *p = out; *p; p++)
		cap += *p == '\n';
	char **lines = calloc(cap, sizeof *lines), **owned = calloc(cap, sizeof *owned);
	cr_assert(lines && owned);
	for (char *save = NULL, *line = strtok_r(out, "\n", &save); line && n < cap;
	     line = strtok_r(NULL, "\n", &save))
		lines[n++] = line;
	join_resumed(lines, n, owned, &nowned);
	for (size_t i = 0; i < n && expect[k]; i++) {
		normalise(lines[i]);
		if (match(expect[k], lines[i]))
			k++;
	}
	cr_expect_null(expect[k], "%s: no line matched, in order, %s (after %zu matched)", family,
		       expect[k], k);
	for (size_t i = 0; i < nowned; i++)
		free(owned[i]);
	free(owned);
	free(lines);
	free(out);
}

static void expect_lines(const char *family, const char *const expect[])
{
	expect_lines_opt(family, NULL, expect);
}

/* ---- the families ----------------------------------------------------------- */

Test(decode, file_family_prints_as_strace)
{
	static const char *const expect[] = {
		"umask(022) = %d",
		"openat(AT_FDCWD, \"f1\", O_WRONLY|O_CREAT|O_TRUNC, 0644) = 3",
		"write(3, \"hello\\n\", 6) = 6",
		"creat(\"f2\", 0600) = 3",
		"openat2(AT_FDCWD, \"f1\", {flags=O_RDONLY|O_CLOEXEC, resolve=RESOLVE_NO_XDEV}, 24) = 3",
		"newfstatat(AT_FDCWD, \"f1\", {st_mode=S_IFREG|0644, st_size=6, ...}, AT_SYMLINK_NOFOLLOW) = 0",
		"openat(AT_FDCWD, \"f1\", O_RDONLY) = 3",
		"newfstatat(3, \"\", {st_mode=S_IFREG|0644, st_size=6, ...}, AT_EMPTY_PATH) = 0",
		"statx(AT_FDCWD, \"f1\", AT_STATX_SYNC_AS_STAT|AT_SYMLINK_NOFOLLOW, STATX_MODE|STATX_SIZE, "
		"{stx_mask=STATX_TYPE|STATX_MODE|%*, stx_attributes=0, stx_mode=S_IFREG|0644, stx_size=6, ...}) = 0",
		"access(\"f1\", R_OK|W_OK) = 0",
		"faccessat2(AT_FDCWD, \"f1\", F_OK, AT_EACCESS) = 0",
		"symlink(\"f1\", \"l1\") = 0",
		"readlink(\"l1\", \"f1\", 256) = 2",
		"link(\"f1\", \"h1\") = 0",
		"rename(\"h1\", \"h2\") = 0",
		"renameat2(AT_FDCWD, \"h2\", AT_FDCWD, \"h3\", RENAME_NOREPLACE) = 0",
		"mkdir(\"d1\", 0755) = 0",
		"mknodat(AT_FDCWD, \"fifo\", S_IFIFO|0640) = 0",
		"openat(AT_FDCWD, \".\", O_RDONLY|O_CLOEXEC|O_DIRECTORY) = 4",
		"getdents64(4, %x /* 8 entries */, 256) = 192",
		"chmod(\"f1\", 0600) = 0",
		"fchownat(AT_FDCWD, \"l1\", -1, -1, AT_SYMLINK_NOFOLLOW) = 0",
		"utimensat(AT_FDCWD, \"f1\", [{tv_sec=1577836800, tv_nsec=0} /* 2020-01-01T00:00:00+0000 */, "
		"{tv_sec=1577836800, tv_nsec=123456789} /* 2020-01-01T00:00:00.123456789+0000 */], 0) = 0",
		"utimensat(AT_FDCWD, \"f1\", [UTIME_NOW, UTIME_OMIT], AT_SYMLINK_NOFOLLOW) = 0",
		"truncate(\"f1\", 3) = 0",
		"openat(AT_FDCWD, \"nodir/x\", O_RDONLY) = -1 ENOENT (No such file or directory)",
		"unlinkat(AT_FDCWD, \"d1\", AT_REMOVEDIR) = 0",
		"unlink(\"l1\") = 0",
		NULL,
	};
	expect_lines("file", expect);
}

Test(decode, descriptor_family_prints_as_strace)
{
	static const char *const expect[] = {
		"pipe2([3, 4], O_NONBLOCK|O_CLOEXEC) = 0",
		"pipe2([5, 6], 0) = 0",
		"write(6, \"abc\\1\\377\\n\\t\\\"\\\\\", 9) = 9",
		"read(5, \"abc\\1\\377\\n\\t\\\"\\\\\", 64) = 9",
		"writev(6, [{iov_base=\"hello\", iov_len=5}, {iov_base=\" world\", iov_len=6}], 2) = 11",
		"readv(5, [{iov_base=\"hel\", iov_len=3}, {iov_base=\"lo world\", iov_len=20}], 2) = 11",
		"openat(AT_FDCWD, \"pf\", O_RDWR|O_CREAT|O_TRUNC, 0644) = 7",
		"pwrite64(7, \"data\", 4, 100) = 4",
		"pread64(7, \"\\0\\0data\", 10, 98) = 6",
		"lseek(7, -5, SEEK_END) = 99",
		"dup2(7, 20) = 20",
		"dup3(7, 21, O_CLOEXEC) = 21",
		"fcntl(7, F_SETFD, FD_CLOEXEC) = 0",
		"fcntl(7, F_GETFD) = 0x1 (flags FD_CLOEXEC)",
		"fcntl(7, F_GETFL) = 0x8002 (flags O_RDWR|O_LARGEFILE)",
		"fcntl(7, F_SETFL, O_RDONLY|O_APPEND|O_NONBLOCK) = 0",
		"fcntl(7, F_DUPFD_CLOEXEC, 30) = 30",
		"fcntl(7, F_SETLK, {l_type=F_WRLCK, l_whence=SEEK_SET, l_start=0, l_len=10}) = 0",
		"ioctl(5, FIONREAD, [1]) = 0",
		"poll([{fd=5, events=POLLIN}, {fd=6, events=POLLOUT}], 2, 0) = 2 "
		"([{fd=5, revents=POLLIN}, {fd=6, revents=POLLOUT}])",
		"poll([{fd=5, events=POLLIN}], 1, 0) = 0 (Timeout)",
		"epoll_create1(EPOLL_CLOEXEC) = 8",
		"epoll_ctl(8, EPOLL_CTL_ADD, 6, {events=EPOLLOUT, data={u32=7, u64=7}}) = 0",
		"epoll_wait(8, [{events=EPOLLOUT, data={u32=7, u64=7}}], 4, 0) = 1",
		"eventfd2(0, EFD_CLOEXEC|EFD_NONBLOCK) = 9",
		"sendfile(6, 7, [2] => [5], 3) = 3",
		"sendfile(6, 7, [1000], 3) = 0",
		"sendfile(6, 7, [1000], 0) = 0",
		"read(5, \"\\0\\0\\0\", 64) = 3",
		"fadvise64(7, 0, 0, POSIX_FADV_SEQUENTIAL) = 0",
		"flock(7, LOCK_EX|LOCK_NB) = 0",
		"close(-1) = -1 EBADF (Bad file descriptor)",
		/* the set pselect6's {ss, ss_len} points to: a dependent read */
		"pselect6(0, NULL, NULL, NULL, {tv_sec=0, tv_nsec=0}, {sigmask=[INT RT_4], sigsetsize=8}) "
		"= 0 (Timeout)",
		"pselect6(0, NULL, NULL, NULL, {tv_sec=0, tv_nsec=0}, {sigmask=NULL, sigsetsize=8}) "
		"= 0 (Timeout)",
		NULL,
	};
	expect_lines("desc", expect);
}

Test(decode, memory_family_prints_as_strace)
{
	static const char *const expect[] = {
		"mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = %x",
		"mprotect(%x, 4096, PROT_READ) = 0",
		"madvise(%x, 4096, MADV_DONTNEED) = 0",
		"msync(%x, 4096, MS_SYNC|MS_INVALIDATE) = 0",
		"mremap(%x, 8192, 16384, MREMAP_MAYMOVE) = %*",
		"munmap(%x, 16384) = %*",
		"mmap(NULL, 4096, PROT_NONE, MAP_SHARED|MAP_FIXED_NOREPLACE, -1, 0) = -1 EBADF (Bad file descriptor)",
		NULL,
	};
	expect_lines("mem", expect);
}

Test(decode, process_family_prints_as_strace)
{
	static const char *const expect[] = {
		"rt_sigprocmask(SIG_BLOCK, [CHLD], NULL, 8) = 0",
		"clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD, "
		"child_tidptr=%x) = %d",
		"%*[{WIFEXITED(s) && WEXITSTATUS(s) == 3}], 0, NULL) = %d",
		"%*[{WIFSIGNALED(s) && WTERMSIG(s) == SIGKILL}], 0, NULL) = %d",
		"wait4(-1, %x, WNOHANG, NULL) = -1 ECHILD (No child processes)",
		"prlimit64(0, RLIMIT_FSIZE, {rlim_cur=1024*1024, rlim_max=1024*1024}, NULL) = 0",
		"prlimit64(0, RLIMIT_FSIZE, NULL, {rlim_cur=1024*1024, rlim_max=1024*1024}) = 0",
		"prctl(PR_SET_NAME, \"probe\") = 0",
		"prctl(PR_GET_NAME, \"probe\") = 0",
		"arch_prctl(0x3001 /* ARCH_??? */, 0) = -1 EINVAL (Invalid argument)",
		/* what clone3 stored: the pidfd first, then the tid (strace's order) */
		"%* => {pidfd=[3], parent_tid=[%d]}, 88) = %d",
		"execve(\"/nonexistent/true\", [\"true\", \"a b\"], %x /* 1 var */) = -1 ENOENT (No such file or directory)",
		NULL,
	};
	expect_lines("proc", expect);
}

/* -y: the pidfd clone3 stored is in the fd table (anon_inode:[pidfd]). */
Test(decode, clone3_pidfd_has_its_path_with_y)
{
	static const char *const expect[] = {
		"%* => {pidfd=[3<anon_inode:[pidfd]>], parent_tid=[%d]}, 88) = %d",
		"waitid(P_PIDFD, 3<anon_inode:[pidfd]>, %*",
		"close(3<anon_inode:[pidfd]>) = 0",
		NULL,
	};
	expect_lines_opt("proc", "-y", expect);
}

Test(decode, signal_family_prints_as_strace)
{
	static const char *const expect[] = {
		"rt_sigaction(SIGUSR1, {sa_handler=%x, sa_mask=[USR2], sa_flags=SA_RESTORER|SA_RESTART, "
		"sa_restorer=%x}, NULL, 8) = 0",
		"rt_sigaction(SIGPIPE, {sa_handler=SIG_IGN, sa_mask=[USR2], sa_flags=SA_RESTORER, "
		"sa_restorer=%x}, NULL, 8) = 0",
		"rt_sigprocmask(SIG_BLOCK, [HUP RT_2], [], 8) = 0",
		"rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0",
		"kill(2147483632, SIGTERM) = -1 ESRCH (No such process)",
		"kill(2147483632, SIGRT_2) = -1 ESRCH (No such process)",
		"tgkill(%d, %d, SIGUSR1) = 0",
		"rt_sigreturn({mask=[]}) = 0",
		"rt_sigprocmask(SIG_BLOCK, [USR2], NULL, 8) = 0",
		"tgkill(%d, %d, SIGUSR1) = 0",
		"rt_sigreturn({mask=[USR2]}) = 0",
		"rt_sigqueueinfo(%d, SIGUSR2, {si_signo=SIGUSR2, si_code=SI_QUEUE, si_pid=%d, si_uid=%d, "
		"si_int=7, si_ptr=0x7}) = 0",
		"rt_sigtimedwait([USR2], {si_signo=SIGUSR2, si_code=SI_QUEUE, si_pid=%d, si_uid=%d, "
		"si_int=7, si_ptr=0x7}, {tv_sec=1, tv_nsec=0}, 8) = 12 (SIGUSR2)",
		/* the frame of a signal taken in a handler saved the handler's
		 * mask, which only the stack shows (read at sp + 0x128) */
		"tgkill(%d, %d, SIGALRM) = 0",
		"rt_sigreturn({mask=[HUP USR1]}) = 0",
		"rt_sigreturn({mask=[]}) = 0",
		NULL,
	};
	expect_lines("signal", expect);
}

Test(decode, time_family_prints_as_strace)
{
	static const char *const expect[] = {
		"clock_nanosleep(CLOCK_REALTIME, 0, {tv_sec=0, tv_nsec=1000}, NULL) = 0",
		"clock_nanosleep(CLOCK_MONOTONIC, 0, {tv_sec=0, tv_nsec=1000}, NULL) = 0",
		"clock_gettime(0x7f /* CLOCK_??? */, NULL) = -1 EINVAL (Invalid argument)",
		"clock_nanosleep(CLOCK_REALTIME, TIMER_ABSTIME, NULL, NULL) = -1 EFAULT (Bad address)",
		NULL,
	};
	expect_lines("time", expect);
}

Test(decode, network_family_prints_as_strace)
{
	static const char *const expect[] = {
		"socket(AF_INET, SOCK_STREAM|SOCK_CLOEXEC, IPPROTO_TCP) = 3",
		"setsockopt(3, SOL_SOCKET, SO_REUSEADDR, [1], 4) = 0",
		"setsockopt(3, SOL_SOCKET, SO_LINGER, {l_onoff=1, l_linger=0}, 8) = 0",
		"bind(3, {sa_family=AF_INET, sin_port=htons(47123), sin_addr=inet_addr(\"127.0.0.1\")}, 16) = 0",
		"listen(3, 5) = 0",
		"getsockname(3, {sa_family=AF_INET, sin_port=htons(47123), "
		"sin_addr=inet_addr(\"127.0.0.1\")}, [16]) = 0",
		"socket(AF_INET, SOCK_STREAM, IPPROTO_IP) = 4",
		"connect(4, {sa_family=AF_INET, sin_port=htons(47123), sin_addr=inet_addr(\"127.0.0.1\")}, 16) = 0",
		"accept4(3, NULL, NULL, SOCK_CLOEXEC) = 5",
		"getsockopt(4, SOL_SOCKET, SO_ERROR, [0], [4]) = 0",
		"sendto(4, \"ping\", 4, 0, NULL, 0) = 4",
		"recvfrom(5, \"ping\", 64, 0, NULL, NULL) = 4",
		"sendmsg(4, {msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base=\"he\", iov_len=2}, "
		"{iov_base=\"llo\", iov_len=3}], msg_iovlen=2, msg_controllen=0, msg_flags=0}, 0) = 5",
		"recvmsg(5, {msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base=\"hel\", iov_len=3}, "
		"{iov_base=\"lo\", iov_len=10}], msg_iovlen=2, msg_controllen=0, msg_flags=0}, 0) = 5",
		"shutdown(4, SHUT_WR) = 0",
		"socketpair(AF_UNIX, SOCK_STREAM, 0, [3, 4]) = 0",
		"connect(3, {sa_family=AF_UNIX, sun_path=\"/nonexistent/sock\"}, 110) = "
		"-1 ENOENT (No such file or directory)",
		"socket(AF_INET6, SOCK_DGRAM, IPPROTO_IP) = 5",
		"bind(5, {sa_family=AF_INET6, sin6_port=htons(47124), sin6_flowinfo=htonl(0), "
		"inet_pton(AF_INET6, \"::1\", &sin6_addr), sin6_scope_id=0}, 28) = 0",
		NULL,
	};
	expect_lines("net", expect);
}

Test(decode, ipc_family_prints_as_strace)
{
	static const char *const expect[] = {
		"shmget(IPC_PRIVATE, 4096, IPC_CREAT|0600) = %d",
		"shmat(%d, NULL, SHM_RDONLY) = %x",
		"shmdt(%x) = 0",
		"shmctl(%d, IPC_RMID, NULL) = 0",
		"semget(IPC_PRIVATE, 1, IPC_CREAT|IPC_EXCL|0640) = %d",
		"semtimedop(%d, [{sem_num=0, sem_op=1, sem_flg=SEM_UNDO|IPC_NOWAIT}], 1, NULL) = 0",
		"semctl(%d, 0, IPC_RMID, NULL) = 0",
		"msgget(IPC_PRIVATE, IPC_CREAT|0600) = %d",
		"msgctl(%d, IPC_RMID, NULL) = 0",
		NULL,
	};
	expect_lines("ipc", expect);
}

Test(decode, sysv_messages_and_ctl_structs_print_as_strace)
{
	static const char *const expect[] = {
		"msgsnd(%d, {mtype=7, mtext=\"a message longer than the 32 byt\"...}, 41, IPC_NOWAIT) = 0",
		"msgsnd(%d, {mtype=7, mtext=\"a \"}, 2, 0) = 0",
		"msgrcv(%d, {mtype=7, mtext=\"a me\"}, 4, 7, MSG_NOERROR) = 4",
		/* msgsz bytes of mtext, as strace prints them: the rest is the
		 * previous message's */
		"msgrcv(%d, {mtype=7, mtext=\"a me%*\"...}, 48, 0, 0) = 2",
		"msgrcv(%d, %x, 48, 0, IPC_NOWAIT) = -1 ENOMSG (No message of desired type)",
		"msgctl(%d, IPC_STAT, {msg_perm={uid=%d, gid=%d, mode=0600, key=0, cuid=%d, cgid=%d}, "
		"msg_stime=%d, msg_rtime=%d, msg_ctime=%d, msg_qnum=0, msg_qbytes=%d, msg_lspid=%d, "
		"msg_lrpid=%d}) = 0",
		"msgctl(%d, IPC_SET, {msg_perm={uid=%d, gid=%d, mode=0600}, msg_qbytes=8000}) = 0",
		"msgctl(%d, IPC_INFO, {msgpool=%d, msgmap=%d, msgmax=%d, msgmnb=%d, msgmni=%d, msgssz=%d, "
		"msgtql=%d, msgseg=%d}) = %d",
		"msgctl(%d, IPC_RMID, NULL) = 0",
		"shmctl(%d, IPC_STAT, {shm_perm={uid=%d, gid=%d, mode=0640, key=0, cuid=%d, cgid=%d}, "
		"shm_segsz=4096, shm_cpid=%d, shm_lpid=0, shm_nattch=0, shm_atime=0, shm_dtime=0, "
		"shm_ctime=%d}) = 0",
		"shmctl(%d, SHM_INFO, {used_ids=%d, shm_tot=%d, shm_rss=%d, shm_swp=%d, swap_attempts=%d, "
		"swap_successes=%d}) = %d",
		"semctl(%d, 0, IPC_STAT, {sem_perm={uid=%d, gid=%d, mode=0600, key=0, cuid=%d, cgid=%d}, "
		"sem_otime=0, sem_ctime=%d, sem_nsems=2}) = 0",
		"semctl(%d, 0, IPC_SET, {sem_perm={uid=%d, gid=%d, mode=0600}}) = 0",
		"semctl(%d, 0, IPC_RMID, NULL) = 0",
		NULL,
	};
	expect_lines("sysv", expect);
}

Test(decode, numa_node_masks_and_policy_modes_print_as_strace)
{
	static const char *const expect[] = {
		"set_mempolicy(MPOL_PREFERRED, [0x00000000000001], 64) = %*",
		"set_mempolicy(MPOL_BIND|MPOL_F_STATIC_NODES, [0x00000000000001], 2) = %*",
		"set_mempolicy(MPOL_INTERLEAVE|MPOL_F_RELATIVE_NODES, [0x00000000000001, 0000000000000000, "
		"0000000000000000, 0000000000000000, 0000000000000000, 0000000000000000, 0000000000000000, "
		"0000000000000000, 0000000000000000, 0000000000000000, 0000000000000000, 0000000000000000, "
		"0000000000000000, 0000000000000000, 0000000000000000, 0000000000000000], 1025) = %*",
		/* 40 words: the 32 of -s, then "..." */
		"set_mempolicy(MPOL_BIND, [0x00000000000001, %*, 0000000000000000, ...], 2560) = %*",
		"set_mempolicy(MPOL_F_STATIC_NODES|0x7, [0x00000000000001], 64) = -1 %*",
		"set_mempolicy(0x4d /* MPOL_??? */, [0x00000000000001], 64) = -1 %*",
		"set_mempolicy(MPOL_BIND, 0x8, 64) = -1 %*",
		"set_mempolicy(MPOL_DEFAULT, NULL, 0) = %*",
		"mbind(NULL, 0, MPOL_BIND|MPOL_F_NUMA_BALANCING, [0x00000000000001], 64, "
		"MPOL_MF_STRICT|MPOL_MF_MOVE) = %*",
		"migrate_pages(0, 64, [0x00000000000001], [0x00000000000001]) = %*",
		NULL,
	};
	expect_lines("numa", expect);
}

Test(decode, aio_control_blocks_and_events_print_as_strace)
{
	static const char *const expect[] = {
		"io_setup(8, [%x]) = 0",
		"io_submit(%x, 1, [{aio_data=0x1234, aio_lio_opcode=IOCB_CMD_PWRITE, aio_fildes=3, "
		"aio_buf=\"written through aio, longer than\"..., aio_nbytes=49, aio_offset=0}]) = 1",
		"io_getevents(%x, 1, 4, [{data=0x1234, obj=%x, res=49, res2=0}], {tv_sec=1, tv_nsec=0}) = 1",
		"io_submit(%x, 1, [{aio_data=0, aio_lio_opcode=IOCB_CMD_FSYNC, aio_fildes=3}]) = 1",
		"io_getevents(%x, 1, 4, [{data=0, obj=%x, res=0, res2=0}], NULL) = 1",
		"io_submit(%x, 1, [{aio_data=0, aio_rw_flags=RWF_HIPRI, aio_lio_opcode=IOCB_CMD_PREAD, "
		"aio_fildes=3, aio_buf=%x, aio_nbytes=4, aio_offset=3, aio_flags=IOCB_FLAG_RESFD, "
		"aio_resfd=4}]) = 1",
		"io_getevents(%x, 1, 4, [{data=0, obj=%x, res=4, res2=0}], NULL) = 1",
		"io_submit(%x, 2, [{aio_data=0, aio_rw_flags=RWF_HIPRI, %*}, 0x8]) = 1",
		"io_destroy(%x) = 0",
		NULL,
	};
	expect_lines("aio", expect);
}

Test(decode, ptrace_requests_print_as_strace)
{
	static const char *const expect[] = {
		"ptrace(PTRACE_SETREGS, 2147483632, {r15=0x1, r14=0, r13=0, r12=0, rbp=0, rbx=0, r11=0, "
		"r10=0, r9=0, r8=0, rax=0, rcx=0, rdx=0, rsi=0, rdi=0, orig_rax=0, rip=0x401000, cs=0, "
		"eflags=0x246, rsp=0, ss=0, fs_base=0, gs_base=0, ds=0, es=0, fs=0, gs=0}) = -1 ESRCH (No such process)",
		"ptrace(PTRACE_GETREGS, 2147483632, %x) = -1 ESRCH (No such process)",
		"ptrace(PTRACE_SETFPREGS, 2147483632, {cwd=0x37f, swd=0, ftw=0, fop=0, rip=0, rdp=0, mxcsr=0, "
		"mxcr_mask=0, st_space=[0, %*], xmm_space=[0, 0, 0, 0xff, %*, ...], padding=[0, %*]}) = -1 ESRCH (No such process)",
		"ptrace(PTRACE_PEEKUSER, 2147483632, 8*RIP, %x) = -1 ESRCH (No such process)",
		"ptrace(PTRACE_PEEKUSER, 2147483632, 8*SS+48, %x) = -1 ESRCH (No such process)",
		"ptrace(PTRACE_POKEUSER, 2147483632, 0x1388, 0x77) = -1 ESRCH (No such process)",
		"ptrace(PTRACE_SETREGSET, 2147483632, NT_PRSTATUS, {iov_base={r15=0x1, %*}, iov_len=216}) = -1 ESRCH (No such process)",
		"ptrace(PTRACE_GETREGSET, 2147483632, 0x999 /* NT_??? */, {iov_base=%x, iov_len=216}) = -1 ESRCH (No such process)",
		"ptrace(PTRACE_SETSIGMASK, 2147483632, 8, [INT USR1]) = -1 ESRCH (No such process)",
		"ptrace(PTRACE_SETSIGINFO, 2147483632, NULL, {si_signo=SIGUSR1, si_code=SI_USER, si_pid=0, "
		"si_uid=0}) = -1 ESRCH (No such process)",
		"ptrace(PTRACE_INTERRUPT, 2147483632) = -1 ESRCH (No such process)",
		"ptrace(PTRACE_KILL, 2147483632) = -1 ESRCH (No such process)",
		"ptrace(PTRACE_SEIZE, 2147483632, NULL, PTRACE_O_TRACECLONE|PTRACE_O_EXITKILL) = -1 ESRCH (No such process)",
		"ptrace(PTRACE_SINGLESTEP, 2147483632, NULL, SIGTRAP) = -1 ESRCH (No such process)",
		NULL,
	};
	expect_lines("ptrace", expect);
}

Test(decode, misc_family_prints_as_strace)
{
	static const char *const expect[] = {
		"times({tms_utime=%d, tms_stime=%d, tms_cutime=%d, tms_cstime=%d}) = %d",
		"timer_create(CLOCK_MONOTONIC, {sigev_value={sival_int=5, sival_ptr=0x5}, "
		"sigev_signo=SIGALRM, sigev_notify=SIGEV_SIGNAL}, [0]) = 0",
		"timer_settime(0, 0, {it_interval={tv_sec=0, tv_nsec=0}, it_value={tv_sec=100, tv_nsec=0}}, "
		"NULL) = 0",
		"timer_delete(0) = 0",
		"setitimer(ITIMER_REAL, {it_interval={tv_sec=0, tv_usec=0}, it_value={tv_sec=0, tv_usec=0}}, "
		"NULL) = 0",
		"membarrier(MEMBARRIER_CMD_QUERY, 0) = %x (MEMBARRIER_CMD_GLOBAL|%*)",
		"ioprio_set(IOPRIO_WHO_PROCESS, 0, IOPRIO_PRIO_VALUE(IOPRIO_CLASS_BE, 4)) = 0",
		"ioprio_get(IOPRIO_WHO_PROCESS, 0) = 16388 (IOPRIO_PRIO_VALUE(IOPRIO_CLASS_BE, 4))",
		"personality(0xffffffff) = %* (PER_LINUX%*)",
		"getpriority(PRIO_PROCESS, 0) = %d",
		"getresuid([%d], [%d], [%d]) = 0",
		"setresuid(-1, -1, -1) = 0",
		"capget({version=_LINUX_CAPABILITY_VERSION_3, pid=0}, {effective=%*, permitted=%*, "
		"inheritable=%*}) = 0",
		"inotify_init1(IN_CLOEXEC) = 3",
		"inotify_add_watch(3, \".\", IN_CREATE|IN_DELETE) = 1",
		"sched_getparam(0, [0]) = 0",
		"sched_getscheduler(0) = 0 (SCHED_OTHER)",
		NULL,
	};
	expect_lines("misc", expect);
}

Test(decode, verbose_option_prints_whole_structures_as_strace_v)
{
	static const char *const file[] = {
		"newfstatat(AT_FDCWD, \"f1\", {st_dev=makedev(%*), st_ino=%d, st_mode=S_IFREG|0644, "
		"st_nlink=1, st_uid=%d, st_gid=%d, st_blksize=%d, st_blocks=%d, st_size=6, "
		"st_atime=%d /* %* */, st_atime_nsec=%d, st_mtime=%d /* %* */, st_mtime_nsec=%d, "
		"st_ctime=%d /* %* */, st_ctime_nsec=%d}, AT_SYMLINK_NOFOLLOW) = 0",
		"statx(AT_FDCWD, \"f1\", AT_STATX_SYNC_AS_STAT|AT_SYMLINK_NOFOLLOW, STATX_MODE|STATX_SIZE, "
		"{stx_mask=%*, stx_blksize=%d, stx_attributes=0, stx_nlink=1, stx_uid=%d, stx_gid=%d, "
		"stx_mode=S_IFREG|0644, stx_ino=%d, stx_size=6, stx_blocks=%d, stx_attributes_mask=%*, "
		"stx_atime={tv_sec=%d, tv_nsec=%d} /* %* */, %*stx_rdev_major=0, stx_rdev_minor=0, "
		"stx_dev_major=%d, stx_dev_minor=%d%*}) = 0",
		"getdents64(4, [{d_ino=%d, d_off=%d, d_reclen=24, d_type=%*, d_name=\"%*\"}, %*], 256) = 192",
		NULL,
	};
	expect_lines_opt("file", "-v", file);
	static const char *const proc[] = {
		"execve(\"/nonexistent/true\", [\"true\", \"a b\"], [\"A=1\"]) = -1 ENOENT (No such file or directory)",
		NULL,
	};
	expect_lines_opt("proc", "-v", proc);
}

/* The cases tests/corpus/FINDINGS.md listed, fixed since. */
Test(decode, edge_cases_print_as_strace)
{
	static const char *const expect[] = {
		"execve(\"./nope\", [\"nope\"], %x /* 0 vars */) = -1 ENOENT (No such file or directory)",
		"openat(AT_FDCWD, \"e\", O_RDWR|O_CREAT|O_TRUNC, 0644) = 3",
		"writev(3, [], 0) = 0",
		"pipe2([4, 5], 0) = 0",
		"epoll_create1(0) = 6",
		"epoll_ctl(6, EPOLL_CTL_ADD, 4, {events=EPOLLIN, data={u32=0, u64=0}}) = 0",
		"epoll_ctl(6, EPOLL_CTL_DEL, 4, %x) = 0",
		"close(6) = 0",
		"close(4) = 0",
		"close(5) = 0",
		"prctl(PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0) = 0",
		"arch_prctl(ARCH_GET_GS, [NULL]) = 0",
		"pkey_free(-1) = -1 EINVAL (Invalid argument)",
		"delete_module(\"no_such_module\", O_NONBLOCK) = -1 ENOSYS (Function not implemented)",
		"utime(\"e\", {actime=1000 /* 1970-01-01T00:16:40+0000 */, modtime=2000 /* 1970-01-01T00:33:20+0000 */}) = 0",
		"utimes(\"e\", [{tv_sec=3000, tv_usec=1} /* 1970-01-01T00:50:00.000001+0000 */, {tv_sec=4000, tv_usec=0} /* 1970-01-01T01:06:40+0000 */]) = 0",
		"flistxattr(3, NULL, 0) = 0",
		"mkdir(\"d\", 0755) = 0",
		"openat(AT_FDCWD, \"d\", O_RDONLY|O_DIRECTORY) = 4",
		"getdents(4, %x /* 2 entries */, 512) = 48",
		"getdents(4, %x /* 0 entries */, 512) = 0",
		"close(4) = 0",
		"rmdir(\"d\") = 0",
		"close(3) = 0",
		"unlink(\"e\") = 0",
		"socketpair(AF_UNIX, SOCK_DGRAM, 0, [3, 4]) = 0",
		"sendto(3, \"packet\", 6, 0, NULL, 0) = 6",
		"recvfrom(4, \"pac\", 3, MSG_TRUNC, NULL, NULL) = 6",
		"sendto(3, \"again\", 5, 0, NULL, 0) = 5",
		"recvmsg(4, {msg_name=%x, msg_namelen=110 => 0, msg_iov=[{iov_base=\"again\", iov_len=512}], msg_iovlen=1, msg_controllen=0, msg_flags=0}, 0) = 5",
		"sendto(3, \"x\", 1, 0, NULL, 0) = 1",
		"recvmsg(4, {msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base=NULL, iov_len=0}], msg_iovlen=1, "
		"msg_controllen=0, msg_flags=MSG_TRUNC}, MSG_PEEK|MSG_TRUNC) = 1",
		"close(3) = 0",
		"close(4) = 0",
		"socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE) = 3",
		"setsockopt(3, SOL_NETLINK, NETLINK_EXT_ACK, [1], 4) = 0",
		"nanosleep({tv_sec=5, tv_nsec=0}, {tv_sec=%d, tv_nsec=%d}) = ? ERESTART_RESTARTBLOCK "
		"(Interrupted by signal)",
		NULL,
	};
	expect_lines("edge", expect);
}

/* Message queues, the mount API's context, fanotify, process_vm_readv and
 * the newer calls: strace 6.1's lines for the same probe. */
Test(decode, newer_calls_print_as_strace)
{
	static const char *const expect[] = {
		"mq_open(\"rtrace-decode\", O_RDWR|O_CREAT|O_EXCL, 0600, {mq_flags=0, mq_maxmsg=4, mq_msgsize=64, mq_curmsgs=0}) = 3",
		"mq_timedsend(3, \"message\", 7, 3, {tv_sec=0, tv_nsec=0}) = 0",
		"mq_timedreceive(3, \"message\", 64, [3], {tv_sec=0, tv_nsec=0}) = 7",
		"mq_timedreceive(3, %x, 64, %x, {tv_sec=0, tv_nsec=0}) = -1 ETIMEDOUT (Connection timed out)",
		"mq_getsetattr(3, NULL, {mq_flags=0, mq_maxmsg=4, mq_msgsize=64, mq_curmsgs=0}) = 0",
		"mq_getsetattr(3, {mq_flags=O_NONBLOCK, mq_maxmsg=4, mq_msgsize=64, mq_curmsgs=0}, NULL) = 0",
		"mq_unlink(\"rtrace-decode\") = 0",
		"fsopen(\"tmpfs\", FSOPEN_CLOEXEC) = 3",
		"fsconfig(3, FSCONFIG_SET_STRING, \"size\", \"2m\", 0) = 0",
		"fsconfig(3, FSCONFIG_SET_FLAG, \"ro\", NULL, 0) = 0",
		"fanotify_init(FAN_CLASS_NOTIF|FAN_CLOEXEC, O_RDONLY) = 3",
		"fanotify_mark(3, FAN_MARK_ADD, FAN_CLOSE_WRITE|FAN_OPEN, AT_FDCWD, \".\") = 0",
		"process_vm_readv(%d, [{iov_base=\"process memory\\0\\0\", iov_len=16}], 1, [{iov_base=%x, iov_len=16}], 1, 0) = 16",
		"process_madvise(-1, [{iov_base=%x, iov_len=16}], 1, MADV_COLD, 0) = -1 EBADF (Bad file descriptor)",
		"epoll_pwait2(3, [], 1, {tv_sec=0, tv_nsec=0}, NULL, 8) = 0",
		"futex_waitv(NULL, 0, 0, NULL, CLOCK_REALTIME) = -1 EINVAL (Invalid argument)",
		"io_uring_setup(4, {flags=0, sq_thread_cpu=0, sq_thread_idle=0, sq_entries=4, cq_entries=8, "
		"features=IORING_FEAT_SINGLE_MMAP|%*, sq_off={head=0, tail=%d, %*}, cq_off={head=%d, %*}}) = 3",
		"landlock_create_ruleset(NULL, 0, LANDLOCK_CREATE_RULESET_VERSION) = %d",
		"set_mempolicy(MPOL_DEFAULT, NULL, 0) = 0",
		"get_mempolicy([MPOL_DEFAULT], [0000000000000000, 0000000000000000], 128, NULL, 0) = 0",
		"mincore(%x, 8192, [1, 0]) = 0",
		"ioctl(3, FS_IOC_GETFLAGS, %*", /* the flags depend on the filesystem */
		"ioctl(3, SIOCGIFINDEX, {ifr_name=\"lo\", ifr_ifindex=1}) = 0",
		"ioctl(3, SIOCGIFFLAGS, {ifr_name=\"lo\", ifr_flags=IFF_%*}) = 0",
		"setsockopt(3, SOL_SOCKET, SO_ATTACH_FILTER, {len=1, filter=%x}, 16) = 0",
		"bind(-1, {sa_family=AF_ALG, salg_type=\"hash\", salg_feat=0, salg_mask=0, salg_name=\"sha256\"}, 88) "
		"= -1 EBADF (Bad file descriptor)",
		"seccomp(SECCOMP_GET_ACTION_AVAIL, 0, [SECCOMP_RET_LOG]) = 0",
		"remap_file_pages(%x, 4096, PROT_NONE, 0, MAP_FILE) = -1 EINVAL (Invalid argument)",
		"io_setup(4, [%x]) = 0",
		"getcpu([%d], [%d], NULL) = 0",
		"mbind(NULL, 0, MPOL_DEFAULT, NULL, 0, MPOL_MF_STRICT) = 0",
		"open_tree(AT_FDCWD, \"nodir\", OPEN_TREE_CLONE|OPEN_TREE_CLOEXEC) = -1 ENOENT (No such file or directory)",
		"fspick(AT_FDCWD, \"nodir\", FSPICK_CLOEXEC) = -1 ENOENT (No such file or directory)",
		"mount_setattr(-1, \"\", AT_EMPTY_PATH, NULL, 0) = -1 EINVAL (Invalid argument)",
		"quotactl(QCMD(Q_GETQUOTA, USRQUOTA), \"/dev/null\", 0, NULL) = -1 ENOTBLK (Block device required)",
		"quotactl(QCMD(Q_SYNC, GRPQUOTA), NULL) = 0",
		"ustat(makedev(0x8, 0x1), NULL) = -1 EINVAL (Invalid argument)",
		"keyctl(KEYCTL_GET_KEYRING_ID, KEY_SPEC_PROCESS_KEYRING, 0) = -1 ENOKEY (Required key not available)",
		"request_key(\"user\", \"rtrace-decode-none\", NULL, KEY_SPEC_SESSION_KEYRING) = -1 ENOKEY (Required key not available)",
		"bpf(BPF_MAP_CREATE, NULL, 0) = -1 EINVAL (Invalid argument)",
		"prctl(PR_GET_THP_DISABLE, 0, 0, 0, 0) = %d",
		"prctl(PR_MCE_KILL, PR_MCE_KILL_SET, PR_MCE_KILL_EARLY, 0, 0) = 0",
		"prctl(PR_MCE_KILL, PR_MCE_KILL_CLEAR, 0, 0, 0) = 0",
		"prctl(PR_GET_SPECULATION_CTRL, PR_SPEC_STORE_BYPASS) = %*", /* the CPU's state */
		"ioctl(3, SIOCATMARK, [0]) = 0",
		"bind(3, {sa_family=AF_PACKET, sll_protocol=htons(ETH_P_IP), sll_ifindex=if_nametoindex(\"lo\"), "
		"sll_hatype=ARPHRD_NETROM, sll_pkttype=PACKET_HOST, sll_halen=0}, 20) = 0",
		"setsockopt(3, SOL_IP, IP_ADD_MEMBERSHIP, {imr_multiaddr=inet_addr(\"239.1.2.3\"), "
		"imr_interface=inet_addr(\"127.0.0.1\")}, 8) = 0",
		"recvmsg(3, {msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base=\"ttl\", iov_len=8}], msg_iovlen=1, "
		"msg_control=[{cmsg_len=28, cmsg_level=SOL_IP, cmsg_type=IP_PKTINFO, cmsg_data={ipi_ifindex="
		"if_nametoindex(\"lo\"), ipi_spec_dst=inet_addr(\"127.0.0.1\"), ipi_addr=inet_addr(\"127.0.0.1\")}}, "
		"{cmsg_len=20, cmsg_level=SOL_IP, cmsg_type=IP_TTL, cmsg_data=[%d]}], msg_controllen=56, msg_flags=0}, 0) = 3",
		"setsockopt(3, SOL_IPV6, IPV6_ADD_MEMBERSHIP, {inet_pton(AF_INET6, \"ff02::1:3\", &ipv6mr_multiaddr), "
		"ipv6mr_interface=if_nametoindex(\"lo\")}, 20) = 0",
		"sendto(3, [{nlmsg_len=24, nlmsg_type=RTM_GETADDR, nlmsg_flags=NLM_F_REQUEST|NLM_F_DUMP, nlmsg_seq=1, "
		"nlmsg_pid=47911}, {ifa_family=AF_INET, ifa_prefixlen=0, ifa_flags=0, ifa_scope=RT_SCOPE_UNIVERSE, "
		"ifa_index=0}], 24, 0, {sa_family=AF_NETLINK, nl_pid=0, nl_groups=00000000}, 12) = 24",
		"recvmsg(3, {msg_name={sa_family=AF_NETLINK, nl_pid=0, nl_groups=00000000}, msg_namelen=12, "
		"msg_iov=[{iov_base=[%*{nlmsg_len=76, nlmsg_type=RTM_NEWADDR, nlmsg_flags=NLM_F_MULTI, nlmsg_seq=1, "
		"nlmsg_pid=47911}, {ifa_family=AF_INET, ifa_prefixlen=8, ifa_flags=IFA_F_PERMANENT, "
		"ifa_scope=RT_SCOPE_HOST, ifa_index=if_nametoindex(\"lo\")}, [[{nla_len=8, nla_type=IFA_ADDRESS}, "
		"inet_addr(\"127.0.0.1\")], [{nla_len=8, nla_type=IFA_LOCAL}, inet_addr(\"127.0.0.1\")], "
		"[{nla_len=7, nla_type=IFA_LABEL}, \"lo\"], [{nla_len=8, nla_type=IFA_FLAGS}, IFA_F_PERMANENT], "
		"[{nla_len=20, nla_type=IFA_CACHEINFO}, {ifa_prefered=%d, ifa_valid=%d, cstamp=%d, tstamp=%d}]]]%*",
		"recvmsg(3, {msg_name={sa_family=AF_NETLINK, nl_pid=0, nl_groups=00000000}, msg_namelen=12, "
		"msg_iov=[{iov_base=[{nlmsg_len=20, nlmsg_type=NLMSG_DONE, nlmsg_flags=NLM_F_MULTI, nlmsg_seq=1, "
		"nlmsg_pid=47911}, 0], iov_len=16384}], msg_iovlen=1, msg_controllen=0, msg_flags=0}, 0) = 20",
		"sendto(3, [{nlmsg_len=36, nlmsg_type=RTM_GETROUTE, nlmsg_flags=NLM_F_REQUEST, nlmsg_seq=3, "
		"nlmsg_pid=47911}, {rtm_family=AF_INET, rtm_dst_len=32, rtm_src_len=0, rtm_tos=0, "
		"rtm_table=RT_TABLE_UNSPEC, rtm_protocol=RTPROT_UNSPEC, rtm_scope=RT_SCOPE_UNIVERSE, "
		"rtm_type=RTN_UNSPEC, rtm_flags=0}, [{nla_len=8, nla_type=RTA_DST}, inet_addr(\"127.0.0.1\")]], 36, "
		"0, {sa_family=AF_NETLINK, nl_pid=0, nl_groups=00000000}, 12) = 36",
		/* the route the kernel finds: its table, cache figures, uid vary */
		"recvmsg(3, {msg_name={sa_family=AF_NETLINK, nl_pid=0, nl_groups=00000000}, msg_namelen=12, "
		"msg_iov=[{iov_base=[{nlmsg_len=%d, nlmsg_type=RTM_NEWROUTE, nlmsg_flags=0, nlmsg_seq=3, "
		"nlmsg_pid=47911}, {rtm_family=AF_INET, rtm_dst_len=32, rtm_src_len=0, rtm_tos=0, rtm_table=%*, "
		"rtm_type=RTN_LOCAL, rtm_flags=RTM_F_CLONED%*}, [[{nla_len=8, nla_type=RTA_TABLE}, %*"
		"[{nla_len=8, nla_type=RTA_DST}, inet_addr(\"127.0.0.1\")], [{nla_len=8, nla_type=RTA_OIF}, "
		"if_nametoindex(\"lo\")], [{nla_len=8, nla_type=RTA_PREFSRC}, inet_addr(\"127.0.0.1\")]%*"
		"[{nla_len=36, nla_type=RTA_CACHEINFO}, {rta_clntref=%d, rta_lastuse=%d, rta_expires=%d, "
		"rta_error=%d, rta_used=%d, rta_id=%d, rta_ts=%d, rta_tsage=%d}]]], iov_len=16384}]%*",
		"sendto(3, [{nlmsg_len=32, nlmsg_type=RTM_GETLINK, nlmsg_flags=NLM_F_REQUEST, nlmsg_seq=4, "
		"nlmsg_pid=47911}, {ifi_family=AF_UNSPEC, ifi_type=ARPHRD_NETROM, "
		"ifi_index=if_nametoindex(\"lo\"), ifi_flags=0, ifi_change=0}], 32, 0, {sa_family=AF_NETLINK, "
		"nl_pid=0, nl_groups=00000000}, 12) = 32",
		/* the kernel's description of lo: the first 32 of its attributes, with
		 * its numbers, hardware addresses and counters (their values vary) */
		"recvmsg(3, {msg_name={sa_family=AF_NETLINK, nl_pid=0, nl_groups=00000000}, msg_namelen=12, "
		"msg_iov=[{iov_base=[{nlmsg_len=%d, nlmsg_type=RTM_NEWLINK, nlmsg_flags=0, nlmsg_seq=4, "
		"nlmsg_pid=47911}, {ifi_family=AF_UNSPEC, ifi_type=ARPHRD_LOOPBACK, "
		"ifi_index=if_nametoindex(\"lo\"), ifi_flags=IFF_UP|IFF_LOOPBACK|IFF_RUNNING%*, ifi_change=0}, "
		"[[{nla_len=7, nla_type=IFLA_IFNAME}, \"lo\"], [{nla_len=8, nla_type=IFLA_TXQLEN}, %d], "
		"[{nla_len=5, nla_type=IFLA_OPERSTATE}, %d]%*[{nla_len=8, nla_type=IFLA_MTU}, %d]%*"
		"[{nla_len=10, nla_type=IFLA_ADDRESS}, 00:00:00:00:00:00]%*"
		"[{nla_len=204, nla_type=IFLA_STATS64}, {rx_packets=%d, tx_packets=%d, %*, "
		"rx_otherhost_dropped=%d}]%*, ...]], iov_len=16384}]%*",
		"recvmsg(3, {msg_name={sa_family=AF_NETLINK, nl_pid=0, nl_groups=00000000}, msg_namelen=12, "
		"msg_iov=[{iov_base=[{nlmsg_len=52, nlmsg_type=NLMSG_ERROR, nlmsg_flags=0, nlmsg_seq=5, "
		"nlmsg_pid=47911}, {error=-ENODEV, msg=[{nlmsg_len=32, nlmsg_type=RTM_GETLINK, "
		"nlmsg_flags=NLM_F_REQUEST|NLM_F_ACK, nlmsg_seq=5, nlmsg_pid=47911}, {ifi_family=AF_UNSPEC, "
		"ifi_type=ARPHRD_NETROM, ifi_index=2147483392, ifi_flags=0, ifi_change=0}]}], "
		"iov_len=16384}], msg_iovlen=1, msg_controllen=0, msg_flags=0}, 0) = 52",
		"sendto(3, [{nlmsg_len=20, nlmsg_type=RTM_GETLINK, nlmsg_flags=NLM_F_REQUEST, nlmsg_seq=2, "
		"nlmsg_pid=47911}, {ifi_family=AF_UNSPEC, ...}], 20, MSG_DONTWAIT, NULL, 0) = 20",
		"sendto(%d, [{nlmsg_len=40, nlmsg_type=SOCK_DIAG_BY_FAMILY, nlmsg_flags=NLM_F_REQUEST, "
		"nlmsg_seq=6, nlmsg_pid=0}, {sdiag_family=AF_UNIX, sdiag_protocol=0, "
		"udiag_states=1<<TCP_ESTABLISHED|1<<TCP_SYN_SENT|1<<TCP_SYN_RECV|1<<TCP_FIN_WAIT1|"
		"1<<TCP_FIN_WAIT2|1<<TCP_TIME_WAIT|1<<TCP_CLOSE|1<<TCP_CLOSE_WAIT|1<<TCP_LAST_ACK|"
		"1<<TCP_LISTEN|1<<TCP_CLOSING|1<<TCP_NEW_SYN_RECV|0xffffe001, udiag_ino=%d, "
		"udiag_show=UDIAG_SHOW_PEER|UDIAG_SHOW_RQLEN, udiag_cookie=[4294967295, 4294967295]}], "
		"40, 0, NULL, 0) = 40",
		"recvfrom(%d, [{nlmsg_len=60, nlmsg_type=SOCK_DIAG_BY_FAMILY, nlmsg_flags=0, nlmsg_seq=6, "
		"nlmsg_pid=%d}, {udiag_family=AF_UNIX, udiag_type=SOCK_STREAM, udiag_state=TCP_ESTABLISHED, "
		"udiag_ino=%d, udiag_cookie=[%d, %d]}, [[{nla_len=8, nla_type=UNIX_DIAG_PEER}, %d], "
		"[{nla_len=12, nla_type=UNIX_DIAG_RQLEN}, {udiag_rqueue=0, udiag_wqueue=0}], "
		"[{nla_len=5, nla_type=UNIX_DIAG_SHUTDOWN}, 0]]], 4096, 0, NULL, NULL) = 60",
		"seccomp(SECCOMP_SET_MODE_FILTER, 0, {len=1, filter=%x}) = 0",
		NULL,
	};
	expect_lines("newer", expect);
}

/* strace's s_prev_ent: restart_syscall names the call it resumes. */
Test(decode, restart_syscall_names_the_interrupted_call)
{
	static const char *const expect[] = {
		/* either line may be split by the parent's lines */
		"%*nanosleep({tv_sec=0, tv_nsec=300000000}, %*",
		"%*restart_syscall(<... resuming interrupted nanosleep ...>%*",
		NULL,
	};
	expect_lines("restart", expect);
}

Test(decode, pattern_matcher_rejects_what_differs)
{
	cr_assert(match("mmap(NULL, 8192) = %x", "mmap(NULL, 8192) = 0x7f00"));
	cr_assert(!match("mmap(NULL, 8192) = %x", "mmap(NULL, 8192) = -1 EBADF"));
	cr_assert(match("wait4(%d, %*) = %d", "wait4(12, [x], 0) = 12"));
	cr_assert(!match("close(3) = 0", "close(3) = 0 extra"));
}

/*
 * test_syscall_table — the syscall table against its sources of truth: the
 * kernel's <asm/unistd_64.h> (every number), the x86_64 struct sizes
 * (sizeof), and strace 6.1 itself (names, argument counts, classes, the
 * -e trace= syntax), plus spot checks of shapes, effects and roles.
 *
 * Run with RTRACE_TABLE_PROBE=1, this binary is the probe strace traces: a
 * constructor installs a seccomp filter that fails every syscall but
 * exit_group with ENOSYS without running it, then calls every syscall of
 * the table with zero arguments. ptrace reports each entry before seccomp
 * rejects it, so strace prints every call's name and argument count safely.
 */
#include <criterion/criterion.h>

#include <asm/termbits.h>
#include <errno.h>
#include <fcntl.h>
#include <linux/aio_abi.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/futex.h>
#include <linux/io_uring.h>
#include <linux/sched.h>
#include <linux/seccomp.h>
#include <mqueue.h>
#include <poll.h>
#include <regex.h>
#include <sched.h>
#include <signal.h>
#include <spawn.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/signalfd.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/syscall.h>
#include <sys/sysinfo.h>
#include <sys/time.h>
#include <sys/timerfd.h>
#include <sys/timex.h>
#include <sys/times.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <utime.h>

#include "syscall_table.h"

#define UNISTD_64 "/usr/include/x86_64-linux-gnu/asm/unistd_64.h"
#define SET_WORDS 8

/* ---- the probe ---- */

__attribute__((constructor)) static void probe_main(void)
{
	if (!getenv("RTRACE_TABLE_PROBE"))
		return;
	struct sock_filter f[] = {
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_exit_group, 0, 1),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | ENOSYS),
	};
	struct sock_fprog prog = { sizeof f / sizeof f[0], f };
	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) || syscall(__NR_seccomp, SECCOMP_SET_MODE_FILTER, 0, &prog))
		_exit(99);
	for (unsigned nr = 0; nr < syscall_table_size(); nr++)
		if (syscall_table_get(nr) && nr != __NR_exit_group)
			syscall(nr, 0, 0, 0, 0, 0, 0);
	syscall(__NR_exit_group, 0);
}

struct call {
	char name[64];
	int nargs;
};

/* Runs strace with EXTRA options on the probe and collects the calls that
 * failed with ENOSYS (the probe's, in order). Skips the test without strace. */
static size_t strace_probe(const char *trace, struct call *calls, size_t max)
{
	char dir[] = "/tmp/rt-table-XXXXXX", out[64], exe[4096], expr[256];
	cr_assert_not_null(mkdtemp(dir));
	snprintf(out, sizeof out, "%s/out", dir);
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	cr_assert_gt(n, 0);
	exe[n] = '\0';
	snprintf(expr, sizeof expr, "trace=%s", trace);
	char *argv[] = { "strace", "-e", "raw=all", "-e", expr, "-o", out, exe, NULL };
	char *envp[] = { "RTRACE_TABLE_PROBE=1", "PATH=/usr/bin:/bin", NULL };
	posix_spawn_file_actions_t fa;
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
	posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
	pid_t pid;
	int rc = posix_spawnp(&pid, "strace", &fa, NULL, argv, envp);
	posix_spawn_file_actions_destroy(&fa);
	if (rc == ENOENT)
		cr_skip_test("strace is not installed");
	cr_assert_eq(rc, 0);
	int status;
	cr_assert_eq(waitpid(pid, &status, 0), pid);
	cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0, "strace -e %s failed: %#x", expr, status);

	FILE *fp = fopen(out, "r");
	cr_assert_not_null(fp);
	size_t count = 0;
	char line[1024];
	while (fgets(line, sizeof line, fp)) {
		char *open = strchr(line, '('), *close = strstr(line, ") ");
		if (!strstr(line, "= -1 ENOSYS") || !open || !close || open - line >= 64)
			continue;
		cr_assert_lt(count, max);
		memcpy(calls[count].name, line, (size_t)(open - line));
		calls[count].name[open - line] = '\0';
		int args = 0;
		for (char *p = open + 1; p < close; p++)
			args += *p == ',';
		calls[count].nargs = close > open + 1 ? args + 1 : 0;
		count++;
	}
	fclose(fp);
	unlink(out);
	rmdir(dir);
	return count;
}

static bool in_set(const uint64_t *set, unsigned nr)
{
	return set[nr / 64] >> (nr % 64) & 1;
}

/* ---- every number ---- */

Test(syscall_table, has_an_entry_for_every_number_of_unistd_64_and_no_other)
{
	FILE *fp = fopen(UNISTD_64, "r");
	cr_assert_not_null(fp, "cannot open " UNISTD_64);
	char line[256], name[64];
	unsigned nr, count = 0, max = 0;
	while (fgets(line, sizeof line, fp)) {
		if (sscanf(line, "#define __NR_%63s %u", name, &nr) != 2)
			continue;
		const struct syscall_desc *d = syscall_table_get(nr);
		cr_assert_not_null(d, "no entry for %s = %u", name, nr);
		cr_expect_str_eq(d->name, name, "entry %u", nr);
		count++;
		max = nr > max ? nr : max;
	}
	fclose(fp);
	cr_assert_eq(count, 362);
	cr_assert_eq(syscall_table_size(), max + 1);
	unsigned entries = 0;
	for (unsigned i = 0; i < syscall_table_size() + 100; i++)
		entries += syscall_table_get(i) != NULL;
	cr_assert_eq(entries, count);
}

Test(syscall_table, lookup_round_trips_every_name)
{
	for (unsigned nr = 0; nr < syscall_table_size(); nr++) {
		const struct syscall_desc *d = syscall_table_get(nr);
		if (d)
			cr_expect_eq(syscall_table_lookup(d->name), (int)nr, "%s", d->name);
	}
	cr_assert_eq(syscall_table_lookup("newfstatat"), 262);
	cr_assert_eq(syscall_table_lookup("foo"), -1);
	cr_assert_eq(syscall_table_lookup(NULL), -1);
	cr_assert_null(syscall_table_get(335));
	cr_assert_null(syscall_table_get(100000));
}

/* ---- against strace 6.1 ---- */

Test(syscall_table, names_and_argument_counts_are_strace_s, .timeout = 60)
{
	static struct call calls[512];
	size_t n = strace_probe("all", calls, 512);
	size_t i = 0;
	for (unsigned nr = 0; nr < syscall_table_size(); nr++) {
		const struct syscall_desc *d = syscall_table_get(nr);
		if (!d || nr == __NR_exit_group)
			continue;
		cr_assert_lt(i, n, "strace stopped before %s", d->name);
		cr_expect_str_eq(calls[i].name, d->name, "nr %u", nr);
		cr_expect_eq(calls[i].nargs, d->nargs, "%s: strace prints %d arguments", d->name, calls[i].nargs);
		i++;
	}
	cr_assert_eq(i, n);
	cr_assert_eq(n, 361);
}

/* For each class, the calls strace selects with -e trace=%CLASS are
 * exactly those our parser selects. */
Test(syscall_table, classes_select_what_strace_selects, .timeout = 120)
{
	static const char *const classes[] = {
		"%file", "%process", "%network", "%signal", "%ipc", "%desc", "%memory",
		"%creds", "%clock", "%stat", "%lstat", "%fstat", "%%stat", "%statfs",
		"%fstatfs", "%%statfs", "%pure", "/^(open|close)", "!%desc,%file",
	};
	static struct call calls[512];
	for (size_t c = 0; c < sizeof classes / sizeof classes[0]; c++) {
		uint64_t set[SET_WORDS];
		char err[128];
		cr_assert_eq(syscall_table_parse_set(classes[c], set, SET_WORDS, err, sizeof err), 0, "%s", err);
		size_t n = strace_probe(classes[c], calls, 512), i = 0;
		for (unsigned nr = 0; nr < syscall_table_size(); nr++) {
			const struct syscall_desc *d = syscall_table_get(nr);
			if (!d || nr == __NR_exit_group || !in_set(set, nr))
				continue;
			cr_assert_lt(i, n, "%s: strace does not select %s", classes[c], d->name);
			cr_expect_str_eq(calls[i].name, d->name, "%s", classes[c]);
			i++;
		}
		cr_expect_eq(i, n, "%s: strace selects %zu calls, the table %zu", classes[c], n, i);
	}
}

/* ---- struct sizes: the x86_64 ABI, by sizeof ---- */

static const struct sc_arg *arg_of(const char *name, int i)
{
	int nr = syscall_table_lookup(name);
	cr_assert_geq(nr, 0, "%s", name);
	return &syscall_table_get((unsigned)nr)->args[i];
}

static void expect_struct(const char *name, int i, unsigned when, size_t size)
{
	const struct sc_arg *a = arg_of(name, i);
	cr_expect_eq(a->mem, SC_M_STRUCT, "%s arg %d", name, i);
	cr_expect_eq(a->when, when, "%s arg %d", name, i);
	cr_expect_eq(a->len, SC_L_FIXED, "%s arg %d", name, i);
	cr_expect_eq(a->n, size, "%s arg %d: %u bytes, sizeof says %zu", name, i, a->n, size);
}

Test(syscall_table, struct_sizes_are_the_kernel_abi)
{
	expect_struct("stat", 1, SC_W_EXIT, sizeof(struct stat));
	expect_struct("fstat", 1, SC_W_EXIT, sizeof(struct stat));
	expect_struct("newfstatat", 2, SC_W_EXIT, sizeof(struct stat));
	expect_struct("statx", 4, SC_W_EXIT, sizeof(struct statx));
	expect_struct("statfs", 1, SC_W_EXIT, sizeof(struct statfs));
	expect_struct("uname", 0, SC_W_EXIT, sizeof(struct utsname));
	expect_struct("sysinfo", 0, SC_W_EXIT, sizeof(struct sysinfo));
	expect_struct("getrusage", 1, SC_W_EXIT, sizeof(struct rusage));
	expect_struct("wait4", 3, SC_W_EXIT, sizeof(struct rusage));
	expect_struct("wait4", 1, SC_W_EXIT, sizeof(int));
	expect_struct("waitid", 2, SC_W_EXIT, sizeof(siginfo_t));
	expect_struct("prlimit64", 2, SC_W_ENTRY, sizeof(struct rlimit));
	expect_struct("prlimit64", 3, SC_W_EXIT, sizeof(struct rlimit));
	expect_struct("getrlimit", 1, SC_W_EXIT, sizeof(struct rlimit));
	expect_struct("clock_gettime", 1, SC_W_EXIT, sizeof(struct timespec));
	expect_struct("nanosleep", 0, SC_W_ENTRY, sizeof(struct timespec));
	expect_struct("nanosleep", 1, SC_W_EXIT, sizeof(struct timespec));
	expect_struct("gettimeofday", 0, SC_W_EXIT, sizeof(struct timeval));
	expect_struct("setitimer", 1, SC_W_ENTRY, sizeof(struct itimerval));
	expect_struct("timer_settime", 2, SC_W_ENTRY, sizeof(struct itimerspec));
	expect_struct("times", 0, SC_W_EXIT, sizeof(struct tms));
	expect_struct("adjtimex", 0, SC_W_BOTH, sizeof(struct timex));
	expect_struct("sigaltstack", 0, SC_W_ENTRY, sizeof(stack_t));
	expect_struct("rt_sigqueueinfo", 2, SC_W_ENTRY, sizeof(siginfo_t));
	expect_struct("timer_create", 1, SC_W_ENTRY, sizeof(struct sigevent));
	expect_struct("mq_getsetattr", 2, SC_W_EXIT, sizeof(struct mq_attr));
	expect_struct("utime", 1, SC_W_ENTRY, sizeof(struct utimbuf));
	expect_struct("utimensat", 2, SC_W_ENTRY, 2 * sizeof(struct timespec));
	expect_struct("epoll_ctl", 3, SC_W_ENTRY, sizeof(struct epoll_event));
	expect_struct("io_uring_setup", 1, SC_W_BOTH, sizeof(struct io_uring_params));
	cr_expect_eq(arg_of("epoll_wait", 1)->elem, sizeof(struct epoll_event));
	cr_expect_eq(arg_of("poll", 0)->elem, sizeof(struct pollfd));
	cr_expect_eq(arg_of("io_getevents", 3)->elem, sizeof(struct io_event));
	cr_expect_eq(arg_of("futex_waitv", 0)->elem, sizeof(struct futex_waitv));
	/* The kernel's struct sigaction: handler, flags, restorer, sigset. */
	expect_struct("rt_sigaction", 1, SC_W_ENTRY, 3 * sizeof(void *) + sizeof(unsigned long));
	expect_struct("rt_sigaction", 2, SC_W_EXIT, 32);
}

/* ---- spot checks of shapes ---- */

Test(syscall_table, openat_reads_its_path_at_entry)
{
	const struct syscall_desc *d = syscall_table_get(__NR_openat);
	cr_assert_str_eq(d->name, "openat");
	cr_assert_eq(d->nargs, 4);
	cr_assert_eq(d->ret, SC_T_FD);
	cr_assert_eq(d->classes, SC_C_DESC | SC_C_FILE);
	cr_assert_eq(d->args[0].type, SC_T_DIRFD);
	cr_assert_eq(d->args[1].type, SC_T_PATH);
	cr_assert_eq(d->args[1].mem, SC_M_STR);
	cr_assert_eq(d->args[1].when, SC_W_ENTRY);
	cr_assert_eq(d->args[2].mem, SC_M_NONE);
	cr_assert_eq(d->args[3].type, SC_T_OCT);
}

Test(syscall_table, read_copies_the_returned_bytes_and_write_the_argument_length)
{
	const struct sc_arg *r = &syscall_table_get(__NR_read)->args[1];
	cr_assert_eq(r->mem, SC_M_BUF);
	cr_assert_eq(r->when, SC_W_EXIT);
	cr_assert_eq(r->len, SC_L_RET);
	cr_assert_eq(r->flags & SC_F_WHOLE, 0);
	const struct sc_arg *w = &syscall_table_get(__NR_write)->args[1];
	cr_assert_eq(w->mem, SC_M_BUF);
	cr_assert_eq(w->when, SC_W_ENTRY);
	cr_assert_eq(w->len, SC_L_ARG);
	cr_assert_eq(w->n, 2);
	const struct sc_arg *v = &syscall_table_get(__NR_readv)->args[1];
	cr_assert_eq(v->mem, SC_M_IOVEC);
	cr_assert_eq(v->when, SC_W_EXIT);
	cr_assert_eq(v->len, SC_L_ARG);
	cr_assert_eq(v->n, 2);
	cr_assert_eq(syscall_table_get(__NR_writev)->args[1].when, SC_W_ENTRY);
}

Test(syscall_table, listing_buffers_are_copied_whole)
{
	static const char *const whole[] = { "getdents64", "getdents", "readlink", "readlinkat", "getcwd" };
	for (size_t i = 0; i < sizeof whole / sizeof whole[0]; i++) {
		const struct syscall_desc *d = syscall_table_get((unsigned)syscall_table_lookup(whole[i]));
		int found = 0;
		for (int a = 0; a < d->nargs; a++)
			if (d->args[a].mem == SC_M_BUF)
				found += (d->args[a].flags & SC_F_WHOLE) && d->args[a].len == SC_L_RET;
		cr_expect_eq(found, 1, "%s", whole[i]);
	}
}

Test(syscall_table, pipe2_returns_two_ints_and_execve_reads_argv_and_envp)
{
	const struct syscall_desc *p = syscall_table_get(__NR_pipe2);
	cr_assert_eq(p->args[0].mem, SC_M_ARRAY);
	cr_assert_eq(p->args[0].when, SC_W_EXIT);
	cr_assert_eq(p->args[0].len, SC_L_FIXED);
	cr_assert_eq(p->args[0].n, 2);
	cr_assert_eq(p->args[0].elem, sizeof(int));
	cr_assert_eq(p->effect, SC_E_PIPE);
	cr_assert_eq(p->roles.fd, 0);
	cr_assert_eq(p->roles.flags, 1);
	const struct syscall_desc *e = syscall_table_get(__NR_execve);
	cr_assert_eq(e->args[0].mem, SC_M_STR);
	cr_assert_eq(e->args[1].mem, SC_M_STRARRAY);
	cr_assert_eq(e->args[2].mem, SC_M_STRARRAY);
	cr_assert_eq(e->args[1].when, SC_W_ENTRY);
	cr_assert_eq(e->classes, SC_C_FILE | SC_C_PROCESS);
	cr_assert_eq(e->effect, SC_E_EXEC);
}

Test(syscall_table, clone3_reads_its_args_struct_sized_by_argument_1)
{
	const struct syscall_desc *d = syscall_table_get(__NR_clone3);
	cr_assert_str_eq(d->name, "clone3");
	cr_assert_eq(d->nargs, 2);
	cr_assert_eq(d->args[0].mem, SC_M_CLONE_ARGS);
	cr_assert_eq(d->args[0].when, SC_W_BOTH);
	cr_assert_eq(d->args[0].len, SC_L_ARG);
	cr_assert_eq(d->args[0].n, 1);
	struct clone_args ca = { .flags = CLONE_VM | CLONE_FS, .exit_signal = SIGCHLD };
	uint64_t args[6] = { 0x1000, sizeof ca };
	uint64_t flags;
	cr_assert_eq(syscall_table_clone_flags(__NR_clone3, args, &ca, sizeof ca, &flags), 0);
	cr_assert_eq(flags, CLONE_VM | CLONE_FS);
	cr_assert_eq(syscall_table_clone_flags(__NR_clone3, args, &ca, 4, &flags), -ENODATA);
	uint64_t cargs[6] = { CLONE_THREAD | CLONE_VM };
	cr_assert_eq(syscall_table_clone_flags(__NR_clone, cargs, NULL, 0, &flags), 0);
	cr_assert_eq(flags, CLONE_THREAD | CLONE_VM);
	cr_assert_eq(syscall_table_clone_flags(__NR_vfork, args, NULL, 0, &flags), 0);
	cr_assert_eq(flags, CLONE_VM | CLONE_VFORK | SIGCHLD);
	cr_assert_eq(syscall_table_clone_flags(__NR_fork, args, NULL, 0, &flags), 0);
	cr_assert_eq(flags, SIGCHLD);
	cr_assert_eq(syscall_table_clone_flags(__NR_read, args, NULL, 0, &flags), -EINVAL);
}

Test(syscall_table, getsockname_copies_the_address_as_long_as_its_socklen)
{
	const struct syscall_desc *d = syscall_table_get(__NR_getsockname);
	cr_assert_eq(d->args[1].mem, SC_M_SOCKADDR);
	cr_assert_eq(d->args[1].when, SC_W_EXIT);
	cr_assert_eq(d->args[1].len, SC_L_ARGPTR);
	cr_assert_eq(d->args[1].n, 2);
	cr_assert(d->args[1].flags & SC_F_LEN_IS_MAX);
	cr_assert_eq(d->args[2].mem, SC_M_STRUCT);
	cr_assert_eq(d->args[2].when, SC_W_BOTH);
	cr_assert_eq(d->args[2].n, sizeof(socklen_t));
	cr_assert_eq(d->classes, SC_C_NETWORK);
	const struct sc_arg *c = &syscall_table_get(__NR_connect)->args[1];
	cr_assert_eq(c->mem, SC_M_SOCKADDR);
	cr_assert_eq(c->when, SC_W_ENTRY);
	cr_assert_eq(c->len, SC_L_ARG);
	cr_assert_eq(c->n, 2);
}

Test(syscall_table, fcntl_getlk_is_a_flock_in_and_out_and_getfd_has_no_third_argument)
{
	struct sc_arg out[6];
	uint64_t lk[6] = { 3, F_GETLK, 0x7ffd0000 };
	cr_assert_eq(syscall_table_args(__NR_fcntl, lk, out), 3);
	cr_assert_eq(out[2].mem, SC_M_STRUCT);
	cr_assert_eq(out[2].when, SC_W_BOTH);
	cr_assert_eq(out[2].n, sizeof(struct flock));
	uint64_t setlk[6] = { 3, F_OFD_SETLKW, 0x7ffd0000 };
	cr_assert_eq(syscall_table_args(__NR_fcntl, setlk, out), 3);
	cr_assert_eq(out[2].when, SC_W_ENTRY);
	uint64_t getfd[6] = { 3, F_GETFD };
	cr_assert_eq(syscall_table_args(__NR_fcntl, getfd, out), 2);
	cr_assert_eq(out[2].mem, SC_M_NONE);
	uint64_t own[6] = { 3, F_GETOWN_EX, 0x7ffd0000 };
	cr_assert_eq(syscall_table_args(__NR_fcntl, own, out), 3);
	cr_assert_eq(out[2].n, sizeof(struct f_owner_ex));
	cr_assert_eq(out[2].when, SC_W_EXIT);
	/* the table itself is left alone */
	cr_assert_eq(syscall_table_get(__NR_fcntl)->args[2].mem, SC_M_NONE);
}

Test(syscall_table, ioctl_shape_follows_the_request)
{
	struct sc_arg out[6];
	uint64_t tcgets[6] = { 0, TCGETS, 0x7ffd0000 };
	cr_assert_eq(syscall_table_args(__NR_ioctl, tcgets, out), 3);
	cr_assert_eq(out[2].mem, SC_M_STRUCT);
	cr_assert_eq(out[2].when, SC_W_EXIT);
	cr_assert_eq(out[2].n, sizeof(struct termios));
	uint64_t tcgets2[6] = { 0, TCGETS2, 0x7ffd0000 };
	syscall_table_args(__NR_ioctl, tcgets2, out);
	cr_assert_eq(out[2].n, sizeof(struct termios2));
	uint64_t tcsets[6] = { 0, TCSETSW, 0x7ffd0000 };
	syscall_table_args(__NR_ioctl, tcsets, out);
	cr_assert_eq(out[2].when, SC_W_ENTRY);
	uint64_t winsz[6] = { 1, TIOCGWINSZ, 0x7ffd0000 };
	syscall_table_args(__NR_ioctl, winsz, out);
	cr_assert_eq(out[2].n, sizeof(struct winsize));
	uint64_t nread[6] = { 1, FIONREAD, 0x7ffd0000 };
	syscall_table_args(__NR_ioctl, nread, out);
	cr_assert_eq(out[2].n, sizeof(int));
	cr_assert_eq(out[2].when, SC_W_EXIT);
	uint64_t cloexec[6] = { 1, FIOCLEX };
	cr_assert_eq(syscall_table_args(__NR_ioctl, cloexec, out), 2);
	uint64_t unknown[6] = { 1, 0x1234, 5 };
	cr_assert_eq(syscall_table_args(__NR_ioctl, unknown, out), 3);
	cr_assert_eq(out[2].mem, SC_M_NONE);
	cr_assert_eq(out[2].type, SC_T_HEX);
}

Test(syscall_table, futex_prctl_and_arch_prctl_shapes_follow_their_op)
{
	struct sc_arg out[6];
	uint64_t wait[6] = { 0x1000, FUTEX_WAIT_PRIVATE, 1, 0x2000 };
	cr_assert_eq(syscall_table_args(__NR_futex, wait, out), 4);
	cr_assert_eq(out[3].mem, SC_M_STRUCT);
	cr_assert_eq(out[3].n, sizeof(struct timespec));
	uint64_t bitset[6] = { 0x1000, FUTEX_WAIT_BITSET | FUTEX_CLOCK_REALTIME, 0, 0x2000 };
	syscall_table_args(__NR_futex, bitset, out);
	cr_assert_eq(out[3].mem, SC_M_STRUCT);
	uint64_t wake[6] = { 0x1000, FUTEX_WAKE_PRIVATE, 1 };
	cr_assert_eq(syscall_table_args(__NR_futex, wake, out), 3);
	cr_assert_eq(out[3].mem, SC_M_NONE);
	uint64_t getname[6] = { PR_GET_NAME, 0x1000 };
	cr_assert_eq(syscall_table_args(__NR_prctl, getname, out), 2);
	cr_assert_eq(out[1].mem, SC_M_STRUCT);
	cr_assert_eq(out[1].when, SC_W_EXIT);
	cr_assert_eq(out[1].n, 16);
	uint64_t setname[6] = { PR_SET_NAME, 0x1000 };
	syscall_table_args(__NR_prctl, setname, out);
	cr_assert_eq(out[1].mem, SC_M_STR);
	uint64_t dumpable[6] = { PR_GET_DUMPABLE };
	cr_assert_eq(syscall_table_args(__NR_prctl, dumpable, out), 1);
	/* A case may describe another argument than the shape's: the filter. */
	uint64_t setseccomp[6] = { PR_SET_SECCOMP, SECCOMP_MODE_FILTER, 0x1000 };
	cr_assert_eq(syscall_table_args(__NR_prctl, setseccomp, out), 3);
	cr_assert_eq(out[1].mem, SC_M_NONE);
	cr_assert_eq(out[2].mem, SC_M_STRUCT);
	cr_assert_eq(out[2].when, SC_W_ENTRY);
	cr_assert_eq(out[2].n, sizeof(struct sock_fprog));
	uint64_t getfs[6] = { 0x1003 /* ARCH_GET_FS */, 0x1000 };
	syscall_table_args(__NR_arch_prctl, getfs, out);
	cr_assert_eq(out[1].n, sizeof(unsigned long));
	cr_assert_eq(out[1].when, SC_W_EXIT);
	cr_assert_eq(syscall_table_args(100000, getfs, out), -EINVAL);
}

Test(syscall_table, rt_sigaction_copies_new_at_entry_and_old_at_exit)
{
	const struct syscall_desc *d = syscall_table_get(__NR_rt_sigaction);
	cr_assert_eq(d->nargs, 4);
	cr_assert_eq(d->args[0].type, SC_T_SIG);
	cr_assert_eq(d->args[1].when, SC_W_ENTRY);
	cr_assert_eq(d->args[2].when, SC_W_EXIT);
	cr_assert_eq(d->classes, SC_C_SIGNAL);
	const struct sc_arg *m = &syscall_table_get(__NR_rt_sigprocmask)->args[1];
	cr_assert_eq(m->len, SC_L_ARG);
	cr_assert_eq(m->n, 3);
}

/* ---- effects and roles ---- */

Test(syscall_table, open_flags_come_from_a_register_from_open_how_or_from_creat)
{
	uint64_t flags, mode;
	uint64_t oa[6] = { (uint64_t)AT_FDCWD, 0x1000, O_RDWR | O_CREAT, 0640 };
	cr_assert_eq(syscall_table_open_flags(__NR_openat, oa, NULL, 0, &flags, &mode), 0);
	cr_assert_eq(flags, O_RDWR | O_CREAT);
	cr_assert_eq(mode, 0640);
	uint64_t cr[6] = { 0x1000, 0600 };
	cr_assert_eq(syscall_table_open_flags(__NR_creat, cr, NULL, 0, &flags, &mode), 0);
	cr_assert_eq(flags, O_CREAT | O_WRONLY | O_TRUNC);
	cr_assert_eq(mode, 0600);
	uint64_t how[3] = { O_WRONLY | O_APPEND, 0755, 0 };
	uint64_t o2[6] = { (uint64_t)AT_FDCWD, 0x1000, 0x2000, sizeof how };
	cr_assert_eq(syscall_table_open_flags(__NR_openat2, o2, how, sizeof how, &flags, &mode), 0);
	cr_assert_eq(flags, O_WRONLY | O_APPEND);
	cr_assert_eq(mode, 0755);
	cr_assert_eq(syscall_table_open_flags(__NR_openat2, o2, NULL, 0, &flags, &mode), -ENODATA);
	cr_assert_eq(syscall_table_open_flags(__NR_close, o2, NULL, 0, &flags, &mode), -EINVAL);
	const struct syscall_desc *o = syscall_table_get(__NR_open);
	cr_assert_eq(o->roles.dirfd, -1);
	cr_assert_eq(o->roles.path, 0);
	cr_assert_eq(o->roles.flags, 1);
}

Test(syscall_table, roles_name_the_operands_of_file_operations)
{
	const struct syscall_desc *r = syscall_table_get(__NR_renameat2);
	cr_assert_eq(r->effect, SC_E_RENAME);
	cr_assert_eq(r->roles.dirfd, 0);
	cr_assert_eq(r->roles.path, 1);
	cr_assert_eq(r->roles.dirfd2, 2);
	cr_assert_eq(r->roles.path2, 3);
	cr_assert_eq(r->roles.flags, 4);
	const struct syscall_desc *s = syscall_table_get(__NR_symlinkat);
	cr_assert_eq(s->effect, SC_E_SYMLINK);
	cr_assert_eq(s->args[0].type, SC_T_STR, "the target is text, not a path");
	cr_assert_eq(s->roles.dirfd2, 1);
	cr_assert_eq(s->roles.path2, 2);
	const struct syscall_desc *u = syscall_table_get(__NR_unlinkat);
	cr_assert_eq(u->effect, SC_E_UNLINK);
	cr_assert_eq(u->roles.flags, 2);
	const struct syscall_desc *d = syscall_table_get(__NR_dup2);
	cr_assert_eq(d->effect, SC_E_DUP2);
	cr_assert_eq(d->roles.fd, 0);
	cr_assert_eq(d->roles.fd2, 1);
	const struct syscall_desc *c = syscall_table_get(__NR_sendfile);
	cr_assert_eq(c->effect, SC_E_COPY);
	cr_assert_eq(c->roles.fd, 1, "sendfile reads its second argument");
	cr_assert_eq(c->roles.fd2, 0);
	cr_assert_eq(syscall_table_get(__NR_mkdirat)->effect, SC_E_MKDIR);
	cr_assert_eq(syscall_table_get(__NR_rmdir)->effect, SC_E_RMDIR);
	cr_assert_eq(syscall_table_get(__NR_statx)->effect, SC_E_STAT);
	cr_assert_eq(syscall_table_get(__NR_getdents64)->effect, SC_E_GETDENTS);
	cr_assert_eq(syscall_table_get(__NR_close_range)->effect, SC_E_CLOSE_RANGE);
	cr_assert_eq(syscall_table_get(__NR_mmap)->roles.fd, 4);
	cr_assert_eq(syscall_table_get(__NR_vfork)->effect, SC_E_CLONE);
	cr_assert_eq(syscall_table_get(__NR_pread64)->effect, SC_E_READ);
	cr_assert_eq(syscall_table_get(__NR_sendmmsg)->effect, SC_E_WRITE);
}

/* Every index in the table points inside the call; memory has a time. */
Test(syscall_table, every_entry_is_self_consistent)
{
	for (unsigned nr = 0; nr < syscall_table_size(); nr++) {
		const struct syscall_desc *d = syscall_table_get(nr);
		if (!d)
			continue;
		cr_expect_leq(d->nargs, 6, "%s", d->name);
		for (int i = 0; i < 6; i++) {
			const struct sc_arg *a = &d->args[i];
			if (i >= d->nargs) {
				cr_expect_eq(a->type | a->mem | a->when, 0, "%s: arg %d beyond nargs", d->name, i);
				continue;
			}
			cr_expect_eq(a->mem == SC_M_NONE, a->when == 0, "%s arg %d: memory needs a time", d->name, i);
			if (a->mem != SC_M_NONE && (a->len == SC_L_ARG || a->len == SC_L_ARGPTR))
				cr_expect_lt(a->n, d->nargs, "%s arg %d: length from a missing argument", d->name, i);
			if (a->len == SC_L_RET)
				cr_expect(a->when & SC_W_EXIT, "%s arg %d: ret is known at exit only", d->name, i);
			if (a->mem == SC_M_ARRAY)
				cr_expect_gt(a->elem, 0, "%s arg %d", d->name, i);
			if (a->mem == SC_M_STRUCT && a->len == SC_L_FIXED)
				cr_expect_gt(a->n, 0, "%s arg %d", d->name, i);
		}
		const int8_t *roles = &d->roles.dirfd;
		for (size_t r = 0; r < sizeof d->roles; r++)
			cr_expect(roles[r] >= -1 && roles[r] < d->nargs, "%s: role %zu is %d", d->name, r, roles[r]);
		if (d->roles.path >= 0)
			cr_expect(d->args[d->roles.path].mem == SC_M_STR, "%s: the path is a string", d->name);
		if (d->roles.path2 >= 0)
			cr_expect_eq(d->args[d->roles.path2].type, SC_T_PATH, "%s", d->name);
		if (d->roles.dirfd >= 0)
			cr_expect_eq(d->args[d->roles.dirfd].type, SC_T_DIRFD, "%s", d->name);
		if (d->effect == SC_E_ANON_FD)
			cr_expect_not_null(syscall_table_anon_name(nr), "%s", d->name);
		if (d->effect == SC_E_OPEN || d->effect == SC_E_ANON_FD || d->effect == SC_E_DUP)
			cr_expect_eq(d->ret, SC_T_FD, "%s returns a descriptor", d->name);
	}
}

/* Real fds of each anon kind: their /proc names are the table's. */
Test(syscall_table, anon_fd_names_are_what_proc_shows)
{
	sigset_t mask;
	sigemptyset(&mask);
	struct {
		unsigned nr;
		int fd;
	} fds[] = {
		{ __NR_eventfd2, eventfd(0, 0) },
		{ __NR_epoll_create1, epoll_create1(0) },
		{ __NR_timerfd_create, timerfd_create(CLOCK_MONOTONIC, 0) },
		{ __NR_signalfd4, signalfd(-1, &mask, 0) },
		{ __NR_inotify_init1, inotify_init1(0) },
		{ __NR_pidfd_open, (int)syscall(__NR_pidfd_open, getpid(), 0) },
	};
	for (size_t i = 0; i < sizeof fds / sizeof fds[0]; i++) {
		cr_assert_geq(fds[i].fd, 0, "nr %u", fds[i].nr);
		char path[64], link[256];
		snprintf(path, sizeof path, "/proc/self/fd/%d", fds[i].fd);
		ssize_t n = readlink(path, link, sizeof link - 1);
		cr_assert_gt(n, 0);
		link[n] = '\0';
		cr_expect_str_eq(link, syscall_table_anon_name(fds[i].nr));
		close(fds[i].fd);
	}
	int m = memfd_create("table", 0);
	char path[64], link[256], want[256];
	snprintf(path, sizeof path, "/proc/self/fd/%d", m);
	ssize_t n = readlink(path, link, sizeof link - 1);
	cr_assert_gt(n, 0);
	link[n] = '\0';
	snprintf(want, sizeof want, "%stable (deleted)", syscall_table_anon_name(__NR_memfd_create));
	cr_expect_str_eq(link, want);
	close(m);
	cr_assert_null(syscall_table_anon_name(__NR_openat));
}

/* ---- the -e trace= parser ---- */

static int parse(const char *expr, uint64_t set[SET_WORDS], char *err)
{
	return syscall_table_parse_set(expr, set, SET_WORDS, err, 128);
}

static unsigned popcount(const uint64_t set[SET_WORDS])
{
	unsigned n = 0;
	for (int i = 0; i < SET_WORDS; i++)
		n += (unsigned)__builtin_popcountll(set[i]);
	return n;
}

Test(syscall_table, parse_set_takes_names_and_numbers)
{
	uint64_t set[SET_WORDS];
	char err[128];
	cr_assert_eq(parse("open,close,newfstatat", set, err), 0);
	cr_assert_eq(popcount(set), 3);
	cr_assert(in_set(set, __NR_open) && in_set(set, __NR_close) && in_set(set, __NR_newfstatat));
	cr_assert_eq(parse("trace=read,,write,", set, err), 0);
	cr_assert_eq(popcount(set), 2);
	cr_assert(in_set(set, __NR_read) && in_set(set, __NR_write));
	cr_assert_eq(parse("02,openat@64", set, err), 0);
	cr_assert_eq(popcount(set), 2);
	cr_assert(in_set(set, __NR_open) && in_set(set, __NR_openat));
}

Test(syscall_table, parse_set_rejects_unknown_names_as_strace_does)
{
	uint64_t set[SET_WORDS] = { 42 };
	char err[128];
	cr_assert_eq(parse("open,foo", set, err), -EINVAL);
	cr_assert_str_eq(err, "invalid system call 'foo'");
	cr_assert_eq(set[0], 42, "the set is written only on success");
	static const char *const bad[][2] = {
		{ "", "invalid system call ''" },
		{ ",", "invalid system call ','" },
		{ "!", "invalid system call '!'" },
		{ "%foo", "invalid system call '%foo'" },
		{ "%proc", "invalid system call '%proc'" },
		{ "net", "invalid system call 'net'" },
		{ "creds", "invalid system call 'creds'" },
		{ "none,open", "invalid system call 'none'" },
		{ "all,!open", "invalid system call '!open'" },
		{ "OPEN", "invalid system call 'OPEN'" },
		{ "451", "invalid system call '451'" },
		{ "0x2", "invalid system call '0x2'" },
		{ "-1", "invalid system call '-1'" },
		{ "/zzzz", "invalid system call '/zzzz'" },
		{ "/[", "regcomp: [: Invalid regular expression" },
	};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		cr_expect_eq(parse(bad[i][0], set, err), -EINVAL, "%s", bad[i][0]);
		cr_expect_str_eq(err, bad[i][1]);
	}
	cr_assert_eq(syscall_table_parse_set("open", set, 7, err, sizeof err), -ENOSPC);
}

Test(syscall_table, parse_set_question_mark_ignores_unknown_names)
{
	uint64_t set[SET_WORDS];
	char err[128];
	cr_assert_eq(parse("?foo,read,?/zzzz,??%nothing", set, err), 0);
	cr_assert_eq(popcount(set), 1);
	cr_assert(in_set(set, __NR_read));
	cr_assert_eq(parse("?", set, err), 0);
	cr_assert_eq(popcount(set), 0);
}

Test(syscall_table, parse_set_classes_and_legacy_class_names)
{
	uint64_t a[SET_WORDS], b[SET_WORDS];
	char err[128];
	cr_assert_eq(parse("%file", a, err), 0);
	cr_assert_eq(parse("file", b, err), 0);
	cr_assert_arr_eq(a, b, sizeof a);
	cr_assert(in_set(a, __NR_openat) && in_set(a, __NR_execve) && !in_set(a, __NR_read));
	cr_assert_eq(parse("%net", a, err), 0);
	cr_assert_eq(parse("%network", b, err), 0);
	cr_assert_arr_eq(a, b, sizeof a);
	cr_assert_eq(parse("%%stat", a, err), 0);
	cr_assert_eq(popcount(a), 5);
	cr_assert(in_set(a, __NR_stat) && in_set(a, __NR_fstat) && in_set(a, __NR_lstat) &&
		  in_set(a, __NR_newfstatat) && in_set(a, __NR_statx));
	cr_assert_eq(parse("%%statfs", a, err), 0);
	cr_assert_eq(popcount(a), 3);
	cr_assert(in_set(a, __NR_ustat));
	cr_assert_eq(parse("%pure", a, err), 0);
	cr_assert_eq(popcount(a), 8);
	cr_assert(in_set(a, __NR_getpid) && in_set(a, __NR_gettid) && !in_set(a, __NR_sched_yield));
	cr_assert_eq(syscall_table_in_class(__NR_statx, SC_C_FSTAT), 1);
	cr_assert_eq(syscall_table_in_class(__NR_read, SC_C_FILE | SC_C_NETWORK), 0);
	cr_assert_eq(syscall_table_in_class(100000, SC_C_FILE), 0);
	uint32_t bits;
	cr_assert_eq(syscall_table_class("%stat", &bits), 0);
	cr_assert_eq(bits, SC_C_STAT_LIKE);
	cr_assert_eq(syscall_table_class("proc", &bits), -EINVAL);
}

Test(syscall_table, parse_set_regex_matches_names)
{
	uint64_t set[SET_WORDS];
	char err[128];
	cr_assert_eq(parse("/^open", set, err), 0);
	cr_assert_eq(popcount(set), 5);
	cr_assert(in_set(set, __NR_open) && in_set(set, __NR_openat) && in_set(set, __NR_openat2) &&
		  in_set(set, __NR_open_by_handle_at) && in_set(set, __NR_open_tree));
	cr_assert_eq(parse("/^(pread|pwrite)64$", set, err), 0);
	cr_assert_eq(popcount(set), 2);
}

Test(syscall_table, parse_set_negation_all_and_none)
{
	uint64_t set[SET_WORDS];
	char err[128];
	cr_assert_eq(parse("none", set, err), 0);
	cr_assert_eq(popcount(set), 0);
	cr_assert_eq(parse("all", set, err), 0);
	cr_assert_eq(popcount(set), SET_WORDS * 64, "all includes numbers the table does not name");
	cr_assert_eq(parse("!none", set, err), 0);
	cr_assert_eq(popcount(set), SET_WORDS * 64);
	cr_assert_eq(parse("!all", set, err), 0);
	cr_assert_eq(popcount(set), 0);
	cr_assert_eq(parse("!open,%desc", set, err), 0);
	cr_assert(!in_set(set, __NR_open) && !in_set(set, __NR_read) && in_set(set, __NR_getpid));
	cr_assert(in_set(set, 400), "a number without a syscall is traced under a negated set");
	cr_assert_eq(parse("!!open", set, err), 0);
	cr_assert_eq(popcount(set), 1);
	cr_assert_eq(parse("all,open", set, err), 0);
	cr_assert(in_set(set, __NR_open) && in_set(set, __NR_set_mempolicy_home_node));
	cr_assert(!in_set(set, 400), "the token all names the table's syscalls only");
}

/* The SysV *ctl commands select the struct their pointer designates, and
 * when it is read; msgsnd/msgrcv copy the mtype and msgsz bytes of text. */
Test(syscall_table, sysv_ipc_structs_follow_the_command)
{
	struct sc_arg out[6];
	uint64_t stat[6] = { 1, IPC_STAT, 0x1000 };
	syscall_table_args(__NR_msgctl, stat, out);
	cr_assert_eq(out[2].mem, SC_M_STRUCT);
	cr_assert_eq(out[2].when, SC_W_EXIT);
	cr_assert_eq(out[2].n, sizeof(struct msqid_ds));
	uint64_t set[6] = { 1, IPC_SET, 0x1000 };
	syscall_table_args(__NR_shmctl, set, out);
	cr_assert_eq(out[2].when, SC_W_ENTRY);
	cr_assert_eq(out[2].n, sizeof(struct shmid_ds));
	uint64_t info[6] = { 1, SHM_INFO, 0x1000 };
	syscall_table_args(__NR_shmctl, info, out);
	cr_assert_eq(out[2].n, sizeof(struct shm_info));
	uint64_t ipcinfo[6] = { 1, IPC_INFO, 0x1000 };
	syscall_table_args(__NR_shmctl, ipcinfo, out);
	cr_assert_eq(out[2].n, sizeof(struct shminfo));
	syscall_table_args(__NR_msgctl, ipcinfo, out);
	cr_assert_eq(out[2].n, sizeof(struct msginfo));
	uint64_t semstat[6] = { 1, 0, IPC_STAT, 0x1000 };
	syscall_table_args(__NR_semctl, semstat, out);
	cr_assert_eq(out[3].mem, SC_M_STRUCT);
	cr_assert_eq(out[3].n, sizeof(struct semid_ds));
	uint64_t seminfo[6] = { 1, 0, SEM_INFO, 0x1000 };
	syscall_table_args(__NR_semctl, seminfo, out);
	cr_assert_eq(out[3].n, sizeof(struct seminfo));
	uint64_t rmid[6] = { 1, 0, IPC_RMID, 0 };
	syscall_table_args(__NR_semctl, rmid, out);
	cr_assert_eq(out[3].mem, SC_M_NONE);
	uint64_t snd[6] = { 1, 0x1000, 5, 0 };
	syscall_table_args(__NR_msgsnd, snd, out);
	cr_assert_eq(out[1].mem, SC_M_MSGBUF);
	cr_assert_eq(out[1].when, SC_W_ENTRY);
	cr_assert_eq(out[1].len, SC_L_ARG);
	cr_assert_eq(out[1].n, 2);
	uint64_t rcv[6] = { 1, 0x1000, 5, 0, 0 };
	syscall_table_args(__NR_msgrcv, rcv, out);
	cr_assert_eq(out[1].mem, SC_M_MSGBUF);
	cr_assert_eq(out[1].when, SC_W_EXIT);
}

/* io_submit's control blocks: the pointer array, counted by argument 2. */
Test(syscall_table, io_submit_reads_its_iocb_pointer_array)
{
	struct sc_arg out[6];
	uint64_t args[6] = { 0x7000, 3, 0x1000 };
	cr_assert_eq(syscall_table_args(__NR_io_submit, args, out), 3);
	cr_assert_eq(out[2].mem, SC_M_IOCBS);
	cr_assert_eq(out[2].when, SC_W_ENTRY);
	cr_assert_eq(out[2].len, SC_L_ARG);
	cr_assert_eq(out[2].n, 1);
	cr_assert_eq(SC_AIO_IOCB(0), 1);
	cr_assert_eq(SC_AIO_BUF(0), 2);
	cr_assert_eq(SC_AIO_IOCB(1), 3);
}

/* ptrace's request says what its data argument passes in. */
Test(syscall_table, ptrace_set_requests_copy_their_data)
{
	struct sc_arg out[6];
	uint64_t setregs[6] = { 13 /* PTRACE_SETREGS */, 1, 0, 0x1000 };
	syscall_table_args(__NR_ptrace, setregs, out);
	cr_assert_eq(out[3].mem, SC_M_STRUCT);
	cr_assert_eq(out[3].when, SC_W_ENTRY);
	cr_assert_eq(out[3].n, 216);
	uint64_t setregset[6] = { 0x4205, 1, 1, 0x1000 };
	syscall_table_args(__NR_ptrace, setregset, out);
	cr_assert_eq(out[3].mem, SC_M_IOVEC);
	cr_assert_eq(out[3].n, 1);
	uint64_t setmask[6] = { 0x420b, 1, 8, 0x1000 };
	syscall_table_args(__NR_ptrace, setmask, out);
	cr_assert_eq(out[3].len, SC_L_ARG);
	cr_assert_eq(out[3].n, 2);
	uint64_t peek[6] = { 2 /* PTRACE_PEEKDATA */, 1, 0x1000, 0x2000 };
	syscall_table_args(__NR_ptrace, peek, out);
	cr_assert_eq(out[3].mem, SC_M_NONE);
}

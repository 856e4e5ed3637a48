/* The printer's line discipline and options on synthetic traces, against
 * the text strace 6.1 prints for the same stops: unfinished/resumed
 * interleaving, `= ?`, exits, kills, signals, superseded threads, restart
 * errors, padding, quoting and -s, -x, -y, -T, -t, -e, -z/-Z, -p, -c, --json. */
#include <criterion/criterion.h>
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "show.h"
#include "show_internal.h"
#include "tbuild.h"

static char *path, *outpath;

static void setup(void)
{
	path = tb_tmpname(".trace");
	outpath = tb_tmpname(".out");
}

static void teardown(void)
{
	unlink(path);
	unlink(outpath);
	free(path);
	free(outpath);
}

TestSuite(show, .init = setup, .fini = teardown);

#define ARGS(...) ((const uint64_t[6]){ __VA_ARGS__ })
#define THREAD_FLAGS (CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | CLONE_THREAD)

/* Prints the trace with O; returns the output (freed by the caller) and
 * show_run()'s result in *RC. */
static char *print_with(const struct show_opts *o, int *rc)
{
	int fd = open(outpath, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	cr_assert_geq(fd, 0);
	const char *msg;
	*rc = show_run(o, path, fd, &msg);
	close(fd);
	return tb_slurp(outpath);
}

static void expect(const struct show_opts *o, const char *want)
{
	int rc;
	char *got = print_with(o, &rc);
	cr_assert_eq(rc, 0, "show_run: %d", rc);
	cr_assert_str_eq(got, want, "got:\n%s\nwant:\n%s", got, want);
	free(got);
}

static struct show_opts defaults(void)
{
	struct show_opts o;
	show_opts_init(&o);
	return o;
}

Test(show, unfinished_and_resumed_where_another_thread_comes_between)
{
	struct tb *t = tb_open(path, 100);
	tb_new_task(t, 101, 100, 100, THREAD_FLAGS);
	tb_entry(t, 100, SYS_read, ARGS(0, 0x5000, 10), NULL, 0);
	tb_call(t, 101, SYS_getpid, NULL, NULL, 0, 100, NULL, 0);
	struct tb_blob out = { 1, 0, "hello", 5, 0, 0 };
	tb_exit(t, 100, 5, &out, 1);
	tb_call(t, 100, SYS_getpid, NULL, NULL, 0, 100, NULL, 0);
	cr_assert_eq(tb_close(t), 0);
	struct show_opts o = defaults();
	expect(&o,
	       "100   read(0,  <unfinished ...>\n"
	       "101   getpid()                          = 100\n"
	       "100   <... read resumed>\"hello\", 10)    = 5\n"
	       "100   getpid()                          = 100\n");
}

Test(show, entry_and_exit_of_one_thread_make_one_line)
{
	struct tb *t = tb_open(path, 100);
	struct tb_blob out = { 1, 0, "ab\n", 3, 0, 0 };
	tb_call(t, 100, SYS_read, ARGS(0, 0x5000, 100), NULL, 0, 3, &out, 1);
	cr_assert_eq(tb_close(t), 0);
	struct show_opts o = defaults();
	expect(&o, "100   read(0, \"ab\\n\", 100)              = 3\n");
}

Test(show, death_in_a_call_prints_question_mark_then_the_exit)
{
	struct tb *t = tb_open(path, 100);
	tb_new_task(t, 101, 100, 100, THREAD_FLAGS);
	tb_entry(t, 101, SYS_read, ARGS(0, 0x5000, 10), NULL, 0);
	tb_entry(t, 100, SYS_exit_group, ARGS(3), NULL, 0);
	tb_exit_task(t, 101, 3, 0, 0);
	tb_exit_task(t, 100, 3, 0, 0);
	cr_assert_eq(tb_close(t), 0);
	struct show_opts o = defaults();
	expect(&o,
	       "101   read(0,  <unfinished ...>\n"
	       "100   exit_group(3 <unfinished ...>\n"
	       "101   <... read resumed> <unfinished ...>) = ?\n"
	       "101   +++ exited with 3 +++\n"
	       "100   <... exit_group resumed>)         = ?\n"
	       "100   +++ exited with 3 +++\n");
}

Test(show, exit_group_alone_is_one_line_with_question_mark)
{
	struct tb *t = tb_open(path, 100);
	tb_entry(t, 100, SYS_exit_group, ARGS(0), NULL, 0);
	tb_exit_task(t, 100, 0, 0, 0);
	cr_assert_eq(tb_close(t), 0);
	struct show_opts o = defaults();
	expect(&o, "100   exit_group(0)                     = ?\n100   +++ exited with 0 +++\n");
}

Test(show, killed_by_a_signal_with_and_without_core)
{
	struct tb *t = tb_open(path, 100);
	tb_new_task(t, 200, 100, 200, SIGCHLD);
	tb_exit_task(t, 200, 0, SIGSEGV, 1);
	tb_exit_task(t, 100, 0, SIGKILL, 0);
	cr_assert_eq(tb_close(t), 0);
	struct show_opts o = defaults();
	expect(&o, "200   +++ killed by SIGSEGV (core dumped) +++\n100   +++ killed by SIGKILL +++\n");
}

static void sigchld_info(unsigned char si[128], int pid, int status, long utime, long stime)
{
	memset(si, 0, 128);
	int v[4] = { SIGCHLD, 0, CLD_EXITED, 0 };
	memcpy(si, v, sizeof v);
	int kill[3] = { pid, 1000, status };
	memcpy(si + 16, kill, sizeof kill);
	memcpy(si + 32, &utime, 8);
	memcpy(si + 40, &stime, 8);
}

Test(show, signal_lines_decode_siginfo_as_strace)
{
	struct tb *t = tb_open(path, 100);
	unsigned char si[128];
	sigchld_info(si, 200, 0, 0, 3);
	tb_signal(t, 100, si, sizeof si, 0);
	unsigned char usr[128] = { 0 };
	int head[4] = { SIGUSR1, 0, SI_TKILL, 0 };
	memcpy(usr, head, sizeof head);
	int src[2] = { 100, 1000 };
	memcpy(usr + 16, src, sizeof src);
	tb_signal(t, 100, usr, sizeof usr, 0);
	unsigned char segv[128] = { 0 };
	int h2[4] = { SIGSEGV, 0, SEGV_MAPERR, 0 };
	memcpy(segv, h2, sizeof h2);
	tb_signal(t, 100, segv, sizeof segv, 0);
	unsigned char stop[128] = { 0 };
	int h3[4] = { SIGSTOP, 0, 0, 0 };
	memcpy(stop, h3, sizeof h3);
	tb_signal(t, 100, stop, sizeof stop, 1);
	cr_assert_eq(tb_close(t), 0);
	struct show_opts o = defaults();
	expect(&o,
	       "100   --- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=200, si_uid=1000, "
	       "si_status=0, si_utime=0, si_stime=3 /* 0.03 s */} ---\n"
	       "100   --- SIGUSR1 {si_signo=SIGUSR1, si_code=SI_TKILL, si_pid=100, si_uid=1000} ---\n"
	       "100   --- SIGSEGV {si_signo=SIGSEGV, si_code=SEGV_MAPERR, si_addr=NULL} ---\n"
	       "100   --- stopped by SIGSTOP ---\n");
}

Test(show, exec_from_a_thread_supersedes_the_leader)
{
	struct tb *t = tb_open(path, 100);
	tb_new_task(t, 101, 100, 100, THREAD_FLAGS);
	tb_entry(t, 100, SYS_getppid, NULL, NULL, 0); /* stands for a blocking call */
	struct tb_blob f = TB_STR(0, "/bin/true");
	tb_entry(t, 101, SYS_execve, ARGS(0x2000, 0, 0), &f, 1);
	static const char *const argv[] = { "true", NULL };
	tb_exec(t, 100, 101, "/usr/bin/true", argv);
	tb_exit(t, 100, 0, NULL, 0);
	cr_assert_eq(tb_close(t), 0);
	struct show_opts o = defaults();
	int rc;
	char *got = print_with(&o, &rc);
	cr_assert_eq(rc, 0);
	/* The execve line's tail is the decoders' business: check the structure. */
	const char *want[] = {
		"100   getppid( <unfinished ...>\n",
		"101   execve(\"/bin/true\", ",
		" <unfinished ...>\n100   <... getppid resumed>)            = ?\n",
		"100   +++ superseded by execve in pid 101 +++\n",
		"100   <... execve resumed>",
		"= 0\n",
	};
	const char *p = got;
	for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
		const char *q = strstr(p, want[i]);
		cr_assert_not_null(q, "missing %s in\n%s", want[i], got);
		p = q + strlen(want[i]);
	}
	cr_assert_eq(*p, '\0');
	free(got);
}

Test(show, restart_errors_and_errno_messages)
{
	struct tb *t = tb_open(path, 100);
	tb_call(t, 100, SYS_pause, NULL, NULL, 0, -514 /* ERESTARTNOHAND */, NULL, 0);
	tb_call(t, 100, SYS_getppid, NULL, NULL, 0, -512 /* ERESTARTSYS */, NULL, 0);
	tb_call(t, 100, SYS_close, ARGS(9), NULL, 0, -EBADF, NULL, 0);
	cr_assert_eq(tb_close(t), 0);
	struct show_opts o = defaults();
	expect(&o,
	       "100   pause()                           = ? ERESTARTNOHAND (To be restarted if no handler)\n"
	       "100   getppid()                         = ? ERESTARTSYS (To be restarted if SA_RESTART is set)\n"
	       "100   close(9)                          = -1 EBADF (Bad file descriptor)\n");
}

Test(show, column_counts_the_pid_prefix_and_follows_a)
{
	struct tb *t = tb_open(path, 1234567);
	tb_call(t, 1234567, SYS_getpid, NULL, NULL, 0, 1234567, NULL, 0);
	cr_assert_eq(tb_close(t), 0);
	struct show_opts o = defaults();
	expect(&o, "1234567 getpid()                        = 1234567\n");
	o.acolumn = 20;
	expect(&o, "1234567 getpid()    = 1234567\n");
	o.acolumn = 0;
	expect(&o, "1234567 getpid() = 1234567\n");
}

static void write_call(struct tb *t, uint32_t tid, const void *buf, size_t len)
{
	struct tb_blob in = { 1, 0, buf, len, 0, 0 };
	tb_call(t, tid, SYS_write, ARGS(1, 0x5000, len), &in, 1, (int64_t)len, NULL, 0);
}

Test(show, buffers_are_quoted_and_cut_at_s_as_strace_does)
{
	struct tb *t = tb_open(path, 100);
	write_call(t, 100, "a\tb\n\"q\"\\\001\0012\177\377", 14);
	write_call(t, 100, "0123456789012345678901234567890123456789", 40);
	cr_assert_eq(tb_close(t), 0);
	struct show_opts o = defaults();
	expect(&o,
	       "100   write(1, \"a\\tb\\n\\\"q\\\"\\\\\\1\\0012\\177\\377\\0\", 14) = 14\n"
	       "100   write(1, \"01234567890123456789012345678901\"..., 40) = 40\n");
	o.strsize = 4;
	o.xflag = 1;
	expect(&o,
	       "100   write(1, \"a\\tb\\n\"..., 14)         = 14\n"
	       "100   write(1, \"0123\"..., 40)           = 40\n");
	o.xflag = 2;
	o.strsize = 2;
	expect(&o,
	       "100   write(1, \"\\x61\\x09\"..., 14)       = 14\n"
	       "100   write(1, \"\\x30\\x31\"..., 40)       = 40\n");
}

Test(show, y_prints_fd_paths_from_the_replayed_table)
{
	struct tb *t = tb_open(path, 100);
	struct tb_blob in = TB_STR(1, "x");
	tb_call(t, 100, SYS_write, ARGS(1, 0x5000, 1), &in, 1, 1, NULL, 0);
	tb_call(t, 100, SYS_close, ARGS(1), NULL, 0, 0, NULL, 0);
	tb_call(t, 100, SYS_dup, ARGS(2), NULL, 0, 1, NULL, 0);
	struct tb_blob p = TB_STR(1, "d/../x.txt");
	tb_call(t, 100, SYS_openat, ARGS((uint64_t)(int64_t)AT_FDCWD, 0x1000, O_RDONLY), &p, 1, 3, NULL, 0);
	cr_assert_eq(tb_close(t), 0);
	struct show_opts o = defaults();
	o.yflag = 1;
	expect(&o,
	       "100   write(1</dev/pts/0>, \"x\", 1)      = 1\n"
	       "100   close(1</dev/pts/0>)              = 0\n"
	       "100   dup(2</dev/pts/0>)                = 1</dev/pts/0>\n"
	       "100   openat(AT_FDCWD</home/u>, \"d/../x.txt\", O_RDONLY) = 3</home/u/x.txt>\n");
}

Test(show, T_and_timestamps)
{
	struct tb *t = tb_open(path, 100);
	tb_call(t, 100, SYS_getpid, NULL, NULL, 0, 100, NULL, 0);
	cr_assert_eq(tb_close(t), 0);
	/* tbuild: the start is 2020-01-01T00:00:00Z, events 1 µs apart. */
	setenv("TZ", "UTC", 1);
	struct show_opts o = defaults();
	o.syscall_times = 1;
	expect(&o, "100   getpid()                          = 100 <0.000001>\n");
	o.syscall_times = 0;
	o.tstamp = SHOW_TS_USEC;
	expect(&o, "100   00:00:00.000001 getpid()          = 100\n");
	o.tstamp = SHOW_TS_EPOCH;
	expect(&o, "100   1577836800.000001 getpid()        = 100\n");
	o.tstamp = SHOW_TS_SEC;
	expect(&o, "100   00:00:00 getpid()                 = 100\n");
}

static void mixed_calls(void)
{
	struct tb *t = tb_open(path, 100);
	tb_call(t, 100, SYS_close, ARGS(5), NULL, 0, -EBADF, NULL, 0);
	tb_call(t, 100, SYS_getpid, NULL, NULL, 0, 100, NULL, 0);
	tb_call(t, 100, SYS_close, ARGS(2), NULL, 0, 0, NULL, 0);
	tb_entry(t, 100, SYS_exit_group, ARGS(0), NULL, 0);
	tb_exit_task(t, 100, 0, 0, 0);
	cr_assert_eq(tb_close(t), 0);
}

Test(show, e_trace_selects_syscalls)
{
	mixed_calls();
	struct show_opts o = defaults();
	o.trace_all = 0;
	o.trace_set[SYS_close / 64] |= 1ull << (SYS_close % 64);
	expect(&o,
	       "100   close(5)                          = -1 EBADF (Bad file descriptor)\n"
	       "100   close(2)                          = 0\n"
	       "100   +++ exited with 0 +++\n");
}

Test(show, z_and_Z_select_by_outcome)
{
	mixed_calls();
	struct show_opts o = defaults();
	o.status = SHOW_ST_SUCCESSFUL;
	expect(&o,
	       "100   getpid()                          = 100\n"
	       "100   close(2)                          = 0\n"
	       "100   +++ exited with 0 +++\n");
	o.status = SHOW_ST_FAILED;
	expect(&o,
	       "100   close(5)                          = -1 EBADF (Bad file descriptor)\n"
	       "100   +++ exited with 0 +++\n");
	o.status = SHOW_ST_UNFINISHED;
	expect(&o, "100   exit_group(0)                     = ?\n100   +++ exited with 0 +++\n");
}

/* strace 6.1 with -e status= stages each call's line, so another call never
 * breaks it; a line that is not a call's (an exit, a signal) still ends the
 * last started one with " <unfinished ...>" inside its stage, and the call
 * then goes on with ")" at column 0 and no resumed header (checked with
 * `strace -f -z` on threads and on sh -c 'ls / | wc -l'). */
Test(show, status_filter_lines_break_only_at_exits_and_signals)
{
	struct tb *t = tb_open(path, 100);
	tb_new_task(t, 101, 100, 100, THREAD_FLAGS);
	tb_new_task(t, 102, 100, 100, THREAD_FLAGS);
	tb_entry(t, 100, SYS_read, ARGS(0, 0x5000, 10), NULL, 0);
	tb_call(t, 102, SYS_getpid, NULL, NULL, 0, 100, NULL, 0); /* staged: no break */
	tb_entry(t, 101, SYS_close, ARGS(7), NULL, 0);
	tb_exit_task(t, 102, 0, 0, 0);  /* breaks 101's line, the last one started */
	tb_exit(t, 101, 0, NULL, 0);
	struct tb_blob out = { 1, 0, "hello", 5, 0, 0 };
	tb_exit(t, 100, 5, &out, 1);
	cr_assert_eq(tb_close(t), 0);
	struct show_opts o = defaults();
	o.status = SHOW_ST_SUCCESSFUL;
	expect(&o,
	       "102   getpid()                          = 100\n"
	       "102   +++ exited with 0 +++\n"
	       "101   close(7 <unfinished ...>\n"
	       ")                                       = 0\n"
	       "100   read(0, \"hello\", 10)              = 5\n");
	o.status = SHOW_ST_FAILED;
	expect(&o, "102   +++ exited with 0 +++\n");
}

Test(show, p_selects_a_process_and_its_descendants)
{
	struct tb *t = tb_open(path, 100);
	tb_new_task(t, 200, 100, 200, SIGCHLD);
	tb_new_task(t, 300, 100, 300, SIGCHLD);
	tb_new_task(t, 201, 200, 201, SIGCHLD);
	tb_call(t, 100, SYS_getpid, NULL, NULL, 0, 100, NULL, 0);
	tb_call(t, 200, SYS_getpid, NULL, NULL, 0, 200, NULL, 0);
	tb_call(t, 300, SYS_getpid, NULL, NULL, 0, 300, NULL, 0);
	tb_call(t, 201, SYS_getpid, NULL, NULL, 0, 201, NULL, 0);
	cr_assert_eq(tb_close(t), 0);
	struct show_opts o = defaults();
	const uint32_t pids[] = { 200 };
	o.pids = pids;
	o.npids = 1;
	expect(&o,
	       "200   getpid()                          = 200\n"
	       "201   getpid()                          = 201\n");
}

Test(show, c_prints_strace_summary_table)
{
	mixed_calls();
	struct show_opts o = defaults();
	o.summary = 1;
	expect(&o,
	       "% time     seconds  usecs/call     calls    errors syscall\n"
	       "------ ----------- ----------- --------- --------- ----------------\n"
	       " 66.67    0.000002           1         2         1 close\n"
	       " 33.33    0.000001           1         1           getpid\n"
	       "------ ----------- ----------- --------- --------- ----------------\n"
	       "100.00    0.000003           1         3         1 total\n");
	o.sort = SHOW_SORT_NAME;
	o.summary = 2;
	int rc;
	char *got = print_with(&o, &rc);
	cr_assert_eq(rc, 0);
	cr_assert_not_null(strstr(got, "100   +++ exited with 0 +++\n% time"));
	cr_assert_not_null(strstr(got, " close\n 33.33"));
	free(got);
}

/* A minimal JSON validator: one value, then the end of the line. */
static const char *jv_value(const char *p);
static const char *jv_ws(const char *p)
{
	while (*p == ' ')
		p++;
	return p;
}
static const char *jv_str(const char *p)
{
	if (*p++ != '"')
		return NULL;
	while (*p && *p != '"') {
		if ((unsigned char)*p < 0x20)
			return NULL;
		if (*p == '\\') {
			p++;
			if (*p == 'u') {
				for (int i = 1; i <= 4; i++)
					if (!strchr("0123456789abcdefABCDEF", p[i]) || !p[i])
						return NULL;
				p += 4;
			} else if (!strchr("\"\\/bfnrt", *p) || !*p) {
				return NULL;
			}
		}
		p++;
	}
	return *p == '"' ? p + 1 : NULL;
}
static const char *jv_seq(const char *p, char close, int object)
{
	p = jv_ws(p + 1);
	if (*p == close)
		return p + 1;
	for (;;) {
		if (object) {
			if (!(p = jv_str(jv_ws(p))))
				return NULL;
			p = jv_ws(p);
			if (*p++ != ':')
				return NULL;
		}
		if (!(p = jv_value(p)))
			return NULL;
		p = jv_ws(p);
		if (*p == close)
			return p + 1;
		if (*p++ != ',')
			return NULL;
	}
}
static const char *jv_value(const char *p)
{
	p = jv_ws(p);
	if (*p == '{')
		return jv_seq(p, '}', 1);
	if (*p == '[')
		return jv_seq(p, ']', 0);
	if (*p == '"')
		return jv_str(p);
	if (!strncmp(p, "true", 4) || !strncmp(p, "null", 4))
		return p + 4;
	if (!strncmp(p, "false", 5))
		return p + 5;
	const char *s = p;
	if (*p == '-')
		p++;
	while (*p >= '0' && *p <= '9')
		p++;
	return p > s && p[-1] != '-' ? p : NULL;
}

Test(show, json_lines_are_valid_json_objects)
{
	struct tb *t = tb_open(path, 100);
	tb_new_task(t, 101, 100, 100, THREAD_FLAGS);
	tb_entry(t, 100, SYS_read, ARGS(0, 0x5000, 10), NULL, 0);
	write_call(t, 101, "a\"\\\n\377z", 6);
	struct tb_blob out = { 1, 0, "hello", 5, 0, 0 };
	tb_exit(t, 100, 5, &out, 1);
	struct tb_blob p = TB_STR(1, "/nonexistent");
	tb_call(t, 101, SYS_openat, ARGS((uint64_t)(int64_t)AT_FDCWD, 0x1000, O_RDONLY | O_CLOEXEC), &p, 1,
		-ENOENT, NULL, 0);
	unsigned char si[128];
	sigchld_info(si, 200, 0, 0, 3);
	tb_signal(t, 100, si, sizeof si, 0);
	tb_entry(t, 101, SYS_exit_group, ARGS(0), NULL, 0);
	tb_exit_task(t, 101, 0, 0, 0);
	tb_exit_task(t, 100, 0, 0, 0);
	cr_assert_eq(tb_close(t), 0);
	struct show_opts o = defaults();
	o.json = 1;
	int rc;
	char *got = print_with(&o, &rc);
	cr_assert_eq(rc, 0);
	int lines = 0;
	for (char *save, *l = strtok_r(got, "\n", &save); l; l = strtok_r(NULL, "\n", &save)) {
		const char *end = jv_value(l);
		cr_assert(end && *end == '\0', "invalid JSON line: %s", l);
		cr_assert_eq(l[0], '{', "%s", l);
		lines++;
		if (strstr(l, "\"name\":\"openat\"")) {
			cr_assert_not_null(strstr(l, "\"args\":[\"AT_FDCWD\",\"/nonexistent\","), "%s", l);
			cr_assert_not_null(strstr(l, ",\"ret\":-1,\"errno\":\"ENOENT\",\"status\":\"failed\"}"), "%s", l);
		}
		if (strstr(l, "\"name\":\"read\""))
			cr_assert_not_null(strstr(l, "\"args\":[0,\"hello\",10],\"ret\":5"), "%s", l);
		if (strstr(l, "\"name\":\"write\""))
			cr_assert_not_null(strstr(l, "\"a\\\"\\\\\\n\\u00ffz\""), "%s", l);
		if (strstr(l, "\"type\":\"signal\""))
			cr_assert_not_null(strstr(l, "\"si_stime\":3"), "%s", l);
	}
	cr_assert_eq(lines, 8, "new_task, write, read, openat, signal, exit_group, 2 exits: %d", lines);
	free(got);
}

Test(show, truncated_trace_prints_what_is_readable_then_fails)
{
	struct tb *t = tb_open(path, 100);
	tb_call(t, 100, SYS_getpid, NULL, NULL, 0, 100, NULL, 0);
	tb_entry(t, 100, SYS_read, ARGS(0, 0x5000, 10), NULL, 0);
	tb_abandon(t);
	struct show_opts o = defaults();
	int rc;
	char *got = print_with(&o, &rc);
	cr_assert_eq(rc, TRACE_E_TRUNCATED);
	cr_assert_str_eq(got, "100   getpid()                          = 100\n100   read(0,  <unfinished ...>\n");
	free(got);
}

Test(show, missing_file_is_an_error)
{
	struct show_opts o = defaults();
	const char *msg = NULL;
	cr_assert_eq(show_run(&o, "/nonexistent/t.trace", 1, &msg), -ENOENT);
	cr_assert_not_null(msg);
}

Test(show, json_flag_sets_are_lists_of_names)
{
	struct tb *t = tb_open(path, 100);
	tb_call(t, 100, SYS_getpid, NULL, NULL, 0, 100, NULL, 0);
	cr_assert_eq(tb_close(t), 0);
	struct show_opts o = defaults();
	o.json = 1;
	struct jsbuild js;
	memset(&js, 0, sizeof js);
	js_reset(&js);
	show_call c;
	memset(&c, 0, sizeof c);
	c.o = &o;
	c.js = &js;
	show_flags_text(&c, "O_RDONLY|O_CLOEXEC");
	show_arg_next(&c);
	show_struct_begin(&c);
	show_field(&c, "st_mode");
	show_flags_text(&c, "S_IFREG|0644");
	show_struct_next(&c);
	show_field(&c, "st_size");
	show_int(&c, 5);
	show_struct_next(&c);
	show_more(&c);
	show_struct_end(&c);
	show_arg_next(&c);
	show_array_begin(&c);
	show_int(&c, 4096);
	show_changed(&c);
	show_int(&c, 16);
	show_array_end(&c);
	show_arg_next(&c);
	show_addr(&c, 0);
	show_comment(&c, "%d entries", 3);
	js_finish(&js);
	sbuf_putc(&js.out, 0);
	cr_assert_str_eq(js.out.p, "[\"O_RDONLY\",\"O_CLOEXEC\"],{\"st_mode\":[\"S_IFREG\",\"0644\"],"
			 "\"st_size\":5,\"...\":true},[[4096,16]],null");
	sbuf_free(&js.out);
}

Test(show, calls_in_progress_at_a_clean_end_are_detached)
{
	struct tb *t = tb_open(path, 0);
	const uint32_t tids[] = { 500 };
	tb_meta_attached(t, 500, "/srv", tids, 1);
	tb_entry(t, 500, SYS_read, ARGS(0, 0x5000, 10), NULL, 0);
	cr_assert_eq(tb_close(t), 0);
	struct show_opts o = defaults();
	expect(&o, "500   read(0,  <detached ...>\n");
}

Test(show, every_decoder_name_is_a_syscall_of_the_table)
{
	const char *names[16];
	size_t n = show_decoder_unknown_names(names, 16);
	for (size_t i = 0; i < n && i < 16; i++)
		cr_log_error("decoder for unknown syscall '%s'", names[i]);
	cr_assert_eq(n, 0, "%zu decoder names are not in the syscall table", n);
	cr_assert_not_null(show_decoder_for((unsigned)syscall_table_lookup("openat")),
			   "the family tables are indexed");
}

/* A table decoder's specs (show_decode.h, "Table decoders") describe only
 * arguments the syscall table prints, name the printer each kind needs, and
 * read no more of a struct than the recorder copies for it. */
Test(show, every_table_decoder_spec_fits_its_syscall)
{
	unsigned checked = 0;
	for (unsigned nr = 0; nr < syscall_table_size(); nr++) {
		const struct show_decoder *d = show_decoder_for(nr);
		const struct syscall_desc *sd = syscall_table_get(nr);
		if (!d || !sd || !d->args)
			continue;
		cr_expect_null(d->decode, "%s: both a decode function and argument specs", sd->name);
		for (unsigned i = 0; i < 6; i++) {
			const struct show_arg_spec *s = &d->args[i];
			const struct sc_arg *a = &sd->args[i];
			if (i >= sd->nargs) {
				cr_expect_eq(s->kind, SHOW_ARG_TABLE, "%s: a spec for argument %u of %u",
					     sd->name, i, sd->nargs);
				continue;
			}
			switch (s->kind) {
			case SHOW_ARG_FLAGS:
			case SHOW_ARG_FLAGS64:
			case SHOW_ARG_ENUM:
			case SHOW_ARG_ENUM64:
				cr_expect_not_null(s->xlat, "%s: argument %u has no xlat table", sd->name, i);
				break;
			case SHOW_ARG_PRINT:
				cr_expect_not_null(s->print, "%s: argument %u has no printer", sd->name, i);
				break;
			case SHOW_ARG_STRUCT:
				cr_expect_not_null(s->print_struct, "%s: argument %u has no printer",
						   sd->name, i);
				cr_expect(s->size > 0 && s->size <= SHOW_STRUCT_MAX,
					  "%s: argument %u: struct of %u bytes", sd->name, i, s->size);
				cr_expect_neq(a->mem, SC_M_NONE, "%s: argument %u: a struct never copied",
					      sd->name, i);
				if (a->mem == SC_M_STRUCT && a->len == SC_L_FIXED)
					cr_expect(s->size <= a->n, "%s: argument %u: %u bytes read, %u copied",
						  sd->name, i, s->size, a->n);
				break;
			default:
				cr_expect(s->kind <= SHOW_ARG_PRINT, "%s: argument %u: kind %u", sd->name,
					  i, s->kind);
				break;
			}
		}
		checked++;
	}
	cr_assert_gt(checked, 100, "only %u table decoders", checked);
}

/*
 * test_show_paths — -y's paths on the host the trace was recorded on.
 *
 * strace -y prints the kernel's name of an fd's file, symlinks resolved.
 * A trace recorded on this host since its boot (same hostname and boot id
 * in the metadata) gets its paths resolved against this host's files; any
 * other trace keeps the lexical path, and --real-paths / --lexical-paths
 * force either. /proc and /dev are never resolved here (they would name
 * this process's files). Each test builds a folder with a symlinked
 * directory (DIR/link -> real) and a trace opening DIR/link/f.
 */
#include <criterion/criterion.h>
#include <fcntl.h>
#include <sched.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>

#include "show.h"
#include "tbuild.h"

#define ARGS(...) ((const uint64_t[6]){ __VA_ARGS__ })

static char dir[] = "/tmp/rtrace-paths-XXXXXX";
static char real_dir[PATH_MAX];
static char *trace, *outpath;
static char boot_id[64];
static struct utsname uts;

static void setup(void)
{
	cr_assert_not_null(mkdtemp(dir));
	char p[PATH_MAX];
	snprintf(p, sizeof p, "%s/real", dir);
	cr_assert_eq(mkdir(p, 0755), 0);
	snprintf(p, sizeof p, "%s/real/f", dir);
	int fd = open(p, O_WRONLY | O_CREAT, 0644);
	cr_assert_geq(fd, 0);
	close(fd);
	snprintf(p, sizeof p, "%s/link", dir);
	cr_assert_eq(symlink("real", p), 0);
	cr_assert_not_null(realpath(dir, real_dir));
	trace = tb_tmpname(".trace");
	outpath = tb_tmpname(".out");
	FILE *f = fopen("/proc/sys/kernel/random/boot_id", "r");
	cr_assert_not_null(f);
	cr_assert_not_null(fgets(boot_id, sizeof boot_id, f));
	fclose(f);
	boot_id[strcspn(boot_id, "\n")] = '\0';
	cr_assert_eq(uname(&uts), 0);
}

static void teardown(void)
{
	char p[PATH_MAX];
	snprintf(p, sizeof p, "%s/link", dir);
	unlink(p);
	snprintf(p, sizeof p, "%s/real/f", dir);
	unlink(p);
	snprintf(p, sizeof p, "%s/real", dir);
	rmdir(p);
	rmdir(dir);
	unlink(trace);
	unlink(outpath);
	free(trace);
	free(outpath);
}

TestSuite(paths, .init = setup, .fini = teardown);

/* A trace that opens DIR/link/f and then /proc/self/status, recorded on
 * HOST with BOOT. */
static void write_trace(const char *host, const char *boot)
{
	static char path[PATH_MAX];
	snprintf(path, sizeof path, "%s/link/f", dir);
	struct tb *t = tb_open(trace, 100);
	tb_meta_host(t, host, boot);
	struct tb_blob p = { 1, 0, path, strlen(path), 0, 0 };
	tb_call(t, 100, SYS_openat, ARGS((uint64_t)(int64_t)AT_FDCWD, 0x1000, O_RDONLY), &p, 1, 3, NULL, 0);
	tb_call(t, 100, SYS_close, ARGS(3), NULL, 0, 0, NULL, 0);
	struct tb_blob q = TB_STR(1, "/proc/self/status");
	tb_call(t, 100, SYS_openat, ARGS((uint64_t)(int64_t)AT_FDCWD, 0x2000, O_RDONLY), &q, 1, 4, NULL, 0);
	tb_call(t, 100, SYS_close, ARGS(4), NULL, 0, 0, NULL, 0);
	cr_assert_eq(tb_close(t), 0);
}

/* What `show -y` prints for fd 3 and fd 4 with REAL_PATHS (-1: auto). */
static void closes(int real_paths, char *fd3, char *fd4, size_t size)
{
	struct show_opts o;
	show_opts_init(&o);
	o.yflag = 1;
	o.real_paths = real_paths;
	int fd = open(outpath, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	const char *msg;
	cr_assert_eq(show_run(&o, trace, fd, &msg), 0);
	close(fd);
	char *out = tb_slurp(outpath);
	char *c3 = strstr(out, "close(3<"), *c4 = strstr(out, "close(4<");
	cr_assert(c3 && c4, "%s", out);
	snprintf(fd3, size, "%.*s", (int)(strchr(c3, '>') - c3 - 8), c3 + 8);
	snprintf(fd4, size, "%.*s", (int)(strchr(c4, '>') - c4 - 8), c4 + 8);
	free(out);
}

Test(paths, a_trace_of_this_host_and_boot_gets_the_kernels_names)
{
	write_trace(uts.nodename, boot_id);
	char fd3[PATH_MAX], fd4[PATH_MAX], want[PATH_MAX + 16];
	closes(-1, fd3, fd4, sizeof fd3);
	snprintf(want, sizeof want, "%s/real/f", real_dir);
	cr_assert_str_eq(fd3, want);
	/* /proc/self is the traced process's own (the replay's doing), and
	 * /proc is never resolved here, though /proc/100 may exist */
	cr_assert_str_eq(fd4, "/proc/100/status");
}

Test(paths, a_trace_of_another_boot_keeps_the_names_as_opened)
{
	write_trace(uts.nodename, "00000000-0000-0000-0000-000000000000");
	char fd3[PATH_MAX], fd4[PATH_MAX], want[PATH_MAX + 16];
	closes(-1, fd3, fd4, sizeof fd3);
	snprintf(want, sizeof want, "%s/link/f", dir);
	cr_assert_str_eq(fd3, want);
	/* forced */
	closes(1, fd3, fd4, sizeof fd3);
	snprintf(want, sizeof want, "%s/real/f", real_dir);
	cr_assert_str_eq(fd3, want);
}

Test(paths, a_trace_of_another_host_or_without_boot_id_keeps_the_names)
{
	char fd3[PATH_MAX], fd4[PATH_MAX], want[PATH_MAX + 16];
	snprintf(want, sizeof want, "%s/link/f", dir);
	write_trace("another-host-name", boot_id);
	closes(-1, fd3, fd4, sizeof fd3);
	cr_assert_str_eq(fd3, want);
	write_trace(uts.nodename, NULL);
	closes(-1, fd3, fd4, sizeof fd3);
	cr_assert_str_eq(fd3, want);
	/* and --lexical-paths on a trace of this host */
	write_trace(uts.nodename, boot_id);
	closes(0, fd3, fd4, sizeof fd3);
	cr_assert_str_eq(fd3, want);
}

Test(paths, a_file_gone_since_resolves_its_directory)
{
	write_trace(uts.nodename, boot_id);
	char p[PATH_MAX];
	snprintf(p, sizeof p, "%s/real/f", dir);
	cr_assert_eq(unlink(p), 0);
	char fd3[PATH_MAX], fd4[PATH_MAX], want[PATH_MAX + 16];
	closes(-1, fd3, fd4, sizeof fd3);
	snprintf(want, sizeof want, "%s/real/f", real_dir);
	cr_assert_str_eq(fd3, want);
}

/* The metadata of a real recording carries this host's boot id, so the
 * default resolves: `cat DIR/link/f` reads 3</...real/f>. */
Test(paths, a_real_recording_here_prints_resolved_paths)
{
	const char *rtrace = getenv("RTRACE");
	cr_assert(rtrace && *rtrace, "RTRACE must be set");
	char file[PATH_MAX];
	snprintf(file, sizeof file, "%s/link/f", dir);
	pid_t pid = fork();
	if (pid == 0) {
		int null = open("/dev/null", O_RDWR);
		dup2(null, 1);
		dup2(null, 2);
		execl(rtrace, rtrace, "record", "-o", trace, "--", "/bin/cat", file, (char *)NULL);
		_exit(127);
	}
	int st;
	waitpid(pid, &st, 0);
	cr_assert(WIFEXITED(st) && WEXITSTATUS(st) == 0);
	struct show_opts o;
	show_opts_init(&o);
	o.yflag = 1;
	o.trace_all = 0;
	o.trace_set[SYS_close / 64] |= 1ull << (SYS_close % 64);
	int fd = open(outpath, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	const char *msg;
	cr_assert_eq(show_run(&o, trace, fd, &msg), 0);
	close(fd);
	char *out = tb_slurp(outpath);
	char want[PATH_MAX + 32];
	snprintf(want, sizeof want, "close(3<%s/real/f>)", real_dir);
	cr_assert_not_null(strstr(out, want), "%s not in:\n%s", want, out);
	free(out);
}

/* What `show -y --real-paths` prints for the trace at TRACE. */
static char *show_y(void)
{
	struct show_opts o;
	show_opts_init(&o);
	o.yflag = 1;
	o.real_paths = 1;
	int fd = open(outpath, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	const char *msg;
	cr_assert_eq(show_run(&o, trace, fd, &msg), 0);
	close(fd);
	return tb_slurp(outpath);
}

/* An O_NOFOLLOW open that succeeded (O_PATH) is of the symlink itself: its
 * directory is resolved, not its last component. */
Test(paths, an_o_nofollow_open_keeps_its_last_symlink)
{
	char p[PATH_MAX], lnk[PATH_MAX], want[PATH_MAX + 32];
	snprintf(lnk, sizeof lnk, "%s/real/lnk", dir);
	cr_assert_eq(symlink("f", lnk), 0);
	snprintf(p, sizeof p, "%s/link/lnk", dir);
	struct tb *t = tb_open(trace, 100);
	struct tb_blob b = { 1, 0, p, strlen(p), 0, 0 };
	tb_call(t, 100, SYS_openat, ARGS((uint64_t)(int64_t)AT_FDCWD, 0x1000, O_PATH | O_NOFOLLOW), &b, 1, 3,
		NULL, 0);
	tb_call(t, 100, SYS_close, ARGS(3), NULL, 0, 0, NULL, 0);
	tb_call(t, 100, SYS_openat, ARGS((uint64_t)(int64_t)AT_FDCWD, 0x1000, O_RDONLY), &b, 1, 4, NULL, 0);
	tb_call(t, 100, SYS_close, ARGS(4), NULL, 0, 0, NULL, 0);
	cr_assert_eq(tb_close(t), 0);
	char *out = show_y();
	unlink(lnk);
	snprintf(want, sizeof want, "close(3<%s/real/lnk>)", real_dir);
	cr_assert_not_null(strstr(out, want), "%s not in:\n%s", want, out);
	snprintf(want, sizeof want, "close(4<%s/real/f>)", real_dir);
	cr_assert_not_null(strstr(out, want), "%s not in:\n%s", want, out);
	free(out);
}

/* strace 6.1's printfd(): "(deleted)" after the '>', and the bytes of a
 * name that are not printable (or are '<', '>') escaped as in strings. */
Test(paths, deleted_files_and_special_bytes_print_as_strace)
{
	struct tb *t = tb_open(trace, 100);
	struct tb_blob name = TB_STR(0, "buf");
	tb_call(t, 100, SYS_memfd_create, ARGS(0x1000, 0), &name, 1, 3, NULL, 0);
	tb_call(t, 100, SYS_close, ARGS(3), NULL, 0, 0, NULL, 0);
	struct tb_blob odd = TB_STR(1, "/nonexistent/a\nb<c>\"d\\\303\251");
	tb_call(t, 100, SYS_openat, ARGS((uint64_t)(int64_t)AT_FDCWD, 0x1000, O_RDONLY), &odd, 1, 4, NULL, 0);
	tb_call(t, 100, SYS_close, ARGS(4), NULL, 0, 0, NULL, 0);
	cr_assert_eq(tb_close(t), 0);
	char *out = show_y();
	cr_assert_not_null(strstr(out, "close(3</memfd:buf>(deleted))"), "%s", out);
	cr_assert_not_null(strstr(out, "close(4</nonexistent/a\\nb\\74c\\76\\\"d\\\\\\303\\251>)"), "%s", out);
	free(out);
}

/* /proc/thread-self is the calling thread's: /proc/TGID/task/TID. */
Test(paths, proc_thread_self_names_the_thread)
{
	struct tb *t = tb_open(trace, 100);
	tb_new_task(t, 101, 100, 100, CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | CLONE_THREAD);
	struct tb_blob b = TB_STR(1, "/proc/thread-self/stat");
	tb_call(t, 101, SYS_openat, ARGS((uint64_t)(int64_t)AT_FDCWD, 0x1000, O_RDONLY), &b, 1, 3, NULL, 0);
	tb_call(t, 101, SYS_close, ARGS(3), NULL, 0, 0, NULL, 0);
	cr_assert_eq(tb_close(t), 0);
	char *out = show_y();
	cr_assert_not_null(strstr(out, "close(3</proc/100/task/101/stat>)"), "%s", out);
	free(out);
}

/* Bad input to `rtrace record`: one clear line on stderr, a non-zero exit,
 * nothing started and nothing the user had overwritten. */
#include <criterion/criterion.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "rec_fixture.h"

static size_t lines(const char *s)
{
	size_t n = 0;
	for (; *s; s++)
		n += *s == '\n';
	return n;
}

static void rtrace(const char *const args[], struct run_result *r)
{
	const char *v[32] = { fx_rtrace(), "record" };
	size_t n = 2;
	for (size_t i = 0; args[i]; i++)
		v[n++] = args[i];
	v[n] = NULL;
	fx_run((char *const *)v, r);
}

/* A marker file the command would create if it were started. */
static char marker[256];
static char touch_cmd[512];

static void make_marker_cmd(void)
{
	snprintf(marker, sizeof marker, "/tmp/rtrace-marker-%d", (int)getpid());
	unlink(marker);
	snprintf(touch_cmd, sizeof touch_cmd, "touch %s", marker);
}

static void expect_failure(const char *const args[], int code, const char *line)
{
	struct run_result r;
	rtrace(args, &r);
	cr_assert(WIFEXITED(r.status));
	if (code)
		cr_assert_eq(WEXITSTATUS(r.status), code, "exit %d: %s", WEXITSTATUS(r.status), r.err);
	else
		cr_assert_neq(WEXITSTATUS(r.status), 0);
	cr_assert_eq(lines(r.err), 1, "stderr: %s", r.err);
	if (line)
		cr_assert_str_eq(r.err, line);
	cr_assert_str_eq(r.out, "");
	fx_run_free(&r);
}

Test(errors, no_command_is_refused)
{
	expect_failure((const char *[]){ "-o", fx_trace_path(), NULL }, 0, NULL);
}

Test(errors, command_not_found_exits_127_like_a_shell)
{
	const char *path = fx_trace_path();
	expect_failure((const char *[]){ "-o", path, "--", "nosuchcmd-rtrace", NULL }, 127,
		       "rtrace: nosuchcmd-rtrace: command not found\n");
	cr_assert_neq(access(path, F_OK), 0, "no trace file is left");
}

Test(errors, not_executable_exits_126)
{
	char file[] = "/tmp/rtrace-noexec-XXXXXX";
	int fd = mkstemp(file);
	cr_assert(fd >= 0);
	close(fd);
	expect_failure((const char *[]){ "-o", fx_trace_path(), "--", file, NULL }, 126, NULL);
	unlink(file);
}

Test(errors, unwritable_output_fails_before_the_command_starts)
{
	make_marker_cmd();
	expect_failure((const char *[]){ "-o", "/nonexistent-dir/t.trace", "--", "/bin/sh", "-c",
					 touch_cmd, NULL },
		       1, "rtrace: cannot create '/nonexistent-dir/t.trace': No such file or directory\n");
	cr_assert_neq(access(marker, F_OK), 0, "the command must not have run");
}

Test(errors, invalid_trace_set_fails_before_the_command_starts)
{
	make_marker_cmd();
	const char *path = fx_trace_path();
	expect_failure((const char *[]){ "-o", path, "-e", "trace=nosuchsyscall", "--", "/bin/sh",
					 "-c", touch_cmd, NULL },
		       0, NULL);
	cr_assert_neq(access(marker, F_OK), 0);
	cr_assert_neq(access(path, F_OK), 0);
}

Test(errors, other_e_qualifiers_are_refused)
{
	expect_failure((const char *[]){ "-o", fx_trace_path(), "-e", "signal=none", "true", NULL },
		       0, NULL);
}

Test(errors, attach_to_a_nonexistent_pid_fails)
{
	const char *path = fx_trace_path();
	expect_failure((const char *[]){ "-o", path, "-p", "999999999", NULL }, 0, NULL);
	expect_failure((const char *[]){ "-o", path, "-p", "4194000", NULL }, 1,
		       "rtrace: cannot attach to pid 4194000: No such process\n");
	cr_assert_neq(access(path, F_OK), 0);
}

Test(errors, attach_to_an_already_traced_pid_fails)
{
	int go[2];
	cr_assert(pipe(go) == 0);
	pid_t child = fork();
	if (child == 0) {
		close(go[0]);
		ptrace(PTRACE_TRACEME, 0, 0, 0);
		close(go[1]);
		pause();
		_exit(0);
	}
	close(go[1]);
	char c;
	cr_assert_eq(read(go[0], &c, 1), 0);
	char pid[32];
	snprintf(pid, sizeof pid, "%d", (int)child);
	struct run_result r;
	rtrace((const char *[]){ "-o", fx_trace_path(), "-p", pid, NULL }, &r);
	kill(child, SIGKILL);
	waitpid(child, NULL, 0);
	cr_assert(WIFEXITED(r.status) && WEXITSTATUS(r.status) != 0);
	cr_assert_eq(lines(r.err), 1);
	cr_assert(strstr(r.err, "Operation not permitted"), "%s", r.err);
	fx_run_free(&r);
}

Test(errors, unknown_option_and_bad_numbers_are_refused)
{
	expect_failure((const char *[]){ "--frobnicate", "true", NULL }, 2, NULL);
	expect_failure((const char *[]){ "-s", "-3", "true", NULL }, 2, NULL);
	expect_failure((const char *[]){ "-s", "12x", "true", NULL }, 2, NULL);
	expect_failure((const char *[]){ "-p", "abc", NULL }, 2, NULL);
}

Test(errors, existing_file_is_untouched_when_recording_fails)
{
	const char *path = fx_trace_path();
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	cr_assert(fd >= 0);
	cr_assert_eq(write(fd, "precious", 8), 8);
	close(fd);
	expect_failure((const char *[]){ "-o", path, "--", "nosuchcmd-rtrace", NULL }, 127, NULL);
	char buf[16] = { 0 };
	fd = open(path, O_RDONLY);
	cr_assert_eq(read(fd, buf, sizeof buf), 8);
	close(fd);
	cr_assert_str_eq(buf, "precious");
	unlink(path);
}

Test(errors, trace_file_is_created_with_mode_0600)
{
	const char *path = fx_trace_path();
	struct run_result r;
	rtrace((const char *[]){ "-o", path, "--", "/bin/true", NULL }, &r);
	cr_assert_eq(r.status, 0);
	struct stat st;
	cr_assert_eq(stat(path, &st), 0);
	cr_assert_eq(st.st_mode & 0777, 0600);
	unlink(path);
	fx_run_free(&r);
}

Test(errors, help_is_printed_on_stdout)
{
	struct run_result r;
	rtrace((const char *[]){ "--help", NULL }, &r);
	cr_assert_eq(r.status, 0);
	cr_assert(strstr(r.out, "usage: rtrace record"));
	fx_run_free(&r);
}

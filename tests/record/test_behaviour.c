/* A recorded command behaves exactly as it does untraced: the same stdout,
 * stderr and exit status, the same starting state (descriptors, signal
 * dispositions, parent), and rtrace exits as the command did. */
#include <criterion/criterion.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "rec_fixture.h"

/* Runs ARGV untraced, then as `rtrace record -o T -- ARGV`, and compares. */
static void same_traced_and_untraced(const char *const argv[])
{
	struct run_result a, b;
	fx_run((char *const *)argv, &a);
	const char *path = fx_trace_path();
	fx_record(path, NULL, argv, &b);
	cr_assert_str_eq(b.out, a.out, "stdout of %s", argv[0]);
	cr_assert_str_eq(b.err, a.err, "stderr of %s", argv[0]);
	cr_assert_eq(b.status, a.status, "status of %s: %#x traced, %#x untraced", argv[0],
		     b.status, a.status);
	struct trace t;
	cr_assert_eq(fx_load(path, &t), 0);
	cr_assert_eq(t.end, 0);
	cr_assert_gt(t.n, 3);
	fx_trace_free(&t);
	unlink(path);
	fx_run_free(&a);
	fx_run_free(&b);
}

Test(behaviour, every_test_program_behaves_the_same_traced)
{
	char dir[] = "/tmp/rtrace-beh-XXXXXX";
	cr_assert(mkdtemp(dir));
	const char *progs[][3] = {
		{ "files", dir, NULL }, { "pipes", NULL }, { "memory", NULL },
		{ "procs", "echoargs", NULL }, { "threads", "8", "50" }, { "signals", NULL },
		{ "sockets", NULL }, { "timeprog", NULL }, { "stopself", NULL },
		{ "forktree", "40", NULL }, { "thread_exec", "echoargs", NULL }, { "segv", NULL },
	};
	for (size_t i = 0; i < sizeof progs / sizeof progs[0]; i++) {
		const char *argv[4] = { fx_prog(progs[i][0]), NULL, NULL, NULL };
		for (int k = 1; k < 3 && progs[i][k]; k++)
			argv[k] = strcmp(progs[i][k], "echoargs") ? progs[i][k] : fx_prog("echoargs");
		same_traced_and_untraced(argv);
	}
	rmdir(dir);
}

Test(behaviour, shell_pipelines_behave_the_same_traced)
{
	const char *scripts[] = {
		"echo alpha beta | tr a-z A-Z | wc -c; exit 3",
		"printf 'to stderr\\n' >&2; false | true; echo $?",
		"for i in 1 2 3; do (echo sub $i); done; sleep 0.01 & wait; ls /nonexistent-dir 2>&1 | wc -l",
		"kill -TERM $$",
		/* an orphan outlives its parent: reparented, still traced to its end */
		"(sleep 0.05; echo orphan) & echo parent-done",
	};
	for (size_t i = 0; i < sizeof scripts / sizeof scripts[0]; i++)
		same_traced_and_untraced((const char *[]){ "/bin/sh", "-c", scripts[i], NULL });
}

Test(behaviour, segfaulting_command_makes_rtrace_die_of_sigsegv)
{
	struct run_result r;
	const char *path = fx_trace_path();
	fx_record(path, NULL, (const char *[]){ fx_prog("segv"), NULL }, &r);
	cr_assert(WIFSIGNALED(r.status));
	cr_assert_eq(WTERMSIG(r.status), SIGSEGV);
	cr_assert_str_eq(r.out, "before\n");
	struct trace t;
	cr_assert_eq(fx_load(path, &t), 0);
	const Rt__Event *last = t.ev[t.n - 1];
	cr_assert_eq(last->kind_case, RT__EVENT__KIND_EXIT_TASK);
	cr_assert_eq(last->exit_task->signo, SIGSEGV);
	fx_trace_free(&t);
	unlink(path);
	fx_run_free(&r);
}

Test(behaviour, command_starts_with_the_same_state)
{
	/* dispositions the recorder changes for itself (INT, TERM, HUP, ALRM,
	 * CHLD) are given back; ignored ones stay ignored; fd 3 is free */
	char cmd[8192];
	snprintf(cmd, sizeof cmd, "trap '' INT HUP; exec %s", fx_prog("fdstate"));
	struct run_result a, b;
	fx_run((char *const[]){ "/bin/sh", "-c", cmd, NULL }, &a);
	const char *path = fx_trace_path();
	char cmd2[8192];
	snprintf(cmd2, sizeof cmd2, "trap '' INT HUP; exec %s record -o %s -- %s", fx_rtrace(), path,
		 fx_prog("fdstate"));
	fx_run((char *const[]){ "/bin/sh", "-c", cmd2, NULL }, &b);
	cr_assert(strstr(a.out, "first free fd 3\n"));
	cr_assert(strstr(a.out, "sig 2 ignored\n"));
	cr_assert_str_eq(b.out, a.out);
	cr_assert_eq(b.status, a.status);
	unlink(path);
	fx_run_free(&a);
	fx_run_free(&b);
}

Test(behaviour, closed_stdout_stays_closed)
{
	char cmd[8192], cmd2[8192];
	const char *path = fx_trace_path();
	snprintf(cmd, sizeof cmd, "exec >&-; exec %s", fx_prog("fdstate"));
	snprintf(cmd2, sizeof cmd2, "exec >&-; exec %s record -o %s -- %s", fx_rtrace(), path,
		 fx_prog("fdstate"));
	struct run_result a, b;
	fx_run((char *const[]){ "/bin/sh", "-c", cmd, NULL }, &a);
	fx_run((char *const[]){ "/bin/sh", "-c", cmd2, NULL }, &b);
	cr_assert(strstr(a.err, "fd 1 closed\n"), "%s", a.err);
	cr_assert(strstr(a.err, "first free fd 1\n"));
	cr_assert_str_eq(b.err, a.err);
	struct trace t;
	cr_assert_eq(fx_load(path, &t), 0, "the trace did not land on fd 1");
	cr_assert_eq(t.end, 0);
	fx_trace_free(&t);
	unlink(path);
	fx_run_free(&a);
	fx_run_free(&b);
}

Test(behaviour, recorder_is_the_commands_parent)
{
	const char *path = fx_trace_path();
	struct run_result r;
	fx_record(path, NULL, (const char *[]){ fx_prog("threads"), "1", "1", NULL }, &r);
	struct trace t;
	cr_assert_eq(fx_load(path, &t), 0);
	const Rt__Event *e = fx_entry(&t, "getppid", 0);
	cr_assert(e);
	const Rt__Event *x = fx_exit_of(&t, e);
	cr_assert(x);
	cr_assert_eq(x->exit->ret, t.meta->recorder_pid);
	fx_trace_free(&t);
	unlink(path);
	fx_run_free(&r);
}

/* A command that signals its whole process group kills itself, not the
 * recorder beside it in the group: the trace is whole, ends with the death,
 * and rtrace dies of the same signal. (USR1 and PROF terminate by default,
 * 40 is a real-time signal; QUIT is left out: it would dump core here.) */
Test(behaviour, group_signal_kills_the_command_not_the_recorder)
{
	const char *sigs[] = { "USR1", "PROF", "40" };
	const int nums[] = { SIGUSR1, SIGPROF, 40 };
	for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++) {
		char cmd[128];
		snprintf(cmd, sizeof cmd, "echo before; kill -%s 0; echo after", sigs[i]);
		const char *path = fx_trace_path();
		struct run_result r;
		fx_record_own_group(path, (const char *[]){ "/bin/sh", "-c", cmd, NULL }, &r);
		cr_assert(WIFSIGNALED(r.status), "kill -%s 0: rtrace exited (%d): %s", sigs[i],
			  r.status, r.err);
		cr_assert_eq(WTERMSIG(r.status), nums[i]);
		cr_assert_str_eq(r.out, "before\n");
		struct trace t;
		cr_assert_eq(fx_load(path, &t), 0);
		cr_assert_eq(t.end, 0, "kill -%s 0: the trace does not end cleanly", sigs[i]);
		const Rt__Event *last = t.ev[t.n - 1];
		cr_assert_eq(last->kind_case, RT__EVENT__KIND_EXIT_TASK);
		cr_assert_eq(last->exit_task->signo, nums[i]);
		fx_trace_free(&t);
		unlink(path);
		fx_run_free(&r);
	}
}

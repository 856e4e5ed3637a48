/* Stress and lifecycle: many threads, many processes, stops, a killed
 * recorder, the seccomp filter and -p. Nothing hangs and no event is lost:
 * counts are checked against what the programs are known to do. */
#include <criterion/criterion.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "rec_fixture.h"
#include "trace_format.h"

static struct trace tr;

static void teardown(void)
{
	fx_trace_free(&tr);
}

static void record(const char *const extra[], const char *const argv[], int expect_status)
{
	const char *path = fx_trace_path();
	struct run_result r;
	fx_record(path, extra, argv, &r);
	cr_assert_eq(r.status, expect_status, "status %#x, stderr: %s", r.status, r.err);
	fx_run_free(&r);
	cr_assert_eq(fx_load(path, &tr), 0);
	cr_assert_eq(tr.end, 0, "the trace ends cleanly");
	unlink(path);
}

static size_t exits_of(int nr)
{
	size_t n = 0;
	for (size_t i = 0; i < tr.n; i++) {
		const Rt__Event *e = tr.ev[i];
		if (e->kind_case == RT__EVENT__KIND_ENTRY && (int)e->entry->nr == nr &&
		    fx_exit_of(&tr, e))
			n++;
	}
	return n;
}

TestSuite(stress, .fini = teardown, .timeout = 280);

Test(stress, sixty_four_threads_lose_no_call)
{
	record(NULL, (const char *[]){ fx_prog("threads"), "64", "10000", NULL }, 0);
	int nr = (int)fx_nr("getppid");
	cr_assert_eq(fx_count(&tr, RT__EVENT__KIND_ENTRY, nr), 640000);
	size_t exits = 0, entries = 0;
	for (size_t i = 0; i < tr.n; i++) {
		exits += tr.ev[i]->kind_case == RT__EVENT__KIND_EXIT;
		entries += tr.ev[i]->kind_case == RT__EVENT__KIND_ENTRY;
	}
	cr_assert_eq(entries - exits, 65, "only the 64 exits and exit_group have no exit stop");
	size_t tasks = 0, ends = 0;
	for (size_t i = 0; i < tr.n; i++) {
		tasks += tr.ev[i]->kind_case == RT__EVENT__KIND_NEW_TASK;
		ends += tr.ev[i]->kind_case == RT__EVENT__KIND_EXIT_TASK;
	}
	cr_assert_eq(tasks, 65);
	cr_assert_eq(ends, 65);
}

Test(stress, tree_of_500_processes)
{
	record(NULL, (const char *[]){ fx_prog("forktree"), "500", NULL }, 0);
	size_t tasks = 0, ends = 0;
	for (size_t i = 0; i < tr.n; i++) {
		tasks += tr.ev[i]->kind_case == RT__EVENT__KIND_NEW_TASK;
		ends += tr.ev[i]->kind_case == RT__EVENT__KIND_EXIT_TASK;
	}
	cr_assert_eq(tasks, 501);
	cr_assert_eq(ends, 501);
	cr_assert_eq(exits_of((int)fx_nr("getppid")), 500);
	/* a task's events never come before its NewTask */
	for (size_t i = 0; i < tr.n; i++) {
		if (tr.ev[i]->kind_case != RT__EVENT__KIND_NEW_TASK)
			continue;
		for (size_t j = 0; j < i; j++)
			cr_assert_neq(tr.ev[j]->tid, tr.ev[i]->tid, "event of %u before its NewTask",
				      tr.ev[i]->tid);
	}
}

Test(stress, stopped_and_continued_child)
{
	record(NULL, (const char *[]){ fx_prog("stopself"), NULL }, 0);
	bool group_stop = false, cont = false;
	for (size_t i = 0; i < tr.n; i++) {
		const Rt__Event *e = tr.ev[i];
		if (e->kind_case != RT__EVENT__KIND_SIGNAL)
			continue;
		group_stop |= e->signal->group_stop && e->signal->signo == SIGSTOP;
		cont |= !e->signal->group_stop && e->signal->signo == SIGCONT;
	}
	cr_assert(group_stop);
	cr_assert(cont);
}

Test(stress, exec_from_a_thread_does_not_hang)
{
	for (int i = 0; i < 5; i++) {
		record(NULL, (const char *[]){ fx_prog("thread_exec"), fx_prog("echoargs"), NULL },
		       1 << 8);
		fx_trace_free(&tr);
	}
}

static off_t file_size(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 ? st.st_size : -1;
}

Test(stress, killed_recorder_leaves_a_readable_prefix)
{
	const char *path = fx_trace_path();
	pid_t rec = fx_spawn((char *const[]){ (char *)fx_rtrace(), "record", "-o", (char *)path,
					      "--", (char *)fx_prog("busy"), "30", NULL },
			     NULL);
	/* Wait for two frames to reach the file (each 250 ms flush writes one):
	 * a slow, loaded machine only makes this take longer. */
	off_t first = -1;
	int grew = 0;
	for (int i = 0; i < 300 && grew < 3; i++) {
		fx_sleep_ms(50);
		off_t now = file_size(path);
		if (first >= 0 && now > first)
			grew++;
		if (now > 0)
			first = now;
	}
	cr_assert_geq(grew, 3, "the trace file never grew");
	kill(rec, SIGKILL);
	int st;
	cr_assert_eq(waitpid(rec, &st, 0), rec);
	cr_assert(WIFSIGNALED(st));
	cr_assert_eq(fx_load(path, &tr), 0);
	kill((pid_t)tr.meta->root_pid, SIGKILL); /* busy went on untraced */
	cr_assert_eq(tr.end, TRACE_E_TRUNCATED);
	cr_assert_gt(fx_count(&tr, RT__EVENT__KIND_ENTRY, (int)fx_nr("getppid")), 10,
		     "the frames flushed every 250 ms are there");
	unlink(path);
}

Test(stress, seccomp_filter_records_only_the_set)
{
	record((const char *[]){ "-e", "trace=getppid", NULL },
	       (const char *[]){ fx_prog("threads"), "4", "100", NULL }, 0);
	cr_assert(tr.meta->seccomp);
	cr_assert_str_eq(tr.meta->trace_filter, "trace=getppid");
	unsigned nr = fx_nr("getppid");
	size_t entries = 0;
	for (size_t i = 0; i < tr.n; i++) {
		if (tr.ev[i]->kind_case != RT__EVENT__KIND_ENTRY)
			continue;
		cr_assert_eq(tr.ev[i]->entry->nr, nr);
		entries++;
	}
	cr_assert_eq(entries, 400);
	cr_assert_eq(exits_of((int)nr), 400);
	cr_assert_eq(fx_count(&tr, RT__EVENT__KIND_NEW_TASK, -1), 5, "lifecycle events stay");
	cr_assert_eq(fx_count(&tr, RT__EVENT__KIND_EXIT_TASK, -1), 5);
	cr_assert_eq(fx_count(&tr, RT__EVENT__KIND_EXEC, -1), 1);
}

Test(stress, negated_set_leaves_those_calls_out)
{
	record((const char *[]){ "-e", "!getppid", NULL },
	       (const char *[]){ fx_prog("threads"), "2", "50", NULL }, 0);
	cr_assert_eq(fx_count(&tr, RT__EVENT__KIND_ENTRY, (int)fx_nr("getppid")), 0);
	cr_assert_gt(fx_count(&tr, RT__EVENT__KIND_ENTRY, (int)fx_nr("clone3")), 1);
}

Test(stress, attach_follows_and_detaches_on_sigint)
{
	const char *out = "/tmp/rtrace-attach-out";
	pid_t target = fx_spawn((char *const[]){ (char *)fx_prog("busy"), "1.5", NULL }, out);
	fx_sleep_ms(200);
	const char *path = fx_trace_path();
	char pid[32];
	snprintf(pid, sizeof pid, "%d", (int)target);
	pid_t rec = fx_spawn((char *const[]){ (char *)fx_rtrace(), "record", "-o", (char *)path,
					      "-p", pid, NULL },
			     NULL);
	fx_sleep_ms(500);
	kill(rec, SIGINT);
	int st;
	cr_assert_eq(waitpid(rec, &st, 0), rec);
	cr_assert_eq(st, 0, "rtrace exits 0 after detaching");
	cr_assert_eq(waitpid(target, &st, 0), target);
	cr_assert_eq(st, 0, "the target runs on untraced");
	cr_assert_eq(fx_load(path, &tr), 0);
	cr_assert_eq(tr.end, 0);
	cr_assert_eq(tr.meta->n_attached, 1);
	cr_assert_eq((pid_t)tr.meta->attached[0]->pid, target);
	cr_assert(strstr(tr.meta->attached[0]->argv[0], "busy"));
	cr_assert_gt(strlen(tr.meta->attached[0]->cwd), 0);
	cr_assert_eq(tr.ev[0]->kind_case, RT__EVENT__KIND_NEW_TASK);
	cr_assert(tr.ev[0]->new_task->attached);
	cr_assert_gt(fx_count(&tr, RT__EVENT__KIND_ENTRY, (int)fx_nr("getppid")), 10);
	unlink(path);
	unlink(out);
}

Test(stress, recorder_survives_sigint_sigterm_sighup_while_the_command_runs)
{
	const char *path = fx_trace_path();
	const char *out = "/tmp/rtrace-survive-out";
	pid_t rec = fx_spawn((char *const[]){ (char *)fx_rtrace(), "record", "-o", (char *)path,
					      "--", (char *)fx_prog("busy"), "1", NULL },
			     out);
	fx_sleep_ms(300);
	kill(rec, SIGINT);
	kill(rec, SIGTERM);
	kill(rec, SIGHUP);
	int st;
	cr_assert_eq(waitpid(rec, &st, 0), rec);
	cr_assert_eq(st, 0, "rtrace ends with the command's status: %#x", st);
	cr_assert_eq(fx_load(path, &tr), 0);
	cr_assert_eq(tr.end, 0);
	const Rt__Event *last = tr.ev[tr.n - 1];
	cr_assert_eq(last->kind_case, RT__EVENT__KIND_EXIT_TASK);
	cr_assert_eq(last->exit_task->status, 0);
	unlink(path);
	unlink(out);
}

Test(stress, attached_process_beside_a_filtered_command_stops_at_every_call)
{
	pid_t target = fx_spawn((char *const[]){ (char *)fx_prog("busy"), "0.8", NULL }, NULL);
	fx_sleep_ms(100);
	char pid[32];
	snprintf(pid, sizeof pid, "%d", (int)target);
	record((const char *[]){ "-e", "trace=getppid", "-p", pid, NULL },
	       (const char *[]){ fx_prog("threads"), "2", "10", NULL }, 0);
	int st;
	cr_assert_eq(waitpid(target, &st, 0), target);
	unsigned nr = fx_nr("getppid");
	size_t mine = 0, theirs = 0;
	for (size_t i = 0; i < tr.n; i++) {
		const Rt__Event *e = tr.ev[i];
		if (e->kind_case != RT__EVENT__KIND_ENTRY)
			continue;
		cr_assert_eq(e->entry->nr, nr, "the set applies to attached processes too");
		if ((pid_t)e->tid == target)
			theirs++;
		else
			mine++;
	}
	cr_assert_eq(mine, 20);
	cr_assert_gt(theirs, 10);
}

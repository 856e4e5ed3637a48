/*
 * test_dry_scenarios — dry on the commands DVC users actually run, each in a
 * temporary project with real programs (make, cp, tar, sed, python3, ln,
 * git, xargs, gzip ...): what the stage must say so that `dvc repro`
 * reruns it when, and only when, its inputs change. Also the ways the
 * command can end, awkward file names, reruns of a stage, and concurrent
 * dry processes on one dvc.yaml.
 */
#include <criterion/criterion.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "dry_run_util.h"
#include "dry_testutil.h"

static const char *p;

static void setup(void)
{
	p = ru_project(true);
	tu_writes(p, "A", "alpha\n");
	tu_writes(p, "B", "beta\n");
	tu_writes(p, "in/a", "1\n");
	tu_writes(p, "in/b", "2\n");
	/* Changes made within a clock tick before dry starts look like the
	 * command's own (dry_model.h): the files above are older than that. */
	usleep(30000);
}

static void teardown(void)
{
	tu_rmrf(p);
}

TestSuite(dry_scen, .init = setup, .fini = teardown, .timeout = 120);

static struct dry_out run_ok(struct dry_out o)
{
	cr_assert_eq(o.status, 0, "dry failed (%d):\n%s", o.status, o.err);
	return o;
}

/* dvc.yaml's lines after the stage's cmd (and wdir): its deps and outs. */
static char *entries(void)
{
	static char buf[8192];
	char *t = tu_read(p, "dvc.yaml", NULL);
	cr_assert_not_null(t, "no dvc.yaml");
	char *s = strstr(t, "    deps:\n");
	if (!s)
		s = strstr(t, "    outs:\n");
	snprintf(buf, sizeof(buf), "%s", s ? s : "");
	free(t);
	return buf;
}

static void expect_entries(struct dry_out o, const char *want)
{
	run_ok(o);
	cr_expect_str_eq(entries(), want, "stderr:\n%s", o.err);
	ru_free(&o);
}

/* Runs a python3 program given as text (no script file: no extra dep). */
static struct dry_out py(const char *code)
{
	return ru_dry(p, "run", "-n", "s", ru_python(), "-c", code, NULL);
}

static bool has(const char *text, const char *what)
{
	return text && strstr(text, what);
}

/* --- build tools and reruns ---------------------------------------------------- */

static void write_makefile(void)
{
	tu_writes(p, "Makefile", "all: a.out b.out\n"
				 "a.out: a.src\n\tcat a.src > a.out\n"
				 "b.out: b.src common.h\n\tcat b.src common.h > b.out\n");
	tu_writes(p, "a.src", "a\n");
	tu_writes(p, "b.src", "b\n");
	tu_writes(p, "common.h", "h\n");
}

static const char make_stage[] = "    deps:\n    - Makefile\n    - a.src\n    - b.src\n"
				 "    - common.h\n    outs:\n    - a.out\n    - b.out\n";

Test(dry_scen, make_with_two_targets_and_a_rerun_with_them_up_to_date)
{
	write_makefile();
	expect_entries(ru_dry(p, "run", "make", NULL), make_stage);
	/* make now only stats the targets: the stage keeps what the first
	 * run found, and says so. */
	struct dry_out o = run_ok(ru_dry(p, "run", "make", NULL));
	cr_expect_str_eq(entries(), make_stage);
	cr_expect(has(o.err, "kept from the stage's previous run") && has(o.err, "a.out"), "%s", o.err);
	ru_free(&o);
	char *lock = tu_read(p, "dvc.lock", NULL);
	cr_expect(has(lock, "path: b.out\n      hash: md5\n      md5: "), "%s", lock);
	free(lock);
}

Test(dry_scen, make_after_an_edit_rebuilds_one_target_and_keeps_the_other)
{
	write_makefile();
	expect_entries(ru_dry(p, "run", "make", NULL), make_stage);
	usleep(30000);
	tu_writes(p, "a.src", "edited\n");
	struct dry_out o = run_ok(ru_dry(p, "run", "make", NULL));
	cr_expect_str_eq(entries(), make_stage);
	cr_expect(has(o.err, "b.src, common.h, b.out") && !has(o.err, "a.src,"), "%s", o.err);
	ru_free(&o);
	char *a = tu_read(p, "a.out", NULL);
	cr_expect_str_eq(a, "edited\n");
	free(a);
}

Test(dry_scen, fresh_describes_the_rerun_alone)
{
	write_makefile();
	expect_entries(ru_dry(p, "run", "make", NULL), make_stage);
	expect_entries(ru_dry(p, "run", "--fresh", "make", NULL), "    deps:\n    - Makefile\n");
}

Test(dry_scen, an_edited_script_keeps_nothing_of_the_previous_run)
{
	tu_writes(p, "s.py", "open('C', 'w').write(open('A').read())\n");
	expect_entries(ru_dry(p, "run", ru_python(), "s.py", NULL),
		       "    deps:\n    - A\n    - s.py\n    outs:\n    - C\n");
	tu_writes(p, "s.py", "open('D', 'w').write(open('B').read())\n");
	expect_entries(ru_dry(p, "run", ru_python(), "s.py", NULL),
		       "    deps:\n    - B\n    - s.py\n    outs:\n    - D\n");
}

/* --- copies, archives, in-place edits ---------------------------------------- */

Test(dry_scen, cp_r_into_a_new_directory_is_one_output)
{
	expect_entries(ru_dry(p, "run", "-n", "s", "cp", "-r", "in", "out/", NULL),
		       "    deps:\n    - in\n    outs:\n    - out\n");
}

Test(dry_scen, cp_r_into_an_existing_directory_outputs_the_copy)
{
	tu_mkdir(p, "out");
	expect_entries(ru_dry(p, "run", "-n", "s", "cp", "-r", "in", "out/", NULL),
		       "    deps:\n    - in\n    outs:\n    - out/in\n");
}

Test(dry_scen, tar_extract_into_a_new_directory)
{
	char cmd[4300];
	snprintf(cmd, sizeof(cmd), "cd '%s' && tar cf data.tar in", p);
	cr_assert_eq(system(cmd), 0);
	usleep(30000);
	expect_entries(ru_dry(p, "run", "-n", "s", "sh", "-c", "mkdir new && tar xf data.tar -C new", NULL),
		       "    deps:\n    - data.tar\n    outs:\n    - new\n");
}

Test(dry_scen, tar_create_reads_the_whole_directory)
{
	expect_entries(ru_dry(p, "run", "-n", "s", "tar", "cf", "out.tar", "in", NULL),
		       "    deps:\n    - in\n    outs:\n    - out.tar\n");
}

Test(dry_scen, sed_in_place_is_a_persistent_output_with_a_warning)
{
	struct dry_out o = ru_dry(p, "run", "-n", "s", "sed", "-i", "s/alpha/ALPHA/", "A", NULL);
	cr_expect(has(o.err, "modifies its own input A"), "%s", o.err);
	expect_entries(o, "    outs:\n    - A:\n        persist: true\n");
}

Test(dry_scen, python_temporary_file_then_replace_names_only_the_final_file)
{
	expect_entries(py("import tempfile, os\n"
			  "with tempfile.NamedTemporaryFile('w', dir='.', delete=False) as f:\n"
			  "    f.write(open('A').read().upper())\n"
			  "os.replace(f.name, 'out.txt')\n"),
		       "    deps:\n    - A\n    outs:\n    - out.txt\n");
}

Test(dry_scen, python_copytree_is_one_output_of_one_input_directory)
{
	expect_entries(py("import shutil; shutil.copytree('in', 'copy')"),
		       "    deps:\n    - in\n    outs:\n    - copy\n");
}

Test(dry_scen, appending_to_a_new_log_is_a_plain_output)
{
	expect_entries(ru_dry(p, "run", "-n", "s", "sh", "-c", "cat A >> run.log", NULL),
		       "    deps:\n    - A\n    outs:\n    - run.log\n");
}

Test(dry_scen, appending_to_an_existing_log_is_persistent)
{
	tu_writes(p, "run.log", "earlier\n");
	usleep(30000);
	struct dry_out o = ru_dry(p, "run", "-n", "s", "sh", "-c", "cat A >> run.log", NULL);
	cr_expect(has(o.err, "appends to run.log"), "%s", o.err);
	expect_entries(o, "    deps:\n    - A\n    outs:\n    - run.log:\n        persist: true\n");
}

Test(dry_scen, writing_into_an_existing_file_without_truncating_is_persistent)
{
	struct dry_out o = ru_dry(p, "run", "-n", "s", "dd", "if=B", "of=A", "conv=notrunc",
				  "status=none", NULL);
	cr_expect(has(o.err, "changes in place A"), "%s", o.err);
	expect_entries(o, "    deps:\n    - B\n    outs:\n    - A:\n        persist: true\n");
	char *a = tu_read(p, "A", NULL);
	cr_expect_str_eq(a, "beta\n\n"); /* "alpha\n" overwritten by 5 bytes: old bytes stay */
	free(a);
}

Test(dry_scen, touching_an_existing_file_changes_no_content)
{
	tu_writes(p, "stamp", "s");
	usleep(30000);
	expect_entries(ru_dry(p, "run", "-n", "s", "sh", "-c", "touch stamp && cp A C", NULL),
		       "    deps:\n    - A\n    outs:\n    - C\n");
}

Test(dry_scen, touching_a_new_file_creates_an_output)
{
	expect_entries(ru_dry(p, "run", "-n", "s", "touch", "done.flag", NULL),
		       "    outs:\n    - done.flag\n");
}

Test(dry_scen, writing_through_a_shared_mapping_is_a_persistent_output)
{
	struct dry_out o = py("import mmap\n"
			      "with open('B', 'r+b') as f:\n"
			      "    m = mmap.mmap(f.fileno(), 0, mmap.MAP_SHARED)\n"
			      "    m[0:1] = b'B'\n"
			      "    m.flush()\n"
			      "    m.close()\n");
	cr_expect(has(o.err, "modifies its own input B"), "%s", o.err);
	expect_entries(o, "    outs:\n    - B:\n        persist: true\n");
}

Test(dry_scen, chmod_and_a_link_do_not_make_an_input_opened_read_write_an_output)
{
	/* Both change the status change time, not the content. */
	expect_entries(py("import os\n"
			  "open('A', 'r+').read()\n"
			  "os.chmod('A', 0o600)\n"
			  "os.link('A', 'L')\n"),
		       "    deps:\n    - A\n    outs:\n    - L\n");
}

Test(dry_scen, reading_then_truncating_an_input_is_persistent)
{
	struct dry_out o = py("d = open('A').read()\nopen('A', 'w').write(d.upper())\n");
	cr_expect(has(o.err, "modifies its own input A"), "%s", o.err);
	expect_entries(o, "    outs:\n    - A:\n        persist: true\n");
}

/* --- links, moves, removals -------------------------------------------------------- */

Test(dry_scen, hard_link_outputs_the_new_name_and_depends_on_the_source)
{
	expect_entries(ru_dry(p, "run", "-n", "s", "ln", "A", "L", NULL),
		       "    deps:\n    - A\n    outs:\n    - L\n");
}

Test(dry_scen, symlink_outputs_the_link_and_depends_on_its_target)
{
	expect_entries(ru_dry(p, "run", "-n", "s", "sh", "-c", "ln -s A L && mkdir l && ln -s ../in/a l/x",
			      NULL),
		       "    deps:\n    - A\n    - in/a\n    outs:\n    - L\n    - l\n");
}

Test(dry_scen, moving_an_input_away_warns_that_a_rerun_will_not_find_it)
{
	struct dry_out o = ru_dry(p, "run", "-n", "s", "mv", "A", "M", NULL);
	cr_expect(has(o.err, "A existed before the run and the stage moves it: a rerun will not find it"),
		  "%s", o.err);
	expect_entries(o, "    outs:\n    - M\n");
}

Test(dry_scen, deleting_inputs_warns_once_per_removed_tree)
{
	struct dry_out o = run_ok(ru_dry(p, "run", "-n", "s", "rm", "-r", "A", "in", NULL));
	cr_expect(has(o.err, "A existed before the run and the stage removes it"), "%s", o.err);
	cr_expect(has(o.err, "in existed before the run and the stage removes it"), "%s", o.err);
	cr_expect(!has(o.err, "in/a"), "%s", o.err);
	cr_expect(has(o.err, "no dependency and no output"), "%s", o.err);
	ru_free(&o);
}

/* --- directories, processes, working directories ------------------------------------------ */

Test(dry_scen, listing_a_directory_and_reading_all_its_files_is_one_dependency)
{
	expect_entries(py("import os\n"
			  "with open('all', 'w') as o:\n"
			  "    for n in sorted(os.listdir('in')):\n"
			  "        o.write(open('in/' + n).read())\n"),
		       "    deps:\n    - in\n    outs:\n    - all\n");
}

Test(dry_scen, parallel_xargs_readers_count_as_one_command)
{
	expect_entries(ru_dry(p, "run", "-n", "s", "sh", "-c", "ls in/* | xargs -P2 -n1 cat > all", NULL),
		       "    deps:\n    - in\n    outs:\n    - all\n");
}

Test(dry_scen, pipeline_into_gzip)
{
	expect_entries(ru_dry(p, "run", "-n", "s", "sh", "-c", "cat A | gzip > A.gz", NULL),
		       "    deps:\n    - A\n    outs:\n    - A.gz\n");
}

Test(dry_scen, command_run_from_a_subdirectory_writing_to_its_parent)
{
	tu_writes(p, "sub/x", "x\n");
	usleep(30000);
	struct dry_out o = run_ok(ru_dry(tu_path(p, "sub"), "run", "-n", "s", "sh", "-c",
					 "cat x ../A > ../C", NULL));
	char *t = tu_read(p, "dvc.yaml", NULL);
	cr_expect_str_eq(t, "stages:\n  s:\n    cmd: sh -c \"cat x ../A > ../C\"\n    wdir: sub\n"
			    "    deps:\n    - ../A\n    - x\n    outs:\n    - ../C\n");
	free(t);
	ru_free(&o);
}

Test(dry_scen, command_that_changes_directory_and_writes_a_nested_new_tree)
{
	expect_entries(py("import os\n"
			  "os.chdir('in')\n"
			  "d = open('a').read()\n"
			  "os.makedirs('../deep/er/est')\n"
			  "open('../deep/er/est/x', 'w').write(d)\n"),
		       "    deps:\n    - in/a\n    outs:\n    - deep\n");
}

Test(dry_scen, outputs_under_a_new_nested_directory_fold_into_its_top)
{
	expect_entries(ru_dry(p, "run", "-n", "s", "sh", "-c", "mkdir -p n1/n2/n3 && cp A n1/n2/n3/x", NULL),
		       "    deps:\n    - A\n    outs:\n    - n1\n");
}

Test(dry_scen, configuration_read_from_the_home_directory_is_outside)
{
	char h[4096];
	snprintf(h, sizeof(h), "%s.home", p); /* beside the project, outside it */
	tu_writes(h, ".config/tool/cfg", "c\n");
	setenv("HOME", h, 1);
	expect_entries(py("import os\n"
			  "open(os.path.expanduser('~/.config/tool/cfg')).read()\n"
			  "open('C', 'w').write(open('A').read())\n"),
		       "    deps:\n    - A\n    outs:\n    - C\n");
	tu_rmrf(h);
}

Test(dry_scen, git_commands_inside_the_repository_leave_dot_git_out)
{
	if (system("git --version >/dev/null 2>&1") != 0)
		cr_skip_test("git is not installed");
	tu_rmrf(tu_path(p, ".git"));
	char cmd[4300];
	snprintf(cmd, sizeof(cmd), "cd '%s' && git init -q .", p);
	cr_assert_eq(system(cmd), 0);
	expect_entries(ru_dry(p, "run", "-n", "s", "sh", "-c", "git add A && git status --short A > st.txt",
			      NULL),
		       "    deps:\n    - A\n    outs:\n    - st.txt\n");
}

Test(dry_scen, a_virtual_environment_inside_the_project_is_left_out_like_the_system)
{
	tu_writes(p, ".venv/pyvenv.cfg", "home = /usr/bin\n");
	tu_writes(p, ".venv/lib/site-packages/helper.py", "def up(s):\n    return s.upper()\n");
	tu_writes(p, "envs/e1/conda-meta/history", "");
	tu_writes(p, "envs/e1/lib/tool.py", "X = 1\n");
	usleep(30000);
	expect_entries(py("import sys\n"
			  "sys.path[:0] = ['.venv/lib/site-packages', 'envs/e1/lib']\n"
			  "import helper, tool\n"
			  "open('C', 'w').write(helper.up(open('A').read()))\n"
			  "open('.venv/lib/site-packages/new.pth', 'w').write('')\n"),
		       "    deps:\n    - A\n    outs:\n    - C\n");
}

Test(dry_scen, an_input_whose_closed_fd_number_a_memfd_reuses_stays_a_dependency)
{
	/* close is not recorded: the memfd that takes A's old number must
	 * replace A in the fd table, or its ftruncate would count on A. */
	expect_entries(py("import os\n"
			  "fd = os.open('A', os.O_RDONLY)\n"
			  "os.read(fd, 10)\n"
			  "os.close(fd)\n"
			  "m = os.memfd_create('scratch')\n"
			  "assert m == fd\n"
			  "os.ftruncate(m, 4096)\n"
			  "os.utime(m)\n"),
		       "    deps:\n    - A\n");
}

/* --- how the command ends ----------------------------------------------------------------- */

Test(dry_scen, failing_command_writes_nothing_and_keeps_its_status)
{
	struct dry_out o = ru_dry(p, "run", "-n", "s", "sh", "-c", "cp A C; exit 7", NULL);
	cr_expect_eq(o.status, 7);
	cr_expect(has(o.err, "the command failed (exit status 7): no stage written"), "%s", o.err);
	cr_expect(!ru_exists(p, "dvc.yaml") && !ru_exists(p, "dvc.lock") && !ru_exists(p, ".gitignore"));
	ru_free(&o);
}

Test(dry_scen, command_killed_by_a_signal_writes_nothing_and_dry_dies_the_same_way)
{
	struct dry_out o = ru_dry(p, "run", "-n", "s", "sh", "-c", "cp A C; kill -TERM $$", NULL);
	cr_expect_eq(o.status, 128 + SIGTERM);
	cr_expect(has(o.err, "killed by signal 15: no stage written"), "%s", o.err);
	cr_expect(!ru_exists(p, "dvc.yaml") && !ru_exists(p, "dvc.lock"));
	ru_free(&o);
}

/* --- file names ------------------------------------------------------------------------- */

Test(dry_scen, unicode_and_spaces_in_file_names)
{
	tu_writes(p, "é ü.txt", "u\n");
	tu_writes(p, "two  spaces", "s\n");
	usleep(30000);
	struct dry_out o = run_ok(ru_dry(p, "run", "-n", "s", "sh", "-c",
					 "cat 'é ü.txt' 'two  spaces' > 'out put ñ'", NULL));
	cr_expect_str_eq(entries(), "    deps:\n    - two  spaces\n    - é ü.txt\n    outs:\n    - out put ñ\n");
	char *gi = tu_read(p, ".gitignore", NULL);
	cr_expect_str_eq(gi, "/out put ñ\n");
	free(gi);
	ru_free(&o);
}

Test(dry_scen, file_names_that_need_yaml_quoting)
{
	const char *names[] = { "yes", "1.0", "#x", "a: b", "~", "null", "0123" };
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		tu_writes(p, names[i], "n\n");
	usleep(30000);
	struct dry_out o = run_ok(ru_dry(p, "run", "-n", "s", "cat", "yes", "1.0", "#x", "a: b", "~",
					 "null", "0123", NULL));
	/* cat's output is not a file: nothing is written but the deps. */
	cr_expect_str_eq(entries(), "    deps:\n    - '#x'\n    - '0123'\n    - '1.0'\n    - 'a: b'\n"
				    "    - 'null'\n    - yes\n    - '~'\n");
	char *lock = tu_read(p, "dvc.lock", NULL);
	/* ": " in the cmd needs quotes; its ' makes them double ones. */
	cr_expect(has(lock, "    cmd: \"cat yes 1.0 '#x' \\\"a: b\\\" '~' null 0123\"\n"), "%s", lock);
	cr_expect(has(lock, "    - path: '#x'\n") && has(lock, "    - path: 'a: b'\n") &&
		  has(lock, "    - path: yes\n"), "%s", lock);
	free(lock);
	ru_free(&o);
}

/* --- dry started by a shell, concurrent dry processes ------------------------------------------------------------- */

/* Starts `dry run -n NAME sh -c CMD` in the project, its stdout and
 * stderr on OUT_FD and ERR_FD (-1: /dev/null). */
static pid_t spawn_dry(const char *name, const char *cmd, int out_fd, int err_fd)
{
	pid_t pid = fork();
	cr_assert(pid >= 0);
	if (pid == 0) {
		if (chdir(p))
			_exit(125);
		int null = open("/dev/null", O_RDWR);
		dup2(null, 0);
		dup2(out_fd >= 0 ? out_fd : null, 1);
		dup2(err_fd >= 0 ? err_fd : null, 2);
		execl(getenv("DRY"), "dry", "run", "-n", name, "sh", "-c", cmd, (char *)NULL);
		_exit(126);
	}
	return pid;
}

Test(dry_scen, concurrent_dry_runs_on_one_dvc_yaml_keep_every_stage)
{
	enum { N = 4 };
	pid_t pids[N];
	for (int i = 0; i < N; i++) {
		char name[8], cmd[64];
		snprintf(name, sizeof(name), "s%d", i);
		snprintf(cmd, sizeof(cmd), "cp A out%d", i);
		pids[i] = spawn_dry(name, cmd, -1, -1);
	}
	for (int i = 0; i < N; i++) {
		int st;
		cr_assert_eq(waitpid(pids[i], &st, 0), pids[i]);
		cr_expect(WIFEXITED(st) && WEXITSTATUS(st) == 0, "dry %d failed", i);
	}
	char *y = tu_read(p, "dvc.yaml", NULL), *l = tu_read(p, "dvc.lock", NULL);
	char *gi = tu_read(p, ".gitignore", NULL);
	for (int i = 0; i < N; i++) {
		char stage[64], ign[16];
		snprintf(stage, sizeof(stage), "  s%d:\n    cmd: sh -c \"cp A out%d\"\n", i, i);
		snprintf(ign, sizeof(ign), "/out%d\n", i);
		cr_expect(has(y, stage), "dvc.yaml lost s%d:\n%s", i, y);
		cr_expect(has(l, stage), "dvc.lock lost s%d:\n%s", i, l);
		cr_expect(has(gi, ign), ".gitignore lost out%d:\n%s", i, gi);
	}
	free(y);
	free(l);
	free(gi);
}

Test(dry_scen, dry_waits_for_another_dry_holding_the_stage_files)
{
	int dir = open(p, O_RDONLY | O_DIRECTORY | O_CLOEXEC); /* not inherited by dry */
	cr_assert(dir >= 0);
	cr_assert_eq(flock(dir, LOCK_EX), 0);
	FILE *err = tmpfile();
	pid_t pid = spawn_dry("late", "cp A late", -1, fileno(err));
	bool waiting = false;
	for (int i = 0; i < 1000 && !waiting; i++) {
		usleep(10000);
		char buf[4096] = "";
		size_t n = pread(fileno(err), buf, sizeof(buf) - 1, 0) > 0 ? strlen(buf) : 0;
		waiting = n && strstr(buf, "waiting for another dry");
	}
	cr_expect(waiting, "dry did not say it waits");
	int st;
	cr_expect_eq(waitpid(pid, &st, WNOHANG), 0, "dry went on while the lock was held");
	cr_expect(!ru_exists(p, "dvc.yaml"));
	close(dir); /* releases the lock */
	cr_assert_eq(waitpid(pid, &st, 0), pid);
	cr_expect(WIFEXITED(st) && WEXITSTATUS(st) == 0);
	char *y = tu_read(p, "dvc.yaml", NULL);
	cr_expect(has(y, "  late:\n"), "%s", y);
	free(y);
	fclose(err);
}

static char *slurp(FILE *f)
{
	static char buf[8192];
	ssize_t n = pread(fileno(f), buf, sizeof(buf) - 1, 0);
	buf[n > 0 ? n : 0] = '\0';
	return buf;
}

Test(dry_scen, output_redirected_by_the_calling_shell_is_named_in_a_warning)
{
	/* `dry run cat A > red.txt`: the shell, not the command, opens red.txt. */
	int out = open(tu_path(p, "red.txt"), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
	FILE *err = tmpfile();
	cr_assert(out >= 0 && err);
	pid_t pid = spawn_dry("s", "cat A", out, fileno(err));
	int st;
	cr_assert_eq(waitpid(pid, &st, 0), pid);
	cr_expect(WIFEXITED(st) && WEXITSTATUS(st) == 0);
	const char *e = slurp(err);
	cr_expect(has(e, "standard output is red.txt, redirected by the shell that ran dry") &&
		  has(e, "('CMD > red.txt')"), "%s", e);
	cr_expect_str_eq(entries(), "    deps:\n    - A\n");
	close(out);
	fclose(err);
}

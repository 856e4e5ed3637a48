/*
 * test_dry_run — the dry program end to end: real commands (sh, cat, cp,
 * mv, python3 ...) recorded in temporary projects, and the stage written.
 * One test per rule of the file-access model and per CLI behaviour, plus
 * the bundled example and the §7 example of dvc-format.md byte for byte.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "dry_run_util.h"
#include "dry_testutil.h"

static const char *p;

static void setup(void)
{
	p = ru_project(true);
	tu_writes(p, "A", "alpha\n");
	tu_writes(p, "B", "beta\n");
}

static void teardown(void)
{
	tu_rmrf(p);
}

TestSuite(dry_run, .init = setup, .fini = teardown, .timeout = 60);

static char *file(const char *rel)
{
	char *t = tu_read(p, rel, NULL);
	cr_assert_not_null(t, "%s is missing", rel);
	return t;
}

/* Asserts the run succeeded and returns dvc.yaml's stage body lines. */
static struct dry_out ok(struct dry_out o)
{
	cr_assert_eq(o.status, 0, "dry failed (%d):\n%s", o.status, o.err);
	return o;
}

/* The same, for a run whose messages do not matter. */
static void ok_free(struct dry_out o)
{
	ok(o);
	ru_free(&o);
}

static void expect_yaml(const char *want)
{
	char *t = file("dvc.yaml");
	cr_expect_str_eq(t, want);
	free(t);
}

Test(dry_run, section_7_example_byte_for_byte)
{
	struct dry_out o = ok(ru_dry(p, "run", "-n", "prep", "--", "sh", "-c",
				     "cat A B > C && mkdir -p D && cp A D/a && cp B D/b", NULL));
	expect_yaml("stages:\n"
		    "  prep:\n"
		    "    cmd: sh -c \"cat A B > C && mkdir -p D && cp A D/a && cp B D/b\"\n"
		    "    deps:\n"
		    "    - A\n"
		    "    - B\n"
		    "    outs:\n"
		    "    - C\n"
		    "    - D\n");
	char *lock = file("dvc.lock");
	cr_expect_str_eq(lock,
		"schema: '2.0'\n"
		"stages:\n"
		"  prep:\n"
		"    cmd: sh -c \"cat A B > C && mkdir -p D && cp A D/a && cp B D/b\"\n"
		"    deps:\n"
		"    - path: A\n"
		"      hash: md5\n"
		"      md5: 9f9f90dbe3e5ee1218c86b8839db1995\n"
		"      size: 6\n"
		"    - path: B\n"
		"      hash: md5\n"
		"      md5: f0cf2a92516045024a0c99147b28f05b\n"
		"      size: 5\n"
		"    outs:\n"
		"    - path: C\n"
		"      hash: md5\n"
		"      md5: 852e77b490fb4e8653fbc11f4c6f89c2\n"
		"      size: 11\n"
		"    - path: D\n"
		"      hash: md5\n"
		"      md5: 2e0c5241843f0f877499ae90632f1c3e.dir\n"
		"      size: 11\n"
		"      nfiles: 2\n");
	free(lock);
	char *gi = file(".gitignore");
	cr_expect_str_eq(gi, "/C\n/D\n");
	free(gi);
	/* The cache as dvc commit leaves it. */
	cr_expect(ru_exists(p, ".dvc/cache/files/md5/85/2e77b490fb4e8653fbc11f4c6f89c2"));
	cr_expect(ru_exists(p, ".dvc/cache/files/md5/2e/0c5241843f0f877499ae90632f1c3e.dir"));
	cr_expect(ru_exists(p, ".dvc/cache/files/md5/9f/9f90dbe3e5ee1218c86b8839db1995"));
	cr_expect(ru_exists(p, ".dvc/cache/files/md5/f0/cf2a92516045024a0c99147b28f05b"));
	cr_expect(strstr(o.err, "dep A\n") && strstr(o.err, "out D/\n"), "%s", o.err);
	ru_free(&o);
}

Test(dry_run, legacy_dvc_file_of_section_7)
{
	struct dry_out o = ok(ru_dry(p, "run", "-f", "prep.dvc", "--", "sh", "-c",
				     "cat A B > C && mkdir -p D && cp A D/a && cp B D/b", NULL));
	char *t = file("prep.dvc");
	cr_expect_str_eq(t,
		"md5: 38307b70759c703fe4d75bd3784a8bb3\n"
		"cmd: sh -c \"cat A B > C && mkdir -p D && cp A D/a && cp B D/b\"\n"
		"deps:\n"
		"- md5: 9f9f90dbe3e5ee1218c86b8839db1995\n"
		"  size: 6\n"
		"  path: A\n"
		"- md5: f0cf2a92516045024a0c99147b28f05b\n"
		"  size: 5\n"
		"  path: B\n"
		"outs:\n"
		"- md5: 852e77b490fb4e8653fbc11f4c6f89c2\n"
		"  size: 11\n"
		"  path: C\n"
		"- md5: 2e0c5241843f0f877499ae90632f1c3e.dir\n"
		"  size: 11\n"
		"  nfiles: 2\n"
		"  path: D\n"
		"meta:\n"
		"  created-by: dry\n");
	free(t);
	cr_expect(!ru_exists(p, "dvc.yaml"));
	/* DVC 2.x cache layout: no files/md5/ prefix. */
	cr_expect(ru_exists(p, ".dvc/cache/85/2e77b490fb4e8653fbc11f4c6f89c2"));
	cr_expect(ru_exists(p, ".dvc/cache/2e/0c5241843f0f877499ae90632f1c3e.dir"));
	ru_free(&o);
}

Test(dry_run, bundled_example_python_stage)
{
	const char *ex = getenv("DRY_EXAMPLES");
	cr_assert_not_null(ex);
	const char *names[] = { "input", "op.py", "stage.py" };
	for (size_t i = 0; i < 3; i++) {
		size_t len;
		char *t = tu_read(ex, names[i], &len);
		cr_assert_not_null(t);
		tu_write(p, names[i], t, len);
		free(t);
	}
	struct dry_out o = ok(ru_dry(p, "run", ru_python(), "stage.py", NULL));
	char want[256];
	snprintf(want, sizeof(want),
		 "stages:\n  stage:\n    cmd: %s stage.py\n    deps:\n    - input\n    - op.py\n"
		 "    - stage.py\n    outs:\n    - output\n", ru_python());
	expect_yaml(want);
	ru_free(&o);
}

Test(dry_run, python_modules_count_when_their_bytecode_cache_is_warm)
{
	/* A second run reads __pycache__/op.*.pyc and only stats op.py. */
	unsetenv("PYTHONDONTWRITEBYTECODE");
	tu_writes(p, "op.py", "def f(x):\n    return x.upper()\n");
	tu_writes(p, "s.py", "import op\nopen('C', 'w').write(op.f(open('A').read()))\n");
	for (int run = 0; run < 2; run++) {
		ok_free(ru_dry(p, "run", "-n", "s", ru_python(), "s.py", NULL));
		char want[256];
		snprintf(want, sizeof(want), "stages:\n  s:\n    cmd: %s s.py\n    deps:\n    - A\n"
			 "    - op.py\n    - s.py\n    outs:\n    - C\n", ru_python());
		expect_yaml(want);
	}
	cr_expect(ru_exists(p, "__pycache__"), "the second run had a warm cache");
}

Test(dry_run, copy_and_move_and_hard_link_make_outputs)
{
	ok_free(ru_dry(p, "run", "-n", "s", "sh", "-c", "cp A C && mv B M && ln A L", NULL));
	expect_yaml("stages:\n  s:\n    cmd: sh -c \"cp A C && mv B M && ln A L\"\n    deps:\n    - A\n"
		    "    outs:\n    - C\n    - L\n    - M\n");
}

Test(dry_run, tmp_then_rename_names_only_the_final_file)
{
	ok_free(ru_dry(p, "run", "-n", "s", "sh", "-c", "cat A > .out.tmp && mv .out.tmp out", NULL));
	expect_yaml("stages:\n  s:\n    cmd: sh -c \"cat A > .out.tmp && mv .out.tmp out\"\n    deps:\n"
		    "    - A\n    outs:\n    - out\n");
}

Test(dry_run, created_then_deleted_and_self_written_then_read)
{
	ok_free(ru_dry(p, "run", "-n", "s", "sh", "-c", "cp A t && rm t && cp A b && cat b > c", NULL));
	expect_yaml("stages:\n  s:\n    cmd: sh -c \"cp A t && rm t && cp A b && cat b > c\"\n    deps:\n"
		    "    - A\n    outs:\n    - b\n    - c\n");
}

Test(dry_run, directory_created_and_filled_is_one_output)
{
	ok_free(ru_dry(p, "run", "-n", "s", "sh", "-c", "mkdir -p D/sub && cp A D/x && cp B D/sub/y", NULL));
	expect_yaml("stages:\n  s:\n    cmd: sh -c \"mkdir -p D/sub && cp A D/x && cp B D/sub/y\"\n"
		    "    deps:\n    - A\n    - B\n    outs:\n    - D\n");
}

Test(dry_run, rerun_keeps_the_output_directory_the_stage_declared)
{
	/* The second run finds models/ there: mkdir -p creates nothing. */
	for (int run = 0; run < 2; run++) {
		ok_free(ru_dry(p, "run", "-n", "s", "sh", "-c", "mkdir -p models && cp A models/m", NULL));
		expect_yaml("stages:\n  s:\n    cmd: sh -c \"mkdir -p models && cp A models/m\"\n"
			    "    deps:\n    - A\n    outs:\n    - models\n");
	}
}

Test(dry_run, file_written_into_an_existing_directory_is_its_own_output)
{
	tu_mkdir(p, "E");
	tu_writes(p, "E/keep", "k");
	ok_free(ru_dry(p, "run", "-n", "s", "cp", "A", "E/x", NULL));
	expect_yaml("stages:\n  s:\n    cmd: cp A E/x\n    deps:\n    - A\n    outs:\n    - E/x\n");
	char *gi = file("E/.gitignore");
	cr_expect_str_eq(gi, "/x\n");
	free(gi);
}

Test(dry_run, directory_built_elsewhere_and_renamed_into_place)
{
	ok_free(ru_dry(p, "run", "-n", "s", "sh", "-c", "mkdir t && cp A t/a && mv t D", NULL));
	expect_yaml("stages:\n  s:\n    cmd: sh -c \"mkdir t && cp A t/a && mv t D\"\n    deps:\n"
		    "    - A\n    outs:\n    - D\n");
}

Test(dry_run, read_then_rewritten_is_a_persistent_output_with_a_warning)
{
	struct dry_out o = ok(ru_dry(p, "run", "-n", "s", "sh", "-c", "cat A > t && cat B t > A && rm t", NULL));
	expect_yaml("stages:\n  s:\n    cmd: sh -c \"cat A > t && cat B t > A && rm t\"\n    deps:\n"
		    "    - B\n    outs:\n    - A:\n        persist: true\n");
	cr_expect(strstr(o.err, "warning: the stage modifies its own input A"), "%s", o.err);
	ru_free(&o);
}

/* Files written by the test just before a run are within the model's
 * clock slack (about 10 ms: a file changed then could be the command's own
 * doing); the tests that need "written before the run" wait that out. */
static void settle(void)
{
	usleep(30000);
}

Test(dry_run, appending_to_an_existing_file_is_persistent)
{
	settle();
	struct dry_out o = ok(ru_dry(p, "run", "-n", "s", "sh", "-c", "cat B >> A && cat B >> new", NULL));
	expect_yaml("stages:\n  s:\n    cmd: sh -c \"cat B >> A && cat B >> new\"\n    deps:\n    - B\n"
		    "    outs:\n    - A:\n        persist: true\n    - new\n");
	cr_expect(strstr(o.err, "appends to A"), "%s", o.err);
	ru_free(&o);
}

Test(dry_run, read_write_open_without_change_is_a_dependency)
{
	const char *py = "f = open('A', 'r+'); f.read(); f.close()\n"
			 "g = open('B', 'r+'); g.read(); g.seek(0); g.write('BETA\\n'); g.close()\n";
	tu_writes(p, "rw.py", py);
	settle();
	struct dry_out o = ok(ru_dry(p, "run", "-n", "s", ru_python(), "rw.py", NULL));
	char want[256];
	snprintf(want, sizeof(want), "stages:\n  s:\n    cmd: %s rw.py\n    deps:\n    - A\n    - rw.py\n"
		 "    outs:\n    - B:\n        persist: true\n", ru_python());
	expect_yaml(want);
	ru_free(&o);
}

Test(dry_run, from_trace_ignores_changes_made_after_the_trace_ended)
{
	tu_writes(p, "ro.py", "open('A', 'r+').read()\nopen('C', 'w').write('c')\n");
	settle();
	ok_free(ru_dry(p, "run", "-n", "s", "--trace", "t.trace", ru_python(), "ro.py", NULL));
	settle();
	tu_writes(p, "A", "changed later\n"); /* its ctime is now after the trace */
	unlink(tu_path(p, "dvc.yaml"));
	ok_free(ru_dry(p, "from-trace", "-n", "s", "t.trace", NULL));
	char want[256];
	snprintf(want, sizeof(want), "stages:\n  s:\n    cmd: %s ro.py\n    deps:\n    - A\n    - ro.py\n"
		 "    outs:\n    - C\n", ru_python());
	expect_yaml(want);
}

Test(dry_run, stat_access_and_failed_opens_are_not_dependencies)
{
	ok_free(ru_dry(p, "run", "-n", "s", "sh", "-c",
		  "test -f A && ls -l A > /dev/null && cat missing 2>/dev/null; cat B > C", NULL));
	expect_yaml("stages:\n  s:\n    cmd: sh -c \"test -f A && ls -l A > /dev/null && cat missing "
		    "2>/dev/null; cat B > C\"\n    deps:\n    - B\n    outs:\n    - C\n");
}

Test(dry_run, pipelines_and_subshells_count_as_one_command)
{
	ok_free(ru_dry(p, "run", "-n", "s", "sh", "-c", "cat A | sort | (cat B - > S)", NULL));
	expect_yaml("stages:\n  s:\n    cmd: sh -c \"cat A | sort | (cat B - > S)\"\n    deps:\n    - A\n"
		    "    - B\n    outs:\n    - S\n");
}

Test(dry_run, paths_follow_each_process_cwd)
{
	tu_writes(p, "sub/x", "x\n");
	ok_free(ru_dry(p, "run", "-n", "s", "sh", "-c", "cd sub && cat x ../A > y", NULL));
	expect_yaml("stages:\n  s:\n    cmd: sh -c \"cd sub && cat x ../A > y\"\n    deps:\n    - A\n"
		    "    - sub/x\n    outs:\n    - sub/y\n");
}

Test(dry_run, subdirectory_start_gets_wdir_and_relative_paths)
{
	tu_writes(p, "sub/x", "x\n");
	ok_free(ru_dry(tu_path(p, "sub"), "run", "-n", "s", "sh", "-c", "cat x ../A > y", NULL));
	expect_yaml("stages:\n  s:\n    cmd: sh -c \"cat x ../A > y\"\n    wdir: sub\n    deps:\n    - ../A\n"
		    "    - x\n    outs:\n    - y\n");
	char *gi = file("sub/.gitignore");
	cr_expect_str_eq(gi, "/y\n");
	free(gi);
}

Test(dry_run, project_paths_reached_from_outside_are_cleaned)
{
	char cmd[4200];
	const char *base = strrchr(p, '/') + 1;
	snprintf(cmd, sizeof(cmd), "cat ../%s/A > ../%s/C", base, base);
	ok_free(ru_dry(p, "run", "-n", "s", "sh", "-c", cmd, NULL));
	char *t = file("dvc.yaml");
	cr_expect(strstr(t, "    deps:\n    - A\n    outs:\n    - C\n"), "%s", t);
	free(t);
}

Test(dry_run, paths_through_the_shells_symlinked_pwd_are_in_the_project)
{
	char link[4200];
	snprintf(link, sizeof(link), "%s.link", p);
	cr_assert_eq(symlink(p, link), 0);
	setenv("PWD", link, 1);
	ok_free(ru_dry(link, "run", "-n", "s", "sh", "-c", "cp \"$PWD/A\" \"$PWD/C\"", NULL));
	unlink(link);
	expect_yaml("stages:\n  s:\n    cmd: sh -c 'cp \"$PWD/A\" \"$PWD/C\"'\n    deps:\n    - A\n"
		    "    outs:\n    - C\n");
}

Test(dry_run, symlink_is_a_dependency_under_the_name_used)
{
	cr_assert_eq(symlink("A", tu_path(p, "L")), 0);
	ok_free(ru_dry(p, "run", "-n", "s", "cp", "L", "C", NULL));
	expect_yaml("stages:\n  s:\n    cmd: cp L C\n    deps:\n    - L\n    outs:\n    - C\n");
}

Test(dry_run, files_outside_the_project_and_ignored_paths_never_count)
{
	tu_writes(p, ".dvcignore", "scratch/\n");
	ok_free(ru_dry(p, "run", "-n", "s", "--ignore", "*.log", "sh", "-c",
		  "cat /etc/hostname A > C; mkdir -p scratch __pycache__; cp A scratch/s; cp A __pycache__/x;"
		  " cp A z.pyc; cp A run.log; cat dvc.yaml .gitignore 2>/dev/null; cp A x.dvc", NULL));
	expect_yaml("stages:\n  s:\n    cmd: sh -c \"cat /etc/hostname A > C; mkdir -p scratch __pycache__;"
		    " cp A scratch/s; cp A __pycache__/x; cp A z.pyc; cp A run.log; cat dvc.yaml .gitignore"
		    " 2>/dev/null; cp A x.dvc\"\n    deps:\n    - A\n    outs:\n    - C\n");
}

Test(dry_run, kept_trace_inside_the_project_is_not_an_output)
{
	ok_free(ru_dry(p, "run", "-n", "s", "--trace", "run.trace", "cp", "A", "C", NULL));
	cr_expect(ru_exists(p, "run.trace"));
	expect_yaml("stages:\n  s:\n    cmd: cp A C\n    deps:\n    - A\n    outs:\n    - C\n");
	/* from-trace gives the same stage again. */
	unlink(tu_path(p, "dvc.yaml"));
	ok_free(ru_dry(p, "from-trace", "-n", "s", "run.trace", NULL));
	expect_yaml("stages:\n  s:\n    cmd: cp A C\n    deps:\n    - A\n    outs:\n    - C\n");
}

Test(dry_run, unkept_trace_is_no_file_in_tmpdir)
{
	/* Without --trace the trace lives in memory: the command sees no new
	 * file in $TMPDIR, and none is left there. */
	char tmp[] = "/tmp/dry-test-tmpdir-XXXXXX";
	cr_assert_not_null(mkdtemp(tmp));
	const char *old = getenv("TMPDIR");
	char *saved = old ? strdup(old) : NULL;
	setenv("TMPDIR", tmp, 1);
	struct dry_out o = ru_dry(p, "run", "-n", "s", "sh", "-c", "cp A C; ls -A \"$TMPDIR\" > L", NULL);
	if (saved)
		setenv("TMPDIR", saved, 1);
	else
		unsetenv("TMPDIR");
	free(saved);
	ok_free(o);
	char *listing = file("L");
	cr_expect_str_eq(listing, "");
	free(listing);
	expect_yaml("stages:\n  s:\n    cmd: sh -c 'cp A C; ls -A \"$TMPDIR\" > L'\n"
		    "    deps:\n    - A\n    outs:\n    - C\n    - L\n");
	cr_expect_eq(rmdir(tmp), 0, "something was left in $TMPDIR");
}

Test(dry_run, listed_directory_fully_read_is_one_dependency)
{
	tu_writes(p, "in/a", "1\n");
	tu_writes(p, "in/b", "2\n");
	ok_free(ru_dry(p, "run", "-n", "s", "sh", "-c", "cat in/* > all", NULL));
	expect_yaml("stages:\n  s:\n    cmd: sh -c \"cat in/* > all\"\n    deps:\n    - in\n    outs:\n"
		    "    - all\n");
}

Test(dry_run, executed_script_in_the_project_is_a_dependency)
{
	tu_writes(p, "run.sh", "#!/bin/sh\ncat A > C\n");
	chmod(tu_path(p, "run.sh"), 0755);
	ok_free(ru_dry(p, "run", "./run.sh", NULL));
	expect_yaml("stages:\n  run:\n    cmd: ./run.sh\n    deps:\n    - A\n    - run.sh\n    outs:\n    - C\n");
}

Test(dry_run, failing_command_writes_no_stage_and_keeps_its_status)
{
	struct dry_out o = ru_dry(p, "run", "-n", "s", "sh", "-c", "cat A > C; exit 3", NULL);
	cr_expect_eq(o.status, 3);
	cr_expect(!ru_exists(p, "dvc.yaml") && !ru_exists(p, "dvc.lock"));
	cr_expect(strstr(o.err, "exit status 3") && strstr(o.err, "no stage written"), "%s", o.err);
	ru_free(&o);
}

Test(dry_run, command_output_passes_through_untouched)
{
	struct dry_out o = ok(ru_dry(p, "run", "-n", "s", "sh", "-c", "echo out; echo err >&2; cp A C", NULL));
	cr_expect_str_eq(o.out, "out\n");
	cr_expect(!strncmp(o.err, "err\n", 4), "%s", o.err);
	ru_free(&o);
}

Test(dry_run, print_changes_no_file)
{
	struct dry_out o = ok(ru_dry(p, "run", "-n", "s", "--print", "cp", "A", "C", NULL));
	cr_expect(strstr(o.out, "# dvc.yaml\nstages:\n  s:\n    cmd: cp A C\n"), "%s", o.out);
	cr_expect(strstr(o.out, "# dvc.lock\nschema: '2.0'\n"), "%s", o.out);
	cr_expect(!ru_exists(p, "dvc.yaml") && !ru_exists(p, "dvc.lock") && !ru_exists(p, ".gitignore"));
	cr_expect(!ru_exists(p, ".dvc/cache"));
	ru_free(&o);
}

Test(dry_run, no_commit_leaves_the_cache_alone_and_says_so)
{
	struct dry_out o = ok(ru_dry(p, "run", "-n", "s", "--no-commit", "cp", "A", "C", NULL));
	cr_expect(ru_exists(p, "dvc.lock"));
	cr_expect(!ru_exists(p, ".dvc/cache"));
	cr_expect(strstr(o.err, "dvc commit"), "%s", o.err);
	ru_free(&o);
}

Test(dry_run, existing_dvc_yaml_keeps_its_bytes_and_rerun_replaces_the_stage)
{
	const char *mine = "# my pipeline\nstages:\n  other:   # hand-written\n    cmd: echo hi\n"
			   "    outs:\n      - other.txt\n";
	tu_writes(p, "dvc.yaml", mine);
	ok_free(ru_dry(p, "run", "-n", "s", "cp", "A", "C", NULL));
	char want[512];
	snprintf(want, sizeof(want), "%s  s:\n    cmd: cp A C\n    deps:\n    - A\n    outs:\n    - C\n", mine);
	expect_yaml(want);
	ok_free(ru_dry(p, "run", "-n", "s", "cp", "B", "C", NULL));
	snprintf(want, sizeof(want), "%s  s:\n    cmd: cp B C\n    deps:\n    - B\n    outs:\n    - C\n", mine);
	expect_yaml(want);
	char *lock = file("dvc.lock");
	cr_expect(strstr(lock, "path: B") && !strstr(lock, "path: A"), "%s", lock);
	free(lock);
}

Test(dry_run, overlapping_output_and_invalid_yaml_are_refused_untouched)
{
	const char *mine = "stages:\n  other:\n    cmd: make\n    outs:\n    - D\n";
	tu_writes(p, "dvc.yaml", mine);
	struct dry_out o = ru_dry(p, "run", "-n", "s", "sh", "-c", "mkdir -p D/x && cp A D/x/a", NULL);
	cr_expect_neq(o.status, 0);
	cr_expect(strstr(o.err, "overlaps 'D', an output of stage 'other'"), "%s", o.err);
	expect_yaml(mine);
	cr_expect(!ru_exists(p, "dvc.lock"));
	ru_free(&o);

	tu_writes(p, "dvc.yaml", "stages: [unclosed\n");
	o = ru_dry(p, "run", "-n", "s", "cp", "A", "C", NULL);
	cr_expect_neq(o.status, 0);
	cr_expect(strstr(o.err, "dvc.yaml") && strstr(o.err, "line"), "%s", o.err);
	expect_yaml("stages: [unclosed\n");
	ru_free(&o);
}

Test(dry_run, outputs_of_dvc_files_and_other_pipeline_files_are_refused)
{
	tu_writes(p, "data.dvc", "outs:\n- md5: acbd18db4cc2f85cedef654fccc4a4d8\n  size: 3\n  hash: md5\n"
				  "  path: data\n");
	struct dry_out o = ru_dry(p, "run", "-n", "s", "sh", "-c", "mkdir -p data && cp A data/x", NULL);
	cr_expect_neq(o.status, 0);
	cr_expect(strstr(o.err, "data.dvc: output 'data' overlaps 'data'"), "%s", o.err);
	cr_expect(!ru_exists(p, "dvc.yaml"));
	ru_free(&o);
	unlink(tu_path(p, "data.dvc"));
	tu_writes(p, "sub/dvc.yaml", "stages:\n  t:\n    cmd: x\n    outs:\n    - o\n");
	o = ru_dry(p, "run", "-n", "s", "cp", "A", "sub/o", NULL);
	cr_expect_neq(o.status, 0);
	cr_expect(strstr(o.err, "sub/dvc.yaml: output 'sub/o' overlaps 'o', an output of stage 't'"),
		  "%s", o.err);
	ru_free(&o);
	ok_free(ru_dry(p, "run", "-n", "s", "cp", "A", "sub/other", NULL));
}

Test(dry_run, one_argument_is_a_shell_command_line)
{
	ok_free(ru_dry(p, "run", "-n", "s", "cat A B > C", NULL));
	expect_yaml("stages:\n  s:\n    cmd: cat A B > C\n    deps:\n    - A\n    - B\n    outs:\n    - C\n");
}

Test(dry_run, arguments_with_shell_characters_are_quoted_to_rerun_the_same)
{
	tu_writes(p, "a b", "x\n");
	ok_free(ru_dry(p, "run", "-n", "s", "cp", "a b", "$out", NULL));
	expect_yaml("stages:\n  s:\n    cmd: cp \"a b\" '$out'\n    deps:\n    - a b\n    outs:\n    - $out\n");
}

Test(dry_run, default_stage_name_comes_from_the_script)
{
	tu_writes(p, "train.py", "open('C', 'w').write(open('A').read())\n");
	ok_free(ru_dry(p, "run", ru_python(), "train.py", NULL));
	char *t = file("dvc.yaml");
	cr_expect(!strncmp(t, "stages:\n  train:\n", 17), "%s", t);
	free(t);
}

Test(dry_run, project_without_dvc_gets_no_cache_and_says_how)
{
	const char *bare = ru_project(false);
	tu_writes(bare, "A", "alpha\n");
	struct dry_out o = ok(ru_dry(bare, "run", "-n", "s", "cp", "A", "C", NULL));
	cr_expect(ru_exists(bare, "dvc.yaml") && !ru_exists(bare, ".gitignore"));
	cr_expect(strstr(o.err, "dvc init"), "%s", o.err);
	ru_free(&o);
	tu_rmrf(bare);
}

Test(dry_run, output_tracked_by_git_is_written_uncached)
{
	if (system("git --version >/dev/null 2>&1") != 0)
		cr_skip_test("git is not installed");
	tu_rmrf(tu_path(p, ".git"));
	char cmd[4200];
	snprintf(cmd, sizeof(cmd), "cd '%s' && git init -q . && git add A B", p);
	cr_assert_eq(system(cmd), 0);
	struct dry_out o = ok(ru_dry(p, "run", "-n", "s", "sh", "-c", "cat A > B && cp A C", NULL));
	expect_yaml("stages:\n  s:\n    cmd: sh -c \"cat A > B && cp A C\"\n    deps:\n    - A\n"
		    "    outs:\n    - B:\n        cache: false\n    - C\n");
	char *gi = file(".gitignore");
	cr_expect_str_eq(gi, "/C\n");
	free(gi);
	cr_expect(strstr(o.err, "git tracks B"), "%s", o.err);
	ru_free(&o);
}

Test(dry_run, help_says_the_f_form_is_dvc_2_only)
{
	struct dry_out o = ru_dry(p, "--help", NULL);
	cr_expect_eq(o.status, 0);
	cr_expect(strstr(o.out, "DVC 2.x only"), "%s", o.out);
	ru_free(&o);
	o = ru_dry(p, "run", NULL);
	cr_expect_eq(o.status, 2);
	ru_free(&o);
}

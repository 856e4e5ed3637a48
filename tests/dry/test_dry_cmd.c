/*
 * test_dry_cmd — the stored cmd re-runs the traced argv exactly under
 * `sh -c` (and `bash -c`), as dvc repro runs it; it keeps DVC's parse_cmd
 * form wherever that is already right; stage names come from the script.
 */
#include <criterion/criterion.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "dry_cmd.h"
#include "dry_testutil.h"

static char *cmd_of(int argc, char *const argv[])
{
	char *c = dry_cmd_from_argv(argc, argv);
	cr_assert_not_null(c, "dry_cmd_from_argv: %s", strerror(errno));
	return c;
}

Test(dry_cmd, parse_cmd_forms_are_kept)
{
	char *c = cmd_of(2, (char *[]){ "python", "train.py" });
	cr_expect_str_eq(c, "python train.py");
	free(c);
	c = cmd_of(3, (char *[]){ "sh", "-c", "cat A B > C && mkdir -p D && cp A D/a && cp B D/b" });
	cr_expect_str_eq(c, "sh -c \"cat A B > C && mkdir -p D && cp A D/a && cp B D/b\"");
	free(c);
	c = cmd_of(3, (char *[]){ "echo", "", "a b" });
	cr_expect_str_eq(c, "echo \"\" \"a b\"");
	free(c);
	c = cmd_of(1, (char *[]){ "cat a | sort > b" }); /* one argument: as it is */
	cr_expect_str_eq(c, "cat a | sort > b");
	free(c);
	c = cmd_of(4, (char *[]){ "cp", "x.csv", "--to=d/e:f,g", "100%@+" });
	cr_expect_str_eq(c, "cp x.csv --to=d/e:f,g 100%@+");
	free(c);
}

Test(dry_cmd, words_the_shell_would_change_are_single_quoted)
{
	char *c = cmd_of(5, (char *[]){ "echo", "$HOME", "it's", "a b $x", "*.csv" });
	cr_expect_str_eq(c, "echo '$HOME' 'it'\\''s' 'a b $x' '*.csv'");
	free(c);
	c = cmd_of(2, (char *[]){ "A=b", "x" });
	cr_expect_str_eq(c, "'A=b' x");
	free(c);
	c = cmd_of(2, (char *[]){ "time", "x" });
	cr_expect_str_eq(c, "'time' x");
	free(c);
}

Test(dry_cmd, non_utf8_arguments_are_refused)
{
	errno = 0;
	cr_expect_null(dry_cmd_from_argv(2, (char *[]){ "cat", "caf\xe9" }));
	cr_expect_eq(errno, EILSEQ);
}

/* Runs SHELL -c CMD in DIR; returns its stdout (NUL-separated words). */
static char *run_shell(const char *shell, const char *cmd, const char *dir, size_t *ret_len)
{
	int p[2];
	cr_assert_eq(pipe(p), 0);
	pid_t pid = fork();
	cr_assert(pid >= 0);
	if (pid == 0) {
		dup2(p[1], 1);
		close(p[0]);
		close(p[1]);
		if (chdir(dir) != 0)
			_exit(126);
		execl(shell, shell, "-c", cmd, (char *)NULL);
		_exit(127);
	}
	close(p[1]);
	char *out = malloc(65536);
	size_t len = 0;
	ssize_t n;
	while ((n = read(p[0], out + len, 65536 - len)) > 0)
		len += (size_t)n;
	close(p[0]);
	int st;
	waitpid(pid, &st, 0);
	cr_assert(WIFEXITED(st) && WEXITSTATUS(st) == 0, "%s -c %s failed", shell, cmd);
	*ret_len = len;
	return out;
}

static const char *const tricky[] = {
	"$HOME", "a b", "a  b", "it's", "'q'", "say \"hi\"", "*", "?", "[ab]", "~", "~/x",
	"a=~/b", "#c", "x#c", "a;b", "a|b", "a&b", "(x)", "{a,b}", "a{1..3}", "a\tb", "a\nb",
	"a\rb", "\x0b", "x\xe2\x80\xa8y", "", "100%", "100%%s", "back\\slash", "$(id)", "`id`",
	"!x", "a\\nb", "caf\xc3\xa9", "-", "--", "a b\\", "\\'", "'", "\"", "a\n", "\n\n",
	" lead", "trail ", "x\x1cy", "\xc2\x85", "$'x'", "a*b c",
};

Test(dry_cmd, sh_and_bash_rerun_exactly_the_same_argv)
{
	const char *dir = tu_tmpdir();
	/* Files that globs and brace expansions would find. */
	tu_writes(dir, "ab", "");
	tu_writes(dir, "a", "");
	tu_writes(dir, "b", "");
	tu_writes(dir, "a b", "");
	size_t n = sizeof(tricky) / sizeof(tricky[0]);
	char *argv[64];
	argv[0] = "printf";
	argv[1] = "%s\\0";
	for (size_t i = 0; i < n; i++)
		argv[2 + i] = (char *)tricky[i];
	char *cmd = cmd_of((int)n + 2, argv);
	/* DVC runs each line of cmd separately: it must be one line. */
	cr_expect(!strpbrk(cmd, "\n\r\v\f\x1c\x1d\x1e") && !strstr(cmd, "\xe2\x80\xa8") &&
		  !strstr(cmd, "\xc2\x85"), "cmd has a line break: %s", cmd);
	const char *shells[] = { "/bin/sh", "/bin/bash", "/bin/dash" };
	for (size_t s = 0; s < 3; s++) {
		if (access(shells[s], X_OK))
			continue;
		size_t len;
		char *out = run_shell(shells[s], cmd, dir, &len);
		size_t off = 0;
		for (size_t i = 0; i < n; i++) {
			cr_assert(off < len, "%s: output ends before word %zu", shells[s], i);
			cr_expect_str_eq(out + off, tricky[i], "%s: word %zu of %s", shells[s], i, cmd);
			off += strlen(out + off) + 1;
		}
		cr_expect_eq(off, len);
		free(out);
	}
	free(cmd);
	tu_rmrf(dir);
}

Test(dry_cmd, each_tricky_word_alone_survives_sh)
{
	const char *dir = tu_tmpdir();
	tu_writes(dir, "ab", "");
	for (size_t i = 0; i < sizeof(tricky) / sizeof(tricky[0]); i++) {
		char *cmd = cmd_of(3, (char *[]){ "printf", "%s", (char *)tricky[i] });
		size_t len;
		char *out = run_shell("/bin/sh", cmd, dir, &len);
		cr_expect(len == strlen(tricky[i]) && !memcmp(out, tricky[i], len), "word %zu: %s", i, cmd);
		free(out);
		free(cmd);
	}
	tu_rmrf(dir);
}

static void expect_name(int argc, char *const argv[], const char *want)
{
	char *n = dry_cmd_stage_name(argc, argv);
	cr_expect_str_eq(n, want);
	free(n);
}

Test(dry_cmd, stage_name_comes_from_the_script_or_program)
{
	expect_name(2, (char *[]){ "python3", "stage.py" }, "stage");
	expect_name(5, (char *[]){ "/usr/bin/python3", "-u", "-W", "ignore", "src/train.model.py" }, "train_model");
	expect_name(3, (char *[]){ "python", "-m", "pkg.evaluate" }, "evaluate");
	expect_name(1, (char *[]){ "./prep.sh" }, "prep");
	expect_name(3, (char *[]){ "make", "-j2", "all" }, "make");
	expect_name(3, (char *[]){ "sh", "-c", "cat A > B" }, "sh");
	expect_name(2, (char *[]){ "bash", "run-all.sh" }, "run-all");
	expect_name(4, (char *[]){ "env", "X=1", "Rscript", "fit.R" }, "fit");
	expect_name(2, (char *[]){ "cp", "a" }, "cp");
	expect_name(1, (char *[]){ ".hidden" }, "_hidden");
	expect_name(1, (char *[]){ "caf\xc3\xa9.py" }, "caf\xc3\xa9");
}

/* dry_run_util — see dry_run_util.h. */
#include "dry_run_util.h"

#include <criterion/criterion.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "dry_testutil.h"

static char *slurp_fd(int fd)
{
	size_t len = 0, cap = 4096;
	char *b = malloc(cap);
	ssize_t n;
	lseek(fd, 0, SEEK_SET);
	while ((n = read(fd, b + len, cap - len - 1)) > 0) {
		len += (size_t)n;
		if (cap - len < 2)
			b = realloc(b, cap *= 2);
	}
	b[len] = '\0';
	return b;
}

struct dry_out ru_dry(const char *dir, ...)
{
	const char *bin = getenv("DRY");
	cr_assert_not_null(bin, "$DRY is not set");
	const char *argv[64] = { bin };
	int argc = 1;
	va_list ap;
	va_start(ap, dir);
	const char *a;
	while ((a = va_arg(ap, const char *)) && argc < 63)
		argv[argc++] = a;
	va_end(ap);
	argv[argc] = NULL;
	FILE *o = tmpfile(), *e = tmpfile();
	cr_assert(o && e);
	pid_t pid = fork();
	cr_assert(pid >= 0);
	if (pid == 0) {
		int null = open("/dev/null", O_RDONLY);
		dup2(null, 0);
		dup2(fileno(o), 1);
		dup2(fileno(e), 2);
		if (chdir(dir))
			_exit(125);
		execv(bin, (char *const *)argv);
		_exit(126);
	}
	int st;
	cr_assert_eq(waitpid(pid, &st, 0), pid);
	struct dry_out r = {
		.status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st),
		.out = slurp_fd(fileno(o)),
		.err = slurp_fd(fileno(e)),
	};
	fclose(o);
	fclose(e);
	return r;
}

void ru_free(struct dry_out *o)
{
	free(o->out);
	free(o->err);
}

const char *ru_project(bool dvc)
{
	const char *d = tu_tmpdir();
	if (dvc) {
		tu_mkdir(d, ".dvc");
		tu_mkdir(d, ".git");
	}
	return d;
}

bool ru_exists(const char *dir, const char *rel)
{
	struct stat st;
	return lstat(tu_path(dir, rel), &st) == 0;
}

const char *ru_python(void)
{
	return access("/usr/bin/python3", X_OK) == 0 ? "/usr/bin/python3" : "python3";
}

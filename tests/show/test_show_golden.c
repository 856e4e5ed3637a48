/* Golden output per decoder family: each program of tests/progs is recorded
 * for real with `rtrace record` and printed with `rtrace show`, and the
 * printed lines from the program's first own call on are compared with
 * tests/show/golden/NAME.txt — strace 6.1's output for the same program,
 * normalised the same way (pids become P1, P2 ... in order of appearance,
 * addresses 0xADDR, the temporary directory TMP, clock readings and ports N,
 * alignment collapsed, unfinished/resumed halves joined, lines grouped per
 * process, signal lines sorted at the end of their process).
 *
 * RTRACE_GOLDEN_REGEN=1 runs strace instead and rewrites the golden files
 * (the dynamic loader's part of a child's exec depends on the machine's libc:
 * regenerate them on a new machine, then compare). */
#include <criterion/criterion.h>
#include <errno.h>
#include <fcntl.h>
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "tbuild.h"

struct golden {
	const char *name;   /* the program in tests/progs and the golden file */
	const char *marker; /* P1's lines start at the first one containing it */
	const char *filter; /* -e trace= for strace and rtrace show, or NULL */
	const char *args[3];
};

static char tmpdir[256];

static const char *env_or(const char *name, const char *dflt)
{
	const char *v = getenv(name);
	return v && *v ? v : dflt;
}

/* Runs ARGV with stdout/stderr to /dev/null; returns the wait status. */
static int run(char *const argv[])
{
	pid_t p = fork();
	cr_assert_geq(p, 0);
	if (p == 0) {
		int fd = open("/dev/null", O_RDWR);
		dup2(fd, 0);
		dup2(fd, 1);
		dup2(fd, 2);
		/* the program starts with 0-2 only, whatever the test runner holds */
		syscall(SYS_close_range, 3u, ~0u, 0u);
		/* in the programs' folder, so "./echoargs" reads the same in every build */
		if (chdir(env_or("PROGS", ".")) < 0)
			_exit(126);
		execv(argv[0], argv);
		_exit(127);
	}
	int st;
	cr_assert_eq(waitpid(p, &st, 0), p);
	return st;
}


/* ---- Normalisation -------------------------------------------------------- */

struct lines {
	char **v;
	size_t n, cap;
};

static void push(struct lines *l, char *s)
{
	if (l->n == l->cap)
		l->v = realloc(l->v, (l->cap = l->cap ? l->cap * 2 : 64) * sizeof *l->v);
	l->v[l->n++] = s;
}

/* Replaces every match of RE in *S by REP (regex with one optional group
 * kept: REP may hold "\\1"). */
static void subst(char **s, const char *re, const char *rep)
{
	regex_t r;
	cr_assert_eq(regcomp(&r, re, REG_EXTENDED), 0, "bad regex %s", re);
	size_t cap = strlen(*s) * 2 + 64, len = 0;
	char *out = malloc(cap);
	const char *p = *s;
	regmatch_t m[2];
	int flags = 0;
	while (*p && regexec(&r, p, 2, m, flags) == 0 && m[0].rm_eo > 0) {
		size_t need = len + (size_t)m[0].rm_so + strlen(rep) + (size_t)(m[1].rm_eo - m[1].rm_so) + 1;
		if (need > cap)
			out = realloc(out, cap = need * 2);
		memcpy(out + len, p, (size_t)m[0].rm_so);
		len += (size_t)m[0].rm_so;
		for (const char *q = rep; *q; q++) {
			if (q[0] == '\\' && q[1] == '1') {
				if (m[1].rm_so >= 0) {
					memcpy(out + len, p + m[1].rm_so, (size_t)(m[1].rm_eo - m[1].rm_so));
					len += (size_t)(m[1].rm_eo - m[1].rm_so);
				}
				q++;
			} else {
				out[len++] = *q;
			}
		}
		p += m[0].rm_eo;
		flags = REG_NOTBOL;
	}
	size_t rest = strlen(p);
	if (len + rest + 1 > cap)
		out = realloc(out, len + rest + 1);
	memcpy(out + len, p, rest + 1);
	free(*s);
	*s = out;
	regfree(&r);
}

static char *xstrdup(const char *s)
{
	char *p = strdup(s);
	cr_assert_not_null(p);
	return p;
}

struct proc {
	char pid[16];
	char label[40];
	int children;
	struct lines body, sigs;
	char *pending; /* an unfinished line waiting for its resumed half */
};

static int by_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static struct proc *proc_of(struct proc *procs, size_t *n, const char *pid)
{
	for (size_t i = 0; i < *n; i++)
		if (!strcmp(procs[i].pid, pid))
			return &procs[i];
	cr_assert_lt(*n, 64);
	struct proc *p = &procs[(*n)++];
	snprintf(p->pid, sizeof p->pid, "%.15s", pid);
	if (*n == 1)
		snprintf(p->label, sizeof p->label, "P1");
	return p;
}

/* strace-compare's naming: the k-th task Px creates (a successful
 * clone/clone3/fork/vfork) is Px.k, whatever order the lines come in. */
static void name_children(struct proc *procs, size_t *n, struct proc *p, const char *line)
{
	static const char *const creators[] = { "clone(", "clone3(", "fork(", "vfork(" };
	int creates = 0;
	for (size_t i = 0; i < 4; i++)
		creates |= !strncmp(line, creators[i], strlen(creators[i]));
	const char *eq = strrchr(line, '=');
	if (!creates || !eq || eq[1] != ' ' || eq[2] < '1' || eq[2] > '9')
		return;
	char pid[16];
	snprintf(pid, sizeof pid, "%.15s", eq + 2);
	struct proc *c = proc_of(procs, n, pid);
	snprintf(c->label, sizeof c->label, "%.20s.%d", p->label, ++p->children);
}

/* Normalises one strace -f output into the text compared. */
static char *normalise(char *text, const struct golden *g)
{
	struct proc procs[64];
	size_t nprocs = 0;
	memset(procs, 0, sizeof procs);
	for (char *save, *l = strtok_r(text, "\n", &save); l; l = strtok_r(NULL, "\n", &save)) {
		char pid[16];
		size_t k = 0;
		while (l[k] >= '0' && l[k] <= '9' && k < sizeof pid - 1) {
			pid[k] = l[k];
			k++;
		}
		pid[k] = '\0';
		while (l[k] == ' ')
			k++;
		struct proc *p = proc_of(procs, &nprocs, pid);
		char *line = xstrdup(l + k);
		const char *uf = strstr(line, " <unfinished ...>");
		if (uf && uf[17] == '\0') { /* the first half */
			line[uf - line] = '\0';
			p->pending = line;
			continue;
		}
		if (!strncmp(line, "<... ", 5) && p->pending) {
			const char *r = strstr(line, " resumed>");
			char *joined = NULL;
			if (asprintf(&joined, "%s%s", p->pending, r ? r + 9 : line) < 0)
				abort();
			free(p->pending);
			free(line);
			p->pending = NULL;
			line = joined;
		}
		subst(&line, " +(= )", " \\1");
		name_children(procs, &nprocs, p, line);
		push(line[0] == '-' ? &p->sigs : &p->body, line);
	}
	/* Groups in label order, so the order processes print in does not matter. */
	struct proc *order[64];
	for (size_t i = 0; i < nprocs; i++) {
		order[i] = &procs[i];
		if (!procs[i].label[0])
			snprintf(procs[i].label, sizeof procs[i].label, "P?%.15s", procs[i].pid);
	}
	for (size_t i = 1; i < nprocs; i++)
		for (size_t j = i; j > 0 && strcmp(order[j - 1]->label, order[j]->label) > 0; j--) {
			struct proc *t = order[j];
			order[j] = order[j - 1];
			order[j - 1] = t;
		}
	char *all = xstrdup("");
	for (size_t i = 0; i < nprocs; i++) {
		struct proc *p = order[i];
		if (p->pending)
			push(&p->body, p->pending);
		size_t from = 0;
		if (p == &procs[0] && g->marker) {
			while (from < p->body.n && !strstr(p->body.v[from], g->marker))
				from++;
			cr_assert_lt(from, p->body.n, "marker %s not found", g->marker);
		}
		if (p->sigs.n)
			qsort(p->sigs.v, p->sigs.n, sizeof *p->sigs.v, by_str);
		char *grp = NULL;
		if (asprintf(&grp, "%s== %s\n", all, p->label) < 0)
			abort();
		free(all);
		all = grp;
		for (size_t j = from; j < p->body.n + p->sigs.n; j++) {
			char *l = j < p->body.n ? p->body.v[j] : p->sigs.v[j - p->body.n];
			if (asprintf(&grp, "%s%s\n", all, l) < 0)
				abort();
			free(all);
			all = grp;
		}
	}
	/* Pids anywhere in the text (returns, si_pid ...), as whole numbers. */
	for (size_t i = 0; i < nprocs; i++) {
		char re[64];
		if (!procs[i].pid[0])
			continue;
		snprintf(re, sizeof re, "\\b%.15s\\b", procs[i].pid);
		subst(&all, re, procs[i].label);
	}
	subst(&all, tmpdir, "TMP");
	subst(&all, env_or("PROGS", "/nonexistent"), "PROGS");
	subst(&all, "0x[0-9a-f]{5,}", "0xADDR");
	subst(&all, "(tv_sec|tv_nsec|tv_usec)=[0-9]+", "\\1=N");
	subst(&all, "htons\\([0-9]+\\)", "htons(N)");
	subst(&all, "getrandom\\(\"[^\"]*\"", "getrandom(\"*\"");
	subst(&all, "si_uid=[0-9]+", "si_uid=UID");
	subst(&all, "getppid\\(\\) = [0-9]+", "getppid() = PPID");
	subst(&all, "/\\* [0-9]+ vars \\*/", "/* N vars */");
	subst(&all, "(rt_sigreturn\\([^\n]*\\)) = [^\n]*", "\\1 = *");
	for (size_t i = 0; i < nprocs; i++) {
		for (size_t j = 0; j < procs[i].body.n; j++)
			free(procs[i].body.v[j]);
		for (size_t j = 0; j < procs[i].sigs.n; j++)
			free(procs[i].sigs.v[j]);
		free(procs[i].body.v);
		free(procs[i].sigs.v);
	}
	return all;
}

/* ---- The runs ---------------------------------------------------------------- */

static void prog_argv(const struct golden *g, char **argv, size_t at)
{
	static char progpath[512], echo[] = "./echoargs";
	snprintf(progpath, sizeof progpath, "%s/%s", env_or("PROGS", "."), g->name);
	argv[at++] = progpath;
	for (size_t i = 0; i < 3 && g->args[i]; i++) {
		if (!strcmp(g->args[i], "TMP"))
			argv[at++] = tmpdir;
		else if (!strcmp(g->args[i], "ECHO"))
			argv[at++] = echo;
		else
			argv[at++] = (char *)g->args[i];
	}
	argv[at] = NULL;
}

static char *printed_by_rtrace(const struct golden *g, const char *trace, const char *out)
{
	char *rtrace = (char *)env_or("RTRACE", "rtrace");
	char *argv[16] = { rtrace, "record", "-o", (char *)trace, "--" };
	prog_argv(g, argv, 5);
	int st = run(argv);
	cr_assert(WIFEXITED(st), "rtrace record died");
	char expr[128];
	snprintf(expr, sizeof expr, "trace=%s", g->filter ? g->filter : "all");
	char *show[] = { rtrace, "show", "-e", expr, "-o", (char *)out, (char *)trace, NULL };
	st = run(show);
	cr_assert(WIFEXITED(st) && WEXITSTATUS(st) == 0, "rtrace show failed");
	return tb_slurp(out);
}

static char *printed_by_strace(const struct golden *g, const char *out)
{
	char expr[128];
	snprintf(expr, sizeof expr, "trace=%s", g->filter ? g->filter : "all");
	char *argv[16] = { "/usr/bin/strace", "-f", "-e", expr, "-o", (char *)out, "--" };
	prog_argv(g, argv, 7);
	int st = run(argv);
	cr_assert(WIFEXITED(st), "strace died");
	return tb_slurp(out);
}

static void check(const struct golden *g)
{
	snprintf(tmpdir, sizeof tmpdir, "%s/rtrace-golden-%d", env_or("TMPDIR", "/tmp"), (int)getpid());
	mkdir(tmpdir, 0700);
	char trace[300], out[300], gold[512];
	snprintf(trace, sizeof trace, "%s/t.trace", tmpdir);
	snprintf(out, sizeof out, "%s/out.txt", tmpdir);
	snprintf(gold, sizeof gold, "%s/%s.txt", env_or("GOLDEN", "golden"), g->name);
	int regen = getenv("RTRACE_GOLDEN_REGEN") != NULL;
	char *raw = regen ? printed_by_strace(g, out) : printed_by_rtrace(g, trace, out);
	cr_assert_not_null(raw);
	char *got = normalise(raw, g);
	if (regen) {
		FILE *f = fopen(gold, "w");
		cr_assert_not_null(f, "cannot write %s", gold);
		fputs(got, f);
		fclose(f);
	} else {
		char *want = tb_slurp(gold);
		cr_assert_not_null(want, "no golden file %s", gold);
		cr_expect_str_eq(got, want, "%s differs from %s:\n%s", g->name, gold, got);
		free(want);
	}
	free(got);
	free(raw);
	unlink(trace);
	unlink(out);
	char cleanup[600];
	snprintf(cleanup, sizeof cleanup, "%s/files-renamed.txt", tmpdir);
	unlink(cleanup);
	rmdir(tmpdir);
}

#define COMMA_DISABLED , .disabled = true
#define GOLDEN(name_, marker_, filter_, ...) GOLDEN_X(name_, marker_, filter_, , __VA_ARGS__)
#define GOLDEN_X(name_, marker_, filter_, attrs_, ...)                              \
	Test(show_golden, name_ attrs_)                                             \
	{                                                                           \
		static const struct golden g = { #name_, marker_, filter_, { __VA_ARGS__ } }; \
		check(&g);                                                          \
	}

GOLDEN(files, "files-data.txt", NULL, "TMP")
GOLDEN(pipes, "pipe2(", NULL, NULL)
GOLDEN(memory, "brk(0x", NULL, NULL)
GOLDEN(procs, "clone(", NULL, "ECHO")
GOLDEN(threads, "clone3(", "!futex", "2", "3")
GOLDEN(signals, "rt_sigaction(SIGUSR1", NULL, NULL)
GOLDEN(sockets, "socket(AF_INET", NULL, NULL)
GOLDEN(timeprog, "clock_gettime(", NULL, NULL)

/*
 * test_show_json — `rtrace show --json` on real recordings.
 *
 * test_json_probe is recorded with `rtrace record` and printed with `rtrace
 * show --json`; every line must be one valid JSON object (checked by a
 * strict parser, duplicate keys refused) and the arguments of the probe's
 * calls must have the types the README's schema promises: flag sets as
 * lists of names, numbers as numbers (hex included), enum names as strings,
 * structs as objects, buffers as strings, addresses as "0x..." strings, a
 * value the call changed as [before, after], strace's notes after the
 * return value as the "ret_note" object. The decoder probe's families and
 * the programs of tests/progs are printed too, and every line must parse
 * and carry no flag set written as one string.
 */
#include <criterion/criterion.h>
#include <dirent.h>
#include <fcntl.h>
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "jparse.h"

/* ---- running the recorder and the printer -------------------------------- */

static const char *env(const char *name)
{
	const char *v = getenv(name);
	cr_assert(v && *v, "%s must be set", name);
	return v;
}

/* Runs ARGV in DIR (NULL: here); returns its stdout (malloc'ed). */
static char *run(char *const argv[], const char *dir, int *status)
{
	int pfd[2];
	cr_assert_eq(pipe(pfd), 0);
	pid_t pid = fork();
	cr_assert(pid >= 0);
	if (pid == 0) {
		dup2(pfd[1], 1);
		close(pfd[0]);
		close(pfd[1]);
		int null = open("/dev/null", O_RDWR);
		dup2(null, 0);
		dup2(null, 2);
		syscall(SYS_close_range, 3u, ~0u, 0u);
		if (dir && chdir(dir) < 0)
			_exit(126);
		execv(argv[0], argv);
		_exit(127);
	}
	close(pfd[1]);
	size_t len = 0, cap = 65536;
	char *out = malloc(cap);
	ssize_t n;
	while ((n = read(pfd[0], out + len, cap - len - 1)) > 0) {
		len += (size_t)n;
		if (cap - len < 4096)
			out = realloc(out, cap *= 2);
	}
	out[len] = '\0';
	close(pfd[0]);
	waitpid(pid, status, 0);
	return out;
}

static void remove_dir(const char *dir)
{
	DIR *d = opendir(dir);
	if (d) {
		struct dirent *e;
		while ((e = readdir(d)))
			if (strcmp(e->d_name, ".") && strcmp(e->d_name, ".."))
				unlinkat(dirfd(d), e->d_name, 0);
		closedir(d);
	}
	rmdir(dir);
}

/* Records ARGV (run in DIR) and returns `rtrace show --json` of it. */
static char *record_json(char *const argv[], const char *dir)
{
	const char *rtrace = env("RTRACE");
	char tdir[] = "/tmp/rtrace-json-t-XXXXXX";
	cr_assert_not_null(mkdtemp(tdir));
	char trace[sizeof(tdir) + 16];
	snprintf(trace, sizeof trace, "%s/t.trace", tdir);
	char *rec[16] = { (char *)rtrace, "record", "-o", trace, "--" };
	size_t k = 5;
	for (size_t i = 0; argv[i] && k < 15; i++)
		rec[k++] = argv[i];
	rec[k] = NULL;
	int status;
	free(run(rec, dir, &status));
	cr_assert(WIFEXITED(status), "rtrace record of %s: %#x", argv[0], status);
	char *show[] = { (char *)rtrace, "show", "--json", trace, NULL };
	char *out = run(show, NULL, &status);
	cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0, "rtrace show --json failed");
	unlink(trace);
	rmdir(tdir);
	return out;
}

/* ---- the lines --------------------------------------------------------------- */

#define MAX_LINES 20000

struct lines {
	struct jv *v[MAX_LINES];
	size_t n;
};

/* Parses every line of OUT; each must be a JSON object with a "type". */
static void parse_lines(char *out, struct lines *ls, const char *what)
{
	ls->n = 0;
	for (char *save = NULL, *l = strtok_r(out, "\n", &save); l; l = strtok_r(NULL, "\n", &save)) {
		const char *err = NULL;
		size_t at = 0;
		struct jv *v = jv_parse(l, &err, &at);
		cr_assert_not_null(v, "%s: invalid JSON (%s at byte %zu): %s", what, err, at, l);
		cr_assert_eq(v->type, JV_OBJ, "%s: not an object: %s", what, l);
		cr_assert_eq(jv_get(v, "type") ? jv_get(v, "type")->type : JV_NULL, JV_STR, "%s: %s", what, l);
		cr_assert_lt(ls->n, MAX_LINES);
		ls->v[ls->n++] = v;
	}
	cr_assert_gt(ls->n, 0, "%s: no output", what);
}

static void free_lines(struct lines *ls)
{
	for (size_t i = 0; i < ls->n; i++)
		jv_free(ls->v[i]);
	ls->n = 0;
}

static int str_is(const struct jv *v, const char *s)
{
	return v && v->type == JV_STR && !strcmp(v->str, s);
}

/* Argument I of syscall line V is the string or number MATCH. */
static int arg_is(const struct jv *v, int i, const char *match)
{
	const struct jv *a = jv_at(jv_get(v, "args"), (size_t)i);
	char num[32];
	if (a && a->type == JV_NUM)
		snprintf(num, sizeof num, "%.0f", a->num);
	return a && ((a->type == JV_STR && !strcmp(a->str, match)) ||
		     (a->type == JV_NUM && !strcmp(num, match)));
}

/* The first syscall line named NAME whose argument ARG is the string or
 * number MATCH (NULL: any) and, when MATCH2 is not NULL, argument ARG2 MATCH2. */
static const struct jv *call2(const struct lines *ls, const char *name, int arg, const char *match,
			      int arg2, const char *match2)
{
	for (size_t i = 0; i < ls->n; i++) {
		const struct jv *v = ls->v[i];
		if (!str_is(jv_get(v, "type"), "syscall") || !str_is(jv_get(v, "name"), name))
			continue;
		if ((!match || arg_is(v, arg, match)) && (!match2 || arg_is(v, arg2, match2)))
			return v;
	}
	cr_assert_fail("no %s call with args[%d] = %s", name, arg, match ? match : "*");
	return NULL;
}

static const struct jv *call(const struct lines *ls, const char *name, int arg, const char *match)
{
	return call2(ls, name, arg, match, 0, NULL);
}

static const struct jv *arg(const struct jv *c, size_t i)
{
	return jv_at(jv_get(c, "args"), i);
}

#define TYPE(v, t) cr_assert_str_eq(jv_type_name(v), t, "%s:%d", __FILE__, __LINE__)
#define NUM(v, n) do { TYPE(v, "number"); cr_assert_eq((v)->num, (double)(n)); } while (0)
#define STR(v, s) do { TYPE(v, "string"); cr_assert_str_eq((v)->str, s); } while (0)

/* V is a list of names holding NAME. */
static void has_name(const struct jv *v, const char *name)
{
	TYPE(v, "array");
	for (size_t i = 0; i < v->len; i++) {
		TYPE(v->items[i], "string");
		if (!strcmp(v->items[i]->str, name))
			return;
	}
	cr_assert_fail("%s is not in the list", name);
}

/* V is exactly the list of names given (NULL-terminated). */
static void names_are(const struct jv *v, const char *const *names)
{
	TYPE(v, "array");
	size_t n = 0;
	while (names[n])
		n++;
	cr_assert_eq(v->len, n, "%zu names, not %zu", v->len, n);
	for (size_t i = 0; i < n; i++)
		STR(v->items[i], names[i]);
}
#define NAMES(v, ...) names_are(v, (const char *const[]){ __VA_ARGS__, NULL })

static int is_addr(const struct jv *v)
{
	return v && v->type == JV_STR && !strncmp(v->str, "0x", 2) && v->str[2];
}

/* ---- the probe ---------------------------------------------------------------- */

static struct lines probe;
static char probe_dir[] = "/tmp/rtrace-json-XXXXXX";

static void record_probe(void)
{
	cr_assert_not_null(mkdtemp(probe_dir));
	char *argv[] = { (char *)env("JSON_PROBE"), probe_dir, NULL };
	char *out = record_json(argv, NULL);
	parse_lines(out, &probe, "json probe");
	free(out);
}

static void free_probe(void)
{
	free_lines(&probe);
	remove_dir(probe_dir);
}

TestSuite(json, .init = record_probe, .fini = free_probe, .timeout = 60);

Test(json, openat_flags_are_a_list_and_its_mode_an_octal_string)
{
	const struct jv *c = call(&probe, "openat", 1, "f");
	STR(arg(c, 0), "AT_FDCWD");
	NAMES(arg(c, 2), "O_RDWR", "O_CREAT", "O_TRUNC", "O_CLOEXEC");
	STR(arg(c, 3), "0640");
	TYPE(jv_get(c, "retval"), "number");
	STR(jv_get(c, "status"), "ok");
}

Test(json, mmap_prot_and_flags_are_lists_and_its_offset_a_number)
{
	const struct jv *c = call2(&probe, "mmap", 4, "-1", 1, "4096");
	TYPE(arg(c, 0), "null");
	NUM(arg(c, 1), 4096);
	NAMES(arg(c, 2), "PROT_READ", "PROT_WRITE");
	NAMES(arg(c, 3), "MAP_PRIVATE", "MAP_ANONYMOUS");
	NUM(arg(c, 5), 0);
	cr_assert(is_addr(jv_get(c, "retval")), "mmap's retval is an address string");
	c = call(&probe, "mmap", 5, "4096"); /* strace prints it as 0x1000 */
	NAMES(arg(c, 3), "MAP_SHARED");
}

Test(json, stat_structs_are_objects_with_typed_fields)
{
	const struct jv *c = call(&probe, "fstat", 0, NULL);
	const struct jv *st = arg(c, 1);
	TYPE(st, "object");
	NAMES(jv_get(st, "st_mode"), "S_IFREG", "0640");
	NUM(jv_get(st, "st_size"), 5);
	cr_assert(jv_get(st, "...") && jv_get(st, "...")->boolean, "the abbreviation is \"...\":true");
	c = call(&probe, "newfstatat", 1, "f");
	st = arg(c, 2);
	NAMES(jv_get(st, "st_mode"), "S_IFREG", "0640");
	NUM(jv_get(st, "st_size"), 5);
	TYPE(arg(c, 3), "array"); /* flags 0: no flag */
	cr_assert_eq(arg(c, 3)->len, 0);
}

Test(json, read_buffer_is_a_string_and_counts_are_numbers)
{
	const struct jv *c = call(&probe, "read", 1, "hello");
	NUM(arg(c, 0), 3);
	NUM(arg(c, 2), 5);
	NUM(jv_get(c, "retval"), 5);
	NUM(jv_get(c, "ret"), 5);
}

Test(json, fcntl_getfl_note_holds_the_flags)
{
	const struct jv *c = call(&probe, "fcntl", 1, "F_GETFL");
	TYPE(jv_get(c, "retval"), "number");
	const struct jv *note = jv_get(c, "ret_note");
	TYPE(note, "object");
	has_name(jv_get(note, "flags"), "O_RDWR");
}

Test(json, sendfile_offset_is_a_before_after_pair)
{
	const struct jv *c = call(&probe, "sendfile", 0, NULL);
	const struct jv *off = arg(c, 2);
	TYPE(off, "array");
	cr_assert_eq(off->len, 2);
	NUM(jv_at(jv_at(off, 0), 0), 1);
	NUM(jv_at(jv_at(off, 1), 0), 4);
	NUM(arg(c, 3), 3);
}

Test(json, rt_sigaction_is_an_object_with_a_signal_list)
{
	const struct jv *c = call(&probe, "rt_sigaction", 0, "SIGUSR1");
	const struct jv *sa = arg(c, 1);
	TYPE(sa, "object");
	cr_assert(is_addr(jv_get(sa, "sa_handler")));
	NAMES(jv_get(sa, "sa_mask"), "SIGINT");
	has_name(jv_get(sa, "sa_flags"), "SA_RESTART");
	has_name(jv_get(sa, "sa_flags"), "SA_RESTORER");
	cr_assert(is_addr(jv_get(sa, "sa_restorer")));
	TYPE(arg(c, 2), "null");
	NUM(arg(c, 3), 8);
}

Test(json, rt_sigprocmask_sets_are_lists_of_signals)
{
	const struct jv *c = call(&probe, "rt_sigprocmask", 0, "SIG_BLOCK");
	NAMES(arg(c, 1), "SIGUSR2");
	TYPE(arg(c, 2), "array");
	NUM(arg(c, 3), 8);
}

Test(json, clone3_args_are_an_object_then_what_the_kernel_stored)
{
	const struct jv *c = call(&probe, "clone3", 0, NULL);
	const struct jv *a = arg(c, 0);
	/* {flags=CLONE_PARENT_SETTID, ...} => {parent_tid=[N]} */
	TYPE(a, "array");
	cr_assert_eq(a->len, 2);
	const struct jv *in = jv_at(a, 0);
	TYPE(in, "object");
	NAMES(jv_get(in, "flags"), "CLONE_PARENT_SETTID");
	STR(jv_get(in, "exit_signal"), "SIGCHLD");
	cr_assert(is_addr(jv_get(in, "parent_tid")));
	const struct jv *tid = jv_get(jv_at(a, 1), "parent_tid");
	TYPE(jv_at(tid, 0), "number");
	cr_assert_eq(jv_at(tid, 0)->num, jv_get(c, "retval")->num, "the stored tid is the child's");
	NUM(arg(c, 1), 88);
}

Test(json, pselect6_sigmask_is_an_object_and_timeout_a_note)
{
	const struct jv *c = call(&probe, "pselect6", 0, "0");
	TYPE(arg(c, 1), "null");
	TYPE(arg(c, 4), "object");
	const struct jv *sm = arg(c, 5);
	TYPE(sm, "object");
	NAMES(jv_get(sm, "sigmask"), "SIGINT");
	NUM(jv_get(sm, "sigsetsize"), 8);
	cr_assert(jv_get(jv_get(c, "ret_note"), "timeout")->boolean);
}

Test(json, poll_note_lists_the_ready_fds)
{
	const struct jv *c = call(&probe, "poll", 1, "2");
	const struct jv *fds = arg(c, 0);
	TYPE(fds, "array");
	cr_assert_eq(fds->len, 2);
	TYPE(jv_get(jv_at(fds, 0), "fd"), "number");
	NAMES(jv_get(jv_at(fds, 0), "events"), "POLLIN");
	const struct jv *ready = jv_get(jv_get(c, "ret_note"), "fds");
	TYPE(ready, "array");
	cr_assert_eq(ready->len, 2);
	NAMES(jv_get(jv_at(ready, 1), "revents"), "POLLOUT");
}

Test(json, sockets_enums_flags_and_addresses)
{
	const struct jv *c = call(&probe, "socket", 0, "AF_INET");
	NAMES(arg(c, 1), "SOCK_STREAM", "SOCK_CLOEXEC");
	STR(arg(c, 2), "IPPROTO_TCP");
	c = call(&probe, "bind", 0, NULL);
	const struct jv *sa = arg(c, 1);
	STR(jv_get(sa, "sa_family"), "AF_INET");
	NUM(jv_get(sa, "sin_port"), 0);
	STR(jv_get(sa, "sin_addr"), "127.0.0.1");
	NUM(arg(c, 2), 16);
	c = call(&probe, "getsockname", 0, NULL);
	const struct jv *len = jv_at(arg(c, 2), 0); /* [28 => 16] */
	TYPE(len, "array");
	NUM(jv_at(len, 0), 28);
	NUM(jv_at(len, 1), 16);
}

Test(json, process_calls_have_typed_args)
{
	const struct jv *c = call(&probe, "prlimit64", 1, "RLIMIT_NOFILE");
	NUM(arg(c, 0), 0);
	TYPE(arg(c, 2), "null");
	TYPE(jv_get(arg(c, 3), "rlim_cur"), "number");
	c = call(&probe, "sched_getaffinity", 0, NULL);
	const struct jv *cpus = arg(c, 2);
	TYPE(cpus, "array");
	cr_assert_gt(cpus->len, 0);
	TYPE(jv_at(cpus, 0), "number");
	c = call(&probe, "getrandom", 0, NULL);
	TYPE(arg(c, 0), "string");
	cr_assert_eq(arg(c, 0)->len, 4);
	NAMES(arg(c, 2), "GRND_NONBLOCK");
	c = call(&probe, "wait4", 0, NULL);
	TYPE(arg(c, 1), "array");
}

/* ---- every line of wider recordings -------------------------------------------- */

/* No string in V looks like a flag set printed as one string ("A_B|C_D"). */
static void no_flag_strings(const struct jv *v, const struct jv *line)
{
	static regex_t re;
	static int init;
	if (!init) {
		cr_assert_eq(regcomp(&re, "^[A-Z][A-Z0-9_]*_[A-Z0-9_]*(\\|[A-Z0-9_]+)+$", REG_EXTENDED | REG_NOSUB), 0);
		init = 1;
	}
	if (v->type == JV_STR) {
		cr_assert(regexec(&re, v->str, 0, NULL, 0) != 0, "a flag set as a string (%s) in %s call",
			  v->str, jv_get(line, "name") ? jv_get(line, "name")->str : "a");
		return;
	}
	if (v->type == JV_ARR || v->type == JV_OBJ)
		for (size_t i = 0; i < v->len; i++)
			no_flag_strings(v->items[i], line);
}

static void check_all(char *out, const char *what)
{
	struct lines *ls = malloc(sizeof *ls);
	parse_lines(out, ls, what);
	size_t calls = 0;
	for (size_t i = 0; i < ls->n; i++) {
		const struct jv *v = ls->v[i];
		if (!str_is(jv_get(v, "type"), "syscall"))
			continue;
		calls++;
		TYPE(jv_get(v, "args"), "array");
		no_flag_strings(jv_get(v, "args"), v);
		if (jv_get(v, "ret_note"))
			no_flag_strings(jv_get(v, "ret_note"), v);
		if (jv_get(v, "retval"))
			no_flag_strings(jv_get(v, "retval"), v);
	}
	cr_assert_gt(calls, 5, "%s: %zu calls", what, calls);
	free_lines(ls);
	free(ls);
}

Test(json_wide, every_line_of_the_decoder_probes_parses, .timeout = 120)
{
	static const char *const families[] = { "file", "desc", "mem", "proc", "signal",
						"time", "net", "ipc", "misc" };
	for (size_t f = 0; f < sizeof families / sizeof families[0]; f++) {
		char dir[] = "/tmp/rtrace-json-d-XXXXXX";
		cr_assert_not_null(mkdtemp(dir));
		char *argv[] = { (char *)env("DECODE_PROBE"), (char *)families[f], dir, NULL };
		char *out = record_json(argv, NULL);
		check_all(out, families[f]);
		free(out);
		remove_dir(dir);
	}
}

Test(json_wide, every_line_of_the_test_programs_parses, .timeout = 120)
{
	/* the programs and their arguments as test_show_golden runs them (DIR:
	 * a scratch folder; they run in tests/progs, so ./echoargs is found) */
	static const struct { const char *name, *args[3]; } progs[] = {
		{ "files", { "DIR" } }, { "pipes", { 0 } }, { "memory", { 0 } },
		{ "procs", { "./echoargs" } }, { "threads", { "2", "3" } }, { "signals", { 0 } },
		{ "sockets", { 0 } }, { "timeprog", { 0 } },
	};
	for (size_t i = 0; i < sizeof progs / sizeof progs[0]; i++) {
		char path[1024];
		snprintf(path, sizeof path, "%s/%s", env("PROGS"), progs[i].name);
		char dir[] = "/tmp/rtrace-json-p-XXXXXX";
		cr_assert_not_null(mkdtemp(dir));
		char *argv[5] = { path };
		for (size_t k = 0; k < 3 && progs[i].args[k]; k++)
			argv[k + 1] = strcmp(progs[i].args[k], "DIR") ? (char *)progs[i].args[k] : dir;
		char *out = record_json(argv, env("PROGS"));
		check_all(out, progs[i].name);
		free(out);
		remove_dir(dir);
	}
}

Test(json_wide, the_parser_refuses_what_is_not_json)
{
	static const char *const bad[] = { "{\"a\":1,}", "[1,2", "{\"a\":1,\"a\":2}", "\"\x01\"",
					   "[01]", "[1.]", "{a:1}", "\"\\x41\"", "[1] x", "" };
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		const char *err;
		size_t at;
		struct jv *v = jv_parse(bad[i], &err, &at);
		cr_assert_null(v, "accepted %s", bad[i]);
	}
	const char *err;
	size_t at;
	struct jv *v = jv_parse("{\"a\":[1,-2.5e3,\"\\u00ff\",true,null],\"b\":{}}", &err, &at);
	cr_assert_not_null(v);
	cr_assert_eq(jv_at(jv_get(v, "a"), 1)->num, -2500.0);
	cr_assert_eq((unsigned char)jv_at(jv_get(v, "a"), 2)->str[0], 0xff);
	jv_free(v);
}

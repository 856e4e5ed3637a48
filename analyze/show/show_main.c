/* show_main — the `rtrace show` command line: strace's presentation and
 * filter options over a trace file. Every error is one line on stderr and
 * exit status 1; the output file is created only once the trace opened. */
#include "show.h"
#include "replay.h"
#include "syscall_table.h"
#include "xlat.h"

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

static const char usage_text[] =
"usage: rtrace show [OPTIONS] TRACE\n"
"Prints TRACE (written by `rtrace record`; - for stdin) as `strace -f -o FILE`\n"
"would have printed the same run: pid column, decoded arguments, ` = ` at\n"
"column 40, <unfinished ...>/<... resumed> where strace breaks lines.\n"
"\n"
"  -o FILE        write to FILE instead of standard output\n"
"  -s N           print at most N bytes of each string (default 32)\n"
"  -a COLUMN      align return values at COLUMN (default 40)\n"
"  -t, -tt, -ttt  prefix each line with the wall-clock time (seconds,\n"
"                 microseconds, since the epoch)\n"
"  -r             prefix each line with the time since the previous line\n"
"  -T             show the time spent in each syscall (entry to exit)\n"
"  -y, -yy        print the paths of file descriptors (from the replayed fd table:\n"
"                 the path as opened, made absolute). strace prints the kernel's\n"
"                 name, symlinks resolved (/usr/lib/... for /lib/...): when the\n"
"                 trace was recorded on this host since its last boot (same\n"
"                 hostname and boot id), paths are resolved the same way against\n"
"                 this host's files as they are now (not under /proc and /dev)\n"
"  --real-paths   resolve -y's paths against this host's files in any case\n"
"  --lexical-paths  never resolve them: print them as the program named them\n"
"  -x, -xx        print non-ASCII strings (-x) or all strings (-xx) in hex\n"
"  -v             print structures unabbreviated\n"
"  -e trace=SET   only these syscalls: names, %file %process %network %signal\n"
"                 %ipc %desc %memory %creds %clock %stat %lstat %fstat ...,\n"
"                 /REGEX, all, none, a leading ! negates\n"
"  -e status=SET  only calls that ended so: successful, failed, unfinished,\n"
"                 unavailable, detached, all, none (! negates)\n"
"  -e signal=SET  only these signals (names or numbers, ! negates)\n"
"  -z, -Z         only successful (-z) or failed (-Z) calls\n"
"  -p PID         only process PID and its descendants (repeatable)\n"
"  -c             print only a summary table: calls, errors and time per syscall\n"
"  -C             print the lines and the summary table\n"
"  -S SORTBY      sort the summary by time (default), calls, errors, name, nothing\n"
"  -w             accepted for strace compatibility: summary times are always\n"
"                 wall-clock, measured between each call's entry and exit stops\n"
"  -f, -ff, -q    accepted for strace compatibility (processes are always followed)\n"
"  --json         one JSON object per line for each completed syscall and each\n"
"                 process event (schema below)\n"
"  -h, --help     this text\n"
"\n"
"JSON lines (--json), keys in this order:\n"
"  syscall: {\"type\":\"syscall\",\"pid\":P,\"tid\":T,\"name\":\"openat\",\"nr\":257,\n"
"            \"entry_ns\":N,\"exit_ns\":N,\"args\":[...],\"ret\":3,\"errno\":null,\n"
"            \"status\":\"ok\",\"retval\":3}\n"
"     args: numbers as numbers (those strace prints in hex too: mmap's offset);\n"
"           fds as numbers; NULL as null; addresses as \"0x...\" strings; octal\n"
"           modes as strings (\"0644\"); enum names (AT_FDCWD, SEEK_SET,\n"
"           SIGCHLD) as strings, an unnamed value as its number; flag sets as\n"
"           lists of names ([\"O_RDONLY\",\"O_CLOEXEC\"], no flag: [], a mode:\n"
"           [\"S_IFREG\",\"0644\"]); signal sets as lists of signal names;\n"
"           strings and buffers as strings (bytes above 0x7e as \\u0080-\\u00ff);\n"
"           structs as objects (abbreviated: \"...\":true); arrays as lists;\n"
"           strace's name=value arguments as {\"name\":value}; a value the call\n"
"           changed (`[28 => 16]`) as [before, after]; strace's comments dropped.\n"
"     ret: raw return value (-1 on error); errno: name on error, else null;\n"
"     status: \"ok\", \"failed\" or \"unfinished\" (then ret and errno are null);\n"
"     retval (ok only): the return value as decoded (\"0x7f...\" for mmap);\n"
"     ret_note (ok only, when strace annotates the return value): an object,\n"
"           e.g. {\"flags\":[\"O_RDWR\"]} for fcntl's `= 0x2 (flags O_RDWR)`,\n"
"           {\"timeout\":true}, {\"fds\":[...]} for poll, {\"in\":[3]} for select.\n"
"  signal:   {\"type\":\"signal\",\"pid\",\"tid\",\"t_ns\",\"signal\":\"SIGCHLD\",\n"
"            \"group_stop\":false,\"siginfo\":{\"si_signo\":\"SIGCHLD\",...}}\n"
"  exit:     {\"type\":\"exit\",\"pid\",\"tid\",\"t_ns\",\"status\":0,\"killed_by\":null,\n"
"            \"core_dumped\":false,\"group\":true}\n"
"  exec:     {\"type\":\"exec\",\"pid\",\"tid\",\"t_ns\",\"filename\":\"/bin/ls\",\n"
"            \"argv\":[\"ls\"],\"former_tid\":0}\n"
"  new_task: {\"type\":\"new_task\",\"pid\",\"tid\",\"t_ns\",\"parent_tid\",\"ppid\",\n"
"            \"clone_flags\",\"attached\"}\n"
"  Times are nanoseconds since the start of the recording.\n";

static int fail(const char *fmt, const char *a, const char *b)
{
	fputs("rtrace show: ", stderr);
	fprintf(stderr, fmt, a, b);
	fputc('\n', stderr);
	return 1;
}

static int parse_uint(const char *s, unsigned *ret)
{
	char *end;
	errno = 0;
	unsigned long v = strtoul(s, &end, 10);
	if (!*s || *end || errno || v > 1u << 30)
		return -EINVAL;
	*ret = (unsigned)v;
	return 0;
}

/* One element of -e status=. */
static unsigned status_bit(const char *s)
{
	static const struct { const char *name; unsigned bit; } names[] = {
		{ "successful", SHOW_ST_SUCCESSFUL }, { "failed", SHOW_ST_FAILED },
		{ "unfinished", SHOW_ST_UNFINISHED }, { "unavailable", SHOW_ST_UNAVAILABLE },
		{ "detached", SHOW_ST_DETACHED }, { "all", SHOW_ST_ALL }, { "none", 0 },
	};
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (!strcmp(s, names[i].name))
			return names[i].bit;
	return ~0u;
}

/* A signal by name (SIGCHLD, CHLD, chld) or number; 0 if none. */
static int signal_number(const char *s)
{
	unsigned n;
	if (parse_uint(s, &n) == 0)
		return n >= 1 && n <= 64 ? (int)n : 0;
	const char *bare = strncasecmp(s, "SIG", 3) ? s : s + 3;
	for (int sig = 1; sig <= 64; sig++) {
		char name[64];
		xlat_format_signame(name, sizeof name, sig);
		if (!strcasecmp(name, s) || !strcasecmp(name + 3, bare))
			return sig;
	}
	return 0;
}

/* Parses a comma-separated SET with a leading '!' and the words all/none,
 * each other element through ELEM into a 64-bit mask. */
static int parse_mask(const char *expr, uint64_t *ret, int (*elem)(const char *, uint64_t *),
		      char *bad, size_t badlen)
{
	int neg = expr[0] == '!';
	char *copy = strdup(expr + neg);
	if (!copy)
		return -ENOMEM;
	uint64_t m = 0;
	int rc = 0;
	for (char *save, *t = strtok_r(copy, ",", &save); t && !rc; t = strtok_r(NULL, ",", &save)) {
		if (!strcmp(t, "all"))
			m = ~(uint64_t)0;
		else if (strcmp(t, "none") && elem(t, &m) < 0) {
			snprintf(bad, badlen, "%s", t);
			rc = -EINVAL;
		}
	}
	free(copy);
	if (!rc)
		*ret = neg ? ~m : m;
	return rc;
}

static int signal_elem(const char *t, uint64_t *m)
{
	int sig = signal_number(t);
	if (!sig)
		return -EINVAL;
	*m |= (uint64_t)1 << (sig - 1);
	return 0;
}

static int status_elem(const char *t, uint64_t *m)
{
	unsigned b = status_bit(t);
	if (b == ~0u)
		return -EINVAL;
	*m |= b;
	return 0;
}

/* -e QUALIFIER=SET. */
static int parse_e(struct show_opts *o, const char *arg)
{
	const char *eq = strchr(arg, '=');
	size_t kl = eq ? (size_t)(eq - arg) : 0;
	const char *val = eq ? eq + 1 : arg;
	char bad[128];
	if (!eq || (kl == 5 && !strncmp(arg, "trace", 5)) || (kl == 1 && arg[0] == 't')) {
		char err[256] = "";
		if (syscall_table_parse_set(val, o->trace_set, SHOW_SET_WORDS, err, sizeof err) < 0)
			return fail("%s%s", err[0] ? err : "invalid -e trace= set", "");
		o->trace_all = 0;
		return 0;
	}
	if ((kl == 6 && !strncmp(arg, "signal", 6)) || (kl == 7 && !strncmp(arg, "signals", 7)) ||
	    (kl == 1 && arg[0] == 's')) {
		if (parse_mask(val, &o->signal_set, signal_elem, bad, sizeof bad) < 0)
			return fail("invalid signal '%s'%s", bad, "");
		o->signal_all = 0;
		return 0;
	}
	if (kl == 6 && !strncmp(arg, "status", 6)) {
		uint64_t m;
		if (parse_mask(val, &m, status_elem, bad, sizeof bad) < 0)
			return fail("invalid status '%s'%s", bad, "");
		o->status = (unsigned)m & SHOW_ST_ALL;
		return 0;
	}
	char q[64];
	snprintf(q, sizeof q, "%.*s", (int)kl, arg);
	return fail("-e %s=: qualifier not supported%s", q, "");
}

static int parse_sort(const char *s, int *ret)
{
	static const char *const names[] = {
		[SHOW_SORT_TIME] = "time", [SHOW_SORT_CALLS] = "calls",
		[SHOW_SORT_ERRORS] = "errors", [SHOW_SORT_NAME] = "name",
		[SHOW_SORT_NOTHING] = "nothing",
	};
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (!strcmp(s, names[i]) || (i == SHOW_SORT_NAME && !strcmp(s, "syscall")) ||
		    (i == SHOW_SORT_TIME && !strcmp(s, "time_total"))) {
			*ret = (int)i;
			return 0;
		}
	return -EINVAL;
}

struct cli {
	struct show_opts o;
	const char *output;
	uint32_t pids[256];
	size_t npids;
};

static int add_pids(struct cli *c, const char *arg)
{
	char *copy = strdup(arg);
	if (!copy)
		return -ENOMEM;
	int rc = 0;
	for (char *save, *t = strtok_r(copy, ", ", &save); t && !rc; t = strtok_r(NULL, ", ", &save)) {
		unsigned v;
		if (parse_uint(t, &v) < 0 || v == 0 || c->npids == sizeof c->pids / sizeof c->pids[0])
			rc = -EINVAL;
		else
			c->pids[c->npids++] = v;
	}
	free(copy);
	return rc;
}

/* Parses ARGV into C; returns the index of the trace argument, or -1 after
 * printing the error, or -2 for --help. */
static int parse_args(struct cli *c, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "json", no_argument, NULL, 'J' },
		{ "help", no_argument, NULL, 'h' },
		{ "output", required_argument, NULL, 'o' },
		{ "string-limit", required_argument, NULL, 's' },
		{ "summary-only", no_argument, NULL, 'c' },
		{ "summary", no_argument, NULL, 'C' },
		{ "real-paths", no_argument, NULL, 'R' },
		{ "lexical-paths", no_argument, NULL, 'L' },
		{ NULL, 0, NULL, 0 },
	};
	struct show_opts *o = &c->o;
	int ts = 0, opt;
	optind = 1;
	opterr = 0;
	while ((opt = getopt_long(argc, argv, "+o:s:a:trTye:zZp:xvcCS:wfqh", longopts, NULL)) != -1) {
		unsigned v;
		switch (opt) { /* one case per option letter: this is the option table */
		case 'o': c->output = optarg; break;
		case 's': if (parse_uint(optarg, &v) < 0) return fail("invalid -s '%s'%s", optarg, ""), -1;
			o->strsize = v; break;
		case 'a': if (parse_uint(optarg, &v) < 0) return fail("invalid -a '%s'%s", optarg, ""), -1;
			o->acolumn = v; break;
		case 't': ts++; break;
		case 'r': o->relative = 1; break;
		case 'T': o->syscall_times = 1; break;
		case 'y': o->yflag++; break;
		case 'x': o->xflag++; break;
		case 'v': o->verbose = 1; break;
		case 'e': if (parse_e(o, optarg)) return -1; break;
		case 'z': o->status = SHOW_ST_SUCCESSFUL; break;
		case 'Z': o->status = SHOW_ST_FAILED; break;
		case 'p': if (add_pids(c, optarg) < 0) return fail("invalid -p '%s'%s", optarg, ""), -1; break;
		case 'c': o->summary = 1; break;
		case 'C': o->summary = 2; break;
		case 'S': if (parse_sort(optarg, &o->sort) < 0) return fail("invalid -S '%s'%s", optarg, ""), -1; break;
		case 'w': case 'f': case 'q': break;
		case 'J': o->json = 1; break;
		case 'R': o->real_paths = 1; break;
		case 'L': o->real_paths = 0; break;
		case 'h': return -2;
		case ':':
			return fail("option '%s' needs an argument%s", argv[optind - 1], ""), -1;
		default: {
			char bad[3] = { '-', (char)optopt, 0 };
			return fail("unknown option '%s'%s (try --help)", optopt ? bad : argv[optind - 1], ""), -1;
		}
		}
	}
	o->tstamp = ts > 3 ? 3 : ts;
	o->xflag = o->xflag > 2 ? 2 : o->xflag;
	o->yflag = o->yflag > 2 ? 2 : o->yflag;
	o->pids = c->pids;
	o->npids = c->npids;
	if (optind >= argc)
		return fail("no trace file given%s%s (usage: rtrace show [OPTIONS] TRACE)", "", ""), -1;
	if (optind + 1 < argc)
		return fail("one trace file expected, got '%s' too%s", argv[optind + 1], ""), -1;
	return optind;
}

int show_main(int argc, char **argv)
{
	struct cli c;
	memset(&c, 0, sizeof c);
	show_opts_init(&c.o);
	int at = parse_args(&c, argc, argv);
	if (at == -2) {
		fputs(usage_text, stdout);
		return 0;
	}
	if (at < 0)
		return 1;
	const char *path = argv[at];
	replay *r;
	int rc = replay_open(path, &r);
	if (rc < 0)
		return fail("cannot read '%s': %s", path, trace_strerror(rc));
	int fd = STDOUT_FILENO;
	if (c.output) {
		fd = open(c.output, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
		if (fd < 0) {
			replay_free(r);
			return fail("cannot create '%s': %s", c.output, strerror(errno));
		}
	}
	const char *msg = NULL;
	rc = show_print(&c.o, r, fd, &msg);
	replay_free(r);
	if (fd != STDOUT_FILENO && close(fd) < 0 && rc == 0) {
		rc = -errno;
		msg = strerror(errno);
	}
	if (rc < 0)
		return fail("'%s': %s", path, msg ? msg : trace_strerror(rc));
	return 0;
}

void show_opts_init(struct show_opts *o)
{
	memset(o, 0, sizeof *o);
	o->strsize = 32;
	o->acolumn = 40;
	o->status = SHOW_ST_ALL;
	o->trace_all = 1;
	o->signal_all = 1;
	o->real_paths = -1;
}

/* record_cli — see record_cli.h for the contract. */
#include "record_cli.h"

#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include "recorder.h"

static const char usage[] =
	"usage: rtrace record [-o FILE] [-s BYTES] [-e trace=SET] [-p PID]... [--no-env]\n"
	"                     [--] CMD [ARGS...]\n"
	"\n"
	"Runs CMD (or attaches to each PID, every thread) and records every system\n"
	"call of every thread and child into a trace file, with the memory each call\n"
	"reads or writes.\n"
	"\n"
	"  -o FILE        write the trace to FILE (default " RECORDER_DEFAULT_OUTPUT ", mode 0600)\n"
	"  -s BYTES       keep up to BYTES of each data buffer (default 4096; 0 keeps none);\n"
	"                 paths, strings, argv and environment are always kept whole\n"
	"  -e trace=SET   record only the syscalls in SET (strace's syntax: names,\n"
	"                 %file, %process, %network, %signal, %desc, %memory, !SET);\n"
	"                 the others never stop (seccomp-bpf)\n"
	"  -p PID         attach to process PID (repeatable); SIGINT detaches\n"
	"  --no-env       do not record the environment in the trace metadata\n"
	"  -h, --help     show this help\n"
	"\n"
	"Exits with CMD's exit status, or dies of the signal that killed it.\n";

#define MAX_ATTACH 256

struct cli {
	struct recorder_opts opts;
	pid_t pids[MAX_ATTACH];
};

static int bad(const char *fmt, const char *arg)
{
	fputs("rtrace record: ", stderr);
	fprintf(stderr, fmt, arg);
	fputs(" (see rtrace record --help)\n", stderr);
	return 2;
}

static int parse_number(const char *s, unsigned long max, unsigned long *ret)
{
	if (!s || !*s || *s == '-' || *s == '+')
		return -1;
	char *end;
	errno = 0;
	unsigned long v = strtoul(s, &end, 10);
	if (errno || *end || v > max)
		return -1;
	*ret = v;
	return 0;
}

/* strace accepts "-e trace=SET" and "-e SET"; no other qualifier exists here. */
static int take_expr(struct cli *c, const char *arg)
{
	const char *eq = strchr(arg, '=');
	if (eq && strncmp(arg, "trace=", 6) != 0)
		return bad("only -e trace=SET is supported, not '%s'", arg);
	c->opts.trace_expr = arg;
	return 0;
}

static int parse(struct cli *c, int argc, char **argv, int *ret_ind)
{
	static const struct option longopts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ "no-env", no_argument, NULL, 'E' },
		{ NULL, 0, NULL, 0 },
	};
	unsigned long v;
	int opt;
	opterr = 0;
	optind = 1;
	while ((opt = getopt_long(argc, argv, "+ho:s:e:p:", longopts, NULL)) != -1) {
		int r = 0;
		switch (opt) {
		case 'h': fputs(usage, stdout); return 0;
		case 'E': c->opts.no_env = true; break;
		case 'o': c->opts.output = optarg; break;
		case 's':
			if (parse_number(optarg, UINT_MAX, &v) < 0)
				return bad("invalid -s value '%s'", optarg);
			c->opts.capture_bytes = (unsigned)v;
			break;
		case 'e': r = take_expr(c, optarg); break;
		case 'p':
			if (parse_number(optarg, INT_MAX, &v) < 0 || v == 0)
				return bad("invalid -p pid '%s'", optarg);
			if (c->opts.nattach == MAX_ATTACH)
				return bad("too many -p options%s", "");
			c->pids[c->opts.nattach++] = (pid_t)v;
			break;
		case ':': return bad("option '%s' needs an argument", argv[optind - 1]);
		default: return bad("unknown option '%s'", argv[optind - 1]);
		}
		if (r)
			return r;
	}
	c->opts.attach = c->pids;
	*ret_ind = optind;
	return -1;
}

static int report(int err, const struct recorder_result *res, const struct cli *c,
		  const char *cmd)
{
	const char *out = c->opts.output ? c->opts.output : RECORDER_DEFAULT_OUTPUT;
	switch (err) {
	case RECORDER_E_NOCMD:
		fputs("rtrace record: no command given (see rtrace record --help)\n", stderr);
		return 2;
	case RECORDER_E_NOTFOUND:
		fprintf(stderr, "rtrace: %s: command not found\n", cmd);
		return 127;
	case RECORDER_E_NOEXEC:
		fprintf(stderr, "rtrace: %s: %s\n", cmd,
			strerror(res->sys_errno ? res->sys_errno : EACCES));
		return 126;
	case RECORDER_E_OUTPUT:
		fprintf(stderr, "rtrace: cannot create '%s': %s\n", out, strerror(res->sys_errno));
		return 1;
	case RECORDER_E_FILTER:
		fprintf(stderr, "rtrace: invalid -e '%s': %s\n", c->opts.trace_expr,
			res->message[0] ? res->message : "invalid expression");
		return 2;
	case RECORDER_E_ATTACH:
		fprintf(stderr, "rtrace: cannot attach to pid %d: %s\n", (int)res->pid,
			res->sys_errno == ESRCH ? "No such process" : strerror(res->sys_errno));
		return 1;
	case RECORDER_E_WRITE:
		fprintf(stderr, "rtrace: writing '%s' failed: %s\n", out,
			recorder_strerror(res->write_error));
		return -1;
	default:
		fprintf(stderr, "rtrace: %s: %s%s%s\n", cmd ? cmd : "record", recorder_strerror(err),
			res->sys_errno ? ": " : "", res->sys_errno ? strerror(res->sys_errno) : "");
		return 1;
	}
}

/* Dies as the command died. strace does the same, with RLIMIT_CORE set to 0
 * first so the recorder's core never replaces the command's. */
static int die_like(int status)
{
	if (!WIFSIGNALED(status))
		return WIFEXITED(status) ? WEXITSTATUS(status) : 1;
	int sig = WTERMSIG(status);
	struct rlimit none = { 0, 0 };
	setrlimit(RLIMIT_CORE, &none);
	signal(sig, SIG_DFL);
	sigset_t m;
	sigemptyset(&m);
	sigaddset(&m, sig);
	sigprocmask(SIG_UNBLOCK, &m, NULL);
	raise(sig);
	return 128 + sig; /* not a fatal signal after all */
}

int record_main(int argc, char **argv)
{
	struct cli c;
	memset(&c, 0, sizeof c);
	recorder_opts_init(&c.opts);
	int ind;
	int r = parse(&c, argc, argv, &ind);
	if (r >= 0)
		return r;
	char **cmd = argv + ind;
	struct recorder_result res;
	int err = recorder_run(&c.opts, cmd[0] ? cmd : NULL, &res);
	if (err == 0)
		return die_like(res.wait_status);
	int code = report(err, &res, &c, cmd[0]);
	if (code < 0) {
		code = die_like(res.wait_status);
		return code ? code : 1;
	}
	return code;
}

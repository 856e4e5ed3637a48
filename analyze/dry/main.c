/*
 * dry — records a command and writes it as a DVC stage (analyze/dry/).
 *
 *   dry run [OPTIONS] [--] CMD [ARGS...]   record CMD, then as from-trace
 *   dry from-trace [OPTIONS] TRACE         a stage from an existing trace
 *
 * The command-line layer only: it parses options, wires the recorder, the
 * replay, the model and the writer, and turns errors into one line on
 * stderr. The command's own stdout and stderr are untouched; dry's
 * messages all go to stderr; `dry run` exits with the command's status.
 */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "dry_cmd.h"
#include "dry_commit.h"
#include "dry_error.h"
#include "dry_model.h"
#include "dry_path.h"
#include "dry_replay.h"
#include "dry_write.h"
#include "recorder.h"
#include "replay.h"

static const char usage[] =
	"usage: dry run [-n STAGE | -f FILE.dvc] [--trace FILE] [--print] [--no-commit]\n"
	"               [--fresh] [--ignore PATTERN]... [--] CMD [ARGS...]\n"
	"       dry from-trace [-n STAGE | -f FILE.dvc] [--print] [--no-commit]\n"
	"               [--fresh] [--ignore PATTERN]... TRACE\n"
	"\n"
	"Runs CMD under rtrace's recorder (only file and process system calls stop),\n"
	"finds the files it read (dependencies) and created or changed (outputs) inside\n"
	"the project, and writes them as a DVC stage. The project root is the nearest\n"
	"directory above the current one holding .dvc/, else .git/, else the current one.\n"
	"\n"
	"  -n, --name STAGE   stage name in ROOT/dvc.yaml and ROOT/dvc.lock (DVC 3.x);\n"
	"                     default: the script's or program's base name\n"
	"  -f, --file FILE    write a single-stage FILE.dvc instead, in the legacy form\n"
	"                     of DVC 2.x only (no hash keys, md5-dos2unix checksums);\n"
	"                     DVC 3 cannot read it\n"
	"      --trace FILE   keep the trace in FILE (run)\n"
	"      --print        print the stage on stdout and change no file\n"
	"      --no-commit    do not store the outputs in DVC's cache (then run\n"
	"                     `dvc commit` before `dvc status` shows the stage up to date)\n"
	"      --fresh        describe this run alone: keep nothing of the stage's\n"
	"                     previous run (see below)\n"
	"      --ignore PAT   never count paths matching PAT (gitignore syntax,\n"
	"                     relative to the root); repeatable\n"
	"  -h, --help         this text\n"
	"\n"
	"Always left out: .git/ .dvc/ dvc.yaml dvc.lock *.dvc .gitignore .dvcignore,\n"
	"__pycache__/ *.pyc, .dvcignore patterns, the trace file, paths outside the root,\n"
	"and Python or conda environments inside it (directories holding pyvenv.cfg or\n"
	"conda-meta/): like the system's files, they are what the stage runs on.\n"
	"A CMD given as one argument is a shell command line, run with $SHELL -c as\n"
	"dvc repro runs it.\n"
	"\n"
	"Writes are seen without recording read and write (the hot calls): a file\n"
	"opened for writing without truncation counts as changed when its mtime falls\n"
	"within the run; when the command set its times itself (touch), only when it\n"
	"was opened for appending. A pre-existing file the command read and changed,\n"
	"or changed in place, is an output with persist: true, and a warning.\n"
	"A rerun of a stage (same name, same cmd and wdir) keeps those dependencies\n"
	"and outputs of its previous run that this run did not touch and that still\n"
	"match dvc.lock, as after `make` with its targets up to date; --fresh keeps\n"
	"none. While dry updates the stage files it holds a lock (flock) on their\n"
	"directory: a second dry waits for it.\n";

struct opts {
	const char *name, *file, *trace;
	bool print, no_commit, fresh;
	const char **ignores;
	size_t nignores;
};

static void die_usage(const char *msg)
{
	fprintf(stderr, "dry: %s (see dry --help)\n", msg);
	exit(2);
}

/* A valid DVC stage name: no ASCII punctuation but _ and -, no spaces. */
static bool valid_name(const char *n)
{
	if (!*n)
		return false;
	for (const char *p = n; *p; p++)
		if (strchr("!\"#$%&'()*+,./:;<=>?@[\\]^`{|}~ \t\n", *p))
			return false;
	return true;
}

static int parse_opts(int argc, char **argv, struct opts *o)
{
	static const struct option longs[] = {
		{ "name", required_argument, NULL, 'n' },
		{ "file", required_argument, NULL, 'f' },
		{ "trace", required_argument, NULL, 't' },
		{ "print", no_argument, NULL, 'p' },
		{ "no-commit", no_argument, NULL, 'c' },
		{ "fresh", no_argument, NULL, 'F' },
		{ "ignore", required_argument, NULL, 'i' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	int c;
	o->ignores = calloc((size_t)argc + 1, sizeof(*o->ignores));
	if (!o->ignores)
		exit(1);
	optind = 1;
	opterr = 0; /* one line of our own instead */
	/* '+': options end at the command, whose own options stay its own. */
	while ((c = getopt_long(argc, argv, "+n:f:h", longs, NULL)) != -1) {
		switch (c) {
		case 'n': o->name = optarg; break;
		case 'f': o->file = optarg; break;
		case 't': o->trace = optarg; break;
		case 'p': o->print = true; break;
		case 'c': o->no_commit = true; break;
		case 'F': o->fresh = true; break;
		case 'i': o->ignores[o->nignores++] = optarg; break;
		case 'h': fputs(usage, stdout); exit(0);
		default:
			fprintf(stderr, "dry: invalid option '%s' or missing value (see dry --help)\n",
				argv[optind - 1]);
			exit(2);
		}
	}
	if (o->name && o->file)
		die_usage("-n and -f exclude each other");
	if (o->name && !valid_name(o->name)) {
		fprintf(stderr, "dry: invalid stage name '%s': use no punctuation other than _ and -\n",
			o->name);
		exit(2);
	}
	if (o->file) {
		size_t n = strlen(o->file);
		if (n < 5 || strcmp(o->file + n - 4, ".dvc"))
			die_usage("-f needs a file name ending in .dvc");
	}
	return optind;
}

/* The nearest ancestor of CWD holding .dvc/, else .git/, else CWD. */
static char *find_root(const char *cwd)
{
	static const char *const markers[] = { ".dvc", ".git" };
	for (size_t m = 0; m < 2; m++) {
		char *d = strdup(cwd);
		while (d) {
			if (dry_is_dir(d, markers[m]))
				return d;
			if (!strcmp(d, "/")) {
				free(d);
				break;
			}
			char *up = dry_path_join(d, "..");
			free(d);
			d = up;
		}
	}
	return strdup(cwd);
}

static void print_list(const char *what, const struct dry_model_path *v, size_t n, const char *root,
		       const char *cwd)
{
	if (!n) {
		fprintf(stderr, "  %s: none\n", what);
		return;
	}
	for (size_t i = 0; i < n; i++) {
		char *abs = dry_path_join(root, v[i].path);
		char *rel = abs ? dry_path_relative(abs, cwd) : NULL;
		fprintf(stderr, "  %s %s%s%s\n", what, rel ? rel : v[i].path, v[i].isdir ? "/" : "",
			v[i].persist ? " (persist)" : "");
		free(rel);
		free(abs);
	}
}

struct job {
	struct opts o;
	const char *trace;     /* the trace to read */
	bool trace_in_memory;  /* it is dry's memfd (run without --trace) */
	const char *cwd;       /* where the command ran */
	char *const *argv;     /* the command as recorded */
	int argc;
	bool shell_string;     /* the one argument is a shell command line */
	const char *pwd;       /* the shell's $PWD (run only) */
	uint64_t end_wall_ns;
	uint64_t start_coarse_ns; /* the coarse clock before recording (run only) */
};

static uint64_t now_ns(clockid_t clock)
{
	struct timespec ts;
	clock_gettime(clock, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* The root by the shell's name for the directory, when $PWD reaches the
 * current directory through a symlink: paths the command builds from $PWD
 * use that name. NULL when there is none. */
static char *root_alias(const struct job *j, const char *root)
{
	const char *pwd = j->pwd;
	struct stat a, b;
	if (!pwd || pwd[0] != '/' || !strcmp(pwd, j->cwd) || stat(pwd, &a) || stat(j->cwd, &b) ||
	    a.st_dev != b.st_dev || a.st_ino != b.st_ino)
		return NULL;
	char *rel = dry_path_relative(root, j->cwd);
	char *alias = rel ? dry_path_join(pwd, rel) : NULL;
	free(rel);
	return alias;
}

/* The stage name: -n, else from the script or program (for a shell
 * command line, from its first word). NULL when none is valid (reported). */
static char *stage_name(const struct job *j)
{
	char *name;
	if (j->o.name) {
		name = strdup(j->o.name);
	} else if (j->shell_string) {
		char first[256];
		snprintf(first, sizeof(first), "%s", j->argv[0]);
		first[strcspn(first, " \t\n;|&<>()")] = '\0';
		char *a[] = { first };
		name = dry_cmd_stage_name(1, a);
	} else {
		name = dry_cmd_stage_name(j->argc, j->argv);
	}
	if (!name || !valid_name(name)) {
		fprintf(stderr, "dry: invalid stage name '%s': use no punctuation other than _ and -\n",
			name ? name : "");
		free(name);
		return NULL;
	}
	return name;
}

/* The model's verdict on the trace. Returns 0, or non-zero (reported). */
static int analyze_trace(const struct job *j, const char *root, const char *stage_dir,
			 struct dry_model_result **ret)
{
	/* The command cannot reach dry's memfd: only a trace file is skipped. */
	char *trace_abs = j->trace_in_memory ? NULL : dry_path_join(j->cwd, j->trace);
	char *alias = root_alias(j, root);
	const char *skip[] = { trace_abs };
	struct dry_model_opts mo = { .root = root, .root_alias = alias,
				     .ignores = j->o.ignores, .nignores = j->o.nignores,
				     .skip_paths = skip, .nskip = trace_abs ? 1 : 0,
				     .stage_dir = stage_dir, .end_wall_ns = j->end_wall_ns,
				     .start_coarse_ns = j->start_coarse_ns };
	struct dry_model *m = NULL;
	replay *r = NULL;
	int err = dry_model_new(&mo, &m);
	if (err)
		fprintf(stderr, "dry: %s\n", dry_strerror(err));
	else if ((err = replay_open(j->trace, &r)))
		fprintf(stderr, "dry: cannot read the trace '%s': %s\n", j->trace, recorder_strerror(err));
	else if ((err = dry_replay_feed(r, m)) < 0)
		fprintf(stderr, "dry: the trace '%s' is damaged: %s\n", j->trace,
			replay_error(r) ? replay_error(r) : recorder_strerror(err));
	else if ((err = dry_model_finish(m, ret)))
		fprintf(stderr, "dry: %s\n", dry_strerror(err));
	dry_model_free(m);
	replay_free(r);
	free(trace_abs);
	free(alias);
	return err;
}

/* The summary on stderr: the stage, each dep and out, every warning. */
static void summary(const struct job *j, const char *name, const char *root,
		    const struct dry_model_result *res, const struct dry_write_report *rep)
{
	fprintf(stderr, "dry: stage '%s'%s%s\n", name,
		j->o.print ? " (printed, no file changed) for " : " written to ", rep->stage_files);
	print_list("dep", res->deps, res->ndeps, root, j->cwd);
	print_list("out", res->outs, res->nouts, root, j->cwd);
	for (size_t i = 0; i < res->nwarnings; i++)
		fprintf(stderr, "dry: warning: %s\n", res->warnings[i]);
	for (size_t i = 0; i < rep->nuncached; i++)
		fprintf(stderr, "dry: warning: git tracks %s: written as an output with cache: false\n",
			rep->uncached[i]);
	if (!res->ndeps && !res->nouts)
		fprintf(stderr, "dry: warning: no dependency and no output: DVC will rerun the "
				"stage every time\n");
	if (!j->o.print && res->nouts && rep->has_dvc && !rep->committed)
		fprintf(stderr, "dry: outputs not stored in the cache: run `dvc commit %s` "
				"before `dvc status`\n", j->o.file ? j->o.file : name);
	if (!rep->has_dvc && !j->o.print)
		fprintf(stderr, "dry: no .dvc/ in %s: run `dvc init`, then `dvc commit`\n", root);
}

/* Locks the directory of the stage files for dry_write(). Returns the fd
 * to close, or -1 (reported) when it cannot be locked. */
static int lock_stage_files(const struct dry_write_opts *wo, const char *stage_dir)
{
	char *dir = dry_path_join(wo->root, stage_dir);
	int fd = -1, err = dir ? dry_lock_dir(dir, false, &fd) : -ENOMEM;
	if (err == -EWOULDBLOCK) {
		fprintf(stderr, "dry: waiting for another dry to finish with the stage files in %s\n",
			dir);
		err = dry_lock_dir(dir, true, &fd);
	}
	if (err && err != -ENOMEM && err != -EWOULDBLOCK) {
		fd = -2; /* a file system without locks: go on unlocked */
		err = 0;
	}
	if (err)
		fprintf(stderr, "dry: cannot lock %s: %s\n", dir ? dir : stage_dir, dry_strerror(err));
	free(dir);
	return err ? -1 : fd;
}

/* The analysis of the trace written as the stage WO describes, under the
 * lock of the stage files. Returns 0 or 1 (reported). */
static int write_stage(const struct job *j, const struct dry_write_opts *wo, const char *stage_dir)
{
	struct dry_model_result *res = NULL;
	struct dry_write_report rep = { 0 };
	char *msg = NULL;
	int lock = -2, rc = 1;
	if (!analyze_trace(j, wo->root, stage_dir, &res) &&
	    (j->o.print || (lock = lock_stage_files(wo, stage_dir)) != -1)) {
		int err = dry_write(wo, res, j->o.print ? stdout : NULL, &rep, &msg);
		if (lock >= 0)
			close(lock);
		if (err)
			fprintf(stderr, "dry: %s; no stage written\n", msg ? msg : dry_strerror(err));
		else
			summary(j, wo->name, wo->root, res, &rep);
		rc = err != 0;
	}
	dry_write_report_free(&rep);
	dry_model_result_free(res);
	free(msg);
	return rc;
}

/* From the trace to the written stage. Returns 0 or 1 (reported). */
static int make_stage(const struct job *j)
{
	char *root = find_root(j->cwd);
	char *cmd = dry_cmd_from_argv(j->argc, j->argv);
	if (!root || !cmd) {
		fprintf(stderr, "dry: cannot write the command as a stage cmd: %s\n", strerror(errno));
		free(root);
		free(cmd);
		return 1;
	}
	char *name = stage_name(j);
	char *dvcfile = j->o.file ? dry_path_join(j->cwd, j->o.file) : NULL;
	struct dry_write_opts wo = { .root = root, .cwd = j->cwd, .name = name, .dvcfile = dvcfile,
				     .cmd = cmd, .print_only = j->o.print, .no_commit = j->o.no_commit,
				     .fresh = j->o.fresh, .ignores = j->o.ignores,
				     .nignores = j->o.nignores };
	char *stage_dir = name ? dry_write_stage_dir(&wo) : NULL;
	int rc = stage_dir ? write_stage(j, &wo, stage_dir) : 1;
	free(stage_dir);
	free(dvcfile);
	free(name);
	free(cmd);
	free(root);
	return rc;
}

/* Exits as the command did (re-raising a killing signal, as strace does). */
static void exit_like(int status)
{
	if (WIFSIGNALED(status)) {
		int sig = WTERMSIG(status);
		sigset_t set;
		sigemptyset(&set);
		sigaddset(&set, sig);
		signal(sig, SIG_DFL);
		sigprocmask(SIG_UNBLOCK, &set, NULL);
		kill(getpid(), sig);
		exit(128 + sig); /* a signal that does not kill (SIGCHLD ...) */
	}
	exit(WIFEXITED(status) ? WEXITSTATUS(status) : 1);
}

/* An empty file in memory for the trace (a memfd, close-on-exec), named in
 * BUF by its /proc/self/fd link, which the recorder and the replay open as
 * any path. A file in $TMPDIR cost each run 0.2 ms on ext4 (creating,
 * writing and, above all, unlinking it: 180 us for a 14 kB trace), a memfd
 * 25 us; it holds the trace in memory, as a tmpfs /tmp does, and leaves
 * nothing behind when dry is killed. Returns its fd, or -1 (reported). */
static int temp_trace(char *buf, size_t size)
{
	int fd = memfd_create("dry-trace", MFD_CLOEXEC);
	if (fd < 0) {
		fprintf(stderr, "dry: cannot create a temporary trace: %s\n", strerror(errno));
		return -1;
	}
	snprintf(buf, size, "/proc/self/fd/%d", fd);
	return fd;
}

/* Records RUN_ARGV into J's trace with dry's filter. Returns the
 * recorder's error (reported), or 0 and the command's *RET_STATUS. */
static int record_command(struct job *j, char *const *run_argv, int *ret_status)
{
	struct recorder_opts ro;
	recorder_opts_init(&ro);
	ro.output = j->trace;
	ro.capture_bytes = 0; /* paths and structs only: no data buffers */
	char *set = dry_replay_trace_set();
	ro.trace_expr = set;
	ro.no_env = true;
	/* The trace is read once, right away (and removed unless --trace
	 * keeps it): zstd level 1 rather than 3. A short command leaves all of
	 * the compressing to the writer's close, after the command ended, where
	 * every ms is dry's: the example's trace closes in 0.50 ms instead of
	 * 0.65-0.84 ms (medians of 40, pinned to one CPU). */
	ro.zstd_level = 1;
	struct recorder_result rr;
	/* File times come from this clock: whatever the command changes is
	 * stamped at or after this value (dry_model.h). */
	j->start_coarse_ns = now_ns(CLOCK_REALTIME_COARSE);
	int err = set ? recorder_run(&ro, run_argv, &rr) : -ENOMEM;
	free(set);
	j->end_wall_ns = now_ns(CLOCK_REALTIME);
	if (err)
		fprintf(stderr, "dry: cannot record '%s': %s\n", run_argv[0], recorder_strerror(err));
	else
		*ret_status = rr.wait_status;
	return err;
}

static void report_failure(int status)
{
	if (WIFSIGNALED(status))
		fprintf(stderr, "dry: the command was killed by signal %d: no stage written\n",
			WTERMSIG(status));
	else
		fprintf(stderr, "dry: the command failed (exit status %d): no stage written\n",
			WEXITSTATUS(status));
}

static int cmd_run(int argc, char **argv)
{
	struct job j = { 0 };
	int i = parse_opts(argc, argv, &j.o);
	if (i >= argc)
		die_usage("run needs a command");
	char cwd[PATH_MAX], tmp[PATH_MAX];
	if (!getcwd(cwd, sizeof(cwd))) {
		fprintf(stderr, "dry: cannot get the current directory: %s\n", strerror(errno));
		return 1;
	}
	j.cwd = cwd;
	j.pwd = getenv("PWD");
	j.argv = argv + i;
	j.argc = argc - i;
	/* One argument that the shell would parse is a command line: DVC runs
	 * it with $SHELL -c, and so is it recorded. */
	const char *sh = getenv("SHELL");
	char *shell_argv[] = { (char *)(sh && *sh ? sh : "/bin/sh"), "-c", j.argv[0], NULL };
	j.shell_string = j.argc == 1 && !dry_cmd_is_literal_word(j.argv[0], true);
	j.trace = j.o.trace ? j.o.trace : tmp;
	j.trace_in_memory = !j.o.trace;
	int memfd = j.o.trace ? -1 : temp_trace(tmp, sizeof(tmp));
	if (!j.o.trace && memfd < 0)
		return 1;
	int status;
	int err = record_command(&j, j.shell_string ? shell_argv : j.argv, &status);
	if (err)
		status = W_EXITCODE(err == RECORDER_E_NOTFOUND ? 127 : err == RECORDER_E_NOEXEC ? 126 : 1, 0);
	else if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
		report_failure(status);
	else if (make_stage(&j))
		status = W_EXITCODE(1, 0);
	if (memfd >= 0)
		close(memfd);
	exit_like(status);
	return 1;
}

static int cmd_from_trace(int argc, char **argv)
{
	struct job j = { 0 };
	int i = parse_opts(argc, argv, &j.o);
	if (i != argc - 1)
		die_usage("from-trace needs one trace file");
	j.trace = argv[i];
	replay *r;
	int err = replay_open(j.trace, &r);
	if (err) {
		fprintf(stderr, "dry: cannot open the trace '%s': %s\n", j.trace, recorder_strerror(err));
		return 1;
	}
	const Rt__Metadata *md = replay_metadata(r);
	if (!md || !md->cwd || !md->n_argv) {
		fprintf(stderr, "dry: the trace '%s' has no command or working directory\n", j.trace);
		replay_free(r);
		return 1;
	}
	char *cwd = strdup(md->cwd);
	size_t n = md->n_argv;
	char **av = calloc(n + 1, sizeof(*av));
	for (size_t k = 0; av && k < n; k++)
		av[k] = strdup(md->argv[k]);
	replay_free(r);
	/* A recorded `sh -c LINE` of dry run is the command line LINE. */
	j.cwd = cwd;
	j.argv = av;
	j.argc = (int)n;
	int rc = make_stage(&j);
	for (size_t k = 0; k < n; k++)
		free(av[k]);
	free(av);
	free(cwd);
	free(j.o.ignores);
	return rc;
}

int main(int argc, char **argv)
{
	if (argc < 2)
		die_usage("missing subcommand");
	if (!strcmp(argv[1], "-h") || !strcmp(argv[1], "--help")) {
		fputs(usage, stdout);
		return 0;
	}
	if (!strcmp(argv[1], "run"))
		return cmd_run(argc - 1, argv + 1);
	if (!strcmp(argv[1], "from-trace"))
		return cmd_from_trace(argc - 1, argv + 1);
	fprintf(stderr, "dry: unknown subcommand '%s' (see dry --help)\n", argv[1]);
	return 2;
}

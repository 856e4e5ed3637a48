/*
 * recorder — setting up a recording and tearing it down (the loop is in
 * loop.c). Order matters, so that every error the user can make is reported
 * before anything is started: resolve the command, parse the filter, open
 * the output, attach, and only then fork.
 */
#include "recorder.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "filter.h"
#include "launch.h"
#include "procinfo.h"
#include "rec.h"
#include "syscall_table.h"

extern char **environ;

volatile sig_atomic_t rec_stop_requested;
volatile sig_atomic_t rec_tick;

static const struct {
	int code;
	const char *msg;
} messages[] = {
	{ RECORDER_E_NOCMD, "no command to run and no process to attach" },
	{ RECORDER_E_NOTFOUND, "command not found" },
	{ RECORDER_E_NOEXEC, "Permission denied" },
	{ RECORDER_E_OUTPUT, "cannot create the trace file" },
	{ RECORDER_E_FILTER, "invalid -e expression" },
	{ RECORDER_E_ATTACH, "cannot attach" },
	{ RECORDER_E_SECCOMP, "cannot build or install the seccomp filter" },
	{ RECORDER_E_WRITE, "writing the trace failed" },
	{ RECORDER_E_SPAWN, "cannot start the command" },
};

const char *recorder_strerror(int err)
{
	for (size_t i = 0; i < sizeof messages / sizeof messages[0]; i++)
		if (messages[i].code == err)
			return messages[i].msg;
	if (err <= -1000)
		return trace_strerror(err);
	return strerror(-err);
}

void recorder_opts_init(struct recorder_opts *opts)
{
	memset(opts, 0, sizeof *opts);
	opts->capture_bytes = RECORDER_DEFAULT_CAPTURE;
}

static uint64_t clock_ns(clockid_t id)
{
	struct timespec ts;
	clock_gettime(id, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

/* ---- the output: created early, truncated late ---- */

struct output {
	const char *path;
	int fd;
	bool created; /* by us: removed again if we fail before recording */
};

static int open_output(struct output *o, const char *path)
{
	o->path = path;
	o->created = true;
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	if (fd < 0 && errno == EEXIST) {
		o->created = false;
		fd = open(path, O_WRONLY | O_CLOEXEC);
	}
	if (fd < 0)
		return -errno;
	fd = launch_fd_above_stdio(fd);
	if (fd < 0)
		return fd;
	o->fd = fd;
	return 0;
}

static void discard_output(struct output *o)
{
	if (o->fd < 0)
		return;
	close(o->fd);
	o->fd = -1;
	if (o->created)
		unlink(o->path);
}

/* ---- signals: survive what would kill us, tick for flushes ---- */

static void on_stop_signal(int sig)
{
	(void)sig;
	rec_stop_requested = 1;
}

static void on_alarm(int sig)
{
	(void)sig;
	rec_tick = 1;
}

/* The command got its own copy of a group signal: nothing to do but live. */
static void on_other_signal(int sig)
{
	(void)sig;
}

/* strace's set: these detach from -p processes; a launched command is
 * traced to its end whatever comes. */
static int is_stop_signal(int sig)
{
	return sig == SIGINT || sig == SIGTERM || sig == SIGHUP || sig == SIGQUIT ||
	       sig == SIGPIPE;
}

static void take_signals(struct launch_state *st)
{
	sigprocmask(SIG_SETMASK, NULL, &st->mask);
	for (int sig = 1; sig < NSIG; sig++) {
		if (!launch_signal_taken(sig))
			continue;
		struct sigaction sa;
		memset(&sa, 0, sizeof sa);
		sigemptyset(&sa.sa_mask);
		/* No SA_RESTART: waitpid must return so the loop sees the flag. */
		if (sig == SIGALRM)
			sa.sa_handler = on_alarm;
		else if (sig == SIGCHLD)
			sa.sa_handler = SIG_DFL;
		else
			sa.sa_handler = is_stop_signal(sig) ? on_stop_signal : on_other_signal;
		sigaction(sig, &sa, &st->saved[sig]);
	}
	rec_stop_requested = 0;
	rec_tick = 0;
}

static void give_back_signals(const struct launch_state *st)
{
	struct itimerval off;
	memset(&off, 0, sizeof off);
	setitimer(ITIMER_REAL, &off, NULL);
	for (int sig = 1; sig < NSIG; sig++)
		if (launch_signal_taken(sig))
			sigaction(sig, &st->saved[sig], NULL);
}

static void start_ticks(void)
{
	struct itimerval it = { { 0, 250000 }, { 0, 250000 } };
	setitimer(ITIMER_REAL, &it, NULL);
}

/* ---- the filter ---- */

static int parse_filter(struct rec *r, const char *expr, struct recorder_result *res)
{
	if (!expr || !*expr)
		return 0;
	r->nwords = (syscall_table_size() + 63) / 64;
	r->set = calloc(r->nwords, sizeof *r->set);
	if (!r->set)
		return -ENOMEM;
	char err[160] = "";
	if (syscall_table_parse_set(expr, r->set, r->nwords, err, sizeof err) < 0) {
		snprintf(res->message, sizeof res->message, "%s", err);
		return RECORDER_E_FILTER;
	}
	return 0;
}

/* ---- metadata ---- */

struct meta_store {
	Rt__Metadata m;
	struct utsname uts;
	char cwd[4096];
	Rt__FdInfo **fds;
	size_t nfds;
	Rt__ProcessInfo **attached;
	size_t nattached;
	char boot_id[40];
};

static void build_metadata(struct meta_store *ms, const struct rec *r, char *const argv[],
			   const char *exe)
{
	Rt__Metadata *m = &ms->m;
	rt__metadata__init(m);
	m->rtrace_version = RTRACE_VERSION;
	size_t argc = 0;
	while (argv && argv[argc])
		argc++;
	m->n_argv = argc;
	m->argv = (char **)argv;
	m->cwd = getcwd(ms->cwd, sizeof ms->cwd) ? ms->cwd : "";
	m->start_wall_ns = clock_ns(CLOCK_REALTIME);
	m->start_mono_ns = r->start_mono;
	uname(&ms->uts);
	m->kernel_release = ms->uts.release;
	m->hostname = ms->uts.nodename;
	m->boot_id = procinfo_boot_id(ms->boot_id, sizeof ms->boot_id);
	m->capture_bytes = r->opts->capture_bytes;
	m->trace_filter = (char *)(r->opts->trace_expr ? r->opts->trace_expr : "");
	if (!r->opts->no_env) {
		size_t n = 0;
		while (environ[n])
			n++;
		m->env = environ;
		m->n_env = n;
		m->env_recorded = 1;
	}
	if (r->root && procinfo_fds(0, true, &ms->fds, &ms->nfds) == 0) {
		m->fds = ms->fds;
		m->n_fds = ms->nfds;
	}
	m->attached = ms->attached;
	m->n_attached = ms->nattached;
	m->exe = (char *)(exe ? exe : "");
	m->recorder_pid = (uint32_t)getpid();
	m->root_pid = (uint32_t)r->root;
	m->seccomp = r->seccomp;
}

static void free_metadata(struct meta_store *ms)
{
	procinfo_fds_free(ms->fds, ms->nfds);
	for (size_t i = 0; i < ms->nattached; i++)
		procinfo_process_free(ms->attached[i]);
	free(ms->attached);
}

/* ---- attaching ---- */

#define SEIZE_OPTS (PTRACE_O_TRACESYSGOOD | PTRACE_O_TRACEEXEC | PTRACE_O_TRACEFORK | \
		    PTRACE_O_TRACEVFORK | PTRACE_O_TRACECLONE | PTRACE_O_TRACEEXIT)

static int seize_thread(struct rec *r, pid_t tid, pid_t tgid, pid_t ppid)
{
	if (task_find(&r->tasks, tid))
		return 0;
	if (ptrace(PTRACE_SEIZE, tid, 0, SEIZE_OPTS) < 0)
		return -errno;
	struct task *t = task_add(&r->tasks, tid);
	if (!t)
		return -ENOMEM;
	t->tgid = tgid;
	t->ppid = ppid;
	t->first_stop = true;
	ptrace(PTRACE_INTERRUPT, tid, 0, 0);
	return 1;
}

/* Every thread of PID; threads born meanwhile are found by scanning again
 * until a scan adds none (those born after their creator was seized are
 * followed by TRACECLONE). */
static int attach_process(struct rec *r, pid_t pid)
{
	pid_t tgid, ppid;
	int e = procinfo_ids(pid, &tgid, &ppid);
	if (e < 0)
		return e == -ENOENT ? -ESRCH : e;
	if (tgid != pid)
		return -ESRCH;
	for (int added = 1; added > 0;) {
		pid_t *tids;
		size_t n;
		added = 0;
		if ((e = procinfo_tids(pid, &tids, &n)) < 0)
			return e == -ENOENT ? -ESRCH : e;
		for (size_t i = 0; i < n && e >= 0; i++) {
			e = seize_thread(r, tids[i], pid, ppid);
			if (e == -ESRCH && tids[i] != pid)
				e = 0; /* a thread that just ended */
			added += e > 0;
		}
		free(tids);
		if (e < 0)
			return e;
	}
	return 0;
}

static void detach_quietly(struct rec *r)
{
	for (size_t i = 0; i < r->tasks.cap; i++)
		if (r->tasks.slots[i].tid)
			ptrace(PTRACE_DETACH, r->tasks.slots[i].tid, 0, 0);
	tasks_free(&r->tasks);
}

static int attach_all(struct rec *r, struct meta_store *ms, struct recorder_result *res)
{
	if (!r->opts->nattach)
		return 0;
	ms->attached = calloc(r->opts->nattach, sizeof *ms->attached);
	if (!ms->attached)
		return -ENOMEM;
	for (size_t i = 0; i < r->opts->nattach; i++) {
		pid_t pid = r->opts->attach[i];
		int e = pid > 0 ? attach_process(r, pid) : -ESRCH;
		if (e < 0) {
			res->pid = pid;
			res->sys_errno = -e;
			detach_quietly(r);
			return RECORDER_E_ATTACH;
		}
		if (procinfo_process(pid, &ms->attached[ms->nattached]) == 0)
			ms->nattached++;
	}
	return 0;
}

/* ---- launching ---- */

static int start_child(struct rec *r, const char *path, char *const argv[],
		       const struct sock_fprog *prog, const struct launch_state *st,
		       struct launch_child *child)
{
	int e = launch_spawn(path, argv, prog, st, child);
	if (e < 0)
		return e;
	long opts = SEIZE_OPTS | (prog ? PTRACE_O_TRACESECCOMP | PTRACE_O_EXITKILL : 0);
	if (ptrace(PTRACE_SEIZE, child->pid, 0, opts) < 0 ||
	    ptrace(PTRACE_INTERRUPT, child->pid, 0, 0) < 0) {
		e = -errno;
		kill(child->pid, SIGKILL);
		waitpid(child->pid, NULL, 0);
		close(child->go_fd);
		close(child->err_fd);
		return e;
	}
	struct task *t = task_add(&r->tasks, child->pid);
	if (!t)
		return -ENOMEM;
	t->tgid = child->pid;
	t->ppid = getpid();
	t->hidden = true;
	t->first_stop = true;
	t->filtered = prog != NULL;
	r->root = child->pid;
	return 0;
}

/* The threaded writer (its thread blocks every signal: those meant to
 * interrupt the loop's waitpid reach the loop). */
static int open_writer(struct rec *r, int fd, const Rt__Metadata *m)
{
	/* Microseconds: see Metadata.time_unit_ns in format/rtrace.proto.
	 * Frames of 1 MiB at zstd level 3 instead of the writer's 256 KiB at
	 * level 1: python's trace 327 -> 282 kB, tar's 1.27 -> 1.06 MB (data
	 * read, written to a pipe and read again falls in one frame), for no
	 * CPU time we could measure apart from the noise (tar pinned to one
	 * CPU: 145-167 ms either way, perf stat -r 15); 2 MiB frames cost more
	 * (cache misses) for 2% less. At most 8 frames wait: 8 MiB. Where zstd
	 * takes over 1/25 of the elapsed time (tar pinned to one CPU), frames
	 * drop to level 1: tar 179 -> 164 ms median of 9, for a 9% larger trace. */
	trace_writer_opts wo = { .threaded = 1, .time_unit_ns = 1000, .level = 3,
				 .fast_level = 1, .batch_bytes = 1u << 20, .max_queued = 8 };
	if (r->opts->zstd_level) {
		wo.level = r->opts->zstd_level;
		wo.fast_level = 0;
	}
	int e = trace_writer_open_fd(fd, m, &wo, &r->w);
	return e;
}

static void announce_all(struct rec *r)
{
	for (size_t i = 0; i < r->tasks.cap; i++) {
		struct task *t = &r->tasks.slots[i];
		if (t->tid)
			rec_announce(r, t, 0, 0, t->tid != r->root);
	}
}

/* Everything that can fail before a process is touched. */
static int prepare(struct rec *r, char *const argv[], char **path, struct sock_fprog *prog,
		   struct recorder_result *res)
{
	bool have_cmd = argv && argv[0];
	if (!have_cmd && !r->opts->nattach)
		return RECORDER_E_NOCMD;
	if (have_cmd) {
		int e = launch_resolve(argv[0], path);
		if (e < 0)
			return e;
	}
	int e = parse_filter(r, r->opts->trace_expr, res);
	if (e < 0)
		return e;
	if (have_cmd && r->set) {
		if ((e = filter_build(r->set, r->nwords, prog)) < 0)
			return e;
		r->seccomp = true;
	}
	r->attach_only = !have_cmd;
	return 0;
}

static int finish(struct rec *r, struct launch_child *child, struct recorder_result *res)
{
	res->events = trace_writer_event_count(r->w);
	res->bytes = trace_writer_written_bytes(r->w);
	int e = trace_writer_close(r->w);
	r->w = NULL;
	if (e < 0 && !r->write_err)
		r->write_err = e;
	res->wait_status = r->root_done ? r->root_status : 0;
	if (child->pid > 0) {
		int err = launch_exec_error(child);
		if (err) {
			res->sys_errno = err;
			return err == ENOENT ? RECORDER_E_NOTFOUND : RECORDER_E_NOEXEC;
		}
	}
	if (r->write_err) {
		res->write_error = r->write_err;
		res->sys_errno = r->write_err > -1000 ? -r->write_err : 0;
		return RECORDER_E_WRITE;
	}
	return 0;
}

static int record(struct rec *r, char *const argv[], const char *path,
		  const struct sock_fprog *prog, struct output *out, struct recorder_result *res)
{
	struct launch_state st;
	struct meta_store ms;
	memset(&ms, 0, sizeof ms);
	struct launch_child child = { .pid = -1, .go_fd = -1, .err_fd = -1 };
	r->self = getpid();
	int e = attach_all(r, &ms, res);
	if (e < 0) {
		free_metadata(&ms);
		return e;
	}
	take_signals(&st);
	if (path && (e = start_child(r, path, argv, prog && prog->filter ? prog : NULL, &st,
				     &child)) < 0) {
		detach_quietly(r);
		give_back_signals(&st);
		free_metadata(&ms);
		res->sys_errno = -e;
		return RECORDER_E_SPAWN;
	}
	if (ftruncate(out->fd, 0) < 0 && errno != EINVAL)
		e = -errno;
	r->start_mono = clock_ns(CLOCK_MONOTONIC);
	build_metadata(&ms, r, argv, path);
	if (e == 0)
		e = open_writer(r, out->fd, &ms.m);
	out->fd = -1; /* the writer owns it now, or closed it */
	free_metadata(&ms);
	if (e < 0) {
		if (child.pid > 0) {
			kill(child.pid, SIGKILL);
			waitpid(child.pid, NULL, 0);
		}
		detach_quietly(r);
		give_back_signals(&st);
		res->sys_errno = -e;
		return RECORDER_E_OUTPUT;
	}
	announce_all(r);
	if (child.go_fd >= 0)
		close(child.go_fd); /* the child may exec now */
	start_ticks();
	rec_loop(r);
	give_back_signals(&st);
	return finish(r, &child, res);
}

int recorder_run(const struct recorder_opts *opts, char *const argv[],
		 struct recorder_result *ret)
{
	struct recorder_result dummy;
	struct recorder_result *res = ret ? ret : &dummy;
	memset(res, 0, sizeof *res);
	struct rec r;
	memset(&r, 0, sizeof r);
	r.opts = opts;
	char *path = NULL;
	struct sock_fprog prog = { 0, NULL };
	struct output out = { .fd = -1 };
	int e = prepare(&r, argv, &path, &prog, res);
	if (e == 0 && (e = open_output(&out, opts->output ? opts->output
							  : RECORDER_DEFAULT_OUTPUT)) < 0) {
		res->sys_errno = -e;
		e = RECORDER_E_OUTPUT;
	}
	if (e == 0 && (e = capture_init(&r.cap, opts->capture_bytes)) == 0) {
		e = record(&r, argv, path, &prog, &out, res);
		if (r.w == NULL && out.fd >= 0)
			discard_output(&out);
	} else {
		discard_output(&out);
	}
	if (r.w)
		trace_writer_abandon(r.w);
	capture_free(&r.cap);
	tasks_free(&r.tasks);
	filter_free(&prog);
	free(r.set);
	free(path);
	return e;
}

/*
 * loop — the ptrace event loop: one waitpid, one decision, one resume.
 *
 * Per syscall stop the work is PTRACE_GET_SYSCALL_INFO, the reads the syscall
 * table asks for (capture.c: usually one process_vm_readv), one append to
 * the writer (no I/O, no allocation) and the resume. Everything else (fork,
 * exec, signals, exits) is rare and may cost more.
 */
#include <errno.h>
#include <sched.h>
#include <stddef.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/syscall.h>
#include <sys/user.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "procinfo.h"
#include "rec.h"
#include "syscall_table.h"

#define AUDIT_ARCH_X86_64_ 0xc000003eu
#define FLUSH_NS (250ull * 1000 * 1000)

uint64_t rec_now(const struct rec *r)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec - r->start_mono;
}

static void flush(struct rec *r, uint64_t now)
{
	if (r->appended && !r->write_err) {
		int e = trace_writer_flush(r->w);
		if (e < 0)
			r->write_err = e;
	}
	r->appended = 0;
	r->last_flush = now;
}

static void emit(struct rec *r, Rt__Event *ev, pid_t tid)
{
	ev->tid = (uint32_t)tid;
	uint64_t now = rec_now(r);
	if (!r->write_err) {
		int e = trace_writer_append(r->w, ev, now);
		if (e < 0)
			r->write_err = e;
	}
	r->appended++;
	if (now - r->last_flush >= FLUSH_NS)
		flush(r, now);
}

/* Resumes T: a task inside a recorded call must stop at its exit; otherwise
 * a task with the seccomp filter needs only the filter's stops (PTRACE_CONT:
 * the other syscalls, and those of its new threads, never stop at all).
 * Attached processes have no filter and stop at every call. */
static void resume(struct rec *r, struct task *t, int sig)
{
	(void)r;
	int req = (!t->filtered || t->in_syscall) ? PTRACE_SYSCALL : PTRACE_CONT;
	ptrace(req, t->tid, 0, sig);
}

static bool wanted(const struct rec *r, unsigned nr)
{
	if (!r->set)
		return true;
	return nr / 64 < r->nwords && (r->set[nr / 64] >> (nr % 64) & 1);
}

void rec_announce(struct rec *r, struct task *t, pid_t parent_tid, uint64_t clone_flags,
		  bool attached)
{
	Rt__NewTask nt = RT__NEW_TASK__INIT;
	nt.parent_tid = (uint32_t)parent_tid;
	nt.tgid = (uint32_t)t->tgid;
	nt.clone_flags = clone_flags;
	nt.attached = attached;
	nt.ppid = (uint32_t)t->ppid;
	Rt__Event ev = RT__EVENT__INIT;
	ev.kind_case = RT__EVENT__KIND_NEW_TASK;
	ev.new_task = &nt;
	emit(r, &ev, t->tid);
	t->announced = true;
}

/* ---- syscall stops ---- */

static void record_entry(struct rec *r, struct task *t, uint32_t arch, uint64_t sp)
{
	struct capture_call call = {
		.tid = t->tid, .nr = t->nr, .args = t->args, .when = SC_W_ENTRY,
		.len_at_entry = t->len_at_entry, .sp = sp,
	};
	Rt__SyscallEntry en = RT__SYSCALL_ENTRY__INIT;
	en.nr = t->nr;
	en.n_args = 6;
	en.args = t->args;
	/* Only the registers the call takes: the others hold whatever the
	 * thread left there, random pointers after ASLR that cost a shell
	 * loop's trace a fifth of its size (readers see them as 0). */
	const struct syscall_desc *d = arch == AUDIT_ARCH_X86_64_ ? syscall_table_get(t->nr) : NULL;
	if (d && d->nargs < 6)
		en.n_args = d->nargs;
	if (arch == AUDIT_ARCH_X86_64_) {
		int n = capture_stop(&r->cap, &call);
		if (n > 0) {
			en.n_blobs = (size_t)n;
			en.blobs = r->cap.blob_ptrs;
		}
	} else {
		en.arch = arch; /* a compat call: the x86_64 table does not describe it */
	}
	Rt__Event ev = RT__EVENT__INIT;
	ev.kind_case = RT__EVENT__KIND_ENTRY;
	ev.entry = &en;
	emit(r, &ev, t->tid);
}

static void on_entry(struct rec *r, struct task *t, unsigned nr, const uint64_t *args,
		     uint32_t arch, uint64_t sp)
{
	t->in_syscall = true;
	t->nr = nr;
	memcpy(t->args, args, sizeof t->args);
	t->skip = false;
	if (t->hidden) {
		/* The launched child's own steps before its execve are the
		 * recorder's, not the command's: strace shows execve first. */
		if (nr != SYS_execve || arch != AUDIT_ARCH_X86_64_) {
			t->skip = true;
			return;
		}
		t->hidden = false;
	}
	if (!wanted(r, nr)) {
		t->skip = true;
		return;
	}
	record_entry(r, t, arch, sp);
}

static void on_exit_stop(struct rec *r, struct task *t, int64_t rval, bool is_error)
{
	bool known = t->in_syscall;
	t->in_syscall = false;
	if (t->skip || t->hidden) {
		t->skip = false;
		return;
	}
	Rt__SyscallExit ex = RT__SYSCALL_EXIT__INIT;
	ex.ret = rval;
	ex.is_error = is_error;
	if (known) {
		struct capture_call call = {
			.tid = t->tid, .nr = t->nr, .args = t->args, .when = SC_W_EXIT,
			.ret = rval, .ok = !is_error, .len_at_entry = t->len_at_entry,
		};
		int n = capture_stop(&r->cap, &call);
		if (n > 0) {
			ex.n_blobs = (size_t)n;
			ex.blobs = r->cap.blob_ptrs;
		}
	} else {
		/* An exit whose entry came before we attached: name the call. */
		errno = 0;
		long nr = ptrace(PTRACE_PEEKUSER, t->tid, offsetof(struct user_regs_struct, orig_rax), 0);
		if (!errno && nr >= 0)
			ex.nr = (uint32_t)nr;
		if (!wanted(r, ex.nr))
			return;
	}
	Rt__Event ev = RT__EVENT__INIT;
	ev.kind_case = RT__EVENT__KIND_EXIT;
	ev.exit = &ex;
	emit(r, &ev, t->tid);
}

static void on_syscall_stop(struct rec *r, struct task *t)
{
	struct __ptrace_syscall_info info;
	long n = ptrace(PTRACE_GET_SYSCALL_INFO, t->tid, sizeof info, &info);
	if (n <= 0) {
		resume(r, t, 0);
		return;
	}
	if (info.op == PTRACE_SYSCALL_INFO_ENTRY)
		on_entry(r, t, (unsigned)info.entry.nr, (const uint64_t *)info.entry.args, info.arch,
			 info.stack_pointer);
	else if (info.op == PTRACE_SYSCALL_INFO_EXIT)
		on_exit_stop(r, t, info.exit.rval, info.exit.is_error);
	else if (info.op == PTRACE_SYSCALL_INFO_SECCOMP)
		on_entry(r, t, (unsigned)info.seccomp.nr, (const uint64_t *)info.seccomp.args,
			 info.arch, info.stack_pointer);
	resume(r, t, 0);
}

/* ---- process events ---- */

static void release_held(struct rec *r, struct task *c, pid_t parent, uint64_t flags)
{
	c->held = false;
	r->held--;
	rec_announce(r, c, parent, flags, false);
	c->first_stop = false;
	resume(r, c, 0);
}

/* The creating call's flags, from its registers at the fork event (the
 * entry may not have stopped: with a filter, clone need not be wanted). */
static uint64_t creator_flags(struct task *t)
{
	struct user_regs_struct regs;
	if (ptrace(PTRACE_GETREGS, t->tid, 0, &regs) < 0)
		return 0;
	uint64_t args[6] = { regs.rdi, regs.rsi, regs.rdx, regs.r10, regs.r8, regs.r9 };
	unsigned char ca[64];
	size_t ca_len = 0;
	if (regs.rdi) {
		size_t want = regs.rsi < sizeof ca ? regs.rsi : sizeof ca;
		ssize_t k = capture_read(t->tid, regs.rdi, ca, want);
		ca_len = k > 0 ? (size_t)k : 0;
	}
	uint64_t flags = 0;
	if (syscall_table_clone_flags((unsigned)regs.orig_rax, args, ca, ca_len, &flags) < 0)
		return 0;
	return flags;
}

static void on_fork_event(struct rec *r, struct task *t)
{
	unsigned long msg = 0;
	ptrace(PTRACE_GETEVENTMSG, t->tid, 0, &msg);
	pid_t child = (pid_t)msg;
	uint64_t flags = creator_flags(t);
	pid_t tgid = t->tgid, ppid = t->ppid, ptid = t->tid;
	bool filtered = t->filtered;
	struct task *c = task_add(&r->tasks, child);
	t = task_find(&r->tasks, ptid); /* task_add may have moved it */
	if (c) {
		c->tgid = (flags & CLONE_THREAD) ? tgid : child;
		c->ppid = (flags & (CLONE_THREAD | CLONE_PARENT)) ? ppid : tgid;
		c->filtered = filtered; /* seccomp filters are inherited */
		if (c->held) {
			release_held(r, c, t->tid, flags);
		} else if (!c->announced) {
			c->first_stop = true;
			rec_announce(r, c, t->tid, flags, false);
		}
	}
	resume(r, t, 0);
}

static void read_exec_image(pid_t tid, Rt__Exec *ex, char **exe, char **buf, char ***argv)
{
	size_t len, n;
	if (procinfo_link(tid, "exe", exe) == 0)
		ex->filename = *exe;
	if (procinfo_read(tid, "cmdline", buf, &len) == 0 &&
	    procinfo_split(*buf, len, argv, &n) == 0) {
		ex->argv = *argv;
		ex->n_argv = n;
	}
}

static void on_exec_event(struct rec *r, struct task *t)
{
	unsigned long former = (unsigned long)t->tid;
	ptrace(PTRACE_GETEVENTMSG, t->tid, 0, &former);
	pid_t tid = t->tid;
	if ((pid_t)former != tid) {
		/* A non-leader exec'ed: it takes the leader's tid, and the
		 * leader's own pending call is superseded (no exit stop, no
		 * death report will come for either old tid). */
		struct task *f = task_find(&r->tasks, (pid_t)former);
		if (f) {
			struct task moved = *f;
			task_remove(&r->tasks, (pid_t)former);
			t = task_find(&r->tasks, tid);
			pid_t tgid = t->tgid, ppid = t->ppid;
			*t = moved;
			t->tid = tid;
			t->tgid = tgid;
			t->ppid = ppid;
		}
	}
	t->hidden = false;
	Rt__Exec ex = RT__EXEC__INIT;
	ex.former_tid = (pid_t)former != tid ? (uint32_t)former : 0;
	char *exe = NULL, *buf = NULL, **argv = NULL;
	read_exec_image(tid, &ex, &exe, &buf, &argv);
	if (!ex.filename)
		ex.filename = "";
	Rt__Event ev = RT__EVENT__INIT;
	ev.kind_case = RT__EVENT__KIND_EXEC;
	ev.exec = &ex;
	emit(r, &ev, tid);
	free(exe);
	free(buf);
	free(argv);
	resume(r, t, 0);
}

/* ---- signals ---- */

static bool is_stop_signal(int sig)
{
	return sig == SIGSTOP || sig == SIGTSTP || sig == SIGTTIN || sig == SIGTTOU;
}

static void record_signal(struct rec *r, struct task *t, int sig, const siginfo_t *si,
			  bool group_stop)
{
	if (t->hidden)
		return;
	Rt__Signal s = RT__SIGNAL__INIT;
	s.signo = sig;
	s.group_stop = group_stop;
	if (si) {
		s.code = si->si_code;
		s.err = si->si_errno;
		s.siginfo.data = (uint8_t *)si;
		s.siginfo.len = sizeof *si;
	}
	Rt__Event ev = RT__EVENT__INIT;
	ev.kind_case = RT__EVENT__KIND_SIGNAL;
	ev.signal = &s;
	emit(r, &ev, t->tid);
}

/* A group-stop: recorded, then PTRACE_LISTEN keeps the task stopped until a
 * SIGCONT, exactly as without a tracer (kill -STOP / -CONT, job control). */
static void on_group_stop(struct rec *r, struct task *t, int sig)
{
	record_signal(r, t, sig, NULL, true);
	ptrace(PTRACE_LISTEN, t->tid, 0, 0);
}

static void on_event_stop(struct rec *r, struct task *t, int sig)
{
	t->first_stop = false;
	if (is_stop_signal(sig))
		on_group_stop(r, t, sig);
	else
		resume(r, t, 0); /* PTRACE_INTERRUPT, first stop, or the end of a LISTEN */
}

static void on_signal(struct rec *r, struct task *t, int sig)
{
	siginfo_t si;
	if (ptrace(PTRACE_GETSIGINFO, t->tid, 0, &si) < 0) {
		resume(r, t, sig);
		return;
	}
	record_signal(r, t, sig, &si, false);
	resume(r, t, sig);
}

/* ---- task ends ---- */

/* Tasks that stopped before their creator's fork event stay stopped until
 * that event; if the creator died first it never comes. */
static void release_orphans(struct rec *r)
{
	for (size_t i = 0; r->held && i < r->tasks.cap; i++) {
		struct task *c = &r->tasks.slots[i];
		if (!c->tid || !c->held)
			continue;
		pid_t tgid, ppid;
		if (procinfo_ids(c->tid, &tgid, &ppid) < 0)
			continue;
		pid_t owner = tgid != c->tid ? tgid : ppid;
		if (task_find(&r->tasks, owner))
			continue;
		c->tgid = tgid;
		c->ppid = ppid;
		release_held(r, c, 0, 0);
	}
}

static void on_death(struct rec *r, pid_t tid, int status)
{
	struct task *t = task_find(&r->tasks, tid);
	if (tid == r->root) {
		r->root_status = status;
		r->root_done = true;
	}
	if (!t)
		return;
	Rt__Exit ex = RT__EXIT__INIT;
	if (WIFEXITED(status)) {
		ex.status = WEXITSTATUS(status);
	} else {
		ex.signo = WTERMSIG(status);
		ex.core_dumped = WCOREDUMP(status) != 0;
	}
	/* A leader is reaped only after its other threads: it is the last. */
	ex.group = t->tid == t->tgid;
	Rt__Event ev = RT__EVENT__INIT;
	ev.kind_case = RT__EVENT__KIND_EXIT_TASK;
	ev.exit_task = &ex;
	emit(r, &ev, tid);
	if (t->held)
		r->held--;
	task_remove(&r->tasks, tid);
	if (r->held)
		release_orphans(r);
}

/* A stop of a tid we do not know yet: a new task whose first stop came
 * before its creator's fork event. It waits, stopped, for that event. */
static void on_unknown_stop(struct rec *r, pid_t tid)
{
	struct task *c = task_add(&r->tasks, tid);
	if (!c)
		return;
	c->held = true;
	r->held++;
}

static void on_stop(struct rec *r, struct task *t, int status)
{
	int sig = WSTOPSIG(status), event = (unsigned)status >> 16;
	if (sig == (SIGTRAP | 0x80)) {
		on_syscall_stop(r, t);
		return;
	}
	switch (event) {
	case PTRACE_EVENT_SECCOMP: on_syscall_stop(r, t); break;
	case PTRACE_EVENT_STOP: on_event_stop(r, t, sig); break;
	case PTRACE_EVENT_FORK:
	case PTRACE_EVENT_VFORK:
	case PTRACE_EVENT_CLONE: on_fork_event(r, t); break;
	case PTRACE_EVENT_EXEC: on_exec_event(r, t); break;
	case PTRACE_EVENT_EXIT:
	case PTRACE_EVENT_VFORK_DONE: resume(r, t, 0); break;
	default: on_signal(r, t, sig); break;
	}
}

static void dispatch(struct rec *r, pid_t tid, int status)
{
	if (WIFEXITED(status) || WIFSIGNALED(status)) {
		on_death(r, tid, status);
		return;
	}
	if (!WIFSTOPPED(status))
		return;
	struct task *t = task_find(&r->tasks, tid);
	if (!t) {
		on_unknown_stop(r, tid);
		return;
	}
	if (t->held)
		return;
	if (t->first_stop && ((unsigned)status >> 16) == PTRACE_EVENT_STOP) {
		on_event_stop(r, t, WSTOPSIG(status));
		return;
	}
	on_stop(r, t, status);
}

/* ---- detaching (attach-only recordings stopped by a signal) ---- */

static void detach_all(struct rec *r)
{
	size_t pending = 0;
	for (size_t i = 0; i < r->tasks.cap; i++) {
		struct task *t = &r->tasks.slots[i];
		if (!t->tid)
			continue;
		t->detaching = true;
		if (t->held)
			ptrace(PTRACE_DETACH, t->tid, 0, 0);
		else if (ptrace(PTRACE_INTERRUPT, t->tid, 0, 0) == 0)
			pending++;
	}
	while (pending) {
		int status;
		pid_t tid = waitpid(-1, &status, __WALL);
		if (tid < 0) {
			if (errno == EINTR)
				continue;
			break;
		}
		struct task *t = task_find(&r->tasks, tid);
		if (WIFEXITED(status) || WIFSIGNALED(status)) {
			if (t && !t->held)
				pending--;
			on_death(r, tid, status);
			continue;
		}
		int sig = WSTOPSIG(status), event = (unsigned)status >> 16;
		/* A signal caught on its way in is handed back at detach. */
		int inject = (event == 0 && sig != (SIGTRAP | 0x80)) ? sig : 0;
		ptrace(PTRACE_DETACH, tid, 0, inject);
		if (t && !t->held)
			pending--;
		task_remove(&r->tasks, tid);
	}
	for (size_t i = 0; i < r->tasks.cap; i++)
		r->tasks.slots[i].tid = 0;
	r->tasks.count = 0;
}

void rec_loop(struct rec *r)
{
	while (r->tasks.count > 0) {
		if (rec_stop_requested && r->attach_only) {
			detach_all(r);
			break;
		}
		if (rec_tick) {
			rec_tick = 0;
			uint64_t now = rec_now(r);
			if (now - r->last_flush >= FLUSH_NS)
				flush(r, now);
		}
		int status;
		pid_t tid = waitpid(-1, &status, __WALL);
		if (tid < 0) {
			if (errno == EINTR)
				continue;
			break; /* ECHILD: nothing is traced any more */
		}
		dispatch(r, tid, status);
	}
}

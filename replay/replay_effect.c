/* replay_effect — the replayed state's transitions: the initial state from
 * the metadata, each syscall's effect as the table gives it (one handler
 * per sc_effect, never per syscall), new tasks and exec. See replay.h. */
#include "replay_internal.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/close_range.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define AT_FDCWD_VALUE (-100)

static struct rstr *rstr_of(const char *s)
{
	return s ? rstr_new(s, strlen(s)) : NULL;
}

/* Sets FD in T's table to a new string S (or unknown, NULL). */
static void set_fd(replay_thread *t, int64_t fd, const char *s, int flags)
{
	struct rstr *p = rstr_of(s);
	fdtab_set(t->files, fd, p, flags);
	rstr_unref(p);
}

static int arg_flag(const struct replay_call *c, int role, int bit)
{
	return role >= 0 && (c->args[role] & (uint64_t)bit) ? bit : 0;
}

/* ---- Entry-time view ------------------------------------------------------ */

static int is_fd_arg(const struct replay_call *c, int i)
{
	const struct sc_roles *ro = &c->desc->roles;
	return c->shape[i].type == SC_T_FD || c->shape[i].type == SC_T_DIRFD ||
	       i == ro->fd || i == ro->fd2 || i == ro->dirfd || i == ro->dirfd2;
}

void snapshot_entry_state(struct pend *p, const replay_thread *t)
{
	struct replay_call *c = &p->call;
	p->cwd_ref = rstr_ref(t->fs ? t->fs->cwd : NULL);
	c->cwd = p->cwd_ref ? p->cwd_ref->s : NULL;
	if (!c->has_entry || !c->desc)
		return;
	for (int i = 0; i < 6; i++) {
		if (!is_fd_arg(c, i) || (int)c->args[i] == AT_FDCWD_VALUE)
			continue;
		const struct fdent *e = fdtab_get(t->files, (int)c->args[i]);
		if (e && e->path) {
			p->fd_ref[i] = rstr_ref(e->path);
			c->fd_path[i] = e->path->s;
		}
	}
}

/* ---- Effects ------------------------------------------------------------- */

typedef void effect_fn(struct replay *r, replay_thread *t, const struct replay_call *c);

/* /proc/self and /proc/thread-self are symlinks the kernel resolves for
 * the caller: the file opened is /proc/TGID/... (/proc/TGID/task/TID/...),
 * which is what the fd's link says (strace -y). Rewrites PATH in place. */
static const char *proc_self(const replay_thread *t, char *path, size_t size)
{
	static const struct { const char *link; int task; } links[] = {
		{ "/proc/self", 0 }, { "/proc/thread-self", 1 },
	};
	for (size_t i = 0; i < sizeof links / sizeof links[0]; i++) {
		size_t n = strlen(links[i].link);
		if (strncmp(path, links[i].link, n) || (path[n] != '/' && path[n]))
			continue;
		char rest[4096];
		snprintf(rest, sizeof rest, "%s", path + n);
		uint32_t pid = replay_proc_pid(replay_thread_proc(t)), tid = replay_thread_tid(t);
		int k = links[i].task ? snprintf(path, size, "/proc/%u/task/%u%s", pid, tid, rest)
				      : snprintf(path, size, "/proc/%u%s", pid, rest);
		if (k < 0 || (size_t)k >= size)
			return NULL;
		break;
	}
	return path;
}

static void eff_open(struct replay *r, replay_thread *t, const struct replay_call *c)
{
	(void)r;
	const struct sc_roles *ro = &c->desc->roles;
	uint64_t flags = 0, mode = 0;
	const struct replay_blob *how = ro->flags >= 0 ? replay_call_blob(c, 0, (unsigned)ro->flags, 0) : NULL;
	if (syscall_table_open_flags(c->nr, c->args, how ? how->data : NULL, how ? how->len : 0,
				     &flags, &mode) < 0)
		flags = (uint64_t)-1;
	char buf[4096];
	const char *path = NULL;
	if (ro->path >= 0 && replay_call_path(c, (unsigned)ro->path, buf, sizeof buf) >= 0)
		path = proc_self(t, buf, sizeof buf);
	set_fd(t, c->ret, path, (int)flags);
}

static void copy_fd(replay_thread *t, int64_t from, int64_t to, int cloexec)
{
	const struct fdent *e = fdtab_get(t->files, from);
	struct rstr *p = rstr_ref(e ? e->path : NULL);
	int flags = e && e->flags != -1 ? ((e->flags & ~O_CLOEXEC) | cloexec) : -1;
	int family = e ? e->sock_family : 0, protocol = e ? e->sock_protocol : 0;
	if (from != to) {
		fdtab_set(t->files, to, p, flags);
		fdtab_set_sock(t->files, to, family, protocol);
	}
	rstr_unref(p);
}

static void eff_dup(struct replay *r, replay_thread *t, const struct replay_call *c)
{
	(void)r;
	copy_fd(t, (int)c->args[c->desc->roles.fd], c->ret, 0);
}

static void eff_dup2(struct replay *r, replay_thread *t, const struct replay_call *c)
{
	(void)r;
	const struct sc_roles *ro = &c->desc->roles;
	copy_fd(t, (int)c->args[ro->fd], (int)c->args[ro->fd2], arg_flag(c, ro->flags, O_CLOEXEC));
}

static void eff_fcntl(struct replay *r, replay_thread *t, const struct replay_call *c)
{
	(void)r;
	const struct sc_roles *ro = &c->desc->roles;
	int fd = (int)c->args[ro->fd];
	int cmd = ro->flags >= 0 ? (int)c->args[ro->flags] : -1;
	const struct fdent *e = fdtab_get(t->files, fd);
	if (cmd == F_DUPFD || cmd == F_DUPFD_CLOEXEC) {
		copy_fd(t, fd, c->ret, cmd == F_DUPFD_CLOEXEC ? O_CLOEXEC : 0);
	} else if (cmd == F_SETFD && e && e->flags != -1) {
		int flags = (e->flags & ~O_CLOEXEC) | ((c->args[2] & FD_CLOEXEC) ? O_CLOEXEC : 0);
		fdtab_set(t->files, fd, e->path, flags);
	} else if (cmd == F_SETFL && e && e->flags != -1) {
		/* F_SETFL changes only these status flags (fcntl(2)). */
		int mask = O_APPEND | O_ASYNC | O_DIRECT | O_NOATIME | O_NONBLOCK;
		int flags = (e->flags & ~mask) | ((int)c->args[2] & mask);
		fdtab_set(t->files, fd, e->path, flags);
	}
}

static void eff_close(struct replay *r, replay_thread *t, const struct replay_call *c)
{
	(void)r;
	fdtab_close(t->files, (int)c->args[c->desc->roles.fd]);
}

static void unshare_files(replay_thread *t)
{
	if (t->files && t->files->refs > 1) {
		struct fdtab *n = fdtab_copy(t->files);
		if (!n)
			return;
		fdtab_unref(t->files);
		t->files = n;
	}
}

static void eff_close_range(struct replay *r, replay_thread *t, const struct replay_call *c)
{
	(void)r;
	const struct sc_roles *ro = &c->desc->roles;
	uint64_t first = (uint32_t)c->args[ro->fd], last = (uint32_t)c->args[ro->fd2];
	int flags = ro->flags >= 0 ? (int)c->args[ro->flags] : 0;
	if (flags & CLOSE_RANGE_UNSHARE)
		unshare_files(t);
	struct fdtab *f = t->files;
	for (uint64_t fd = first; f && fd <= last && fd < (uint64_t)f->cap; fd++) {
		struct fdent *e = &f->v[fd];
		if (!e->open)
			continue;
		if (!(flags & CLOSE_RANGE_CLOEXEC))
			fdtab_close(f, (int64_t)fd);
		else if (e->flags != -1)
			e->flags |= O_CLOEXEC;
	}
}

/* Two fds at exit in the int array of the fd role (pipe, socketpair). */
static void new_pair(struct replay *r, replay_thread *t, const struct replay_call *c, const char *kind)
{
	const struct sc_roles *ro = &c->desc->roles;
	const struct replay_blob *b = ro->fd >= 0 ? replay_call_blob(c, 1, (unsigned)ro->fd, 0) : NULL;
	int fds[2];
	if (!b || b->len < sizeof fds)
		return;
	memcpy(fds, b->data, sizeof fds);
	char name[48];
	snprintf(name, sizeof name, "%s:[%llu]", kind, (unsigned long long)r->next_inode++);
	int cloexec = arg_flag(c, ro->flags, O_CLOEXEC);
	int pipe = kind[0] == 'p';
	set_fd(t, fds[0], name, (pipe ? O_RDONLY : O_RDWR) | cloexec);
	if (!pipe)
		snprintf(name, sizeof name, "%s:[%llu]", kind, (unsigned long long)r->next_inode++);
	set_fd(t, fds[1], name, (pipe ? O_WRONLY : O_RDWR) | cloexec);
}

static void eff_pipe(struct replay *r, replay_thread *t, const struct replay_call *c)
{
	new_pair(r, t, c, "pipe");
}

static void eff_socketpair(struct replay *r, replay_thread *t, const struct replay_call *c)
{
	new_pair(r, t, c, "socket");
}

static void eff_socket(struct replay *r, replay_thread *t, const struct replay_call *c)
{
	char name[48];
	snprintf(name, sizeof name, "socket:[%llu]", (unsigned long long)r->next_inode++);
	/* SOCK_CLOEXEC and accept4's flag have O_CLOEXEC's value. */
	set_fd(t, c->ret, name, O_RDWR | arg_flag(c, c->desc->roles.flags, O_CLOEXEC));
	/* socket(family, type, protocol); an accepted socket is of its
	 * listener's kind */
	if (c->desc->effect == SC_E_SOCKET && c->nargs >= 3) {
		fdtab_set_sock(t->files, c->ret, (int)c->args[0], (int)c->args[2]);
	} else if (c->desc->roles.fd >= 0) {
		const struct fdent *l = fdtab_get(t->files, (int64_t)c->args[c->desc->roles.fd]);
		if (l)
			fdtab_set_sock(t->files, c->ret, l->sock_family, l->sock_protocol);
	}
}

/* The first string argument captured at entry (memfd_create's name). */
static const struct replay_blob *first_string(const struct replay_call *c)
{
	for (int i = 0; i < c->nargs; i++)
		if (c->shape[i].mem == SC_M_STR)
			return replay_call_blob(c, 0, (unsigned)i, 0);
	return NULL;
}

static void eff_anon(struct replay *r, replay_thread *t, const struct replay_call *c)
{
	(void)r;
	const char *name = syscall_table_anon_name(c->nr);
	if (!name)
		return;
	char buf[512];
	const struct replay_blob *b;
	if (name[0] == '/' && (b = first_string(c)) && b->data)
		snprintf(buf, sizeof buf, "%s%.*s (deleted)", name,
			 (int)strnlen((const char *)b->data, b->len), (const char *)b->data);
	else
		snprintf(buf, sizeof buf, "%s", name);
	set_fd(t, c->ret, buf, O_RDWR | arg_flag(c, c->desc->roles.flags, O_CLOEXEC));
}

static void set_cwd(replay_thread *t, const char *path)
{
	if (!t->fs || !path)
		return;
	struct rstr *n = rstr_of(path);
	if (!n)
		return;
	rstr_unref(t->fs->cwd);
	t->fs->cwd = n; /* shared with CLONE_FS: every sharer moves */
}

static void eff_chdir(struct replay *r, replay_thread *t, const struct replay_call *c)
{
	(void)r;
	char buf[4096];
	int ro = c->desc->roles.path;
	if (ro >= 0 && replay_call_path(c, (unsigned)ro, buf, sizeof buf) >= 0)
		set_cwd(t, buf);
}

static void eff_fchdir(struct replay *r, replay_thread *t, const struct replay_call *c)
{
	(void)r;
	const char *p = c->fd_path[c->desc->roles.fd];
	if (p && p[0] == '/')
		set_cwd(t, p);
}

/* clone3 with CLONE_PIDFD: the parent gets a pidfd, stored where the
 * struct's pidfd field points (the recorder's blob index 2 at exit). */
static void eff_clone(struct replay *r, replay_thread *t, const struct replay_call *c)
{
	(void)r;
	for (int i = 0; i < c->nargs && i < 6; i++) {
		if (c->shape[i].mem != SC_M_CLONE_ARGS)
			continue;
		const struct replay_blob *b = replay_call_blob(c, 1, (unsigned)i, 2);
		int32_t fd;
		if (b && !b->read_errno && b->data && b->len >= sizeof fd) {
			memcpy(&fd, b->data, sizeof fd);
			set_fd(t, fd, "anon_inode:[pidfd]", O_RDWR | O_CLOEXEC);
		}
	}
}

/* Each effect's handler and the roles it cannot do without. */
enum { NEED_FD = 1, NEED_FD2 = 2 };
static const struct {
	effect_fn *fn;
	uint8_t need;
} effects[] = {
	[SC_E_OPEN] = { eff_open, 0 },
	[SC_E_DUP] = { eff_dup, NEED_FD },
	[SC_E_DUP2] = { eff_dup2, NEED_FD | NEED_FD2 },
	[SC_E_FCNTL] = { eff_fcntl, NEED_FD },
	[SC_E_CLOSE] = { eff_close, NEED_FD },
	[SC_E_CLOSE_RANGE] = { eff_close_range, NEED_FD | NEED_FD2 },
	[SC_E_PIPE] = { eff_pipe, 0 },
	[SC_E_SOCKET] = { eff_socket, 0 },
	[SC_E_SOCKETPAIR] = { eff_socketpair, 0 },
	[SC_E_ACCEPT] = { eff_socket, 0 },
	[SC_E_ANON_FD] = { eff_anon, 0 },
	[SC_E_CHDIR] = { eff_chdir, 0 },
	[SC_E_FCHDIR] = { eff_fchdir, NEED_FD },
	[SC_E_CLONE] = { eff_clone, 0 },
};

/* A table entry missing a role its effect needs (or naming an argument
 * beyond 5) is ignored rather than read out of bounds. */
static int roles_ok(const struct replay_call *c, unsigned need)
{
	const struct sc_roles *ro = &c->desc->roles;
	const int8_t v[] = { ro->dirfd, ro->path, ro->dirfd2, ro->path2, ro->fd, ro->fd2, ro->flags, ro->mode };
	for (size_t i = 0; i < sizeof v; i++)
		if (v[i] >= 6)
			return 0;
	return (!(need & NEED_FD) || ro->fd >= 0) && (!(need & NEED_FD2) || ro->fd2 >= 0);
}

void apply_effect(struct replay *r, replay_thread *t, const struct replay_call *c)
{
	if (!c->desc || !c->has_entry || c->desc->effect >= sizeof effects / sizeof effects[0])
		return;
	unsigned e = c->desc->effect;
	/* close(2): the fd is gone even when close reports EINTR. */
	int ok = c->err == 0 || (e == SC_E_CLOSE && c->err == EINTR);
	if (effects[e].fn && ok && roles_ok(c, effects[e].need))
		effects[e].fn(r, t, c);
}

/* ---- New tasks and exec ---------------------------------------------------- */

static struct fdtab *files_from(replay_thread *parent, uint64_t flags)
{
	if (!parent)
		return fdtab_new();
	if (flags & CLONE_FILES) {
		parent->files->refs++;
		return parent->files;
	}
	return fdtab_copy(parent->files);
}

static struct fsinfo *fs_from(replay_thread *parent, uint64_t flags)
{
	if (!parent)
		return fsinfo_new(NULL);
	if (flags & CLONE_FS) {
		parent->fs->refs++;
		return parent->fs;
	}
	return fsinfo_new(parent->fs->cwd);
}

/* The process a new task belongs to: its parent's for a thread, else a new one. */
static replay_proc *proc_for(struct replay *r, const Rt__NewTask *nt, uint32_t tid, replay_thread *parent)
{
	if ((nt->clone_flags & CLONE_THREAD) && parent)
		return parent->proc;
	uint32_t pid = nt->tgid ? nt->tgid : tid;
	replay_proc *p = replay_find_proc(r, pid);
	if (p)
		return p;
	uint32_t ppid = nt->ppid;
	if (!ppid && parent)
		ppid = (nt->clone_flags & CLONE_PARENT) ? parent->proc->ppid : parent->proc->pid;
	if (!(p = proc_new(r, pid, ppid)))
		return NULL;
	if (parent)
		proc_set_image(p, parent->proc->exe, parent->proc->argv, parent->proc->argc);
	return p;
}

int on_new_task(struct replay *r, const Rt__Event *ev, uint64_t t_ns)
{
	const Rt__NewTask *nt = ev->new_task;
	replay_thread *parent = nt->parent_tid ? replay_find_thread(r, nt->parent_tid) : NULL;
	replay_thread *t = replay_find_thread(r, ev->tid);
	if (t && t != parent && t->lazy && !t->cur && t->proc->nthreads == 1 && t->proc->pid == ev->tid) {
		/* Seen before its NEW_TASK with an empty state: start it again. */
		thread_retire(r, t);
		thread_free(r, t);
		t = NULL;
	}
	if (!t) {
		replay_proc *p = proc_for(r, nt, ev->tid, parent);
		struct fdtab *f = files_from(parent, nt->clone_flags);
		struct fsinfo *fs = fs_from(parent, nt->clone_flags);
		if (!p || !f || !fs || !(t = thread_new(r, ev->tid, p, f, fs))) {
			fdtab_unref(f);
			fsinfo_unref(fs);
			return -ENOMEM;
		}
	}
	if (nt->attached)
		t->proc->attached = 1;
	struct qitem *q = queue_push(r);
	q->item = (struct replay_item){ .kind = REPLAY_NEW_TASK, .tid = ev->tid, .t_ns = t_ns,
		.thread = t, .proc = t->proc, .parent = parent, .new_task = nt, .event = ev };
	return 0;
}

/* The thread FORMER exec'ed and now has its process's pid TID; the
 * leader that had TID is superseded (its pending call is cut). */
static replay_thread *take_over(struct replay *r, uint32_t tid, uint32_t former, uint64_t t_ns,
				replay_thread **ret_old)
{
	replay_thread *leader = replay_find_thread(r, tid);
	replay_thread *f = replay_find_thread(r, former);
	*ret_old = NULL;
	if (!f)
		return NULL;
	if (leader) {
		queue_cut(r, leader, REPLAY_CUT_EXEC, t_ns, NULL);
		thread_retire(r, leader);
		*ret_old = leader;
	}
	thread_rename(r, f, tid);
	return f;
}

static void drop_cloexec(replay_thread *t)
{
	unshare_files(t); /* exec gives the process a table of its own */
	struct fdtab *f = t->files;
	for (int fd = 0; f && fd < f->cap; fd++)
		if (f->v[fd].open && f->v[fd].flags != -1 && (f->v[fd].flags & O_CLOEXEC))
			fdtab_close(f, fd);
}

int on_exec(struct replay *r, const Rt__Event *ev, uint64_t t_ns)
{
	const Rt__Exec *x = ev->exec;
	replay_thread *old = NULL, *t = NULL;
	if (x->former_tid && x->former_tid != ev->tid)
		t = take_over(r, ev->tid, x->former_tid, t_ns, &old);
	if (!t)
		t = thread_get(r, ev->tid);
	if (!t)
		return -ENOMEM;
	drop_cloexec(t);
	proc_set_image(t->proc, x->filename, x->argv, x->n_argv);
	struct qitem *q = queue_push(r);
	q->item = (struct replay_item){ .kind = REPLAY_EXEC, .tid = ev->tid, .t_ns = t_ns,
		.thread = t, .proc = t->proc, .exec = x, .event = ev };
	q->free_thread = old;
	return 0;
}

/* ---- The initial state ------------------------------------------------------ */

static struct fdtab *fds_from(Rt__FdInfo *const *fds, size_t n)
{
	struct fdtab *t = fdtab_new();
	for (size_t i = 0; t && i < n; i++) {
		const char *target = fds[i]->target && fds[i]->target[0] ? fds[i]->target : NULL;
		struct rstr *s = rstr_of(target);
		fdtab_set(t, fds[i]->fd, s, fds[i]->flags);
		rstr_unref(s);
	}
	return t;
}

static int start_proc(struct replay *r, uint32_t pid, uint32_t ppid, const char *exe,
		      char *const *argv, size_t argc, const char *cwd,
		      Rt__FdInfo *const *fds, size_t nfds, const uint32_t *tids, size_t ntids)
{
	if (!pid || replay_find_proc(r, pid))
		return 0;
	replay_proc *p = proc_new(r, pid, ppid);
	struct fdtab *f = fds_from(fds, nfds);
	struct rstr *c = rstr_of(cwd && cwd[0] ? cwd : NULL);
	struct fsinfo *fs = fsinfo_new(c);
	rstr_unref(c);
	int rc = p && f && fs ? proc_set_image(p, exe && exe[0] ? exe : NULL, argv, argc) : -ENOMEM;
	for (size_t i = 0; rc == 0 && i < (ntids ? ntids : 1); i++) {
		f->refs++; /* threads share the table and the cwd */
		fs->refs++;
		if (!thread_new(r, ntids ? tids[i] : pid, p, f, fs)) {
			f->refs--;
			fs->refs--;
			rc = -ENOMEM;
		}
	}
	fdtab_unref(f);
	fsinfo_unref(fs);
	return rc;
}

int initial_state(struct replay *r, const Rt__Metadata *m)
{
	if (!m)
		return 0;
	for (size_t i = 0; i < m->n_attached; i++) {
		const Rt__ProcessInfo *a = m->attached[i];
		int rc = start_proc(r, a->pid, a->ppid, a->exe, a->argv, a->n_argv, a->cwd,
				    a->fds, a->n_fds, a->tids, a->n_tids);
		if (rc < 0)
			return rc;
		replay_proc *p = replay_find_proc(r, a->pid);
		if (p)
			p->attached = 1;
	}
	return start_proc(r, m->root_pid, m->recorder_pid, m->exe, m->argv, m->n_argv, m->cwd,
			  m->fds, m->n_fds, NULL, 0);
}

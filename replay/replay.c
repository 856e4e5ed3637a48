/* replay — see replay.h for the contract. This file holds the iteration:
 * events in, items out, with the pairing of entries and exits per thread;
 * replay_effect.c applies the table's effects to the state. */
#include "replay.h"
#include "replay_internal.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- Lookup by id ------------------------------------------------------- */

static size_t hslot(const struct replay *r, uint32_t id)
{
	return (id * 2654435761u) & (r->nbuckets - 1);
}

replay_thread *replay_find_thread(replay *r, uint32_t tid)
{
	for (replay_thread *t = r->threads[hslot(r, tid)]; t; t = t->hnext)
		if (t->tid == tid)
			return t;
	return NULL;
}

replay_proc *replay_find_proc(replay *r, uint32_t pid)
{
	for (replay_proc *p = r->procs[hslot(r, pid)]; p; p = p->hnext)
		if (p->pid == pid)
			return p;
	return NULL;
}

static void rehash(struct replay *r)
{
	size_t n = r->nbuckets * 2;
	replay_thread **th = calloc(n, sizeof *th);
	replay_proc **pr = calloc(n, sizeof *pr);
	if (!th || !pr) {
		free(th);
		free(pr);
		return; /* keep the old, longer chains */
	}
	size_t old = r->nbuckets;
	r->nbuckets = n;
	for (size_t i = 0; i < old; i++) {
		for (replay_thread *t = r->threads[i], *nx; t; t = nx) {
			nx = t->hnext;
			t->hnext = th[hslot(r, t->tid)];
			th[hslot(r, t->tid)] = t;
		}
		for (replay_proc *p = r->procs[i], *nx; p; p = nx) {
			nx = p->hnext;
			p->hnext = pr[hslot(r, p->pid)];
			pr[hslot(r, p->pid)] = p;
		}
	}
	free(r->threads);
	free(r->procs);
	r->threads = th;
	r->procs = pr;
}

static void thread_unhash(struct replay *r, replay_thread *t)
{
	for (replay_thread **pp = &r->threads[hslot(r, t->tid)]; *pp; pp = &(*pp)->hnext)
		if (*pp == t) {
			*pp = t->hnext;
			return;
		}
}

static void thread_hash(struct replay *r, replay_thread *t)
{
	size_t s = hslot(r, t->tid);
	t->hnext = r->threads[s];
	r->threads[s] = t;
}

/* ---- Processes and threads ----------------------------------------------- */

static void proc_free(struct replay *r, replay_proc *p)
{
	for (replay_proc **pp = &r->procs[hslot(r, p->pid)]; *pp; pp = &(*pp)->hnext)
		if (*pp == p) {
			*pp = p->hnext;
			break;
		}
	free(p->exe);
	for (size_t i = 0; p->argv && i < p->argc; i++)
		free(p->argv[i]);
	free(p->argv);
	free(p);
	r->nprocs--;
}

replay_proc *proc_new(struct replay *r, uint32_t pid, uint32_t ppid)
{
	replay_proc *p = calloc(1, sizeof *p);
	if (!p)
		return NULL;
	p->pid = pid;
	p->ppid = ppid;
	if (++r->nprocs > r->nbuckets)
		rehash(r);
	size_t s = hslot(r, pid);
	p->hnext = r->procs[s];
	r->procs[s] = p;
	return p;
}

int proc_set_image(replay_proc *p, const char *exe, char *const *argv, size_t argc)
{
	char *nexe = exe ? strdup(exe) : NULL;
	char **nargv = calloc(argc + 1, sizeof *nargv);
	int bad = (exe && !nexe) || !nargv;
	for (size_t i = 0; !bad && i < argc; i++)
		bad = !(nargv[i] = strdup(argv[i] ? argv[i] : ""));
	if (bad && (exe || argc)) {
		free(nexe);
		for (size_t i = 0; nargv && i < argc; i++)
			free(nargv[i]);
		free(nargv);
		return -ENOMEM;
	}
	free(p->exe);
	for (size_t i = 0; p->argv && i < p->argc; i++)
		free(p->argv[i]);
	free(p->argv);
	p->exe = nexe;
	p->argv = nargv;
	p->argc = nargv ? argc : 0;
	return 0;
}

replay_thread *thread_new(struct replay *r, uint32_t tid, replay_proc *p,
			  struct fdtab *files, struct fsinfo *fs)
{
	replay_thread *t = calloc(1, sizeof *t);
	if (!t)
		return NULL;
	t->tid = tid;
	t->proc = p;
	t->files = files;
	t->fs = fs;
	p->nthreads++;
	if (++r->nthreads > r->nbuckets)
		rehash(r);
	thread_hash(r, t);
	t->prev = r->last;
	if (r->last)
		r->last->next = t;
	else
		r->first = t;
	r->last = t;
	return t;
}

void pend_release(struct replay *r, struct pend *p)
{
	if (!p)
		return;
	for (int i = 0; i < 6; i++)
		rstr_unref(p->fd_ref[i]);
	rstr_unref(p->cwd_ref);
	memset(p->fd_ref, 0, sizeof p->fd_ref);
	p->cwd_ref = NULL;
	p->next_free = r->free_pends;
	r->free_pends = p;
}

static void pend_destroy(struct pend *p)
{
	free(p->data);
	free(p->in);
	free(p->out);
	free(p);
}

/* Removes T from every index; frees it, and its process when it was the last. */
void thread_free(struct replay *r, replay_thread *t)
{
	if (!t)
		return;
	if (!t->dead)
		thread_unhash(r, t);
	if (t->prev)
		t->prev->next = t->next;
	else
		r->first = t->next;
	if (t->next)
		t->next->prev = t->prev;
	else
		r->last = t->prev;
	pend_release(r, t->cur);
	fdtab_unref(t->files);
	fsinfo_unref(t->fs);
	replay_proc *p = t->proc;
	if (p && --p->nthreads == 0)
		proc_free(r, p);
	free(t);
	r->nthreads--;
}

/* Takes T out of the tid index while it is still referenced by an item:
 * its tid now belongs to another thread (a non-leader exec). */
void thread_retire(struct replay *r, replay_thread *t)
{
	thread_unhash(r, t);
	t->dead = 1;
}

/* Gives live thread T the id TID (the leader's, after a non-leader exec). */
void thread_rename(struct replay *r, replay_thread *t, uint32_t tid)
{
	thread_unhash(r, t);
	t->tid = tid;
	t->lazy = 0;
	thread_hash(r, t);
}

/* A thread seen before any NEW_TASK told where it came from: its own
 * process with an empty state. */
replay_thread *thread_get(struct replay *r, uint32_t tid)
{
	replay_thread *t = replay_find_thread(r, tid);
	if (t)
		return t;
	replay_proc *p = replay_find_proc(r, tid);
	if (!p)
		p = proc_new(r, tid, 0);
	struct fdtab *f = fdtab_new();
	struct fsinfo *fs = fsinfo_new(NULL);
	if (p && f && fs && (t = thread_new(r, tid, p, f, fs))) {
		t->lazy = 1;
		return t;
	}
	fdtab_unref(f);
	fsinfo_unref(fs);
	if (p && !p->nthreads)
		proc_free(r, p);
	return NULL;
}

/* ---- The item queue -------------------------------------------------------- */

struct qitem *queue_push(struct replay *r)
{
	if (r->qlen == QUEUE_MAX)
		return NULL; /* cannot happen: one event queues at most QUEUE_MAX items */
	struct qitem *q = &r->queue[(r->qhead + r->qlen++) % QUEUE_MAX];
	memset(q, 0, sizeof *q);
	return q;
}

/* Undoes what the previously delivered item kept alive. */
static void release_delivered(struct replay *r)
{
	struct qitem *q = &r->delivered;
	if (q->release_pend)
		pend_release(r, q->release_pend);
	if (q->free_thread)
		thread_free(r, q->free_thread);
	memset(q, 0, sizeof *q);
}

/* ---- Entry and exit ------------------------------------------------------- */

static struct pend *pend_get(struct replay *r)
{
	struct pend *p = r->free_pends;
	if (p)
		r->free_pends = p->next_free;
	else if (!(p = calloc(1, sizeof *p)))
		return NULL;
	struct replay_blob *in = p->in, *out = p->out;
	unsigned char *data = p->data;
	size_t ic = p->in_cap, oc = p->out_cap, dc = p->data_cap;
	memset(p, 0, sizeof *p);
	p->in = in;
	p->out = out;
	p->data = data;
	p->in_cap = ic;
	p->out_cap = oc;
	p->data_cap = dc;
	return p;
}

static int grow(void **v, size_t *cap, size_t want, size_t elem)
{
	if (want <= *cap)
		return 0;
	size_t n = *cap ? *cap : 8;
	while (n < want)
		n *= 2;
	void *nv = realloc(*v, n * elem);
	if (!nv)
		return -ENOMEM;
	*v = nv;
	*cap = n;
	return 0;
}

static void blob_from(struct replay_blob *d, const Rt__Blob *b, const uint8_t *data)
{
	d->arg = b->arg;
	d->index = b->index;
	d->data = b->data.len ? data : NULL;
	d->len = b->data.len;
	d->full_len = b->full_len > b->data.len ? b->full_len : b->data.len;
	d->read_errno = b->read_errno;
	d->addr = b->addr;
	d->peeked = b->peeked;
}

/* Copies the entry's blobs: the reader's memory is gone at the next event. */
static int copy_entry_blobs(struct pend *p, const Rt__SyscallEntry *e)
{
	size_t total = 0;
	for (size_t i = 0; i < e->n_blobs; i++)
		total += e->blobs[i]->data.len;
	if (grow((void **)&p->data, &p->data_cap, total, 1) < 0 ||
	    grow((void **)&p->in, &p->in_cap, e->n_blobs, sizeof *p->in) < 0)
		return -ENOMEM;
	size_t off = 0;
	for (size_t i = 0; i < e->n_blobs; i++) {
		const Rt__Blob *b = e->blobs[i];
		if (b->data.len)
			memcpy(p->data + off, b->data.data, b->data.len);
		blob_from(&p->in[i], b, p->data + off);
		off += b->data.len;
	}
	p->call.in = p->in;
	p->call.nin = e->n_blobs;
	return 0;
}

static void describe(struct replay_call *c, unsigned nr, uint32_t arch)
{
	c->nr = nr;
	c->arch = arch;
	c->desc = arch == 0 ? syscall_table_get(nr) : NULL;
	int n = syscall_table_args(nr, c->args, c->shape);
	c->nargs = c->desc && n >= 0 ? n : 0;
}

static int on_entry(struct replay *r, const Rt__Event *ev, uint64_t t_ns)
{
	const Rt__SyscallEntry *e = ev->entry;
	replay_thread *t = thread_get(r, ev->tid);
	if (!t)
		return -ENOMEM;
	if (t->cur) /* an entry without its exit: the exit is lost */
		queue_cut(r, t, REPLAY_CUT_REENTRY, t_ns, ev);
	struct pend *p = pend_get(r);
	if (!p)
		return -ENOMEM;
	struct replay_call *c = &p->call;
	c->seq = ++r->seq;
	for (size_t i = 0; i < 6 && i < e->n_args; i++)
		c->args[i] = e->args[i];
	describe(c, e->nr, e->arch);
	c->has_entry = 1;
	c->entry_ns = t_ns;
	if (copy_entry_blobs(p, e) < 0) {
		pend_release(r, p);
		return -ENOMEM;
	}
	snapshot_entry_state(p, t);
	t->cur = p;
	struct qitem *q = queue_push(r);
	q->item = (struct replay_item){ .kind = REPLAY_ENTRY, .tid = ev->tid, .t_ns = t_ns,
		.thread = t, .proc = t->proc, .call = c, .event = ev };
	return 0;
}

static int on_exit_call(struct replay *r, const Rt__Event *ev, uint64_t t_ns)
{
	const Rt__SyscallExit *x = ev->exit;
	replay_thread *t = thread_get(r, ev->tid);
	if (!t)
		return -ENOMEM;
	struct pend *p = t->cur;
	if (!p) { /* attached mid-call, or the entry was in a damaged frame */
		if (!(p = pend_get(r)))
			return -ENOMEM;
		p->call.seq = ++r->seq;
		describe(&p->call, x->nr, 0);
		snapshot_entry_state(p, t);
	}
	t->cur = NULL;
	struct replay_call *c = &p->call;
	if (grow((void **)&p->out, &p->out_cap, x->n_blobs, sizeof *p->out) < 0) {
		pend_release(r, p);
		return -ENOMEM;
	}
	for (size_t i = 0; i < x->n_blobs; i++)
		blob_from(&p->out[i], x->blobs[i], x->blobs[i]->data.data);
	c->out = p->out;
	c->nout = x->n_blobs;
	c->has_exit = 1;
	c->exit_ns = t_ns;
	c->ret = x->ret;
	/* a trace may say is_error with any ret: its negation must not overflow */
	int failed = x->ret < 0 && (x->is_error || x->ret >= -4095);
	c->err = failed ? (x->ret >= -INT32_MAX ? (int)-x->ret : INT32_MAX) : 0;
	apply_effect(r, t, c);
	struct qitem *q = queue_push(r);
	q->item = (struct replay_item){ .kind = REPLAY_SYSCALL, .tid = ev->tid, .t_ns = t_ns,
		.thread = t, .proc = t->proc, .call = c, .event = ev };
	q->release_pend = p;
	return 0;
}

/* Queues T's pending call as cut by WHY at time T_NS. */
void queue_cut(struct replay *r, replay_thread *t, int why, uint64_t t_ns, const Rt__Event *ev)
{
	struct pend *p = t->cur;
	(void)ev;
	if (!p)
		return;
	t->cur = NULL;
	p->call.cut = why;
	p->call.exit_ns = t_ns;
	struct qitem *q = queue_push(r);
	q->item = (struct replay_item){ .kind = REPLAY_SYSCALL, .tid = t->tid, .t_ns = t_ns,
		.thread = t, .proc = t->proc, .call = &p->call, .event = NULL };
	q->release_pend = p;
}

/* ---- Process events -------------------------------------------------------- */

static int on_signal(struct replay *r, const Rt__Event *ev, uint64_t t_ns)
{
	replay_thread *t = thread_get(r, ev->tid);
	if (!t)
		return -ENOMEM;
	struct qitem *q = queue_push(r);
	q->item = (struct replay_item){ .kind = REPLAY_SIGNAL, .tid = ev->tid, .t_ns = t_ns,
		.thread = t, .proc = t->proc, .signal = ev->signal, .event = ev };
	return 0;
}

static int on_exit_task(struct replay *r, const Rt__Event *ev, uint64_t t_ns)
{
	replay_thread *t = thread_get(r, ev->tid);
	if (!t)
		return -ENOMEM;
	queue_cut(r, t, REPLAY_CUT_DEATH, t_ns, ev);
	struct qitem *q = queue_push(r);
	q->item = (struct replay_item){ .kind = REPLAY_EXIT, .tid = ev->tid, .t_ns = t_ns,
		.thread = t, .proc = t->proc, .exit = ev->exit_task, .event = ev };
	/* The thread leaves the tid index now (a new task may reuse the tid),
	 * and is freed once its EXIT item is done with. */
	thread_retire(r, t);
	q->free_thread = t;
	return 0;
}

static int on_event(struct replay *r, const Rt__Event *ev, uint64_t t_ns)
{
	switch (ev->kind_case) {
	case RT__EVENT__KIND_ENTRY:
		return on_entry(r, ev, t_ns);
	case RT__EVENT__KIND_EXIT:
		return on_exit_call(r, ev, t_ns);
	case RT__EVENT__KIND_NEW_TASK:
		return on_new_task(r, ev, t_ns);
	case RT__EVENT__KIND_EXEC:
		return on_exec(r, ev, t_ns);
	case RT__EVENT__KIND_SIGNAL:
		return on_signal(r, ev, t_ns);
	case RT__EVENT__KIND_EXIT_TASK:
		return on_exit_task(r, ev, t_ns);
	default:
		return 0; /* the trailer, or a kind newer than this reader */
	}
}

/* ---- Open, next, free ------------------------------------------------------ */

int replay_open(const char *path, replay **ret)
{
	trace_reader *rd;
	int rc = trace_reader_open(path, &rd);
	if (rc < 0)
		return rc;
	return replay_open_reader(rd, ret);
}

int replay_open_reader(trace_reader *reader, replay **ret)
{
	struct replay *r = calloc(1, sizeof *r);
	if (r) {
		r->nbuckets = 64;
		r->threads = calloc(r->nbuckets, sizeof *r->threads);
		r->procs = calloc(r->nbuckets, sizeof *r->procs);
	}
	if (!r || !r->threads || !r->procs) {
		if (r) {
			free(r->threads);
			free(r->procs);
		}
		free(r);
		trace_reader_free(reader);
		return -ENOMEM;
	}
	r->reader = reader;
	r->next_inode = 100000;
	int rc = initial_state(r, trace_reader_metadata(reader));
	if (rc < 0) {
		replay_free(r);
		return rc;
	}
	*ret = r;
	return 0;
}

const Rt__Metadata *replay_metadata(const replay *r)
{
	return trace_reader_metadata(r->reader);
}

trace_reader *replay_reader(replay *r)
{
	return r->reader;
}

/* At the end or at damage: every pending call is cut, in thread order. */
static void cut_all(struct replay *r, int why, uint64_t t_ns)
{
	for (replay_thread *t = r->first; t; t = t->next)
		if (t->cur && !t->dead) {
			if (r->qlen == QUEUE_MAX) {
				r->cut_more = 1;
				return;
			}
			queue_cut(r, t, why, t_ns, NULL);
		}
	r->cut_more = 0;
}

static int pop(struct replay *r, struct replay_item *ret)
{
	r->delivered = r->queue[r->qhead];
	r->qhead = (r->qhead + 1) % QUEUE_MAX;
	r->qlen--;
	*ret = r->delivered.item;
	return 1;
}

int replay_next(replay *r, struct replay_item *ret)
{
	release_delivered(r);
	for (;;) {
		if (r->qlen)
			return pop(r, ret);
		if (r->cut_more) {
			cut_all(r, r->cut_why, r->last_ns);
			continue;
		}
		if (r->pending_rc) { /* the end or an error, after the cut calls */
			int rc = r->pending_rc;
			r->pending_rc = 0;
			if (rc != TRACE_E_DAMAGED)
				r->final_rc = rc;
			return rc == 1 ? 0 : rc;
		}
		if (r->final_rc)
			return r->final_rc == 1 ? 0 : r->final_rc;
		const Rt__Event *ev;
		uint64_t t_ns;
		int rc = trace_reader_next(r->reader, &ev, &t_ns);
		if (rc == 1) {
			r->last_ns = t_ns;
			rc = on_event(r, ev, t_ns);
			if (rc < 0) {
				r->final_rc = rc;
				snprintf(r->err, sizeof r->err, "replay: %s", strerror(-rc));
			}
			continue;
		}
		r->cut_why = rc == TRACE_E_DAMAGED ? REPLAY_CUT_LOST : REPLAY_CUT_END;
		r->pending_rc = rc == 0 ? 1 : rc;
		cut_all(r, r->cut_why, r->last_ns);
	}
}

const char *replay_error(const replay *r)
{
	if (r->err[0])
		return r->err;
	return trace_reader_error(r->reader);
}

void replay_free(replay *r)
{
	if (!r)
		return;
	release_delivered(r);
	while (r->qlen) {
		struct qitem *q = &r->queue[r->qhead];
		if (q->release_pend)
			pend_release(r, q->release_pend);
		if (q->free_thread)
			thread_free(r, q->free_thread);
		r->qhead = (r->qhead + 1) % QUEUE_MAX;
		r->qlen--;
	}
	while (r->first)
		thread_free(r, r->first);
	for (size_t i = 0; i < r->nbuckets; i++)
		while (r->procs[i])
			proc_free(r, r->procs[i]);
	while (r->free_pends) {
		struct pend *p = r->free_pends;
		r->free_pends = p->next_free;
		pend_destroy(p);
	}
	free(r->threads);
	free(r->procs);
	trace_reader_free(r->reader);
	free(r);
}

/* ---- Accessors --------------------------------------------------------------- */

uint32_t replay_thread_tid(const replay_thread *t) { return t->tid; }
replay_proc *replay_thread_proc(const replay_thread *t) { return t->proc; }
const char *replay_thread_cwd(const replay_thread *t) { return t->fs && t->fs->cwd ? t->fs->cwd->s : NULL; }
const struct replay_call *replay_thread_pending(const replay_thread *t) { return t->cur ? &t->cur->call : NULL; }
void *replay_thread_user(const replay_thread *t) { return t->user; }
void replay_thread_set_user(replay_thread *t, void *user) { t->user = user; }

uint32_t replay_proc_pid(const replay_proc *p) { return p->pid; }
uint32_t replay_proc_ppid(const replay_proc *p) { return p->ppid; }
const char *replay_proc_exe(const replay_proc *p) { return p->exe; }
int replay_proc_attached(const replay_proc *p) { return p->attached; }
void *replay_proc_user(const replay_proc *p) { return p->user; }
void replay_proc_set_user(replay_proc *p, void *user) { p->user = user; }

const char *const *replay_proc_argv(const replay_proc *p, size_t *ret_argc)
{
	static const char *const none[] = { NULL };
	if (ret_argc)
		*ret_argc = p->argc;
	return p->argv ? (const char *const *)p->argv : none;
}

int replay_fd_get(const replay_thread *t, int fd, struct replay_fd *ret)
{
	const struct fdent *e = fdtab_get(t->files, fd);
	if (!e)
		return -EBADF;
	ret->fd = fd;
	ret->path = e->path ? e->path->s : NULL;
	ret->flags = e->flags;
	ret->sock_family = e->sock_family;
	ret->sock_protocol = e->sock_protocol;
	return 0;
}

const char *replay_fd_path(const replay_thread *t, int fd)
{
	const struct fdent *e = fdtab_get(t->files, fd);
	return e && e->path ? e->path->s : NULL;
}

int replay_fd_next(const replay_thread *t, int after, struct replay_fd *ret)
{
	const struct fdtab *f = t->files;
	for (int fd = after < 0 ? 0 : after + 1; f && fd < f->cap; fd++)
		if (f->v[fd].open)
			return replay_fd_get(t, fd, ret) == 0;
	return 0;
}

const struct replay_blob *replay_call_blob(const struct replay_call *c, int at_exit,
					   unsigned arg, unsigned index)
{
	const struct replay_blob *v = at_exit ? c->out : c->in;
	size_t n = at_exit ? c->nout : c->nin;
	for (size_t i = 0; i < n; i++)
		if (v[i].arg == arg && v[i].index == index)
			return &v[i];
	return NULL;
}

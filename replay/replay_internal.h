/*
 * replay_internal — what replay.c and replay_effect.c share: the replay
 * object, its item queue, and the state operations. Internal to replay/.
 */
#ifndef RTRACE_REPLAY_INTERNAL_H
#define RTRACE_REPLAY_INTERNAL_H

#include "replay.h"
#include "replay_state.h"

/* One event yields at most a few items (cut calls, then its own); the end
 * of the trace cuts pending calls in batches of this size. */
#define QUEUE_MAX 16

/* A queued item and what must live until the consumer is done with it. */
struct qitem {
	struct replay_item item;
	struct pend *release_pend;   /* a delivered call's storage */
	replay_thread *free_thread;  /* an exited or superseded thread */
};

struct replay {
	trace_reader *reader;
	replay_thread **threads;   /* tid index */
	replay_proc **procs;       /* pid index */
	size_t nbuckets, nthreads, nprocs;
	replay_thread *first, *last; /* every thread, in creation order */
	struct pend *free_pends;
	uint64_t seq;
	uint64_t next_inode;       /* for pipe:[N] / socket:[N] names */
	uint64_t last_ns;

	struct qitem queue[QUEUE_MAX];
	unsigned qhead, qlen;
	struct qitem delivered;    /* the item the consumer holds */

	int cut_more, cut_why;     /* cutting pending calls at the end or at damage */
	int pending_rc;            /* 1 (end) or an error, reported after the cuts */
	int final_rc;              /* sticky: 1 after the end, or a fatal error */
	char err[160];
};

/* replay.c */
replay_proc *proc_new(struct replay *r, uint32_t pid, uint32_t ppid);
int proc_set_image(replay_proc *p, const char *exe, char *const *argv, size_t argc);
replay_thread *thread_new(struct replay *r, uint32_t tid, replay_proc *p,
			  struct fdtab *files, struct fsinfo *fs);
replay_thread *thread_get(struct replay *r, uint32_t tid);
void thread_rename(struct replay *r, replay_thread *t, uint32_t tid);
void thread_retire(struct replay *r, replay_thread *t);
void thread_free(struct replay *r, replay_thread *t);
void pend_release(struct replay *r, struct pend *p);
struct qitem *queue_push(struct replay *r);
void queue_cut(struct replay *r, replay_thread *t, int why, uint64_t t_ns, const Rt__Event *ev);

/* replay_effect.c */
int initial_state(struct replay *r, const Rt__Metadata *m);
void snapshot_entry_state(struct pend *p, const replay_thread *t);
void apply_effect(struct replay *r, replay_thread *t, const struct replay_call *c);
int on_new_task(struct replay *r, const Rt__Event *ev, uint64_t t_ns);
int on_exec(struct replay *r, const Rt__Event *ev, uint64_t t_ns);

#endif

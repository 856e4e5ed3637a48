/*
 * tasks — the recorder's table of traced threads, keyed by tid.
 *
 * Open addressing with linear probing and backward-shift deletion: a lookup
 * is a hash and a short probe, and nothing is allocated per stop (the table
 * grows only when tasks appear). A pointer returned stays valid until the
 * next task_add() or task_remove(). Not thread-safe.
 */
#ifndef RTRACE_TASKS_H
#define RTRACE_TASKS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

struct task {
	pid_t tid;           /* 0: free slot */
	pid_t tgid, ppid;
	unsigned nr;         /* the syscall in progress (valid while in_syscall) */
	uint64_t args[6];
	uint32_t len_at_entry[6]; /* entry values of SC_F_LEN_IS_MAX lengths */
	bool in_syscall;     /* between an entry (or seccomp) stop and its exit stop */
	bool skip;           /* the call in progress is not recorded */
	bool hidden;         /* the launched child before its execve: nothing recorded */
	bool first_stop;     /* its first ptrace stop is still to come */
	bool held;           /* stopped before its creator's fork event: kept stopped */
	bool announced;      /* its NewTask event was written */
	bool detaching;      /* interrupted to be detached */
	bool filtered;       /* has the seccomp filter (the launched command's tree) */
};

struct tasks {
	struct task *slots;
	size_t cap, count;
};

/* The task TID, or NULL. */
struct task *task_find(struct tasks *ts, pid_t tid);

/* Adds TID (zeroed but for tid) or returns the existing one; NULL on ENOMEM. */
struct task *task_add(struct tasks *ts, pid_t tid);

void task_remove(struct tasks *ts, pid_t tid);

/* Iteration: slots with tid != 0 in ts->slots[0 .. ts->cap). */

void tasks_free(struct tasks *ts);

#endif

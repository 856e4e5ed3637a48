/*
 * replay — a trace turned back into meaning: paired syscalls, processes,
 * and each process's cwd and fd table, in file order.
 *
 * A replay reads a trace (trace_reader underneath) and hands out items with
 * replay_next(), a pull API. The file holds events in the order the
 * recorder saw its ptrace stops, which is the order strace would have
 * printed them, so items come out in that order too:
 *
 *   REPLAY_ENTRY    a syscall entry, as soon as it is read: a printer shows
 *                   what is known at entry (and `<unfinished ...>` if
 *                   another thread's item comes before the exit).
 *   REPLAY_SYSCALL  the completed call: the same entry paired with its exit
 *                   (per thread), both sets of memory, both times. A call
 *                   whose exit never comes (its thread died, was replaced
 *                   by another thread's execve, or the trace ended) is
 *                   still delivered once, with cut != REPLAY_CUT_NONE: that
 *                   is strace's `= ?`.
 *   REPLAY_NEW_TASK a thread or process appeared (clone, fork, vfork, -p).
 *   REPLAY_EXEC     a successful execve: new image and argv.
 *   REPLAY_SIGNAL   a signal delivered to a thread (or a group-stop).
 *   REPLAY_EXIT     a thread ended (exit status or killing signal).
 *
 * Every ENTRY is followed, later, by exactly one SYSCALL with the same
 * call->seq; a SYSCALL may come without an ENTRY only when its entry is not
 * in the trace (has_entry == 0: attached mid-call, or a damaged frame).
 * A thread whose pending call is cut gets that SYSCALL item just before the
 * item that cut it (its EXIT, the EXEC of another thread of its process)
 * or, at the end of the trace, before replay_next() reports the end or the
 * reader's error.
 *
 * Replayed state. Each thread has a process (thread group), an fd table and
 * a cwd. The state starts from the trace metadata: the launched command's
 * fds and cwd (Metadata.fds, cwd, argv, exe) or, for -p traces, each
 * Metadata.attached process. It is kept across the effects the syscall
 * table gives each syscall (format/syscall_table.h, `effect` and `roles`),
 * never from knowledge of particular syscalls here: open/openat/openat2/
 * creat, dup/dup2/dup3, fcntl F_DUPFD/F_DUPFD_CLOEXEC/F_SETFD, pipe/pipe2,
 * socket/socketpair/accept/accept4, the anon-inode fds (eventfd, epoll,
 * timerfd, ...), close, close_range, chdir, fchdir. fork/vfork and clone
 * copy the fd table, CLONE_FILES shares it, CLONE_FS shares the cwd; exec
 * drops the close-on-exec fds and sets the process's exe and argv.
 *
 * When state changes, relative to the items:
 *   - an ENTRY item sees the state before the call; call->fd_path[] and
 *     call->cwd keep that entry-time view for the SYSCALL item too (so
 *     `close(3</a/b>)` and a path relative to a dirfd can be shown and
 *     resolved after the fact);
 *   - a SYSCALL item sees the state after the call's effects (so an
 *     `openat(...) = 3</a/b>` return value or pipe2's new fds resolve);
 *   - a NEW_TASK item sees the new thread with its copied or shared state;
 *   - an EXEC item sees the state after the exec (cloexec fds closed);
 *   - an EXIT item still sees the thread; it is gone after the next call.
 * A pipe or socket inode number in a target ("pipe:[N]") is replay's own
 * counter unless the metadata gave the real one: offline, the kernel's is
 * unknown. File paths are lexically resolved (symlinks are not followed).
 *
 * Damage: items of every readable event are delivered; replay_next() then
 * returns the reader's error (TRACE_E_TRUNCATED, TRACE_E_DAMAGED ...) and
 * replay_error() has the reader's one-line message. After TRACE_E_DAMAGED
 * the next call continues with the next intact frame, as the reader does
 * (calls pending across the hole are cut with REPLAY_CUT_LOST).
 *
 * Lifetimes: an item and everything it points to (call, blobs, strings,
 * raw events) stays valid until the next replay_next() or replay_free().
 * Copy what you keep. Threads and processes stay valid until the replay
 * hands out the item after their EXIT. Not thread-safe: one replay per
 * thread. Everything returns 0/positive or a negative errno / TRACE_E_*.
 */
#ifndef RTRACE_REPLAY_H
#define RTRACE_REPLAY_H

#include <stddef.h>
#include <stdint.h>

#include "rtrace.pb-c.h"
#include "syscall_table.h"
#include "trace_reader.h"

typedef struct replay replay;
typedef struct replay_thread replay_thread;
typedef struct replay_proc replay_proc;

/* One region of captured argument memory (see "Blob indexes" in
 * syscall_table.h for ARG and INDEX). */
struct replay_blob {
	uint32_t arg;        /* argument index 0..5 */
	uint32_t index;      /* element index (0: what the argument points to) */
	const uint8_t *data; /* LEN captured bytes; NULL when len == 0 */
	size_t len;
	uint64_t full_len;   /* the length before capture truncation (>= len) */
	int read_errno;      /* non-zero: the memory could not be read (no data) */
	uint64_t addr;       /* element address (iovec base, argv[i]); 0 if unset */
	int peeked;          /* some bytes were readable only with PTRACE_PEEKDATA */
};

/* Why a call has no exit. */
enum replay_cut {
	REPLAY_CUT_NONE = 0, /* completed: the exit is there */
	REPLAY_CUT_DEATH,    /* its thread exited or was killed first (strace's `= ?`) */
	REPLAY_CUT_EXEC,     /* another thread of its process exec'ed (`superseded`) */
	REPLAY_CUT_REENTRY,  /* the same thread entered another call first (lost events) */
	REPLAY_CUT_LOST,     /* a damaged frame hid the exit */
	REPLAY_CUT_END,      /* the trace ended first (truncated, or -p detached) */
};

/* One syscall. In an ENTRY item only the entry half is filled. */
struct replay_call {
	uint64_t seq;                     /* the call's number in the trace: same in ENTRY and SYSCALL */
	unsigned nr;                      /* x86_64 syscall number */
	uint32_t arch;                    /* 0: x86_64; else the AUDIT_ARCH of a compat call */
	const struct syscall_desc *desc;  /* NULL when nr is not in the table */
	int nargs;                        /* arguments strace prints (0 when desc is NULL) */
	uint64_t args[6];                 /* raw argument registers */
	struct sc_arg shape[6];           /* syscall_table_args() for these args */

	int has_entry;                    /* 0: the entry is not in the trace */
	int has_exit;                     /* 0: in an ENTRY item, or cut */
	int cut;                          /* enum replay_cut */
	uint64_t entry_ns, exit_ns;       /* ns since the trace start (exit_ns: of the cutting event when cut) */
	int64_t ret;                      /* raw return value (negative errno on error), 0 without exit */
	int err;                          /* errno (1..4095) when the call failed, else 0 */

	const struct replay_blob *in;     /* memory read at entry */
	size_t nin;
	const struct replay_blob *out;    /* memory read at exit */
	size_t nout;

	/* The entry-time view (kept for the SYSCALL item): the target of each
	 * SC_T_FD / SC_T_DIRFD argument ("/abs/path", "pipe:[N]" ...; NULL when
	 * unknown, not open, or AT_FDCWD), and the thread's cwd (NULL if unknown). */
	const char *fd_path[6];
	const char *cwd;
};

enum replay_kind {
	REPLAY_ENTRY = 1,
	REPLAY_SYSCALL,
	REPLAY_NEW_TASK,
	REPLAY_EXEC,
	REPLAY_SIGNAL,
	REPLAY_EXIT,
};

struct replay_item {
	int kind;                    /* enum replay_kind */
	uint32_t tid;                /* the thread it happened to (the leader's tid after a
				      * non-leader exec: exec->former_tid says who it was) */
	uint64_t t_ns;               /* event time, ns since the trace start */
	replay_thread *thread;       /* never NULL */
	replay_proc *proc;           /* the thread's process, never NULL */
	const struct replay_call *call;   /* ENTRY, SYSCALL */
	replay_thread *parent;            /* NEW_TASK: the creating thread (NULL: unknown / attached) */
	const Rt__NewTask *new_task;      /* NEW_TASK */
	const Rt__Exec *exec;             /* EXEC */
	const Rt__Signal *signal;         /* SIGNAL */
	const Rt__Exit *exit;             /* EXIT */
	const Rt__Event *event;           /* the raw event; NULL for a synthesised cut SYSCALL */
};

/* Opens the trace at PATH ("-" for stdin). Returns 0, or what
 * trace_reader_open() returns. */
int replay_open(const char *path, replay **ret);

/* The same on an open reader, which the replay then owns (freed by
 * replay_free(), also on failure). */
int replay_open_reader(trace_reader *reader, replay **ret);

const Rt__Metadata *replay_metadata(const replay *r);
trace_reader *replay_reader(replay *r);

/* The next item into *RET. Returns 1 for an item, 0 at the end of the trace,
 * or the reader's negative error once what was readable is delivered. */
int replay_next(replay *r, struct replay_item *ret);

/* A one-line message for the last error, or NULL. */
const char *replay_error(const replay *r);

/* Accepts NULL. */
void replay_free(replay *r);

/* Finds a live thread / process by id, or NULL. */
replay_thread *replay_find_thread(replay *r, uint32_t tid);
replay_proc *replay_find_proc(replay *r, uint32_t pid);

/* Threads. */
uint32_t replay_thread_tid(const replay_thread *t);
replay_proc *replay_thread_proc(const replay_thread *t);
const char *replay_thread_cwd(const replay_thread *t);          /* NULL when unknown */
/* The call the thread is in (entered, not yet exited), or NULL. */
const struct replay_call *replay_thread_pending(const replay_thread *t);
/* A slot for the consumer's own per-thread data (NULL at first). The
 * replay never looks at it; clear what you own before the thread is gone. */
void *replay_thread_user(const replay_thread *t);
void replay_thread_set_user(replay_thread *t, void *user);

/* Processes (thread groups). */
uint32_t replay_proc_pid(const replay_proc *p);
uint32_t replay_proc_ppid(const replay_proc *p);                /* 0 when unknown */
const char *replay_proc_exe(const replay_proc *p);              /* NULL when unknown */
/* The current argv (NULL-terminated) and its count in *RET_ARGC (may be NULL). */
const char *const *replay_proc_argv(const replay_proc *p, size_t *ret_argc);
/* 1 when the process came from Metadata.attached or a NEW_TASK with attached set. */
int replay_proc_attached(const replay_proc *p);
void *replay_proc_user(const replay_proc *p);
void replay_proc_set_user(replay_proc *p, void *user);

/* One fd table entry. */
struct replay_fd {
	int fd;
	const char *path; /* "/abs/path", "pipe:[N]", "socket:[N]", "anon_inode:[eventfd]" ...; NULL if unknown */
	int flags;        /* open flags as known (O_ACCMODE bits, O_APPEND, O_CLOEXEC ...); -1 if unknown */
	int sock_family;  /* a socket made by socket()/accept() in the trace: its family; else 0 */
	int sock_protocol; /* and socket()'s protocol argument (NETLINK_ROUTE ...) */
};

/* The fd FD of thread T's table into *RET. Returns 0, or -EBADF when it is
 * not open in the replayed state. */
int replay_fd_get(const replay_thread *t, int fd, struct replay_fd *ret);

/* The target of FD (as in struct replay_fd), or NULL. */
const char *replay_fd_path(const replay_thread *t, int fd);

/* Iterates the table in fd order: the first open fd greater than AFTER
 * into *RET (start with AFTER = -1). Returns 1, or 0 past the last. */
int replay_fd_next(const replay_thread *t, int after, struct replay_fd *ret);

/* Finds the captured memory of argument ARG, element INDEX, of call C: read
 * at exit when AT_EXIT, else at entry. NULL when none was captured. */
const struct replay_blob *replay_call_blob(const struct replay_call *c, int at_exit,
					   unsigned arg, unsigned index);

/* Resolves PATH against BASE (an absolute directory; ignored when PATH is
 * absolute) into a clean absolute path in BUF: "//", "." and ".." are
 * removed lexically ("/.." is "/"); symlinks are not followed. An empty PATH
 * names BASE itself. Returns the length, -ENOENT when PATH is relative and
 * BASE is NULL or relative, -ENAMETOOLONG when it does not fit in SIZE. */
int replay_path_resolve(const char *base, const char *path, char *buf, size_t size);

/* Resolves the path argument ARG of call C as the kernel did at entry:
 * against the target of the call's dirfd role (the table's roles), or the
 * cwd at entry (AT_FDCWD, or no dirfd). Returns the length, -EINVAL when ARG
 * has no captured string, -ENOENT when the base is unknown, -ENAMETOOLONG. */
int replay_call_path(const struct replay_call *c, unsigned arg, char *buf, size_t size);

#endif

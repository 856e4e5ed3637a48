/*
 * replay_state — the replayed kernel objects behind replay.h: refcounted
 * strings, fd tables, cwds, threads and processes, and the lookups by id.
 *
 * Internal to replay/. A string, an fd table and an fs (cwd) are shared by
 * reference count, as the kernel shares files_struct and fs_struct between
 * tasks (CLONE_FILES, CLONE_FS); *_unref() accepts NULL.
 */
#ifndef RTRACE_REPLAY_STATE_H
#define RTRACE_REPLAY_STATE_H

#include <stddef.h>
#include <stdint.h>

#include "replay.h"

/* An immutable string shared by reference. */
struct rstr {
	unsigned refs;
	size_t len;
	char s[];
};

struct rstr *rstr_new(const char *s, size_t len);
struct rstr *rstr_ref(struct rstr *s);
void rstr_unref(struct rstr *s);

struct fdent {
	struct rstr *path; /* NULL: not open */
	int flags;         /* open flags as known, O_CLOEXEC for close-on-exec; -1 unknown */
	int open;
	int sock_family;   /* a socket's address family, 0 (AF_UNSPEC) when unknown or not one */
	int sock_protocol; /* its protocol argument (NETLINK_ROUTE ...) */
};

/* A table of fds indexed by number. */
struct fdtab {
	unsigned refs;
	int cap;           /* entries allocated */
	struct fdent *v;
};

/* Beyond this fd number the table does not follow (dup2(0, 1 << 30)). */
#define REPLAY_MAX_FD (1 << 20)

struct fdtab *fdtab_new(void);
struct fdtab *fdtab_copy(const struct fdtab *t);
void fdtab_unref(struct fdtab *t);
const struct fdent *fdtab_get(const struct fdtab *t, int64_t fd);
/* Sets FD to PATH (a new reference is taken) and FLAGS; a new PATH forgets
 * the socket facts, the same one (fcntl's flag changes) keeps them.
 * Returns 0 or -ENOMEM / -EBADF. */
int fdtab_set(struct fdtab *t, int64_t fd, struct rstr *path, int flags);
/* Records that the open FD is a socket of FAMILY and PROTOCOL. */
void fdtab_set_sock(struct fdtab *t, int64_t fd, int family, int protocol);
void fdtab_close(struct fdtab *t, int64_t fd);

struct fsinfo {
	unsigned refs;
	struct rstr *cwd; /* NULL: unknown */
};

struct fsinfo *fsinfo_new(struct rstr *cwd);
void fsinfo_unref(struct fsinfo *f);

/* A call in progress or being delivered (the storage behind replay_call). */
struct pend {
	struct replay_call call;
	struct rstr *fd_ref[6]; /* the references behind call.fd_path */
	struct rstr *cwd_ref;
	unsigned char *data;   /* copies of the entry blobs' bytes */
	size_t data_cap;
	struct replay_blob *in, *out;
	size_t in_cap, out_cap;
	struct pend *next_free;
};

struct replay_proc {
	uint32_t pid, ppid;
	int attached;
	char *exe;
	char **argv;   /* NULL-terminated, owned */
	size_t argc;
	unsigned nthreads;
	void *user;
	struct replay_proc *hnext;
};

struct replay_thread {
	uint32_t tid;
	struct replay_proc *proc;
	struct fdtab *files;
	struct fsinfo *fs;
	struct pend *cur;     /* the call entered and not yet exited */
	void *user;
	int lazy;             /* created by an event before its NEW_TASK */
	int dead;             /* out of the tid index, freed with its last item */
	struct replay_thread *hnext;
	struct replay_thread *prev, *next; /* creation order, for the end of trace */
};

#endif

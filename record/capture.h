/*
 * capture — copies a syscall's argument memory out of a stopped tracee, as
 * format/syscall_table.h describes it (nothing about any syscall's shape is
 * known here: only the memory kinds SC_M_*).
 *
 * All regions of one stop are read with one process_vm_readv per round;
 * a second round is needed only for memory found through the first (string
 * tails past a page, iovec buffers, argv strings, lengths stored behind a
 * pointer). What process_vm_readv cannot read is retried with
 * PTRACE_PEEKDATA (which also reads PROT_NONE pages); what neither can read
 * becomes a Blob with read_errno set.
 *
 * A capture owns its buffers and reuses them from stop to stop: after the
 * first stops no memory is allocated. The blobs returned stay valid until
 * the next capture_stop() on the same capture. Not thread-safe.
 */
#ifndef RTRACE_CAPTURE_H
#define RTRACE_CAPTURE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "rtrace.pb-c.h"

struct capture_job;
struct capture_chunk;

struct capture {
	unsigned cap_bytes;          /* -s */
	Rt__Blob *blobs;             /* the blobs of the last stop */
	Rt__Blob **blob_ptrs;        /* pointers to them, for the event */
	size_t nblobs, blobs_cap;
	struct capture_job *jobs;    /* reads of the current round, then the next */
	size_t njobs, nnext, jobs_cap;
	struct capture_chunk *chunks; /* the arena, reset at each stop */
	size_t arena_used;           /* bytes handed out in this stop */
	uint64_t reads, peeks;       /* process_vm_readv and PTRACE_PEEKDATA calls */
};

/* What one stop is: the call, its registers and, at exit, its result. */
struct capture_call {
	pid_t tid;
	unsigned nr;
	const uint64_t *args;   /* the six argument registers (of the entry) */
	int when;               /* SC_W_ENTRY or SC_W_EXIT */
	int64_t ret;            /* at exit: the return value */
	bool ok;                /* at exit: the call succeeded */
	uint32_t *len_at_entry; /* [6]: at entry, filled with the ints behind SC_L_ARGPTR
				 * lengths that are SC_F_LEN_IS_MAX; at exit, read back */
	uint64_t sp;            /* at entry: the user stack pointer (0: unknown), for the
				 * table's stack memory (struct syscall_desc's stack) */
};

/* Returns 0 or -ENOMEM. */
int capture_init(struct capture *c, unsigned cap_bytes);

/* Accepts a zeroed capture. */
void capture_free(struct capture *c);

/* Copies the memory CALL designates at its entry or exit into c->blobs
 * (c->nblobs of them, c->blob_ptrs pointing at each). Returns the number of
 * blobs, or -ENOMEM (then nothing was captured). */
int capture_stop(struct capture *c, const struct capture_call *call);

/* The memory capture helpers below are also used for /proc-independent
 * reads by the recorder (clone3's flags at a fork event). Reads LEN bytes
 * at ADDR of TID into DST; returns the bytes read or a negative errno. */
ssize_t capture_read(pid_t tid, uint64_t addr, void *dst, size_t len);

#endif

/*
 * rec — the recorder's internal state, shared by recorder.c (setting up and
 * tearing down a recording) and loop.c (the ptrace event loop). Not public:
 * recorder.h is the interface.
 */
#ifndef RTRACE_REC_H
#define RTRACE_REC_H

#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <sys/types.h>

#include "capture.h"
#include "recorder.h"
#include "tasks.h"
#include "trace_writer.h"

struct rec {
	const struct recorder_opts *opts;
	trace_writer *w;
	struct capture cap;
	struct tasks tasks;
	uint64_t start_mono;     /* CLOCK_MONOTONIC at start: event times count from it */
	uint64_t last_flush;     /* event time of the last flush */
	uint64_t appended;       /* events appended since then */
	bool seccomp;            /* the launched command has the filter: resume with CONT */
	uint64_t *set;           /* wanted syscalls (NULL: all) */
	size_t nwords;
	bool attach_only;        /* no launched command: stop signals detach */
	pid_t root;              /* the launched command, or 0 */
	pid_t self;              /* the recorder's pid, the root's parent */
	int root_status;
	bool root_done;
	int write_err;           /* first trace_writer error */
	unsigned held;           /* tasks kept stopped before their creator's event */
};

/* Set by the signal handlers (recorder.c), read by the loop. */
extern volatile sig_atomic_t rec_stop_requested;
extern volatile sig_atomic_t rec_tick;

/* Runs the event loop until no traced task is left (or, attach-only, a stop
 * signal detached them all). */
void rec_loop(struct rec *r);

/* Emits the NewTask event of T. */
void rec_announce(struct rec *r, struct task *t, pid_t parent_tid, uint64_t clone_flags,
		  bool attached);

/* Nanoseconds since the trace start. */
uint64_t rec_now(const struct rec *r);

#endif

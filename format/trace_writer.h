/*
 * trace_writer — appends events to a trace file.
 *
 * Events are packed into an in-memory batch; a full batch is sealed and
 * queued. Sealed batches are compressed (each into an independent zstd frame)
 * and written either by a thread the writer owns (opts.threaded; started,
 * with every signal blocked, when the first batch is sealed before close —
 * a trace whose only batch close seals is compressed in the closing thread)
 * or by trace_writer_pump() in the caller's thread. trace_writer_append() itself
 * never compresses and never does I/O, so a tracer can call it between
 * ptrace stops; with a writer thread it blocks only when opts.max_queued
 * sealed batches are waiting (back-pressure keeps memory bounded).
 *
 * Blobs of opts.data_min bytes or more go to the frame's data section
 * (trace_format.h), compressed apart from the events at opts.data_level.
 *
 * Event times are passed as nanoseconds since the trace start; the writer
 * rounds them down to opts.time_unit_ns (recorded in the metadata) and stores
 * them delta-encoded, in the frame's time column (at the head of its data
 * section), not in the events. They must not decrease.
 *
 * Errors are negative errno or trace_error codes (trace_format.h). A write
 * error is sticky: every later call returns it. Not thread-safe: one thread
 * appends; the writer thread is internal.
 */
#ifndef RTRACE_TRACE_WRITER_H
#define RTRACE_TRACE_WRITER_H

#include <stddef.h>
#include <stdint.h>

#include "rtrace.pb-c.h"
#include "trace_format.h"

typedef struct trace_writer trace_writer;

typedef struct trace_writer_opts {
	size_t batch_bytes; /* seal a batch once it holds this much (default 256 KiB) */
	int level;          /* zstd level (default 1) */
	int threaded;       /* compress and write on a thread of the writer's own */
	int max_queued;     /* sealed batches allowed to wait (default 16) */
	uint32_t time_unit_ns; /* resolution of the stored times (default 1 ns) */
	int fast_level;     /* when compressing has taken over 1/25 of the time since
			     * the writer opened, frames use this level instead of
			     * `level` and `data_level` where it is lower, until the
			     * share falls again (0: never) */
	size_t data_min;    /* blobs of at least this many bytes go to the data
			     * section (default 512; SIZE_MAX: none do) */
	int data_level;     /* zstd level of the data section (default: level) */
} trace_writer_opts;

/* Creates PATH (mode 0600, O_CLOEXEC, truncating) and writes the file header and
 * META. OPTS may be NULL for the defaults. Returns 0 or a negative errno. */
int trace_writer_open(const char *path, const Rt__Metadata *meta,
		      const trace_writer_opts *opts, trace_writer **ret);

/* The same on an open descriptor, which the writer then owns and closes. */
int trace_writer_open_fd(int fd, const Rt__Metadata *meta,
			 const trace_writer_opts *opts, trace_writer **ret);

/* Appends EV, stamped T_NS (ns since the trace start). EV's dt_ns is
 * cleared by the writer (the time is stored apart); EV is not kept. Returns 1 when this sealed a batch (without a
 * writer thread, call trace_writer_pump() soon), 0 otherwise, or a negative
 * error. */
int trace_writer_append(trace_writer *w, Rt__Event *ev, uint64_t t_ns);

/* Seals the current batch even if not full, so it reaches the file soon.
 * Returns 0 or a negative error. */
int trace_writer_flush(trace_writer *w);

/* Without a writer thread: compresses and writes every sealed batch. With
 * one: returns at once. Returns 0 or a negative error. */
int trace_writer_pump(trace_writer *w);

/* Bytes appended but not yet written, and bytes written to the file. */
uint64_t trace_writer_pending_bytes(const trace_writer *w);
uint64_t trace_writer_written_bytes(const trace_writer *w);
uint64_t trace_writer_event_count(const trace_writer *w);

/* Appends the trailer, writes everything, closes the file and frees W.
 * Returns 0 or the first error met over the writer's life. Accepts NULL. */
int trace_writer_close(trace_writer *w);

/* Frees W without a trailer (the file then reads as ending early).
 * Accepts NULL. */
void trace_writer_abandon(trace_writer *w);

#endif

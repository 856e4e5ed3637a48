/*
 * trace_pack — a direct encoder for the two events a trace is made of
 * (syscall entry and syscall exit), used by trace_writer_append().
 *
 * protobuf-c's get_packed_size + pack walk an event three times (pack asks
 * each sub-message for its size again before writing it, and each blob's
 * size once more inside its parent). This encoder computes every size once,
 * then writes, and its output is byte for byte what rt__event__pack() writes
 * (tests/format/test_trace_pack.c holds it to that).
 *
 * It only takes events it knows whole: an entry or an exit (with any number
 * of blobs: execve's argv and envp are one each) without unknown fields, and
 * a schema that still has exactly the fields this encoder was written for
 * (checked against the generated descriptors on first use). Anything else is
 * left to protobuf-c.
 *
 * Blobs of at least SPLIT_MIN bytes (0: none) are split off for the frame's
 * data section (trace_format.h): the event then carries Blob.section_len
 * instead of the bytes, which go to a second buffer. The event's bytes are
 * then rt__event__pack()'s for the event with those blobs' data moved so.
 * A blob whose section_len is already set is not taken.
 * Thread-safe: no state besides the one-time schema check.
 */
#ifndef RTRACE_TRACE_PACK_H
#define RTRACE_TRACE_PACK_H

#include <stddef.h>
#include <stdint.h>

#include "rtrace.pb-c.h"

/* Blobs whose sizes the plan keeps; trace_pack_write() sizes any further
 * ones again (cheap: a handful of fields each). */
#define TRACE_PACK_SIZED_BLOBS 16

/* The sizes computed by trace_pack_plan(), reused by trace_pack_write(). */
typedef struct trace_pack_plan {
	size_t total;                         /* the packed event */
	size_t body;                          /* the entry or exit sub-message */
	size_t args;                          /* the packed args payload (entries) */
	size_t blob[TRACE_PACK_SIZED_BLOBS];  /* the first blobs' sub-messages */
	size_t split_min;                     /* as given to trace_pack_plan_event(), 0 as SIZE_MAX */
	size_t data;                          /* bytes split off for the data section */
} trace_pack_plan;

/* Sizes EV into *PLAN, splitting off blobs of at least SPLIT_MIN bytes
 * (0: none). Returns 1 when this encoder takes EV (PLAN->total is then its
 * packed size, PLAN->data the bytes split off), 0 when the caller must use
 * protobuf-c. */
int trace_pack_plan_event(const Rt__Event *ev, size_t split_min, trace_pack_plan *plan);

/* Writes EV, planned by trace_pack_plan_event(), to OUT (PLAN->total bytes
 * of room) and the split-off blobs' bytes, one after the other, to DATA
 * (PLAN->data bytes of room; may be NULL when that is 0). Returns
 * PLAN->total. */
size_t trace_pack_write(const Rt__Event *ev, const trace_pack_plan *plan, unsigned char *out,
			unsigned char *data);

#endif

/*
 * trace_reader — reads a trace file, one event at a time.
 *
 * The file is untrusted: every length is checked before use, and nothing is
 * allocated from a length that was not checked against the limits of
 * trace_format.h. The reader reads the file sequentially (a pipe works) and
 * holds one decompressed frame at a time, never the whole file.
 *
 * An event returned by trace_reader_next() stays valid until the next call;
 * events are unpacked into an arena the reader owns, so reading costs no
 * malloc per event, and blobs kept in the frame's data section (formats 3
 * and 4) point into the reader's copy of it, not copied again. An event's
 * dt_ns is its time whatever the format (format 4 keeps the times in the
 * frame's time column, and the reader puts them back). Reads every format
 * up to TRACE_VERSION_MAJOR. Not thread-safe: one reader per thread.
 *
 * Damage: a truncated file yields every event of every complete frame, then
 * TRACE_E_TRUNCATED. A damaged frame yields TRACE_E_DAMAGED; calling
 * trace_reader_next() again resumes at the next intact frame. In both cases
 * trace_reader_error() says where and why.
 */
#ifndef RTRACE_TRACE_READER_H
#define RTRACE_TRACE_READER_H

#include <stdint.h>

#include "rtrace.pb-c.h"
#include "trace_format.h"

typedef struct trace_reader trace_reader;

/* Opens PATH ("-" for standard input) and reads its header and metadata.
 * Returns 0, or a negative errno or TRACE_E_BADMAGIC / TRACE_E_VERSION /
 * TRACE_E_METADATA / TRACE_E_TRUNCATED. */
int trace_reader_open(const char *path, trace_reader **ret);

/* The same on an open descriptor, which the reader then owns and closes. */
int trace_reader_open_fd(int fd, trace_reader **ret);

/* The trace's metadata; valid for the reader's life. */
const Rt__Metadata *trace_reader_metadata(const trace_reader *r);

/* The file's format version. */
void trace_reader_version(const trace_reader *r, unsigned *major, unsigned *minor);

/* Next event into *EV and its time (ns since the trace start) into *T_NS
 * (may be NULL). Returns 1 for an event, 0 at the clean end of the trace
 * (its trailer), or TRACE_E_TRUNCATED / TRACE_E_DAMAGED / a negative errno.
 * After TRACE_E_DAMAGED the next call resumes at the next intact frame;
 * after any other error it returns the same error again. */
int trace_reader_next(trace_reader *r, const Rt__Event **ev, uint64_t *t_ns);

/* A one-line description of the last error ("trace ends early at byte 1234"),
 * or NULL if there was none. */
const char *trace_reader_error(const trace_reader *r);

/* Byte offset in the file just past the last frame read. */
uint64_t trace_reader_offset(const trace_reader *r);

/* The trailer of a cleanly closed trace, once trace_reader_next() returned 0;
 * NULL before that or when the trace has none. */
const Rt__Trailer *trace_reader_trailer(const trace_reader *r);

/* Frames and events read so far, and frames skipped as damaged. */
uint64_t trace_reader_frames(const trace_reader *r);
uint64_t trace_reader_events(const trace_reader *r);
uint64_t trace_reader_damaged_frames(const trace_reader *r);

/* Accepts NULL. */
void trace_reader_free(trace_reader *r);

#endif

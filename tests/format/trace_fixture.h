/* Helpers shared by the format tests: build events, write small traces. */
#ifndef TESTS_TRACE_FIXTURE_H
#define TESTS_TRACE_FIXTURE_H

#include <stddef.h>
#include <stdint.h>

#include "trace_reader.h"
#include "trace_writer.h"

/* A temporary file name under $TMPDIR; caller frees and unlinks. */
char *fixture_tmpname(void);

/* A criterion suite NAME whose tests each write the temporary trace file
 * `path` (a fresh one made before each test, removed after it). */
#define FIXTURE_TRACE_SUITE(name)                                     \
	static char *path;                                            \
	static void fixture_init_(void)                               \
	{                                                             \
		path = fixture_tmpname();                             \
	}                                                             \
	static void fixture_fini_(void)                               \
	{                                                             \
		unlink(path);                                         \
		free(path);                                           \
	}                                                             \
	TestSuite(name, .init = fixture_init_, .fini = fixture_fini_)

/* Writes a trace of N syscall entry/exit events (tid 100 + i % 7) to PATH,
 * in frames of BATCH bytes. Returns 0 or a negative error. */
int fixture_write_syscalls(const char *path, int n, size_t batch, int threaded);

/* Event I of the blob stream: syscall entries and exits (tid 200 + i % 5)
 * whose blobs are small (a path, kept in the event) or large (500 to 2500
 * bytes of text, which go to the data section), one to three of them.
 * Built in *STORE, which it points into. */
struct fixture_event {
	Rt__Event ev;
	Rt__SyscallEntry en;
	Rt__SyscallExit ex;
	Rt__Blob blob[3];
	Rt__Blob *blobs[3];
	uint64_t args[6];
};
void fixture_blob_event(int i, struct fixture_event *store);

/* The time event I of the blob stream is stamped with, in ns. */
uint64_t fixture_blob_time(int i);

/* Writes N events of the blob stream to PATH in frames of BATCH bytes, with
 * OPTS's other settings (NULL: the defaults). Returns 0 or a negative error. */
int fixture_write_blobs(const char *path, int n, size_t batch, const trace_writer_opts *opts);

/* Whether EV, read back, is event I of the blob stream (all but dt_ns). */
int fixture_is_blob_event(const Rt__Event *ev, int i);

/* Reads PATH to its end; returns the number of events read and stores the
 * last return code of trace_reader_next in *LAST. */
long fixture_count_events(const char *path, int *last);

/* The frame ends (file offsets) of a well-formed trace of LEN bytes at P,
 * at most MAX of them; returns their number. */
int fixture_frame_ends(const unsigned char *p, size_t len, size_t *ends, int max);

/* Asserts (criterion) that the trace at PATH, cut at every byte offset,
 * fails to open when cut inside its header and metadata, and otherwise
 * reads exactly the events of the frames complete before the cut, then
 * reports TRACE_E_TRUNCATED. The file must hold more than 3 frames. */
void fixture_assert_cuts(const char *path);

/* Reads a whole file into memory; *LEN gets its size. */
unsigned char *fixture_slurp(const char *path, size_t *len);
void fixture_spit(const char *path, const unsigned char *p, size_t len);

#endif

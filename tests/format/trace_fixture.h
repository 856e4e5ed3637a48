/* Helpers shared by the format tests: build events, write small traces. */
#ifndef TESTS_TRACE_FIXTURE_H
#define TESTS_TRACE_FIXTURE_H

#include <stddef.h>
#include <stdint.h>

#include "trace_reader.h"
#include "trace_writer.h"

/* A temporary file name under $TMPDIR; caller frees and unlinks. */
char *fixture_tmpname(void);

/* Writes a trace of N syscall entry/exit events (tid 100 + i % 7) to PATH,
 * in frames of BATCH bytes. Returns 0 or a negative error. */
int fixture_write_syscalls(const char *path, int n, size_t batch, int threaded);

/* Reads PATH to its end; returns the number of events read and stores the
 * last return code of trace_reader_next in *LAST. */
long fixture_count_events(const char *path, int *last);

/* Reads a whole file into memory; *LEN gets its size. */
unsigned char *fixture_slurp(const char *path, size_t *len);
void fixture_spit(const char *path, const unsigned char *p, size_t len);

#endif

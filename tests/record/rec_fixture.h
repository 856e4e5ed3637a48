/*
 * rec_fixture — helpers for the recorder tests: run a program (traced by the
 * built rtrace, or not), capture its stdout, stderr and wait status, and load
 * a whole trace into memory to look calls up by name.
 *
 * Paths come from the environment meson sets: RTRACE (the rtrace binary) and
 * PROGS (the folder of the test programs). Everything allocated is freed by
 * the matching free function. Test-only code: failures abort the test.
 */
#ifndef RTRACE_REC_FIXTURE_H
#define RTRACE_REC_FIXTURE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "rtrace.pb-c.h"

struct run_result {
	int status;      /* wait status */
	char *out, *err; /* stdout and stderr, NUL-terminated */
	size_t out_len, err_len;
};

/* Runs ARGV (argv[0] a path) with stdin from /dev/null; stdout/stderr captured. */
void fx_run(char *const argv[], struct run_result *ret);
void fx_run_free(struct run_result *r);

/* The path of test program NAME (one of 8 rotating static buffers), and of rtrace. */
const char *fx_prog(const char *name);
const char *fx_rtrace(void);

/* A fresh temporary trace path (static buffer, different each call). */
const char *fx_trace_path(void);

/* Records ARGV (NULL-terminated) with EXTRA options before "--"
 * (NULL-terminated, may be NULL) into TRACE. */
void fx_record(const char *trace, const char *const extra[], const char *const argv[],
	       struct run_result *ret);

/* The same in a process group of its own, recorder and command together as
 * a shell's job: for commands that signal their whole group. */
void fx_record_own_group(const char *trace, const char *const argv[], struct run_result *ret);

struct trace {
	Rt__Metadata *meta;
	Rt__Event **ev;
	uint64_t *t_ns;
	size_t n;
	int end;           /* what trace_reader_next() returned last (0: clean end) */
};

/* Loads every event of PATH. Returns 0, or the reader's error on open. */
int fx_load(const char *path, struct trace *ret);
void fx_trace_free(struct trace *t);

/* The number of syscall NAME. */
unsigned fx_nr(const char *name);

/* The K-th (from 0) entry event of syscall NAME (by any task), or NULL. */
const Rt__Event *fx_entry(const struct trace *t, const char *name, size_t k);

/* The exit event matching entry E (the next exit of the same tid), or NULL. */
const Rt__Event *fx_exit_of(const struct trace *t, const Rt__Event *e);

/* The blob of ARG / INDEX among N blobs, or NULL. */
const Rt__Blob *fx_blob(Rt__Blob *const *blobs, size_t n, unsigned arg, unsigned index);

/* Counts events of a kind (RT__EVENT__KIND_*), optionally of one syscall at entry
 * (nr = -1 for any). */
size_t fx_count(const struct trace *t, Rt__Event__KindCase kind, int nr);

/* The first entry of syscall NAME whose string argument ARG equals S. */
const Rt__Event *fx_entry_with_str(const struct trace *t, const char *name, unsigned arg,
				   const char *s);



/* Starts ARGV in the background with stdin, stdout and stderr on /dev/null
 * (stdout to OUT_PATH when not NULL). Returns its pid. */
pid_t fx_spawn(char *const argv[], const char *out_path);

/* Sleeps MS milliseconds. */
void fx_sleep_ms(long ms);
#endif

/*
 * show — `rtrace show`: prints a trace the way `strace -f -o FILE` prints
 * the same run, or as JSON lines, or as strace's -c summary.
 *
 * The printer reads the trace through replay.h, in file order, which is the
 * order strace saw the stops: it prints an entry when it reads it and
 * closes it with ` <unfinished ...>` when another thread's line comes
 * first, then `<... NAME resumed>` at the exit, exactly where strace does.
 * Arguments are decoded by the family decoders (show_decode.h); every
 * syscall without one gets the generic form from the syscall table.
 *
 * Output goes through one large buffer written with write(2) to OUT_FD.
 * Library code: errors are returned, never printed; show_main() is the
 * command-line layer that prints them.
 */
#ifndef RTRACE_SHOW_H
#define RTRACE_SHOW_H

#include <stddef.h>
#include <stdint.h>

/* Time stamps before each line (-t, -tt, -ttt, -r). */
enum show_tstamp {
	SHOW_TS_NONE,
	SHOW_TS_SEC,      /* -t: 12:34:56 */
	SHOW_TS_USEC,     /* -tt: 12:34:56.123456 */
	SHOW_TS_EPOCH,    /* -ttt: 1700000000.123456 */
};

/* -e status= bits (strace's). */
enum show_status {
	SHOW_ST_SUCCESSFUL = 1 << 0,
	SHOW_ST_FAILED = 1 << 1,
	SHOW_ST_UNFINISHED = 1 << 2,
	SHOW_ST_UNAVAILABLE = 1 << 3,
	SHOW_ST_DETACHED = 1 << 4,
	SHOW_ST_ALL = 0x1f,
};

/* -c / -C summary sort keys (-S). */
enum show_sort {
	SHOW_SORT_TIME,
	SHOW_SORT_CALLS,
	SHOW_SORT_ERRORS,
	SHOW_SORT_NAME,
	SHOW_SORT_NOTHING,
};

#define SHOW_SET_WORDS 8 /* 512 syscall numbers */

struct show_opts {
	unsigned strsize;        /* -s (32) */
	unsigned acolumn;        /* -a (40) */
	int tstamp;              /* enum show_tstamp */
	int relative;            /* -r */
	int syscall_times;       /* -T */
	int yflag;               /* -y (1), -yy (2) */
	int real_paths;          /* -y's paths resolved against this host's files:
				  * -1 when recorded here since boot (default), 1 always, 0 never */
	int xflag;               /* -x (1), -xx (2) */
	int verbose;             /* -v */
	int summary;             /* -c (1: only the summary), -C (2: lines and summary) */
	int sort;                /* enum show_sort, -S */
	int json;                /* --json */
	unsigned status;         /* -e status= (SHOW_ST_ALL) */
	int trace_all;           /* no -e trace= given */
	uint64_t trace_set[SHOW_SET_WORDS]; /* -e trace= (bit nr) */
	int signal_all;          /* no -e signal= given */
	uint64_t signal_set;     /* -e signal= (bit signo - 1 ... bit 63: 64) */
	const uint32_t *pids;    /* -p: these processes and their descendants */
	size_t npids;
};

/* The defaults: strace's (-s 32, -a 40, everything traced). */
void show_opts_init(struct show_opts *o);

typedef struct replay replay;

/* Prints the trace of replay R (which stays the caller's) to OUT_FD.
 * Returns as show_run(). */
int show_print(const struct show_opts *o, replay *r, int out_fd, const char **ret_msg);

/* Prints the trace at PATH ("-": stdin) to OUT_FD. Returns 0, or a
 * negative errno / TRACE_E_* code: then everything readable was printed
 * first, and *RET_MSG (may be NULL) points to a one-line description that
 * stays valid until the next call. */
int show_run(const struct show_opts *o, const char *path, int out_fd, const char **ret_msg);

/* The `rtrace show` command: parses ARGV, prints, reports errors on stderr.
 * Returns the exit status. */
int show_main(int argc, char **argv);

#endif

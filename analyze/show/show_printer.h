/*
 * show_printer — the printer's state, shared by its files (the line
 * discipline in show_printer.c, JSON lines in show_jsonl.c, the -c summary
 * in show_stats.c). Internal to analyze/show.
 */
#ifndef RTRACE_SHOW_PRINTER_H
#define RTRACE_SHOW_PRINTER_H

#include <time.h>

#include "show_internal.h"

/* -c: per syscall number. */
struct show_stat {
	uint64_t calls, errors, ns;
};

struct show_stats {
	struct show_stat *v;
	size_t n;
};

void show_stats_add(struct show_stats *s, const struct replay_call *c);
void show_stats_print(const struct show_stats *s, const struct show_opts *o, struct sbuf *out);
void show_stats_free(struct show_stats *s);

/* Per thread (the replay thread's user slot). */
struct tstate {
	int open;         /* this thread's line is open (strace: curcol != 0) */
	int decoded;      /* the entry part printed every argument */
	int ret_fmt;      /* the SHOW_RV_* the entry part returned */
	int skip;         /* the current call is not printed */
	int counted;      /* the current call counts for -c */
	int in_call;      /* an ENTRY was seen and its SYSCALL not yet */
	int selected;     /* -p: a selected process or a descendant */
	int reprint;      /* strace's TCB_REPRINT: the next exit says resumed */
	uint64_t seq;     /* the call in progress */
	/* strace's s_prev_ent: the last call whose exit was printed, which a
	 * restart_syscall says it resumes */
	const struct syscall_desc *prev_desc;
	unsigned prev_nr;
	int has_prev;
	size_t line_start;        /* staged: where the line starts in stage */
	struct sbuf stage;        /* -e status=: the line until it is complete */
	struct jsbuild js;        /* --json: the arguments of the call in progress */
	struct tstate *next_free, *next_all;
};

struct show_printer {
	const struct show_opts *o;
	replay *r;
	int out_fd;
	struct sbuf out;
	uint64_t flushed;     /* bytes written before out.p[0] */
	uint64_t line_start;  /* absolute offset of the current line's start */
	struct tstate *printing; /* strace's printing_tcp */
	int staged;           /* -e status= filters: lines are staged per thread */
	uint64_t start_wall_ns;
	uint64_t prev_ns;     /* -r */
	int have_prev;
	struct tm tm;         /* -t: the broken-down time of tm_sec */
	time_t tm_sec;
	int tm_valid;
	int write_err, damage, oom;
	struct tstate *all_ts, *free_ts;
	struct tstate spare;  /* when allocation fails: printing goes on, roughly */
	struct show_stats stats;
	struct show_paths *paths; /* -y: resolver against this host's files, or NULL */
};

/* --json lines. */
void show_json_syscall(struct show_printer *pr, struct tstate *ts, const struct replay_item *it);
void show_json_event(struct show_printer *pr, struct tstate *ts, const struct replay_item *it);

#endif

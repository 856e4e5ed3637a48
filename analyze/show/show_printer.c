/* show_printer — the strace line discipline over the replayed stream
 * (show.h). It mirrors strace 6.1's printleader()/line_ended(): one thread
 * "holds" the output while its line is open; any other line first closes
 * it with ` <unfinished ...>`, and that thread's exit then starts a new
 * line with `<... NAME resumed>`. File order is the order strace saw the
 * stops, so this places every break where strace placed it. */
#include "show_printer.h"
#include "show_paths.h"
#include "xlat.h"

#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define FLUSH_AT (1u << 20)

/* ---- Output ------------------------------------------------------------ */

static void flush_out(struct show_printer *pr)
{
	size_t off = 0;
	while (off < pr->out.len && !pr->write_err) {
		ssize_t n = write(pr->out_fd, pr->out.p + off, pr->out.len - off);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			pr->write_err = n < 0 ? -errno : -EIO;
		else
			off += (size_t)n;
	}
	pr->flushed += pr->out.len;
	pr->out.len = 0;
}

/* Where a thread's text goes: the output, or its stage for -e status=. */
static struct sbuf *target(struct show_printer *pr, struct tstate *ts)
{
	return pr->staged ? &ts->stage : &pr->out;
}

static size_t column(struct show_printer *pr, struct tstate *ts)
{
	if (pr->staged)
		return ts->stage.len - ts->line_start;
	return (size_t)(pr->flushed + pr->out.len - pr->line_start);
}

/* ---- Thread state ------------------------------------------------------- */

static int pid_selected(const struct show_printer *pr, uint32_t pid)
{
	if (!pr->o->npids)
		return 1;
	for (size_t i = 0; i < pr->o->npids; i++)
		if (pr->o->pids[i] == pid)
			return 1;
	return 0;
}

static struct tstate *tstate_of(struct show_printer *pr, replay_thread *t)
{
	struct tstate *ts = replay_thread_user(t);
	if (ts)
		return ts;
	if ((ts = pr->free_ts)) {
		pr->free_ts = ts->next_free;
		struct sbuf stage = ts->stage;
		struct jsbuild js = ts->js;
		struct tstate *all = ts->next_all;
		memset(ts, 0, sizeof *ts);
		ts->stage = stage;
		ts->stage.len = 0;
		ts->js = js;
		ts->next_all = all;
	} else {
		ts = calloc(1, sizeof *ts);
		if (!ts) {
			pr->oom = 1;
			ts = &pr->spare;
			memset(ts, 0, sizeof *ts);
			return ts;
		}
		ts->next_all = pr->all_ts;
		pr->all_ts = ts;
	}
	ts->selected = pid_selected(pr, replay_proc_pid(replay_thread_proc(t)));
	replay_thread_set_user(t, ts);
	return ts;
}

static void tstate_release(struct show_printer *pr, replay_thread *t)
{
	struct tstate *ts = replay_thread_user(t);
	if (!ts || ts == &pr->spare)
		return;
	if (pr->printing == ts)
		pr->printing = NULL;
	replay_thread_set_user(t, NULL);
	ts->next_free = pr->free_ts;
	pr->free_ts = ts;
}

/* ---- Leaders and line ends ----------------------------------------------- */

/* V in decimal, at least WIDTH digits padded with PAD ('0' or ' '):
 * printf's cost per line is what -t, -r and -T would otherwise pay. */
static void put_num(struct sbuf *b, uint64_t v, int width, char pad)
{
	char tmp[24];
	int n = 0;
	do {
		tmp[n++] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	char out[48];
	int k = 0;
	for (int i = n; i < width && k < 24; i++)
		out[k++] = pad;
	while (n)
		out[k++] = tmp[--n];
	sbuf_put_inline(b, out, (size_t)k);
}

/* SECONDS.MICROSECONDS of NS, the seconds at least SEC_WIDTH wide. */
static void put_secs(struct sbuf *b, uint64_t ns, int sec_width)
{
	put_num(b, ns / 1000000000, sec_width, ' ');
	sbuf_putc(b, '.');
	put_num(b, ns / 1000 % 1000000, 6, '0');
}

static void put_time(struct show_printer *pr, struct sbuf *b, uint64_t t_ns)
{
	const struct show_opts *o = pr->o;
	if (o->relative) {
		uint64_t d = pr->have_prev ? t_ns - pr->prev_ns : 0;
		if (t_ns < pr->prev_ns)
			d = 0;
		pr->prev_ns = t_ns;
		pr->have_prev = 1;
		put_secs(b, d, 6);
		sbuf_putc(b, ' ');
		return;
	}
	if (o->tstamp == SHOW_TS_NONE)
		return;
	uint64_t w = pr->start_wall_ns + t_ns;
	time_t sec = (time_t)(w / 1000000000);
	if (o->tstamp == SHOW_TS_EPOCH) {
		put_secs(b, w, 1);
		sbuf_putc(b, ' ');
		return;
	}
	/* localtime_r() per line is the cost of -t: reuse the last second's. */
	if (!pr->tm_valid || sec != pr->tm_sec) {
		localtime_r(&sec, &pr->tm);
		pr->tm_sec = sec;
		pr->tm_valid = 1;
	}
	put_num(b, (uint64_t)pr->tm.tm_hour, 2, '0');
	sbuf_putc(b, ':');
	put_num(b, (uint64_t)pr->tm.tm_min, 2, '0');
	sbuf_putc(b, ':');
	put_num(b, (uint64_t)pr->tm.tm_sec, 2, '0');
	if (o->tstamp == SHOW_TS_USEC) {
		sbuf_putc(b, '.');
		put_num(b, w / 1000 % 1000000, 6, '0');
	}
	sbuf_putc(b, ' ');
}

static void put_pid(struct sbuf *b, uint32_t tid)
{
	/* strace's "%-5d " */
	char tmp[16];
	int n = 0;
	char d[12];
	int k = 0;
	do {
		d[k++] = (char)('0' + tid % 10);
		tid /= 10;
	} while (tid);
	while (k)
		tmp[n++] = d[--k];
	while (n < 5)
		tmp[n++] = ' ';
	tmp[n++] = ' ';
	sbuf_put_inline(b, tmp, (size_t)n);
}

/* strace's printleader(): closes another thread's open line, then starts
 * this thread's with the pid column and the time stamp. */
static void leader(struct show_printer *pr, struct tstate *ts, uint32_t tid, uint64_t t_ns)
{
	struct tstate *p = pr->printing;
	if (p && p->open && !pr->staged) {
		sbuf_put(&pr->out, " <unfinished ...>\n", 18);
		p->open = 0;
	}
	pr->printing = ts;
	struct sbuf *b = target(pr, ts);
	if (pr->staged)
		ts->line_start = b->len;
	else
		pr->line_start = pr->flushed + pr->out.len;
	put_pid(b, tid);
	put_time(pr, b, t_ns);
	ts->open = 1;
}

/* With -e status= (strace's staged output) a call's line goes to its
 * thread's stage, and another syscall's line never breaks it. But a line
 * that is not a syscall's (a signal, an exit) is not staged: strace's
 * printleader() then ends the open line of the last thread that started
 * one with " <unfinished ...>\n" written into that thread's stage, and its
 * exit later goes on with ")" at column 0, no resumed header. */
static void unstaged_line(struct show_printer *pr)
{
	struct tstate *p = pr->printing;
	if (!pr->staged || !p || !p->open)
		return;
	sbuf_put(&p->stage, " <unfinished ...>\n", 18);
	p->line_start = p->stage.len;
	p->open = 0;
}

static void line_ended(struct show_printer *pr, struct tstate *ts)
{
	ts->open = 0;
	if (pr->printing == ts)
		pr->printing = NULL;
}

/* strace's tabto(): pad to the -a column, counting the whole line. */
static void tabto(struct show_printer *pr, struct tstate *ts)
{
	static const char spaces[] = "                                                                ";
	size_t col = column(pr, ts);
	struct sbuf *b = target(pr, ts);
	while (col < pr->o->acolumn) {
		size_t n = pr->o->acolumn - col;
		if (n > sizeof spaces - 1)
			n = sizeof spaces - 1;
		sbuf_put(b, spaces, n);
		col += n;
	}
}

/* A staged line (with -e status=) is published or dropped when it ends. */
static void publish(struct show_printer *pr, struct tstate *ts, unsigned status)
{
	if (!pr->staged)
		return;
	if (pr->o->status & status)
		sbuf_put(&pr->out, ts->stage.p, ts->stage.len);
	ts->stage.len = 0;
}

/* ---- Syscalls -------------------------------------------------------------- */

static int traced(const struct show_printer *pr, const struct replay_call *c)
{
	if (pr->o->trace_all)
		return 1;
	return c->nr < SHOW_SET_WORDS * 64 && (pr->o->trace_set[c->nr / 64] >> (c->nr % 64) & 1);
}

static void put_name(struct sbuf *b, const struct replay_call *c)
{
	if (c->desc)
		sbuf_puts(b, c->desc->name);
	else
		sbuf_printf(b, "syscall_%#x", c->nr);
}

static void call_init(struct show_printer *pr, struct tstate *ts, show_call *sc,
		      const struct replay_item *it, int exiting)
{
	memset(sc, 0, sizeof *sc);
	sc->pr = pr;
	sc->o = pr->o;
	sc->call = it->call;
	sc->thread = it->thread;
	sc->out = target(pr, ts);
	sc->js = pr->o->json ? &ts->js : NULL;
	sc->exiting = exiting;
}

/* The unknown syscall: strace prints its six arguments in hex. */
static int raw_decode(show_call *c)
{
	for (unsigned i = 0; i < 6; i++) {
		if (i)
			show_arg_next(c);
		show_hex(c, show_arg(c, i));
	}
	return SHOW_DECODED | SHOW_RV_HEX;
}

static int run_decoder(show_call *sc)
{
	if (!sc->call->desc)
		return sc->exiting ? 0 : raw_decode(sc);
	return show_decode_call(sc);
}

static void on_entry(struct show_printer *pr, const struct replay_item *it)
{
	struct tstate *ts = tstate_of(pr, it->thread);
	const struct replay_call *c = it->call;
	ts->seq = c->seq;
	ts->skip = !ts->selected || !traced(pr, c);
	ts->counted = !ts->skip;
	ts->in_call = 1;
	if (ts->skip || pr->o->summary == 1)
		return;
	show_call sc;
	call_init(pr, ts, &sc, it, 0);
	if (pr->o->json) {
		js_reset(&ts->js);
	} else {
		leader(pr, ts, it->tid, c->entry_ns);
		put_name(sc.out, c);
		sbuf_putc(sc.out, '(');
	}
	int rv = run_decoder(&sc);
	ts->decoded = (rv & SHOW_DECODED) != 0;
	ts->ret_fmt = rv & SHOW_RV_MASK;
}

static void put_error(struct show_printer *pr, struct sbuf *b, int err)
{
	char tmp[XLAT_BUFSZ];
	size_t n = xlat_format_error(tmp, sizeof tmp, err);
	(void)pr;
	sbuf_put(b, "= ", 2);
	sbuf_put(b, tmp, n < sizeof tmp ? n : sizeof tmp - 1);
}

static void put_duration(struct sbuf *b, const struct replay_call *c)
{
	uint64_t d = c->exit_ns > c->entry_ns ? c->exit_ns - c->entry_ns : 0;
	sbuf_put(b, " <", 2);
	put_secs(b, d, 1);
	sbuf_putc(b, '>');
}

/* The resumed header when another line came in between (or the entry was
 * never printed: attached mid-call). */
static void resume(struct show_printer *pr, struct tstate *ts, const struct replay_item *it, uint64_t t_ns)
{
	if (ts->open && !ts->reprint && pr->printing == ts)
		return; /* the entry's line goes on */
	if (pr->staged && ts->stage.len && !ts->reprint)
		return; /* the staged entry goes on, even after " <unfinished ...>" */
	ts->reprint = 0;
	leader(pr, ts, it->tid, t_ns);
	struct sbuf *b = target(pr, ts);
	sbuf_put(b, "<... ", 5);
	put_name(b, it->call);
	sbuf_put(b, " resumed>", 9);
}

/* A call whose exit never came. Death and a superseding exec print strace's
 * `= ?`; the end of the trace only closes the line. */
static void on_cut(struct show_printer *pr, struct tstate *ts, const struct replay_item *it)
{
	const struct replay_call *c = it->call;
	if (c->cut != REPLAY_CUT_DEATH && c->cut != REPLAY_CUT_EXEC) {
		/* A clean end with calls in progress is a -p recording that
		 * detached: strace's droptcb() says so; otherwise the trace
		 * was cut short. */
		int detached = c->cut == REPLAY_CUT_END && trace_reader_trailer(replay_reader(pr->r));
		if (ts->open && (!detached || pr->printing == ts)) {
			sbuf_puts(target(pr, ts), detached ? " <detached ...>\n" : " <unfinished ...>\n");
			line_ended(pr, ts);
			publish(pr, ts, detached ? SHOW_ST_DETACHED : SHOW_ST_UNFINISHED);
		}
		return;
	}
	if (pr->printing != ts)
		unstaged_line(pr); /* strace's print_event_exit() */
	resume(pr, ts, it, c->exit_ns);
	struct sbuf *b = target(pr, ts);
	if (!ts->decoded)
		sbuf_put(b, " <unfinished ...>", 17);
	sbuf_put(b, ") ", 2);
	tabto(pr, ts);
	sbuf_put(b, "= ?\n", 4);
	line_ended(pr, ts);
	publish(pr, ts, SHOW_ST_UNFINISHED);
}

static void on_exit_text(struct show_printer *pr, struct tstate *ts, const struct replay_item *it)
{
	const struct replay_call *c = it->call;
	resume(pr, ts, it, c->exit_ns);
	pr->printing = ts;
	show_call sc;
	call_init(pr, ts, &sc, it, 1);
	int fmt = ts->ret_fmt;
	if (!ts->decoded)
		fmt = run_decoder(&sc) & SHOW_RV_MASK;
	struct sbuf *b = sc.out;
	sbuf_put(b, ") ", 2);
	tabto(pr, ts);
	if (c->err) {
		put_error(pr, b, c->err);
	} else {
		sbuf_put(b, "= ", 2);
		show_print_ret(&sc, fmt);
	}
	if (pr->o->syscall_times)
		put_duration(b, c);
	sbuf_putc(b, '\n');
	line_ended(pr, ts);
	publish(pr, ts, c->err ? SHOW_ST_FAILED : SHOW_ST_SUCCESSFUL);
}

static void on_syscall(struct show_printer *pr, const struct replay_item *it)
{
	struct tstate *ts = tstate_of(pr, it->thread);
	const struct replay_call *c = it->call;
	if (!c->has_entry || !ts->in_call || ts->seq != c->seq) {
		/* no ENTRY item was seen for it: nothing printed yet */
		ts->skip = !ts->selected || !traced(pr, c);
		ts->counted = !ts->skip;
		ts->decoded = 0;
		ts->ret_fmt = 0;
		ts->open = 0;
	}
	ts->in_call = 0;
	if (ts->counted && c->has_exit && pr->o->summary)
		show_stats_add(&pr->stats, c);
	if (ts->skip || pr->o->summary == 1)
		return;
	if (pr->o->json)
		show_json_syscall(pr, ts, it);
	else if (c->cut)
		on_cut(pr, ts, it);
	else
		on_exit_text(pr, ts, it);
	if (!c->cut) {
		ts->prev_desc = c->desc;
		ts->prev_nr = c->nr;
		ts->has_prev = 1;
	}
}

/* strace prints the last call that thread finished (its s_prev_ent), which
 * for a restart_syscall is the call the kernel restarts; "system call" when
 * there was none. */
void show_prev_call_name(const show_call *c, char *buf, size_t size)
{
	const struct tstate *ts = replay_thread_user((replay_thread *)c->thread);
	if (!ts || !ts->has_prev)
		snprintf(buf, size, "system call");
	else if (ts->prev_desc)
		snprintf(buf, size, "%s", ts->prev_desc->name);
	else
		snprintf(buf, size, "syscall_%#x", ts->prev_nr);
}

/* ---- Process events ---------------------------------------------------------- */

static int signal_shown(const struct show_printer *pr, int sig)
{
	return pr->o->signal_all || (sig >= 1 && sig <= 64 && (pr->o->signal_set >> (sig - 1) & 1));
}

static void on_signal(struct show_printer *pr, const struct replay_item *it)
{
	struct tstate *ts = tstate_of(pr, it->thread);
	const Rt__Signal *s = it->signal;
	if (!ts->selected || !signal_shown(pr, s->signo) || pr->o->summary == 1)
		return;
	if (pr->o->json) {
		show_json_event(pr, ts, it);
		return;
	}
	unstaged_line(pr);
	leader(pr, ts, it->tid, it->t_ns);
	struct sbuf *b = target(pr, ts);
	char name[64];
	size_t n = xlat_format_signame(name, sizeof name, s->signo);
	if (s->group_stop) {
		sbuf_puts(b, "--- stopped by ");
		sbuf_put(b, name, n);
		sbuf_puts(b, " ---\n");
	} else {
		sbuf_puts(b, "--- ");
		sbuf_put(b, name, n);
		sbuf_putc(b, ' ');
		show_call sc;
		memset(&sc, 0, sizeof sc);
		sc.pr = pr;
		sc.o = pr->o;
		sc.thread = it->thread;
		sc.out = b;
		show_siginfo(&sc, s->siginfo.data, s->siginfo.len);
		sbuf_puts(b, " ---\n");
	}
	line_ended(pr, ts);
	publish(pr, ts, SHOW_ST_ALL);
}

static void on_exit_task(struct show_printer *pr, const struct replay_item *it)
{
	struct tstate *ts = tstate_of(pr, it->thread);
	const Rt__Exit *x = it->exit;
	int shown = ts->selected && pr->o->summary != 1 && (!x->signo || signal_shown(pr, x->signo));
	if (shown && pr->o->json) {
		show_json_event(pr, ts, it);
	} else if (shown) {
		unstaged_line(pr);
		leader(pr, ts, it->tid, it->t_ns);
		struct sbuf *b = target(pr, ts);
		if (x->signo) {
			char name[64];
			size_t n = xlat_format_signame(name, sizeof name, x->signo);
			sbuf_puts(b, "+++ killed by ");
			sbuf_put(b, name, n);
			sbuf_puts(b, x->core_dumped ? " (core dumped) +++\n" : " +++\n");
		} else {
			sbuf_printf(b, "+++ exited with %d +++\n", x->status);
		}
		line_ended(pr, ts);
		publish(pr, ts, SHOW_ST_ALL);
	}
	tstate_release(pr, it->thread);
}

static void on_exec(struct show_printer *pr, const struct replay_item *it)
{
	struct tstate *ts = tstate_of(pr, it->thread);
	const Rt__Exec *x = it->exec;
	if (!ts->selected || pr->o->summary == 1)
		return;
	if (pr->o->json) {
		show_json_event(pr, ts, it);
		return;
	}
	if (!x->former_tid || x->former_tid == it->tid)
		return;
	/* strace's maybe_switch_tcbs(): the exec'ing thread takes the leader's
	 * pid; its still-open execve line says so, and its exit is reprinted
	 * as resumed under the new pid. */
	if (ts->open && pr->printing == ts && !pr->staged) {
		sbuf_printf(&pr->out, " <pid changed to %u ...>\n", it->tid);
		line_ended(pr, ts);
	}
	unstaged_line(pr);
	leader(pr, ts, it->tid, it->t_ns);
	sbuf_printf(target(pr, ts), "+++ superseded by execve in pid %u +++\n", x->former_tid);
	line_ended(pr, ts);
	publish(pr, ts, SHOW_ST_ALL);
	ts->reprint = 1;
}

static void on_new_task(struct show_printer *pr, const struct replay_item *it)
{
	struct tstate *ts = tstate_of(pr, it->thread);
	if (it->parent) {
		struct tstate *pts = tstate_of(pr, it->parent);
		ts->selected |= pts->selected;
	}
	if (ts->selected && pr->o->json && pr->o->summary != 1)
		show_json_event(pr, ts, it);
}

/* ---- The run ------------------------------------------------------------------ */

static void dispatch(struct show_printer *pr, const struct replay_item *it)
{
	switch (it->kind) { /* enum replay_kind: one handler each */
	case REPLAY_ENTRY: on_entry(pr, it); break;
	case REPLAY_SYSCALL: on_syscall(pr, it); break;
	case REPLAY_SIGNAL: on_signal(pr, it); break;
	case REPLAY_EXIT: on_exit_task(pr, it); break;
	case REPLAY_EXEC: on_exec(pr, it); break;
	case REPLAY_NEW_TASK: on_new_task(pr, it); break;
	default: break;
	}
}

/* At the end: a line still open is closed as strace does when it stops. */
static void close_open_line(struct show_printer *pr)
{
	struct tstate *p = pr->printing;
	if (p && p->open && !pr->staged) {
		sbuf_put(&pr->out, " <unfinished ...>\n", 18);
		line_ended(pr, p);
	}
}

const char *show_real_path(struct show_printer *pr, const char *path, int follow)
{
	return pr && pr->paths ? show_paths_real(pr->paths, path, follow) : path;
}

static void printer_free(struct show_printer *pr)
{
	show_paths_free(pr->paths);
	for (struct tstate *ts = pr->all_ts, *n; ts; ts = n) {
		n = ts->next_all;
		sbuf_free(&ts->stage);
		sbuf_free(&ts->js.out);
		free(ts);
	}
	sbuf_free(&pr->spare.stage);
	sbuf_free(&pr->spare.js.out);
	sbuf_free(&pr->out);
	show_stats_free(&pr->stats);
}

static char msg[512];

int show_run(const struct show_opts *o, const char *path, int out_fd, const char **ret_msg)
{
	replay *r;
	int rc = replay_open(path, &r);
	if (rc < 0) {
		snprintf(msg, sizeof msg, "%s", trace_strerror(rc));
		if (ret_msg)
			*ret_msg = msg;
		return rc;
	}
	rc = show_print(o, r, out_fd, ret_msg);
	replay_free(r);
	return rc;
}

int show_print(const struct show_opts *o, replay *r, int out_fd, const char **ret_msg)
{
	int rc;
	msg[0] = '\0';
	struct show_printer pr;
	memset(&pr, 0, sizeof pr);
	pr.o = o;
	pr.r = r;
	pr.out_fd = out_fd;
	pr.staged = (o->status & SHOW_ST_ALL) != SHOW_ST_ALL && !o->json;
	pr.start_wall_ns = replay_metadata(r) ? replay_metadata(r)->start_wall_ns : 0;
	if (o->yflag && !o->json &&
	    (o->real_paths > 0 || (o->real_paths < 0 && show_paths_same_host(replay_metadata(r)))))
		pr.paths = show_paths_new(); /* NULL (no memory): paths stay lexical */
	sbuf_reserve(&pr.out, FLUSH_AT + 65536);

	struct replay_item it;
	while ((rc = replay_next(r, &it)) > 0 || rc == TRACE_E_DAMAGED) {
		if (rc == TRACE_E_DAMAGED) {
			if (!pr.damage)
				snprintf(msg, sizeof msg, "%s", replay_error(r) ? replay_error(r) : "damaged frame");
			pr.damage = TRACE_E_DAMAGED;
			continue;
		}
		dispatch(&pr, &it);
		if (pr.out.len >= FLUSH_AT)
			flush_out(&pr);
		if (pr.write_err)
			break;
	}
	if (rc < 0 && !pr.write_err)
		snprintf(msg, sizeof msg, "%s", replay_error(r) ? replay_error(r) : trace_strerror(rc));
	close_open_line(&pr);
	if (o->summary)
		show_stats_print(&pr.stats, o, &pr.out);
	flush_out(&pr);
	if (pr.write_err) {
		snprintf(msg, sizeof msg, "write error: %s", strerror(-pr.write_err));
		rc = pr.write_err;
	} else if (rc == 0 && pr.damage) {
		rc = pr.damage;
	} else if (rc == 0 && pr.oom) {
		snprintf(msg, sizeof msg, "out of memory");
		rc = -ENOMEM;
	}
	if (ret_msg)
		*ret_msg = rc < 0 ? msg : NULL;
	printer_free(&pr);
	return rc < 0 ? rc : 0;
}

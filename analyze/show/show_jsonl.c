/* show_jsonl — --json: one JSON object per line for each completed syscall
 * and each process event. The schema is documented in show_main.c's
 * --help text and in the README; keys appear in a fixed order. */
#include "show_printer.h"
#include "xlat.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

static void head(struct sbuf *b, const char *type, const struct replay_item *it)
{
	sbuf_printf(b, "{\"type\":\"%s\",\"pid\":%u,\"tid\":%u", type,
		    replay_proc_pid(it->proc), it->tid);
}

static void name_of(struct sbuf *b, const struct replay_call *c)
{
	char tmp[32];
	const char *n = c->desc ? c->desc->name : tmp;
	if (!c->desc)
		snprintf(tmp, sizeof tmp, "syscall_%#x", c->nr);
	sbuf_puts(b, ",\"name\":");
	js_string(b, n, strlen(n));
}

/* The return value, as decoded at exit, goes through the same builder. */
static void ret_of(struct show_printer *pr, struct tstate *ts, const struct replay_item *it, int fmt)
{
	struct sbuf *b = &pr->out;
	const struct replay_call *c = it->call;
	if (c->cut || !c->has_exit) {
		sbuf_puts(b, ",\"ret\":null,\"errno\":null,\"status\":\"unfinished\"");
		return;
	}
	sbuf_printf(b, ",\"ret\":%" PRId64, c->err ? (int64_t)-1 : c->ret);
	if (c->err) {
		const char *e = xlat_errno_name(c->err);
		sbuf_puts(b, ",\"errno\":");
		if (e)
			js_string(b, e, strlen(e));
		else
			sbuf_printf(b, "%d", c->err);
		sbuf_puts(b, ",\"status\":\"failed\"");
		return;
	}
	/* The decoded return value (a hex address, flags ...) as a value. */
	js_reset(&ts->js);
	show_call sc;
	memset(&sc, 0, sizeof sc);
	sc.pr = pr;
	sc.o = pr->o;
	sc.call = c;
	sc.thread = it->thread;
	sc.out = &pr->out;
	sc.js = &ts->js;
	sc.exiting = 1;
	show_print_ret(&sc, fmt);
	js_finish(&ts->js);
	struct jsbuild *j = &ts->js;
	size_t vlen = j->has_note ? j->note_at : j->out.len;
	sbuf_puts(b, ",\"errno\":null,\"status\":\"ok\",\"retval\":");
	if (vlen)
		sbuf_put(b, j->out.p, vlen);
	else
		sbuf_puts(b, "null");
	if (j->has_note && j->out.len > vlen) {
		sbuf_puts(b, ",\"ret_note\":");
		sbuf_put(b, j->out.p + vlen, j->out.len - vlen);
	}
}

void show_json_syscall(struct show_printer *pr, struct tstate *ts, const struct replay_item *it)
{
	const struct replay_call *c = it->call;
	struct sbuf *b = &pr->out;
	int fmt = ts->ret_fmt;
	if (!c->has_entry || ts->seq != c->seq)
		js_reset(&ts->js); /* no entry part: the arguments are unknown */
	else if (!c->cut && c->has_exit && !ts->decoded) {
		show_call sc;
		memset(&sc, 0, sizeof sc);
		sc.pr = pr;
		sc.o = pr->o;
		sc.call = c;
		sc.thread = it->thread;
		sc.out = &pr->out;
		sc.js = &ts->js;
		sc.exiting = 1;
		int rv = c->desc ? show_decode_call(&sc) : show_generic_decode(&sc);
		fmt = rv & SHOW_RV_MASK;
	}
	js_finish(&ts->js);
	head(b, "syscall", it);
	name_of(b, c);
	sbuf_printf(b, ",\"nr\":%u,\"entry_ns\":%" PRIu64 ",\"exit_ns\":%" PRIu64 ",\"args\":[",
		    c->nr, c->entry_ns, c->exit_ns);
	if (c->has_entry && ts->js.out.len)
		sbuf_put(b, ts->js.out.p, ts->js.out.len);
	sbuf_putc(b, ']');
	ret_of(pr, ts, it, fmt);
	sbuf_puts(b, "}\n");
}

static void signame(struct sbuf *b, int sig)
{
	char tmp[64];
	size_t n = xlat_format_signame(tmp, sizeof tmp, sig);
	js_string(b, tmp, n < sizeof tmp ? n : sizeof tmp - 1);
}

static void ev_signal(struct show_printer *pr, struct tstate *ts, const struct replay_item *it)
{
	struct sbuf *b = &pr->out;
	const Rt__Signal *s = it->signal;
	sbuf_puts(b, ",\"signal\":");
	signame(b, s->signo);
	sbuf_printf(b, ",\"group_stop\":%s,\"siginfo\":", s->group_stop ? "true" : "false");
	js_reset(&ts->js);
	show_call sc;
	memset(&sc, 0, sizeof sc);
	sc.pr = pr;
	sc.o = pr->o;
	sc.thread = it->thread;
	sc.out = b;
	sc.js = &ts->js;
	if (s->group_stop)
		show_puts(&sc, "");
	else
		show_siginfo(&sc, s->siginfo.data, s->siginfo.len);
	js_finish(&ts->js);
	if (ts->js.out.len)
		sbuf_put(b, ts->js.out.p, ts->js.out.len);
	else
		sbuf_puts(b, "null");
}

static void ev_exit(struct show_printer *pr, const struct replay_item *it)
{
	struct sbuf *b = &pr->out;
	const Rt__Exit *x = it->exit;
	if (x->signo) {
		sbuf_puts(b, ",\"status\":null,\"killed_by\":");
		signame(b, x->signo);
		sbuf_printf(b, ",\"core_dumped\":%s", x->core_dumped ? "true" : "false");
	} else {
		sbuf_printf(b, ",\"status\":%d,\"killed_by\":null,\"core_dumped\":false", x->status);
	}
	sbuf_printf(b, ",\"group\":%s", x->group ? "true" : "false");
}

static void ev_exec(struct show_printer *pr, const struct replay_item *it)
{
	struct sbuf *b = &pr->out;
	const Rt__Exec *x = it->exec;
	const char *f = x->filename ? x->filename : "";
	sbuf_puts(b, ",\"filename\":");
	js_string(b, f, strlen(f));
	sbuf_puts(b, ",\"argv\":[");
	for (size_t i = 0; i < x->n_argv; i++) {
		if (i)
			sbuf_putc(b, ',');
		js_string(b, x->argv[i], strlen(x->argv[i]));
	}
	sbuf_printf(b, "],\"former_tid\":%u", x->former_tid);
}

static void ev_new_task(struct show_printer *pr, const struct replay_item *it)
{
	const Rt__NewTask *t = it->new_task;
	sbuf_printf(&pr->out, ",\"parent_tid\":%u,\"ppid\":%u,\"clone_flags\":%" PRIu64 ",\"attached\":%s",
		    t->parent_tid, replay_proc_ppid(it->proc), t->clone_flags,
		    t->attached ? "true" : "false");
}

void show_json_event(struct show_printer *pr, struct tstate *ts, const struct replay_item *it)
{
	static const char *const types[] = {
		[REPLAY_NEW_TASK] = "new_task", [REPLAY_EXEC] = "exec",
		[REPLAY_SIGNAL] = "signal", [REPLAY_EXIT] = "exit",
	};
	struct sbuf *b = &pr->out;
	head(b, types[it->kind], it);
	sbuf_printf(b, ",\"t_ns\":%" PRIu64, it->t_ns);
	if (it->kind == REPLAY_SIGNAL)
		ev_signal(pr, ts, it);
	else if (it->kind == REPLAY_EXIT)
		ev_exit(pr, it);
	else if (it->kind == REPLAY_EXEC)
		ev_exec(pr, it);
	else
		ev_new_task(pr, it);
	sbuf_puts(b, "}\n");
}

/* show_stats — strace's -c summary table (count.c in strace 6.1), with
 * wall-clock times measured between each call's entry and exit stops. */
#include "show_printer.h"

#include <stdlib.h>
#include <string.h>

void show_stats_add(struct show_stats *s, const struct replay_call *c)
{
	if (c->nr >= 4096)
		return;
	if (c->nr >= s->n) {
		size_t n = s->n ? s->n : 512;
		while (n <= c->nr)
			n *= 2;
		struct show_stat *v = realloc(s->v, n * sizeof *v);
		if (!v)
			return;
		memset(v + s->n, 0, (n - s->n) * sizeof *v);
		s->v = v;
		s->n = n;
	}
	struct show_stat *st = &s->v[c->nr];
	st->calls++;
	if (c->err)
		st->errors++;
	st->ns += c->exit_ns > c->entry_ns ? c->exit_ns - c->entry_ns : 0;
}

void show_stats_free(struct show_stats *s)
{
	free(s->v);
	memset(s, 0, sizeof *s);
}

struct row {
	unsigned nr;
	const char *name;
	const struct show_stat *st;
};

static int by_time(const struct row *a, const struct row *b)
{
	return a->st->ns < b->st->ns ? 1 : a->st->ns > b->st->ns ? -1 : 0;
}

static int by_calls(const struct row *a, const struct row *b)
{
	return a->st->calls < b->st->calls ? 1 : a->st->calls > b->st->calls ? -1 : 0;
}

static int by_errors(const struct row *a, const struct row *b)
{
	return a->st->errors < b->st->errors ? 1 : a->st->errors > b->st->errors ? -1 : 0;
}

static int by_name(const struct row *a, const struct row *b)
{
	return strcmp(a->name, b->name);
}

typedef int row_cmp(const struct row *, const struct row *);
static row_cmp *const sorters[] = {
	[SHOW_SORT_TIME] = by_time,
	[SHOW_SORT_CALLS] = by_calls,
	[SHOW_SORT_ERRORS] = by_errors,
	[SHOW_SORT_NAME] = by_name,
	[SHOW_SORT_NOTHING] = NULL,
};

/* A stable insertion sort: ties keep syscall-number order, as strace's
 * qsort over an index array does in practice. */
static void sort_rows(struct row *r, size_t n, row_cmp *cmp)
{
	if (!cmp)
		return;
	for (size_t i = 1; i < n; i++) {
		struct row x = r[i];
		size_t j = i;
		while (j > 0 && cmp(&r[j - 1], &x) > 0) {
			r[j] = r[j - 1];
			j--;
		}
		r[j] = x;
	}
}

static void put_row(struct sbuf *out, double pct, uint64_t ns, uint64_t calls, uint64_t errors,
		    const char *name)
{
	uint64_t per = calls ? ns / calls / 1000 : 0;
	sbuf_printf(out, "%6.2f %4llu.%06llu %11llu %9llu ", pct,
		    (unsigned long long)(ns / 1000000000), (unsigned long long)(ns / 1000 % 1000000),
		    (unsigned long long)per, (unsigned long long)calls);
	if (errors)
		sbuf_printf(out, "%9llu", (unsigned long long)errors);
	else
		sbuf_puts(out, "         ");
	sbuf_printf(out, " %s\n", name);
}

void show_stats_print(const struct show_stats *s, const struct show_opts *o, struct sbuf *out)
{
	static const char dashes[] = "------ ----------- ----------- --------- --------- ----------------\n";
	struct row *rows = calloc(s->n ? s->n : 1, sizeof *rows);
	if (!rows)
		return;
	size_t n = 0;
	uint64_t ns = 0, calls = 0, errors = 0;
	for (size_t i = 0; i < s->n; i++) {
		if (!s->v[i].calls)
			continue;
		const struct syscall_desc *d = syscall_table_get((unsigned)i);
		rows[n++] = (struct row){ (unsigned)i, d ? d->name : "?", &s->v[i] };
		ns += s->v[i].ns;
		calls += s->v[i].calls;
		errors += s->v[i].errors;
	}
	unsigned k = (unsigned)o->sort < sizeof sorters / sizeof sorters[0] ? (unsigned)o->sort : 0;
	sort_rows(rows, n, sorters[k]);
	sbuf_puts(out, "% time     seconds  usecs/call     calls    errors syscall\n");
	sbuf_puts(out, dashes);
	for (size_t i = 0; i < n; i++)
		put_row(out, ns ? 100.0 * (double)rows[i].st->ns / (double)ns : 0.0, rows[i].st->ns,
			rows[i].st->calls, rows[i].st->errors, rows[i].name);
	sbuf_puts(out, dashes);
	put_row(out, 100.0, ns, calls, errors, "total");
	free(rows);
}

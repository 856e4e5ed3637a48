/* fuzz_walk — see fuzz_walk.h. */
#include "fuzz_walk.h"

#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "trace_reader.h"

/* Where touched values go, so the compiler cannot drop the reads. */
static volatile uint64_t sink;

#define CHECK(c) do { if (!(c)) abort(); } while (0)

static void touch_bytes(const void *p, size_t n)
{
	const unsigned char *c = p;
	uint64_t h = 0;
	CHECK(n == 0 || c);
	for (size_t i = 0; i < n; i++)
		h = h * 31 + c[i];
	sink += h;
}

static void touch_str(const char *s)
{
	/* protobuf-c gives "" for absent strings; NULL would crash consumers */
	CHECK(s);
	touch_bytes(s, strlen(s));
}

static void touch_strs(char *const *v, size_t n)
{
	CHECK(n == 0 || v);
	for (size_t i = 0; i < n; i++)
		touch_str(v[i]);
}

static void touch_u64s(const uint64_t *v, size_t n)
{
	touch_bytes(v, n * sizeof *v);
}

static void touch_blobs(Rt__Blob *const *b, size_t n)
{
	CHECK(n == 0 || b);
	for (size_t i = 0; i < n; i++) {
		CHECK(b[i]);
		sink += b[i]->arg + b[i]->index + b[i]->full_len + (uint64_t)b[i]->read_errno +
			b[i]->addr;
		touch_bytes(b[i]->data.data, b[i]->data.len);
	}
}

static void touch_fds(Rt__FdInfo *const *f, size_t n)
{
	CHECK(n == 0 || f);
	for (size_t i = 0; i < n; i++) {
		CHECK(f[i]);
		sink += (uint64_t)f[i]->fd + (uint64_t)f[i]->flags + f[i]->pos;
		touch_str(f[i]->target);
	}
}

static void touch_metadata(const Rt__Metadata *m)
{
	CHECK(m);
	touch_str(m->rtrace_version);
	touch_strs(m->argv, m->n_argv);
	touch_str(m->cwd);
	sink += m->start_wall_ns + m->start_mono_ns + m->capture_bytes + m->env_recorded +
		m->recorder_pid + m->root_pid + m->seccomp;
	touch_str(m->kernel_release);
	touch_str(m->hostname);
	touch_str(m->trace_filter);
	touch_strs(m->env, m->n_env);
	touch_fds(m->fds, m->n_fds);
	CHECK(m->n_attached == 0 || m->attached);
	for (size_t i = 0; i < m->n_attached; i++) {
		const Rt__ProcessInfo *p = m->attached[i];
		CHECK(p);
		sink += p->pid + p->ppid;
		touch_str(p->cwd);
		touch_strs(p->argv, p->n_argv);
		touch_str(p->exe);
		touch_fds(p->fds, p->n_fds);
		touch_bytes(p->tids, p->n_tids * sizeof *p->tids);
	}
	touch_str(m->exe);
}

static void touch_trailer(const Rt__Trailer *t)
{
	sink += t->events + t->frames + t->first_ns + t->last_ns + t->lost_events;
	touch_u64s(t->frame_offsets, t->n_frame_offsets);
}

static void touch_event(const Rt__Event *ev)
{
	CHECK(ev);
	sink += ev->tid + ev->dt_ns;
	switch (ev->kind_case) {
	case RT__EVENT__KIND_ENTRY:
		sink += ev->entry->nr + ev->entry->ip + ev->entry->arch;
		touch_u64s(ev->entry->args, ev->entry->n_args);
		touch_blobs(ev->entry->blobs, ev->entry->n_blobs);
		break;
	case RT__EVENT__KIND_EXIT:
		sink += (uint64_t)ev->exit->ret + ev->exit->is_error + ev->exit->nr;
		touch_blobs(ev->exit->blobs, ev->exit->n_blobs);
		break;
	case RT__EVENT__KIND_NEW_TASK:
		sink += ev->new_task->parent_tid + ev->new_task->tgid + ev->new_task->clone_flags +
			ev->new_task->attached + ev->new_task->ppid;
		break;
	case RT__EVENT__KIND_EXEC:
		sink += ev->exec->former_tid;
		touch_str(ev->exec->filename);
		touch_strs(ev->exec->argv, ev->exec->n_argv);
		break;
	case RT__EVENT__KIND_SIGNAL:
		sink += (uint64_t)ev->signal->signo + (uint64_t)ev->signal->code +
			(uint64_t)ev->signal->err + ev->signal->group_stop;
		touch_bytes(ev->signal->siginfo.data, ev->signal->siginfo.len);
		break;
	case RT__EVENT__KIND_EXIT_TASK:
		sink += (uint64_t)ev->exit_task->status + (uint64_t)ev->exit_task->signo +
			ev->exit_task->core_dumped + ev->exit_task->group;
		break;
	case RT__EVENT__KIND_TRAILER:
		/* the reader keeps trailers to itself */
		abort();
	default:
		/* an event of a kind this reader does not know: only its header */
		break;
	}
}

/* Reads every event of R; SIZE bounds how often damage can be reported,
 * since each report is at a later byte of the input. */
static void read_all(trace_reader *r, size_t size)
{
	size_t damaged = 0;
	const Rt__Event *ev;
	uint64_t t, last_t = 0;
	int k;
	for (;;) {
		k = trace_reader_next(r, &ev, &t);
		if (k == 1) {
			touch_event(ev);
			sink += t;
			last_t = t;
			continue;
		}
		if (k != TRACE_E_DAMAGED)
			break;
		CHECK(trace_reader_error(r));
		CHECK(++damaged <= size);
	}
	sink += last_t;
	if (k == 0) {
		CHECK(trace_reader_trailer(r));
		touch_trailer(trace_reader_trailer(r));
	} else {
		CHECK(k < 0);
		touch_str(trace_reader_error(r));
		/* a sticky error stays */
		CHECK(trace_reader_next(r, &ev, &t) == k);
	}
	CHECK(trace_reader_damaged_frames(r) == damaged);
	CHECK(trace_reader_offset(r) <= size);
	sink += trace_reader_frames(r) + trace_reader_events(r);
}

static int memfd_of(const uint8_t *data, size_t size)
{
	int fd = memfd_create("fuzz-trace", MFD_CLOEXEC);
	CHECK(fd >= 0);
	for (size_t off = 0; off < size;) {
		ssize_t n = write(fd, data + off, size - off);
		CHECK(n > 0);
		off += (size_t)n;
	}
	CHECK(lseek(fd, 0, SEEK_SET) == 0);
	return fd;
}

void fuzz_walk_bytes(const uint8_t *data, size_t size)
{
	trace_reader *r;
	if (trace_reader_open_fd(memfd_of(data, size), &r) < 0)
		return; /* the reader closed the memfd */
	touch_metadata(trace_reader_metadata(r));
	unsigned major, minor;
	trace_reader_version(r, &major, &minor);
	CHECK(major <= TRACE_VERSION_MAJOR);
	read_all(r, size);
	trace_reader_free(r);
}

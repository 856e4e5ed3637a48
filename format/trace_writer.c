/* trace_writer — see trace_writer.h for the contract. */
#include "trace_writer.h"
#include "trace_pack.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <zstd.h>

struct batch {
	unsigned char *buf;       /* the events */
	size_t len, cap;
	unsigned char *times;     /* the time column: a varint per event */
	size_t times_len, times_cap;
	unsigned char *data;      /* the data section's blob bytes, after the times */
	size_t data_len, data_cap;
	uint32_t nevents;
	struct batch *next;
};

struct trace_writer {
	int fd;
	int err; /* sticky first error */
	trace_writer_opts opts;

	struct batch *cur;        /* being filled by append */
	struct batch *head, *tail; /* sealed, waiting to be written */
	struct batch *spare;      /* written batches kept for reuse */
	int nqueued;
	uint64_t frame_base;      /* time the current batch's deltas start from, in units */

	pthread_t thread;
	int have_thread, stopping;
	int closing;              /* close has begun: no thread is started any more */
	pthread_mutex_t lock;
	pthread_cond_t work, space;

	ZSTD_CCtx *cctx;          /* the events */
	ZSTD_CCtx *dcctx;         /* the data sections (made with the first one) */
	unsigned char *zbuf;
	size_t zcap;
	int cur_level;            /* the level cctx is set to */
	int cur_data_level;       /* the level dcctx is set to */
	uint64_t opened_ns;       /* CLOCK_MONOTONIC at open */
	uint64_t busy_ns;         /* CPU time spent in zstd so far */

	uint64_t events, frames, first_ns, last_ns, written, pending;
	uint64_t *offsets;
	size_t noffsets, offsets_cap;
};

static int write_all(int fd, const void *p, size_t n)
{
	const unsigned char *c = p;
	while (n > 0) {
		ssize_t k = write(fd, c, n);
		if (k < 0) {
			if (errno == EINTR)
				continue;
			return -errno;
		}
		c += k;
		n -= (size_t)k;
	}
	return 0;
}

static int write_header(trace_writer *w, const Rt__Metadata *given)
{
	Rt__Metadata m = *given; /* shallow: only the time unit differs */
	m.time_unit_ns = w->opts.time_unit_ns == 1 ? 0 : w->opts.time_unit_ns;
	const Rt__Metadata *meta = &m;
	size_t mlen = rt__metadata__get_packed_size(meta);
	unsigned char *buf = malloc(TRACE_FILE_HEADER_LEN + mlen);
	if (!buf)
		return -ENOMEM;
	memcpy(buf, TRACE_FILE_MAGIC, TRACE_FILE_MAGIC_LEN);
	trace_put_u16(buf + 8, TRACE_VERSION_MAJOR);
	trace_put_u16(buf + 10, TRACE_VERSION_MINOR);
	trace_put_u32(buf + 12, (uint32_t)mlen);
	rt__metadata__pack(meta, buf + TRACE_FILE_HEADER_LEN);
	int r = write_all(w->fd, buf, TRACE_FILE_HEADER_LEN + mlen);
	free(buf);
	if (r == 0)
		w->written = TRACE_FILE_HEADER_LEN + mlen;
	return r;
}

static int record_offset(trace_writer *w, uint64_t off)
{
	if (w->noffsets == w->offsets_cap) {
		size_t ncap = w->offsets_cap ? 2 * w->offsets_cap : 64;
		uint64_t *n = realloc(w->offsets, ncap * sizeof *n);
		if (!n)
			return -ENOMEM;
		w->offsets = n;
		w->offsets_cap = ncap;
	}
	w->offsets[w->noffsets++] = off;
	return 0;
}

static uint64_t clock_ns(clockid_t id)
{
	struct timespec ts;
	clock_gettime(id, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

/* The level for the next frame. Where the writer shares a CPU with the
 * traced program (a machine with one free core, or a command pinned to one),
 * every cycle of zstd is the program's time: a trace of large buffers (tar,
 * 10 MB in 0.15 s) spends 9% of it at level 3 and 6% at level 1, one of
 * small calls well under 1%. So compression keeps within 1/25 of the
 * elapsed time where it can. */
static int pick_level(trace_writer *w, int level)
{
	int fast = w->opts.fast_level;
	if (fast && fast < level && w->busy_ns * 25 > clock_ns(CLOCK_MONOTONIC) - w->opened_ns)
		return fast;
	return level;
}

static ZSTD_CCtx *new_cctx(int level)
{
	ZSTD_CCtx *c = ZSTD_createCCtx();
	if (c) {
		ZSTD_CCtx_setParameter(c, ZSTD_c_compressionLevel, level);
		ZSTD_CCtx_setParameter(c, ZSTD_c_checksumFlag, 1);
		ZSTD_CCtx_setParameter(c, ZSTD_c_contentSizeFlag, 1);
	}
	return c;
}

/* Compresses N bytes at SRC into DST (CAP bytes) as one zstd frame at LEVEL;
 * *CUR is the level C is set to. Returns the compressed length or 0. */
static size_t compress(ZSTD_CCtx *c, int *cur, int level, unsigned char *dst, size_t cap,
		       const unsigned char *src, size_t n)
{
	if (level != *cur) {
		ZSTD_CCtx_setParameter(c, ZSTD_c_compressionLevel, level);
		*cur = level;
	}
	size_t k = ZSTD_compress2(c, dst, cap, src, n);
	return ZSTD_isError(k) ? 0 : k;
}

/* The data section: the time column A, then the blob bytes B, as one zstd
 * frame without first copying them together. */
static size_t compress_section(ZSTD_CCtx *c, int *cur, int level, unsigned char *dst, size_t cap,
			       const unsigned char *a, size_t an, const unsigned char *b, size_t bn)
{
	if (level != *cur) {
		ZSTD_CCtx_setParameter(c, ZSTD_c_compressionLevel, level);
		*cur = level;
	}
	ZSTD_CCtx_reset(c, ZSTD_reset_session_only);
	ZSTD_CCtx_setPledgedSrcSize(c, an + bn);
	ZSTD_outBuffer out = { dst, cap, 0 };
	ZSTD_inBuffer in = { a, an, 0 };
	while (in.pos < in.size)
		if (ZSTD_isError(ZSTD_compressStream2(c, &out, &in, ZSTD_e_continue)))
			return 0;
	in = (ZSTD_inBuffer){ b, bn, 0 };
	for (;;) {
		size_t left = ZSTD_compressStream2(c, &out, &in, ZSTD_e_end);
		if (ZSTD_isError(left))
			return 0;
		if (left == 0)
			return out.pos;
	}
}

/* Bytes a batch holds: its events, times and blob bytes. */
static size_t batch_held(const struct batch *b)
{
	return b->len + b->times_len + b->data_len;
}

static int reserve_zbuf(trace_writer *w, size_t need)
{
	if (need <= w->zcap)
		return 0;
	unsigned char *n = realloc(w->zbuf, need);
	if (!n)
		return -ENOMEM;
	w->zbuf = n;
	w->zcap = need;
	return 0;
}

/* Compresses B into one frame (its events, then its data section) and writes
 * it. Runs on the writer thread, or in the caller's thread from pump();
 * never concurrently. */
static int write_frame(trace_writer *w, const struct batch *b)
{
	size_t section = b->times_len + b->data_len;
	size_t bound = ZSTD_compressBound(b->len);
	size_t dbound = section ? ZSTD_compressBound(section) : 0;
	if (reserve_zbuf(w, TRACE_FRAME_HEADER_LEN + bound + dbound) < 0)
		return -ENOMEM;
	if (section && !w->dcctx) {
		w->cur_data_level = w->opts.data_level;
		if (!(w->dcctx = new_cctx(w->cur_data_level)))
			return -ENOMEM;
	}
	unsigned char *out = w->zbuf + TRACE_FRAME_HEADER_LEN;
	uint64_t t0 = clock_ns(CLOCK_THREAD_CPUTIME_ID);
	size_t clen = compress(w->cctx, &w->cur_level, pick_level(w, w->opts.level), out, bound,
			       b->buf, b->len);
	size_t dlen = 0;
	if (clen && section)
		dlen = compress_section(w->dcctx, &w->cur_data_level, pick_level(w, w->opts.data_level),
					out + clen, dbound, b->times, b->times_len, b->data, b->data_len);
	w->busy_ns += clock_ns(CLOCK_THREAD_CPUTIME_ID) - t0;
	if (!clen || (section && !dlen))
		return TRACE_E_COMPRESS;
	unsigned char *h = w->zbuf;
	memcpy(h, TRACE_FRAME_MAGIC, 4);
	trace_put_u32(h + 4, (uint32_t)(clen + dlen));
	trace_put_u32(h + 8, (uint32_t)b->len);
	trace_put_u32(h + 12, b->nevents);
	trace_put_u32(h + 16, (uint32_t)dlen);
	trace_put_u32(h + 20, (uint32_t)section);
	trace_put_u32(h + 24, trace_fnv1a(h, 24));
	size_t total = TRACE_FRAME_HEADER_LEN + clen + dlen;
	int r = write_all(w->fd, h, total);
	if (r < 0)
		return r;
	pthread_mutex_lock(&w->lock);
	r = record_offset(w, w->written);
	/* atomic: trace_writer_written_bytes() reads it from the appending thread */
	__atomic_add_fetch(&w->written, total, __ATOMIC_RELAXED);
	w->frames++;
	pthread_mutex_unlock(&w->lock);
	return r;
}

/* Takes the oldest sealed batch off the queue; call with the lock held. */
static struct batch *dequeue(trace_writer *w)
{
	struct batch *b = w->head;
	if (b) {
		w->head = b->next;
		if (!w->head)
			w->tail = NULL;
	}
	return b;
}

/* Returns a written batch for reuse; call with the lock held. */
static void recycle(trace_writer *w, struct batch *b)
{
	__atomic_sub_fetch(&w->pending, batch_held(b), __ATOMIC_RELAXED);
	w->nqueued--;
	b->len = 0;
	b->times_len = 0;
	b->data_len = 0;
	b->nevents = 0;
	b->next = w->spare;
	w->spare = b;
	pthread_cond_signal(&w->space);
}

static void *writer_thread(void *arg)
{
	trace_writer *w = arg;
	pthread_mutex_lock(&w->lock);
	for (;;) {
		struct batch *b = dequeue(w);
		if (!b) {
			if (w->stopping)
				break;
			pthread_cond_wait(&w->work, &w->lock);
			continue;
		}
		int failed = w->err;
		pthread_mutex_unlock(&w->lock);
		int r = failed ? 0 : write_frame(w, b);
		pthread_mutex_lock(&w->lock);
		if (r < 0 && !w->err)
			w->err = r;
		recycle(w, b);
	}
	pthread_mutex_unlock(&w->lock);
	return NULL;
}

static void set_defaults(trace_writer_opts *o, const trace_writer_opts *given)
{
	if (given)
		*o = *given;
	else
		memset(o, 0, sizeof *o);
	if (o->batch_bytes == 0)
		o->batch_bytes = 256 << 10;
	if (o->level == 0)
		o->level = 1;
	if (o->max_queued <= 0)
		o->max_queued = 16;
	if (o->time_unit_ns == 0)
		o->time_unit_ns = 1;
	if (o->data_min == 0)
		o->data_min = 512;
	if (o->data_level == 0)
		o->data_level = o->level;
}

static int init_writer(trace_writer *w, int fd, const trace_writer_opts *opts)
{
	w->fd = fd;
	set_defaults(&w->opts, opts);
	pthread_mutex_init(&w->lock, NULL);
	pthread_cond_init(&w->work, NULL);
	pthread_cond_init(&w->space, NULL);
	w->cur_level = w->opts.level;
	w->cctx = new_cctx(w->cur_level);
	if (!w->cctx)
		return -ENOMEM;
	w->opened_ns = clock_ns(CLOCK_MONOTONIC);
	return 0;
}

static void free_batches(struct batch *b)
{
	while (b) {
		struct batch *n = b->next;
		free(b->buf);
		free(b->times);
		free(b->data);
		free(b);
		b = n;
	}
}

static void destroy(trace_writer *w)
{
	if (w->have_thread) {
		pthread_mutex_lock(&w->lock);
		w->stopping = 1;
		pthread_cond_signal(&w->work);
		pthread_mutex_unlock(&w->lock);
		pthread_join(w->thread, NULL);
	}
	free_batches(w->cur);
	free_batches(w->head);
	free_batches(w->spare);
	ZSTD_freeCCtx(w->cctx);
	ZSTD_freeCCtx(w->dcctx);
	free(w->zbuf);
	free(w->offsets);
	pthread_mutex_destroy(&w->lock);
	pthread_cond_destroy(&w->work);
	pthread_cond_destroy(&w->space);
	if (w->fd >= 0)
		close(w->fd);
	free(w);
}

int trace_writer_open_fd(int fd, const Rt__Metadata *meta,
			 const trace_writer_opts *opts, trace_writer **ret)
{
	trace_writer *w = calloc(1, sizeof *w);
	if (!w) {
		close(fd);
		return -ENOMEM;
	}
	int r = init_writer(w, fd, opts);
	if (r == 0)
		r = write_header(w, meta);
	if (r < 0) {
		destroy(w);
		return r;
	}
	*ret = w;
	return 0;
}

int trace_writer_open(const char *path, const Rt__Metadata *meta,
		      const trace_writer_opts *opts, trace_writer **ret)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	if (fd < 0)
		return -errno;
	return trace_writer_open_fd(fd, meta, opts, ret);
}

/* Starts the writer thread, with every signal blocked: they are meant for
 * the caller's threads. Started with the first sealed batch rather than at
 * open, because a short run's only batch is sealed by close, which then
 * compresses it in the caller's thread: a thread's start and hand-offs cost
 * about 0.2 ms, a tenth of what dry adds to a 17 ms command. */
static int start_thread(trace_writer *w)
{
	sigset_t all, old;
	sigfillset(&all);
	pthread_sigmask(SIG_SETMASK, &all, &old);
	int r = -pthread_create(&w->thread, NULL, writer_thread, w);
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	w->have_thread = (r == 0);
	return r;
}

/* Moves the current batch to the queue. With a writer thread this waits while
 * the queue is full: that bound is what keeps the recorder's memory flat. */
static void seal(trace_writer *w)
{
	struct batch *b = w->cur;
	if (!b || b->nevents == 0)
		return;
	w->cur = NULL;
	w->frame_base = 0;
	/* the batch's bytes count as pending from here until recycle() takes
	 * them off; before, trace_writer_pending_bytes() reads them off w->cur */
	__atomic_add_fetch(&w->pending, batch_held(b), __ATOMIC_RELAXED);
	pthread_mutex_lock(&w->lock);
	while (w->have_thread && w->nqueued >= w->opts.max_queued && !w->err)
		pthread_cond_wait(&w->space, &w->lock);
	b->next = NULL;
	if (w->tail)
		w->tail->next = b;
	else
		w->head = b;
	w->tail = b;
	w->nqueued++;
	pthread_cond_signal(&w->work);
	pthread_mutex_unlock(&w->lock);
	if (w->opts.threaded && !w->have_thread && !w->closing && !w->err) {
		int r = start_thread(w);
		if (r < 0)
			w->err = r;
	}
}

/* Grows *BUF (*CAP bytes, LEN used) to hold NEED more; FIRST is its first size. */
static inline int reserve(unsigned char **buf, size_t *cap, size_t len, size_t need,
			  size_t first)
{
	if (__builtin_expect(len + need <= *cap, 1))
		return 0;
	size_t ncap = *cap ? *cap : first;
	while (ncap < len + need)
		ncap *= 2;
	unsigned char *n = realloc(*buf, ncap);
	if (!n)
		return -ENOMEM;
	*buf = n;
	*cap = ncap;
	return 0;
}

/* The batch being filled, with room for NEED more event bytes and DATA more
 * bytes of data section. */
static struct batch *current_batch(trace_writer *w, size_t need, size_t data)
{
	struct batch *b = w->cur;
	if (!b) {
		pthread_mutex_lock(&w->lock);
		b = w->spare;
		if (b)
			w->spare = b->next;
		pthread_mutex_unlock(&w->lock);
		if (!b && !(b = calloc(1, sizeof *b)))
			return NULL;
		w->cur = b;
	}
	/* both sized for a whole batch at once: growing them by doubling
	 * cost every batch copies of the part already filled */
	if (reserve(&b->buf, &b->cap, b->len, need, w->opts.batch_bytes + 4096) < 0 ||
	    reserve(&b->times, &b->times_cap, b->times_len, 10, w->opts.batch_bytes / 8 + 4096) < 0 ||
	    (data && reserve(&b->data, &b->data_cap, b->data_len, data,
			     w->opts.batch_bytes + 4096) < 0))
		return NULL;
	return b;
}

static size_t put_varint(unsigned char *p, uint64_t v)
{
	size_t n = 0;
	while (v >= 0x80) {
		p[n++] = (unsigned char)(v | 0x80);
		v >>= 7;
	}
	p[n++] = (unsigned char)v;
	return n;
}

int trace_writer_append(trace_writer *w, Rt__Event *ev, uint64_t t_ns)
{
	if (w->err)
		return w->err;
	/* the stored time is in units (the reader multiplies back) */
	uint64_t q = t_ns / w->opts.time_unit_ns;
	t_ns = q * w->opts.time_unit_ns;
	uint64_t base = w->cur && w->cur->nevents ? w->frame_base : 0;
	uint64_t dt = q >= base ? q - base : 0;
	/* the time goes to the frame's time column, not into the event: apart
	 * from the jitter of the times, a loop's events repeat byte for byte */
	ev->dt_ns = 0;
	/* entries and exits (nearly every event) take the direct encoder,
	 * which sizes each part once and splits off large blobs; the rest
	 * goes through protobuf-c, every blob inline */
	trace_pack_plan plan;
	int direct = trace_pack_plan_event(ev, w->opts.data_min, &plan);
	size_t n = direct ? plan.total : rt__event__get_packed_size(ev);
	size_t data = direct ? plan.data : 0;
	if (n > TRACE_MAX_EVENT_LEN || data > TRACE_MAX_EVENT_LEN)
		return TRACE_E_ENCODE;
	struct batch *b = current_batch(w, n + 10, data);
	if (!b)
		return -ENOMEM;
	b->len += put_varint(b->buf + b->len, n);
	b->times_len += put_varint(b->times + b->times_len, dt);
	unsigned char *to = data ? b->data + b->data_len : NULL;
	b->len += direct ? trace_pack_write(ev, &plan, b->buf + b->len, to)
			 : rt__event__pack(ev, b->buf + b->len);
	b->data_len += data;
	b->nevents++;
	w->frame_base = q > base ? q : base;
	if (w->events++ == 0)
		w->first_ns = t_ns;
	if (t_ns > w->last_ns)
		w->last_ns = t_ns;
	if (batch_held(b) < w->opts.batch_bytes)
		return 0;
	seal(w);
	return w->err ? w->err : 1;
}

int trace_writer_flush(trace_writer *w)
{
	if (w->err)
		return w->err;
	seal(w);
	return w->err;
}

int trace_writer_pump(trace_writer *w)
{
	if (w->have_thread)
		return w->err;
	for (;;) {
		pthread_mutex_lock(&w->lock);
		struct batch *b = dequeue(w);
		pthread_mutex_unlock(&w->lock);
		if (!b)
			return w->err;
		int r = w->err ? 0 : write_frame(w, b);
		pthread_mutex_lock(&w->lock);
		if (r < 0 && !w->err)
			w->err = r;
		recycle(w, b);
		pthread_mutex_unlock(&w->lock);
	}
}

/* Waits until every sealed batch is on disk. */
static int drain(trace_writer *w)
{
	if (!w->have_thread)
		return trace_writer_pump(w);
	pthread_mutex_lock(&w->lock);
	while (w->nqueued > 0 && !w->err)
		pthread_cond_wait(&w->space, &w->lock);
	pthread_mutex_unlock(&w->lock);
	return w->err;
}

uint64_t trace_writer_pending_bytes(const trace_writer *w)
{
	/* sealed batches (atomic: the writer thread takes them off) and the
	 * current one, which only the appending thread touches */
	return __atomic_load_n(&w->pending, __ATOMIC_RELAXED) +
	       (w->cur ? batch_held(w->cur) : 0);
}

uint64_t trace_writer_written_bytes(const trace_writer *w)
{
	return __atomic_load_n(&w->written, __ATOMIC_RELAXED);
}

uint64_t trace_writer_event_count(const trace_writer *w)
{
	return w->events;
}

static int append_trailer(trace_writer *w)
{
	int r = record_offset(w, w->written); /* where the final frame will start */
	if (r < 0)
		return r;
	Rt__Trailer t = RT__TRAILER__INIT;
	t.events = w->events;
	t.frames = w->frames + 1;
	t.first_ns = w->first_ns;
	t.last_ns = w->last_ns;
	t.n_frame_offsets = w->noffsets;
	t.frame_offsets = w->offsets;
	Rt__Event ev = RT__EVENT__INIT;
	ev.kind_case = RT__EVENT__KIND_TRAILER;
	ev.trailer = &t;
	uint64_t events = w->events;
	r = trace_writer_append(w, &ev, w->last_ns);
	w->events = events; /* the trailer is not an event of the trace */
	w->noffsets--;
	return r < 0 ? r : 0;
}

int trace_writer_close(trace_writer *w)
{
	if (!w)
		return 0;
	w->closing = 1;
	int r = trace_writer_flush(w);
	if (r == 0)
		r = drain(w);
	if (r == 0)
		r = append_trailer(w);
	if (r == 0)
		r = trace_writer_flush(w);
	if (r == 0)
		r = drain(w);
	int fd = w->fd;
	w->fd = -1;
	if (close(fd) < 0 && r == 0 && errno != EINTR)
		r = -errno;
	destroy(w);
	return r;
}

void trace_writer_abandon(trace_writer *w)
{
	if (w)
		destroy(w);
}

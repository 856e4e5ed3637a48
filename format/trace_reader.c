/* trace_reader — see trace_reader.h for the contract. */
#include "trace_reader.h"

#include <errno.h>
#include <stdarg.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zstd.h>

/* A bump allocator for unpacking: reset per event, so steady-state reading
 * allocates nothing. Overflow goes to malloc'ed chunks, and the next reset
 * grows the main block to fit, so a large event costs a malloc only once. */
struct arena_chunk {
	struct arena_chunk *next;
	max_align_t data[];
};

struct arena {
	unsigned char *buf;
	size_t cap, used, overflow;
	struct arena_chunk *chunks;
};

static void *arena_alloc(void *ctx, size_t n)
{
	struct arena *a = ctx;
	n = (n + 15) & ~(size_t)15;
	if (a->used + n <= a->cap) {
		void *p = a->buf + a->used;
		a->used += n;
		return p;
	}
	struct arena_chunk *c = malloc(sizeof *c + n);
	if (!c)
		return NULL;
	c->next = a->chunks;
	a->chunks = c;
	a->overflow += n;
	return c->data;
}

static void arena_free(void *ctx, void *p)
{
	(void)ctx;
	(void)p; /* freed all at once by arena_reset */
}

static void arena_reset(struct arena *a)
{
	size_t want = a->used + a->overflow;
	while (a->chunks) {
		struct arena_chunk *n = a->chunks->next;
		free(a->chunks);
		a->chunks = n;
	}
	if (want > a->cap) {
		size_t ncap = a->cap ? a->cap : 64 << 10;
		while (ncap < want)
			ncap *= 2;
		unsigned char *n = realloc(a->buf, ncap);
		if (n) {
			a->buf = n;
			a->cap = ncap;
		}
	}
	a->used = 0;
	a->overflow = 0;
}

struct trace_reader {
	int fd;
	int eof;
	/* input window: bytes [start, end) of buf are file bytes from
	 * offset base + start on */
	unsigned char *in;
	size_t in_cap, start, end;
	uint64_t base;

	unsigned major, minor;
	size_t header_len;      /* of a frame, by the major version */
	Rt__Metadata *meta;
	Rt__Trailer *trailer;

	/* the current frame's content: its events, then its data section */
	unsigned char *content;
	size_t content_cap, content_len, pos;
	const unsigned char *data;
	size_t data_len, data_pos;
	size_t times_end, times_pos; /* format 4: the time column, data[0, times_end) */
	uint32_t frame_events, frame_seen;
	uint64_t frame_off, frame_t; /* frame_t in units of time_unit ns */
	uint64_t time_unit;
	int in_frame;
	int resyncing;

	ZSTD_DCtx *dctx;
	struct arena arena;
	ProtobufCAllocator alloc;
	Rt__Event *ev;

	int sticky; /* error returned again and again */
	uint64_t frames, events, damaged, last_end;
	char err[160];
};

static uint64_t file_pos(const trace_reader *r)
{
	return r->base + r->start;
}

/* Makes at least N bytes available at r->in + r->start unless the file ends
 * first. Returns the number available (may be less than N), or -errno. */
static long long ensure(trace_reader *r, size_t n)
{
	while (r->end - r->start < n && !r->eof) {
		if (r->start > 0 && (r->start > r->in_cap / 2 || r->end + n > r->in_cap)) {
			memmove(r->in, r->in + r->start, r->end - r->start);
			r->end -= r->start;
			r->base += r->start;
			r->start = 0;
		}
		if (r->start + n > r->in_cap) {
			size_t ncap = r->in_cap ? r->in_cap : 1 << 20;
			while (ncap < r->start + n)
				ncap *= 2;
			unsigned char *p = realloc(r->in, ncap);
			if (!p)
				return -ENOMEM;
			r->in = p;
			r->in_cap = ncap;
		}
		ssize_t k = read(r->fd, r->in + r->end, r->in_cap - r->end);
		if (k < 0 && errno == EINTR)
			continue;
		if (k < 0)
			return -errno;
		if (k == 0)
			r->eof = 1;
		r->end += (size_t)k;
	}
	return (long long)(r->end - r->start);
}

static int fail(trace_reader *r, int code, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static int fail(trace_reader *r, int code, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(r->err, sizeof r->err, fmt, ap);
	va_end(ap);
	if (code != TRACE_E_DAMAGED)
		r->sticky = code;
	return code;
}

static int read_header(trace_reader *r)
{
	long long n = ensure(r, TRACE_FILE_HEADER_LEN);
	if (n < 0)
		return fail(r, (int)n, "cannot read trace: %s", strerror((int)-n));
	if (n < TRACE_FILE_MAGIC_LEN ||
	    memcmp(r->in, TRACE_FILE_MAGIC, TRACE_FILE_MAGIC_LEN) != 0)
		return fail(r, TRACE_E_BADMAGIC, "not an rtrace trace file");
	if (n < TRACE_FILE_HEADER_LEN)
		return fail(r, TRACE_E_TRUNCATED, "trace ends early at byte %lld (in the header)", n);
	r->major = trace_get_u16(r->in + 8);
	r->minor = trace_get_u16(r->in + 10);
	r->header_len = trace_frame_header_len(r->major);
	if (r->major > TRACE_VERSION_MAJOR)
		return fail(r, TRACE_E_VERSION,
			    "trace format %u.%u is newer than this rtrace reads (%d.x)",
			    r->major, r->minor, TRACE_VERSION_MAJOR);
	uint32_t mlen = trace_get_u32(r->in + 12);
	if (mlen > TRACE_MAX_METADATA_LEN)
		return fail(r, TRACE_E_METADATA, "damaged metadata length %u", mlen);
	n = ensure(r, TRACE_FILE_HEADER_LEN + (size_t)mlen);
	if (n < 0)
		return fail(r, (int)n, "cannot read trace: %s", strerror((int)-n));
	if ((size_t)n < TRACE_FILE_HEADER_LEN + (size_t)mlen)
		return fail(r, TRACE_E_TRUNCATED, "trace ends early at byte %lld (in the metadata)", n);
	r->meta = rt__metadata__unpack(NULL, mlen, r->in + TRACE_FILE_HEADER_LEN);
	if (!r->meta)
		return fail(r, TRACE_E_METADATA, "damaged metadata record");
	r->time_unit = r->meta->time_unit_ns ? r->meta->time_unit_ns : 1;
	r->start += TRACE_FILE_HEADER_LEN + mlen;
	r->last_end = file_pos(r);
	return 0;
}

int trace_reader_open_fd(int fd, trace_reader **ret)
{
	trace_reader *r = calloc(1, sizeof *r);
	if (!r) {
		close(fd);
		return -ENOMEM;
	}
	r->fd = fd;
	r->dctx = ZSTD_createDCtx();
	r->alloc.alloc = arena_alloc;
	r->alloc.free = arena_free;
	r->alloc.allocator_data = &r->arena;
	int e = r->dctx ? read_header(r) : -ENOMEM;
	if (e < 0) {
		trace_reader_free(r);
		return e;
	}
	*ret = r;
	return 0;
}

int trace_reader_open(const char *path, trace_reader **ret)
{
	int fd = strcmp(path, "-") == 0 ? dup(0) : open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	return trace_reader_open_fd(fd, ret);
}

static int header_valid(const trace_reader *r, const unsigned char *h)
{
	size_t bound = ZSTD_compressBound(TRACE_MAX_CONTENT_LEN);
	if (memcmp(h, TRACE_FRAME_MAGIC, 4) != 0 ||
	    trace_get_u32(h + r->header_len - 4) != trace_fnv1a(h, r->header_len - 4) ||
	    trace_get_u32(h + 8) > TRACE_MAX_CONTENT_LEN)
		return 0;
	if (r->header_len == TRACE_FRAME_HEADER_LEN_V2)
		return trace_get_u32(h + 4) <= bound;
	uint32_t dclen = trace_get_u32(h + 16), dlen = trace_get_u32(h + 20);
	return dclen <= trace_get_u32(h + 4) && trace_get_u32(h + 4) - dclen <= bound &&
	       dclen <= bound && dlen <= TRACE_MAX_CONTENT_LEN && (dlen == 0) == (dclen == 0);
}

/* Skips forward to the next byte sequence that is a valid frame header.
 * Returns 1 when one is at r->start, 0 when the file ended, or -errno. */
static int resync(trace_reader *r)
{
	for (;;) {
		long long n = ensure(r, r->header_len);
		if (n < 0)
			return (int)n;
		if ((size_t)n < r->header_len) {
			r->start = r->end;
			return 0;
		}
		unsigned char *p = r->in + r->start;
		if (header_valid(r, p))
			return 1;
		unsigned char *m = memmem(p + 1, (size_t)n - 1, TRACE_FRAME_MAGIC, 4);
		r->start = m ? (size_t)(m - r->in) : r->end - 3;
	}
}

static int end_of_file(trace_reader *r)
{
	if (r->damaged)
		return fail(r, TRACE_E_TRUNCATED,
			    "trace ends at byte %llu without its end-of-trace record (%llu damaged frame%s skipped)",
			    (unsigned long long)file_pos(r), (unsigned long long)r->damaged,
			    r->damaged == 1 ? "" : "s");
	return fail(r, TRACE_E_TRUNCATED, "trace ends early at byte %llu (no end-of-trace record)",
		    (unsigned long long)r->last_end);
}

static int damaged(trace_reader *r, uint64_t off, const char *why)
{
	r->damaged++;
	r->resyncing = 1;
	r->in_frame = 0;
	return fail(r, TRACE_E_DAMAGED, "damaged frame at byte %llu: %s",
		    (unsigned long long)off, why);
}

/* Decompresses the zstd frame of N bytes at SRC, which holds LEN bytes (its
 * header says so), to DST. Returns NULL or why it could not. */
static const char *decompress(trace_reader *r, unsigned char *dst, size_t len,
			      const unsigned char *src, size_t n)
{
	size_t got = ZSTD_decompressDCtx(r->dctx, dst, len, src, n);
	if (ZSTD_isError(got))
		return ZSTD_getErrorName(got);
	return got == len ? NULL : "short content";
}

/* Format 4: the data section begins with a varint per event, its time;
 * the blob bytes follow them. Finds where the times end. */
static int time_column(trace_reader *r)
{
	size_t pos = 0;
	for (uint32_t i = 0; i < r->frame_events; i++) {
		size_t k = 0;
		while (pos + k < r->data_len && k < 10 && (r->data[pos + k] & 0x80))
			k++;
		if (pos + k >= r->data_len || k == 10)
			return -1;
		pos += k + 1;
	}
	r->times_end = r->data_pos = pos;
	return 0;
}

static int decompress_frame(trace_reader *r, const unsigned char *h)
{
	uint32_t clen = trace_get_u32(h + 4), ulen = trace_get_u32(h + 8);
	uint32_t dclen = 0, dlen = 0;
	if (r->header_len != TRACE_FRAME_HEADER_LEN_V2) {
		dclen = trace_get_u32(h + 16);
		dlen = trace_get_u32(h + 20);
	}
	const unsigned char *payload = h + r->header_len, *dpayload = payload + clen - dclen;
	/* checked before anything is allocated for them */
	if (ZSTD_getFrameContentSize(payload, clen - dclen) != ulen ||
	    (dlen && ZSTD_getFrameContentSize(dpayload, dclen) != dlen))
		return damaged(r, r->frame_off, "content size mismatch");
	size_t need = (size_t)ulen + dlen;
	if (need > r->content_cap) {
		unsigned char *p = realloc(r->content, need);
		if (!p)
			return fail(r, -ENOMEM, "out of memory for a %zu-byte frame", need);
		r->content = p;
		r->content_cap = need;
	}
	const char *why = decompress(r, r->content, ulen, payload, clen - dclen);
	if (!why && dlen)
		why = decompress(r, r->content + ulen, dlen, dpayload, dclen);
	if (why)
		return damaged(r, r->frame_off, why);
	r->content_len = ulen;
	r->pos = 0;
	r->data = r->content ? r->content + ulen : NULL;
	r->data_len = dlen;
	r->data_pos = 0;
	r->frame_events = trace_get_u32(h + 12);
	r->times_pos = r->times_end = 0;
	if (r->major >= 4 && time_column(r) < 0)
		return damaged(r, r->frame_off, "time column shorter than the frame's events");
	r->frame_seen = 0;
	r->frame_t = 0;
	r->in_frame = 1;
	return 0;
}

/* Reads the next frame into r->content. Returns 1, 0 at the end of the file,
 * or a negative error. */
static int next_frame(trace_reader *r)
{
	long long n = ensure(r, r->header_len);
	if (n < 0)
		return fail(r, (int)n, "cannot read trace: %s", strerror((int)-n));
	if (n == 0)
		return 0;
	if ((size_t)n < r->header_len && !r->resyncing)
		return fail(r, TRACE_E_TRUNCATED, "trace ends early at byte %llu (a frame header is cut short)",
			    (unsigned long long)r->last_end);
	if ((size_t)n < r->header_len || !header_valid(r, r->in + r->start)) {
		uint64_t off = file_pos(r);
		int was = r->resyncing;
		int k = resync(r);
		if (k < 0)
			return fail(r, k, "cannot read trace: %s", strerror(-k));
		if (!was)
			return damaged(r, off, "bad frame header");
		if (k == 0)
			return 0;
	}
	r->frame_off = file_pos(r);
	uint32_t clen = trace_get_u32(r->in + r->start + 4);
	n = ensure(r, r->header_len + (size_t)clen);
	if (n < 0)
		return fail(r, (int)n, "cannot read trace: %s", strerror((int)-n));
	if ((size_t)n < r->header_len + (size_t)clen)
		return fail(r, TRACE_E_TRUNCATED,
			    "trace ends early at byte %llu (the frame at byte %llu is cut short)",
			    (unsigned long long)r->last_end, (unsigned long long)r->frame_off);
	const unsigned char *h = r->in + r->start;
	r->start += r->header_len + clen;
	r->resyncing = 0;
	int e = decompress_frame(r, h);
	if (e < 0)
		return e;
	r->frames++;
	r->last_end = file_pos(r);
	return 1;
}

static int read_varint(const unsigned char *p, size_t n, uint64_t *v, size_t *used)
{
	uint64_t x = 0;
	for (size_t i = 0; i < n && i < 10; i++) {
		x |= (uint64_t)(p[i] & 0x7f) << (7 * i);
		if (!(p[i] & 0x80)) {
			*v = x;
			*used = i + 1;
			return 0;
		}
	}
	return -1;
}

static int keep_trailer(trace_reader *r, const unsigned char *p, size_t len)
{
	/* unpacked again outside the arena: it must outlive the next call */
	Rt__Event *ev = rt__event__unpack(NULL, len, p);
	if (ev && ev->kind_case == RT__EVENT__KIND_TRAILER) {
		r->trailer = ev->trailer;
		ev->trailer = NULL;
		ev->kind_case = RT__EVENT__KIND__NOT_SET;
	}
	rt__event__free_unpacked(ev, NULL);
	r->sticky = 0;
	r->err[0] = 0;
	return 0;
}

/* Points the blobs of B whose bytes are in the data section at them (the
 * next section_len bytes each). Returns 0, or -1 when the section does not
 * hold them or a blob has bytes of its own as well. */
static int take_data(trace_reader *r, Rt__Blob **b, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		size_t len = b[i]->section_len;
		if (!len)
			continue;
		if (b[i]->data.len || len > r->data_len - r->data_pos)
			return -1;
		b[i]->data.data = (uint8_t *)r->data + r->data_pos;
		b[i]->data.len = len;
		b[i]->section_len = 0;
		r->data_pos += len;
	}
	return 0;
}

/* Unpacks the next event of the current frame. */
static int next_in_frame(trace_reader *r, const Rt__Event **ret, uint64_t *t_ns)
{
	uint64_t len;
	size_t used;
	if (read_varint(r->content + r->pos, r->content_len - r->pos, &len, &used) < 0 ||
	    len > r->content_len - r->pos - used)
		return damaged(r, r->frame_off, "bad event length");
	const unsigned char *p = r->content + r->pos + used;
	r->pos += used + (size_t)len;
	arena_reset(&r->arena);
	Rt__Event *ev = rt__event__unpack(&r->alloc, (size_t)len, p);
	if (!ev)
		return damaged(r, r->frame_off, "undecodable event");
	if ((ev->kind_case == RT__EVENT__KIND_ENTRY &&
	     take_data(r, ev->entry->blobs, ev->entry->n_blobs) < 0) ||
	    (ev->kind_case == RT__EVENT__KIND_EXIT &&
	     take_data(r, ev->exit->blobs, ev->exit->n_blobs) < 0))
		return damaged(r, r->frame_off, "blob beyond the data section");
	uint64_t dt = ev->dt_ns;
	if (r->major >= 4) {
		/* the column has one time per event the header counts */
		if (r->times_pos >= r->times_end ||
		    read_varint(r->data + r->times_pos, r->times_end - r->times_pos, &dt, &used) < 0)
			return damaged(r, r->frame_off, "more events than times");
		r->times_pos += used;
		ev->dt_ns = dt;
	}
	r->frame_seen++;
	if (ev->kind_case == RT__EVENT__KIND_TRAILER)
		return keep_trailer(r, p, (size_t)len);
	r->frame_t += dt;
	r->events++;
	*ret = ev;
	if (t_ns)
		*t_ns = r->frame_t * r->time_unit;
	return 1;
}

int trace_reader_next(trace_reader *r, const Rt__Event **ev, uint64_t *t_ns)
{
	if (r->sticky)
		return r->sticky;
	if (r->trailer)
		return 0;
	for (;;) {
		if (r->in_frame && r->pos < r->content_len)
			return next_in_frame(r, ev, t_ns);
		if (r->in_frame && r->frame_seen != r->frame_events)
			return damaged(r, r->frame_off, "event count mismatch");
		r->in_frame = 0;
		int k = next_frame(r);
		if (k == 0)
			return end_of_file(r);
		if (k < 0)
			return k;
	}
}

const Rt__Metadata *trace_reader_metadata(const trace_reader *r)
{
	return r->meta;
}

void trace_reader_version(const trace_reader *r, unsigned *major, unsigned *minor)
{
	*major = r->major;
	*minor = r->minor;
}

const char *trace_reader_error(const trace_reader *r)
{
	return r->err[0] ? r->err : NULL;
}

uint64_t trace_reader_offset(const trace_reader *r)
{
	return r->last_end;
}

const Rt__Trailer *trace_reader_trailer(const trace_reader *r)
{
	return r->trailer;
}

uint64_t trace_reader_frames(const trace_reader *r)
{
	return r->frames;
}

uint64_t trace_reader_events(const trace_reader *r)
{
	return r->events;
}

uint64_t trace_reader_damaged_frames(const trace_reader *r)
{
	return r->damaged;
}

void trace_reader_free(trace_reader *r)
{
	if (!r)
		return;
	if (r->fd >= 0)
		close(r->fd);
	free(r->in);
	free(r->content);
	ZSTD_freeDCtx(r->dctx);
	arena_reset(&r->arena);
	free(r->arena.buf);
	rt__metadata__free_unpacked(r->meta, NULL);
	rt__trailer__free_unpacked(r->trailer, NULL);
	free(r);
}

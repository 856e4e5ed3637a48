/* capture — see capture.h for the contract. */
#include "capture.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/uio.h>

#include "syscall_table.h"

#define PAGE_SIZE_ 4096u
#define STR_LIMIT PATH_MAX            /* a path or name string */
#define ARG_STR_LIMIT (32u * 4096u)   /* MAX_ARG_STRLEN: one argv/envp string */
#define IOV_LIMIT 1024u               /* UIO_MAXIOV: the kernel refuses more */
#define SOCKADDR_LIMIT 4096u
#define PEEK_LIMIT (64u << 10)        /* PEEKDATA costs a syscall per word */
#define STOP_BUDGET (16u << 20)       /* memory one stop may copy in all */
#define CHUNK_SIZE (1u << 20)
#define NO_BLOB UINT32_MAX

/* struct msghdr and struct mmsghdr on x86_64, and clone_args' fields. */
#define MSGHDR_SIZE 56u
#define MMSGHDR_SIZE 64u
#define IOVEC_SIZE 16u
#define IOCB_SIZE 64u                /* struct iocb */
#define IOCB_CMD_PWRITE_ 1u
#define CLONE_ARGS_HEAD 32u          /* flags, pidfd, child_tid, parent_tid */
#define CLONE_PARENT_SETTID_ 0x00100000u
#define CLONE_PIDFD_ 0x00001000u

enum job_kind {
	J_BYTES,      /* a region read once */
	J_STR,        /* a NUL-terminated string, read a page at a time */
	J_PTRS,       /* a NULL-terminated pointer array, then its strings */
	J_LEN,        /* the int behind an SC_L_ARGPTR length, then its region */
	J_IOV,        /* a struct iovec array, then the element buffers */
	J_MSGHDR,     /* a struct msghdr, then its parts */
	J_MMSG,       /* a struct mmsghdr array, then each element's parts */
	J_CLONE_EXIT, /* the head of clone_args at exit, then the parent_tid int */
	J_PTR_LEN,    /* a { pointer, length } pair, then the memory it designates */
	J_IOCBS,      /* io_submit's iocb pointer array, then each iocb */
	J_IOCB,       /* one struct iocb, then a PWRITE's buffer */
};

struct capture_job {
	uint8_t kind;
	uint8_t arg;
	uint32_t blob;      /* index in c->blobs, or NO_BLOB for a helper read */
	uint64_t addr;      /* where this round reads */
	size_t len;         /* bytes this round reads */
	unsigned char *buf; /* the region's bytes; this round reads to buf + have */
	size_t have, cap;   /* bytes already read, bytes reserved at buf */
	size_t limit;       /* J_STR, J_PTRS: the most bytes kept */
	uint32_t index;     /* J_PTRS, J_IOV: blob index of the first element; J_IOCB: k */
	uint64_t total;     /* J_IOV: bytes the call transferred (UINT64_MAX: unknown) */
	uint64_t budget;    /* J_IOV: bytes the buffers may keep together */
	struct sc_arg spec; /* J_LEN: the argument the length belongs to */
	int err;            /* after the read: errno of a failed read, else 0 */
	bool peeked;        /* after the read: some bytes came from peek() */
	size_t got;         /* after the read: bytes read */
};

struct capture_chunk {
	struct capture_chunk *next;
	size_t size, used;
	unsigned char data[];
};

/* ---- arena: reset at every stop, so steady state allocates nothing ---- */

static void arena_reset(struct capture *c)
{
	for (struct capture_chunk *k = c->chunks; k; k = k->next)
		k->used = 0;
	c->arena_used = 0;
}

static unsigned char *arena_alloc(struct capture *c, size_t n)
{
	n = (n + 7) & ~(size_t)7;
	if (c->arena_used + n > STOP_BUDGET)
		return NULL;
	struct capture_chunk **link = &c->chunks;
	for (struct capture_chunk *k = c->chunks; k; k = k->next) {
		if (k->size - k->used >= n) {
			unsigned char *p = k->data + k->used;
			k->used += n;
			c->arena_used += n;
			return p;
		}
		link = &k->next;
	}
	size_t size = n > CHUNK_SIZE ? n : CHUNK_SIZE;
	struct capture_chunk *k = malloc(sizeof *k + size);
	if (!k)
		return NULL;
	k->next = NULL;
	k->size = size;
	k->used = n;
	*link = k;
	c->arena_used += n;
	return k->data;
}

/* ---- blobs and jobs ---- */

static uint32_t new_blob(struct capture *c, unsigned arg, uint32_t index, uint64_t addr)
{
	if (c->nblobs == c->blobs_cap) {
		size_t ncap = c->blobs_cap ? 2 * c->blobs_cap : 64;
		Rt__Blob *nb = realloc(c->blobs, ncap * sizeof *nb);
		if (!nb)
			return NO_BLOB;
		c->blobs = nb;
		Rt__Blob **np = realloc(c->blob_ptrs, ncap * sizeof *np);
		if (!np)
			return NO_BLOB;
		c->blob_ptrs = np;
		c->blobs_cap = ncap;
	}
	Rt__Blob *b = &c->blobs[c->nblobs];
	rt__blob__init(b);
	b->arg = arg;
	b->index = index;
	b->addr = addr;
	return (uint32_t)c->nblobs++;
}

static struct capture_job *new_job(struct capture *c)
{
	if (c->njobs == c->jobs_cap) {
		size_t ncap = c->jobs_cap ? 2 * c->jobs_cap : 64;
		struct capture_job *n = realloc(c->jobs, ncap * sizeof *n);
		if (!n)
			return NULL;
		c->jobs = n;
		c->jobs_cap = ncap;
	}
	struct capture_job *j = &c->jobs[c->njobs++];
	memset(j, 0, sizeof *j);
	return j;
}

/* Marks blob B as not captured for want of room (the recorder's own limit). */
static void blob_no_room(struct capture *c, uint32_t b, uint64_t full_len)
{
	if (b == NO_BLOB)
		return;
	c->blobs[b].read_errno = ENOBUFS;
	c->blobs[b].full_len = full_len;
}

/* Queues a read of LEN bytes at ADDR for blob B (or a helper read). The
 * first round of a string or pointer array stops at the page end, so that
 * a valid string at the end of the last mapped page is never lost. */
static struct capture_job *queue(struct capture *c, int kind, unsigned arg, uint32_t b,
				 uint64_t addr, size_t len, size_t reserve)
{
	unsigned char *buf = arena_alloc(c, reserve ? reserve : 1);
	if (!buf) {
		blob_no_room(c, b, len);
		return NULL;
	}
	struct capture_job *j = new_job(c);
	if (!j)
		return NULL;
	j->kind = (uint8_t)kind;
	j->arg = (uint8_t)arg;
	j->blob = b;
	j->addr = addr;
	j->len = len;
	j->buf = buf;
	j->cap = reserve;
	return j;
}

static size_t to_page_end(uint64_t addr)
{
	return PAGE_SIZE_ - (size_t)(addr & (PAGE_SIZE_ - 1));
}

static void queue_string(struct capture *c, unsigned arg, uint32_t index, uint64_t addr,
			 size_t limit)
{
	uint32_t b = new_blob(c, arg, index, index ? addr : 0);
	if (b == NO_BLOB)
		return;
	size_t first = to_page_end(addr);
	if (first > limit)
		first = limit;
	struct capture_job *j = queue(c, J_STR, arg, b, addr, first, first);
	if (j)
		j->limit = limit;
}

/* A data region kept up to KEEP of its LEN bytes (full_len records the cut). */
static void queue_bytes(struct capture *c, unsigned arg, uint32_t index, uint64_t addr,
			uint64_t len, uint64_t keep, bool set_addr)
{
	uint32_t b = new_blob(c, arg, index, set_addr ? addr : 0);
	if (b == NO_BLOB)
		return;
	if (keep > len)
		keep = len;
	if (keep < len)
		c->blobs[b].full_len = len;
	if (keep == 0)
		return;
	queue(c, J_BYTES, arg, b, addr, (size_t)keep, (size_t)keep);
}

/* ---- reading ---- */

/* PTRACE_PEEKDATA fallback: reads what process_vm_readv could not (PROT_NONE
 * and other pages only FOLL_FORCE reaches). Returns the bytes read; *ERR is
 * set when it stopped short. */
static size_t peek(struct capture *c, pid_t tid, uint64_t addr, unsigned char *dst, size_t len,
		   int *err)
{
	if (len > PEEK_LIMIT) {
		*err = EFAULT;
		return 0;
	}
	size_t done = 0;
	while (done < len) {
		uint64_t at = addr + done;
		uint64_t word_addr = at & ~(uint64_t)7;
		size_t skip = (size_t)(at - word_addr);
		errno = 0;
		long w = ptrace(PTRACE_PEEKDATA, tid, (void *)word_addr, NULL);
		c->peeks++;
		if (errno) {
			*err = errno == EIO ? EFAULT : errno;
			break;
		}
		size_t n = 8 - skip;
		if (n > len - done)
			n = len - done;
		memcpy(dst + done, (unsigned char *)&w + skip, n);
		done += n;
	}
	return done;
}

/* Reads CNT regions with as few process_vm_readv calls as the memory allows:
 * after a short read the element that failed goes to peek() and the call
 * resumes with the next one. */
static void read_regions(struct capture *c, pid_t tid, struct capture_job **jv,
			 struct iovec *loc, struct iovec *rem, size_t cnt)
{
	size_t i = 0;
	while (i < cnt) {
		ssize_t n = process_vm_readv(tid, loc + i, cnt - i, rem + i, cnt - i, 0);
		c->reads++;
		int err = n < 0 ? errno : 0;
		size_t done = n > 0 ? (size_t)n : 0;
		while (i < cnt && done >= loc[i].iov_len) {
			jv[i]->got = loc[i].iov_len;
			done -= loc[i].iov_len;
			i++;
		}
		if (i == cnt)
			break;
		if (err == ESRCH) {
			for (; i < cnt; i++)
				jv[i]->err = ESRCH;
			break;
		}
		struct capture_job *j = jv[i];
		size_t peeked = peek(c, tid, (uint64_t)(uintptr_t)rem[i].iov_base + done,
				     (unsigned char *)loc[i].iov_base + done,
				     loc[i].iov_len - done, &j->err);
		j->got = done + peeked;
		j->peeked |= peeked > 0;
		i++;
	}
}

#define ROUND_BATCH 1024 /* IOV_MAX */

/* One round: every queued job in [START, END) is read. */
static void read_round(struct capture *c, pid_t tid, size_t start, size_t end)
{
	struct iovec loc[ROUND_BATCH], rem[ROUND_BATCH];
	struct capture_job *jv[ROUND_BATCH];
	size_t cnt = 0;
	for (size_t i = start; i < end; i++) {
		struct capture_job *j = &c->jobs[i];
		if (j->len == 0)
			continue;
		loc[cnt].iov_base = j->buf + j->have;
		loc[cnt].iov_len = j->len;
		rem[cnt].iov_base = (void *)(uintptr_t)j->addr;
		rem[cnt].iov_len = j->len;
		jv[cnt++] = j;
		if (cnt == ROUND_BATCH) {
			read_regions(c, tid, jv, loc, rem, cnt);
			cnt = 0;
		}
	}
	if (cnt)
		read_regions(c, tid, jv, loc, rem, cnt);
}

/* ---- what each kind of memory needs: first reads, then follow-ups ---- */

static uint64_t get_u64(const unsigned char *p)
{
	uint64_t v;
	memcpy(&v, p, 8);
	return v;
}

static uint32_t get_u32(const unsigned char *p)
{
	uint32_t v;
	memcpy(&v, p, 4);
	return v;
}

static uint64_t clamp(uint64_t v, uint64_t max)
{
	return v > max ? max : v;
}

static uint64_t keep_of(const struct capture *c, const struct sc_arg *a, uint64_t len)
{
	return (a->flags & SC_F_WHOLE) ? clamp(len, SC_MAX_WHOLE) : clamp(len, c->cap_bytes);
}

/* Continues a region that did not fit in its first read, growing its buffer
 * in the arena when needed. Returns false when out of room. */
static bool continue_job(struct capture *c, const struct capture_job *j, size_t more)
{
	size_t have = j->have + j->got;
	unsigned char *buf = j->buf;
	size_t cap = j->cap;
	if (have + more > cap) {
		size_t ncap = cap * 2 > have + more ? cap * 2 : have + more;
		if (ncap > j->limit)
			ncap = j->limit;
		buf = arena_alloc(c, ncap);
		if (!buf)
			return false;
		memcpy(buf, j->buf, have);
		cap = ncap;
	}
	struct capture_job *n = new_job(c);
	if (!n)
		return false;
	*n = *j;
	n->buf = buf;
	n->cap = cap;
	n->have = have;
	n->addr = j->addr + j->got;
	n->len = more;
	n->got = 0;
	n->err = 0;
	return true;
}

static void set_data(struct capture *c, const struct capture_job *j, size_t len)
{
	if (j->blob == NO_BLOB)
		return;
	Rt__Blob *b = &c->blobs[j->blob];
	b->data.data = j->buf;
	b->data.len = len;
	if (j->err && !b->read_errno)
		b->read_errno = j->err;
	if (j->peeked)
		b->peeked = 1;
}

static void finish_str(struct capture *c, const struct capture_job *j)
{
	const unsigned char *nul = memchr(j->buf + j->have, 0, j->got);
	if (nul) {
		struct capture_job ok = *j;
		ok.err = 0;
		set_data(c, &ok, (size_t)(nul - j->buf));
		return;
	}
	size_t have = j->have + j->got;
	if (j->err || have >= j->limit) {
		set_data(c, j, have);
		if (!j->err)
			c->blobs[j->blob].full_len = have + 1;
		return;
	}
	size_t more = j->limit - have < PAGE_SIZE_ ? j->limit - have : PAGE_SIZE_;
	if (!continue_job(c, j, more)) {
		set_data(c, j, have);
		blob_no_room(c, j->blob, have + 1);
	}
}

static void finish_ptrs(struct capture *c, const struct capture_job *j)
{
	size_t have = j->have + j->got;
	size_t start = j->have / 8, n = have / 8, k;
	for (k = start; k < n; k++)
		if (get_u64(j->buf + 8 * k) == 0)
			break;
	bool done = k < n || j->err || have + 8 > j->limit;
	if (!done && !continue_job(c, j, PAGE_SIZE_ < j->limit - have ? PAGE_SIZE_ : j->limit - have))
		done = true;
	if (!done)
		return;
	set_data(c, j, 8 * k);
	if (k == n && !j->err)
		c->blobs[j->blob].full_len = 8 * k + 8;
	for (size_t i = 0; i < k; i++) {
		uint64_t p = get_u64(j->buf + 8 * i);
		queue_string(c, j->arg, j->index + (uint32_t)i, p, ARG_STR_LIMIT);
	}
}

/* The buffers of an iovec array: together at most BUDGET bytes, and at exit
 * only the TOTAL bytes the call transferred. */
static void queue_iov_buffers(struct capture *c, unsigned arg, uint32_t index,
			      const unsigned char *iov, size_t count, uint64_t total,
			      uint64_t budget)
{
	for (size_t k = 0; k < count; k++) {
		uint64_t base = get_u64(iov + IOVEC_SIZE * k);
		uint64_t len = get_u64(iov + IOVEC_SIZE * k + 8);
		if (total != UINT64_MAX) {
			len = clamp(len, total);
			total -= len;
		}
		uint64_t keep = clamp(len, budget);
		budget -= keep;
		if (base == 0) {
			len = keep = 0;
		}
		queue_bytes(c, arg, index + (uint32_t)k, base, len, keep, true);
	}
}

static void queue_iov_array(struct capture *c, unsigned arg, uint32_t index, uint64_t addr,
			    uint64_t count, uint64_t total, uint64_t budget)
{
	if (addr == 0)
		return;
	count = clamp(count, IOV_LIMIT);
	uint32_t b = new_blob(c, arg, index, index ? addr : 0);
	if (b == NO_BLOB)
		return;
	struct capture_job *j = queue(c, J_IOV, arg, b, addr, (size_t)count * IOVEC_SIZE,
				      (size_t)count * IOVEC_SIZE);
	if (!j)
		return;
	j->index = index == 0 ? 1 : index + (SC_MSG_BUF0 - SC_MSG_IOV);
	j->total = total;
	j->budget = budget;
}

static void finish_iov(struct capture *c, const struct capture_job *j)
{
	size_t have = j->have + j->got;
	set_data(c, j, have);
	queue_iov_buffers(c, j->arg, j->index, j->buf, have / IOVEC_SIZE, j->total, j->budget);
}

/* The parts of one struct msghdr HDR whose blob indexes start at BASE
 * (0 for a msghdr argument, SC_MMSG_INDEX(k, 0) for mmsghdr element k). */
static void queue_msg_parts(struct capture *c, unsigned arg, uint32_t base,
			    const unsigned char *hdr, uint64_t total, uint64_t budget)
{
	uint64_t name = get_u64(hdr), namelen = get_u32(hdr + 8);
	uint64_t iov = get_u64(hdr + 16), iovlen = get_u64(hdr + 24);
	uint64_t control = get_u64(hdr + 32), controllen = get_u64(hdr + 40);
	if (name && namelen)
		queue_bytes(c, arg, base + SC_MSG_NAME, name, clamp(namelen, SOCKADDR_LIMIT),
			    SOCKADDR_LIMIT, true);
	if (iov)
		queue_iov_array(c, arg, base + SC_MSG_IOV, iov, iovlen, total, budget);
	if (control && controllen)
		queue_bytes(c, arg, base + SC_MSG_CONTROL, control, clamp(controllen, SC_MAX_WHOLE),
			    SC_MAX_WHOLE, true);
}

static void finish_msghdr(struct capture *c, const struct capture_job *j)
{
	size_t have = j->have + j->got;
	set_data(c, j, have);
	if (have == MSGHDR_SIZE)
		queue_msg_parts(c, j->arg, 0, j->buf, j->total, j->budget);
}

static void finish_mmsg(struct capture *c, const struct capture_job *j)
{
	size_t have = j->have + j->got;
	set_data(c, j, have);
	for (size_t k = 0; k < have / MMSGHDR_SIZE; k++) {
		const unsigned char *h = j->buf + k * MMSGHDR_SIZE;
		uint64_t total = j->total == UINT64_MAX ? UINT64_MAX : get_u32(h + MSGHDR_SIZE);
		queue_msg_parts(c, j->arg, SC_MMSG_INDEX(k, 0), h, total, j->budget);
	}
}

static void finish_clone_exit(struct capture *c, const struct capture_job *j)
{
	if (j->got < CLONE_ARGS_HEAD)
		return;
	uint64_t flags = get_u64(j->buf), pidfd = get_u64(j->buf + 8), parent_tid = get_u64(j->buf + 24);
	if ((flags & CLONE_PARENT_SETTID_) && parent_tid)
		queue_bytes(c, j->arg, 1, parent_tid, 4, 4, true);
	if ((flags & CLONE_PIDFD_) && pidfd)
		queue_bytes(c, j->arg, 2, pidfd, 4, 4, true);
}

/* SC_M_PTR_LEN: the pair read (index 0), its memory follows (index 1). */
static void finish_ptr_len(struct capture *c, const struct capture_job *j)
{
	size_t have = j->have + j->got;
	set_data(c, j, have);
	if (have < 16)
		return;
	uint64_t p = get_u64(j->buf), len = get_u64(j->buf + 8);
	if (p && len)
		queue_bytes(c, j->arg, 1, p, len, SC_PTR_LEN_MAX, true);
}

/* SC_M_IOCBS: each non-NULL pointer of the array read (index 0) is an iocb. */
static void finish_iocbs(struct capture *c, const struct capture_job *j)
{
	size_t have = j->have + j->got;
	set_data(c, j, have);
	for (size_t k = 0; k < have / 8; k++) {
		uint64_t p = get_u64(j->buf + 8 * k);
		if (!p)
			continue;
		uint32_t b = new_blob(c, j->arg, SC_AIO_IOCB(k), p);
		if (b == NO_BLOB)
			return;
		struct capture_job *e = queue(c, J_IOCB, j->arg, b, p, IOCB_SIZE, IOCB_SIZE);
		if (e)
			e->index = (uint32_t)k;
	}
}

/* The data an IOCB_CMD_PWRITE writes is read as write(2)'s buffer is:
 * aio_lio_opcode at byte 16, aio_buf at 24, aio_nbytes at 32. */
static void finish_iocb(struct capture *c, const struct capture_job *j)
{
	size_t have = j->have + j->got;
	set_data(c, j, have);
	if (have < IOCB_SIZE || (get_u32(j->buf + 16) & 0xffffu) != IOCB_CMD_PWRITE_)
		return;
	uint64_t buf = get_u64(j->buf + 24), n = clamp(get_u64(j->buf + 32), SC_MAX_WHOLE);
	if (buf && n)
		queue_bytes(c, j->arg, SC_AIO_BUF(j->index), buf, n, clamp(n, c->cap_bytes), true);
}

static void add_region(struct capture *c, const struct capture_call *call, unsigned i,
		       const struct sc_arg *a, uint64_t addr, uint64_t len);

static void finish_len(struct capture *c, const struct capture_job *j,
		       const struct capture_call *call)
{
	if (j->got < 4)
		return;
	uint64_t len = get_u32(j->buf);
	if (call->when == SC_W_ENTRY && (j->spec.flags & SC_F_LEN_IS_MAX))
		call->len_at_entry[j->arg] = (uint32_t)len;
	if (call->when == SC_W_EXIT && (j->spec.flags & SC_F_LEN_IS_MAX))
		len = clamp(len, call->len_at_entry[j->arg]);
	if (j->spec.when & call->when)
		add_region(c, call, j->arg, &j->spec, call->args[j->arg], len);
}

static void finish_job(struct capture *c, const struct capture_job *j,
		       const struct capture_call *call)
{
	switch (j->kind) {
	case J_BYTES: set_data(c, j, j->have + j->got); break;
	case J_STR: finish_str(c, j); break;
	case J_PTRS: finish_ptrs(c, j); break;
	case J_LEN: finish_len(c, j, call); break;
	case J_IOV: finish_iov(c, j); break;
	case J_MSGHDR: finish_msghdr(c, j); break;
	case J_MMSG: finish_mmsg(c, j); break;
	case J_CLONE_EXIT: finish_clone_exit(c, j); break;
	case J_PTR_LEN: finish_ptr_len(c, j); break;
	case J_IOCBS: finish_iocbs(c, j); break;
	case J_IOCB: finish_iocb(c, j); break;
	}
}

/* ---- the first reads, one function per memory kind (enum sc_mem) ---- */

typedef void mem_fn(struct capture *c, const struct capture_call *call, unsigned i,
		    const struct sc_arg *a, uint64_t addr, uint64_t len);

static void mem_str(struct capture *c, const struct capture_call *call, unsigned i,
		    const struct sc_arg *a, uint64_t addr, uint64_t len)
{
	(void)call, (void)a, (void)len;
	queue_string(c, i, 0, addr, STR_LIMIT);
}

static void mem_buf(struct capture *c, const struct capture_call *call, unsigned i,
		    const struct sc_arg *a, uint64_t addr, uint64_t len)
{
	(void)call;
	len = clamp(len, SC_MAX_WHOLE);
	queue_bytes(c, i, 0, addr, len, keep_of(c, a, len), false);
}

static void mem_whole(struct capture *c, const struct capture_call *call, unsigned i,
		      const struct sc_arg *a, uint64_t addr, uint64_t len)
{
	(void)call, (void)a;
	len = clamp(len, SC_MAX_WHOLE);
	queue_bytes(c, i, 0, addr, len, len, false);
}

static void mem_array(struct capture *c, const struct capture_call *call, unsigned i,
		      const struct sc_arg *a, uint64_t addr, uint64_t count)
{
	(void)call;
	uint64_t elem = a->elem ? a->elem : 1;
	uint64_t len = count > SC_MAX_WHOLE / elem ? SC_MAX_WHOLE : count * elem;
	queue_bytes(c, i, 0, addr, len, len, false);
}

static void mem_iovec(struct capture *c, const struct capture_call *call, unsigned i,
		      const struct sc_arg *a, uint64_t addr, uint64_t count)
{
	uint64_t total = call->when == SC_W_EXIT ? (uint64_t)call->ret : UINT64_MAX;
	uint64_t budget = (a->flags & SC_F_WHOLE) ? SC_MAX_WHOLE : c->cap_bytes;
	queue_iov_array(c, i, 0, addr, count, total, budget);
}

static void mem_msghdr(struct capture *c, const struct capture_call *call, unsigned i,
		       const struct sc_arg *a, uint64_t addr, uint64_t len)
{
	(void)len;
	uint32_t b = new_blob(c, i, 0, 0);
	if (b == NO_BLOB)
		return;
	struct capture_job *j = queue(c, J_MSGHDR, i, b, addr, MSGHDR_SIZE, MSGHDR_SIZE);
	if (!j)
		return;
	j->total = call->when == SC_W_EXIT ? (uint64_t)call->ret : UINT64_MAX;
	j->budget = (a->flags & SC_F_WHOLE) ? SC_MAX_WHOLE : c->cap_bytes;
}

static void mem_mmsghdr(struct capture *c, const struct capture_call *call, unsigned i,
			const struct sc_arg *a, uint64_t addr, uint64_t count)
{
	if (call->when == SC_W_EXIT)
		count = clamp(count, (uint64_t)call->ret);
	count = clamp(count, IOV_LIMIT);
	uint32_t b = new_blob(c, i, 0, 0);
	if (b == NO_BLOB)
		return;
	size_t len = (size_t)count * MMSGHDR_SIZE;
	struct capture_job *j = queue(c, J_MMSG, i, b, addr, len, len);
	if (!j)
		return;
	j->total = call->when == SC_W_EXIT ? 0 : UINT64_MAX;
	j->budget = (a->flags & SC_F_WHOLE) ? SC_MAX_WHOLE : c->cap_bytes;
}

static void mem_strarray(struct capture *c, const struct capture_call *call, unsigned i,
			 const struct sc_arg *a, uint64_t addr, uint64_t len)
{
	(void)call, (void)a, (void)len;
	uint32_t b = new_blob(c, i, 0, 0);
	if (b == NO_BLOB)
		return;
	size_t first = to_page_end(addr) & ~(size_t)7;
	if (first < 8)
		first = 8;
	struct capture_job *j = queue(c, J_PTRS, i, b, addr, first, first);
	if (!j)
		return;
	j->limit = SC_MAX_WHOLE;
	j->index = 1;
}

static void mem_sockaddr(struct capture *c, const struct capture_call *call, unsigned i,
			 const struct sc_arg *a, uint64_t addr, uint64_t len)
{
	(void)call, (void)a;
	len = clamp(len, SOCKADDR_LIMIT);
	queue_bytes(c, i, 0, addr, len, len, false);
}

static void mem_fdset(struct capture *c, const struct capture_call *call, unsigned i,
		      const struct sc_arg *a, uint64_t addr, uint64_t nfds)
{
	(void)call, (void)a;
	uint64_t len = nfds > SC_MAX_WHOLE * 8ull ? SC_MAX_WHOLE : (nfds + 63) / 64 * 8;
	queue_bytes(c, i, 0, addr, len, len, false);
}

static void mem_nodemask(struct capture *c, const struct capture_call *call, unsigned i,
			 const struct sc_arg *a, uint64_t addr, uint64_t maxnode)
{
	(void)call, (void)a;
	uint64_t words = sc_nodemask_words(maxnode);
	uint64_t len = words > SC_MAX_WHOLE / 8 ? SC_MAX_WHOLE : words * 8;
	if (len)
		queue_bytes(c, i, 0, addr, len, len, false);
}

static void mem_clone_args(struct capture *c, const struct capture_call *call, unsigned i,
			   const struct sc_arg *a, uint64_t addr, uint64_t len)
{
	if (call->when == SC_W_ENTRY) {
		mem_whole(c, call, i, a, addr, len);
		return;
	}
	queue(c, J_CLONE_EXIT, i, NO_BLOB, addr, CLONE_ARGS_HEAD, CLONE_ARGS_HEAD);
}

static void mem_ptr_len(struct capture *c, const struct capture_call *call, unsigned i,
			const struct sc_arg *a, uint64_t addr, uint64_t len)
{
	(void)call, (void)a, (void)len;
	uint32_t b = new_blob(c, i, 0, 0);
	if (b != NO_BLOB)
		queue(c, J_PTR_LEN, i, b, addr, 16, 16);
}

/* SC_M_MSGBUF: the mtype and LEN bytes of mtext, the mtext capped by -s. */
static void mem_msgbuf(struct capture *c, const struct capture_call *call, unsigned i,
		       const struct sc_arg *a, uint64_t addr, uint64_t len)
{
	(void)call;
	len = clamp(len, SC_MAX_WHOLE - sizeof(long));
	queue_bytes(c, i, 0, addr, sizeof(long) + len, sizeof(long) + keep_of(c, a, len), false);
}

static void mem_iocbs(struct capture *c, const struct capture_call *call, unsigned i,
		      const struct sc_arg *a, uint64_t addr, uint64_t count)
{
	(void)call, (void)a;
	count = clamp(count, IOV_LIMIT);
	uint32_t b = new_blob(c, i, 0, 0);
	if (b != NO_BLOB && count)
		queue(c, J_IOCBS, i, b, addr, (size_t)count * 8, (size_t)count * 8);
}

static mem_fn *const mem_fns[] = {
	[SC_M_NONE] = NULL,
	[SC_M_STR] = mem_str,
	[SC_M_BUF] = mem_buf,
	[SC_M_STRUCT] = mem_whole,
	[SC_M_ARRAY] = mem_array,
	[SC_M_IOVEC] = mem_iovec,
	[SC_M_MSGHDR] = mem_msghdr,
	[SC_M_STRARRAY] = mem_strarray,
	[SC_M_SOCKADDR] = mem_sockaddr,
	[SC_M_FDSET] = mem_fdset,
	[SC_M_CLONE_ARGS] = mem_clone_args,
	[SC_M_MMSGHDR] = mem_mmsghdr,
	[SC_M_PTR_LEN] = mem_ptr_len,
	[SC_M_MSGBUF] = mem_msgbuf,
	[SC_M_IOCBS] = mem_iocbs,
	[SC_M_NODEMASK] = mem_nodemask,
};

static void add_region(struct capture *c, const struct capture_call *call, unsigned i,
		       const struct sc_arg *a, uint64_t addr, uint64_t len)
{
	if (a->mem < sizeof mem_fns / sizeof mem_fns[0] && mem_fns[a->mem] && addr)
		mem_fns[a->mem](c, call, i, a, addr, len);
}

/* The length or count an argument's memory has, when it is known without
 * reading (SC_L_ARGPTR is read first: see finish_len()). */
static uint64_t arg_length(const struct sc_arg *a, const struct capture_call *call)
{
	switch (a->len) {
	case SC_L_ARG: return a->n < 6 ? call->args[a->n] : 0;
	case SC_L_RET: return call->when == SC_W_EXIT && call->ret > 0 ? (uint64_t)call->ret : 0;
	default: return a->n;
	}
}

/* SC_F_HDR_AT_ENTRY: the bare header of an exit-only msghdr / mmsghdr
 * array at entry (index 0), for the lengths the kernel rewrites. */
static void add_hdr_at_entry(struct capture *c, const struct capture_call *call, unsigned i,
			     const struct sc_arg *a)
{
	uint64_t len = MSGHDR_SIZE;
	if (a->mem == SC_M_MMSGHDR)
		len = clamp(arg_length(a, call), IOV_LIMIT) * MMSGHDR_SIZE;
	else if (a->mem != SC_M_MSGHDR)
		return;
	queue_bytes(c, i, 0, call->args[i], len, len, false);
}

/* ERESTARTSYS, ERESTARTNOINTR, ERESTARTNOHAND, ERESTART_RESTARTBLOCK
 * (not 515, ENOIOCTLCMD). */
static bool restarting(const struct capture_call *call)
{
	return !call->ok && call->ret <= -512 && call->ret >= -516 && call->ret != -515;
}

static void add_arg(struct capture *c, const struct capture_call *call, unsigned i,
		    const struct sc_arg *a)
{
	bool wanted = (a->when & call->when) &&
		      (call->when == SC_W_ENTRY || call->ok ||
		       ((a->flags & SC_F_ON_RESTART) && restarting(call)));
	if (a->mem == SC_M_NONE || !call->args[i])
		return;
	if (call->when == SC_W_ENTRY && !(a->when & SC_W_ENTRY) && (a->flags & SC_F_HDR_AT_ENTRY)) {
		add_hdr_at_entry(c, call, i, a);
		return;
	}
	if (a->len != SC_L_ARGPTR) {
		if (wanted)
			add_region(c, call, i, a, call->args[i], arg_length(a, call));
		return;
	}
	/* The entry value of a "length is the buffer size" socklen is needed at
	 * exit even when the memory itself is exit-only. */
	bool keep_len = call->when == SC_W_ENTRY && (a->flags & SC_F_LEN_IS_MAX);
	if (a->n >= 6 || !call->args[a->n] || !(wanted || keep_len))
		return;
	struct capture_job *j = queue(c, J_LEN, i, NO_BLOB, call->args[a->n], 4, 4);
	if (j) {
		j->spec = *a;
		if (!wanted)
			j->spec.when = 0;
	}
}

int capture_init(struct capture *c, unsigned cap_bytes)
{
	memset(c, 0, sizeof *c);
	c->cap_bytes = cap_bytes;
	return 0;
}

void capture_free(struct capture *c)
{
	struct capture_chunk *k = c->chunks;
	while (k) {
		struct capture_chunk *n = k->next;
		free(k);
		k = n;
	}
	free(c->blobs);
	free(c->blob_ptrs);
	free(c->jobs);
	memset(c, 0, sizeof *c);
}

int capture_stop(struct capture *c, const struct capture_call *call)
{
	c->nblobs = 0;
	c->njobs = 0;
	arena_reset(c);
	struct sc_arg spec[6];
	int n = syscall_table_args(call->nr, call->args, spec);
	for (int i = 0; i < n && i < 6; i++)
		add_arg(c, call, (unsigned)i, &spec[i]);
	/* memory found through the stack pointer (rt_sigreturn's signal frame) */
	const struct syscall_desc *d = syscall_table_get(call->nr);
	if (d && d->stack.len && call->when == SC_W_ENTRY && call->sp)
		queue_bytes(c, SC_ARG_STACK, 0, call->sp + d->stack.off, d->stack.len,
			    d->stack.len, true);
	size_t start = 0;
	while (start < c->njobs) {
		size_t end = c->njobs;
		read_round(c, call->tid, start, end);
		for (size_t i = start; i < end; i++) {
			struct capture_job j = c->jobs[i];
			finish_job(c, &j, call);
		}
		start = end;
	}
	for (size_t i = 0; i < c->nblobs; i++)
		c->blob_ptrs[i] = &c->blobs[i];
	return (int)c->nblobs;
}

ssize_t capture_read(pid_t tid, uint64_t addr, void *dst, size_t len)
{
	struct iovec l = { dst, len }, r = { (void *)(uintptr_t)addr, len };
	ssize_t n = process_vm_readv(tid, &l, 1, &r, 1, 0);
	return n < 0 ? -errno : n;
}

/*
 * decode_aio — Linux native asynchronous I/O: io_submit's control blocks
 * and io_getevents' completions.
 *
 * Formats are strace 6.1's (aio.c): an iocb prints its header (aio_data,
 * aio_key and aio_rw_flags when not 0, the command, aio_reqprio when not 0,
 * the descriptor), then for reads and writes the buffer — the data itself
 * for IOCB_CMD_PWRITE — its length and offset, and the flags. The vector and
 * poll commands' buffers print as their address here (the recorder does not
 * follow them).
 */
#include <string.h>

#include "decode_common.h"

/* <linux/aio_abi.h>, little-endian x86_64 layout. */
struct k_iocb {
	uint64_t aio_data;
	uint32_t aio_key, aio_rw_flags;
	uint16_t aio_lio_opcode;
	int16_t aio_reqprio;
	uint32_t aio_fildes;
	uint64_t aio_buf, aio_nbytes;
	int64_t aio_offset;
	uint64_t aio_reserved2;
	uint32_t aio_flags, aio_resfd;
};

struct k_io_event {
	uint64_t data, obj;
	int64_t res, res2;
};

enum { IOCB_CMD_PREAD_, IOCB_CMD_PWRITE_, IOCB_CMD_PREADV_ = 7, IOCB_CMD_PWRITEV_ = 8 };

#define IOCB_FLAG_RESFD_ 1u

static void iocb_header(show_call *c, const struct k_iocb *cb)
{
	show_field(c, "aio_data");
	show_hex(c, cb->aio_data);
	if (cb->aio_key) {
		dec_next_field(c, "aio_key");
		show_uint(c, cb->aio_key);
	}
	if (cb->aio_rw_flags) {
		dec_next_field(c, "aio_rw_flags");
		dec_flags(c, &xlat_rwf_flags, cb->aio_rw_flags, "RWF_???");
	}
	dec_next_field(c, "aio_lio_opcode");
	dec_enum_d(c, &xlat_aio_cmds, cb->aio_lio_opcode, "IOCB_CMD_???");
	if (cb->aio_reqprio) {
		dec_next_field(c, "aio_reqprio");
		show_int(c, cb->aio_reqprio);
	}
	dec_next_field(c, "aio_fildes");
	show_fd(c, (int32_t)cb->aio_fildes);
}

/* A PWRITE's data is blob SC_AIO_BUF(K); other buffers are addresses. */
static void iocb_buffer(show_call *c, const struct k_iocb *cb, size_t k)
{
	dec_next_field(c, "aio_buf");
	const struct replay_blob *b = NULL;
	if (cb->aio_lio_opcode == IOCB_CMD_PWRITE_)
		b = show_blob(c, 2, SC_AIO_BUF(k), 0);
	if (!b || b->read_errno || !b->data) {
		show_hex(c, cb->aio_buf);
		return;
	}
	size_t n = b->len < cb->aio_nbytes ? b->len : (size_t)cb->aio_nbytes;
	int cut = n < cb->aio_nbytes && n < show_strsize(c);
	show_quoted(c, b->data, n, cut ? SHOW_Q_ELLIPSIS : 0);
}

static void print_iocb(show_call *c, const struct k_iocb *cb, size_t k)
{
	show_struct_begin(c);
	iocb_header(c, cb);
	unsigned op = cb->aio_lio_opcode;
	if (op == IOCB_CMD_PREAD_ || op == IOCB_CMD_PWRITE_ || op == IOCB_CMD_PREADV_ ||
	    op == IOCB_CMD_PWRITEV_) {
		iocb_buffer(c, cb, k);
		dec_next_field(c, "aio_nbytes");
		show_uint(c, cb->aio_nbytes);
		dec_next_field(c, "aio_offset");
		show_int(c, cb->aio_offset);
		if (cb->aio_flags) {
			dec_next_field(c, "aio_flags");
			dec_flags(c, &xlat_aio_iocb_flags, cb->aio_flags, "IOCB_FLAG_???");
		}
		if (cb->aio_flags & IOCB_FLAG_RESFD_) {
			dec_next_field(c, "aio_resfd");
			show_fd(c, (int32_t)cb->aio_resfd);
		} else if (cb->aio_resfd) {
			dec_next_field(c, "aio_resfd");
			show_hex(c, cb->aio_resfd);
		}
	}
	show_struct_end(c);
}

/* Element K of the pointer array (OPAQUE is its first byte): the iocb it
 * points to, else the pointer (NULL, or an address that could not be read). */
static void iocb_elem(show_call *c, const void *p, void *opaque)
{
	size_t k = (size_t)((const uint8_t *)p - (const uint8_t *)opaque) / sizeof(uint64_t);
	uint64_t ptr;
	memcpy(&ptr, p, sizeof ptr);
	const struct replay_blob *b = ptr ? show_blob(c, 2, SC_AIO_IOCB(k), 0) : NULL;
	struct k_iocb cb;
	if (!b || b->read_errno || !b->data || b->len < sizeof cb) {
		show_addr(c, ptr);
		return;
	}
	memcpy(&cb, b->data, sizeof cb);
	print_iocb(c, &cb, k);
}

/* io_submit(0x7f..., 1, [{aio_data=0, aio_lio_opcode=IOCB_CMD_PREAD, ...}]) */
static int dec_io_submit(show_call *c)
{
	show_hex(c, show_arg(c, 0));
	show_arg_next(c);
	int64_t nr = (int64_t)show_arg(c, 1);
	show_int(c, nr);
	show_arg_next(c);
	/* A short read (an array running into unmapped memory) keeps the
	 * pointers before the fault: they are printed. */
	const struct replay_blob *b = show_blob(c, 2, 0, 0);
	if (nr <= 0 || !b || !b->data || b->len < sizeof(uint64_t)) {
		show_addr(c, show_arg(c, 2));
		return SHOW_DECODED;
	}
	size_t n = b->len / sizeof(uint64_t);
	if ((uint64_t)nr < n)
		n = (size_t)nr;
	show_array(c, b->data, n, sizeof(uint64_t), iocb_elem, (void *)b->data);
	return SHOW_DECODED;
}

static void io_event_elem(show_call *c, const void *p, void *opaque)
{
	(void)opaque;
	struct k_io_event e;
	memcpy(&e, p, sizeof e);
	show_struct_begin(c);
	show_field(c, "data");
	show_hex(c, e.data);
	dec_next_field(c, "obj");
	show_addr(c, e.obj);
	dec_next_field(c, "res");
	show_int(c, e.res);
	dec_next_field(c, "res2");
	show_int(c, e.res2);
	show_struct_end(c);
}

/* io_getevents(0x7f..., 1, 4, [{data=0, obj=0x..., res=6, res2=0}], NULL):
 * the events and the timeout are printed at exit, as strace does. */
static int dec_io_getevents(show_call *c)
{
	if (show_entering(c)) {
		show_hex(c, show_arg(c, 0));
		show_arg_next(c);
		show_int(c, (int64_t)show_arg(c, 1));
		show_arg_next(c);
		show_int(c, (int64_t)show_arg(c, 2));
		show_arg_next(c);
		return 0;
	}
	const struct replay_blob *b = show_blob(c, 3, 0, 1);
	if (!b || b->read_errno || !b->data) {
		show_addr(c, show_arg(c, 3));
	} else {
		size_t n = b->len / sizeof(struct k_io_event);
		show_array(c, b->data, n, sizeof(struct k_io_event), io_event_elem, NULL);
	}
	show_arg_next(c);
	dec_timespec_arg(c, 4, 0);
	return 0;
}

const struct show_decoder show_decoders_aio[] = {
	{ "io_submit", .decode = dec_io_submit },
	{ "io_getevents", .decode = dec_io_getevents },
	{ 0 },
};

/*
 * decode_ipc — synchronisation between threads and processes: futex.
 *
 * Format is strace 6.1's (futex.c): the arguments printed depend on the
 * command in the low 7 bits of the op.
 */
#include <stdio.h>

#include "decode_common.h"

enum {
	FUTEX_WAIT_ = 0, FUTEX_WAKE_ = 1, FUTEX_FD_ = 2, FUTEX_REQUEUE_ = 3,
	FUTEX_CMP_REQUEUE_ = 4, FUTEX_WAKE_OP_ = 5, FUTEX_LOCK_PI_ = 6,
	FUTEX_UNLOCK_PI_ = 7, FUTEX_TRYLOCK_PI_ = 8, FUTEX_WAIT_BITSET_ = 9,
	FUTEX_WAKE_BITSET_ = 10, FUTEX_WAIT_REQUEUE_PI_ = 11,
	FUTEX_CMP_REQUEUE_PI_ = 12, FUTEX_LOCK_PI2_ = 13,
};

#define FUTEX_BITSET_MATCH_ANY_ 0xffffffffu

/* The timeout: a timespec read at entry, or NULL / the address. */
static void futex_timeout(show_call *c)
{
	if (!show_arg(c, 3)) {
		show_addr(c, 0);
		return;
	}
	dec_timespec_arg(c, 3, 0);
}

static void futex_bitset(show_call *c, uint32_t v)
{
	if (v == FUTEX_BITSET_MATCH_ANY_)
		show_puts(c, "FUTEX_BITSET_MATCH_ANY");
	else
		show_hex(c, v);
}

/* FUTEX_OP_SET<<28|0<<12|FUTEX_OP_CMP_GT<<24|0x1 */
static void futex_wake_op(show_call *c, uint32_t v)
{
	char op[64], cmp[64];
	xlat_format_enum(op, sizeof(op), &xlat_futexwakeops, (v >> 28) & 0x7, "FUTEX_OP_???", XLAT_FMT_X);
	xlat_format_enum(cmp, sizeof(cmp), &xlat_futexwakecmps, (v >> 24) & 0xf, "FUTEX_OP_CMP_???",
			 XLAT_FMT_X);
	show_printf(c, "%s%s<<28|%#x<<12|%s<<24|%#x", ((v >> 28) & 8) ? "FUTEX_OP_OPARG_SHIFT<<28|" : "",
		    op, (v >> 12) & 0xfff, cmp, v & 0xfff);
}

/* futex(0x7f..., FUTEX_WAIT_BITSET|FUTEX_CLOCK_REALTIME, 10197, NULL,
 *       FUTEX_BITSET_MATCH_ANY) / futex(0x..., FUTEX_WAKE_PRIVATE, 1) */
static int dec_futex(show_call *c)
{
	uint32_t op = (uint32_t)show_arg(c, 1);
	uint32_t val = (uint32_t)show_arg(c, 2);
	uint32_t val2 = (uint32_t)show_arg(c, 3);
	uint32_t val3 = (uint32_t)show_arg(c, 5);
	show_addr(c, show_arg(c, 0));
	show_arg_next(c);
	dec_enum(c, &xlat_futexops, op, "FUTEX_???");
	unsigned cmd = op & 127;
	if (cmd != FUTEX_UNLOCK_PI_ && cmd != FUTEX_TRYLOCK_PI_)
		show_arg_next(c);
	switch (cmd) {
	case FUTEX_WAIT_:
		show_uint(c, val);
		show_arg_next(c);
		futex_timeout(c);
		break;
	case FUTEX_LOCK_PI_:
	case FUTEX_LOCK_PI2_:
		futex_timeout(c);
		break;
	case FUTEX_WAIT_BITSET_:
		show_uint(c, val);
		show_arg_next(c);
		futex_timeout(c);
		show_arg_next(c);
		futex_bitset(c, val3);
		break;
	case FUTEX_WAKE_BITSET_:
		show_uint(c, val);
		show_arg_next(c);
		futex_bitset(c, val3);
		break;
	case FUTEX_REQUEUE_:
		show_uint(c, val);
		show_arg_next(c);
		show_uint(c, val2);
		show_arg_next(c);
		show_addr(c, show_arg(c, 4));
		break;
	case FUTEX_CMP_REQUEUE_:
	case FUTEX_CMP_REQUEUE_PI_:
		show_uint(c, val);
		show_arg_next(c);
		show_uint(c, val2);
		show_arg_next(c);
		show_addr(c, show_arg(c, 4));
		show_arg_next(c);
		show_uint(c, val3);
		break;
	case FUTEX_WAKE_OP_:
		show_uint(c, val);
		show_arg_next(c);
		show_uint(c, val2);
		show_arg_next(c);
		show_addr(c, show_arg(c, 4));
		show_arg_next(c);
		futex_wake_op(c, val3);
		break;
	case FUTEX_WAIT_REQUEUE_PI_:
		show_uint(c, val);
		show_arg_next(c);
		futex_timeout(c);
		show_arg_next(c);
		show_addr(c, show_arg(c, 4));
		break;
	case FUTEX_FD_:
	case FUTEX_WAKE_:
		show_uint(c, val);
		break;
	case FUTEX_UNLOCK_PI_:
	case FUTEX_TRYLOCK_PI_:
		break;
	default:
		show_uint(c, val);
		show_arg_next(c);
		show_addr(c, show_arg(c, 3));
		show_arg_next(c);
		show_addr(c, show_arg(c, 4));
		show_arg_next(c);
		show_hex(c, val3);
		break;
	}
	return SHOW_DECODED | SHOW_RV_DEC;
}

const struct show_decoder show_decoders_ipc[] = {
	{ "futex", dec_futex, NULL },
	{ NULL, NULL, NULL },
};

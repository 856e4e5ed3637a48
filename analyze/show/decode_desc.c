/*
 * decode_desc — descriptors: read/write and their vector and positional
 * forms, lseek, dup*, fcntl, ioctl, pipes, poll/select, epoll, eventfd,
 * the in-kernel copies (sendfile, splice, tee, copy_file_range), and the
 * small fd calls (fadvise64, flock, fallocate, close_range).
 *
 * Formats are strace 6.1's (io.c, desc.c, fcntl.c, ioctl.c, term.c,
 * poll.c, epoll.c, pipe.c); each decoder's comment shows its line.
 */
#include <stdio.h>
#include <string.h>

#include "decode_common.h"

static void fd_arg(show_call *c, unsigned i)
{
	show_fd(c, (int32_t)show_arg(c, i));
}

/* ---- read / write ---------------------------------------------------------- */

/* [{iov_base="hello", iov_len=5}, ...]: the buffers together show at most
 * DATA_LEN bytes (the return value at exit, the whole request at entry). */
static void print_iovec(show_call *c, unsigned arg, int at_exit, uint64_t count, uint64_t data_len)
{
	const struct replay_blob *arr = show_blob(c, arg, 0, at_exit);
	if (count == 0 && show_arg(c, arg) && !(at_exit && show_errno(c))) {
		show_array_begin(c); /* strace reads no element: [] */
		show_array_end(c);
		return;
	}
	if (!show_arg(c, arg) || !arr || arr->read_errno || !arr->data ||
	    (at_exit && show_errno(c))) {
		show_addr(c, show_arg(c, arg));
		return;
	}
	dec_iovec_elems(c, arr, count, arg, 1, at_exit, data_len, -1);
}

/* Another process's iovec array (argument ARG, COUNT elements, copied at
 * entry): only addresses and lengths, as strace's IOV_DECODE_ADDR. */
static void print_remote_iovec(show_call *c, unsigned arg, uint64_t count)
{
	const struct replay_blob *arr = show_blob(c, arg, 0, 0);
	if (!show_arg(c, arg) || !arr || arr->read_errno || (!arr->data && count)) {
		show_addr(c, show_arg(c, arg));
		return;
	}
	dec_iovec_elems(c, arr, count, arg, 0, 0, UINT64_MAX, -1);
}

/* readv's buffers at exit: the return value's bytes of them; the count is
 * the next argument. */
static void iov_out(show_call *c, unsigned arg)
{
	int64_t ret = show_retval(c);
	print_iovec(c, arg, 1, show_arg(c, arg + 1), ret > 0 ? (uint64_t)ret : 0);
}

/* writev's buffers at entry, all of them (up to -s). */
static void iov_in(show_call *c, unsigned arg)
{
	print_iovec(c, arg, 0, show_arg(c, arg + 1), UINT64_MAX);
}

/* process_vm_readv's remote iovecs: addresses in the other process. */
static void iov_remote(show_call *c, unsigned arg)
{
	print_remote_iovec(c, arg, show_arg(c, arg + 1));
}

/* preadv2(3, [...], 2, 0, RWF_NOWAIT): strace prints five arguments, the
 * offset's high half (argument 4) is not one of them. */
static int dec_preadv2(show_call *c)
{
	if (show_entering(c)) {
		fd_arg(c, 0);
		show_arg_next(c);
		return 0;
	}
	iov_out(c, 1);
	show_arg_next(c);
	show_uint(c, show_arg(c, 2));
	show_arg_next(c);
	show_int(c, (int64_t)show_arg(c, 3));
	show_arg_next(c);
	dec_flags(c, &xlat_rwf_flags, (uint32_t)show_arg(c, 5), "RWF_???");
	return 0;
}

static int dec_pwritev2(show_call *c)
{
	fd_arg(c, 0);
	show_arg_next(c);
	iov_in(c, 1);
	show_arg_next(c);
	show_uint(c, show_arg(c, 2));
	show_arg_next(c);
	show_int(c, (int64_t)show_arg(c, 3));
	show_arg_next(c);
	dec_flags(c, &xlat_rwf_flags, (uint32_t)show_arg(c, 5), "RWF_???");
	return SHOW_DECODED;
}

/* ---- fcntl ---------------------------------------------------------------------- */

enum {
	F_DUPFD_ = 0, F_GETFD_ = 1, F_SETFD_ = 2, F_GETFL_ = 3, F_SETFL_ = 4,
	F_GETLK_ = 5, F_SETLK_ = 6, F_SETLKW_ = 7, F_SETOWN_ = 8, F_GETOWN_ = 9,
	F_SETSIG_ = 10, F_GETSIG_ = 11, F_SETOWN_EX_ = 15, F_GETOWN_EX_ = 16,
	F_OFD_GETLK_ = 36, F_OFD_SETLK_ = 37, F_OFD_SETLKW_ = 38,
	F_SETLEASE_ = 1024, F_GETLEASE_ = 1025, F_NOTIFY_ = 1026,
	F_DUPFD_CLOEXEC_ = 1030, F_SETPIPE_SZ_ = 1031, F_GETPIPE_SZ_ = 1032,
	F_ADD_SEALS_ = 1033, F_GET_SEALS_ = 1034,
};

struct k_flock {
	int16_t l_type, l_whence;
	int32_t pad;
	int64_t l_start, l_len;
	int32_t l_pid;
	int32_t pad2;
};

/* {l_type=F_WRLCK, l_whence=SEEK_SET, l_start=0, l_len=10[, l_pid=0]} */
static void print_flock(show_call *c, int at_exit, int with_pid)
{
	struct k_flock fl;
	if (show_fetch_or_addr(c, 2, 0, at_exit, &fl, sizeof(fl)) < 0)
		return;
	show_struct_begin(c);
	show_field(c, "l_type");
	dec_enum(c, &xlat_lockfcmds, (uint16_t)fl.l_type, "F_???");
	show_struct_next(c);
	show_field(c, "l_whence");
	dec_enum(c, &xlat_whence_codes, (uint16_t)fl.l_whence, "SEEK_???");
	show_struct_next(c);
	show_field(c, "l_start");
	show_int(c, fl.l_start);
	show_struct_next(c);
	show_field(c, "l_len");
	show_int(c, fl.l_len);
	if (with_pid) {
		show_struct_next(c);
		show_field(c, "l_pid");
		show_int(c, fl.l_pid);
	}
	show_struct_end(c);
}

static void print_f_owner_ex(show_call *c, int at_exit)
{
	struct {
		int32_t type, pid;
	} o;
	if (show_fetch_or_addr(c, 2, 0, at_exit, &o, sizeof(o)) < 0)
		return;
	show_struct_begin(c);
	show_field(c, "type");
	dec_enum(c, &xlat_f_owner_types, (uint32_t)o.type, "F_OWNER_???");
	show_struct_next(c);
	show_field(c, "pid");
	show_int(c, o.pid);
	show_struct_end(c);
}

static int is_getlk(uint32_t cmd)
{
	return cmd == F_GETLK_ || cmd == F_OFD_GETLK_;
}

/* The third argument by command (strace's fcntl.c print_fcntl). Returns
 * SHOW_DECODED when done at entry. */
static int fcntl_arg(show_call *c, uint32_t cmd)
{
	/* The flag and signal arguments are ints for the kernel. */
	uint64_t a = (uint32_t)show_arg(c, 2);
	switch (cmd) {
	case F_SETFD_:
		show_arg_next(c);
		dec_flags(c, &xlat_fdflags, a, "FD_???");
		break;
	case F_SETOWN_:
	case F_SETPIPE_SZ_:
	case F_DUPFD_:
	case F_DUPFD_CLOEXEC_:
		show_arg_next(c);
		show_int(c, (int32_t)a);
		break;
	case F_SETFL_:
		show_arg_next(c);
		dec_open_flags(c, a);
		break;
	case F_SETLK_:
	case F_SETLKW_:
	case F_OFD_SETLK_:
	case F_OFD_SETLKW_:
		show_arg_next(c);
		print_flock(c, 0, 0);
		break;
	case F_SETOWN_EX_:
		show_arg_next(c);
		print_f_owner_ex(c, 0);
		break;
	case F_NOTIFY_:
		show_arg_next(c);
		dec_flags(c, &xlat_notifyflags, a, "DN_???");
		break;
	case F_SETLEASE_:
		show_arg_next(c);
		dec_enum(c, &xlat_lockfcmds, a, "F_???");
		break;
	case F_ADD_SEALS_:
		show_arg_next(c);
		dec_flags(c, &xlat_f_seals, a, "F_SEAL_???");
		break;
	case F_SETSIG_:
		show_arg_next(c);
		dec_signame(c, (int)a);
		break;
	case F_GETFD_:
	case F_GETFL_:
	case F_GETOWN_:
	case F_GETSIG_:
	case F_GETLEASE_:
	case F_GETPIPE_SZ_:
	case F_GET_SEALS_:
		break;
	case F_GETLK_:
	case F_OFD_GETLK_:
	case F_GETOWN_EX_:
		show_arg_next(c);
		return 0;
	default:
		/* an unknown command's argument: the whole register */
		show_arg_next(c);
		show_hex(c, show_arg(c, 2));
		break;
	}
	return SHOW_DECODED;
}

/* fcntl(9, F_SETFL, O_RDONLY|O_APPEND) / fcntl(9, F_GETLK, {...}) */
static int dec_fcntl(show_call *c)
{
	uint32_t cmd = (uint32_t)show_arg(c, 1);
	if (show_entering(c)) {
		fd_arg(c, 0);
		show_arg_next(c);
		dec_enum(c, &xlat_fcntlcmds, cmd, "F_???");
		return fcntl_arg(c, cmd);
	}
	if (cmd == F_GETOWN_EX_)
		print_f_owner_ex(c, 1);
	else if (is_getlk(cmd))
		print_flock(c, 1, 1);
	return 0;
}

/* The return value by command: `0x1 (flags FD_CLOEXEC)`, `10 (SIGUSR1)`. */
static void ret_fcntl(show_call *c)
{
	uint32_t cmd = (uint32_t)show_arg(c, 1);
	int64_t r = show_retval(c);
	char buf[XLAT_BUFSZ];
	switch (cmd) {
	case F_DUPFD_:
	case F_DUPFD_CLOEXEC_:
		show_ret_value(c, SHOW_RV_FD);
		return;
	case F_GETFD_:
		show_ret_value(c, r ? SHOW_RV_HEX : SHOW_RV_DEC);
		if (r) {
			xlat_format_flags(buf, sizeof(buf), &xlat_fdflags, (uint64_t)r, NULL);
			dec_note(c, "flags", "flags ", show_flags_text, buf);
		}
		return;
	case F_GETFL_:
		show_ret_value(c, SHOW_RV_HEX);
		xlat_format_open_flags(buf, sizeof(buf), (uint64_t)r);
		dec_note(c, "flags", "flags ", show_flags_text, buf);
		return;
	case F_GETSIG_:
		show_ret_value(c, SHOW_RV_DEC);
		if (r) {
			xlat_format_signame(buf, sizeof(buf), (int)r);
			dec_note(c, "signal", "", show_enum_text, buf);
		}
		return;
	case F_GETLEASE_: {
		show_ret_value(c, SHOW_RV_HEX);
		const char *s = xlat_name(&xlat_lockfcmds, (uint64_t)r);
		if (s)
			dec_note(c, "lease", "", show_enum_text, s);
		return;
	}
	case F_GET_SEALS_:
		show_ret_value(c, SHOW_RV_HEX);
		if (r) {
			xlat_format_flags(buf, sizeof(buf), &xlat_f_seals, (uint64_t)r, NULL);
			dec_note(c, "seals", "seals ", show_flags_text, buf);
		}
		return;
	case F_GETOWN_:
	case F_GETPIPE_SZ_:
	default:
		show_ret_value(c, SHOW_RV_DEC);
		return;
	}
}

/* ---- ioctl --------------------------------------------------------------------------- */

#define TCGETS_ 0x5401u
#define TCSETS_ 0x5402u
#define TCSETSW_ 0x5403u
#define TCSETSF_ 0x5404u
#define TIOCGPGRP_ 0x540fu
#define TIOCSPGRP_ 0x5410u
#define TIOCGWINSZ_ 0x5413u
#define TIOCSWINSZ_ 0x5414u
#define FIONREAD_ 0x541bu
#define FIONBIO_ 0x5421u
#define FIOASYNC_ 0x5452u
#define TIOCGPTN_ 0x80045430u
#define TIOCSPTLCK_ 0x40045431u

/* The kernel's struct termios (asm-generic/termbits.h), 36 bytes. */
struct k_termios {
	uint32_t c_iflag, c_oflag, c_cflag, c_lflag;
	uint8_t c_line, c_cc[19];
};

/* strace's print_flags-with-fields for c_oflag and c_cflag: the value
 * fields (NLDLY, CRDLY ...) as names, then "|", then the flag bits; the
 * separator is printed even when no flag follows (strace 6.1 does). */
static void termios_oflag(char *buf, size_t size, uint32_t v)
{
	static const char *const nl[] = { "NL0", "NL1" };
	static const char *const cr[] = { "CR0", "CR1", "CR2", "CR3" };
	static const char *const tab[] = { "TAB0", "TAB1", "TAB2", "TAB3" };
	static const char *const bs[] = { "BS0", "BS1" };
	static const char *const vt[] = { "VT0", "VT1" };
	static const char *const ff[] = { "FF0", "FF1" };
	static const struct {
		uint32_t mask;
		const char *const *names;
		unsigned shift;
	} fields[] = {
		{ 0000400, nl, 8 }, { 0003000, cr, 9 }, { 0014000, tab, 11 },
		{ 0020000, bs, 13 }, { 0040000, vt, 14 }, { 0100000, ff, 15 },
	};
	size_t n = 0;
	buf[0] = '\0';
	for (size_t i = 0; i < sizeof(fields) / sizeof(fields[0]) && n < size; i++) {
		const char *name = fields[i].names[(v & fields[i].mask) >> fields[i].shift];
		int k = snprintf(buf + n, size - n, "%s|", name);
		n += k > 0 ? (size_t)k : 0;
		v &= ~fields[i].mask;
	}
	if (n < size)
		xlat_format_flags(buf + n, size - n, &xlat_term_oflags, v, NULL);
}

static void termios_cflag(char *buf, size_t size, uint32_t v)
{
	char baud[64], csize[32];
	xlat_format_enum(baud, sizeof(baud), &xlat_baud_options, v & 0010017u, "B???", XLAT_FMT_X);
	xlat_format_enum(csize, sizeof(csize), &xlat_term_cflags_csize, v & 0000060u, "CS?", XLAT_FMT_X);
	int n = snprintf(buf, size, "%s|%s|", baud, csize);
	v &= ~(0010017u | 0000060u);
	if (n > 0 && (size_t)n < size)
		xlat_format_flags(buf + n, size - (size_t)n, &xlat_term_cflags, v, NULL);
}

/* {c_iflag=ICRNL|IXON, c_oflag=NL0|CR0|TAB0|BS0|VT0|FF0|OPOST|ONLCR,
 *  c_cflag=B38400|CS8|CREAD, c_lflag=ISIG|ICANON|..., ...}; -v adds c_line
 *  and c_cc. */
static void print_termios(show_call *c, int at_exit)
{
	struct k_termios t;
	if (show_fetch_or_addr(c, 2, 0, at_exit, &t, sizeof(t)) < 0)
		return;
	char buf[XLAT_BUFSZ];
	show_struct_begin(c);
	show_field(c, "c_iflag");
	dec_flags(c, &xlat_term_iflags, t.c_iflag, NULL);
	show_struct_next(c);
	show_field(c, "c_oflag");
	termios_oflag(buf, sizeof(buf), t.c_oflag);
	show_flags_text(c, buf);
	show_struct_next(c);
	show_field(c, "c_cflag");
	termios_cflag(buf, sizeof(buf), t.c_cflag);
	show_flags_text(c, buf);
	show_struct_next(c);
	show_field(c, "c_lflag");
	dec_flags(c, &xlat_term_lflags, t.c_lflag, NULL);
	show_struct_next(c);
	if (!show_verbose(c)) {
		show_more(c);
		show_struct_end(c);
		return;
	}
	show_field(c, "c_line");
	dec_enum(c, &xlat_term_line_discs, t.c_line, "N_???");
	show_struct_next(c);
	show_field(c, "c_cc");
	/* strace's designated initialisers `[VINTR]=0x3`: JSON {"VINTR":3} */
	show_index_begin(c);
	for (unsigned i = 0; i < sizeof(t.c_cc); i++) {
		if (i)
			show_array_next(c);
		const char *name = xlat_name(&xlat_termios_cc, i);
		char num[16];
		snprintf(num, sizeof num, "%u", i);
		show_index(c, name ? name : num);
		show_hex(c, t.c_cc[i]);
	}
	show_index_end(c);
	show_struct_end(c);
}

/* {ws_row=24, ws_col=80, ws_xpixel=0, ws_ypixel=0} */
static void print_winsize(show_call *c, int at_exit)
{
	uint16_t w[4];
	if (show_fetch_or_addr(c, 2, 0, at_exit, w, sizeof(w)) < 0)
		return;
	static const char *const names[] = { "ws_row", "ws_col", "ws_xpixel", "ws_ypixel" };
	show_struct_begin(c);
	for (int i = 0; i < 4; i++) {
		if (i)
			show_struct_next(c);
		show_field(c, names[i]);
		show_uint(c, w[i]);
	}
	show_struct_end(c);
}

/* [N]: an int the kernel reads or writes. */
static void print_int_ptr(show_call *c, int at_exit)
{
	int32_t v;
	if (show_fetch_or_addr(c, 2, 0, at_exit, &v, sizeof(v)) < 0)
		return;
	show_array_begin(c);
	show_int(c, v);
	show_array_end(c);
}

/* [FS_EXTENT_FL]: an int of inode flags. */
static void print_fs_flags(show_call *c, int at_exit)
{
	int32_t v;
	if (show_fetch_or_addr(c, 2, 0, at_exit, &v, sizeof(v)) < 0)
		return;
	show_array_begin(c);
	dec_flags(c, &xlat_fs_ioc_flags, (uint32_t)v, "FS_???_FL");
	show_array_end(c);
}

/* A struct ifreq (40 bytes) the kernel filled in: {ifr_name="lo",
 * ifr_ifindex=1} / {ifr_name="lo", ifr_flags=IFF_UP|IFF_LOOPBACK}. */
static void print_ifreq(show_call *c, int flags)
{
	uint8_t r[40];
	if (show_fetch_or_addr(c, 2, 0, 1, r, sizeof(r)) < 0)
		return;
	show_struct_begin(c);
	show_field(c, "ifr_name");
	show_quoted(c, r, 16, SHOW_Q_NUL_TERM | SHOW_Q_NO_TRUNC);
	show_struct_next(c);
	if (flags) {
		uint16_t f;
		memcpy(&f, r + 16, sizeof(f));
		show_field(c, "ifr_flags");
		dec_flags(c, &xlat_ifflags, f, "IFF_???");
	} else {
		int32_t idx;
		memcpy(&idx, r + 16, sizeof(idx));
		show_field(c, "ifr_ifindex");
		show_int(c, idx);
	}
	show_struct_end(c);
}

/* Which requests strace decodes and how: at exit (an output) or entry.
 * The value kinds print the argument register itself. */
enum ioc_kind {
	IOC_NOARG, IOC_TERMIOS, IOC_WINSZ, IOC_INT, IOC_MODEM,
	IOC_FD, IOC_DEC, IOC_TCFLSH, IOC_TCXONC, IOC_FSFLAGS, IOC_IFINDEX, IOC_IFFLAGS,
};
static const struct {
	uint32_t code;
	uint8_t kind;
	uint8_t at_exit;
} ioctl_shapes[] = {
	{ TCGETS_, IOC_TERMIOS, 1 },  { TCSETS_, IOC_TERMIOS, 0 },
	{ TCSETSW_, IOC_TERMIOS, 0 }, { TCSETSF_, IOC_TERMIOS, 0 },
	{ TIOCGWINSZ_, IOC_WINSZ, 1 }, { TIOCSWINSZ_, IOC_WINSZ, 0 },
	{ FIONREAD_, IOC_INT, 1 },    { FIONBIO_, IOC_INT, 0 },
	{ FIOASYNC_, IOC_INT, 0 },    { TIOCGPGRP_, IOC_INT, 1 },
	{ TIOCSPGRP_, IOC_INT, 0 },   { TIOCGPTN_, IOC_INT, 1 },
	{ TIOCSPTLCK_, IOC_INT, 0 },  { 0x5411, IOC_INT, 1 } /* TIOCOUTQ */,
	{ 0x5429, IOC_INT, 1 } /* TIOCGSID */,
	{ 0x5415, IOC_MODEM, 1 } /* TIOCMGET */, { 0x5416, IOC_MODEM, 0 } /* TIOCMBIS */,
	{ 0x5417, IOC_MODEM, 0 } /* TIOCMBIC */, { 0x5418, IOC_MODEM, 0 } /* TIOCMSET */,
	{ 0x5423, IOC_INT, 0 } /* TIOCSETD */, { 0x5424, IOC_INT, 1 } /* TIOCGETD */,
	{ 0x5409, IOC_DEC, 0 } /* TCSBRK */,   { 0x540e, IOC_DEC, 0 } /* TIOCSCTTY */,
	{ 0x540a, IOC_TCXONC, 0 } /* TCXONC */, { 0x540b, IOC_TCFLSH, 0 } /* TCFLSH */,
	{ 0x40049409, IOC_FD, 0 } /* FICLONE */,
	{ 0x5450, IOC_NOARG, 0 } /* FIONCLEX */, { 0x5451, IOC_NOARG, 0 } /* FIOCLEX */,
	{ 0x540c, IOC_NOARG, 0 } /* TIOCEXCL */, { 0x540d, IOC_NOARG, 0 } /* TIOCNXCL */,
	{ 0x80086601, IOC_FSFLAGS, 1 } /* FS_IOC_GETFLAGS */,
	{ 0x40086602, IOC_FSFLAGS, 0 } /* FS_IOC_SETFLAGS */,
	{ 0x8933, IOC_IFINDEX, 1 } /* SIOCGIFINDEX */, { 0x8913, IOC_IFFLAGS, 1 } /* SIOCGIFFLAGS */,
	{ 0x8905, IOC_INT, 1 } /* SIOCATMARK */,
};

static int ioctl_shape(uint32_t code)
{
	for (size_t i = 0; i < sizeof(ioctl_shapes) / sizeof(ioctl_shapes[0]); i++)
		if (ioctl_shapes[i].code == code)
			return (int)i;
	return -1;
}

static void ioctl_print_arg(show_call *c, int kind, int at_exit)
{
	switch (kind) {
	case IOC_TERMIOS:
		print_termios(c, at_exit);
		break;
	case IOC_WINSZ:
		print_winsize(c, at_exit);
		break;
	case IOC_INT:
		print_int_ptr(c, at_exit);
		break;
	case IOC_MODEM: {
		int32_t v;
		if (show_fetch_or_addr(c, 2, 0, at_exit, &v, sizeof(v)) < 0)
			break;
		show_array_begin(c);
		dec_flags(c, &xlat_modem_flags, (uint32_t)v, "TIOCM_???");
		show_array_end(c);
		break;
	}
	case IOC_FD: /* strace 6.1 prints FICLONE's source fd without its path */
		show_int(c, (int32_t)show_arg(c, 2));
		break;
	case IOC_DEC:
		show_int(c, (int32_t)show_arg(c, 2));
		break;
	case IOC_TCFLSH:
		dec_enum(c, &xlat_tcflsh_options, show_arg(c, 2), "TC???");
		break;
	case IOC_TCXONC:
		dec_enum(c, &xlat_tcxonc_options, show_arg(c, 2), "TC???");
		break;
	case IOC_FSFLAGS:
		print_fs_flags(c, at_exit);
		break;
	case IOC_IFINDEX:
	case IOC_IFFLAGS:
		print_ifreq(c, kind == IOC_IFFLAGS);
		break;
	default:
		break;
	}
}

/* ioctl(1, TCGETS, {...}) / ioctl(7, FIONREAD, [0]) / ioctl(3, 0x1234, 0x7ffc) */
static int dec_ioctl(show_call *c)
{
	uint32_t code = (uint32_t)show_arg(c, 1);
	int s = ioctl_shape(code);
	if (show_entering(c)) {
		fd_arg(c, 0);
		show_arg_next(c);
		DEC_XLAT(c, xlat_format_ioctl, code);
		if (s >= 0 && ioctl_shapes[s].kind == IOC_NOARG)
			return SHOW_DECODED;
		show_arg_next(c);
		if (s < 0) {
			/* strace's fallback: the argument register in hex */
			show_hex(c, show_arg(c, 2));
			return SHOW_DECODED;
		}
		if (!ioctl_shapes[s].at_exit) {
			ioctl_print_arg(c, ioctl_shapes[s].kind, 0);
			return SHOW_DECODED;
		}
		return 0;
	}
	/* An output that failed prints the address. */
	if (show_errno(c))
		show_addr(c, show_arg(c, 2));
	else
		ioctl_print_arg(c, ioctl_shapes[s].kind, 1);
	return 0;
}

/* ---- pipes --------------------------------------------------------------------------- */

/* ---- poll ---------------------------------------------------------------------------- */

struct k_pollfd {
	int32_t fd;
	int16_t events, revents;
};

/* {fd=3, events=POLLIN}; a negative fd has no events. */
static void pollfd_elem(show_call *c, const void *elem, void *opaque)
{
	(void)opaque;
	struct k_pollfd p;
	memcpy(&p, elem, sizeof(p));
	show_struct_begin(c);
	show_field(c, "fd");
	show_fd(c, p.fd);
	if (p.fd >= 0) {
		show_struct_next(c);
		show_field(c, "events");
		dec_flags(c, &xlat_pollflags, (uint16_t)p.events, "POLL???");
	}
	show_struct_end(c);
}

/* [{fd=3, events=POLLIN}, ...] at entry; without -v at most -s elements. */
static void pollfds_entry(show_call *c, unsigned arg, uint64_t nfds)
{
	const struct replay_blob *b = show_blob(c, arg, 0, 0);
	if (!show_arg(c, arg) || !b || b->read_errno || (!b->data && nfds)) {
		show_addr(c, show_arg(c, arg));
		return;
	}
	size_t n = b->len / sizeof(struct k_pollfd);
	if (n > nfds)
		n = nfds;
	show_array(c, b->data, n, sizeof(struct k_pollfd), pollfd_elem, NULL);
}

/* poll(...) = 1 ([{fd=8, revents=POLLOUT}]) / = 0 (Timeout): only the
 * entries with revents, then ppoll's remaining time. */
static void poll_ret_tail(show_call *c, unsigned arg, uint64_t nfds, int has_left)
{
	int64_t r = show_retval(c);
	if (r == 0) {
		show_note_begin(c);
		show_note_word(c, "timeout", "Timeout");
		show_note_end(c);
		return;
	}
	const struct replay_blob *b = show_blob(c, arg, 0, 1);
	if (!b || b->read_errno || !b->data)
		return;
	size_t n = b->len / sizeof(struct k_pollfd);
	if (n > nfds)
		n = nfds;
	show_note_begin(c);
	show_note_item(c, "fds", "");
	show_array_begin(c);
	unsigned printed = 0;
	for (size_t k = 0; k < n; k++) {
		struct k_pollfd p;
		memcpy(&p, b->data + k * sizeof(p), sizeof(p));
		if (!p.revents)
			continue;
		if (printed++)
			show_array_next(c);
		show_struct_begin(c);
		show_field(c, "fd");
		show_int(c, p.fd); /* strace -y: no path in the result's list */
		show_struct_next(c);
		show_field(c, "revents");
		dec_flags(c, &xlat_pollflags, (uint16_t)p.revents, "POLL???");
		show_struct_end(c);
	}
	show_array_end(c);
	if (has_left) {
		struct dec_timespec ts;
		if (show_arg(c, 2) && show_fetch(c, 2, 0, 1, &ts, sizeof(ts)) == 0) {
			show_note_item(c, "left", "left ");
			dec_timespec(c, &ts);
		}
	}
	show_note_end(c);
}

/* poll([{fd=7, events=POLLIN}], 1, 0) = 0 (Timeout) */
static int dec_poll(show_call *c)
{
	pollfds_entry(c, 0, show_arg(c, 1));
	show_arg_next(c);
	show_uint(c, (uint32_t)show_arg(c, 1));
	show_arg_next(c);
	show_int(c, (int32_t)show_arg(c, 2));
	return SHOW_DECODED;
}

static void ret_poll(show_call *c)
{
	show_ret_value(c, SHOW_RV_DEC);
	poll_ret_tail(c, 0, show_arg(c, 1), 0);
}

/* ppoll([...], 2, {tv_sec=0, tv_nsec=1000}, [], 8) = 1 ([...], left {...}) */
static int dec_ppoll(show_call *c)
{
	pollfds_entry(c, 0, show_arg(c, 1));
	show_arg_next(c);
	show_uint(c, (uint32_t)show_arg(c, 1));
	show_arg_next(c);
	dec_timespec_arg(c, 2, 0);
	show_arg_next(c);
	dec_sigset_arg(c, 3, 0, show_arg(c, 4));
	show_arg_next(c);
	show_uint(c, show_arg(c, 4));
	return SHOW_DECODED;
}

static void ret_ppoll(show_call *c)
{
	show_ret_value(c, SHOW_RV_DEC);
	poll_ret_tail(c, 0, show_arg(c, 1), 1);
}

/* ---- select ------------------------------------------------------------------------- */

/* [3 7]: the set bits of an fd_set of NFDS bits. */
static int fdset_print(show_call *c, const uint8_t *p, size_t len, uint64_t nfds)
{
	show_array_begin(c);
	unsigned n = 0;
	for (uint64_t fd = 0; fd < nfds && fd / 8 < len; fd++) {
		if (!(p[fd / 8] & (1u << (fd % 8))))
			continue;
		if (n++)
			show_putc(c, ' ');
		show_fd(c, (int64_t)fd);
	}
	show_array_end(c);
	return (int)n;
}

static void fdset_arg(show_call *c, unsigned arg, int at_exit, uint64_t nfds)
{
	const struct replay_blob *b = show_blob(c, arg, 0, at_exit);
	if (!show_arg(c, arg) || !b || b->read_errno || !b->data) {
		show_addr(c, show_arg(c, arg));
		return;
	}
	fdset_print(c, b->data, b->len, nfds);
}

/* select(8, [7], NULL, NULL, {tv_sec=0, tv_usec=100}) and pselect6(...). */
static void select_sets(show_call *c)
{
	uint64_t nfds = (uint32_t)show_arg(c, 0);
	show_int(c, (int32_t)show_arg(c, 0));
	for (unsigned i = 1; i <= 3; i++) {
		show_arg_next(c);
		fdset_arg(c, i, 0, nfds);
	}
	show_arg_next(c);
}

static int dec_select(show_call *c)
{
	select_sets(c);
	struct dec_timespec tv;
	if (show_fetch_or_addr(c, 4, 0, 0, &tv, sizeof(tv)) == 0)
		dec_timeval(c, &tv);
	return SHOW_DECODED;
}

static int dec_pselect6(show_call *c)
{
	select_sets(c);
	dec_timespec_arg(c, 4, 0);
	show_arg_next(c);
	/* The sixth argument is {const sigset_t *ss; size_t ss_len}. */
	struct {
		uint64_t ss, len;
	} sm;
	if (show_fetch_or_addr(c, 5, 0, 0, &sm, sizeof(sm)) == 0) {
		show_struct_begin(c);
		show_field(c, "sigmask");
		const struct replay_blob *b = show_blob(c, 5, 1, 0);
		if (b && !b->read_errno && b->data && sm.len && b->len >= sm.len && sm.len <= 8)
			dec_sigset(c, b->data, (size_t)sm.len);
		else
			show_addr(c, sm.ss);
		show_struct_next(c);
		show_field(c, "sigsetsize");
		show_uint(c, sm.len);
		show_struct_end(c);
	}
	return SHOW_DECODED;
}

/* = 2 (in [9], out [8], left {...}) / = 0 (Timeout) */
static void select_ret_tail(show_call *c, int is_pselect)
{
	if (show_retval(c) == 0) {
		show_note_begin(c);
		show_note_word(c, "timeout", "Timeout");
		show_note_end(c);
		return;
	}
	static const char *const names[] = { "in", "out", "except" };
	uint64_t nfds = (uint32_t)show_arg(c, 0);
	show_note_begin(c);
	for (unsigned i = 1; i <= 3; i++) {
		const struct replay_blob *b = show_blob(c, i, 0, 1);
		if (!show_arg(c, i) || !b || b->read_errno || !b->data)
			continue;
		int set = 0;
		for (uint64_t fd = 0; fd < nfds && fd / 8 < b->len; fd++)
			set |= b->data[fd / 8] & (1u << (fd % 8));
		if (!set)
			continue;
		char label[16];
		snprintf(label, sizeof label, "%s ", names[i - 1]);
		show_note_item(c, names[i - 1], label);
		fdset_print(c, b->data, b->len, nfds);
	}
	struct dec_timespec ts;
	if (show_arg(c, 4) && show_fetch(c, 4, 0, 1, &ts, sizeof(ts)) == 0) {
		show_note_item(c, "left", "left ");
		if (is_pselect)
			dec_timespec(c, &ts);
		else
			dec_timeval(c, &ts);
	}
	show_note_end(c);
}

static void ret_select(show_call *c)
{
	show_ret_value(c, SHOW_RV_DEC);
	select_ret_tail(c, 0);
}

static void ret_pselect6(show_call *c)
{
	show_ret_value(c, SHOW_RV_DEC);
	select_ret_tail(c, 1);
}

/* ---- epoll --------------------------------------------------------------------------- */

struct k_epoll_event {
	uint32_t events;
	uint64_t data;
} __attribute__((packed));

/* {events=EPOLLIN, data={u32=4, u64=4}} */
static void print_epoll_event(show_call *c, const struct k_epoll_event *e)
{
	show_struct_begin(c);
	show_field(c, "events");
	dec_flags(c, &xlat_epollevents, e->events, "EPOLL???");
	show_struct_next(c);
	show_field(c, "data");
	show_struct_begin(c);
	show_field(c, "u32");
	show_uint(c, (uint32_t)e->data);
	show_struct_next(c);
	show_field(c, "u64");
	show_uint(c, e->data);
	show_struct_end(c);
	show_struct_end(c);
}

/* epoll_ctl's event; EPOLL_CTL_DEL: the kernel ignores it, its address. */
static void epoll_ctl_event(show_call *c, unsigned arg)
{
	struct k_epoll_event e;
	if ((uint32_t)show_arg(c, 1) == 2)
		show_addr(c, show_arg(c, arg));
	else if (show_fetch_or_addr(c, arg, 0, 0, &e, sizeof(e)) == 0)
		print_epoll_event(c, &e);
}

static void epoll_elem(show_call *c, const void *elem, void *opaque)
{
	(void)opaque;
	struct k_epoll_event e;
	memcpy(&e, elem, sizeof(e));
	print_epoll_event(c, &e);
}

/* epoll_wait's events at exit: [{events=EPOLLOUT, data={...}}], RET of them. */
static void epoll_events_out(show_call *c, unsigned arg)
{
	const struct replay_blob *b = show_blob(c, arg, 0, 1);
	int64_t r = show_retval(c);
	if (show_errno(c) || (r > 0 && (!b || b->read_errno || !b->data))) {
		show_addr(c, show_arg(c, arg));
		return;
	}
	size_t n = r > 0 && b ? b->len / sizeof(struct k_epoll_event) : 0;
	if (r >= 0 && n > (uint64_t)r)
		n = (size_t)r;
	show_array(c, n ? b->data : NULL, n, sizeof(struct k_epoll_event), epoll_elem, NULL);
}

/* struct io_uring_params (120 bytes) and its two ring offset structs. */
struct k_uring_params {
	uint32_t sq_entries, cq_entries, flags, sq_thread_cpu, sq_thread_idle, features, wq_fd,
		resv[3];
	uint32_t sq_off[8];
	uint64_t sq_resv2;
	uint32_t cq_off[8];
	uint64_t cq_resv2;
};

#define IORING_SETUP_ATTACH_WQ_ 0x20u

/* {head=0, tail=4, ...}: the named u32 fields, then resv1/resv2 when set */
static void uring_offsets(show_call *c, const uint32_t *o, uint64_t resv2, const char *const *names)
{
	show_struct_begin(c);
	for (unsigned i = 0; i < 7; i++) {
		if (i)
			show_struct_next(c);
		show_field(c, names[i]);
		show_uint(c, o[i]);
	}
	if (o[7]) {
		show_struct_next(c);
		show_field(c, "resv1");
		show_hex(c, o[7]);
	}
	if (resv2) {
		show_struct_next(c);
		show_field(c, "resv2");
		show_hex(c, resv2);
	}
	show_struct_end(c);
}

/* io_uring_setup(4, {flags=0, sq_thread_cpu=0, sq_thread_idle=0, sq_entries=4,
 * cq_entries=8, features=..., sq_off={...}, cq_off={...}}) = 3: the caller's
 * part at entry, what the kernel filled in at exit (strace's io_uring.c). */
static int dec_io_uring_setup(show_call *c)
{
	struct k_uring_params p;
	if (show_entering(c)) {
		show_uint(c, (uint32_t)show_arg(c, 0));
		show_arg_next(c);
		if (show_fetch_or_addr(c, 1, 0, 0, &p, sizeof(p)) < 0)
			return SHOW_DECODED | SHOW_RV_FD;
		show_struct_begin(c);
		show_field(c, "flags");
		dec_flags(c, &xlat_io_uring_setup_flags, p.flags, "IORING_SETUP_???");
		show_struct_next(c);
		show_field(c, "sq_thread_cpu");
		show_hex(c, p.sq_thread_cpu);
		show_struct_next(c);
		show_field(c, "sq_thread_idle");
		show_uint(c, p.sq_thread_idle);
		if (p.flags & IORING_SETUP_ATTACH_WQ_) {
			show_struct_next(c);
			show_field(c, "wq_fd");
			show_fd(c, (int32_t)p.wq_fd);
		}
		return SHOW_RV_FD;
	}
	static const char *const sq[] = { "head", "tail", "ring_mask", "ring_entries", "flags",
					  "dropped", "array" };
	static const char *const cq[] = { "head", "tail", "ring_mask", "ring_entries", "overflow",
					  "cqes", "flags" };
	if (!show_errno(c) && show_fetch(c, 1, 0, 1, &p, sizeof(p)) == 0) {
		show_struct_next(c);
		show_field(c, "sq_entries");
		show_uint(c, p.sq_entries);
		show_struct_next(c);
		show_field(c, "cq_entries");
		show_uint(c, p.cq_entries);
		show_struct_next(c);
		show_field(c, "features");
		dec_flags(c, &xlat_io_uring_features, p.features, "IORING_FEAT_???");
		show_struct_next(c);
		show_field(c, "sq_off");
		uring_offsets(c, p.sq_off, p.sq_resv2, sq);
		show_struct_next(c);
		show_field(c, "cq_off");
		uring_offsets(c, p.cq_off, p.cq_resv2, cq);
	}
	show_struct_end(c);
	return SHOW_RV_FD;
}

/* ---- eventfd, copies, small fd calls ------------------------------------------------ */

/* An input offset: [2]; NULL when absent (splice, copy_file_range). */
static void print_offset(show_call *c, const void *p)
{
	int64_t in;
	memcpy(&in, p, sizeof(in));
	show_array_begin(c);
	show_int(c, in);
	show_array_end(c);
}

/* sendfile(8, 9, [2] => [5], 3) = 3: strace's sendfile64 prints the offset
 * at entry and, only when the call copied something, its new value at
 * exit; a NULL or unreadable offset or a zero count ends the line at entry. */
static int dec_sendfile(show_call *c)
{
	if (show_entering(c)) {
		fd_arg(c, 0);
		show_arg_next(c);
		fd_arg(c, 1);
		show_arg_next(c);
		int64_t in;
		int ok = show_fetch_or_addr(c, 2, 0, 0, &in, sizeof(in)) == 0;
		if (ok) {
			show_array_begin(c);
			show_int(c, in);
			show_array_end(c);
		}
		if (!ok || !show_arg(c, 3)) {
			show_arg_next(c);
			show_uint(c, show_arg(c, 3));
			return SHOW_DECODED;
		}
		return 0;
	}
	int64_t out;
	if (!show_errno(c) && show_retval(c) != 0 && show_fetch(c, 2, 0, 1, &out, sizeof(out)) == 0) {
		show_changed(c);
		show_array_begin(c);
		show_int(c, out);
		show_array_end(c);
	}
	show_arg_next(c);
	show_uint(c, show_arg(c, 3));
	return 0;
}

#define A_SPLICE_FLAGS SHOW_A_FLAGS(xlat_splice_flags, "SPLICE_F_???")
#define A_OFFSET SHOW_A_STRUCT(print_offset, sizeof(int64_t))
#define A_EPOLL_EVENTS SHOW_A_PRINT(epoll_events_out)

/* The irregular calls first, then one line per call of typed arguments:
 * read(3, "abc", 64) = 3 (the data at exit, RET bytes of it),
 * write(1, "hello\n", 6) = 6, readv(3, [{iov_base="hel", iov_len=3}, ...], 2),
 * splice(9, [0], 8, NULL, 4, SPLICE_F_MOVE), pipe2([3, 4], O_CLOEXEC) ... */
const struct show_decoder show_decoders_desc[] = {
	{ "io_uring_setup", .decode = dec_io_uring_setup },
	{ "preadv2", .decode = dec_preadv2 },
	{ "pwritev2", .decode = dec_pwritev2 },
	{ "fcntl", .decode = dec_fcntl, .ret = ret_fcntl },
	{ "ioctl", .decode = dec_ioctl },
	{ "poll", .decode = dec_poll, .ret = ret_poll },
	{ "ppoll", .decode = dec_ppoll, .ret = ret_ppoll },
	{ "select", .decode = dec_select, .ret = ret_select },
	{ "pselect6", .decode = dec_pselect6, .ret = ret_pselect6 },
	{ "sendfile", .decode = dec_sendfile },
	{ "read", .args = SHOW_ARGS(SHOW_A_FD, SHOW_A_TABLE, SHOW_A_ULONG) },
	{ "write", .args = SHOW_ARGS(SHOW_A_FD, SHOW_A_TABLE, SHOW_A_ULONG) },
	{ "pread64", .args = SHOW_ARGS(SHOW_A_FD, SHOW_A_TABLE, SHOW_A_ULONG, SHOW_A_LONG) },
	{ "pwrite64", .args = SHOW_ARGS(SHOW_A_FD, SHOW_A_TABLE, SHOW_A_ULONG, SHOW_A_LONG) },
	{ "readv", .args = SHOW_ARGS(SHOW_A_FD, SHOW_A_PRINT(iov_out), SHOW_A_ULONG) },
	{ "writev", .args = SHOW_ARGS(SHOW_A_FD, SHOW_A_PRINT(iov_in), SHOW_A_ULONG) },
	{ "preadv", .args = SHOW_ARGS(SHOW_A_FD, SHOW_A_PRINT(iov_out), SHOW_A_ULONG, SHOW_A_LONG) },
	{ "pwritev", .args = SHOW_ARGS(SHOW_A_FD, SHOW_A_PRINT(iov_in), SHOW_A_ULONG, SHOW_A_LONG) },
	{ "vmsplice", .args = SHOW_ARGS(SHOW_A_FD, SHOW_A_PRINT(iov_in), SHOW_A_ULONG, A_SPLICE_FLAGS) },
	/* the local buffers hold what was read (at exit), the remote ones are
	 * addresses in the other process */
	{ "process_vm_readv", .args = SHOW_ARGS(SHOW_A_INT, SHOW_A_PRINT(iov_out), SHOW_A_ULONG,
						SHOW_A_PRINT(iov_remote), SHOW_A_ULONG, SHOW_A_ULONG) },
	{ "process_vm_writev", .args = SHOW_ARGS(SHOW_A_INT, SHOW_A_PRINT(iov_in), SHOW_A_ULONG,
						 SHOW_A_PRINT(iov_remote), SHOW_A_ULONG, SHOW_A_ULONG) },
	{ "process_madvise", .args = SHOW_ARGS(SHOW_A_FD, SHOW_A_PRINT(iov_remote), SHOW_A_ULONG,
					       SHOW_A_ENUM(xlat_madvise_cmds, "MADV_???"), SHOW_A_HEX) },
	{ "lseek", .args = SHOW_ARGS(SHOW_A_FD, SHOW_A_LONG, SHOW_A_ENUM(xlat_whence_codes, "SEEK_???")),
	  .rv = SHOW_RV_DEC },
	{ "dup3", .args = SHOW_ARGS(SHOW_A_FD, SHOW_A_FD, SHOW_A_FLAGS(xlat_open_mode_flags, "O_???")),
	  .rv = SHOW_RV_FD },
	{ "close_range", .args = SHOW_ARGS(SHOW_A_UINT, SHOW_A_UINT,
					   SHOW_A_FLAGS(xlat_close_range_flags, "CLOSE_RANGE_???")) },
	{ "pipe", .args = SHOW_ARGS(DEC_A_FD_PAIR) },
	{ "pipe2", .args = SHOW_ARGS(DEC_A_FD_PAIR,
				     SHOW_A_FLAGS(xlat_open_mode_flags, "O_???")) },
	{ "epoll_create1", .args = SHOW_ARGS(SHOW_A_FLAGS(xlat_epollflags, "EPOLL_???")),
	  .rv = SHOW_RV_FD },
	/* epoll_ctl(3, EPOLL_CTL_ADD, 4, {events=EPOLLIN, data={u32=4, u64=4}}) */
	{ "epoll_ctl", .args = SHOW_ARGS(SHOW_A_FD, SHOW_A_ENUM(xlat_epollctls, "EPOLL_CTL_???"),
					 SHOW_A_FD, SHOW_A_PRINT(epoll_ctl_event)) },
	{ "epoll_wait", .args = SHOW_ARGS(SHOW_A_FD, A_EPOLL_EVENTS, SHOW_A_INT, SHOW_A_INT) },
	{ "epoll_pwait", .args = SHOW_ARGS(SHOW_A_FD, A_EPOLL_EVENTS, SHOW_A_INT, SHOW_A_INT,
					   DEC_A_SIGSET, SHOW_A_ULONG) },
	/* the timeout is a timespec read at entry */
	{ "epoll_pwait2", .args = SHOW_ARGS(SHOW_A_FD, A_EPOLL_EVENTS, SHOW_A_INT, DEC_A_TIMESPEC,
					    DEC_A_SIGSET, SHOW_A_ULONG) },
	{ "io_uring_enter", .args = SHOW_ARGS(SHOW_A_FD, SHOW_A_UINT, SHOW_A_UINT,
					      SHOW_A_FLAGS(xlat_io_uring_enter_flags, "IORING_ENTER_???"),
					      DEC_A_SIGSET, SHOW_A_ULONG) },
	{ "eventfd2", .args = SHOW_ARGS(SHOW_A_UINT, SHOW_A_FLAGS(xlat_efd_flags, "EFD_???")),
	  .rv = SHOW_RV_FD },
	{ "splice", .args = SHOW_ARGS(SHOW_A_FD, A_OFFSET, SHOW_A_FD, A_OFFSET, SHOW_A_ULONG,
				      A_SPLICE_FLAGS) },
	{ "tee", .args = SHOW_ARGS(SHOW_A_FD, SHOW_A_FD, SHOW_A_ULONG, A_SPLICE_FLAGS) },
	{ "copy_file_range", .args = SHOW_ARGS(SHOW_A_FD, A_OFFSET, SHOW_A_FD, A_OFFSET, SHOW_A_ULONG,
					       SHOW_A_HEX) },
	{ "fadvise64", .args = SHOW_ARGS(SHOW_A_FD, SHOW_A_LONG, SHOW_A_LONG,
					 SHOW_A_ENUM(xlat_advise, "POSIX_FADV_???")) },
	{ "flock", .args = SHOW_ARGS(SHOW_A_FD, SHOW_A_FLAGS(xlat_flockcmds, "LOCK_???")) },
	{ "fallocate", .args = SHOW_ARGS(SHOW_A_FD, SHOW_A_FLAGS(xlat_falloc_flags, "FALLOC_FL_???"),
					 SHOW_A_LONG, SHOW_A_LONG) },
	{ 0 },
};

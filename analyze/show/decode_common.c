/*
 * decode_common — helpers shared by the decoder families (see the header).
 */
#include <arpa/inet.h>
#include <net/if.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "decode_common.h"

void dec_note(show_call *c, const char *key, const char *label,
	      void (*out)(show_call *, const char *), const char *text)
{
	show_note_begin(c);
	show_note_item(c, key, label);
	out(c, text);
	show_note_end(c);
}

void dec_open_flags(show_call *c, uint64_t flags)
{
	DEC_XLAT_FLAGS(c, xlat_format_open_flags, flags);
}

/* JSON: a mode is a flag set, ["S_IFREG","0644"]. */
void dec_mode(show_call *c, uint32_t mode)
{
	DEC_XLAT_FLAGS(c, xlat_format_mode, mode);
}

/* strace takes these as the kernel's umode_t: 16 bits. */
void dec_umode(show_call *c, uint32_t mode)
{
	DEC_XLAT(c, xlat_format_umode, mode & 0xffffu);
}

void dec_flags(show_call *c, const struct xlat *x, uint64_t v, const char *dflt)
{
	show_flags(c, x, v, dflt);
}

void dec_enum(show_call *c, const struct xlat *x, uint64_t v, const char *dflt)
{
	show_enum(c, x, v, dflt);
}

void dec_enum_d(show_call *c, const struct xlat *x, int64_t v, const char *dflt)
{
	DEC_XLAT_ENUM(c, xlat_format_enum, x, (uint64_t)v, dflt, XLAT_FMT_D);
}

void dec_enum_u(show_call *c, const struct xlat *x, uint64_t v, const char *dflt)
{
	DEC_XLAT_ENUM(c, xlat_format_enum, x, v, dflt, XLAT_FMT_U);
}

void dec_signame(show_call *c, int sig)
{
	show_signame(c, sig);
}

void dec_sigset(show_call *c, const void *mask, size_t bytes)
{
	show_sigset(c, mask, bytes);
}

void dec_sigset_arg(show_call *c, unsigned arg, int at_exit, uint64_t size)
{
	/* strace prints the address when the size is not the kernel's
	 * (it does not know how to read it) or the memory is unreadable. */
	uint8_t mask[8];
	if (size == 0 || size > sizeof(mask) ||
	    show_fetch(c, arg, 0, at_exit, mask, (size_t)size) < 0) {
		show_addr(c, show_arg(c, arg));
		return;
	}
	dec_sigset(c, mask, (size_t)size);
}

void dec_sigset_at(show_call *c, unsigned arg, uint64_t size)
{
	const struct replay_call *rc = show_raw(c);
	int at_exit = show_exiting(c) && arg < 6 && (rc->shape[arg].when & SC_W_EXIT);
	if (at_exit && show_errno(c))
		show_addr(c, show_arg(c, arg));
	else
		dec_sigset_arg(c, arg, at_exit, size);
}

void dec_sigset_sized(show_call *c, unsigned arg)
{
	dec_sigset_at(c, arg, arg + 1 < 6 ? show_arg(c, arg + 1) : 0);
}

void dec_timespec(show_call *c, const struct dec_timespec *ts)
{
	show_struct_begin(c);
	show_field(c, "tv_sec");
	show_int(c, ts->tv_sec);
	show_struct_next(c);
	show_field(c, "tv_nsec");
	show_int(c, ts->tv_nsec);
	show_struct_end(c);
}

void dec_timeval(show_call *c, const struct dec_timespec *tv)
{
	show_struct_begin(c);
	show_field(c, "tv_sec");
	show_int(c, tv->tv_sec);
	show_struct_next(c);
	show_field(c, "tv_usec");
	show_int(c, tv->tv_nsec);
	show_struct_end(c);
}

int dec_format_date(char *buf, size_t size, int64_t sec, int64_t nsec)
{
	/* strace's sprinttime_ex(): no date for the epoch itself or for an
	 * invalid fraction. */
	if ((sec == 0 && nsec == 0) || nsec < 0 || nsec > 999999999)
		return -1;
	time_t t = (time_t)sec;
	struct tm tm;
	if (!localtime_r(&t, &tm))
		return -1;
	char date[64], zone[16];
	if (!strftime(date, sizeof(date), "%Y-%m-%dT%H:%M:%S", &tm) ||
	    !strftime(zone, sizeof(zone), "%z", &tm))
		return -1;
	if (nsec > 0 && nsec < 1000000000)
		snprintf(buf, size, "%s.%09lld%s", date, (long long)nsec, zone);
	else
		snprintf(buf, size, "%s%s", date, zone);
	return 0;
}

void dec_time_comment_us(show_call *c, int64_t sec, int64_t usec)
{
	char date[96];
	if (usec < 0 || usec > 999999 || dec_format_date(date, sizeof(date), sec, 0) < 0)
		return;
	if (usec) {
		/* the fraction goes between the seconds and the zone */
		size_t n = strlen(date), z = n;
		while (z > 0 && date[z - 1] != '+' && date[z - 1] != '-')
			z--;
		if (z == 0)
			return;
		char out[112];
		snprintf(out, sizeof(out), "%.*s.%06lld%s", (int)(z - 1), date, (long long)usec, date + z - 1);
		show_comment(c, "%s", out);
		return;
	}
	show_comment(c, "%s", date);
}

void dec_time_comment(show_call *c, int64_t sec, int64_t nsec)
{
	char date[96];
	if (dec_format_date(date, sizeof(date), sec, nsec) == 0)
		show_comment(c, "%s", date);
}

void dec_timespec_arg(show_call *c, unsigned arg, int at_exit)
{
	struct dec_timespec ts;
	if (show_fetch_or_addr(c, arg, 0, at_exit, &ts, sizeof(ts)) < 0)
		return;
	dec_timespec(c, &ts);
}

void dec_timespec_p(show_call *c, const void *p)
{
	dec_timespec(c, p);
}

void dec_timeval_p(show_call *c, const void *p)
{
	dec_timeval(c, p);
}

void dec_fd_pair(show_call *c, unsigned arg)
{
	int32_t fds[2];
	if (show_errno(c) || show_fetch(c, arg, 0, 1, fds, sizeof(fds)) < 0) {
		show_addr(c, show_arg(c, arg));
		return;
	}
	show_array_begin(c);
	show_fd(c, fds[0]);
	show_array_next(c);
	show_fd(c, fds[1]);
	show_array_end(c);
}

void dec_int_p(show_call *c, const void *p)
{
	int32_t v;
	memcpy(&v, p, sizeof(v));
	show_array_begin(c);
	show_int(c, v);
	show_array_end(c);
}

void dec_uint_p(show_call *c, const void *p)
{
	uint32_t v;
	memcpy(&v, p, sizeof(v));
	show_array_begin(c);
	show_uint(c, v);
	show_array_end(c);
}

struct k_iovec {
	uint64_t base, len;
};

struct iov_walk {
	unsigned arg, first, k;
	int at_exit, netlink_fd;
	uint64_t data_len;
};

static void iov_elem(show_call *c, const void *elem, void *opaque)
{
	struct iov_walk *w = opaque;
	struct k_iovec v;
	memcpy(&v, elem, sizeof(v));
	show_struct_begin(c);
	show_field(c, "iov_base");
	const struct replay_blob *b = w->first ? show_blob(c, w->arg, w->first + w->k, w->at_exit) : NULL;
	uint64_t want = v.len < w->data_len ? v.len : w->data_len;
	if (v.base && b && !b->read_errno && (b->data || want == 0)) {
		size_t have = b->len < want ? b->len : (size_t)want;
		if (w->netlink_fd < 0 || !dec_netlink_buf(c, w->netlink_fd, b->data, b->len, want))
			show_quoted(c, b->data, have, have < want ? SHOW_Q_ELLIPSIS : 0);
	} else {
		show_addr(c, v.base);
	}
	w->data_len -= want;
	w->k++;
	show_struct_next(c);
	show_field(c, "iov_len");
	show_uint(c, v.len);
	show_struct_end(c);
}

void dec_iovec_elems(show_call *c, const struct replay_blob *arr, uint64_t count, unsigned arg,
		     unsigned first, int at_exit, uint64_t data_len, int netlink_fd)
{
	size_t n = arr->len / sizeof(struct k_iovec);
	if (n > count)
		n = (size_t)count;
	struct iov_walk w = { arg, first, 0, at_exit, netlink_fd, data_len };
	show_array(c, arr->data, n, sizeof(struct k_iovec), iov_elem, &w);
}

void dec_dev(show_call *c, uint64_t dev)
{
	/* glibc's gnu_dev_major/minor split of the 64-bit dev_t. */
	unsigned major = (unsigned)(((dev >> 32) & 0xfffff000u) | ((dev >> 8) & 0xfffu));
	unsigned minor = (unsigned)(((dev >> 12) & 0xffffff00u) | (dev & 0xffu));
	show_printf(c, "makedev(%#x, %#x)", major, minor);
}

void dec_int32(show_call *c, uint64_t v)
{
	show_int(c, (int32_t)(uint32_t)v);
}

void dec_sock_fprog(show_call *c, const void *p)
{
	uint16_t len;
	uint64_t filter;
	memcpy(&len, p, sizeof(len));
	memcpy(&filter, (const uint8_t *)p + 8, sizeof(filter));
	show_struct_begin(c);
	show_field(c, "len");
	show_uint(c, len);
	show_struct_next(c);
	show_field(c, "filter");
	show_addr(c, filter);
	show_struct_end(c);
}

void dec_ifindex(show_call *c, uint32_t idx)
{
	char name[IF_NAMESIZE], text[IF_NAMESIZE + 24];
	if (idx && if_indextoname(idx, name)) {
		snprintf(text, sizeof text, "if_nametoindex(\"%s\")", name);
		show_uint_as(c, idx, text);
	} else {
		show_uint(c, idx);
	}
}

void dec_inet_field(show_call *c, int family, const void *addr, const char *name)
{
	char a[INET6_ADDRSTRLEN], text[INET6_ADDRSTRLEN + 64];
	if (family == AF_INET6) {
		inet_ntop(AF_INET6, addr, a, sizeof a);
		show_field_json(c, name);
		snprintf(text, sizeof text, "inet_pton(AF_INET6, \"%s\", &%s)", a, name);
	} else {
		inet_ntop(AF_INET, addr, a, sizeof a);
		show_field(c, name);
		snprintf(text, sizeof text, "inet_addr(\"%s\")", a);
	}
	show_str_as(c, a, text);
}

void dec_port_field(show_call *c, const char *name, const void *port)
{
	uint16_t be;
	char text[24];
	memcpy(&be, port, 2);
	snprintf(text, sizeof text, "htons(%u)", ntohs(be));
	show_field(c, name);
	show_uint_as(c, ntohs(be), text);
}

void dec_next_field(show_call *c, const char *name)
{
	show_struct_next(c);
	show_field(c, name);
}

void dec_field_u(show_call *c, const char *name, uint64_t v)
{
	dec_next_field(c, name);
	show_uint(c, v);
}

void dec_field_d(show_call *c, const char *name, int64_t v)
{
	dec_next_field(c, name);
	show_int(c, v);
}

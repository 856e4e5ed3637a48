/* decode_netlink — see decode_netlink.h for the contract. */
#include "decode_netlink.h"

#include <arpa/inet.h>
#include <stdio.h>
#include <string.h>

#define AF_NETLINK_ 16
#define NETLINK_ROUTE_ 0
#define NETLINK_SOCK_DIAG_ 4
#define NLA_HDRLEN_ 4u
#define NLMSG_ERROR_ 2
#define NLMSG_DONE_ 3
#define NLM_F_CAPPED_ 0x100
#define NLA_F_NESTED_ 0x8000
#define NLA_F_NET_BYTEORDER_ 0x4000
#define NLA_TYPE_MASK_ 0x3fff

/* NLMSG_ALIGN / NLA_ALIGN, in size_t: a message's length of 0xffffffff
 * must not wrap to 0 (the walk would stand still). */
static size_t align4(size_t v)
{
	return (v + 3) & ~(size_t)3;
}

/* ---- headers ---------------------------------------------------------------- */

/* Appends the names of X's bits set in *V to BUF (at *N), clearing them. */
static void flag_names(char *buf, size_t size, size_t *n, const struct xlat *x, uint32_t *v)
{
	for (uint32_t i = 0; i < x->size && *n < size; i++) {
		uint64_t bits = x->data[i].val;
		if (!bits || !x->data[i].str || (*v & bits) != bits)
			continue;
		*n += (size_t)snprintf(buf + *n, size - *n, "%s%s", *n ? "|" : "", x->data[i].str);
		*v &= ~(uint32_t)bits;
	}
}

/* strace's decode_nlmsg_flags (printflags_ex over two tables): the common
 * flags, then those of the request kind the protocol gives the type (new,
 * get; acknowledgements for NLMSG_ERROR), the rest in hex. */
static void nlmsg_flags(show_call *c, const struct nl_proto *np, uint16_t flags, uint16_t type)
{
	const struct xlat *kind = NULL;
	if (type >= 16)
		kind = np->kind_flags(type);
	else if (type == NLMSG_ERROR_)
		kind = &xlat_netlink_ack_flags;
	char buf[XLAT_BUFSZ];
	size_t n = 0;
	uint32_t v = flags;
	buf[0] = '\0';
	flag_names(buf, sizeof(buf), &n, &xlat_netlink_flags, &v);
	if (kind)
		flag_names(buf, sizeof(buf), &n, kind, &v);
	if ((v || !n) && n < sizeof(buf))
		snprintf(buf + n, sizeof(buf) - n, "%s%#x", n ? "|" : "", v);
	show_flags_text(c, buf);
}

static void nlmsghdr(show_call *c, const struct nl_proto *np, const struct nl_hdr *h)
{
	show_struct_begin(c);
	show_field(c, "nlmsg_len");
	show_uint(c, h->len);
	show_struct_next(c);
	show_field(c, "nlmsg_type");
	if (h->type < 16)
		dec_enum(c, &xlat_netlink_types, h->type, "NLMSG_???");
	else
		dec_enum(c, np->types, h->type, np->types_dflt);
	show_struct_next(c);
	show_field(c, "nlmsg_flags");
	nlmsg_flags(c, np, h->flags, h->type);
	dec_field_u(c, "nlmsg_seq", h->seq);
	dec_field_d(c, "nlmsg_pid", (int32_t)h->pid);
	show_struct_end(c);
}

static void uint_fields(show_call *c, const char *const *names, unsigned n, const uint8_t *p,
			size_t word, int open)
{
	for (unsigned i = 0; i < n; i++) {
		uint64_t v = 0;
		memcpy(&v, p + i * word, word);
		if (i || !open)
			show_struct_next(c);
		show_field(c, names[i]);
		show_uint(c, v);
	}
}

void nl_uint_struct(show_call *c, const char *const *names, unsigned n, const uint8_t *p,
		    size_t word)
{
	show_struct_begin(c);
	uint_fields(c, names, n, p, word, 1);
	show_struct_end(c);
}

void nl_uint_fields(show_call *c, const char *const *names, unsigned n, const uint8_t *p,
		    size_t word)
{
	uint_fields(c, names, n, p, word, 0);
}

int nl_family_head(show_call *c, const char *field, const uint8_t *p, size_t len, size_t size)
{
	show_struct_begin(c);
	show_field(c, field);
	dec_enum(c, &xlat_addrfams, p[0], "AF_???");
	show_struct_next(c);
	if (len >= size)
		return 1;
	show_more(c);
	show_struct_end(c);
	return 0;
}

/* ---- attributes ------------------------------------------------------------- */

/* strace's decode_inet_addr: an address of the message's family, else bytes. */
static int inet_value(show_call *c, uint8_t family, const uint8_t *p, size_t len)
{
	char a[INET6_ADDRSTRLEN], text[INET6_ADDRSTRLEN + 32];
	if (family == AF_INET && len >= 4) {
		inet_ntop(AF_INET, p, a, sizeof(a));
		snprintf(text, sizeof text, "inet_addr(\"%s\")", a);
	} else if (family == AF_INET6 && len >= 16) {
		inet_ntop(AF_INET6, p, a, sizeof(a));
		snprintf(text, sizeof text, "inet_pton(AF_INET6, \"%s\")", a);
	} else {
		return 0;
	}
	show_str_as(c, a, text);
	return 1;
}

/* 02:fc:00:00:00:01 (strace's print_hwaddr: unquoted) */
static int hwaddr_value(show_call *c, const uint8_t *p, size_t len)
{
	char text[3 * 32] = "";
	if (len > 32)
		return 0;
	for (size_t i = 0, n = 0; i < len; i++)
		n += (size_t)snprintf(text + n, sizeof text - n, "%s%02x", i ? ":" : "", p[i]);
	show_str_as(c, text, text);
	return 1;
}

static unsigned attr_kind(const struct nl_attrs *a, uint16_t type)
{
	return type < a->nkinds ? a->kinds[type] : a->beyond;
}

/* A value too short for its kind is strace's hex bytes (0 returned). */
static int attr_value(show_call *c, const struct nl_attrs *a, unsigned kind, uint8_t family,
		      const uint8_t *p, size_t len)
{
	static const uint8_t need[] = { [NL_K_U8] = 1, [NL_K_U16] = 2, [NL_K_U32] = 4,
					[NL_K_S32] = 4, [NL_K_U64] = 8, [NL_K_IFINDEX] = 4 };
	uint64_t v = 0;
	if (kind < sizeof need && need[kind]) {
		if (len < need[kind])
			return 0;
		memcpy(&v, p, need[kind]);
	}
	switch (kind) {
	case NL_K_HEX:
	case NL_K_NONE: return 0;
	case NL_K_STR: show_quoted(c, p, len, SHOW_Q_NUL_TERM); return 1;
	case NL_K_S32: show_int(c, (int32_t)v); return 1;
	case NL_K_INET: return inet_value(c, family, p, len);
	case NL_K_IFINDEX: dec_ifindex(c, (uint32_t)v); return 1;
	case NL_K_HWADDR: return hwaddr_value(c, p, len);
	case NL_K_U8:
	case NL_K_U16:
	case NL_K_U32:
	case NL_K_U64: show_uint(c, v); return 1;
	default: return a->value ? a->value(c, kind, family, p, len) : 0;
	}
}

/* {nla_len=8, nla_type=NLA_F_NESTED|IFLA_...} */
static void nla_header(show_call *c, const struct nl_attrs *a, uint16_t nla_len, uint16_t nla_type)
{
	show_struct_begin(c);
	show_field(c, "nla_len");
	show_uint(c, nla_len);
	show_struct_next(c);
	show_field(c, "nla_type");
	char buf[XLAT_BUFSZ];
	size_t k = 0;
	buf[0] = '\0';
	if (nla_type & NLA_F_NESTED_)
		k += (size_t)snprintf(buf, sizeof(buf), "NLA_F_NESTED|");
	if (nla_type & NLA_F_NET_BYTEORDER_)
		k += (size_t)snprintf(buf + k, sizeof(buf) - k, "NLA_F_NET_BYTEORDER|");
	xlat_format_enum(buf + k, sizeof(buf) - k, a->names, nla_type & NLA_TYPE_MASK_, a->dflt,
			 XLAT_FMT_X);
	show_enum_text(c, buf);
	show_struct_end(c);
}

/* strace's decode_nlattr: one attribute alone, several as an array. */
void nl_print_attrs(show_call *c, const struct nl_attrs *a, uint8_t family, const uint8_t *p,
		    size_t len)
{
	int array = 0;
	for (unsigned n = 0; len > 0; n++) {
		if (len < NLA_HDRLEN_) {
			show_quoted(c, p, len, SHOW_Q_HEX);
			break;
		}
		if (!show_verbose(c) && n == show_strsize(c)) {
			show_more(c);
			break;
		}
		uint16_t nla_len, nla_type;
		memcpy(&nla_len, p, 2);
		memcpy(&nla_type, p + 2, 2);
		size_t next = nla_len >= NLA_HDRLEN_ ? align4(nla_len) : 0;
		int more = next && len > next;
		if (!array && more) {
			show_array_begin(c);
			array = 1;
		}
		size_t l = nla_len < len ? nla_len : len;
		if (l > NLA_HDRLEN_)
			show_array_begin(c);
		nla_header(c, a, nla_len, nla_type);
		if (l > NLA_HDRLEN_) {
			const uint8_t *v = p + NLA_HDRLEN_;
			show_array_next(c);
			if (!attr_value(c, a, attr_kind(a, nla_type & NLA_TYPE_MASK_), family, v,
					l - NLA_HDRLEN_))
				show_quoted(c, v, l - NLA_HDRLEN_, SHOW_Q_HEX);
			show_array_end(c);
		}
		if (!more)
			break;
		show_array_next(c);
		p += next;
		len -= next;
	}
	if (array)
		show_array_end(c);
}

int nl_attrs_known(show_call *c, const struct nl_attrs *a, const uint8_t *p, size_t len)
{
	for (unsigned n = 0; len >= NLA_HDRLEN_; n++) {
		if (!show_verbose(c) && n == show_strsize(c))
			return 1;
		uint16_t nla_len, nla_type;
		memcpy(&nla_len, p, 2);
		memcpy(&nla_type, p + 2, 2);
		if (nla_len < NLA_HDRLEN_ ||
		    (nla_len > NLA_HDRLEN_ && attr_kind(a, nla_type & NLA_TYPE_MASK_) == NL_K_NONE))
			return 0;
		size_t next = align4(nla_len);
		if (next >= len)
			return 1;
		p += next;
		len -= next;
	}
	return len == 0;
}

int nl_msg_known(show_call *c, const struct nl_attrs *a, const uint8_t *p, size_t len, size_t hdr)
{
	return len <= hdr || nl_attrs_known(c, a, p + hdr, len - hdr);
}

/* ---- NLMSG_ERROR ------------------------------------------------------------ */

/* The extended acknowledgement attributes after the request
 * (NLM_F_ACK_TLVS): strace 6.1 prints NLMSGERR_ATTR_MSG as a string,
 * _OFFS as a number, _COOKIE in hex; _POLICY (nested) is not printed here. */
static const uint8_t ack_kinds[] = { [1] = NL_K_STR, [2] = NL_K_U32, [3] = NL_K_HEX,
				     [4] = NL_K_NONE };
static const struct nl_attrs ack_attrs = {
	&xlat_nlmsgerr_attrs, "NLMSGERR_ATTR_???", ack_kinds, sizeof ack_kinds, NL_K_NONE, NULL
};

/* The bytes of the request an error answers that strace shows: its header
 * alone when the error is capped (NLM_F_CAPPED), else the whole request. */
static size_t nlmsgerr_inner_len(const struct nl_hdr *h, const struct nl_hdr *inner, size_t len)
{
	size_t n = (h->flags & NLM_F_CAPPED_) ? NL_HDRLEN : inner->len;
	return n < len ? n : len;
}

static int payload_known(show_call *c, const struct nl_proto *np, const struct nl_hdr *h,
			 const uint8_t *p, size_t len);

/* An error whose request, and attributes after it, are printed here. */
static int nlmsgerr_known(show_call *c, const struct nl_proto *np, const struct nl_hdr *h,
			  const uint8_t *p, size_t len)
{
	if (len < 4 + NL_HDRLEN)
		return 0;
	struct nl_hdr inner;
	memcpy(&inner, p + 4, sizeof(inner));
	size_t n = nlmsgerr_inner_len(h, &inner, len - 4);
	if (n < NL_HDRLEN ||
	    (n > NL_HDRLEN && !payload_known(c, np, &inner, p + 4 + NL_HDRLEN, n - NL_HDRLEN)))
		return 0;
	return nl_attrs_known(c, &ack_attrs, p + 4 + n, len - 4 - n);
}

/* Whether this module prints the payload (P, LEN bytes) of message H. */
static int payload_known(show_call *c, const struct nl_proto *np, const struct nl_hdr *h,
			 const uint8_t *p, size_t len)
{
	if (h->type == NLMSG_DONE_)
		return len == 4;
	if (h->type == NLMSG_ERROR_)
		return nlmsgerr_known(c, np, h, p, len);
	return h->type >= 16 && np->known(c, h, p, len);
}

static void message(show_call *c, const struct nl_proto *np, const struct nl_hdr *h,
		    const uint8_t *p, size_t len);

/* {error=-ENOENT, msg={nlmsg_len=..., ...}}: a capped error holds the header
 * of the request it answers, another the whole request; attributes after it
 * make it [{error=-EEXIST, msg=[...]}, [{nla_len=35,
 * nla_type=NLMSGERR_ATTR_MSG}, "ipv4: Address already assigned"]]. */
static void nlmsgerr(show_call *c, const struct nl_proto *np, const struct nl_hdr *h,
		     const uint8_t *p, size_t len)
{
	int32_t err;
	memcpy(&err, p, 4);
	struct nl_hdr inner;
	memcpy(&inner, p + 4, sizeof(inner));
	size_t n = nlmsgerr_inner_len(h, &inner, len - 4);
	if (len - 4 > n)
		show_array_begin(c);
	show_struct_begin(c);
	show_field(c, "error");
	if (err < 0 && err > -4096 && xlat_errno_name(-err)) { /* -INT32_MIN overflows */
		char text[64];
		snprintf(text, sizeof text, "-%s", xlat_errno_name(-err));
		show_uint_as(c, (uint64_t)(int64_t)err, text);
	} else {
		show_int(c, err);
	}
	dec_next_field(c, "msg");
	message(c, np, &inner, p + 4, n);
	show_struct_end(c);
	if (len - 4 > n) {
		show_array_next(c);
		nl_print_attrs(c, &ack_attrs, 0, p + 4 + n, len - 4 - n);
		show_array_end(c);
	}
}

/* ---- messages --------------------------------------------------------------- */

/* strace's decode_nlmsghdr_with_payload */
static void message(show_call *c, const struct nl_proto *np, const struct nl_hdr *h,
		    const uint8_t *p, size_t len)
{
	size_t l = h->len < len ? h->len : len;
	if (l > NL_HDRLEN)
		show_array_begin(c);
	nlmsghdr(c, np, h);
	if (l <= NL_HDRLEN)
		return;
	show_array_next(c);
	const uint8_t *d = p + NL_HDRLEN;
	size_t dl = l - NL_HDRLEN;
	if (h->type == NLMSG_DONE_) {
		int32_t v;
		memcpy(&v, d, 4);
		show_int(c, v);
	} else if (h->type == NLMSG_ERROR_) {
		nlmsgerr(c, np, h, d, dl);
	} else {
		np->print(c, h, d, dl);
	}
	show_array_end(c);
}

/* Every message's header is whole and its payload one printed here. */
static int all_known(show_call *c, const struct nl_proto *np, const uint8_t *p, size_t len)
{
	while (len >= NL_HDRLEN) {
		struct nl_hdr h;
		memcpy(&h, p, sizeof(h));
		if (h.len < NL_HDRLEN)
			return 1; /* strace prints its header and stops */
		size_t l = h.len < len ? h.len : len;
		if (l > NL_HDRLEN && !payload_known(c, np, &h, p + NL_HDRLEN, l - NL_HDRLEN))
			return 0;
		size_t next = align4(h.len);
		if (next >= len)
			return 1;
		p += next;
		len -= next;
	}
	return 0; /* a tail shorter than a header: strace prints it as bytes */
}

static const struct nl_proto *protocol(int protocol)
{
	switch (protocol) {
	case NETLINK_ROUTE_: return &nl_proto_route;
	case NETLINK_SOCK_DIAG_: return &nl_proto_sock_diag;
	default: return NULL;
	}
}

int dec_netlink_buf(show_call *c, int fd, const uint8_t *data, size_t have, uint64_t want)
{
	struct replay_fd rfd;
	if (replay_fd_get(show_thread(c), fd, &rfd) < 0 || rfd.sock_family != AF_NETLINK_ ||
	    want == 0 || have < want || !data)
		return 0;
	const struct nl_proto *np = protocol(rfd.sock_protocol);
	size_t len = (size_t)want;
	if (!np || !all_known(c, np, data, len))
		return 0;
	int array = 0;
	for (unsigned n = 0;; n++) {
		if (!show_verbose(c) && n == show_strsize(c)) {
			show_more(c);
			break;
		}
		struct nl_hdr h;
		memcpy(&h, data, sizeof(h));
		size_t next = align4(h.len);
		int more = h.len >= NL_HDRLEN && next < len;
		if (!array && more) {
			show_array_begin(c);
			array = 1;
		}
		message(c, np, &h, data, len);
		if (!more)
			break;
		show_array_next(c);
		data += next;
		len -= next;
	}
	if (array)
		show_array_end(c);
	return 1;
}

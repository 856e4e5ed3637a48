/*
 * decode_net — sockets: socket, socketpair, bind, connect, listen,
 * accept/accept4, getsockname/getpeername, sendto/recvfrom,
 * sendmsg/recvmsg, getsockopt/setsockopt, shutdown; socket addresses of
 * AF_UNIX, AF_INET, AF_INET6, AF_NETLINK, AF_PACKET and AF_ALG, others as sa_data.
 *
 * Formats are strace 6.1's (net.c, sockaddr.c, msghdr.c, sock.c).
 */
#include <arpa/inet.h>
#include <stdio.h>
#include <string.h>

#include "decode_common.h"

enum { AF_UNSPEC_ = 0, AF_UNIX_ = 1, AF_INET_ = 2, AF_INET6_ = 10, AF_NETLINK_ = 16, AF_PACKET_ = 17,
       AF_ALG_ = 38 };

/* ---- socket addresses ---------------------------------------------------------- */

static void sa_family(show_call *c, uint16_t fam)
{
	show_field(c, "sa_family");
	dec_enum(c, &xlat_addrfams, fam, "AF_???");
}

/* sun_path="/path" / sun_path=@"abstract"; nothing for an unnamed one. */
static void sa_unix(show_call *c, const uint8_t *p, size_t len)
{
	if (len <= 2)
		return;
	const uint8_t *path = p + 2;
	size_t n = len - 2;
	show_struct_next(c);
	show_field(c, "sun_path");
	if (path[0] == '\0' && n > 1) {
		show_putc(c, '@');
		show_quoted(c, path + 1, n - 1, SHOW_Q_NO_TRUNC);
		return;
	}
	show_quoted(c, path, strnlen((const char *)path, n), SHOW_Q_NO_TRUNC);
}

static void sa_inet(show_call *c, const uint8_t *p)
{
	show_struct_next(c);
	dec_port_field(c, "sin_port", p + 2);
	show_struct_next(c);
	dec_inet_field(c, AF_INET, p + 4, "sin_addr");
}

static void sa_inet6(show_call *c, const uint8_t *p, size_t len)
{
	uint32_t flow, scope = 0;
	memcpy(&flow, p + 4, 4);
	show_struct_next(c);
	dec_port_field(c, "sin6_port", p + 2);
	show_struct_next(c);
	char text[32];
	show_field(c, "sin6_flowinfo");
	snprintf(text, sizeof text, "htonl(%u)", ntohl(flow));
	show_uint_as(c, ntohl(flow), text);
	show_struct_next(c);
	dec_inet_field(c, AF_INET6, p + 8, "sin6_addr");
	if (len >= 28) {
		memcpy(&scope, p + 24, 4);
		show_struct_next(c);
		show_field(c, "sin6_scope_id");
		show_uint(c, scope);
	}
}

static void sa_netlink(show_call *c, const uint8_t *p)
{
	uint32_t pid, groups;
	memcpy(&pid, p + 4, 4);
	memcpy(&groups, p + 8, 4);
	show_struct_next(c);
	show_field(c, "nl_pid");
	show_int(c, (int32_t)pid);
	show_struct_next(c);
	show_field(c, "nl_groups");
	char text[16];
	snprintf(text, sizeof text, "%08x", groups);
	show_uint_as(c, groups, text);
}

/* "htons(ETH_P_IP)": an ethertype in network order. */
static void ethertype(show_call *c, uint16_t be)
{
	char buf[XLAT_BUFSZ], text[XLAT_BUFSZ + 8];
	xlat_format_enum(buf, sizeof(buf), &xlat_ethernet_protocols, ntohs(be), "ETH_P_???", XLAT_FMT_X);
	snprintf(text, sizeof text, "htons(%s)", buf);
	show_str_as(c, buf, text);
}

/* struct sockaddr_ll (20 bytes): sll_protocol=htons(ETH_P_IP),
 * sll_ifindex=if_nametoindex("lo"), sll_hatype=ARPHRD_ETHER,
 * sll_pkttype=PACKET_HOST, sll_halen=6, sll_addr=[0x..., ...] */
#define SOCKADDR_LL_SIZE 20u
static void sa_packet(show_call *c, const uint8_t *p)
{
	uint16_t proto, hatype;
	int32_t ifindex;
	memcpy(&proto, p + 2, 2);
	memcpy(&ifindex, p + 4, 4);
	memcpy(&hatype, p + 8, 2);
	uint8_t pkttype = p[10], halen = p[11];
	show_struct_next(c);
	show_field(c, "sll_protocol");
	ethertype(c, proto);
	show_struct_next(c);
	show_field(c, "sll_ifindex");
	dec_ifindex(c, (uint32_t)ifindex);
	show_struct_next(c);
	show_field(c, "sll_hatype");
	dec_enum(c, &xlat_arp_hardware_types, hatype, "ARPHRD_???");
	show_struct_next(c);
	show_field(c, "sll_pkttype");
	dec_enum(c, &xlat_packet_types, pkttype, "PACKET_???");
	show_struct_next(c);
	show_field(c, "sll_halen");
	show_uint(c, halen);
	if (halen) {
		show_struct_next(c);
		show_field(c, "sll_addr");
		show_array_begin(c);
		for (unsigned i = 0; i < halen && i < 8; i++) {
			if (i)
				show_array_next(c);
			char t[8];
			snprintf(t, sizeof t, "%#02x", p[12 + i]); /* strace: 0, 0x5, 0x11 */
			show_uint_as(c, p[12 + i], t);
		}
		show_array_end(c);
	}
}

/* struct sockaddr_alg (88 bytes): salg_type="hash", salg_feat=0,
 * salg_mask=0, salg_name="sha256"; the names are C strings within their
 * fields, never cut by -s. */
#define SOCKADDR_ALG_SIZE 88u
static void sa_alg(show_call *c, const uint8_t *p)
{
	uint32_t feat, mask;
	memcpy(&feat, p + 16, 4);
	memcpy(&mask, p + 20, 4);
	show_struct_next(c);
	show_field(c, "salg_type");
	show_quoted(c, p + 2, 14, SHOW_Q_NUL_TERM | SHOW_Q_NO_TRUNC);
	show_struct_next(c);
	show_field(c, "salg_feat");
	show_hex(c, feat);
	show_struct_next(c);
	show_field(c, "salg_mask");
	show_hex(c, mask);
	show_struct_next(c);
	show_field(c, "salg_name");
	show_quoted(c, p + 24, 64, SHOW_Q_NUL_TERM | SHOW_Q_NO_TRUNC);
}

/* {sa_family=AF_INET, sin_port=htons(80), sin_addr=inet_addr("127.0.0.1")};
 * an address too short for its family shows sa_data. */
static void print_sockaddr(show_call *c, const uint8_t *p, size_t len)
{
	uint16_t fam = 0;
	if (len < 2) {
		show_struct_begin(c);
		show_field(c, "sa_family");
		show_puts(c, "???");
		show_struct_end(c);
		return;
	}
	memcpy(&fam, p, 2);
	show_struct_begin(c);
	sa_family(c, fam);
	if (fam == AF_UNIX_) {
		sa_unix(c, p, len);
	} else if (fam == AF_INET_ && len >= 16) {
		sa_inet(c, p);
	} else if (fam == AF_INET6_ && len >= 24) {
		sa_inet6(c, p, len);
	} else if (fam == AF_NETLINK_ && len >= 12) {
		sa_netlink(c, p);
	} else if (fam == AF_ALG_ && len >= SOCKADDR_ALG_SIZE) {
		sa_alg(c, p);
	} else if (fam == AF_PACKET_ && len >= SOCKADDR_LL_SIZE) {
		sa_packet(c, p);
	} else if (len > 2) {
		show_struct_next(c);
		show_field(c, "sa_data");
		show_quoted(c, p + 2, len - 2, SHOW_Q_NO_TRUNC);
	}
	show_struct_end(c);
}

/* The sockaddr argument ARG: LEN bytes of it (the length argument at
 * entry, the stored length at exit), or its address. */
static void sockaddr_arg(show_call *c, unsigned arg, int at_exit, uint64_t len)
{
	const struct replay_blob *b = show_blob(c, arg, 0, at_exit);
	if (!show_arg(c, arg) || (at_exit && show_errno(c)) || !b || b->read_errno || !b->data) {
		show_addr(c, show_arg(c, arg));
		return;
	}
	size_t n = b->len;
	if (len < n)
		n = (size_t)len;
	print_sockaddr(c, b->data, n);
}

/* The socklen_t argument ARG: [16], [110 => 24] when the kernel changed
 * it, the address when absent. Returns the stored length (or entry's). */
static uint64_t socklen_arg(show_call *c, unsigned arg)
{
	int32_t in = 0, out = 0;
	int have_in = show_fetch(c, arg, 0, 0, &in, sizeof(in)) == 0;
	int have_out = !show_errno(c) && show_fetch(c, arg, 0, 1, &out, sizeof(out)) == 0;
	if (!show_arg(c, arg) || (!have_in && !have_out)) {
		show_addr(c, show_arg(c, arg));
		return 0;
	}
	show_array_begin(c);
	if (have_in && have_out && in != out) {
		show_int(c, in);
		show_changed(c);
		show_int(c, out);
	} else {
		show_int(c, have_out ? out : in);
	}
	show_array_end(c);
	return (uint64_t)(uint32_t)(have_out ? out : in);
}

/* ---- socket, socketpair ------------------------------------------------------------ */

/* strace's tprint_sock_type(): the type as an enum, then the flags. */
static void sock_type(show_call *c, uint32_t type)
{
	char buf[XLAT_BUFSZ];
	size_t n = 0;
	const char *s = xlat_name(&xlat_socktypes, type & 0xf);
	if (s) {
		n = (size_t)snprintf(buf, sizeof(buf), "%s", s);
		type &= ~0xfu;
		if (!type) {
			show_flags_text(c, buf);
			return;
		}
		buf[n++] = '|';
	}
	xlat_format_flags(buf + n, sizeof(buf) - n, &xlat_sock_type_flags, type, "SOCK_???");
	show_flags_text(c, buf);
}

/* The protocol's table by family (strace's socket decoder); others print
 * the number. AF_PACKET's is an ethertype in network order. */
static const struct {
	uint32_t family;
	const struct xlat *x;
	const char *dflt;
} sock_protocols[] = {
	{ AF_INET_, &xlat_inet_protocols, "IPPROTO_???" },
	{ AF_INET6_, &xlat_inet_protocols, "IPPROTO_???" },
	{ 3, &xlat_ax25_protocols, "AX25_P_???" },            /* AF_AX25 */
	{ AF_NETLINK_, &xlat_netlink_protocols, "NETLINK_???" },
	{ 29, &xlat_can_protocols, "CAN_???" },               /* AF_CAN */
	{ 31, &xlat_bt_protocols, "BTPROTO_???" },            /* AF_BLUETOOTH */
	{ 33, &xlat_addrfams, "AF_???" },                     /* AF_RXRPC */
	{ 34, &xlat_isdn_protocols, "ISDN_P_???" },           /* AF_ISDN */
	{ 35, &xlat_phonet_protocols, "PN_PROTO_???" },       /* AF_PHONET */
	{ 37, &xlat_caif_protocols, "CAIFPROTO_???" },        /* AF_CAIF */
	{ 39, &xlat_nfc_protocols, "NFC_SOCKPROTO_???" },     /* AF_NFC */
	{ 41, &xlat_kcm_protocols, "KCMPROTO_???" },          /* AF_KCM */
	{ 43, &xlat_smc_protocols, "SMCPROTO_???" },          /* AF_SMC */
};

static void sock_protocol(show_call *c, uint32_t fam, uint32_t proto)
{
	if (fam == AF_PACKET_) { /* htons(ETH_P_ALL) */
		ethertype(c, (uint16_t)proto);
		return;
	}
	for (size_t i = 0; i < sizeof(sock_protocols) / sizeof(sock_protocols[0]); i++) {
		if (sock_protocols[i].family == fam) {
			dec_enum(c, sock_protocols[i].x, proto, sock_protocols[i].dflt);
			return;
		}
	}
	show_uint(c, proto);
}

/* socket(AF_INET, SOCK_STREAM|SOCK_CLOEXEC, IPPROTO_TCP): the type and
 * the protocol of the family in argument 0. */
static void sock_type_arg(show_call *c, unsigned arg)
{
	sock_type(c, (uint32_t)show_arg(c, arg));
}

static void sock_protocol_arg(show_call *c, unsigned arg)
{
	sock_protocol(c, (uint32_t)show_arg(c, 0), (uint32_t)show_arg(c, arg));
}

/* ---- bind, connect, accept, names ----------------------------------------------- */

/* bind's and sendto's address: as many bytes as the next argument says. */
static void sockaddr_in_arg(show_call *c, unsigned arg)
{
	sockaddr_arg(c, arg, 0, show_arg(c, arg + 1));
}

/* accept's, getsockname's, recvfrom's address at exit: as many bytes as
 * the kernel stored in the socklen_t of the next argument. */
static void sockaddr_out_arg(show_call *c, unsigned arg)
{
	int32_t out = 0;
	uint64_t len = 0;
	if (!show_errno(c) && show_fetch(c, arg + 1, 0, 1, &out, sizeof(out)) == 0)
		len = (uint32_t)out;
	sockaddr_arg(c, arg, 1, len);
}

static void socklen_print(show_call *c, unsigned arg)
{
	socklen_arg(c, arg);
}

/* ---- sendto, recvfrom -------------------------------------------------------------- */

/* The data buffer ARG of a socket call, LEN bytes meant: netlink messages
 * on a netlink socket, else a string. */
static void sock_buf(show_call *c, unsigned arg, int at_exit, uint64_t len)
{
	const struct replay_blob *b = show_blob(c, arg, 0, at_exit);
	if (!(at_exit && show_errno(c)) && show_arg(c, arg) && b && !b->read_errno &&
	    dec_netlink_buf(c, (int32_t)show_arg(c, 0), b->data, b->len, len))
		return;
	show_buf(c, arg, at_exit, len);
}

/* sendto(4, "ping", 4, 0, NULL, 0): the count is the next argument. */
static void sock_buf_in(show_call *c, unsigned arg)
{
	sock_buf(c, arg, 0, show_arg(c, arg + 1));
}

/* recvfrom(5, "ping", 64, 0, {...}, [110 => 24]) = 4: with MSG_TRUNC the
 * return value may exceed the buffer: strace shows at most its length. */
static void sock_buf_out(show_call *c, unsigned arg)
{
	uint64_t n = (uint64_t)show_retval(c);
	sock_buf(c, arg, 1, n < show_arg(c, arg + 1) ? n : show_arg(c, arg + 1));
}

/* ---- sendmsg, recvmsg ------------------------------------------------------------- */

struct k_msghdr {
	uint64_t name;
	uint32_t namelen, pad0;
	uint64_t iov, iovlen, control, controllen;
	uint32_t flags, pad1;
};

/* msg_iov=[{iov_base="he", iov_len=2}, ...]: buffers at SC_MSG_BUF0 + j,
 * together at most DATA_LEN bytes. */
static void msg_iov(show_call *c, const struct k_msghdr *m, unsigned base, int at_exit,
		    uint64_t data_len)
{
	const struct replay_blob *arr = show_blob(c, 1, base + SC_MSG_IOV, at_exit);
	if (!m->iov || !arr || arr->read_errno || !arr->data) {
		show_addr(c, m->iov);
		return;
	}
	dec_iovec_elems(c, arr, m->iovlen, 1, base + SC_MSG_BUF0, at_exit, data_len,
			(int32_t)show_arg(c, 0));
}

struct k_cmsghdr {
	uint64_t len;
	int32_t level, type;
};

/* inet_addr("127.0.0.1") of 4 bytes at P */
static void in_addr_at(show_call *c, const uint8_t *p)
{
	char a[INET_ADDRSTRLEN], text[INET_ADDRSTRLEN + 16];
	inet_ntop(AF_INET, p, a, sizeof(a));
	snprintf(text, sizeof text, "inet_addr(\"%s\")", a);
	show_str_as(c, a, text);
}

enum { IP_TOS_ = 1, IP_TTL_ = 2, IP_PKTINFO_ = 8 };

/* SOL_IP control data strace decodes: IP_PKTINFO's struct in_pktinfo,
 * IP_TTL's int, IP_TOS's byte; 0 for the others (printed as bytes). */
static int cmsg_ip(show_call *c, const struct k_cmsghdr *h, const uint8_t *d, size_t dlen)
{
	if (h->level != 0)
		return 0;
	if (h->type == IP_PKTINFO_ && dlen >= 12) {
		uint32_t ifindex;
		memcpy(&ifindex, d, 4);
		show_struct_begin(c);
		show_field(c, "ipi_ifindex");
		dec_ifindex(c, ifindex);
		show_struct_next(c);
		show_field(c, "ipi_spec_dst");
		in_addr_at(c, d + 4);
		show_struct_next(c);
		show_field(c, "ipi_addr");
		in_addr_at(c, d + 8);
		show_struct_end(c);
		return 1;
	}
	if (h->type == IP_TTL_ && dlen >= 4) {
		int32_t v;
		memcpy(&v, d, 4);
		show_array_begin(c);
		show_int(c, v);
		show_array_end(c);
		return 1;
	}
	if (h->type == IP_TOS_ && dlen >= 1) {
		show_array_begin(c);
		show_hex(c, d[0]);
		show_array_end(c);
		return 1;
	}
	return 0;
}

/* msg_control=[{cmsg_len=20, cmsg_level=SOL_SOCKET, cmsg_type=SCM_RIGHTS,
 * cmsg_data=[3]}]: SCM_RIGHTS fds, SCM_CREDENTIALS, others' bytes. */
static void msg_control(show_call *c, const struct k_msghdr *m, unsigned base, int at_exit)
{
	const struct replay_blob *b = show_blob(c, 1, base + SC_MSG_CONTROL, at_exit);
	if (!b || b->read_errno || !b->data) {
		show_addr(c, m->control);
		return;
	}
	size_t len = b->len < m->controllen ? b->len : (size_t)m->controllen;
	show_array_begin(c);
	unsigned n = 0;
	for (size_t off = 0; off + sizeof(struct k_cmsghdr) <= len;) {
		struct k_cmsghdr h;
		memcpy(&h, b->data + off, sizeof(h));
		if (n++)
			show_array_next(c);
		show_struct_begin(c);
		show_field(c, "cmsg_len");
		show_uint(c, h.len);
		show_struct_next(c);
		show_field(c, "cmsg_level");
		dec_enum(c, &xlat_socketlayers, (uint32_t)h.level, "SOL_???");
		show_struct_next(c);
		show_field(c, "cmsg_type");
		if (h.level == 1)
			dec_enum(c, &xlat_scmvals, (uint32_t)h.type, "SCM_???");
		else if (h.level == 0) /* SOL_IP: strace's ip_cmsg_types are the IP_* options */
			dec_enum(c, &xlat_sock_ip_options, (uint32_t)h.type, "IP_???");
		else
			show_hex(c, (uint32_t)h.type);
		size_t dlen = h.len > sizeof(h) ? (size_t)h.len - sizeof(h) : 0;
		if (off + sizeof(h) + dlen > len)
			dlen = len - off - sizeof(h);
		const uint8_t *d = b->data + off + sizeof(h);
		if (dlen) {
			show_struct_next(c);
			show_field(c, "cmsg_data");
			if (h.level == 1 && h.type == 1) { /* SCM_RIGHTS */
				show_array_begin(c);
				for (size_t i = 0; i + 4 <= dlen; i += 4) {
					int32_t fd;
					memcpy(&fd, d + i, 4);
					if (i)
						show_array_next(c);
					show_fd(c, fd);
				}
				show_array_end(c);
			} else if (h.level == 1 && h.type == 2 && dlen >= 12) { /* SCM_CREDENTIALS */
				int32_t cr[3];
				memcpy(cr, d, sizeof(cr));
				show_struct_begin(c);
				show_field(c, "pid");
				show_int(c, cr[0]);
				show_struct_next(c);
				show_field(c, "uid");
				show_uint(c, (uint32_t)cr[1]);
				show_struct_next(c);
				show_field(c, "gid");
				show_uint(c, (uint32_t)cr[2]);
				show_struct_end(c);
			} else if (!cmsg_ip(c, &h, d, dlen)) {
				show_quoted(c, d, dlen, 0);
			}
		}
		show_struct_end(c);
		/* a length that does not advance or runs past the data ends the
		 * list (the trace is untrusted: no wrap-around) */
		if (h.len < sizeof(h) || h.len > len - off)
			break;
		off += (size_t)((h.len + 7) & ~(uint64_t)7);
	}
	show_array_end(c);
}

/* {msg_name=NULL, msg_namelen=0, msg_iov=[...], msg_iovlen=2,
 *  [msg_control=[...], ]msg_controllen=0, msg_flags=0}. ENTRY_NAMELEN >= 0:
 *  the length before the call, shown as "128 => 16" when it changed. */
static void print_msghdr(show_call *c, const struct k_msghdr *m, unsigned base, int at_exit,
			 uint64_t data_len, int64_t entry_namelen)
{
	show_struct_begin(c);
	show_field(c, "msg_name");
	const struct replay_blob *nb = show_blob(c, 1, base + SC_MSG_NAME, at_exit);
	if (m->name && nb && !nb->read_errno && nb->data)
		print_sockaddr(c, nb->data, nb->len < m->namelen ? nb->len : m->namelen);
	else
		show_addr(c, m->name);
	show_struct_next(c);
	show_field(c, "msg_namelen");
	if (entry_namelen >= 0 && (uint32_t)entry_namelen != m->namelen) {
		show_uint(c, (uint64_t)entry_namelen);
		show_changed(c);
	}
	show_uint(c, m->namelen);
	show_struct_next(c);
	show_field(c, "msg_iov");
	msg_iov(c, m, base, at_exit, data_len);
	show_struct_next(c);
	show_field(c, "msg_iovlen");
	show_uint(c, m->iovlen);
	if (m->controllen) {
		show_struct_next(c);
		show_field(c, "msg_control");
		msg_control(c, m, base, at_exit);
	}
	show_struct_next(c);
	show_field(c, "msg_controllen");
	show_uint(c, m->controllen);
	show_struct_next(c);
	show_field(c, "msg_flags");
	dec_flags(c, &xlat_msg_flags, m->flags, "MSG_???");
	show_struct_end(c);
}

/* ---- sendmmsg, recvmmsg ---------------------------------------------------------- */

struct k_mmsghdr {
	struct k_msghdr hdr;
	uint32_t len, pad;
};

/* [{msg_hdr={...}, msg_len=1}, ...]: N elements; the headers' parts from
 * the memory read at entry (sendmmsg) or exit (recvmmsg), msg_len from the
 * array as the kernel left it. */
static void print_mmsgvec(show_call *c, size_t n, int parts_at_exit, int recv)
{
	const struct replay_blob *out = show_blob(c, 1, 0, 1);
	const struct replay_blob *hdrs = show_blob(c, 1, 0, parts_at_exit);
	if (!hdrs || hdrs->read_errno || !hdrs->data || !out || out->read_errno || !out->data) {
		show_addr(c, show_arg(c, 1));
		return;
	}
	size_t max = out->len / sizeof(struct k_mmsghdr);
	if (hdrs->len / sizeof(struct k_mmsghdr) < max)
		max = hdrs->len / sizeof(struct k_mmsghdr);
	if (n > max)
		n = max;
	show_array_begin(c);
	for (size_t k = 0; k < n; k++) {
		if (k)
			show_array_next(c);
		if (!show_verbose(c) && k >= show_strsize(c)) {
			show_more(c);
			break;
		}
		struct k_mmsghdr h, o;
		memcpy(&h, hdrs->data + k * sizeof(h), sizeof(h));
		memcpy(&o, out->data + k * sizeof(o), sizeof(o));
		if (recv)
			h = o;
		show_struct_begin(c);
		show_field(c, "msg_hdr");
		print_msghdr(c, &h.hdr, SC_MMSG_INDEX(k, 0), parts_at_exit, recv ? o.len : UINT64_MAX, -1);
		show_struct_next(c);
		show_field(c, "msg_len");
		show_uint(c, o.len);
		show_struct_end(c);
	}
	show_array_end(c);
}

/* sendmsg(3, {msg_name=NULL, msg_namelen=0, msg_iov=[...], ...}, 0): the
 * message read at entry. */
static void msghdr_in(show_call *c, unsigned arg)
{
	struct k_msghdr m;
	if (show_fetch_or_addr(c, arg, 0, 0, &m, sizeof(m)) == 0)
		print_msghdr(c, &m, 0, 0, UINT64_MAX, -1);
}

/* recvmsg(5, {msg_name=NULL, ..., msg_iov=[{iov_base="hel", ...}], ...}, 0) = 5:
 * the message as the kernel left it, with the name length it rewrote. */
static void msghdr_out(show_call *c, unsigned arg)
{
	struct k_msghdr m, in;
	if (show_errno(c) || show_fetch(c, arg, 0, 1, &m, sizeof(m)) < 0) {
		show_addr(c, show_arg(c, arg));
		return;
	}
	int64_t entry_namelen = -1;
	if (show_fetch(c, arg, 0, 0, &in, sizeof(in)) == 0)
		entry_namelen = in.namelen;
	int64_t r = show_retval(c);
	print_msghdr(c, &m, 0, 1, r > 0 ? (uint64_t)r : 0, entry_namelen);
}

/* sendmmsg(3, [{msg_hdr={...}, msg_len=1}, ...], 2, 0) = 2: the RET
 * messages sent, their parts as read at entry. */
static void mmsg_sent(show_call *c, unsigned arg)
{
	int64_t r = show_retval(c);
	if (show_errno(c) || r <= 0)
		show_addr(c, show_arg(c, arg));
	else
		print_mmsgvec(c, (size_t)r, 0, 0);
}

/* recvmmsg(4, [{msg_hdr={...}, msg_len=1}, ...], 2, MSG_DONTWAIT, NULL) = 2 */
static void mmsg_received(show_call *c, unsigned arg)
{
	int64_t r = show_retval(c);
	if (show_errno(c) || r <= 0)
		show_addr(c, show_arg(c, arg));
	else
		print_mmsgvec(c, (size_t)r, 1, 1);
}

/* recvmmsg's timeout, in and out for the kernel: strace prints what the
 * caller passed. */
static void timeout_in(show_call *c, unsigned arg)
{
	dec_timespec_arg(c, arg, 0);
}

/* ---- socket options ------------------------------------------------------------------ */

enum { SOL_SOCKET_ = 1, SOL_IP_ = 0, SOL_TCP_ = 6, SOL_UDP_ = 17, SOL_IPV6_ = 41 };
enum { SO_ERROR_ = 4, SO_LINGER_ = 13, SO_PEERCRED_ = 17, SO_ATTACH_FILTER_ = 26,
       SO_ATTACH_REUSEPORT_CBPF_ = 51 };

/* A name from the level's table, else from its set- or get-only table
 * (strace's printxvals over both). */
static void sockopt_name2(show_call *c, const struct xlat *x, const struct xlat *y, uint32_t name,
			  const char *dflt)
{
	if (!xlat_name(x, name) && xlat_name(y, name))
		x = y;
	dec_enum(c, x, name, dflt);
}

/* The option name by level (strace's sockopt tables). */
static void sockopt_name(show_call *c, uint32_t level, uint32_t name, int is_set)
{
	switch (level) {
	case SOL_SOCKET_:
		sockopt_name2(c, &xlat_sock_options, is_set ? &xlat_sock_setsockopt : &xlat_sock_getsockopt,
			      name, "SO_???");
		break;
	case SOL_IP_:
		sockopt_name2(c, &xlat_sock_ip_options,
			      is_set ? &xlat_sock_ip_setsockopt : &xlat_sock_ip_getsockopt, name, "IP_???");
		break;
	case SOL_IPV6_:
		sockopt_name2(c, &xlat_sock_ipv6_options,
			      is_set ? &xlat_sock_ipv6_setsockopt : &xlat_sock_ipv6_getsockopt, name,
			      "IPV6_???");
		break;
	case SOL_TCP_:
		dec_enum(c, &xlat_sock_tcp_options, name, "TCP_???");
		break;
	case SOL_UDP_:
		dec_enum(c, &xlat_sock_udp_options, name, "UDP_???");
		break;
	case 270: /* SOL_NETLINK */
		dec_enum(c, &xlat_sock_netlink_options, name, "NETLINK_???");
		break;
	default:
		show_uint(c, name);
		break;
	}
}

static void sockopt_head(show_call *c, int is_set)
{
	show_fd(c, (int32_t)show_arg(c, 0));
	show_arg_next(c);
	dec_enum(c, &xlat_socketlayers, (uint32_t)show_arg(c, 1), "SOL_??");
	show_arg_next(c);
	sockopt_name(c, (uint32_t)show_arg(c, 1), (uint32_t)show_arg(c, 2), is_set);
	show_arg_next(c);
}

enum { IP_ADD_MEMBERSHIP_ = 35, IP_DROP_MEMBERSHIP_ = 36, IPV6_ADD_MEMBERSHIP_ = 20,
       IPV6_DROP_MEMBERSHIP_ = 21 };

/* Multicast group requests (strace's print_mreq, print_mreq6): a struct
 * ip_mreq {imr_multiaddr=..., imr_interface=...} or ipv6_mreq; 0 when the
 * option is not one of them or the value is too short. */
static int sockopt_mreq(show_call *c, uint32_t level, uint32_t name, const uint8_t *p, size_t len)
{
	if (level == SOL_IP_ && (name == IP_ADD_MEMBERSHIP_ || name == IP_DROP_MEMBERSHIP_) && len >= 8) {
		show_struct_begin(c);
		show_field(c, "imr_multiaddr");
		in_addr_at(c, p);
		show_struct_next(c);
		show_field(c, "imr_interface");
		in_addr_at(c, p + 4);
		show_struct_end(c);
		return 1;
	}
	if (level == SOL_IPV6_ && (name == IPV6_ADD_MEMBERSHIP_ || name == IPV6_DROP_MEMBERSHIP_) &&
	    len >= 20) {
		uint32_t ifindex;
		memcpy(&ifindex, p + 16, 4);
		show_struct_begin(c);
		dec_inet_field(c, AF_INET6, p, "ipv6mr_multiaddr");
		show_struct_next(c);
		show_field(c, "ipv6mr_interface");
		dec_ifindex(c, ifindex);
		show_struct_end(c);
		return 1;
	}
	return 0;
}

/* An option value of LEN bytes: {l_onoff=1, l_linger=0}, {pid=, uid=, gid=},
 * [N] for an int, else the bytes. */
static void sockopt_value(show_call *c, unsigned arg, int at_exit, uint32_t level,
			  uint32_t name, size_t len)
{
	const struct replay_blob *b = show_blob(c, arg, 0, at_exit);
	if (!show_arg(c, arg) || !b || b->read_errno || !b->data || (at_exit && show_errno(c))) {
		show_addr(c, show_arg(c, arg));
		return;
	}
	if (len > b->len)
		len = b->len;
	const uint8_t *p = b->data;
	int is_fprog = level == SOL_SOCKET_ &&
		       (name == SO_ATTACH_FILTER_ || name == SO_ATTACH_REUSEPORT_CBPF_);
	if (!at_exit && sockopt_mreq(c, level, name, p, len)) {
		/* printed */
	} else if (is_fprog && !at_exit) {
		/* strace decodes the program only when optlen is exactly
		 * sizeof(struct sock_fprog) */
		if (len == DEC_SOCK_FPROG_SIZE)
			dec_sock_fprog(c, p);
		else
			show_addr(c, show_arg(c, arg));
	} else if (level == SOL_SOCKET_ && name == SO_LINGER_ && len >= 8) {
		int32_t l[2];
		memcpy(l, p, 8);
		show_struct_begin(c);
		show_field(c, "l_onoff");
		show_int(c, l[0]);
		show_struct_next(c);
		show_field(c, "l_linger");
		show_int(c, l[1]);
		show_struct_end(c);
	} else if (level == SOL_SOCKET_ && name == SO_PEERCRED_ && len >= 12) {
		int32_t cr[3];
		memcpy(cr, p, 12);
		show_struct_begin(c);
		show_field(c, "pid");
		show_int(c, cr[0]);
		show_struct_next(c);
		show_field(c, "uid");
		show_uint(c, (uint32_t)cr[1]);
		show_struct_next(c);
		show_field(c, "gid");
		show_uint(c, (uint32_t)cr[2]);
		show_struct_end(c);
	} else if (len == 4) {
		int32_t v;
		memcpy(&v, p, 4);
		show_array_begin(c);
		if (at_exit && level == SOL_SOCKET_ && name == SO_ERROR_ && v > 0 && xlat_errno_name(v))
			show_puts(c, xlat_errno_name(v));
		else
			show_int(c, v);
		show_array_end(c);
	} else {
		/* strace 6.1 prints a getsockopt value shorter than an int as
		 * \x bytes (SO_SNDBUF with [2]), longer ones as a string */
		show_quoted(c, p, len, at_exit && len < 4 ? SHOW_Q_HEX : 0);
	}
}

/* setsockopt(3, SOL_SOCKET, SO_REUSEADDR, [1], 4) */
static int dec_setsockopt(show_call *c)
{
	sockopt_head(c, 1);
	sockopt_value(c, 3, 0, (uint32_t)show_arg(c, 1), (uint32_t)show_arg(c, 2),
		      (size_t)(uint32_t)show_arg(c, 4));
	show_arg_next(c);
	show_int(c, (int32_t)show_arg(c, 4));
	return SHOW_DECODED;
}

/* getsockopt(4, SOL_SOCKET, SO_ERROR, [0], [4]) */
static int dec_getsockopt(show_call *c)
{
	if (show_entering(c)) {
		sockopt_head(c, 0);
		return 0;
	}
	int32_t out = 0;
	size_t len = 0;
	if (!show_errno(c) && show_fetch(c, 4, 0, 1, &out, sizeof(out)) == 0 && out > 0)
		len = (size_t)out;
	if (!show_errno(c) && len == 0)
		show_addr(c, show_arg(c, 3));
	else
		sockopt_value(c, 3, 1, (uint32_t)show_arg(c, 1), (uint32_t)show_arg(c, 2), len);
	show_arg_next(c);
	socklen_arg(c, 4);
	return 0;
}

#define A_FAMILY SHOW_A_ENUM(xlat_addrfams, "AF_???")
#define A_SOCK_TYPE SHOW_A_PRINT(sock_type_arg)
#define A_SOCK_PROTOCOL SHOW_A_PRINT(sock_protocol_arg)
#define A_SOCKADDR_IN SHOW_A_PRINT(sockaddr_in_arg)
#define A_SOCKADDR_OUT SHOW_A_PRINT(sockaddr_out_arg)
#define A_SOCKLEN SHOW_A_PRINT(socklen_print)
#define A_MSG_FLAGS SHOW_A_FLAGS(xlat_msg_flags, "MSG_???")

/* The socket options decode a value whose shape depends on the level and
 * the name; the others are typed arguments in a row:
 * socket(AF_INET, SOCK_STREAM|SOCK_CLOEXEC, IPPROTO_TCP) = 3,
 * bind(3, {sa_family=AF_INET, ...}, 16), getsockname(3, {...}, [16]),
 * accept4(3, {...}, [16], SOCK_CLOEXEC) = 5, shutdown(4, SHUT_WR),
 * recvfrom(5, "ping", 64, 0, {...}, [110 => 24]) = 4 ... */
const struct show_decoder show_decoders_net[] = {
	{ "setsockopt", .decode = dec_setsockopt },
	{ "getsockopt", .decode = dec_getsockopt },
	{ "socket", .args = SHOW_ARGS(A_FAMILY, A_SOCK_TYPE, A_SOCK_PROTOCOL), .rv = SHOW_RV_FD },
	{ "socketpair", .args = SHOW_ARGS(A_FAMILY, A_SOCK_TYPE, A_SOCK_PROTOCOL, DEC_A_FD_PAIR) },
	{ "bind", .args = SHOW_ARGS(SHOW_A_FD, A_SOCKADDR_IN, SHOW_A_UINT) },
	{ "connect", .args = SHOW_ARGS(SHOW_A_FD, A_SOCKADDR_IN, SHOW_A_UINT) },
	{ "listen", .args = SHOW_ARGS(SHOW_A_FD, SHOW_A_INT) },
	{ "accept", .args = SHOW_ARGS(SHOW_A_FD, A_SOCKADDR_OUT, A_SOCKLEN) },
	{ "accept4", .args = SHOW_ARGS(SHOW_A_FD, A_SOCKADDR_OUT, A_SOCKLEN,
				       SHOW_A_FLAGS(xlat_sock_type_flags, "SOCK_???")) },
	{ "getsockname", .args = SHOW_ARGS(SHOW_A_FD, A_SOCKADDR_OUT, A_SOCKLEN) },
	{ "getpeername", .args = SHOW_ARGS(SHOW_A_FD, A_SOCKADDR_OUT, A_SOCKLEN) },
	{ "shutdown", .args = SHOW_ARGS(SHOW_A_FD, SHOW_A_ENUM(xlat_shutdown_modes, "SHUT_???")) },
	{ "sendto", .args = SHOW_ARGS(SHOW_A_FD, SHOW_A_PRINT(sock_buf_in), SHOW_A_ULONG, A_MSG_FLAGS,
				      A_SOCKADDR_IN, SHOW_A_UINT) },
	{ "recvfrom", .args = SHOW_ARGS(SHOW_A_FD, SHOW_A_PRINT(sock_buf_out), SHOW_A_ULONG, A_MSG_FLAGS,
					A_SOCKADDR_OUT, A_SOCKLEN) },
	{ "sendmsg", .args = SHOW_ARGS(SHOW_A_FD, SHOW_A_PRINT(msghdr_in), A_MSG_FLAGS) },
	{ "recvmsg", .args = SHOW_ARGS(SHOW_A_FD, SHOW_A_PRINT(msghdr_out), A_MSG_FLAGS) },
	{ "sendmmsg", .args = SHOW_ARGS(SHOW_A_FD, SHOW_A_PRINT(mmsg_sent), SHOW_A_UINT, A_MSG_FLAGS) },
	{ "recvmmsg", .args = SHOW_ARGS(SHOW_A_FD, SHOW_A_PRINT(mmsg_received), SHOW_A_UINT, A_MSG_FLAGS,
					SHOW_A_PRINT(timeout_in)) },
	{ 0 },
};

/*
 * decode_sockdiag — NETLINK_SOCK_DIAG's SOCK_DIAG_BY_FAMILY messages (ss),
 * as strace 6.1's netlink_sock_diag.c prints them: the requests
 * (inet_diag_req_v2, unix_diag_req) and the replies (inet_diag_msg,
 * unix_diag_msg) with the attributes printed here; the other families
 * (netlink, packet, smc, xdp) are left to the caller. The framing is
 * decode_netlink.h's.
 */
#include <arpa/inet.h>
#include <string.h>

#include "decode_netlink.h"

#define SOCK_DIAG_BY_FAMILY_ 20
#define AF_UNIX_ 1
#define INET_DIAG_REQ_V2_SIZE_ 56u
#define INET_DIAG_MSG_SIZE_ 72u
#define UNIX_DIAG_REQ_SIZE_ 24u
#define UNIX_DIAG_MSG_SIZE_ 16u

enum { K_SOCKOPT = NL_K_PROTO, K_RQLEN };

/* struct inet_diag_sockopt's one-bit fields, in order: strace prints those set. */
static const char *const sockopt_bits[] = {
	"recverr", "is_icsk", "freebind", "hdrincl", "mc_loop", "transparent", "mc_all",
	"nodefrag", "bind_address_no_port", "recverr_rfc4884", "defer_connect",
};

/* {is_icsk=1, mc_loop=1, mc_all=1} */
static void diag_sockopt(show_call *c, const uint8_t *p)
{
	uint16_t bits = (uint16_t)(p[0] | p[1] << 8);
	int first = 1;
	show_struct_begin(c);
	for (unsigned i = 0; i < sizeof sockopt_bits / sizeof sockopt_bits[0]; i++) {
		if (!(bits & (1u << i)))
			continue;
		if (!first)
			show_struct_next(c);
		first = 0;
		show_field(c, sockopt_bits[i]);
		show_uint(c, 1);
	}
	show_struct_end(c);
}

static int diag_value(show_call *c, unsigned kind, uint8_t family, const uint8_t *p, size_t len)
{
	(void)family;
	if (kind == K_SOCKOPT && len >= 2) {
		diag_sockopt(c, p);
		return 1;
	}
	static const char *const rqlen[] = { "udiag_rqueue", "udiag_wqueue" };
	if (kind == K_RQLEN && len >= 8) {
		nl_uint_struct(c, rqlen, 2, p, 4);
		return 1;
	}
	return 0;
}

/* INET_DIAG_*: INFO (tcp_info) is bytes to strace 6.1; NONE: meminfo,
 * vegas/dctcp/bbr info, skmeminfo, protocol, locals, peers, md5sig, ulp
 * info, bpf storages. */
static const uint8_t inet_kinds[23] = {
	[1] = NL_K_NONE, [3] = NL_K_NONE, [4] = NL_K_STR, [5] = NL_K_U8, [6] = NL_K_U8,
	[7] = NL_K_NONE, [8] = NL_K_U8, [9] = NL_K_NONE, [10] = NL_K_NONE, [11] = NL_K_U8,
	[12] = NL_K_NONE, [13] = NL_K_NONE, [15] = NL_K_U32, [16] = NL_K_NONE, [17] = NL_K_U32,
	[18] = NL_K_NONE, [19] = NL_K_NONE, [20] = NL_K_NONE, [21] = NL_K_U64, [22] = K_SOCKOPT,
};
static const struct nl_attrs inet_attrs = {
	&xlat_inet_diag_attrs, "INET_DIAG_???", inet_kinds, sizeof inet_kinds, NL_K_HEX, diag_value
};

/* UNIX_DIAG_*; NONE: name, vfs, icons, meminfo. */
static const uint8_t unix_kinds[8] = {
	[0] = NL_K_NONE, [1] = NL_K_NONE, [2] = NL_K_U32, [3] = NL_K_NONE, [4] = K_RQLEN,
	[5] = NL_K_NONE, [6] = NL_K_U8, [7] = NL_K_U32,
};
static const struct nl_attrs unix_attrs = {
	&xlat_unix_diag_attrs, "UNIX_DIAG_???", unix_kinds, sizeof unix_kinds, NL_K_HEX, diag_value
};

/* [C0, C1]: a socket cookie */
static void cookie(show_call *c, const char *name, const uint8_t *p)
{
	uint32_t v[2];
	memcpy(v, p, sizeof v);
	dec_next_field(c, name);
	show_array_begin(c);
	show_uint(c, v[0]);
	show_array_next(c);
	show_uint(c, v[1]);
	show_array_end(c);
}

/* struct inet_diag_sockid: {idiag_sport=htons(0), idiag_dport=htons(0),
 * idiag_src=inet_addr("0.0.0.0"), idiag_dst=..., idiag_if=0, idiag_cookie=[0, 0]} */
static void sockid(show_call *c, uint8_t family, const uint8_t *p)
{
	uint32_t ifindex;
	memcpy(&ifindex, p + 36, 4);
	dec_next_field(c, "id");
	show_struct_begin(c);
	dec_port_field(c, "idiag_sport", p);
	show_struct_next(c);
	dec_port_field(c, "idiag_dport", p + 2);
	show_struct_next(c);
	dec_inet_field(c, family, p + 4, "idiag_src");
	show_struct_next(c);
	dec_inet_field(c, family, p + 20, "idiag_dst");
	dec_next_field(c, "idiag_if");
	dec_ifindex(c, ifindex);
	cookie(c, "idiag_cookie", p + 40);
	show_struct_end(c);
}

/* {sdiag_family=AF_INET, sdiag_protocol=IPPROTO_TCP, idiag_ext=0,
 *  idiag_states=1<<TCP_ESTABLISHED|..., id={...}} */
static void inet_req(show_call *c, const uint8_t *p)
{
	uint32_t states;
	memcpy(&states, p + 4, 4);
	show_field(c, "sdiag_protocol");
	dec_enum(c, &xlat_inet_protocols, p[1], "IPPROTO_???");
	dec_next_field(c, "idiag_ext");
	dec_flags(c, &xlat_inet_diag_ext, p[2], "1<<INET_DIAG_\?\?\?-1");
	dec_next_field(c, "idiag_states");
	dec_flags(c, &xlat_tcp_state_flags, states, "1<<TCP_???");
	sockid(c, p[0], p + 8);
	show_struct_end(c);
}

/* {idiag_family=AF_INET, idiag_state=TCP_LISTEN, idiag_timer=0,
 *  idiag_retrans=0, id={...}, idiag_expires=0, idiag_rqueue=0,
 *  idiag_wqueue=128, idiag_uid=0, idiag_inode=582} */
static void inet_msg(show_call *c, const uint8_t *p)
{
	static const char *const names[] = { "idiag_expires", "idiag_rqueue", "idiag_wqueue",
					     "idiag_uid", "idiag_inode" };
	show_field(c, "idiag_state");
	dec_enum(c, &xlat_tcp_states, p[1], "TCP_???");
	dec_field_u(c, "idiag_timer", p[2]);
	dec_field_u(c, "idiag_retrans", p[3]);
	sockid(c, p[0], p + 4);
	nl_uint_fields(c, names, 5, p + 52, 4);
	show_struct_end(c);
}

/* {sdiag_family=AF_UNIX, sdiag_protocol=0, udiag_states=..., udiag_ino=0,
 *  udiag_show=UDIAG_SHOW_NAME|..., udiag_cookie=[0, 0]} */
static void unix_req(show_call *c, const uint8_t *p)
{
	uint32_t states, ino, show;
	memcpy(&states, p + 4, 4);
	memcpy(&ino, p + 8, 4);
	memcpy(&show, p + 12, 4);
	show_field(c, "sdiag_protocol");
	show_uint(c, p[1]);
	dec_next_field(c, "udiag_states");
	dec_flags(c, &xlat_tcp_state_flags, states, "1<<TCP_???");
	dec_field_u(c, "udiag_ino", ino);
	dec_next_field(c, "udiag_show");
	dec_flags(c, &xlat_udiag_show, show, "UDIAG_SHOW_???");
	cookie(c, "udiag_cookie", p + 16);
	show_struct_end(c);
}

/* {udiag_family=AF_UNIX, udiag_type=SOCK_STREAM, udiag_state=TCP_ESTABLISHED,
 *  udiag_ino=579, udiag_cookie=[298, 0]} */
static void unix_msg(show_call *c, const uint8_t *p)
{
	uint32_t ino;
	memcpy(&ino, p + 4, 4);
	show_field(c, "udiag_type");
	dec_enum(c, &xlat_socktypes, p[1], "SOCK_???");
	dec_next_field(c, "udiag_state");
	dec_enum(c, &xlat_tcp_states, p[2], "TCP_???");
	dec_field_u(c, "udiag_ino", ino);
	cookie(c, "udiag_cookie", p + 8);
	show_struct_end(c);
}

/* What a message is: by its family and whether it is a request. */
static const struct diag_kind {
	int unix_family, request;
	const char *family_field;
	size_t size;
	void (*print)(show_call *c, const uint8_t *p);
	const struct nl_attrs *attrs; /* NULL: none may follow */
} kinds[] = {
	{ 0, 1, "sdiag_family", INET_DIAG_REQ_V2_SIZE_, inet_req, NULL },
	{ 0, 0, "idiag_family", INET_DIAG_MSG_SIZE_, inet_msg, &inet_attrs },
	{ 1, 1, "sdiag_family", UNIX_DIAG_REQ_SIZE_, unix_req, NULL },
	{ 1, 0, "udiag_family", UNIX_DIAG_MSG_SIZE_, unix_msg, &unix_attrs },
};

static const struct diag_kind *kind_of(const struct nl_hdr *h, const uint8_t *p, size_t len)
{
	if (h->type != SOCK_DIAG_BY_FAMILY_ || len < 1)
		return NULL;
	int is_unix = p[0] == AF_UNIX_, request = (h->flags & NL_F_REQUEST) != 0;
	if (!is_unix && p[0] != AF_INET && p[0] != AF_INET6)
		return NULL;
	for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
		if (kinds[i].unix_family == is_unix && kinds[i].request == request)
			return &kinds[i];
	return NULL;
}

static int diag_known(show_call *c, const struct nl_hdr *h, const uint8_t *p, size_t len)
{
	const struct diag_kind *k = kind_of(h, p, len);
	if (!k || len < k->size)
		return 0;
	return k->attrs ? nl_msg_known(c, k->attrs, p, len, k->size) : len == k->size;
}

static void diag_print(show_call *c, const struct nl_hdr *h, const uint8_t *p, size_t len)
{
	const struct diag_kind *k = kind_of(h, p, len);
	nl_family_head(c, k->family_field, p, len, k->size);
	k->print(c, p);
	if (k->attrs && len > k->size) {
		show_array_next(c);
		nl_print_attrs(c, k->attrs, p[0], p + k->size, len - k->size);
	}
}

/* Every sock_diag message takes the get-request flags (NLM_F_DUMP). */
static const struct xlat *diag_kind_flags(uint16_t type)
{
	(void)type;
	return &xlat_netlink_get_flags;
}

const struct nl_proto nl_proto_sock_diag = {
	&xlat_nl_sock_diag_types, "SOCK_DIAG_???", diag_kind_flags, diag_known, diag_print,
};

/*
 * decode_netlink — the messages in a NETLINK_ROUTE socket's buffers, as
 * strace 6.1 prints them (netlink.c, netlink_route.c, rtnl_addr.c,
 * rtnl_route.c, nlattr.c): `[{nlmsg_len=24, nlmsg_type=RTM_GETADDR, ...}, {ifa_family=...}]`,
 * several messages as an array of those, attributes as
 * `[{nla_len=8, nla_type=IFA_ADDRESS}, inet_addr("127.0.0.1")]`.
 *
 * Only what is decoded in full is printed this way: the address messages
 * (RTM_NEWADDR ... RTM_GETADDR) with their attributes, route messages
 * (RTM_NEWROUTE ... RTM_GETROUTE) and link messages (RTM_NEWLINK ...
 * RTM_SETLINK) whose printed attributes are among those of rta_kinds and
 * ifla_kinds (addresses, names, numbers, counters; not the nested ones,
 * which -v prints), NLMSG_DONE and NLMSG_ERROR with the request it answers.
 * Only the attributes strace prints count: the first -s of a message's
 * (all with -v). A buffer holding anything else, or not captured whole
 * (the recorder keeps -s bytes of a socket buffer), is left to the caller,
 * which prints it as a string.
 */
#include <arpa/inet.h>
#include <stdio.h>
#include <string.h>

#include "decode_common.h"

#define NETLINK_ROUTE_ 0
#define AF_NETLINK_ 16
#define NLMSG_HDRLEN_ 16u
#define NLA_HDRLEN_ 4u
#define NLMSG_ERROR_ 2
#define NLMSG_DONE_ 3
#define NLM_F_CAPPED_ 0x100
#define RTM_NEWADDR_ 20
#define RTM_GETADDR_ 22
#define IFADDRMSG_SIZE_ 8u
#define NLA_F_NESTED_ 0x8000
#define NLA_F_NET_BYTEORDER_ 0x4000
#define NLA_TYPE_MASK_ 0x3fff

struct k_nlmsghdr {
	uint32_t len;
	uint16_t type, flags;
	uint32_t seq, pid;
};

static uint32_t align4(uint32_t v)
{
	return (v + 3) & ~3u;
}

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

/* strace's decode_nlmsg_flags for NETLINK_ROUTE (printflags_ex over two
 * tables): the common flags, then those of the request kind the type's low
 * bits say (new, get; acknowledgements for NLMSG_ERROR), the rest in hex. */
static void nlmsg_flags(show_call *c, uint16_t flags, uint16_t type)
{
	const struct xlat *kind = NULL;
	if (type >= 16 && (type & 3) == 0)
		kind = &xlat_netlink_new_flags;
	else if (type >= 16 && (type & 3) == 2)
		kind = &xlat_netlink_get_flags;
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

static void nlmsghdr(show_call *c, const struct k_nlmsghdr *h)
{
	show_struct_begin(c);
	show_field(c, "nlmsg_len");
	show_uint(c, h->len);
	show_struct_next(c);
	show_field(c, "nlmsg_type");
	const struct xlat *x = h->type < 16 ? &xlat_netlink_types : &xlat_nl_route_types;
	dec_enum(c, x, h->type, h->type < 16 ? "NLMSG_???" : "RTM_???");
	show_struct_next(c);
	show_field(c, "nlmsg_flags");
	nlmsg_flags(c, h->flags, h->type);
	show_struct_next(c);
	show_field(c, "nlmsg_seq");
	show_uint(c, h->seq);
	show_struct_next(c);
	show_field(c, "nlmsg_pid");
	show_int(c, (int32_t)h->pid);
	show_struct_end(c);
}

/* ---- RTM_*ADDR ------------------------------------------------------------ */

enum { IFA_ADDRESS_ = 1, IFA_LOCAL_ = 2, IFA_LABEL_ = 3, IFA_BROADCAST_ = 4, IFA_ANYCAST_ = 5,
       IFA_CACHEINFO_ = 6, IFA_MULTICAST_ = 7, IFA_FLAGS_ = 8, IFA_RT_PRIORITY_ = 9 };

static void inet_address(show_call *c, uint8_t family, const uint8_t *p, size_t len)
{
	char a[INET6_ADDRSTRLEN], text[INET6_ADDRSTRLEN + 32];
	if (family == 2 && len >= 4) {
		inet_ntop(AF_INET, p, a, sizeof(a));
		snprintf(text, sizeof text, "inet_addr(\"%s\")", a);
	} else if (family == 10 && len >= 16) {
		inet_ntop(AF_INET6, p, a, sizeof(a));
		snprintf(text, sizeof text, "inet_pton(AF_INET6, \"%s\")", a);
	} else {
		show_quoted(c, p, len, SHOW_Q_HEX);
		return;
	}
	show_str_as(c, a, text);
}

/* One attribute's value; 0 when strace has no decoder for it (hex bytes). */
static int ifa_attr_value(show_call *c, uint16_t type, uint8_t family, const uint8_t *p, size_t len)
{
	uint32_t v[4];
	switch (type) {
	case IFA_ADDRESS_:
	case IFA_LOCAL_:
	case IFA_BROADCAST_:
	case IFA_ANYCAST_:
	case IFA_MULTICAST_:
		inet_address(c, family, p, len);
		return 1;
	case IFA_LABEL_:
		show_quoted(c, p, len, SHOW_Q_NUL_TERM);
		return 1;
	case IFA_FLAGS_:
		if (len < 4)
			return 0;
		memcpy(v, p, 4);
		dec_flags(c, &xlat_ifaddrflags, v[0], "IFA_F_???");
		return 1;
	case IFA_RT_PRIORITY_:
		if (len < 4)
			return 0;
		memcpy(v, p, 4);
		show_uint(c, v[0]);
		return 1;
	case IFA_CACHEINFO_: {
		if (len < 16)
			return 0;
		static const char *const names[] = { "ifa_prefered", "ifa_valid", "cstamp", "tstamp" };
		memcpy(v, p, 16);
		show_struct_begin(c);
		for (unsigned i = 0; i < 4; i++) {
			if (i)
				show_struct_next(c);
			show_field(c, names[i]);
			show_uint(c, v[i]);
		}
		show_struct_end(c);
		return 1;
	}
	default:
		return 0;
	}
}

/* strace's decode_nlattr: one attribute alone, several as an array; VALUE
 * prints a value or returns 0 for strace's hex bytes. */
typedef int (*attr_value_fn)(show_call *c, uint16_t type, uint8_t family, const uint8_t *p, size_t len);

static void nl_attrs(show_call *c, const struct xlat *names, const char *dflt, attr_value_fn value,
		     uint8_t family, const uint8_t *p, size_t len)
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
		xlat_format_enum(buf + k, sizeof(buf) - k, names, nla_type & NLA_TYPE_MASK_, dflt,
				 XLAT_FMT_X);
		show_enum_text(c, buf);
		show_struct_end(c);
		if (l > NLA_HDRLEN_) {
			show_array_next(c);
			if (!value(c, nla_type & NLA_TYPE_MASK_, family, p + NLA_HDRLEN_, l - NLA_HDRLEN_))
				show_quoted(c, p + NLA_HDRLEN_, l - NLA_HDRLEN_, SHOW_Q_HEX);
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

/* "{FIELD=AF_INET, " — the family every rtnetlink message starts with; a
 * message shorter than its struct (SIZE) ends there with "...}" (strace's
 * tprint_more_data_is_truncated) and 0 is returned. */
static int family_head(show_call *c, const char *field, const uint8_t *p, size_t len, size_t size)
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

/* {ifa_family=AF_INET, ifa_prefixlen=8, ifa_flags=IFA_F_PERMANENT,
 *  ifa_scope=RT_SCOPE_HOST, ifa_index=if_nametoindex("lo")}, then the
 *  attributes. */
static void ifaddrmsg(show_call *c, const uint8_t *p, size_t len)
{
	if (!family_head(c, "ifa_family", p, len, IFADDRMSG_SIZE_))
		return;
	uint32_t index;
	memcpy(&index, p + 4, 4);
	show_field(c, "ifa_prefixlen");
	show_uint(c, p[1]);
	show_struct_next(c);
	show_field(c, "ifa_flags");
	dec_flags(c, &xlat_ifaddrflags, p[2], "IFA_F_???");
	show_struct_next(c);
	show_field(c, "ifa_scope");
	dec_enum(c, &xlat_routing_scopes, p[3], NULL);
	show_struct_next(c);
	show_field(c, "ifa_index");
	dec_ifindex(c, index);
	show_struct_end(c);
	if (len > IFADDRMSG_SIZE_) {
		show_array_next(c);
		nl_attrs(c, &xlat_rtnl_addr_attrs, "IFA_???", ifa_attr_value, p[0], p + IFADDRMSG_SIZE_,
			 len - IFADDRMSG_SIZE_);
	}
}

/* ---- RTM_*LINK ------------------------------------------------------------------- */

#define RTM_NEWLINK_ 16
#define RTM_SETLINK_ 19
#define IFINFOMSG_SIZE_ 16u

enum ifla_kind { IFLA_K_NONE, IFLA_K_HEX, IFLA_K_STR, IFLA_K_U8, IFLA_K_U32, IFLA_K_S32,
		 IFLA_K_HWADDR, IFLA_K_STATS, IFLA_K_STATS64, IFLA_K_MAP, IFLA_K_EXT_MASK };

/* How strace 6.1's rtnl_link.c prints each IFLA_* attribute (HEX: it has no
 * decoder, or none of its own, and prints the bytes); NONE: one it decodes
 * and this module does not (protinfo, linkinfo, af_spec, xdp, event,
 * prop_list, port_self, proto_down_reason, net_ns_fd, new_ifindex), which
 * leaves a message holding it to the caller. Types past the table are
 * strace's IFLA_??? in hex. */
static const uint8_t ifla_kinds[62] = {
	[0] = IFLA_K_HEX, [1] = IFLA_K_HWADDR, [2] = IFLA_K_HWADDR, [3] = IFLA_K_STR,
	[4] = IFLA_K_U32, [5] = IFLA_K_U32, [6] = IFLA_K_STR, [7] = IFLA_K_STATS,
	[8] = IFLA_K_HEX, [9] = IFLA_K_HEX, [10] = IFLA_K_U32, [11] = IFLA_K_HEX,
	[13] = IFLA_K_U32, [14] = IFLA_K_MAP, [15] = IFLA_K_U32, [16] = IFLA_K_U8,
	[17] = IFLA_K_U8, [19] = IFLA_K_U32, [20] = IFLA_K_STR, [21] = IFLA_K_U32,
	[22] = IFLA_K_HEX, [23] = IFLA_K_STATS64, [24] = IFLA_K_HEX, [27] = IFLA_K_U32,
	[29] = IFLA_K_EXT_MASK, [30] = IFLA_K_U32, [31] = IFLA_K_U32, [32] = IFLA_K_U32,
	[33] = IFLA_K_U8, [34] = IFLA_K_HEX, [35] = IFLA_K_U32, [36] = IFLA_K_HEX,
	[37] = IFLA_K_S32, [38] = IFLA_K_STR, [39] = IFLA_K_U8, [40] = IFLA_K_U32,
	[41] = IFLA_K_U32, [42] = IFLA_K_HEX, [45] = IFLA_K_S32, [46] = IFLA_K_S32,
	[47] = IFLA_K_U32, [48] = IFLA_K_U32, [50] = IFLA_K_U32, [51] = IFLA_K_U32,
	[53] = IFLA_K_STR, [54] = IFLA_K_HWADDR, [56] = IFLA_K_STR, [57] = IFLA_K_STR,
	[58] = IFLA_K_U32, [59] = IFLA_K_U32, [60] = IFLA_K_U32, [61] = IFLA_K_U32,
};

static enum ifla_kind ifla_kind(uint16_t type)
{
	return type < sizeof ifla_kinds ? (enum ifla_kind)ifla_kinds[type] : IFLA_K_HEX;
}

static int ifla_known(uint16_t type)
{
	return ifla_kind(type) != IFLA_K_NONE;
}

/* struct rtnl_link_stats64's fields, and rtnl_link_stats's (u32) but the last. */
static const char *const link_stats_names[] = {
	"rx_packets", "tx_packets", "rx_bytes", "tx_bytes", "rx_errors", "tx_errors",
	"rx_dropped", "tx_dropped", "multicast", "collisions", "rx_length_errors",
	"rx_over_errors", "rx_crc_errors", "rx_frame_errors", "rx_fifo_errors",
	"rx_missed_errors", "tx_aborted_errors", "tx_carrier_errors", "tx_fifo_errors",
	"tx_heartbeat_errors", "tx_window_errors", "rx_compressed", "tx_compressed",
	"rx_nohandler", "rx_otherhost_dropped",
};

/* {rx_packets=15710, ...}: the whole struct (FULL fields), or the older one
 * of 23 fields (to tx_compressed) when that is exactly what is there; any
 * other length is strace's hex bytes (0 returned). */
static int link_stats(show_call *c, const uint8_t *p, size_t len, size_t word, unsigned full)
{
	unsigned n = len >= full * word ? full : len == 23 * word ? 23 : 0;
	if (!n)
		return 0;
	show_struct_begin(c);
	for (unsigned i = 0; i < n; i++) {
		uint64_t v = 0;
		memcpy(&v, p + i * word, word);
		if (i)
			show_struct_next(c);
		show_field(c, link_stats_names[i]);
		show_uint(c, v);
	}
	show_struct_end(c);
	return 1;
}

/* {mem_start=0, mem_end=0, base_addr=0, irq=0, dma=0, port=0} */
static int link_ifmap(show_call *c, const uint8_t *p, size_t len)
{
	if (len < 32)
		return 0;
	uint64_t mem[3];
	uint16_t irq;
	memcpy(mem, p, sizeof mem);
	memcpy(&irq, p + 24, 2);
	show_struct_begin(c);
	show_field(c, "mem_start");
	show_hex(c, mem[0]);
	dec_next_field(c, "mem_end");
	show_hex(c, mem[1]);
	dec_next_field(c, "base_addr");
	show_hex(c, mem[2]);
	dec_field_u(c, "irq", irq);
	dec_field_u(c, "dma", p[26]);
	dec_field_u(c, "port", p[27]);
	show_struct_end(c);
	return 1;
}

/* 02:fc:00:00:00:01 (strace's print_hwaddr: unquoted) */
static int link_hwaddr(show_call *c, const uint8_t *p, size_t len)
{
	char text[3 * 32] = "";
	if (len > 32)
		return 0;
	for (size_t i = 0, n = 0; i < len; i++)
		n += (size_t)snprintf(text + n, sizeof text - n, "%s%02x", i ? ":" : "", p[i]);
	show_str_as(c, text, text);
	return 1;
}

static int ifla_value(show_call *c, uint16_t type, uint8_t family, const uint8_t *p, size_t len)
{
	(void)family;
	static const uint8_t need[] = { [IFLA_K_U8] = 1, [IFLA_K_U32] = 4, [IFLA_K_S32] = 4,
					[IFLA_K_EXT_MASK] = 4 };
	enum ifla_kind k = ifla_kind(type);
	uint32_t v = 0;
	if (k < sizeof need && len < need[k])
		return 0;
	if (k < sizeof need && need[k]) /* the numbers */
		memcpy(&v, p, need[k]);
	switch (k) {
	case IFLA_K_STR: show_quoted(c, p, len, SHOW_Q_NUL_TERM); return 1;
	case IFLA_K_U8:
	case IFLA_K_U32: show_uint(c, v); return 1;
	case IFLA_K_S32: show_int(c, (int32_t)v); return 1;
	case IFLA_K_EXT_MASK: dec_flags(c, &xlat_rtnl_ext_filter, v, "RTEXT_FILTER_???"); return 1;
	case IFLA_K_HWADDR: return link_hwaddr(c, p, len);
	case IFLA_K_STATS: return link_stats(c, p, len, 4, 24);
	case IFLA_K_STATS64: return link_stats(c, p, len, 8, 25);
	case IFLA_K_MAP: return link_ifmap(c, p, len);
	default: return 0;
	}
}

/* {ifi_family=AF_UNSPEC, ifi_type=ARPHRD_NETROM, ifi_index=0, ifi_flags=0,
 *  ifi_change=0}, or {ifi_family=AF_UNSPEC, ...} when shorter. */
static size_t ifinfomsg(show_call *c, const uint8_t *p, size_t len)
{
	if (!family_head(c, "ifi_family", p, len, IFINFOMSG_SIZE_))
		return len;
	uint16_t type;
	int32_t index;
	uint32_t flags, change;
	memcpy(&type, p + 2, 2);
	memcpy(&index, p + 4, 4);
	memcpy(&flags, p + 8, 4);
	memcpy(&change, p + 12, 4);
	show_field(c, "ifi_type");
	dec_enum(c, &xlat_arp_hardware_types, type, "ARPHRD_???");
	show_struct_next(c);
	show_field(c, "ifi_index");
	dec_ifindex(c, (uint32_t)index);
	show_struct_next(c);
	show_field(c, "ifi_flags");
	dec_flags(c, &xlat_ifflags, flags, "IFF_???");
	show_struct_next(c);
	show_field(c, "ifi_change");
	show_hex(c, change);
	show_struct_end(c);
	return IFINFOMSG_SIZE_;
}

/* ---- RTM_*ROUTE ------------------------------------------------------------- */

#define RTM_NEWROUTE_ 24
#define RTM_GETROUTE_ 26
#define RTMSG_SIZE_ 12u

enum rta_kind { RTA_K_NONE, RTA_K_ADDR, RTA_K_IFINDEX, RTA_K_U8, RTA_K_U32, RTA_K_U64,
		RTA_K_TABLE, RTA_K_CACHEINFO };

/* How strace 6.1's rtnl_route.c prints the route attributes decoded here,
 * by RTA_* type; a message with any other (metrics, multipath, encapsulation,
 * via, ports ...) is left to the caller. */
static const uint8_t rta_kinds[] = {
	[1] = RTA_K_ADDR,     /* RTA_DST */
	[2] = RTA_K_ADDR,     /* RTA_SRC */
	[3] = RTA_K_IFINDEX,  /* RTA_IIF */
	[4] = RTA_K_IFINDEX,  /* RTA_OIF */
	[5] = RTA_K_ADDR,     /* RTA_GATEWAY */
	[6] = RTA_K_U32,      /* RTA_PRIORITY */
	[7] = RTA_K_ADDR,     /* RTA_PREFSRC */
	[11] = RTA_K_U32,     /* RTA_FLOW */
	[12] = RTA_K_CACHEINFO,
	[15] = RTA_K_TABLE,
	[16] = RTA_K_U32,     /* RTA_MARK */
	[19] = RTA_K_ADDR,    /* RTA_NEWDST */
	[20] = RTA_K_U8,      /* RTA_PREF */
	[23] = RTA_K_U64,     /* RTA_EXPIRES */
	[25] = RTA_K_U32,     /* RTA_UID */
	[26] = RTA_K_U8,      /* RTA_TTL_PROPAGATE */
	[30] = RTA_K_U32,     /* RTA_NH_ID */
};

static enum rta_kind rta_kind(uint16_t type)
{
	return type < sizeof rta_kinds ? (enum rta_kind)rta_kinds[type] : RTA_K_NONE;
}

static int rta_known(uint16_t type)
{
	return rta_kind(type) != RTA_K_NONE;
}

/* {rta_clntref=2, rta_lastuse=8594, ..., rta_tsage=0} */
static void rta_cacheinfo(show_call *c, const uint8_t *p)
{
	static const char *const names[] = { "rta_clntref", "rta_lastuse", "rta_expires", "rta_error",
					     "rta_used", "rta_id", "rta_ts", "rta_tsage" };
	uint32_t v[8];
	memcpy(v, p, sizeof v);
	show_struct_begin(c);
	show_field(c, names[0]);
	show_uint(c, v[0]);
	for (unsigned i = 1; i < 8; i++)
		dec_field_u(c, names[i], v[i]);
	show_struct_end(c);
}

/* A value shorter than its kind's is strace's hex bytes (0 returned). */
static int rta_value(show_call *c, uint16_t type, uint8_t family, const uint8_t *p, size_t len)
{
	static const uint8_t need[] = { [RTA_K_U8] = 1, [RTA_K_U32] = 4, [RTA_K_U64] = 8,
					[RTA_K_IFINDEX] = 4, [RTA_K_TABLE] = 4, [RTA_K_CACHEINFO] = 32 };
	enum rta_kind k = rta_kind(type);
	uint64_t v = 0;
	if (k == RTA_K_NONE || len < need[k])
		return 0;
	if (need[k] <= sizeof v) /* the numbers; not an address or cache info */
		memcpy(&v, p, need[k]);
	switch (k) {
	case RTA_K_ADDR: inet_address(c, family, p, len); break;
	case RTA_K_IFINDEX: dec_ifindex(c, (uint32_t)v); break;
	case RTA_K_TABLE: dec_enum(c, &xlat_routing_table_ids, v, NULL); break;
	case RTA_K_CACHEINFO: rta_cacheinfo(c, p); break;
	default: show_uint(c, v); break;
	}
	return 1;
}

/* {rtm_family=AF_INET, rtm_dst_len=24, rtm_src_len=0, rtm_tos=0,
 *  rtm_table=RT_TABLE_MAIN, rtm_protocol=RTPROT_KERNEL, rtm_scope=RT_SCOPE_LINK,
 *  rtm_type=RTN_UNICAST, rtm_flags=0}, then the attributes. */
static void rtmsg(show_call *c, const uint8_t *p, size_t len)
{
	if (!family_head(c, "rtm_family", p, len, RTMSG_SIZE_))
		return;
	uint32_t flags;
	memcpy(&flags, p + 8, 4);
	show_field(c, "rtm_dst_len");
	show_uint(c, p[1]);
	dec_field_u(c, "rtm_src_len", p[2]);
	dec_next_field(c, "rtm_tos");
	dec_flags(c, &xlat_ip_tos, p[3], "IPTOS_TOS_???");
	dec_next_field(c, "rtm_table");
	dec_enum(c, &xlat_routing_table_ids, p[4], NULL);
	dec_next_field(c, "rtm_protocol");
	dec_enum(c, &xlat_routing_protocols, p[5], "RTPROT_???");
	dec_next_field(c, "rtm_scope");
	dec_enum(c, &xlat_routing_scopes, p[6], NULL);
	dec_next_field(c, "rtm_type");
	dec_enum(c, &xlat_routing_types, p[7], "RTN_???");
	dec_next_field(c, "rtm_flags");
	dec_flags(c, &xlat_route_flags, flags, "RTM_F_???");
	show_struct_end(c);
	if (len > RTMSG_SIZE_) {
		show_array_next(c);
		nl_attrs(c, &xlat_rtnl_route_attrs, "RTA_???", rta_value, p[0], p + RTMSG_SIZE_,
			 len - RTMSG_SIZE_);
	}
}

/* ---- messages --------------------------------------------------------------- */

/* Whether every attribute in P (LEN bytes) that is printed (all with -v,
 * else the first -s of them) has a value KNOWN says is printed here, or
 * none (an attribute running past the end ends the walk). */
static int attrs_known(show_call *c, const uint8_t *p, size_t len, int (*known)(uint16_t type))
{
	for (unsigned n = 0; len >= NLA_HDRLEN_; n++) {
		if (!show_verbose(c) && n == show_strsize(c))
			return 1;
		uint16_t nla_len, nla_type;
		memcpy(&nla_len, p, 2);
		memcpy(&nla_type, p + 2, 2);
		if (nla_len < NLA_HDRLEN_ || (nla_len > NLA_HDRLEN_ && !known(nla_type & NLA_TYPE_MASK_)))
			return 0;
		size_t next = align4(nla_len);
		if (next >= len)
			return 1;
		p += next;
		len -= next;
	}
	return len == 0;
}

/* A message with a fixed header of HDR bytes and attributes after it. */
static int msg_known(show_call *c, const uint8_t *p, size_t len, size_t hdr,
		     int (*known)(uint16_t type))
{
	return len <= hdr || attrs_known(c, p + hdr, len - hdr, known);
}

static int payload_known(show_call *c, const struct k_nlmsghdr *h, const uint8_t *p, size_t len);

/* The bytes of the request an error answers that strace shows: its header
 * alone when the error is capped (NLM_F_CAPPED), else the whole request. */
static size_t nlmsgerr_inner_len(const struct k_nlmsghdr *h, const struct k_nlmsghdr *inner,
				 size_t len)
{
	size_t n = (h->flags & NLM_F_CAPPED_) ? NLMSG_HDRLEN_ : inner->len;
	return n < len ? n : len;
}

/* The extended acknowledgement attributes after the request
 * (NLM_F_ACK_TLVS): strace 6.1 prints NLMSGERR_ATTR_MSG as a string,
 * _OFFS as a number, _COOKIE in hex; _POLICY and later ones are not
 * printed here. */
enum { NLMSGERR_ATTR_MSG_ = 1, NLMSGERR_ATTR_OFFS_ = 2, NLMSGERR_ATTR_COOKIE_ = 3 };

static int ack_attr_known(uint16_t type)
{
	return type <= NLMSGERR_ATTR_COOKIE_;
}

static int ack_attr_value(show_call *c, uint16_t type, uint8_t family, const uint8_t *p, size_t len)
{
	(void)family;
	uint32_t v;
	if (type == NLMSGERR_ATTR_MSG_) {
		show_quoted(c, p, len, SHOW_Q_NUL_TERM);
		return 1;
	}
	if (type == NLMSGERR_ATTR_OFFS_ && len >= 4) {
		memcpy(&v, p, 4);
		show_uint(c, v);
		return 1;
	}
	return 0;
}

/* An error whose request, and attributes after it, are printed here. */
static int nlmsgerr_known(show_call *c, const struct k_nlmsghdr *h, const uint8_t *p, size_t len)
{
	if (len < 4 + NLMSG_HDRLEN_)
		return 0;
	struct k_nlmsghdr inner;
	memcpy(&inner, p + 4, sizeof(inner));
	size_t n = nlmsgerr_inner_len(h, &inner, len - 4);
	if (n < NLMSG_HDRLEN_ ||
	    (n > NLMSG_HDRLEN_ && !payload_known(c, &inner, p + 4 + NLMSG_HDRLEN_, n - NLMSG_HDRLEN_)))
		return 0;
	return attrs_known(c, p + 4 + n, len - 4 - n, ack_attr_known);
}

/* Whether this module prints the payload of a message of TYPE, LEN bytes
 * (FLAGS: NLM_F_CAPPED for an error). */
static int payload_known(show_call *c, const struct k_nlmsghdr *h, const uint8_t *p, size_t len)
{
	if (h->type == NLMSG_DONE_)
		return len == 4;
	if (h->type == NLMSG_ERROR_)
		return nlmsgerr_known(c, h, p, len);
	if (h->type >= RTM_NEWLINK_ && h->type <= RTM_SETLINK_)
		return msg_known(c, p, len, IFINFOMSG_SIZE_, ifla_known);
	if (h->type >= RTM_NEWROUTE_ && h->type <= RTM_GETROUTE_)
		return msg_known(c, p, len, RTMSG_SIZE_, rta_known);
	return h->type >= RTM_NEWADDR_ && h->type <= RTM_GETADDR_ + 1;
}

static void message(show_call *c, const struct k_nlmsghdr *h, const uint8_t *p, size_t len);
/* {error=-ENOENT, msg={nlmsg_len=..., ...}}: a capped error holds the header
 * of the request it answers, another the whole request; attributes after it
 * make it [{error=-EEXIST, msg=[...]}, [{nla_len=35,
 * nla_type=NLMSGERR_ATTR_MSG}, "ipv4: Address already assigned"]]. */
static void nlmsgerr(show_call *c, const struct k_nlmsghdr *h, const uint8_t *p, size_t len)
{
	int32_t err;
	memcpy(&err, p, 4);
	struct k_nlmsghdr inner;
	memcpy(&inner, p + 4, sizeof(inner));
	size_t n = nlmsgerr_inner_len(h, &inner, len - 4);
	if (len - 4 > n)
		show_array_begin(c);
	show_struct_begin(c);
	show_field(c, "error");
	if (err < 0 && xlat_errno_name(-err)) {
		char text[64];
		snprintf(text, sizeof text, "-%s", xlat_errno_name(-err));
		show_uint_as(c, (uint64_t)(int64_t)err, text);
	} else {
		show_int(c, err);
	}
	show_struct_next(c);
	show_field(c, "msg");
	message(c, &inner, p + 4, n);
	show_struct_end(c);
	if (len - 4 > n) {
		show_array_next(c);
		nl_attrs(c, &xlat_nlmsgerr_attrs, "NLMSGERR_ATTR_???", ack_attr_value, 0, p + 4 + n,
			 len - 4 - n);
		show_array_end(c);
	}
}

/* strace's decode_nlmsghdr_with_payload */
static void message(show_call *c, const struct k_nlmsghdr *h, const uint8_t *p, size_t len)
{
	size_t l = h->len < len ? h->len : len;
	if (l > NLMSG_HDRLEN_)
		show_array_begin(c);
	nlmsghdr(c, h);
	if (l <= NLMSG_HDRLEN_)
		return;
	show_array_next(c);
	const uint8_t *d = p + NLMSG_HDRLEN_;
	size_t dl = l - NLMSG_HDRLEN_;
	if (h->type == NLMSG_DONE_) {
		int32_t v;
		memcpy(&v, d, 4);
		show_int(c, v);
	} else if (h->type == NLMSG_ERROR_) {
		nlmsgerr(c, h, d, dl);
	} else if (h->type >= RTM_NEWLINK_ && h->type <= RTM_SETLINK_) {
		size_t k = ifinfomsg(c, d, dl);
		if (k == IFINFOMSG_SIZE_ && dl > k) {
			show_array_next(c);
			nl_attrs(c, &xlat_rtnl_link_attrs, "IFLA_???", ifla_value, d[0], d + k, dl - k);
		}
	} else if (h->type >= RTM_NEWROUTE_ && h->type <= RTM_GETROUTE_) {
		rtmsg(c, d, dl);
	} else {
		ifaddrmsg(c, d, dl);
	}
	show_array_end(c);
}

/* Every message's header is whole and its payload one printed here. */
static int all_known(show_call *c, const uint8_t *p, size_t len)
{
	while (len >= NLMSG_HDRLEN_) {
		struct k_nlmsghdr h;
		memcpy(&h, p, sizeof(h));
		if (h.len < NLMSG_HDRLEN_)
			return 1; /* strace prints its header and stops */
		size_t l = h.len < len ? h.len : len;
		if (l > NLMSG_HDRLEN_ && !payload_known(c, &h, p + NLMSG_HDRLEN_, l - NLMSG_HDRLEN_))
			return 0;
		size_t next = align4(h.len);
		if (next >= len)
			return 1;
		p += next;
		len -= next;
	}
	return 0; /* a tail shorter than a header: strace prints it as bytes */
}

int dec_netlink_buf(show_call *c, int fd, const uint8_t *data, size_t have, uint64_t want)
{
	struct replay_fd rfd;
	if (replay_fd_get(show_thread(c), fd, &rfd) < 0 || rfd.sock_family != AF_NETLINK_ ||
	    rfd.sock_protocol != NETLINK_ROUTE_ || want == 0 || have < want || !data)
		return 0;
	size_t len = (size_t)want;
	if (!all_known(c, data, len))
		return 0;
	int array = 0;
	for (unsigned n = 0;; n++) {
		if (!show_verbose(c) && n == show_strsize(c)) {
			show_more(c);
			break;
		}
		struct k_nlmsghdr h;
		memcpy(&h, data, sizeof(h));
		size_t next = align4(h.len);
		int more = h.len >= NLMSG_HDRLEN_ && next < len;
		if (!array && more) {
			show_array_begin(c);
			array = 1;
		}
		message(c, &h, data, len);
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

/*
 * decode_rtnl — NETLINK_ROUTE's messages (strace 6.1's netlink_route.c,
 * rtnl_addr.c, rtnl_link.c, rtnl_route.c): address, link and route
 * messages with their attributes; the framing is decode_netlink.h's.
 */
#include <string.h>

#include "decode_netlink.h"

#define RTM_NEWLINK_ 16
#define RTM_SETLINK_ 19
#define RTM_NEWADDR_ 20
#define RTM_GETADDR_ 22
#define RTM_NEWROUTE_ 24
#define RTM_GETROUTE_ 26
#define IFINFOMSG_SIZE_ 16u
#define IFADDRMSG_SIZE_ 8u
#define RTMSG_SIZE_ 12u

/* The kinds of this protocol's own values (enum nl_kind from NL_K_PROTO). */
enum {
	K_IFA_FLAGS = NL_K_PROTO, K_IFA_CACHEINFO, K_RT_TABLE, K_RTA_CACHEINFO, K_LINK_STATS,
	K_LINK_STATS64, K_LINK_MAP, K_EXT_MASK,
};

/* The fields of struct rtnl_link_stats64, and of rtnl_link_stats (u32) but
 * the last. */
static const char *const link_stats_names[] = {
	"rx_packets", "tx_packets", "rx_bytes", "tx_bytes", "rx_errors", "tx_errors",
	"rx_dropped", "tx_dropped", "multicast", "collisions", "rx_length_errors",
	"rx_over_errors", "rx_crc_errors", "rx_frame_errors", "rx_fifo_errors",
	"rx_missed_errors", "tx_aborted_errors", "tx_carrier_errors", "tx_fifo_errors",
	"tx_heartbeat_errors", "tx_window_errors", "rx_compressed", "tx_compressed",
	"rx_nohandler", "rx_otherhost_dropped",
};
static const char *const ifa_cacheinfo_names[] = { "ifa_prefered", "ifa_valid", "cstamp",
						   "tstamp" };
static const char *const rta_cacheinfo_names[] = { "rta_clntref", "rta_lastuse", "rta_expires",
						   "rta_error", "rta_used", "rta_id", "rta_ts",
						   "rta_tsage" };

/* The whole struct (FULL fields), or the older one of 23 fields (to
 * tx_compressed) when that is exactly what is there; else hex (0). */
static int link_stats(show_call *c, const uint8_t *p, size_t len, size_t word, unsigned full)
{
	unsigned n = len >= full * word ? full : len == 23 * word ? 23 : 0;
	if (n)
		nl_uint_struct(c, link_stats_names, n, p, word);
	return n != 0;
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

static int rtnl_value(show_call *c, unsigned kind, uint8_t family, const uint8_t *p, size_t len)
{
	(void)family;
	uint32_t v = 0;
	if (len >= 4)
		memcpy(&v, p, 4);
	switch (kind) {
	case K_IFA_FLAGS:
		if (len >= 4)
			dec_flags(c, &xlat_ifaddrflags, v, "IFA_F_???");
		return len >= 4;
	case K_EXT_MASK:
		if (len >= 4)
			dec_flags(c, &xlat_rtnl_ext_filter, v, "RTEXT_FILTER_???");
		return len >= 4;
	case K_RT_TABLE:
		if (len >= 4)
			dec_enum(c, &xlat_routing_table_ids, v, NULL);
		return len >= 4;
	case K_IFA_CACHEINFO:
		if (len >= 16)
			nl_uint_struct(c, ifa_cacheinfo_names, 4, p, 4);
		return len >= 16;
	case K_RTA_CACHEINFO:
		if (len >= 32)
			nl_uint_struct(c, rta_cacheinfo_names, 8, p, 4);
		return len >= 32;
	case K_LINK_STATS: return link_stats(c, p, len, 4, 24);
	case K_LINK_STATS64: return link_stats(c, p, len, 8, 25);
	case K_LINK_MAP: return link_ifmap(c, p, len);
	default: return 0;
	}
}

/* IFA_*: rtnl_addr.c's ifaddrmsg_nla_decoders */
static const uint8_t ifa_kinds[] = {
	[1] = NL_K_INET, [2] = NL_K_INET, [3] = NL_K_STR, [4] = NL_K_INET, [5] = NL_K_INET,
	[6] = K_IFA_CACHEINFO, [7] = NL_K_INET, [8] = K_IFA_FLAGS, [9] = NL_K_U32,
	[10] = NL_K_S32,
};
static const struct nl_attrs ifa_attrs = {
	&xlat_rtnl_addr_attrs, "IFA_???", ifa_kinds, sizeof ifa_kinds, NL_K_HEX, rtnl_value
};

/* IFLA_*: rtnl_link.c's ifinfomsg_nla_decoders. NONE: protinfo, linkinfo,
 * port_self, af_spec, net_ns_fd, xdp, event, new_ifindex, prop_list,
 * proto_down_reason (nested, or fds): -v prints them, strace -s 32 does
 * not reach them in the kernel's replies. */
static const uint8_t ifla_kinds[62] = {
	[1] = NL_K_HWADDR, [2] = NL_K_HWADDR, [3] = NL_K_STR, [4] = NL_K_U32, [5] = NL_K_U32,
	[6] = NL_K_STR, [7] = K_LINK_STATS, [10] = NL_K_U32, [12] = NL_K_NONE, [13] = NL_K_U32,
	[14] = K_LINK_MAP, [15] = NL_K_U32, [16] = NL_K_U8, [17] = NL_K_U8, [18] = NL_K_NONE,
	[19] = NL_K_U32, [20] = NL_K_STR, [21] = NL_K_U32, [23] = K_LINK_STATS64,
	[25] = NL_K_NONE, [26] = NL_K_NONE, [27] = NL_K_U32, [28] = NL_K_NONE, [29] = K_EXT_MASK,
	[30] = NL_K_U32, [31] = NL_K_U32, [32] = NL_K_U32, [33] = NL_K_U8, [35] = NL_K_U32,
	[37] = NL_K_S32, [38] = NL_K_STR, [39] = NL_K_U8, [40] = NL_K_U32, [41] = NL_K_U32,
	[43] = NL_K_NONE, [44] = NL_K_NONE, [45] = NL_K_S32, [46] = NL_K_S32, [47] = NL_K_U32,
	[48] = NL_K_U32, [49] = NL_K_NONE, [50] = NL_K_U32, [51] = NL_K_U32, [52] = NL_K_NONE,
	[53] = NL_K_STR, [54] = NL_K_HWADDR, [55] = NL_K_NONE, [56] = NL_K_STR, [57] = NL_K_STR,
	[58] = NL_K_U32, [59] = NL_K_U32, [60] = NL_K_U32, [61] = NL_K_U32,
};
static const struct nl_attrs ifla_attrs = {
	&xlat_rtnl_link_attrs, "IFLA_???", ifla_kinds, sizeof ifla_kinds, NL_K_HEX, rtnl_value
};

/* RTA_*: rtnl_route.c's rtmsg_nla_decoders; NONE: metrics, multipath,
 * sessions, mfc stats, via, encapsulation, ports and the rest not known to
 * be bytes. */
static const uint8_t rta_kinds[31] = {
	[0] = NL_K_NONE, [1] = NL_K_INET, [2] = NL_K_INET, [3] = NL_K_IFINDEX, [4] = NL_K_IFINDEX,
	[5] = NL_K_INET, [6] = NL_K_U32, [7] = NL_K_INET, [8] = NL_K_NONE, [9] = NL_K_NONE,
	[10] = NL_K_NONE, [11] = NL_K_U32, [12] = K_RTA_CACHEINFO, [13] = NL_K_NONE,
	[14] = NL_K_NONE, [15] = K_RT_TABLE, [16] = NL_K_U32, [17] = NL_K_NONE, [18] = NL_K_NONE,
	[19] = NL_K_INET, [20] = NL_K_U8, [21] = NL_K_NONE, [22] = NL_K_NONE, [23] = NL_K_U64,
	[24] = NL_K_NONE, [25] = NL_K_U32, [26] = NL_K_U8, [27] = NL_K_NONE, [28] = NL_K_NONE,
	[29] = NL_K_NONE, [30] = NL_K_U32,
};
static const struct nl_attrs rta_attrs = {
	&xlat_rtnl_route_attrs, "RTA_???", rta_kinds, sizeof rta_kinds, NL_K_HEX, rtnl_value
};

/* {ifa_family=AF_INET, ifa_prefixlen=8, ifa_flags=IFA_F_PERMANENT,
 *  ifa_scope=RT_SCOPE_HOST, ifa_index=if_nametoindex("lo")}, then the
 *  attributes. */
static void ifaddrmsg(show_call *c, const uint8_t *p, size_t len)
{
	if (!nl_family_head(c, "ifa_family", p, len, IFADDRMSG_SIZE_))
		return;
	uint32_t index;
	memcpy(&index, p + 4, 4);
	show_field(c, "ifa_prefixlen");
	show_uint(c, p[1]);
	dec_next_field(c, "ifa_flags");
	dec_flags(c, &xlat_ifaddrflags, p[2], "IFA_F_???");
	dec_next_field(c, "ifa_scope");
	dec_enum(c, &xlat_routing_scopes, p[3], NULL);
	dec_next_field(c, "ifa_index");
	dec_ifindex(c, index);
	show_struct_end(c);
}

/* {ifi_family=AF_UNSPEC, ifi_type=ARPHRD_NETROM, ifi_index=0, ifi_flags=0,
 *  ifi_change=0} */
static void ifinfomsg(show_call *c, const uint8_t *p, size_t len)
{
	if (!nl_family_head(c, "ifi_family", p, len, IFINFOMSG_SIZE_))
		return;
	uint16_t type;
	uint32_t index, flags, change;
	memcpy(&type, p + 2, 2);
	memcpy(&index, p + 4, 4);
	memcpy(&flags, p + 8, 4);
	memcpy(&change, p + 12, 4);
	show_field(c, "ifi_type");
	dec_enum(c, &xlat_arp_hardware_types, type, "ARPHRD_???");
	dec_next_field(c, "ifi_index");
	dec_ifindex(c, index);
	dec_next_field(c, "ifi_flags");
	dec_flags(c, &xlat_ifflags, flags, "IFF_???");
	dec_next_field(c, "ifi_change");
	show_hex(c, change);
	show_struct_end(c);
}

/* {rtm_family=AF_INET, rtm_dst_len=24, rtm_src_len=0, rtm_tos=0,
 *  rtm_table=RT_TABLE_MAIN, rtm_protocol=RTPROT_KERNEL, rtm_scope=RT_SCOPE_LINK,
 *  rtm_type=RTN_UNICAST, rtm_flags=0} */
static void rtmsg(show_call *c, const uint8_t *p, size_t len)
{
	if (!nl_family_head(c, "rtm_family", p, len, RTMSG_SIZE_))
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
}

/* The message kinds: RTM_NEWLINK .. RTM_SETLINK, RTM_NEWADDR ..
 * RTM_GETADDR (and the multicast 23), RTM_NEWROUTE .. RTM_GETROUTE. */
static const struct rtnl_kind {
	uint16_t first, last;
	size_t size; /* of the struct before the attributes */
	void (*head)(show_call *c, const uint8_t *p, size_t len);
	const struct nl_attrs *attrs;
} kinds[] = {
	{ RTM_NEWLINK_, RTM_SETLINK_, IFINFOMSG_SIZE_, ifinfomsg, &ifla_attrs },
	{ RTM_NEWADDR_, RTM_GETADDR_ + 1, IFADDRMSG_SIZE_, ifaddrmsg, &ifa_attrs },
	{ RTM_NEWROUTE_, RTM_GETROUTE_, RTMSG_SIZE_, rtmsg, &rta_attrs },
};

static const struct rtnl_kind *kind_of(uint16_t type)
{
	for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
		if (type >= kinds[i].first && type <= kinds[i].last)
			return &kinds[i];
	return NULL;
}

static int route_known(show_call *c, const struct nl_hdr *h, const uint8_t *p, size_t len)
{
	const struct rtnl_kind *k = kind_of(h->type);
	return k && nl_msg_known(c, k->attrs, p, len, k->size);
}

static void route_print(show_call *c, const struct nl_hdr *h, const uint8_t *p, size_t len)
{
	const struct rtnl_kind *k = kind_of(h->type);
	k->head(c, p, len);
	if (len > k->size) {
		show_array_next(c);
		nl_print_attrs(c, k->attrs, p[0], p + k->size, len - k->size);
	}
}

/* strace's NETLINK_ROUTE flags: RTM_NEW* take the new-request flags,
 * RTM_GET* the get-request ones (the type's low two bits say which). */
static const struct xlat *route_kind_flags(uint16_t type)
{
	if ((type & 3) == 0)
		return &xlat_netlink_new_flags;
	if ((type & 3) == 2)
		return &xlat_netlink_get_flags;
	return NULL;
}

const struct nl_proto nl_proto_route = {
	&xlat_nl_route_types, "RTM_???", route_kind_flags, route_known, route_print,
};

/*
 * decode_netlink — netlink buffers as strace 6.1 prints them, shared by the
 * protocols' decoders.
 *
 * decode_netlink.c owns the framing (netlink.c, nlattr.c in strace):
 * message headers, several messages as an array, NLMSG_DONE and NLMSG_ERROR,
 * attributes `[{nla_len=8, nla_type=IFA_ADDRESS}, inet_addr("127.0.0.1")]`
 * (one alone, several as an array, at most -s of them), and the values of
 * attributes by kind (a table per message kind says which). A protocol is
 * an nl_proto: its message types, which request-kind flags they take, and
 * its payloads (decode_rtnl.c: NETLINK_ROUTE's addresses, links, routes;
 * decode_sockdiag.c: NETLINK_SOCK_DIAG's inet and unix requests and replies).
 *
 * Only what is decoded in full is printed this way: a buffer with a message
 * or an attribute no decoder here prints as strace does, or one not captured
 * whole (the recorder keeps -s bytes of a socket buffer), is left to the
 * caller (dec_netlink_buf() returns 0), which prints it as a string. A
 * protocol's `known` says so for its payloads before anything is printed.
 */
#ifndef RTRACE_DECODE_NETLINK_H
#define RTRACE_DECODE_NETLINK_H

#include <stddef.h>
#include <stdint.h>

#include "decode_common.h"

#define NL_HDRLEN 16u  /* struct nlmsghdr */
#define NL_F_REQUEST 0x1

struct nl_hdr {
	uint32_t len;
	uint16_t type, flags;
	uint32_t seq, pid;
};

/* How an attribute's value prints (strace's decode_nla_* and the tables of
 * rtnl_*.c, netlink_sock_diag.c). NL_K_HEX, 0: strace has no decoder of its
 * own and prints the bytes in hex; NL_K_NONE: it has one this module does
 * not (nested attributes, mostly), so a buffer holding one is left to the
 * caller. Kinds from NL_K_PROTO on are the protocol's own (its `value`). */
enum nl_kind {
	NL_K_HEX,
	NL_K_NONE,
	NL_K_STR,     /* a NUL-terminated string */
	NL_K_U8,
	NL_K_U16,
	NL_K_U32,
	NL_K_S32,
	NL_K_U64,
	NL_K_INET,    /* an IP address of the message's family: inet_addr("...") */
	NL_K_IFINDEX, /* if_nametoindex("lo") */
	NL_K_HWADDR,  /* 02:fc:00:00:00:01 */
	NL_K_PROTO,
};

/* The attributes of one message kind. */
struct nl_attrs {
	const struct xlat *names;
	const char *dflt;      /* "IFLA_???" */
	const uint8_t *kinds;  /* enum nl_kind by type */
	size_t nkinds;
	uint8_t beyond;        /* the kind of types past the table */
	/* prints a value of a kind >= NL_K_PROTO; 0: strace's hex bytes */
	int (*value)(show_call *c, unsigned kind, uint8_t family, const uint8_t *p, size_t len);
};

/* Prints the attributes in P (LEN bytes) of a message of address FAMILY. */
void nl_print_attrs(show_call *c, const struct nl_attrs *a, uint8_t family, const uint8_t *p,
		    size_t len);

/* Whether every attribute in P that nl_print_attrs() prints (the first -s,
 * all with -v) is of a kind printed here. */
int nl_attrs_known(show_call *c, const struct nl_attrs *a, const uint8_t *p, size_t len);

/* A message of a fixed struct of HDR bytes and attributes after it: known
 * when its printed attributes are. */
int nl_msg_known(show_call *c, const struct nl_attrs *a, const uint8_t *p, size_t len, size_t hdr);

/* Unsigned fields of WORD bytes each at P, named NAMES[0 .. N-1]: as a
 * whole struct ({NAME0=V0, ...}), or as the next fields of an open one
 * (", NAME0=V0, ..."). */
void nl_uint_struct(show_call *c, const char *const *names, unsigned n, const uint8_t *p,
		    size_t word);
void nl_uint_fields(show_call *c, const char *const *names, unsigned n, const uint8_t *p,
		    size_t word);

/* "{FIELD=AF_INET, " — the family a message's struct starts with; one
 * shorter than SIZE ends there with "...}" and 0 is returned. */
int nl_family_head(show_call *c, const char *field, const uint8_t *p, size_t len, size_t size);

/* A netlink protocol's messages of types 16 and up. */
struct nl_proto {
	const struct xlat *types;
	const char *types_dflt; /* "RTM_???" */
	/* the flags besides the common ones a message of TYPE takes (new, get) */
	const struct xlat *(*kind_flags)(uint16_t type);
	/* whether the payload (P, LEN bytes) of the message H is printed here */
	int (*known)(show_call *c, const struct nl_hdr *h, const uint8_t *p, size_t len);
	void (*print)(show_call *c, const struct nl_hdr *h, const uint8_t *p, size_t len);
};

extern const struct nl_proto nl_proto_route;     /* decode_rtnl.c */
extern const struct nl_proto nl_proto_sock_diag; /* decode_sockdiag.c */

#endif

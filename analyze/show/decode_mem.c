/*
 * decode_mem — memory: brk, mmap, munmap, mprotect, madvise, mremap,
 * msync, mlock family, mincore, memfd_create.
 *
 * Formats are strace 6.1's (mem.c, memfd_create.c).
 */
#include <stdio.h>
#include <string.h>

#include "decode_common.h"

#define MAP_TYPE_ 0xfu
#define MAP_HUGE_SHIFT_ 26
#define MAP_HUGE_MASK_ 0x3fu

/* strace's print_mmap_flags(): the map type as an enum of the same table
 * (MAP_FILE for 0), then the other flags without a default, then the huge
 * page size field as "N<<MAP_HUGE_SHIFT". */
static void mmap_flags(show_call *c, unsigned arg)
{
	uint64_t flags = show_arg(c, arg);
	char buf[XLAT_BUFSZ];
	size_t n = xlat_format_enum(buf, sizeof(buf), &xlat_mmap_flags, flags & MAP_TYPE_,
				    "MAP_???", XLAT_FMT_X);
	flags &= ~(uint64_t)MAP_TYPE_;
	uint64_t huge = flags & ((uint64_t)MAP_HUGE_MASK_ << MAP_HUGE_SHIFT_);
	flags &= ~huge;
	if (flags && n + 1 < sizeof(buf)) {
		buf[n++] = '|';
		n += xlat_format_flags(buf + n, sizeof(buf) - n, &xlat_mmap_flags, flags, NULL);
	}
	if (huge && n < sizeof(buf))
		snprintf(buf + n, sizeof(buf) - n, "|%llu<<MAP_HUGE_SHIFT",
			 (unsigned long long)(huge >> MAP_HUGE_SHIFT_));
	show_flags_text(c, buf);
}

#define MREMAP_MAYMOVE_ 1u
#define MREMAP_FIXED_ 2u

/* mremap(0x7f..., 8192, 16384, MREMAP_MAYMOVE) = 0x7f...; the new address
 * is a fifth argument only with both MREMAP_MAYMOVE and MREMAP_FIXED. */
static int dec_mremap(show_call *c)
{
	show_addr(c, show_arg(c, 0));
	show_arg_next(c);
	show_uint(c, show_arg(c, 1));
	show_arg_next(c);
	show_uint(c, show_arg(c, 2));
	show_arg_next(c);
	uint64_t flags = show_arg(c, 3);
	dec_flags(c, &xlat_mremap_flags, flags, "MREMAP_???");
	if ((flags & (MREMAP_MAYMOVE_ | MREMAP_FIXED_)) == (MREMAP_MAYMOVE_ | MREMAP_FIXED_)) {
		show_arg_next(c);
		show_addr(c, show_arg(c, 4));
	}
	return SHOW_DECODED | SHOW_RV_ADDR;
}

#define MFD_HUGE_SHIFT_ 26
#define MFD_HUGETLB_ 4u

/* memfd_create("name", MFD_CLOEXEC) = 3; huge page sizes as in mmap. */
static void memfd_flags(show_call *c, unsigned arg)
{
	uint64_t flags = (uint32_t)show_arg(c, arg);
	uint64_t huge = flags & ((uint64_t)0x3f << MFD_HUGE_SHIFT_);
	char buf[XLAT_BUFSZ];
	size_t n = 0;
	buf[0] = '\0';
	if (flags & ~huge)
		n = xlat_format_flags(buf, sizeof(buf), &xlat_memfd_create_flags, flags & ~huge, "MFD_???");
	if (huge && n < sizeof(buf))
		snprintf(buf + n, sizeof(buf) - n, "%s%llu<<MFD_HUGE_SHIFT", n ? "|" : "",
			 (unsigned long long)(huge >> MFD_HUGE_SHIFT_));
	if (!flags)
		snprintf(buf, sizeof(buf), "0");
	show_flags_text(c, buf);
}

/* mincore(0x7f..., 8192, [1, 0]): each page's residency bit, at most -s of
 * them without -v (strace's mem.c). */
static void mincore_vec(show_call *c, unsigned arg)
{
	uint64_t len = show_arg(c, 1), pages = len / 4096 + (len % 4096 ? 1 : 0);
	const struct replay_blob *b = show_blob(c, arg, 0, 1);
	uint64_t shown = show_verbose(c) || pages <= show_strsize(c) ? pages : show_strsize(c);
	/* a read cut short by the end of the mapping (the recorder reads the
	 * length in bytes, not in pages) still holds the pages shown */
	if (show_errno(c) || !show_arg(c, arg) || !b || !b->data || b->len < shown) {
		show_addr(c, show_arg(c, arg));
		return;
	}
	show_array_begin(c);
	for (uint64_t i = 0; i < pages; i++) {
		if (i)
			show_array_next(c);
		if (i >= shown) {
			show_more(c);
			break;
		}
		show_uint(c, b->data[i] & 1);
	}
	show_array_end(c);
}

/* get_mempolicy's [MPOL_DEFAULT]: the mode the kernel wrote. */
static void print_mode_p(show_call *c, const void *p)
{
	int32_t mode;
	memcpy(&mode, p, sizeof(mode));
	show_array_begin(c);
	dec_enum(c, &xlat_mpol_modes, (uint32_t)mode, "MPOL_???");
	show_array_end(c);
}

/* A node mask as strace's numa.c get_nodes prints it: sc_nodemask_words()
 * words, each "%#016lx" ([0x00000000000001, 0000000000000000]), at most -s
 * of them; an address when the call failed to fill it (get_mempolicy's mask
 * is copied at exit only, when it succeeded) or it could not be read. */
static void node_mask(show_call *c, unsigned arg, unsigned maxnode_arg)
{
	uint64_t words = sc_nodemask_words(show_arg(c, maxnode_arg));
	const struct replay_blob *b = show_blob(c, arg, 0, 1);
	if (!b)
		b = show_blob(c, arg, 0, 0);
	uint64_t shown = show_verbose(c) || words <= show_strsize(c) ? words : show_strsize(c);
	if (!show_arg(c, arg) || !b || !b->data || b->len / 8 < shown || !words) {
		show_addr(c, show_arg(c, arg));
		return;
	}
	show_array_begin(c);
	for (uint64_t i = 0; i < words; i++) {
		if (i)
			show_array_next(c);
		if (i >= shown) {
			show_more(c);
			break;
		}
		uint64_t w;
		memcpy(&w, b->data + i * 8, 8);
		char t[24];
		snprintf(t, sizeof t, "%#016llx", (unsigned long long)w);
		show_uint_as(c, w, t);
	}
	show_array_end(c);
}

/* The mask of get_mempolicy, set_mempolicy and mbind: maxnode follows it. */
static void nodes_maxnode_next(show_call *c, unsigned arg)
{
	node_mask(c, arg, arg + 1);
}

/* migrate_pages(pid, maxnode, old_nodes, new_nodes). */
static void nodes_maxnode_1(show_call *c, unsigned arg)
{
	node_mask(c, arg, 1);
}

/* A policy mode and its MPOL_F_* flags as strace's print_mode:
 * MPOL_BIND|MPOL_F_STATIC_NODES; a mode without a name among flags makes
 * it print the whole value as flags (MPOL_F_STATIC_NODES|0x7). */
static void mpol_mode(show_call *c, uint64_t v)
{
	const uint64_t flags = v & 0xe000;
	const char *name = xlat_name(&xlat_mpol_modes, v & ~flags);
	if (!flags) {
		dec_enum(c, &xlat_mpol_modes, v, "MPOL_???");
		return;
	}
	if (!name) {
		dec_flags(c, &xlat_mpol_mode_flags, v, "MPOL_???");
		return;
	}
	char t[XLAT_BUFSZ];
	int n = snprintf(t, sizeof t, "%s|", name);
	xlat_format_flags(t + n, sizeof t - (size_t)n, &xlat_mpol_mode_flags, flags, NULL);
	show_flags_text(c, t);
}

/* set_mempolicy's mode is an int, mbind's an unsigned long. */
static void mode_int(show_call *c, unsigned arg)
{
	mpol_mode(c, (uint32_t)show_arg(c, arg));
}

static void mode_long(show_call *c, unsigned arg)
{
	mpol_mode(c, show_arg(c, arg));
}

/* io_setup(4, [0x7f...]): the context the kernel wrote. */
static void print_ctx_p(show_call *c, const void *p)
{
	uint64_t ctx;
	memcpy(&ctx, p, sizeof(ctx));
	show_array_begin(c);
	show_addr(c, ctx);
	show_array_end(c);
}

#define A_PROT SHOW_A_FLAGS64(xlat_mmap_prot, "PROT_???")

/* mremap's fifth argument exists only with MREMAP_MAYMOVE|MREMAP_FIXED; the
 * others are typed arguments in a row:
 * mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7f...,
 * munmap(0x7f..., 42987), mprotect(0x7f..., 4096, PROT_READ), brk(NULL) = 0x55...,
 * madvise(0x7f..., 4096, MADV_DONTNEED), mlockall(MCL_CURRENT|MCL_FUTURE) ...
 * set_mempolicy(MPOL_BIND|MPOL_F_STATIC_NODES, [0x00000000000001], 64) */
const struct show_decoder show_decoders_mem[] = {
	{ "mremap", .decode = dec_mremap },
	{ "get_mempolicy", .args = SHOW_ARGS(SHOW_A_STRUCT(print_mode_p, sizeof(int32_t)),
					     SHOW_A_PRINT(nodes_maxnode_next), SHOW_A_ULONG, SHOW_A_ADDR,
					     SHOW_A_FLAGS64(xlat_get_mempolicy_flags, "MPOL_???")) },
	{ "mincore", .args = SHOW_ARGS(SHOW_A_ADDR, SHOW_A_ULONG, SHOW_A_PRINT(mincore_vec)) },
	{ "remap_file_pages", .args = SHOW_ARGS(SHOW_A_ADDR, SHOW_A_ULONG, A_PROT, SHOW_A_ULONG,
						SHOW_A_PRINT(mmap_flags)) },
	{ "mbind", .args = SHOW_ARGS(SHOW_A_ADDR, SHOW_A_ULONG, SHOW_A_PRINT(mode_long),
				     SHOW_A_PRINT(nodes_maxnode_next), SHOW_A_ULONG,
				     SHOW_A_FLAGS(xlat_mbind_flags, "MPOL_???")) },
	{ "io_setup", .args = SHOW_ARGS(SHOW_A_UINT, SHOW_A_STRUCT(print_ctx_p, sizeof(uint64_t))) },
	{ "set_mempolicy", .args = SHOW_ARGS(SHOW_A_PRINT(mode_int), SHOW_A_PRINT(nodes_maxnode_next),
					     SHOW_A_ULONG) },
	{ "migrate_pages", .args = SHOW_ARGS(SHOW_A_INT, SHOW_A_ULONG, SHOW_A_PRINT(nodes_maxnode_1),
					     SHOW_A_PRINT(nodes_maxnode_1)) },
	{ "pkey_free", .args = SHOW_ARGS(SHOW_A_INT) },
	{ "pkey_alloc", .args = SHOW_ARGS(SHOW_A_HEX64, SHOW_A_FLAGS64(xlat_pkey_access, "PKEY_???")),
	  .rv = SHOW_RV_DEC },
	{ "pkey_mprotect", .args = SHOW_ARGS(SHOW_A_ADDR, SHOW_A_ULONG, A_PROT, SHOW_A_INT) },
	{ "mmap", .args = SHOW_ARGS(SHOW_A_ADDR, SHOW_A_ULONG, A_PROT, SHOW_A_PRINT(mmap_flags),
				    SHOW_A_FD, SHOW_A_HEX64),
	  .rv = SHOW_RV_ADDR },
	{ "munmap", .args = SHOW_ARGS(SHOW_A_ADDR, SHOW_A_ULONG) },
	{ "mlock", .args = SHOW_ARGS(SHOW_A_ADDR, SHOW_A_ULONG) },
	{ "munlock", .args = SHOW_ARGS(SHOW_A_ADDR, SHOW_A_ULONG) },
	{ "mprotect", .args = SHOW_ARGS(SHOW_A_ADDR, SHOW_A_ULONG, A_PROT) },
	{ "madvise", .args = SHOW_ARGS(SHOW_A_ADDR, SHOW_A_ULONG,
				       SHOW_A_ENUM(xlat_madvise_cmds, "MADV_???")) },
	{ "msync", .args = SHOW_ARGS(SHOW_A_ADDR, SHOW_A_ULONG, SHOW_A_FLAGS(xlat_msync_flags, "MS_???")) },
	{ "brk", .args = SHOW_ARGS(SHOW_A_ADDR), .rv = SHOW_RV_ADDR },
	{ "mlock2", .args = SHOW_ARGS(SHOW_A_ADDR, SHOW_A_ULONG, SHOW_A_FLAGS(xlat_mlock_flags, "MLOCK_???")) },
	{ "mlockall", .args = SHOW_ARGS(SHOW_A_FLAGS(xlat_mlockall_flags, "MCL_???")) },
	{ "memfd_create", .args = SHOW_ARGS(SHOW_A_STR, SHOW_A_PRINT(memfd_flags)), .rv = SHOW_RV_FD },
	{ 0 },
};

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

/* get_mempolicy's [0000000000000000, 0000000000000000]: the node mask as
 * (maxnode + 62) / 64 words in hex (strace's numa.c get_nodes); maxnode is
 * the next argument. */
static void node_mask_out(show_call *c, unsigned arg)
{
	uint64_t maxnode = show_arg(c, arg + 1), words = (maxnode + 62) / 64;
	const struct replay_blob *b = show_blob(c, arg, 0, 1);
	uint64_t shown = show_verbose(c) || words <= show_strsize(c) ? words : show_strsize(c);
	if (show_errno(c) || !show_arg(c, arg) || !b || !b->data || b->len / 8 < shown || !words) {
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
		snprintf(t, sizeof t, "%016llx", (unsigned long long)w);
		show_uint_as(c, w, t);
	}
	show_array_end(c);
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
 * (a node mask of set_mempolicy/mbind prints as its address here) */
const struct show_decoder show_decoders_mem[] = {
	{ "mremap", .decode = dec_mremap },
	{ "get_mempolicy", .args = SHOW_ARGS(SHOW_A_STRUCT(print_mode_p, sizeof(int32_t)),
					     SHOW_A_PRINT(node_mask_out), SHOW_A_ULONG, SHOW_A_ADDR,
					     SHOW_A_FLAGS64(xlat_get_mempolicy_flags, "MPOL_???")) },
	{ "mincore", .args = SHOW_ARGS(SHOW_A_ADDR, SHOW_A_ULONG, SHOW_A_PRINT(mincore_vec)) },
	{ "remap_file_pages", .args = SHOW_ARGS(SHOW_A_ADDR, SHOW_A_ULONG, A_PROT, SHOW_A_ULONG,
						SHOW_A_PRINT(mmap_flags)) },
	{ "mbind", .args = SHOW_ARGS(SHOW_A_ADDR, SHOW_A_ULONG, SHOW_A_ENUM(xlat_mpol_modes, "MPOL_???"),
				     SHOW_A_ADDR, SHOW_A_ULONG,
				     SHOW_A_FLAGS(xlat_mbind_flags, "MPOL_???")) },
	{ "io_setup", .args = SHOW_ARGS(SHOW_A_UINT, SHOW_A_STRUCT(print_ctx_p, sizeof(uint64_t))) },
	{ "set_mempolicy", .args = SHOW_ARGS(SHOW_A_ENUM(xlat_mpol_modes, "MPOL_???"), SHOW_A_ADDR,
					     SHOW_A_ULONG) },
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

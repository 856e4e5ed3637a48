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
static void mmap_flags(show_call *c, uint64_t flags)
{
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

/* mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7f... */
static int dec_mmap(show_call *c)
{
	show_addr(c, show_arg(c, 0));
	show_arg_next(c);
	show_uint(c, show_arg(c, 1));
	show_arg_next(c);
	dec_flags(c, &xlat_mmap_prot, show_arg(c, 2), "PROT_???");
	show_arg_next(c);
	mmap_flags(c, show_arg(c, 3));
	show_arg_next(c);
	show_fd(c, (int32_t)show_arg(c, 4));
	show_arg_next(c);
	show_hex(c, show_arg(c, 5));
	return SHOW_DECODED | SHOW_RV_ADDR;
}

/* munmap(0x7f..., 42987), mlock, munlock: address and length. */
static int dec_addr_len(show_call *c)
{
	show_addr(c, show_arg(c, 0));
	show_arg_next(c);
	show_uint(c, show_arg(c, 1));
	return SHOW_DECODED;
}

/* mprotect(0x7f..., 4096, PROT_READ) */
static int dec_mprotect(show_call *c)
{
	dec_addr_len(c);
	show_arg_next(c);
	dec_flags(c, &xlat_mmap_prot, show_arg(c, 2), "PROT_???");
	return SHOW_DECODED;
}

/* madvise(0x7f..., 4096, MADV_DONTNEED) */
static int dec_madvise(show_call *c)
{
	dec_addr_len(c);
	show_arg_next(c);
	dec_enum(c, &xlat_madvise_cmds, (uint32_t)show_arg(c, 2), "MADV_???");
	return SHOW_DECODED;
}

/* msync(0x7f..., 4096, MS_SYNC|MS_INVALIDATE) */
static int dec_msync(show_call *c)
{
	dec_addr_len(c);
	show_arg_next(c);
	dec_flags(c, &xlat_msync_flags, (uint32_t)show_arg(c, 2), "MS_???");
	return SHOW_DECODED;
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

/* brk(NULL) = 0x55...; brk(0x55...) */
static int dec_brk(show_call *c)
{
	show_addr(c, show_arg(c, 0));
	return SHOW_DECODED | SHOW_RV_ADDR;
}

/* mlock2(0x7f..., 4096, MLOCK_ONFAULT) */
static int dec_mlock2(show_call *c)
{
	dec_addr_len(c);
	show_arg_next(c);
	dec_flags(c, &xlat_mlock_flags, (uint32_t)show_arg(c, 2), "MLOCK_???");
	return SHOW_DECODED;
}

/* mlockall(MCL_CURRENT|MCL_FUTURE) */
static int dec_mlockall(show_call *c)
{
	dec_flags(c, &xlat_mlockall_flags, (uint32_t)show_arg(c, 0), "MCL_???");
	return SHOW_DECODED;
}

#define MFD_HUGE_SHIFT_ 26
#define MFD_HUGETLB_ 4u

/* memfd_create("name", MFD_CLOEXEC) = 3; huge page sizes as in mmap. */
static int dec_memfd_create(show_call *c)
{
	show_str(c, 0);
	show_arg_next(c);
	uint64_t flags = (uint32_t)show_arg(c, 1);
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
	return SHOW_DECODED | SHOW_RV_FD;
}

/* pkey_alloc(0, PKEY_DISABLE_ACCESS) */
static int dec_pkey_alloc(show_call *c)
{
	show_hex(c, show_arg(c, 0));
	show_arg_next(c);
	dec_flags(c, &xlat_pkey_access, show_arg(c, 1), "PKEY_???");
	return SHOW_DECODED | SHOW_RV_DEC;
}

/* pkey_mprotect(0x7f..., 4096, PROT_READ, 1) */
static int dec_pkey_mprotect(show_call *c)
{
	dec_mprotect(c);
	show_arg_next(c);
	show_int(c, (int32_t)show_arg(c, 3));
	return SHOW_DECODED;
}

/* pkey_free(-1): the key is an int */
static int dec_pkey_free(show_call *c)
{
	dec_int32(c, show_arg(c, 0));
	return SHOW_DECODED;
}

/* set_mempolicy(MPOL_DEFAULT, NULL, 0): the mode is an enum, with the mode
 * flags (MPOL_F_*) in hex here; a node mask prints as its address. */
static int dec_set_mempolicy(show_call *c)
{
	dec_enum(c, &xlat_mpol_modes, (uint32_t)show_arg(c, 0), "MPOL_???");
	show_arg_next(c);
	show_addr(c, show_arg(c, 1));
	show_arg_next(c);
	show_uint(c, show_arg(c, 2));
	return SHOW_DECODED;
}

/* mincore(0x7f..., 8192, [1, 0]): each page's residency bit, at most -s of
 * them without -v (strace's mem.c). */
static int dec_mincore(show_call *c)
{
	if (show_entering(c)) {
		dec_addr_len(c);
		show_arg_next(c);
		return 0;
	}
	uint64_t len = show_arg(c, 1), pages = len / 4096 + (len % 4096 ? 1 : 0);
	const struct replay_blob *b = show_blob(c, 2, 0, 1);
	uint64_t shown = show_verbose(c) || pages <= show_strsize(c) ? pages : show_strsize(c);
	/* a read cut short by the end of the mapping (the recorder reads the
	 * length in bytes, not in pages) still holds the pages shown */
	if (show_errno(c) || !show_arg(c, 2) || !b || !b->data || b->len < shown) {
		show_addr(c, show_arg(c, 2));
		return 0;
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
	return 0;
}

/* get_mempolicy([MPOL_DEFAULT], [0000000000000000, 0000000000000000], 128,
 * NULL, 0): the mode and the node mask the kernel wrote, the mask as
 * (maxnode + 62) / 64 words in hex (strace's numa.c get_nodes). */
static int dec_get_mempolicy(show_call *c)
{
	if (show_entering(c))
		return 0;
	int32_t mode;
	if (show_fetch_or_addr(c, 0, 0, 1, &mode, sizeof(mode)) == 0) {
		show_array_begin(c);
		dec_enum(c, &xlat_mpol_modes, (uint32_t)mode, "MPOL_???");
		show_array_end(c);
	}
	show_arg_next(c);
	uint64_t maxnode = show_arg(c, 2), words = (maxnode + 62) / 64;
	const struct replay_blob *b = show_blob(c, 1, 0, 1);
	uint64_t shown = show_verbose(c) || words <= show_strsize(c) ? words : show_strsize(c);
	if (show_errno(c) || !show_arg(c, 1) || !b || !b->data || b->len / 8 < shown || !words) {
		show_addr(c, show_arg(c, 1));
	} else {
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
	show_arg_next(c);
	show_uint(c, maxnode);
	show_arg_next(c);
	show_addr(c, show_arg(c, 3));
	show_arg_next(c);
	dec_flags(c, &xlat_get_mempolicy_flags, show_arg(c, 4), "MPOL_???");
	return 0;
}

/* remap_file_pages(0x7f..., 4096, PROT_NONE, 0, MAP_FILE) */
static int dec_remap_file_pages(show_call *c)
{
	dec_addr_len(c);
	show_arg_next(c);
	dec_flags(c, &xlat_mmap_prot, show_arg(c, 2), "PROT_???");
	show_arg_next(c);
	show_uint(c, show_arg(c, 3));
	show_arg_next(c);
	mmap_flags(c, show_arg(c, 4));
	return SHOW_DECODED;
}

/* mbind(NULL, 0, MPOL_DEFAULT, NULL, 0, MPOL_MF_STRICT); a node mask prints
 * as its address here. */
static int dec_mbind(show_call *c)
{
	dec_addr_len(c);
	show_arg_next(c);
	dec_enum(c, &xlat_mpol_modes, (uint32_t)show_arg(c, 2), "MPOL_???");
	show_arg_next(c);
	show_addr(c, show_arg(c, 3));
	show_arg_next(c);
	show_uint(c, show_arg(c, 4));
	show_arg_next(c);
	dec_flags(c, &xlat_mbind_flags, (uint32_t)show_arg(c, 5), "MPOL_???");
	return SHOW_DECODED;
}

/* io_setup(4, [0x7f...]): the context the kernel wrote. */
static int dec_io_setup(show_call *c)
{
	if (show_entering(c)) {
		show_uint(c, (uint32_t)show_arg(c, 0));
		show_arg_next(c);
		return 0;
	}
	uint64_t ctx;
	if (show_fetch_or_addr(c, 1, 0, 1, &ctx, sizeof(ctx)) == 0) {
		show_array_begin(c);
		show_addr(c, ctx);
		show_array_end(c);
	}
	return 0;
}

const struct show_decoder show_decoders_mem[] = {
	{ "get_mempolicy", .decode = dec_get_mempolicy },
	{ "mincore", .decode = dec_mincore },
	{ "remap_file_pages", .decode = dec_remap_file_pages },
	{ "mbind", .decode = dec_mbind },
	{ "io_setup", .decode = dec_io_setup },
	{ "set_mempolicy", .decode = dec_set_mempolicy },
	{ "pkey_free", .decode = dec_pkey_free },
	{ "pkey_alloc", .decode = dec_pkey_alloc },
	{ "pkey_mprotect", .decode = dec_pkey_mprotect },
	{ "mmap", .decode = dec_mmap },
	{ "munmap", .decode = dec_addr_len },
	{ "mlock", .decode = dec_addr_len },
	{ "munlock", .decode = dec_addr_len },
	{ "mprotect", .decode = dec_mprotect },
	{ "madvise", .decode = dec_madvise },
	{ "msync", .decode = dec_msync },
	{ "mremap", .decode = dec_mremap },
	{ "brk", .decode = dec_brk },
	{ "mlock2", .decode = dec_mlock2 },
	{ "mlockall", .decode = dec_mlockall },
	{ "memfd_create", .decode = dec_memfd_create },
	{ 0 },
};

/*
 * decode_file — files and directories: open family, stat family, access,
 * links, names, modes, owners, times, directories, xattrs, statfs.
 *
 * Formats are strace 6.1's (open.c, stat.c, statx.c, readlink.c,
 * dirent64.c, utimes.c, xattr.c, statfs.c); each decoder's comment shows
 * the line it produces.
 */
#include <stdio.h>
#include <string.h>

#include "decode_common.h"

#define O_CREAT_ 0100
#define O_TMPFILE_BIT 020000000 /* __O_TMPFILE: O_TMPFILE without O_DIRECTORY */

/* strace prints the mode of an open only when it is used. */
static int open_has_mode(uint64_t flags)
{
	return (flags & (O_CREAT_ | O_TMPFILE_BIT)) != 0;
}

/* open("f", O_RDONLY) / open("f", O_WRONLY|O_CREAT, 0644) */
static int dec_open(show_call *c)
{
	show_path(c, 0);
	show_arg_next(c);
	dec_open_flags(c, show_arg(c, 1));
	if (open_has_mode(show_arg(c, 1))) {
		show_arg_next(c);
		dec_umode(c, (uint32_t)show_arg(c, 2));
	}
	return SHOW_DECODED;
}

/* openat(AT_FDCWD, "f", O_RDONLY|O_CLOEXEC) = 3 */
static int dec_openat(show_call *c)
{
	show_dirfd(c, (int32_t)show_arg(c, 0));
	show_arg_next(c);
	show_path(c, 1);
	show_arg_next(c);
	dec_open_flags(c, show_arg(c, 2));
	if (open_has_mode(show_arg(c, 2))) {
		show_arg_next(c);
		dec_umode(c, (uint32_t)show_arg(c, 3));
	}
	return SHOW_DECODED;
}

struct k_open_how {
	uint64_t flags, mode, resolve;
};

/* openat2(AT_FDCWD, "f", {flags=O_RDONLY|O_CLOEXEC, resolve=RESOLVE_NO_XDEV}, 24)
 * mode= appears when O_CREAT/O_TMPFILE is set or the mode is not zero. */
static int dec_openat2(show_call *c)
{
	show_dirfd(c, (int32_t)show_arg(c, 0));
	show_arg_next(c);
	show_path(c, 1);
	show_arg_next(c);
	struct k_open_how how;
	if (show_arg(c, 3) >= sizeof(how) &&
	    show_fetch_or_addr(c, 2, 0, 0, &how, sizeof(how)) == 0) {
		show_struct_begin(c);
		show_field(c, "flags");
		dec_open_flags(c, how.flags);
		if (open_has_mode(how.flags) || how.mode) {
			show_struct_next(c);
			show_field(c, "mode");
			show_oct(c, how.mode);
		}
		show_struct_next(c);
		show_field(c, "resolve");
		dec_flags(c, &xlat_resolve_flags, how.resolve, "RESOLVE_???");
		show_struct_end(c);
	} else if (show_arg(c, 3) < sizeof(how)) {
		show_addr(c, show_arg(c, 2));
	}
	show_arg_next(c);
	show_uint(c, show_arg(c, 3));
	return SHOW_DECODED;
}

/* ---- stat ------------------------------------------------------------------ */

/* x86_64 struct stat (asm/stat.h), 144 bytes. */
struct k_stat {
	uint64_t st_dev, st_ino, st_nlink;
	uint32_t st_mode, st_uid, st_gid, pad0;
	uint64_t st_rdev;
	int64_t st_size, st_blksize, st_blocks;
	uint64_t st_atime_, st_atime_nsec, st_mtime_, st_mtime_nsec, st_ctime_, st_ctime_nsec;
	int64_t unused[3];
};

static int is_dev_mode(uint32_t mode)
{
	uint32_t t = mode & 0170000;
	return t == 0020000 || t == 0060000; /* S_IFCHR, S_IFBLK */
}

static void stat_time(show_call *c, const char *name, const char *nname, uint64_t sec,
		      uint64_t nsec)
{
	show_struct_next(c);
	show_field(c, name);
	show_int(c, (int64_t)sec);
	dec_time_comment(c, (int64_t)sec, (int64_t)nsec);
	show_struct_next(c);
	show_field(c, nname);
	show_uint(c, nsec);
}

/* {st_mode=S_IFREG|0644, st_size=6, ...}; with -v every field, times with
 * their date comments. Devices show st_rdev instead of st_size. */
static void print_stat(show_call *c, const void *p)
{
	const struct k_stat *st = p;
	show_struct_begin(c);
	if (show_verbose(c)) {
		show_field(c, "st_dev");
		dec_dev(c, st->st_dev);
		show_struct_next(c);
		show_field(c, "st_ino");
		show_uint(c, st->st_ino);
		show_struct_next(c);
	}
	show_field(c, "st_mode");
	dec_mode(c, st->st_mode);
	if (show_verbose(c)) {
		show_struct_next(c);
		show_field(c, "st_nlink");
		show_uint(c, st->st_nlink);
		show_struct_next(c);
		show_field(c, "st_uid");
		show_uint(c, st->st_uid);
		show_struct_next(c);
		show_field(c, "st_gid");
		show_uint(c, st->st_gid);
		show_struct_next(c);
		show_field(c, "st_blksize");
		show_int(c, st->st_blksize);
		show_struct_next(c);
		show_field(c, "st_blocks");
		show_int(c, st->st_blocks);
	}
	show_struct_next(c);
	if (is_dev_mode(st->st_mode)) {
		show_field(c, "st_rdev");
		dec_dev(c, st->st_rdev);
	} else {
		show_field(c, "st_size");
		show_int(c, st->st_size);
	}
	if (show_verbose(c)) {
		stat_time(c, "st_atime", "st_atime_nsec", st->st_atime_, st->st_atime_nsec);
		stat_time(c, "st_mtime", "st_mtime_nsec", st->st_mtime_, st->st_mtime_nsec);
		stat_time(c, "st_ctime", "st_ctime_nsec", st->st_ctime_, st->st_ctime_nsec);
	} else {
		show_struct_next(c);
		show_more(c);
	}
	show_struct_end(c);
}

/* ---- statx ------------------------------------------------------------------ */

struct k_statx_ts {
	int64_t tv_sec;
	uint32_t tv_nsec;
	int32_t reserved;
};

struct k_statx {
	uint32_t stx_mask, stx_blksize;
	uint64_t stx_attributes;
	uint32_t stx_nlink, stx_uid, stx_gid;
	uint16_t stx_mode, pad0;
	uint64_t stx_ino, stx_size, stx_blocks, stx_attributes_mask;
	struct k_statx_ts stx_atime, stx_btime, stx_ctime, stx_mtime;
	uint32_t stx_rdev_major, stx_rdev_minor, stx_dev_major, stx_dev_minor;
	uint64_t stx_mnt_id;
	uint32_t stx_dio_mem_align, stx_dio_offset_align;
	uint64_t spare[12];
};

#define STATX_ATIME_ 0x20u
#define STATX_MTIME_ 0x40u
#define STATX_CTIME_ 0x80u
#define STATX_BTIME_ 0x800u
#define STATX_MNT_ID_ 0x1000u
#define STATX_DIOALIGN_ 0x2000u

static void statx_time(show_call *c, const char *name, const struct k_statx_ts *ts)
{
	show_struct_next(c);
	show_field(c, name);
	struct dec_timespec t = { ts->tv_sec, ts->tv_nsec };
	dec_timespec(c, &t);
	dec_time_comment(c, ts->tv_sec, ts->tv_nsec);
}

static void statx_u32(show_call *c, const char *name, uint64_t v)
{
	show_struct_next(c);
	show_field(c, name);
	show_uint(c, v);
}

/* strace's print_statx(): the times only for the bits the kernel set. */
static void print_statx_verbose(show_call *c, const struct k_statx *sx)
{
	statx_u32(c, "stx_blksize", sx->stx_blksize);
	show_struct_next(c);
	show_field(c, "stx_attributes");
	dec_flags(c, &xlat_statx_attrs, sx->stx_attributes, "STATX_ATTR_???");
	statx_u32(c, "stx_nlink", sx->stx_nlink);
	statx_u32(c, "stx_uid", sx->stx_uid);
	statx_u32(c, "stx_gid", sx->stx_gid);
	show_struct_next(c);
	show_field(c, "stx_mode");
	dec_mode(c, sx->stx_mode);
	statx_u32(c, "stx_ino", sx->stx_ino);
	statx_u32(c, "stx_size", sx->stx_size);
	statx_u32(c, "stx_blocks", sx->stx_blocks);
	show_struct_next(c);
	show_field(c, "stx_attributes_mask");
	dec_flags(c, &xlat_statx_attrs, sx->stx_attributes_mask, "STATX_ATTR_???");
	if (sx->stx_mask & STATX_ATIME_)
		statx_time(c, "stx_atime", &sx->stx_atime);
	if (sx->stx_mask & STATX_BTIME_)
		statx_time(c, "stx_btime", &sx->stx_btime);
	if (sx->stx_mask & STATX_CTIME_)
		statx_time(c, "stx_ctime", &sx->stx_ctime);
	if (sx->stx_mask & STATX_MTIME_)
		statx_time(c, "stx_mtime", &sx->stx_mtime);
	statx_u32(c, "stx_rdev_major", sx->stx_rdev_major);
	statx_u32(c, "stx_rdev_minor", sx->stx_rdev_minor);
	statx_u32(c, "stx_dev_major", sx->stx_dev_major);
	statx_u32(c, "stx_dev_minor", sx->stx_dev_minor);
	if (sx->stx_mask & STATX_MNT_ID_) {
		show_struct_next(c);
		show_field(c, "stx_mnt_id");
		show_hex(c, sx->stx_mnt_id);
	}
	if (sx->stx_mask & STATX_DIOALIGN_) {
		statx_u32(c, "stx_dio_mem_align", sx->stx_dio_mem_align);
		statx_u32(c, "stx_dio_offset_align", sx->stx_dio_offset_align);
	}
}

/* {stx_mask=STATX_ALL|STATX_MNT_ID, stx_attributes=0, stx_mode=S_IFREG|0644,
 * stx_size=6, ...} */
static void print_statx(show_call *c, const struct k_statx *sx)
{
	show_struct_begin(c);
	show_field(c, "stx_mask");
	dec_flags(c, &xlat_statx_masks, sx->stx_mask, "STATX_???");
	if (show_verbose(c)) {
		print_statx_verbose(c, sx);
	} else {
		show_struct_next(c);
		show_field(c, "stx_attributes");
		dec_flags(c, &xlat_statx_attrs, sx->stx_attributes, "STATX_ATTR_???");
		show_struct_next(c);
		show_field(c, "stx_mode");
		dec_mode(c, sx->stx_mode);
		statx_u32(c, "stx_size", sx->stx_size);
		show_struct_next(c);
		show_more(c);
	}
	show_struct_end(c);
}

/* strace's statx flags: the sync type as flags of its own (0 is
 * AT_STATX_SYNC_AS_STAT), then the other AT_* bits with no default. */
static void statx_flags(show_call *c, unsigned arg)
{
	uint32_t flags = (uint32_t)show_arg(c, arg);
	char buf[XLAT_BUFSZ];
	size_t n = xlat_format_flags(buf, sizeof(buf), &xlat_at_statx_sync_types,
				     flags & 0x6000u, NULL);
	flags &= ~0x6000u;
	if (flags && n < sizeof(buf) - 1) {
		buf[n++] = '|';
		xlat_format_flags(buf + n, sizeof(buf) - n, &xlat_at_flags, flags, NULL);
	}
	show_flags_text(c, buf);
}

/* The struct statx at exit: the kernel writes 256 bytes; older captures
 * may hold fewer, down to the fields before stx_mnt_id. */
static void statx_out(show_call *c, unsigned arg)
{
	struct k_statx sx;
	memset(&sx, 0, sizeof(sx));
	const struct replay_blob *b = show_blob(c, arg, 0, 1);
	if (!b || b->read_errno || !b->data || b->len < offsetof(struct k_statx, stx_mnt_id)) {
		show_addr(c, show_arg(c, arg));
		return;
	}
	memcpy(&sx, b->data, b->len < sizeof(sx) ? b->len : sizeof(sx));
	print_statx(c, &sx);
}

/* ---- modes, owners ------------------------------------------------------------ */

/* The device argument of mknod, printed only for devices. */
static void mknod_tail(show_call *c, uint32_t mode, uint64_t dev)
{
	if (is_dev_mode(mode)) {
		show_arg_next(c);
		dec_dev(c, dev);
	}
}

/* mknod("f", S_IFIFO|0644) / mknod("d", S_IFCHR|0600, makedev(0x1, 0x3)) */
static int dec_mknod(show_call *c)
{
	show_path(c, 0);
	show_arg_next(c);
	dec_mode(c, (uint16_t)show_arg(c, 1));
	mknod_tail(c, (uint16_t)show_arg(c, 1), show_arg(c, 2));
	return SHOW_DECODED;
}

/* mknodat(AT_FDCWD, "f", S_IFIFO|0644) */
static int dec_mknodat(show_call *c)
{
	show_dirfd(c, (int32_t)show_arg(c, 0));
	show_arg_next(c);
	show_path(c, 1);
	show_arg_next(c);
	dec_mode(c, (uint16_t)show_arg(c, 2));
	mknod_tail(c, (uint16_t)show_arg(c, 2), show_arg(c, 3));
	return SHOW_DECODED;
}

/* ---- times ------------------------------------------------------------------------ */

#define UTIME_NOW_ ((1l << 30) - 1l)
#define UTIME_OMIT_ ((1l << 30) - 2l)

/* One utimensat time: UTIME_NOW / UTIME_OMIT alone, else the timespec
 * with its date comment. */
static void utime_elem(show_call *c, const struct dec_timespec *ts)
{
	if (ts->tv_nsec == UTIME_NOW_) {
		show_puts(c, "UTIME_NOW");
	} else if (ts->tv_nsec == UTIME_OMIT_) {
		show_puts(c, "UTIME_OMIT");
	} else {
		dec_timespec(c, ts);
		dec_time_comment(c, ts->tv_sec, ts->tv_nsec);
	}
}

/* utimensat's [{tv_sec=..., tv_nsec=0} /" "* date *" "/, UTIME_OMIT] */
static void print_utimens(show_call *c, const void *p)
{
	const struct dec_timespec *ts = p;
	show_array_begin(c);
	utime_elem(c, &ts[0]);
	show_array_next(c);
	utime_elem(c, &ts[1]);
	show_array_end(c);
}

/* utimes("f", [{tv_sec=1, tv_usec=0}, {...}]), futimesat(AT_FDCWD, "f", [...]) */
static void print_timeval_pair(show_call *c, const void *p)
{
	const struct dec_timespec *tv = p;
	show_array_begin(c);
	dec_timeval(c, &tv[0]);
	dec_time_comment_us(c, tv[0].tv_sec, tv[0].tv_nsec);
	show_array_next(c);
	dec_timeval(c, &tv[1]);
	dec_time_comment_us(c, tv[1].tv_sec, tv[1].tv_nsec);
	show_array_end(c);
}

/* utime("f", {actime=1000 /" "* 1970-01-01T00:16:40+0000 *" "/, modtime=...}) */
static void print_utimbuf(show_call *c, const void *p)
{
	static const char *const names[] = { "actime", "modtime" };
	const int64_t *t = p;
	show_struct_begin(c);
	for (int i = 0; i < 2; i++) {
		if (i)
			show_struct_next(c);
		show_field(c, names[i]);
		show_int(c, t[i]);
		dec_time_comment(c, t[i], 0);
	}
	show_struct_end(c);
}

/* ---- sizes, cwd ---------------------------------------------------------------------- */

/* getcwd's "/tmp": the returned length counts the NUL. */
static void getcwd_buf(show_call *c, unsigned arg)
{
	const struct replay_blob *b = show_blob(c, arg, 0, 1);
	if (show_errno(c) || !b || b->read_errno || !b->data) {
		show_addr(c, show_arg(c, arg));
		return;
	}
	size_t n = b->len;
	if (memchr(b->data, '\0', n))
		n = strnlen((const char *)b->data, n);
	show_quoted(c, b->data, n, SHOW_Q_NO_TRUNC);
}

/* ---- directories ------------------------------------------------------------------------ */

struct k_dirent64_hdr {
	uint64_t d_ino;
	int64_t d_off;
	uint16_t d_reclen;
	uint8_t d_type;
} __attribute__((packed));

/* Counts the records of a getdents64 buffer (header HDR bytes: the legacy
 * getdents' has no d_type, 18) as strace does: it stops at a record too
 * short or running past the end. */
static unsigned dirent_count_hdr(const uint8_t *p, size_t len, size_t hdr)
{
	unsigned n = 0;
	for (size_t off = 0; off + hdr <= len;) {
		uint16_t reclen;
		memcpy(&reclen, p + off + 16, sizeof(reclen));
		if (reclen < hdr + 1 || off + reclen > len)
			break;
		n++;
		off += reclen;
	}
	return n;
}

static unsigned dirent_count(const uint8_t *p, size_t len)
{
	return dirent_count_hdr(p, len, sizeof(struct k_dirent64_hdr));
}

static void dirent_print(show_call *c, const uint8_t *p, size_t len)
{
	show_array_begin(c);
	unsigned n = 0;
	for (size_t off = 0; off + sizeof(struct k_dirent64_hdr) <= len;) {
		struct k_dirent64_hdr h;
		memcpy(&h, p + off, sizeof(h));
		if (h.d_reclen < sizeof(h) + 1 || off + h.d_reclen > len)
			break;
		if (n++)
			show_array_next(c);
		show_struct_begin(c);
		show_field(c, "d_ino");
		show_uint(c, h.d_ino);
		show_struct_next(c);
		show_field(c, "d_off");
		show_int(c, h.d_off);
		show_struct_next(c);
		show_field(c, "d_reclen");
		show_uint(c, h.d_reclen);
		show_struct_next(c);
		show_field(c, "d_type");
		dec_enum(c, &xlat_dirent_types, h.d_type, "DT_???");
		show_struct_next(c);
		show_field(c, "d_name");
		const uint8_t *name = p + off + sizeof(h);
		size_t nlen = h.d_reclen - sizeof(h);
		show_quoted(c, name, strnlen((const char *)name, nlen), SHOW_Q_NO_TRUNC);
		show_struct_end(c);
		off += h.d_reclen;
	}
	show_array_end(c);
}

/* getdents64's buffer: 0x55d0 /" "* 12 entries *" "/; -v lists them. */
static void getdents64_buf(show_call *c, unsigned arg)
{
	const struct replay_blob *b = show_blob(c, arg, 0, 1);
	int64_t ret = show_retval(c);
	if (show_errno(c) || (ret > 0 && (!b || b->read_errno || !b->data))) {
		show_addr(c, show_arg(c, arg));
		return;
	}
	size_t len = b && b->data ? b->len : 0;
	if (show_verbose(c) && ret > 0) {
		dirent_print(c, b->data, len);
	} else {
		show_addr(c, show_arg(c, arg));
		show_comment(c, "%u entries", len ? dirent_count(b->data, len) : 0u);
	}
}

/* getdents' buffer: 0x55d0 /" "* 6 entries *" "/, the legacy records
 * (struct linux_dirent: no d_type before the name); -v is not decoded. */
static void getdents_buf(show_call *c, unsigned arg)
{
	const struct replay_blob *b = show_blob(c, arg, 0, 1);
	int64_t ret = show_retval(c);
	show_addr(c, show_arg(c, arg));
	if (!show_errno(c) && (ret == 0 || (b && !b->read_errno && b->data))) {
		size_t len = b && b->data ? b->len : 0;
		show_comment(c, "%u entries", len ? dirent_count_hdr(b->data, len, 18) : 0u);
	}
}

/* ---- statfs ----------------------------------------------------------------------------- */

struct k_statfs {
	int64_t f_type, f_bsize;
	uint64_t f_blocks, f_bfree, f_bavail, f_files, f_ffree;
	int32_t f_fsid[2];
	int64_t f_namelen, f_frsize, f_flags, f_spare[4];
};

/* {f_type=EXT2_SUPER_MAGIC, f_bsize=4096, ..., f_fsid={val=[0x1, 0x2]},
 * f_namelen=255, f_frsize=4096, f_flags=ST_VALID|ST_RELATIME} */
static void print_statfs(show_call *c, const void *p)
{
	const struct k_statfs *s = p;
	show_struct_begin(c);
	show_field(c, "f_type");
	dec_enum(c, &xlat_fsmagic, (uint64_t)s->f_type, NULL);
	dec_field_u(c, "f_bsize", (uint64_t)s->f_bsize);
	dec_field_u(c, "f_blocks", s->f_blocks);
	dec_field_u(c, "f_bfree", s->f_bfree);
	dec_field_u(c, "f_bavail", s->f_bavail);
	dec_field_u(c, "f_files", s->f_files);
	dec_field_u(c, "f_ffree", s->f_ffree);
	show_struct_next(c);
	show_field(c, "f_fsid");
	show_struct_begin(c);
	show_field(c, "val");
	show_array_begin(c);
	show_hex(c, (uint32_t)s->f_fsid[0]);
	show_array_next(c);
	show_hex(c, (uint32_t)s->f_fsid[1]);
	show_array_end(c);
	show_struct_end(c);
	dec_field_u(c, "f_namelen", (uint64_t)s->f_namelen);
	dec_field_u(c, "f_frsize", (uint64_t)s->f_frsize);
	show_struct_next(c);
	show_field(c, "f_flags");
	dec_flags(c, &xlat_statfs_flags, (uint64_t)s->f_flags, "ST_???");
	show_struct_end(c);
}

/* ---- xattrs ----------------------------------------------------------------------------- */

/* The value of a get*xattr: RET bytes as a buffer (cut at -s). */
static void xattr_value(show_call *c, unsigned arg)
{
	if (show_errno(c) || show_retval(c) < 0 || !show_arg(c, arg))
		show_addr(c, show_arg(c, arg));
	else
		show_buf(c, arg, 1, (uint64_t)show_retval(c));
}

/* listxattr's names: a size query (size 0) wrote nothing: the address. */
static void xattr_list(show_call *c, unsigned arg)
{
	if (show_arg(c, arg + 1) == 0)
		show_addr(c, show_arg(c, arg));
	else
		xattr_value(c, arg);
}

/* ---- mounts, sync ----------------------------------------------------------------------- */

#define MS_MGC_VAL_ 0xc0ed0000u
#define MS_MGC_MSK_ 0xffff0000u
#define MS_REMOUNT_ 0x20u
/* MS_BIND | MS_MOVE | MS_UNBINDABLE | MS_PRIVATE | MS_SLAVE | MS_SHARED */
#define MS_IGNORE_DATA_ (0x1000u | 0x2000u | 0x20000u | 0x40000u | 0x80000u | 0x100000u)

/* mount("none", "/mnt", "tmpfs", MS_NOSUID|MS_NODEV, ...): the data is a
 * pointer the recorder does not read (strace prints it as a string). */
static int dec_mount(show_call *c)
{
	uint64_t flags = show_arg(c, 3);
	/* strace's mount.c: a remount ignores the type, bind/move/propagation
	 * changes ignore type and data, so those print as addresses (the
	 * old magic number is not flags) */
	uint64_t f = (flags & MS_MGC_MSK_) == MS_MGC_VAL_ ? flags & ~(uint64_t)MS_MGC_MSK_ : flags;
	int ignore_type = (f & MS_REMOUNT_) != 0;
	int ignore_data = !ignore_type && (f & MS_IGNORE_DATA_) != 0;
	ignore_type |= ignore_data;
	show_path(c, 0);
	show_arg_next(c);
	show_path(c, 1);
	show_arg_next(c);
	if (ignore_type)
		show_addr(c, show_arg(c, 2));
	else
		show_str(c, 2);
	show_arg_next(c);
	char buf[XLAT_BUFSZ];
	size_t n = 0;
	buf[0] = '\0';
	if ((flags & MS_MGC_MSK_) == MS_MGC_VAL_) {
		n = (size_t)snprintf(buf, sizeof(buf), "MS_MGC_VAL%s", flags & ~(uint64_t)MS_MGC_MSK_ ? "|" : "");
		flags &= ~(uint64_t)MS_MGC_MSK_;
	}
	if (flags || (show_arg(c, 3) & MS_MGC_MSK_) != MS_MGC_VAL_)
		xlat_format_flags(buf + n, sizeof(buf) - n, &xlat_mount_flags, flags, "MS_???");
	show_flags_text(c, buf);
	show_arg_next(c);
	if (ignore_data)
		show_addr(c, show_arg(c, 4));
	else
		show_str(c, 4);
	return SHOW_DECODED;
}

/* ---- The new mount API (strace's fsopen.c, fsconfig.c, fsmount.c,
 * move_mount.c) ------------------------------------------------------------- */

enum {
	FSCONFIG_SET_FLAG_ = 0, FSCONFIG_SET_STRING_ = 1, FSCONFIG_SET_BINARY_ = 2,
	FSCONFIG_SET_PATH_ = 3, FSCONFIG_SET_PATH_EMPTY_ = 4, FSCONFIG_SET_FD_ = 5,
};

/* fsconfig(3, FSCONFIG_SET_STRING, "size", "2m", 0): which of key, value and
 * aux mean something depends on the command; the others print as
 * addresses and a number. */
static int dec_fsconfig(show_call *c)
{
	uint32_t cmd = (uint32_t)show_arg(c, 1);
	int has_key = cmd <= FSCONFIG_SET_FD_;
	int aux = (int32_t)show_arg(c, 4);
	show_fd(c, (int32_t)show_arg(c, 0));
	show_arg_next(c);
	dec_enum(c, &xlat_fsconfig_cmds, cmd, "FSCONFIG_???");
	show_arg_next(c);
	if (has_key)
		show_str(c, 2);
	else
		show_addr(c, show_arg(c, 2));
	show_arg_next(c);
	if (cmd == FSCONFIG_SET_STRING_ || cmd == FSCONFIG_SET_BINARY_)
		show_str(c, 3);
	else if (cmd == FSCONFIG_SET_PATH_ || cmd == FSCONFIG_SET_PATH_EMPTY_)
		show_path(c, 3);
	else
		show_addr(c, show_arg(c, 3));
	show_arg_next(c);
	if (cmd == FSCONFIG_SET_PATH_ || cmd == FSCONFIG_SET_PATH_EMPTY_)
		show_dirfd(c, aux);
	else if (cmd == FSCONFIG_SET_FD_)
		show_fd(c, aux);
	else
		show_int(c, aux);
	return SHOW_DECODED;
}

/* ustat's device: makedev(0x8, 0x1) */
static void ustat_dev(show_call *c, unsigned arg)
{
	dec_dev(c, (uint32_t)show_arg(c, arg));
}

#define Q_SYNC_ 0x800001u
#define Q_QUOTAOFF_ 0x800003u

/* quotactl(QCMD(Q_GETQUOTA, USRQUOTA), "/dev/sda1", 0, NULL): the command
 * and type packed in the first argument; the data prints as its address
 * here. */
static int dec_quotactl(show_call *c)
{
	uint32_t q = (uint32_t)show_arg(c, 0);
	char cmd[64], type[64];
	xlat_format_enum(cmd, sizeof(cmd), &xlat_quotacmds, q >> 8, "Q_???", XLAT_FMT_X);
	xlat_format_enum(type, sizeof(type), &xlat_quotatypes, q & 0xff, "???QUOTA", XLAT_FMT_X);
	show_printf(c, "QCMD(%s, %s)", cmd, type);
	show_arg_next(c);
	show_path(c, 1);
	if ((q >> 8) == Q_SYNC_ || (q >> 8) == Q_QUOTAOFF_)
		return SHOW_DECODED; /* no id, no data */
	show_arg_next(c);
	show_uint(c, (uint32_t)show_arg(c, 2));
	show_arg_next(c);
	show_addr(c, show_arg(c, 3));
	return SHOW_DECODED;
}

/* ---- fanotify (strace's fanotify.c) ------------------------------------------ */

#define FAN_ALL_CLASS_BITS_ 0xcu
#define FAN_NOFD_ (-1)

/* fanotify_init(FAN_CLASS_NOTIF|FAN_CLOEXEC, O_RDONLY) = 5: the class is an
 * enum in two bits, the other flags a set. */
static void fan_init_flags(show_call *c, unsigned arg)
{
	uint32_t flags = (uint32_t)show_arg(c, arg);
	char buf[XLAT_BUFSZ];
	size_t n = xlat_format_enum(buf, sizeof(buf), &xlat_fan_classes, flags & FAN_ALL_CLASS_BITS_,
				    "FAN_CLASS_???", XLAT_FMT_X);
	flags &= ~FAN_ALL_CLASS_BITS_;
	if (flags && n + 1 < sizeof(buf)) {
		buf[n++] = '|';
		xlat_format_flags(buf + n, sizeof(buf) - n, &xlat_fan_init_flags, flags, "FAN_???");
	}
	show_flags_text(c, buf);
}

/* fanotify_mark(5, FAN_MARK_ADD, FAN_CLOSE_WRITE|FAN_OPEN, AT_FDCWD, "."):
 * the directory fd may be FAN_NOFD. */
static void fan_dirfd(show_call *c, unsigned arg)
{
	int32_t dfd = (int32_t)show_arg(c, arg);
	if (dfd == FAN_NOFD_)
		show_enum_text(c, "FAN_NOFD");
	else
		show_dirfd(c, dfd);
}

#define A_STAT SHOW_A_STRUCT(print_stat, sizeof(struct k_stat))
#define A_STATFS SHOW_A_STRUCT(print_statfs, sizeof(struct k_statfs))
#define A_AT_FLAGS SHOW_A_FLAGS(xlat_at_flags, "AT_???")
#define A_ACCESS SHOW_A_FLAGS(xlat_access_modes, "?_OK")
#define A_XATTR_FLAGS SHOW_A_FLAGS(xlat_xattrflags, "XATTR_???")

/* The irregular calls first; then the table decoders, one line each (the
 * line strace prints is in the comment of each argument printer above, or
 * follows from the specs: access("f", R_OK|W_OK)). */
const struct show_decoder show_decoders_file[] = {
	{ "quotactl", .decode = dec_quotactl },
	{ "mount", .decode = dec_mount },
	{ "fsconfig", .decode = dec_fsconfig },
	{ "open", .decode = dec_open },
	{ "openat", .decode = dec_openat },
	{ "openat2", .decode = dec_openat2 },
	{ "mknod", .decode = dec_mknod },
	{ "mknodat", .decode = dec_mknodat },
	{ "creat", .args = SHOW_ARGS(SHOW_A_PATH, SHOW_A_UMODE) },
	{ "stat", .args = SHOW_ARGS(SHOW_A_PATH, A_STAT) },
	{ "lstat", .args = SHOW_ARGS(SHOW_A_PATH, A_STAT) },
	{ "fstat", .args = SHOW_ARGS(SHOW_A_FD, A_STAT) },
	{ "newfstatat", .args = SHOW_ARGS(SHOW_A_DIRFD, SHOW_A_PATH, A_STAT, A_AT_FLAGS) },
	{ "statx", .args = SHOW_ARGS(SHOW_A_DIRFD, SHOW_A_PATH, SHOW_A_PRINT(statx_flags),
				     SHOW_A_FLAGS(xlat_statx_masks, "STATX_???"),
				     SHOW_A_PRINT(statx_out)) },
	{ "statfs", .args = SHOW_ARGS(SHOW_A_PATH, A_STATFS) },
	{ "fstatfs", .args = SHOW_ARGS(SHOW_A_FD, A_STATFS) },
	{ "access", .args = SHOW_ARGS(SHOW_A_PATH, A_ACCESS) },
	{ "faccessat", .args = SHOW_ARGS(SHOW_A_DIRFD, SHOW_A_PATH, A_ACCESS) },
	{ "faccessat2", .args = SHOW_ARGS(SHOW_A_DIRFD, SHOW_A_PATH, A_ACCESS,
					  SHOW_A_FLAGS(xlat_faccessat_flags, "AT_???")) },
	/* the link text: RET bytes, not NUL-terminated, cut at -s */
	{ "readlink", .args = SHOW_ARGS(SHOW_A_PATH, SHOW_A_TABLE, SHOW_A_ULONG) },
	{ "readlinkat", .args = SHOW_ARGS(SHOW_A_DIRFD, SHOW_A_PATH, SHOW_A_TABLE, SHOW_A_ULONG) },
	{ "rename", .args = SHOW_ARGS(SHOW_A_PATH, SHOW_A_PATH) },
	{ "link", .args = SHOW_ARGS(SHOW_A_PATH, SHOW_A_PATH) },
	/* the target is text, but strace prints it whole, as a path */
	{ "symlink", .args = SHOW_ARGS(SHOW_A_PATH, SHOW_A_PATH) },
	{ "renameat", .args = SHOW_ARGS(SHOW_A_DIRFD, SHOW_A_PATH, SHOW_A_DIRFD, SHOW_A_PATH) },
	{ "renameat2", .args = SHOW_ARGS(SHOW_A_DIRFD, SHOW_A_PATH, SHOW_A_DIRFD, SHOW_A_PATH,
					 SHOW_A_FLAGS(xlat_rename_flags, "RENAME_??")) },
	{ "linkat", .args = SHOW_ARGS(SHOW_A_DIRFD, SHOW_A_PATH, SHOW_A_DIRFD, SHOW_A_PATH,
				      A_AT_FLAGS) },
	{ "symlinkat", .args = SHOW_ARGS(SHOW_A_PATH, SHOW_A_DIRFD, SHOW_A_PATH) },
	{ "unlink", .args = SHOW_ARGS(SHOW_A_PATH) },
	{ "rmdir", .args = SHOW_ARGS(SHOW_A_PATH) },
	{ "chdir", .args = SHOW_ARGS(SHOW_A_PATH) },
	{ "chroot", .args = SHOW_ARGS(SHOW_A_PATH) },
	{ "unlinkat", .args = SHOW_ARGS(SHOW_A_DIRFD, SHOW_A_PATH, A_AT_FLAGS) },
	{ "mkdir", .args = SHOW_ARGS(SHOW_A_PATH, SHOW_A_UMODE) },
	{ "chmod", .args = SHOW_ARGS(SHOW_A_PATH, SHOW_A_UMODE) },
	{ "mkdirat", .args = SHOW_ARGS(SHOW_A_DIRFD, SHOW_A_PATH, SHOW_A_UMODE) },
	{ "fchmodat", .args = SHOW_ARGS(SHOW_A_DIRFD, SHOW_A_PATH, SHOW_A_UMODE) },
	{ "fchmod", .args = SHOW_ARGS(SHOW_A_FD, SHOW_A_UMODE) },
	/* uid/gid as %d: -1 means "unchanged" */
	{ "chown", .args = SHOW_ARGS(SHOW_A_PATH, SHOW_A_INT, SHOW_A_INT) },
	{ "lchown", .args = SHOW_ARGS(SHOW_A_PATH, SHOW_A_INT, SHOW_A_INT) },
	{ "fchown", .args = SHOW_ARGS(SHOW_A_FD, SHOW_A_INT, SHOW_A_INT) },
	{ "fchownat", .args = SHOW_ARGS(SHOW_A_DIRFD, SHOW_A_PATH, SHOW_A_INT, SHOW_A_INT,
					A_AT_FLAGS) },
	/* umask(022) = 077: both octal */
	{ "umask", .args = SHOW_ARGS(SHOW_A_UMODE), .rv = SHOW_RV_OCT },
	{ "utimensat", .args = SHOW_ARGS(SHOW_A_DIRFD, SHOW_A_PATH,
					 SHOW_A_STRUCT(print_utimens, 2 * sizeof(struct dec_timespec)),
					 A_AT_FLAGS) },
	{ "utimes", .args = SHOW_ARGS(SHOW_A_PATH,
				      SHOW_A_STRUCT(print_timeval_pair, 2 * sizeof(struct dec_timespec))) },
	{ "utime", .args = SHOW_ARGS(SHOW_A_PATH, SHOW_A_STRUCT(print_utimbuf, 2 * sizeof(int64_t))) },
	{ "futimesat", .args = SHOW_ARGS(SHOW_A_DIRFD, SHOW_A_PATH,
					 SHOW_A_STRUCT(print_timeval_pair, 2 * sizeof(struct dec_timespec))) },
	{ "truncate", .args = SHOW_ARGS(SHOW_A_PATH, SHOW_A_LONG) },
	{ "ftruncate", .args = SHOW_ARGS(SHOW_A_FD, SHOW_A_LONG) },
	{ "getcwd", .args = SHOW_ARGS(SHOW_A_PRINT(getcwd_buf), SHOW_A_ULONG) },
	{ "fchdir", .args = SHOW_ARGS(SHOW_A_FD) },
	{ "getdents64", .args = SHOW_ARGS(SHOW_A_FD, SHOW_A_PRINT(getdents64_buf), SHOW_A_UINT) },
	{ "getdents", .args = SHOW_ARGS(SHOW_A_FD, SHOW_A_PRINT(getdents_buf), SHOW_A_UINT) },
	/* getxattr("f", "user.x", "val", 256) = 3 */
	{ "getxattr", .args = SHOW_ARGS(SHOW_A_PATH, SHOW_A_STR, SHOW_A_PRINT(xattr_value), SHOW_A_ULONG) },
	{ "lgetxattr", .args = SHOW_ARGS(SHOW_A_PATH, SHOW_A_STR, SHOW_A_PRINT(xattr_value), SHOW_A_ULONG) },
	{ "fgetxattr", .args = SHOW_ARGS(SHOW_A_FD, SHOW_A_STR, SHOW_A_PRINT(xattr_value), SHOW_A_ULONG) },
	/* setxattr("f", "user.x", "val", 3, XATTR_CREATE) */
	{ "setxattr", .args = SHOW_ARGS(SHOW_A_PATH, SHOW_A_STR, SHOW_A_TABLE, SHOW_A_ULONG,
					A_XATTR_FLAGS) },
	{ "lsetxattr", .args = SHOW_ARGS(SHOW_A_PATH, SHOW_A_STR, SHOW_A_TABLE, SHOW_A_ULONG,
					 A_XATTR_FLAGS) },
	{ "fsetxattr", .args = SHOW_ARGS(SHOW_A_FD, SHOW_A_STR, SHOW_A_TABLE, SHOW_A_ULONG,
					 A_XATTR_FLAGS) },
	/* listxattr("f", "user.x\0", 256) = 7 / llistxattr("f", NULL, 0) = 0 */
	{ "listxattr", .args = SHOW_ARGS(SHOW_A_PATH, SHOW_A_PRINT(xattr_list), SHOW_A_ULONG) },
	{ "llistxattr", .args = SHOW_ARGS(SHOW_A_PATH, SHOW_A_PRINT(xattr_list), SHOW_A_ULONG) },
	{ "flistxattr", .args = SHOW_ARGS(SHOW_A_FD, SHOW_A_PRINT(xattr_list), SHOW_A_ULONG) },
	{ "removexattr", .args = SHOW_ARGS(SHOW_A_PATH, SHOW_A_STR) },
	{ "lremovexattr", .args = SHOW_ARGS(SHOW_A_PATH, SHOW_A_STR) },
	{ "fremovexattr", .args = SHOW_ARGS(SHOW_A_FD, SHOW_A_STR) },
	{ "inotify_init1", .args = SHOW_ARGS(SHOW_A_FLAGS(xlat_inotify_init_flags, "IN_???")),
	  .rv = SHOW_RV_FD },
	{ "inotify_add_watch", .args = SHOW_ARGS(SHOW_A_FD, SHOW_A_PATH,
						 SHOW_A_FLAGS(xlat_inotify_flags, "IN_???")),
	  .rv = SHOW_RV_DEC },
	{ "inotify_rm_watch", .args = SHOW_ARGS(SHOW_A_FD, SHOW_A_INT) },
	{ "umount2", .args = SHOW_ARGS(SHOW_A_PATH, SHOW_A_FLAGS(xlat_umount_flags, "MNT_???")) },
	{ "fsopen", .args = SHOW_ARGS(SHOW_A_STR, SHOW_A_FLAGS(xlat_fsopen_flags, "FSOPEN_???")),
	  .rv = SHOW_RV_FD },
	{ "fsmount", .args = SHOW_ARGS(SHOW_A_FD, SHOW_A_FLAGS(xlat_fsmount_flags, "FSMOUNT_???"),
				       SHOW_A_FLAGS(xlat_mount_attr_flags, "MOUNT_ATTR_???")),
	  .rv = SHOW_RV_FD },
	{ "move_mount", .args = SHOW_ARGS(SHOW_A_DIRFD, SHOW_A_PATH, SHOW_A_DIRFD, SHOW_A_PATH,
					  SHOW_A_FLAGS(xlat_move_mount_flags, "MOVE_MOUNT_???")) },
	{ "sync_file_range", .args = SHOW_ARGS(SHOW_A_FD, SHOW_A_LONG, SHOW_A_LONG,
					       SHOW_A_FLAGS(xlat_sync_file_range_flags,
							    "SYNC_FILE_RANGE_???")) },
	{ "open_tree", .args = SHOW_ARGS(SHOW_A_DIRFD, SHOW_A_PATH,
					 SHOW_A_FLAGS(xlat_open_tree_flags, "OPEN_TREE_???")),
	  .rv = SHOW_RV_FD },
	{ "fspick", .args = SHOW_ARGS(SHOW_A_DIRFD, SHOW_A_PATH,
				      SHOW_A_FLAGS(xlat_fspick_flags, "FSPICK_???")),
	  .rv = SHOW_RV_FD },
	/* the attributes print as their address here */
	{ "mount_setattr", .args = SHOW_ARGS(SHOW_A_DIRFD, SHOW_A_PATH,
					     SHOW_A_FLAGS(xlat_mount_setattr_flags, "AT_???"),
					     SHOW_A_ADDR, SHOW_A_ULONG) },
	{ "ustat", .args = SHOW_ARGS(SHOW_A_PRINT(ustat_dev), SHOW_A_ADDR) },
	{ "fanotify_init", .args = SHOW_ARGS(SHOW_A_PRINT(fan_init_flags), SHOW_A_OPEN_FLAGS),
	  .rv = SHOW_RV_FD },
	{ "fanotify_mark", .args = SHOW_ARGS(SHOW_A_FD, SHOW_A_FLAGS(xlat_fan_mark_flags, "FAN_MARK_???"),
					     SHOW_A_FLAGS64(xlat_fan_event_flags, "FAN_???"),
					     SHOW_A_PRINT(fan_dirfd), SHOW_A_PATH) },
	{ 0 },
};

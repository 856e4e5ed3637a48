/*
 * dry_hash — file and directory checksums exactly as DVC computes them.
 *
 * Two kinds (dvc-format.md §2, §3):
 *  - DRY_HASH_MD5: DVC 3.x, the MD5 of the raw bytes (entries with `hash: md5`);
 *  - DRY_HASH_MD5_DOS2UNIX: DVC 2.x, the file is classified once as text or
 *    binary from its first 512 bytes and, if text, each 1 MiB chunk has its
 *    CRLFs turned into LFs before hashing (a CRLF across a chunk boundary
 *    stays). Used by the legacy .dvc form.
 *
 * A directory's checksum (§4) is the MD5 of the JSON listing of its files,
 * suffixed ".dir". The walk is os.walk's: symlinks to files count as files
 * (their target's content, size and mode), symlinks to directories are left
 * out, empty directories add nothing, DVC's built-in ignores (.git, .git/,
 * .hg/, .dvc/ at any depth) and sub-repositories (a directory holding .dvc/)
 * are pruned, and a caller's filter prunes more (.dvcignore patterns).
 *
 * Symlinks are followed for files (§3). Errors: a negative errno (a broken
 * symlink gives -ENOENT, as DVC fails on it too), DRY_E_NOT_FILE for a fifo,
 * socket or device, DRY_E_DVCIGNORE when a walked directory holds a
 * .dvcignore file. Output parameters are written only on success.
 */
#ifndef DRY_HASH_H
#define DRY_HASH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum dry_hash_kind {
	DRY_HASH_MD5,          /* 3.x: raw bytes */
	DRY_HASH_MD5_DOS2UNIX, /* 2.x: CRLF -> LF in text files */
	DRY_HASH_NAMES,        /* dry_dir_list() only: which files DVC would list, not
				* read (empty md5, no JSON) */
};

#define DRY_MD5_HEX_LEN 32
/* Room for a digest, ".dir" and the NUL. */
#define DRY_HASH_STR_SIZE (DRY_MD5_HEX_LEN + 4 + 1)

/* What a lock entry says about a path. */
struct dry_hash_info {
	char md5[DRY_HASH_STR_SIZE]; /* 32 lowercase hex digits, "+.dir" for a directory */
	uint64_t size;               /* bytes; for a directory the sum over its files */
	uint64_t nfiles;             /* directories only */
	bool isdir;
	bool isexec;                 /* files only: any execute bit of the target */
};

/* One file of a directory listing. */
struct dry_dir_entry {
	char *relpath;               /* '/'-separated, relative to the directory */
	char md5[DRY_MD5_HEX_LEN + 1];
	uint64_t size;
};

/* A directory's files sorted by relpath (bytewise) and the exact JSON
 * bytes that DVC hashes and stores as the .dir object. */
struct dry_dir_listing {
	struct dry_dir_entry *entries;
	size_t n;
	char *json;
	size_t json_len;
};

/* Return true to leave RELPATH (relative to the directory being walked; ISDIR
 * says whether it is a directory) out of a listing. */
typedef bool (*dry_hash_skip_fn)(void *ctx, const char *relpath, bool isdir);

/* MD5 of DATA as 32 lowercase hex digits plus NUL. */
void dry_md5_hex(const void *data, size_t len, char ret[DRY_MD5_HEX_LEN + 1]);

/* DVC's text test of one block (its first 512 bytes are looked at): empty is
 * text, a NUL makes it binary, otherwise text when at most 30% of the bytes
 * are outside 0x20..0x7E and \n \r \t \f \b. */
bool dry_is_text_block(const void *block, size_t len);

/* Checksum of the file open as FD (read from its current offset to the end). */
int dry_hash_fd(int fd, enum dry_hash_kind kind, char ret[DRY_MD5_HEX_LEN + 1]);

/* Lists the directory PATH (relative to DIRFD, or absolute) with each file's
 * checksum of KIND. SKIP may be NULL. Free with dry_dir_listing_free(). */
int dry_dir_list(int dirfd, const char *path, enum dry_hash_kind kind,
		 dry_hash_skip_fn skip, void *skip_ctx, struct dry_dir_listing **ret);

void dry_dir_listing_free(struct dry_dir_listing *l);

/* Fills *RET from a listing: the .dir checksum, size and nfiles. */
void dry_dir_listing_info(const struct dry_dir_listing *l, struct dry_hash_info *ret);

/* The lock-entry facts of PATH (relative to DIRFD, or absolute), following
 * symlinks: a regular file or a directory (then as dry_dir_list()). */
int dry_hash_path(int dirfd, const char *path, enum dry_hash_kind kind,
		  dry_hash_skip_fn skip, void *skip_ctx, struct dry_hash_info *ret);

#endif

/* dry_hash — see dry_hash.h. */
#include "dry_hash.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* OpenSSL's MD5 functions rather than EVP: EVP fetches the digest from a
 * provider, which first initialises libcrypto's library context and reads
 * openssl.cnf, and the EVP code pulls in nearly all of libcrypto. Linked
 * statically (analyze/dry/meson.build), MD5_* add 20 kB to dry and no
 * start-up work: a program hashing 3 bytes runs (exec to exit, pinned to one
 * CPU) in 3.0 ms with EVP and the shared libcrypto, 0.9 ms so, as fast as
 * one hashing nothing. They are deprecated in OpenSSL 3 in favour of EVP
 * only, and compute the same digest. */
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/md5.h>

#include "dry_buf.h"
#include "dry_error.h"
#include "dry_json.h"

/* dvc-data reads files in 2^20-byte chunks and the dos2unix rewrite is
 * applied per chunk, so the chunk size is part of the checksum. */
#define CHUNK_SIZE (1u << 20)
/* istextfile() looks at this many leading bytes. */
#define TEXT_BLOCK 512

static void hex(const unsigned char *d, size_t n, char *out)
{
	static const char digits[] = "0123456789abcdef";
	for (size_t i = 0; i < n; i++) {
		out[2 * i] = digits[d[i] >> 4];
		out[2 * i + 1] = digits[d[i] & 15];
	}
	out[2 * n] = '\0';
}

void dry_md5_hex(const void *data, size_t len, char ret[DRY_MD5_HEX_LEN + 1])
{
	unsigned char d[MD5_DIGEST_LENGTH];
	MD5(data, len, d);
	hex(d, sizeof d, ret);
}

/* The bytes istextfile() does not count against a file: printable ASCII and
 * \n \r \t \f \b. */
static bool is_text_byte(unsigned char c)
{
	return (c >= 0x20 && c <= 0x7E) || c == '\n' || c == '\r' || c == '\t' ||
	       c == '\f' || c == '\b';
}

bool dry_is_text_block(const void *block, size_t len)
{
	const unsigned char *p = block;
	size_t count = 0;
	if (len > TEXT_BLOCK)
		len = TEXT_BLOCK;
	if (memchr(p, '\0', len))
		return false;
	for (size_t i = 0; i < len; i++)
		count += !is_text_byte(p[i]);
	/* DVC: nontext / len <= 0.30; the integer form is exact. */
	return 10 * count <= 3 * len;
}

/* Reads until BUF is full or the file ends, as Python's f.read(n) does. */
static ssize_t read_full(int fd, unsigned char *buf, size_t len)
{
	size_t got = 0;
	while (got < len) {
		ssize_t n = read(fd, buf + got, len - got);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			return -errno;
		}
		if (n == 0)
			break;
		got += (size_t)n;
	}
	return (ssize_t)got;
}

/* In place: every "\r\n" of BUF[0..LEN) becomes "\n". Returns the new length. */
static size_t dos2unix(unsigned char *buf, size_t len)
{
	size_t w = 0;
	for (size_t r = 0; r < len; r++) {
		if (buf[r] == '\r' && r + 1 < len && buf[r + 1] == '\n')
			continue;
		buf[w++] = buf[r];
	}
	return w;
}

int dry_hash_fd(int fd, enum dry_hash_kind kind, char ret[DRY_MD5_HEX_LEN + 1])
{
	unsigned char *buf = malloc(CHUNK_SIZE);
	MD5_CTX ctx;
	int err = 0;
	bool first = true, text = false;

	if (!buf || !MD5_Init(&ctx)) {
		err = -ENOMEM;
		goto out;
	}
	for (;;) {
		ssize_t n = read_full(fd, buf, CHUNK_SIZE);
		if (n < 0) {
			err = (int)n;
			goto out;
		}
		if (first && kind == DRY_HASH_MD5_DOS2UNIX)
			text = dry_is_text_block(buf, (size_t)n);
		first = false;
		if (n == 0)
			break;
		size_t len = text ? dos2unix(buf, (size_t)n) : (size_t)n;
		MD5_Update(&ctx, buf, len);
		if ((size_t)n < CHUNK_SIZE)
			break;
	}
	unsigned char d[MD5_DIGEST_LENGTH];
	MD5_Final(d, &ctx);
	hex(d, sizeof d, ret);
out:
	free(buf);
	return err;
}

/* Opens a regular file (following symlinks) and hashes it; *RET_ST gets
 * its stat. */
static int hash_file_at(int dirfd, const char *path, enum dry_hash_kind kind,
			char md5[DRY_MD5_HEX_LEN + 1], struct stat *ret_st)
{
	int fd = openat(dirfd, path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
	if (fd < 0)
		return -errno;
	struct stat st;
	int err = 0;
	if (fstat(fd, &st) < 0)
		err = -errno;
	else if (!S_ISREG(st.st_mode))
		err = DRY_E_NOT_FILE;
	else
		err = dry_hash_fd(fd, kind, md5);
	close(fd);
	if (!err)
		*ret_st = st;
	return err;
}

/* --- directories ------------------------------------------------------ */

struct walk {
	enum dry_hash_kind kind;
	dry_hash_skip_fn skip;
	void *skip_ctx;
	struct dry_dir_entry *entries;
	size_t n, cap;
};

/* DVC's built-in ignore patterns (dvc/ignore.py): ".git" matches files and
 * directories, the others directories only, at any depth. */
static const struct {
	const char *name;
	bool dir_only;
} builtin_ignores[] = {
	{ ".git", false },
	{ ".hg", true },
	{ ".dvc", true },
};

static bool builtin_ignored(const char *name, bool isdir)
{
	for (size_t i = 0; i < sizeof(builtin_ignores) / sizeof(builtin_ignores[0]); i++)
		if (!strcmp(name, builtin_ignores[i].name) && (isdir || !builtin_ignores[i].dir_only))
			return true;
	return false;
}

/* A directory with its own .dvc/ is another repository: DVC skips it whole. */
static bool is_subrepo(int dfd, const char *name)
{
	struct stat st;
	char p[NAME_MAX + 8];
	snprintf(p, sizeof(p), "%s/.dvc", name);
	return fstatat(dfd, p, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISDIR(st.st_mode);
}

static int add_entry(struct walk *w, const char *relpath, const char *md5, uint64_t size)
{
	if (w->n == w->cap) {
		size_t cap = w->cap ? 2 * w->cap : 16;
		struct dry_dir_entry *e = realloc(w->entries, cap * sizeof(*e));
		if (!e)
			return -ENOMEM;
		w->entries = e;
		w->cap = cap;
	}
	struct dry_dir_entry *e = &w->entries[w->n];
	e->relpath = strdup(relpath);
	if (!e->relpath)
		return -ENOMEM;
	memcpy(e->md5, md5, sizeof(e->md5));
	e->size = size;
	w->n++;
	return 0;
}

static char *join_rel(const char *prefix, const char *name)
{
	struct dry_buf b = DRY_BUF_INIT;
	if (*prefix) {
		dry_buf_adds(&b, prefix);
		dry_buf_addc(&b, '/');
	}
	dry_buf_adds(&b, name);
	return dry_buf_steal(&b, NULL);
}

static int walk_dir(struct walk *w, int dfd, const char *prefix);

/* One directory entry NAME of DFD whose path in the listing is REL. */
static int walk_entry(struct walk *w, int dfd, const char *name, const char *rel)
{
	struct stat lst, st;
	if (fstatat(dfd, name, &lst, AT_SYMLINK_NOFOLLOW) < 0)
		return -errno;
	st = lst;
	if (S_ISLNK(lst.st_mode) && fstatat(dfd, name, &st, 0) < 0)
		return -errno; /* broken link: DVC fails on it too */
	bool isdir = S_ISDIR(st.st_mode);
	if (builtin_ignored(name, isdir) || (w->skip && w->skip(w->skip_ctx, rel, isdir)))
		return 0;
	if (isdir) {
		/* os.walk(followlinks=False) does not enter a link to a directory,
		 * and it is not a file either. */
		if (S_ISLNK(lst.st_mode) || is_subrepo(dfd, name))
			return 0;
		int sub = openat(dfd, name, O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW);
		if (sub < 0)
			return -errno;
		int err = walk_dir(w, sub, rel);
		close(sub);
		return err;
	}
	if (!S_ISREG(st.st_mode))
		return DRY_E_NOT_FILE;
	if (!strcmp(name, ".dvcignore"))
		return DRY_E_DVCIGNORE;
	char md5[DRY_MD5_HEX_LEN + 1] = "";
	int err = w->kind == DRY_HASH_NAMES ? 0 : hash_file_at(dfd, name, w->kind, md5, &st);
	if (err)
		return err;
	return add_entry(w, rel, md5, (uint64_t)st.st_size);
}

/* Walks the open directory DFD (closed by the caller); PREFIX is its path
 * in the listing ("" at the top). */
static int walk_dir(struct walk *w, int dfd, const char *prefix)
{
	int fd = dup(dfd);
	if (fd < 0)
		return -errno;
	DIR *d = fdopendir(fd);
	if (!d) {
		int err = -errno;
		close(fd);
		return err;
	}
	int err = 0;
	struct dirent *de;
	errno = 0;
	while (!err && (de = readdir(d))) {
		if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, ".."))
			continue;
		char *rel = join_rel(prefix, de->d_name);
		err = rel ? walk_entry(w, dfd, de->d_name, rel) : -ENOMEM;
		free(rel);
		errno = 0;
	}
	if (!err && errno)
		err = -errno;
	closedir(d);
	return err;
}

static int cmp_entry(const void *a, const void *b)
{
	/* Python sorts str by code point, which is UTF-8 byte order. */
	return strcmp(((const struct dry_dir_entry *)a)->relpath,
		      ((const struct dry_dir_entry *)b)->relpath);
}

/* json.dumps(list_of_dicts, sort_keys=True): "md5" sorts before "relpath". */
static int listing_json(struct dry_dir_listing *l)
{
	struct dry_buf b = DRY_BUF_INIT;
	dry_buf_addc(&b, '[');
	for (size_t i = 0; i < l->n; i++) {
		if (i)
			dry_buf_adds(&b, ", ");
		dry_buf_adds(&b, "{\"md5\": ");
		dry_json_add_string(&b, l->entries[i].md5, DRY_MD5_HEX_LEN);
		dry_buf_adds(&b, ", \"relpath\": ");
		dry_json_add_string(&b, l->entries[i].relpath, strlen(l->entries[i].relpath));
		dry_buf_addc(&b, '}');
	}
	dry_buf_addc(&b, ']');
	l->json = dry_buf_steal(&b, &l->json_len);
	return l->json ? 0 : -ENOMEM;
}

void dry_dir_listing_free(struct dry_dir_listing *l)
{
	if (!l)
		return;
	for (size_t i = 0; i < l->n; i++)
		free(l->entries[i].relpath);
	free(l->entries);
	free(l->json);
	free(l);
}

int dry_dir_list(int dirfd, const char *path, enum dry_hash_kind kind,
		 dry_hash_skip_fn skip, void *skip_ctx, struct dry_dir_listing **ret)
{
	struct walk w = { .kind = kind, .skip = skip, .skip_ctx = skip_ctx };
	int dfd = openat(dirfd, path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (dfd < 0)
		return -errno;
	int err = walk_dir(&w, dfd, "");
	close(dfd);

	struct dry_dir_listing *l = calloc(1, sizeof(*l));
	if (!l && !err)
		err = -ENOMEM;
	if (l) {
		l->entries = w.entries;
		l->n = w.n;
	} else {
		for (size_t i = 0; i < w.n; i++)
			free(w.entries[i].relpath);
		free(w.entries);
	}
	if (!err) {
		if (l->n)
			qsort(l->entries, l->n, sizeof(*l->entries), cmp_entry);
		err = kind == DRY_HASH_NAMES ? 0 : listing_json(l);
	}
	if (err) {
		dry_dir_listing_free(l);
		return err;
	}
	*ret = l;
	return 0;
}

void dry_dir_listing_info(const struct dry_dir_listing *l, struct dry_hash_info *ret)
{
	struct dry_hash_info info = { .isdir = true, .nfiles = l->n };
	/* The listing holds no raw CR, so dos2unix would not change it: one
	 * computation serves both kinds (§4 step 8). */
	dry_md5_hex(l->json, l->json_len, info.md5);
	strcat(info.md5, ".dir");
	for (size_t i = 0; i < l->n; i++)
		info.size += l->entries[i].size;
	*ret = info;
}

int dry_hash_path(int dirfd, const char *path, enum dry_hash_kind kind,
		  dry_hash_skip_fn skip, void *skip_ctx, struct dry_hash_info *ret)
{
	struct stat st;
	if (fstatat(dirfd, path, &st, 0) < 0)
		return -errno;
	if (S_ISDIR(st.st_mode)) {
		struct dry_dir_listing *l;
		int err = dry_dir_list(dirfd, path, kind, skip, skip_ctx, &l);
		if (err)
			return err;
		dry_dir_listing_info(l, ret);
		dry_dir_listing_free(l);
		return 0;
	}
	if (!S_ISREG(st.st_mode))
		return DRY_E_NOT_FILE;
	struct dry_hash_info info = { 0 };
	int err = hash_file_at(dirfd, path, kind, info.md5, &st);
	if (err)
		return err;
	info.size = (uint64_t)st.st_size;
	info.isexec = (st.st_mode & 0111) != 0;
	*ret = info;
	return 0;
}

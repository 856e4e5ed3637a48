/* dry_commit — see dry_commit.h. */
#include "dry_commit.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <linux/fs.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "dry_buf.h"
#include "dry_error.h"
#include "dry_path.h"

/* --- atomic writes ---------------------------------------------------------- */

static int write_all(int fd, const void *data, size_t len)
{
	const char *p = data;
	while (len) {
		ssize_t n = write(fd, p, len);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			return -errno;
		}
		p += n;
		len -= (size_t)n;
	}
	return 0;
}

/* A temporary file next to PATH: "<dir>/.<name>.dry-XXXXXX". */
static int open_temp_beside(const char *path, char *tmp, size_t size)
{
	const char *slash = strrchr(path, '/');
	int n = slash ? snprintf(tmp, size, "%.*s/.%s.dry-XXXXXX", (int)(slash - path), path, slash + 1)
		      : snprintf(tmp, size, ".%s.dry-XXXXXX", path);
	if (n < 0 || (size_t)n >= size)
		return -ENAMETOOLONG;
	int fd = mkostemp(tmp, O_CLOEXEC);
	return fd < 0 ? -errno : fd;
}

static mode_t default_mode(void)
{
	mode_t mask = umask(0);
	umask(mask);
	return 0666 & ~mask;
}

/* Finishes the temporary file FD, named TMP, filled so far with result
 * ERR: mode MODE, flushed to disk when SYNC, closed and renamed over PATH;
 * removed instead on any failure. Returns the first error. */
static int install_temp(int fd, const char *tmp, const char *path, mode_t mode, bool sync, int err)
{
	if (!err && fchmod(fd, mode) < 0)
		err = -errno;
	if (!err && sync && fsync(fd) < 0)
		err = -errno;
	if (close(fd) < 0 && !err)
		err = -errno;
	if (!err && rename(tmp, path) < 0)
		err = -errno;
	if (err)
		unlink(tmp);
	return err;
}

int dry_write_atomic(const char *path, const void *data, size_t len)
{
	char tmp[PATH_MAX];
	struct stat st;
	mode_t mode = stat(path, &st) == 0 ? st.st_mode & 07777 : default_mode();
	int fd = open_temp_beside(path, tmp, sizeof(tmp));
	if (fd < 0)
		return fd;
	return install_temp(fd, tmp, path, mode, true, write_all(fd, data, len));
}

int dry_lock_dir(const char *dir, bool wait, int *ret_fd)
{
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	int r;
	while ((r = flock(fd, LOCK_EX | (wait ? 0 : LOCK_NB))) < 0 && errno == EINTR)
		;
	if (r < 0) {
		int err = -errno;
		close(fd);
		return err;
	}
	*ret_fd = fd;
	return 0;
}

bool dry_is_dir(const char *base, const char *rel)
{
	char *p = dry_path_join(base, rel);
	struct stat st;
	bool yes = p && stat(p, &st) == 0 && S_ISDIR(st.st_mode);
	free(p);
	return yes;
}

int dry_read_file(const char *path, struct dry_buf *out)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return errno == ENOENT ? 0 : -errno;
	char buf[65536];
	ssize_t n;
	while ((n = read(fd, buf, sizeof(buf))) > 0 || (n < 0 && errno == EINTR))
		if (n > 0)
			dry_buf_add(out, buf, (size_t)n);
	int err = n < 0 ? -errno : dry_buf_error(out);
	close(fd);
	return err;
}

/* --- .dvc/config -------------------------------------------------------------- */

static char *trim(char *s)
{
	while (*s == ' ' || *s == '\t')
		s++;
	char *e = s + strlen(s);
	while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\n' || e[-1] == '\r'))
		*--e = '\0';
	return s;
}

/* configobj values may be quoted. */
static char *unquote(char *v)
{
	size_t n = strlen(v);
	if (n >= 2 && (v[0] == '"' || v[0] == '\'') && v[n - 1] == v[0]) {
		v[n - 1] = '\0';
		return v + 1;
	}
	return v;
}

/* The `dir` of the [cache] section of the INI file PATH: 1 and *RET, 0 when
 * not set (or no file), negative on error. */
static int config_cache_dir(const char *path, char **ret)
{
	FILE *f = fopen(path, "re");
	if (!f)
		return errno == ENOENT ? 0 : -errno;
	char line[PATH_MAX + 64];
	bool in_cache = false;
	int found = 0;
	while (fgets(line, sizeof(line), f)) {
		char *s = trim(line);
		if (!*s || *s == '#' || *s == ';')
			continue;
		if (*s == '[') {
			char *e = strchr(s, ']');
			if (!e) {
				found = DRY_E_CONFIG;
				break;
			}
			*e = '\0';
			in_cache = !strcmp(trim(s + 1), "cache");
			continue;
		}
		char *eq = strchr(s, '=');
		if (!in_cache || !eq)
			continue;
		*eq = '\0';
		if (strcmp(trim(s), "dir"))
			continue;
		free(*ret);
		*ret = strdup(unquote(trim(eq + 1)));
		found = *ret ? 1 : -ENOMEM;
	}
	fclose(f);
	return found;
}

int dry_cache_dir(const char *root, char **ret)
{
	char *dvcdir = dry_path_join(root, ".dvc");
	char *value = NULL;
	int err = -ENOMEM;
	if (!dvcdir)
		return err;
	/* config.local overrides config (dvc/config.py levels). */
	static const char *const files[] = { "config.local", "config" };
	for (size_t i = 0; i < 2; i++) {
		char *p = dry_path_join(dvcdir, files[i]);
		err = p ? config_cache_dir(p, &value) : -ENOMEM;
		free(p);
		if (err)
			break;
	}
	char *dir = NULL;
	if (err >= 0)
		dir = dry_path_join(value ? dvcdir : root, value ? value : ".dvc/cache");
	free(value);
	free(dvcdir);
	if (err < 0)
		return err;
	if (!dir)
		return -ENOMEM;
	*ret = dir;
	return 0;
}

/* --- cache objects -------------------------------------------------------------- */

char *dry_cache_object_path(const char *cache, enum dry_hash_kind kind, const char *md5)
{
	if (strlen(md5) < 3)
		return NULL;
	struct dry_buf b = DRY_BUF_INIT;
	dry_buf_adds(&b, cache);
	dry_buf_adds(&b, kind == DRY_HASH_MD5 ? "/files/md5/" : "/");
	dry_buf_add(&b, md5, 2);
	dry_buf_addc(&b, '/');
	dry_buf_adds(&b, md5 + 2);
	return dry_buf_steal(&b, NULL);
}

static int mkdir_p(const char *dir)
{
	char tmp[PATH_MAX];
	if (snprintf(tmp, sizeof(tmp), "%s", dir) >= (int)sizeof(tmp))
		return -ENAMETOOLONG;
	for (char *s = tmp + 1;; s++) {
		if (*s != '/' && *s != '\0')
			continue;
		char c = *s;
		*s = '\0';
		if (mkdir(tmp, 0777) < 0 && errno != EEXIST)
			return -errno;
		*s = c;
		if (!c)
			return 0;
	}
}

static int parent_dir(const char *path)
{
	char tmp[PATH_MAX];
	if (snprintf(tmp, sizeof(tmp), "%s", path) >= (int)sizeof(tmp))
		return -ENAMETOOLONG;
	char *slash = strrchr(tmp, '/');
	if (!slash || slash == tmp)
		return 0;
	*slash = '\0';
	return mkdir_p(tmp);
}

/* DVC trusts an object that is already read-only. */
static bool object_present(const char *obj)
{
	struct stat st;
	return stat(obj, &st) == 0 && S_ISREG(st.st_mode) && (st.st_mode & 0777) == 0444;
}

/* Copies SRC into the open DST: a reflink when possible, else the bytes. */
static int copy_fd(int src, int dst)
{
	if (ioctl(dst, FICLONE, src) == 0)
		return 0;
	for (;;) {
		ssize_t n = copy_file_range(src, NULL, dst, NULL, 1 << 30, 0);
		if (n == 0)
			return 0;
		if (n < 0)
			break;
	}
	if (errno != EXDEV && errno != EINVAL && errno != ENOSYS && errno != EOPNOTSUPP)
		return -errno;
	/* copy_file_range may have copied a part before failing: restart. */
	if (lseek(src, 0, SEEK_SET) < 0 || lseek(dst, 0, SEEK_SET) < 0 || ftruncate(dst, 0) < 0)
		return -errno;
	char buf[65536];
	for (;;) {
		ssize_t n = read(src, buf, sizeof(buf));
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return n < 0 ? -errno : 0;
		int err = write_all(dst, buf, (size_t)n);
		if (err)
			return err;
	}
}

/* Writes OBJ (read-only) from the file SRC or, when SRC is NULL, from
 * DATA[0..LEN), through a temporary file and a rename. */
static int put_object(const char *obj, const char *src, const void *data, size_t len)
{
	if (object_present(obj))
		return 0;
	int err = parent_dir(obj);
	if (err)
		return err;
	char tmp[PATH_MAX];
	int fd = open_temp_beside(obj, tmp, sizeof(tmp));
	if (fd < 0)
		return fd;
	if (src) {
		int in = open(src, O_RDONLY | O_CLOEXEC);
		if (in < 0) {
			err = -errno;
		} else {
			err = copy_fd(in, fd);
			close(in);
		}
	} else {
		err = write_all(fd, data, len);
	}
	/* An object left writable (a crashed earlier run) is replaced. */
	return install_temp(fd, tmp, obj, 0444, false, err);
}

int dry_cache_put_file(const char *cache, enum dry_hash_kind kind, const char *path,
		       const char *md5)
{
	char *obj = dry_cache_object_path(cache, kind, md5);
	if (!obj)
		return -ENOMEM;
	int err = put_object(obj, path, NULL, 0);
	free(obj);
	return err;
}

int dry_cache_put_dir(const char *cache, enum dry_hash_kind kind, const char *dir,
		      const struct dry_dir_listing *l)
{
	for (size_t i = 0; i < l->n; i++) {
		char *p = dry_path_join(dir, l->entries[i].relpath);
		int err = p ? dry_cache_put_file(cache, kind, p, l->entries[i].md5) : -ENOMEM;
		free(p);
		if (err)
			return err;
	}
	struct dry_hash_info info;
	dry_dir_listing_info(l, &info);
	char *obj = dry_cache_object_path(cache, kind, info.md5);
	if (!obj)
		return -ENOMEM;
	int err = put_object(obj, NULL, l->json, l->json_len);
	free(obj);
	return err;
}

/* --- .gitignore ------------------------------------------------------------------- */

char *dry_gitignore_entry(const char *name)
{
	struct dry_buf b = DRY_BUF_INIT;
	dry_buf_addc(&b, '/');
	/* pathspec's GitWildMatchPattern.escape(), which scmrepo applies. */
	for (; *name; name++) {
		if (strchr("[]!*#?", *name))
			dry_buf_addc(&b, '\\');
		dry_buf_addc(&b, *name);
	}
	return dry_buf_steal(&b, NULL);
}

static bool has_line(const char *text, size_t len, const char *line)
{
	size_t n = strlen(line);
	for (const char *p = text; p < text + len;) {
		const char *nl = memchr(p, '\n', (size_t)(text + len - p));
		size_t l = nl ? (size_t)(nl - p) : (size_t)(text + len - p);
		if (l == n && !memcmp(p, line, n))
			return true;
		if (!nl)
			break;
		p = nl + 1;
	}
	return false;
}

int dry_gitignore_add(const char *root, const char *rel)
{
	char *full = dry_path_join(root, rel);
	if (!full)
		return -ENOMEM;
	char *slash = strrchr(full, '/');
	char *entry = dry_gitignore_entry(slash ? slash + 1 : full);
	char *gi = NULL;
	if (entry && slash) {
		*slash = '\0';
		gi = dry_path_join(*full ? full : "/", ".gitignore");
	} else if (entry) {
		gi = strdup(".gitignore");
	}
	struct dry_buf text = DRY_BUF_INIT;
	int err = gi ? dry_read_file(gi, &text) : -ENOMEM;
	if (!err && !has_line(text.data, text.len, entry)) {
		/* scmrepo appends, after a newline when the file lacks one. */
		if (text.len && text.data[text.len - 1] != '\n')
			dry_buf_addc(&text, '\n');
		dry_buf_adds(&text, entry);
		dry_buf_addc(&text, '\n');
		err = dry_buf_error(&text);
		if (!err)
			err = dry_write_atomic(gi, text.data, text.len);
	}
	dry_buf_free(&text);
	free(gi);
	free(entry);
	free(full);
	return err;
}

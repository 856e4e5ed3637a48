/* dry_testutil — see dry_testutil.h. */
#include "dry_testutil.h"

#include <criterion/criterion.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

const char *tu_tmpdir(void)
{
	static char path[PATH_MAX];
	const char *base = getenv("TMPDIR");
	snprintf(path, sizeof(path), "%s/dry-test-XXXXXX", base && *base ? base : "/tmp");
	cr_assert_not_null(mkdtemp(path), "mkdtemp: %s", strerror(errno));
	return path;
}

const char *tu_path(const char *dir, const char *rel)
{
	static char bufs[4][PATH_MAX];
	static int i;
	char *p = bufs[i++ & 3];
	snprintf(p, PATH_MAX, "%s/%s", dir, rel);
	return p;
}

static void mkparents(const char *path)
{
	char tmp[PATH_MAX];
	snprintf(tmp, sizeof(tmp), "%s", path);
	for (char *s = tmp + 1; *s; s++) {
		if (*s != '/')
			continue;
		*s = '\0';
		mkdir(tmp, 0755);
		*s = '/';
	}
}

void tu_write(const char *dir, const char *rel, const void *data, size_t len)
{
	const char *p = tu_path(dir, rel);
	mkparents(p);
	int fd = open(p, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
	cr_assert(fd >= 0, "open %s: %s", p, strerror(errno));
	cr_assert_eq(write(fd, data, len), (ssize_t)len);
	close(fd);
}

void tu_writes(const char *dir, const char *rel, const char *s)
{
	tu_write(dir, rel, s, strlen(s));
}

void tu_mkdir(const char *dir, const char *rel)
{
	const char *p = tu_path(dir, rel);
	mkparents(p);
	cr_assert(mkdir(p, 0755) == 0 || errno == EEXIST, "mkdir %s: %s", p, strerror(errno));
}

char *tu_read(const char *dir, const char *rel, size_t *ret_len)
{
	FILE *f = fopen(tu_path(dir, rel), "rb");
	if (!f)
		return NULL;
	char *data = NULL;
	size_t len = 0, cap = 0;
	for (;;) {
		if (len + 4096 + 1 > cap) {
			cap = cap ? cap * 2 : 8192;
			data = realloc(data, cap);
			cr_assert_not_null(data);
		}
		size_t n = fread(data + len, 1, 4096, f);
		len += n;
		if (n == 0)
			break;
	}
	fclose(f);
	data[len] = '\0';
	if (ret_len)
		*ret_len = len;
	return data;
}

static int rm_one(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st;
	(void)ftw;
	if (flag == FTW_DP)
		rmdir(path);
	else
		unlink(path);
	return 0;
}

void tu_rmrf(const char *dir)
{
	/* Cache objects are 0444 inside 0755 directories: unlink works. */
	nftw(dir, rm_one, 16, FTW_DEPTH | FTW_PHYS);
}

/* replay_path — lexical path resolution (replay.h: replay_path_resolve,
 * replay_call_path). Offline there is no file system to ask, so ".." pops
 * the previous component even when that was a symlink: the name the
 * program used is what an analyzer sees. */
#include "replay.h"

#include <errno.h>
#include <string.h>

#define AT_FDCWD_VALUE (-100)

/* Appends component P[0..N) to BUF (length *LEN), handling "." and "..". */
static int push_component(char *buf, size_t size, size_t *len, const char *p, size_t n)
{
	if (n == 0 || (n == 1 && p[0] == '.'))
		return 0;
	if (n == 2 && p[0] == '.' && p[1] == '.') {
		while (*len > 1 && buf[*len - 1] != '/')
			(*len)--;
		if (*len > 1)
			(*len)--; /* the slash before the popped component */
		buf[*len] = '\0';
		return 0;
	}
	size_t need = *len + (*len > 1) + n + 1;
	if (need > size)
		return -ENAMETOOLONG;
	if (*len > 1)
		buf[(*len)++] = '/';
	memcpy(buf + *len, p, n);
	*len += n;
	buf[*len] = '\0';
	return 0;
}

static int push_path(char *buf, size_t size, size_t *len, const char *path)
{
	const char *p = path;
	while (*p) {
		while (*p == '/')
			p++;
		const char *e = p;
		while (*e && *e != '/')
			e++;
		int rc = push_component(buf, size, len, p, (size_t)(e - p));
		if (rc < 0)
			return rc;
		p = e;
	}
	return 0;
}

int replay_path_resolve(const char *base, const char *path, char *buf, size_t size)
{
	if (!path)
		return -EINVAL;
	if (path[0] != '/' && (!base || base[0] != '/'))
		return -ENOENT;
	if (size < 2)
		return -ENAMETOOLONG;
	size_t len = 1;
	buf[0] = '/';
	buf[1] = '\0';
	int rc = 0;
	if (path[0] != '/')
		rc = push_path(buf, size, &len, base);
	if (rc == 0)
		rc = push_path(buf, size, &len, path);
	return rc < 0 ? rc : (int)len;
}

/* The argument index of the dirfd that ARG's path is relative to, or -1. */
static int dirfd_of(const struct syscall_desc *d, unsigned arg)
{
	if (!d)
		return -1;
	if (d->roles.path == (int)arg)
		return d->roles.dirfd;
	if (d->roles.path2 == (int)arg)
		return d->roles.dirfd2;
	return -1;
}

int replay_call_path(const struct replay_call *c, unsigned arg, char *buf, size_t size)
{
	if (arg >= 6)
		return -EINVAL;
	const struct replay_blob *b = replay_call_blob(c, 0, arg, 0);
	if (!b || b->read_errno || !b->data)
		return -EINVAL;
	/* The blob holds the string's bytes, possibly with its NUL. */
	size_t n = strnlen((const char *)b->data, b->len);
	char path[4097];
	if (n >= sizeof path)
		return -ENAMETOOLONG;
	memcpy(path, b->data, n);
	path[n] = '\0';

	const char *base = c->cwd;
	int d = dirfd_of(c->desc, arg);
	if (d >= 0 && (int)c->args[d] != AT_FDCWD_VALUE)
		base = c->fd_path[d];
	return replay_path_resolve(base, path, buf, size);
}

/* replay_state — see replay_state.h. */
#include "replay_state.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

struct rstr *rstr_new(const char *s, size_t len)
{
	struct rstr *r = malloc(sizeof *r + len + 1);
	if (!r)
		return NULL;
	r->refs = 1;
	r->len = len;
	memcpy(r->s, s, len);
	r->s[len] = '\0';
	return r;
}

struct rstr *rstr_ref(struct rstr *s)
{
	if (s)
		s->refs++;
	return s;
}

void rstr_unref(struct rstr *s)
{
	if (s && --s->refs == 0)
		free(s);
}

struct fdtab *fdtab_new(void)
{
	struct fdtab *t = calloc(1, sizeof *t);
	if (t)
		t->refs = 1;
	return t;
}

struct fdtab *fdtab_copy(const struct fdtab *t)
{
	struct fdtab *n = fdtab_new();
	if (!n || !t || !t->cap)
		return n;
	n->v = calloc((size_t)t->cap, sizeof *n->v);
	if (!n->v) {
		free(n);
		return NULL;
	}
	n->cap = t->cap;
	for (int i = 0; i < t->cap; i++) {
		n->v[i] = t->v[i];
		rstr_ref(n->v[i].path);
	}
	return n;
}

void fdtab_unref(struct fdtab *t)
{
	if (!t || --t->refs)
		return;
	for (int i = 0; i < t->cap; i++)
		rstr_unref(t->v[i].path);
	free(t->v);
	free(t);
}

const struct fdent *fdtab_get(const struct fdtab *t, int64_t fd)
{
	if (!t || fd < 0 || fd >= t->cap || !t->v[fd].open)
		return NULL;
	return &t->v[fd];
}

static int fdtab_grow(struct fdtab *t, int64_t fd)
{
	if (fd < t->cap)
		return 0;
	if (fd >= REPLAY_MAX_FD)
		return -EBADF;
	int ncap = t->cap ? t->cap : 64;
	while (ncap <= fd)
		ncap *= 2;
	struct fdent *v = realloc(t->v, (size_t)ncap * sizeof *v);
	if (!v)
		return -ENOMEM;
	memset(v + t->cap, 0, (size_t)(ncap - t->cap) * sizeof *v);
	t->v = v;
	t->cap = ncap;
	return 0;
}

int fdtab_set(struct fdtab *t, int64_t fd, struct rstr *path, int flags)
{
	if (!t || fd < 0)
		return -EBADF;
	int rc = fdtab_grow(t, fd);
	if (rc < 0)
		return rc;
	struct fdent *e = &t->v[fd];
	if (!e->open || e->path != path)
		e->sock_family = e->sock_protocol = 0;
	rstr_ref(path);
	rstr_unref(e->path);
	e->path = path;
	e->flags = flags;
	e->open = 1;
	return 0;
}

void fdtab_set_sock(struct fdtab *t, int64_t fd, int family, int protocol)
{
	if (!t || fd < 0 || fd >= t->cap || !t->v[fd].open)
		return;
	t->v[fd].sock_family = family;
	t->v[fd].sock_protocol = protocol;
}

void fdtab_close(struct fdtab *t, int64_t fd)
{
	if (!t || fd < 0 || fd >= t->cap)
		return;
	struct fdent *e = &t->v[fd];
	rstr_unref(e->path);
	e->path = NULL;
	e->flags = 0;
	e->open = 0;
	e->sock_family = e->sock_protocol = 0;
}

struct fsinfo *fsinfo_new(struct rstr *cwd)
{
	struct fsinfo *f = calloc(1, sizeof *f);
	if (!f)
		return NULL;
	f->refs = 1;
	f->cwd = rstr_ref(cwd);
	return f;
}

void fsinfo_unref(struct fsinfo *f)
{
	if (!f || --f->refs)
		return;
	rstr_unref(f->cwd);
	free(f);
}

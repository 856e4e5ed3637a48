/* dry_replay — see dry_replay.h. */
#include "dry_replay.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dry_buf.h"
#include "syscall_table.h"

/* Where an event's paths come from. */
enum operand {
	OP_PATH,       /* the path role */
	OP_PATH2,      /* the second path role */
	OP_PATH_PATH2, /* both */
	OP_FD,         /* the file of the fd role */
	OP_FD2,        /* the file of the fd2 role */
	OP_PATH_OR_DIRFD, /* the path role, or the dirfd's file when there is no path
			   * (utimensat(fd, NULL, ...) is futimens) */
	OP_LINK_TARGET,   /* path2, and path as the target a symlink at path2 names */
	OP_NONE,       /* needed recorded for replay's state only */
};

/* Each effect the model reads, and the bookkeeping ones `dry run` must
 * record for replay's fd table and cwd to stay right. */
static const struct {
	uint8_t effect;
	uint8_t kind;   /* enum dry_ev_kind (unused with OP_NONE) */
	uint8_t operand;
} effects[] = {
	{ SC_E_OPEN, DRY_EV_OPEN, OP_PATH },
	{ SC_E_EXEC, DRY_EV_EXEC, OP_PATH },
	{ SC_E_TRUNCATE, DRY_EV_TRUNCATE, OP_PATH },
	{ SC_E_FTRUNCATE, DRY_EV_WRITE, OP_FD },
	{ SC_E_FALLOCATE, DRY_EV_WRITE, OP_FD },
	{ SC_E_RENAME, DRY_EV_RENAME, OP_PATH_PATH2 },
	{ SC_E_LINK, DRY_EV_LINK, OP_PATH_PATH2 },
	{ SC_E_SYMLINK, DRY_EV_SYMLINK, OP_LINK_TARGET },
	{ SC_E_UNLINK, DRY_EV_UNLINK, OP_PATH },
	{ SC_E_RMDIR, DRY_EV_RMDIR, OP_PATH },
	{ SC_E_MKDIR, DRY_EV_MKDIR, OP_PATH },
	{ SC_E_GETDENTS, DRY_EV_LISTDIR, OP_FD },
	{ SC_E_UTIME, DRY_EV_UTIME, OP_PATH_OR_DIRFD },
	/* close and close_range are left out: they are a third of the calls a
	 * typical run makes, and a closed fd's stale entry is replaced by
	 * whatever call reuses its number (all of these are recorded), or
	 * belongs to a pipe or socket on which no call the model reads can
	 * succeed. memfd_create's fds (SC_E_ANON_FD) can be truncated: kept. */
	{ SC_E_ANON_FD, 0, OP_NONE },
	{ SC_E_DUP, 0, OP_NONE },
	{ SC_E_DUP2, 0, OP_NONE },
	{ SC_E_FCNTL, 0, OP_NONE },
	{ SC_E_CHDIR, 0, OP_NONE },
	{ SC_E_FCHDIR, 0, OP_NONE },
	{ SC_E_CLONE, 0, OP_NONE },
};

/* Used when a full trace has them; `dry run` leaves them out (the model
 * tells writes from status change times instead). */
static const struct {
	uint8_t effect;
	uint8_t operand;
} write_effects[] = {
	{ SC_E_WRITE, OP_FD },
	{ SC_E_COPY, OP_FD2 },
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

char *dry_replay_trace_set(void)
{
	struct dry_buf b = DRY_BUF_INIT;
	for (unsigned nr = 0; nr < syscall_table_size(); nr++) {
		const struct syscall_desc *d = syscall_table_get(nr);
		if (!d)
			continue;
		for (size_t i = 0; i < COUNT(effects); i++)
			if (d->effect == effects[i].effect) {
				if (b.len)
					dry_buf_addc(&b, ',');
				dry_buf_adds(&b, d->name);
				break;
			}
	}
	return dry_buf_steal(&b, NULL);
}

/* The file of descriptor role ROLE at entry, when it is a file path. */
static const char *fd_file(const struct replay_call *c, int role)
{
	if (role < 0 || role >= 6)
		return NULL;
	const char *p = c->fd_path[role];
	return p && p[0] == '/' ? p : NULL;
}

static const char *call_path(const struct replay_call *c, int role, char *buf, size_t size)
{
	if (role < 0)
		return NULL;
	return replay_call_path(c, (unsigned)role, buf, size) > 0 ? buf : NULL;
}

/* The target text of a symlink call, resolved against the directory of
 * the link LINK (absolute) as the kernel will follow it, into BUF. */
static const char *link_target(const struct replay_call *c, const char *link, char *buf)
{
	const struct replay_blob *b = c->desc->roles.path >= 0
		? replay_call_blob(c, 0, (unsigned)c->desc->roles.path, 0) : NULL;
	char text[PATH_MAX], dir[PATH_MAX];
	if (!b || b->read_errno || !b->data || !link)
		return NULL;
	size_t n = strnlen((const char *)b->data, b->len);
	if (n >= sizeof(text))
		return NULL;
	memcpy(text, b->data, n);
	text[n] = '\0';
	snprintf(dir, sizeof(dir), "%s", link);
	char *slash = strrchr(dir, '/');
	if (slash)
		slash[slash == dir] = '\0';
	return replay_path_resolve(dir, text, buf, PATH_MAX) > 0 ? buf : NULL;
}

/* Fills EV's paths from the roles; false when a needed one is unknown. */
static bool operands(const struct replay_call *c, int op, struct dry_event *ev, char *b1, char *b2)
{
	const struct sc_roles *r = &c->desc->roles;
	switch (op) {
	case OP_PATH:
		ev->path = call_path(c, r->path, b1, PATH_MAX);
		return ev->path;
	case OP_PATH2:
		ev->path2 = call_path(c, r->path2, b2, PATH_MAX);
		return ev->path2;
	case OP_PATH_PATH2:
		ev->path = call_path(c, r->path, b1, PATH_MAX);
		ev->path2 = call_path(c, r->path2, b2, PATH_MAX);
		return ev->path && ev->path2;
	case OP_FD:
		ev->path = fd_file(c, r->fd);
		return ev->path;
	case OP_FD2:
		ev->path = fd_file(c, r->fd2);
		return ev->path;
	case OP_PATH_OR_DIRFD:
		ev->path = call_path(c, r->path, b1, PATH_MAX);
		if (!ev->path && r->path >= 0 && !c->args[r->path])
			ev->path = fd_file(c, r->dirfd);
		return ev->path;
	case OP_LINK_TARGET:
		ev->path2 = call_path(c, r->path2, b2, PATH_MAX);
		ev->path = link_target(c, ev->path2, b1);
		return ev->path2;
	}
	return false;
}

static uint64_t open_flags(const struct replay_call *c)
{
	const struct replay_blob *how = NULL;
	int fr = c->desc->roles.flags;
	if (fr >= 0)
		how = replay_call_blob(c, 0, (unsigned)fr, 0);
	uint64_t flags = 0, mode = 0;
	if (syscall_table_open_flags(c->nr, c->args, how ? how->data : NULL, how ? how->len : 0,
				     &flags, &mode))
		return O_RDONLY | O_PATH; /* unknown: counts as nothing */
	return flags;
}

static int feed_call(struct dry_model *m, const struct replay_call *c, uint64_t start_wall)
{
	if (!c->desc || !c->has_exit || c->err || c->ret < 0 || c->arch)
		return 0;
	int kind = -1, op = OP_NONE;
	for (size_t i = 0; i < COUNT(effects); i++)
		if (effects[i].effect == c->desc->effect) {
			kind = effects[i].kind;
			op = effects[i].operand;
		}
	for (size_t i = 0; i < COUNT(write_effects); i++)
		if (write_effects[i].effect == c->desc->effect) {
			kind = DRY_EV_WRITE;
			op = write_effects[i].operand;
		}
	if (kind < 0 || op == OP_NONE)
		return 0;
	char b1[PATH_MAX], b2[PATH_MAX];
	struct dry_event ev = { .kind = (enum dry_ev_kind)kind, .wall_ns = start_wall + c->entry_ns };
	if (!operands(c, op, &ev, b1, b2))
		return 0;
	int fr = c->desc->roles.flags;
	if (kind == DRY_EV_OPEN)
		ev.flags = open_flags(c);
	else if (fr >= 0)
		ev.flags = c->args[fr];
	if (kind == DRY_EV_UNLINK && fr >= 0 && (c->args[fr] & AT_REMOVEDIR))
		ev.kind = DRY_EV_RMDIR;
	return dry_model_event(m, &ev);
}

int dry_replay_feed(replay *r, struct dry_model *m)
{
	const Rt__Metadata *md = replay_metadata(r);
	uint64_t start_wall = md ? md->start_wall_ns : 0;
	if (start_wall)
		dry_model_set_start(m, start_wall);
	for (size_t i = 0; md && i < md->n_fds; i++) {
		const Rt__FdInfo *f = md->fds[i];
		int err = f->target && f->target[0] == '/' ? dry_model_inherited(m, f->fd, f->target) : 0;
		if (err)
			return err;
	}
	struct replay_item it;
	uint64_t last = 0;
	int n;
	while ((n = replay_next(r, &it)) > 0) {
		if (it.t_ns > last)
			last = it.t_ns;
		if (it.kind != REPLAY_SYSCALL)
			continue;
		int err = feed_call(m, it.call, start_wall);
		if (err)
			return err;
	}
	if (n == 0 && start_wall)
		dry_model_set_end(m, start_wall + last);
	return n;
}

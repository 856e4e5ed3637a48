/* dry_model — see dry_model.h. */
#include "dry_model.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "dry_hash.h"
#include "dry_ignore.h"
#include "dry_path.h"
#include "dry_utf8.h"

#ifndef RENAME_EXCHANGE
#define RENAME_EXCHANGE (1 << 1)
#endif

enum tri { T_UNKNOWN, T_YES, T_NO };

/* What the run did to one path (relative to the root). */
struct pstate {
	char *rel;
	enum tri pre;         /* existed before the command */
	enum tri live;        /* exists at this point of the run */
	bool read_orig;       /* read while holding its original content */
	bool read_if_pre;     /* read by an O_CREAT open: original iff it pre-existed */
	bool modified;        /* content surely changed */
	bool maybe_modified;  /* opened for writing: changed iff its mtime says so */
	uint64_t writable_ns; /* earliest such open */
	bool times_set;       /* the command set its times: its mtime proves nothing */
	bool maybe_created;   /* an O_CREAT open found it or made it: btime decides */
	uint64_t create_ns;
	bool replaced;        /* the content now is not the original */
	bool appended;        /* opened O_APPEND for writing */
	bool linked_orig;     /* given a new name (ln, ln -s) while original */
	bool moved_away;      /* its last removal was a rename */
	bool created_dir;     /* mkdir, or a directory renamed into place */
	bool renamed_in;
	bool listed;
	bool touched;         /* seen by an event before */
	size_t index;         /* position in the model's table */
};

struct dry_model {
	struct dry_model_opts o;
	uint64_t start_ns;       /* the trace's start (CLOCK_REALTIME), 0: unknown */
	char *root;
	char *alias;             /* another name of root, or NULL */
	char *stage_dir;
	struct dry_ignore *ig;   /* what dry leaves out */
	struct dry_ignore *dvc;  /* what DVC leaves out of directory hashes */
	struct pstate **v;       /* in first-touch order */
	size_t n, cap;
	size_t *slots;           /* open addressing: index + 1, 0 empty */
	size_t nslots;
	char **skip;
	size_t nskip;
	char *stdio[3];          /* inherited standard descriptors on project files */
	char *env_root;          /* the last environment found (see in_environment) */
	char *clean_dir;         /* the last directory found to lie in none */
};

/* --- the path table ---------------------------------------------------------- */

static size_t hash_str(const char *s)
{
	size_t h = 1469598103934665603u;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211u;
	return h;
}

static int rehash(struct dry_model *m, size_t nslots)
{
	size_t *slots = calloc(nslots, sizeof(*slots));
	if (!slots)
		return -ENOMEM;
	for (size_t i = 0; i < m->n; i++) {
		if (!m->v[i])
			continue;
		size_t h = hash_str(m->v[i]->rel) & (nslots - 1);
		while (slots[h])
			h = (h + 1) & (nslots - 1);
		slots[h] = i + 1;
	}
	free(m->slots);
	m->slots = slots;
	m->nslots = nslots;
	return 0;
}

static struct pstate *find(struct dry_model *m, const char *rel)
{
	if (!m->nslots)
		return NULL;
	for (size_t h = hash_str(rel) & (m->nslots - 1); m->slots[h]; h = (h + 1) & (m->nslots - 1)) {
		struct pstate *s = m->v[m->slots[h] - 1];
		if (s && !strcmp(s->rel, rel))
			return s;
	}
	return NULL;
}

static struct pstate *get(struct dry_model *m, const char *rel)
{
	struct pstate *s = find(m, rel);
	if (s)
		return s;
	if ((m->n + 1) * 4 >= m->nslots * 3 && rehash(m, m->nslots ? 2 * m->nslots : 256))
		return NULL;
	if (m->n == m->cap) {
		size_t cap = m->cap ? 2 * m->cap : 64;
		struct pstate **v = realloc(m->v, cap * sizeof(*v));
		if (!v)
			return NULL;
		m->v = v;
		m->cap = cap;
	}
	s = calloc(1, sizeof(*s));
	if (!s || !(s->rel = strdup(rel))) {
		free(s);
		return NULL;
	}
	s->index = m->n;
	m->v[m->n++] = s;
	size_t h = hash_str(rel) & (m->nslots - 1);
	while (m->slots[h])
		h = (h + 1) & (m->nslots - 1);
	m->slots[h] = m->n;
	return s;
}

/* --- setup ---------------------------------------------------------------------- */

void dry_model_free(struct dry_model *m)
{
	if (!m)
		return;
	for (size_t i = 0; i < m->n; i++) {
		if (m->v[i])
			free(m->v[i]->rel);
		free(m->v[i]);
	}
	for (size_t i = 0; i < m->nskip; i++)
		free(m->skip[i]);
	for (size_t i = 0; i < 3; i++)
		free(m->stdio[i]);
	free(m->env_root);
	free(m->clean_dir);
	free(m->skip);
	free(m->v);
	free(m->slots);
	dry_ignore_free(m->ig);
	dry_ignore_free(m->dvc);
	free(m->root);
	free(m->alias);
	free(m->stage_dir);
	free(m);
}

int dry_model_new(const struct dry_model_opts *opts, struct dry_model **ret)
{
	struct dry_model *m = calloc(1, sizeof(*m));
	int err = -ENOMEM;
	if (!m)
		return err;
	m->o = *opts;
	m->root = dry_path_normalize(opts->root);
	m->stage_dir = dry_path_normalize(opts->stage_dir ? opts->stage_dir : ".");
	if (opts->root_alias && !(m->alias = dry_path_normalize(opts->root_alias)))
		goto fail;
	m->skip = calloc(opts->nskip + 1, sizeof(*m->skip));
	if (!m->root || !m->stage_dir || !m->skip)
		goto fail;
	for (size_t i = 0; i < opts->nskip; i++) {
		if (!(m->skip[i] = dry_path_normalize(opts->skip_paths[i])))
			goto fail;
		m->nskip++;
	}
	if ((err = dry_ignore_new_excluded(m->root, opts->ignores, opts->nignores, &m->ig)) ||
	    (err = dry_ignore_new(m->root, true, &m->dvc)))
		goto fail;
	*ret = m;
	return 0;
fail:
	dry_model_free(m);
	return err;
}

/* --- events ------------------------------------------------------------------------ */

/* The path relative to the root into BUF, or NULL when it is outside. */
static const char *inside(const struct dry_model *m, const char *abs, char *buf, size_t size)
{
	const char *root = m->root;
	if (abs && !dry_path_is_within(abs, root) && m->alias && dry_path_is_within(abs, m->alias))
		root = m->alias;
	if (!abs || !dry_path_is_within(abs, root))
		return NULL;
	for (size_t i = 0; i < m->nskip; i++)
		if (!strcmp(abs, m->skip[i]))
			return NULL;
	size_t n = strlen(root);
	const char *rel = abs + n;
	if (n == 1)
		rel = abs + 1; /* root "/" */
	while (*rel == '/')
		rel++;
	if (!*rel)
		rel = ".";
	if (snprintf(buf, size, "%s", rel) >= (int)size)
		return NULL;
	return buf;
}

/* What the first event says about the path before the run. */
static void first_touch(struct pstate *s, enum tri existed)
{
	if (!s->touched) {
		s->touched = true;
		s->pre = existed;
	}
	if (existed != T_UNKNOWN)
		s->live = existed;
}

static void on_open(struct pstate *s, uint64_t flags, uint64_t t)
{
	int acc = (int)(flags & O_ACCMODE);
	bool readable = acc == O_RDONLY || acc == O_RDWR;
	bool writable = acc == O_WRONLY || acc == O_RDWR;
	bool creat = flags & O_CREAT, excl = creat && (flags & O_EXCL);

	if (flags & (O_PATH | O_DIRECTORY))
		return; /* a handle or a dirfd: nothing read */
	if (!creat) {
		first_touch(s, T_YES);
	} else if (excl || s->live == T_NO) {
		/* Made by this open: O_EXCL, or the name was removed earlier. */
		first_touch(s, T_NO);
		s->modified = s->replaced = true;
	} else if (s->live == T_UNKNOWN) {
		first_touch(s, T_UNKNOWN);
		if (!s->maybe_created) {
			s->maybe_created = true;
			s->create_ns = t;
		}
	}
	if (writable && (flags & O_TRUNC))
		s->modified = s->replaced = true; /* truncated before anything is read */
	if (readable && !s->replaced) {
		if (s->pre == T_YES)
			s->read_orig = true;
		else if (s->pre == T_UNKNOWN)
			s->read_if_pre = true;
	}
	if (writable && !s->replaced) {
		if (!s->maybe_modified || t < s->writable_ns)
			s->writable_ns = t;
		s->maybe_modified = true;
	}
	if (writable && (flags & O_APPEND))
		s->appended = true;
	s->live = T_YES;
}

/* The name now holds new content (rename/link/symlink target). */
static void new_content(struct pstate *s)
{
	first_touch(s, T_UNKNOWN);
	s->modified = s->replaced = s->renamed_in = true;
	s->live = T_YES;
}

static void removed(struct pstate *s)
{
	first_touch(s, T_YES); /* it could be removed: it was there */
	s->live = T_NO;
	s->replaced = true;
	s->modified = s->maybe_modified = s->maybe_created = s->renamed_in = false;
	s->created_dir = s->listed = s->times_set = s->moved_away = false;
}

/* Moves everything recorded under directory FROM/ to TO/ (a directory rename). */
static int move_children(struct dry_model *m, const char *from, const char *to)
{
	size_t fl = strlen(from);
	size_t n = m->n;
	for (size_t i = 0; i < n; i++) {
		struct pstate *s = m->v[i];
		if (!s || strncmp(s->rel, from, fl) || s->rel[fl] != '/')
			continue;
		char buf[PATH_MAX];
		if (snprintf(buf, sizeof(buf), "%s%s", to, s->rel + fl) >= (int)sizeof(buf))
			continue;
		struct pstate *d = to[0] ? get(m, buf) : NULL;
		if (to[0] && !d)
			return -ENOMEM;
		if (d) {
			char *rel = d->rel;
			*d = *s;
			d->rel = rel;
		}
		removed(s);
	}
	return 0;
}

static int on_rename(struct dry_model *m, const char *a, const char *b, uint64_t flags)
{
	struct pstate *sa = a ? get(m, a) : NULL, *sb = b ? get(m, b) : NULL;
	if ((a && !sa) || (b && !sb))
		return -ENOMEM;
	if (flags & RENAME_EXCHANGE) {
		if (sa)
			new_content(sa);
		if (sb)
			new_content(sb);
		return 0;
	}
	if (sb) {
		/* The new name takes over what the old one held. */
		bool read = sb->read_orig;
		enum tri pre = sb->pre;
		if (sa) {
			sb->created_dir = sa->created_dir;
			sb->appended = false;
		}
		new_content(sb);
		sb->read_orig = read;
		sb->pre = pre;
	}
	if (sa && sb) {
		int err = move_children(m, a, b);
		if (err)
			return err;
	} else if (sa) {
		move_children(m, a, "");
	}
	if (sa) {
		removed(sa);
		sa->moved_away = true;
	}
	return 0;
}

/* Caches a program reads instead of a source, valid only while the source
 * is unchanged: reading one is reading the source. Python's bytecode cache
 * DIR/__pycache__/NAME.TAG.pyc stands for DIR/NAME.py (PEP 3147): a warm
 * cache means the module's .py file is never opened, only stat'ed. */
static const struct {
	const char *dir;     /* the cache directory's name */
	const char *suffix;  /* the cache file's suffix */
	const char *source;  /* the source's suffix, after NAME (up to the first '.') */
} derived[] = {
	{ "__pycache__", ".pyc", ".py" },
};

/* The source of the cache file REL into BUF, or NULL. */
static const char *source_of(const char *rel, char *buf, size_t size)
{
	const char *base = strrchr(rel, '/');
	if (!base)
		return NULL;
	for (size_t i = 0; i < sizeof(derived) / sizeof(derived[0]); i++) {
		size_t dl = strlen(derived[i].dir), sl = strlen(derived[i].suffix);
		size_t bl = strlen(base + 1);
		const char *dir = base - dl;
		if (dir < rel || strncmp(dir, derived[i].dir, dl) || (dir > rel && dir[-1] != '/') ||
		    bl <= sl || strcmp(base + 1 + bl - sl, derived[i].suffix))
			continue;
		size_t name = strcspn(base + 1, ".");
		int n = snprintf(buf, size, "%.*s%.*s%s", (int)(dir - rel), rel, (int)name, base + 1,
				 derived[i].source);
		return n > 0 && (size_t)n < size ? buf : NULL;
	}
	return NULL;
}

/* REL got a new name: a hard link exists (it did), a symlink's target may
 * not (statx at the end tells). Either shows REL's content. */
static int on_linked(struct dry_model *m, const char *rel, enum dry_ev_kind kind)
{
	struct pstate *s = get(m, rel);
	if (!s)
		return -ENOMEM;
	first_touch(s, kind == DRY_EV_LINK ? T_YES : T_UNKNOWN);
	if (!s->replaced)
		s->linked_orig = true;
	return 0;
}

/* An open of S; reading a cache file also reads its source. */
static int on_open_path(struct dry_model *m, struct pstate *s, const struct dry_event *ev)
{
	on_open(s, ev->flags, ev->wall_ns);
	char src[PATH_MAX];
	if ((ev->flags & O_ACCMODE) == O_WRONLY || (ev->flags & (O_PATH | O_DIRECTORY)) ||
	    !source_of(s->rel, src, sizeof(src)))
		return 0;
	struct pstate *ss = get(m, src);
	if (!ss)
		return -ENOMEM;
	on_open(ss, O_RDONLY, ev->wall_ns);
	return 0;
}

int dry_model_event(struct dry_model *m, const struct dry_event *ev)
{
	char b1[PATH_MAX], b2[PATH_MAX];
	const char *p = inside(m, ev->path, b1, sizeof(b1));
	const char *p2 = inside(m, ev->path2, b2, sizeof(b2));
	struct pstate *s = NULL;

	if (ev->kind == DRY_EV_RENAME)
		return on_rename(m, p, p2, ev->flags);
	if ((ev->kind == DRY_EV_LINK || ev->kind == DRY_EV_SYMLINK) && p && on_linked(m, p, ev->kind))
		return -ENOMEM;
	const char *target = ev->kind == DRY_EV_LINK || ev->kind == DRY_EV_SYMLINK ? p2 : p;
	if (!target)
		return 0;
	if (!(s = get(m, target)))
		return -ENOMEM;
	switch (ev->kind) {
	case DRY_EV_OPEN:
		return on_open_path(m, s, ev);
	case DRY_EV_EXEC:
		first_touch(s, T_YES);
		if (!s->replaced)
			s->read_orig = true;
		break;
	case DRY_EV_WRITE:
	case DRY_EV_TRUNCATE:
		first_touch(s, T_YES);
		s->modified = s->replaced = true;
		break;
	case DRY_EV_LINK:
	case DRY_EV_SYMLINK:
		first_touch(s, T_NO);
		new_content(s);
		break;
	case DRY_EV_UNLINK:
	case DRY_EV_RMDIR:
		removed(s);
		break;
	case DRY_EV_MKDIR:
		first_touch(s, T_NO);
		s->created_dir = true;
		s->live = T_YES;
		break;
	case DRY_EV_LISTDIR:
		s->listed = true;
		break;
	case DRY_EV_UTIME:
		first_touch(s, T_YES);
		s->times_set = true;
		break;
	case DRY_EV_RENAME:
		break;
	}
	return 0;
}

/* --- classification ------------------------------------------------------------------ */

/* Each state's verdict lives on the state itself, so every step below is
 * a lookup in the path table: a run creating 100,000 files stays linear. */
enum role { R_NONE, R_DEP, R_OUT };

struct verdict {
	uint8_t role;       /* enum role */
	bool isdir;
	bool persist;
	bool fold_dir;      /* a created (or renamed-in) directory that exists: folds outs */
	bool listed_dir;    /* a pre-existing directory whose listing was read */
	bool gone;          /* pre-existing, removed (or moved away) by the command */
};

struct classify {
	struct dry_model *m;
	struct verdict *v;  /* parallel to m->v */
	char **warnings;
	size_t nwarnings;
	int err;
	uint64_t lag_ns;          /* how far the coarse clock may lag the fine one */
	uint64_t start_ns, start_coarse_ns, end_ns;
};

static void warn(struct classify *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void warn(struct classify *c, const char *fmt, ...)
{
	char *msg;
	va_list ap;
	va_start(ap, fmt);
	int n = vasprintf(&msg, fmt, ap);
	va_end(ap);
	char **w = n >= 0 ? realloc(c->warnings, (c->nwarnings + 1) * sizeof(*w)) : NULL;
	if (!w) {
		if (n >= 0)
			free(msg);
		c->err = -ENOMEM;
		return;
	}
	c->warnings = w;
	c->warnings[c->nwarnings++] = msg;
}

static uint64_t ts_ns(struct statx_timestamp t)
{
	return (uint64_t)t.tv_sec * 1000000000u + t.tv_nsec;
}

/* What makes a directory a software environment: its files are the
 * programs the stage runs on, like the system's, not the project's data. */
static const char *const env_markers[] = {
	"pyvenv.cfg", /* venv, virtualenv */
	"conda-meta", /* conda, mamba, pixi */
};

/* Whether the directory DIR[0..LEN) holds an environment marker. */
static bool is_environment_n(const struct dry_model *m, const char *dir, size_t len)
{
	for (size_t i = 0; i < sizeof(env_markers) / sizeof(env_markers[0]); i++) {
		char buf[PATH_MAX];
		struct stat st;
		int n = snprintf(buf, sizeof(buf), "%s/%.*s/%s", m->root, (int)len, dir, env_markers[i]);
		if (n > 0 && n < (int)sizeof(buf) && lstat(buf, &st) == 0)
			return true;
	}
	return false;
}

static void remember(char **slot, const char *path, size_t len)
{
	free(*slot);
	*slot = strndup(path, len); /* a cache: NULL only costs a lookup */
}

/* Whether REL is, or lies in, a Python or conda environment inside the
 * project (a .venv/ beside the code). Paths come grouped by directory, so
 * the last directory found clean saves looking at its ancestors again. */
static bool in_environment(struct dry_model *m, const char *rel)
{
	if (m->env_root && dry_path_is_within(rel, m->env_root))
		return true;
	const char *slash = strrchr(rel, '/');
	size_t plen = slash ? (size_t)(slash - rel) : 0;
	bool parent_clean = !slash || (m->clean_dir && strlen(m->clean_dir) == plen &&
				       !strncmp(m->clean_dir, rel, plen));
	for (const char *s = parent_clean ? NULL : strchr(rel, '/'); s; s = strchr(s + 1, '/')) {
		if (is_environment_n(m, rel, (size_t)(s - rel))) {
			remember(&m->env_root, rel, (size_t)(s - rel));
			return true;
		}
	}
	if (slash)
		remember(&m->clean_dir, rel, plen);
	if (is_environment_n(m, rel, strlen(rel))) {
		remember(&m->env_root, rel, strlen(rel));
		return true;
	}
	return false;
}

static bool ignored(struct dry_model *m, const char *rel, bool isdir)
{
	return !strcmp(rel, ".") || dry_ignore_match(m->ig, rel, isdir) || in_environment(m, rel);
}

#define NS_PER_S 1000000000u

/* The earliest stamp that a change the command made after time T can
 * carry (see dry_model.h). */
static uint64_t change_floor(const struct classify *c, uint64_t t)
{
	if (c->start_coarse_ns)
		return c->start_coarse_ns; /* the coarse clock never goes back */
	uint64_t lo = t > c->lag_ns ? t - c->lag_ns : 0;
	return c->start_ns && c->start_ns < lo ? c->start_ns : lo;
}

/* Whether the file time stamp TS (mtime, btime) falls in the run, for a
 * change made after time T. */
static bool stamped_in_run(const struct classify *c, struct statx_timestamp ts, uint64_t t)
{
	uint64_t lo = change_floor(c, t), v = ts_ns(ts);
	if (ts.tv_nsec == 0)
		lo -= lo % NS_PER_S; /* whole-second times: compare the seconds */
	return v >= lo && v <= c->end_ns + 1000000u;
}

/* Whether a file opened for writing, without truncating it, was written. */
static bool written(const struct classify *c, const struct pstate *s, const struct statx *sx)
{
	if (!s->maybe_modified)
		return false;
	if (s->times_set)
		return s->appended; /* touch: the mtime is the command's choice */
	return (sx->stx_mask & STATX_MTIME) && stamped_in_run(c, sx->stx_mtime, s->writable_ns);
}

/* Whether the state existed before the run, for an O_CREAT open that may
 * have made it: its birth time decides, else it is taken as pre-existing. */
static enum tri existed_before(const struct classify *c, const struct pstate *s, const struct statx *sx)
{
	if (s->pre != T_UNKNOWN || !s->maybe_created)
		return s->pre;
	bool born = (sx->stx_mask & STATX_BTIME) && stamped_in_run(c, sx->stx_btime, s->create_ns);
	return born ? T_NO : T_YES;
}

/* The role of a changed path: an output, persistent when the command also
 * read its original content, or changed it in place (appended to it, or
 * wrote into it without truncating it): what it held before stays part of
 * the result, so dvc repro must not delete it before the rerun. */
static void changed_role(struct classify *c, const struct pstate *s, enum tri pre, bool read,
			 struct verdict *v)
{
	v->role = R_OUT;
	if (read) {
		v->persist = true;
		warn(c, "the stage modifies its own input %s: written as an output with persist: true",
		     s->rel);
	} else if (s->maybe_modified && pre == T_YES && !s->replaced) {
		v->persist = true;
		warn(c, "the stage %s %s, which existed before: written as an output with persist: true",
		     s->appended ? "appends to" : "changes in place", s->rel);
	}
}

/* The verdict of state S alone, from its history and the file as it is. */
static void classify_one(struct classify *c, struct pstate *s, struct verdict *v)
{
	struct dry_model *m = c->m;
	char *abs = dry_path_join(m->root, s->rel);
	struct statx sx;
	if (!abs) {
		c->err = -ENOMEM;
		return;
	}
	int r = statx(AT_FDCWD, abs, 0, STATX_TYPE | STATX_MODE | STATX_MTIME | STATX_BTIME, &sx);
	free(abs);
	if (r < 0) {
		v->gone = s->pre == T_YES && s->live == T_NO;
		return;
	}
	bool isdir = S_ISDIR(sx.stx_mode);
	if ((!isdir && !S_ISREG(sx.stx_mode)) || ignored(m, s->rel, isdir))
		return;
	if (!dry_utf8_is_valid(s->rel)) {
		/* DVC's files are UTF-8 YAML: such a name cannot be written. */
		warn(c, "a path that is not valid UTF-8 is left out (DVC cannot name it)");
		return;
	}
	enum tri pre = existed_before(c, s, &sx);
	bool changed = s->modified || (s->maybe_created && pre == T_NO) || written(c, s, &sx);
	bool read = s->read_orig || (s->read_if_pre && pre == T_YES);
	v->isdir = isdir;
	if (isdir) {
		v->fold_dir = s->created_dir || (s->renamed_in && changed);
		v->listed_dir = s->listed && !v->fold_dir;
		if (!(s->renamed_in && changed))
			return; /* a directory is an output only when folded into, or moved in */
	}
	if (changed)
		changed_role(c, s, pre, read, v);
	else if (!isdir && (read || (s->linked_orig && pre != T_NO)))
		v->role = R_DEP; /* read, or shown under a new name, with its original content */
}

static struct verdict *verdict_of(struct classify *c, const char *rel)
{
	struct pstate *s = find(c->m, rel);
	return s ? &c->v[s->index] : NULL;
}

/* The topmost ancestor of REL, or REL itself, that folds outputs, or NULL. */
static struct pstate *fold_root(struct classify *c, const char *rel)
{
	char buf[PATH_MAX];
	if (snprintf(buf, sizeof(buf), "%s", rel) >= (int)sizeof(buf))
		return NULL;
	for (char *sl = buf;; sl++) {
		sl = strchr(sl, '/');
		if (sl)
			*sl = '\0';
		struct pstate *s = find(c->m, buf);
		if (s && c->v[s->index].fold_dir)
			return s;
		if (!sl)
			return NULL;
		*sl = '/';
	}
}

/* Is some ancestor of REL (not REL itself) a path whose verdict PRED holds? */
static bool has_ancestor(struct classify *c, const char *rel, bool (*pred)(const struct verdict *))
{
	char buf[PATH_MAX];
	if (snprintf(buf, sizeof(buf), "%s", rel) >= (int)sizeof(buf))
		return false;
	for (char *sl = strrchr(buf, '/'); sl; sl = strrchr(buf, '/')) {
		*sl = '\0';
		struct verdict *v = verdict_of(c, buf);
		if (v && pred(v))
			return true;
	}
	return false;
}

static bool is_out(const struct verdict *v)
{
	return v->role == R_OUT;
}

static bool is_gone(const struct verdict *v)
{
	return v->gone;
}

static bool is_dir_dep(const struct verdict *v)
{
	return v->role == R_DEP && v->isdir;
}

static bool under_output(struct classify *c, const char *rel)
{
	return has_ancestor(c, rel, is_out);
}

/* One warning per topmost pre-existing path the command removed or moved
 * away: a rerun (dvc repro) will not find it there again. */
static void warn_gone(struct classify *c)
{
	struct dry_model *m = c->m;
	for (size_t i = 0; !c->err && i < m->n; i++) {
		struct pstate *s = m->v[i];
		if (!s || !c->v[i].gone || ignored(m, s->rel, false) || ignored(m, s->rel, true) ||
		    has_ancestor(c, s->rel, is_gone))
			continue;
		warn(c, "%s existed before the run and the stage %s it: a rerun will not find it%s",
		     s->rel, s->moved_away ? "moves" : "removes",
		     s->read_orig ? " (it was read: not a dependency)" : "");
	}
}

/* Outputs under a created directory become that directory; none lies
 * inside another; none holds the stage file. */
static void fold_outputs(struct classify *c)
{
	struct dry_model *m = c->m;
	for (size_t i = 0; i < m->n; i++) {
		struct verdict *v = &c->v[i];
		if (!m->v[i] || v->role != R_OUT)
			continue;
		struct pstate *root = fold_root(c, m->v[i]->rel);
		if (!root || dry_path_is_within(m->stage_dir, root->rel) || root->index == i)
			continue;
		struct verdict *rv = &c->v[root->index];
		rv->role = R_OUT;
		rv->persist |= v->persist;
		v->role = R_NONE;
	}
	for (size_t i = 0; i < m->n; i++) {
		struct verdict *v = &c->v[i];
		if (!m->v[i] || v->role != R_OUT)
			continue;
		if (dry_path_is_within(m->stage_dir, m->v[i]->rel)) {
			warn(c, "%s holds the stage file: not an output", m->v[i]->rel);
			v->role = R_NONE;
		}
	}
	for (size_t i = 0; i < m->n; i++)
		if (m->v[i] && (c->v[i].role == R_OUT || c->v[i].role == R_DEP) &&
		    under_output(c, m->v[i]->rel))
			c->v[i].role = R_NONE; /* inside an output: DVC refuses both */
}

/* Whether an output lies under directory D. */
static bool holds_output(struct classify *c, const char *d)
{
	for (size_t i = 0; i < c->m->n; i++)
		if (c->m->v[i] && c->v[i].role == R_OUT && dry_path_is_within(c->m->v[i]->rel, d))
			return true;
	return false;
}

static int cmp_len_idx(const void *a, const void *b, void *ctx)
{
	struct dry_model *m = ctx;
	size_t la = strlen(m->v[*(const size_t *)a]->rel), lb = strlen(m->v[*(const size_t *)b]->rel);
	return la < lb ? -1 : la > lb;
}

/* Whether every file of the directory D that DVC would hash is a
 * dependency (a listing that fails: no, the files stay). */
static bool all_files_deps(struct classify *c, const char *d)
{
	struct dry_model *m = c->m;
	char *abs = dry_path_join(m->root, d);
	struct dry_dir_listing *l = NULL;
	struct dry_ignore_under u = { m->dvc, d };
	if (!abs || dry_dir_list(AT_FDCWD, abs, DRY_HASH_NAMES, dry_ignore_skip, &u, &l)) {
		c->err = abs ? 0 : -ENOMEM;
		free(abs);
		return false;
	}
	free(abs);
	bool all = l->n > 0;
	for (size_t e = 0; all && e < l->n; e++) {
		char *p = dry_path_join(d, l->entries[e].relpath);
		struct verdict *v = p ? verdict_of(c, p) : NULL;
		all = v && v->role == R_DEP;
		free(p);
	}
	dry_dir_listing_free(l);
	return all;
}

/* Whether the listed directory at index I may become one dependency. */
static bool may_fold_deps(struct classify *c, size_t i)
{
	const char *d = c->m->v[i]->rel;
	return c->v[i].role != R_OUT && !under_output(c, d) && !holds_output(c, d) &&
	       !dry_path_is_within(c->m->stage_dir, d) && !has_ancestor(c, d, is_dir_dep) &&
	       all_files_deps(c, d);
}

/* A listed directory all of whose files (as DVC would hash them) are
 * dependencies replaces them; the topmost such directory wins. */
static int fold_dir_deps(struct classify *c)
{
	struct dry_model *m = c->m;
	size_t *order = malloc((m->n + 1) * sizeof(*order)), k = 0;
	if (!order)
		return -ENOMEM;
	for (size_t i = 0; i < m->n; i++)
		if (m->v[i] && c->v[i].listed_dir)
			order[k++] = i;
	qsort_r(order, k, sizeof(*order), cmp_len_idx, m);
	for (size_t o = 0; o < k && !c->err; o++) {
		size_t d = order[o];
		if (!may_fold_deps(c, d))
			continue;
		for (size_t i = 0; i < m->n; i++)
			if (m->v[i] && c->v[i].role == R_DEP && dry_path_is_within(m->v[i]->rel, m->v[d]->rel))
				c->v[i].role = R_NONE;
		c->v[d].role = R_DEP;
		c->v[d].isdir = true;
	}
	free(order);
	return c->err;
}

static int cmp_path(const void *a, const void *b)
{
	return strcmp(((const struct dry_model_path *)a)->path, ((const struct dry_model_path *)b)->path);
}

static void free_paths(struct dry_model_path *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i].path);
	free(v);
}

void dry_model_result_free(struct dry_model_result *r)
{
	if (!r)
		return;
	free_paths(r->deps, r->ndeps);
	free_paths(r->outs, r->nouts);
	for (size_t i = 0; i < r->nwarnings; i++)
		free(r->warnings[i]);
	free(r->warnings);
	free(r);
}

/* The states of ROLE as a sorted list. */
static int collect(struct classify *c, enum role role, struct dry_model_path **ret, size_t *ret_n)
{
	struct dry_model *m = c->m;
	size_t n = 0;
	struct dry_model_path *v = calloc(m->n + 1, sizeof(*v));
	if (!v)
		return -ENOMEM;
	for (size_t i = 0; i < m->n; i++) {
		if (!m->v[i] || c->v[i].role != role)
			continue;
		if (!(v[n].path = strdup(m->v[i]->rel))) {
			free_paths(v, n);
			return -ENOMEM;
		}
		v[n].isdir = c->v[i].isdir;
		v[n].persist = c->v[i].persist;
		n++;
	}
	if (n)
		qsort(v, n, sizeof(*v), cmp_path);
	*ret = v;
	*ret_n = n;
	return 0;
}

void dry_model_set_end(struct dry_model *m, uint64_t wall_ns)
{
	if (!m->o.end_wall_ns)
		m->o.end_wall_ns = wall_ns;
}

int dry_model_inherited(struct dry_model *m, int fd, const char *path)
{
	char buf[PATH_MAX];
	const char *rel = fd >= 0 && fd < 3 ? inside(m, path, buf, sizeof(buf)) : NULL;
	if (!rel || ignored(m, rel, false))
		return 0;
	free(m->stdio[fd]);
	return (m->stdio[fd] = strdup(rel)) ? 0 : -ENOMEM;
}

/* The shell's redirections of the command's standard descriptors to
 * project files: `dvc repro` runs the cmd without them. */
static void warn_redirections(struct classify *c)
{
	static const char *const what[] = { "input", "output", "error" };
	static const char *const op[] = { "<", ">", "2>" };
	for (int fd = 0; fd < 3; fd++) {
		const char *rel = c->m->stdio[fd];
		char *abs = rel ? dry_path_join(c->m->root, rel) : NULL;
		struct stat st;
		if (abs && stat(abs, &st) == 0 && S_ISREG(st.st_mode))
			warn(c, "the command's standard %s is %s, redirected by the shell that ran dry: "
				"the stage's cmd does not %s it; to make it part of the stage, give "
				"dry the redirection in one quoted command line ('CMD %s %s')",
			     what[fd], rel, fd ? "write" : "read", op[fd], rel);
		free(abs);
	}
}

void dry_model_set_start(struct dry_model *m, uint64_t wall_ns)
{
	m->start_ns = wall_ns;
}

int dry_model_finish(struct dry_model *m, struct dry_model_result **ret)
{
	struct classify c = { .m = m };
	struct timespec res, now;
	clock_getres(CLOCK_REALTIME_COARSE, &res);
	clock_gettime(CLOCK_REALTIME, &now);
	/* File times come from the coarse clock, up to a tick behind the
	 * fine one the trace's times come from (measured: up to 4.5 ms with
	 * 4 ms ticks): two ticks and a millisecond. */
	c.lag_ns = 2 * ((uint64_t)res.tv_sec * 1000000000u + (uint64_t)res.tv_nsec) + 1000000;
	c.start_ns = m->start_ns;
	c.start_coarse_ns = m->o.start_coarse_ns;
	c.end_ns = m->o.end_wall_ns ? m->o.end_wall_ns
				    : (uint64_t)now.tv_sec * 1000000000u + (uint64_t)now.tv_nsec;
	c.v = calloc(m->n + 1, sizeof(*c.v));
	if (!c.v)
		return -ENOMEM;
	for (size_t i = 0; !c.err && i < m->n; i++)
		if (m->v[i])
			classify_one(&c, m->v[i], &c.v[i]);
	warn_gone(&c);
	warn_redirections(&c);
	if (!c.err)
		fold_outputs(&c);
	if (!c.err)
		c.err = fold_dir_deps(&c);
	struct dry_model_result *r = c.err ? NULL : calloc(1, sizeof(*r));
	if (r && (collect(&c, R_DEP, &r->deps, &r->ndeps) || collect(&c, R_OUT, &r->outs, &r->nouts))) {
		dry_model_result_free(r);
		r = NULL;
	}
	free(c.v);
	if (!r) {
		for (size_t i = 0; i < c.nwarnings; i++)
			free(c.warnings[i]);
		free(c.warnings);
		return c.err ? c.err : -ENOMEM;
	}
	r->warnings = c.warnings;
	r->nwarnings = c.nwarnings;
	*ret = r;
	return 0;
}

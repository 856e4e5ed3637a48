/* dry_stage — see dry_stage.h. */
#include "dry_stage.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "dry_buf.h"
#include "dry_json.h"

int dry_stage_init(struct dry_stage *st, const char *name, const char *cmd,
		   const char *wdir, enum dry_hash_kind kind)
{
	memset(st, 0, sizeof(*st));
	st->kind = kind;
	st->name = strdup(name);
	st->cmd = strdup(cmd);
	if (wdir && strcmp(wdir, ".") && !(st->wdir = strdup(wdir)))
		goto oom;
	if (!st->name || !st->cmd)
		goto oom;
	return 0;
oom:
	dry_stage_free(st);
	return -ENOMEM;
}

static int add_entry(struct dry_entry **list, size_t *n, const char *path,
		     const struct dry_hash_info *h, bool persist, bool no_cache)
{
	size_t at = 0;
	while (at < *n && strcmp((*list)[at].path, path) < 0)
		at++;
	if (at < *n && !strcmp((*list)[at].path, path))
		return -EEXIST;
	struct dry_entry *l = realloc(*list, (*n + 1) * sizeof(*l));
	if (!l)
		return -ENOMEM;
	*list = l;
	char *p = strdup(path);
	if (!p)
		return -ENOMEM;
	memmove(&l[at + 1], &l[at], (*n - at) * sizeof(*l));
	l[at] = (struct dry_entry){ .path = p, .hash = *h, .persist = persist, .no_cache = no_cache };
	(*n)++;
	return 0;
}

int dry_stage_add_dep(struct dry_stage *st, const char *path, const struct dry_hash_info *h)
{
	return add_entry(&st->deps, &st->ndeps, path, h, false, false);
}

int dry_stage_add_out(struct dry_stage *st, const char *path, const struct dry_hash_info *h,
		      bool persist, bool no_cache)
{
	return add_entry(&st->outs, &st->nouts, path, h, persist, no_cache);
}

static void free_entries(struct dry_entry *l, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(l[i].path);
	free(l);
}

void dry_stage_free(struct dry_stage *st)
{
	free(st->name);
	free(st->cmd);
	free(st->wdir);
	free_entries(st->deps, st->ndeps);
	free_entries(st->outs, st->nouts);
	memset(st, 0, sizeof(*st));
}

/* --- dvc.yaml ------------------------------------------------------------ */

/* An out's flags in to_pipeline_file()'s order; NULL when all are defaults
 * (the out is then a bare path string). */
static struct dry_val *out_flags(const struct dry_entry *e)
{
	if (!e->no_cache && !e->persist)
		return NULL;
	struct dry_val *f = dry_val_map();
	if (e->no_cache)
		dry_val_set(f, "cache", dry_val_bool(false));
	if (e->persist)
		dry_val_set(f, "persist", dry_val_bool(true));
	return f;
}

struct dry_val *dry_stage_pipeline_entry(const struct dry_stage *st)
{
	struct dry_val *m = dry_val_map();
	dry_val_set(m, "cmd", dry_val_str(st->cmd));
	if (st->wdir)
		dry_val_set(m, "wdir", dry_val_str(st->wdir));
	if (st->ndeps) {
		struct dry_val *deps = dry_val_list();
		for (size_t i = 0; i < st->ndeps; i++)
			dry_val_push(deps, dry_val_str(st->deps[i].path));
		dry_val_set(m, "deps", deps);
	}
	if (st->nouts) {
		struct dry_val *outs = dry_val_list();
		for (size_t i = 0; i < st->nouts; i++) {
			struct dry_val *flags = out_flags(&st->outs[i]);
			if (!flags) {
				dry_val_push(outs, dry_val_str(st->outs[i].path));
				continue;
			}
			struct dry_val *o = dry_val_map();
			dry_val_set(o, st->outs[i].path, flags);
			dry_val_push(outs, o);
		}
		dry_val_set(m, "outs", outs);
	}
	return m;
}

/* --- dvc.lock ------------------------------------------------------------ */

/* Adds size, nfiles (directories) and isexec (executable files). */
static void add_meta(struct dry_val *m, const struct dry_hash_info *h)
{
	dry_val_set(m, "size", dry_val_int((int64_t)h->size));
	if (h->isdir)
		dry_val_set(m, "nfiles", dry_val_int((int64_t)h->nfiles));
	else if (h->isexec)
		dry_val_set(m, "isexec", dry_val_bool(true));
}

static struct dry_val *lock_item(const struct dry_entry *e)
{
	struct dry_val *m = dry_val_map();
	dry_val_set(m, "path", dry_val_str(e->path));
	dry_val_set(m, "hash", dry_val_str("md5"));
	dry_val_set(m, "md5", dry_val_str(e->hash.md5));
	add_meta(m, &e->hash);
	return m;
}

static struct dry_val *lock_list(const struct dry_entry *l, size_t n)
{
	struct dry_val *list = dry_val_list();
	for (size_t i = 0; i < n; i++)
		dry_val_push(list, lock_item(&l[i]));
	return list;
}

struct dry_val *dry_stage_lock_entry(const struct dry_stage *st)
{
	struct dry_val *m = dry_val_map();
	dry_val_set(m, "cmd", dry_val_str(st->cmd));
	if (st->ndeps)
		dry_val_set(m, "deps", lock_list(st->deps, st->ndeps));
	if (st->nouts)
		dry_val_set(m, "outs", lock_list(st->outs, st->nouts));
	return m;
}

/* --- legacy .dvc ---------------------------------------------------------- */

/* A 2.x entry: md5, size, nfiles, isexec, path, then the out's flags. */
static struct dry_val *legacy_item(const struct dry_entry *e, bool is_out)
{
	struct dry_val *m = dry_val_map();
	dry_val_set(m, "md5", dry_val_str(e->hash.md5));
	add_meta(m, &e->hash);
	dry_val_set(m, "path", dry_val_str(e->path));
	if (is_out && e->no_cache)
		dry_val_set(m, "cache", dry_val_bool(false));
	if (is_out && e->persist)
		dry_val_set(m, "persist", dry_val_bool(true));
	return m;
}

/* `dvc run` listed outs by kind: persistent ones, then no-cache ones, then
 * plain ones (dry writes no metrics or plots). */
static int out_group(const struct dry_entry *e)
{
	return e->persist ? 0 : e->no_cache ? 1 : 2;
}

struct dry_val *dry_stage_legacy_file(const struct dry_stage *st)
{
	struct dry_val *d = dry_val_map();
	dry_val_set(d, "cmd", dry_val_str(st->cmd));
	if (st->wdir)
		dry_val_set(d, "wdir", dry_val_str(st->wdir));
	if (st->ndeps) {
		struct dry_val *deps = dry_val_list();
		for (size_t i = 0; i < st->ndeps; i++)
			dry_val_push(deps, legacy_item(&st->deps[i], false));
		dry_val_set(d, "deps", deps);
	}
	if (st->nouts) {
		struct dry_val *outs = dry_val_list();
		for (int g = 0; g < 3; g++)
			for (size_t i = 0; i < st->nouts; i++)
				if (out_group(&st->outs[i]) == g)
					dry_val_push(outs, legacy_item(&st->outs[i], true));
		dry_val_set(d, "outs", outs);
	}
	char md5[DRY_MD5_HEX_LEN + 1];
	if (dry_val_error(d) || dry_stage_md5(d, md5)) {
		dry_val_free(d);
		return NULL;
	}
	/* The checksum comes first in the file and covers what follows. */
	struct dry_val *file = dry_val_map();
	dry_val_set(file, "md5", dry_val_str(md5));
	for (size_t i = 0; i < d->n; i++) {
		dry_val_set(file, d->keys[i], d->items[i]);
		d->items[i] = NULL; /* moved; dry_val_free() skips NULL */
	}
	dry_val_free(d);
	struct dry_val *meta = dry_val_map();
	dry_val_set(meta, "created-by", dry_val_str("dry"));
	dry_val_set(file, "meta", meta);
	return file;
}

/* --- stage md5 ------------------------------------------------------------ */

/* Removed at every depth before hashing (dvc/stage/utils.py compute_md5;
 * 2.x also drops checkpoint). */
static const char *const md5_excluded[] = {
	"desc", "type", "labels", "meta", "locked", "frozen", "metric", "persist",
	"isexec", "size", "nfiles", "checkpoint",
};

/* Removed from the top level only. */
static const char *const md5_excluded_top[] = { "md5", "meta", "desc" };

static bool listed(const char *key, const char *const *set, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(key, set[i]))
			return true;
	return false;
}

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* A copy of V without the excluded keys. */
static struct dry_val *md5_view(const struct dry_val *v, bool top)
{
	struct dry_val *c;
	switch (v->kind) {
	case DRY_V_MAP:
		c = dry_val_map();
		for (size_t i = 0; i < v->n; i++) {
			const char *k = v->keys[i];
			if (listed(k, md5_excluded, COUNT(md5_excluded)) ||
			    (top && listed(k, md5_excluded_top, COUNT(md5_excluded_top))))
				continue;
			dry_val_set(c, k, md5_view(v->items[i], false));
		}
		return c;
	case DRY_V_LIST:
		c = dry_val_list();
		for (size_t i = 0; i < v->n; i++)
			dry_val_push(c, md5_view(v->items[i], false));
		return c;
	case DRY_V_STR:
		return dry_val_str(v->s);
	case DRY_V_INT:
		return dry_val_int(v->i);
	case DRY_V_BOOL:
		return dry_val_bool(v->b);
	case DRY_V_NULL:
		break;
	}
	return dry_val_null();
}

int dry_stage_md5(const struct dry_val *d, char ret[DRY_MD5_HEX_LEN + 1])
{
	if (!d || d->kind != DRY_V_MAP)
		return -EINVAL;
	struct dry_val *view = md5_view(d, true);
	int err = dry_val_error(view);
	struct dry_buf b = DRY_BUF_INIT;
	if (!err) {
		dry_json_add_sorted(&b, view);
		err = dry_buf_error(&b);
	}
	if (!err)
		dry_md5_hex(b.data, b.len, ret);
	dry_buf_free(&b);
	dry_val_free(view);
	return err;
}

/* dry_prev — see dry_prev.h. */
#include "dry_prev.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "dry_buf.h"
#include "dry_commit.h"
#include "dry_dvcfile.h"
#include "dry_hash.h"
#include "dry_path.h"

/* One entry of the previous stage, its path relative to the root. */
struct prev_entry {
	char *path;
	bool is_out;
	bool persist;
};

struct dry_prev {
	char *cmd, *wdir;           /* dvc.yaml's; NULL when not plain strings */
	bool same_in_lock;          /* dvc.lock has the stage with the same cmd */
	struct prev_entry *v;       /* dvc.yaml's deps and outs */
	size_t n;
	char **lock_path, **lock_md5; /* dvc.lock's entries (root-relative) and checksums */
	bool *lock_is_md5;
	size_t nlock;
};

void dry_prev_free(struct dry_prev *p)
{
	if (!p)
		return;
	for (size_t i = 0; i < p->n; i++)
		free(p->v[i].path);
	for (size_t i = 0; i < p->nlock; i++) {
		free(p->lock_path[i]);
		free(p->lock_md5[i]);
	}
	free(p->v);
	free(p->lock_path);
	free(p->lock_md5);
	free(p->lock_is_md5);
	free(p->cmd);
	free(p->wdir);
	free(p);
}

/* Parses ROOT/FILE; NULL (with *TEXT empty) when absent or unreadable. */
static struct dry_dvcfile *parse(const char *root, const char *file, enum dry_dvcfile_kind kind,
				 struct dry_buf *text)
{
	char *path = dry_path_join(root, file);
	struct dry_dvcfile *f = NULL;
	if (path && !dry_read_file(path, text) && text->len &&
	    dry_dvcfile_parse(text->data, text->len, kind, &f, NULL))
		f = NULL;
	free(path);
	return f;
}

static int load_yaml(struct dry_prev *p, const struct dry_dvcfile *f, const char *name)
{
	const char *cmd = dry_dvcfile_stage_value(f, name, "cmd");
	const char *wdir = dry_dvcfile_stage_value(f, name, "wdir");
	struct dry_dvcfile_entry *e;
	size_t n;
	if ((cmd && !(p->cmd = strdup(cmd))) || !(p->wdir = dry_path_normalize(wdir ? wdir : ".")) ||
	    dry_dvcfile_stage_entries(f, name, &e, &n))
		return -ENOMEM;
	p->v = calloc(n + 1, sizeof(*p->v));
	for (size_t i = 0; p->v && i < n; i++) {
		if (!(p->v[i].path = dry_path_join(p->wdir, e[i].path)))
			break;
		p->v[i].is_out = e[i].is_out;
		p->v[i].persist = e[i].persist;
		p->n++;
	}
	free(e);
	return p->v && p->n == n ? 0 : -ENOMEM;
}

static int load_lock(struct dry_prev *p, const struct dry_dvcfile *f, const char *name)
{
	const char *cmd = dry_dvcfile_stage_value(f, name, "cmd");
	p->same_in_lock = cmd && p->cmd && !strcmp(cmd, p->cmd);
	struct dry_dvcfile_entry *e;
	size_t n;
	if (dry_dvcfile_stage_entries(f, name, &e, &n))
		return -ENOMEM;
	p->lock_path = calloc(n + 1, sizeof(char *));
	p->lock_md5 = calloc(n + 1, sizeof(char *));
	p->lock_is_md5 = calloc(n + 1, sizeof(bool));
	int err = p->lock_path && p->lock_md5 && p->lock_is_md5 ? 0 : -ENOMEM;
	for (size_t i = 0; !err && i < n; i++) {
		if (!e[i].md5)
			continue;
		p->lock_path[p->nlock] = dry_path_join(p->wdir, e[i].path);
		p->lock_md5[p->nlock] = strdup(e[i].md5);
		p->lock_is_md5[p->nlock] = e[i].hash_md5;
		err = p->lock_path[p->nlock] && p->lock_md5[p->nlock] ? 0 : -ENOMEM;
		p->nlock++;
	}
	free(e);
	return err;
}

int dry_prev_load(const char *root, const char *name, struct dry_prev **ret)
{
	struct dry_prev *p = calloc(1, sizeof(*p));
	struct dry_buf ytext = DRY_BUF_INIT, ltext = DRY_BUF_INIT;
	if (!p)
		return -ENOMEM;
	struct dry_dvcfile *y = name ? parse(root, "dvc.yaml", DRY_DVCFILE_PIPELINE, &ytext) : NULL;
	struct dry_dvcfile *l = y ? parse(root, "dvc.lock", DRY_DVCFILE_LOCK, &ltext) : NULL;
	int err = y ? load_yaml(p, y, name) : 0;
	if (!err && l)
		err = load_lock(p, l, name);
	dry_dvcfile_free(y);
	dry_dvcfile_free(l);
	dry_buf_free(&ytext);
	dry_buf_free(&ltext);
	if (err) {
		dry_prev_free(p);
		return err;
	}
	*ret = p;
	return 0;
}

/* --- output directories ------------------------------------------------------ */

static int cmp_model_path(const void *a, const void *b)
{
	return strcmp(((const struct dry_model_path *)a)->path, ((const struct dry_model_path *)b)->path);
}

/* Sorts V[0..*N) by path and merges duplicates (persist wins). */
static void sort_unique(struct dry_model_path *v, size_t *n)
{
	if (!*n)
		return;
	qsort(v, *n, sizeof(*v), cmp_model_path);
	size_t w = 0;
	for (size_t i = 0; i < *n; i++) {
		if (w && !strcmp(v[w - 1].path, v[i].path)) {
			v[w - 1].persist |= v[i].persist;
			free(v[i].path);
			continue;
		}
		v[w++] = v[i];
	}
	*n = w;
}

static bool holds_dep(const struct dry_model_result *res, const char *dir)
{
	for (size_t d = 0; d < res->ndeps; d++)
		if (dry_path_is_within(res->deps[d].path, dir))
			return true;
	return false;
}

/* The previous output directory that OUT lies in, or NULL. */
static const char *declared_dir(const struct dry_prev *p, const char *root,
				const struct dry_model_result *res, const char *out)
{
	for (size_t k = 0; k < p->n; k++) {
		const char *pd = p->v[k].path;
		if (p->v[k].is_out && strcmp(pd, out) && dry_path_is_inside(pd) && strcmp(pd, ".") &&
		    dry_path_is_within(out, pd) && dry_is_dir(root, pd) && !holds_dep(res, pd))
			return pd;
	}
	return NULL;
}

int dry_prev_fold_dirs(const struct dry_prev *p, const char *root, struct dry_model_result *res)
{
	for (size_t i = 0; i < res->nouts; i++) {
		const char *pd = declared_dir(p, root, res, res->outs[i].path);
		char *np = pd ? strdup(pd) : NULL;
		if (pd && !np)
			return -ENOMEM;
		if (np) {
			free(res->outs[i].path);
			res->outs[i].path = np;
			res->outs[i].isdir = true;
		}
	}
	sort_unique(res->outs, &res->nouts);
	return 0;
}

/* --- untouched entries ---------------------------------------------------------- */

static bool overlaps_any(const struct dry_model_path *v, size_t n, const char *path)
{
	for (size_t i = 0; i < n; i++)
		if (dry_path_is_within(v[i].path, path) || dry_path_is_within(path, v[i].path))
			return true;
	return false;
}

/* Whether PATH still holds the checksum dvc.lock gives it; *RET_ISDIR. */
static bool unchanged(const struct dry_prev *p, const struct dry_prev_keep_opts *o, const char *path,
		      bool *ret_isdir)
{
	bool dummy;
	if (!ret_isdir)
		ret_isdir = &dummy;
	size_t i;
	for (i = 0; i < p->nlock && strcmp(p->lock_path[i], path); i++)
		;
	if (i == p->nlock)
		return false;
	char *abs = dry_path_join(o->root, path);
	struct dry_ignore_under u = { o->dvc, path };
	struct dry_hash_info h;
	enum dry_hash_kind kind = p->lock_is_md5[i] ? DRY_HASH_MD5 : DRY_HASH_MD5_DOS2UNIX;
	bool same = abs && !dry_hash_path(AT_FDCWD, abs, kind, dry_ignore_skip, &u, &h) &&
		    !strcmp(h.md5, p->lock_md5[i]);
	free(abs);
	*ret_isdir = same && h.isdir;
	return same;
}

/* Whether entry E of the previous stage stands, against RES. */
static bool keeps(const struct dry_prev *p, const struct dry_prev_keep_opts *o,
		  const struct dry_model_result *res, const struct prev_entry *e, bool *ret_isdir)
{
	if (!dry_path_is_inside(e->path) || !strcmp(e->path, ".") ||
	    overlaps_any(res->deps, res->ndeps, e->path) || overlaps_any(res->outs, res->nouts, e->path))
		return false;
	if (dry_ignore_match(o->ignore, e->path, false) || dry_ignore_match(o->ignore, e->path, true))
		return false;
	return unchanged(p, o, e->path, ret_isdir);
}

static int append(struct dry_model_path **v, size_t *n, const struct prev_entry *e, bool isdir)
{
	struct dry_model_path *nv = realloc(*v, (*n + 1) * sizeof(*nv));
	if (!nv)
		return -ENOMEM;
	*v = nv;
	nv[*n] = (struct dry_model_path){ .path = strdup(e->path), .isdir = isdir,
					  .persist = e->persist };
	if (!nv[*n].path)
		return -ENOMEM;
	(*n)++;
	return 0;
}

static int add_warning(struct dry_model_result *res, const struct dry_buf *names, size_t n)
{
	char *msg;
	if (asprintf(&msg, "kept from the stage's previous run (untouched by this one, unchanged "
			   "since): %s; --fresh drops %s", names->data, n == 1 ? "it" : "them") < 0)
		return -ENOMEM;
	char **w = realloc(res->warnings, (res->nwarnings + 1) * sizeof(*w));
	if (!w) {
		free(msg);
		return -ENOMEM;
	}
	res->warnings = w;
	w[res->nwarnings++] = msg;
	return 0;
}

/* Whether the command line names WORD as a whole word (quotes and
 * spaces around it), as `python train.py` names its script. */
static bool names_word(const char *cmd, const char *word)
{
	size_t n = strlen(word);
	for (const char *s = strstr(cmd, word); s; s = strstr(s + 1, word)) {
		bool before = s == cmd || strchr(" \"'", s[-1]);
		bool after = !s[n] || strchr(" \"'", s[n]);
		if (before && after)
			return true;
	}
	return false;
}

/* Whether the command is still the one of the previous run: the same cmd
 * and wdir, and no file that the command line names (its script) changed
 * since dvc.lock: an edited script may no longer use what it used. */
static bool same_command(const struct dry_prev *p, const struct dry_prev_keep_opts *o)
{
	char *wdir = dry_path_normalize(o->wdir);
	bool same = wdir && p->cmd && p->same_in_lock && !strcmp(p->cmd, o->cmd) &&
		    !strcmp(p->wdir, wdir);
	for (size_t i = 0; same && i < p->n; i++) {
		char *rel = p->v[i].is_out ? NULL : dry_path_relative(p->v[i].path, wdir);
		if (rel && names_word(o->cmd, rel) && !unchanged(p, o, p->v[i].path, NULL))
			same = false;
		free(rel);
	}
	free(wdir);
	return same;
}

int dry_prev_keep(const struct dry_prev *p, const struct dry_prev_keep_opts *o,
		  struct dry_model_result *res, size_t *ret_n)
{
	*ret_n = 0;
	if (!same_command(p, o))
		return 0;
	/* Decided against what this run found, before any is added. */
	bool *keep = calloc(p->n + 1, sizeof(*keep)), *isdir = calloc(p->n + 1, sizeof(*isdir));
	int err = keep && isdir ? 0 : -ENOMEM;
	for (size_t i = 0; !err && i < p->n; i++)
		keep[i] = keeps(p, o, res, &p->v[i], &isdir[i]);
	struct dry_buf names = DRY_BUF_INIT;
	size_t n = 0;
	for (size_t i = 0; !err && i < p->n; i++) {
		if (!keep[i])
			continue;
		const struct prev_entry *e = &p->v[i];
		err = e->is_out ? append(&res->outs, &res->nouts, e, isdir[i])
				: append(&res->deps, &res->ndeps, e, isdir[i]);
		dry_buf_addf(&names, "%s%s", n++ ? ", " : "", e->path);
	}
	if (!err && n) {
		sort_unique(res->deps, &res->ndeps);
		sort_unique(res->outs, &res->nouts);
		err = dry_buf_error(&names) ? -ENOMEM : add_warning(res, &names, n);
	}
	dry_buf_free(&names);
	free(keep);
	free(isdir);
	if (!err)
		*ret_n = n;
	return err;
}

/* dry_write — see dry_write.h. */
#include "dry_write.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "dry_buf.h"
#include "dry_commit.h"
#include "dry_dvcfile.h"
#include "dry_error.h"
#include "dry_git.h"
#include "dry_hash.h"
#include "dry_ignore.h"
#include "dry_path.h"
#include "dry_prev.h"
#include "dry_stage.h"
#include "dry_yaml.h"

static int fail(char **ret_msg, int err, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static int fail(char **ret_msg, int err, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	if (ret_msg && vasprintf(ret_msg, fmt, ap) < 0)
		*ret_msg = NULL;
	va_end(ap);
	return err;
}

static char *dir_of(const char *path)
{
	char *p = dry_path_normalize(path);
	char *s = p ? strrchr(p, '/') : NULL;
	if (s == p && p)
		s[1] = '\0';
	else if (s)
		*s = '\0';
	return p;
}

char *dry_write_stage_dir(const struct dry_write_opts *o)
{
	if (!o->dvcfile)
		return strdup(".");
	char *d = dir_of(o->dvcfile);
	char *rel = d ? dry_path_relative(d, o->root) : NULL;
	free(d);
	return rel;
}

/* What was hashed of an output, kept for the cache commit. */
struct out_hash {
	struct dry_dir_listing *listing; /* directories */
	char md5[DRY_HASH_STR_SIZE];     /* files */
};

/* The hash facts of ABS (REL from the root); a directory's listing is
 * kept in *KEEP when KEEP is not NULL. */
static int hash_one(const char *abs, const char *rel, enum dry_hash_kind kind, struct dry_ignore *ig,
		    struct dry_hash_info *h, struct out_hash *keep)
{
	struct dry_ignore_under sc = { ig, rel };
	struct stat st;
	if (!keep || stat(abs, &st) || !S_ISDIR(st.st_mode)) {
		int err = dry_hash_path(AT_FDCWD, abs, kind, dry_ignore_skip, &sc, h);
		if (!err && keep)
			memcpy(keep->md5, h->md5, sizeof(keep->md5));
		return err;
	}
	int err = dry_dir_list(AT_FDCWD, abs, kind, dry_ignore_skip, &sc, &keep->listing);
	if (!err)
		dry_dir_listing_info(keep->listing, h);
	return err;
}

/* Hashes every dep and out into ST, paths made relative to WDIR. */
static int build_stage(const struct dry_write_opts *o, const struct dry_model_result *res,
		       const char *wdir_abs, enum dry_hash_kind kind, struct dry_ignore *ig,
		       const struct dry_git_index *git, struct dry_stage *st, struct out_hash *keep,
		       char **ret_msg)
{
	for (int pass = 0; pass < 2; pass++) {
		size_t n = pass ? res->nouts : res->ndeps;
		const struct dry_model_path *v = pass ? res->outs : res->deps;
		for (size_t i = 0; i < n; i++) {
			char *abs = dry_path_join(o->root, v[i].path);
			char *rel = abs ? dry_path_relative(abs, wdir_abs) : NULL;
			if (!rel) {
				free(abs);
				return -ENOMEM;
			}
			struct dry_hash_info h;
			int err = hash_one(abs, v[i].path, kind, ig, &h, pass ? &keep[i] : NULL);
			/* Git already tracks it: DVC can only leave it uncached. */
			bool tracked = pass && git && dry_git_tracked(git, v[i].path);
			if (!err)
				err = pass ? dry_stage_add_out(st, rel, &h, v[i].persist, tracked)
					   : dry_stage_add_dep(st, rel, &h);
			if (err && ret_msg)
				fail(ret_msg, err, "cannot hash '%s': %s", v[i].path, dry_strerror(err));
			free(abs);
			free(rel);
			if (err)
				return err;
		}
	}
	return 0;
}

/* The new text of the dvc.yaml or dvc.lock at PATH with ENTRY as stage NAME. */
static int edit_file(const char *path, enum dry_dvcfile_kind kind, const struct dry_stage *st,
		     const struct dry_val *entry, struct dry_buf *out, char **ret_msg)
{
	struct dry_buf old = DRY_BUF_INIT;
	int err = dry_read_file(path, &old);
	if (err) {
		dry_buf_free(&old);
		return fail(ret_msg, err, "cannot read '%s': %s", path, dry_strerror(err));
	}
	struct dry_dvcfile *f = NULL;
	char *msg = NULL;
	err = dry_dvcfile_parse(old.data ? old.data : "", old.len, kind, &f, &msg);
	if (!err && kind == DRY_DVCFILE_PIPELINE)
		err = dry_dvcfile_check_outs(f, st, &msg);
	if (!err)
		err = dry_dvcfile_set_stage(f, st->name, entry, out, &msg);
	if (err)
		fail(ret_msg, err, "%s: %s", path, msg ? msg : dry_strerror(err));
	free(msg);
	dry_dvcfile_free(f);
	dry_buf_free(&old);
	return err;
}

/* --- other stage files ------------------------------------------------------ */

struct scan {
	const struct dry_write_opts *o;
	const struct dry_model_result *res;
	struct dry_ignore *ig;
	char *self;          /* the stage file dry writes (absolute) */
	char **ret_msg;
};

/* Checks our outputs against the stage file REL (relative to the root). */
static int check_file(struct scan *sc, const char *rel, enum dry_dvcfile_kind kind)
{
	char *abs = dry_path_join(sc->o->root, rel);
	if (!abs)
		return -ENOMEM;
	if (!strcmp(abs, sc->self)) {
		free(abs);
		return 0;
	}
	struct dry_buf text = DRY_BUF_INIT;
	struct dry_dvcfile *f = NULL;
	char *dir = strdup(abs), *msg = NULL;
	int err = dir ? dry_read_file(abs, &text) : -ENOMEM;
	if (dir)
		*strrchr(dir, '/') = '\0';
	/* A file DVC could not load is DVC's to report, not ours. */
	if (!err && dry_dvcfile_parse(text.data ? text.data : "", text.len, kind, &f, NULL))
		f = NULL;
	for (size_t i = 0; f && !err && i < sc->res->nouts; i++) {
		char *o = dry_path_join(sc->o->root, sc->res->outs[i].path);
		char *r = o ? dry_path_relative(o, dir) : NULL;
		const char *outs[] = { r }, *shown[] = { sc->res->outs[i].path };
		err = r ? dry_dvcfile_check_paths(f, NULL, outs, shown, 1, &msg) : -ENOMEM;
		if (err == DRY_E_OVERLAP)
			fail(sc->ret_msg, err, "%s: %s", rel, msg);
		free(msg);
		msg = NULL;
		free(o);
		free(r);
	}
	dry_dvcfile_free(f);
	dry_buf_free(&text);
	free(dir);
	free(abs);
	return err;
}

static bool ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), k = strlen(suffix);
	return n > k && !strcmp(s + n - k, suffix);
}

/* Walks the project for dvc.yaml and *.dvc files, as DVC collects its
 * stages: not into .git/, .dvc/, ignored directories or sub-repositories. */
static int scan_dir(struct scan *sc, const char *rel)
{
	char *abs = dry_path_join(sc->o->root, rel);
	DIR *d = abs ? opendir(abs) : NULL;
	free(abs);
	if (!d)
		return 0;
	int err = 0;
	struct dirent *de;
	while (!err && (de = readdir(d))) {
		const char *n = de->d_name;
		if (!strcmp(n, ".") || !strcmp(n, ".."))
			continue;
		char *child = strcmp(rel, ".") ? dry_path_join(rel, n) : strdup(n);
		if (!child) {
			err = -ENOMEM;
			break;
		}
		bool isdir = de->d_type == DT_DIR;
		bool isreg = de->d_type == DT_REG;
		if (de->d_type == DT_UNKNOWN) {
			struct stat st;
			char *ca = dry_path_join(sc->o->root, child);
			if (ca && lstat(ca, &st) == 0) {
				isdir = S_ISDIR(st.st_mode);
				isreg = S_ISREG(st.st_mode);
			}
			free(ca);
		}
		if (!dry_ignore_match(sc->ig, child, isdir)) {
			if (isdir) {
				char *sub = dry_path_join(child, ".dvc");
				bool subrepo = sub && dry_is_dir(sc->o->root, sub);
				free(sub);
				if (!subrepo)
					err = scan_dir(sc, child);
			} else if (isreg && !strcmp(n, "dvc.yaml") && strcmp(child, "dvc.yaml")) {
				err = check_file(sc, child, DRY_DVCFILE_PIPELINE);
			} else if (isreg && ends_with(n, ".dvc")) {
				err = check_file(sc, child, DRY_DVCFILE_DATA);
			}
		}
		free(child);
	}
	closedir(d);
	return err;
}

/* Refuses outputs overlapping those of every other stage file of the
 * project (the root dvc.yaml is checked while it is edited). */
static int check_other_files(const struct dry_write_opts *o, const struct dry_model_result *res,
			     struct dry_ignore *ig, char **ret_msg)
{
	struct scan sc = { o, res, ig, NULL, ret_msg };
	sc.self = o->dvcfile ? dry_path_normalize(o->dvcfile) : dry_path_join(o->root, "dvc.yaml");
	int err = sc.self ? scan_dir(&sc, ".") : -ENOMEM;
	free(sc.self);
	return err;
}

static int write_pipeline(const struct dry_write_opts *o, const struct dry_stage *st, FILE *print_to,
			  struct dry_write_report *rep, char **ret_msg)
{
	char *yaml = dry_path_join(o->root, "dvc.yaml"), *lock = dry_path_join(o->root, "dvc.lock");
	struct dry_val *pe = dry_stage_pipeline_entry(st), *le = dry_stage_lock_entry(st);
	struct dry_buf y = DRY_BUF_INIT, l = DRY_BUF_INIT;
	int err = !yaml || !lock || dry_val_error(pe) || dry_val_error(le) ? -ENOMEM : 0;
	if (!err && print_to) {
		/* The proposal as the two files would hold it. */
		struct dry_dvcfile *f;
		if (!(err = dry_dvcfile_parse("", 0, DRY_DVCFILE_PIPELINE, &f, NULL))) {
			err = dry_dvcfile_set_stage(f, st->name, pe, &y, NULL);
			dry_dvcfile_free(f);
		}
		if (!err && !(err = dry_dvcfile_parse("", 0, DRY_DVCFILE_LOCK, &f, NULL))) {
			err = dry_dvcfile_set_stage(f, st->name, le, &l, NULL);
			dry_dvcfile_free(f);
		}
		if (!err)
			fprintf(print_to, "# dvc.yaml\n%s# dvc.lock\n%s", y.data, l.data);
		dry_buf_reset(&y);
		dry_buf_reset(&l);
	}
	/* Both files are checked before either is written. */
	if (!err)
		err = edit_file(yaml, DRY_DVCFILE_PIPELINE, st, pe, &y, ret_msg);
	if (!err)
		err = edit_file(lock, DRY_DVCFILE_LOCK, st, le, &l, ret_msg);
	if (!err && !o->print_only) {
		if ((err = dry_write_atomic(yaml, y.data, y.len)))
			fail(ret_msg, err, "cannot write '%s': %s", yaml, dry_strerror(err));
		else if ((err = dry_write_atomic(lock, l.data, l.len)))
			fail(ret_msg, err, "cannot write '%s': %s", lock, dry_strerror(err));
	}
	if (!err)
		rep->stage_files = strdup("dvc.yaml and dvc.lock");
	dry_buf_free(&y);
	dry_buf_free(&l);
	dry_val_free(pe);
	dry_val_free(le);
	free(yaml);
	free(lock);
	return err;
}

static int write_legacy(const struct dry_write_opts *o, const struct dry_stage *st, FILE *print_to,
			struct dry_write_report *rep, char **ret_msg)
{
	struct dry_val *doc = dry_stage_legacy_file(st);
	struct dry_buf b = DRY_BUF_INIT;
	int err = doc ? dry_yaml_emit(&b, doc, 0) : -ENOMEM;
	dry_val_free(doc);
	if (!err && print_to)
		fprintf(print_to, "# %s\n%s", o->dvcfile, b.data);
	if (!err && !o->print_only && (err = dry_write_atomic(o->dvcfile, b.data, b.len)))
		fail(ret_msg, err, "cannot write '%s': %s", o->dvcfile, dry_strerror(err));
	if (!err) {
		char *rel = dry_path_relative(o->dvcfile, o->cwd);
		rep->stage_files = rel;
	}
	dry_buf_free(&b);
	return err;
}

/* Stores the outputs in the cache and lists them in .gitignore. */
static int commit(const struct dry_write_opts *o, const struct dry_model_result *res,
		  enum dry_hash_kind kind, const struct out_hash *keep, const struct dry_git_index *git,
		  char **ret_msg)
{
	char *cache;
	int err = dry_cache_dir(o->root, &cache);
	if (err)
		return fail(ret_msg, err, "cannot read the cache location in .dvc/config: %s",
			    dry_strerror(err));
	bool has_git = dry_is_dir(o->root, ".git");
	for (size_t i = 0; !err && i < res->nouts; i++) {
		const char *rel = res->outs[i].path;
		if (git && dry_git_tracked(git, rel))
			continue; /* cache: false */
		char *abs = dry_path_join(o->root, rel);
		if (!abs) {
			err = -ENOMEM;
			break;
		}
		err = keep[i].listing ? dry_cache_put_dir(cache, kind, abs, keep[i].listing)
				      : dry_cache_put_file(cache, kind, abs, keep[i].md5);
		if (!err && has_git)
			err = dry_gitignore_add(o->root, rel);
		if (err)
			fail(ret_msg, err, "cannot commit '%s' to the cache %s: %s", rel, cache,
			     dry_strerror(err));
		free(abs);
	}
	free(cache);
	return err;
}

/* An output git tracks: said in the summary. */
static int add_note(struct dry_write_report *rep, const char *path)
{
	char **v = realloc(rep->uncached, (rep->nuncached + 1) * sizeof(*v));
	if (!v)
		return -ENOMEM;
	rep->uncached = v;
	if (!(v[rep->nuncached] = strdup(path)))
		return -ENOMEM;
	rep->nuncached++;
	return 0;
}

/* What the stage being replaced tells a rerun (dry_prev.h). */
static int use_previous(const struct dry_write_opts *o, const char *wdir, struct dry_ignore *dvc,
			struct dry_model_result *res)
{
	struct dry_prev *prev = NULL;
	struct dry_ignore *excluded = NULL;
	int err = dry_prev_load(o->root, o->name, &prev);
	if (!err)
		err = dry_prev_fold_dirs(prev, o->root, res);
	if (!err && !o->fresh)
		err = dry_ignore_new_excluded(o->root, o->ignores, o->nignores, &excluded);
	if (!err && !o->fresh) {
		struct dry_prev_keep_opts ko = { .root = o->root, .wdir = wdir, .cmd = o->cmd,
						 .ignore = excluded, .dvc = dvc };
		size_t n;
		err = dry_prev_keep(prev, &ko, res, &n);
	}
	dry_ignore_free(excluded);
	dry_prev_free(prev);
	return err;
}

/* What one dry_write() works with. */
struct writing {
	enum dry_hash_kind kind;
	char *wdir;                 /* the stage's wdir, relative to the stage file's directory */
	struct dry_ignore *ig;      /* DVC's rules */
	struct dry_git_index *git;  /* NULL without .git/ */
	struct dry_stage st;
	struct out_hash *keep;      /* parallel to res->outs */
	size_t nkeep;
};

static int writing_init(struct writing *w, const struct dry_write_opts *o)
{
	char *stage_dir = dry_write_stage_dir(o);
	char *stage_abs = stage_dir ? dry_path_join(o->root, stage_dir) : NULL;
	w->kind = o->dvcfile ? DRY_HASH_MD5_DOS2UNIX : DRY_HASH_MD5;
	w->wdir = stage_abs ? dry_path_relative(o->cwd, stage_abs) : NULL;
	free(stage_abs);
	free(stage_dir);
	int err = w->wdir ? dry_ignore_new(o->root, true, &w->ig) : -ENOMEM;
	if (!err && dry_is_dir(o->root, ".git"))
		err = dry_git_index_load(o->root, &w->git);
	return err;
}

static void writing_free(struct writing *w)
{
	for (size_t i = 0; w->keep && i < w->nkeep; i++)
		dry_dir_listing_free(w->keep[i].listing);
	free(w->keep);
	dry_stage_free(&w->st);
	dry_ignore_free(w->ig);
	dry_git_index_free(w->git);
	free(w->wdir);
}

/* The stage of RES hashed, its notes in REP. */
static int hash_stage(struct writing *w, const struct dry_write_opts *o,
		      const struct dry_model_result *res, struct dry_write_report *rep, char **ret_msg)
{
	w->nkeep = res->nouts;
	w->keep = calloc(res->nouts + 1, sizeof(*w->keep));
	int err = w->keep ? dry_stage_init(&w->st, o->name, o->cmd, w->wdir, w->kind) : -ENOMEM;
	if (!err)
		err = build_stage(o, res, o->cwd, w->kind, w->ig, w->git, &w->st, w->keep, ret_msg);
	for (size_t i = 0; !err && i < w->st.nouts; i++)
		if (w->st.outs[i].no_cache)
			err = add_note(rep, w->st.outs[i].path);
	return err;
}

int dry_write(const struct dry_write_opts *o, struct dry_model_result *res, FILE *print_to,
	      struct dry_write_report *rep, char **ret_msg)
{
	struct writing w = { 0 };
	memset(rep, 0, sizeof(*rep));
	rep->has_dvc = dry_is_dir(o->root, ".dvc");
	int err = writing_init(&w, o);
	if (!err && !o->dvcfile)
		err = use_previous(o, w.wdir, w.ig, res);
	if (!err)
		err = hash_stage(&w, o, res, rep, ret_msg);
	if (!err && res->nouts)
		err = check_other_files(o, res, w.ig, ret_msg);
	if (!err)
		err = o->dvcfile ? write_legacy(o, &w.st, print_to, rep, ret_msg)
				 : write_pipeline(o, &w.st, print_to, rep, ret_msg);
	if (!err && rep->has_dvc && !o->no_commit && !o->print_only) {
		err = commit(o, res, w.kind, w.keep, w.git, ret_msg);
		rep->committed = !err;
	}
	if (err == -ENOMEM && ret_msg && !*ret_msg)
		fail(ret_msg, err, "out of memory");
	writing_free(&w);
	return err;
}

void dry_write_report_free(struct dry_write_report *r)
{
	free(r->stage_files);
	for (size_t i = 0; i < r->nuncached; i++)
		free(r->uncached[i]);
	free(r->uncached);
	memset(r, 0, sizeof(*r));
}

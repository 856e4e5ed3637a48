/* dry_ignore — see dry_ignore.h. */
#include "dry_ignore.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dry_buf.h"
#include "dry_path.h"

struct pattern {
	char *base;     /* "" or "dir/sub" */
	char *glob;     /* the body, leading '/' removed */
	bool negate, dir_only, anchored;
};

struct dry_ignore {
	char *root;
	bool dvcignore;
	struct pattern *p;
	size_t n, cap;
	char **loaded;  /* directories whose .dvcignore was read */
	size_t nloaded, loaded_cap;
};

/* DVC's default ignore patterns (dvc/ignore.py DvcIgnoreFilter). */
static const char *const dvc_builtin[] = { ".hg/", ".git/", ".git", ".dvc/" };

/* --- matching --------------------------------------------------------------- */

/* A [...] class at *P against C; advances *P past it. */
static bool match_class(const char **pp, char c, bool *ret_ok)
{
	const char *p = *pp + 1;
	bool neg = *p == '!' || *p == '^';
	bool hit = false;
	if (neg)
		p++;
	const char *start = p;
	while (*p && (*p != ']' || p == start)) {
		char lo = *p == '\\' && p[1] ? *++p : *p;
		char hi = lo;
		if (p[1] == '-' && p[2] && p[2] != ']') {
			p += 2;
			hi = *p == '\\' && p[1] ? *++p : *p;
		}
		if (c >= lo && c <= hi)
			hit = true;
		p++;
	}
	if (*p != ']') {
		*ret_ok = false; /* no closing bracket: '[' is literal */
		return false;
	}
	*ret_ok = true;
	*pp = p + 1;
	return hit != neg && c != '/';
}

static bool glob_at(const char *pat, const char *p, const char *s)
{
	for (;;) {
		if (*p == '\0')
			return *s == '\0';
		bool seg_start = p == pat || p[-1] == '/';
		if (p[0] == '*' && p[1] == '*' && seg_start && (p[2] == '/' || p[2] == '\0')) {
			if (p[2] == '\0')
				return true; /* a trailing double star: everything below */
			/* "**" + "/": zero or more whole directories. */
			for (const char *t = s;;) {
				if (glob_at(pat, p + 3, t))
					return true;
				t = strchr(t, '/');
				if (!t)
					return false;
				t++;
			}
		}
		if (*p == '*') {
			while (*p == '*')
				p++;
			for (const char *t = s;; t++) {
				if (glob_at(pat, p, t))
					return true;
				if (*t == '\0' || *t == '/')
					return false;
			}
		}
		if (*p == '?') {
			if (!*s || *s == '/')
				return false;
			p++;
			s++;
			continue;
		}
		if (*p == '[') {
			bool ok;
			const char *q = p;
			bool hit = match_class(&q, *s, &ok);
			if (ok) {
				if (!*s || !hit)
					return false;
				p = q;
				s++;
				continue;
			}
		}
		if (*p == '\\' && p[1])
			p++;
		if (*p != *s)
			return false;
		p++;
		s++;
	}
}

bool dry_ignore_glob(const char *pattern, const char *path)
{
	return glob_at(pattern, pattern, path);
}

/* Whether pattern P decides REL (relative to the root). */
static bool pattern_hits(const struct pattern *p, const char *rel, bool isdir)
{
	if (p->dir_only && !isdir)
		return false;
	const char *sub = rel;
	if (*p->base) {
		size_t n = strlen(p->base);
		if (strncmp(rel, p->base, n) || rel[n] != '/')
			return false;
		sub = rel + n + 1;
	}
	if (p->anchored)
		return dry_ignore_glob(p->glob, sub);
	/* No '/': the name at any depth. */
	const char *name = strrchr(sub, '/');
	return dry_ignore_glob(p->glob, name ? name + 1 : sub);
}

/* The verdict of the patterns on REL alone: 1 ignored, 0 not. */
static bool decide(const struct dry_ignore *ig, const char *rel, bool isdir)
{
	bool ignored = false;
	for (size_t i = 0; i < ig->n; i++)
		if (pattern_hits(&ig->p[i], rel, isdir))
			ignored = !ig->p[i].negate;
	return ignored;
}

/* --- loading ------------------------------------------------------------------ */

int dry_ignore_add(struct dry_ignore *ig, const char *base, const char *line)
{
	size_t n = strlen(line);
	/* Trailing spaces go unless escaped; a CR from a CRLF file too. */
	while (n && (line[n - 1] == '\r' || line[n - 1] == '\n'))
		n--;
	while (n && line[n - 1] == ' ' && !(n >= 2 && line[n - 2] == '\\'))
		n--;
	if (!n || line[0] == '#')
		return 0;
	struct pattern p = { 0 };
	const char *s = line;
	if (*s == '!') {
		p.negate = true;
		s++;
		n--;
	} else if (*s == '\\' && (s[1] == '#' || s[1] == '!')) {
		s++;
		n--;
	}
	if (n && s[n - 1] == '/') {
		p.dir_only = true;
		n--;
	}
	if (!n)
		return 0;
	/* A '/' anywhere but at the end anchors the pattern to its base. */
	p.anchored = memchr(s, '/', n) != NULL;
	if (*s == '/') {
		s++;
		n--;
	}
	if (ig->n == ig->cap) {
		size_t cap = ig->cap ? 2 * ig->cap : 16;
		struct pattern *np = realloc(ig->p, cap * sizeof(*np));
		if (!np)
			return -ENOMEM;
		ig->p = np;
		ig->cap = cap;
	}
	p.glob = strndup(s, n);
	p.base = strdup(base);
	if (!p.glob || !p.base) {
		free(p.glob);
		free(p.base);
		return -ENOMEM;
	}
	ig->p[ig->n++] = p;
	return 0;
}

static bool already_loaded(struct dry_ignore *ig, const char *dir)
{
	for (size_t i = 0; i < ig->nloaded; i++)
		if (!strcmp(ig->loaded[i], dir))
			return true;
	return false;
}

/* Reads DIR/.dvcignore (DIR relative to the root) once. */
static int load_dvcignore(struct dry_ignore *ig, const char *dir)
{
	if (already_loaded(ig, dir))
		return 0;
	if (ig->nloaded == ig->loaded_cap) {
		size_t cap = ig->loaded_cap ? 2 * ig->loaded_cap : 16;
		char **l = realloc(ig->loaded, cap * sizeof(*l));
		if (!l)
			return -ENOMEM;
		ig->loaded = l;
		ig->loaded_cap = cap;
	}
	if (!(ig->loaded[ig->nloaded] = strdup(dir)))
		return -ENOMEM;
	ig->nloaded++;
	char *d = dry_path_join(ig->root, *dir ? dir : ".");
	char *f = d ? dry_path_join(d, ".dvcignore") : NULL;
	free(d);
	if (!f)
		return -ENOMEM;
	FILE *in = fopen(f, "re");
	free(f);
	if (!in)
		return 0;
	char line[4096];
	int err = 0;
	while (!err && fgets(line, sizeof(line), in))
		err = dry_ignore_add(ig, dir, line);
	fclose(in);
	return err;
}

int dry_ignore_new(const char *root, bool dvcignore, struct dry_ignore **ret)
{
	struct dry_ignore *ig = calloc(1, sizeof(*ig));
	if (!ig || !(ig->root = strdup(root))) {
		free(ig);
		return -ENOMEM;
	}
	ig->dvcignore = dvcignore;
	int err = 0;
	for (size_t i = 0; !err && i < sizeof(dvc_builtin) / sizeof(dvc_builtin[0]); i++)
		err = dry_ignore_add(ig, "", dvc_builtin[i]);
	if (err) {
		dry_ignore_free(ig);
		return err;
	}
	*ret = ig;
	return 0;
}

void dry_ignore_free(struct dry_ignore *ig)
{
	if (!ig)
		return;
	for (size_t i = 0; i < ig->n; i++) {
		free(ig->p[i].base);
		free(ig->p[i].glob);
	}
	for (size_t i = 0; i < ig->nloaded; i++)
		free(ig->loaded[i]);
	free(ig->loaded);
	free(ig->p);
	free(ig->root);
	free(ig);
}

bool dry_ignore_match(struct dry_ignore *ig, const char *rel, bool isdir)
{
	char buf[4096];
	if (snprintf(buf, sizeof(buf), "%s", rel) >= (int)sizeof(buf))
		return false;
	/* Each directory on the way down: its .dvcignore applies below it,
	 * and an ignored directory hides everything inside. */
	if (ig->dvcignore)
		load_dvcignore(ig, "");
	for (char *s = strchr(buf, '/'); s; s = strchr(s + 1, '/')) {
		*s = '\0';
		bool hit = decide(ig, buf, true);
		if (!hit && ig->dvcignore)
			load_dvcignore(ig, buf);
		*s = '/';
		if (hit)
			return true;
	}
	return decide(ig, buf, isdir);
}

bool dry_ignore_skip(void *ctx, const char *relpath, bool isdir)
{
	const struct dry_ignore_under *u = ctx;
	char buf[4096];
	int n = strcmp(u->base, ".") ? snprintf(buf, sizeof(buf), "%s/%s", u->base, relpath)
				     : snprintf(buf, sizeof(buf), "%s", relpath);
	return n >= 0 && (size_t)n < sizeof(buf) && dry_ignore_match(u->ig, buf, isdir);
}

/* dry's own exclusions, on top of DVC's (dvc-format.md §7, issue rules). */
static const char *const excluded[] = {
	"dvc.yaml", "dvc.lock", "*.dvc", ".dvcignore", ".gitignore", "__pycache__/", "*.pyc",
};

int dry_ignore_new_excluded(const char *root, const char *const *patterns, size_t npatterns,
			    struct dry_ignore **ret)
{
	struct dry_ignore *ig = NULL;
	int err = dry_ignore_new(root, true, &ig);
	for (size_t i = 0; !err && i < sizeof(excluded) / sizeof(excluded[0]); i++)
		err = dry_ignore_add(ig, "", excluded[i]);
	for (size_t i = 0; !err && i < npatterns; i++)
		err = dry_ignore_add(ig, "", patterns[i]);
	if (err) {
		dry_ignore_free(ig);
		return err;
	}
	*ret = ig;
	return 0;
}

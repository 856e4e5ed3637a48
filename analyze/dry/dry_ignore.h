/*
 * dry_ignore — gitignore-style patterns (gitwildmatch), as DVC applies
 * them through .dvcignore files and as dry applies its own exclusions.
 *
 * A set holds patterns, each relative to a base directory inside the
 * project (the directory of the .dvcignore it came from; "" for the root).
 * Syntax per gitignore(5): '#' comments, '!' negation, a trailing '/'
 * matches directories only, a pattern with a '/' elsewhere is anchored to
 * its base, one without matches a name at any depth, '*' '?' '[...]' do
 * not cross '/', '**' as a whole segment spans directories, '\' escapes.
 * The last matching pattern decides, and a path inside an ignored
 * directory is ignored whatever follows (git cannot re-include it either).
 *
 * .dvcignore files are read lazily: dry_ignore_match() loads the one of
 * every directory on the way to the path the first time it is asked.
 * Paths are clean and relative to the project root (dry_path.h).
 */
#ifndef DRY_IGNORE_H
#define DRY_IGNORE_H

#include <stdbool.h>
#include <stddef.h>

struct dry_ignore;

/* A set for the project at ROOT (absolute). With DVCIGNORE, .dvcignore
 * files are read; DVC's built-in patterns (.git, .git/, .hg/, .dvc/) are
 * always in. */
int dry_ignore_new(const char *root, bool dvcignore, struct dry_ignore **ret);
void dry_ignore_free(struct dry_ignore *ig);

/* A set for the project at ROOT of every path dry never counts: DVC's
 * rules (.dvcignore files included), dry's own exclusions (dvc.yaml,
 * dvc.lock, *.dvc, .dvcignore, .gitignore, __pycache__/, *.pyc) and the
 * caller's NPATTERNS PATTERNS (relative to the root). */
int dry_ignore_new_excluded(const char *root, const char *const *patterns, size_t npatterns,
			    struct dry_ignore **ret);

/* Adds one pattern line relative to the directory BASE ("" for the root).
 * Blank lines and comments are accepted and ignored. */
int dry_ignore_add(struct dry_ignore *ig, const char *base, const char *line);

/* Whether REL (a clean path relative to the root, not "." nor "..")
 * is ignored; ISDIR says whether REL itself is a directory. */
bool dry_ignore_match(struct dry_ignore *ig, const char *rel, bool isdir);

/* The rules as seen from inside a directory being hashed (a
 * dry_hash_skip_fn's context): IG's patterns for BASE/RELPATH, BASE being
 * the directory, relative to the root. */
struct dry_ignore_under {
	struct dry_ignore *ig;
	const char *base;
};

/* A dry_hash_skip_fn: CTX is a struct dry_ignore_under. */
bool dry_ignore_skip(void *ctx, const char *relpath, bool isdir);

/* The gitwildmatch test of one pattern body (no '!', no trailing '/')
 * against a whole path. Exposed for tests. */
bool dry_ignore_glob(const char *pattern, const char *path);

#endif

/*
 * dry_git — which paths git already tracks, read from .git/index.
 *
 * DVC refuses to cache an output that git tracks (OutputAlreadyTrackedError,
 * dvc-format.md §6); such an output can only be `cache: false`. dry reads
 * the index itself (versions 2, 3 and 4, including v4's prefix-compressed
 * names) rather than running git. The file is untrusted: every length is
 * checked, and an index dry cannot read counts as tracking nothing.
 */
#ifndef DRY_GIT_H
#define DRY_GIT_H

#include <stdbool.h>

struct dry_git_index;

/* Loads ROOT/.git/index. Returns 0 (an absent or unreadable index loads as
 * empty) or -ENOMEM. */
int dry_git_index_load(const char *root, struct dry_git_index **ret);
void dry_git_index_free(struct dry_git_index *ix);

/* Whether REL (relative to the work tree) is tracked, or for a directory,
 * whether anything under it is. */
bool dry_git_tracked(const struct dry_git_index *ix, const char *rel);

#endif

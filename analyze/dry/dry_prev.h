/*
 * dry_prev — the stage a run replaces, and what a rerun keeps of it.
 *
 * A stage is often recorded again: after a change, or to refresh it. Two
 * things that the trace of a rerun cannot show are taken from the stage it
 * replaces (stage NAME of ROOT/dvc.yaml, and its dvc.lock entry):
 *  - Output directories. A rerun finds a declared output directory already
 *    there (mkdir -p creates nothing) and would list each file written into
 *    it; those files fold back into the declared directory, unless it holds
 *    a dependency.
 *  - What an incremental tool left alone. `make` run again with its targets
 *    up to date only stats them (stat is not recorded), and after an edit
 *    rebuilds only what changed. A dependency or output of the previous run
 *    is kept when the command is the same (cmd and wdir, in dvc.yaml and in
 *    dvc.lock), this run neither found it nor anything overlapping it, it is
 *    not ignored, and it still holds the checksum dvc.lock recorded: the
 *    previous recording's verdict on it still stands.
 * The legacy form (-f FILE.dvc) keeps nothing; `dry run --fresh` neither.
 * A dvc.yaml or dvc.lock that cannot be read or parsed gives an empty
 * previous stage (dry_write reports the file itself).
 */
#ifndef DRY_PREV_H
#define DRY_PREV_H

#include <stddef.h>

#include "dry_ignore.h"
#include "dry_model.h"

struct dry_prev;

/* Loads stage NAME of ROOT/dvc.yaml and ROOT/dvc.lock. Returns 0 (an empty
 * stage when there is none) or -ENOMEM. */
int dry_prev_load(const char *root, const char *name, struct dry_prev **ret);

/* Accepts NULL. */
void dry_prev_free(struct dry_prev *p);

/* Folds RES's outputs into the previous stage's output directories (see
 * above); RES stays sorted, duplicates merged. Returns 0 or -ENOMEM. */
int dry_prev_fold_dirs(const struct dry_prev *p, const char *root, struct dry_model_result *res);

/* What decides whether an entry is kept. */
struct dry_prev_keep_opts {
	const char *root;   /* the project root (absolute) */
	const char *wdir;   /* the new stage's wdir, relative to the root ("." for none) */
	const char *cmd;    /* the new stage's cmd */
	struct dry_ignore *ignore; /* paths never counted (dry's exclusions, --ignore) */
	struct dry_ignore *dvc;    /* DVC's rules, for hashing directories */
};

/* Adds to RES the previous entries kept (see above), sorted in, with one
 * warning naming them. *RET_N gets how many. Returns 0 or -ENOMEM. */
int dry_prev_keep(const struct dry_prev *p, const struct dry_prev_keep_opts *o,
		  struct dry_model_result *res, size_t *ret_n);

#endif

/*
 * dry_write — the model's verdict written out as DVC files.
 *
 * From the deps and outs (relative to the project root), the stage is
 * hashed and written in one of two forms:
 *  - pipeline (default): ROOT/dvc.yaml and ROOT/dvc.lock, DVC 3.x. The
 *    stage runs in the starting directory: `wdir` is written when that is
 *    not the root, and every path is relative to it (dvc-format.md §1).
 *  - legacy (-f FILE.dvc): one DVC 2.x single-stage file, md5-dos2unix
 *    checksums, no hash keys, a stage md5 and meta created-by: dry (§5).
 * Both files are validated before either is written (invalid YAML,
 * overlapping outputs: nothing is written), and each is replaced
 * atomically. With print_only the stage goes to the given stream instead
 * and no file changes. Unless no_commit, a project with .dvc/ gets every
 * cached output in its cache and, with .git/, the .gitignore entries, as
 * `dvc commit` leaves them. An output that git already tracks is written
 * `cache: false` (DVC refuses to cache it) and left out of both.
 */
#ifndef DRY_WRITE_H
#define DRY_WRITE_H

#include <stdbool.h>
#include <stdio.h>

#include "dry_model.h"

struct dry_write_opts {
	const char *root;       /* project root (absolute) */
	const char *cwd;        /* where the command ran (absolute): the stage's wdir */
	const char *name;       /* stage name (pipeline form) */
	const char *dvcfile;    /* legacy form: the .dvc file (absolute), or NULL */
	const char *cmd;
	bool print_only;
	bool no_commit;
	bool fresh;             /* keep nothing of the stage's previous run */
	const char *const *ignores; /* the caller's --ignore patterns (relative to the root) */
	size_t nignores;
};

struct dry_write_report {
	char *stage_files;      /* "dvc.yaml and dvc.lock", "prep.dvc" */
	bool committed;         /* outputs stored in the cache */
	bool has_dvc;           /* the project has a .dvc/ directory */
	char **uncached;        /* outputs git tracks, written cache: false */
	size_t nuncached;
};

/* The directory of the stage file relative to ROOT, for the model's
 * stage_dir (malloc'ed). */
char *dry_write_stage_dir(const struct dry_write_opts *o);

/* Writes the stage for RES. In the pipeline form, what the stage being
 * replaced declared is used as dry_prev.h says: its output directories,
 * and unless FRESH its untouched, unchanged entries (RES is updated, for
 * the caller's summary, its warnings included). Returns 0, or an error with a one-line
 * message in *RET_MSG (malloc'ed): the path and what went wrong. */
int dry_write(const struct dry_write_opts *o, struct dry_model_result *res, FILE *print_to,
	      struct dry_write_report *report, char **ret_msg);

void dry_write_report_free(struct dry_write_report *r);

#endif

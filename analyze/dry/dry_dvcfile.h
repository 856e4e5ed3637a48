/*
 * dry_dvcfile — editing dvc.yaml and dvc.lock in place.
 *
 * These are the user's files: dry inserts or replaces one stage and keeps
 * every other byte as it was, comments, blank lines, quoting and indentation
 * included (DVC itself keeps them through ruamel's round trip, §0). The
 * file is parsed with libyaml only to find byte positions: where the
 * `stages:` mapping is, where each stage's key starts and its content ends.
 * A replaced stage spans from its key to the end of the line of its last
 * content (a comment on that line goes with it); a new stage goes after
 * the last one, at the column of the existing stage names, as DVC appends
 * it (dvcfile.py). The stage itself is written by dry_yaml.h.
 *
 * Refused, with a one-line message and no output: text that is not YAML
 * (or has a duplicate key, which ruamel rejects), a document that is not a
 * mapping or whose `stages` is not a mapping of mappings (DRY_E_SCHEMA),
 * layouts that cannot be edited without rewriting the file (flow-style
 * stages, a replaced stage that defines an anchor used elsewhere:
 * DRY_E_LAYOUT), a dvc.lock without `schema: '2.0'` (DVC 1 format), and,
 * through dry_dvcfile_check_outs(), outputs overlapping another stage's.
 */
#ifndef DRY_DVCFILE_H
#define DRY_DVCFILE_H

#include <stddef.h>

#include "dry_buf.h"
#include "dry_stage.h"
#include "dry_val.h"

enum dry_dvcfile_kind {
	DRY_DVCFILE_PIPELINE, /* dvc.yaml */
	DRY_DVCFILE_LOCK,     /* dvc.lock: a new file starts with schema: '2.0' */
	DRY_DVCFILE_DATA,     /* a .dvc file: read only, for its outs */
};

struct dry_dvcfile;

/* Parses TEXT[0..LEN) (LEN 0: the file does not exist or is empty). On
 * failure returns DRY_E_YAML, DRY_E_SCHEMA, DRY_E_LAYOUT or -ENOMEM and,
 * when RET_MSG is not NULL, a malloc'ed message naming line and problem. */
int dry_dvcfile_parse(const char *text, size_t len, enum dry_dvcfile_kind kind,
		      struct dry_dvcfile **ret, char **ret_msg);

void dry_dvcfile_free(struct dry_dvcfile *f);

/* Number of stages, and the name of stage I (0-based). */
size_t dry_dvcfile_nstages(const struct dry_dvcfile *f);
const char *dry_dvcfile_stage_name(const struct dry_dvcfile *f, size_t i);

/* Checks the outputs of ST against every other stage's outs, metrics and
 * plots (ST's own name excluded: it is being replaced). Both sides are
 * compared relative to the file's directory, through each stage's wdir.
 * Returns 0, or DRY_E_OVERLAP with a message naming both paths and the
 * stage. Templated entries (containing "${") are not comparable and are
 * skipped. */
int dry_dvcfile_check_outs(const struct dry_dvcfile *f, const struct dry_stage *st,
			   char **ret_msg);

/* The same for NOUTS paths OUTS given relative to the file's directory
 * (SHOWN: how to name each in the message), against every stage but
 * SKIP_STAGE (may be NULL); for a DRY_DVCFILE_DATA file, against its outs. */
int dry_dvcfile_check_paths(const struct dry_dvcfile *f, const char *skip_stage,
			    const char *const *outs, const char *const *shown, size_t nouts,
			    char **ret_msg);

/* One dependency or output of a stage as a dvc.yaml or dvc.lock states it.
 * The strings point into the parsed file (valid while it lives). */
struct dry_dvcfile_entry {
	const char *path;  /* as written: relative to the stage's wdir */
	bool is_out;       /* from outs, metrics or plots */
	bool persist;      /* dvc.yaml: {path: {persist: true}} */
	const char *md5;   /* dvc.lock: the md5 value, or NULL */
	bool hash_md5;     /* dvc.lock: `hash: md5` (DVC 3); else an md5-dos2unix entry */
};

/* The entries of stage NAME (deps, then outs, metrics and plots), skipping
 * templated ones ("${"), into a malloc'ed array; none when the stage is not
 * there. Returns 0 or -ENOMEM. */
int dry_dvcfile_stage_entries(const struct dry_dvcfile *f, const char *name,
			      struct dry_dvcfile_entry **ret, size_t *ret_n);

/* The string value of KEY (cmd, wdir) of stage NAME, or NULL when the stage,
 * the key or a string value is not there (a cmd given as a list). */
const char *dry_dvcfile_stage_value(const struct dry_dvcfile *f, const char *name, const char *key);

/* Appends to OUT the file text with stage NAME set to ENTRY (replaced
 * when present, else added at the end of `stages:`; the mapping is created
 * when missing). Returns 0, DRY_E_LAYOUT (with message) or -ENOMEM. */
int dry_dvcfile_set_stage(const struct dry_dvcfile *f, const char *name,
			  const struct dry_val *entry, struct dry_buf *out, char **ret_msg);

#endif

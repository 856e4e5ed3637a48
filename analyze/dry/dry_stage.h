/*
 * dry_stage — one DVC stage and the documents DVC would write for it.
 *
 * A stage is a name, the shell command, an optional wdir, its dependencies
 * and its outputs, each with the hash facts of dry_hash.h. From it come
 * three documents, as dry_val trees in DVC's exact key order
 * (dvc-format.md §1, §2, §5):
 *  - the dvc.yaml entry (cmd, wdir, deps, outs; outs with flags as
 *    {path: {cache: false, persist: true}});
 *  - the dvc.lock entry, DVC 3.x form (path, hash: md5, md5, size, nfiles,
 *    isexec);
 *  - the legacy single-stage .dvc file of DVC 2.x (stage md5, cmd, wdir,
 *    deps, outs, meta: {created-by: dry}; no hash keys). Its entries must
 *    carry md5-dos2unix checksums: the stage records which kind it holds.
 * Deps and outs are kept sorted by path (the legacy file groups persistent
 * outs first, as `dvc run` grouped them by kind).
 *
 * A stage owns its strings. dry_stage_free() accepts NULL members.
 */
#ifndef DRY_STAGE_H
#define DRY_STAGE_H

#include <stdbool.h>
#include <stddef.h>

#include "dry_hash.h"
#include "dry_val.h"

struct dry_entry {
	char *path;                 /* normalised, relative to the stage's wdir */
	struct dry_hash_info hash;
	bool persist;               /* outs: not deleted before a rerun */
	bool no_cache;              /* outs: cache: false */
};

struct dry_stage {
	char *name;
	char *cmd;
	char *wdir;                 /* NULL: the directory of the stage file */
	enum dry_hash_kind kind;    /* what the entries' md5 values are */
	struct dry_entry *deps;
	size_t ndeps;
	struct dry_entry *outs;
	size_t nouts;
};

/* Sets up *ST with copies of NAME and CMD (WDIR may be NULL or "."). */
int dry_stage_init(struct dry_stage *st, const char *name, const char *cmd,
		   const char *wdir, enum dry_hash_kind kind);

/* Adds a dependency or an output (PATH copied), keeping the list sorted
 * by path. Returns 0, -ENOMEM, or -EEXIST when PATH is already listed. */
int dry_stage_add_dep(struct dry_stage *st, const char *path, const struct dry_hash_info *h);
int dry_stage_add_out(struct dry_stage *st, const char *path, const struct dry_hash_info *h,
		      bool persist, bool no_cache);

void dry_stage_free(struct dry_stage *st);

/* The dvc.yaml entry of the stage (the value under stages: NAME). */
struct dry_val *dry_stage_pipeline_entry(const struct dry_stage *st);

/* The dvc.lock entry of the stage (the value under stages: NAME). */
struct dry_val *dry_stage_lock_entry(const struct dry_stage *st);

/* The whole legacy .dvc document, its stage md5 included. */
struct dry_val *dry_stage_legacy_file(const struct dry_stage *st);

/* DVC's stage checksum of the stage dict D (compute_md5 / dict_md5): drop
 * the top-level md5, meta and desc, drop desc, type, labels, meta, locked,
 * frozen, metric, persist, isexec, size, nfiles (and checkpoint) at every
 * depth, then MD5 of the key-sorted JSON. Returns 0 or -ENOMEM/-EINVAL. */
int dry_stage_md5(const struct dry_val *d, char ret[DRY_MD5_HEX_LEN + 1]);

#endif

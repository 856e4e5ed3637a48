/*
 * dry_commit — putting files in place: atomic writes, DVC's cache and
 * .gitignore entries, so that right after dry the stage is up to date for
 * `dvc status` exactly as after `dvc commit` (dvc-format.md §6).
 *
 * Atomic: every file dry writes goes to a temporary file in the same
 * directory, is flushed, and is renamed over the old one, so an
 * interrupted dry leaves the previous file whole.
 *
 * Cache: a file object is a copy of the file at
 *   <cache>/files/md5/<h[0:2]>/<h[2:]>           (DVC 3, raw md5)
 *   <cache>/<h[0:2]>/<h[2:]>                      (DVC 2, md5-dos2unix)
 * a directory object is the JSON listing at the same place with ".dir"
 * appended, plus every file of the directory as its own object. Objects
 * are read-only (0444): DVC trusts such a file without re-hashing it, and
 * an object already present with that mode is left alone. Copies use a
 * reflink (FICLONE) when the file system offers one.
 *
 * All paths are absolute or relative to the current directory. Errors are
 * negative errnos (DRY_E_CONFIG for a .dvc/config dry cannot read).
 */
#ifndef DRY_COMMIT_H
#define DRY_COMMIT_H

#include <stdbool.h>
#include <stddef.h>

#include "dry_buf.h"
#include "dry_hash.h"

/* Replaces PATH by DATA[0..LEN) atomically. A new file gets mode 0666 less
 * the umask; an existing one keeps its mode. */
int dry_write_atomic(const char *path, const void *data, size_t len);

/* Takes an exclusive flock(2) on the directory DIR (the directory of the
 * stage files: no lock file is left behind), so that two dry processes
 * updating one dvc.yaml, dvc.lock and .gitignore do not lose each other's
 * stage. WAIT: block until it is free, else return -EWOULDBLOCK when
 * another holds it. *RET_FD is the open directory: close it to unlock.
 * Returns 0 or a negative errno. */
int dry_lock_dir(const char *dir, bool wait, int *ret_fd);

/* Whether BASE/REL (REL may be absolute) is a directory, symlinks followed. */
bool dry_is_dir(const char *base, const char *rel);

/* Appends the whole content of PATH to OUT; a file that does not exist
 * reads as empty. Returns 0 or a negative errno. */
int dry_read_file(const char *path, struct dry_buf *out);

/* The cache directory of the DVC repository at ROOT: `dir` of the [cache]
 * section of .dvc/config.local, else of .dvc/config (a relative value is
 * relative to .dvc/, as DVC resolves it), else ROOT/.dvc/cache. *RET is
 * malloc'ed. */
int dry_cache_dir(const char *root, char **ret);

/* Stores the regular file PATH (whose checksum of KIND is MD5) in CACHE. */
int dry_cache_put_file(const char *cache, enum dry_hash_kind kind, const char *path,
		       const char *md5);

/* Stores the directory DIR, listed as L with checksums of KIND, in CACHE:
 * each file, then the .dir object. */
int dry_cache_put_dir(const char *cache, enum dry_hash_kind kind, const char *dir,
		      const struct dry_dir_listing *l);

/* The path of the object of MD5 (a file digest, or one ending ".dir") in
 * CACHE for KIND. malloc'ed, or NULL. */
char *dry_cache_object_path(const char *cache, enum dry_hash_kind kind, const char *md5);

/* Adds "/NAME" (NAME: the last segment of REL, escaped as gitwildmatch
 * escapes [ ] ! * # ?) to the .gitignore in REL's directory under ROOT,
 * as DVC does for a cached out, unless that line is already there. */
int dry_gitignore_add(const char *root, const char *rel);

/* The .gitignore line for the out name NAME, escaped; malloc'ed. */
char *dry_gitignore_entry(const char *name);

#endif

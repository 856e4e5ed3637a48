/*
 * dry_testutil — helpers for the dry tests: a fresh temporary directory per
 * test, and writing/reading small files in it.
 */
#ifndef DRY_TESTUTIL_H
#define DRY_TESTUTIL_H

#include <stddef.h>
#include <sys/types.h>

/* Creates a new empty directory under $TMPDIR (or /tmp) and returns its
 * absolute path (static storage, valid until the next call). */
const char *tu_tmpdir(void);

/* Writes LEN bytes to DIR/REL, creating parent directories. */
void tu_write(const char *dir, const char *rel, const void *data, size_t len);
/* Same, for a NUL-terminated string. */
void tu_writes(const char *dir, const char *rel, const char *s);
void tu_mkdir(const char *dir, const char *rel);

/* The whole content of DIR/REL, NUL-terminated (free it), or NULL when
 * it cannot be read. *RET_LEN gets the length when not NULL. */
char *tu_read(const char *dir, const char *rel, size_t *ret_len);

/* DIR/REL in a static buffer (one of four rotating ones). */
const char *tu_path(const char *dir, const char *rel);

/* Removes DIR recursively. */
void tu_rmrf(const char *dir);

#endif

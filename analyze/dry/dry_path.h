/*
 * dry_path — lexical path arithmetic for DVC paths.
 *
 * DVC keeps paths exactly as written and matches them by string equality
 * (dvc-format.md §1), so dry writes every path in one clean form: '/'
 * separators, no "." segments, no empty segments, no trailing '/', ".."
 * only as leading segments of a relative path. All functions here are
 * lexical (no file system access) and return a malloc'ed string the caller
 * frees, or NULL when out of memory.
 */
#ifndef DRY_PATH_H
#define DRY_PATH_H

#include <stdbool.h>

/* The clean form of P: "a//b/./c/../d/" -> "a/b/d", "./x" -> "x",
 * "../a" -> "../a", "/../a" -> "/a", "" and "." -> ".". */
char *dry_path_normalize(const char *p);

/* BASE joined with REL and normalised; REL when it is absolute. */
char *dry_path_join(const char *base, const char *rel);

/* The clean relative path from directory BASE to PATH, both absolute (or
 * both relative to the same directory): ("/r/a/b", "/r") -> "a/b",
 * ("/r/x", "/r/sub") -> "../x", equal paths -> ".". */
char *dry_path_relative(const char *path, const char *base);

/* Whether PATH is PARENT or lies under it (both clean, same form). */
bool dry_path_is_within(const char *path, const char *parent);

/* Whether the clean relative path P stays inside its base (does not start
 * with ".." and is not absolute). */
bool dry_path_is_inside(const char *p);

#endif

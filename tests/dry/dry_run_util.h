/*
 * dry_run_util — running the built `dry` program in a temporary project
 * for the end-to-end tests. $DRY names the binary (set by meson), and
 * $DRY_EXAMPLES the bundled example's folder.
 */
#ifndef DRY_RUN_UTIL_H
#define DRY_RUN_UTIL_H

#include <stdbool.h>

struct dry_out {
	int status;   /* exit code, or 128 + signal */
	char *out;    /* stdout */
	char *err;    /* stderr */
};

/* Runs `dry ARGS...` (NULL-terminated) in DIR; stdin is /dev/null. */
struct dry_out ru_dry(const char *dir, ...) __attribute__((sentinel));
void ru_free(struct dry_out *o);

/* A new project directory: with DVC (.dvc/ and .git/) or bare. */
const char *ru_project(bool dvc);

/* Whether DIR/REL exists. */
bool ru_exists(const char *dir, const char *rel);

/* The python3 to trace: a system binary, not a pyenv shim. */
const char *ru_python(void);

#endif

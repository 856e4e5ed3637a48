/*
 * dry_val — a small ordered document tree (maps keep insertion order).
 *
 * DVC's files are dicts whose key order is part of the format, so each
 * writer builds its document as a tree in the exact order DVC writes it, and
 * the generic emitters turn it into YAML (dry_yaml.h) or, for checksums,
 * into key-sorted JSON (dry_json.h).
 *
 * Ownership: a container owns what is added to it; dry_val_free() frees a
 * whole tree (NULL is fine). Allocation failure is sticky, as in dry_buf:
 * a constructor returns NULL, adding NULL marks the container failed, a
 * failed child marks its parent, and dry_val_error() on the root reports it.
 */
#ifndef DRY_VAL_H
#define DRY_VAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "dry_buf.h"

enum dry_val_kind {
	DRY_V_NULL,
	DRY_V_BOOL,
	DRY_V_INT,
	DRY_V_STR,
	DRY_V_LIST,
	DRY_V_MAP,
};

struct dry_val {
	enum dry_val_kind kind;
	bool failed;            /* this container or a descendant lost an allocation */
	bool b;                 /* DRY_V_BOOL */
	int64_t i;              /* DRY_V_INT */
	char *s;                /* DRY_V_STR */
	size_t n, cap;          /* DRY_V_LIST, DRY_V_MAP: item count */
	char **keys;            /* DRY_V_MAP: keys[k] names items[k] */
	struct dry_val **items;
};

struct dry_val *dry_val_null(void);
struct dry_val *dry_val_bool(bool b);
struct dry_val *dry_val_int(int64_t i);
/* Copies S. */
struct dry_val *dry_val_str(const char *s);
struct dry_val *dry_val_list(void);
struct dry_val *dry_val_map(void);

/* Appends ITEM (owned from now on) to LIST. */
void dry_val_push(struct dry_val *list, struct dry_val *item);
/* Appends KEY (copied) -> ITEM to MAP; the caller keeps keys unique. */
void dry_val_set(struct dry_val *map, const char *key, struct dry_val *item);

/* The value of KEY in MAP, or NULL. */
const struct dry_val *dry_val_get(const struct dry_val *map, const char *key);

/* Appends V when it is null, a bool or an integer, as both YAML and JSON
 * write it (null, true/false, decimal) and returns true; false for a
 * string or a collection (nothing appended). */
bool dry_val_add_plain(struct dry_buf *out, const struct dry_val *v);

/* 0, or -ENOMEM when ROOT is NULL or any allocation in the tree failed. */
int dry_val_error(const struct dry_val *root);

void dry_val_free(struct dry_val *v);

#endif

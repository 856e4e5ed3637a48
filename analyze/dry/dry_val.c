/* dry_val — see dry_val.h. */
#include "dry_val.h"

#include <errno.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

static struct dry_val *new_val(enum dry_val_kind kind)
{
	struct dry_val *v = calloc(1, sizeof(*v));
	if (v)
		v->kind = kind;
	return v;
}

struct dry_val *dry_val_null(void)
{
	return new_val(DRY_V_NULL);
}

struct dry_val *dry_val_bool(bool b)
{
	struct dry_val *v = new_val(DRY_V_BOOL);
	if (v)
		v->b = b;
	return v;
}

struct dry_val *dry_val_int(int64_t i)
{
	struct dry_val *v = new_val(DRY_V_INT);
	if (v)
		v->i = i;
	return v;
}

struct dry_val *dry_val_str(const char *s)
{
	struct dry_val *v = new_val(DRY_V_STR);
	if (v && !(v->s = strdup(s))) {
		free(v);
		v = NULL;
	}
	return v;
}

struct dry_val *dry_val_list(void)
{
	return new_val(DRY_V_LIST);
}

struct dry_val *dry_val_map(void)
{
	return new_val(DRY_V_MAP);
}

static bool reserve(struct dry_val *c)
{
	if (c->n < c->cap)
		return true;
	size_t cap = c->cap ? 2 * c->cap : 4;
	struct dry_val **items = realloc(c->items, cap * sizeof(*items));
	if (!items)
		return false;
	c->items = items;
	if (c->kind == DRY_V_MAP) {
		char **keys = realloc(c->keys, cap * sizeof(*keys));
		if (!keys)
			return false;
		c->keys = keys;
	}
	c->cap = cap;
	return true;
}

/* Adds ITEM under KEY (maps) or at the end (lists); on failure frees ITEM
 * and marks C. */
static void add(struct dry_val *c, const char *key, struct dry_val *item)
{
	if (!c) {
		dry_val_free(item);
		return;
	}
	char *k = NULL;
	bool ok = item && reserve(c) && (c->kind != DRY_V_MAP || (k = strdup(key ? key : "")));
	if (!ok) {
		dry_val_free(item);
		c->failed = true;
		return;
	}
	if (k)
		c->keys[c->n] = k;
	c->items[c->n++] = item;
	c->failed |= item->failed;
}

void dry_val_push(struct dry_val *list, struct dry_val *item)
{
	add(list, NULL, item);
}

void dry_val_set(struct dry_val *map, const char *key, struct dry_val *item)
{
	add(map, key, item);
}

const struct dry_val *dry_val_get(const struct dry_val *map, const char *key)
{
	if (!map || map->kind != DRY_V_MAP)
		return NULL;
	for (size_t i = 0; i < map->n; i++)
		if (!strcmp(map->keys[i], key))
			return map->items[i];
	return NULL;
}

int dry_val_error(const struct dry_val *root)
{
	return !root || root->failed ? -ENOMEM : 0;
}

void dry_val_free(struct dry_val *v)
{
	if (!v)
		return;
	for (size_t i = 0; i < v->n; i++) {
		if (v->keys)
			free(v->keys[i]);
		dry_val_free(v->items[i]);
	}
	free(v->keys);
	free(v->items);
	free(v->s);
	free(v);
}

bool dry_val_add_plain(struct dry_buf *out, const struct dry_val *v)
{
	switch (v->kind) {
	case DRY_V_NULL:
		dry_buf_adds(out, "null");
		return true;
	case DRY_V_BOOL:
		dry_buf_adds(out, v->b ? "true" : "false");
		return true;
	case DRY_V_INT:
		dry_buf_addf(out, "%" PRId64, v->i);
		return true;
	default:
		return false;
	}
}

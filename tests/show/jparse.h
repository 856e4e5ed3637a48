/* jparse — a strict JSON parser for the tests of `rtrace show --json`:
 * RFC 8259 syntax (no trailing commas, escapes checked, numbers in JSON's
 * grammar), duplicate keys in an object refused, one value per line. Builds
 * a small tree the tests query by key and index. Test code: aborts on
 * allocation failure. */
#ifndef TESTS_SHOW_JPARSE_H
#define TESTS_SHOW_JPARSE_H

#include <stddef.h>

enum jv_type { JV_NULL, JV_BOOL, JV_NUM, JV_STR, JV_ARR, JV_OBJ };

struct jv {
	enum jv_type type;
	int boolean;
	int integer;      /* JV_NUM: no fraction or exponent */
	double num;
	char *str;        /* JV_STR: decoded (\u00XX as one byte, others as UTF-8) */
	size_t len;       /* JV_STR: bytes; JV_ARR/JV_OBJ: members */
	struct jv **items;
	char **keys;      /* JV_OBJ */
};

/* Parses TEXT, which must hold exactly one value (spaces around it
 * allowed). Returns the tree, or NULL with *ERR set to a description and
 * *AT to the offset where parsing failed. */
struct jv *jv_parse(const char *text, const char **err, size_t *at);
void jv_free(struct jv *v);

/* The member KEY of object V, or NULL (also when V is not an object). */
const struct jv *jv_get(const struct jv *v, const char *key);
/* Element I of array V, or NULL. */
const struct jv *jv_at(const struct jv *v, size_t i);
/* "null", "bool", "number", "string", "array", "object" ("absent" for NULL). */
const char *jv_type_name(const struct jv *v);

#endif

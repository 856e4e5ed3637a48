/*
 * dry_yaml — YAML text laid out and quoted the way DVC writes its files.
 *
 * DVC dumps with ruamel.yaml's round-trip emitter, block style
 * (dvc-format.md §0): 2 spaces per mapping level, a list's "- " in its
 * key's column, a list item's mapping starting after "- ", complex keys
 * ("? key") for keys of 128 characters or more or with line breaks. A
 * string is plain when ruamel would leave it plain (its analyze_scalar()
 * and choose_scalar_style(), and the YAML 1.2 resolver: a plain scalar that
 * would read back as a bool, number, null, date, "=" or "<<" is quoted),
 * else single-quoted, else double-quoted with ruamel's escapes.
 *
 * Two deliberate differences, both read back by DVC unchanged: long lines
 * are never folded, and a string holding U+0085/U+2028/U+2029 is
 * double-quoted (ruamel single-quotes it with a raw line break).
 */
#ifndef DRY_YAML_H
#define DRY_YAML_H

#include <stdbool.h>
#include <stddef.h>

#include "dry_buf.h"
#include "dry_val.h"

/* Appends the block mapping MAP (a DRY_V_MAP) with its keys at column
 * INDENT, one entry per line, each line ending in "\n". Returns 0 or
 * -ENOMEM (also when MAP is a failed tree), -EINVAL when MAP is not a map. */
int dry_yaml_emit(struct dry_buf *out, const struct dry_val *map, unsigned indent);

/* Appends the string S as a YAML scalar: plain, '...' or "..." as above.
 * AS_KEY selects the simple-key rules (an empty or multi-line key cannot be
 * plain). */
void dry_yaml_add_scalar(struct dry_buf *out, const char *s, bool as_key);

/* Whether S, written plain, would read back as a string under YAML 1.2
 * (ruamel's resolver). */
bool dry_yaml_plain_is_string(const char *s);

#endif

/*
 * dry_json — JSON text exactly as Python's json.dumps() writes it.
 *
 * DVC hashes JSON it builds with json.dumps(..., sort_keys=True) and the
 * default ensure_ascii=True: the directory listing (.dir objects) and the
 * stage checksum. The bytes must be identical, so the escaping follows
 * CPython's encoder: '"' and '\' backslashed, \n \r \t \b \f by name, other
 * control characters and everything outside 0x20..0x7E as \u00XX with
 * lowercase hex, code points above U+FFFF as a surrogate pair, '/' left
 * alone. Input strings are decoded as dry_utf8.h describes.
 */
#ifndef DRY_JSON_H
#define DRY_JSON_H

#include <stddef.h>

#include "dry_buf.h"
#include "dry_val.h"

/* Appends S[0..LEN) to OUT as a quoted JSON string. */
void dry_json_add_string(struct dry_buf *out, const char *s, size_t len);

/* Appends V as json.dumps(V, sort_keys=True) does: mappings with their keys
 * in code point order, separators ", " and ": ", no newline. */
void dry_json_add_sorted(struct dry_buf *out, const struct dry_val *v);

#endif

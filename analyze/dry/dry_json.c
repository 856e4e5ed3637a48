/* dry_json — see dry_json.h. */
#include "dry_json.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dry_utf8.h"

/* CPython's ESCAPE_DCT: the characters with a short escape. */
static const struct {
	char c;
	const char *esc;
} short_escapes[] = {
	{ '"', "\\\"" }, { '\\', "\\\\" }, { '\n', "\\n" }, { '\r', "\\r" },
	{ '\t', "\\t" }, { '\b', "\\b" }, { '\f', "\\f" },
};

static const char *short_escape(uint32_t cp)
{
	for (size_t i = 0; i < sizeof(short_escapes) / sizeof(short_escapes[0]); i++)
		if ((uint32_t)(unsigned char)short_escapes[i].c == cp)
			return short_escapes[i].esc;
	return NULL;
}

static void add_u(struct dry_buf *out, uint32_t unit)
{
	dry_buf_addf(out, "\\u%04x", unit);
}

void dry_json_add_string(struct dry_buf *out, const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;

	dry_buf_addc(out, '"');
	while (i < len) {
		uint32_t cp;
		size_t n = dry_utf8_decode(p + i, len - i, &cp);
		const char *esc = short_escape(cp);
		if (esc) {
			dry_buf_adds(out, esc);
		} else if (cp >= 0x20 && cp <= 0x7E) {
			dry_buf_addc(out, (char)cp);
		} else if (cp > 0xFFFF) {
			uint32_t v = cp - 0x10000;
			add_u(out, 0xD800 | (v >> 10));
			add_u(out, 0xDC00 | (v & 0x3FF));
		} else {
			add_u(out, cp);
		}
		i += n;
	}
	dry_buf_addc(out, '"');
}

static int cmp_keys(const void *a, const void *b, void *keys)
{
	char **k = keys;
	return strcmp(k[*(const size_t *)a], k[*(const size_t *)b]);
}

static void add_sorted_map(struct dry_buf *out, const struct dry_val *v)
{
	size_t *order = malloc((v->n ? v->n : 1) * sizeof(*order));
	if (!order) {
		out->oom = true;
		return;
	}
	for (size_t i = 0; i < v->n; i++)
		order[i] = i;
	qsort_r(order, v->n, sizeof(*order), cmp_keys, v->keys);
	dry_buf_addc(out, '{');
	for (size_t i = 0; i < v->n; i++) {
		if (i)
			dry_buf_adds(out, ", ");
		dry_json_add_string(out, v->keys[order[i]], strlen(v->keys[order[i]]));
		dry_buf_adds(out, ": ");
		dry_json_add_sorted(out, v->items[order[i]]);
	}
	dry_buf_addc(out, '}');
	free(order);
}

void dry_json_add_sorted(struct dry_buf *out, const struct dry_val *v)
{
	if (dry_val_add_plain(out, v))
		return;
	switch (v->kind) {
	case DRY_V_STR:
		dry_json_add_string(out, v->s, strlen(v->s));
		break;
	case DRY_V_LIST:
		dry_buf_addc(out, '[');
		for (size_t i = 0; i < v->n; i++) {
			if (i)
				dry_buf_adds(out, ", ");
			dry_json_add_sorted(out, v->items[i]);
		}
		dry_buf_addc(out, ']');
		break;
	case DRY_V_MAP:
		add_sorted_map(out, v);
		break;
	default:
		break; /* written above */
	}
}

/* dry_json — see dry_json.h. */
#include "dry_json.h"

#include <stdint.h>

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

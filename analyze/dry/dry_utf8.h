/*
 * dry_utf8 — decoding file names and strings the way Python 3 sees them.
 *
 * DVC is Python: a file name is a str decoded from UTF-8 with the
 * "surrogateescape" handler, so a byte that is not part of a valid UTF-8
 * sequence becomes the lone surrogate U+DC80..U+DCFF. The JSON listing of a
 * directory and the YAML quoting rules both work on those code points.
 */
#ifndef DRY_UTF8_H
#define DRY_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* Decodes the code point at S[0..LEN) (LEN > 0) into *RET_CP and returns
 * the number of bytes it used (1..4). An invalid byte decodes, alone, to
 * 0xDC00 + byte, as surrogateescape does (strict UTF-8: no overlong forms,
 * no encoded surrogates, nothing above U+10FFFF). */
static inline size_t dry_utf8_decode(const unsigned char *s, size_t len, uint32_t *ret_cp)
{
	unsigned char c = s[0];
	size_t n;
	uint32_t cp;
	unsigned char lo = 0x80, hi = 0xBF;

	if (c < 0x80) {
		*ret_cp = c;
		return 1;
	}
	if (c >= 0xC2 && c <= 0xDF) {
		n = 2;
		cp = c & 0x1F;
	} else if (c >= 0xE0 && c <= 0xEF) {
		n = 3;
		cp = c & 0x0F;
		if (c == 0xE0)
			lo = 0xA0;
		else if (c == 0xED)
			hi = 0x9F;
	} else if (c >= 0xF0 && c <= 0xF4) {
		n = 4;
		cp = c & 0x07;
		if (c == 0xF0)
			lo = 0x90;
		else if (c == 0xF4)
			hi = 0x8F;
	} else {
		goto invalid;
	}
	if (len < n)
		goto invalid;
	for (size_t i = 1; i < n; i++) {
		unsigned char d = s[i];
		if (d < (i == 1 ? lo : 0x80) || d > (i == 1 ? hi : 0xBF))
			goto invalid;
		cp = cp << 6 | (d & 0x3F);
	}
	*ret_cp = cp;
	return n;
invalid:
	*ret_cp = 0xDC00 + c;
	return 1;
}

/* Whether S decodes without a surrogate escape: valid UTF-8, which a DVC
 * file (YAML) can hold. */
static inline bool dry_utf8_is_valid(const char *s)
{
	size_t len = strlen(s);
	for (size_t i = 0; i < len;) {
		uint32_t c;
		i += dry_utf8_decode((const unsigned char *)s + i, len - i, &c);
		if (c >= 0xDC80 && c <= 0xDCFF)
			return false;
	}
	return true;
}

#endif

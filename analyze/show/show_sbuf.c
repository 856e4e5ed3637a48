/* show_sbuf — the growable text buffer of the printer (show_internal.h). */
#include "show_internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void sbuf_reserve(struct sbuf *b, size_t n)
{
	if (b->oom || b->len + n < b->cap)
		return;
	size_t ncap = b->cap ? b->cap : 256;
	while (ncap <= b->len + n)
		ncap *= 2;
	char *p = realloc(b->p, ncap);
	if (!p) {
		b->oom = 1;
		return;
	}
	b->p = p;
	b->cap = ncap;
}

void sbuf_put(struct sbuf *b, const char *s, size_t n)
{
	sbuf_reserve(b, n);
	if (b->oom)
		return;
	memcpy(b->p + b->len, s, n);
	b->len += n;
}

void sbuf_putc(struct sbuf *b, char c)
{
	if (b->len + 1 >= b->cap)
		sbuf_reserve(b, 1);
	if (!b->oom)
		b->p[b->len++] = c;
}

void sbuf_puts(struct sbuf *b, const char *s)
{
	sbuf_put_inline(b, s, strlen(s));
}

void sbuf_printf(struct sbuf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char tmp[256];
	int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	if ((size_t)n < sizeof tmp) {
		sbuf_put(b, tmp, (size_t)n);
		return;
	}
	sbuf_reserve(b, (size_t)n + 1);
	if (b->oom)
		return;
	va_start(ap, fmt);
	vsnprintf(b->p + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}

void sbuf_insert(struct sbuf *b, size_t at, const char *s, size_t n)
{
	if (at > b->len)
		return;
	sbuf_reserve(b, n);
	if (b->oom)
		return;
	memmove(b->p + at + n, b->p + at, b->len - at);
	memcpy(b->p + at, s, n);
	b->len += n;
}

void sbuf_free(struct sbuf *b)
{
	free(b->p);
	memset(b, 0, sizeof *b);
}

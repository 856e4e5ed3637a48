/* dry_buf — see dry_buf.h. */
#include "dry_buf.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Makes room for N more bytes plus the terminating NUL. */
static bool grow(struct dry_buf *b, size_t n)
{
	if (b->oom)
		return false;
	if (n > (size_t)-1 / 2 - b->len) {
		b->oom = true;
		return false;
	}
	size_t need = b->len + n + 1;
	if (need <= b->cap)
		return true;
	size_t cap = b->cap ? b->cap : 64;
	while (cap < need)
		cap *= 2;
	char *p = realloc(b->data, cap);
	if (!p) {
		b->oom = true;
		return false;
	}
	b->data = p;
	b->cap = cap;
	return true;
}

void dry_buf_add(struct dry_buf *b, const void *data, size_t len)
{
	if (!grow(b, len))
		return;
	if (len)
		memcpy(b->data + b->len, data, len);
	b->len += len;
	b->data[b->len] = '\0';
}

void dry_buf_adds(struct dry_buf *b, const char *s)
{
	dry_buf_add(b, s, strlen(s));
}

void dry_buf_addc(struct dry_buf *b, char c)
{
	dry_buf_add(b, &c, 1);
}

void dry_buf_addn(struct dry_buf *b, char c, size_t n)
{
	if (!grow(b, n))
		return;
	memset(b->data + b->len, c, n);
	b->len += n;
	b->data[b->len] = '\0';
}

void dry_buf_addf(struct dry_buf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0) {
		b->oom = true;
		return;
	}
	if (!grow(b, (size_t)n))
		return;
	va_start(ap, fmt);
	vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}

int dry_buf_error(const struct dry_buf *b)
{
	return b->oom ? -ENOMEM : 0;
}

const char *dry_buf_str(const struct dry_buf *b)
{
	return b->data && !b->oom ? b->data : "";
}

char *dry_buf_steal(struct dry_buf *b, size_t *ret_len)
{
	if (b->oom) {
		dry_buf_free(b);
		return NULL;
	}
	if (!b->data && !grow(b, 0))
		return NULL;
	if (!b->len)
		b->data[0] = '\0';
	char *p = b->data;
	if (ret_len)
		*ret_len = b->len;
	b->data = NULL;
	b->len = b->cap = 0;
	return p;
}

void dry_buf_reset(struct dry_buf *b)
{
	b->len = 0;
	b->oom = false;
	if (b->data)
		b->data[0] = '\0';
}

void dry_buf_free(struct dry_buf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
	b->oom = false;
}

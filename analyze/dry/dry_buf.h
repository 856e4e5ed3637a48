/*
 * dry_buf — a growable byte buffer for building file contents and strings.
 *
 * Allocation failure is sticky: after one failed growth every later append
 * is a no-op and dry_buf_error() returns -ENOMEM, so a caller can build a
 * whole document and check once at the end instead of after every append.
 * The data is always NUL-terminated (the NUL is not counted in len).
 * A zeroed struct is an empty buffer; dry_buf_free() releases it and
 * leaves it empty again.
 */
#ifndef DRY_BUF_H
#define DRY_BUF_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

struct dry_buf {
	char *data;
	size_t len;
	size_t cap;
	bool oom;
};

#define DRY_BUF_INIT { 0 }

void dry_buf_add(struct dry_buf *b, const void *data, size_t len);
void dry_buf_adds(struct dry_buf *b, const char *s);
void dry_buf_addc(struct dry_buf *b, char c);
/* Appends C N times (indentation). */
void dry_buf_addn(struct dry_buf *b, char c, size_t n);
void dry_buf_addf(struct dry_buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* 0, or -ENOMEM when any append since the last reset failed. */
int dry_buf_error(const struct dry_buf *b);

/* The contents as a NUL-terminated string ("" for an empty buffer). */
const char *dry_buf_str(const struct dry_buf *b);

/* Hands the contents to the caller (free() them) and empties the buffer.
 * Returns NULL when the buffer is in the error state (and frees it). */
char *dry_buf_steal(struct dry_buf *b, size_t *ret_len);

void dry_buf_reset(struct dry_buf *b);
void dry_buf_free(struct dry_buf *b);

#endif

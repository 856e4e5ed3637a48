/* dry_git — see dry_git.h. */
#include "dry_git.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "dry_buf.h"
#include "dry_commit.h"
#include "dry_path.h"

struct dry_git_index {
	char **paths;
	size_t n;
};

static uint32_t be32(const unsigned char *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

/* The fixed part of an entry: times, dev, ino, mode, uid, gid, size, sha1. */
#define ENTRY_FIXED 60
#define FLAG_EXTENDED 0x4000

static int add_path(struct dry_git_index *ix, const char *p, size_t len)
{
	char **v = realloc(ix->paths, (ix->n + 1) * sizeof(*v));
	if (!v)
		return -ENOMEM;
	ix->paths = v;
	if (!(v[ix->n] = strndup(p, len)))
		return -ENOMEM;
	ix->n++;
	return 0;
}

/* v4 names: a varint of bytes to drop from the previous name, then a
 * NUL-terminated suffix (git's read-cache.c). */
static size_t varint(const unsigned char *p, const unsigned char *end, uint64_t *ret)
{
	const unsigned char *s = p;
	if (p >= end)
		return 0;
	uint64_t v = *p & 0x7F;
	while (*p++ & 0x80) {
		if (p >= end || v > (UINT64_MAX >> 8))
			return 0;
		v = ((v + 1) << 7) | (*p & 0x7F);
	}
	*ret = v;
	return (size_t)(p - s);
}

static int parse(struct dry_git_index *ix, const unsigned char *d, size_t len)
{
	if (len < 12 || memcmp(d, "DIRC", 4))
		return 0;
	uint32_t version = be32(d + 4), count = be32(d + 8);
	if (version < 2 || version > 4)
		return 0;
	const unsigned char *p = d + 12, *end = d + len;
	struct dry_buf prev = DRY_BUF_INIT;
	int err = 0;
	for (uint32_t i = 0; i < count && !err; i++) {
		const unsigned char *start = p;
		if ((size_t)(end - p) < ENTRY_FIXED + 2)
			break;
		unsigned flags = (unsigned)p[ENTRY_FIXED] << 8 | p[ENTRY_FIXED + 1];
		p += ENTRY_FIXED + 2;
		if (version >= 3 && (flags & FLAG_EXTENDED)) {
			if (end - p < 2)
				break;
			p += 2;
		}
		if (version == 4) {
			uint64_t drop;
			size_t n = varint(p, end, &drop);
			if (!n || drop > prev.len)
				break;
			p += n;
			const unsigned char *nul = memchr(p, '\0', (size_t)(end - p));
			if (!nul)
				break;
			prev.len -= drop;
			dry_buf_add(&prev, p, (size_t)(nul - p));
			p = nul + 1;
			err = dry_buf_error(&prev) ? -ENOMEM : add_path(ix, prev.data, prev.len);
			continue;
		}
		const unsigned char *nul = memchr(p, '\0', (size_t)(end - p));
		if (!nul)
			break;
		err = add_path(ix, (const char *)p, (size_t)(nul - p));
		/* Entries are padded with 1 to 8 NULs to a multiple of 8 bytes. */
		size_t used = (size_t)(nul - start) + 1;
		size_t padded = (used + 7) & ~(size_t)7;
		if (padded > (size_t)(end - start))
			break;
		p = start + padded;
	}
	dry_buf_free(&prev);
	return err;
}

int dry_git_index_load(const char *root, struct dry_git_index **ret)
{
	struct dry_git_index *ix = calloc(1, sizeof(*ix));
	if (!ix)
		return -ENOMEM;
	char *path = dry_path_join(root, ".git/index");
	struct dry_buf b = DRY_BUF_INIT;
	int err = path ? dry_read_file(path, &b) : -ENOMEM;
	free(path);
	/* An index dry cannot read tracks nothing (dry_git.h). */
	if (err != -ENOMEM)
		err = b.len ? parse(ix, (const unsigned char *)b.data, b.len) : 0;
	dry_buf_free(&b);
	if (err) {
		dry_git_index_free(ix);
		return err;
	}
	*ret = ix;
	return 0;
}

void dry_git_index_free(struct dry_git_index *ix)
{
	if (!ix)
		return;
	for (size_t i = 0; i < ix->n; i++)
		free(ix->paths[i]);
	free(ix->paths);
	free(ix);
}

bool dry_git_tracked(const struct dry_git_index *ix, const char *rel)
{
	for (size_t i = 0; i < ix->n; i++)
		if (dry_path_is_within(ix->paths[i], rel))
			return true;
	return false;
}

/* dry_path — see dry_path.h. */
#include "dry_path.h"

#include <stdlib.h>
#include <string.h>

#include "dry_buf.h"

char *dry_path_normalize(const char *p)
{
	bool abs = *p == '/';
	size_t len = strlen(p);
	/* Segment starts of the output, to pop on "..". */
	size_t *starts = malloc((len / 2 + 2) * sizeof(*starts));
	size_t nseg = 0, nup = 0; /* nup: leading ".." segments kept */
	struct dry_buf b = DRY_BUF_INIT;
	if (!starts)
		return NULL;
	if (abs)
		dry_buf_addc(&b, '/');
	size_t root_len = b.len;
	for (const char *s = p; *s;) {
		while (*s == '/')
			s++;
		const char *e = strchrnul(s, '/');
		size_t n = (size_t)(e - s);
		if (n == 0 || (n == 1 && s[0] == '.')) {
			/* nothing */
		} else if (n == 2 && s[0] == '.' && s[1] == '.') {
			if (nseg > nup) {
				b.len = starts[--nseg];
				if (b.len > root_len)
					b.len--; /* the '/' before the popped segment */
				if (b.data)
					b.data[b.len] = '\0';
			} else if (!abs) {
				if (b.len > root_len)
					dry_buf_addc(&b, '/');
				starts[nseg++] = b.len;
				nup++;
				dry_buf_adds(&b, "..");
			}
		} else {
			if (b.len > root_len)
				dry_buf_addc(&b, '/');
			starts[nseg++] = b.len;
			dry_buf_add(&b, s, n);
		}
		s = e;
	}
	free(starts);
	if (b.len == 0)
		dry_buf_addc(&b, '.');
	return dry_buf_steal(&b, NULL);
}

char *dry_path_join(const char *base, const char *rel)
{
	if (*rel == '/' || !*base)
		return dry_path_normalize(rel);
	struct dry_buf b = DRY_BUF_INIT;
	dry_buf_adds(&b, base);
	dry_buf_addc(&b, '/');
	dry_buf_adds(&b, rel);
	char *joined = dry_buf_steal(&b, NULL);
	if (!joined)
		return NULL;
	char *n = dry_path_normalize(joined);
	free(joined);
	return n;
}

char *dry_path_relative(const char *path, const char *base)
{
	char *p = dry_path_normalize(path), *b = dry_path_normalize(base);
	char *ret = NULL;
	if (!p || !b)
		goto out;
	/* Longest common prefix ending at a segment boundary. */
	size_t common = 0, i = 0;
	const char *bp = strcmp(b, ".") ? b : "";
	const char *pp = strcmp(p, ".") ? p : "";
	for (;; i++) {
		bool pend = pp[i] == '\0' || pp[i] == '/';
		bool bend = bp[i] == '\0' || bp[i] == '/';
		if (pend && bend)
			common = i;
		if (pp[i] != bp[i] || !pp[i])
			break;
	}
	if (bp[0] == '/' && common == 0)
		common = 1; /* both absolute: the root is shared */
	struct dry_buf out = DRY_BUF_INIT;
	/* One ".." per segment of BASE after the common part. */
	for (const char *s = bp + common; *s;) {
		while (*s == '/')
			s++;
		if (!*s)
			break;
		if (out.len)
			dry_buf_addc(&out, '/');
		dry_buf_adds(&out, "..");
		s = strchrnul(s, '/');
	}
	const char *rest = pp + common;
	while (*rest == '/')
		rest++;
	if (*rest) {
		if (out.len)
			dry_buf_addc(&out, '/');
		dry_buf_adds(&out, rest);
	}
	if (!out.len)
		dry_buf_addc(&out, '.');
	ret = dry_buf_steal(&out, NULL);
out:
	free(p);
	free(b);
	return ret;
}

bool dry_path_is_within(const char *path, const char *parent)
{
	if (!strcmp(parent, "."))
		return dry_path_is_inside(path);
	size_t n = strlen(parent);
	if (n == 1 && parent[0] == '/')
		return path[0] == '/';
	return !strncmp(path, parent, n) && (path[n] == '\0' || path[n] == '/');
}

bool dry_path_is_inside(const char *p)
{
	return p[0] != '/' && !(p[0] == '.' && p[1] == '.' && (p[2] == '/' || p[2] == '\0'));
}

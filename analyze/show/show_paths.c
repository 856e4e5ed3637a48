/* show_paths — -y's paths resolved against this host (see show_paths.h). */
#include "show_paths.h"

#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/utsname.h>
#include <unistd.h>

struct slot {
	char *key;       /* 'F' (follow) or 'N', then the path */
	const char *val; /* key + 1 when resolving changed nothing */
};

struct show_paths {
	struct slot *v;
	size_t cap, n;
};

static int read_boot_id(char *buf, size_t size)
{
	int fd = open("/proc/sys/kernel/random/boot_id", O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	ssize_t n = read(fd, buf, size - 1);
	close(fd);
	if (n <= 0)
		return -1;
	buf[n] = '\0';
	buf[strcspn(buf, "\n")] = '\0';
	return 0;
}

int show_paths_same_host(const Rt__Metadata *m)
{
	struct utsname u;
	char boot[64];
	if (!m || !m->hostname || !m->boot_id || !m->boot_id[0])
		return 0; /* a trace without a boot id: no way to tell */
	if (uname(&u) < 0 || strcmp(u.nodename, m->hostname))
		return 0;
	return read_boot_id(boot, sizeof boot) == 0 && !strcmp(boot, m->boot_id);
}

struct show_paths *show_paths_new(void)
{
	return calloc(1, sizeof(struct show_paths));
}

static int under(const char *path, const char *dir)
{
	size_t n = strlen(dir);
	return !strncmp(path, dir, n) && (path[n] == '/' || path[n] == '\0');
}

/* Paths another process would resolve differently from the traced one. */
static int per_process(const char *path)
{
	return under(path, "/proc") || under(path, "/dev");
}

/* realpath() of PATH, or of its longest existing directory prefix with the
 * rest appended; NULL when nothing better than PATH comes out. */
static char *resolve(const char *path, int follow)
{
	char *r = follow ? realpath(path, NULL) : NULL;
	if (r && !per_process(r))
		return r;
	free(r);
	size_t len = strlen(path);
	char *dir = strdup(path);
	if (!dir)
		return NULL;
	for (size_t cut = len; cut > 0;) {
		while (cut > 0 && dir[cut - 1] != '/')
			cut--;
		if (cut <= 1)
			break; /* only "/" is left */
		dir[--cut] = '\0';
		char *rd = realpath(dir, NULL);
		if (!rd)
			continue;
		if (per_process(rd)) {
			free(rd);
			break;
		}
		size_t rl = strlen(rd), tail = len - cut;
		char *out = malloc(rl + tail + 1);
		if (out) {
			memcpy(out, rd, rl);
			/* the tail starts with '/': "/" + "/x" must not double it */
			memcpy(out + (rl == 1 ? 0 : rl), path + cut, tail + 1);
		}
		free(rd);
		free(dir);
		return out;
	}
	free(dir);
	return NULL;
}

static size_t hash(const char *s)
{
	size_t h = 14695981039346656037u;
	while (*s)
		h = (h ^ (unsigned char)*s++) * 1099511628211u;
	return h;
}

static int grow(struct show_paths *sp)
{
	size_t ncap = sp->cap ? sp->cap * 2 : 256;
	struct slot *nv = calloc(ncap, sizeof *nv);
	if (!nv)
		return -1;
	for (size_t i = 0; i < sp->cap; i++) {
		if (!sp->v[i].key)
			continue;
		size_t k = (hash(sp->v[i].key + 1) ^ (size_t)sp->v[i].key[0]) & (ncap - 1);
		while (nv[k].key)
			k = (k + 1) & (ncap - 1);
		nv[k] = sp->v[i];
	}
	free(sp->v);
	sp->v = nv;
	sp->cap = ncap;
	return 0;
}

const char *show_paths_real(struct show_paths *sp, const char *path, int follow)
{
	if (!sp || !path || path[0] != '/' || per_process(path))
		return path;
	if (sp->n * 2 >= sp->cap && grow(sp) < 0)
		return path;
	char mode = follow ? 'F' : 'N';
	size_t k = (hash(path) ^ (size_t)mode) & (sp->cap - 1);
	while (sp->v[k].key) {
		if (sp->v[k].key[0] == mode && !strcmp(sp->v[k].key + 1, path))
			return sp->v[k].val;
		k = (k + 1) & (sp->cap - 1);
	}
	size_t n = strlen(path);
	char *key = malloc(n + 2);
	if (!key)
		return path;
	key[0] = mode;
	memcpy(key + 1, path, n + 1);
	char *r = resolve(path, follow);
	sp->v[k].key = key;
	sp->v[k].val = r ? r : key + 1;
	sp->n++;
	return sp->v[k].val;
}

void show_paths_free(struct show_paths *sp)
{
	if (!sp)
		return;
	for (size_t i = 0; i < sp->cap; i++) {
		if (sp->v[i].key && sp->v[i].val != sp->v[i].key + 1)
			free((char *)sp->v[i].val);
		free(sp->v[i].key);
	}
	free(sp->v);
	free(sp);
}

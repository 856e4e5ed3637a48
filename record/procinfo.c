/* procinfo — see procinfo.h for the contract. */
#include "procinfo.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void proc_path(char *buf, size_t n, pid_t pid, const char *name)
{
	if (pid)
		snprintf(buf, n, "/proc/%d/%s", (int)pid, name);
	else
		snprintf(buf, n, "/proc/self/%s", name);
}

int procinfo_read(pid_t pid, const char *name, char **ret, size_t *ret_len)
{
	char path[64];
	proc_path(path, sizeof path, pid, name);
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	size_t cap = 4096, len = 0;
	char *buf = malloc(cap);
	int r = 0;
	while (buf) {
		if (len + 1 >= cap) {
			char *n = realloc(buf, cap * 2);
			if (!n)
				break;
			buf = n;
			cap *= 2;
		}
		ssize_t k = read(fd, buf + len, cap - 1 - len);
		if (k < 0 && errno == EINTR)
			continue;
		if (k < 0) {
			r = -errno;
			break;
		}
		if (k == 0)
			break;
		len += (size_t)k;
	}
	close(fd);
	if (!buf)
		return -ENOMEM;
	if (r < 0) {
		free(buf);
		return r;
	}
	buf[len] = 0;
	*ret = buf;
	*ret_len = len;
	return 0;
}

int procinfo_link(pid_t pid, const char *name, char **ret)
{
	char path[64], buf[PATH_MAX + 1];
	proc_path(path, sizeof path, pid, name);
	ssize_t n = readlink(path, buf, sizeof buf - 1);
	if (n < 0)
		return -errno;
	buf[n] = 0;
	char *s = strdup(buf);
	if (!s)
		return -ENOMEM;
	*ret = s;
	return 0;
}

int procinfo_split(char *buf, size_t len, char ***ret, size_t *ret_n)
{
	size_t n = 0;
	for (size_t i = 0; i < len; i++)
		if (buf[i] == 0)
			n++;
	if (len && buf[len - 1] != 0)
		n++; /* an unterminated last string (the buffer's NUL ends it) */
	char **v = calloc(n + 1, sizeof *v);
	if (!v)
		return -ENOMEM;
	size_t k = 0;
	for (size_t i = 0; i < len && k < n; k++) {
		v[k] = buf + i;
		i += strlen(buf + i) + 1;
	}
	*ret = v;
	*ret_n = k;
	return 0;
}

/* "pos:" and "flags:" (octal) of /proc/PID/fdinfo/FD. */
static void fd_details(pid_t pid, int fd, Rt__FdInfo *f)
{
	char name[32], *buf;
	size_t len;
	snprintf(name, sizeof name, "fdinfo/%d", fd);
	if (procinfo_read(pid, name, &buf, &len) < 0)
		return;
	char *p = strstr(buf, "pos:");
	if (p)
		f->pos = strtoull(p + 4, NULL, 10);
	p = strstr(buf, "flags:");
	if (p)
		f->flags = (int32_t)strtol(p + 6, NULL, 8);
	free(buf);
}

static int add_fd(pid_t pid, int fd, Rt__FdInfo ***v, size_t *n, size_t *cap)
{
	if (*n == *cap) {
		size_t ncap = *cap ? 2 * *cap : 16;
		Rt__FdInfo **nv = realloc(*v, ncap * sizeof *nv);
		if (!nv)
			return -ENOMEM;
		*v = nv;
		*cap = ncap;
	}
	Rt__FdInfo *f = malloc(sizeof *f);
	if (!f)
		return -ENOMEM;
	rt__fd_info__init(f);
	f->fd = fd;
	char name[32];
	snprintf(name, sizeof name, "fd/%d", fd);
	char *target = NULL;
	f->target = procinfo_link(pid, name, &target) == 0 ? target : strdup("");
	fd_details(pid, fd, f);
	(*v)[(*n)++] = f;
	return f->target ? 0 : -ENOMEM;
}

int procinfo_fds(pid_t pid, bool skip_cloexec, Rt__FdInfo ***ret, size_t *ret_n)
{
	char path[64];
	proc_path(path, sizeof path, pid, "fd");
	DIR *d = opendir(path);
	if (!d)
		return -errno;
	Rt__FdInfo **v = NULL;
	size_t n = 0, cap = 0;
	int r = 0;
	struct dirent *e;
	while (r == 0 && (e = readdir(d))) {
		if (e->d_name[0] < '0' || e->d_name[0] > '9')
			continue;
		int fd = atoi(e->d_name);
		if (pid == 0 && fd == dirfd(d))
			continue;
		if (skip_cloexec && (fcntl(fd, F_GETFD) & FD_CLOEXEC))
			continue;
		r = add_fd(pid, fd, &v, &n, &cap);
	}
	closedir(d);
	if (r < 0) {
		procinfo_fds_free(v, n);
		return r;
	}
	*ret = v;
	*ret_n = n;
	return 0;
}

void procinfo_fds_free(Rt__FdInfo **fds, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(fds[i]->target);
		free(fds[i]);
	}
	free(fds);
}

int procinfo_ids(pid_t tid, pid_t *ret_tgid, pid_t *ret_ppid)
{
	char *buf;
	size_t len;
	int r = procinfo_read(tid, "status", &buf, &len);
	if (r < 0)
		return r;
	char *tg = strstr(buf, "\nTgid:"), *pp = strstr(buf, "\nPPid:");
	if (!tg || !pp) {
		free(buf);
		return -EINVAL;
	}
	*ret_tgid = (pid_t)strtol(tg + 6, NULL, 10);
	*ret_ppid = (pid_t)strtol(pp + 6, NULL, 10);
	free(buf);
	return 0;
}

int procinfo_tids(pid_t pid, pid_t **ret, size_t *ret_n)
{
	char path[64];
	proc_path(path, sizeof path, pid, "task");
	DIR *d = opendir(path);
	if (!d)
		return -errno;
	pid_t *v = NULL;
	size_t n = 0, cap = 0;
	struct dirent *e;
	while ((e = readdir(d))) {
		if (e->d_name[0] < '0' || e->d_name[0] > '9')
			continue;
		if (n == cap) {
			size_t ncap = cap ? 2 * cap : 16;
			pid_t *nv = realloc(v, ncap * sizeof *nv);
			if (!nv) {
				free(v);
				closedir(d);
				return -ENOMEM;
			}
			v = nv;
			cap = ncap;
		}
		v[n++] = (pid_t)atoi(e->d_name);
	}
	closedir(d);
	*ret = v;
	*ret_n = n;
	return 0;
}

static int copy_argv(pid_t pid, Rt__ProcessInfo *p)
{
	char *buf;
	size_t len;
	int r = procinfo_read(pid, "cmdline", &buf, &len);
	if (r < 0)
		return r;
	char **v;
	size_t n;
	r = procinfo_split(buf, len, &v, &n);
	if (r == 0) {
		p->argv = calloc(n + 1, sizeof *p->argv);
		for (size_t i = 0; p->argv && i < n; i++)
			p->argv[i] = strdup(v[i]);
		p->n_argv = p->argv ? n : 0;
		free(v);
	}
	free(buf);
	return r;
}

int procinfo_process(pid_t pid, Rt__ProcessInfo **ret)
{
	Rt__ProcessInfo *p = calloc(1, sizeof *p);
	if (!p)
		return -ENOMEM;
	rt__process_info__init(p);
	p->pid = (uint32_t)pid;
	pid_t tgid, ppid;
	if (procinfo_ids(pid, &tgid, &ppid) == 0)
		p->ppid = (uint32_t)ppid;
	if (procinfo_link(pid, "cwd", &p->cwd) < 0)
		p->cwd = NULL;
	if (procinfo_link(pid, "exe", &p->exe) < 0)
		p->exe = NULL;
	copy_argv(pid, p);
	procinfo_fds(pid, false, &p->fds, &p->n_fds);
	pid_t *tids;
	size_t n;
	if (procinfo_tids(pid, &tids, &n) == 0) {
		p->tids = malloc((n ? n : 1) * sizeof *p->tids);
		for (size_t i = 0; p->tids && i < n; i++)
			p->tids[i] = (uint32_t)tids[i];
		p->n_tids = p->tids ? n : 0;
		free(tids);
	}
	if (!p->cwd)
		p->cwd = strdup("");
	if (!p->exe)
		p->exe = strdup("");
	*ret = p;
	return 0;
}

void procinfo_process_free(Rt__ProcessInfo *p)
{
	if (!p)
		return;
	free(p->cwd);
	free(p->exe);
	for (size_t i = 0; i < p->n_argv; i++)
		free(p->argv[i]);
	free(p->argv);
	procinfo_fds_free(p->fds, p->n_fds);
	free(p->tids);
	free(p);
}

char *procinfo_boot_id(char *buf, size_t size)
{
	buf[0] = '\0';
	int fd = open("/proc/sys/kernel/random/boot_id", O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return buf;
	ssize_t n = read(fd, buf, size - 1);
	close(fd);
	if (n < 0)
		n = 0;
	buf[n] = '\0';
	buf[strcspn(buf, "\n")] = '\0';
	return buf;
}

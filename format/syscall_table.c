/*
 * syscall_table — lookups over the table in syscall_data.c, the -e trace=
 * set parser, and the helpers that read an operand hidden in a struct
 * (openat2's flags, clone3's flags).
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <regex.h>
#include <sched.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>

#include "syscall_data.h"

#define SET_WORDS ((SYSCALL_DATA_SIZE + 63) / 64)

unsigned syscall_table_size(void)
{
	return SYSCALL_DATA_SIZE;
}

const struct syscall_desc *syscall_table_get(unsigned nr)
{
	if (nr >= SYSCALL_DATA_SIZE || !syscall_data[nr].name)
		return NULL;
	return &syscall_data[nr];
}

int syscall_table_lookup(const char *name)
{
	if (!name)
		return -1;
	for (unsigned nr = 0; nr < SYSCALL_DATA_SIZE; nr++)
		if (syscall_data[nr].name && strcmp(syscall_data[nr].name, name) == 0)
			return (int)nr;
	return -1;
}

int syscall_table_args(unsigned nr, const uint64_t args[6], struct sc_arg out[6])
{
	const struct syscall_desc *d = syscall_table_get(nr);
	if (!d)
		return -EINVAL;
	memcpy(out, d->args, sizeof d->args);
	return syscall_shape_resolve(d->shape, args, out, d->nargs);
}

/* Class names as strace's -e trace=%NAME spells them, without the '%'. */
static const struct {
	const char *name;
	uint32_t bits;
} class_names[] = {
	{ "desc", SC_C_DESC },
	{ "file", SC_C_FILE },
	{ "memory", SC_C_MEMORY },
	{ "process", SC_C_PROCESS },
	{ "signal", SC_C_SIGNAL },
	{ "ipc", SC_C_IPC },
	{ "network", SC_C_NETWORK },
	{ "net", SC_C_NETWORK },
	{ "stat", SC_C_STAT },
	{ "lstat", SC_C_LSTAT },
	{ "fstat", SC_C_FSTAT },
	{ "%stat", SC_C_STAT_LIKE },
	{ "statfs", SC_C_STATFS },
	{ "fstatfs", SC_C_FSTATFS },
	{ "%statfs", SC_C_STATFS_LIKE },
	{ "pure", SC_C_PURE },
	{ "creds", SC_C_CREDS },
	{ "clock", SC_C_CLOCK },
};

/* strace still accepts the classes it had before the '%' prefix, bare;
 * "all" is one of them (every named syscall). */
static const char *const legacy_classes[] = {
	"desc", "file", "memory", "process", "signal", "ipc", "network",
};

int syscall_table_class(const char *name, uint32_t *ret)
{
	if (!name)
		return -EINVAL;
	for (size_t i = 0; i < sizeof class_names / sizeof class_names[0]; i++) {
		if (strcmp(class_names[i].name, name) == 0) {
			*ret = class_names[i].bits;
			return 0;
		}
	}
	return -EINVAL;
}

int syscall_table_in_class(unsigned nr, uint32_t classes)
{
	const struct syscall_desc *d = syscall_table_get(nr);
	return d && (d->classes & classes) != 0;
}

/* ---- the -e trace= set parser (strace's qualify_syscall_tokens) ---- */

struct parse {
	uint64_t set[SET_WORDS];
	char *err;
	size_t errlen;
};

static void set_error(struct parse *p, const char *fmt, ...)
{
	if (!p->err || p->errlen == 0)
		return;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(p->err, p->errlen, fmt, ap);
	va_end(ap);
}

static void add_nr(struct parse *p, unsigned nr)
{
	p->set[nr / 64] |= UINT64_C(1) << (nr % 64);
}

/* Adds every named syscall with any of BITS (0: every named syscall). */
static void add_class(struct parse *p, uint32_t bits)
{
	for (unsigned nr = 0; nr < SYSCALL_DATA_SIZE; nr++)
		if (syscall_data[nr].name && (!bits || (syscall_data[nr].classes & bits)))
			add_nr(p, nr);
}

/* Decimal only, as strace's string_to_uint: "02" is 2, "0x2" is not a number.
 * Any number below the table size is accepted, gaps included. */
static bool add_number(struct parse *p, const char *s)
{
	char *end;
	errno = 0;
	long n = strtol(s, &end, 10);
	if (errno || *end || n < 0 || n > INT_MAX || (unsigned long)n >= SYSCALL_DATA_SIZE)
		return false;
	add_nr(p, (unsigned)n);
	return true;
}

/* Returns 1 when something matched, 0 when nothing did, -EINVAL when the
 * expression does not compile (an error even after '?', as in strace). */
static int add_regex(struct parse *p, const char *re)
{
	regex_t rx;
	int rc = regcomp(&rx, re, REG_EXTENDED | REG_NOSUB);
	if (rc) {
		char msg[128];
		regerror(rc, &rx, msg, sizeof msg);
		set_error(p, "regcomp: %s: %s", re, msg);
		return -EINVAL;
	}
	int found = 0;
	for (unsigned nr = 0; nr < SYSCALL_DATA_SIZE; nr++) {
		if (syscall_data[nr].name && regexec(&rx, syscall_data[nr].name, 0, NULL, 0) == 0) {
			add_nr(p, nr);
			found = 1;
		}
	}
	regfree(&rx);
	return found;
}

static bool is_legacy_class(const char *s)
{
	for (size_t i = 0; i < sizeof legacy_classes / sizeof legacy_classes[0]; i++)
		if (strcmp(s, legacy_classes[i]) == 0)
			return true;
	return false;
}

/* %CLASS, a legacy bare class name, or "all". */
static bool add_class_token(struct parse *p, const char *s)
{
	uint32_t bits = 0;
	if (s[0] == '%') {
		if (syscall_table_class(s + 1, &bits) < 0)
			return false;
	} else if (is_legacy_class(s)) {
		syscall_table_class(s, &bits);
	} else if (strcmp(s, "all") != 0) {
		return false;
	}
	add_class(p, bits);
	return true;
}

/* NAME, or NAME@64 (the x86_64 personality). NAME@32 and NAME@x32 name
 * another personality's syscall, which this table does not describe: they
 * are accepted when NAME is known here and add nothing to the 64-bit set. */
static bool add_name(struct parse *p, const char *s)
{
	const char *at = strrchr(s, '@');
	char base[64];
	if (at) {
		size_t len = (size_t)(at - s);
		if (len >= sizeof base)
			return false;
		memcpy(base, s, len);
		base[len] = '\0';
		int nr = syscall_table_lookup(base);
		if (nr < 0)
			return false;
		if (strcmp(at, "@64") == 0)
			add_nr(p, (unsigned)nr);
		return strcmp(at, "@64") == 0 || strcmp(at, "@32") == 0 || strcmp(at, "@x32") == 0;
	}
	int nr = syscall_table_lookup(s);
	if (nr < 0)
		return false;
	add_nr(p, (unsigned)nr);
	return true;
}

/* One comma-separated token: 1 accepted, 0 unknown, negative on error. */
static int add_token(struct parse *p, const char *tok)
{
	bool ignore_fail = false;
	while (*tok == '?') {
		tok++;
		ignore_fail = true;
	}
	if (*tok >= '0' && *tok <= '9')
		return add_number(p, tok) || ignore_fail;
	if (*tok == '/') {
		int r = add_regex(p, tok + 1);
		return r < 0 ? r : (r || ignore_fail);
	}
	return add_class_token(p, tok) || add_name(p, tok) || ignore_fail;
}

/* Splits S on commas (empty tokens are skipped, as strtok does) and adds
 * each token; EXPR is what an empty list is reported as. */
static int add_tokens(struct parse *p, const char *s, const char *expr)
{
	char *copy = strdup(s);
	if (!copy)
		return -ENOMEM;
	int rc = 0, ntok = 0;
	char *save = NULL;
	for (char *tok = strtok_r(copy, ",", &save); tok && rc == 0; tok = strtok_r(NULL, ",", &save)) {
		ntok++;
		int r = add_token(p, tok);
		if (r == 0)
			set_error(p, "invalid system call '%s'", tok);
		if (r <= 0)
			rc = r < 0 ? r : -EINVAL;
	}
	free(copy);
	if (rc == 0 && ntok == 0) {
		set_error(p, "invalid system call '%s'", expr);
		rc = -EINVAL;
	}
	return rc;
}

int syscall_table_parse_set(const char *expr, uint64_t set[], size_t nwords,
			    char *err, size_t errlen)
{
	struct parse p = { .err = err, .errlen = errlen };
	if (!expr || !set) {
		set_error(&p, "no system call set");
		return -EINVAL;
	}
	if (nwords < SET_WORDS) {
		set_error(&p, "system call set needs %u words", (unsigned)SET_WORDS);
		return -ENOSPC;
	}
	if (strncmp(expr, "trace=", 6) == 0)
		expr += 6;
	/* Each leading '!' inverts the rest; "all" is "!none". */
	bool invert = false;
	const char *s = expr;
	for (; *s == '!'; s++)
		invert = !invert;
	if (strcmp(s, "all") == 0) {
		invert = !invert;
	} else if (strcmp(s, "none") != 0) {
		int rc = add_tokens(&p, s, expr);
		if (rc < 0)
			return rc;
	}
	/* An inverted set also holds the numbers the table does not name, as
	 * strace traces unknown syscalls under "all" and "!open". */
	for (size_t i = 0; i < nwords; i++) {
		uint64_t w = i < SET_WORDS ? p.set[i] : 0;
		set[i] = invert ? ~w : w;
	}
	return 0;
}

/* ---- operands stored in memory rather than registers ---- */

static uint64_t load_u64(const void *p)
{
	uint64_t v;
	memcpy(&v, p, sizeof v);
	return v;
}

int syscall_table_open_flags(unsigned nr, const uint64_t args[6],
			     const void *how, size_t how_len,
			     uint64_t *ret_flags, uint64_t *ret_mode)
{
	const struct syscall_desc *d = syscall_table_get(nr);
	if (!d || d->effect != SC_E_OPEN)
		return -EINVAL;
	const struct sc_roles *r = &d->roles;
	uint64_t flags, mode = 0;
	if (r->flags < 0) {
		/* creat(2): "equivalent to open() with flags O_CREAT|O_WRONLY|O_TRUNC" */
		flags = O_CREAT | O_WRONLY | O_TRUNC;
		mode = r->mode >= 0 ? args[r->mode] : 0;
	} else if (d->args[r->flags].mem == SC_M_STRUCT) {
		/* openat2: struct open_how { u64 flags; u64 mode; u64 resolve; } */
		if (!how || how_len < 16)
			return -ENODATA;
		flags = load_u64(how);
		mode = load_u64((const char *)how + 8);
	} else {
		flags = args[r->flags];
		mode = r->mode >= 0 ? args[r->mode] : 0;
	}
	*ret_flags = flags;
	*ret_mode = mode;
	return 0;
}

/* The clones without a flags argument, and the flags they imply. */
static const struct {
	unsigned nr;
	uint64_t flags;
} implied_clone_flags[] = {
	{ __NR_fork, SIGCHLD },
	{ __NR_vfork, CLONE_VM | CLONE_VFORK | SIGCHLD },
};

int syscall_table_clone_flags(unsigned nr, const uint64_t args[6],
			      const void *ca, size_t ca_len, uint64_t *ret)
{
	const struct syscall_desc *d = syscall_table_get(nr);
	if (!d || d->effect != SC_E_CLONE)
		return -EINVAL;
	int8_t fl = d->roles.flags;
	if (fl < 0) {
		for (size_t i = 0; i < sizeof implied_clone_flags / sizeof implied_clone_flags[0]; i++) {
			if (implied_clone_flags[i].nr == nr) {
				*ret = implied_clone_flags[i].flags;
				return 0;
			}
		}
		return -EINVAL;
	}
	if (d->args[fl].mem == SC_M_CLONE_ARGS) {
		/* struct clone_args starts with its u64 flags. */
		if (!ca || ca_len < 8)
			return -ENODATA;
		*ret = load_u64(ca);
		return 0;
	}
	*ret = args[fl];
	return 0;
}

/* What readlink(/proc/PID/fd/N) says for each kind of anon fd (and so what
 * strace -y prints), as the kernel's anon_inode_getfd() names them. */
static const struct {
	unsigned nr;
	const char *name;
} anon_names[] = {
	{ __NR_epoll_create, "anon_inode:[eventpoll]" },
	{ __NR_epoll_create1, "anon_inode:[eventpoll]" },
	{ __NR_eventfd, "anon_inode:[eventfd]" },
	{ __NR_eventfd2, "anon_inode:[eventfd]" },
	{ __NR_timerfd_create, "anon_inode:[timerfd]" },
	{ __NR_signalfd, "anon_inode:[signalfd]" },
	{ __NR_signalfd4, "anon_inode:[signalfd]" },
	{ __NR_inotify_init, "anon_inode:inotify" },
	{ __NR_inotify_init1, "anon_inode:inotify" },
	{ __NR_fanotify_init, "anon_inode:[fanotify]" },
	{ __NR_perf_event_open, "anon_inode:[perf_event]" },
	{ __NR_userfaultfd, "anon_inode:[userfaultfd]" },
	{ __NR_io_uring_setup, "anon_inode:[io_uring]" },
	{ __NR_pidfd_open, "anon_inode:[pidfd]" },
	/* memfds are shmem files named "memfd:NAME", unlinked from the start. */
	{ __NR_memfd_create, "/memfd:" },
	{ __NR_memfd_secret, "/secretmem (deleted)" },
};

const char *syscall_table_anon_name(unsigned nr)
{
	for (size_t i = 0; i < sizeof anon_names / sizeof anon_names[0]; i++)
		if (anon_names[i].nr == nr)
			return anon_names[i].name;
	return NULL;
}

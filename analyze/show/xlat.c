/*
 * xlat — lookups and strace's printing of flag sets, enums, modes and
 * signals (see xlat.h). The rules follow strace 6.1's xlat.c, signals.c
 * and printmode.c in their default (abbreviated) style.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "xlat.h"

/* A cursor over the caller's buffer that counts what would be written. */
struct sbuf {
	char *buf;
	size_t size;
	size_t len;
};

static void sb_init(struct sbuf *sb, char *buf, size_t size)
{
	sb->buf = buf;
	sb->size = size;
	sb->len = 0;
	if (size)
		buf[0] = '\0';
}

static void sb_puts(struct sbuf *sb, const char *s)
{
	size_t n = strlen(s);
	if (sb->len + 1 < sb->size) {
		size_t room = sb->size - sb->len - 1;
		size_t k = n < room ? n : room;
		memcpy(sb->buf + sb->len, s, k);
		sb->buf[sb->len + k] = '\0';
	}
	sb->len += n;
}

static void sb_printf(struct sbuf *sb, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void sb_printf(struct sbuf *sb, const char *fmt, ...)
{
	char tmp[128];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(tmp, sizeof(tmp), fmt, ap);
	va_end(ap);
	sb_puts(sb, tmp);
}

/* strace's print_xlat_val(): the number alone, 0x... by default. */
static void sb_number(struct sbuf *sb, uint64_t v, enum xlat_fmt fmt)
{
	switch (fmt) {
	case XLAT_FMT_D:
		sb_printf(sb, "%lld", (long long)v);
		break;
	case XLAT_FMT_U:
		sb_printf(sb, "%llu", (unsigned long long)v);
		break;
	default:
		sb_printf(sb, "%#llx", (unsigned long long)v);
		break;
	}
}

/* strace's tprints_comment(): " /" "* TEXT *" "/". */
static void sb_comment(struct sbuf *sb, const char *text)
{
	if (!text)
		return;
	sb_puts(sb, " /* ");
	sb_puts(sb, text);
	sb_puts(sb, " */");
}

/* ---- Lookup ----------------------------------------------------------------- */

const char *xlat_name(const struct xlat *x, uint64_t val)
{
	if (!x)
		return NULL;
	switch (x->kind) {
	case XLAT_INDEXED:
		if (val < x->size && x->data[val].val == val)
			return x->data[val].str;
		/* A table whose values are not all their own index: fall back. */
		break;
	case XLAT_SORTED: {
		size_t lo = 0, hi = x->size;
		while (lo < hi) {
			size_t mid = lo + (hi - lo) / 2;
			if (x->data[mid].val < val)
				lo = mid + 1;
			else
				hi = mid;
		}
		if (lo < x->size && x->data[lo].val == val)
			return x->data[lo].str;
		return NULL;
	}
	default:
		break;
	}
	for (size_t i = 0; i < x->size; i++)
		if (x->data[i].str && x->data[i].val == val)
			return x->data[i].str;
	return NULL;
}

/* ---- Enums and flags --------------------------------------------------------- */

size_t xlat_format_enum(char *buf, size_t size, const struct xlat *x, uint64_t val,
			const char *dflt, enum xlat_fmt fmt)
{
	struct sbuf sb;
	sb_init(&sb, buf, size);
	const char *s = xlat_name(x, val);
	if (s) {
		sb_puts(&sb, s);
	} else {
		sb_number(&sb, val, fmt);
		sb_comment(&sb, dflt);
	}
	return sb.len;
}

/* strace's printflags_ex() loop: table order, an entry matches when all its
 * bits are set, or when it is zero and so is the whole value (the first
 * name printed only: a zero entry never joins others). */
static void flags_into(struct sbuf *sb, const struct xlat *const *xs, size_t nx,
		       uint64_t flags, const char *dflt)
{
	unsigned n = 0;
	for (size_t t = 0; t < nx; t++) {
		const struct xlat *x = xs[t];
		for (size_t i = 0; (flags || !n) && i < x->size; i++) {
			uint64_t v = x->data[i].val;
			if (x->data[i].str && (flags == v || (v && (flags & v) == v))) {
				if (n++)
					sb_puts(sb, "|");
				sb_puts(sb, x->data[i].str);
				flags &= ~v;
			}
			if (!flags)
				break;
		}
	}
	if (n) {
		if (flags) {
			sb_puts(sb, "|");
			sb_number(sb, flags, XLAT_FMT_X);
		}
	} else if (flags) {
		sb_number(sb, flags, XLAT_FMT_X);
		sb_comment(sb, dflt);
	} else if (dflt) {
		sb_puts(sb, "0");
	}
}

size_t xlat_format_flags_n(char *buf, size_t size, const struct xlat *const *xs, size_t n,
			   uint64_t flags, const char *dflt)
{
	struct sbuf sb;
	sb_init(&sb, buf, size);
	flags_into(&sb, xs, n, flags, dflt);
	return sb.len;
}

size_t xlat_format_flags(char *buf, size_t size, const struct xlat *x, uint64_t flags,
			 const char *dflt)
{
	return xlat_format_flags_n(buf, size, &x, 1, flags, dflt);
}

/* strace's sprint_open_modes(): the access mode (the low two bits) is an
 * enum, printed first; the rest are flags, with no "0" when none is set. */
size_t xlat_format_open_flags(char *buf, size_t size, uint64_t flags)
{
	struct sbuf sb;
	sb_init(&sb, buf, size);
	const char *acc = xlat_name(&xlat_open_access_modes, flags & 3);
	if (acc) {
		sb_puts(&sb, acc);
		flags &= ~(uint64_t)3;
		if (!flags)
			return sb.len;
		sb_puts(&sb, "|");
	}
	const struct xlat *x = &xlat_open_mode_flags;
	flags_into(&sb, &x, 1, flags, NULL);
	return sb.len;
}

size_t xlat_format_umode(char *buf, size_t size, uint32_t mode)
{
	int n = snprintf(buf, size, "%#03o", mode);
	return n < 0 ? 0 : (size_t)n;
}

size_t xlat_format_mode(char *buf, size_t size, uint32_t mode)
{
	const uint32_t ifmt = 0170000, isuid = 04000, isgid = 02000, isvtx = 01000;
	const char *type = "";
	if (mode & ifmt) {
		type = xlat_name(&xlat_modetypes, mode & ifmt);
		if (!type)
			return xlat_format_umode(buf, size, mode);
	}
	int n = snprintf(buf, size, "%s%s%s%s%s%#03o", type, type[0] ? "|" : "",
			 (mode & isuid) ? "S_ISUID|" : "", (mode & isgid) ? "S_ISGID|" : "",
			 (mode & isvtx) ? "S_ISVTX|" : "", mode & ~(ifmt | isuid | isgid | isvtx));
	return n < 0 ? 0 : (size_t)n;
}

/* ---- Signals ------------------------------------------------------------------ */

/* strace's signalent for x86_64: 1..31, and 32 named SIGRTMIN (the
 * kernel's first real-time signal, which glibc keeps for itself). */
static const char *const signal_names[] = {
	NULL, "SIGHUP", "SIGINT", "SIGQUIT", "SIGILL", "SIGTRAP", "SIGABRT",
	"SIGBUS", "SIGFPE", "SIGKILL", "SIGUSR1", "SIGSEGV", "SIGUSR2",
	"SIGPIPE", "SIGALRM", "SIGTERM", "SIGSTKFLT", "SIGCHLD", "SIGCONT",
	"SIGSTOP", "SIGTSTP", "SIGTTIN", "SIGTTOU", "SIGURG", "SIGXCPU",
	"SIGXFSZ", "SIGVTALRM", "SIGPROF", "SIGWINCH", "SIGIO", "SIGPWR",
	"SIGSYS", "SIGRTMIN",
};
#define NSIGNAMES ((int)(sizeof(signal_names) / sizeof(signal_names[0])))
#define ASM_SIGRTMIN 32
#define ASM_SIGRTMAX 64

const char *xlat_signal_name(int sig)
{
	return sig > 0 && sig < NSIGNAMES ? signal_names[sig] : NULL;
}

size_t xlat_format_signame(char *buf, size_t size, int sig)
{
	int n;
	if (sig > 0 && sig < NSIGNAMES)
		n = snprintf(buf, size, "%s", signal_names[sig]);
	else if (sig > ASM_SIGRTMIN && sig <= ASM_SIGRTMAX)
		n = snprintf(buf, size, "SIGRT_%d", sig - ASM_SIGRTMIN);
	else
		n = snprintf(buf, size, "%d", sig);
	return n < 0 ? 0 : (size_t)n;
}

/* strace's sprintsigmask_n(): names without "SIG", RT_N above SIGRTMIN,
 * the complement (~[...]) when at least two thirds of the words' bits
 * are set. Bit k is signal k + 1. */
size_t xlat_format_sigset(char *buf, size_t size, const void *mask, size_t bytes)
{
	uint32_t words[2] = { 0, 0 };
	size_t nwords = bytes >= 8 ? 2 : (bytes + 3) / 4;
	memcpy(words, mask, bytes < 8 ? bytes : 8);
	struct sbuf sb;
	sb_init(&sb, buf, size);

	unsigned pop = 0;
	for (size_t w = 0; w < nwords; w++)
		pop += (unsigned)__builtin_popcount(words[w]);
	if (pop >= nwords * 32 * 2 / 3) {
		for (size_t w = 0; w < nwords; w++)
			words[w] = ~words[w];
		sb_puts(&sb, "~");
	}
	char sep = '[';
	for (unsigned bit = 0; bit < nwords * 32; bit++) {
		if (!(words[bit / 32] & (1u << (bit % 32))))
			continue;
		int sig = (int)bit + 1;
		char one[2] = { sep, '\0' };
		sb_puts(&sb, one);
		if (sig < NSIGNAMES)
			sb_puts(&sb, signal_names[sig] + 3);
		else if (sig >= ASM_SIGRTMIN && sig <= ASM_SIGRTMAX)
			sb_printf(&sb, "RT_%d", sig - ASM_SIGRTMIN);
		else
			sb_printf(&sb, "%d", sig);
		sep = ' ';
	}
	if (sep == '[')
		sb_puts(&sb, "[");
	sb_puts(&sb, "]");
	return sb.len;
}

/* Which table names a signal's own si_codes (strace's printsigsource and
 * print_si_code), by signal number. */
static const struct {
	int signo;
	const struct xlat *codes;
} si_code_tables[] = {
	{ 4, &xlat_sigill_codes },   /* SIGILL */
	{ 5, &xlat_sigtrap_codes },  /* SIGTRAP */
	{ 7, &xlat_sigbus_codes },   /* SIGBUS */
	{ 8, &xlat_sigfpe_codes },   /* SIGFPE */
	{ 11, &xlat_sigsegv_codes }, /* SIGSEGV */
	{ 17, &xlat_sigchld_codes }, /* SIGCHLD */
	{ 29, &xlat_sigpoll_codes }, /* SIGIO = SIGPOLL */
	{ 31, &xlat_sigsys_codes },  /* SIGSYS */
};

const char *xlat_si_code_name(int signo, int code)
{
	/* The generic table holds the negative codes as 32-bit values. */
	const char *s = xlat_name(&xlat_siginfo_codes, (uint32_t)code);
	if (s)
		return s;
	for (size_t i = 0; i < sizeof(si_code_tables) / sizeof(si_code_tables[0]); i++)
		if (si_code_tables[i].signo == signo)
			return xlat_name(si_code_tables[i].codes, (uint32_t)code);
	return NULL;
}

/* dry_cmd — see dry_cmd.h. */
#include "dry_cmd.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dry_buf.h"
#include "dry_utf8.h"

/* Characters that make an unquoted word mean something else to sh or bash
 * (expansions, quoting, operators, globs, brace expansion, separators). */
static const char shell_special[] = " \t\n|&;<>()$`\\\"'*?[{}~";

/* Words that are syntax when they stand where a command goes (POSIX sh and
 * bash keywords). */
static const char *const reserved[] = {
	"!", "{", "}", "case", "do", "done", "elif", "else", "esac", "fi", "for",
	"function", "if", "in", "select", "then", "time", "until", "while", "[[", "]]",
	"coproc",
};

static bool is_reserved(const char *w)
{
	for (size_t i = 0; i < sizeof(reserved) / sizeof(reserved[0]); i++)
		if (!strcmp(w, reserved[i]))
			return true;
	return false;
}

/* NAME=... in command position is an assignment, not a program. */
static bool is_assignment(const char *w)
{
	const char *eq = strchr(w, '=');
	if (!eq || eq == w || (w[0] >= '0' && w[0] <= '9'))
		return false;
	for (const char *p = w; p < eq; p++)
		if (!(*p == '_' || (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		      (*p >= '0' && *p <= '9')))
			return false;
	return true;
}

/* Code points str.splitlines() breaks a line at. */
static bool is_line_break(uint32_t c)
{
	return c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || (c >= 0x1C && c <= 0x1E) ||
	       c == 0x85 || c == 0x2028 || c == 0x2029;
}

/* Whether the valid UTF-8 string S holds a line break. */
static bool has_line_break(const char *s)
{
	size_t len = strlen(s);
	for (size_t i = 0; i < len;) {
		uint32_t c;
		i += dry_utf8_decode((const unsigned char *)s + i, len - i, &c);
		if (is_line_break(c))
			return true;
	}
	return false;
}

bool dry_cmd_is_literal_word(const char *w, bool first)
{
	if (!*w || w[0] == '#')
		return false;
	for (const unsigned char *p = (const unsigned char *)w; *p; p++)
		if (strchr(shell_special, *p) || *p < 0x20 || *p == 0x7F)
			return false;
	if (first && (is_reserved(w) || is_assignment(w)))
		return false;
	return true;
}

/* parse_cmd's "..." around a word with a space is right when nothing in
 * it is special inside double quotes. */
static bool double_quote_ok(const char *w)
{
	return !strpbrk(w, "$`\\");
}

static void add_single_quoted(struct dry_buf *b, const char *w)
{
	dry_buf_addc(b, '\'');
	for (; *w; w++) {
		if (*w == '\'')
			dry_buf_adds(b, "'\\''");
		else
			dry_buf_addc(b, *w);
	}
	dry_buf_addc(b, '\'');
}

static void add_word(struct dry_buf *b, const char *w, bool first)
{
	if (!*w)
		dry_buf_adds(b, "\"\"");
	else if (strchr(w, ' ') && !strchr(w, '"') && double_quote_ok(w) && !strpbrk(w, "\t\n\r"))
		dry_buf_addf(b, "\"%s\"", w);
	else if (dry_cmd_is_literal_word(w, first))
		dry_buf_adds(b, w);
	else
		add_single_quoted(b, w);
}

/* eval "$(printf 'FMT')" where FMT prints Q back: '\' and '%' doubled, ' and
 * every byte of a line-break character as an octal escape. */
static char *eval_form(const char *q)
{
	struct dry_buf b = DRY_BUF_INIT;
	size_t len = strlen(q);
	dry_buf_adds(&b, "eval \"$(printf '");
	for (size_t i = 0; i < len;) {
		uint32_t c;
		size_t n = dry_utf8_decode((const unsigned char *)q + i, len - i, &c);
		if (is_line_break(c) || c == '\'') {
			for (size_t k = 0; k < n; k++)
				dry_buf_addf(&b, "\\%03o", (unsigned char)q[i + k]);
		} else if (c == '\\' || c == '%') {
			dry_buf_addc(&b, q[i]);
			dry_buf_addc(&b, q[i]);
		} else {
			dry_buf_add(&b, q + i, n);
		}
		i += n;
	}
	dry_buf_adds(&b, "')\"");
	return dry_buf_steal(&b, NULL);
}

char *dry_cmd_from_argv(int argc, char *const argv[])
{
	bool breaks = false;
	if (argc < 1) {
		errno = EINVAL;
		return NULL;
	}
	for (int i = 0; i < argc; i++) {
		if (!dry_utf8_is_valid(argv[i])) {
			errno = EILSEQ;
			return NULL;
		}
		breaks |= has_line_break(argv[i]);
	}
	struct dry_buf b = DRY_BUF_INIT;
	if (argc == 1) {
		/* parse_cmd: one argument is a shell command line, used as it is
		 * (DVC runs each of its lines). */
		dry_buf_adds(&b, argv[0]);
		breaks = false;
	} else {
		for (int i = 0; i < argc; i++) {
			if (i)
				dry_buf_addc(&b, ' ');
			add_word(&b, argv[i], i == 0);
		}
	}
	char *q = dry_buf_steal(&b, NULL);
	if (q && breaks) {
		char *e = eval_form(q);
		free(q);
		q = e;
	}
	if (!q)
		errno = ENOMEM;
	return q;
}

/* --- stage name ------------------------------------------------------------- */

/* Interpreters whose first non-option argument is the script, and their
 * options that take a value (the value is not the script). */
static const struct {
	const char *name;     /* base name, or prefix when it ends in '*' */
	const char *valued;   /* options followed by a value, space-separated */
} interpreters[] = {
	{ "python*", "-W -X -c -m -Q" },
	{ "pypy*", "-W -X -c -m" },
	{ "sh", "-c -o -O" },
	{ "bash", "-c -o -O --rcfile --init-file" },
	{ "dash", "-c -o" },
	{ "zsh", "-c -o" },
	{ "ksh", "-c -o" },
	{ "Rscript", "-e" },
	{ "node", "-e -p -r --require" },
	{ "perl", "-e -E -I -M" },
	{ "ruby", "-e -I -r" },
	{ "julia", "-e -E -L" },
	{ "env", "-u -C -S" },
	{ "time", "-f -o" },
	{ "nice", "-n" },
	{ "nohup", "" },
};

static const char *base_name(const char *p)
{
	const char *s = strrchr(p, '/');
	return s ? s + 1 : p;
}

static int interpreter(const char *prog)
{
	const char *b = base_name(prog);
	for (size_t i = 0; i < sizeof(interpreters) / sizeof(interpreters[0]); i++) {
		const char *n = interpreters[i].name;
		size_t len = strlen(n);
		if (n[len - 1] == '*' ? !strncmp(b, n, len - 1) : !strcmp(b, n))
			return (int)i;
	}
	return -1;
}

static bool takes_value(int interp, const char *opt)
{
	const char *v = interpreters[interp].valued;
	size_t n = strlen(opt);
	for (const char *p = v; (p = strstr(p, opt)); p += n)
		if ((p == v || p[-1] == ' ') && (p[n] == ' ' || p[n] == '\0'))
			return true;
	return false;
}

/* The argument the name comes from: past env-like wrappers and interpreter
 * options to the script, or the program itself. */
static const char *name_source(int argc, char *const argv[])
{
	int i = 0;
	while (i < argc) {
		int in = interpreter(argv[i]);
		if (in < 0)
			return argv[i];
		const char *prog = argv[i++];
		for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
			if (!strcmp(argv[i], "-m") && i + 1 < argc) {
				const char *mod = strrchr(argv[i + 1], '.');
				return mod ? mod + 1 : argv[i + 1];
			}
			if (!strcmp(argv[i], "-c") || !strcmp(argv[i], "-e"))
				return prog; /* inline code: no script */
			if (!strcmp(argv[i], "--"))
				break;
			if (takes_value(in, argv[i]))
				i++;
		}
		if (i < argc && !strcmp(argv[i], "--"))
			i++;
		/* env's NAME=value words come before the program. */
		while (i < argc && strchr(argv[i], '=') && is_assignment(argv[i]))
			i++;
		if (i >= argc)
			return prog;
	}
	return argc ? argv[0] : "stage";
}

char *dry_cmd_stage_name(int argc, char *const argv[])
{
	const char *src = base_name(name_source(argc, argv));
	const char *dot = strrchr(src, '.');
	size_t n = dot && dot != src ? (size_t)(dot - src) : strlen(src);
	struct dry_buf b = DRY_BUF_INIT;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)src[i];
		bool ok = c >= 0x80 || c == '_' || c == '-' || (c >= 'a' && c <= 'z') ||
			  (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
		dry_buf_addc(&b, ok ? (char)c : '_');
	}
	if (!b.len)
		dry_buf_adds(&b, "stage");
	char *name = dry_buf_steal(&b, NULL);
	if (!name)
		errno = ENOMEM;
	return name;
}

/* dry_yaml — see dry_yaml.h. */
#include "dry_yaml.h"

#include <errno.h>
#include <inttypes.h>
#include <pthread.h>
#include <regex.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dry_utf8.h"

/* ruamel.yaml's YAML 1.2 implicit resolvers (resolver.py), as POSIX EREs.
 * A resolver is tried only when the scalar starts with one of its first
 * characters ("" stands for the empty scalar). */
static const struct {
	const char *first;
	const char *regex;
} resolvers[] = {
	{ "tTfF", "^(true|True|TRUE|false|False|FALSE)$" },
	{ "-+0123456789.",
	  "^([-+]?[0-9][0-9_]*\\.[0-9_]*([eE][-+]?[0-9]+)?"
	  "|[-+]?[0-9][0-9_]*[eE][-+]?[0-9]+"
	  "|[-+]?\\.[0-9_]+([eE][-+][0-9]+)?"
	  "|[-+]?\\.(inf|Inf|INF)"
	  "|\\.(nan|NaN|NAN))$" },
	{ "-+0123456789",
	  "^([-+]?0b[0-1_]+|[-+]?0o?[0-7_]+|[-+]?[0-9_]+|[-+]?0x[0-9a-fA-F_]+)$" },
	{ "<", "^<<$" },
	{ "~nN", "^(~|null|Null|NULL)$" },
	{ "0123456789",
	  "^([0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"
	  "|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?"
	  "([Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](\\.[0-9]*)?"
	  "([ \t]*(Z|[-+][0-9][0-9]?(:[0-9][0-9])?))?)$" },
	{ "=", "^=$" },
	{ "!&*", "^(!|&|\\*)$" },
};

#define NRESOLVERS (sizeof(resolvers) / sizeof(resolvers[0]))

static regex_t compiled[NRESOLVERS];
static bool compiled_ok;
static pthread_once_t compile_once = PTHREAD_ONCE_INIT;

static void compile_resolvers(void)
{
	compiled_ok = true;
	for (size_t i = 0; i < NRESOLVERS; i++)
		if (regcomp(&compiled[i], resolvers[i].regex, REG_EXTENDED | REG_NOSUB))
			compiled_ok = false;
}

bool dry_yaml_plain_is_string(const char *s)
{
	if (!*s)
		return false; /* the empty plain scalar is null */
	pthread_once(&compile_once, compile_resolvers);
	if (!compiled_ok)
		return false; /* cannot tell: quoting is always safe */
	for (size_t i = 0; i < NRESOLVERS; i++)
		if (strchr(resolvers[i].first, s[0]) && !regexec(&compiled[i], s, 0, NULL, 0))
			return false;
	return true;
}

/* --- scalar analysis (ruamel emitter.py analyze_scalar) ---------------- */

struct analysis {
	bool empty, multiline, allow_plain, allow_single;
	bool other_breaks; /* U+0085, U+2028, U+2029 */
	bool has_quote, has_newline;
};

static bool is_break(uint32_t c)
{
	return c == '\n' || c == 0x85 || c == 0x2028 || c == 0x2029;
}

static bool is_ws_or_break(uint32_t c)
{
	return c == 0 || c == ' ' || c == '\t' || c == '\r' || is_break(c);
}

/* Printable for ruamel with allow_unicode: no escape needed. */
static bool is_printable(uint32_t c)
{
	if (c == '\n' || (c >= 0x20 && c <= 0x7E))
		return true;
	return c != 0xFEFF && (c == 0x85 || (c >= 0xA0 && c <= 0xD7FF) ||
			       (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF));
}

static uint32_t *decode(const char *s, size_t *ret_n)
{
	size_t len = strlen(s), n = 0;
	uint32_t *cps = malloc((len + 1) * sizeof(*cps));
	if (!cps)
		return NULL;
	for (size_t i = 0; i < len;)
		i += dry_utf8_decode((const unsigned char *)s + i, len - i, &cps[n++]);
	*ret_n = n;
	return cps;
}

static void analyze(const uint32_t *c, size_t n, struct analysis *a)
{
	bool block_ind = false, line_breaks = false, special = false;
	bool leading_space = false, leading_break = false, trailing_space = false;
	bool trailing_break = false, break_space = false, space_break = false;
	bool prev_space = false, prev_break = false;
	bool preceded_ws = true;
	bool followed_ws = n == 1 || (n > 1 && is_ws_or_break(c[1]));

	memset(a, 0, sizeof(*a));
	if (n == 0) {
		a->empty = true;
		a->allow_plain = a->allow_single = true;
		return;
	}
	if (n >= 3 && ((c[0] == '-' && c[1] == '-' && c[2] == '-') ||
		       (c[0] == '.' && c[1] == '.' && c[2] == '.')))
		block_ind = true;
	for (size_t i = 0; i < n; i++) {
		uint32_t ch = c[i];
		if (i == 0) {
			if (ch < 0x80 && strchr("#,[]{}&*!|>'\"%@`", (int)ch))
				block_ind = true;
			if ((ch == '?' || ch == ':') && followed_ws)
				block_ind = true;
			if (ch == '-' && followed_ws)
				block_ind = true;
		} else {
			if (ch == ':' && followed_ws)
				block_ind = true;
			if (ch == '#' && preceded_ws)
				block_ind = true;
		}
		if (is_break(ch))
			line_breaks = true;
		if (ch == 0x85 || ch == 0x2028 || ch == 0x2029)
			a->other_breaks = true;
		if (ch == '\'')
			a->has_quote = true;
		if (ch == '\n')
			a->has_newline = true;
		if (!is_printable(ch))
			special = true;
		if (ch == ' ') {
			leading_space |= i == 0;
			trailing_space |= i == n - 1;
			break_space |= prev_break;
			prev_space = true;
			prev_break = false;
		} else if (is_break(ch)) {
			leading_break |= i == 0;
			trailing_break |= i == n - 1;
			space_break |= prev_space;
			prev_space = false;
			prev_break = true;
		} else {
			prev_space = prev_break = false;
		}
		preceded_ws = is_ws_or_break(ch);
		followed_ws = i + 2 >= n || is_ws_or_break(c[i + 2]);
	}
	a->multiline = line_breaks;
	a->allow_plain = !(leading_space || leading_break || trailing_space || trailing_break ||
			   break_space || special || space_break || line_breaks || block_ind);
	a->allow_single = !(break_space || special || space_break);
}

/* --- writing ------------------------------------------------------------ */

/* ruamel's ESCAPE_REPLACEMENTS for double-quoted scalars. */
static const struct {
	uint32_t c;
	char esc;
} escapes[] = {
	{ 0, '0' }, { 0x07, 'a' }, { 0x08, 'b' }, { 0x09, 't' }, { 0x0A, 'n' },
	{ 0x0B, 'v' }, { 0x0C, 'f' }, { 0x0D, 'r' }, { 0x1B, 'e' }, { '"', '"' },
	{ '\\', '\\' }, { 0x85, 'N' }, { 0xA0, '_' }, { 0x2028, 'L' }, { 0x2029, 'P' },
};

static void add_utf8(struct dry_buf *out, uint32_t c)
{
	char b[4];
	size_t n;
	if (c < 0x80) {
		b[0] = (char)c;
		n = 1;
	} else if (c < 0x800) {
		b[0] = (char)(0xC0 | c >> 6);
		b[1] = (char)(0x80 | (c & 0x3F));
		n = 2;
	} else if (c < 0x10000) {
		b[0] = (char)(0xE0 | c >> 12);
		b[1] = (char)(0x80 | (c >> 6 & 0x3F));
		b[2] = (char)(0x80 | (c & 0x3F));
		n = 3;
	} else {
		b[0] = (char)(0xF0 | c >> 18);
		b[1] = (char)(0x80 | (c >> 12 & 0x3F));
		b[2] = (char)(0x80 | (c >> 6 & 0x3F));
		b[3] = (char)(0x80 | (c & 0x3F));
		n = 4;
	}
	dry_buf_add(out, b, n);
}

/* Whether write_double_quoted() escapes C. */
static bool needs_escape(uint32_t c)
{
	if (c == '"' || c == '\\' || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xFEFF)
		return true;
	return !((c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xD7FF) ||
		 (c >= 0xE000 && c <= 0xFFFD));
}

static void add_double_quoted(struct dry_buf *out, const uint32_t *c, size_t n)
{
	dry_buf_addc(out, '"');
	for (size_t i = 0; i < n; i++) {
		if (!needs_escape(c[i])) {
			add_utf8(out, c[i]);
			continue;
		}
		size_t k;
		for (k = 0; k < sizeof(escapes) / sizeof(escapes[0]); k++)
			if (escapes[k].c == c[i])
				break;
		if (k < sizeof(escapes) / sizeof(escapes[0]))
			dry_buf_addf(out, "\\%c", escapes[k].esc);
		else if (c[i] <= 0xFF)
			dry_buf_addf(out, "\\x%02" PRIX32, c[i]);
		else if (c[i] <= 0xFFFF)
			dry_buf_addf(out, "\\u%04" PRIX32, c[i]);
		else
			dry_buf_addf(out, "\\U%08" PRIX32, c[i]);
	}
	dry_buf_addc(out, '"');
}

static void add_single_quoted(struct dry_buf *out, const char *s)
{
	dry_buf_addc(out, '\'');
	for (; *s; s++) {
		if (*s == '\'')
			dry_buf_addc(out, '\'');
		dry_buf_addc(out, *s);
	}
	dry_buf_addc(out, '\'');
}

void dry_yaml_add_scalar(struct dry_buf *out, const char *s, bool as_key)
{
	size_t n;
	uint32_t *c = decode(s, &n);
	if (!c) {
		out->oom = true;
		return;
	}
	struct analysis a;
	analyze(c, n, &a);
	/* choose_scalar_style(), block context. */
	bool key_blocks = as_key && (a.empty || a.multiline);
	if (!key_blocks && a.allow_plain && dry_yaml_plain_is_string(s))
		dry_buf_adds(out, s);
	else if (a.has_quote || a.has_newline || a.other_breaks ||
		 !a.allow_single || (as_key && a.multiline))
		add_double_quoted(out, c, n);
	else
		add_single_quoted(out, s);
	free(c);
}

/* --- block layout -------------------------------------------------------- */

/* ruamel's MAX_SIMPLE_KEY_LENGTH: longer keys are written "? key". */
#define MAX_SIMPLE_KEY 128

static bool is_simple_key(const char *s)
{
	size_t n = 0;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		n += (*p & 0xC0) != 0x80;
		if (*p == '\n')
			return false;
	}
	return n < MAX_SIMPLE_KEY && !strstr(s, "\xc2\x85") && !strstr(s, "\xe2\x80\xa8") &&
	       !strstr(s, "\xe2\x80\xa9");
}

static void emit_map(struct dry_buf *out, const struct dry_val *m, unsigned indent, bool inline_first);
static void emit_list(struct dry_buf *out, const struct dry_val *l, unsigned indent, bool inline_first);

static bool is_collection(const struct dry_val *v)
{
	return v->kind == DRY_V_LIST || v->kind == DRY_V_MAP;
}

/* A scalar, or an empty collection in flow style, then the newline. */
static void emit_leaf(struct dry_buf *out, const struct dry_val *v)
{
	if (v->kind == DRY_V_STR)
		dry_yaml_add_scalar(out, v->s, false);
	else if (!dry_val_add_plain(out, v))
		dry_buf_adds(out, v->kind == DRY_V_LIST ? "[]" : "{}");
	dry_buf_addc(out, '\n');
}

static bool is_leaf(const struct dry_val *v)
{
	return !is_collection(v) || v->n == 0;
}

/* A block collection that starts on the current line (after "- " or ": "). */
static void emit_inline(struct dry_buf *out, const struct dry_val *v, unsigned indent)
{
	if (v->kind == DRY_V_MAP)
		emit_map(out, v, indent, true);
	else
		emit_list(out, v, indent, true);
}

static void emit_entry(struct dry_buf *out, const char *key, const struct dry_val *v,
		       unsigned indent)
{
	if (!is_simple_key(key)) {
		dry_buf_adds(out, "? ");
		dry_yaml_add_scalar(out, key, true);
		dry_buf_addc(out, '\n');
		dry_buf_addn(out, ' ', indent);
		dry_buf_adds(out, ": ");
		if (is_leaf(v))
			emit_leaf(out, v);
		else
			emit_inline(out, v, indent + 2);
		return;
	}
	dry_yaml_add_scalar(out, key, true);
	if (v->kind == DRY_V_NULL) {
		dry_buf_adds(out, ":\n"); /* ruamel writes None as nothing */
	} else if (is_leaf(v)) {
		dry_buf_adds(out, ": ");
		emit_leaf(out, v);
	} else if (v->kind == DRY_V_MAP) {
		dry_buf_adds(out, ":\n");
		emit_map(out, v, indent + 2, false);
	} else {
		dry_buf_adds(out, ":\n");
		emit_list(out, v, indent, false); /* "- " in the key's column */
	}
}

static void emit_map(struct dry_buf *out, const struct dry_val *m, unsigned indent, bool inline_first)
{
	for (size_t i = 0; i < m->n; i++) {
		if (i || !inline_first)
			dry_buf_addn(out, ' ', indent);
		emit_entry(out, m->keys[i], m->items[i], indent);
	}
}

static void emit_list(struct dry_buf *out, const struct dry_val *l, unsigned indent, bool inline_first)
{
	for (size_t i = 0; i < l->n; i++) {
		if (i || !inline_first)
			dry_buf_addn(out, ' ', indent);
		dry_buf_adds(out, "- ");
		if (is_leaf(l->items[i]))
			emit_leaf(out, l->items[i]);
		else
			emit_inline(out, l->items[i], indent + 2);
	}
}

int dry_yaml_emit(struct dry_buf *out, const struct dry_val *map, unsigned indent)
{
	int err = dry_val_error(map);
	if (err)
		return err;
	if (map->kind != DRY_V_MAP)
		return -EINVAL;
	emit_map(out, map, indent, false);
	return dry_buf_error(out);
}

/* show_print — the print helpers of show_decode.h: text as strace prints
 * it, or the same values as JSON (show_json.c). */
#include "show_internal.h"
#include "xlat.h"

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#define AT_FDCWD_VALUE (-100)

/* ---- The call ---------------------------------------------------------- */

int show_entering(const show_call *c) { return !c->exiting; }
int show_exiting(const show_call *c) { return c->exiting; }
const struct replay_call *show_raw(const show_call *c) { return c->call; }
const replay_thread *show_thread(const show_call *c) { return c->thread; }
uint64_t show_arg(const show_call *c, unsigned i) { return i < 6 ? c->call->args[i] : 0; }
int64_t show_retval(const show_call *c) { return c->call->ret; }
int show_errno(const show_call *c) { return c->call->err; }
int show_verbose(const show_call *c) { return c->o->verbose; }
unsigned show_strsize(const show_call *c) { return c->o->strsize; }
int show_xflag(const show_call *c) { return c->o->xflag; }
int show_yflag(const show_call *c) { return c->o->yflag; }

/* ---- Text and structure ------------------------------------------------ */

static void put(show_call *c, const char *s, size_t n)
{
	if (c->js)
		js_text(c->js, s, n);
	else
		sbuf_put_inline(c->out, s, n);
}

void show_puts(show_call *c, const char *s)
{
	put(c, s, strlen(s));
}

void show_putc(show_call *c, char ch)
{
	put(c, &ch, 1);
}

void show_printf(show_call *c, const char *fmt, ...)
{
	char tmp[512];
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
	va_end(ap);
	if (n > 0)
		put(c, tmp, (size_t)n < sizeof tmp ? (size_t)n : sizeof tmp - 1);
}

/* A typed value: its text, and in JSON its JSON form. */
static void value(show_call *c, const char *json, const char *text, size_t tn)
{
	if (c->js)
		js_value(c->js, json, strlen(json), text, tn);
	else
		sbuf_put_inline(c->out, text, tn);
}

static void structural(show_call *c, const char *text, size_t n, void (*js)(struct jsbuild *))
{
	if (c->js)
		js(c->js);
	else
		sbuf_put_inline(c->out, text, n);
}

static void js_begin_struct(struct jsbuild *j) { js_begin(j, JS_STRUCT); }
void show_array_sep(show_call *c, const char *sep) { structural(c, sep, strlen(sep), js_next); }
static void js_begin_array(struct jsbuild *j) { js_begin(j, JS_ARRAY); }

void show_arg_next(show_call *c) { structural(c, ", ", 2, js_next); }
void show_struct_begin(show_call *c) { structural(c, "{", 1, js_begin_struct); }
void show_struct_next(show_call *c) { structural(c, ", ", 2, js_next); }
void show_struct_end(show_call *c) { structural(c, "}", 1, js_end); }
void show_array_begin(show_call *c) { structural(c, "[", 1, js_begin_array); }
void show_array_next(show_call *c) { structural(c, ", ", 2, js_next); }
void show_array_end(show_call *c) { structural(c, "]", 1, js_end); }

void show_index_begin(show_call *c) { structural(c, "[", 1, js_begin_struct); }
void show_index_end(show_call *c) { structural(c, "]", 1, js_end); }

void show_index(show_call *c, const char *name)
{
	if (c->js) {
		js_field(c->js, name);
		return;
	}
	sbuf_putc(c->out, '[');
	sbuf_puts(c->out, name);
	sbuf_put(c->out, "]=", 2);
}

void show_field_json(show_call *c, const char *name)
{
	if (c->js)
		js_field(c->js, name);
}

void show_field(show_call *c, const char *name)
{
	if (c->js) {
		js_field(c->js, name);
		return;
	}
	sbuf_puts(c->out, name);
	sbuf_putc(c->out, '=');
}

void show_more(show_call *c)
{
	if (c->js)
		js_more(c->js);
	else
		sbuf_put_inline(c->out, "...", 3);
}

void show_changed(show_call *c)
{
	if (c->js)
		js_part(c->js);
	else
		sbuf_put_inline(c->out, " => ", 4);
}

/* ---- Notes after the return value -------------------------------------- */

void show_note_begin(show_call *c)
{
	c->note_items = 0;
	if (c->js)
		js_note_begin(c->js);
	else
		sbuf_put(c->out, " (", 2);
}

void show_note_item(show_call *c, const char *key, const char *label)
{
	if (c->js) {
		js_field(c->js, key);
	} else {
		if (c->note_items)
			sbuf_put(c->out, ", ", 2);
		sbuf_puts(c->out, label);
	}
	c->note_items++;
}

void show_note_word(show_call *c, const char *key, const char *word)
{
	show_note_item(c, key, word);
	if (c->js)
		js_value(c->js, "true", 4, word, strlen(word));
}

void show_note_end(show_call *c)
{
	if (c->js)
		js_end(c->js);
	else
		sbuf_putc(c->out, ')');
}

void show_comment(show_call *c, const char *fmt, ...)
{
	if (c->js)
		return; /* comments are strace's annotations, not values */
	char tmp[512];
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	sbuf_put(c->out, " /* ", 4);
	sbuf_put(c->out, tmp, (size_t)n < sizeof tmp ? (size_t)n : sizeof tmp - 1);
	sbuf_put(c->out, " */", 3);
}

/* ---- Values -------------------------------------------------------------- */

/* Decimal conversion without printf: the hot path of every line. */
static size_t fmt_u64(char *buf, uint64_t v)
{
	char tmp[24];
	size_t n = 0;
	do {
		tmp[n++] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	for (size_t i = 0; i < n; i++)
		buf[i] = tmp[n - 1 - i];
	buf[n] = '\0';
	return n;
}

static size_t fmt_i64(char *buf, int64_t v)
{
	if (v < 0) {
		buf[0] = '-';
		return 1 + fmt_u64(buf + 1, (uint64_t)0 - (uint64_t)v);
	}
	return fmt_u64(buf, (uint64_t)v);
}

static size_t fmt_hex(char *buf, uint64_t v)
{
	static const char digits[] = "0123456789abcdef";
	if (!v) {
		buf[0] = '0';
		buf[1] = '\0';
		return 1;
	}
	char tmp[20];
	size_t n = 0;
	while (v) {
		tmp[n++] = digits[v & 15];
		v >>= 4;
	}
	buf[0] = '0';
	buf[1] = 'x';
	for (size_t i = 0; i < n; i++)
		buf[2 + i] = tmp[n - 1 - i];
	buf[2 + n] = '\0';
	return 2 + n;
}

void show_int(show_call *c, int64_t v)
{
	char b[24];
	size_t n = fmt_i64(b, v);
	value(c, b, b, n);
}

void show_uint(show_call *c, uint64_t v)
{
	char b[24];
	size_t n = fmt_u64(b, v);
	value(c, b, b, n);
}

/* A value whose JSON form is its text as a string (hex, octal, names). */
static void value_str(show_call *c, const char *text, size_t n)
{
	if (!c->js) {
		sbuf_put_inline(c->out, text, n);
		return;
	}
	struct sbuf q = { 0 };
	js_string(&q, text, n);
	js_value(c->js, q.p ? q.p : "\"\"", q.p ? q.len : 2, text, n);
	sbuf_free(&q);
}

void show_uint_as(show_call *c, uint64_t v, const char *text)
{
	char b[24];
	value(c, c->js ? (fmt_u64(b, v), b) : "", text, strlen(text));
}

void show_str_as(show_call *c, const char *s, const char *text)
{
	if (!c->js) {
		sbuf_puts(c->out, text);
		return;
	}
	struct sbuf q = { 0 };
	js_string(&q, s, strlen(s));
	if (!q.oom)
		js_value(c->js, q.p, q.len, text, strlen(text));
	sbuf_free(&q);
}

/* Hex is strace's presentation of a number: JSON gets the number. */
void show_hex(show_call *c, uint64_t v)
{
	char b[24];
	size_t n = fmt_hex(b, v);
	if (!c->js) {
		sbuf_put_inline(c->out, b, n);
		return;
	}
	char d[24];
	js_value(c->js, d, fmt_u64(d, v), b, n);
}

void show_hexaddr(show_call *c, uint64_t v)
{
	char b[24];
	size_t n = fmt_hex(b, v);
	if (c->js && !v)
		value(c, "null", b, n);
	else
		value_str(c, b, n);
}

void show_oct(show_call *c, uint64_t v)
{
	char b[32];
	int n = snprintf(b, sizeof b, "%#03" PRIo64, v);
	value_str(c, b, (size_t)n);
}

void show_addr(show_call *c, uint64_t v)
{
	if (!v) {
		value(c, "null", "NULL", 4);
		return;
	}
	char b[24];
	value_str(c, b, fmt_hex(b, v));
}

static int is_print(unsigned char ch);
static int quote_into(struct sbuf *b, const unsigned char *s, size_t n, int xflag, int nul_term,
		      const char *escape);

static int plain_path(const char *p, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char ch = (unsigned char)p[i];
		if (!is_print(ch) || ch == '<' || ch == '>' || ch == '"' || ch == '\\')
			return 0;
	}
	return 1;
}

/* strace 6.1's printfd(): the link text quoted without the quotes, '<' and
 * '>' escaped too (print_quoted_string_ex(..., "<>")), and a file that is
 * gone printed as `</path>(deleted)`, the kernel's " (deleted)" moved out. */
static void put_fd_path(show_call *c, const char *p)
{
	static const char deleted[] = " (deleted)";
	size_t n = strlen(p), dn = sizeof deleted - 1;
	int gone = n > dn && !memcmp(p + n - dn, deleted, dn);
	if (gone)
		n -= dn;
	sbuf_putc(c->out, '<');
	if (plain_path(p, n) && c->o->xflag < 2)
		sbuf_put(c->out, p, n);
	else
		quote_into(c->out, (const unsigned char *)p, n, c->o->xflag, 0, "<>");
	sbuf_putc(c->out, '>');
	if (gone)
		sbuf_put(c->out, "(deleted)", 9);
}

/* -y: the fd's target after the number, `3</etc/passwd>`. */
static void fd_path(show_call *c, int64_t fd)
{
	struct replay_fd e;
	if (!c->o->yflag || c->js || !c->thread || replay_fd_get(c->thread, (int)fd, &e) < 0 || !e.path)
		return;
	/* an O_NOFOLLOW open that succeeded is of the last component itself */
	int follow = e.flags == -1 || !(e.flags & O_NOFOLLOW);
	put_fd_path(c, show_real_path(c->pr, e.path, follow));
}

void show_fd(show_call *c, int64_t fd)
{
	show_int(c, (int)fd);
	if (fd >= 0)
		fd_path(c, fd);
}

void show_dirfd(show_call *c, int64_t fd)
{
	if ((int)fd == AT_FDCWD_VALUE) {
		value_str(c, "AT_FDCWD", 8);
		/* -y: strace shows the cwd the name is relative to */
		const char *cwd = c->o->yflag && !c->js && c->thread ? replay_thread_cwd(c->thread) : NULL;
		if (cwd)
			put_fd_path(c, show_real_path(c->pr, cwd, 1));
	} else
		show_fd(c, fd);
}

/* The length of TEXT without strace's trailing comment (" /" "* O_??? *" "/"):
 * annotations, not values. */
static size_t uncommented(const char *text, size_t n)
{
	for (size_t i = 0; i + 3 < n; i++)
		if (text[i] == ' ' && text[i + 1] == '/' && text[i + 2] == '*')
			return i;
	return n;
}

/* Flags in JSON: the list of names ("O_RDONLY|O_CLOEXEC" split at '|');
 * no flag at all ("0") is the empty list. Unnamed bits stay "0x..." names. */
static void flags_value(show_call *c, const char *text, size_t n)
{
	if (!c->js) {
		sbuf_put_inline(c->out, text, n);
		return;
	}
	size_t m = uncommented(text, n);
	char q[XLAT_BUFSZ * 2 + 8];
	size_t k = 0;
	q[k++] = '[';
	if (!(m == 1 && text[0] == '0')) {
		for (size_t i = 0, start = 0; i <= m && k + 8 < sizeof q; i++) {
			if (i < m && text[i] != '|')
				continue;
			if (start)
				q[k++] = ',';
			q[k++] = '"';
			for (size_t j = start; j < i && k + 8 < sizeof q; j++)
				if (text[j] != '"' && text[j] != '\\' && (unsigned char)text[j] >= 0x20)
					q[k++] = text[j]; /* names are plain ASCII */
			q[k++] = '"';
			start = i + 1;
		}
	}
	q[k++] = ']';
	js_value(c->js, q, k, text, n);
}

/* An enum in JSON: the name as a string, an unnamed value ("0x7 /" "* SEEK_??? *" "/",
 * "-3") as the number. */
static void enum_value(show_call *c, const char *text, size_t n)
{
	if (!c->js) {
		sbuf_put_inline(c->out, text, n);
		return;
	}
	size_t m = uncommented(text, n);
	if (memchr(text, '|', m)) { /* a name made of names (FUTEX_WAIT|FUTEX_CLOCK_REALTIME) */
		flags_value(c, text, n);
		return;
	}
	const char *p = text;
	int neg = m && *p == '-';
	p += neg;
	size_t left = m - (size_t)neg;
	uint64_t v = 0;
	int digits = 0;
	if (left > 2 && p[0] == '0' && p[1] == 'x') {
		for (size_t i = 2; i < left; i++, digits++) {
			char ch = p[i];
			int d = ch >= '0' && ch <= '9' ? ch - '0' : ch >= 'a' && ch <= 'f' ? ch - 'a' + 10 : -1;
			if (d < 0)
				break;
			v = v << 4 | (unsigned)d;
		}
		digits = digits == (int)left - 2 ? digits : 0;
	} else {
		for (size_t i = 0; i < left && p[i] >= '0' && p[i] <= '9'; i++, digits++)
			v = v * 10 + (unsigned)(p[i] - '0');
		digits = digits == (int)left ? digits : 0;
	}
	if (!digits) {
		value_str(c, text, m);
		return;
	}
	char d[24];
	size_t dn = neg ? fmt_i64(d, -(int64_t)v) : fmt_u64(d, v);
	js_value(c->js, d, dn, text, m);
}

void show_flags(show_call *c, const struct xlat *x, uint64_t v, const char *dflt)
{
	char b[XLAT_BUFSZ];
	size_t n = xlat_format_flags(b, sizeof b, x, v, dflt);
	flags_value(c, b, n < sizeof b ? n : sizeof b - 1);
}

void show_flags_text(show_call *c, const char *text)
{
	flags_value(c, text, strlen(text));
}

void show_enum_text(show_call *c, const char *text)
{
	enum_value(c, text, strlen(text));
}

void show_enum(show_call *c, const struct xlat *x, uint64_t v, const char *dflt)
{
	char b[XLAT_BUFSZ];
	size_t n = xlat_format_enum(b, sizeof b, x, v, dflt, XLAT_FMT_X);
	enum_value(c, b, n < sizeof b ? n : sizeof b - 1);
}

void show_signame(show_call *c, int sig)
{
	char b[64];
	size_t n = xlat_format_signame(b, sizeof b, sig);
	enum_value(c, b, n < sizeof b ? n : sizeof b - 1);
}

/* JSON: the signals of the set, by name, in number order; strace's
 * complement form (~[KILL STOP]) is a presentation and is expanded. */
void show_sigset(show_call *c, const void *mask, size_t bytes)
{
	if (!c->js) {
		char b[XLAT_BUFSZ];
		size_t n = xlat_format_sigset(b, sizeof b, mask, bytes);
		sbuf_put(c->out, b, n < sizeof b ? n : sizeof b - 1);
		return;
	}
	char b[XLAT_BUFSZ];
	size_t bn = xlat_format_sigset(b, sizeof b, mask, bytes);
	uint8_t m[8] = { 0 };
	memcpy(m, mask, bytes < sizeof m ? bytes : sizeof m);
	struct sbuf q = { 0 };
	sbuf_reserve(&q, 64 * 12 + 2);
	sbuf_putc(&q, '[');
	for (int sig = 1; sig <= 64; sig++) {
		if (!(m[(sig - 1) / 8] & (1u << ((sig - 1) % 8))))
			continue;
		char name[32];
		size_t n = xlat_format_signame(name, sizeof name, sig);
		if (q.len > 1)
			sbuf_putc(&q, ',');
		js_string(&q, name, n < sizeof name ? n : sizeof name - 1);
	}
	sbuf_putc(&q, ']');
	if (!q.oom)
		js_value(c->js, q.p, q.len, b, bn < sizeof b ? bn : sizeof b - 1);
	sbuf_free(&q);
}

void show_errname(show_call *c, int err)
{
	const char *s = xlat_errno_name(err);
	if (s)
		value_str(c, s, strlen(s));
	else
		show_int(c, err);
}

/* ---- Strings --------------------------------------------------------------- */

static int is_print(unsigned char ch)
{
	return ch >= ' ' && ch < 0x7f;
}

/* -x: the whole string in hex when any byte is neither printable nor
 * one of "\t\n\v\f\r" (strace's HEXSTR_NON_ASCII). */
static int wants_hex(const unsigned char *s, size_t n, int xflag, int nul_term)
{
	if (xflag >= 2 || xflag < 0)
		return 1;
	if (xflag != 1)
		return 0;
	for (size_t i = 0; i < n; i++) {
		if (nul_term && !s[i])
			return 0;
		if (s[i] > 0x7e || (s[i] < ' ' && (unsigned)(s[i] - 9) >= 5))
			return 1;
	}
	return 0;
}

/* One byte as strace's string_quote() escapes it; NEXT is the byte after
 * it within the printed part, or -1 (an octal escape is cut short only
 * when no digit follows). ESCAPE: more bytes printed in octal (strace's
 * escape_chars, "<>" in -y paths), or NULL. */
static void quote_byte(struct sbuf *b, unsigned char ch, int next, const char *escape)
{
	static const char esc[256] = { ['"'] = '"', ['\\'] = '\\', ['\f'] = 'f', ['\n'] = 'n',
				       ['\r'] = 'r', ['\t'] = 't', ['\v'] = 'v' };
	if (esc[ch]) {
		char e[2] = { '\\', esc[ch] };
		sbuf_put_inline(b, e, 2);
		return;
	}
	if (is_print(ch) && !(escape && strchr(escape, ch))) {
		sbuf_putc(b, (char)ch);
		return;
	}
	char e[4];
	size_t n = 0;
	e[n++] = '\\';
	if (next >= '0' && next <= '7') {
		e[n++] = (char)('0' + (ch >> 6));
		e[n++] = (char)('0' + ((ch >> 3) & 7));
	} else if (ch >> 3) {
		if (ch >> 6)
			e[n++] = (char)('0' + (ch >> 6));
		e[n++] = (char)('0' + ((ch >> 3) & 7));
	}
	e[n++] = (char)('0' + (ch & 7));
	sbuf_put_inline(b, e, n);
}

/* Quotes S[0..N) into B; returns 1 when a NUL ended it (NUL_TERM). */
static int quote_into(struct sbuf *b, const unsigned char *s, size_t n, int xflag, int nul_term,
		      const char *escape)
{
	static const char hexd[] = "0123456789abcdef";
	int hex = wants_hex(s, n, xflag, nul_term);
	sbuf_reserve(b, n * 4 + 8);
	for (size_t i = 0; i < n; i++) {
		if (nul_term && !s[i])
			return 1;
		if (hex) {
			char e[4] = { '\\', 'x', hexd[s[i] >> 4], hexd[s[i] & 15] };
			sbuf_put_inline(b, e, 4);
		} else {
			quote_byte(b, s[i], i + 1 < n ? s[i + 1] : -1, escape);
		}
	}
	return 0;
}

void show_quoted(show_call *c, const void *data, size_t len, unsigned style)
{
	const unsigned char *s = data;
	size_t n = len;
	int ellipsis = (style & SHOW_Q_ELLIPSIS) != 0;
	if (!(style & SHOW_Q_NO_TRUNC) && n > c->o->strsize) {
		n = c->o->strsize;
		ellipsis = 1;
	}
	if (c->js) {
		size_t m = n;
		if (style & SHOW_Q_NUL_TERM)
			m = strnlen((const char *)s, n);
		struct sbuf q = { 0 };
		js_string(&q, (const char *)s, m);
		js_value(c->js, q.p, q.len, (const char *)s, m);
		sbuf_free(&q);
		return;
	}
	int quotes = !(style & SHOW_Q_NO_QUOTES);
	if (quotes)
		sbuf_putc(c->out, '"');
	int ended = quote_into(c->out, s, n, style & SHOW_Q_HEX ? -1 : c->o->xflag,
			       (style & SHOW_Q_NUL_TERM) != 0, NULL);
	if (quotes)
		sbuf_putc(c->out, '"');
	if (ellipsis && !ended)
		sbuf_put(c->out, "...", 3);
}

const struct replay_blob *show_blob(const show_call *c, unsigned arg, unsigned index, int at_exit)
{
	const struct replay_blob *b = replay_call_blob(c->call, at_exit, arg, index);
	/* strace reads with process_vm_readv only and shows the address of what
	 * it refuses (PROT_NONE); the recorder's PEEKDATA bytes are not shown. */
	return b && b->peeked ? NULL : b;
}

/* A string argument: the recorder stores the bytes before the NUL, and a
 * full_len beyond them when the string went on past its limit. */
static void string_arg(show_call *c, unsigned arg, unsigned style)
{
	uint64_t addr = show_arg(c, arg);
	const struct replay_blob *b = show_blob(c, arg, 0, 0);
	if (!addr || !b || b->read_errno) {
		show_addr(c, addr);
		return;
	}
	if (b->full_len > b->len)
		style |= SHOW_Q_ELLIPSIS;
	show_quoted(c, b->data ? b->data : (const uint8_t *)"", b->len, style);
}

void show_path(show_call *c, unsigned arg)
{
	string_arg(c, arg, SHOW_Q_NO_TRUNC);
}

void show_str(show_call *c, unsigned arg)
{
	string_arg(c, arg, 0);
}

void show_buf(show_call *c, unsigned arg, int at_exit, uint64_t len)
{
	uint64_t addr = show_arg(c, arg);
	if (!addr) {
		show_addr(c, addr);
		return;
	}
	if (len == 0) { /* strace reads nothing and prints "" */
		show_quoted(c, "", 0, 0);
		return;
	}
	const struct replay_blob *b = show_blob(c, arg, 0, at_exit);
	if (!b || b->read_errno || (!b->len && b->full_len == 0)) {
		show_addr(c, addr);
		return;
	}
	size_t n = b->len < len ? b->len : (size_t)len;
	/* Fewer bytes captured than shown (the recorder's -s): say more exist. */
	unsigned style = n < len && n < c->o->strsize ? SHOW_Q_ELLIPSIS : 0;
	show_quoted(c, b->data ? b->data : (const uint8_t *)"", n, style);
}

int show_fetch(const show_call *c, unsigned arg, unsigned index, int at_exit, void *out, size_t size)
{
	const struct replay_blob *b = show_blob(c, arg, index, at_exit);
	if (!b || b->read_errno || b->len < size || !b->data)
		return -ENODATA;
	memcpy(out, b->data, size);
	return 0;
}

int show_fetch_or_addr(show_call *c, unsigned arg, unsigned index, int at_exit, void *out, size_t size)
{
	int rc = show_fetch(c, arg, index, at_exit, out, size);
	if (rc < 0)
		show_addr(c, show_arg(c, arg));
	return rc;
}

void show_array(show_call *c, const void *data, size_t nmemb, size_t elem,
		show_elem_fn fn, void *opaque)
{
	const unsigned char *p = data;
	show_array_begin(c);
	for (size_t i = 0; i < nmemb; i++) {
		if (i)
			show_array_next(c);
		if (!c->o->verbose && i >= c->o->strsize) {
			show_more(c);
			break;
		}
		fn(c, p + i * elem, opaque);
	}
	show_array_end(c);
}

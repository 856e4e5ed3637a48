/* show_json — the JSON value builder behind --json (show_internal.h).
 *
 * Decoders print strace's text through show_decode.h; in JSON mode the same
 * calls build values: containers from struct_begin/array_begin, one slot
 * per argument, field or element, typed values as JSON numbers, strings or
 * lists, and free text as strings. A slot that received more than one
 * value (`[4096 => 16]` printed piecewise, a struct followed by `=> {...}`)
 * becomes an array of its parts, so the line is always valid JSON. */
#include "show_internal.h"

#include <string.h>

void js_string(struct sbuf *b, const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	sbuf_putc(b, '"');
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '"' || c == '\\') {
			char e[2] = { '\\', (char)c };
			sbuf_put(b, e, 2);
		} else if (c >= 0x20 && c < 0x7f) {
			sbuf_putc(b, (char)c);
		} else if (c == '\n') {
			sbuf_put(b, "\\n", 2);
		} else if (c == '\t') {
			sbuf_put(b, "\\t", 2);
		} else {
			/* Bytes are not text: each byte above 0x7e is the code
			 * point of the same number (Latin-1), so any buffer
			 * makes valid JSON and round-trips. */
			char e[6] = { '\\', 'u', '0', '0', hex[c >> 4], hex[c & 15] };
			sbuf_put(b, e, 6);
		}
	}
	sbuf_putc(b, '"');
}

/* Appends S to an open JSON string without its quotes. */
static void js_string_body(struct sbuf *b, const char *s, size_t n)
{
	size_t at = b->len;
	js_string(b, s, n);
	/* drop the quotes js_string added */
	memmove(b->p + at, b->p + at + 1, b->len - at - 2);
	b->len -= 2;
}

void js_reset(struct jsbuild *j)
{
	j->out.len = 0;
	j->depth = 0;
	j->overflow = 0;
	j->has_note = 0;
	memset(&j->ctx[0], 0, sizeof j->ctx[0]);
	j->ctx[0].type = JS_ARGS;
}

static struct js_ctx *cur(struct jsbuild *j)
{
	return &j->ctx[j->depth];
}

static void close_text(struct jsbuild *j)
{
	struct js_ctx *c = cur(j);
	if (c->text_open) {
		sbuf_putc(&j->out, '"');
		c->text_open = 0;
	}
}

static void open_slot(struct jsbuild *j)
{
	struct js_ctx *c = cur(j);
	if (c->slot_open)
		return;
	if (c->nslots)
		sbuf_putc(&j->out, ',');
	if (c->type == JS_STRUCT) /* a value in a struct without a field name */
		sbuf_puts(&j->out, "\"value\":");
	c->slot_open = 1;
	c->slot_start = j->out.len;
	c->parts = 0;
}

/* Called before each new part of the current slot. */
static void begin_part(struct jsbuild *j)
{
	open_slot(j);
	struct js_ctx *c = cur(j);
	if (c->parts == 1) {
		sbuf_insert(&j->out, c->slot_start, "[", 1);
		sbuf_putc(&j->out, ',');
	} else if (c->parts > 1) {
		sbuf_putc(&j->out, ',');
	}
	c->parts++;
}

static void close_slot(struct jsbuild *j)
{
	struct js_ctx *c = cur(j);
	close_text(j);
	if (!c->slot_open)
		return;
	if (c->parts == 0)
		sbuf_puts(&j->out, "null");
	else if (c->parts > 1)
		sbuf_putc(&j->out, ']');
	c->slot_open = 0;
	c->nslots++;
}

void js_text(struct jsbuild *j, const char *s, size_t n)
{
	if (!n)
		return;
	struct js_ctx *c = cur(j);
	if (!c->text_open) {
		begin_part(j);
		sbuf_putc(&j->out, '"');
		c->text_open = 1;
	}
	js_string_body(&j->out, s, n);
}

void js_value(struct jsbuild *j, const char *json, size_t n, const char *text, size_t tn)
{
	if (cur(j)->text_open) {
		js_text(j, text, tn);
		return;
	}
	begin_part(j);
	sbuf_put(&j->out, json, n);
}

void js_begin(struct jsbuild *j, int type)
{
	if (j->depth + 1 >= JS_DEPTH) {
		j->overflow++;
		js_text(j, type == JS_STRUCT ? "{" : "[", 1);
		return;
	}
	close_text(j);
	begin_part(j);
	sbuf_putc(&j->out, type == JS_STRUCT ? '{' : '[');
	j->depth++;
	memset(cur(j), 0, sizeof *cur(j));
	cur(j)->type = (uint8_t)type;
}

void js_next(struct jsbuild *j)
{
	if (j->overflow) {
		js_text(j, ", ", 2);
		return;
	}
	if (cur(j)->autoclose)
		js_end(j);
	close_slot(j);
}

void js_end(struct jsbuild *j)
{
	if (j->overflow) {
		j->overflow--;
		js_text(j, "]", 1); /* flattened: the text is only indicative */
		return;
	}
	if (j->depth == 0)
		return;
	close_slot(j);
	sbuf_putc(&j->out, cur(j)->type == JS_STRUCT ? '}' : ']');
	j->depth--;
}

void js_field(struct jsbuild *j, const char *name)
{
	if (!j->overflow && cur(j)->type == JS_ARGS && !cur(j)->slot_open) {
		/* strace's named argument (clone's child_stack=NULL): the
		 * argument is the object {"child_stack":null} */
		js_begin(j, JS_STRUCT);
		cur(j)->autoclose = 1;
	}
	if (j->overflow || cur(j)->type != JS_STRUCT) {
		/* a name outside a struct (strace's `[VINTR]=` in an array,
		 * a flattened level) is text, so the line stays valid */
		js_text(j, name, strlen(name));
		js_text(j, "=", 1);
		return;
	}
	close_slot(j);
	struct js_ctx *c = cur(j);
	if (c->nslots)
		sbuf_putc(&j->out, ',');
	js_string(&j->out, name, strlen(name));
	sbuf_putc(&j->out, ':');
	c->slot_open = 1;
	c->slot_start = j->out.len;
	c->parts = 0;
}

void js_more(struct jsbuild *j)
{
	struct js_ctx *c = cur(j);
	if (j->overflow || c->type != JS_STRUCT || c->slot_open) {
		js_text(j, "...", 3);
		return;
	}
	/* an abbreviated struct: {"st_mode":...,"...":true} */
	js_field(j, "...");
	begin_part(j);
	sbuf_put(&j->out, "true", 4);
	close_slot(j);
}

void js_part(struct jsbuild *j)
{
	close_text(j);
}

void js_note_begin(struct jsbuild *j)
{
	js_finish(j);
	j->note_at = j->out.len;
	j->has_note = 1;
	memset(&j->ctx[0], 0, sizeof j->ctx[0]);
	j->ctx[0].type = JS_ARGS;
	js_begin(j, JS_STRUCT);
}

void js_finish(struct jsbuild *j)
{
	while (j->overflow)
		js_end(j);
	while (j->depth > 0)
		js_end(j);
	/* the last argument: a slot left open is closed, an empty one dropped */
	struct js_ctx *c = cur(j);
	close_text(j);
	if (c->slot_open) {
		if (c->parts == 0) {
			/* an argument separator with nothing after it */
			c->slot_open = 0;
			if (c->nslots && j->out.len && j->out.p[j->out.len - 1] == ',')
				j->out.len--;
		} else {
			close_slot(j);
		}
	}
}

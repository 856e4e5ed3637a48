/*
 * show_internal — what the printer core's files share: the growable text
 * buffer, the JSON value builder, the show_call behind show_decode.h, the
 * decoder index and the per-thread printing state. Internal to analyze/show
 * (decoders use show_decode.h only).
 */
#ifndef RTRACE_SHOW_INTERNAL_H
#define RTRACE_SHOW_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "replay.h"
#include "show.h"
#include "show_decode.h"

/* A growable byte buffer; on allocation failure it stops growing and
 * remembers it (oom), so printing never fails half-way. */
struct sbuf {
	char *p;
	size_t len, cap;
	int oom;
};

void sbuf_reserve(struct sbuf *b, size_t n);
void sbuf_put(struct sbuf *b, const char *s, size_t n);
void sbuf_putc(struct sbuf *b, char c);
void sbuf_puts(struct sbuf *b, const char *s);
void sbuf_printf(struct sbuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void sbuf_insert(struct sbuf *b, size_t at, const char *s, size_t n);
void sbuf_free(struct sbuf *b);

static inline void sbuf_put_inline(struct sbuf *b, const char *s, size_t n)
{
	if (b->len + n < b->cap) {
		__builtin_memcpy(b->p + b->len, s, n);
		b->len += n;
	} else {
		sbuf_put(b, s, n);
	}
}

/* JSON: nested containers of slots; a slot holds one value or, when a
 * decoder printed several things into one argument or field, an array of
 * them. Text written with show_puts() is a string part; a typed value next
 * to open text joins the text. */
enum { JS_ARGS, JS_STRUCT, JS_ARRAY };
#define JS_DEPTH 24

struct js_ctx {
	uint8_t type;
	uint8_t slot_open;
	uint8_t text_open;
	uint8_t autoclose;  /* a struct opened by a named argument: ends with it */
	uint32_t nslots;
	uint32_t parts;
	size_t slot_start;
};

struct jsbuild {
	struct sbuf out;       /* the JSON text of the arguments array */
	struct js_ctx ctx[JS_DEPTH];
	int depth;             /* ctx[depth] is current; deeper nesting is flattened */
	int overflow;          /* containers opened beyond JS_DEPTH */
	int has_note;          /* out[note_at..] is the return value's note */
	size_t note_at;
};

void js_reset(struct jsbuild *j);
void js_text(struct jsbuild *j, const char *s, size_t n);
void js_value(struct jsbuild *j, const char *json, size_t n, const char *text, size_t tn);
void js_begin(struct jsbuild *j, int type);
void js_next(struct jsbuild *j);
void js_end(struct jsbuild *j);
void js_field(struct jsbuild *j, const char *name);
void js_more(struct jsbuild *j);        /* strace's "...": "...":true in a struct */
void js_part(struct jsbuild *j);        /* the next value is a new part of the slot */
void js_note_begin(struct jsbuild *j);  /* what follows is the return value's note */
void js_finish(struct jsbuild *j);      /* closes everything still open */
void js_string(struct sbuf *b, const char *s, size_t n); /* a quoted JSON string */

struct show_printer;
struct tstate;

struct show_call {
	struct show_printer *pr;
	const struct show_opts *o;
	const struct replay_call *call;
	const replay_thread *thread;
	struct sbuf *out;       /* text goes here */
	struct jsbuild *js;     /* non-NULL: --json */
	int exiting;
	int note_items;         /* items printed in the return value's note */
};

/* The decoder of syscall NR, or NULL for the generic form. */
const struct show_decoder *show_decoder_for(unsigned nr);

/* Names in the decoder tables that are not in the syscall table
 * (for the test suite): fills up to N of them, returns the count. */
size_t show_decoder_unknown_names(const char **names, size_t n);

/* The generic form: entry and exit parts as a decoder. */
int show_generic_decode(show_call *c);

/* Runs the decoder of the call's syscall: its function, or the generic
 * form with its argument specs, or the bare generic form. */
int show_decode_call(show_call *c);

/* -y: PATH as the kernel would name it (show_paths.h), or PATH; FOLLOW 0
 * leaves its last component (an O_NOFOLLOW open). */
const char *show_real_path(struct show_printer *pr, const char *path, int follow);

/* The return value of a completed, successful call in FORMAT. */
void show_print_ret(show_call *c, int format);

#endif

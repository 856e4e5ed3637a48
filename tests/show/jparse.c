/* jparse — strict JSON for the tests (see jparse.h). */
#include "jparse.h"

#include <stdlib.h>
#include <string.h>

struct p {
	const char *s, *start;
	const char *err;
	int depth;
};

static void *xcalloc(size_t n, size_t sz)
{
	void *p = calloc(n ? n : 1, sz);
	if (!p)
		abort();
	return p;
}

static void *xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p)
		abort();
	return p;
}

static void ws(struct p *p)
{
	while (*p->s == ' ' || *p->s == '\t' || *p->s == '\n' || *p->s == '\r')
		p->s++;
}

static struct jv *fail(struct p *p, const char *why, struct jv *v)
{
	if (!p->err)
		p->err = why;
	jv_free(v);
	return NULL;
}

static int hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* A string at p->s (the opening quote) into *RET (malloc'ed), *RLEN. */
static int string(struct p *p, char **ret, size_t *rlen)
{
	p->s++;
	size_t cap = 16, n = 0;
	char *o = xcalloc(cap, 1);
	for (;;) {
		unsigned char c = (unsigned char)*p->s;
		if (n + 8 >= cap)
			o = xrealloc(o, cap *= 2);
		if (c == '"')
			break;
		if (c == 0 || c < 0x20) {
			free(o);
			p->err = c ? "control character in a string" : "unterminated string";
			return -1;
		}
		if (c != '\\') {
			o[n++] = (char)c;
			p->s++;
			continue;
		}
		p->s++;
		c = (unsigned char)*p->s++;
		static const char from[] = "\"\\/bfnrt", to[] = "\"\\/\b\f\n\r\t";
		const char *k = c ? strchr(from, c) : NULL;
		if (k) {
			o[n++] = to[k - from];
			continue;
		}
		if (c != 'u') {
			free(o);
			p->err = "bad escape";
			return -1;
		}
		unsigned u = 0;
		for (int i = 0; i < 4; i++) {
			int h = hexval(p->s[i]);
			if (h < 0) {
				free(o);
				p->err = "bad \\u escape";
				return -1;
			}
			u = u << 4 | (unsigned)h;
		}
		p->s += 4;
		if (u < 0x100) { /* rtrace's bytes: one byte per \u00XX */
			o[n++] = (char)u;
		} else if (u < 0x800) {
			o[n++] = (char)(0xc0 | u >> 6);
			o[n++] = (char)(0x80 | (u & 0x3f));
		} else {
			o[n++] = (char)(0xe0 | u >> 12);
			o[n++] = (char)(0x80 | ((u >> 6) & 0x3f));
			o[n++] = (char)(0x80 | (u & 0x3f));
		}
	}
	p->s++;
	o[n] = '\0';
	*ret = o;
	*rlen = n;
	return 0;
}

static struct jv *value(struct p *p);

static struct jv *number(struct p *p)
{
	const char *s = p->s;
	struct jv *v = xcalloc(1, sizeof *v);
	v->type = JV_NUM;
	v->integer = 1;
	if (*s == '-')
		s++;
	if (*s == '0') {
		s++;
	} else if (*s >= '1' && *s <= '9') {
		while (*s >= '0' && *s <= '9')
			s++;
	} else {
		return fail(p, "bad number", v);
	}
	if (*s == '.') {
		v->integer = 0;
		if (!(*++s >= '0' && *s <= '9'))
			return fail(p, "bad fraction", v);
		while (*s >= '0' && *s <= '9')
			s++;
	}
	if (*s == 'e' || *s == 'E') {
		v->integer = 0;
		s++;
		if (*s == '+' || *s == '-')
			s++;
		if (!(*s >= '0' && *s <= '9'))
			return fail(p, "bad exponent", v);
		while (*s >= '0' && *s <= '9')
			s++;
	}
	v->num = strtod(p->s, NULL);
	p->s = s;
	return v;
}

static struct jv *container(struct p *p, int object)
{
	struct jv *v = xcalloc(1, sizeof *v);
	v->type = object ? JV_OBJ : JV_ARR;
	char close = object ? '}' : ']';
	if (++p->depth > 200)
		return fail(p, "nested too deep", v);
	p->s++;
	ws(p);
	if (*p->s == close) {
		p->s++;
		p->depth--;
		return v;
	}
	for (;;) {
		char *key = NULL;
		size_t klen;
		ws(p);
		if (object) {
			if (*p->s != '"' || string(p, &key, &klen) < 0)
				return fail(p, "expected a key", v);
			for (size_t i = 0; i < v->len; i++)
				if (!strcmp(v->keys[i], key)) {
					free(key);
					return fail(p, "duplicate key", v);
				}
			ws(p);
			if (*p->s++ != ':') {
				free(key);
				return fail(p, "expected ':'", v);
			}
		}
		struct jv *m = value(p);
		if (!m) {
			free(key);
			return fail(p, "bad value", v);
		}
		v->items = xrealloc(v->items, (v->len + 1) * sizeof *v->items);
		v->keys = xrealloc(v->keys, (v->len + 1) * sizeof *v->keys);
		v->items[v->len] = m;
		v->keys[v->len] = key;
		v->len++;
		ws(p);
		if (*p->s == close) {
			p->s++;
			p->depth--;
			return v;
		}
		if (*p->s++ != ',')
			return fail(p, "expected ',' or the end", v);
	}
}

static struct jv *value(struct p *p)
{
	ws(p);
	switch (*p->s) {
	case '{':
		return container(p, 1);
	case '[':
		return container(p, 0);
	case '"': {
		struct jv *v = xcalloc(1, sizeof *v);
		v->type = JV_STR;
		if (string(p, &v->str, &v->len) < 0)
			return fail(p, "bad string", v);
		return v;
	}
	default:
		break;
	}
	static const struct { const char *w; enum jv_type t; int b; } words[] = {
		{ "null", JV_NULL, 0 }, { "true", JV_BOOL, 1 }, { "false", JV_BOOL, 0 },
	};
	for (size_t i = 0; i < 3; i++) {
		size_t n = strlen(words[i].w);
		if (!strncmp(p->s, words[i].w, n)) {
			struct jv *v = xcalloc(1, sizeof *v);
			v->type = words[i].t;
			v->boolean = words[i].b;
			p->s += n;
			return v;
		}
	}
	return number(p);
}

struct jv *jv_parse(const char *text, const char **err, size_t *at)
{
	struct p p = { text, text, NULL, 0 };
	struct jv *v = value(&p);
	if (v) {
		ws(&p);
		if (*p.s)
			v = fail(&p, "text after the value", v);
	}
	if (!v) {
		*err = p.err ? p.err : "bad value";
		*at = (size_t)(p.s - p.start);
	}
	return v;
}

void jv_free(struct jv *v)
{
	if (!v)
		return;
	for (size_t i = 0; (v->type == JV_ARR || v->type == JV_OBJ) && i < v->len; i++) {
		jv_free(v->items[i]);
		if (v->keys)
			free(v->keys[i]);
	}
	free(v->items);
	free(v->keys);
	free(v->str);
	free(v);
}

const struct jv *jv_get(const struct jv *v, const char *key)
{
	if (!v || v->type != JV_OBJ)
		return NULL;
	for (size_t i = 0; i < v->len; i++)
		if (!strcmp(v->keys[i], key))
			return v->items[i];
	return NULL;
}

const struct jv *jv_at(const struct jv *v, size_t i)
{
	if (!v || v->type != JV_ARR || i >= v->len)
		return NULL;
	return v->items[i];
}

const char *jv_type_name(const struct jv *v)
{
	static const char *const names[] = { "null", "bool", "number", "string", "array", "object" };
	return v ? names[v->type] : "absent";
}

/* dry_dvcfile — see dry_dvcfile.h. */
#include "dry_dvcfile.h"

#include <errno.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <yaml.h>

#include "dry_error.h"
#include "dry_path.h"
#include "dry_yaml.h"

enum ntype { N_SCALAR, N_SEQ, N_MAP, N_ALIAS };

/* A node of the parsed file with its place in the text. */
struct node {
	enum ntype type;
	bool flow;          /* a flow collection ([...] / {...}) */
	bool null_plain;    /* an empty plain scalar: YAML null */
	char *value;        /* scalar value, alias target */
	char *anchor;
	size_t start;       /* byte offset of the node's first character */
	size_t end;         /* byte offset just past its last content character */
	size_t line;        /* 0-based line of start */
	size_t col;         /* column of start (characters) */
	struct node **kids; /* maps: key, value, key, value ... */
	size_t n, cap;
};

struct dry_dvcfile {
	enum dry_dvcfile_kind kind;
	const char *text;
	size_t len;
	struct node *root;     /* NULL for an empty stream */
	struct node *stages;   /* the value of the top-level "stages" key, or NULL */
	struct node *stages_key;
	struct node **aliases; /* every alias node, for the anchor check */
	size_t naliases, aliases_cap;
	size_t *cpos;          /* libyaml character index -> byte offset */
	size_t nchars;
};

static void set_msg(char **ret_msg, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void set_msg(char **ret_msg, const char *fmt, ...)
{
	if (!ret_msg)
		return;
	va_list ap;
	va_start(ap, fmt);
	if (vasprintf(ret_msg, fmt, ap) < 0)
		*ret_msg = NULL;
	va_end(ap);
}

static void node_free(struct node *n)
{
	if (!n)
		return;
	for (size_t i = 0; i < n->n; i++)
		node_free(n->kids[i]);
	free(n->kids);
	free(n->value);
	free(n->anchor);
	free(n);
}

void dry_dvcfile_free(struct dry_dvcfile *f)
{
	if (!f)
		return;
	node_free(f->root);
	free(f->aliases);
	free(f->cpos);
	free(f);
}

/* libyaml marks count characters (a CRLF is two) and start after a BOM. */
static int build_cpos(struct dry_dvcfile *f)
{
	size_t base = f->len >= 3 && !memcmp(f->text, "\xef\xbb\xbf", 3) ? 3 : 0;
	f->cpos = malloc((f->len - base + 1) * sizeof(*f->cpos));
	if (!f->cpos)
		return -ENOMEM;
	size_t n = 0;
	for (size_t i = base; i < f->len; i++)
		if (((unsigned char)f->text[i] & 0xC0) != 0x80)
			f->cpos[n++] = i;
	f->cpos[n] = f->len;
	f->nchars = n;
	return 0;
}

static size_t byte_at(const struct dry_dvcfile *f, size_t index)
{
	return f->cpos[index < f->nchars ? index : f->nchars];
}

/* --- building the tree from libyaml events -------------------------------- */

struct loader {
	struct dry_dvcfile *f;
	yaml_parser_t parser;
	char **ret_msg;
};

static int next_event(struct loader *l, yaml_event_t *ev)
{
	if (yaml_parser_parse(&l->parser, ev))
		return 0;
	yaml_parser_t *p = &l->parser;
	if (p->error == YAML_MEMORY_ERROR)
		return -ENOMEM;
	set_msg(l->ret_msg, "line %zu, column %zu: %s%s%s", p->problem_mark.line + 1,
		p->problem_mark.column + 1, p->problem ? p->problem : "syntax error",
		p->context ? " " : "", p->context ? p->context : "");
	return DRY_E_YAML;
}

static int add_kid(struct node *parent, struct node *kid)
{
	if (parent->n == parent->cap) {
		size_t cap = parent->cap ? 2 * parent->cap : 8;
		struct node **k = realloc(parent->kids, cap * sizeof(*k));
		if (!k)
			return -ENOMEM;
		parent->kids = k;
		parent->cap = cap;
	}
	parent->kids[parent->n++] = kid;
	if (kid->end > parent->end)
		parent->end = kid->end;
	return 0;
}

static struct node *new_node(struct loader *l, enum ntype type, const yaml_event_t *ev,
			     const unsigned char *anchor)
{
	struct node *n = calloc(1, sizeof(*n));
	if (!n)
		return NULL;
	n->type = type;
	n->start = byte_at(l->f, ev->start_mark.index);
	n->end = byte_at(l->f, ev->end_mark.index);
	n->line = ev->start_mark.line;
	n->col = ev->start_mark.column;
	if (anchor && !(n->anchor = strdup((const char *)anchor))) {
		free(n);
		return NULL;
	}
	return n;
}

static int load_node(struct loader *l, yaml_event_t *ev, struct node **ret);

/* Reads the children of a collection until its end event. */
static int load_children(struct loader *l, struct node *n, yaml_event_type_t end_type)
{
	for (;;) {
		yaml_event_t ev;
		int err = next_event(l, &ev);
		if (err)
			return err;
		if (ev.type == end_type) {
			/* A flow collection ends at its bracket; a block one at its
			 * last child (its end event sits at the next token). */
			if (n->flow)
				n->end = byte_at(l->f, ev.end_mark.index);
			yaml_event_delete(&ev);
			return 0;
		}
		struct node *kid;
		err = load_node(l, &ev, &kid);
		yaml_event_delete(&ev);
		if (err)
			return err;
		if ((err = add_kid(n, kid))) {
			node_free(kid);
			return err;
		}
	}
}

static int load_node(struct loader *l, yaml_event_t *ev, struct node **ret)
{
	struct node *n = NULL;
	int err = 0;
	switch (ev->type) {
	case YAML_SCALAR_EVENT:
		n = new_node(l, N_SCALAR, ev, ev->data.scalar.anchor);
		if (n && !(n->value = strndup((const char *)ev->data.scalar.value,
					      ev->data.scalar.length)))
			err = -ENOMEM;
		if (n)
			n->null_plain = ev->data.scalar.length == 0 &&
					ev->data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
		break;
	case YAML_ALIAS_EVENT:
		n = new_node(l, N_ALIAS, ev, NULL);
		if (n && !(n->value = strdup((const char *)ev->data.alias.anchor)))
			err = -ENOMEM;
		break;
	case YAML_SEQUENCE_START_EVENT:
		n = new_node(l, N_SEQ, ev, ev->data.sequence_start.anchor);
		if (n) {
			n->flow = ev->data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE;
			err = load_children(l, n, YAML_SEQUENCE_END_EVENT);
		}
		break;
	case YAML_MAPPING_START_EVENT:
		n = new_node(l, N_MAP, ev, ev->data.mapping_start.anchor);
		if (n) {
			n->flow = ev->data.mapping_start.style == YAML_FLOW_MAPPING_STYLE;
			err = load_children(l, n, YAML_MAPPING_END_EVENT);
		}
		break;
	default:
		err = DRY_E_YAML;
		set_msg(l->ret_msg, "unexpected YAML event");
	}
	if (!n && !err)
		err = -ENOMEM;
	if (err) {
		node_free(n);
		return err;
	}
	*ret = n;
	return 0;
}

/* STREAM-START, at most one document, STREAM-END. */
static int load_stream(struct loader *l)
{
	yaml_event_t ev;
	int ndocs = 0;
	for (;;) {
		int err = next_event(l, &ev);
		if (err)
			return err;
		yaml_event_type_t t = ev.type;
		yaml_event_delete(&ev);
		if (t == YAML_STREAM_END_EVENT)
			return 0;
		if (t != YAML_DOCUMENT_START_EVENT)
			continue;
		if (++ndocs > 1) {
			set_msg(l->ret_msg, "more than one YAML document");
			return DRY_E_YAML;
		}
		if ((err = next_event(l, &ev)))
			return err;
		err = load_node(l, &ev, &l->f->root);
		yaml_event_delete(&ev);
		if (err)
			return err;
		if ((err = next_event(l, &ev))) /* DOCUMENT-END */
			return err;
		yaml_event_delete(&ev);
	}
}

/* --- checks -------------------------------------------------------------- */

static const struct node *map_get(const struct node *map, const char *key)
{
	if (!map || map->type != N_MAP)
		return NULL;
	for (size_t i = 0; i + 1 < map->n; i += 2)
		if (map->kids[i]->type == N_SCALAR && !strcmp(map->kids[i]->value, key))
			return map->kids[i + 1];
	return NULL;
}

/* ruamel refuses duplicate keys anywhere, so DVC would not load the file. */
static int check_tree(struct dry_dvcfile *f, struct node *n, char **ret_msg)
{
	if (n->type == N_ALIAS) {
		if (f->naliases == f->aliases_cap) {
			size_t cap = f->aliases_cap ? 2 * f->aliases_cap : 8;
			struct node **a = realloc(f->aliases, cap * sizeof(*a));
			if (!a)
				return -ENOMEM;
			f->aliases = a;
			f->aliases_cap = cap;
		}
		f->aliases[f->naliases++] = n;
	}
	if (n->type == N_MAP) {
		for (size_t i = 0; i + 1 < n->n; i += 2)
			for (size_t j = i + 2; j + 1 < n->n; j += 2)
				if (n->kids[i]->type == N_SCALAR && n->kids[j]->type == N_SCALAR &&
				    !strcmp(n->kids[i]->value, n->kids[j]->value)) {
					set_msg(ret_msg, "line %zu: duplicate key '%s'",
						n->kids[j]->line + 1, n->kids[j]->value);
					return DRY_E_YAML;
				}
	}
	for (size_t i = 0; i < n->n; i++) {
		int err = check_tree(f, n->kids[i], ret_msg);
		if (err)
			return err;
	}
	return 0;
}

static bool is_null(const struct node *n)
{
	return n->type == N_SCALAR && n->null_plain;
}

static int check_schema(struct dry_dvcfile *f, char **ret_msg)
{
	struct node *root = f->root;
	if (!root || is_null(root))
		return 0;
	if (root->type != N_MAP) {
		set_msg(ret_msg, "line %zu: the top level is not a mapping", root->line + 1);
		return DRY_E_SCHEMA;
	}
	if (f->kind == DRY_DVCFILE_DATA)
		return 0;
	for (size_t i = 0; i + 1 < root->n; i += 2)
		if (root->kids[i]->type == N_SCALAR && !strcmp(root->kids[i]->value, "stages")) {
			f->stages_key = root->kids[i];
			f->stages = root->kids[i + 1];
		}
	if (f->kind == DRY_DVCFILE_LOCK && root->n) {
		const struct node *schema = map_get(root, "schema");
		if (!schema || schema->type != N_SCALAR || strcmp(schema->value, "2.0")) {
			set_msg(ret_msg, "not a DVC 2/3 lock file (no schema: '2.0'); "
					 "let DVC migrate it, or remove it");
			return DRY_E_SCHEMA;
		}
	}
	struct node *st = f->stages;
	if (!st || is_null(st))
		return 0;
	if (st->type != N_MAP) {
		set_msg(ret_msg, "line %zu: 'stages' is not a mapping", st->line + 1);
		return DRY_E_SCHEMA;
	}
	for (size_t i = 0; i + 1 < st->n; i += 2) {
		if (st->kids[i]->type != N_SCALAR || st->kids[i + 1]->type != N_MAP) {
			set_msg(ret_msg, "line %zu: a stage is not a name with a mapping",
				st->kids[i]->line + 1);
			return DRY_E_SCHEMA;
		}
	}
	return 0;
}

int dry_dvcfile_parse(const char *text, size_t len, enum dry_dvcfile_kind kind,
		      struct dry_dvcfile **ret, char **ret_msg)
{
	struct dry_dvcfile *f = calloc(1, sizeof(*f));
	if (!f)
		return -ENOMEM;
	f->kind = kind;
	f->text = text;
	f->len = len;
	int err = build_cpos(f);
	if (!err) {
		struct loader l = { .f = f, .ret_msg = ret_msg };
		if (!yaml_parser_initialize(&l.parser)) {
			err = -ENOMEM;
		} else {
			yaml_parser_set_input_string(&l.parser, (const unsigned char *)text, len);
			err = load_stream(&l);
			yaml_parser_delete(&l.parser);
		}
	}
	if (!err && f->root)
		err = check_tree(f, f->root, ret_msg);
	if (!err)
		err = check_schema(f, ret_msg);
	if (err) {
		dry_dvcfile_free(f);
		return err;
	}
	*ret = f;
	return 0;
}

size_t dry_dvcfile_nstages(const struct dry_dvcfile *f)
{
	return f->stages && f->stages->type == N_MAP ? f->stages->n / 2 : 0;
}

const char *dry_dvcfile_stage_name(const struct dry_dvcfile *f, size_t i)
{
	return f->stages->kids[2 * i]->value;
}

/* --- overlapping outputs ---------------------------------------------------- */

/* The path an out item names: a string, or the single key of {path: flags}. */
static const char *item_path(const struct node *item)
{
	if (item->type == N_SCALAR && !item->null_plain)
		return item->value;
	const struct node *path = map_get(item, "path"); /* .dvc files: {md5, ..., path} */
	if (path && path->type == N_SCALAR)
		return path->value;
	if (item->type == N_MAP && item->n >= 2 && item->kids[0]->type == N_SCALAR)
		return item->kids[0]->value;
	return NULL;
}

/* Whether OUT (relative to the file's directory) overlaps PATH of another
 * stage whose wdir is WDIR; on overlap writes the message. */
static int check_one(const char *out, const char *wdir, const char *path, const char *stage,
		     const char *out_shown, char **ret_msg)
{
	if (!strcmp(path, "") || path[0] == '/')
		return 0;
	if (strstr(path, "${"))
		return 0; /* templated: not comparable */
	char *other = dry_path_join(wdir, path);
	if (!other)
		return -ENOMEM;
	int err = 0;
	if (dry_path_is_within(out, other) || dry_path_is_within(other, out)) {
		set_msg(ret_msg, "output '%s' overlaps '%s', an output of stage '%s'", out_shown,
			path, stage);
		err = DRY_E_OVERLAP;
	}
	free(other);
	return err;
}

/* The keys of a stage whose items are outputs. */
static const char *const out_keys[] = { "outs", "metrics", "plots" };

static int check_stage(const struct node *stage, const char *name, const char *out,
		       const char *out_shown, char **ret_msg)
{
	if (map_get(stage, "foreach") || map_get(stage, "matrix"))
		return 0; /* templated stage */
	const struct node *w = map_get(stage, "wdir");
	const char *wdir = w && w->type == N_SCALAR && !w->null_plain ? w->value : ".";
	if (strstr(wdir, "${"))
		return 0;
	for (size_t k = 0; k < sizeof(out_keys) / sizeof(out_keys[0]); k++) {
		const struct node *list = map_get(stage, out_keys[k]);
		if (!list || list->type != N_SEQ)
			continue;
		for (size_t i = 0; i < list->n; i++) {
			const char *p = item_path(list->kids[i]);
			int err = p ? check_one(out, wdir, p, name, out_shown, ret_msg) : 0;
			if (err)
				return err;
		}
	}
	return 0;
}

int dry_dvcfile_check_paths(const struct dry_dvcfile *f, const char *skip_stage,
			    const char *const *outs, const char *const *shown, size_t nouts,
			    char **ret_msg)
{
	size_t n = dry_dvcfile_nstages(f);
	for (size_t o = 0; o < nouts; o++) {
		int err = 0;
		if (f->kind == DRY_DVCFILE_DATA && f->root && f->root->type == N_MAP) {
			/* A .dvc file is one stage: its top level. */
			err = check_stage(f->root, "(a .dvc file)", outs[o], shown[o], ret_msg);
		}
		for (size_t i = 0; i < n && !err && f->kind != DRY_DVCFILE_DATA; i++) {
			const char *name = dry_dvcfile_stage_name(f, i);
			if (skip_stage && !strcmp(name, skip_stage))
				continue;
			err = check_stage(f->stages->kids[2 * i + 1], name, outs[o], shown[o], ret_msg);
		}
		if (err)
			return err;
	}
	return 0;
}

static const struct node *stage_node(const struct dry_dvcfile *f, const char *name)
{
	return f->stages && f->stages->type == N_MAP ? map_get(f->stages, name) : NULL;
}

const char *dry_dvcfile_stage_value(const struct dry_dvcfile *f, const char *name, const char *key)
{
	const struct node *v = map_get(stage_node(f, name), key);
	return v && v->type == N_SCALAR && !v->null_plain ? v->value : NULL;
}

static bool flag_true(const struct node *item, const char *flag)
{
	/* {path: {flag: true}} in dvc.yaml */
	const struct node *flags = item->type == N_MAP && item->n == 2 ? item->kids[1] : NULL;
	const struct node *v = map_get(flags, flag);
	return v && v->type == N_SCALAR && !strcmp(v->value, "true");
}

/* ITEM as an entry; false for one that names no comparable path. */
static bool entry_of(const struct node *item, bool is_out, struct dry_dvcfile_entry *e)
{
	const char *p = item_path(item);
	if (!p || strstr(p, "${"))
		return false;
	const struct node *md5 = map_get(item, "md5"), *hash = map_get(item, "hash");
	*e = (struct dry_dvcfile_entry){
		.path = p,
		.is_out = is_out,
		.persist = is_out && flag_true(item, "persist"),
		.md5 = md5 && md5->type == N_SCALAR ? md5->value : NULL,
		.hash_md5 = hash && hash->type == N_SCALAR && !strcmp(hash->value, "md5"),
	};
	return true;
}

int dry_dvcfile_stage_entries(const struct dry_dvcfile *f, const char *name,
			      struct dry_dvcfile_entry **ret, size_t *ret_n)
{
	static const char *const keys[] = { "deps", "outs", "metrics", "plots" };
	const struct node *stage = stage_node(f, name);
	size_t n = 0, cap = 0;
	for (size_t k = 0; stage && k < sizeof(keys) / sizeof(keys[0]); k++) {
		const struct node *list = map_get(stage, keys[k]);
		cap += list && list->type == N_SEQ ? list->n : 0;
	}
	struct dry_dvcfile_entry *v = calloc(cap + 1, sizeof(*v));
	if (!v)
		return -ENOMEM;
	for (size_t k = 0; stage && k < sizeof(keys) / sizeof(keys[0]); k++) {
		const struct node *list = map_get(stage, keys[k]);
		for (size_t i = 0; list && list->type == N_SEQ && i < list->n; i++)
			n += entry_of(list->kids[i], k > 0, &v[n]);
	}
	*ret = v;
	*ret_n = n;
	return 0;
}

int dry_dvcfile_check_outs(const struct dry_dvcfile *f, const struct dry_stage *st,
			   char **ret_msg)
{
	int err = 0;
	for (size_t o = 0; o < st->nouts && !err; o++) {
		char *out = dry_path_join(st->wdir ? st->wdir : ".", st->outs[o].path);
		if (!out)
			return -ENOMEM;
		const char *outs[] = { out }, *shown[] = { st->outs[o].path };
		err = dry_dvcfile_check_paths(f, st->name, outs, shown, 1, ret_msg);
		free(out);
	}
	return err;
}

/* --- editing ------------------------------------------------------------------ */

/* Just past the end of the line holding byte POS (or the end of the text). */
static size_t line_end(const struct dry_dvcfile *f, size_t pos)
{
	if (pos > 0 && pos <= f->len && f->text[pos - 1] == '\n')
		return pos; /* already at a line start (block scalars end there) */
	const char *nl = memchr(f->text + pos, '\n', f->len - pos);
	return nl ? (size_t)(nl - f->text) + 1 : f->len;
}

/* Whether only spaces precede byte POS on its line. */
static bool starts_line(const struct dry_dvcfile *f, size_t pos)
{
	while (pos > 0 && f->text[pos - 1] == ' ')
		pos--;
	return pos == 0 || f->text[pos - 1] == '\n';
}

/* Renders "NAME:\n" + ENTRY with NAME at column INDENT. */
static int render_stage(const char *name, const struct dry_val *entry, unsigned indent,
			struct dry_buf *out)
{
	struct dry_val *m = dry_val_map();
	/* A borrowed entry: put in, emitted, taken out again before freeing. */
	dry_val_set(m, name, dry_val_null());
	int err = dry_val_error(m);
	if (err) {
		dry_val_free(m);
		return err;
	}
	struct dry_val *placeholder = m->items[0];
	m->items[0] = (struct dry_val *)entry;
	err = dry_yaml_emit(out, m, indent);
	m->items[0] = placeholder;
	dry_val_free(m);
	return err;
}

static bool subtree_has_anchor(const struct node *n, const char *name)
{
	if (n->anchor && !strcmp(n->anchor, name))
		return true;
	for (size_t i = 0; i < n->n; i++)
		if (subtree_has_anchor(n->kids[i], name))
			return true;
	return false;
}

/* Refuses to drop [START, END) when it defines an anchor that an alias
 * outside it uses. */
static int check_anchors(const struct dry_dvcfile *f, const struct node *key,
			 const struct node *value, size_t start, size_t end, char **ret_msg)
{
	for (size_t i = 0; i < f->naliases; i++) {
		const struct node *a = f->aliases[i];
		if (a->start >= start && a->start < end)
			continue;
		if (subtree_has_anchor(key, a->value) || subtree_has_anchor(value, a->value)) {
			set_msg(ret_msg, "line %zu: the stage defines anchor '&%s', used elsewhere",
				value->line + 1, a->value);
			return DRY_E_LAYOUT;
		}
	}
	return 0;
}

/* OUT = TEXT with [START, END) replaced by INSERT. */
static void splice(const struct dry_dvcfile *f, size_t start, size_t end, const struct dry_buf *insert,
		   struct dry_buf *out)
{
	dry_buf_add(out, f->text, start);
	dry_buf_add(out, insert->data, insert->len);
	dry_buf_add(out, f->text + end, f->len - end);
}

static int replace_stage(const struct dry_dvcfile *f, size_t i, const char *name,
			 const struct dry_val *entry, struct dry_buf *out, char **ret_msg)
{
	const struct node *key = f->stages->kids[2 * i], *value = f->stages->kids[2 * i + 1];
	if (!starts_line(f, key->start)) {
		set_msg(ret_msg, "line %zu: stage '%s' does not start its line", key->line + 1, name);
		return DRY_E_LAYOUT;
	}
	size_t end = line_end(f, value->end);
	int err = check_anchors(f, key, value, key->start, end, ret_msg);
	if (err)
		return err;
	struct dry_buf text = DRY_BUF_INIT;
	err = render_stage(name, entry, (unsigned)key->col, &text);
	if (!err) {
		/* The key's indentation is kept from the file. */
		struct dry_buf ins = { .data = text.data + key->col, .len = text.len - key->col };
		splice(f, key->start, end, &ins, out);
		err = dry_buf_error(out);
	}
	dry_buf_free(&text);
	return err;
}

/* Inserts "\n"-prefixed text when POS does not start a line. */
static int insert_at(const struct dry_dvcfile *f, size_t pos, const char *prefix, const char *name,
		     const struct dry_val *entry, unsigned indent, struct dry_buf *out)
{
	struct dry_buf ins = DRY_BUF_INIT;
	if (pos > 0 && f->text[pos - 1] != '\n')
		dry_buf_addc(&ins, '\n');
	dry_buf_adds(&ins, prefix);
	int err = render_stage(name, entry, indent, &ins);
	if (!err) {
		dry_buf_add(out, f->text, pos);
		dry_buf_add(out, ins.data, ins.len);
		dry_buf_add(out, f->text + pos, f->len - pos);
		err = dry_buf_error(out);
	}
	dry_buf_free(&ins);
	return err;
}

/* A file with no `stages:` yet: the mapping goes at the end. */
static int append_stages(const struct dry_dvcfile *f, const char *name, const struct dry_val *entry,
			 struct dry_buf *out)
{
	unsigned col = f->root && f->root->type == N_MAP ? (unsigned)f->root->col : 0;
	struct dry_buf prefix = DRY_BUF_INIT;
	if (f->kind == DRY_DVCFILE_LOCK && !map_get(f->root, "schema")) {
		dry_buf_addn(&prefix, ' ', col);
		dry_buf_adds(&prefix, "schema: '2.0'\n");
	}
	dry_buf_addn(&prefix, ' ', col);
	dry_buf_adds(&prefix, "stages:\n");
	int err = dry_buf_error(&prefix);
	if (!err)
		err = insert_at(f, f->len, prefix.data, name, entry, col + 2, out);
	dry_buf_free(&prefix);
	return err;
}

int dry_dvcfile_set_stage(const struct dry_dvcfile *f, const char *name,
			  const struct dry_val *entry, struct dry_buf *out, char **ret_msg)
{
	const struct node *st = f->stages;
	if (f->root && f->root->type == N_MAP && f->root->flow) {
		set_msg(ret_msg, "the file is one flow-style mapping; dry cannot edit it in place");
		return DRY_E_LAYOUT;
	}
	if (!st)
		return append_stages(f, name, entry, out);
	unsigned keycol = (unsigned)f->stages_key->col;
	if (is_null(st))
		return insert_at(f, line_end(f, f->stages_key->end), "", name, entry, keycol + 2, out);
	if (st->flow) {
		if (st->n) {
			set_msg(ret_msg, "line %zu: 'stages' is in flow style; dry cannot edit it in place",
				st->line + 1);
			return DRY_E_LAYOUT;
		}
		/* "stages: {}": the braces make way for a block mapping. */
		size_t start = st->start;
		while (start > 0 && f->text[start - 1] == ' ')
			start--;
		struct dry_buf ins = DRY_BUF_INIT;
		dry_buf_addc(&ins, '\n');
		int err = render_stage(name, entry, keycol + 2, &ins);
		if (!err) {
			splice(f, start, line_end(f, st->end), &ins, out);
			err = dry_buf_error(out);
		}
		dry_buf_free(&ins);
		return err;
	}
	for (size_t i = 0; i < st->n / 2; i++)
		if (!strcmp(st->kids[2 * i]->value, name))
			return replace_stage(f, i, name, entry, out, ret_msg);
	const struct node *first = st->kids[0];
	if (!starts_line(f, first->start)) {
		set_msg(ret_msg, "line %zu: stage names do not start their lines", first->line + 1);
		return DRY_E_LAYOUT;
	}
	return insert_at(f, line_end(f, st->end), "", name, entry, (unsigned)first->col, out);
}

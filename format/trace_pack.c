/* trace_pack — see trace_pack.h for the contract.
 *
 * Proto3 wire rules followed here as protobuf-c applies them: a scalar
 * field equal to zero (or false, or empty bytes) is not written; packed
 * repeated args are one length-delimited field; int32 read_errno is a
 * sign-extended 64-bit varint (ten bytes when negative); sint64 ret is
 * zigzag-encoded; fields go out in field-number order. */
#include "trace_pack.h"

#include <pthread.h>
#include <string.h>

enum { WT_VARINT = 0, WT_LEN = 2 };
#define TAG(field, wt) ((unsigned char)((field) << 3 | (wt)))

/* The schema this encoder writes: message, its field count, and each
 * field's number and type in descriptor order. */
struct expected {
	const ProtobufCMessageDescriptor *desc;
	unsigned n;
	struct { unsigned id; ProtobufCType type; } f[15];
};

static const struct expected schema[] = {
	{ &rt__blob__descriptor, 8, { { 1, PROTOBUF_C_TYPE_UINT32 }, { 2, PROTOBUF_C_TYPE_UINT32 },
		{ 3, PROTOBUF_C_TYPE_BYTES }, { 4, PROTOBUF_C_TYPE_UINT64 },
		{ 5, PROTOBUF_C_TYPE_INT32 }, { 6, PROTOBUF_C_TYPE_UINT64 },
		{ 7, PROTOBUF_C_TYPE_BOOL }, { 8, PROTOBUF_C_TYPE_UINT32 } } },
	{ &rt__syscall_entry__descriptor, 5, { { 1, PROTOBUF_C_TYPE_UINT32 },
		{ 2, PROTOBUF_C_TYPE_UINT64 }, { 3, PROTOBUF_C_TYPE_MESSAGE },
		{ 4, PROTOBUF_C_TYPE_UINT64 }, { 5, PROTOBUF_C_TYPE_UINT32 } } },
	{ &rt__syscall_exit__descriptor, 4, { { 1, PROTOBUF_C_TYPE_SINT64 },
		{ 2, PROTOBUF_C_TYPE_MESSAGE }, { 3, PROTOBUF_C_TYPE_BOOL },
		{ 4, PROTOBUF_C_TYPE_UINT32 } } },
	/* the Event fields besides the oneof members other than entry/exit,
	 * which are not written when an entry or exit is set */
	{ &rt__event__descriptor, 9, { { 1, PROTOBUF_C_TYPE_UINT32 }, { 2, PROTOBUF_C_TYPE_UINT64 },
		{ 3, PROTOBUF_C_TYPE_MESSAGE }, { 4, PROTOBUF_C_TYPE_MESSAGE },
		{ 5, PROTOBUF_C_TYPE_MESSAGE }, { 6, PROTOBUF_C_TYPE_MESSAGE },
		{ 7, PROTOBUF_C_TYPE_MESSAGE }, { 8, PROTOBUF_C_TYPE_MESSAGE },
		{ 15, PROTOBUF_C_TYPE_MESSAGE } } },
};

static int schema_ok;
static pthread_once_t schema_once = PTHREAD_ONCE_INIT;

/* A field added to, renumbered in or retyped in one of these messages
 * switches the encoder off rather than letting it drop the field. */
static void check_schema(void)
{
	for (size_t m = 0; m < sizeof schema / sizeof schema[0]; m++) {
		const ProtobufCMessageDescriptor *d = schema[m].desc;
		if (d->n_fields != schema[m].n)
			return;
		for (unsigned i = 0; i < d->n_fields; i++)
			if (d->fields[i].id != schema[m].f[i].id ||
			    d->fields[i].type != schema[m].f[i].type)
				return;
	}
	schema_ok = 1;
}

/* Seven bits a byte: 1 + (bits - 1) / 7 for a value of BITS significant
 * bits, as (bits * 9 + 64) / 64 without a loop or a division (an argument
 * register holding a pointer takes 6-7 bytes, and sizing six of them by
 * shifting was a third of the encoder's instructions). */
static inline size_t varint_len(uint64_t v)
{
	unsigned bits = 64 - (unsigned)__builtin_clzll(v | 1);
	return (bits * 9 + 64) / 64;
}

static inline size_t put_varint(unsigned char *p, uint64_t v)
{
	size_t n = 0;
	while (v >= 0x80) {
		p[n++] = (unsigned char)(v | 0x80);
		v >>= 7;
	}
	p[n++] = (unsigned char)v;
	return n;
}

/* A scalar field: nothing when zero, else tag and varint. */
static inline size_t field_len(uint64_t v)
{
	return v ? 1 + varint_len(v) : 0;
}

static inline size_t put_field(unsigned char *p, unsigned char tag, uint64_t v)
{
	if (!v)
		return 0;
	p[0] = tag;
	return 1 + put_varint(p + 1, v);
}

/* A length-delimited field of LEN bytes: its tag and length prefix. */
static inline size_t len_field_len(size_t len)
{
	return 1 + varint_len(len) + len;
}

static inline uint64_t zigzag(int64_t v)
{
	return ((uint64_t)v << 1) ^ (uint64_t)(v >> 63);
}

static inline uint64_t int32_wire(int32_t v)
{
	return (uint64_t)(int64_t)v; /* negative int32 is sign-extended to 64 bits */
}

static int plain(const ProtobufCMessage *m)
{
	return m->n_unknown_fields == 0;
}

/* Whether B's bytes go to the data section (SPLIT_MIN as kept in the plan:
 * SIZE_MAX for none). */
static inline int split(const Rt__Blob *b, size_t split_min)
{
	return b->data.len >= split_min;
}

static size_t blob_len(const Rt__Blob *b, int out)
{
	size_t data = out ? field_len(b->data.len) : b->data.len ? len_field_len(b->data.len) : 0;
	return field_len(b->arg) + field_len(b->index) + data + field_len(b->full_len) +
	       field_len(int32_wire(b->read_errno)) + field_len(b->addr) + (b->peeked ? 2 : 0);
}

/* Sizes N blobs, the first TRACE_PACK_SIZED_BLOBS into PLAN->blob, and adds
 * the bytes split off to PLAN->data; returns their fields' total, or 0 with
 * *OK cleared when one cannot be taken. */
static size_t blobs_len(Rt__Blob *const *b, size_t n, trace_pack_plan *plan, int *ok)
{
	size_t total = 0;
	if (n && !b) {
		*ok = 0;
		return 0;
	}
	for (size_t i = 0; i < n; i++) {
		if (!b[i] || !plain(&b[i]->base) || b[i]->section_len) {
			*ok = 0;
			return 0;
		}
		int out = split(b[i], plan->split_min);
		if (out) {
			/* its length must fit section_len (uint32) */
			if (b[i]->data.len > UINT32_MAX) {
				*ok = 0;
				return 0;
			}
			plan->data += b[i]->data.len;
		}
		size_t len = blob_len(b[i], out);
		if (i < TRACE_PACK_SIZED_BLOBS)
			plan->blob[i] = len;
		total += len_field_len(len);
	}
	return total;
}

static size_t entry_len(const Rt__SyscallEntry *e, trace_pack_plan *plan, int *ok)
{
	plan->args = 0;
	for (size_t i = 0; i < e->n_args; i++)
		plan->args += varint_len(e->args[i]);
	return field_len(e->nr) + (e->n_args ? len_field_len(plan->args) : 0) +
	       blobs_len(e->blobs, e->n_blobs, plan, ok) + field_len(e->ip) +
	       field_len(e->arch);
}

static size_t exit_len(const Rt__SyscallExit *x, trace_pack_plan *plan, int *ok)
{
	return field_len(zigzag(x->ret)) + blobs_len(x->blobs, x->n_blobs, plan, ok) +
	       (x->is_error ? 2 : 0) + field_len(x->nr);
}

int trace_pack_plan_event(const Rt__Event *ev, size_t split_min, trace_pack_plan *plan)
{
	pthread_once(&schema_once, check_schema);
	if (!schema_ok || !plain(&ev->base))
		return 0;
	int ok = 1;
	plan->split_min = split_min ? split_min : SIZE_MAX;
	plan->data = 0;
	if (ev->kind_case == RT__EVENT__KIND_ENTRY && ev->entry && plain(&ev->entry->base))
		plan->body = entry_len(ev->entry, plan, &ok);
	else if (ev->kind_case == RT__EVENT__KIND_EXIT && ev->exit && plain(&ev->exit->base))
		plan->body = exit_len(ev->exit, plan, &ok);
	else
		return 0;
	if (!ok)
		return 0;
	plan->total = field_len(ev->tid) + field_len(ev->dt_ns) + len_field_len(plan->body);
	return 1;
}

static size_t put_len_head(unsigned char *p, unsigned field, size_t len)
{
	p[0] = TAG(field, WT_LEN);
	return 1 + put_varint(p + 1, len);
}

/* Writes N blobs to P, the bytes of split ones to *DATA (advanced past them). */
static size_t put_blobs(unsigned char *p, unsigned field, Rt__Blob *const *b, size_t n,
			const trace_pack_plan *plan, unsigned char **data)
{
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		int out = split(b[i], plan->split_min);
		k += put_len_head(p + k, field, i < TRACE_PACK_SIZED_BLOBS ? plan->blob[i]
						: blob_len(b[i], out));
		k += put_field(p + k, TAG(1, WT_VARINT), b[i]->arg);
		k += put_field(p + k, TAG(2, WT_VARINT), b[i]->index);
		if (b[i]->data.len && !out) {
			k += put_len_head(p + k, 3, b[i]->data.len);
			memcpy(p + k, b[i]->data.data, b[i]->data.len);
			k += b[i]->data.len;
		}
		k += put_field(p + k, TAG(4, WT_VARINT), b[i]->full_len);
		k += put_field(p + k, TAG(5, WT_VARINT), int32_wire(b[i]->read_errno));
		k += put_field(p + k, TAG(6, WT_VARINT), b[i]->addr);
		k += put_field(p + k, TAG(7, WT_VARINT), b[i]->peeked ? 1 : 0);
		if (out) {
			k += put_field(p + k, TAG(8, WT_VARINT), b[i]->data.len);
			memcpy(*data, b[i]->data.data, b[i]->data.len);
			*data += b[i]->data.len;
		}
	}
	return k;
}

static size_t put_entry(unsigned char *p, const Rt__SyscallEntry *e, const trace_pack_plan *plan,
			unsigned char **data)
{
	size_t k = put_field(p, TAG(1, WT_VARINT), e->nr);
	if (e->n_args) {
		k += put_len_head(p + k, 2, plan->args);
		for (size_t i = 0; i < e->n_args; i++)
			k += put_varint(p + k, e->args[i]);
	}
	k += put_blobs(p + k, 3, e->blobs, e->n_blobs, plan, data);
	k += put_field(p + k, TAG(4, WT_VARINT), e->ip);
	k += put_field(p + k, TAG(5, WT_VARINT), e->arch);
	return k;
}

static size_t put_exit(unsigned char *p, const Rt__SyscallExit *x, const trace_pack_plan *plan,
		       unsigned char **data)
{
	size_t k = put_field(p, TAG(1, WT_VARINT), zigzag(x->ret));
	k += put_blobs(p + k, 2, x->blobs, x->n_blobs, plan, data);
	k += put_field(p + k, TAG(3, WT_VARINT), x->is_error ? 1 : 0);
	k += put_field(p + k, TAG(4, WT_VARINT), x->nr);
	return k;
}

size_t trace_pack_write(const Rt__Event *ev, const trace_pack_plan *plan, unsigned char *out,
			unsigned char *data)
{
	size_t k = put_field(out, TAG(1, WT_VARINT), ev->tid);
	k += put_field(out + k, TAG(2, WT_VARINT), ev->dt_ns);
	if (ev->kind_case == RT__EVENT__KIND_ENTRY) {
		k += put_len_head(out + k, 3, plan->body);
		k += put_entry(out + k, ev->entry, plan, &data);
	} else {
		k += put_len_head(out + k, 4, plan->body);
		k += put_exit(out + k, ev->exit, plan, &data);
	}
	return k;
}

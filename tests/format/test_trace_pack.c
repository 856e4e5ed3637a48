/* The writer's direct encoder (trace_pack) against protobuf-c: for every
 * entry and exit it takes, its bytes must be exactly rt__event__pack()'s
 * (with large blobs split off: of the event whose blobs carry section_len
 * instead of their bytes, and those bytes in the data buffer), and what it
 * does not take it must say so. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "trace_pack.h"

static uint64_t state = 88172645463325252ull;

static uint64_t rnd(void)
{
	state ^= state << 13;
	state ^= state >> 7;
	state ^= state << 17;
	return state;
}

/* Values that hit every varint length, zero (not written), and the sign
 * edges of sint64 and int32. */
static uint64_t value(void)
{
	switch (rnd() % 6) {
	case 0: return 0;
	case 1: return rnd() % 128;
	case 2: return rnd() % 20000;
	case 3: return (uint64_t)-(int64_t)(rnd() % 5000);
	case 4: return rnd() >> (rnd() % 64);
	default: return rnd();
	}
}

static unsigned char data[600];

/* More blobs than the plan keeps sizes of, as execve's argv and envp */
#define MANY_BLOBS (3 * TRACE_PACK_SIZED_BLOBS + 5)

struct event {
	Rt__Event ev;
	Rt__SyscallEntry en;
	Rt__SyscallExit ex;
	Rt__Blob blob[MANY_BLOBS];
	Rt__Blob *blobs[MANY_BLOBS];
	uint64_t args[6];
};

static void random_blobs(struct event *e, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		Rt__Blob *b = &e->blob[i];
		rt__blob__init(b);
		b->arg = (uint32_t)value();
		b->index = (uint32_t)value();
		b->data.len = rnd() % 3 ? rnd() % sizeof data : 0;
		b->data.data = data + rnd() % 8;
		if (b->data.len + 8 > sizeof data)
			b->data.len = sizeof data - 8;
		b->full_len = value();
		b->read_errno = (int32_t)value();
		b->addr = value();
		b->peeked = rnd() % 2;
		e->blobs[i] = b;
	}
}

static void random_event(struct event *e, int entry)
{
	memset(e, 0, sizeof *e);
	rt__event__init(&e->ev);
	e->ev.tid = (uint32_t)value();
	e->ev.dt_ns = value();
	size_t nb = rnd() % 4 == 0 ? rnd() % (MANY_BLOBS + 1) : rnd() % 2;
	random_blobs(e, nb);
	if (entry) {
		rt__syscall_entry__init(&e->en);
		e->en.nr = (uint32_t)value();
		e->en.n_args = rnd() % 7;
		for (int i = 0; i < 6; i++)
			e->args[i] = value();
		e->en.args = e->args;
		e->en.n_blobs = nb;
		e->en.blobs = e->blobs;
		e->en.ip = value();
		e->en.arch = (uint32_t)value();
		e->ev.kind_case = RT__EVENT__KIND_ENTRY;
		e->ev.entry = &e->en;
	} else {
		rt__syscall_exit__init(&e->ex);
		e->ex.ret = (int64_t)value();
		e->ex.n_blobs = nb;
		e->ex.blobs = e->blobs;
		e->ex.is_error = (protobuf_c_boolean)(rnd() % 3 == 0);
		e->ex.nr = (uint32_t)value();
		e->ev.kind_case = RT__EVENT__KIND_EXIT;
		e->ev.exit = &e->ex;
	}
}

/* EV as the encoder splitting at SPLIT_MIN should write it: its blobs of
 * SPLIT_MIN bytes or more without their bytes, section_len their length.
 * Those bytes are appended to *DATA. Changes EV's blobs in place. */
static void split_blobs(Rt__Event *ev, size_t split_min, unsigned char *data, size_t *ndata)
{
	Rt__Blob **b = ev->kind_case == RT__EVENT__KIND_ENTRY ? ev->entry->blobs : ev->exit->blobs;
	size_t n = ev->kind_case == RT__EVENT__KIND_ENTRY ? ev->entry->n_blobs : ev->exit->n_blobs;
	for (size_t i = 0; i < n; i++) {
		if (!split_min || b[i]->data.len < split_min)
			continue;
		memcpy(data + *ndata, b[i]->data.data, b[i]->data.len);
		*ndata += b[i]->data.len;
		b[i]->section_len = (uint32_t)b[i]->data.len;
		b[i]->data.len = 0;
	}
}

static void assert_same_bytes_split(Rt__Event *ev, size_t split_min, int i)
{
	trace_pack_plan plan;
	cr_assert_eq(trace_pack_plan_event(ev, split_min, &plan), 1, "event %d not taken", i);
	size_t cap = plan.total + plan.data + 1;
	unsigned char *a = malloc(cap), *b = malloc(cap), *da = malloc(cap), *db = malloc(cap);
	da[plan.data] = a[plan.total] = 0x5a;
	cr_assert_eq(trace_pack_write(ev, &plan, a, da), plan.total);
	size_t ndata = 0;
	split_blobs(ev, split_min, db, &ndata);
	size_t want = rt__event__get_packed_size(ev);
	cr_assert_eq(plan.total, want, "event %d: planned %zu bytes, protobuf-c %zu", i,
		     plan.total, want);
	cr_assert_eq(plan.data, ndata, "event %d: %zu bytes split off, %zu expected", i,
		     plan.data, ndata);
	cr_assert_eq(rt__event__pack(ev, b), want);
	cr_assert_eq(memcmp(a, b, want), 0, "event %d: bytes differ from protobuf-c", i);
	cr_assert_eq(memcmp(da, db, ndata), 0, "event %d: split-off bytes differ", i);
	cr_assert_eq(a[want], 0x5a, "event %d: wrote past its size", i);
	cr_assert_eq(da[ndata], 0x5a, "event %d: wrote past its data", i);
	free(a);
	free(b);
	free(da);
	free(db);
}

static void assert_same_bytes(Rt__Event *ev, int i)
{
	assert_same_bytes_split(ev, 0, i);
}

Test(pack, entries_and_exits_are_byte_identical_to_protobuf_c)
{
	for (size_t i = 0; i < sizeof data; i++)
		data[i] = (unsigned char)(i * 13 + 7);
	struct event e;
	for (int i = 0; i < 20000; i++) {
		random_event(&e, i % 2);
		assert_same_bytes(&e.ev, i);
	}
}

Test(pack, split_blobs_are_byte_identical_to_protobuf_c_with_section_len)
{
	for (size_t i = 0; i < sizeof data; i++)
		data[i] = (unsigned char)(i * 13 + 7);
	struct event e;
	static const size_t mins[] = { 1, 100, 300, 512 };
	for (int i = 0; i < 20000; i++) {
		random_event(&e, i % 2);
		assert_same_bytes_split(&e.ev, mins[i % 4], i);
	}
}

Test(pack, all_zero_entry_and_exit_are_byte_identical)
{
	struct event e;
	memset(&e, 0, sizeof e);
	rt__event__init(&e.ev);
	rt__syscall_entry__init(&e.en);
	e.ev.kind_case = RT__EVENT__KIND_ENTRY;
	e.ev.entry = &e.en;
	assert_same_bytes(&e.ev, 0);
	rt__syscall_exit__init(&e.ex);
	e.ev.kind_case = RT__EVENT__KIND_EXIT;
	e.ev.exit = &e.ex;
	assert_same_bytes(&e.ev, 1);
}

Test(pack, an_execve_entry_with_many_blobs_is_byte_identical)
{
	struct event e;
	random_event(&e, 1);
	random_blobs(&e, MANY_BLOBS);
	e.en.nr = 59;
	e.en.n_blobs = MANY_BLOBS;
	e.en.blobs = e.blobs;
	assert_same_bytes(&e.ev, 0);
}

Test(pack, other_kinds_and_unknown_fields_are_left_to_protobuf_c)
{
	trace_pack_plan plan;
	Rt__Event ev = RT__EVENT__INIT;
	Rt__Exec exec = RT__EXEC__INIT;
	ev.kind_case = RT__EVENT__KIND_EXEC;
	ev.exec = &exec;
	cr_assert_eq(trace_pack_plan_event(&ev, 0, &plan), 0);
	ev.kind_case = RT__EVENT__KIND__NOT_SET;
	cr_assert_eq(trace_pack_plan_event(&ev, 0, &plan), 0);

	struct event e;
	random_event(&e, 1);
	ProtobufCMessageUnknownField unknown = { .tag = 99, .wire_type = PROTOBUF_C_WIRE_TYPE_VARINT,
						 .len = 1, .data = (uint8_t *)"\x01" };
	e.en.base.n_unknown_fields = 1;
	e.en.base.unknown_fields = &unknown;
	cr_assert_eq(trace_pack_plan_event(&e.ev, 0, &plan), 0);
	e.en.base.n_unknown_fields = 0;
	/* section_len is the encoder's to set */
	random_blobs(&e, 1);
	e.en.n_blobs = 1;
	e.en.blobs = e.blobs;
	e.blob[0].section_len = 8;
	cr_assert_eq(trace_pack_plan_event(&e.ev, 0, &plan), 0);
	e.blob[0].section_len = 0;
	cr_assert_eq(trace_pack_plan_event(&e.ev, 0, &plan), 1);
	e.ev.entry = NULL;
	cr_assert_eq(trace_pack_plan_event(&e.ev, 0, &plan), 0);
}

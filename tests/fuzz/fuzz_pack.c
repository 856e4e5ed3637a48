/*
 * fuzz_pack — libFuzzer target, differential: the writer's direct encoder
 * (format/trace_pack.c) against protobuf-c.
 *
 * The input is read as frame content (varint-length-prefixed records, the
 * frame-seeds corpus). Each record protobuf-c can unpack is an event; for
 * every one the direct encoder takes, its planned size and its bytes must be
 * exactly what rt__event__pack() produces, and it must not write past them;
 * the same with blobs split off for the data section (against protobuf-c
 * packing the event with their section_len set and no bytes).
 * Events it declines (other kinds, unknown fields, too many blobs) are fine.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "trace_pack.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Blobs of EV of SPLIT_MIN bytes or more as the encoder splits them off:
 * section_len set, their bytes moved to DATA (*NDATA bytes so far). */
static void split_blobs(Rt__Event *ev, size_t split_min, unsigned char *data, size_t *ndata)
{
	Rt__Blob **b = ev->kind_case == RT__EVENT__KIND_ENTRY ? ev->entry->blobs : ev->exit->blobs;
	size_t n = ev->kind_case == RT__EVENT__KIND_ENTRY ? ev->entry->n_blobs : ev->exit->n_blobs;
	for (size_t i = 0; i < n; i++) {
		if (b[i]->data.len < split_min)
			continue;
		memcpy(data + *ndata, b[i]->data.data, b[i]->data.len);
		*ndata += b[i]->data.len;
		b[i]->section_len = (uint32_t)b[i]->data.len;
		b[i]->data.len = 0;
	}
}

/* Packs EV splitting at SPLIT_MIN (0: none) and checks it against protobuf-c. */
static void check_split(const uint8_t *p, size_t len, size_t split_min)
{
	Rt__Event *ev = rt__event__unpack(NULL, len, p);
	if (!ev)
		return;
	trace_pack_plan plan;
	if (trace_pack_plan_event(ev, split_min, &plan)) {
		size_t cap = plan.total + plan.data + 1;
		unsigned char *a = malloc(cap), *b = malloc(cap), *da = malloc(cap), *db = malloc(cap);
		if (!a || !b || !da || !db)
			abort();
		a[plan.total] = da[plan.data] = 0xa5;
		if (trace_pack_write(ev, &plan, a, da) != plan.total)
			abort();
		size_t ndata = 0;
		if (split_min)
			split_blobs(ev, split_min, db, &ndata);
		size_t want = rt__event__get_packed_size(ev);
		if (plan.total != want || plan.data != ndata || rt__event__pack(ev, b) != want ||
		    memcmp(a, b, want) != 0 || memcmp(da, db, ndata) != 0 || a[want] != 0xa5 ||
		    da[ndata] != 0xa5)
			abort();
		free(a);
		free(b);
		free(da);
		free(db);
	}
	rt__event__free_unpacked(ev, NULL);
}

static void check_event(const uint8_t *p, size_t len)
{
	check_split(p, len, 0);
	check_split(p, len, 1 + len % 64);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	size_t pos = 0;
	while (pos < size) {
		uint64_t len = 0;
		size_t i = 0;
		int whole = 0;
		while (!whole && i < 10 && pos + i < size) {
			len |= (uint64_t)(data[pos + i] & 0x7f) << (7 * i);
			whole = !(data[pos + i++] & 0x80);
		}
		if (!whole || len > size - pos - i)
			break;
		check_event(data + pos + i, (size_t)len);
		pos += i + (size_t)len;
	}
	return 0;
}

/*
 * fuzz_pack — libFuzzer target, differential: the writer's direct encoder
 * (format/trace_pack.c) against protobuf-c.
 *
 * The input is read as frame content (varint-length-prefixed records, the
 * frame-seeds corpus). Each record protobuf-c can unpack is an event; for
 * every one the direct encoder takes, its planned size and its bytes must be
 * exactly what rt__event__pack() produces, and it must not write past them.
 * Events it declines (other kinds, unknown fields, too many blobs) are fine.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "trace_pack.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_event(const uint8_t *p, size_t len)
{
	Rt__Event *ev = rt__event__unpack(NULL, len, p);
	if (!ev)
		return;
	trace_pack_plan plan;
	if (trace_pack_plan_event(ev, &plan)) {
		size_t want = rt__event__get_packed_size(ev);
		if (plan.total != want)
			abort();
		unsigned char *a = malloc(want + 1), *b = malloc(want + 1);
		if (!a || !b)
			abort();
		a[want] = 0xa5;
		if (trace_pack_write(ev, &plan, a) != want || rt__event__pack(ev, b) != want ||
		    memcmp(a, b, want) != 0 || a[want] != 0xa5)
			abort();
		free(a);
		free(b);
	}
	rt__event__free_unpacked(ev, NULL);
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

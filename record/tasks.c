/* tasks — see tasks.h for the contract. */
#include "tasks.h"

#include <stdlib.h>
#include <string.h>

static size_t slot_of(const struct tasks *ts, pid_t tid)
{
	/* Fibonacci hashing: consecutive tids spread over the table. */
	return (size_t)(((uint32_t)tid * 2654435769u) >> 7) & (ts->cap - 1);
}

struct task *task_find(struct tasks *ts, pid_t tid)
{
	if (!ts->cap || tid <= 0)
		return NULL;
	for (size_t i = slot_of(ts, tid);; i = (i + 1) & (ts->cap - 1)) {
		if (ts->slots[i].tid == tid)
			return &ts->slots[i];
		if (ts->slots[i].tid == 0)
			return NULL;
	}
}

static int grow(struct tasks *ts)
{
	size_t ncap = ts->cap ? 2 * ts->cap : 64;
	struct task *old = ts->slots;
	size_t ocap = ts->cap;
	ts->slots = calloc(ncap, sizeof *ts->slots);
	if (!ts->slots) {
		ts->slots = old;
		return -1;
	}
	ts->cap = ncap;
	for (size_t i = 0; i < ocap; i++) {
		if (!old[i].tid)
			continue;
		size_t j = slot_of(ts, old[i].tid);
		while (ts->slots[j].tid)
			j = (j + 1) & (ncap - 1);
		ts->slots[j] = old[i];
	}
	free(old);
	return 0;
}

struct task *task_add(struct tasks *ts, pid_t tid)
{
	struct task *t = task_find(ts, tid);
	if (t)
		return t;
	if ((ts->count + 1) * 2 > ts->cap && grow(ts) < 0)
		return NULL;
	size_t i = slot_of(ts, tid);
	while (ts->slots[i].tid)
		i = (i + 1) & (ts->cap - 1);
	memset(&ts->slots[i], 0, sizeof ts->slots[i]);
	ts->slots[i].tid = tid;
	ts->count++;
	return &ts->slots[i];
}

void task_remove(struct tasks *ts, pid_t tid)
{
	struct task *t = task_find(ts, tid);
	if (!t)
		return;
	size_t i = (size_t)(t - ts->slots), mask = ts->cap - 1;
	ts->slots[i].tid = 0;
	ts->count--;
	/* Backward shift: move later members of the probe run into the hole so
	 * lookups never stop early at it. */
	for (size_t j = (i + 1) & mask; ts->slots[j].tid; j = (j + 1) & mask) {
		size_t home = slot_of(ts, ts->slots[j].tid);
		bool movable = (j > i) ? (home <= i || home > j) : (home <= i && home > j);
		if (movable) {
			ts->slots[i] = ts->slots[j];
			ts->slots[j].tid = 0;
			i = j;
		}
	}
}

void tasks_free(struct tasks *ts)
{
	free(ts->slots);
	memset(ts, 0, sizeof *ts);
}

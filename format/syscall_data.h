/*
 * syscall_data — the table's private data, shared by syscall_table.c and
 * syscall_shapes.c only. Everyone else goes through syscall_table.h.
 */
#ifndef RTRACE_SYSCALL_DATA_H
#define RTRACE_SYSCALL_DATA_H

#include "syscall_table.h"

/* One past the highest x86_64 syscall number strace 6.1 knows
 * (set_mempolicy_home_node = 450). */
#define SYSCALL_DATA_SIZE 451u

/* Indexed by number; a gap (335..423) has name == NULL. */
extern const struct syscall_desc syscall_data[SYSCALL_DATA_SIZE];

/* Resolves the value-dependent argument of a shaped syscall into OUT[6],
 * which holds the table's arguments on entry (syscall_shapes.c). Returns
 * the number of arguments strace prints for these values, NARGS when that
 * does not depend on them. */
int syscall_shape_resolve(unsigned shape, const uint64_t args[6], struct sc_arg out[6], int nargs);

#endif

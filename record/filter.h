/*
 * filter — the seccomp-bpf program that makes only the wanted syscalls stop.
 *
 * Built with libseccomp in the recorder (before fork), so the child only has
 * to pass the finished program to seccomp(2): nothing in the child allocates.
 * Wanted syscalls return SECCOMP_RET_TRACE (a PTRACE_EVENT_SECCOMP stop),
 * every other one is allowed without a stop, and so are calls of other
 * architectures (int 0x80, x32), which the filter leaves untouched.
 */
#ifndef RTRACE_FILTER_H
#define RTRACE_FILTER_H

#include <linux/filter.h>
#include <stddef.h>
#include <stdint.h>

/* Builds the program for the bitmap SET (bit nr of set[nr / 64]) of NWORDS
 * words into *RET (ret->filter malloc'ed). Returns 0 or RECORDER_E_SECCOMP. */
int filter_build(const uint64_t *set, size_t nwords, struct sock_fprog *ret);

void filter_free(struct sock_fprog *prog);

#endif

/*
 * procinfo — what /proc says about a process, as trace metadata: its argv,
 * cwd, exe, open descriptors (targets, flags, offsets) and threads.
 *
 * Everything returned is allocated and owned by the caller, to be released
 * with the matching free function (which accepts zeroed structures).
 * Errors are negative errno. Not used per stop: only at exec events, at
 * attach and at start.
 */
#ifndef RTRACE_PROCINFO_H
#define RTRACE_PROCINFO_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

#include "rtrace.pb-c.h"

/* Reads the whole of /proc/PID/NAME (e.g. "cmdline") into a malloc'ed
 * buffer, NUL-terminated, *RET_LEN bytes before the NUL. */
int procinfo_read(pid_t pid, const char *name, char **ret, size_t *ret_len);

/* readlink of /proc/PID/NAME ("exe", "cwd", "fd/3") into a malloc'ed string. */
int procinfo_link(pid_t pid, const char *name, char **ret);

/* Splits a NUL-separated buffer (cmdline, environ) into a malloc'ed array of
 * pointers into BUF; *RET_N strings. */
int procinfo_split(char *buf, size_t len, char ***ret, size_t *ret_n);

/* The descriptors of PID (0: this process) with their targets, flags and
 * offsets. With SKIP_CLOEXEC (only for pid 0), close-on-exec ones are left
 * out: they are the recorder's, not the command's. */
int procinfo_fds(pid_t pid, bool skip_cloexec, Rt__FdInfo ***ret, size_t *ret_n);
void procinfo_fds_free(Rt__FdInfo **fds, size_t n);

/* Tgid and PPid from /proc/TID/status. */
int procinfo_ids(pid_t tid, pid_t *ret_tgid, pid_t *ret_ppid);

/* The tids of process PID (/proc/PID/task), malloc'ed. */
int procinfo_tids(pid_t pid, pid_t **ret, size_t *ret_n);

/* The ProcessInfo of an attached process: pid, ppid, cwd, argv, exe, fds, tids. */
int procinfo_process(pid_t pid, Rt__ProcessInfo **ret);
void procinfo_process_free(Rt__ProcessInfo *p);

/* The kernel's boot id (/proc/sys/kernel/random/boot_id, without its
 * newline) into BUF of SIZE (> 0) bytes; returns BUF, empty when unreadable. */
char *procinfo_boot_id(char *buf, size_t size);

#endif

/*
 * dry_replay — feeding a trace to the file-access model, and the syscalls
 * `dry run` needs recorded.
 *
 * Every completed, successful call is turned into a dry_event through the
 * syscall table's effect and roles (format/syscall_table.h): no syscall is
 * named here. Paths come resolved by replay as the kernel resolved them at
 * entry (per-process cwd, dirfds); descriptor operands by replay's fd table.
 */
#ifndef DRY_REPLAY_H
#define DRY_REPLAY_H

#include <stddef.h>

#include "dry_model.h"
#include "replay.h"

/* Reads the whole trace R into M. Returns 0, -ENOMEM, or the replay's
 * error (a damaged or truncated trace: replay_error() says where). */
int dry_replay_feed(replay *r, struct dry_model *m);

/* The -e expression (a comma-separated list of syscall names) of every
 * syscall whose effect the model or the replayed state needs: opens, exec,
 * renames, links, removals, mkdir, truncation, times, directory listing,
 * and the descriptor and cwd bookkeeping (dup, fcntl, anonymous fds such
 * as memfd_create, chdir, clone). Read, write and close are not in it: the
 * fd table keeps a closed fd until its number is reused. malloc'ed, or
 * NULL. */
char *dry_replay_trace_set(void);

#endif

/*
 * show_paths — the paths -y prints, as the kernel would have named them.
 *
 * strace -y prints what /proc/PID/fd/N links to: the kernel's d_path(),
 * with every symlink resolved (`/usr/lib/x86_64-linux-gnu/libc.so.6` for a
 * file opened as `/lib/x86_64-linux-gnu/libc.so.6`, /lib being a symlink).
 * Offline, the replay knows only the path as the program spelled it,
 * joined to its cwd and normalised lexically. When the trace was recorded
 * on this very host since its last boot (same hostname, same boot id), the
 * file system it saw is most likely still the one here, so each path is
 * resolved against it: the whole path when it still exists, else its
 * longest existing directory prefix. Paths under /proc and /dev are left
 * alone: resolving /proc/self or /dev/stdin here would name this process's
 * files, not the traced one's. Elsewhere (another host, a reboot since, an
 * older trace without a boot id) paths stay lexical.
 *
 * Results are cached per path. Not thread-safe: one per printer.
 */
#ifndef RTRACE_SHOW_PATHS_H
#define RTRACE_SHOW_PATHS_H

#include "rtrace.pb-c.h"

struct show_paths;

/* Whether metadata M says the trace was recorded on this host since its
 * last boot: 1 or 0. */
int show_paths_same_host(const Rt__Metadata *m);

/* A resolver, or NULL when out of memory. */
struct show_paths *show_paths_new(void);

/* PATH as this host's file system names it, or PATH itself (absolute
 * paths only; others are returned as they are). FOLLOW 0: the last
 * component is not resolved (a file opened with O_NOFOLLOW is the symlink
 * itself). The result stays valid until show_paths_free(). */
const char *show_paths_real(struct show_paths *sp, const char *path, int follow);

/* Accepts NULL. */
void show_paths_free(struct show_paths *sp);

#endif

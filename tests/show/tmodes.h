/* tmodes — the option sets under which the robustness tests print a trace
 * (test_show_random, fuzz_show): default, verbose with -yx and -s 4096,
 * JSON, -C with -tt -T, -e status=failed,unfinished with -xx, -r -s 0 -p 200. */
#ifndef TESTS_SHOW_TMODES_H
#define TESTS_SHOW_TMODES_H

#include "show.h"

#define TMODES 6

/* Fills MODES[0 .. TMODES-1]. */
void tmodes_init(struct show_opts modes[TMODES]);

/* Prints the trace at PATH to OUT_FD in every mode. Returns -1 when each
 * ended cleanly (or, TRUNCATED set, with TRACE_E_TRUNCATED), else the first
 * mode that did not, its result in *RC and message in *MSG. */
int tmodes_run(const char *path, int out_fd, int truncated, int *rc, const char **msg);

#endif

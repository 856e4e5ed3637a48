/* tmodes — the option sets under which the robustness tests print a trace
 * (test_show_random, fuzz_show): default, verbose with -yx and -s 4096,
 * JSON, -C with -tt -T, -e status=failed,unfinished with -xx, -r -s 0 -p 200. */
#ifndef TESTS_SHOW_TMODES_H
#define TESTS_SHOW_TMODES_H

#include "show.h"

#define TMODES 6

/* Fills MODES[0 .. TMODES-1]. */
void tmodes_init(struct show_opts modes[TMODES]);

#endif

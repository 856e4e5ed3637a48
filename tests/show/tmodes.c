/* tmodes — see tmodes.h. */
#include "tmodes.h"
#include "trace_format.h"

void tmodes_init(struct show_opts modes[TMODES])
{
	static const uint32_t pid = 200;
	for (int m = 0; m < TMODES; m++)
		show_opts_init(&modes[m]);
	modes[1].verbose = modes[1].yflag = modes[1].xflag = 1;
	modes[1].strsize = 4096;
	modes[2].json = 1;
	modes[3].summary = 2;
	modes[3].tstamp = SHOW_TS_USEC;
	modes[3].syscall_times = 1;
	modes[4].status = SHOW_ST_FAILED | SHOW_ST_UNFINISHED;
	modes[4].xflag = 2;
	modes[5].relative = 1;
	modes[5].strsize = 0;
	modes[5].pids = &pid;
	modes[5].npids = 1;
}

int tmodes_run(const char *path, int out_fd, int truncated, int *rc, const char **msg)
{
	struct show_opts modes[TMODES];
	tmodes_init(modes);
	for (int m = 0; m < TMODES; m++) {
		*rc = show_run(&modes[m], path, out_fd, msg);
		if (*rc != 0 && !(truncated && *rc == TRACE_E_TRUNCATED))
			return m;
	}
	return -1;
}

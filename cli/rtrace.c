/*
 * rtrace — the command-line program: dispatches `rtrace SUBCOMMAND ARGS...`
 * to the subcommand's main through the table below. A subcommand is one
 * line in the table (and its header among the includes).
 */
#include <stdio.h>
#include <string.h>

#include "record_cli.h"
#include "show.h"

struct subcommand {
	const char *name;
	int (*main)(int argc, char **argv);
	const char *summary;
};

static const struct subcommand subcommands[] = {
	{ "record", record_main, "run a command and record its system calls into a trace file" },
	{ "show", show_main, "print a trace as strace would have printed the run" },
};

#define NSUBCOMMANDS (sizeof subcommands / sizeof subcommands[0])

static void usage(FILE *f)
{
	fputs("usage: rtrace SUBCOMMAND [OPTIONS] [ARGS...]\n\nsubcommands:\n", f);
	for (size_t i = 0; i < NSUBCOMMANDS; i++)
		fprintf(f, "  %-8s %s\n", subcommands[i].name, subcommands[i].summary);
	fputs("\n'rtrace SUBCOMMAND --help' describes each one.\n", f);
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		usage(stderr);
		return 2;
	}
	if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") || !strcmp(argv[1], "help")) {
		usage(stdout);
		return 0;
	}
	if (!strcmp(argv[1], "--version")) {
		puts("rtrace " RTRACE_VERSION);
		return 0;
	}
	for (size_t i = 0; i < NSUBCOMMANDS; i++)
		if (!strcmp(argv[1], subcommands[i].name))
			return subcommands[i].main(argc - 1, argv + 1);
	fprintf(stderr, "rtrace: unknown subcommand '%s' (see rtrace --help)\n", argv[1]);
	return 2;
}

/*
 * record_cli — the `rtrace record` command line: parses the options, runs
 * recorder_run(), reports any error as one line on stderr, and exits as the
 * recorded command did (re-raising the signal that killed it, as strace
 * does). This is the only part of record/ that prints.
 */
#ifndef RTRACE_RECORD_CLI_H
#define RTRACE_RECORD_CLI_H

/* main() of `rtrace record`; ARGV[0] is "record". Returns the exit status
 * (or does not return, when re-raising the command's killing signal). */
int record_main(int argc, char **argv);

#endif

/*
 * launch — starts the command to record, as a shell and strace would.
 *
 * launch_resolve() finds the command along PATH in the recorder, so the
 * child execs once (its first traced syscall is that execve). launch_spawn()
 * forks a child that first puts back what the recorder changed in its own
 * process (signal dispositions and mask), then waits on a pipe until the
 * recorder has seized it, installs the seccomp filter when there is one, and
 * execs. Every descriptor launch uses is close-on-exec and above 2, so the
 * command gets exactly the descriptors the recorder was given.
 *
 * Errors are negative errno or RECORDER_E_* codes.
 */
#ifndef RTRACE_LAUNCH_H
#define RTRACE_LAUNCH_H

#include <signal.h>
#include <stddef.h>
#include <sys/types.h>

/* Whether the recorder takes signal SIG while it runs (and the child gives
 * it back before exec): SIGALRM (its flush tick), SIGCHLD (never ignored,
 * or waitpid would not see the command end), and every signal whose
 * default action would kill the recorder. The command may send one of those
 * to its whole process group (kill(0, SIGUSR1), a terminal's ^\), and the
 * recorder, which is in that group as a shell's job would be, must outlive
 * the command to finish its trace. Faults (SEGV BUS FPE ILL) are the
 * recorder's own and stay fatal; KILL and STOP cannot be taken. */
int launch_signal_taken(int sig);

struct launch_state {
	struct sigaction saved[NSIG]; /* the caller's dispositions, by number */
	sigset_t mask;                /* the caller's signal mask */
};

struct launch_child {
	pid_t pid;
	int go_fd;    /* write end: closing it lets the child exec */
	int err_fd;   /* read end: the child writes its exec errno here */
};

/* Resolves NAME: a name with a '/' is taken as is, others are looked up in
 * $PATH (default "/usr/local/bin:/usr/bin:/bin"). Returns 0 with a malloc'ed
 * path in *RET, RECORDER_E_NOTFOUND, or RECORDER_E_NOEXEC (found, but not
 * executable: the shell's 126). */
int launch_resolve(const char *name, char **ret);

/* Moves FD above 2 (close-on-exec). Returns the new fd or a negative errno;
 * FD is closed in both cases when it moved. */
int launch_fd_above_stdio(int fd);

/* Forks the child that will exec PATH with ARGV and the caller's environment.
 * FILTER (may be NULL) is a struct sock_fprog to install before exec. STATE
 * holds what the child restores. Returns 0 or a negative errno. */
int launch_spawn(const char *path, char *const argv[], const void *filter,
		 const struct launch_state *state, struct launch_child *ret);

/* After the child ended without exec'ing: the errno it reported, or 0. */
int launch_exec_error(struct launch_child *c);

#endif

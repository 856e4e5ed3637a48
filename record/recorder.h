/*
 * recorder — runs a command (or attaches to running processes) under ptrace
 * and writes every system call of every thread and child into a trace file.
 *
 * What it owns: the traced processes for the duration of recorder_run(), the
 * trace file it creates, and, for that duration, the calling process's
 * dispositions of SIGINT, SIGTERM, SIGHUP, SIGALRM and SIGCHLD and its
 * ITIMER_REAL timer (the flush clock). All of them are restored before
 * recorder_run() returns. The launched command starts with the dispositions,
 * signal mask, rlimits, cwd, environment and descriptors the caller had
 * (every descriptor of the recorder's own is close-on-exec and never 0, 1 or
 * 2), with the caller as its direct parent, and its first traced system call
 * is its execve, as with `strace -f`.
 *
 * Signals: while a launched command runs, SIGINT/SIGTERM/SIGHUP sent to the
 * recorder do not stop it: the command gets them from the terminal or the
 * sender and recording goes on until the last traced task ends. With only
 * attached processes (-p), any of them makes the recorder detach cleanly
 * from every thread and close the trace.
 *
 * What the trace holds (the contract with the printer and analyzers; the
 * shapes themselves come from format/syscall_table.h and nowhere else):
 *  - one SyscallEntry at each syscall entry (nr, the argument registers the
 *    table says the call takes (all six for a call it does not know or of
 *    another architecture; readers take absent ones as 0), the entry memory
 *    the table names) and one SyscallExit at each exit (raw
 *    return value, is_error, the exit memory, read only for successful calls).
 *    Exit stops that are interruptions (-ERESTARTSYS ...) keep their raw value.
 *  - Blob.data of a string holds the bytes before its NUL (the NUL is not
 *    stored). A string not terminated within its limit (PATH_MAX, or
 *    MAX_ARG_STRLEN for argv/envp strings) keeps that many bytes and has
 *    full_len = captured length + 1, meaning "longer, length unknown".
 *  - A buffer cut by the -s limit has full_len set to the length it had
 *    (with -s 0 every such buffer is a Blob with no data and full_len set).
 *  - NULL pointers are never read and get no Blob. A region that could not
 *    be read (by process_vm_readv nor PTRACE_PEEKDATA) gets a Blob with
 *    read_errno set (EFAULT, EIO ...) and holds the readable prefix, often
 *    nothing: the printer shows the address, as strace does.
 *  - A region larger than the recorder's per-stop budget (16 MiB in all)
 *    gets read_errno ENOBUFS and full_len, but no data.
 *  - The first event is a NewTask for the launched command (parent_tid 0,
 *    attached 0, ppid the recorder) and/or one per attached thread
 *    (attached 1). Then NewTask for every thread or process created (parent
 *    tid, tgid, ppid, clone flags from the table's syscall_table_clone_flags,
 *    always before any event of the new task), Exec at every successful exec
 *    (the new image's path from /proc/PID/exe and its argv from
 *    /proc/PID/cmdline; former_tid when a non-leader thread exec'ed: the
 *    leader's pending call then ends unfinished and its task is superseded),
 *    Signal at every signal-delivery-stop (raw siginfo) and group-stop
 *    (group_stop = 1), and Exit when a task ends (status, or killing signal
 *    and core flag; group = 1 for the last thread of its process).
 *  - Process lifecycle events are recorded whatever the -e filter.
 *
 * Timing: events are appended to a threaded trace_writer; the recorder
 * flushes at least every 250 ms while events arrive and when idle, so a
 * recorder killed with SIGKILL leaves a trace readable up to that point.
 *
 * Not thread-safe and not reentrant: one recorder_run() per process at a time
 * (it uses process-wide signal dispositions and waits for any child).
 * Library code: it never prints and never exits; errors are returned.
 */
#ifndef RTRACE_RECORDER_H
#define RTRACE_RECORDER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#define RECORDER_DEFAULT_OUTPUT "rtrace.trace"
#define RECORDER_DEFAULT_CAPTURE 4096u

/* Errors of the recorder, below the errno and trace_error ranges. */
enum recorder_error {
	RECORDER_E_NOCMD = -2001,    /* neither a command nor a pid to attach */
	RECORDER_E_NOTFOUND = -2002, /* the command is not found (shell: 127) */
	RECORDER_E_NOEXEC = -2003,   /* the command cannot be executed (shell: 126) */
	RECORDER_E_OUTPUT = -2004,   /* the trace file cannot be created (sys_errno says why) */
	RECORDER_E_FILTER = -2005,   /* the -e expression is invalid (message in result.message) */
	RECORDER_E_ATTACH = -2006,   /* a pid cannot be attached (result.pid; sys_errno
				      * ESRCH: no such process, EPERM: not permitted) */
	RECORDER_E_SECCOMP = -2007,  /* the seccomp filter could not be built or installed */
	RECORDER_E_WRITE = -2008,    /* writing the trace failed (sys_errno / trace error in
				      * result.write_error); the command still ran to its end */
	RECORDER_E_SPAWN = -2009,    /* fork or ptrace of the command failed (sys_errno) */
};

struct recorder_opts {
	const char *output;      /* trace file; NULL: RECORDER_DEFAULT_OUTPUT. Created with
				  * mode 0600; an existing file is truncated only once
				  * recording starts, and a file the recorder created is
				  * removed again when it fails before that */
	unsigned capture_bytes;  /* -s: bytes kept of each data buffer (0 keeps none) */
	const char *trace_expr;  /* -e: "trace=SET" or "SET" in strace's syntax; NULL or ""
				  * traces every syscall. A launched command gets a seccomp
				  * filter so other syscalls never stop; attached processes
				  * are filtered in the recorder */
	bool no_env;             /* --no-env: keep the environment out of the metadata */
	int zstd_level;          /* 0: frames at level 3, at level 1 while compressing takes
				  * over 1/25 of the elapsed time; else every frame at this
				  * level (a trace that is read once and removed) */
	const pid_t *attach;     /* -p: processes to attach to (every thread of each) */
	size_t nattach;
};

struct recorder_result {
	int wait_status;         /* the launched command's status as waitpid() gives it
				  * (W_EXITCODE(0, 0) when only attaching) */
	int sys_errno;           /* with an error: the errno behind it, or 0 */
	pid_t pid;               /* with RECORDER_E_ATTACH: the pid that failed */
	int write_error;         /* with RECORDER_E_WRITE: the trace_writer error code */
	char message[160];       /* with RECORDER_E_FILTER: the parser's message */
	uint64_t events;         /* events written to the trace */
	uint64_t bytes;          /* size of the trace file */
};

/* Fills OPTS with the defaults: output NULL, capture_bytes
 * RECORDER_DEFAULT_CAPTURE, no filter, environment kept, the default zstd
 * levels, no pids. */
void recorder_opts_init(struct recorder_opts *opts);

/* Records ARGV (NULL-terminated; ARGV[0] resolved along PATH as a shell would,
 * then exec'ed once) and/or the processes OPTS->attach, until every traced
 * task has ended (or, when only attaching, until a stop signal detaches).
 * ARGV may be NULL or empty when OPTS->nattach > 0.
 *
 * Returns 0 when the trace was written; RET->wait_status then holds the
 * command's status. Returns a RECORDER_E_* code or a negative errno
 * otherwise; RET (which may be NULL) is filled in both cases: on failure
 * sys_errno, pid and message give the detail. Errors found before anything
 * starts (no command, not found, bad filter, unwritable output, bad pid) are
 * reported before any process is started or attached. */
int recorder_run(const struct recorder_opts *opts, char *const argv[],
		 struct recorder_result *ret);

/* A short message for a RECORDER_E_* code, trace_error code or negative
 * errno ("command not found"). Never NULL. */
const char *recorder_strerror(int err);

#endif

/*
 * floor — the cheapest full syscall tracer: the floor rtrace record is
 * measured against (issue 6).
 *
 *   floor CMD [ARGS...]
 *
 * Runs CMD under ptrace and, for every syscall of every thread and child,
 * stops at entry and at exit, reads PTRACE_GET_SYSCALL_INFO and makes one
 * process_vm_readv of up to FLOOR_READ bytes (at entry from the first
 * pointer-looking argument, at exit from the stack), then resumes. Nothing is
 * kept or written: whatever a real tracer does beyond this is its own cost.
 *
 * Signals other than the tracer's own stops are passed on. Exits with CMD's
 * status, or 128 + the signal that killed it.
 */
#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <unistd.h>

#define FLOOR_READ 256

/* Tasks seen so far: a new task's first stop is its attach SIGSTOP, which
 * must be swallowed, not delivered. Open addressing; tids are never 0. */
#define TASKS_CAP 65536
static pid_t tasks[TASKS_CAP];

static int task_seen(pid_t tid, int add)
{
	size_t h = (size_t)tid * 2654435761u % TASKS_CAP;
	for (size_t i = 0; i < TASKS_CAP; i++, h = (h + 1) % TASKS_CAP) {
		if (tasks[h] == tid)
			return 1;
		if (tasks[h] == 0) {
			if (add)
				tasks[h] = tid;
			return 0;
		}
	}
	return 0; /* full: treat as new, which at worst swallows one SIGSTOP */
}

static char scratch[FLOOR_READ];

static void read_memory(pid_t tid, uint64_t addr)
{
	struct iovec local = { scratch, sizeof scratch }, remote = { (void *)addr, sizeof scratch };
	/* failures (EFAULT, a bad pointer) are part of the work, not an error */
	(void)process_vm_readv(tid, &local, 1, &remote, 1, 0);
}

static void syscall_stop(pid_t tid)
{
	struct __ptrace_syscall_info info;
	if (ptrace(PTRACE_GET_SYSCALL_INFO, tid, sizeof info, &info) <= 0)
		return;
	uint64_t addr = info.stack_pointer;
	if (info.op == PTRACE_SYSCALL_INFO_ENTRY)
		for (int i = 0; i < 6; i++)
			if (info.entry.args[i] >= 0x10000) {
				addr = info.entry.args[i];
				break;
			}
	read_memory(tid, addr);
}

static int run_child(char **argv)
{
	if (ptrace(PTRACE_TRACEME, 0, 0, 0) < 0)
		_exit(126);
	raise(SIGSTOP);
	execvp(argv[0], argv);
	fprintf(stderr, "floor: cannot run '%s': %s\n", argv[0], strerror(errno));
	_exit(127);
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		fprintf(stderr, "usage: floor CMD [ARGS...]\n");
		return 2;
	}
	pid_t root = fork();
	if (root < 0) {
		perror("floor: fork");
		return 1;
	}
	if (root == 0)
		run_child(argv + 1);
	int st;
	if (waitpid(root, &st, 0) < 0 || !WIFSTOPPED(st)) {
		fprintf(stderr, "floor: the command did not stop for the tracer\n");
		return 1;
	}
	long opts = PTRACE_O_TRACESYSGOOD | PTRACE_O_TRACEFORK | PTRACE_O_TRACEVFORK |
		    PTRACE_O_TRACECLONE | PTRACE_O_TRACEEXEC | PTRACE_O_EXITKILL;
	if (ptrace(PTRACE_SETOPTIONS, root, 0, opts) < 0) {
		perror("floor: PTRACE_SETOPTIONS");
		return 1;
	}
	task_seen(root, 1);
	ptrace(PTRACE_SYSCALL, root, 0, 0);
	int status = 1;
	/* until ECHILD: no tracee left (counting tasks would miss the threads
	 * an execve in another thread makes vanish) */
	for (;;) {
		pid_t tid = waitpid(-1, &st, __WALL);
		if (tid < 0) {
			if (errno == EINTR)
				continue;
			break;
		}
		if (WIFEXITED(st) || WIFSIGNALED(st)) {
			if (tid == root)
				status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
			continue;
		}
		int sig = WSTOPSIG(st), event = st >> 16, inject = 0;
		if (!task_seen(tid, 1)) {
			/* a new thread or child: its first stop is the attach SIGSTOP */
			if (sig != SIGSTOP)
				inject = sig;
		} else if (sig == (SIGTRAP | 0x80)) {
			syscall_stop(tid);
		} else if (sig == SIGTRAP && event) {
			/* fork/clone/exec/exit events: nothing to do but resume */
		} else {
			inject = sig;
		}
		ptrace(PTRACE_SYSCALL, tid, 0, inject);
	}
	return status;
}

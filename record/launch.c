/* launch — see launch.h for the contract. */
#include "launch.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "recorder.h"

extern char **environ;

/* signal(7): the standard signals whose default is to terminate (or dump
 * core) and that are not faults of the receiving process, plus SIGCHLD. */
static const int taken_signals[] = {
	SIGHUP, SIGINT, SIGQUIT, SIGTRAP, SIGABRT, SIGUSR1, SIGUSR2, SIGPIPE, SIGALRM,
	SIGTERM, SIGSTKFLT, SIGCHLD, SIGXCPU, SIGXFSZ, SIGVTALRM, SIGPROF, SIGIO, SIGPWR,
	SIGSYS,
};

int launch_signal_taken(int sig)
{
	if (sig >= SIGRTMIN && sig <= SIGRTMAX)
		return 1; /* real-time signals terminate by default */
	for (size_t i = 0; i < sizeof taken_signals / sizeof taken_signals[0]; i++)
		if (taken_signals[i] == sig)
			return 1;
	return 0;
}

/* 0 when PATH is an executable regular file, else the shell's verdict. */
static int check_file(const char *path)
{
	struct stat st;
	if (stat(path, &st) < 0)
		return RECORDER_E_NOTFOUND;
	if (S_ISDIR(st.st_mode) || access(path, X_OK) < 0)
		return RECORDER_E_NOEXEC;
	return 0;
}

int launch_resolve(const char *name, char **ret)
{
	if (!name || !*name)
		return RECORDER_E_NOTFOUND;
	if (strchr(name, '/')) {
		int r = check_file(name);
		if (r == 0 && !(*ret = strdup(name)))
			return -ENOMEM;
		return r;
	}
	const char *path = getenv("PATH");
	if (!path)
		path = "/usr/local/bin:/usr/bin:/bin";
	/* Like a shell: the first executable match wins; a match that is not
	 * executable makes the answer 126 rather than 127. */
	int verdict = RECORDER_E_NOTFOUND;
	size_t nlen = strlen(name);
	for (const char *p = path;; p++) {
		const char *end = strchrnul(p, ':');
		size_t dlen = (size_t)(end - p);
		char *cand = malloc(dlen + nlen + 3);
		if (!cand)
			return -ENOMEM;
		if (dlen == 0)
			memcpy(cand, ".", 2), dlen = 1;
		else
			memcpy(cand, p, dlen);
		cand[dlen] = '/';
		memcpy(cand + dlen + 1, name, nlen + 1);
		int r = check_file(cand);
		if (r == 0) {
			*ret = cand;
			return 0;
		}
		free(cand);
		if (r == RECORDER_E_NOEXEC)
			verdict = r;
		if (!*end)
			break;
		p = end;
	}
	return verdict;
}

int launch_fd_above_stdio(int fd)
{
	if (fd < 0 || fd > 2)
		return fd;
	int n = fcntl(fd, F_DUPFD_CLOEXEC, 3);
	int err = errno;
	close(fd);
	return n < 0 ? -err : n;
}

static int cloexec_pipe(int fds[2])
{
	if (pipe2(fds, O_CLOEXEC) < 0)
		return -errno;
	for (int i = 0; i < 2; i++) {
		int n = launch_fd_above_stdio(fds[i]);
		if (n < 0) {
			close(fds[1 - i]);
			return n;
		}
		fds[i] = n;
	}
	return 0;
}

/* seccomp(2) needs no_new_privs unless the caller has CAP_SYS_ADMIN; setting
 * it would change what a setuid program does, so only when refused. */
static int install_filter(const void *prog)
{
	if (syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, prog) == 0)
		return 0;
	if (errno != EACCES)
		return -1;
	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0)
		return -1;
	return (int)syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, prog);
}

/* In the child, between fork and exec: only async-signal-safe calls. */
static void child(const char *path, char *const argv[], const void *filter,
		  const struct launch_state *st, int go_r, int go_w, int err_w)
{
	for (int sig = 1; sig < NSIG; sig++)
		if (launch_signal_taken(sig))
			sigaction(sig, &st->saved[sig], NULL);
	sigprocmask(SIG_SETMASK, &st->mask, NULL);
	close(go_w);
	char c;
	while (read(go_r, &c, 1) < 0 && errno == EINTR)
		;
	int err = 0;
	if (filter && install_filter(filter) < 0)
		err = errno;
	if (!err) {
		execve(path, argv, environ);
		err = errno;
	}
	while (write(err_w, &err, sizeof err) < 0 && errno == EINTR)
		;
	_exit(err == ENOENT ? 127 : 126);
}

int launch_spawn(const char *path, char *const argv[], const void *filter,
		 const struct launch_state *state, struct launch_child *ret)
{
	int go[2], er[2];
	int r = cloexec_pipe(go);
	if (r < 0)
		return r;
	r = cloexec_pipe(er);
	if (r < 0) {
		close(go[0]);
		close(go[1]);
		return r;
	}
	pid_t pid = fork();
	if (pid == 0)
		child(path, argv, filter, state, go[0], go[1], er[1]);
	int err = errno;
	close(go[0]);
	close(er[1]);
	if (pid < 0) {
		close(go[1]);
		close(er[0]);
		return -err;
	}
	ret->pid = pid;
	ret->go_fd = go[1];
	ret->err_fd = er[0];
	return 0;
}

int launch_exec_error(struct launch_child *c)
{
	int err = 0;
	if (c->err_fd < 0)
		return 0;
	ssize_t n;
	while ((n = read(c->err_fd, &err, sizeof err)) < 0 && errno == EINTR)
		;
	close(c->err_fd);
	c->err_fd = -1;
	return n == (ssize_t)sizeof err ? err : 0;
}

/* execve's failures and shapes, each in its own forked child (SIGCHLD blocked):
 * ENOENT, EACCES (a file without x bit), ENOEXEC (an executable text file
 * without #!, which execve itself refuses), a #! script run through /bin/sh,
 * an argv of 40 words and strings longer than 32 bytes, an empty envp,
 * execveat with AT_EMPTY_PATH on an O_PATH fd, and fexecve.  Then a thread
 * blocked in read while the main thread calls exit_group, so strace prints
 * that read as unfinished and the thread's exit. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static void write_file(const char *path, const char *text, mode_t mode)
{
	int fd = open(path, O_CREAT | O_WRONLY | O_TRUNC, mode);
	write(fd, text, __builtin_strlen(text));
	close(fd);
}

static void run(void (*child)(void))
{
	int st;
	pid_t c = fork();
	if (c == 0) {
		child();
		_exit(127);
	}
	waitpid(c, &st, 0);
}

static char *empty_env[] = { NULL };

static void exec_missing(void) { char *a[] = { "nope", NULL }; execve("./nope", a, empty_env); }
static void exec_noperm(void) { char *a[] = { "noperm", NULL }; execve("./noperm", a, empty_env); }
static void exec_noexec(void) { char *a[] = { "plain", NULL }; execve("./plain", a, empty_env); }
static void exec_script(void)
{
	char *a[] = { "./script.sh", "first argument that is longer than thirty-two bytes", NULL };
	char *e[] = { "VAR=value", "OTHER=1", NULL };
	execve("./script.sh", a, e);
}
static void exec_many(void)
{
	char *a[42];
	static char words[40][8];
	a[0] = "/bin/true";
	for (int i = 0; i < 40; i++) {
		snprintf(words[i], sizeof words[i], "w%d", i);
		a[i + 1] = words[i];
	}
	a[41] = NULL;
	execve("/bin/true", a, empty_env);
}
static void exec_at(void)
{
	char *a[] = { "true", NULL };
	int fd = open("/bin/true", O_PATH | O_CLOEXEC);
	syscall(SYS_execveat, fd, "", a, empty_env, AT_EMPTY_PATH);
}
static void exec_f(void)
{
	char *a[] = { "echo", "via fexecve", NULL };
	int fd = open("/bin/echo", O_RDONLY | O_CLOEXEC);
	fexecve(fd, a, empty_env);
}

static int p[2];

static void *blocked(void *arg)
{
	char c;
	(void)arg;
	write(1, "thread blocks\n", 14);
	read(p[0], &c, 1);
	return NULL;
}

int main(void)
{
	sigset_t set;
	pthread_t t;

	sigemptyset(&set);
	sigaddset(&set, SIGCHLD);
	sigprocmask(SIG_BLOCK, &set, NULL);
	write_file("noperm", "#!/bin/sh\n", 0644);
	write_file("plain", "echo plain\n", 0755);
	write_file("script.sh", "#!/bin/sh\necho \"script: $1\"\n", 0755);
	run(exec_missing);
	run(exec_noperm);
	run(exec_noexec);
	run(exec_script);
	run(exec_many);
	run(exec_at);
	run(exec_f);

	pipe(p);
	pthread_create(&t, NULL, blocked, NULL);
	struct timespec ts = { 0, 50000000 };
	nanosleep(&ts, NULL);
	exit(0);
}

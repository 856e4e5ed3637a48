/* test_json_probe: the program test_show_json records (not a test suite
 * itself). `test_json_probe DIR` makes, inside DIR, one call of each kind
 * whose --json form the test checks: flag sets (openat, mmap, fcntl's
 * F_GETFL note), modes, structs (fstat, newfstatat, rt_sigaction, clone3,
 * sockaddr), strings (read), signal sets (rt_sigprocmask, pselect6's
 * sigmask), in/out values (getsockname's length, sendfile's offset), notes
 * (poll's ready fds, pselect6's Timeout) and numbers strace prints in hex
 * (mmap's offset). Everything works on its own files and on loopback. */
#include <arpa/inet.h>
#include <fcntl.h>
#include <linux/sched.h>
#include <netinet/in.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/random.h>
#include <sys/resource.h>
#include <sys/select.h>
#include <sys/sendfile.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

static void on_usr1(int sig)
{
	(void)sig;
}

static void files(void)
{
	int fd = openat(AT_FDCWD, "f", O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0640);
	write(fd, "hello", 5);
	lseek(fd, 0, SEEK_SET);
	char buf[8];
	read(fd, buf, 5);
	struct stat st;
	syscall(SYS_fstat, fd, &st);
	syscall(SYS_newfstatat, AT_FDCWD, "f", &st, 0);
	fcntl(fd, F_GETFL);
	void *m = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	munmap(m, 4096);
	m = mmap(NULL, 4096, PROT_READ, MAP_SHARED, fd, 4096); /* fails: offset past the end is fine */
	if (m != MAP_FAILED)
		munmap(m, 4096);
	int out = openat(AT_FDCWD, "g", O_WRONLY | O_CREAT | O_TRUNC, 0600);
	off_t off = 1;
	sendfile(out, fd, &off, 3);
	close(out);
	close(fd);
}

static void signals(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_usr1;
	sigemptyset(&sa.sa_mask);
	sigaddset(&sa.sa_mask, SIGINT);
	sa.sa_flags = SA_RESTART;
	sigaction(SIGUSR1, &sa, NULL);
	sigset_t set, old;
	sigemptyset(&set);
	sigaddset(&set, SIGUSR2);
	sigprocmask(SIG_BLOCK, &set, &old);
	sigprocmask(SIG_SETMASK, &old, NULL);
	/* pselect6 with a sigmask: the { ss, ss_len } pair strace prints as {[INT], 8} */
	sigset_t mask;
	sigemptyset(&mask);
	sigaddset(&mask, SIGINT);
	struct timespec zero = { 0, 0 };
	struct { const sigset_t *ss; size_t len; } sm = { &mask, 8 };
	syscall(SYS_pselect6, 0, NULL, NULL, NULL, &zero, &sm);
}

static void processes(void)
{
	int ptid = 0;
	struct clone_args ca;
	memset(&ca, 0, sizeof ca);
	ca.flags = CLONE_PARENT_SETTID;
	ca.parent_tid = (uint64_t)(uintptr_t)&ptid;
	ca.exit_signal = SIGCHLD;
	long pid = syscall(SYS_clone3, &ca, sizeof ca);
	if (pid == 0)
		syscall(SYS_exit_group, 0);
	int status;
	if (pid > 0)
		wait4((pid_t)pid, &status, 0, NULL);
	struct rlimit rl;
	prlimit(0, RLIMIT_NOFILE, NULL, &rl);
	cpu_set_t cpus;
	sched_getaffinity(0, sizeof cpus, &cpus);
	char rnd[4];
	getrandom(rnd, sizeof rnd, GRND_NONBLOCK);
}

static void descriptors(void)
{
	int p[2];
	pipe2(p, O_CLOEXEC);
	write(p[1], "x", 1);
	struct pollfd fds[2] = { { p[0], POLLIN, 0 }, { p[1], POLLOUT, 0 } };
	poll(fds, 2, 0);
	close(p[0]);
	close(p[1]);
	int s = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, IPPROTO_TCP);
	struct sockaddr_in a;
	memset(&a, 0, sizeof a);
	a.sin_family = AF_INET;
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	bind(s, (struct sockaddr *)&a, sizeof a);
	struct sockaddr_in6 b;
	socklen_t len = sizeof b; /* longer than the address: the kernel shortens it */
	getsockname(s, (struct sockaddr *)&b, &len);
	close(s);
}

int main(int argc, char **argv)
{
	if (argc != 2 || chdir(argv[1]) < 0)
		return 2;
	files();
	signals();
	processes();
	descriptors();
	return 0;
}

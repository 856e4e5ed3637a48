/* Synchronous signals caught by handlers: SIGSEGV from a NULL store
 * (SEGV_MAPERR) and from a write to a read-only page (SEGV_ACCERR), each
 * handled on an alternate stack and left with siglongjmp; SIGFPE from an
 * integer division by zero; SIGBUS from a mapping past the end of a file;
 * SIGILL from ud2; SIGTRAP from int3 (a tracer must pass it on); SIGPIPE
 * and EPIPE from a write to a pipe nobody reads; SIGXFSZ and EFBIG past
 * RLIMIT_FSIZE; and SIGSYS from a seccomp filter that traps getppid. */
#include <errno.h>
#include <fcntl.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <stddef.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <setjmp.h>
#include <signal.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

static sigjmp_buf jb;

static volatile sig_atomic_t got_xfsz;

/* SIGXFSZ only counts: while RLIMIT_FSIZE is low, a write to stdout (a file)
 * would raise SIGXFSZ again */
static void on_plain(int sig)
{
	if (sig == SIGXFSZ)
		got_xfsz++;
	else
		write(1, "pipe\n", 5);
}

static void trap_getppid(void)
{
	struct sock_filter f[] = {
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_getppid, 0, 1),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_TRAP | 7),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
	};
	struct sock_fprog prog = { sizeof f / sizeof f[0], f };
	prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
	prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog);
}

static void on_fault(int sig, siginfo_t *si, void *ctx)
{
	(void)si; (void)ctx;
	static const char *names[NSIG] = { [SIGSEGV] = "segv\n", [SIGFPE] = "fpe \n",
		[SIGBUS] = "bus \n", [SIGILL] = "ill \n", [SIGTRAP] = "trap\n", [SIGSYS] = "sys \n" };
	write(1, names[sig] ? names[sig] : "??? \n", 5);
	if (sig != SIGTRAP)
		siglongjmp(jb, 1);
}

int main(void)
{
	static char alt[65536];
	stack_t ss = { .ss_sp = alt, .ss_size = sizeof alt };
	struct sigaction sa;
	volatile int zero = 0;

	sigaltstack(&ss, NULL);
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = on_fault;
	sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
	sigaction(SIGSEGV, &sa, NULL);
	sigaction(SIGFPE, &sa, NULL);
	sigaction(SIGBUS, &sa, NULL);

	if (sigsetjmp(jb, 1) == 0)
		*(volatile int *)0 = 1;
	char *ro = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (sigsetjmp(jb, 1) == 0)
		*(volatile char *)ro = 1;
	if (sigsetjmp(jb, 1) == 0)
		zero = 1 / zero;
	int fd = open("empty", O_CREAT | O_RDWR | O_TRUNC, 0644);
	char *m = mmap(NULL, 4096, PROT_READ, MAP_SHARED, fd, 0);
	if (sigsetjmp(jb, 1) == 0)
		zero = *(volatile char *)m;
	munmap(m, 4096);
	munmap(ro, 4096);
	close(fd);
	unlink("empty");

	sigaction(SIGILL, &sa, NULL);
	sigaction(SIGTRAP, &sa, NULL);
	sigaction(SIGSYS, &sa, NULL);
	if (sigsetjmp(jb, 1) == 0)
		__asm__ volatile("ud2");
	__asm__ volatile("int3");

	struct sigaction sp;
	memset(&sp, 0, sizeof sp);
	sp.sa_handler = on_plain;
	sigaction(SIGPIPE, &sp, NULL);
	sigaction(SIGXFSZ, &sp, NULL);
	int p[2];
	pipe(p);
	close(p[0]);
	write(p[1], "x", 1);
	close(p[1]);
	struct rlimit rl = { 10, RLIM_INFINITY }, old;
	getrlimit(RLIMIT_FSIZE, &old);
	setrlimit(RLIMIT_FSIZE, &rl);
	int big = open("big", O_CREAT | O_WRONLY | O_TRUNC, 0644);
	write(big, "0123456789abcdefghij", 20);
	write(big, "more", 4);
	setrlimit(RLIMIT_FSIZE, &old);
	close(big);
	write(1, got_xfsz == 1 ? "xfsz\n" : "xfs?\n", 5);
	unlink("big");

	trap_getppid();
	if (sigsetjmp(jb, 1) == 0)
		getppid();
	return 0;
}

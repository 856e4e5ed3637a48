/* Synchronous signals caught by handlers: SIGSEGV from a NULL store
 * (SEGV_MAPERR) and from a write to a read-only page (SEGV_ACCERR), each
 * handled on an alternate stack and left with siglongjmp; SIGFPE from an
 * integer division by zero; SIGBUS from a mapping past the end of a file. */
#include <fcntl.h>
#include <setjmp.h>
#include <signal.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

static sigjmp_buf jb;

static void on_fault(int sig, siginfo_t *si, void *ctx)
{
	(void)si; (void)ctx;
	write(1, sig == SIGSEGV ? "segv\n" : sig == SIGFPE ? "fpe \n" : "bus \n", 5);
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
	return 0;
}

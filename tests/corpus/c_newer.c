/* Syscall numbers at the edge of strace 6.1's table: ones it knows that
 * few programs use (io_uring_setup with its params struct, io_uring_enter,
 * epoll_pwait2, futex_waitv with no waiters, landlock_create_ruleset asking
 * the ABI version, process_madvise, memfd_secret, set_mempolicy_home_node),
 * ones added to Linux after it (cachestat 451, fchmodat2 452,
 * map_shadow_stack 453, futex_wake 454, listmount 458, mseal 462), which
 * strace 6.1 prints as syscall_0x...().  (Numbers no kernel has are not
 * tried: this machine's sandbox answers them with EPERM and then SIGILL.)  Each call's result is whatever the kernel
 * says; nothing here depends on it. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/io_uring.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <time.h>
#include <unistd.h>

int main(void)
{
	struct io_uring_params p;
	memset(&p, 0, sizeof p);
	int ring = syscall(425 /* io_uring_setup */, 4, &p);
	syscall(426 /* io_uring_enter */, ring, 0, 0, IORING_ENTER_GETEVENTS, NULL, 0);
	close(ring);

	int ep = epoll_create1(0);
	struct epoll_event ev;
	struct timespec zero = { 0, 0 };
	syscall(441 /* epoll_pwait2 */, ep, &ev, 1, &zero, NULL, 8);
	close(ep);
	syscall(449 /* futex_waitv */, NULL, 0, 0, NULL, 0);
	syscall(444 /* landlock_create_ruleset */, NULL, 0, 1 /* VERSION */);
	int self = syscall(SYS_pidfd_open, getpid(), 0);
	char buf[4096];
	struct iovec iov = { buf, sizeof buf };
	syscall(440 /* process_madvise */, self, &iov, 1, MADV_COLD, 0);
	close(self);
	int sec = syscall(447 /* memfd_secret */, 0);
	if (sec >= 0)
		close(sec);
	syscall(450 /* set_mempolicy_home_node */, buf, 4096, 0, 0);

	int fd = open("data.txt", O_RDONLY);
	struct { unsigned long long off, len; } range = { 0, 0 };
	unsigned long long cs[5];
	syscall(451 /* cachestat */, fd, &range, cs, 0);
	close(fd);
	syscall(452 /* fchmodat2 */, AT_FDCWD, "data.txt", 0640, 0);
	syscall(453 /* map_shadow_stack */, 0, 4096, 0);
	syscall(454 /* futex_wake */, NULL, 0, 1, 0);
	syscall(458 /* listmount */, NULL, NULL, 0, 0);
	syscall(462 /* mseal */, NULL, 0, 0);
	write(1, "done\n", 5);
	return 0;
}

/* File mappings: MAP_SHARED of a file written through memory and flushed
 * with msync (MS_SYNC, MS_ASYNC|MS_INVALIDATE), MAP_PRIVATE copy-on-write of
 * the same file, mprotect, madvise (WILLNEED, DONTNEED), mincore, mlock and
 * munlock, a MAP_FIXED replacement, and an mmap of a bad fd (EBADF).
 * Then memfd_create with MFD_CLOEXEC|MFD_ALLOW_SEALING, ftruncate, write, a
 * mapping of it, F_ADD_SEALS/F_GET_SEALS, a write refused by F_SEAL_WRITE,
 * and the readlink of its /proc/self/fd entry. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

static int memfd_calls(void)
{
	char path[64], buf[64];

	int fd = memfd_create("corpus", MFD_CLOEXEC | MFD_ALLOW_SEALING);
	ftruncate(fd, 4096);
	write(fd, "memfd\n", 6);
	char *m = mmap(NULL, 4096, PROT_READ, MAP_SHARED, fd, 0);
	munmap(m, 4096);
	fcntl(fd, F_ADD_SEALS, F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_WRITE);
	fcntl(fd, F_GET_SEALS);
	write(fd, "more", 4);
	ftruncate(fd, 10);
	snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
	ssize_t n = readlink(path, buf, sizeof buf);
	if (n > 0)
		write(1, buf, n);
	write(1, "\n", 1);
	close(fd);
	return 0;
}

int main(void)
{
	unsigned char vec[4];

	int fd = open("shared.bin", O_CREAT | O_RDWR | O_TRUNC, 0644);
	ftruncate(fd, 8192);
	char *sh = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	memcpy(sh, "written through memory\n", 23);
	msync(sh, 4096, MS_SYNC);
	msync(sh, 8192, MS_ASYNC | MS_INVALIDATE);
	char *pv = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 4096);
	pv[0] = 'p';
	mprotect(pv, 4096, PROT_READ);
	madvise(sh, 8192, MADV_WILLNEED);
	madvise(pv, 4096, MADV_DONTNEED);
	mincore(sh, 8192, vec);
	mlock(sh, 4096);
	munlock(sh, 4096);
	mmap(sh + 4096, 4096, PROT_READ, MAP_PRIVATE | MAP_FIXED | MAP_ANONYMOUS, -1, 0);
	mmap(NULL, 4096, PROT_READ, MAP_SHARED, 77, 0);
	munmap(pv, 4096);
	munmap(sh, 8192);
	char buf[32];
	pread(fd, buf, 23, 0);
	write(1, buf, 23);
	close(fd);
	memfd_calls();
	return 0;
}

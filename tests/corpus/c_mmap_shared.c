/* File mappings: MAP_SHARED of a file written through memory and flushed
 * with msync (MS_SYNC, MS_ASYNC|MS_INVALIDATE), MAP_PRIVATE copy-on-write of
 * the same file, mprotect, madvise (WILLNEED, DONTNEED), mincore, mlock and
 * munlock, a MAP_FIXED replacement, and an mmap of a bad fd (EBADF). */
#include <fcntl.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

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
	return 0;
}

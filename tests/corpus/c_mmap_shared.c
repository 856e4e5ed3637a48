/* File mappings: MAP_SHARED of a file written through memory and flushed
 * with msync (MS_SYNC, MS_ASYNC|MS_INVALIDATE), MAP_PRIVATE copy-on-write of
 * the same file, mprotect, madvise (WILLNEED, DONTNEED), mincore, mlock and
 * munlock, a MAP_FIXED replacement, and an mmap of a bad fd (EBADF).
 * Then memfd_create with MFD_CLOEXEC|MFD_ALLOW_SEALING, ftruncate, write, a
 * mapping of it, F_ADD_SEALS/F_GET_SEALS, a write refused by F_SEAL_WRITE,
 * and the readlink of its /proc/self/fd entry.  Then mapping flags and
 * failures: MAP_FIXED_NOREPLACE over a mapping (EEXIST), MAP_SHARED_VALIDATE
 * with an unknown flag (EOPNOTSUPP), MAP_HUGETLB, MAP_POPULATE|MAP_LOCKED,
 * MAP_STACK|MAP_GROWSDOWN, MAP_32BIT, mremap with MREMAP_MAYMOVE|MREMAP_FIXED
 * and MREMAP_DONTUNMAP, madvise DONTFORK/WIPEONFORK/DODUMP, mprotect with
 * PROT_NONE and an unaligned address (EINVAL), and brk(NULL). */
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

static void map_flags(void)
{
	size_t pg = 4096;
	char *a = mmap(NULL, 4 * pg, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	mmap(a, pg, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
	mmap(NULL, pg, PROT_READ, MAP_SHARED_VALIDATE | MAP_ANONYMOUS | 0x4000000, -1, 0);
	mmap(NULL, 2 << 20, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_HUGETLB, -1, 0);
	char *b = mmap(NULL, pg, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE | MAP_LOCKED, -1, 0);
	char *c = mmap(NULL, pg, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK | MAP_GROWSDOWN, -1, 0);
	char *d = mmap(NULL, pg, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_32BIT, -1, 0);
	char *e = mremap(a, pg, pg, MREMAP_MAYMOVE | MREMAP_FIXED, a + 2 * pg);
	char *f = mremap(a + pg, pg, pg, MREMAP_MAYMOVE | MREMAP_DONTUNMAP);
	madvise(a + 3 * pg, pg, MADV_DONTFORK);
	madvise(a + 3 * pg, pg, MADV_WIPEONFORK);
	madvise(a + 3 * pg, pg, MADV_DODUMP);
	mprotect(a + 3 * pg, pg, PROT_NONE);
	mprotect(a + 1, pg, PROT_READ);
	sbrk(0);
	munmap(f, pg);
	munmap(e, pg);
	munmap(d, pg);
	munmap(c, pg);
	munmap(b, pg);
	munmap(a, 4 * pg);
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
	map_flags();
	return 0;
}

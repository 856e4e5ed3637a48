/* memory: brk, an anonymous mmap written and mprotect'ed, munmap, and a
 * PROT_NONE page passed to write() (the recorder reads it anyway), and a
 * path pointer into unmapped memory (the recorder reports it unreadable).
 * Prints a checksum of what it wrote. */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

int main(void)
{
	void *cur = sbrk(0);
	if (brk((char *)cur + 8192) < 0)
		return 2;
	size_t len = 4 * 4096;
	unsigned char *m = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (m == MAP_FAILED)
		return 3;
	unsigned sum = 0;
	for (size_t i = 0; i < len; i++)
		sum += (m[i] = (unsigned char)(i * 7));
	if (mprotect(m, 4096, PROT_READ) < 0)
		return 4;
	if (mprotect(m + 4096, 4096, PROT_NONE) < 0)
		return 5;
	ssize_t w = write(-1, m + 4096, 16); /* EBADF: but the buffer is PROT_NONE */
	munmap(m, len);
	int bad = openat(AT_FDCWD, (const char *)m, O_RDONLY); /* unmapped now: EFAULT */
	printf("sum %u write %zd open %d\n", sum, w, bad);
	return 0;
}

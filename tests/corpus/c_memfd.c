/* memfd_create with MFD_CLOEXEC|MFD_ALLOW_SEALING, ftruncate, write, mmap of
 * it, seals via fcntl F_ADD_SEALS/F_GET_SEALS, a write refused by F_SEAL_WRITE
 * (EPERM), and /proc/self/fd readlink of the memfd. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <sys/mman.h>
#include <unistd.h>

int main(void)
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

/* Descriptor odds and ends: O_TMPFILE linked into place with linkat through
 * /proc/self/fd, an O_PATH descriptor (fstat works, read fails with EBADF),
 * lseek SEEK_DATA/SEEK_HOLE on a sparse file, pread past the end, dup3 with
 * O_CLOEXEC and its EINVAL for equal fds, fcntl F_DUPFD_CLOEXEC, F_GETFL of
 * an O_APPEND|O_NONBLOCK file, F_SETFL, memfd seals (F_ADD_SEALS, F_GET_SEALS,
 * a write refused with EPERM), close_range with CLOSE_RANGE_CLOEXEC, chdir,
 * fchdir and getcwd, mknod of a FIFO and of a character device, umask, and
 * chroot of a missing directory. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/close_range.h>
#include <stdio.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void)
{
	char path[64], buf[16];
	int t = open(".", O_TMPFILE | O_RDWR, 0600);
	write(t, "tmpfile\n", 8);
	snprintf(path, sizeof path, "/proc/self/fd/%d", t);
	linkat(AT_FDCWD, path, AT_FDCWD, "linked.txt", AT_SYMLINK_FOLLOW);
	int p = open("linked.txt", O_PATH | O_NOFOLLOW);
	struct stat st;
	fstat(p, &st);
	read(p, buf, sizeof buf);
	int s = open("sparse.bin", O_RDWR | O_CREAT | O_TRUNC, 0644);
	pwrite(s, "end", 3, 1 << 20);
	lseek(s, 0, SEEK_DATA);
	lseek(s, 0, SEEK_HOLE);
	pread(s, buf, sizeof buf, 2 << 20);
	dup3(s, 10, O_CLOEXEC);
	dup3(s, s, 0);
	fcntl(s, F_DUPFD_CLOEXEC, 20);
	int a = open("app.txt", O_WRONLY | O_CREAT | O_APPEND | O_NONBLOCK, 0644);
	fcntl(a, F_GETFL);
	fcntl(a, F_SETFL, O_APPEND);
	fcntl(a, F_GETFD);
	int m = memfd_create("sealed", MFD_ALLOW_SEALING);
	write(m, "x", 1);
	fcntl(m, F_ADD_SEALS, F_SEAL_WRITE | F_SEAL_SHRINK | F_SEAL_GROW);
	fcntl(m, F_GET_SEALS);
	write(m, "y", 1);
	syscall(SYS_close_range, 10, 20, CLOSE_RANGE_CLOEXEC);
	syscall(SYS_close_range, 10, ~0u, 0);
	mkdir("sub", 0750);
	int d = open(".", O_RDONLY | O_DIRECTORY);
	chdir("sub");
	getcwd(path, sizeof path);
	fchdir(d);
	getcwd(path, 4);
	mknod("fifo", S_IFIFO | 0600, 0);
	mknod("null", S_IFCHR | 0666, makedev(1, 3));
	umask(027);
	umask(022);
	chroot("no-such-dir");
	return 0;
}

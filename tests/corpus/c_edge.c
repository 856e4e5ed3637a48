/* Argument edge cases of ordinary file calls: bad pointers (EFAULT, printed as
 * addresses), NULL, negative and huge fds, unknown flag bits, strings that need
 * escaping (tabs, quotes, backslashes, bytes >= 0x80, an embedded NUL), a
 * write longer than strace's 32-byte string limit, a path longer than it,
 * lseek with SEEK_END/SEEK_DATA/SEEK_HOLE and a negative offset, and the
 * legacy x86_64 syscalls (open, stat, lstat, access, pipe, dup2, creat, link,
 * unlink, rename, mkdir, rmdir, chmod, readlink, symlink, utime, utimes,
 * futimesat, getdents, alarm, time) made through syscall(2).  Last, more
 * edges: openat2 with struct open_how (RESOLVE_BENEATH refusing "..",
 * RESOLVE_NO_SYMLINKS), chown/fchown/lchown with -1, setuid/setgid/
 * setreuid/setregid/setfsuid/setfsgid to the current ids, getcwd into a
 * too-small buffer (ERANGE), readlink truncated by a short buffer, pipe2
 * with O_DIRECT|O_NONBLOCK, and calls that fail harmlessly (chroot,
 * delete_module, swapon of missing paths; umount of a non-mount point). */
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/openat2.h>
#include <sys/fsuid.h>
#include <sys/mount.h>
#include <sys/swap.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <unistd.h>
#include <utime.h>

static void more_edges(void)
{
	struct open_how how = { .flags = O_RDONLY | O_CLOEXEC, .resolve = RESOLVE_BENEATH };
	char small[4];
	int p[2];

	int fd = syscall(SYS_openat2, AT_FDCWD, "data.txt", &how, sizeof how);
	close(fd);
	syscall(SYS_openat2, AT_FDCWD, "../x", &how, sizeof how);
	how.resolve = RESOLVE_NO_SYMLINKS | RESOLVE_NO_MAGICLINKS;
	how.flags = O_WRONLY | O_CREAT;
	how.mode = 0600;
	syscall(SYS_openat2, AT_FDCWD, "tree/link", &how, sizeof how);
	chown("data.txt", -1, -1);
	lchown("tree/link", 0, -1);
	fd = open("data.txt", O_RDONLY);
	fchown(fd, -1, 0);
	close(fd);
	setuid(getuid());
	setgid(getgid());
	setreuid(-1, -1);
	setregid(-1, getegid());
	setfsuid(getuid());
	setfsgid(getgid());
	syscall(SYS_getcwd, small, sizeof small);
	readlink("tree/link", small, 2);
	pipe2(p, O_DIRECT | O_NONBLOCK);
	write(p[1], "packet", 6);
	read(p[0], small, 4);
	close(p[0]);
	close(p[1]);
	chroot("no-such-root");
	syscall(SYS_delete_module, "no_such_module", O_NONBLOCK);
	swapon("no-such-swap", 0);
	swapoff("no-such-swap");
	umount2("tree", 0);
}

int main(void)
{
	char buf[300];
	struct stat st;
	int p[2];

	syscall(SYS_openat, AT_FDCWD, (char *)1, O_RDONLY);
	syscall(SYS_openat, AT_FDCWD, NULL, O_RDONLY);
	open("data.txt", O_RDONLY | 0x10000000);
	open("data.txt", O_WRONLY | O_APPEND | O_NOATIME | O_NOFOLLOW | O_DSYNC);
	read(-1, buf, 1);
	read(1000000, buf, 1);
	int fd = open("data.txt", O_RDONLY);
	read(fd, (void *)8, 4);
	fstat(fd, (struct stat *)16);
	stat("data.txt", NULL);
	static const char esc[] = "tab\there \"quoted\" back\\slash \x01\x7f\x80\xff end\n";
	write(1, esc, sizeof esc - 1);
	write(1, "nul\0inside\n", 11);
	memset(buf, 'x', sizeof buf);
	write(1, buf, 100);
	write(1, "\n", 1);
	char longp[120];
	memset(longp, 'p', sizeof longp - 1);
	longp[sizeof longp - 1] = 0;
	open(longp, O_RDONLY);
	open("d\xc3\xa9j\xc3\xa0 vu\n.txt", O_CREAT | O_WRONLY, 0644);
	lseek(fd, -5, SEEK_END);
	lseek(fd, 0, SEEK_DATA);
	lseek(fd, 0, SEEK_HOLE);
	lseek(fd, -100, SEEK_SET);
	lseek(fd, 0, 7);
	read(fd, buf, 0);
	close(fd);

	syscall(SYS_open, "legacy.txt", O_CREAT | O_RDWR, 0600);
	syscall(SYS_creat, "creat.txt", 0644);
	syscall(SYS_stat, "legacy.txt", &st);
	syscall(SYS_lstat, "tree/link", &st);
	syscall(SYS_access, "legacy.txt", W_OK);
	syscall(SYS_pipe, p);
	syscall(SYS_dup2, p[0], 20);
	syscall(SYS_link, "legacy.txt", "legacy2.txt");
	syscall(SYS_rename, "legacy2.txt", "legacy3.txt");
	syscall(SYS_unlink, "legacy3.txt");
	syscall(SYS_mkdir, "ldir", 0751);
	syscall(SYS_chmod, "ldir", 01777);
	syscall(SYS_rmdir, "ldir");
	syscall(SYS_symlink, "legacy.txt", "lsym");
	syscall(SYS_readlink, "lsym", buf, sizeof buf);
	struct utimbuf ut = { 1000, 2000 };
	syscall(SYS_utime, "legacy.txt", &ut);
	struct timeval tv[2] = { { 3000, 1 }, { 4000, 2 } };
	syscall(SYS_utimes, "legacy.txt", tv);
	syscall(SYS_futimesat, AT_FDCWD, "legacy.txt", NULL);
	int d = open("tree", O_RDONLY | O_DIRECTORY);
	syscall(SYS_getdents, d, buf, sizeof buf);
	syscall(SYS_getdents, d, buf, sizeof buf);
	close(d);
	syscall(SYS_alarm, 0);
	syscall(SYS_time, NULL);
	more_edges();
	return 0;
}

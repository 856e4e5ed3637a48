/* Metadata calls: statx (several masks and flags, AT_EMPTY_PATH on an fd),
 * stat/lstat/fstat/newfstatat, statfs/fstatfs, access/faccessat2, and extended
 * attributes: setxattr/lsetxattr/fsetxattr (XATTR_CREATE, XATTR_REPLACE),
 * getxattr (with a size probe), listxattr, removexattr, ENODATA. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/syscall.h>
#include <sys/xattr.h>
#include <unistd.h>

int main(void)
{
	struct statx sx;
	struct stat st;
	struct statfs sf;
	char buf[256];

	statx(AT_FDCWD, "data.txt", 0, STATX_BASIC_STATS, &sx);
	statx(AT_FDCWD, "tree/link", AT_SYMLINK_NOFOLLOW, STATX_TYPE | STATX_SIZE, &sx);
	statx(AT_FDCWD, "missing", AT_STATX_DONT_SYNC, STATX_ALL, &sx);
	int fd = open("data.txt", O_RDWR);
	statx(fd, "", AT_EMPTY_PATH, STATX_MODE | STATX_NLINK, &sx);
	stat("tree", &st);
	lstat("tree/link", &st);
	fstat(fd, &st);
	fstatat(AT_FDCWD, "tree/a.txt", &st, AT_SYMLINK_NOFOLLOW);
	statfs(".", &sf);
	fstatfs(fd, &sf);
	access("data.txt", R_OK | W_OK);
	access("missing", F_OK);
	syscall(SYS_faccessat2, AT_FDCWD, "data.txt", X_OK, AT_EACCESS);

	setxattr("data.txt", "user.rtrace", "value1", 6, XATTR_CREATE);
	setxattr("data.txt", "user.rtrace", "value1", 6, XATTR_CREATE);
	fsetxattr(fd, "user.second", "v2", 2, 0);
	setxattr("data.txt", "user.rtrace", "value-2", 7, XATTR_REPLACE);
	lsetxattr("tree/link", "user.x", "y", 1, 0);
	getxattr("data.txt", "user.rtrace", NULL, 0);
	getxattr("data.txt", "user.rtrace", buf, sizeof buf);
	fgetxattr(fd, "user.second", buf, sizeof buf);
	getxattr("data.txt", "user.none", buf, sizeof buf);
	listxattr("data.txt", buf, sizeof buf);
	flistxattr(fd, NULL, 0);
	llistxattr("tree/link", buf, sizeof buf);
	removexattr("data.txt", "user.rtrace");
	fremovexattr(fd, "user.second");
	removexattr("data.txt", "user.rtrace");
	close(fd);
	return 0;
}

/* The *at family relative to a directory fd: mkdirat, openat, linkat (and
 * AT_SYMLINK_FOLLOW), symlinkat, readlinkat, renameat, renameat2 with
 * RENAME_NOREPLACE (EEXIST) and RENAME_EXCHANGE, fchmodat, fchownat with
 * AT_SYMLINK_NOFOLLOW, utimensat (UTIME_NOW, UTIME_OMIT, fixed times),
 * faccessat, unlinkat with and without AT_REMOVEDIR, mknodat of a FIFO. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

int main(void)
{
	char buf[64];

	mkdirat(AT_FDCWD, "top", 0755);
	int d = open("top", O_RDONLY | O_DIRECTORY);
	mkdirat(d, "sub", 0700);
	int f = openat(d, "file", O_CREAT | O_WRONLY | O_EXCL, 0640);
	write(f, "x\n", 2);
	close(f);
	linkat(d, "file", d, "hard", 0);
	symlinkat("file", d, "soft");
	linkat(d, "soft", d, "hard2", AT_SYMLINK_FOLLOW);
	readlinkat(d, "soft", buf, sizeof buf);
	renameat(d, "hard", d, "sub/moved");
	renameat2(d, "hard2", d, "file", RENAME_NOREPLACE);
	renameat2(d, "hard2", d, "sub/moved", RENAME_EXCHANGE);
	fchmodat(d, "file", 0600, 0);
	fchownat(d, "soft", 0, 0, AT_SYMLINK_NOFOLLOW);
	struct timespec ts[2] = { { 0, UTIME_NOW }, { 0, UTIME_OMIT } };
	utimensat(d, "file", ts, 0);
	struct timespec fixed[2] = { { 1000000000, 0 }, { 1000000000, 500 } };
	utimensat(d, "soft", fixed, AT_SYMLINK_NOFOLLOW);
	faccessat(d, "file", R_OK, 0);
	mknodat(d, "fifo", S_IFIFO | 0644, 0);
	mkfifoat(d, "fifo2", 0600);
	unlinkat(d, "sub", 0);
	unlinkat(d, "sub/moved", 0);
	unlinkat(d, "sub", AT_REMOVEDIR);
	unlinkat(d, "nonexistent", 0);
	fchdir(d);
	close(d);
	return 0;
}

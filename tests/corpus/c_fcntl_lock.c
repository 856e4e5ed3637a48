/* Locks: fcntl F_SETLK/F_SETLKW/F_GETLK (struct flock), OFD locks
 * (F_OFD_SETLK/F_OFD_GETLK), a conflicting OFD lock on a second open file
 * description (EAGAIN), flock LOCK_EX|LOCK_NB and LOCK_UN, and F_GETPIPE_SZ/
 * F_SETPIPE_SZ, F_GETOWN, F_SETSIG/F_GETSIG, an unknown command; then
 * F_SETLEASE/F_GETLEASE, F_NOTIFY on a directory, F_SETOWN_EX/F_GETOWN_EX,
 * F_GET_RW_HINT/F_SET_RW_HINT, F_DUPFD to a high minimum, F_SETFD with
 * FD_CLOEXEC, F_SETFL adding O_APPEND|O_NONBLOCK|O_ASYNC and F_GETFL. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdint.h>
#include <sys/file.h>
#include <unistd.h>

int main(void)
{
	struct flock fl = { .l_type = F_WRLCK, .l_whence = SEEK_SET, .l_start = 0, .l_len = 10 };
	int p[2];

	int fd = open("data.txt", O_RDWR);
	int fd2 = open("data.txt", O_RDWR);
	fcntl(fd, F_SETLK, &fl);
	fl.l_type = F_RDLCK;
	fcntl(fd, F_GETLK, &fl);
	fl.l_type = F_UNLCK;
	fcntl(fd, F_SETLKW, &fl);
	struct flock ofd = { .l_type = F_WRLCK, .l_whence = SEEK_SET, .l_start = 5, .l_len = 5 };
	fcntl(fd, F_OFD_SETLK, &ofd);
	fcntl(fd2, F_OFD_SETLK, &ofd);
	ofd.l_type = F_WRLCK;
	fcntl(fd2, F_OFD_GETLK, &ofd);
	flock(fd, LOCK_EX | LOCK_NB);
	flock(fd2, LOCK_SH | LOCK_NB);
	flock(fd, LOCK_UN);
	pipe(p);
	fcntl(p[0], F_GETPIPE_SZ);
	fcntl(p[0], F_SETPIPE_SZ, 8192);
	fcntl(fd, F_GETOWN);
	fcntl(fd, F_SETSIG, 10);
	fcntl(fd, F_GETSIG);
	fcntl(fd, 9999);
	int rd = open("data.txt", O_RDONLY);
	fcntl(rd, F_SETLEASE, F_RDLCK);
	fcntl(rd, F_GETLEASE);
	fcntl(rd, F_SETLEASE, F_UNLCK);
	int dir = open("tree", O_RDONLY | O_DIRECTORY);
	fcntl(dir, F_NOTIFY, DN_CREATE | DN_DELETE | DN_MULTISHOT);
	fcntl(dir, F_NOTIFY, 0);
	struct f_owner_ex ox = { F_OWNER_TID, 0 };
	fcntl(rd, F_GETOWN_EX, &ox);
	ox.type = F_OWNER_PID;
	ox.pid = 0;
	fcntl(rd, F_SETOWN_EX, &ox);
	uint64_t hint = RWH_WRITE_LIFE_SHORT;
	fcntl(rd, F_SET_RW_HINT, &hint);
	fcntl(rd, F_GET_RW_HINT, &hint);
	fcntl(rd, F_DUPFD, 100);
	fcntl(rd, F_SETFD, FD_CLOEXEC);
	fcntl(fd2, F_SETFL, O_APPEND | O_NONBLOCK | O_ASYNC);
	fcntl(fd2, F_GETFL);
	close(dir);
	close(rd);
	close(fd);
	close(fd2);
	return 0;
}

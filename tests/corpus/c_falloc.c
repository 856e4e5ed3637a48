/* File size and durability: fallocate (plain, KEEP_SIZE, PUNCH_HOLE, an
 * unsupported mode), ftruncate/truncate, fsync, fdatasync, sync_file_range,
 * syncfs, posix_fadvise (fadvise64) and readahead. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <unistd.h>

int main(void)
{
	int fd = open("big.bin", O_CREAT | O_RDWR | O_TRUNC, 0644);
	fallocate(fd, 0, 0, 8192);
	fallocate(fd, FALLOC_FL_KEEP_SIZE, 8192, 4096);
	fallocate(fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, 0, 4096);
	fallocate(fd, FALLOC_FL_PUNCH_HOLE, 0, 4096);
	ftruncate(fd, 100);
	truncate("big.bin", 50);
	truncate("missing", 1);
	write(fd, "data", 4);
	fsync(fd);
	fdatasync(fd);
	sync_file_range(fd, 0, 4, SYNC_FILE_RANGE_WRITE | SYNC_FILE_RANGE_WAIT_AFTER);
	syncfs(fd);
	posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);
	posix_fadvise(fd, 0, 4, POSIX_FADV_DONTNEED);
	readahead(fd, 0, 4096);
	close(fd);
	fsync(fd);
	return 0;
}

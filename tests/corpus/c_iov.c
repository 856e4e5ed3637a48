/* Vectored I/O: writev of three pieces, readv into two buffers (one short),
 * pwritev/preadv at offsets, preadv2/pwritev2 with RWF_HIPRI and RWF_APPEND
 * (offset -1), an empty iovec, pread64/pwrite64, and readv at end of file. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/uio.h>
#include <unistd.h>

int main(void)
{
	char a[4], b[16], c[8];
	struct iovec w[3] = { { "alpha ", 6 }, { "beta ", 5 }, { "gamma\n", 6 } };
	struct iovec r[2] = { { a, sizeof a }, { b, sizeof b } };
	struct iovec one = { c, sizeof c };

	int fd = open("vec.txt", O_CREAT | O_RDWR | O_TRUNC, 0644);
	writev(fd, w, 3);
	lseek(fd, 0, SEEK_SET);
	readv(fd, r, 2);
	readv(fd, r, 2);
	pwritev(fd, w + 1, 2, 100);
	preadv(fd, r, 2, 98);
	preadv2(fd, &one, 1, 6, RWF_HIPRI);
	pwritev2(fd, w, 1, -1, RWF_APPEND);
	writev(fd, w, 0);
	pwrite(fd, "XY", 2, 1);
	pread(fd, c, sizeof c, 0);
	writev(1, w, 3);
	close(fd);
	return 0;
}

/* In-kernel copies: sendfile (with and without an offset), copy_file_range
 * between files, splice file->pipe and pipe->file, tee between two pipes,
 * vmsplice of user memory into a pipe. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/sendfile.h>
#include <sys/uio.h>
#include <unistd.h>

int main(void)
{
	int p[2], q[2];
	off_t off = 6;
	loff_t lin = 0;
	char buf[64];

	int in = open("data.txt", O_RDONLY);
	int out = open("copy.txt", O_CREAT | O_WRONLY | O_TRUNC, 0644);
	sendfile(out, in, &off, 5);
	sendfile(out, in, NULL, 12);
	copy_file_range(in, &lin, out, NULL, 10, 0);
	pipe(p);
	pipe(q);
	lin = 0;
	splice(in, &lin, p[1], NULL, 16, SPLICE_F_MOVE);
	tee(p[0], q[1], 8, SPLICE_F_NONBLOCK);
	splice(p[0], NULL, out, NULL, 16, 0);
	read(q[0], buf, sizeof buf);
	struct iovec iov = { "from user memory\n", 17 };
	vmsplice(p[1], &iov, 1, 0);
	splice(p[0], NULL, 1, NULL, 64, 0);
	close(in);
	close(out);
	return 0;
}

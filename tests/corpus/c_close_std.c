/* A program that closes its standard streams: close(0) and close(1), a write
 * to fd 1 fails with EBADF, the next open takes fd 0, dup2 onto 1 restores an
 * output, and closing an already closed fd fails; exits with status 3. */
#include <fcntl.h>
#include <unistd.h>

int main(void)
{
	close(0);
	close(1);
	write(1, "lost\n", 5);
	int fd = open("data.txt", O_RDONLY);
	int out = open("out.txt", O_CREAT | O_WRONLY | O_TRUNC, 0644);
	dup2(out, 1);
	write(1, fd == 0 ? "fd0\n" : "fd?\n", 4);
	close(out);
	close(out);
	return 3;
}

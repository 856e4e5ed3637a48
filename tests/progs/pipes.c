/* pipes: pipe2, dup/dup2, write and read through the pipe, writev/readv with
 * two elements, and fcntl. Prints what went through. */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/uio.h>
#include <unistd.h>

int main(void)
{
	int p[2];
	if (pipe2(p, O_CLOEXEC) < 0)
		return 2;
	int w = dup(p[1]);
	if (w < 0 || dup2(w, 10) != 10)
		return 3;
	const char msg[] = "through the pipe";
	if (write(10, msg, sizeof msg - 1) != (ssize_t)(sizeof msg - 1))
		return 4;
	char buf[64] = { 0 };
	ssize_t n = read(p[0], buf, sizeof buf - 1);
	printf("read %zd: %s\n", n, buf);
	struct iovec out[2] = { { "vector-one ", 11 }, { "vector-two", 10 } };
	if (writev(p[1], out, 2) != 21)
		return 5;
	char a[11] = { 0 }, b[32] = { 0 };
	struct iovec in[2] = { { a, 11 }, { b, sizeof b - 1 } };
	n = readv(p[0], in, 2);
	printf("readv %zd: %.11s|%s\n", n, a, b);
	printf("flags %d\n", fcntl(p[0], F_GETFD));
	close(w);
	close(10);
	return 0;
}

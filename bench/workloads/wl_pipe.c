/*
 * wl_pipe — syscall microbenchmark: N round trips of a one-byte write and a
 * one-byte read through a pipe, in one thread (2N small syscalls).
 *
 *   wl_pipe [N]     (default 100000)
 */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	long n = argc > 1 ? atol(argv[1]) : 100000;
	int p[2];
	char c = 'x';
	if (pipe(p) < 0) {
		perror("wl_pipe: pipe");
		return 1;
	}
	for (long i = 0; i < n; i++) {
		if (write(p[1], &c, 1) != 1 || read(p[0], &c, 1) != 1) {
			perror("wl_pipe: pipe I/O");
			return 1;
		}
	}
	return 0;
}

/*
 * wl_meta — file-metadata loop: ROUNDS times over N files in DIR, stat each
 * one, open it and close it (3 syscalls per file), as a build tool checking
 * its inputs does.
 *
 *   wl_meta --setup DIR N   create DIR/f0000 ... (run untraced, once)
 *   wl_meta DIR N ROUNDS
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

static int setup(const char *dir, int n)
{
	char path[4096];
	if (mkdir(dir, 0755) < 0 && access(dir, F_OK) < 0) {
		perror("wl_meta: mkdir");
		return 1;
	}
	for (int i = 0; i < n; i++) {
		snprintf(path, sizeof path, "%s/f%04d", dir, i);
		int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
		if (fd < 0 || write(fd, path, 8) != 8 || close(fd) < 0) {
			perror("wl_meta: create");
			return 1;
		}
	}
	return 0;
}

int main(int argc, char **argv)
{
	if (argc == 4 && argv[1][0] == '-')
		return setup(argv[2], atoi(argv[3]));
	if (argc != 4) {
		fprintf(stderr, "usage: wl_meta --setup DIR N | wl_meta DIR N ROUNDS\n");
		return 2;
	}
	int n = atoi(argv[2]), rounds = atoi(argv[3]);
	char path[4096];
	struct stat st;
	for (int r = 0; r < rounds; r++) {
		for (int i = 0; i < n; i++) {
			snprintf(path, sizeof path, "%s/f%04d", argv[1], i);
			int fd;
			if (stat(path, &st) < 0 || (fd = open(path, O_RDONLY | O_CLOEXEC)) < 0) {
				perror(path);
				return 1;
			}
			close(fd);
		}
	}
	return 0;
}

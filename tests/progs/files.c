/* files: creates a file in the directory argv[1], writes a known text, fstats
 * it, reads it back through a fresh descriptor, renames and unlinks it.
 * Prints the text it read. */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	if (argc < 2)
		return 2;
	char path[4096], path2[4200];
	snprintf(path, sizeof path, "%s/files-data.txt", argv[1]);
	snprintf(path2, sizeof path2, "%s/files-renamed.txt", argv[1]);
	const char text[] = "hello from the files test program\n";
	int fd = openat(AT_FDCWD, path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	if (fd < 0 || write(fd, text, sizeof text - 1) != (ssize_t)(sizeof text - 1))
		return 3;
	close(fd);
	fd = openat(AT_FDCWD, path, O_RDONLY);
	struct stat st;
	if (fd < 0 || fstat(fd, &st) < 0)
		return 4;
	char buf[256];
	ssize_t n = read(fd, buf, sizeof buf);
	close(fd);
	if (n != st.st_size)
		return 5;
	fwrite(buf, 1, (size_t)n, stdout);
	if (rename(path, path2) < 0 || unlink(path2) < 0)
		return 6;
	return 0;
}

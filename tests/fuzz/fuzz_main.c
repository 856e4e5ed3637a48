/*
 * fuzz_main — replays files through LLVMFuzzerTestOneInput, for compilers
 * without libFuzzer (gcc). Each argument is a file or a directory whose
 * regular files are replayed in name order. This is what puts the seed
 * corpus and every input the fuzzer once crashed on into the normal test run.
 *
 *   fuzz_TARGET FILE|DIR...
 *
 * Exits 0 after printing how many inputs ran; 1 if an argument cannot be
 * read or holds no input at all (a corpus that vanished must not pass).
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int run_file(const char *path)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	struct stat st;
	if (fd < 0 || fstat(fd, &st) < 0) {
		fprintf(stderr, "%s: cannot read '%s': %s\n", program_invocation_short_name, path,
			strerror(errno));
		if (fd >= 0)
			close(fd);
		return -1;
	}
	size_t len = (size_t)st.st_size;
	uint8_t *buf = malloc(len ? len : 1);
	size_t got = 0;
	while (buf && got < len) {
		ssize_t n = read(fd, buf + got, len - got);
		if (n <= 0)
			break;
		got += (size_t)n;
	}
	close(fd);
	if (!buf || got != len) {
		fprintf(stderr, "%s: cannot read '%s'\n", program_invocation_short_name, path);
		free(buf);
		return -1;
	}
	LLVMFuzzerTestOneInput(buf, len);
	free(buf);
	return 1;
}

static int by_name(const struct dirent **a, const struct dirent **b)
{
	return strcmp((*a)->d_name, (*b)->d_name);
}

static int run_dir(const char *dir)
{
	struct dirent **names;
	int n = scandir(dir, &names, NULL, by_name);
	if (n < 0)
		return -1;
	int ran = 0;
	for (int i = 0; i < n; i++) {
		char *path;
		struct stat st;
		if (names[i]->d_name[0] != '.' &&
		    asprintf(&path, "%s/%s", dir, names[i]->d_name) >= 0) {
			if (stat(path, &st) == 0 && S_ISREG(st.st_mode)) {
				if (run_file(path) < 0)
					ran = -1;
				else if (ran >= 0)
					ran++;
			}
			free(path);
		}
		free(names[i]);
	}
	free(names);
	return ran;
}

int main(int argc, char **argv)
{
	int total = 0;
	for (int i = 1; i < argc; i++) {
		struct stat st;
		if (stat(argv[i], &st) < 0) {
			fprintf(stderr, "%s: cannot read '%s': %s\n", program_invocation_short_name, argv[i],
				strerror(errno));
			return 1;
		}
		int n = S_ISDIR(st.st_mode) ? run_dir(argv[i]) : run_file(argv[i]);
		if (n <= 0) {
			fprintf(stderr, "%s: no input in '%s'\n", program_invocation_short_name, argv[i]);
			return 1;
		}
		total += n;
	}
	printf("%s: %d inputs replayed\n", program_invocation_short_name, total);
	return total > 0 ? 0 : 1;
}

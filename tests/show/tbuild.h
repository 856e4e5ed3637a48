/* tbuild — writes small synthetic traces for the replay and printer tests:
 * a fixed metadata (root pid 100, cwd /home/u, fds 0-2 on /dev/pts/0,
 * start 2020-01-01T00:00:00Z) and events stamped 1 µs apart. */
#ifndef TESTS_SHOW_TBUILD_H
#define TESTS_SHOW_TBUILD_H

#include <stddef.h>
#include <stdint.h>

#include "trace_writer.h"

struct tb_blob {
	unsigned arg, index;
	const void *data;
	size_t len;
	uint64_t full_len; /* 0: the data is whole */
	int read_errno;
};

/* A string blob for argument ARG (its bytes without the NUL). */
#define TB_STR(arg, s) { (arg), 0, (s), sizeof(s) - 1, 0, 0 }
/* A blob of an object's bytes. */
#define TB_OBJ(arg, o) { (arg), 0, &(o), sizeof(o), 0, 0 }

struct tb;

/* Creates PATH; ROOT_PID 0 means no launched command (a -p trace). */
struct tb *tb_open(const char *path, uint32_t root_pid);
/* Adds an fd to the metadata's initial fds (before the first event). */
void tb_meta_fd(struct tb *t, int fd, const char *target, int flags);
/* Sets the metadata's hostname and boot id (before the first event). */
void tb_meta_host(struct tb *t, const char *hostname, const char *boot_id);
/* Adds an attached process to the metadata (before the first event). */
void tb_meta_attached(struct tb *t, uint32_t pid, const char *cwd, const uint32_t *tids, size_t ntids);

void tb_entry(struct tb *t, uint32_t tid, unsigned nr, const uint64_t args[6],
	      const struct tb_blob *blobs, size_t nblobs);
void tb_exit(struct tb *t, uint32_t tid, int64_t ret, const struct tb_blob *blobs, size_t nblobs);
/* The same with the kernel's is_error flag as given (tb_exit derives it). */
void tb_exit_flagged(struct tb *t, uint32_t tid, int64_t ret, int is_error,
		     const struct tb_blob *blobs, size_t nblobs);
/* Entry and exit at once. */
void tb_call(struct tb *t, uint32_t tid, unsigned nr, const uint64_t args[6],
	     const struct tb_blob *in, size_t nin, int64_t ret,
	     const struct tb_blob *out, size_t nout);
void tb_new_task(struct tb *t, uint32_t tid, uint32_t parent, uint32_t tgid, uint64_t flags);
void tb_exec(struct tb *t, uint32_t tid, uint32_t former, const char *file, const char *const *argv);
void tb_signal(struct tb *t, uint32_t tid, const void *siginfo, size_t len, int group_stop);
void tb_exit_task(struct tb *t, uint32_t tid, int status, int signo, int core);

/* Closes with a trailer (0), or abandons it (the file reads as truncated). */
int tb_close(struct tb *t);
void tb_abandon(struct tb *t);

/* A temporary path (malloc'ed); the caller unlinks and frees it. */
char *tb_tmpname(const char *suffix);
/* For the fuzz targets: a trace path for this process, made at the first
 * call and removed at exit, and a descriptor open on /dev/null (*DEVNULL). */
const char *tb_scratch(int *devnull);
/* The whole file (malloc'ed, NUL-terminated). */
char *tb_slurp(const char *path);

#endif

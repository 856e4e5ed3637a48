/* Replay: pairing of entries and exits per thread, cut calls, the fd table
 * across open/dup/fcntl/pipe/close_range/fork/CLONE_FILES/exec, cwd across
 * chdir/fchdir and path resolution, on traces written with trace_writer. */
#include <criterion/criterion.h>
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "replay.h"
#include "tbuild.h"

static char *path;

static void setup(void)
{
	path = tb_tmpname(".trace");
}

static void teardown(void)
{
	unlink(path);
	free(path);
}

TestSuite(replay, .init = setup, .fini = teardown);

static replay *open_replay(void)
{
	replay *r;
	cr_assert_eq(replay_open(path, &r), 0);
	return r;
}

static void next(replay *r, struct replay_item *it, int kind, uint32_t tid)
{
	int rc = replay_next(r, it);
	cr_assert_eq(rc, 1, "replay_next returned %d", rc);
	cr_assert_eq(it->kind, kind, "kind %d, expected %d (tid %u)", it->kind, kind, it->tid);
	cr_assert_eq(it->tid, tid, "tid %u, expected %u", it->tid, tid);
}

/* Skips to the next item of KIND and returns it. */
static void skip_to(replay *r, struct replay_item *it, int kind)
{
	for (;;) {
		cr_assert_eq(replay_next(r, it), 1);
		if (it->kind == kind)
			return;
	}
}

#define ARGS(...) ((const uint64_t[6]){ __VA_ARGS__ })
#define AT_FDCWD_U ((uint64_t)(int64_t)AT_FDCWD)

static void tb_openat(struct tb *t, uint32_t tid, const char *p, size_t plen, int flags, int fd)
{
	struct tb_blob b = { 1, 0, p, plen, 0, 0 };
	tb_call(t, tid, SYS_openat, ARGS(AT_FDCWD_U, 0x1000, (uint64_t)flags, 0), &b, 1, fd, NULL, 0);
}
#define OPENAT(t, tid, s, flags, fd) tb_openat(t, tid, s, sizeof(s) - 1, flags, fd)

Test(replay, entries_and_exits_pair_per_thread_in_file_order)
{
	struct tb *t = tb_open(path, 100);
	tb_new_task(t, 101, 100, 100, CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | CLONE_THREAD);
	struct tb_blob in = TB_STR(1, "abc");
	tb_entry(t, 100, SYS_read, ARGS(0, 0x5000, 10), NULL, 0);
	tb_entry(t, 101, SYS_write, ARGS(1, 0x6000, 3), &in, 1);
	tb_exit(t, 101, 3, NULL, 0);
	struct tb_blob out = { 1, 0, "hello", 5, 0, 0 };
	tb_exit(t, 100, 5, &out, 1);
	cr_assert_eq(tb_close(t), 0);

	replay *r = open_replay();
	struct replay_item it;
	next(r, &it, REPLAY_NEW_TASK, 101);
	cr_assert_eq(replay_proc_pid(it.proc), 100);
	next(r, &it, REPLAY_ENTRY, 100);
	uint64_t seq_read = it.call->seq;
	cr_assert_str_eq(it.call->desc->name, "read");
	cr_assert_eq(it.call->has_exit, 0);
	next(r, &it, REPLAY_ENTRY, 101);
	cr_assert_eq(it.call->nin, 1);
	cr_assert_eq(memcmp(it.call->in[0].data, "abc", 3), 0);
	next(r, &it, REPLAY_SYSCALL, 101);
	cr_assert_str_eq(it.call->desc->name, "write");
	cr_assert_eq(it.call->ret, 3);
	cr_assert_eq(memcmp(it.call->in[0].data, "abc", 3), 0, "entry blobs kept until the exit");
	next(r, &it, REPLAY_SYSCALL, 100);
	cr_assert_eq(it.call->seq, seq_read);
	cr_assert_eq(it.call->cut, REPLAY_CUT_NONE);
	cr_assert_eq(it.call->ret, 5);
	cr_assert_lt(it.call->entry_ns, it.call->exit_ns);
	const struct replay_blob *b = replay_call_blob(it.call, 1, 1, 0);
	cr_assert_not_null(b);
	cr_assert_eq(b->len, 5);
	cr_assert_eq(memcmp(b->data, "hello", 5), 0);
	cr_assert_eq(replay_next(r, &it), 0);
	replay_free(r);
}

Test(replay, error_return_sets_errno)
{
	struct tb *t = tb_open(path, 100);
	struct tb_blob b = TB_STR(1, "/nope");
	tb_call(t, 100, SYS_openat, ARGS(AT_FDCWD_U, 0x1000, 0), &b, 1, -ENOENT, NULL, 0);
	cr_assert_eq(tb_close(t), 0);
	replay *r = open_replay();
	struct replay_item it;
	skip_to(r, &it, REPLAY_SYSCALL);
	cr_assert_eq(it.call->err, ENOENT);
	cr_assert_eq(it.call->ret, -ENOENT);
	cr_assert_eq(replay_fd_get(it.thread, 3, &(struct replay_fd){ 0 }), -EBADF);
	replay_free(r);
}

/* A trace is untrusted: an error flag on a return value no kernel gives
 * must not make replay negate INT64_MIN (UBSan checks it in the
 * sanitized build). */
Test(replay, an_error_flag_on_any_return_value_gives_a_bounded_errno)
{
	struct tb *t = tb_open(path, 100);
	tb_entry(t, 100, SYS_close, ARGS(3), NULL, 0);
	tb_exit_flagged(t, 100, INT64_MIN, 1, NULL, 0);
	tb_entry(t, 100, SYS_close, ARGS(4), NULL, 0);
	tb_exit_flagged(t, 100, -70000, 1, NULL, 0);
	cr_assert_eq(tb_close(t), 0);
	replay *r = open_replay();
	struct replay_item it;
	skip_to(r, &it, REPLAY_SYSCALL);
	cr_assert_eq(it.call->err, INT32_MAX);
	skip_to(r, &it, REPLAY_SYSCALL);
	cr_assert_eq(it.call->err, 70000);
	replay_free(r);
}

Test(replay, death_cuts_the_pending_call_before_the_exit)
{
	struct tb *t = tb_open(path, 100);
	tb_entry(t, 100, SYS_exit_group, ARGS(3), NULL, 0);
	tb_exit_task(t, 100, 3, 0, 0);
	cr_assert_eq(tb_close(t), 0);
	replay *r = open_replay();
	struct replay_item it;
	next(r, &it, REPLAY_ENTRY, 100);
	next(r, &it, REPLAY_SYSCALL, 100);
	cr_assert_eq(it.call->cut, REPLAY_CUT_DEATH);
	cr_assert_eq(it.call->has_exit, 0);
	cr_assert_str_eq(it.call->desc->name, "exit_group");
	next(r, &it, REPLAY_EXIT, 100);
	cr_assert_eq(it.exit->status, 3);
	cr_assert_eq(replay_next(r, &it), 0);
	cr_assert_null(replay_find_thread(r, 100));
	replay_free(r);
}

Test(replay, truncated_trace_cuts_pending_calls_then_reports_the_error)
{
	struct tb *t = tb_open(path, 100);
	tb_call(t, 100, SYS_getpid, NULL, NULL, 0, 100, NULL, 0);
	tb_entry(t, 100, SYS_read, ARGS(0, 0x5000, 10), NULL, 0);
	tb_abandon(t);
	replay *r = open_replay();
	struct replay_item it;
	next(r, &it, REPLAY_ENTRY, 100);
	next(r, &it, REPLAY_SYSCALL, 100);
	cr_assert_eq(it.call->ret, 100);
	next(r, &it, REPLAY_ENTRY, 100);
	next(r, &it, REPLAY_SYSCALL, 100);
	cr_assert_eq(it.call->cut, REPLAY_CUT_END);
	cr_assert_eq(replay_next(r, &it), TRACE_E_TRUNCATED);
	cr_assert_not_null(replay_error(r));
	cr_assert_eq(replay_next(r, &it), TRACE_E_TRUNCATED, "the error is sticky");
	replay_free(r);
}

Test(replay, initial_fds_and_cwd_come_from_the_metadata)
{
	struct tb *t = tb_open(path, 100);
	tb_meta_fd(t, 7, "/var/log/x.log", O_WRONLY | O_APPEND);
	tb_call(t, 100, SYS_getpid, NULL, NULL, 0, 100, NULL, 0);
	cr_assert_eq(tb_close(t), 0);
	replay *r = open_replay();
	struct replay_item it;
	next(r, &it, REPLAY_ENTRY, 100);
	cr_assert_str_eq(replay_fd_path(it.thread, 1), "/dev/pts/0");
	cr_assert_str_eq(replay_fd_path(it.thread, 7), "/var/log/x.log");
	cr_assert_str_eq(replay_thread_cwd(it.thread), "/home/u");
	cr_assert_str_eq(replay_proc_exe(it.proc), "/usr/bin/prog");
	cr_assert_eq(replay_proc_ppid(it.proc), 99);
	struct replay_fd f;
	int n = 0, last = -1;
	while (replay_fd_next(it.thread, last, &f)) {
		last = f.fd;
		n++;
	}
	cr_assert_eq(n, 4);
	cr_assert_eq(last, 7);
	replay_free(r);
}

Test(replay, openat_resolves_against_cwd_and_dup_family_copies)
{
	struct tb *t = tb_open(path, 100);
	OPENAT(t, 100, "data/../in.txt", O_RDONLY, 3);
	tb_call(t, 100, SYS_dup, ARGS(3), NULL, 0, 4, NULL, 0);
	tb_call(t, 100, SYS_dup2, ARGS(3, 9), NULL, 0, 9, NULL, 0);
	tb_call(t, 100, SYS_dup3, ARGS(3, 10, O_CLOEXEC), NULL, 0, 10, NULL, 0);
	tb_call(t, 100, SYS_fcntl, ARGS(3, F_DUPFD_CLOEXEC, 20), NULL, 0, 20, NULL, 0);
	tb_call(t, 100, SYS_fcntl, ARGS(3, F_DUPFD, 30), NULL, 0, 30, NULL, 0);
	tb_call(t, 100, SYS_close, ARGS(3), NULL, 0, 0, NULL, 0);
	cr_assert_eq(tb_close(t), 0);
	replay *r = open_replay();
	struct replay_item it;
	skip_to(r, &it, REPLAY_SYSCALL);
	cr_assert_str_eq(replay_fd_path(it.thread, 3), "/home/u/in.txt");
	for (int i = 0; i < 5; i++)
		skip_to(r, &it, REPLAY_SYSCALL);
	struct replay_fd f;
	const int fds[] = { 4, 9, 10, 20, 30 };
	const int cloexec[] = { 0, 0, O_CLOEXEC, O_CLOEXEC, 0 };
	for (int i = 0; i < 5; i++) {
		cr_assert_eq(replay_fd_get(it.thread, fds[i], &f), 0, "fd %d", fds[i]);
		cr_assert_str_eq(f.path, "/home/u/in.txt");
		cr_assert_eq(f.flags & O_CLOEXEC, cloexec[i], "fd %d", fds[i]);
	}
	skip_to(r, &it, REPLAY_ENTRY);
	cr_assert_str_eq(it.call->fd_path[0], "/home/u/in.txt", "close's fd seen at entry");
	skip_to(r, &it, REPLAY_SYSCALL);
	cr_assert_str_eq(it.call->fd_path[0], "/home/u/in.txt", "entry view kept at exit");
	cr_assert_null(replay_fd_path(it.thread, 3));
	cr_assert_str_eq(replay_fd_path(it.thread, 4), "/home/u/in.txt");
	replay_free(r);
}

Test(replay, pipe2_and_close_range)
{
	struct tb *t = tb_open(path, 100);
	int pfd[2] = { 3, 4 };
	struct tb_blob out = TB_OBJ(0, pfd);
	tb_call(t, 100, SYS_pipe2, ARGS(0x7000, O_CLOEXEC), NULL, 0, 0, &out, 1);
	OPENAT(t, 100, "/etc/a", O_RDONLY, 5);
	OPENAT(t, 100, "/etc/b", O_RDONLY, 6);
	tb_call(t, 100, SYS_close_range, ARGS(5, ~0u, 0), NULL, 0, 0, NULL, 0);
	tb_call(t, 100, SYS_close_range, ARGS(0, 2, 4 /* CLOSE_RANGE_CLOEXEC */), NULL, 0, 0, NULL, 0);
	cr_assert_eq(tb_close(t), 0);
	replay *r = open_replay();
	struct replay_item it;
	skip_to(r, &it, REPLAY_SYSCALL);
	const char *rd = replay_fd_path(it.thread, 3), *wr = replay_fd_path(it.thread, 4);
	cr_assert_not_null(rd);
	cr_assert_eq(strncmp(rd, "pipe:[", 6), 0);
	cr_assert_str_eq(rd, wr, "both ends name the same pipe");
	struct replay_fd f;
	replay_fd_get(it.thread, 3, &f);
	cr_assert_eq(f.flags, O_RDONLY | O_CLOEXEC);
	for (int i = 0; i < 3; i++)
		skip_to(r, &it, REPLAY_SYSCALL);
	cr_assert_null(replay_fd_path(it.thread, 5));
	cr_assert_null(replay_fd_path(it.thread, 6));
	cr_assert_not_null(replay_fd_path(it.thread, 4));
	skip_to(r, &it, REPLAY_SYSCALL);
	cr_assert_eq(replay_fd_get(it.thread, 1, &f), 0);
	cr_assert_eq(f.flags & O_CLOEXEC, O_CLOEXEC);
	replay_free(r);
}

Test(replay, fork_copies_the_fd_table_and_clone_files_shares_it)
{
	struct tb *t = tb_open(path, 100);
	OPENAT(t, 100, "/etc/a", O_RDONLY, 3);
	tb_new_task(t, 200, 100, 200, SIGCHLD);                  /* fork */
	tb_new_task(t, 300, 100, 300, CLONE_FILES | SIGCHLD);    /* shares */
	tb_call(t, 200, SYS_close, ARGS(3), NULL, 0, 0, NULL, 0);
	OPENAT(t, 300, "/etc/b", O_RDONLY, 4);
	tb_call(t, 100, SYS_getpid, NULL, NULL, 0, 100, NULL, 0);
	cr_assert_eq(tb_close(t), 0);
	replay *r = open_replay();
	struct replay_item it;
	skip_to(r, &it, REPLAY_NEW_TASK);
	cr_assert_eq(it.tid, 200);
	cr_assert_eq(replay_proc_ppid(it.proc), 100);
	cr_assert_str_eq(replay_proc_exe(it.proc), "/usr/bin/prog");
	cr_assert_str_eq(replay_fd_path(it.thread, 3), "/etc/a");
	skip_to(r, &it, REPLAY_NEW_TASK);
	skip_to(r, &it, REPLAY_SYSCALL);
	cr_assert_eq(it.tid, 200);
	cr_assert_null(replay_fd_path(it.thread, 3));
	skip_to(r, &it, REPLAY_SYSCALL);
	skip_to(r, &it, REPLAY_SYSCALL);
	cr_assert_eq(it.tid, 100);
	cr_assert_str_eq(replay_fd_path(it.thread, 3), "/etc/a", "the child's close was its own");
	cr_assert_str_eq(replay_fd_path(it.thread, 4), "/etc/b", "CLONE_FILES shares the table");
	cr_assert_null(replay_fd_path(replay_find_thread(r, 200), 4));
	replay_free(r);
}

Test(replay, exec_drops_cloexec_fds_and_sets_the_image)
{
	struct tb *t = tb_open(path, 100);
	OPENAT(t, 100, "/etc/keep", O_RDONLY, 3);
	OPENAT(t, 100, "/etc/drop", O_RDONLY | O_CLOEXEC, 4);
	static const char *const argv[] = { "ls", "-l", NULL };
	struct tb_blob f = TB_STR(0, "/bin/ls");
	tb_entry(t, 100, SYS_execve, ARGS(0x1000, 0x2000, 0x3000), &f, 1);
	tb_exec(t, 100, 0, "/usr/bin/ls", argv);
	tb_exit(t, 100, 0, NULL, 0);
	cr_assert_eq(tb_close(t), 0);
	replay *r = open_replay();
	struct replay_item it;
	skip_to(r, &it, REPLAY_EXEC);
	cr_assert_str_eq(replay_fd_path(it.thread, 3), "/etc/keep");
	cr_assert_null(replay_fd_path(it.thread, 4));
	size_t argc;
	const char *const *av = replay_proc_argv(it.proc, &argc);
	cr_assert_eq(argc, 2);
	cr_assert_str_eq(av[1], "-l");
	cr_assert_null(av[2]);
	cr_assert_str_eq(replay_proc_exe(it.proc), "/usr/bin/ls");
	next(r, &it, REPLAY_SYSCALL, 100);
	cr_assert_str_eq(it.call->desc->name, "execve");
	replay_free(r);
}

Test(replay, chdir_and_fchdir_move_the_cwd_of_clone_fs_sharers)
{
	struct tb *t = tb_open(path, 100);
	tb_new_task(t, 101, 100, 100, CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | CLONE_THREAD);
	tb_new_task(t, 200, 100, 200, SIGCHLD);
	struct tb_blob d = TB_STR(0, "src/./lib/");
	tb_call(t, 100, SYS_chdir, ARGS(0x1000), &d, 1, 0, NULL, 0);
	OPENAT(t, 100, "/tmp", O_RDONLY | O_DIRECTORY, 3);
	struct tb_blob rel = TB_STR(1, "x/y");
	tb_call(t, 100, SYS_openat, ARGS(3, 0x1000, O_RDONLY), &rel, 1, 4, NULL, 0);
	tb_call(t, 101, SYS_fchdir, ARGS(3), NULL, 0, 0, NULL, 0);
	cr_assert_eq(tb_close(t), 0);
	replay *r = open_replay();
	struct replay_item it;
	skip_to(r, &it, REPLAY_SYSCALL);
	cr_assert_str_eq(replay_thread_cwd(it.thread), "/home/u/src/lib");
	cr_assert_str_eq(replay_thread_cwd(replay_find_thread(r, 101)), "/home/u/src/lib", "a thread shares");
	cr_assert_str_eq(replay_thread_cwd(replay_find_thread(r, 200)), "/home/u", "a forked child does not");
	skip_to(r, &it, REPLAY_SYSCALL);
	skip_to(r, &it, REPLAY_SYSCALL);
	char buf[256];
	cr_assert_eq(replay_call_path(it.call, 1, buf, sizeof buf), (int)strlen("/tmp/x/y"));
	cr_assert_str_eq(buf, "/tmp/x/y");
	cr_assert_str_eq(replay_fd_path(it.thread, 4), "/tmp/x/y");
	skip_to(r, &it, REPLAY_SYSCALL);
	cr_assert_str_eq(replay_thread_cwd(replay_find_thread(r, 100)), "/tmp");
	replay_free(r);
}

Test(replay, exec_by_a_non_leader_thread_supersedes_the_leader)
{
	struct tb *t = tb_open(path, 100);
	tb_new_task(t, 101, 100, 100, CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | CLONE_THREAD);
	tb_entry(t, 100, SYS_futex, ARGS(0x1000, 0, 1), NULL, 0);
	struct tb_blob f = TB_STR(0, "/bin/true");
	tb_entry(t, 101, SYS_execve, ARGS(0x2000, 0x3000, 0x4000), &f, 1);
	static const char *const argv[] = { "true", NULL };
	tb_exec(t, 100, 101, "/usr/bin/true", argv);
	tb_exit(t, 100, 0, NULL, 0);
	cr_assert_eq(tb_close(t), 0);
	replay *r = open_replay();
	struct replay_item it;
	next(r, &it, REPLAY_NEW_TASK, 101);
	next(r, &it, REPLAY_ENTRY, 100);
	next(r, &it, REPLAY_ENTRY, 101);
	uint64_t execve_seq = it.call->seq;
	next(r, &it, REPLAY_SYSCALL, 100);
	cr_assert_str_eq(it.call->desc->name, "futex");
	cr_assert_eq(it.call->cut, REPLAY_CUT_EXEC);
	next(r, &it, REPLAY_EXEC, 100);
	cr_assert_eq(it.exec->former_tid, 101);
	next(r, &it, REPLAY_SYSCALL, 100);
	cr_assert_eq(it.call->seq, execve_seq, "the execve finishes under the leader's id");
	cr_assert_eq(it.call->cut, REPLAY_CUT_NONE);
	cr_assert_null(replay_find_thread(r, 101));
	cr_assert_eq(replay_next(r, &it), 0);
	replay_free(r);
}

Test(replay, attached_processes_start_from_their_metadata)
{
	struct tb *t = tb_open(path, 0);
	const uint32_t tids[] = { 500, 501 };
	tb_meta_attached(t, 500, "/srv", tids, 2);
	tb_call(t, 501, SYS_getpid, NULL, NULL, 0, 500, NULL, 0);
	cr_assert_eq(tb_close(t), 0);
	replay *r = open_replay();
	struct replay_item it;
	next(r, &it, REPLAY_ENTRY, 501);
	cr_assert_eq(replay_proc_pid(it.proc), 500);
	cr_assert(replay_proc_attached(it.proc));
	cr_assert_str_eq(replay_thread_cwd(it.thread), "/srv");
	cr_assert_null(replay_find_thread(r, 100), "no launched command in a -p trace");
	replay_free(r);
}

Test(replay, path_resolution_is_lexical)
{
	char b[64];
	cr_assert_eq(replay_path_resolve("/a/b", "../c//d/.", b, sizeof b), 6);
	cr_assert_str_eq(b, "/a/c/d");
	cr_assert_eq(replay_path_resolve("/", "../../x", b, sizeof b), 2);
	cr_assert_str_eq(b, "/x");
	cr_assert_eq(replay_path_resolve("/ignored", "/abs/./p/", b, sizeof b), 6);
	cr_assert_str_eq(b, "/abs/p");
	cr_assert_eq(replay_path_resolve("/a/b", "", b, sizeof b), 4);
	cr_assert_str_eq(b, "/a/b");
	cr_assert_eq(replay_path_resolve(NULL, "rel", b, sizeof b), -ENOENT);
	cr_assert_eq(replay_path_resolve("rel", "x", b, sizeof b), -ENOENT);
	cr_assert_eq(replay_path_resolve("/a", "bcdefgh", b, 6), -ENAMETOOLONG);
}

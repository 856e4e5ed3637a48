/* The recorder captures what the syscall table says, for real programs:
 * each test records one program of tests/progs and reads the trace back. */
#include <criterion/criterion.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "rec_fixture.h"

static struct trace tr;
static char dir[] = "/tmp/rtrace-cap-XXXXXX";

static void record_prog(const char *const extra[], const char *const argv[])
{
	const char *path = fx_trace_path();
	struct run_result rr;
	fx_record(path, extra, argv, &rr);
	cr_assert(WIFEXITED(rr.status) || WIFSIGNALED(rr.status));
	fx_run_free(&rr);
	cr_assert_eq(fx_load(path, &tr), 0);
	cr_assert_eq(tr.end, 0, "trace does not end cleanly");
	if (!getenv("KEEP_TRACE")) unlink(path);
}

static void teardown(void)
{
	fx_trace_free(&tr);
}

static const Rt__Blob *entry_blob(const Rt__Event *e, unsigned arg, unsigned index)
{
	cr_assert(e);
	return fx_blob(e->entry->blobs, e->entry->n_blobs, arg, index);
}

static const Rt__Blob *exit_blob(const Rt__Event *e, unsigned arg, unsigned index)
{
	const Rt__Event *x = fx_exit_of(&tr, e);
	cr_assert(x, "no exit for the entry");
	return fx_blob(x->exit->blobs, x->exit->n_blobs, arg, index);
}

static void files_setup(void)
{
	cr_assert(mkdtemp(dir));
}

static void files_teardown(void)
{
	teardown();
	rmdir(dir);
	strcpy(dir, "/tmp/rtrace-cap-XXXXXX");
}

static const char text[] = "hello from the files test program\n";

TestSuite(record, .fini = teardown);

Test(record, openat_path_blob_is_the_path, .init = files_setup, .fini = files_teardown)
{
	record_prog(NULL, (const char *[]){ fx_prog("files"), dir, NULL });
	char path[4096];
	snprintf(path, sizeof path, "%s/files-data.txt", dir);
	const Rt__Event *e = fx_entry_with_str(&tr, "openat", 1, path);
	cr_assert(e, "no openat of %s", path);
	const Rt__Blob *b = entry_blob(e, 1, 0);
	cr_assert_eq(b->read_errno, 0);
	cr_assert_eq(b->full_len, 0);
}

Test(record, write_buffer_is_captured_at_entry, .init = files_setup, .fini = files_teardown)
{
	record_prog(NULL, (const char *[]){ fx_prog("files"), dir, NULL });
	size_t n = strlen(text);
	bool found = false;
	for (size_t k = 0; !found; k++) {
		const Rt__Event *e = fx_entry(&tr, "write", k);
		cr_assert(e, "no write of the text");
		const Rt__Blob *b = entry_blob(e, 1, 0);
		found = b && b->data.len == n && !memcmp(b->data.data, text, n);
	}
}

Test(record, read_blob_holds_the_file_bytes_at_exit, .init = files_setup, .fini = files_teardown)
{
	record_prog(NULL, (const char *[]){ fx_prog("files"), dir, NULL });
	size_t n = strlen(text);
	bool found = false;
	for (size_t k = 0; !found; k++) {
		const Rt__Event *e = fx_entry(&tr, "read", k);
		cr_assert(e, "no read of the text");
		cr_assert_null(entry_blob(e, 1, 0), "read's buffer is exit memory");
		const Rt__Blob *b = exit_blob(e, 1, 0);
		found = b && b->data.len == n && !memcmp(b->data.data, text, n);
	}
}

Test(record, read_blob_is_cut_at_the_s_limit, .init = files_setup, .fini = files_teardown)
{
	record_prog((const char *[]){ "-s", "5", NULL }, (const char *[]){ fx_prog("files"), dir, NULL });
	bool found = false;
	for (size_t k = 0; !found; k++) {
		const Rt__Event *e = fx_entry(&tr, "read", k);
		cr_assert(e, "no read of the text");
		const Rt__Blob *b = exit_blob(e, 1, 0);
		found = b && b->full_len == strlen(text);
		if (found) {
			cr_assert_eq(b->data.len, 5);
			cr_assert(!memcmp(b->data.data, "hello", 5));
		}
	}
}

Test(record, s_zero_keeps_no_buffer_bytes, .init = files_setup, .fini = files_teardown)
{
	record_prog((const char *[]){ "-s", "0", NULL }, (const char *[]){ fx_prog("files"), dir, NULL });
	size_t writes = 0;
	for (size_t k = 0;; k++) {
		const Rt__Event *e = fx_entry(&tr, "write", k);
		if (!e)
			break;
		const Rt__Blob *b = entry_blob(e, 1, 0);
		cr_assert(b);
		cr_assert_eq(b->data.len, 0);
		cr_assert_eq(b->full_len, e->entry->args[2]);
		writes++;
	}
	cr_assert_geq(writes, 2);
	char path[4096];
	snprintf(path, sizeof path, "%s/files-data.txt", dir);
	cr_assert(fx_entry_with_str(&tr, "openat", 1, path), "paths stay whole with -s 0");
}

Test(record, fstat_struct_holds_the_file_size, .init = files_setup, .fini = files_teardown)
{
	record_prog(NULL, (const char *[]){ fx_prog("files"), dir, NULL });
	bool found = false;
	for (size_t k = 0; !found; k++) {
		const Rt__Event *e = fx_entry(&tr, "fstat", k);
		if (!e) {
			/* glibc's fstat is newfstatat(fd, "", st, AT_EMPTY_PATH) */
			for (size_t j = 0; !found; j++) {
				e = fx_entry(&tr, "newfstatat", j);
				cr_assert(e, "no stat of the file");
				const Rt__Blob *b = exit_blob(e, 2, 0);
				struct stat st;
				if (b && b->data.len == sizeof st) {
					memcpy(&st, b->data.data, sizeof st);
					found = st.st_size == (off_t)strlen(text);
				}
			}
			break;
		}
		const Rt__Blob *b = exit_blob(e, 1, 0);
		struct stat st;
		cr_assert(b && b->data.len == sizeof st);
		memcpy(&st, b->data.data, sizeof st);
		found = st.st_size == (off_t)strlen(text);
	}
}

Test(record, pipe2_holds_the_two_fds)
{
	record_prog(NULL, (const char *[]){ fx_prog("pipes"), NULL });
	const Rt__Event *e = fx_entry(&tr, "pipe2", 0);
	cr_assert(e);
	const Rt__Blob *b = exit_blob(e, 0, 0);
	cr_assert(b);
	cr_assert_eq(b->data.len, 8);
	int fds[2];
	memcpy(fds, b->data.data, 8);
	/* the program then dup()s the write end and reads the read end */
	const Rt__Event *d = fx_entry(&tr, "dup", 0);
	cr_assert(d);
	cr_assert_eq((int)d->entry->args[0], fds[1]);
	bool read_end = false;
	for (size_t k = 0; !read_end; k++) {
		const Rt__Event *r = fx_entry(&tr, "read", k);
		cr_assert(r, "no read of the pipe's read end");
		read_end = (int)r->entry->args[0] == fds[0];
	}
}

Test(record, writev_and_readv_keep_each_element)
{
	record_prog(NULL, (const char *[]){ fx_prog("pipes"), NULL });
	const Rt__Event *w = fx_entry(&tr, "writev", 0);
	cr_assert(w);
	const Rt__Blob *a = entry_blob(w, 1, 1), *b = entry_blob(w, 1, 2);
	cr_assert(a && b);
	cr_assert_eq(a->data.len, 11);
	cr_assert(!memcmp(a->data.data, "vector-one ", 11));
	cr_assert_eq(b->data.len, 10);
	cr_assert(!memcmp(b->data.data, "vector-two", 10));
	cr_assert_neq(a->addr, 0);
	const Rt__Event *r = fx_entry(&tr, "readv", 0);
	cr_assert(r);
	const Rt__Blob *ra = exit_blob(r, 1, 1), *rb = exit_blob(r, 1, 2);
	cr_assert(ra && rb);
	cr_assert_eq(ra->data.len, 11);
	cr_assert_eq(rb->data.len, 10, "only the 21 bytes read are kept");
	cr_assert(!memcmp(rb->data.data, "vector-two", 10));
}

Test(record, unreadable_buffer_is_recorded_as_such)
{
	record_prog(NULL, (const char *[]){ fx_prog("memory"), NULL });
	bool found = false;
	for (size_t k = 0; !found; k++) {
		const Rt__Event *e = fx_entry(&tr, "write", k);
		cr_assert(e, "no write(-1, ...)");
		if ((int)e->entry->args[0] != -1)
			continue;
		/* PROT_NONE: process_vm_readv fails, PTRACE_PEEKDATA reads it */
		const Rt__Blob *b = entry_blob(e, 1, 0);
		cr_assert(b);
		cr_assert_eq(b->data.len, 16);
		cr_assert_eq(b->data.data[1], (unsigned char)((4096 + 1) * 7));
		cr_assert(b->peeked, "bytes strace could not read must be marked peeked");
		found = true;
	}
}

Test(record, exec_event_holds_argv)
{
	record_prog(NULL, (const char *[]){ fx_prog("procs"), fx_prog("echoargs"), NULL });
	size_t execs = 0;
	for (size_t i = 0; i < tr.n; i++) {
		const Rt__Event *e = tr.ev[i];
		if (e->kind_case != RT__EVENT__KIND_EXEC || e->exec->n_argv != 3)
			continue;
		cr_assert_str_eq(e->exec->argv[1], "one");
		cr_assert_str_eq(e->exec->argv[2], "two");
		cr_assert(strstr(e->exec->filename, "echoargs"));
		execs++;
	}
	cr_assert_eq(execs, 1);
	const Rt__Event *x = fx_entry(&tr, "execve", 0);
	cr_assert(x, "the launched command's execve is the first call");
	cr_assert_eq(x, tr.ev[1], "execve follows only the root's NewTask");
	cr_assert(strstr((const char *)entry_blob(x, 0, 0)->data.data, "procs"));
}

Test(record, exit_events_hold_the_status)
{
	record_prog(NULL, (const char *[]){ fx_prog("procs"), fx_prog("echoargs"), NULL });
	int statuses[3] = { -1, -1, -1 };
	size_t n = 0;
	for (size_t i = 0; i < tr.n && n < 3; i++)
		if (tr.ev[i]->kind_case == RT__EVENT__KIND_EXIT_TASK)
			statuses[n++] = tr.ev[i]->exit_task->status;
	cr_assert_eq(n, 3);
	cr_assert_eq(statuses[0], 2, "echoargs one two exits 2");
	cr_assert_eq(statuses[1], 7, "the vfork child exits 7");
	cr_assert_eq(statuses[2], 12, "procs exits 10 + 2");
	cr_assert_eq(tr.meta->root_pid, tr.ev[tr.n - 1]->tid);
}

Test(record, vfork_child_is_a_new_task_with_vfork_flags)
{
	record_prog(NULL, (const char *[]){ fx_prog("procs"), fx_prog("echoargs"), NULL });
	size_t tasks = 0;
	bool vfork = false;
	for (size_t i = 0; i < tr.n; i++) {
		const Rt__Event *e = tr.ev[i];
		if (e->kind_case != RT__EVENT__KIND_NEW_TASK || !e->new_task->parent_tid)
			continue;
		tasks++;
		cr_assert_eq(e->new_task->parent_tid, tr.meta->root_pid);
		cr_assert_eq(e->new_task->tgid, e->tid, "a process is its own thread group");
		cr_assert_eq(e->new_task->ppid, tr.meta->root_pid);
		vfork |= (e->new_task->clone_flags & 0x4000) != 0; /* CLONE_VFORK */
	}
	cr_assert_eq(tasks, 2);
	cr_assert(vfork);
}

Test(record, thread_events_hold_the_new_tid)
{
	record_prog(NULL, (const char *[]){ fx_prog("threads"), "3", "5", NULL });
	size_t threads = 0;
	for (size_t i = 0; i < tr.n; i++) {
		const Rt__Event *e = tr.ev[i];
		if (e->kind_case != RT__EVENT__KIND_NEW_TASK || !e->new_task->parent_tid)
			continue;
		cr_assert_neq(e->tid, tr.meta->root_pid);
		cr_assert_eq(e->new_task->tgid, tr.meta->root_pid);
		cr_assert(e->new_task->clone_flags & 0x10000, "CLONE_THREAD");
		/* the clone3 exit returns the same tid */
		threads++;
	}
	cr_assert_eq(threads, 3);
	cr_assert_eq(fx_count(&tr, RT__EVENT__KIND_ENTRY, (int)fx_nr("getppid")), 15);
}

Test(record, signal_events_hold_si_signo)
{
	record_prog(NULL, (const char *[]){ fx_prog("signals"), NULL });
	bool usr1 = false, usr2 = false;
	for (size_t i = 0; i < tr.n; i++) {
		const Rt__Event *e = tr.ev[i];
		if (e->kind_case != RT__EVENT__KIND_SIGNAL)
			continue;
		siginfo_t si;
		cr_assert_eq(e->signal->siginfo.len, sizeof si);
		memcpy(&si, e->signal->siginfo.data, sizeof si);
		cr_assert_eq(si.si_signo, e->signal->signo);
		usr1 |= si.si_signo == SIGUSR1 && si.si_code == SI_USER;
		usr2 |= si.si_signo == SIGUSR2;
	}
	cr_assert(usr1);
	cr_assert_not(usr2, "a signal taken by sigtimedwait is never delivered");
}

Test(record, sockets_capture_addresses_and_messages)
{
	record_prog(NULL, (const char *[]){ fx_prog("sockets"), NULL });
	const Rt__Event *c = fx_entry(&tr, "connect", 0);
	const Rt__Blob *sa = entry_blob(c, 1, 0);
	cr_assert(sa);
	cr_assert_eq(sa->data.len, 16);
	cr_assert_eq(sa->data.data[0], 2, "AF_INET");
	cr_assert_eq(sa->data.data[4], 127);
	const Rt__Event *g = fx_entry(&tr, "getsockname", 0);
	const Rt__Blob *ga = exit_blob(g, 1, 0);
	cr_assert(ga);
	cr_assert_eq(ga->data.len, 16);
	cr_assert(!memcmp(ga->data.data + 2, sa->data.data + 2, 2), "the same port");
	const Rt__Event *s = fx_entry(&tr, "sendto", 0);
	const Rt__Blob *sb = entry_blob(s, 1, 0);
	cr_assert(sb && sb->data.len == 18 && !memcmp(sb->data.data, "ping over loopback", 18));
	const Rt__Event *rm = fx_entry(&tr, "recvmsg", 0);
	const Rt__Blob *buf = exit_blob(rm, 1, 4);
	cr_assert(buf, "recvmsg's first iovec buffer");
	cr_assert_eq(buf->data.len, 8);
	cr_assert(!memcmp(buf->data.data, "msg-part", 8));
}

Test(record, time_structs_are_captured)
{
	record_prog(NULL, (const char *[]){ fx_prog("timeprog"), NULL });
	const Rt__Event *n = fx_entry(&tr, "clock_nanosleep", 0);
	cr_assert(n);
	const Rt__Blob *req = entry_blob(n, 2, 0);
	cr_assert(req);
	cr_assert_eq(req->data.len, 16);
	long ts[2];
	memcpy(ts, req->data.data, 16);
	cr_assert_eq(ts[0], 0);
	cr_assert_eq(ts[1], 1000000);
	const Rt__Event *g = fx_entry(&tr, "clock_gettime", 0);
	const Rt__Blob *now = exit_blob(g, 1, 0);
	cr_assert(now && now->data.len == 16);
}

Test(record, exec_from_a_thread_records_the_former_tid)
{
	record_prog(NULL, (const char *[]){ fx_prog("thread_exec"), fx_prog("echoargs"), NULL });
	pid_t thread = 0;
	for (size_t i = 0; i < tr.n; i++) {
		const Rt__Event *e = tr.ev[i];
		if (e->kind_case == RT__EVENT__KIND_NEW_TASK && e->new_task->parent_tid)
			thread = (pid_t)e->tid;
		if (e->kind_case != RT__EVENT__KIND_EXEC || !e->exec->former_tid)
			continue;
		cr_assert_eq(e->exec->n_argv, 2);
		cr_assert_eq(e->tid, tr.meta->root_pid, "the exec'ing thread takes the leader's tid");
		cr_assert_eq((pid_t)e->exec->former_tid, thread);
		cr_assert_str_eq(e->exec->argv[1], "from-thread");
		const Rt__Event *x = tr.ev[i + 1];
		cr_assert_eq(x->kind_case, RT__EVENT__KIND_EXIT, "execve's exit follows, on the leader");
		cr_assert_eq(x->exit->ret, 0);
		return;
	}
	cr_assert_fail("no exec from the thread");
}

Test(record, metadata_describes_the_launch)
{
	record_prog(NULL, (const char *[]){ fx_prog("echoargs"), "x", NULL });
	cr_assert_eq(tr.meta->n_argv, 2);
	cr_assert_str_eq(tr.meta->argv[1], "x");
	cr_assert_str_eq(tr.meta->exe, fx_prog("echoargs"));
	cr_assert(tr.meta->env_recorded);
	cr_assert_gt(tr.meta->n_env, 0);
	cr_assert_eq(tr.meta->capture_bytes, 4096);
	cr_assert_gt(strlen(tr.meta->kernel_release), 0);
	char cwd[4096];
	cr_assert(getcwd(cwd, sizeof cwd));
	cr_assert_str_eq(tr.meta->cwd, cwd);
	bool fd1 = false;
	for (size_t i = 0; i < tr.meta->n_fds; i++) {
		cr_assert_geq(tr.meta->fds[i]->fd, 0);
		cr_assert(strncmp(tr.meta->fds[i]->target, "/tmp/rtrace-test", 16),
			  "the trace file is not one of the command's fds");
		fd1 |= tr.meta->fds[i]->fd == 1 && !strncmp(tr.meta->fds[i]->target, "pipe:", 5);
	}
	cr_assert(fd1, "stdout is the fixture's pipe");
}

Test(record, no_env_keeps_the_environment_out)
{
	record_prog((const char *[]){ "--no-env", NULL }, (const char *[]){ fx_prog("echoargs"), NULL });
	cr_assert_not(tr.meta->env_recorded);
	cr_assert_eq(tr.meta->n_env, 0);
}

Test(record, unmapped_path_pointer_is_recorded_unreadable)
{
	record_prog(NULL, (const char *[]){ fx_prog("memory"), NULL });
	for (size_t k = 0;; k++) {
		const Rt__Event *e = fx_entry(&tr, "openat", k);
		cr_assert(e, "no openat of the unmapped pointer");
		const Rt__Event *x = fx_exit_of(&tr, e);
		if (!x || x->exit->ret != -14)
			continue;
		const Rt__Blob *b = entry_blob(e, 1, 0);
		cr_assert(b, "a failed read still has its blob");
		cr_assert_eq(b->read_errno, 14, "EFAULT");
		cr_assert_eq(b->data.len, 0);
		return;
	}
}

Test(record, long_argv_strings_are_kept_whole)
{
	static char arg[20001];
	memset(arg, 'q', sizeof arg - 1);
	arg[5000] = 'X';
	record_prog(NULL, (const char *[]){ fx_prog("echoargs"), arg, NULL });
	const Rt__Event *x = fx_entry(&tr, "execve", 0);
	const Rt__Blob *b = entry_blob(x, 1, 2);
	cr_assert(b, "argv[1] of execve");
	cr_assert_eq(b->data.len, 20000);
	cr_assert_eq(b->full_len, 0);
	cr_assert(!memcmp(b->data.data, arg, 20000));
	cr_assert_neq(b->addr, 0);
	for (size_t i = 0; i < tr.n; i++)
		if (tr.ev[i]->kind_case == RT__EVENT__KIND_EXEC) {
			cr_assert_eq(tr.ev[i]->exec->n_argv, 2);
			cr_assert_eq(strlen(tr.ev[i]->exec->argv[1]), 20000);
		}
}

Test(record, entries_keep_the_argument_registers_their_call_takes, .init = files_setup,
     .fini = files_teardown)
{
	record_prog(NULL, (const char *[]){ fx_prog("files"), dir, NULL });
	const Rt__Event *c = fx_entry(&tr, "close", 0);
	cr_assert(c, "no close");
	cr_assert_eq(c->entry->n_args, 1);
	const Rt__Event *m = fx_entry(&tr, "mmap", 0);
	cr_assert(m, "no mmap");
	cr_assert_eq(m->entry->n_args, 6);
	char path[4096];
	snprintf(path, sizeof path, "%s/files-data.txt", dir);
	const Rt__Event *o = fx_entry_with_str(&tr, "openat", 1, path);
	cr_assert(o, "no openat of %s", path);
	cr_assert_eq(o->entry->n_args, 4);
	cr_assert_eq((int)o->entry->args[0], -100, "AT_FDCWD");
}

Test(record, times_are_stored_in_microseconds, .init = files_setup, .fini = files_teardown)
{
	record_prog(NULL, (const char *[]){ fx_prog("files"), dir, NULL });
	cr_assert_eq(tr.meta->time_unit_ns, 1000);
	cr_assert_gt(tr.n, 10);
	for (size_t i = 0; i < tr.n; i++) {
		cr_assert_eq(tr.t_ns[i] % 1000, 0, "event %zu at %llu ns", i,
			     (unsigned long long)tr.t_ns[i]);
		if (i)
			cr_assert_geq(tr.t_ns[i], tr.t_ns[i - 1]);
	}
	cr_assert_gt(tr.t_ns[tr.n - 1], 0);
}

/* prctl's option selects which argument has memory: PR_SET_SECCOMP's filter
 * is argument 3, not the argument 2 of the other options. */
Test(record, prctl_set_seccomp_keeps_the_sock_fprog)
{
	record_prog(NULL, (const char *[]){ fx_prog("seccompprog"), NULL });
	const Rt__Event *p = NULL;
	for (unsigned i = 0; (p = fx_entry(&tr, "prctl", i)); i++)
		if (p->entry->args[0] == 22 /* PR_SET_SECCOMP */)
			break;
	cr_assert(p, "no prctl(PR_SET_SECCOMP) in the trace");
	const Rt__Blob *fprog = entry_blob(p, 2, 0);
	cr_assert(fprog, "the struct sock_fprog was not captured");
	cr_assert_eq(fprog->data.len, 16);
	unsigned short len;
	memcpy(&len, fprog->data.data, sizeof len);
	cr_assert_eq(len, 4);
	cr_assert_null(entry_blob(p, 1, 0));
}

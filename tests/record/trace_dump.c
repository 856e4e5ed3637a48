/* trace_dump — a debugging aid for the recorder tests (not a user command):
 * prints each event of a trace on one line, raw. */
#include <stdio.h>
#include <inttypes.h>

#include "syscall_table.h"
#include "trace_reader.h"

static void blobs(Rt__Blob **b, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		printf(" [a%u i%u len%zu", b[i]->arg, b[i]->index, b[i]->data.len);
		if (b[i]->full_len)
			printf(" full%" PRIu64, b[i]->full_len);
		if (b[i]->read_errno)
			printf(" err%d", b[i]->read_errno);
		printf(" \"");
		for (size_t k = 0; k < b[i]->data.len && k < 40; k++) {
			unsigned char c = b[i]->data.data[k];
			putchar(c >= 32 && c < 127 ? c : '.');
		}
		printf("\"]");
	}
}

int main(int argc, char **argv)
{
	trace_reader *r;
	if (argc < 2 || trace_reader_open(argv[1], &r) < 0)
		return 1;
	const Rt__Metadata *m = trace_reader_metadata(r);
	printf("meta root=%u exe=%s argc=%zu fds=%zu env=%zu seccomp=%d filter=%s\n", m->root_pid,
	       m->exe, m->n_argv, m->n_fds, m->n_env, m->seccomp, m->trace_filter);
	const Rt__Event *e;
	uint64_t t;
	int k;
	while ((k = trace_reader_next(r, &e, &t)) == 1) {
		printf("%u ", e->tid);
		switch (e->kind_case) {
		case RT__EVENT__KIND_ENTRY: {
			const struct syscall_desc *d = syscall_table_get(e->entry->nr);
			printf("entry %s", d ? d->name : "?");
			blobs(e->entry->blobs, e->entry->n_blobs);
			break;
		}
		case RT__EVENT__KIND_EXIT:
			printf("exit %" PRId64 " nr%u", e->exit->ret, e->exit->nr);
			blobs(e->exit->blobs, e->exit->n_blobs);
			break;
		case RT__EVENT__KIND_NEW_TASK:
			printf("newtask parent=%u tgid=%u ppid=%u flags=%#" PRIx64 " att=%d",
			       e->new_task->parent_tid, e->new_task->tgid, e->new_task->ppid,
			       e->new_task->clone_flags, e->new_task->attached);
			break;
		case RT__EVENT__KIND_EXEC:
			printf("exec %s former=%u argc=%zu", e->exec->filename, e->exec->former_tid,
			       e->exec->n_argv);
			break;
		case RT__EVENT__KIND_SIGNAL:
			printf("signal %d code=%d group=%d", e->signal->signo, e->signal->code,
			       e->signal->group_stop);
			break;
		case RT__EVENT__KIND_EXIT_TASK:
			printf("exit_task status=%d sig=%d group=%d", e->exit_task->status,
			       e->exit_task->signo, e->exit_task->group);
			break;
		default:
			printf("kind %d", e->kind_case);
		}
		putchar('\n');
	}
	printf("end %d %s\n", k, trace_reader_error(r) ? trace_reader_error(r) : "");
	trace_reader_free(r);
	return 0;
}

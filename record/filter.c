/* filter — see filter.h for the contract. */
#include "filter.h"

#include <errno.h>
#include <seccomp.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "recorder.h"

static int add_rules(scmp_filter_ctx ctx, const uint64_t *set, size_t nwords)
{
	for (size_t nr = 0; nr < nwords * 64; nr++) {
		if (!(set[nr / 64] >> (nr % 64) & 1))
			continue;
		if (seccomp_rule_add(ctx, SCMP_ACT_TRACE(0), (int)nr, 0) < 0)
			return -1;
	}
	return 0;
}

/* libseccomp 2.5 exports to a descriptor only: a memfd, read back whole. */
static int export_program(scmp_filter_ctx ctx, struct sock_fprog *ret)
{
	int fd = memfd_create("rtrace-bpf", MFD_CLOEXEC);
	if (fd < 0)
		return -1;
	struct stat st;
	int r = -1;
	if (seccomp_export_bpf(ctx, fd) == 0 && fstat(fd, &st) == 0 && st.st_size > 0 &&
	    st.st_size % sizeof(struct sock_filter) == 0) {
		struct sock_filter *f = malloc((size_t)st.st_size);
		if (f && pread(fd, f, (size_t)st.st_size, 0) == st.st_size) {
			ret->filter = f;
			ret->len = (unsigned short)(st.st_size / sizeof *f);
			r = 0;
		} else {
			free(f);
		}
	}
	close(fd);
	return r;
}

int filter_build(const uint64_t *set, size_t nwords, struct sock_fprog *ret)
{
	scmp_filter_ctx ctx = seccomp_init(SCMP_ACT_ALLOW);
	if (!ctx)
		return RECORDER_E_SECCOMP;
	int r = RECORDER_E_SECCOMP;
	/* no_new_privs is set by the child only when the kernel insists. */
	if (seccomp_attr_set(ctx, SCMP_FLTATR_CTL_NNP, 0) == 0 &&
	    seccomp_attr_set(ctx, SCMP_FLTATR_ACT_BADARCH, SCMP_ACT_ALLOW) == 0 &&
	    add_rules(ctx, set, nwords) == 0 && export_program(ctx, ret) == 0)
		r = 0;
	seccomp_release(ctx);
	return r;
}

void filter_free(struct sock_fprog *prog)
{
	free(prog->filter);
	prog->filter = NULL;
	prog->len = 0;
}

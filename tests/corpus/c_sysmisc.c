/* Administrative and rarely used calls, most of them failing harmlessly:
 * mremap (grow with MREMAP_MAYMOVE, shrink), madvise DONTFORK/NORMAL,
 * remap_file_pages (EINVAL), io_setup/io_destroy (the context written back),
 * userfaultfd, swapoff and quotactl of a non-device, acct(NULL),
 * pivot_root, setns of a bad fd, unshare(0), personality, getcpu,
 * name_to_handle_at of a missing path, mbind/migrate_pages/move_pages with
 * nothing to move, memfd_secret, pidfd_getfd, open_tree/fspick/
 * mount_setattr of missing paths, kexec_file_load/init_module/finit_module,
 * ioperm/iopl, sysfs, ustat, rt_sigtimedwait with no set, keyctl
 * GET_KEYRING_ID of the process keyring, request_key of a missing key, add_key
 * with a bad type, bpf with no attributes, signalfd4/readahead/tee on bad fds,
 * sync. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/aio_abi.h>
#include <sched.h>
#include <sys/mman.h>
#include <sys/personality.h>
#include <sys/quota.h>
#include <sys/swap.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void)
{
	char *m = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	char *m2 = mremap(m, 8192, 16384, MREMAP_MAYMOVE);
	mremap(m2, 16384, 4096, 0);
	madvise(m2, 4096, MADV_DONTFORK);
	madvise(m2, 4096, MADV_NORMAL);
	syscall(SYS_remap_file_pages, m2, 4096, 0, 0, 0);
	munmap(m2, 4096);
	aio_context_t ctx = 0;
	syscall(SYS_io_setup, 4, &ctx);
	syscall(SYS_io_destroy, ctx);
	close((int)syscall(SYS_userfaultfd, O_CLOEXEC | O_NONBLOCK));
	swapoff("/nonexistent");
	syscall(SYS_quotactl, QCMD(Q_GETQUOTA, USRQUOTA), "/dev/null", 0, NULL);
	syscall(SYS_quotactl, QCMD(Q_SYNC, GRPQUOTA), NULL, 0, NULL);
	syscall(SYS_acct, NULL);
	syscall(SYS_pivot_root, "/nonexistent", "/nonexistent");
	syscall(SYS_setns, -1, CLONE_NEWNET);
	syscall(SYS_unshare, 0);
	personality(PER_LINUX);
	unsigned cpu, node;
	syscall(SYS_getcpu, &cpu, &node, NULL);
	syscall(SYS_name_to_handle_at, AT_FDCWD, "/nonexistent", NULL, NULL, 0);
	syscall(SYS_mbind, NULL, 0, 0, NULL, 0, 1 /* MPOL_MF_STRICT */);
	syscall(SYS_migrate_pages, 0, 0, NULL, NULL);
	syscall(SYS_move_pages, 0, 0, NULL, NULL, NULL, 0);
	syscall(SYS_memfd_secret, 0);
	syscall(SYS_pidfd_getfd, -1, 0, 0);
	syscall(SYS_open_tree, AT_FDCWD, "/nonexistent", 1 /* OPEN_TREE_CLONE */ | O_CLOEXEC);
	syscall(SYS_fspick, AT_FDCWD, "/nonexistent", 1 /* FSPICK_CLOEXEC */);
	syscall(SYS_mount_setattr, -1, "", AT_EMPTY_PATH | 0x8000 /* AT_RECURSIVE */, NULL, 0);
	syscall(SYS_kexec_file_load, -1, -1, 0, "", 0);
	syscall(SYS_init_module, NULL, 0, "");
	syscall(SYS_finit_module, -1, "", 0);
	syscall(SYS_ioperm, 0, 0, 0);
	syscall(SYS_iopl, 0);
	syscall(SYS_sysfs, 3);
	syscall(SYS_ustat, 0x801, NULL);
	syscall(SYS_rt_sigtimedwait, NULL, NULL, NULL, 8);
	syscall(SYS_keyctl, 0 /* KEYCTL_GET_KEYRING_ID */, -2 /* KEY_SPEC_PROCESS_KEYRING */, 0);
	syscall(SYS_request_key, "user", "rtrace-corpus-none", NULL, -3 /* KEY_SPEC_SESSION_KEYRING */);
	syscall(SYS_add_key, ".bad", "desc", "payload", 7, -2);
	syscall(SYS_bpf, 0 /* BPF_MAP_CREATE */, NULL, 0);
	syscall(SYS_signalfd4, -1, NULL, 8, 0);
	syscall(SYS_readahead, -1, 0, 0);
	syscall(SYS_tee, -1, -1, 0, 0);
	sync();
	return 0;
}

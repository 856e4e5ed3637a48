/* Process creation beyond fork: raw clone3 with CLONE_PIDFD and an
 * exit_signal, raw clone with CLONE_VM|CLONE_VFORK and CLONE_PARENT_SETTID,
 * a child in new mount and UTS namespaces (unshare, sethostname, mount of a
 * tmpfs with options, umount2 with MNT_DETACH, setdomainname), a bind mount that
 * fails (ENOENT), the new mount API (fsopen, fsconfig, fsmount, move_mount)
 * in the same child, and ptrace(PTRACE_TRACEME) refused because the child is
 * already traced.  SIGCHLD is blocked; every child is reaped in order. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/mount.h>
#include <linux/sched.h>
#include <sched.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/ptrace.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

static void in_namespaces(void)
{
	unshare(CLONE_NEWNS | CLONE_NEWUTS);
	sethostname("corpus-host", 11);
	setdomainname("corpus.dom", 10);
	mount("none", "/", NULL, MS_REC | MS_PRIVATE, NULL);
	mkdir("mnt", 0755);
	mount("tmpfs", "mnt", "tmpfs", MS_NOSUID | MS_NODEV, "size=1m,mode=0700");
	int fd = open("mnt/inside", O_CREAT | O_WRONLY, 0600);
	close(fd);
	mount(NULL, "mnt", NULL, MS_REMOUNT | MS_RDONLY | MS_NOSUID | MS_NODEV, NULL);
	mount("mnt", "nowhere", NULL, MS_BIND, NULL);
	umount2("mnt", MNT_DETACH);
	int fs = syscall(SYS_fsopen, "tmpfs", FSOPEN_CLOEXEC);
	syscall(SYS_fsconfig, fs, FSCONFIG_SET_STRING, "size", "2m", 0);
	syscall(SYS_fsconfig, fs, FSCONFIG_CMD_CREATE, NULL, NULL, 0);
	int m = syscall(SYS_fsmount, fs, FSMOUNT_CLOEXEC, MOUNT_ATTR_NOEXEC);
	syscall(SYS_move_mount, m, "", AT_FDCWD, "mnt", MOVE_MOUNT_F_EMPTY_PATH);
	close(m);
	close(fs);
	umount2("mnt", 0);
	rmdir("mnt");
	ptrace(PTRACE_TRACEME, 0, NULL, NULL);
	_exit(0);
}

int main(void)
{
	sigset_t set;
	int st, pidfd = -1;
	pid_t ptid = 0;

	sigemptyset(&set);
	sigaddset(&set, SIGCHLD);
	sigprocmask(SIG_BLOCK, &set, NULL);

	struct clone_args ca;
	memset(&ca, 0, sizeof ca);
	ca.flags = CLONE_PIDFD;
	ca.pidfd = (uintptr_t)&pidfd;
	ca.exit_signal = SIGCHLD;
	long c = syscall(SYS_clone3, &ca, sizeof ca);
	if (c == 0)
		_exit(4);
	waitid(P_PIDFD, pidfd, &(siginfo_t){ 0 }, WEXITED);
	close(pidfd);

	c = syscall(SYS_clone, CLONE_VM | CLONE_VFORK | CLONE_PARENT_SETTID | SIGCHLD, NULL, &ptid, NULL, 0);
	/* the child runs on the parent's stack until it exits: it touches nothing */
	if (c == 0)
		syscall(SYS_exit, 6);
	wait4(ptid, &st, 0, NULL);

	pid_t k = fork();
	if (k == 0)
		in_namespaces();
	wait4(k, &st, 0, NULL);
	return 0;
}

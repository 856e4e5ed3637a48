/*
 * xlat_tables — the flag and enum tables of `rtrace show` (see xlat.h).
 *
 * Values, names and their order are those strace 6.1 prints (its xlat
 * tables as built for x86_64, checked against the installed strace): a
 * flag set prints in this order, so do not sort a XLAT_NORMAL table.
 * XLAT_SORTED tables are sorted by value; an XLAT_INDEXED table has its
 * value as index (NULL names are holes).
 */
#include "xlat.h"

/* O_RDONLY.. (the access mode part of open flags) */
static const struct xlat_entry open_access_modes_data[] = {
	{ 0x0, "O_RDONLY" },
	{ 0x1, "O_WRONLY" },
	{ 0x2, "O_RDWR" },
	{ 0x3, "O_ACCMODE" },
};
const struct xlat xlat_open_access_modes = XLAT_TABLE(open_access_modes_data, XLAT_INDEXED);

/* the rest of open flags */
static const struct xlat_entry open_mode_flags_data[] = {
	{ 0x40, "O_CREAT" },
	{ 0x80, "O_EXCL" },
	{ 0x100, "O_NOCTTY" },
	{ 0x200, "O_TRUNC" },
	{ 0x400, "O_APPEND" },
	{ 0x800, "O_NONBLOCK" },
	{ 0x101000, "O_SYNC" },
	{ 0x100000, "__O_SYNC" },
	{ 0x1000, "O_DSYNC" },
	{ 0x4000, "O_DIRECT" },
	{ 0x8000, "O_LARGEFILE" },
	{ 0x20000, "O_NOFOLLOW" },
	{ 0x40000, "O_NOATIME" },
	{ 0x80000, "O_CLOEXEC" },
	{ 0x200000, "O_PATH" },
	{ 0x410000, "O_TMPFILE" },
	{ 0x400000, "__O_TMPFILE" },
	{ 0x10000, "O_DIRECTORY" },
	{ 0x2000, "FASYNC" },
};
const struct xlat xlat_open_mode_flags = XLAT_TABLE(open_mode_flags_data, XLAT_NORMAL);

/* AT_* flags of the *at calls */
static const struct xlat_entry at_flags_data[] = {
	{ 0x100, "AT_SYMLINK_NOFOLLOW" },
	{ 0x200, "AT_REMOVEDIR" },
	{ 0x400, "AT_SYMLINK_FOLLOW" },
	{ 0x800, "AT_NO_AUTOMOUNT" },
	{ 0x1000, "AT_EMPTY_PATH" },
	{ 0x8000, "AT_RECURSIVE" },
};
const struct xlat xlat_at_flags = XLAT_TABLE(at_flags_data, XLAT_NORMAL);

/* faccessat2 flags */
static const struct xlat_entry faccessat_flags_data[] = {
	{ 0x100, "AT_SYMLINK_NOFOLLOW" },
	{ 0x200, "AT_EACCESS" },
	{ 0x1000, "AT_EMPTY_PATH" },
};
const struct xlat xlat_faccessat_flags = XLAT_TABLE(faccessat_flags_data, XLAT_NORMAL);

/* linkat flags */
static const struct xlat_entry linkat_flags_data[] = {
	{ 0x400, "AT_SYMLINK_FOLLOW" },
	{ 0x1000, "AT_EMPTY_PATH" },
};
const struct xlat xlat_linkat_flags = XLAT_TABLE(linkat_flags_data, XLAT_NORMAL);

/* F_OK R_OK W_OK X_OK */
static const struct xlat_entry access_modes_data[] = {
	{ 0x0, "F_OK" },
	{ 0x4, "R_OK" },
	{ 0x2, "W_OK" },
	{ 0x1, "X_OK" },
};
const struct xlat xlat_access_modes = XLAT_TABLE(access_modes_data, XLAT_NORMAL);

/* file type part of a mode */
static const struct xlat_entry modetypes_data[] = {
	{ 0x8000, "S_IFREG" },
	{ 0xc000, "S_IFSOCK" },
	{ 0x1000, "S_IFIFO" },
	{ 0xa000, "S_IFLNK" },
	{ 0x4000, "S_IFDIR" },
	{ 0x6000, "S_IFBLK" },
	{ 0x2000, "S_IFCHR" },
};
const struct xlat xlat_modetypes = XLAT_TABLE(modetypes_data, XLAT_NORMAL);

/* statx sync type part of flags */
static const struct xlat_entry at_statx_sync_types_data[] = {
	{ 0x0, "AT_STATX_SYNC_AS_STAT" },
	{ 0x2000, "AT_STATX_FORCE_SYNC" },
	{ 0x4000, "AT_STATX_DONT_SYNC" },
	{ 0x6000, "AT_STATX_SYNC_TYPE" },
};
const struct xlat xlat_at_statx_sync_types = XLAT_TABLE(at_statx_sync_types_data, XLAT_NORMAL);

/* statx mask */
static const struct xlat_entry statx_masks_data[] = {
	{ 0xfff, "STATX_ALL" },
	{ 0x7ff, "STATX_BASIC_STATS" },
	{ 0x1, "STATX_TYPE" },
	{ 0x2, "STATX_MODE" },
	{ 0x4, "STATX_NLINK" },
	{ 0x8, "STATX_UID" },
	{ 0x10, "STATX_GID" },
	{ 0x20, "STATX_ATIME" },
	{ 0x40, "STATX_MTIME" },
	{ 0x80, "STATX_CTIME" },
	{ 0x100, "STATX_INO" },
	{ 0x200, "STATX_SIZE" },
	{ 0x400, "STATX_BLOCKS" },
	{ 0x800, "STATX_BTIME" },
	{ 0x1000, "STATX_MNT_ID" },
	{ 0x2000, "STATX_DIOALIGN" },
};
const struct xlat xlat_statx_masks = XLAT_TABLE(statx_masks_data, XLAT_NORMAL);

/* stx_attributes */
static const struct xlat_entry statx_attrs_data[] = {
	{ 0x4, "STATX_ATTR_COMPRESSED" },
	{ 0x10, "STATX_ATTR_IMMUTABLE" },
	{ 0x20, "STATX_ATTR_APPEND" },
	{ 0x40, "STATX_ATTR_NODUMP" },
	{ 0x800, "STATX_ATTR_ENCRYPTED" },
	{ 0x1000, "STATX_ATTR_AUTOMOUNT" },
	{ 0x2000, "STATX_ATTR_MOUNT_ROOT" },
	{ 0x100000, "STATX_ATTR_VERITY" },
	{ 0x200000, "STATX_ATTR_DAX" },
};
const struct xlat xlat_statx_attrs = XLAT_TABLE(statx_attrs_data, XLAT_NORMAL);

/* PROT_* */
static const struct xlat_entry mmap_prot_data[] = {
	{ 0x0, "PROT_NONE" },
	{ 0x1, "PROT_READ" },
	{ 0x2, "PROT_WRITE" },
	{ 0x4, "PROT_EXEC" },
	{ 0x8, "PROT_SEM" },
	{ 0x1000000, "PROT_GROWSDOWN" },
	{ 0x2000000, "PROT_GROWSUP" },
};
const struct xlat xlat_mmap_prot = XLAT_TABLE(mmap_prot_data, XLAT_NORMAL);

/* MAP_* */
static const struct xlat_entry mmap_flags_data[] = {
	{ 0x1, "MAP_SHARED" },
	{ 0x2, "MAP_PRIVATE" },
	{ 0x3, "MAP_SHARED_VALIDATE" },
	{ 0x10, "MAP_FIXED" },
	{ 0x20, "MAP_ANONYMOUS" },
	{ 0x40, "MAP_32BIT" },
	{ 0x4000, "MAP_NORESERVE" },
	{ 0x8000, "MAP_POPULATE" },
	{ 0x10000, "MAP_NONBLOCK" },
	{ 0x100, "MAP_GROWSDOWN" },
	{ 0x800, "MAP_DENYWRITE" },
	{ 0x1000, "MAP_EXECUTABLE" },
	{ 0x0, "MAP_FILE" },
	{ 0x2000, "MAP_LOCKED" },
	{ 0x20000, "MAP_STACK" },
	{ 0x40000, "MAP_HUGETLB" },
	{ 0x80000, "MAP_SYNC" },
	{ 0x4000000, "MAP_UNINITIALIZED" },
	{ 0x100000, "MAP_FIXED_NOREPLACE" },
};
const struct xlat xlat_mmap_flags = XLAT_TABLE(mmap_flags_data, XLAT_NORMAL);

/* MADV_* */
static const struct xlat_entry madvise_cmds_data[] = {
	{ 0x0, "MADV_NORMAL" },
	{ 0x1, "MADV_RANDOM" },
	{ 0x2, "MADV_SEQUENTIAL" },
	{ 0x3, "MADV_WILLNEED" },
	{ 0x4, "MADV_DONTNEED" },
	{ 0x8, "MADV_FREE" },
	{ 0x9, "MADV_REMOVE" },
	{ 0xa, "MADV_DONTFORK" },
	{ 0xb, "MADV_DOFORK" },
	{ 0xc, "MADV_MERGEABLE" },
	{ 0xd, "MADV_UNMERGEABLE" },
	{ 0xe, "MADV_HUGEPAGE" },
	{ 0xf, "MADV_NOHUGEPAGE" },
	{ 0x10, "MADV_DONTDUMP" },
	{ 0x11, "MADV_DODUMP" },
	{ 0x12, "MADV_WIPEONFORK" },
	{ 0x13, "MADV_KEEPONFORK" },
	{ 0x14, "MADV_COLD" },
	{ 0x15, "MADV_PAGEOUT" },
	{ 0x16, "MADV_POPULATE_READ" },
	{ 0x17, "MADV_POPULATE_WRITE" },
	{ 0x18, "MADV_DONTNEED_LOCKED" },
	{ 0x19, "MADV_COLLAPSE" },
	{ 0x64, "MADV_HWPOISON" },
	{ 0x65, "MADV_SOFT_OFFLINE" },
};
const struct xlat xlat_madvise_cmds = XLAT_TABLE(madvise_cmds_data, XLAT_NORMAL);

/* MREMAP_* */
static const struct xlat_entry mremap_flags_data[] = {
	{ 0x1, "MREMAP_MAYMOVE" },
	{ 0x2, "MREMAP_FIXED" },
	{ 0x4, "MREMAP_DONTUNMAP" },
};
const struct xlat xlat_mremap_flags = XLAT_TABLE(mremap_flags_data, XLAT_NORMAL);

/* MS_* of msync */
static const struct xlat_entry msync_flags_data[] = {
	{ 0x4, "MS_SYNC" },
	{ 0x1, "MS_ASYNC" },
	{ 0x2, "MS_INVALIDATE" },
};
const struct xlat xlat_msync_flags = XLAT_TABLE(msync_flags_data, XLAT_NORMAL);

/* MCL_* */
static const struct xlat_entry mlockall_flags_data[] = {
	{ 0x1, "MCL_CURRENT" },
	{ 0x2, "MCL_FUTURE" },
	{ 0x4, "MCL_ONFAULT" },
};
const struct xlat xlat_mlockall_flags = XLAT_TABLE(mlockall_flags_data, XLAT_NORMAL);

/* MLOCK_* */
static const struct xlat_entry mlock_flags_data[] = {
	{ 0x1, "MLOCK_ONFAULT" },
};
const struct xlat xlat_mlock_flags = XLAT_TABLE(mlock_flags_data, XLAT_NORMAL);

/* CLONE_* of clone */
static const struct xlat_entry clone_flags_data[] = {
	{ 0x100, "CLONE_VM" },
	{ 0x200, "CLONE_FS" },
	{ 0x400, "CLONE_FILES" },
	{ 0x800, "CLONE_SIGHAND" },
	{ 0x1000, "CLONE_PIDFD" },
	{ 0x2000, "CLONE_PTRACE" },
	{ 0x4000, "CLONE_VFORK" },
	{ 0x8000, "CLONE_PARENT" },
	{ 0x10000, "CLONE_THREAD" },
	{ 0x20000, "CLONE_NEWNS" },
	{ 0x40000, "CLONE_SYSVSEM" },
	{ 0x80000, "CLONE_SETTLS" },
	{ 0x100000, "CLONE_PARENT_SETTID" },
	{ 0x200000, "CLONE_CHILD_CLEARTID" },
	{ 0x800000, "CLONE_UNTRACED" },
	{ 0x1000000, "CLONE_CHILD_SETTID" },
	{ 0x2000000, "CLONE_NEWCGROUP" },
	{ 0x4000000, "CLONE_NEWUTS" },
	{ 0x8000000, "CLONE_NEWIPC" },
	{ 0x10000000, "CLONE_NEWUSER" },
	{ 0x20000000, "CLONE_NEWPID" },
	{ 0x40000000, "CLONE_NEWNET" },
	{ 0x80000000, "CLONE_IO" },
};
const struct xlat xlat_clone_flags = XLAT_TABLE(clone_flags_data, XLAT_NORMAL);

/* clone3-only flags */
static const struct xlat_entry clone3_flags_data[] = {
	{ 0x80, "CLONE_NEWTIME" },
	{ 0x100000000, "CLONE_CLEAR_SIGHAND" },
	{ 0x200000000, "CLONE_INTO_CGROUP" },
};
const struct xlat xlat_clone3_flags = XLAT_TABLE(clone3_flags_data, XLAT_NORMAL);

/* CLONE_NEW* of setns */
static const struct xlat_entry setns_types_data[] = {
	{ 0x80, "CLONE_NEWTIME" },
	{ 0x20000, "CLONE_NEWNS" },
	{ 0x2000000, "CLONE_NEWCGROUP" },
	{ 0x4000000, "CLONE_NEWUTS" },
	{ 0x8000000, "CLONE_NEWIPC" },
	{ 0x10000000, "CLONE_NEWUSER" },
	{ 0x20000000, "CLONE_NEWPID" },
	{ 0x40000000, "CLONE_NEWNET" },
};
const struct xlat xlat_setns_types = XLAT_TABLE(setns_types_data, XLAT_NORMAL);

/* unshare */
static const struct xlat_entry unshare_flags_data[] = {
	{ 0x80, "CLONE_NEWTIME" },
	{ 0x100, "CLONE_VM" },
	{ 0x200, "CLONE_FS" },
	{ 0x400, "CLONE_FILES" },
	{ 0x800, "CLONE_SIGHAND" },
	{ 0x10000, "CLONE_THREAD" },
	{ 0x20000, "CLONE_NEWNS" },
	{ 0x40000, "CLONE_SYSVSEM" },
	{ 0x2000000, "CLONE_NEWCGROUP" },
	{ 0x4000000, "CLONE_NEWUTS" },
	{ 0x8000000, "CLONE_NEWIPC" },
	{ 0x10000000, "CLONE_NEWUSER" },
	{ 0x20000000, "CLONE_NEWPID" },
	{ 0x40000000, "CLONE_NEWNET" },
};
const struct xlat xlat_unshare_flags = XLAT_TABLE(unshare_flags_data, XLAT_NORMAL);

/* W* options */
static const struct xlat_entry wait4_options_data[] = {
	{ 0x1, "WNOHANG" },
	{ 0x4, "WEXITED" },
	{ 0x2, "WSTOPPED" },
	{ 0x8, "WCONTINUED" },
	{ 0x1000000, "WNOWAIT" },
	{ 0x80000000, "__WCLONE" },
	{ 0x40000000, "__WALL" },
	{ 0x20000000, "__WNOTHREAD" },
};
const struct xlat xlat_wait4_options = XLAT_TABLE(wait4_options_data, XLAT_NORMAL);

/* P_* of waitid */
static const struct xlat_entry idtypes_data[] = {
	{ 0x0, "P_ALL" },
	{ 0x1, "P_PID" },
	{ 0x2, "P_PGID" },
	{ 0x3, "P_PIDFD" },
};
const struct xlat xlat_idtypes = XLAT_TABLE(idtypes_data, XLAT_INDEXED);

/* F_* commands */
static const struct xlat_entry fcntlcmds_data[] = {
	{ 0x0, "F_DUPFD" },
	{ 0x1, "F_GETFD" },
	{ 0x2, "F_SETFD" },
	{ 0x3, "F_GETFL" },
	{ 0x4, "F_SETFL" },
	{ 0x5, "F_GETLK" },
	{ 0x6, "F_SETLK" },
	{ 0x7, "F_SETLKW" },
	{ 0x8, "F_SETOWN" },
	{ 0x9, "F_GETOWN" },
	{ 0xa, "F_SETSIG" },
	{ 0xb, "F_GETSIG" },
	{ 0xc, "F_GETLK64" },
	{ 0xd, "F_SETLK64" },
	{ 0xe, "F_SETLKW64" },
	{ 0xf, "F_SETOWN_EX" },
	{ 0x10, "F_GETOWN_EX" },
	{ 0x11, "F_GETOWNER_UIDS" },
	{ 0x24, "F_OFD_GETLK" },
	{ 0x25, "F_OFD_SETLK" },
	{ 0x26, "F_OFD_SETLKW" },
	{ 0x400, "F_SETLEASE" },
	{ 0x401, "F_GETLEASE" },
	{ 0x402, "F_NOTIFY" },
	{ 0x405, "F_CANCELLK" },
	{ 0x406, "F_DUPFD_CLOEXEC" },
	{ 0x407, "F_SETPIPE_SZ" },
	{ 0x408, "F_GETPIPE_SZ" },
	{ 0x409, "F_ADD_SEALS" },
	{ 0x40a, "F_GET_SEALS" },
};
const struct xlat xlat_fcntlcmds = XLAT_TABLE(fcntlcmds_data, XLAT_NORMAL);

/* FD_CLOEXEC */
static const struct xlat_entry fdflags_data[] = {
	{ 0x1, "FD_CLOEXEC" },
};
const struct xlat xlat_fdflags = XLAT_TABLE(fdflags_data, XLAT_NORMAL);

/* F_RDLCK ... (l_type) */
static const struct xlat_entry lockfcmds_data[] = {
	{ 0x0, "F_RDLCK" },
	{ 0x1, "F_WRLCK" },
	{ 0x2, "F_UNLCK" },
	{ 0x4, "F_EXLCK" },
	{ 0x8, "F_SHLCK" },
};
const struct xlat xlat_lockfcmds = XLAT_TABLE(lockfcmds_data, XLAT_NORMAL);

/* F_OWNER_* */
static const struct xlat_entry f_owner_types_data[] = {
	{ 0x0, "F_OWNER_TID" },
	{ 0x1, "F_OWNER_PID" },
	{ 0x2, "F_OWNER_PGRP" },
};
const struct xlat xlat_f_owner_types = XLAT_TABLE(f_owner_types_data, XLAT_INDEXED);

/* F_SEAL_* */
static const struct xlat_entry f_seals_data[] = {
	{ 0x1, "F_SEAL_SEAL" },
	{ 0x2, "F_SEAL_SHRINK" },
	{ 0x4, "F_SEAL_GROW" },
	{ 0x8, "F_SEAL_WRITE" },
	{ 0x10, "F_SEAL_FUTURE_WRITE" },
};
const struct xlat xlat_f_seals = XLAT_TABLE(f_seals_data, XLAT_NORMAL);

/* DN_* */
static const struct xlat_entry notifyflags_data[] = {
	{ 0x1, "DN_ACCESS" },
	{ 0x2, "DN_MODIFY" },
	{ 0x4, "DN_CREATE" },
	{ 0x8, "DN_DELETE" },
	{ 0x10, "DN_RENAME" },
	{ 0x20, "DN_ATTRIB" },
	{ 0x80000000, "DN_MULTISHOT" },
};
const struct xlat xlat_notifyflags = XLAT_TABLE(notifyflags_data, XLAT_NORMAL);

/* LOCK_* */
static const struct xlat_entry flockcmds_data[] = {
	{ 0x1, "LOCK_SH" },
	{ 0x2, "LOCK_EX" },
	{ 0x4, "LOCK_NB" },
	{ 0x8, "LOCK_UN" },
	{ 0x20, "LOCK_MAND" },
	{ 0xc0, "LOCK_RW" },
	{ 0x40, "LOCK_READ" },
	{ 0x80, "LOCK_WRITE" },
};
const struct xlat xlat_flockcmds = XLAT_TABLE(flockcmds_data, XLAT_NORMAL);

/* SEEK_* */
static const struct xlat_entry whence_codes_data[] = {
	{ 0x0, "SEEK_SET" },
	{ 0x1, "SEEK_CUR" },
	{ 0x2, "SEEK_END" },
	{ 0x3, "SEEK_DATA" },
	{ 0x4, "SEEK_HOLE" },
};
const struct xlat xlat_whence_codes = XLAT_TABLE(whence_codes_data, XLAT_NORMAL);

/* POLL* */
static const struct xlat_entry pollflags_data[] = {
	{ 0x1, "POLLIN" },
	{ 0x2, "POLLPRI" },
	{ 0x4, "POLLOUT" },
	{ 0x8, "POLLERR" },
	{ 0x10, "POLLHUP" },
	{ 0x20, "POLLNVAL" },
	{ 0x40, "POLLRDNORM" },
	{ 0x80, "POLLRDBAND" },
	{ 0x100, "POLLWRNORM" },
	{ 0x200, "POLLWRBAND" },
	{ 0x400, "POLLMSG" },
	{ 0x1000, "POLLREMOVE" },
	{ 0x2000, "POLLRDHUP" },
	{ 0x8000, "POLL_BUSY_LOOP" },
};
const struct xlat xlat_pollflags = XLAT_TABLE(pollflags_data, XLAT_NORMAL);

/* EPOLL_CTL_* */
static const struct xlat_entry epollctls_data[] = {
	{ 0x0, NULL },
	{ 0x1, "EPOLL_CTL_ADD" },
	{ 0x2, "EPOLL_CTL_DEL" },
	{ 0x3, "EPOLL_CTL_MOD" },
};
const struct xlat xlat_epollctls = XLAT_TABLE(epollctls_data, XLAT_INDEXED);

/* EPOLL* events */
static const struct xlat_entry epollevents_data[] = {
	{ 0x1, "EPOLLIN" },
	{ 0x2, "EPOLLPRI" },
	{ 0x4, "EPOLLOUT" },
	{ 0x8, "EPOLLERR" },
	{ 0x10, "EPOLLHUP" },
	{ 0x20, "EPOLLNVAL" },
	{ 0x40, "EPOLLRDNORM" },
	{ 0x80, "EPOLLRDBAND" },
	{ 0x100, "EPOLLWRNORM" },
	{ 0x200, "EPOLLWRBAND" },
	{ 0x400, "EPOLLMSG" },
	{ 0x2000, "EPOLLRDHUP" },
	{ 0x10000000, "EPOLLEXCLUSIVE" },
	{ 0x20000000, "EPOLLWAKEUP" },
	{ 0x40000000, "EPOLLONESHOT" },
	{ 0x80000000, "EPOLLET" },
};
const struct xlat xlat_epollevents = XLAT_TABLE(epollevents_data, XLAT_NORMAL);

/* EPOLL_CLOEXEC */
static const struct xlat_entry epollflags_data[] = {
	{ 0x80000, "EPOLL_CLOEXEC" },
};
const struct xlat xlat_epollflags = XLAT_TABLE(epollflags_data, XLAT_NORMAL);

/* EFD_* */
static const struct xlat_entry efd_flags_data[] = {
	{ 0x1, "EFD_SEMAPHORE" },
	{ 0x80000, "EFD_CLOEXEC" },
	{ 0x800, "EFD_NONBLOCK" },
};
const struct xlat xlat_efd_flags = XLAT_TABLE(efd_flags_data, XLAT_NORMAL);

/* TFD_* */
static const struct xlat_entry timerfdflags_data[] = {
	{ 0x1, "TFD_TIMER_ABSTIME" },
	{ 0x2, "TFD_TIMER_CANCEL_ON_SET" },
	{ 0x80000, "TFD_CLOEXEC" },
	{ 0x800, "TFD_NONBLOCK" },
};
const struct xlat xlat_timerfdflags = XLAT_TABLE(timerfdflags_data, XLAT_NORMAL);

/* SFD_* */
static const struct xlat_entry sfd_flags_data[] = {
	{ 0x80000, "SFD_CLOEXEC" },
	{ 0x800, "SFD_NONBLOCK" },
};
const struct xlat xlat_sfd_flags = XLAT_TABLE(sfd_flags_data, XLAT_NORMAL);

/* AF_* */
static const struct xlat_entry addrfams_data[] = {
	{ 0x0, "AF_UNSPEC" },
	{ 0x1, "AF_UNIX" },
	{ 0x2, "AF_INET" },
	{ 0x3, "AF_AX25" },
	{ 0x4, "AF_IPX" },
	{ 0x5, "AF_APPLETALK" },
	{ 0x6, "AF_NETROM" },
	{ 0x7, "AF_BRIDGE" },
	{ 0x8, "AF_ATMPVC" },
	{ 0x9, "AF_X25" },
	{ 0xa, "AF_INET6" },
	{ 0xb, "AF_ROSE" },
	{ 0xc, "AF_DECnet" },
	{ 0xd, "AF_NETBEUI" },
	{ 0xe, "AF_SECURITY" },
	{ 0xf, "AF_KEY" },
	{ 0x10, "AF_NETLINK" },
	{ 0x11, "AF_PACKET" },
	{ 0x12, "AF_ASH" },
	{ 0x13, "AF_ECONET" },
	{ 0x14, "AF_ATMSVC" },
	{ 0x15, "AF_RDS" },
	{ 0x16, "AF_SNA" },
	{ 0x17, "AF_IRDA" },
	{ 0x18, "AF_PPPOX" },
	{ 0x19, "AF_WANPIPE" },
	{ 0x1a, "AF_LLC" },
	{ 0x1b, "AF_IB" },
	{ 0x1c, "AF_MPLS" },
	{ 0x1d, "AF_CAN" },
	{ 0x1e, "AF_TIPC" },
	{ 0x1f, "AF_BLUETOOTH" },
	{ 0x20, "AF_IUCV" },
	{ 0x21, "AF_RXRPC" },
	{ 0x22, "AF_ISDN" },
	{ 0x23, "AF_PHONET" },
	{ 0x24, "AF_IEEE802154" },
	{ 0x25, "AF_CAIF" },
	{ 0x26, "AF_ALG" },
	{ 0x27, "AF_NFC" },
	{ 0x28, "AF_VSOCK" },
	{ 0x29, "AF_KCM" },
	{ 0x2a, "AF_QIPCRTR" },
	{ 0x2b, "AF_SMC" },
	{ 0x2c, "AF_XDP" },
	{ 0x2d, "AF_MCTP" },
};
const struct xlat xlat_addrfams = XLAT_TABLE(addrfams_data, XLAT_INDEXED);

/* SOCK_STREAM ... */
static const struct xlat_entry socktypes_data[] = {
	{ 0x1, "SOCK_STREAM" },
	{ 0x2, "SOCK_DGRAM" },
	{ 0x3, "SOCK_RAW" },
	{ 0x4, "SOCK_RDM" },
	{ 0x5, "SOCK_SEQPACKET" },
	{ 0x6, "SOCK_DCCP" },
	{ 0xa, "SOCK_PACKET" },
};
const struct xlat xlat_socktypes = XLAT_TABLE(socktypes_data, XLAT_NORMAL);

/* SOCK_CLOEXEC SOCK_NONBLOCK */
static const struct xlat_entry sock_type_flags_data[] = {
	{ 0x80000, "SOCK_CLOEXEC" },
	{ 0x800, "SOCK_NONBLOCK" },
};
const struct xlat xlat_sock_type_flags = XLAT_TABLE(sock_type_flags_data, XLAT_NORMAL);

/* IPPROTO_* */
static const struct xlat_entry inet_protocols_data[] = {
	{ 0x0, "IPPROTO_IP" },
	{ 0x1, "IPPROTO_ICMP" },
	{ 0x2, "IPPROTO_IGMP" },
	{ 0x4, "IPPROTO_IPIP" },
	{ 0x6, "IPPROTO_TCP" },
	{ 0x8, "IPPROTO_EGP" },
	{ 0xc, "IPPROTO_PUP" },
	{ 0x11, "IPPROTO_UDP" },
	{ 0x16, "IPPROTO_IDP" },
	{ 0x1d, "IPPROTO_TP" },
	{ 0x21, "IPPROTO_DCCP" },
	{ 0x29, "IPPROTO_IPV6" },
	{ 0x2b, "IPPROTO_ROUTING" },
	{ 0x2c, "IPPROTO_FRAGMENT" },
	{ 0x2e, "IPPROTO_RSVP" },
	{ 0x2f, "IPPROTO_GRE" },
	{ 0x32, "IPPROTO_ESP" },
	{ 0x33, "IPPROTO_AH" },
	{ 0x3a, "IPPROTO_ICMPV6" },
	{ 0x3b, "IPPROTO_NONE" },
	{ 0x3c, "IPPROTO_DSTOPTS" },
	{ 0x5c, "IPPROTO_MTP" },
	{ 0x5e, "IPPROTO_BEETPH" },
	{ 0x62, "IPPROTO_ENCAP" },
	{ 0x67, "IPPROTO_PIM" },
	{ 0x6c, "IPPROTO_COMP" },
	{ 0x73, "IPPROTO_L2TP" },
	{ 0x84, "IPPROTO_SCTP" },
	{ 0x87, "IPPROTO_MH" },
	{ 0x88, "IPPROTO_UDPLITE" },
	{ 0x89, "IPPROTO_MPLS" },
	{ 0x8f, "IPPROTO_ETHERNET" },
	{ 0xff, "IPPROTO_RAW" },
	{ 0x106, "IPPROTO_MPTCP" },
};
const struct xlat xlat_inet_protocols = XLAT_TABLE(inet_protocols_data, XLAT_SORTED);

/* SOL_* */
static const struct xlat_entry socketlayers_data[] = {
	{ 0x0, "SOL_IP" },
	{ 0x1, "SOL_SOCKET" },
	{ 0x6, "SOL_TCP" },
	{ 0x11, "SOL_UDP" },
	{ 0x28, "AF_VSOCK" },
	{ 0x29, "SOL_IPV6" },
	{ 0x3a, "SOL_ICMPV6" },
	{ 0x64, "SOL_CAN_BASE" },
	{ 0x65, "SOL_CAN_RAW" },
	{ 0x84, "SOL_SCTP" },
	{ 0x88, "SOL_UDPLITE" },
	{ 0xff, "SOL_RAW" },
	{ 0x100, "SOL_IPX" },
	{ 0x101, "SOL_AX25" },
	{ 0x102, "SOL_ATALK" },
	{ 0x103, "SOL_NETROM" },
	{ 0x104, "SOL_ROSE" },
	{ 0x105, "SOL_DECNET" },
	{ 0x106, "SOL_X25" },
	{ 0x107, "SOL_PACKET" },
	{ 0x108, "SOL_ATM" },
	{ 0x109, "SOL_AAL" },
	{ 0x10a, "SOL_IRDA" },
	{ 0x10b, "SOL_NETBEUI" },
	{ 0x10c, "SOL_LLC" },
	{ 0x10d, "SOL_DCCP" },
	{ 0x10e, "SOL_NETLINK" },
	{ 0x10f, "SOL_TIPC" },
	{ 0x110, "SOL_RXRPC" },
	{ 0x111, "SOL_PPPOL2TP" },
	{ 0x112, "SOL_BLUETOOTH" },
	{ 0x113, "SOL_PNPIPE" },
	{ 0x114, "SOL_RDS" },
	{ 0x115, "SOL_IUCV" },
	{ 0x116, "SOL_CAIF" },
	{ 0x117, "SOL_ALG" },
	{ 0x118, "SOL_NFC" },
	{ 0x119, "SOL_KCM" },
	{ 0x11a, "SOL_TLS" },
	{ 0x11b, "SOL_XDP" },
};
const struct xlat xlat_socketlayers = XLAT_TABLE(socketlayers_data, XLAT_SORTED);

/* SO_* (SOL_SOCKET) */
static const struct xlat_entry sock_options_data[] = {
	{ 0x1, "SO_DEBUG" },
	{ 0x2, "SO_REUSEADDR" },
	{ 0x3, "SO_TYPE" },
	{ 0x4, "SO_ERROR" },
	{ 0x5, "SO_DONTROUTE" },
	{ 0x6, "SO_BROADCAST" },
	{ 0x7, "SO_SNDBUF" },
	{ 0x8, "SO_RCVBUF" },
	{ 0x9, "SO_KEEPALIVE" },
	{ 0xa, "SO_OOBINLINE" },
	{ 0xb, "SO_NO_CHECK" },
	{ 0xc, "SO_PRIORITY" },
	{ 0xd, "SO_LINGER" },
	{ 0xe, "SO_BSDCOMPAT" },
	{ 0xf, "SO_REUSEPORT" },
	{ 0x10, "SO_PASSCRED" },
	{ 0x11, "SO_PEERCRED" },
	{ 0x12, "SO_RCVLOWAT" },
	{ 0x13, "SO_SNDLOWAT" },
	{ 0x14, "SO_RCVTIMEO_OLD" },
	{ 0x15, "SO_SNDTIMEO_OLD" },
	{ 0x16, "SO_SECURITY_AUTHENTICATION" },
	{ 0x17, "SO_SECURITY_ENCRYPTION_TRANSPORT" },
	{ 0x18, "SO_SECURITY_ENCRYPTION_NETWORK" },
	{ 0x19, "SO_BINDTODEVICE" },
	{ 0x1b, "SO_DETACH_FILTER" },
	{ 0x1c, "SO_PEERNAME" },
	{ 0x1d, "SO_TIMESTAMP_OLD" },
	{ 0x1e, "SO_ACCEPTCONN" },
	{ 0x1f, "SO_PEERSEC" },
	{ 0x20, "SO_SNDBUFFORCE" },
	{ 0x21, "SO_RCVBUFFORCE" },
	{ 0x22, "SO_PASSSEC" },
	{ 0x23, "SO_TIMESTAMPNS_OLD" },
	{ 0x24, "SO_MARK" },
	{ 0x25, "SO_TIMESTAMPING_OLD" },
	{ 0x26, "SO_PROTOCOL" },
	{ 0x27, "SO_DOMAIN" },
	{ 0x28, "SO_RXQ_OVFL" },
	{ 0x29, "SO_WIFI_STATUS" },
	{ 0x2a, "SO_PEEK_OFF" },
	{ 0x2b, "SO_NOFCS" },
	{ 0x2c, "SO_LOCK_FILTER" },
	{ 0x2d, "SO_SELECT_ERR_QUEUE" },
	{ 0x2e, "SO_BUSY_POLL" },
	{ 0x2f, "SO_MAX_PACING_RATE" },
	{ 0x30, "SO_BPF_EXTENSIONS" },
	{ 0x31, "SO_INCOMING_CPU" },
	{ 0x32, "SO_ATTACH_BPF" },
	{ 0x33, "SO_ATTACH_REUSEPORT_CBPF" },
	{ 0x34, "SO_ATTACH_REUSEPORT_EBPF" },
	{ 0x35, "SO_CNX_ADVICE" },
	{ 0x37, "SO_MEMINFO" },
	{ 0x38, "SO_INCOMING_NAPI_ID" },
	{ 0x39, "SO_COOKIE" },
	{ 0x3b, "SO_PEERGROUPS" },
	{ 0x3c, "SO_ZEROCOPY" },
	{ 0x3d, "SO_TXTIME" },
	{ 0x3e, "SO_BINDTOIFINDEX" },
	{ 0x3f, "SO_TIMESTAMP_NEW" },
	{ 0x40, "SO_TIMESTAMPNS_NEW" },
	{ 0x41, "SO_TIMESTAMPING_NEW" },
	{ 0x42, "SO_RCVTIMEO_NEW" },
	{ 0x43, "SO_SNDTIMEO_NEW" },
	{ 0x44, "SO_DETACH_REUSEPORT_BPF" },
	{ 0x45, "SO_PREFER_BUSY_POLL" },
	{ 0x46, "SO_BUSY_POLL_BUDGET" },
	{ 0x47, "SO_NETNS_COOKIE" },
	{ 0x48, "SO_BUF_LOCK" },
	{ 0x49, "SO_RESERVE_MEM" },
	{ 0x4a, "SO_TXREHASH" },
	{ 0x4b, "SO_RCVMARK" },
};
const struct xlat xlat_sock_options = XLAT_TABLE(sock_options_data, XLAT_NORMAL);

/* IP_* (SOL_IP) */
static const struct xlat_entry sock_ip_options_data[] = {
	{ 0x0, NULL },
	{ 0x1, "IP_TOS" },
	{ 0x2, "IP_TTL" },
	{ 0x3, "IP_HDRINCL" },
	{ 0x4, "IP_OPTIONS" },
	{ 0x5, "IP_ROUTER_ALERT" },
	{ 0x6, "IP_RECVOPTS" },
	{ 0x7, "IP_RETOPTS" },
	{ 0x8, "IP_PKTINFO" },
	{ 0x9, "IP_PKTOPTIONS" },
	{ 0xa, "IP_MTU_DISCOVER" },
	{ 0xb, "IP_RECVERR" },
	{ 0xc, "IP_RECVTTL" },
	{ 0xd, "IP_RECVTOS" },
	{ 0xe, "IP_MTU" },
	{ 0xf, "IP_FREEBIND" },
	{ 0x10, "IP_IPSEC_POLICY" },
	{ 0x11, "IP_XFRM_POLICY" },
	{ 0x12, "IP_PASSSEC" },
	{ 0x13, "IP_TRANSPARENT" },
	{ 0x14, "IP_ORIGDSTADDR" },
	{ 0x15, "IP_MINTTL" },
	{ 0x16, "IP_NODEFRAG" },
	{ 0x17, "IP_CHECKSUM" },
	{ 0x18, "IP_BIND_ADDRESS_NO_PORT" },
	{ 0x19, "IP_RECVFRAGSIZE" },
	{ 0x1a, "IP_RECVERR_RFC4884" },
	{ 0x0, NULL },
	{ 0x0, NULL },
	{ 0x0, NULL },
	{ 0x0, NULL },
	{ 0x0, NULL },
	{ 0x20, "IP_MULTICAST_IF" },
	{ 0x21, "IP_MULTICAST_TTL" },
	{ 0x22, "IP_MULTICAST_LOOP" },
	{ 0x23, "IP_ADD_MEMBERSHIP" },
	{ 0x24, "IP_DROP_MEMBERSHIP" },
	{ 0x25, "IP_UNBLOCK_SOURCE" },
	{ 0x26, "IP_BLOCK_SOURCE" },
	{ 0x27, "IP_ADD_SOURCE_MEMBERSHIP" },
	{ 0x28, "IP_DROP_SOURCE_MEMBERSHIP" },
	{ 0x29, "IP_MSFILTER" },
	{ 0x2a, "MCAST_JOIN_GROUP" },
	{ 0x2b, "MCAST_BLOCK_SOURCE" },
	{ 0x2c, "MCAST_UNBLOCK_SOURCE" },
	{ 0x2d, "MCAST_LEAVE_GROUP" },
	{ 0x2e, "MCAST_JOIN_SOURCE_GROUP" },
	{ 0x2f, "MCAST_LEAVE_SOURCE_GROUP" },
	{ 0x30, "MCAST_MSFILTER" },
	{ 0x31, "IP_MULTICAST_ALL" },
	{ 0x32, "IP_UNICAST_IF" },
};
const struct xlat xlat_sock_ip_options = XLAT_TABLE(sock_ip_options_data, XLAT_INDEXED);

/* IPV6_* (SOL_IPV6) */
static const struct xlat_entry sock_ipv6_options_data[] = {
	{ 0x0, NULL },
	{ 0x1, "IPV6_ADDRFORM" },
	{ 0x2, "IPV6_2292PKTINFO" },
	{ 0x3, "IPV6_2292HOPOPTS" },
	{ 0x4, "IPV6_2292DSTOPTS" },
	{ 0x5, "IPV6_2292RTHDR" },
	{ 0x6, "IPV6_2292PKTOPTIONS" },
	{ 0x7, "IPV6_CHECKSUM" },
	{ 0x8, "IPV6_2292HOPLIMIT" },
	{ 0x9, "IPV6_NEXTHOP" },
	{ 0xa, "IPV6_AUTHHDR" },
	{ 0xb, "IPV6_FLOWINFO" },
	{ 0x0, NULL },
	{ 0x0, NULL },
	{ 0x0, NULL },
	{ 0x0, NULL },
	{ 0x10, "IPV6_UNICAST_HOPS" },
	{ 0x11, "IPV6_MULTICAST_IF" },
	{ 0x12, "IPV6_MULTICAST_HOPS" },
	{ 0x13, "IPV6_MULTICAST_LOOP" },
	{ 0x14, "IPV6_ADD_MEMBERSHIP" },
	{ 0x15, "IPV6_DROP_MEMBERSHIP" },
	{ 0x16, "IPV6_ROUTER_ALERT" },
	{ 0x17, "IPV6_MTU_DISCOVER" },
	{ 0x18, "IPV6_MTU" },
	{ 0x19, "IPV6_RECVERR" },
	{ 0x1a, "IPV6_V6ONLY" },
	{ 0x1b, "IPV6_JOIN_ANYCAST" },
	{ 0x1c, "IPV6_LEAVE_ANYCAST" },
	{ 0x1d, "IPV6_MULTICAST_ALL" },
	{ 0x1e, "IPV6_ROUTER_ALERT_ISOLATE" },
	{ 0x1f, "IPV6_RECVERR_RFC4884" },
	{ 0x20, "IPV6_FLOWLABEL_MGR" },
	{ 0x21, "IPV6_FLOWINFO_SEND" },
	{ 0x22, "IPV6_IPSEC_POLICY" },
	{ 0x23, "IPV6_XFRM_POLICY" },
	{ 0x24, "IPV6_HDRINCL" },
	{ 0x0, NULL },
	{ 0x0, NULL },
	{ 0x0, NULL },
	{ 0x0, NULL },
	{ 0x0, NULL },
	{ 0x2a, "MCAST_JOIN_GROUP" },
	{ 0x2b, "MCAST_BLOCK_SOURCE" },
	{ 0x2c, "MCAST_UNBLOCK_SOURCE" },
	{ 0x2d, "MCAST_LEAVE_GROUP" },
	{ 0x2e, "MCAST_JOIN_SOURCE_GROUP" },
	{ 0x2f, "MCAST_LEAVE_SOURCE_GROUP" },
	{ 0x30, "MCAST_MSFILTER" },
	{ 0x31, "IPV6_RECVPKTINFO" },
	{ 0x32, "IPV6_PKTINFO" },
	{ 0x33, "IPV6_RECVHOPLIMIT" },
	{ 0x34, "IPV6_HOPLIMIT" },
	{ 0x35, "IPV6_RECVHOPOPTS" },
	{ 0x36, "IPV6_HOPOPTS" },
	{ 0x37, "IPV6_RTHDRDSTOPTS" },
	{ 0x38, "IPV6_RECVRTHDR" },
	{ 0x39, "IPV6_RTHDR" },
	{ 0x3a, "IPV6_RECVDSTOPTS" },
	{ 0x3b, "IPV6_DSTOPTS" },
	{ 0x3c, "IPV6_RECVPATHMTU" },
	{ 0x3d, "IPV6_PATHMTU" },
	{ 0x3e, "IPV6_DONTFRAG" },
	{ 0x3f, "IPV6_USE_MIN_MTU" },
	{ 0x0, NULL },
	{ 0x0, NULL },
	{ 0x42, "IPV6_RECVTCLASS" },
	{ 0x43, "IPV6_TCLASS" },
	{ 0x0, NULL },
	{ 0x0, NULL },
	{ 0x46, "IPV6_AUTOFLOWLABEL" },
	{ 0x0, NULL },
	{ 0x48, "IPV6_ADDR_PREFERENCES" },
	{ 0x49, "IPV6_MINHOPCOUNT" },
	{ 0x4a, "IPV6_ORIGDSTADDR" },
	{ 0x4b, "IPV6_TRANSPARENT" },
	{ 0x4c, "IPV6_UNICAST_IF" },
	{ 0x4d, "IPV6_RECVFRAGSIZE" },
	{ 0x4e, "IPV6_FREEBIND" },
};
const struct xlat xlat_sock_ipv6_options = XLAT_TABLE(sock_ipv6_options_data, XLAT_INDEXED);

/* TCP_* (SOL_TCP) */
static const struct xlat_entry sock_tcp_options_data[] = {
	{ 0x0, NULL },
	{ 0x1, "TCP_NODELAY" },
	{ 0x2, "TCP_MAXSEG" },
	{ 0x3, "TCP_CORK" },
	{ 0x4, "TCP_KEEPIDLE" },
	{ 0x5, "TCP_KEEPINTVL" },
	{ 0x6, "TCP_KEEPCNT" },
	{ 0x7, "TCP_SYNCNT" },
	{ 0x8, "TCP_LINGER2" },
	{ 0x9, "TCP_DEFER_ACCEPT" },
	{ 0xa, "TCP_WINDOW_CLAMP" },
	{ 0xb, "TCP_INFO" },
	{ 0xc, "TCP_QUICKACK" },
	{ 0xd, "TCP_CONGESTION" },
	{ 0xe, "TCP_MD5SIG" },
	{ 0xf, "TCP_COOKIE_TRANSACTIONS" },
	{ 0x10, "TCP_THIN_LINEAR_TIMEOUTS" },
	{ 0x11, "TCP_THIN_DUPACK" },
	{ 0x12, "TCP_USER_TIMEOUT" },
	{ 0x13, "TCP_REPAIR" },
	{ 0x14, "TCP_REPAIR_QUEUE" },
	{ 0x15, "TCP_QUEUE_SEQ" },
	{ 0x16, "TCP_REPAIR_OPTIONS" },
	{ 0x17, "TCP_FASTOPEN" },
	{ 0x18, "TCP_TIMESTAMP" },
	{ 0x19, "TCP_NOTSENT_LOWAT" },
	{ 0x1a, "TCP_CC_INFO" },
	{ 0x1b, "TCP_SAVE_SYN" },
	{ 0x1c, "TCP_SAVED_SYN" },
	{ 0x1d, "TCP_REPAIR_WINDOW" },
	{ 0x1e, "TCP_FASTOPEN_CONNECT" },
	{ 0x1f, "TCP_ULP" },
	{ 0x20, "TCP_MD5SIG_EXT" },
	{ 0x21, "TCP_FASTOPEN_KEY" },
	{ 0x22, "TCP_FASTOPEN_NO_COOKIE" },
	{ 0x23, "TCP_ZEROCOPY_RECEIVE" },
	{ 0x24, "TCP_INQ" },
	{ 0x25, "TCP_TX_DELAY" },
};
const struct xlat xlat_sock_tcp_options = XLAT_TABLE(sock_tcp_options_data, XLAT_INDEXED);

/* UDP_* (SOL_UDP) */
static const struct xlat_entry sock_udp_options_data[] = {
	{ 0x1, "UDP_CORK" },
	{ 0x64, "UDP_ENCAP" },
	{ 0x65, "UDP_NO_CHECK6_TX" },
	{ 0x66, "UDP_NO_CHECK6_RX" },
	{ 0x67, "UDP_SEGMENT" },
	{ 0x68, "UDP_GRO" },
};
const struct xlat xlat_sock_udp_options = XLAT_TABLE(sock_udp_options_data, XLAT_NORMAL);

/* NETLINK_* */
static const struct xlat_entry netlink_protocols_data[] = {
	{ 0x0, "NETLINK_ROUTE" },
	{ 0x1, "NETLINK_UNUSED" },
	{ 0x2, "NETLINK_USERSOCK" },
	{ 0x3, "NETLINK_FIREWALL" },
	{ 0x4, "NETLINK_SOCK_DIAG" },
	{ 0x5, "NETLINK_NFLOG" },
	{ 0x6, "NETLINK_XFRM" },
	{ 0x7, "NETLINK_SELINUX" },
	{ 0x8, "NETLINK_ISCSI" },
	{ 0x9, "NETLINK_AUDIT" },
	{ 0xa, "NETLINK_FIB_LOOKUP" },
	{ 0xb, "NETLINK_CONNECTOR" },
	{ 0xc, "NETLINK_NETFILTER" },
	{ 0xd, "NETLINK_IP6_FW" },
	{ 0xe, "NETLINK_DNRTMSG" },
	{ 0xf, "NETLINK_KOBJECT_UEVENT" },
	{ 0x10, "NETLINK_GENERIC" },
	{ 0x0, NULL },
	{ 0x12, "NETLINK_SCSITRANSPORT" },
	{ 0x13, "NETLINK_ECRYPTFS" },
	{ 0x14, "NETLINK_RDMA" },
	{ 0x15, "NETLINK_CRYPTO" },
	{ 0x16, "NETLINK_SMC" },
};
const struct xlat xlat_netlink_protocols = XLAT_TABLE(netlink_protocols_data, XLAT_INDEXED);

/* MSG_* */
static const struct xlat_entry msg_flags_data[] = {
	{ 0x1, "MSG_OOB" },
	{ 0x2, "MSG_PEEK" },
	{ 0x4, "MSG_DONTROUTE" },
	{ 0x8, "MSG_CTRUNC" },
	{ 0x10, "MSG_PROBE" },
	{ 0x20, "MSG_TRUNC" },
	{ 0x40, "MSG_DONTWAIT" },
	{ 0x80, "MSG_EOR" },
	{ 0x100, "MSG_WAITALL" },
	{ 0x200, "MSG_FIN" },
	{ 0x400, "MSG_SYN" },
	{ 0x800, "MSG_CONFIRM" },
	{ 0x1000, "MSG_RST" },
	{ 0x2000, "MSG_ERRQUEUE" },
	{ 0x4000, "MSG_NOSIGNAL" },
	{ 0x8000, "MSG_MORE" },
	{ 0x10000, "MSG_WAITFORONE" },
	{ 0x20000, "MSG_SENDPAGE_NOTLAST" },
	{ 0x40000, "MSG_BATCH" },
	{ 0x80000, "MSG_NO_SHARED_FRAGS" },
	{ 0x4000000, "MSG_ZEROCOPY" },
	{ 0x20000000, "MSG_FASTOPEN" },
	{ 0x40000000, "MSG_CMSG_CLOEXEC" },
	{ 0x80000000, "MSG_CMSG_COMPAT" },
};
const struct xlat xlat_msg_flags = XLAT_TABLE(msg_flags_data, XLAT_NORMAL);

/* SHUT_* */
static const struct xlat_entry shutdown_modes_data[] = {
	{ 0x0, "SHUT_RD" },
	{ 0x1, "SHUT_WR" },
	{ 0x2, "SHUT_RDWR" },
};
const struct xlat xlat_shutdown_modes = XLAT_TABLE(shutdown_modes_data, XLAT_INDEXED);

/* SCM_* cmsg types (SOL_SOCKET) */
static const struct xlat_entry scmvals_data[] = {
	{ 0x1, "SCM_RIGHTS" },
	{ 0x2, "SCM_CREDENTIALS" },
	{ 0x3, "SCM_SECURITY" },
	{ 0x29, "SO_WIFI_STATUS" },
	{ 0x3d, "SO_TXTIME" },
	{ 0x1d, "SO_TIMESTAMP_OLD" },
	{ 0x23, "SO_TIMESTAMPNS_OLD" },
	{ 0x25, "SO_TIMESTAMPING_OLD" },
	{ 0x3f, "SO_TIMESTAMP_NEW" },
	{ 0x40, "SO_TIMESTAMPNS_NEW" },
	{ 0x41, "SO_TIMESTAMPING_NEW" },
	{ 0x36, "SCM_TIMESTAMPING_OPT_STATS" },
	{ 0x3a, "SCM_TIMESTAMPING_PKTINFO" },
};
const struct xlat xlat_scmvals = XLAT_TABLE(scmvals_data, XLAT_NORMAL);

/* cmsg types (SOL_IP) */
static const struct xlat_entry ip_cmsg_types_data[] = {
	{ 0x1, "IP_TOS" },
	{ 0x2, "IP_TTL" },
	{ 0x6, "IP_RECVOPTS" },
	{ 0x7, "IP_RETOPTS" },
	{ 0x8, "IP_PKTINFO" },
	{ 0xb, "IP_RECVERR" },
	{ 0x14, "IP_ORIGDSTADDR" },
	{ 0x17, "IP_CHECKSUM" },
	{ 0x3, "SCM_SECURITY" },
};
const struct xlat xlat_ip_cmsg_types = XLAT_TABLE(ip_cmsg_types_data, XLAT_NORMAL);

/* SA_* */
static const struct xlat_entry sigact_flags_data[] = {
	{ 0x4000000, "SA_RESTORER" },
	{ 0x8000000, "SA_ONSTACK" },
	{ 0x10000000, "SA_RESTART" },
	{ 0x20000000, "SA_INTERRUPT" },
	{ 0x40000000, "SA_NODEFER" },
	{ 0x80000000, "SA_RESETHAND" },
	{ 0x4, "SA_SIGINFO" },
	{ 0x80000000, "SA_RESETHAND" },
	{ 0x8000000, "SA_ONSTACK" },
	{ 0x40000000, "SA_NODEFER" },
	{ 0x1, "SA_NOCLDSTOP" },
	{ 0x2, "SA_NOCLDWAIT" },
};
const struct xlat xlat_sigact_flags = XLAT_TABLE(sigact_flags_data, XLAT_NORMAL);

/* SIG_BLOCK ... */
static const struct xlat_entry sigprocmaskcmds_data[] = {
	{ 0x0, "SIG_BLOCK" },
	{ 0x1, "SIG_UNBLOCK" },
	{ 0x2, "SIG_SETMASK" },
};
const struct xlat xlat_sigprocmaskcmds = XLAT_TABLE(sigprocmaskcmds_data, XLAT_NORMAL);

/* SIG_ERR SIG_DFL SIG_IGN */
static const struct xlat_entry sa_handler_values_data[] = {
	{ 0xffffffffffffffff, "SIG_ERR" },
	{ 0x0, "SIG_DFL" },
	{ 0x1, "SIG_IGN" },
};
const struct xlat xlat_sa_handler_values = XLAT_TABLE(sa_handler_values_data, XLAT_NORMAL);

/* SS_* */
static const struct xlat_entry sigaltstack_flags_data[] = {
	{ 0x1, "SS_ONSTACK" },
	{ 0x2, "SS_DISABLE" },
	{ 0x80000000, "SS_AUTODISARM" },
};
const struct xlat xlat_sigaltstack_flags = XLAT_TABLE(sigaltstack_flags_data, XLAT_NORMAL);

/* SI_* (any signal) */
static const struct xlat_entry siginfo_codes_data[] = {
	{ 0x0, "SI_USER" },
	{ 0x80, "SI_KERNEL" },
	{ 0xffffffff, "SI_QUEUE" },
	{ 0xfffffffe, "SI_TIMER" },
	{ 0xfffffffd, "SI_MESGQ" },
	{ 0xfffffffc, "SI_ASYNCIO" },
	{ 0xfffffffb, "SI_SIGIO" },
	{ 0xfffffffa, "SI_TKILL" },
	{ 0xfffffff9, "SI_DETHREAD" },
	{ 0xffffffc4, "SI_ASYNCNL" },
};
const struct xlat xlat_siginfo_codes = XLAT_TABLE(siginfo_codes_data, XLAT_NORMAL);

/* ILL_* */
static const struct xlat_entry sigill_codes_data[] = {
	{ 0x1, "ILL_ILLOPC" },
	{ 0x2, "ILL_ILLOPN" },
	{ 0x3, "ILL_ILLADR" },
	{ 0x4, "ILL_ILLTRP" },
	{ 0x5, "ILL_PRVOPC" },
	{ 0x6, "ILL_PRVREG" },
	{ 0x7, "ILL_COPROC" },
	{ 0x8, "ILL_BADSTK" },
	{ 0x9, "ILL_BADIADDR" },
};
const struct xlat xlat_sigill_codes = XLAT_TABLE(sigill_codes_data, XLAT_NORMAL);

/* FPE_* */
static const struct xlat_entry sigfpe_codes_data[] = {
	{ 0x1, "FPE_INTDIV" },
	{ 0x2, "FPE_INTOVF" },
	{ 0x3, "FPE_FLTDIV" },
	{ 0x4, "FPE_FLTOVF" },
	{ 0x5, "FPE_FLTUND" },
	{ 0x6, "FPE_FLTRES" },
	{ 0x7, "FPE_FLTINV" },
	{ 0x8, "FPE_FLTSUB" },
	{ 0xe, "FPE_FLTUNK" },
	{ 0xf, "FPE_CONDTRAP" },
};
const struct xlat xlat_sigfpe_codes = XLAT_TABLE(sigfpe_codes_data, XLAT_NORMAL);

/* SEGV_* */
static const struct xlat_entry sigsegv_codes_data[] = {
	{ 0x1, "SEGV_MAPERR" },
	{ 0x2, "SEGV_ACCERR" },
	{ 0x3, "SEGV_BNDERR" },
	{ 0x4, "SEGV_PKUERR" },
	{ 0x5, "SEGV_ACCADI" },
	{ 0x6, "SEGV_ADIDERR" },
	{ 0x7, "SEGV_ADIPERR" },
	{ 0x8, "SEGV_MTEAERR" },
	{ 0x9, "SEGV_MTESERR" },
};
const struct xlat xlat_sigsegv_codes = XLAT_TABLE(sigsegv_codes_data, XLAT_NORMAL);

/* BUS_* */
static const struct xlat_entry sigbus_codes_data[] = {
	{ 0x1, "BUS_ADRALN" },
	{ 0x2, "BUS_ADRERR" },
	{ 0x3, "BUS_OBJERR" },
	{ 0x4, "BUS_MCEERR_AR" },
	{ 0x5, "BUS_MCEERR_AO" },
};
const struct xlat xlat_sigbus_codes = XLAT_TABLE(sigbus_codes_data, XLAT_NORMAL);

/* TRAP_* */
static const struct xlat_entry sigtrap_codes_data[] = {
	{ 0x1, "TRAP_BRKPT" },
	{ 0x2, "TRAP_TRACE" },
	{ 0x3, "TRAP_BRANCH" },
	{ 0x4, "TRAP_HWBKPT" },
	{ 0x5, "TRAP_UNK" },
	{ 0x6, "TRAP_PERF" },
};
const struct xlat xlat_sigtrap_codes = XLAT_TABLE(sigtrap_codes_data, XLAT_NORMAL);

/* CLD_* */
static const struct xlat_entry sigchld_codes_data[] = {
	{ 0x0, NULL },
	{ 0x1, "CLD_EXITED" },
	{ 0x2, "CLD_KILLED" },
	{ 0x3, "CLD_DUMPED" },
	{ 0x4, "CLD_TRAPPED" },
	{ 0x5, "CLD_STOPPED" },
	{ 0x6, "CLD_CONTINUED" },
};
const struct xlat xlat_sigchld_codes = XLAT_TABLE(sigchld_codes_data, XLAT_INDEXED);

/* POLL_* */
static const struct xlat_entry sigpoll_codes_data[] = {
	{ 0x0, NULL },
	{ 0x1, "POLL_IN" },
	{ 0x2, "POLL_OUT" },
	{ 0x3, "POLL_MSG" },
	{ 0x4, "POLL_ERR" },
	{ 0x5, "POLL_PRI" },
	{ 0x6, "POLL_HUP" },
};
const struct xlat xlat_sigpoll_codes = XLAT_TABLE(sigpoll_codes_data, XLAT_INDEXED);

/* SYS_* */
static const struct xlat_entry sigsys_codes_data[] = {
	{ 0x1, "SYS_SECCOMP" },
	{ 0x2, "SYS_USER_DISPATCH" },
};
const struct xlat xlat_sigsys_codes = XLAT_TABLE(sigsys_codes_data, XLAT_NORMAL);

/* SIGEV_* */
static const struct xlat_entry sigev_value_data[] = {
	{ 0x0, "SIGEV_SIGNAL" },
	{ 0x1, "SIGEV_NONE" },
	{ 0x2, "SIGEV_THREAD" },
	{ 0x0, NULL },
	{ 0x4, "SIGEV_THREAD_ID" },
};
const struct xlat xlat_sigev_value = XLAT_TABLE(sigev_value_data, XLAT_INDEXED);

/* CLOCK_* */
static const struct xlat_entry clocknames_data[] = {
	{ 0x0, "CLOCK_REALTIME" },
	{ 0x1, "CLOCK_MONOTONIC" },
	{ 0x2, "CLOCK_PROCESS_CPUTIME_ID" },
	{ 0x3, "CLOCK_THREAD_CPUTIME_ID" },
	{ 0x4, "CLOCK_MONOTONIC_RAW" },
	{ 0x5, "CLOCK_REALTIME_COARSE" },
	{ 0x6, "CLOCK_MONOTONIC_COARSE" },
	{ 0x7, "CLOCK_BOOTTIME" },
	{ 0x8, "CLOCK_REALTIME_ALARM" },
	{ 0x9, "CLOCK_BOOTTIME_ALARM" },
	{ 0xa, "CLOCK_SGI_CYCLE" },
	{ 0xb, "CLOCK_TAI" },
};
const struct xlat xlat_clocknames = XLAT_TABLE(clocknames_data, XLAT_INDEXED);

/* TIMER_ABSTIME */
static const struct xlat_entry clock_flags_data[] = {
	{ 0x1, "TIMER_ABSTIME" },
};
const struct xlat xlat_clock_flags = XLAT_TABLE(clock_flags_data, XLAT_NORMAL);

/* ITIMER_* */
static const struct xlat_entry itimer_which_data[] = {
	{ 0x0, "ITIMER_REAL" },
	{ 0x1, "ITIMER_VIRTUAL" },
	{ 0x2, "ITIMER_PROF" },
};
const struct xlat xlat_itimer_which = XLAT_TABLE(itimer_which_data, XLAT_INDEXED);

/* ADJ_* */
static const struct xlat_entry adjtimex_modes_data[] = {
	{ 0xa001, "ADJ_OFFSET_SS_READ" },
	{ 0x8001, "ADJ_OFFSET_SINGLESHOT" },
	{ 0x1, "ADJ_OFFSET" },
	{ 0x2, "ADJ_FREQUENCY" },
	{ 0x4, "ADJ_MAXERROR" },
	{ 0x8, "ADJ_ESTERROR" },
	{ 0x10, "ADJ_STATUS" },
	{ 0x20, "ADJ_TIMECONST" },
	{ 0x80, "ADJ_TAI" },
	{ 0x100, "ADJ_SETOFFSET" },
	{ 0x1000, "ADJ_MICRO" },
	{ 0x2000, "ADJ_NANO" },
	{ 0x4000, "ADJ_TICK" },
};
const struct xlat xlat_adjtimex_modes = XLAT_TABLE(adjtimex_modes_data, XLAT_NORMAL);

/* STA_* */
static const struct xlat_entry adjtimex_status_data[] = {
	{ 0x1, "STA_PLL" },
	{ 0x2, "STA_PPSFREQ" },
	{ 0x4, "STA_PPSTIME" },
	{ 0x8, "STA_FLL" },
	{ 0x10, "STA_INS" },
	{ 0x20, "STA_DEL" },
	{ 0x40, "STA_UNSYNC" },
	{ 0x80, "STA_FREQHOLD" },
	{ 0x100, "STA_PPSSIGNAL" },
	{ 0x200, "STA_PPSJITTER" },
	{ 0x400, "STA_PPSWANDER" },
	{ 0x800, "STA_PPSERROR" },
	{ 0x1000, "STA_CLOCKERR" },
	{ 0x2000, "STA_NANO" },
	{ 0x4000, "STA_MODE" },
	{ 0x8000, "STA_CLK" },
};
const struct xlat xlat_adjtimex_status = XLAT_TABLE(adjtimex_status_data, XLAT_NORMAL);

/* TIME_* */
static const struct xlat_entry adjtimex_state_data[] = {
	{ 0x0, "TIME_OK" },
	{ 0x1, "TIME_INS" },
	{ 0x2, "TIME_DEL" },
	{ 0x3, "TIME_OOP" },
	{ 0x4, "TIME_WAIT" },
	{ 0x5, "TIME_ERROR" },
};
const struct xlat xlat_adjtimex_state = XLAT_TABLE(adjtimex_state_data, XLAT_INDEXED);

/* RLIMIT_* */
static const struct xlat_entry resources_data[] = {
	{ 0x0, "RLIMIT_CPU" },
	{ 0x1, "RLIMIT_FSIZE" },
	{ 0x2, "RLIMIT_DATA" },
	{ 0x3, "RLIMIT_STACK" },
	{ 0x4, "RLIMIT_CORE" },
	{ 0x5, "RLIMIT_RSS" },
	{ 0x6, "RLIMIT_NPROC" },
	{ 0x7, "RLIMIT_NOFILE" },
	{ 0x8, "RLIMIT_MEMLOCK" },
	{ 0x9, "RLIMIT_AS" },
	{ 0xa, "RLIMIT_LOCKS" },
	{ 0xb, "RLIMIT_SIGPENDING" },
	{ 0xc, "RLIMIT_MSGQUEUE" },
	{ 0xd, "RLIMIT_NICE" },
	{ 0xe, "RLIMIT_RTPRIO" },
	{ 0xf, "RLIMIT_RTTIME" },
};
const struct xlat xlat_resources = XLAT_TABLE(resources_data, XLAT_INDEXED);

/* RUSAGE_* */
static const struct xlat_entry usagewho_data[] = {
	{ 0x0, "RUSAGE_SELF" },
	{ 0xffffffff, "RUSAGE_CHILDREN" },
	{ 0xfffffffe, "RUSAGE_BOTH" },
	{ 0x1, "RUSAGE_THREAD" },
};
const struct xlat xlat_usagewho = XLAT_TABLE(usagewho_data, XLAT_NORMAL);

/* PRIO_* */
static const struct xlat_entry priorities_data[] = {
	{ 0x0, "PRIO_PROCESS" },
	{ 0x1, "PRIO_PGRP" },
	{ 0x2, "PRIO_USER" },
};
const struct xlat xlat_priorities = XLAT_TABLE(priorities_data, XLAT_NORMAL);

/* PR_* */
static const struct xlat_entry prctl_options_data[] = {
	{ 0x1, "PR_SET_PDEATHSIG" },
	{ 0x2, "PR_GET_PDEATHSIG" },
	{ 0x3, "PR_GET_DUMPABLE" },
	{ 0x4, "PR_SET_DUMPABLE" },
	{ 0x5, "PR_GET_UNALIGN" },
	{ 0x6, "PR_SET_UNALIGN" },
	{ 0x7, "PR_GET_KEEPCAPS" },
	{ 0x8, "PR_SET_KEEPCAPS" },
	{ 0x9, "PR_GET_FPEMU" },
	{ 0xa, "PR_SET_FPEMU" },
	{ 0xb, "PR_GET_FPEXC" },
	{ 0xc, "PR_SET_FPEXC" },
	{ 0xd, "PR_GET_TIMING" },
	{ 0xe, "PR_SET_TIMING" },
	{ 0xf, "PR_SET_NAME" },
	{ 0x10, "PR_GET_NAME" },
	{ 0x13, "PR_GET_ENDIAN" },
	{ 0x14, "PR_SET_ENDIAN" },
	{ 0x15, "PR_GET_SECCOMP" },
	{ 0x16, "PR_SET_SECCOMP" },
	{ 0x17, "PR_CAPBSET_READ" },
	{ 0x18, "PR_CAPBSET_DROP" },
	{ 0x19, "PR_GET_TSC" },
	{ 0x1a, "PR_SET_TSC" },
	{ 0x1b, "PR_GET_SECUREBITS" },
	{ 0x1c, "PR_SET_SECUREBITS" },
	{ 0x1d, "PR_SET_TIMERSLACK" },
	{ 0x1e, "PR_GET_TIMERSLACK" },
	{ 0x1f, "PR_TASK_PERF_EVENTS_DISABLE" },
	{ 0x20, "PR_TASK_PERF_EVENTS_ENABLE" },
	{ 0x21, "PR_MCE_KILL" },
	{ 0x22, "PR_MCE_KILL_GET" },
	{ 0x23, "PR_SET_MM" },
	{ 0x24, "PR_SET_CHILD_SUBREAPER" },
	{ 0x25, "PR_GET_CHILD_SUBREAPER" },
	{ 0x26, "PR_SET_NO_NEW_PRIVS" },
	{ 0x27, "PR_GET_NO_NEW_PRIVS" },
	{ 0x28, "PR_GET_TID_ADDRESS" },
	{ 0x29, "PR_SET_THP_DISABLE" },
	{ 0x2a, "PR_GET_THP_DISABLE" },
	{ 0x2b, "PR_MPX_ENABLE_MANAGEMENT" },
	{ 0x2c, "PR_MPX_DISABLE_MANAGEMENT" },
	{ 0x2d, "PR_SET_FP_MODE" },
	{ 0x2e, "PR_GET_FP_MODE" },
	{ 0x2f, "PR_CAP_AMBIENT" },
	{ 0x32, "PR_SVE_SET_VL" },
	{ 0x33, "PR_SVE_GET_VL" },
	{ 0x34, "PR_GET_SPECULATION_CTRL" },
	{ 0x35, "PR_SET_SPECULATION_CTRL" },
	{ 0x36, "PR_PAC_RESET_KEYS" },
	{ 0x37, "PR_SET_TAGGED_ADDR_CTRL" },
	{ 0x38, "PR_GET_TAGGED_ADDR_CTRL" },
	{ 0x39, "PR_SET_IO_FLUSHER" },
	{ 0x3a, "PR_GET_IO_FLUSHER" },
	{ 0x3b, "PR_SET_SYSCALL_USER_DISPATCH" },
	{ 0x3c, "PR_PAC_SET_ENABLED_KEYS" },
	{ 0x3d, "PR_PAC_GET_ENABLED_KEYS" },
	{ 0x3e, "PR_SCHED_CORE" },
	{ 0x3f, "PR_SME_SET_VL" },
	{ 0x40, "PR_SME_GET_VL" },
	{ 0x53564d41, "PR_SET_VMA" },
	{ 0x59616d61, "PR_SET_PTRACER" },
};
const struct xlat xlat_prctl_options = XLAT_TABLE(prctl_options_data, XLAT_SORTED);

/* PR_SPEC_* (which) */
static const struct xlat_entry pr_spec_cmds_data[] = {
	{ 0x0, "PR_SPEC_STORE_BYPASS" },
	{ 0x1, "PR_SPEC_INDIRECT_BRANCH" },
	{ 0x2, "PR_SPEC_L1D_FLUSH" },
};
const struct xlat xlat_pr_spec_cmds = XLAT_TABLE(pr_spec_cmds_data, XLAT_INDEXED);

/* PR_SPEC_* (get result) */
static const struct xlat_entry pr_spec_get_store_bypass_flags_data[] = {
	{ 0x0, "PR_SPEC_NOT_AFFECTED" },
	{ 0x1, "PR_SPEC_PRCTL" },
	{ 0x2, "PR_SPEC_ENABLE" },
	{ 0x4, "PR_SPEC_DISABLE" },
	{ 0x8, "PR_SPEC_FORCE_DISABLE" },
	{ 0x10, "PR_SPEC_DISABLE_NOEXEC" },
};
const struct xlat xlat_pr_spec_get_store_bypass_flags = XLAT_TABLE(pr_spec_get_store_bypass_flags_data, XLAT_NORMAL);

/* PR_SPEC_* (set value) */
static const struct xlat_entry pr_spec_set_store_bypass_flags_data[] = {
	{ 0x2, "PR_SPEC_ENABLE" },
	{ 0x4, "PR_SPEC_DISABLE" },
	{ 0x8, "PR_SPEC_FORCE_DISABLE" },
	{ 0x10, "PR_SPEC_DISABLE_NOEXEC" },
};
const struct xlat xlat_pr_spec_set_store_bypass_flags = XLAT_TABLE(pr_spec_set_store_bypass_flags_data, XLAT_NORMAL);

/* PR_MCE_KILL_CLEAR/SET */
static const struct xlat_entry pr_mce_kill_data[] = {
	{ 0x0, "PR_MCE_KILL_CLEAR" },
	{ 0x1, "PR_MCE_KILL_SET" },
};
const struct xlat xlat_pr_mce_kill = XLAT_TABLE(pr_mce_kill_data, XLAT_INDEXED);

/* PR_MCE_KILL_* */
static const struct xlat_entry pr_mce_kill_policy_data[] = {
	{ 0x0, "PR_MCE_KILL_LATE" },
	{ 0x1, "PR_MCE_KILL_EARLY" },
	{ 0x2, "PR_MCE_KILL_DEFAULT" },
};
const struct xlat xlat_pr_mce_kill_policy = XLAT_TABLE(pr_mce_kill_policy_data, XLAT_INDEXED);

/* SUID_DUMP_* */
static const struct xlat_entry pr_dumpable_data[] = {
	{ 0x0, "SUID_DUMP_DISABLE" },
	{ 0x1, "SUID_DUMP_USER" },
	{ 0x2, "SUID_DUMP_ROOT" },
};
const struct xlat xlat_pr_dumpable = XLAT_TABLE(pr_dumpable_data, XLAT_INDEXED);

/* PR_UNALIGN_* */
static const struct xlat_entry pr_unalign_flags_data[] = {
	{ 0x1, "PR_UNALIGN_NOPRINT" },
	{ 0x2, "PR_UNALIGN_SIGBUS" },
};
const struct xlat xlat_pr_unalign_flags = XLAT_TABLE(pr_unalign_flags_data, XLAT_NORMAL);

/* PR_SET_VMA_* */
static const struct xlat_entry pr_set_mm_data[] = {
	{ 0x0, "PR_SET_VMA_ANON_NAME" },
};
const struct xlat xlat_pr_set_mm = XLAT_TABLE(pr_set_mm_data, XLAT_INDEXED);

/* PR_SCHED_CORE_* */
static const struct xlat_entry pr_sched_core_cmds_data[] = {
	{ 0x0, "PR_SCHED_CORE_GET" },
	{ 0x1, "PR_SCHED_CORE_CREATE" },
	{ 0x2, "PR_SCHED_CORE_SHARE_TO" },
	{ 0x3, "PR_SCHED_CORE_SHARE_FROM" },
};
const struct xlat xlat_pr_sched_core_cmds = XLAT_TABLE(pr_sched_core_cmds_data, XLAT_NORMAL);

/* PIDTYPE_* */
static const struct xlat_entry pidtypes_data[] = {
	{ 0x0, "PIDTYPE_PID" },
	{ 0x1, "PIDTYPE_TGID" },
	{ 0x2, "PIDTYPE_PGID" },
	{ 0x3, "PIDTYPE_SID" },
};
const struct xlat xlat_pidtypes = XLAT_TABLE(pidtypes_data, XLAT_INDEXED);

/* SECBIT_* */
static const struct xlat_entry secbits_data[] = {
	{ 0x1, "SECBIT_NOROOT" },
	{ 0x2, "SECBIT_NOROOT_LOCKED" },
	{ 0x4, "SECBIT_NO_SETUID_FIXUP" },
	{ 0x8, "SECBIT_NO_SETUID_FIXUP_LOCKED" },
	{ 0x10, "SECBIT_KEEP_CAPS" },
	{ 0x20, "SECBIT_KEEP_CAPS_LOCKED" },
	{ 0x40, "SECBIT_NO_CAP_AMBIENT_RAISE" },
	{ 0x80, "SECBIT_NO_CAP_AMBIENT_RAISE_LOCKED" },
};
const struct xlat xlat_secbits = XLAT_TABLE(secbits_data, XLAT_NORMAL);

/* SECCOMP_MODE_* */
static const struct xlat_entry seccomp_mode_data[] = {
	{ 0x0, "SECCOMP_MODE_DISABLED" },
	{ 0x1, "SECCOMP_MODE_STRICT" },
	{ 0x2, "SECCOMP_MODE_FILTER" },
};
const struct xlat xlat_seccomp_mode = XLAT_TABLE(seccomp_mode_data, XLAT_INDEXED);

/* SECCOMP_SET_MODE_* */
static const struct xlat_entry seccomp_ops_data[] = {
	{ 0x0, "SECCOMP_SET_MODE_STRICT" },
	{ 0x1, "SECCOMP_SET_MODE_FILTER" },
	{ 0x2, "SECCOMP_GET_ACTION_AVAIL" },
	{ 0x3, "SECCOMP_GET_NOTIF_SIZES" },
};
const struct xlat xlat_seccomp_ops = XLAT_TABLE(seccomp_ops_data, XLAT_INDEXED);

/* SECCOMP_FILTER_FLAG_* */
static const struct xlat_entry seccomp_filter_flags_data[] = {
	{ 0x1, "SECCOMP_FILTER_FLAG_TSYNC" },
	{ 0x2, "SECCOMP_FILTER_FLAG_LOG" },
	{ 0x4, "SECCOMP_FILTER_FLAG_SPEC_ALLOW" },
	{ 0x8, "SECCOMP_FILTER_FLAG_NEW_LISTENER" },
	{ 0x10, "SECCOMP_FILTER_FLAG_TSYNC_ESRCH" },
	{ 0x20, "SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV" },
};
const struct xlat xlat_seccomp_filter_flags = XLAT_TABLE(seccomp_filter_flags_data, XLAT_NORMAL);

/* ARCH_* */
static const struct xlat_entry archvals_data[] = {
	{ 0x1001, "ARCH_SET_GS" },
	{ 0x1002, "ARCH_SET_FS" },
	{ 0x1003, "ARCH_GET_FS" },
	{ 0x1004, "ARCH_GET_GS" },
	{ 0x1011, "ARCH_GET_CPUID" },
	{ 0x1012, "ARCH_SET_CPUID" },
	{ 0x1021, "ARCH_GET_XCOMP_SUPP" },
	{ 0x1022, "ARCH_GET_XCOMP_PERM" },
	{ 0x1023, "ARCH_REQ_XCOMP_PERM" },
	{ 0x1024, "ARCH_GET_XCOMP_GUEST_PERM" },
	{ 0x1025, "ARCH_REQ_XCOMP_GUEST_PERM" },
	{ 0x2001, "ARCH_MAP_VDSO_X32" },
	{ 0x2002, "ARCH_MAP_VDSO_32" },
	{ 0x2003, "ARCH_MAP_VDSO_64" },
};
const struct xlat xlat_archvals = XLAT_TABLE(archvals_data, XLAT_SORTED);

/* GRND_* */
static const struct xlat_entry getrandom_flags_data[] = {
	{ 0x1, "GRND_NONBLOCK" },
	{ 0x2, "GRND_RANDOM" },
	{ 0x4, "GRND_INSECURE" },
};
const struct xlat xlat_getrandom_flags = XLAT_TABLE(getrandom_flags_data, XLAT_NORMAL);

/* RENAME_* */
static const struct xlat_entry rename_flags_data[] = {
	{ 0x1, "RENAME_NOREPLACE" },
	{ 0x2, "RENAME_EXCHANGE" },
	{ 0x4, "RENAME_WHITEOUT" },
};
const struct xlat xlat_rename_flags = XLAT_TABLE(rename_flags_data, XLAT_NORMAL);

/* XATTR_* */
static const struct xlat_entry xattrflags_data[] = {
	{ 0x1, "XATTR_CREATE" },
	{ 0x2, "XATTR_REPLACE" },
};
const struct xlat xlat_xattrflags = XLAT_TABLE(xattrflags_data, XLAT_NORMAL);

/* POSIX_FADV_* */
static const struct xlat_entry advise_data[] = {
	{ 0x0, "POSIX_FADV_NORMAL" },
	{ 0x1, "POSIX_FADV_RANDOM" },
	{ 0x2, "POSIX_FADV_SEQUENTIAL" },
	{ 0x3, "POSIX_FADV_WILLNEED" },
	{ 0x4, "POSIX_FADV_DONTNEED" },
	{ 0x5, "POSIX_FADV_NOREUSE" },
};
const struct xlat xlat_advise = XLAT_TABLE(advise_data, XLAT_NORMAL);

/* FALLOC_FL_* */
static const struct xlat_entry falloc_flags_data[] = {
	{ 0x1, "FALLOC_FL_KEEP_SIZE" },
	{ 0x2, "FALLOC_FL_PUNCH_HOLE" },
	{ 0x4, "FALLOC_FL_NO_HIDE_STALE" },
	{ 0x8, "FALLOC_FL_COLLAPSE_RANGE" },
	{ 0x10, "FALLOC_FL_ZERO_RANGE" },
	{ 0x20, "FALLOC_FL_INSERT_RANGE" },
	{ 0x40, "FALLOC_FL_UNSHARE_RANGE" },
};
const struct xlat xlat_falloc_flags = XLAT_TABLE(falloc_flags_data, XLAT_NORMAL);

/* SPLICE_F_* */
static const struct xlat_entry splice_flags_data[] = {
	{ 0x1, "SPLICE_F_MOVE" },
	{ 0x2, "SPLICE_F_NONBLOCK" },
	{ 0x4, "SPLICE_F_MORE" },
	{ 0x8, "SPLICE_F_GIFT" },
};
const struct xlat xlat_splice_flags = XLAT_TABLE(splice_flags_data, XLAT_NORMAL);

/* RWF_* */
static const struct xlat_entry rwf_flags_data[] = {
	{ 0x1, "RWF_HIPRI" },
	{ 0x2, "RWF_DSYNC" },
	{ 0x4, "RWF_SYNC" },
	{ 0x8, "RWF_NOWAIT" },
	{ 0x10, "RWF_APPEND" },
};
const struct xlat xlat_rwf_flags = XLAT_TABLE(rwf_flags_data, XLAT_NORMAL);

/* IOCB_CMD_* (<linux/aio_abi.h>) */
static const struct xlat_entry aio_cmds_data[] = {
	{ 0, "IOCB_CMD_PREAD" },
	{ 1, "IOCB_CMD_PWRITE" },
	{ 2, "IOCB_CMD_FSYNC" },
	{ 3, "IOCB_CMD_FDSYNC" },
	{ 4, NULL },
	{ 5, "IOCB_CMD_POLL" },
	{ 6, "IOCB_CMD_NOOP" },
	{ 7, "IOCB_CMD_PREADV" },
	{ 8, "IOCB_CMD_PWRITEV" },
};
const struct xlat xlat_aio_cmds = XLAT_TABLE(aio_cmds_data, XLAT_INDEXED);

/* IOCB_FLAG_* */
static const struct xlat_entry aio_iocb_flags_data[] = {
	{ 0x1, "IOCB_FLAG_RESFD" },
	{ 0x2, "IOCB_FLAG_IOPRIO" },
};
const struct xlat xlat_aio_iocb_flags = XLAT_TABLE(aio_iocb_flags_data, XLAT_NORMAL);

/* CLOSE_RANGE_* */
static const struct xlat_entry close_range_flags_data[] = {
	{ 0x2, "CLOSE_RANGE_UNSHARE" },
	{ 0x4, "CLOSE_RANGE_CLOEXEC" },
};
const struct xlat xlat_close_range_flags = XLAT_TABLE(close_range_flags_data, XLAT_NORMAL);

/* DT_* */
static const struct xlat_entry dirent_types_data[] = {
	{ 0x0, "DT_UNKNOWN" },
	{ 0x1, "DT_FIFO" },
	{ 0x2, "DT_CHR" },
	{ 0x4, "DT_DIR" },
	{ 0x6, "DT_BLK" },
	{ 0x8, "DT_REG" },
	{ 0xa, "DT_LNK" },
	{ 0xc, "DT_SOCK" },
	{ 0xe, "DT_WHT" },
};
const struct xlat xlat_dirent_types = XLAT_TABLE(dirent_types_data, XLAT_NORMAL);

/* SCHED_* */
static const struct xlat_entry schedulers_data[] = {
	{ 0x0, "SCHED_OTHER" },
	{ 0x1, "SCHED_FIFO" },
	{ 0x2, "SCHED_RR" },
	{ 0x3, "SCHED_BATCH" },
	{ 0x4, "SCHED_ISO" },
	{ 0x5, "SCHED_IDLE" },
	{ 0x6, "SCHED_DEADLINE" },
};
const struct xlat xlat_schedulers = XLAT_TABLE(schedulers_data, XLAT_NORMAL);

/* SCHED_FLAG_* */
static const struct xlat_entry sched_flags_data[] = {
	{ 0x1, "SCHED_FLAG_RESET_ON_FORK" },
	{ 0x2, "SCHED_FLAG_RECLAIM" },
	{ 0x4, "SCHED_FLAG_DL_OVERRUN" },
	{ 0x8, "SCHED_FLAG_KEEP_POLICY" },
	{ 0x10, "SCHED_FLAG_KEEP_PARAMS" },
	{ 0x20, "SCHED_FLAG_UTIL_CLAMP_MIN" },
	{ 0x40, "SCHED_FLAG_UTIL_CLAMP_MAX" },
};
const struct xlat xlat_sched_flags = XLAT_TABLE(sched_flags_data, XLAT_NORMAL);

/* FUTEX_* (op) */
static const struct xlat_entry futexops_data[] = {
	{ 0x0, "FUTEX_WAIT" },
	{ 0x1, "FUTEX_WAKE" },
	{ 0x2, "FUTEX_FD" },
	{ 0x3, "FUTEX_REQUEUE" },
	{ 0x4, "FUTEX_CMP_REQUEUE" },
	{ 0x5, "FUTEX_WAKE_OP" },
	{ 0x6, "FUTEX_LOCK_PI" },
	{ 0x7, "FUTEX_UNLOCK_PI" },
	{ 0x8, "FUTEX_TRYLOCK_PI" },
	{ 0x9, "FUTEX_WAIT_BITSET" },
	{ 0xa, "FUTEX_WAKE_BITSET" },
	{ 0xb, "FUTEX_WAIT_REQUEUE_PI" },
	{ 0xc, "FUTEX_CMP_REQUEUE_PI" },
	{ 0xd, "FUTEX_LOCK_PI2" },
	{ 0x80, "FUTEX_WAIT_PRIVATE" },
	{ 0x81, "FUTEX_WAKE_PRIVATE" },
	{ 0x82, "FUTEX_FD|FUTEX_PRIVATE_FLAG" },
	{ 0x83, "FUTEX_REQUEUE_PRIVATE" },
	{ 0x84, "FUTEX_CMP_REQUEUE_PRIVATE" },
	{ 0x85, "FUTEX_WAKE_OP_PRIVATE" },
	{ 0x86, "FUTEX_LOCK_PI_PRIVATE" },
	{ 0x87, "FUTEX_UNLOCK_PI_PRIVATE" },
	{ 0x88, "FUTEX_TRYLOCK_PI_PRIVATE" },
	{ 0x89, "FUTEX_WAIT_BITSET_PRIVATE" },
	{ 0x8a, "FUTEX_WAKE_BITSET_PRIVATE" },
	{ 0x8b, "FUTEX_WAIT_REQUEUE_PI_PRIVATE" },
	{ 0x8c, "FUTEX_CMP_REQUEUE_PI_PRIVATE" },
	{ 0x8d, "FUTEX_LOCK_PI2_PRIVATE" },
	{ 0x100, "FUTEX_WAIT|FUTEX_CLOCK_REALTIME" },
	{ 0x180, "FUTEX_WAIT_PRIVATE|FUTEX_CLOCK_REALTIME" },
	{ 0x109, "FUTEX_WAIT_BITSET|FUTEX_CLOCK_REALTIME" },
	{ 0x189, "FUTEX_WAIT_BITSET_PRIVATE|FUTEX_CLOCK_REALTIME" },
	{ 0x10b, "FUTEX_WAIT_REQUEUE_PI|FUTEX_CLOCK_REALTIME" },
	{ 0x18b, "FUTEX_WAIT_REQUEUE_PI_PRIVATE|FUTEX_CLOCK_REALTIME" },
};
const struct xlat xlat_futexops = XLAT_TABLE(futexops_data, XLAT_NORMAL);

/* FUTEX_OP_* (wake op) */
static const struct xlat_entry futexwakeops_data[] = {
	{ 0x0, "FUTEX_OP_SET" },
	{ 0x1, "FUTEX_OP_ADD" },
	{ 0x2, "FUTEX_OP_OR" },
	{ 0x3, "FUTEX_OP_ANDN" },
	{ 0x4, "FUTEX_OP_XOR" },
};
const struct xlat xlat_futexwakeops = XLAT_TABLE(futexwakeops_data, XLAT_INDEXED);

/* FUTEX_OP_CMP_* */
static const struct xlat_entry futexwakecmps_data[] = {
	{ 0x0, "FUTEX_OP_CMP_EQ" },
	{ 0x1, "FUTEX_OP_CMP_NE" },
	{ 0x2, "FUTEX_OP_CMP_LT" },
	{ 0x3, "FUTEX_OP_CMP_LE" },
	{ 0x4, "FUTEX_OP_CMP_GT" },
	{ 0x5, "FUTEX_OP_CMP_GE" },
};
const struct xlat xlat_futexwakecmps = XLAT_TABLE(futexwakecmps_data, XLAT_INDEXED);

/* MFD_* */
static const struct xlat_entry memfd_create_flags_data[] = {
	{ 0x1, "MFD_CLOEXEC" },
	{ 0x2, "MFD_ALLOW_SEALING" },
	{ 0x4, "MFD_HUGETLB" },
};
const struct xlat xlat_memfd_create_flags = XLAT_TABLE(memfd_create_flags_data, XLAT_NORMAL);

/* IN_NONBLOCK IN_CLOEXEC */
static const struct xlat_entry inotify_init_flags_data[] = {
	{ 0x800, "IN_NONBLOCK" },
	{ 0x80000, "IN_CLOEXEC" },
};
const struct xlat xlat_inotify_init_flags = XLAT_TABLE(inotify_init_flags_data, XLAT_NORMAL);

/* IN_* */
static const struct xlat_entry inotify_flags_data[] = {
	{ 0x1, "IN_ACCESS" },
	{ 0x2, "IN_MODIFY" },
	{ 0x4, "IN_ATTRIB" },
	{ 0x8, "IN_CLOSE_WRITE" },
	{ 0x10, "IN_CLOSE_NOWRITE" },
	{ 0x20, "IN_OPEN" },
	{ 0x40, "IN_MOVED_FROM" },
	{ 0x80, "IN_MOVED_TO" },
	{ 0x100, "IN_CREATE" },
	{ 0x200, "IN_DELETE" },
	{ 0x400, "IN_DELETE_SELF" },
	{ 0x800, "IN_MOVE_SELF" },
	{ 0x2000, "IN_UNMOUNT" },
	{ 0x4000, "IN_Q_OVERFLOW" },
	{ 0x8000, "IN_IGNORED" },
	{ 0x1000000, "IN_ONLYDIR" },
	{ 0x2000000, "IN_DONT_FOLLOW" },
	{ 0x4000000, "IN_EXCL_UNLINK" },
	{ 0x10000000, "IN_MASK_CREATE" },
	{ 0x20000000, "IN_MASK_ADD" },
	{ 0x40000000, "IN_ISDIR" },
	{ 0x80000000, "IN_ONESHOT" },
};
const struct xlat xlat_inotify_flags = XLAT_TABLE(inotify_flags_data, XLAT_NORMAL);

/* PER_* */
static const struct xlat_entry personality_types_data[] = {
	{ 0x0, "PER_LINUX" },
	{ 0x800000, "PER_LINUX_32BIT" },
	{ 0x80000, "PER_LINUX_FDPIC" },
	{ 0x4100001, "PER_SVR4" },
	{ 0x5000002, "PER_SVR3" },
	{ 0x7000003, "PER_SCOSVR3" },
	{ 0x6000003, "PER_OSR5" },
	{ 0x5000004, "PER_WYSEV386" },
	{ 0x4000005, "PER_ISCR4" },
	{ 0x6, "PER_BSD" },
	{ 0x4000006, "PER_SUNOS" },
	{ 0x5000007, "PER_XENIX" },
	{ 0x8, "PER_LINUX32" },
	{ 0x8000008, "PER_LINUX32_3GB" },
	{ 0x4000009, "PER_IRIX32" },
	{ 0x400000a, "PER_IRIXN32" },
	{ 0x400000b, "PER_IRIX64" },
	{ 0xc, "PER_RISCOS" },
	{ 0x400000d, "PER_SOLARIS" },
	{ 0x410000e, "PER_UW7" },
	{ 0xf, "PER_OSF4" },
	{ 0x10, "PER_HPUX" },
	{ 0xff, "PER_MASK" },
};
const struct xlat xlat_personality_types = XLAT_TABLE(personality_types_data, XLAT_NORMAL);

/* UNAME26 ... */
static const struct xlat_entry personality_flags_data[] = {
	{ 0x20000, "UNAME26" },
	{ 0x40000, "ADDR_NO_RANDOMIZE" },
	{ 0x80000, "FDPIC_FUNCPTRS" },
	{ 0x100000, "MMAP_PAGE_ZERO" },
	{ 0x200000, "ADDR_COMPAT_LAYOUT" },
	{ 0x400000, "READ_IMPLIES_EXEC" },
	{ 0x800000, "ADDR_LIMIT_32BIT" },
	{ 0x1000000, "SHORT_INODE" },
	{ 0x2000000, "WHOLE_SECONDS" },
	{ 0x4000000, "STICKY_TIMEOUTS" },
	{ 0x8000000, "ADDR_LIMIT_3GB" },
};
const struct xlat xlat_personality_flags = XLAT_TABLE(personality_flags_data, XLAT_NORMAL);

/* ST_* */
static const struct xlat_entry statfs_flags_data[] = {
	{ 0x20, "ST_VALID" },
	{ 0x1, "ST_RDONLY" },
	{ 0x2, "ST_NOSUID" },
	{ 0x4, "ST_NODEV" },
	{ 0x8, "ST_NOEXEC" },
	{ 0x10, "ST_SYNCHRONOUS" },
	{ 0x40, "ST_MANDLOCK" },
	{ 0x400, "ST_NOATIME" },
	{ 0x800, "ST_NODIRATIME" },
	{ 0x1000, "ST_RELATIME" },
	{ 0x2000, "ST_NOSYMFOLLOW" },
};
const struct xlat xlat_statfs_flags = XLAT_TABLE(statfs_flags_data, XLAT_NORMAL);

/* *_MAGIC */
static const struct xlat_entry fsmagic_data[] = {
	{ 0x2f, "QNX4_SUPER_MAGIC" },
	{ 0x33, "Z3FOLD_MAGIC" },
	{ 0x187, "AUTOFS_SUPER_MAGIC" },
	{ 0x1373, "DEVFS_SUPER_MAGIC" },
	{ 0x137d, "EXT_SUPER_MAGIC" },
	{ 0x137f, "MINIX_SUPER_MAGIC" },
	{ 0x138f, "MINIX_SUPER_MAGIC2" },
	{ 0x1cd1, "DEVPTS_SUPER_MAGIC" },
	{ 0x2468, "MINIX2_SUPER_MAGIC" },
	{ 0x2478, "MINIX2_SUPER_MAGIC2" },
	{ 0x3434, "NILFS_SUPER_MAGIC" },
	{ 0x4244, "HFS_SUPER_MAGIC" },
	{ 0x482b, "HFSPLUS_SUPER_MAGIC" },
	{ 0x4d44, "MSDOS_SUPER_MAGIC" },
	{ 0x4d5a, "MINIX3_SUPER_MAGIC" },
	{ 0x517b, "SMB_SUPER_MAGIC" },
	{ 0x564c, "NCP_SUPER_MAGIC" },
	{ 0x5df5, "EXOFS_SUPER_MAGIC" },
	{ 0x6969, "NFS_SUPER_MAGIC" },
	{ 0x7275, "ROMFS_MAGIC" },
	{ 0x72b6, "JFFS2_SUPER_MAGIC" },
	{ 0x9660, "ISOFS_SUPER_MAGIC" },
	{ 0x9fa0, "PROC_SUPER_MAGIC" },
	{ 0x9fa1, "OPENPROM_SUPER_MAGIC" },
	{ 0x9fa2, "USBDEVICE_SUPER_MAGIC" },
	{ 0xadf5, "ADFS_SUPER_MAGIC" },
	{ 0xadff, "AFFS_SUPER_MAGIC" },
	{ 0xef51, "EXT2_OLD_SUPER_MAGIC" },
	{ 0xef53, "EXT2_SUPER_MAGIC" },
	{ 0xf15f, "ECRYPTFS_SUPER_MAGIC" },
	{ 0x11954, "UFS_MAGIC" },
	{ 0x27e0eb, "CGROUP_SUPER_MAGIC" },
	{ 0x414a53, "EFS_SUPER_MAGIC" },
	{ 0xc0ffee, "HOSTFS_SUPER_MAGIC" },
	{ 0xc36400, "CEPH_SUPER_MAGIC" },
	{ 0x1021994, "TMPFS_MAGIC" },
	{ 0x1021997, "V9FS_MAGIC" },
	{ 0x1161970, "GFS2_MAGIC" },
	{ 0x12fd16d, "XIAFS_SUPER_MAGIC" },
	{ 0x12ff7b4, "XENIX_SUPER_MAGIC" },
	{ 0x12ff7b5, "SYSV4_SUPER_MAGIC" },
	{ 0x12ff7b6, "SYSV2_SUPER_MAGIC" },
	{ 0x12ff7b7, "COH_SUPER_MAGIC" },
	{ 0x2011994, "SHMFS_SUPER_MAGIC" },
	{ 0x9041934, "ANON_INODE_FS_MAGIC" },
	{ 0xbad1dea, "FUTEXFS_SUPER_MAGIC" },
	{ 0x11307854, "MTD_INODE_FS_MAGIC" },
	{ 0x13661366, "BALLOON_KVM_MAGIC" },
	{ 0x15013346, "UDF_SUPER_MAGIC" },
	{ 0x1badface, "BFS_MAGIC" },
	{ 0x2011bab0, "EXFAT_SUPER_MAGIC" },
	{ 0x24051905, "UBIFS_SUPER_MAGIC" },
	{ 0x28cd3d45, "CRAMFS_MAGIC" },
	{ 0x2fc12fc1, "ZFS_SUPER_MAGIC" },
	{ 0x3153464a, "JFS_SUPER_MAGIC" },
	{ 0x42465331, "BEFS_SUPER_MAGIC" },
	{ 0x42494e4d, "BINFMTFS_MAGIC" },
	{ 0x43415d53, "SMACK_MAGIC" },
	{ 0x444d4142, "DMA_BUF_MAGIC" },
	{ 0x453dcd28, "CRAMFS_MAGIC_WEND" },
	{ 0x454d444d, "DEVMEM_MAGIC" },
	{ 0x47504653, "GPFS_SUPER_MAGIC" },
	{ 0x50495045, "PIPEFS_MAGIC" },
	{ 0x52654973, "REISERFS_SUPER_MAGIC" },
	{ 0x5345434d, "SECRETMEM_MAGIC" },
	{ 0x5346414f, "AFS_SUPER_MAGIC" },
	{ 0x5346544e, "NTFS_SB_MAGIC" },
	{ 0x534f434b, "SOCKFS_MAGIC" },
	{ 0x54190100, "UFS_CIGAM" },
	{ 0x565a4653, "VZFS_SUPER_MAGIC" },
	{ 0x57ac6e9d, "STACK_END_MAGIC" },
	{ 0x58295829, "ZSMALLOC_MAGIC" },
	{ 0x58465342, "XFS_SUPER_MAGIC" },
	{ 0x5a3c69f0, "AAFS_MAGIC" },
	{ 0x5a4f4653, "ZONEFS_MAGIC" },
	{ 0x6165676c, "PSTOREFS_MAGIC" },
	{ 0x61756673, "AUFS_SUPER_MAGIC" },
	{ 0x62646576, "BDEVFS_MAGIC" },
	{ 0x62656570, "CONFIGFS_MAGIC" },
	{ 0x62656572, "SYSFS_MAGIC" },
	{ 0x63677270, "CGROUP2_SUPER_MAGIC" },
	{ 0x64626720, "DEBUGFS_MAGIC" },
	{ 0x64646178, "DAXFS_MAGIC" },
	{ 0x65735543, "FUSE_CTL_SUPER_MAGIC" },
	{ 0x65735546, "FUSE_SUPER_MAGIC" },
	{ 0x68191122, "QNX6_SUPER_MAGIC" },
	{ 0x6b414653, "AFS_FS_MAGIC" },
	{ 0x6c6f6f70, "BINDERFS_SUPER_MAGIC" },
	{ 0x6e736673, "NSFS_MAGIC" },
	{ 0x73636673, "SECURITYFS_MAGIC" },
	{ 0x73717368, "SQUASHFS_MAGIC" },
	{ 0x73727279, "BTRFS_TEST_MAGIC" },
	{ 0x73757245, "CODA_SUPER_MAGIC" },
	{ 0x7461636f, "OCFS2_SUPER_MAGIC" },
	{ 0x74726163, "TRACEFS_MAGIC" },
	{ 0x794c7630, "OVERLAYFS_SUPER_MAGIC" },
	{ 0x858458f6, "RAMFS_MAGIC" },
	{ 0x9123683e, "BTRFS_SUPER_MAGIC" },
	{ 0x958458f6, "HUGETLBFS_MAGIC" },
	{ 0xa501fcf5, "VXFS_SUPER_MAGIC" },
	{ 0xabba1974, "XENFS_SUPER_MAGIC" },
	{ 0xc7571590, "PPC_CMM_MAGIC" },
	{ 0xc97e8168, "LOGFS_MAGIC" },
	{ 0xcafe4a11, "BPF_FS_MAGIC" },
	{ 0xde5e81e4, "EFIVARFS_MAGIC" },
	{ 0xe0f5e1e2, "EROFS_SUPER_MAGIC_V1" },
	{ 0xf2f52010, "F2FS_SUPER_MAGIC" },
	{ 0xf97cff8c, "SELINUX_MAGIC" },
	{ 0xf995e849, "HPFS_SUPER_MAGIC" },
	{ 0xfe534d42, "SMB2_SUPER_MAGIC" },
	{ 0xff534d42, "CIFS_SUPER_MAGIC" },
};
const struct xlat xlat_fsmagic = XLAT_TABLE(fsmagic_data, XLAT_SORTED);

/* MS_* of mount */
static const struct xlat_entry mount_flags_data[] = {
	{ 0x1, "MS_RDONLY" },
	{ 0x2, "MS_NOSUID" },
	{ 0x4, "MS_NODEV" },
	{ 0x8, "MS_NOEXEC" },
	{ 0x10, "MS_SYNCHRONOUS" },
	{ 0x20, "MS_REMOUNT" },
	{ 0x40, "MS_MANDLOCK" },
	{ 0x80, "MS_DIRSYNC" },
	{ 0x100, "MS_NOSYMFOLLOW" },
	{ 0x400, "MS_NOATIME" },
	{ 0x800, "MS_NODIRATIME" },
	{ 0x1000, "MS_BIND" },
	{ 0x2000, "MS_MOVE" },
	{ 0x4000, "MS_REC" },
	{ 0x8000, "MS_SILENT" },
	{ 0x10000, "MS_POSIXACL" },
	{ 0x20000, "MS_UNBINDABLE" },
	{ 0x40000, "MS_PRIVATE" },
	{ 0x80000, "MS_SLAVE" },
	{ 0x100000, "MS_SHARED" },
	{ 0x200000, "MS_RELATIME" },
	{ 0x400000, "MS_KERNMOUNT" },
	{ 0x800000, "MS_I_VERSION" },
	{ 0x1000000, "MS_STRICTATIME" },
	{ 0x2000000, "MS_LAZYTIME" },
	{ 0x4000000, "MS_SUBMOUNT" },
	{ 0x8000000, "MS_NOREMOTELOCK" },
	{ 0x10000000, "MS_NOSEC" },
	{ 0x20000000, "MS_BORN" },
	{ 0x40000000, "MS_ACTIVE" },
	{ 0x80000000, "MS_NOUSER" },
};
const struct xlat xlat_mount_flags = XLAT_TABLE(mount_flags_data, XLAT_NORMAL);

/* MNT_* */
static const struct xlat_entry umount_flags_data[] = {
	{ 0x1, "MNT_FORCE" },
	{ 0x2, "MNT_DETACH" },
	{ 0x4, "MNT_EXPIRE" },
	{ 0x8, "UMOUNT_NOFOLLOW" },
};
const struct xlat xlat_umount_flags = XLAT_TABLE(umount_flags_data, XLAT_NORMAL);

/* PTRACE_* */
static const struct xlat_entry ptrace_cmds_data[] = {
	{ 0x0, "PTRACE_TRACEME" },
	{ 0x1, "PTRACE_PEEKTEXT" },
	{ 0x2, "PTRACE_PEEKDATA" },
	{ 0x3, "PTRACE_PEEKUSER" },
	{ 0x4, "PTRACE_POKETEXT" },
	{ 0x5, "PTRACE_POKEDATA" },
	{ 0x6, "PTRACE_POKEUSER" },
	{ 0x7, "PTRACE_CONT" },
	{ 0x8, "PTRACE_KILL" },
	{ 0x9, "PTRACE_SINGLESTEP" },
	{ 0x10, "PTRACE_ATTACH" },
	{ 0x11, "PTRACE_DETACH" },
	{ 0x18, "PTRACE_SYSCALL" },
	{ 0x4200, "PTRACE_SETOPTIONS" },
	{ 0x4201, "PTRACE_GETEVENTMSG" },
	{ 0x4202, "PTRACE_GETSIGINFO" },
	{ 0x4203, "PTRACE_SETSIGINFO" },
	{ 0x4204, "PTRACE_GETREGSET" },
	{ 0x4205, "PTRACE_SETREGSET" },
	{ 0x4206, "PTRACE_SEIZE" },
	{ 0x4207, "PTRACE_INTERRUPT" },
	{ 0x4208, "PTRACE_LISTEN" },
	{ 0x4209, "PTRACE_PEEKSIGINFO" },
	{ 0x420a, "PTRACE_GETSIGMASK" },
	{ 0x420b, "PTRACE_SETSIGMASK" },
	{ 0x420c, "PTRACE_SECCOMP_GET_FILTER" },
	{ 0x420d, "PTRACE_SECCOMP_GET_METADATA" },
	{ 0x420e, "PTRACE_GET_SYSCALL_INFO" },
	{ 0x420f, "PTRACE_GET_RSEQ_CONFIGURATION" },
	{ 0xc, "PTRACE_GETREGS" },
	{ 0xd, "PTRACE_SETREGS" },
	{ 0xe, "PTRACE_GETFPREGS" },
	{ 0xf, "PTRACE_SETFPREGS" },
	{ 0x12, "PTRACE_GETFPXREGS" },
	{ 0x13, "PTRACE_SETFPXREGS" },
	{ 0x15, "PTRACE_OLDSETOPTIONS" },
	{ 0x19, "PTRACE_GET_THREAD_AREA" },
	{ 0x1a, "PTRACE_SET_THREAD_AREA" },
	{ 0x1f, "PTRACE_SYSEMU" },
	{ 0x20, "PTRACE_SYSEMU_SINGLESTEP" },
	{ 0x21, "PTRACE_SINGLEBLOCK" },
	{ 0x1e, "PTRACE_ARCH_PRCTL" },
};
const struct xlat xlat_ptrace_cmds = XLAT_TABLE(ptrace_cmds_data, XLAT_NORMAL);

/* NT_* (<linux/elf.h>): the register sets of PTRACE_GETREGSET/SETREGSET */
static const struct xlat_entry nt_types_data[] = {
	{ 0x1, "NT_PRSTATUS" },
	{ 0x2, "NT_FPREGSET" },
	{ 0x3, "NT_PRPSINFO" },
	{ 0x4, "NT_TASKSTRUCT" },
	{ 0x6, "NT_AUXV" },
	{ 0x200, "NT_386_TLS" },
	{ 0x201, "NT_386_IOPERM" },
	{ 0x202, "NT_X86_XSTATE" },
	{ 0x46494c45, "NT_FILE" },
	{ 0x46e62b7f, "NT_PRXFPREG" },
	{ 0x53494749, "NT_SIGINFO" },
};
const struct xlat xlat_nt_types = XLAT_TABLE(nt_types_data, XLAT_NORMAL);

/* PTRACE_PEEKUSER/POKEUSER offsets: x86_64 struct user, by offset. An
 * offset between two names prints as the lower one plus the rest. */
static const struct xlat_entry struct_user_offsets_data[] = {
	{ 0, "8*R15" }, { 8, "8*R14" }, { 16, "8*R13" }, { 24, "8*R12" }, { 32, "8*RBP" },
	{ 40, "8*RBX" }, { 48, "8*R11" }, { 56, "8*R10" }, { 64, "8*R9" }, { 72, "8*R8" },
	{ 80, "8*RAX" }, { 88, "8*RCX" }, { 96, "8*RDX" }, { 104, "8*RSI" }, { 112, "8*RDI" },
	{ 120, "8*ORIG_RAX" }, { 128, "8*RIP" }, { 136, "8*CS" }, { 144, "8*EFLAGS" },
	{ 152, "8*RSP" }, { 160, "8*SS" },
	{ 216, "offsetof(struct user, u_fpvalid)" },
	{ 224, "offsetof(struct user, i387)" },
	{ 736, "offsetof(struct user, u_tsize)" },
	{ 744, "offsetof(struct user, u_dsize)" },
	{ 752, "offsetof(struct user, u_ssize)" },
	{ 760, "offsetof(struct user, start_code)" },
	{ 768, "offsetof(struct user, start_stack)" },
	{ 776, "offsetof(struct user, signal)" },
	{ 784, "offsetof(struct user, reserved)" },
	{ 792, "offsetof(struct user, u_ar0)" },
	{ 800, "offsetof(struct user, u_fpstate)" },
	{ 808, "offsetof(struct user, magic)" },
	{ 816, "offsetof(struct user, u_comm)" },
	{ 848, "offsetof(struct user, u_debugreg)" },
	{ 912, "sizeof(struct user)" },
};
const struct xlat xlat_struct_user_offsets = XLAT_TABLE(struct_user_offsets_data, XLAT_SORTED);

/* PTRACE_O_* */
static const struct xlat_entry ptrace_setoptions_flags_data[] = {
	{ 0x1, "PTRACE_O_TRACESYSGOOD" },
	{ 0x2, "PTRACE_O_TRACEFORK" },
	{ 0x4, "PTRACE_O_TRACEVFORK" },
	{ 0x8, "PTRACE_O_TRACECLONE" },
	{ 0x10, "PTRACE_O_TRACEEXEC" },
	{ 0x20, "PTRACE_O_TRACEVFORKDONE" },
	{ 0x40, "PTRACE_O_TRACEEXIT" },
	{ 0x80, "PTRACE_O_TRACESECCOMP" },
	{ 0x100000, "PTRACE_O_EXITKILL" },
	{ 0x200000, "PTRACE_O_SUSPEND_SECCOMP" },
};
const struct xlat xlat_ptrace_setoptions_flags = XLAT_TABLE(ptrace_setoptions_flags_data, XLAT_NORMAL);

/* PTRACE_EVENT_* */
static const struct xlat_entry ptrace_events_data[] = {
	{ 0x1, "PTRACE_EVENT_FORK" },
	{ 0x2, "PTRACE_EVENT_VFORK" },
	{ 0x3, "PTRACE_EVENT_CLONE" },
	{ 0x4, "PTRACE_EVENT_EXEC" },
	{ 0x5, "PTRACE_EVENT_VFORK_DONE" },
	{ 0x6, "PTRACE_EVENT_EXIT" },
	{ 0x7, "PTRACE_EVENT_SECCOMP" },
	{ 0x80, "PTRACE_EVENT_STOP" },
};
const struct xlat xlat_ptrace_events = XLAT_TABLE(ptrace_events_data, XLAT_NORMAL);

/* RESOLVE_* */
static const struct xlat_entry resolve_flags_data[] = {
	{ 0x1, "RESOLVE_NO_XDEV" },
	{ 0x2, "RESOLVE_NO_MAGICLINKS" },
	{ 0x4, "RESOLVE_NO_SYMLINKS" },
	{ 0x8, "RESOLVE_BENEATH" },
	{ 0x10, "RESOLVE_IN_ROOT" },
	{ 0x20, "RESOLVE_CACHED" },
};
const struct xlat xlat_resolve_flags = XLAT_TABLE(resolve_flags_data, XLAT_NORMAL);

/* PIDFD_NONBLOCK */
static const struct xlat_entry pidfd_open_flags_data[] = {
	{ 0x800, "PIDFD_NONBLOCK" },
};
const struct xlat xlat_pidfd_open_flags = XLAT_TABLE(pidfd_open_flags_data, XLAT_NORMAL);

/* MEMBARRIER_CMD_* */
static const struct xlat_entry membarrier_cmds_data[] = {
	{ 0x0, "MEMBARRIER_CMD_QUERY" },
	{ 0x1, "MEMBARRIER_CMD_GLOBAL" },
	{ 0x2, "MEMBARRIER_CMD_GLOBAL_EXPEDITED" },
	{ 0x4, "MEMBARRIER_CMD_REGISTER_GLOBAL_EXPEDITED" },
	{ 0x8, "MEMBARRIER_CMD_PRIVATE_EXPEDITED" },
	{ 0x10, "MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED" },
	{ 0x20, "MEMBARRIER_CMD_PRIVATE_EXPEDITED_SYNC_CORE" },
	{ 0x40, "MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_SYNC_CORE" },
	{ 0x80, "MEMBARRIER_CMD_PRIVATE_EXPEDITED_RSEQ" },
	{ 0x100, "MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_RSEQ" },
};
const struct xlat xlat_membarrier_cmds = XLAT_TABLE(membarrier_cmds_data, XLAT_NORMAL);

/* NETLINK_* socket options (SOL_NETLINK), linux/netlink.h */
static const struct xlat_entry sock_netlink_options_data[] = {
	{ 0, NULL },
	{ 1, "NETLINK_ADD_MEMBERSHIP" },
	{ 2, "NETLINK_DROP_MEMBERSHIP" },
	{ 3, "NETLINK_PKTINFO" },
	{ 4, "NETLINK_BROADCAST_ERROR" },
	{ 5, "NETLINK_NO_ENOBUFS" },
	{ 6, "NETLINK_RX_RING" },
	{ 7, "NETLINK_TX_RING" },
	{ 8, "NETLINK_LISTEN_ALL_NSID" },
	{ 9, "NETLINK_LIST_MEMBERSHIPS" },
	{ 10, "NETLINK_CAP_ACK" },
	{ 11, "NETLINK_EXT_ACK" },
	{ 12, "NETLINK_GET_STRICT_CHK" },
};
const struct xlat xlat_sock_netlink_options = XLAT_TABLE(sock_netlink_options_data, XLAT_INDEXED);

/* delete_module flags (strace's delete_module_flags: open flags) */
static const struct xlat_entry delete_module_flags_data[] = {
	{ 0x800, "O_NONBLOCK" },
	{ 0x200, "O_TRUNC" },
};
const struct xlat xlat_delete_module_flags = XLAT_TABLE(delete_module_flags_data, XLAT_NORMAL);

/* KCMP_* */
static const struct xlat_entry kcmp_types_data[] = {
	{ 0x0, "KCMP_FILE" },
	{ 0x1, "KCMP_VM" },
	{ 0x2, "KCMP_FILES" },
	{ 0x3, "KCMP_FS" },
	{ 0x4, "KCMP_SIGHAND" },
	{ 0x5, "KCMP_IO" },
	{ 0x6, "KCMP_SYSVSEM" },
	{ 0x7, "KCMP_EPOLL_TFD" },
};
const struct xlat xlat_kcmp_types = XLAT_TABLE(kcmp_types_data, XLAT_INDEXED);

/* IOPRIO_CLASS_* */
static const struct xlat_entry ioprio_class_data[] = {
	{ 0x0, "IOPRIO_CLASS_NONE" },
	{ 0x1, "IOPRIO_CLASS_RT" },
	{ 0x2, "IOPRIO_CLASS_BE" },
	{ 0x3, "IOPRIO_CLASS_IDLE" },
};
const struct xlat xlat_ioprio_class = XLAT_TABLE(ioprio_class_data, XLAT_INDEXED);

/* PKEY_DISABLE_* */
static const struct xlat_entry pkey_access_data[] = {
	{ 0x1, "PKEY_DISABLE_ACCESS" },
	{ 0x2, "PKEY_DISABLE_WRITE" },
	{ 0x4, "PKEY_DISABLE_EXECUTE" },
};
const struct xlat xlat_pkey_access = XLAT_TABLE(pkey_access_data, XLAT_NORMAL);

/* MPOL_* */
static const struct xlat_entry mpol_modes_data[] = {
	{ 0x0, "MPOL_DEFAULT" },
	{ 0x1, "MPOL_PREFERRED" },
	{ 0x2, "MPOL_BIND" },
	{ 0x3, "MPOL_INTERLEAVE" },
	{ 0x4, "MPOL_LOCAL" },
	{ 0x5, "MPOL_PREFERRED_MANY" },
};
const struct xlat xlat_mpol_modes = XLAT_TABLE(mpol_modes_data, XLAT_INDEXED);

/* MPOL_F_* mode flags, in strace's order */
static const struct xlat_entry mpol_mode_flags_data[] = {
	{ 0x8000, "MPOL_F_STATIC_NODES" },
	{ 0x4000, "MPOL_F_RELATIVE_NODES" },
	{ 0x2000, "MPOL_F_NUMA_BALANCING" },
};
const struct xlat xlat_mpol_mode_flags = XLAT_TABLE(mpol_mode_flags_data, XLAT_NORMAL);

/* AUDIT_ARCH_* */
static const struct xlat_entry audit_arch_data[] = {
	{ 0xc00000b7, "AUDIT_ARCH_AARCH64" },
	{ 0xc0009026, "AUDIT_ARCH_ALPHA" },
	{ 0x4000005d, "AUDIT_ARCH_ARCOMPACT" },
	{ 0x5d, "AUDIT_ARCH_ARCOMPACTBE" },
	{ 0x400000c3, "AUDIT_ARCH_ARCV2" },
	{ 0xc3, "AUDIT_ARCH_ARCV2BE" },
	{ 0x40000028, "AUDIT_ARCH_ARM" },
	{ 0x28, "AUDIT_ARCH_ARMEB" },
	{ 0x4000008c, "AUDIT_ARCH_C6X" },
	{ 0x8c, "AUDIT_ARCH_C6XBE" },
	{ 0x4000004c, "AUDIT_ARCH_CRIS" },
	{ 0x400000fc, "AUDIT_ARCH_CSKY" },
	{ 0x5441, "AUDIT_ARCH_FRV" },
	{ 0x2e, "AUDIT_ARCH_H8300" },
	{ 0xa4, "AUDIT_ARCH_HEXAGON" },
	{ 0x40000003, "AUDIT_ARCH_I386" },
	{ 0xc0000032, "AUDIT_ARCH_IA64" },
	{ 0x40000102, "AUDIT_ARCH_LOONGARCH32" },
	{ 0xc0000102, "AUDIT_ARCH_LOONGARCH64" },
	{ 0x58, "AUDIT_ARCH_M32R" },
	{ 0x4, "AUDIT_ARCH_M68K" },
	{ 0xbd, "AUDIT_ARCH_MICROBLAZE" },
	{ 0x8, "AUDIT_ARCH_MIPS" },
	{ 0x80000008, "AUDIT_ARCH_MIPS64" },
	{ 0xa0000008, "AUDIT_ARCH_MIPS64N32" },
	{ 0x40000008, "AUDIT_ARCH_MIPSEL" },
	{ 0xc0000008, "AUDIT_ARCH_MIPSEL64" },
	{ 0xe0000008, "AUDIT_ARCH_MIPSEL64N32" },
	{ 0x400000a7, "AUDIT_ARCH_NDS32" },
	{ 0xa7, "AUDIT_ARCH_NDS32BE" },
	{ 0x40000071, "AUDIT_ARCH_NIOS2" },
	{ 0x5c, "AUDIT_ARCH_OPENRISC" },
	{ 0xf, "AUDIT_ARCH_PARISC" },
	{ 0x8000000f, "AUDIT_ARCH_PARISC64" },
	{ 0x14, "AUDIT_ARCH_PPC" },
	{ 0x80000015, "AUDIT_ARCH_PPC64" },
	{ 0xc0000015, "AUDIT_ARCH_PPC64LE" },
	{ 0x400000f3, "AUDIT_ARCH_RISCV32" },
	{ 0xc00000f3, "AUDIT_ARCH_RISCV64" },
	{ 0x16, "AUDIT_ARCH_S390" },
	{ 0x80000016, "AUDIT_ARCH_S390X" },
	{ 0x2a, "AUDIT_ARCH_SH" },
	{ 0x8000002a, "AUDIT_ARCH_SH64" },
	{ 0x4000002a, "AUDIT_ARCH_SHEL" },
	{ 0xc000002a, "AUDIT_ARCH_SHEL64" },
	{ 0x2, "AUDIT_ARCH_SPARC" },
	{ 0x8000002b, "AUDIT_ARCH_SPARC64" },
	{ 0xc00000bf, "AUDIT_ARCH_TILEGX" },
	{ 0x400000bf, "AUDIT_ARCH_TILEGX32" },
	{ 0x400000bc, "AUDIT_ARCH_TILEPRO" },
	{ 0x4000006e, "AUDIT_ARCH_UNICORE" },
	{ 0x40000057, "AUDIT_ARCH_V850" },
	{ 0xc000003e, "AUDIT_ARCH_X86_64" },
	{ 0x5e, "AUDIT_ARCH_XTENSA" },
};
const struct xlat xlat_audit_arch = XLAT_TABLE(audit_arch_data, XLAT_NORMAL);

/* CAP_* */
static const struct xlat_entry cap_data[] = {
	{ 0x0, "CAP_CHOWN" },
	{ 0x1, "CAP_DAC_OVERRIDE" },
	{ 0x2, "CAP_DAC_READ_SEARCH" },
	{ 0x3, "CAP_FOWNER" },
	{ 0x4, "CAP_FSETID" },
	{ 0x5, "CAP_KILL" },
	{ 0x6, "CAP_SETGID" },
	{ 0x7, "CAP_SETUID" },
	{ 0x8, "CAP_SETPCAP" },
	{ 0x9, "CAP_LINUX_IMMUTABLE" },
	{ 0xa, "CAP_NET_BIND_SERVICE" },
	{ 0xb, "CAP_NET_BROADCAST" },
	{ 0xc, "CAP_NET_ADMIN" },
	{ 0xd, "CAP_NET_RAW" },
	{ 0xe, "CAP_IPC_LOCK" },
	{ 0xf, "CAP_IPC_OWNER" },
	{ 0x10, "CAP_SYS_MODULE" },
	{ 0x11, "CAP_SYS_RAWIO" },
	{ 0x12, "CAP_SYS_CHROOT" },
	{ 0x13, "CAP_SYS_PTRACE" },
	{ 0x14, "CAP_SYS_PACCT" },
	{ 0x15, "CAP_SYS_ADMIN" },
	{ 0x16, "CAP_SYS_BOOT" },
	{ 0x17, "CAP_SYS_NICE" },
	{ 0x18, "CAP_SYS_RESOURCE" },
	{ 0x19, "CAP_SYS_TIME" },
	{ 0x1a, "CAP_SYS_TTY_CONFIG" },
	{ 0x1b, "CAP_MKNOD" },
	{ 0x1c, "CAP_LEASE" },
	{ 0x1d, "CAP_AUDIT_WRITE" },
	{ 0x1e, "CAP_AUDIT_CONTROL" },
	{ 0x1f, "CAP_SETFCAP" },
	{ 0x20, "CAP_MAC_OVERRIDE" },
	{ 0x21, "CAP_MAC_ADMIN" },
	{ 0x22, "CAP_SYSLOG" },
	{ 0x23, "CAP_WAKE_ALARM" },
	{ 0x24, "CAP_BLOCK_SUSPEND" },
	{ 0x25, "CAP_AUDIT_READ" },
	{ 0x26, "CAP_PERFMON" },
	{ 0x27, "CAP_BPF" },
	{ 0x28, "CAP_CHECKPOINT_RESTORE" },
};
const struct xlat xlat_cap = XLAT_TABLE(cap_data, XLAT_INDEXED);

/* KEYCTL_* */
static const struct xlat_entry keyctl_commands_data[] = {
	{ 0x0, "KEYCTL_GET_KEYRING_ID" },
	{ 0x1, "KEYCTL_JOIN_SESSION_KEYRING" },
	{ 0x2, "KEYCTL_UPDATE" },
	{ 0x3, "KEYCTL_REVOKE" },
	{ 0x4, "KEYCTL_CHOWN" },
	{ 0x5, "KEYCTL_SETPERM" },
	{ 0x6, "KEYCTL_DESCRIBE" },
	{ 0x7, "KEYCTL_CLEAR" },
	{ 0x8, "KEYCTL_LINK" },
	{ 0x9, "KEYCTL_UNLINK" },
	{ 0xa, "KEYCTL_SEARCH" },
	{ 0xb, "KEYCTL_READ" },
	{ 0xc, "KEYCTL_INSTANTIATE" },
	{ 0xd, "KEYCTL_NEGATE" },
	{ 0xe, "KEYCTL_SET_REQKEY_KEYRING" },
	{ 0xf, "KEYCTL_SET_TIMEOUT" },
	{ 0x10, "KEYCTL_ASSUME_AUTHORITY" },
	{ 0x11, "KEYCTL_GET_SECURITY" },
	{ 0x12, "KEYCTL_SESSION_TO_PARENT" },
	{ 0x13, "KEYCTL_REJECT" },
	{ 0x14, "KEYCTL_INSTANTIATE_IOV" },
	{ 0x15, "KEYCTL_INVALIDATE" },
	{ 0x16, "KEYCTL_GET_PERSISTENT" },
	{ 0x17, "KEYCTL_DH_COMPUTE" },
	{ 0x18, "KEYCTL_PKEY_QUERY" },
	{ 0x19, "KEYCTL_PKEY_ENCRYPT" },
	{ 0x1a, "KEYCTL_PKEY_DECRYPT" },
	{ 0x1b, "KEYCTL_PKEY_SIGN" },
	{ 0x1c, "KEYCTL_PKEY_VERIFY" },
	{ 0x1d, "KEYCTL_RESTRICT_KEYRING" },
	{ 0x1e, "KEYCTL_MOVE" },
	{ 0x1f, "KEYCTL_CAPABILITIES" },
	{ 0x20, "KEYCTL_WATCH_KEY" },
};
const struct xlat xlat_keyctl_commands = XLAT_TABLE(keyctl_commands_data, XLAT_INDEXED);

/* KEY_SPEC_* */
static const struct xlat_entry key_spec_data[] = {
	{ 0xffffffffffffffff, "KEY_SPEC_THREAD_KEYRING" },
	{ 0xfffffffffffffffe, "KEY_SPEC_PROCESS_KEYRING" },
	{ 0xfffffffffffffffd, "KEY_SPEC_SESSION_KEYRING" },
	{ 0xfffffffffffffffc, "KEY_SPEC_USER_KEYRING" },
	{ 0xfffffffffffffffb, "KEY_SPEC_USER_SESSION_KEYRING" },
	{ 0xfffffffffffffffa, "KEY_SPEC_GROUP_KEYRING" },
	{ 0xfffffffffffffff9, "KEY_SPEC_REQKEY_AUTH_KEY" },
	{ 0xfffffffffffffff8, "KEY_SPEC_REQUESTOR_KEYRING" },
};
const struct xlat xlat_key_spec = XLAT_TABLE(key_spec_data, XLAT_NORMAL);

/* IPC_CREAT ... */
static const struct xlat_entry ipc_flags_data[] = {
	{ 0x200, "IPC_CREAT" },
	{ 0x400, "IPC_EXCL" },
	{ 0x800, "IPC_NOWAIT" },
};
const struct xlat xlat_ipc_flags = XLAT_TABLE(ipc_flags_data, XLAT_NORMAL);

/* shmget flags */
static const struct xlat_entry shm_flags_data[] = {
	{ 0x200, "IPC_CREAT" },
	{ 0x400, "IPC_EXCL" },
	{ 0x800, "SHM_HUGETLB" },
	{ 0x1000, "SHM_NORESERVE" },
};
const struct xlat xlat_shm_flags = XLAT_TABLE(shm_flags_data, XLAT_NORMAL);

/* SHM_RDONLY ... */
static const struct xlat_entry shm_resource_flags_data[] = {
	{ 0x1000, "SHM_RDONLY" },
	{ 0x2000, "SHM_RND" },
	{ 0x4000, "SHM_REMAP" },
	{ 0x8000, "SHM_EXEC" },
};
const struct xlat xlat_shm_resource_flags = XLAT_TABLE(shm_resource_flags_data, XLAT_NORMAL);

/* LINUX_REBOOT_CMD_* */
static const struct xlat_entry reboot_cmds_data[] = {
	{ 0x1234567, "LINUX_REBOOT_CMD_RESTART" },
	{ 0xcdef0123, "LINUX_REBOOT_CMD_HALT" },
	{ 0x89abcdef, "LINUX_REBOOT_CMD_CAD_ON" },
	{ 0x0, "LINUX_REBOOT_CMD_CAD_OFF" },
	{ 0x4321fedc, "LINUX_REBOOT_CMD_POWER_OFF" },
	{ 0xa1b2c3d4, "LINUX_REBOOT_CMD_RESTART2" },
	{ 0xd000fce2, "LINUX_REBOOT_CMD_SW_SUSPEND" },
	{ 0x45584543, "LINUX_REBOOT_CMD_KEXEC" },
};
const struct xlat xlat_reboot_cmds = XLAT_TABLE(reboot_cmds_data, XLAT_NORMAL);

/* LINUX_REBOOT_MAGIC2* */
static const struct xlat_entry reboot_magic_data[] = {
	{ 0x28121969, "LINUX_REBOOT_MAGIC2" },
	{ 0x5121996, "LINUX_REBOOT_MAGIC2A" },
	{ 0x16041998, "LINUX_REBOOT_MAGIC2B" },
	{ 0x20112000, "LINUX_REBOOT_MAGIC2C" },
};
const struct xlat xlat_reboot_magic = XLAT_TABLE(reboot_magic_data, XLAT_NORMAL);

/* CS5..CS8 */
static const struct xlat_entry term_cflags_csize_data[] = {
	{ 0x0, "CS5" },
	{ 0x10, "CS6" },
	{ 0x20, "CS7" },
	{ 0x30, "CS8" },
};
const struct xlat xlat_term_cflags_csize = XLAT_TABLE(term_cflags_csize_data, XLAT_NORMAL);

/* CSTOPB ... */
static const struct xlat_entry term_cflags_data[] = {
	{ 0x40, "CSTOPB" },
	{ 0x80, "CREAD" },
	{ 0x100, "PARENB" },
	{ 0x200, "PARODD" },
	{ 0x400, "HUPCL" },
	{ 0x800, "CLOCAL" },
	{ 0x40000000, "CMSPAR" },
	{ 0x80000000, "CRTSCTS" },
};
const struct xlat xlat_term_cflags = XLAT_TABLE(term_cflags_data, XLAT_NORMAL);

/* IGNBRK ... */
static const struct xlat_entry term_iflags_data[] = {
	{ 0x1, "IGNBRK" },
	{ 0x2, "BRKINT" },
	{ 0x4, "IGNPAR" },
	{ 0x8, "PARMRK" },
	{ 0x10, "INPCK" },
	{ 0x20, "ISTRIP" },
	{ 0x40, "INLCR" },
	{ 0x80, "IGNCR" },
	{ 0x100, "ICRNL" },
	{ 0x200, "IUCLC" },
	{ 0x400, "IXON" },
	{ 0x800, "IXANY" },
	{ 0x1000, "IXOFF" },
	{ 0x2000, "IMAXBEL" },
	{ 0x4000, "IUTF8" },
};
const struct xlat xlat_term_iflags = XLAT_TABLE(term_iflags_data, XLAT_NORMAL);

/* OPOST ... */
static const struct xlat_entry term_oflags_data[] = {
	{ 0x1, "OPOST" },
	{ 0x2, "OLCUC" },
	{ 0x4, "ONLCR" },
	{ 0x8, "OCRNL" },
	{ 0x10, "ONOCR" },
	{ 0x20, "ONLRET" },
	{ 0x40, "OFILL" },
	{ 0x80, "OFDEL" },
};
const struct xlat xlat_term_oflags = XLAT_TABLE(term_oflags_data, XLAT_NORMAL);

/* ISIG ... */
static const struct xlat_entry term_lflags_data[] = {
	{ 0x1, "ISIG" },
	{ 0x2, "ICANON" },
	{ 0x4, "XCASE" },
	{ 0x8, "ECHO" },
	{ 0x10, "ECHOE" },
	{ 0x20, "ECHOK" },
	{ 0x40, "ECHONL" },
	{ 0x80, "NOFLSH" },
	{ 0x8000, "IEXTEN" },
	{ 0x200, "ECHOCTL" },
	{ 0x400, "ECHOPRT" },
	{ 0x800, "ECHOKE" },
	{ 0x1000, "FLUSHO" },
	{ 0x4000, "PENDIN" },
	{ 0x100, "TOSTOP" },
	{ 0x10000, "EXTPROC" },
};
const struct xlat xlat_term_lflags = XLAT_TABLE(term_lflags_data, XLAT_NORMAL);

/* B0 ... */
static const struct xlat_entry baud_options_data[] = {
	{ 0x0, "B0" },
	{ 0x1, "B50" },
	{ 0x2, "B75" },
	{ 0x3, "B110" },
	{ 0x4, "B134" },
	{ 0x5, "B150" },
	{ 0x6, "B200" },
	{ 0x7, "B300" },
	{ 0x8, "B600" },
	{ 0x9, "B1200" },
	{ 0xa, "B1800" },
	{ 0xb, "B2400" },
	{ 0xc, "B4800" },
	{ 0xd, "B9600" },
	{ 0xe, "B19200" },
	{ 0xf, "B38400" },
	{ 0x1001, "B57600" },
	{ 0x1002, "B115200" },
	{ 0x1003, "B230400" },
	{ 0x1004, "B460800" },
	{ 0x1005, "B500000" },
	{ 0x1006, "B576000" },
	{ 0x1007, "B921600" },
	{ 0x1008, "B1000000" },
	{ 0x1009, "B1152000" },
	{ 0x100a, "B1500000" },
	{ 0x100b, "B2000000" },
	{ 0x100c, "B2500000" },
	{ 0x100d, "B3000000" },
	{ 0x100e, "B3500000" },
	{ 0x100f, "B4000000" },
	{ 0xe, "EXTA" },
	{ 0xf, "EXTB" },
	{ 0x1000, "BOTHER" },
};
const struct xlat xlat_baud_options = XLAT_TABLE(baud_options_data, XLAT_NORMAL);

/* N_TTY ... */
static const struct xlat_entry term_line_discs_data[] = {
	{ 0x0, "N_TTY" },
	{ 0x1, "N_SLIP" },
	{ 0x2, "N_MOUSE" },
	{ 0x3, "N_PPP" },
	{ 0x4, "N_STRIP" },
	{ 0x5, "N_AX25" },
	{ 0x6, "N_X25" },
	{ 0x7, "N_6PACK" },
	{ 0x8, "N_MASC" },
	{ 0x9, "N_R3964" },
	{ 0xa, "N_PROFIBUS_FDL" },
	{ 0xb, "N_IRDA" },
	{ 0xc, "N_SMSBLOCK" },
	{ 0xd, "N_HDLC" },
	{ 0xe, "N_SYNC_PPP" },
	{ 0xf, "N_HCI" },
	{ 0x10, "N_GIGASET_M101" },
	{ 0x11, "N_SLCAN" },
	{ 0x12, "N_PPS" },
	{ 0x13, "N_V253" },
	{ 0x14, "N_CAIF" },
	{ 0x15, "N_GSM0710" },
	{ 0x16, "N_TI_WL" },
	{ 0x17, "N_TRACESINK" },
	{ 0x18, "N_TRACEROUTER" },
	{ 0x19, "N_NCI" },
	{ 0x1a, "N_SPEAKUP" },
	{ 0x1b, "N_NULL" },
};
const struct xlat xlat_term_line_discs = XLAT_TABLE(term_line_discs_data, XLAT_NORMAL);

/* VINTR ... */
static const struct xlat_entry termios_cc_data[] = {
	{ 0x0, "VINTR" },
	{ 0x1, "VQUIT" },
	{ 0x2, "VERASE" },
	{ 0x3, "VKILL" },
	{ 0x10, "VEOL2" },
	{ 0x7, "VSWTC" },
	{ 0x8, "VSTART" },
	{ 0x9, "VSTOP" },
	{ 0xa, "VSUSP" },
	{ 0xc, "VREPRINT" },
	{ 0xd, "VDISCARD" },
	{ 0xe, "VWERASE" },
	{ 0xf, "VLNEXT" },
	{ 0x6, "VMIN" },
	{ 0x5, "VTIME" },
	{ 0x4, "VEOF" },
	{ 0xb, "VEOL" },
};
const struct xlat xlat_termios_cc = XLAT_TABLE(termios_cc_data, XLAT_NORMAL);

/* TIOCM_* */
static const struct xlat_entry modem_flags_data[] = {
	{ 0x1, "TIOCM_LE" },
	{ 0x2, "TIOCM_DTR" },
	{ 0x4, "TIOCM_RTS" },
	{ 0x8, "TIOCM_ST" },
	{ 0x10, "TIOCM_SR" },
	{ 0x20, "TIOCM_CTS" },
	{ 0x40, "TIOCM_CAR" },
	{ 0x80, "TIOCM_RNG" },
	{ 0x100, "TIOCM_DSR" },
	{ 0x2000, "TIOCM_OUT1" },
	{ 0x4000, "TIOCM_OUT2" },
	{ 0x8000, "TIOCM_LOOP" },
};
const struct xlat xlat_modem_flags = XLAT_TABLE(modem_flags_data, XLAT_NORMAL);

/* TCIFLUSH ... */
static const struct xlat_entry tcflsh_options_data[] = {
	{ 0x0, "TCIFLUSH" },
	{ 0x1, "TCOFLUSH" },
	{ 0x2, "TCIOFLUSH" },
};
const struct xlat xlat_tcflsh_options = XLAT_TABLE(tcflsh_options_data, XLAT_NORMAL);

/* TCOOFF ... */
static const struct xlat_entry tcxonc_options_data[] = {
	{ 0x0, "TCOOFF" },
	{ 0x1, "TCOON" },
	{ 0x2, "TCIOFF" },
	{ 0x3, "TCION" },
};
const struct xlat xlat_tcxonc_options = XLAT_TABLE(tcxonc_options_data, XLAT_NORMAL);

/* ETH_P_* */
static const struct xlat_entry ethernet_protocols_data[] = {
	{ 0x1, "ETH_P_802_3" },
	{ 0x2, "ETH_P_AX25" },
	{ 0x3, "ETH_P_ALL" },
	{ 0x4, "ETH_P_802_2" },
	{ 0x5, "ETH_P_SNAP" },
	{ 0x6, "ETH_P_DDCMP" },
	{ 0x7, "ETH_P_WAN_PPP" },
	{ 0x8, "ETH_P_PPP_MP" },
	{ 0x9, "ETH_P_LOCALTALK" },
	{ 0xc, "ETH_P_CAN" },
	{ 0xd, "ETH_P_CANFD" },
	{ 0xe, "ETH_P_CANXL" },
	{ 0x10, "ETH_P_PPPTALK" },
	{ 0x11, "ETH_P_TR_802_2" },
	{ 0x15, "ETH_P_MOBITEX" },
	{ 0x16, "ETH_P_CONTROL" },
	{ 0x17, "ETH_P_IRDA" },
	{ 0x18, "ETH_P_ECONET" },
	{ 0x19, "ETH_P_HDLC" },
	{ 0x1a, "ETH_P_ARCNET" },
	{ 0x1b, "ETH_P_DSA" },
	{ 0x1c, "ETH_P_TRAILER" },
	{ 0x60, "ETH_P_LOOP" },
	{ 0xf5, "ETH_P_PHONET" },
	{ 0xf6, "ETH_P_IEEE802154" },
	{ 0xf7, "ETH_P_CAIF" },
	{ 0xf8, "ETH_P_XDSA" },
	{ 0xf9, "ETH_P_MAP" },
	{ 0xfa, "ETH_P_MCTP" },
	{ 0x200, "ETH_P_PUP" },
	{ 0x201, "ETH_P_PUPAT" },
	{ 0x600, "ETH_P_802_3_MIN" },
	{ 0x800, "ETH_P_IP" },
	{ 0x805, "ETH_P_X25" },
	{ 0x806, "ETH_P_ARP" },
	{ 0x8ff, "ETH_P_BPQ" },
	{ 0xa00, "ETH_P_IEEEPUP" },
	{ 0xa01, "ETH_P_IEEEPUPAT" },
	{ 0x22eb, "ETH_P_ERSPAN2" },
	{ 0x22f0, "ETH_P_TSN" },
	{ 0x4305, "ETH_P_BATMAN" },
	{ 0x6000, "ETH_P_DEC" },
	{ 0x6001, "ETH_P_DNA_DL" },
	{ 0x6002, "ETH_P_DNA_RC" },
	{ 0x6003, "ETH_P_DNA_RT" },
	{ 0x6004, "ETH_P_LAT" },
	{ 0x6005, "ETH_P_DIAG" },
	{ 0x6006, "ETH_P_CUST" },
	{ 0x6007, "ETH_P_SCA" },
	{ 0x6558, "ETH_P_TEB" },
	{ 0x8035, "ETH_P_RARP" },
	{ 0x809b, "ETH_P_ATALK" },
	{ 0x80f3, "ETH_P_AARP" },
	{ 0x8100, "ETH_P_8021Q" },
	{ 0x8137, "ETH_P_IPX" },
	{ 0x86dd, "ETH_P_IPV6" },
	{ 0x8808, "ETH_P_PAUSE" },
	{ 0x8809, "ETH_P_SLOW" },
	{ 0x883e, "ETH_P_WCCP" },
	{ 0x8847, "ETH_P_MPLS_UC" },
	{ 0x8848, "ETH_P_MPLS_MC" },
	{ 0x884c, "ETH_P_ATMMPOA" },
	{ 0x8863, "ETH_P_PPP_DISC" },
	{ 0x8864, "ETH_P_PPP_SES" },
	{ 0x886c, "ETH_P_LINK_CTL" },
	{ 0x8884, "ETH_P_ATMFATE" },
	{ 0x888e, "ETH_P_PAE" },
	{ 0x8899, "ETH_P_REALTEK" },
	{ 0x88a2, "ETH_P_AOE" },
	{ 0x88a8, "ETH_P_8021AD" },
	{ 0x88b5, "ETH_P_802_EX1" },
	{ 0x88be, "ETH_P_ERSPAN" },
	{ 0x88c7, "ETH_P_PREAUTH" },
	{ 0x88ca, "ETH_P_TIPC" },
	{ 0x88cc, "ETH_P_LLDP" },
	{ 0x88e3, "ETH_P_MRP" },
	{ 0x88e5, "ETH_P_MACSEC" },
	{ 0x88e7, "ETH_P_8021AH" },
	{ 0x88f5, "ETH_P_MVRP" },
	{ 0x88f7, "ETH_P_1588" },
	{ 0x88f8, "ETH_P_NCSI" },
	{ 0x88fb, "ETH_P_PRP" },
	{ 0x8902, "ETH_P_CFM" },
	{ 0x8906, "ETH_P_FCOE" },
	{ 0x890d, "ETH_P_TDLS" },
	{ 0x8914, "ETH_P_FIP" },
	{ 0x8915, "ETH_P_IBOE" },
	{ 0x8917, "ETH_P_80221" },
	{ 0x892f, "ETH_P_HSR" },
	{ 0x894f, "ETH_P_NSH" },
	{ 0x9000, "ETH_P_LOOPBACK" },
	{ 0x9100, "ETH_P_QINQ1" },
	{ 0x9200, "ETH_P_QINQ2" },
	{ 0x9300, "ETH_P_QINQ3" },
	{ 0xdada, "ETH_P_EDSA" },
	{ 0xdadb, "ETH_P_DSA_8021Q" },
	{ 0xe001, "ETH_P_DSA_A5PSW" },
	{ 0xed3e, "ETH_P_IFE" },
	{ 0xfbfb, "ETH_P_AF_IUCV" },
};
const struct xlat xlat_ethernet_protocols = XLAT_TABLE(ethernet_protocols_data, XLAT_SORTED);

/* PACKET_HOST ... */
static const struct xlat_entry packet_types_data[] = {
	{ 0x0, "PACKET_HOST" },
	{ 0x1, "PACKET_BROADCAST" },
	{ 0x2, "PACKET_MULTICAST" },
	{ 0x3, "PACKET_OTHERHOST" },
	{ 0x4, "PACKET_OUTGOING" },
	{ 0x5, "PACKET_LOOPBACK" },
	{ 0x6, "PACKET_USER" },
	{ 0x7, "PACKET_KERNEL" },
};
const struct xlat xlat_packet_types = XLAT_TABLE(packet_types_data, XLAT_INDEXED);

/* IFF_* */
static const struct xlat_entry ifflags_data[] = {
	{ 0x1, "IFF_UP" },
	{ 0x2, "IFF_BROADCAST" },
	{ 0x4, "IFF_DEBUG" },
	{ 0x8, "IFF_LOOPBACK" },
	{ 0x10, "IFF_POINTOPOINT" },
	{ 0x20, "IFF_NOTRAILERS" },
	{ 0x40, "IFF_RUNNING" },
	{ 0x80, "IFF_NOARP" },
	{ 0x100, "IFF_PROMISC" },
	{ 0x200, "IFF_ALLMULTI" },
	{ 0x400, "IFF_MASTER" },
	{ 0x800, "IFF_SLAVE" },
	{ 0x1000, "IFF_MULTICAST" },
	{ 0x2000, "IFF_PORTSEL" },
	{ 0x4000, "IFF_AUTOMEDIA" },
	{ 0x8000, "IFF_DYNAMIC" },
	{ 0x10000, "IFF_LOWER_UP" },
	{ 0x20000, "IFF_DORMANT" },
	{ 0x40000, "IFF_ECHO" },
};
const struct xlat xlat_ifflags = XLAT_TABLE(ifflags_data, XLAT_SORTED);

/* setsockopt-only names at SOL_IP */
static const struct xlat_entry sock_ip_setsockopt_data[] = {
	{ 0x60, "ARPT_SO_SET_REPLACE" },
	{ 0x61, "ARPT_SO_SET_ADD_COUNTERS" },
	{ 0x80, "EBT_SO_SET_ENTRIES" },
	{ 0x81, "EBT_SO_SET_COUNTERS" },
	{ 0x480, "IP_VS_SO_SET_NONE" },
	{ 0x481, "IP_VS_SO_SET_INSERT" },
	{ 0x482, "IP_VS_SO_SET_ADD" },
	{ 0x483, "IP_VS_SO_SET_EDIT" },
	{ 0x484, "IP_VS_SO_SET_DEL" },
	{ 0x485, "IP_VS_SO_SET_FLUSH" },
	{ 0x486, "IP_VS_SO_SET_LIST" },
	{ 0x487, "IP_VS_SO_SET_ADDDEST" },
	{ 0x488, "IP_VS_SO_SET_DELDEST" },
	{ 0x489, "IP_VS_SO_SET_EDITDEST" },
	{ 0x48a, "IP_VS_SO_SET_TIMEOUT" },
	{ 0x48b, "IP_VS_SO_SET_STARTDAEMON" },
	{ 0x48c, "IP_VS_SO_SET_STOPDAEMON" },
	{ 0x48d, "IP_VS_SO_SET_RESTORE" },
	{ 0x48e, "IP_VS_SO_SET_SAVE" },
	{ 0x48f, "IP_VS_SO_SET_ZERO" },
	{ 0x40, "IPT_SO_SET_REPLACE" },
	{ 0x41, "IPT_SO_SET_ADD_COUNTERS" },
};
const struct xlat xlat_sock_ip_setsockopt = XLAT_TABLE(sock_ip_setsockopt_data, XLAT_NORMAL);

/* getsockopt-only names at SOL_IP */
static const struct xlat_entry sock_ip_getsockopt_data[] = {
	{ 0x60, "ARPT_SO_GET_INFO" },
	{ 0x61, "ARPT_SO_GET_ENTRIES" },
	{ 0x63, "ARPT_SO_GET_REVISION_TARGET" },
	{ 0x80, "EBT_SO_GET_INFO" },
	{ 0x81, "EBT_SO_GET_ENTRIES" },
	{ 0x82, "EBT_SO_GET_INIT_INFO" },
	{ 0x83, "EBT_SO_GET_INIT_ENTRIES" },
	{ 0x480, "IP_VS_SO_GET_VERSION" },
	{ 0x481, "IP_VS_SO_GET_INFO" },
	{ 0x482, "IP_VS_SO_GET_SERVICES" },
	{ 0x483, "IP_VS_SO_GET_SERVICE" },
	{ 0x484, "IP_VS_SO_GET_DESTS" },
	{ 0x485, "IP_VS_SO_GET_DEST" },
	{ 0x486, "IP_VS_SO_GET_TIMEOUT" },
	{ 0x487, "IP_VS_SO_GET_DAEMON" },
	{ 0x40, "IPT_SO_GET_INFO" },
	{ 0x41, "IPT_SO_GET_ENTRIES" },
	{ 0x42, "IPT_SO_GET_REVISION_MATCH" },
	{ 0x43, "IPT_SO_GET_REVISION_TARGET" },
};
const struct xlat xlat_sock_ip_getsockopt = XLAT_TABLE(sock_ip_getsockopt_data, XLAT_NORMAL);

/* setsockopt-only names at SOL_IPV6 */
static const struct xlat_entry sock_ipv6_setsockopt_data[] = {
	{ 0x40, "IP6T_SO_SET_REPLACE" },
	{ 0x41, "IP6T_SO_SET_ADD_COUNTERS" },
};
const struct xlat xlat_sock_ipv6_setsockopt = XLAT_TABLE(sock_ipv6_setsockopt_data, XLAT_NORMAL);

/* getsockopt-only names at SOL_IPV6 */
static const struct xlat_entry sock_ipv6_getsockopt_data[] = {
	{ 0x40, "IP6T_SO_GET_INFO" },
	{ 0x41, "IP6T_SO_GET_ENTRIES" },
	{ 0x44, "IP6T_SO_GET_REVISION_MATCH" },
	{ 0x45, "IP6T_SO_GET_REVISION_TARGET" },
};
const struct xlat xlat_sock_ipv6_getsockopt = XLAT_TABLE(sock_ipv6_getsockopt_data, XLAT_NORMAL);

/* setsockopt-only names at SOL_SOCKET */
static const struct xlat_entry sock_setsockopt_data[] = {
	{ 0x1a, "SO_ATTACH_FILTER" },
};
const struct xlat xlat_sock_setsockopt = XLAT_TABLE(sock_setsockopt_data, XLAT_NORMAL);

/* getsockopt-only names at SOL_SOCKET */
static const struct xlat_entry sock_getsockopt_data[] = {
	{ 0x1a, "SO_GET_FILTER" },
};
const struct xlat xlat_sock_getsockopt = XLAT_TABLE(sock_getsockopt_data, XLAT_NORMAL);

/* AX25_P_* */
static const struct xlat_entry ax25_protocols_data[] = {
	{ 0x1, "AX25_P_ROSE" },
	{ 0x6, "AX25_P_VJCOMP" },
	{ 0x7, "AX25_P_VJUNCOMP" },
	{ 0x8, "AX25_P_SEGMENT" },
	{ 0xc3, "AX25_P_TEXNET" },
	{ 0xc4, "AX25_P_LQ" },
	{ 0xca, "AX25_P_ATALK" },
	{ 0xcb, "AX25_P_ATALK_ARP" },
	{ 0xcc, "AX25_P_IP" },
	{ 0xcd, "AX25_P_ARP" },
	{ 0xce, "AX25_P_FLEXNET" },
	{ 0xcf, "AX25_P_NETROM" },
	{ 0xf0, "AX25_P_TEXT" },
};
const struct xlat xlat_ax25_protocols = XLAT_TABLE(ax25_protocols_data, XLAT_SORTED);

/* ISDN_P_* */
static const struct xlat_entry isdn_protocols_data[] = {
	{ 0x0, "ISDN_P_BASE" },
	{ 0x1, "ISDN_P_TE_S0" },
	{ 0x2, "ISDN_P_NT_S0" },
	{ 0x3, "ISDN_P_TE_E1" },
	{ 0x4, "ISDN_P_NT_E1" },
	{ 0x10, "ISDN_P_LAPD_TE" },
	{ 0x11, "ISDN_P_LAPD_NT" },
	{ 0x21, "ISDN_P_B_RAW" },
	{ 0x22, "ISDN_P_B_HDLC" },
	{ 0x23, "ISDN_P_B_X75SLP" },
	{ 0x24, "ISDN_P_B_L2DTMF" },
	{ 0x25, "ISDN_P_B_L2DSP" },
	{ 0x26, "ISDN_P_B_L2DSPHDLC" },
};
const struct xlat xlat_isdn_protocols = XLAT_TABLE(isdn_protocols_data, XLAT_NORMAL);

/* PN_PROTO_* */
static const struct xlat_entry phonet_protocols_data[] = {
	{ 0x0, "PN_PROTO_TRANSPORT" },
	{ 0x1, "PN_PROTO_PHONET" },
	{ 0x2, "PN_PROTO_PIPE" },
};
const struct xlat xlat_phonet_protocols = XLAT_TABLE(phonet_protocols_data, XLAT_INDEXED);

/* CAIFPROTO_* */
static const struct xlat_entry caif_protocols_data[] = {
	{ 0x0, "CAIFPROTO_AT" },
	{ 0x1, "CAIFPROTO_DATAGRAM" },
	{ 0x2, "CAIFPROTO_DATAGRAM_LOOP" },
	{ 0x3, "CAIFPROTO_UTIL" },
	{ 0x4, "CAIFPROTO_RFM" },
	{ 0x5, "CAIFPROTO_DEBUG" },
};
const struct xlat xlat_caif_protocols = XLAT_TABLE(caif_protocols_data, XLAT_INDEXED);

/* BTPROTO_* */
static const struct xlat_entry bt_protocols_data[] = {
	{ 0x0, "BTPROTO_L2CAP" },
	{ 0x1, "BTPROTO_HCI" },
	{ 0x2, "BTPROTO_SCO" },
	{ 0x3, "BTPROTO_RFCOMM" },
	{ 0x4, "BTPROTO_BNEP" },
	{ 0x5, "BTPROTO_CMTP" },
	{ 0x6, "BTPROTO_HIDP" },
	{ 0x7, "BTPROTO_AVDTP" },
};
const struct xlat xlat_bt_protocols = XLAT_TABLE(bt_protocols_data, XLAT_INDEXED);

/* NFC_SOCKPROTO_* */
static const struct xlat_entry nfc_protocols_data[] = {
	{ 0x0, "NFC_SOCKPROTO_RAW" },
	{ 0x1, "NFC_SOCKPROTO_LLCP" },
};
const struct xlat xlat_nfc_protocols = XLAT_TABLE(nfc_protocols_data, XLAT_INDEXED);

/* KCMPROTO_* */
static const struct xlat_entry kcm_protocols_data[] = {
	{ 0x0, "KCMPROTO_CONNECTED" },
};
const struct xlat xlat_kcm_protocols = XLAT_TABLE(kcm_protocols_data, XLAT_INDEXED);

/* SMCPROTO_* */
static const struct xlat_entry smc_protocols_data[] = {
	{ 0x0, "SMCPROTO_SMC" },
	{ 0x1, "SMCPROTO_SMC6" },
};
const struct xlat xlat_smc_protocols = XLAT_TABLE(smc_protocols_data, XLAT_INDEXED);

/* CAN_* */
static const struct xlat_entry can_protocols_data[] = {
	{ 0x0, NULL },
	{ 0x1, "CAN_RAW" },
	{ 0x2, "CAN_BCM" },
	{ 0x3, "CAN_TP16" },
	{ 0x4, "CAN_TP20" },
	{ 0x5, "CAN_MCNET" },
	{ 0x6, "CAN_ISOTP" },
	{ 0x7, "CAN_J1939" },
};
const struct xlat xlat_can_protocols = XLAT_TABLE(can_protocols_data, XLAT_INDEXED);

/* capability bits 0..31 (1<<CAP_*) */
static const struct xlat_entry cap_mask0_data[] = {
	{ 0x1, "1<<CAP_CHOWN" },
	{ 0x2, "1<<CAP_DAC_OVERRIDE" },
	{ 0x4, "1<<CAP_DAC_READ_SEARCH" },
	{ 0x8, "1<<CAP_FOWNER" },
	{ 0x10, "1<<CAP_FSETID" },
	{ 0x20, "1<<CAP_KILL" },
	{ 0x40, "1<<CAP_SETGID" },
	{ 0x80, "1<<CAP_SETUID" },
	{ 0x100, "1<<CAP_SETPCAP" },
	{ 0x200, "1<<CAP_LINUX_IMMUTABLE" },
	{ 0x400, "1<<CAP_NET_BIND_SERVICE" },
	{ 0x800, "1<<CAP_NET_BROADCAST" },
	{ 0x1000, "1<<CAP_NET_ADMIN" },
	{ 0x2000, "1<<CAP_NET_RAW" },
	{ 0x4000, "1<<CAP_IPC_LOCK" },
	{ 0x8000, "1<<CAP_IPC_OWNER" },
	{ 0x10000, "1<<CAP_SYS_MODULE" },
	{ 0x20000, "1<<CAP_SYS_RAWIO" },
	{ 0x40000, "1<<CAP_SYS_CHROOT" },
	{ 0x80000, "1<<CAP_SYS_PTRACE" },
	{ 0x100000, "1<<CAP_SYS_PACCT" },
	{ 0x200000, "1<<CAP_SYS_ADMIN" },
	{ 0x400000, "1<<CAP_SYS_BOOT" },
	{ 0x800000, "1<<CAP_SYS_NICE" },
	{ 0x1000000, "1<<CAP_SYS_RESOURCE" },
	{ 0x2000000, "1<<CAP_SYS_TIME" },
	{ 0x4000000, "1<<CAP_SYS_TTY_CONFIG" },
	{ 0x8000000, "1<<CAP_MKNOD" },
	{ 0x10000000, "1<<CAP_LEASE" },
	{ 0x20000000, "1<<CAP_AUDIT_WRITE" },
	{ 0x40000000, "1<<CAP_AUDIT_CONTROL" },
	{ 0x80000000, "1<<CAP_SETFCAP" },
};
const struct xlat xlat_cap_mask0 = XLAT_TABLE(cap_mask0_data, XLAT_NORMAL);

/* capability bits 32..63 (1<<CAP_*, shifted down) */
static const struct xlat_entry cap_mask1_data[] = {
	{ 0x1, "1<<CAP_MAC_OVERRIDE" },
	{ 0x2, "1<<CAP_MAC_ADMIN" },
	{ 0x4, "1<<CAP_SYSLOG" },
	{ 0x8, "1<<CAP_WAKE_ALARM" },
	{ 0x10, "1<<CAP_BLOCK_SUSPEND" },
	{ 0x20, "1<<CAP_AUDIT_READ" },
	{ 0x40, "1<<CAP_PERFMON" },
	{ 0x80, "1<<CAP_BPF" },
	{ 0x100, "1<<CAP_CHECKPOINT_RESTORE" },
};
const struct xlat xlat_cap_mask1 = XLAT_TABLE(cap_mask1_data, XLAT_NORMAL);

/* _LINUX_CAPABILITY_VERSION_* */
static const struct xlat_entry cap_version_data[] = {
	{ 0x19980330, "_LINUX_CAPABILITY_VERSION_1" },
	{ 0x20071026, "_LINUX_CAPABILITY_VERSION_2" },
	{ 0x20080522, "_LINUX_CAPABILITY_VERSION_3" },
};
const struct xlat xlat_cap_version = XLAT_TABLE(cap_version_data, XLAT_NORMAL);

/* msgctl commands */
static const struct xlat_entry msgctl_flags_data[] = {
	{ 0x0, "IPC_RMID" },
	{ 0x1, "IPC_SET" },
	{ 0x2, "IPC_STAT" },
	{ 0x3, "IPC_INFO" },
	{ 0xb, "MSG_STAT" },
	{ 0xc, "MSG_INFO" },
	{ 0xd, "MSG_STAT_ANY" },
};
const struct xlat xlat_msgctl_flags = XLAT_TABLE(msgctl_flags_data, XLAT_SORTED);

/* semctl commands */
static const struct xlat_entry semctl_flags_data[] = {
	{ 0x0, "IPC_RMID" },
	{ 0x1, "IPC_SET" },
	{ 0x2, "IPC_STAT" },
	{ 0x3, "IPC_INFO" },
	{ 0xb, "GETPID" },
	{ 0xc, "GETVAL" },
	{ 0xd, "GETALL" },
	{ 0xe, "GETNCNT" },
	{ 0xf, "GETZCNT" },
	{ 0x10, "SETVAL" },
	{ 0x11, "SETALL" },
	{ 0x12, "SEM_STAT" },
	{ 0x13, "SEM_INFO" },
	{ 0x14, "SEM_STAT_ANY" },
};
const struct xlat xlat_semctl_flags = XLAT_TABLE(semctl_flags_data, XLAT_SORTED);

/* shmctl commands */
static const struct xlat_entry shmctl_flags_data[] = {
	{ 0x0, "IPC_RMID" },
	{ 0x1, "IPC_SET" },
	{ 0x2, "IPC_STAT" },
	{ 0x3, "IPC_INFO" },
	{ 0xb, "SHM_LOCK" },
	{ 0xc, "SHM_UNLOCK" },
	{ 0xd, "SHM_STAT" },
	{ 0xe, "SHM_INFO" },
	{ 0xf, "SHM_STAT_ANY" },
};
const struct xlat xlat_shmctl_flags = XLAT_TABLE(shmctl_flags_data, XLAT_SORTED);

/* IOPRIO_WHO_* */
static const struct xlat_entry ioprio_who_data[] = {
	{ 0x0, NULL },
	{ 0x1, "IOPRIO_WHO_PROCESS" },
	{ 0x2, "IOPRIO_WHO_PGRP" },
	{ 0x3, "IOPRIO_WHO_USER" },
};
const struct xlat xlat_ioprio_who = XLAT_TABLE(ioprio_who_data, XLAT_INDEXED);

/* sem_flg bits */
static const struct xlat_entry semop_flags_data[] = {
	{ 0x1000, "SEM_UNDO" },
	{ 0x800, "IPC_NOWAIT" },
};
const struct xlat xlat_semop_flags = XLAT_TABLE(semop_flags_data, XLAT_NORMAL);

/* msgsnd/msgrcv flags */
static const struct xlat_entry msg_ipc_flags_data[] = {
	{ 0x1000, "MSG_NOERROR" },
	{ 0x2000, "MSG_EXCEPT" },
	{ 0x4000, "MSG_COPY" },
	{ 0x800, "IPC_NOWAIT" },
};
const struct xlat xlat_msg_ipc_flags = XLAT_TABLE(msg_ipc_flags_data, XLAT_NORMAL);

/* SECCOMP_RET_* actions */
static const struct xlat_entry seccomp_ret_action_data[] = {
	{ 0x80000000, "SECCOMP_RET_KILL_PROCESS" },
	{ 0x0, "SECCOMP_RET_KILL_THREAD" },
	{ 0x30000, "SECCOMP_RET_TRAP" },
	{ 0x50000, "SECCOMP_RET_ERRNO" },
	{ 0x7fc00000, "SECCOMP_RET_USER_NOTIF" },
	{ 0x7ff00000, "SECCOMP_RET_TRACE" },
	{ 0x7ffc0000, "SECCOMP_RET_LOG" },
	{ 0x7fff0000, "SECCOMP_RET_ALLOW" },
};
const struct xlat xlat_seccomp_ret_action = XLAT_TABLE(seccomp_ret_action_data, XLAT_NORMAL);

/* MEMBARRIER_CMD_FLAG_* */
static const struct xlat_entry membarrier_flags_data[] = {
	{ 0x1, "MEMBARRIER_CMD_FLAG_CPU" },
};
const struct xlat xlat_membarrier_flags = XLAT_TABLE(membarrier_flags_data, XLAT_NORMAL);

/* SYNC_FILE_RANGE_* */
static const struct xlat_entry sync_file_range_flags_data[] = {
	{ 0x1, "SYNC_FILE_RANGE_WAIT_BEFORE" },
	{ 0x2, "SYNC_FILE_RANGE_WRITE" },
	{ 0x4, "SYNC_FILE_RANGE_WAIT_AFTER" },
};
const struct xlat xlat_sync_file_range_flags = XLAT_TABLE(sync_file_range_flags_data, XLAT_NORMAL);

/* SYSLOG_ACTION_* */
static const struct xlat_entry syslog_action_type_data[] = {
	{ 0x0, "SYSLOG_ACTION_CLOSE" },
	{ 0x1, "SYSLOG_ACTION_OPEN" },
	{ 0x2, "SYSLOG_ACTION_READ" },
	{ 0x3, "SYSLOG_ACTION_READ_ALL" },
	{ 0x4, "SYSLOG_ACTION_READ_CLEAR" },
	{ 0x5, "SYSLOG_ACTION_CLEAR" },
	{ 0x6, "SYSLOG_ACTION_CONSOLE_OFF" },
	{ 0x7, "SYSLOG_ACTION_CONSOLE_ON" },
	{ 0x8, "SYSLOG_ACTION_CONSOLE_LEVEL" },
	{ 0x9, "SYSLOG_ACTION_SIZE_UNREAD" },
	{ 0xa, "SYSLOG_ACTION_SIZE_BUFFER" },
};
const struct xlat xlat_syslog_action_type = XLAT_TABLE(syslog_action_type_data, XLAT_INDEXED);

/* mq_attr.mq_flags */
static const struct xlat_entry mq_attr_flags_data[] = {
	{ 04000, "O_NONBLOCK" },
};
const struct xlat xlat_mq_attr_flags = XLAT_TABLE(mq_attr_flags_data, XLAT_NORMAL);

/* FSOPEN_* */
static const struct xlat_entry fsopen_flags_data[] = {
	{ 0x1, "FSOPEN_CLOEXEC" },
};
const struct xlat xlat_fsopen_flags = XLAT_TABLE(fsopen_flags_data, XLAT_NORMAL);

/* FSMOUNT_* */
static const struct xlat_entry fsmount_flags_data[] = {
	{ 0x1, "FSMOUNT_CLOEXEC" },
};
const struct xlat xlat_fsmount_flags = XLAT_TABLE(fsmount_flags_data, XLAT_NORMAL);

/* MOUNT_ATTR_* */
static const struct xlat_entry mount_attr_flags_data[] = {
	{ 0x1, "MOUNT_ATTR_RDONLY" },
	{ 0x2, "MOUNT_ATTR_NOSUID" },
	{ 0x4, "MOUNT_ATTR_NODEV" },
	{ 0x8, "MOUNT_ATTR_NOEXEC" },
	{ 0x10, "MOUNT_ATTR_NOATIME" },
	{ 0x20, "MOUNT_ATTR_STRICTATIME" },
	{ 0x80, "MOUNT_ATTR_NODIRATIME" },
	{ 0x100000, "MOUNT_ATTR_IDMAP" },
	{ 0x200000, "MOUNT_ATTR_NOSYMFOLLOW" },
};
const struct xlat xlat_mount_attr_flags = XLAT_TABLE(mount_attr_flags_data, XLAT_NORMAL);

/* FSCONFIG_* commands */
static const struct xlat_entry fsconfig_cmds_data[] = {
	{ 0x0, "FSCONFIG_SET_FLAG" },
	{ 0x1, "FSCONFIG_SET_STRING" },
	{ 0x2, "FSCONFIG_SET_BINARY" },
	{ 0x3, "FSCONFIG_SET_PATH" },
	{ 0x4, "FSCONFIG_SET_PATH_EMPTY" },
	{ 0x5, "FSCONFIG_SET_FD" },
	{ 0x6, "FSCONFIG_CMD_CREATE" },
	{ 0x7, "FSCONFIG_CMD_RECONFIGURE" },
};
const struct xlat xlat_fsconfig_cmds = XLAT_TABLE(fsconfig_cmds_data, XLAT_INDEXED);

/* MOVE_MOUNT_* */
static const struct xlat_entry move_mount_flags_data[] = {
	{ 0x1, "MOVE_MOUNT_F_SYMLINKS" },
	{ 0x2, "MOVE_MOUNT_F_AUTOMOUNTS" },
	{ 0x4, "MOVE_MOUNT_F_EMPTY_PATH" },
	{ 0x10, "MOVE_MOUNT_T_SYMLINKS" },
	{ 0x20, "MOVE_MOUNT_T_AUTOMOUNTS" },
	{ 0x40, "MOVE_MOUNT_T_EMPTY_PATH" },
	{ 0x100, "MOVE_MOUNT_SET_GROUP" },
};
const struct xlat xlat_move_mount_flags = XLAT_TABLE(move_mount_flags_data, XLAT_NORMAL);

/* IORING_ENTER_* */
static const struct xlat_entry io_uring_enter_flags_data[] = {
	{ 0x1, "IORING_ENTER_GETEVENTS" },
	{ 0x2, "IORING_ENTER_SQ_WAKEUP" },
	{ 0x4, "IORING_ENTER_SQ_WAIT" },
	{ 0x8, "IORING_ENTER_EXT_ARG" },
	{ 0x10, "IORING_ENTER_REGISTERED_RING" },
};
const struct xlat xlat_io_uring_enter_flags = XLAT_TABLE(io_uring_enter_flags_data, XLAT_NORMAL);

/* LANDLOCK_CREATE_RULESET_* */
static const struct xlat_entry landlock_create_ruleset_flags_data[] = {
	{ 0x1, "LANDLOCK_CREATE_RULESET_VERSION" },
};
const struct xlat xlat_landlock_create_ruleset_flags =
	XLAT_TABLE(landlock_create_ruleset_flags_data, XLAT_NORMAL);

/* FAN_CLASS_* (the class bits of fanotify_init's flags) */
static const struct xlat_entry fan_classes_data[] = {
	{ 0x0, "FAN_CLASS_NOTIF" },
	{ 0x4, "FAN_CLASS_CONTENT" },
	{ 0x8, "FAN_CLASS_PRE_CONTENT" },
};
const struct xlat xlat_fan_classes = XLAT_TABLE(fan_classes_data, XLAT_NORMAL);

/* fanotify_init's other flags */
static const struct xlat_entry fan_init_flags_data[] = {
	{ 0x1, "FAN_CLOEXEC" },
	{ 0x2, "FAN_NONBLOCK" },
	{ 0x10, "FAN_UNLIMITED_QUEUE" },
	{ 0x20, "FAN_UNLIMITED_MARKS" },
	{ 0x40, "FAN_ENABLE_AUDIT" },
	{ 0x80, "FAN_REPORT_PIDFD" },
	{ 0x100, "FAN_REPORT_TID" },
	{ 0x200, "FAN_REPORT_FID" },
	{ 0x400, "FAN_REPORT_DIR_FID" },
	{ 0x800, "FAN_REPORT_NAME" },
	{ 0x1000, "FAN_REPORT_TARGET_FID" },
};
const struct xlat xlat_fan_init_flags = XLAT_TABLE(fan_init_flags_data, XLAT_NORMAL);

/* FAN_MARK_* */
static const struct xlat_entry fan_mark_flags_data[] = {
	{ 0x1, "FAN_MARK_ADD" },
	{ 0x2, "FAN_MARK_REMOVE" },
	{ 0x4, "FAN_MARK_DONT_FOLLOW" },
	{ 0x8, "FAN_MARK_ONLYDIR" },
	{ 0x10, "FAN_MARK_MOUNT" },
	{ 0x20, "FAN_MARK_IGNORED_MASK" },
	{ 0x40, "FAN_MARK_IGNORED_SURV_MODIFY" },
	{ 0x80, "FAN_MARK_FLUSH" },
	{ 0x100, "FAN_MARK_FILESYSTEM" },
	{ 0x200, "FAN_MARK_EVICTABLE" },
	{ 0x400, "FAN_MARK_IGNORE" },
};
const struct xlat xlat_fan_mark_flags = XLAT_TABLE(fan_mark_flags_data, XLAT_NORMAL);

/* FAN_* event bits of a mark's mask */
static const struct xlat_entry fan_event_flags_data[] = {
	{ 0x1, "FAN_ACCESS" },
	{ 0x2, "FAN_MODIFY" },
	{ 0x4, "FAN_ATTRIB" },
	{ 0x8, "FAN_CLOSE_WRITE" },
	{ 0x10, "FAN_CLOSE_NOWRITE" },
	{ 0x20, "FAN_OPEN" },
	{ 0x40, "FAN_MOVED_FROM" },
	{ 0x80, "FAN_MOVED_TO" },
	{ 0x100, "FAN_CREATE" },
	{ 0x200, "FAN_DELETE" },
	{ 0x400, "FAN_DELETE_SELF" },
	{ 0x800, "FAN_MOVE_SELF" },
	{ 0x1000, "FAN_OPEN_EXEC" },
	{ 0x4000, "FAN_Q_OVERFLOW" },
	{ 0x8000, "FAN_FS_ERROR" },
	{ 0x10000, "FAN_OPEN_PERM" },
	{ 0x20000, "FAN_ACCESS_PERM" },
	{ 0x40000, "FAN_OPEN_EXEC_PERM" },
	{ 0x8000000, "FAN_EVENT_ON_CHILD" },
	{ 0x10000000, "FAN_RENAME" },
	{ 0x40000000, "FAN_ONDIR" },
};
const struct xlat xlat_fan_event_flags = XLAT_TABLE(fan_event_flags_data, XLAT_NORMAL);

/* FS_*_FL: the inode flags of FS_IOC_GETFLAGS/SETFLAGS */
static const struct xlat_entry fs_ioc_flags_data[] = {
	{ 0x1, "FS_SECRM_FL" },
	{ 0x2, "FS_UNRM_FL" },
	{ 0x4, "FS_COMPR_FL" },
	{ 0x8, "FS_SYNC_FL" },
	{ 0x10, "FS_IMMUTABLE_FL" },
	{ 0x20, "FS_APPEND_FL" },
	{ 0x40, "FS_NODUMP_FL" },
	{ 0x80, "FS_NOATIME_FL" },
	{ 0x100, "FS_DIRTY_FL" },
	{ 0x200, "FS_COMPRBLK_FL" },
	{ 0x400, "FS_NOCOMP_FL" },
	{ 0x800, "FS_ENCRYPT_FL" },
	{ 0x1000, "FS_INDEX_FL" },
	{ 0x2000, "FS_IMAGIC_FL" },
	{ 0x4000, "FS_JOURNAL_DATA_FL" },
	{ 0x8000, "FS_NOTAIL_FL" },
	{ 0x10000, "FS_DIRSYNC_FL" },
	{ 0x20000, "FS_TOPDIR_FL" },
	{ 0x40000, "FS_HUGE_FILE_FL" },
	{ 0x80000, "FS_EXTENT_FL" },
	{ 0x100000, "FS_VERITY_FL" },
	{ 0x200000, "FS_EA_INODE_FL" },
	{ 0x400000, "FS_EOFBLOCKS_FL" },
	{ 0x800000, "FS_NOCOW_FL" },
	{ 0x2000000, "FS_DAX_FL" },
	{ 0x10000000, "FS_INLINE_DATA_FL" },
	{ 0x20000000, "FS_PROJINHERIT_FL" },
	{ 0x40000000, "FS_CASEFOLD_FL" },
	{ 0x80000000, "FS_RESERVED_FL" },
};
const struct xlat xlat_fs_ioc_flags = XLAT_TABLE(fs_ioc_flags_data, XLAT_NORMAL);

/* MPOL_MF_* of mbind */
static const struct xlat_entry mbind_flags_data[] = {
	{ 0x1, "MPOL_MF_STRICT" },
	{ 0x2, "MPOL_MF_MOVE" },
	{ 0x4, "MPOL_MF_MOVE_ALL" },
};
const struct xlat xlat_mbind_flags = XLAT_TABLE(mbind_flags_data, XLAT_NORMAL);

/* open_tree's flags */
static const struct xlat_entry open_tree_flags_data[] = {
	{ 0x1, "OPEN_TREE_CLONE" },
	{ 02000000, "OPEN_TREE_CLOEXEC" },
	{ 0x100, "AT_SYMLINK_NOFOLLOW" },
	{ 0x800, "AT_NO_AUTOMOUNT" },
	{ 0x1000, "AT_EMPTY_PATH" },
	{ 0x8000, "AT_RECURSIVE" },
};
const struct xlat xlat_open_tree_flags = XLAT_TABLE(open_tree_flags_data, XLAT_NORMAL);

/* FSPICK_* */
static const struct xlat_entry fspick_flags_data[] = {
	{ 0x1, "FSPICK_CLOEXEC" },
	{ 0x2, "FSPICK_SYMLINK_NOFOLLOW" },
	{ 0x4, "FSPICK_NO_AUTOMOUNT" },
	{ 0x8, "FSPICK_EMPTY_PATH" },
};
const struct xlat xlat_fspick_flags = XLAT_TABLE(fspick_flags_data, XLAT_NORMAL);

/* mount_setattr's AT_* flags */
static const struct xlat_entry mount_setattr_flags_data[] = {
	{ 0x100, "AT_SYMLINK_NOFOLLOW" },
	{ 0x800, "AT_NO_AUTOMOUNT" },
	{ 0x1000, "AT_EMPTY_PATH" },
	{ 0x8000, "AT_RECURSIVE" },
};
const struct xlat xlat_mount_setattr_flags = XLAT_TABLE(mount_setattr_flags_data, XLAT_NORMAL);

/* quotactl's commands (QCMD's first part) */
static const struct xlat_entry quotacmds_data[] = {
	{ 0x5801, "Q_XQUOTAON" },
	{ 0x5802, "Q_XQUOTAOFF" },
	{ 0x5803, "Q_XGETQUOTA" },
	{ 0x5804, "Q_XSETQLIM" },
	{ 0x5805, "Q_XGETQSTAT" },
	{ 0x5806, "Q_XQUOTARM" },
	{ 0x5807, "Q_XQUOTASYNC" },
	{ 0x5808, "Q_XGETQSTATV" },
	{ 0x5809, "Q_XGETNEXTQUOTA" },
	{ 0x800001, "Q_SYNC" },
	{ 0x800002, "Q_QUOTAON" },
	{ 0x800003, "Q_QUOTAOFF" },
	{ 0x800004, "Q_GETFMT" },
	{ 0x800005, "Q_GETINFO" },
	{ 0x800006, "Q_SETINFO" },
	{ 0x800007, "Q_GETQUOTA" },
	{ 0x800008, "Q_SETQUOTA" },
	{ 0x800009, "Q_GETNEXTQUOTA" },
};
const struct xlat xlat_quotacmds = XLAT_TABLE(quotacmds_data, XLAT_NORMAL);

/* quota types */
static const struct xlat_entry quotatypes_data[] = {
	{ 0x0, "USRQUOTA" },
	{ 0x1, "GRPQUOTA" },
	{ 0x2, "PRJQUOTA" },
};
const struct xlat xlat_quotatypes = XLAT_TABLE(quotatypes_data, XLAT_INDEXED);

/* BPF_* commands */
static const struct xlat_entry bpf_commands_data[] = {
	{ 0, "BPF_MAP_CREATE" }, { 1, "BPF_MAP_LOOKUP_ELEM" }, { 2, "BPF_MAP_UPDATE_ELEM" },
	{ 3, "BPF_MAP_DELETE_ELEM" }, { 4, "BPF_MAP_GET_NEXT_KEY" }, { 5, "BPF_PROG_LOAD" },
	{ 6, "BPF_OBJ_PIN" }, { 7, "BPF_OBJ_GET" }, { 8, "BPF_PROG_ATTACH" },
	{ 9, "BPF_PROG_DETACH" }, { 10, "BPF_PROG_TEST_RUN" }, { 11, "BPF_PROG_GET_NEXT_ID" },
	{ 12, "BPF_MAP_GET_NEXT_ID" }, { 13, "BPF_PROG_GET_FD_BY_ID" }, { 14, "BPF_MAP_GET_FD_BY_ID" },
	{ 15, "BPF_OBJ_GET_INFO_BY_FD" }, { 16, "BPF_PROG_QUERY" }, { 17, "BPF_RAW_TRACEPOINT_OPEN" },
	{ 18, "BPF_BTF_LOAD" }, { 19, "BPF_BTF_GET_FD_BY_ID" }, { 20, "BPF_TASK_FD_QUERY" },
	{ 21, "BPF_MAP_LOOKUP_AND_DELETE_ELEM" }, { 22, "BPF_MAP_FREEZE" }, { 23, "BPF_BTF_GET_NEXT_ID" },
	{ 24, "BPF_MAP_LOOKUP_BATCH" }, { 25, "BPF_MAP_LOOKUP_AND_DELETE_BATCH" },
	{ 26, "BPF_MAP_UPDATE_BATCH" }, { 27, "BPF_MAP_DELETE_BATCH" }, { 28, "BPF_LINK_CREATE" },
	{ 29, "BPF_LINK_UPDATE" }, { 30, "BPF_LINK_GET_FD_BY_ID" }, { 31, "BPF_LINK_GET_NEXT_ID" },
	{ 32, "BPF_ENABLE_STATS" }, { 33, "BPF_ITER_CREATE" }, { 34, "BPF_LINK_DETACH" },
	{ 35, "BPF_PROG_BIND_MAP" },
};
const struct xlat xlat_bpf_commands = XLAT_TABLE(bpf_commands_data, XLAT_INDEXED);



/* ARPHRD_* hardware types */
static const struct xlat_entry arp_hardware_types_data[] = {
	{ 0, "ARPHRD_NETROM" }, { 1, "ARPHRD_ETHER" }, { 2, "ARPHRD_EETHER" },
	{ 3, "ARPHRD_AX25" }, { 4, "ARPHRD_PRONET" }, { 5, "ARPHRD_CHAOS" },
	{ 6, "ARPHRD_IEEE802" }, { 7, "ARPHRD_ARCNET" }, { 8, "ARPHRD_APPLETLK" },
	{ 15, "ARPHRD_DLCI" }, { 19, "ARPHRD_ATM" }, { 23, "ARPHRD_METRICOM" },
	{ 24, "ARPHRD_IEEE1394" }, { 27, "ARPHRD_EUI64" }, { 32, "ARPHRD_INFINIBAND" },
	{ 256, "ARPHRD_SLIP" }, { 257, "ARPHRD_CSLIP" }, { 258, "ARPHRD_SLIP6" },
	{ 259, "ARPHRD_CSLIP6" }, { 260, "ARPHRD_RSRVD" }, { 264, "ARPHRD_ADAPT" },
	{ 270, "ARPHRD_ROSE" }, { 271, "ARPHRD_X25" }, { 272, "ARPHRD_HWX25" },
	{ 280, "ARPHRD_CAN" }, { 290, "ARPHRD_MCTP" }, { 512, "ARPHRD_PPP" },
	{ 513, "ARPHRD_CISCO" }, { 516, "ARPHRD_LAPB" }, { 517, "ARPHRD_DDCMP" },
	{ 518, "ARPHRD_RAWHDLC" }, { 519, "ARPHRD_RAWIP" }, { 768, "ARPHRD_TUNNEL" },
	{ 769, "ARPHRD_TUNNEL6" }, { 770, "ARPHRD_FRAD" }, { 771, "ARPHRD_SKIP" },
	{ 772, "ARPHRD_LOOPBACK" }, { 773, "ARPHRD_LOCALTLK" }, { 774, "ARPHRD_FDDI" },
	{ 775, "ARPHRD_BIF" }, { 776, "ARPHRD_SIT" }, { 777, "ARPHRD_IPDDP" },
	{ 778, "ARPHRD_IPGRE" }, { 779, "ARPHRD_PIMREG" }, { 780, "ARPHRD_HIPPI" },
	{ 781, "ARPHRD_ASH" }, { 782, "ARPHRD_ECONET" }, { 783, "ARPHRD_IRDA" },
	{ 784, "ARPHRD_FCPP" }, { 785, "ARPHRD_FCAL" }, { 786, "ARPHRD_FCPL" },
	{ 787, "ARPHRD_FCFABRIC" }, { 800, "ARPHRD_IEEE802_TR" }, { 801, "ARPHRD_IEEE80211" },
	{ 802, "ARPHRD_IEEE80211_PRISM" }, { 803, "ARPHRD_IEEE80211_RADIOTAP" },
	{ 804, "ARPHRD_IEEE802154" }, { 805, "ARPHRD_IEEE802154_MONITOR" },
	{ 820, "ARPHRD_PHONET" }, { 821, "ARPHRD_PHONET_PIPE" }, { 822, "ARPHRD_CAIF" },
	{ 823, "ARPHRD_IP6GRE" }, { 824, "ARPHRD_NETLINK" }, { 825, "ARPHRD_6LOWPAN" },
	{ 826, "ARPHRD_VSOCKMON" }, { 0xfffe, "ARPHRD_NONE" }, { 0xffff, "ARPHRD_VOID" },
};
const struct xlat xlat_arp_hardware_types = XLAT_TABLE(arp_hardware_types_data, XLAT_SORTED);

/* IORING_SETUP_* */
static const struct xlat_entry io_uring_setup_flags_data[] = {
	{ 0x1, "IORING_SETUP_IOPOLL" },
	{ 0x2, "IORING_SETUP_SQPOLL" },
	{ 0x4, "IORING_SETUP_SQ_AFF" },
	{ 0x8, "IORING_SETUP_CQSIZE" },
	{ 0x10, "IORING_SETUP_CLAMP" },
	{ 0x20, "IORING_SETUP_ATTACH_WQ" },
	{ 0x40, "IORING_SETUP_R_DISABLED" },
	{ 0x80, "IORING_SETUP_SUBMIT_ALL" },
	{ 0x100, "IORING_SETUP_COOP_TASKRUN" },
	{ 0x200, "IORING_SETUP_TASKRUN_FLAG" },
	{ 0x400, "IORING_SETUP_SQE128" },
	{ 0x800, "IORING_SETUP_CQE32" },
};
const struct xlat xlat_io_uring_setup_flags = XLAT_TABLE(io_uring_setup_flags_data, XLAT_NORMAL);

/* IORING_FEAT_* as strace 6.1 knows them (newer bits print in hex) */
static const struct xlat_entry io_uring_features_data[] = {
	{ 0x1, "IORING_FEAT_SINGLE_MMAP" },
	{ 0x2, "IORING_FEAT_NODROP" },
	{ 0x4, "IORING_FEAT_SUBMIT_STABLE" },
	{ 0x8, "IORING_FEAT_RW_CUR_POS" },
	{ 0x10, "IORING_FEAT_CUR_PERSONALITY" },
	{ 0x20, "IORING_FEAT_FAST_POLL" },
	{ 0x40, "IORING_FEAT_POLL_32BITS" },
	{ 0x80, "IORING_FEAT_SQPOLL_NONFIXED" },
	{ 0x100, "IORING_FEAT_EXT_ARG" },
	{ 0x200, "IORING_FEAT_NATIVE_WORKERS" },
	{ 0x400, "IORING_FEAT_RSRC_TAGS" },
	{ 0x800, "IORING_FEAT_CQE_SKIP" },
	{ 0x1000, "IORING_FEAT_LINKED_FILE" },
};
const struct xlat xlat_io_uring_features = XLAT_TABLE(io_uring_features_data, XLAT_NORMAL);

/* NLM_F_* common to every message */
static const struct xlat_entry netlink_flags_data[] = {
	{ 0x1, "NLM_F_REQUEST" },
	{ 0x2, "NLM_F_MULTI" },
	{ 0x4, "NLM_F_ACK" },
	{ 0x8, "NLM_F_ECHO" },
	{ 0x10, "NLM_F_DUMP_INTR" },
	{ 0x20, "NLM_F_DUMP_FILTERED" },
};
const struct xlat xlat_netlink_flags = XLAT_TABLE(netlink_flags_data, XLAT_NORMAL);

/* NLM_F_* of GET requests (NLM_F_DUMP first: it is ROOT|MATCH) */
static const struct xlat_entry netlink_get_flags_data[] = {
	{ 0x300, "NLM_F_DUMP" },
	{ 0x100, "NLM_F_ROOT" },
	{ 0x200, "NLM_F_MATCH" },
	{ 0x400, "NLM_F_ATOMIC" },
};
const struct xlat xlat_netlink_get_flags = XLAT_TABLE(netlink_get_flags_data, XLAT_NORMAL);

/* NLM_F_* of NEW requests */
static const struct xlat_entry netlink_new_flags_data[] = {
	{ 0x100, "NLM_F_REPLACE" },
	{ 0x200, "NLM_F_EXCL" },
	{ 0x400, "NLM_F_CREATE" },
	{ 0x800, "NLM_F_APPEND" },
};
const struct xlat xlat_netlink_new_flags = XLAT_TABLE(netlink_new_flags_data, XLAT_NORMAL);

/* NLM_F_* of acknowledgements */
static const struct xlat_entry netlink_ack_flags_data[] = {
	{ 0x100, "NLM_F_CAPPED" },
	{ 0x200, "NLM_F_ACK_TLVS" },
};
const struct xlat xlat_netlink_ack_flags = XLAT_TABLE(netlink_ack_flags_data, XLAT_NORMAL);

/* NLMSG_* */
static const struct xlat_entry netlink_types_data[] = {
	{ 0x1, "NLMSG_NOOP" },
	{ 0x2, "NLMSG_ERROR" },
	{ 0x3, "NLMSG_DONE" },
	{ 0x4, "NLMSG_OVERRUN" },
};
const struct xlat xlat_netlink_types = XLAT_TABLE(netlink_types_data, XLAT_NORMAL);

/* RTM_* */
static const struct xlat_entry nl_route_types_data[] = {
	{ 16, "RTM_NEWLINK" }, { 17, "RTM_DELLINK" }, { 18, "RTM_GETLINK" }, { 19, "RTM_SETLINK" },
	{ 20, "RTM_NEWADDR" }, { 21, "RTM_DELADDR" }, { 22, "RTM_GETADDR" },
	{ 24, "RTM_NEWROUTE" }, { 25, "RTM_DELROUTE" }, { 26, "RTM_GETROUTE" },
	{ 28, "RTM_NEWNEIGH" }, { 29, "RTM_DELNEIGH" }, { 30, "RTM_GETNEIGH" },
	{ 32, "RTM_NEWRULE" }, { 33, "RTM_DELRULE" }, { 34, "RTM_GETRULE" },
	{ 36, "RTM_NEWQDISC" }, { 37, "RTM_DELQDISC" }, { 38, "RTM_GETQDISC" },
	{ 40, "RTM_NEWTCLASS" }, { 41, "RTM_DELTCLASS" }, { 42, "RTM_GETTCLASS" },
	{ 44, "RTM_NEWTFILTER" }, { 45, "RTM_DELTFILTER" }, { 46, "RTM_GETTFILTER" },
	{ 48, "RTM_NEWACTION" }, { 49, "RTM_DELACTION" }, { 50, "RTM_GETACTION" },
	{ 52, "RTM_NEWPREFIX" }, { 58, "RTM_GETMULTICAST" }, { 62, "RTM_GETANYCAST" },
	{ 64, "RTM_NEWNEIGHTBL" }, { 66, "RTM_GETNEIGHTBL" }, { 67, "RTM_SETNEIGHTBL" },
	{ 68, "RTM_NEWNDUSEROPT" }, { 72, "RTM_NEWADDRLABEL" }, { 73, "RTM_DELADDRLABEL" },
	{ 74, "RTM_GETADDRLABEL" }, { 78, "RTM_GETDCB" }, { 79, "RTM_SETDCB" },
	{ 80, "RTM_NEWNETCONF" }, { 81, "RTM_DELNETCONF" }, { 82, "RTM_GETNETCONF" },
	{ 84, "RTM_NEWMDB" }, { 85, "RTM_DELMDB" }, { 86, "RTM_GETMDB" },
	{ 88, "RTM_NEWNSID" }, { 89, "RTM_DELNSID" }, { 90, "RTM_GETNSID" },
	{ 92, "RTM_NEWSTATS" }, { 94, "RTM_GETSTATS" }, { 96, "RTM_NEWCACHEREPORT" },
	{ 100, "RTM_NEWCHAIN" }, { 101, "RTM_DELCHAIN" }, { 102, "RTM_GETCHAIN" },
	{ 104, "RTM_NEWNEXTHOP" }, { 105, "RTM_DELNEXTHOP" }, { 106, "RTM_GETNEXTHOP" },
	{ 108, "RTM_NEWLINKPROP" }, { 109, "RTM_DELLINKPROP" }, { 110, "RTM_GETLINKPROP" },
	{ 112, "RTM_NEWVLAN" }, { 113, "RTM_DELVLAN" }, { 114, "RTM_GETVLAN" },
	{ 116, "RTM_NEWNEXTHOPBUCKET" }, { 117, "RTM_DELNEXTHOPBUCKET" },
	{ 118, "RTM_GETNEXTHOPBUCKET" }, { 120, "RTM_NEWTUNNEL" }, { 121, "RTM_DELTUNNEL" },
	{ 122, "RTM_GETTUNNEL" },
};
const struct xlat xlat_nl_route_types = XLAT_TABLE(nl_route_types_data, XLAT_SORTED);

/* IFA_* attributes */
static const struct xlat_entry rtnl_addr_attrs_data[] = {
	{ 0, "IFA_UNSPEC" }, { 1, "IFA_ADDRESS" }, { 2, "IFA_LOCAL" }, { 3, "IFA_LABEL" },
	{ 4, "IFA_BROADCAST" }, { 5, "IFA_ANYCAST" }, { 6, "IFA_CACHEINFO" }, { 7, "IFA_MULTICAST" },
	{ 8, "IFA_FLAGS" }, { 9, "IFA_RT_PRIORITY" }, { 10, "IFA_TARGET_NETNSID" }, { 11, "IFA_PROTO" },
};
const struct xlat xlat_rtnl_addr_attrs = XLAT_TABLE(rtnl_addr_attrs_data, XLAT_INDEXED);

/* IFA_F_* */
static const struct xlat_entry ifaddrflags_data[] = {
	{ 0x1, "IFA_F_SECONDARY" },
	{ 0x2, "IFA_F_NODAD" },
	{ 0x4, "IFA_F_OPTIMISTIC" },
	{ 0x8, "IFA_F_DADFAILED" },
	{ 0x10, "IFA_F_HOMEADDRESS" },
	{ 0x20, "IFA_F_DEPRECATED" },
	{ 0x40, "IFA_F_TENTATIVE" },
	{ 0x80, "IFA_F_PERMANENT" },
	{ 0x100, "IFA_F_MANAGETEMPADDR" },
	{ 0x200, "IFA_F_NOPREFIXROUTE" },
	{ 0x400, "IFA_F_MCAUTOJOIN" },
	{ 0x800, "IFA_F_STABLE_PRIVACY" },
};
const struct xlat xlat_ifaddrflags = XLAT_TABLE(ifaddrflags_data, XLAT_NORMAL);

/* RT_SCOPE_* */
static const struct xlat_entry routing_scopes_data[] = {
	{ 0, "RT_SCOPE_UNIVERSE" },
	{ 200, "RT_SCOPE_SITE" },
	{ 253, "RT_SCOPE_LINK" },
	{ 254, "RT_SCOPE_HOST" },
	{ 255, "RT_SCOPE_NOWHERE" },
};
const struct xlat xlat_routing_scopes = XLAT_TABLE(routing_scopes_data, XLAT_NORMAL);

/* RT_TABLE_* */
static const struct xlat_entry routing_table_ids_data[] = {
	{ 0, "RT_TABLE_UNSPEC" }, { 252, "RT_TABLE_COMPAT" }, { 253, "RT_TABLE_DEFAULT" },
	{ 254, "RT_TABLE_MAIN" }, { 255, "RT_TABLE_LOCAL" },
};
const struct xlat xlat_routing_table_ids = XLAT_TABLE(routing_table_ids_data, XLAT_NORMAL);

/* RTPROT_* */
static const struct xlat_entry routing_protocols_data[] = {
	{ 0, "RTPROT_UNSPEC" }, { 1, "RTPROT_REDIRECT" }, { 2, "RTPROT_KERNEL" }, { 3, "RTPROT_BOOT" },
	{ 4, "RTPROT_STATIC" }, { 8, "RTPROT_GATED" }, { 9, "RTPROT_RA" }, { 10, "RTPROT_MRT" },
	{ 11, "RTPROT_ZEBRA" }, { 12, "RTPROT_BIRD" }, { 13, "RTPROT_DNROUTED" }, { 14, "RTPROT_XORP" },
	{ 15, "RTPROT_NTK" }, { 16, "RTPROT_DHCP" }, { 17, "RTPROT_MROUTED" }, { 18, "RTPROT_KEEPALIVED" },
	{ 42, "RTPROT_BABEL" }, { 99, "RTPROT_OPENR" }, { 186, "RTPROT_BGP" }, { 187, "RTPROT_ISIS" },
	{ 188, "RTPROT_OSPF" }, { 189, "RTPROT_RIP" }, { 192, "RTPROT_EIGRP" },
};
const struct xlat xlat_routing_protocols = XLAT_TABLE(routing_protocols_data, XLAT_NORMAL);

/* RTN_* */
static const struct xlat_entry routing_types_data[] = {
	{ 0, "RTN_UNSPEC" }, { 1, "RTN_UNICAST" }, { 2, "RTN_LOCAL" }, { 3, "RTN_BROADCAST" },
	{ 4, "RTN_ANYCAST" }, { 5, "RTN_MULTICAST" }, { 6, "RTN_BLACKHOLE" }, { 7, "RTN_UNREACHABLE" },
	{ 8, "RTN_PROHIBIT" }, { 9, "RTN_THROW" }, { 10, "RTN_NAT" }, { 11, "RTN_XRESOLVE" },
};
const struct xlat xlat_routing_types = XLAT_TABLE(routing_types_data, XLAT_INDEXED);

/* rtm_flags: RTNH_F_* of the next hop, then RTM_F_* */
static const struct xlat_entry route_flags_data[] = {
	{ 0x1, "RTNH_F_DEAD" }, { 0x2, "RTNH_F_PERVASIVE" }, { 0x4, "RTNH_F_ONLINK" },
	{ 0x8, "RTNH_F_OFFLOAD" }, { 0x10, "RTNH_F_LINKDOWN" }, { 0x20, "RTNH_F_UNRESOLVED" },
	{ 0x40, "RTNH_F_TRAP" }, { 0x100, "RTM_F_NOTIFY" }, { 0x200, "RTM_F_CLONED" },
	{ 0x400, "RTM_F_EQUALIZE" }, { 0x800, "RTM_F_PREFIX" }, { 0x1000, "RTM_F_LOOKUP_TABLE" },
	{ 0x2000, "RTM_F_FIB_MATCH" }, { 0x4000, "RTM_F_OFFLOAD" }, { 0x8000, "RTM_F_TRAP" },
	{ 0x20000000, "RTM_F_OFFLOAD_FAILED" },
};
const struct xlat xlat_route_flags = XLAT_TABLE(route_flags_data, XLAT_NORMAL);

/* IPTOS_* of rtm_tos */
static const struct xlat_entry ip_tos_data[] = {
	{ 0x10, "IPTOS_LOWDELAY" }, { 0x08, "IPTOS_THROUGHPUT" }, { 0x04, "IPTOS_RELIABILITY" },
	{ 0x02, "IPTOS_MINCOST" },
};
const struct xlat xlat_ip_tos = XLAT_TABLE(ip_tos_data, XLAT_NORMAL);

/* NETLINK_SOCK_DIAG message types */
static const struct xlat_entry nl_sock_diag_types_data[] = {
	{ 18, "TCPDIAG_GETSOCK" }, { 19, "DCCPDIAG_GETSOCK" }, { 20, "SOCK_DIAG_BY_FAMILY" },
	{ 21, "SOCK_DESTROY" },
};
const struct xlat xlat_nl_sock_diag_types = XLAT_TABLE(nl_sock_diag_types_data, XLAT_NORMAL);

/* TCP_* socket states */
static const struct xlat_entry tcp_states_data[] = {
	{ 1, "TCP_ESTABLISHED" }, { 2, "TCP_SYN_SENT" }, { 3, "TCP_SYN_RECV" }, { 4, "TCP_FIN_WAIT1" },
	{ 5, "TCP_FIN_WAIT2" }, { 6, "TCP_TIME_WAIT" }, { 7, "TCP_CLOSE" }, { 8, "TCP_CLOSE_WAIT" },
	{ 9, "TCP_LAST_ACK" }, { 10, "TCP_LISTEN" }, { 11, "TCP_CLOSING" }, { 12, "TCP_NEW_SYN_RECV" },
};
const struct xlat xlat_tcp_states = XLAT_TABLE(tcp_states_data, XLAT_NORMAL);

/* 1<<TCP_* of a sock_diag request's state mask */
static const struct xlat_entry tcp_state_flags_data[] = {
	{ 1 << 1, "1<<TCP_ESTABLISHED" }, { 1 << 2, "1<<TCP_SYN_SENT" }, { 1 << 3, "1<<TCP_SYN_RECV" },
	{ 1 << 4, "1<<TCP_FIN_WAIT1" }, { 1 << 5, "1<<TCP_FIN_WAIT2" }, { 1 << 6, "1<<TCP_TIME_WAIT" },
	{ 1 << 7, "1<<TCP_CLOSE" }, { 1 << 8, "1<<TCP_CLOSE_WAIT" }, { 1 << 9, "1<<TCP_LAST_ACK" },
	{ 1 << 10, "1<<TCP_LISTEN" }, { 1 << 11, "1<<TCP_CLOSING" }, { 1 << 12, "1<<TCP_NEW_SYN_RECV" },
};
const struct xlat xlat_tcp_state_flags = XLAT_TABLE(tcp_state_flags_data, XLAT_NORMAL);

/* idiag_ext: 1<<(INET_DIAG_*-1) */
static const struct xlat_entry inet_diag_ext_data[] = {
	{ 1 << 0, "1<<(INET_DIAG_MEMINFO-1)" }, { 1 << 1, "1<<(INET_DIAG_INFO-1)" },
	{ 1 << 2, "1<<(INET_DIAG_VEGASINFO-1)" }, { 1 << 3, "1<<(INET_DIAG_CONG-1)" },
	{ 1 << 4, "1<<(INET_DIAG_TOS-1)" }, { 1 << 5, "1<<(INET_DIAG_TCLASS-1)" },
	{ 1 << 6, "1<<(INET_DIAG_SKMEMINFO-1)" }, { 1 << 7, "1<<(INET_DIAG_SHUTDOWN-1)" },
};
const struct xlat xlat_inet_diag_ext = XLAT_TABLE(inet_diag_ext_data, XLAT_NORMAL);

/* UDIAG_SHOW_* */
static const struct xlat_entry udiag_show_data[] = {
	{ 0x1, "UDIAG_SHOW_NAME" }, { 0x2, "UDIAG_SHOW_VFS" }, { 0x4, "UDIAG_SHOW_PEER" },
	{ 0x8, "UDIAG_SHOW_ICONS" }, { 0x10, "UDIAG_SHOW_RQLEN" }, { 0x20, "UDIAG_SHOW_MEMINFO" },
	{ 0x40, "UDIAG_SHOW_UID" },
};
const struct xlat xlat_udiag_show = XLAT_TABLE(udiag_show_data, XLAT_NORMAL);

/* INET_DIAG_* attributes */
static const struct xlat_entry inet_diag_attrs_data[] = {
	{ 0, "INET_DIAG_NONE" }, { 1, "INET_DIAG_MEMINFO" }, { 2, "INET_DIAG_INFO" },
	{ 3, "INET_DIAG_VEGASINFO" }, { 4, "INET_DIAG_CONG" }, { 5, "INET_DIAG_TOS" },
	{ 6, "INET_DIAG_TCLASS" }, { 7, "INET_DIAG_SKMEMINFO" }, { 8, "INET_DIAG_SHUTDOWN" },
	{ 9, "INET_DIAG_DCTCPINFO" }, { 10, "INET_DIAG_PROTOCOL" }, { 11, "INET_DIAG_SKV6ONLY" },
	{ 12, "INET_DIAG_LOCALS" }, { 13, "INET_DIAG_PEERS" }, { 14, "INET_DIAG_PAD" },
	{ 15, "INET_DIAG_MARK" }, { 16, "INET_DIAG_BBRINFO" }, { 17, "INET_DIAG_CLASS_ID" },
	{ 18, "INET_DIAG_MD5SIG" }, { 19, "INET_DIAG_ULP_INFO" }, { 20, "INET_DIAG_SK_BPF_STORAGES" },
	{ 21, "INET_DIAG_CGROUP_ID" }, { 22, "INET_DIAG_SOCKOPT" },
};
const struct xlat xlat_inet_diag_attrs = XLAT_TABLE(inet_diag_attrs_data, XLAT_INDEXED);

/* UNIX_DIAG_* attributes */
static const struct xlat_entry unix_diag_attrs_data[] = {
	{ 0, "UNIX_DIAG_NAME" }, { 1, "UNIX_DIAG_VFS" }, { 2, "UNIX_DIAG_PEER" },
	{ 3, "UNIX_DIAG_ICONS" }, { 4, "UNIX_DIAG_RQLEN" }, { 5, "UNIX_DIAG_MEMINFO" },
	{ 6, "UNIX_DIAG_SHUTDOWN" }, { 7, "UNIX_DIAG_UID" },
};
const struct xlat xlat_unix_diag_attrs = XLAT_TABLE(unix_diag_attrs_data, XLAT_INDEXED);

/* NLMSGERR_ATTR_* */
static const struct xlat_entry nlmsgerr_attrs_data[] = {
	{ 0, "NLMSGERR_ATTR_UNUSED" }, { 1, "NLMSGERR_ATTR_MSG" }, { 2, "NLMSGERR_ATTR_OFFS" },
	{ 3, "NLMSGERR_ATTR_COOKIE" }, { 4, "NLMSGERR_ATTR_POLICY" },
};
const struct xlat xlat_nlmsgerr_attrs = XLAT_TABLE(nlmsgerr_attrs_data, XLAT_INDEXED);

/* RTA_* */
static const struct xlat_entry rtnl_route_attrs_data[] = {
	{ 0, "RTA_UNSPEC" }, { 1, "RTA_DST" }, { 2, "RTA_SRC" }, { 3, "RTA_IIF" }, { 4, "RTA_OIF" },
	{ 5, "RTA_GATEWAY" }, { 6, "RTA_PRIORITY" }, { 7, "RTA_PREFSRC" }, { 8, "RTA_METRICS" },
	{ 9, "RTA_MULTIPATH" }, { 10, "RTA_PROTOINFO" }, { 11, "RTA_FLOW" }, { 12, "RTA_CACHEINFO" },
	{ 13, "RTA_SESSION" }, { 14, "RTA_MP_ALGO" }, { 15, "RTA_TABLE" }, { 16, "RTA_MARK" },
	{ 17, "RTA_MFC_STATS" }, { 18, "RTA_VIA" }, { 19, "RTA_NEWDST" }, { 20, "RTA_PREF" },
	{ 21, "RTA_ENCAP_TYPE" }, { 22, "RTA_ENCAP" }, { 23, "RTA_EXPIRES" }, { 24, "RTA_PAD" },
	{ 25, "RTA_UID" }, { 26, "RTA_TTL_PROPAGATE" }, { 27, "RTA_IP_PROTO" }, { 28, "RTA_SPORT" },
	{ 29, "RTA_DPORT" }, { 30, "RTA_NH_ID" },
};
const struct xlat xlat_rtnl_route_attrs = XLAT_TABLE(rtnl_route_attrs_data, XLAT_INDEXED);

/* RTEXT_FILTER_* */
static const struct xlat_entry rtnl_ext_filter_data[] = {
	{ 0x1, "RTEXT_FILTER_VF" },
	{ 0x2, "RTEXT_FILTER_BRVLAN" },
	{ 0x4, "RTEXT_FILTER_BRVLAN_COMPRESSED" },
	{ 0x8, "RTEXT_FILTER_SKIP_STATS" },
	{ 0x10, "RTEXT_FILTER_MRP" },
	{ 0x20, "RTEXT_FILTER_CFM_CONFIG" },
	{ 0x40, "RTEXT_FILTER_CFM_STATUS" },
};
const struct xlat xlat_rtnl_ext_filter = XLAT_TABLE(rtnl_ext_filter_data, XLAT_NORMAL);

/* IFLA_* attributes */
static const struct xlat_entry rtnl_link_attrs_data[] = {
	{ 0, "IFLA_UNSPEC" }, { 1, "IFLA_ADDRESS" }, { 2, "IFLA_BROADCAST" }, { 3, "IFLA_IFNAME" },
	{ 4, "IFLA_MTU" }, { 5, "IFLA_LINK" }, { 6, "IFLA_QDISC" }, { 7, "IFLA_STATS" },
	{ 8, "IFLA_COST" }, { 9, "IFLA_PRIORITY" }, { 10, "IFLA_MASTER" }, { 11, "IFLA_WIRELESS" },
	{ 12, "IFLA_PROTINFO" }, { 13, "IFLA_TXQLEN" }, { 14, "IFLA_MAP" }, { 15, "IFLA_WEIGHT" },
	{ 16, "IFLA_OPERSTATE" }, { 17, "IFLA_LINKMODE" }, { 18, "IFLA_LINKINFO" },
	{ 19, "IFLA_NET_NS_PID" }, { 20, "IFLA_IFALIAS" }, { 21, "IFLA_NUM_VF" },
	{ 22, "IFLA_VFINFO_LIST" }, { 23, "IFLA_STATS64" }, { 24, "IFLA_VF_PORTS" },
	{ 25, "IFLA_PORT_SELF" }, { 26, "IFLA_AF_SPEC" }, { 27, "IFLA_GROUP" },
	{ 28, "IFLA_NET_NS_FD" }, { 29, "IFLA_EXT_MASK" }, { 30, "IFLA_PROMISCUITY" },
	{ 31, "IFLA_NUM_TX_QUEUES" }, { 32, "IFLA_NUM_RX_QUEUES" }, { 33, "IFLA_CARRIER" },
	{ 34, "IFLA_PHYS_PORT_ID" }, { 35, "IFLA_CARRIER_CHANGES" }, { 36, "IFLA_PHYS_SWITCH_ID" },
	{ 37, "IFLA_LINK_NETNSID" }, { 38, "IFLA_PHYS_PORT_NAME" }, { 39, "IFLA_PROTO_DOWN" },
	{ 40, "IFLA_GSO_MAX_SEGS" }, { 41, "IFLA_GSO_MAX_SIZE" }, { 42, "IFLA_PAD" },
	{ 43, "IFLA_XDP" }, { 44, "IFLA_EVENT" }, { 45, "IFLA_NEW_NETNSID" },
	{ 46, "IFLA_IF_NETNSID" }, { 47, "IFLA_CARRIER_UP_COUNT" }, { 48, "IFLA_CARRIER_DOWN_COUNT" },
	{ 49, "IFLA_NEW_IFINDEX" }, { 50, "IFLA_MIN_MTU" }, { 51, "IFLA_MAX_MTU" },
	{ 52, "IFLA_PROP_LIST" }, { 53, "IFLA_ALT_IFNAME" }, { 54, "IFLA_PERM_ADDRESS" },
	{ 55, "IFLA_PROTO_DOWN_REASON" }, { 56, "IFLA_PARENT_DEV_NAME" },
	{ 57, "IFLA_PARENT_DEV_BUS_NAME" }, { 58, "IFLA_GRO_MAX_SIZE" }, { 59, "IFLA_TSO_MAX_SIZE" },
	{ 60, "IFLA_TSO_MAX_SEGS" }, { 61, "IFLA_ALLMULTI" },
};
const struct xlat xlat_rtnl_link_attrs = XLAT_TABLE(rtnl_link_attrs_data, XLAT_INDEXED);

/* MPOL_F_* of get_mempolicy */
static const struct xlat_entry get_mempolicy_flags_data[] = {
	{ 0x1, "MPOL_F_NODE" },
	{ 0x2, "MPOL_F_ADDR" },
	{ 0x4, "MPOL_F_MEMS_ALLOWED" },
};
const struct xlat xlat_get_mempolicy_flags = XLAT_TABLE(get_mempolicy_flags_data, XLAT_NORMAL);

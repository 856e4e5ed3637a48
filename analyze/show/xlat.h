/*
 * xlat — value → name tables and strace's way of printing them.
 *
 * Every flag set and enumeration `rtrace show` decodes is one table here
 * (xlat_tables.c), with the names, values and order strace 6.1 prints:
 * the order matters, because a flag set is printed in table order and a
 * name whose value covers several bits (O_SYNC, STATX_BASIC_STATS) takes
 * them before the single bits after it.
 *
 * The formatting functions write strace's text into a caller's buffer,
 * snprintf-style: they return the length of the full text (not counting
 * the NUL) and always NUL-terminate when SIZE > 0, so a return value >=
 * SIZE means the text was cut. XLAT_BUFSZ holds any of them.
 *
 * Everything here is static data and pure functions: thread-safe.
 */
#ifndef RTRACE_XLAT_H
#define RTRACE_XLAT_H

#include <stddef.h>
#include <stdint.h>

/* One name. A NULL str is a hole in an XLAT_INDEXED table. */
struct xlat_entry {
	uint64_t val;
	const char *str;
};

/* How a table is searched (strace's xlat types). */
enum xlat_kind {
	XLAT_NORMAL,  /* linear search, first match wins */
	XLAT_SORTED,  /* sorted by value: binary search */
	XLAT_INDEXED, /* data[v].val == v: direct index */
};

struct xlat {
	const struct xlat_entry *data;
	uint32_t size;
	uint32_t kind; /* enum xlat_kind */
};

#define XLAT_TABLE(arr, k) { (arr), sizeof(arr) / sizeof((arr)[0]), (k) }

/* Enough for any formatted flag set, enum, mode, signal set or error. */
#define XLAT_BUFSZ 1024

/* How a value without a name is printed (strace's printxval, _d, _u). */
enum xlat_fmt {
	XLAT_FMT_X, /* 0x1f (0 as 0) */
	XLAT_FMT_D, /* -3 */
	XLAT_FMT_U, /* 31 */
};

/* The name of VAL in X, or NULL. */
const char *xlat_name(const struct xlat *x, uint64_t val);

/* An enumeration value: its name, else the number in FMT followed by
 * " /" "* DFLT *" "/" when DFLT is not NULL (strace: `0x7 /` `* SEEK_??? *` `/`). */
size_t xlat_format_enum(char *buf, size_t size, const struct xlat *x, uint64_t val,
			const char *dflt, enum xlat_fmt fmt);

/* A flag set, as strace's printflags: the names of the table entries whose
 * bits are all set, in table order, joined by "|", then the remaining bits
 * as `|0x...`. A zero value prints the table's zero-valued name if it has
 * one (PROT_NONE, F_OK), else "0" when DFLT is not NULL, else nothing. A
 * value with no named bit prints `0x...` followed by the DFLT comment. */
size_t xlat_format_flags(char *buf, size_t size, const struct xlat *x, uint64_t flags,
			 const char *dflt);

/* The same over several tables in turn (strace's printflags_ex with more
 * than one xlat), N of them. */
size_t xlat_format_flags_n(char *buf, size_t size, const struct xlat *const *xs, size_t n,
			   uint64_t flags, const char *dflt);

/* open(2) flags: the access mode first, then the other flags:
 * `O_RDONLY`, `O_WRONLY|O_CREAT|O_TRUNC|O_CLOEXEC`, `O_ACCMODE|0x...`. */
size_t xlat_format_open_flags(char *buf, size_t size, uint64_t flags);

/* A mode with its file type, as strace's print_symbolic_mode_t:
 * `S_IFREG|0644`, `S_IFDIR|S_ISVTX|0777`, `0644` (no type bits), or the
 * octal number alone when the type bits have no name. */
size_t xlat_format_mode(char *buf, size_t size, uint32_t mode);

/* Permission bits only, as strace's print_numeric_umode_t: `0644`, `000`. */
size_t xlat_format_umode(char *buf, size_t size, uint32_t mode);

/* ---- Signals ---------------------------------------------------------------- */

/* SIGHUP..SIGSYS and SIGRTMIN (32) for 1..32, else NULL. */
const char *xlat_signal_name(int sig);

/* A signal as strace's signame(): SIGCHLD, SIGRT_3 (33..64: SIGRT_<sig-32>),
 * else the decimal number. */
size_t xlat_format_signame(char *buf, size_t size, int sig);

/* A signal set of BYTES bytes (at most 8 are looked at, as on x86_64):
 * `[HUP INT RTMIN RT_1]`, `[]`, or, when two thirds or more of the bits
 * are set, the complement: `~[KILL STOP]`, `~[]`. */
size_t xlat_format_sigset(char *buf, size_t size, const void *mask, size_t bytes);

/* The name of si_code CODE for signal SIGNO (SI_USER, CLD_EXITED,
 * SEGV_MAPERR ...), or NULL: the generic SI_* codes first, then the
 * signal's own table. */
const char *xlat_si_code_name(int signo, int code);

/* ---- Errors ----------------------------------------------------------------- */

/* ENOENT for 2, ERESTARTSYS for 512 ..., or NULL. */
const char *xlat_errno_name(int err);

/* A failed call's return text after "= " as strace prints it:
 * `-1 ENOENT (No such file or directory)` (the message from strerror),
 * `? ERESTARTSYS (To be restarted if SA_RESTART is set)` and the other
 * three restart codes, `-1 (errno 600)` for a number without a name. */
size_t xlat_format_error(char *buf, size_t size, int err);

/* 1 for the four restart codes strace prints with `?` (ERESTARTSYS,
 * ERESTARTNOINTR, ERESTARTNOHAND, ERESTART_RESTARTBLOCK), else 0. */
int xlat_errno_is_restart(int err);

/* ---- ioctl ------------------------------------------------------------------ */

/* An ioctl request as strace prints it: every name with that code joined
 * by " or " (`SNDCTL_TMR_STOP or TCSETSW`), else strace's decomposition
 * `_IOC(_IOC_READ, 0x78, 0x3, 0x4)`. */
size_t xlat_format_ioctl(char *buf, size_t size, uint32_t code);

/* The first name of ioctl CODE, or NULL. */
const char *xlat_ioctl_name(uint32_t code);

/* ---- The tables (xlat_tables.c; comments say what each one is) ------------- */

extern const struct xlat xlat_open_access_modes;	/* O_RDONLY.. (the access mode part of open flags) */
extern const struct xlat xlat_open_mode_flags;	/* the rest of open flags */
extern const struct xlat xlat_at_flags;	/* AT_* flags of the *at calls */
extern const struct xlat xlat_faccessat_flags;	/* faccessat2 flags */
extern const struct xlat xlat_linkat_flags;	/* linkat flags */
extern const struct xlat xlat_access_modes;	/* F_OK R_OK W_OK X_OK */
extern const struct xlat xlat_modetypes;	/* file type part of a mode */
extern const struct xlat xlat_at_statx_sync_types;	/* statx sync type part of flags */
extern const struct xlat xlat_statx_masks;	/* statx mask */
extern const struct xlat xlat_statx_attrs;	/* stx_attributes */
extern const struct xlat xlat_mmap_prot;	/* PROT_* */
extern const struct xlat xlat_mmap_flags;	/* MAP_* */
extern const struct xlat xlat_madvise_cmds;	/* MADV_* */
extern const struct xlat xlat_mremap_flags;	/* MREMAP_* */
extern const struct xlat xlat_msync_flags;	/* MS_* of msync */
extern const struct xlat xlat_mlockall_flags;	/* MCL_* */
extern const struct xlat xlat_mlock_flags;	/* MLOCK_* */
extern const struct xlat xlat_clone_flags;	/* CLONE_* of clone */
extern const struct xlat xlat_clone3_flags;	/* clone3-only flags */
extern const struct xlat xlat_setns_types;	/* CLONE_NEW* of setns */
extern const struct xlat xlat_unshare_flags;	/* unshare */
extern const struct xlat xlat_wait4_options;	/* W* options */
extern const struct xlat xlat_idtypes;	/* P_* of waitid */
extern const struct xlat xlat_fcntlcmds;	/* F_* commands */
extern const struct xlat xlat_fdflags;	/* FD_CLOEXEC */
extern const struct xlat xlat_lockfcmds;	/* F_RDLCK ... (l_type) */
extern const struct xlat xlat_f_owner_types;	/* F_OWNER_* */
extern const struct xlat xlat_f_seals;	/* F_SEAL_* */
extern const struct xlat xlat_notifyflags;	/* DN_* */
extern const struct xlat xlat_flockcmds;	/* LOCK_* */
extern const struct xlat xlat_whence_codes;	/* SEEK_* */
extern const struct xlat xlat_pollflags;	/* POLL* */
extern const struct xlat xlat_epollctls;	/* EPOLL_CTL_* */
extern const struct xlat xlat_epollevents;	/* EPOLL* events */
extern const struct xlat xlat_epollflags;	/* EPOLL_CLOEXEC */
extern const struct xlat xlat_efd_flags;	/* EFD_* */
extern const struct xlat xlat_timerfdflags;	/* TFD_* */
extern const struct xlat xlat_sfd_flags;	/* SFD_* */
extern const struct xlat xlat_addrfams;	/* AF_* */
extern const struct xlat xlat_socktypes;	/* SOCK_STREAM ... */
extern const struct xlat xlat_sock_type_flags;	/* SOCK_CLOEXEC SOCK_NONBLOCK */
extern const struct xlat xlat_inet_protocols;	/* IPPROTO_* */
extern const struct xlat xlat_socketlayers;	/* SOL_* */
extern const struct xlat xlat_sock_options;	/* SO_* (SOL_SOCKET) */
extern const struct xlat xlat_sock_ip_options;	/* IP_* (SOL_IP) */
extern const struct xlat xlat_sock_ipv6_options;	/* IPV6_* (SOL_IPV6) */
extern const struct xlat xlat_sock_tcp_options;	/* TCP_* (SOL_TCP) */
extern const struct xlat xlat_sock_udp_options;	/* UDP_* (SOL_UDP) */
extern const struct xlat xlat_netlink_protocols;	/* NETLINK_* */
extern const struct xlat xlat_msg_flags;	/* MSG_* */
extern const struct xlat xlat_shutdown_modes;	/* SHUT_* */
extern const struct xlat xlat_scmvals;	/* SCM_* cmsg types (SOL_SOCKET) */
extern const struct xlat xlat_ip_cmsg_types;	/* cmsg types (SOL_IP) */
extern const struct xlat xlat_sigact_flags;	/* SA_* */
extern const struct xlat xlat_sigprocmaskcmds;	/* SIG_BLOCK ... */
extern const struct xlat xlat_sa_handler_values;	/* SIG_ERR SIG_DFL SIG_IGN */
extern const struct xlat xlat_sigaltstack_flags;	/* SS_* */
extern const struct xlat xlat_siginfo_codes;	/* SI_* (any signal) */
extern const struct xlat xlat_sigill_codes;	/* ILL_* */
extern const struct xlat xlat_sigfpe_codes;	/* FPE_* */
extern const struct xlat xlat_sigsegv_codes;	/* SEGV_* */
extern const struct xlat xlat_sigbus_codes;	/* BUS_* */
extern const struct xlat xlat_sigtrap_codes;	/* TRAP_* */
extern const struct xlat xlat_sigchld_codes;	/* CLD_* */
extern const struct xlat xlat_sigpoll_codes;	/* POLL_* */
extern const struct xlat xlat_sigsys_codes;	/* SYS_* */
extern const struct xlat xlat_sigev_value;	/* SIGEV_* */
extern const struct xlat xlat_clocknames;	/* CLOCK_* */
extern const struct xlat xlat_clock_flags;	/* TIMER_ABSTIME */
extern const struct xlat xlat_itimer_which;	/* ITIMER_* */
extern const struct xlat xlat_adjtimex_modes;	/* ADJ_* */
extern const struct xlat xlat_adjtimex_status;	/* STA_* */
extern const struct xlat xlat_adjtimex_state;	/* TIME_* */
extern const struct xlat xlat_resources;	/* RLIMIT_* */
extern const struct xlat xlat_usagewho;	/* RUSAGE_* */
extern const struct xlat xlat_priorities;	/* PRIO_* */
extern const struct xlat xlat_prctl_options;	/* PR_* */
extern const struct xlat xlat_pr_spec_cmds;	/* PR_SPEC_* (which) */
extern const struct xlat xlat_pr_spec_get_store_bypass_flags;	/* PR_SPEC_* (get result) */
extern const struct xlat xlat_pr_spec_set_store_bypass_flags;	/* PR_SPEC_* (set value) */
extern const struct xlat xlat_pr_mce_kill;	/* PR_MCE_KILL_CLEAR/SET */
extern const struct xlat xlat_pr_mce_kill_policy;	/* PR_MCE_KILL_* */
extern const struct xlat xlat_pr_dumpable;	/* SUID_DUMP_* */
extern const struct xlat xlat_pr_unalign_flags;	/* PR_UNALIGN_* */
extern const struct xlat xlat_pr_set_mm;	/* PR_SET_VMA_* */
extern const struct xlat xlat_pr_sched_core_cmds;	/* PR_SCHED_CORE_* */
extern const struct xlat xlat_pidtypes;	/* PIDTYPE_* */
extern const struct xlat xlat_secbits;	/* SECBIT_* */
extern const struct xlat xlat_seccomp_mode;	/* SECCOMP_MODE_* */
extern const struct xlat xlat_seccomp_ops;	/* SECCOMP_SET_MODE_* */
extern const struct xlat xlat_seccomp_filter_flags;	/* SECCOMP_FILTER_FLAG_* */
extern const struct xlat xlat_archvals;	/* ARCH_* */
extern const struct xlat xlat_getrandom_flags;	/* GRND_* */
extern const struct xlat xlat_rename_flags;	/* RENAME_* */
extern const struct xlat xlat_xattrflags;	/* XATTR_* */
extern const struct xlat xlat_advise;	/* POSIX_FADV_* */
extern const struct xlat xlat_falloc_flags;	/* FALLOC_FL_* */
extern const struct xlat xlat_splice_flags;	/* SPLICE_F_* */
extern const struct xlat xlat_rwf_flags;	/* RWF_* */
extern const struct xlat xlat_aio_cmds;	/* IOCB_CMD_* */
extern const struct xlat xlat_aio_iocb_flags;	/* IOCB_FLAG_* */
extern const struct xlat xlat_close_range_flags;	/* CLOSE_RANGE_* */
extern const struct xlat xlat_dirent_types;	/* DT_* */
extern const struct xlat xlat_schedulers;	/* SCHED_* */
extern const struct xlat xlat_sched_flags;	/* SCHED_FLAG_* */
extern const struct xlat xlat_futexops;	/* FUTEX_* (op) */
extern const struct xlat xlat_futexwakeops;	/* FUTEX_OP_* (wake op) */
extern const struct xlat xlat_futexwakecmps;	/* FUTEX_OP_CMP_* */
extern const struct xlat xlat_memfd_create_flags;	/* MFD_* */
extern const struct xlat xlat_inotify_init_flags;	/* IN_NONBLOCK IN_CLOEXEC */
extern const struct xlat xlat_inotify_flags;	/* IN_* */
extern const struct xlat xlat_personality_types;	/* PER_* */
extern const struct xlat xlat_personality_flags;	/* UNAME26 ... */
extern const struct xlat xlat_statfs_flags;	/* ST_* */
extern const struct xlat xlat_fsmagic;	/* *_MAGIC */
extern const struct xlat xlat_mount_flags;	/* MS_* of mount */
extern const struct xlat xlat_umount_flags;	/* MNT_* */
extern const struct xlat xlat_ptrace_cmds;	/* PTRACE_* */
extern const struct xlat xlat_nt_types;	/* NT_* */
extern const struct xlat xlat_struct_user_offsets;	/* 8*RAX, offsetof(struct user, ...) */
extern const struct xlat xlat_ptrace_setoptions_flags;	/* PTRACE_O_* */
extern const struct xlat xlat_ptrace_events;	/* PTRACE_EVENT_* */
extern const struct xlat xlat_resolve_flags;	/* RESOLVE_* */
extern const struct xlat xlat_pidfd_open_flags;	/* PIDFD_NONBLOCK */
extern const struct xlat xlat_membarrier_cmds;	/* MEMBARRIER_CMD_* */
extern const struct xlat xlat_kcmp_types;	/* KCMP_* */
extern const struct xlat xlat_sock_netlink_options;	/* NETLINK_* (SOL_NETLINK) */
extern const struct xlat xlat_delete_module_flags;	/* O_NONBLOCK O_TRUNC of delete_module */
extern const struct xlat xlat_ioprio_class;	/* IOPRIO_CLASS_* */
extern const struct xlat xlat_pkey_access;	/* PKEY_DISABLE_* */
extern const struct xlat xlat_mpol_modes;	/* MPOL_* */
extern const struct xlat xlat_audit_arch;	/* AUDIT_ARCH_* */
extern const struct xlat xlat_cap;	/* CAP_* */
extern const struct xlat xlat_keyctl_commands;	/* KEYCTL_* */
extern const struct xlat xlat_key_spec;	/* KEY_SPEC_* */
extern const struct xlat xlat_ipc_flags;	/* IPC_CREAT ... */
extern const struct xlat xlat_shm_flags;	/* shmget flags */
extern const struct xlat xlat_shm_resource_flags;	/* SHM_RDONLY ... */
extern const struct xlat xlat_reboot_cmds;	/* LINUX_REBOOT_CMD_* */
extern const struct xlat xlat_reboot_magic;	/* LINUX_REBOOT_MAGIC2* */
extern const struct xlat xlat_term_cflags_csize;	/* CS5..CS8 */
extern const struct xlat xlat_term_cflags;	/* CSTOPB ... */
extern const struct xlat xlat_term_iflags;	/* IGNBRK ... */
extern const struct xlat xlat_term_oflags;	/* OPOST ... */
extern const struct xlat xlat_term_lflags;	/* ISIG ... */
extern const struct xlat xlat_baud_options;	/* B0 ... */
extern const struct xlat xlat_term_line_discs;	/* N_TTY ... */
extern const struct xlat xlat_termios_cc;	/* VINTR ... */
extern const struct xlat xlat_modem_flags;	/* TIOCM_* */
extern const struct xlat xlat_tcflsh_options;	/* TCIFLUSH ... */
extern const struct xlat xlat_tcxonc_options;	/* TCOOFF ... */
extern const struct xlat xlat_ethernet_protocols;	/* ETH_P_* */
extern const struct xlat xlat_packet_types;	/* PACKET_HOST ... */
extern const struct xlat xlat_ifflags;	/* IFF_* */
extern const struct xlat xlat_sock_ip_setsockopt;	/* setsockopt-only names at SOL_IP */
extern const struct xlat xlat_sock_ip_getsockopt;	/* getsockopt-only names at SOL_IP */
extern const struct xlat xlat_sock_ipv6_setsockopt;	/* setsockopt-only names at SOL_IPV6 */
extern const struct xlat xlat_sock_ipv6_getsockopt;	/* getsockopt-only names at SOL_IPV6 */
extern const struct xlat xlat_sock_setsockopt;	/* setsockopt-only names at SOL_SOCKET */
extern const struct xlat xlat_sock_getsockopt;	/* getsockopt-only names at SOL_SOCKET */
extern const struct xlat xlat_ax25_protocols;	/* AX25_P_* */
extern const struct xlat xlat_isdn_protocols;	/* ISDN_P_* */
extern const struct xlat xlat_phonet_protocols;	/* PN_PROTO_* */
extern const struct xlat xlat_caif_protocols;	/* CAIFPROTO_* */
extern const struct xlat xlat_bt_protocols;	/* BTPROTO_* */
extern const struct xlat xlat_nfc_protocols;	/* NFC_SOCKPROTO_* */
extern const struct xlat xlat_kcm_protocols;	/* KCMPROTO_* */
extern const struct xlat xlat_smc_protocols;	/* SMCPROTO_* */
extern const struct xlat xlat_can_protocols;	/* CAN_* */
extern const struct xlat xlat_cap_mask0;	/* capability bits 0..31 (1<<CAP_*) */
extern const struct xlat xlat_cap_mask1;	/* capability bits 32..63 (1<<CAP_*, shifted down) */
extern const struct xlat xlat_cap_version;	/* _LINUX_CAPABILITY_VERSION_* */
extern const struct xlat xlat_msgctl_flags;	/* msgctl commands */
extern const struct xlat xlat_semctl_flags;	/* semctl commands */
extern const struct xlat xlat_shmctl_flags;	/* shmctl commands */
extern const struct xlat xlat_ioprio_who;	/* IOPRIO_WHO_* */
extern const struct xlat xlat_semop_flags;	/* sem_flg bits */
extern const struct xlat xlat_msg_ipc_flags;	/* msgsnd/msgrcv flags */
extern const struct xlat xlat_seccomp_ret_action;	/* SECCOMP_RET_* actions */
extern const struct xlat xlat_membarrier_flags;	/* MEMBARRIER_CMD_FLAG_* */
extern const struct xlat xlat_sync_file_range_flags;	/* SYNC_FILE_RANGE_* */
extern const struct xlat xlat_syslog_action_type;	/* SYSLOG_ACTION_* */
extern const struct xlat xlat_mq_attr_flags;	/* mq_attr.mq_flags (O_NONBLOCK) */
extern const struct xlat xlat_fsopen_flags;	/* FSOPEN_* */
extern const struct xlat xlat_fsmount_flags;	/* FSMOUNT_* */
extern const struct xlat xlat_mount_attr_flags;	/* MOUNT_ATTR_* */
extern const struct xlat xlat_fsconfig_cmds;	/* FSCONFIG_* */
extern const struct xlat xlat_move_mount_flags;	/* MOVE_MOUNT_* */
extern const struct xlat xlat_io_uring_enter_flags;	/* IORING_ENTER_* */
extern const struct xlat xlat_landlock_create_ruleset_flags;	/* LANDLOCK_CREATE_RULESET_* */
extern const struct xlat xlat_fan_classes;	/* FAN_CLASS_* */
extern const struct xlat xlat_fan_init_flags;	/* fanotify_init's other flags */
extern const struct xlat xlat_fan_mark_flags;	/* FAN_MARK_* */
extern const struct xlat xlat_fan_event_flags;	/* FAN_* events */
extern const struct xlat xlat_fs_ioc_flags;	/* FS_*_FL inode flags */
extern const struct xlat xlat_mbind_flags;	/* MPOL_MF_* */
extern const struct xlat xlat_mpol_mode_flags;	/* MPOL_F_* of set_mempolicy/mbind modes */
extern const struct xlat xlat_open_tree_flags;	/* OPEN_TREE_* and AT_* of open_tree */
extern const struct xlat xlat_fspick_flags;	/* FSPICK_* */
extern const struct xlat xlat_mount_setattr_flags;	/* AT_* of mount_setattr */
extern const struct xlat xlat_quotacmds;	/* Q_* */
extern const struct xlat xlat_quotatypes;	/* USRQUOTA ... */
extern const struct xlat xlat_bpf_commands;	/* BPF_* commands */
extern const struct xlat xlat_arp_hardware_types;	/* ARPHRD_* */
extern const struct xlat xlat_io_uring_setup_flags;	/* IORING_SETUP_* */
extern const struct xlat xlat_io_uring_features;	/* IORING_FEAT_* */
extern const struct xlat xlat_netlink_flags;	/* NLM_F_* common */
extern const struct xlat xlat_netlink_get_flags;	/* NLM_F_* of GET requests */
extern const struct xlat xlat_netlink_new_flags;	/* NLM_F_* of NEW requests */
extern const struct xlat xlat_netlink_ack_flags;	/* NLM_F_* of acknowledgements */
extern const struct xlat xlat_netlink_types;	/* NLMSG_* */
extern const struct xlat xlat_nl_route_types;	/* RTM_* */
extern const struct xlat xlat_rtnl_addr_attrs;	/* IFA_* */
extern const struct xlat xlat_ifaddrflags;	/* IFA_F_* */
extern const struct xlat xlat_routing_scopes;	/* RT_SCOPE_* */
extern const struct xlat xlat_routing_table_ids;	/* RT_TABLE_* */
extern const struct xlat xlat_routing_protocols;	/* RTPROT_* */
extern const struct xlat xlat_routing_types;	/* RTN_* */
extern const struct xlat xlat_route_flags;	/* RTNH_F_*, RTM_F_* of rtm_flags */
extern const struct xlat xlat_ip_tos;	/* IPTOS_* */
extern const struct xlat xlat_rtnl_route_attrs;	/* RTA_* */
extern const struct xlat xlat_nlmsgerr_attrs;	/* NLMSGERR_ATTR_* */
extern const struct xlat xlat_nl_sock_diag_types;	/* SOCK_DIAG_BY_FAMILY ... */
extern const struct xlat xlat_tcp_states;	/* TCP_ESTABLISHED ... */
extern const struct xlat xlat_tcp_state_flags;	/* 1<<TCP_* */
extern const struct xlat xlat_inet_diag_ext;	/* 1<<(INET_DIAG_*-1) */
extern const struct xlat xlat_udiag_show;	/* UDIAG_SHOW_* */
extern const struct xlat xlat_inet_diag_attrs;	/* INET_DIAG_* */
extern const struct xlat xlat_unix_diag_attrs;	/* UNIX_DIAG_* */
extern const struct xlat xlat_rtnl_ext_filter;	/* RTEXT_FILTER_* */
extern const struct xlat xlat_rtnl_link_attrs;	/* IFLA_* */
extern const struct xlat xlat_get_mempolicy_flags;	/* MPOL_F_* of get_mempolicy */

#endif

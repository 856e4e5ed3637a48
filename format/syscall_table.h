/*
 * syscall_table — what every x86_64 system call takes, in one place.
 *
 * For each syscall number: its name, its argument count, how each argument
 * is shown in the generic form, the strace classes it belongs to (%file,
 * %process ...) and, for each pointer argument, the memory it designates
 * and when that memory is meaningful (at entry, at exit, or both).
 *
 * The recorder copies out exactly what this table says; the printer and
 * every analyzer find the bytes again through the same table (blob.arg is
 * the argument index, blob.index as described under "Blob indexes"). Nothing
 * about a syscall's shape is written anywhere else.
 *
 * Some shapes depend on another argument's value (fcntl's third argument is
 * a struct flock only for the lock commands; ioctl's depends on the request;
 * clone3's struct size is its second argument). syscall_table_args() resolves
 * those for one call, so callers never special-case a syscall themselves.
 *
 * Blob indexes: index 0 is the memory the argument points to directly
 * (the string, the buffer, the struct, the iovec array, the pointer array
 * of argv). For SC_M_IOVEC and SC_M_STRARRAY, element k's own memory (an
 * iovec buffer, the k-th string) is index k + 1 with blob.addr set to the
 * element's address. For SC_M_MSGHDR: index 0 is the struct msghdr,
 * index 1 the msg_name, index 2 the iovec array, index 3 msg_control,
 * index 4 + k the buffer of iovec element k. For SC_M_MMSGHDR: index 0 is
 * the struct mmsghdr array; element k's parts are at SC_MMSG_INDEX(k, part)
 * with the SC_MSG_* parts below (name, iovec array, control, buffer j).
 * For SC_M_CLONE_ARGS: index 0 is struct clone_args read at entry, index 1
 * (at exit) the int stored at its parent_tid field when CLONE_PARENT_SETTID
 * was given, index 2 (at exit) the int stored at its pidfd field when
 * CLONE_PIDFD was given. For SC_M_PTR_LEN: index 0 is the { pointer, length } pair,
 * index 1 the memory it designates (blob.addr set). For SC_M_IOCBS: index 0
 * is the pointer array, SC_AIO_IOCB(k) the k-th struct iocb and SC_AIO_BUF(k)
 * the buffer of an IOCB_CMD_PWRITE (blob.addr set). Memory found through
 * the stack pointer (struct syscall_desc's stack) is argument SC_ARG_STACK,
 * index 0, read at entry (blob.addr set).
 *
 * Rules every pointer follows, so no caller special-cases them: a NULL
 * pointer is never read (wait4's status, getsockname's address ...); exit
 * memory (SC_W_EXIT, and the exit half of SC_W_BOTH) is read only when the
 * call succeeded; a length or count is clamped to SC_MAX_WHOLE bytes, and
 * SC_M_BUF / SC_M_IOVEC buffers to the -s limit unless SC_F_WHOLE is set.
 *
 * Semantics: each syscall also says what it does to files, descriptors and
 * processes (enum sc_effect) and which argument plays which role (struct
 * sc_roles), so the replayer's fd table, the printer's -y and dry's file
 * model all read the same facts.
 *
 * The table is static data: every function here is thread-safe.
 */
#ifndef RTRACE_SYSCALL_TABLE_H
#define RTRACE_SYSCALL_TABLE_H

#include <stddef.h>
#include <stdint.h>

/* The hard cap of any one copied memory region (SC_F_WHOLE buffers,
 * arrays, structs whose size is an argument). */
#define SC_MAX_WHOLE (1u << 20)

/* SC_M_IOCBS blob indexes of iocb K and of its PWRITE buffer. */
#define SC_AIO_IOCB(k) (2u * (k) + 1u)
#define SC_AIO_BUF(k) (2u * (k) + 2u)

/* SC_M_MSGHDR blob indexes, and the parts of one SC_M_MMSGHDR element. */
enum sc_msg_part {
	SC_MSG_NAME = 1,    /* msg_name, msg_namelen bytes (at exit: the updated length) */
	SC_MSG_IOV = 2,     /* the struct iovec array, msg_iovlen elements */
	SC_MSG_CONTROL = 3, /* msg_control, msg_controllen bytes */
	SC_MSG_BUF0 = 4,    /* SC_MSG_BUF0 + j: the buffer of iovec element j */
};
/* The blob index of PART of mmsghdr element K (PART an sc_msg_part;
 * SC_MSG_BUF0 + j for buffer j, j < SC_MMSG_STRIDE - SC_MSG_BUF0). */
#define SC_MMSG_STRIDE 2048u
#define SC_MMSG_INDEX(k, part) (1u + (unsigned)(k) * SC_MMSG_STRIDE + (unsigned)(part))

/* How the generic printer shows an argument or return value. */
enum sc_type {
	SC_T_INT,     /* signed decimal (int or long) */
	SC_T_UINT,    /* unsigned decimal */
	SC_T_HEX,     /* unsigned, 0x... (flags without a decoder, masks) */
	SC_T_OCT,     /* mode_t, 0644 */
	SC_T_PTR,     /* an address: NULL or 0x... */
	SC_T_FD,      /* a descriptor (-y shows its path) */
	SC_T_DIRFD,   /* a descriptor or AT_FDCWD */
	SC_T_STR,     /* a string argument ("..."); its memory is SC_M_STR */
	SC_T_PATH,    /* a path string: a file name the call resolves (for -y, dry) */
	SC_T_BUF,     /* a data buffer, printed as a quoted string */
	SC_T_STRUCT,  /* a struct, decoded by the printer's family decoders */
	SC_T_PID,     /* a process or thread id */
	SC_T_SIG,     /* a signal number */
	SC_T_FLAGS,   /* flag bits decoded by the printer (O_*, PROT_*, CLONE_* ...) */
	SC_T_ENUM,    /* an enumeration decoded by the printer (whence, cmd ...) */
};

/* What memory a pointer argument designates. */
enum sc_mem {
	SC_M_NONE,     /* nothing is copied */
	SC_M_STR,      /* NUL-terminated string, whole up to PATH_MAX (never cut by -s) */
	SC_M_BUF,      /* bytes, length from len/n, capped by -s */
	SC_M_STRUCT,   /* a struct of n bytes, or of the size from len/n (SC_L_ARG: openat2's
			* open_how, rt_sigprocmask's sigset; SC_L_RET: sched_getaffinity's mask);
			* never capped by -s */
	SC_M_ARRAY,    /* count elements of elem bytes each, count from len/n (SC_L_RET: epoll_wait's
			* events); never capped by -s */
	SC_M_IOVEC,    /* struct iovec[count] (count from len/n) and each element's buffer;
			* the buffers together capped by -s; at exit, their total is the return value */
	SC_M_MSGHDR,   /* struct msghdr, its name, iovec array and buffers, control data */
	SC_M_STRARRAY, /* NULL-terminated char *[] and every string (execve argv/envp), whole */
	SC_M_SOCKADDR, /* a socket address, length from len/n, at most 128 bytes (sockaddr_storage);
			* never capped by -s */
	SC_M_FDSET,    /* fd_set of (nfds+63)/64*8 bytes, nfds from argument n */
	SC_M_CLONE_ARGS, /* clone3's struct clone_args, size from len/n (argument 1), at entry;
			  * at exit the ints at its parent_tid and pidfd fields (indexes 1, 2) */
	SC_M_MMSGHDR,  /* struct mmsghdr[count] (count from len/n) and, per element, what
			* SC_M_MSGHDR copies (indexes: SC_MMSG_INDEX); at exit count = ret,
			* and with SC_W_BOTH (sendmmsg) only index 0 is copied at exit (msg_len) */
	SC_M_PTR_LEN,  /* a struct { void *p; size_t len } (16 bytes, index 0) and the len
			* bytes at p (index 1, at most SC_PTR_LEN_MAX): pselect6's
			* { const sigset_t *ss; size_t ss_len } */
	SC_M_MSGBUF,   /* a SysV message: its long mtype and len/n bytes of mtext after it, in one
			* blob; the mtext capped by -s */
	SC_M_IOCBS,    /* io_submit's struct iocb *[count] (count from len/n), each struct iocb
			* (64 bytes) and, for IOCB_CMD_PWRITE, its aio_nbytes of aio_buf capped
			* by -s (indexes: SC_AIO_IOCB, SC_AIO_BUF) */
	SC_M_NODEMASK, /* a NUMA node mask of maxnode bits, maxnode from argument n: the
			* (maxnode + 62) / 64 longs strace reads (its get_nodes) */
};

/* The longs of an SC_M_NODEMASK of MAXNODE: the kernel's nodemask bits are
 * one fewer than maxnode (get_nodes() in mm/mempolicy.c), and strace reads
 * as many longs as hold them. */
static inline uint64_t sc_nodemask_words(uint64_t maxnode)
{
	return maxnode > UINT64_MAX - 62 ? UINT64_MAX / 64 : (maxnode + 62) / 64;
}

/* The most bytes an SC_M_PTR_LEN pointer's memory is copied (a sigset is 8). */
#define SC_PTR_LEN_MAX 128u

/* The blob argument number of memory found through the stack pointer. */
#define SC_ARG_STACK 6u

/* Memory a call designates through the user stack pointer at entry, not
 * through an argument: LEN bytes at sp + OFF (LEN 0: none). */
struct sc_stack {
	uint16_t off, len;
};

/* Per-argument flags. */
enum sc_flag {
	SC_F_WHOLE = 1u << 0,      /* not capped by -s (only by SC_MAX_WHOLE): getdents64's,
				    * readlink's and getcwd's buffers, whose bytes are decoded */
	SC_F_ONLY_IF_OK = 1u << 1, /* exit memory only when the call succeeded (the rule for
				    * every SC_W_EXIT; stated for clarity where it matters) */
	SC_F_LEN_IS_MAX = 1u << 2, /* the length is the buffer's size, the data may be shorter
				    * (SC_L_ARGPTR socklen at exit: copy min(entry len, exit len)) */
	SC_F_HDR_AT_ENTRY = 1u << 3, /* an SC_W_EXIT SC_M_MSGHDR / SC_M_MMSGHDR: also copy the bare
				      * header (index 0) at entry, for the lengths the kernel
				      * rewrites (strace's "msg_namelen=128 => 16") */
	SC_F_ON_RESTART = 1u << 4, /* exit memory also when the call ended with a restart code
				    * (ERESTARTSYS, ERESTARTNOINTR, ERESTARTNOHAND,
				    * ERESTART_RESTARTBLOCK): nanosleep's remaining time, which
				    * the kernel writes when a signal interrupts the sleep */
};

/* Value-dependent shapes, resolved by syscall_table_args(). */
enum sc_shape {
	SC_S_NONE,     /* the table's args are the call's args */
	SC_S_FCNTL,    /* arg 2 by cmd: struct flock (32) for F_*LK and F_OFD_*LK (GETLK also
			* at exit), struct f_owner_ex (8) for F_[GS]ETOWN_EX, u64 for the
			* RW hints; otherwise a plain integer, no memory */
	SC_S_IOCTL,    /* arg 2 by request: kernel termios (36) / termios2 (44) at exit for
			* TCGETS / TCGETS2, at entry for TCSETS*; struct winsize (8) for
			* TIOC[GS]WINSZ; int for FIONREAD (exit), FIONBIO, FIOASYNC (entry),
			* TIOCGPGRP (exit), TIOCSPGRP (entry) ...; unknown requests: no memory */
	SC_S_PRCTL,    /* arg 1 by option: PR_SET_NAME string, PR_GET_NAME 16 bytes at exit,
			* PR_GET_* int outputs ...; otherwise integers */
	SC_S_FUTEX,    /* arg 3: a struct timespec at entry for the wait ops (FUTEX_WAIT,
			* WAIT_BITSET, LOCK_PI, WAIT_REQUEUE_PI ...), else the integer val2 */
	SC_S_ARCH_PRCTL, /* arg 1: an unsigned long at exit for ARCH_GET_FS / ARCH_GET_GS */
	SC_S_MSGCTL,   /* arg 2 by cmd: struct msqid_ds at exit for IPC_STAT / MSG_STAT(_ANY), at
			* entry for IPC_SET; struct msginfo at exit for IPC_INFO / MSG_INFO */
	SC_S_SHMCTL,   /* arg 2 by cmd: struct shmid_ds (IPC_STAT, SHM_STAT(_ANY) at exit, IPC_SET
			* at entry), struct shminfo (IPC_INFO), struct shm_info (SHM_INFO) */
	SC_S_SEMCTL,   /* arg 3 by cmd (arg 2): union semun's buf, a struct semid_ds (IPC_STAT,
			* SEM_STAT(_ANY) at exit, IPC_SET at entry) or struct seminfo (IPC_INFO,
			* SEM_INFO) */
	SC_S_PTRACE,   /* arg 3 (data) by request: what the SET requests pass at entry — struct
			* user_regs_struct (SETREGS), user_fpregs_struct (SETFPREGS), siginfo
			* (SETSIGINFO), a sigset of arg 2 bytes (SETSIGMASK), the iovec of
			* GETREGSET and, with its buffer, of SETREGSET */
};

/* What a call does to descriptors, files and processes. The roles
 * (struct sc_roles) say where each operand is. */
enum sc_effect {
	SC_E_NONE,
	SC_E_OPEN,        /* opens path (relative to dirfd) with flags, mode; ret is the new fd.
			   * creat: flags role -1, meaning O_CREAT|O_WRONLY|O_TRUNC.
			   * openat2: flags and mode roles are the struct open_how argument,
			   * whose first u64 is the flags and second the mode
			   * (syscall_table_open_flags()). open_by_handle_at: path -1 (the
			   * file is named by a handle), fd is the mount fd */
	SC_E_DUP,         /* ret becomes a copy of fd */
	SC_E_DUP2,        /* fd2 becomes a copy of fd (dup2, dup3; flags: O_CLOEXEC) */
	SC_E_FCNTL,       /* fd, cmd in the flags role: F_DUPFD/F_DUPFD_CLOEXEC make ret a copy,
			   * F_SETFD sets close-on-exec */
	SC_E_CLOSE,       /* closes fd */
	SC_E_CLOSE_RANGE, /* closes fd..fd2 (flags: CLOSE_RANGE_CLOEXEC only marks them) */
	SC_E_PIPE,        /* two new fds at exit in the int array of argument fd (flags: O_CLOEXEC) */
	SC_E_SOCKET,      /* ret is a new socket */
	SC_E_SOCKETPAIR,  /* two new sockets at exit in the int array of argument fd */
	SC_E_ACCEPT,      /* ret is a new socket accepted on fd (flags: accept4's SOCK_CLOEXEC) */
	SC_E_ANON_FD,     /* ret is an anon inode fd: syscall_table_anon_name() */
	SC_E_CHDIR,       /* the cwd becomes path */
	SC_E_FCHDIR,      /* the cwd becomes fd's file */
	SC_E_CHROOT,      /* the root becomes path */
	SC_E_EXEC,        /* executes path relative to dirfd (execveat: flags AT_EMPTY_PATH) */
	SC_E_CLONE,       /* a new task; flags role: clone's flags, clone3's struct clone_args
			   * (syscall_table_clone_flags()), -1 for fork/vfork */
	SC_E_READ,        /* reads data from fd */
	SC_E_WRITE,       /* writes data to fd */
	SC_E_COPY,        /* reads fd, writes fd2 (sendfile, splice, tee, copy_file_range) */
	SC_E_MMAP,        /* maps fd (flags role: the mmap flags; prot is argument 2) */
	SC_E_TRUNCATE,    /* truncates path */
	SC_E_FTRUNCATE,   /* truncates fd */
	SC_E_FALLOCATE,   /* changes fd's allocation (may grow it) */
	SC_E_RENAME,      /* dirfd,path is renamed to dirfd2,path2 (flags: renameat2's) */
	SC_E_LINK,        /* dirfd2,path2 becomes a new name of dirfd,path */
	SC_E_SYMLINK,     /* dirfd2,path2 becomes a symlink; path is its target text, not resolved */
	SC_E_UNLINK,      /* removes dirfd,path (flags: AT_REMOVEDIR makes it an rmdir) */
	SC_E_RMDIR,       /* removes the directory path */
	SC_E_MKDIR,       /* creates dirfd,path (a directory, or a node for mknod*) with mode */
	SC_E_STAT,        /* looks at dirfd,path or fd without reading content (stat family,
			   * access, readlink, statx, getxattr, statfs, inotify_add_watch ...) */
	SC_E_UTIME,       /* changes times of dirfd,path or fd */
	SC_E_CHMOD,       /* changes the mode of dirfd,path or fd */
	SC_E_CHOWN,       /* changes the owner of dirfd,path or fd */
	SC_E_XATTR,       /* sets or removes an extended attribute of path or fd */
	SC_E_GETDENTS,    /* lists the directory fd */
};

/* Argument index of each operand, or -1. */
struct sc_roles {
	int8_t dirfd, path;   /* the (first) path and the directory it is relative to */
	int8_t dirfd2, path2; /* the second path (rename, link, symlink's new name) */
	int8_t fd, fd2;       /* descriptors (fd2: dup2's target, the output of a copy) */
	int8_t flags, mode;   /* open flags, AT_* flags, clone flags, fcntl's cmd ... */
};


/* Where a length or count comes from. */
enum sc_len {
	SC_L_FIXED,  /* n bytes */
	SC_L_ARG,    /* the value of argument n */
	SC_L_RET,    /* the return value (exit only) */
	SC_L_ARGPTR, /* an int stored where argument n points, read in the same stop */
};

/* When the memory is copied. */
enum sc_when {
	SC_W_ENTRY = 1, /* input: read at syscall entry */
	SC_W_EXIT = 2,  /* output: read at exit, only when the call succeeded */
	SC_W_BOTH = 3,  /* in and out (select's fd_sets, poll's pollfds, a socklen_t) */
};

/* strace's syscall classes, for -e trace=%CLASS (strace's sysent flags). */
enum sc_class {
	SC_C_FILE = 1u << 0,     /* %file: takes a file name */
	SC_C_IPC = 1u << 1,      /* %ipc */
	SC_C_NETWORK = 1u << 2,  /* %network (%net) */
	SC_C_PROCESS = 1u << 3,  /* %process */
	SC_C_SIGNAL = 1u << 4,   /* %signal */
	SC_C_DESC = 1u << 5,     /* %desc */
	SC_C_MEMORY = 1u << 6,   /* %memory */
	SC_C_STATFS = 1u << 7,   /* %statfs */
	SC_C_FSTATFS = 1u << 8,  /* %fstatfs */
	SC_C_STAT = 1u << 9,     /* %stat */
	SC_C_LSTAT = 1u << 10,   /* %lstat */
	SC_C_FSTAT = 1u << 11,   /* %fstat */
	SC_C_STAT_LIKE = 1u << 12, /* %%stat */
	SC_C_CREDS = 1u << 13,   /* %creds */
	SC_C_CLOCK = 1u << 14,   /* %clock */
	SC_C_PURE = 1u << 15,    /* %pure: no arguments, always succeeds */
	SC_C_STATFS_LIKE = 1u << 16, /* %%statfs */
};

/* One argument. */
struct sc_arg {
	uint8_t type;  /* enum sc_type */
	uint8_t mem;   /* enum sc_mem */
	uint8_t when;  /* enum sc_when (0 with SC_M_NONE) */
	uint8_t len;   /* enum sc_len */
	uint16_t n;    /* SC_L_FIXED: byte count; otherwise an argument index */
	uint16_t elem; /* SC_M_ARRAY: element size in bytes */
	uint8_t flags; /* enum sc_flag bits */
};

/* One syscall. */
struct syscall_desc {
	const char *name;      /* as strace prints it: "openat", "newfstatat" */
	uint8_t nargs;         /* arguments strace prints */
	uint8_t ret;           /* enum sc_type of the return value (SC_T_INT, SC_T_FD, SC_T_PTR, SC_T_HEX) */
	uint8_t shape;         /* SC_S_*: the value-dependent shapes resolved by syscall_table_args() */
	uint8_t effect;        /* enum sc_effect */
	uint32_t classes;      /* enum sc_class bits */
	struct sc_roles roles; /* which argument is which operand of the effect */
	struct sc_arg args[6];
	struct sc_stack stack; /* memory at the stack pointer at entry (rt_sigreturn's
				* saved signal mask), blob argument SC_ARG_STACK */
};

/* Highest syscall number in the table, plus one. */
unsigned syscall_table_size(void);

/* The description of syscall NR, or NULL when NR is not an x86_64 syscall. */
const struct syscall_desc *syscall_table_get(unsigned nr);

/* The number of the syscall named NAME, or -1. */
int syscall_table_lookup(const char *name);

/* Resolves the argument shapes of one call of NR with the raw argument
 * registers ARGS into OUT[6] (a copy of the table's with the value-dependent
 * ones filled in: fcntl's lock struct, ioctl's request, futex's timeout ...).
 * Returns the number of arguments strace prints for this call (the table's
 * nargs, or fewer where the value says so: 2 for fcntl(fd, F_GETFD), 1 for
 * prctl(PR_GET_DUMPABLE)), or -EINVAL when NR is unknown. */
int syscall_table_args(unsigned nr, const uint64_t args[6], struct sc_arg out[6]);

/* Parses one strace class name without its '%' ("file", "process", "net" ...)
 * into *RET. Returns 0 or -EINVAL. */
int syscall_table_class(const char *name, uint32_t *ret);

/* Whether syscall NR belongs to any of CLASSES (enum sc_class bits). */
int syscall_table_in_class(unsigned nr, uint32_t classes);

/* Parses strace's -e trace= syntax into the bitmap SET of NWORDS 64-bit
 * words (bit nr of set[nr / 64]); an optional "trace=" prefix is accepted.
 * EXPR is a comma-separated list of names, numbers, %class (also the
 * legacy bare names file, process, network ...), /REGEX (POSIX extended,
 * on names), ?ELEMENT (no error when unknown), all, none; a leading '!'
 * negates the whole set. Returns 0, or -EINVAL with a message in ERR
 * (strace's: "invalid system call 'foo'"); -ENOSPC when NWORDS is below
 * (syscall_table_size() + 63) / 64. SET is written only on success. */
int syscall_table_parse_set(const char *expr, uint64_t set[], size_t nwords,
			    char *err, size_t errlen);

/* For an SC_E_OPEN call: its open flags and mode into *RET_FLAGS, *RET_MODE.
 * HOW, HOW_LEN: openat2's struct open_how blob (ignored by the others).
 * creat gives O_CREAT|O_WRONLY|O_TRUNC. Returns 0, -EINVAL when NR is not
 * an open, -ENODATA when openat2's struct is missing or short. */
int syscall_table_open_flags(unsigned nr, const uint64_t args[6],
			     const void *how, size_t how_len,
			     uint64_t *ret_flags, uint64_t *ret_mode);

/* For an SC_E_CLONE call: its clone flags into *RET (clone3: from its
 * struct clone_args blob CA, CA_LEN; fork: SIGCHLD; vfork:
 * CLONE_VM|CLONE_VFORK|SIGCHLD). Returns 0, -EINVAL when NR is not a clone,
 * -ENODATA when clone3's struct is missing or short. */
int syscall_table_clone_flags(unsigned nr, const uint64_t args[6],
			      const void *ca, size_t ca_len, uint64_t *ret);

/* For an SC_E_ANON_FD call: the name its fd has in /proc/PID/fd and in
 * strace -y ("anon_inode:[eventfd]"); memfd_create gives the prefix
 * "/memfd:", to which the name argument and " (deleted)" are appended.
 * NULL when NR makes no anon fd. */
const char *syscall_table_anon_name(unsigned nr);

#endif

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
 * index 4 + k the buffer of iovec element k.
 *
 * The table is static data: every function here is thread-safe.
 */
#ifndef RTRACE_SYSCALL_TABLE_H
#define RTRACE_SYSCALL_TABLE_H

#include <stdint.h>

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
	SC_M_STRUCT,   /* a fixed-size struct of n bytes (never capped) */
	SC_M_ARRAY,    /* count elements of elem bytes each, count from len/n (never capped below 64 KiB) */
	SC_M_IOVEC,    /* struct iovec[count] (count from len/n) and each element's buffer;
			* the buffers together capped by -s; at exit, their total is the return value */
	SC_M_MSGHDR,   /* struct msghdr, its name, iovec array and buffers, control data */
	SC_M_STRARRAY, /* NULL-terminated char *[] and every string (execve argv/envp), whole */
	SC_M_SOCKADDR, /* a socket address, length from len/n (never capped) */
	SC_M_FDSET,    /* fd_set of (nfds+63)/64*8 bytes, nfds from argument n */
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
	SC_C_PROCESS = 1u << 3,  /* %process (%proc) */
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
};

/* One argument. */
struct sc_arg {
	uint8_t type;  /* enum sc_type */
	uint8_t mem;   /* enum sc_mem */
	uint8_t when;  /* enum sc_when (0 with SC_M_NONE) */
	uint8_t len;   /* enum sc_len */
	uint16_t n;    /* SC_L_FIXED: byte count; otherwise an argument index */
	uint16_t elem; /* SC_M_ARRAY: element size in bytes */
};

/* One syscall. */
struct syscall_desc {
	const char *name;      /* as strace prints it: "openat", "newfstatat" */
	uint8_t nargs;         /* arguments strace prints */
	uint8_t ret;           /* enum sc_type of the return value (SC_T_INT, SC_T_FD, SC_T_PTR, SC_T_HEX) */
	uint8_t shape;         /* SC_S_*: the value-dependent shapes resolved by syscall_table_args() */
	uint32_t classes;      /* enum sc_class bits */
	struct sc_arg args[6];
};

/* Highest syscall number in the table, plus one. */
unsigned syscall_table_size(void);

/* The description of syscall NR, or NULL when NR is not an x86_64 syscall. */
const struct syscall_desc *syscall_table_get(unsigned nr);

/* The number of the syscall named NAME, or -1. */
int syscall_table_lookup(const char *name);

/* Resolves the argument shapes of one call of NR with the raw argument
 * registers ARGS into OUT[6] (a copy of the table's with the value-dependent
 * ones filled in: fcntl's lock struct, ioctl's request, clone3's size ...).
 * Returns the number of arguments, or -EINVAL when NR is unknown. */
int syscall_table_args(unsigned nr, const uint64_t args[6], struct sc_arg out[6]);

/* Parses one strace class name without its '%' ("file", "process", "net" ...)
 * into *RET. Returns 0 or -EINVAL. */
int syscall_table_class(const char *name, uint32_t *ret);

#endif

/*
 * syscall_data — the x86_64 syscall table: one line per syscall, by number.
 *
 * Names, argument counts and classes are strace 6.1's (its sysent: the
 * counts are what `strace -e raw=all` prints, the classes what
 * `-e trace=%CLASS` selects). Pointer arguments say what memory the
 * recorder copies and when; only memory a printer or analyzer decodes is
 * listed, everything else stays a raw register. Struct sizes are x86_64's
 * kernel ABI (struct stat 144, statx 256, kernel sigaction 32 ...).
 *
 * Line format:
 *   SC(name, nargs, return type, classes, effect, roles, args...)
 *   SCS(shape, ...) the same with a value-dependent shape (syscall_shapes.c)
 */
#include "syscall_data.h"

/* Classes (strace's sysent flag names). */
#define TF SC_C_FILE
#define TI SC_C_IPC
#define TN SC_C_NETWORK
#define TP SC_C_PROCESS
#define TS SC_C_SIGNAL
#define TD SC_C_DESC
#define TM SC_C_MEMORY
#define TSF SC_C_STATFS
#define TFSF SC_C_FSTATFS
#define TST SC_C_STAT
#define TLST SC_C_LSTAT
#define TFST SC_C_FSTAT
#define TSA SC_C_STAT_LIKE
#define TSFA SC_C_STATFS_LIKE
#define TC SC_C_CREDS
#define TCL SC_C_CLOCK
#define TPU SC_C_PURE

/* Plain registers. */
#define INT { .type = SC_T_INT }
#define UINT { .type = SC_T_UINT }
#define HEX { .type = SC_T_HEX }
#define OCT { .type = SC_T_OCT }
#define PTR { .type = SC_T_PTR }
#define FD { .type = SC_T_FD }
#define DFD { .type = SC_T_DIRFD }
#define PID { .type = SC_T_PID }
#define SIG { .type = SC_T_SIG }
#define FLG { .type = SC_T_FLAGS }
#define ENM { .type = SC_T_ENUM }

/* Strings, read whole at entry. */
#define PATH { .type = SC_T_PATH, .mem = SC_M_STR, .when = SC_W_ENTRY }
#define STR { .type = SC_T_STR, .mem = SC_M_STR, .when = SC_W_ENTRY }
#define ARGV { .type = SC_T_STRUCT, .mem = SC_M_STRARRAY, .when = SC_W_ENTRY }

/* Data buffers, capped by -s unless WHOLE. */
#define BUF_IN(a) { .type = SC_T_BUF, .mem = SC_M_BUF, .when = SC_W_ENTRY, .len = SC_L_ARG, .n = a }
#define BUF_OUT_RET { .type = SC_T_BUF, .mem = SC_M_BUF, .when = SC_W_EXIT, .len = SC_L_RET }
#define BUF_OUT_WHOLE { .type = SC_T_BUF, .mem = SC_M_BUF, .when = SC_W_EXIT, .len = SC_L_RET, \
		.flags = SC_F_WHOLE }

/* Structs: fixed size, or the size in argument a, or the return value. */
#define ST_IN(sz) { .type = SC_T_STRUCT, .mem = SC_M_STRUCT, .when = SC_W_ENTRY, .n = sz }
#define ST_OUT(sz) { .type = SC_T_STRUCT, .mem = SC_M_STRUCT, .when = SC_W_EXIT, .n = sz }
#define ST_IO(sz) { .type = SC_T_STRUCT, .mem = SC_M_STRUCT, .when = SC_W_BOTH, .n = sz }
/* an output the kernel also writes when a signal interrupts the call */
#define ST_OUT_RESTART(sz) { .type = SC_T_STRUCT, .mem = SC_M_STRUCT, .when = SC_W_EXIT, .n = sz, \
		.flags = SC_F_ON_RESTART }
#define ST_IN_ARG(a) { .type = SC_T_STRUCT, .mem = SC_M_STRUCT, .when = SC_W_ENTRY, .len = SC_L_ARG, .n = a }
#define ST_OUT_ARG(a) { .type = SC_T_STRUCT, .mem = SC_M_STRUCT, .when = SC_W_EXIT, .len = SC_L_ARG, .n = a }
#define ST_OUT_RET { .type = SC_T_STRUCT, .mem = SC_M_STRUCT, .when = SC_W_EXIT, .len = SC_L_RET }
/* getsockopt's optval: as long as the socklen_t at argument a says. */
#define ST_OUT_ARGPTR(a) { .type = SC_T_STRUCT, .mem = SC_M_STRUCT, .when = SC_W_EXIT, \
		.len = SC_L_ARGPTR, .n = a, .flags = SC_F_LEN_IS_MAX }

/* Arrays of el-byte elements: count in argument a, a fixed count, or ret. */
#define ARR_IN(el, a) { .type = SC_T_STRUCT, .mem = SC_M_ARRAY, .when = SC_W_ENTRY, .len = SC_L_ARG, \
		.n = a, .elem = el }
#define ARR_IO(el, a) { .type = SC_T_STRUCT, .mem = SC_M_ARRAY, .when = SC_W_BOTH, .len = SC_L_ARG, \
		.n = a, .elem = el }
#define ARR_OUT_N(el, cnt) { .type = SC_T_STRUCT, .mem = SC_M_ARRAY, .when = SC_W_EXIT, \
		.n = cnt, .elem = el }
#define ARR_OUT_RET(el) { .type = SC_T_STRUCT, .mem = SC_M_ARRAY, .when = SC_W_EXIT, \
		.len = SC_L_RET, .elem = el }
#define INT_OUT ST_OUT(4)
#define INT_IO ST_IO(4)
#define LONG_OUT ST_OUT(8)
#define LONG_IN ST_IN(8)

/* Scatter/gather and messages. */
#define IOV_IN(a) { .type = SC_T_STRUCT, .mem = SC_M_IOVEC, .when = SC_W_ENTRY, .len = SC_L_ARG, .n = a }
#define IOV_OUT(a) { .type = SC_T_STRUCT, .mem = SC_M_IOVEC, .when = SC_W_EXIT, .len = SC_L_ARG, .n = a }
#define MSG_IN { .type = SC_T_STRUCT, .mem = SC_M_MSGHDR, .when = SC_W_ENTRY }
#define MSG_OUT { .type = SC_T_STRUCT, .mem = SC_M_MSGHDR, .when = SC_W_EXIT, .flags = SC_F_HDR_AT_ENTRY }
#define MMSG_IO(a) { .type = SC_T_STRUCT, .mem = SC_M_MMSGHDR, .when = SC_W_BOTH, .len = SC_L_ARG, .n = a }
#define MMSG_OUT(a) { .type = SC_T_STRUCT, .mem = SC_M_MMSGHDR, .when = SC_W_EXIT, .len = SC_L_ARG, \
		.n = a, .flags = SC_F_HDR_AT_ENTRY }

/* Socket addresses: length argument a (input), or the socklen_t at a
 * (output; the socklen_t itself is SOCKLEN, read at entry and exit). */
#define SA_IN(a) { .type = SC_T_STRUCT, .mem = SC_M_SOCKADDR, .when = SC_W_ENTRY, .len = SC_L_ARG, .n = a }
#define SA_OUT(a) { .type = SC_T_STRUCT, .mem = SC_M_SOCKADDR, .when = SC_W_EXIT, .len = SC_L_ARGPTR, \
		.n = a, .flags = SC_F_LEN_IS_MAX }
#define SOCKLEN ST_IO(4)

#define FDSET(a) { .type = SC_T_STRUCT, .mem = SC_M_FDSET, .when = SC_W_BOTH, .len = SC_L_ARG, .n = a }
/* A NUMA node mask whose maxnode is argument a. */
#define NODES_IN(a) { .type = SC_T_STRUCT, .mem = SC_M_NODEMASK, .when = SC_W_ENTRY, .len = SC_L_ARG, .n = a }
#define NODES_OUT(a) { .type = SC_T_STRUCT, .mem = SC_M_NODEMASK, .when = SC_W_EXIT, .len = SC_L_ARG, .n = a }
#define CLONE_ARGS { .type = SC_T_STRUCT, .mem = SC_M_CLONE_ARGS, .when = SC_W_BOTH, .len = SC_L_ARG, .n = 1 }
/* { pointer, length } and what it points to (pselect6's sigmask). */
#define PTR_LEN { .type = SC_T_STRUCT, .mem = SC_M_PTR_LEN, .when = SC_W_ENTRY }
#define IOCBS(a) { .type = SC_T_STRUCT, .mem = SC_M_IOCBS, .when = SC_W_ENTRY, .len = SC_L_ARG, \
		.n = a }
/* msgsnd's message at entry; msgrcv's at exit, as long as its msgsz argument
 * (strace prints msgsz bytes of mtext, not the length received). */
#define MSGBUF_IN(a) { .type = SC_T_STRUCT, .mem = SC_M_MSGBUF, .when = SC_W_ENTRY, \
		.len = SC_L_ARG, .n = a }
#define MSGBUF_OUT(a) { .type = SC_T_STRUCT, .mem = SC_M_MSGBUF, .when = SC_W_EXIT, \
		.len = SC_L_ARG, .n = a }

/* x86_64 kernel struct sizes. */
#define SZ_STAT 144      /* struct stat */
#define SZ_STATX 256     /* struct statx */
#define SZ_STATFS 120    /* struct statfs */
#define SZ_TIMESPEC 16   /* struct timespec, struct timeval */
#define SZ_TIMEZONE 8    /* struct timezone */
#define SZ_ITIMERVAL 32  /* struct itimerval, struct itimerspec */
#define SZ_SIGACTION 32  /* kernel struct sigaction: handler, flags, restorer, 8-byte mask */
#define SZ_SIGINFO 128   /* siginfo_t */
#define SZ_SIGEVENT 64   /* struct sigevent */
#define SZ_RUSAGE 144    /* struct rusage */
#define SZ_RLIMIT 16     /* struct rlimit */
#define SZ_UTSNAME 390   /* struct new_utsname: 6 fields of 65 */
#define SZ_SYSINFO 112   /* struct sysinfo */
#define SZ_TMS 32        /* struct tms */
#define SZ_TIMEX 208     /* struct timex */
#define SZ_STACK 24      /* stack_t */
#define SZ_UTIMBUF 16    /* struct utimbuf */
#define SZ_TIMES2 32     /* struct timeval[2], struct timespec[2] */
#define SZ_EPOLL_EVENT 12 /* struct epoll_event (packed on x86_64) */
#define SZ_POLLFD 8      /* struct pollfd */
#define SZ_SEMBUF 6      /* struct sembuf */
#define SZ_IO_EVENT 32   /* struct io_event */
#define SZ_MQ_ATTR 64    /* struct mq_attr */
#define SZ_CAP_HEADER 8  /* struct __user_cap_header_struct */
#define SZ_CAP_DATA 24   /* struct __user_cap_data_struct[2] (_LINUX_CAPABILITY_VERSION_3) */
#define SZ_IOVEC 16      /* struct iovec (remote iovecs of process_vm_*v, process_madvise) */
#define SZ_IO_URING_PARAMS 120 /* struct io_uring_params */
#define SZ_FUTEX_WAITV 24 /* struct futex_waitv */
#define SZ_SCHED_ATTR 56 /* struct sched_attr (SCHED_ATTR_SIZE_VER1) */

/* Roles: argument index of dirfd, path, dirfd2, path2, fd, fd2, flags, mode. */
#define RL(d, p, d2, p2, f, f2, fl, m) { d, p, d2, p2, f, f2, fl, m }
#define R0 RL(-1, -1, -1, -1, -1, -1, -1, -1)
#define R_FD(f) RL(-1, -1, -1, -1, f, -1, -1, -1)
#define R_FDFL(f, fl) RL(-1, -1, -1, -1, f, -1, fl, -1)
#define R_FDM(f, m) RL(-1, -1, -1, -1, f, -1, -1, m)
#define R_FD2(f, f2) RL(-1, -1, -1, -1, f, f2, -1, -1)
#define R_FL(fl) RL(-1, -1, -1, -1, -1, -1, fl, -1)
#define R_P(p) RL(-1, p, -1, -1, -1, -1, -1, -1)
#define R_PM(p, m) RL(-1, p, -1, -1, -1, -1, -1, m)
#define R_AT(d, p) RL(d, p, -1, -1, -1, -1, -1, -1)
#define R_ATF(d, p, fl) RL(d, p, -1, -1, -1, -1, fl, -1)
#define R_ATM(d, p, m) RL(d, p, -1, -1, -1, -1, -1, m)
#define R_OPEN(d, p, fl, m) RL(d, p, -1, -1, -1, -1, fl, m)
#define R_P2(p, p2) RL(-1, p, -1, p2, -1, -1, -1, -1)
#define R_AT2(d, p, d2, p2, fl) RL(d, p, d2, p2, -1, -1, fl, -1)

/* rt and eff are pasted onto SC_T_ / SC_E_ before INT, FD ... expand. */
#define SCS(shp, nm, na, rt, cls, eff, rl, ...) \
	{ .name = nm, .nargs = na, .ret = SC_T_##rt, .shape = shp, .effect = SC_E_##eff, \
	  .classes = cls, .roles = rl, .args = { __VA_ARGS__ } }
#define SC(nm, na, rt, cls, eff, rl, ...) \
	{ .name = nm, .nargs = na, .ret = SC_T_##rt, .effect = SC_E_##eff, \
	  .classes = cls, .roles = rl, .args = { __VA_ARGS__ } }
/* The same with LEN bytes at the stack pointer + OFF read at entry. */
#define SC_STACK(off, len, nm, na, rt, cls, eff, rl, ...) \
	{ .name = nm, .nargs = na, .ret = SC_T_##rt, .effect = SC_E_##eff, \
	  .classes = cls, .roles = rl, .args = { __VA_ARGS__ }, .stack = { off, len } }
#define UC_SIGMASK_AT_SP 0x128

const struct syscall_desc syscall_data[SYSCALL_DATA_SIZE] = {
	[0] = SC("read", 3, INT, TD, READ, R_FD(0), FD, BUF_OUT_RET, UINT),
	[1] = SC("write", 3, INT, TD, WRITE, R_FD(0), FD, BUF_IN(2), UINT),
	[2] = SC("open", 3, FD, TD | TF, OPEN, R_OPEN(-1, 0, 1, 2), PATH, FLG, OCT),
	[3] = SC("close", 1, INT, TD, CLOSE, R_FD(0), FD),
	[4] = SC("stat", 2, INT, TF | TST | TSA, STAT, R_P(0), PATH, ST_OUT(SZ_STAT)),
	[5] = SC("fstat", 2, INT, TD | TFST | TSA, STAT, R_FD(0), FD, ST_OUT(SZ_STAT)),
	[6] = SC("lstat", 2, INT, TF | TLST | TSA, STAT, R_P(0), PATH, ST_OUT(SZ_STAT)),
	[7] = SC("poll", 3, INT, TD, NONE, R0, ARR_IO(SZ_POLLFD, 1), UINT, INT),
	[8] = SC("lseek", 3, INT, TD, NONE, R_FD(0), FD, INT, ENM),
	[9] = SC("mmap", 6, PTR, TD | TM, MMAP, R_FDFL(4, 3), PTR, UINT, FLG, FLG, FD, HEX),
	[10] = SC("mprotect", 3, INT, TM, NONE, R0, PTR, UINT, FLG),
	[11] = SC("munmap", 2, INT, TM, NONE, R0, PTR, UINT),
	[12] = SC("brk", 1, PTR, TM, NONE, R0, PTR),
	[13] = SC("rt_sigaction", 4, INT, TS, NONE, R0, SIG, ST_IN(SZ_SIGACTION), ST_OUT(SZ_SIGACTION), UINT),
	[14] = SC("rt_sigprocmask", 4, INT, TS, NONE, R0, ENM, ST_IN_ARG(3), ST_OUT_ARG(3), UINT),
	/* strace prints the mask of the signal frame, found through the stack
	 * pointer, not through an argument. At the syscall the handler's return
	 * has popped the frame's pretcode, so sp points at its struct ucontext
	 * (struct rt_sigframe, arch/x86/include/asm/sigframe.h), whose uc_sigmask
	 * is at 0x128: uc_flags 8, uc_link 8, uc_stack 24, uc_mcontext 256. */
	[15] = SC_STACK(UC_SIGMASK_AT_SP, 8, "rt_sigreturn", 0, INT, TS, NONE, R0),
	[16] = SCS(SC_S_IOCTL, "ioctl", 3, INT, TD, NONE, R_FD(0), FD, ENM, HEX),
	[17] = SC("pread64", 4, INT, TD, READ, R_FD(0), FD, BUF_OUT_RET, UINT, INT),
	[18] = SC("pwrite64", 4, INT, TD, WRITE, R_FD(0), FD, BUF_IN(2), UINT, INT),
	[19] = SC("readv", 3, INT, TD, READ, R_FD(0), FD, IOV_OUT(2), INT),
	[20] = SC("writev", 3, INT, TD, WRITE, R_FD(0), FD, IOV_IN(2), INT),
	[21] = SC("access", 2, INT, TF, STAT, R_PM(0, 1), PATH, FLG),
	[22] = SC("pipe", 1, INT, TD, PIPE, R_FD(0), ARR_OUT_N(4, 2)),
	[23] = SC("select", 5, INT, TD, NONE, R0, INT, FDSET(0), FDSET(0), FDSET(0), ST_IO(SZ_TIMESPEC)),
	[24] = SC("sched_yield", 0, INT, 0, NONE, R0),
	[25] = SC("mremap", 5, PTR, TM, NONE, R0, PTR, UINT, UINT, FLG, PTR),
	[26] = SC("msync", 3, INT, TM, NONE, R0, PTR, UINT, FLG),
	/* vec: one byte per page; the length's bytes (capped by -s) cover the
	 * -s pages strace prints */
	[27] = SC("mincore", 3, INT, TM, NONE, R0, PTR, UINT,
		  { .type = SC_T_BUF, .mem = SC_M_BUF, .when = SC_W_EXIT, .len = SC_L_ARG, .n = 1 }),
	[28] = SC("madvise", 3, INT, TM, NONE, R0, PTR, UINT, ENM),
	[29] = SC("shmget", 3, INT, TI, NONE, R0, HEX, UINT, FLG),
	[30] = SC("shmat", 3, PTR, TI | TM, NONE, R0, INT, PTR, FLG),
	[31] = SCS(SC_S_SHMCTL, "shmctl", 3, INT, TI, NONE, R0, INT, ENM, PTR),
	[32] = SC("dup", 1, FD, TD, DUP, R_FD(0), FD),
	[33] = SC("dup2", 2, FD, TD, DUP2, R_FD2(0, 1), FD, FD),
	[34] = SC("pause", 0, INT, TS, NONE, R0),
	[35] = SC("nanosleep", 2, INT, 0, NONE, R0, ST_IN(SZ_TIMESPEC), ST_OUT_RESTART(SZ_TIMESPEC)),
	[36] = SC("getitimer", 2, INT, 0, NONE, R0, ENM, ST_OUT(SZ_ITIMERVAL)),
	[37] = SC("alarm", 1, UINT, 0, NONE, R0, UINT),
	[38] = SC("setitimer", 3, INT, 0, NONE, R0, ENM, ST_IN(SZ_ITIMERVAL), ST_OUT(SZ_ITIMERVAL)),
	[39] = SC("getpid", 0, PID, TPU, NONE, R0),
	[40] = SC("sendfile", 4, INT, TD | TN, COPY, R_FD2(1, 0), FD, FD, ST_IO(8), UINT),
	[41] = SC("socket", 3, FD, TN, SOCKET, R_FL(1), ENM, FLG, INT),
	[42] = SC("connect", 3, INT, TN, NONE, R_FD(0), FD, SA_IN(2), UINT),
	[43] = SC("accept", 3, FD, TN, ACCEPT, R_FD(0), FD, SA_OUT(2), SOCKLEN),
	[44] = SC("sendto", 6, INT, TN, WRITE, R_FD(0), FD, BUF_IN(2), UINT, FLG, SA_IN(5), UINT),
	[45] = SC("recvfrom", 6, INT, TN, READ, R_FD(0), FD, BUF_OUT_RET, UINT, FLG, SA_OUT(5), SOCKLEN),
	[46] = SC("sendmsg", 3, INT, TN, WRITE, R_FD(0), FD, MSG_IN, FLG),
	[47] = SC("recvmsg", 3, INT, TN, READ, R_FD(0), FD, MSG_OUT, FLG),
	[48] = SC("shutdown", 2, INT, TN, NONE, R_FD(0), FD, ENM),
	[49] = SC("bind", 3, INT, TN, NONE, R_FD(0), FD, SA_IN(2), UINT),
	[50] = SC("listen", 2, INT, TN, NONE, R_FD(0), FD, INT),
	[51] = SC("getsockname", 3, INT, TN, NONE, R_FD(0), FD, SA_OUT(2), SOCKLEN),
	[52] = SC("getpeername", 3, INT, TN, NONE, R_FD(0), FD, SA_OUT(2), SOCKLEN),
	[53] = SC("socketpair", 4, INT, TN, SOCKETPAIR, R_FDFL(3, 1), ENM, FLG, INT, ARR_OUT_N(4, 2)),
	[54] = SC("setsockopt", 5, INT, TN, NONE, R_FD(0), FD, ENM, ENM, ST_IN_ARG(4), UINT),
	[55] = SC("getsockopt", 5, INT, TN, NONE, R_FD(0), FD, ENM, ENM, ST_OUT_ARGPTR(4), SOCKLEN),
	/* x86_64 order: flags, stack, parent_tid, child_tid, tls. The int at
	 * parent_tid is meaningful only with CLONE_PARENT_SETTID. */
	[56] = SC("clone", 5, PID, TP, CLONE, R_FL(0), FLG, PTR, INT_OUT, PTR, HEX),
	[57] = SC("fork", 0, PID, TP, CLONE, R0),
	[58] = SC("vfork", 0, PID, TP, CLONE, R0),
	[59] = SC("execve", 3, INT, TF | TP, EXEC, R_P(0), PATH, ARGV, ARGV),
	[60] = SC("exit", 1, INT, TP, NONE, R0, INT),
	[61] = SC("wait4", 4, PID, TP, NONE, R0, PID, INT_OUT, FLG, ST_OUT(SZ_RUSAGE)),
	[62] = SC("kill", 2, INT, TP | TS, NONE, R0, PID, SIG),
	[63] = SC("uname", 1, INT, 0, NONE, R0, ST_OUT(SZ_UTSNAME)),
	[64] = SC("semget", 3, INT, TI, NONE, R0, HEX, INT, FLG),
	[65] = SC("semop", 3, INT, TI, NONE, R0, INT, ARR_IN(SZ_SEMBUF, 2), UINT),
	[66] = SCS(SC_S_SEMCTL, "semctl", 4, INT, TI, NONE, R0, INT, INT, ENM, HEX),
	[67] = SC("shmdt", 1, INT, TI | TM, NONE, R0, PTR),
	[68] = SC("msgget", 2, INT, TI, NONE, R0, HEX, FLG),
	[69] = SC("msgsnd", 4, INT, TI, NONE, R0, INT, MSGBUF_IN(2), UINT, FLG),
	[70] = SC("msgrcv", 5, INT, TI, NONE, R0, INT, MSGBUF_OUT(2), UINT, INT, FLG),
	[71] = SCS(SC_S_MSGCTL, "msgctl", 3, INT, TI, NONE, R0, INT, ENM, PTR),
	[72] = SCS(SC_S_FCNTL, "fcntl", 3, INT, TD, FCNTL, R_FDFL(0, 1), FD, ENM, HEX),
	[73] = SC("flock", 2, INT, TD, NONE, R_FD(0), FD, FLG),
	[74] = SC("fsync", 1, INT, TD, NONE, R_FD(0), FD),
	[75] = SC("fdatasync", 1, INT, TD, NONE, R_FD(0), FD),
	[76] = SC("truncate", 2, INT, TF, TRUNCATE, R_P(0), PATH, INT),
	[77] = SC("ftruncate", 2, INT, TD, FTRUNCATE, R_FD(0), FD, INT),
	[78] = SC("getdents", 3, INT, TD, GETDENTS, R_FD(0), FD, BUF_OUT_WHOLE, UINT),
	[79] = SC("getcwd", 2, INT, TF, NONE, R0, BUF_OUT_WHOLE, UINT),
	[80] = SC("chdir", 1, INT, TF, CHDIR, R_P(0), PATH),
	[81] = SC("fchdir", 1, INT, TD, FCHDIR, R_FD(0), FD),
	[82] = SC("rename", 2, INT, TF, RENAME, R_P2(0, 1), PATH, PATH),
	[83] = SC("mkdir", 2, INT, TF, MKDIR, R_PM(0, 1), PATH, OCT),
	[84] = SC("rmdir", 1, INT, TF, RMDIR, R_P(0), PATH),
	/* creat has no flags argument: it is open(O_CREAT|O_WRONLY|O_TRUNC). */
	[85] = SC("creat", 2, FD, TD | TF, OPEN, R_OPEN(-1, 0, -1, 1), PATH, OCT),
	[86] = SC("link", 2, INT, TF, LINK, R_P2(0, 1), PATH, PATH),
	[87] = SC("unlink", 1, INT, TF, UNLINK, R_P(0), PATH),
	/* The target is text stored in the link, not a path resolved now. */
	[88] = SC("symlink", 2, INT, TF, SYMLINK, R_P2(0, 1), STR, PATH),
	[89] = SC("readlink", 3, INT, TF, STAT, R_P(0), PATH, BUF_OUT_WHOLE, UINT),
	[90] = SC("chmod", 2, INT, TF, CHMOD, R_PM(0, 1), PATH, OCT),
	[91] = SC("fchmod", 2, INT, TD, CHMOD, R_FDM(0, 1), FD, OCT),
	[92] = SC("chown", 3, INT, TF, CHOWN, R_P(0), PATH, INT, INT),
	[93] = SC("fchown", 3, INT, TD, CHOWN, R_FD(0), FD, INT, INT),
	[94] = SC("lchown", 3, INT, TF, CHOWN, R_P(0), PATH, INT, INT),
	[95] = SC("umask", 1, OCT, 0, NONE, R0, OCT),
	[96] = SC("gettimeofday", 2, INT, TCL, NONE, R0, ST_OUT(SZ_TIMESPEC), ST_OUT(SZ_TIMEZONE)),
	[97] = SC("getrlimit", 2, INT, 0, NONE, R0, ENM, ST_OUT(SZ_RLIMIT)),
	[98] = SC("getrusage", 2, INT, 0, NONE, R0, ENM, ST_OUT(SZ_RUSAGE)),
	[99] = SC("sysinfo", 1, INT, 0, NONE, R0, ST_OUT(SZ_SYSINFO)),
	[100] = SC("times", 1, UINT, 0, NONE, R0, ST_OUT(SZ_TMS)),
	[101] = SCS(SC_S_PTRACE, "ptrace", 4, INT, 0, NONE, R0, ENM, PID, PTR, HEX),
	[102] = SC("getuid", 0, UINT, TC | TPU, NONE, R0),
	[103] = SC("syslog", 3, INT, 0, NONE, R0, ENM, PTR, INT),
	[104] = SC("getgid", 0, UINT, TC | TPU, NONE, R0),
	[105] = SC("setuid", 1, INT, TC, NONE, R0, UINT),
	[106] = SC("setgid", 1, INT, TC, NONE, R0, UINT),
	[107] = SC("geteuid", 0, UINT, TC | TPU, NONE, R0),
	[108] = SC("getegid", 0, UINT, TC | TPU, NONE, R0),
	[109] = SC("setpgid", 2, INT, 0, NONE, R0, PID, PID),
	[110] = SC("getppid", 0, PID, TPU, NONE, R0),
	[111] = SC("getpgrp", 0, PID, TPU, NONE, R0),
	[112] = SC("setsid", 0, PID, 0, NONE, R0),
	[113] = SC("setreuid", 2, INT, TC, NONE, R0, UINT, UINT),
	[114] = SC("setregid", 2, INT, TC, NONE, R0, UINT, UINT),
	[115] = SC("getgroups", 2, INT, TC, NONE, R0, INT, ARR_OUT_RET(4)),
	[116] = SC("setgroups", 2, INT, TC, NONE, R0, INT, ARR_IN(4, 0)),
	[117] = SC("setresuid", 3, INT, TC, NONE, R0, UINT, UINT, UINT),
	[118] = SC("getresuid", 3, INT, TC, NONE, R0, INT_OUT, INT_OUT, INT_OUT),
	[119] = SC("setresgid", 3, INT, TC, NONE, R0, UINT, UINT, UINT),
	[120] = SC("getresgid", 3, INT, TC, NONE, R0, INT_OUT, INT_OUT, INT_OUT),
	[121] = SC("getpgid", 1, PID, 0, NONE, R0, PID),
	[122] = SC("setfsuid", 1, UINT, TC, NONE, R0, UINT),
	[123] = SC("setfsgid", 1, UINT, TC, NONE, R0, UINT),
	[124] = SC("getsid", 1, PID, 0, NONE, R0, PID),
	/* The header is in/out: the kernel writes its preferred version back. */
	[125] = SC("capget", 2, INT, TC, NONE, R0, ST_IO(SZ_CAP_HEADER), ST_OUT(SZ_CAP_DATA)),
	[126] = SC("capset", 2, INT, TC, NONE, R0, ST_IN(SZ_CAP_HEADER), ST_IN(SZ_CAP_DATA)),
	[127] = SC("rt_sigpending", 2, INT, TS, NONE, R0, ST_OUT_ARG(1), UINT),
	[128] = SC("rt_sigtimedwait", 4, INT, TS, NONE, R0, ST_IN_ARG(3), ST_OUT(SZ_SIGINFO), ST_IN(SZ_TIMESPEC), UINT),
	[129] = SC("rt_sigqueueinfo", 3, INT, TP | TS, NONE, R0, PID, SIG, ST_IN(SZ_SIGINFO)),
	[130] = SC("rt_sigsuspend", 2, INT, TS, NONE, R0, ST_IN_ARG(1), UINT),
	[131] = SC("sigaltstack", 2, INT, TS, NONE, R0, ST_IN(SZ_STACK), ST_OUT(SZ_STACK)),
	[132] = SC("utime", 2, INT, TF, UTIME, R_P(0), PATH, ST_IN(SZ_UTIMBUF)),
	[133] = SC("mknod", 3, INT, TF, MKDIR, R_PM(0, 1), PATH, OCT, HEX),
	[134] = SC("uselib", 1, INT, TF, NONE, R0, PATH),
	[135] = SC("personality", 1, HEX, 0, NONE, R0, HEX),
	[136] = SC("ustat", 2, INT, TSFA, NONE, R0, HEX, PTR),
	[137] = SC("statfs", 2, INT, TF | TSF | TSFA, STAT, R_P(0), PATH, ST_OUT(SZ_STATFS)),
	[138] = SC("fstatfs", 2, INT, TD | TFSF | TSFA, STAT, R_FD(0), FD, ST_OUT(SZ_STATFS)),
	[139] = SC("sysfs", 3, INT, 0, NONE, R0, ENM, HEX, HEX),
	[140] = SC("getpriority", 2, INT, 0, NONE, R0, ENM, INT),
	[141] = SC("setpriority", 3, INT, 0, NONE, R0, ENM, INT, INT),
	[142] = SC("sched_setparam", 2, INT, 0, NONE, R0, PID, ST_IN(4)),
	[143] = SC("sched_getparam", 2, INT, 0, NONE, R0, PID, ST_OUT(4)),
	[144] = SC("sched_setscheduler", 3, INT, 0, NONE, R0, PID, ENM, ST_IN(4)),
	[145] = SC("sched_getscheduler", 1, INT, 0, NONE, R0, PID),
	[146] = SC("sched_get_priority_max", 1, INT, 0, NONE, R0, ENM),
	[147] = SC("sched_get_priority_min", 1, INT, 0, NONE, R0, ENM),
	[148] = SC("sched_rr_get_interval", 2, INT, 0, NONE, R0, PID, ST_OUT(SZ_TIMESPEC)),
	[149] = SC("mlock", 2, INT, TM, NONE, R0, PTR, UINT),
	[150] = SC("munlock", 2, INT, TM, NONE, R0, PTR, UINT),
	[151] = SC("mlockall", 1, INT, TM, NONE, R0, FLG),
	[152] = SC("munlockall", 0, INT, TM, NONE, R0),
	[153] = SC("vhangup", 0, INT, 0, NONE, R0),
	[154] = SC("modify_ldt", 3, INT, 0, NONE, R0, INT, PTR, UINT),
	[155] = SC("pivot_root", 2, INT, TF, NONE, R0, PATH, PATH),
	[156] = SC("_sysctl", 1, INT, 0, NONE, R0, PTR),
	[157] = SCS(SC_S_PRCTL, "prctl", 5, INT, TC, NONE, R0, ENM, HEX, HEX, HEX, HEX),
	[158] = SCS(SC_S_ARCH_PRCTL, "arch_prctl", 2, INT, 0, NONE, R0, ENM, HEX),
	[159] = SC("adjtimex", 1, INT, TCL, NONE, R0, ST_IO(SZ_TIMEX)),
	[160] = SC("setrlimit", 2, INT, 0, NONE, R0, ENM, ST_IN(SZ_RLIMIT)),
	[161] = SC("chroot", 1, INT, TF, CHROOT, R_P(0), PATH),
	[162] = SC("sync", 0, INT, 0, NONE, R0),
	[163] = SC("acct", 1, INT, TF, NONE, R0, PATH),
	[164] = SC("settimeofday", 2, INT, TCL, NONE, R0, ST_IN(SZ_TIMESPEC), ST_IN(SZ_TIMEZONE)),
	[165] = SC("mount", 5, INT, TF, NONE, R0, PATH, PATH, STR, FLG, STR), /* data: text for most filesystems */
	[166] = SC("umount2", 2, INT, TF, NONE, R0, PATH, FLG),
	[167] = SC("swapon", 2, INT, TF, NONE, R0, PATH, FLG),
	[168] = SC("swapoff", 1, INT, TF, NONE, R0, PATH),
	[169] = SC("reboot", 4, INT, 0, NONE, R0, HEX, HEX, ENM, PTR),
	[170] = SC("sethostname", 2, INT, 0, NONE, R0, BUF_IN(1), UINT),
	[171] = SC("setdomainname", 2, INT, 0, NONE, R0, BUF_IN(1), UINT),
	[172] = SC("iopl", 1, INT, 0, NONE, R0, INT),
	[173] = SC("ioperm", 3, INT, 0, NONE, R0, HEX, HEX, INT),
	[174] = SC("create_module", 2, INT, 0, NONE, R0, HEX, HEX),
	[175] = SC("init_module", 3, INT, 0, NONE, R0, PTR, UINT, STR),
	[176] = SC("delete_module", 2, INT, 0, NONE, R0, STR, FLG),
	[177] = SC("get_kernel_syms", 1, INT, 0, NONE, R0, HEX),
	[178] = SC("query_module", 5, INT, 0, NONE, R0, HEX, HEX, HEX, HEX, HEX),
	[179] = SC("quotactl", 4, INT, TF, NONE, R0, ENM, PATH, INT, PTR),
	[180] = SC("nfsservctl", 3, INT, 0, NONE, R0, HEX, HEX, HEX),
	[181] = SC("getpmsg", 5, INT, TN, NONE, R0, HEX, HEX, HEX, HEX, HEX),
	[182] = SC("putpmsg", 5, INT, TN, NONE, R0, HEX, HEX, HEX, HEX, HEX),
	[183] = SC("afs_syscall", 5, INT, 0, NONE, R0, HEX, HEX, HEX, HEX, HEX),
	[184] = SC("tuxcall", 3, INT, 0, NONE, R0, HEX, HEX, HEX),
	[185] = SC("security", 3, INT, 0, NONE, R0, HEX, HEX, HEX),
	[186] = SC("gettid", 0, PID, TPU, NONE, R0),
	[187] = SC("readahead", 3, INT, TD, NONE, R_FD(0), FD, INT, UINT),
	[188] = SC("setxattr", 5, INT, TF, XATTR, R_P(0), PATH, STR, BUF_IN(3), UINT, FLG),
	[189] = SC("lsetxattr", 5, INT, TF, XATTR, R_P(0), PATH, STR, BUF_IN(3), UINT, FLG),
	[190] = SC("fsetxattr", 5, INT, TD, XATTR, R_FD(0), FD, STR, BUF_IN(3), UINT, FLG),
	[191] = SC("getxattr", 4, INT, TF, STAT, R_P(0), PATH, STR, BUF_OUT_RET, UINT),
	[192] = SC("lgetxattr", 4, INT, TF, STAT, R_P(0), PATH, STR, BUF_OUT_RET, UINT),
	[193] = SC("fgetxattr", 4, INT, TD, STAT, R_FD(0), FD, STR, BUF_OUT_RET, UINT),
	[194] = SC("listxattr", 3, INT, TF, STAT, R_P(0), PATH, BUF_OUT_RET, UINT),
	[195] = SC("llistxattr", 3, INT, TF, STAT, R_P(0), PATH, BUF_OUT_RET, UINT),
	[196] = SC("flistxattr", 3, INT, TD, STAT, R_FD(0), FD, BUF_OUT_RET, UINT),
	[197] = SC("removexattr", 2, INT, TF, XATTR, R_P(0), PATH, STR),
	[198] = SC("lremovexattr", 2, INT, TF, XATTR, R_P(0), PATH, STR),
	[199] = SC("fremovexattr", 2, INT, TD, XATTR, R_FD(0), FD, STR),
	[200] = SC("tkill", 2, INT, TP | TS, NONE, R0, PID, SIG),
	[201] = SC("time", 1, INT, TCL, NONE, R0, LONG_OUT),
	[202] = SCS(SC_S_FUTEX, "futex", 6, INT, 0, NONE, R0, PTR, ENM, INT, HEX, PTR, INT),
	[203] = SC("sched_setaffinity", 3, INT, 0, NONE, R0, PID, UINT, ST_IN_ARG(1)),
	[204] = SC("sched_getaffinity", 3, INT, 0, NONE, R0, PID, UINT, ST_OUT_RET),
	[205] = SC("set_thread_area", 1, INT, 0, NONE, R0, PTR),
	[206] = SC("io_setup", 2, INT, TM, NONE, R0, UINT, LONG_OUT),
	[207] = SC("io_destroy", 1, INT, TM, NONE, R0, HEX),
	[208] = SC("io_getevents", 5, INT, 0, NONE, R0, HEX, INT, INT, ARR_OUT_RET(SZ_IO_EVENT), ST_IN(SZ_TIMESPEC)),
	[209] = SC("io_submit", 3, INT, 0, NONE, R0, HEX, INT, IOCBS(1)),
	[210] = SC("io_cancel", 3, INT, 0, NONE, R0, HEX, PTR, PTR),
	[211] = SC("get_thread_area", 1, INT, 0, NONE, R0, PTR),
	[212] = SC("lookup_dcookie", 3, INT, 0, NONE, R0, HEX, BUF_OUT_RET, UINT),
	[213] = SC("epoll_create", 1, FD, TD, ANON_FD, R0, INT),
	[214] = SC("epoll_ctl_old", 4, INT, 0, NONE, R0, HEX, HEX, HEX, HEX),
	[215] = SC("epoll_wait_old", 4, INT, 0, NONE, R0, HEX, HEX, HEX, HEX),
	[216] = SC("remap_file_pages", 5, INT, TM, NONE, R0, PTR, UINT, FLG, UINT, FLG),
	[217] = SC("getdents64", 3, INT, TD, GETDENTS, R_FD(0), FD, BUF_OUT_WHOLE, UINT),
	[218] = SC("set_tid_address", 1, PID, 0, NONE, R0, PTR),
	[219] = SC("restart_syscall", 0, INT, 0, NONE, R0),
	[220] = SC("semtimedop", 4, INT, TI, NONE, R0, INT, ARR_IN(SZ_SEMBUF, 2), UINT, ST_IN(SZ_TIMESPEC)),
	[221] = SC("fadvise64", 4, INT, TD, NONE, R_FD(0), FD, INT, UINT, ENM),
	[222] = SC("timer_create", 3, INT, 0, NONE, R0, ENM, ST_IN(SZ_SIGEVENT), INT_OUT),
	[223] = SC("timer_settime", 4, INT, 0, NONE, R0, INT, FLG, ST_IN(SZ_ITIMERVAL), ST_OUT(SZ_ITIMERVAL)),
	[224] = SC("timer_gettime", 2, INT, 0, NONE, R0, INT, ST_OUT(SZ_ITIMERVAL)),
	[225] = SC("timer_getoverrun", 1, INT, 0, NONE, R0, INT),
	[226] = SC("timer_delete", 1, INT, 0, NONE, R0, INT),
	[227] = SC("clock_settime", 2, INT, TCL, NONE, R0, ENM, ST_IN(SZ_TIMESPEC)),
	[228] = SC("clock_gettime", 2, INT, TCL, NONE, R0, ENM, ST_OUT(SZ_TIMESPEC)),
	[229] = SC("clock_getres", 2, INT, TCL, NONE, R0, ENM, ST_OUT(SZ_TIMESPEC)),
	[230] = SC("clock_nanosleep", 4, INT, 0, NONE, R0, ENM, FLG, ST_IN(SZ_TIMESPEC), ST_OUT_RESTART(SZ_TIMESPEC)),
	[231] = SC("exit_group", 1, INT, TP, NONE, R0, INT),
	[232] = SC("epoll_wait", 4, INT, TD, NONE, R_FD(0), FD, ARR_OUT_RET(SZ_EPOLL_EVENT), INT, INT),
	[233] = SC("epoll_ctl", 4, INT, TD, NONE, R_FD(0), FD, ENM, FD, ST_IN(SZ_EPOLL_EVENT)),
	[234] = SC("tgkill", 3, INT, TP | TS, NONE, R0, PID, PID, SIG),
	[235] = SC("utimes", 2, INT, TF, UTIME, R_P(0), PATH, ST_IN(SZ_TIMES2)),
	[236] = SC("vserver", 5, INT, 0, NONE, R0, HEX, HEX, HEX, HEX, HEX),
	[237] = SC("mbind", 6, INT, TM, NONE, R0, PTR, UINT, ENM, NODES_IN(4), UINT, FLG),
	[238] = SC("set_mempolicy", 3, INT, TM, NONE, R0, ENM, NODES_IN(2), UINT),
	[239] = SC("get_mempolicy", 5, INT, TM, NONE, R0, INT_OUT, NODES_OUT(2), UINT, PTR, FLG),
	[240] = SC("mq_open", 4, FD, TD, NONE, R_FL(1), STR, FLG, OCT, ST_IN(SZ_MQ_ATTR)),
	[241] = SC("mq_unlink", 1, INT, 0, NONE, R0, STR),
	[242] = SC("mq_timedsend", 5, INT, TD, NONE, R_FD(0), FD, BUF_IN(2), UINT, UINT, ST_IN(SZ_TIMESPEC)),
	[243] = SC("mq_timedreceive", 5, INT, TD, NONE, R_FD(0), FD, BUF_OUT_RET, UINT, INT_OUT, ST_IN(SZ_TIMESPEC)),
	[244] = SC("mq_notify", 2, INT, TD, NONE, R_FD(0), FD, ST_IN(SZ_SIGEVENT)),
	[245] = SC("mq_getsetattr", 3, INT, TD, NONE, R_FD(0), FD, ST_IN(SZ_MQ_ATTR), ST_OUT(SZ_MQ_ATTR)),
	[246] = SC("kexec_load", 4, INT, 0, NONE, R0, HEX, UINT, PTR, FLG),
	[247] = SC("waitid", 5, INT, TP, NONE, R0, ENM, PID, ST_OUT(SZ_SIGINFO), FLG, ST_OUT(SZ_RUSAGE)),
	[248] = SC("add_key", 5, INT, 0, NONE, R0, STR, STR, BUF_IN(3), UINT, INT),
	[249] = SC("request_key", 4, INT, 0, NONE, R0, STR, STR, STR, INT),
	[250] = SC("keyctl", 5, INT, 0, NONE, R0, ENM, HEX, HEX, HEX, HEX),
	[251] = SC("ioprio_set", 3, INT, 0, NONE, R0, ENM, INT, INT),
	[252] = SC("ioprio_get", 2, INT, 0, NONE, R0, ENM, INT),
	[253] = SC("inotify_init", 0, FD, TD, ANON_FD, R0),
	/* Watching a path looks at it (and keeps looking), never reads it. */
	[254] = SC("inotify_add_watch", 3, INT, TD | TF, STAT, RL(-1, 1, -1, -1, 0, -1, -1, -1), FD, PATH, FLG),
	[255] = SC("inotify_rm_watch", 2, INT, TD, NONE, R_FD(0), FD, INT),
	[256] = SC("migrate_pages", 4, INT, TM, NONE, R0, PID, UINT, NODES_IN(1), NODES_IN(1)),
	[257] = SC("openat", 4, FD, TD | TF, OPEN, R_OPEN(0, 1, 2, 3), DFD, PATH, FLG, OCT),
	[258] = SC("mkdirat", 3, INT, TD | TF, MKDIR, R_ATM(0, 1, 2), DFD, PATH, OCT),
	[259] = SC("mknodat", 4, INT, TD | TF, MKDIR, R_ATM(0, 1, 2), DFD, PATH, OCT, HEX),
	[260] = SC("fchownat", 5, INT, TD | TF, CHOWN, R_ATF(0, 1, 4), DFD, PATH, INT, INT, FLG),
	[261] = SC("futimesat", 3, INT, TD | TF, UTIME, R_AT(0, 1), DFD, PATH, ST_IN(SZ_TIMES2)),
	[262] = SC("newfstatat", 4, INT, TD | TF | TFST | TSA, STAT, R_ATF(0, 1, 3), DFD, PATH, ST_OUT(SZ_STAT), FLG),
	/* AT_REMOVEDIR in flags makes it an rmdir. */
	[263] = SC("unlinkat", 3, INT, TD | TF, UNLINK, R_ATF(0, 1, 2), DFD, PATH, FLG),
	[264] = SC("renameat", 4, INT, TD | TF, RENAME, R_AT2(0, 1, 2, 3, -1), DFD, PATH, DFD, PATH),
	[265] = SC("linkat", 5, INT, TD | TF, LINK, R_AT2(0, 1, 2, 3, 4), DFD, PATH, DFD, PATH, FLG),
	[266] = SC("symlinkat", 3, INT, TD | TF, SYMLINK, R_AT2(-1, 0, 1, 2, -1), STR, DFD, PATH),
	[267] = SC("readlinkat", 4, INT, TD | TF, STAT, R_AT(0, 1), DFD, PATH, BUF_OUT_WHOLE, UINT),
	[268] = SC("fchmodat", 3, INT, TD | TF, CHMOD, R_ATM(0, 1, 2), DFD, PATH, OCT),
	[269] = SC("faccessat", 3, INT, TD | TF, STAT, R_ATM(0, 1, 2), DFD, PATH, FLG),
	/* Argument 5 points at {const sigset_t *ss; size_t ss_len}: only that
	 * pair is copied, not the mask it points to. */
	[270] = SC("pselect6", 6, INT, TD, NONE, R0, INT, FDSET(0), FDSET(0), FDSET(0), ST_IO(SZ_TIMESPEC), PTR_LEN),
	[271] = SC("ppoll", 5, INT, TD, NONE, R0, ARR_IO(SZ_POLLFD, 1), UINT, ST_IO(SZ_TIMESPEC), ST_IN_ARG(4), UINT),
	[272] = SC("unshare", 1, INT, 0, NONE, R0, FLG),
	/* strace prints both pointers as addresses only. */
	[273] = SC("set_robust_list", 2, INT, 0, NONE, R0, PTR, UINT),
	[274] = SC("get_robust_list", 3, INT, 0, NONE, R0, PID, LONG_OUT, LONG_OUT),
	/* The offsets are printed as they were on entry. */
	[275] = SC("splice", 6, INT, TD, COPY, R_FD2(0, 2), FD, LONG_IN, FD, LONG_IN, UINT, FLG),
	[276] = SC("tee", 4, INT, TD, COPY, R_FD2(0, 1), FD, FD, UINT, FLG),
	[277] = SC("sync_file_range", 4, INT, TD, NONE, R_FD(0), FD, INT, INT, FLG),
	[278] = SC("vmsplice", 4, INT, TD, NONE, R_FD(0), FD, IOV_IN(2), UINT, FLG),
	[279] = SC("move_pages", 6, INT, TM, NONE, R0, PID, UINT, PTR, PTR, PTR, FLG),
	/* A NULL path (futimens) means dirfd itself. */
	[280] = SC("utimensat", 4, INT, TD | TF, UTIME, R_ATF(0, 1, 3), DFD, PATH, ST_IN(SZ_TIMES2), FLG),
	[281] = SC("epoll_pwait", 6, INT, TD, NONE, R_FD(0), FD, ARR_OUT_RET(SZ_EPOLL_EVENT), INT, INT, ST_IN_ARG(5), UINT),
	[282] = SC("signalfd", 3, FD, TD | TS, ANON_FD, R_FD(0), FD, ST_IN_ARG(2), UINT),
	[283] = SC("timerfd_create", 2, FD, TD, ANON_FD, R_FL(1), ENM, FLG),
	[284] = SC("eventfd", 1, FD, TD, ANON_FD, R0, UINT),
	[285] = SC("fallocate", 4, INT, TD, FALLOCATE, R_FDFL(0, 1), FD, FLG, INT, INT),
	[286] = SC("timerfd_settime", 4, INT, TD, NONE, R_FD(0), FD, FLG, ST_IN(SZ_ITIMERVAL), ST_OUT(SZ_ITIMERVAL)),
	[287] = SC("timerfd_gettime", 2, INT, TD, NONE, R_FD(0), FD, ST_OUT(SZ_ITIMERVAL)),
	[288] = SC("accept4", 4, FD, TN, ACCEPT, R_FDFL(0, 3), FD, SA_OUT(2), SOCKLEN, FLG),
	[289] = SC("signalfd4", 4, FD, TD | TS, ANON_FD, R_FDFL(0, 3), FD, ST_IN_ARG(2), UINT, FLG),
	[290] = SC("eventfd2", 2, FD, TD, ANON_FD, R_FL(1), UINT, FLG),
	[291] = SC("epoll_create1", 1, FD, TD, ANON_FD, R_FL(0), FLG),
	[292] = SC("dup3", 3, FD, TD, DUP2, RL(-1, -1, -1, -1, 0, 1, 2, -1), FD, FD, FLG),
	[293] = SC("pipe2", 2, INT, TD, PIPE, R_FDFL(0, 1), ARR_OUT_N(4, 2), FLG),
	[294] = SC("inotify_init1", 1, FD, TD, ANON_FD, R_FL(0), FLG),
	/* strace shows one offset; the kernel's pos_h register is not printed. */
	[295] = SC("preadv", 4, INT, TD, READ, R_FD(0), FD, IOV_OUT(2), INT, INT),
	[296] = SC("pwritev", 4, INT, TD, WRITE, R_FD(0), FD, IOV_IN(2), INT, INT),
	[297] = SC("rt_tgsigqueueinfo", 4, INT, TP | TS, NONE, R0, PID, PID, SIG, ST_IN(SZ_SIGINFO)),
	[298] = SC("perf_event_open", 5, FD, TD, ANON_FD, R0, PTR, PID, INT, FD, FLG),
	[299] = SC("recvmmsg", 5, INT, TN, READ, R_FD(0), FD, MMSG_OUT(2), UINT, FLG, ST_IO(SZ_TIMESPEC)),
	[300] = SC("fanotify_init", 2, FD, TD, ANON_FD, R_FL(0), FLG, FLG),
	[301] = SC("fanotify_mark", 5, INT, TD | TF, STAT, RL(3, 4, -1, -1, 0, -1, 1, -1), FD, FLG, FLG, DFD, PATH),
	[302] = SC("prlimit64", 4, INT, 0, NONE, R0, PID, ENM, ST_IN(SZ_RLIMIT), ST_OUT(SZ_RLIMIT)),
	[303] = SC("name_to_handle_at", 5, INT, TD | TF, STAT, R_ATF(0, 1, 4), DFD, PATH, PTR, INT_OUT, FLG),
	[304] = SC("open_by_handle_at", 3, FD, TD, OPEN, RL(-1, -1, -1, -1, 0, -1, 2, -1), FD, PTR, FLG),
	[305] = SC("clock_adjtime", 2, INT, TCL, NONE, R0, ENM, ST_IO(SZ_TIMEX)),
	[306] = SC("syncfs", 1, INT, TD, NONE, R_FD(0), FD),
	[307] = SC("sendmmsg", 4, INT, TN, WRITE, R_FD(0), FD, MMSG_IO(2), UINT, FLG),
	[308] = SC("setns", 2, INT, TD, NONE, R_FD(0), FD, FLG),
	[309] = SC("getcpu", 3, INT, 0, NONE, R0, INT_OUT, INT_OUT, PTR),
	/* The remote iovecs are addresses in the other process: only the
	 * array is copied, never what it points to. */
	[310] = SC("process_vm_readv", 6, INT, 0, NONE, R0, PID, IOV_OUT(2), UINT, ARR_IN(SZ_IOVEC, 4), UINT, FLG),
	[311] = SC("process_vm_writev", 6, INT, 0, NONE, R0, PID, IOV_IN(2), UINT, ARR_IN(SZ_IOVEC, 4), UINT, FLG),
	[312] = SC("kcmp", 5, INT, 0, NONE, R0, PID, PID, ENM, HEX, HEX),
	[313] = SC("finit_module", 3, INT, TD, NONE, R_FD(0), FD, STR, FLG),
	[314] = SC("sched_setattr", 3, INT, 0, NONE, R0, PID, ST_IN(SZ_SCHED_ATTR), FLG),
	[315] = SC("sched_getattr", 4, INT, 0, NONE, R0, PID, ST_OUT_ARG(2), UINT, FLG),
	[316] = SC("renameat2", 5, INT, TD | TF, RENAME, R_AT2(0, 1, 2, 3, 4), DFD, PATH, DFD, PATH, FLG),
	/* arg 2: SET_MODE_FILTER's struct sock_fprog (16); GET_ACTION_AVAIL's u32 is its first 4 bytes */
	[317] = SC("seccomp", 3, INT, 0, NONE, R0, ENM, FLG, ST_IN(16)),
	[318] = SC("getrandom", 3, INT, 0, NONE, R0, BUF_OUT_RET, UINT, FLG),
	[319] = SC("memfd_create", 2, FD, TD, ANON_FD, R_FL(1), STR, FLG),
	[320] = SC("kexec_file_load", 5, INT, TD, NONE, R0, FD, FD, UINT, STR, FLG),
	[321] = SC("bpf", 3, INT, TD, NONE, R0, ENM, PTR, UINT),
	[322] = SC("execveat", 5, INT, TD | TF | TP, EXEC, R_ATF(0, 1, 4), DFD, PATH, ARGV, ARGV, FLG),
	[323] = SC("userfaultfd", 1, FD, TD, ANON_FD, R_FL(0), FLG),
	[324] = SC("membarrier", 3, INT, 0, NONE, R0, ENM, FLG, INT),
	[325] = SC("mlock2", 3, INT, TM, NONE, R0, PTR, UINT, FLG),
	[326] = SC("copy_file_range", 6, INT, TD, COPY, R_FD2(0, 2), FD, LONG_IN, FD, LONG_IN, UINT, FLG),
	/* strace's sysent counts pos_l, pos_h and flags: 6 arguments. */
	[327] = SC("preadv2", 6, INT, TD, READ, R_FD(0), FD, IOV_OUT(2), INT, INT, HEX, FLG),
	[328] = SC("pwritev2", 6, INT, TD, WRITE, R_FD(0), FD, IOV_IN(2), INT, INT, HEX, FLG),
	[329] = SC("pkey_mprotect", 4, INT, TM, NONE, R0, PTR, UINT, FLG, INT),
	[330] = SC("pkey_alloc", 2, INT, 0, NONE, R0, FLG, FLG),
	[331] = SC("pkey_free", 1, INT, 0, NONE, R0, INT),
	[332] = SC("statx", 5, INT, TD | TF | TFST | TSA, STAT, R_ATF(0, 1, 2), DFD, PATH, FLG, FLG, ST_OUT(SZ_STATX)),
	[333] = SC("io_pgetevents", 6, INT, 0, NONE, R0, HEX, INT, INT, ARR_OUT_RET(SZ_IO_EVENT), ST_IN(SZ_TIMESPEC), PTR),
	/* strace's default output shows the rseq area's address only. */
	[334] = SC("rseq", 4, INT, 0, NONE, R0, PTR, UINT, FLG, HEX),
	[424] = SC("pidfd_send_signal", 4, INT, TD | TP | TS, NONE, R_FD(0), FD, SIG, ST_IN(SZ_SIGINFO), FLG),
	[425] = SC("io_uring_setup", 2, FD, TD, ANON_FD, R0, UINT, ST_IO(SZ_IO_URING_PARAMS)),
	[426] = SC("io_uring_enter", 6, INT, TD | TS, NONE, R_FD(0), FD, UINT, UINT, FLG, ST_IN_ARG(5), UINT),
	[427] = SC("io_uring_register", 4, INT, TD | TM, NONE, R_FD(0), FD, ENM, PTR, UINT),
	/* Mount objects, not files: their fds are left unnamed. */
	[428] = SC("open_tree", 3, FD, TD | TF, NONE, R_ATF(0, 1, 2), DFD, PATH, FLG),
	[429] = SC("move_mount", 5, INT, TD | TF, NONE, R_AT2(0, 1, 2, 3, 4), DFD, PATH, DFD, PATH, FLG),
	[430] = SC("fsopen", 2, FD, TD, NONE, R_FL(1), STR, FLG),
	[431] = SC("fsconfig", 5, INT, TD | TF, NONE, R_FD(0), FD, ENM, STR, STR, INT), /* value: a string or path */
	[432] = SC("fsmount", 3, FD, TD, NONE, R_FD(0), FD, FLG, FLG),
	[433] = SC("fspick", 3, FD, TD | TF, NONE, R_ATF(0, 1, 2), DFD, PATH, FLG),
	[434] = SC("pidfd_open", 2, FD, TD, ANON_FD, R_FL(1), PID, FLG),
	[435] = SC("clone3", 2, PID, TP, CLONE, R_FL(0), CLONE_ARGS, UINT),
	[436] = SC("close_range", 3, INT, 0, CLOSE_RANGE, RL(-1, -1, -1, -1, 0, 1, 2, -1), FD, UINT, FLG),
	[437] = SC("openat2", 4, FD, TD | TF, OPEN, R_OPEN(0, 1, 2, 2), DFD, PATH, ST_IN_ARG(3), UINT),
	[438] = SC("pidfd_getfd", 3, FD, TD, NONE, R_FD(0), FD, INT, FLG),
	[439] = SC("faccessat2", 4, INT, TD | TF, STAT, RL(0, 1, -1, -1, -1, -1, 3, 2), DFD, PATH, FLG, FLG),
	[440] = SC("process_madvise", 5, INT, TD, NONE, R_FD(0), FD, ARR_IN(SZ_IOVEC, 2), UINT, ENM, FLG),
	[441] = SC("epoll_pwait2", 6, INT, TD, NONE, R_FD(0), FD, ARR_OUT_RET(SZ_EPOLL_EVENT), INT, ST_IN(SZ_TIMESPEC),
		   ST_IN_ARG(5), UINT),
	[442] = SC("mount_setattr", 5, INT, TD | TF, NONE, R_ATF(0, 1, 2), DFD, PATH, FLG, ST_IN_ARG(4), UINT),
	[443] = SC("quotactl_fd", 4, INT, TD, NONE, R_FD(0), FD, ENM, INT, PTR),
	[444] = SC("landlock_create_ruleset", 3, FD, TD, NONE, R0, ST_IN_ARG(1), UINT, FLG),
	[445] = SC("landlock_add_rule", 4, INT, TD, NONE, R_FD(0), FD, ENM, PTR, FLG),
	[446] = SC("landlock_restrict_self", 2, INT, TD, NONE, R_FD(0), FD, FLG),
	[447] = SC("memfd_secret", 1, FD, TD, ANON_FD, R_FL(0), FLG),
	[448] = SC("process_mrelease", 2, INT, TD, NONE, R_FD(0), FD, FLG),
	[449] = SC("futex_waitv", 5, INT, 0, NONE, R0, ARR_IN(SZ_FUTEX_WAITV, 1), UINT, FLG, ST_IN(SZ_TIMESPEC), ENM),
	[450] = SC("set_mempolicy_home_node", 4, INT, TM, NONE, R0, PTR, UINT, UINT, FLG),
};

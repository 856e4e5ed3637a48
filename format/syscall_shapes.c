/*
 * syscall_shapes — arguments whose memory depends on another argument's
 * value: fcntl's cmd, ioctl's request, prctl's option, futex's op,
 * arch_prctl's code, the SysV IPC control calls' cmd, ptrace's request. One table per shape, looked up by value; a value not
 * listed leaves the argument a plain register, which is also what strace
 * prints for a request it does not know.
 *
 * A case's nargs, when not 0, is how many arguments strace prints for that
 * value (fcntl(3, F_GETFD), prctl(PR_GET_DUMPABLE)), checked against
 * strace 6.1's output.
 *
 * A shape describes one target argument; a few values put their memory in
 * another one (prctl(PR_SET_SECCOMP, mode, filter)), so a shape may have a
 * second case list for a second target, looked up after the first.
 */
#include <stddef.h>

#include "syscall_data.h"

struct shape_case {
	uint32_t value;
	uint8_t nargs;
	struct sc_arg arg;
};

struct shape {
	uint8_t key;         /* the argument whose value selects the case */
	uint8_t target;      /* the argument the case describes */
	uint32_t mask;       /* applied to the key (futex: the command bits) */
	const struct shape_case *cases;
	size_t ncases;
	uint8_t target2; /* the argument the cases2 describe */
	const struct shape_case *cases2;
	size_t ncases2;
};

#define NOARG { .type = SC_T_HEX }
#define IVAL { .type = SC_T_INT }
#define FVAL { .type = SC_T_FLAGS }
#define SIGV { .type = SC_T_SIG }
#define S_IN(sz) { .type = SC_T_STRUCT, .mem = SC_M_STRUCT, .when = SC_W_ENTRY, .n = sz }
#define S_OUT(sz) { .type = SC_T_STRUCT, .mem = SC_M_STRUCT, .when = SC_W_EXIT, .n = sz }
#define S_IO(sz) { .type = SC_T_STRUCT, .mem = SC_M_STRUCT, .when = SC_W_BOTH, .n = sz }
#define S_STR { .type = SC_T_STR, .mem = SC_M_STR, .when = SC_W_ENTRY }

/* <fcntl.h>: struct flock is 32 bytes, struct f_owner_ex 8, RW hints u64. */
static const struct shape_case fcntl_cases[] = {
	{ 0 /* F_DUPFD */, 3, IVAL },
	{ 1 /* F_GETFD */, 2, NOARG },
	{ 2 /* F_SETFD */, 3, FVAL },
	{ 3 /* F_GETFL */, 2, NOARG },
	{ 4 /* F_SETFL */, 3, FVAL },
	{ 5 /* F_GETLK */, 3, S_IO(32) },
	{ 6 /* F_SETLK */, 3, S_IN(32) },
	{ 7 /* F_SETLKW */, 3, S_IN(32) },
	{ 8 /* F_SETOWN */, 3, IVAL },
	{ 9 /* F_GETOWN */, 2, NOARG },
	{ 10 /* F_SETSIG */, 3, SIGV },
	{ 11 /* F_GETSIG */, 2, NOARG },
	{ 15 /* F_SETOWN_EX */, 3, S_IN(8) },
	{ 16 /* F_GETOWN_EX */, 3, S_OUT(8) },
	{ 36 /* F_OFD_GETLK */, 3, S_IO(32) },
	{ 37 /* F_OFD_SETLK */, 3, S_IN(32) },
	{ 38 /* F_OFD_SETLKW */, 3, S_IN(32) },
	{ 1024 /* F_SETLEASE */, 3, IVAL },
	{ 1025 /* F_GETLEASE */, 2, NOARG },
	{ 1026 /* F_NOTIFY */, 3, FVAL },
	{ 1030 /* F_DUPFD_CLOEXEC */, 3, IVAL },
	{ 1031 /* F_SETPIPE_SZ */, 3, IVAL },
	{ 1032 /* F_GETPIPE_SZ */, 2, NOARG },
	{ 1033 /* F_ADD_SEALS */, 3, FVAL },
	{ 1034 /* F_GET_SEALS */, 2, NOARG },
	{ 1035 /* F_GET_RW_HINT */, 3, S_OUT(8) },
	{ 1036 /* F_SET_RW_HINT */, 3, S_IN(8) },
	{ 1037 /* F_GET_FILE_RW_HINT */, 3, S_OUT(8) },
	{ 1038 /* F_SET_FILE_RW_HINT */, 3, S_IN(8) },
};

/* <asm/ioctls.h>. TCGETS copies the kernel's struct termios (36 bytes, not
 * glibc's 60), TCGETS2 struct termios2 (44), TCGETA struct termio (18). */
static const struct shape_case ioctl_cases[] = {
	{ 0x5401 /* TCGETS */, 3, S_OUT(36) },
	{ 0x5402 /* TCSETS */, 3, S_IN(36) },
	{ 0x5403 /* TCSETSW */, 3, S_IN(36) },
	{ 0x5404 /* TCSETSF */, 3, S_IN(36) },
	{ 0x5405 /* TCGETA */, 3, S_OUT(18) },
	{ 0x5406 /* TCSETA */, 3, S_IN(18) },
	{ 0x5407 /* TCSETAW */, 3, S_IN(18) },
	{ 0x5408 /* TCSETAF */, 3, S_IN(18) },
	{ 0x540F /* TIOCGPGRP */, 3, S_OUT(4) },
	{ 0x5410 /* TIOCSPGRP */, 3, S_IN(4) },
	{ 0x5411 /* TIOCOUTQ */, 3, S_OUT(4) },
	{ 0x5413 /* TIOCGWINSZ */, 3, S_OUT(8) },
	{ 0x5414 /* TIOCSWINSZ */, 3, S_IN(8) },
	{ 0x5415 /* TIOCMGET */, 3, S_OUT(4) },
	{ 0x5416 /* TIOCMBIS */, 3, S_IN(4) },
	{ 0x5417 /* TIOCMBIC */, 3, S_IN(4) },
	{ 0x5418 /* TIOCMSET */, 3, S_IN(4) },
	{ 0x541B /* FIONREAD */, 3, S_OUT(4) },
	{ 0x5421 /* FIONBIO */, 3, S_IN(4) },
	{ 0x5423 /* TIOCSETD */, 3, S_IN(4) },
	{ 0x5424 /* TIOCGETD */, 3, S_OUT(4) },
	{ 0x5429 /* TIOCGSID */, 3, S_OUT(4) },
	{ 0x5450 /* FIONCLEX */, 2, NOARG },
	{ 0x5451 /* FIOCLEX */, 2, NOARG },
	{ 0x5452 /* FIOASYNC */, 3, S_IN(4) },
	{ 0x802C542A /* TCGETS2 */, 3, S_OUT(44) },
	{ 0x402C542B /* TCSETS2 */, 3, S_IN(44) },
	{ 0x402C542C /* TCSETSW2 */, 3, S_IN(44) },
	{ 0x402C542D /* TCSETSF2 */, 3, S_IN(44) },
	{ 0x8905 /* SIOCATMARK */, 3, S_OUT(4) },
	{ 0x8913 /* SIOCGIFFLAGS: struct ifreq */, 3, S_IO(40) },
	{ 0x8933 /* SIOCGIFINDEX: struct ifreq */, 3, S_IO(40) },
	{ 0x80045430 /* TIOCGPTN */, 3, S_OUT(4) },
	{ 0x40086602 /* FS_IOC_SETFLAGS: an int, whatever its _IOC size says */, 3, S_IN(4) },
	{ 0x80086601 /* FS_IOC_GETFLAGS */, 3, S_OUT(4) },
	{ 0x40045431 /* TIOCSPTLCK */, 3, S_IN(4) },
};

/* <linux/prctl.h>: argument 2 (index 1) is a pointer for these options. */
static const struct shape_case prctl_cases[] = {
	{ 1 /* PR_SET_PDEATHSIG */, 2, SIGV },
	{ 2 /* PR_GET_PDEATHSIG */, 2, S_OUT(4) },
	{ 3 /* PR_GET_DUMPABLE */, 1, NOARG },
	{ 5 /* PR_GET_UNALIGN */, 2, S_OUT(4) },
	{ 7 /* PR_GET_KEEPCAPS */, 1, NOARG },
	{ 9 /* PR_GET_FPEMU */, 2, S_OUT(4) },
	{ 11 /* PR_GET_FPEXC */, 2, S_OUT(4) },
	{ 13 /* PR_GET_TIMING */, 1, NOARG },
	{ 15 /* PR_SET_NAME */, 2, S_STR },
	{ 16 /* PR_GET_NAME */, 2, S_OUT(16) },
	{ 19 /* PR_GET_ENDIAN */, 2, S_OUT(4) },
	{ 21 /* PR_GET_SECCOMP */, 1, NOARG },
	{ 23 /* PR_CAPBSET_READ */, 2, IVAL },
	{ 25 /* PR_GET_TSC */, 2, S_OUT(4) },
	{ 30 /* PR_GET_TIMERSLACK */, 1, NOARG },
	{ 37 /* PR_GET_CHILD_SUBREAPER */, 2, S_OUT(4) },
	{ 40 /* PR_GET_TID_ADDRESS */, 2, S_OUT(8) },
};

/* <linux/prctl.h>: options whose pointer is argument 3 (index 2).
 * SECCOMP_MODE_FILTER's struct sock_fprog; MODE_STRICT passes none, and an
 * unreadable struct is printed as its address. */
static const struct shape_case prctl_cases_arg3[] = {
	{ 22 /* PR_SET_SECCOMP */, 3, S_IN(16) },
};

/* <linux/futex.h>: the wait ops take a timeout, the requeue ops an int. */
static const struct shape_case futex_cases[] = {
	{ 0 /* FUTEX_WAIT */, 4, S_IN(16) },
	{ 1 /* FUTEX_WAKE */, 3, NOARG },
	{ 3 /* FUTEX_REQUEUE */, 5, IVAL },
	{ 4 /* FUTEX_CMP_REQUEUE */, 0, IVAL },
	{ 5 /* FUTEX_WAKE_OP */, 0, IVAL },
	{ 6 /* FUTEX_LOCK_PI */, 0, S_IN(16) },
	{ 9 /* FUTEX_WAIT_BITSET */, 0, S_IN(16) },
	{ 11 /* FUTEX_WAIT_REQUEUE_PI */, 0, S_IN(16) },
	{ 12 /* FUTEX_CMP_REQUEUE_PI */, 0, IVAL },
	{ 13 /* FUTEX_LOCK_PI2 */, 0, S_IN(16) },
};

/* <asm/prctl.h>: the GET codes store an unsigned long at argument 2. */
static const struct shape_case arch_prctl_cases[] = {
	{ 0x1003 /* ARCH_GET_FS */, 2, S_OUT(8) },
	{ 0x1004 /* ARCH_GET_GS */, 2, S_OUT(8) },
	{ 0x1021 /* ARCH_GET_XCOMP_SUPP */, 2, S_OUT(8) },
	{ 0x1022 /* ARCH_GET_XCOMP_PERM */, 2, S_OUT(8) },
	{ 0x1025 /* ARCH_GET_XCOMP_GUEST_PERM */, 2, S_OUT(8) },
};

/* <sys/msg.h>, <sys/shm.h>, <sys/sem.h> (x86_64 sizes): struct msqid_ds 120,
 * shmid_ds 112, semid_ds 104, msginfo 32, shminfo 72, shm_info 48, seminfo
 * 40. The *_STAT_ANY forms are Linux 4.17's. */
static const struct shape_case msgctl_cases[] = {
	{ 1 /* IPC_SET */, 0, S_IN(120) },
	{ 2 /* IPC_STAT */, 0, S_OUT(120) },
	{ 3 /* IPC_INFO */, 0, S_OUT(32) },
	{ 11 /* MSG_STAT */, 0, S_OUT(120) },
	{ 12 /* MSG_INFO */, 0, S_OUT(32) },
	{ 13 /* MSG_STAT_ANY */, 0, S_OUT(120) },
};

static const struct shape_case shmctl_cases[] = {
	{ 1 /* IPC_SET */, 0, S_IN(112) },
	{ 2 /* IPC_STAT */, 0, S_OUT(112) },
	{ 3 /* IPC_INFO */, 0, S_OUT(72) },
	{ 13 /* SHM_STAT */, 0, S_OUT(112) },
	{ 14 /* SHM_INFO */, 0, S_OUT(48) },
	{ 15 /* SHM_STAT_ANY */, 0, S_OUT(112) },
};

static const struct shape_case semctl_cases[] = {
	{ 1 /* IPC_SET */, 0, S_IN(104) },
	{ 2 /* IPC_STAT */, 0, S_OUT(104) },
	{ 3 /* IPC_INFO */, 0, S_OUT(40) },
	{ 18 /* SEM_STAT */, 0, S_OUT(104) },
	{ 19 /* SEM_INFO */, 0, S_OUT(40) },
	{ 20 /* SEM_STAT_ANY */, 0, S_OUT(104) },
};

/* <sys/ptrace.h>: the data a request hands the kernel, read at entry (the
 * GET requests' outputs can only succeed for a process nobody else traces,
 * and strace -f shows them failed, as addresses). x86_64 sizes: struct
 * user_regs_struct 216, user_fpregs_struct 512, siginfo 128. */
static const struct shape_case ptrace_cases[] = {
	{ 13 /* PTRACE_SETREGS */, 0, S_IN(216) },
	{ 15 /* PTRACE_SETFPREGS */, 0, S_IN(512) },
	{ 0x4203 /* PTRACE_SETSIGINFO */, 0, S_IN(128) },
	{ 0x4204 /* PTRACE_GETREGSET */, 0, S_IN(16) },
	{ 0x4205 /* PTRACE_SETREGSET */, 0,
	  { .type = SC_T_STRUCT, .mem = SC_M_IOVEC, .when = SC_W_ENTRY, .len = SC_L_FIXED, .n = 1 } },
	{ 0x420b /* PTRACE_SETSIGMASK */, 0,
	  { .type = SC_T_STRUCT, .mem = SC_M_STRUCT, .when = SC_W_ENTRY, .len = SC_L_ARG, .n = 2 } },
};

#define NCASES(cases) (sizeof cases / sizeof cases[0])
#define SHAPE(key, target, mask, cases) { key, target, mask, cases, NCASES(cases), 0, NULL, 0 }
#define SHAPE2(key, target, mask, cases, target2, cases2) \
	{ key, target, mask, cases, NCASES(cases), target2, cases2, NCASES(cases2) }

static const struct shape shapes[] = {
	[SC_S_FCNTL] = SHAPE(1, 2, 0xffffffffu, fcntl_cases),
	[SC_S_IOCTL] = SHAPE(1, 2, 0xffffffffu, ioctl_cases),
	[SC_S_PRCTL] = SHAPE2(0, 1, 0xffffffffu, prctl_cases, 2, prctl_cases_arg3),
	/* FUTEX_CMD_MASK: without FUTEX_PRIVATE_FLAG and FUTEX_CLOCK_REALTIME. */
	[SC_S_FUTEX] = SHAPE(1, 3, 0x7fu, futex_cases),
	[SC_S_ARCH_PRCTL] = SHAPE(0, 1, 0xffffffffu, arch_prctl_cases),
	/* IPC_64 (0x100) is how old ABIs ask for the 64-bit structs; x86_64 has
	 * no other, and the kernel ignores the bit. */
	[SC_S_MSGCTL] = SHAPE(1, 2, 0xffu, msgctl_cases),
	[SC_S_SHMCTL] = SHAPE(1, 2, 0xffu, shmctl_cases),
	[SC_S_SEMCTL] = SHAPE(2, 3, 0xffu, semctl_cases),
	[SC_S_PTRACE] = SHAPE(0, 3, 0xffffffffu, ptrace_cases),
};

static const struct shape_case *find_case(const struct shape_case *cases, size_t n, uint32_t value)
{
	for (size_t i = 0; i < n; i++)
		if (cases[i].value == value)
			return &cases[i];
	return NULL;
}

int syscall_shape_resolve(unsigned shape, const uint64_t args[6], struct sc_arg out[6], int nargs)
{
	if (shape == SC_S_NONE || shape >= sizeof shapes / sizeof shapes[0])
		return nargs;
	const struct shape *s = &shapes[shape];
	uint32_t value = (uint32_t)args[s->key] & s->mask;
	const struct shape_case *c = find_case(s->cases, s->ncases, value);
	unsigned target = s->target;
	if (!c) {
		c = find_case(s->cases2, s->ncases2, value);
		target = s->target2;
	}
	if (!c)
		return nargs;
	out[target] = c->arg;
	return c->nargs ? c->nargs : nargs;
}

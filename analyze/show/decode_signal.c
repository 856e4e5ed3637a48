/*
 * decode_signal — signals: rt_sigaction, rt_sigprocmask, rt_sigpending,
 * rt_sigsuspend, rt_sigtimedwait, kill, tkill, tgkill, rt_sigqueueinfo,
 * sigaltstack, signalfd4, pidfd_send_signal.
 *
 * Formats are strace 6.1's (signal.c, sigaltstack.c, signalfd.c).
 */
#include <string.h>

#include "decode_common.h"

#define SA_RESTORER_ 0x04000000u

/* The kernel's struct sigaction on x86_64: handler, flags, restorer, mask. */
struct k_sigaction {
	uint64_t handler, flags, restorer, mask;
};

/* {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART,
 *  sa_restorer=0x7f...}: sa_restorer only with SA_RESTORER. */
static void print_sigaction(show_call *c, unsigned arg, int at_exit)
{
	struct k_sigaction sa;
	if (at_exit && show_errno(c)) {
		show_addr(c, show_arg(c, arg));
		return;
	}
	if (show_fetch_or_addr(c, arg, 0, at_exit, &sa, sizeof(sa)) < 0)
		return;
	show_struct_begin(c);
	show_field(c, "sa_handler");
	const char *h = xlat_name(&xlat_sa_handler_values, sa.handler);
	if (h)
		show_puts(c, h);
	else
		show_addr(c, sa.handler);
	show_struct_next(c);
	show_field(c, "sa_mask");
	dec_sigset(c, &sa.mask, sizeof(sa.mask));
	show_struct_next(c);
	show_field(c, "sa_flags");
	dec_flags(c, &xlat_sigact_flags, sa.flags, "SA_???");
	if (sa.flags & SA_RESTORER_) {
		show_struct_next(c);
		show_field(c, "sa_restorer");
		show_addr(c, sa.restorer);
	}
	show_struct_end(c);
}

/* rt_sigaction(SIGUSR1, {...}, {...}, 8) */
static int dec_rt_sigaction(show_call *c)
{
	if (show_entering(c)) {
		dec_signame(c, (int)(int32_t)show_arg(c, 0));
		show_arg_next(c);
		print_sigaction(c, 1, 0);
		show_arg_next(c);
		return 0;
	}
	print_sigaction(c, 2, 1);
	show_arg_next(c);
	show_uint(c, show_arg(c, 3));
	return 0;
}

/* The old mask of rt_sigprocmask at exit: the address when it failed. */
static void sigset_out(show_call *c, unsigned arg, uint64_t size)
{
	if (show_errno(c))
		show_addr(c, show_arg(c, arg));
	else
		dec_sigset_arg(c, arg, 1, size);
}

/* ---- The blocked mask, for rt_sigreturn ------------------------------------
 *
 * strace prints rt_sigreturn({mask=[...]}) from the ucontext on the user
 * stack: the mask the thread had when the signal came, which the kernel
 * restores. When the recorder captured those 8 bytes (blob argument 0,
 * index 0, at entry: the u64 at the user stack pointer + 0x128, the
 * uc_sigmask of the ucontext the handler's return left at the stack
 * pointer on x86_64), they are used. Otherwise the mask is followed here through the
 * thread's rt_sigprocmask calls (the old set the kernel returns is ground
 * truth whenever it was asked for), falling back to the process leader's,
 * then the parent's, then the empty set a process normally starts with.
 */

enum { SIGMASK_SLOTS = 4096 };

static struct {
	uint32_t tid; /* 0: free */
	uint64_t mask;
} sigmasks[SIGMASK_SLOTS];

static size_t sigmask_slot(uint32_t tid)
{
	size_t h = (tid * 2654435761u) % SIGMASK_SLOTS;
	for (size_t i = 0; i < SIGMASK_SLOTS; i++) {
		size_t k = (h + i) % SIGMASK_SLOTS;
		if (sigmasks[k].tid == tid || sigmasks[k].tid == 0)
			return k;
	}
	return h; /* full: reuse (the mask of a long-gone thread) */
}

static int sigmask_get(uint32_t tid, uint64_t *ret)
{
	if (!tid)
		return 0;
	size_t k = sigmask_slot(tid);
	if (sigmasks[k].tid != tid)
		return 0;
	*ret = sigmasks[k].mask;
	return 1;
}

static void sigmask_set(uint32_t tid, uint64_t mask)
{
	if (!tid)
		return;
	size_t k = sigmask_slot(tid);
	sigmasks[k].tid = tid;
	sigmasks[k].mask = mask;
}

static uint32_t call_tid(const show_call *c)
{
	const replay_thread *t = show_thread(c);
	return t ? replay_thread_tid(t) : 0;
}

/* The thread's mask as known, else its process's, else its parent's. */
static uint64_t sigmask_of(const show_call *c)
{
	uint64_t m;
	const replay_thread *t = show_thread(c);
	if (!t)
		return 0;
	if (sigmask_get(replay_thread_tid(t), &m))
		return m;
	const replay_proc *p = replay_thread_proc(t);
	if (p && (sigmask_get(replay_proc_pid(p), &m) || sigmask_get(replay_proc_ppid(p), &m)))
		return m;
	return 0;
}

#define SIG_BLOCK_ 0
#define SIG_UNBLOCK_ 1
#define SIG_SETMASK_ 2
/* SIGKILL and SIGSTOP cannot be blocked: the kernel drops them. */
#define UNBLOCKABLE ((1ull << (9 - 1)) | (1ull << (19 - 1)))

static void sigmask_track(show_call *c)
{
	if (show_errno(c) || show_arg(c, 3) != 8)
		return;
	uint64_t base, set;
	if (!show_arg(c, 2) || show_fetch(c, 2, 0, 1, &base, sizeof(base)) < 0)
		base = sigmask_of(c);
	if (!show_arg(c, 1) || show_fetch(c, 1, 0, 0, &set, sizeof(set)) < 0) {
		sigmask_set(call_tid(c), base);
		return;
	}
	switch (show_arg(c, 0)) {
	case SIG_BLOCK_:
		base |= set;
		break;
	case SIG_UNBLOCK_:
		base &= ~set;
		break;
	case SIG_SETMASK_:
		base = set;
		break;
	default:
		return;
	}
	sigmask_set(call_tid(c), base & ~UNBLOCKABLE);
}

/* rt_sigreturn({mask=[]}) */
static int dec_rt_sigreturn(show_call *c)
{
	uint64_t mask;
	if (show_fetch(c, 0, 0, 0, &mask, sizeof(mask)) < 0)
		mask = sigmask_of(c);
	sigmask_set(call_tid(c), mask & ~UNBLOCKABLE);
	show_struct_begin(c);
	show_field(c, "mask");
	dec_sigset(c, &mask, sizeof(mask));
	show_struct_end(c);
	return SHOW_DECODED;
}

/* rt_sigprocmask(SIG_BLOCK, [CHLD], [], 8) */
static int dec_rt_sigprocmask(show_call *c)
{
	if (show_entering(c)) {
		dec_enum(c, &xlat_sigprocmaskcmds, (uint32_t)show_arg(c, 0), "SIG_???");
		show_arg_next(c);
		dec_sigset_arg(c, 1, 0, show_arg(c, 3));
		show_arg_next(c);
		return 0;
	}
	sigset_out(c, 2, show_arg(c, 3));
	show_arg_next(c);
	show_uint(c, show_arg(c, 3));
	sigmask_track(c);
	return 0;
}

/* rt_sigpending([USR1], 8) */
static int dec_rt_sigpending(show_call *c)
{
	if (show_entering(c))
		return 0;
	sigset_out(c, 0, show_arg(c, 1));
	show_arg_next(c);
	show_uint(c, show_arg(c, 1));
	return 0;
}

/* rt_sigsuspend([], 8) */
static int dec_rt_sigsuspend(show_call *c)
{
	dec_sigset_arg(c, 0, 0, show_arg(c, 1));
	show_arg_next(c);
	show_uint(c, show_arg(c, 1));
	return SHOW_DECODED;
}

/* kill(1234, SIGTERM) */
static int dec_kill(show_call *c)
{
	dec_int32(c, show_arg(c, 0));
	show_arg_next(c);
	dec_signame(c, (int)(int32_t)show_arg(c, 1));
	return SHOW_DECODED;
}

/* tgkill(1234, 1235, SIGABRT) */
static int dec_tgkill(show_call *c)
{
	dec_int32(c, show_arg(c, 0));
	show_arg_next(c);
	dec_int32(c, show_arg(c, 1));
	show_arg_next(c);
	dec_signame(c, (int)(int32_t)show_arg(c, 2));
	return SHOW_DECODED;
}

/* rt_sigqueueinfo(1234, SIGUSR1, {si_signo=SIGUSR1, ...}) */
static int dec_rt_sigqueueinfo(show_call *c)
{
	dec_int32(c, show_arg(c, 0));
	show_arg_next(c);
	dec_signame(c, (int)(int32_t)show_arg(c, 1));
	show_arg_next(c);
	const struct replay_blob *b = show_blob(c, 2, 0, 0);
	if (b && !b->read_errno && b->data)
		show_siginfo(c, b->data, b->len);
	else
		show_addr(c, show_arg(c, 2));
	return SHOW_DECODED;
}

struct k_stack {
	uint64_t ss_sp;
	int32_t ss_flags;
	int32_t pad;
	uint64_t ss_size;
};

/* {ss_sp=0x55..., ss_flags=0, ss_size=16384} */
static void print_stack(show_call *c, unsigned arg, int at_exit)
{
	struct k_stack st;
	if (at_exit && show_errno(c)) {
		show_addr(c, show_arg(c, arg));
		return;
	}
	if (show_fetch_or_addr(c, arg, 0, at_exit, &st, sizeof(st)) < 0)
		return;
	show_struct_begin(c);
	show_field(c, "ss_sp");
	show_addr(c, st.ss_sp);
	show_struct_next(c);
	show_field(c, "ss_flags");
	dec_flags(c, &xlat_sigaltstack_flags, (uint32_t)st.ss_flags, "SS_???");
	show_struct_next(c);
	show_field(c, "ss_size");
	show_uint(c, st.ss_size);
	show_struct_end(c);
}

/* sigaltstack({ss_sp=..., ss_flags=0, ss_size=16384}, NULL) */
static int dec_sigaltstack(show_call *c)
{
	if (show_entering(c)) {
		print_stack(c, 0, 0);
		show_arg_next(c);
		return 0;
	}
	print_stack(c, 1, 1);
	return 0;
}

/* signalfd4(-1, [INT], 8, SFD_CLOEXEC) = 3 */
static int dec_signalfd4(show_call *c)
{
	show_fd(c, (int32_t)show_arg(c, 0));
	show_arg_next(c);
	dec_sigset_arg(c, 1, 0, show_arg(c, 2));
	show_arg_next(c);
	show_uint(c, show_arg(c, 2));
	show_arg_next(c);
	dec_flags(c, &xlat_sfd_flags, (uint32_t)show_arg(c, 3), "SFD_???");
	return SHOW_DECODED | SHOW_RV_FD;
}

/* rt_sigtimedwait([USR1], {si_signo=...} or its address, {tv_sec=0, tv_nsec=0}, 8) */
static int dec_rt_sigtimedwait(show_call *c)
{
	if (show_entering(c)) {
		dec_sigset_arg(c, 0, 0, show_arg(c, 3));
		show_arg_next(c);
		return 0;
	}
	const struct replay_blob *b = show_blob(c, 1, 0, 1);
	if (!show_arg(c, 1) || show_errno(c) || !b || b->read_errno || !b->data)
		show_addr(c, show_arg(c, 1));
	else
		show_siginfo(c, b->data, b->len);
	show_arg_next(c);
	dec_timespec_arg(c, 2, 0);
	show_arg_next(c);
	show_uint(c, show_arg(c, 3));
	return 0;
}

/* signalfd(-1, [INT], 8) = 3: signalfd4 without flags. */
static int dec_signalfd(show_call *c)
{
	show_fd(c, (int32_t)show_arg(c, 0));
	show_arg_next(c);
	dec_sigset_arg(c, 1, 0, show_arg(c, 2));
	show_arg_next(c);
	show_uint(c, show_arg(c, 2));
	return SHOW_DECODED | SHOW_RV_FD;
}

/* rt_tgsigqueueinfo(1234, 1235, SIGUSR1, {si_signo=SIGUSR1, ...}) */
static int dec_rt_tgsigqueueinfo(show_call *c)
{
	dec_int32(c, show_arg(c, 0));
	show_arg_next(c);
	dec_int32(c, show_arg(c, 1));
	show_arg_next(c);
	dec_signame(c, (int)(int32_t)show_arg(c, 2));
	show_arg_next(c);
	const struct replay_blob *b = show_blob(c, 3, 0, 0);
	if (b && !b->read_errno && b->data)
		show_siginfo(c, b->data, b->len);
	else
		show_addr(c, show_arg(c, 3));
	return SHOW_DECODED;
}

/* = 12 (SIGUSR2): the signal taken. */
static void ret_rt_sigtimedwait(show_call *c)
{
	char name[32];
	show_ret_value(c, SHOW_RV_DEC);
	xlat_format_signame(name, sizeof(name), (int)show_retval(c));
	dec_note(c, "signal", "", show_enum_text, name);
}

const struct show_decoder show_decoders_signal[] = {
	{ "rt_tgsigqueueinfo", dec_rt_tgsigqueueinfo, NULL },
	{ "signalfd", dec_signalfd, NULL },
	{ "rt_sigtimedwait", dec_rt_sigtimedwait, ret_rt_sigtimedwait },
	{ "rt_sigaction", dec_rt_sigaction, NULL },
	{ "rt_sigprocmask", dec_rt_sigprocmask, NULL },
	{ "rt_sigreturn", dec_rt_sigreturn, NULL },
	{ "rt_sigpending", dec_rt_sigpending, NULL },
	{ "rt_sigsuspend", dec_rt_sigsuspend, NULL },
	{ "kill", dec_kill, NULL },
	{ "tkill", dec_kill, NULL },
	{ "tgkill", dec_tgkill, NULL },
	{ "rt_sigqueueinfo", dec_rt_sigqueueinfo, NULL },
	{ "sigaltstack", dec_sigaltstack, NULL },
	{ "signalfd4", dec_signalfd4, NULL },
	{ NULL, NULL, NULL },
};

/*
 * decode_signal — signals: rt_sigaction, rt_sigprocmask, rt_sigpending,
 * rt_sigsuspend, rt_sigtimedwait, kill, tkill, tgkill, rt_sigqueueinfo,
 * sigaltstack, signalfd4, pidfd_send_signal.
 *
 * Formats are strace 6.1's (signal.c, sigaltstack.c, signalfd.c).
 */
#include <string.h>

#include "decode_common.h"
#include "syscall_table.h"

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

/* rt_sigreturn({mask=[]}): strace prints the mask the kernel restores, the
 * uc_sigmask of the signal frame on the user stack. The recorder copies
 * those 8 bytes at entry as the table's stack memory (format/syscall_table.h,
 * SC_ARG_STACK); unreadable, they print as their address, as strace's
 * umove_or_printaddr(); a trace without them (recorded before they were)
 * prints "?". */
static int dec_rt_sigreturn(show_call *c)
{
	uint64_t mask;
	show_struct_begin(c);
	show_field(c, "mask");
	const struct replay_blob *b = show_blob(c, SC_ARG_STACK, 0, 0);
	if (show_fetch(c, SC_ARG_STACK, 0, 0, &mask, sizeof(mask)) == 0)
		dec_sigset(c, &mask, sizeof(mask));
	else if (b)
		show_addr(c, b->addr);
	else
		show_puts(c, "?");
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
/* restart_syscall(<... resuming interrupted clock_nanosleep ...>): the kernel
 * restarts the call a stop or an ignored signal interrupted with
 * ERESTART_RESTARTBLOCK; strace names the thread's previous call. */
static int dec_restart_syscall(show_call *c)
{
	char name[64];
	show_prev_call_name(c, name, sizeof name);
	show_printf(c, "<... resuming interrupted %s ...>", name);
	return SHOW_DECODED;
}

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
	{ "restart_syscall", .decode = dec_restart_syscall },
	{ "rt_tgsigqueueinfo", .decode = dec_rt_tgsigqueueinfo },
	{ "signalfd", .decode = dec_signalfd },
	{ "rt_sigtimedwait", .decode = dec_rt_sigtimedwait, .ret = ret_rt_sigtimedwait },
	{ "rt_sigaction", .decode = dec_rt_sigaction },
	{ "rt_sigprocmask", .decode = dec_rt_sigprocmask },
	{ "rt_sigreturn", .decode = dec_rt_sigreturn },
	{ "rt_sigpending", .decode = dec_rt_sigpending },
	{ "rt_sigsuspend", .decode = dec_rt_sigsuspend },
	{ "kill", .decode = dec_kill },
	{ "tkill", .decode = dec_kill },
	{ "tgkill", .decode = dec_tgkill },
	{ "rt_sigqueueinfo", .decode = dec_rt_sigqueueinfo },
	{ "sigaltstack", .decode = dec_sigaltstack },
	{ "signalfd4", .decode = dec_signalfd4 },
	{ 0 },
};

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
static void print_sigaction(show_call *c, const void *p)
{
	struct k_sigaction sa;
	memcpy(&sa, p, sizeof(sa));
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

struct k_stack {
	uint64_t ss_sp;
	int32_t ss_flags;
	int32_t pad;
	uint64_t ss_size;
};

/* {ss_sp=0x55..., ss_flags=0, ss_size=16384} */
static void print_stack(show_call *c, const void *p)
{
	struct k_stack st;
	memcpy(&st, p, sizeof(st));
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

/* rt_sigprocmask's sets: their size is argument 3. */
static void sigset_len3(show_call *c, unsigned arg)
{
	dec_sigset_at(c, arg, show_arg(c, 3));
}

/* A siginfo the caller passes: {si_signo=SIGUSR1, si_code=SI_QUEUE, ...} */
static void siginfo_in(show_call *c, unsigned arg)
{
	const struct replay_blob *b = show_blob(c, arg, 0, 0);
	if (b && !b->read_errno && b->data)
		show_siginfo(c, b->data, b->len);
	else
		show_addr(c, show_arg(c, arg));
}

/* rt_sigtimedwait's siginfo at exit, or its address. */
static void siginfo_out(show_call *c, unsigned arg)
{
	const struct replay_blob *b = show_blob(c, arg, 0, 1);
	if (!show_arg(c, arg) || show_errno(c) || !b || b->read_errno || !b->data)
		show_addr(c, show_arg(c, arg));
	else
		show_siginfo(c, b->data, b->len);
}

/* = 12 (SIGUSR2): the signal taken. */
static void ret_rt_sigtimedwait(show_call *c)
{
	char name[32];
	show_ret_value(c, SHOW_RV_DEC);
	xlat_format_signame(name, sizeof(name), (int)show_retval(c));
	dec_note(c, "signal", "", show_enum_text, name);
}

#define A_SIGACTION SHOW_A_STRUCT(print_sigaction, sizeof(struct k_sigaction))
#define A_STACK SHOW_A_STRUCT(print_stack, sizeof(struct k_stack))

/* rt_sigaction(SIGUSR1, {sa_handler=..., ...}, {...}, 8),
 * rt_sigprocmask(SIG_BLOCK, [CHLD], [], 8), kill(1234, SIGTERM),
 * sigaltstack({ss_sp=..., ss_flags=0, ss_size=16384}, NULL),
 * signalfd4(-1, [INT], 8, SFD_CLOEXEC) = 3 ... */
const struct show_decoder show_decoders_signal[] = {
	{ "restart_syscall", .decode = dec_restart_syscall },
	{ "rt_sigreturn", .decode = dec_rt_sigreturn },
	{ "rt_tgsigqueueinfo", .args = SHOW_ARGS(SHOW_A_INT, SHOW_A_INT, SHOW_A_SIG,
						 SHOW_A_PRINT(siginfo_in)) },
	{ "rt_sigqueueinfo", .args = SHOW_ARGS(SHOW_A_INT, SHOW_A_SIG, SHOW_A_PRINT(siginfo_in)) },
	{ "signalfd", .args = SHOW_ARGS(SHOW_A_FD, DEC_A_SIGSET, SHOW_A_ULONG), .rv = SHOW_RV_FD },
	{ "signalfd4", .args = SHOW_ARGS(SHOW_A_FD, DEC_A_SIGSET, SHOW_A_ULONG,
					 SHOW_A_FLAGS(xlat_sfd_flags, "SFD_???")),
	  .rv = SHOW_RV_FD },
	{ "rt_sigtimedwait", .args = SHOW_ARGS(SHOW_A_PRINT(sigset_len3), SHOW_A_PRINT(siginfo_out),
					       DEC_A_TIMESPEC, SHOW_A_ULONG),
	  .ret = ret_rt_sigtimedwait },
	{ "rt_sigaction", .args = SHOW_ARGS(SHOW_A_SIG, A_SIGACTION, A_SIGACTION, SHOW_A_ULONG) },
	{ "rt_sigprocmask", .args = SHOW_ARGS(SHOW_A_ENUM(xlat_sigprocmaskcmds, "SIG_???"),
					      SHOW_A_PRINT(sigset_len3), SHOW_A_PRINT(sigset_len3),
					      SHOW_A_ULONG) },
	{ "rt_sigpending", .args = SHOW_ARGS(DEC_A_SIGSET, SHOW_A_ULONG) },
	{ "rt_sigsuspend", .args = SHOW_ARGS(DEC_A_SIGSET, SHOW_A_ULONG) },
	{ "kill", .args = SHOW_ARGS(SHOW_A_INT, SHOW_A_SIG) },
	{ "tkill", .args = SHOW_ARGS(SHOW_A_INT, SHOW_A_SIG) },
	{ "tgkill", .args = SHOW_ARGS(SHOW_A_INT, SHOW_A_INT, SHOW_A_SIG) },
	{ "sigaltstack", .args = SHOW_ARGS(A_STACK, A_STACK) },
	{ 0 },
};

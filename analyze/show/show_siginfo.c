/* show_siginfo — a siginfo_t as strace's printsiginfo() prints it. Which
 * union member is shown depends on si_code and si_signo, as in the kernel:
 * codes <= 0 come from user space (kill, tkill, sigqueue, timers), codes
 * > 0 from the kernel, with a layout per signal. */
#include "show_internal.h"
#include "xlat.h"

#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <unistd.h>

/* The x86_64 siginfo_t layout (offsets into the raw 128 bytes). */
struct raw_siginfo {
	int32_t signo, err, code, pad;
	union {
		struct { int32_t pid; uint32_t uid; uint64_t value; } kill;
		struct { int32_t tid; int32_t overrun; uint64_t value; } timer;
		struct { int32_t pid; uint32_t uid; int32_t status; int32_t pad; int64_t utime, stime; } chld;
		struct { uint64_t addr; } fault;
		struct { int64_t band; int32_t fd; } poll;
		struct { uint64_t call_addr; int32_t syscall; uint32_t arch; } sys;
	} u;
};

static void source(show_call *c, const struct raw_siginfo *s)
{
	show_struct_next(c);
	show_field(c, "si_pid");
	show_int(c, s->u.kill.pid);
	show_struct_next(c);
	show_field(c, "si_uid");
	show_uint(c, s->u.kill.uid);
}

/* strace 6.1's printsigval(): si_int=7, si_ptr=0x7 (two fields, no si_value struct). */
static void sigval(show_call *c, uint64_t v)
{
	show_struct_next(c);
	show_field(c, "si_int");
	show_int(c, (int32_t)v);
	show_struct_next(c);
	show_field(c, "si_ptr");
	show_addr(c, v);
}

/* clock_t ticks with strace's seconds comment: `si_utime=3 /` `* 0.03 s *` `/`. */
static void clock_field(show_call *c, const char *name, int64_t v)
{
	static long tck;
	if (!tck)
		tck = sysconf(_SC_CLK_TCK) > 0 ? sysconf(_SC_CLK_TCK) : 100;
	int width = 0;
	for (long t = tck - 1; t > 0; t /= 10)
		width++;
	show_struct_next(c);
	show_field(c, name);
	show_uint(c, (uint64_t)v);
	if (v)
		show_comment(c, "%llu.%0*llu s", (unsigned long long)v / (unsigned long long)tck, width,
			     (unsigned long long)v % (unsigned long long)tck);
}

static void from_user(show_call *c, const struct raw_siginfo *s)
{
	if (s->code == SI_TIMER) {
		show_struct_next(c);
		show_field(c, "si_timerid");
		show_hex(c, (uint32_t)s->u.timer.tid);
		show_struct_next(c);
		show_field(c, "si_overrun");
		show_int(c, s->u.timer.overrun);
		sigval(c, s->u.timer.value);
		return;
	}
	source(c, s);
	if (s->code != SI_USER && s->code != SI_TKILL && s->u.kill.value)
		sigval(c, s->u.kill.value);
}

static void from_kernel(show_call *c, const struct raw_siginfo *s)
{
	switch (s->signo) { /* the union member the kernel fills per signal */
	case SIGCHLD:
		source(c, s);
		show_struct_next(c);
		show_field(c, "si_status");
		if (s->code == CLD_EXITED)
			show_int(c, s->u.chld.status);
		else
			show_signame(c, s->u.chld.status);
		clock_field(c, "si_utime", s->u.chld.utime);
		clock_field(c, "si_stime", s->u.chld.stime);
		break;
	case SIGILL: case SIGFPE: case SIGSEGV: case SIGBUS: case SIGTRAP:
		show_struct_next(c);
		show_field(c, "si_addr");
		show_addr(c, s->u.fault.addr);
		break;
	case SIGPOLL:
		if (s->code == POLL_IN || s->code == POLL_OUT || s->code == POLL_MSG) {
			show_struct_next(c);
			show_field(c, "si_band");
			show_int(c, s->u.poll.band);
			show_struct_next(c);
			show_field(c, "si_fd");
			show_int(c, s->u.poll.fd);
		}
		break;
	case SIGSYS: {
		show_struct_next(c);
		show_field(c, "si_call_addr");
		show_addr(c, s->u.sys.call_addr);
		show_struct_next(c);
		show_field(c, "si_syscall");
		const struct syscall_desc *d = syscall_table_get((unsigned)s->u.sys.syscall);
		if (d)
			show_printf(c, "__NR_%s", d->name);
		else
			show_int(c, s->u.sys.syscall);
		show_struct_next(c);
		show_field(c, "si_arch");
		show_enum(c, &xlat_audit_arch, s->u.sys.arch, "AUDIT_ARCH_???");
		break;
	}
	default:
		if (s->u.kill.pid || s->u.kill.uid)
			source(c, s);
		if (s->u.kill.value)
			sigval(c, s->u.kill.value);
		break;
	}
}

void show_siginfo(show_call *c, const void *siginfo, size_t len)
{
	struct raw_siginfo s;
	memset(&s, 0, sizeof s);
	if (siginfo && len)
		memcpy(&s, siginfo, len < sizeof s ? len : sizeof s);
	if (s.signo == 0) {
		show_struct_begin(c);
		show_struct_end(c);
		return;
	}
	show_struct_begin(c);
	show_field(c, "si_signo");
	show_signame(c, s.signo);
	show_struct_next(c);
	show_field(c, "si_code");
	const char *code = xlat_si_code_name(s.signo, s.code);
	if (code)
		show_puts(c, code);
	else
		show_hex(c, (uint32_t)s.code);
	if (s.err) {
		show_struct_next(c);
		show_field(c, "si_errno");
		show_errname(c, s.err);
	}
	if (s.code <= 0)
		from_user(c, &s);
	else
		from_kernel(c, &s);
	show_struct_end(c);
}

/*
 * decode_process — processes: execve/execveat, clone/clone3, wait4,
 * waitid, resource limits and usage, arch_prctl, prctl, uname, sysinfo,
 * getrandom, rseq, sched_getaffinity.
 *
 * Formats are strace 6.1's (execve.c, clone.c, wait.c, resource.c,
 * prctl.c, uname.c, sysinfo.c, getrandom.c, rseq.c, affinity.c).
 */
#include <stdio.h>
#include <string.h>

#include "decode_common.h"

/* ---- execve ------------------------------------------------------------------ */

/* The pointers of a NULL-terminated char *[] blob: how many before the
 * NULL (or before the captured end). */
static size_t strarray_count(const struct replay_blob *b, int *terminated)
{
	size_t n = 0, max = b->len / 8;
	*terminated = 0;
	for (; n < max; n++) {
		uint64_t p;
		memcpy(&p, b->data + n * 8, 8);
		if (!p) {
			*terminated = 1;
			break;
		}
	}
	return n;
}

/* ["ls", "-la"]: each string cut at -s; without -v at most -s of them. */
static void print_strarray(show_call *c, unsigned arg)
{
	const struct replay_blob *b = show_blob(c, arg, 0, 0);
	/* an array whose first pointer is NULL is captured as no bytes */
	if (!show_arg(c, arg) || !b || b->read_errno || (!b->data && b->len)) {
		show_addr(c, show_arg(c, arg));
		return;
	}
	int term;
	size_t n = strarray_count(b, &term);
	show_array_begin(c);
	for (size_t k = 0; k < n; k++) {
		if (k)
			show_array_next(c);
		if (!show_verbose(c) && k >= show_strsize(c)) {
			show_more(c);
			break;
		}
		const struct replay_blob *s = show_blob(c, arg, (unsigned)k + 1, 0);
		if (s && !s->read_errno && (s->data || s->len == 0)) {
			size_t len = s->len;
			if (len && memchr(s->data, '\0', len))
				len = strnlen((const char *)s->data, len);
			show_quoted(c, s->data, len, 0);
		} else {
			uint64_t p;
			memcpy(&p, b->data + k * 8, 8);
			show_addr(c, p);
		}
	}
	show_array_end(c);
}

/* envp: the address and "/" "* N vars *" "/" (all of them with -v). */
static void print_envp(show_call *c, unsigned arg)
{
	if (show_verbose(c)) {
		print_strarray(c, arg);
		return;
	}
	show_addr(c, show_arg(c, arg));
	const struct replay_blob *b = show_blob(c, arg, 0, 0);
	if (!show_arg(c, arg) || !b || b->read_errno || (!b->data && b->len))
		return; /* (an empty environment is "0 vars") */
	/* The recorder keeps the pointers without their NULL terminator, so
	 * "unterminated" (strace's note for an unreadable tail) is not told. */
	int term;
	size_t n = strarray_count(b, &term);
	show_comment(c, "%zu var%s", n, n == 1 ? "" : "s");
}

/* ---- clone ---------------------------------------------------------------------- */

#define CSIGNAL_ 0xffu
#define CLONE_PIDFD_ 0x1000u
#define CLONE_SETTLS_ 0x80000u
#define CLONE_PARENT_SETTID_ 0x100000u
#define CLONE_CHILD_CLEARTID_ 0x200000u
#define CLONE_CHILD_SETTID_ 0x1000000u
#define CLONE_INTO_CGROUP_ 0x200000000ull

/* flags=CLONE_VM|...|SIGCHLD: the exit signal is the low byte. */
static void clone_flags(show_call *c, uint64_t raw)
{
	uint64_t flags = raw & ~(uint64_t)CSIGNAL_;
	int sig = (int)(raw & CSIGNAL_);
	char buf[XLAT_BUFSZ];
	size_t n = 0;
	if (flags)
		n = xlat_format_flags(buf, sizeof(buf), &xlat_clone_flags, flags, "CLONE_???");
	if (sig) {
		if (flags && n + 1 < sizeof(buf))
			buf[n++] = '|';
		if (n < sizeof(buf))
			xlat_format_signame(buf + n, sizeof(buf) - n, sig);
	} else if (!flags) {
		snprintf(buf, sizeof(buf), "0");
	}
	show_flags_text(c, buf);
}

/* An int the kernel stored at exit: [1234], or the address. */
static void int_at_exit(show_call *c, unsigned arg, unsigned index)
{
	uint32_t v;
	if (show_errno(c) || show_fetch(c, arg, index, 1, &v, sizeof(v)) < 0) {
		show_addr(c, show_arg(c, arg));
		return;
	}
	show_array_begin(c);
	show_uint(c, v);
	show_array_end(c);
}

/* clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD,
 *       child_tidptr=0x7f...) = 1234. x86_64 order: flags, stack, ptid, ctid, tls.
 * The parent_tid/tls/child_tidptr fields come at exit. */
static int dec_clone(show_call *c)
{
	uint64_t flags = show_arg(c, 0) & ~(uint64_t)CSIGNAL_;
	if (show_entering(c)) {
		show_field(c, "child_stack");
		show_addr(c, show_arg(c, 1));
		show_arg_next(c);
		show_field(c, "flags");
		clone_flags(c, show_arg(c, 0));
		if (!(flags & (CLONE_PARENT_SETTID_ | CLONE_PIDFD_ | CLONE_CHILD_SETTID_ |
			       CLONE_CHILD_CLEARTID_ | CLONE_SETTLS_)))
			return SHOW_DECODED | SHOW_RV_DEC;
		return 0;
	}
	if (flags & (CLONE_PARENT_SETTID_ | CLONE_PIDFD_)) {
		show_arg_next(c);
		/* strace 6.1 names it parent_tid for CLONE_PIDFD too. */
		show_field(c, "parent_tid");
		int_at_exit(c, 2, 0);
	}
	if (flags & CLONE_SETTLS_) {
		show_arg_next(c);
		show_field(c, "tls");
		show_addr(c, show_arg(c, 4));
	}
	if (flags & (CLONE_CHILD_SETTID_ | CLONE_CHILD_CLEARTID_)) {
		show_arg_next(c);
		show_field(c, "child_tidptr");
		show_addr(c, show_arg(c, 3));
	}
	return SHOW_RV_DEC;
}

struct k_clone_args {
	uint64_t flags, pidfd, child_tid, parent_tid, exit_signal, stack, stack_size, tls;
	uint64_t set_tid, set_tid_size, cgroup;
};
#define CLONE_ARGS_MIN 64 /* up to and including tls: CLONE_ARGS_SIZE_VER0 */

static void ca_addr(show_call *c, const char *name, uint64_t v)
{
	show_struct_next(c);
	show_field(c, name);
	show_addr(c, v);
}

/* clone3({flags=..., child_tid=0x..., parent_tid=0x..., exit_signal=0,
 *         stack=0x..., stack_size=0x7fff00, tls=0x...} => {parent_tid=[1235]}, 88) */
static int dec_clone3(show_call *c)
{
	uint64_t size = show_arg(c, 1);
	struct k_clone_args ca;
	memset(&ca, 0, sizeof(ca));
	const struct replay_blob *b = show_blob(c, 0, 0, 0);
	int ok = size >= CLONE_ARGS_MIN && b && !b->read_errno && b->data && b->len >= CLONE_ARGS_MIN;
	if (ok)
		memcpy(&ca, b->data, b->len < sizeof(ca) ? b->len : sizeof(ca));
	if (show_entering(c)) {
		if (!ok) {
			show_addr(c, show_arg(c, 0));
			show_arg_next(c);
			show_uint(c, size);
			return SHOW_DECODED | SHOW_RV_DEC;
		}
		show_struct_begin(c);
		show_field(c, "flags");
		dec_flags(c, &xlat_clone_flags, ca.flags, "CLONE_???");
		if (ca.flags & CLONE_PIDFD_)
			ca_addr(c, "pidfd", ca.pidfd);
		if (ca.flags & (CLONE_CHILD_SETTID_ | CLONE_CHILD_CLEARTID_))
			ca_addr(c, "child_tid", ca.child_tid);
		if (ca.flags & CLONE_PARENT_SETTID_)
			ca_addr(c, "parent_tid", ca.parent_tid);
		show_struct_next(c);
		show_field(c, "exit_signal");
		dec_signame(c, (int)ca.exit_signal);
		ca_addr(c, "stack", ca.stack);
		show_struct_next(c);
		show_field(c, "stack_size");
		show_hex(c, ca.stack_size);
		if (ca.flags & CLONE_SETTLS_)
			ca_addr(c, "tls", ca.tls);
		if (ca.set_tid || ca.set_tid_size) {
			ca_addr(c, "set_tid", ca.set_tid);
			show_struct_next(c);
			show_field(c, "set_tid_size");
			show_uint(c, ca.set_tid_size);
		}
		if (b->len > offsetof(struct k_clone_args, cgroup) &&
		    (ca.cgroup || (ca.flags & CLONE_INTO_CGROUP_))) {
			show_struct_next(c);
			show_field(c, "cgroup");
			show_uint(c, ca.cgroup);
		}
		show_struct_end(c);
		if (ca.flags & (CLONE_PIDFD_ | CLONE_PARENT_SETTID_))
			return 0;
		show_arg_next(c);
		show_uint(c, size);
		return SHOW_DECODED | SHOW_RV_DEC;
	}
	if (!show_errno(c)) {
		/* What the kernel stored: the pidfd where pidfd points, the new
		 * tid where parent_tid points (strace's order); the recorder keeps
		 * those ints as blob indexes 2 and 1 at exit. */
		int32_t fd;
		uint32_t v;
		int any = 0;
		show_changed(c);
		show_struct_begin(c);
		if ((ca.flags & CLONE_PIDFD_) && show_fetch(c, 0, 2, 1, &fd, sizeof(fd)) == 0) {
			show_field(c, "pidfd");
			show_array_begin(c);
			show_fd(c, fd);
			show_array_end(c);
			any = 1;
		}
		if ((ca.flags & CLONE_PARENT_SETTID_) && show_fetch(c, 0, 1, 1, &v, sizeof(v)) == 0) {
			if (any)
				show_struct_next(c);
			show_field(c, "parent_tid");
			show_array_begin(c);
			show_uint(c, v);
			show_array_end(c);
		}
		show_struct_end(c);
	}
	show_arg_next(c);
	show_uint(c, size);
	return SHOW_RV_DEC;
}

/* ---- wait ------------------------------------------------------------------------- */

/* strace's printstatus(): [{WIFEXITED(s) && WEXITSTATUS(s) == 0}] ... */
static void print_wait_status(show_call *c, int status)
{
	char sig[32];
	char buf[160];
	int rest = status;
	if ((status & 0xff) == 0x7f) { /* WIFSTOPPED */
		int s = (status >> 8) & 0xff;
		xlat_format_signame(sig, sizeof(sig), s & 0x7f);
		snprintf(buf, sizeof(buf), "[{WIFSTOPPED(s) && WSTOPSIG(s) == %s%s}", sig,
			 (s & 0x80) ? " | 0x80" : "");
		rest &= ~((s << 8) | 0x7f);
	} else if ((status & 0x7f) != 0 && (status & 0x7f) != 0x7f) { /* WIFSIGNALED */
		xlat_format_signame(sig, sizeof(sig), status & 0x7f);
		snprintf(buf, sizeof(buf), "[{WIFSIGNALED(s) && WTERMSIG(s) == %s%s}", sig,
			 (status & 0x80) ? " && WCOREDUMP(s)" : "");
		rest &= ~(0x7f | 0x80);
	} else if ((status & 0x7f) == 0) { /* WIFEXITED */
		snprintf(buf, sizeof(buf), "[{WIFEXITED(s) && WEXITSTATUS(s) == %d}",
			 (status >> 8) & 0xff);
		rest &= ~0xff00;
	} else if (status == 0xffff) { /* WIFCONTINUED */
		snprintf(buf, sizeof(buf), "[{WIFCONTINUED(s)}");
		rest = 0;
	} else {
		show_array_begin(c);
		show_hex(c, (unsigned)status);
		show_array_end(c);
		return;
	}
	/* JSON: the int the pointer designates, as strace's expression */
	show_array_begin(c);
	show_puts(c, buf + 1);
	if (rest) {
		unsigned event = (unsigned)rest >> 16;
		if (event) {
			xlat_format_enum(buf, sizeof(buf), &xlat_ptrace_events, event,
					 "PTRACE_EVENT_???", XLAT_FMT_X);
			show_printf(c, " | %s << 16", buf);
			rest &= 0xffff;
		}
		if (rest)
			show_printf(c, " | %#x", (unsigned)rest);
	}
	show_array_end(c);
}

struct k_rusage {
	struct dec_timespec ru_utime, ru_stime;
	int64_t f[14];
};

/* {ru_utime={tv_sec=0, tv_usec=175}, ru_stime={...}, ...}; -v: every field. */
static void print_rusage(show_call *c, const void *p)
{
	static const char *const names[14] = {
		"ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss", "ru_minflt", "ru_majflt", "ru_nswap",
		"ru_inblock", "ru_oublock", "ru_msgsnd", "ru_msgrcv", "ru_nsignals", "ru_nvcsw", "ru_nivcsw",
	};
	struct k_rusage ru;
	memcpy(&ru, p, sizeof(ru));
	show_struct_begin(c);
	show_field(c, "ru_utime");
	dec_timeval(c, &ru.ru_utime);
	show_struct_next(c);
	show_field(c, "ru_stime");
	dec_timeval(c, &ru.ru_stime);
	show_struct_next(c);
	if (!show_verbose(c)) {
		show_more(c);
	} else {
		for (int i = 0; i < 14; i++) {
			if (i)
				show_struct_next(c);
			show_field(c, names[i]);
			show_int(c, ru.f[i]);
		}
	}
	show_struct_end(c);
}

/* ---- limits, usage ------------------------------------------------------------- */

/* strace's sprint_rlim64(): RLIM64_INFINITY, 8192*1024 (multiples of 1024
 * above 1024), else decimal. */
static void rlim_value(show_call *c, uint64_t v)
{
	if (v == UINT64_MAX)
		show_puts(c, "RLIM64_INFINITY");
	else if (v > 1024 && v % 1024 == 0) {
		char text[32];
		snprintf(text, sizeof text, "%llu*1024", (unsigned long long)(v / 1024));
		show_uint_as(c, v, text);
	} else
		show_uint(c, v);
}

/* {rlim_cur=8192*1024, rlim_max=RLIM64_INFINITY} */
static void print_rlimit(show_call *c, const void *p)
{
	const uint64_t *r = p;
	show_struct_begin(c);
	show_field(c, "rlim_cur");
	rlim_value(c, r[0]);
	show_struct_next(c);
	show_field(c, "rlim_max");
	rlim_value(c, r[1]);
	show_struct_end(c);
}

/* ---- arch_prctl, prctl ------------------------------------------------------------- */

#define ARCH_GET_FS_ 0x1003u
#define ARCH_GET_GS_ 0x1004u
#define ARCH_SET_GS_ 0x1001u
#define ARCH_SET_FS_ 0x1002u

/* arch_prctl(ARCH_SET_FS, 0x7f...) / arch_prctl(ARCH_GET_FS, [0x7f...]) */
static int dec_arch_prctl(show_call *c)
{
	uint32_t op = (uint32_t)show_arg(c, 0);
	int get = op == ARCH_GET_FS_ || op == ARCH_GET_GS_;
	if (show_entering(c)) {
		dec_enum(c, &xlat_archvals, op, "ARCH_???");
		show_arg_next(c);
		if (get)
			return 0;
		/* strace prints the value in hex, 0 included (not NULL);
		 * for FS and GS it is an address */
		if (op == ARCH_SET_FS_ || op == ARCH_SET_GS_)
			show_hexaddr(c, show_arg(c, 1));
		else
			show_hex(c, show_arg(c, 1));
		return SHOW_DECODED;
	}
	uint64_t v;
	if (show_errno(c) || show_fetch(c, 1, 0, 1, &v, sizeof(v)) < 0) {
		show_addr(c, show_arg(c, 1));
		return 0;
	}
	show_array_begin(c);
	show_addr(c, v); /* strace's printnum_ptr: [NULL] for 0 */
	show_array_end(c);
	return 0;
}

enum {
	PR_SET_PDEATHSIG_ = 1, PR_GET_PDEATHSIG_ = 2, PR_GET_DUMPABLE_ = 3, PR_SET_DUMPABLE_ = 4,
	PR_GET_KEEPCAPS_ = 7, PR_SET_KEEPCAPS_ = 8, PR_SET_NAME_ = 15, PR_GET_NAME_ = 16,
	PR_GET_SECCOMP_ = 21, PR_SET_SECCOMP_ = 22, PR_CAPBSET_READ_ = 23, PR_CAPBSET_DROP_ = 24,
	PR_GET_TIMERSLACK_ = 30, PR_SET_TIMERSLACK_ = 29, PR_SET_CHILD_SUBREAPER_ = 36,
	PR_GET_CHILD_SUBREAPER_ = 37, PR_SET_NO_NEW_PRIVS_ = 38, PR_GET_NO_NEW_PRIVS_ = 39,
	PR_SET_THP_DISABLE_ = 41, PR_GET_THP_DISABLE_ = 42, PR_SET_VMA_ = 0x53564d41,
	PR_MCE_KILL_ = 33, PR_GET_SPECULATION_CTRL_ = 52, PR_GET_IO_FLUSHER_ = 58,
};

#define PR_MCE_KILL_SET_ 1u

/* Arguments FROM..4 in hex (strace's print_prctl_args). */
static void prctl_hex_args(show_call *c, unsigned from)
{
	for (unsigned i = from; i < 5; i++) {
		show_arg_next(c);
		show_hex(c, show_arg(c, i));
	}
}

/* prctl(PR_SET_NAME, "probe"), prctl(PR_GET_NAME, "probe"),
 * prctl(PR_SET_PDEATHSIG, SIGTERM), prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0),
 * prctl(PR_CAPBSET_READ, CAP_CHOWN), other options with hex arguments. */
static int dec_prctl(show_call *c)
{
	uint32_t op = (uint32_t)show_arg(c, 0);
	if (show_entering(c)) {
		dec_enum(c, &xlat_prctl_options, op, "PR_???");
		switch (op) {
		case PR_GET_DUMPABLE_:
		case PR_GET_KEEPCAPS_:
		case PR_GET_SECCOMP_:
		case PR_GET_TIMERSLACK_:
			return SHOW_DECODED;
		case PR_GET_NO_NEW_PRIVS_: /* strace 6.1 prints their unused arguments */
		case PR_GET_THP_DISABLE_:
		case PR_GET_IO_FLUSHER_:
			prctl_hex_args(c, 1);
			return SHOW_DECODED;
		case PR_MCE_KILL_:
			show_arg_next(c);
			dec_enum(c, &xlat_pr_mce_kill, show_arg(c, 1), "PR_MCE_KILL_???");
			show_arg_next(c);
			if (show_arg(c, 1) == PR_MCE_KILL_SET_)
				dec_enum(c, &xlat_pr_mce_kill_policy, show_arg(c, 2), "PR_MCE_KILL_???");
			else
				show_hex(c, show_arg(c, 2));
			prctl_hex_args(c, 3);
			return SHOW_DECODED;
		case PR_GET_SPECULATION_CTRL_:
			show_arg_next(c);
			dec_enum(c, &xlat_pr_spec_cmds, show_arg(c, 1), "PR_SPEC_???");
			return SHOW_DECODED;
		case PR_GET_NAME_:
		case PR_GET_PDEATHSIG_:
		case PR_GET_CHILD_SUBREAPER_:
			show_arg_next(c);
			return 0;
		case PR_SET_NAME_:
			show_arg_next(c);
			show_str(c, 1);
			return SHOW_DECODED;
		case PR_SET_PDEATHSIG_:
			show_arg_next(c);
			dec_signame(c, (int)show_arg(c, 1));
			return SHOW_DECODED;
		case PR_SET_DUMPABLE_:
			show_arg_next(c);
			dec_enum(c, &xlat_pr_dumpable, show_arg(c, 1), "SUID_DUMP_???");
			return SHOW_DECODED;
		case PR_CAPBSET_READ_:
		case PR_CAPBSET_DROP_:
			show_arg_next(c);
			dec_enum(c, &xlat_cap, show_arg(c, 1), "CAP_???");
			return SHOW_DECODED;
		case PR_SET_KEEPCAPS_:
		case PR_SET_CHILD_SUBREAPER_:
		case PR_SET_TIMERSLACK_:
			show_arg_next(c);
			show_uint(c, show_arg(c, 1));
			return SHOW_DECODED;
		case PR_SET_NO_NEW_PRIVS_:
		case PR_SET_THP_DISABLE_:
			show_arg_next(c);
			show_uint(c, show_arg(c, 1));
			prctl_hex_args(c, 2);
			return SHOW_DECODED;
		case PR_SET_SECCOMP_:
			show_arg_next(c);
			dec_enum(c, &xlat_seccomp_mode, show_arg(c, 1), "SECCOMP_MODE_???");
			if (show_arg(c, 1) == 2) {
				/* the filter as {len=N, filter=PTR} when the recorder
				 * copied its struct sock_fprog (the prctl shape does
				 * not describe argument 2 yet: then the address) */
				uint8_t prog[DEC_SOCK_FPROG_SIZE];
				show_arg_next(c);
				if (show_fetch(c, 2, 0, 0, prog, sizeof(prog)) == 0)
					dec_sock_fprog(c, prog);
				else
					show_addr(c, show_arg(c, 2));
			}
			return SHOW_DECODED;
		case PR_SET_VMA_:
			show_arg_next(c);
			dec_enum(c, &xlat_pr_set_mm, show_arg(c, 1), "PR_SET_VMA_???");
			show_arg_next(c);
			show_addr(c, show_arg(c, 2));
			show_arg_next(c);
			show_uint(c, show_arg(c, 3));
			show_arg_next(c);
			show_str(c, 4);
			return SHOW_DECODED;
		default:
			prctl_hex_args(c, 1);
			return SHOW_DECODED;
		}
	}
	if (op == PR_GET_NAME_) {
		const struct replay_blob *b = show_blob(c, 1, 0, 1);
		if (show_errno(c) || !b || b->read_errno || !b->data)
			show_addr(c, show_arg(c, 1));
		else
			show_quoted(c, b->data, strnlen((const char *)b->data, b->len), 0);
	} else {
		int32_t v;
		if (show_errno(c) || show_fetch(c, 1, 0, 1, &v, sizeof(v)) < 0) {
			show_addr(c, show_arg(c, 1));
		} else {
			show_array_begin(c);
			if (op == PR_GET_PDEATHSIG_)
				dec_signame(c, v);
			else
				show_int(c, v);
			show_array_end(c);
		}
	}
	return 0;
}

/* = 1 (SUID_DUMP_USER) for PR_GET_DUMPABLE, the number otherwise. */
static void ret_prctl(show_call *c)
{
	uint32_t op = (uint32_t)show_arg(c, 0);
	if (op == PR_GET_SPECULATION_CTRL_) {
		/* = 0x2 (PR_SPEC_ENABLE): the state bits, for the known controls */
		uint64_t v = (uint64_t)show_retval(c);
		show_ret_value(c, SHOW_RV_HEX);
		if (v && show_arg(c, 1) <= 2) {
			char buf[XLAT_BUFSZ];
			xlat_format_flags(buf, sizeof(buf), &xlat_pr_spec_get_store_bypass_flags, v, NULL);
			dec_note(c, "flags", "", show_flags_text, buf);
		}
		return;
	}
	show_ret_value(c, SHOW_RV_DEC);
	if (op == PR_GET_DUMPABLE_) {
		const char *s = xlat_name(&xlat_pr_dumpable, (uint64_t)show_retval(c));
		if (s)
			dec_note(c, "dumpable", "", show_enum_text, s);
	} /* strace 6.1 names no PR_GET_SECCOMP result */
}

/* ---- uname, sysinfo, getrandom, rseq, affinity ------------------------------------ */

struct k_sysinfo {
	int64_t uptime;
	uint64_t loads[3];
	uint64_t totalram, freeram, sharedram, bufferram, totalswap, freeswap;
	uint16_t procs, pad;
	uint32_t pad2;
	uint64_t totalhigh, freehigh;
	uint32_t mem_unit;
	char f[4];
};

/* strace prints getrandom's bytes all as \xNN (QUOTE_FORCE_HEX), cut at -s. */
static void hex_string(show_call *c, const uint8_t *p, size_t len, int more)
{
	show_quoted(c, p, len, SHOW_Q_HEX | (more ? SHOW_Q_ELLIPSIS : 0));
}

/* gid lists: [0, 1], -1 as -1. */
static void print_gids(show_call *c, unsigned arg, int at_exit, uint64_t n)
{
	const struct replay_blob *b = show_blob(c, arg, 0, at_exit);
	if (!show_arg(c, arg)) {
		show_addr(c, 0);
		return;
	}
	if (n == 0) {
		show_array_begin(c);
		show_array_end(c);
		return;
	}
	if (!b || b->read_errno || !b->data || n > 65536) {
		show_addr(c, show_arg(c, arg));
		return;
	}
	size_t k = b->len / 4 < n ? b->len / 4 : (size_t)n;
	show_array_begin(c);
	for (size_t i = 0; i < k; i++) {
		if (i)
			show_array_next(c);
		if (!show_verbose(c) && i >= show_strsize(c)) {
			show_more(c);
			break;
		}
		uint32_t g;
		memcpy(&g, b->data + i * 4, 4);
		if (g == UINT32_MAX)
			show_int(c, -1);
		else
			show_uint(c, g);
	}
	show_array_end(c);
}

/* ---- credentials --------------------------------------------------------------- */

/* strace's printuid(): -1 (no change) as -1, else unsigned. */
static void print_uid(show_call *c, uint64_t v)
{
	if ((uint32_t)v == UINT32_MAX)
		show_int(c, -1);
	else
		show_uint(c, (uint32_t)v);
}

/* {version=_LINUX_CAPABILITY_VERSION_3, pid=0} */
static int cap_header(show_call *c, uint32_t *ret_version)
{
	uint32_t h[2];
	if (show_fetch_or_addr(c, 0, 0, 0, h, sizeof(h)) < 0)
		return -1;
	show_struct_begin(c);
	show_field(c, "version");
	dec_enum(c, &xlat_cap_version, h[0], "_LINUX_CAPABILITY_VERSION_???");
	show_struct_next(c);
	show_field(c, "pid");
	show_int(c, (int32_t)h[1]);
	show_struct_end(c);
	*ret_version = h[0];
	return 0;
}

/* strace's print_cap_bits(): the low word's names, then the high word's. */
static void cap_bits(show_call *c, uint32_t lo, uint32_t hi)
{
	char buf[XLAT_BUFSZ];
	size_t n = 0;
	buf[0] = '\0';
	if (lo || !hi)
		n = xlat_format_flags(buf, sizeof(buf), &xlat_cap_mask0, lo, "CAP_???");
	if (hi) {
		if (lo && n + 1 < sizeof(buf))
			buf[n++] = '|';
		if (n < sizeof(buf))
			xlat_format_flags(buf + n, sizeof(buf) - n, &xlat_cap_mask1, hi, "CAP_???");
	}
	show_flags_text(c, buf);
}

/* {effective=1<<CAP_CHOWN|..., permitted=..., inheritable=0}; version 1
 * has one 32-bit set per field, the later ones two. */
static void cap_data(show_call *c, unsigned arg, int at_exit, uint32_t version)
{
	uint32_t d[6] = { 0 };
	size_t size = version == 0x19980330u ? 12 : 24;
	if ((at_exit && show_errno(c)) || !show_arg(c, arg) ||
	    show_fetch(c, arg, 0, at_exit, d, size) < 0) {
		show_addr(c, show_arg(c, arg));
		return;
	}
	static const char *const names[] = { "effective", "permitted", "inheritable" };
	show_struct_begin(c);
	for (int i = 0; i < 3; i++) {
		if (i)
			show_struct_next(c);
		show_field(c, names[i]);
		cap_bits(c, d[i], d[3 + i]);
	}
	show_struct_end(c);
}

/* capget({version=..., pid=0}, {effective=..., ...}) */
static int dec_capget(show_call *c)
{
	uint32_t version = 0;
	if (show_entering(c)) {
		cap_header(c, &version);
		show_arg_next(c);
		return 0;
	}
	uint32_t h[2];
	if (show_fetch(c, 0, 0, 0, h, sizeof(h)) == 0)
		version = h[0];
	cap_data(c, 1, 1, version);
	return 0;
}

/* capset({version=..., pid=0}, {effective=..., ...}) */
static int dec_capset(show_call *c)
{
	uint32_t version = 0;
	cap_header(c, &version);
	show_arg_next(c);
	cap_data(c, 1, 0, version);
	return SHOW_DECODED;
}

/* ---- scheduling, priorities, personality ------------------------------------------ */

#define PER_MASK_ 0xffu

/* personality(PER_LINUX), personality(0xffffffff) = 0x40000 (PER_LINUX|ADDR_NO_RANDOMIZE) */
static void format_personality(char *buf, size_t size, uint32_t pers)
{
	size_t n = xlat_format_enum(buf, size, &xlat_personality_types, pers & PER_MASK_, "PER_???",
				    XLAT_FMT_X);
	pers &= ~PER_MASK_;
	if (pers && n + 1 < size) {
		buf[n++] = '|';
		xlat_format_flags(buf + n, size - n, &xlat_personality_flags, pers, NULL);
	}
}

static void ret_personality(show_call *c)
{
	char buf[XLAT_BUFSZ];
	show_ret_value(c, SHOW_RV_HEX);
	format_personality(buf, sizeof(buf), (uint32_t)show_retval(c));
	dec_note(c, "personality", "", show_flags_text, buf);
}

/* sched_getscheduler(0) = 0 (SCHED_OTHER) */
static void ret_sched_getscheduler(show_call *c)
{
	show_ret_value(c, SHOW_RV_DEC);
	const char *s = xlat_name(&xlat_schedulers, (uint64_t)show_retval(c));
	if (s)
		dec_note(c, "policy", "", show_enum_text, s);
}

/* The CPUs set in a cpu mask: [0 1]. */
static void cpu_list(show_call *c, const struct replay_blob *b)
{
	show_array_begin(c);
	unsigned n = 0;
	for (size_t bit = 0; bit < b->len * 8; bit++) {
		if (!(b->data[bit / 8] & (1u << (bit % 8))))
			continue;
		if (n++)
			show_array_sep(c, " ");
		show_uint(c, bit);
	}
	show_array_end(c);
}

/* ---- namespaces, seccomp, membarrier, ioprio ------------------------------------ */

enum { SECCOMP_SET_MODE_STRICT_ = 0, SECCOMP_SET_MODE_FILTER_ = 1, SECCOMP_GET_ACTION_AVAIL_ = 2 };

/* seccomp(SECCOMP_GET_ACTION_AVAIL, 0, [SECCOMP_RET_KILL_PROCESS]) /
 * seccomp(SECCOMP_SET_MODE_FILTER, 0, {len=4, filter=0x7ffc...}) */
static int dec_seccomp(show_call *c)
{
	uint32_t op = (uint32_t)show_arg(c, 0);
	dec_enum(c, &xlat_seccomp_ops, op, "SECCOMP_SET_MODE_???");
	show_arg_next(c);
	if (op == SECCOMP_SET_MODE_FILTER_)
		dec_flags(c, &xlat_seccomp_filter_flags, (uint32_t)show_arg(c, 1), "SECCOMP_FILTER_FLAG_???");
	else
		show_hex(c, (uint32_t)show_arg(c, 1));
	show_arg_next(c);
	uint32_t act;
	uint8_t prog[DEC_SOCK_FPROG_SIZE];
	if (op == SECCOMP_GET_ACTION_AVAIL_ && show_fetch(c, 2, 0, 0, &act, sizeof(act)) == 0) {
		show_array_begin(c);
		dec_enum(c, &xlat_seccomp_ret_action, act, "SECCOMP_RET_???");
		show_array_end(c);
	} else if (op == SECCOMP_SET_MODE_FILTER_ && show_fetch(c, 2, 0, 0, prog, sizeof(prog)) == 0) {
		dec_sock_fprog(c, prog);
	} else {
		show_addr(c, show_arg(c, 2));
	}
	return SHOW_DECODED;
}

/* kcmp(P1, P2, KCMP_FILE, 3, 4): the two indexes are fds for KCMP_FILE,
 * else strace prints them in hex (KCMP_EPOLL_TFD's struct is not decoded). */
static int dec_kcmp(show_call *c)
{
	uint32_t type = (uint32_t)show_arg(c, 2);
	dec_int32(c, show_arg(c, 0));
	show_arg_next(c);
	dec_int32(c, show_arg(c, 1));
	show_arg_next(c);
	dec_enum(c, &xlat_kcmp_types, type, "KCMP_???");
	for (unsigned i = 3; i < 5; i++) {
		show_arg_next(c);
		if (type == 0) /* KCMP_FILE */
			show_fd(c, (int32_t)show_arg(c, i));
		else
			show_hex(c, show_arg(c, i));
	}
	return SHOW_DECODED;
}

#define MEMBARRIER_CMD_QUERY_ 0
#define MEMBARRIER_CMD_FLAG_CPU_ 1u

/* membarrier(MEMBARRIER_CMD_QUERY, 0) = 0x3ff (MEMBARRIER_CMD_GLOBAL|...) */
static int dec_membarrier(show_call *c)
{
	uint32_t flags = (uint32_t)show_arg(c, 1);
	dec_enum(c, &xlat_membarrier_cmds, (uint32_t)show_arg(c, 0), "MEMBARRIER_CMD_???");
	show_arg_next(c);
	dec_flags(c, &xlat_membarrier_flags, flags, "MEMBARRIER_CMD_FLAG_???");
	if (flags & MEMBARRIER_CMD_FLAG_CPU_) {
		show_arg_next(c);
		show_int(c, (int32_t)show_arg(c, 2));
	}
	return SHOW_DECODED;
}

static void ret_membarrier(show_call *c)
{
	if ((uint32_t)show_arg(c, 0) != MEMBARRIER_CMD_QUERY_) {
		show_ret_value(c, SHOW_RV_DEC);
		return;
	}
	char buf[XLAT_BUFSZ];
	show_ret_value(c, SHOW_RV_HEX);
	xlat_format_flags(buf, sizeof(buf), &xlat_membarrier_cmds, (uint64_t)show_retval(c), NULL);
	if (buf[0])
		dec_note(c, "commands", "", show_flags_text, buf);
}

#define IOPRIO_CLASS_SHIFT_ 13

/* IOPRIO_PRIO_VALUE(IOPRIO_CLASS_BE, 4) */
static void format_ioprio(char *buf, size_t size, uint32_t v)
{
	char cls[96];
	xlat_format_enum(cls, sizeof(cls), &xlat_ioprio_class, v >> IOPRIO_CLASS_SHIFT_,
			 "IOPRIO_CLASS_???", XLAT_FMT_X);
	snprintf(buf, size, "IOPRIO_PRIO_VALUE(%s, %u)", cls, v & ((1u << IOPRIO_CLASS_SHIFT_) - 1));
}

static void ret_ioprio_get(show_call *c)
{
	char buf[160];
	show_ret_value(c, SHOW_RV_DEC);
	format_ioprio(buf, sizeof(buf), (uint32_t)show_retval(c));
	dec_note(c, "ioprio", "", show_puts, buf);
}

struct k_sched_attr {
	uint32_t size, policy;
	uint64_t flags;
	int32_t nice;
	uint32_t priority;
	uint64_t runtime, deadline, period;
	uint32_t util_min, util_max;
};

/* {size=56, sched_policy=SCHED_OTHER, sched_flags=0, sched_nice=0, ...}:
 * the fields the structure's size covers. */
static void print_sched_attr(show_call *c, unsigned arg)
{
	int at_exit = show_exiting(c);
	struct k_sched_attr a;
	memset(&a, 0, sizeof(a));
	const struct replay_blob *b = show_blob(c, arg, 0, at_exit);
	if ((at_exit && show_errno(c)) || !b || b->read_errno || !b->data || b->len < 48) {
		show_addr(c, show_arg(c, arg));
		return;
	}
	memcpy(&a, b->data, b->len < sizeof(a) ? b->len : sizeof(a));
	show_struct_begin(c);
	show_field(c, "size");
	show_uint(c, a.size);
	show_struct_next(c);
	show_field(c, "sched_policy");
	dec_enum(c, &xlat_schedulers, a.policy, "SCHED_???");
	show_struct_next(c);
	show_field(c, "sched_flags");
	dec_flags(c, &xlat_sched_flags, a.flags, "SCHED_FLAG_???");
	show_struct_next(c);
	show_field(c, "sched_nice");
	show_int(c, a.nice);
	show_struct_next(c);
	show_field(c, "sched_priority");
	show_uint(c, a.priority);
	show_struct_next(c);
	show_field(c, "sched_runtime");
	show_uint(c, a.runtime);
	show_struct_next(c);
	show_field(c, "sched_deadline");
	show_uint(c, a.deadline);
	show_struct_next(c);
	show_field(c, "sched_period");
	show_uint(c, a.period);
	if (a.size >= 56 && b->len >= 56) {
		show_struct_next(c);
		show_field(c, "sched_util_min");
		show_uint(c, a.util_min);
		show_struct_next(c);
		show_field(c, "sched_util_max");
		show_uint(c, a.util_max);
	}
	show_struct_end(c);
}

enum { SYSLOG_READ_ = 2, SYSLOG_READ_ALL_ = 3, SYSLOG_READ_CLEAR_ = 4 };

/* syslog(10 /" "* SYSLOG_ACTION_SIZE_BUFFER *" "/) = 131072: strace names the
 * type in a comment after the number; READ* show the buffer at exit. */
static int dec_syslog(show_call *c)
{
	int32_t type = (int32_t)show_arg(c, 0);
	if (show_entering(c)) {
		show_int(c, type);
		const char *s = xlat_name(&xlat_syslog_action_type, (uint32_t)type);
		show_comment(c, "%s", s ? s : "SYSLOG_ACTION_???");
		switch (type) {
		case 0: case 1: case 5: case 6: case 7: case 9: case 10:
			return SHOW_DECODED;
		case SYSLOG_READ_:
		case SYSLOG_READ_ALL_:
		case SYSLOG_READ_CLEAR_:
			show_arg_next(c);
			return 0;
		default:
			show_arg_next(c);
			show_addr(c, show_arg(c, 1));
			show_arg_next(c);
			show_int(c, (int32_t)show_arg(c, 2));
			return SHOW_DECODED;
		}
	}
	/* The recorder does not keep the log text: its address stands in,
	 * except for an empty read, which strace shows as "". */
	if (!show_errno(c) && show_retval(c) == 0)
		show_quoted(c, "", 0, 0);
	else
		show_addr(c, show_arg(c, 1));
	show_arg_next(c);
	show_int(c, (int32_t)show_arg(c, 2));
	return 0;
}

/* ---- keys (strace's keyctl.c) ------------------------------------------------- */

/* A key serial: KEY_SPEC_PROCESS_KEYRING, else signed decimal. */
static void key_serial(show_call *c, uint64_t v)
{
	const char *name = xlat_name(&xlat_key_spec, (uint64_t)(int64_t)(int32_t)(uint32_t)v);
	if (name)
		show_enum_text(c, name);
	else
		show_int(c, (int32_t)(uint32_t)v);
}

enum {
	KEYCTL_GET_KEYRING_ID_ = 0, KEYCTL_REVOKE_ = 3, KEYCTL_CLEAR_ = 7,
	KEYCTL_ASSUME_AUTHORITY_ = 16, KEYCTL_SESSION_TO_PARENT_ = 18, KEYCTL_INVALIDATE_ = 21,
};

/* keyctl(KEYCTL_GET_KEYRING_ID, KEY_SPEC_PROCESS_KEYRING, 0): the commands
 * on one key print its serial; the others not decoded here print their
 * four arguments in hex, as strace's default. */
static int dec_keyctl(show_call *c)
{
	uint32_t cmd = (uint32_t)show_arg(c, 0);
	dec_enum(c, &xlat_keyctl_commands, cmd, "KEYCTL_???");
	if (cmd == KEYCTL_SESSION_TO_PARENT_)
		return SHOW_DECODED;
	show_arg_next(c);
	switch (cmd) {
	case KEYCTL_GET_KEYRING_ID_:
		key_serial(c, show_arg(c, 1));
		show_arg_next(c);
		show_int(c, (int32_t)show_arg(c, 2));
		break;
	case KEYCTL_REVOKE_:
	case KEYCTL_CLEAR_:
	case KEYCTL_INVALIDATE_:
	case KEYCTL_ASSUME_AUTHORITY_:
		key_serial(c, show_arg(c, 1));
		break;
	default:
		for (unsigned i = 1; i < 5; i++) {
			if (i > 1)
				show_arg_next(c);
			show_hex(c, show_arg(c, i));
		}
		break;
	}
	return SHOW_DECODED;
}

#define LANDLOCK_CREATE_RULESET_VERSION_ 1u

/* landlock_create_ruleset(NULL, 0, LANDLOCK_CREATE_RULESET_VERSION) = 7: the
 * ABI version query returns a number, a ruleset an fd; the attributes
 * print as their address here. */
static int dec_landlock_create_ruleset(show_call *c)
{
	uint32_t flags = (uint32_t)show_arg(c, 2);
	show_addr(c, show_arg(c, 0));
	show_arg_next(c);
	show_uint(c, show_arg(c, 1));
	show_arg_next(c);
	dec_flags(c, &xlat_landlock_create_ruleset_flags, flags, "LANDLOCK_CREATE_RULESET_???");
	return SHOW_DECODED | (flags & LANDLOCK_CREATE_RULESET_VERSION_ ? SHOW_RV_DEC : SHOW_RV_FD);
}

/* ---- Argument printers of the table decoders below ------------------------------ */

/* wait4's status: [{WIFEXITED(s) && WEXITSTATUS(s) == 0}]; nothing was
 * stored when no child changed state (WNOHANG's 0). */
static void wait_status(show_call *c, unsigned arg)
{
	int32_t status;
	if (show_retval(c) == 0 || show_errno(c))
		show_addr(c, show_arg(c, arg));
	else if (show_fetch_or_addr(c, arg, 0, 1, &status, sizeof(status)) == 0)
		print_wait_status(c, status);
}

/* wait4's rusage: filled in only when a child was reaped. */
static void wait_rusage(show_call *c, unsigned arg)
{
	struct k_rusage ru;
	if (show_retval(c) > 0 && show_arg(c, arg)) {
		if (show_fetch_or_addr(c, arg, 0, 1, &ru, sizeof(ru)) == 0)
			print_rusage(c, &ru);
	} else {
		show_addr(c, show_arg(c, arg));
	}
}

/* waitid's id: P_PIDFD's is an fd (-y: its path), the others a pid. */
static void waitid_id(show_call *c, unsigned arg)
{
	if ((uint32_t)show_arg(c, 0) == 3)
		show_fd(c, (int32_t)show_arg(c, arg));
	else
		dec_int32(c, show_arg(c, arg));
}

/* waitid's {si_signo=SIGCHLD, si_code=CLD_EXITED, ...} */
static void waitid_info(show_call *c, unsigned arg)
{
	const struct replay_blob *b = show_blob(c, arg, 0, 1);
	if (!show_arg(c, arg) || show_errno(c) || !b || b->read_errno || !b->data)
		show_addr(c, show_arg(c, arg));
	else
		show_siginfo(c, b->data, b->len);
}

/* waitid's rusage: whenever the call succeeded. */
static void waitid_rusage(show_call *c, unsigned arg)
{
	struct k_rusage ru;
	if (show_arg(c, arg) && !show_errno(c)) {
		if (show_fetch_or_addr(c, arg, 0, 1, &ru, sizeof(ru)) == 0)
			print_rusage(c, &ru);
	} else {
		show_addr(c, show_arg(c, arg));
	}
}

/* uname({sysname="Linux", nodename="vm", ...}); -v: all six fields. */
static void print_utsname(show_call *c, const void *p)
{
	static const char *const names[] = { "sysname", "nodename", "release",
					     "version", "machine", "domainname" };
	const char (*u)[65] = p;
	show_struct_begin(c);
	int n = show_verbose(c) ? 6 : 2;
	for (int i = 0; i < n; i++) {
		if (i)
			show_struct_next(c);
		show_field(c, names[i]);
		show_quoted(c, u[i], strnlen(u[i], sizeof(u[i])), SHOW_Q_NO_TRUNC);
	}
	if (n == 2) {
		show_struct_next(c);
		show_more(c);
	}
	show_struct_end(c);
}

/* sysinfo({uptime=8913, loads=[68864, 39296, 40896], totalram=..., ..., mem_unit=1}) */
static void print_sysinfo(show_call *c, const void *p)
{
	const struct k_sysinfo *si = p;
	show_struct_begin(c);
	show_field(c, "uptime");
	show_int(c, si->uptime);
	show_struct_next(c);
	show_field(c, "loads");
	show_array_begin(c);
	for (int i = 0; i < 3; i++) {
		if (i)
			show_array_next(c);
		show_uint(c, si->loads[i]);
	}
	show_array_end(c);
	dec_field_u(c, "totalram", si->totalram);
	dec_field_u(c, "freeram", si->freeram);
	dec_field_u(c, "sharedram", si->sharedram);
	dec_field_u(c, "bufferram", si->bufferram);
	dec_field_u(c, "totalswap", si->totalswap);
	dec_field_u(c, "freeswap", si->freeswap);
	dec_field_u(c, "procs", si->procs);
	dec_field_u(c, "totalhigh", si->totalhigh);
	dec_field_u(c, "freehigh", si->freehigh);
	dec_field_u(c, "mem_unit", si->mem_unit);
	show_struct_end(c);
}

/* getrandom("\x9d\x2d...", 8, GRND_NONBLOCK) = 8 */
static void random_buf(show_call *c, unsigned arg)
{
	const struct replay_blob *b = show_blob(c, arg, 0, 1);
	int64_t r = show_retval(c);
	if (show_errno(c) || !b || b->read_errno || (!b->data && r > 0)) {
		show_addr(c, show_arg(c, arg));
		return;
	}
	size_t len = r > 0 ? (size_t)r : 0;
	if (len > b->len)
		hex_string(c, b->data, b->len, 1);
	else
		hex_string(c, b->data, len, 0);
}

/* sched_getaffinity(0, 128, [0 1]) = 32: the set CPUs of the mask. */
static void cpu_mask(show_call *c, unsigned arg)
{
	int at_exit = show_exiting(c);
	const struct replay_blob *b = show_blob(c, arg, 0, at_exit);
	if ((at_exit && show_errno(c)) || !b || b->read_errno || !b->data)
		show_addr(c, show_arg(c, arg));
	else
		cpu_list(c, b);
}

/* getgroups(32, [0, 1]) = 2: RET gids, as strace reads them (a size query
 * shows what the buffer held) */
static void gids_out(show_call *c, unsigned arg)
{
	if (show_errno(c))
		show_addr(c, show_arg(c, arg));
	else
		print_gids(c, arg, 1, (uint64_t)show_retval(c));
}

/* setgroups(2, [0, 1]): as many as argument 0 says. */
static void gids_in(show_call *c, unsigned arg)
{
	print_gids(c, arg, 0, (uint32_t)show_arg(c, 0));
}

/* setuid(0), setreuid(-1, 0), setresuid(-1, -1, -1) */
static void uid_arg(show_call *c, unsigned arg)
{
	print_uid(c, show_arg(c, arg));
}

/* getresuid([0], [0], [0]) */
static void print_uid_p(show_call *c, const void *p)
{
	uint32_t v;
	memcpy(&v, p, sizeof(v));
	show_array_begin(c);
	print_uid(c, v);
	show_array_end(c);
}

/* personality(PER_LINUX), personality(0xffffffff): the query as a number. */
static void personality_arg(show_call *c, unsigned arg)
{
	uint32_t pers = (uint32_t)show_arg(c, arg);
	if (pers == UINT32_MAX) {
		show_hex(c, pers);
	} else {
		char buf[XLAT_BUFSZ];
		format_personality(buf, sizeof(buf), pers);
		show_flags_text(c, buf);
	}
}

/* ioprio_set(IOPRIO_WHO_PROCESS, 0, IOPRIO_PRIO_VALUE(IOPRIO_CLASS_BE, 4)) */
static void ioprio_arg(show_call *c, unsigned arg)
{
	char buf[160];
	format_ioprio(buf, sizeof(buf), (uint32_t)show_arg(c, arg));
	show_puts(c, buf);
}

static void key_serial_arg(show_call *c, unsigned arg)
{
	key_serial(c, show_arg(c, arg));
}

#define A_RLIMIT SHOW_A_STRUCT(print_rlimit, 2 * sizeof(uint64_t))
#define A_RESOURCE SHOW_A_ENUM(xlat_resources, "RLIMIT_???")
#define A_WAIT_OPTIONS SHOW_A_FLAGS(xlat_wait4_options, "W???")
#define A_UID SHOW_A_PRINT(uid_arg)
#define A_UID_OUT SHOW_A_STRUCT(print_uid_p, sizeof(uint32_t))
#define A_SCHEDULER SHOW_A_ENUM(xlat_schedulers, "SCHED_???")
#define A_IOPRIO_WHO SHOW_A_ENUM(xlat_ioprio_who, "IOPRIO_WHO_???")

/* The irregular calls first (multiplexers, arguments that exist or change
 * type with another's value), then one line per call of typed arguments:
 * execve("/bin/true", ["true", "a1"], 0x7ffe... /" "* 2 vars *" "/) = 0,
 * wait4(-1, [{WIFEXITED(s) && WEXITSTATUS(s) == 0}], 0, NULL) = 1234,
 * prlimit64(0, RLIMIT_STACK, NULL, {rlim_cur=8192*1024, rlim_max=RLIM64_INFINITY}),
 * getrusage(RUSAGE_SELF, {ru_utime=..., ru_stime=..., ...}) ... */
const struct show_decoder show_decoders_process[] = {
	{ "keyctl", .decode = dec_keyctl },
	{ "landlock_create_ruleset", .decode = dec_landlock_create_ruleset },
	{ "syslog", .decode = dec_syslog },
	{ "seccomp", .decode = dec_seccomp },
	{ "kcmp", .decode = dec_kcmp },
	{ "membarrier", .decode = dec_membarrier, .ret = ret_membarrier },
	/* the data's layout depends on the header's version; capget's header
	 * is in and out (the table would print it at exit), strace at entry */
	{ "capget", .decode = dec_capget },
	{ "capset", .decode = dec_capset },
	{ "clone", .decode = dec_clone },
	{ "clone3", .decode = dec_clone3 },
	{ "arch_prctl", .decode = dec_arch_prctl },
	{ "prctl", .decode = dec_prctl, .ret = ret_prctl },
	{ "add_key", .args = SHOW_ARGS(SHOW_A_STR, SHOW_A_STR, SHOW_A_TABLE, SHOW_A_ULONG,
				       SHOW_A_PRINT(key_serial_arg)) },
	{ "request_key", .args = SHOW_ARGS(SHOW_A_STR, SHOW_A_STR, SHOW_A_STR,
					   SHOW_A_PRINT(key_serial_arg)) },
	/* getcpu([0], [0], NULL) */
	{ "getcpu", .args = SHOW_ARGS(DEC_A_UINT_PTR, DEC_A_UINT_PTR, SHOW_A_ADDR) },
	/* the attribute union prints as its address here */
	{ "bpf", .args = SHOW_ARGS(SHOW_A_ENUM(xlat_bpf_commands, "BPF_???"), SHOW_A_ADDR, SHOW_A_UINT) },
	{ "sched_rr_get_interval", .args = SHOW_ARGS(SHOW_A_INT, DEC_A_TIMESPEC) },
	{ "sched_getattr", .args = SHOW_ARGS(SHOW_A_INT, SHOW_A_PRINT(print_sched_attr), SHOW_A_UINT,
					     SHOW_A_UINT) },
	{ "sched_setattr", .args = SHOW_ARGS(SHOW_A_INT, SHOW_A_PRINT(print_sched_attr), SHOW_A_UINT) },
	{ "pidfd_open", .args = SHOW_ARGS(SHOW_A_INT, SHOW_A_FLAGS(xlat_pidfd_open_flags, "PIDFD_???")),
	  .rv = SHOW_RV_FD },
	{ "userfaultfd", .args = SHOW_ARGS(SHOW_A_FLAGS(xlat_open_mode_flags, "O_???")),
	  .rv = SHOW_RV_FD },
	{ "setns", .args = SHOW_ARGS(SHOW_A_FD, SHOW_A_FLAGS(xlat_setns_types, "CLONE_NEW???")) },
	{ "unshare", .args = SHOW_ARGS(SHOW_A_FLAGS64(xlat_unshare_flags, "CLONE_???")) },
	{ "delete_module", .args = SHOW_ARGS(SHOW_A_STR,
					     SHOW_A_FLAGS(xlat_delete_module_flags, "O_???")) },
	{ "ioprio_get", .args = SHOW_ARGS(A_IOPRIO_WHO, SHOW_A_INT), .ret = ret_ioprio_get },
	{ "ioprio_set", .args = SHOW_ARGS(A_IOPRIO_WHO, SHOW_A_INT, SHOW_A_PRINT(ioprio_arg)) },
	{ "setuid", .args = SHOW_ARGS(A_UID) },
	{ "setgid", .args = SHOW_ARGS(A_UID) },
	{ "setfsuid", .args = SHOW_ARGS(A_UID) },
	{ "setfsgid", .args = SHOW_ARGS(A_UID) },
	{ "setreuid", .args = SHOW_ARGS(A_UID, A_UID) },
	{ "setregid", .args = SHOW_ARGS(A_UID, A_UID) },
	{ "setresuid", .args = SHOW_ARGS(A_UID, A_UID, A_UID) },
	{ "setresgid", .args = SHOW_ARGS(A_UID, A_UID, A_UID) },
	{ "getresuid", .args = SHOW_ARGS(A_UID_OUT, A_UID_OUT, A_UID_OUT) },
	{ "getresgid", .args = SHOW_ARGS(A_UID_OUT, A_UID_OUT, A_UID_OUT) },
	{ "personality", .args = SHOW_ARGS(SHOW_A_PRINT(personality_arg)), .ret = ret_personality },
	{ "getpriority", .args = SHOW_ARGS(SHOW_A_ENUM(xlat_priorities, "PRIO_???"), SHOW_A_INT),
	  .rv = SHOW_RV_DEC },
	{ "setpriority", .args = SHOW_ARGS(SHOW_A_ENUM(xlat_priorities, "PRIO_???"), SHOW_A_INT,
					   SHOW_A_INT) },
	/* [0]: struct sched_param's priority */
	{ "sched_getparam", .args = SHOW_ARGS(SHOW_A_INT, DEC_A_INT_PTR) },
	{ "sched_setparam", .args = SHOW_ARGS(SHOW_A_INT, DEC_A_INT_PTR) },
	{ "sched_setscheduler", .args = SHOW_ARGS(SHOW_A_INT, A_SCHEDULER, DEC_A_INT_PTR) },
	{ "sched_getscheduler", .ret = ret_sched_getscheduler },
	{ "sched_get_priority_max", .args = SHOW_ARGS(A_SCHEDULER), .rv = SHOW_RV_DEC },
	{ "sched_get_priority_min", .args = SHOW_ARGS(A_SCHEDULER), .rv = SHOW_RV_DEC },
	{ "sched_setaffinity", .args = SHOW_ARGS(SHOW_A_INT, SHOW_A_ULONG, SHOW_A_PRINT(cpu_mask)) },
	{ "sched_getaffinity", .args = SHOW_ARGS(SHOW_A_INT, SHOW_A_ULONG, SHOW_A_PRINT(cpu_mask)),
	  .rv = SHOW_RV_DEC },
	{ "getgroups", .args = SHOW_ARGS(SHOW_A_INT, SHOW_A_PRINT(gids_out)), .rv = SHOW_RV_DEC },
	{ "setgroups", .args = SHOW_ARGS(SHOW_A_INT, SHOW_A_PRINT(gids_in)) },
	{ "execve", .args = SHOW_ARGS(SHOW_A_PATH, SHOW_A_PRINT(print_strarray),
				      SHOW_A_PRINT(print_envp)) },
	{ "execveat", .args = SHOW_ARGS(SHOW_A_DIRFD, SHOW_A_PATH, SHOW_A_PRINT(print_strarray),
					SHOW_A_PRINT(print_envp), SHOW_A_FLAGS(xlat_at_flags, "AT_???")) },
	{ "wait4", .args = SHOW_ARGS(SHOW_A_INT, SHOW_A_PRINT(wait_status), A_WAIT_OPTIONS,
				     SHOW_A_PRINT(wait_rusage)),
	  .rv = SHOW_RV_DEC },
	{ "waitid", .args = SHOW_ARGS(SHOW_A_ENUM(xlat_idtypes, "P_???"), SHOW_A_PRINT(waitid_id),
				      SHOW_A_PRINT(waitid_info), A_WAIT_OPTIONS,
				      SHOW_A_PRINT(waitid_rusage)) },
	{ "prlimit64", .args = SHOW_ARGS(SHOW_A_INT, A_RESOURCE, A_RLIMIT, A_RLIMIT) },
	{ "getrlimit", .args = SHOW_ARGS(A_RESOURCE, A_RLIMIT) },
	{ "setrlimit", .args = SHOW_ARGS(A_RESOURCE, A_RLIMIT) },
	{ "getrusage", .args = SHOW_ARGS(SHOW_A_ENUM64(xlat_usagewho, "RUSAGE_???"),
					 SHOW_A_STRUCT(print_rusage, sizeof(struct k_rusage))) },
	{ "uname", .args = SHOW_ARGS(SHOW_A_STRUCT(print_utsname, 6 * 65)) },
	{ "sysinfo", .args = SHOW_ARGS(SHOW_A_STRUCT(print_sysinfo, sizeof(struct k_sysinfo))) },
	{ "getrandom", .args = SHOW_ARGS(SHOW_A_PRINT(random_buf), SHOW_A_ULONG,
					 SHOW_A_FLAGS(xlat_getrandom_flags, "GRND_???")) },
	{ "rseq", .args = SHOW_ARGS(SHOW_A_ADDR, SHOW_A_HEX, SHOW_A_HEX, SHOW_A_HEX) },
	{ 0 },
};

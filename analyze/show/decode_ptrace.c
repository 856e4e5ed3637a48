/*
 * decode_ptrace — ptrace(2), whose request decides what its address and
 * data arguments are.
 *
 * Formats are strace 6.1's (ptrace.c, x86_64): the address is left out for
 * the requests that ignore it (ATTACH, KILL, INTERRUPT, LISTEN print two
 * arguments; GETREGS, SETREGS, GETFPREGS, SETFPREGS three), named as a
 * struct user offset for PEEKUSER/POKEUSER and as an NT_* register set for
 * GETREGSET/SETREGSET; the data is a signal for the resuming requests, the
 * options for SEIZE/SETOPTIONS, the value for the POKE requests, and what
 * the SET requests pass in (registers, siginfo, a signal mask, an iovec).
 * The GET requests' outputs print as the address: under a tracer they fail
 * (a tracee cannot trace), which is all strace -f ever shows of them.
 */
#include <string.h>

#include "decode_common.h"

enum addr_kind {
	ADDR_PTR,  /* NULL or 0x... */
	ADDR_NONE, /* the request takes neither address nor data */
	ADDR_SKIP, /* the address is ignored and not printed */
	ADDR_USER, /* an offset in struct user */
	ADDR_NT,   /* an NT_* register set */
	ADDR_UDEC, /* a count or size */
};

enum data_kind {
	DATA_PTR,     /* NULL or 0x... */
	DATA_SIG,     /* the signal to deliver on resuming */
	DATA_OPTIONS, /* PTRACE_O_* */
	DATA_VALUE,   /* the word to store */
	DATA_REGS,    /* struct user_regs_struct */
	DATA_FPREGS,  /* struct user_fpregs_struct */
	DATA_SIGINFO, /* siginfo_t */
	DATA_SIGSET,  /* a signal mask of the address's size */
	DATA_REGSET,  /* struct iovec, its buffer the NT_* set */
};

struct ptrace_request {
	uint32_t req;
	uint8_t addr, data;
};

static const struct ptrace_request requests[] = {
	{ 0x1 /* PEEKTEXT */, ADDR_PTR, DATA_PTR },
	{ 0x2 /* PEEKDATA */, ADDR_PTR, DATA_PTR },
	{ 0x3 /* PEEKUSER */, ADDR_USER, DATA_PTR },
	{ 0x4 /* POKETEXT */, ADDR_PTR, DATA_VALUE },
	{ 0x5 /* POKEDATA */, ADDR_PTR, DATA_VALUE },
	{ 0x6 /* POKEUSER */, ADDR_USER, DATA_VALUE },
	{ 0x7 /* CONT */, ADDR_PTR, DATA_SIG },
	{ 0x8 /* KILL */, ADDR_NONE, 0 },
	{ 0x9 /* SINGLESTEP */, ADDR_PTR, DATA_SIG },
	{ 0xc /* GETREGS */, ADDR_SKIP, DATA_PTR },
	{ 0xd /* SETREGS */, ADDR_SKIP, DATA_REGS },
	{ 0xe /* GETFPREGS */, ADDR_SKIP, DATA_PTR },
	{ 0xf /* SETFPREGS */, ADDR_SKIP, DATA_FPREGS },
	{ 0x10 /* ATTACH */, ADDR_NONE, 0 },
	{ 0x11 /* DETACH */, ADDR_PTR, DATA_SIG },
	{ 0x18 /* SYSCALL */, ADDR_PTR, DATA_SIG },
	{ 0x1f /* SYSEMU */, ADDR_PTR, DATA_SIG },
	{ 0x20 /* SYSEMU_SINGLESTEP */, ADDR_PTR, DATA_SIG },
	{ 0x21 /* SINGLEBLOCK */, ADDR_PTR, DATA_SIG },
	{ 0x4200 /* SETOPTIONS */, ADDR_PTR, DATA_OPTIONS },
	{ 0x4203 /* SETSIGINFO */, ADDR_PTR, DATA_SIGINFO },
	{ 0x4204 /* GETREGSET */, ADDR_NT, DATA_REGSET },
	{ 0x4205 /* SETREGSET */, ADDR_NT, DATA_REGSET },
	{ 0x4206 /* SEIZE */, ADDR_PTR, DATA_OPTIONS },
	{ 0x4207 /* INTERRUPT */, ADDR_NONE, 0 },
	{ 0x4208 /* LISTEN */, ADDR_NONE, 0 },
	{ 0x420a /* GETSIGMASK */, ADDR_UDEC, DATA_PTR },
	{ 0x420b /* SETSIGMASK */, ADDR_UDEC, DATA_SIGSET },
	{ 0x420c /* SECCOMP_GET_FILTER */, ADDR_UDEC, DATA_PTR },
	{ 0x420d /* SECCOMP_GET_METADATA */, ADDR_UDEC, DATA_PTR },
	{ 0x420e /* GET_SYSCALL_INFO */, ADDR_UDEC, DATA_PTR },
};

#define NT_PRSTATUS_ 1u
#define USER_REGS_SIZE 216u
#define USER_FPREGS_SIZE 512u

static const char *const reg_names[] = {
	"r15", "r14", "r13", "r12", "rbp", "rbx", "r11", "r10", "r9",
	"r8", "rax", "rcx", "rdx", "rsi", "rdi", "orig_rax", "rip", "cs",
	"eflags", "rsp", "ss", "fs_base", "gs_base", "ds", "es", "fs", "gs",
};

/* {r15=0x1, r14=0, ...}: struct user_regs_struct, every field in hex. */
static void print_regs(show_call *c, const uint8_t *p)
{
	show_struct_begin(c);
	for (size_t i = 0; i < sizeof reg_names / sizeof reg_names[0]; i++) {
		uint64_t v;
		memcpy(&v, p + 8 * i, sizeof v);
		if (i)
			show_struct_next(c);
		show_field(c, reg_names[i]);
		show_hex(c, v);
	}
	show_struct_end(c);
}

static void u32_elem(show_call *c, const void *p, void *opaque)
{
	(void)opaque;
	uint32_t v;
	memcpy(&v, p, sizeof v);
	show_hex(c, v);
}

/* struct user_fpregs_struct: u16 cwd swd ftw fop, u64 rip rdp, u32 mxcsr
 * mxcr_mask, then u32 st_space[32], xmm_space[64], padding[24]. */
static void print_fpregs(show_call *c, const uint8_t *p)
{
	static const struct { const char *name; uint8_t off, size; } head[] = {
		{ "cwd", 0, 2 }, { "swd", 2, 2 }, { "ftw", 4, 2 }, { "fop", 6, 2 },
		{ "rip", 8, 8 }, { "rdp", 16, 8 }, { "mxcsr", 24, 4 }, { "mxcr_mask", 28, 4 },
	};
	static const struct { const char *name; uint16_t off, n; } arrays[] = {
		{ "st_space", 32, 32 }, { "xmm_space", 160, 64 }, { "padding", 416, 24 },
	};
	show_struct_begin(c);
	for (size_t i = 0; i < sizeof head / sizeof head[0]; i++) {
		uint64_t v = 0;
		memcpy(&v, p + head[i].off, head[i].size);
		if (i)
			show_struct_next(c);
		show_field(c, head[i].name);
		show_hex(c, v);
	}
	for (size_t i = 0; i < sizeof arrays / sizeof arrays[0]; i++) {
		show_struct_next(c);
		show_field(c, arrays[i].name);
		show_array(c, p + arrays[i].off, arrays[i].n, 4, u32_elem, NULL);
	}
	show_struct_end(c);
}

/* 8*RAX, offsetof(struct user, u_debugreg)+8; past the struct, in hex. */
static void user_offset(show_call *c, uint64_t off)
{
	const struct xlat *x = &xlat_struct_user_offsets;
	const struct xlat_entry *below = NULL;
	for (uint32_t i = 0; i < x->size && x->data[i].val <= off; i++)
		below = &x->data[i];
	if (below && below->val == off)
		show_enum_text(c, below->str);
	else if (below && below != &x->data[x->size - 1])
		show_printf(c, "%s+%llu", below->str, (unsigned long long)(off - below->val));
	else
		show_hex(c, off);
}

/* {iov_base=..., iov_len=216}: SETREGSET's NT_PRSTATUS buffer decoded. */
static void print_regset(show_call *c, uint64_t nt)
{
	uint64_t iov[2];
	if (show_fetch_or_addr(c, 3, 0, 0, iov, sizeof iov) < 0)
		return;
	const struct replay_blob *buf = show_blob(c, 3, 1, 0);
	show_struct_begin(c);
	show_field(c, "iov_base");
	if (nt == NT_PRSTATUS_ && iov[1] == USER_REGS_SIZE && buf && !buf->read_errno && buf->data &&
	    buf->len >= USER_REGS_SIZE)
		print_regs(c, buf->data);
	else
		show_addr(c, iov[0]);
	show_struct_next(c);
	show_field(c, "iov_len");
	show_uint(c, iov[1]);
	show_struct_end(c);
}

/* The struct a SET request passes at entry, as large as the syscall
 * table's ptrace shape copies it (format/syscall_shapes.c), or its address. */
static void data_struct(show_call *c, void (*print)(show_call *, const uint8_t *))
{
	uint8_t buf[USER_FPREGS_SIZE] = { 0 };
	size_t size = show_raw(c)->shape[3].n;
	if (size <= sizeof buf && show_fetch(c, 3, 0, 0, buf, size) == 0)
		print(c, buf);
	else
		show_addr(c, show_arg(c, 3));
}

static void print_addr(show_call *c, enum addr_kind kind, uint64_t addr)
{
	switch (kind) {
	case ADDR_USER: user_offset(c, addr); break;
	case ADDR_NT: dec_enum(c, &xlat_nt_types, addr, "NT_???"); break;
	case ADDR_UDEC: show_uint(c, addr); break;
	default: show_addr(c, addr); break;
	}
}

static void print_data(show_call *c, enum data_kind kind, uint64_t addr, uint64_t data)
{
	uint8_t si[128];
	switch (kind) {
	case DATA_SIG: dec_signame(c, (int)data); break;
	case DATA_OPTIONS: dec_flags(c, &xlat_ptrace_setoptions_flags, data, "PTRACE_O_???"); break;
	case DATA_VALUE: show_hex(c, data); break;
	case DATA_REGS: data_struct(c, print_regs); break;
	case DATA_FPREGS: data_struct(c, print_fpregs); break;
	case DATA_SIGSET: dec_sigset_arg(c, 3, 0, addr); break;
	case DATA_REGSET: print_regset(c, addr); break;
	case DATA_SIGINFO:
		if (show_fetch_or_addr(c, 3, 0, 0, si, sizeof si) == 0)
			show_siginfo(c, si, sizeof si);
		break;
	default: show_addr(c, data); break;
	}
}

/* ptrace(PTRACE_CONT, 1234, NULL, SIGUSR1) */
static int dec_ptrace(show_call *c)
{
	uint32_t req = (uint32_t)show_arg(c, 0);
	dec_enum(c, &xlat_ptrace_cmds, req, "PTRACE_???");
	if (req == 0) /* PTRACE_TRACEME takes nothing else */
		return SHOW_DECODED;
	show_arg_next(c);
	dec_int32(c, show_arg(c, 1));
	struct ptrace_request r = { req, ADDR_PTR, DATA_PTR };
	for (size_t i = 0; i < sizeof requests / sizeof requests[0]; i++)
		if (requests[i].req == req)
			r = requests[i];
	if (r.addr == ADDR_NONE)
		return SHOW_DECODED;
	uint64_t addr = show_arg(c, 2);
	if (r.addr != ADDR_SKIP) {
		show_arg_next(c);
		print_addr(c, r.addr, addr);
	}
	show_arg_next(c);
	print_data(c, r.data, addr, show_arg(c, 3));
	return SHOW_DECODED;
}

const struct show_decoder show_decoders_ptrace[] = {
	{ "ptrace", .decode = dec_ptrace },
	{ 0 },
};

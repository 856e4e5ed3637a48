/* show_generic — the decoder index (decode_families.h) and the generic
 * form every syscall without a decoder gets: each argument as the syscall
 * table types it, printed at entry when its memory is known at entry and
 * at exit otherwise, like strace's decoders that print outputs at exit. */
#include "show_internal.h"
#include "decode_common.h"
#include "xlat.h"

#include <pthread.h>
#include <stddef.h>
#include <string.h>

#define SHOW_FAMILY(f) extern const struct show_decoder show_decoders_##f[];
#include "decode_families.h"
#undef SHOW_FAMILY

#define SHOW_FAMILY(f) show_decoders_##f,
static const struct show_decoder *const families[] = {
#include "decode_families.h"
	NULL,
};
#undef SHOW_FAMILY

#define MAX_NR 1024
static const struct show_decoder *by_nr[MAX_NR];
static pthread_once_t index_once = PTHREAD_ONCE_INIT;
static int index_ready; /* set (release) when build_index() is done */

static void build_splits(void);

static void build_index(void)
{
	build_splits();
	for (size_t f = 0; families[f]; f++)
		for (const struct show_decoder *d = families[f]; d->name; d++) {
			int nr = syscall_table_lookup(d->name);
			if (nr >= 0 && nr < MAX_NR && !by_nr[nr])
				by_nr[nr] = d;
		}
	__atomic_store_n(&index_ready, 1, __ATOMIC_RELEASE);
}

/* Builds the index once; after that a load, not a pthread_once() call: the
 * lookup runs twice for every call printed. */
static void index_init(void)
{
	if (!__atomic_load_n(&index_ready, __ATOMIC_ACQUIRE))
		pthread_once(&index_once, build_index);
}

const struct show_decoder *show_decoder_for(unsigned nr)
{
	index_init();
	return nr < MAX_NR ? by_nr[nr] : NULL;
}

size_t show_decoder_unknown_names(const char **names, size_t n)
{
	size_t k = 0;
	for (size_t f = 0; families[f]; f++)
		for (const struct show_decoder *d = families[f]; d->name; d++)
			if (syscall_table_lookup(d->name) < 0) {
				if (k < n)
					names[k] = d->name;
				k++;
			}
	return k;
}

/* ---- The generic form ------------------------------------------------------ */

/* Whether argument I can only be printed at exit (an output). */
static int at_exit_only(const struct sc_arg *a)
{
	return a->mem != SC_M_NONE && (a->when & SC_W_EXIT);
}

/* The byte count a buffer argument designates. */
static uint64_t buf_len(show_call *c, const struct sc_arg *a)
{
	switch (a->len) { /* enum sc_len: where the table says the length is */
	case SC_L_FIXED:
		return a->n;
	case SC_L_ARG:
		return a->n < 6 ? show_arg(c, a->n) : 0;
	case SC_L_RET:
		return c->call->err ? 0 : (uint64_t)c->call->ret;
	default: {
		int v;
		return show_fetch(c, a->n, 0, c->exiting, &v, sizeof v) == 0 && v > 0 ? (uint64_t)v : 0;
	}
	}
}

static void generic_buf(show_call *c, unsigned i, const struct sc_arg *a)
{
	int exit_mem = (a->when & SC_W_EXIT) && c->exiting;
	if (exit_mem && c->call->err) { /* nothing was read back: strace shows the address */
		show_addr(c, show_arg(c, i));
		return;
	}
	if (a->mem != SC_M_BUF) {
		show_addr(c, show_arg(c, i));
		return;
	}
	show_buf(c, i, exit_mem, buf_len(c, a));
}

typedef void generic_fn(show_call *c, unsigned i, const struct sc_arg *a);

static void g_int(show_call *c, unsigned i, const struct sc_arg *a) { (void)a; show_int(c, (int64_t)show_arg(c, i)); }
static void g_uint(show_call *c, unsigned i, const struct sc_arg *a) { (void)a; show_uint(c, show_arg(c, i)); }
static void g_hex(show_call *c, unsigned i, const struct sc_arg *a) { (void)a; show_hex(c, show_arg(c, i)); }
static void g_oct(show_call *c, unsigned i, const struct sc_arg *a) { (void)a; show_oct(c, show_arg(c, i)); }
static void g_ptr(show_call *c, unsigned i, const struct sc_arg *a) { (void)a; show_addr(c, show_arg(c, i)); }
static void g_fd(show_call *c, unsigned i, const struct sc_arg *a) { (void)a; show_fd(c, (int)show_arg(c, i)); }
static void g_dirfd(show_call *c, unsigned i, const struct sc_arg *a) { (void)a; show_dirfd(c, (int)show_arg(c, i)); }
static void g_str(show_call *c, unsigned i, const struct sc_arg *a) { (void)a; show_str(c, i); }
static void g_path(show_call *c, unsigned i, const struct sc_arg *a) { (void)a; show_path(c, i); }
static void g_pid(show_call *c, unsigned i, const struct sc_arg *a) { (void)a; show_int(c, (int)show_arg(c, i)); }
static void g_sig(show_call *c, unsigned i, const struct sc_arg *a) { (void)a; show_signame(c, (int)show_arg(c, i)); }

static generic_fn *const generic_by_type[] = {
	[SC_T_INT] = g_int,
	[SC_T_UINT] = g_uint,
	[SC_T_HEX] = g_hex,
	[SC_T_OCT] = g_oct,
	[SC_T_PTR] = g_ptr,
	[SC_T_FD] = g_fd,
	[SC_T_DIRFD] = g_dirfd,
	[SC_T_STR] = g_str,
	[SC_T_PATH] = g_path,
	[SC_T_BUF] = generic_buf,
	[SC_T_STRUCT] = g_ptr,
	[SC_T_PID] = g_pid,
	[SC_T_SIG] = g_sig,
	[SC_T_FLAGS] = g_hex,
	[SC_T_ENUM] = g_hex,
};

void show_arg_generic(show_call *c, unsigned i)
{
	if (i >= 6)
		return;
	const struct sc_arg *a = &c->call->shape[i];
	generic_fn *fn = a->type < sizeof generic_by_type / sizeof generic_by_type[0]
		? generic_by_type[a->type] : NULL;
	(fn ? fn : g_hex)(c, i, a);
}

void show_args_generic_from(show_call *c, unsigned from)
{
	for (unsigned i = from; i < (unsigned)c->call->nargs; i++) {
		if (i > from)
			show_arg_next(c);
		show_arg_generic(c, i);
	}
}

/* The first argument printed at exit (nargs when all are known at entry). */
static unsigned first_exit_arg(const struct sc_arg *args, unsigned nargs)
{
	for (unsigned i = 0; i < nargs && i < 6; i++)
		if (at_exit_only(&args[i]))
			return i;
	return nargs;
}

/* first_exit_arg() + 1 of the table's arguments of each syscall whose
 * shape depends on no value (0: compute it per call). Every printed call
 * needs it twice, at entry and at exit. */
static uint8_t table_split[MAX_NR];

static void build_splits(void)
{
	for (unsigned nr = 0; nr < MAX_NR && nr < syscall_table_size(); nr++) {
		const struct syscall_desc *d = syscall_table_get(nr);
		if (d && d->shape == SC_S_NONE)
			table_split[nr] = (uint8_t)(first_exit_arg(d->args, d->nargs) + 1);
	}
}

static unsigned split_of(const struct replay_call *rc)
{
	unsigned nr = rc->nr;
	/* the cached split holds for the table's own argument count */
	if (nr < MAX_NR && table_split[nr] && rc->desc && rc->nargs == rc->desc->nargs)
		return table_split[nr] - 1u;
	return first_exit_arg(rc->shape, (unsigned)rc->nargs);
}

/* ---- Table decoders ----------------------------------------------------------- */

/* A struct argument at the stop where it prints: the exit memory of an
 * output at exit, else the entry memory. */
static void spec_struct(show_call *c, unsigned i, const struct show_arg_spec *s)
{
	const struct sc_arg *a = &c->call->shape[i];
	int at_exit = c->exiting && (a->when & SC_W_EXIT);
	uint64_t addr = show_arg(c, i);
	/* max_align_t storage: the printers cast it to their struct */
	_Alignas(max_align_t) unsigned char buf[SHOW_STRUCT_MAX];
	if (!addr || (at_exit && c->call->err) || s->size > sizeof buf ||
	    show_fetch(c, i, 0, at_exit, buf, s->size) < 0) {
		show_addr(c, addr);
		return;
	}
	s->print_struct(c, buf);
}

/* show_arg_spec() for I < 6: it runs for every argument printed. */
static void arg_spec(show_call *c, unsigned i, const struct show_arg_spec *s)
{
	uint64_t v = c->call->args[i];
	switch (s->kind) { /* enum show_arg_kind: one printer each */
	case SHOW_ARG_FD:
		show_fd(c, (int32_t)v);
		break;
	case SHOW_ARG_DIRFD:
		show_dirfd(c, (int32_t)v);
		break;
	case SHOW_ARG_PATH:
		show_path(c, i);
		break;
	case SHOW_ARG_STR:
		show_str(c, i);
		break;
	case SHOW_ARG_INT:
		show_int(c, (int32_t)v);
		break;
	case SHOW_ARG_LONG:
		show_int(c, (int64_t)v);
		break;
	case SHOW_ARG_UINT:
		show_uint(c, (uint32_t)v);
		break;
	case SHOW_ARG_ULONG:
		show_uint(c, v);
		break;
	case SHOW_ARG_HEX:
		show_hex(c, (uint32_t)v);
		break;
	case SHOW_ARG_HEX64:
		show_hex(c, v);
		break;
	case SHOW_ARG_ADDR:
		show_addr(c, v);
		break;
	case SHOW_ARG_UMODE:
		dec_umode(c, (uint32_t)v);
		break;
	case SHOW_ARG_MODE:
		dec_mode(c, (uint32_t)v);
		break;
	case SHOW_ARG_OPEN_FLAGS:
		dec_open_flags(c, (uint32_t)v);
		break;
	case SHOW_ARG_FLAGS:
		dec_flags(c, s->xlat, (uint32_t)v, s->dflt);
		break;
	case SHOW_ARG_FLAGS64:
		dec_flags(c, s->xlat, v, s->dflt);
		break;
	case SHOW_ARG_ENUM:
		dec_enum(c, s->xlat, (uint32_t)v, s->dflt);
		break;
	case SHOW_ARG_ENUM64:
		dec_enum(c, s->xlat, v, s->dflt);
		break;
	case SHOW_ARG_SIG:
		dec_signame(c, (int)v);
		break;
	case SHOW_ARG_STRUCT:
		spec_struct(c, i, s);
		break;
	case SHOW_ARG_PRINT:
		s->print(c, i);
		break;
	default:
		show_arg_generic(c, i);
		break;
	}
}

void show_arg_spec(show_call *c, unsigned i, const struct show_arg_spec *s)
{
	if (i < 6)
		arg_spec(c, i, s);
}

/* Argument I as SPECS (NULL: the generic form) says. */
static void print_arg(show_call *c, unsigned i, const struct show_arg_spec *specs)
{
	if (specs)
		arg_spec(c, i, &specs[i]);
	else
		show_arg_generic(c, i);
}

/* The generic form, each argument as SPECS says; RV the return format. */
static int generic_decode(show_call *c, const struct show_arg_spec *specs, int rv)
{
	const struct replay_call *rc = c->call;
	unsigned split = split_of(rc);
	if (!c->exiting) {
		for (unsigned i = 0; i < split; i++) {
			print_arg(c, i, specs);
			if (i + 1 < (unsigned)rc->nargs)
				show_arg_next(c);
		}
		return split == (unsigned)rc->nargs ? SHOW_DECODED | rv : rv;
	}
	for (unsigned i = split; i < (unsigned)rc->nargs; i++) {
		if (i > split)
			show_arg_next(c);
		print_arg(c, i, specs);
	}
	return rv;
}

int show_generic_decode(show_call *c)
{
	index_init(); /* the split cache */
	return generic_decode(c, NULL, 0);
}

int show_decode_call(show_call *c)
{
	const struct show_decoder *d = show_decoder_for(c->call->nr);
	if (!d)
		return generic_decode(c, NULL, 0);
	if (d->decode)
		return d->decode(c);
	return generic_decode(c, d->args, d->rv);
}

/* ---- Return values ---------------------------------------------------------- */

static int default_format(const struct replay_call *rc)
{
	static const int by_type[] = {
		[SC_T_INT] = SHOW_RV_DEC, [SC_T_UINT] = SHOW_RV_UDEC, [SC_T_HEX] = SHOW_RV_HEX,
		[SC_T_OCT] = SHOW_RV_OCT, [SC_T_PTR] = SHOW_RV_HEXADDR, [SC_T_FD] = SHOW_RV_FD,
		[SC_T_DIRFD] = SHOW_RV_FD, [SC_T_PID] = SHOW_RV_DEC,
	};
	unsigned t = rc->desc ? rc->desc->ret : SC_T_INT;
	int f = t < sizeof by_type / sizeof by_type[0] ? by_type[t] : 0;
	return f ? f : SHOW_RV_DEC;
}

void show_ret_value(show_call *c, int format)
{
	int64_t v = c->call->ret;
	if (format == SHOW_RV_DEFAULT)
		format = default_format(c->call);
	switch (format) { /* the SHOW_RV_* printers */
	case SHOW_RV_UDEC:
		show_uint(c, (uint64_t)v);
		break;
	case SHOW_RV_HEX:
		show_hex(c, (uint64_t)v);
		break;
	case SHOW_RV_OCT:
		show_oct(c, (uint64_t)v);
		break;
	case SHOW_RV_FD:
		show_fd(c, v);
		break;
	case SHOW_RV_ADDR:
		show_addr(c, (uint64_t)v);
		break;
	case SHOW_RV_HEXADDR:
		show_hexaddr(c, (uint64_t)v);
		break;
	default:
		show_int(c, v);
		break;
	}
}

void show_print_ret(show_call *c, int format)
{
	const struct show_decoder *d = show_decoder_for(c->call->nr);
	if (d && d->ret && c->call->desc)
		d->ret(c);
	else
		show_ret_value(c, format);
}

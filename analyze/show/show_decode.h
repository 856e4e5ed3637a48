/*
 * show_decode — the interface between the printer core and the argument
 * decoders of `rtrace show`.
 *
 * A decoder prints one syscall's arguments the way strace 6.1 does. It is
 * registered by syscall name in a family table (see "Registration") and is
 * called like strace's decoders with their entering(tcp) convention:
 *
 *   - once at entry (show_entering(c) is 1): print the arguments known at
 *     entry, each followed by show_arg_next() if more follow. That text is
 *     what stands before ` <unfinished ...>` when another thread's line
 *     comes in between (so `read(3, ` ends with the separator and the line
 *     reads `read(3,  <unfinished ...>`). Return SHOW_DECODED when every
 *     argument is printed (the exit part then prints only the return
 *     value), or 0 to be called again at exit;
 *   - once at exit (show_exiting(c) is 1), only when the call completed
 *     (a call cut by death prints `) = ?` without it): print the remaining
 *     arguments. Return 0, or a SHOW_RV_* format for the return value.
 *
 * The core prints the name, "(", ")", the ` = ` padding to the -a column,
 * errors (`-1 ENOENT (No such file or directory)`, `? ERESTARTSYS (To be
 * restarted if SA_RESTART is set)`), `= ?`, -T times and the line
 * structure. On success the return value is printed by the decoder's ret
 * hook if it has one (e.g. `0x8002 (flags O_RDWR|O_LARGEFILE)`, a time with
 * its date comment), else in the SHOW_RV_* format the decoder returned,
 * else in the table's return type (SC_T_FD: an fd, with -y its path).
 *
 * Output discipline. Decoders write only through the functions below,
 * never to a FILE: the core decides where text goes (the output buffer, a
 * per-thread staging buffer for -e status=, or JSON). The structural
 * helpers (arg_next, struct_*, field, array_*) and the typed printers
 * (numbers, fds, strings, flags) are what --json turns into structured
 * values; text written with show_puts()/show_printf() is an atom (one JSON
 * string). So print a flag set with show_flags(), not by concatenating
 * names, and a struct with show_struct_begin()/show_field().
 *
 * Memory. A decoder finds captured memory through the syscall table's blob
 * numbering (format/syscall_table.h, "Blob indexes"): show_blob() looks a
 * blob up, show_fetch() copies a struct with its length checked, and the
 * *_or_addr() forms print the address instead (NULL for 0) when the memory
 * is absent or short — what strace prints when umove() fails. Never read a
 * blob beyond blob->len: traces are untrusted input.
 *
 * Table decoders. Most syscalls are "typed arguments in a row": an fd, a
 * path, flags through an xlat table, a struct printed at exit. Such a
 * syscall needs no function: its show_decoder entry leaves decode NULL and
 * gives, per argument index, a printer spec (struct show_arg_spec, built
 * with the SHOW_A_* macros below):
 *     { "newfstatat", .args = SHOW_ARGS(SHOW_A_DIRFD, SHOW_A_PATH,
 *             SHOW_A_STRUCT(print_stat, 144), SHOW_A_FLAGS(xlat_at_flags, "AT_???")) },
 * The generic form walks it: the entry part prints the arguments before the
 * first one the syscall table marks as an output (memory read at exit, the
 * same split the table-less generic form makes), the exit part the rest;
 * each argument with its spec, or in the generic form of its table type
 * when the spec is SHOW_A_TABLE (a buffer whose length the table gives:
 * read's, write's). How many arguments print is the table's
 * (syscall_table_args(): nargs); a spec past them is an error the `show`
 * test suite reports. A SHOW_A_STRUCT's memory is the one read at the stop
 * where it prints (at exit for an output, at entry for an input, also
 * when an input prints in the exit part), copied with its length checked
 * into aligned storage; the address (NULL for 0) when it is absent or
 * short, or when an output's call failed. A SHOW_A_PRINT(fn) printer gets
 * the argument index and may read the others (a count in the next
 * argument, a family in argument 0). The return value is printed in the
 * entry's rv (SHOW_RV_*; 0: the table's return type), or by its ret hook.
 * Decode functions stay for irregular calls only: an argument that exists
 * for some values of another (open's mode, mremap's new address),
 * multiplexers (ioctl, fcntl, prctl, futex, keyctl, ptrace), a split at
 * entry the table cannot express (poll's and select's in-out sets, which
 * strace prints at entry), and clone/clone3, whose fields depend on the
 * flags; one irregular argument in an otherwise regular call is a
 * SHOW_A_PRINT(fn) spec, not a function for the whole call.
 *
 * Registration. Each decode_<family>.c defines
 *     const struct show_decoder show_decoders_<family>[] = {
 *             { "fcntl", .decode = dec_fcntl, .ret = ret_fcntl },
 *             { "fstat", .args = SHOW_ARGS(SHOW_A_FD, A_STAT) }, ..., { 0 } };
 * and adds one line SHOW_FAMILY(<family>) to analyze/show/decode_families.h
 * and its file to `show_decoder_sources` in analyze/show/meson.build. The
 * core indexes all tables by syscall number once (names not in the syscall
 * table are reported by the `show` test suite, not silently ignored).
 *
 * The helpers are not thread-safe (one printer per thread); a show_call is
 * valid only during the decoder call it is passed to.
 */
#ifndef RTRACE_SHOW_DECODE_H
#define RTRACE_SHOW_DECODE_H

#include <stddef.h>
#include <stdint.h>

#include "replay.h"

struct xlat; /* analyze/show/xlat.h: value → name tables */

typedef struct show_call show_call;

/* Decoder return values. */
enum {
	SHOW_RV_DEFAULT = 0, /* return value as the table's return type says */
	SHOW_RV_DEC,         /* signed decimal */
	SHOW_RV_UDEC,        /* unsigned decimal */
	SHOW_RV_HEX,         /* 0x... */
	SHOW_RV_OCT,         /* 0... (umask) */
	SHOW_RV_FD,          /* an fd: -y shows its path */
	SHOW_RV_ADDR,        /* NULL or 0x... */
	SHOW_RV_HEXADDR,     /* an address in hex, 0 as 0 (brk); JSON: "0x..." */
	SHOW_RV_MASK = 0xff,
	SHOW_DECODED = 0x100, /* at entry: all arguments printed, no exit call;
			       * may be or'ed with a SHOW_RV_* format */
};

typedef int (*show_decode_fn)(show_call *c);
/* Prints a successful call's return value, all of it (use show_ret_value()
 * for the number, then e.g. show_puts(c, " (flags ")...). */
typedef void (*show_ret_fn)(show_call *c);

/* How a table decoder prints one argument (see "Table decoders"). */
enum show_arg_kind {
	SHOW_ARG_TABLE = 0, /* the generic form of its syscall table type */
	SHOW_ARG_FD,        /* (int) 3, with -y 3</etc/passwd> */
	SHOW_ARG_DIRFD,     /* (int) AT_FDCWD, or as SHOW_ARG_FD */
	SHOW_ARG_PATH,      /* show_path() */
	SHOW_ARG_STR,       /* show_str(): a string cut at -s */
	SHOW_ARG_INT,       /* (int) -1 */
	SHOW_ARG_LONG,      /* (long) -1 */
	SHOW_ARG_UINT,      /* (unsigned int) 4294967295 */
	SHOW_ARG_ULONG,     /* (unsigned long) */
	SHOW_ARG_HEX,       /* (unsigned int) 0x10 */
	SHOW_ARG_HEX64,     /* (unsigned long) 0x10 */
	SHOW_ARG_ADDR,      /* NULL or 0x7ffc... */
	SHOW_ARG_UMODE,     /* (unsigned int) permission bits: 0644 */
	SHOW_ARG_MODE,      /* (unsigned int) a mode with its type: S_IFREG|0644 */
	SHOW_ARG_OPEN_FLAGS, /* open(2) flags: O_RDONLY|O_CLOEXEC */
	SHOW_ARG_FLAGS,     /* (unsigned int) a flag set of .xlat, unknown bits with .dflt */
	SHOW_ARG_FLAGS64,   /* the same, all 64 bits */
	SHOW_ARG_ENUM,      /* (unsigned int) a value of .xlat, unknown: .dflt */
	SHOW_ARG_ENUM64,    /* the same, all 64 bits (RUSAGE_CHILDREN is -1) */
	SHOW_ARG_SIG,       /* (int) SIGCHLD */
	SHOW_ARG_STRUCT,    /* .size bytes of its memory, printed by .print_struct */
	SHOW_ARG_PRINT,     /* printed by .print (an irregular argument) */
};

/* Prints a struct of the size its spec gives, copied to aligned memory. */
typedef void (*show_struct_fn)(show_call *c, const void *p);
/* Prints argument I of the call, all of it. */
typedef void (*show_arg_fn)(show_call *c, unsigned i);

/* The largest struct a SHOW_ARG_STRUCT spec may print. */
#define SHOW_STRUCT_MAX 512u

struct show_arg_spec {
	uint8_t kind;            /* enum show_arg_kind */
	uint16_t size;           /* SHOW_ARG_STRUCT: bytes read, at most SHOW_STRUCT_MAX */
	const struct xlat *xlat; /* SHOW_ARG_FLAGS*, SHOW_ARG_ENUM */
	const char *dflt;        /* their strace "???" default, or NULL */
	show_struct_fn print_struct; /* SHOW_ARG_STRUCT */
	show_arg_fn print;       /* SHOW_ARG_PRINT */
};

/* The six specs of a table decoder entry: .args = SHOW_ARGS(SHOW_A_FD, ...). */
#define SHOW_ARGS(...) ((const struct show_arg_spec[6]){ __VA_ARGS__ })
#define SHOW_A_TABLE { .kind = SHOW_ARG_TABLE }
#define SHOW_A_FD { .kind = SHOW_ARG_FD }
#define SHOW_A_DIRFD { .kind = SHOW_ARG_DIRFD }
#define SHOW_A_PATH { .kind = SHOW_ARG_PATH }
#define SHOW_A_STR { .kind = SHOW_ARG_STR }
#define SHOW_A_INT { .kind = SHOW_ARG_INT }
#define SHOW_A_LONG { .kind = SHOW_ARG_LONG }
#define SHOW_A_UINT { .kind = SHOW_ARG_UINT }
#define SHOW_A_ULONG { .kind = SHOW_ARG_ULONG }
#define SHOW_A_HEX { .kind = SHOW_ARG_HEX }
#define SHOW_A_HEX64 { .kind = SHOW_ARG_HEX64 }
#define SHOW_A_ADDR { .kind = SHOW_ARG_ADDR }
#define SHOW_A_UMODE { .kind = SHOW_ARG_UMODE }
#define SHOW_A_MODE { .kind = SHOW_ARG_MODE }
#define SHOW_A_OPEN_FLAGS { .kind = SHOW_ARG_OPEN_FLAGS }
#define SHOW_A_SIG { .kind = SHOW_ARG_SIG }
#define SHOW_A_FLAGS(x, d) { .kind = SHOW_ARG_FLAGS, .xlat = &(x), .dflt = (d) }
#define SHOW_A_FLAGS64(x, d) { .kind = SHOW_ARG_FLAGS64, .xlat = &(x), .dflt = (d) }
#define SHOW_A_ENUM(x, d) { .kind = SHOW_ARG_ENUM, .xlat = &(x), .dflt = (d) }
#define SHOW_A_ENUM64(x, d) { .kind = SHOW_ARG_ENUM64, .xlat = &(x), .dflt = (d) }
#define SHOW_A_STRUCT(fn, sz) { .kind = SHOW_ARG_STRUCT, .size = (sz), .print_struct = (fn) }
#define SHOW_A_PRINT(fn) { .kind = SHOW_ARG_PRINT, .print = (fn) }

struct show_decoder {
	const char *name;      /* the syscall's name as in the table */
	show_decode_fn decode; /* NULL: the generic form for the arguments, with args */
	show_ret_fn ret;       /* NULL: the return value in the format decode returned */
	const struct show_arg_spec *args; /* with decode NULL: six specs, or NULL */
	int rv;                /* with decode NULL: SHOW_RV_* of the return value */
};

/* ---- The call ---------------------------------------------------------- */

/* 1 in the entry part, 0 in the exit part; show_exiting() is the reverse. */
int show_entering(const show_call *c);
int show_exiting(const show_call *c);

/* The replayed call (raw args, blobs, ret, err, entry-time fd paths). */
const struct replay_call *show_raw(const show_call *c);

/* The thread, whose replayed state (fd table, cwd) is the state before the
 * call in the entry part and after it in the exit part. */
const replay_thread *show_thread(const show_call *c);

/* The name of the last call of this thread whose exit was printed (strace's
 * s_prev_ent: what restart_syscall resumes), "system call" if none, into
 * BUF of SIZE bytes. */
void show_prev_call_name(const show_call *c, char *buf, size_t size);

/* Raw argument register I (0..5). */
uint64_t show_arg(const show_call *c, unsigned i);

/* The return value and errno (0 on success); valid in the exit part and in
 * ret hooks. */
int64_t show_retval(const show_call *c);
int show_errno(const show_call *c);

/* ---- Options ------------------------------------------------------------ */

int show_verbose(const show_call *c);  /* -v: structures in full, no abbreviation */
unsigned show_strsize(const show_call *c); /* -s (default 32) */
int show_xflag(const show_call *c);    /* 0, 1 (-x: non-ASCII as \x), 2 (-xx: all as \x) */
int show_yflag(const show_call *c);    /* 0, 1 (-y: fd paths), 2 (-yy) */

/* ---- Text and structure ------------------------------------------------ */

void show_puts(show_call *c, const char *s);
void show_putc(show_call *c, char ch);
void show_printf(show_call *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

void show_arg_next(show_call *c);        /* ", " between arguments */
void show_struct_begin(show_call *c);    /* "{" */
void show_struct_next(show_call *c);     /* ", " between fields */
void show_struct_end(show_call *c);      /* "}" */
void show_field(show_call *c, const char *name); /* "name=" */
void show_array_begin(show_call *c);     /* "[" */
void show_array_next(show_call *c);      /* ", " between elements */
void show_array_end(show_call *c);       /* "]" */
/* SEP between elements where strace does not use ", " (`[0 1]`, a cpu set). */
void show_array_sep(show_call *c, const char *sep);
/* An array of designated elements, `[[VINTR]=0x3, [VQUIT]=0x1c]`: JSON
 * an object {"VINTR":3,"VQUIT":28}. Elements separated by show_array_next(). */
void show_index_begin(show_call *c);     /* "[" */
void show_index(show_call *c, const char *name); /* "[name]=" */
void show_index_end(show_call *c);       /* "]" */
void show_more(show_call *c);            /* "..." (more data follows, abbreviated;
					  * JSON: "...":true in a struct) */
/* " => " between a value before the call and the same value after it
 * (`[4096 => 16]`, `[2] => [5]`): JSON makes the pair [before, after]. */
void show_changed(show_call *c);
/* " /" "* TEXT *" "/" after a value: strace's comments, as in getdents64's
 * "0x55d0 /" "* 3 entries *" "/" (printed with a space before it). */
void show_comment(show_call *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* ---- Values -------------------------------------------------------------- */

void show_int(show_call *c, int64_t v);    /* -12 */
/* A number strace prints in a form of its own (`htons(80)`, `8192*1024`,
 * `%08x`): TEXT, and in JSON the number V. */
void show_uint_as(show_call *c, uint64_t v, const char *text);
/* A string strace prints inside an expression (`inet_addr("127.0.0.1")`):
 * TEXT, and in JSON the string S. */
void show_str_as(show_call *c, const char *s, const char *text);
/* A field that strace's text does not name (sin6_addr inside
 * `inet_pton(AF_INET6, "::1", &sin6_addr)`): nothing in text, the key in JSON. */
void show_field_json(show_call *c, const char *name);
void show_uint(show_call *c, uint64_t v);  /* 12 */
void show_hex(show_call *c, uint64_t v);   /* 0xc (0 prints as 0); JSON: the number */
void show_hexaddr(show_call *c, uint64_t v); /* an address as show_hex (0 as 0);
					      * JSON: "0x..." as show_addr, 0 as null */
void show_oct(show_call *c, uint64_t v);   /* 0644, 000 (strace's %#03o) */
void show_addr(show_call *c, uint64_t v);  /* NULL or 0x7ffc... */
void show_fd(show_call *c, int64_t fd);    /* 3, with -y 3</etc/passwd> or 3<pipe:[N]> */
void show_dirfd(show_call *c, int64_t fd); /* AT_FDCWD, or as show_fd() */

/* Argument I in the generic form of its table type (SC_T_*), memory
 * included (a string, a buffer, a path; a struct as its address). */
void show_arg_generic(show_call *c, unsigned i);
/* Argument I as the spec S says (a table decoder's argument; usable from
 * a decode function for the regular arguments of an irregular call). */
void show_arg_spec(show_call *c, unsigned i, const struct show_arg_spec *s);
/* Arguments FROM..nargs-1 in the generic form, separated. */
void show_args_generic_from(show_call *c, unsigned from);

/* The return value in FORMAT (SHOW_RV_*), for ret hooks. */
void show_ret_value(show_call *c, int format);

/* Flag sets and enums through the xlat tables (formatted as xlat.h does:
 * `O_RDONLY|O_CLOEXEC`, unknown bits as `0x...`, an unknown value with a
 * comment holding DFLT, as strace's "0x40 /" "* O_??? *" "/"). DFLT may be NULL.
 * JSON: a flag set is the list of its names (["O_RDONLY","O_CLOEXEC"], no
 * flag: [], unnamed bits as a "0x..." name); an enum is its name, or the
 * number when it has none. Comments are dropped. */
void show_flags(show_call *c, const struct xlat *x, uint64_t v, const char *dflt);
void show_enum(show_call *c, const struct xlat *x, uint64_t v, const char *dflt);

/* A flag set already formatted by an xlat.h formatter (xlat_format_open_flags,
 * xlat_format_flags_n, a mode, a composite such as mmap's MAP_PRIVATE|MAP_FIXED):
 * the text as it is, and in JSON the list of its '|'-separated names. Use it
 * rather than show_puts() for flag sets. */
void show_flags_text(show_call *c, const char *text);
/* An enum value already formatted (xlat_format_enum, a signal name): the
 * text, and in JSON the name, or the number when it is one. */
void show_enum_text(show_call *c, const char *text);
/* A signal set of BYTES bytes (at most 8 used): `[HUP INT]`, `~[KILL STOP]`;
 * JSON: the list of its signals' names (["SIGHUP","SIGINT"]), complement
 * expanded. */
void show_sigset(show_call *c, const void *mask, size_t bytes);

/* A signal number as strace prints it: SIGCHLD, SIGRTMIN+3, or the number. */
void show_signame(show_call *c, int sig);
/* An errno name (ENOENT), or the number. */
void show_errname(show_call *c, int err);

/* ---- Notes after the return value ---------------------------------------- */

/* strace's annotation of a successful return value, in ret hooks after
 * show_ret_value(): `= 0x8002 (flags O_RDWR|O_LARGEFILE)`, `= 1 ([{fd=3,
 * revents=POLLIN}])`, `= 2 (in [3], left {...})`, `= 0 (Timeout)`.
 * Text: " (" items separated by ", " ")". JSON: the line's "ret_note"
 * object, one key per item ({"flags":["O_RDWR","O_LARGEFILE"]}). */
void show_note_begin(show_call *c);
/* Starts item KEY (its JSON key), printed in text as LABEL ("flags ", "",
 * "left "); its value follows. */
void show_note_item(show_call *c, const char *key, const char *label);
/* An item that is one word (Timeout): JSON KEY:true. */
void show_note_word(show_call *c, const char *key, const char *word);
void show_note_end(show_call *c);

/* ---- Strings and buffers --------------------------------------------------- */

/* Quoting styles for show_quoted(). */
enum {
	SHOW_Q_NUL_TERM = 1 << 0, /* a C string: stop at the first NUL */
	SHOW_Q_ELLIPSIS = 1 << 1, /* more bytes exist than given: append "..." */
	SHOW_Q_NO_QUOTES = 1 << 2, /* no surrounding "" (for strings inside comments) */
	SHOW_Q_NO_TRUNC = 1 << 3, /* ignore -s (paths, strace's printpath) */
	SHOW_Q_HEX = 1 << 4,      /* every byte as \xNN (strace's QUOTE_FORCE_HEX) */
};

/* DATA[0..LEN) quoted and escaped as strace does (\t \n \v \f \r \\ \",
 * other non-printables as octal \NNN or, with -x/-xx, \xNN), cut at -s
 * bytes with "..." after the closing quote when longer (or when
 * SHOW_Q_ELLIPSIS says the data itself is cut). */
void show_quoted(show_call *c, const void *data, size_t len, unsigned style);

/* A path argument (SC_M_STR at entry): quoted whole, never cut by -s; its
 * address when it was not captured or unreadable. */
void show_path(show_call *c, unsigned arg);

/* A string argument (SC_M_STR): as show_path() but cut at -s (strace's
 * printstr). */
void show_str(show_call *c, unsigned arg);

/* A data buffer of argument ARG, read at exit when AT_EXIT: LEN bytes of it
 * quoted (LEN is the count or return value, as strace passes it), cut at -s
 * with "..."; the address when not captured (failed call, NULL, unreadable). */
void show_buf(show_call *c, unsigned arg, int at_exit, uint64_t len);

/* Captured memory of argument ARG, element INDEX, read at exit when AT_EXIT
 * (else at entry), or NULL. */
const struct replay_blob *show_blob(const show_call *c, unsigned arg, unsigned index, int at_exit);

/* Copies exactly SIZE bytes of that blob into OUT. Returns 0, or -ENODATA
 * when the blob is absent, unreadable or shorter than SIZE (OUT untouched). */
int show_fetch(const show_call *c, unsigned arg, unsigned index, int at_exit, void *out, size_t size);

/* show_fetch(); on failure prints argument ARG's address (NULL for 0) and
 * returns -ENODATA, so the caller prints nothing more for it. */
int show_fetch_or_addr(show_call *c, unsigned arg, unsigned index, int at_exit, void *out, size_t size);

/* Elements of an array in DATA (NMEMB elements of ELEM bytes), each printed
 * by FN, as `[a, b]`: without -v at most -s elements then `...` (strace's
 * print_array). */
typedef void (*show_elem_fn)(show_call *c, const void *elem, void *opaque);
void show_array(show_call *c, const void *data, size_t nmemb, size_t elem,
		show_elem_fn fn, void *opaque);

/* A siginfo_t of LEN bytes as strace prints it: {si_signo=SIGCHLD,
 * si_code=CLD_EXITED, si_pid=N, si_uid=N, si_status=0, si_utime=0,
 * si_stime=0} (also used by the `--- SIG ---` lines and waitid). */
void show_siginfo(show_call *c, const void *siginfo, size_t len);

#endif

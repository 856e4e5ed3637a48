/*
 * decode_common — helpers shared by the decode_<family>.c files.
 *
 * Small printers that several families need in strace 6.1's exact form:
 * composite flag arguments (open flags, modes), enums with decimal
 * fallbacks, signal names and sets, times with their date comments, and
 * the typed fetch of a struct from an argument's memory. They print only
 * through show_decode.h; like it, they are not thread-safe.
 */
#ifndef RTRACE_DECODE_COMMON_H
#define RTRACE_DECODE_COMMON_H

#include <stdint.h>
#include <time.h>

#include "show_decode.h"
#include "xlat.h"

/* Text formatted by an xlat_format_*() function, printed by OUT: one
 * atom (show_puts: a JSON string), a flag set (show_flags_text: a JSON
 * list) or an enum (show_enum_text: a name or a number). */
#define DEC_XLAT_AS(out, c, fn, ...)                            \
	do {                                                    \
		char dec_buf_[XLAT_BUFSZ];                      \
		fn(dec_buf_, sizeof(dec_buf_), __VA_ARGS__);   \
		out((c), dec_buf_);                             \
	} while (0)
#define DEC_XLAT(c, fn, ...) DEC_XLAT_AS(show_puts, c, fn, __VA_ARGS__)
#define DEC_XLAT_FLAGS(c, fn, ...) DEC_XLAT_AS(show_flags_text, c, fn, __VA_ARGS__)
#define DEC_XLAT_ENUM(c, fn, ...) DEC_XLAT_AS(show_enum_text, c, fn, __VA_ARGS__)

/* A note of one item after the return value, ` (LABELTEXT)`: TEXT printed
 * by OUT (show_flags_text, show_enum_text, show_puts); JSON "ret_note":
 * {KEY: value}. */
void dec_note(show_call *c, const char *key, const char *label,
	      void (*out)(show_call *, const char *), const char *text);

/* open(2) flags: O_RDONLY|O_CLOEXEC. */
void dec_open_flags(show_call *c, uint64_t flags);
/* A mode with its type (S_IFREG|0644) and permission bits only (0644). */
void dec_mode(show_call *c, uint32_t mode);
void dec_umode(show_call *c, uint32_t mode);
/* A flag set or enum with strace's printflags/printxval rules (xlat.h). */
void dec_flags(show_call *c, const struct xlat *x, uint64_t v, const char *dflt);
void dec_enum(show_call *c, const struct xlat *x, uint64_t v, const char *dflt);
/* An enum whose unknown values print in decimal (strace's printxval_d). */
void dec_enum_d(show_call *c, const struct xlat *x, int64_t v, const char *dflt);
/* An enum whose unknown values print unsigned (strace's printxval_u). */
void dec_enum_u(show_call *c, const struct xlat *x, uint64_t v, const char *dflt);

/* A signal number: SIGCHLD, SIGRT_2, 65. */
void dec_signame(show_call *c, int sig);
/* A signal set of BYTES bytes: [HUP INT], ~[KILL]. */
void dec_sigset(show_call *c, const void *mask, size_t bytes);
/* The sigset argument ARG (SIZE bytes, strace's sigsetsize) from its memory
 * at entry or exit; the address when not captured (NULL for 0). */
void dec_sigset_arg(show_call *c, unsigned arg, int at_exit, uint64_t size);
/* The sigset argument ARG of SIZE bytes at the stop where it prints: an
 * output at exit (its address when the call failed), else at entry. */
void dec_sigset_at(show_call *c, unsigned arg, uint64_t size);
/* dec_sigset_at() with the size in argument ARG + 1 (the sigsetsize that
 * follows the set in most calls that take one). */
void dec_sigset_sized(show_call *c, unsigned arg);

/* A struct timespec/timeval read from memory. */
struct dec_timespec {
	int64_t tv_sec;
	int64_t tv_nsec;
};

/* {tv_sec=1, tv_nsec=500} */
void dec_timespec(show_call *c, const struct dec_timespec *ts);
/* {tv_sec=1, tv_usec=500} */
void dec_timeval(show_call *c, const struct dec_timespec *tv);
/* " /" "* 2020-01-01T00:00:00.123456789+0000 *" "/" after a time (strace's
 * sprinttime_nsec: nanoseconds only when not zero; local time, as TZ says). */
void dec_time_comment(show_call *c, int64_t sec, int64_t nsec);
/* The same for a time in microseconds (strace's sprinttime_usec:
 * ".000001" only when not zero). */
void dec_time_comment_us(show_call *c, int64_t sec, int64_t usec);
/* The date text alone, "2020-01-01T00:00:00+0000", into BUF (for time()'s
 * return value); returns 0 or -1 when the time cannot be converted. */
int dec_format_date(char *buf, size_t size, int64_t sec, int64_t nsec);

/* The struct timespec argument ARG (at entry or exit), or its address. */
void dec_timespec_arg(show_call *c, unsigned arg, int at_exit);

/* Struct printers for table decoders: a struct dec_timespec at P as
 * dec_timespec() and dec_timeval() print it. */
void dec_timespec_p(show_call *c, const void *p);
void dec_timeval_p(show_call *c, const void *p);
/* The two fds pipe() and socketpair() store at exit, [3, 4] (-y: their
 * paths), or the address. */
void dec_fd_pair(show_call *c, unsigned arg);
/* [N]: an int the kernel reads or writes (a struct printer of 4 bytes);
 * [N] of an unsigned int. */
void dec_int_p(show_call *c, const void *p);
void dec_uint_p(show_call *c, const void *p);

/* Argument specs (show_decode.h, "Table decoders") shared by the families. */
#define DEC_A_TIMESPEC SHOW_A_STRUCT(dec_timespec_p, sizeof(struct dec_timespec))
#define DEC_A_TIMEVAL SHOW_A_STRUCT(dec_timeval_p, sizeof(struct dec_timespec))
#define DEC_A_SIGSET SHOW_A_PRINT(dec_sigset_sized)
#define DEC_A_INT_PTR SHOW_A_STRUCT(dec_int_p, sizeof(int32_t))
#define DEC_A_UINT_PTR SHOW_A_STRUCT(dec_uint_p, sizeof(uint32_t))
#define DEC_A_FD_PAIR SHOW_A_PRINT(dec_fd_pair)

/* A classic BPF program, struct sock_fprog (16 bytes at P): {len=4,
 * filter=0x7ffc...}, as strace prints it without -v (seccomp filters,
 * SO_ATTACH_FILTER). */
#define DEC_SOCK_FPROG_SIZE 16u
void dec_sock_fprog(show_call *c, const void *p);

/* A network interface index as strace prints it: if_nametoindex("lo") when
 * this host has an interface of that index, else the number. */
void dec_ifindex(show_call *c, uint32_t idx);

/* decode_netlink.c: the bytes of a buffer sent to or received from FD, WANT
 * of them meant (the count or return value), HAVE captured at DATA, as
 * strace prints netlink messages, when FD is a NETLINK_ROUTE socket, all
 * WANT bytes were captured and every message is one decoded there. Returns
 * 1 when printed, 0 when the caller prints the bytes. */
int dec_netlink_buf(show_call *c, int fd, const uint8_t *data, size_t have, uint64_t want);

/* The elements of a struct iovec array ARR (at most COUNT, without -v at
 * most -s of them): [{iov_base="hello", iov_len=5}, ...]. Element k's bytes
 * are blob FIRST + k of argument ARG (at exit when AT_EXIT), and together
 * the buffers show at most DATA_LEN bytes; FIRST 0: no buffers, only
 * addresses and lengths (strace's IOV_DECODE_ADDR, another process's
 * iovecs). NETLINK_FD >= 0: a buffer that holds netlink messages of that
 * socket prints as them (dec_netlink_buf). */
void dec_iovec_elems(show_call *c, const struct replay_blob *arr, uint64_t count, unsigned arg,
		     unsigned first, int at_exit, uint64_t data_len, int netlink_fd);

/* makedev(0x1, 0x3) from a Linux dev_t. */
void dec_dev(show_call *c, uint64_t dev);

/* A pid/uid-like int argument printed as strace's %d (so -1 stays -1). */
void dec_int32(show_call *c, uint64_t v);

/* An IP address field as strace's print_inet_addr: NAME=inet_addr("127.0.0.1")
 * for AF_INET (4 bytes at ADDR), inet_pton(AF_INET6, "::1", &NAME) for
 * AF_INET6 (16 bytes). */
void dec_inet_field(show_call *c, int family, const void *addr, const char *name);

/* NAME=htons(80): a port in network byte order at PORT. */
void dec_port_field(show_call *c, const char *name, const void *port);

/* ", NAME=" before a struct's next field, and the same followed by an
 * unsigned or signed decimal value (strace's PRINT_FIELD_U / _D). */
void dec_next_field(show_call *c, const char *name);
void dec_field_u(show_call *c, const char *name, uint64_t v);
void dec_field_d(show_call *c, const char *name, int64_t v);

#endif

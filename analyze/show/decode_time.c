/*
 * decode_time — clocks and sleeps: clock_gettime, clock_getres,
 * clock_settime, clock_nanosleep, nanosleep, time, gettimeofday,
 * timerfd_create/settime/gettime, getitimer/setitimer, alarm.
 *
 * Formats are strace 6.1's (time.c, timerfd.c).
 */
#include <stdio.h>
#include <string.h>

#include "decode_common.h"

/* The remaining time of a sleep: strace prints it only when the sleep was
 * interrupted (the kernel writes it then), else the pointer. */
static void remain_out(show_call *c, unsigned arg)
{
	/* strace: the kernel writes the remaining time only when a signal
	 * interrupted the sleep (a restart code); else the address */
	if (!xlat_errno_is_restart(show_errno(c)) || !show_arg(c, arg)) {
		show_addr(c, show_arg(c, arg));
		return;
	}
	struct dec_timespec ts;
	if (show_fetch(c, arg, 0, 1, &ts, sizeof(ts)) == 0)
		dec_timespec(c, &ts);
	else
		show_addr(c, show_arg(c, arg));
}

/* time(&t): [1796258296 /" "* 2026-12-03T00:38:16+0000 *" "/] */
static void print_time_t(show_call *c, const void *p)
{
	int64_t t;
	memcpy(&t, p, sizeof(t));
	show_array_begin(c);
	show_int(c, t);
	dec_time_comment(c, t, 0);
	show_array_end(c);
}

/* time(NULL) = 1796258296 (2026-12-03T00:38:16+0000) */
static void ret_time(show_call *c)
{
	show_ret_value(c, SHOW_RV_DEC);
	char date[96];
	if (dec_format_date(date, sizeof(date), show_retval(c), 0) == 0)
		dec_note(c, "date", "", show_puts, date);
}

/* {tz_minuteswest=0, tz_dsttime=0} */
static void print_timezone(show_call *c, const void *p)
{
	int32_t tz[2];
	memcpy(tz, p, sizeof(tz));
	show_struct_begin(c);
	show_field(c, "tz_minuteswest");
	show_int(c, tz[0]);
	show_struct_next(c);
	show_field(c, "tz_dsttime");
	show_int(c, tz[1]);
	show_struct_end(c);
}

/* {it_interval={tv_sec=0, tv_nsec=0}, it_value={tv_sec=1, tv_nsec=0}} */
static void print_itimerspec(show_call *c, const void *p)
{
	const struct dec_timespec *its = p;
	show_struct_begin(c);
	show_field(c, "it_interval");
	dec_timespec(c, &its[0]);
	show_struct_next(c);
	show_field(c, "it_value");
	dec_timespec(c, &its[1]);
	show_struct_end(c);
}

/* {it_interval={tv_sec=0, tv_usec=0}, it_value={tv_sec=0, tv_usec=0}} */
static void print_itimerval(show_call *c, const void *p)
{
	const struct dec_timespec *it = p;
	show_struct_begin(c);
	show_field(c, "it_interval");
	dec_timeval(c, &it[0]);
	show_struct_next(c);
	show_field(c, "it_value");
	dec_timeval(c, &it[1]);
	show_struct_end(c);
}

/* times({tms_utime=0, tms_stime=0, tms_cutime=0, tms_cstime=0}) = 1234 */
static void print_tms(show_call *c, const void *p)
{
	static const char *const names[] = { "tms_utime", "tms_stime", "tms_cutime", "tms_cstime" };
	const uint64_t *t = p;
	show_struct_begin(c);
	for (int i = 0; i < 4; i++) {
		if (i)
			show_struct_next(c);
		show_field(c, names[i]);
		show_uint(c, t[i]);
	}
	show_struct_end(c);
}

enum { SIGEV_SIGNAL_ = 0, SIGEV_THREAD_ = 2, SIGEV_THREAD_ID_ = 4 };

/* The part of struct sigevent strace prints (32 of its 64 bytes). */
struct k_sigevent {
	uint64_t value;
	int32_t signo, notify;
	uint64_t u0, u1; /* _tid, or _function and _attribute */
};

/* {sigev_value={sival_int=1, sival_ptr=0x1}, sigev_signo=SIGALRM,
 *  sigev_notify=SIGEV_SIGNAL}: the value only when it is not zero. */
static void print_sigevent(show_call *c, const void *p)
{
	const struct k_sigevent *e = p;
	show_struct_begin(c);
	if (e->value) {
		show_field(c, "sigev_value");
		show_struct_begin(c);
		show_field(c, "sival_int");
		show_int(c, (int32_t)e->value);
		show_struct_next(c);
		show_field(c, "sival_ptr");
		show_hexaddr(c, e->value);
		show_struct_end(c);
		show_struct_next(c);
	}
	show_field(c, "sigev_signo");
	dec_signame(c, e->signo);
	show_struct_next(c);
	show_field(c, "sigev_notify");
	dec_enum(c, &xlat_sigev_value, (uint32_t)e->notify, "SIGEV_???");
	if (e->notify == SIGEV_THREAD_ID_) {
		show_struct_next(c);
		show_field(c, "sigev_notify_thread_id");
		show_int(c, (int32_t)e->u0);
	} else if (e->notify == SIGEV_THREAD_) {
		show_struct_next(c);
		show_field(c, "sigev_notify_function");
		show_hexaddr(c, e->u0);
		show_struct_next(c);
		show_field(c, "sigev_notify_attributes");
		show_hexaddr(c, e->u1);
	}
	show_struct_end(c);
}

#define A_CLOCK SHOW_A_ENUM(xlat_clocknames, "CLOCK_???")
#define A_TIMER_FLAGS SHOW_A_FLAGS(xlat_clock_flags, "TIMER_???")
#define A_ITIMER SHOW_A_ENUM(xlat_itimer_which, "ITIMER_???")
#define A_ITIMERSPEC SHOW_A_STRUCT(print_itimerspec, 2 * sizeof(struct dec_timespec))
#define A_ITIMERVAL SHOW_A_STRUCT(print_itimerval, 2 * sizeof(struct dec_timespec))
#define A_TIMEZONE SHOW_A_STRUCT(print_timezone, 2 * sizeof(int32_t))

/* Every call here is typed arguments in a row:
 * clock_gettime(CLOCK_MONOTONIC, {tv_sec=123, tv_nsec=456}),
 * clock_nanosleep(CLOCK_REALTIME, 0, {tv_sec=0, tv_nsec=1000}, NULL),
 * timerfd_settime(3, 0, {it_interval=..., it_value=...}, NULL),
 * timer_create(CLOCK_MONOTONIC, {...}, [0]) ... */
const struct show_decoder show_decoders_time[] = {
	{ "settimeofday", .args = SHOW_ARGS(DEC_A_TIMEVAL, A_TIMEZONE) },
	{ "gettimeofday", .args = SHOW_ARGS(DEC_A_TIMEVAL, A_TIMEZONE) },
	{ "times", .args = SHOW_ARGS(SHOW_A_STRUCT(print_tms, 4 * sizeof(uint64_t))),
	  .rv = SHOW_RV_UDEC },
	{ "timer_create", .args = SHOW_ARGS(A_CLOCK, SHOW_A_STRUCT(print_sigevent, sizeof(struct k_sigevent)),
					    DEC_A_INT_PTR) },
	{ "timer_settime", .args = SHOW_ARGS(SHOW_A_INT, A_TIMER_FLAGS, A_ITIMERSPEC, A_ITIMERSPEC) },
	{ "timer_gettime", .args = SHOW_ARGS(SHOW_A_INT, A_ITIMERSPEC) },
	{ "getitimer", .args = SHOW_ARGS(A_ITIMER, A_ITIMERVAL) },
	{ "setitimer", .args = SHOW_ARGS(A_ITIMER, A_ITIMERVAL, A_ITIMERVAL) },
	{ "clock_gettime", .args = SHOW_ARGS(A_CLOCK, DEC_A_TIMESPEC) },
	{ "clock_getres", .args = SHOW_ARGS(A_CLOCK, DEC_A_TIMESPEC) },
	{ "clock_settime", .args = SHOW_ARGS(A_CLOCK, DEC_A_TIMESPEC) },
	{ "clock_nanosleep", .args = SHOW_ARGS(A_CLOCK, A_TIMER_FLAGS, DEC_A_TIMESPEC,
					       SHOW_A_PRINT(remain_out)) },
	{ "nanosleep", .args = SHOW_ARGS(DEC_A_TIMESPEC, SHOW_A_PRINT(remain_out)) },
	{ "time", .args = SHOW_ARGS(SHOW_A_STRUCT(print_time_t, sizeof(int64_t))), .ret = ret_time },
	{ "timerfd_create", .args = SHOW_ARGS(A_CLOCK, SHOW_A_FLAGS(xlat_timerfdflags, "TFD_???")),
	  .rv = SHOW_RV_FD },
	{ "timerfd_settime", .args = SHOW_ARGS(SHOW_A_FD, SHOW_A_FLAGS(xlat_timerfdflags, "TFD_???"),
					       A_ITIMERSPEC, A_ITIMERSPEC) },
	{ "timerfd_gettime", .args = SHOW_ARGS(SHOW_A_FD, A_ITIMERSPEC) },
	{ 0 },
};

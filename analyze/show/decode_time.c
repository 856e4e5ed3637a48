/*
 * decode_time — clocks and sleeps: clock_gettime, clock_getres,
 * clock_settime, clock_nanosleep, nanosleep, time, gettimeofday,
 * timerfd_create/settime/gettime, getitimer/setitimer, alarm.
 *
 * Formats are strace 6.1's (time.c, timerfd.c).
 */
#include <stdio.h>

#include "decode_common.h"

/* A timespec written at exit: the address when the call failed. */
static void timespec_out(show_call *c, unsigned arg)
{
	if (show_errno(c))
		show_addr(c, show_arg(c, arg));
	else
		dec_timespec_arg(c, arg, 1);
}

/* clock_gettime(CLOCK_MONOTONIC, {tv_sec=123, tv_nsec=456}) */
static int dec_clock_gettime(show_call *c)
{
	if (show_entering(c)) {
		dec_enum(c, &xlat_clocknames, (uint32_t)show_arg(c, 0), "CLOCK_???");
		show_arg_next(c);
		return 0;
	}
	timespec_out(c, 1);
	return 0;
}

/* clock_settime(CLOCK_REALTIME, {tv_sec=..., tv_nsec=...}) */
static int dec_clock_settime(show_call *c)
{
	dec_enum(c, &xlat_clocknames, (uint32_t)show_arg(c, 0), "CLOCK_???");
	show_arg_next(c);
	dec_timespec_arg(c, 1, 0);
	return SHOW_DECODED;
}

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

/* clock_nanosleep(CLOCK_REALTIME, 0, {tv_sec=0, tv_nsec=1000}, NULL) */
static int dec_clock_nanosleep(show_call *c)
{
	if (show_entering(c)) {
		dec_enum(c, &xlat_clocknames, (uint32_t)show_arg(c, 0), "CLOCK_???");
		show_arg_next(c);
		dec_flags(c, &xlat_clock_flags, (uint32_t)show_arg(c, 1), "TIMER_???");
		show_arg_next(c);
		dec_timespec_arg(c, 2, 0);
		show_arg_next(c);
		return 0;
	}
	remain_out(c, 3);
	return 0;
}

/* nanosleep({tv_sec=0, tv_nsec=1000000}, NULL) */
static int dec_nanosleep(show_call *c)
{
	if (show_entering(c)) {
		dec_timespec_arg(c, 0, 0);
		show_arg_next(c);
		return 0;
	}
	remain_out(c, 1);
	return 0;
}

/* time(NULL) = 1796258296 (2026-12-03T00:38:16+0000); a non-NULL pointer
 * shows the stored value with its date comment. */
static int dec_time(show_call *c)
{
	if (show_entering(c))
		return 0;
	int64_t t;
	if (!show_arg(c, 0) || show_errno(c) || show_fetch(c, 0, 0, 1, &t, sizeof(t)) < 0) {
		show_addr(c, show_arg(c, 0));
		return 0;
	}
	show_array_begin(c);
	show_int(c, t);
	dec_time_comment(c, t, 0);
	show_array_end(c);
	return 0;
}

static void ret_time(show_call *c)
{
	show_ret_value(c, SHOW_RV_DEC);
	char date[96];
	if (dec_format_date(date, sizeof(date), show_retval(c), 0) == 0)
		dec_note(c, "date", "", show_puts, date);
}

/* gettimeofday({tv_sec=..., tv_usec=...}, NULL) */
static int dec_gettimeofday(show_call *c)
{
	if (show_entering(c))
		return 0;
	struct dec_timespec tv;
	if (show_errno(c) || !show_arg(c, 0))
		show_addr(c, show_arg(c, 0));
	else if (show_fetch_or_addr(c, 0, 0, 1, &tv, sizeof(tv)) == 0)
		dec_timeval(c, &tv);
	show_arg_next(c);
	int32_t tz[2];
	if (show_errno(c) || !show_arg(c, 1) || show_fetch(c, 1, 0, 1, tz, sizeof(tz)) < 0) {
		show_addr(c, show_arg(c, 1));
	} else {
		show_struct_begin(c);
		show_field(c, "tz_minuteswest");
		show_int(c, tz[0]);
		show_struct_next(c);
		show_field(c, "tz_dsttime");
		show_int(c, tz[1]);
		show_struct_end(c);
	}
	return 0;
}

/* timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC|TFD_NONBLOCK) = 3 */
static int dec_timerfd_create(show_call *c)
{
	dec_enum(c, &xlat_clocknames, (uint32_t)show_arg(c, 0), "CLOCK_???");
	show_arg_next(c);
	dec_flags(c, &xlat_timerfdflags, (uint32_t)show_arg(c, 1), "TFD_???");
	return SHOW_DECODED | SHOW_RV_FD;
}

/* {it_interval={tv_sec=0, tv_nsec=0}, it_value={tv_sec=1, tv_nsec=0}} */
static void print_itimerspec(show_call *c, unsigned arg, int at_exit)
{
	struct dec_timespec its[2];
	if ((at_exit && show_errno(c)) || !show_arg(c, arg)) {
		show_addr(c, show_arg(c, arg));
		return;
	}
	if (show_fetch_or_addr(c, arg, 0, at_exit, its, sizeof(its)) < 0)
		return;
	show_struct_begin(c);
	show_field(c, "it_interval");
	dec_timespec(c, &its[0]);
	show_struct_next(c);
	show_field(c, "it_value");
	dec_timespec(c, &its[1]);
	show_struct_end(c);
}

/* timerfd_settime(3, 0, {...}, NULL) */
static int dec_timerfd_settime(show_call *c)
{
	if (show_entering(c)) {
		show_fd(c, (int32_t)show_arg(c, 0));
		show_arg_next(c);
		dec_flags(c, &xlat_timerfdflags, (uint32_t)show_arg(c, 1), "TFD_???");
		show_arg_next(c);
		print_itimerspec(c, 2, 0);
		show_arg_next(c);
		return 0;
	}
	print_itimerspec(c, 3, 1);
	return 0;
}

/* timerfd_gettime(3, {...}) */
static int dec_timerfd_gettime(show_call *c)
{
	if (show_entering(c)) {
		show_fd(c, (int32_t)show_arg(c, 0));
		show_arg_next(c);
		return 0;
	}
	print_itimerspec(c, 1, 1);
	return 0;
}

/* {it_interval={tv_sec=0, tv_usec=0}, it_value={tv_sec=0, tv_usec=0}} */
static void print_itimerval(show_call *c, unsigned arg, int at_exit)
{
	struct dec_timespec it[2];
	if ((at_exit && show_errno(c)) || !show_arg(c, arg)) {
		show_addr(c, show_arg(c, arg));
		return;
	}
	if (show_fetch_or_addr(c, arg, 0, at_exit, it, sizeof(it)) < 0)
		return;
	show_struct_begin(c);
	show_field(c, "it_interval");
	dec_timeval(c, &it[0]);
	show_struct_next(c);
	show_field(c, "it_value");
	dec_timeval(c, &it[1]);
	show_struct_end(c);
}

/* getitimer(ITIMER_REAL, {...}) */
static int dec_getitimer(show_call *c)
{
	if (show_entering(c)) {
		dec_enum(c, &xlat_itimer_which, (uint32_t)show_arg(c, 0), "ITIMER_???");
		show_arg_next(c);
		return 0;
	}
	print_itimerval(c, 1, 1);
	return 0;
}

/* setitimer(ITIMER_REAL, {...}, NULL) */
static int dec_setitimer(show_call *c)
{
	if (show_entering(c)) {
		dec_enum(c, &xlat_itimer_which, (uint32_t)show_arg(c, 0), "ITIMER_???");
		show_arg_next(c);
		print_itimerval(c, 1, 0);
		show_arg_next(c);
		return 0;
	}
	print_itimerval(c, 2, 1);
	return 0;
}

/* times({tms_utime=0, tms_stime=0, tms_cutime=0, tms_cstime=0}) = 1234 */
static int dec_times(show_call *c)
{
	if (show_entering(c))
		return 0;
	uint64_t t[4];
	if (show_errno(c) || show_fetch_or_addr(c, 0, 0, 1, t, sizeof(t)) < 0) {
		if (show_errno(c))
			show_addr(c, show_arg(c, 0));
		return SHOW_RV_UDEC;
	}
	static const char *const names[] = { "tms_utime", "tms_stime", "tms_cutime", "tms_cstime" };
	show_struct_begin(c);
	for (int i = 0; i < 4; i++) {
		if (i)
			show_struct_next(c);
		show_field(c, names[i]);
		show_uint(c, t[i]);
	}
	show_struct_end(c);
	return SHOW_RV_UDEC;
}

enum { SIGEV_SIGNAL_ = 0, SIGEV_THREAD_ = 2, SIGEV_THREAD_ID_ = 4 };

struct k_sigevent {
	uint64_t value;
	int32_t signo, notify;
	uint64_t u0, u1; /* _tid, or _function and _attribute */
	uint8_t pad[32];
};

/* {sigev_value={sival_int=1, sival_ptr=0x1}, sigev_signo=SIGALRM,
 *  sigev_notify=SIGEV_SIGNAL}: the value only when it is not zero. */
static void print_sigevent(show_call *c, unsigned arg)
{
	struct k_sigevent e;
	if (show_fetch_or_addr(c, arg, 0, 0, &e, 32) < 0)
		return;
	show_struct_begin(c);
	if (e.value) {
		show_field(c, "sigev_value");
		show_struct_begin(c);
		show_field(c, "sival_int");
		show_int(c, (int32_t)e.value);
		show_struct_next(c);
		show_field(c, "sival_ptr");
		show_hexaddr(c, e.value);
		show_struct_end(c);
		show_struct_next(c);
	}
	show_field(c, "sigev_signo");
	dec_signame(c, e.signo);
	show_struct_next(c);
	show_field(c, "sigev_notify");
	dec_enum(c, &xlat_sigev_value, (uint32_t)e.notify, "SIGEV_???");
	if (e.notify == SIGEV_THREAD_ID_) {
		show_struct_next(c);
		show_field(c, "sigev_notify_thread_id");
		show_int(c, (int32_t)e.u0);
	} else if (e.notify == SIGEV_THREAD_) {
		show_struct_next(c);
		show_field(c, "sigev_notify_function");
		show_hexaddr(c, e.u0);
		show_struct_next(c);
		show_field(c, "sigev_notify_attributes");
		show_hexaddr(c, e.u1);
	}
	show_struct_end(c);
}

/* timer_create(CLOCK_MONOTONIC, {...}, [0]) = 0 */
static int dec_timer_create(show_call *c)
{
	if (show_entering(c)) {
		dec_enum(c, &xlat_clocknames, (uint32_t)show_arg(c, 0), "CLOCK_???");
		show_arg_next(c);
		print_sigevent(c, 1);
		show_arg_next(c);
		return 0;
	}
	int32_t id;
	if (show_errno(c) || show_fetch(c, 2, 0, 1, &id, sizeof(id)) < 0) {
		show_addr(c, show_arg(c, 2));
		return 0;
	}
	show_array_begin(c);
	show_int(c, id);
	show_array_end(c);
	return 0;
}

/* timer_settime(0, TIMER_ABSTIME, {...}, NULL) */
static int dec_timer_settime(show_call *c)
{
	if (show_entering(c)) {
		show_int(c, (int32_t)show_arg(c, 0));
		show_arg_next(c);
		dec_flags(c, &xlat_clock_flags, (uint32_t)show_arg(c, 1), "TIMER_???");
		show_arg_next(c);
		print_itimerspec(c, 2, 0);
		show_arg_next(c);
		return 0;
	}
	print_itimerspec(c, 3, 1);
	return 0;
}

/* timer_gettime(0, {...}) */
static int dec_timer_gettime(show_call *c)
{
	if (show_entering(c)) {
		show_int(c, (int32_t)show_arg(c, 0));
		show_arg_next(c);
		return 0;
	}
	print_itimerspec(c, 1, 1);
	return 0;
}

/* settimeofday({tv_sec=..., tv_usec=...}, NULL) */
static int dec_settimeofday(show_call *c)
{
	struct dec_timespec tv;
	if (show_fetch_or_addr(c, 0, 0, 0, &tv, sizeof(tv)) == 0)
		dec_timeval(c, &tv);
	show_arg_next(c);
	int32_t tz[2];
	if (show_fetch_or_addr(c, 1, 0, 0, tz, sizeof(tz)) == 0) {
		show_struct_begin(c);
		show_field(c, "tz_minuteswest");
		show_int(c, tz[0]);
		show_struct_next(c);
		show_field(c, "tz_dsttime");
		show_int(c, tz[1]);
		show_struct_end(c);
	}
	return SHOW_DECODED;
}

const struct show_decoder show_decoders_time[] = {
	{ "settimeofday", .decode = dec_settimeofday },
	{ "times", .decode = dec_times },
	{ "timer_create", .decode = dec_timer_create },
	{ "timer_settime", .decode = dec_timer_settime },
	{ "timer_gettime", .decode = dec_timer_gettime },
	{ "getitimer", .decode = dec_getitimer },
	{ "setitimer", .decode = dec_setitimer },
	{ "clock_gettime", .decode = dec_clock_gettime },
	{ "clock_getres", .decode = dec_clock_gettime },
	{ "clock_settime", .decode = dec_clock_settime },
	{ "clock_nanosleep", .decode = dec_clock_nanosleep },
	{ "nanosleep", .decode = dec_nanosleep },
	{ "time", .decode = dec_time, .ret = ret_time },
	{ "gettimeofday", .decode = dec_gettimeofday },
	{ "timerfd_create", .decode = dec_timerfd_create },
	{ "timerfd_settime", .decode = dec_timerfd_settime },
	{ "timerfd_gettime", .decode = dec_timerfd_gettime },
	{ 0 },
};

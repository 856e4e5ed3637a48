/*
 * test_decode_xlat — the xlat tables and their formats (analyze/show/xlat.h).
 *
 * Every expected string was printed by strace 6.1 on this machine for the
 * same value (probes calling the syscall with that argument, run under
 * `strace -f -o`), so these tests pin strace's formats, not ours.
 */
#include <criterion/criterion.h>
#include <errno.h>
#include <stdint.h>
#include <string.h>

#include "xlat.h"

static char buf[XLAT_BUFSZ];

static const char *flags(const struct xlat *x, uint64_t v, const char *dflt)
{
	xlat_format_flags(buf, sizeof(buf), x, v, dflt);
	return buf;
}

static const char *xenum(const struct xlat *x, uint64_t v, const char *dflt)
{
	xlat_format_enum(buf, sizeof(buf), x, v, dflt, XLAT_FMT_X);
	return buf;
}

static const char *openf(uint64_t v)
{
	xlat_format_open_flags(buf, sizeof(buf), v);
	return buf;
}

Test(xlat, name_lookup_finds_names_in_every_table_kind)
{
	cr_assert_str_eq(xlat_name(&xlat_open_mode_flags, 0x80000), "O_CLOEXEC"); /* normal */
	cr_assert_str_eq(xlat_name(&xlat_socketlayers, 0x29), "SOL_IPV6");      /* sorted */
	cr_assert_str_eq(xlat_name(&xlat_resources, 7), "RLIMIT_NOFILE");       /* indexed */
	cr_assert_null(xlat_name(&xlat_resources, 16));
	cr_assert_null(xlat_name(&xlat_socketlayers, 0x2a));
	cr_assert_null(xlat_name(&xlat_epollctls, 0)); /* a hole */
}

Test(xlat, open_flags_print_the_access_mode_first)
{
	cr_assert_str_eq(openf(0), "O_RDONLY");
	cr_assert_str_eq(openf(0x80000), "O_RDONLY|O_CLOEXEC");
	cr_assert_str_eq(openf(0x241), "O_WRONLY|O_CREAT|O_TRUNC");
	cr_assert_str_eq(openf(0x101000), "O_RDONLY|O_SYNC");
	cr_assert_str_eq(openf(0x100000), "O_RDONLY|__O_SYNC");
	cr_assert_str_eq(openf(0x410000), "O_RDONLY|O_TMPFILE");
	cr_assert_str_eq(openf(0x80000000), "O_RDONLY|0x80000000");
	cr_assert_str_eq(openf(0x3), "O_ACCMODE");
	cr_assert_str_eq(openf(0x7), "O_ACCMODE|0x4");
	cr_assert_str_eq(openf(0x22), "O_RDWR|0x20");
	cr_assert_str_eq(openf(0x6000), "O_RDONLY|O_DIRECT|FASYNC");
	cr_assert_str_eq(openf(0x7fffffff),
		"O_ACCMODE|O_CREAT|O_EXCL|O_NOCTTY|O_TRUNC|O_APPEND|O_NONBLOCK|O_SYNC|O_DIRECT|"
		"O_LARGEFILE|O_NOFOLLOW|O_NOATIME|O_CLOEXEC|O_PATH|O_TMPFILE|FASYNC|0x7f80003c");
}

Test(xlat, flags_without_any_name_print_hex_and_the_default_comment)
{
	cr_assert_str_eq(flags(&xlat_access_modes, 0x8000, "?_OK"), "0x8000 /* ?_OK */");
	cr_assert_str_eq(flags(&xlat_mmap_prot, 0x410000, "PROT_???"), "0x410000 /* PROT_??? */");
	cr_assert_str_eq(flags(&xlat_efd_flags, 0x1022, "EFD_???"), "0x1022 /* EFD_??? */");
	cr_assert_str_eq(flags(&xlat_rename_flags, 0x80000000, "RENAME_??"),
			 "0x80000000 /* RENAME_?? */");
}

Test(xlat, flags_with_unknown_bits_append_them_in_hex)
{
	cr_assert_str_eq(flags(&xlat_access_modes, 0x7fffffff, "?_OK"), "R_OK|W_OK|X_OK|0x7ffffff8");
	cr_assert_str_eq(flags(&xlat_msync_flags, 0x22, "MS_???"), "MS_INVALIDATE|0x20");
	cr_assert_str_eq(flags(&xlat_at_flags, 0xffffffff, "AT_???"),
		"AT_SYMLINK_NOFOLLOW|AT_REMOVEDIR|AT_SYMLINK_FOLLOW|AT_NO_AUTOMOUNT|AT_EMPTY_PATH|"
		"AT_RECURSIVE|0xffff60ff");
	cr_assert_str_eq(flags(&xlat_wait4_options, 0xffffffff, "W???"),
		"WNOHANG|WEXITED|WSTOPPED|WCONTINUED|WNOWAIT|__WCLONE|__WALL|__WNOTHREAD|0x1efffff0");
	cr_assert_str_eq(flags(&xlat_msg_flags, 0x80000000, "MSG_???"), "MSG_CMSG_COMPAT");
}

Test(xlat, zero_flags_print_the_zero_name_or_0_or_nothing)
{
	cr_assert_str_eq(flags(&xlat_mmap_prot, 0, "PROT_???"), "PROT_NONE");
	cr_assert_str_eq(flags(&xlat_access_modes, 0, "?_OK"), "F_OK");
	cr_assert_str_eq(flags(&xlat_msync_flags, 0, "MS_???"), "0");
	cr_assert_str_eq(flags(&xlat_sock_type_flags, 0, NULL), "");
}

Test(xlat, multi_bit_names_take_their_bits_before_single_bits)
{
	cr_assert_str_eq(flags(&xlat_statx_masks, 0xfff, "STATX_???"), "STATX_ALL");
	cr_assert_str_eq(flags(&xlat_statx_masks, 0x3fff, "STATX_???"),
			 "STATX_ALL|STATX_MNT_ID|STATX_DIOALIGN");
	cr_assert_str_eq(flags(&xlat_statx_masks, 0xffffffff, "STATX_???"),
			 "STATX_ALL|STATX_MNT_ID|STATX_DIOALIGN|0xffffc000");
	cr_assert_str_eq(flags(&xlat_statx_masks, 0x6, "STATX_???"), "STATX_MODE|STATX_NLINK");
}

Test(xlat, several_tables_are_searched_in_turn)
{
	/* printflags_ex over two tables: each table's names in its order. */
	const struct xlat *xs[] = { &xlat_at_statx_sync_types, &xlat_at_flags };
	xlat_format_flags_n(buf, sizeof(buf), xs, 2, 0x6100, "AT_???");
	cr_assert_str_eq(buf, "AT_STATX_FORCE_SYNC|AT_STATX_DONT_SYNC|AT_SYMLINK_NOFOLLOW");
	xlat_format_flags_n(buf, sizeof(buf), xs, 2, 0, "AT_???");
	cr_assert_str_eq(buf, "AT_STATX_SYNC_AS_STAT");
}

Test(xlat, enums_print_the_name_or_hex_with_the_default_comment)
{
	cr_assert_str_eq(xenum(&xlat_whence_codes, 3, "SEEK_???"), "SEEK_DATA");
	cr_assert_str_eq(xenum(&xlat_whence_codes, 0x241, "SEEK_???"), "0x241 /* SEEK_??? */");
	cr_assert_str_eq(xenum(&xlat_madvise_cmds, 0x66, "MADV_???"), "0x66 /* MADV_??? */");
	cr_assert_str_eq(xenum(&xlat_sigprocmaskcmds, 0, "SIG_???"), "SIG_BLOCK");
	cr_assert_str_eq(xenum(&xlat_epollctls, 0, "EPOLL_CTL_???"), "0 /* EPOLL_CTL_??? */");
	cr_assert_str_eq(xenum(&xlat_clocknames, 3, "CLOCK_???"), "CLOCK_THREAD_CPUTIME_ID");
	cr_assert_str_eq(xenum(&xlat_resources, 0xffffffff, "RLIMIT_???"),
			 "0xffffffff /* RLIMIT_??? */");
	xlat_format_enum(buf, sizeof(buf), &xlat_whence_codes, (uint64_t)-5, NULL, XLAT_FMT_D);
	cr_assert_str_eq(buf, "-5");
}

Test(xlat, modes_print_the_file_type_and_octal_permissions)
{
	xlat_format_mode(buf, sizeof(buf), 0100644);
	cr_assert_str_eq(buf, "S_IFREG|0644");
	xlat_format_mode(buf, sizeof(buf), 0x2000 | 01101);
	cr_assert_str_eq(buf, "S_IFCHR|S_ISVTX|0101");
	xlat_format_mode(buf, sizeof(buf), 0x6000 | 03);
	cr_assert_str_eq(buf, "S_IFBLK|003");
	xlat_format_mode(buf, sizeof(buf), 0177777);
	cr_assert_str_eq(buf, "0177777");
	xlat_format_mode(buf, sizeof(buf), 0);
	cr_assert_str_eq(buf, "000");
	xlat_format_umode(buf, sizeof(buf), 042);
	cr_assert_str_eq(buf, "042");
}

Test(xlat, signals_print_their_names_and_rt_numbers)
{
	xlat_format_signame(buf, sizeof(buf), 3);
	cr_assert_str_eq(buf, "SIGQUIT");
	xlat_format_signame(buf, sizeof(buf), 32);
	cr_assert_str_eq(buf, "SIGRTMIN");
	xlat_format_signame(buf, sizeof(buf), 34);
	cr_assert_str_eq(buf, "SIGRT_2");
	xlat_format_signame(buf, sizeof(buf), 65);
	cr_assert_str_eq(buf, "65");
	cr_assert_null(xlat_signal_name(0));
}

Test(xlat, signal_sets_print_names_or_the_complement)
{
	uint64_t m = (1ull << 0) | (1ull << 33) | (1ull << 63); /* HUP, 34, 64 */
	xlat_format_sigset(buf, sizeof(buf), &m, 8);
	cr_assert_str_eq(buf, "[HUP RT_2 RT_32]");
	/* glibc's sigfillset leaves out 32 and 33; then SIGINT removed */
	m = ~0ull & ~(1ull << 31) & ~(1ull << 32) & ~(1ull << 1);
	xlat_format_sigset(buf, sizeof(buf), &m, 8);
	cr_assert_str_eq(buf, "~[INT RTMIN RT_1]");
	m = 0;
	xlat_format_sigset(buf, sizeof(buf), &m, 8);
	cr_assert_str_eq(buf, "[]");
	m = ~0ull;
	xlat_format_sigset(buf, sizeof(buf), &m, 8);
	cr_assert_str_eq(buf, "~[]");
}

Test(xlat, si_codes_come_from_the_generic_then_the_signal_table)
{
	cr_assert_str_eq(xlat_si_code_name(17, 1), "CLD_EXITED");
	cr_assert_str_eq(xlat_si_code_name(11, 1), "SEGV_MAPERR");
	cr_assert_str_eq(xlat_si_code_name(1, 0), "SI_USER");
	cr_assert_str_eq(xlat_si_code_name(10, -6), "SI_TKILL");
	cr_assert_str_eq(xlat_si_code_name(17, 0x80), "SI_KERNEL");
	cr_assert_null(xlat_si_code_name(10, 1));
}

Test(xlat, errors_print_name_and_strerror_restarts_a_question_mark)
{
	xlat_format_error(buf, sizeof(buf), ENOENT);
	cr_assert_str_eq(buf, "-1 ENOENT (No such file or directory)");
	xlat_format_error(buf, sizeof(buf), EAGAIN);
	cr_assert_str_eq(buf, "-1 EAGAIN (Resource temporarily unavailable)");
	xlat_format_error(buf, sizeof(buf), 512);
	cr_assert_str_eq(buf, "? ERESTARTSYS (To be restarted if SA_RESTART is set)");
	xlat_format_error(buf, sizeof(buf), 516);
	cr_assert_str_eq(buf, "? ERESTART_RESTARTBLOCK (Interrupted by signal)");
	cr_assert(xlat_errno_is_restart(513));
	cr_assert(!xlat_errno_is_restart(EINTR));
	cr_assert_str_eq(xlat_errno_name(35), "EDEADLK");
	cr_assert_null(xlat_errno_name(41));
}

Test(xlat, ioctls_print_every_name_of_a_code_or_the_ioc_decomposition)
{
	xlat_format_ioctl(buf, sizeof(buf), 0x5401);
	cr_assert_str_eq(buf, "TCGETS");
	xlat_format_ioctl(buf, sizeof(buf), 0x5403);
	cr_assert_str_eq(buf, "SNDCTL_TMR_STOP or TCSETSW");
	xlat_format_ioctl(buf, sizeof(buf), 0x541b);
	cr_assert_str_eq(buf, "FIONREAD");
	xlat_format_ioctl(buf, sizeof(buf), 0x5499);
	cr_assert_str_eq(buf, "_IOC(_IOC_NONE, 0x54, 0x99, 0)");
	xlat_format_ioctl(buf, sizeof(buf), 0x80047803);
	cr_assert_str_eq(buf, "_IOC(_IOC_READ, 0x78, 0x3, 0x4)");
}

Test(xlat, formats_never_overrun_a_short_buffer)
{
	char small[8];
	memset(small, 'x', sizeof(small));
	size_t n = xlat_format_open_flags(small, sizeof(small), 0x80241);
	cr_assert_eq(n, strlen("O_WRONLY|O_CREAT|O_TRUNC|O_CLOEXEC"));
	cr_assert_str_eq(small, "O_WRONL");
}

/*
 * test_dry_model — the file-access model fed events directly (the
 * internal interface dry_replay.c fills from traces), on files laid out
 * in a temporary project: renames of files and directories, exchange,
 * links, removal and re-creation, dirfd opens, the stage file's directory.
 */
#include <criterion/criterion.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "dry_model.h"
#include "dry_testutil.h"

static const char *root;
static struct dry_model *m;

static void setup(void)
{
	root = tu_tmpdir();
	struct dry_model_opts o = { .root = root, .stage_dir = "." };
	cr_assert_eq(dry_model_new(&o, &m), 0);
}

static void teardown(void)
{
	dry_model_free(m);
	tu_rmrf(root);
}

TestSuite(dry_model, .init = setup, .fini = teardown);

static uint64_t now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static void ev(enum dry_ev_kind kind, const char *rel, const char *rel2, uint64_t flags)
{
	char a[4096], b[4096];
	snprintf(a, sizeof(a), "%s/%s", root, rel);
	if (rel2)
		snprintf(b, sizeof(b), "%s/%s", root, rel2);
	struct dry_event e = { .kind = kind, .path = a, .path2 = rel2 ? b : NULL, .flags = flags,
			       .wall_ns = now() };
	cr_assert_eq(dry_model_event(m, &e), 0);
}

/* "deps: a b | outs: c d*" (* = persist) of the finished model. */
static char *verdict(void)
{
	struct dry_model_result *r;
	cr_assert_eq(dry_model_finish(m, &r), 0);
	static char buf[1024];
	size_t n = (size_t)snprintf(buf, sizeof(buf), "deps:");
	for (size_t i = 0; i < r->ndeps; i++)
		n += (size_t)snprintf(buf + n, sizeof(buf) - n, " %s", r->deps[i].path);
	n += (size_t)snprintf(buf + n, sizeof(buf) - n, " | outs:");
	for (size_t i = 0; i < r->nouts; i++)
		n += (size_t)snprintf(buf + n, sizeof(buf) - n, " %s%s", r->outs[i].path,
				      r->outs[i].persist ? "*" : "");
	dry_model_result_free(r);
	return buf;
}

Test(dry_model, directory_rename_carries_what_was_written_inside)
{
	tu_writes(root, "src", "s");
	ev(DRY_EV_OPEN, "src", NULL, O_RDONLY);
	ev(DRY_EV_MKDIR, "tmp", NULL, 0);
	ev(DRY_EV_OPEN, "tmp/f", NULL, O_WRONLY | O_CREAT | O_TRUNC);
	tu_writes(root, "out/f", "s");
	ev(DRY_EV_RENAME, "tmp", "out", 0);
	cr_expect_str_eq(verdict(), "deps: src | outs: out");
}

Test(dry_model, exchange_makes_both_names_outputs)
{
	tu_writes(root, "a", "1");
	tu_writes(root, "b", "2");
	ev(DRY_EV_RENAME, "a", "b", 2 /* RENAME_EXCHANGE */);
	cr_expect_str_eq(verdict(), "deps: | outs: a b");
}

Test(dry_model, removed_then_recreated_is_an_output_and_a_read_before_makes_it_persist)
{
	tu_writes(root, "cfg", "new");
	ev(DRY_EV_OPEN, "cfg", NULL, O_RDONLY);
	ev(DRY_EV_UNLINK, "cfg", NULL, 0);
	ev(DRY_EV_OPEN, "cfg", NULL, O_WRONLY | O_CREAT);
	cr_expect_str_eq(verdict(), "deps: | outs: cfg*");
}

Test(dry_model, dirfd_opens_are_nothing_and_a_linked_original_is_a_dependency)
{
	tu_writes(root, "d/x", "x");
	tu_writes(root, "x2", "x");
	cr_assert_eq(symlink("x2", tu_path(root, "sl")), 0);
	ev(DRY_EV_OPEN, "d", NULL, O_RDONLY | O_DIRECTORY);
	ev(DRY_EV_OPEN, "d", NULL, O_PATH);
	ev(DRY_EV_LINK, "d/x", "x2", 0);
	ev(DRY_EV_SYMLINK, "x2", "sl", 0);
	/* x2 shows d/x's original content; sl shows x2, which is new. */
	cr_expect_str_eq(verdict(), "deps: d/x | outs: sl x2");
}

Test(dry_model, truncate_after_read_is_a_persistent_output)
{
	tu_writes(root, "log", "");
	ev(DRY_EV_OPEN, "log", NULL, O_RDONLY);
	ev(DRY_EV_TRUNCATE, "log", NULL, 0);
	cr_expect_str_eq(verdict(), "deps: | outs: log*");
}

Test(dry_model, created_file_read_back_is_only_an_output)
{
	tu_writes(root, "o", "o");
	ev(DRY_EV_OPEN, "o", NULL, O_WRONLY | O_CREAT | O_EXCL);
	ev(DRY_EV_OPEN, "o", NULL, O_RDONLY);
	cr_expect_str_eq(verdict(), "deps: | outs: o");
}

Test(dry_model, paths_outside_the_root_and_vanished_files_are_nothing)
{
	struct dry_event e = { .kind = DRY_EV_OPEN, .path = "/etc/hostname", .flags = O_RDONLY };
	cr_assert_eq(dry_model_event(m, &e), 0);
	ev(DRY_EV_OPEN, "gone", NULL, O_WRONLY | O_CREAT | O_TRUNC);
	cr_expect_str_eq(verdict(), "deps: | outs:");
}

Test(dry_model, directory_holding_the_stage_file_is_never_an_output)
{
	dry_model_free(m);
	struct dry_model_opts o = { .root = root, .stage_dir = "sub" };
	cr_assert_eq(dry_model_new(&o, &m), 0);
	tu_writes(root, "sub/f", "f");
	ev(DRY_EV_MKDIR, "sub", NULL, 0);
	ev(DRY_EV_OPEN, "sub/f", NULL, O_WRONLY | O_CREAT | O_TRUNC);
	cr_expect_str_eq(verdict(), "deps: | outs: sub/f");
}

Test(dry_model, writable_open_without_a_write_is_not_a_change)
{
	tu_writes(root, "db", "data");
	usleep(30000); /* changed well before the open */
	ev(DRY_EV_OPEN, "db", NULL, O_RDWR);
	cr_expect_str_eq(verdict(), "deps: db | outs:");
}

Test(dry_model, writable_open_then_write_is_a_change)
{
	tu_writes(root, "db", "data");
	usleep(30000);
	ev(DRY_EV_OPEN, "db", NULL, O_RDWR);
	usleep(5000);
	tu_writes(root, "db", "more");
	cr_expect_str_eq(verdict(), "deps: | outs: db*");
}

Test(dry_model, names_that_are_not_utf8_are_left_out_with_a_warning)
{
	tu_writes(root, "x\xff", "x");
	ev(DRY_EV_OPEN, "x\xff", NULL, O_WRONLY | O_CREAT | O_TRUNC);
	struct dry_model_result *r;
	cr_assert_eq(dry_model_finish(m, &r), 0);
	cr_expect_eq(r->nouts, 0);
	cr_expect_eq(r->nwarnings, 1);
	dry_model_result_free(r);
}

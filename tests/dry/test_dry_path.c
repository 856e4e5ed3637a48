/*
 * test_dry_path — the one clean path form dry writes (dvc-format.md §1:
 * DVC matches paths by string equality, so dry normalises them itself).
 */
#include <criterion/criterion.h>
#include <stdlib.h>

#include "dry_path.h"

static void expect_norm(const char *in, const char *want)
{
	char *got = dry_path_normalize(in);
	cr_expect_str_eq(got, want, "normalize(\"%s\")", in);
	free(got);
}

Test(dry_path, normalize_removes_dots_slashes_and_inner_dotdots)
{
	expect_norm("a//b/./c/../d/", "a/b/d");
	expect_norm("./x", "x");
	expect_norm("x/", "x");
	expect_norm("", ".");
	expect_norm(".", ".");
	expect_norm("a/..", ".");
	expect_norm("../a", "../a");
	expect_norm("../../a/../b", "../../b");
	expect_norm("a/../../b", "../b");
	expect_norm("/../a", "/a");
	expect_norm("/", "/");
	expect_norm("//a///b", "/a/b");
	expect_norm("...", "...");
	expect_norm("..a/b", "..a/b");
}

static void expect_rel(const char *path, const char *base, const char *want)
{
	char *got = dry_path_relative(path, base);
	cr_expect_str_eq(got, want, "relative(\"%s\", \"%s\")", path, base);
	free(got);
}

Test(dry_path, relative_climbs_out_of_base_with_dotdot)
{
	expect_rel("/r/a/b", "/r", "a/b");
	expect_rel("/r/x", "/r/sub", "../x");
	expect_rel("/r", "/r", ".");
	expect_rel("/r/ab", "/r/a", "../ab");
	expect_rel("/x", "/", "x");
	expect_rel("/", "/r/s", "../..");
	expect_rel("a/b", ".", "a/b");
	expect_rel(".", "a", "..");
	expect_rel("/r/proj/x", "/r/proj/", "x");
}

Test(dry_path, join_and_within)
{
	char *j = dry_path_join("sub", "../C");
	cr_expect_str_eq(j, "C");
	free(j);
	j = dry_path_join("sub", "/abs/x");
	cr_expect_str_eq(j, "/abs/x");
	free(j);
	j = dry_path_join(".", "d/");
	cr_expect_str_eq(j, "d");
	free(j);
	cr_expect(dry_path_is_within("data/x", "data"));
	cr_expect(dry_path_is_within("data", "data"));
	cr_expect(!dry_path_is_within("database", "data"));
	cr_expect(dry_path_is_within("x", "."));
	cr_expect(!dry_path_is_within("../x", "."));
	cr_expect(dry_path_is_within("/a/b", "/"));
	cr_expect(dry_path_is_inside("..a"));
	cr_expect(!dry_path_is_inside(".."));
	cr_expect(!dry_path_is_inside("/x"));
}

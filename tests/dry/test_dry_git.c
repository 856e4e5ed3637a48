/*
 * test_dry_git — tracked paths read from .git/index as git writes it,
 * index versions 2, 3 and 4 (prefix-compressed names), and a damaged
 * index counting as empty. The indexes are made by the real git.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "dry_git.h"
#include "dry_testutil.h"

static void sh(const char *dir, const char *cmd)
{
	char buf[4096];
	snprintf(buf, sizeof(buf), "cd '%s' && %s >/dev/null 2>&1", dir, cmd);
	cr_assert_eq(system(buf), 0, "%s", cmd);
}

static void check_version(const char *version)
{
	const char *d = tu_tmpdir();
	tu_writes(d, "a", "1");
	tu_writes(d, "dir/sub/long-name-file.csv", "2");
	tu_writes(d, "dir/sub/long-name-other.csv", "3");
	tu_writes(d, "untracked", "4");
	sh(d, "git init -q . && git add a dir");
	char cmd[128];
	snprintf(cmd, sizeof(cmd), "git update-index --index-version %s", version);
	sh(d, cmd);
	struct dry_git_index *ix;
	cr_assert_eq(dry_git_index_load(d, &ix), 0);
	cr_expect(dry_git_tracked(ix, "a"), "v%s", version);
	cr_expect(dry_git_tracked(ix, "dir/sub/long-name-other.csv"), "v%s", version);
	cr_expect(dry_git_tracked(ix, "dir/sub/long-name-file.csv"), "v%s", version);
	cr_expect(dry_git_tracked(ix, "dir"), "a directory holding tracked files, v%s", version);
	cr_expect(!dry_git_tracked(ix, "untracked"));
	cr_expect(!dry_git_tracked(ix, "di"));
	dry_git_index_free(ix);
	tu_rmrf(d);
}

Test(dry_git, index_versions_2_3_and_4)
{
	if (system("git --version >/dev/null 2>&1") != 0)
		cr_skip_test("git is not installed");
	check_version("2");
	check_version("3");
	check_version("4");
}

Test(dry_git, missing_or_damaged_index_tracks_nothing)
{
	const char *d = tu_tmpdir();
	struct dry_git_index *ix;
	cr_assert_eq(dry_git_index_load(d, &ix), 0);
	cr_expect(!dry_git_tracked(ix, "a"));
	dry_git_index_free(ix);
	tu_write(d, ".git/index", "DIRC\0\0\0\2\0\0\0\5garbage", 19);
	cr_assert_eq(dry_git_index_load(d, &ix), 0);
	cr_expect(!dry_git_tracked(ix, "garbage"));
	dry_git_index_free(ix);
	tu_rmrf(d);
}

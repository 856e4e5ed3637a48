/*
 * test_dry_ignore — gitwildmatch patterns and .dvcignore files as git and
 * DVC apply them: anchoring, directory-only patterns, '**', negation, and
 * directories that hide what they hold.
 */
#include <criterion/criterion.h>

#include "dry_ignore.h"
#include "dry_testutil.h"

Test(dry_ignore, glob_stars_classes_and_escapes)
{
	cr_expect(dry_ignore_glob("*.pyc", "a.pyc"));
	cr_expect(!dry_ignore_glob("*.pyc", "d/a.pyc"));
	cr_expect(dry_ignore_glob("d/*.csv", "d/x.csv"));
	cr_expect(!dry_ignore_glob("d/*.csv", "d/e/x.csv"));
	cr_expect(dry_ignore_glob("**/x", "x"));
	cr_expect(dry_ignore_glob("**/x", "a/b/x"));
	cr_expect(dry_ignore_glob("a/**/b", "a/b"));
	cr_expect(dry_ignore_glob("a/**/b", "a/x/y/b"));
	cr_expect(!dry_ignore_glob("a/**/b", "ab"));
	cr_expect(dry_ignore_glob("a/**", "a/x/y"));
	cr_expect(!dry_ignore_glob("a/**", "a"));
	cr_expect(dry_ignore_glob("a**b", "axxb"));
	cr_expect(!dry_ignore_glob("a**b", "ax/b"));
	cr_expect(dry_ignore_glob("f?le", "file"));
	cr_expect(!dry_ignore_glob("f?le", "f/le"));
	cr_expect(dry_ignore_glob("[a-c]x", "bx"));
	cr_expect(!dry_ignore_glob("[!a-c]x", "bx"));
	cr_expect(dry_ignore_glob("[!a-c]x", "dx"));
	cr_expect(dry_ignore_glob("\\*x", "*x"));
	cr_expect(!dry_ignore_glob("\\*x", "ax"));
	cr_expect(dry_ignore_glob("[x", "[x"));
}

Test(dry_ignore, patterns_anchor_negate_and_match_directories)
{
	const char *root = tu_tmpdir();
	struct dry_ignore *ig;
	cr_assert_eq(dry_ignore_new(root, false, &ig), 0);
	cr_assert_eq(dry_ignore_add(ig, "", "# comment"), 0);
	cr_assert_eq(dry_ignore_add(ig, "", "*.log"), 0);
	cr_assert_eq(dry_ignore_add(ig, "", "!keep.log"), 0);
	cr_assert_eq(dry_ignore_add(ig, "", "/build"), 0);
	cr_assert_eq(dry_ignore_add(ig, "", "tmp/"), 0);
	cr_assert_eq(dry_ignore_add(ig, "sub", "local.txt"), 0);
	cr_expect(dry_ignore_match(ig, "a.log", false));
	cr_expect(dry_ignore_match(ig, "x/y/a.log", false));
	cr_expect(!dry_ignore_match(ig, "x/keep.log", false));
	cr_expect(dry_ignore_match(ig, "build", true));
	cr_expect(dry_ignore_match(ig, "build/out.bin", false));
	cr_expect(!dry_ignore_match(ig, "src/build", true));
	cr_expect(dry_ignore_match(ig, "a/tmp/f", false));
	cr_expect(!dry_ignore_match(ig, "tmp", false)); /* a file named tmp */
	cr_expect(dry_ignore_match(ig, "sub/local.txt", false));
	cr_expect(dry_ignore_match(ig, "sub/deep/local.txt", false));
	cr_expect(!dry_ignore_match(ig, "local.txt", false));
	cr_expect(dry_ignore_match(ig, ".git/config", false));
	cr_expect(dry_ignore_match(ig, "sub/.dvc/config", false));
	cr_expect(!dry_ignore_match(ig, "data.csv", false));
	dry_ignore_free(ig);
	tu_rmrf(root);
}

Test(dry_ignore, dvcignore_files_apply_below_their_directory)
{
	const char *root = tu_tmpdir();
	tu_writes(root, ".dvcignore", "*.tmp\n/cache/\n");
	tu_writes(root, "data/.dvcignore", "raw\n!raw/keep\n");
	struct dry_ignore *ig;
	cr_assert_eq(dry_ignore_new(root, true, &ig), 0);
	cr_expect(dry_ignore_match(ig, "x.tmp", false));
	cr_expect(dry_ignore_match(ig, "a/b/x.tmp", false));
	cr_expect(dry_ignore_match(ig, "cache/f", false));
	cr_expect(!dry_ignore_match(ig, "a/cache/f", false));
	cr_expect(dry_ignore_match(ig, "data/raw", false));
	/* Inside an ignored directory nothing comes back. */
	cr_expect(dry_ignore_match(ig, "data/raw/keep", false));
	cr_expect(!dry_ignore_match(ig, "raw", false));
	cr_expect(!dry_ignore_match(ig, "data/clean.csv", false));
	dry_ignore_free(ig);
	tu_rmrf(root);
}

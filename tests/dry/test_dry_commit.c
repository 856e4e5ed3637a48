/*
 * test_dry_commit — atomic replacement of files, DVC's cache layout as
 * `dvc commit` leaves it (dvc-format.md §6), cache.dir from .dvc/config,
 * and .gitignore entries as scmrepo writes them.
 */
#include <criterion/criterion.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "dry_commit.h"
#include "dry_hash.h"
#include "dry_testutil.h"

static const char *dir;

static void setup(void)
{
	dir = tu_tmpdir();
}

static void teardown(void)
{
	tu_rmrf(dir);
}

TestSuite(dry_commit, .init = setup, .fini = teardown);

static int count_entries(const char *d)
{
	DIR *dd = opendir(d);
	cr_assert_not_null(dd);
	int n = 0;
	struct dirent *de;
	while ((de = readdir(dd)))
		n += strcmp(de->d_name, ".") && strcmp(de->d_name, "..");
	closedir(dd);
	return n;
}

Test(dry_commit, atomic_write_replaces_content_keeps_mode_leaves_no_temp)
{
	tu_writes(dir, "dvc.yaml", "old\n");
	chmod(tu_path(dir, "dvc.yaml"), 0640);
	struct stat before;
	stat(tu_path(dir, "dvc.yaml"), &before);
	cr_assert_eq(dry_write_atomic(tu_path(dir, "dvc.yaml"), "new\n", 4), 0);
	char *t = tu_read(dir, "dvc.yaml", NULL);
	cr_expect_str_eq(t, "new\n");
	free(t);
	struct stat after;
	stat(tu_path(dir, "dvc.yaml"), &after);
	cr_expect_eq(after.st_mode & 07777, 0640);
	cr_expect_neq(after.st_ino, before.st_ino, "renamed into place, not rewritten");
	cr_expect_eq(count_entries(dir), 1);
}

Test(dry_commit, atomic_write_fails_cleanly_in_a_missing_directory)
{
	cr_expect_eq(dry_write_atomic(tu_path(dir, "nodir/dvc.lock"), "x", 1), -ENOENT);
	cr_expect_eq(count_entries(dir), 0);
}

static char *cache_of(void)
{
	char *c = NULL;
	cr_assert_eq(dry_cache_dir(dir, &c), 0);
	return c;
}

Test(dry_commit, cache_dir_defaults_and_follows_config)
{
	tu_mkdir(dir, ".dvc");
	char *c = cache_of(), want[4096];
	snprintf(want, sizeof(want), "%s/.dvc/cache", dir);
	cr_expect_str_eq(c, want);
	free(c);
	tu_writes(dir, ".dvc/config", "[core]\n    remote = s3\n['remote \"s3\"']\n    url = s3://b\n"
				      "[cache]\n    type = reflink,copy\n    dir = ../shared-cache\n");
	c = cache_of();
	snprintf(want, sizeof(want), "%s/shared-cache", dir);
	cr_expect_str_eq(c, want);
	free(c);
	tu_writes(dir, ".dvc/config.local", "[cache]\ndir = '/var/dvc cache'\n");
	c = cache_of();
	cr_expect_str_eq(c, "/var/dvc cache");
	free(c);
}

Test(dry_commit, file_object_is_a_read_only_copy_at_files_md5)
{
	tu_writes(dir, "C", "alpha\nbeta\n");
	cr_assert_eq(dry_cache_put_file(tu_path(dir, "cache"), DRY_HASH_MD5, tu_path(dir, "C"),
					"852e77b490fb4e8653fbc11f4c6f89c2"), 0);
	const char *rel = "cache/files/md5/85/2e77b490fb4e8653fbc11f4c6f89c2";
	char *t = tu_read(dir, rel, NULL);
	cr_expect_str_eq(t, "alpha\nbeta\n");
	free(t);
	struct stat st;
	cr_assert_eq(stat(tu_path(dir, rel), &st), 0);
	cr_expect_eq(st.st_mode & 0777, 0444);
	cr_expect_eq(count_entries(tu_path(dir, "cache/files/md5/85")), 1, "no temporary left");
	/* The workspace file is untouched and still writable. */
	cr_assert_eq(stat(tu_path(dir, "C"), &st), 0);
	cr_expect_eq(st.st_mode & 0200, 0200);
}

Test(dry_commit, existing_read_only_object_is_trusted_writable_one_replaced)
{
	const char *rel = "cache/files/md5/ac/bd18db4cc2f85cedef654fccc4a4d8";
	tu_writes(dir, rel, "foo");
	chmod(tu_path(dir, rel), 0444);
	struct stat before, after;
	stat(tu_path(dir, rel), &before);
	tu_writes(dir, "foo", "foo");
	cr_assert_eq(dry_cache_put_file(tu_path(dir, "cache"), DRY_HASH_MD5, tu_path(dir, "foo"),
					"acbd18db4cc2f85cedef654fccc4a4d8"), 0);
	stat(tu_path(dir, rel), &after);
	cr_expect_eq(after.st_ino, before.st_ino);

	chmod(tu_path(dir, rel), 0644);
	tu_writes(dir, rel, "garbage");
	cr_assert_eq(dry_cache_put_file(tu_path(dir, "cache"), DRY_HASH_MD5, tu_path(dir, "foo"),
					"acbd18db4cc2f85cedef654fccc4a4d8"), 0);
	char *t = tu_read(dir, rel, NULL);
	cr_expect_str_eq(t, "foo");
	free(t);
}

Test(dry_commit, directory_object_holds_the_listing_and_every_file)
{
	tu_writes(dir, "D/a", "alpha\n");
	tu_writes(dir, "D/b", "beta\n");
	struct dry_dir_listing *l;
	cr_assert_eq(dry_dir_list(AT_FDCWD, tu_path(dir, "D"), DRY_HASH_MD5, NULL, NULL, &l), 0);
	cr_assert_eq(dry_cache_put_dir(tu_path(dir, "cache"), DRY_HASH_MD5, tu_path(dir, "D"), l), 0);
	dry_dir_listing_free(l);
	char *t = tu_read(dir, "cache/files/md5/2e/0c5241843f0f877499ae90632f1c3e.dir", NULL);
	cr_expect_str_eq(t, "[{\"md5\": \"9f9f90dbe3e5ee1218c86b8839db1995\", \"relpath\": \"a\"}, "
			    "{\"md5\": \"f0cf2a92516045024a0c99147b28f05b\", \"relpath\": \"b\"}]");
	free(t);
	t = tu_read(dir, "cache/files/md5/9f/9f90dbe3e5ee1218c86b8839db1995", NULL);
	cr_expect_str_eq(t, "alpha\n");
	free(t);
	t = tu_read(dir, "cache/files/md5/f0/cf2a92516045024a0c99147b28f05b", NULL);
	cr_expect_str_eq(t, "beta\n");
	free(t);
}

Test(dry_commit, legacy_objects_have_no_files_md5_prefix)
{
	char *p = dry_cache_object_path("/c", DRY_HASH_MD5_DOS2UNIX, "dd8c6a395b5dd36c56d23275028f526c");
	cr_expect_str_eq(p, "/c/dd/8c6a395b5dd36c56d23275028f526c");
	free(p);
	p = dry_cache_object_path("/c", DRY_HASH_MD5, "2e0c5241843f0f877499ae90632f1c3e.dir");
	cr_expect_str_eq(p, "/c/files/md5/2e/0c5241843f0f877499ae90632f1c3e.dir");
	free(p);
}

Test(dry_commit, large_file_copies_whole)
{
	size_t n = 3u << 20;
	char *data = malloc(n);
	for (size_t i = 0; i < n; i++)
		data[i] = (char)(i * 7 + i / 4096);
	tu_write(dir, "big", data, n);
	char md5[DRY_MD5_HEX_LEN + 1];
	dry_md5_hex(data, n, md5);
	cr_assert_eq(dry_cache_put_file(tu_path(dir, "cache"), DRY_HASH_MD5, tu_path(dir, "big"), md5), 0);
	char *obj = dry_cache_object_path(tu_path(dir, "cache"), DRY_HASH_MD5, md5);
	size_t len;
	char *back = tu_read("/", obj, &len);
	cr_assert_not_null(back);
	cr_expect_eq(len, n);
	cr_expect(!memcmp(back, data, n));
	free(back);
	free(obj);
	free(data);
}

Test(dry_commit, gitignore_gets_escaped_slash_entries_once)
{
	cr_assert_eq(dry_gitignore_add(dir, "C"), 0);
	cr_assert_eq(dry_gitignore_add(dir, "C"), 0);
	cr_assert_eq(dry_gitignore_add(dir, "out[1]*.csv"), 0);
	char *t = tu_read(dir, ".gitignore", NULL);
	cr_expect_str_eq(t, "/C\n/out\\[1\\]\\*.csv\n");
	free(t);
	tu_writes(dir, "sub/.gitignore", "*.log");
	cr_assert_eq(dry_gitignore_add(dir, "sub/model #2!"), 0);
	t = tu_read(dir, "sub/.gitignore", NULL);
	cr_expect_str_eq(t, "*.log\n/model \\#2\\!\n");
	free(t);
}

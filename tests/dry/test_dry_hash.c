/*
 * test_dry_hash — file and directory checksums against dvc-format.md §3, §4
 * and the §8 test vectors, plus the walk rules (symlinks, built-in ignores,
 * sub-repositories, .dvcignore, chunk boundaries of md5-dos2unix).
 */
#include <criterion/criterion.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "dry_buf.h"
#include "dry_error.h"
#include "dry_hash.h"
#include "dry_json.h"
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

TestSuite(dry_hash, .init = setup, .fini = teardown);

static struct dry_hash_info hash_bytes(const void *data, size_t len, enum dry_hash_kind kind)
{
	tu_write(dir, "f", data, len);
	struct dry_hash_info info;
	int err = dry_hash_path(AT_FDCWD, tu_path(dir, "f"), kind, NULL, NULL, &info);
	cr_assert_eq(err, 0, "hash: %s", dry_strerror(err));
	return info;
}

/* The §8 table: input, raw md5, md5-dos2unix. */
static const struct {
	const char *data;
	size_t len;
	const char *raw, *d2u;
} vectors[] = {
	{ "", 0, "d41d8cd98f00b204e9800998ecf8427e", "d41d8cd98f00b204e9800998ecf8427e" },
	{ "foo", 3, "acbd18db4cc2f85cedef654fccc4a4d8", "acbd18db4cc2f85cedef654fccc4a4d8" },
	{ "hello\n", 6, "b1946ac92492d2347c6235b4d2611184", "b1946ac92492d2347c6235b4d2611184" },
	{ "a\r\nb\r\n", 6, "59b0d7772f0561efb95518f3cb8abc60", "dd8c6a395b5dd36c56d23275028f526c" },
	{ "\x00\r\n\x01", 4, "6fb1bb143e07d52be6b9f2c90cd306c4", "6fb1bb143e07d52be6b9f2c90cd306c4" },
	{ "\xff\xfe\xfd" "abcde\r\n", 10, "25e347e478018c9a10c860c2ec276558",
	  "796e56e162c64b98f57e34e598424af9" },
	{ "\xff\xfe\xfd\xfc" "abcd\r\n", 10, "7925581e73fb89980018f7dbed034e37",
	  "7925581e73fb89980018f7dbed034e37" },
};

Test(dry_hash, file_vectors_of_spec_section_8_raw_md5)
{
	for (size_t i = 0; i < sizeof(vectors) / sizeof(vectors[0]); i++) {
		struct dry_hash_info info = hash_bytes(vectors[i].data, vectors[i].len, DRY_HASH_MD5);
		cr_expect_str_eq(info.md5, vectors[i].raw, "vector %zu", i);
		cr_expect_eq(info.size, vectors[i].len);
		cr_expect(!info.isdir && !info.isexec);
	}
}

Test(dry_hash, file_vectors_of_spec_section_8_md5_dos2unix)
{
	for (size_t i = 0; i < sizeof(vectors) / sizeof(vectors[0]); i++) {
		struct dry_hash_info info = hash_bytes(vectors[i].data, vectors[i].len,
						       DRY_HASH_MD5_DOS2UNIX);
		cr_expect_str_eq(info.md5, vectors[i].d2u, "vector %zu", i);
	}
}

Test(dry_hash, md5_of_memory_is_lowercase_hex)
{
	char hex[DRY_MD5_HEX_LEN + 1];
	dry_md5_hex("foo", 3, hex);
	cr_assert_str_eq(hex, "acbd18db4cc2f85cedef654fccc4a4d8");
}

Test(dry_hash, text_test_counts_thirty_percent_exactly)
{
	cr_expect(dry_is_text_block("", 0));
	cr_expect(dry_is_text_block("\xff\xfe\xfd" "abcdefg", 10));  /* 3 of 10 */
	cr_expect(!dry_is_text_block("\xff\xfe\xfd\xfc" "abcdef", 10)); /* 4 of 10 */
	cr_expect(!dry_is_text_block("abc\0def", 7));
	cr_expect(dry_is_text_block("\b\f\t\r\n x~", 8));
	cr_expect(!dry_is_text_block("\x1b\x1b\x1b\x1b" "ab", 6));
}

Test(dry_hash, text_test_looks_at_first_512_bytes_only)
{
	char block[1024];
	memset(block, 'a', 512);
	memset(block + 512, 0, 512); /* a NUL after the first 512 bytes */
	cr_expect(dry_is_text_block(block, sizeof(block)));
}

Test(dry_hash, dos2unix_leaves_crlf_across_a_1mib_chunk_boundary)
{
	size_t n = (1u << 20) - 1;
	char *data = malloc(n + 5);
	memset(data, 'a', n);
	memcpy(data + n, "\r\nb\r\n", 5);
	struct dry_hash_info raw = hash_bytes(data, n + 5, DRY_HASH_MD5);
	struct dry_hash_info d2u = hash_bytes(data, n + 5, DRY_HASH_MD5_DOS2UNIX);
	/* Computed with python3 hashlib: md5(data) and md5("a"*(2^20-1) + "\r\nb\n"). */
	cr_expect_str_eq(raw.md5, "e0bc301cdd0940f2de68d786f8e52418");
	cr_expect_str_eq(d2u.md5, "deb8178cc400550795d42d701b97846d");
	free(data);
}

Test(dry_hash, dos2unix_classifies_the_file_once_from_its_first_chunk)
{
	/* A text first chunk, then a chunk with a NUL: DVC 2.x still rewrites
	 * the CRLF of the second chunk. */
	size_t n = 1u << 20;
	char *data = malloc(n + 3);
	memset(data, 'a', n);
	memcpy(data + n, "\0\r\n", 3);
	cr_expect_str_eq(hash_bytes(data, n + 3, DRY_HASH_MD5).md5, "aceb5b5491f0767dd6cd310bdf692732");
	cr_expect_str_eq(hash_bytes(data, n + 3, DRY_HASH_MD5_DOS2UNIX).md5,
			 "c29239214697677fc9cf57fdf8e7d9b4");
	free(data);
}

Test(dry_hash, executable_file_has_isexec)
{
	tu_writes(dir, "run.sh", "#!/bin/sh\n");
	chmod(tu_path(dir, "run.sh"), 0710);
	struct dry_hash_info info;
	cr_assert_eq(dry_hash_path(AT_FDCWD, tu_path(dir, "run.sh"), DRY_HASH_MD5, NULL, NULL, &info), 0);
	cr_expect(info.isexec);
	chmod(tu_path(dir, "run.sh"), 0644);
	cr_assert_eq(dry_hash_path(AT_FDCWD, tu_path(dir, "run.sh"), DRY_HASH_MD5, NULL, NULL, &info), 0);
	cr_expect(!info.isexec);
}

Test(dry_hash, symlink_to_file_is_hashed_as_its_target)
{
	tu_writes(dir, "target", "foo");
	chmod(tu_path(dir, "target"), 0755);
	cr_assert_eq(symlink("target", tu_path(dir, "link")), 0);
	struct dry_hash_info info;
	cr_assert_eq(dry_hash_path(AT_FDCWD, tu_path(dir, "link"), DRY_HASH_MD5, NULL, NULL, &info), 0);
	cr_expect_str_eq(info.md5, "acbd18db4cc2f85cedef654fccc4a4d8");
	cr_expect_eq(info.size, 3);
	cr_expect(info.isexec);
}

Test(dry_hash, fifo_is_refused)
{
	cr_assert_eq(mkfifo(tu_path(dir, "p"), 0644), 0);
	struct dry_hash_info info;
	cr_expect_eq(dry_hash_path(AT_FDCWD, tu_path(dir, "p"), DRY_HASH_MD5, NULL, NULL, &info),
		     DRY_E_NOT_FILE);
}

Test(dry_hash, missing_path_is_enoent)
{
	struct dry_hash_info info;
	cr_expect_eq(dry_hash_path(AT_FDCWD, tu_path(dir, "nope"), DRY_HASH_MD5, NULL, NULL, &info),
		     -ENOENT);
}

static struct dry_hash_info hash_dir(const char *rel)
{
	struct dry_hash_info info;
	int err = dry_hash_path(AT_FDCWD, tu_path(dir, rel), DRY_HASH_MD5, NULL, NULL, &info);
	cr_assert_eq(err, 0, "hash %s: %s", rel, dry_strerror(err));
	cr_assert(info.isdir);
	return info;
}

Test(dry_hash, empty_directory_vector)
{
	tu_mkdir(dir, "E");
	struct dry_hash_info info = hash_dir("E");
	cr_expect_str_eq(info.md5, "d751713988987e9331980363e24189ce.dir");
	cr_expect_eq(info.size, 0);
	cr_expect_eq(info.nfiles, 0);
}

static void make_section4_dir(void)
{
	tu_writes(dir, "D/a-b", "1\n");
	tu_writes(dir, "D/a.b", "2\n");
	tu_writes(dir, "D/a/b", "3\n");
	tu_writes(dir, "D/sub/x.txt", "hello\n");
	tu_writes(dir, "D/caf\xc3\xa9", "x");
	tu_mkdir(dir, "D/empty");
}

Test(dry_hash, directory_of_section_4_listing_and_hash)
{
	make_section4_dir();
	struct dry_dir_listing *l;
	cr_assert_eq(dry_dir_list(AT_FDCWD, tu_path(dir, "D"), DRY_HASH_MD5, NULL, NULL, &l), 0);
	cr_expect_str_eq(l->json,
		"[{\"md5\": \"b026324c6904b2a9cb4b88d6d61c81d1\", \"relpath\": \"a-b\"}, "
		"{\"md5\": \"26ab0db90d72e28ad0ba1e22ee510510\", \"relpath\": \"a.b\"}, "
		"{\"md5\": \"6d7fce9fee471194aa8b5b6e47267f03\", \"relpath\": \"a/b\"}, "
		"{\"md5\": \"9dd4e461268c8034f5c8564e155c67a6\", \"relpath\": \"caf\\u00e9\"}, "
		"{\"md5\": \"b1946ac92492d2347c6235b4d2611184\", \"relpath\": \"sub/x.txt\"}]");
	cr_expect_eq(l->json_len, strlen(l->json));
	dry_dir_listing_free(l);

	struct dry_hash_info info = hash_dir("D");
	cr_expect_str_eq(info.md5, "6bcf360d91a8f31149a05dc052c4f577.dir");
	cr_expect_eq(info.size, 13);
	cr_expect_eq(info.nfiles, 5);
	cr_expect(!info.isexec);
}

Test(dry_hash, directory_of_section_4_same_under_dos2unix)
{
	make_section4_dir();
	struct dry_hash_info info;
	cr_assert_eq(dry_hash_path(AT_FDCWD, tu_path(dir, "D"), DRY_HASH_MD5_DOS2UNIX, NULL, NULL,
				   &info), 0);
	cr_expect_str_eq(info.md5, "6bcf360d91a8f31149a05dc052c4f577.dir");
}

Test(dry_hash, directory_of_section_7)
{
	tu_writes(dir, "D/a", "alpha\n");
	tu_writes(dir, "D/b", "beta\n");
	struct dry_hash_info info = hash_dir("D");
	cr_expect_str_eq(info.md5, "2e0c5241843f0f877499ae90632f1c3e.dir");
	cr_expect_eq(info.size, 11);
	cr_expect_eq(info.nfiles, 2);
}

Test(dry_hash, directory_walk_skips_dir_symlinks_and_follows_file_symlinks)
{
	tu_writes(dir, "D/a", "alpha\n");
	tu_writes(dir, "other/b", "beta\n");
	cr_assert_eq(symlink("../other", tu_path(dir, "D/dirlink")), 0);
	cr_assert_eq(symlink("../other/b", tu_path(dir, "D/b")), 0);
	/* Same content as §7's D: a = alpha, b = beta (through the link). */
	struct dry_hash_info info = hash_dir("D");
	cr_expect_str_eq(info.md5, "2e0c5241843f0f877499ae90632f1c3e.dir");
	cr_expect_eq(info.nfiles, 2);
}

Test(dry_hash, directory_with_broken_symlink_fails)
{
	tu_writes(dir, "D/a", "alpha\n");
	cr_assert_eq(symlink("missing", tu_path(dir, "D/broken")), 0);
	struct dry_hash_info info;
	cr_expect_eq(dry_hash_path(AT_FDCWD, tu_path(dir, "D"), DRY_HASH_MD5, NULL, NULL, &info),
		     -ENOENT);
}

Test(dry_hash, directory_walk_prunes_builtin_ignores_and_subrepos)
{
	tu_writes(dir, "D/a", "alpha\n");
	tu_writes(dir, "D/b", "beta\n");
	tu_writes(dir, "D/.git", "gitdir: elsewhere\n");
	tu_writes(dir, "D/sub/.git/HEAD", "ref\n");
	tu_writes(dir, "D/.hg/x", "x");
	tu_writes(dir, "D/.dvc/config", "");
	tu_writes(dir, "D/repo/.dvc/config", "");
	tu_writes(dir, "D/repo/data", "data");
	struct dry_hash_info info = hash_dir("D");
	cr_expect_str_eq(info.md5, "2e0c5241843f0f877499ae90632f1c3e.dir");
}

Test(dry_hash, directory_holding_dvcignore_is_refused)
{
	tu_writes(dir, "D/a", "alpha\n");
	tu_writes(dir, "D/sub/.dvcignore", "*.tmp\n");
	struct dry_hash_info info;
	cr_expect_eq(dry_hash_path(AT_FDCWD, tu_path(dir, "D"), DRY_HASH_MD5, NULL, NULL, &info),
		     DRY_E_DVCIGNORE);
}

static bool skip_tmp(void *ctx, const char *relpath, bool isdir)
{
	(*(int *)ctx)++;
	size_t n = strlen(relpath);
	return (!isdir && n > 4 && !strcmp(relpath + n - 4, ".tmp")) || !strcmp(relpath, "cache");
}

Test(dry_hash, directory_walk_asks_the_filter_with_relpaths)
{
	tu_writes(dir, "D/a", "alpha\n");
	tu_writes(dir, "D/b", "beta\n");
	tu_writes(dir, "D/x.tmp", "tmp");
	tu_writes(dir, "D/cache/big", "big");
	int calls = 0;
	struct dry_hash_info info;
	cr_assert_eq(dry_hash_path(AT_FDCWD, tu_path(dir, "D"), DRY_HASH_MD5, skip_tmp, &calls, &info), 0);
	cr_expect_str_eq(info.md5, "2e0c5241843f0f877499ae90632f1c3e.dir");
	cr_expect_eq(calls, 4); /* a, b, x.tmp, cache; never cache/big */
}

Test(dry_hash, directory_listing_escapes_names_like_python_json)
{
	tu_writes(dir, "D/q\"x", "");
	tu_writes(dir, "D/n\nl", "");
	tu_writes(dir, "D/\xf0\x9f\x98\x80", "");
	tu_writes(dir, "D/\xff", "");
	struct dry_dir_listing *l;
	cr_assert_eq(dry_dir_list(AT_FDCWD, tu_path(dir, "D"), DRY_HASH_MD5, NULL, NULL, &l), 0);
	/* Bytewise order: "n\nl" < "q\"x" < 0xF0... < 0xFF. */
	cr_expect_str_eq(l->json,
		"[{\"md5\": \"d41d8cd98f00b204e9800998ecf8427e\", \"relpath\": \"n\\nl\"}, "
		"{\"md5\": \"d41d8cd98f00b204e9800998ecf8427e\", \"relpath\": \"q\\\"x\"}, "
		"{\"md5\": \"d41d8cd98f00b204e9800998ecf8427e\", \"relpath\": \"\\ud83d\\ude00\"}, "
		"{\"md5\": \"d41d8cd98f00b204e9800998ecf8427e\", \"relpath\": \"\\udcff\"}]");
	dry_dir_listing_free(l);
}

static const char *json_of(const char *s, size_t len)
{
	static struct dry_buf b;
	dry_buf_reset(&b);
	dry_json_add_string(&b, s, len);
	return dry_buf_str(&b);
}

Test(dry_hash, json_strings_escape_as_python_ensure_ascii)
{
	/* Expected values printed by python3: json.dumps(os.fsdecode(bytes)). */
	cr_expect_str_eq(json_of("b\\s", 3), "\"b\\\\s\"");
	cr_expect_str_eq(json_of("t\tb", 3), "\"t\\tb\"");
	cr_expect_str_eq(json_of("\b\f\r", 3), "\"\\b\\f\\r\"");
	cr_expect_str_eq(json_of("c\x01", 2), "\"c\\u0001\"");
	cr_expect_str_eq(json_of("d\x7f", 2), "\"d\\u007f\"");
	cr_expect_str_eq(json_of("\xc3\xa9", 2), "\"\\u00e9\"");
	cr_expect_str_eq(json_of("\xe2\x82", 2), "\"\\udce2\\udc82\"");
	cr_expect_str_eq(json_of("\xed\xa0\x80", 3), "\"\\udced\\udca0\\udc80\"");
	cr_expect_str_eq(json_of("sl/ash", 6), "\"sl/ash\"");
	cr_expect_str_eq(json_of("a\0b", 3), "\"a\\u0000b\"");
}

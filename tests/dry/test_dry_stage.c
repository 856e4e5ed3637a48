/*
 * test_dry_stage — the dvc.yaml entry, the dvc.lock entry and the legacy
 * .dvc file of a stage, byte for byte as dvc-format.md §1, §2, §5 and §7
 * show them, and the stage md5 vectors of §5 and §8.
 */
#include <criterion/criterion.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>

#include "dry_buf.h"
#include "dry_hash.h"
#include "dry_stage.h"
#include "dry_testutil.h"
#include "dry_yaml.h"

#define SEC7_CMD "sh -c \"cat A B > C && mkdir -p D && cp A D/a && cp B D/b\""

static const char *dir;

static void setup(void)
{
	dir = tu_tmpdir();
}

static void teardown(void)
{
	tu_rmrf(dir);
}

TestSuite(dry_stage, .init = setup, .fini = teardown);

static struct dry_hash_info hash(const char *rel, enum dry_hash_kind kind)
{
	struct dry_hash_info h;
	cr_assert_eq(dry_hash_path(AT_FDCWD, tu_path(dir, rel), kind, NULL, NULL, &h), 0);
	return h;
}

/* The §7 example after its command ran: A, B read; C and D/ written. */
static void section7_stage(struct dry_stage *st, enum dry_hash_kind kind)
{
	tu_writes(dir, "A", "alpha\n");
	tu_writes(dir, "B", "beta\n");
	tu_writes(dir, "C", "alpha\nbeta\n");
	tu_writes(dir, "D/a", "alpha\n");
	tu_writes(dir, "D/b", "beta\n");
	cr_assert_eq(dry_stage_init(st, "prep", SEC7_CMD, ".", kind), 0);
	/* Added out of order: the stage keeps them sorted. */
	struct dry_hash_info b = hash("B", kind), a = hash("A", kind);
	struct dry_hash_info d = hash("D", kind), c = hash("C", kind);
	cr_assert_eq(dry_stage_add_dep(st, "B", &b), 0);
	cr_assert_eq(dry_stage_add_dep(st, "A", &a), 0);
	cr_assert_eq(dry_stage_add_out(st, "D", &d, false, false), 0);
	cr_assert_eq(dry_stage_add_out(st, "C", &c, false, false), 0);
}

/* Emits ENTRY as the only stage under "stages:", with PREFIX lines first. */
static char *as_file(const char *prefix, const char *name, struct dry_val *entry)
{
	struct dry_val *stages = dry_val_map();
	dry_val_set(stages, name, entry);
	struct dry_val *doc = dry_val_map();
	dry_val_set(doc, "stages", stages);
	struct dry_buf b = DRY_BUF_INIT;
	dry_buf_adds(&b, prefix);
	cr_assert_eq(dry_yaml_emit(&b, doc, 0), 0);
	dry_val_free(doc);
	return dry_buf_steal(&b, NULL);
}

Test(dry_stage, pipeline_entry_of_section_7)
{
	struct dry_stage st;
	section7_stage(&st, DRY_HASH_MD5);
	char *text = as_file("", st.name, dry_stage_pipeline_entry(&st));
	cr_expect_str_eq(text,
		"stages:\n"
		"  prep:\n"
		"    cmd: sh -c \"cat A B > C && mkdir -p D && cp A D/a && cp B D/b\"\n"
		"    deps:\n"
		"    - A\n"
		"    - B\n"
		"    outs:\n"
		"    - C\n"
		"    - D\n");
	free(text);
	dry_stage_free(&st);
}

Test(dry_stage, lock_entry_of_section_7)
{
	struct dry_stage st;
	section7_stage(&st, DRY_HASH_MD5);
	char *text = as_file("schema: '2.0'\n", st.name, dry_stage_lock_entry(&st));
	cr_expect_str_eq(text,
		"schema: '2.0'\n"
		"stages:\n"
		"  prep:\n"
		"    cmd: sh -c \"cat A B > C && mkdir -p D && cp A D/a && cp B D/b\"\n"
		"    deps:\n"
		"    - path: A\n"
		"      hash: md5\n"
		"      md5: 9f9f90dbe3e5ee1218c86b8839db1995\n"
		"      size: 6\n"
		"    - path: B\n"
		"      hash: md5\n"
		"      md5: f0cf2a92516045024a0c99147b28f05b\n"
		"      size: 5\n"
		"    outs:\n"
		"    - path: C\n"
		"      hash: md5\n"
		"      md5: 852e77b490fb4e8653fbc11f4c6f89c2\n"
		"      size: 11\n"
		"    - path: D\n"
		"      hash: md5\n"
		"      md5: 2e0c5241843f0f877499ae90632f1c3e.dir\n"
		"      size: 11\n"
		"      nfiles: 2\n");
	free(text);
	dry_stage_free(&st);
}

static char *emit_doc(struct dry_val *doc)
{
	struct dry_buf b = DRY_BUF_INIT;
	cr_assert_eq(dry_yaml_emit(&b, doc, 0), 0);
	dry_val_free(doc);
	return dry_buf_steal(&b, NULL);
}

Test(dry_stage, legacy_file_of_section_7_with_meta)
{
	struct dry_stage st;
	section7_stage(&st, DRY_HASH_MD5_DOS2UNIX);
	char *text = emit_doc(dry_stage_legacy_file(&st));
	cr_expect_str_eq(text,
		"md5: 38307b70759c703fe4d75bd3784a8bb3\n"
		"cmd: sh -c \"cat A B > C && mkdir -p D && cp A D/a && cp B D/b\"\n"
		"deps:\n"
		"- md5: 9f9f90dbe3e5ee1218c86b8839db1995\n"
		"  size: 6\n"
		"  path: A\n"
		"- md5: f0cf2a92516045024a0c99147b28f05b\n"
		"  size: 5\n"
		"  path: B\n"
		"outs:\n"
		"- md5: 852e77b490fb4e8653fbc11f4c6f89c2\n"
		"  size: 11\n"
		"  path: C\n"
		"- md5: 2e0c5241843f0f877499ae90632f1c3e.dir\n"
		"  size: 11\n"
		"  nfiles: 2\n"
		"  path: D\n"
		"meta:\n"
		"  created-by: dry\n");
	free(text);
	dry_stage_free(&st);
}

Test(dry_stage, stage_md5_vector_of_dvc_test_suite)
{
	/* dvc tests/func/test_stage.py test_md5_ignores_annotations, §5. */
	struct dry_val *o = dry_val_map();
	dry_val_set(o, "md5", dry_val_str("d3b07384d113edec49eaa6238ad5ff00"));
	dry_val_set(o, "size", dry_val_int(4));
	dry_val_set(o, "hash", dry_val_str("md5"));
	dry_val_set(o, "path", dry_val_str("foo"));
	dry_val_set(o, "desc", dry_val_str("foo desc"));
	dry_val_set(o, "type", dry_val_str("mytype"));
	dry_val_set(o, "labels", dry_val_list());
	dry_val_set(o, "meta", dry_val_map());
	dry_val_set(o, "persist", dry_val_bool(true));
	struct dry_val *outs = dry_val_list();
	dry_val_push(outs, o);
	struct dry_val *d = dry_val_map();
	dry_val_set(d, "desc", dry_val_str("stage desc"));
	dry_val_set(d, "meta", dry_val_map());
	dry_val_set(d, "outs", outs);
	char md5[DRY_MD5_HEX_LEN + 1];
	cr_assert_eq(dry_stage_md5(d, md5), 0);
	cr_expect_str_eq(md5, "cde267b60ef5a00e9a35cc1999ab83a3");
	dry_val_free(d);
}

Test(dry_stage, stage_md5_keeps_wdir_and_cache_false_drops_frozen_and_persist)
{
	/* Expected values: python3 hashlib.md5(json.dumps(d, sort_keys=True)). */
	char md5[DRY_MD5_HEX_LEN + 1];
	struct dry_val *a = dry_val_map();
	dry_val_set(a, "cmd", dry_val_str("x"));
	cr_assert_eq(dry_stage_md5(a, md5), 0);
	cr_expect_str_eq(md5, "6231c5e414a592f89b382d68b148eec9");
	dry_val_set(a, "wdir", dry_val_str("sub"));
	dry_val_set(a, "frozen", dry_val_bool(true));
	cr_assert_eq(dry_stage_md5(a, md5), 0);
	cr_expect_str_eq(md5, "0e58b005a96b5248c41ba77a93175ca5");
	dry_val_free(a);

	struct dry_val *o = dry_val_map();
	dry_val_set(o, "md5", dry_val_str("acbd18db4cc2f85cedef654fccc4a4d8"));
	dry_val_set(o, "size", dry_val_int(3));
	dry_val_set(o, "nfiles", dry_val_int(1));
	dry_val_set(o, "isexec", dry_val_bool(true));
	dry_val_set(o, "path", dry_val_str("o"));
	dry_val_set(o, "cache", dry_val_bool(false));
	dry_val_set(o, "persist", dry_val_bool(true));
	struct dry_val *outs = dry_val_list();
	dry_val_push(outs, o);
	struct dry_val *b = dry_val_map();
	dry_val_set(b, "md5", dry_val_str("ffffffffffffffffffffffffffffffff"));
	dry_val_set(b, "cmd", dry_val_str("x"));
	dry_val_set(b, "outs", outs);
	cr_assert_eq(dry_stage_md5(b, md5), 0);
	cr_expect_str_eq(md5, "19afcf1602888cae52782cf3f942598c");
	dry_val_free(b);
}

Test(dry_stage, outs_with_flags_become_path_maps)
{
	struct dry_stage st;
	cr_assert_eq(dry_stage_init(&st, "s", "python s.py", "sub", DRY_HASH_MD5), 0);
	struct dry_hash_info h = { .md5 = "acbd18db4cc2f85cedef654fccc4a4d8", .size = 3, .isexec = true };
	cr_assert_eq(dry_stage_add_out(&st, "log", &h, true, false), 0);
	cr_assert_eq(dry_stage_add_out(&st, "tmp", &h, false, true), 0);
	cr_assert_eq(dry_stage_add_out(&st, "a", &h, false, false), 0);
	cr_expect_eq(dry_stage_add_out(&st, "a", &h, false, false), -EEXIST);
	char *text = as_file("", st.name, dry_stage_pipeline_entry(&st));
	cr_expect_str_eq(text,
		"stages:\n"
		"  s:\n"
		"    cmd: python s.py\n"
		"    wdir: sub\n"
		"    outs:\n"
		"    - a\n"
		"    - log:\n"
		"        persist: true\n"
		"    - tmp:\n"
		"        cache: false\n");
	free(text);
	text = as_file("", st.name, dry_stage_lock_entry(&st));
	cr_expect(strstr(text, "    - path: a\n      hash: md5\n      md5: acbd18db4cc2f85cedef654fccc4a4d8\n"
			 "      size: 3\n      isexec: true\n"));
	cr_expect(!strstr(text, "persist"));
	free(text);
	/* Legacy: persistent outs first, then no-cache, then plain; flags last. */
	text = emit_doc(dry_stage_legacy_file(&st));
	const char *log = strstr(text, "path: log\n  persist: true\n");
	const char *tmp = strstr(text, "path: tmp\n  cache: false\n");
	const char *a = strstr(text, "path: a\n");
	cr_expect(log && tmp && a && log < tmp && tmp < a, "%s", text);
	cr_expect(strstr(text, "wdir: sub\n"));
	free(text);
	dry_stage_free(&st);
}

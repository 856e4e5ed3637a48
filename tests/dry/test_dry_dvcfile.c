/*
 * test_dry_dvcfile — dvc.yaml and dvc.lock are edited in place: one stage
 * inserted or replaced, every other byte kept; invalid files, flow layouts
 * and overlapping outputs refused with a message and no output.
 */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "dry_dvcfile.h"
#include "dry_error.h"
#include "dry_stage.h"

static struct dry_val *simple_entry(const char *cmd, const char *dep, const char *out)
{
	struct dry_val *m = dry_val_map();
	dry_val_set(m, "cmd", dry_val_str(cmd));
	if (dep) {
		struct dry_val *l = dry_val_list();
		dry_val_push(l, dry_val_str(dep));
		dry_val_set(m, "deps", l);
	}
	if (out) {
		struct dry_val *l = dry_val_list();
		dry_val_push(l, dry_val_str(out));
		dry_val_set(m, "outs", l);
	}
	return m;
}

/* The edited text, asserting success. */
static char *edit(const char *text, enum dry_dvcfile_kind kind, const char *name,
		  struct dry_val *entry)
{
	struct dry_dvcfile *f;
	char *msg = NULL;
	int err = dry_dvcfile_parse(text, strlen(text), kind, &f, &msg);
	cr_assert_eq(err, 0, "parse: %s: %s", dry_strerror(err), msg ? msg : "");
	struct dry_buf out = DRY_BUF_INIT;
	err = dry_dvcfile_set_stage(f, name, entry, &out, &msg);
	cr_assert_eq(err, 0, "set: %s: %s", dry_strerror(err), msg ? msg : "");
	dry_dvcfile_free(f);
	dry_val_free(entry);
	/* The result must parse again and hold the stage. */
	char *res = dry_buf_steal(&out, NULL);
	cr_assert_eq(dry_dvcfile_parse(res, strlen(res), kind, &f, NULL), 0, "reparse:\n%s", res);
	bool found = false;
	for (size_t i = 0; i < dry_dvcfile_nstages(f); i++)
		found |= !strcmp(dry_dvcfile_stage_name(f, i), name);
	cr_assert(found, "stage %s missing from:\n%s", name, res);
	dry_dvcfile_free(f);
	return res;
}

static int parse_err(const char *text, enum dry_dvcfile_kind kind, char **msg)
{
	struct dry_dvcfile *f = NULL;
	*msg = NULL;
	int err = dry_dvcfile_parse(text, strlen(text), kind, &f, msg);
	dry_dvcfile_free(f);
	return err;
}

Test(dry_dvcfile, new_dvc_yaml_holds_just_the_stage)
{
	char *t = edit("", DRY_DVCFILE_PIPELINE, "train", simple_entry("python train.py", "data.csv", "model.pkl"));
	cr_expect_str_eq(t, "stages:\n  train:\n    cmd: python train.py\n    deps:\n    - data.csv\n"
			    "    outs:\n    - model.pkl\n");
	free(t);
}

Test(dry_dvcfile, new_dvc_lock_starts_with_schema)
{
	char *t = edit("", DRY_DVCFILE_LOCK, "train", simple_entry("python train.py", NULL, NULL));
	cr_expect_str_eq(t, "schema: '2.0'\nstages:\n  train:\n    cmd: python train.py\n");
	free(t);
}

static const char *two_stages =
	"# Pipeline of the team. Keep it tidy!\n"
	"vars:\n"
	"  - params.yaml\n"
	"stages:\n"
	"  # first: fetch the data\n"
	"  fetch:\n"
	"    cmd: \"curl -o raw.csv http://x\"   # quoted on purpose\n"
	"    outs:\n"
	"      - raw.csv\n"
	"\n"
	"  # second: caf\xc3\xa9 stage\n"
	"  train:\n"
	"    cmd: python train.py\n"
	"    deps: [raw.csv]\n"
	"    outs:\n"
	"    - model.pkl  # the model\n"
	"\n"
	"# trailing comment\n"
	"plots:\n"
	"  - model.pkl\n";

Test(dry_dvcfile, new_stage_goes_after_the_last_one_and_keeps_every_byte)
{
	char *t = edit(two_stages, DRY_DVCFILE_PIPELINE, "eval", simple_entry("python eval.py", "model.pkl", "m.json"));
	const char *at = strstr(two_stages, "\n\n# trailing comment") + 1;
	size_t head = (size_t)(at - two_stages);
	cr_assert(strlen(t) > head);
	cr_expect(!strncmp(t, two_stages, head), "prefix changed:\n%s", t);
	const char *added = "  eval:\n    cmd: python eval.py\n    deps:\n    - model.pkl\n    outs:\n    - m.json\n";
	cr_expect(!strncmp(t + head, added, strlen(added)), "got:\n%s", t);
	cr_expect_str_eq(t + head + strlen(added), at);
	free(t);
}

Test(dry_dvcfile, replaced_stage_keeps_the_bytes_around_it)
{
	char *t = edit(two_stages, DRY_DVCFILE_PIPELINE, "fetch", simple_entry("sh get.sh", NULL, "raw.csv"));
	const char *start = strstr(two_stages, "fetch:");
	const char *end = strstr(two_stages, "\n\n  # second") + 1;
	size_t head = (size_t)(start - two_stages);
	const char *repl = "fetch:\n    cmd: sh get.sh\n    outs:\n    - raw.csv\n";
	cr_expect(!strncmp(t, two_stages, head));
	cr_expect(!strncmp(t + head, repl, strlen(repl)), "got:\n%s", t);
	cr_expect_str_eq(t + head + strlen(repl), end);
	free(t);
}

Test(dry_dvcfile, replacing_the_last_stage_takes_its_line_comment)
{
	char *t = edit(two_stages, DRY_DVCFILE_PIPELINE, "train", simple_entry("python train2.py", NULL, NULL));
	cr_expect(strstr(t, "  train:\n    cmd: python train2.py\n\n# trailing comment\nplots:\n"), "%s", t);
	cr_expect(!strstr(t, "the model"));
	cr_expect(strstr(t, "caf\xc3\xa9 stage\n  train:"));
	free(t);
}

Test(dry_dvcfile, new_stage_uses_the_files_indentation)
{
	const char *in = "stages:\n    a:\n        cmd: x\n";
	char *t = edit(in, DRY_DVCFILE_PIPELINE, "b", simple_entry("y", NULL, NULL));
	cr_expect_str_eq(t, "stages:\n    a:\n        cmd: x\n    b:\n      cmd: y\n");
	free(t);
}

Test(dry_dvcfile, missing_final_newline_and_null_or_empty_stages)
{
	char *t = edit("stages:\n  a:\n    cmd: x", DRY_DVCFILE_PIPELINE, "b", simple_entry("y", NULL, NULL));
	cr_expect_str_eq(t, "stages:\n  a:\n    cmd: x\n  b:\n    cmd: y\n");
	free(t);
	t = edit("stages:\nvars: []\n", DRY_DVCFILE_PIPELINE, "b", simple_entry("y", NULL, NULL));
	cr_expect_str_eq(t, "stages:\n  b:\n    cmd: y\nvars: []\n");
	free(t);
	t = edit("stages: {}  # none yet\n", DRY_DVCFILE_PIPELINE, "b", simple_entry("y", NULL, NULL));
	cr_expect_str_eq(t, "stages:\n  b:\n    cmd: y\n");
	free(t);
	t = edit("# just a comment\nvars:\n- a.yaml", DRY_DVCFILE_PIPELINE, "b", simple_entry("y", NULL, NULL));
	cr_expect_str_eq(t, "# just a comment\nvars:\n- a.yaml\nstages:\n  b:\n    cmd: y\n");
	free(t);
}

Test(dry_dvcfile, lock_entry_replaced_in_an_existing_lock)
{
	const char *in = "schema: '2.0'\nstages:\n  a:\n    cmd: x\n    outs:\n    - path: o\n      hash: md5\n"
			 "      md5: acbd18db4cc2f85cedef654fccc4a4d8\n      size: 3\n  b:\n    cmd: y\n";
	char *t = edit(in, DRY_DVCFILE_LOCK, "a", simple_entry("z", NULL, NULL));
	cr_expect_str_eq(t, "schema: '2.0'\nstages:\n  a:\n    cmd: z\n  b:\n    cmd: y\n");
	free(t);
}

Test(dry_dvcfile, byte_order_mark_and_crlf_keep_offsets_right)
{
	const char *in = "\xef\xbb\xbf# d\xc3\xa9j\xc3\xa0 vu\r\nstages:\r\n  a:\r\n    cmd: x\r\n  c:\r\n    cmd: w\r\n";
	char *t = edit(in, DRY_DVCFILE_PIPELINE, "a", simple_entry("y", NULL, NULL));
	cr_expect_str_eq(t, "\xef\xbb\xbf# d\xc3\xa9j\xc3\xa0 vu\r\nstages:\r\n  a:\n    cmd: y\n  c:\r\n    cmd: w\r\n");
	free(t);
}

Test(dry_dvcfile, invalid_yaml_is_refused_with_its_line)
{
	char *msg;
	cr_expect_eq(parse_err("stages:\n  a:\n    cmd: [x\n", DRY_DVCFILE_PIPELINE, &msg), DRY_E_YAML);
	cr_assert_not_null(msg);
	cr_expect(strstr(msg, "line "), "%s", msg);
	free(msg);
	cr_expect_eq(parse_err("stages:\n  a:\n    cmd: x\n  a:\n    cmd: y\n", DRY_DVCFILE_PIPELINE, &msg),
		     DRY_E_YAML);
	cr_expect(msg && strstr(msg, "line 4: duplicate key 'a'"), "%s", msg);
	free(msg);
	cr_expect_eq(parse_err("a: 1\n---\nb: 2\n", DRY_DVCFILE_PIPELINE, &msg), DRY_E_YAML);
	free(msg);
}

Test(dry_dvcfile, wrong_shapes_are_refused)
{
	char *msg;
	cr_expect_eq(parse_err("- a\n- b\n", DRY_DVCFILE_PIPELINE, &msg), DRY_E_SCHEMA);
	free(msg);
	cr_expect_eq(parse_err("stages:\n- a\n", DRY_DVCFILE_PIPELINE, &msg), DRY_E_SCHEMA);
	free(msg);
	cr_expect_eq(parse_err("stages:\n  a: python x.py\n", DRY_DVCFILE_PIPELINE, &msg), DRY_E_SCHEMA);
	free(msg);
	/* A DVC 1 lock file: stage names at the top level. */
	cr_expect_eq(parse_err("a:\n  cmd: x\n", DRY_DVCFILE_LOCK, &msg), DRY_E_SCHEMA);
	cr_expect(msg && strstr(msg, "schema"), "%s", msg);
	free(msg);
}

static int set_err(const char *text, const char *name, char **msg)
{
	struct dry_dvcfile *f;
	cr_assert_eq(dry_dvcfile_parse(text, strlen(text), DRY_DVCFILE_PIPELINE, &f, NULL), 0);
	struct dry_buf out = DRY_BUF_INIT;
	struct dry_val *e = simple_entry("y", NULL, NULL);
	*msg = NULL;
	int err = dry_dvcfile_set_stage(f, name, e, &out, msg);
	cr_expect_eq(out.len, 0, "nothing is produced on failure");
	dry_buf_free(&out);
	dry_val_free(e);
	dry_dvcfile_free(f);
	return err;
}

Test(dry_dvcfile, flow_layouts_and_shared_anchors_are_refused)
{
	char *msg;
	cr_expect_eq(set_err("stages: {a: {cmd: x}}\n", "b", &msg), DRY_E_LAYOUT);
	free(msg);
	cr_expect_eq(set_err("{stages: {}}\n", "b", &msg), DRY_E_LAYOUT);
	free(msg);
	cr_expect_eq(set_err("stages:\n  a: &base\n    cmd: x\n  b:\n    <<: *base\n", "a", &msg), DRY_E_LAYOUT);
	cr_expect(msg && strstr(msg, "&base"), "%s", msg);
	free(msg);
}

Test(dry_dvcfile, anchors_used_only_inside_the_stage_do_not_block_it)
{
	char *t = edit("stages:\n  a:\n    cmd: &c x\n    desc: *c\n", DRY_DVCFILE_PIPELINE, "a",
		       simple_entry("y", NULL, NULL));
	cr_expect_str_eq(t, "stages:\n  a:\n    cmd: y\n");
	free(t);
}

static int overlap(const char *text, const char *wdir, const char *out, char **msg)
{
	struct dry_dvcfile *f;
	cr_assert_eq(dry_dvcfile_parse(text, strlen(text), DRY_DVCFILE_PIPELINE, &f, NULL), 0);
	struct dry_stage st;
	cr_assert_eq(dry_stage_init(&st, "mine", "cmd", wdir, DRY_HASH_MD5), 0);
	struct dry_hash_info h = { .md5 = "acbd18db4cc2f85cedef654fccc4a4d8", .size = 3 };
	cr_assert_eq(dry_stage_add_out(&st, out, &h, false, false), 0);
	*msg = NULL;
	int err = dry_dvcfile_check_outs(f, &st, msg);
	dry_stage_free(&st);
	dry_dvcfile_free(f);
	return err;
}

Test(dry_dvcfile, overlapping_outputs_of_other_stages_are_refused)
{
	const char *text =
		"stages:\n"
		"  prep:\n    cmd: a\n    outs:\n    - data\n"
		"  sub:\n    cmd: b\n    wdir: sub\n    outs:\n    - ../C:\n        persist: true\n"
		"  m:\n    cmd: c\n    metrics:\n    - m.json:\n        cache: false\n"
		"  t:\n    foreach: [1, 2]\n    do:\n      cmd: d\n      outs: [out]\n"
		"  mine:\n    cmd: old\n    outs:\n    - mine.txt\n";
	char *msg;
	cr_expect_eq(overlap(text, NULL, "data/x", &msg), DRY_E_OVERLAP);
	cr_expect(msg && !strcmp(msg, "output 'data/x' overlaps 'data', an output of stage 'prep'"), "%s", msg);
	free(msg);
	cr_expect_eq(overlap(text, NULL, ".", &msg), DRY_E_OVERLAP); /* contains them all */
	free(msg);
	cr_expect_eq(overlap(text, NULL, "C", &msg), DRY_E_OVERLAP);
	cr_expect(msg && strstr(msg, "stage 'sub'"), "%s", msg);
	free(msg);
	cr_expect_eq(overlap(text, "sub", "../m.json", &msg), DRY_E_OVERLAP);
	free(msg);
	cr_expect_eq(overlap(text, NULL, "database", &msg), 0);
	cr_expect_eq(overlap(text, NULL, "out", &msg), 0);      /* templated stage skipped */
	cr_expect_eq(overlap(text, NULL, "mine.txt", &msg), 0); /* the stage being replaced */
	cr_expect_eq(overlap(text, NULL, "sub/C", &msg), 0);
}

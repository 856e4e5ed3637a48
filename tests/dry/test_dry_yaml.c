/*
 * test_dry_yaml — YAML layout and quoting as DVC's ruamel.yaml dumper writes
 * them (dvc-format.md §0), and key-sorted JSON as json.dumps writes it.
 * Every expected text below was printed by ruamel.yaml 0.17.21 set up as
 * DVC sets it up (YAML(), default_flow_style = False).
 */
#include <criterion/criterion.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "dry_buf.h"
#include "dry_json.h"
#include "dry_val.h"
#include "dry_yaml.h"

static const char *scalar(const char *s, bool key)
{
	static struct dry_buf b;
	dry_buf_reset(&b);
	dry_yaml_add_scalar(&b, s, key);
	return dry_buf_str(&b);
}

Test(dry_yaml, plain_strings_stay_plain)
{
	const char *plain[] = { "python train.py", "data.csv", "a:b", "a#b", "--x", "-a", "?a",
				":a", "it's", "say \"hi\"", "yes", "no", "on", "off", "NaN", "nan", "inf",
				"a\\b", "$x", "a;b", "caf\xc3\xa9", "1:20", "0x", "1.2.3", "_12", "~a",
				"012345678901234567890123456789ab",
				"sh -c \"cat A B > C && mkdir -p D && cp A D/a && cp B D/b\"" };
	for (size_t i = 0; i < sizeof(plain) / sizeof(plain[0]); i++)
		cr_expect_str_eq(scalar(plain[i], false), plain[i]);
}

Test(dry_yaml, strings_that_read_back_as_other_types_are_single_quoted)
{
	static const char *const q[][2] = {
		{ "", "''" }, { "2.0", "'2.0'" }, { "12", "'12'" }, { "-12", "'-12'" },
		{ "0o17", "'0o17'" }, { "0x1f", "'0x1f'" }, { "1_000", "'1_000'" }, { ".5", "'.5'" },
		{ "1.", "'1.'" }, { "1e5", "'1e5'" }, { ".inf", "'.inf'" }, { ".NaN", "'.NaN'" },
		{ "true", "'true'" }, { "FALSE", "'FALSE'" }, { "null", "'null'" }, { "~", "'~'" },
		{ "2001-12-14", "'2001-12-14'" }, { "=", "'='" }, { "<<", "'<<'" },
		{ "00000000000000000000000000000000", "'00000000000000000000000000000000'" },
		{ "0e123456789012345678901234567890", "'0e123456789012345678901234567890'" },
	};
	for (size_t i = 0; i < sizeof(q) / sizeof(q[0]); i++)
		cr_expect_str_eq(scalar(q[i][0], false), q[i][1], "for \"%s\"", q[i][0]);
}

Test(dry_yaml, indicators_and_spaces_force_quotes)
{
	static const char *const q[][2] = {
		{ " a", "' a'" }, { "a ", "'a '" }, { "---x", "'---x'" }, { "#x", "'#x'" },
		{ "a: b", "'a: b'" }, { "a #b", "'a #b'" }, { "a:", "'a:'" }, { "- a", "'- a'" },
		{ "&a", "'&a'" }, { "*a", "'*a'" }, { "!a", "'!a'" }, { "%a", "'%a'" }, { "@a", "'@a'" },
		{ "`a", "'`a'" }, { "[a", "'[a'" }, { "{", "'{'" }, { "|a", "'|a'" }, { ">a", "'>a'" },
		{ "\"a", "'\"a'" }, { "-", "'-'" }, { ":", "':'" },
	};
	for (size_t i = 0; i < sizeof(q) / sizeof(q[0]); i++)
		cr_expect_str_eq(scalar(q[i][0], false), q[i][1], "for \"%s\"", q[i][0]);
}

Test(dry_yaml, control_characters_quotes_and_newlines_use_double_quotes)
{
	static const char *const q[][2] = {
		{ "'q'", "\"'q'\"" }, { "a\tb", "\"a\\tb\"" }, { "a\nb", "\"a\\nb\"" },
		{ "a\x01" "b", "\"a\\x01b\"" }, { "a\x7f" "b", "\"a\\x7Fb\"" }, { "x\r", "\"x\\r\"" },
		{ "\xef\xbb\xbf" "a", "\"\\uFEFFa\"" }, { "a'b\nc", "\"a'b\\nc\"" },
		{ "\x1b[0m", "\"\\e[0m\"" }, { "\xf0\x9f\x98\x80\t", "\"\\U0001F600\\t\"" },
	};
	for (size_t i = 0; i < sizeof(q) / sizeof(q[0]); i++)
		cr_expect_str_eq(scalar(q[i][0], false), q[i][1], "for \"%s\"", q[i][0]);
}

Test(dry_yaml, keys_follow_simple_key_rules)
{
	cr_expect_str_eq(scalar("train", true), "train");
	cr_expect_str_eq(scalar("", true), "''");
	cr_expect_str_eq(scalar("a\nb", true), "\"a\\nb\"");
	cr_expect_str_eq(scalar("12", true), "'12'");
}

static struct dry_val *strlist(const char *const *s, size_t n)
{
	struct dry_val *l = dry_val_list();
	for (size_t i = 0; i < n; i++)
		dry_val_push(l, dry_val_str(s[i]));
	return l;
}

static const char *emit(const struct dry_val *v, unsigned indent)
{
	static struct dry_buf b;
	dry_buf_reset(&b);
	cr_assert_eq(dry_yaml_emit(&b, v, indent), 0);
	return dry_buf_str(&b);
}

Test(dry_yaml, dvc_stage_add_layout_of_section_1)
{
	struct dry_val *train = dry_val_map();
	dry_val_set(train, "cmd", dry_val_str("python train.py"));
	dry_val_set(train, "deps", strlist((const char *[]){ "data.csv" }, 1));
	dry_val_set(train, "outs", strlist((const char *[]){ "model.pkl" }, 1));
	struct dry_val *stages = dry_val_map();
	dry_val_set(stages, "train", train);
	struct dry_val *doc = dry_val_map();
	dry_val_set(doc, "stages", stages);
	cr_expect_str_eq(emit(doc, 0),
		"stages:\n"
		"  train:\n"
		"    cmd: python train.py\n"
		"    deps:\n"
		"    - data.csv\n"
		"    outs:\n"
		"    - model.pkl\n");
	dry_val_free(doc);
}

Test(dry_yaml, nested_layouts_match_ruamel)
{
	/* The document of a ruamel session: outs with flags, a cmd list, a
	 * complex key, nested and empty collections, integers, null. */
	char longkey[141];
	memset(longkey, 'x', 140);
	longkey[140] = '\0';
	struct dry_val *flags = dry_val_map();
	dry_val_set(flags, "cache", dry_val_bool(false));
	dry_val_set(flags, "persist", dry_val_bool(true));
	struct dry_val *c = dry_val_map();
	dry_val_set(c, "C", flags);
	struct dry_val *lflags = dry_val_map();
	dry_val_set(lflags, "persist", dry_val_bool(true));
	dry_val_set(lflags, "cache", dry_val_bool(false));
	struct dry_val *l = dry_val_map();
	dry_val_set(l, longkey, lflags);
	struct dry_val *outs = dry_val_list();
	dry_val_push(outs, c);
	dry_val_push(outs, l);
	dry_val_push(outs, strlist((const char *[]){ "n1", "n2" }, 2));
	dry_val_push(outs, dry_val_list());
	dry_val_push(outs, dry_val_map());
	struct dry_val *inner = dry_val_map();
	dry_val_set(inner, "a", strlist((const char *[]){ "x" }, 1));
	struct dry_val *cd = dry_val_map();
	dry_val_set(cd, "c", dry_val_str("d"));
	dry_val_set(inner, "b", cd);
	dry_val_push(outs, inner);
	struct dry_val *doc = dry_val_map();
	dry_val_set(doc, "cmd", strlist((const char *[]){ "a", "b c" }, 2));
	dry_val_set(doc, "lst", outs);
	struct dry_val *ck = dry_val_map();
	dry_val_set(ck, longkey, strlist((const char *[]){ "a", "b" }, 2));
	dry_val_set(doc, "k2", ck);
	dry_val_set(doc, "n", dry_val_int(-42));
	dry_val_set(doc, "nul", dry_val_null());
	cr_assert_eq(dry_val_error(doc), 0);

	char expect[2048];
	snprintf(expect, sizeof(expect),
		 "cmd:\n"
		 "- a\n"
		 "- b c\n"
		 "lst:\n"
		 "- C:\n"
		 "    cache: false\n"
		 "    persist: true\n"
		 "- ? %s\n"
		 "  : persist: true\n"
		 "    cache: false\n"
		 "- - n1\n"
		 "  - n2\n"
		 "- []\n"
		 "- {}\n"
		 "- a:\n"
		 "  - x\n"
		 "  b:\n"
		 "    c: d\n"
		 "k2:\n"
		 "  ? %s\n"
		 "  : - a\n"
		 "    - b\n"
		 "n: -42\n"
		 "nul:\n",
		 longkey, longkey);
	cr_expect_str_eq(emit(doc, 0), expect);
	dry_val_free(doc);
}

Test(dry_yaml, emit_at_an_indent_shifts_every_line)
{
	struct dry_val *m = dry_val_map();
	dry_val_set(m, "deps", strlist((const char *[]){ "A" }, 1));
	cr_expect_str_eq(emit(m, 4), "    deps:\n    - A\n");
	dry_val_free(m);
}

Test(dry_yaml, emit_refuses_a_failed_tree_and_non_maps)
{
	struct dry_buf b = DRY_BUF_INIT;
	struct dry_val *m = dry_val_map();
	dry_val_set(m, "x", NULL); /* a lost allocation */
	cr_expect_eq(dry_yaml_emit(&b, m, 0), -ENOMEM);
	struct dry_val *l = dry_val_list();
	cr_expect_eq(dry_yaml_emit(&b, l, 0), -EINVAL);
	cr_expect_eq(dry_yaml_emit(&b, NULL, 0), -ENOMEM);
	dry_val_free(m);
	dry_val_free(l);
	dry_buf_free(&b);
}

Test(dry_yaml, sorted_json_matches_python_json_dumps)
{
	struct dry_val *e = dry_val_map();
	dry_val_set(e, "path", dry_val_str("foo"));
	dry_val_set(e, "md5", dry_val_str("d3b07384d113edec49eaa6238ad5ff00"));
	dry_val_set(e, "hash", dry_val_str("md5"));
	dry_val_set(e, "size", dry_val_int(4));
	dry_val_set(e, "cache", dry_val_bool(false));
	dry_val_set(e, "x", dry_val_null());
	struct dry_val *doc = dry_val_map();
	struct dry_val *outs = dry_val_list();
	dry_val_push(outs, e);
	dry_val_set(doc, "outs", outs);
	dry_val_set(doc, "cmd", dry_val_str("caf\xc3\xa9"));
	struct dry_buf b = DRY_BUF_INIT;
	dry_json_add_sorted(&b, doc);
	/* python3: json.dumps(d, sort_keys=True) */
	cr_expect_str_eq(dry_buf_str(&b),
		"{\"cmd\": \"caf\\u00e9\", \"outs\": [{\"cache\": false, \"hash\": \"md5\", "
		"\"md5\": \"d3b07384d113edec49eaa6238ad5ff00\", \"path\": \"foo\", \"size\": 4, "
		"\"x\": null}]}");
	dry_buf_free(&b);
	dry_val_free(doc);
}

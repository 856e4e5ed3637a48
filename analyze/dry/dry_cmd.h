/*
 * dry_cmd — the stage's `cmd` from the traced argv, and its default name.
 *
 * DVC runs a stage as `$SHELL -c CMD` (dvc/stage/run.py), one line of CMD
 * at a time (str.splitlines()). `dvc stage add` builds CMD with parse_cmd
 * (dvc-format.md §1): one argument is used as it is; several are joined
 * with spaces, an empty one written "", one with a space and no '"' wrapped
 * in "...". dry writes exactly that wherever the shell reads it back as
 * the same word, and otherwise quotes the argument so that it does:
 *  - a word the shell would change ($, `, \, quotes, globs, ;, |, &, <, >,
 *    parentheses, braces, ~, #, tabs, a reserved word or NAME=... as the
 *    program) is single-quoted, ' written as '\'';
 *  - when an argument holds a character that splitlines() breaks on (\n,
 *    \r, \v, \f, \x1c-\x1e, U+0085, U+2028, U+2029), no quoting can keep it
 *    on one line, so the whole command becomes eval "$(printf '...')" with
 *    those bytes as octal escapes: POSIX sh and bash both run it as argv.
 */
#ifndef DRY_CMD_H
#define DRY_CMD_H

#include <stdbool.h>

/* The cmd for ARGV[0..ARGC). Returns a malloc'ed string, or NULL with
 * errno set: ENOMEM, EINVAL (ARGC < 1), EILSEQ (an argument is not valid
 * UTF-8: YAML cannot hold it). */
char *dry_cmd_from_argv(int argc, char *const argv[]);

/* Whether WORD, unquoted, is read back by sh as exactly WORD. FIRST: in
 * command position (reserved words, assignments). */
bool dry_cmd_is_literal_word(const char *word, bool first);

/* The default stage name: the base name, without extension, of the first
 * script argument of an interpreter (python3 stage.py -> "stage", python -m
 * pkg.mod -> "mod") or else of the program (./prep.sh -> "prep"), made a
 * valid DVC stage name (ASCII punctuation other than _ and - becomes _).
 * Returns a malloc'ed string or NULL (ENOMEM). */
char *dry_cmd_stage_name(int argc, char *const argv[]);

#endif

/*
 * dry_model — from what a command did to files, its DVC dependencies and
 * outputs.
 *
 * The model is fed the successful file events of a run in order (see
 * struct dry_event; dry_replay.h turns a trace into them) and keeps, per
 * path inside the project, the facts that decide its role. At the end,
 * looking at the files as they now are, it classifies:
 *  - dependency: a regular file whose pre-existing content the command
 *    read: opened for reading (O_RDONLY or O_RDWR) or executed while it
 *    still held its original content, and not changed by the command.
 *    Stat-like calls, failed opens and directories opened as dirfds do not
 *    count. Reading Python's bytecode cache __pycache__/NAME.TAG.pyc is
 *    reading NAME.py (a warm cache means the .py is only stat'ed). A listed directory all of whose files (as DVC would hash them)
 *    are dependencies becomes one directory dependency.
 *  - output: a path that exists at the end and whose content the command
 *    created or changed: created, truncated, written, renamed or linked
 *    into place. Files under a directory the command created (or renamed
 *    into place) fold into that directory. A pre-existing file read and
 *    then rewritten, or appended to, or written in place, is an output
 *    with persist and a warning. A temporary name renamed away, or anything created and then
 *    deleted, is nothing.
 *  - nothing: everything outside the project root, and what is ignored:
 *    .git/ .dvc/ .hg/, dvc.yaml, dvc.lock, *.dvc, .dvcignore, .gitignore,
 *    __pycache__/, *.pyc, .dvcignore patterns, the caller's patterns and
 *    paths (the trace file), and software environments inside the project
 *    (a directory holding pyvenv.cfg or conda-meta/: a .venv/ beside the
 *    code is what the stage runs on, as /usr is, not its data).
 *
 * Writes without a write event. The file events that `dry run` records
 * leave out read and write (the hot calls), so a file opened for writing
 * without O_TRUNC or O_EXCL (O_RDWR, O_APPEND, O_WRONLY|O_CREAT) counts as
 * changed when its modification time (mtime: set by writes, truncation and
 * writes through a shared mapping, not by chmod, chown, link or rename as
 * the status change time is) lies between the start of the run and its
 * end. Files are stamped from the kernel's coarse clock, never ahead of the
 * fine one and never behind its own earlier values, so:
 *  - with the coarse clock's value when the command started (dry run
 *    reads it just before recording), every change the command makes has a
 *    stamp at or after it: no change is missed; a change someone else made
 *    within the same clock tick (a few ms) before dry started counts too;
 *  - without it (from-trace: the trace has the fine start time only), the
 *    floor is the earlier of the start and the open less the coarse clock's
 *    lag (two ticks and a millisecond), so only changes made within that
 *    lag before the open and before the start count wrongly.
 * On a file system with whole-second times (an mtime with no nanoseconds)
 * the comparison is by the second. When the command set the file's times
 * itself (utime, utimes, utimensat: touch), the mtime proves nothing: the
 * file counts as changed only when it was opened O_APPEND (touching an
 * existing file changes no content; DVC hashes content). A file created by
 * such an open (O_CREAT) is told from a pre-existing one by its birth time
 * (statx btime) against the same floor; without one it is taken as
 * pre-existing (persist, the safe side). Write events, when a trace has
 * them, count directly.
 *
 * Links. A pre-existing file given a new name by the command (ln, ln -s:
 * the target as the link's directory resolves it) is a dependency when it
 * still holds its original content: the output shows that content. A
 * pre-existing file that the command removes or renames away, which a rerun
 * will not find again, gets a warning.
 *
 * Paths in events are absolute and clean (as replay resolves them: by the
 * name used, symlinks not followed). Results are relative to the root.
 */
#ifndef DRY_MODEL_H
#define DRY_MODEL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum dry_ev_kind {
	DRY_EV_OPEN,     /* path opened with flags (open flags) */
	DRY_EV_EXEC,     /* path executed */
	DRY_EV_WRITE,    /* path's content changed through a descriptor (write,
			  * ftruncate, fallocate, copy into it) */
	DRY_EV_TRUNCATE, /* path truncated by name */
	DRY_EV_RENAME,   /* path renamed to path2; flags: renameat2's */
	DRY_EV_LINK,     /* path2 made a new name of path */
	DRY_EV_SYMLINK,  /* path2 created as a symlink to path (the target resolved
			  * against path2's directory; NULL when unknown) */
	DRY_EV_UNLINK,   /* path removed */
	DRY_EV_RMDIR,    /* directory path removed */
	DRY_EV_MKDIR,    /* directory path created */
	DRY_EV_LISTDIR,  /* directory path listed (getdents) */
	DRY_EV_UTIME,    /* path's times set (utime, utimes, utimensat) */
};

struct dry_event {
	enum dry_ev_kind kind;
	const char *path;
	const char *path2;
	uint64_t flags;
	uint64_t wall_ns; /* CLOCK_REALTIME when the call was entered: the
			   * tracer saw it before the kernel acted, so a
			   * lower bound of when the file changed */
};

struct dry_model_opts {
	const char *root;               /* project root, absolute and clean */
	const char *root_alias;         /* the same directory by another absolute name
					 * (the shell's $PWD through a symlink), or NULL */
	const char *const *ignores;     /* gitwildmatch patterns relative to the root */
	size_t nignores;
	const char *const *skip_paths;  /* absolute paths that never count (the trace) */
	size_t nskip;
	const char *stage_dir;          /* directory of the stage file, relative to the
					 * root: never an output, nor inside one */
	uint64_t end_wall_ns;           /* when the command ended; 0: now */
	uint64_t start_coarse_ns;       /* CLOCK_REALTIME_COARSE just before the command
					 * started, or 0: unknown */
};

struct dry_model_path {
	char *path;     /* relative to the root */
	bool isdir;
	bool persist;   /* outputs */
};

struct dry_model_result {
	struct dry_model_path *deps;
	size_t ndeps;
	struct dry_model_path *outs;
	size_t nouts;
	char **warnings;
	size_t nwarnings;
};

struct dry_model;

int dry_model_new(const struct dry_model_opts *opts, struct dry_model **ret);
void dry_model_free(struct dry_model *m);

/* Feeds one successful event. Returns 0 or -ENOMEM. */
int dry_model_event(struct dry_model *m, const struct dry_event *ev);

/* Notes that the command started with its standard descriptor FD (0, 1
 * or 2) open on PATH (absolute): a redirection made by the shell that ran
 * dry, which the stage's cmd does not repeat. A regular file inside the
 * project gets a warning saying how to make it part of the stage. Other
 * descriptors are nothing. Returns 0 or -ENOMEM. */
int dry_model_inherited(struct dry_model *m, int fd, const char *path);

/* Sets when the command ended, when the options did not (0): the replay
 * gives the trace's last event. Changes after it are not the command's. */
void dry_model_set_end(struct dry_model *m, uint64_t wall_ns);

/* Sets when the command started (CLOCK_REALTIME, the trace's start time).
 * Changes before it are not the command's. */
void dry_model_set_start(struct dry_model *m, uint64_t wall_ns);

/* Classifies, looking at the files as they are now. Deps and outs are
 * sorted by path. Returns 0 or -ENOMEM. */
int dry_model_finish(struct dry_model *m, struct dry_model_result **ret);

void dry_model_result_free(struct dry_model_result *r);

#endif

/* dry_error — see dry_error.h. */
#include "dry_error.h"

#include <string.h>

static const struct {
	int code;
	const char *text;
} messages[] = {
	{ DRY_E_NOT_FILE, "not a regular file or directory" },
	{ DRY_E_DVCIGNORE, "directory contains a .dvcignore file, which DVC refuses to hash" },
	{ DRY_E_YAML, "not valid YAML" },
	{ DRY_E_SCHEMA, "not a valid DVC file" },
	{ DRY_E_LAYOUT, "layout that dry cannot edit in place" },
	{ DRY_E_OVERLAP, "output overlaps another output" },
	{ DRY_E_CONFIG, "invalid .dvc/config" },
};

const char *dry_strerror(int err)
{
	for (size_t i = 0; i < sizeof(messages) / sizeof(messages[0]); i++)
		if (messages[i].code == err)
			return messages[i].text;
	return strerror(-err);
}

/*
 * dry_error — the error codes of the dry library that are not errnos.
 *
 * Every dry_* function that can fail returns a negative errno or one of
 * these (all below -4095, so they never collide with an errno).
 * dry_strerror() names either kind.
 */
#ifndef DRY_ERROR_H
#define DRY_ERROR_H

enum dry_error {
	DRY_E_NOT_FILE = -5001,   /* neither a regular file nor a directory (fifo, socket, device) */
	DRY_E_DVCIGNORE = -5002,  /* a directory to hash holds a .dvcignore (DVC refuses it too) */
	DRY_E_YAML = -5003,       /* a file is not valid YAML */
	DRY_E_SCHEMA = -5004,     /* valid YAML, but not the shape of a dvc.yaml / dvc.lock */
	DRY_E_LAYOUT = -5005,     /* a layout dry cannot edit in place (flow-style stages ...) */
	DRY_E_OVERLAP = -5006,    /* an output overlaps another stage's output */
	DRY_E_CONFIG = -5007,     /* .dvc/config cannot be understood */
};

/* A static description of ERR (a negative errno or a dry_error). */
const char *dry_strerror(int err);

#endif

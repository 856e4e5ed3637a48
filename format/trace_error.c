/* Messages for the format layer's error codes. */
#include <string.h>

#include "trace_format.h"

const char *trace_strerror(int err)
{
	switch (err) {
	case TRACE_E_BADMAGIC: return "not an rtrace trace file";
	case TRACE_E_VERSION: return "trace written by a newer rtrace";
	case TRACE_E_METADATA: return "damaged trace metadata";
	case TRACE_E_TRUNCATED: return "trace ends early";
	case TRACE_E_DAMAGED: return "damaged trace frame";
	case TRACE_E_ENCODE: return "event too large to encode";
	case TRACE_E_COMPRESS: return "compression failed";
	default: return err < 0 ? strerror(-err) : "success";
	}
}

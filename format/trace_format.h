/*
 * trace_format — the byte layout of a trace file, shared by writer and reader.
 *
 *   file    := file_header metadata frame*
 *   file_header (16 bytes, little endian):
 *           magic "RTRACE\0\n" (8) | u16 major | u16 minor | u32 metadata_len
 *   metadata:  metadata_len bytes, a packed rt.Metadata message
 *   frame   := frame_header payload
 *   frame_header (28 bytes, little endian):
 *           magic "RTFR" (4) | u32 payload_len | u32 content_len | u32 nevents |
 *           u32 data_payload_len | u32 data_len |
 *           u32 check (FNV-1a of the 24 bytes before it)
 *   payload:   payload_len bytes: one zstd frame (with content size and
 *              checksum) which decompresses to content_len bytes: nevents
 *              records, each a varint length followed by a packed rt.Event
 *              message; then, in the last data_payload_len bytes (0 when
 *              data_len is 0), a second zstd frame which decompresses to the
 *              frame's data section, data_len bytes.
 *   data section := time* blob_bytes
 *           time: nevents varints, event i's Event.dt_ns (which the events
 *           themselves leave out), then the blob bytes.
 *
 * The data section holds the events' times and the bytes of large blobs
 * (Blob.section_len set, Blob.data empty), in the order of the events and
 * of their blobs: a blob takes the next section_len bytes. Kept apart, the
 * events compress as one tight stream (a loop's events repeat byte for byte
 * when their times, whose microseconds jitter, are not among them: a pipe
 * loop's trace is 45% smaller so), the blob bytes (file contents, mostly)
 * with settings of their own, and the reader hands out events whose data
 * is a slice of the section, without a copy.
 *
 * Frames are independent: any frame can be decoded alone, so a reader can
 * resynchronise on the next frame header after damage. The last frame of a
 * cleanly closed trace ends with an Event holding a Trailer.
 *
 * A reader refuses a file whose major version is newer than TRACE_VERSION_MAJOR;
 * minor versions only add optional fields. Version 2 added
 * Metadata.time_unit_ns, which changes what Event.dt_ns counts (a version 1
 * reader would misread the times); version 1 files read as unit 1 ns.
 * Version 3 added the data section and Blob.section_len (a version 2 reader
 * would take such blobs for empty ones). Version 4 moved the times into
 * the data section (a version 3 reader would see every time as 0). Versions
 * 1 to 3 keep each event's time in its Event.dt_ns; 1 and 2 have no data
 * section and a 20-byte frame header: the 28-byte one without
 * data_payload_len and data_len (check over the 16 bytes before it).
 */
#ifndef RTRACE_TRACE_FORMAT_H
#define RTRACE_TRACE_FORMAT_H

#include <stdint.h>
#include <string.h>

#define TRACE_FILE_MAGIC "RTRACE\0\n"
#define TRACE_FILE_MAGIC_LEN 8
#define TRACE_FILE_HEADER_LEN 16
#define TRACE_FRAME_MAGIC "RTFR"
#define TRACE_FRAME_HEADER_LEN 28
#define TRACE_FRAME_HEADER_LEN_V2 20 /* versions 1 and 2 */

#define TRACE_VERSION_MAJOR 4
#define TRACE_VERSION_MINOR 0

/* The frame header's length in a file of major version MAJOR. */
static inline size_t trace_frame_header_len(unsigned major)
{
	return major >= 3 ? TRACE_FRAME_HEADER_LEN : TRACE_FRAME_HEADER_LEN_V2;
}

/* Limits a reader enforces before allocating anything: larger values are damage. */
#define TRACE_MAX_METADATA_LEN (64u << 20)
#define TRACE_MAX_CONTENT_LEN (64u << 20)
#define TRACE_MAX_EVENT_LEN (32u << 20)

/* Error codes of the format layer, below the errno range. */
enum trace_error {
	TRACE_E_BADMAGIC = -1001,  /* not a trace file */
	TRACE_E_VERSION = -1002,   /* written by a newer major version */
	TRACE_E_METADATA = -1003,  /* metadata record damaged */
	TRACE_E_TRUNCATED = -1004, /* the file ends before the trace does */
	TRACE_E_DAMAGED = -1005,   /* a frame is damaged */
	TRACE_E_ENCODE = -1006,    /* an event could not be encoded */
	TRACE_E_COMPRESS = -1007,  /* zstd failed */
};

/* A message for a negative errno or trace_error code. */
const char *trace_strerror(int err);

static inline void trace_put_u16(unsigned char *p, uint16_t v)
{
	p[0] = (unsigned char)v;
	p[1] = (unsigned char)(v >> 8);
}

static inline void trace_put_u32(unsigned char *p, uint32_t v)
{
	for (int i = 0; i < 4; i++)
		p[i] = (unsigned char)(v >> (8 * i));
}

static inline uint16_t trace_get_u16(const unsigned char *p)
{
	return (uint16_t)(p[0] | (p[1] << 8));
}

static inline uint32_t trace_get_u32(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

/* FNV-1a over N bytes: cheap, and enough to tell a frame header from noise. */
static inline uint32_t trace_fnv1a(const unsigned char *p, size_t n)
{
	uint32_t h = 2166136261u;
	for (size_t i = 0; i < n; i++)
		h = (h ^ p[i]) * 16777619u;
	return h;
}

#endif

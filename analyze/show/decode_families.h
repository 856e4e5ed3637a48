/*
 * decode_families — the list of decoder family tables, one line each.
 *
 * Each line SHOW_FAMILY(name) names the table show_decoders_<name>[]
 * defined in analyze/show/decode_<name>.c (see show_decode.h,
 * "Registration"). The printer core expands this list twice: to declare
 * the tables and to index them by syscall number. Add a line, keep the
 * others; a family listed here must have its file in show_decoder_sources.
 */
SHOW_FAMILY(file)
SHOW_FAMILY(desc)
SHOW_FAMILY(mem)
SHOW_FAMILY(process)
SHOW_FAMILY(signal)
SHOW_FAMILY(time)
SHOW_FAMILY(net)
SHOW_FAMILY(ipc)
SHOW_FAMILY(aio)
SHOW_FAMILY(ptrace)

/*
 * fuzz_netlink — libFuzzer target: the input is a netlink buffer (after a
 * first byte whose low bit picks the protocol: NETLINK_ROUTE or
 * NETLINK_SOCK_DIAG), which the target puts in a synthetic trace as what a
 * process sent on a socket of that protocol and received back, and prints
 * with rtrace show in four modes (default, -v, -s 4, JSON) to /dev/null.
 * The netlink decoders (decode_netlink.c, decode_rtnl.c, decode_sockdiag.c)
 * are built into the target with the fuzzer's coverage and the sanitizers;
 * they must print any bytes without reading past them, and show must end
 * cleanly.
 */
#include <stdint.h>
#include <stdlib.h>

#include "show.h"
#include "tbuild.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

enum { NR_SOCKET = 41, NR_SENDTO = 44, NR_RECVFROM = 45 };

static void write_trace(const char *path, const uint8_t *data, size_t size)
{
	struct tb *t = tb_open(path, 100);
	const uint64_t sock[6] = { 16 /* AF_NETLINK */, 3, size && (data[0] & 1) ? 4 : 0 };
	tb_call(t, 100, NR_SOCKET, sock, NULL, 0, 3, NULL, 0);
	const uint8_t *buf = size ? data + 1 : data;
	size_t len = size ? size - 1 : 0;
	const struct tb_blob b = { 1, 0, buf, len, 0, 0 };
	const uint64_t send[6] = { 3, 0x7ffc1000, len, 0, 0, 0 };
	tb_call(t, 100, NR_SENDTO, send, &b, 1, (int64_t)len, NULL, 0);
	const uint64_t recv[6] = { 3, 0x7ffc1000, 65536, 0, 0, 0 };
	tb_call(t, 100, NR_RECVFROM, recv, NULL, 0, (int64_t)len, &b, 1);
	if (tb_close(t) != 0)
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	int devnull;
	const char *path = tb_scratch(&devnull);
	write_trace(path, data, size);
	for (int m = 0; m < 4; m++) {
		struct show_opts o;
		show_opts_init(&o);
		o.verbose = m == 1;
		o.strsize = m == 2 ? 4 : o.strsize;
		o.json = m == 3;
		const char *msg;
		if (show_run(&o, path, devnull, &msg) != 0)
			abort(); /* a well-formed trace always prints */
	}
	return 0;
}

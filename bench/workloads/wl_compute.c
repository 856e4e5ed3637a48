/*
 * wl_compute — compute-bound, a handful of syscalls: N rounds of an
 * integer hash, then one line of output. A tracer should cost it nothing.
 *
 *   wl_compute [N]     (default 300000000)
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
	long n = argc > 1 ? atol(argv[1]) : 300000000;
	uint64_t h = 1469598103934665603ull;
	for (long i = 0; i < n; i++)
		h = (h ^ (uint64_t)i) * 1099511628211ull;
	printf("%016llx\n", (unsigned long long)h);
	return 0;
}

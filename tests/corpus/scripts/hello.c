/* Compiled by the cc_c workload (gcc drives cc1 and as through vfork and pipes). */
#include <stdio.h>

static int square(int x) { return x * x; }

int main(void)
{
	printf("%d\n", square(7));
	return 0;
}

/* NUMA memory policy: get_mempolicy (mode and node mask out, MPOL_F_ADDR,
 * MPOL_F_NODE|MPOL_F_ADDR, MPOL_F_MEMS_ALLOWED), set_mempolicy with node
 * masks of several sizes (one word, 1025 bits as libnuma passes them, a mask
 * longer than strace's 32-element limit), with mode flags
 * (MPOL_F_STATIC_NODES, MPOL_F_RELATIVE_NODES), an invalid mode and an
 * unreadable mask; mbind of an anonymous mapping (MPOL_MF_STRICT|MPOL_MF_MOVE);
 * migrate_pages of this process; set_mempolicy_home_node; modes with
 * flags and without a name (strace's print_mode), refused by the kernel. */
#define _GNU_SOURCE
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#define MPOL_DEFAULT 0
#define MPOL_PREFERRED 1
#define MPOL_BIND 2
#define MPOL_INTERLEAVE 3
#define MPOL_LOCAL 4
#define MPOL_F_STATIC_NODES (1 << 15)
#define MPOL_F_RELATIVE_NODES (1 << 14)
#define MPOL_F_NODE (1 << 0)
#define MPOL_F_ADDR (1 << 1)
#define MPOL_F_MEMS_ALLOWED (1 << 2)
#define MPOL_MF_STRICT (1 << 0)
#define MPOL_MF_MOVE (1 << 1)

int main(void)
{
	unsigned long mask[40], one = 1;
	int mode = -1;
	memset(mask, 0, sizeof mask);
	syscall(SYS_get_mempolicy, &mode, mask, 1025UL, NULL, 0UL);
	syscall(SYS_get_mempolicy, &mode, mask, 64UL, NULL, MPOL_F_MEMS_ALLOWED);
	syscall(SYS_set_mempolicy, MPOL_PREFERRED, &one, 64UL);
	syscall(SYS_set_mempolicy, MPOL_BIND | MPOL_F_STATIC_NODES, &one, 2UL);
	syscall(SYS_set_mempolicy, MPOL_INTERLEAVE | MPOL_F_RELATIVE_NODES, mask, 1025UL);
	syscall(SYS_set_mempolicy, MPOL_BIND, mask, 40UL * 64);
	syscall(SYS_set_mempolicy, 77, &one, 64UL);
	syscall(SYS_set_mempolicy, MPOL_BIND, (void *)8, 64UL);
	syscall(SYS_set_mempolicy, MPOL_DEFAULT, NULL, 0UL);
	syscall(SYS_set_mempolicy, MPOL_LOCAL, NULL, 0UL);
	void *p = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	syscall(SYS_mbind, p, 8192UL, MPOL_BIND, &one, 64UL, MPOL_MF_STRICT | MPOL_MF_MOVE);
	syscall(SYS_mbind, p, 8192UL, MPOL_DEFAULT, NULL, 0UL, 0);
	*(volatile char *)p = 1;
	syscall(SYS_get_mempolicy, &mode, NULL, 0UL, p, MPOL_F_ADDR);
	syscall(SYS_get_mempolicy, &mode, NULL, 0UL, p, MPOL_F_NODE | MPOL_F_ADDR);
	syscall(SYS_migrate_pages, 0, 64UL, &one, &one);
	syscall(SYS_migrate_pages, getpid(), 1025UL, mask, mask);
	syscall(450, p, 8192UL, 0UL, 0UL);
	static const long modes[] = { MPOL_BIND | 0x2000, MPOL_BIND | 0x1000, 7 | MPOL_F_STATIC_NODES,
				      MPOL_F_STATIC_NODES, MPOL_PREFERRED | 0xc000, 0x10002, -1L };
	for (unsigned i = 0; i < sizeof modes / sizeof modes[0]; i++) {
		syscall(SYS_set_mempolicy, modes[i], &one, 64UL);
		syscall(SYS_mbind, NULL, 0UL, modes[i], &one, 64UL, MPOL_MF_STRICT | 0x8);
	}
	syscall(SYS_set_mempolicy, MPOL_DEFAULT, NULL, 0UL);
	syscall(SYS_get_mempolicy, NULL, &one, 64UL, (void *)0x1000, MPOL_F_ADDR);
	syscall(SYS_get_mempolicy, (void *)8, &one, 64UL, NULL, 0x10UL);
	return 0;
}

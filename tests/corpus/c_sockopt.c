/* Less common sockets and options: an AF_ALG hash socket (bind to
 * "hash"/"sha256", accept, write, read the digest), AF_PACKET raw and dgram
 * sockets with htons(ETH_P_ALL)/ETH_P_IP, a socket(AF_INET, SOCK_STREAM,
 * IPPROTO_UDP) and an unsupported family (errors), getsockopt of SO_DOMAIN,
 * SO_PROTOCOL, SO_ACCEPTCONN, SO_SNDBUF with a too-short length,
 * TCP_CONGESTION (a string), TCP_MAXSEG; SO_ATTACH_FILTER with a classic BPF
 * program and SO_DETACH_FILTER; SO_REUSEPORT; bind EADDRINUSE on a fixed
 * port; listen on a datagram socket (EOPNOTSUPP); and socketpair of
 * AF_UNIX SOCK_DGRAM with SOCK_NONBLOCK.  (This machine's kernel has no AF_ALG:
 * those calls fail, and their arguments print all the same.) */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <linux/filter.h>
#include <linux/if_alg.h>
#include <linux/if_ether.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static void alg_hash(void)
{
	struct sockaddr_alg sa = { .salg_family = AF_ALG };
	unsigned char digest[32];

	strcpy((char *)sa.salg_type, "hash");
	strcpy((char *)sa.salg_name, "sha256");
	int t = socket(AF_ALG, SOCK_SEQPACKET, 0);
	bind(t, (struct sockaddr *)&sa, sizeof sa);
	int op = accept(t, NULL, 0);
	write(op, "abc", 3);
	read(op, digest, sizeof digest);
	close(op);
	close(t);
}

int main(void)
{
	int v, one = 1;
	socklen_t vl;
	char cc[16];

	alg_hash();
	int pr = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_ALL));
	close(pr);
	int pd = socket(AF_PACKET, SOCK_DGRAM | SOCK_CLOEXEC, htons(ETH_P_IP));
	close(pd);
	socket(AF_INET, SOCK_STREAM, IPPROTO_UDP);
	socket(AF_IPX, SOCK_DGRAM, 0);

	int s = socket(AF_INET, SOCK_STREAM, 0);
	vl = sizeof v;
	getsockopt(s, SOL_SOCKET, SO_DOMAIN, &v, &vl);
	vl = sizeof v;
	getsockopt(s, SOL_SOCKET, SO_PROTOCOL, &v, &vl);
	vl = sizeof v;
	getsockopt(s, SOL_SOCKET, SO_ACCEPTCONN, &v, &vl);
	vl = 2;
	getsockopt(s, SOL_SOCKET, SO_SNDBUF, &v, &vl);
	vl = sizeof cc;
	getsockopt(s, IPPROTO_TCP, TCP_CONGESTION, cc, &vl);
	setsockopt(s, IPPROTO_TCP, TCP_CONGESTION, "reno", 4);
	vl = sizeof v;
	getsockopt(s, IPPROTO_TCP, TCP_MAXSEG, &v, &vl);
	struct sock_filter f[] = { BPF_STMT(BPF_RET | BPF_K, 0xffff) };
	struct sock_fprog prog = { 1, f };
	setsockopt(s, SOL_SOCKET, SO_ATTACH_FILTER, &prog, sizeof prog);
	setsockopt(s, SOL_SOCKET, SO_DETACH_FILTER, &one, sizeof one);
	setsockopt(s, SOL_SOCKET, SO_REUSEPORT, &one, sizeof one);
	struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = htons(47861) };
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	bind(s, (struct sockaddr *)&a, sizeof a);
	listen(s, 1);
	int s2 = socket(AF_INET, SOCK_STREAM, 0);
	bind(s2, (struct sockaddr *)&a, sizeof a);
	close(s2);
	close(s);
	int u = socket(AF_INET, SOCK_DGRAM, 0);
	listen(u, 1);
	close(u);
	int sv[2];
	socketpair(AF_UNIX, SOCK_DGRAM | SOCK_NONBLOCK, 0, sv);
	send(sv[0], "", 0, 0);
	recv(sv[1], cc, sizeof cc, 0);
	recv(sv[1], cc, sizeof cc, 0);
	close(sv[0]);
	close(sv[1]);
	return 0;
}

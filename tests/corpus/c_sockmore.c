/* Socket details beyond c_unix/c_udp/c_sockopt: SCM_RIGHTS with two fds
 * and SCM_CREDENTIALS in one sendmsg on a SOCK_SEQPACKET pair (MSG_NOSIGNAL|
 * MSG_DONTWAIT), recvmsg with MSG_CMSG_CLOEXEC, send MSG_MORE, recv
 * MSG_WAITALL, SO_TYPE/SO_RCVLOWAT/SO_SNDTIMEO, shutdown SHUT_RDWR; IPv4
 * multicast options (IP_ADD_MEMBERSHIP's struct ip_mreq, LOOP, TTL, IF),
 * IP_PKTINFO, IP_MTU_DISCOVER, SO_BINDTODEVICE, sendto MSG_CONFIRM; IPv6
 * IPV6_JOIN_GROUP and hop limits; an AF_PACKET bind (struct sockaddr_ll);
 * an ICMP datagram socket; TCP_CONGESTION set and read back, more TCP and
 * socket options, and connects that fail (port 0, a wrong family, a
 * v4-mapped address). */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <fcntl.h>
#include <linux/if_packet.h>
#include <net/ethernet.h>
#include <net/if.h>
#include <netinet/in.h>
#include <netinet/ip_icmp.h>
#include <netinet/tcp.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/uio.h>
#include <sys/un.h>
#include <unistd.h>

int main(void)
{
	int sv[2], one = 1, val;
	socklen_t len;
	socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sv);
	setsockopt(sv[1], SOL_SOCKET, SO_PASSCRED, &one, sizeof one);
	char cbuf[CMSG_SPACE(sizeof(int) * 2) + CMSG_SPACE(sizeof(struct ucred))];
	memset(cbuf, 0, sizeof cbuf);
	struct iovec iov = { "ab", 2 };
	struct msghdr mh = { NULL, 0, &iov, 1, cbuf, sizeof cbuf, 0 };
	struct cmsghdr *cm = CMSG_FIRSTHDR(&mh);
	cm->cmsg_level = SOL_SOCKET;
	cm->cmsg_type = SCM_RIGHTS;
	cm->cmsg_len = CMSG_LEN(sizeof(int) * 2);
	int fds[2] = { 0, 1 };
	memcpy(CMSG_DATA(cm), fds, sizeof fds);
	cm = CMSG_NXTHDR(&mh, cm);
	cm->cmsg_level = SOL_SOCKET;
	cm->cmsg_type = SCM_CREDENTIALS;
	cm->cmsg_len = CMSG_LEN(sizeof(struct ucred));
	struct ucred uc = { getpid(), 0, 0 };
	memcpy(CMSG_DATA(cm), &uc, sizeof uc);
	sendmsg(sv[0], &mh, MSG_NOSIGNAL | MSG_DONTWAIT);
	char rb[16], rc[256];
	struct iovec riov = { rb, sizeof rb };
	struct msghdr rm = { NULL, 0, &riov, 1, rc, sizeof rc, 0 };
	recvmsg(sv[1], &rm, MSG_CMSG_CLOEXEC);
	send(sv[0], "xyz", 3, MSG_MORE | MSG_NOSIGNAL);
	recv(sv[1], rb, sizeof rb, MSG_WAITALL | MSG_DONTWAIT);
	len = sizeof val;
	getsockopt(sv[0], SOL_SOCKET, SO_TYPE, &val, &len);
	len = sizeof val;
	getsockopt(sv[0], SOL_SOCKET, SO_RCVLOWAT, &val, &len);
	struct timeval tv;
	len = sizeof tv;
	getsockopt(sv[0], SOL_SOCKET, SO_SNDTIMEO, &tv, &len);
	shutdown(sv[0], SHUT_RDWR);
	close(sv[0]);
	close(sv[1]);
	int u = socket(AF_INET, SOCK_DGRAM, 0);
	struct ip_mreq mr;
	mr.imr_multiaddr.s_addr = inet_addr("239.1.2.3");
	mr.imr_interface.s_addr = htonl(INADDR_LOOPBACK);
	setsockopt(u, IPPROTO_IP, IP_ADD_MEMBERSHIP, &mr, sizeof mr);
	setsockopt(u, IPPROTO_IP, IP_MULTICAST_LOOP, &one, sizeof one);
	unsigned char ttl = 2;
	setsockopt(u, IPPROTO_IP, IP_MULTICAST_TTL, &ttl, sizeof ttl);
	struct in_addr ifa = { htonl(INADDR_LOOPBACK) };
	setsockopt(u, IPPROTO_IP, IP_MULTICAST_IF, &ifa, sizeof ifa);
	setsockopt(u, IPPROTO_IP, IP_PKTINFO, &one, sizeof one);
	setsockopt(u, IPPROTO_IP, IP_MTU_DISCOVER, &one, sizeof one);
	setsockopt(u, SOL_SOCKET, SO_BINDTODEVICE, "lo", 3);
	struct sockaddr_in dst = { AF_INET, htons(47895), { htonl(INADDR_LOOPBACK) } };
	sendto(u, "m", 1, MSG_CONFIRM, (struct sockaddr *)&dst, sizeof dst);
	close(u);
	int u6 = socket(AF_INET6, SOCK_DGRAM, 0);
	struct ipv6_mreq m6;
	inet_pton(AF_INET6, "ff02::1:3", &m6.ipv6mr_multiaddr);
	m6.ipv6mr_interface = 1;
	setsockopt(u6, IPPROTO_IPV6, IPV6_JOIN_GROUP, &m6, sizeof m6);
	setsockopt(u6, IPPROTO_IPV6, IPV6_MULTICAST_HOPS, &one, sizeof one);
	setsockopt(u6, IPPROTO_IPV6, IPV6_UNICAST_HOPS, &one, sizeof one);
	close(u6);
	int pk = socket(AF_PACKET, SOCK_DGRAM, htons(ETH_P_IP));
	struct sockaddr_ll ll;
	memset(&ll, 0, sizeof ll);
	ll.sll_family = AF_PACKET;
	ll.sll_protocol = htons(ETH_P_IP);
	ll.sll_ifindex = 1;
	bind(pk, (struct sockaddr *)&ll, sizeof ll);
	close(pk);
	int ic = socket(AF_INET, SOCK_DGRAM, IPPROTO_ICMP);
	close(ic);
	int t = socket(AF_INET, SOCK_STREAM, 0);
	setsockopt(t, IPPROTO_TCP, TCP_CONGESTION, "cubic", 5);
	char cc[16];
	len = sizeof cc;
	getsockopt(t, IPPROTO_TCP, TCP_CONGESTION, cc, &len);
	setsockopt(t, IPPROTO_TCP, TCP_USER_TIMEOUT, &one, sizeof one);
	setsockopt(t, IPPROTO_TCP, TCP_FASTOPEN, &one, sizeof one);
	setsockopt(t, SOL_SOCKET, SO_OOBINLINE, &one, sizeof one);
	struct linger lg;
	len = sizeof lg;
	getsockopt(t, SOL_SOCKET, SO_LINGER, &lg, &len);
	struct sockaddr_in any = { AF_INET, 0, { 0 } };
	connect(t, (struct sockaddr *)&any, sizeof any);
	struct sockaddr_un un = { AF_UNIX, "" };
	connect(t, (struct sockaddr *)&un, sizeof un);
	struct sockaddr_in6 a6 = { .sin6_family = AF_INET6 };
	inet_pton(AF_INET6, "::ffff:127.0.0.1", &a6.sin6_addr);
	connect(t, (struct sockaddr *)&a6, sizeof a6);
	close(t);
	return 0;
}

/* UDP over 127.0.0.1 with fixed ports: sendto/recvfrom, connect on a datagram
 * socket then send/recv, sendmmsg of three messages and recvmmsg of them,
 * MSG_DONTWAIT on an empty socket (EAGAIN), SO_BROADCAST and IP_TTL, and
 * more socket options: SO_RCVTIMEO/SO_SNDTIMEO (struct timeval),
 * SO_BINDTODEVICE "lo", IP_MULTICAST_TTL, IP_MULTICAST_LOOP, IP_RECVTTL,
 * IP_PKTINFO with the IP_TTL/IP_PKTINFO control messages it brings,
 * SO_PRIORITY, SO_MARK, and an unknown level. */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static struct sockaddr_in addr(int port)
{
	struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = htons(port) };
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	return a;
}

static int udp(int port)
{
	int s = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0), one = 1;
	struct sockaddr_in a = addr(port);
	setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
	bind(s, (struct sockaddr *)&a, sizeof a);
	return s;
}

static void more_options(int u1, int u2)
{
	struct timeval tv = { 2, 500000 }, got;
	socklen_t gl = sizeof got;
	int one = 1, v = 3;
	char buf[16], cbuf[256];

	setsockopt(u2, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
	getsockopt(u2, SOL_SOCKET, SO_RCVTIMEO, &got, &gl);
	setsockopt(u2, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
	setsockopt(u2, SOL_SOCKET, SO_BINDTODEVICE, "lo", 3);
	setsockopt(u1, IPPROTO_IP, IP_MULTICAST_TTL, &v, sizeof v);
	setsockopt(u1, IPPROTO_IP, IP_MULTICAST_LOOP, &one, sizeof one);
	setsockopt(u2, IPPROTO_IP, IP_RECVTTL, &one, sizeof one);
	setsockopt(u2, IPPROTO_IP, IP_PKTINFO, &one, sizeof one);
	setsockopt(u1, SOL_SOCKET, SO_PRIORITY, &v, sizeof v);
	setsockopt(u1, SOL_SOCKET, SO_MARK, &v, sizeof v);
	setsockopt(u1, 12345, 1, &v, sizeof v);
	send(u1, "opts", 4, 0);
	struct iovec iov = { buf, sizeof buf };
	struct sockaddr_in from;
	struct msghdr m = { &from, sizeof from, &iov, 1, cbuf, sizeof cbuf, 0 };
	recvmsg(u2, &m, 0);
}

int main(void)
{
	char buf[64];
	int u1 = udp(47841), u2 = udp(47842), one = 1, ttl = 7;
	struct sockaddr_in to = addr(47842), from;
	socklen_t fl = sizeof from;

	setsockopt(u1, SOL_SOCKET, SO_BROADCAST, &one, sizeof one);
	setsockopt(u1, IPPROTO_IP, IP_TTL, &ttl, sizeof ttl);
	sendto(u1, "one", 3, 0, (struct sockaddr *)&to, sizeof to);
	recvfrom(u2, buf, sizeof buf, 0, (struct sockaddr *)&from, &fl);
	recv(u2, buf, sizeof buf, MSG_DONTWAIT);
	connect(u1, (struct sockaddr *)&to, sizeof to);
	send(u1, "two", 3, 0);
	recv(u2, buf, sizeof buf, 0);

	struct iovec iov[3] = { { "aa", 2 }, { "bbb", 3 }, { "cccc", 4 } };
	struct mmsghdr mm[3];
	memset(mm, 0, sizeof mm);
	for (int i = 0; i < 3; i++) {
		mm[i].msg_hdr.msg_iov = &iov[i];
		mm[i].msg_hdr.msg_iovlen = 1;
	}
	sendmmsg(u1, mm, 3, 0);
	char r[3][8];
	struct iovec riov[3];
	struct mmsghdr rm[3];
	memset(rm, 0, sizeof rm);
	for (int i = 0; i < 3; i++) {
		riov[i].iov_base = r[i];
		riov[i].iov_len = sizeof r[i];
		rm[i].msg_hdr.msg_iov = &riov[i];
		rm[i].msg_hdr.msg_iovlen = 1;
	}
	recvmmsg(u2, rm, 3, MSG_DONTWAIT, NULL);
	more_options(u1, u2);
	close(u1);
	close(u2);
	return 0;
}

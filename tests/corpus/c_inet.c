/* AF_INET TCP over loopback in one thread: socket, setsockopt (SO_REUSEADDR,
 * SO_LINGER {1,0}, TCP_NODELAY, SO_RCVBUF, SO_KEEPALIVE, IP_TOS), bind to fixed
 * ports on both ends (so getsockname/accept print the same port every run),
 * listen, a non-blocking connect (EINPROGRESS) finished by poll, accept4,
 * getsockopt (SO_ERROR, SO_TYPE, TCP_NODELAY, SO_RCVBUF, SO_LINGER),
 * sendto/recvfrom, MSG_PEEK, shutdown, and ECONNREFUSED from a closed port.
 * Then AF_INET6 over ::1: TCP with IPV6_V6ONLY, fixed ports on both ends,
 * accept printing a sockaddr_in6, getsockname; UDP sendto/recvfrom over ::1
 * and an IPv4-mapped address refused on a v6-only socket. */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static struct sockaddr_in addr(int port)
{
	struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = htons(port) };
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	return a;
}

static int tcp(int port)
{
	int s = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP), one = 1;
	struct linger lg = { 1, 0 };
	struct sockaddr_in a = addr(port);

	setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
	setsockopt(s, SOL_SOCKET, SO_LINGER, &lg, sizeof lg);
	bind(s, (struct sockaddr *)&a, sizeof a);
	return s;
}

static struct sockaddr_in6 addr6(int port)
{
	struct sockaddr_in6 a = { .sin6_family = AF_INET6, .sin6_port = htons(port) };
	a.sin6_addr = in6addr_loopback;
	return a;
}

static int sock6(int type, int port)
{
	int s = socket(AF_INET6, type, 0), one = 1;
	struct linger lg = { 1, 0 };
	struct sockaddr_in6 a = addr6(port);

	setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
	setsockopt(s, IPPROTO_IPV6, IPV6_V6ONLY, &one, sizeof one);
	if (type == SOCK_STREAM)
		setsockopt(s, SOL_SOCKET, SO_LINGER, &lg, sizeof lg);
	bind(s, (struct sockaddr *)&a, sizeof a);
	return s;
}

static int inet6_calls(void)
{
	char buf[32];
	struct sockaddr_in6 a = addr6(47831), peer;
	socklen_t pl = sizeof peer;

	int l = sock6(SOCK_STREAM, 47831);
	listen(l, 4);
	int c = sock6(SOCK_STREAM, 47832);
	connect(c, (struct sockaddr *)&a, sizeof a);
	int s = accept(l, (struct sockaddr *)&peer, &pl);
	write(c, "six", 3);
	read(s, buf, sizeof buf);
	pl = sizeof peer;
	getsockname(s, (struct sockaddr *)&peer, &pl);
	int v;
	socklen_t vl = sizeof v;
	getsockopt(l, IPPROTO_IPV6, IPV6_V6ONLY, &v, &vl);
	close(s);
	close(c);
	close(l);

	int u1 = sock6(SOCK_DGRAM, 47833), u2 = sock6(SOCK_DGRAM, 47834);
	struct sockaddr_in6 to = addr6(47834);
	sendto(u1, "dgram", 5, 0, (struct sockaddr *)&to, sizeof to);
	pl = sizeof peer;
	recvfrom(u2, buf, sizeof buf, 0, (struct sockaddr *)&peer, &pl);
	struct sockaddr_in6 mapped = to;
	inet_pton(AF_INET6, "::ffff:127.0.0.1", &mapped.sin6_addr);
	sendto(u1, "x", 1, 0, (struct sockaddr *)&mapped, sizeof mapped);
	close(u1);
	close(u2);
	return 0;
}

int main(void)
{
	int one = 1, v;
	socklen_t vl;
	char buf[64];
	struct sockaddr_in a = addr(47821), peer;
	socklen_t pl = sizeof peer;

	int l = tcp(47821);
	listen(l, 8);
	int c = tcp(47822);
	setsockopt(c, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
	setsockopt(c, SOL_SOCKET, SO_KEEPALIVE, &one, sizeof one);
	v = 0x10;
	setsockopt(c, IPPROTO_IP, IP_TOS, &v, sizeof v);
	v = 65536;
	setsockopt(c, SOL_SOCKET, SO_RCVBUF, &v, sizeof v);
	fcntl(c, F_SETFL, fcntl(c, F_GETFL) | O_NONBLOCK);
	connect(c, (struct sockaddr *)&a, sizeof a);
	struct pollfd pf = { c, POLLOUT, 0 };
	poll(&pf, 1, 1000);
	vl = sizeof v;
	getsockopt(c, SOL_SOCKET, SO_ERROR, &v, &vl);
	int s = accept4(l, (struct sockaddr *)&peer, &pl, SOCK_CLOEXEC);
	vl = sizeof v;
	getsockopt(s, SOL_SOCKET, SO_TYPE, &v, &vl);
	vl = sizeof v;
	getsockopt(c, IPPROTO_TCP, TCP_NODELAY, &v, &vl);
	vl = sizeof v;
	getsockopt(c, SOL_SOCKET, SO_RCVBUF, &v, &vl);
	struct linger lg;
	vl = sizeof lg;
	getsockopt(c, SOL_SOCKET, SO_LINGER, &lg, &vl);
	pl = sizeof peer;
	getsockname(c, (struct sockaddr *)&peer, &pl);
	pl = sizeof peer;
	getpeername(c, (struct sockaddr *)&peer, &pl);

	sendto(c, "hello", 5, 0, NULL, 0);
	pf.fd = s;
	pf.events = POLLIN;
	poll(&pf, 1, 1000);
	recv(s, buf, sizeof buf, MSG_PEEK);
	pl = sizeof peer;
	recvfrom(s, buf, sizeof buf, 0, (struct sockaddr *)&peer, &pl);
	send(s, "world", 5, MSG_NOSIGNAL);
	pf.fd = c;
	poll(&pf, 1, 1000);
	read(c, buf, sizeof buf);
	shutdown(s, SHUT_RDWR);
	close(s);
	close(c);
	close(l);

	int r = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
	struct sockaddr_in z = addr(47823);
	connect(r, (struct sockaddr *)&z, sizeof z);
	close(r);
	inet6_calls();
	return 0;
}

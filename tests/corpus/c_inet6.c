/* AF_INET6 over ::1: TCP with IPV6_V6ONLY, fixed ports on both ends, accept
 * printing a sockaddr_in6, getsockname; then UDP sendto/recvfrom over ::1 and
 * an IPv4-mapped address refused on a v6-only socket. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

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

int main(void)
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

/* Name and interface lookups: a raw NETLINK_ROUTE socket bound to a fixed
 * port id (so the replies' nlmsg_pid is the same every run) sending an
 * RTM_GETADDR dump request and reading the replies with recvmsg until
 * NLMSG_DONE; getaddrinfo of "localhost" (nsswitch.conf, /etc/hosts,
 * gai.conf) and getnameinfo of 127.0.0.1; a POSIX message queue (mq_open,
 * mq_timedsend, mq_timedreceive, mq_getsetattr via mq_getattr/mq_setattr,
 * mq_unlink). */
/* cflags: -lrt */
#include <fcntl.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <mqueue.h>
#include <netdb.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

static void dump_addrs(void)
{
	int s = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE);
	struct sockaddr_nl me = { .nl_family = AF_NETLINK, .nl_pid = 47851 };
	struct sockaddr_nl kern = { .nl_family = AF_NETLINK };
	struct {
		struct nlmsghdr h;
		struct ifaddrmsg a;
	} req = { { sizeof req, RTM_GETADDR, NLM_F_REQUEST | NLM_F_DUMP, 1, 47851 },
		  { .ifa_family = AF_INET } };
	static char buf[16384];

	bind(s, (struct sockaddr *)&me, sizeof me);
	sendto(s, &req, sizeof req, 0, (struct sockaddr *)&kern, sizeof kern);
	for (;;) {
		struct iovec iov = { buf, sizeof buf };
		struct sockaddr_nl from;
		struct msghdr m = { &from, sizeof from, &iov, 1, NULL, 0, 0 };
		ssize_t n = recvmsg(s, &m, 0);
		if (n <= 0)
			break;
		struct nlmsghdr *h = (struct nlmsghdr *)buf;
		if (h->nlmsg_type == NLMSG_DONE || h->nlmsg_type == NLMSG_ERROR)
			break;
	}
	close(s);
}

int main(void)
{
	struct addrinfo hints = { .ai_family = AF_INET, .ai_socktype = SOCK_STREAM }, *res;
	char host[64], serv[32];

	dump_addrs();
	if (getaddrinfo("localhost", "80", &hints, &res) == 0)
		freeaddrinfo(res);
	struct sockaddr_in sin = { .sin_family = AF_INET, .sin_port = htons(22) };
	sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	getnameinfo((struct sockaddr *)&sin, sizeof sin, host, sizeof host, serv, sizeof serv, NI_NUMERICSERV);
	write(1, host, strlen(host));
	write(1, "\n", 1);

	struct mq_attr attr = { .mq_maxmsg = 4, .mq_msgsize = 64 }, got;
	mq_unlink("/rtrace-corpus");
	mqd_t q = mq_open("/rtrace-corpus", O_CREAT | O_RDWR | O_EXCL, 0600, &attr);
	struct timespec ts = { 0, 0 };
	mq_timedsend(q, "message", 7, 3, &ts);
	char msg[64];
	unsigned prio;
	mq_timedreceive(q, msg, sizeof msg, &prio, &ts);
	mq_timedreceive(q, msg, sizeof msg, &prio, &ts);
	mq_getattr(q, &got);
	got.mq_flags = O_NONBLOCK;
	mq_setattr(q, &got, NULL);
	mq_close(q);
	mq_unlink("/rtrace-corpus");
	return 0;
}

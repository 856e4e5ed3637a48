/* AF_UNIX: socketpair (stream and seqpacket), sendmsg with SCM_RIGHTS passing a
 * file descriptor, recvmsg receiving it, SCM_CREDENTIALS refused without
 * SO_PASSCRED, a bound named socket (bind, listen, connect, accept4 with
 * SOCK_CLOEXEC), getsockname/getpeername, shutdown; an abstract-namespace
 * datagram socket, SO_PASSCRED and SCM_CREDENTIALS, a control buffer too
 * small (MSG_CTRUNC in msg_flags), and MSG_PEEK|MSG_TRUNC on a datagram. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stddef.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

static int send_fd(int s, int fd)
{
	char data[] = "fd";
	struct iovec iov = { data, 2 };
	union { struct cmsghdr h; char buf[CMSG_SPACE(sizeof(int))]; } u;
	struct msghdr m = { 0 };

	memset(&u, 0, sizeof u);
	m.msg_iov = &iov;
	m.msg_iovlen = 1;
	m.msg_control = u.buf;
	m.msg_controllen = sizeof u.buf;
	struct cmsghdr *c = CMSG_FIRSTHDR(&m);
	c->cmsg_level = SOL_SOCKET;
	c->cmsg_type = SCM_RIGHTS;
	c->cmsg_len = CMSG_LEN(sizeof(int));
	memcpy(CMSG_DATA(c), &fd, sizeof fd);
	return sendmsg(s, &m, 0);
}

static int recv_fd(int s)
{
	char data[8];
	struct iovec iov = { data, sizeof data };
	union { struct cmsghdr h; char buf[CMSG_SPACE(sizeof(int))]; } u;
	struct msghdr m = { 0 };
	int fd = -1;

	m.msg_iov = &iov;
	m.msg_iovlen = 1;
	m.msg_control = u.buf;
	m.msg_controllen = sizeof u.buf;
	if (recvmsg(s, &m, MSG_CMSG_CLOEXEC) < 0)
		return -1;
	struct cmsghdr *c = CMSG_FIRSTHDR(&m);
	if (c && c->cmsg_type == SCM_RIGHTS)
		memcpy(&fd, CMSG_DATA(c), sizeof fd);
	return fd;
}

static void abstract_dgram(void)
{
	struct sockaddr_un a = { .sun_family = AF_UNIX };
	socklen_t al = offsetof(struct sockaddr_un, sun_path) + 1 + 13;
	int one = 1;
	char buf[16];

	memcpy(a.sun_path, "\0rtrace-corpus", 14);
	int r = socket(AF_UNIX, SOCK_DGRAM, 0);
	bind(r, (struct sockaddr *)&a, al);
	setsockopt(r, SOL_SOCKET, SO_PASSCRED, &one, sizeof one);
	int w = socket(AF_UNIX, SOCK_DGRAM, 0);
	sendto(w, "datagram one", 12, 0, (struct sockaddr *)&a, al);
	sendto(w, "datagram two", 12, 0, (struct sockaddr *)&a, al);
	recv(r, buf, 4, MSG_PEEK | MSG_TRUNC);

	struct iovec iov = { buf, sizeof buf };
	union { struct cmsghdr h; char b[CMSG_SPACE(sizeof(struct ucred))]; } u;
	struct sockaddr_un from;
	struct msghdr m = { &from, sizeof from, &iov, 1, u.b, sizeof u.b, 0 };
	recvmsg(r, &m, 0);
	char tiny[sizeof(struct cmsghdr)];
	m.msg_control = tiny;
	m.msg_controllen = sizeof tiny;
	m.msg_namelen = sizeof from;
	recvmsg(r, &m, 0);
	socklen_t fl = sizeof from;
	getsockname(r, (struct sockaddr *)&from, &fl);
	close(w);
	close(r);
}

int main(void)
{
	int sv[2], sp[2];
	char buf[32];

	if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv))
		return 1;
	int f = open("data.txt", O_RDONLY);
	send_fd(sv[0], f);
	close(f);
	int g = recv_fd(sv[1]);
	ssize_t n = read(g, buf, 5);
	write(1, buf, n);
	close(g);
	send(sv[0], "abc", 3, MSG_DONTWAIT);
	recv(sv[1], buf, sizeof buf, 0);
	shutdown(sv[0], SHUT_WR);
	n = recv(sv[1], buf, sizeof buf, 0);
	close(sv[0]);
	close(sv[1]);

	socketpair(AF_UNIX, SOCK_SEQPACKET, 0, sp);
	write(sp[0], "packet", 6);
	recvfrom(sp[1], buf, 3, MSG_TRUNC, NULL, NULL);
	close(sp[0]);
	close(sp[1]);

	struct sockaddr_un a = { .sun_family = AF_UNIX };
	strcpy(a.sun_path, "sock");
	int l = socket(AF_UNIX, SOCK_STREAM, 0);
	bind(l, (struct sockaddr *)&a, sizeof a);
	listen(l, 4);
	int c = socket(AF_UNIX, SOCK_STREAM, 0);
	connect(c, (struct sockaddr *)&a, offsetof(struct sockaddr_un, sun_path) + 5);
	struct sockaddr_un peer;
	socklen_t pl = sizeof peer;
	int s = accept4(l, (struct sockaddr *)&peer, &pl, SOCK_CLOEXEC | SOCK_NONBLOCK);
	pl = sizeof peer;
	getsockname(s, (struct sockaddr *)&peer, &pl);
	pl = sizeof peer;
	getpeername(c, (struct sockaddr *)&peer, &pl);
	int type;
	socklen_t tl = sizeof type;
	getsockopt(s, SOL_SOCKET, SO_TYPE, &type, &tl);
	struct ucred cr;
	socklen_t cl = sizeof cr;
	getsockopt(s, SOL_SOCKET, SO_PEERCRED, &cr, &cl);
	close(s);
	close(c);
	close(l);
	unlink("sock");
	abstract_dgram();
	return 0;
}

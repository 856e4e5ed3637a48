/* sockets: a TCP server and client over 127.0.0.1 in one process: socket,
 * bind to port 0, listen, getsockname, connect, accept, send/recv and
 * sendmsg/recvmsg. Prints what was received. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

int main(void)
{
	int ls = socket(AF_INET, SOCK_STREAM, 0);
	struct sockaddr_in a;
	memset(&a, 0, sizeof a);
	a.sin_family = AF_INET;
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (ls < 0 || bind(ls, (struct sockaddr *)&a, sizeof a) < 0 || listen(ls, 1) < 0)
		return 2;
	socklen_t len = sizeof a;
	if (getsockname(ls, (struct sockaddr *)&a, &len) < 0)
		return 3;
	int c = socket(AF_INET, SOCK_STREAM, 0);
	if (connect(c, (struct sockaddr *)&a, sizeof a) < 0)
		return 4;
	int s = accept(ls, NULL, NULL);
	if (s < 0)
		return 5;
	const char msg[] = "ping over loopback";
	send(c, msg, sizeof msg - 1, 0);
	char buf[64] = { 0 };
	ssize_t n = recv(s, buf, sizeof msg - 1, MSG_WAITALL);
	printf("recv %zd: %s\n", n, buf);
	struct iovec iov = { "msg-part", 8 };
	struct msghdr mh;
	memset(&mh, 0, sizeof mh);
	mh.msg_iov = &iov;
	mh.msg_iovlen = 1;
	sendmsg(s, &mh, 0);
	char rb[16] = { 0 };
	struct iovec riov = { rb, sizeof rb - 1 };
	struct msghdr rh;
	memset(&rh, 0, sizeof rh);
	rh.msg_iov = &riov;
	rh.msg_iovlen = 1;
	n = recvmsg(c, &rh, 0);
	printf("recvmsg %zd: %s\n", n, rb);
	close(s);
	close(c);
	close(ls);
	return 0;
}

/* A pseudo-terminal from openpty (-lutil): the ioctls on both ends (TCGETS,
 * TCSETS via tcsetattr with raw mode, TIOCGWINSZ/TIOCSWINSZ, TIOCGPGRP,
 * FIONREAD after poll, TCFLSH), isatty, writes through the line discipline read back on
 * the master, and ENOTTY from a tty ioctl on a regular file. */
/* cflags: -lutil */
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

int main(void)
{
	int m, s, n;
	struct termios t;
	struct winsize ws = { 24, 80, 0, 0 }, got;
	char buf[64];

	if (openpty(&m, &s, NULL, NULL, &ws) != 0)
		return 1;
	tcgetattr(s, &t);
	cfmakeraw(&t);
	tcsetattr(s, TCSANOW, &t);
	ioctl(s, TIOCGWINSZ, &got);
	ws.ws_row = 50;
	ws.ws_col = 132;
	ioctl(m, TIOCSWINSZ, &ws);
	ioctl(s, TIOCGWINSZ, &got);
	isatty(s);
	write(s, "through the pty\n", 16);
	/* the line discipline hands data to the master asynchronously: wait for it */
	struct pollfd pf = { m, POLLIN, 0 };
	poll(&pf, 1, 1000);
	ioctl(m, FIONREAD, &n);
	read(m, buf, sizeof buf);
	tcflush(s, TCIOFLUSH);
	int fd = open("data.txt", O_RDONLY);
	isatty(fd);
	ioctl(fd, TIOCGWINSZ, &got);
	close(fd);
	close(s);
	close(m);
	return 0;
}

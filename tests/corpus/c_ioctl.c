/* ioctls that are not about terminals: FIONREAD on a pipe with 5 bytes in it,
 * FIONBIO on and off, FIOCLEX/FIONCLEX, FIOASYNC, FIGETBSZ and FS_IOC_GETFLAGS
 * on a regular file, TCGETS on a pipe (ENOTTY), SIOCGIFINDEX/SIOCGIFFLAGS of
 * "lo" on a datagram socket, and an unknown ioctl number on /dev/null. */
#include <fcntl.h>
#include <linux/fs.h>
#include <net/if.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <termios.h>
#include <unistd.h>

int main(void)
{
	int p[2], n, on = 1, off = 0, flags;
	struct termios t;
	struct ifreq ifr;

	pipe(p);
	write(p[1], "12345", 5);
	ioctl(p[0], FIONREAD, &n);
	ioctl(p[0], FIONBIO, &on);
	ioctl(p[0], FIONBIO, &off);
	ioctl(p[0], FIOCLEX);
	ioctl(p[0], FIONCLEX);
	ioctl(p[0], FIOASYNC, &off);
	ioctl(p[0], TCGETS, &t);
	int fd = open("data.txt", O_RDONLY);
	ioctl(fd, FIGETBSZ, &n);
	ioctl(fd, FS_IOC_GETFLAGS, &flags);
	int s = socket(AF_INET, SOCK_DGRAM, 0);
	memset(&ifr, 0, sizeof ifr);
	strcpy(ifr.ifr_name, "lo");
	ioctl(s, SIOCGIFINDEX, &ifr);
	ioctl(s, SIOCGIFFLAGS, &ifr);
	int dn = open("/dev/null", O_RDWR);
	ioctl(dn, _IOR('z', 0x42, int), &n);
	close(dn);
	close(s);
	close(fd);
	return 0;
}

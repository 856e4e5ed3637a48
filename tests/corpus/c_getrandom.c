/* Randomness, whose bytes the comparison normalises: getrandom with flags 0,
 * GRND_NONBLOCK and GRND_RANDOM, a zero-length request, reads of /dev/urandom,
 * and getentropy (glibc's wrapper over getrandom). */
#include <fcntl.h>
#include <sys/random.h>
#include <unistd.h>

int main(void)
{
	unsigned char buf[32];

	getrandom(buf, 16, 0);
	getrandom(buf, 8, GRND_NONBLOCK);
	getrandom(buf, 4, GRND_RANDOM | GRND_NONBLOCK);
	getrandom(buf, 0, 0);
	getentropy(buf, 32);
	int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
	read(fd, buf, 12);
	read(fd, buf, 1);
	close(fd);
	write(1, "random ok\n", 10);
	return 0;
}

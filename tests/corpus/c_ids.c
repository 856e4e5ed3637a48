/* Identity and clocks: getuid/geteuid/getgid/getegid, getresuid/getresgid,
 * getgroups (size probe and full), setgroups to the same list, setresuid to
 * the same ids, getpid/getppid/gettid/getpgrp/getsid, uname, sysinfo,
 * getrusage, times, clock_getres, clock_gettime, gettimeofday, time,
 * nanosleep, clock_nanosleep (relative), getcwd, chdir and fchdir.
 * Then randomness, whose bytes the comparison normalises: getrandom with
 * flags 0, GRND_NONBLOCK, GRND_RANDOM, a zero-length request, getentropy,
 * and reads of /dev/urandom. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <grp.h>
#include <sys/random.h>
#include <sys/resource.h>
#include <sys/sysinfo.h>
#include <sys/time.h>
#include <sys/times.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>

static int random_calls(void)
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

int main(void)
{
	uid_t r, e, s;
	gid_t g[64], gr, ge, gs;
	struct utsname u;
	struct sysinfo si;
	struct rusage ru;
	struct tms tm;
	struct timespec ts, sl = { 0, 1000000 };
	struct timeval tv;
	char cwd[4096];

	getuid();
	geteuid();
	getgid();
	getegid();
	getresuid(&r, &e, &s);
	getresgid(&gr, &ge, &gs);
	int n = getgroups(0, NULL);
	n = getgroups(64, g);
	setgroups(n, g);
	setresuid(-1, -1, -1);
	getpid();
	getppid();
	gettid();
	getpgrp();
	getsid(0);
	uname(&u);
	sysinfo(&si);
	getrusage(RUSAGE_SELF, &ru);
	getrusage(RUSAGE_CHILDREN, &ru);
	times(&tm);
	clock_getres(CLOCK_MONOTONIC, &ts);
	clock_gettime(CLOCK_REALTIME, &ts);
	gettimeofday(&tv, NULL);
	time(NULL);
	nanosleep(&sl, NULL);
	clock_nanosleep(CLOCK_MONOTONIC, 0, &sl, NULL);
	getcwd(cwd, sizeof cwd);
	int d = open(".", O_RDONLY | O_DIRECTORY);
	chdir("tree");
	getcwd(cwd, sizeof cwd);
	chdir("no-such-dir");
	fchdir(d);
	close(d);
	random_calls();
	return 0;
}

/* inotify: inotify_init1, inotify_add_watch on a directory and a file,
 * create/modify/rename/delete inside it, read the queued events (struct
 * inotify_event with names), inotify_rm_watch, and a watch on a missing path. */
#include <fcntl.h>
#include <stdio.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

int main(void)
{
	char buf[4096] __attribute__((aligned(8)));

	mkdir("watched", 0755);
	int in = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
	int wd = inotify_add_watch(in, "watched", IN_CREATE | IN_DELETE | IN_MODIFY | IN_MOVED_FROM | IN_MOVED_TO);
	int wf = inotify_add_watch(in, "data.txt", IN_OPEN | IN_CLOSE);
	inotify_add_watch(in, "missing", IN_ALL_EVENTS);
	read(in, buf, sizeof buf);
	int fd = open("watched/f", O_CREAT | O_WRONLY, 0644);
	write(fd, "x", 1);
	close(fd);
	rename("watched/f", "watched/g");
	unlink("watched/g");
	fd = open("data.txt", O_RDONLY);
	close(fd);
	read(in, buf, sizeof buf);
	inotify_rm_watch(in, wf);
	inotify_rm_watch(in, wd);
	read(in, buf, sizeof buf);
	close(in);
	rmdir("watched");
	return 0;
}

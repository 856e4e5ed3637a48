/* A mutex and a condvar shared by two threads, with every hand-over forced:
 * the worker tells main through a pipe that it is about to lock the mutex main
 * holds; main sleeps 100 ms (so the worker is always in FUTEX_WAIT when main
 * unlocks); the worker says again when it has the lock, and main sleeps
 * 100 ms more (the worker is then in its condvar wait) before it signals.
 * pthread_join then waits on a worker that sleeps before it exits. */
#include <pthread.h>
#include <time.h>
#include <unistd.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int ready, started[2];

static void pause_ms(long ms)
{
	struct timespec ts = { 0, ms * 1000000 };
	nanosleep(&ts, NULL);
}

static void *worker(void *arg)
{
	(void)arg;
	write(started[1], "s", 1);
	pthread_mutex_lock(&m);
	write(1, "worker has lock\n", 16);
	write(started[1], "l", 1);
	while (!ready)
		pthread_cond_wait(&cv, &m);
	pthread_mutex_unlock(&m);
	write(1, "worker woke\n", 12);
	pause_ms(50);
	return NULL;
}

int main(void)
{
	pthread_t t;
	char c;

	pipe(started);
	pthread_mutex_lock(&m);
	pthread_create(&t, NULL, worker, NULL);
	read(started[0], &c, 1);
	pause_ms(100);
	pthread_mutex_unlock(&m);
	read(started[0], &c, 1);
	pause_ms(100);
	pthread_mutex_lock(&m);
	ready = 1;
	/* signalled after the unlock, so the woken worker never finds the mutex held */
	pthread_mutex_unlock(&m);
	pthread_cond_signal(&cv);
	pthread_join(t, NULL);
	write(1, "joined\n", 7);
	return 0;
}

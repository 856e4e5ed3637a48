# py_threads: threads started and joined one at a time, each writing its own file.
# A thread's hand-overs of the GIL are timing, so the main thread holds the GIL
# as little as possible: it starts a thread and then blocks in a pipe read (GIL
# released) until the thread, done with its work, writes its number there.
import os, threading
r, w = os.pipe()
def work(i):
    with open("t%d.txt" % i, "w") as f:
        f.write("thread %d\n" % i)
    os.write(w, b"%d" % i)
for i in range(3):
    t = threading.Thread(target=work, args=(i,))
    t.start()
    os.read(r, 1)
    t.join()
print(sorted(open("t%d.txt" % i).read() for i in range(3)))

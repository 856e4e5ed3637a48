# py_os: the os module's thinner wrappers: pipe2, socketpair with SCM_RIGHTS
# (socket.send_fds/recv_fds), posix_spawn, sendfile, scandir (sorted),
# statvfs, fcntl.flock/lockf, select.poll, os.getxattr/setxattr, resource
# limits, truncate, utime with ns, access, umask, mkfifo, os.link.
import fcntl, os, resource, select, socket
r, w = os.pipe2(os.O_CLOEXEC)
os.write(w, b"pipe2")
print(os.read(r, 16))
a, b = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
socket.send_fds(a, [b"fd"], [r])
msg, fds, flags, addr = socket.recv_fds(b, 16, 1)
print(msg, len(fds), flags)
os.close(fds[0])
pid = os.posix_spawn("/bin/true", ["true"], {"A": "1"})
print("spawned", os.waitpid(pid, 0)[1])
with open("data.txt", "rb") as src, open("copy.txt", "wb") as dst:
    print("sent", os.sendfile(dst.fileno(), src.fileno(), 0, 1 << 20))
print(sorted(e.name for e in os.scandir("tree")))
print(os.statvfs(".").f_bsize > 0)
with open("lock", "w") as f:
    fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
    fcntl.lockf(f, fcntl.LOCK_SH | fcntl.LOCK_NB, 10, 0)
    fcntl.flock(f, fcntl.LOCK_UN)
p = select.poll()
p.register(w, select.POLLOUT)
print(p.poll(0))
try:
    os.setxattr("copy.txt", "user.k", b"v")
    print(os.getxattr("copy.txt", "user.k"), os.listxattr("copy.txt"))
except OSError as e:
    print("xattr", e.errno)
print(resource.getrlimit(resource.RLIMIT_NOFILE))
resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
os.truncate("copy.txt", 5)
os.utime("copy.txt", ns=(1_000_000_001, 2_000_000_002))
print(os.access("copy.txt", os.R_OK | os.W_OK), oct(os.umask(0o027)))
os.mkfifo("fifo", 0o600)
os.link("copy.txt", "hard.txt")
print(os.stat("hard.txt").st_nlink)

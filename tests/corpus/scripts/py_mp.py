# py_mp: multiprocessing with the fork start method and no helper threads:
# two Process children talking over a Pipe each (send/recv of pickles),
# exit codes collected with join, one child ending with sys.exit(3).
import multiprocessing as mp, sys

def square(conn):
    n = conn.recv()
    conn.send(n * n)
    conn.close()

def fail():
    sys.exit(3)

if __name__ == "__main__":
    ctx = mp.get_context("fork")
    a, b = ctx.Pipe()
    p = ctx.Process(target=square, args=(b,))
    p.start()
    a.send(12)
    print("square", a.recv())
    p.join()
    q = ctx.Process(target=fail)
    q.start()
    q.join()
    print("exitcodes", p.exitcode, q.exitcode)

# py_signals: Python signal handlers (the C handler sets a flag, the eval loop runs the
# Python handler), SIG_IGN, an interval timer, and signal.pause().
import os, signal
got = []
signal.signal(signal.SIGUSR1, lambda s, f: got.append("usr1"))
signal.signal(signal.SIGALRM, lambda s, f: got.append("alrm"))
signal.signal(signal.SIGUSR2, signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGUSR1)
os.kill(os.getpid(), signal.SIGUSR2)
signal.setitimer(signal.ITIMER_REAL, 0.02)
signal.pause()
print(got)

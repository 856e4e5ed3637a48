# py_subprocess: subprocess.run and check_output (vfork/clone + exec, the error pipe, wait4).
import subprocess, sys
r = subprocess.run(["true"])
print("true ->", r.returncode)
r = subprocess.run(["sh", "-c", "exit 4"])
print("sh ->", r.returncode)
out = subprocess.check_output(["echo", "from child"])
print(out)
try:
    subprocess.run(["no-such-program-xyz"])
except FileNotFoundError as e:
    print("missing:", e.errno)
sys.stdout.flush()

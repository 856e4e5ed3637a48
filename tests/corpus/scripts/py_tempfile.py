# py_tempfile: mkstemp, NamedTemporaryFile, TemporaryDirectory.  Python draws names
# from random(); the candidate names are fixed here so the two runs create the same
# files (the calls made are the ones tempfile makes for any name).
import os, tempfile
names = iter(["aaaaaa", "bbbbbb", "cccccc", "dddddd"])
tempfile._get_candidate_names = lambda: names
fd, path = tempfile.mkstemp(dir=".", prefix="t", suffix=".tmp")
os.write(fd, b"temp\n")
os.close(fd)
os.unlink(path)
with tempfile.NamedTemporaryFile(dir=".", prefix="n") as f:
    f.write(b"named")
    f.flush()
with tempfile.TemporaryDirectory(dir=".", prefix="d") as d:
    open(os.path.join(d, "inside"), "w").close()
print(sorted(os.listdir(".")).count("inside"))

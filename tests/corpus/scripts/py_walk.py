# py_walk: os.walk (scandir, getdents64, stat of entries) and file reads.
import os
for root, dirs, files in os.walk("tree"):
    dirs.sort()
    for name in sorted(files):
        p = os.path.join(root, name)
        print(p, os.path.islink(p), os.path.getsize(p))

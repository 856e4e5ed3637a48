# py_files: file I/O through Python's io layer: open modes, seek, stat, rename, unlink, listdir.
import os
with open("f.txt", "w") as f:
    f.write("line one\nline two\n")
with open("f.txt", "a") as f:
    f.write("line three\n")
with open("f.txt", "rb") as f:
    f.seek(5)
    print(f.read(3))
    print(f.tell())
st = os.stat("f.txt")
print(st.st_size, oct(st.st_mode & 0o777))
os.rename("f.txt", "g.txt")
os.mkdir("d")
os.symlink("../g.txt", "d/link")
print(os.readlink("d/link"), sorted(os.listdir(".")))
os.chmod("g.txt", 0o600)
os.unlink("d/link")
os.rmdir("d")
os.remove("g.txt")
print(os.path.exists("g.txt"))

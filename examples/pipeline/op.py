"""The operation the example stage applies to each line."""


def transform(line):
    words = line.split()
    return " ".join(w.capitalize() for w in words)

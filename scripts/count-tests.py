#!/usr/bin/env python3
"""Sums a meson testlog.json into "PASSED FAILED".

Each criterion binary reports "Synthesis: Tested: N | Passing: N | Failing: N |
Crashing: N"; its cases are counted one by one. A test that reports no
synthesis (not a criterion binary, or it died first) counts as one case."""
import json, re, sys

SYN = re.compile(r"Synthesis: Tested: (\d+) \| Passing: (\d+) \| Failing: (\d+) \| Crashing: (\d+)")
passed = failed = 0
try:
    lines = open(sys.argv[1], encoding="utf-8", errors="replace").read().splitlines()
except OSError:
    print("0 1")
    sys.exit(0)
for line in lines:
    t = json.loads(line)
    out = (t.get("stdout") or "") + (t.get("stderr") or "")
    m = SYN.findall(out)
    ok = t.get("result") in ("OK", "EXPECTEDFAIL", "SKIP")
    if m:
        _, p, f, c = map(int, m[-1])
        passed += p
        failed += f + c
        if not ok and f + c == 0:
            failed += 1
    elif ok:
        passed += 1
    else:
        failed += 1
print(passed, failed)

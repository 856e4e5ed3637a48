"""The bundled example stage: reads `input`, writes `output` through op.py.

`dry run python3 stage.py` should find the deps input, op.py and stage.py and
the out output."""
import op

with open("input") as src, open("output", "w") as dst:
    for line in src:
        dst.write(op.transform(line) + "\n")

#!/usr/bin/env python3
"""Compare the summary tables of two gold-test runs and print every cell that moved.

Usage: save each run's output, then compare them:

    FACTLENS_GOLD_TUNING=1 cargo test -p factlens-core --release --test gold -- --nocapture every_set > before.txt
    ... change a rule ...
    FACTLENS_GOLD_TUNING=1 cargo test -p factlens-core --release --test gold -- --nocapture every_set > after.txt
    python3 tools/gold-diff.py before.txt after.txt

Each line names the set, the column, the two values and whether it went UP or DOWN (for "types" and
"dates", a right/checked fraction, by its value); the last line counts the cells that moved.
"""
import sys
from fractions import Fraction

COLUMNS = ["entities", "units+orgs", "events", "types", "dates", "participants", "locations"]


def table(path):
    """The summary table of one run: set name -> its cells as printed."""
    rows = {}
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("| ") and not line.startswith(("| set", "| ---")):
                cells = [c.strip() for c in line.strip().strip("|").split("|")]
                rows[cells[0]] = cells[1:]
    return rows


def value(cell):
    """A cell's number: an F1 or a right/checked fraction; None for a hidden or empty cell."""
    try:
        return Fraction(*map(int, cell.split("/"))) if "/" in cell else float(cell)
    except (ValueError, ZeroDivisionError):
        return None


def main(before_path, after_path):
    before, after = table(before_path), table(after_path)
    moved = 0
    for name, cells in after.items():
        if name not in before:
            print(f"new set {name}: {cells}")
            continue
        for column, old, new in zip(COLUMNS, before[name], cells):
            if old == new:
                continue
            moved += 1
            a, b = value(old), value(new)
            way = "" if a is None or b is None or a == b else (" UP" if b > a else " DOWN")
            print(f"{name[:40]:40} {column:12} {old} -> {new}{way}")
    print(f"{moved} cells moved")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])

#!/usr/bin/env python3
"""tools/kinds-table.py — the per-kind consumer decisions (include/kinds.tsv).

  python3 tools/kinds-table.py --check       what tests/test-kinds.sh runs
  python3 tools/kinds-table.py --suggest     prints a row for every kind, as
                                             the code reads today (a start
                                             for a new row; review it)

The table has one row per kind of include/events.def, in its order, and one
column per consumer (named with the files that make it up in the "#consumer"
lines at its top).  A cell says what the consumer does with the kind, or
"-": nothing to do, a decision, not an omission.

--check fails when
  - a kind of events.def has no row (the message gives the row to add, and
    after which row), or a row names a kind events.def does not have;
  - a row has a cell missing or empty;
  - a cell is "-" but the consumer's code names the kind (PL_EV_ID): the
    table says it ignores a kind the code handles;
  - a cell is not "-" but the consumer's code never names the kind: the
    table says it handles a kind the code does not.
"""
import os
import re
import sys

ROOT = os.environ.get("KINDS_ROOT") or os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
EVENTS = "include/events.def"
TABLE = "include/kinds.tsv"


def read(path):
    with open(os.path.join(ROOT, path), encoding="utf-8") as f:
        return f.read()


def kinds():
    out = []
    for n, line in enumerate(read(EVENTS).splitlines(), 1):
        m = re.match(r"\s*X\((\w+),", line)
        if m:
            out.append((m.group(1), n))
    return out


def table():
    consumers, rows, order = [], {}, []
    for n, line in enumerate(read(TABLE).splitlines(), 1):
        if line.startswith("#consumer"):
            parts = line.split()
            consumers.append((parts[1], parts[2:]))
            continue
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        rows[cells[0]] = (cells[1:], n)
        order.append(cells[0])
    return consumers, rows, order


def mentions(files):
    """kind -> list of enclosing function (or table) names, over the files"""
    found = {}
    for path in files:
        fn = "?"
        for line in read(path).splitlines():
            m = re.match(r"^(?:static\s+)?(?:const\s+)?[A-Za-z_][\w\s\*]*?\b(\w+)\s*(?:\(|\[)", line)
            if m and not line.startswith((" ", "\t", "#", "/", "}")) and ("{" in line or line.rstrip().endswith(")")):
                fn = m.group(1)
            for k in re.findall(r"\bPL_EV_([A-Z0-9_]+)\b", line):
                if k.startswith("_"):
                    continue
                lst = found.setdefault(k, [])
                if fn not in lst:
                    lst.append(fn)
    return found


def note_fns(files):
    """annotate: kind -> its note function in the notes[] table"""
    out = {}
    for path in files:
        for k, fn in re.findall(r"\[PL_EV_(\w+)\]\s*=\s*(\w+)", read(path)):
            out[k] = fn
    return out


def signals(files):
    """diagnose: kind -> the signals classify() returns for it"""
    out = {}
    for path in files:
        text = read(path)
        m = re.search(r"\nstatic sig classify\(.*?\n}\n", text, re.S)
        if not m:
            continue
        block = None
        for line in m.group(0).splitlines():
            if re.match(r"  (if|return|/\*)", line):
                block = None
            ks = re.findall(r"\bk == PL_EV_(\w+)", line) if line.startswith("  if (k") else []
            if "k != PL_EV_" in line:
                for k in re.findall(r"\bk != PL_EV_(\w+)", line):
                    out.setdefault(k, []).append("text")
                continue
            if ks:
                block = ks
            if block:
                for sig in re.findall(r"\b(S_[A-Z0-9_]+)\b", line):
                    for k in block:
                        lst = out.setdefault(k, [])
                        if sig not in lst:
                            lst.append(sig)
    return out


def suggest_cell(consumer, kind, found, files):
    where = found.get(kind)
    if not where:
        return "-"
    where = list(where)
    if consumer == "annotate":
        fn = note_fns(files).get(kind)
        where = [fn if w == "notes" else w for w in where]
    if consumer == "diagnose" and "classify" in where:
        sigs = signals(files).get(kind) or ["S_NONE"]
        where[where.index("classify")] = "classify:" + "/".join(sigs)
    return ",".join(where)


def main():
    mode = sys.argv[1] if len(sys.argv) > 1 else "--check"
    ks = kinds()
    consumers, rows, order = table()
    found = {name: mentions(files) for name, files in consumers}
    if mode == "--suggest":
        for k, _ in ks:
            print("\t".join([k] + [suggest_cell(c, k, found[c], f) for c, f in consumers]))
        return 0
    passed = failed = 0
    header = "kind\t" + "\t".join(c for c, _ in consumers)
    known = {k for k, _ in ks}
    prev = None
    for k, line in ks:
        problems = []
        if k not in rows:
            row = "\t".join([k] + [suggest_cell(c, k, found[c], f) for c, f in consumers])
            where = f"after the row of {prev}" if prev else "as the first row"
            print(f"FAIL: kind {k} (include/events.def:{line}) has no row in {TABLE}.  Add, {where}"
                  f" (tab-separated; columns: {header}; '-' = nothing to do):\n    {row}\n"
                  f"  The cells above are where each consumer's code names PL_EV_{k} today; a '-' is a"
                  f" decision: write what the consumer does instead if it should handle the kind.")
            failed += 1
            prev = k
            continue
        cells, n = rows[k]
        if len(cells) != len(consumers) or any(not c.strip() for c in cells):
            problems.append(f"{TABLE}:{n}: row {k} needs {len(consumers)} non-empty cells ({header})")
        else:
            for (c, files), cell in zip(consumers, cells):
                named = k in found[c]
                if cell.strip() == "-" and named:
                    problems.append(f"{TABLE}:{n}: {k}: the table says {c} does nothing with it, but "
                                    f"{' '.join(files)} names PL_EV_{k} (in {', '.join(found[c][k])}): "
                                    f"say what it does")
                elif cell.strip() != "-" and not named:
                    problems.append(f"{TABLE}:{n}: {k}: the table says {c} does '{cell}', but "
                                    f"{' '.join(files)} never names PL_EV_{k}: write '-' or handle it")
        if problems:
            for p in problems:
                print("FAIL: " + p)
            failed += 1
        else:
            passed += 1
        prev = k
    for k in order:
        if k not in known:
            print(f"FAIL: {TABLE}:{rows[k][1]}: row {k} names a kind include/events.def does not have: remove it")
            failed += 1
    if [k for k in order if k in known] != [k for k, _ in ks if k in rows]:
        print(f"FAIL: {TABLE}: the rows are not in the order of include/events.def")
        failed += 1
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

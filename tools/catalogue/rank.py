#!/usr/bin/env python3
"""rank.py — which unrecognised catalogue rows real logs contain.

    tools/catalogue/rank.py [UNRECOGNISED] [CORPUS_DIR] [N]

UNRECOGNISED is the list tests/test-catalogue writes (default
build/catalogue-unrecognised.txt); CORPUS_DIR a folder of pluto logs read
recursively (default ../shared/corpus/libreswan-tests).  Every template
becomes a regular expression (a hole matches any text) and is matched
against the message part of every pluto line of the corpus (the text after
the envelope and the "conn" #N: prefix).  Prints the N (default 60) rows
that would recognise the most corpus lines, most first: lines, distinct
texts, versions, source, template.  A grammar rule for the top rows helps
the most real logs.  Reads local files only.
"""

import collections
import os
import re
import sys

ENVELOPE = re.compile(r"^.*?\bpluto\[\d+\]: ")
OBJECT = re.compile(r'^(?:"[^"]*"(?:\[\d+\])*(?: [0-9a-fA-F.:]+)?(?: #\d+)?: |#\d+: )')
HOLE = re.compile(r"%\{\w+\}|%%")
# what a hole may match: numbers and addresses are one word, the rest any text
HOLE_RX = {"int": r"-?\d+", "hex": r"(?:0x)?[0-9a-fA-F]+", "serial": r"#\d+", "addr": r"\S+",
           "endpoint": r"\S+", "subnet": r"\S+", "selector": r"\S+", "char": r".",
           "exchange": r"[A-Z_0-9]+", "notify": r"[A-Za-z_0-9()]+", "name": r"[^\s\"]+"}


def template_regex(tmpl):
    parts, lits, pos = [], [], 0
    for m in HOLE.finditer(tmpl):
        lit = tmpl[pos:m.start()]
        parts.append(re.escape(lit))
        lits.append(lit)
        parts.append("%" if m.group(0) == "%%" else HOLE_RX.get(m.group(0)[2:-1], ".+?"))
        pos = m.end()
    parts.append(re.escape(tmpl[pos:]))
    lits.append(tmpl[pos:])
    return re.compile("^" + "".join(parts) + "$"), max(lits, key=len)


def corpus_messages(top):
    msgs = collections.Counter()
    for dirpath, _, files in os.walk(top):
        for f in files:
            if not f.endswith(".log"):
                continue
            with open(os.path.join(dirpath, f), encoding="utf-8", errors="replace") as fh:
                for line in fh:
                    m = ENVELOPE.match(line)
                    if not m:
                        continue
                    text = line[m.end():].rstrip("\n")
                    o = OBJECT.match(text)
                    if o:
                        text = text[o.end():]
                    msgs[text] += 1
    return msgs


def main():
    unrec = sys.argv[1] if len(sys.argv) > 1 else "build/catalogue-unrecognised.txt"
    top = sys.argv[2] if len(sys.argv) > 2 else "../shared/corpus/libreswan-tests"
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 60
    msgs = corpus_messages(top)
    seen, out = set(), []
    for line in open(unrec, encoding="utf-8"):
        if line.startswith("#"):
            continue
        f = line.rstrip("\n").split("\t")
        if len(f) < 5 or f[4] in seen:
            continue
        seen.add(f[4])
        rx, lit = template_regex(f[4].replace("\\t", "\t"))
        hits = distinct = 0
        for text, c in msgs.items():
            if lit in text and rx.match(text):
                hits += c
                distinct += 1
        if hits:
            out.append((hits, distinct, f[0], f[3], f[4]))
    out.sort(key=lambda r: (-r[0], r[4]))
    print("# %d corpus pluto lines (%d distinct texts); %d unrecognised rows seen in them"
          % (sum(msgs.values()), len(msgs), len(out)))
    for r in out[:n]:
        print("%6d %5d  %-16s %-50s %s" % r)
    return 0


if __name__ == "__main__":
    sys.exit(main())

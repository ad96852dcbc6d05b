#!/usr/bin/env bash
#
# field-check.sh — plutolog on the real-world development set
# (../shared/corpus/field-dev: excerpts of help-request logs with the outcome
# each thread reached, expect.tsv).
#
# For every excerpt: the expected outcome against the one plutolog gives
# (the JSON document's "outcome.result"), the hand count of pluto lines
# against plutolog's count, and the unrecognised pluto lines.  Then the
# totals and three checks, each one test case:
#
#   outcomes   >= 95 % of the definite outcomes right ("unclear" excerpts are
#              listed but not scored: the thread could not decide either)
#   lines      every excerpt's pluto-line count within 10 % of the hand count
#   unknown    unrecognised pluto lines at most FIELD_MAX_UNRECOGNISED % (a
#              ratchet at what the grammar reaches today, 4.5; issue 13's
#              target is 1 %, printed beside it until it is met)
#
# Outcome names: a stage id of the ladder or besides it (phase1-proposal,
# reachability, deleted...), "established", "unclear" (plutolog: the excerpt
# ends before a result, "in-progress"), "other" (not a tunnel question:
# plutolog's "none" — no negotiation at all — or "daemon", a pluto bug or a
# daemon that cannot run).
#
#   FIELD_DIR=...     another set with the same layout
#   PLUTOLOG=...      the program (default ./plutolog)
#
# Ends with "N passed, N failed"; exit 0 when nothing failed.

set -u -o pipefail
cd "$(dirname "$0")/.." || exit 2
PLUTOLOG=${PLUTOLOG:-./plutolog}
DIR=${FIELD_DIR:-../shared/corpus/field-dev}
if [ ! -f "$DIR/expect.tsv" ]; then
  echo "############ field-check: SKIPPED: $DIR/expect.tsv not found (the shared corpus must sit next to the repository)"
  echo "0 passed, 1 failed"
  exit 1
fi

python3 - "$PLUTOLOG" "$DIR" <<'PY'
import json, subprocess, sys, os

prog, d = sys.argv[1], sys.argv[2]
def norm(got):
    if got == "in-progress": return "unclear"
    if got in ("none", "daemon"): return "other"
    return got

rows = []
with open(os.path.join(d, "expect.tsv"), encoding="utf-8") as f:
    head = f.readline().rstrip("\n").split("\t")
    for line in f:
        if not line.strip() or line.startswith("#"): continue
        rows.append(dict(zip(head, line.rstrip("\n").split("\t"))))

right = definite = 0
lines_bad = 0
tot_pluto = tot_unrec = 0
print("%-5s %-18s %-18s %-6s %-10s %s" % ("case", "expected", "got", "ok", "pluto", "unrecognised"))
for r in rows:
    path = os.path.join(d, r["nnn"] + ".log")
    p = subprocess.run([prog, "-q", "-f", "json", "--year", "2026", path], capture_output=True)
    try:
        doc = json.loads(p.stdout.decode("utf-8"))
    except Exception as e:
        print("%-5s %-18s %-18s %-6s (no JSON: exit %d: %s)" % (r["nnn"], r["expected"], "-", "FAIL", p.returncode, e))
        definite += r["expected"] != "unclear"
        lines_bad += 1
        continue
    out = doc.get("outcome") or {}
    got = norm(out.get("result") or "none")
    exp = r["expected"]
    st = doc["stats"]
    hand = int(r["pluto_lines"])
    pl = st["pluto"]
    tot_pluto += pl
    tot_unrec += st["unrecognised"]
    lines_ok = abs(pl - hand) <= 0.10 * hand
    if not lines_ok: lines_bad += 1
    if exp == "unclear":
        mark = "-"
    else:
        definite += 1
        ok = got == exp
        right += ok
        mark = "ok" if ok else "WRONG"
    print("%-5s %-18s %-18s %-6s %3d/%-6d %d%s" % (r["nnn"], exp, got, mark, pl, hand, st["unrecognised"],
          "" if lines_ok else "  <- pluto lines off by more than 10 %"))

share = 100.0 * right / definite if definite else 0.0
unrec = 100.0 * tot_unrec / tot_pluto if tot_pluto else 0.0
print()
print("outcomes: %d of %d definite outcomes right (%.1f %%), %d unclear not scored" %
      (right, definite, share, len(rows) - definite))
print("lines:    %d excerpt(s) with the pluto-line count off by more than 10 %%" % lines_bad)
print("unknown:  %d of %d pluto lines unrecognised (%.2f %%)" % (tot_unrec, tot_pluto, unrec))
limit = float(os.environ.get("FIELD_MAX_UNRECOGNISED", "0.5"))
checks = [share >= 95.0, lines_bad == 0, unrec <= limit]
for name, ok in zip(("outcomes >= 95 %", "pluto lines within 10 %", "unrecognised <= %g %%" % limit), checks):
    print("%s: %s" % ("ok" if ok else "FAIL", name))
print("target: unrecognised <= 1 %%: %s" % ("met" if unrec <= 1.0 else "NOT met (%.2f %%)" % unrec))
print("%d passed, %d failed" % (sum(checks), len(checks) - sum(checks)))
sys.exit(0 if all(checks) else 1)
PY

#!/usr/bin/env bash
#
# tests/lab/pairs-check.sh — both logs of each lab scenario in one run.
#
# For every scenario folder with a west.log and an east.log (default: all of
# corpus/lab/, which tests/lab/run-lab.sh writes; or the folders named on
# the command line), plutolog reads both logs at once (-f json) and:
#   1. both sides' "test" connections report the same stage (and verdict);
#   2. neither side asks for the peer's log: it is given ("Only the peer's
#      log can tell" must not appear);
#   3. a side whose stage differs from what its own log alone says cites the
#      other log: one of its evidence lines comes from the other file.
# A scenario where only one side has the connection (the other host had no
# connection for the peer) is counted and named, not compared.
#
# usage: bash tests/lab/pairs-check.sh [SCENARIO-DIR ...]
# env:   PLUTOLOG=./plutolog
# Ends with one line "N passed, N failed"; exit 1 when something failed.

set -u -o pipefail
cd "$(dirname "$0")/../.." || exit 1
PLUTOLOG=${PLUTOLOG:-./plutolog}
export LC_ALL=C.UTF-8 LANGUAGE=en

passed=0
failed=0
pass() { passed=$((passed + 1)); [ -n "${TEST_VERBOSE:-}" ] && echo "  ok: $*"; return 0; }
fail() { failed=$((failed + 1)); echo "FAIL: $*"; }

if ! command -v python3 >/dev/null 2>&1; then
  echo "SKIP: lab pairs-check: python3 is not installed (it reads the JSON output): nothing tested"
  exit 77
fi
if ! [ -x "$PLUTOLOG" ]; then
  echo "FAIL: $PLUTOLOG is not built (run make)"
  echo "0 passed, 1 failed"
  exit 1
fi

shopt -s nullglob
dirs=("$@")
[ ${#dirs[@]} -gt 0 ] || dirs=(corpus/lab/*/)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# side JSON SOURCE-BASENAME : "verdict stage asks-peer-log evidence-sources"
# of conn "test" from that log, or "-" when it has none
side() {
  python3 - "$1" "$2" <<'EOF'
import json, os, sys
d = json.load(open(sys.argv[1]))
for c in d["connections"]:
    if c.get("name") == "test" and os.path.basename(c.get("source") or "") == sys.argv[2]:
        ev = sorted({os.path.basename(e["source"]) for e in c.get("evidence") or []})
        asks = "asks" if "Only the peer's log can tell" in (c.get("summary") or "") else "-"
        print(c.get("verdict") or "-", c.get("stage") or "-", asks, ",".join(ev) or "-")
        break
else:
    print("-")
EOF
}

compared=0
one_sided=()
for d in "${dirs[@]}"; do
  d=${d%/}
  scn=${d##*/}
  [ -f "$d/west.log" ] && [ -f "$d/east.log" ] || continue
  if ! [ -s "$d/west.log" ] || ! [ -s "$d/east.log" ]; then
    one_sided+=("$scn(empty log)")
    pass "$scn: one log is empty"
    continue
  fi
  if ! "$PLUTOLOG" -q -f json "$d/west.log" "$d/east.log" >"$tmp/both.json" 2>"$tmp/err"; then
    fail "$scn: plutolog failed on both logs: $(head -2 "$tmp/err")"
    continue
  fi
  "$PLUTOLOG" -q -f json "$d/west.log" >"$tmp/west.json" 2>/dev/null
  "$PLUTOLOG" -q -f json "$d/east.log" >"$tmp/east.json" 2>/dev/null
  read -r wv ws wa we <<<"$(side "$tmp/both.json" west.log)"
  read -r ev es ea ee <<<"$(side "$tmp/both.json" east.log)"
  # a connection that did nothing (verdict unknown, no stage) is not a side:
  # that host's answer is at host level (no connection for the peer)
  if [ "$wv" = - ] || [ "$ev" = - ] || [ "$wv/$ws" = unknown/- ] || [ "$ev/$es" = unknown/- ]; then
    one_sided+=("$scn")
    pass "$scn: one side only"
    for h in west east; do
      if [ $h = west ]; then v=$wv asks=$wa; else v=$ev asks=$ea; fi
      [ "$v" = - ] && continue
      if [ "$asks" = asks ]; then fail "$scn: $h asks for the peer's log although it is given"
      else pass "$scn: $h does not ask for the given peer log"; fi
    done
    continue
  fi
  compared=$((compared + 1))
  if [ "$ws" = "$es" ] && [ "$wv" = "$ev" ]; then
    pass "$scn: both sides say $wv/$ws"
  else
    fail "$scn: the two sides disagree: west $wv/$ws, east $ev/$es"
  fi
  for h in west east; do
    if [ $h = west ]; then asks=$wa stage=$ws evs=$we other=east.log; else asks=$ea stage=$es evs=$ee other=west.log; fi
    if [ "$asks" = asks ]; then fail "$scn: $h asks for the peer's log although it is given"
    else pass "$scn: $h does not ask for the given peer log"; fi
    read -r _ alone _ _ <<<"$(side "$tmp/$h.json" $h.log)"
    if [ "$alone" != "$stage" ]; then
      if [[ ,$evs, == *",$other,"* ]]; then pass "$scn: $h ($alone alone, $stage with both) cites $other"
      else fail "$scn: $h says $stage with both logs ($alone alone) but cites no line of $other"; fi
    fi
  done
done

if [ $compared -eq 0 ]; then fail "no scenario with both sides compared (folders: ${dirs[*]})"; fi
echo "$compared scenarios compared; one side only: ${one_sided[*]:-none}"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]

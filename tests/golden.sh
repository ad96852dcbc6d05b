#!/usr/bin/env bash
#
# golden.sh — golden-file tests: every corpus/golden/NAME.log is analysed with
#   $PLUTOLOG -f json --year 2026 corpus/golden/NAME.log
# and the document must equal tests/golden/NAME.json byte for byte.  A
# mismatch prints a unified diff.  Output is TAP, one case per fixture, so
# run-tests.sh counts it like a unit-test binary.
#
#   GOLDEN_UPDATE=1 bash tests/golden.sh    rewrite the expected files
#                                           (review them with git diff!)
#   PLUTOLOG=build-asan/plutolog            the program under test
#
# The fixtures are hand-written by this project (no third-party log text),
# one per input shape or failure: see corpus/golden/README.

set -u -o pipefail
cd "$(dirname "$0")/.." || exit 1
PLUTOLOG=${PLUTOLOG:-./plutolog}
export LC_ALL=C.UTF-8 LANGUAGE=en

shopt -s nullglob
logs=(corpus/golden/*.log)
echo "1..${#logs[@]}"
[ ${#logs[@]} -gt 0 ] || { echo "Bail out! no fixtures in corpus/golden"; exit 1; }

n=0
status=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for log in "${logs[@]}"; do
  n=$((n + 1))
  name=$(basename "$log" .log)
  want=tests/golden/$name.json
  got=$tmp/$name.json
  "$PLUTOLOG" -q -f json --year 2026 "$log" >"$got" 2>"$tmp/$name.err"
  rc=$?
  if [ "$rc" -ne 0 ]; then
    echo "not ok $n /golden/$name (plutolog exited with $rc)"
    sed 's/^/# /' "$tmp/$name.err" | tail -20
    status=1
    continue
  fi
  if [ -n "${GOLDEN_UPDATE:-}" ]; then
    mkdir -p tests/golden
    cp "$got" "$want"
    echo "ok $n /golden/$name # rewritten $want"
    continue
  fi
  if [ ! -f "$want" ]; then
    echo "not ok $n /golden/$name (no $want: run GOLDEN_UPDATE=1 bash tests/golden.sh and review)"
    status=1
    continue
  fi
  if diff -u --label "$want" --label "actual" "$want" "$got" >"$tmp/$name.diff"; then
    echo "ok $n /golden/$name"
  else
    echo "not ok $n /golden/$name (output differs; GOLDEN_UPDATE=1 rewrites)"
    head -80 "$tmp/$name.diff" | sed 's/^/# /'
    status=1
  fi
done
exit $status

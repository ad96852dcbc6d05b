#!/usr/bin/env bash
# floor.sh — raise data/catalogue-floor.txt to what the grammar recognises now
# (run after a grammar change that made more rows pass; review the diff).
set -eu
cd "$(dirname "$0")/../.."
BUILD=${BUILD:-build}
out=$("$BUILD"/tests/test-catalogue --tap 2>&1 | sed -n 's/^# \([^ ]*\) *\([0-9]*\) of [0-9]* messages recognised.*/\1 \2/p')
[ -n "$out" ] || { echo "floor.sh: no coverage lines from $BUILD/tests/test-catalogue" >&2; exit 1; }
{ sed -n '/^#/p' data/catalogue-floor.txt; printf '%s\n' "$out"; } > data/catalogue-floor.txt.tmp
mv -f data/catalogue-floor.txt.tmp data/catalogue-floor.txt
cat data/catalogue-floor.txt

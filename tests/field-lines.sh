#!/bin/bash
# field-lines.sh — the line envelope against real pasted excerpts.
#
# For every excerpt of ../shared/corpus/field-dev (FIELD_DEV=DIR to point
# elsewhere), prints the hand count of pluto lines (expect.tsv, column
# pluto_lines) next to what plutolog counted (stats.pluto) and how many of
# those it did not recognise (stats.unrecognised), then the totals.  A count
# more than 10% off the hand count fails that excerpt.  Ends with "N passed, N failed"; exit 1 when anything failed,
# 77 (skipped, said loudly) when the corpus is not there.
#
#   PLUTOLOG=./plutolog bash tests/field-lines.sh
set -u
here=$(cd "$(dirname "$0")/.." && pwd)
P=${PLUTOLOG:-$here/plutolog}
case $P in /*) ;; *) P=$here/$P ;; esac
DIR=${FIELD_DEV:-$here/../shared/corpus/field-dev}

if [ ! -f "$DIR/expect.tsv" ]; then
  echo "SKIP: field-lines: no $DIR/expect.tsv (the field-dev corpus is kept outside the repository)"
  exit 77
fi
if [ ! -x "$P" ]; then echo "FAIL: $P not built (make)"; echo "0 passed, 1 failed"; exit 1; fi

# the number after "KEY" : in the "stats" object of a JSON report
stat() { sed -n '/"stats" : {/,/}/p' "$2" | sed -n "s/^ *\"$1\" : \([0-9]*\),\{0,1\}\$/\1/p" | head -1; }

pass=0 fail=0 thand=0 tgot=0 tunrec=0 tlines=0
T=$(mktemp "${TMPDIR:-/tmp}/plutolog-field.XXXXXX")
trap 'rm -f "$T"' EXIT
printf '%-5s %-26s %5s %5s %5s %6s\n' case format hand pluto unrec lines
while IFS=$'\t' read -r nnn fmt _ike _ver _exp hand; do
  case $nnn in nnn | '#'*) continue ;; esac
  f=$DIR/$nnn.log
  if [ ! -f "$f" ]; then echo "FAIL: $nnn: $f missing"; fail=$((fail + 1)); continue; fi
  if ! "$P" -q -f json --year 2026 "$f" >"$T" 2>/dev/null; then
    [ -s "$T" ] || { echo "FAIL: $nnn: no JSON report"; fail=$((fail + 1)); continue; }
  fi
  got=$(stat pluto "$T") unrec=$(stat unrecognised "$T") lines=$(stat lines "$T")
  if [ -z "$got" ] || [ -z "$unrec" ]; then
    echo "FAIL: $nnn: no stats in the report"; fail=$((fail + 1)); continue
  fi
  off=$((got > hand ? got - hand : hand - got))
  mark=ok
  # within 10% of the hand count: exact below 10 lines, one off from 10, two from 20
  if [ $((off * 10)) -gt "$hand" ]; then mark=FAIL; fi
  printf '%-5s %-26s %5d %5d %5d %6d  %s\n' "$nnn" "$fmt" "$hand" "$got" "$unrec" "$lines" "$mark"
  if [ $mark = ok ]; then pass=$((pass + 1)); else
    fail=$((fail + 1)); echo "FAIL: $nnn: $got pluto lines counted, $hand by hand"
  fi
  thand=$((thand + hand)) tgot=$((tgot + got)) tunrec=$((tunrec + unrec)) tlines=$((tlines + lines))
done <"$DIR/expect.tsv"
share=$(awk -v u="$tunrec" -v g="$tgot" 'BEGIN { printf "%.1f", g ? 100 * u / g : 0 }')
printf '%-5s %-26s %5d %5d %5d %6d  (%s%% of pluto lines unrecognised)\n' all "" "$thand" "$tgot" "$tunrec" "$tlines" "$share"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]

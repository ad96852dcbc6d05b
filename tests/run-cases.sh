#!/usr/bin/env bash
#
# run-cases.sh — the case tests: one folder per case, tests/cases/NAME/:
#
#   *.log          the input (every .log of the folder, in name order)
#   args           one line per output: "OUT ARGS...", plutolog runs with
#                  ARGS and the inputs and must print expected.OUT
#   expected.OUT   the expected standard output, byte for byte
#   README         one paragraph: what the case is for
#
# Every output is checked once as is, and again with the input handed to
# the program in reads of 1, 2, 5, 12 and 1024 bytes (the reader's test hook
# PLUTOLOG_TEST_READ_SIZE, src/input/reader.c): a line cut between two reads
# must give the same output.  Output is TAP, one case per run, so
# run-tests.sh counts it like a unit-test binary.  A mismatch prints a
# unified diff.
#
#   GOLDEN_UPDATE=1 bash tests/run-cases.sh   rewrite the expected files from
#                                             the plain run (review the diff!)
#   PLUTOLOG=build-asan/plutolog              the program under test
#   CASES="fail-timeout rekey-delete"         only these cases
#
# A new case: make the folder with its .log, args and README, then run
# GOLDEN_UPDATE=1 and review expected.*.  The logs are hand-written by this
# project (no third-party log text).

set -u -o pipefail
cd "$(dirname "$0")/.." || exit 1
PLUTOLOG=${PLUTOLOG:-./plutolog}
export LC_ALL=C.UTF-8 LANGUAGE=en
SIZES=(1 2 5 12 1024)

shopt -s nullglob
dirs=()
if [ -n "${CASES:-}" ]; then
  for c in $CASES; do dirs+=("tests/cases/$c/"); done
else
  dirs=(tests/cases/*/)
fi
[ ${#dirs[@]} -gt 0 ] || { echo "1..0"; echo "Bail out! no cases in tests/cases"; exit 1; }

# the plan: every args line of every case, once plain and once per read size
plan=0
for d in "${dirs[@]}"; do
  [ -f "$d/args" ] || { plan=$((plan + 1)); continue; }
  lines=$(grep -cvE '^[[:space:]]*(#|$)' "$d/args")
  plan=$((plan + lines * (1 + ${#SIZES[@]})))
done
echo "1..$plan"

n=0
status=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
ok() { n=$((n + 1)); echo "ok $n $1${2:+ # $2}"; }
notok() { n=$((n + 1)); echo "not ok $n $1 ($2)"; status=1; }

for d in "${dirs[@]}"; do
  d=${d%/}
  name=${d##*/}
  logs=("$d"/*.log)
  if [ ! -f "$d/args" ] || [ ${#logs[@]} -eq 0 ]; then
    notok "/cases/$name" "the folder needs an args file and at least one .log"
    continue
  fi
  [ -s "$d/README" ] || echo "# warning: $d has no README"
  while read -r out rest; do
    case $out in '' | '#'*) continue ;; esac
    read -r -a args <<<"$rest"
    want=$d/expected.$out
    got=$tmp/$name.$out
    "$PLUTOLOG" "${args[@]}" "${logs[@]}" >"$got" 2>"$tmp/err"
    rc=$?
    id="/cases/$name/$out"
    if [ "$rc" -ne 0 ]; then
      notok "$id" "plutolog exited with $rc"
      sed 's/^/# /' "$tmp/err" | tail -20
    elif [ -n "${GOLDEN_UPDATE:-}" ]; then
      cp "$got" "$want"
      ok "$id" "rewritten $want"
    elif [ ! -f "$want" ]; then
      notok "$id" "no $want: run GOLDEN_UPDATE=1 bash tests/run-cases.sh and review"
    elif diff -u --label "$want" --label actual "$want" "$got" >"$tmp/diff"; then
      ok "$id"
    else
      notok "$id" "output differs; GOLDEN_UPDATE=1 rewrites"
      head -80 "$tmp/diff" | sed 's/^/# /'
    fi
    for size in "${SIZES[@]}"; do
      id="/cases/$name/$out/reads-of-$size"
      PLUTOLOG_TEST_READ_SIZE=$size "$PLUTOLOG" "${args[@]}" "${logs[@]}" >"$got.r" 2>"$tmp/err"
      rc=$?
      if [ "$rc" -ne 0 ]; then
        notok "$id" "plutolog exited with $rc"
        sed 's/^/# /' "$tmp/err" | tail -20
      elif diff -u --label "$want" --label "actual, reads of $size bytes" "$want" "$got.r" >"$tmp/diff"; then
        ok "$id"
      else
        notok "$id" "output differs when the input comes in reads of $size bytes"
        head -40 "$tmp/diff" | sed 's/^/# /'
      fi
    done
  done <"$d/args"
done
exit $status

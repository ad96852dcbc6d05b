#!/usr/bin/env bash
#
# test-cli.sh — what the command line tells a new user (issue 19):
#
#   -c NAME that matches no connection: exit 1, and the names the input has
#   on standard error; a NAME that matches: exit 0, no such message;
#   --target without -f conf: said on standard error, not silently ignored.
#
# Ends with one line "N passed, N failed".
#
#   PLUTOLOG=./plutolog   the program under test

set -u -o pipefail
cd "$(dirname "$0")/.." || exit 1
PLUTOLOG=${PLUTOLOG:-./plutolog}
export LC_ALL=${LC_ALL:-C.UTF-8}
export NO_COLOR=1

passed=0
failed=0
pass() { passed=$((passed + 1)); echo "  ok: $*"; }
fail() { failed=$((failed + 1)); echo "FAIL: $*"; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

demo=(corpus/demo/west.log corpus/demo/east.log)

# ---- -c NAME -----------------------------------------------------------------
for fmt in text json markdown; do
  "$PLUTOLOG" -q -f "$fmt" -c nosuch "${demo[@]}" >"$tmp/out" 2>"$tmp/err"
  rc=$?
  if [ "$rc" -eq 1 ]; then pass "-c nosuch -f $fmt: exit 1"; else fail "-c nosuch -f $fmt: exit $rc, want 1"; fi
  if grep -q 'no connection named "nosuch"' "$tmp/err" && grep -q '"test"' "$tmp/err"; then
    pass "-c nosuch -f $fmt: says so and lists \"test\""
  else
    fail "-c nosuch -f $fmt: stderr does not name nosuch and the existing \"test\": $(head -c 300 "$tmp/err")"
  fi
done
"$PLUTOLOG" -q -c test "${demo[@]}" >"$tmp/out" 2>"$tmp/err"
rc=$?
if [ "$rc" -eq 0 ] && ! grep -q 'no connection named' "$tmp/err"; then
  pass "-c test: exit 0, no complaint"
else
  fail "-c test: exit $rc, stderr: $(head -c 300 "$tmp/err")"
fi
# two names, one of which exists: that one is shown, exit 0
"$PLUTOLOG" -q -c nosuch -c test "${demo[@]}" >"$tmp/out" 2>"$tmp/err"
rc=$?
if [ "$rc" -eq 0 ] && grep -q '"test"' "$tmp/out"; then pass "-c nosuch -c test: exit 0"; else fail "-c nosuch -c test: exit $rc"; fi
# a log with no connection at all
printf 'Nov  7 04:45:35 gw pluto[1]: packet from 192.0.2.1:500: received Vendor ID payload [Dead Peer Detection]\n' >"$tmp/none.log"
"$PLUTOLOG" -q -c office "$tmp/none.log" >"$tmp/out" 2>"$tmp/err"
rc=$?
if [ "$rc" -eq 1 ] && grep -q 'no connection named "office"' "$tmp/err"; then
  pass "-c office on a log without connections: exit 1, says so"
else
  fail "-c office on a log without connections: exit $rc, stderr: $(head -c 300 "$tmp/err")"
fi

# ---- --target without -f conf --------------------------------------------------
"$PLUTOLOG" -q --target 5 "${demo[@]}" >"$tmp/out" 2>"$tmp/err"
if grep -q -- '--target' "$tmp/err"; then pass "--target without -f conf: said on stderr"; else fail "--target without -f conf: nothing on stderr"; fi
"$PLUTOLOG" -q --target 5 -f conf "${demo[@]}" >"$tmp/out" 2>"$tmp/err"
if ! grep -q -- '--target' "$tmp/err"; then pass "--target with -f conf: no complaint"; else fail "--target with -f conf: $(cat "$tmp/err")"; fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]

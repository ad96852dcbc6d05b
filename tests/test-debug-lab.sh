#!/usr/bin/env bash
#
# test-debug-lab.sh — the plutodebug=all variants of the lab scenarios
# (corpus/lab/*-debug/, made by `LAB_DEBUG=1 bash tests/lab/run-lab.sh`).
#
# For every scenario and host of tests/lab/expected.tsv that has a debug
# variant:
#   1. the debug log gives the same stage as the same log with its debug
#      lines removed: reading the dumps never changes what the plain lines
#      say (this is what can fail here);
#   2. the stage is compared with the plain run of the scenario
#      (corpus/lab/<scenario>/); a difference is printed as a note when the
#      stripped debug log differs too (the debug run itself went another way:
#      timing under plutodebug=all), and counts as a failure otherwise;
#   3. the peer settings only the dumps show, for the scenarios whose
#      responder log reveals them: IKEv1 ESP transforms with the PFS group,
#      IKEv2 TSi/TSr (as subnets), the peer's ID.
#
# Ends with one line "N passed, N failed".
#
#   PLUTOLOG=./plutolog   the program under test

set -u -o pipefail
cd "$(dirname "$0")/.." || exit 1
PLUTOLOG=${PLUTOLOG:-./plutolog}
export LC_ALL=${LC_ALL:-C.UTF-8}

passed=0
failed=0
pass() { passed=$((passed + 1)); [ -n "${TEST_VERBOSE:-}" ] && echo "  ok: $*"; return 0; }
fail() { failed=$((failed + 1)); echo "FAIL: $*"; }

if ! command -v python3 >/dev/null 2>&1; then
  echo "SKIP: test-debug-lab: python3 is not installed (it reads the JSON output): nothing tested"
  echo "0 passed, 0 failed"
  exit 0
fi
shopt -s nullglob
dirs=(corpus/lab/*-debug)
if [ ${#dirs[@]} -eq 0 ]; then
  fail "no corpus/lab/*-debug directories (run: LAB_DEBUG=1 bash tests/lab/run-lab.sh)"
  echo "$passed passed, $failed failed"
  exit 1
fi

# stage HOST-LOG [strip] : the stage of conn "test"
stage() {
  local f=$1 strip=${2:-}
  if [ -n "$strip" ]; then grep -v ': | ' "$f"; else cat "$f"; fi |
    "$PLUTOLOG" -q -f json - 2>/dev/null |
    python3 -c 'import json,sys
d=json.load(sys.stdin)
print(next((c.get("stage") or "-" for c in d["connections"] if c.get("name")=="test"), "-"))'
}

while IFS=$'\t' read -r scn host conn want note; do
  case $scn in '#'* | '') continue ;; esac
  dbg=corpus/lab/$scn-debug/$host.log
  [ -f "$dbg" ] || continue
  a=$(stage "$dbg")
  b=$(stage "$dbg" strip)
  c=$(stage "corpus/lab/$scn/$host.log")
  if [ "$a" = "$b" ]; then pass "$scn $host: debug lines keep the stage ($a)"
  else fail "$scn $host: the debug lines change the stage: $a with them, $b without"; fi
  if [ "$a" = "$c" ]; then pass "$scn $host: same stage as the plain run ($a)"
  elif [ "$b" != "$c" ]; then
    pass "$scn $host: the debug run went another way ($b in its own plain lines, $c in the plain run)"
    echo "  note: $scn $host: debug run stage $a, plain run $c (the debug run's own plain lines say $b)"
  else fail "$scn $host: stage $a, the plain run's $c"; fi
done <tests/lab/expected.tsv

# the peer settings only the dumps show: FILE KEY VALUE
want_conf() {
  local f=$1 key=$2 val=$3 got
  got=$("$PLUTOLOG" -q -f conf -c test "$f" 2>/dev/null | sed -n "s/^[[:space:]]*$key=//p" | head -1)
  if [ "$got" = "$val" ]; then pass "$f: $key=$val"
  else fail "$f: $key=${got:-(none)}, want $val"; fi
}
# and that the plain log of the same run does not show it
not_plain() {
  local f=$1 key=$2 val=$3 got
  got=$(grep -v ': | ' "$f" | "$PLUTOLOG" -q -f conf -c test - 2>/dev/null | sed -n "s/^[[:space:]]*$key=//p" | head -1)
  if [ "$got" != "$val" ]; then pass "$f: $key=$val only from the dumps"
  else fail "$f: $key=$val already without the debug lines: the test proves nothing"; fi
}

d=corpus/lab/ikev1-p2-proposal-debug/east.log
want_conf "$d" esp 'aes256-sha2_512;modp2048'
want_conf "$d" pfs yes
not_plain "$d" esp 'aes256-sha2_512;modp2048'
d=corpus/lab/ikev2-p2-proposal-debug/east.log
want_conf "$d" leftsubnet 203.0.113.0/24
want_conf "$d" rightsubnet 198.51.100.0/24
want_conf "$d" esp 'aes256-sha2_512'
not_plain "$d" rightsubnet 198.51.100.0/24
d=corpus/lab/ikev2-ts-mismatch-debug/east.log
want_conf "$d" rightsubnet 198.51.100.0/24
want_conf "$d" leftsubnet 203.0.113.0/24
d=corpus/lab/ikev1-pfs-mismatch-debug/east.log
want_conf "$d" pfs no
d=corpus/lab/ikev2-id-mismatch-debug/east.log
want_conf "$d" rightid @west

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]

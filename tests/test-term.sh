#!/usr/bin/env bash
# tests/test-term.sh — one terminal escaper (src/base/escape.c): every
# character a terminal acts on, fed through every terminal path (-f text,
# -f annotate, --unknown, --follow on a file), never reaches the output as
# itself.  Per character: a log whose connection name, peer ID and free
# text carry it; the output must not contain its bytes, and must show the
# connection (escaped), so an empty output cannot pass.
set -u
cd "$(dirname "$0")/.." || exit 1
PLUTOLOG=${PLUTOLOG:-./plutolog}
export LC_ALL=C.UTF-8 NO_COLOR=1
pass=0; fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
# the characters: C1 NEL and CSI, bidi embeddings, overrides, isolates, the
# marks LRM, RLM and ALM, the line and paragraph separators
chars="0085 009b 061c 200e 200f 2028 2029 202a 202b 202c 202d 202e 2066 2067 2068 2069"
for cp in $chars; do
  ch=$(printf "\\u$cp")
  log=$tmp/$cp.log
  {
    printf 'Nov  7 04:45:35 west pluto[2219]: "a%sb" #1: initiating IKEv1 Main Mode connection\n' "$ch"
    printf 'Nov  7 04:45:35 west pluto[2219]: "a%sb" #1: sent Main Mode request\n' "$ch"
    printf 'Nov  7 04:45:36 west pluto[2219]: "a%sb" #1: Peer ID is ID_FQDN: '"'"'@x%sy'"'"'\n' "$ch" "$ch"
    printf 'Nov  7 04:45:36 west pluto[2219]: "a%sb" #1: something new %s happened\n' "$ch" "$ch"
    printf 'Nov  7 04:45:37 west pluto[2219]: "a%sb" #1: STATE_MAIN_I1: 60 second timeout exceeded after 7 retransmits.  No response (or no acceptable response) to our first IKEv1 message\n' "$ch"
  } >"$log"
  for args in "-f text $log" "-f annotate $log" "-f text --unknown $log" "--follow -"; do
    # shellcheck disable=SC2086
    # --follow reads a pipe to its end (a regular file on stdin would be
    # followed like tail -f, until the timeout)
    out=$(cat "$log" | timeout 20 "$PLUTOLOG" $args 2>&1)
    if printf '%s' "$out" | grep -qF -- "$ch"; then bad "U+$cp reaches the terminal through plutolog $args"
    else ok; fi
    if printf '%s' "$out" | grep -q 'a.*b'; then ok; else bad "plutolog $args shows no connection for U+$cp: $out"; fi
  done
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]

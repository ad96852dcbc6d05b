#!/usr/bin/env bash
#
# test-cli.sh — what the command line tells a new user (issue 19):
#
#   -c NAME that matches no connection: exit 1, and the names the input has
#   on standard error; a NAME that matches: exit 0, no such message;
#   --target without -f conf: said on standard error, not silently ignored;
#   many tunnels: text and Markdown open with one table (name, peer, verdict,
#   stage, last change); --since/--until and --peer filter the analysis;
#   --color=always|never|auto.
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

# ---- many tunnels: the overview first, then the details -------------------------
cat >"$tmp/gw.log" <<'LOG'
Nov  7 10:00:00 gw pluto[100]: "alpha" #1: responding to Main Mode from unknown peer 198.51.100.7:500
Nov  7 10:00:01 gw pluto[100]: "alpha" #1: STATE_MAIN_R1: 60 second timeout exceeded after 7 retransmits
Nov  7 12:00:00 gw pluto[100]: "beta" #2: responding to Main Mode from unknown peer 203.0.113.9:500
Nov  7 12:00:01 gw pluto[100]: "beta" #2: IKE SA established {auth=PRESHARED_KEY cipher=AES_CBC_256 integ=HMAC_SHA2_256 group=MODP2048}
Nov  7 12:30:00 gw pluto[100]: "gamma" #3: responding to Main Mode from unknown peer 192.0.2.33:500
Nov  7 12:30:02 gw pluto[100]: "gamma" #3: STATE_MAIN_R1: 60 second timeout exceeded after 7 retransmits
LOG
"$PLUTOLOG" -q --year 2026 "$tmp/gw.log" >"$tmp/out"
# the table: a header, then one row per tunnel with its peer, verdict and last change, before any detail
first_detail=$(grep -n '^"alpha"  host gw' "$tmp/out" | head -1 | cut -d: -f1)
row=$(grep -n '"beta"@gw .*203\.0\.113\.9:500 .*established .*2026-11-07 12:00:01' "$tmp/out" | head -1 | cut -d: -f1)
head=$(grep -n 'Connection .*Peer .*Verdict .*Stage .*Last change' "$tmp/out" | head -1 | cut -d: -f1)
if [ -n "$head" ] && [ -n "$row" ] && [ -n "$first_detail" ] && [ "$head" -lt "$row" ] && [ "$row" -lt "$first_detail" ]; then
  pass "text: the overview table (name, peer, verdict, stage, last change) comes before the details"
else
  fail "text: no overview table before the details (header line ${head:-none}, beta row ${row:-none}, first detail ${first_detail:-none})"
fi
if [ "$(grep -c '@gw  ' "$tmp/out")" -eq 3 ]; then pass "text: three rows"; else fail "text: $(grep -c '@gw  ' "$tmp/out") rows, want 3"; fi
"$PLUTOLOG" -q --year 2026 -f markdown "$tmp/gw.log" >"$tmp/out"
if grep -q '^| Connection | Peer | Verdict | Stage | Reason | Last change |' "$tmp/out" &&
  grep -q '^| "beta" on gw | 203\.0\.113\.9:500 | .* | 2026-11-07 12:00:01 |$' "$tmp/out"; then
  pass "markdown: the summary table has the peer and the last change"
else
  fail "markdown: summary table without peer / last change: $(grep -m3 '^|' "$tmp/out")"
fi

names() { "$PLUTOLOG" -q --year 2026 -f json "$@" "$tmp/gw.log" | python3 -c 'import json,sys; print(" ".join(sorted(c["name"] or "-" for c in json.load(sys.stdin)["connections"])))' 2>/dev/null; }
check_names() {
  local want=$1
  shift
  local got
  got=$(names "$@")
  if [ "$got" = "$want" ]; then pass "$*: $want"; else fail "$*: got '$got', want '$want'"; fi
}
check_names "alpha beta gamma"
check_names "beta gamma" --since 2026-11-07T11:00
check_names "alpha" --until "2026-11-07 11:00"
check_names "beta" --since 2026-11-07T11:00 --until 2026-11-07T12:10:00
check_names "beta" --peer 203.0.113.9
check_names "alpha gamma" --peer 198.51.100.7 --peer 192.0.2.33:500
check_names "" --peer 203.0.113.99

# --peer counts every line shape that names the peer, not only the instance
# address and "responding ... from": each connection below names 192.0.2.2
# in one shape only; "other" talks to 192.0.2.200 (and its subnet holds
# 192.0.2.2, which is not its peer)
cat >"$tmp/shapes.log" <<'LOG'
Nov  7 10:00:00 gw pluto[100]: "qm-them" #2:     us: 192.0.2.23  them: 192.0.2.2
Nov  7 10:00:01 gw pluto[100]: "qm-them-id" #3:     us: 203.0.113.0/24===192.0.2.23[@east]  them: 192.0.2.2[@west]===198.51.100.0/24
Nov  7 10:00:02 gw pluto[100]: "qm-them-hop" #4:     us: 203.0.113.0/24===192.0.2.23  them: 192.0.2.1---192.0.2.2===198.51.100.0/24
Nov  7 10:00:03 gw pluto[100]: "v2-init" #1: sent IKE_SA_INIT request to 192.0.2.2:500
Nov  7 10:00:04 gw pluto[100]: "notify" #5: sending encrypted notification NO_PROPOSAL_CHOSEN to 192.0.2.2:500
Nov  7 10:00:05 gw pluto[100]: "other" #6:     us: 203.0.113.0/24===192.0.2.23  them: 192.0.2.200===192.0.2.2/32
Nov  7 10:00:06 gw pluto[100]: "other" #7: sent IKE_SA_INIT request to 192.0.2.200:500
LOG
shape_names() { "$PLUTOLOG" -q --year 2026 -f json "$@" "$tmp/shapes.log" | python3 -c 'import json,sys; print(" ".join(sorted(c["name"] or "-" for c in json.load(sys.stdin)["connections"])))' 2>/dev/null; }
got=$(shape_names)
if [ "$got" = "notify other qm-them qm-them-hop qm-them-id v2-init" ]; then pass "peer shapes: six connections without a filter"
else fail "peer shapes: got '$got' without a filter"; fi
got=" $(shape_names --peer 192.0.2.2) "
for want in qm-them qm-them-id qm-them-hop v2-init notify; do
  if [[ $got == *" $want "* ]]; then pass "--peer 192.0.2.2 keeps \"$want\" (its only line naming the peer: $(grep -o "\"$want\" #[0-9]*: .*" "$tmp/shapes.log" | cut -d: -f2- | cut -c1-50))"
  else fail "--peer 192.0.2.2 drops \"$want\", whose line names the peer (kept:$got)"; fi
done
if [[ $got != *" other "* ]]; then pass "--peer 192.0.2.2 leaves out \"other\" (192.0.2.2 is only in its subnet)"
else fail "--peer 192.0.2.2 keeps \"other\": 192.0.2.2 is its peer's subnet, not its peer"; fi
got=$(shape_names --peer 192.0.2.200)
if [ "$got" = "other" ]; then pass "--peer 192.0.2.200: other"; else fail "--peer 192.0.2.200: got '$got', want 'other'"; fi
"$PLUTOLOG" -q --since yesterday "$tmp/gw.log" >/dev/null 2>"$tmp/err"
rc=$?
if [ "$rc" -eq 2 ] && grep -q "yesterday" "$tmp/err"; then pass "--since yesterday: usage error, exit 2"; else fail "--since yesterday: exit $rc"; fi

# ---- --color for `| less -R` -------------------------------------------------------
esc=$(printf '\033[')
"$PLUTOLOG" -q --color=always "$tmp/gw.log" >"$tmp/out"
if grep -qF "$esc" "$tmp/out"; then pass "--color=always through a pipe: colour"; else fail "--color=always: no escape sequence"; fi
for when in never auto; do
  "$PLUTOLOG" -q --color=$when "$tmp/gw.log" >"$tmp/out"
  if ! grep -qF "$esc" "$tmp/out"; then pass "--color=$when through a pipe: no colour"; else fail "--color=$when: escape sequences in a pipe"; fi
done
"$PLUTOLOG" -q --color=sometimes "$tmp/gw.log" >/dev/null 2>&1
rc=$?
if [ "$rc" -eq 2 ]; then pass "--color=sometimes: exit 2"; else fail "--color=sometimes: exit $rc"; fi

# ---- a key not found, and what pluto said of its secrets file -----------------------
out=$("$PLUTOLOG" -q --year 2026 corpus/rules/no-psk-secrets-line.log 2>&1)
if grep -q 'Note: pluto said of a line of its secrets file: "/etc/ipsec.secrets" line 4: unrecognized key format' <<<"$out"; then
  pass "no-psk cites the secrets file's complaint"
else fail "no-psk does not cite the secrets file's complaint: $(grep -m1 Summary <<<"$out")"; fi
if grep -q 'no-psk-secrets-line.log:2: "/etc/ipsec.secrets" line 4' <<<"$out"; then pass "the complaint is evidence"
else fail "the secrets file's complaint is not in the evidence"; fi
if grep -q '"/etc/ipsec.secrets"@' <<<"$out"; then fail "a secrets file is listed as a connection"
else pass "a secrets file is not a connection"; fi

# ---- the man page covers every option and every format ------------------------------
man=docs/plutolog.1
for opt in $("$PLUTOLOG" --help-all 2>/dev/null | grep -o -- '--[a-z][a-z-]*' | sort -u); do
  case $opt in --help*) continue ;; esac
  pat=$(printf '%s' "$opt" | sed 's/-/\\\\-/g')
  if grep -q -- "$pat" "$man"; then pass "man page: $opt"; else fail "man page: no $opt"; fi
done
# the contract in docs/ names every option too
for opt in $("$PLUTOLOG" --help-all 2>/dev/null | grep -o -- '--[a-z][a-z-]*' | sort -u); do
  case $opt in --help* | --version) continue ;; esac
  if grep -q -- "$opt" docs/contract.md; then pass "docs/contract.md: $opt"; else fail "docs/contract.md: no $opt"; fi
done
fmts=$("$PLUTOLOG" -f nosuch 2>&1 </dev/null | sed -n 's/.*(\(.*\)).*/\1/p' | tr -d ',')
[ -n "$fmts" ] || fail "no format list in the -f error message"
for f in $fmts; do
  if grep -q "^\.B $f\$" "$man"; then pass "man page: format $f"; else fail "man page: no format $f"; fi
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]

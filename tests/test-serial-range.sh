#!/usr/bin/env bash
#
# test-serial-range.sh — SA serial numbers at and past 2^63-1 (issue 16's
# leftover): a serial up to 9223372036854775807 is kept exactly (leading
# zeros too); one past it is read as no serial, with a diagnostic that names
# the number, and never merges with another such serial into one SA; a
# serial field ("replacing #N", "using #N") past it is left out.
#
# Ends with one line "N passed, N failed".
#
#   PLUTOLOG=./plutolog   the program under test

set -u -o pipefail
cd "$(dirname "$0")/.." || exit 1
PLUTOLOG=${PLUTOLOG:-./plutolog}
export LC_ALL=C.UTF-8

passed=0
failed=0
pass() { passed=$((passed + 1)); echo "  ok: $*"; }
fail() { failed=$((failed + 1)); echo "FAIL: $*"; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

p='Nov 27 10:00:0'
cat >"$tmp/big.log" <<EOF
${p}0 east pluto[1]: "c" #9223372036854775807: STATE_MAIN_I1: initiate
${p}1 east pluto[1]: "c" #0009223372036854775806: STATE_MAIN_I1: initiate
${p}2 east pluto[1]: "c" #9223372036854775808: STATE_MAIN_I1: initiate
${p}3 east pluto[1]: "c" #18446744073709551617: STATE_MAIN_I1: initiate
${p}4 east pluto[1]: "c" #3: initiate, replacing #99999999999999999999999
${p}5 east pluto[1]: "c" #4: initiate, replacing #9223372036854775807
EOF

"$PLUTOLOG" -f events "$tmp/big.log" >"$tmp/ev" 2>"$tmp/err"
rc=$?
[ "$rc" -eq 0 ] && pass "exit 0" || fail "exit $rc"
serial() { sed -n "${1}p" "$tmp/ev" | grep -o '"serial":[^,]*' | cut -d: -f2; }
[ "$(wc -l <"$tmp/ev")" -eq 6 ] && pass "six events" || fail "$(wc -l <"$tmp/ev") events, want 6"
[ "$(serial 1)" = 9223372036854775807 ] && pass "2^63-1 exact" || fail "2^63-1 read as $(serial 1)"
[ "$(serial 2)" = 9223372036854775806 ] && pass "leading zeros: exact" || fail "#000...806 read as $(serial 2)"
[ "$(serial 3)" = null ] && pass "2^63: no serial" || fail "2^63 read as $(serial 3) (saturated?)"
[ "$(serial 4)" = null ] && pass "2^64+1: no serial" || fail "2^64+1 read as $(serial 4)"
if sed -n 5p "$tmp/ev" | grep -q '"replaces"'; then fail "replacing #(23 digits) gave a replaces field: $(sed -n 5p "$tmp/ev")"
else pass "replacing a serial past 2^63-1: no replaces field"; fi
sed -n 6p "$tmp/ev" | grep -q '"replaces":9223372036854775807' && pass "replacing #2^63-1: exact" ||
  fail "replacing #2^63-1: $(sed -n 6p "$tmp/ev")"
for n in 9223372036854775808 18446744073709551617 99999999999999999999999; do
  grep -q "serial number #$n is past 2^63-1" "$tmp/err" && pass "said: #$n" || fail "no message for #$n: $(cat "$tmp/err")"
done
[ "$(grep -c 'past 2^63-1' "$tmp/err")" -eq 3 ] && pass "three messages, no more" ||
  fail "$(grep -c 'past 2^63-1' "$tmp/err") messages, want 3"
grep -q '9223372036854775807 is past' "$tmp/err" && fail "2^63-1 reported as out of range" || pass "2^63-1 not reported"

# two different huge serials are not one SA (saturation made them one)
"$PLUTOLOG" -q -f json "$tmp/big.log" >"$tmp/json" 2>/dev/null
if grep -q '"serial" : 9223372036854775807' "$tmp/json" &&
   [ "$(grep -c '"serial" : 9223372036854775807' "$tmp/json")" -eq 1 ]; then
  pass "one SA #2^63-1 in -f json (the two past it are not filed under it)"
else
  fail "SA #2^63-1 appears $(grep -c '"serial" : 9223372036854775807' "$tmp/json") times in -f json"
fi

# a digit run a thousand long: no crash, one message, cut to 40 digits
{ printf '%s east pluto[1]: "c" #' "${p}9"; head -c 1000 /dev/zero | tr '\0' 7; echo ': STATE_MAIN_I1: initiate'; } >"$tmp/long.log"
"$PLUTOLOG" -f events "$tmp/long.log" >"$tmp/ev2" 2>"$tmp/err2"
rc=$?
[ "$rc" -eq 0 ] && grep -q '"serial":null' "$tmp/ev2" && pass "1000-digit serial: read without it" ||
  fail "1000-digit serial: exit $rc, $(head -c 300 "$tmp/ev2")"
grep -qE '#7{40}\.\.\. is past' "$tmp/err2" && pass "1000-digit serial: message cut to 40 digits" ||
  fail "1000-digit serial message: $(head -c 300 "$tmp/err2")"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]

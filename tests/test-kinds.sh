#!/usr/bin/env bash
#
# test-kinds.sh — every event kind is decided by every consumer
# (include/kinds.tsv, checked by tools/kinds-table.py against
# include/events.def and the consumers' code).  One case per kind, then
# three self-tests on a scratch copy: a new kind without a row, a "-" cell
# for a kind the code handles, and a cell for a kind the code never names
# must each be caught.  Ends with "N passed, N failed".
set -u
cd "$(dirname "$0")/.." || exit 1
out=$(python3 tools/kinds-table.py --check 2>&1)
rc=$?
printf '%s\n' "$out" | grep -v -E '^[0-9]+ passed, [0-9]+ failed$'
summary=$(printf '%s\n' "$out" | grep -E '^[0-9]+ passed, [0-9]+ failed$' | tail -1)
passed=${summary%% passed*}
failed=${summary#*, }
failed=${failed%% failed}
[ -n "$summary" ] || { passed=0; failed=1; echo "FAIL: tools/kinds-table.py printed no summary (exit $rc)"; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
scratch() {
  rm -rf "$tmp/t"
  mkdir -p "$tmp/t"
  cp -r include src output-formats tools "$tmp/t/"
}
selftest() { # NAME EXPECTED-TEXT : the scratch copy must fail with that text
  local got
  got=$(KINDS_ROOT=$tmp/t python3 tools/kinds-table.py --check 2>&1)
  if [ $? -ne 0 ] && grep -qF -- "$2" <<<"$got"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL: self-test $1: expected a failure saying: $2"
    printf '%s\n' "$got" | tail -5 | sed 's/^/    /'
  fi
}
# a kind appended to events.def, handled only by annotate
scratch
echo 'X(SELFTEST_KIND,      "selftest-kind",      "a kind added by the self-test")' >>"$tmp/t/include/events.def"
last=$(grep -o '^X([A-Z0-9_]*' include/events.def | tail -1 | cut -c3-)
echo '/* [PL_EV_SELFTEST_KIND] */ static const int selftest = PL_EV_SELFTEST_KIND;' >>"$tmp/t/output-formats/annotate.c"
selftest new-kind "kind SELFTEST_KIND (include/events.def:$(($(wc -l <include/events.def) + 1))) has no row"
selftest new-kind-where "Add, after the row of $last"
# a "-" cell for a kind the code handles: the first kind with a timeline cell
row=$(awk -F'\t' '!/^#/ && NF > 1 && $6 != "-" {print $1; exit}' include/kinds.tsv)
scratch
awk -F'\t' -v OFS='\t' -v k="$row" '$1 == k {$6 = "-"} {print}' include/kinds.tsv >"$tmp/t/include/kinds.tsv"
selftest dash-but-handled "$row: the table says timeline does nothing with it"
# a cell for a kind the code never names: the first kind with a "-" timeline cell
row=$(awk -F'\t' '!/^#/ && NF > 1 && $6 == "-" {print $1; exit}' include/kinds.tsv)
scratch
awk -F'\t' -v OFS='\t' -v k="$row" '$1 == k {$6 = "made-up"} {print}' include/kinds.tsv >"$tmp/t/include/kinds.tsv"
selftest handled-but-absent "$row: the table says timeline does 'made-up'"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]

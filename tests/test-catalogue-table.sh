#!/usr/bin/env bash
#
# test-catalogue-table.sh — grammar/catalogue-table.inc (the fallback
# recogniser's templates, committed so the build needs no python3) is what
# tools/catalogue/gen-table.py writes from data/catalogue.tsv today; and the
# check itself catches a stale table (a scratch copy with one template
# changed).  Ends with "N passed, N failed".
set -u
cd "$(dirname "$0")/.." || exit 1
passed=0
failed=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if ! command -v python3 >/dev/null 2>&1; then
  echo "FAIL: python3 is needed to check grammar/catalogue-table.inc (Debian package python3)"
  echo "0 passed, 1 failed"
  exit 1
fi
if python3 tools/catalogue/gen-table.py data/catalogue.tsv data/catalogue-tags.txt >"$tmp/table.inc" &&
  cmp -s "$tmp/table.inc" grammar/catalogue-table.inc; then
  passed=$((passed + 1))
else
  failed=$((failed + 1))
  echo "FAIL: grammar/catalogue-table.inc is not what tools/catalogue/gen-table.py writes from data/catalogue.tsv;"
  echo "      regenerate: python3 tools/catalogue/gen-table.py data/catalogue.tsv > grammar/catalogue-table.inc"
  diff "$tmp/table.inc" grammar/catalogue-table.inc | head -6 | sed 's/^/    /'
fi
# self-test: a catalogue with one template changed gives another table
awk -F'\t' -v OFS='\t' '!/^#/ && $2 == "any" && !done {$7 = $7 " (changed)"; done = 1} {print}' \
  data/catalogue.tsv >"$tmp/changed.tsv"
python3 tools/catalogue/gen-table.py "$tmp/changed.tsv" data/catalogue-tags.txt >"$tmp/changed.inc"
if ! cmp -s "$tmp/changed.inc" grammar/catalogue-table.inc; then
  passed=$((passed + 1))
else
  failed=$((failed + 1))
  echo "FAIL: self-test: a changed template left the table as it was (the check could not fail)"
fi
# every `any` row is in the table or counted as left out, no more, no less
any=$(awk -F'\t' '!/^#/ && $2 == "any" {print $7}' data/catalogue.tsv | sort -u | wc -l)
read -r kept short anchor < <(sed -n 's/^ \* \([0-9]*\) templates; \([0-9]*\) left out .*, \([0-9]*\) for no anchor.*/\1 \2 \3/p' \
  grammar/catalogue-table.inc)
rows=$(grep -c '^    {"' <(sed -n '/cat_tmpls\[\]/,/^};/p' grammar/catalogue-table.inc))
if [ -n "${kept:-}" ] && [ "$rows" -eq "$kept" ] && [ $((kept + short + anchor)) -eq "$any" ]; then
  passed=$((passed + 1))
else
  failed=$((failed + 1))
  echo "FAIL: table: $rows rows, header says ${kept:-?} kept + ${short:-?} + ${anchor:-?} left out; catalogue has $any any templates"
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]

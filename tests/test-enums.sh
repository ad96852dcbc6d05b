#!/usr/bin/env bash
# tests/test-enums.sh — the verdicts and stages have one home each
# (include/verdicts.def, include/stages.def): the JSON schema's enums
# (docs/plutolog.schema.json) list exactly their names, docs/contract.md's
# ladder table is the first PL_LADDER_N stages in order and its text names
# every other stage and verdict, and every row is used by the code (an
# unused row is a stale one).  No string literal of a stage or verdict is
# compared with strcmp in the code: it compares the enums.
set -u
cd "$(dirname "$0")/.." || exit 1
pass=0; fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }
names() { sed -n "s/^$1(\([A-Z0-9_]*\), *\"\([^\"]*\)\".*/\2/p" "$2"; }
ids() { sed -n "s/^$1(\([A-Z0-9_]*\),.*/\1/p" "$2"; }
schema() { python3 -c 'import json,sys; print("\n".join(n for n in json.load(open("docs/plutolog.schema.json"))["$defs"][sys.argv[1]]["enum"] if n))' "$1"; }

for pair in "VERDICT include/verdicts.def verdict" "STAGE include/stages.def stage"; do
  set -- $pair
  def=$(names "$1" "$2")
  [ "$(echo "$def" | wc -l)" -ge 4 ] && ok || bad "fewer than 4 $1 rows in $2"
  dups=$(echo "$def" | sort | uniq -d)
  [ -z "$dups" ] && ok || bad "$2 names twice: $dups"
  if [ "$(echo "$def" | sort)" = "$(schema "$3" | sort)" ]; then ok
  else bad "the schema's \$defs.$3 enum differs from $2:"; diff <(echo "$def" | sort) <(schema "$3" | sort); fi
  for n in $def; do
    if grep -q "\`$n\`" docs/contract.md; then ok; else bad "docs/contract.md does not name the $3 \`$n\` of $2"; fi
  done
  for id in $(ids "$1" "$2"); do
    if grep -rq "PL_${1}_$id\b" src output-formats; then ok; else bad "PL_${1}_$id is in $2 but no code uses it"; fi
  done
  # no strcmp against a literal of this list (compare the enum instead)
  for n in $def; do
    hits=$(grep -rnE "strcmp\([^;]*(verdict|stage|\bv\b)[^;]*\"$n\"" src output-formats || true)
    [ -z "$hits" ] && ok || bad "a $3 is compared as a string (\"$n\"):"$'\n'"$hits"
  done
done

# the ladder: the first rows of stages.def, in the order of the contract's table
ladder_n=$(sed -n 's/^#define PL_LADDER_N \([0-9]*\).*/\1/p' include/diagnose.h)
def_ladder=$(names STAGE include/stages.def | head -n "$ladder_n")
doc_ladder=$(sed -n '/^| stage id | passes when |/,/^$/s/^| `\([a-z0-9-]*\)` |.*/\1/p' docs/contract.md)
if [ -n "$def_ladder" ] && [ "$def_ladder" = "$doc_ladder" ]; then ok
else bad "docs/contract.md's ladder differs from the first $ladder_n rows of include/stages.def:"; diff <(echo "$def_ladder") <(echo "$doc_ladder"); fi

# every stage and verdict the JSON of the cases shows is a row (the schema test
# validates the shape; this names the row to add)
for f in tests/cases/*/expected.json; do
  [ -f "$f" ] || continue
  extra=$(python3 - "$f" <<'PY'
import json, sys, re
stages = set(re.findall(r'^STAGE\([A-Z0-9_]+, *"([^"]+)"', open("include/stages.def").read(), re.M))
verdicts = set(re.findall(r'^VERDICT\([A-Z0-9_]+, *"([^"]+)"', open("include/verdicts.def").read(), re.M))
doc = json.load(open(sys.argv[1]))
for c in doc.get("connections", []) if isinstance(doc, dict) else []:
    if c.get("stage") is not None and c["stage"] not in stages: print("stage", c["stage"])
    if c.get("verdict") not in verdicts: print("verdict", c.get("verdict"))
PY
)
  [ -z "$extra" ] && ok || bad "$f: $extra"
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]

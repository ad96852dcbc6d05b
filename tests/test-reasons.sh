#!/usr/bin/env bash
# tests/test-reasons.sh — the reason codes have one home (include/reasons.def):
# the JSON schema's enum (docs/plutolog.schema.json) and the table of
# docs/contract.md list exactly its names, and every name is used by a rule of
# src/passes/diagnose.c (an unused code is a stale row).
set -u
cd "$(dirname "$0")/.." || exit 1
pass=0; fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }
def=$(sed -n 's/^REASON(\([A-Z0-9_]*\), *"\([^"]*\)".*/\2/p' include/reasons.def | sort)
ids=$(sed -n 's/^REASON(\([A-Z0-9_]*\),.*/\1/p' include/reasons.def)
[ -n "$def" ] && ok || bad "no REASON rows in include/reasons.def"
schema=$(python3 -c 'import json; print("\n".join(n for n in json.load(open("docs/plutolog.schema.json"))["$defs"]["reason"]["enum"] if n))' | sort)
if [ "$def" = "$schema" ]; then ok; else bad "schema enum differs from reasons.def:"; diff <(echo "$def") <(echo "$schema"); fi
contract=$(sed -n 's/^| `\([a-z0-9-]*\)` | .*reason.*$/\1/p; /^<!-- reasons -->/,/^<!-- \/reasons -->/s/^| `\([a-z0-9-]*\)` |.*/\1/p' docs/contract.md | sort -u)
if [ "$def" = "$contract" ]; then ok; else bad "docs/contract.md's reason table differs from reasons.def:"; diff <(echo "$def") <(echo "$contract"); fi
for id in $ids; do
  if grep -q "PL_REASON_$id\b" src/passes/diagnose.c; then ok; else bad "PL_REASON_$id is in reasons.def but no rule uses it"; fi
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]

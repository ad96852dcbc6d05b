#!/usr/bin/env bash
# tests/test-enums.sh — the verdicts, stages, exchanges and roles have one home each
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

# ---- exchanges and roles (include/exchanges.def, include/roles.def) --------
# Every row has a name of its own; a mode column names a row; the schema's
# $defs.role and $defs.mode enums are the lists (both ways); the grammar
# writes the names through the rows (none spelled in parser.y or the px_*
# helpers; plutodebug's table names rows) and every corpus event's
# "exchange" and "role" is a row; and nothing above the grammar compares an
# exchange, mode or role as a string.
for pair in "EXCHANGE include/exchanges.def" "ROLE include/roles.def"; do
  set -- $pair
  rows=$(grep -c "^$1(" "$2")
  named=$(grep -cE "^$1\([A-Z0-9_]+, *\"[a-z0-9_]+\"" "$2")
  [ "$rows" -ge 2 ] && [ "$rows" -eq "$named" ] && ok || bad "$2: $rows rows, $named with a name (a row needs a quoted lower-case name: $1(ID, \"name\", ...))"
  dups=$(names "$1" "$2" | sort | uniq -d)
  [ -z "$dups" ] && ok || bad "$2 names twice: $dups"
  dups=$(ids "$1" "$2" | sort | uniq -d)
  [ -z "$dups" ] && ok || bad "$2 has the identifier twice: $dups"
done
ex_ids=$(ids EXCHANGE include/exchanges.def)
modes=$(sed -n 's/^EXCHANGE([A-Z0-9_]*, *"[^"]*", *\(NULL\|"[^"]*"\), *\([A-Z0-9_]*\),.*/\2/p' include/exchanges.def | sort -u)
mode_rows=$(sed -n 's/^EXCHANGE([A-Z0-9_]*, *"[^"]*", *\(NULL\|"[^"]*"\), *\([A-Z0-9_]*\),.*/\2/p' include/exchanges.def | wc -l)
[ "$mode_rows" -eq "$(grep -c '^EXCHANGE(' include/exchanges.def)" ] && ok || bad "include/exchanges.def: a row without its pluto name (or NULL) and mode columns"
mode_names=""
for m in $modes; do
  if echo "$ex_ids" | grep -qx "$m"; then ok; else bad "include/exchanges.def: the mode $m is not a row"; continue; fi
  mode_names+=$(sed -n "s/^EXCHANGE($m, *\"\([^\"]*\)\".*/\1/p" include/exchanges.def)$'\n'
done
mode_names=$(echo -n "$mode_names" | sort)
if [ -n "$mode_names" ] && [ "$mode_names" = "$(schema mode | sort)" ]; then ok
else bad "the schema's \$defs.mode enum differs from the modes of include/exchanges.def:"; diff <(echo "$mode_names") <(schema mode | sort); fi
role_names=$(names ROLE include/roles.def | sort)
if [ "$role_names" = "$(schema role | sort)" ]; then ok
else bad "the schema's \$defs.role enum differs from include/roles.def:"; diff <(echo "$role_names") <(schema role | sort); fi

# The grammar names the rows (EXCH(MAIN), ROLE_IS(INITIATOR), ROLE_AS(...),
# pl_exchange_name(PL_EXCHANGE_...)): no name spelled as a string in
# parser.y or the px_* helpers.  Only plutodebug's table (debug.c, pluto's
# ISAKMP_XCHG_* names to ours) spells them; those must be rows.
spelled=$( { grep -nE '\bL\((EXCHANGE|ROLE),' grammar/parser.y; grep -nE 'PL_F_(EXCHANGE|ROLE), *[^;]*"' grammar/*.c grammar/parser.y; } || true)
[ -z "$spelled" ] && ok || bad "the grammar spells an exchange or role as a string; use EXCH(ID) / ROLE_IS(ID) / pl_exchange_name(PL_EXCHANGE_ID):"$'\n'"$spelled"
written=$(python3 - <<'PY'
import re
out = set()
g = open("grammar/debug.c").read()
i = g.index('"exchange type"'); j = g.index("m->exchange[0] = ", i)
for v in re.findall(r'\{"[A-Z0-9_]+", *"([^"]*)"\}', g[i:j]): out.add(("EXCHANGE", v))
for k, v in sorted(out): print(k, v)
PY
)
[ "$(echo "$written" | grep -c '^EXCHANGE ')" -ge 5 ] && ok ||
  bad "found fewer than 5 names in plutodebug's exchange table (is the search still right?):"$'\n'"$written"
ex_names=$(names EXCHANGE include/exchanges.def)
# a row is used when the code names it or the grammar writes its name (an unused row is a stale one)
for pair in "EXCHANGE include/exchanges.def" "ROLE include/roles.def"; do
  set -- $pair
  for id in $(ids "$1" "$2"); do
    n=$(sed -n "s/^$1($id, *\"\([^\"]*\)\".*/\1/p" "$2")
    if grep -rq "PL_${1}_$id\b" src output-formats grammar || grep -qE "\b(EXCH|ROLE_IS)\($id\)" grammar/parser.y ||
      echo "$written" | grep -qx "$1 $n"; then ok
    else bad "PL_${1}_$id (\"$n\") is in $2 but no code uses it and the grammar never writes it"; fi
  done
done
while read -r what v; do
  [ -n "$what" ] || continue
  if [ "$what" = EXCHANGE ]; then list="$ex_names" def=include/exchanges.def; else list="$role_names" def=include/roles.def; fi
  if echo "$list" | grep -qx "$v"; then ok; else bad "plutodebug's table (grammar/debug.c) writes the exchange \"$v\", which is not a row of $def"; fi
done <<<"$written"

# ... and what the events of every corpus log carry
if [ -x ./plutolog ]; then
  seen=$(find corpus -name '*.log' -print0 | sort -z | xargs -0 ./plutolog -f events 2>/dev/null | python3 -c '
import json, sys
s = set()
for line in sys.stdin:
    p = json.loads(line).get("payload") or {}
    for k in ("exchange", "role"):
        if k in p: s.add((k, p[k]))
for k, v in sorted(s): print(k, v)')
  [ "$(echo "$seen" | grep -c '^exchange ')" -ge 5 ] && ok || bad "the corpus' events show fewer than 5 exchanges: $seen"
  while read -r what v; do
    [ -n "$what" ] || continue
    if [ "$what" = exchange ]; then list="$ex_names"; else list="$role_names"; fi
    if echo "$list" | grep -qx "$v"; then ok; else bad "an event of corpus/ has the $what \"$v\", which is not a row"; fi
  done <<<"$seen"
else bad "./plutolog is not built (make)"; fi

# no string comparison of an exchange, mode or role above the grammar
for n in $ex_names $role_names; do
  hits=$(grep -rnE "(strcmp|g_strcmp0|g_str_equal|streq|strstr|has)\([^;]*\"$n\"" src output-formats |
    grep -vE 'kx->value|"keyexchange"' || true)
  [ -z "$hits" ] && ok || bad "an exchange or role is compared as a string (\"$n\"); compare the enum:"$'\n'"$hits"
done

# ---- the outcome of a whole log (include/outcomes.def, pl_outcome) ---------
# outcome.result is a stage or a row of outcomes.def: the schema's
# $defs.result enum is exactly the two lists, no row is unused, and no name
# is shared between them (a stage name would be read two ways).
rows=$(grep -c "^OUTCOME(" include/outcomes.def)
named=$(grep -cE '^OUTCOME\([A-Z0-9_]+, *"[a-z0-9-]+"\)' include/outcomes.def)
[ "$rows" -ge 3 ] && [ "$rows" -eq "$named" ] && ok || bad "include/outcomes.def: $rows rows, $named with a name (OUTCOME(ID, \"name\"))"
out_names=$(names OUTCOME include/outcomes.def)
both=$(comm -12 <(echo "$out_names" | sort) <(names STAGE include/stages.def | sort))
[ -z "$both" ] && ok || bad "include/outcomes.def and include/stages.def both name: $both"
for id in $(ids OUTCOME include/outcomes.def); do
  if grep -rq "PL_OUTCOME_$id\b" src output-formats; then ok; else bad "PL_OUTCOME_$id is in include/outcomes.def but no code uses it"; fi
done
want=$( { echo "$out_names"; names STAGE include/stages.def; } | sort)
if [ "$want" = "$(schema result | sort)" ]; then ok
else bad "the schema's \$defs.result enum differs from include/stages.def + include/outcomes.def:"; diff <(echo "$want") <(schema result | sort); fi
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]

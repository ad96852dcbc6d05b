#!/usr/bin/env bash
#
# test-schema.sh — every -f json document validates against
# docs/plutolog.schema.json (JSON Schema draft 2020-12, checked with Debian's
# python3-jsonschema): the expected documents of the cases (tests/cases/*/expected.json) and the
# JSON of every fixture in corpus/ (golden, demo, guide, versions, pasted,
# lab pairs read together).  The schema itself must be valid, and documents
# broken on purpose must be refused (the check can fail).
#
# Ends with one line "N passed, N failed".

set -u -o pipefail
cd "$(dirname "$0")/.." || exit 1
PLUTOLOG=${PLUTOLOG:-./plutolog}
export LC_ALL=${LC_ALL:-C.UTF-8}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if ! python3 -c 'import jsonschema; jsonschema.Draft202012Validator' 2>/dev/null; then
  echo "FAIL: python3-jsonschema (draft 2020-12) is not installed: apt-get install python3-jsonschema (make deps)"
  echo "0 passed, 1 failed"
  exit 1
fi

n=0
shopt -s nullglob
for f in tests/cases/*/*.log corpus/guide/*.log corpus/versions/*.log corpus/pasted/*.log corpus/demo/*.log \
  corpus/lab/*/west.log corpus/lab/*/east.log; do
  n=$((n + 1))
  "$PLUTOLOG" -q -f json --year 2026 "$f" >"$tmp/$n.json" 2>/dev/null
  echo "$f" >"$tmp/$n.name"
done
for d in corpus/lab/*/ corpus/demo/; do
  [ -f "$d/west.log" ] && [ -f "$d/east.log" ] || continue
  n=$((n + 1))
  "$PLUTOLOG" -q -f json --year 2026 "$d/west.log" "$d/east.log" >"$tmp/$n.json" 2>/dev/null
  echo "$d (both logs)" >"$tmp/$n.name"
done

python3 - docs/plutolog.schema.json "$tmp" tests/cases/*/expected.json <<'PY'
import json, os, sys, copy
import jsonschema
schema = json.load(open(sys.argv[1]))
tmp = sys.argv[2]
passed = failed = 0
def ok(msg):
    global passed
    passed += 1
def bad(msg):
    global failed
    failed += 1
    print("FAIL: " + msg)
try:
    jsonschema.Draft202012Validator.check_schema(schema)
    ok("schema")
except jsonschema.SchemaError as e:
    bad("docs/plutolog.schema.json is not a valid draft 2020-12 schema: %s" % e.message)
v = jsonschema.Draft202012Validator(schema)
docs = [(p, p) for p in sys.argv[3:]]
for f in sorted(os.listdir(tmp)):
    if f.endswith('.json'):
        name = open(os.path.join(tmp, f[:-5] + '.name')).read().strip()
        docs.append((name, os.path.join(tmp, f)))
sample = None
for name, path in docs:
    try:
        doc = json.load(open(path))
    except Exception as e:
        bad("%s: not JSON: %s" % (name, e))
        continue
    errs = sorted(v.iter_errors(doc), key=lambda e: list(e.path))
    if errs:
        e = errs[0]
        bad("%s: %s at %s" % (name, e.message, "/".join(map(str, e.path))))
    else:
        ok(name)
        if sample is None and doc.get("connections") and doc["connections"][0].get("sas"):
            sample = doc
# documents broken on purpose must be refused
if sample is None:
    bad("no document with a connection and an SA to break")
else:
    breaks = [
        ("verdict 'maybe'", lambda d: d["connections"][0].__setitem__("verdict", "maybe")),
        ("schema plutolog/2", lambda d: d.__setitem__("schema", "plutolog/2")),
        ("an SA without serial", lambda d: d["connections"][0]["sas"][0].pop("serial")),
        ("a line count as text", lambda d: d["stats"].__setitem__("lines", "12")),
        ("no diagnostics", lambda d: d.pop("diagnostics")),
    ]
    for what, f in breaks:
        d = copy.deepcopy(sample)
        f(d)
        if v.is_valid(d):
            bad("a document with %s passes the schema" % what)
        else:
            ok(what)
print("%d documents checked" % len(docs))
print("%d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
PY

#!/usr/bin/env bash
# test-hostile-cli.sh — issue 16 as a table: each row is a hostile input or
# command line and the behaviour expected of it.
#
#   row "what" RC 'stderr ERE' 'command' ['check after it']
#
# The command runs with bash in a scratch directory holding the fixtures
# below ($P is plutolog); it passes when its exit status is RC, its
# standard error matches the ERE ('' matches anything) and the check (a
# shell command, when given) succeeds.  Standard output is in ./out,
# standard error in ./err.  Prints "N passed, N failed".
set -u
here=$(cd "$(dirname "$0")/.." && pwd)
P=${PLUTOLOG:-$here/plutolog}
case $P in /*) ;; *) P=$here/$P ;; esac
export P
pass=0 fail=0
if [ ! -x "$P" ]; then echo "FAIL: $P not built (make)"; echo "0 passed, 1 failed"; exit 1; fi
for tool in python3 gzip xz bzip2 tar; do
  command -v $tool >/dev/null || { echo "FAIL: $tool is needed for the fixtures"; echo "0 passed, 1 failed"; exit 1; }
done
T=$(mktemp -d "${TMPDIR:-/tmp}/plutolog-cli.XXXXXX")
trap 'rm -rf "$T"' EXIT
cd "$T" || exit 1

row() {
  local what=$1 want=$2 ere=$3 cmd=$4 post=${5:-}
  timeout 60 bash -c "$cmd" >out 2>err </dev/null
  local rc=$?
  local why=""
  [ "$rc" -eq "$want" ] || why="exit $rc, not $want"
  if [ -z "$why" ] && [ -n "$ere" ] && ! grep -Eq -- "$ere" err; then why="stderr does not match /$ere/"; fi
  if [ -z "$why" ] && [ -n "$post" ] && ! bash -c "$post" >post.out 2>&1; then why="check failed: $post: $(head -c 300 post.out)"; fi
  if [ -z "$why" ]; then
    pass=$((pass + 1))
    [ -n "${TEST_VERBOSE:-}" ] && echo "  ok: $what"
  else
    fail=$((fail + 1))
    echo "FAIL: $what: $why"
    echo "    stderr: $(head -c 400 err | tr '\n' ' ')"
  fi
  return 0
}

# ---- fixtures ------------------------------------------------------------------
line1='Nov 27 10:00:00 east pluto[1]: "office" #1: initiating IKEv1 Main Mode connection'
mk() { # mk FILE: a two-line log
  printf '%s\nNov 27 10:00:01 east pluto[1]: "office" #1: sent Main Mode request\n' "$line1" >"$1"
}
mk a.log; cp a.log a.orig
mk b.log
mkdir logs; mk logs/x.log; mk logs/y.log
ln -s a.log link.log
ln a.log hard.log
python3 -c 'import sys; sys.stdout.write(open("a.log").read() * 3000)' >big.log

# ---- 2. never destroy an input ---------------------------------------------------
row "-o X X: refused, the input intact" 2 'is the input a\.log' '$P -o a.log a.log' 'cmp a.log a.orig'
row "-o LINK where LINK -> input: refused" 2 'is the input' '$P -o link.log a.log' 'cmp a.log a.orig && [ -L link.log ]'
row "-o HARDLINK of the input: refused" 2 'is the input' '$P -o hard.log a.log' 'cmp a.log a.orig'
row "-o ./x/../a.log (another spelling): refused" 2 'is the input' 'mkdir -p x; $P -o ./x/../a.log a.log' 'cmp a.log a.orig'
row "-o a file found in an input directory: refused" 2 'inside the input directory logs' '$P -o logs/x.log logs' 'cmp logs/x.log a.orig'
row "--redact-map=X X: refused" 2 'redact-map a\.log is the input' '$P --redact-map=a.log a.log' 'cmp a.log a.orig'
row "--redact-map equal to -o: refused, nothing written" 2 'same file' '$P --redact-map=r.md -o r.md a.log' '[ ! -e r.md ]'
row "--redact-map equal to -o through a link: refused" 2 'same file' 'ln -sf r2.md r2link; $P --redact-map=r2link -o r2.md a.log' '[ ! -e r2.md ]'
row "batch -o into the input directory: refused" 2 'inside the input directory' '$P -o logs/ logs' '[ ! -e logs/index.md ]'
row "batch -o below the input directory: refused" 2 'inside the input directory' '$P -o logs/reports/ logs' '[ ! -e logs/reports ]'
row "batch -o a directory holding an input: refused" 2 'inside the output directory' '$P -o . a.log b.log' '[ ! -e index.md ] && cmp a.log a.orig'
row "batch --redact-map inside the report directory: refused" 2 'must not be shipped' '$P --redact-map=rep/map.json -o rep/ a.log b.log' '[ ! -e rep/map.json ]'
row "batch -o elsewhere: fine" 0 '' '$P -q -o rep1/ logs' '[ -s rep1/index.md ] && [ -s rep1/logs/x.log.txt ]'
row "a re-run writes the same reports, reads no report as a log" 0 '' '$P -q -o rep1/ logs' 'grep -q "2 log sources" rep1/index.md'
row "-o FILE: written through a temporary file (none left, mode kept)" 0 '' 'printf old >keep.txt; chmod 640 keep.txt; $P -q -o keep.txt a.log' \
  '[ "$(stat -c %a keep.txt)" = 640 ] && grep -q office keep.txt && [ -z "$(ls -A | grep "^\.keep")" ]'
row "-o FILE, run killed mid-way: the old report stays, no temporary file" 0 '' \
  'printf old >keep2.txt; mkfifo fifo1; (sleep 30 >fifo1) & $P -q -o keep2.txt fifo1 & pid=$!; sleep 1; kill -TERM $pid; wait $pid; kill %1 2>/dev/null; exit 0' \
  '[ "$(cat keep2.txt)" = old ] && [ -z "$(ls -A | grep "^\.keep2")" ]'
row "-o /dev/null is not replaced" 0 '' '$P -q -o /dev/null a.log' '[ -c /dev/null ]'

# ---- 7. output errors are errors ---------------------------------------------------
row "-o /dev/full: exit 1 with a message" 1 'cannot write /dev/full: No space left' '$P -q -o /dev/full a.log'
row "stdout is /dev/full: exit 1 with a message" 1 'cannot write standard output: No space left' '$P -q a.log >/dev/full'
row "-f json to /dev/full" 1 'No space left' '$P -q -f json a.log >/dev/full'
row "-f events (streamed) to /dev/full" 1 'No space left' '$P -q -f events a.log >/dev/full'
row "-f annotate (streamed) to /dev/full" 1 'No space left' '$P -q -f annotate a.log >/dev/full'
row "a big report to /dev/full" 1 'No space left' '$P -q -f annotate big.log >/dev/full'
row "--redact-map into a missing directory: exit 1" 1 'cannot write' '$P -q --redact-map=nodir/map.json a.log'
row "batch -f text,annotate: two distinct reports" 0 '' '$P -q -f text,annotate -o ta/ a.log b.log' \
  '[ -s ta/a.log.txt ] && [ -s ta/a.log.annotate.txt ] && ! cmp -s ta/a.log.txt ta/a.log.annotate.txt &&
   python3 -c "import json; d=json.load(open(\"ta/index.json\")); o=d[\"sources\"][0][\"outputs\"]; assert o==({\"txt\":\"a.log.txt\",\"annotate\":\"a.log.annotate.txt\"}), o"'
row "batch: a report that cannot be written: exit 1 with a message" 1 'cannot write .*a\.log\.txt' \
  'mkdir -p ta2/a.log.txt; $P -q -o ta2/ a.log b.log' '[ -s ta2/b.log.txt ] && grep -q write-error ta2/index.json'

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]

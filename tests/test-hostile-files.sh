#!/usr/bin/env bash
# test-hostile-files.sh — hostile inputs that are files rather than bytes:
# a 100 MB file with no newline, an empty directory, a FIFO, a file that is
# missing or shrinks while it is read.  Each must end without a crash, with a
# message that names the file where the user must know, and with line
# accounting that adds up (lines == pluto + other).
# Prints "N passed, N failed".

set -u
cd "$(dirname "$0")/.." || exit 2
P=${PLUTOLOG:-./plutolog}
case $P in /*) ;; *) P=$PWD/$P ;; esac
pass=0 fail=0
ok() { pass=$((pass + 1)); echo "  ok: $*"; }
no() { fail=$((fail + 1)); echo "  FAIL: $*"; }
if [ ! -x "$P" ]; then echo "FAIL: $P not built (make)"; echo "0 passed, 1 failed"; exit 1; fi
command -v python3 >/dev/null || { echo "FAIL: python3 is needed"; echo "0 passed, 1 failed"; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 2

# accounting LINES JSONFILE: the document parses and its counts add up
accounting() {
  python3 - "$1" "$2" <<'PY'
import json, sys
want, path = int(sys.argv[1]), sys.argv[2]
d = json.load(open(path))
s = d["stats"]
assert s["lines"] == want, (s["lines"], want)
assert s["lines"] == s["pluto"] + s["other"], s
assert s["pluto"] == s["recognised"] + s["unrecognised"] + s.get("cut", 0) + s["debug"], s
PY
}

# 1. 100 MB on one line, no newline at the end
{ printf 'Nov 27 10:00:00 east pluto[1]: "c" #1: '; head -c 100000000 /dev/zero | tr '\0' 'x'; } >nonl.log
"$P" -q -f json nonl.log >nonl.json 2>nonl.err
rc=$?
if [ $rc -eq 0 ] && accounting 1 nonl.json; then ok "100 MB without a newline: one line, counted"; else no "100 MB without a newline (exit $rc)"; fi
"$P" -f json nonl.log 2>&1 >/dev/null | grep -q 'nonl.log:1:.*cut' &&
  ok "the cut line is reported with file and line" || no "no message naming nonl.log:1"

# 2. an empty directory: a message naming it, exit 1
mkdir empty
"$P" -f json empty >empty.json 2>empty.err
rc=$?
if [ $rc -eq 1 ] && grep -q 'empty: no files' empty.err; then ok "empty directory: '$(cat empty.err)'"; else no "empty directory: exit $rc, '$(cat empty.err)'"; fi

# 3. a FIFO with a log written into it
mkfifo pipe
src=$OLDPWD/corpus/lab/ikev1-p1-proposal/east.log
if [ -s "$src" ]; then
  n=$(wc -l <"$src")
  (cat "$src" >pipe) &
  "$P" -q -f json pipe >pipe.json 2>pipe.err
  rc=$?
  wait
  if [ $rc -eq 0 ] && accounting "$n" pipe.json; then ok "FIFO: all $n lines"; else no "FIFO: exit $rc"; fi
else
  no "FIFO: $src is missing"
fi

# 4. a missing file among good ones: named, exit 1, the others still read
printf 'Nov 27 10:00:00 east pluto[1]: "c" #1: initiating IKEv1 Main Mode connection\n' >good.log
"$P" -f json gone.log good.log >gone.json 2>gone.err
rc=$?
if [ $rc -eq 1 ] && grep -q 'gone.log' gone.err && accounting 1 gone.json; then
  ok "missing file: named, exit 1, the other input analysed"
else
  no "missing file: exit $rc, '$(cat gone.err)'"
fi

# read_while NAME ACTION: starts reading NAME.log (400 000 lines) and runs
# ACTION on the file 50 ms later; the run's exit status lands in $rc
read_while() {
  python3 - "$1.log" <<'PY'
import sys
line = 'Nov 27 10:00:00 east pluto[1]: "c" #1: sent Main Mode request\n'
open(sys.argv[1], "w").write(line * 400000)
PY
  ("$P" -q -f json "$1.log" >"$1.json" 2>"$1.err"; echo $? >"$1.rc") &
  sleep 0.05
  $2 "$1.log"
  wait
  rc=$(cat "$1.rc")
}
adds_up() {
  python3 -c "
import json, sys; s = json.load(open(sys.argv[1]))['stats']
assert s['lines'] == s['pluto'] + s['other']" "$1" 2>/dev/null
}
truncate_file() { : >"$1"; }

# 5. a file that shrinks while it is read (truncated under the reader)
read_while shrink truncate_file
if [ "$rc" -le 1 ] && adds_up shrink.json; then
  ok "file truncated while read: exit $rc, accounting adds up"
else
  no "file truncated while read: exit $rc"
fi

# 6. a file deleted while it is read (the open descriptor keeps it readable)
read_while del "rm -f"
if [ "$rc" -le 1 ] && adds_up del.json; then
  ok "file deleted while read: exit $rc"
elif [ "$rc" -eq 1 ] && grep -q 'del.log' del.err; then
  ok "file deleted before it was opened: named, exit 1"
else
  no "file deleted while read: exit $rc, '$(cat del.err)'"
fi

echo "$pass passed, $fail failed"
[ $fail -eq 0 ]

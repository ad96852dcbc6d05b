#!/usr/bin/env bash
#
# valgrind-corpus.sh — memcheck over the whole shared corpus (`make valgrind`).
#
# For every version tag of ../shared/corpus/libreswan-tests, all its pluto
# logs are read as one analysis under `valgrind --error-exitcode=1`, once per
# output format (json, markdown, conf, dot, mermaid, text), with leak checking
# of definite leaks.  Prints one TAP-like line per run and ends with
# `N passed, N failed`.  Skips loudly when the corpus or valgrind is absent.
#
#   PLUTOLOG=./plutolog   the binary to check (a plain -O2 -g build is best)
#   VG_FORMATS="json markdown"   a subset of the formats

set -u -o pipefail
cd "$(dirname "$0")/.." || exit 1
PLUTOLOG=${PLUTOLOG:-./plutolog}
CORPUS=${CORPUS:-../shared/corpus/libreswan-tests}
VG_FORMATS=${VG_FORMATS:-json markdown conf dot mermaid text}

skip() {
  echo "####################################################################"
  echo "### valgrind-corpus: SKIPPED: $*"
  echo "####################################################################"
  echo "0 passed, 0 failed"
  exit 0
}
command -v valgrind >/dev/null || skip "valgrind is not installed (apt-get install valgrind)"
[ -d "$CORPUS" ] || skip "$CORPUS is absent (the shared corpus of pluto logs)"
[ -x "$PLUTOLOG" ] || { echo "valgrind-corpus: $PLUTOLOG not built (run make)"; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
for tag in "$CORPUS"/*/; do
  tag=${tag%/}
  name=$(basename "$tag")
  find "$tag" -type f -name '*.log' -print0 | sort -z >"$tmp/list"
  [ -s "$tmp/list" ] || continue
  n=$(tr -cd '\0' <"$tmp/list" | wc -c)
  for fmt in $VG_FORMATS; do
    rm -f "$tmp"/vg.*.txt
    xargs -0 valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite \
      --log-file="$tmp/vg.%p.txt" "$PLUTOLOG" -q --year 2026 -f "$fmt" <"$tmp/list" >/dev/null 2>"$tmp/err"
    rc=$?
    cat "$tmp"/vg.*.txt >"$tmp/vg.txt" 2>/dev/null
    if [ -s "$tmp/vg.txt" ]; then
      fail=$((fail + 1))
      echo "not ok - $name: $n logs, -f $fmt: memcheck errors:"
      head -40 "$tmp/vg.txt" | sed 's/^/#   /'
    elif [ "$rc" -ne 0 ]; then
      fail=$((fail + 1))
      echo "not ok - $name: $n logs, -f $fmt: exit $rc: $(head -3 "$tmp/err")"
    else
      pass=$((pass + 1))
      echo "ok - $name: $n logs, -f $fmt: no memcheck error"
    fi
  done
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]

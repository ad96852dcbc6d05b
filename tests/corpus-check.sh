#!/usr/bin/env bash
# corpus-check.sh — how much of the real pluto corpus the grammar knows.
#
#   tests/corpus-check.sh                 per-tag table; exit 1 over threshold
#   tests/corpus-check.sh --unknown [TAG] unrecognised lines grouped by shape
#                                         (numbers, addresses, quoted strings,
#                                         serials normalised), most frequent first
#
# Run from the repository root with ./plutolog built.  The corpus is read
# from ../shared/corpus/libreswan-tests (never copied into the repository).
# Every .log file of one tag is passed to a single plutolog run (one
# analysis), so the counts are those of `plutolog -f json`'s "stats".
#
# The tags are the folders of the corpus (every directory holding .log files),
# in version order; CORPUS_TAGS="a b" restricts the run to some of them.
#
# Thresholds (percent of pluto lines that are unrecognised):
#   CORPUS_MAX_TAG  per tag   (default 0.5)
#   CORPUS_MAX_ALL  overall   (default 0.5)
# Exit: 0 within thresholds, 1 over, 2 plutolog failed, 77 corpus missing.
set -u

root=$(cd "$(dirname "$0")/.." && pwd)
BIN=${PLUTOLOG:-$root/plutolog}
CORPUS=${CORPUS_DIR:-$root/../shared/corpus/libreswan-tests}
MAX_TAG=${CORPUS_MAX_TAG:-0.5}
MAX_ALL=${CORPUS_MAX_ALL:-0.5}

if [ ! -d "$CORPUS" ]; then
  echo "########################################################################"
  echo "# SKIP corpus-check: no corpus at $CORPUS"
  echo "# (it lives outside the repository, in ../shared/corpus; set CORPUS_DIR)"
  echo "########################################################################"
  exit 77
fi
if [ ! -x "$BIN" ]; then
  echo "corpus-check: $BIN is not built (run make)" >&2
  exit 2
fi

# the tags: the corpus folders that hold logs, oldest version first (v2_4_9
# and v2.6.38 sort as 2.4.9 and 2.6.38; HEAD last)
corpus_tags() {
  local d t
  for d in "$CORPUS"/*/; do
    t=$(basename "$d")
    find "$d" -type f -name '*.log' -print -quit | grep -q . || continue
    printf '%s\n' "$t"
  done | awk '{ k = $0; sub(/^v/, "", k); gsub(/_/, ".", k); if ($0 == "HEAD") k = "999999";
               printf "%s\t%s\n", k, $0 }' | sort -t. -k1,1n -k2,2n -k3,3n | cut -f2
}
if [ -n "${CORPUS_TAGS:-}" ]; then
  TAGS=$CORPUS_TAGS
else
  TAGS=$(corpus_tags | tr '\n' ' ')
fi
if [ -z "$TAGS" ]; then
  echo "corpus-check: no tag folder with .log files in $CORPUS" >&2
  exit 2
fi

# all .log files of a tag, NUL-separated, in a stable order
tag_logs() {
  find "$CORPUS/$1" -type f -name '*.log' -print0 | LC_ALL=C sort -z
}

# --unknown [TAG]: the texts of unrecognised lines, normalised and counted
if [ "${1:-}" = "--unknown" ]; then
  tags=${2:-$TAGS}
  for t in $tags; do
    [ -d "$CORPUS/$t" ] || { echo "corpus-check: no tag $t" >&2; exit 2; }
    tag_logs "$t" | xargs -0 "$BIN" -q -f events
  done |
    grep '"kind":"unknown"' |
    sed -n 's/.*"text":"\(.*\)"}$/\1/p' |
    sed -E \
      -e 's/\\"/"/g' \
      -e "s/'[^']*'/'Q'/g" \
      -e 's/"[^"]*"/"Q"/g' \
      -e 's/#[0-9]+/#N/g' \
      -e 's/0x[0-9a-fA-F]+/0xH/g' \
      -e 's/\[?[0-9a-fA-F]*:[0-9a-fA-F:]*:[0-9a-fA-F:.]*\]?(\/[0-9]+)?/ADDR6/g' \
      -e 's/[0-9]+\.[0-9]+\.[0-9]+\.[0-9]+(\/[0-9]+)?(:[0-9A-Za-z\/]+)?/ADDR/g' \
      -e 's/[0-9]+(\.[0-9]+)?/N/g' |
    LC_ALL=C sort | uniq -c | LC_ALL=C sort -k1,1nr -k2
  exit 0
fi

# sum "pluto" and "unrecognised" of the stats object(s) of -f json output
sum_stats() {
  awk '
    /"stats"[ ]*:/ { in_stats = 1; next }
    in_stats && /"pluto"[ ]*:/        { gsub(/[^0-9]/, "", $0); p += $0 }
    in_stats && /"unrecognised"[ ]*:/ { gsub(/[^0-9]/, "", $0); u += $0; in_stats = 0 }
    END { printf "%d %d\n", p, u }'
}

over() { # over SHARE LIMIT -> true when SHARE > LIMIT
  awk -v s="$1" -v l="$2" 'BEGIN { exit !(s + 0 > l + 0) }'
}

share() { # share UNREC PLUTO -> percent with 2 decimals
  awk -v u="$1" -v p="$2" 'BEGIN { printf "%.2f", p ? 100 * u / p : 0 }'
}

status=0
tot_p=0
tot_u=0
printf '%-10s %10s %13s %8s  %s\n' tag pluto unrecognised share verdict
for t in $TAGS; do
  if [ ! -d "$CORPUS/$t" ]; then
    printf '%-10s %10s %13s %8s  %s\n' "$t" - - - "MISSING"
    status=1
    continue
  fi
  out=$(tag_logs "$t" | xargs -0 "$BIN" -q -f json) || {
    echo "corpus-check: plutolog failed on tag $t" >&2
    exit 2
  }
  read -r p u <<<"$(printf '%s\n' "$out" | sum_stats)"
  s=$(share "$u" "$p")
  v=ok
  if over "$s" "$MAX_TAG"; then v="FAIL (> $MAX_TAG%)"; status=1; fi
  printf '%-10s %10d %13d %7s%%  %s\n' "$t" "$p" "$u" "$s" "$v"
  tot_p=$((tot_p + p))
  tot_u=$((tot_u + u))
done
s=$(share "$tot_u" "$tot_p")
v=ok
if over "$s" "$MAX_ALL"; then v="FAIL (> $MAX_ALL%)"; status=1; fi
printf '%-10s %10d %13d %7s%%  %s\n' overall "$tot_p" "$tot_u" "$s" "$v"
exit $status

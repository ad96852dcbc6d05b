#!/usr/bin/env bash
# tools/same-output.sh OLD NEW — are two plutolog binaries byte-identical on
# every log we have?  Runs both over corpus/ (our own logs), the lab logs and
# ../shared/corpus/field-dev in every single-file format and compares stdout,
# stderr and the exit status.  Used for behaviour-preserving changes
# (docs/architecture.md); prints the first differences and "N same, N differ".
set -u
old=${1:?usage: same-output.sh OLD-BINARY NEW-BINARY}
new=${2:?usage: same-output.sh OLD-BINARY NEW-BINARY}
cd "$(dirname "$0")/.." || exit 1
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
same=0; differ=0
mapfile -t logs < <( { find corpus tests/cases -type f -name '*.log'; \
  [ -d ../shared/corpus/field-dev ] && find ../shared/corpus/field-dev -type f -name '*.log'; } | sort)
for f in "${logs[@]}"; do
  for fmt in text json markdown conf dot mermaid events annotate; do
    LC_ALL=C.UTF-8 "$old" -f "$fmt" "$f" >"$tmp/o" 2>"$tmp/oe"; echo "rc=$?" >>"$tmp/oe"
    LC_ALL=C.UTF-8 "$new" -f "$fmt" "$f" >"$tmp/n" 2>"$tmp/ne"; echo "rc=$?" >>"$tmp/ne"
    if cmp -s "$tmp/o" "$tmp/n" && cmp -s "$tmp/oe" "$tmp/ne"; then
      same=$((same + 1))
    else
      differ=$((differ + 1))
      [ "$differ" -le "${SHOW:-5}" ] && { echo "DIFFER: -f $fmt $f"; diff "$tmp/o" "$tmp/n" | head -8; diff "$tmp/oe" "$tmp/ne" | head -4; }
    fi
  done
done
echo "${#logs[@]} logs x 8 formats: $same same, $differ differ"
[ "$differ" -eq 0 ]

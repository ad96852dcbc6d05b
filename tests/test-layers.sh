#!/usr/bin/env bash
#
# test-layers.sh — includes go downward only (docs/architecture.md).
#
# The layers, lowest first, and the layer of every header are in
# tools/layers.txt; a source file's layer is its folder's.  Every .c, .h, .l
# and .y of src/, grammar/, output-formats/ and include/ may include headers
# of its own layer or a lower one.  Fails on an upward include, on an
# included header with no row in tools/layers.txt, and on a header of
# include/ or grammar/ with no row.  One case per file, then a self-test
# that plants an upward include in a scratch tree and expects the check to
# catch it.  Ends with "N passed, N failed".
#
#   LAYERS_ROOT=DIR   check another tree (the self-test uses it)
set -u
root=${LAYERS_ROOT:-$(cd "$(dirname "$0")/.." && pwd)}
cd "$root" || exit 1
map=tools/layers.txt
[ -f "$map" ] || { echo "FAIL: no $map"; echo "0 passed, 1 failed"; exit 1; }

declare -A rank folder_layer header_layer
order=()
n=0
while read -r w1 w2 w3 _; do
  case $w1 in '' | '#'*) continue ;; esac
  if [ "$w1" = layer ]; then
    rank[$w2]=$n; n=$((n + 1)); order+=("$w2")
    [ "$w3" != - ] && folder_layer[$w3]=$w2
  else
    header_layer[$w1]=$w2
  fi
done <"$map"

passed=0 failed=0
fail() { echo "FAIL: $*"; failed=$((failed + 1)); }

layer_of_file() { # the layer of a source file, from its folder (headers: the map)
  local f=$1 d=${1%/*}
  case $f in include/*) echo "${header_layer[${f##*/}]:-}"; return ;; esac
  case $f in *.h) [ -n "${header_layer[${f##*/}]:-}" ] && { echo "${header_layer[${f##*/}]}"; return; } ;; esac
  echo "${folder_layer[$d]:-}"
}

shopt -s nullglob
files=(include/*.h include/*.def grammar/*.h grammar/*.def src/*/*.c src/*/*.h grammar/*.c grammar/*.l grammar/*.y
  output-formats/*.c output-formats/*.h)
for f in "${files[@]}"; do
  me=$(layer_of_file "$f")
  if [ -z "$me" ]; then
    case $f in
    include/* | grammar/*.h | grammar/*.def)
      fail "$f: no row in $map: add the line \"${f##*/}  LAYER\" (one of: ${order[*]})" ;;
    *) fail "$f: its folder ${f%/*} has no layer in $map: add \"layer NAME ${f%/*}\"" ;;
    esac
    continue
  fi
  bad=0
  while IFS= read -r inc; do
    h=${inc#*\"}; h=${h%%\"*}
    hl=${header_layer[${h##*/}]:-}
    if [ -z "$hl" ]; then
      fail "$f includes \"$h\", which has no row in $map: add the line \"${h##*/}  LAYER\""
      bad=1
    elif [ "${rank[$hl]}" -gt "${rank[$me]}" ]; then
      fail "$f ($me) includes \"$h\" ($hl): an upward include"
      bad=1
    fi
  done < <(grep -E '^[[:space:]]*#[[:space:]]*include[[:space:]]*"' "$f")
  [ "$bad" -eq 0 ] && passed=$((passed + 1))
done

# a header and the .c of the same name sit in the same layer (the map
# cannot put a header lower than the code it declares)
for h in "${!header_layer[@]}"; do
  case $h in *.h) ;; *) continue ;; esac
  c=()
  for x in src/*/"${h%.h}".c grammar/"${h%.h}".c output-formats/"${h%.h}".c; do [ -f "$x" ] && c+=("$x"); done
  [ ${#c[@]} -eq 0 ] && continue
  cl=${folder_layer[${c[0]%/*}]:-}
  if [ "$cl" != "${header_layer[$h]}" ]; then
    fail "$h is in layer ${header_layer[$h]} but ${c[0]} is in layer $cl: move one of them"
  else
    passed=$((passed + 1))
  fi
done

# the check can fail: an upward include planted in a scratch copy is caught
if [ -z "${LAYERS_ROOT:-}" ]; then
  tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
  mkdir -p "$tmp/tools" "$tmp/src/base" "$tmp/include"
  cp "$map" "$tmp/tools/"
  printf '#include "escape.h"\n#include "diagnose.h"\n' >"$tmp/src/base/planted.c"
  printf '#include "plutolog.h"\n' >"$tmp/include/unmapped-new.h"
  out=$(LAYERS_ROOT=$tmp bash "$0" 2>&1)
  if grep -q 'planted.c (base) includes "diagnose.h" (passes): an upward include' <<<"$out" &&
    grep -q 'unmapped-new.h: no row' <<<"$out" && grep -q '^0 passed, 2 failed$' <<<"$out"; then
    passed=$((passed + 1))
  else
    fail "self-test: a planted upward include and an unmapped header were not both caught:"
    printf '%s\n' "$out" | sed 's/^/    /'
  fi
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]

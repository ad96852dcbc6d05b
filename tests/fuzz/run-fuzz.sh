#!/usr/bin/env bash
#
# run-fuzz.sh — libFuzzer run of the whole analysis (`make fuzz`).
#
# Builds every library object with clang, ASan and UBSan into build-fuzz/,
# links tests/fuzz/fuzz_log.c with -fsanitize=fuzzer, seeds a corpus from
# our own logs (corpus/golden, corpus/demo, corpus/lab) and, when present,
# the field guide and the shared corpus (one line per seed file), replays
# every saved crash in tests/fuzz/crashes/, then fuzzes for FUZZ_SECONDS.
#
#   FUZZ_SECONDS=60    how long to fuzz (default 60)
#   FUZZ_JOBS=1        parallel fuzzing processes
#   --build-only       build build-fuzz/fuzz_log and stop
#
# New crashes are written to tests/fuzz/crashes/ (crash-*, leak-*, oom-*,
# timeout-*).  Exit status: non-zero when anything crashed.

set -u -o pipefail
cd "$(dirname "$0")/../.." || exit 1
FUZZ_SECONDS=${FUZZ_SECONDS:-60}
FUZZ_JOBS=${FUZZ_JOBS:-1}
B=build-fuzz
CLANG=${CLANG:-clang}

command -v "$CLANG" >/dev/null || { echo "fuzz: $CLANG not found (apt-get install clang libclang-rt-14-dev)"; exit 1; }

SAN="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fsanitize=fuzzer-no-link"
echo "fuzz: building library objects into $B/ with $CLANG"
make --no-print-directory -j"$(nproc 2>/dev/null || echo 2)" BUILD=$B CC="$CLANG" \
  OPT="-O1 -g -fno-omit-frame-pointer" SAN="$SAN" $B/plutolog >$B.log 2>&1 || {
  tail -30 $B.log
  echo "fuzz: build failed (log: $B.log)"
  exit 1
}
objs=$(find $B -name '*.o' ! -path '*/tests/*' ! -name main.o | sort)
# shellcheck disable=SC2086
"$CLANG" -Iinclude -Igrammar -I$B -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -std=c11 -O1 -g \
  -fno-omit-frame-pointer -fsanitize=fuzzer,address,undefined $(pkg-config --cflags glib-2.0 json-glib-1.0) \
  -o $B/fuzz_log tests/fuzz/fuzz_log.c $objs \
  $(pkg-config --libs glib-2.0 gio-2.0 json-glib-1.0 libarchive) -lm || {
  echo "fuzz: linking fuzz_log failed"
  exit 1
}
echo "fuzz: built $B/fuzz_log"
[ "${1:-}" = "--build-only" ] && exit 0

# ---- seeds ---------------------------------------------------------------
seeds=$B/corpus
mkdir -p "$seeds"
n=0
add_lines() { # one seed per line of a file (at most $2 lines)
  local f=$1 max=$2 i=0
  while IFS= read -r line && [ $i -lt "$max" ]; do
    i=$((i + 1))
    n=$((n + 1))
    printf '%s\n' "$line" >"$seeds/line-$n"
  done <"$f"
}
for f in corpus/golden/*.log; do [ -f "$f" ] && cp "$f" "$seeds/golden-$(basename "$f")"; done
for f in corpus/demo/*.log corpus/lab/*/*.log; do
  [ -f "$f" ] || continue
  head -c 16384 "$f" >"$seeds/lab-$(echo "$f" | tr / _)"
done
if [ -f ../shared/seed/libreswan-log-guide.txt ]; then
  grep -a 'pluto\[' ../shared/seed/libreswan-log-guide.txt >$B/guide.log || true
  add_lines $B/guide.log 400
  cp $B/guide.log "$seeds/guide-all"
fi
if [ -d ../shared/corpus ]; then
  find ../shared/corpus -name '*.log' | sort | awk 'NR % 40 == 1' | head -200 | while read -r f; do
    head -c 8192 "$f" >"$seeds/shared-$(echo "$f" | md5sum | cut -c1-12)"
  done
fi
echo "fuzz: $(find "$seeds" -type f | wc -l) seed files in $seeds"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
mkdir -p tests/fuzz/crashes
status=0

# ---- saved crashes first: each must now pass ------------------------------
saved=$(find tests/fuzz/crashes -type f ! -name README | sort)
if [ -n "$saved" ]; then
  echo "fuzz: replaying $(echo "$saved" | wc -l) saved inputs"
  # shellcheck disable=SC2086
  ./$B/fuzz_log -runs=1 $saved >$B/replay.log 2>&1 || {
    echo "fuzz: a saved crash input still crashes:"
    tail -40 $B/replay.log
    status=1
  }
fi

# ---- fuzz ----------------------------------------------------------------
echo "fuzz: fuzzing for ${FUZZ_SECONDS}s"
par=()
[ "$FUZZ_JOBS" -gt 1 ] && par=(-jobs="$FUZZ_JOBS" -workers="$FUZZ_JOBS")
set +e
./$B/fuzz_log -max_total_time="$FUZZ_SECONDS" -max_len=16384 -timeout=20 -rss_limit_mb=2048 \
  "${par[@]}" -print_final_stats=1 -dict=tests/fuzz/pluto.dict -artifact_prefix=tests/fuzz/crashes/ \
  "$seeds" >$B/fuzz.log 2>&1
rc=$?
grep -E '^(#[0-9]+ +(INITED|DONE)|==[0-9]+==ERROR|SUMMARY|Test unit written|stat::)' $B/fuzz.log
if [ "$rc" -ne 0 ]; then
  echo "fuzz: fuzz_log exited with status $rc; the report:"
  grep -A40 -E '==[0-9]+==ERROR|runtime error|deadly signal' $B/fuzz.log | head -80
  ls -la tests/fuzz/crashes/
  status=1
else
  echo "fuzz: no crash in ${FUZZ_SECONDS}s"
fi
exit $status

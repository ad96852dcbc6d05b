#!/usr/bin/env bash
#
# run-fuzz.sh — libFuzzer (default) or AFL++ (--afl) runs of the fuzz
# targets (`make fuzz`, `make afl`; docs/fuzzing.md).
#
#   targets:  parse   tests/fuzz/fuzz_parse.c  the parsing entry points alone
#             log     tests/fuzz/fuzz_log.c    parse + finish + every backend
#             config  tests/fuzz/fuzz_config.c the ipsec.conf reader and conn printer
#                     (seeds: the lab's and a sample of the shared corpus's configs)
#
#   run-fuzz.sh [--build-only] [--afl] [parse] [log]     (default: both)
#
# libFuzzer: builds every library object with clang, ASan and UBSan into
# build-fuzz/, links each target with -fsanitize=fuzzer, seeds
# build-fuzz/seeds from our own logs (tests/cases, corpus/demo,
# corpus/lab), the field guide and the shared corpus when present, replays
# every saved input in tests/fuzz/crashes/ against each target (each must
# pass: that is the regression test), then fuzzes each target for
# FUZZ_SECONDS.  New inputs go to build-fuzz/corpus-<target>/, the log to
# build-fuzz/<target>.log, new crashes to tests/fuzz/crashes/<target>-*.
#
#   FUZZ_SECONDS=60    how long to fuzz each target (default 60)
#   FUZZ_JOBS=1        1: one target after the other; >1: the targets at
#                      once, FUZZ_JOBS processes in all (-fork per target)
#   FUZZ_TIMEOUT=10    seconds one input may take (a hang: timeout-*)
#   FUZZ_RSS_MB=2048   memory limit (a blow-up: oom-*)
#   FUZZ_KEEP_GOING=0  1: go on after a crash, hang or oom (libFuzzer -fork
#                      mode with -ignore_crashes etc.; long-run.sh sets it)
#
# AFL++ (--afl): the same targets built with afl-clang-fast (AFL++'s
# -fsanitize=fuzzer driver) + ASan/UBSan into build-afl/, seeds cut to
# AFL_SEED_BYTES and at most AFL_SEEDS files, afl-fuzz -V AFL_SECONDS per
# target (one after the other), findings in build-afl/out-<target>/;
# crashes are copied to tests/fuzz/crashes/afl-<target>-*.
#
#   AFL_SECONDS=60  AFL_SEEDS=200  AFL_SEED_BYTES=4096  AFL_CMIN=0 (1: afl-cmin the seeds)
#
# Prints one summary line per target ("fuzz: <target>: ...") and, last,
# "N passed, N failed" (.ci/run adds it up): the replay of the saved inputs
# and the fuzz run are one check each per target.  Exits non-zero when a
# saved input still fails or anything new crashed.

# Target names and build paths are fixed words; pkg-config output must split.
# shellcheck disable=SC2086,SC2046
set -u -o pipefail
cd "$(dirname "$0")/../.." || exit 1
FUZZ_SECONDS=${FUZZ_SECONDS:-60}
FUZZ_JOBS=${FUZZ_JOBS:-1}
FUZZ_TIMEOUT=${FUZZ_TIMEOUT:-10}
FUZZ_RSS_MB=${FUZZ_RSS_MB:-2048}
AFL_SECONDS=${AFL_SECONDS:-60}
AFL_SEEDS=${AFL_SEEDS:-200}
AFL_SEED_BYTES=${AFL_SEED_BYTES:-4096}
CRASHES=tests/fuzz/crashes
DICT=tests/fuzz/pluto.dict
ALL_TARGETS=(parse log config)

mode=libfuzzer
build_only=0
targets=()
for arg in "$@"; do
  case $arg in
  --build-only) build_only=1 ;;
  --afl) mode=afl ;;
  parse | log | config) targets+=("$arg") ;;
  fuzz_parse | fuzz_log | fuzz_config) targets+=("${arg#fuzz_}") ;;
  -h | --help)
    sed -n '2,/^$/p' "$0" | sed 's/^# \{0,1\}//'
    exit 0
    ;;
  *)
    echo "fuzz: unknown argument '$arg' (targets: ${ALL_TARGETS[*]}; --afl, --build-only)"
    exit 2
    ;;
  esac
done
[ ${#targets[@]} -eq 0 ] && targets=("${ALL_TARGETS[@]}")

if [ $mode = afl ]; then
  B=build-afl
  CC_FUZZ=${AFL_CC:-afl-clang-fast}
  if ! command -v "$CC_FUZZ" >/dev/null || ! command -v afl-fuzz >/dev/null; then
    echo "fuzz: $CC_FUZZ / afl-fuzz not found (apt-get install afl++)"
    exit 1
  fi
  # afl-clang-fast instruments; the sanitizers are asked for explicitly
  SAN="-fsanitize=address,undefined -fno-sanitize-recover=undefined"
else
  B=build-fuzz
  CC_FUZZ=${CLANG:-clang}
  command -v "$CC_FUZZ" >/dev/null ||
    { echo "fuzz: $CC_FUZZ not found (apt-get install clang libclang-rt-14-dev)"; exit 1; }
  SAN="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fsanitize=fuzzer-no-link"
fi

# ---- build -----------------------------------------------------------------
mkdir -p $B
echo "fuzz: building library objects into $B/ with $CC_FUZZ"
make --no-print-directory -j"$(nproc 2>/dev/null || echo 2)" BUILD=$B CC="$CC_FUZZ" \
  OPT="-O1 -g -fno-omit-frame-pointer" SAN="$SAN" $B/plutolog >$B.log 2>&1 || {
  tail -30 $B.log
  echo "fuzz: build failed (log: $B.log)"
  exit 1
}
objs=$(find $B -name '*.o' ! -path '*/tests/*' ! -name main.o | sort)
for t in "${targets[@]}"; do
  "$CC_FUZZ" -Iinclude -Igrammar -I$B -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -std=c11 -O1 -g \
    -Wall -Wextra -fno-omit-frame-pointer -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
    $(pkg-config --cflags glib-2.0 json-glib-1.0) -o $B/fuzz_$t tests/fuzz/fuzz_$t.c $objs \
    $(pkg-config --libs glib-2.0 gio-2.0 json-glib-1.0 libarchive) -lm >>$B.log 2>&1 || {
    tail -20 $B.log
    echo "fuzz: linking fuzz_$t failed (log: $B.log)"
    exit 1
  }
  echo "fuzz: built $B/fuzz_$t"
done
[ $build_only = 1 ] && exit 0

# ---- seeds (shared by both targets and both fuzzers) -------------------------
# Made again only when missing or older than a log under corpus/ (or
# FUZZ_RESEED=1), into a new directory renamed into place: a run that is
# starting at the same time (long-run.sh and an AFL++ run) is not disturbed.
seeds=build-fuzz/seeds
mkdir -p build-fuzz $CRASHES
if [ "${FUZZ_RESEED:-0}" = 1 ] || [ ! -f "$seeds/.stamp" ] ||
  [ -n "$(find corpus -type f -newer "$seeds/.stamp" -print -quit)" ]; then
  final=$seeds
  seeds=$(mktemp -d build-fuzz/seeds.new.XXXXXX)
  n=0
  add_lines() { # one seed per line of a file (at most $2 lines)
    local f=$1 max=$2 i=0
    while IFS= read -r line && [ $i -lt "$max" ]; do
      i=$((i + 1))
      n=$((n + 1))
      printf '%s\n' "$line" >"$seeds/line-$n"
    done <"$f"
  }
  for f in tests/cases/*/*.log; do [ -f "$f" ] && cp "$f" "$seeds/case-$(basename "$(dirname "$f")")-$(basename "$f")"; done
  for f in corpus/demo/*.log corpus/lab/*/*.log corpus/pasted/*.log corpus/versions/*.log; do
    [ -f "$f" ] || continue
    head -c 16384 "$f" >"$seeds/lab-$(echo "$f" | tr / _)"
  done
  if [ -f ../shared/seed/libreswan-log-guide.txt ]; then
    grep -a 'pluto\[' ../shared/seed/libreswan-log-guide.txt >build-fuzz/guide.log || true
    add_lines build-fuzz/guide.log 400
    head -c 16384 build-fuzz/guide.log >"$seeds/guide-all"
  fi
  if [ -d ../shared/corpus ]; then
    find ../shared/corpus -name '*.log' | sort | awk 'NR % 40 == 1' | head -200 | while read -r f; do
      head -c 8192 "$f" >"$seeds/shared-$(echo "$f" | md5sum | cut -c1-12)"
    done
  fi
  touch "$seeds/.stamp"
  old=build-fuzz/seeds.old.$$
  [ -d "$final" ] && mv "$final" "$old"
  mv "$seeds" "$final"
  rm -rf "$old"
  seeds=$final
fi
echo "fuzz: $(find "$seeds" -type f ! -name .stamp | wc -l) seed files in $seeds"

status=0
npass=0
nfail=0
# result OK|FAIL: counts one check
result() { if [ "$1" = OK ]; then npass=$((npass + 1)); else nfail=$((nfail + 1)) status=1; fi; }
finish() {
  echo "$npass passed, $nfail failed"
  exit $status
}
saved=$(find $CRASHES -type f ! -name README ! -name '*.md' | sort)

# ---- AFL++ -------------------------------------------------------------------
if [ $mode = afl ]; then
  aseeds=$B/seeds.$$
  rm -rf "$aseeds" && mkdir -p "$aseeds"
  trap 'rm -rf "$aseeds"' EXIT
  # small seeds: the smallest AFL_SEEDS files, each cut to AFL_SEED_BYTES
  find "$seeds" -type f ! -name .stamp -printf '%s %p\n' | sort -n | head -"$AFL_SEEDS" | while read -r _ f; do
    head -c "$AFL_SEED_BYTES" "$f" >"$aseeds/$(basename "$f")"
  done
  for f in $saved; do head -c "$AFL_SEED_BYTES" "$f" >"$aseeds/saved-$(basename "$f")"; done
  export AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1
  export AFL_NO_AFFINITY=${AFL_NO_AFFINITY:-1}
  # afl-fuzz insists on abort_on_error=1 and symbolize=0
  export ASAN_OPTIONS=abort_on_error=1:symbolize=0:detect_leaks=1:allocator_may_return_null=1
  export UBSAN_OPTIONS=halt_on_error=1:abort_on_error=1:symbolize=0
  for t in "${targets[@]}"; do
    in=$aseeds
    if [ "${AFL_CMIN:-0}" = 1 ]; then
      rm -rf $B/cmin-$t
      afl-cmin -i "$aseeds" -o $B/cmin-$t -t 10000 -- ./$B/fuzz_$t >$B/cmin-$t.log 2>&1 && in=$B/cmin-$t
    fi
    out=$B/out-$t
    rm -rf "$out"
    echo "fuzz: afl-fuzz $t for ${AFL_SECONDS}s ($(find "$in" -type f | wc -l) seeds)"
    # (our AFL_SECONDS & co. are not afl-fuzz settings: it would warn about them)
    env -u AFL_SECONDS -u AFL_SEEDS -u AFL_SEED_BYTES -u AFL_CMIN \
      afl-fuzz -i "$in" -o "$out" -V "$AFL_SECONDS" -t $((FUZZ_TIMEOUT * 1000)) -m none -x $DICT \
      -- ./$B/fuzz_$t >$B/$t.log 2>&1
    rc=$?
    st=$out/default/fuzzer_stats
    if [ ! -f "$st" ]; then
      echo "fuzz: $t: afl-fuzz did not start (exit $rc); the end of $B/$t.log:"
      tail -25 $B/$t.log
      result FAIL
      continue
    fi
    get() { sed -n "s/^$1 *: *//p" "$st"; }
    ncrash=0
    for c in "$out"/default/crashes/id:* "$out"/default/hangs/id:*; do
      [ -f "$c" ] || continue
      ncrash=$((ncrash + 1))
      kind=crash
      case $c in */hangs/*) kind=timeout ;; esac
      cp "$c" "$CRASHES/afl-$t-$kind-$(sha1sum "$c" | cut -c1-40)"
    done
    echo "fuzz: $t (afl): $(get execs_done) execs in $(get run_time)s ($(get execs_per_sec)/s)," \
      "edges $(get edges_found)/$(get total_edges) ($(get bitmap_cvg)), corpus $(get corpus_count)," \
      "new crashes+hangs: $ncrash"
    if [ "$ncrash" -gt 0 ]; then result FAIL; else result OK; fi
  done
  finish
fi

# ---- libFuzzer -----------------------------------------------------------------
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
limits=(-timeout="$FUZZ_TIMEOUT" -rss_limit_mb="$FUZZ_RSS_MB")

# saved crashes first: each must now pass against each target
if [ -n "$saved" ]; then
  for t in "${targets[@]}"; do
    if ./$B/fuzz_$t -runs=1 "${limits[@]}" $saved >$B/replay-$t.log 2>&1; then
      echo "fuzz: $t: replayed $(echo "$saved" | wc -l) saved inputs: all pass"
      result OK
    else
      result FAIL
      echo "fuzz: $t: a saved input in $CRASHES/ still fails:"
      grep -E 'Running: ' $B/replay-$t.log | tail -1
      grep -A30 -E '==[0-9]+==ERROR|runtime error|invariant failed|deadly signal' $B/replay-$t.log | head -50
    fi
  done
fi

ntargets=${#targets[@]}
per=1
parallel=0
if [ "$FUZZ_JOBS" -gt 1 ]; then
  parallel=1
  per=$((FUZZ_JOBS / ntargets))
  [ "$per" -lt 1 ] && per=1
fi

# run_target T: fuzz one target for FUZZ_SECONDS; its log is $B/T.log
run_target() {
  local t=$1 fork=()
  [ "$per" -gt 1 ] && fork=(-fork="$per")
  [ "${FUZZ_KEEP_GOING:-0}" = 1 ] &&
    fork=(-fork="$per" -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1)
  mkdir -p $B/corpus-$t
  local sd=$seeds dict=$DICT
  if [ "$t" = config ]; then # config files, not logs
    sd=$B/seeds-config dict=tests/fuzz/config.dict
    mkdir -p "$sd"
    for f in corpus/lab/*/*.conf; do [ -f "$f" ] && cp "$f" "$sd/lab-$(echo "$f" | tr / _)"; done
    find ../shared/corpus -name '*.conf' 2>/dev/null | sort | awk 'NR % 50 == 1' | head -200 | while read -r f; do
      head -c 8192 "$f" >"$sd/shared-$(echo "$f" | md5sum | cut -c1-12)"
    done
  fi
  ./$B/fuzz_$t -max_total_time="$FUZZ_SECONDS" -max_len=16384 "${limits[@]}" "${fork[@]}" \
    -print_final_stats=1 -dict=$dict -artifact_prefix=$CRASHES/$t- \
    $B/corpus-$t "$sd" >$B/$t.log 2>&1
  echo $? >$B/$t.rc
}

# summary T: one line from T's log, then the report of a crash
summary() {
  local t=$1 rc log=$B/$1.log
  rc=$(cat $B/$t.rc 2>/dev/null || echo 1)
  local execs persec cov ft corp new
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' $log | tail -1)
  persec=$(sed -n 's/^stat::average_exec_per_sec: *//p' $log | tail -1)
  if [ -z "$execs" ]; then # -fork mode: the last "#N ... cov:" line
    execs=$(grep -oE '^#[0-9]+' $log | tail -1 | tr -d '#')
    persec=$(grep -oE 'exec/s:? [0-9]+' $log | tail -1 | cut -d' ' -f2)
  fi
  cov=$(grep -oE 'cov: [0-9]+' $log | tail -1 | cut -d' ' -f2)
  ft=$(grep -oE 'ft: [0-9]+' $log | tail -1 | cut -d' ' -f2)
  corp=$(grep -oE 'corp: [0-9]+(/[0-9]+[a-zA-Z]*)?' $log | tail -1 | cut -d' ' -f2)
  new=$(comm -13 $B/before.lst <(find $CRASHES -type f -name "$t-*" | sort) | wc -l)
  echo "fuzz: $t: ${execs:-?} execs (${persec:-?}/s) in ${FUZZ_SECONDS}s, cov ${cov:-?}, ft ${ft:-?}," \
    "corpus ${corp:-?}, new crashes: $new (exit $rc, log $log)"
  if [ "$rc" -ne 0 ] || [ "$new" -gt 0 ]; then
    grep -A25 -E '==[0-9]+==ERROR|runtime error|invariant failed|deadly signal|ALARM|out-of-memory' $log | head -30
    grep -E 'Test unit written' $log
    return 1
  fi
}

find $CRASHES -type f | sort >$B/before.lst
if [ $parallel = 1 ]; then
  echo "fuzz: fuzzing ${targets[*]} at once for ${FUZZ_SECONDS}s ($per process(es) each)"
  pids=()
  for t in "${targets[@]}"; do
    run_target "$t" &
    pids+=($!)
  done
  wait "${pids[@]}"
else
  for t in "${targets[@]}"; do
    echo "fuzz: fuzzing $t for ${FUZZ_SECONDS}s"
    run_target "$t"
  done
fi
for t in "${targets[@]}"; do
  if summary "$t"; then result OK; else result FAIL; fi
done
[ $status = 0 ] && echo "fuzz: no crash (${targets[*]}: ${FUZZ_SECONDS}s each)"
finish

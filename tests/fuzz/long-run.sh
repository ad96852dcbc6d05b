#!/usr/bin/env bash
#
# long-run.sh — the hour-long fuzz campaign: both libFuzzer targets (parse
# and log) at once, one process each, for FUZZ_SECONDS (default 3700), then
# (with --afl, or AFL_SECONDS set) both targets under AFL++ one after the
# other.  Meant to be started in the background:
#
#   nohup bash tests/fuzz/long-run.sh >build-fuzz/long-run.out 2>&1 &
#   nohup env AFL_SECONDS=3700 bash tests/fuzz/long-run.sh --afl-only >build-afl/long-run.out 2>&1 &
#
# Logs: build-fuzz/<target>.log (libFuzzer), build-afl/<target>.log and
# build-afl/out-<target>/ (AFL++).  libFuzzer goes on after a crash
# (FUZZ_KEEP_GOING=1, -fork=1 with -ignore_crashes): every find is saved.  New corpus entries: build-fuzz/corpus-<target>/.
# Crashes: tests/fuzz/crashes/<target>-* and afl-<target>-*.  The summary
# (one line per target, then "long-run: ...") ends the output.
#
#   --afl        after the libFuzzer runs, AFL++ for AFL_SECONDS (default FUZZ_SECONDS) per target
#   --afl-only   only the AFL++ runs

set -u -o pipefail
cd "$(dirname "$0")/../.." || exit 1
export FUZZ_SECONDS=${FUZZ_SECONDS:-3700}
lf=1 afl=0
for arg in "$@"; do
  case $arg in
  --afl) afl=1 ;;
  --afl-only) afl=1 lf=0 ;;
  *) echo "long-run: unknown argument '$arg'"; exit 2 ;;
  esac
done
[ -n "${AFL_SECONDS:-}" ] && [ $lf = 1 ] && [ "$afl" = 0 ] && afl=1
export AFL_SECONDS=${AFL_SECONDS:-$FUZZ_SECONDS}

status=0
mkdir -p build-fuzz build-afl
start=$(date -u +%FT%TZ)
out=()
if [ $lf = 1 ]; then
  echo "long-run: libFuzzer, parse and log at once, ${FUZZ_SECONDS}s each (from $start)"
  FUZZ_JOBS=2 FUZZ_KEEP_GOING=${FUZZ_KEEP_GOING:-1} bash tests/fuzz/run-fuzz.sh parse log 2>&1 | tee build-fuzz/long-run-libfuzzer.out
  [ "${PIPESTATUS[0]}" = 0 ] || status=1
  mapfile -t -O ${#out[@]} out < <(grep -E '^fuzz: (parse|log)(\s|:)|still fails|failed \(log' build-fuzz/long-run-libfuzzer.out)
fi
if [ $afl = 1 ]; then
  echo "long-run: AFL++, parse then log, ${AFL_SECONDS}s each"
  bash tests/fuzz/run-fuzz.sh --afl parse log 2>&1 | tee build-afl/long-run-afl.out
  [ "${PIPESTATUS[0]}" = 0 ] || status=1
  mapfile -t -O ${#out[@]} out < <(grep -E '^fuzz: (parse|log) \(afl\)|afl-fuzz did not start|failed \(log' build-afl/long-run-afl.out)
fi
echo
echo "==== long-run summary ($start .. $(date -u +%FT%TZ)) ===="
printf '%s\n' "${out[@]}"
echo "crashes: $(find tests/fuzz/crashes -type f -newermt "$start" | wc -l) new file(s) in tests/fuzz/crashes/"
[ $status = 0 ] && echo "long-run: no crash" || echo "long-run: FAILED (see above)"
exit $status

#!/usr/bin/env bash
#
# run-tests.sh — runs every unit-test binary and the case tests, counts
# individual test cases, and ends with exactly one line "N passed, N failed".
#
#   BUILD=build      where the test binaries are (build-asan for `make asan`)
#   PLUTOLOG=./plutolog   the program the case tests (tests/run-cases.sh) run
#   TEST_VERBOSE=1   print every "ok" line too (failures are always printed)
#
# Every binary runs with --tap (GLib TAP).  A case counts as passed on "ok",
# failed on "not ok" (a "# TODO" incomplete case is a failure too: it is not
# done).  "# SKIP" cases are printed loudly with their reason and counted
# apart.  A binary that stops before its last planned case (a crash, an
# abort) adds one failure; so does one that exits non-zero without a failed
# case (a leak report at exit) or runs no case at all: a crash can never pass
# silently.
#
# Exit status: 0 when nothing failed, 1 otherwise.

set -u -o pipefail

cd "$(dirname "$0")/.." || exit 1
BUILD=${BUILD:-build}
export PLUTOLOG=${PLUTOLOG:-./plutolog}
# GLib: abort on criticals in tests; no slice allocator tricks under ASan.
export G_DEBUG=${G_DEBUG:-fatal-criticals}
export G_SLICE=${G_SLICE:-always-malloc}
export LC_ALL=${LC_ALL:-C.UTF-8}

passed=0
failed=0
skipped=0
failures=()

# run_tap NAME CMD... : runs a TAP producer and folds its cases into the totals.
run_tap() {
  local name=$1
  shift
  local out rc
  out=$("$@" 2>&1)
  rc=$?
  local p=0 f=0 s=0 plan=-1
  while IFS= read -r line; do
    case $line in
    1..*) plan=${line#1..} ;;
    "not ok "*)
      f=$((f + 1))
      echo "FAIL: $name: ${line#not ok }"
      failures+=("$name: ${line#not ok }")
      ;;
    "ok "*"# SKIP"*|"ok "*"# skip"*)
      s=$((s + 1))
      echo "SKIP: $name: ${line#ok }"
      ;;
    "ok "*)
      p=$((p + 1))
      [ -n "${TEST_VERBOSE:-}" ] && echo "  ok: $name: ${line#ok }"
      ;;
    "Bail out!"*)
      echo "BAIL: $name: $line"
      ;;
    esac
  done <<<"$out"
  if [ "$plan" -ge 0 ] && [ $((p + f + s)) -lt "$plan" ]; then
    # it stopped before its last case: a crash or an abort
    f=$((f + 1))
    failures+=("$name: stopped after $((p + f + s - 1)) of $plan cases (status $rc)")
    echo "FAIL: $name stopped early with status $rc; its output:"
    printf '%s\n' "$out" | grep -v '^ok ' | tail -60 | sed 's/^/    /'
  elif [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
    # non-zero status without a failed case (a leak report, an error at exit)
    f=$((f + 1))
    failures+=("$name: exit status $rc")
    echo "FAIL: $name exited with status $rc; its output:"
    # the last lines usually hold the assertion or the sanitizer report
    printf '%s\n' "$out" | grep -v '^ok ' | tail -60 | sed 's/^/    /'
  elif [ $((p + f + s)) -eq 0 ]; then
    f=$((f + 1))
    failures+=("$name: ran no test case")
    echo "FAIL: $name ran no test case"
  fi
  printf '%-28s %4d passed %4d failed %4d skipped\n' "$name" "$p" "$f" "$s"
  passed=$((passed + p))
  failed=$((failed + f))
  skipped=$((skipped + s))
}

shopt -s nullglob
bins=("$BUILD"/tests/test-*)
if [ ${#bins[@]} -eq 0 ]; then
  echo "run-tests.sh: no test binaries in $BUILD/tests (run 'make tests' first)"
  failed=$((failed + 1))
fi
for t in "${bins[@]}"; do
  [ -x "$t" ] && [ -f "$t" ] || continue
  case $t in *.d | *.o) continue ;; esac
  run_tap "$(basename "$t")" "$t" --tap
done

if [ -x "$PLUTOLOG" ] || command -v "$PLUTOLOG" >/dev/null 2>&1; then
  run_tap cases bash tests/run-cases.sh
else
  echo "FAIL: cases: $PLUTOLOG is not built"
  failed=$((failed + 1))
fi

# Script suites end with their own "N passed, N failed" line.
run_script() {
  local name=$1
  shift
  local out rc p f
  out=$("$@" 2>&1)
  rc=$?
  local summary
  summary=$(printf '%s\n' "$out" | grep -E '^[0-9]+ passed, [0-9]+ failed$' | tail -1)
  if [ -z "$summary" ]; then
    if [ "$rc" -eq 77 ]; then
      echo "SKIP: $name: $(printf '%s\n' "$out" | tail -3 | tr '\n' ' ')"
      skipped=$((skipped + 1))
      return
    fi
    p=0 f=1
  else
    p=${summary%% passed*}
    f=${summary#*, }
    f=${f%% failed}
  fi
  if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
  if [ "$f" -gt 0 ]; then
    failures+=("$name: $f failed (exit $rc)")
    printf '%s\n' "$out" | grep -E 'FAIL|not ok' | head -40 | sed 's/^/    /'
  fi
  printf '%-28s %4d passed %4d failed\n' "$name" "$p" "$f"
  passed=$((passed + p))
  failed=$((failed + f))
}

for script in tests/test-*.sh; do
  run_script "$(basename "$script" .sh)" env PLUTOLOG="$PLUTOLOG" bash "$script"
done
# pluto lines counted within 10% of the hand count on the field-dev excerpts
run_script field-lines env PLUTOLOG="$PLUTOLOG" bash tests/field-lines.sh

if [ "$skipped" -gt 0 ]; then
  echo "($skipped test cases skipped; each is listed above with its reason)"
fi
if [ "$failed" -gt 0 ]; then
  echo "failures:"
  printf '  %s\n' "${failures[@]}"
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]

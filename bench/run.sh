#!/usr/bin/env bash
#
# bench/run.sh — throughput of plutolog on a big log (`make bench`).
#
# Builds a log of BENCH_MB megabytes (default 1024) in BENCH_DIR (default
# /tmp) by repeating the pluto logs of ../shared/corpus (real lines of nine
# pluto versions), then times, on that one file:
#
#   wc -l                      the floor: reading and counting lines
#   grep -c pluto              a regular-expression scan of every line
#   lexbench                   plutolog's lexer + grammar only ($BUILD/lexbench)
#   plutolog -f json           the whole analysis and the JSON document
#   plutolog -f markdown       the whole analysis and the Markdown report
#   plutolog -f conf           the whole analysis and the suggested ipsec.conf
#   batch -j 1 / -j 2          two copies of the log, one analysis each (-o DIR)
#   a plutodebug=all log       the lab's debug variants repeated (issue 14)
#   worst line shapes          64 KB runs of each special character (issue 16)
#
# and prints elapsed and user seconds, MB/s and lines/s (from the elapsed
# time), peak RSS and the ratio of each time to grep's.  On a shared machine
# the user seconds are the steadier number.
#
#   BENCH_MB=64 make bench     a quick run
#   BENCH_KEEP=1               keep the generated log (it is reused if present)
#
# Skips (exit 0, loudly) when ../shared/corpus is absent.

set -u -o pipefail
cd "$(dirname "$0")/.." || exit 1
BUILD=${BUILD:-build}
BENCH_MB=${BENCH_MB:-1024}
BENCH_DIR=${BENCH_DIR:-/tmp}
CORPUS=${CORPUS:-../shared/corpus}
PLUTOLOG=${PLUTOLOG:-./plutolog}
LEXBENCH=${LEXBENCH:-$BUILD/lexbench}

skip() {
  echo "####################################################################"
  echo "### bench: SKIPPED: $*"
  echo "####################################################################"
  exit 0
}

[ -d "$CORPUS" ] || skip "$CORPUS is absent (the shared corpus of pluto logs)"
[ -x "$PLUTOLOG" ] || { echo "bench: $PLUTOLOG not built"; exit 1; }
[ -x "$LEXBENCH" ] || { echo "bench: $LEXBENCH not built (make $BUILD/lexbench)"; exit 1; }
TIME=/usr/bin/time
[ -x "$TIME" ] || TIME=

big=$BENCH_DIR/plutolog-bench-${BENCH_MB}MB.log
want=$((BENCH_MB * 1024 * 1024))
if [ ! -f "$big" ] || [ "$(stat -c %s "$big")" -lt "$want" ]; then
  echo "bench: building $big ($BENCH_MB MB) from $CORPUS ..."
  seed=$(mktemp)
  # one copy of every pluto log in the corpus, in a stable order
  find "$CORPUS" -type f -name '*.log' -print0 | sort -z | xargs -0 cat >"$seed"
  seedsize=$(stat -c %s "$seed")
  [ "$seedsize" -gt 0 ] || { rm -f "$seed"; skip "no *.log files under $CORPUS"; }
  : >"$big.tmp"
  size=0
  while [ "$size" -lt "$want" ]; do
    cat "$seed" >>"$big.tmp"
    size=$((size + seedsize))
  done
  mv "$big.tmp" "$big"
  rm -f "$seed"
fi
bytes=$(stat -c %s "$big")
mb=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1048576 }')

# run NAME CMD... : prints one row; elapsed seconds in $secs.
secs=0
grep_secs=0
corpus_rss=0
lines=0
row() {
  local name=$1
  shift
  local out=$BENCH_DIR/plutolog-bench.$$.out
  local t0 t1 rss="-" user="-"
  sync
  if [ -n "$TIME" ]; then
    t0=$(date +%s.%N)
    "$TIME" -f '%M %U' -o "$out.time" "$@" >"$out" 2>"$out.err"
    local rc=$?
    t1=$(date +%s.%N)
    rss=$(tail -1 "$out.time" | awk '{ printf "%.1f MB", $1 / 1024 }')
    user=$(tail -1 "$out.time" | awk '{ printf "%.2f", $2 }')
  else
    t0=$(date +%s.%N)
    "$@" >"$out" 2>"$out.err"
    local rc=$?
    t1=$(date +%s.%N)
  fi
  if [ "$rc" -ne 0 ] && [ "$name" != "grep -c pluto" ]; then
    echo "bench: $name failed with status $rc:"
    tail -5 "$out.err"
  fi
  secs=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }')
  [ "$name" = "grep -c pluto" ] && grep_secs=$secs
  local ratio="-"
  [ "$grep_secs" != 0 ] && ratio=$(awk -v s="$secs" -v g="$grep_secs" 'BEGIN { printf "%.2fx", s / g }')
  printf '| %-22s | %8.2f | %6s | %8.1f | %12.0f | %10s | %7s |\n' "$name" "$secs" "$user" \
    "$(awk -v b="$bytes" -v s="$secs" 'BEGIN { print (s > 0 ? b / 1048576 / s : 0) }')" \
    "$(awk -v l="$lines" -v s="$secs" 'BEGIN { print (s > 0 ? l / s : 0) }')" "$rss" "$ratio"
  LAST_OUT=$(head -c 2000 "$out")
  LAST_SECS=$secs LAST_USER=$user LAST_RSS=${rss% MB}
  rm -f "$out" "$out.time" "$out.err"
}

lines=$(wc -l <"$big")
echo
echo "input: $big, $mb MB, $lines lines"
echo "machine: $(nproc) CPU, $(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1), $(free -g | awk '/^Mem:/ { print $2 " GB RAM" }'), $(uname -sr)"
echo
echo "| program                |  seconds | user s |     MB/s |      lines/s |   peak RSS | vs grep |"
echo "|------------------------|---------:|-------:|---------:|-------------:|-----------:|--------:|"
row "wc -l" wc -l "$big"
row "grep -c pluto" grep -c pluto "$big"
grep_json_secs=$grep_secs
row "plutolog lexer only" "$LEXBENCH" "$big"
lexout=$LAST_OUT
row "plutolog -f json" "$PLUTOLOG" -q -f json --year 2026 "$big"
json_secs=$LAST_SECS json_user=$LAST_USER json_rss=$LAST_RSS
row "plutolog -f markdown" "$PLUTOLOG" -q -f markdown --year 2026 "$big"
row "plutolog -f conf" "$PLUTOLOG" -q -f conf --year 2026 "$big"
# batch mode: the same log twice (a hard link), one analysis per file; the
# MB/s of these rows count both copies.  The trailing '/' makes -o a
# directory: "-o NAME.batch" with two inputs would be one report of both.
twin=$BENCH_DIR/plutolog-bench-${BENCH_MB}MB-twin.log
ln -f "$big" "$twin" 2>/dev/null || cp "$big" "$twin"
bdir=$BENCH_DIR/plutolog-bench.$$.batch
one_bytes=$bytes one_lines=$lines
bytes=$((bytes * 2)) lines=$((lines * 2))
for j in 1 2; do
  rm -rf "$bdir"
  row "batch -j $j (2 logs)" "$PLUTOLOG" -q -j "$j" -f json --year 2026 -o "$bdir/" "$big" "$twin"
  eval "batch${j}_secs=\$LAST_SECS batch${j}_rss=\$LAST_RSS"
done
rm -rf "$bdir" "$twin"
bytes=$one_bytes lines=$one_lines
# batch mode over the whole shared corpus: thousands of small logs, one
# analysis each, with 1, 2 and N workers
corpus=${CORPUS_DIR:-../shared/corpus/libreswan-tests}
if [ -d "$corpus" ]; then
  bytes=$(du -sb "$corpus" | awk '{ print $1 }')
  lines=$(find "$corpus" -name '*.log' -exec cat {} + | wc -l)
  grep_secs=0
  echo
  echo "batch over $corpus ($(find "$corpus" -type f | wc -l) files, $(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1048576 }') MB):"
  echo
  echo "| program                |  seconds | user s |     MB/s |      lines/s |   peak RSS | vs grep |"
  echo "|------------------------|---------:|-------:|---------:|-------------:|-----------:|--------:|"
  for j in $(printf '%s\n' 1 2 "$(nproc)" | sort -un); do
    rm -rf "$bdir"
    row "corpus batch -j $j" "$PLUTOLOG" -q -j "$j" -f json --year 2026 -o "$bdir/" "$corpus"
    corpus_rss=$(awk -v a="$corpus_rss" -v b="$LAST_RSS" 'BEGIN { print (b + 0 > a + 0 ? b : a) }')
  done
  rm -rf "$bdir"
  bytes=$one_bytes lines=$one_lines
else
  echo
  echo "SKIP: batch over the shared corpus: $corpus is not there"
fi
# a road-warrior server: 100 000 client instances ("rw"[N]), four lines each,
# made up here (the shared corpus has few instances).  Checks that memory and
# time stay flat with the number of connections (PL_MAX_CONNS folding).
rw=$BENCH_DIR/plutolog-bench-roadwarrior.log
if [ ! -f "$rw" ]; then
  awk 'BEGIN {
    s = 1
    for (i = 1; i <= 100000; i++) {
      ip = sprintf("198.51.%d.%d", int(i / 256) % 256, i % 256)
      p = sprintf("Nov 27 10:%02d:%02d.%03d east pluto[4242]: \"rw\"[%d] %s", int(i / 60) % 60, i % 60, i % 1000, i, ip)
      printf "%s #%d: responding to Main Mode from unknown peer %s:500\n", p, s, ip
      printf "%s #%d: STATE_MAIN_R1: sent MR1, expecting MI2\n", p, s
      printf "%s #%d: IPsec SA established tunnel mode {ESP=>0x12345678 <0x87654321 xfrm=AES_CBC_256-HMAC_SHA1_96 NATOA=none NATD=none DPD=passive}\n", p, s + 1
      printf "%s: deleting connection \"rw\"[%d] %s instance with peer %s {isakmp=#0/ipsec=#0}\n", p, i, ip, ip
      s += 2
    }
  }' >"$rw"
fi
bytes=$(stat -c %s "$rw") lines=$(wc -l <"$rw")
grep_secs=0
echo
echo "road-warrior server, 100 000 instances ($rw, $(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1048576 }') MB):"
echo
echo "| program                |  seconds | user s |     MB/s |      lines/s |   peak RSS | vs grep |"
echo "|------------------------|---------:|-------:|---------:|-------------:|-----------:|--------:|"
row "grep -c pluto" grep -c pluto "$rw"
row "plutolog -f json" "$PLUTOLOG" -q -f json --year 2026 "$rw"
rw_rss=$LAST_RSS
bytes=$one_bytes lines=$one_lines
[ -n "${BENCH_KEEP:-}" ] || rm -f "$rw"

# a plutodebug=all log (issue 14): the lab's debug variants (corpus/lab/*-debug,
# Libreswan 4.10, about nine debug lines to one plain line) repeated to
# BENCH_MB megabytes; the debug sublanguage must stream in bounded memory
dbg=$BENCH_DIR/plutolog-bench-debug-${BENCH_MB}MB.log
if compgen -G "corpus/lab/*-debug/*.log" >/dev/null; then
  if [ ! -f "$dbg" ] || [ "$(stat -c %s "$dbg")" -lt "$want" ]; then
    dseed=$(mktemp)
    cat corpus/lab/*-debug/*.log >"$dseed"
    : >"$dbg.tmp"
    while [ "$(stat -c %s "$dbg.tmp")" -lt "$want" ]; do cat "$dseed" >>"$dbg.tmp"; done
    mv "$dbg.tmp" "$dbg"
    rm -f "$dseed"
  fi
  bytes=$(stat -c %s "$dbg") lines=$(wc -l <"$dbg")
  grep_secs=0
  echo
  echo "plutodebug=all log ($dbg, $(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1048576 }') MB, $(grep -c ': | ' "$dbg") debug lines):"
  echo
  echo "| program                |  seconds | user s |     MB/s |      lines/s |   peak RSS | vs grep |"
  echo "|------------------------|---------:|-------:|---------:|-------------:|-----------:|--------:|"
  row "grep -c pluto" grep -c pluto "$dbg"
  row "plutolog -f json" "$PLUTOLOG" -q -f json --year 2026 "$dbg"
  dbg_rss=$LAST_RSS
  row "plutolog -f conf" "$PLUTOLOG" -q -f conf --year 2026 "$dbg"
  echo "  debug-heavy log, peak RSS <= 64 MB: ${dbg_rss} MB: $(awk -v r="$dbg_rss" 'BEGIN { print (r + 0 <= 64 ? "met" : "NOT met") }')"
  bytes=$one_bytes lines=$one_lines
  [ -n "${BENCH_KEEP:-}" ] || rm -f "$dbg"
else
  echo
  echo "SKIP: plutodebug=all row: no corpus/lab/*-debug logs"
fi
# the worst line shapes of issue 16: 64 KB runs of each character the lexer
# treats specially after an object prefix (was quadratic: minutes a line)
worst=$BENCH_DIR/plutolog-bench-worst.log
awk 'BEGIN { n = split(") . : , ; ! ? ( [ { \" \x27 # 0 a A = - < |", c, " ")
  for (r = 0; r < 8; r++) for (i = 1; i <= n; i++) { s = c[i]; while (length(s) < 65536) s = s s
    printf "Nov 27 10:00:00 east pluto[1]: \"c\" #1: x%s\n", substr(s, 1, 65536) } }' >"$worst"
bytes=$(stat -c %s "$worst") lines=$(wc -l <"$worst") grep_secs=0
echo
echo "worst line shapes, 64 KB runs of each special character ($worst):"
echo
echo "| program                |  seconds | user s |     MB/s |      lines/s |   peak RSS | vs grep |"
echo "|------------------------|---------:|-------:|---------:|-------------:|-----------:|--------:|"
row "grep -c pluto" grep -c pluto "$worst"
row "plutolog -f json" "$PLUTOLOG" -q -f json --year 2026 "$worst"
bytes=$one_bytes lines=$one_lines
rm -f "$worst"

# the targets of issue 7, judged on this run
verdict() { if awk "BEGIN { exit !($1) }"; then echo "met"; else echo "NOT met"; fi; }
echo
echo "targets (this run):"
mbs=$(awk -v b="$one_bytes" -v s="$json_secs" 'BEGIN { printf "%.0f", (s > 0 ? b / 1048576 / s : 0) }')
mbs_user=$(awk -v b="$one_bytes" -v s="$json_user" 'BEGIN { printf "%.0f", (s > 0 ? b / 1048576 / s : 0) }')
echo "  -f json >= 300 MB/s single-threaded: $mbs MB/s elapsed, $mbs_user MB/s user time: $(verdict "$mbs >= 300")"
echo "  -f json within 7x of grep -c pluto: $(awk -v s="$json_secs" -v g="$grep_json_secs" 'BEGIN { printf "%.1fx", (g > 0 ? s / g : 0) }'): $(verdict "$json_secs <= 7 * $grep_json_secs")"
echo "  peak RSS <= 64 MB (-f json, batch -j 1, -j 2, corpus batch, road warrior): $json_rss, $batch1_rss, $batch2_rss, $corpus_rss, $rw_rss MB: $(verdict "$json_rss <= 64 && $batch1_rss <= 64 && $batch2_rss <= 64 && $corpus_rss <= 64 && $rw_rss <= 64")"
echo "  batch -j 2 >= 1.8x -j 1 (2 logs): $(awk -v a="$batch1_secs" -v b="$batch2_secs" 'BEGIN { printf "%.2fx", (b > 0 ? a / b : 0) }'): $(verdict "$batch2_secs > 0 && $batch1_secs / $batch2_secs >= 1.8")"
echo
echo "lexer line classes: $(echo "$lexout" | sed -n 2p)"
[ -n "${BENCH_KEEP:-}" ] || rm -f "$big"

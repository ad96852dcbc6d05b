#!/usr/bin/env bash
#
# test-pipeline.sh — the parallel line path of one log (-j N, issue 18,
# src/core/pipeline.c) gives byte for byte what one job gives.
#
# Every log of corpus/ (and ../shared/corpus/field-dev when it is there) is
# analysed with -j 1 and with -j 2 / -j 3 at chunk sizes that cut it
# everywhere (PLUTOLOG_PIPE_CHUNK=1: a chunk per line), often (300 bytes)
# and as shipped; the standard output, the standard error and the exit
# status must match.  A made-up paste mixes what carries state from line to
# line: lines wrapped by a mail client with no prefix of their own (the
# next chunk then has to wait for the line before it), NUL bytes, CRLF,
# plutodebug dumps, JSON records, a serial past 2^63-1 (a diagnostic made
# inside the parser), New Year in syslog time stamps (the year is the
# line's own), and a cut line's diagnostic made by the reader.
# PLUTOLOG_PIPE_STATS shows the path was taken (chunks > 1) and that the
# wait for a line's continuation happened.
#
# Ends with one line "N passed, N failed".
#
#   PLUTOLOG=./plutolog   the program under test

set -u -o pipefail
cd "$(dirname "$0")/.." || exit 1
PLUTOLOG=${PLUTOLOG:-./plutolog}
export LC_ALL=C.UTF-8

passed=0
failed=0
pass() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "FAIL: $*"; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# same LOG FORMAT JOBS CHUNK: -j 1 and -j JOBS at CHUNK agree
same() {
  local log=$1 fmt=$2 jobs=$3 chunk=$4
  "$PLUTOLOG" -j 1 -f "$fmt" "$log" >"$tmp/o1" 2>"$tmp/e1"
  echo "rc=$?" >>"$tmp/e1"
  if [ "$chunk" = default ]; then
    "$PLUTOLOG" -j "$jobs" -f "$fmt" "$log" >"$tmp/o2" 2>"$tmp/e2"
  else
    PLUTOLOG_PIPE_CHUNK=$chunk "$PLUTOLOG" -j "$jobs" -f "$fmt" "$log" >"$tmp/o2" 2>"$tmp/e2"
  fi
  echo "rc=$?" >>"$tmp/e2"
  if cmp -s "$tmp/o1" "$tmp/o2" && cmp -s "$tmp/e1" "$tmp/e2"; then
    pass
  else
    fail "-f $fmt -j $jobs chunk $chunk differs from -j 1 on $log"
    diff "$tmp/o1" "$tmp/o2" | head -6
    diff "$tmp/e1" "$tmp/e2" | head -4
  fi
}

# ---- a paste that carries state from line to line --------------------------
p=$tmp/paste.log
{
  for i in $(seq 1 40); do
    printf 'Dec 31 23:59:%02d west pluto[7]: "wrap" #%d: initiating IKEv2 connection\n' $((i % 60)) "$i"
    printf '031 "wrap" #%d: STATE_PARENT_I1: 10 second timeout exceeded after 5 retransmits.  No response (or no acceptable response) \n' "$i"
    printf 'to our first IKEv2 message\n'
    printf '"wrap" #%d: sent IKE_AUTH request {cipher=AES_GCM_16_256 integ=n/a prf=HMAC_SHA2_512\n' "$i"
    printf 'group=DH19}\n'
    printf 'Dec 31 23:59:%02d west pluto[7]: "nul" #%d: STATE_MAIN_I1: ini\0tiate\n' $((i % 60)) "$i"
    printf 'Dec 31 23:59:%02d west pluto[7]: "crlf" #%d: STATE_MAIN_I1: initiate\r\n' $((i % 60)) "$i"
    printf 'Dec 31 23:59:%02d west pluto[7]: | *received %d bytes from 192.0.2.1:500 on eth0 (192.0.2.2:500)\n' $((i % 60)) $((100 + i))
    printf 'Dec 31 23:59:%02d west pluto[7]: | #%d spent 0.1 milliseconds in process_packet()\n' $((i % 60)) "$i"
    printf '{"MESSAGE":"\\"json\\" #%d: STATE_MAIN_R1: sent MR1, expecting MI2","SYSLOG_IDENTIFIER":"pluto","_PID":"7"}\n' "$i"
    printf 'Jan  1 00:00:%02d west pluto[7]: "c" #9223372036854775808: STATE_MAIN_I1: initiate\n' $((i % 60))
    printf 'Jan  1 00:00:%02d west pluto[7]: "year" #%d: deleting state (STATE_MAIN_I1) aged 2.5s and NOT sending notification\n' $((i % 60)) "$i"
    printf 'Dec 31 23:59:59 west pluto[7]: "wrap" #%d: IKE SA established {auth=PRESHARED_KEY cipher=AES_CBC_256\n' "$i"
    printf 'integ=HMAC_SHA2_256_128 prf=HMAC_SHA2_256 group=MODP2048}\n'
  done
} >"$p"

for fmt in json text markdown conf events; do
  for chunk in 1 7 300 default; do
    same "$p" "$fmt" 2 "$chunk"
  done
done
same "$p" json 3 1

# the path was taken, and a chunk waited for the line before it
PLUTOLOG_PIPE_STATS=1 PLUTOLOG_PIPE_CHUNK=1 "$PLUTOLOG" -j 2 -f json "$p" 2>"$tmp/stats" >/dev/null
chunks=$(sed -n 's/.*path: \([0-9]*\) chunks.*/\1/p' "$tmp/stats")
again=$(sed -n 's/.*, \([0-9]*\) parsed again.*/\1/p' "$tmp/stats")
if [ "${chunks:-0}" -gt 100 ]; then pass; else fail "PLUTOLOG_PIPE_CHUNK=1 made ${chunks:-no} chunks: $(cat "$tmp/stats")"; fi
if [ "${again:-0}" -gt 0 ]; then pass; else fail "no chunk waited for a wrapped line: $(cat "$tmp/stats")"; fi
# one job never takes it
PLUTOLOG_PIPE_STATS=1 "$PLUTOLOG" -j 1 -f json "$p" 2>"$tmp/stats1" >/dev/null
if ! grep -q 'parallel line path' "$tmp/stats1"; then pass; else fail "-j 1 took the parallel path"; fi

# a line cut by the reader (its diagnostic is made before the parse) amid chunks
c=$tmp/cut.log
{
  head -c 60 "$p" | head -1
  printf 'Dec 31 23:59:59 west pluto[7]: "cut" #1: '
  head -c $((17 * 1024 * 1024)) /dev/zero | tr '\0' 'x'
  printf '\n'
  sed -n '1,40p' "$p"
} >"$c"
same "$c" json 2 1
same "$c" text 2 300

# ---- several sources, an archive, standard input, filters, redaction ----------
# same_args ARGS...: -j 1 and -j 3 at 100-byte chunks agree (standard input: the paste)
same_args() {
  "$PLUTOLOG" -j 1 "$@" <"$p" >"$tmp/o1" 2>"$tmp/e1"
  echo "rc=$?" >>"$tmp/e1"
  PLUTOLOG_PIPE_CHUNK=100 "$PLUTOLOG" -j 3 "$@" <"$p" >"$tmp/o2" 2>"$tmp/e2"
  echo "rc=$?" >>"$tmp/e2"
  if cmp -s "$tmp/o1" "$tmp/o2" && cmp -s "$tmp/e1" "$tmp/e2"; then pass; else
    fail "-j 3 differs from -j 1: $*"
    diff "$tmp/o1" "$tmp/o2" | head -6
  fi
}
mkdir -p "$tmp/arc"
cp corpus/lab/ikev2-ok/west.log corpus/lab/ikev1-rekey/east.log "$p" "$tmp/arc/"
tar czf "$tmp/arc.tar.gz" -C "$tmp" arc
same_args -f json "$tmp/arc.tar.gz"
same_args -f markdown --redact "$tmp/arc.tar.gz"
same_args -f text -
same_args -f json -c wrap "$p" corpus/lab/ikev2-ok/west.log
same_args -f events "$p" corpus/lab/ikev1-rekey/east.log
same_args -f json --since "2026-12-31 23:59:30" "$p"

# ---- every log we have --------------------------------------------------------
mapfile -t logs < <( { find corpus -type f -name '*.log'; \
  [ -d ../shared/corpus/field-dev ] && find ../shared/corpus/field-dev -type f -name '*.log'; } | sort)
[ "${#logs[@]}" -gt 50 ] && pass || fail "only ${#logs[@]} logs found"
for f in "${logs[@]}"; do
  same "$f" json 2 1
  same "$f" text 3 300
done
# all of them as one log, the chunks of the size shipped
cat "${logs[@]}" >"$tmp/all.log"
same "$tmp/all.log" json 2 default
same "$tmp/all.log" json 2 4096

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]

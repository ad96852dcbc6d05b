#!/usr/bin/env bash
#
# tests/roundtrip/debug.sh - the lab round trip of `plutolog -f conf` from a
# plutodebug=all responder log alone.
#
# For each scenario (a phase-2 mismatch whose plain log cannot show the
# peer's proposal or subnets):
#   1. run it: two real plutos in two network namespaces (helpers copied in
#      reduced form from tests/roundtrip/run.sh); east, the responder, logs
#      with plutodebug=all;
#   2. check that east's log shows the failure, and not yet the success, and
#      that its plain lines alone would not give the fix (the debug lines
#      removed, -f conf does not write the peer's esp= / subnets);
#   3. run `plutolog -f conf -c test` on east's debug log and nothing else,
#      and replace east's conn with its output;
#   4. run again (east without debug) and check that the Child SA is
#      negotiated: IKEv1 Quick Mode up to the kernel's errno 93 that this lab
#      always ends with, IKEv2 the peer's ESP proposal chosen.
#
# usage: bash tests/roundtrip/debug.sh [scenario ...]     (default: all)
# env:   PLUTO=/usr/libexec/ipsec/pluto  PLUTOLOG=./plutolog  RT_KEEP=1 (keep work dir)
# exit:  0 all passed, 1 some failed, 77 skipped (not root / no libreswan / no netns)
#
# The pre-shared key is a throw-away lab value written only to the work dir.

set -u -o pipefail

skip() {
	{
		echo "#####################################################"
		echo "### roundtrip/debug: SKIPPED: $*"
		echo "#####################################################"
	} >&2
	exit 77
}

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
PLUTO=${PLUTO:-/usr/libexec/ipsec/pluto}
PLUTOLOG=${PLUTOLOG:-$ROOT/plutolog}

[[ $(id -u) == 0 ]] || skip "must run as root (needs ip netns and a real pluto)"
command -v ip >/dev/null 2>&1 || skip "iproute2 'ip' not found"
command -v ipsec >/dev/null 2>&1 || skip "'ipsec' (libreswan) not found"
[[ -x $PLUTO ]] || skip "pluto binary $PLUTO not found (set PLUTO=)"
command -v certutil >/dev/null 2>&1 || skip "NSS 'certutil' not found"
[[ -x $PLUTOLOG ]] || skip "$PLUTOLOG not built (run make)"
probe="prdprobe$$"
ip netns add "$probe" >/dev/null 2>&1 || skip "cannot create network namespaces"
ip netns del "$probe" >/dev/null 2>&1

WORK=$(mktemp -d /tmp/plutortd.XXXXXX)
RUNID=$$
SEQ=0
W_IP=192.0.2.45
E_IP=192.0.2.23
W_NET=198.51.100.0/24
E_NET=203.0.113.0/24
PSK='lab-only-roundtrip-psk-0123456789abcdef'

declare -a ALL_NETNS=()
declare -A PID=()
PASSED=0
FAILED=0
declare -a RESULTS=()

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*"; }

cleanup() {
	local ns p
	for p in "${PID[@]}"; do [[ -n $p ]] && kill -9 "$p" 2>/dev/null; done
	for ns in "${ALL_NETNS[@]}"; do
		ip netns pids "$ns" 2>/dev/null | while read -r p; do kill -9 "$p" 2>/dev/null; done
		ip netns del "$ns" 2>/dev/null
	done
	if [[ ${RT_KEEP:-0} == 1 ]]; then echo "work directory kept: $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'echo "interrupted" >&2; exit 130' INT TERM

ns_of() { if [[ $1 == west ]]; then echo "$NS_W"; else echo "$NS_E"; fi; }

net() {
	SEQ=$((SEQ + 1))
	NS_W=prd$RUNID-$SEQ-w
	NS_E=prd$RUNID-$SEQ-e
	ip netns add "$NS_W" && ALL_NETNS+=("$NS_W")
	ip netns add "$NS_E" && ALL_NETNS+=("$NS_E")
	ip link add eth0 netns "$NS_W" type veth peer name eth0 netns "$NS_E"
	ip -n "$NS_W" addr add "$W_IP/24" dev eth0
	ip -n "$NS_E" addr add "$E_IP/24" dev eth0
	local ns
	for ns in "$NS_W" "$NS_E"; do
		ip -n "$ns" link set lo up
		ip -n "$ns" link set eth0 up
	done
	ip -n "$NS_E" route add default via "$W_IP" dev eth0
	ip -n "$NS_W" route add default via "$E_IP" dev eth0
}

hdir() { echo "$SDIR/$2/$1"; }

# setup HOST RUN DEBUG : empty NSS db, secrets, config setup header
setup() {
	local d
	d=$(hdir "$1" "$2")
	mkdir -p "$d/run" "$d/nss"
	certutil -N -d "sql:$d/nss" --empty-password
	printf 'config setup\n\tlogtime=yes\n\tlogappend=yes\n\tikev1-policy=accept\n\tplutodebug=%s\n' "$3" >"$d/setup.conf"
	printf ': PSK "%s"\n' "$PSK" >"$d/ipsec.secrets"
	chmod 600 "$d/ipsec.secrets"
}

conn_text() {
	local host=$1 name=$2
	shift 2
	local me menet peer peernet
	if [[ $host == west ]]; then
		me=$W_IP menet=$W_NET peer=$E_IP peernet=$E_NET
	else
		me=$E_IP menet=$E_NET peer=$W_IP peernet=$W_NET
	fi
	local -a keys=(left leftsubnet right rightsubnet authby ikev2 keyingtries retransmit-timeout auto)
	local -A val=([left]=$me [leftsubnet]=$menet [right]=$peer [rightsubnet]=$peernet
		[authby]=secret [ikev2]=yes [keyingtries]=1 [retransmit-timeout]=10s [auto]=add)
	local kv k
	for kv in "$@"; do
		k=${kv%%=*}
		[[ -v "val[$k]" ]] || keys+=("$k")
		val[$k]=${kv#*=}
	done
	printf '\nconn %s\n' "$name"
	for k in "${keys[@]}"; do
		[[ -n ${val[$k]} ]] && printf '\t%s=%s\n' "$k" "${val[$k]}"
	done
}

start() {
	local h=$1 run=$2 d
	d=$(hdir "$h" "$run")
	ip netns exec "$(ns_of "$h")" "$PLUTO" --nofork --config "$d/ipsec.conf" --ipsecdir "$d" \
		--nssdir "$d/nss" --rundir "$d/run" --dumpdir "$d/run" --secretsfile "$d/ipsec.secrets" \
		--logfile "$d/pluto.log" >>"$d/pluto.stderr" 2>&1 &
	PID[$h]=$!
	local i
	for ((i = 0; i < 100; i++)); do
		[[ -S $d/run/pluto.ctl ]] && grep -q 'loading secrets from' "$d/pluto.log" 2>/dev/null && return 0
		sleep 0.1
	done
	log "!!! $h pluto did not start"
	return 1
}

stop() {
	local h=$1 run=$2 p i
	p=${PID[$h]:-}
	[[ -n $p ]] || return 0
	timeout 10 ipsec whack --ctlsocket "$(hdir "$h" "$run")/run/pluto.ctl" --shutdown >/dev/null 2>&1
	for ((i = 0; i < 50; i++)); do
		kill -0 "$p" 2>/dev/null || break
		sleep 0.1
	done
	kill -9 "$p" 2>/dev/null
	wait "$p" 2>/dev/null
	PID[$h]=
}

wait_re() {
	local f=$1 re=$2 t=$3 i
	for ((i = 0; i < t * 5; i++)); do
		[[ -f $f ]] && grep -qE -- "$re" "$f" && return 0
		sleep 0.2
	done
	return 1
}

run_once() {
	local run=$1
	net
	local h
	for h in west east; do
		if ! ipsec addconn --checkconfig --config "$(hdir "$h" "$run")/ipsec.conf" 2>"$(hdir "$h" "$run")/checkconfig.err"; then
			log "    $h ipsec.conf rejected by addconn --checkconfig:"
			sed 's/^/        /' "$(hdir "$h" "$run")/checkconfig.err"
			return 1
		fi
	done
	start east "$run" && start west "$run" || return 1
	ipsec whack --ctlsocket "$(hdir west "$run")/run/pluto.ctl" --name test --initiate --asynchronous >/dev/null
	wait_re "$(hdir east "$run")/pluto.log" "$PASS_RE|$FAIL_RE" 25
	sleep 2
	stop west "$run"
	stop east "$run"
	ip netns del "$NS_W" 2>/dev/null
	ip netns del "$NS_E" 2>/dev/null
	return 0
}

# conf_key FILE KEY : the value of KEY= in a conn written by plutolog
conf_key() { sed -n "s/^[[:space:]]*$2=//p" "$1" | head -1; }

# scenario NAME DESCRIPTION FAIL_RE PASS_RE KEYS -- west conn args -- east conn args
# KEYS: the conf keys only the debug lines may give (space separated)
scenario() {
	SCN=$1 DESC=$2 FAIL_RE=$3 PASS_RE=$4 KEYS=$5
	shift 5
	[[ $1 == -- ]] && shift
	local -a wargs=() eargs=()
	while [[ $# -gt 0 && $1 != -- ]]; do wargs+=("$1"); shift; done
	[[ ${1:-} == -- ]] && shift
	eargs=("$@")
	if ((${#WANT[@]})) && [[ ! " ${WANT[*]} " == *" $SCN "* ]]; then return 0; fi

	SDIR=$WORK/$SCN
	log "=== $SCN: $DESC"
	setup west 1 none
	setup east 1 all
	setup west 2 none
	setup east 2 none
	local r
	for r in 1 2; do
		{ cat "$(hdir west $r)/setup.conf"; conn_text west test "${wargs[@]}"; } >"$(hdir west $r)/ipsec.conf"
	done
	{ cat "$(hdir east 1)/setup.conf"; conn_text east test "${eargs[@]}"; } >"$(hdir east 1)/ipsec.conf"

	local why="" elog1 elog2 k v
	run_once 1 || why="first run could not start"
	elog1=$(hdir east 1)/pluto.log
	elog2=$(hdir east 2)/pluto.log
	if [[ -z $why ]] && ! grep -qE -- "$FAIL_RE" "$elog1"; then why="first run: east's log does not show the failure /$FAIL_RE/"; fi
	if [[ -z $why ]] && grep -qE -- "$PASS_RE" "$elog1"; then why="first run already passes /$PASS_RE/: the scenario tests nothing"; fi
	if [[ -z $why ]] && ! grep -q ': | ' "$elog1"; then why="first run: east's log has no debug lines"; fi
	if [[ -z $why ]]; then
		if ! "$PLUTOLOG" -q -f conf -c test "$elog1" >"$SDIR/test.conf" 2>"$SDIR/plutolog.err"; then
			why="plutolog -f conf failed: $(head -3 "$SDIR/plutolog.err")"
		elif ! grep -q '^conn test$' "$SDIR/test.conf"; then
			why="plutolog -f conf wrote no 'conn test' section"
		fi
	fi
	if [[ -z $why ]]; then
		# the same log without its debug lines must not give these keys: the dumps do
		grep -v ': | ' "$elog1" | "$PLUTOLOG" -q -f conf -c test - >"$SDIR/plain.conf" 2>/dev/null
		for k in $KEYS; do
			v=$(conf_key "$SDIR/test.conf" "$k")
			if [[ -z $v ]]; then why="-f conf from the debug log wrote no $k="; break; fi
			if [[ $(conf_key "$SDIR/plain.conf" "$k") == "$v" ]]; then
				why="$k=$v comes from the plain lines too: the scenario does not test the dumps"
				break
			fi
			echo "    from the dumps only: $k=$v"
		done
	fi
	if [[ -z $why ]]; then
		{ cat "$(hdir east 2)/setup.conf"; cat "$SDIR/test.conf"; } >"$(hdir east 2)/ipsec.conf"
		echo "    east's conn from plutolog:"
		grep -vE '^\s*#|^\s*$' "$SDIR/test.conf" | sed 's/^/        /'
		run_once 2 || why="second run could not start (see above)"
	fi
	if [[ -z $why ]] && ! grep -qE -- "$PASS_RE" "$elog2"; then
		why="second run: east's log still does not negotiate the Child SA /$PASS_RE/"
		grep -E -- "$FAIL_RE" "$elog2" | head -3 | sed 's/^/        /'
	fi
	if [[ -z $why ]]; then
		PASSED=$((PASSED + 1))
		RESULTS+=("PASS  $SCN")
		log "=== $SCN: PASS ($(grep -E -m1 -- "$PASS_RE" "$elog2" | cut -c1-110))"
	else
		FAILED=$((FAILED + 1))
		RESULTS+=("FAIL  $SCN: $why")
		log "=== $SCN: FAIL: $why"
	fi
}

WANT=("$@")

# IKEv1: since Libreswan 3.22 a refused phase 2 logs only "no acceptable
# Proposal in IPsec SA"; the dump shows the peer's transform and its PFS group
scenario ikev1-esp-debug "IKEv1 Quick Mode ESP proposals do not overlap; east logs with plutodebug=all" \
	'no acceptable Proposal in IPsec SA' 'errno 93|IPsec SA established|inbound IPsec SA installed' \
	'esp pfs' \
	-- ikev2=no esp=aes256-sha2_512 \
	-- ikev2=no esp=aes128-sha1

# IKEv2: the plain lines show the peer's ESP proposal but not its traffic
# selectors; the dump shows TSi/TSr, so the subnets come back too
scenario ikev2-esp-debug "IKEv2 Child SA (ESP) proposals do not overlap, with subnets; east logs with plutodebug=all" \
	'no local proposal matches remote proposals 1:ESP' 'proposal [0-9]+:ESP=.* chosen from remote proposals' \
	'leftsubnet rightsubnet' \
	-- esp=aes256-sha2_512 \
	-- esp=aes128-sha1

echo
printf '%s\n' "${RESULTS[@]}"
echo "$PASSED passed, $FAILED failed"
((FAILED == 0 && PASSED > 0))

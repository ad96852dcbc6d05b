#!/usr/bin/env bash
#
# tests/roundtrip/run.sh - the lab round trip of `plutolog -f conf`.
#
# For each mismatch scenario whose responder log reveals the fix:
#   1. run it: two real plutos (west initiates, east responds) in two network
#      namespaces joined by a veth pair (the technique of tests/lab/run-lab.sh,
#      whose helpers are copied here in reduced form);
#   2. check that east's log shows the failure, and not yet the success;
#   3. run `plutolog -f conf -c test --config=east's ipsec.conf` on east's
#      log and replace east's conn with its output (the `config setup` part
#      and ipsec.secrets stay); run `plutolog -f diff --config=...` and apply
#      it with `patch -p0` (after `git apply -p0 --check`) to a copy of
#      east's config files (every other scenario keeps the conn in an
#      included file: the diff must patch that file);
#   4. run again with each (both configs pass `ipsec addconn --checkconfig`
#      first, and pluto must load the conn) and check that east's log now
#      gets past the failed stage
#      (IKE SA established, proposal chosen, or Quick Mode up to the kernel
#      error errno 93 that this lab always ends with).
#
# usage: bash tests/roundtrip/run.sh [scenario ...]     (default: all)
# env:   PLUTO=/usr/libexec/ipsec/pluto  PLUTOLOG=./plutolog  RT_KEEP=1 (keep work dir)
# exit:  0 all passed, 1 some failed, 77 skipped (not root / no libreswan / no netns)
#
# The pre-shared key is a throw-away lab value written only to the work dir.

set -u -o pipefail

skip() {
	{
		echo "#####################################################"
		echo "### roundtrip: SKIPPED: $*"
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
probe="prtprobe$$"
ip netns add "$probe" >/dev/null 2>&1 || skip "cannot create network namespaces"
ip netns del "$probe" >/dev/null 2>&1

WORK=$(mktemp -d /tmp/plutort.XXXXXX)
RUNID=$$
SEQ=0
V6=0
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

# net : fresh namespaces and veth for one run
net() {
	SEQ=$((SEQ + 1))
	NS_W=prt$RUNID-$SEQ-w
	NS_E=prt$RUNID-$SEQ-e
	ip netns add "$NS_W" && ALL_NETNS+=("$NS_W")
	ip netns add "$NS_E" && ALL_NETNS+=("$NS_E")
	ip link add eth0 netns "$NS_W" type veth peer name eth0 netns "$NS_E"
	if ((V6)); then
		# IPv6 endpoints (RFC 3849 documentation prefix); nodad: usable at once
		ip -n "$NS_W" addr add "$W_IP/64" dev eth0 nodad
		ip -n "$NS_E" addr add "$E_IP/64" dev eth0 nodad
	else
		ip -n "$NS_W" addr add "$W_IP/24" dev eth0
		ip -n "$NS_E" addr add "$E_IP/24" dev eth0
	fi
	local ns
	for ns in "$NS_W" "$NS_E"; do
		ip -n "$ns" link set lo up
		ip -n "$ns" link set eth0 up
	done
	# a default route, as a real host has one: left=%defaultroute resolves
	ip -n "$NS_E" route add default via "$W_IP" dev eth0
	ip -n "$NS_W" route add default via "$E_IP" dev eth0
}

# the addresses of a scenario: IPv4, or IPv6 with --v6
addrs() {
	V6=$1
	if ((V6)); then
		W_IP=2001:db8:0:1::45 E_IP=2001:db8:0:1::23 W_NET=2001:db8:45::/64 E_NET=2001:db8:23::/64
	else
		W_IP=192.0.2.45 E_IP=192.0.2.23 W_NET=198.51.100.0/24 E_NET=203.0.113.0/24
	fi
}

# host_dir HOST RUN
hdir() { echo "$SDIR/$2/$1"; }

# setup HOST RUN [PLUTODEBUG] : empty NSS db, secrets, config setup header
setup() {
	local d
	d=$(hdir "$1" "$2")
	mkdir -p "$d/run" "$d/nss"
	certutil -N -d "sql:$d/nss" --empty-password
	printf 'config setup\n\tlogtime=yes\n\tlogappend=yes\n\tikev1-policy=accept\n\tplutodebug=%s\n' "${3:-none}" >"$d/setup.conf"
	printf ': PSK "%s"\n' "$PSK" >"$d/ipsec.secrets"
	chmod 600 "$d/ipsec.secrets"
}

# conn_text HOST NAME [key=value ...] : a conn section on stdout ("key=" removes a default)
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

# wait_re FILE REGEX TIMEOUT : 0 when an extended regex matches a line
wait_re() {
	local f=$1 re=$2 t=$3 i
	for ((i = 0; i < t * 5; i++)); do
		[[ -f $f ]] && grep -qE -- "$re" "$f" && return 0
		sleep 0.2
	done
	return 1
}

# run_once RUN : start both (east's ipsec.conf must exist), west initiates,
# wait until FAIL_RE or PASS_RE shows in east's log (or the timeout)
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
	sleep 2 # let the stage finish logging
	stop west "$run"
	stop east "$run"
	ip netns del "$NS_W" 2>/dev/null
	ip netns del "$NS_E" 2>/dev/null
	return 0
}

# scenario [--east-debug] [--v6] NAME DESCRIPTION FAIL_RE PASS_RE -- west conn args -- east conn args
# --east-debug: east's first run logs with plutodebug=all (an IKEv1 responder's
# plain log does not show the peer's phase 2 proposal; the dumps do); the
# runs with the patched config log without it
# --v6: IPv6 endpoints and subnets (2001:db8::/32)
scenario() {
	local edebug=none v6=0
	while [[ $1 == --* ]]; do
		case $1 in
		--east-debug) edebug=all ;;
		--v6) v6=1 ;;
		esac
		shift
	done
	addrs $v6
	SCN=$1 DESC=$2 FAIL_RE=$3 PASS_RE=$4
	shift 4
	[[ $1 == -- ]] && shift
	local -a wargs=() eargs=()
	while [[ $# -gt 0 && $1 != -- ]]; do wargs+=("$1"); shift; done
	[[ ${1:-} == -- ]] && shift
	eargs=("$@")
	if ((${#WANT[@]})) && [[ ! " ${WANT[*]} " == *" $SCN "* ]]; then return 0; fi

	SDIR=$WORK/$SCN
	NSCN=$((NSCN + 1))
	log "=== $SCN: $DESC"
	local r
	for r in 1 2 3; do
		setup west $r
		if ((r == 1)); then setup east $r "$edebug"; else setup east $r; fi
		{ cat "$(hdir west $r)/setup.conf"; conn_text west test "${wargs[@]}"; } >"$(hdir west $r)/ipsec.conf"
	done
	# east's real config: every other scenario keeps its conn in an included
	# file (absolute include path, as pluto resolves includes from its cwd),
	# so that -f diff has to patch the file that holds the conn
	local d1 d3 incl=$((NSCN % 2))
	for r in 1 3; do
		local d
		d=$(hdir east $r)
		if ((incl)); then
			mkdir -p "$d/conns"
			{ cat "$d/setup.conf"; printf '\ninclude %s/conns/*.conf\n' "$d"; } >"$d/ipsec.conf"
			{ printf '# the conn of this scenario\n'; conn_text east test "${eargs[@]}"; } >"$d/conns/test.conf"
		else
			{ cat "$d/setup.conf"; conn_text east test "${eargs[@]}"; } >"$d/ipsec.conf"
		fi
	done
	d1=$(hdir east 1)
	d3=$(hdir east 3)

	local why=""
	run_once 1 || why="first run could not start"
	local elog1 elog2 elog3
	elog1=$d1/pluto.log
	elog2=$(hdir east 2)/pluto.log
	elog3=$d3/pluto.log
	if [[ -z $why ]] && ! grep -qE -- "$FAIL_RE" "$elog1"; then why="first run: east's log does not show the failure /$FAIL_RE/"; fi
	if [[ -z $why ]] && grep -qE -- "$PASS_RE" "$elog1"; then why="first run already passes /$PASS_RE/: the scenario tests nothing"; fi
	if [[ -z $why && $edebug != none ]] && ! grep -q ': | ' "$elog1"; then why="first run: east's log has no plutodebug lines"; fi
	# -f conf --config: east's conn printed whole with the changes; run 2 uses it
	if [[ -z $why ]]; then
		if ! "$PLUTOLOG" -q -f conf -c test --config="$d1/ipsec.conf" "$elog1" >"$SDIR/test.conf" 2>"$SDIR/plutolog.err"; then
			why="plutolog -f conf --config failed: $(head -3 "$SDIR/plutolog.err")"
		elif [[ $(grep -c '^conn test$' "$SDIR/test.conf") != 1 ]]; then
			why="plutolog -f conf --config wrote $(grep -c '^conn test$' "$SDIR/test.conf") 'conn test' sections, not 1"
		fi
	fi
	# -f diff --config: a patch of the file that holds the conn; run 3 uses the patched files
	if [[ -z $why ]]; then
		if ! (cd "$SDIR" && "$PLUTOLOG" -q -f diff -c test --config="$d3/ipsec.conf" "$elog1") >"$SDIR/test.diff" 2>"$SDIR/plutolog-diff.err"; then
			why="plutolog -f diff --config failed: $(head -3 "$SDIR/plutolog-diff.err")"
		elif [[ ! -s $SDIR/test.diff ]]; then
			why="plutolog -f diff --config wrote an empty diff"
		elif command -v git >/dev/null 2>&1 && ! (cd / && git apply -p0 --check "$SDIR/test.diff" 2>"$SDIR/gitapply.err"); then
			why="git apply -p0 --check refuses the diff: $(head -3 "$SDIR/gitapply.err")"
		elif ! (cd / && patch -p0 --batch --no-backup-if-mismatch <"$SDIR/test.diff" >"$SDIR/patch.out" 2>&1); then
			why="patch -p0 failed: $(head -3 "$SDIR/patch.out")"
		fi
	fi
	# the diagnosis with --config names the change (issue 15 item 2): the
	# hint of -f json says the first new key=value line of the diff
	if [[ -z $why ]]; then
		local first hint
		first=$(sed -n 's/^+[[:space:]]\{1,\}\([a-z0-9-]\{1,\}=[^[:space:]]*\)$/\1/p' "$SDIR/test.diff" | head -1)
		hint=$("$PLUTOLOG" -q -f json --config="$d1/ipsec.conf" "$elog1" 2>/dev/null |
			python3 -c 'import json,sys; print(json.load(sys.stdin)["outcome"]["hint"] or "")' 2>/dev/null)
		echo "    hint with --config: $hint"
		if [[ -n $first && $hint != *"to $first"* && $hint != *"set $first"* ]]; then
			why="the diagnosis with --config does not name the change $first: $hint"
		fi
	fi
	if [[ -z $why ]]; then
		{ cat "$(hdir east 2)/setup.conf"; cat "$SDIR/test.conf"; } >"$(hdir east 2)/ipsec.conf"
		echo "    east's conn from plutolog -f conf --config:"
		grep -vE '^\s*$' "$SDIR/test.conf" | sed 's/^/        /'
		echo "    plutolog -f diff --config:"
		sed 's/^/        /' "$SDIR/test.diff"
		run_once 2 || why="second run (-f conf) could not start (see above)"
	fi
	# addconn --checkconfig parses; only pluto checks the algorithms (an esp=
	# list where some proposals name a DH group and others not is refused)
	if [[ -z $why ]] && grep -q 'failed to add connection' "$elog2"; then
		why="second run (-f conf --config): pluto did not load the conn: $(grep -m1 'failed to add connection' "$elog2" | cut -c1-160)"
	fi
	if [[ -z $why ]] && ! grep -qE -- "$PASS_RE" "$elog2"; then
		why="second run (-f conf --config): east's log still does not get past the stage /$PASS_RE/"
		grep -E -- "$FAIL_RE" "$elog2" | head -3 | sed 's/^/        /'
	fi
	if [[ -z $why ]]; then
		run_once 3 || why="third run (-f diff applied) could not start (see above)"
	fi
	if [[ -z $why ]] && grep -q 'failed to add connection' "$elog3"; then
		why="third run (-f diff applied): pluto did not load the conn: $(grep -m1 'failed to add connection' "$elog3" | cut -c1-160)"
	fi
	if [[ -z $why ]] && ! grep -qE -- "$PASS_RE" "$elog3"; then
		why="third run (-f diff applied): east's log still does not get past the stage /$PASS_RE/"
		grep -E -- "$FAIL_RE" "$elog3" | head -3 | sed 's/^/        /'
	fi
	if [[ -z $why ]]; then
		PASSED=$((PASSED + 1))
		RESULTS+=("PASS  $SCN")
		log "=== $SCN: PASS (conf: $(grep -E -m1 -- "$PASS_RE" "$elog2" | cut -c1-80); diff: $(grep -E -m1 -- "$PASS_RE" "$elog3" | cut -c1-80))"
	else
		FAILED=$((FAILED + 1))
		RESULTS+=("FAIL  $SCN: $why")
		log "=== $SCN: FAIL: $why"
	fi
}

NSCN=0
WANT=("$@")

V1_IKE_UP='IKE SA established|ISAKMP SA established'
V2_IKE_UP='established IKE SA'

scenario ikev1-p1-proposal "IKEv1 phase-1 proposals do not overlap" \
	'no acceptable Oakley Transform' "$V1_IKE_UP" \
	-- ikev2=no 'ike=aes256-sha2_512;modp4096' \
	-- ikev2=no 'ike=aes128-sha1;modp2048'

scenario ikev2-ike-proposal "IKEv2 IKE_SA_INIT proposals do not overlap" \
	'no local proposal matches remote proposals' "$V2_IKE_UP" \
	-- 'ike=aes256-sha2_512;modp4096' \
	-- 'ike=aes128-sha1;modp2048'

# host-to-host: an IKEv2 responder's log does not show the peer's traffic
# selectors when the Child SA fails, so subnets are left out on both ends
scenario ikev2-esp-proposal "IKEv2 Child SA (ESP) proposals do not overlap (host to host)" \
	'no local proposal matches remote proposals 1:ESP' 'proposal [0-9]+:ESP=.* chosen from remote proposals' \
	-- esp=aes256-sha2_512 leftsubnet= rightsubnet= \
	-- esp=aes128-sha1 leftsubnet= rightsubnet=

scenario ikev1-peer-id "IKEv1 Main Mode: west says @west, east only accepts @other" \
	"mismatched on first found connection" "$V1_IKE_UP" \
	-- ikev2=no leftid=@west \
	-- ikev2=no rightid=@other

scenario ikev2-peer-id "IKEv2: west says @west, east only accepts @other" \
	"mismatched on first found connection" "$V2_IKE_UP" \
	-- leftid=@west \
	-- rightid=@other

scenario ikev1-subnets "IKEv1 Quick Mode: west proposes the /24s, east is set for /25s" \
	'cannot respond to IPsec SA request because no connection is known' 'errno 93|IPsec SA established|inbound IPsec SA installed' \
	-- ikev2=no \
	-- ikev2=no leftsubnet=203.0.113.0/25 rightsubnet=198.51.100.0/25

# IKEv1 Quick Mode (phase 2): since Libreswan 3.22 the responder's plain log
# says only "no acceptable Proposal in IPsec SA"; with plutodebug=all the
# dump of the peer's proposal gives esp= and pfs=
V1_P2_UP='errno 93|IPsec SA established|inbound IPsec SA installed'

scenario --east-debug ikev1-p2-esp "IKEv1 Quick Mode: ESP proposals do not overlap (east's first run with plutodebug=all)" \
	'no acceptable Proposal in IPsec SA' "$V1_P2_UP" \
	-- ikev2=no esp=aes256-sha2_512 \
	-- ikev2=no esp=aes128-sha1

scenario --east-debug ikev1-p2-pfs "IKEv1 Quick Mode: west proposes no PFS, east requires it (east's first run with plutodebug=all)" \
	'we require PFS but Quick I1 SA specifies no GROUP_DESCRIPTION' "$V1_P2_UP" \
	-- ikev2=no pfs=no \
	-- ikev2=no pfs=yes

# IPv6 endpoints and subnets: the conn printed and patched keeps them
scenario --v6 ikev2-ike-proposal-v6 "IPv6: IKEv2 IKE_SA_INIT proposals do not overlap" \
	'no local proposal matches remote proposals' "$V2_IKE_UP" \
	-- 'ike=aes256-sha2_512;modp4096' \
	-- 'ike=aes128-sha1;modp2048'

scenario --v6 ikev1-subnets-v6 "IPv6: IKEv1 Quick Mode: west proposes the /64s, east is set for /80s" \
	'cannot respond to IPsec SA request because no connection is known' "$V1_P2_UP" \
	-- ikev2=no \
	-- ikev2=no leftsubnet=2001:db8:23::/80 rightsubnet=2001:db8:45::/80

scenario ikev1-to-ikev2-only "IKE version: west speaks IKEv1, east's conn is IKEv2 only" \
	'Main Mode message received.*but no connection' "$V1_IKE_UP" \
	-- ikev2=no \
	-- ikev2=insist

scenario ikev2-to-ikev1-only "IKE version: west speaks IKEv2, east's conn is IKEv1 only" \
	'no suitable connection found with IKEv2 policy' "$V2_IKE_UP" \
	-- ikev2=insist \
	-- ikev2=no

echo
printf '%s\n' "${RESULTS[@]}"
echo "$PASSED passed, $FAILED failed"
((FAILED == 0 && PASSED > 0))

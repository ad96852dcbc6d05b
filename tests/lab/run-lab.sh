#!/usr/bin/env bash
#
# run-lab.sh - produce real Libreswan pluto logs for the plutolog corpus.
#
# Two pluto daemons ("west" and "east") are started in two private network
# namespaces joined by one veth pair.  Each scenario gets fresh namespaces,
# fresh daemons, fresh NSS databases and fresh log files, performs one
# negotiation (good or deliberately broken), and copies the raw log files
# and the ipsec.conf files into corpus/lab/<scenario>/.
#
# usage:  bash tests/lab/run-lab.sh [--list] [scenario ...]   (default: all)
#
# environment:
#   PLUTO=/path/to/pluto     pluto binary (default /usr/libexec/ipsec/pluto)
#   LAB_OUT=DIR              output directory (default <repo>/corpus/lab)
#   LAB_KEEP=1               keep the temporary work directory
#   LAB_DEBUG=1              plutodebug=all; each scenario is saved as
#                            <scenario>-debug/ (the debug variants)
#
# exit status: 0 all scenarios produced their key lines, 1 some did not,
#              77 skipped (not root, no libreswan, no ip netns), 2 usage.
#
# The pre-shared keys below are throw-away lab values.  They are written only
# to the temporary work directory, never to the corpus.

set -u -o pipefail

skip() {
	{
		echo "#####################################################"
		echo "### run-lab.sh: SKIPPED: $*"
		echo "#####################################################"
	} >&2
	exit 77
}

PLUTO=${PLUTO:-/usr/libexec/ipsec/pluto}

[[ $(id -u) == 0 ]] || skip "must run as root (needs ip netns and a real pluto)"
command -v ip >/dev/null 2>&1 || skip "iproute2 'ip' not found"
command -v ipsec >/dev/null 2>&1 || skip "'ipsec' (libreswan) not found"
[[ -x $PLUTO ]] || skip "pluto binary $PLUTO not found (set PLUTO=)"
command -v certutil >/dev/null 2>&1 || skip "NSS 'certutil' not found"
probe_ns="plabprobe$$"
ip netns add "$probe_ns" >/dev/null 2>&1 || skip "cannot create network namespaces ('ip netns add' failed)"
ip netns del "$probe_ns" >/dev/null 2>&1

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
OUT=${LAB_OUT:-$ROOT/corpus/lab}
WORK=$(mktemp -d /tmp/plutolab.XXXXXX)
RUNID=$$
SEQ=0
PLUTODEBUG=none
OUT_SUFFIX=
if [[ ${LAB_DEBUG:-0} == 1 ]]; then
	PLUTODEBUG=all
	OUT_SUFFIX=-debug
fi

# addresses (RFC 5737 documentation ranges)
W_IP=192.0.2.45
E_IP=192.0.2.23
W_NET=198.51.100.0/24
E_NET=203.0.113.0/24

declare -a ALL_NETNS=()   # every namespace we created
declare -A PID=()         # host -> pluto pid of the current scenario
declare -A LAUNCHES=()    # host -> number of times pluto was started
declare -a SUMMARY=()
FAILED=0

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*"; }

cleanup() {
	local ns p
	for p in "${PID[@]}"; do
		[[ -n $p ]] && kill -9 "$p" 2>/dev/null
	done
	for ns in "${ALL_NETNS[@]}"; do
		ip netns pids "$ns" 2>/dev/null | while read -r p; do kill -9 "$p" 2>/dev/null; done
		ip netns del "$ns" 2>/dev/null
	done
	if [[ ${LAB_KEEP:-0} == 1 ]]; then
		echo "work directory kept: $WORK"
	else
		rm -rf "$WORK"
	fi
}
trap cleanup EXIT
trap 'echo "interrupted" >&2; exit 130' INT TERM

# ---------------------------------------------------------------------------
# per-scenario plumbing

dir_of() { echo "$SDIR/$1"; }
ns_of()  { if [[ $1 == west ]]; then echo "$NS_W"; else echo "$NS_E"; fi; }
dev_of() { if [[ $1 == west ]]; then echo "$DEV_W"; else echo "$DEV_E"; fi; }
ctl_of() { echo "$SDIR/$1/run/pluto.ctl"; }

# begin NAME "one line description; expected stage"
begin() {
	SCN=$1
	SCN_DESC=$2
	SCN_T0=$(date +%s)
	SCN_OK=1
	SEQ=$((SEQ + 1))
	SDIR=$WORK/$SCN
	NS_W=plab$RUNID-$SEQ-west
	NS_E=plab$RUNID-$SEQ-east
	DEV_W=eth0
	DEV_E=eth0
	PID=()
	LAUNCHES=([west]=0 [east]=0)
	log "=== $SCN: $SCN_DESC"
	local h
	for h in west east; do
		mkdir -p "$SDIR/$h/run" "$SDIR/$h/nss"
		certutil -N -d "sql:$SDIR/$h/nss" --empty-password
		printf '# lab host: %s   scenario: %s\nconfig setup\n\tlogtime=yes\n\tlogappend=yes\n\tikev1-policy=accept\n\tplutodebug=%s\n' \
			"$h" "$SCN" "$PLUTODEBUG" >"$SDIR/$h/ipsec.conf"
		: >"$SDIR/$h/ipsec.secrets"
		chmod 600 "$SDIR/$h/ipsec.secrets"
	done
	ip netns add "$NS_W" && ALL_NETNS+=("$NS_W")
	ip netns add "$NS_E" && ALL_NETNS+=("$NS_E")
	# create the pair directly inside the namespaces: both ends can then be
	# called eth0 without clashing with anything in the host namespace
	ip link add "$DEV_W" netns "$NS_W" type veth peer name "$DEV_E" netns "$NS_E"
	ip -n "$NS_W" addr add "$W_IP/24" dev "$DEV_W"
	ip -n "$NS_E" addr add "$E_IP/24" dev "$DEV_E"
	ip -n "$NS_W" link set lo up
	ip -n "$NS_E" link set lo up
	ip -n "$NS_W" link set "$DEV_W" up
	ip -n "$NS_E" link set "$DEV_E" up
}

# conn HOST NAME [key=value ...]
# Appends a conn section to HOST's ipsec.conf.  "left" is always the local
# end.  key=value overrides a default; "key=" removes it.
conn() {
	local host=$1 name=$2
	shift 2
	local me menet peer peernet
	if [[ $host == west ]]; then
		me=$W_IP menet=$W_NET peer=$E_IP peernet=$E_NET
	else
		me=$E_IP menet=$E_NET peer=$W_IP peernet=$W_NET
	fi
	local -a keys=(left leftsubnet right rightsubnet authby ikev2 keyingtries retransmit-timeout auto)
	local -A val=(
		[left]=$me [leftsubnet]=$menet [right]=$peer [rightsubnet]=$peernet
		[authby]=secret [ikev2]=yes [keyingtries]=1 [retransmit-timeout]=15s
		[auto]=add
	)
	local kv k
	for kv in "$@"; do
		k=${kv%%=*}
		[[ -v "val[$k]" ]] || keys+=("$k")
		val[$k]=${kv#*=}
	done
	{
		printf '\nconn %s\n' "$name"
		for k in "${keys[@]}"; do
			[[ -n ${val[$k]} ]] && printf '\t%s=%s\n' "$k" "${val[$k]}"
		done
	} >>"$SDIR/$host/ipsec.conf"
}

# secret HOST 'secrets line'
secret() { printf '%s\n' "$2" >>"$SDIR/$1/ipsec.secrets"; }

# check both configurations with addconn --checkconfig
checkconfig() {
	local h
	for h in west east; do
		if ! ipsec addconn --checkconfig --config "$SDIR/$h/ipsec.conf"; then
			log "!!! $SCN: $h ipsec.conf rejected by addconn --checkconfig"
			SCN_OK=0
		fi
	done
}

# launch HOST : start pluto in HOST's namespace (returns at once)
# pluto itself loads every auto=add conn from --config while starting (as a
# normal "ipsec start" would), so no separate addconn step is needed.
launch() {
	local h=$1 d
	d=$(dir_of "$h")
	rm -f "$d/run/pluto.ctl" "$d/run/pluto.pid"
	ip netns exec "$(ns_of "$h")" "$PLUTO" --nofork \
		--config "$d/ipsec.conf" \
		--ipsecdir "$d" \
		--nssdir "$d/nss" \
		--rundir "$d/run" \
		--dumpdir "$d/run" \
		--secretsfile "$d/ipsec.secrets" \
		--logfile "$d/pluto.log" \
		>>"$d/pluto.stderr" 2>&1 &
	PID[$h]=$!
	LAUNCHES[$h]=$((LAUNCHES[$h] + 1))
}

# started HOST : wait until HOST's pluto has loaded its secrets and
# opened its control socket (the log is appended to across restarts, so
# count one "loading secrets" line per launch)
started() {
	local h=$1 d i
	d=$(dir_of "$h")
	QUIET=1 wait_log "$h" 'loading secrets from' 20 "${LAUNCHES[$h]}" || { log "!!! $h pluto did not start"; SCN_OK=0; return 1; }
	for ((i = 0; i < 50; i++)); do
		[[ -S $d/run/pluto.ctl ]] && return 0
		sleep 0.1
	done
	log "!!! $h: no control socket"
	SCN_OK=0
	return 1
}

# start HOST... : launch the daemons together, then wait for all of them
start() {
	local h rc=0
	for h in "$@"; do launch "$h"; done
	for h in "$@"; do started "$h" || rc=1; done
	return $rc
}

whack() { local h=$1; shift; ipsec whack --ctlsocket "$(ctl_of "$h")" "$@"; }

# up HOST CONN : initiate, do not wait (whack would block for minutes)
up() { whack "$1" --name "$2" --initiate --asynchronous >/dev/null; }

# wait_log HOST REGEX TIMEOUT [COUNT] : poll HOST's log until the extended
# regex matches on at least COUNT (default 1) lines; 1 on timeout.
# Set QUIET=1 to suppress the progress line.
now_ms() { echo $(($(date +%s%N) / 1000000)); }
wait_log() {
	local h=$1 re=$2 timeout=$3 count=${4:-1} f t0 dt n
	f=$(dir_of "$h")/pluto.log
	t0=$(now_ms)
	while :; do
		n=0
		[[ -f $f ]] && n=$(grep -cE -- "$re" "$f")
		dt=$(($(now_ms) - t0))
		if ((n >= count)); then
			((${QUIET:-0})) || log "    $h: /$re/ x$count after $((dt / 1000)).$((dt % 1000 / 100))s"
			return 0
		fi
		if ((dt >= timeout * 1000)); then
			((${QUIET:-0})) || log "    $h: /$re/ x$count NOT seen within ${timeout}s (found $n)"
			return 1
		fi
		sleep 0.2
	done
}

# want HOST REGEX TIMEOUT : like wait_log but a miss fails the scenario
want() {
	wait_log "$@" || SCN_OK=0
}

# link_down HOST : take HOST's end of the veth down
link_down() { ip -n "$(ns_of "$1")" link set "$(dev_of "$1")" down; }

# crash HOST : SIGKILL the daemon, no chance to say goodbye
crash() {
	local h=$1
	[[ -n ${PID[$h]:-} ]] || return 0
	kill -9 "${PID[$h]}" 2>/dev/null
	wait "${PID[$h]}" 2>/dev/null
	PID[$h]=
	rm -f "$(dir_of "$h")/run/pluto.ctl" "$(dir_of "$h")/run/pluto.pid"
}

# isolate : drop every incoming packet in both namespaces, so that the
# Delete notifications sent during the final shutdown never reach the peer
# and do not pollute the other log.
isolate() {
	local ns
	for ns in "$NS_W" "$NS_E"; do
		ip netns exec "$ns" nft -f - <<-'EOF' 2>/dev/null || true
		table inet lab {
			chain in { type filter hook input priority 0; policy drop; }
		}
		EOF
	done
}

# stop HOST... : orderly shutdown of all given daemons at once, SIGKILL for
# any that hangs
stop() {
	local h p i rc
	for h in "$@"; do
		[[ -n ${PID[$h]:-} ]] || continue
		timeout 15 ipsec whack --ctlsocket "$(ctl_of "$h")" --shutdown >/dev/null 2>&1 &
	done
	for h in "$@"; do
		p=${PID[$h]:-}
		[[ -n $p ]] || continue
		for ((i = 0; i < 75; i++)); do
			kill -0 "$p" 2>/dev/null || break
			sleep 0.2
		done
		kill -9 "$p" 2>/dev/null
		wait "$p" 2>/dev/null
		rc=$?
		((rc == 0)) || log "    $h: pluto exit status $rc"
		PID[$h]=
	done
	wait   # the whack --shutdown clients
}

# finish : stop both daemons, save fixtures, tear the namespaces down
finish() {
	local h dst
	command -v nft >/dev/null 2>&1 && isolate
	stop west east
	dst=$OUT/$SCN$OUT_SUFFIX
	rm -rf "$dst"
	mkdir -p "$dst"
	for h in west east; do
		if [[ -f $SDIR/$h/pluto.log && -n $OUT_SUFFIX ]]; then
			# debug variants: bookkeeping lines dropped (see trim-debug.awk)
			awk -f "$HERE/trim-debug.awk" "$SDIR/$h/pluto.log" >"$dst/$h.log"
		elif [[ -f $SDIR/$h/pluto.log ]]; then
			cp "$SDIR/$h/pluto.log" "$dst/$h.log"
		else
			: >"$dst/$h.log"   # daemon deliberately never started
		fi
		cp "$SDIR/$h/ipsec.conf" "$dst/$h.conf"
	done
	printf '%s\n' "$SCN_DESC" >"$dst/README"
	[[ -n $OUT_SUFFIX ]] && printf '%s\n' "plutodebug=all variant (LAB_DEBUG=1); debug lines trimmed by tests/lab/trim-debug.awk (bookkeeping, crypto and framing lines dropped; every kept line as pluto wrote it)." >>"$dst/README"
	ip netns del "$NS_W" 2>/dev/null
	ip netns del "$NS_E" 2>/dev/null
	local dt=$(($(date +%s) - SCN_T0)) st=ok
	((SCN_OK)) || { st=FAILED; FAILED=1; }
	SUMMARY+=("$(printf '%-28s %4ss  %s' "$SCN" "$dt" "$st")")
	log "=== $SCN: $st (${dt}s)"
}

# ---------------------------------------------------------------------------
# scenarios

PSK='lab-only-psk-0123456789abcdef'
PSK_OTHER='lab-only-psk-fedcba9876543210'

# both hosts, IP based PSK
psk_both() {
	secret west "$W_IP $E_IP : PSK \"${1:-$PSK}\""
	secret east "$E_IP $W_IP : PSK \"${2:-${1:-$PSK}}\""
}

# both started, both have conn test, west initiates
go() {
	checkconfig
	start west east || return 1
	up west test
}

scn_ikev1_main_ok() {
	begin ikev1-main-ok "IKEv1 Main Mode PSK; phase 1 and Quick Mode negotiate, east fails to install the IPsec SA (no ESP in kernel, errno 93), west times out waiting for QR1. Expected: east kernel-updown."
	conn west test ikev2=no
	conn east test ikev2=no
	psk_both
	go
	want east 'Protocol not supported \(errno 93\)' 30
	want west 'timeout exceeded' 40
	finish
}

scn_ikev1_aggr_ok() {
	begin ikev1-aggr-ok "IKEv1 Aggressive Mode PSK with @west/@east IDs; phase 1 up, east fails to install the IPsec SA (errno 93). Expected: east kernel-updown."
	conn west test ikev2=no aggressive=yes leftid=@west rightid=@east 'ike=aes256-sha2_256;modp2048'
	conn east test ikev2=no aggressive=yes leftid=@east rightid=@west 'ike=aes256-sha2_256;modp2048'
	secret west "@west @east : PSK \"$PSK\""
	secret east "@east @west : PSK \"$PSK\""
	go
	want east 'Protocol not supported \(errno 93\)' 30
	want west 'timeout exceeded' 40
	finish
}

scn_ikev2_ok() {
	begin ikev2-ok "IKEv2 PSK, default proposals; IKE SA established, east cannot install the AES-GCM Child SA (netlink Add SA fails, errno 38) and answers TS_UNACCEPTABLE. Expected: east kernel-updown."
	conn west test
	conn east test
	psk_both
	go
	want east 'netlink response for Add SA' 30
	want west 'established IKE SA' 30
	want west 'rejected Child SA' 30
	finish
}

scn_ikev1_p1_proposal() {
	begin ikev1-p1-proposal "IKEv1 Main Mode; west offers only aes256-sha2_512;modp4096, east accepts only aes128-sha1;modp2048; east refuses every Oakley transform, west times out in MI1. Expected: phase1-proposal."
	conn west test ikev2=no 'ike=aes256-sha2_512;modp4096'
	conn east test ikev2=no 'ike=aes128-sha1;modp2048'
	psk_both
	go
	want east 'no acceptable Oakley Transform' 30
	want west 'timeout exceeded' 40
	finish
}

scn_ikev2_p1_proposal() {
	begin ikev2-p1-proposal "IKEv2; IKE_SA_INIT proposals do not overlap (aes256-sha2_512;modp4096 vs aes128-sha1;modp2048); east answers NO_PROPOSAL_CHOSEN, west drops that unauthenticated reply and times out. Expected: phase1-proposal."
	conn west test 'ike=aes256-sha2_512;modp4096'
	conn east test 'ike=aes128-sha1;modp2048'
	psk_both
	go
	want east 'no local proposal matches remote proposals' 30
	want west 'NO_PROPOSAL_CHOSEN' 30
	want west 'timeout exceeded' 40
	finish
}

scn_ikev1_psk_mismatch() {
	begin ikev1-psk-mismatch "IKEv1 Main Mode; the two ends hold different pre-shared keys, east cannot decrypt MI3. Expected: authentication."
	conn west test ikev2=no
	conn east test ikev2=no
	psk_both "$PSK" "$PSK_OTHER"
	go
	want east 'mismatch of preshared secrets' 30
	want west 'timeout exceeded' 40
	finish
}

scn_ikev2_psk_mismatch() {
	begin ikev2-psk-mismatch "IKEv2; different pre-shared keys, east rejects west's AUTH payload and answers AUTHENTICATION_FAILED. Expected: authentication."
	conn west test
	conn east test
	psk_both "$PSK" "$PSK_OTHER"
	go
	want east 'authentication failed' 30
	want west 'AUTHENTICATION_FAILED' 30
	sleep 2
	finish
}

scn_ikev1_id_mismatch_main() {
	begin ikev1-id-mismatch-main "IKEv1 Main Mode; west identifies as @west, east only accepts rightid=@other. Expected: east identity."
	conn west test ikev2=no leftid=@west rightid=@east
	conn east test ikev2=no leftid=@east rightid=@other
	secret west ": PSK \"$PSK\""
	secret east ": PSK \"$PSK\""
	go
	want east "Peer ID '@west' mismatched" 30
	want west 'INVALID_ID_INFORMATION' 30
	want west 'timeout exceeded' 40
	finish
}

scn_ikev1_id_mismatch_aggr() {
	begin ikev1-id-mismatch-aggr "IKEv1 Aggressive Mode; east answers as @east but west's conn insists on rightid=@other, so west rejects AR1. Expected: west identity."
	conn west test ikev2=no aggressive=yes leftid=@west rightid=@other 'ike=aes256-sha2_256;modp2048'
	conn east test ikev2=no aggressive=yes leftid=@east rightid=@west 'ike=aes256-sha2_256;modp2048'
	secret west ": PSK \"$PSK\""
	secret east ": PSK \"$PSK\""
	go
	want west "Peer ID '@east' mismatched" 30
	want west 'timeout exceeded' 40
	finish
}

scn_ikev1_aggr_unknown_id() {
	begin ikev1-aggr-unknown-id "IKEv1 Aggressive Mode; west sends ID @west in AI1 but east's only conn wants rightid=@other, east finds no conn and stays silent; west times out. Expected: east no-connection (the log line does not name the ID)."
	conn west test ikev2=no aggressive=yes leftid=@west rightid=@east 'ike=aes256-sha2_256;modp2048'
	conn east test ikev2=no aggressive=yes leftid=@east rightid=@other 'ike=aes256-sha2_256;modp2048'
	secret west "@west @east : PSK \"$PSK\""
	secret east "@east @other : PSK \"$PSK\""
	go
	want east 'initial Aggressive Mode message .* but no .*connection' 30
	want west 'timeout exceeded' 40
	finish
}

scn_ikev1_subnet_mismatch() {
	begin ikev1-subnet-mismatch "IKEv1; phase 1 up, west's Quick Mode proposes 198.51.100.0/24 <-> 203.0.113.0/24 but east is configured for 198.51.100.0/25 <-> 203.0.113.0/25. Expected: traffic-selectors."
	conn west test ikev2=no
	conn east test ikev2=no leftsubnet=203.0.113.0/25 rightsubnet=198.51.100.0/25
	psk_both
	go
	want east 'cannot respond to IPsec SA request because no connection is known' 30
	want west 'INVALID_ID_INFORMATION' 30
	want west 'timeout exceeded' 40
	finish
}

scn_ikev2_ts_mismatch() {
	begin ikev2-ts-mismatch "IKEv2; IKE SA up, west's traffic selectors (198.51.100.0/24 <-> 203.0.113.0/24) do not fit east's conn (/25s); east answers TS_UNACCEPTABLE. Expected: traffic-selectors."
	conn west test
	conn east test leftsubnet=203.0.113.0/25 rightsubnet=198.51.100.0/25
	psk_both
	go
	want east 'compatible Traffic Selectors' 30
	want west 'TS_UNACCEPTABLE' 30
	sleep 2
	finish
}

scn_ikev1_p2_proposal() {
	begin ikev1-p2-proposal "IKEv1; phase 1 up, Quick Mode ESP proposals do not overlap (west esp=aes256-sha2_512, east esp=aes128-sha1). Expected: phase2-proposal."
	conn west test ikev2=no esp=aes256-sha2_512
	conn east test ikev2=no esp=aes128-sha1
	psk_both
	go
	want east 'no acceptable Proposal in IPsec SA' 30
	want west 'NO_PROPOSAL_CHOSEN' 30
	want west 'timeout exceeded' 40
	finish
}

scn_ikev2_p2_proposal() {
	begin ikev2-p2-proposal "IKEv2; IKE SA up, the Child SA ESP proposals in IKE_AUTH do not overlap (aes256-sha2_512 vs aes128-sha1). Expected: phase2-proposal."
	conn west test esp=aes256-sha2_512
	conn east test esp=aes128-sha1
	psk_both
	go
	want east 'no local proposal matches' 30
	want west 'NO_PROPOSAL_CHOSEN' 30
	sleep 2
	finish
}

scn_ikev1_no_answer() {
	begin ikev1-no-answer "IKEv1; east's end of the link is set down before west initiates: ARP fails, west's kernel reports No route to host, west retransmits MI1 until retransmit-timeout=15s. east.log has only start-up and shutdown. Expected: west reachability."
	conn west test ikev2=no
	conn east test ikev2=no
	psk_both
	checkconfig
	start west east
	link_down east
	up west test
	want west 'No route to host' 30
	want west 'timeout exceeded' 40
	finish
}

scn_ikev2_no_answer() {
	begin ikev2-no-answer "IKEv2; east's pluto is never started (east's kernel answers ICMP port unreachable); west retransmits IKE_SA_INIT until retransmit-timeout=15s. Expected: west reachability."
	conn west test
	conn east test
	psk_both
	checkconfig
	start west
	up west test
	want west 'Connection refused' 20
	want west 'timeout exceeded' 40
	finish
}

scn_ikev1_peer_crash() {
	begin ikev1-peer-crash "IKEv1; ISAKMP SA established, then east's pluto is killed with SIGKILL (no shutdown lines in east.log); west's Quick Mode retransmits meet ICMP port unreachable, west initiates again (same), east is restarted with no state and silently ignores west's next Quick Mode on the old ISAKMP SA. Expected: west reachability."
	conn west test ikev2=no retransmit-timeout=10s
	conn east test ikev2=no retransmit-timeout=10s
	psk_both
	go
	want west 'IKE SA established' 30
	want east 'Protocol not supported \(errno 93\)' 30
	crash east
	want west 'Connection refused' 20
	want west 'timeout exceeded' 30
	up west test
	want west 'timeout exceeded' 30 2
	start east
	up west test
	want west 'timeout exceeded' 30 3
	finish
}

scn_ikev2_version_mismatch() {
	begin ikev2-version-mismatch "west's conn is IKEv1 only (ikev2=no), east's conn is IKEv2 only; east has no conn that allows IKEv1 Main Mode. Expected: ike-version."
	conn west test ikev2=no
	conn east test ikev2=yes
	psk_both
	go
	want east 'Main Mode message received' 30
	want west 'timeout exceeded' 40
	finish
}

scn_no_connection() {
	begin no-connection "IKEv2; east has a conn, but only for peer 192.0.2.99, nothing matching west's 192.0.2.45. Expected: east no-connection."
	conn west test
	conn east test right=192.0.2.99
	psk_both
	go
	want east 'no suitable connection found' 30
	want west 'NO_PROPOSAL_CHOSEN' 30
	want west 'timeout exceeded' 40
	finish
}

scn_ikev1_no_connection() {
	begin ikev1-no-connection "IKEv1 Main Mode; east has a conn, but only for peer 192.0.2.99, nothing matching west's 192.0.2.45; east ignores MI1 and west times out. Expected: east no-connection."
	conn west test ikev2=no
	conn east test ikev2=no right=192.0.2.99
	psk_both
	go
	want east 'initial Main Mode message received but no connection' 30
	want west 'timeout exceeded' 40
	finish
}

scn_ikev1_version_mismatch() {
	begin ikev1-version-mismatch "the reverse of ikev2-version-mismatch: west's conn is IKEv2 only, east's conn is IKEv1 only (ikev2=no); east refuses IKE_SA_INIT with NO_PROPOSAL_CHOSEN. Expected: ike-version."
	conn west test ikev2=yes
	conn east test ikev2=no
	psk_both
	go
	want east 'no suitable connection found with IKEv2 policy' 30
	want west 'timeout exceeded' 40
	finish
}

scn_ikev1_rekey() {
	begin ikev1-rekey "IKEv1 Main Mode with ikelifetime=60s rekeymargin=20s rekeyfuzz=0%; phase 1 is replaced before it expires. Expected: rekey."
	conn west test ikev2=no ikelifetime=60s rekeymargin=20s rekeyfuzz=0% salifetime=60s
	conn east test ikev2=no ikelifetime=60s rekeymargin=20s rekeyfuzz=0% salifetime=60s
	psk_both
	go
	want west 'IKE SA established' 30
	want west '#3: .*replace #1' 60
	want west '#3: IKE SA established' 20
	want west '#1: deleting state' 30
	want east '#1: deleting state' 10
	finish
}

scn_ikev2_rekey() {
	begin ikev2-rekey "IKEv2 with ikelifetime=60s rekeymargin=20s rekeyfuzz=0%; the IKE SA is rekeyed with CREATE_CHILD_SA after ~40s (the Child SA never installs: no ESP). Expected: rekey."
	conn west test ikelifetime=60s rekeymargin=20s rekeyfuzz=0% esp=aes128-sha2_256
	conn east test ikelifetime=60s rekeymargin=20s rekeyfuzz=0% esp=aes128-sha2_256
	psk_both
	go
	want west 'established IKE SA' 30
	want west 'rekeyed IKE SA #1' 60
	want west '#1: deleting state' 30
	sleep 2
	finish
}

scn_ikev1_pfs_mismatch() {
	begin ikev1-pfs-mismatch "IKEv1; phase 1 up, west's Quick Mode has no PFS (pfs=no) but east insists on PFS. Expected: phase2-proposal."
	conn west test ikev2=no pfs=no
	conn east test ikev2=no pfs=yes
	psk_both
	go
	want east 'we require PFS' 30
	want west 'timeout exceeded' 40
	finish
}

scn_ikev2_id_mismatch() {
	begin ikev2-id-mismatch "IKEv2; west identifies as @west, east's only conn wants rightid=@other; east rejects IKE_AUTH. Expected: east identity."
	conn west test leftid=@west rightid=@east
	conn east test leftid=@east rightid=@other
	secret west ": PSK \"$PSK\""
	secret east ": PSK \"$PSK\""
	go
	want east "Peer ID '@west' mismatched" 30
	want west 'AUTHENTICATION_FAILED' 30
	sleep 2
	finish
}

scn_ikev2_peer_delete() {
	begin ikev2-peer-delete "IKEv2; IKE SA up (Child SA fails: no ESP), then east's operator runs whack --terminate and east sends a Delete for the IKE SA. Expected: west deleted."
	conn west test esp=aes128-sha2_256
	conn east test esp=aes128-sha2_256
	psk_both
	go
	want west 'established IKE SA' 30
	sleep 1
	whack east --name test --terminate >/dev/null
	want west 'received a Delete/Notify' 20
	want west '#3: initiator established IKE SA' 20
	sleep 1
	finish
}

scn_ikev1_peer_delete() {
	begin ikev1-peer-delete "IKEv1; ISAKMP SA up, then east's operator runs whack --terminate and east sends a Delete for the ISAKMP SA. Expected: west deleted."
	conn west test ikev2=no
	conn east test ikev2=no
	psk_both
	go
	want west 'IKE SA established' 30
	want east 'errno 93' 30
	sleep 1
	whack east --name test --terminate >/dev/null
	want west 'received Delete SA payload' 20
	want west '#3: IKE SA established' 20
	sleep 1
	finish
}

SCENARIOS=(
	ikev1-main-ok
	ikev1-aggr-ok
	ikev2-ok
	ikev1-p1-proposal
	ikev2-p1-proposal
	ikev1-psk-mismatch
	ikev2-psk-mismatch
	ikev1-id-mismatch-main
	ikev1-id-mismatch-aggr
	ikev1-aggr-unknown-id
	ikev1-subnet-mismatch
	ikev2-ts-mismatch
	ikev1-p2-proposal
	ikev2-p2-proposal
	ikev1-no-answer
	ikev2-no-answer
	ikev1-peer-crash
	ikev2-version-mismatch
	no-connection
	ikev1-no-connection
	ikev1-version-mismatch
	ikev1-rekey
	ikev2-rekey
	ikev1-pfs-mismatch
	ikev2-id-mismatch
	ikev2-peer-delete
	ikev1-peer-delete
)

if [[ ${1:-} == --list ]]; then
	printf '%s\n' "${SCENARIOS[@]}"
	exit 0
fi

want_list=("$@")
((${#want_list[@]})) || want_list=("${SCENARIOS[@]}")
for s in "${want_list[@]}"; do
	declare -F "scn_${s//-/_}" >/dev/null || { echo "unknown scenario: $s (try --list)" >&2; exit 2; }
done

mkdir -p "$OUT"
T0=$(date +%s)
log "pluto: $("$PLUTO" --version 2>&1 | head -1); work dir $WORK; output $OUT"
for s in "${want_list[@]}"; do
	"scn_${s//-/_}"
done
log "summary (total $(($(date +%s) - T0))s):"
printf '    %s\n' "${SUMMARY[@]}"
exit $FAILED

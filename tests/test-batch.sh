#!/bin/bash
# Batch mode, compressed inputs and archives, hostile archive members,
# damaged inputs, and --redact.  Every fixture is made here, in a temporary
# directory (python3 crafts the archives that tar/zip refuse to make).
#
#   PLUTOLOG=path/to/plutolog bash tests/test-batch.sh
# Prints "N passed, N failed"; exit 1 if anything failed.
set -u
here=$(cd "$(dirname "$0")/.." && pwd)
P=${PLUTOLOG:-$here/plutolog}
case $P in /*) ;; *) P=$here/$P ;; esac
CORPUS=${CORPUS:-$here/../shared/corpus/libreswan-tests}
pass=0
fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }
check() { # check "what" command...
  local what=$1; shift
  if "$@"; then ok; else bad "$what"; fi
}

if [ ! -x "$P" ]; then echo "FAIL: $P not built (make)"; echo "0 passed, 1 failed"; exit 1; fi
for tool in python3 gzip bzip2 xz zstd; do
  if ! command -v $tool >/dev/null; then
    echo "FAIL: $tool is needed to make the fixtures (apt-get install $tool)"; echo "0 passed, 1 failed"; exit 1
  fi
done

T=$(mktemp -d "${TMPDIR:-/tmp}/plutolog-batch.XXXXXX")
trap 'rm -rf "$T"' EXIT
cd "$T" || exit 1

# ---- fixtures ------------------------------------------------------------------
# host NAME, own address, peer address, subnets, IDs: every original below
# must be gone from a redacted run's outputs.
mklog() { # mklog host pid me peer mynet peernet myid peerid conn day
  local h=$1 pid=$2 me=$3 peer=$4 mynet=$5 pnet=$6 myid=$7 pid2=$8 c=$9 d=${10}
  cat <<EOF
Nov $d 10:00:00 $h pluto[$pid]: "$c": added IKEv1 connection
Nov $d 10:00:01 $h pluto[$pid]: "$c" #1: initiating IKEv1 Main Mode connection
Nov $d 10:00:01 $h pluto[$pid]: "$c" #1: sent Main Mode request
Nov $d 10:00:02 $h pluto[$pid]: "$c" #1: sent Main Mode I2
Nov $d 10:00:03 $h pluto[$pid]: "$c" #1: sent Main Mode I3
Nov $d 10:00:03 $h pluto[$pid]: "$c" #1: Peer ID is ID_FQDN: '$pid2'
Nov $d 10:00:03 $h pluto[$pid]: "$c" #1: IKE SA established {auth=PRESHARED_KEY cipher=AES_CBC_128 integ=HMAC_SHA2_256 group=MODP1024}
Nov $d 10:00:04 $h pluto[$pid]: "$c" #2: initiating Quick Mode IKEv1+PSK+ENCRYPT+TUNNEL+UP {using isakmp#1 msgid:72ade70d proposal=AES_CBC_128-HMAC_SHA2_256_128 pfsgroup=no-pfs}
Nov $d 10:00:04 $h pluto[$pid]: "$c" #2: us: $mynet===$me[$myid] them: $peer[$pid2]===$pnet
Nov $d 10:00:05 $h pluto[$pid]: "$c" #2: IPsec SA established tunnel mode {ESP=>0x9d188d43 <0xaa47b62d xfrm=AES_CBC_128-HMAC_SHA2_256_128 DPD=active}
Nov $d 10:00:06 $h other[12]: not a pluto line from $h.corp.example.com
EOF
}
mkfail() { # a peer that never answers
  local h=$1 pid=$2 peer=$3 c=$4
  cat <<EOF
Nov 20 11:00:00 $h pluto[$pid]: "$c" #1: initiating IKEv2 connection
Nov 20 11:00:00 $h pluto[$pid]: "$c" #1: sent IKE_SA_INIT request to $peer:500
Nov 20 11:00:10 $h pluto[$pid]: "$c" #1: STATE_PARENT_I1: retransmission; will wait 1 seconds for response
Nov 20 11:01:00 $h pluto[$pid]: "$c" #1: STATE_PARENT_I1: 60 second timeout exceeded after 7 retransmits.  No response (or no acceptable response) to our first IKEv2 message
EOF
}
mkdir -p in/tree/alpha in/tree/bravo in/tree/charlie in/arch/sub
mklog alpha 100 10.1.2.7 172.16.9.4 10.1.2.0/24 10.9.0.0/16 @alpha.corp.example.com @bravo-gw tunnel-a 21 >in/tree/alpha/auth.log
mklog alpha 99 10.1.2.7 172.16.9.4 10.1.2.0/24 10.9.0.0/16 @alpha.corp.example.com @bravo-gw tunnel-a 20 | gzip >in/tree/alpha/auth.log.1.gz
mklog bravo 200 172.16.9.4 10.1.2.7 10.9.0.0/16 10.1.2.0/24 @bravo-gw @alpha.corp.example.com tunnel-b 21 | bzip2 >in/tree/bravo/pluto.log.bz2
mkfail charlie 300 198.18.7.7 tunnel-c | xz >in/tree/charlie/pluto.log.xz
mklog charlie 301 2001:db8:5::7 2001:db8:6::9 2001:db8:5::/64 2001:db8:6::/64 admin@charlie.example.org @delta tunnel-d 22 | zstd -q >in/tree/charlie/v6.log.zst
cp in/tree/alpha/auth.log in/arch/alpha.log
mklog bravo 200 172.16.9.4 10.1.2.7 10.9.0.0/16 10.1.2.0/24 @bravo-gw @alpha.corp.example.com tunnel-b 21 >in/arch/bravo.log
mkfail charlie 300 198.18.7.7 tunnel-c >in/arch/sub/charlie.log
if [ -d "$CORPUS" ]; then
  n=0
  for f in "$CORPUS"/v4.15/ikev1-psk-*/east.log "$CORPUS"/v3.32/ikev2-0*/west.log; do
    [ -f "$f" ] || continue
    n=$((n + 1)); [ $n -gt 4 ] && break
    cp "$f" "in/arch/sub/corpus$n.log"
  done
else
  echo "NOTE: $CORPUS not found: only generated logs are used (set CORPUS=)"
fi
touch -d '2024-12-01' in/tree/alpha/* in/tree/bravo/* in/tree/charlie/* in/arch/*.log in/arch/sub/*
tar -C in/arch -czf logs.tar.gz .
tar -C in/arch -cJf logs.tar.xz .
(cd in/arch && python3 -c "
import zipfile, os
with zipfile.ZipFile('../../logs.zip', 'w', zipfile.ZIP_DEFLATED) as z:
    for d, _, fs in sorted(os.walk('.')):
        for f in sorted(fs): z.write(os.path.join(d, f))")

# ---- 1. batch over a tree and three archives --------------------------------------
"$P" -q --year 2024 -o out -f markdown,json in/tree logs.tar.gz logs.tar.xz logs.zip >stdout 2>stderr
rc=$?
check "batch run exits 0 (got $rc: $(head -3 stderr))" [ $rc -eq 0 ]
check "batch writes nothing on stdout" [ ! -s stdout ]
expect=(in/tree/alpha/auth.log in/tree/alpha/auth.log.1.gz in/tree/bravo/pluto.log.bz2
        in/tree/charlie/pluto.log.xz in/tree/charlie/v6.log.zst)
for a in logs.tar.gz logs.tar.xz logs.zip; do
  for m in $(cd in/arch && find . -type f | sed 's|^\./||' | sort); do expect+=("$a/$m"); done
done
missing=0
for e in "${expect[@]}"; do
  for ext in md json; do
    if [ ! -f "out/$e.$ext" ]; then missing=$((missing + 1)); echo "  missing out/$e.$ext"; fi
  done
done
check "every source has a .md and a .json" [ $missing -eq 0 ]
check "index.md and index.json" [ -s out/index.md -a -s out/index.json ]
nsrc=$(python3 -c "import json; print(len(json.load(open('out/index.json'))['sources']))")
check "index.json lists every source (${#expect[@]}, got $nsrc)" [ "$nsrc" -eq ${#expect[@]} ]
check "index.md links the reports" grep -q '](in/tree/bravo/pluto.log.bz2.json)' out/index.md
python3 - <<'EOF' >idxcheck 2>&1
import json
d = json.load(open('out/index.json'))
for s in d['sources']:
    assert s['status'] == 'ok', s
    for c in s['connections']:
        assert 'verdict' in c and 'stage' in c, c
    for f in s['outputs'].values():
        open('out/' + f).close()
print('ok')
EOF
check "index.json: status, verdicts, stages, outputs ($(tail -1 idxcheck))" grep -qx ok idxcheck

# each JSON equals the direct run on that file alone (source names aside)
cat >norm.py <<'EOF'
import json, sys
def strip(x):
    if isinstance(x, dict):
        return {k: strip(v) for k, v in x.items() if k not in ('source', 'sources')}
    if isinstance(x, list):
        return [strip(v) for v in x]
    return x
print(json.dumps(strip(json.load(open(sys.argv[1]))), sort_keys=True))
EOF
mkdir -p x && tar -C x -xzf logs.tar.gz
neq=0
for f in in/tree/alpha/auth.log.1.gz in/tree/bravo/pluto.log.bz2 in/tree/charlie/v6.log.zst; do
  "$P" -q --year 2024 -f json "$f" >direct.json 2>/dev/null
  [ "$(python3 norm.py direct.json)" = "$(python3 norm.py "out/$f.json")" ] || { neq=$((neq + 1)); echo "  differs: $f"; }
done
for m in $(cd x && find . -type f | sed 's|^\./||' | sort); do
  "$P" -q --year 2024 -f json "x/$m" >direct.json 2>/dev/null
  for a in logs.tar.gz logs.tar.xz logs.zip; do
    [ "$(python3 norm.py direct.json)" = "$(python3 norm.py "out/$a/$m.json")" ] || { neq=$((neq + 1)); echo "  differs: $a:$m"; }
  done
done
check "batch JSON equals the direct single-file run" [ $neq -eq 0 ]

# the outcome does not depend on -j
"$P" -q --year 2024 -j 1 -o out1 -f json in/tree logs.tar.gz 2>/dev/null
"$P" -q --year 2024 -j 4 -o out4 -f json in/tree logs.tar.gz 2>/dev/null
check "-j 1 and -j 4 write the same files" diff -r out1 out4

# ---- 2. hostile member names ---------------------------------------------------------
python3 - <<'EOF'
import tarfile, io, zipfile
data = open('in/arch/alpha.log', 'rb').read()
with tarfile.open('evil.tar.gz', 'w:gz') as t:
    for n in ['../../x.log', '/abs/y.log', 'ok/../../../z.log', '.hidden.log']:
        ti = tarfile.TarInfo(n); ti.size = len(data); t.addfile(ti, io.BytesIO(data))
    ti = tarfile.TarInfo('link.log'); ti.type = tarfile.SYMTYPE; ti.linkname = '/etc/passwd'; t.addfile(ti)
with zipfile.ZipFile('evil.zip', 'w') as z:
    z.writestr('../../zz.log', data)
EOF
mkdir -p jail
"$P" -q --year 2024 -o jail/out -f json evil.tar.gz evil.zip 2>stderr
rc=$?
check "hostile names: exit 0 (got $rc: $(head -2 stderr))" [ $rc -eq 0 ]
check "../../x.log lands inside DIR" [ -f jail/out/evil.tar.gz/x.log.json ]
check "/abs/y.log lands inside DIR" [ -f jail/out/evil.tar.gz/abs/y.log.json ]
check "zip ../../zz.log lands inside DIR" [ -f jail/out/evil.zip/zz.log.json ]
check "nothing written outside DIR" [ -z "$(find "$T" -name 'x.log*' -o -name 'zz.log*' -o -name 'z.log*' | grep -v '^'"$T"'/jail/out/')" ]
check "a symbolic link member is not read" [ -z "$(find jail/out -name 'link.log*')" ]
# a symbolic link planted inside DIR is not followed
mkdir -p outside planted && ln -s "$T/outside" planted/evil.tar.gz
"$P" -q --year 2024 -o planted -f json evil.tar.gz 2>stderr
rc=$?
check "planted symlink: exit 1 (got $rc)" [ $rc -eq 1 ]
check "planted symlink: nothing written through it" [ -z "$(ls -A outside)" ]
check "planted symlink: message names it" grep -q 'symbolic links are not followed' stderr

# ---- 3. damaged inputs ---------------------------------------------------------------
for i in $(seq 1 400); do cat in/arch/alpha.log; done | gzip >big.gz
head -c $(($(stat -c %s big.gz) / 2)) big.gz >trunc.log.gz
tar -C in/arch -cf good.tar alpha.log bravo.log
python3 -c "
d = bytearray(open('good.tar', 'rb').read())
off = 512 + ((len(open('in/arch/alpha.log', 'rb').read()) + 511) // 512) * 512
d[off:off + 512] = b'garbage!' * 64
open('corrupt.tar', 'wb').write(d)"
python3 -c "
import zipfile
with zipfile.ZipFile('withbin.zip', 'w') as z:
    z.writestr('ok.log', open('in/arch/bravo.log').read())
    z.writestr('core.bin', bytes(range(256)) * 16)"
"$P" -q --year 2024 -o dmg -f json trunc.log.gz corrupt.tar withbin.zip in/arch/bravo.log 2>stderr
rc=$?
check "damaged inputs: exit 1 (got $rc)" [ $rc -eq 1 ]
check "truncated .gz: message names the file" grep -q '^plutolog: trunc.log.gz: .*truncated' stderr
check "truncated .gz: says how far it read" grep -q 'trunc.log.gz: .*read up to line [1-9]' stderr
check "truncated .gz: what was read is analysed" python3 -c "
import json; d = json.load(open('dmg/trunc.log.gz.json')); assert d['stats']['lines'] > 100"
check "corrupt tar: message names the file and member" grep -q '^plutolog: corrupt.tar: .*after member alpha.log' stderr
check "corrupt tar: the member before is kept" [ -s dmg/corrupt.tar/alpha.log.json ]
check "binary member: message names it" grep -q '^plutolog: withbin.zip:core.bin: not a text log' stderr
check "binary member: no report for it" [ ! -e dmg/withbin.zip/core.bin.json ]
check "binary member: the other member is read" [ -s dmg/withbin.zip/ok.log.json ]
check "other inputs complete" [ -s dmg/in/arch/bravo.log.json ]
check "index.json lists the problems" python3 -c "
import json; d = json.load(open('dmg/index.json'))
st = {s['name']: s['status'] for s in d['sources']}
assert st['withbin.zip:core.bin'] == 'not-text' and st['trunc.log.gz'] == 'read-error', st
assert any('corrupt.tar' in e for e in d['errors']), d['errors']"
# the same in one analysis
"$P" -q --year 2024 -f json trunc.log.gz in/arch/bravo.log >one.json 2>stderr
rc=$?
check "one analysis, truncated input: exit 1, rest read" [ $rc -eq 1 -a -s one.json ]

# ---- 4. redaction ---------------------------------------------------------------------
"$P" -q --year 2024 -o red -f markdown,json --redact-names --redact-map=map.json in/tree logs.tar.gz 2>stderr
rc=$?
check "redacted run exits 0 (got $rc: $(head -2 stderr))" [ $rc -eq 0 ]
leaks=0
for o in 10.1.2.7 172.16.9.4 10.1.2.0 10.9.0.0 198.18.7.7 2001:db8:5::7 2001:db8:6::9 2001:db8:5:: \
         @alpha.corp.example.com @bravo-gw admin@charlie.example.org @delta alpha.corp.example.com \
         alpha bravo charlie 9d188d43 aa47b62d tunnel-a tunnel-b tunnel-c tunnel-d; do
  if grep -rqFw -- "$o" red; then leaks=$((leaks + 1)); echo "  leak: $o in $(grep -rlFw -- "$o" red | head -2)"; fi
done
check "no original address, host, ID, SPI or name in redacted outputs" [ $leaks -eq 0 ]
python3 - <<'EOF' >mapcheck 2>&1
import json
m = json.load(open('map.json'))
back = m['map']
orig = {e['original']: e['pseudonym'] for e in m['entries']}
for o in ['10.1.2.7', '172.16.9.4', '10.1.2.0/24', '10.9.0.0/16', '@bravo-gw', 'alpha', 'tunnel-a']:
    assert o in orig, o
    assert back[orig[o]] == o, o
# containment: the image of 10.1.2.7 is inside the image of 10.1.2.0/24
import ipaddress
net = ipaddress.ip_network(orig['10.1.2.0/24'])
assert ipaddress.ip_address(orig['10.1.2.7']) in net and net.prefixlen == 24, net
assert ipaddress.ip_network(orig['10.9.0.0/16']).prefixlen == 16
for e in m['entries']:
    if e['kind'].startswith('ipv4'):
        a = ipaddress.ip_network(e['pseudonym'], strict=False)
        assert any(a.subnet_of(ipaddress.ip_network(n)) for n in
                   ['192.0.2.0/24', '198.51.100.0/24', '203.0.113.0/24', '198.18.0.0/15', '240.0.0.0/4']), e
    if e['kind'].startswith('ipv6'):
        assert ipaddress.ip_network(e['pseudonym'], strict=False).subnet_of(ipaddress.ip_network('2001:db8::/32')), e
# a redacted report maps back: the peer of tunnel-a
idx = json.load(open('red/index.json'))
peers = [c['peer'] for s in idx['sources'] for c in s['connections'] if c['peer'] and c['name'] == orig['tunnel-a']]
assert all(back.get(p) in ('172.16.9.4', None) for p in peers), peers
print('ok')
EOF
check "the map maps back, keeps containment, uses documentation ranges ($(tail -1 mapcheck))" grep -qx ok mapcheck
"$P" -q --year 2024 -o plain -f json in/tree logs.tar.gz 2>/dev/null
check "redacted verdicts and stages equal the original ones" python3 -c "
import json
a = json.load(open('plain/index.json'))['sources']; b = json.load(open('red/index.json'))['sources']
assert len(a) == len(b)
for x, y in zip(a, b):
    f = lambda s: sorted((c['verdict'], c['stage'] or '', c['reason'] or '') for c in s['connections'])
    assert f(x) == f(y) and x['pluto'] == y['pluto'] and x['unrecognised'] == y['unrecognised'], (x['name'], f(x), f(y))"
"$P" -q --year 2024 -o red2 -j 1 -f markdown,json --redact-names --redact-map=map2.json in/tree logs.tar.gz 2>/dev/null
check "redaction is deterministic (-j 1 vs -j N, map too)" bash -c 'diff -r red red2 && cmp map.json map2.json'
gzip -c in/arch/alpha.log | "$P" -q --year 2024 -f json --redact >stdin.json 2>/dev/null
check "redacting standard input (two passes)" bash -c '[ -s stdin.json ] && ! grep -qFw 10.1.2.7 stdin.json'

# ---- 5. one analysis, usage ------------------------------------------------------------
mkdir -p rot
printf 'Nov 21 10:00:00 alpha pluto[1]: "r0": added IKEv2 connection\n' >rot/auth.log
printf 'Nov 20 10:00:00 alpha pluto[1]: "r1": added IKEv2 connection\n' >rot/auth.log.1
printf 'Nov 19 10:00:00 alpha pluto[1]: "r2": added IKEv2 connection\n' | gzip >rot/auth.log.2.gz
order=$("$P" -q --year 2024 -f events rot/auth.log rot/auth.log.1 rot/auth.log.2.gz | python3 -c "
import json, sys; print(' '.join(json.loads(l)['conn'] for l in sys.stdin))")
check "rotated logs are read oldest first (got: $order)" [ "$order" = "r2 r1 r0" ]
"$P" -q -f json,markdown in/arch/alpha.log >/dev/null 2>&1
check "several formats without -o DIR: exit 2" [ $? -eq 2 ]
"$P" -q -f json -o two.json in/arch/alpha.log in/arch/bravo.log 2>/dev/null
check "-o FILE.json with two logs stays one analysis" python3 -c "
import json; assert len(json.load(open('two.json'))['sources']) == 2"
gzip -c in/arch/alpha.log | "$P" -q -f json >gz.json 2>/dev/null
check "compressed standard input" python3 -c "
import json; assert json.load(open('gz.json'))['stats']['lines'] == 11"

# ---- 6. plain files read without libarchive, archives that look like text ------
# A plain log is read with read(2); text that an archive format or filter of
# libarchive would take (an ar archive: ASCII headers only) still goes there.
python3 - <<'PYEOF'
def member(name, data):
    h = ('%-16s%-12s%-6s%-6s%-8s%-10s' % (name + '/', '0', '0', '0', '100644', len(data))).encode() + b'`\n'
    return h + data + (b'\n' if len(data) % 2 else b'')
a = open('in/arch/alpha.log', 'rb').read(); b = open('in/arch/bravo.log', 'rb').read()
open('text.a', 'wb').write(b'!<arch>\n' + member('one.log', a) + member('two.log', b))
PYEOF
"$P" -q --year 2024 -o arout -f json text.a 2>/dev/null
check "an ar archive (all text) is still read as an archive of two logs" python3 -c "
import json; s = json.load(open('arout/index.json'))['sources']
assert [x['name'] for x in s] == ['text.a:one.log', 'text.a:two.log'], [x['name'] for x in s]
assert all(x['pluto'] > 0 for x in s), s"
{ echo 'begin 644 not-uuencoded'; cat in/arch/alpha.log; } >begin.log
"$P" -q --year 2024 -f json begin.log >begin.direct.json 2>/dev/null
"$P" -q --year 2024 -o beginout -f json begin.log in/arch/bravo.log 2>/dev/null
check "a log starting with 'begin': batch output equals the direct run" cmp -s begin.direct.json beginout/begin.log.json

# ---- 4. members bigger than the read-ahead cap: streamed --------------------------------
# PLUTOLOG_BATCH_READAHEAD=1000 (bytes; the default is 4 MB) makes every
# member above 1000 bytes, and standard input, go to its worker through a
# socket pair while it is decompressed, as a big log in an archive does:
# outputs, messages and exit status must be those of the read-ahead run,
# with -j 1 too (the one worker is the only reader: no deadlock).
mkdir -p bigm
for i in $(seq 1 300); do cat in/arch/alpha.log; done >bigm/big.log
cp in/arch/bravo.log bigm/small.log
touch -d '2024-12-01' bigm/*
tar -C bigm -czf bigm.tar.gz big.log small.log
tar -C bigm -cf - small.log big.log | xz >bigm.tar.xz
python3 -c "
import zipfile
with zipfile.ZipFile('bigm.zip', 'w', zipfile.ZIP_DEFLATED) as z:
    z.write('bigm/big.log', 'big.log'); z.write('bigm/small.log', 'small.log')"
head -c $(($(stat -c %s bigm.tar.gz) / 2)) bigm.tar.gz >truncm.tar.gz
set -- bigm.tar.gz bigm.tar.xz bigm.zip truncm.tar.gz withbin.zip corrupt.tar logs.tar.gz trunc.log.gz in/arch/bravo.log
"$P" -q --year 2024 -o sref -f json,markdown "$@" 2>sref.err
rref=$?
for jn in 1 2; do
  PLUTOLOG_BATCH_READAHEAD=1000 timeout 120 "$P" -q --year 2024 -j $jn -o s$jn -f json,markdown "$@" 2>s$jn.err
  rc=$?
  check "streamed members -j $jn: exit status $rref (got $rc)" [ $rc -eq $rref ]
  check "streamed members -j $jn: same files" diff -r sref s$jn
  check "streamed members -j $jn: same messages" cmp -s sref.err s$jn.err
done
check "streamed member: the big log is analysed" python3 -c "
import json; d = json.load(open('s1/bigm.tar.gz/big.log.json')); assert d['stats']['lines'] == 3300, d['stats']"
check "streamed member, truncated: message names archive and member" \
  grep -q '^plutolog: truncm.tar.gz:big.log: .*read up to line [1-9]' s1.err
check "streamed member, truncated: what was read is analysed" python3 -c "
import json; d = json.load(open('s1/truncm.tar.gz/big.log.json')); assert d['stats']['lines'] > 100, d['stats']"
# standard input (an archive, a compressed log) is streamed the same way
"$P" -q --year 2024 -o iref/ -f json - <bigm.tar.gz 2>/dev/null
PLUTOLOG_BATCH_READAHEAD=1000 timeout 120 "$P" -q --year 2024 -j 1 -o is/ -f json - <bigm.tar.gz 2>/dev/null
check "streamed standard input (tar.gz): same files" diff -r iref is
check "streamed standard input (tar.gz): its members are analysed" [ -s "is/(stdin)/big.log.json" -a -s "is/(stdin)/small.log.json" ]
gzip -c bigm/big.log >bigm.log.gz
"$P" -q --year 2024 -o gref/ -f json - <bigm.log.gz 2>/dev/null
PLUTOLOG_BATCH_READAHEAD=1000 timeout 120 "$P" -q --year 2024 -j 1 -o gs/ -f json - <bigm.log.gz 2>/dev/null
check "streamed standard input (.gz): same files" diff -r gref gs
check "streamed standard input (.gz): the log is analysed" python3 -c "
import json, glob; f = [x for x in glob.glob('gs/*.json') if not x.endswith('index.json')]
d = json.load(open(f[0])); assert d['stats']['lines'] == 3300, d['stats']"

# ---- 7. -c, --since/--until, --peer and --lang in batch mode (issue 19) -----------------
# Each log is filtered as it would be alone; a -c name that no log has is
# an error naming the connections the logs have; the index is translated.
conns_of() { python3 -c "
import json, sys; d = json.load(open(sys.argv[1] + '/index.json'))
print(' '.join(sorted(set(c['name'] for s in d['sources'] for c in s['connections'] if c['name']))))" "$1"; }
"$P" -q --year 2024 -o fc -f json -c tunnel-a in/tree 2>stderr
rc=$?
got=$(conns_of fc)
check "batch -c tunnel-a: exit 0 (got $rc), only tunnel-a (got: $got)" [ $rc -eq 0 -a "$got" = "tunnel-a" ]
"$P" -q --year 2024 -o fc2 -f json -c nosuch in/tree 2>stderr
rc=$?
check "batch -c nosuch: exit 1 (got $rc)" [ $rc -eq 1 ]
check "batch -c nosuch: says so and lists the logs' names" grep -q 'no connection named "nosuch" in any of the 5 logs; their connections: .*"tunnel-a"' stderr
mkdir -p peers
printf '%s\n' 'Nov  7 12:00:00 gw pluto[100]: "beta" #2: responding to Main Mode from unknown peer 203.0.113.9:500' \
  'Nov  7 12:00:00 gw pluto[100]: "gamma" #3: responding to Main Mode from unknown peer 198.51.100.7:500' >peers/p1.log
printf '%s\n' 'Nov  7 12:00:00 gw pluto[100]: "delta" #2: responding to Main Mode from unknown peer 203.0.113.9:500' >peers/p2.log
"$P" -q --year 2024 -o fp -f json --peer 203.0.113.9 peers 2>/dev/null
got=$(conns_of fp)
check "batch --peer 203.0.113.9: only its connections, in both logs (got: $got)" [ "$got" = "beta delta" ]
# the lines that name the peer in other shapes count too (a Quick Mode
# "them:" end, "sent IKE_SA_INIT request to", "notification ... to")
printf '%s\n' 'Nov  7 12:00:00 gw pluto[100]: "qm" #2:     us: 192.0.2.23  them: 203.0.113.9[@west]===198.51.100.0/24' \
  'Nov  7 12:00:00 gw pluto[100]: "v2" #1: sent IKE_SA_INIT request to 203.0.113.9:500' >peers/p3.log
printf '%s\n' 'Nov  7 12:00:00 gw pluto[100]: "nt" #5: sending encrypted notification NO_PROPOSAL_CHOSEN to 203.0.113.9:500' \
  'Nov  7 12:00:00 gw pluto[100]: "far" #6: sent IKE_SA_INIT request to 192.0.2.200:500' >peers/p4.log
"$P" -q --year 2024 -o fp2 -f json --peer 203.0.113.9 peers 2>/dev/null
got=$(conns_of fp2)
check "batch --peer 203.0.113.9 counts them:, sent ... request to, notification to (got: $got)" [ "$got" = "beta delta nt qm v2" ]
"$P" -q --year 2024 -o fs -f json --since 2024-11-21 --until '2024-11-21 23:59' in/tree/alpha 2>/dev/null
check "batch --since/--until: the older rotated log keeps no connection" python3 -c "
import json; d = {s['name']: [c['name'] for c in s['connections']] for s in json.load(open('fs/index.json'))['sources']}
assert d['in/tree/alpha/auth.log.1.gz'] == [] and d['in/tree/alpha/auth.log'] == ['tunnel-a'], d"
"$P" -q --year 2024 -o fbad -f json --since yesterday in/tree 2>stderr
rc=$?
check "batch --since yesterday: usage error, exit 2 (got $rc), no output" [ $rc -eq 2 -a ! -e fbad/index.json ]
"$P" -q --year 2024 --lang zh_TW -o fz -f markdown in/tree trunc.log.gz 2>/dev/null
check "batch --lang zh_TW: index.md in Chinese" grep -q '批次報告' fz/index.md
check "batch --lang zh_TW: columns, verdicts and problems in Chinese" \
  bash -c "grep -q '| 來源 | 連線 | 對方 | 結果 | 關卡 | 報告 |' fz/index.md && grep -q '已建立' fz/index.md && grep -q '^## 問題' fz/index.md"
check "batch --lang zh_TW: no English left in index.md" bash -c "! grep -Eq 'log sources|\| Source|Problems|established|read-error' fz/index.md"

echo "$pass passed, $fail failed"
[ $fail -eq 0 ]

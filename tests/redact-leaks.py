#!/usr/bin/env python3
"""redact-leaks.py ORIGINAL REDACTED: every identifier of the original log
that --redact must replace, by class (one named pattern each), must be
absent from the redacted output.  Prints the leaks per class; exit 1 if any."""
import ipaddress, re, sys

orig = open(sys.argv[1], encoding="utf-8", errors="replace").read()
red = open(sys.argv[2], encoding="utf-8", errors="replace").read()

KEPT_V4 = ("0.0.0.0", "255.255.255.255")
def v4_kept(a):
    ip = ipaddress.IPv4Address(a)
    return a in KEPT_V4 or ip.is_loopback or a.startswith("255.")

PATTERNS = {
    # addresses, also glued to word characters ("vpn_172.20.33.44")
    "ipv4": re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d]|\.\d)"),
    # IPv6 with at least 3 groups (interface identifiers included)
    "ipv6": re.compile(r"(?<![\w:])((?:[0-9a-fA-F]{1,4}:){2,7}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4})(?![\w:])"),
    # user@fqdn and user@host
    "user-at-host": re.compile(r"(?<![\w.@])([A-Za-z0-9._%+-]+@[A-Za-z][\w-]*(?:\.[\w-]+)*)"),
    # DN values: CN=..., cn=..., serialNumber=...
    "dn-value": re.compile(r"(?i)(?<![\w])((?:CN|O|OU|serialNumber|E|emailAddress)=[^,/'\"\]}]+)"),
    # names under real top-level domains
    "fqdn": re.compile(r"(?<![\w.@-])((?:[A-Za-z0-9-]+\.)+(?:com|net|org|edu|gov|ch|de|tw|io|uk|us|cn|jp|nl|fr|local|lan|corp|internal))(?![\w-])"),
}

def originals(name, m):
    v = m.group(1).strip()
    if name == "ipv4":
        parts = v.split(".")
        if any(int(x) > 255 for x in parts) or v4_kept(v):
            return None
    if name == "ipv6":
        try:
            ip = ipaddress.IPv6Address(v)
        except ValueError:
            return None
        if ip.is_loopback or ip.is_unspecified or int(ip) < 2**32:
            return None
    if name == "dn-value" and (len(v.split("=", 1)[1]) < 3 or v.split("=", 1)[1].lower() in ("%any", "%fromcert")):
        return None
    return v

leaks = {}
for name, rx in PATTERNS.items():
    seen = set()
    for m in rx.finditer(orig):
        v = originals(name, m)
        if v is None or v in seen:
            continue
        seen.add(v)
        if re.search(r"(?<![\w.:@-])" + re.escape(v) + r"(?![\w:-]|\.\w)", red):
            leaks.setdefault(name, []).append(v)
for name, vs in sorted(leaks.items()):
    print("LEAK %-13s %d: %s" % (name, len(vs), ", ".join(vs[:8])))
sys.exit(1 if leaks else 0)

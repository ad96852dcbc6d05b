#!/usr/bin/env python3
"""extract.py — the messages pluto can log, read from Libreswan's source.

    tools/catalogue/extract.py --git-dir MIRROR [--tags TAGFILE] [-o OUT]

MIRROR is a Libreswan git directory (a clone or a bare mirror); TAGFILE has
one line per version, "NAME COMMIT-ISH" (NAME is the corpus folder name, the
commit-ish anything `git show` accepts), oldest first.  For every version the
C files of programs/pluto are read with `git cat-file`, every call of a
logging function (the set changed with the versions: openswan_log, plog,
loglog, libreswan_log, log_state, log_message, llog, llog_sa, LLOG_JAMBUF
blocks, fatal, PEXPECT, ...) is found with a small C scanner, its format
argument is rebuilt from string literals and PRI_* macros, and each printf
conversion becomes a typed hole %{type}.  Debug calls (DBG_log, dbg, ldbg)
are not read: pluto prints them as "| " lines, which plutolog counts but
does not parse.

The output (tab-separated, one row per distinct message) is the raw
catalogue: key, versions, calls, sources, template.  tools/catalogue/build.py
joins it with the hand-written classification (kinds.tsv) into
data/catalogue.tsv.  No network: everything comes from the git directory.
"""

import argparse
import re
import subprocess
import sys

# ---- which calls log, and how their format is wrapped ---------------------

# name -> (prefix, suffix) that the logging routine adds around the format.
# The object prefix ("conn" #N:) is not part of the template: the test puts
# one in front as pluto would.
CALLS = {
    # 2.x, 3.x
    "openswan_log": ("", ""),
    "plog": ("", ""),
    "loglog": ("", ""),
    "whack_log": ("", ""),
    "libreswan_log": ("", ""),
    "libreswan_log_rc": ("", ""),
    "whack_log_comment": ("", ""),
    "rate_log": ("", ""),
    "log_errno": ("ERROR: ", ". Errno %{int}: %{str}"),
    "LOG_ERRNO": ("ERROR: ", ". Errno %{int}: %{str}"),
    "libreswan_log_errno": ("ERROR: ", ". Errno %{int}: %{str}"),
    "log_errno_routine": ("ERROR: ", ". Errno %{int}: %{str}"),
    "exit_log": ("FATAL ERROR: ", ""),
    "exit_log_errno": ("FATAL ERROR: ", ". Errno %{int}: %{str}"),
    "libreswan_exit_log_errno": ("FATAL ERROR: ", ". Errno %{int}: %{str}"),
    "passert_fail": ("ABORT: ASSERTION FAILED: ", ""),
    "pexpect_fail": ("EXPECTATION FAILED: ", ""),
    "log_pexpect": ("EXPECTATION FAILED: ", ""),
    # 4.x, 5.x
    "log_state": ("", ""),
    "log_message": ("", ""),
    "log_global": ("", ""),
    "plog_global": ("", ""),
    "log_pending": ("", ""),
    "log_md": ("", ""),
    "log_connection": ("", ""),
    "llog": ("", ""),
    "llog_sa": ("", ""),
    "llog_rc": ("", ""),
    "llog_md": ("", ""),
    "limited_llog_md": ("", ""),
    "llog_sadb": ("", ""),
    "llog_diag": ("", ""),
    "llog_errno": ("ERROR: ", ": Errno %{int}: %{str}"),
    "fatal": ("FATAL ERROR: ", ""),
    "fatal_errno": ("FATAL ERROR: ", ": Errno %{int}: %{str}"),
    "llog_pexpect": ("EXPECTATION FAILED: ", ""),
    "llog_pexpect_v2_msgid_where": ("EXPECTATION FAILED: ", ""),
    "llog_passert": ("ABORT: ASSERTION FAILED: ", ""),
    # wrappers of the above, found by their PRINTF_LIKE declarations
    "openswan_loglog": ("", ""),
    "libreswan_loglog": ("", ""),
    "openswan_log_errno_routine": ("ERROR: ", ". Errno %{int}: %{str}"),
    "libreswan_log_errno_routine": ("ERROR: ", ". Errno %{int}: %{str}"),
    "libreswan_log_errno": ("ERROR: ", ". Errno %{int}: %{str}"),
    "openswan_exit_log": ("FATAL ERROR: ", ""),
    "openswan_exit_log_errno_routine": ("FATAL ERROR: ", ". Errno %{int}: %{str}"),
    "libreswan_exit_log_errno_routine": ("FATAL ERROR: ", ". Errno %{int}: %{str}"),
    "libreswan_exit": ("FATAL ERROR: ", ""),
    "libreswan_pexpect_log": ("EXPECTATION FAILED: ", ""),
    "lsw_passert_fail": ("ABORT: ASSERTION FAILED: ", ""),
    "log_passert": ("ABORT: ASSERTION FAILED: ", ""),
    "log_diag": ("", ""),
    "log_error": ("ERROR: ", ": Errno %{int}: %{str}"),
    "log_nss_error": ("NSS: ", ": %{str}"),
    "llog_nss_error_code": ("NSS: ", ": %{str}"),
    "passert_nss_error": ("ABORT: ASSERTION FAILED: NSS: ", ": %{str}"),
    "pexpect_nss_error": ("EXPECTATION FAILED: NSS: ", ": %{str}"),
    "llog_iketcp": ("", ""),
    "limited_llog": ("", ""),
    "limited_llog_md": ("", ""),
    "fatal_diag": ("FATAL ERROR: ", ""),
    "fatal_opt": ("FATAL ERROR: ", ""),
    "plog_connection": ("", ""),
}

# whack_log() and its relatives write to the whack socket only (the command
# that asked), never to pluto's log; build.py classifies rows found only in
# them as `ignore`
WHACK_ONLY = {"whack_log", "whack_log_comment", "whack_print"}

# status output (whack --status and friends) goes to the whack socket only
STATUS_CALLS = {"show_comment", "whack_comment", "show", "show_rc", "show_raw", "whack_print"}

# block macros whose body jams one message piece by piece
BLOCKS = {"LLOG_JAMBUF", "LOG_JAMBUF", "LSWLOG", "LSWLOG_RC", "LSWLOG_LOG",
          "LSWLOG_WHACK", "LSWLOG_ERROR", "LSWLOG_ERRNO", "LSWLOG_LOG_WHACK",
          "LLOG_JAMBUF_SA", "LSWLOG_PEXPECT", "LLOG_PEXPECT_JAMBUF",
          "LOG_MESSAGE"}
BLOCK_PREFIX = {"LSWLOG_PEXPECT": "EXPECTATION FAILED: ",
                "LLOG_PEXPECT_JAMBUF": "EXPECTATION FAILED: ",
                "LSWLOG_ERROR": "ERROR: "}
# appends inside a block: literal-bearing ones and the rest (typed holes)
JAM_FMT = {"jam": 1, "lswlogf": 1, "jam_string": 1, "lswlogs": 1}

# assertion macros: the text is the failed C expression
ASSERTS = {"PEXPECT": "EXPECTATION FAILED: %{expr}",
           "PASSERT": "ABORT: ASSERTION FAILED: %{expr}",
           "pexpect": "EXPECTATION FAILED: %{expr}",
           "passert": "ABORT: ASSERTION FAILED: %{expr}"}

# ---- PRI_* macros that stand for one typed value ----------------------------

PRI_TYPED = {
    "PRI_SO": "%{serial}",
    "PRI_CONNECTION": "%{conn}",
    "PRI_STATE": "%{conn} %{serial}",
    "PRI_SHUNK": "%{str}",
    "PRI_MSGID": "%{int}",
    "PRI_IPSEC_SPI": "%{hex}",
    "PRI_NPORT": "%{hex}",
    "PRI_LSET": "%{hex}",
    "PRI_REQID": "%{int}",
    "PRI_HPORT": "%{int}",
    "PRI_ERRNO": "Errno %{int}: %{str}",
    "PRI_WHERE": "(%{str}() +%{int} %{str})",
    "PRI_ADDRESS": "%{addr}",
    "PRI_ENDPOINT": "%{endpoint}",
    "PRI_IP_ENDPOINT": "%{endpoint}",
    "PRI_SUBNET": "%{subnet}",
    "PRI_SELECTOR": "%{selector}",
    "PRI_IP_SELECTOR": "%{selector}",
    "PRI_CIDR": "%{subnet}",
    "PRI_IP_CIDR": "%{subnet}",
    "PRI_RANGE": "%{range}",
    "PRI_FD": "%{str}",
    "PRI_LOGGER": "%{str}",
    "PRI_DELTATIME": "%{dec}",
    "PRI_CPU_USAGE": "spent %{dec} (%{dec}) milliseconds",
    "PRI_KEYVAL_SAL": "%{str}:%{int}",
}

# "%" PRIu32 style: the macro is the conversion letter
def inttypes(name):
    m = re.fullmatch(r"PRI([diouxX])(?:8|16|32|64|MAX|PTR|LEAST\d+|FAST\d+|LSET)?", name)
    if m:
        return m.group(1)
    if name in ("PRIxLSET",):
        return "x"
    return None


# ---- C scanning -------------------------------------------------------------

TOKEN = re.compile(r"""
    (?P<ws>\s+)
  | (?P<comment>/\*.*?\*/|//[^\n]*)
  | (?P<str>L?"(?:[^"\\\n]|\\.)*")
  | (?P<chr>'(?:[^'\\\n]|\\.)*')
  | (?P<pp>\#[^\n]*(?:\\\n[^\n]*)*)
  | (?P<id>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<num>\d[\w.]*)
  | (?P<op>->|\+\+|--|<<=|>>=|<<|>>|<=|>=|==|!=|&&|\|\||[-+*/%=&|^!~<>?:;,.(){}\[\]])
  | (?P<other>.)
""", re.S | re.X)


def tokenize(text):
    """(kind, value, line) without blanks and comments; preprocessor lines
    are kept as one 'pp' token (a #define inside a function is skipped)."""
    out = []
    line = 1
    for m in TOKEN.finditer(text):
        k = m.lastgroup
        v = m.group(k)
        if k not in ("ws", "comment"):
            out.append((k, v, line))
        line += v.count("\n")
    return out


def unescape(lit):
    body = lit[1:-1] if lit.startswith('"') else lit[2:-1]
    out = []
    i = 0
    while i < len(body):
        c = body[i]
        if c == "\\" and i + 1 < len(body):
            n = body[i + 1]
            i += 2
            if n == "n":
                out.append("\n")
            elif n == "t":
                out.append("\t")
            elif n in "x":
                m = re.match(r"[0-9a-fA-F]+", body[i:])
                if m:
                    out.append(chr(int(m.group(0), 16)))
                    i += len(m.group(0))
            elif n in "01234567":
                m = re.match(r"[0-7]{0,2}", body[i:])
                out.append(chr(int(n + m.group(0), 8)))
                i += len(m.group(0))
            else:
                out.append(n)
        else:
            out.append(c)
            i += 1
    return "".join(out)


def split_args(toks, i):
    """toks[i] is '('; returns (list of argument token lists, index after ')')."""
    depth = 0
    args = [[]]
    j = i
    while j < len(toks):
        k, v, _ = toks[j]
        if v in "([{" and k == "op":
            depth += 1
            if depth > 1:
                args[-1].append(toks[j])
        elif v in ")]}" and k == "op":
            depth -= 1
            if depth == 0:
                return args, j + 1
            args[-1].append(toks[j])
        elif v == "," and k == "op" and depth == 1:
            args.append([])
        else:
            args[-1].append(toks[j])
        j += 1
    return args, j


# ---- formats ------------------------------------------------------------------

def format_pieces(arg, defines):
    """The format string of an argument made of literals and macros, as a list
    of pieces: ('lit', text) or ('typed', '%{type}'); None when the argument
    is not a format (no literal in it)."""
    pieces = []
    has_lit = False
    for k, v, _ in arg:
        if k == "str":
            pieces.append(("lit", unescape(v)))
            has_lit = True
        elif k == "id":
            letter = inttypes(v)
            if letter:
                pieces.append(("lit", letter))
            elif v in PRI_TYPED:
                pieces.append(("typed", PRI_TYPED[v]))
            elif v in defines:
                sub = format_pieces(tokenize(defines[v]), defines)
                if sub is None:
                    return None
                pieces.extend(sub)
            elif v.startswith("PRI"):
                pieces.append(("typed", "%{str}"))
            else:
                return None
        elif k == "op" and v in "()":
            continue
        else:
            return None
    return pieces if has_lit else None


CONV = re.compile(r"%(?P<flags>[-+ #0']*)(?P<width>\*|\d+)?(?:\.(?P<prec>\*|\d+))?"
                  r"(?P<len>hh|h|ll|l|j|z|t|L|q)?(?P<conv>[diouxXeEfgGcspn%])")


def arg_text(arg):
    return " ".join(v for _, v, _ in arg)


ADDR_HINT = re.compile(r"ipstr|str_address|str_endpoint|sensitive_ipstr|addrtot|"
                       r"str_ip|ip_str|str_sensitive_address|jam_address|"
                       r"\bendpoint\b|remote_endpoint|local_endpoint|addr_buf|"
                       r"\bsender\b|str_sensitive_endpoint|ipstr_buf", re.I)
SUBNET_HINT = re.compile(r"subnet|selector|str_range|rangetot|client", re.I)
ID_HINT = re.compile(r"str_id|idtoa|\bid_buf|id_str|\bidb\b|dntoa|jam_id|"
                     r"remote_id|peer_id|\bidbuf", re.I)
CONN_HINT = re.compile(r"->name\b|fmt_conn_instance|conn_name|connection_name|"
                       r"\bc->name|cname|pri_connection|str_connection", re.I)
STATE_HINT = re.compile(r"state_name|st_state|finite_state|->name\b.*state|"
                        r"story|enum_name.*state_names", re.I)
ENUM_HINT = re.compile(r"enum_name|enum_show|str_enum|enum_short|_names\b|"
                       r"ike_alg|encrypt_name|integ_name|prf_name|dh_name|"
                       r"fullname|->common\.", re.I)
SERIAL_HINT = re.compile(r"serialno|st_clonedfrom|->sa\.st_serialno|so_serial", re.I)


S_SPEC = re.match(r"%(?P<flags>)(?P<width>)(?P<prec>)(?P<len>)(?P<conv>s)", "%s")

# jam_*() helpers whose output is one kind of value with known wordings:
# each becomes the hole %{NAME}, filled from data/catalogue-values.tsv
JAM_TYPED = {"jam_orientation", "jam_v2_exchanges", "jam_deltatime"}

TERNARY = re.compile(r'\?\s*"((?:[^"\\]|\\.)*)"\s*:\s*"((?:[^"\\]|\\.)*)"')


def hole_for(spec, arg):
    """The typed hole of one conversion, from its letter and its argument."""
    conv = spec.group("conv")
    text = arg_text(arg) if arg else ""
    # cond ? "initiator" : "responder" — one of the words, not a value
    m = TERNARY.search(text)
    if conv == "s" and m and text.count("?") == 1:
        return (m.group(1) or m.group(2)).replace("%", "%%")
    if conv in "di":
        return "%{serial}" if SERIAL_HINT.search(text) and False else "%{int}"
    if conv in "ou":
        return "%{int}"
    if conv in "xX":
        return "%{hex}"
    if conv in "eEfgG":
        return "%{dec}"
    if conv == "c":
        return "%{char}"
    if conv == "p":
        return "%{hex}"
    if conv == "s":
        if re.search(r"exchange|isa_xchg|ix_names|exchg", text, re.I):
            return "%{exchange}"
        if re.search(r"notif|v2N|\bntype|notify", text, re.I):
            return "%{notify}"
        if re.search(r"\bst_state\s*->\s*story\b|\bstate\s*->\s*story\b", text):
            return "%{story}"
        if re.search(r"sa_role|\brole\b|str_role", text, re.I):
            return "%{role}"
        if ID_HINT.search(text):
            return "%{id}"
        if SUBNET_HINT.search(text) and not ADDR_HINT.search(text):
            return "%{subnet}"
        if ADDR_HINT.search(text):
            return "%{addr}"
        if STATE_HINT.search(text):
            return "%{state}"
        if CONN_HINT.search(text):
            return "%{name}"
        if ENUM_HINT.search(text):
            return "%{enum}"
        return "%{str}"
    return "%{str}"


def render(pieces, args):
    """Pieces and the arguments that follow the format -> template text."""
    out = []
    ai = 0
    for kind, val in pieces:
        if kind == "typed":
            out.append(val)
            # the macro eats as many arguments as its holes
            ai += val.count("%{")
            continue
        pos = 0
        for m in CONV.finditer(val):
            out.append(val[pos:m.start()].replace("%", "%%"))
            pos = m.end()
            if m.group("conv") == "%":
                out.append("%%")
                continue
            if m.group("width") == "*":
                ai += 1
            if m.group("prec") == "*":
                ai += 1
            out.append(hole_for(m, args[ai] if ai < len(args) else None))
            ai += 1
        out.append(val[pos:].replace("%", "%%"))
    return "".join(out)


# ---- one file -------------------------------------------------------------------

FUNC_DEF = re.compile(r"^(?:static\s+|extern\s+|inline\s+)*[A-Za-z_][\w\s\*]*?\b([A-Za-z_]\w*)\s*\(", re.M)


def enclosing_functions(text):
    """[(line, name)] of top-level function starts (a line at column 0)."""
    out = []
    for m in FUNC_DEF.finditer(text):
        line = text.count("\n", 0, m.start()) + 1
        out.append((line, m.group(1)))
    return out


def func_at(funcs, line):
    name = ""
    for l, n in funcs:
        if l > line:
            break
        name = n
    return name


def block_template(toks, j, defines):
    """toks[j] is the '{' of a jambuf block; concatenates what it jams."""
    depth = 0
    out = []
    k = j
    while k < len(toks):
        kind, v, _ = toks[k]
        if kind == "op" and v == "{":
            depth += 1
        elif kind == "op" and v == "}":
            depth -= 1
            if depth == 0:
                break
        elif kind == "id" and k + 1 < len(toks) and toks[k + 1][1] == "(":
            args, nxt = split_args(toks, k + 1)
            if v in JAM_FMT and len(args) > JAM_FMT[v]:
                pieces = format_pieces(args[JAM_FMT[v]], defines)
                if pieces is not None:
                    out.append(render(pieces, args[JAM_FMT[v] + 1:]))
                else:
                    # jam_string(buf, expr): typed by the expression, as a %s is
                    out.append(hole_for(S_SPEC, args[JAM_FMT[v]]))
                k = nxt
                continue
            if v.startswith("jam_") or v.startswith("lswlog_") or v.startswith("jam"):
                if v in ("jam_logger_prefix", "jam_logger_rc_prefix", "jam_string_prefix"):
                    pass
                elif "connection" in v:
                    out.append("%{conn}")
                elif v in ("jam_so",):
                    out.append("%{serial}")
                elif "address" in v or "endpoint" in v or v in ("lswlog_ip",):
                    out.append("%{addr}")
                elif "selector" in v or "subnet" in v:
                    out.append("%{subnet}")
                elif "_id" in v:
                    out.append("%{id}")
                elif v in JAM_TYPED:
                    # a helper that writes one kind of value: a hole named
                    # after it (data/catalogue-values.tsv has its values)
                    out.append("%%{%s}" % v)
                else:
                    out.append("%{str}")
                k = nxt
                continue
        k += 1
    text = "".join(out)
    # holes that follow each other are one value
    text = re.sub(r"(%\{str\})(%\{(?:str|int|enum)\})+", r"\1", text)
    return text, k


def extract_file(path, text, defines, rows):
    toks = tokenize(text)
    funcs = enclosing_functions(text)
    n = len(toks)
    i = 0
    while i < n:
        kind, v, line = toks[i]
        if kind != "id" or i + 1 >= n or toks[i + 1][1] != "(":
            i += 1
            continue
        # skip declarations/definitions of the routines themselves
        prev = toks[i - 1][1] if i else ""
        if prev in ("void", "define", "*") or (i and toks[i - 1][0] == "id" and toks[i - 1][1] in ("bool", "int", "err_t")):
            i += 1
            continue
        fn = func_at(funcs, line)
        status = fn.startswith("show_") or "status" in fn or v in STATUS_CALLS
        if v in CALLS or v in STATUS_CALLS:
            args, nxt = split_args(toks, i + 1)
            for ai, a in enumerate(args):
                pieces = format_pieces(a, defines)
                if pieces is not None:
                    pre, suf = CALLS.get(v, ("", ""))
                    tmpl = pre + render(pieces, args[ai + 1:]) + suf
                    rows.append((tmpl, v, "%s:%d" % (path, line), fn, status))
                    break
            i = i + 2
            continue
        if v in BLOCKS:
            args, nxt = split_args(toks, i + 1)
            if nxt < n and toks[nxt][1] == "{":
                tmpl, end = block_template(toks, nxt, defines)
                if tmpl:
                    rows.append((BLOCK_PREFIX.get(v, "") + tmpl, v, "%s:%d" % (path, line), fn, status))
            i = i + 2
            continue
        if v in ASSERTS:
            rows.append((ASSERTS[v], v, "%s:%d" % (path, line), fn, False))
            i += 2
            continue
        i += 1


# ---- git ---------------------------------------------------------------------

class Git:
    def __init__(self, gitdir):
        self.gitdir = gitdir
        self.proc = subprocess.Popen(["git", "--git-dir", gitdir, "cat-file", "--batch"],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE)

    def run(self, *args):
        return subprocess.run(["git", "--git-dir", self.gitdir] + list(args),
                              check=True, capture_output=True, text=True).stdout

    def files(self, rev, *paths):
        out = self.run("ls-tree", "-r", "--name-only", rev, "--", *paths)
        return [p for p in out.splitlines() if p]

    def cat(self, rev, path):
        self.proc.stdin.write(("%s:%s\n" % (rev, path)).encode())
        self.proc.stdin.flush()
        header = self.proc.stdout.readline().decode().split()
        if len(header) < 3 or header[1] == "missing":
            return ""
        size = int(header[2])
        data = self.proc.stdout.read(size)
        self.proc.stdout.read(1)
        return data.decode("utf-8", "replace")


DEFINE = re.compile(r"^\s*#\s*define\s+([A-Z_][A-Z0-9_]*)\s+((?:\"|PRI)[^\n]*)$", re.M)


def version_rows(git, rev):
    headers = [p for p in git.files(rev, "include", "programs/pluto", "lib/libswan")
               if p.endswith(".h")]
    defines = {}
    for h in headers:
        for m in DEFINE.finditer(git.cat(rev, h)):
            name, body = m.group(1), m.group(2).strip()
            if name in PRI_TYPED:
                continue
            defines.setdefault(name, body.split("//")[0])
    rows = []
    # lib/libswan: what pluto logs through the library (secrets, algorithm
    # and proposal parsing, NSS, ...); its own logging routines are skipped
    for p in git.files(rev, "programs/pluto", "lib/libswan"):
        if not p.endswith(".c"):
            continue
        # test programs and helpers that are not the daemon
        if "/test" in p or p.endswith("_test.c") or p.startswith("lib/libswan/") and LIB_SKIP.search(p):
            continue
        extract_file(p, git.cat(rev, p), defines, rows)
    return rows


# library files that define the logging routines themselves or belong to
# other programs (whack, addconn's config reader, the test helpers)
LIB_SKIP = re.compile(r"/(log|lswlog|log_\w+|jambuf|lswlog\w*|diag|passert|pexpect|fatal|"
                      r"global_logger|whack\w*|optarg\w*|\w*_check|\w*test\w*|resolve_default_route_bsd|verbose)\.c$|"
                      r"/(ipsecconf|whack)/")


def tidy(tmpl):
    """Holes whose surroundings say more than their conversion."""
    tmpl = tmpl.replace('"%{str}"%{str}', "%{conn}").replace('"%{name}"%{str}', "%{conn}")
    tmpl = tmpl.replace('"%{str}"', '"%{name}"')
    tmpl = re.sub(r"#%\{int\}", "%{serial}", tmpl)
    return tmpl


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--git-dir", required=True)
    ap.add_argument("--tags", required=True, help="file: NAME COMMIT-ISH per line, oldest first")
    ap.add_argument("-o", "--output", default="-")
    o = ap.parse_args()
    git = Git(o.git_dir)
    versions = []
    for line in open(o.tags):
        line = line.split("#")[0].split()
        if line:
            versions.append((line[0], line[1] if len(line) > 1 else line[0]))
    table = {}  # template -> {versions, calls, sources, status}
    for vi, (name, rev) in enumerate(versions):
        rows = version_rows(git, rev)
        print("extract: %s (%s): %d calls" % (name, rev, len(rows)), file=sys.stderr)
        for tmpl, call, src, fn, status in rows:
            tmpl = tidy(tmpl.rstrip("\n"))
            e = table.setdefault(tmpl, {"v": set(), "calls": set(), "src": src,
                                        "fn": fn, "status": True})
            e["v"].add(vi)
            e["calls"].add(call)
            e["status"] = e["status"] and status
    out = sys.stdout if o.output == "-" else open(o.output, "w")
    out.write("# raw pluto message catalogue: versions\tcalls\tfunction\tsource\tstatus\ttemplate\n")
    out.write("# versions: %s\n" % " ".join(n for n, _ in versions))
    for tmpl in sorted(table):
        e = table[tmpl]
        mask = "".join("x" if i in e["v"] else "." for i in range(len(versions)))
        esc = tmpl.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
        out.write("%s\t%s\t%s\t%s\t%s\t%s\n" % (mask, ",".join(sorted(e["calls"])), e["fn"],
                                                 e["src"], "status" if e["status"] else "log", esc))
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""gen-table.py: the fallback recogniser's table (grammar/catalogue-table.inc)
from data/catalogue.tsv.

    python3 tools/catalogue/gen-table.py data/catalogue.tsv > grammar/catalogue-table.inc

The output is committed (the build does not need python3);
tests/test-catalogue-table.sh checks it is what this script writes.

Which rows: the `any` rows (a message pluto logs that no kind of its own
describes).  Rows naming a kind stay with the bison grammar (their events
carry fields the passes need, which a template cannot fill); `ignore` rows
are never in pluto's log.  A template is written once (the row of its
newest version gives the source).

Encoding of a template: literal bytes as they are ('%%' undone, '\\t' a tab,
'\\n' a blank, as tests/test-catalogue.c instantiates them), a hole as the
byte 0x01 followed by its class:
    i int   x hex   d dec   c char   # serial   C conn
    t a token (no blank): name addr endpoint subnet selector range state
      exchange notify role enum
    s free text, maybe empty (str)   f free text, not empty (id, expr, named)
Adjacent holes become one `s`.  Trailing blanks are dropped (the matcher
trims the text's); a template that then ends in ':' gets a trailing `s` (the
value the extractor could not see: an errno string, a helper's words).

A template is left out (never matches) when it has too few literal bytes to
tell it from other text: fewer than MIN_LIT, or MIN_LIT_FREE with a free
hole, or MIN_LIT_LEAD when it starts with a free hole; or when it has no
anchor: four literal bytes starting where a word starts (the template's
start or after a literal blank).  The runtime looks up the line's word
starts by those four bytes; among the anchors of a template the one fewest
templates share is chosen.
"""
import re
import sys

MIN_LIT = 4
MIN_LIT_FREE = 10
MIN_LIT_LEAD = 14

CLASS = {
    'int': 'i', 'hex': 'x', 'dec': 'd', 'char': 'c', 'serial': '#', 'conn': 'C',
    'name': 't', 'addr': 't', 'endpoint': 't', 'subnet': 't', 'selector': 't', 'range': 't',
    'state': 't', 'exchange': 't', 'notify': 't', 'role': 't', 'enum': 't',
    'str': 's',
}
FREE = 'sf'


def parse(tmpl):
    """template -> list of pieces: ('L', bytes) or ('H', class)"""
    pieces = []
    lit = bytearray()
    i = 0
    b = tmpl.encode('utf-8', 'surrogateescape')
    while i < len(b):
        c = b[i:i + 1]
        if b[i:i + 2] == b'%%':
            lit += b'%'
            i += 2
        elif b[i:i + 2] == b'%{':
            end = b.find(b'}', i)
            if end < 0:
                lit += b[i:]
                break
            name = b[i + 2:end].decode()
            if lit:
                pieces.append(('L', bytes(lit)))
                lit = bytearray()
            cls = CLASS.get(name, 'f')
            if pieces and pieces[-1][0] == 'H':
                pieces[-1] = ('H', 's')
            else:
                pieces.append(('H', cls))
            i = end + 1
        elif c == b'\\' and i + 1 < len(b):
            n = b[i + 1:i + 2]
            lit += b'\t' if n == b't' else b' ' if n == b'n' else n
            i += 2
        else:
            lit += c
            i += 1
    if lit:
        pieces.append(('L', bytes(lit)))
    # trailing blanks: the text a line ends with has none (the matcher trims
    # them); "failed: " ends where the extractor lost a value (an errno
    # string, a jam_*() helper's words): free text, maybe empty, follows
    if pieces and pieces[-1][0] == 'L' and pieces[-1][1].endswith((b' ', b'\t')):
        v = pieces[-1][1].rstrip(b' \t')
        pieces[-1] = ('L', v)
        if not v:
            pieces.pop()
        elif v.endswith(b':'):
            pieces.append(('H', 's'))
    return pieces


def anchors(pieces):
    """(offset-independent) 4-byte keys starting at a word start in a literal"""
    keys = []
    prev_blank = True  # the template's start is a word start
    for kind, v in pieces:
        if kind == 'H':
            prev_blank = False
            continue
        for j in range(len(v)):
            at_start = prev_blank if j == 0 else v[j - 1:j] == b' '
            if at_start and j + 4 <= len(v) and v[j:j + 1] != b' ':
                keys.append(v[j:j + 4])
        prev_blank = v.endswith(b' ')
    return keys


def cstr(b):
    out = []
    for ch in b:
        if ch == 0x22:
            out.append('\\"')
        elif ch == 0x5c:
            out.append('\\\\')
        elif ch == 0x3f:
            out.append('?')
        elif 0x20 <= ch < 0x7f:
            out.append(chr(ch))
        else:
            out.append('\\%03o' % ch)
    s = ''.join(out)
    return s.replace('??', '?""?')  # no trigraphs


def main():
    src = sys.argv[1]
    tags_file = sys.argv[2] if len(sys.argv) > 2 else 'data/catalogue-tags.txt'
    tags = [l.split()[0] for l in open(tags_file) if l.strip() and not l.startswith('#')]
    order = {t: i for i, t in enumerate(tags)}

    def newest(versions):
        last = -1
        for part in versions.split(','):
            last = max(last, order.get(part.split('..')[-1], -1))
        return last

    best = {}
    for line in open(src, encoding='utf-8', errors='surrogateescape'):
        if line.startswith('#') or not line.strip('\n'):
            continue
        c = line.rstrip('\n').split('\t')
        if len(c) != 7 or c[1] != 'any':
            continue
        versions, source, tmpl = c[0], c[5], c[6]
        where = source.split(' ')[0]
        n = newest(versions)
        if tmpl not in best or n > best[tmpl][0]:
            best[tmpl] = (n, where, versions)

    entries = []
    dropped = {'short': 0, 'anchor': 0}
    for tmpl in sorted(best):
        pieces = parse(tmpl)
        lit = sum(len(v) for k, v in pieces if k == 'L')
        free = any(k == 'H' and v in FREE for k, v in pieces)
        lead = bool(pieces) and pieces[0][0] == 'H' and pieces[0][1] in FREE
        if lit < MIN_LIT or (free and lit < MIN_LIT_FREE) or (lead and lit < MIN_LIT_LEAD):
            dropped['short'] += 1
            continue
        keys = anchors(pieces)
        if not keys:
            dropped['anchor'] += 1
            continue
        enc = b''.join(v if k == 'L' else b'\x01' + v.encode() for k, v in pieces)
        entries.append((tmpl, enc, lit, keys, best[tmpl][1], best[tmpl][2]))

    share = {}
    for e in entries:
        for k in set(e[3]):
            share[k] = share.get(k, 0) + 1
    index = []
    for i, e in enumerate(entries):
        k = min(e[3], key=lambda k: share[k])  # the first of the rarest
        index.append((k, i))
    index.sort()

    w = sys.stdout.write
    w('/* grammar/catalogue-table.inc: generated by tools/catalogue/gen-table.py from\n')
    w(' * data/catalogue.tsv; do not edit (tests/test-catalogue-table.sh checks it).\n')
    w(' * %d templates; %d left out for too few literal bytes, %d for no anchor. */\n'
      % (len(entries), dropped['short'], dropped['anchor']))
    w('static const pl_cat_tmpl cat_tmpls[] = {\n')
    for tmpl, enc, lit, keys, where, versions in entries:
        w('    {"%s", %d, %d, "%s"},\n' % (cstr(enc), len(enc), lit, cstr(where.encode())))
    w('};\n')
    w('static const pl_cat_anchor cat_anchors[] = {\n')
    for k, i in index:
        w('    {0x%08xu, %d},\n' % (int.from_bytes(k, 'big'), i))
    w('};\n')


if __name__ == '__main__':
    main()

#!/usr/bin/env bash
#
# test-i18n.sh — Traditional Chinese everywhere (issue 19):
#
#   po/zh_TW.po: Chinese sentences use full-width punctuation (，；：。), never
#     a half-width , ; : . next to a Chinese character;
#   text: "結果：失敗" (a full-width colon after the label);
#   DOT and Mermaid under --lang zh_TW: notes, titles and legends in Chinese,
#     and DOT names a CJK font (fonts-wqy-zenhei);
#   the PNG: `dot -Tpng` draws the characters, not boxes (two labels of
#     different characters must not render to the same image, as missing
#     glyphs do).
#
# Ends with one line "N passed, N failed".

set -u -o pipefail
cd "$(dirname "$0")/.." || exit 1
PLUTOLOG=${PLUTOLOG:-./plutolog}
export LC_ALL=${LC_ALL:-C.UTF-8}
export NO_COLOR=1

passed=0
failed=0
pass() { passed=$((passed + 1)); echo "  ok: $*"; }
fail() { failed=$((failed + 1)); echo "FAIL: $*"; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
demo=(corpus/demo/west.log corpus/demo/east.log)

# ---- the catalogue's punctuation ------------------------------------------------
bad=$(python3 - po/zh_TW.po <<'PY'
import re, sys
def cjk(c):
    o = ord(c)
    return 0x3400 <= o <= 0x9fff or 0xf900 <= o <= 0xfaff
text = open(sys.argv[1], encoding='utf-8').read()
bad = []
for m in re.finditer(r'^msgstr "(.*)"((?:\n".*")*)', text, re.M):
    s = m.group(1) + ''.join(re.findall(r'\n"(.*)"', m.group(2)))
    for i, ch in enumerate(s):
        if ch not in ',;:.':
            continue
        prev = s[i - 1] if i else ''
        nxt = s[i + 1] if i + 1 < len(s) else ''
        if ch == '.' and not (prev and cjk(prev) and (not nxt or nxt in ' "')):
            continue
        if (prev and cjk(prev)) or (nxt and cjk(nxt)):
            bad.append(s)
            break
print('\n'.join(bad[:10]))
PY
)
if [ -z "$bad" ]; then pass "po/zh_TW.po: full-width punctuation in Chinese sentences"; else fail "po/zh_TW.po: half-width punctuation next to Chinese: $bad"; fi

# ---- text -----------------------------------------------------------------------
"$PLUTOLOG" -q --lang zh_TW "${demo[@]}" >"$tmp/out"
if grep -q '結果：失敗' "$tmp/out" && grep -q '協商次數：7' "$tmp/out"; then pass "text: 結果：失敗"; else fail "text: no 結果：失敗 in $(grep -m2 結果 "$tmp/out")"; fi

# ---- diagrams -------------------------------------------------------------------
"$PLUTOLOG" -q --lang zh_TW -f dot "${demo[@]}" >"$tmp/zh.dot"
"$PLUTOLOG" -q --lang zh_TW -f mermaid "${demo[@]}" >"$tmp/zh.mmd"
for want in '已刪除' '結果：' '實線箭頭' '兩邊的 log' '沒有可接受的 Oakley'; do
  if grep -q "$want" "$tmp/zh.dot"; then pass "dot zh_TW: $want"; else fail "dot zh_TW: no '$want'"; fi
done
for want in '已刪除' '結果：' '兩邊的 log' '對方提出，本機拒絕'; do
  if grep -q "$want" "$tmp/zh.mmd"; then pass "mermaid zh_TW: $want"; else fail "mermaid zh_TW: no '$want'"; fi
done
for eng in 'deleted in' 'verdict:' 'solid arrow' 'both logs'; do
  if ! grep -q "$eng" "$tmp/zh.dot" "$tmp/zh.mmd"; then pass "zh_TW diagrams: no English '$eng'"; else fail "zh_TW diagrams: English '$eng' left"; fi
done
# the legend of two logs: each side's summary and change in Chinese too
for eng in 'We refused every' "Add one of the peer" "The peer's log" 'On the peer ('; do
  if ! grep -qF "$eng" "$tmp/zh.dot" "$tmp/zh.mmd"; then pass "zh_TW two-log legend: no English '$eng'"; else fail "zh_TW two-log legend: English '$eng' left"; fi
done
for want in '對方提出的第一階段 (IKE) 加密方式全部被本機拒絕' '對方的 log (east.log) 顯示它拒絕了我方的第一階段'; do
  if grep -qF "$want" "$tmp/zh.mmd"; then pass "mermaid zh_TW legend: $want"; else fail "mermaid zh_TW legend: no '$want'"; fi
done
if grep -q 'fontname="WenQuanYi Zen Hei"' "$tmp/zh.dot"; then pass "dot zh_TW: a CJK font"; else fail "dot zh_TW: no CJK fontname"; fi
"$PLUTOLOG" -q -f dot "${demo[@]}" >"$tmp/en.dot"
if grep -q 'fontname="Helvetica"' "$tmp/en.dot"; then pass "dot en: Helvetica as before"; else fail "dot en: fontname changed"; fi

# ---- the rendered PNG -------------------------------------------------------------
if ! command -v dot >/dev/null 2>&1; then
  fail "graphviz is not installed (make deps installs it)"
elif ! fc-list 2>/dev/null | grep -q 'WenQuanYi Zen Hei'; then
  fail "the CJK font is not installed: apt-get install fonts-wqy-zenhei (make deps)"
else
  if dot -Tpng "$tmp/zh.dot" -o "$tmp/zh.png" 2>"$tmp/err" && [ -s "$tmp/zh.png" ]; then
    pass "dot -Tpng of the zh_TW diagram"
  else
    fail "dot -Tpng: $(head -3 "$tmp/err")"
  fi
  # Missing glyphs are all the same box: two different labels would render alike.
  for w in 結果 關卡; do
    printf 'digraph g { node [fontname="WenQuanYi Zen Hei", shape=plaintext]; a [label="%s"]; }\n' "$w" |
      dot -Tpng -o "$tmp/$w.png"
  done
  if ! cmp -s "$tmp/結果.png" "$tmp/關卡.png"; then pass "PNG: CJK characters drawn, not boxes"; else fail "PNG: 結果 and 關卡 render alike (boxes)"; fi
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]

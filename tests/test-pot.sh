#!/usr/bin/env bash
# tests/test-pot.sh — po/plutolog.pot is what xgettext finds today: every
# source file with a _() or N_() string is in po/POTFILES, and the template
# lists exactly the msgids of those files (test-diagnose's catalogue test
# then checks that zh_TW translates each one).  A stale template hid nine
# untranslated messages once.
set -u
cd "$(dirname "$0")/.." || exit 1
pass=0; fail=0
command -v xgettext >/dev/null || { echo "FAIL: xgettext is not installed (Debian package gettext)"; echo "0 passed, 1 failed"; exit 1; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
grep -lE '\bN?_\("' src/*/*.c output-formats/*.c grammar/*.c include/*.def 2>/dev/null | sort >"$tmp/files"
if diff -u po/POTFILES "$tmp/files" >"$tmp/d1"; then pass=$((pass + 1))
else fail=$((fail + 1)); echo "FAIL: po/POTFILES is not the list of files with translatable strings:"; cat "$tmp/d1"; fi
xgettext --keyword=_ --keyword=N_ --from-code=UTF-8 --no-location --package-name=plutolog \
  --msgid-bugs-address=none -L C -o "$tmp/new.pot" $(cat "$tmp/files")
ids() { msgcat --no-wrap --sort-output "$1" | grep '^msgid ' | sort -u; }
if diff -u <(ids po/plutolog.pot) <(ids "$tmp/new.pot") >"$tmp/d2"; then pass=$((pass + 1))
else
  fail=$((fail + 1)); echo "FAIL: po/plutolog.pot is stale; regenerate it:"
  echo "  xgettext --keyword=_ --keyword=N_ --from-code=UTF-8 --no-location --package-name=plutolog --msgid-bugs-address=none -L C -o po/plutolog.pot \$(cat po/POTFILES)"
  head -20 "$tmp/d2"
fi
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]

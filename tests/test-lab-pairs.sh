#!/usr/bin/env bash
#
# test-lab-pairs.sh — make check's run of tests/lab/pairs-check.sh: both
# real logs of every lab scenario (corpus/lab/) in one run; both sides must
# report the same stage, none may ask for the log it has, and a side that
# takes the other's stage cites the other log.  Ends "N passed, N failed".
cd "$(dirname "$0")/.." || exit 1
exec bash tests/lab/pairs-check.sh "$@"

#!/usr/bin/env bash
# The golden tests are now the case folders of tests/cases (one runner:
# tests/run-cases.sh, which GOLDEN_UPDATE=1 also drives).  Kept so that
# "GOLDEN_UPDATE=1 bash tests/golden.sh" still works.
exec bash "$(dirname "$0")/run-cases.sh" "$@"

#!/usr/bin/env bash
# Crash harness, long mode: scripts/crash-harness.sh [KILLS] [extra options of scripts/harness/crash.py]
# SIGKILLs random dvk write commands (default 1,000 kills) on a demo data directory and checks,
# after each kill and after the next open, that every file parses, `dvk check` is clean, every
# acknowledged save is there, no link dangles and no temporary or intent file is left.
# DVK_BIN=path/to/dvk uses that binary instead of building the debug one.
set -euo pipefail
cd "$(dirname "$0")/.."
kills="${1:-1000}"
shift || true
if [[ -z "${DVK_BIN:-}" ]]; then
  swift build --product dvk >&2
  DVK_BIN="$(swift build --show-bin-path)/dvk"
fi
export LANG=C.UTF-8
exec python3 scripts/harness/crash.py --dvk "$DVK_BIN" --defaults data --kills "$kills" "$@"

#!/usr/bin/env bash
# Concurrency harness, long mode (as root): scripts/concurrency-harness.sh [PROCESSES] [EDITS]
# PROCESSES workers (default 4) under two OS users (dvk-h1, dvk-h2, created when missing) each do
# EDITS (default 200) read-modify-write edits on a shared record and their own, with batch moves
# racing; then: no lost update, every refusal exit 3 (4 for a move), `dvk check` clean.
# DVK_BIN=path/to/dvk uses that binary instead of building the debug one.
set -euo pipefail
cd "$(dirname "$0")/.."
processes="${1:-4}"
edits="${2:-200}"
shift 2 || shift $# || true
if [[ -z "${DVK_BIN:-}" ]]; then
  swift build --product dvk >&2
  DVK_BIN="$(swift build --show-bin-path)/dvk"
fi
export LANG=C.UTF-8
exec python3 scripts/harness/concurrency.py --dvk "$DVK_BIN" --defaults data --processes "$processes" --edits "$edits" "$@"

#!/usr/bin/env bash
# Sync kill harness, long mode: scripts/sync-kill-harness.sh [KILLS]
# Runs SyncKillTests with KILLS (default 100) SIGKILLs of `dvk sync` at random instants between
# a commune and its district; after each, the next sync must complete with nothing lost and
# `dvk check` clean (the short mode in `swift test` kills 15 times).
set -euo pipefail
cd "$(dirname "$0")/.."
export DVK_SYNC_KILLS="${1:-100}"
export LANG=C.UTF-8
swift build --build-tests >&2
exec swift test --skip-build --filter SyncKillTests

#!/usr/bin/env bash
# Builds dvk and starts it on the demo data set (created on first use in its own folder, so a
# real data directory is never touched). Extra arguments go to dvk: scripts/demo.sh list --year 2024
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product dvk >&2
demo="${DVK_DEMO_DATA:-${XDG_DATA_HOME:-$HOME/.local/share}/dvk-demo}"
if [ ! -f "$demo/dvk.json" ]; then
  .build/release/dvk --data "$demo" init --demo --allow-env-user >&2
fi
exec .build/release/dvk --data "$demo" "$@"

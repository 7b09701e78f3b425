#!/usr/bin/env bash
# Builds dvk and starts it on the demo data set (created on first use in its own folder, so a
# real data directory is never touched). Extra arguments go to dvk: scripts/demo.sh list --year 2024
set -euo pipefail
cd "$(dirname "$0")/.."
# The same build, whether run in a terminal or in a pipe, and the same flags as
# scripts/package-deb.sh: a flag that differs between two runs rebuilds everything.
build=(-c release --static-swift-stdlib --product dvk)
swift build "${build[@]}" </dev/null 2>&1 | cat >&2
dvk="$(swift build "${build[@]}" --show-bin-path)/dvk"
demo="${DVK_DEMO_DATA:-${XDG_DATA_HOME:-$HOME/.local/share}/dvk-demo}"
if [ ! -f "$demo/dvk.json" ]; then
  "$dvk" --data "$demo" init --demo --allow-env-user >&2
fi
exec "$dvk" --data "$demo" "$@"

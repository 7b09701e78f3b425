#!/usr/bin/env bash
# Builds dvk and dvk-bench in release and prints the performance figures (performance.md) as a
# Markdown table. Arguments go to dvk-bench: record counts (default 1000 10000 100000), --tmp DIR,
# --keep. Example: scripts/bench.sh 1000 10000
set -euo pipefail
cd "$(dirname "$0")/.."
# --static-swift-stdlib as scripts/demo.sh and scripts/package-deb.sh: the flag reaches every
# compile, so release builds made with and without it rebuild each other; it is also what the
# Debian package runs.
swift build -c release --static-swift-stdlib
echo "compiler: $(swift --version 2>&1 | head -n 1)" >&2
exec .build/release/dvk-bench --repo "$(pwd)" --dvk .build/release/dvk "$@"

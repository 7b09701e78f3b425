#!/usr/bin/env bash
# Builds dvk and dvk-bench in release and prints the performance figures (performance.md) as a
# Markdown table, with dvk beside the tools a user would pick instead (VisiData's first rows of
# the same list, `jq -s . models/*.json`) in the same run on the same data; a peer that is not
# installed is named in the notes. Arguments go to dvk-bench: record counts (default 1000 10000
# 100000: the whole table from one command), --tmp DIR, --keep, or --data DIR to measure an
# existing data directory (interface and whole-process rows only). Example: scripts/bench.sh 1000
set -euo pipefail
cd "$(dirname "$0")/.."
# --static-swift-stdlib as scripts/demo.sh and scripts/package-deb.sh: the flag reaches every
# compile, so release builds made with and without it rebuild each other; it is also what the
# Debian package runs.
swift build -c release --static-swift-stdlib
echo "compiler: $(swift --version 2>&1 | head -n 1)" >&2
exec .build/release/dvk-bench --repo "$(pwd)" --dvk .build/release/dvk "$@"

#!/usr/bin/env bash
# Builds the libFuzzer binary (Tests/Fuzz: DVKCore and DVKStorage compiled with swiftc
# -sanitize=fuzzer,address, apart from SwiftPM) and runs each target — json, record, config,
# journal — for SECONDS_PER_TARGET seconds (default 60) over its seed corpus
# Tests/Fuzz/corpus/<target>/. Prints executions per target and the crashes found; exits 1 if any
# target crashed (the crashing input is under .build-fuzz/crashes/<target>/: fix the cause, then
# keep the input in Tests/Fuzz/regressions/<target>/, where FuzzReplayTests replays it).
# Usage: scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET ...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(json record config journal)
out=.build-fuzz
mkdir -p "$out/modules"

flags=(-O -g -swift-version 6 -parse-as-library -sanitize=fuzzer,address)
# Libraries are compiled with the same instrumentation, so libFuzzer sees their coverage.
build_module() {
    local name=$1 folder=$2
    shift 2
    find "$folder" -name '*.swift' -print0 | sort -z | xargs -0 swiftc "${flags[@]}" "$@" \
        -module-name "$name" -emit-module -emit-module-path "$out/modules/$name.swiftmodule" \
        -emit-library -static -o "$out/modules/lib$name.a" -I "$out/modules"
}
echo "building the fuzz targets in $out …" >&2
build_module DVKCore Sources/DVKCore
build_module DVKStorage Sources/DVKStorage
# The linker warns about every sanitizer symbol: keep its output unless it fails.
if ! swiftc "${flags[@]}" -module-name DVKFuzz -I "$out/modules" -L "$out/modules" -lDVKStorage -lDVKCore \
    Tests/Fuzz/Readers/*.swift Tests/Fuzz/Entry.swift -o "$out/dvk-fuzz" 2>"$out/link.log"; then
    cat "$out/link.log" >&2
    exit 1
fi

status=0
for target in "${targets[@]}"; do
    work="$out/runs/$target"
    crashes="$out/crashes/$target"
    mkdir -p "$work" "$crashes"
    log="$out/$target.log"
    set +e
    DVK_FUZZ_TARGET=$target "$out/dvk-fuzz" -max_total_time="$seconds" -rss_limit_mb=2048 -max_len=65536 -timeout=10 \
        -dict=Tests/Fuzz/json.dict -artifact_prefix="$crashes/" -print_final_stats=1 \
        "$work" "Tests/Fuzz/corpus/$target" >"$log" 2>&1
    code=$?
    set -e
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    if [ "$code" -ne 0 ]; then
        status=1
        artifact=$(sed -n 's/.*Test unit written to //p' "$log" | tail -n 1)
        echo "$target: CRASH after ${runs:-?} executions: ${artifact:-see $log}"
        grep -m 1 -E "ERROR: (libFuzzer|AddressSanitizer)|Fatal error" "$log" || true
    else
        echo "$target: ${runs:-?} executions in ${seconds}s, no crash"
    fi
done
exit "$status"

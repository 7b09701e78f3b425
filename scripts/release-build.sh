# Sourced by the benchmark scripts: sets DVK_BIN to the release dvk, built with the flags of
# scripts/bench.sh, scripts/demo.sh and scripts/package-deb.sh (one release build serves them
# all), unless DVK_BIN already names a binary.
if [[ -z "${DVK_BIN:-}" ]]; then
  swift build -c release --static-swift-stdlib --product dvk >&2
  DVK_BIN="$(swift build -c release --static-swift-stdlib --show-bin-path)/dvk"
fi

#!/usr/bin/env bash
# Import benchmark: prints figures (never timed assertions) as a Markdown table.
# scripts/import-bench.sh [ROWS…] (default 10000 100000; add xlsx: e.g. `10000 10000x` for an
# XLSX of 10,000 rows — 10,000 as XLSX is always measured unless ROWS are given)
# For each register it makes a fresh data directory with `dvk init`, writes the register
# (scripts/harness/make_register.py: values of the shipped lists, spellings varied) and times, on
# a release build: `dvk import --dry-run` (checking only), the real import (one commit), then over
# the imported data `dvk list --json > /dev/null` (decodes every record) and `dvk list > /dev/null`
# twice (the first run builds the list index `.index/models.idx`, the second reads it), with the
# peak RSS of each (GNU time).
# DVK_BIN=path/to/dvk uses that binary instead of building the release one; KEEP=1 keeps the
# scratch folder.
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$(pwd)"
source scripts/release-build.sh
sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(10000 10000x 100000)
work="$(mktemp -d "${TMPDIR:-/tmp}/dvk-import-bench.XXXXXX")"
[[ -n "${KEEP:-}" ]] || trap 'rm -rf "$work"' EXIT
export LANG=C.UTF-8 HOME="$work" DVK_DEFAULTS="$repo/data"
unset DVK_USER
timer=()
[[ -x /usr/bin/time ]] && timer=(/usr/bin/time -f "%e %M" -o "$work/time")

# measure NAME COMMAND…: runs it, prints "seconds | peak RSS MiB" into the row being built.
measure() {
  local start end code=0
  start=$(date +%s.%N)
  "${timer[@]}" "$@" > "$work/out" 2> "$work/err" || code=$?
  end=$(date +%s.%N)
  if [[ $code -ne 0 ]]; then
    echo "failed ($code): $*" >&2
    head -c 2000 "$work/out" "$work/err" >&2
    exit 1
  fi
  local seconds rss="—"
  seconds=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }')
  if [[ ${#timer[@]} -gt 0 ]]; then rss=$(awk '{ printf "%.0f", $2 / 1024 }' "$work/time"); fi
  row+=" | $seconds s / $rss MiB"
}

echo "compiler: $(swift --version 2>&1 | head -n 1); cores: $(nproc)" >&2
echo "| register | rows | import --dry-run | import | list --json | list (builds the index) | list |"
echo "|---|---|---|---|---|---|---|"
for size in "${sizes[@]}"; do
  rows="${size%x}" format=csv
  [[ "$size" == *x ]] && format=xlsx
  file="$work/register-$rows.$format"
  python3 scripts/harness/make_register.py --defaults data --rows "$rows" --out "$file"
  data="$work/data-$rows-$format"
  "$DVK_BIN" --data "$data" init --config data/demo/config > /dev/null
  row="| $format, $(du -h "$file" | cut -f1) | $rows"
  measure "$DVK_BIN" --data "$data" import "$file" --dry-run
  measure "$DVK_BIN" --data "$data" import "$file"
  measure "$DVK_BIN" --data "$data" list --json
  count=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))))' "$work/out")
  [[ "$count" == "$rows" ]] || { echo "list shows $count models, not $rows" >&2; exit 1; }
  measure "$DVK_BIN" --data "$data" list
  measure "$DVK_BIN" --data "$data" list
  echo "$row |"
  rm -rf "$data" "$file"
done
echo "(seconds of wall time / peak RSS; $(nproc) cores)"

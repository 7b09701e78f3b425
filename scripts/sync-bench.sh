#!/usr/bin/env bash
# Sync benchmark: prints figures (never timed assertions) as Markdown tables.
# scripts/sync-bench.sh [SIZES…] (default 10000 100000; 0 skips to the year)
# For each size it imports a register of that many models (scripts/harness/make_register.py)
# into an office's data directory, runs `dvk sync setup` with a bare repository as the remote and
# times, on a release build: the first sync (commits and pushes every record), a sync with
# nothing to do, and a sync after 100 records were changed (`dvk edit`).
# Then a year of daily syncs: an office of YEAR_RECORDS models (default 7,000, a province)
# syncs YEAR_DAYS times (default 365), each day after YEAR_CHANGES changes (default 20: two
# registrations and edits), and the sizes of its repository and of the remote are printed after
# 30, 90, 180 days and at the end (YEAR_DAYS=90 gives a short variant, YEAR_DAYS=0 none).
# DVK_BIN=path/to/dvk uses that binary instead of building the release one; KEEP=1 keeps the
# scratch folder.
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$(pwd)"
source scripts/release-build.sh
sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(10000 100000)
days="${YEAR_DAYS:-365}" year_records="${YEAR_RECORDS:-7000}" year_changes="${YEAR_CHANGES:-20}"
work="$(mktemp -d "${TMPDIR:-/tmp}/dvk-sync-bench.XXXXXX")"
[[ -n "${KEEP:-}" ]] || trap 'rm -rf "$work"' EXIT
export LANG=C.UTF-8 HOME="$work" DVK_DEFAULTS="$repo/data"
unset DVK_USER

# seconds COMMAND…: runs it quietly and prints its wall time in seconds.
seconds() {
  local start end
  start=$(date +%s.%N)
  "$@" > "$work/out" 2> "$work/err" || { echo "failed: $*" >&2; head -c 2000 "$work/out" "$work/err" >&2; exit 1; }
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }'
}

# office NAME ROWS: a data directory with ROWS imported models, set up for sync with a new remote.
office() {
  local data="$work/$1" hub="$work/$1-hub.git"
  git init --quiet --bare --initial-branch=main "$hub"
  git -C "$hub" config gc.auto 200   # as docs/sync.md asks of a shared remote
  "$DVK_BIN" --data "$data" init --config data/demo/config > /dev/null
  if [[ "$2" -gt 0 ]]; then
    python3 scripts/harness/make_register.py --defaults data --rows "$2" --out "$work/$1.csv"
    "$DVK_BIN" --data "$data" import "$work/$1.csv" > /dev/null
  fi
  "$DVK_BIN" --data "$data" sync setup --office XA01 --remote "$hub" > /dev/null
}

# edit DATA COUNT STAMP: changes the address of COUNT models spread over the register.
edit() {
  local ids step
  mapfile -t ids < <(ls "$1/models" | sed 's/\.json$//')
  step=$(( ${#ids[@]} / $2 )); [[ $step -ge 1 ]] || step=1
  for ((i = 0; i < $2; i++)); do
    "$DVK_BIN" --data "$1" edit "${ids[$(( (i * step + RANDOM) % ${#ids[@]} ))]}" --set "address=Thôn $3-$i" > /dev/null
  done
}

echo "compiler: $(swift --version 2>&1 | head -n 1); cores: $(nproc); git: $(git --version)" >&2
echo "| models | first sync | sync, nothing to do | sync, 100 changed | repository |"
echo "|---|---|---|---|---|"
for size in "${sizes[@]}"; do
  [[ "$size" -gt 0 ]] || continue
  office "o$size" "$size"
  first=$(seconds "$DVK_BIN" --data "$work/o$size" sync)
  idle=$(seconds "$DVK_BIN" --data "$work/o$size" sync)
  edit "$work/o$size" 100 "b"
  changed=$(seconds "$DVK_BIN" --data "$work/o$size" sync)
  echo "| $size | $first s | $idle s | $changed s | $(du -sh "$work/o$size/.git" | cut -f1) |"
  rm -rf "$work/o$size" "$work/o$size-hub.git" "$work/o$size.csv"
done

[[ "$days" -gt 0 ]] || exit 0
office year "$year_records"
"$DVK_BIN" --data "$work/year" sync > /dev/null
start=$(date +%s)
echo
echo "| a year of daily syncs: $year_records models, $year_changes changes a day | models | office repository (.git) | remote | data files | seconds so far |"
echo "|---|---|---|---|---|---|"
for ((day = 1; day <= days; day++)); do
  for n in 1 2; do
    "$DVK_BIN" --data "$work/year" add --name "Mô hình ngày $day số $n" --unit "Xã Kim Bình" --subject tập-thể --kind mô-hình \
      --field "Văn hóa - xã hội" --draft > /dev/null
  done
  edit "$work/year" $(( year_changes - 2 )) "d$day"
  "$DVK_BIN" --data "$work/year" sync > /dev/null
  if [[ $day -eq 30 || $day -eq 90 || $day -eq 180 || $day -eq $days ]]; then
    echo "| after $day days | $(ls "$work/year/models" | wc -l) | $(du -sh "$work/year/.git" | cut -f1) | $(du -sh "$work/year-hub.git" | cut -f1) | $(du -sh --exclude=.git "$work/year" | cut -f1) | $(( $(date +%s) - start )) |"
  fi
done
echo "(seconds of wall time; $(nproc) cores)"

# Shared by the tmux end-to-end scripts: a scratch folder, a private tmux server, and helpers
# to type keys, read the screen (NFC) and count checks. Source it after `cd` to the package.
# Needs: DVK (the binary). Sets: WORK, DATA, T, passed, failed.
set -uo pipefail
WORK="$(mktemp -d)"
DATA="$WORK/data"
SOCKET="dvk-e2e-$$-$RANDOM"
T=(tmux -L "$SOCKET" -f /dev/null)
passed=0; failed=0
trap '"${T[@]}" kill-server 2>/dev/null; rm -rf "$WORK"' EXIT
export DVK_DEFAULTS="$PWD/data" LANG=C.UTF-8
# The terminal dvk is told it runs in (E2E_TERM=screen-256color for the other family).
export E2E_TERM="${E2E_TERM:-xterm-256color}"

ok()   { passed=$((passed+1)); echo "ok - $1"; }
bad()  { failed=$((failed+1)); echo "FAILED - $1"; [ -n "${2:-}" ] && echo "$2" | sed 's/^/    /'; }
# Targets are written "session:" so tmux never reads a session name as a window of another session.
screen() { "${T[@]}" capture-pane -p -t "$1:" 2>/dev/null | python3 -c 'import sys,unicodedata;print(unicodedata.normalize("NFC",sys.stdin.read()))' 2>/dev/null; }
# wait_for SESSION TEXT [TRIES]: poll the screen until TEXT shows (NFC compare).
wait_for() {
  local tries=${3:-200}
  for _ in $(seq "$tries"); do
    screen "$1" | grep -qF -- "$2" && return 0
    sleep 0.05
  done
  return 1
}
check_screen() { if wait_for "$1" "$2"; then ok "$3"; else bad "$3" "$(screen "$1")"; fi; }
keys() { local s=$1; shift; "${T[@]}" send-keys -t "$s:" "$@"; sleep 0.03; }
text() { "${T[@]}" send-keys -t "$1:" -l "$2"; sleep 0.03; }
# finish: the summary line and the exit status.
finish() { echo "$passed passed, $failed failed"; [ "$failed" -eq 0 ]; }

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
# click SESSION ROW COLUMN: a left click (press and release, 1-based cells) written into the
# pane's terminal as the terminal would send it — tmux's send-keys drops mouse events — in the
# encoding E2E_TERM's terminfo asks for (xterm: SGR `ESC[<0;x;yM`; screen: X10 `ESC[M` and
# three bytes). Uses TIOCSTI on the pane's tty; fails (status 1) where the kernel refuses it.
click() {
  local tty; tty="$("${T[@]}" display -p -t "$1:" '#{pane_tty}')"
  python3 - "$tty" "$2" "$3" "$E2E_TERM" <<'PY' 2>/dev/null
import sys, fcntl, termios
fd = open(sys.argv[1], "wb", buffering=0)
row, column = int(sys.argv[2]), int(sys.argv[3])
if sys.argv[4].startswith("screen"):
    report = b"\x1b[M" + bytes([32, 32 + column, 32 + row]) + b"\x1b[M" + bytes([35, 32 + column, 32 + row])
else:
    report = ("\x1b[<0;%d;%dM\x1b[<0;%d;%dm" % (column, row, column, row)).encode()
for byte in report:
    fcntl.ioctl(fd, termios.TIOCSTI, bytes([byte]))
PY
  local status=$?; sleep 0.5; return $status
}
# finish: the summary line and the exit status.
finish() { echo "$passed passed, $failed failed"; [ "$failed" -eq 0 ]; }

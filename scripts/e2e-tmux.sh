#!/usr/bin/env bash
# End-to-end test of the interactive dvk in tmux: real keys (Vietnamese included) in, the
# screen and the stored records read back. Prints "N passed, N failed"; exits non-zero on failure.
# Usage: scripts/e2e-tmux.sh [path/to/dvk]
cd "$(dirname "$0")/.."
DVK="$(realpath "${1:-.build/debug/dvk}")"
source scripts/e2e-lib.sh

"$DVK" --data "$DATA" init --demo >/dev/null || { echo "0 passed, 1 failed"; exit 1; }
start() { "${T[@]}" new -d -s "$1" -x "${2:-110}" -y "${3:-32}" "env LANG=C.UTF-8 TERM='$E2E_TERM' DVK_DEFAULTS='$DVK_DEFAULTS' '$DVK' --data '$DATA'; echo rc=\$? > '$WORK/$1.rc'; sleep 30"; }

# 1. Start on the demo data: the dashboard, then Esc to the model list.
start a
check_screen a "Việc đang chờ bạn" "dvk opens on the dashboard"
keys a Escape
check_screen a "Danh sách mô hình" "Esc leads to the model list on the demo data"
check_screen a "365/365 mô hình" "all demo models are listed"

# 2. Add a model, typed in Vietnamese, with a resize in the middle of typing.
keys a a
check_screen a "Mô hình mới" "a opens the new-model form"
text a "Mô hình “Dân vận khéo” – Phường Nguyễn Nghiêm"
"${T[@]}" resize-window -t a: -x 60 -y 14; sleep 0.2
"${T[@]}" resize-window -t a: -x 40 -y 8; sleep 0.2
check_screen a "quá nhỏ" "a tiny window shows the too-small note"
"${T[@]}" resize-window -t a: -x 110 -y 32; sleep 0.2
check_screen a "Phường Nguyễn Nghiêm" "the typed name survives the resizes"
keys a Tab Tab Enter; text a "kim binh"; keys a Enter        # unit
keys a Tab Enter; text a "tap the"; keys a Enter             # subject
keys a Enter; text a "mo hinh"; keys a Enter                 # kind
keys a Tab Enter; text a "xay dung he thong"; keys a Enter   # field
keys a NPage; text a "Tổ dân phố 3, phường Nguyễn Nghiêm"
keys a NPage; text a "Đặng Thị Ngoã"; keys a Tab; text a "Bí thư chi bộ"
keys a C-s
check_screen a "Đã lưu " "Ctrl-S saves the new model"
ID="$(screen a | grep -o 'Đã lưu [0-9]*-[0-9]*' | head -1 | cut -d' ' -f3)"
keys a Escape
# 3. Search for it without diacritics and move it.
keys a /; text a "nguyen nghiem"
check_screen a "1/366 mô hình" "searching without diacritics finds it"
keys a Enter m
check_screen a "Đã đăng ký" "the move dialog offers submitting the registration"
keys a Enter; text a "Hồ sơ đủ"; keys a Enter
check_screen a "Đã chuyển 1 mô hình sang «Đã đăng ký»" "the move is saved"
# 4. Telex input mode: Ctrl-T then DDuwcs Phoor.
keys a / C-u C-t
check_screen a "Bộ gõ: Telex" "Ctrl-T switches to Telex"
text a "DDuwcs Phoor"
check_screen a "/ Đức Phổ" "Telex turns DDuwcs Phoor into Đức Phổ"
keys a Escape
keys a q
sleep 0.3
if [ "$(cat "$WORK/a.rc" 2>/dev/null)" = "rc=0" ]; then ok "q quits with exit code 0"; else bad "q quits with exit code 0" "$(cat "$WORK/a.rc" 2>/dev/null)"; fi

# 5. The stored record is exact (NFC) and the journal has the entries.
json="$("$DVK" --data "$DATA" show "$ID" --json)"
python3 - "$json" <<'PY' && ok "the stored record is exact and NFC" || bad "the stored record is exact and NFC" "$json"
import json, sys, unicodedata
r = json.loads(sys.argv[1])
name = "Mô hình “Dân vận khéo” – Phường Nguyễn Nghiêm"
assert r["name"] == name and unicodedata.is_normalized("NFC", r["name"]), r["name"]
assert r["unit"] == "xa-kim-binh" and r["subject"] == "collective" and r["field"] == "political_system", r
assert r["personInCharge"]["name"] == "Đặng Thị Ngoã" and r["personInCharge"]["position"] == "Bí thư chi bộ", r["personInCharge"]
assert r["state"] == "registered" and r["history"][-1]["note"] == "Hồ sơ đủ", r["history"]
PY
if grep -q "\"id\":\"$ID\"" "$DATA/journal.jsonl" && grep -q '"action":"move:submit"' "$DATA/journal.jsonl"; then ok "the journal has the create and the move"; else bad "the journal has the create and the move" "$(tail -3 "$DATA/journal.jsonl")"; fi

# 6. Two clerks: the second save of the same record is refused.
start b; start c
wait_for b "Việc đang chờ bạn"; wait_for c "Việc đang chờ bạn"; keys b Escape; keys c Escape
wait_for b "Danh sách mô hình"; wait_for c "Danh sách mô hình"
for s in b c; do keys $s /; text $s "$ID"; keys $s Enter Enter End; done
text b " (sửa b)"; keys b C-s
check_screen b "phiên bản 3" "the first clerk saves"
text c " (sửa c)"; keys c C-s
check_screen c "Người khác đã lưu trước" "the second clerk's save is refused"
"$DVK" --data "$DATA" show "$ID" --json | grep -q "(sửa b)" && ok "the first clerk's text is kept" || bad "the first clerk's text is kept"

# 7. Ctrl-C with unsaved edits asks; a confirmed Ctrl-C leaves a sane terminal and saved data.
keys c k C-c
check_screen c "Thoát dvk?" "Ctrl-C asks before losing edits"
keys c c; sleep 0.3
if [ "$(cat "$WORK/c.rc" 2>/dev/null)" = "rc=0" ]; then ok "confirmed Ctrl-C exits cleanly"; else bad "confirmed Ctrl-C exits cleanly" "$(cat "$WORK/c.rc" 2>/dev/null)"; fi
"$DVK" --data "$DATA" check >/dev/null && ok "the data directory is consistent afterwards" || bad "the data directory is consistent afterwards"


# 8. Import a CSV from the model list: the path, the checks and the report, the confirm (No by
# default, so "c" says yes), then the new model in the list and in the store.
printf '%s\n' "Năm;Đơn vị;Tên mô hình;Đối tượng;Loại;Hình thức;Lĩnh vực" \
  "2024;Xã Kim Bình;Tủ sách nhân ái Nghĩa Hành;TT;Mô hình;Mới;NTM" > "$WORK/so-e2e.csv"
start d
wait_for d "Việc đang chờ bạn"; keys d Escape
wait_for d "Danh sách mô hình"
keys d I
check_screen d "Nhập từ tệp (.xlsx, .csv)" "I asks for the file to import"
text d "$WORK/so-e2e.csv"; keys d Enter
check_screen d "1/1 dòng" "the import shows the rows checked and the report"
check_screen d "Ghi 1 bản ghi?" "a clean file asks before writing"
keys d c
check_screen d "Đã ghi 1 bản ghi mới" "confirming writes the record"
keys d /; text d "tu sach nhan ai"; keys d Enter
check_screen d "Tủ sách nhân ái" "the imported model is in the list"
# Read whole first: grep -q would close the pipe early and pipefail count dvk's SIGPIPE.
listed="$("$DVK" --data "$DATA" list --search "nghia hanh" --json)"
grep -qF "Tủ sách nhân ái Nghĩa Hành" <<<"$listed" && ok "the imported model is stored" || bad "the imported model is stored" "$listed"
keys d q

# 9. The settings screen (C on the dashboard): a signer's name typed, saved through the settings
# store (dvk settings show reads it back), and the change in the history.
start e
wait_for e "Việc đang chờ bạn"; keys e C
check_screen e "Tiêu đề văn bản" "C opens the settings with the letterheads"
for _ in $(seq 13); do keys e Tab; done
text e "Ma Thị Hằng"; keys e C-s
check_screen e "Đã lưu 1 thay đổi cài đặt" "Ctrl-S saves the settings change"
shown="$("$DVK" --data "$DATA" settings show)"
grep -qF "Ma Thị Hằng" <<<"$shown" && ok "the signer's name is in the stored letterhead" || bad "the signer's name is in the stored letterhead" "$shown"
keys e F4
check_screen e "«» → «Ma Thị Hằng»" "F4 shows the change in the settings history"
keys e Escape Escape Escape q

# 10. A mouse click on a row of the list selects it (the click written into the pane's terminal).
start f
wait_for f "Việc đang chờ bạn"; keys f Escape
wait_for f "Danh sách mô hình"
row7="$(screen f | sed -n 7p | awk '{print $1}')"
if click f 7 5; then
  keys f Enter
  check_screen f "dvk — $row7" "a click on the list's third row opens that model ($row7)"
else
  echo "skip - a mouse click: this kernel does not let TIOCSTI write into the pane's terminal"
fi
keys f Escape q

finish

#!/usr/bin/env bash
# End-to-end test of sync in tmux: a commune and its district share a bare repository; the
# district's clerk opens sync with S on the dashboard, syncs with s (the commune's model comes
# in), meets a conflict after both offices renamed the same model, sees the record marked in the
# list, takes the commune's name with t, and writes a sync file with w that the commune reads
# back with `dvk sync --from-file`. Every outcome is checked with `dvk show --json`.
# Prints "N passed, N failed"; exits non-zero on failure. Usage: scripts/e2e-sync.sh [dvk]
cd "$(dirname "$0")/.."
DVK="$(realpath "${1:-.build/debug/dvk}")"
source scripts/e2e-lib.sh

XA="$WORK/xa" HUYEN="$WORK/huyen" HUB="$WORK/hub.git"
git init --quiet --bare --initial-branch=main "$HUB" || { echo "0 passed, 1 failed"; exit 1; }
for dir in "$XA" "$HUYEN"; do
  "$DVK" --data "$dir" init --config data/demo/config --allow-env-user >/dev/null 2>&1
  "$DVK" --data "$dir" users add thuky --name "Trần Thị Thư" --role secretariat >/dev/null
done
"$DVK" --data "$XA" sync setup --office XA01 --remote "$HUB" >/dev/null && "$DVK" --data "$HUYEN" sync setup --office HUYEN --remote "$HUB" >/dev/null \
  && ok "both offices are set up for sync" || bad "both offices are set up for sync"
xa() { DVK_USER=thuky "$DVK" --data "$XA" "$@"; }
huyen() { DVK_USER=thuky "$DVK" --data "$HUYEN" "$@"; }
name() { "$DVK" --data "$1" show "$2" --json | python3 -c 'import json,sys;print(json.load(sys.stdin)["name"])'; }
ID=$(xa add --name "Thắp sáng đường quê" --unit "Xã Kim Bình" --subject "tập thể" --kind "mô hình" --field "kinh tế" --draft)
xa sync >/dev/null && ok "the commune registers $ID and syncs" || bad "the commune registers $ID and syncs"

start() {
  "${T[@]}" new -d -s "$1" -x 120 -y 40 "env LANG=C.UTF-8 TERM='$E2E_TERM' DVK_USER=thuky DVK_DEFAULTS='$DVK_DEFAULTS' '$DVK' --data '$HUYEN'; echo rc=\$? > '$WORK/$1.rc'; sleep 30"
}

# 1. S on the dashboard opens sync; s syncs with a progress bar and says what came in.
start h
check_screen h "Đồng bộ: chưa lần nào (S)" "the dashboard says the district never synced"
keys h S
check_screen h "Văn phòng HUYEN" "S opens the sync screen"
keys h s
check_screen h "Đã nhận về 1 hồ sơ" "s syncs and says a record came in"
screen h | grep -qF "$ID" && ok "the report names the commune's model" || bad "the report names the commune's model" "$(screen h)"
[ "$(name "$HUYEN" "$ID")" = "Thắp sáng đường quê" ] && ok "the model is in the district's records" || bad "the model is in the district's records"

# 2. Both offices rename the model: the sync lists the conflict, the list marks the record.
xa edit "$ID" --set "name=Tên của xã" >/dev/null && xa sync >/dev/null
huyen edit "$ID" --set "name=Tên của huyện" >/dev/null
keys h s
check_screen h "Xung đột (1)" "the next sync lists one conflict"
check_screen h "Tên của xã" "the conflict shows the commune's name"
keys h Escape Escape
check_screen h "!$ID" "the model list marks the record in conflict"

# 3. Back on sync, t takes the commune's name; the mark goes.
keys h d S
check_screen h "Xung đột (1)" "the conflict is still listed on the way back"
keys h t
check_screen h "đã lấy bản kia" "t takes theirs"
check_screen h "Không có xung đột" "no conflict is left"
[ "$(name "$HUYEN" "$ID")" = "Tên của xã" ] && ok "the stored name is the commune's" || bad "the stored name is the commune's" "$(name "$HUYEN" "$ID")"
huyen check >/dev/null && ok "dvk check is clean after the resolution" || bad "dvk check is clean after the resolution" "$(huyen check 2>&1)"

# 4. w writes a sync file; the commune reads it back without the network.
keys h w
check_screen h "Ghi tệp đồng bộ vào" "w asks where to write the sync file"
keys h C-u; text h "$WORK/huyen.bundle"; keys h Enter
check_screen h "Đã ghi tệp đồng bộ" "the sync file is written"
xa sync --from-file "$WORK/huyen.bundle" >/dev/null && [ "$(name "$XA" "$ID")" = "Tên của xã" ] \
  && [ "$("$DVK" --data "$XA" conflicts)" = "Không có xung đột" ] && ok "the commune reads the file: the resolution arrives" \
  || bad "the commune reads the file: the resolution arrives" "$("$DVK" --data "$XA" conflicts 2>&1)"
keys h Escape
check_screen h "Đồng bộ gần nhất" "the dashboard shows the last sync's time"
keys h q
finish

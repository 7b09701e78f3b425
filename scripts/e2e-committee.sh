#!/usr/bin/env bash
# End-to-end test of a committee round in tmux on the demo data: ten models of a new year are
# brought to results appraisal from the shell, three appraisers score each one with real keys,
# the leader recognises the batch, proposes an award and records its decision for all ten,
# builds the award list and previews it — then every record is checked with `dvk show --json`.
# Prints "N passed, N failed"; exits non-zero on failure. Usage: scripts/e2e-committee.sh [dvk]
cd "$(dirname "$0")/.."
DVK="$(realpath "${1:-.build/debug/dvk}")"
source scripts/e2e-lib.sh

dvk() { "$DVK" --data "$DATA" "$@"; }
dvk init --demo --allow-env-user >/dev/null || { echo "0 passed, 1 failed"; exit 1; }

# 1. Ten models of 2026 (eight collectives, two individuals) brought to results appraisal.
IDS=()
for n in 1 2 3 4 5 6 7 8 9 10; do
  if [ "$n" -le 8 ]; then
    id=$(dvk add --name "Mô hình thi đua số $n" --unit "Xã Kim Bình" --subject "tập thể" --kind "mô hình" --field "kinh tế" \
         --level "cơ sở" --year 2026 --person "Nguyễn Văn Bình" --objectives "Mục tiêu $n" --json | python3 -c 'import json,sys;print(json.load(sys.stdin)["id"])')
  else
    id=$(dvk add --name "Người tốt việc tốt số $n" --unit "Xã Kim Bình" --subject "cá nhân" --kind "điển hình" --field "kinh tế" \
         --level "cơ sở" --year 2026 --person "Hoàng Thị Mai $n" --full-name "Hoàng Thị Mai $n" --birth-year 1985 --sex "nữ" \
         --workplace "Thôn Kim Quang" --objectives "Mục tiêu $n" --json | python3 -c 'import json,sys;print(json.load(sys.stdin)["id"])')
  fi
  IDS+=("$id")
done
LIST=$(IFS=,; echo "${IDS[*]}")
dvk move "$LIST" registration_review >/dev/null && dvk move "$LIST" in_progress --note "Đủ điều kiện" >/dev/null \
  && dvk move "$LIST" results_submitted >/dev/null \
  && dvk inspect --date 12/06/2026 --level "cơ sở" --team "Đoàn kiểm tra" --models "$LIST" --findings "Đạt" >/dev/null \
  && dvk move "$LIST" appraisal >/dev/null && ok "ten models of 2026 wait in results appraisal" || bad "ten models of 2026 wait in results appraisal"

start() {
  "${T[@]}" new -d -s "$1" -x 120 -y 40 "env LANG=C.UTF-8 TERM='$E2E_TERM' DVK_USER='$2' DVK_DEFAULTS='$DVK_DEFAULTS' '$DVK' --data '$DATA'; echo rc=\$? > '$WORK/$1.rc'; sleep 30"
}
# year_filter SESSION: narrows the committee table on the screen to 2026 (f, Năm, 2026).
year_filter() { keys "$1" f; wait_for "$1" "Lọc theo"; keys "$1" Enter; text "$1" 2026; keys "$1" Enter; }

# 2. Three appraisers score every model of the queue, each with other points.
SCORES=("14 13 18 22 13 9" "12 12 16 20 12 8" "13 12 17 21 12 9")
for a in 1 2 3; do
  s="td$a"
  start "$s" "thamdinh$a"
  wait_for "$s" "Việc đang chờ bạn"
  keys "$s" T; wait_for "$s" "Hàng đợi thẩm định"
  year_filter "$s"
  check_screen "$s" "10 mô hình  ·  2026" "appraiser $a sees the ten models of 2026"
  for i in 1 2 3 4 5 6 7 8 9 10; do
    keys "$s" Enter; wait_for "$s" "Phiếu chấm điểm"
    [ "$a" = 2 ] && [ "$i" = 1 ] && check_screen "$s" "chỉ xem được sau khi bạn nộp phiếu" "others' sheets stay hidden before one's own"
    for v in ${SCORES[$((a-1))]}; do text "$s" "$v"; keys "$s" Tab; done
    text "$s" "Nhận xét của thẩm định $a"
    keys "$s" C-s; wait_for "$s" "Nộp phiếu chấm?"; keys "$s" c
    wait_for "$s" "Đã nộp phiếu chấm" || bad "appraiser $a submits sheet $i" "$(screen "$s")"
    [ "$a" = 2 ] && [ "$i" = 1 ] && check_screen "$s" "Trung bình" "others' sheets and the average show once one's own is in"
    keys "$s" Escape Down
  done
  keys "$s" q; sleep 0.3
done
for id in "${IDS[@]}"; do dvk show "$id" --json > "$WORK/$id.json"; done
n=$(cd "$WORK" && python3 -c 'import json,sys; print(sum(len(json.load(open(f + ".json"))["appraisals"]) for f in sys.argv[1:]))' "${IDS[@]}")
[ "$n" = 30 ] && ok "thirty score sheets are stored" || bad "thirty score sheets are stored" "$n"

# 3. The leader recognises the batch of ten.
start lead lanhdao
wait_for lead "Việc đang chờ bạn"
keys lead T; wait_for lead "Hàng đợi thẩm định"
year_filter lead; wait_for lead "10 mô hình  ·  2026"
keys lead '*' c
check_screen lead "Công nhận 10 mô hình" "the leader opens the recognition of the ten marked models"
keys lead Tab; text lead "25/QĐ-BCĐ"; keys lead Tab Tab; text lead "Ban Chỉ đạo xã Kim Bình"; keys lead C-s
check_screen lead "Đã công nhận 10 mô hình" "the ten models are recognised"

# 4. An award proposed for the batch, then the decision recorded for all ten.
keys lead Escape; wait_for lead "Việc đang chờ bạn"
keys lead K; wait_for lead "Khen thưởng"
year_filter lead; wait_for lead "10 mô hình  ·  2026"
keys lead '*' p; wait_for lead "Lập đề nghị mới"; keys lead Enter
check_screen lead "Đề nghị khen thưởng 10 mô hình" "the proposal form opens for the batch"
keys lead C-s
check_screen lead "Đã lập đề nghị QD-2026-001 cho 10 mô hình" "the proposal is saved for ten models"
keys lead d; wait_for lead "Ghi quyết định cho đề nghị"; keys lead Enter
wait_for lead "Ghi quyết định khen thưởng QD-2026-001"
text lead "210/QĐ-UBND"; keys lead Tab Tab Tab Tab; text lead "Hà Đức Tập"; keys lead C-s
check_screen lead "Đã ghi quyết định 210/QĐ-UBND: 10 mô hình được khen" "the decision is recorded for the batch"

# 5. The award list: grouped, numbered, previewed as printed.
keys lead l; wait_for lead "Danh sách của quyết định"; keys lead Enter
check_screen lead "Tổng: 8 tập thể, 2 cá nhân" "the award list groups eight collectives and two individuals"
check_screen lead "Hoàng Thị Mai 10" "the individuals are listed by name"
keys lead v
check_screen lead "DANH SÁCH" "the preview shows the list as printed"
check_screen lead "II. CÁ NHÂN" "the preview has part II"
keys lead q Escape q; sleep 0.3

# 6. The records as stored.
for id in "${IDS[@]}"; do dvk show "$id" --json > "$WORK/$id.json"; done
dvk decision show QD-2026-001 --json > "$WORK/decision.json"
if python3 - "$WORK" "${IDS[@]}" <<'PY'
import json, sys
folder, ids = sys.argv[1], sys.argv[2:]
models = [json.load(open(f"{folder}/{i}.json")) for i in ids]
decision = json.load(open(f"{folder}/decision.json"))
assert len(models) == 10
for m in models:
    assert m["state"] == "awarded", (m["id"], m["state"])
    assert sorted(s["appraiser"] for s in m["appraisals"]) == ["thamdinh1", "thamdinh2", "thamdinh3"], m["appraisals"]
    assert m["recognition"]["decisionNumber"] == "25/QĐ-BCĐ", m["recognition"]
    assert m["decisionIds"] == ["QD-2026-001"], m["decisionIds"]
    steps = [h.get("transition") for h in m["history"]]
    assert steps.count("appraise") == 3 and steps[-3:] == ["recognise", "propose_award", "award"], steps
assert decision["status"] == "awarded" and decision["number"] == "210/QĐ-UBND", decision
assert decision["signer"]["name"] == "Hà Đức Tập", decision["signer"]
assert len(decision["recipients"]) == 10
PY
then ok "dvk show --json: ten awarded models with three sheets, the recognition and the decision"; else bad "dvk show --json: ten awarded models with three sheets, the recognition and the decision"; fi
dvk check >/dev/null && ok "the data directory is consistent afterwards" || bad "the data directory is consistent afterwards"

finish

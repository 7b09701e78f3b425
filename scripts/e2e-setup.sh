#!/usr/bin/env bash
# End-to-end test of the first-run setup in tmux: `dvk init` in a terminal walks the pages by
# keys for a provincial and for a commune committee and creates the data directory; then,
# outside tmux, a decision with a recipient is printed as a DOCX award list, read back with
# python-docx: the letterhead, the place and the signer are exactly what was typed. Also: `dvk`
# alone with no data directory offers the setup, and piped both keep their old behaviour.
# Prints "N passed, N failed"; exits non-zero on failure.
# Usage: scripts/e2e-setup.sh [path/to/dvk]
cd "$(dirname "$0")/.."
DVK="$(realpath "${1:-.build/debug/dvk}")"
source scripts/e2e-lib.sh
python3 -c 'import docx' 2>/dev/null || { bad "python-docx is installed (pip install python-docx)"; finish; exit 1; }

# start SESSION DATA [ARGS]: dvk on DATA in a 110×40 tmux window, as in a real terminal.
start() {
  "${T[@]}" new -d -s "$1" -x 110 -y 40 \
    "env LANG=C.UTF-8 TERM='$E2E_TERM' DVK_DEFAULTS='$DVK_DEFAULTS' '$DVK' --data '$2' ${3:-}; echo rc=\$? > '$WORK/$1.rc'; sleep 30"
}
# exited SESSION CODE: waits for dvk in SESSION to end with CODE.
exited() {
  for _ in $(seq 100); do [ -f "$WORK/$1.rc" ] && break; sleep 0.05; done
  [ "$(cat "$WORK/$1.rc" 2>/dev/null)" = "rc=$2" ]
}
# award_list DATA FORM LEVEL UNIT: a decision with one recipient, printed as DOCX; the file's path.
award_list() {
  "$DVK" --data "$1" decision add --number "07/QĐ-BCĐ" --date 05/01/2026 --form "$2" --level "$3" --track "Đảng" >/dev/null || return 1
  "$DVK" --data "$1" decision recipient "07/QĐ-BCĐ" --name "Chi bộ thôn Nà Mèo" --subject "tập thể" --unit "$4" >/dev/null || return 1
  mkdir -p "$1.out"
  "$DVK" --data "$1" print awards --decision "07/QĐ-BCĐ" --format docx --out "$1.out" | tail -1
}
# docx_has FILE TEXT…: every TEXT is a paragraph's text (or starts one) in FILE, tables included.
docx_has() {
  python3 - "$@" <<'PY'
import sys, unicodedata, docx
def paragraphs(container):
    for p in container.paragraphs:
        yield p.text
    for table in container.tables:
        for row in table.rows:
            for cell in row.cells:
                yield from paragraphs(cell)
texts = [unicodedata.normalize("NFC", t).strip() for t in paragraphs(docx.Document(sys.argv[1]))]
missing = [w for w in sys.argv[2:] if not any(t == w or t.startswith(w) for t in texts)]
if missing:
    print("missing:", missing, "\nfound:", [t for t in texts if t][:30])
    sys.exit(1)
PY
}

# 1. A provincial committee: Hà Nội, its Thành ủy letterhead, a signer typed in.
P="$WORK/hanoi"
start p "$P" init
check_screen p "1/7 · Cấp của Ban Chỉ đạo" "dvk init in a terminal opens the setup on page 1/7"
check_screen p "Cấp huyện không còn" "the level page says why there is no district level"
keys p Enter
check_screen p "2/7 · Tỉnh, thành phố" "choosing the level leads to the provinces"
text p "ha noi"
check_screen p "▸ Thành phố Hà Nội" "the provinces filter without diacritics"
keys p Enter
check_screen p "THÀNH ỦY HÀ NỘI" "a provincial committee's letterhead is previewed"
check_screen p "Hà Nội, ngày" "the preview has the place before the date"
keys p Tab Tab Tab Tab Tab Tab Tab Tab
text p "Trần Văn Minh"
check_screen p "Trần Văn Minh" "the signer's name is typed into the letterhead"
keys p PageDown
text p "Sở Giáo dục và Đào tạo"
check_screen p "1 đơn vị" "a unit typed is counted"
keys p PageDown Enter
check_screen p "6/7 · Người dùng" "the rubric page leads to the users"
keys p PageDown
check_screen p "7/7 · Tóm tắt" "the summary is the last page"
keys p Enter
check_screen p "Tạo thư mục dữ liệu?" "the summary asks before creating"
keys p c
check_screen p "Mở dvk ngay?" "after creating it offers to open dvk"
keys p k
exited p 0 && ok "the provincial setup ends with exit code 0" || bad "the provincial setup ends with exit code 0" "$(cat "$WORK/p.rc" 2>/dev/null; screen p)"
file="$(award_list "$P" "Bằng khen" "tỉnh" "Sở Giáo dục và Đào tạo")"
out="$(docx_has "$file" "THÀNH ỦY HÀ NỘI" "Hà Nội, ngày 05 tháng 01 năm 2026" "Trần Văn Minh" 2>&1)" \
  && ok "the Hà Nội award list has the letterhead, place and signer typed" || bad "the Hà Nội award list has the letterhead, place and signer typed" "$file $out"

# 2. A commune committee: Tuyên Quang, a refused name then Xã Kim Bình, units typed and loaded,
# one more user.
C="$WORK/kimbinh"
printf 'Trường Tiểu học Kim Bình\n' > "$WORK/more-units.txt"
start c "$C" init
check_screen c "1/7" "the setup opens again for a second committee"
keys c Down Enter
text c "tuyen quang"; keys c Enter
check_screen c "3/7 · Tên và tiêu đề văn bản" "a commune committee is asked its name"
text c "Kim Bình"
check_screen c "tên phải bắt đầu bằng Xã, Phường hoặc Đặc khu" "a name without Xã/Phường/Đặc khu is refused"
keys c PageDown
sleep 0.2
screen c | grep -qF "4/7" && bad "the refused name keeps the page" || ok "the refused name keeps the page"
keys c Home; text c "Xã "
check_screen c "ĐẢNG ỦY XÃ KIM BÌNH" "the letterhead follows the name"
check_screen c "Kim Bình, ngày" "the place is the commune's"
keys c Tab Tab Tab Tab Tab Tab Tab Tab Tab
text c "Ma Thị Hằng"
keys c Tab
check_screen c "4/7 · Đơn vị" "Tab past the last field goes to the units"
text c "Thôn Nà Mèo"; keys c Enter; text c "Thôn Bản Ba"
check_screen c "2 đơn vị" "two units typed"
keys c Tab; text c "$WORK/more-units.txt"; keys c Enter
check_screen c "3 đơn vị" "a unit file is loaded into the list"
keys c Tab Enter
text c "thuky"; keys c Tab; text c "Nguyễn Thị Thu"; keys c Tab Enter
text c "thuong truc"; keys c Enter
check_screen c "thuky — Nguyễn Thị Thu — Thường trực, văn phòng" "a user is added with a role"
keys c PageDown Enter c
check_screen c "Mở dvk ngay?" "the commune directory is created"
keys c k
exited c 0 && ok "the commune setup ends with exit code 0" || bad "the commune setup ends with exit code 0" "$(screen c)"
units="$("$DVK" --data "$C" units list)"
grep -qF "Trường Tiểu học Kim Bình" <<<"$units" && grep -qF "Thôn Bản Ba" <<<"$units" && ok "the units are stored" || bad "the units are stored" "$units"
users="$("$DVK" --data "$C" users list 2>&1)"
grep -qF "thuky" <<<"$users" && ok "the added user is stored" || bad "the added user is stored" "$users"
file="$(award_list "$C" "Giấy khen" "xã" "Thôn Nà Mèo")"
out="$(docx_has "$file" "ĐẢNG BỘ TỈNH TUYÊN QUANG" "ĐẢNG ỦY XÃ KIM BÌNH" "Kim Bình, ngày 05 tháng 01 năm 2026" "Ma Thị Hằng" 2>&1)" \
  && ok "the Kim Bình award list has the letterhead, place and signer typed" || bad "the Kim Bình award list has the letterhead, place and signer typed" "$file $out"

# 3. `dvk` alone with no data directory offers the setup; leaving it creates nothing.
N="$WORK/none"
start n "$N"
check_screen n "Chưa có dữ liệu dvk tại" "dvk alone with no data directory offers the setup"
keys n C-c
check_screen n "Thoát khai báo?" "Ctrl-C asks before leaving the setup"
keys n c
exited n 1 && [ ! -e "$N" ] && ok "leaving the setup creates nothing (exit code 1)" || bad "leaving the setup creates nothing (exit code 1)" "$(cat "$WORK/n.rc" 2>/dev/null)"

# 4. Piped, nothing changes: dvk alone says it is not a data directory, init makes the bare defaults.
err="$("$DVK" --data "$N" </dev/null 2>&1 >/dev/null)"
grep -qF "chưa phải thư mục dữ liệu dvk" <<<"$err" && ok "piped, dvk alone still reports no data directory" || bad "piped, dvk alone still reports no data directory" "$err"
"$DVK" --data "$WORK/bare" init </dev/null >/dev/null 2>&1
grep -q '"setUp" *: *false' "$WORK/bare/config/committee.json" 2>/dev/null && ok "piped, a bare init still makes the bare defaults" \
  || bad "piped, a bare init still makes the bare defaults" "$(cat "$WORK/bare/config/committee.json" 2>&1)"

finish

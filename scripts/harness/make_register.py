#!/usr/bin/env python3
"""Writes a register of models as a clerk's spreadsheet would hold it, for the import benchmark
and the import kill test.

Usage: make_register.py --defaults DATA_FOLDER --rows N --out FILE.csv|FILE.xlsx [--seed S]

List values come from the shipped lists (`config/lists.json`) and the demo committee's units (`demo/config/units.json`) written as
registers write them: the Vietnamese label, an alias, the id, upper case or without diacritics.
Every row is a distinct model (unit + name + year), spread over the years 2011–2025 so each
year keeps under 10,000 ids. Rows with a recognition level are imported as recognised. The CSV
is UTF-8 with a byte-order mark, semicolon-separated (as Excel saves it in Vietnamese locales);
the XLSX is written with openpyxl's write-only mode (python3-openpyxl).
"""
import argparse
import csv
import json
import os
import random
import unicodedata

HEADERS = ["Năm", "Đơn vị", "Tên mô hình", "Đối tượng", "Loại", "Hình thức", "Lĩnh vực", "Cấp", "Người phụ trách",
           "Điện thoại", "Địa chỉ", "Thực trạng", "Mục tiêu", "Ngày bắt đầu", "Ngày công",
           "Kinh phí – Ngân sách nhà nước", "Kinh phí – Xã hội hóa", "Họ và tên", "Năm sinh", "Giới tính",
           "Cấp công nhận", "Số quyết định công nhận", "Ngày quyết định công nhận", "Tiêu biểu"]

TOPICS = ["Đường hoa nông thôn", "Bếp ăn 0 đồng", "Camera an ninh", "Tổ tự quản", "Chợ văn minh", "Phân loại rác tại nguồn",
          "Hiến đất làm đường", "Quỹ khuyến học", "Nhà nhân ái", "Vườn mẫu", "Dân vận khéo trong cải cách hành chính",
          "Thắp sáng đường quê", "Tuyến phố văn minh", "Góc sách cộng đồng", "Hợp tác xã chè", "Nuôi cá lồng"]
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hà", "Ma", "Quan"]
GIVEN = ["Văn An", "Thị Bình", "Đức Cường", "Thị Dung", "Minh Đức", "Thị Hoa", "Văn Hùng", "Thị Lan", "Quốc Việt", "Thị Yến"]


def fold(text):
    """The text without diacritics, đ → d."""
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def spellings(entry):
    """The ways a register writes one list value."""
    label = entry["label"]["vi"]
    forms = [label, label, fold(label), label.upper(), entry["id"]] + entry.get("aliases", [])
    return [f for f in forms if f]


def load_lists(defaults):
    with open(os.path.join(defaults, "config", "lists.json"), encoding="utf-8") as f:
        lists = json.load(f)
    with open(os.path.join(defaults, "demo", "config", "units.json"), encoding="utf-8") as f:
        units = json.load(f)["units"]
    unit_forms = [[u["name"], u["name"], fold(u["name"]), u["name"].lower()] for u in units]
    return lists, unit_forms


def rows(count, lists, unit_forms, rng):
    forms = {name: [spellings(e) for e in lists[name] if not e.get("legacy")]
             for name in ("subjects", "kinds", "origins", "fields", "levels", "sexes")}
    pick = lambda name: rng.choice(rng.choice(forms[name]))
    for n in range(count):
        year = 2011 + n % 15
        individual = rng.random() < 0.15
        topic = rng.choice(TOPICS)
        person = f"{rng.choice(SURNAMES)} {rng.choice(GIVEN)}"
        name = f"{topic} – {person}" if individual else f"{topic} số {n + 1}"
        recognised = rng.random() < 0.4
        start_day = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{year}"
        yield [
            str(year), rng.choice(rng.choice(unit_forms)), name if not individual else f"{name} ({n + 1})",
            rng.choice(["Cá nhân", "CN", "ca nhan"]) if individual else rng.choice(["Tập thể", "TT", "tap the", "collective"]),
            pick("kinds"), pick("origins"), pick("fields"), rng.choice(["", "", "Xã", "Cấp xã", "co so"]),
            person, f"09{rng.randint(10000000, 99999999)}", f"Thôn {rng.randint(1, 20)}",
            "Đường làng nhỏ, chưa có điện chiếu sáng; người dân đồng thuận cao.",
            "Nâng cao đời sống vật chất và tinh thần của nhân dân.",
            start_day, str(rng.randint(0, 500)),
            f"{rng.randint(0, 200) * 1_000_000:,}".replace(",", "."), str(rng.randint(0, 50) * 500_000),
            person if individual else "", str(rng.randint(1950, 2000)) if individual else "",
            pick("sexes") if individual else "",
            rng.choice(["Cơ sở", "Xã", "Huyện", "Cấp huyện"]) if recognised else "",
            f"{rng.randint(1, 300)}/QĐ-UBND" if recognised else "",
            f"{rng.randint(1, 28):02d}/12/{year}" if recognised else "",
            rng.choice(["Có", "x", "Không", ""]) if recognised else "",
        ]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--defaults", required=True, help="the data folder holding config/lists.json and units.json")
    parser.add_argument("--rows", type=int, required=True)
    parser.add_argument("--out", required=True, help="FILE.csv or FILE.xlsx")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    lists, unit_forms = load_lists(args.defaults)
    rng = random.Random(args.seed)
    data = rows(args.rows, lists, unit_forms, rng)
    if args.out.endswith(".xlsx"):
        from openpyxl import Workbook  # python3-openpyxl
        book = Workbook(write_only=True)
        sheet = book.create_sheet("Sổ theo dõi")
        sheet.append(["SỔ THEO DÕI MÔ HÌNH DÂN VẬN KHÉO"])
        sheet.append(HEADERS)
        for row in data:
            sheet.append([int(v) if i in (0, 14) else v for i, v in enumerate(row)])
        book.save(args.out)
    else:
        with open(args.out, "w", encoding="utf-8-sig", newline="") as f:
            writer = csv.writer(f, delimiter=";", lineterminator="\r\n")
            writer.writerow(HEADERS)
            writer.writerows(data)


if __name__ == "__main__":
    main()

import Foundation
import DVKApp
import DVKCore
import DVKStorage
import DVKTerminal
import DVKTestSupport
import Testing

/// The model list, rendered into an in-memory screen and driven by keys.
@Suite struct ModelListScreenTests {
    func harness() throws -> AppHarness {
        try AppHarness(models: [
            AppHarness.model("2025-0001", "Thắp sáng đường quê", unit: "xa-binh-sa", field: "culture_society"),
            AppHarness.model("2025-0002", "Camera bảo vệ cộng đồng", field: "defense_security", state: "in_progress"),
            AppHarness.model("2025-0003", "Đường hoa nông thôn mới", unit: "xa-trung-ha", field: "new_rural"),
            AppHarness.model("2024-0001", "Ấm áp tình người", field: "culture_society", year: 2024, subject: "individual"),
            AppHarness.model("2025-0004", "Ánh sáng vùng cao", unit: "xa-hung-my"),
        ])
    }

    func listedNames(_ h: AppHarness) -> [String] {
        h.screen.lines().dropFirst(4).compactMap { line in
            ["Thắp sáng", "Camera", "Đường hoa", "Ấm áp", "Ánh sáng"].first { line.contains($0) }
        }
    }

    @Test("ESC and a letter together: Alt-B moves a word back in the search being typed; on the list it is Esc then the letter")
    func altOrEscapeThenALetter() throws {
        let h = try AppHarness(models: [AppHarness.model("2025-0001", "Thắp sáng đường quê")])
        h.press(.escape, .character("/"))
        h.type("duong que")
        h.press(.alt("b"))
        h.type("x")
        #expect(h.text.contains("duong xque"), "\(h.text)")
        h.press(.enter, .alt("q"))                // Esc, then q: asks to quit
        #expect(h.text.contains("Thoát") || h.text.contains("thoát"), "\(h.text)")
    }

    @Test("the move list says which moves need a reason, in the interface's words, before one is chosen")
    func movesNeedingAReasonSaySo() throws {
        let h = try AppHarness(models: [AppHarness.model("2025-0001", "Thắp sáng đường quê", state: "registration_review")])
        h.press(.escape, .character("m"))
        #expect(h.text.contains("cần ghi lý do"), "\(h.text)")
        #expect(!h.text.contains("--note"))
        h.type("khong chap nhan")
        h.press(.enter)
        #expect(h.text.contains("Lý do (bắt buộc"))
        h.press(.enter)                               // no reason given
        #expect(h.text.contains("cần ghi lý do") && !h.text.contains("--note"), "\(h.text)")
    }

    @Test func theListShowsTheColumnsInVietnameseOrder() throws {
        let h = try harness()
        #expect(h.text.contains("Mã"))
        #expect(h.text.contains("Tên mô hình"))
        #expect(h.text.contains("Trạng thái"))
        #expect(h.text.contains("5/5 mô hình"))
        #expect(listedNames(h) == ["Ánh sáng", "Ấm áp", "Camera", "Đường hoa", "Thắp sáng"])
        #expect(h.text.contains("Xã Bình Sa"))
        #expect(h.text.contains("Đã đăng ký"))
    }

    @Test func searchNarrowsAsYouTypeIgnoringDiacritics() throws {
        let h = try harness()
        h.press(.character("/"))
        h.type("duong")
        #expect(listedNames(h) == ["Đường hoa", "Thắp sáng"])
        h.type(" que")
        #expect(listedNames(h) == ["Thắp sáng"])
        #expect(h.text.contains("/ duong que"))
        h.press(.enter)
        #expect(h.text.contains("1/5 mô hình"))
        h.press(.character("/"), .escape)
        #expect(h.text.contains("5/5 mô hình"))
    }

    /// Typing further narrows the rows already found; anything else filters afresh.
    @Test func aSearchTypedFurtherBackspacedOrFilteredShowsWhatAFreshSearchShows() throws {
        let h = try harness()
        h.press(.character("/"))
        h.type("duong que")
        #expect(listedNames(h) == ["Thắp sáng"])
        for _ in 0..<4 { h.press(.backspace) }
        #expect(listedNames(h) == ["Đường hoa", "Thắp sáng"], "a shorter search is not narrowed from the longer one")
        h.type("x")
        #expect(listedNames(h).isEmpty)
        h.press(.backspace)
        h.type(" hoa")
        #expect(listedNames(h) == ["Đường hoa"])
        h.press(.enter)
        h.press(.character("/"), .escape)
        #expect(listedNames(h).count == 5, "leaving the search after a narrowing shows everything")
    }

    @Test func aHandEditMadeBeforeTheStartShowsOnceTheFilesAreChecked() throws {
        let h = try harness()
        let path = h.directory.file(for: .model, id: "2025-0004")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "Ánh sáng vùng cao", with: "Ánh sáng sửa tay").write(toFile: path, atomically: true, encoding: .utf8)
        let again = try AppHarness(sharing: h.directory, login: "thuky", checkingFiles: false)
        #expect(again.workspace.rowsUnchecked, "the first screen came from the index")
        #expect(!again.text.contains("sửa tay"))
        #expect(again.app.checkRecordFiles())
        again.app.draw(on: again.screen)
        #expect(again.text.contains("Ánh sáng sửa tay"))
        #expect(!again.app.checkRecordFiles(), "checked once")
    }

    @Test func filtersComeFromPickers() throws {
        let h = try harness()
        h.press(.character("f"))
        #expect(h.text.contains("Lọc theo"))
        h.type("linh vuc")
        h.press(.enter)
        h.type("van hoa")
        h.press(.enter)
        #expect(listedNames(h) == ["Ấm áp", "Thắp sáng"])
        #expect(h.text.contains("Văn hóa – xã hội"))
        h.press(.character("x"))
        #expect(listedNames(h).count == 5)
    }

    @Test func sortingByAnotherColumnAndReversing() throws {
        let h = try harness()
        h.press(.character("s"))
        h.type("ma")
        h.press(.enter)
        #expect(listedNames(h) == ["Ấm áp", "Thắp sáng", "Camera", "Đường hoa", "Ánh sáng"])
        h.press(.character("r"))
        #expect(listedNames(h) == ["Ánh sáng", "Đường hoa", "Camera", "Thắp sáng", "Ấm áp"])
    }

    @Test func marksDriveABulkMoveCheckedModelByModel() throws {
        let h = try harness()
        // Ánh sáng, Ấm áp (2024), Camera (in progress)…: mark the first three and move them to review.
        h.press(.character(" "), .character(" "), .character(" "))
        #expect(h.text.contains("đã chọn 3"))
        h.press(.character("/"))
        h.type("anh sang")
        #expect(h.text.contains("đã chọn 1"), "a mark counts while its row is shown, as the batch acts on those: \(h.text)")
        h.press(.escape)
        #expect(h.text.contains("đã chọn 3"))
        h.press(.character("m"))
        #expect(h.text.contains("Chuyển 3 mô hình sang"))
        #expect(h.text.contains("được 2/3"))
        h.type("tham dinh dang ky")
        h.press(.enter)
        h.type("Hồ sơ đủ")
        h.press(.enter)
        #expect(h.text.contains("Đã chuyển 2 sang «Thẩm định đăng ký», 1 không chuyển được"))
        #expect(h.text.contains("2025-0002"))
        let states = Dictionary(uniqueKeysWithValues: h.workspace.rows.map { ($0.id, $0.state) })
        #expect(states["2025-0004"] == "registration_review")
        #expect(states["2024-0001"] == "registration_review")
        #expect(states["2025-0002"] == "in_progress")
        let stored = try RecordStore(directory: h.directory).load(ModelRecord.self, id: "2024-0001")
        #expect(stored.history.last?.note == "Hồ sơ đủ")
    }

    @Test func helpListsEveryKeyOfTheScreen() throws {
        let h = try harness()
        h.press(.character("?"))
        for key in ["Enter", "/", "Space", "nhập từ tệp", "xuất danh sách ra tệp"] { #expect(h.text.contains(key), "\(key)") }
        // The list has more keys than the box has rows: the last ones (the global keys, the
        // : command line before them) are a scroll away.
        h.press(.end)
        #expect(h.text.contains("F3") && h.text.contains("Ctrl-T  F2"))
        h.press(.escape)
        #expect(!h.text.contains("Phím tắt"))
    }

    @Test func aResizeToTooSmallAndBackKeepsTheSearch() throws {
        let h = try harness()
        h.press(.character("/"))
        h.type("camera")
        h.screen.resize(rows: 8, columns: 40)
        h.press(.resize)
        #expect(h.text.contains("quá nhỏ"))
        h.screen.resize(rows: 30, columns: 110)
        h.press(.resize)
        #expect(listedNames(h) == ["Camera"])
        #expect(h.text.contains("/ camera"))
    }

    /// Below the minimum size the note fits the window, wrapped, with the current and the needed
    /// size; keys other than resize and quit do nothing behind it.
    @Test func theTooSmallNoteFitsAndOnlyResizeAndQuitAct() throws {
        let h = try harness()
        h.screen.resize(rows: 10, columns: 40)
        h.press(.resize)
        let lines = h.screen.lines().filter { !$0.isEmpty }
        let note = lines.joined(separator: " ")
        #expect(note.contains("40×10"), "\(lines)")
        #expect(note.contains("60×12"), "\(lines)")
        #expect(note.contains("Ctrl-C"), "\(lines)")
        #expect(lines.count > 1, "the note wraps to the width")
        for key in ["x", "y", "z", "f", "/", "a", "?"] { h.press(.character(Character(key))) }
        h.press(.enter, .function(1), .down)
        h.screen.resize(rows: 30, columns: 110)
        h.press(.resize)
        #expect(!h.text.contains("Lọc theo"), "no picker opened behind the note")
        #expect(h.screen.lines()[0].contains("Danh sách mô hình"), "no screen opened behind the note")
        #expect(h.text.contains("5/5 mô hình"))
        h.screen.resize(rows: 10, columns: 40)
        h.press(.resize, .character("q"))
        #expect(h.app.wantsQuit, "q still quits")
    }

    /// A name with a tab and an ANSI colour sequence put into a record file by hand: each control
    /// character shows as one blank cell and the columns after it stay where the other rows have
    /// them, the year included.
    @Test func controlCharactersInANameNeverShiftTheColumns() throws {
        let h = try harness()
        let folder = h.directory.folder(for: .model)
        let file = try #require(try FileManager.default.contentsOfDirectory(atPath: folder).first { $0.contains("2025-0002") })
        let path = folder + "/" + file
        let json = try String(contentsOfFile: path, encoding: .utf8)
        #expect(json.contains("Camera bảo vệ cộng đồng"))
        try json.replacingOccurrences(of: "Camera bảo vệ cộng đồng", with: "Camera\\tbảo vệ \\u001B[31mcộng đồng")
            .write(toFile: path, atomically: true, encoding: .utf8)
        let fresh = try AppHarness(sharing: h.directory, login: "thuky")
        let rows = fresh.screen.lines().filter { $0.contains(" 2025-000") || $0.contains(" 2024-000") }
        #expect(rows.count == 5)
        let camera = try #require(rows.first { $0.contains("Camera") })
        #expect(camera.contains("Camera bảo vệ  [31mc"), "a control character is one blank cell: \(camera)")
        for row in rows {
            #expect(TextWidth.columns(of: row) == TextWidth.columns(of: rows[0]), "\(row)")
            #expect(row.hasSuffix("2025") || row.hasSuffix("2024"))
        }
        let unit = { (line: String) in line.distance(from: line.startIndex, to: line.range(of: "Xã ")!.lowerBound) }
        #expect(unit(camera) == unit(try #require(rows.first { $0.contains("Ánh sáng") })), "the unit column does not move")
    }

    @Test func languageSwitchesToEnglish() throws {
        let h = try harness()
        h.press(.function(3))
        #expect(h.text.contains("Name"))
        #expect(h.text.contains("Registered"))
    }

    /// The row a click lands on is the row drawn there: the title bar, the summary and the search
    /// line sit above the header, so the first data row is screen row 4, not 3.
    @Test func aDoubleClickOpensTheRowUnderThePointerAndAHeaderClickSelectsNothing() throws {
        let h = try harness()
        // The list starts on its first row; the header click must leave that selection alone.
        h.press(.down, .down)
        let third = try #require(h.screen.row(containing: "Camera"))
        let header = try #require(h.screen.row(containing: "Lĩnh vực"))
        #expect(h.screen.style(row: third, column: 3) == Style(.selected))
        h.press(.mouse(MouseEvent(kind: .click, row: header, column: 20)))
        #expect(h.screen.style(row: third, column: 3) == Style(.selected), "a header click selects no row")
        #expect(!h.text.contains("Camera bảo vệ cộng đồng —"), "a header click opens nothing")
        let second = try #require(h.screen.row(containing: "Ấm áp"))
        h.press(.mouse(MouseEvent(kind: .click, row: second, column: 20)))
        #expect(h.screen.style(row: second, column: 3) == Style(.selected), "a click selects the row under the pointer")
        let fourth = try #require(h.screen.row(containing: "Đường hoa"))
        h.press(.mouse(MouseEvent(kind: .doubleClick, row: fourth, column: 20)))
        #expect(h.screen.lines()[0].contains("2025-0003 — Đường hoa nông thôn mới"), "the double-clicked row's form opens")
    }

    @Test func quitAsksNothingWhenNothingIsUnsaved() throws {
        let h = try harness()
        h.press(.character("q"))
        #expect(h.app.wantsQuit)
    }
}

@Suite struct TableLayoutTests {
    @Test func narrowScreensShrinkTheWideColumnsNeverTheIdOrTheYear() {
        let columns = [TableColumn("Mã", width: 10, minimum: 10), TableColumn("Tên", width: 0), TableColumn("Đơn vị", width: 16, minimum: 8),
                       TableColumn("Trạng thái", width: 16, minimum: 10), TableColumn("Năm", width: 4, minimum: 4)]
        let wide = TableRenderer.layout(columns, total: 120)
        #expect(wide == [10, 70, 16, 16, 4], "120 columns less 4 gaps less 46 fixed leaves 70 for the name")
        let narrow = TableRenderer.layout(columns, total: 60)
        #expect(narrow[0] == 10 && narrow[4] == 4)
        #expect(narrow.reduce(0, +) + 4 <= 60)
        #expect(narrow[1] >= 8)
    }
}

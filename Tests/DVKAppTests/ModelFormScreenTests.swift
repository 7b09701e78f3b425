import DVKApp
import DVKCore
import DVKStorage
import DVKTerminal
import DVKTestSupport
import Foundation
import Testing

/// Adding and editing a model with the keyboard, then moving it and reading its history.
@Suite struct ModelFormScreenTests {
    /// Types into the focused field and goes to the next one.
    func fill(_ h: AppHarness, _ text: String) {
        h.type(text)
        h.press(.tab)
    }

    /// Picks from the focused list field by typing a filter.
    func choose(_ h: AppHarness, _ filter: String) {
        h.press(.enter)
        h.type(filter)
        h.press(.enter)
    }

    @Test("a new model saved is the selected row when the list comes back; Ctrl-D/U and Ctrl-F/B page through the list")
    func theNewRowIsSelected() throws {
        let models = (1...40).map { AppHarness.model(String(format: "2025-%04d", $0), "Mô hình \($0)") }
        let h = try AppHarness(models: models)
        h.press(.character("a"))
        fill(h, "Ươm mầm xanh")                   // sorts after every «Mô hình …»
        h.press(.tab)
        choose(h, "binh sa")
        h.press(.tab)
        choose(h, "tt")                             // the subject by its alias
        choose(h, "mo hinh")
        h.press(.tab)
        choose(h, "kinh te")
        h.press(.control("s"))
        #expect(h.text.contains("Đã lưu 2025-0041"), "\(h.text)")
        h.press(.escape)
        h.press(.enter)
        #expect(h.text.contains("Ươm mầm xanh"), "the new row is the one selected")
        h.press(.escape, .home, .control("d"), .enter)
        let half = h.text
        h.press(.escape, .home, .control("f"), .enter)
        #expect(half != h.text, "a half page and a page land on different rows")
        h.press(.escape, .control("b"), .control("u"), .enter)
        #expect(h.text.contains("Mô hình 1"))
    }

    @Test("a one-line value longer than its room ends in «…» until the field has the focus")
    func aLongValueShowsItIsCut() throws {
        var model = AppHarness.model("2025-0001", "Đường hoa")
        model.address = "thôn Bản Ba, xã Yên Nguyên, huyện Chiêm Hóa, tỉnh Tuyên Quang, " + String(repeating: "và các thôn lân cận ", count: 8) + "CUỐI"
        let h = try AppHarness(models: [model])
        h.press(.enter)
        let line = h.screen.lines().first { $0.contains("thôn Bản Ba") } ?? ""
        #expect(line.hasSuffix("…") || line.trimmingCharacters(in: .whitespaces).hasSuffix("…"), "\(line)")
        #expect(!h.text.contains("CUỐI"))
    }

    @Test("a refused save marks every missing field at once, and a warning goes as soon as its field is filled in")
    func everyMissingFieldIsMarkedAndAFilledOneClears() throws {
        let h = try AppHarness(models: [AppHarness.model("2025-0001", "Đường hoa")])
        h.press(.character("a"), .control("s"))
        func marked() -> Int { h.screen.lines().filter { $0.contains("⚠ bắt buộc nhập") }.count }
        let warnings = marked()
        #expect(warnings >= 2, "name, unit and the other required fields all marked: \(h.text)")
        #expect(h.text.contains("trường khác, đã đánh dấu ⚠"), "\(h.text)")
        h.type("Ươm mầm xanh")
        #expect(marked() == warnings - 1, "the name's warning is gone as it is typed: \(h.text)")
    }

    @Test("on leaving a field: an amount is shown grouped, a day as dd/mm/yyyy, and a completion before the start is named in words")
    func fieldsCheckedOnLeaving() throws {
        let h = try AppHarness()
        h.press(.character("a"))
        for _ in 0..<3 { h.press(.pageDown) }       // resources: the budget sources first
        h.type("150000000")
        h.press(.tab)
        #expect(h.text.contains("150.000.000"), "\(h.text)")
        h.press(.tab, .tab, .tab)                   // the other sources, workdays, land
        h.press(.tab)
        h.type("1/6/2024")                          // start
        h.press(.tab)
        #expect(h.text.contains("01/06/2024"))
        h.type("01/01/2024")                        // expected completion
        h.press(.tab)
        #expect(h.text.contains("Dự kiến hoàn thành (01/01/2024) trước Ngày bắt đầu (01/06/2024)"), "\(h.text)")
        #expect(!h.text.contains("expectedCompletion"), "the message names the field in words, not its key")
    }

    @Test func addSaveMoveAndHistory() throws {
        let h = try AppHarness()
        h.press(.character("a"))
        #expect(h.text.contains("Mô hình mới"))
        #expect(h.text.contains("* Tên mô hình"))
        fill(h, "Thắp sáng đường quê")            // name
        h.press(.tab)                               // year (this year)
        choose(h, "binh sa")                        // unit → moves to level
        h.press(.tab)                               // level keeps its default
        choose(h, "tap the")                        // subject
        choose(h, "mo hinh")                        // kind
        h.press(.tab)                               // origin keeps "new"
        choose(h, "van hoa")                        // field
        h.press(.pageDown)                          // registration content
        fill(h, "Thôn Kim Quang, xã Bình Sa")      // address
        h.press(.tab)                               // situation
        h.type("Lắp 270 bóng đèn")                  // objectives
        h.press(.pageDown)                          // people
        fill(h, "Nguyễn Văn Bình")
        h.press(.pageDown)                          // resources
        h.type("70.000.000")
        h.press(.control("s"))
        #expect(h.text.contains("Đã lưu 2025-0001 (phiên bản 1)"), "\(h.text)")
        let stored = try RecordStore(directory: h.directory).load(ModelRecord.self, id: "2025-0001")
        #expect(Array(stored.name.unicodeScalars) == Array("Thắp sáng đường quê".unicodeScalars))
        #expect(stored.unit == "xa-binh-sa")
        #expect(stored.subject == "collective")
        #expect(stored.field == "culture_society")
        #expect(stored.objectives == "Lắp 270 bóng đèn")
        #expect(stored.personInCharge.name == "Nguyễn Văn Bình")
        #expect(stored.resources.budget.first?.amount == 70_000_000)
        #expect(stored.state == "draft")

        h.press(.escape)                            // back to the list
        #expect(h.text.contains("Thắp sáng đường quê"))
        h.press(.character("m"))
        #expect(h.text.contains("Đã đăng ký"))
        h.press(.enter)                             // the first offered move: submit
        h.type("Nộp hồ sơ")
        h.press(.enter)
        #expect(h.text.contains("Đã chuyển 1 mô hình sang «Đã đăng ký»"))
        h.press(.character("h"))
        #expect(h.text.contains("Nháp → Đã đăng ký"))
        #expect(h.text.contains("Nộp hồ sơ"))
        #expect(h.text.contains("Nhật ký lưu") && h.text.contains("Tạo mới (phiên bản 1)"))
        #expect(try RecordStore(directory: h.directory).journal.read().entries.map(\.action) == ["create", "move:submit"])
    }

    @Test func aBadDateIsReportedWhenTheFieldIsLeftAndBlocksTheSave() throws {
        let h = try AppHarness(models: [AppHarness.model("2025-0001", "Camera bảo vệ cộng đồng")])
        h.press(.enter)
        // Resources and dates: three budget lines, workdays, land, then the start date.
        for _ in 0..<3 { h.press(.pageDown) }
        for _ in 0..<5 { h.press(.tab) }
        h.type("31/02/2025")
        h.press(.tab)
        #expect(h.text.contains("«31/02/2025» không phải ngày hợp lệ"))
        h.press(.control("s"))
        #expect(h.text.contains("Ngày bắt đầu"))
        #expect(try RecordStore(directory: h.directory).load(ModelRecord.self, id: "2025-0001").revision == 1)
        for _ in 0..<10 { h.press(.backspace) }
        h.type("01/03/2025")
        h.press(.control("s"))
        #expect(try RecordStore(directory: h.directory).load(ModelRecord.self, id: "2025-0001").startDate == Day(year: 2025, month: 3, day: 1))
    }

    @Test func undoAndRedoInsideTheForm() throws {
        let h = try AppHarness(models: [AppHarness.model("2025-0001", "Camera")])
        h.press(.enter)
        h.press(.end)
        h.type(" an ninh")
        #expect(h.text.contains("Camera an ninh"))
        for _ in 0..<8 { h.press(.control("z")) }
        #expect(!h.text.contains("Camera an ninh"))
        #expect(h.text.contains("Camera"))
        h.press(.control("y"), .control("y"))
        #expect(h.text.contains("Camera a"))
    }

    @Test func escapeAsksBeforeDiscardingEdits() throws {
        let h = try AppHarness(models: [AppHarness.model("2025-0001", "Camera")])
        h.press(.enter)
        h.type(" mới")
        h.press(.escape)
        #expect(h.text.contains("Bỏ thay đổi?"))
        h.press(.character("k"))
        #expect(h.text.contains("Camera mới"))
        h.press(.escape, .character("c"))
        #expect(h.text.contains("Danh sách mô hình"))
        #expect(try RecordStore(directory: h.directory).load(ModelRecord.self, id: "2025-0001").name == "Camera")
    }

    /// Home and End as tmux and PuTTY send them (`ESC[1~`, `ESC[4~`…), decoded as the terminal
    /// adapter decodes them, move in the field: they neither close a clean form nor ask to
    /// discard a dirty one. A lone Esc still goes back.
    @Test func homeAndEndSequencesMoveInTheFieldAndNeverActAsEscape() throws {
        let h = try AppHarness(models: [AppHarness.model("2025-0001", "Camera")])
        func send(_ bytes: String) {
            let keys = TerminalBytes(bytes)
            while let key = keys.nextKey() { h.press(key) }
        }
        h.press(.enter)
        send("\u{1B}[4~")
        #expect(h.screen.lines()[0].contains("2025-0001 — Camera"), "End in a clean form keeps it open")
        send(" mới")
        for home in ["\u{1B}[1~", "\u{1B}[H", "\u{1B}OH", "\u{1B}[7~"] {
            send(home + "<" + "\u{1B}[4~")
        }
        for end in ["\u{1B}[F", "\u{1B}OF", "\u{1B}[8~"] {
            send("\u{1B}[1~" + end + ">")
        }
        #expect(!h.text.contains("Bỏ thay đổi?"))
        #expect(h.text.contains("<<<<Camera mới>>>"), "\(h.text)")
        send("\u{1B}")
        #expect(h.text.contains("Bỏ thay đổi?"), "a lone Esc still asks before discarding")
    }

    @Test func aSecondClerkSavingTheSameRecordIsRefusedAndMayReload() throws {
        let h = try AppHarness(models: [AppHarness.model("2025-0001", "Camera")])
        h.press(.enter)
        h.press(.end)
        h.type(" của tôi")
        // Meanwhile another clerk saves the record.
        let store = RecordStore(directory: h.directory)
        var theirs = try store.load(ModelRecord.self, id: "2025-0001")
        theirs.name = "Camera của lãnh đạo"
        try store.commit([.model(theirs, expectedRevision: 1, action: "edit")], by: "lanhdao", at: TestSupport.time)
        h.press(.control("s"))
        #expect(h.text.contains("Người khác đã lưu trước"))
        #expect(h.text.contains("lanhdao"))
        #expect(try store.load(ModelRecord.self, id: "2025-0001").name == "Camera của lãnh đạo")
        h.press(.character("r"))
        #expect(h.text.contains("Camera của lãnh đạo"))
    }

    @Test func quittingWithUnsavedEditsAsksFirst() throws {
        let h = try AppHarness(models: [AppHarness.model("2025-0001", "Camera")])
        h.press(.enter)
        h.type("x")
        h.press(.control("c"))
        #expect(h.text.contains("Thoát dvk?"))
        #expect(!h.app.wantsQuit)
        h.press(.character("c"))
        #expect(h.app.wantsQuit)
    }

    /// A save the disk refuses (here the save lock cannot be opened: a folder stands where the
    /// lock file should be — an I/O error even for root, who passes every permission check) leaves
    /// the form open with what was typed and says why; once the trouble is gone, the same keys save.
    @Test func aSaveFailingWithAnIOErrorKeepsTheTypedValuesOnScreen() throws {
        let h = try AppHarness(models: [AppHarness.model("2025-0001", "Camera")])
        let before = try RecordStore(directory: h.directory).load(ModelRecord.self, id: "2025-0001")
        h.press(.enter)
        h.press(.end)
        h.type(" chưa lưu")
        let lock = h.directory.lockPath
        try? FileManager.default.removeItem(atPath: lock)
        try FileManager.default.createDirectory(atPath: lock, withIntermediateDirectories: false)
        h.press(.control("s"))
        #expect(h.text.contains(".lock"), "the message names the file: \(h.text)")
        #expect(h.text.contains("Camera chưa lưu"), "the typed value stays on screen: \(h.text)")
        #expect(!h.text.contains("Đã lưu"))
        let after = try RecordStore(directory: h.directory).load(ModelRecord.self, id: "2025-0001")
        #expect(after == before, "nothing was saved")
        try FileManager.default.removeItem(atPath: lock)
        h.press(.control("s"))
        #expect(h.text.contains("Đã lưu 2025-0001 (phiên bản 2)"), "\(h.text)")
        #expect(try RecordStore(directory: h.directory).load(ModelRecord.self, id: "2025-0001").name == "Camera chưa lưu")
    }

    /// Terminals send Ctrl-H as Backspace, so the history has keys every terminal delivers:
    /// F4 and Ctrl-L. Backspace (what a Ctrl-H arrives as) edits the text and opens nothing.
    @Test func theHistoryOpensWithF4OrCtrlLAndBackspaceOnlyDeletes() throws {
        let h = try AppHarness(models: [AppHarness.model("2025-0001", "Camera")])
        h.press(.enter)
        h.press(.function(1))
        #expect(h.text.contains("F4 / Ctrl-L"), "the help names the history keys")
        #expect(!h.text.contains("Ctrl-H"))
        #expect(!h.text.contains("?  F1") && !h.text.contains("q  Ctrl-C") && h.text.contains("Ctrl-C"),
                "in a form ? and q are typed, so the help lists only F1 and Ctrl-C: \(h.text)")
        let top = h.screen.lines().first { $0.contains("┌") } ?? ""
        #expect(top.contains("┐"), "the help's title stays inside its box: \(top)")
        h.press(.escape)
        h.press(.end, .backspace)
        let nameLine = { h.screen.lines()[h.screen.row(containing: "Tên mô hình") ?? 0] }
        #expect(nameLine().contains("Camer") && !nameLine().contains("Camera"), "Backspace deletes a letter")
        #expect(!h.text.contains("Lịch sử"))
        h.press(.function(4))
        #expect(h.screen.lines()[0].contains("Lịch sử — 2025-0001"), "F4 opens the history")
        h.press(.escape)
        #expect(nameLine().contains("Camer") && !nameLine().contains("Camera"), "back in the form with the edit kept")
        h.press(.control("l"))
        #expect(h.screen.lines()[0].contains("Lịch sử — 2025-0001"), "Ctrl-L opens the history")
    }

    /// Every question that could throw work away defaults to keeping it: Enter answers No, and
    /// the No button is the one drawn in reverse video.
    @Test func enterAnswersTheSafeChoiceAndThatChoiceIsMarked() throws {
        let h = try AppHarness(models: [AppHarness.model("2025-0001", "Camera")])
        h.press(.enter)
        h.type("x")
        h.press(.control("c"))
        #expect(h.text.contains("Thoát dvk?"))
        let footer = try #require(h.screen.row(containing: "[k] Không"))
        let line = h.screen.lines()[footer]
        let no = line.distance(from: line.startIndex, to: try #require(line.range(of: "[k]")).lowerBound)
        let yes = line.distance(from: line.startIndex, to: try #require(line.range(of: "[c]")).lowerBound)
        #expect(h.screen.style(row: footer, column: no).role == .selected, "the default is in reverse video")
        #expect(h.screen.style(row: footer, column: yes).role != .selected, "the other choice is not")
        h.press(.enter)
        #expect(!h.app.wantsQuit, "Enter keeps the unsaved form")
        #expect(h.text.contains("Camerax"))
        h.press(.escape)
        #expect(h.text.contains("Bỏ thay đổi?"))
        h.press(.enter)
        #expect(h.text.contains("Camerax"), "Enter keeps editing")
        #expect(!h.text.contains("Bỏ thay đổi?"))
    }

    /// Ctrl-C in a window too small to draw the form still asks before throwing edits away, and
    /// the question shows under the note.
    @Test func quittingFromATooSmallWindowStillAsksAndShowsTheQuestion() throws {
        let h = try AppHarness(models: [AppHarness.model("2025-0001", "Camera")])
        h.press(.enter)
        h.type("x")
        h.screen.resize(rows: 10, columns: 40)
        h.press(.resize, .control("c"))
        #expect(h.text.contains("Thoát dvk?"), "\(h.text)")
        #expect(h.text.contains("[k] Không ↵"))
        h.press(.enter)
        #expect(!h.app.wantsQuit)
        h.screen.resize(rows: 30, columns: 110)
        h.press(.resize)
        #expect(h.text.contains("Camerax"))
        h.screen.resize(rows: 10, columns: 40)
        h.press(.resize, .control("c"), .character("c"))
        #expect(h.app.wantsQuit)
    }

    @Test func aViewerCannotEdit() throws {
        let h = try AppHarness(models: [AppHarness.model("2025-0001", "Camera")], login: "khach", roles: ["viewer"])
        h.press(.character("a"))
        #expect(h.text.contains("chỉ có quyền xem"))
    }
}


import DVKApp
import DVKCore
import DVKStorage
import DVKTerminal
import DVKTestSupport
import Testing

/// Recording an inspection round from the list, for the current model or a marked batch.
@Suite struct InspectionScreenTests {
    @Test func aRoundForTwoMarkedModelsIsSavedAndLinkedToBoth() throws {
        let h = try AppHarness(models: [
            AppHarness.model("2025-0001", "Camera bảo vệ cộng đồng", state: "in_progress"),
            AppHarness.model("2025-0002", "Thắp sáng đường quê", state: "in_progress"),
        ])
        h.press(.character(" "), .character(" "), .character("i"))
        #expect(h.text.contains("Ghi đợt kiểm tra (2 mô hình)"))
        for _ in 0..<10 { h.press(.backspace) }
        h.type("12/06/2025")
        h.press(.tab, .enter)                       // the level picker
        h.type("huyen")
        h.press(.enter, .tab)
        h.type("Đoàn kiểm tra Ban Chỉ đạo huyện")
        h.press(.tab)
        h.type("Hà Đức Tập; Nguyễn Văn A")
        h.press(.tab)
        h.type("Đã lắp 250/270 bóng đèn")
        h.press(.tab, .tab)                         // recommendations, then the findings of the first model
        #expect(h.text.contains("Kết quả tại 2025-0001"))
        h.type("Camera đã lắp ở 3 ngã ba")
        h.press(.control("s"))
        #expect(h.text.contains("Đã ghi đợt kiểm tra KT-2025-001 cho 2 mô hình"), "\(h.text)")
        let store = RecordStore(directory: h.directory)
        let round = try store.load(InspectionRound.self, id: "KT-2025-001")
        #expect(round.level == "district")
        #expect(round.team == ["Hà Đức Tập", "Nguyễn Văn A"])
        #expect(round.modelIds.sorted() == ["2025-0001", "2025-0002"])
        let findings = Dictionary(uniqueKeysWithValues: round.findings.map { ($0.modelId, $0.findings) })
        #expect(findings["2025-0001"] == "Camera đã lắp ở 3 ngã ba", "a model's own line wins")
        #expect(findings["2025-0002"] == "Đã lắp 250/270 bóng đèn", "a blank line takes the shared findings")
        for id in ["2025-0001", "2025-0002"] {
            let model = try store.load(ModelRecord.self, id: id)
            #expect(model.inspectionIds == ["KT-2025-001"])
            #expect(model.history.last?.transition == "inspect")
        }
    }

    @Test func aBadDateIsRefusedAndNothingIsSaved() throws {
        let h = try AppHarness(models: [AppHarness.model("2025-0001", "Camera", state: "in_progress")])
        h.press(.character("i"))
        for _ in 0..<10 { h.press(.backspace) }
        h.type("32/13/2025")
        h.press(.control("s"))
        #expect(h.text.contains("«32/13/2025» không phải ngày hợp lệ"))
        #expect(RecordStore(directory: h.directory).ids(of: .inspection).isEmpty)
    }
}

/// The toolkit's overlays on their own.
@Suite struct OverlayWidgetTests {
    @Test func thePickerFiltersWithoutDiacriticsAndSkipsDisabledOptions() {
        var picker = Picker(title: "Đơn vị", options: [
            Picker.Option(id: "a", label: "Xã Kim Bình"), Picker.Option(id: "b", label: "Xã Bình Sa"),
            Picker.Option(id: "c", label: "Huyện đoàn", enabled: false),
        ])
        for c in "binh sa" { _ = picker.handle(.character(c), pageHeight: 5) }
        #expect(picker.current?.id == "b")
        #expect(picker.handle(.enter, pageHeight: 5) == .picked(Picker.Option(id: "b", label: "Xã Bình Sa")))
        var disabled = Picker(title: "x", options: [Picker.Option(id: "c", label: "Huyện đoàn", enabled: false)])
        #expect(disabled.handle(.enter, pageHeight: 5) == .none)
        #expect(disabled.handle(.escape, pageHeight: 5) == .cancelled)
        let screen = MemoryScreen(rows: 20, columns: 60)
        picker.draw(on: screen, language: .vi)
        #expect(screen.text.contains("Xã Bình Sa"))
        #expect(!screen.text.contains("Xã Kim Bình"))
    }

    @Test func aMessageBoxMapsKeysToChoices() {
        let box = MessageBox(title: "Bỏ thay đổi?", lines: ["Các thay đổi sẽ mất."], choices: [("c", "Có"), ("k", "Không")], defaultKey: "k")
        #expect(box.choice(for: .character("C")) == "c")
        #expect(box.choice(for: .escape) == "k")
        #expect(box.choice(for: .enter) == "k", "Enter takes the default, the safe answer")
        #expect(box.choice(for: .character("x")) == nil)
        let screen = MemoryScreen(rows: 12, columns: 50)
        box.draw(on: screen)
        #expect(screen.text.contains("[c] Có   [k] Không ↵"))
        let undecided = MessageBox(title: "?", lines: [], choices: [("a", "A"), ("b", "B")])
        #expect(undecided.choice(for: .enter) == nil, "with no default Enter answers nothing")
        #expect(MessageBox(title: "!", lines: [], choices: [("o", "OK")]).choice(for: .enter) == "o")
    }

    @Test func textFromRecordsCannotReachTheTerminalAsControlCharacters() {
        let screen = MemoryScreen(rows: 2, columns: 40)
        screen.put("Tổ\u{1B}[2J quốc\u{07}", row: 0, column: 0, style: .normal)
        screen.put("\u{202E}cốuq \u{2067}ổT\u{2069}\u{9B}", row: 1, column: 0, style: .normal)
        #expect(screen.lines() == ["Tổ [2J quốc", "cốuq ổT"])
    }
}

@Suite struct LoadingNoteTests {
    @Test func theLoadingNoteNamesTheDataDirectory() {
        let screen = MemoryScreen(rows: 10, columns: 60)
        LoadingNote.draw(on: screen, language: .vi, path: "/srv/dvk")
        #expect(screen.text.contains("Đang đọc dữ liệu…"))
        #expect(screen.text.contains("/srv/dvk"))
        #expect(screen.presentCount == 1)
    }
}

@Suite struct MouseOnOverlaysTests {
    @Test func clicksSelectAndPickInAPickerAndAnswerAMessageBox() {
        var picker = Picker(title: "Lĩnh vực", options: [Picker.Option(id: "a", label: "Kinh tế"), Picker.Option(id: "b", label: "Văn hóa – xã hội")])
        let (top, left, _, _) = picker.frame(rows: 24, columns: 80)
        let second = MouseEvent(kind: .click, row: top + 3, column: left + 4)
        #expect(picker.click(second, rows: 24, columns: 80) == .none)
        #expect(picker.current?.id == "b")
        #expect(picker.click(second, rows: 24, columns: 80) == .picked(Picker.Option(id: "b", label: "Văn hóa – xã hội")))
        let box = MessageBox(title: "Bỏ thay đổi?", lines: ["?"], choices: [("c", "Có"), ("k", "Không")])
        let frame = box.frame(rows: 24, columns: 80)
        let footer = frame.top + frame.height - 2
        #expect(box.choice(at: MouseEvent(kind: .click, row: footer, column: frame.left + 3), rows: 24, columns: 80) == "c")
        #expect(box.choice(at: MouseEvent(kind: .click, row: footer, column: frame.left + 2 + 9), rows: 24, columns: 80) == "k")
        #expect(box.choice(at: MouseEvent(kind: .click, row: frame.top, column: frame.left + 3), rows: 24, columns: 80) == nil)
    }

    @Test func aClickOnNoKeepsTheEdits() throws {
        let h = try AppHarness(models: [AppHarness.model("2025-0001", "Camera")])
        h.press(.enter)
        h.type(" mới")
        h.press(.escape)
        let footer = try #require(h.screen.row(containing: "[k] Không"))
        let column = try #require(h.screen.lines()[footer].range(of: "[k]").map { h.screen.lines()[footer].distance(from: h.screen.lines()[footer].startIndex, to: $0.lowerBound) })
        h.press(.mouse(MouseEvent(kind: .click, row: footer, column: column + 1)))
        #expect(!h.text.contains("Bỏ thay đổi?"))
        #expect(h.text.contains("Camera mới"))
    }
}

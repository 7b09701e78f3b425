@testable import DVKApp
import DVKCore
import DVKStorage
import DVKTerminal
import DVKTestSupport
import Testing

/// The `:` command line (issue 12, item 23): parsing and completion on their own, then each
/// command typed on the in-memory screen of the model list, the dashboard and the queues.
@Suite struct CommandLineTests {
    static let models = [AppHarness.model("2024-0137", "Đường hoa nông thôn mới", year: 2024),
                         AppHarness.model("2025-0001", "Thắp sáng đường quê", field: "culture_society", state: "appraisal"),
                         AppHarness.model("2025-0002", "Bếp ăn bán trú", state: "appraisal"),
                         AppHarness.model("2025-0003", "Tổ hòa giải", state: "recognised")]

    static func context() throws -> ColonCommandContext {
        let h = try AppHarness(models: models)
        return ColonCommandContext(workspace: h.workspace)
    }

    @Test("Each command parses by its word, an unambiguous start of it, or its values without diacritics")
    func parsing() throws {
        let c = try Self.context()
        #expect(c.parse("go 2024-0137") == .success(.go("2024-0137")))
        #expect(c.parse(":go 0137") == .success(.go("2024-0137")), "the number alone, when one id ends with it")
        #expect(c.parse("year 2025") == .success(.year(2025)))
        #expect(c.parse("year") == .success(.year(nil)), ":year alone clears")
        #expect(c.parse("ye 2024") == .success(.year(2024)))
        #expect(c.parse("state appraisal") == .success(.state("appraisal")))
        #expect(c.parse("state tham dinh ket qua") == .success(.state("appraisal")))
        #expect(c.parse("state Results appraisal") == .success(.state("appraisal")))
        #expect(c.parse("state recog") == .success(.state("recognised")), "the one state the start names")
        #expect(c.parse("field vhxh") == .success(.field("culture_society")), "an alias of the list")
        #expect(c.parse("field kinh te") == .success(.field("economy")))
        #expect(c.parse("unit xa kim binh") == .success(.unit("xa-kim-binh")))
        #expect(c.parse("export") == .success(.export))
        #expect(c.parse("q") == .success(.quit))
        #expect(c.parse("quit") == .success(.quit))
        #expect(c.parse("   ") == nil)
    }

    @Test("Wrong commands and values answer in words, naming the commands or the values there are")
    func errors() throws {
        let c = try Self.context()
        guard case .failure(let unknown) = c.parse("frobnicate") else { Issue.record("no error"); return }
        #expect(unknown.text.vi.contains("Không có lệnh “frobnicate”") && unknown.text.vi.contains(":go") && unknown.text.vi.contains(":export"))
        guard case .failure(let missing) = c.parse("go 2024-9999") else { Issue.record("no error"); return }
        #expect(missing.text.vi == "Không có mô hình mã “2024-9999”.")
        guard case .failure(let noID) = c.parse("go") else { Issue.record("no error"); return }
        #expect(noID.text.vi.contains("Cần mã mô hình"))
        guard case .failure(let year) = c.parse("year hai") else { Issue.record("no error"); return }
        #expect(year.text.vi.contains("không phải một năm"))
        guard case .failure(let state) = c.parse("state xyz") else { Issue.record("no error"); return }
        #expect(state.text.vi.contains("Không có trạng thái “xyz”") && state.text.vi.contains("appraisal"))
        guard case .failure(let field) = c.parse("field xyz") else { Issue.record("no error"); return }
        #expect(field.text.vi.contains("Không có lĩnh vực"))
    }

    @Test("Tab completes the command word, then ids, years, states and list labels")
    func completion() throws {
        let c = try Self.context()
        #expect(c.complete("y").line == "year ")
        #expect(c.complete("ex").line == "export")
        let all = c.complete("")
        #expect(all.candidates == ColonCommandContext.words)
        #expect(c.complete("go 2024").line == "go 2024-0137")
        let ids = c.complete("go 2025")
        #expect(ids.line == "go 2025-000" && ids.candidates == ["2025-0001", "2025-0002", "2025-0003"])
        #expect(c.complete("year 202").candidates == ["2025", "2024"])
        #expect(c.complete("state appr").line == "state appraisal")
        #expect(c.complete("state tham").line == "state Thẩm định ", "without diacritics, as far as the labels agree")
        #expect(c.complete("field ntm").line == "field NTM")
        #expect(c.complete("field nong thon").line == "field Nông thôn mới")
        #expect(c.complete("zz 1") == .init(line: "zz 1", candidates: []))
        let states = c.complete("state ").candidates
        #expect(states.contains("Nháp") && !states.contains("draft") && !states.contains("Draft"), "each state once, by its Vietnamese name: \(states)")
    }

    @Test("↑↓ walk the commands run before; Esc leaves; Backspace on an empty line leaves")
    func promptHistory() throws {
        let c = try Self.context()
        var prompt = ColonPrompt(history: ["year 2024", "state appraisal"])
        #expect(prompt.handle(.character("g"), context: c) == .none)
        _ = prompt.handle(.up, context: c)
        #expect(prompt.editor.text == "state appraisal")
        _ = prompt.handle(.up, context: c)
        _ = prompt.handle(.up, context: c)
        #expect(prompt.editor.text == "year 2024")
        _ = prompt.handle(.down, context: c)
        _ = prompt.handle(.down, context: c)
        #expect(prompt.editor.text == "g", "back to what was typed")
        #expect(prompt.handle(.enter, context: c) == .run("g"))
        #expect(prompt.handle(.escape, context: c) == .cancel)
        var empty = ColonPrompt(history: [])
        #expect(empty.handle(.backspace, context: c) == .cancel)
    }

    // MARK: - On the screens

    @Test(":year, :state, :field narrow the model list; :year alone clears; :q quits")
    func filtersOnTheList() throws {
        let h = try AppHarness(models: Self.models)
        h.press(.character(":"))
        #expect(h.screen.lines().last?.hasPrefix(":") == true)
        h.type("year 2024")
        h.press(.enter)
        #expect(h.text.contains("Đường hoa nông thôn mới") && !h.text.contains("Bếp ăn bán trú"), "\(h.text)")
        h.press(.character(":"))
        h.type("year")
        h.press(.enter)
        #expect(h.text.contains("Bếp ăn bán trú"))
        h.press(.character(":"))
        h.type("state tham dinh ket qua")
        h.press(.enter)
        #expect(h.text.contains("Bếp ăn bán trú") && !h.text.contains("Tổ hòa giải"), "\(h.text)")
        h.press(.character(":"))
        h.type("field vhxh")
        h.press(.enter)
        #expect(h.text.contains("Thắp sáng đường quê") && !h.text.contains("Bếp ăn bán trú"), "\(h.text)")
        h.press(.character("x"))
        h.press(.character(":"))
        h.type("q")
        h.press(.enter)
        #expect(h.app.wantsQuit)
    }

    @Test(":go opens the model's form; an unknown id says so; a wrong command lists the commands")
    func goAndErrors() throws {
        let h = try AppHarness(models: Self.models)
        h.press(.character(":"))
        h.type("go 2024-9999")
        h.press(.enter)
        #expect(h.text.contains("Không có mô hình mã “2024-9999”."), "\(h.text)")
        h.press(.character(":"))
        h.type("foo")
        h.press(.enter)
        #expect(h.screen.lines().last?.hasPrefix("Không có lệnh “foo”. Các lệnh: :go :year :state :field :unit :export :q (Tab gợi ý)") == true, "\(h.text)")
        h.press(.character(":"))
        h.type("go 01")
        h.press(.tab)
        h.press(.tab)
        #expect(h.screen.lines().last?.contains("2024-0137") == false)
        h.press(.control("u"))
        h.type("go 2024")
        h.press(.tab)
        #expect(h.screen.lines().last?.hasPrefix(":go 2024-0137") == true, "\(h.screen.lines().last ?? "")")
        h.press(.enter)
        #expect(h.text.contains("Đường hoa nông thôn mới"))
        #expect(h.app.stackTitles.last != h.app.stackTitles.first, "a form is open above the list: \(h.app.stackTitles)")
        h.press(.escape)
        h.press(.character(":"), .up)
        #expect(h.screen.lines().last?.hasPrefix(":go 2024-0137") == true, "↑ brings the last command back")
    }

    @Test(":state and :year filter the appraisal queue; a state it does not hold is said in words; Esc leaves the line")
    func filtersOnTheQueues() throws {
        let h = try AppHarness(models: Self.models, startOnDashboard: true)
        h.press(.character("T"), .character(":"))
        h.type("state recognised")
        h.press(.enter)
        #expect(h.text.contains("Hàng đợi này không có mô hình ở trạng thái “Được công nhận”."), "\(h.text)")
        h.press(.character(":"))
        h.type("field vhxh")
        h.press(.enter)
        #expect(h.text.contains("Thắp sáng đường quê") && !h.text.contains("Bếp ăn bán trú"), "\(h.text)")
        h.press(.character(":"))
        h.type("year 20")
        h.press(.escape)
        #expect(h.text.contains("Thắp sáng đường quê"), "Esc runs nothing")
        h.press(.escape, .character(":"))
        h.type("year 2024")
        h.press(.enter)
        #expect(h.app.stackTitles.last == "Danh sách mô hình" || h.text.contains("Đường hoa nông thôn mới"), "the dashboard hands the filter to the list")
        #expect(h.text.contains("Đường hoa nông thôn mới") && !h.text.contains("Bếp ăn bán trú"), "\(h.text)")
    }

    @Test(":export starts the list's export, as e does")
    func export() throws {
        let h = try AppHarness(models: Self.models)
        h.press(.character("e"))
        let byKey = h.text
        h.press(.escape, .escape, .escape)
        h.press(.character(":"))
        h.type("exp")
        h.press(.tab, .enter)
        #expect(h.text == byKey, "\(h.text)")
    }
}

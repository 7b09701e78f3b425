@testable import DVKApp
import DVKCore
import DVKTerminal
import DVKTestSupport
import Testing

/// The same keys mean the same thing on every list-like screen (issue 12, item 11): `/` search,
/// `f` filter, `x` clear, `h` history, `b` the award list, `:` the command line.
@Suite struct SameKeysTests {
    static let models = [AppHarness.model("2025-0001", "Thắp sáng đường quê", state: "recognised"),
                         AppHarness.model("2025-0002", "Tổ hòa giải", field: "culture_society", state: "recognised")]

    @Test("b on the awards screen opens the award list, as on the list and the dashboard")
    func bOnTheAwardsScreen() throws {
        let h = try AppHarness(models: Self.models, startOnDashboard: true)
        h.press(.character("b"))
        let fromDashboard = h.screen.lines().last ?? ""
        h.press(.character("K"), .character("b"))
        #expect(h.screen.lines().last == fromDashboard && fromDashboard.contains("quyết định"), "\(h.text)")
    }

    @Test("/ and f on the dashboard search and filter the model list, which they show")
    func searchAndFilterFromTheDashboard() throws {
        let h = try AppHarness(models: Self.models, startOnDashboard: true)
        h.press(.character("/"))
        h.type("hoa giai")
        #expect(h.text.contains("Tổ hòa giải") && !h.text.contains("Thắp sáng đường quê"), "\(h.text)")
        h.press(.enter, .character("x"), .character("d"), .character("f"))
        h.type("linh vuc")
        h.press(.enter)
        h.type("van hoa")
        h.press(.enter)
        #expect(h.text.contains("Tổ hòa giải") && !h.text.contains("Thắp sáng đường quê"), "\(h.text)")
    }

    @Test("h opens the history and x clears the filters in the awards screen as in the list; : works there too")
    func historyClearAndCommandsInTheAwardsScreen() throws {
        let h = try AppHarness(models: Self.models)
        h.press(.character("K"), .character(":"))
        h.type("field vhxh")
        h.press(.enter)
        #expect(h.text.contains("Tổ hòa giải") && !h.text.contains("Thắp sáng đường quê"), "\(h.text)")
        h.press(.character("x"))
        #expect(h.text.contains("Thắp sáng đường quê"))
        h.press(.character("h"))
        #expect(h.app.stackTitles.count == 3, "\(h.app.stackTitles)")
    }
}

import DVKCore
import Foundation
import Testing
@testable import DVKDocuments

/// Award lists as XLSX, read back by openpyxl: real numbers, exact text, merged rows, widths and
/// heights that grow with wrapped text, the A4 page setup — and hostile text still opens.
@Suite struct XlsxTests {
    typealias F = DocumentFixtures

    func read(_ document: PrintDocument, _ name: String = "list.xlsx") throws -> [String: Any] {
        try PythonReader.xlsx(try F.write(try XlsxWriter(document).bytes(), name))
    }

    func value(_ cells: [[String: Any]], _ ref: String) -> Any? {
        cells.first { $0["ref"] as? String == ref }?["value"]
    }

    @Test func theListSheetHasNumbersTextMergesWidthsAndHeights() throws {
        let list = try F.awardList()
        let xlsx = try read(list.layout())
        let cells = Reading.cells(xlsx)
        let texts = cells.compactMap { $0["value"] as? String }
        for expected in ["DANH SÁCH", list.title, list.subtitle, "I. TẬP THỂ", "II. CÁ NHÂN", "Tổng: 2 tập thể, 3 cá nhân",
                         "Nguyễn Thị Hoa", "1978 (Nữ)", "Hà Đức Tập", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"] {
            #expect(Reading.containsExactly(texts, expected), "«\(expected)»")
        }
        let stt = cells.filter { $0["column"] as? Int == 1 && $0["type"] as? String == "n" }
        #expect(stt.compactMap { $0["value"] as? Int } == [1, 2, 1, 2, 3])
        #expect(cells.allSatisfy { $0["font"] as? String == "Times New Roman" })
        let merged = try #require(xlsx["merged"] as? [String])
        let titleRow = try #require(cells.first { $0["value"] as? String == "DANH SÁCH" }?["row"] as? Int)
        #expect(merged.contains("A\(titleRow):H\(titleRow)"))
        let widths = try #require(xlsx["widths"] as? [String: Double])
        #expect(widths.count == 8 && widths.values.allSatisfy { $0 > 2 })
        let heights = try #require(xlsx["heights"] as? [String: Double])
        let hoaRow = try #require(cells.first { $0["value"] as? String == "Nguyễn Thị Hoa" && $0["column"] as? Int == 2 }?["row"] as? Int)
        let hoaHeight = try #require(heights[String(hoaRow)])
        let letterRow = try #require(heights[String(titleRow)])
        #expect(hoaHeight > letterRow, "a row with wrapped text is taller (\(hoaHeight) vs \(letterRow))")
        #expect(xlsx["orientation"] as? String == "landscape")
        #expect(xlsx["paper"] as? Int == 9)
    }

    @Test func everyPrintedPageOfEveryTableStartsWithThatTablesHeader() throws {
        let list = try ReportPrintTests.partyList()
        let xlsx = try read(list.layout())
        let cells = Reading.cells(xlsx)
        let breaks = try #require(xlsx["breaks"] as? [Int])
        #expect(breaks.count >= 2, "18 recipients with summaries fill more than two pages: \(breaks)")
        func text(_ ref: String) -> String? { value(cells, ref) as? String }
        for row in breaks {
            // The row after a break is a table's first header row ("STT", then that table's own titles).
            #expect(text("A\(row + 1)") == "STT", "row \(row + 1) after a page break")
            let title = text("B\(row + 1)")
            #expect(title == "Tên tập thể" || title == "Họ và tên", "row \(row + 1): \(String(describing: title))")
        }
        // Part II's header repeats too, not only the first table's.
        let individualHeaders = cells.filter { $0["value"] as? String == "Họ và tên" }.count
        let collectiveHeaders = cells.filter { $0["value"] as? String == "Tên tập thể" }.count
        #expect(individualHeaders >= 1 && collectiveHeaders >= 1 && individualHeaders + collectiveHeaders == breaks.count + 2)
        // The signature's page holds the last rows: no break after the last recipient.
        let last = try #require(cells.first { $0["value"] as? String == "Người thứ 18" }?["row"] as? Int)
        let signer = try #require(cells.first { $0["value"] as? String == ReportPrintTests.signer }?["row"] as? Int)
        #expect(!breaks.contains { $0 >= last - 1 && $0 < signer })
    }

    @Test func hostileTextGivesAWorkbookThatOpens() throws {
        var (decision, models) = F.decision()
        decision.recipients = [
            AwardRecipient(name: #"A & B <c> "d" 'e'"#, subject: "collective", unit: "\u{0B}\u{01}Xã\u{7F}"),
            AwardRecipient(name: "Nguye\u{0302}\u{0303}n", subject: "individual", note: String(repeating: "dài ", count: 2000)),
        ]
        let list = try AwardListBuilder(configuration: F.configuration()).build(decisions: [decision], models: models)
        let cells = Reading.cells(try read(list.layout(), "hostile.xlsx"))
        let texts = cells.compactMap { $0["value"] as? String }
        #expect(Reading.containsExactly(texts, #"A & B <c> "d" 'e'"#))
        #expect(Reading.containsExactly(texts, "Xã"))
        #expect(Reading.containsExactly(texts, "Nguyễn".precomposedStringWithCanonicalMapping))
        #expect(Reading.containsExactly(texts, String(repeating: "dài ", count: 2000)))
    }

    @Test func columnLettersGoPastZ() {
        #expect(XlsxSheet.columnName(0) == "A")
        #expect(XlsxSheet.columnName(25) == "Z")
        #expect(XlsxSheet.columnName(26) == "AA")
        #expect(XlsxSheet.reference(12, 27) == "AB12")
    }
}

import Foundation
import DVKCore
import Testing
@testable import DVKDocuments

/// The plain-text form for terminals: lines fit the width in display columns, the letterhead
/// sits in two columns, header cells centre over the columns they span, numbers align right.
@Suite struct PlainTextTests {
    @Test func everyLineFitsTheWidthInDisplayColumns() throws {
        var (decision, models) = DocumentFixtures.decision()
        decision.recipients.append(AwardRecipient(name: "漢字の名前 Nguyễn", subject: "individual", unit: "Xã\u{0B}Bình Sa"))
        let list = try AwardListBuilder(configuration: DocumentFixtures.configuration()).build(decisions: [decision], models: models)
        for width in [60, 100, 132] {
            let lines = PlainTextWriter(list.layout(), width: width).lines()
            #expect(lines.allSatisfy { TextWidth.columns(of: $0) <= width }, "width \(width)")
            #expect(lines.allSatisfy { !$0.hasSuffix(" ") })
            #expect(!lines.joined().unicodeScalars.contains { $0.properties.generalCategory == .control })
        }
        let lines = PlainTextWriter(list.layout(), width: 132).lines()
        let first = try #require(lines.first)
        #expect(first.contains("ỦY BAN NHÂN DÂN HUYỆN CHIÊM HÓA") && first.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
        #expect(lines.contains { $0.trimmingCharacters(in: .whitespaces) == "DANH SÁCH" })
        #expect(lines.contains("Tổng: 2 tập thể, 4 cá nhân"))
        #expect(lines.contains { $0.contains("漢字の名前") })
    }

    @Test func groupHeadersCentreOverTheirColumnsAndNumbersAlignRight() {
        let table = PrintTable(columns: [PrintColumn(width: 100, alignment: .left), PrintColumn(width: 50, alignment: .center),
                                         PrintColumn(width: 50, alignment: .center)],
                               header: HeaderGrid(paths: [["Lĩnh vực"], ["Cấp khen", "Tập thể"], ["Cấp khen", "Cá nhân"]]),
                               rows: [PrintRow([PrintCell("Kinh tế"), PrintCell(number: 7), PrintCell(number: 12)]),
                                      PrintRow([PrintCell("Tổng cộng", bold: true), PrintCell(number: 7), PrintCell(number: 12)], kind: .total)],
                               headerStyle: TextStyle(size: 12, bold: true), bodyStyle: TextStyle(size: 12))
        let lines = PlainTextWriter(PrintDocument(title: "t", orientation: .portrait, blocks: [.table(table)]), width: 44).lines()
        let rule = String(repeating: "─", count: 44)
        #expect(lines == [
            rule,
            "      Lĩnh vực               Cấp khen",
            "                       Tập thể     Cá nhân",
            rule,
            "Kinh tế                        7          12",
            rule,
            "Tổng cộng                      7          12",
            rule,
        ])
    }
}

import DVKCore
import DVKDocuments
import Testing
@testable import DVKImport

/// What dvk writes as a plain-table workbook (the list exports, the import template), the
/// XLSX reader gives back cell for cell — formula-like text, line ends and Excel's own escape
/// look-alikes included.
@Suite struct XlsxRoundTripTests {
    typealias Cell = XlsxTableWorkbook.Cell

    static let tricky = ["=SUM(A1:A3)", "+84 912 345 678", "-5 hộ", "@thuky", "\tthụt lề", "dòng 1\r\ndòng 2\rdòng 3\ndòng 4",
                         "_x000D_ không phải CR", "A & B <c> \"d\" 'e'", "  hai đầu có dấu cách  "]

    @Test func aWrittenWorkbookReadsBackCellForCell() throws {
        let day = Day(year: 2025, month: 10, day: 14)!
        let rows: [[Cell]] = XlsxRoundTripTests.tricky.enumerated().map { index, text in
            [.text(text), .number(Double(index) * 1.5), index == 2 ? .empty : .date(day), .text("Kinh tế")]
        } + [[.empty, .empty, .empty, .number(-0.125)]]
        let workbook = XlsxTableWorkbook(sheets: [
            .init(name: "Mô hình", columns: [
                .init(header: "Tên", width: 30), .init(header: "Số", width: 8), .init(header: "Ngày", width: 12),
                .init(header: "Lĩnh vực", width: 20, choices: ["Kinh tế", "Văn hóa – xã hội"]),
            ], rows: rows),
        ])
        let tables = try XlsxReader.read(bytes: try workbook.bytes(), file: "mau.xlsx")
        #expect(tables.map(\.name) == ["Mô hình", XlsxTableWorkbook.choicesSheetName])
        let table = tables[0]
        #expect(table.rowNumbers == Array(1...(rows.count + 1)))
        #expect(table.rows[0] == [.text("Tên"), .text("Số"), .text("Ngày"), .text("Lĩnh vực")])
        let serial = Double(ExcelDate.serial(day))
        for (index, text) in XlsxRoundTripTests.tricky.enumerated() {
            let row = table.rows[index + 1]
            guard case .text(let read) = row[0] else {
                Issue.record("row \(index + 2): \(row[0])")
                continue
            }
            #expect(Array(read.unicodeScalars) == Array(text.unicodeScalars), "«\(text)»")
            #expect(row.dropFirst() == [.number(Double(index) * 1.5), index == 2 ? .empty : .dateSerial(serial), .text("Kinh tế")])
        }
        #expect(table.rows.last == [.empty, .empty, .empty, .number(-0.125)])
        #expect(tables[1].rows == [[.text("Lĩnh vực")], [.text("Kinh tế")], [.text("Văn hóa – xã hội")]])
    }

    @Test func decomposedVietnameseComesBackComposed() throws {
        let nfd = "Nguyễn Thị Hoa".decomposedStringWithCanonicalMapping
        let workbook = XlsxTableWorkbook(sheets: [.init(name: "S", columns: [.init(header: "Họ và tên", width: 20)], rows: [[.text(nfd)]])])
        let table = try #require(try XlsxReader.read(bytes: try workbook.bytes(), file: "nfd.xlsx").first)
        guard case .text(let read) = table.rows[1][0] else { Issue.record("\(table.rows)"); return }
        #expect(Array(read.unicodeScalars) == Array("Nguyễn Thị Hoa".precomposedStringWithCanonicalMapping.unicodeScalars))
    }
}

import DVKCore
import DVKTestSupport
import Foundation
import Testing
@testable import DVKDocuments

/// Plain-table workbooks read back by openpyxl: values and their types, the frozen header with
/// its autofilter, widths, the drop-down lists on the "Danh mục" sheet, the notes — and
/// LibreOffice opens them.
@Suite struct XlsxTableWorkbookTests {
    static let fields = ["Văn hóa – xã hội", "Kinh tế", "Quốc phòng, an ninh", "Xây dựng hệ thống chính trị"]

    static func workbook(rows: [[XlsxTableWorkbook.Cell]]? = nil) -> XlsxTableWorkbook {
        let columns = [
            XlsxTableWorkbook.Column(header: "Tên mô hình", width: 40, note: "Ghi đúng tên trong báo cáo"),
            XlsxTableWorkbook.Column(header: "Số hộ", width: 10),
            XlsxTableWorkbook.Column(header: "Ngày", width: 12),
            XlsxTableWorkbook.Column(header: "Lĩnh vực", width: 30, choices: fields),
        ]
        let defaultRows: [[XlsxTableWorkbook.Cell]] = [
            [.text("Thắp sáng đường quê"), .number(270), .date(Day(year: 2025, month: 10, day: 14)!), .text("Kinh tế")],
            [.text("=HYPERLINK(\"x\")"), .number(12.5), .empty, .text("Văn hóa – xã hội")],
        ]
        let long = (1...40).map { "Lựa chọn số \($0) khá dài" }
        return XlsxTableWorkbook(sheets: [
            .init(name: "Mô hình: 2025/2026", columns: columns, rows: rows ?? defaultRows),
            .init(name: "Cá nhân", columns: [.init(header: "Họ và tên", width: 25), .init(header: "Chọn", width: 20, choices: long)], rows: []),
        ])
    }

    static let script = #"""
import sys, json, datetime
import openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": wb.sheetnames}
for ws in wb.worksheets:
    cells = [[{"type": c.data_type, "value": c.value.isoformat() if isinstance(c.value, datetime.datetime) else c.value,
               "format": c.number_format} for c in row] for row in ws.iter_rows()]
    out[ws.title] = {
        "cells": cells, "freeze": ws.freeze_panes, "filter": ws.auto_filter.ref,
        "widths": {k: v.width for k, v in ws.column_dimensions.items()},
        "headerBold": bool(ws["A1"].font.b), "headerFill": ws["A1"].fill.fgColor.rgb,
        "validations": [{"type": v.type, "formula": v.formula1, "sqref": str(v.sqref), "prompt": v.prompt,
                         "error": bool(v.showErrorMessage)} for v in ws.data_validations.dataValidation],
        "state": ws.sheet_state,
    }
print(json.dumps(out, ensure_ascii=False))
"""#

    func read(_ workbook: XlsxTableWorkbook) throws -> [String: Any] {
        let path = try TestSupport.scratchFolder("dvk-table-xlsx") + "/bang.xlsx"
        try Data(try workbook.bytes()).write(to: URL(fileURLWithPath: path))
        return try #require(try PythonReader.json(XlsxTableWorkbookTests.script, [path]) as? [String: Any])
    }

    @Test func openpyxlReadsValuesTheFrozenHeaderTheFilterAndTheLists() throws {
        let book = try read(XlsxTableWorkbookTests.workbook())
        #expect(book["sheets"] as? [String] == ["Mô hình- 2025-2026", "Cá nhân", "Danh mục"])
        let sheet = try #require(book["Mô hình- 2025-2026"] as? [String: Any])
        let cells = try #require(sheet["cells"] as? [[[String: Any]]])
        #expect(cells[0].map { $0["value"] as? String } == ["Tên mô hình", "Số hộ", "Ngày", "Lĩnh vực"])
        #expect(cells[1][0]["value"] as? String == "Thắp sáng đường quê")
        #expect(cells[1][1]["value"] as? Int == 270 && cells[1][1]["type"] as? String == "n")
        #expect(cells[1][2]["value"] as? String == "2025-10-14T00:00:00" && cells[1][2]["format"] as? String == "dd/mm/yyyy")
        #expect(cells[2][0]["value"] as? String == "=HYPERLINK(\"x\")" && cells[2][0]["type"] as? String == "s", "formula-like text stays text")
        #expect(cells[2][1]["value"] as? Double == 12.5)
        #expect(sheet["freeze"] as? String == "A2")
        #expect(sheet["filter"] as? String == "A1:D3")
        #expect(sheet["headerBold"] as? Bool == true && sheet["headerFill"] as? String == "FFDDEBF7")
        #expect((sheet["widths"] as? [String: Double])?["A"] == 40)
        let validations = try #require(sheet["validations"] as? [[String: Any]])
        let list = try #require(validations.first { $0["type"] as? String == "list" })
        #expect(list["formula"] as? String == "'Danh mục'!$A$2:$A$5")
        #expect(list["sqref"] as? String == "D2:D10000")
        #expect(list["error"] as? Bool == false)
        #expect(validations.contains { $0["prompt"] as? String == "Ghi đúng tên trong báo cáo" && $0["sqref"] as? String == "A1:A10000" })
        let lists = try #require(book["Danh mục"] as? [String: Any])
        let listCells = try #require(lists["cells"] as? [[[String: Any]]])
        #expect(listCells.map { $0[0]["value"] as? String } == ["Lĩnh vực"] + XlsxTableWorkbookTests.fields + Array(repeating: nil, count: 36))
        #expect(listCells.count == 41 && listCells[40][1]["value"] as? String == "Lựa chọn số 40 khá dài")
        #expect(lists["state"] as? String == "visible")
        let second = try #require((book["Cá nhân"] as? [String: Any])?["validations"] as? [[String: Any]])
        #expect(second.first?["formula"] as? String == "'Danh mục'!$B$2:$B$41", "a list longer than 255 characters goes by reference")
    }

    @Test func sheetNamesAreCleanedShortenedAndUnique() {
        let names = XlsxSheetNames.unique(["Danh mục", "danh MỤC", "a[b]c:d*e?f/g\\h'i", "", String(repeating: "x", count: 40),
                                           String(repeating: "x", count: 40)])
        #expect(names == ["Danh mục", "danh MỤC (2)", "a-b-c-d-e-f-g-h-i", "Sheet4", String(repeating: "x", count: 31),
                          String(repeating: "x", count: 27) + " (2)"])
    }

    @Test func textKeepsCarriageReturnsAndExcelLookalikeEscapes() {
        #expect(XlsxTableSheet.inlineText("a\r\nb _x000D_ & <") == "a&#13;\nb _x005F_x000D_ &amp; &lt;")
        #expect(XlsxTableSheet.number(3) == "3" && XlsxTableSheet.number(-0.25) == "-0.25")
        #expect(XlsxTableSheet.cell(.number(.nan), row: 2, column: 0, style: 0).isEmpty)
    }

    @Test(.enabled(if: PDFConverter.locate(environment: ProcessInfo.processInfo.environment) != nil,
                   Comment(rawValue: Tools.missing("soffice", package: "libreoffice-calc-nogui"))), .timeLimit(.minutes(2)))
    func libreOfficeConvertsTheWorkbook() throws {
        let folder = try TestSupport.scratchFolder("dvk-table-xlsx-lo")
        let converter = try #require(PDFConverter.locate(environment: ["PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": folder]))
        let path = folder + "/bang.xlsx"
        try Data(try XlsxTableWorkbookTests.workbook().bytes()).write(to: URL(fileURLWithPath: path))
        let pdfs = try converter.convert([path], outputFolder: folder + "/pdf")
        let size = try FileManager.default.attributesOfItem(atPath: try #require(pdfs.first))[.size] as? Int ?? 0
        #expect(size > 1000)
    }
}

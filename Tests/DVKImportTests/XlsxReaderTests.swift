import DVKCore
import DVKTestSupport
import Foundation
import Testing
@testable import DVKImport

/// Workbooks written by openpyxl, LibreOffice and by hand read into tables: every cell type,
/// Vietnamese text exactly as written, real sheet row numbers, dates from the cell formats.
@Suite struct XlsxReaderTests {
    typealias X = HandMadeXlsx

    static func scalars(_ cell: SourceCell) -> [Unicode.Scalar] {
        if case .text(let text) = cell { return Array(text.unicodeScalars) }
        return []
    }

    static let openpyxlScript = #"""
import sys, datetime, unicodedata, openpyxl
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Danh sách"
ws.append(["Tên mô hình", "Số hộ", "Ngày", "Đạt"])
ws["A3"] = unicodedata.normalize("NFC", "Thắp sáng đường quê")
ws["B3"] = 270
ws["C3"] = datetime.datetime(2025, 10, 14)
ws["D3"] = True
ws["A4"] = unicodedata.normalize("NFD", "Nguyễn Thị Hoa")
ws["B4"] = 12.5
ws["C4"] = datetime.date(2024, 2, 29)
ws["E4"] = "cuối"
ws["D4"] = False
wb.create_sheet("Thống kê")["B2"] = "Tổng"
wb.save(sys.argv[1])
"""#

    @Test(.enabled(if: SpreadsheetTools.hasOpenpyxl, SpreadsheetTools.openpyxlMissing))
    func anOpenpyxlWorkbookReadsCellByCell() throws {
        let path = try TestSupport.scratchFolder("dvk-xlsx") + "/openpyxl.xlsx"
        try SpreadsheetTools.runPython(XlsxReaderTests.openpyxlScript, [path])
        let tables = try XlsxReader.read(bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))), file: "openpyxl.xlsx")
        #expect(tables.map(\.name) == ["Danh sách", "Thống kê"])
        let list = tables[0]
        #expect(list.rowNumbers == [1, 3, 4])
        #expect(list.rows[0] == ["Tên mô hình", "Số hộ", "Ngày", "Đạt"].map { .text($0) })
        let october = Double(ExcelDate.serial(Day(year: 2025, month: 10, day: 14)!))
        let leapDay = Double(ExcelDate.serial(Day(year: 2024, month: 2, day: 29)!))
        #expect(list.rows[1].dropFirst() == [.number(270), .dateSerial(october), .bool(true)])
        #expect(list.rows[2].dropFirst() == [.number(12.5), .dateSerial(leapDay), .bool(false), .text("cuối")])
        #expect(Self.scalars(list.rows[1][0]) == Array("Thắp sáng đường quê".precomposedStringWithCanonicalMapping.unicodeScalars))
        #expect(Self.scalars(list.rows[2][0]) == Array("Nguyễn Thị Hoa".decomposedStringWithCanonicalMapping.unicodeScalars))
        #expect(tables[1].rows == [[.empty, .text("Tổng")]] && tables[1].rowNumbers == [2])
    }

    @Test(.enabled(if: SpreadsheetTools.hasSoffice, SpreadsheetTools.sofficeMissing), .timeLimit(.minutes(1)))
    func aLibreOfficeWorkbookReads() throws {
        let folder = try TestSupport.scratchFolder("dvk-xlsx-lo")
        let csv = folder + "/danh-sach.csv"
        try "Tên,Số,Ngày\nHội Nông dân xã Trung Hà,42,2025-10-14\n".write(toFile: csv, atomically: true, encoding: .utf8)
        let xlsx = try SpreadsheetTools.convert(csv, to: "xlsx", filter: "CSV:44,34,76,1,,1033,false,true", into: folder)
        let tables = try XlsxReader.read(bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: xlsx))), file: "danh-sach.xlsx")
        try #require(tables.count == 1)
        let october = Double(ExcelDate.serial(Day(year: 2025, month: 10, day: 14)!))
        #expect(tables[0].rows == [[.text("Tên"), .text("Số"), .text("Ngày")],
                                   [.text("Hội Nông dân xã Trung Hà"), .number(42), .dateSerial(october)]])
    }

    @Test func inlineAndRichStringsEntitiesAndExcelEscapesDecode() throws {
        let strings = X.sharedStrings([
            "<t>Chi bộ &amp; thôn</t>",
            #"<r><rPr><b/></rPr><t xml:space="preserve">Bản </t></r><r><t>Ba</t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh>"#,
            "<t>dòng 1_x000D_\ndòng 2 _x005F_x000D_</t>",
        ])
        let rows = #"""
<row r="2"><c r="A2" t="s"><v>0</v></c><c r="C2" t="s"><v>1</v></c></row>
<row><c t="inlineStr"><is><t>&#7840;&#x1EA0; &lt;b&gt; &quot;x&quot; &apos;y&apos;</t></is></c><c t="s"><v>2</v></c></row>
<row r="9"><c r="B9" t="str"><f>A1&amp;"!"</f><v>kết quả</v></c><c r="C9" t="e"><v>#N/A</v></c><c r="D9" t="d"><v>2025-10-14</v></c><c r="E9" s="0"/></row>
<row r="10"><c r="A10" t="inlineStr"><is><t><![CDATA[<không phải thẻ>]]></t></is></c></row>
"""#
        let bytes = try X.package(sheets: [("Trang 1", X.sheet(rows)), ("Biểu đồ", nil)], sharedStrings: strings, absoluteTargets: true)
        let tables = try XlsxReader.read(bytes: bytes, file: "tay.xlsx")
        #expect(tables.map(\.name) == ["Trang 1"], "the chartsheet is skipped")
        #expect(tables[0].rowNumbers == [2, 3, 9, 10])
        #expect(tables[0].rows == [
            [.text("Chi bộ & thôn"), .empty, .text("Bản Ba")],
            [.text("ẠẠ <b> \"x\" 'y'"), .text("dòng 1\r\ndòng 2 _x000D_")],
            [.empty, .text("kết quả"), .text("#N/A"), .text("2025-10-14")],
            [.text("<không phải thẻ>")],
        ])
    }

    @Test func datesComeFromBuiltInAndCustomFormatsOnly() throws {
        let styles = #"""
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="3">
<numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="&quot;ngày&quot; 0"/><numFmt numFmtId="166" formatCode="[$-42A]h:mm"/>
</numFmts><cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/></cellXfs></styleSheet>
"""#
        let row = #"<row r="1"><c r="A1"><v>45944</v></c><c r="B1" s="1"><v>45944</v></c><c r="C1" s="2"><v>45944.5</v></c><c r="D1" s="3"><v>7</v></c><c r="E1" s="4"><v>0.5</v></c><c r="F1" s="99"><v>1</v></c></row>"#
        let table = try #require(try XlsxReader.read(bytes: try X.package(sheets: [("S", X.sheet(row))], styles: styles), file: "d.xlsx").first)
        #expect(table.rows == [[.number(45944), .dateSerial(45944), .dateSerial(45944.5), .number(7), .number(0.5), .number(1)]])
        #expect(table.rows[0][2].text == "14/10/2025")
    }

    @Test func customFormatCodesAreDatesByTheirDayMonthAndYear() {
        for code in ["dd/mm/yyyy", "d-mmm-yy", "mmmm", "[$-42A]dd/mm/yyyy", "yyyy-mm-dd h:mm:ss"] {
            #expect(XlsxDateStyles.isDateCode(code), "\(code)")
        }
        for code in ["0.00", "h:mm", "mm:ss", "\"ngày\" 0", "[Red]0", "#,##0\\d", "General", "@"] {
            #expect(!XlsxDateStyles.isDateCode(code), "\(code)")
        }
    }
}

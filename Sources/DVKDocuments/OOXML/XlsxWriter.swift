/// Writes a ``PrintDocument`` as an Excel workbook (XLSX) by hand: one sheet laid out by
/// ``XlsxSheet``, inline strings (no shared-strings part), real numbers, column widths from the
/// document's table columns, merged header cells, thin borders, and an A4 page setup in the
/// document's orientation with the official margins, scaled to the page width, paginated with
/// every table's header rows repeated on each of its pages (``XlsxSheet``).
public struct XlsxWriter: Sendable {
    public let document: PrintDocument

    public init(_ document: PrintDocument) {
        self.document = document
    }

    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

    /// The zipped XLSX.
    public func bytes() throws -> [UInt8] {
        let sheet = XlsxSheet(document)
        var package = ZipPackage()
        package.add("[Content_Types].xml", ZipPackage.contentTypes([
            ("/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"),
            ("/xl/worksheets/sheet1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"),
            ("/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"),
        ] + ZipPackage.commonOverrides))
        package.addCommonParts(mainPart: "xl/workbook.xml", title: document.title)
        let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        package.add("xl/_rels/workbook.xml.rels", ZipPackage.relationships([
            ("rId1", relationships + "worksheet", "worksheets/sheet1.xml"),
            ("rId2", relationships + "styles", "styles.xml"),
        ]))
        package.add("xl/workbook.xml", workbookXML())
        package.add("xl/worksheets/sheet1.xml", sheetXML(sheet))
        package.add("xl/styles.xml", sheet.styles.xml)
        return try package.bytes()
    }

    /// The sheet's name: the document title without the characters Excel forbids, at most 31 long.
    var sheetName: String {
        let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\", "'"]
        let name = String(document.title.map { forbidden.contains($0) ? "-" : $0 }.prefix(31)).trimmingSpaces
        return name.isEmpty ? "Sheet1" : name
    }

    func workbookXML() -> String {
        ZipPackage.declaration + "<workbook xmlns=\"\(XlsxWriter.main)\" xmlns:r=\"\(ZipPackage.relationshipNamespace)\">"
            + "<sheets><sheet name=\"\(XMLText.escape(sheetName))\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"
    }

    func sheetXML(_ sheet: XlsxSheet) -> String {
        let columns = sheet.widths.enumerated().map { index, width in
            "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(XlsxStyles.number(XlsxWriter.characters(points: width)))\" customWidth=\"1\"/>"
        }.joined()
        let last = XlsxSheet.reference(max(1, sheet.rows.count), sheet.columnCount - 1)
        let merges = sheet.merges.isEmpty ? "" : "<mergeCells count=\"\(sheet.merges.count)\">\(sheet.merges.joined())</mergeCells>"
        let breaks = sheet.breaks.isEmpty ? "" : "<rowBreaks count=\"\(sheet.breaks.count)\" manualBreakCount=\"\(sheet.breaks.count)\">"
            + sheet.breaks.map { "<brk id=\"\($0)\" max=\"16383\" man=\"1\"/>" }.joined() + "</rowBreaks>"
        let inches = { (mm: Double) in XlsxStyles.number(mm / 25.4) }
        return ZipPackage.declaration + "<worksheet xmlns=\"\(XlsxWriter.main)\" xmlns:r=\"\(ZipPackage.relationshipNamespace)\">"
            + "<dimension ref=\"A1:\(last)\"/>"
            + "<sheetViews><sheetView workbookViewId=\"0\"/></sheetViews><sheetFormatPr defaultRowHeight=\"15.75\"/>"
            + "<cols>\(columns)</cols><sheetData>\(sheet.rows.joined())</sheetData>\(merges)"
            + "<printOptions horizontalCentered=\"1\"/>"
            + "<pageMargins left=\"\(inches(PageSetup.leftMM))\" right=\"\(inches(PageSetup.rightMM))\" top=\"\(inches(PageSetup.topMM))\" "
            + "bottom=\"\(inches(PageSetup.bottomMM))\" header=\"\(inches(PageSetup.headerMM))\" footer=\"\(inches(PageSetup.headerMM))\"/>"
            + "<pageSetup paperSize=\"9\" scale=\"\(sheet.scale)\" orientation=\"\(document.orientation.rawValue)\"/>"
            + "<headerFooter differentFirst=\"1\"><oddHeader>&amp;C&amp;P</oddHeader></headerFooter>\(breaks)"
            + "</worksheet>"
    }

    /// Excel column width units (characters of the default font's digit, 6 pt wide in Times New
    /// Roman 12 pt) for a width in points.
    static func characters(points: Double) -> Double {
        (points / 6 * 100).rounded() / 100
    }
}

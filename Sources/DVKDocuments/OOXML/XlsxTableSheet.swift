import DVKCore

/// The worksheet XML of one ``XlsxTableWorkbook`` sheet: the header row frozen above the
/// scrolling rows, an autofilter over the header, the column widths, the cells, and the data
/// validations that carry the drop-down lists and the columns' notes.
struct XlsxTableSheet {
    let sheet: XlsxTableWorkbook.Sheet
    /// Whether the sheet is the one shown when the workbook opens.
    let selected: Bool

    /// Cell formats of ``styles``: 0 plain, 1 header, 2 date.
    static let headerStyle = 1
    static let dateStyle = 2
    /// Drop-down lists and notes cover the data rows up to here at least, so rows the user adds
    /// to a template get them too.
    static let validatedRows = 10_000

    /// The header range the autofilter covers, nil for a sheet without columns.
    static func filterRange(_ sheet: XlsxTableWorkbook.Sheet) -> XlsxRange? {
        guard !sheet.columns.isEmpty else { return nil }
        return XlsxRange(firstRow: 1, firstColumn: 0, lastRow: sheet.rows.count + 1, lastColumn: sheet.columns.count - 1)
    }

    /// The worksheet part; `lists` gives the list formula of each column with choices.
    func xml(lists: [Int: String]) -> String {
        let width = max(sheet.columns.count, sheet.rows.map(\.count).max() ?? 0, 1)
        let last = XlsxSheet.reference(sheet.rows.count + 1, width - 1)
        let columns = sheet.columns.enumerated().map { index, column in
            "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(XlsxStyles.number(max(1, min(255, column.width))))\" customWidth=\"1\"/>"
        }.joined()
        var rows = "<row r=\"1\">" + sheet.columns.enumerated().map { index, column in
            XlsxTableSheet.cell(.text(column.header), row: 1, column: index, style: XlsxTableSheet.headerStyle)
        }.joined() + "</row>"
        for (index, cells) in sheet.rows.enumerated() {
            rows += "<row r=\"\(index + 2)\">"
            for (column, cell) in cells.enumerated() { rows += XlsxTableSheet.cell(cell, row: index + 2, column: column, style: 0) }
            rows += "</row>"
        }
        let filter = XlsxTableSheet.filterRange(sheet).map { "<autoFilter ref=\"\($0.relative)\"/>" } ?? ""
        return ZipPackage.declaration + "<worksheet xmlns=\"\(XlsxWriter.main)\" xmlns:r=\"\(ZipPackage.relationshipNamespace)\">"
            + "<dimension ref=\"A1:\(last)\"/>"
            + "<sheetViews><sheetView workbookViewId=\"0\"\(selected ? " tabSelected=\"1\"" : "")>"
            + "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
            + "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/></sheetView></sheetViews>"
            + "<sheetFormatPr defaultRowHeight=\"15.75\"/>" + (columns.isEmpty ? "" : "<cols>\(columns)</cols>")
            + "<sheetData>\(rows)</sheetData>\(filter)\(validations(lists))"
            + "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/></worksheet>"
    }

    /// One data validation per column with a list or a note: the drop-down on the data rows, the
    /// note as the input message on the header and data rows.
    func validations(_ lists: [Int: String]) -> String {
        let lastRow = max(sheet.rows.count + 1, XlsxTableSheet.validatedRows)
        var items: [String] = []
        for (index, column) in sheet.columns.enumerated() {
            let note = column.note.map(XMLText.clean).flatMap { $0.isEmpty ? nil : $0 }
            guard lists[index] != nil || note != nil else { continue }
            let range = XlsxRange(firstRow: note == nil ? 2 : 1, firstColumn: index, lastRow: lastRow, lastColumn: index)
            var attributes = lists[index] == nil ? "allowBlank=\"1\"" : "type=\"list\" allowBlank=\"1\" showErrorMessage=\"0\""
            if let note {
                attributes += " showInputMessage=\"1\" promptTitle=\"\(XMLText.escape(String(XMLText.clean(column.header).prefix(32))))\""
                    + " prompt=\"\(XMLText.escape(String(note.prefix(255))))\""
            }
            let formula = lists[index].map { "<formula1>\(XMLText.escape($0))</formula1>" } ?? ""
            items.append("<dataValidation \(attributes) sqref=\"\(range.relative)\">\(formula)</dataValidation>")
        }
        return items.isEmpty ? "" : "<dataValidations count=\"\(items.count)\">\(items.joined())</dataValidations>"
    }

    /// One cell; nothing for an empty one or a number that is not finite.
    static func cell(_ cell: XlsxTableWorkbook.Cell, row: Int, column: Int, style: Int) -> String {
        let reference = XlsxSheet.reference(row, column)
        let styleAttribute = style == 0 ? "" : " s=\"\(style)\""
        switch cell {
        case .empty:
            return ""
        case .text(let text):
            return "<c r=\"\(reference)\"\(styleAttribute) t=\"inlineStr\"><is><t xml:space=\"preserve\">\(inlineText(text))</t></is></c>"
        case .number(let value):
            guard value.isFinite else { return "" }
            return "<c r=\"\(reference)\"\(styleAttribute)><v>\(number(value))</v></c>"
        case .date(let day):
            return "<c r=\"\(reference)\" s=\"\(dateStyle)\"><v>\(day.daysSinceEpoch + 25_569)</v></c>"
        }
    }

    /// A number as its shortest exact text: "12", "12.5", "1e-05".
    static func number(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }

    /// Text for an inline string, escaped so that a reader gets back every character: a CR as a
    /// character reference (a raw one would be read as LF), and text that looks like Excel's own
    /// `_xHHHH_` escape with its underscore escaped (`_x005F_`).
    static func inlineText(_ text: String) -> String {
        var escaped = XMLText.escape(text)
        if escaped.contains("_x") { escaped = escapeExcelEscapes(escaped) }
        return escaped.contains("\r") ? escaped.replacingOccurrences(of: "\r", with: "&#13;") : escaped
    }

    private static func escapeExcelEscapes(_ text: String) -> String {
        let utf8 = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count + 16)
        for (index, byte) in utf8.enumerated() {
            if byte == UInt8(ascii: "_"), index + 6 < utf8.count, utf8[index + 1] == UInt8(ascii: "x"), utf8[index + 6] == UInt8(ascii: "_"),
               utf8[(index + 2)..<(index + 6)].allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x66) }) {
                out.append(contentsOf: "_x005F".utf8)
            }
            out.append(byte)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `xl/styles.xml`: Times New Roman 12 pt; the header bold on a light blue fill with thin
    /// borders, wrapped and centred; dates as dd/mm/yyyy.
    static let styles = ZipPackage.declaration
        + "<styleSheet xmlns=\"\(XlsxWriter.main)\">"
        + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/></numFmts>"
        + "<fonts count=\"2\"><font><sz val=\"12\"/><name val=\"Times New Roman\"/><family val=\"1\"/><charset val=\"163\"/></font>"
        + "<font><b/><sz val=\"12\"/><name val=\"Times New Roman\"/><family val=\"1\"/><charset val=\"163\"/></font></fonts>"
        + "<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
        + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFDDEBF7\"/><bgColor indexed=\"64\"/></patternFill></fill></fills>"
        + "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border><border>"
        + ["left", "right", "top", "bottom"].map { "<\($0) style=\"thin\"><color indexed=\"64\"/></\($0)>" }.joined()
        + "<diagonal/></border></borders>"
        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        + "<cellXfs count=\"3\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
        + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\" applyBorder=\"1\" applyAlignment=\"1\">"
        + "<alignment horizontal=\"center\" vertical=\"center\" wrapText=\"1\"/></xf>"
        + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>"
        + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        + "</styleSheet>"
}

/// Lays a ``PrintDocument`` out on one worksheet, block after block: a paragraph becomes a row
/// merged across the sheet; a two-column block becomes rows with a merged left and right part;
/// a table becomes its header rows (merged cells as in the document) and body rows. Numbers are
/// real numbers; a total row holds SUM formulas over the body rows with the computed values
/// cached. Every row gets a height estimated from its wrapped text (LibreOffice does not fit
/// rows to wrapped text itself).
struct XlsxSheet {
    private(set) var styles = XlsxStyles()
    private(set) var rows: [String] = []
    private(set) var merges: [String] = []
    /// Rows of the table header, when the document has exactly one table (printed on every page).
    private(set) var titleRows: ClosedRange<Int>?
    /// Column widths in points.
    let widths: [Double]

    init(_ document: PrintDocument) {
        let tables = document.tables
        let count = max(2, tables.map(\.columns.count).max() ?? 8)
        var widths = Array(repeating: 0.0, count: count)
        for table in tables {
            for (index, column) in table.columns.enumerated() { widths[index] = max(widths[index], column.width) }
        }
        let fallback = PageSetup.textWidth(document.orientation) / Double(count)
        self.widths = widths.map { $0 > 0 ? $0 : fallback }
        for block in document.blocks { add(block, singleTable: tables.count == 1) }
    }

    var columnCount: Int { widths.count }

    // MARK: Blocks

    private mutating func add(_ block: PrintBlock, singleTable: Bool) {
        switch block {
        case .paragraph(let p):
            let row = rows.count + 1
            let cell = textCell(row, 0, p.text, format(p.leadingStyle, p.alignment, bordered: false))
            merge(row, 0, row, columnCount - 1)
            addRow([cell], height: height([(p.text, p.leadingStyle, span(0, columnCount))]))
        case .columns(let left, let right, let share):
            let split = min(columnCount - 1, max(1, Int((Double(columnCount) * share).rounded())))
            for index in 0..<max(left.count, right.count) {
                let row = rows.count + 1
                var cells: [String] = []
                var texts: [(String, TextStyle, Double)] = []
                for (paragraphs, first, last) in [(left, 0, split - 1), (right, split, columnCount - 1)] where index < paragraphs.count && first <= last {
                    let p = paragraphs[index]
                    cells.append(textCell(row, first, p.text, format(p.leadingStyle, p.alignment, bordered: false)))
                    merge(row, first, row, last)
                    texts.append((p.text, p.leadingStyle, span(first, last + 1)))
                }
                addRow(cells, height: height(texts))
            }
        case .table(let table):
            addTable(table, singleTable: singleTable)
            for closing in table.closing { add(closing, singleTable: singleTable) }
        case .pageBreak:
            break
        }
    }

    private mutating func addTable(_ table: PrintTable, singleTable: Bool) {
        let headerStyle = format(table.headerStyle, .center, bordered: true, centre: true)
        let firstHeader = rows.count + 1
        for r in 0..<table.header.rowCount {
            let row = rows.count + 1
            var cells: [String] = []
            var texts: [(String, TextStyle, Double)] = []
            for c in 0..<table.header.columnCount {
                let cell = table.header.cell(coveringRow: r, column: c)
                guard cell.row == r, cell.column == c else {
                    cells.append(emptyCell(row, c, headerStyle))
                    continue
                }
                cells.append(textCell(row, c, cell.text, headerStyle))
                if cell.rowSpan > 1 || cell.colSpan > 1 { merge(row, c, row + cell.rowSpan - 1, c + cell.colSpan - 1) }
                if cell.rowSpan == 1 { texts.append((cell.text, table.headerStyle.withBold, span(c, c + cell.colSpan))) }
            }
            addRow(cells, height: height(texts))
        }
        if singleTable { titleRows = firstHeader...(rows.count) }
        let firstBody = rows.count + 1
        for printRow in table.rows {
            let row = rows.count + 1
            var cells: [String] = []
            var texts: [(String, TextStyle, Double)] = []
            var column = 0
            for cell in printRow.cells where column < columnCount {
                let last = min(columnCount, column + cell.span) - 1
                var style = table.bodyStyle
                if cell.bold { style.bold = true }
                let f = format(style, cell.alignment ?? table.columns[column].alignment, bordered: true)
                if let number = cell.number {
                    let sum = printRow.kind == .total && row > firstBody ? "SUM(\(XlsxSheet.reference(firstBody, column)):\(XlsxSheet.reference(row - 1, column)))" : nil
                    cells.append(numberCell(row, column, number, f, formula: sum))
                } else {
                    cells.append(textCell(row, column, cell.text, f))
                    texts.append((cell.text, style, span(column, last + 1)))
                }
                for covered in (column + 1)..<(last + 1) { cells.append(emptyCell(row, covered, f)) }
                if last > column { merge(row, column, row, last) }
                column = last + 1
            }
            addRow(cells, height: height(texts))
        }
    }

    // MARK: Cells and rows

    private mutating func format(_ style: TextStyle, _ alignment: PrintParagraph.Alignment, bordered: Bool, centre: Bool = false) -> Int {
        styles.index(XlsxStyles.Format(font: style, bordered: bordered, horizontal: alignment, verticalCentre: centre || !bordered, wrap: true))
    }

    private mutating func addRow(_ cells: [String], height: Double) {
        let row = rows.count + 1
        rows.append("<row r=\"\(row)\" ht=\"\(XlsxStyles.number(height))\" customHeight=\"1\">\(cells.joined())</row>")
    }

    private mutating func merge(_ row: Int, _ column: Int, _ lastRow: Int, _ lastColumn: Int) {
        guard lastRow > row || lastColumn > column else { return }
        merges.append("<mergeCell ref=\"\(XlsxSheet.reference(row, column)):\(XlsxSheet.reference(lastRow, lastColumn))\"/>")
    }

    private func textCell(_ row: Int, _ column: Int, _ text: String, _ style: Int) -> String {
        guard !text.isEmpty else { return emptyCell(row, column, style) }
        return "<c r=\"\(XlsxSheet.reference(row, column))\" s=\"\(style)\" t=\"inlineStr\"><is><t xml:space=\"preserve\">"
            + XMLText.escape(text) + "</t></is></c>"
    }

    private func numberCell(_ row: Int, _ column: Int, _ value: Int, _ style: Int, formula: String?) -> String {
        "<c r=\"\(XlsxSheet.reference(row, column))\" s=\"\(style)\">" + (formula.map { "<f>\($0)</f>" } ?? "") + "<v>\(value)</v></c>"
    }

    private func emptyCell(_ row: Int, _ column: Int, _ style: Int) -> String {
        "<c r=\"\(XlsxSheet.reference(row, column))\" s=\"\(style)\"/>"
    }

    /// The width of columns `from..<to` in points.
    private func span(_ from: Int, _ to: Int) -> Double {
        widths[from..<min(to, widths.count)].reduce(0, +)
    }

    /// The row height that shows every text of the row wrapped in its width, in points.
    private func height(_ texts: [(text: String, style: TextStyle, width: Double)]) -> Double {
        let needed = texts.map { t in
            Double(TextMetrics.lineCount(t.text, size: t.style.size, bold: t.style.bold, lineWidth: t.width - 6)) * t.style.size * 1.3
        }
        return max(XlsxStyles.defaultFont.size * 1.3, needed.max() ?? 0) + 3
    }

    /// "A1"-style reference of a 1-based row and a 0-based column.
    static func reference(_ row: Int, _ column: Int) -> String {
        columnName(column) + String(row)
    }

    static func columnName(_ column: Int) -> String {
        var name = ""
        var n = column + 1
        while n > 0 {
            let remainder = (n - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            n = (n - 1) / 26
        }
        return name
    }
}

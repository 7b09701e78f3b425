/// Lays a ``PrintDocument`` out on one worksheet, block after block: a paragraph becomes a row
/// merged across the sheet; a two-column block becomes rows with a merged left and right part;
/// a table becomes its header rows (merged cells as in the document) and body rows. Numbers are
/// real numbers; a total row holds SUM formulas over the body rows with the computed values
/// cached. Every row gets a height estimated from its wrapped text (LibreOffice does not fit
/// rows to wrapped text itself).
///
/// The sheet is paginated here, from those heights: a row that would not fit the printed page
/// starts a new one (a manual row break), and a table continuing there repeats its header rows
/// — every table's, where a sheet's print titles could repeat only one. A table's closing
/// blocks (totals line, signature) start no page of their own: its last rows go with them.
struct XlsxSheet {
    private(set) var styles = XlsxStyles()
    private(set) var rows: [String] = []
    private(set) var merges: [String] = []
    /// The rows after which a new printed page starts.
    private(set) var breaks: [Int] = []
    /// Column widths in points.
    let widths: [Double]
    /// The print scale (per cent) that fits the columns between the margins.
    let scale: Int
    /// The height of a printed page's rows, in points at 100 %, and how much of it is used.
    private let pageHeight: Double
    private var used = 0.0

    init(_ document: PrintDocument) {
        let tables = document.tables
        let count = max(2, tables.map(\.columns.count).max() ?? 8)
        var widths = Array(repeating: 0.0, count: count)
        for table in tables {
            for (index, column) in table.columns.enumerated() { widths[index] = max(widths[index], column.width) }
        }
        let fallback = PageSetup.textWidth(document.orientation) / Double(count)
        self.widths = widths.map { $0 > 0 ? $0 : fallback }
        scale = XlsxSheet.scale(widths: self.widths, orientation: document.orientation)
        let rows = PageSetup.points(mm: PageSetup.sizeMM(document.orientation).height - PageSetup.topMM - PageSetup.bottomMM)
        pageHeight = rows * XlsxSheet.pageShare * 100 / Double(scale)
        for block in document.blocks { add(block) }
    }

    /// The share of the page's height rows may fill: what the page number's line and rounding
    /// leave.
    static let pageShare = 0.9

    /// The print scale (per cent) that fits `widths` between the margins. An explicit scale, not
    /// "fit to width": LibreOffice 7.4 drops the last rows of a fitted sheet whose header rows
    /// repeat. Spreadsheet programs draw columns about 8 % wider than their widths in points
    /// suggest (cell padding), hence the allowance.
    static func scale(widths: [Double], orientation: PageOrientation) -> Int {
        let width = widths.reduce(0, +) * 1.08
        guard width > 0 else { return 100 }
        return max(10, min(100, Int((PageSetup.textWidth(orientation) / width * 100).rounded(.down))))
    }

    var columnCount: Int { widths.count }

    // MARK: Blocks

    private mutating func add(_ block: PrintBlock) {
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
            addTable(table)
            for closing in table.closing { add(closing) }
        case .pageBreak:
            if used > 0 { newPage() }
        }
    }

    private mutating func addTable(_ table: PrintTable) {
        addHeader(table)
        let firstBody = rows.count + 1
        let kept = table.closing.isEmpty ? 0 : min(table.closingRows, table.rows.count)
        let closingHeight = table.closing.reduce(0) { $0 + height(of: $1) }
        for (index, printRow) in table.rows.enumerated() {
            // The first of the rows kept with the closing blocks starts a page unless they all fit.
            var needed = bodyHeight(printRow, table)
            if index == table.rows.count - kept {
                needed += table.rows.suffix(kept).dropFirst().reduce(0) { $0 + bodyHeight($1, table) } + closingHeight
            }
            if used > 0 && used + needed > pageHeight {
                newPage()
                addHeader(table)
            }
            let row = rows.count + 1
            var cells: [String] = []
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
                }
                for covered in (column + 1)..<(last + 1) { cells.append(emptyCell(row, covered, f)) }
                if last > column { merge(row, column, row, last) }
                column = last + 1
            }
            addRow(cells, height: bodyHeight(printRow, table))
        }
    }

    /// Starts a new printed page after the last row.
    private mutating func newPage() {
        breaks.append(rows.count)
        used = 0
    }

    /// The height a body row will take.
    private func bodyHeight(_ row: PrintRow, _ table: PrintTable) -> Double {
        var texts: [(String, TextStyle, Double)] = []
        var column = 0
        for cell in row.cells where column < columnCount {
            let last = min(columnCount, column + cell.span) - 1
            if cell.number == nil { texts.append((cell.text, cell.bold ? table.bodyStyle.withBold : table.bodyStyle, span(column, last + 1))) }
            column = last + 1
        }
        return height(texts)
    }

    /// The height a paragraph or two-column block will take.
    private func height(of block: PrintBlock) -> Double {
        switch block {
        case .paragraph(let p): return height([(p.text, p.leadingStyle, span(0, columnCount))])
        case .columns(let left, let right, _):
            return (0..<max(left.count, right.count)).reduce(0) { total, index in
                total + height([left, right].compactMap { index < $0.count ? ($0[index].text, $0[index].leadingStyle, span(0, columnCount) / 2) : nil })
            }
        case .table, .pageBreak: return 0
        }
    }

    /// The table's header rows, merged cells as in the document.
    private mutating func addHeader(_ table: PrintTable) {
        let headerStyle = format(table.headerStyle, .center, bordered: true, centre: true)
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
    }

    // MARK: Cells and rows

    private mutating func format(_ style: TextStyle, _ alignment: PrintParagraph.Alignment, bordered: Bool, centre: Bool = false) -> Int {
        styles.index(XlsxStyles.Format(font: style, bordered: bordered, horizontal: alignment, verticalCentre: centre || !bordered, wrap: true))
    }

    /// Appends a row; one that would not fit the page's rest starts a new page first.
    private mutating func addRow(_ cells: [String], height: Double) {
        if used > 0 && used + height > pageHeight { newPage() }
        used += height
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

/// The drop-down lists of a ``XlsxTableWorkbook``: every column with choices gets a column of
/// its own on the lists sheet (the same header and choices met twice share one), and each data
/// validation refers to that column's range.
struct XlsxChoiceLists {
    /// The lists sheet: one column per list, headed by the column's header.
    private(set) var sheet = XlsxTableWorkbook.Sheet(name: XlsxTableWorkbook.choicesSheetName, columns: [], rows: [])
    /// For each table, its columns with a list → the list's column on the lists sheet.
    private var listColumns: [[Int: Int]] = []

    init(_ sheets: [XlsxTableWorkbook.Sheet]) {
        var known: [ListKey: Int] = [:]
        var lists: [[String]] = []
        for table in sheets {
            var columns: [Int: Int] = [:]
            for (index, column) in table.columns.enumerated() {
                guard let choices = column.choices, !choices.isEmpty else { continue }
                let key = ListKey(header: column.header, choices: choices)
                if known[key] == nil {
                    known[key] = lists.count
                    lists.append(choices)
                    let longest = choices.map(\.count).max() ?? 0
                    sheet.columns.append(.init(header: column.header, width: Double(min(60, max(14, column.header.count, longest + 2)))))
                }
                columns[index] = known[key]
            }
            listColumns.append(columns)
        }
        let height = lists.map(\.count).max() ?? 0
        sheet.rows = (0..<height).map { row in lists.map { row < $0.count ? .text($0[row]) : .empty } }
        self.lists = lists
    }

    private struct ListKey: Hashable {
        let header: String
        let choices: [String]
    }

    private let lists: [[String]]

    var isEmpty: Bool { lists.isEmpty }

    /// The list formulas of table `sheet` by column: `'Danh mục'!$A$2:$A$7`.
    func references(sheet index: Int, listsSheet name: String) -> [Int: String] {
        listColumns[index].mapValues { list in
            XlsxSheetNames.quoted(name) + "!" + XlsxRange(firstRow: 2, firstColumn: list, lastRow: lists[list].count + 1, lastColumn: list).absolute
        }
    }
}

/// A rectangle of cells, rows 1-based and columns 0-based as ``XlsxSheet`` counts them.
struct XlsxRange {
    var firstRow: Int
    var firstColumn: Int
    var lastRow: Int
    var lastColumn: Int

    /// "A1:C10".
    var relative: String {
        XlsxSheet.reference(firstRow, firstColumn) + ":" + XlsxSheet.reference(lastRow, lastColumn)
    }

    /// "$A$1:$C$10".
    var absolute: String {
        "$\(XlsxSheet.columnName(firstColumn))$\(firstRow):$\(XlsxSheet.columnName(lastColumn))$\(lastRow)"
    }
}

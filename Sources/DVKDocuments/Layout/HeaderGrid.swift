/// The header rows of a table as a grid of merged cells, built from each column's header path
/// (outermost group first, the column's own title last) as the statistics tables give them.
///
/// Adjacent columns whose paths share a group share one cell spanning them; a column whose path
/// is shorter than the deepest one has its title cell span down to the last header row (the
/// seeds' "Tổng số" and "Lĩnh vực" cells).
public struct HeaderGrid: Sendable {
    /// One header cell: where it starts and how many rows and columns it covers.
    public struct Cell: Sendable, Hashable {
        public var text: String
        public var row: Int
        public var column: Int
        public var rowSpan: Int
        public var colSpan: Int
    }

    public let rowCount: Int
    public let columnCount: Int
    public let cells: [Cell]
    /// For every slot (row-major), the index in `cells` of the cell covering it.
    private let cover: [Int]

    /// A grid from header paths, one per column.
    public init(paths: [[String]]) {
        let paths = paths.map { $0.isEmpty ? [""] : $0.map(XMLText.clean) }
        let depth = paths.map(\.count).max() ?? 1
        var cells: [Cell] = []
        for level in 0..<depth {
            var start = 0
            while start < paths.count {
                let path = paths[start]
                let leafLevel = path.count - 1
                if leafLevel > level {
                    var end = start + 1
                    while end < paths.count, paths[end].count - 1 > level, paths[end][0...level] == path[0...level] { end += 1 }
                    cells.append(Cell(text: path[level], row: level, column: start, rowSpan: 1, colSpan: end - start))
                    start = end
                } else {
                    if leafLevel == level {
                        cells.append(Cell(text: path[level], row: level, column: start, rowSpan: depth - level, colSpan: 1))
                    }
                    start += 1
                }
            }
        }
        self.init(cells: cells, rowCount: depth, columnCount: paths.count)
    }

    /// A single header row with one title per column.
    public init(titles: [String]) {
        self.init(paths: titles.map { [$0] })
    }

    init(cells: [Cell], rowCount: Int, columnCount: Int) {
        var cover = Array(repeating: 0, count: rowCount * columnCount)
        for (index, cell) in cells.enumerated() {
            for row in cell.row..<(cell.row + cell.rowSpan) {
                for column in cell.column..<(cell.column + cell.colSpan) { cover[row * columnCount + column] = index }
            }
        }
        self.cells = cells
        self.rowCount = rowCount
        self.columnCount = columnCount
        self.cover = cover
    }

    /// The cell covering the slot at `row`, `column`.
    public func cell(coveringRow row: Int, column: Int) -> Cell {
        cells[cover[row * columnCount + column]]
    }

    /// The cells that start in `row`, left to right.
    public func cells(startingIn row: Int) -> [Cell] {
        cells.filter { $0.row == row }.sorted { $0.column < $1.column }
    }

    /// The text of the lowest cell over each column (its own title).
    public var leafTitles: [String] {
        (0..<columnCount).map { cell(coveringRow: rowCount - 1, column: $0).text }
    }

    /// Each column's titles from the top row down, merged cells repeated ("Cấp khen / Cơ sở / Tập thể").
    public var columnPaths: [[String]] {
        (0..<columnCount).map { column in
            var path: [String] = []
            var row = 0
            while row < rowCount {
                let cell = cell(coveringRow: row, column: column)
                path.append(cell.text)
                row = cell.row + cell.rowSpan
            }
            return path
        }
    }
}

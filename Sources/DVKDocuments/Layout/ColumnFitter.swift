/// Sizes table columns from their content and chooses the page orientation: portrait when every
/// table fits the portrait text width comfortably, landscape otherwise (the wide award lists and
/// annexes), then shares the text width out among the columns.
public enum ColumnFitter {
    /// Cell padding left and right together, in points (1 mm each side, plus the rules).
    static let padding = 8.0
    /// The most a column asks for when deciding the orientation.
    static let comfortable = PageSetup.points(mm: 32)
    /// Body lines up to this width are kept on one line before titles are.
    static let shortLine = PageSetup.points(mm: 45)

    /// `table` with every column's `minimum`, `preferred` and `comfortable` widths measured: the
    /// minimum fits the longest word and lets a title wrap onto two lines at most; the preferred
    /// width fits the longest body line (titles wrap rather than widen a column of short cells);
    /// the comfortable width fits body and title on one line, up to 32 mm.
    public static func measured(_ table: PrintTable) -> PrintTable {
        var table = table
        let cap = PageSetup.textWidth(.landscape) / 4
        for index in table.columns.indices {
            var minimum = 0.0
            var preferred = 0.0
            var title = 0.0
            for cell in table.header.cells where cell.column == index && cell.colSpan == 1 {
                let line = TextMetrics.longestLine(cell.text, size: table.headerStyle.size, bold: true)
                let word = TextMetrics.longestWord(cell.text, size: table.headerStyle.size, bold: true)
                minimum = max(minimum, word, min(line / 2, comfortable))
                title = max(title, line)
            }
            for row in table.rows {
                guard let cell = cellStarting(at: index, in: row), cell.span == 1 else { continue }
                let bold = cell.bold || table.bodyStyle.bold
                minimum = max(minimum, TextMetrics.longestWord(cell.text, size: table.bodyStyle.size, bold: bold))
                preferred = max(preferred, TextMetrics.longestLine(cell.text, size: table.bodyStyle.size, bold: bold))
            }
            let column = min(minimum, cap) + padding
            table.columns[index].minimum = column
            table.columns[index].preferred = max(column, min(preferred, cap * 2) + padding)
            table.columns[index].comfortable = max(column, min(max(preferred, title) + padding, comfortable))
        }
        return table
    }

    /// Portrait when each table's columns, at their comfortable widths, fit the portrait text
    /// width; landscape otherwise. Tables must be ``measured(_:)`` first.
    public static func orientation(for tables: [PrintTable]) -> PageOrientation {
        let width = PageSetup.textWidth(.portrait)
        let fits = tables.allSatisfy { table in table.columns.reduce(0) { $0 + $1.comfortable } <= width }
        return fits ? .portrait : .landscape
    }

    /// `table` with column widths summing to `width`. Every column first gets its minimum; then
    /// the room goes, a few points at a time, to the column whose widening takes the most lines
    /// off the table (header and body rows, each as tall as its tallest cell): the densest table
    /// without cutting text. What is left when no widening saves a line is filled in stages, each
    /// shared in proportion to what the columns still want: body lines up to 45 mm, titles on one
    /// line, every body line in full, then every column in proportion. When even the minimums do
    /// not fit they are scaled down (long words then break).
    public static func fitted(_ table: PrintTable, width: Double) -> PrintTable {
        var table = table
        var widths = densest(table, from: table.columns.map(\.minimum), width: width)
        let shortLines = table.columns.map { max($0.minimum, min($0.preferred, shortLine)) }
        let titles = zip(shortLines, table.columns).map { max($0, $1.comfortable) }
        let stages = [shortLines, titles, zip(titles, table.columns).map { max($0, $1.preferred) }]
        for target in stages {
            let room = width - widths.reduce(0, +)
            let need = zip(target, widths).reduce(0) { $0 + max(0, $1.0 - $1.1) }
            guard room > 0, need > 0 else { continue }
            let share = min(1, room / need)
            widths = zip(target, widths).map { $1 + max(0, $0 - $1) * share }
        }
        let total = widths.reduce(0, +)
        if total > 0 { widths = widths.map { $0 * width / total } }
        for index in table.columns.indices { table.columns[index].width = widths[index] }
        return table
    }

    /// The widening step, and how many steps ahead a column may look for a line saved.
    static let step = 3.0
    static let lookahead = 24
    /// What a line saved in a cell weighs against a line saved in the height of a row.
    static let cellWeight = 0.01

    /// `widths` grown greedily within `width`: each round widens the column that saves the most
    /// row lines per point, looking up to ``lookahead`` steps ahead (a line is often saved only
    /// once a long word fits). Where rows are as tall in several columns, no one column saves a
    /// row line; the lines saved in the column's own cells then count a little (``cellWeight``),
    /// so the tied columns shrink in turn. Stops when no widening saves any line.
    static func densest(_ table: PrintTable, from start: [Double], width: Double) -> [Double] {
        var cells: [[(text: String, size: Double, bold: Bool)?]] = []
        for row in 0..<table.header.rowCount {
            cells.append(table.columns.indices.map { column in
                let cell = table.header.cell(coveringRow: row, column: column)
                return cell.row == row && cell.colSpan == 1 ? (cell.text, table.headerStyle.size, true) : nil
            })
        }
        for row in table.rows {
            cells.append(table.columns.indices.map { column in
                guard let cell = cellStarting(at: column, in: row), cell.span == 1 else { return nil }
                return (cell.text, table.bodyStyle.size, cell.bold || table.bodyStyle.bold)
            })
        }
        func lines(_ row: Int, _ column: Int, _ columnWidth: Double) -> Int {
            guard let cell = cells[row][column] else { return 1 }
            return TextMetrics.lineCount(cell.text, size: cell.size, bold: cell.bold, lineWidth: columnWidth - padding)
        }
        var widths = start
        var counts = cells.indices.map { row in table.columns.indices.map { lines(row, $0, widths[$0]) } }
        while true {
            let room = width - widths.reduce(0, +)
            var best: (column: Int, steps: Int, gainPerPoint: Double, counts: [Int])?
            for column in widths.indices {
                for steps in 1...lookahead {
                    let added = Double(steps) * step
                    guard added <= room else { break }
                    let wider = cells.indices.map { lines($0, column, widths[column] + added) }
                    var saved = 0.0
                    for row in cells.indices {
                        let others = counts[row].enumerated().filter { $0.offset != column }.map(\.element).max() ?? 0
                        saved += Double(max(others, counts[row][column]) - max(others, wider[row]))
                            + cellWeight * Double(counts[row][column] - wider[row])
                    }
                    if saved > 0 {
                        let gain = saved / added
                        if gain > (best?.gainPerPoint ?? 0) { best = (column, steps, gain, wider) }
                        break
                    }
                }
            }
            guard let chosen = best else { return widths }
            widths[chosen.column] += Double(chosen.steps) * step
            for row in cells.indices { counts[row][chosen.column] = chosen.counts[row] }
        }
    }

    /// The cell of `row` that starts at column `index`, or nil when a spanning cell covers it.
    static func cellStarting(at index: Int, in row: PrintRow) -> PrintCell? {
        var column = 0
        for cell in row.cells {
            if column == index { return cell }
            column += cell.span
            if column > index { return nil }
        }
        return nil
    }
}

import DVKCore

/// A screen in memory: a grid of cells, each one grapheme cluster (or the right half of a wide
/// one). Tests render into it and compare `lines()` with what a user should see.
public final class MemoryScreen: Screen {
    struct Cell: Equatable {
        var text: String
        var style: Style
        /// The right half of a wide character drawn in the cell to the left.
        var continuation: Bool
    }

    public private(set) var size: (rows: Int, columns: Int)
    private var cells: [[Cell]]
    public private(set) var cursor: (row: Int, column: Int)?
    public private(set) var presentCount = 0

    public init(rows: Int = 24, columns: Int = 80) {
        size = (rows, columns)
        cells = MemoryScreen.blank(rows: rows, columns: columns)
    }

    private static func blank(rows: Int, columns: Int) -> [[Cell]] {
        Array(repeating: Array(repeating: Cell(text: " ", style: .normal, continuation: false), count: columns), count: rows)
    }

    /// Changes the size, as a terminal resize does (the content is cleared).
    public func resize(rows: Int, columns: Int) {
        size = (rows, columns)
        cells = MemoryScreen.blank(rows: rows, columns: columns)
    }

    public func clear() {
        cells = MemoryScreen.blank(rows: size.rows, columns: size.columns)
    }

    public func put(_ text: String, row: Int, column: Int, style: Style) {
        guard row >= 0, row < size.rows, column >= 0, column < size.columns else { return }
        var col = column
        for character in safeText(text, column: column) {
            let width = TextWidth.columns(of: character)
            if width == 0 { continue }
            guard col + width <= size.columns else { break }
            cells[row][col] = Cell(text: String(character), style: style, continuation: false)
            if width == 2 { cells[row][col + 1] = Cell(text: "", style: style, continuation: true) }
            col += width
        }
    }

    public func setCursor(row: Int, column: Int) { cursor = (row, column) }
    public func hideCursor() { cursor = nil }
    public func present() { presentCount += 1 }

    /// Every row as text, trailing spaces removed (the shape of `tmux capture-pane -p`).
    public func lines() -> [String] {
        cells.map { row in
            var line = row.map { $0.continuation ? "" : $0.text }.joined()
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }
    }

    /// The whole screen as one string.
    public var text: String { lines().joined(separator: "\n") }

    /// The style of the cell at (row, column).
    public func style(row: Int, column: Int) -> Style { cells[row][column].style }

    /// The row index of the first line containing `text`, if any.
    public func row(containing text: String) -> Int? { lines().firstIndex { $0.contains(text) } }
}

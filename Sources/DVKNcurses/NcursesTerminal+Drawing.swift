import CNcursesw
import DVKCore
import DVKTerminal

extension NcursesTerminal {
    /// Rows and columns of the terminal as ncurses sees it now (already updated on `.resize`).
    public var size: (rows: Int, columns: Int) {
        guard let window else { return (0, 0) }
        return (Int(getmaxy(window)), Int(getmaxx(window)))
    }

    public func clear() {
        guard let window else { return }
        werase(window)
    }

    /// Draws `text` clipped in Swift by terminal columns (`waddnwstr` would wrap, and its count
    /// is in `wchar_t`s); control characters become spaces and bidi overrides are dropped
    /// (`Screen.safeText`).
    public func put(_ text: String, row: Int, column: Int, style: Style) {
        guard let window else { return }
        let size = self.size
        guard row >= 0, row < size.rows, column >= 0, column < size.columns else { return }
        var buffer: [wchar_t] = []
        for character in safeText(text, column: column) {
            buffer += CellText.wideCharacters(for: character)
        }
        guard !buffer.isEmpty else { return }
        buffer.append(0)
        let look = palette.look(for: style)
        wattr_set(window, look.attributes, look.pair, nil)
        mvwaddnwstr(window, Int32(row), Int32(column), buffer, -1)
        wattr_set(window, CN_A_NORMAL, 0, nil)
    }

    public func setCursor(row: Int, column: Int) { cursor = (row, column) }

    public func hideCursor() { cursor = nil }

    /// Shows what was drawn (ncurses sends only the changed cells) and places the cursor.
    public func present() {
        guard let window else { return }
        let size = self.size
        if let cursor, cursor.row >= 0, cursor.row < size.rows, cursor.column >= 0, cursor.column < size.columns {
            curs_set(1)
            wmove(window, Int32(cursor.row), Int32(cursor.column))
        } else {
            curs_set(0)
        }
        wrefresh(window)
    }

    /// ncurses' own picture of the screen, row by row with trailing spaces removed: the same
    /// shape as `MemoryScreen.lines()`, for tests.
    public func readScreenLines() -> [String] {
        guard let window else { return [] }
        let (savedRow, savedColumn) = (getcury(window), getcurx(window))
        defer { wmove(window, savedRow, savedColumn) }
        let size = self.size
        return (0..<size.rows).map { row in
            var line = String.UnicodeScalarView()
            var column = 0
            while column < size.columns {
                let cell = CellText.read(window: window, row: row, column: column)
                line.append(contentsOf: cell.scalars)
                column += max(1, cell.width)
            }
            var text = String(line)
            while text.hasSuffix(" ") { text.removeLast() }
            return text
        }
    }
}

/// Conversions between Swift characters and ncurses cells.
enum CellText {
    private static let question = wchar_t(UInt8(ascii: "?"))

    /// The `wchar_t`s that draw `character` in exactly the columns `TextWidth` gives it.
    ///
    /// Nothing for a zero-width cluster (it would merge into the cell to its left). Where the C
    /// library measures the cluster differently (a ZWJ emoji sequence, a symbol the two width
    /// tables disagree on, a locale that is not UTF-8), its first scalar if that one fits, or
    /// question marks: the layout of the row never shifts.
    static func wideCharacters(for character: Character) -> [wchar_t] {
        let width = TextWidth.columns(of: character)
        guard width > 0 else { return [] }
        let scalars = character.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
        if scalars.count <= Int(CCHARW_MAX), wcswidth(scalars, scalars.count) == Int32(width) {
            return scalars
        }
        if let first = scalars.first, wcwidth(first) == Int32(width) { return [first] }
        return Array(repeating: question, count: width)
    }

    /// The scalars in the cell at (row, column) and how many columns it spans.
    static func read(window: UnsafeMutablePointer<WINDOW>, row: Int, column: Int) -> (scalars: [Unicode.Scalar], width: Int) {
        var cell = cchar_t()
        guard mvwin_wch(window, Int32(row), Int32(column), &cell) == OK else { return ([" "], 1) }
        var characters = [wchar_t](repeating: 0, count: Int(CCHARW_MAX) + 1)
        var attributes: attr_t = 0
        var pair: Int16 = 0
        guard getcchar(&cell, &characters, &attributes, &pair, nil) == OK else { return ([" "], 1) }
        guard let first = characters.first, first != 0 else { return ([" "], 1) }
        let scalars = characters.prefix { $0 != 0 }.compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }
        return (scalars, Int(wcwidth(first)))
    }
}

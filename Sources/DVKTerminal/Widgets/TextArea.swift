import DVKCore

/// A multi-line text editor for long fields (situation, solutions…): lines of `LineEditor`s,
/// Enter splits a line, Backspace at a line start joins it to the previous one.
public struct TextArea: Sendable, Equatable {
    public private(set) var lines: [LineEditor]
    public private(set) var row = 0

    public init(_ text: String = "") {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { LineEditor(String($0)) }
        if lines.isEmpty { lines = [LineEditor()] }
        row = lines.count - 1
    }

    public var text: String { lines.map(\.text).joined(separator: "\n") }
    public var committed: String { VietnameseText.nfc(text) }

    public mutating func handle(_ key: Key, input: VietnameseInput? = nil) -> Bool {
        switch key {
        case .enter:
            let current = lines[row]
            let head = String(current.text.prefix(current.cursor))
            let tail = String(current.text.dropFirst(current.cursor))
            lines[row] = LineEditor(head)
            var next = LineEditor(tail)
            next.moveHome()
            lines.insert(next, at: row + 1)
            row += 1
        case .backspace where lines[row].cursor == 0 && row > 0:
            let tail = lines.remove(at: row).text
            row -= 1
            let joinAt = lines[row].text.count
            var joined = LineEditor(lines[row].text + tail)
            for _ in 0..<(joined.text.count - joinAt) { joined.moveLeft() }
            lines[row] = joined
        case .up where row > 0:
            let column = lines[row].cursor
            row -= 1
            moveTo(column: column)
        case .down where row < lines.count - 1:
            let column = lines[row].cursor
            row += 1
            moveTo(column: column)
        default:
            return lines[row].handle(key, input: input)
        }
        return true
    }

    private mutating func moveTo(column: Int) {
        lines[row].moveHome()
        for _ in 0..<min(column, lines[row].text.count) { lines[row].moveRight() }
    }

    /// Up to `height` screen rows around the cursor, long lines wrapped at `width` columns
    /// (never inside a character), and the cursor's cell. `fromStart` shows the first rows
    /// instead (a field that does not have the focus).
    public func visible(width: Int, height: Int, fromStart: Bool = false) -> (lines: [String], cursorRow: Int, cursorColumn: Int) {
        guard width > 0, height > 0 else { return ([], 0, 0) }
        var rows: [String] = []
        var cursorRow = 0, cursorColumn = 0
        for (index, line) in lines.enumerated() {
            let characters = Array(line.text)
            var segment = "", used = 0
            var positions: [(row: Int, column: Int)] = []
            for character in characters {
                let w = TextWidth.columns(of: character)
                if used + w > width {
                    rows.append(segment)
                    segment = ""
                    used = 0
                }
                positions.append((rows.count, used))
                segment.append(character)
                used += w
            }
            if used >= width { rows.append(segment); segment = ""; used = 0 }
            positions.append((rows.count, used))
            rows.append(segment)
            if index == row {
                let at = positions[min(line.cursor, positions.count - 1)]
                cursorRow = at.row
                cursorColumn = at.column
            }
        }
        let first = fromStart ? 0 : max(0, min(cursorRow - height + 1, rows.count - height))
        let shown = Array(rows[first..<min(rows.count, first + height)])
        return (shown, cursorRow - first, cursorColumn)
    }
}

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

    /// Up to `height` screen rows around the cursor, long lines wrapped at `width` columns — at
    /// the last space that fits, like a word processor; a word longer than the row is cut (never
    /// inside a character) — and the cursor's cell. `fromStart` shows the first rows instead (a
    /// field that does not have the focus).
    public func visible(width: Int, height: Int, fromStart: Bool = false) -> (lines: [String], cursorRow: Int, cursorColumn: Int) {
        guard width > 0, height > 0 else { return ([], 0, 0) }
        var rows: [String] = []
        var cursorRow = 0, cursorColumn = 0
        for (index, line) in lines.enumerated() {
            let characters = Array(line.text)
            let widths = characters.map(TextWidth.columns(of:))
            var ranges: [Range<Int>] = []
            var start = 0
            while start < characters.count {
                var end = start, used = 0
                while end < characters.count && used + widths[end] <= width { used += widths[end]; end += 1 }
                if end < characters.count && characters[end] == " " {
                    end += 1                                   // the space after a full row hangs at its end
                } else if end < characters.count, let space = characters[(start + 1)..<max(start + 1, end)].lastIndex(of: " ") {
                    end = space + 1
                }
                ranges.append(start..<max(end, start + 1))
                start = max(end, start + 1)
            }
            // A row filled to the last column leaves the cursor at the end on a row of its own.
            if ranges.isEmpty || widths[ranges[ranges.count - 1]].reduce(0, +) >= width { ranges.append(characters.count..<characters.count) }
            if index == row {
                let at = ranges.lastIndex { $0.lowerBound <= line.cursor } ?? 0
                cursorRow = rows.count + at
                cursorColumn = widths[ranges[at].lowerBound..<min(line.cursor, ranges[at].upperBound)].reduce(0, +)
            }
            rows += ranges.map { String(characters[$0]) }
        }
        let first = fromStart ? 0 : max(0, min(cursorRow - height + 1, rows.count - height))
        let shown = Array(rows[first..<min(rows.count, first + height)])
        return (shown, cursorRow - first, cursorColumn)
    }
}

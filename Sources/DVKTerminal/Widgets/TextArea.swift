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

    /// Up to `height` lines around the cursor row, each fitted to `width`, and the cursor cell.
    public func visible(width: Int, height: Int) -> (lines: [String], cursorRow: Int, cursorColumn: Int) {
        let first = max(0, min(row - height + 1, lines.count - height))
        let shown = lines[first..<min(lines.count, first + height)]
        var out: [String] = []
        var cursorColumn = 0
        for (offset, line) in shown.enumerated() {
            let view = line.visible(width: width)
            out.append(view.text)
            if first + offset == row { cursorColumn = view.cursorColumn }
        }
        return (out, row - first, cursorColumn)
    }
}

import DVKCore

/// A centred message box with choices, for confirmations ("Discard your changes?") and errors.
public struct MessageBox: Sendable, Equatable {
    public var title: String
    public var lines: [String]
    /// Choices with their keys, e.g. [("y", "Có"), ("n", "Không")].
    public var choices: [(key: Character, label: String)]
    public var isError: Bool
    /// The choice Enter and Esc take, drawn in reverse video: for a question that could throw
    /// work away, the safe answer (No, keep editing). Nil: the only choice when there is one,
    /// else Enter does nothing and Esc takes the last.
    public var defaultKey: Character?

    public init(title: String, lines: [String], choices: [(key: Character, label: String)], isError: Bool = false,
                defaultKey: Character? = nil) {
        self.title = title
        self.lines = lines
        self.choices = choices
        self.isError = isError
        self.defaultKey = defaultKey ?? (choices.count == 1 ? choices.first?.key : nil)
    }

    public static func == (lhs: MessageBox, rhs: MessageBox) -> Bool {
        lhs.title == rhs.title && lhs.lines == rhs.lines && lhs.choices.map(\.key) == rhs.choices.map(\.key)
            && lhs.defaultKey == rhs.defaultKey
    }

    /// The key of the choice a key press selects: its letter; Enter → the default; Esc → the
    /// default, or the last choice when there is none.
    public func choice(for key: Key) -> Character? {
        switch key {
        case .character(let c): return choices.first { String($0.key) == c.lowercased() }?.key
        case .enter: return defaultKey
        case .escape: return defaultKey ?? choices.last?.key
        default: return nil
        }
    }

    /// How a choice is written in the footer; the default carries ↵ (Enter).
    private func label(_ choice: (key: Character, label: String)) -> String {
        "[\(choice.key)] \(choice.label)" + (choice.key == defaultKey && choices.count > 1 ? " ↵" : "")
    }

    /// The choices as the box writes them on its last line.
    public var footer: String { choices.map(label).joined(separator: "   ") }

    /// The lines as the box shows them on a screen `columns` wide: a line wider than the box
    /// can be is wrapped at spaces, never cut by the border.
    public func shownLines(columns: Int) -> [String] {
        let room = max(10, columns - 6)
        return lines.flatMap { line in TextWidth.columns(of: line) <= room ? [line] : TextWidth.wrap(line, width: room) }
    }

    /// Where the box goes on a screen of this size.
    public func frame(rows: Int, columns: Int) -> (top: Int, left: Int, width: Int, height: Int) {
        let shown = shownLines(columns: columns)
        let content = shown.map { TextWidth.columns(of: $0) }.max() ?? 0
        let width = min(columns - 2, max(TextWidth.columns(of: title) + 6, content + 4, TextWidth.columns(of: footer) + 4, 30))
        let height = min(rows, shown.count + 4)
        return (max(0, (rows - height) / 2), max(0, (columns - width) / 2), width, height)
    }

    /// The choice whose `[key] label` a click lands on.
    public func choice(at event: MouseEvent, rows: Int, columns: Int) -> Character? {
        guard event.kind == .click || event.kind == .doubleClick else { return nil }
        let (top, left, _, height) = frame(rows: rows, columns: columns)
        guard event.row == top + height - 2 else { return nil }
        var start = left + 2
        for choice in choices {
            let end = start + TextWidth.columns(of: label(choice))
            if event.column >= start && event.column < end { return choice.key }
            start = end + 3
        }
        return nil
    }

    public func draw(on screen: Screen) {
        let (top, left, width, height) = frame(rows: screen.size.rows, columns: screen.size.columns)
        for row in top..<(top + height) { screen.fill(row: row, column: left, width: width, style: .normal) }
        screen.drawBox(top: top, left: left, height: height, width: width, style: Style(isError ? .error : .border))
        screen.put(" \(title) ", row: top, column: left + 2, style: Style(isError ? .error : .title, bold: true))
        for (index, line) in shownLines(columns: screen.size.columns).prefix(height - 4).enumerated() {
            screen.put(line, row: top + 1 + index, column: left + 2, style: .normal)
        }
        // The default in reverse video, the others plain: which one Enter takes is visible.
        var column = left + 2
        for choice in choices {
            let text = label(choice)
            let isDefault = choice.key == defaultKey && choices.count > 1
            screen.put(text, row: top + height - 2, column: column, style: isDefault ? Style(.selected, bold: true) : Style(.normal, bold: true))
            column += TextWidth.columns(of: text) + 3
        }
        screen.hideCursor()
    }
}

/// The `?` help: every key of the current screen, scrolling when it does not fit.
public struct HelpOverlay: Sendable, Equatable {
    public var title: String
    public var entries: [(String, String)]
    public var table = TableState()

    public init(title: String, entries: [(String, String)]) {
        self.title = title
        self.entries = entries
        table.setCount(entries.count)
    }

    public static func == (lhs: HelpOverlay, rhs: HelpOverlay) -> Bool { lhs.title == rhs.title && lhs.table == rhs.table }

    public func draw(on screen: Screen) {
        let (rows, columns) = screen.size
        // Wide enough for the longest keys («Ctrl-W Ctrl-U Ctrl-K») and their help on one line
        // in a usual terminal; the title never runs over the border.
        let width = min(columns - 2, 100), height = min(rows - 2, entries.count + 3)
        let top = max(0, (rows - height) / 2), left = max(0, (columns - width) / 2)
        for row in top..<(top + height) { screen.fill(row: row, column: left, width: width, style: .normal) }
        screen.drawBox(top: top, left: left, height: height, width: width)
        let shownTitle = TextWidth.columns(of: title) <= width - 6 ? title : TextWidth.elided(title, to: max(1, width - 6))
        screen.put(" \(shownTitle) ", row: top, column: left + 2, style: Style(.title, bold: true))
        let keyWidth = min(24, entries.map { TextWidth.columns(of: $0.0) }.max() ?? 8)
        for (offset, index) in table.visibleRows(pageHeight: height - 3).enumerated() {
            let (key, help) = entries[index]
            screen.put(TextWidth.padded(key, to: keyWidth), row: top + 1 + offset, column: left + 2, style: Style(.hintKey, bold: true))
            screen.put(TextWidth.elided(help, to: width - keyWidth - 5), row: top + 1 + offset, column: left + 3 + keyWidth, style: .normal)
        }
        if entries.count > height - 3 {
            screen.put("↑↓ \(table.selected + 1)/\(entries.count)", row: top + height - 1, column: left + width - 14, style: Style(.hint))
        }
        screen.hideCursor()
    }
}

/// The bottom bar: key hints of the current screen, the input mode, and a message that stays
/// until the next key.
public enum HintBar {
    public static func draw(on screen: Screen, hints: [(String, String)], status: String, message: String?, messageIsError: Bool) {
        let row = screen.size.rows - 1
        guard row >= 0 else { return }
        screen.fill(row: row, column: 0, width: screen.size.columns, style: Style(.hint))
        if let message {
            // A message longer than the row wraps upwards over the screen's last rows (three at
            // most, the last cut with "…"), so a path or a reason is read whole.
            let room = max(10, screen.size.columns - TextWidth.columns(of: status) - 1)
            var lines = TextWidth.columns(of: message) <= room ? [message] : TextWidth.wrap(message, width: room)
            if lines.count > 3 { lines = Array(lines.prefix(2)) + [TextWidth.elided(lines[2...].joined(separator: " "), to: room)] }
            for (index, line) in lines.enumerated() {
                let target = row - (lines.count - 1) + index
                guard target >= 0 else { continue }
                if target != row { screen.fill(row: target, column: 0, width: screen.size.columns, style: Style(.hint)) }
                screen.put(TextWidth.elided(line, to: room).trimmingSpaces, row: target, column: 0,
                           style: Style(messageIsError ? .error : .success, bold: true))
            }
        } else {
            var column = 0
            for (key, help) in hints {
                let keyText = " \(key) ", helpText = "\(help) "
                let needed = TextWidth.columns(of: keyText + helpText)
                if column + needed > screen.size.columns - TextWidth.columns(of: status) - 1 { break }
                screen.put(keyText, row: row, column: column, style: Style(.hintKey, bold: true))
                screen.put(helpText, row: row, column: column + TextWidth.columns(of: keyText), style: Style(.hint))
                column += needed
            }
        }
        let statusColumn = screen.size.columns - TextWidth.columns(of: status)
        if statusColumn > 0 { screen.put(status, row: row, column: statusColumn, style: Style(.hint, bold: true)) }
    }
}

import DVKCore

/// What a cell looks like: a semantic role (mapped to colours, or to bold/reverse without colour)
/// plus emphasis.
public struct Style: Sendable, Hashable {
    public enum Role: Int, Sendable, CaseIterable {
        case normal, title, header, selected, marked, hint, hintKey, error, warning, success, field, fieldFocused, dim, border
    }

    public var role: Role
    public var bold: Bool
    public var underline: Bool

    public init(_ role: Role = .normal, bold: Bool = false, underline: Bool = false) {
        self.role = role
        self.bold = bold
        self.underline = underline
    }

    public static let normal = Style()
}

/// A surface to draw on, in terminal cells: the ncurses adapter and the in-memory screen of the
/// tests implement it, so every screen is drawn by one code path.
public protocol Screen: AnyObject {
    /// Rows and columns.
    var size: (rows: Int, columns: Int) { get }
    func clear()
    /// Draws `text` from (row, column), clipped at the right edge by terminal columns; control
    /// characters in `text` are shown as spaces and bidi overrides dropped (`TerminalText`),
    /// never sent to the terminal.
    func put(_ text: String, row: Int, column: Int, style: Style)
    /// Where the cursor shows (nil hides it).
    func setCursor(row: Int, column: Int)
    func hideCursor()
    /// Makes what was drawn visible.
    func present()
}

extension Screen {
    /// Text made inert for one line (`TerminalText`) and clipped to what fits from `column`.
    public func safeText(_ text: String, column: Int) -> String {
        TextWidth.prefix(TerminalText.inert(text, keepingLines: false), fitting: max(0, size.columns - column))
    }

    /// Fills a row segment with spaces in `style`.
    public func fill(row: Int, column: Int, width: Int, style: Style) {
        guard width > 0 else { return }
        put(String(repeating: " ", count: width), row: row, column: column, style: style)
    }

    /// A box of Unicode line characters.
    public func drawBox(top: Int, left: Int, height: Int, width: Int, style: Style = Style(.border)) {
        guard height >= 2, width >= 2 else { return }
        let horizontal = String(repeating: "─", count: width - 2)
        put("┌" + horizontal + "┐", row: top, column: left, style: style)
        for row in (top + 1)..<(top + height - 1) {
            put("│", row: row, column: left, style: style)
            put("│", row: row, column: left + width - 1, style: style)
        }
        put("└" + horizontal + "┘", row: top + height - 1, column: left, style: style)
    }
}

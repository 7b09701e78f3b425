import DVKCore

/// A column of a table: its title, width in terminal columns (0 = take the rest), the width it
/// may shrink to on a narrow screen, and alignment.
public struct TableColumn: Sendable, Equatable {
    public var title: String
    public var width: Int
    public var minimum: Int
    public var alignRight: Bool

    public init(_ title: String, width: Int, minimum: Int? = nil, alignRight: Bool = false) {
        self.title = title
        self.width = width
        self.minimum = min(width, minimum ?? 3)
        self.alignRight = alignRight
    }
}

/// The view state of a scrolling list: selection and scroll offset, apart from the data, so a
/// list of 100,000 rows costs only the visible ones.
public struct TableState: Sendable, Equatable {
    public private(set) var selected = 0
    public private(set) var offset = 0
    public private(set) var count = 0

    public init() {}

    /// Keeps the selection valid after the row count changes.
    public mutating func setCount(_ newCount: Int) {
        count = newCount
        selected = min(selected, max(0, newCount - 1))
        offset = min(offset, max(0, newCount - 1))
    }

    public mutating func select(_ row: Int, pageHeight: Int) {
        guard count > 0 else { selected = 0; offset = 0; return }
        selected = max(0, min(count - 1, row))
        if selected < offset { offset = selected }
        if selected >= offset + pageHeight { offset = selected - pageHeight + 1 }
    }

    /// Moves the selection for navigation keys (arrows, j/k, PgUp/PgDn, Home/End, g/G, the
    /// wheel); returns false for other keys.
    public mutating func handle(_ key: Key, pageHeight: Int) -> Bool {
        let page = max(1, pageHeight)
        switch key {
        case .up, .character("k"): select(selected - 1, pageHeight: page)
        case .down, .character("j"): select(selected + 1, pageHeight: page)
        case .pageUp, .control("b"): select(selected - page, pageHeight: page)
        case .pageDown, .control("f"): select(selected + page, pageHeight: page)
        // Half a page, as in vi and less.
        case .control("u"): select(selected - max(1, page / 2), pageHeight: page)
        case .control("d"): select(selected + max(1, page / 2), pageHeight: page)
        case .home, .character("g"): select(0, pageHeight: page)
        case .end, .character("G"): select(count - 1, pageHeight: page)
        case .mouse(let event) where event.kind == .wheelUp: select(selected - 3, pageHeight: page)
        case .mouse(let event) where event.kind == .wheelDown: select(selected + 3, pageHeight: page)
        default: return false
        }
        return true
    }

    /// The rows on screen.
    public func visibleRows(pageHeight: Int) -> Range<Int> {
        offset..<min(count, offset + max(0, pageHeight))
    }

    /// The data row `TableRenderer.draw` put on `screenRow` when it drew the header on
    /// `headerRow`: nil for the header itself, above it, or below the last row shown. Mouse
    /// clicks go through here so every table places them the same way.
    public func row(atScreenRow screenRow: Int, headerRow: Int, pageHeight: Int) -> Int? {
        guard screenRow > headerRow else { return nil }
        let index = offset + screenRow - headerRow - 1
        return visibleRows(pageHeight: pageHeight).contains(index) ? index : nil
    }
}

/// Draws a table: a header row and the visible rows of a data source, columns laid out by width.
public enum TableRenderer {
    /// Widths for `columns` in `total` columns: fixed ones as given (shrunk if needed), the
    /// zero-width ones share the rest.
    public static func layout(_ columns: [TableColumn], total: Int) -> [Int] {
        let gaps = max(0, columns.count - 1)
        let fixed = columns.filter { $0.width > 0 }.reduce(0) { $0 + $1.width }
        let flexible = columns.filter { $0.width == 0 }.count
        let minimumFlexible = 20
        let rest = max(0, total - gaps - fixed)
        let flexibleWidth = flexible > 0 ? max(minimumFlexible, rest / flexible) : 0
        var widths = columns.map { $0.width > 0 ? $0.width : flexibleWidth }
        // Too wide: shrink the fixed columns in proportion to their slack, none below its minimum;
        // then the flexible ones.
        var overflow = widths.reduce(0, +) + gaps - total
        let slack = columns.filter { $0.width > 0 }.reduce(0) { $0 + $1.width - $1.minimum }
        if overflow > 0 && slack > 0 {
            for index in widths.indices where columns[index].width > 0 {
                let room = columns[index].width - columns[index].minimum
                let cut = min(room, (overflow * room + slack - 1) / slack)
                widths[index] -= cut
            }
            overflow = widths.reduce(0, +) + gaps - total
        }
        for index in widths.indices where overflow > 0 && columns[index].width == 0 {
            let cut = min(overflow, widths[index] - 8)
            widths[index] -= max(0, cut)
            overflow -= max(0, cut)
        }
        return widths
    }

    /// Draws header and rows in the rectangle; `cells(row)` gives the cells of a data row,
    /// `style(row)` its style (selection, marks).
    public static func draw(on screen: Screen, top: Int, left: Int, width: Int, height: Int, columns: [TableColumn],
                            state: TableState, cells: (Int) -> [String], style: (Int) -> Style) {
        let widths = layout(columns, total: width)
        func line(_ values: [String]) -> String {
            zip(values, zip(widths, columns)).map { value, layout in
                // Made inert first, so a tab or an ESC in the data is measured as the one blank
                // cell the screen will draw for it and the columns after it never shift.
                TextWidth.elided(TerminalText.inert(value, keepingLines: false), to: layout.0, alignRight: layout.1.alignRight)
            }.joined(separator: " ")
        }
        screen.put(TextWidth.padded(line(columns.map(\.title)), to: width), row: top, column: left, style: Style(.header, bold: true))
        for (offset, row) in state.visibleRows(pageHeight: height - 1).enumerated() {
            screen.put(TextWidth.padded(line(cells(row)), to: width), row: top + 1 + offset, column: left, style: style(row))
        }
    }
}

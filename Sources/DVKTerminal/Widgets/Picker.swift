import DVKCore

/// A dropdown list with a filter typed as you go (ignoring case and diacritics): used for every
/// configurable list in forms (fields, units, levels…) and for choosing a move.
public struct Picker: Sendable, Equatable {
    public struct Option: Sendable, Equatable {
        public var id: String
        public var label: String
        /// Shown dimmed after the label (a reason the option is not allowed, a hint).
        public var detail: String
        public var enabled: Bool
        /// Other words the filter finds the option by (a list value's aliases — "ntm", "TT" —
        /// and its label in the other language); not shown.
        public var keywords: [String]

        public init(id: String, label: String, detail: String = "", enabled: Bool = true, keywords: [String] = []) {
            self.id = id
            self.label = label
            self.detail = detail
            self.enabled = enabled
            self.keywords = keywords
        }

        /// The option of a configurable list's entry: its label in `language`, found also by its
        /// aliases and its label in the other language.
        public init(_ entry: ListEntry, _ language: Language) {
            let other = language == .vi ? entry.label.en : entry.label.vi
            self.init(id: entry.id, label: entry.label.text(language), keywords: entry.aliases + [other])
        }
    }

    public var title: String
    public private(set) var options: [Option]
    public private(set) var filter = LineEditor()
    public private(set) var shown: [Int]
    public var table = TableState()

    public init(title: String, options: [Option], selectedID: String? = nil) {
        self.title = title
        self.options = options
        shown = Array(options.indices)
        table.setCount(shown.count)
        if let selectedID, let index = options.firstIndex(where: { $0.id == selectedID }) {
            table.select(index, pageHeight: 10)
        }
    }

    /// The option under the selection, if any.
    public var current: Option? {
        guard table.selected < shown.count else { return nil }
        return options[shown[table.selected]]
    }

    public enum Outcome: Equatable { case none, picked(Option), cancelled }

    /// Typing filters, arrows move, Enter picks an enabled option, Esc cancels.
    public mutating func handle(_ key: Key, pageHeight: Int) -> Outcome {
        switch key {
        case .enter:
            if let option = current, option.enabled { return .picked(option) }
            return .none
        case .escape:
            return .cancelled
        case .up, .down, .pageUp, .pageDown, .home, .end, .mouse:
            _ = table.handle(key, pageHeight: pageHeight)
        default:
            if filter.handle(key) { refilter() }
        }
        return .none
    }

    private mutating func refilter() {
        let query = filter.text
        shown = options.indices.filter { query.isEmpty || VietnameseText.matches(([options[$0].label, options[$0].id] + options[$0].keywords).joined(separator: " "), query: query) }
        table = TableState()
        table.setCount(shown.count)
    }

    /// Draws the picker as a box centred on the screen.
    /// Where the picker's box goes on a screen of this size.
    public func frame(rows: Int, columns: Int) -> (top: Int, left: Int, width: Int, height: Int) {
        let widest = options.map { TextWidth.columns(of: $0.label + "  " + $0.detail) }.max() ?? 10
        let width = min(columns - 4, max(36, min(widest + 4, 76)))
        let height = min(rows - 2, max(6, min(options.count, 14) + 4))
        return (max(0, (rows - height) / 2), max(0, (columns - width) / 2), width, height)
    }

    /// A click selects the option under it; a double click (or a click on the selected one)
    /// picks it.
    public mutating func click(_ event: MouseEvent, rows: Int, columns: Int) -> Outcome {
        let (top, left, width, height) = frame(rows: rows, columns: columns)
        guard event.kind == .click || event.kind == .doubleClick else {
            _ = table.handle(.mouse(event), pageHeight: height - 4)
            return .none
        }
        let index = table.visibleRows(pageHeight: height - 4).lowerBound + event.row - (top + 2)
        guard event.row >= top + 2, event.row < top + height - 2, event.column > left, event.column < left + width - 1,
              index >= 0, index < shown.count else { return .none }
        let wasSelected = index == table.selected
        table.select(index, pageHeight: height - 4)
        if event.kind == .doubleClick || wasSelected, let option = current, option.enabled { return .picked(option) }
        return .none
    }

    public func draw(on screen: Screen, language: Language) {
        let (top, left, width, height) = frame(rows: screen.size.rows, columns: screen.size.columns)
        for row in top..<(top + height) { screen.fill(row: row, column: left, width: width, style: .normal) }
        screen.drawBox(top: top, left: left, height: height, width: width)
        screen.put(" \(title) ", row: top, column: left + 2, style: Style(.title, bold: true))
        let filterLine = "/ " + filter.text
        screen.put(TextWidth.padded(filterLine, to: width - 4), row: top + 1, column: left + 2, style: Style(.field))
        let page = height - 4
        for (offset, index) in table.visibleRows(pageHeight: page).enumerated() {
            let option = options[shown[index]]
            let style: Style = index == table.selected ? Style(.selected) : Style(option.enabled ? .normal : .dim)
            let text = option.label + (option.detail.isEmpty ? "" : "  — " + option.detail)
            screen.put(TextWidth.elided(text, to: width - 4), row: top + 2 + offset, column: left + 2, style: style)
        }
        screen.setCursor(row: top + 1, column: left + 4 + TextWidth.columns(of: String(filter.text.prefix(filter.cursor))))
    }
}

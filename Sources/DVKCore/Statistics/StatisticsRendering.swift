/// Plain-text and CSV forms of a statistics table.
extension StatisticsTable {
    /// The table for a terminal: the title, the header path of every column over as many lines
    /// as the deepest path (merged groups centred over their columns and wrapped to fit), the rows
    /// with right-aligned numbers and a final total row. Widths are display widths (`TextWidth`),
    /// and every line is padded to the same width. Labels wider than `labelWidth` wrap.
    public func renderText(_ language: Language, labelWidth: Int = 36) -> String {
        let layout = TextLayout(table: self, language: language, labelWidth: max(8, labelWidth))
        return layout.lines().joined(separator: "\n") + "\n"
    }

    /// The table as CSV (see `CSVWriter`): one header row (the row header, then each column's
    /// header path joined with " / "), one line per row, then the total row.
    public func renderCSV(_ language: Language) -> String {
        var writer = CSVWriter()
        writer.appendRow([rowHeader.text(language)] + columns.map { $0.headers.map { $0.text(language) }.joined(separator: " / ") })
        for row in rows {
            writer.appendRow([row.label.text(language)] + columns.map { String(row.value($0.id)) })
        }
        let totals = totals
        writer.appendRow([StatisticsStrings.total.text(language)] + columns.map { String(totals[$0.id] ?? 0) })
        return writer.text
    }
}

/// Column widths and header spans of one text rendering.
private struct TextLayout {
    static let gap = "  "
    /// Leaf headers up to this width stay on one line; longer ones wrap at word boundaries.
    static let maxLeafWidth = 12

    let table: StatisticsTable
    let language: Language
    let depth: Int
    /// Each column's header path spread over `depth` levels: groups on top, the leaf at the bottom.
    let paths: [[String?]]
    var widths: [Int]
    let labelWidth: Int

    init(table: StatisticsTable, language: Language, labelWidth: Int) {
        self.table = table
        self.language = language
        let depth = max(1, table.columns.map(\.headers.count).max() ?? 1)
        let paths: [[String?]] = table.columns.map { column in
            let texts = column.headers.map { $0.text(language) }
            guard let leaf = texts.last else { return Array(repeating: nil, count: depth) }
            let groups = texts.dropLast().map { Optional($0) }
            return groups + Array(repeating: nil, count: depth - texts.count) + [leaf]
        }
        let totals = table.totals
        self.depth = depth
        self.paths = paths
        widths = table.columns.enumerated().map { index, column in
            let numbers = table.rows.map { $0.value(column.id) } + [totals[column.id] ?? 0]
            let numberWidth = numbers.map { String($0).count }.max() ?? 1
            let leaf = paths[index].last.flatMap { $0 } ?? ""
            let leafWidth = TextWidth.columns(of: leaf)
            return max(numberWidth, leafWidth <= TextLayout.maxLeafWidth ? leafWidth : TextLayout.longestWord(leaf), 3)
        }
        let labels = table.rows.map { $0.label.text(language) } + [table.rowHeader.text(language), StatisticsStrings.total.text(language)]
        self.labelWidth = min(labelWidth, labels.map { TextWidth.columns(of: $0) }.max() ?? 1)
        for level in 0..<depth {
            for span in spans(level) {
                let needed = TextLayout.longestWord(span.text)
                let have = spanWidth(span.range)
                if needed > have { widths[span.range.upperBound - 1] += needed - have }
            }
        }
    }

    /// A run of adjacent columns sharing the same header path down to `level`.
    struct Span {
        let range: Range<Int>
        let text: String
    }

    func spans(_ level: Int) -> [Span] {
        var result: [Span] = []
        var start = 0
        while start < paths.count {
            var end = start + 1
            while end < paths.count, Array(paths[end][0...level]) == Array(paths[start][0...level]) { end += 1 }
            if let text = paths[start][level] { result.append(Span(range: start..<end, text: text)) }
            start = end
        }
        return result
    }

    func spanWidth(_ range: Range<Int>) -> Int {
        widths[range].reduce(0, +) + TextLayout.gap.count * (range.count - 1)
    }

    var totalWidth: Int { labelWidth + widths.reduce(0) { $0 + TextLayout.gap.count + $1 } }

    func lines() -> [String] {
        var lines = TextLayout.wrap(table.title.text(language), width: totalWidth).map { TextWidth.padded($0, to: totalWidth) }
        lines.append(TextWidth.padded("", to: totalWidth))
        for level in 0..<depth { lines += headerLines(level) }
        let rule = String(repeating: "─", count: totalWidth)
        lines.append(rule)
        for row in table.rows { lines += rowLines(label: row.label.text(language), values: table.columns.map { row.value($0.id) }) }
        lines.append(rule)
        let totals = table.totals
        lines += rowLines(label: StatisticsStrings.total.text(language), values: table.columns.map { totals[$0.id] ?? 0 })
        return lines
    }

    /// The lines of one header level: each span's text wrapped and centred over its columns.
    private func headerLines(_ level: Int) -> [String] {
        let spans = spans(level)
        let wrapped = spans.map { TextLayout.wrap($0.text, width: spanWidth($0.range)) }
        let count = wrapped.map(\.count).max() ?? 0
        return (0..<count).map { line in
            let isLabelLine = level == depth - 1 && line == count - 1
            var text = TextWidth.padded(isLabelLine ? table.rowHeader.text(language) : "", to: labelWidth)
            var column = 0
            for (span, texts) in zip(spans, wrapped) {
                while column < span.range.lowerBound {
                    text += TextLayout.gap + String(repeating: " ", count: widths[column])
                    column += 1
                }
                text += TextLayout.gap + TextLayout.centred(line < texts.count ? texts[line] : "", width: spanWidth(span.range))
                column = span.range.upperBound
            }
            while column < widths.count {
                text += TextLayout.gap + String(repeating: " ", count: widths[column])
                column += 1
            }
            return text
        }
    }

    /// One row: the label wrapped to the label column, the numbers on its first line.
    private func rowLines(label: String, values: [Int]) -> [String] {
        TextLayout.wrap(label, width: labelWidth).enumerated().map { index, part in
            var text = TextWidth.padded(part, to: labelWidth)
            for (value, width) in zip(values, widths) {
                text += TextLayout.gap + TextWidth.padded(index == 0 ? String(value) : "", to: width, alignRight: true)
            }
            return text
        }
    }

    static func longestWord(_ text: String) -> Int {
        text.split(separator: " ").map { TextWidth.columns(of: String($0)) }.max() ?? 0
    }

    static func centred(_ text: String, width: Int) -> String {
        let left = max(0, (width - TextWidth.columns(of: text)) / 2)
        return TextWidth.padded(String(repeating: " ", count: left) + text, to: width)
    }

    /// `text` broken at spaces into lines of at most `width` columns; a longer word is cut.
    static func wrap(_ text: String, width: Int) -> [String] { TextWidth.wrap(text, width: width) }
}

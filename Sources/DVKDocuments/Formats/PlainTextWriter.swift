import DVKCore

/// Renders a ``PrintDocument`` as plain text aligned by terminal columns (Vietnamese letters one
/// column, wide characters two): for `--format txt` on a terminal and for previews. Paragraphs
/// are wrapped and aligned, the letterhead and signature sit in two columns, rules are drawn
/// with "─", tables have their header cells centred over the columns they span, numbers right
/// aligned, and rules under the header and above the total row.
public struct PlainTextWriter: Sendable {
    public let document: PrintDocument
    /// The width of every line, in columns (at least 40).
    public let width: Int
    static let gap = "  "

    public init(_ document: PrintDocument, width: Int = 132) {
        self.document = document
        self.width = max(40, width)
    }

    public func text() -> String {
        lines().joined(separator: "\n") + "\n"
    }

    public func lines() -> [String] {
        lines(document.blocks).map(\.trimmingTrailingSpaces)
    }

    private func lines(_ blocks: [PrintBlock]) -> [String] {
        var out: [String] = []
        for block in blocks {
            switch block {
            case .paragraph(let p):
                if p.spaceBefore >= 6, !out.isEmpty, out.last != "" { out.append("") }
                out += paragraph(p, width: width)
            case .columns(let left, let right, let share):
                out += columns(left, right, share)
                out.append("")
            case .table(let t):
                out += table(t)
                out += lines(t.closing)
            case .pageBreak:
                out += ["", String(repeating: "═", count: width), ""]
            }
        }
        return out
    }

    private func paragraph(_ p: PrintParagraph, width: Int) -> [String] {
        var lines = TextWrap.lines(p.text, width: width).map { TextWrap.aligned($0, width: width, p.alignment) }
        if let rule = p.ruleBelow {
            let length = max(3, Int((rule / PageSetup.textWidth(document.orientation) * Double(self.width)).rounded()))
            lines.append(TextWrap.aligned(String(repeating: "─", count: min(length, width)), width: width, .center))
        }
        return lines
    }

    private func columns(_ left: [PrintParagraph], _ right: [PrintParagraph], _ share: Double) -> [String] {
        let leftWidth = Int(Double(width) * share)
        let rightWidth = width - leftWidth
        let leftLines = left.flatMap { paragraph($0, width: leftWidth) }
        let rightLines = right.flatMap { paragraph($0, width: rightWidth) }
        return (0..<max(leftLines.count, rightLines.count)).map { index -> String in
            let leftText = index < leftLines.count ? leftLines[index] : ""
            let rightText = index < rightLines.count ? rightLines[index] : ""
            return TextWidth.padded(leftText, to: leftWidth) + rightText
        }
    }

    // MARK: Tables

    /// Character widths of the columns, in proportion to their widths on paper.
    private func columnWidths(_ t: PrintTable) -> [Int] {
        let available = width - PlainTextWriter.gap.count * (t.columns.count - 1)
        let total = max(1, t.columns.reduce(0) { $0 + $1.width })
        var widths = t.columns.map { max(3, Int($0.width / total * Double(available))) }
        var index = 0
        while widths.reduce(0, +) < available && !widths.isEmpty {
            widths[index % widths.count] += 1
            index += 1
        }
        return widths
    }

    private func table(_ t: PrintTable) -> [String] {
        let widths = columnWidths(t)
        let full = widths.reduce(0, +) + PlainTextWriter.gap.count * (widths.count - 1)
        let rule = String(repeating: "─", count: full)
        var out = [rule]
        for row in 0..<t.header.rowCount {
            var segments: [(text: String, width: Int, alignment: PrintParagraph.Alignment)] = []
            var column = 0
            while column < t.header.columnCount {
                let cell = t.header.cell(coveringRow: row, column: column)
                let span = cell.column..<(cell.column + cell.colSpan)
                segments.append((cell.row == row ? cell.text : "", spanWidth(widths, span), .center))
                column = span.upperBound
            }
            out += render(segments)
        }
        out.append(rule)
        for row in t.rows {
            if row.kind == .total { out.append(rule) }
            var segments: [(text: String, width: Int, alignment: PrintParagraph.Alignment)] = []
            var column = 0
            for cell in row.cells where column < widths.count {
                let span = column..<min(widths.count, column + cell.span)
                let alignment = cell.number != nil ? .right : cell.alignment ?? t.columns[column].alignment
                segments.append((cell.text, spanWidth(widths, span), alignment))
                column = span.upperBound
            }
            out += render(segments)
        }
        out.append(rule)
        return out
    }

    private func spanWidth(_ widths: [Int], _ span: Range<Int>) -> Int {
        widths[span].reduce(0, +) + PlainTextWriter.gap.count * (span.count - 1)
    }

    /// Cells side by side, each wrapped in its width; as many lines as the tallest cell.
    private func render(_ segments: [(text: String, width: Int, alignment: PrintParagraph.Alignment)]) -> [String] {
        let wrapped = segments.map { TextWrap.lines($0.text, width: $0.width) }
        let count = wrapped.map(\.count).max() ?? 1
        return (0..<count).map { line in
            zip(segments, wrapped).map { segment, lines in
                TextWrap.aligned(line < lines.count ? lines[line] : "", width: segment.width, segment.alignment)
            }.joined(separator: PlainTextWriter.gap)
        }
    }
}

/// The `<w:body>` content of a DOCX: paragraphs, the borderless two-column blocks and bordered
/// tables whose header rows repeat on every page (`w:tblHeader`). Every run states its size, so a
/// checker reading `document.xml` sees every size used.
struct DocxBody {
    /// Cell margin left and right, in twips (1 mm).
    static let cellMargin = 57
    let textWidth: Double

    func xml(_ blocks: [PrintBlock]) -> String {
        var out = ""
        for block in blocks {
            switch block {
            case .paragraph(let p): out += paragraph(p, width: textWidth)
            case .columns(let left, let right, let share): out += columns(left, right, share: share)
            case .table(let table): out += self.table(table)
            case .pageBreak: break  // DocxWriter starts a section there
            }
        }
        return out
    }

    // MARK: Paragraphs

    /// A paragraph, followed by a paragraph drawing its rule when it has one. `width` is the width
    /// it is set in (points), used to centre the rule.
    func paragraph(_ p: PrintParagraph, width: Double) -> String {
        var props = p.keepWithNext ? "<w:keepNext/>" : ""
        props += spacing(before: p.spaceBefore, after: p.spaceAfter)
        if p.firstLineIndent > 0 { props += "<w:ind w:firstLine=\"\(PageSetup.twips(points: p.firstLineIndent))\"/>" }
        props += "<w:jc w:val=\"\(DocxBody.justification(p.alignment))\"/>"
        var out = "<w:p><w:pPr>\(props)</w:pPr>" + p.runs.map(run).joined() + "</w:p>"
        if let rule = p.ruleBelow {
            let indent = PageSetup.twips(points: max(0, (width - rule) / 2))
            out += "<w:p><w:pPr><w:pBdr><w:top w:val=\"single\" w:sz=\"6\" w:space=\"0\" w:color=\"000000\"/></w:pBdr>"
                + "<w:spacing w:before=\"50\" w:after=\"0\" w:line=\"60\" w:lineRule=\"exact\"/>"
                + "<w:ind w:left=\"\(indent)\" w:right=\"\(indent)\"/><w:jc w:val=\"center\"/></w:pPr></w:p>"
        }
        return out
    }

    func spacing(before: Double, after: Double) -> String {
        "<w:spacing w:before=\"\(PageSetup.twips(points: before))\" w:after=\"\(PageSetup.twips(points: after))\"/>"
    }

    /// A run: its style, then the text with line breaks as `<w:br/>` and tabs as `<w:tab/>`.
    func run(_ r: PrintRun) -> String {
        "<w:r>" + runProperties(r.style) + DocxBody.content(r.text) + "</w:r>"
    }

    func runProperties(_ s: TextStyle) -> String {
        let halfPoints = Int((s.size * 2).rounded())
        var props = ""
        if s.bold { props += "<w:b/><w:bCs/>" }
        if s.italic { props += "<w:i/><w:iCs/>" }
        props += "<w:sz w:val=\"\(halfPoints)\"/><w:szCs w:val=\"\(halfPoints)\"/>"
        if s.underline { props += "<w:u w:val=\"single\"/>" }
        return "<w:rPr>\(props)</w:rPr>"
    }

    /// Run content: `<w:t xml:space="preserve">` pieces between breaks and tabs.
    static func content(_ text: String) -> String {
        var out = ""
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if index > 0 { out += "<w:br/>" }
            for (tabIndex, piece) in line.split(separator: "\t", omittingEmptySubsequences: false).enumerated() {
                if tabIndex > 0 { out += "<w:tab/>" }
                if !piece.isEmpty { out += "<w:t xml:space=\"preserve\">\(XMLText.escape(String(piece)))</w:t>" }
            }
        }
        return out
    }

    static func justification(_ alignment: PrintParagraph.Alignment) -> String {
        switch alignment {
        case .left: return "left"
        case .center: return "center"
        case .right: return "right"
        case .justified: return "both"
        }
    }

    // MARK: Two-column blocks

    /// A borderless two-column table (letterhead, signature), kept whole on one page.
    func columns(_ left: [PrintParagraph], _ right: [PrintParagraph], share: Double) -> String {
        let widths = [textWidth * share, textWidth * (1 - share)]
        let twips = widths.map { PageSetup.twips(points: $0) }
        let margin = Double(DocxBody.cellMargin) / 10
        var out = "<w:tbl><w:tblPr><w:tblW w:w=\"\(twips.reduce(0, +))\" w:type=\"dxa\"/>"
            + "<w:tblBorders>" + ["top", "left", "bottom", "right", "insideH", "insideV"].map { "<w:\($0) w:val=\"nil\"/>" }.joined()
            + "</w:tblBorders><w:tblLayout w:type=\"fixed\"/>" + cellMargins + "</w:tblPr>"
            + "<w:tblGrid>" + twips.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid><w:tr><w:trPr><w:cantSplit/></w:trPr>"
        for (paragraphs, (width, twip)) in zip([left, right], zip(widths, twips)) {
            let inner = paragraphs.map { paragraph($0, width: width - margin) }.joined()
            out += "<w:tc><w:tcPr><w:tcW w:w=\"\(twip)\" w:type=\"dxa\"/></w:tcPr>\(inner.isEmpty ? "<w:p/>" : inner)</w:tc>"
        }
        return out + "</w:tr></w:tbl>" + DocxBody.separator
    }

    private var cellMargins: String {
        "<w:tblCellMar><w:left w:w=\"\(DocxBody.cellMargin)\" w:type=\"dxa\"/><w:right w:w=\"\(DocxBody.cellMargin)\" w:type=\"dxa\"/></w:tblCellMar>"
    }

    // MARK: Bordered tables

    /// A bordered table, centred on the page unless it is nested in a cell.
    func table(_ t: PrintTable, nested: Bool = false) -> String {
        let twips = t.columns.map { PageSetup.twips(points: $0.width) }
        var out = "<w:tbl><w:tblPr><w:tblW w:w=\"\(twips.reduce(0, +))\" w:type=\"dxa\"/>"
            + (nested ? "" : "<w:jc w:val=\"center\"/>") + "<w:tblBorders>"
            + ["top", "left", "bottom", "right", "insideH", "insideV"]
                .map { "<w:\($0) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>" }.joined()
            + "</w:tblBorders><w:tblLayout w:type=\"fixed\"/>" + cellMargins + "</w:tblPr>"
            + "<w:tblGrid>" + twips.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
        for row in 0..<t.header.rowCount { out += headerRow(row, t, twips) }
        let kept = t.closing.isEmpty ? 0 : min(t.closingRows, t.rows.count)
        for row in t.rows.dropLast(kept) { out += bodyRow(row, t, twips) }
        if !t.closing.isEmpty { out += closingRow(t, twips, kept: kept) }
        return out + "</w:tbl>"
    }

    /// The table's last `kept` rows and its closing blocks in one row that cannot split: a
    /// borderless cell across the table holding them as a nested table (same grid) and the blocks.
    /// Word and LibreOffice move the row whole to the next page, where the header rows repeat,
    /// so the closing blocks never stand alone on a page.
    private func closingRow(_ t: PrintTable, _ twips: [Int], kept: Int) -> String {
        let width = twips.reduce(0, +)
        let none = ["top", "left", "bottom", "right"].map { "<w:\($0) w:val=\"nil\"/>" }.joined()
        var out = "<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>"
            + "<w:gridSpan w:val=\"\(twips.count)\"/><w:tcBorders>\(none)</w:tcBorders>"
            + "<w:tcMar><w:left w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"0\" w:type=\"dxa\"/></w:tcMar></w:tcPr>"
        if kept > 0 {
            var nested = t
            nested.header = HeaderGrid(cells: [], rowCount: 0, columnCount: t.columns.count)
            nested.rows = Array(t.rows.suffix(kept))
            nested.closing = []
            // A paragraph between two tables keeps Word and LibreOffice from joining them.
            out += table(nested, nested: true) + DocxBody.separator
        }
        out += DocxBody(textWidth: Double(width) / 20).xml(t.closing)
        return out + DocxBody.separator + "</w:tc></w:tr>"
    }

    /// An empty paragraph one point high: what must stand between two tables, and ends a cell.
    static let separator = "<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"20\" w:lineRule=\"exact\"/></w:pPr></w:p>"

    /// One header row: cells starting here, and a `vMerge` continuation under each cell that
    /// spans down from an earlier row.
    private func headerRow(_ row: Int, _ t: PrintTable, _ twips: [Int]) -> String {
        var out = "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"
        var column = 0
        while column < t.header.columnCount {
            let cell = t.header.cell(coveringRow: row, column: column)
            let width = twips[cell.column..<(cell.column + cell.colSpan)].reduce(0, +)
            var props = "<w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>"
            if cell.colSpan > 1 { props += "<w:gridSpan w:val=\"\(cell.colSpan)\"/>" }
            if cell.rowSpan > 1 { props += cell.row == row ? "<w:vMerge w:val=\"restart\"/>" : "<w:vMerge/>" }
            props += "<w:vAlign w:val=\"center\"/>"
            let text = cell.row == row ? cell.text : ""
            out += "<w:tc><w:tcPr>\(props)</w:tcPr>" + cellParagraph(text, style: t.headerStyle, alignment: .center) + "</w:tc>"
            column = cell.column + cell.colSpan
        }
        return out + "</w:tr>"
    }

    private func bodyRow(_ row: PrintRow, _ t: PrintTable, _ twips: [Int]) -> String {
        var out = "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
        var column = 0
        for cell in row.cells where column < twips.count {
            let span = min(cell.span, twips.count - column)
            let width = twips[column..<(column + span)].reduce(0, +)
            var props = "<w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>"
            if span > 1 { props += "<w:gridSpan w:val=\"\(span)\"/>" }
            var style = t.bodyStyle
            if cell.bold { style.bold = true }
            let alignment = cell.alignment ?? t.columns[column].alignment
            out += "<w:tc><w:tcPr>\(props)</w:tcPr>" + cellParagraph(cell.text, style: style, alignment: alignment) + "</w:tc>"
            column += span
        }
        return out + "</w:tr>"
    }

    /// The single paragraph of a cell (line breaks inside), with a little space above and below;
    /// the paragraph mark carries the cell's style so an empty cell is as tall as a full one.
    private func cellParagraph(_ text: String, style: TextStyle, alignment: PrintParagraph.Alignment) -> String {
        "<w:p><w:pPr>" + spacing(before: 2, after: 2) + "<w:jc w:val=\"\(DocxBody.justification(alignment))\"/>"
            + runProperties(style) + "</w:pPr>"
            + (text.isEmpty ? "" : "<w:r>" + runProperties(style) + DocxBody.content(text) + "</w:r>") + "</w:p>"
    }
}

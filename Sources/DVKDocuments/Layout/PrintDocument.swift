/// A document laid out for printing, independent of the file format: A4 in one orientation and a
/// sequence of blocks. Award lists and annexes are turned into one of these, and every writer
/// (DOCX, XLSX, HTML, plain text) renders it, so the formats cannot drift apart.
///
/// Every text it holds is already clean (NFC, no characters XML forbids).
public struct PrintDocument: Sendable {
    /// The document's title (file properties, the HTML title, the print job's name).
    public var title: String
    public var orientation: PageOrientation
    public var blocks: [PrintBlock]

    public init(title: String, orientation: PageOrientation, blocks: [PrintBlock]) {
        self.title = XMLText.clean(title)
        self.orientation = orientation
        self.blocks = blocks
    }

    /// The blocks in runs of one orientation, split at page breaks: the document's own
    /// orientation first.
    public var sections: [(orientation: PageOrientation, blocks: [PrintBlock])] {
        var sections: [(orientation: PageOrientation, blocks: [PrintBlock])] = [(orientation, [])]
        for block in blocks {
            if case .pageBreak(let next) = block {
                sections.append((next, []))
            } else {
                sections[sections.count - 1].blocks.append(block)
            }
        }
        return sections
    }

    /// The tables of the document, in order.
    public var tables: [PrintTable] {
        blocks.compactMap { if case .table(let table) = $0 { return table } else { return nil } }
    }
}

/// One block of a document.
public enum PrintBlock: Sendable {
    case paragraph(PrintParagraph)
    /// Two borderless columns side by side: the letterhead (issuer | national title) and the
    /// signature block. `leftShare` is the left column's share of the text width (0…1).
    case columns(left: [PrintParagraph], right: [PrintParagraph], leftShare: Double)
    case table(PrintTable)
    /// A new page in this orientation (a report's landscape annexes after its portrait text).
    case pageBreak(PageOrientation)
}

/// A paragraph: runs of text, an alignment, space around it, and optionally a short centred
/// rule drawn beneath it (the rules under the issuer's name and the motto).
public struct PrintParagraph: Sendable {
    public enum Alignment: Sendable { case left, center, right, justified }

    public var runs: [PrintRun]
    public var alignment: Alignment
    /// Space before and after, in points.
    public var spaceBefore: Double
    public var spaceAfter: Double
    /// The width in points of a solid rule centred under the paragraph, or nil.
    public var ruleBelow: Double?
    /// Keep this paragraph on the same page as the next block (headings, signature lines).
    public var keepWithNext: Bool
    /// The indent of the first line, in points (a report's body paragraphs).
    public var firstLineIndent: Double = 0

    public init(_ runs: [PrintRun], alignment: Alignment = .left, spaceBefore: Double = 0, spaceAfter: Double = 0,
                ruleBelow: Double? = nil, keepWithNext: Bool = false) {
        self.runs = runs
        self.alignment = alignment
        self.spaceBefore = spaceBefore
        self.spaceAfter = spaceAfter
        self.ruleBelow = ruleBelow
        self.keepWithNext = keepWithNext
    }

    /// A paragraph of one run.
    public init(_ text: String, style: TextStyle, alignment: Alignment = .left, spaceBefore: Double = 0, spaceAfter: Double = 0,
                ruleBelow: Double? = nil, keepWithNext: Bool = false) {
        self.init([PrintRun(text, style: style)], alignment: alignment, spaceBefore: spaceBefore, spaceAfter: spaceAfter,
                  ruleBelow: ruleBelow, keepWithNext: keepWithNext)
    }

    /// The paragraph's text, runs joined.
    public var text: String { runs.map(\.text).joined() }

    /// The style of the first run (what formats with one style per cell use).
    public var leadingStyle: TextStyle { runs.first?.style ?? TextStyle(size: 13) }
}

/// A run of text in one style. `text` may hold line breaks (`\n`) and tabs.
public struct PrintRun: Sendable {
    public var text: String
    public var style: TextStyle

    public init(_ text: String, style: TextStyle) {
        self.text = XMLText.clean(text).replacingLineEnds()
        self.style = style
    }
}

/// Font size and emphasis of a run. The typeface is always Times New Roman.
public struct TextStyle: Sendable, Hashable {
    /// The size in points.
    public var size: Double
    public var bold: Bool
    public var italic: Bool
    public var underline: Bool

    public init(size: Double, bold: Bool = false, italic: Bool = false, underline: Bool = false) {
        self.size = size
        self.bold = bold
        self.italic = italic
        self.underline = underline
    }

    public var withBold: TextStyle { var s = self; s.bold = true; return s }
    public var withItalic: TextStyle { var s = self; s.italic = true; return s }
}

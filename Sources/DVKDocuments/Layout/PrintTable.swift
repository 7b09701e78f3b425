/// A bordered table: columns with widths, header rows (with merged cells) repeated on every page,
/// and body rows. A total row is marked so spreadsheets can write it as sums.
public struct PrintTable: Sendable {
    public var columns: [PrintColumn]
    /// Header cells by row, each placed at a column with spans; the grid they cover is
    /// `columns.count` wide and `headerRowCount` high (see ``HeaderGrid``).
    public var header: HeaderGrid
    public var rows: [PrintRow]
    /// The style of header cells and of body cells.
    public var headerStyle: TextStyle
    public var bodyStyle: TextStyle
    /// Blocks printed right after the table that stay on one page with its last
    /// ``closingRows`` rows (an award list's totals line and signature): a signature never
    /// stands alone on a page.
    public var closing: [PrintBlock] = []
    /// How many of the last rows keep the closing blocks company: two for a list, one for an
    /// annex (its total row).
    public var closingRows = 2

    public init(columns: [PrintColumn], header: HeaderGrid, rows: [PrintRow], headerStyle: TextStyle, bodyStyle: TextStyle) {
        self.columns = columns
        self.header = header
        self.rows = rows
        self.headerStyle = headerStyle
        self.bodyStyle = bodyStyle
    }
}

/// One column: its width in points (set by ``ColumnFitter``) and how its body cells align.
public struct PrintColumn: Sendable {
    public var width: Double
    public var alignment: PrintParagraph.Alignment
    /// Measured by ``ColumnFitter``, in points: the width the column would like (its longest body
    /// line, capped), the least it can take (its longest word, its title on two lines), and the
    /// width at which it reads comfortably (body and title on one line, up to 32 mm), which
    /// decides the page's orientation.
    public var preferred: Double
    public var minimum: Double
    public var comfortable: Double

    public init(width: Double = 0, alignment: PrintParagraph.Alignment, preferred: Double = 0, minimum: Double = 0, comfortable: Double = 0) {
        self.width = width
        self.alignment = alignment
        self.preferred = preferred
        self.minimum = minimum
        self.comfortable = comfortable
    }
}

/// A body row: cells in column order (a cell may span several columns).
public struct PrintRow: Sendable {
    public enum Kind: Sendable {
        case body
        /// The row of computed totals: its numbers are the sums of the body rows above.
        case total
    }

    public var cells: [PrintCell]
    public var kind: Kind

    public init(_ cells: [PrintCell], kind: Kind = .body) {
        self.cells = cells
        self.kind = kind
    }
}

/// One body cell: text, or a number (written as a real number in spreadsheets).
public struct PrintCell: Sendable {
    public var text: String
    public var number: Int?
    public var span: Int
    public var bold: Bool
    /// Overrides the column's alignment.
    public var alignment: PrintParagraph.Alignment?

    public init(_ text: String, span: Int = 1, bold: Bool = false, alignment: PrintParagraph.Alignment? = nil) {
        self.text = XMLText.clean(text).replacingLineEnds()
        number = nil
        self.span = max(1, span)
        self.bold = bold
        self.alignment = alignment
    }

    public init(number: Int, bold: Bool = false) {
        text = String(number)
        self.number = number
        span = 1
        self.bold = bold
        alignment = nil
    }
}

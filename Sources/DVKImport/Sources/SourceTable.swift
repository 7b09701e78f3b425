/// One cell of a sheet as read from a file, before any column rule looks at it: the text a
/// spreadsheet shows, or a number (an Excel number, or a date the cell formats as one).
public enum SourceCell: Sendable, Hashable {
    case empty
    case text(String)
    case number(Double)
    /// An Excel date (or date-time) serial in a cell formatted as a date.
    case dateSerial(Double)
    case bool(Bool)

    /// The cell as text: numbers without a needless ".0", dates as dd/mm/yyyy.
    public var text: String {
        switch self {
        case .empty: return ""
        case .text(let text): return text
        case .number(let value): return value.rounded() == value && abs(value) < 1e15 ? String(Int64(value)) : String(value)
        case .dateSerial(let serial): return ExcelDate.day(serial: serial)?.vietnamese ?? String(serial)
        case .bool(let value): return value ? "TRUE" : "FALSE"
        }
    }

    public var isEmpty: Bool {
        if case .text(let text) = self { return text.allSatisfy(\.isWhitespace) }
        if case .empty = self { return true }
        return false
    }
}

/// The rows of one sheet (or one CSV file), top to bottom, each row a list of cells left to
/// right. `rowNumbers[i]` is the row number the spreadsheet shows for `rows[i]` (row 1 is the
/// first row; an XLSX may skip empty rows).
public struct SourceTable: Sendable, Hashable {
    public var name: String
    public var rows: [[SourceCell]]
    public var rowNumbers: [Int]

    public init(name: String, rows: [[SourceCell]], rowNumbers: [Int]? = nil) {
        self.name = name
        self.rows = rows
        self.rowNumbers = rowNumbers ?? rows.indices.map { $0 + 1 }
    }
}

/// Limits every reader of an imported file keeps, whatever the file says of itself.
public enum SourceLimits {
    /// The largest file dvk imports (bytes on disk).
    public static let fileBytes = 256 * 1024 * 1024
    /// The most rows of one sheet.
    public static let rows = 1_000_000
    /// The most columns of one row.
    public static let columns = 512
    /// The longest text of one cell (characters, as Excel's own limit).
    public static let cellCharacters = 32_767
    /// XLSX: the most entries in the package, and the most bytes any one part may unpack to.
    public static let packageEntries = 10_000
    public static let partBytes = 512 * 1024 * 1024
    /// XLSX: the most sheets read from one workbook.
    public static let sheets = 64
}

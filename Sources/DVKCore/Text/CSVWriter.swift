/// Writes CSV text after RFC 4180: fields separated by commas; a field containing a comma, a
/// double quote, CR or LF is enclosed in double quotes with its quotes doubled; every other field
/// is written as it is. Lines end with LF (`\n`), the last one included: every CSV reader
/// accepts it and it keeps files diffable. No byte-order mark is written; a caller producing a
/// file for spreadsheet programs that need one prepends `"\u{FEFF}"` itself.
///
/// Used by the statistics tables and the list exports.
public struct CSVWriter: Sendable {
    /// The CSV written so far.
    public private(set) var text: String = ""

    public init() {}

    /// Appends one record (one line).
    public mutating func appendRow(_ fields: [String]) {
        text += CSVWriter.line(fields)
        text += "\n"
    }

    /// One field, quoted when it must be.
    public static func escape(_ field: String) -> String {
        // Scalars, not Characters: "\r\n" is a single Character that contains neither "\r" nor "\n".
        let needsQuotes = field.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return field }
        var quoted = "\""
        for scalar in field.unicodeScalars {
            if scalar == "\"" { quoted.unicodeScalars.append("\"") }
            quoted.unicodeScalars.append(scalar)
        }
        quoted += "\""
        return quoted
    }

    /// One record without its line end.
    public static func line(_ fields: [String]) -> String {
        fields.map(escape).joined(separator: ",")
    }

    /// A whole document: every record followed by LF.
    public static func document(_ rows: [[String]]) -> String {
        var writer = CSVWriter()
        for row in rows { writer.appendRow(row) }
        return writer.text
    }
}

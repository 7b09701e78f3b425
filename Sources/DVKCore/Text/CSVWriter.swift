/// Writes CSV text after RFC 4180: fields separated by commas; a field containing a comma, a
/// double quote, CR or LF is enclosed in double quotes with its quotes doubled; every other field
/// is written as it is.
///
/// A field a spreadsheet would take for a formula — one starting with `=`, `+`, `-`, `@`, a tab
/// or CR — is made inert first by a leading apostrophe (OWASP's rule against CSV injection), so
/// a model named `=HYPERLINK(…)` is shown as text, never run. A field that is wholly a plain
/// number (`-5`, `+3`, `12.5`) keeps its form: a spreadsheet reads it as that number and nothing
/// else, and the statistics stay numbers. Lines end with LF (`\n`), the last one included: every CSV reader
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

    /// One field, made inert when a spreadsheet would read it as a formula, then quoted when it
    /// must be.
    public static func escape(_ field: String) -> String {
        let field = inert(field)
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

    /// `field` with an apostrophe in front when it starts like a formula and is not a plain number.
    static func inert(_ field: String) -> String {
        guard let first = field.unicodeScalars.first, formulaStarts.contains(first), !isPlainNumber(field) else { return field }
        return "'" + field
    }

    private static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// A sign, digits and at most one decimal point between digits: `-5`, `+3`, `12.5`.
    private static func isPlainNumber(_ field: String) -> Bool {
        var scalars = Substring(field).unicodeScalars
        if let sign = scalars.first, sign == "-" || sign == "+" { scalars.removeFirst() }
        let parts = scalars.split(separator: ".", omittingEmptySubsequences: false)
        return (1...2).contains(parts.count) && parts.allSatisfy { part in
            !part.isEmpty && part.allSatisfy { ("0"..."9").contains($0) }
        }
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

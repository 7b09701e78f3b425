import DVKCore
import DVKStorage
import Foundation

/// Writing to standard output: plain lines, JSON of records, aligned tables.
enum Console {
    static func line(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    static func raw(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Records as pretty JSON with sorted keys, the same bytes as the files hold.
    static func json<T: Encodable>(_ value: T) throws {
        FileHandle.standardOutput.write(Data(try RecordCoding.encode(value)))
    }

    /// A warning on stderr (the command still succeeds).
    static func warn(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}

/// A text table aligned by terminal columns (Vietnamese letters one column, wide characters
/// two), with control characters from the data neutralised.
struct TextTable {
    var headers: [String]
    var rows: [[String]]
    /// Columns whose cells are right-aligned (numbers).
    var rightAligned: Set<Int> = []
    /// A column wider than this is clipped.
    var maxWidth = 48

    func render() -> String {
        let clean = rows.map { $0.map(TextTable.printable) }
        var widths = headers.map { TextWidth.columns(of: $0) }
        for row in clean {
            for (i, cell) in row.enumerated() where i < widths.count {
                widths[i] = min(maxWidth, max(widths[i], TextWidth.columns(of: cell)))
            }
        }
        func format(_ cells: [String]) -> String {
            cells.enumerated().map { i, cell in
                TextWidth.padded(cell, to: widths[i], alignRight: rightAligned.contains(i))
            }.joined(separator: "  ").replacingTrailingSpaces()
        }
        var lines = [format(headers), widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")]
        lines += clean.map(format)
        return lines.joined(separator: "\n")
    }

    /// Text with control characters and escape sequences replaced, so data cannot take over the
    /// terminal.
    static func printable(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            scalar.properties.generalCategory == .control ? " " : scalar
        }))
    }
}

extension String {
    func replacingTrailingSpaces() -> String {
        var s = self
        while s.hasSuffix(" ") { s.removeLast() }
        return s
    }
}

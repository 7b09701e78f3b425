import DVKCore
import DVKStorage
import Foundation

/// Writing to standard output and standard error: every byte `dvk` prints to either passes
/// through here, made inert by `TerminalText` (line feeds and tabs kept), so no record or file
/// content can send escape sequences or bidi overrides to the reader's terminal.
enum Console {
    static func line(_ text: String) {
        raw(text + "\n")
    }

    static func raw(_ text: String) {
        FileHandle.standardOutput.write(Data(TerminalText.inert(text, keepingLines: true).utf8))
    }

    /// Records as pretty JSON with sorted keys, the same bytes as the files hold (a scalar unsafe
    /// for the terminal appears as its `\u` escape: the same JSON value).
    static func json<T: Encodable>(_ value: T) throws {
        let text = String(decoding: try RecordCoding.encode(value), as: UTF8.self)
        FileHandle.standardOutput.write(Data(TerminalText.escapingInJSON(text).utf8))
    }

    /// A warning on stderr (the command still succeeds).
    static func warn(_ text: String) {
        error(text + "\n")
    }

    /// Text on stderr as it is given (no line end added).
    static func error(_ text: String) {
        FileHandle.standardError.write(Data(TerminalText.inert(text, keepingLines: true).utf8))
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

    /// Text with control characters, escape sequences and bidi overrides neutralised (one line),
    /// so data cannot take over the terminal.
    static func printable(_ text: String) -> String {
        TerminalText.inert(text, keepingLines: false)
    }
}

extension String {
    func replacingTrailingSpaces() -> String {
        var s = self
        while s.hasSuffix(" ") { s.removeLast() }
        return s
    }
}

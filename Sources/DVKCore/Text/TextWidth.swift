/// Terminal column widths without libc or a locale: combining marks and format characters take
/// no column, East Asian wide characters and emoji take two, everything else one.
public enum TextWidth {
    /// Columns one grapheme cluster occupies (at most 2).
    public static func columns(of character: Character) -> Int {
        var width = 0
        for scalar in character.unicodeScalars {
            width = max(width, columns(of: scalar))
        }
        return min(width, 2)
    }

    /// Columns one scalar occupies on its own.
    public static func columns(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if isWide(value) { return 2 }
        return 1
    }

    /// Columns `text` occupies.
    public static func columns(of text: String) -> Int {
        text.reduce(0) { $0 + columns(of: $1) }
    }

    /// The longest prefix of `text` that fits in `width` columns, never cutting a cluster.
    public static func prefix(_ text: String, fitting width: Int) -> String {
        var used = 0
        var end = text.startIndex
        for index in text.indices {
            let w = columns(of: text[index])
            if used + w > width { break }
            used += w
            end = text.index(after: index)
        }
        return String(text[..<end])
    }

    /// `text` clipped or padded with spaces to exactly `width` columns.
    public static func padded(_ text: String, to width: Int, alignRight: Bool = false) -> String {
        let clipped = prefix(text, fitting: width)
        let fill = String(repeating: " ", count: max(0, width - columns(of: clipped)))
        return alignRight ? fill + clipped : clipped + fill
    }

    /// `text` fitted to exactly `width` columns for a screen cell: padded, or — when it is wider —
    /// cut and ended with "…", so a reader sees that something is missing.
    public static func elided(_ text: String, to width: Int, alignRight: Bool = false) -> String {
        guard width > 1, columns(of: text) > width else { return padded(text, to: width, alignRight: alignRight) }
        return padded(prefix(text, fitting: width - 1) + "…", to: width, alignRight: alignRight)
    }

    /// `text` wrapped at spaces into lines at most `width` columns wide; line breaks are kept,
    /// tabs count as spaces, a word longer than the line is cut (never inside a character).
    public static func wrap(_ text: String, width: Int) -> [String] {
        let width = max(1, width)
        let untabbed = String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\t" ? " " : $0 }))
        var result: [String] = []
        for paragraph in untabbed.split(separator: "\n", omittingEmptySubsequences: false) {
            var current = ""
            for word in paragraph.split(separator: " ").map(String.init) {
                var word = word
                while columns(of: word) > width {
                    if !current.isEmpty { result.append(current); current = "" }
                    let head = prefix(word, fitting: width)
                    guard !head.isEmpty else { break }
                    result.append(head)
                    word = String(word.dropFirst(head.count))
                }
                if current.isEmpty {
                    current = word
                } else if columns(of: current) + 1 + columns(of: word) <= width {
                    current += " " + word
                } else {
                    result.append(current)
                    current = word
                }
            }
            result.append(current)
        }
        return result
    }

    private static func isWide(_ v: UInt32) -> Bool {
        (0x1100...0x115F).contains(v) || (0x2E80...0x303E).contains(v) || (0x3041...0x33FF).contains(v)
            || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v) || (0xA000...0xA4CF).contains(v)
            || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v)
            || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1F64F).contains(v)
            || (0x1F900...0x1F9FF).contains(v) || (0x1F680...0x1F6FF).contains(v) || (0x20000...0x3FFFD).contains(v)
    }
}

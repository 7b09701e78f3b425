import DVKCore

/// Breaking text into lines of a given number of terminal columns (display width, `TextWidth`),
/// and aligning a line in a field, for the plain-text rendering.
enum TextWrap {
    /// `text` wrapped at spaces into lines at most `width` columns wide; line breaks are kept,
    /// tabs count as spaces, a word longer than the line is cut.
    static func lines(_ text: String, width: Int) -> [String] {
        let width = max(1, width)
        var result: [String] = []
        for paragraph in text.replacingTabs().split(separator: "\n", omittingEmptySubsequences: false) {
            var current = ""
            for word in paragraph.split(separator: " ").map(String.init) {
                var word = word
                while TextWidth.columns(of: word) > width {
                    if !current.isEmpty { result.append(current); current = "" }
                    let head = TextWidth.prefix(word, fitting: width)
                    guard !head.isEmpty else { break }
                    result.append(head)
                    word = String(word.dropFirst(head.count))
                }
                if current.isEmpty {
                    current = word
                } else if TextWidth.columns(of: current) + 1 + TextWidth.columns(of: word) <= width {
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

    /// `line` placed in a field `width` columns wide.
    static func aligned(_ line: String, width: Int, _ alignment: PrintParagraph.Alignment) -> String {
        let used = TextWidth.columns(of: line)
        guard used < width else { return TextWidth.padded(line, to: width) }
        switch alignment {
        case .left, .justified: return line + String(repeating: " ", count: width - used)
        case .right: return String(repeating: " ", count: width - used) + line
        case .center:
            let left = (width - used) / 2
            return String(repeating: " ", count: left) + line + String(repeating: " ", count: width - used - left)
        }
    }
}

extension String {
    func replacingTabs() -> String {
        String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\t" ? " " : $0 }))
    }

    /// The string without trailing spaces.
    var trimmingTrailingSpaces: String {
        var s = Substring(self)
        while s.hasSuffix(" ") { s = s.dropLast() }
        return String(s)
    }
}

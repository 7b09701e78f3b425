import DVKCore

/// Breaking text into lines of a given number of terminal columns (display width, `TextWidth`),
/// and aligning a line in a field, for the plain-text rendering.
enum TextWrap {
    /// `text` wrapped at spaces into lines at most `width` columns wide (see `TextWidth.wrap`).
    static func lines(_ text: String, width: Int) -> [String] { TextWidth.wrap(text, width: width) }

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
    /// The string without trailing spaces.
    var trimmingTrailingSpaces: String {
        var s = Substring(self)
        while s.hasSuffix(" ") { s = s.dropLast() }
        return String(s)
    }
}

import Foundation

/// Vietnamese text rules in one place: NFC storage, diacritic-free search keys, list-value
/// matching and Vietnamese alphabetical order.
public enum VietnameseText {
    /// The NFC form of `text`: every entry point stores and compares this form.
    public static func nfc(_ text: String) -> String {
        text.precomposedStringWithCanonicalMapping
    }

    /// The NFC form with surrounding spaces removed and the scalars unsafe for a terminal
    /// (`TerminalText`: control characters except newline and tab, bidi overrides) dropped: what
    /// a typed or imported field value becomes before it is stored.
    public static func cleanField(_ text: String) -> String {
        if isPlainlyClean(text, keepingLines: true) { return text }
        let kept = text.unicodeScalars.filter { scalar in
            scalar == "\n" || scalar == "\t" || !TerminalText.isUnsafe(scalar)
        }
        return nfc(String(String.UnicodeScalarView(kept))).trimmingSpaces
    }

    /// `cleanField` for a one-line field (a name, an address, a person, a number): a tab or a
    /// line break, with the spaces around it, becomes one space, so the value fits one table
    /// cell and shifts no column. Multi-line fields (objectives, comments…) use `cleanField`.
    public static func cleanLine(_ text: String) -> String {
        if isPlainlyClean(text, keepingLines: false) { return text }
        let field = cleanField(text)
        guard field.unicodeScalars.contains(where: { $0 == "\n" || $0 == "\t" || $0 == "\r" }) else { return field }
        return field.split(whereSeparator: { $0 == "\n" || $0 == "\t" || $0 == "\r" || $0 == "\r\n" })
            .map { String($0).trimmingSpaces }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// Whether `text` is surely already what ``cleanField(_:)`` (or, without `keepingLines`,
    /// ``cleanLine(_:)``) makes of it, judged from its UTF-8 bytes alone: printable ASCII, line
    /// feeds and tabs where kept, and scalars that are NFC as they stand and neither control nor
    /// bidi characters (U+00A0–U+02FF, Vietnamese letters U+1E00–U+1EFF, punctuation
    /// U+2010–U+2027 and U+2030–U+205E), not starting or ending with a space. False means "not
    /// sure": the full cleaning then decides. Spares a save, an import and `dvk check` the NFC
    /// conversion of every text that needs none.
    static func isPlainlyClean(_ text: String, keepingLines: Bool) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return true }
        if first.properties.isWhitespace || last.properties.isWhitespace { return false }
        var copy = text
        return copy.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    guard byte >= 0x20 && byte != 0x7F || keepingLines && (byte == 0x0A || byte == 0x09) else { return false }
                    index += 1
                } else if byte >= 0xC2 && byte < 0xE0 {
                    // Two bytes: U+0080–U+07FF; kept: U+00A0–U+02FF.
                    guard index + 1 < bytes.count else { return false }
                    let scalar = UInt32(byte & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                    guard scalar >= 0xA0 && scalar <= 0x2FF else { return false }
                    index += 2
                } else if byte >= 0xE1 && byte < 0xF0 {
                    guard index + 2 < bytes.count else { return false }
                    let scalar = UInt32(byte & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                    guard (0x1E00...0x1EFF).contains(scalar) || (0x2010...0x2027).contains(scalar) || (0x2030...0x205E).contains(scalar)
                    else { return false }
                    index += 3
                } else {
                    return false
                }
            }
            return true
        }
    }

    /// A search key: lower case, marks removed, đ→d ("Đức Phổ" → "duc pho").
    public static func fold(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.value {
            case 0x0300...0x036F: continue
            case 0x0110, 0x0111: result.append("d")
            default:
                for lower in scalar.properties.lowercaseMapping.unicodeScalars { result.append(lower) }
            }
        }
        return String(result)
    }

    /// A key for matching a typed value against a list entry: folded, with every character that
    /// is not a letter or digit removed, so "tập-thể", "Tap the" and "Tập thể" all give "tapthe",
    /// and "Văn hóa - xã hội" matches "Văn hóa – xã hội".
    public static func matchKey(_ text: String) -> String {
        String(String.UnicodeScalarView(fold(text).unicodeScalars.filter {
            $0.properties.isAlphabetic || $0.properties.numericType != nil
        }))
    }

    /// Whether `haystack` contains every space-separated word of `query`, ignoring case and
    /// diacritics ("dan van" finds "Dân vận khéo").
    public static func matches(_ haystack: String, query: String) -> Bool {
        let folded = fold(haystack)
        return fold(query).split(separator: " ").allSatisfy { folded.contains($0) }
    }
}

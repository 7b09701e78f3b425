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

    // MARK: - Collation

    /// Letters in Vietnamese alphabetical order; a letter with a breve, circumflex or horn is a
    /// letter of its own (a ă â, d đ, e ê, o ô ơ, u ư).
    private static let alphabet: [String] = [
        "a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l", "m", "n",
        "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z",
    ]
    private static let letterRank: [String: UInt16] = {
        var ranks: [String: UInt16] = [:]
        for (index, letter) in alphabet.enumerated() { ranks[letter] = UInt16(index + 1) }
        return ranks
    }()
    /// Tones in dictionary order: ngang, huyền, hỏi, ngã, sắc, nặng.
    private static let toneRank: [UInt32: UInt16] = [0x0300: 1, 0x0309: 2, 0x0303: 3, 0x0301: 4, 0x0323: 5]

    /// A key that sorts strings in Vietnamese alphabetical order: letters first (with ă â đ ê ô ơ
    /// ư as letters after a d e o u), then tones, then case, then the original text as a tie-break.
    public static func collationKey(_ text: String) -> CollationKey {
        // Weights are per precomposed scalar: text with combining marks is composed first.
        let scalars = text.unicodeScalars.contains { (0x0300...0x036F).contains($0.value) } ? nfc(text).unicodeScalars : text.unicodeScalars
        var primary: [UInt16] = [], secondary: [UInt16] = [], tertiary: [UInt16] = []
        primary.reserveCapacity(text.utf8.count)
        secondary.reserveCapacity(text.utf8.count)
        tertiary.reserveCapacity(text.utf8.count)
        for scalar in scalars {
            let packed = scalar.value < tableLimit ? weightTable[Int(scalar.value)] : 0
            let weights = packed != 0 ? unpack(packed) : weightsOf(Character(scalar))
            primary.append(weights.0)
            secondary.append(weights.1)
            tertiary.append(weights.2)
        }
        return CollationKey(primary: primary, secondary: secondary, tertiary: tertiary, text: text)
    }

    /// Scalars below this limit (Latin, Latin Extended, Latin Extended Additional — every
    /// Vietnamese letter — and General Punctuation, for “quotes” and dashes) have their weights
    /// in `weightTable`.
    private static let tableLimit: UInt32 = 0x2070

    /// Collation weights of every scalar below `tableLimit`, packed (primary, tone, case), computed once.
    private static let weightTable: [UInt64] = (0..<tableLimit).map { value in
        guard let scalar = Unicode.Scalar(value) else { return 0 }
        let (p, s, t) = weightsOf(Character(scalar))
        return UInt64(p) << 32 | UInt64(s) << 16 | UInt64(t) | 1 << 48
    }

    private static func unpack(_ packed: UInt64) -> (UInt16, UInt16, UInt16) {
        (UInt16(truncatingIfNeeded: packed >> 32), UInt16(truncatingIfNeeded: packed >> 16), UInt16(truncatingIfNeeded: packed))
    }

    /// Primary (letter), secondary (tone) and tertiary (case) weights of one character.
    private static func weightsOf(_ character: Character) -> (UInt16, UInt16, UInt16) {
        let decomposed = String(character).decomposedStringWithCanonicalMapping.unicodeScalars
        var tone: UInt16 = 0
        var letterScalars = String.UnicodeScalarView()
        for scalar in decomposed {
            if let rank = toneRank[scalar.value] { tone = rank } else { letterScalars.append(scalar) }
        }
        let letter = String(letterScalars)
        let lower = letter.lowercased().precomposedStringWithCanonicalMapping
        let primary: UInt16
        if let rank = letterRank[lower] {
            primary = 1000 + rank
        } else if lower.allSatisfy(\.isNumber) {
            primary = 500 + UInt16(lower.unicodeScalars.first.map { $0.value & 0xFF } ?? 0)
        } else if lower.unicodeScalars.allSatisfy({ $0.value < 0x20 }) {
            // A control character is a field separator in sort keys ("name\u{1}id"): it sorts
            // before everything, so "Tên" comes before "Tên – Xã…".
            primary = 1
        } else if lower.allSatisfy({ $0.isWhitespace || $0.isPunctuation }) {
            primary = lower == " " ? 2 : 3
        } else {
            primary = 2000 + UInt16(truncatingIfNeeded: lower.unicodeScalars.first?.value ?? 0)
        }
        return (primary, tone, letter == lower ? 0 : 1)
    }

    /// Sorts values by a Vietnamese text key, computing each key once.
    public static func sorted<T>(_ values: [T], by text: (T) -> String) -> [T] {
        // Sort positions, not values: moving large records around costs more than comparing.
        let keys = values.map { collationKey(text($0)) }
        return keys.indices.sorted { keys[$0] < keys[$1] }.map { values[$0] }
    }
}

/// A precomputed Vietnamese sort key; compare keys, not strings. The letters, tones, case and
/// the text's bytes (the final tie-break) are laid end to end, each part closed by a 0, so one
/// lexicographic comparison orders by all four in turn.
public struct CollationKey: Comparable, Sendable {
    let weights: [UInt16]

    init(primary: [UInt16], secondary: [UInt16], tertiary: [UInt16], text: String) {
        var all: [UInt16] = []
        all.reserveCapacity(primary.count * 3 + text.utf8.count + 3)
        all += primary
        all.append(0)
        all += secondary
        all.append(0)
        all += tertiary
        all.append(0)
        all += text.utf8.map(UInt16.init)
        weights = all
    }

    public static func < (lhs: CollationKey, rhs: CollationKey) -> Bool {
        lhs.weights.withUnsafeBufferPointer { a in
            rhs.weights.withUnsafeBufferPointer { b in
                let count = min(a.count, b.count)
                for index in 0..<count where a[index] != b[index] { return a[index] < b[index] }
                return a.count < b.count
            }
        }
    }

    public static func == (lhs: CollationKey, rhs: CollationKey) -> Bool { lhs.weights == rhs.weights }
}

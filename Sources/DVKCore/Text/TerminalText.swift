/// Text made harmless for the terminal that shows it: record data, file contents quoted in error
/// messages and anything else `dvk` writes to a screen passes through here, so no text can send
/// an escape sequence, ring the bell, move the cursor or reorder what the reader sees.
///
/// Two kinds of scalar are taken out:
/// - control characters (general category Cc): C0 (U+0000–U+001F, ESC and BEL among them), DEL
///   and C1 (U+0080–U+009F, CSI U+009B among them). Each becomes a space, so words on either
///   side stay apart and the reader sees that something was there;
/// - bidirectional formatting characters (Unicode's Bidi_Control): the embeddings and overrides
///   U+202A–U+202E, the isolates U+2066–U+2069 and the marks U+200E, U+200F, U+061C. They are
///   invisible by design and Vietnamese text never needs them, so they are dropped; an override
///   could otherwise show a name, an amount or a file name reversed ("Trojan Source").
public enum TerminalText {
    /// Whether `scalar` must never reach a terminal as it is.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .control || scalar.properties.isBidiControl
    }

    /// `text` with every unsafe scalar taken out (see the type). With `keepingLines`, line feeds
    /// and tabs stay, for multi-line output such as a model's details or an error message;
    /// without it they become spaces too, for a single line such as a cell on the screen.
    public static func inert(_ text: String, keepingLines: Bool) -> String {
        var bytes = text
        guard bytes.withUTF8({ holdsUnsafe($0, keeping: keepingLines ? [0x0A, 0x09] : []) }),
              text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.properties.isBidiControl { continue }
            let kept = keepingLines && (scalar == "\n" || scalar == "\t")
            result.append(isUnsafe(scalar) && !kept ? " " : scalar)
        }
        return String(result)
    }

    /// JSON text with every unsafe scalar left inside its strings written as a `\uXXXX` escape:
    /// the same value for any JSON reader, and nothing a terminal would act on. (An encoder
    /// escapes C0 itself but passes DEL, C1 and the bidi characters through.)
    public static func escapingInJSON(_ json: String) -> String {
        guard json.unicodeScalars.contains(where: isUnsafe) else { return json }
        var result = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            // Outside strings JSON holds only spaces and line breaks, which are kept.
            guard isUnsafe(scalar), scalar != "\n", scalar != "\t", scalar != "\r" else {
                result.append(scalar)
                continue
            }
            let hex = String(scalar.value, radix: 16, uppercase: true)
            result.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
        }
        return String(result)
    }

    /// ``escapingInJSON(_:)-String`` of UTF-8 bytes: looked at as bytes, and converted only when
    /// an unsafe scalar is there (rare: dvk never writes one).
    public static func escapingInJSON(_ json: [UInt8]) -> [UInt8] {
        // Outside its strings JSON holds only spaces and line breaks, which are kept.
        guard json.withUnsafeBufferPointer({ holdsUnsafe($0, keeping: [0x0A, 0x09, 0x0D]) }) else { return json }
        return Array(escapingInJSON(String(decoding: json, as: UTF8.self)).utf8)
    }

    /// Whether UTF-8 bytes hold an unsafe scalar other than the C0 controls `kept`: a C0 byte,
    /// DEL, C1 (C2 80–9F), or a bidi control (U+061C: D8 9C; U+200E–F and U+202A–E: E2 80 8E–8F,
    /// AA–AE; U+2066–9: E2 81 A6–A9). A byte scan: no scalar property is looked up, and a byte
    /// that cannot start one of those is passed over with one test.
    static func holdsUnsafe(_ b: UnsafeBufferPointer<UInt8>, keeping kept: Set<UInt8>) -> Bool {
        var keptMask: UInt32 = 0
        for byte in kept where byte < 0x20 { keptMask |= 1 << UInt32(byte) }
        let count = b.count
        for index in 0..<count {
            let byte = b[index]
            guard byte < 0x20 || byte == 0x7F || byte == 0xC2 || byte == 0xD8 || byte == 0xE2 else { continue }
            let next = index + 1 < count ? b[index + 1] : 0
            let third = index + 2 < count ? b[index + 2] : 0
            switch byte {
            case 0x00..<0x20: if keptMask & (1 << UInt32(byte)) == 0 { return true }
            case 0x7F: return true
            case 0xC2 where (0x80...0x9F).contains(next): return true
            case 0xD8 where next == 0x9C: return true
            case 0xE2 where next == 0x80 && ((0x8E...0x8F).contains(third) || (0xAA...0xAE).contains(third)): return true
            case 0xE2 where next == 0x81 && (0xA6...0xA9).contains(third): return true
            default: continue
            }
        }
        return false
    }
}

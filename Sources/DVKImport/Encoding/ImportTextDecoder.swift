/// Turns the bytes of an imported text file into text, in the encoding the user chose or the one
/// the bytes show.
public enum ImportTextDecoder {
    /// The file's text in NFC, and the encoding that was used.
    ///
    /// `auto`: a byte-order mark says UTF-8 or UTF-16; otherwise bytes that are valid UTF-8 are
    /// UTF-8 (a plain-ASCII file is UTF-8); otherwise TCVN3 or VNI-Windows when exactly one of them
    /// reads as Vietnamese (`LegacyEncodingGuess`); otherwise a `SourceError` naming both and the
    /// `--encoding` option. `utf8` also reads UTF-16 with a byte-order mark (and then reports
    /// `utf8`: Unicode either way); `tcvn3` and `vni` read every byte, whatever it holds.
    /// Control characters pass through as they are: later cleaning drops them.
    public static func decode(_ bytes: [UInt8], file: String, as choice: TextEncodingChoice) throws -> (text: String, encoding: TextEncodingChoice) {
        switch choice {
        case .tcvn3:
            return (TCVN3.decode(bytes), .tcvn3)
        case .vni:
            return (VNIWindows.decode(bytes), .vni)
        case .utf8:
            guard let text = unicodeText(bytes) else { throw notUTF8(file: file) }
            return (text, .utf8)
        case .auto:
            if let text = unicodeText(bytes) { return (text, .utf8) }
            let plausible = LegacyEncodingGuess.plausibleEncodings(bytes)
            guard plausible.count == 1, let encoding = plausible.first else { throw undecided(file: file) }
            return try decode(bytes, file: file, as: encoding)
        }
    }

    /// The text of UTF-16 with a byte-order mark, or of valid UTF-8 (less its byte-order mark), in NFC.
    private static func unicodeText(_ bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let bigEndian = bytes[0] == 0xFE
            let units = stride(from: 2, to: bytes.count - 1, by: 2).map { index -> UInt16 in
                let (high, low) = bigEndian ? (bytes[index], bytes[index + 1]) : (bytes[index + 1], bytes[index])
                return UInt16(high) << 8 | UInt16(low)
            }
            return String(decoding: units, as: UTF16.self).precomposedStringWithCanonicalMapping
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        let text = String(decoding: body, as: UTF8.self)
        // Decoding replaces each invalid byte with U+FFFD, so valid UTF-8 is exactly what re-encodes to the same bytes.
        guard text.utf8.elementsEqual(body) else { return nil }
        return text.precomposedStringWithCanonicalMapping
    }

    private static func notUTF8(file: String) -> SourceError {
        SourceError(
            file: file,
            vi: "tệp không phải UTF-8 hợp lệ; nếu tệp soạn bằng phông cũ, hãy chọn bằng --encoding tcvn3|vni",
            en: "the file is not valid UTF-8; if it was typed in a legacy font, choose with --encoding tcvn3|vni"
        )
    }

    private static func undecided(file: String) -> SourceError {
        SourceError(
            file: file,
            vi: "không xác định được bảng mã của tệp: có thể là \(TextEncodingChoice.tcvn3.name) hoặc \(TextEncodingChoice.vni.name); hãy chọn bằng --encoding tcvn3|vni",
            en: "cannot tell the file's encoding: it may be \(TextEncodingChoice.tcvn3.name) or \(TextEncodingChoice.vni.name); choose with --encoding tcvn3|vni"
        )
    }
}

import DVKCore
@testable import DVKImport
import Testing

@Suite("Legacy Vietnamese encodings")
struct LegacyEncodingTests {
    /// Bytes written as the characters a Windows-1252 editor shows for them ("Vieät" for VNI "Việt").
    static func bytes(_ shown: String) -> [UInt8] {
        shown.unicodeScalars.map { UInt8($0.value) }
    }

    /// Every lower-case Vietnamese vowel with every tone (12 × 6), and đ.
    static let lowerCaseLetters: [String] = {
        let tones = ["", "\u{0300}", "\u{0309}", "\u{0303}", "\u{0301}", "\u{0323}"]
        let vowels = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"]
        return vowels.flatMap { vowel in tones.map { VietnameseText.nfc(vowel + $0) } } + ["đ"]
    }()

    // MARK: Encoders written for the test

    /// TCVN3 by the inverse of the decoder's table.
    static func tcvn3(_ text: String) -> [UInt8] {
        let codes = Dictionary(uniqueKeysWithValues: TCVN3.letters.map { ($0.value, $0.key) })
        return text.unicodeScalars.map { scalar in
            if scalar.isASCII { return UInt8(scalar.value) }
            return scalar == "–" ? 0x96 : codes[scalar] ?? 0x3F
        }
    }

    /// VNI-Windows from the letter's parts, with the mark bytes spelled out here, not taken from the decoder.
    static func vni(_ text: String) -> [UInt8] {
        text.flatMap { character -> [UInt8] in
            if character == "–" { return [0x96] }
            if character.isASCII { return Array(character.utf8) }
            let upper = character.isUppercase
            let parts = String(character).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars.map(\.value)
            let lowerBytes = vniLowerCase(parts)
            // VNI's upper-case bytes sit 0x20 below the lower-case ones, as in Latin-1.
            return upper ? lowerBytes.map { $0 >= 0xE0 || (0x61...0x7A).contains($0) ? $0 - 0x20 : $0 } : lowerBytes
        }
    }

    private static func vniLowerCase(_ parts: [UInt32]) -> [UInt8] {
        let toneOrder: [UInt32] = [0x0301, 0x0300, 0x0309, 0x0303, 0x0323]
        if parts == [0x0111] { return [0xF1] }
        let toneIndex = parts.lazy.compactMap { toneOrder.firstIndex(of: $0) }.first
        let base = UInt8(parts[0])
        func tone(_ marks: [UInt8]) -> [UInt8] { toneIndex.map { [marks[$0]] } ?? [] }
        if base == 0x69 { return toneIndex.map { [[0xED, 0xEC, 0xE6, 0xF3, 0xF2][$0]] } ?? [base] }
        if base == 0x79 && toneIndex == 4 { return [0xEE] }
        let tones: [UInt8] = [0xF9, 0xF8, 0xFB, 0xF5, 0xEF]
        if parts.contains(0x0302) { return [base] + (toneIndex.map { [[0xE1, 0xE0, 0xE5, 0xE3, 0xE4][$0]] } ?? [0xE2]) }
        if parts.contains(0x0306) { return [base] + (toneIndex.map { [[0xE9, 0xE8, 0xFA, 0xFC, 0xEB][$0]] } ?? [0xEA]) }
        if parts.contains(0x031B) { return [base == 0x6F ? 0xF4 : 0xF6] + tone(tones) }
        return [base] + tone(tones)
    }

    // MARK: Known byte strings

    @Test("TCVN3 byte strings decode to the committee's words")
    func tcvn3Samples() throws {
        let samples: [(String, String)] = [
            ("Ban Ch\u{D8} \u{AE}\u{B9}o", "Ban Chỉ đạo"),
            ("D\u{A9}n v\u{CB}n kh\u{D0}o", "Dân vận khéo"),
            ("Tuy\u{AA}n Quang", "Tuyên Quang"),
            ("Vi\u{D6}t Nam", "Việt Nam"),
            ("\u{A7}i\u{D6}n", "Điện"),
            ("\u{B8}\u{B5}\u{A8}\u{A9}\u{AE}\u{AA}\u{AB}\u{AC}\u{AD}", "áàăâđêôơư"),
        ]
        for (shown, expected) in samples {
            #expect(try ImportTextDecoder.decode(Self.bytes(shown), file: "t.csv", as: .tcvn3).text == expected)
        }
        let dash = Self.bytes("V\u{A8}n h\u{E3}a ") + [0x96] + Self.bytes(" x\u{B7} h\u{E9}i")
        #expect(TCVN3.decode(dash) == "Văn hóa – xã hội")
    }

    @Test("VNI-Windows byte strings decode to the committee's words")
    func vniSamples() throws {
        let samples: [(String, String)] = [
            ("Ban Ch\u{E6} \u{F1}a\u{EF}o", "Ban Chỉ đạo"),
            ("Da\u{E2}n va\u{E4}n khe\u{F9}o", "Dân vận khéo"),
            ("Tuye\u{E2}n Quang", "Tuyên Quang"),
            ("Vie\u{E4}t Nam", "Việt Nam"),
            ("\u{F1}\u{F6}\u{F4}\u{F8}ng \u{D1}\u{D6}\u{D4}\u{D8}NG", "đường ĐƯỜNG"),
            ("AÙ a\u{EA} a\u{E9} ky\u{F9} k\u{EE}", "Á ă ắ ký kỵ"),
        ]
        for (shown, expected) in samples {
            #expect(try ImportTextDecoder.decode(Self.bytes(shown), file: "v.csv", as: .vni).text == expected)
        }
        let dash = Self.bytes("Va\u{EA}n ho\u{F9}a ") + [0x96] + Self.bytes(" xa\u{F5} ho\u{E4}i")
        #expect(VNIWindows.decode(dash) == "Văn hóa – xã hội")
    }

    @Test("a VNI mark byte after a letter it cannot go on stays a Windows-1252 character")
    func strayMarks() {
        #expect(VNIWindows.decode(Self.bytes("\u{F9}x\u{F9} u\u{E2}")) == "ùxù uâ")
    }

    // MARK: Round trips

    @Test("every lower-case letter round-trips through TCVN3")
    func tcvn3RoundTrip() {
        #expect(Self.lowerCaseLetters.count == 73)
        for letter in Self.lowerCaseLetters {
            let encoded = Self.tcvn3(letter)
            #expect(encoded.count == 1 && encoded != [0x3F], "\(letter) has no TCVN3 byte")
            #expect(TCVN3.decode(encoded) == letter)
        }
        #expect(TCVN3.decode(Self.tcvn3("ĂÂĐÊÔƠƯ")) == "ĂÂĐÊÔƠƯ")
    }

    @Test("every letter, lower and upper case, round-trips through VNI-Windows")
    func vniRoundTrip() {
        for letter in Self.lowerCaseLetters + Self.lowerCaseLetters.map({ $0.uppercased() }) {
            #expect(VNIWindows.decode(Self.vni(letter)) == letter, "\(letter)")
        }
        let sentence = "Ban Chỉ đạo phong trào Dân vận khéo tỉnh Tuyên Quang khuyến khích người dân"
        #expect(VNIWindows.decode(Self.vni(sentence)) == sentence)
    }

    // MARK: Detection

    @Test("auto picks TCVN3 for a TCVN3 file and VNI for a VNI file")
    func detectsLegacy() throws {
        let text = "Mô hình;Đơn vị\nDân vận khéo trong xây dựng nông thôn mới;Ban Chỉ đạo tỉnh Tuyên Quang\nVăn hóa – xã hội;Xã Hợp Thành"
        let fromTCVN3 = try ImportTextDecoder.decode(Self.tcvn3(text), file: "a.csv", as: .auto)
        #expect(fromTCVN3.encoding == .tcvn3)
        #expect(fromTCVN3.text == text)
        let fromVNI = try ImportTextDecoder.decode(Self.vni(text), file: "b.csv", as: .auto)
        #expect(fromVNI.encoding == .vni)
        #expect(fromVNI.text == text)
    }

    @Test("auto reads UTF-8 with and without a byte-order mark, UTF-16 with one, and plain ASCII")
    func detectsUnicode() throws {
        let text = "Dân vận khéo"
        let utf8 = Array(text.utf8)
        #expect(try ImportTextDecoder.decode(utf8, file: "u.csv", as: .auto) == (text, .utf8))
        #expect(try ImportTextDecoder.decode([0xEF, 0xBB, 0xBF] + utf8, file: "u.csv", as: .auto) == (text, .utf8))
        let little = text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big = text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(try ImportTextDecoder.decode([0xFF, 0xFE] + little, file: "u.csv", as: .auto) == (text, .utf8))
        #expect(try ImportTextDecoder.decode([0xFE, 0xFF] + big, file: "u.csv", as: .auto) == (text, .utf8))
        #expect(try ImportTextDecoder.decode(Array("Ban Chi dao".utf8), file: "u.csv", as: .auto) == ("Ban Chi dao", .utf8))
        let decomposed = Array("Dân vận khéo".decomposedStringWithCanonicalMapping.utf8)
        #expect(try ImportTextDecoder.decode(decomposed, file: "u.csv", as: .utf8).text == text)
    }

    @Test("a binary blob and a sample that reads in both codes are refused, naming both")
    func refusesUndecided() {
        var state: UInt32 = 12_345
        let blob = (0..<4096).map { _ -> UInt8 in
            state = state &* 1_103_515_245 &+ 12_345
            return UInt8(truncatingIfNeeded: state >> 16)
        }
        // "mửa ủi" in TCVN3, "mưa đi" in VNI.
        let ambiguous = Self.bytes("m\u{F6}a \u{F1}i")
        for sample in [blob, ambiguous] {
            #expect {
                try ImportTextDecoder.decode(sample, file: "x.csv", as: .auto)
            } throws: { error in
                let message = (error as? SourceError)?.text(.vi) ?? ""
                return message.contains("TCVN3 (ABC)") && message.contains("VNI-Windows") && message.contains("--encoding")
            }
        }
    }

    @Test("invalid UTF-8 is refused when UTF-8 is chosen; control bytes decode without harm")
    func invalidAndControl() throws {
        #expect(throws: SourceError.self) { try ImportTextDecoder.decode([0x41, 0xC3], file: "x.csv", as: .utf8) }
        let control: [UInt8] = [0x00, 0x01, 0x1B, 0x41, 0x7F]
        for choice in TextEncodingChoice.allCases {
            let bytes = choice == .tcvn3 || choice == .vni ? control + [0x81, 0x8D] : control
            let text = try ImportTextDecoder.decode(bytes, file: "x.csv", as: choice).text
            #expect(text.unicodeScalars.count == bytes.count)
        }
    }
}

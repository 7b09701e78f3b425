@testable import DVKCore
import Testing

/// The byte scan that lets output skip looking up every scalar's properties must find exactly
/// the scalars `TerminalText.isUnsafe` names.
@Suite struct UnsafeByteScanTests {
    private func scan(_ text: String, keeping: Set<UInt8>) -> Bool {
        Array(text.utf8).withUnsafeBufferPointer { TerminalText.holdsUnsafe($0, keeping: keeping) }
    }

    @Test func everyScalarOfTheBasicPlaneIsJudgedAsItsPropertiesSay() {
        var mismatches: [UInt32] = []
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "a" + String(Character(scalar)) + "b"
            let unsafe = TerminalText.isUnsafe(scalar)
            if scan(text, keeping: []) != unsafe { mismatches.append(value) }
            if scan(text, keeping: [0x0A, 0x09]) != (unsafe && scalar != "\n" && scalar != "\t") { mismatches.append(value) }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10).map { String($0, radix: 16) })")
    }

    @Test func inertAndJSONEscapingStillRemoveWhatTheyMust() {
        #expect(TerminalText.inert("a\u{202E}b\u{1B}c", keepingLines: true) == "ab c")
        #expect(TerminalText.inert("Dân vận\n", keepingLines: true) == "Dân vận\n")
        #expect(TerminalText.inert("a\nb", keepingLines: false) == "a b")
        #expect(TerminalText.escapingInJSON(Array("{\"a\" : \"x\u{85}\"}\n".utf8)) == Array("{\"a\" : \"x\\u0085\"}\n".utf8))
    }
}

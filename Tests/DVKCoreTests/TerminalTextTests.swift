import Foundation
import Testing
@testable import DVKCore

@Suite struct TerminalTextTests {
    static let bidi: [Unicode.Scalar] = ["\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}",
                                         "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}", "\u{200E}", "\u{200F}", "\u{061C}"]

    @Test func escapeBellDeleteAndC1BecomeSpaces() {
        #expect(TerminalText.inert("Tổ\u{1B}[31m quốc\u{07}", keepingLines: true) == "Tổ [31m quốc ")
        #expect(TerminalText.inert("a\u{9B}2Jb\u{7F}c\u{0}d", keepingLines: true) == "a 2Jb c d")
        #expect(TerminalText.inert("a\rb", keepingLines: true) == "a b")
    }

    @Test func everyBidiOverrideIsolateAndMarkIsDropped() {
        for scalar in Self.bidi {
            #expect(TerminalText.isUnsafe(scalar))
            #expect(TerminalText.inert("ab\(Character(scalar))c", keepingLines: true) == "abc")
        }
    }

    @Test func lineFeedsAndTabsStayOnlyWhenLinesAreKept() {
        #expect(TerminalText.inert("a\n\tb", keepingLines: true) == "a\n\tb")
        #expect(TerminalText.inert("a\n\tb", keepingLines: false) == "a  b")
        #expect(TerminalText.inert("a\r\nb", keepingLines: true) == "a \nb")
    }

    @Test func vietnameseTextIsLeftAsItIs() {
        let text = "Mô hình “Dân vận khéo” – Đức Phổ 中文 😀 U\u{309}y"
        #expect(TerminalText.inert(text, keepingLines: false) == text)
        #expect(!text.unicodeScalars.contains(where: TerminalText.isUnsafe))
    }

    @Test func jsonKeepsItsValueWithUnsafeScalarsEscaped() throws {
        let value = "x\u{9B}31m\u{202E}y\u{7F}"
        let encoded = String(decoding: try JSONEncoder().encode(["name": value]), as: UTF8.self)
        let escaped = TerminalText.escapingInJSON(encoded)
        #expect(escaped == #"{"name":"x\u009B31m\u202Ey\u007F"}"#)
        #expect(!escaped.unicodeScalars.contains(where: TerminalText.isUnsafe))
        let decoded = try JSONDecoder().decode([String: String].self, from: Data(escaped.utf8))
        #expect(decoded["name"] == value)
        #expect(TerminalText.escapingInJSON("{\n  \"a\": 1\n}") == "{\n  \"a\": 1\n}")
    }
}

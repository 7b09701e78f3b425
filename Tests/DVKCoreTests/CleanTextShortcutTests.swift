@testable import DVKCore
import Testing

/// The shortcut that spares already-clean texts the NFC conversion: it may say "clean" only for
/// texts the full cleaning leaves byte for byte as they are.
@Suite struct CleanTextShortcutTests {
    static let fragments = ["Dân vận khéo", "Đức Phổ", "D\u{0302}an", "a\u{202E}b", "\t", "\n", "\r", " ", "\u{A0}", "\u{85}",
                            "\u{2028}", " – ", "“x”", "😀", "漢", "\u{1B}[31m", "\u{7F}", "Nguyễn", "", "ǅ", "\u{2066}"]

    /// What the full cleaning would leave unchanged, spelt out from its parts.
    private func fullCleaningKeeps(_ text: String, keepingLines: Bool) -> Bool {
        let safe = !text.unicodeScalars.contains { TerminalText.isUnsafe($0) && !(keepingLines && ($0 == "\n" || $0 == "\t")) }
        let oneLine = keepingLines || !text.unicodeScalars.contains { $0 == "\n" || $0 == "\t" || $0 == "\r" }
        return safe && oneLine && VietnameseText.nfc(text).utf8.elementsEqual(text.utf8) && text.trimmingSpaces.utf8.elementsEqual(text.utf8)
    }

    @Test func theShortcutNeverCallsCleanWhatTheFullCleaningWouldChange() {
        var sureCount = 0
        for a in Self.fragments {
            for b in Self.fragments {
                for text in [a + b, "x" + a + b + "y", a + "x" + b] {
                    for keepingLines in [true, false] where VietnameseText.isPlainlyClean(text, keepingLines: keepingLines) {
                        sureCount += 1
                        #expect(fullCleaningKeeps(text, keepingLines: keepingLines), "«\(text.debugDescription)» keepingLines \(keepingLines)")
                    }
                }
            }
        }
        #expect(sureCount > 100, "the shortcut is taken for ordinary Vietnamese text")
    }

    @Test func cleaningStillChangesWhatNeedsIt() {
        #expect(VietnameseText.cleanLine("Da\u{0302}n va\u{0323}\u{0302}n").unicodeScalars.count == 7)
        #expect(VietnameseText.cleanLine(" Dân\tvận ") == "Dân vận")
        #expect(VietnameseText.cleanField("Dân\tvận") == "Dân\tvận")
        #expect(VietnameseText.cleanLine("a\u{202E}b") == "ab")
        #expect(VietnameseText.cleanLine("a\u{A0}") == "a")
        #expect(VietnameseText.isPlainlyClean("Mô hình “Dân vận khéo” – 2025", keepingLines: false))
    }

    @Test func aRecordWithAnNFDNameIsNotNormalizedAndAnNFCOneIs() {
        var record = ModelRecord(id: "2025-0001", year: 2025, state: "draft", created: Stamp(at: Timestamp(seconds: 0), by: "a"))
        record.name = "Dân vận khéo"
        #expect(record.isNormalized)
        record.name = "D\u{0061}\u{0302}n"
        #expect(!record.isNormalized)
        record.name = "Dân"
        record.history = [HistoryEntry(from: "draft", to: "registered", at: Timestamp(seconds: 0), by: "a", note: "x\u{202E}", transition: "")]
        #expect(!record.isNormalized, "a text deep in the history counts too")
    }
}

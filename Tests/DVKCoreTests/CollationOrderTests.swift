@testable import DVKCore
import DVKDemo
import Testing

/// The fast sort of many names (keys written into one buffer, sorted eight bytes at a time)
/// puts them exactly where comparing their keys one pair at a time does.
@Suite struct CollationOrderTests {
    /// Pieces that make names sharing long beginnings, with tones both composed and as
    /// combining marks, case, digits, punctuation, a control character and empty names.
    static let pieces = ["Vận động ", "Van dong ", "vận động ", "Mô hình ", "Mo\u{302} hi\u{300}nh ", "học sinh", "ma", "mà", "mả", "mã", "má", "mạ",
                         "Đức", "Duc", "ư", "u", "–", "\u{1}", "0", "9", "12", "a", "A", "ă", "ẫ", " ", "“", "x", "日本", "🙂", ""]

    static func names(_ count: Int, seed: UInt64) -> [(String, String)] {
        var generator = SplitMix64(seed: seed)
        var made: [(String, String)] = []
        for position in 0..<count {
            // Half the names extend an earlier one, so long shared beginnings and equal names abound.
            var name = position > 0 && Bool.random(using: &generator) ? made[Int.random(in: 0..<made.count, using: &generator)].0 : ""
            for _ in 0..<Int.random(in: 0...6, using: &generator) { name += pieces.randomElement(using: &generator)! }
            made.append((name, "2026-\(Int.random(in: 0...40, using: &generator))"))
        }
        return made
    }

    static func orderByComparingKeys(_ names: [(String, String)]) -> [Int] {
        let keys = names.map { VietnameseText.collationKey($0.0 + "\u{1}" + $0.1) }
        return names.indices.sorted { keys[$0] < keys[$1] || (!(keys[$1] < keys[$0]) && $0 < $1) }
    }

    @Test(arguments: [(300, UInt64(1)), (300, 2), (5_000, 3)])
    func theBufferSortAgreesWithComparingKeys(count: Int, seed: UInt64) {
        let names = CollationOrderTests.names(count, seed: seed)
        let fast = VietnameseText.sortedPositions(names, by: \.0, thenBy: \.1)
        #expect(fast == CollationOrderTests.orderByComparingKeys(names), "\(count) names from seed \(seed)")
    }

    @Test func oneTextWithoutTieBreakSortsAsItsKey() {
        let texts = CollationOrderTests.names(500, seed: 9).map(\.0)
        let keys = texts.map(VietnameseText.collationKey)
        let expected = texts.indices.sorted { keys[$0] < keys[$1] || (!(keys[$1] < keys[$0]) && $0 < $1) }
        #expect(VietnameseText.sortedPositions(texts) { $0 } == expected)
    }

    @Test func keysOfEightAndSixteenBytesAndTheirExtensionsKeepPrefixOrder() {
        // "ab" is a key of 2·2+2+1+1+1+1+2 = 12 bytes; lengths around the 8-byte digits.
        let texts = ["", "a", "ab", "abc", "abcd", "a\u{1}", "a\u{1}a", "b", "aa", "aaa", "aaaa", "aaaaa", "aaaaaaaaaaaaaaaa"]
        let keys = texts.map(VietnameseText.collationKey)
        let expected = texts.indices.sorted { keys[$0] < keys[$1] || (!(keys[$1] < keys[$0]) && $0 < $1) }
        #expect(VietnameseText.sortedPositions(texts) { $0 } == expected)
        #expect(VietnameseText.sorted(texts) { $0 }.prefix(4) == ["", "a", "a\u{1}", "a\u{1}a"], "a name before the longer names it begins")
    }

    @Test func equalNamesKeepTheirOrder() {
        let names = Array(repeating: "Vận động học sinh không bỏ học", count: 50)
        #expect(VietnameseText.sortedPositions(names) { $0 } == Array(0..<50))
    }

    @Test func aNameOfMegabytesIsSortedByItsBeginningWithoutMegabytesOfKey() {
        let huge = String(repeating: "Vận động ", count: 200_000)
        let names = [(huge + "b", "2026-0002"), (huge + "a", "2026-0003"), ("Vận động", "2026-0001")]
        #expect(VietnameseText.sortedPositions(names, by: \.0, thenBy: \.1) == [2, 0, 1], "past the first 4 KiB the ids decide")
        #expect(VietnameseText.collationKey(huge).bytes.count <= 5 * VietnameseText.sortedPrefixBytes + 4)
    }
}

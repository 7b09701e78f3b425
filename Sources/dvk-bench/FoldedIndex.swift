import DVKCore
#if canImport(Glibc)
import Glibc
#endif

/// What a search index would give: each record's search text (the same fields `ModelQuery`
/// searches) folded once, kept both as strings and as one contiguous byte buffer.
struct FoldedIndex {
    let strings: [String]
    private let bytes: [UInt8]
    /// Where record `i`'s bytes end in `bytes` (they start where record `i - 1`'s end).
    private let ends: [Int]

    init(records: [ModelRecord], lists: ListCatalog) {
        strings = records.map { VietnameseText.fold(FoldedIndex.haystack($0, lists: lists)) }
        var buffer: [UInt8] = []
        var ends: [Int] = []
        ends.reserveCapacity(strings.count)
        for text in strings {
            buffer += text.utf8
            ends.append(buffer.count)
        }
        bytes = buffer
        self.ends = ends
    }

    /// The text `ModelQuery.matches` searches in, before folding.
    static func haystack(_ record: ModelRecord, lists: ListCatalog) -> String {
        [record.id, record.name, lists.label(record.unit, in: .units, .vi), record.address,
         record.personInCharge.name, record.individual?.fullName ?? ""].joined(separator: " ")
    }

    /// The words of a typed query, folded as `VietnameseText.matches` folds them.
    static func words(_ query: String) -> [String] {
        VietnameseText.fold(query).split(separator: " ").map(String.init)
    }

    /// Indices of the records whose folded string contains every word (`String.contains`).
    func stringMatches(_ words: [String]) -> [Int] {
        strings.indices.filter { index in words.allSatisfy { strings[index].contains($0) } }
    }

    /// Indices of the records whose folded bytes contain every word (`memchr` + `memcmp`).
    func byteMatches(_ words: [String]) -> [Int] {
        let needles = words.map { Array($0.utf8) }
        return bytes.withUnsafeBytes { buffer -> [Int] in
            guard let base = buffer.baseAddress else { return [] }
            var found: [Int] = []
            var start = 0
            for (index, end) in ends.enumerated() {
                let length = end - start
                let all = needles.allSatisfy { needle in
                    needle.withUnsafeBytes { FoldedIndex.contains(base + start, length, $0) }
                }
                if all { found.append(index) }
                start = end
            }
            return found
        }
    }

    /// Whether `length` bytes at `haystack` contain `needle`: `memchr` to the next candidate
    /// first byte, `memcmp` for the rest (what `memmem` does, which Swift's Glibc does not export).
    static func contains(_ haystack: UnsafeRawPointer, _ length: Int, _ needle: UnsafeRawBufferPointer) -> Bool {
        guard let first = needle.first, let needleBase = needle.baseAddress else { return true }
        var offset = 0
        while length - offset >= needle.count {
            guard let hit = memchr(haystack + offset, Int32(first), length - offset - needle.count + 1) else { return false }
            if memcmp(hit, needleBase, needle.count) == 0 { return true }
            offset = haystack.distance(to: UnsafeRawPointer(hit)) + 1
        }
        return false
    }
}

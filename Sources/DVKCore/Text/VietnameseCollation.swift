import Foundation

/// Vietnamese alphabetical order: letters first (ă â đ ê ô ơ ư are letters of their own, after
/// a d e o u), then tones, then case, then the text's bytes as the final tie-break.
extension VietnameseText {
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

    /// A key that sorts strings in Vietnamese alphabetical order (by their first
    /// ``sortedPrefixBytes``).
    public static func collationKey(_ text: String) -> CollationKey {
        let text = sortedPrefix(text)
        let bytes = [UInt8](unsafeUninitializedCapacity: collationKeyBound(text, nil)) { buffer, written in
            written = writeCollationKey(of: text, then: nil, into: buffer, at: 0)
        }
        return CollationKey(bytes: bytes)
    }

    /// Sorts values by a Vietnamese text key, computing each key once.
    public static func sorted<T>(_ values: [T], by text: (T) -> String) -> [T] {
        sortedPositions(values, by: text).map { values[$0] }
    }

    /// The positions of `values` in the Vietnamese order of a text key — then of a second text
    /// where the first ties: `sorted` without copying the values.
    public static func sortedPositions<T>(_ values: [T], by text: (T) -> String, thenBy tieBreak: ((T) -> String)? = nil) -> [Int] {
        sortedPositions(of: values.map(text), thenBy: tieBreak.map { values.map($0) })
    }

    /// The positions of `texts` in Vietnamese order — then of `tieBreaks` (same positions) where
    /// texts tie, as if sorting `text + "\u{1}" + tieBreak` without building that string.
    /// Equal keys keep their order.
    public static func sortedPositions(of texts: [String], thenBy tieBreaks: [String]? = nil) -> [Int] {
        CollationKeyTable(texts.map(sortedPrefix), then: tieBreaks?.map(sortedPrefix)).sortedPositions()
    }

    /// How much of a text its sort key looks at: no name is this long, and a file holding a
    /// name of megabytes then costs a sort no more than this (a key takes up to five bytes for
    /// each byte of text).
    static let sortedPrefixBytes = 4096

    /// The first ``sortedPrefixBytes`` of `text` (a scalar cut in two becomes U+FFFD).
    static func sortedPrefix(_ text: String) -> String {
        text.utf8.count <= sortedPrefixBytes ? text : String(decoding: text.utf8.prefix(sortedPrefixBytes), as: UTF8.self)
    }

    /// The most bytes the collation key of `text` (then `second`) can take: a text has no more
    /// scalars than UTF-8 bytes, and composing only makes fewer.
    static func collationKeyBound(_ text: String, _ second: String?) -> Int {
        5 * (text.utf8.count + (second.map { $0.utf8.count + 1 } ?? 0)) + 4
    }

    /// Writes the collation key of `text` — followed by U+0001 and `second`, when there is one —
    /// into `buffer` from `offset` (at most ``collationKeyBound(_:_:)`` bytes) and returns where
    /// it ends: the letters (primary weights, two bytes each, most significant first), two 0
    /// bytes, the tones (a byte each), a 0, the case (a byte each), a 0, then the text's UTF-8
    /// bytes. Every letter weight is above 0, and two keys with the same letters have their
    /// tones and cases at the same places, so comparing the bytes of two keys orders by all four
    /// parts in turn.
    static func writeCollationKey(of text: String, then second: String?, into buffer: UnsafeMutableBufferPointer<UInt8>, at offset: Int) -> Int {
        // Weights are per precomposed scalar: text with combining marks is composed first
        // (U+0001 starts a new character, so each part composes on its own).
        let first = UTF8Scan.mayHoldCombiningMarks(text) ? nfc(text) : text
        let last = second.map { UTF8Scan.mayHoldCombiningMarks($0) ? nfc($0) : $0 }
        let count = UTF8Scan.scalarCount(first) + (last.map { UTF8Scan.scalarCount($0) + 1 } ?? 0)
        return weightTable.withUnsafeBufferPointer { table in
            var writer = CollationKeyWriter(buffer: buffer, table: table, offset: offset, scalars: count)
            UTF8Scan.forEachScalar(of: first) { writer.put($0) }
            if let last {
                writer.put(1)
                UTF8Scan.forEachScalar(of: last) { writer.put($0) }
            }
            writer.closeWeights()
            writer.copy(text)
            if let second {
                writer.copy(1)
                writer.copy(second)
            }
            return writer.position
        }
    }

    /// Writes one collation key into a buffer (``writeCollationKey(of:then:into:at:)``): the
    /// three weights of each scalar go to their three parts, then the text's bytes follow.
    private struct CollationKeyWriter {
        let buffer: UnsafeMutableBufferPointer<UInt8>
        let table: UnsafeBufferPointer<UInt64>
        private var letter: Int, tone: Int, letterCase: Int
        /// Where the text's bytes go next, once ``closeWeights()`` has been called.
        private(set) var position: Int

        init(buffer: UnsafeMutableBufferPointer<UInt8>, table: UnsafeBufferPointer<UInt64>, offset: Int, scalars count: Int) {
            self.buffer = buffer
            self.table = table
            letter = offset
            tone = offset + 2 * count + 2
            letterCase = offset + 3 * count + 3
            position = offset + 4 * count + 4
        }

        mutating func put(_ value: UInt32) {
            let packed = value < UInt32(table.count) ? table[Int(value)] : 0
            let weights = packed != 0 ? VietnameseText.unpack(packed) : Unicode.Scalar(value).map { VietnameseText.weightsOf(Character($0)) } ?? (3, 0, 0)
            buffer[letter] = UInt8(truncatingIfNeeded: weights.0 >> 8)
            buffer[letter + 1] = UInt8(truncatingIfNeeded: weights.0)
            buffer[tone] = UInt8(truncatingIfNeeded: weights.1)
            buffer[letterCase] = UInt8(truncatingIfNeeded: weights.2)
            letter += 2
            tone += 1
            letterCase += 1
        }

        /// Ends the letters, tones and case with their 0s.
        func closeWeights() {
            buffer[letter] = 0
            buffer[letter + 1] = 0
            buffer[tone] = 0
            buffer[letterCase] = 0
        }

        mutating func copy(_ byte: UInt8) {
            buffer[position] = byte
            position += 1
        }

        mutating func copy(_ text: String) {
            let copied = text.utf8.withContiguousStorageIfAvailable { bytes in
                UnsafeMutableBufferPointer(rebasing: buffer[position..<(position + bytes.count)]).update(fromContentsOf: bytes)
            }
            if let copied {
                position += copied
            } else {
                for byte in text.utf8 { copy(byte) }
            }
        }
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

    fileprivate static func unpack(_ packed: UInt64) -> (UInt16, UInt16, UInt16) {
        (UInt16(truncatingIfNeeded: packed >> 32), UInt16(truncatingIfNeeded: packed >> 16), UInt16(truncatingIfNeeded: packed))
    }

    /// Primary (letter), secondary (tone) and tertiary (case) weights of one character.
    fileprivate static func weightsOf(_ character: Character) -> (UInt16, UInt16, UInt16) {
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
}

/// A precomputed Vietnamese sort key; compare keys, not strings. The letters, tones, case and
/// the text's bytes (the final tie-break) are laid end to end, each part closed by 0, so one
/// comparison of the bytes orders by all four in turn.
public struct CollationKey: Comparable, Sendable {
    let bytes: [UInt8]

    public static func < (lhs: CollationKey, rhs: CollationKey) -> Bool {
        lhs.bytes.withUnsafeBytes { a in rhs.bytes.withUnsafeBytes { b in CollationKeyTable.compare(a, b) < 0 } }
    }
}

/// The collation keys of many texts in one buffer, written over the cores: one allocation for
/// all of them, and comparisons eight bytes at a time that touch no reference count (sorting
/// 100,000 names is then mostly the comparisons themselves).
struct CollationKeyTable {
    private let bytes: [UInt8]
    /// Where each text's key lies in `bytes`.
    private let spans: [Range<Int>]

    /// The keys of `texts`, each followed by U+0001 and the text of `tieBreaks` at the same
    /// position when there are tie-breaks.
    init(_ texts: [String], then tieBreaks: [String]? = nil) {
        var total = 0
        let offsets = texts.indices.map { position in
            defer { total += VietnameseText.collationKeyBound(texts[position], tieBreaks?[position]) }
            return total
        }
        // Below a few thousand texts a second thread costs more than it saves.
        let workers = texts.count < 4096 ? 1 : max(1, min(ProcessInfo.processInfo.activeProcessorCount, 4))
        var spans = [Range<Int>](repeating: 0..<0, count: texts.count)
        bytes = [UInt8](unsafeUninitializedCapacity: total) { buffer, written in
            // Bytes a key leaves unused below its bound are never read (`spans` bound every
            // read), so the buffer is not cleared first: 40 MB at 100,000 names.
            nonisolated(unsafe) let keys = buffer
            spans.withUnsafeMutableBufferPointer { spanBuffer in
                nonisolated(unsafe) let slots = spanBuffer
                DispatchQueue.concurrentPerform(iterations: workers) { worker in
                    for position in stride(from: worker, to: texts.count, by: workers) {
                        let end = VietnameseText.writeCollationKey(of: texts[position], then: tieBreaks?[position], into: keys, at: offsets[position])
                        slots[position] = offsets[position]..<end
                    }
                }
            }
            written = total
        }
        self.spans = spans
    }

    var count: Int { spans.count }

    /// The positions 0..<count in the order of their keys; equal keys keep their order.
    ///
    /// Sorted eight bytes of key at a time (a most-significant-digit radix sort with 64-bit
    /// digits): the entries are sorted by their first eight bytes, then each run that ties is
    /// sorted by the next eight, and so on. Names that share long beginnings («Vận động …») then
    /// cost a few passes over a small contiguous array instead of comparisons that each fetch two
    /// keys from far apart in memory.
    func sortedPositions() -> [Int] {
        var entries = (0..<count).map { position in chunk(of: position, at: 0) }
        // Runs still tied, and the depth (in 8-byte chunks) their keys agree to.
        var pending: [(range: Range<Int>, depth: Int)] = [(0..<count, 0)]
        entries.withUnsafeMutableBufferPointer { entries in
            while let (range, depth) = pending.popLast() {
                if depth > 0 {
                    for index in range { entries[index] = chunk(of: entries[index].position, at: depth) }
                }
                var run = UnsafeMutableBufferPointer<Chunk>(rebasing: entries[range])
                run.sort(by: Chunk.precedes)
                var start = range.lowerBound
                while start < range.upperBound {
                    let first = entries[start]
                    var end = start + 1
                    while end < range.upperBound && first.ties(with: entries[end]) { end += 1 }
                    if end - start > 1 && first.continues { pending.append((start..<end, depth + 1)) }
                    start = end
                }
            }
        }
        return entries.map(\.position)
    }

    /// Eight bytes of one key, from chunk `depth` on, for ``sortedPositions()``.
    private struct Chunk {
        /// The bytes, most significant first, 0 after the key's end.
        var digit: UInt64
        /// How many of the key's bytes are left from this chunk on (1–8; 9: more than 8), then
        /// the position: a key that ends here comes before a longer one with the same digit,
        /// and equal keys keep their order.
        var rest: UInt64
        var position: Int { Int(truncatingIfNeeded: rest & 0xFFFF_FFFF) }
        var continues: Bool { rest >> 32 == 9 }
        static func precedes(_ left: Chunk, _ right: Chunk) -> Bool {
            left.digit != right.digit ? left.digit < right.digit : left.rest < right.rest
        }
        /// Whether both keys go on past this chunk with the same bytes in it.
        func ties(with other: Chunk) -> Bool { digit == other.digit && continues && other.continues }
    }

    private func chunk(of position: Int, at depth: Int) -> Chunk {
        let span = spans[position]
        let from = span.lowerBound + 8 * depth
        let left = span.upperBound - from
        var digit: UInt64 = 0
        bytes.withUnsafeBytes { all in
            if left >= 8 {
                digit = UInt64(bigEndian: all.loadUnaligned(fromByteOffset: from, as: UInt64.self))
            } else {
                for index in 0..<max(0, left) { digit |= UInt64(all[from + index]) << (56 - 8 * index) }
            }
        }
        return Chunk(digit: digit, rest: UInt64(min(max(left, 0), 9)) << 32 | UInt64(position))
    }

    /// -1, 0 or 1 as key `a` comes before, with or after key `b`: the first byte that differs
    /// decides, else the shorter key comes first. Eight bytes at a time, read most significant
    /// first, so a whole word compares as its bytes would.
    static func compare(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Int {
        let count = min(a.count, b.count)
        var index = 0
        while index + 8 <= count {
            let left = UInt64(bigEndian: a.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            let right = UInt64(bigEndian: b.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            if left != right { return left < right ? -1 : 1 }
            index += 8
        }
        while index < count {
            if a[index] != b[index] { return a[index] < b[index] ? -1 : 1 }
            index += 1
        }
        return a.count == b.count ? 0 : (a.count < b.count ? -1 : 1)
    }
}

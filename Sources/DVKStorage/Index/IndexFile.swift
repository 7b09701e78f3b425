import DVKCore

/// The list index's file, `.index/models.idx`: binary, read in one pass without a parse of
/// text. Layout (integers little-endian):
///
/// - `DVKINDEX`, the format version (u32, 3), the number of entries (u64), the journal's size
///   when the index was last checked against every file (u64);
/// - the vocabulary: a count (u32), then each word (u32 length, UTF-8) — the ids of units,
///   levels, subjects, kinds, fields and states, kept once;
/// - one row per model file, in id order: stamp (modified ns, changed ns, size, inode), content
///   hash, flags (bit 0: canonical), revision, year, inspections, state-since day (yyyymmdd, 0
///   when none), six vocabulary numbers, then four texts (u32 length, UTF-8): id, display name,
///   folded search key, appraisers separated by U+001F;
/// - a ``ContentHash`` of everything before it (u64).
///
/// Reading trusts nothing: a wrong hash, a length past the end, a vocabulary number out of
/// range, an id that is not a safe file name or ids out of order reject the whole file (it is
/// then rebuilt from the records).
struct IndexFile: Sendable {
    var journalSize: Int
    /// In id order, each id once.
    var rows: IndexRows

    static let magic = Array("DVKINDEX".utf8)
    static let version: UInt32 = 3
    /// The longest text of a row (a search key of a few hundred bytes is usual).
    static let maximumTextBytes = 1 << 20
    static let maximumVocabulary = 1 << 16
    /// Bytes of a row before its texts.
    static let fixedRowBytes = 9 * 8 + 6 * 4

    init(journalSize: Int, rows: IndexRows) {
        self.journalSize = journalSize
        self.rows = rows
    }

    // MARK: Writing

    func encoded() -> [UInt8] {
        var writer = ByteWriter()
        writer.bytes.reserveCapacity(64 + rows.count * (IndexFile.fixedRowBytes + 300))
        writer.bytes += IndexFile.magic
        writer.u32(IndexFile.version)
        writer.u64(UInt64(rows.count))
        writer.u64(UInt64(max(0, journalSize)))
        var numbers: [String: UInt32] = [:]
        var words: [String] = []
        let codes = rows.summaries.map { s -> [UInt32] in
             [s.unit, s.level, s.subject, s.kind, s.field, s.state].map { word in
                if let known = numbers[word] { return known }
                numbers[word] = UInt32(words.count)
                words.append(word)
                return UInt32(words.count - 1)
            }
        }
        writer.u32(UInt32(words.count))
        for word in words { writer.text(Array(word.utf8)) }
        for ((s, file), code) in zip(zip(rows.summaries, rows.files), codes) {
            writer.i64(file.stamp.modified)
            writer.i64(file.stamp.changed)
            writer.i64(file.stamp.size)
            writer.u64(file.stamp.inode)
            writer.u64(file.contentHash)
            writer.u64(file.isCanonical ? 1 : 0)
            writer.i64(Int64(s.revision))
            writer.i64(Int64(s.year))
            writer.i64(Int64(s.inspectionCount))
            writer.u32(s.stateSince.map { UInt32($0.year * 10_000 + $0.month * 100 + $0.day) } ?? 0)
            for number in code { writer.u32(number) }
            writer.text(Array(s.id.utf8))
            writer.text(Array(s.displayName.utf8))
            writer.text(s.searchKey)
            writer.text(Array(s.appraisers.joined(separator: "\u{1F}").utf8))
        }
        writer.u64(ContentHash.of(writer.bytes))
        return writer.bytes
    }

    // MARK: Reading

    /// The index in `bytes`; nil when they are not a whole index of this version.
    init?(decoding bytes: [UInt8]) {
        guard let decoded = bytes.withUnsafeBytes({ IndexFile.decode($0) }) else { return nil }
        self = decoded
    }

    private static func decode(_ raw: UnsafeRawBufferPointer) -> IndexFile? {
        let headerBytes = magic.count + 4 + 8 + 8
        guard raw.count >= headerBytes + 4 + 8 else { return nil }
        let body = UnsafeRawBufferPointer(rebasing: raw[0..<(raw.count - 8)])
        let stored = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: raw.count - 8, as: UInt64.self))
        guard ContentHash.of(body) == stored, body.prefix(magic.count).elementsEqual(magic) else { return nil }
        var reader = ByteReader(raw: body, offset: magic.count)
        guard reader.u32() == version, let count = reader.u64(), let journalSize = reader.u64(),
              count <= UInt64(body.count / fixedRowBytes), journalSize <= UInt64(Int.max),
              let wordCount = reader.u32(), wordCount <= maximumVocabulary else { return nil }
        var words: [String] = []
        words.reserveCapacity(Int(wordCount))
        for _ in 0..<wordCount {
            guard let word = reader.text() else { return nil }
            words.append(String(decoding: word, as: UTF8.self))
        }
        var rows = IndexRows()
        rows.reserve(Int(count))
        var previousID = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
        for _ in 0..<count {
            guard let modified = reader.u64(), let changed = reader.u64(), let size = reader.u64(), let inode = reader.u64(),
                  let hash = reader.u64(), let flags = reader.u64(), let revision = reader.u64(), let year = reader.u64(),
                  let inspections = reader.u64(), let since = reader.u32(),
                  let unit = reader.word(words), let level = reader.word(words), let subject = reader.word(words),
                  let kind = reader.word(words), let field = reader.word(words), let state = reader.word(words),
                  let id = reader.text(), let name = reader.text(), let key = reader.text(), let appraisers = reader.text(),
                  previousID.lexicographicallyPrecedes(id), IndexFile.isFileName(id) else { return nil }
            previousID = id
            let sinceValue = Int(since)
            let summary = ModelSummary(
                id: String(decoding: id, as: UTF8.self), revision: Int(truncatingIfNeeded: revision), year: Int(truncatingIfNeeded: year),
                unit: unit, level: level, subject: subject, kind: kind, field: field, state: state,
                displayName: String(decoding: name, as: UTF8.self), searchKey: Array(key),
                stateSince: sinceValue == 0 ? nil : Day(year: sinceValue / 10_000, month: sinceValue / 100 % 100, day: sinceValue % 100),
                inspectionCount: Int(truncatingIfNeeded: inspections),
                appraisers: appraisers.isEmpty ? [] : appraisers.split(separator: 0x1F, omittingEmptySubsequences: false)
                    .map { String(decoding: $0, as: UTF8.self) })
            let stamp = FileStamp(modified: Int64(bitPattern: modified), changed: Int64(bitPattern: changed),
                                  size: Int64(bitPattern: size), inode: inode)
            rows.append(summary, IndexedFile(stamp: stamp, contentHash: hash, isCanonical: flags & 1 == 1))
        }
        guard reader.offset == body.count else { return nil }
        return IndexFile(journalSize: Int(journalSize), rows: rows)
    }

    /// Whether an id read from the file may name a record file: not empty, no `/` or NUL, not
    /// starting with `.` (``RecordStore/isSafeID(_:)``, on bytes).
    private static func isFileName(_ id: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = id.first, first != UInt8(ascii: ".") else { return false }
        return !id.contains(UInt8(ascii: "/")) && !id.contains(0)
    }
}

/// Appends little-endian integers and length-prefixed texts.
private struct ByteWriter {
    var bytes: [UInt8] = []

    mutating func u32(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { bytes += $0 } }
    mutating func u64(_ value: UInt64) { withUnsafeBytes(of: value.littleEndian) { bytes += $0 } }
    mutating func i64(_ value: Int64) { u64(UInt64(bitPattern: value)) }

    mutating func text(_ utf8: [UInt8]) {
        let kept = utf8.prefix(IndexFile.maximumTextBytes)
        u32(UInt32(kept.count))
        bytes += kept
    }
}

/// Reads what ``ByteWriter`` wrote, every read checked against the end: nil past it.
private struct ByteReader {
    let raw: UnsafeRawBufferPointer
    var offset: Int

    mutating func u32() -> UInt32? {
        guard offset + 4 <= raw.count else { return nil }
        defer { offset += 4 }
        return UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
    }

    mutating func u64() -> UInt64? {
        guard offset + 8 <= raw.count else { return nil }
        defer { offset += 8 }
        return UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    /// A vocabulary word by its number; nil when the number is not one of `words`.
    mutating func word(_ words: [String]) -> String? {
        guard let number = u32().map(Int.init), number < words.count else { return nil }
        return words[number]
    }

    /// A length-prefixed text's bytes.
    mutating func text() -> UnsafeBufferPointer<UInt8>? {
        guard let length = u32().map(Int.init), length <= IndexFile.maximumTextBytes, offset + length <= raw.count,
              let base = raw.baseAddress else { return nil }
        defer { offset += length }
        // The bytes are those of a [UInt8]: already bound to UInt8.
        return UnsafeBufferPointer(start: base.advanced(by: offset).assumingMemoryBound(to: UInt8.self), count: length)
    }
}

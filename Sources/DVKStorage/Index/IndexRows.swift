import DVKCore

/// What the list index knows of one model file besides its summary: the stamp and hash of the
/// bytes it was read from, and whether those bytes are exactly what dvk writes for the record
/// (so `list --json` may print them as they are).
struct IndexedFile: Sendable, Equatable {
    var stamp: FileStamp
    /// ``ContentHash`` of the file's bytes.
    var contentHash: UInt64
    /// Whether the bytes equal the encoding of the record they decode to: current schema, keys
    /// sorted, pretty-printed, no unknown key.
    var isCanonical: Bool
}

/// The list index's rows as two columns of one length, in id order (by UTF-8 bytes): the
/// summaries, handed to the screens as they are, and what is known of each file.
struct IndexRows: Sendable {
    var summaries: [ModelSummary] = []
    var files: [IndexedFile] = []

    var count: Int { summaries.count }

    mutating func reserve(_ count: Int) {
        summaries.reserveCapacity(count)
        files.reserveCapacity(count)
    }

    mutating func append(_ summary: ModelSummary, _ file: IndexedFile) {
        summaries.append(summary)
        files.append(file)
    }

    /// These rows without those of `removed`, with `added` (in any order) merged in.
    func replacing(_ removed: Set<String>, with added: IndexRows) -> IndexRows {
        if removed.isEmpty && added.count == 0 && isInOrder { return self }
        var all: [(ModelSummary, IndexedFile)] = zip(summaries, files).filter { !removed.contains($0.0.id) }
        all += zip(added.summaries, added.files)
        all.sort { $0.0.id.utf8.lexicographicallyPrecedes($1.0.id.utf8) }
        var rows = IndexRows()
        rows.reserve(all.count)
        for (summary, file) in all { rows.append(summary, file) }
        return rows
    }

    /// Whether every id comes after the one before it, by UTF-8 bytes (what the file requires).
    var isInOrder: Bool {
        zip(summaries, summaries.dropFirst()).allSatisfy { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
    }
}

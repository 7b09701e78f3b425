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

    /// Takes out the rows of `removed` and merges `added` (in any order) in. A row of `added`
    /// whose id is already here takes its place, with no copy of the others: catching up with
    /// a few saves at 100,000 rows costs a few binary searches, not a sort of everything.
    mutating func replace(_ removed: Set<String>, with added: IndexRows) {
        guard isInOrder else {
            self = IndexRows.sorted(zip(summaries, files).filter { !removed.contains($0.0.id) } + zip(added.summaries, added.files))
            return
        }
        var inserted: [(ModelSummary, IndexedFile)] = []
        var replaced: Set<String> = []
        for position in 0..<added.count {
            let id = added.summaries[position].id
            if let found = index(of: id) {
                summaries[found] = added.summaries[position]
                files[found] = added.files[position]
                replaced.insert(id)
            } else {
                inserted.append((added.summaries[position], added.files[position]))
            }
        }
        let dropped = removed.subtracting(replaced).filter { index(of: $0) != nil }
        guard !inserted.isEmpty || !dropped.isEmpty else { return }
        // Rows come or go: one merge of the rows kept with the new ones, both in id order.
        inserted.sort { $0.0.id.utf8.lexicographicallyPrecedes($1.0.id.utf8) }
        var merged = IndexRows()
        merged.reserve(count + inserted.count)
        var next = inserted.startIndex
        for position in 0..<count where !dropped.contains(summaries[position].id) {
            while next < inserted.endIndex && inserted[next].0.id.utf8.lexicographicallyPrecedes(summaries[position].id.utf8) {
                merged.append(inserted[next].0, inserted[next].1)
                next += 1
            }
            merged.append(summaries[position], files[position])
        }
        for (summary, file) in inserted[next...] { merged.append(summary, file) }
        self = merged
    }

    /// The position of the row with `id` (binary search: the rows are in id order).
    private func index(of id: String) -> Int? {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if summaries[middle].id.utf8.lexicographicallyPrecedes(id.utf8) { low = middle + 1 } else { high = middle }
        }
        return low < count && summaries[low].id == id ? low : nil
    }

    private static func sorted(_ all: [(ModelSummary, IndexedFile)]) -> IndexRows {
        var rows = IndexRows()
        rows.reserve(all.count)
        for (summary, file) in all.sorted(by: { $0.0.id.utf8.lexicographicallyPrecedes($1.0.id.utf8) }) { rows.append(summary, file) }
        return rows
    }

    /// Whether every id comes after the one before it, by UTF-8 bytes (what the file requires).
    var isInOrder: Bool {
        zip(summaries, summaries.dropFirst()).allSatisfy { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
    }
}

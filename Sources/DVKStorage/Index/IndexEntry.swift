import DVKCore

/// One model file as the list index knows it: the stamp and hash of the bytes it was read from,
/// whether those bytes are exactly what dvk writes for the record (so `list --json` may print
/// them as they are), and the record's summary.
struct IndexEntry: Sendable, Equatable {
    var stamp: FileStamp
    /// ``ContentHash`` of the file's bytes.
    var contentHash: UInt64
    /// Whether the bytes equal the encoding of the record they decode to: current schema, keys
    /// sorted, pretty-printed, no unknown key.
    var isCanonical: Bool
    var summary: ModelSummary
}

import DVKCore
import DVKStorage

/// `dvk merge-record %O %A %B %P`: git's merge driver for record files. Reads the ancestor,
/// ours and theirs, merges them by meaning (``RecordMerge``) and writes the result over ours,
/// in the store's canonical form. Never crashes on a bad file: when one side cannot be read as
/// a record, the other side is kept and the unreadable text goes into a `(file)` conflict, so
/// both stay recoverable; only when neither side can be read does git get a failed merge.
public enum MergeDriver {
    /// The largest record file the driver reads (records are a few kilobytes).
    public static let readLimit = 16 << 20

    /// Merges the three files; returns the exit status for git (0: merged, 1: not merged).
    public static func run(ancestor: String, ours: String, theirs: String, path: String) -> Int32 {
        guard let kind = RecordKind.records.first(where: { path.hasPrefix($0.folder + "/") }) else { return 1 }
        switch kind {
        case .inspection: return merge(InspectionRound.self, ancestor: ancestor, ours: ours, theirs: theirs, path: path)
        case .decision: return merge(AwardDecision.self, ancestor: ancestor, ours: ours, theirs: theirs, path: path)
        default: return merge(ModelRecord.self, ancestor: ancestor, ours: ours, theirs: theirs, path: path)
        }
    }

    /// The merged bytes of three versions of a record of type `T`, or nil when neither side can
    /// be read.
    public static func mergedBytes<T: StoredRecord>(_ type: T.Type, ancestor: [UInt8]?, ours: [UInt8], theirs: [UInt8], path: String) -> [UInt8]? {
        let base = ancestor.flatMap { read(T.self, $0, path: path) }
        let mine = read(T.self, ours, path: path), other = read(T.self, theirs, path: path)
        switch (mine, other) {
        case (let mine?, let other?):
            let outcome = RecordMerge.merge(base: base, ours: mine, theirs: other)
            if let record = try? outcome.merged.decode(as: T.self), let bytes = try? RecordCoding.encode(record) { return bytes }
            return keep(T.self, mine, unreadable: theirs, asMine: false)
        case (let mine?, nil): return keep(T.self, mine, unreadable: theirs, asMine: false)
        case (nil, let other?): return keep(T.self, other, unreadable: ours, asMine: true)
        case (nil, nil): return nil
        }
    }

    private static func merge<T: StoredRecord>(_ type: T.Type, ancestor: String, ours: String, theirs: String, path: String) -> Int32 {
        guard let mine = try? DurableFile.read(ours, limit: readLimit), let other = try? DurableFile.read(theirs, limit: readLimit) else { return 1 }
        let base = (try? DurableFile.read(ancestor, limit: readLimit)) ?? nil
        guard let bytes = mergedBytes(T.self, ancestor: base?.isEmpty == true ? nil : base, ours: mine, theirs: other, path: path),
              (try? DurableFile.write(bytes, to: ours)) != nil else { return 1 }
        return 0
    }

    private static func read<T: StoredRecord>(_ type: T.Type, _ bytes: [UInt8], path: String) -> JSONValue? {
        guard let record = try? RecordCoding.decode(T.self, from: bytes, path: path) else { return nil }
        return try? JSONValue(encoding: record)
    }

    /// `record` with the unreadable other file's text listed as a `(file)` conflict.
    private static func keep<T: StoredRecord>(_ type: T.Type, _ record: JSONValue, unreadable: [UInt8], asMine: Bool) -> [UInt8]? {
        let text = JSONValue.string(String(decoding: unreadable, as: UTF8.self))
        let stamp = record["updated"]
        let conflict = FieldConflict(field: FieldConflict.wholeFile, mine: asMine ? text : .null, theirs: asMine ? .null : text,
                                     office: RecordMerge.text(stamp?["office"]), by: RecordMerge.text(stamp?["by"]),
                                     at: (try? stamp?["at"]?.decode(as: Timestamp.self)) ?? Timestamp(seconds: 0))
        guard var decoded = try? record.decode(as: T.self), var json = try? JSONValue(encoding: decoded) else { return nil }
        let list = RecordMerge.conflictList(json) + [conflict]
        json = json.setting(["conflicts"], to: (try? JSONValue(encoding: list)) ?? .null)
        guard let withConflict = try? json.decode(as: T.self) else { return nil }
        decoded = withConflict
        return try? RecordCoding.encode(decoded)
    }
}

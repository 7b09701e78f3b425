import Foundation
import DVKCore
import DVKStorage

/// The conflicts that merges left in a data directory's records: listed for `dvk conflicts`,
/// `dvk check` and the screens, and resolved one field at a time as a new revision saved
/// through the store.
public struct ConflictBook: Sendable {
    public let store: RecordStore

    public init(store: RecordStore) {
        self.store = store
    }

    /// One conflict of one record.
    public struct Entry: Sendable, Hashable {
        public var kind: RecordKind
        public var id: String
        public var conflict: FieldConflict
    }

    /// Which side a resolution takes.
    public enum Side: String, Sendable, CaseIterable {
        case mine, theirs
    }

    /// Every conflict in the records, by kind and id. Only files that mention `"conflicts"` are
    /// decoded, so a large register without conflicts costs one read per file.
    public func all() -> [Entry] {
        var entries: [Entry] = []
        for kind in RecordKind.records {
            for id in store.ids(of: kind) {
                guard let bytes = try? DurableFile.read(store.directory.file(for: kind, id: id)),
                      ConflictBook.mentionsConflicts(bytes), let json = try? JSONParser.parse(bytes) else { continue }
                entries += RecordMerge.conflictList(json).map { Entry(kind: kind, id: id, conflict: $0) }
            }
        }
        return entries
    }

    /// Whether a record file has a `conflicts` key (the store leaves it out when there are none).
    static func mentionsConflicts(_ bytes: [UInt8]) -> Bool {
        let marker = Array("\"conflicts\"".utf8)
        guard bytes.count >= marker.count else { return false }
        return bytes.withUnsafeBufferPointer { buffer in
            (0...(buffer.count - marker.count)).contains { start in
                buffer[start] == marker[0] && marker.indices.allSatisfy { buffer[start + $0] == marker[$0] }
            }
        }
    }

    /// Whether record `id` of `kind` holds conflicts, read without decoding it.
    public func hasConflicts(kind: RecordKind, id: String) -> Bool {
        guard let bytes = try? DurableFile.read(store.directory.file(for: kind, id: id)) else { return false }
        return ConflictBook.mentionsConflicts(bytes)
    }

    /// The conflicts of record `id` (none when it has none or does not exist).
    public func entries(of id: String) -> [Entry] {
        guard let kind = kind(of: id), let bytes = try? DurableFile.read(store.directory.file(for: kind, id: id)),
              ConflictBook.mentionsConflicts(bytes), let json = try? JSONParser.parse(bytes) else { return [] }
        return RecordMerge.conflictList(json).map { Entry(kind: kind, id: id, conflict: $0) }
    }

    /// The kind of the record `id` (models first), or nil when no such file exists.
    public func kind(of id: String) -> RecordKind? {
        RecordKind.records.first { DurableFile.exists(store.directory.file(for: $0, id: id)) }
    }

    /// Takes `side` for `field` of record `id` and saves the record as a new revision (action
    /// `resolve`); throws when the record has no such conflict. Returns the new revision.
    @discardableResult
    public func resolve(id: String, field: String, take side: Side, by actor: String, at time: Timestamp) throws -> Int {
        guard let kind = kind(of: id) else { throw StorageError.notFound(kind: .model, id: id) }
        switch kind {
        case .inspection: return try resolve(InspectionRound.self, id: id, field: field, take: side, by: actor, at: time)
        case .decision: return try resolve(AwardDecision.self, id: id, field: field, take: side, by: actor, at: time)
        default: return try resolve(ModelRecord.self, id: id, field: field, take: side, by: actor, at: time)
        }
    }

    private func resolve<T: StoredRecord>(_ type: T.Type, id: String, field: String, take side: Side, by actor: String,
                                          at time: Timestamp) throws -> Int {
        let record = try store.load(T.self, id: id)
        let json = try JSONValue(encoding: record)
        let conflicts = RecordMerge.conflictList(json)
        guard let conflict = conflicts.first(where: { $0.field == field }) else { throw ConflictError.noSuchConflict(id: id, field: field) }
        let resolved = try ConflictBook.resolved(json, conflict, take: side)
        let rest = conflicts.filter { $0 != conflict }
        let updated = resolved.setting(["conflicts"], to: rest.isEmpty ? .null : try JSONValue(encoding: rest))
        defer { ConflictMarks(store: store).refresh([id]) }
        let saved = try store.commit([try ConflictBook.change(try updated.decode(as: T.self), expected: record.revision, action: "resolve",
                                                              note: "\(field): \(side.rawValue)")],
                                     by: actor, at: time)
        return saved[id] ?? record.revision + 1
    }

    /// The store change saving `record` of any of the three kinds.
    static func change<T: StoredRecord>(_ record: T, expected: Int, action: String, note: String) throws -> RecordChange {
        if let r = record as? ModelRecord { return .model(r, expectedRevision: expected, action: action, note: note) }
        if let r = record as? InspectionRound { return .inspection(r, expectedRevision: expected, action: action, note: note) }
        if let r = record as? AwardDecision { return .decision(r, expectedRevision: expected, action: action, note: note) }
        throw StorageError.notFound(kind: T.kind, id: record.id)
    }

    /// The record JSON with `conflict`'s field set to the chosen side's value: a dotted path,
    /// or `list[key]` for one element of a keyed list (a score sheet by appraiser).
    static func resolved(_ json: JSONValue, _ conflict: FieldConflict, take side: Side) throws -> JSONValue {
        guard side == .theirs else { return json }
        if conflict.field == FieldConflict.wholeFile { throw ConflictError.wholeFile }
        if let open = conflict.field.firstIndex(of: "["), conflict.field.hasSuffix("]") {
            let list = String(conflict.field[..<open])
            let key = String(conflict.field[conflict.field.index(after: open)..<conflict.field.index(before: conflict.field.endIndex)])
            guard let keyField = RecordMerge.unions[list] ?? nil, case .array(var elements)? = json.value(at: list) else {
                throw ConflictError.noSuchConflict(id: "", field: conflict.field)
            }
            if let index = elements.firstIndex(where: { RecordMerge.text($0[keyField]) == key }) { elements[index] = conflict.theirs }
            else { elements.append(conflict.theirs) }
            return json.setting(list.split(separator: ".").map(String.init), to: .array(elements))
        }
        return json.setting(conflict.field.split(separator: ".").map(String.init), to: conflict.theirs)
    }


}

/// Why a conflict could not be resolved.
public enum ConflictError: Error, Sendable, Equatable {
    case noSuchConflict(id: String, field: String)
    /// The other office's whole file was unreadable: only `mine` can be taken.
    case wholeFile

    public func message(_ language: Language) -> String {
        switch self {
        case .noSuchConflict(let id, let field):
            return language == .vi ? "hồ sơ \(id) không có xung đột ở trường «\(field)» (xem 'dvk conflicts')"
                : "record \(id) has no conflict on field «\(field)» (see 'dvk conflicts')"
        case .wholeFile:
            return language == .vi ? "tệp của văn phòng kia không đọc được: chỉ có thể giữ bản này (--take mine); nội dung của họ có trong 'dvk conflicts'"
                : "the other office's file could not be read: only --take mine is possible; their text is shown by 'dvk conflicts'"
        }
    }
}

extension FieldConflict {
    /// A conflict's value as a person reads it: text as it is, anything else as compact JSON,
    /// cut to `limit` characters.
    public static func display(_ value: JSONValue, limit: Int = 60) -> String {
        let text: String
        switch value {
        case .string(let s): text = s
        case .null: text = "—"
        default: text = (try? RecordCoding.encodeCompact(value)) ?? ""
        }
        let line = text.replacingOccurrences(of: "\n", with: " ")
        return line.count > limit ? String(line.prefix(limit - 1)) + "…" : line
    }
}

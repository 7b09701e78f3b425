import DVKCore

/// Whether the journal is complete: every saved revision of every record has its line, and no
/// line speaks of a revision the record never reached (a save that was lost). Pure: it gets the
/// journal's entries and the records' revisions.
public struct JournalAudit: Sendable {
    /// One record as it is on disk.
    public struct Record: Sendable {
        public var kind: RecordKind
        public var id: String
        public var revision: Int

        public init(kind: RecordKind, id: String, revision: Int) {
            self.kind = kind
            self.id = id
            self.revision = revision
        }
    }

    public var entries: [JournalEntry]
    public var records: [Record]
    /// Paths of record files that are there but could not be read: their read problem is
    /// reported already, so their journal lines are not said to lack a file.
    public var unreadablePaths: Set<String>

    public init(entries: [JournalEntry], records: [Record], unreadablePaths: Set<String> = []) {
        self.entries = entries
        self.records = records
        self.unreadablePaths = unreadablePaths
    }

    /// Every gap and every line ahead of its record, as `id: …` in the user's language.
    public func problems() -> [LocalizedText] {
        struct Key: Hashable { var kind: RecordKind; var id: String }
        var revisions: [Key: Set<Int>] = [:]
        // Configuration changes are audited by their own files (``SettingsStore``), not here.
        for entry in entries where RecordKind.records.contains(entry.kind) {
            let key = Key(kind: entry.kind, id: entry.id)
            if entry.action == JournalEntry.syncAction, entry.toRevision > entry.fromRevision {
                // Revisions another office saved arrive together: their lines are in that
                // office's journal (`journals/<OFFICE>.jsonl`).
                revisions[key, default: []].formUnion((entry.fromRevision + 1)...entry.toRevision)
            } else {
                revisions[key, default: []].insert(entry.toRevision)
            }
        }
        var problems: [LocalizedText] = []
        var present = Set<Key>()
        for record in records {
            let key = Key(kind: record.kind, id: record.id)
            present.insert(key)
            let logged = revisions[key] ?? []
            let missing = (1...max(1, record.revision)).filter { !logged.contains($0) }
            if !missing.isEmpty {
                let list = Self.ranges(missing)
                problems.append(LocalizedText(
                    vi: "\(record.id): nhật ký (journal.jsonl) thiếu dòng cho phiên bản \(list) của bản ghi",
                    en: "\(record.id): the journal (journal.jsonl) has no line for revision \(list) of the record"))
            }
            if let ahead = logged.filter({ $0 > record.revision }).max() {
                problems.append(LocalizedText(
                    vi: "\(record.id): nhật ký ghi đã lưu phiên bản \(ahead) nhưng tệp chỉ ở phiên bản \(record.revision) (mất một lần lưu)",
                    en: "\(record.id): the journal says revision \(ahead) was saved but the file is at revision \(record.revision) (a lost save)"))
            }
        }
        let unreadable = Set(unreadablePaths.map { path in path.split(separator: "/").suffix(2).joined(separator: "/") })
        for key in revisions.keys where !present.contains(key) && !unreadable.contains("\(key.kind.folder)/\(key.id).json") {
            problems.append(LocalizedText(
                vi: "\(key.id): nhật ký có dòng cho bản ghi này nhưng không có tệp \(key.kind.folder)/\(key.id).json",
                en: "\(key.id): the journal has lines for this record but there is no file \(key.kind.folder)/\(key.id).json"))
        }
        return problems.sorted { $0.en < $1.en }
    }

    /// `3, 5–7` from `[3, 5, 6, 7]`.
    static func ranges(_ numbers: [Int]) -> String {
        var parts: [String] = []
        var index = 0
        while index < numbers.count {
            var end = index
            while end + 1 < numbers.count && numbers[end + 1] == numbers[end] + 1 { end += 1 }
            parts.append(end == index ? "\(numbers[index])" : "\(numbers[index])–\(numbers[end])")
            index = end + 1
        }
        return parts.joined(separator: ", ")
    }
}

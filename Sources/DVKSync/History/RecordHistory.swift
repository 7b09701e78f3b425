import DVKCore
import DVKStorage

/// A record's past as git keeps it: `dvk log [ID]` (who changed it, at which office, when) and
/// `dvk restore ID --at REV` (an older version saved again as a new revision: nothing in the
/// history is rewritten).
public struct RecordHistory: Sendable {
    public let engine: SyncEngine

    public init(engine: SyncEngine) {
        self.engine = engine
    }

    /// One commit that touched the record (or any record, for the whole log): for a record, who
    /// saved that version, at which office and when; for the whole log, who synced.
    public struct Version: Sendable, Hashable {
        public var commit: String
        public var author: String
        public var office: String
        public var at: Timestamp
        public var title: String
        /// The record's revision in that commit (0 for the whole log or an unreadable file).
        public var revision: Int
    }

    /// The commits that changed record `id` (every commit when nil), newest first, at most `limit`.
    public func versions(of id: String?, limit: Int = 200) throws -> [Version] {
        var arguments = ["log", "--no-merges", "-z", "--format=%H%x1f%an%x1f%ae%x1f%at%x1f%s", "-n", String(limit), "HEAD"]
        var path: String?
        if let id {
            guard let kind = ConflictBook(store: engine.store).kind(of: id) else { throw StorageError.notFound(kind: .model, id: id) }
            path = "\(kind.folder)/\(id).json"
            arguments += ["--", path ?? ""]
        }
        guard try engine.repository.commit("HEAD") != nil else { return [] }
        let output = try engine.repository.git.check(arguments)
        var versions: [Version] = []
        for record in output.standardOutput.split(separator: 0) {
            let fields = String(decoding: record, as: UTF8.self).trimmingSpaces.split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 5 else { continue }
            let email = fields[2]
            let office = email.split(separator: "@").last.map(String.init) ?? ""
            var version = Version(commit: fields[0], author: fields[1], office: office, at: Timestamp(seconds: Int64(fields[3]) ?? 0),
                                  title: fields[4], revision: 0)
            // For one record, who saved that version and where, as the record says (the commit
            // names whoever ran the sync).
            if let path, let bytes = try engine.repository.blobs([path], at: fields[0])[path], let json = try? JSONParser.parse(bytes) {
                version.revision = Int(RecordMerge.number(json["revision"]))
                let stamp = json["updated"]
                if !RecordMerge.text(stamp?["by"]).isEmpty { version.author = RecordMerge.text(stamp?["by"]) }
                if !RecordMerge.text(stamp?["office"]).isEmpty { version.office = RecordMerge.text(stamp?["office"]) }
                if let at = try? stamp?["at"]?.decode(as: Timestamp.self) { version.at = at }
            }
            versions.append(version)
        }
        return versions
    }

    /// Saves the version of record `id` found at `revision` — a commit (or its first 7+ hex
    /// digits) or the record's own revision number — as a new revision. Returns it.
    @discardableResult
    public func restore(id: String, at revision: String, by actor: String, time: Timestamp) throws -> Int {
        guard let kind = ConflictBook(store: engine.store).kind(of: id) else { throw StorageError.notFound(kind: .model, id: id) }
        let path = "\(kind.folder)/\(id).json"
        var bytes: [UInt8]?
        if let number = Int(revision), revision.count < 7 {
            bytes = try versions(of: id, limit: 10_000).first { $0.revision == number }
                .flatMap { try engine.repository.blobs([path], at: $0.commit)[path] }
        } else if let commit = try engine.repository.commit(revision) {
            bytes = try engine.repository.blobs([path], at: commit)[path]
        }
        guard let bytes else { throw SyncError.versionNotFound(id: id, revision: revision) }
        switch kind {
        case .inspection: return try save(InspectionRound.self, bytes, path: path, revision: revision, by: actor, time: time)
        case .decision: return try save(AwardDecision.self, bytes, path: path, revision: revision, by: actor, time: time)
        default: return try save(ModelRecord.self, bytes, path: path, revision: revision, by: actor, time: time)
        }
    }

    private func save<T: StoredRecord>(_ type: T.Type, _ bytes: [UInt8], path: String, revision: String, by actor: String,
                                       time: Timestamp) throws -> Int {
        let old = try RecordCoding.decode(T.self, from: bytes, path: path)
        let current = try engine.store.load(T.self, id: old.id)
        let change = try ConflictBook.change(old, expected: current.revision, action: "restore", note: "--at \(revision)")
        return try engine.store.commit([change], by: actor, at: time)[old.id] ?? current.revision + 1
    }
}

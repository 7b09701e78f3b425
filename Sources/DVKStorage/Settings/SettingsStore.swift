import DVKCore

/// Changes to the configuration files of `config/` (the committee's profile, letterheads,
/// units, users…) saved like records: under the lock, refused when someone changed the file
/// since it was read (its `revision`), written by the commit protocol together with a copy of
/// the version it replaces (`backups/settings/<file>.r<n>.json`), and journaled (kind
/// `settings`), so the history shows who changed what and the last change can be undone.
public struct SettingsStore: Sendable {
    public let directory: DataDirectory

    public init(directory: DataDirectory) {
        self.directory = directory
    }

    /// The configuration files changed through the store.
    public static let files = ["committee", "headers", "units", "users", "rubric", "lists"]

    /// The revision of `file` (`units`, `headers`…): how many times the store changed it; 0 for
    /// a file as `dvk init` wrote it.
    public func revision(of file: String) throws -> Int {
        try SettingsStore.revision(ofFileAt: directory.file(for: .settings, id: file))
    }

    /// The `revision` of the configuration file at `path`; 0 when it has none or is missing.
    public static func revision(ofFileAt path: String) throws -> Int {
        guard let bytes = try DurableFile.read(path) else { return 0 }
        return try RecordCoding.decodeConfig(SettingsProbe.self, from: bytes, path: path).revision ?? 0
    }

    /// Saves `value` as `file` over revision `expected`; returns the new revision. Throws
    /// ``StorageError/conflict`` when the file is no longer at `expected`.
    @discardableResult
    public func save<T: Encodable>(_ value: T, as file: String, expected: Int, note: String, by actor: String, at time: Timestamp) throws -> Int {
        try save(value, as: file, expected: expected, action: "settings", note: note, by: actor, at: time)
    }

    private func save<T: Encodable>(_ value: T, as file: String, expected: Int, action: String, note: String, by actor: String,
                                    at time: Timestamp) throws -> Int {
        guard SettingsStore.files.contains(file) else { throw StorageError.notFound(kind: .settings, id: file) }
        let lock = try FileLock(path: directory.lockPath)
        defer { withExtendedLifetime(lock) {} }
        let transaction = Transaction(directory: directory)
        try transaction.recover()
        let path = directory.file(for: .settings, id: file)
        let previous = try DurableFile.read(path)
        let current = try previous.map { try RecordCoding.decodeConfig(SettingsProbe.self, from: $0, path: path) }
        let found = current?.revision ?? 0
        if found != expected {
            throw StorageError.conflict(path: path, id: file, expected: expected, found: found,
                                        by: current?.updated?.by ?? "", at: current?.updated?.at ?? time)
        }
        let stamp = Stamp(at: time, by: actor)
        let json = try JSONValue(encoding: value)
            .setting(["revision"], to: .number(Double(expected + 1)))
            .setting(["updated"], to: try JSONValue(encoding: stamp))
        var files = [Transaction.File(kind: .settings, id: file, bytes: try RecordCoding.encode(json))]
        var entries = [JournalEntry(at: time, by: actor, kind: .settings, id: file, action: action,
                                    fromRevision: expected, toRevision: expected + 1, note: note)]
        if let previous {
            let kept = SettingsStore.versionID(file, expected)
            files.append(Transaction.File(kind: .settingsVersion, id: kept, bytes: previous))
            entries.append(JournalEntry(at: time, by: actor, kind: .settingsVersion, id: kept, action: "keep",
                                        fromRevision: 0, toRevision: 1, note: file))
        }
        try DurableFile.makeFolder(directory.folder(for: .settingsVersion))
        try transaction.run(files, entries: entries, id: DurableFile.randomToken())
        return expected + 1
    }

    /// Every change the store made to the configuration, oldest first.
    public func history() throws -> [JournalEntry] {
        try Journal(path: directory.journalPath).read().entries.filter { $0.kind == .settings }
    }

    /// The changes still in effect, oldest first: every change but those undone (and the undos).
    public func liveChanges() throws -> [JournalEntry] {
        var live: [JournalEntry] = []
        for entry in try history() {
            if entry.action.hasPrefix(SettingsStore.undoPrefix) {
                let undone = String(entry.action.dropFirst(SettingsStore.undoPrefix.count))
                live.removeAll { $0.id == entry.id && "r\($0.toRevision)" == undone }
            } else {
                live.append(entry)
            }
        }
        return live
    }

    /// Puts back the version the last change still in effect replaced, as a change of its own
    /// (journaled as `undo:r<n>`, in the history). Returns the change undone; nil when there is none.
    @discardableResult
    public func undoLast(by actor: String, at time: Timestamp) throws -> JournalEntry? {
        guard let last = try liveChanges().last else { return nil }
        let kept = directory.file(for: .settingsVersion, id: SettingsStore.versionID(last.id, last.fromRevision))
        guard let bytes = try DurableFile.read(kept) else { throw StorageError.notFound(kind: .settingsVersion, id: last.id) }
        let restored = try JSONParser.parse(bytes)
        _ = try save(restored, as: last.id, expected: try revision(of: last.id), action: SettingsStore.undoPrefix + "r\(last.toRevision)",
                 note: "hoàn tác (undo) r\(last.toRevision): \(last.note)", by: actor, at: time)
        return last
    }

    /// The action of a journal line that undoes revision n of a file: `undo:r<n>`.
    static let undoPrefix = "undo:"

    /// Where the configuration files and the journal disagree: a file at another revision than
    /// the journal's last change of it (a lost save, or a file put back by hand).
    public func problems() throws -> [LocalizedText] {
        var logged: [String: Int] = [:]
        for entry in try history() { logged[entry.id] = max(logged[entry.id] ?? 0, entry.toRevision) }
        return try logged.sorted(by: { $0.key < $1.key }).compactMap { file, revision in
            let found = try self.revision(of: file)
            guard found != revision else { return nil }
            return LocalizedText(vi: "config/\(file).json: nhật ký ghi phiên bản \(revision) nhưng tệp ở phiên bản \(found)",
                                 en: "config/\(file).json: the journal says revision \(revision) but the file is at revision \(found)")
        }
    }

    /// `units.r3`: the version of `units` at revision 3.
    static func versionID(_ file: String, _ revision: Int) -> String { "\(file).r\(revision)" }
}

/// The bookkeeping keys of a configuration file, absent until the store first changes it.
private struct SettingsProbe: Decodable {
    var revision: Int?
    var updated: Stamp?
}

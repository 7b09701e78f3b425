import DVKCore

/// A record file another office's changes bring in (``RecordStore/applyIncoming(_:by:note:at:)``):
/// its new bytes, and the bytes the file must still have for the write to go ahead (nil: the
/// file must not exist yet).
public struct IncomingFile: Sendable {
    public var kind: RecordKind
    public var id: String
    public var bytes: [UInt8]
    public var expected: [UInt8]?

    public init(kind: RecordKind, id: String, bytes: [UInt8], expected: [UInt8]?) {
        self.kind = kind
        self.id = id
        self.bytes = bytes
        self.expected = expected
    }
}

extension RecordStore {
    /// Runs `body` holding the save lock, after completing or taking back an interrupted save:
    /// while it runs, nobody saves and every record file is whole (a sync reads them into git).
    public func withSaveLock<T>(_ body: () throws -> T) throws -> T {
        let lock = try FileLock(path: directory.lockPath)
        defer { withExtendedLifetime(lock) {} }
        // Only when something waits for it: reading the journal's last transaction back costs
        // seconds after a 100,000-row import (one transaction), and a sync takes the lock twice.
        let transaction = Transaction(directory: directory)
        if transaction.needsRecovery { try transaction.recover() }
        return try body()
    }

    /// Writes the files a sync merged in as one commit of the store (staged, journalled as
    /// `sync`, renamed into place: whole or not at all), under the save lock. A file that is
    /// already as it should be is skipped. Returns the ids of files a clerk saved since the sync
    /// read them (neither `expected` nor the new bytes): then nothing is written, and the sync
    /// commits those saves and merges again.
    public func applyIncoming(_ files: [IncomingFile], by actor: String, note: String, at time: Timestamp) throws -> [String] {
        try withSaveLock {
            var changed: [String] = []
            var writes: [Transaction.File] = []
            var entries: [JournalEntry] = []
            for file in files {
                guard isSafeID(file.id) else { throw StorageError.notFound(kind: file.kind, id: file.id) }
                let current = try DurableFile.read(directory.file(for: file.kind, id: file.id), limit: DurableFile.defaultReadLimit)
                if current == file.bytes { continue }
                guard current == file.expected else { changed.append(file.id); continue }
                writes.append(Transaction.File(kind: file.kind, id: file.id, bytes: file.bytes))
                entries.append(JournalEntry(at: time, by: actor, kind: file.kind, id: file.id, action: JournalEntry.syncAction,
                                            fromRevision: RecordStore.revision(in: current), toRevision: RecordStore.revision(in: file.bytes),
                                            note: note))
            }
            guard changed.isEmpty else { return changed }
            if !writes.isEmpty {
                try Transaction(directory: directory).run(writes, entries: entries, id: DurableFile.randomToken())
            }
            return []
        }
    }

    /// The revision a record file states (0 when absent or unreadable).
    static func revision(in bytes: [UInt8]?) -> Int {
        guard let bytes, let probe = try? RecordCoding.decodeConfig(RevisionOnly.self, from: bytes, path: "") else { return 0 }
        return probe.revision
    }
}

private struct RevisionOnly: Decodable {
    var revision: Int
}

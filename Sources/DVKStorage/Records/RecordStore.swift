import DVKCore
import Foundation

/// Every record of one kind that could be read, and a positioned problem for each file that
/// could not: one broken file never hides the others.
public struct LoadReport<T: StoredRecord>: Sendable {
    public var records: [T]
    public var problems: [StorageError]
    /// Ids of files that were migrated from an older schema on this load.
    public var migrated: [String]
}

/// One change to save: a record, the revision the caller started from (0 for a new record),
/// and what to write in the journal.
public struct RecordChange: Sendable {
    enum Payload: Sendable {
        case model(ModelRecord)
        case inspection(InspectionRound)
        case decision(AwardDecision)
    }

    let payload: Payload
    let expectedRevision: Int
    let action: String
    let note: String

    public static func model(_ record: ModelRecord, expectedRevision: Int, action: String, note: String = "") -> RecordChange {
        RecordChange(payload: .model(record), expectedRevision: expectedRevision, action: action, note: note)
    }

    public static func inspection(_ record: InspectionRound, expectedRevision: Int, action: String, note: String = "") -> RecordChange {
        RecordChange(payload: .inspection(record), expectedRevision: expectedRevision, action: action, note: note)
    }

    public static func decision(_ record: AwardDecision, expectedRevision: Int, action: String, note: String = "") -> RecordChange {
        RecordChange(payload: .decision(record), expectedRevision: expectedRevision, action: action, note: note)
    }

    var kind: RecordKind {
        switch payload {
        case .model: return .model
        case .inspection: return .inspection
        case .decision: return .decision
        }
    }

    var id: String {
        switch payload {
        case .model(let r): return r.id
        case .inspection(let r): return r.id
        case .decision(let r): return r.id
        }
    }

    /// The bytes to write: normalised, revision bumped, updated stamp set.
    func encoded(by actor: String, office: String? = nil, at time: Timestamp) throws -> [UInt8] {
        func prepare<T: StoredRecord>(_ record: T) throws -> [UInt8] {
            var r = record.normalizedForStorage()
            r.revision = expectedRevision + 1
            r.schemaVersion = T.currentSchemaVersion
            r.updated = Stamp(at: time, by: actor, office: office)
            return try RecordCoding.encode(r)
        }
        switch payload {
        case .model(let r): return try prepare(r)
        case .inspection(let r): return try prepare(r)
        case .decision(let r): return try prepare(r)
        }
    }
}

/// Reads and writes the record files of a data directory. Saves take the directory's lock,
/// check that nobody saved a newer revision meanwhile, write each file durably and append the
/// journal; a conflicting save writes nothing.
public struct RecordStore: Sendable {
    public let directory: DataDirectory

    public init(directory: DataDirectory) {
        self.directory = directory
    }

    public var journal: Journal { Journal(path: directory.journalPath) }

    /// Ids of the records of `kind` present on disk, in file-name order.
    public func ids(of kind: RecordKind) -> [String] {
        DurableFile.names(in: directory.folder(for: kind))
            .filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }
            .map { String($0.dropLast(5)) }
            .sorted()
    }

    /// One record; throws `notFound`, `malformed` (with line and column) or `newerSchema`.
    public func load<T: StoredRecord>(_ type: T.Type, id: String) throws -> T {
        let path = directory.file(for: T.kind, id: id)
        guard isSafeID(id), let bytes = try DurableFile.read(path) else { throw StorageError.notFound(kind: T.kind, id: id) }
        let record = try RecordCoding.decode(T.self, from: bytes, path: path)
        guard record.id == id else { throw StorageError.idMismatch(path: path, fileID: id, inside: record.id) }
        return record
    }

    /// Every record of a kind; unreadable files become problems, the rest still load.
    public func loadAll<T: StoredRecord>(_ type: T.Type) -> LoadReport<T> {
        load(type, ids: ids(of: T.kind))
    }

    /// The records of a kind with these ids, decoded over the cores; unreadable ones are problems.
    public func load<T: StoredRecord>(_ type: T.Type, ids: [String]) -> LoadReport<T> {
        let mapped = map(type, ids: ids) { $0 }
        return LoadReport(records: mapped.results, problems: mapped.problems, migrated: mapped.migrated)
    }

    /// Every record of a kind turned into `transform`'s result as soon as it is decoded, over the
    /// cores, in file-name order: the whole records are never all in memory at once (a check of
    /// 100,000 models keeps what it needs of each). Unreadable files are problems.
    public func mapAll<T: StoredRecord, R: Sendable>(_ type: T.Type, _ transform: @Sendable (T) -> R)
        -> (results: [R], problems: [StorageError], migrated: [String]) {
        map(type, ids: ids(of: T.kind), transform)
    }

    private func map<T: StoredRecord, R: Sendable>(_ type: T.Type, ids: [String], _ transform: @Sendable (T) -> R)
        -> (results: [R], problems: [StorageError], migrated: [String]) {
        var outcomes = [LoadOutcome<R>?](repeating: nil, count: ids.count)
        // Decoding dominates the load: spread the files over the cores.
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, ids.count / 64 + 1))
        outcomes.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                for index in stride(from: worker, to: ids.count, by: workers) {
                    slots[index] = loadOne(T.self, id: ids[index]).map(transform)
                }
            }
        }
        var results: [R] = []
        var problems: [StorageError] = []
        var migrated: [String] = []
        results.reserveCapacity(ids.count)
        for (index, outcome) in outcomes.enumerated() {
            switch outcome {
            case .loaded(let result, let wasMigrated)?:
                results.append(result)
                if wasMigrated { migrated.append(ids[index]) }
            case .failed(let problem)?: problems.append(problem)
            case .missing?, nil: break
            }
        }
        return (results, problems, migrated)
    }

    private enum LoadOutcome<T: Sendable>: Sendable {
        case loaded(T, migrated: Bool)
        case failed(StorageError)
        case missing

        func map<R: Sendable>(_ transform: (T) -> R) -> LoadOutcome<R> {
            switch self {
            case .loaded(let value, let migrated): return .loaded(transform(value), migrated: migrated)
            case .failed(let problem): return .failed(problem)
            case .missing: return .missing
            }
        }
    }

    private func loadOne<T: StoredRecord>(_ type: T.Type, id: String) -> LoadOutcome<T> {
        let path = directory.file(for: T.kind, id: id)
        do {
            guard let bytes = try DurableFile.read(path) else { return .missing }
            let (record, migrated) = try RecordCoding.decodeReportingMigration(T.self, from: bytes, path: path)
            guard record.id == id else { return .failed(.idMismatch(path: path, fileID: id, inside: record.id)) }
            return .loaded(record, migrated: migrated)
        } catch let error as StorageError {
            return .failed(error)
        } catch {
            return .failed(.io(path: path, operation: "read", code: EIO))
        }
    }

    /// Saves several records as one step: every revision is checked first under the lock, so a
    /// conflict on any of them writes none, and the files and their journal lines then land
    /// whole or not at all (``Transaction``). Returns the saved revisions by id.
    @discardableResult
    public func commit(_ changes: [RecordChange], by actor: String, at time: Timestamp) throws -> [String: Int] {
        let lock = try FileLock(path: directory.lockPath)
        defer { withExtendedLifetime(lock) {} }
        let transaction = Transaction(directory: directory)
        // Every interrupted commit leaves staged files (they are written before the journal
        // lines) or a torn journal; only then is the last transaction read back, which after a
        // 100,000-record import would cost seconds on every save.
        if transaction.needsRecovery { try transaction.recover() }
        for change in changes {
            try checkRevision(kind: change.kind, id: change.id, expected: change.expectedRevision)
        }
        let token = DurableFile.randomToken()
        var saved: [String: Int] = [:]
        var entries: [JournalEntry] = []
        var files: [Transaction.File] = []
        let office = OfficeCode.read(directory)
        for change in changes {
            files.append(Transaction.File(kind: change.kind, id: change.id, bytes: try change.encoded(by: actor, office: office, at: time)))
            saved[change.id] = change.expectedRevision + 1
            entries.append(JournalEntry(at: time, by: actor, kind: change.kind, id: change.id, action: change.action,
                                        fromRevision: change.expectedRevision, toRevision: change.expectedRevision + 1,
                                        note: change.note))
        }
        try transaction.run(files, entries: entries, id: token)
        return saved
    }

    /// The next free id `PREFIX-NNNN` (models: `2025-0001`; inspections `KT-2025-001`), chosen
    /// under the lock by `commit`'s caller: call it, then commit with expected revision 0 (a
    /// concurrent creator of the same id gets a conflict, never an overwrite). In a directory
    /// with an office code the office comes after the prefix (`2025-XA01-0001`), so two offices
    /// never choose the same id; ids made before the code stay as they are.
    public func nextID(kind: RecordKind, prefix: String, digits: Int) -> String {
        nextIDs(kind: kind, prefix: prefix, digits: digits, count: 1)[0]
    }

    /// `count` consecutive free ids after the highest one on disk, for records created together
    /// in one commit (``nextID(kind:prefix:digits:)`` alone would give each of them the same id).
    public func nextIDs(kind: RecordKind, prefix basePrefix: String, digits: Int, count: Int) -> [String] {
        let prefix = OfficeCode.read(directory).map { basePrefix + $0 + "-" } ?? basePrefix
        let numbers = ids(of: kind).compactMap { id -> Int? in
            guard id.hasPrefix(prefix) else { return nil }
            return Int(id.dropFirst(prefix.count))
        }
        let first = (numbers.max() ?? 0) + 1
        return (first..<(first + max(1, count))).map { number in
            let text = String(number)
            return prefix + String(repeating: "0", count: max(0, digits - text.count)) + text
        }
    }

    private func checkRevision(kind: RecordKind, id: String, expected: Int) throws {
        let path = directory.file(for: kind, id: id)
        guard isSafeID(id) else { throw StorageError.notFound(kind: kind, id: id) }
        guard let bytes = try DurableFile.read(path) else {
            if expected == 0 { return }
            throw StorageError.notFound(kind: kind, id: id)
        }
        if expected == 0 { throw StorageError.alreadyExists(path: path, id: id) }
        let probe = try RecordCoding.decodeConfig(RevisionProbe.self, from: bytes, path: path)
        if probe.revision != expected {
            throw StorageError.conflict(path: path, id: id, expected: expected, found: probe.revision, by: probe.updated.by, at: probe.updated.at)
        }
    }

    /// Ids become file names: no path separators, no hidden files.
    func isSafeID(_ id: String) -> Bool { RecordStore.isSafeID(id) }

    /// Whether an id typed by a user or read from a file may name a record: 1 to 64 ASCII
    /// letters, digits, `-`, `_` or `.`, not starting with `.` (``isSafeID(_:)`` and more).
    public static func isValidID(_ id: String) -> Bool {
        id.utf8.count <= 64 && isSafeID(id)
            && id.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0)) }
    }

    /// Ids become file names: no path separators, no hidden files.
    static func isSafeID(_ id: String) -> Bool {
        !id.isEmpty && !id.contains("/") && !id.hasPrefix(".") && !id.contains("\0")
    }

}

private struct RevisionProbe: Decodable {
    var revision: Int
    var updated: Stamp
}


import DVKCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The list index (`.index/models.idx`, ``IndexFile``): each model file's stamp, content hash
/// and summary. Derived, never the truth: delete it and it is rebuilt from the record files.
///
/// Two ways to read it:
/// - ``open()``, for a first screen: the index as written, brought up to date with the saves
///   the journal lists since (dvk's own changes), without looking at every file. The result
///   says ``Result/isChecked`` false: call ``revalidateAgainstEveryFile()`` once the screen is
///   painted, to find what changed outside dvk (a hand edit, a restored backup, a sync).
/// - ``revalidateAgainstEveryFile()``: every file of `models/` is stat'ed, each one whose stamp
///   differs — or that the index does not know — is decoded again, and the index is rewritten.
///   Every command that prints or checks records uses it; so must whatever changes record files
///   without the store (a merge of another office's files).
public struct ModelIndex: Sendable {
    public let store: RecordStore
    public let lists: ListCatalog

    public init(store: RecordStore, lists: ListCatalog) {
        self.store = store
        self.lists = lists
    }

    /// The largest index read (about 250 bytes a model: 100,000 models take 25 MB).
    static let readLimit = 256 << 20
    /// The most journal bytes ``open()`` reads to catch up with dvk's own saves; beyond it the
    /// index is checked against every file instead.
    static let journalCatchUpLimit = 8 << 20

    var path: String { store.directory.path + "/.index/models.idx" }
    /// The text index of earlier versions, removed when the new one is written.
    var legacyPath: String { store.directory.path + "/.index/models.tsv" }

    /// What a load found: the summaries in id order, the files that could not be read, how many
    /// were decoded (not taken from the index), and whether every file was looked at.
    public struct Result: Sendable {
        public var summaries: [ModelSummary]
        public var problems: [StorageError]
        public var decoded: Int
        /// False when the summaries come from the index and the journal only (``open()``).
        public var isChecked: Bool
        /// For each summary, in the same order: the hash of its file's bytes when they are
        /// exactly what dvk writes for the record (``printableHash(of:)``).
        let canonicalHashes: [UInt64?]

        init(rows: IndexRows, problems: [StorageError], decoded: Int, isChecked: Bool) {
            summaries = rows.summaries
            canonicalHashes = rows.files.map { $0.isCanonical ? $0.contentHash : nil }
            self.problems = problems
            self.decoded = decoded
            self.isChecked = isChecked
        }

        /// Which files' bytes may be printed as they are: by id, the hash those bytes must have.
        public func printableHashes() -> [String: UInt64] {
            var hashes: [String: UInt64] = [:]
            hashes.reserveCapacity(summaries.count)
            for (summary, hash) in zip(summaries, canonicalHashes) {
                if let hash { hashes[summary.id] = hash }
            }
            return hashes
        }
    }

    /// The summaries for a first screen: from the index, with the models the journal shows saved
    /// since it was written read again. Without a usable index (missing, damaged, another
    /// version, a journal that shrank or cannot be read) this is ``revalidateAgainstEveryFile()``.
    public func open() -> Result {
        guard var index = readIndex(), let journalSize = try? DurableFile.size(store.directory.journalPath) else {
            return revalidateAgainstEveryFile()
        }
        if journalSize == index.journalSize {
            return Result(rows: index.rows, problems: [], decoded: 0, isChecked: false)
        }
        guard journalSize > index.journalSize, journalSize - index.journalSize <= ModelIndex.journalCatchUpLimit,
              let tail = try? DurableFile.read(store.directory.journalPath, from: index.journalSize, limit: ModelIndex.journalCatchUpLimit)
        else { return revalidateAgainstEveryFile() }
        let journal = Journal.parse(bytes: tail, path: store.directory.journalPath)
        // A range that does not start at a line or holds a torn line: not the journal the index saw.
        guard journal.problems.isEmpty, tail.first != 0x0A else { return revalidateAgainstEveryFile() }
        let saved = Set(journal.entries.filter { $0.kind == .model && RecordStore.isSafeID($0.id) }.map(\.id))
        let folder = store.directory.folder(for: .model)
        let stamps = saved.map { id in (id: id, stamp: FileStamp(path: "\(folder)/\(id).json")) }
        let read = decode(stamps.compactMap { item in item.stamp.map { (item.id, $0) } })
        // In place: the index's rows are not shared, so 100,000 of them are not copied.
        index.rows.replace(saved, with: read.rows)
        return Result(rows: index.rows, problems: read.problems, decoded: saved.count, isChecked: false)
    }

    /// Checks the index against every file of `models/` (size, times, inode), decodes each file
    /// that changed or is new, drops the files that are gone, and writes the index again when
    /// anything differed. The one full re-validation: call it after anything but the store
    /// changed record files.
    public func revalidateAgainstEveryFile() -> Result {
        // Taken first: a save landing during the scan is then caught up with at the next open.
        let journalSize = (try? DurableFile.size(store.directory.journalPath)) ?? 0
        let known = readIndex()
        let folder = store.directory.folder(for: .model)
        let names = DurableFile.names(in: folder)
            .filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }
            .map { String($0.dropLast(5)) }
            .sorted()
        var fresh = IndexRows()
        var stale: [(id: String, stamp: FileStamp)] = []
        fresh.reserve(names.count)
        // One open folder and fstatat per file; the index and the names are both in id order
        // (String order: by UTF-8 bytes for the names of record files; ``IndexRows`` checks).
        let folderFD = Glibc.open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        defer { if folderFD >= 0 { close(folderFD) } }
        let rows = known?.rows ?? IndexRows()
        var position = 0
        for id in names {
            guard let stamp = folderFD >= 0 ? FileStamp(folder: folderFD, name: "\(id).json") : FileStamp(path: "\(folder)/\(id).json")
            else { continue }
            while position < rows.count && rows.summaries[position].id < id { position += 1 }
            if position < rows.count, rows.summaries[position].id == id, rows.files[position].stamp == stamp {
                fresh.append(rows.summaries[position], rows.files[position])
            } else {
                stale.append((id, stamp))
            }
        }
        let read = decode(stale)
        fresh.replace([], with: read.rows)
        let all = fresh
        if known == nil || !stale.isEmpty || all.count != rows.count || known?.journalSize != journalSize {
            writeIndex(IndexFile(journalSize: journalSize, rows: all))
        }
        return Result(rows: all, problems: read.problems, decoded: stale.count, isChecked: true)
    }

    /// The ids whose index entry would be believed (its file's stamp matches) but says something
    /// other than the record does — given, by id, the `hashValue` of each record's summary as
    /// decoded now —: a tampered or damaged index. `dvk check` reports them; removing the index
    /// (``discard()``) makes the next start rebuild it.
    public func disagreements(with summaryHashes: [String: Int]) -> [String] {
        let rows = readIndex()?.rows ?? IndexRows()
        let folder = store.directory.folder(for: .model)
        var ids: [String] = []
        for (summary, file) in zip(rows.summaries, rows.files) where FileStamp(path: "\(folder)/\(summary.id).json") == file.stamp {
            if summaryHashes[summary.id] != summary.hashValue { ids.append(summary.id) }
        }
        return ids.sorted()
    }

    /// Removes the index file; the next load rebuilds it from the records.
    public func discard() {
        unlink(path)
        unlink(legacyPath)
    }

    // MARK: - Decoding files

    /// The entries of the files `stale` (decoded over the cores), the problems of those that
    /// could not be read, and the ids of those.
    private func decode(_ stale: [(id: String, stamp: FileStamp)]) -> (rows: IndexRows, problems: [StorageError]) {
        var outcomes = [EntryOutcome?](repeating: nil, count: stale.count)
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, stale.count / 64 + 1))
        outcomes.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                for position in stride(from: worker, to: stale.count, by: workers) {
                    slots[position] = entry(id: stale[position].id, stamp: stale[position].stamp)
                }
            }
        }
        var rows = IndexRows()
        var problems: [StorageError] = []
        for outcome in outcomes {
            switch outcome {
            case .read(let summary, let file)?: rows.append(summary, file)
            case .failed(let problem)?: problems.append(problem)
            case .missing?, nil: break
            }
        }
        return (rows, problems)
    }

    private enum EntryOutcome: Sendable {
        case read(ModelSummary, IndexedFile)
        case failed(StorageError)
        case missing
    }

    /// One file read and decoded: its summary, hash, and whether its bytes are canonical.
    private func entry(id: String, stamp: FileStamp) -> EntryOutcome {
        let path = store.directory.file(for: .model, id: id)
        do {
            guard let bytes = try DurableFile.read(path) else { return .missing }
            let (record, migrated) = try RecordCoding.decodeReportingMigration(ModelRecord.self, from: bytes, path: path)
            guard record.id == id else { return .failed(.idMismatch(path: path, fileID: id, inside: record.id)) }
            let canonical = !migrated && (try? RecordCoding.encode(record)) == bytes
            return .read(ModelSummary(record, lists: lists), IndexedFile(stamp: stamp, contentHash: ContentHash.of(bytes), isCanonical: canonical))
        } catch let error as StorageError {
            return .failed(error)
        } catch {
            return .failed(.io(path: path, operation: "read", code: EIO))
        }
    }

    // MARK: - The file

    private func readIndex() -> IndexFile? {
        guard let bytes = try? DurableFile.read(path, limit: ModelIndex.readLimit) else { return nil }
        return IndexFile(decoding: bytes)
    }

    private func writeIndex(_ index: IndexFile) {
        // Best effort: a failed write only means the next start decodes more files. Staged in
        // the data directory's staging folder and renamed into place, so a kill leaves the old
        // index or the new one, and no temporary file beside it (the next open clears `.tmp/`).
        try? DurableFile.makeFolder(DurableFile.parentFolder(of: path))
        try? DurableFile.makeFolder(store.directory.stagingFolder)
        try? DurableFile.write(index.encoded(), to: path, stagingFolder: store.directory.stagingFolder)
        unlink(legacyPath)
    }
}

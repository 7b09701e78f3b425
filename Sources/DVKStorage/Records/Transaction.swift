import DVKCore
#if canImport(Glibc)
import Glibc
#endif

/// The commit protocol of a data directory (written down in `docs/data-format.md` §3.7): how a
/// save that changes several files lands whole or not at all, whatever instant it is killed at.
/// The journal lines are the commit record.
///
/// Under the directory lock:
/// 1. every new file is written to `.tmp/.<transaction>.<n>.tmp` (n: its line in the commit)
///    and fsynced, then `.tmp/` is fsynced;
/// 2. the commit's journal lines — each naming the transaction and how many lines it has — are
///    appended in one write and fsynced. Once the last of them is whole on disk, the commit is
///    decided;
/// 3. each staged file is renamed over its record, and the record folders are fsynced.
///
/// ``recover()`` (at the next save, and at the start of every command while nobody saves) looks
/// at the journal's last transaction: if its lines are all there, every staged file of it still
/// in `.tmp/` is renamed into place (one already renamed is gone); if the append was cut short,
/// the transaction never happened, and its lines, the torn one included, are cut off. Then
/// `.tmp/` is emptied. Each step may be repeated.
struct Transaction {
    let directory: DataDirectory

    var stagingFolder: String { directory.stagingFolder }

    /// One record file of a commit: the bytes to write and where.
    struct File {
        var kind: RecordKind
        var id: String
        var bytes: [UInt8]
    }

    /// Writes `files` as one commit with `entries` (one per file, in the same order) as its
    /// journal lines. The caller holds the lock and has run ``recover()`` if ``needsRecovery``. A thrown error before
    /// the journal append — a full disk included — means nothing changed; a failing append is
    /// cut back, so it too leaves nothing saved.
    func run(_ files: [File], entries: [JournalEntry], id: String) throws {
        try DurableFile.makeFolder(stagingFolder)
        var staged: [String] = []
        do {
            for index in files.indices {
                let target = directory.file(for: files[index].kind, id: files[index].id)
                do {
                    staged.append(try DurableFile.stage(files[index].bytes, in: stagingFolder, named: Transaction.stagedName(id, index)))
                } catch StorageError.io(_, let operation, let code) {
                    // Named after the record being saved: the staged name means nothing to the user.
                    throw StorageError.io(path: target, operation: operation, code: code)
                }
            }
            try DurableFile.syncFolder(stagingFolder)
        } catch {
            for path in staged { unlink(path) }
            throw error
        }
        let lines = try Journal.lines(entries.map { entry in
            var line = entry
            line.transaction = id
            line.transactionLines = files.count
            return line
        })
        let size = try DurableFile.size(directory.journalPath) ?? 0
        do {
            try DurableFile.append(lines, to: directory.journalPath)
        } catch {
            try? DurableFile.truncate(directory.journalPath, to: size)
            for path in staged { unlink(path) }
            throw error
        }
        // Decided: from here an interruption is completed by the next open.
        try install(zip(files, staged).map { (target: directory.file(for: $0.kind, id: $0.id), staged: $1) })
    }

    /// Completes the journal's last transaction if it was decided, takes it back if its append
    /// was cut short, and empties the staging folder. The caller holds the lock.
    func recover() throws {
        let tail = try JournalTail.read(directory.journalPath)
        if let last = tail.lastTransaction {
            if last.complete {
                try install(last.entries.enumerated().compactMap { index, entry in
                    let staged = stagingFolder + "/" + Transaction.stagedName(last.id, index)
                    // The journal is shared: a line naming a path outside its folder is never obeyed.
                    guard RecordStore.isSafeID(entry.id), RecordStore.isSafeID(last.id), DurableFile.exists(staged) else { return nil }
                    return (directory.file(for: entry.kind, id: entry.id), staged)
                })
                if tail.tornBytes > 0 { try DurableFile.truncate(directory.journalPath, to: tail.size - tail.tornBytes) }
            } else {
                try DurableFile.truncate(directory.journalPath, to: last.offset)
            }
        } else if tail.tornBytes > 0 {
            try DurableFile.truncate(directory.journalPath, to: tail.size - tail.tornBytes)
        }
        for name in DurableFile.names(in: stagingFolder) {
            FileTree.remove(stagingFolder + "/" + name)
        }
    }

    /// Whether a torn journal or leftover staged files wait for ``recover()``. (A decided
    /// commit that was not installed always leaves staged files.)
    var needsRecovery: Bool {
        !DurableFile.names(in: stagingFolder).isEmpty || ((try? JournalTail.endsTorn(directory.journalPath)) ?? false)
    }

    /// `.<transaction>.<n>.tmp`: the staged file of the n-th line of a transaction.
    static func stagedName(_ transaction: String, _ index: Int) -> String { ".\(transaction).\(index).tmp" }

    private func install(_ moves: [(target: String, staged: String)]) throws {
        var folders: [String] = []
        for move in moves {
            try DurableFile.install(move.staged, at: move.target)
            let folder = DurableFile.parentFolder(of: move.target)
            if !folders.contains(folder) { folders.append(folder) }
        }
        for folder in folders { try DurableFile.syncFolder(folder) }
    }
}

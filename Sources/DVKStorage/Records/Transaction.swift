import DVKCore
#if canImport(Glibc)
import Glibc
#endif

/// The commit protocol of a data directory (written down in `docs/data-format.md` §3.7): how a
/// save that changes several files lands whole or not at all, whatever instant it is killed at.
///
/// Under the directory lock:
/// 1. every new file is written to `.tmp/` under a fresh random name and fsynced;
/// 2. the *intent* — which staged file becomes which record, and the journal lines — is written
///    to `.tmp/`, fsynced, and renamed to `.intent.json` (the folders are fsynced). From this
///    instant the commit is decided;
/// 3. the journal lines are appended (fsync);
/// 4. each staged file is renamed over its record, and the record folders are fsynced;
/// 5. `.intent.json` is removed.
///
/// Killed before step 2, nothing changed and the next open deletes the staged files. Killed
/// after it, the next open (``recover()``) completes steps 3–5: the journal lines missing at the
/// end of the journal are appended (a torn tail of them is cut first), the staged files still
/// present are renamed into place (a file already renamed is gone from `.tmp/`), and the intent
/// is removed. Every step may be repeated.
struct Transaction {
    let directory: DataDirectory

    var stagingFolder: String { directory.stagingFolder }
    var intentPath: String { directory.intentPath }

    /// One record file of a commit: the bytes to write and where.
    struct File {
        var kind: RecordKind
        var id: String
        var bytes: [UInt8]
    }

    /// Writes `files` and appends `journal` as one commit. The caller holds the lock and has
    /// run ``recover()``. Throws before step 2 with nothing changed; a failing journal append
    /// is taken back, so a thrown error means nothing was saved.
    func run(_ files: [File], journal: [UInt8], id: String) throws {
        try DurableFile.makeFolder(stagingFolder)
        var staged: [String] = []
        let intent: CommitIntent
        do {
            for file in files {
                staged.append(try DurableFile.stage(file.bytes, in: stagingFolder, for: "\(file.id).json"))
            }
            intent = CommitIntent(transaction: id, journal: String(decoding: journal, as: UTF8.self),
                                  files: zip(files, staged).map { CommitIntent.Target(kind: $0.kind, id: $0.id, staged: DurableFile.baseName(of: $1)) })
            let intentFile = try DurableFile.stage(try RecordCoding.encode(intent), in: stagingFolder, for: "intent.json")
            staged.append(intentFile)
            try DurableFile.syncFolder(stagingFolder)
            try DurableFile.install(intentFile, at: intentPath)
            staged.removeLast()
            try DurableFile.syncFolder(directory.path)
        } catch {
            for path in staged { unlink(path) }
            throw error
        }
        // Decided. A journal that cannot take the lines (disk full) is cut back and the commit
        // abandoned: nothing was renamed yet, so nothing is saved, and the error says so.
        do {
            try appendJournal(Array(intent.journal.utf8))
        } catch {
            abandon(intent)
            throw error
        }
        try install(intent)
    }

    /// Completes a commit that was interrupted after its intent was written, then deletes the
    /// staged files of commits that never got that far. The caller holds the lock.
    func recover() throws {
        if DurableFile.exists(intentPath) {
            guard let bytes = try DurableFile.read(intentPath) else { return }
            let intent = try RecordCoding.decodeConfig(CommitIntent.self, from: bytes, path: intentPath)
            try intent.validate(path: intentPath)
            try completeJournal(Array(intent.journal.utf8))
            try install(intent)
        }
        for name in DurableFile.names(in: stagingFolder) {
            FileTree.remove(stagingFolder + "/" + name)
        }
    }

    /// Whether an interrupted commit or leftover staged files wait for ``recover()``.
    var needsRecovery: Bool {
        DurableFile.exists(intentPath) || !DurableFile.names(in: stagingFolder).isEmpty
    }

    // MARK: - Steps

    private func install(_ intent: CommitIntent) throws {
        var folders: [String] = []
        for target in intent.files {
            let staged = stagingFolder + "/" + target.staged
            if DurableFile.exists(staged) {
                try DurableFile.install(staged, at: directory.file(for: target.kind, id: target.id))
            }
            let folder = directory.folder(for: target.kind)
            if !folders.contains(folder) { folders.append(folder) }
        }
        for folder in folders { try DurableFile.syncFolder(folder) }
        guard unlink(intentPath) == 0 || errno == ENOENT else { throw StorageError.io(path: intentPath, operation: "unlink", code: errno) }
    }

    private func abandon(_ intent: CommitIntent) {
        for target in intent.files { unlink(stagingFolder + "/" + target.staged) }
        unlink(intentPath)
    }

    private func appendJournal(_ lines: [UInt8]) throws {
        let size = try currentJournalSize()
        do {
            try DurableFile.append(lines, to: directory.journalPath)
        } catch {
            try? DurableFile.truncate(directory.journalPath, to: size)
            throw error
        }
    }

    /// Appends the intent's journal lines unless the journal already ends with them; a torn
    /// beginning of them at the end (the append was cut) is removed first.
    private func completeJournal(_ lines: [UInt8]) throws {
        let path = directory.journalPath
        let size = try currentJournalSize()
        let tail = try DurableFile.readTail(path, count: lines.count + 1)
        if tail.count >= lines.count && Array(tail.suffix(lines.count)) == lines { return }
        for length in stride(from: min(lines.count - 1, tail.count), through: 1, by: -1) {
            let start = tail.count - length
            let startsLine = size == length || (start > 0 && tail[start - 1] == 0x0A)
            if startsLine && tail[start...].elementsEqual(lines[0..<length]) {
                try DurableFile.truncate(path, to: size - length)
                break
            }
        }
        try appendJournal(lines)
    }

    private func currentJournalSize() throws -> Int {
        try DurableFile.size(directory.journalPath) ?? 0
    }
}

/// `.intent.json`: a decided commit's staged files and journal lines (see ``Transaction``).
struct CommitIntent: Codable {
    struct Target: Codable {
        var kind: RecordKind
        var id: String
        /// The staged file's name in `.tmp/`.
        var staged: String
    }

    var format = "dvk-commit-intent"
    var schemaVersion = 1
    var transaction: String
    /// The journal lines to append, exactly as written.
    var journal: String
    var files: [Target]

    /// Refuses an intent naming a file outside the staging folder or a record id that is not a
    /// plain file name: `.intent.json` is read from a shared folder.
    func validate(path: String) throws {
        for target in files {
            let plain = { (name: String) in !name.isEmpty && !name.contains("/") && name != "." && name != ".." && !name.contains("\0") }
            guard plain(target.staged), target.staged.hasSuffix(".tmp"), plain(target.id), !target.id.hasPrefix(".") else {
                throw StorageError.malformed(LoadProblem(path: path, line: 1, column: 1, message: LocalizedText(
                    vi: "tệp ý định ghi chỉ tới «\(target.staged)» / «\(target.id)», không phải tên tệp hợp lệ",
                    en: "the commit intent names «\(target.staged)» / «\(target.id)», which are not valid file names")))
            }
        }
    }
}

import DVKCore
import DVKStorage
#if canImport(Glibc)
import Glibc
#endif

/// `dvk sync`: the commit, merge and exchange protocol of `docs/data-format.md` §12.3.
///
/// Under the sync lock (`.git/dvk-sync.lock`, one sync at a time):
/// 1. recover: stale git lock files of a killed git are removed; a merge that was decided
///    (`refs/dvk/pending` set) but not installed is installed;
/// 2. commit: under the store's save lock, the office's journal is copied to
///    `journals/<OFFICE>.jsonl`, every change is staged and committed in one commit whose
///    message sums up the new journal lines;
/// 3. fetch (the remote, or a verified bundle) into a ref;
/// 4. merge off the working tree (`git merge-tree --write-tree`, record files through
///    `dvk merge-record`) and `commit-tree` the result; `refs/dvk/pending` names it: decided;
/// 5. install: the changed files are written through the store (staged, journalled, renamed,
///    under the save lock; a file a clerk saved meanwhile sends the sync back to step 2), the
///    index is set to the merge, `HEAD` moves, `refs/dvk/pending` goes;
/// 6. push (a rejected push fetches and merges again) or write the bundle.
/// Killed anywhere, the working tree holds whole files of either side and the next sync redoes
/// the step it was in.
public struct SyncEngine: Sendable {
    public let store: RecordStore
    public let repository: GitRepository
    public let office: String
    public let actor: String
    public let language: Language

    public init(directory: DataDirectory, actor: String, office: String, language: Language) {
        store = RecordStore(directory: directory)
        repository = GitRepository(git: GitCommand(workTree: directory.path, environment: SyncIdentity(actor: actor, office: office).environment))
        self.office = office
        self.actor = actor
        self.language = language
    }

    /// The engine of a data directory set up for sync; throws ``SyncError/notSetUp`` otherwise.
    public static func open(_ directory: DataDirectory, actor: String, language: Language) throws -> SyncEngine {
        guard let office = OfficeCode.read(directory), DurableFile.exists(directory.path + "/.git") else {
            throw SyncError.notSetUp(path: directory.path)
        }
        return SyncEngine(directory: directory, actor: actor, office: office, language: language)
    }

    var git: GitCommand { repository.git }

    /// Where a sync exchanges history.
    public enum Peer: Sendable {
        case remote
        case toFile(String)
        case fromFile(String)
    }

    static let pendingRef = "refs/dvk/pending"
    static let incomingRef = "refs/dvk/incoming"
    static let sentRef = "refs/dvk/sent"
    static let remoteRef = "refs/remotes/origin/main"
    /// How often a sync merges again when clerks keep saving or other offices keep pushing.
    static let attempts = 5

    /// Runs one sync with `peer`; `progress` hears each step.
    public func sync(_ peer: Peer, at time: Timestamp, progress: (SyncStep) -> Void = { _ in }) throws -> SyncReport {
        guard let lock = FileLock(tryingPath: repository.gitFolder + "/dvk-sync.lock") else { throw SyncError.busy }
        defer { withExtendedLifetime(lock) {} }
        progress(.recovering)
        try recover(at: time)
        var report = SyncReport()
        if case .remote = peer, !(try git.run(["remote", "get-url", "origin"]).succeeded) { throw SyncError.noRemote }
        // What the peer already has: the last bundle sent, or the remote's branch as fetched.
        var peerHas = try repository.commit(sentMarker(peer))
        for attempt in 1...SyncEngine.attempts {
            progress(.committing)
            if let title = try commitLocal(at: time), report.committed == nil { report.committed = title }
            let fetched = try fetch(peer, progress: progress)
            if case .remote = peer { peerHas = fetched }
            if let theirs = fetched {
                progress(.merging)
                let before = try repository.commit("HEAD")
                guard try merge(theirs, at: time, progress: progress) else { continue }
                if let after = try repository.commit("HEAD"), after != before {
                    try describe(from: before, to: after, into: &report.incoming, count: &report.incomingCount, conflicts: &report.conflicted)
                }
            }
            if case .remote = peer {
                progress(.sending)
                if try push() { report.sent = true; break }
                if attempt == SyncEngine.attempts { throw SyncError.gitFailed(command: "push", message: "rejected") }
                continue
            }
            break
        }
        if case .toFile(let path) = peer {
            progress(.sending)
            try writeBundle(path)
            report.sent = true
        }
        if report.sent, let head = try repository.commit("HEAD") {
            var ignored: [String] = []
            try describe(from: peerHas, to: head, into: &report.outgoing, count: &report.outgoingCount, conflicts: &ignored)
            if case .toFile = peer { try repository.setRef(SyncEngine.sentRef, to: head) }
        }
        try DurableFile.write(Array(String(time.seconds).utf8), to: repository.gitFolder + "/dvk-last-sync")
        // Packs loose objects once a few days' worth have gathered, and the packs into one now
        // and then (the record folders' trees are large and nearly alike: packed, they are
        // deltas), in the foreground. Killed, git leaves the old objects in place.
        _ = try git.run(["-c", "gc.auto=200", "-c", "gc.autoPackLimit=20", "-c", "gc.autoDetach=false", "gc", "--auto", "--quiet"])
        progress(.finished)
        return report
    }

    /// When the last sync of `directory` finished, or nil before the first.
    public static func lastSync(_ directory: DataDirectory) -> Timestamp? {
        guard let bytes = try? DurableFile.read(directory.path + "/.git/dvk-last-sync", limit: 64),
              let seconds = Int64(String(decoding: bytes, as: UTF8.self).trimmingSpaces) else { return nil }
        return Timestamp(seconds: seconds)
    }

    /// The ref telling what the peer already has: the remote's branch, or the last bundle sent.
    func sentMarker(_ peer: Peer) -> String {
        if case .remote = peer { return SyncEngine.remoteRef }
        return SyncEngine.sentRef
    }

    // MARK: - 1. Recover

    /// Removes what a killed git left and installs a decided merge (step 1 of §12.3).
    func recover(at time: Timestamp) throws {
        for path in ["index.lock", "HEAD.lock", "config.lock", "packed-refs.lock", "refs/heads/main.lock",
                     "refs/remotes/origin/main.lock", "refs/dvk/pending.lock", "refs/dvk/incoming.lock", "refs/dvk/sent.lock"] {
            let full = repository.gitFolder + "/" + path
            if DurableFile.exists(full) { unlink(full) }
        }
        guard let pending = try repository.commit(SyncEngine.pendingRef) else { return }
        let head = try repository.commit("HEAD")
        if head == pending {
            try git.check(["read-tree", pending])
            try repository.deleteRef(SyncEngine.pendingRef)
        } else if try head.map({ try repository.isAncestor($0, of: pending) }) ?? true {
            // A merge or a fast-forward whose files may be partly installed: install again
            // (files already written are skipped).
            _ = try install(pending, over: head, at: time, progress: { _ in })
        } else {
            try repository.deleteRef(SyncEngine.pendingRef)
        }
    }

    // MARK: - 2. Commit

    /// Commits this office's changes since the last sync, under the save lock; returns the
    /// commit's title, or nil when there was nothing to commit.
    public func commitLocal(at time: Timestamp) throws -> String? {
        try store.withSaveLock {
            let journal = SyncEngine.shared(journal: try DurableFile.read(store.directory.journalPath, limit: Journal.readLimit) ?? [])
            let sharedPath = store.directory.path + "/\(SyncSetup.journalsFolder)/\(office).jsonl"
            // The copy written at the last sync: the lines after it are the news of this one.
            let committed = try DurableFile.read(sharedPath, limit: Journal.readLimit) ?? []
            if journal != committed {
                try DurableFile.makeFolder(store.directory.path + "/" + SyncSetup.journalsFolder)
                try DurableFile.write(journal, to: sharedPath)
            }
            try git.check(["add", "--all", "--", "."])
            guard try git.run(["diff", "--cached", "--quiet"]).status == 1 || (try repository.commit("HEAD")) == nil else { return nil }
            let fresh = journal.starts(with: committed) ? Array(journal[committed.count...]) : journal
            let message = JournalSummary(journal: fresh).message(office: office, language: language)
            try git.check(["commit", "--quiet", "--no-verify", "--allow-empty", "-F", "-"], input: Array(message.utf8))
            return String(message.split(separator: "\n").first ?? "")
        }
    }

    /// The journal as the office shares it: without the lines of files a sync brought in
    /// (their office's own journal has them), so a sync that only received commits nothing.
    /// Journal lines are written with sorted keys, so a sync line starts with this.
    static func shared(journal: [UInt8]) -> [UInt8] {
        let marker = Array("{\"action\":\"sync\"".utf8)
        var result: [UInt8] = []
        result.reserveCapacity(journal.count)
        // One pass over the bytes (a province's journal is tens of megabytes).
        journal.withUnsafeBufferPointer { bytes in
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count && bytes[end] != 0x0A { end += 1 }
                let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
                if !line.isEmpty && !line.starts(with: marker) {
                    result.append(contentsOf: line)
                    result.append(0x0A)
                }
                start = end + 1
            }
        }
        return result
    }

    // MARK: - 3. Fetch

    /// Fetches the peer's history and returns the commit to merge (nil: nothing to merge).
    func fetch(_ peer: Peer, progress: (SyncStep) -> Void) throws -> String? {
        switch peer {
        case .toFile:
            return nil
        case .remote:
            progress(.fetching)
            try git.check(["fetch", "--quiet", "--no-tags", "origin", "+refs/heads/*:refs/remotes/origin/*"])
            return try repository.commit(SyncEngine.remoteRef)
        case .fromFile(let path):
            progress(.fetching)
            return try BundleFile(path: path, repository: repository).fetch(into: SyncEngine.incomingRef)
        }
    }

    // MARK: - 4 and 5. Merge and install

    /// Merges `theirs` into HEAD and installs the result; false when a clerk saved a file the
    /// merge would write (then the sync commits and merges again).
    func merge(_ theirs: String, at time: Timestamp, progress: (SyncStep) -> Void) throws -> Bool {
        let head = try repository.commit("HEAD")
        if let head, try repository.isAncestor(theirs, of: head) { return true }
        let target: String
        if let head, !(try repository.isAncestor(head, of: theirs)) {
            let output = try git.run(["merge-tree", "--write-tree", "--name-only", "--no-messages", "--allow-unrelated-histories", head, theirs])
            let lines = output.text.split(separator: "\n").map(String.init)
            guard output.status == 0, let tree = lines.first else {
                if output.status == 1 { throw SyncError.mergeStopped(paths: Array(lines.dropFirst())) }
                throw SyncError.gitFailed(command: "merge-tree", message: output.errorText)
            }
            let message = SyncText.mergeTitle(office: office, language: language) + "\n"
            target = try git.line(["commit-tree", tree, "-p", head, "-p", theirs, "-F", "-"], input: Array(message.utf8))
        } else {
            target = theirs
        }
        try repository.setRef(SyncEngine.pendingRef, to: target)
        return try install(target, over: head, at: time, progress: progress)
    }

    /// Writes the files `target` changes from `head` through the store, then moves the index
    /// and HEAD to it. False (nothing moved, the pending merge dropped) when a clerk saved one
    /// of those files since the last commit.
    func install(_ target: String, over head: String?, at time: Timestamp, progress: (SyncStep) -> Void) throws -> Bool {
        let changes = try repository.changes(from: head, to: target).filter { $0.status != "D" }
        progress(.writing(done: 0, total: changes.count))
        let new = try repository.objects(changes.map(\.newBlob))
        let old = try repository.objects(changes.map(\.oldBlob))
        var files: [IncomingFile] = []
        for change in changes {
            let path = change.path
            guard let bytes = new[change.newBlob] else { continue }
            if let (kind, id) = SyncEngine.record(at: path) {
                files.append(IncomingFile(kind: kind, id: id, bytes: bytes, expected: old[change.oldBlob]))
            } else if path.hasPrefix(SyncSetup.journalsFolder + "/"), path != "\(SyncSetup.journalsFolder)/\(office).jsonl",
                      !path.dropFirst(SyncSetup.journalsFolder.count + 1).contains("/") {
                try DurableFile.makeFolder(store.directory.path + "/" + SyncSetup.journalsFolder)
                try DurableFile.write(bytes, to: store.directory.path + "/" + path)
            }
        }
        let saved = try store.applyIncoming(files, by: actor, note: SyncText.incomingNote(language: language), at: time)
        guard saved.isEmpty else {
            try repository.deleteRef(SyncEngine.pendingRef)
            return false
        }
        ConflictMarks(store: store).refresh(files.map(\.id))
        progress(.writing(done: changes.count, total: changes.count))
        try git.check(["read-tree", target])
        try repository.setRef("HEAD", to: target)
        try repository.deleteRef(SyncEngine.pendingRef)
        return true
    }

    /// The record a repository path names (`models/2026-0001.json`), or nil.
    static func record(at path: String) -> (RecordKind, String)? {
        let parts = path.split(separator: "/")
        guard parts.count == 2, parts[1].hasSuffix(".json"),
              let kind = RecordKind.records.first(where: { $0.folder == parts[0] }) else { return nil }
        let id = String(parts[1].dropLast(5))
        return RecordStore.isValidID(id) ? (kind, id) : nil
    }

    // MARK: - 6. Send

    /// Pushes HEAD to the remote's `main`; false when the remote moved on (fetch and merge again).
    func push() throws -> Bool {
        let output = try git.run(["push", "--quiet", "--porcelain", "origin", "HEAD:refs/heads/main"])
        if output.succeeded {
            if let head = try repository.commit("HEAD") { try repository.setRef(SyncEngine.remoteRef, to: head) }
            return true
        }
        if output.text.contains("[rejected]") || output.errorText.contains("non-fast-forward") || output.errorText.contains("fetch first") {
            return false
        }
        throw SyncError.gitFailed(command: "push", message: output.errorText)
    }

    func writeBundle(_ path: String) throws {
        try BundleFile(path: path, repository: repository).write()
    }

    // MARK: - The report

    /// Describes the records that differ between two commits (from nil: everything): all of
    /// them counted, the first ``SyncReport/noteLimit`` read and described. `conflicts` gets the
    /// changed records that hold conflicts now (from ``ConflictMarks``, kept by the install).
    func describe(from: String?, to: String, into notes: inout [SyncReport.Note], count: inout Int, conflicts: inout [String]) throws {
        let changes = try repository.changes(from: from, to: to).filter { SyncEngine.record(at: $0.path) != nil && $0.status != "D" }
        count += changes.count
        let marked = ConflictMarks(store: store).ids()
        conflicts += changes.compactMap { SyncEngine.record(at: $0.path)?.1 }.filter { marked.contains($0) }
        let shown = Array(changes.prefix(SyncReport.noteLimit))
        let blobs = try repository.objects(shown.map(\.newBlob))
        for change in shown {
            guard let bytes = blobs[change.newBlob], let (kind, id) = SyncEngine.record(at: change.path),
                  let json = try? JSONParser.parse(bytes) else { continue }
            let title = [json["name"], json["number"], json["body"]].lazy.map { RecordMerge.text($0) }.first { !$0.isEmpty } ?? ""
            notes.append(SyncReport.Note(kind: kind.rawValue, id: id, title: title, state: RecordMerge.text(json["state"]),
                                         by: RecordMerge.text(json["updated"]?["by"]), office: RecordMerge.text(json["updated"]?["office"]),
                                         isNew: change.status == "A", hasConflicts: !RecordMerge.conflictList(json).isEmpty))
        }
    }
}

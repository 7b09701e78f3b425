import DVKCore
@testable import DVKStorage
import DVKTestSupport
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The store against what a shared server and an attacker in the group can do: modes, links,
/// FIFOs, huge files, stray copies, interrupted commits, torn journal lines, a tampered index.
@Suite struct StoreSafetyTests {
    let directory: DataDirectory
    let store: RecordStore
    let time = TestSupport.time

    init() throws {
        directory = try TestSupport.initialisedDirectory()
        store = RecordStore(directory: directory)
    }

    func create(_ id: String) throws {
        try store.commit([.model(TestSupport.completeModel(id: id), expectedRevision: 0, action: "create")], by: "a", at: time)
    }

    func mode(_ path: String) -> mode_t {
        var info = stat()
        _ = lstat(path, &info)
        return info.st_mode & 0o7777
    }

    func bytes(_ path: String) -> [UInt8] { (try? DurableFile.read(path)) .flatMap { $0 } ?? [] }

    // MARK: - Modes

    @Test func everyFileIsGroupReadableAndWritableAndEveryFolderSetgidWhateverTheUmask() throws {
        let previous = umask(0o077)
        defer { umask(previous) }
        let tight = DataDirectory(path: try TestSupport.scratchFolder() + "/data")
        try tight.create(from: TestSupport.defaults, admin: .init(login: "root", name: "root", roles: ["admin"]),
                         allowEnvironmentUser: false, at: time)
        let tightStore = RecordStore(directory: tight)
        try tightStore.commit([.model(TestSupport.completeModel(), expectedRevision: 0, action: "create")], by: "a", at: time)
        _ = try FileLock(path: tight.lockPath)
        #expect(mode(tight.path) == 0o2770)
        for folder in [tight.configFolder, tight.folder(for: .model), tight.stagingFolder] { #expect(mode(folder) == 0o2770, "\(folder)") }
        for file in [tight.journalPath, tight.lockPath, tight.markerPath, tight.configFile("users.json"), tight.file(for: .model, id: "2025-0001")] {
            #expect(mode(file) == 0o660, "\(file): \(String(mode(file), radix: 8))")
        }
    }

    @Test func initWithAGroupGivesEveryFileToIt() throws {
        #expect(throws: StorageError.groupNotFound("khong-co-nhom-nay")) {
            try DataDirectory(path: try TestSupport.scratchFolder() + "/g").create(
                from: TestSupport.defaults, admin: .init(login: "root", name: "root", roles: ["admin"]), allowEnvironmentUser: false,
                group: "khong-co-nhom-nay", at: time)
        }
        // A group this process may give files to: any group for root, its own group otherwise.
        let gid = geteuid() == 0 ? (FileModes.groupID(named: "users") ?? getegid()) : getegid()
        guard let name = getgrgid(gid).map({ String(cString: $0.pointee.gr_name) }) else {
            Issue.record("the process's group has no name in the group database")
            return
        }
        let shared = DataDirectory(path: try TestSupport.scratchFolder() + "/g")
        try shared.create(from: TestSupport.defaults, admin: .init(login: "root", name: "root", roles: ["admin"]),
                          allowEnvironmentUser: false, group: name, at: time)
        try FileTree.walk(shared.path) { path, _ in
            var info = stat()
            _ = lstat(path, &info)
            #expect(info.st_gid == gid, "\(path)")
        }
    }

    // MARK: - Links, FIFOs, devices, size

    @Test func aLinkWhereTheJournalShouldBeIsRefusedAndItsTargetUntouched() throws {
        let target = try TestSupport.scratchFolder() + "/victim.txt"
        try DurableFile.write(Array("nội dung gốc\n".utf8), to: target)
        unlink(directory.journalPath)
        symlink(target, directory.journalPath)
        #expect(throws: StorageError.notRegularFile(path: directory.journalPath)) { try create("2025-0001") }
        #expect(bytes(target) == Array("nội dung gốc\n".utf8))
        #expect(!DurableFile.exists(directory.file(for: .model, id: "2025-0001")), "nothing is saved without its journal line")
    }

    @Test func aLinkWhereARecordShouldBeIsReportedAndNeverWrittenThrough() throws {
        let target = try TestSupport.scratchFolder() + "/victim.json"
        try DurableFile.write(Array("{}\n".utf8), to: target)
        symlink(target, directory.file(for: .model, id: "2025-0001"))
        symlink("/dev/zero", directory.file(for: .model, id: "2025-0002"))
        let report = store.loadAll(ModelRecord.self)
        #expect(report.records.isEmpty)
        #expect(report.problems.count == 2)
        #expect(throws: StorageError.self) { try create("2025-0001") }
        #expect(bytes(target) == Array("{}\n".utf8))
    }

    @Test func aFIFONamedLikeARecordTheJournalOrTheIndexBlocksNothing() throws {
        try create("2025-0001")
        mkfifo(directory.file(for: .model, id: "2025-0002"), 0o660)
        try DurableFile.makeFolder(directory.path + "/.index")
        unlink(directory.path + "/.index/models.idx")
        mkfifo(directory.path + "/.index/models.idx", 0o660)
        let report = store.loadAll(ModelRecord.self)
        #expect(report.records.map(\.id) == ["2025-0001"])
        #expect(report.problems == [.notRegularFile(path: directory.file(for: .model, id: "2025-0002"))])
        let index = ModelIndex(store: store, lists: try directory.loadConfiguration().lists).revalidateAgainstEveryFile()
        #expect(index.summaries.map(\.id) == ["2025-0001"])
        unlink(directory.journalPath)
        mkfifo(directory.journalPath, 0o660)
        #expect(throws: StorageError.notRegularFile(path: directory.journalPath)) { try store.journal.read() }
        #expect(throws: StorageError.notRegularFile(path: directory.journalPath)) { try create("2025-0003") }
    }

    @Test func aFileOverTheLimitIsRefusedNotRead() throws {
        let path = directory.file(for: .model, id: "2025-0009")
        try DurableFile.write([UInt8](repeating: 0x20, count: 2_000), to: path)
        #expect(throws: StorageError.tooLarge(path: path, limit: 1_000)) { try DurableFile.read(path, limit: 1_000) }
    }

    // MARK: - Stray copies

    @Test func aStrayCopyUnderAnotherNameIsNeverSavedOverTheRecordItNames() throws {
        try create("2025-0002")
        let original = bytes(directory.file(for: .model, id: "2025-0002"))
        try DurableFile.write(original, to: directory.file(for: .model, id: "2025-0999"))
        #expect(throws: StorageError.idMismatch(path: directory.file(for: .model, id: "2025-0999"), fileID: "2025-0999", inside: "2025-0002")) {
            try store.load(ModelRecord.self, id: "2025-0999")
        }
        #expect(bytes(directory.file(for: .model, id: "2025-0002")) == original)
    }

    // MARK: - The commit protocol

    /// The state a kill leaves in the middle of a commit of two records (an edit and a new
    /// record): both files staged, `linesWritten` bytes of the journal lines appended, the first
    /// `installed` files renamed into place.
    func interruptedCommit(linesWritten: (Int) -> Int, installed: Int) throws -> (one: ModelRecord, two: ModelRecord) {
        try create("2025-0001")
        var one = try store.load(ModelRecord.self, id: "2025-0001")
        one.name = "Đổi tên"
        var two = TestSupport.completeModel(id: "2025-0002")
        two.inspectionIds = ["KT-2025-001"]
        let entries = [
            JournalEntry(at: time, by: "a", kind: .model, id: "2025-0001", action: "edit", fromRevision: 1, toRevision: 2,
                         transaction: "t1", transactionLines: 2),
            JournalEntry(at: time, by: "a", kind: .model, id: "2025-0002", action: "create", fromRevision: 0, toRevision: 1,
                         transaction: "t1", transactionLines: 2),
        ]
        let lines = try Journal.lines(entries)
        let files = [
            try RecordChange.model(one, expectedRevision: 1, action: "edit").encoded(by: "a", at: time),
            try RecordChange.model(two, expectedRevision: 0, action: "create").encoded(by: "a", at: time),
        ]
        let staged = try files.indices.map { try DurableFile.stage(files[$0], in: directory.stagingFolder, named: Transaction.stagedName("t1", $0)) }
        try DurableFile.append(Array(lines[0..<linesWritten(lines.count)]), to: directory.journalPath)
        for index in 0..<installed {
            try DurableFile.install(staged[index], at: directory.file(for: .model, id: ["2025-0001", "2025-0002"][index]))
        }
        // A leftover of another commit killed while staging: deleted by the next open.
        _ = try DurableFile.stage([1, 2, 3], in: directory.stagingFolder, for: "2025-0003.json")
        return (one, two)
    }

    @Test func aDecidedCommitKilledHalfInstalledIsCompletedByTheNextOpen() throws {
        _ = try interruptedCommit(linesWritten: { $0 }, installed: 1)
        _ = try directory.loadConfiguration()
        #expect(DurableFile.names(in: directory.stagingFolder).isEmpty)
        #expect(try store.load(ModelRecord.self, id: "2025-0001").name == "Đổi tên")
        #expect(try store.load(ModelRecord.self, id: "2025-0002").inspectionIds == ["KT-2025-001"])
        let journal = try store.journal.read()
        #expect(journal.problems.isEmpty)
        #expect(journal.entries.map(\.toRevision) == [1, 2, 1])
        let records = [JournalAudit.Record(kind: .model, id: "2025-0001", revision: 2), .init(kind: .model, id: "2025-0002", revision: 1)]
        #expect(JournalAudit(entries: journal.entries, records: records).problems().isEmpty)
    }

    @Test func aCommitWhoseJournalAppendWasCutShortNeverHappened() throws {
        for cut in [{ (count: Int) in count - 1 }, { (count: Int) in count / 2 + 10 }, { (_: Int) in 5 }] {
            let fresh = try StoreSafetyTests()
            let journalBefore = fresh.bytes(fresh.directory.journalPath)
            _ = try fresh.interruptedCommit(linesWritten: cut, installed: 0)
            let oneBefore = fresh.bytes(fresh.directory.file(for: .model, id: "2025-0001"))
            _ = try fresh.directory.loadConfiguration()
            #expect(fresh.bytes(fresh.directory.file(for: .model, id: "2025-0001")) == oneBefore)
            #expect(!DurableFile.exists(fresh.directory.file(for: .model, id: "2025-0002")))
            #expect(DurableFile.names(in: fresh.directory.stagingFolder).isEmpty)
            let journal = try fresh.store.journal.read()
            #expect(journal.problems.isEmpty, "the torn lines were cut, not left to merge")
            #expect(journal.entries.count == 1)
            #expect(journalBefore.isEmpty)
        }
    }

    @Test func aCommitKilledWhileStagingLeavesNothingChanged() throws {
        try create("2025-0001")
        let before = bytes(directory.file(for: .model, id: "2025-0001"))
        let journalBefore = bytes(directory.journalPath)
        _ = try DurableFile.stage(Array("{\"revision\": 2}".utf8), in: directory.stagingFolder, named: Transaction.stagedName("t9", 0))
        _ = try directory.loadConfiguration()
        #expect(bytes(directory.file(for: .model, id: "2025-0001")) == before)
        #expect(bytes(directory.journalPath) == journalBefore)
        #expect(DurableFile.names(in: directory.stagingFolder).isEmpty)
    }

    // MARK: - The journal

    @Test func aTornLastLineIsReportedAndNeverMergesWithTheNextSave() throws {
        try create("2025-0001")
        try DurableFile.append(Array("{\"action\":\"edit\",\"at\":\"2025-".utf8), to: directory.journalPath)
        let torn = try store.journal.read()
        #expect(torn.problems.map(\.line) == [2])
        #expect(torn.problems.first?.message.en.contains("cut short") == true)
        try create("2025-0002")
        let journal = try store.journal.read()
        #expect(journal.entries.map(\.id) == ["2025-0001", "2025-0002"])
        #expect(journal.problems.isEmpty, "the next save's recovery cut the torn line off")
    }

    @Test func theJournalAppendNeverMergesALineWithATornOne() throws {
        let path = directory.path + "/other.jsonl"
        try DurableFile.append(Array("{\"a\":".utf8), to: path)
        try DurableFile.append(Array("{}\n".utf8), to: path)
        #expect(bytes(path) == Array("{\"a\":\n{}\n".utf8))
    }

    @Test func aSaveWithoutItsJournalLineAndALineWithoutItsSaveAreBothFound() throws {
        try create("2025-0001")
        var record = try store.load(ModelRecord.self, id: "2025-0001")
        record.revision = 3
        try DurableFile.write(try RecordCoding.encode(record), to: directory.file(for: .model, id: "2025-0001"))
        let entries = try store.journal.read().entries + [
            JournalEntry(at: time, by: "a", kind: .model, id: "2025-0002", action: "create", fromRevision: 0, toRevision: 1),
        ]
        let problems = JournalAudit(entries: entries, records: [.init(kind: .model, id: "2025-0001", revision: 3)]).problems()
        #expect(problems.map(\.en) == [
            "2025-0001: the journal (journal.jsonl) has no line for revision 2–3 of the record",
            "2025-0002: the journal has lines for this record but there is no file models/2025-0002.json",
        ])
        let unreadable = JournalAudit(entries: entries, records: [.init(kind: .model, id: "2025-0001", revision: 3)],
                                      unreadablePaths: ["/srv/dvk/models/2025-0002.json"]).problems()
        #expect(unreadable.map(\.en) == ["2025-0001: the journal (journal.jsonl) has no line for revision 2–3 of the record"],
                "a file that is there but unreadable is reported once, by its read problem, not as missing")
    }

    @Test func aWriteIntoAMissingFolderNamesTheFolderNotATemporaryFile() throws {
        let folder = try TestSupport.scratchFolder() + "/khong-co"
        #expect(throws: StorageError.io(path: folder, operation: "open", code: ENOENT)) {
            try DurableFile.write(Array("x".utf8), to: folder + "/danh-sach.xlsx")
        }
    }

    // MARK: - Init

    @Test func aHalfBuiltDirectoryIsBuiltAgainAndAForeignFolderRefused() throws {
        let half = DataDirectory(path: try TestSupport.scratchFolder() + "/half")
        try DurableFile.makeFolder(half.path + "/models")
        try DurableFile.write([0x7B], to: half.path + "/journal.jsonl")
        try half.create(from: TestSupport.defaults, admin: .init(login: "root", name: "root", roles: ["admin"]),
                        allowEnvironmentUser: false, at: time)
        #expect(half.isInitialised)
        #expect(bytes(half.journalPath).isEmpty)
        let foreign = DataDirectory(path: try TestSupport.scratchFolder() + "/foreign")
        try DurableFile.makeFolder(foreign.path)
        try DurableFile.write([0x41], to: foreign.path + "/thesis.docx")
        #expect(throws: StorageError.notEmpty(path: foreign.path)) {
            try foreign.create(from: TestSupport.defaults, admin: .init(login: "root", name: "root", roles: ["admin"]),
                               allowEnvironmentUser: false, at: time)
        }
        #expect(bytes(foreign.path + "/thesis.docx") == [0x41])
    }
}
